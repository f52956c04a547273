# ruff: noqa: E501
"""Wording of heldout291 (Mascotur, pet taxi): written by hand, six languages."""

from __future__ import annotations

LANGS = ("fr", "it", "de", "en", "es", "pt")
COMPETITORS = ("Tiervia", "Vetaxi")

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Le chauffeur Mascotur a parlé à mon chat tout le trajet jusqu'au véto, il est arrivé calme. Merci !",
        "Encore une fois parfait, ma vieille chienne a adoré la clim du van.",
        "Troisième trajet chez le toiletteur, toujours à l'heure, je recommande Mascotur.",
        "Très content, juste l'appli qui met du temps à charger le matin. Sinon top.",
    ],
    "it": [
        "L'autista di Mascotur è stato dolcissimo con il mio gatto, arrivati dal veterinario senza un miao.",
        "Ancora una volta puntuali, il cane è sceso dal furgone scodinzolando.",
        "Terza volta che uso Mascotur per la toelettatura, sempre impeccabili!",
        "Contenta, solo il trasportino che prestate è un po' piccolo per un labrador. Per il resto bravi.",
    ],
    "de": [
        "Fahrer von Mascotur war super ruhig mit unserem Kater, kam entspannt beim Tierarzt an.",
        "Schon wieder pünktlich, der Hund liebt den Transporter inzwischen.",
    ],
    "en": [
        "Mascotur driver got my nervous greyhound to the vet without a single whimper, brilliant.",
        "Third run to the groomer this month and still spot on.",
    ],
    "es": [
        "El conductor de Mascotur trató a mi perra como si fuera suya, llegó tranquila al veterinario.",
        "Otra vez puntuales, el gato ni se enteró del viaje.",
    ],
    "pt": [
        "O motorista da Mascotur foi um amor com o meu gato, chegou calmo ao veterinário.",
        "Mais uma vez pontuais, a cadela já reconhece a carrinha.",
    ],
}

QUESTION: dict[str, list[str]] = {
    "fr": [
        "Bonjour, est-ce que je peux accompagner mon chien dans le van ?",
        "bjr, vous prenez les lapins aussi ou seulement chats et chiens ?",
    ],
    "it": [
        "Ciao, posso salire anch'io sul furgone con il cane?",
        "Salve, trasportate anche conigli o solo cani e gatti?",
    ],
    "de": ["Hallo, darf ich im Transporter mitfahren?"],
    "en": ["Hi, can I ride along with my dog in the van?"],
    "es": ["Hola, ¿puedo ir yo también en la furgoneta con el perro?"],
    "pt": ["Olá, posso ir na carrinha com o meu cão?"],
}
ANSWER: dict[str, str] = {
    "fr": "Bonjour, oui, une place passager est prévue pour vous. Bonne journée, l'équipe Mascotur",
    "it": "Buongiorno, sì, c'è sempre un posto per l'accompagnatore. Il team Mascotur",
    "de": "Hallo, ja, ein Beifahrerplatz ist immer frei. Ihr Mascotur-Team",
    "en": "Hi, yes, there's always a passenger seat for you. The Mascotur team",
    "es": "Hola, sí, siempre hay un asiento para el acompañante. El equipo Mascotur",
    "pt": "Olá, sim, há sempre um lugar para o acompanhante. A equipa Mascotur",
}
THANKS: dict[str, list[str]] = {
    "fr": ["Super merci !", "parfait merci"],
    "it": ["Grazie mille!", "perfetto grz"],
    "de": ["Danke!"],
    "en": ["Cheers!"],
    "es": ["¡Gracias!"],
    "pt": ["Obrigado!"],
}
NIGHT: dict[str, list[str]] = {
    "fr": [
        "3h du mat, le chat vomit, je réserve Mascotur pour le véto de garde demain 8h.",
        "Insomnie, j'ai réservé le toiletteur de samedi sur l'appli, c'était rapide.",
    ],
    "it": [
        "Sono le 2 e il cane non dorme, prenotato Mascotur per il veterinario di domattina.",
        "Turno di notte finito, prenotata la toelettatura di sabato in due minuti.",
    ],
    "de": ["Nachtschicht vorbei, Tierarzttermin samt Fahrt gebucht, ging schnell."],
    "en": ["2am and the cat's off her food, booked Mascotur for the 8am vet slot."],
    "es": ["Las 3 y el perro sin dormir, reservado Mascotur para el veterinario de mañana."],
    "pt": ["Três da manhã, reservei a Mascotur para o veterinário de amanhã cedo."],
}
SURVEY_WORD: dict[str, list[str]] = {
    "fr": ["Top", "", "👍"],
    "it": ["Ottimo", "", "👍"],
    "de": ["Gut", ""],
    "en": ["Great", ""],
    "es": ["Genial", ""],
    "pt": ["Ótimo", ""],
}

