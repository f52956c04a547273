# ruff: noqa: E501
"""Wording for heldout311 (Puntadelo: sewing-machine servicing, repair and hire)."""

LANGS = ["es", "fr", "de", "en", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
PREFIX = {"es": "34", "fr": "33", "de": "49", "en": "44", "it": "39", "pt": "351"}
MARKET = {"es": "ES", "fr": "FR", "de": "DE", "en": "UK", "it": "IT", "pt": "PT"}
NAMES = {
    "es": ["Lucía Moreno", "Javier Ortega", "Carmen Vidal", "Nuria Campos", "Álvaro Pastor"],
    "fr": ["Élodie Marchand", "Luc Perrin", "Sophie Garnier", "Anaïs Roussel", "Hugo Lefèvre"],
    "de": ["Jana Köhler", "Stefan Vogt", "Birgit Lange", "Ole Hartmann"],
    "en": ["Fiona Walsh", "Gareth Price", "Holly Dawson", "Imran Shah"],
    "it": ["Chiara Ferri", "Marco Gallo", "Silvia Rinaldi", "Dario Conti"],
    "pt": ["Inês Carvalho", "Rui Teixeira", "Marta Sousa", "Tiago Lopes"],
}
PRAISE = {
    "es": [
        "Mi Singer de los 80 volvió de Puntadelo cosiendo como el primer día, ni un salto de puntada",
        "Tercera revisión con Puntadelo y otra vez perfecta, la overlock ya no se come la tela",
        "Me dejaron una máquina de préstamo mientras reparaban la mía, un detalle enorme",
    ],
    "fr": [
        "Ma vieille Pfaff revient de chez Puntadelo et elle coud droit comme jamais, merci",
        "Troisième révision chez Puntadelo, toujours aussi soignée, la canette ne bourre plus",
        "Machine de prêt livrée le lendemain pendant la réparation, top pour finir ma robe",
    ],
    "de": [
        "Meine Bernina kam von Puntadelo zurück und näht leiser als vorher, top",
        "Zum dritten Mal Wartung bei Puntadelo, wieder alles sauber eingestellt",
    ],
    "en": [
        "Gran's old Singer came back from Puntadelo purring, stitches even again",
        "Third service with Puntadelo and the overlocker finally stopped chewing jersey",
    ],
    "it": [
        "La mia Necchi è tornata da Puntadelo e cuce dritta come una volta, grazie",
        "Terza revisione con Puntadelo, sempre precisi e veloci",
    ],
    "pt": [
        "A minha máquina voltou da Puntadelo a coser lindamente, sem saltar pontos",
        "Terceira revisão com a Puntadelo e outra vez impecável",
    ],
}
QUESTION = {
    "es": [
        "¿La revisión incluye cambiar la correa o se paga aparte?",
        "¿Puedo enviar la overlock sin la caja original?",
    ],
    "fr": [
        "Est-ce que la révision comprend le changement de courroie ?",
        "Je peux envoyer la surjeteuse sans le carton d'origine ?",
    ],
    "de": ["Ist der Riemenwechsel in der Wartung enthalten?"],
    "en": ["Does the service include a new drive belt or is that extra?"],
    "it": ["La revisione comprende la cinghia nuova?"],
    "pt": ["A revisão inclui a troca da correia?"],
}
ANSWER = {
    "es": "Hola, sí: la revisión incluye correa y ajuste de tensión. Cualquier duda, aquí estamos.",
    "fr": "Bonjour, oui : la révision comprend la courroie et le réglage de tension.",
    "de": "Hallo, ja: Riemen und Spannungseinstellung sind in der Wartung enthalten.",
    "en": "Hi, yes: the service covers the belt and tension setting.",
    "it": "Ciao, sì: la revisione comprende cinghia e regolazione della tensione.",
    "pt": "Olá, sim: a revisão inclui a correia e a afinação da tensão.",
}
THANKS = {
    "es": ["Genial, gracias!", "Perfecto, mil gracias"],
    "fr": ["Super, merci !", "Parfait, merci beaucoup"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks!"],
    "it": ["Perfetto, grazie!"],
    "pt": ["Ótimo, obrigada!"],
}
NIGHT = {
    "es": [
        "Las 3 de la mañana y yo cosiendo el disfraz del cole, menos mal que la máquina va fina desde la revisión"
    ],
    "fr": [
        "2h du matin, dernier ourlet du costume de théâtre, la machine révisée ne m'a pas lâchée"
    ],
    "de": ["Nachtschicht vorbei und noch schnell den Saum genäht, läuft wie geschmiert"],
    "en": [
        "3am hemming curtains because I can't sleep, machine runs like a dream since the service"
    ],
    "it": ["Le due di notte e sto ancora cucendo, la macchina va benissimo"],
    "pt": ["Três da manhã a coser o fato de carnaval, a máquina está impecável"],
}
PROBLEMS = ["lost_parcel", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
COMPLAINT = {
    "es": {
        "lost_parcel": "Mi máquina lleva 12 días 'en tránsito' y nadie sabe dónde está",
        "double_charge": "Me habéis cobrado la revisión DOS veces, 89 € cada una",
        "damage": "La máquina ha vuelto con la lanzadera rota y un golpe en la carcasa",
        "refund": "Tres semanas esperando el reembolso de la reparación cancelada",
        "wrong_price": "Soy socia del Club y me cobrasteis la tarifa normal",
        "cancel_fee": "Cancelé la recogida con 4 días y me cobrais 15 € de penalización",
    },
    "fr": {
        "lost_parcel": "Ma machine est 'en transit' depuis 12 jours et personne ne sait où elle est",
        "double_charge": "La révision m'a été débitée DEUX fois, 89 € chacune",
        "damage": "La machine est revenue avec le crochet cassé et la coque fendue",
        "refund": "Trois semaines que j'attends le remboursement de la réparation annulée",
        "wrong_price": "Je suis membre du Club et on m'a facturé le tarif normal",
        "cancel_fee": "J'ai annulé l'enlèvement 4 jours avant et vous me facturez 15 € de frais",
    },
    "de": {
        "lost_parcel": "Meine Maschine ist seit 12 Tagen 'unterwegs', keiner weiß wo",
        "double_charge": "Die Wartung wurde ZWEIMAL abgebucht, je 89 €",
        "damage": "Die Maschine kam mit gebrochenem Greifer und Riss im Gehäuse zurück",
        "refund": "Seit drei Wochen keine Erstattung für die stornierte Reparatur",
        "wrong_price": "Ich bin Club-Mitglied und zahle trotzdem den Normalpreis",
        "cancel_fee": "4 Tage vorher storniert und trotzdem 15 € Gebühr",
    },
    "en": {
        "lost_parcel": "My machine has been 'in transit' for 12 days and nobody knows where it is",
        "double_charge": "You charged me TWICE for the service, £79 each",
        "damage": "The machine came back with a broken hook and a cracked case",
        "refund": "Three weeks waiting for the refund on the cancelled repair",
        "wrong_price": "I'm a Club member and got charged the full rate",
        "cancel_fee": "Cancelled the pick-up 4 days ahead and got a £13 fee",
    },
    "it": {
        "lost_parcel": "La mia macchina è 'in transito' da 12 giorni e nessuno sa dove sia",
        "double_charge": "Mi avete addebitato la revisione DUE volte, 89 € ciascuna",
        "damage": "La macchina è tornata con il crochet rotto e la scocca crepata",
        "refund": "Tre settimane che aspetto il rimborso della riparazione annullata",
        "wrong_price": "Sono socia del Club e mi avete fatto la tariffa piena",
        "cancel_fee": "Ho annullato il ritiro 4 giorni prima e mi addebitate 15 €",
    },
    "pt": {
        "lost_parcel": "A minha máquina está 'em trânsito' há 12 dias e ninguém sabe dela",
        "double_charge": "Cobraram a revisão DUAS vezes, 89 € cada",
        "damage": "A máquina voltou com a lançadeira partida e a caixa rachada",
        "refund": "Três semanas à espera do reembolso da reparação cancelada",
        "wrong_price": "Sou sócia do Clube e cobraram a tarifa normal",
        "cancel_fee": "Cancelei a recolha 4 dias antes e cobram 15 € de taxa",
    },
}
LETTER = {
    "es": "Buenas tardes:\n\nLes escribo desde el taller de costura de mi madre, entre una clienta y otra. Llevo años confiando en ustedes para las máquinas y nunca había tenido que escribir así. {c}. Necesito una solución esta semana porque tengo encargos pendientes.\n\nUn saludo,\n{n}",
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, entre deux séances. Je suis cliente depuis longtemps et je n'avais jamais eu à me plaindre. {c}. J'attends une solution rapide, j'ai des retouches à rendre.\n\nCordialement,\n{n}",
    "de": "Guten Tag,\n\nich schreibe aus der Mittagspause. Seit Jahren lasse ich meine Maschinen bei Ihnen warten. {c}. Ich erwarte diese Woche eine Lösung.\n\nMit freundlichen Grüßen\n{n}",
    "en": "Hello,\n\nWriting this from the car outside my son's football practice. I've used you for years without a problem. {c}. I need this sorted this week.\n\nRegards,\n{n}",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra. Sono cliente da anni. {c}. Mi serve una soluzione entro la settimana.\n\nCordiali saluti,\n{n}",
    "pt": "Bom dia,\n\nescrevo da paragem do autocarro. Sou cliente há anos. {c}. Preciso de uma solução esta semana.\n\nCumprimentos,\n{n}",
}
CASE_OPENED = {
    "es": "Hola {n}, hemos abierto la incidencia {r} y la revisamos hoy mismo.",
    "fr": "Bonjour {n}, nous avons ouvert le dossier {r} et le traitons aujourd'hui.",
    "de": "Hallo {n}, wir haben den Vorgang {r} eröffnet und prüfen ihn heute.",
    "en": "Hi {n}, we've opened case {r} and are looking at it today.",
    "it": "Ciao {n}, abbiamo aperto la segnalazione {r} e la esaminiamo oggi.",
    "pt": "Olá {n}, abrimos o pedido {r} e vamos tratá-lo hoje.",
}
ESCALATED = {
    "es": "Hola {n}, su incidencia {r} está ya con nuestra responsable de calidad, que le llamará antes del viernes a mediodía.",
    "fr": "Bonjour {n}, votre dossier {r} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "de": "Hallo {n}, Ihr Vorgang {r} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Hi {n}, your case {r} is now with our quality lead, who will call you before Friday lunchtime.",
    "it": "Ciao {n}, la segnalazione {r} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.",
    "pt": "Olá {n}, o pedido {r} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
}
GOOD_NEWS = {
    "es": "Buenas noticias sobre {r}: está resuelto. ¿Nos lo confirma?",
    "fr": "Bonne nouvelle pour {r} : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu {r}: erledigt. Können Sie das bestätigen?",
    "en": "Good news on {r}: it's sorted. Could you confirm?",
    "it": "Buone notizie su {r}: risolto. Può confermare?",
    "pt": "Boas notícias sobre {r}: está resolvido. Pode confirmar?",
}
CONFIRM = {
    "es": "Confirmado lo de {r}, todo bien ya, gracias",
    "fr": "Confirmé pour {r}, tout est rentré dans l'ordre, merci",
    "de": "{r} bestätigt, alles gut jetzt, danke",
    "en": "Confirmed on {r}, all fine now, thanks",
    "it": "Confermo per {r}, tutto a posto, grazie",
    "pt": "Confirmo o {r}, está tudo bem, obrigada",
}
APOLOGY = {
    "es": "Perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo",
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
    "de": "Sorry für gestern, war echt gestresst. Danke fürs Lösen",
    "en": "Sorry for yesterday's tone, was stressed. Thanks for fixing it",
    "it": "Scusate il tono di ieri, ero esasperata. Grazie",
    "pt": "Desculpem o tom de ontem, estava exausta. Obrigada",
}
STILL_OPEN = {
    "es": "Sigo igual con {r}, nadie me ha dicho nada y sigue sin resolverse",
    "fr": "Toujours rien pour {r}, c'est toujours pas réglé",
    "de": "Immer noch nichts zu {r}, weiterhin offen",
    "en": "Still nothing on {r}, it's still not sorted",
    "it": "Ancora niente per {r}, è ancora aperta",
    "pt": "Continua tudo igual com o {r}, ainda nada resolvido",
}
THIRD = {
    "es": " Una amiga lleva sus máquinas a {x} y se lo arreglan en el día.",
    "fr": " Une amie passe par {x} et eux règlent ça dans la journée.",
    "de": " Eine Freundin geht zu {x}, die machen das am selben Tag.",
    "en": " A friend uses {x} and they sort this the same day.",
    "it": " Un'amica va da {x} e risolvono in giornata.",
    "pt": " Uma amiga usa a {x} e resolvem no próprio dia.",
}
FOURTH = {
    "es": " Es la CUARTA vez que escribo.",
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "de": " Das ist das VIERTE Mal.",
    "en": " This is the FOURTH time.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
URGENT = {
    "es": "Añadido a su incidencia y marcado como urgente.",
    "fr": "Ajouté à votre dossier, marqué urgent.",
    "de": "Zum Vorgang hinzugefügt, als dringend markiert.",
    "en": "Added to your case, marked urgent.",
    "it": "Aggiunto alla segnalazione, segnato urgente.",
    "pt": "Adicionado ao pedido, marcado urgente.",
}
SLIDE = {
    "es": [
        "La recogida llegó tres horas tarde y sin avisar",
        "Me devolvieron la máquina con aceite por todas partes",
        "Ahora piden fotos de cada pieza antes de enviarla, qué pereza",
        "Otra vez la tensión mal ajustada después de una revisión, 60 € tirados",
        "Me cobran 30 € de 'limpieza' por una máquina que envié impecable",
        "Mi hermana lleva la suya a {x}, ya he pedido presupuesto allí",
    ],
    "fr": [
        "L'enlèvement est arrivé avec trois heures de retard sans prévenir",
        "Machine rendue pleine d'huile",
        "Maintenant il faut photographier chaque pièce avant l'envoi, pénible",
        "Encore la tension mal réglée après révision, 60 € pour rien",
        "30 € de 'nettoyage' pour une machine envoyée propre",
        "Ma sœur passe par {x}, j'ai demandé un devis chez eux",
    ],
    "de": [
        "Abholung drei Stunden zu spät, ohne Anruf",
        "Maschine voller Öl zurück",
        "Jetzt soll man jedes Teil fotografieren, nervig",
        "Wieder falsche Fadenspannung nach Wartung, 60 € umsonst",
        "30 € 'Reinigung' für eine saubere Maschine",
        "Meine Schwester geht zu {x}, hab dort angefragt",
    ],
    "en": [
        "Pick-up three hours late, no call",
        "Machine came back covered in oil",
        "Now they want photos of every part before sending, tedious",
        "Tension wrong again after a service, £50 wasted",
        "£25 'cleaning fee' for a machine I sent spotless",
        "My sister uses {x}, I've asked them for a quote",
    ],
    "it": [
        "Ritiro con tre ore di ritardo senza avvisare",
        "Macchina tornata piena d'olio",
        "Ora vogliono foto di ogni pezzo, che noia",
        "Tensione sbagliata di nuovo dopo la revisione, 60 € buttati",
        "30 € di 'pulizia' per una macchina pulita",
        "Mia sorella va da {x}, ho chiesto un preventivo",
    ],
    "pt": [
        "A recolha chegou três horas atrasada sem aviso",
        "A máquina voltou cheia de óleo",
        "Agora pedem fotos de cada peça, que chatice",
        "Tensão mal afinada outra vez, 60 € deitados fora",
        "30 € de 'limpeza' por uma máquina que enviei limpa",
        "A minha irmã usa a {x}, já pedi orçamento",
    ],
}
CANCEL = {
    "es": "Me he comprado una máquina nueva con garantía y ya no necesito el Club. Quiero cancelar la suscripción Puntadelo Club y cerrar mi cuenta.",
    "fr": "J'ai acheté une machine neuve sous garantie. Je veux résilier Puntadelo Club et fermer mon compte.",
    "de": "Ich habe eine neue Maschine mit Garantie. Bitte Puntadelo Club kündigen und mein Konto schließen.",
    "en": "I've bought a new machine with warranty. Please cancel my Puntadelo Club and close my account.",
    "it": "Ho comprato una macchina nuova in garanzia. Voglio disdire Puntadelo Club e chiudere l'account.",
    "pt": "Comprei uma máquina nova com garantia. Quero cancelar o Puntadelo Club e fechar a conta.",
}
SORRY_GO = {
    "es": "Sentimos que se vaya. Puede cancelar usted mismo en la app o en la web.",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site.",
    "de": "Schade, dass Sie gehen. Sie können in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "it": "Ci dispiace. Può disdire dall'app o dal sito.",
    "pt": "Lamentamos. Pode cancelar na app ou no site.",
}
GRUMBLE = {
    "es": [
        "La app me cierra sesión cada vez",
        "El SMS de 'recogida mañana' llega a las 6 de la mañana",
        "Las cajas de envío son enormes para una overlock",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois",
        "Le SMS 'enlèvement demain' arrive à 6h",
        "Les cartons d'envoi sont énormes pour une surjeteuse",
    ],
    "de": ["Die App meldet mich ständig ab"],
    "en": ["The app logs me out every time"],
    "it": ["L'app mi disconnette ogni volta"],
    "pt": ["A app desliga-me a sessão sempre"],
}
SARCASM = {
    "es": "Qué maravilla, recogida 'exprés' a las 21:40, justo para coser de noche 👏",
    "fr": "Génial, enlèvement 'express' à 21h40, parfait pour coudre la nuit 👏",
    "de": "Super, 'Express'-Abholung um 21:40, ideal zum Nachtnähen 👏",
    "en": "Love it, 'express' pick-up at 9:40pm, perfect for night sewing 👏",
    "it": "Fantastico, ritiro 'express' alle 21:40 👏",
    "pt": "Maravilha, recolha 'expresso' às 21:40 👏",
}
MILD = {
    "es": "La web muestra el taller de otra ciudad en el buscador",
    "fr": "Le site affiche l'atelier d'une autre ville dans la recherche",
    "de": "Die Suche zeigt die Werkstatt einer anderen Stadt",
    "en": "The search shows a workshop in the wrong city",
    "it": "La ricerca mostra il laboratorio di un'altra città",
    "pt": "A pesquisa mostra a oficina de outra cidade",
}
SPIKE = {
    "es": [
        "No puedo generar la etiqueta de envío, la app da error {e}",
        "Imposible reservar la recogida, sale {e} todo el rato",
    ],
    "fr": [
        "Impossible de générer l'étiquette d'envoi, l'appli affiche {e}",
        "Je n'arrive pas à réserver l'enlèvement, erreur {e} en boucle",
    ],
    "de": ["Versandetikett lässt sich nicht erstellen, Fehler {e}"],
    "en": ["Can't generate the shipping label, app says {e}"],
    "it": ["Non riesco a generare l'etichetta, errore {e}"],
    "pt": ["Não consigo gerar a etiqueta de envio, dá erro {e}"],
}
SPIKE_AGAIN = {
    "es": "Sigue el {e}, también desde el ordenador",
    "fr": "Toujours {e}, même depuis l'ordinateur",
    "de": "Immer noch {e}, auch am PC",
    "en": "Still {e}, on the laptop too",
    "it": "Ancora {e}, anche dal computer",
    "pt": "Continua o {e}, também no computador",
}
SPIKE_CHAT = {
    "es": "Sí, ahora mismo fallan las etiquetas de envío, el equipo técnico está en ello.",
    "fr": "Oui, les étiquettes d'envoi échouent en ce moment, nos équipes sont dessus.",
    "de": "Ja, Versandetiketten schlagen gerade fehl, die Technik ist dran.",
    "en": "Yes, shipping labels are failing right now, engineers are on it.",
    "it": "Sì, le etichette falliscono ora, i tecnici ci lavorano.",
    "pt": "Sim, as etiquetas estão a falhar agora, a equipa técnica está a tratar.",
}
SPIKE_FIXED = {
    "es": "Las etiquetas funcionan de nuevo. Le hemos abonado 5 € por las molestias.",
    "fr": "Les étiquettes fonctionnent à nouveau. 5 € crédités sur votre compte.",
    "de": "Etiketten funktionieren wieder. 5 € Gutschrift.",
    "en": "Labels work again. We've added £4 credit.",
    "it": "Le etichette funzionano di nuovo. 5 € di credito.",
    "pt": "As etiquetas voltaram a funcionar. 5 € de crédito.",
}
LONE = {
    "es": "Ayer la etiqueta salió en blanco en la impresora pero en el móvil se veía bien, ¿vale igual?",
    "fr": "Hier l'étiquette est sortie pâle à l'impression mais s'affichait bien sur le téléphone, ça passe ?",
}
LONE_ANSWER = {
    "es": "Sí, el repartidor la escanea desde el móvil sin problema.",
    "fr": "Oui, le livreur peut la scanner depuis le téléphone.",
}
B2B_PROBLEMS = ["invoice", "service_blocked", "portal", "overbilled"]
B2B = {
    "es": {
        "invoice": "Las facturas siguen sin número de pedido y con el nombre antiguo",
        "service_blocked": "En el mostrador nos dicen 'cuenta bloqueada' y está todo pagado",
        "portal": "El portal no muestra las máquinas en taller, no podemos pedir la devolución",
        "overbilled": "Nos cobran por máquina suelta y no la tarifa de contrato",
    },
    "fr": {
        "invoice": "Les factures n'ont toujours pas de numéro de commande",
        "service_blocked": "Au comptoir on nous dit 'compte bloqué' alors que tout est payé",
        "portal": "Le portail n'affiche pas les machines en atelier",
        "overbilled": "On nous facture à l'unité au lieu du tarif contrat",
    },
    "de": {
        "invoice": "Rechnungen weiterhin ohne Bestellnummer",
        "service_blocked": "Am Schalter heißt es 'Konto gesperrt', obwohl alles bezahlt ist",
        "portal": "Das Portal zeigt keine Maschinen in der Werkstatt",
        "overbilled": "Abrechnung pro Stück statt Vertragstarif",
    },
    "en": {
        "invoice": "Invoices still have no PO number",
        "service_blocked": "Counter says 'account on stop' though everything is paid",
        "portal": "Portal shows none of our machines in the workshop",
        "overbilled": "Billed per machine instead of the contract rate",
    },
    "it": {
        "invoice": "Le fatture sono ancora senza numero d'ordine",
        "service_blocked": "Al banco dicono 'conto bloccato' ma è tutto pagato",
        "portal": "Il portale non mostra le macchine in laboratorio",
        "overbilled": "Fatturato a pezzo invece della tariffa contratto",
    },
    "pt": {
        "invoice": "As faturas continuam sem número de encomenda",
        "service_blocked": "No balcão dizem 'conta bloqueada' e está tudo pago",
        "portal": "O portal não mostra as máquinas na oficina",
        "overbilled": "Cobram à unidade em vez da tarifa de contrato",
    },
}
B2B_SUGGEST = {
    "es": "Sería útil exportar los costes por proyecto",
    "fr": "Ce serait utile d'exporter les coûts par projet",
    "de": "Export der Kosten nach Projekt wäre hilfreich",
    "en": "Exporting costs by project code would help",
    "it": "Sarebbe utile esportare i costi per progetto",
    "pt": "Seria útil exportar os custos por projeto",
}