# The six consumer problems.
PROBLEM: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "le chauffeur n'est jamais venu et on a raté le rendez-vous chez le véto",
        "it": "l'autista non si è mai presentato e abbiamo perso la visita dal veterinario",
        "de": "der Fahrer ist nie gekommen und wir haben den Tierarzttermin verpasst",
        "en": "the driver never turned up and we missed the vet appointment",
        "es": "el conductor nunca vino y perdimos la cita del veterinario",
        "pt": "o motorista nunca apareceu e perdemos a consulta no veterinário",
    },
    "double_charge": {
        "fr": "le trajet m'a été débité DEUX fois sur ma carte",
        "it": "la corsa mi è stata addebitata DUE volte sulla carta",
        "de": "die Fahrt wurde ZWEIMAL von meiner Karte abgebucht",
        "en": "the ride was charged TWICE to my card",
        "es": "me cobraron el viaje DOS veces en la tarjeta",
        "pt": "a viagem foi cobrada DUAS vezes no cartão",
    },
    "left_waiting": {
        "fr": "mon chien est resté 50 minutes seul dans le van devant le toiletteur fermé",
        "it": "il mio cane è rimasto 50 minuti da solo nel furgone davanti al toelettatore chiuso",
        "de": "mein Hund saß 50 Minuten allein im Transporter vor dem geschlossenen Hundesalon",
        "en": "my dog was left 50 minutes alone in the van outside a closed groomer",
        "es": "mi perro pasó 50 minutos solo en la furgoneta delante de la peluquería cerrada",
        "pt": "o meu cão ficou 50 minutos sozinho na carrinha à porta do tosquiador fechado",
    },
    "wrong_price": {
        "fr": "je suis membre Mascotur Club et on m'a facturé le tarif normal",
        "it": "sono iscritta al Mascotur Club e mi avete fatto pagare la tariffa piena",
        "de": "ich bin im Mascotur Club und habe den vollen Preis bezahlt",
        "en": "I'm a Mascotur Club member and got charged the full fare",
        "es": "soy socia del Mascotur Club y me cobrasteis la tarifa normal",
        "pt": "sou sócio do Mascotur Club e cobraram-me a tarifa normal",
    },
    "refund": {
        "fr": "le remboursement du trajet annulé n'est toujours pas arrivé après trois semaines",
        "it": "il rimborso della corsa annullata non è ancora arrivato dopo tre settimane",
        "de": "die Erstattung der stornierten Fahrt ist nach drei Wochen immer noch nicht da",
        "en": "the refund for the cancelled ride still hasn't come after three weeks",
        "es": "el reembolso del viaje cancelado sigue sin llegar después de tres semanas",
        "pt": "o reembolso da viagem cancelada ainda não chegou ao fim de três semanas",
    },
    "cancel_fee": {
        "fr": "on m'a facturé des frais d'annulation alors que j'ai annulé deux jours avant",
        "it": "mi avete addebitato la penale anche se ho annullato due giorni prima",
        "de": "ich musste eine Stornogebühr zahlen, obwohl ich zwei Tage vorher storniert habe",
        "en": "I was charged a cancellation fee though I cancelled two days ahead",
        "es": "me cobrasteis gastos de cancelación aunque cancelé dos días antes",
        "pt": "cobraram-me taxa de cancelamento e cancelei dois dias antes",
    },
}
COMPLAINT: dict[str, list[str]] = {
    "fr": [
        "Franchement inadmissible : {p}. J'attends une réponse aujourd'hui.",
        "Je suis furieuse, {p}. C'est honteux pour un service qui transporte des animaux.",
    ],
    "it": [
        "Inaccettabile: {p}. Voglio una risposta oggi stesso.",
        "Sono arrabbiatissimo, {p}. Una vergogna per chi trasporta animali.",
    ],
    "de": ["Unglaublich: {p}. Ich erwarte heute eine Antwort."],
    "en": ["Not acceptable: {p}. I want an answer today."],
    "es": ["Inaceptable: {p}. Quiero una respuesta hoy."],
    "pt": ["Inaceitável: {p}. Quero uma resposta hoje."],
}
LONG_LETTER: dict[str, str] = {
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente de la clinique où ma mère fait sa rééducation, entre deux coups de fil du travail. Nous utilisons Mascotur depuis deux ans pour notre vieux chat diabétique et tout allait bien. Mais cette fois {p}, et je ne comprends pas comment c'est possible.\n\nJe vous demande de régler ça rapidement.\n\nCordialement",
    "it": "Buongiorno,\n\nvi scrivo dal parcheggio della scuola mentre aspetto i bambini, dopo una settimana di traslochi. Usiamo Mascotur da quando abbiamo adottato il nostro cane anziano e siamo sempre stati contenti. Questa volta però {p}, e non riesco a capire come sia successo.\n\nVi chiedo di sistemare la cosa al più presto.\n\nCordiali saluti",
    "de": "Guten Tag,\n\nich schreibe aus der Mittagspause, zwischen zwei Besprechungen. Wir nutzen Mascotur seit Jahren für unsere alte Katze. Diesmal aber {p}, und ich verstehe nicht, wie das passieren konnte.\n\nBitte klären Sie das schnell.\n\nMit freundlichen Grüßen",
    "en": "Hello,\n\nI'm writing from the car outside my son's football practice. We've used Mascotur for two years for our old spaniel. This time though {p}, and I can't see how.\n\nPlease sort it out quickly.\n\nRegards",
    "es": "Hola,\n\nos escribo desde la sala de espera del hospital donde está mi padre. Usamos Mascotur desde hace dos años para nuestra gata mayor. Pero esta vez {p}, y no entiendo cómo ha pasado.\n\nPor favor, arregladlo pronto.\n\nUn saludo",
    "pt": "Bom dia,\n\nescrevo do carro à porta do ginásio da minha filha. Usamos a Mascotur há dois anos para o nosso cão idoso. Desta vez {p}, e não percebo como.\n\nPeço que resolvam rapidamente.\n\nCumprimentos",
}
SUBJECT_COMPLAINT = {
    "fr": "Réclamation",
    "it": "Reclamo",
    "de": "Beschwerde",
    "en": "Complaint",
    "es": "Reclamación",
    "pt": "Reclamação",
}
SUBJECT_RE = {
    "fr": "RE : Dossier {ref}",
    "it": "R: Pratica {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "pt": "RE: Pedido {ref}",
}
CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour, nous sommes désolés. Votre dossier {ref} est ouvert, nous revenons vers vous très vite. Mascotur",
    "it": "Buongiorno, ci dispiace molto. La pratica {ref} è aperta, la ricontattiamo presto. Mascotur",
    "de": "Guten Tag, das tut uns leid. Ihr Vorgang {ref} ist angelegt, wir melden uns bald. Mascotur",
    "en": "Hello, we're very sorry. Your case {ref} is open and we'll be back to you soon. Mascotur",
    "es": "Hola, lo sentimos mucho. Tu incidencia {ref} está abierta, te respondemos pronto. Mascotur",
    "pt": "Olá, lamentamos muito. O pedido {ref} está aberto, respondemos em breve. Mascotur",
}
GOOD_NEWS: dict[str, str] = {
    "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?",
    "it": "Buone notizie sulla pratica {ref}: abbiamo risolto. Può confermarci?",
    "de": "Gute Nachricht zu Vorgang {ref}: erledigt. Können Sie das bestätigen?",
    "en": "Good news on case {ref}: it's sorted on our side. Could you confirm?",
    "es": "Buenas noticias sobre la incidencia {ref}: resuelto. ¿Nos lo confirmas?",
    "pt": "Boas notícias sobre o pedido {ref}: resolvido. Pode confirmar?",
}
CONFIRM: dict[str, str] = {
    "fr": "Confirmé pour {ref}, tout est bon, merci.",
    "it": "Confermo per {ref}, tutto a posto, grazie.",
    "de": "Bestätigt für {ref}, alles gut, danke.",
    "en": "Confirmed for {ref}, all fine now, thanks.",
    "es": "Confirmado lo de {ref}, todo bien, gracias.",
    "pt": "Confirmado o {ref}, está tudo bem, obrigado.",
}
APOLOGY: dict[str, str] = {
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça.",
    "it": "Scusate per il tono di ieri, ero sfinito. Grazie per aver risolto.",
    "de": "Sorry für gestern, war echt gestresst. Danke fürs Lösen.",
    "en": "Sorry for yesterday's rant, long day. Thanks for fixing it.",
    "es": "Perdón por lo de ayer, estaba agotada. Gracias por arreglarlo.",
    "pt": "Desculpem a mensagem de ontem, estava exausto. Obrigado por resolverem.",
}
LOW_CSAT_WORD: dict[str, list[str]] = {
    "fr": ["Nul", ""],
    "it": ["Pessimo", ""],
    "de": ["Schlecht"],
    "en": ["Poor"],
    "es": ["Mal"],
    "pt": ["Mau"],
}
STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Toujours rien pour le dossier {ref} : {p}. Je relance.",
        "Dossier {ref} toujours ouvert, {p}, personne ne me rappelle.",
    ],
    "it": [
        "Ancora niente per la pratica {ref}: {p}. Vi sollecito.",
        "Pratica {ref} ancora aperta, {p}, nessuno mi richiama.",
    ],
    "de": ["Immer noch nichts zu Vorgang {ref}: {p}."],
    "en": ["Still nothing on case {ref}: {p}."],
    "es": ["Sigo sin nada de la incidencia {ref}: {p}."],
    "pt": ["Ainda nada sobre o pedido {ref}: {p}."],
}
THIRD: dict[str, str] = {
    "fr": " Une collègue passe par {comp} et chez eux c'est réglé le jour même.",
    "it": " Una collega usa {comp} e loro risolvono in giornata.",
    "de": " Eine Kollegin fährt mit {comp}, da geht so was am selben Tag.",
    "en": " A colleague uses {comp} and they sort this the same day.",
    "es": " Una compañera usa {comp} y allí lo arreglan en el día.",
    "pt": " Uma colega usa a {comp} e lá resolvem no próprio dia.",
}
FOURTH: dict[str, str] = {
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "it": " È la QUARTA volta che scrivo.",
    "de": " Das ist das VIERTE Mal.",
    "en": " This is the FOURTH time I've written.",
    "es": " Es la CUARTA vez que escribo.",
    "pt": " É a QUARTA vez que escrevo.",
}
QUALITY: dict[str, str] = {
    "fr": "Votre dossier {ref} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "La pratica {ref} è ora seguita dal nostro responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "de": "Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
    "es": "Tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "pt": "O pedido {ref} está agora com a nossa responsável de qualidade, que ligará antes de sexta à hora de almoço.",
}
URGENT: dict[str, str] = {
    "fr": "Ajouté à votre dossier {ref}, marqué urgent.",
    "it": "Aggiunto alla pratica {ref}, segnata urgente.",
    "de": "Zu Vorgang {ref} hinzugefügt, als dringend markiert.",
    "en": "Added to your case {ref}, marked urgent.",
    "es": "Añadido a la incidencia {ref}, marcada urgente.",
    "pt": "Acrescentado ao pedido {ref}, marcado urgente.",
}
SLIDE: dict[str, list[str]] = {
    "fr": [
        "Van arrivé avec 40 minutes de retard, sans prévenir. Dommage.",
        "Cage de transport sale, des poils d'un autre chien partout.",
        "Le chauffeur a refusé de porter la caisse jusqu'à l'étage. Pas terrible.",
        "Prix du trajet véto passé de 24 à 31 € sans explication.",
        "Ras-le-bol : mon chat a passé une heure dans un van à 30 degrés, clim en panne.",
        "Ma voisine passe par {comp}, j'ai réservé chez eux pour samedi.",
    ],
    "it": [
        "Furgone in ritardo di 40 minuti, nessun avviso. Peccato.",
        "Trasportino sporco, pieno di peli di un altro cane.",
        "L'autista si è rifiutato di portare il trasportino al secondo piano.",
        "La corsa dal veterinario è passata da 24 a 31 € senza spiegazioni.",
        "Basta: il mio gatto un'ora in un furgone a 30 gradi, aria condizionata rotta.",
        "Mia cognata usa {comp}, ho prenotato da loro per sabato.",
    ],
    "de": [
        "Transporter 40 Minuten zu spät, ohne Bescheid.",
        "Transportbox dreckig, Haare von einem anderen Hund.",
        "Fahrer wollte die Box nicht in den zweiten Stock tragen.",
        "Tierarztfahrt von 24 auf 31 € teurer, ohne Erklärung.",
        "Reicht: Katze eine Stunde im Transporter bei 30 Grad, Klima kaputt.",
        "Meine Nachbarin fährt mit {comp}, hab für Samstag dort gebucht.",
    ],
    "en": [
        "Van 40 minutes late, no text. Shame.",
        "Carrier was dirty, another dog's hair everywhere.",
        "Driver wouldn't carry the crate up to the second floor.",
        "Vet run went from £21 to £27 with no explanation.",
        "Done: my cat sat an hour in a van at 30 degrees, air con broken.",
        "My neighbour uses {comp}, booked them for Saturday.",
    ],
    "es": [
        "La furgoneta llegó 40 minutos tarde sin avisar.",
        "Transportín sucio, lleno de pelos de otro perro.",
        "El conductor no quiso subir el transportín al segundo piso.",
        "El viaje al veterinario pasó de 24 a 31 € sin explicación.",
        "Ya está bien: mi gato una hora en una furgoneta a 30 grados, sin aire.",
        "Mi vecina usa {comp}, ya he reservado con ellos el sábado.",
    ],
    "pt": [
        "Carrinha 40 minutos atrasada, sem aviso.",
        "Transportadora suja, cheia de pelos de outro cão.",
        "O motorista recusou-se a levar a caixa ao segundo andar.",
        "A ida ao veterinário passou de 24 para 31 € sem explicação.",
        "Chega: o meu gato uma hora numa carrinha a 30 graus, ar condicionado avariado.",
        "A minha vizinha usa a {comp}, já marquei com eles para sábado.",
    ],
}
CANCEL: dict[str, str] = {
    "fr": "Bonjour, on déménage à la campagne avec un véto à deux rues, je voudrais résilier Mascotur Club et fermer mon compte.",
    "it": "Buongiorno, ci trasferiamo vicino al veterinario e abbiamo preso la macchina: vorrei disdire il Mascotur Club e chiudere l'account.",
    "de": "Hallo, wir haben jetzt ein eigenes Auto, ich möchte den Mascotur Club kündigen und mein Konto schließen.",
    "en": "Hi, we've bought a car now, please cancel my Mascotur Club and close my account.",
    "es": "Hola, ya tenemos coche, quiero darme de baja del Mascotur Club y cerrar la cuenta.",
    "pt": "Olá, já temos carro, quero cancelar o Mascotur Club e fechar a conta.",
}
SORRY_GO: dict[str, str] = {
    "fr": "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "it": "Ci dispiace vederla andare! Può disdire da sé nell'app o sul sito.",
    "de": "Schade! Sie können selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go! You can cancel yourself in the app or on the website.",
    "es": "¡Qué pena! Puedes darte de baja tú mismo en la app o en la web.",
    "pt": "Que pena! Pode cancelar na app ou no site.",
}
GRUMPY: dict[str, list[str]] = {
    "fr": [
        "L'appli me déconnecte à chaque fois, pénible.",
        "Encore un SMS de rappel à 6h du matin, sérieux ?",
        "Créneaux du samedi toujours pleins.",
    ],
    "it": [
        "L'app mi scollega ogni volta, che noia.",
        "Un altro SMS di promemoria alle 6 del mattino, davvero?",
        "Il sabato non c'è mai posto.",
    ],
    "de": ["App loggt mich jedes Mal aus.", "Wieder SMS um 6 Uhr früh."],
    "en": ["App logs me out every single time.", "Another reminder text at 6am, really?"],
    "es": ["La app me cierra la sesión cada vez.", "Otro SMS a las 6 de la mañana, en serio?"],
    "pt": ["A app desliga-me a sessão sempre.", "Outra SMS às 6 da manhã, a sério?"],
}
SARCASM: dict[str, str] = {
    "fr": "Génial, le van « climatisé » de Mascotur, mon chat est arrivé en mode sauna 👏",
    "it": 'Bellissimo, il furgone "climatizzato" di Mascotur, il gatto è arrivato in sauna 👏',
    "de": 'Toll, der "klimatisierte" Transporter von Mascotur, Katze kam gut durchgegart an 👏',
    "en": 'Love the "air-conditioned" Mascotur van, cat arrived lightly roasted 👏',
    "es": 'Genial la furgoneta "climatizada" de Mascotur, el gato llegó a punto de sauna 👏',
    "pt": 'Adorei a carrinha "climatizada" da Mascotur, o gato chegou em modo sauna 👏',
}
MILD: dict[str, str] = {
    "fr": "La recherche de clinique affiche des vétos d'une autre ville, petit souci.",
    "it": "La ricerca delle cliniche mostra veterinari di un'altra città, piccolo problema.",
    "de": "Die Kliniksuche zeigt Tierärzte aus einer anderen Stadt.",
    "en": "The clinic search shows vets from another town, small thing.",
    "es": "El buscador de clínicas muestra veterinarios de otra ciudad.",
    "pt": "A pesquisa de clínicas mostra veterinários de outra cidade.",
}
MILD_ANSWER: dict[str, str] = {
    "fr": "Merci, on transmet à l'équipe appli.",
    "it": "Grazie, lo segnaliamo al team dell'app.",
    "de": "Danke, geben wir ans App-Team weiter.",
    "en": "Thanks, passed to the app team.",
    "es": "Gracias, lo pasamos al equipo de la app.",
    "pt": "Obrigado, passámos à equipa da app.",
}

# Business arm: Mascotur Pro.
B2B_PROBLEM: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "les factures arrivent sans notre numéro de bon de commande, la compta les rejette",
        "it": "le fatture arrivano senza il nostro numero d'ordine, l'amministrazione le respinge",
        "de": "die Rechnungen kommen ohne unsere Bestellnummer, die Buchhaltung lehnt sie ab",
        "en": "invoices arrive without our PO number and accounts reject them",
        "es": "las facturas llegan sin nuestro número de pedido y contabilidad las rechaza",
        "pt": "as faturas chegam sem o nosso número de encomenda e a contabilidade rejeita-as",
    },
    "service_blocked": {
        "fr": "les chauffeurs refusent nos transferts, « compte bloqué », alors que tout est payé",
        "it": 'gli autisti rifiutano i nostri trasferimenti, "conto bloccato", ma è tutto pagato',
        "de": 'Fahrer lehnen unsere Transfers ab, "Konto gesperrt", obwohl alles bezahlt ist',
        "en": 'drivers are refusing our transfers, "account on hold", though everything is paid',
        "es": 'los conductores rechazan nuestros traslados, "cuenta bloqueada", y está todo pagado',
        "pt": 'os motoristas recusam as nossas transferências, "conta bloqueada", e está tudo pago',
    },
    "portal": {
        "fr": "le portail pro n'affiche plus aucun transfert réservé",
        "it": "il portale pro non mostra più nessun trasferimento prenotato",
        "de": "das Pro-Portal zeigt keine gebuchten Transfers mehr",
        "en": "the Pro portal shows no booked transfers at all",
        "es": "el portal pro no muestra ningún traslado reservado",
        "pt": "o portal pro não mostra nenhuma transferência marcada",
    },
}
B2B_FIRST: dict[str, str] = {
    "fr": "Bonjour, pour notre compte {acct} : {p}. Merci de corriger rapidement.",
    "it": "Buongiorno, per il nostro conto {acct}: {p}. Vi preghiamo di correggere subito.",
    "de": "Guten Tag, zu unserem Konto {acct}: {p}. Bitte schnell korrigieren.",
    "en": "Hello, on our account {acct}: {p}. Please fix this quickly.",
    "es": "Hola, en nuestra cuenta {acct}: {p}. Corregidlo pronto, por favor.",
    "pt": "Olá, na nossa conta {acct}: {p}. Corrijam rapidamente, por favor.",
}
B2B_LATER: dict[str, str] = {
    "fr": "Bonjour, ma collègue {first} vous a déjà écrit (dossier {ref}) : {p}. Rien n'a bougé.",
    "it": "Buongiorno, il mio collega {first} vi ha già scritto (pratica {ref}): {p}. Nulla è cambiato.",
    "de": "Hallo, {first} hat schon geschrieben (Vorgang {ref}): {p}. Es hat sich nichts getan.",
    "en": "Hello, {first} already wrote to you (case {ref}): {p}. Nothing has changed.",
    "es": "Hola, {first} ya os escribió (incidencia {ref}): {p}. No ha cambiado nada.",
    "pt": "Olá, o {first} já vos escreveu (pedido {ref}): {p}. Nada mudou.",
}
B2B_LAST: dict[str, str] = {
    "fr": "dossier {ref} toujours pas réglé plusieurs collègues vous ont écrit ma directrice dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "pratica {ref} ancora non risolta vi hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "de": "Vorgang {ref} immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "en": "case {ref} still not fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "es": "incidencia {ref} sigue sin resolver os han escrito varios mi jefa dice que cambiamos de proveedor si no se arregla esta semana",
    "pt": "pedido {ref} continua por resolver já vos escreveram vários o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
}
B2B_SUGGEST: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous ajouter le nom de l'animal sur les factures mensuelles ?",
    "it": "Suggerimento: potreste aggiungere il nome dell'animale nelle fatture mensili?",
    "de": "Vorschlag: könnten Sie den Namen des Tiers auf die Monatsrechnung schreiben?",
    "en": "Suggestion: could you add the pet's name on the monthly invoices?",
    "es": "Sugerencia: ¿podríais poner el nombre del animal en las facturas mensuales?",
    "pt": "Sugestão: podiam pôr o nome do animal nas faturas mensais?",
}
B2B_ACK: dict[str, str] = {
    "fr": "Merci pour la suggestion, transmise.",
    "it": "Grazie del suggerimento, inoltrato.",
    "de": "Danke für den Vorschlag, weitergegeben.",
    "en": "Thanks for the suggestion, passed on.",
    "es": "Gracias por la sugerencia, trasladada.",
    "pt": "Obrigado pela sugestão, encaminhada.",
}

# The spike.
SPIKE: dict[str, list[str]] = {
    "fr": [
        "Impossible de réserver un trajet Mascotur, l'appli bloque au paiement avec l'erreur {code}",
        "Erreur {code} à chaque réservation, mon chien a rendez-vous chez le véto dans une heure !",
    ],
    "it": [
        "Non riesco a prenotare con Mascotur, l'app si blocca al pagamento con errore {code}",
        "Errore {code} a ogni prenotazione, il gatto ha la visita tra un'ora!",
    ],
    "de": ["Buchung bei Mascotur unmöglich, App hängt beim Bezahlen mit Fehler {code}"],
    "en": ["Can't book a Mascotur ride, app fails at payment with error {code}"],
    "es": ["No puedo reservar en Mascotur, la app falla al pagar con error {code}"],
    "pt": ["Não consigo reservar na Mascotur, a app falha no pagamento com erro {code}"],
}
SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours {code}, même avec le téléphone de mon mari.",
    "it": "Sempre {code}, anche dal telefono di mia moglie.",
    "de": "Immer noch {code}, auch mit dem Handy meiner Frau.",
    "en": "Still {code}, same on my partner's phone.",
    "es": "Sigue {code}, también con el móvil de mi marido.",
    "pt": "Continua {code}, também no telemóvel da minha mulher.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Oui, les réservations échouent pour tout le monde en ce moment, nos ingénieurs s'en occupent.",
    "it": "Sì, le prenotazioni non funzionano per nessuno in questo momento, i tecnici ci stanno lavorando.",
    "de": "Ja, Buchungen schlagen gerade bei allen fehl, unsere Technik ist dran.",
    "en": "Yes, bookings are failing for everyone right now, our engineers are on it.",
    "es": "Sí, las reservas fallan a todo el mundo ahora mismo, los técnicos están en ello.",
    "pt": "Sim, as reservas estão a falhar para todos, os técnicos estão a tratar.",
}
WORKS_AGAIN: dict[str, str] = {
    "fr": "Les réservations fonctionnent de nouveau depuis {hm}. Votre prochain trajet est offert.",
    "it": "Le prenotazioni funzionano di nuovo dalle {hm}. La prossima corsa è gratis.",
    "de": "Buchungen gehen seit {hm} wieder. Ihre nächste Fahrt geht auf uns.",
    "en": "Bookings work again since {hm}. Your next ride is on us.",
    "es": "Las reservas funcionan de nuevo desde las {hm}. El próximo viaje corre de nuestra cuenta.",
    "pt": "As reservas voltaram a funcionar desde as {hm}. A próxima viagem é por nossa conta.",
}
LONE_Q: dict[str, str] = {
    "fr": "Hier soir le bouton payer est resté gris une seconde avant de marcher, normal ?",
    "it": "Ieri sera il tasto paga è rimasto grigio un attimo e poi ha funzionato, è normale?",
    "de": "Gestern blieb der Bezahlen-Knopf kurz grau und ging dann, normal?",
    "en": "Last night the pay button stayed grey a second then worked, is that normal?",
    "es": "Anoche el botón de pagar se quedó gris un segundo y luego funcionó, ¿es normal?",
    "pt": "Ontem o botão pagar ficou cinzento um segundo e depois funcionou, é normal?",
}
LONE_A: dict[str, str] = {
    "fr": "Oui, il se grise pendant la vérification de la carte, tout va bien.",
    "it": "Sì, diventa grigio mentre verifica la carta, tutto a posto.",
    "de": "Ja, er ist während der Kartenprüfung grau, alles gut.",
    "en": "Yes, it greys out while the card is checked, all fine.",
    "es": "Sí, se pone gris mientras se verifica la tarjeta, todo bien.",
    "pt": "Sim, fica cinzento enquanto verifica o cartão, está tudo bem.",
}
