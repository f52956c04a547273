# ruff: noqa: E501
"""Consumer and spike wording of heldout55 (written from the stories, by hand).

Slots: {brand}, {club}, {order}, {ref}, {amt}, {name}, {agent}, {comp}, {when}.
"""

from __future__ import annotations

BRAND = "Cartelio"
CLUB = "Cartelio Club"
COMPETITORS = ("Inkora", "Plumetto")
LANGS = ("it", "fr", "de", "es", "pt", "en")

# (label, price in EUR, page)
PRODUCTS: list[tuple[str, float, str]] = [
    ("School list pack primary / Kit lista scuola primaria", 64.90, "/kit-scuola"),
    ("Toner TN-2420 compatible, 2 pcs", 38.50, "/toner"),
    ("Ink cartridges 603XL, 4 colours", 42.90, "/inchiostro"),
    ("Notebooks A4 squared, 10 pcs", 17.40, "/quaderni"),
    ("Watercolour paper 300 g, A3 block", 23.80, "/belle-arti"),
    ("Fountain pen medium nib + 6 cartridges", 29.00, "/penne"),
    ("Copy paper A4 80 g, 5 reams", 27.60, "/carta"),
    ("Backpack ergonomic 24 L", 54.00, "/zaini"),
    ("Felt pens 36 colours", 14.90, "/pennarelli"),
    ("Desk organiser bamboo", 21.50, "/ufficio"),
    ("Graphic tablet 10 inch", 79.00, "/tavolette"),
    ("Sketchbook A5 hardcover, 3 pcs", 19.90, "/sketchbook"),
]

PAGES = [
    "/",
    "/offerte",
    "/club",
    "/kit-scuola",
    "/toner",
    "/belle-arti",
    "/ordini",
    "/punti-ritiro",
    "/carta",
    "/penne",
]

AGENTS: dict[str, list[str]] = {
    "it": ["Giulia", "Marco", "Elena", "Davide"],
    "fr": ["Camille", "Julien", "Sophie", "Mehdi"],
    "de": ["Katrin", "Jonas", "Miriam"],
    "es": ["Lorena", "Álvaro"],
    "pt": ["Inês", "Tiago"],
    "en": ["Hannah", "Owen"],
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Ordinato il toner ieri sera alle dieci, stamattina era già sul pianerottolo. {brand} mi ha salvato la riunione.",
        "Lista della scuola di mia figlia fatta in dieci minuti: c'era tutto, perfino le copertine trasparenti della misura giusta. Grazie {brand}!",
        "Quaderni arrivati perfetti, neanche un angolo piegato. E il corriere pure gentilissimo.",
        "I pastelli per il corso di acquerello hanno una qualità che a quel prezzo non mi aspettavo. Promossi a pieni voti.",
        "Ritiro al punto in edicola sotto casa, due minuti e via. Comodissimo {brand}.",
    ],
    "fr": [
        "Commandé les fournitures de la rentrée dimanche soir, livrées mardi midi, rien ne manquait. Merci {brand} 🙏",
        "Les cartouches compatibles de {brand} tiennent aussi bien que les originales, pour moitié prix. Je ne reviens pas en arrière.",
        "Colis impeccable, les carnets emballés un par un. On sent que quelqu'un a fait attention.",
        "Le retrait au relais en bas de chez moi, franchement le top. Deux minutes et c'était réglé.",
        "Papier aquarelle reçu, vrai 300 g, ma prof était jalouse 😄 Merci {brand}",
    ],
    "de": [
        "Druckerpatronen am Abend bestellt, am nächsten Mittag da. {brand} liefert einfach zuverlässig.",
        "Schulliste für beide Kinder in einer Bestellung, alles vollständig. Danke {brand}!",
        "Die Hefte kamen ohne einen einzigen Knick an. So muss das sein.",
    ],
    "es": [
        "Pedí el tóner a las once de la noche y a mediodía ya estaba imprimiendo. Gracias {brand}.",
        "Todo el material del cole de los peques en una caja y sin faltar nada. Genial.",
    ],
    "pt": [
        "Encomendei os cadernos do meu filho ao domingo e chegaram na terça. Tudo certinho, obrigada {brand}!",
        "Os tinteiros compatíveis da {brand} duram imenso. Recomendo a toda a gente.",
    ],
    "en": [
        "Toner ordered at 10pm, printing by lunchtime the next day. {brand} never misses.",
        "Whole uni stationery haul in one box, nothing missing, nicely packed. Cheers {brand}.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "Terzo ordine da settembre e sempre la stessa puntualità. Continuate così.",
        "Di nuovo tutto perfetto, ormai la cancelleria la compro solo qui.",
    ],
    "fr": [
        "Encore une fois livré en 24 h, ça devient une habitude 😄",
        "Troisième commande du trimestre, toujours nickel.",
    ],
    "de": ["Schon wieder alles pünktlich da. Langsam wird's langweilig 😉"],
    "es": ["Otra vez todo perfecto, ya van cuatro pedidos este curso."],
    "pt": ["Mais uma vez tudo impecável, já é a terceira encomenda."],
    "en": ["Third order this term and again spot on."],
}

GRIPE: dict[str, list[str]] = {
    "it": [
        "Tutto arrivato bene e in fretta, solo la scatola era enorme per tre penne. Per il resto 10.",
        "Ottimi i quaderni, peccato che il colore giallo fosse esaurito. Comunque contenta.",
    ],
    "fr": [
        "Très contente de la commande, juste dommage que la facture soit seulement dans l'appli. Sinon parfait.",
        "Super qualité des feutres, mais le plastique autour de chaque feutre... un peu trop.",
    ],
    "de": ["Alles bestens, nur die Versandbestätigung kam erst nach dem Paket 😅"],
    "es": ["Todo bien, solo que el repartidor llamó al timbre equivocado. Por lo demás, de diez."],
    "pt": ["Gostei muito, só a caixa era grande demais para tão pouca coisa."],
    "en": [
        "Brilliant as always, only gripe is the app forgets my delivery note every single time."
    ],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Ciao, il toner compatibile va bene per una Brother HL-L2350?",
            "Ciao! Sì, il TN-2420 compatibile è adatto alla HL-L2350. Vuoi che te lo aggiunga al carrello?",
        ),
        (
            "Buongiorno, posso cambiare il punto di ritiro dopo aver ordinato?",
            "Buongiorno! Sì, finché l'ordine non è spedito lo cambi da 'I miei ordini' > 'Consegna'.",
        ),
        (
            "posso pagare il kit della scuola in tre rate?",
            "Sì, al pagamento scegli 'Paga in 3 rate', vale sopra i 60 €.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le cahier Seyès 24x32 existe en couverture polypro ?",
            "Bonjour ! Oui, en six couleurs, je vous envoie le lien ?",
        ),
        (
            "Bjr, le Club inclut aussi la livraison en point relais ?",
            "Bonjour ! Oui, la livraison est offerte à domicile et en relais pour les membres du Club.",
        ),
        (
            "On peut ajouter un petit mot pour un cadeau ?",
            "Oui, à l'étape 'Livraison' cochez 'Message cadeau' : le prix n'apparaîtra pas sur le bon.",
        ),
    ],
    "de": [
        (
            "Hallo, passt die Patrone 603XL auch in den XP-2100?",
            "Hallo! Ja, die 603XL passt in den XP-2100.",
        ),
        (
            "Kann ich die Lieferadresse noch ändern?",
            "Ja, solange das Paket nicht versendet ist, unter 'Meine Bestellungen'.",
        ),
    ],
    "es": [
        (
            "Hola, ¿el estuche de tres pisos viene con rotuladores?",
            "¡Hola! Sí, trae 24 rotuladores y 12 lápices de colores.",
        ),
        (
            "se puede recoger en la papelería del barrio?",
            "Sí, si es punto de recogida: lo ves en el mapa al pagar.",
        ),
    ],
    "pt": [("Olá, o caderno A4 quadriculado tem capa dura?", "Olá! Tem sim, e há em cinco cores.")],
    "en": [
        (
            "Hi, does the Club cover next-day delivery too?",
            "Hi! Yes, next-day delivery is free for Club members on orders placed before 8pm.",
        )
    ],
}

THANKS: dict[str, list[str]] = {
    "it": ["Perfetto, grazie mille!", "grazie 🙏", "ok grz"],
    "fr": ["Super merci !", "merci bcp", "Top, merci 👍"],
    "de": ["Danke!", "super, danke"],
    "es": ["Gracias!!", "genial gracias"],
    "pt": ["Obrigada!", "obg"],
    "en": ["Great, thanks!", "ta"],
}

# (subject, question, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "it": [
        (
            "Fattura ordine {order}",
            "Buongiorno,\nmi servirebbe la fattura dell'ordine {order} intestata al mio studio, con partita IVA. Si può ancora fare?\nGrazie,\n{name}",
            "Gentile {name},\ncerto: trova in allegato la fattura intestata allo studio.\nBuona giornata,\n{agent} – Servizio clienti {brand}",
        ),
        (
            "Domanda sul Club",
            "Salve, se mi iscrivo al Club oggi lo sconto vale già sull'ordine che ho nel carrello? Grazie {name}",
            "Gentile {name},\nsì, lo sconto del Club vale da subito, anche sul carrello aperto.\nCordiali saluti,\n{agent} – {brand}",
        ),
    ],
    "fr": [
        (
            "Facture commande {order}",
            "Bonjour,\npourriez-vous m'envoyer la facture de la commande {order} au nom de mon association ?\nMerci d'avance,\n{name}",
            "Bonjour {name},\nc'est fait, la facture est jointe à ce message.\nBelle journée,\n{agent}, service client {brand}",
        ),
        (
            "Question livraison",
            "Bonjour, je pars en vacances samedi, est-ce que je peux faire garder le colis au relais plus de 10 jours ? {name}",
            "Bonjour {name},\noui, nous avons prolongé la garde à 21 jours pour votre colis.\nBonne journée,\n{agent}, {brand}",
        ),
    ],
    "de": [
        (
            "Rechnung {order}",
            "Guten Tag,\nkönnten Sie mir die Rechnung zu {order} auf meine Firma ausstellen?\nDanke und Gruß\n{name}",
            "Guten Tag {name},\ngern, die Rechnung liegt dieser E-Mail bei.\nViele Grüße\n{agent}, Kundenservice {brand}",
        )
    ],
    "es": [
        (
            "Factura pedido {order}",
            "Hola, necesito la factura del pedido {order} a nombre de la academia. ¿Es posible? Gracias, {name}",
            "Hola {name},\nclaro, te la adjuntamos en este correo.\nUn saludo,\n{agent}, atención al cliente {brand}",
        )
    ],
    "pt": [
        (
            "Fatura encomenda {order}",
            "Boa tarde, precisava da fatura da encomenda {order} com o meu NIF. Obrigada, {name}",
            "Olá {name},\nsegue em anexo a fatura com o seu NIF.\nCumprimentos,\n{agent}, apoio ao cliente {brand}",
        )
    ],
    "en": [
        (
            "Invoice for {order}",
            "Hi, could I get a VAT invoice for order {order} in my company's name? Thanks, {name}",
            "Hi {name},\nof course, it's attached to this email.\nBest wishes,\n{agent}, {brand} customer care",
        )
    ],
}

# (call transcript, agent's follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "buongiorno volevo sapere se i quaderni che ho ordinato arrivano prima di lunedì perché comincia la scuola grazie",
            "Gentile {name},\ncome promesso al telefono: l'ordine {order} arriva venerdì entro le 13.\nBuona giornata,\n{agent} – {brand}",
        ),
        (
            "sì salve chiamo perché vorrei regalare l'iscrizione al Club a mia sorella si può fare",
            "Gentile {name},\ncome detto al telefono, trova qui il link per regalare il Club: basta l'indirizzo e-mail di sua sorella.\n{agent} – {brand}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si on peut échanger un cartable si la couleur ne plaît pas à mon fils",
            "Bonjour {name},\ncomme convenu au téléphone, l'échange est gratuit sous 30 jours, l'étiquette retour est jointe.\n{agent}, {brand}",
        )
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob der Schulranzen auch in Blau lieferbar ist",
            "Guten Tag {name},\nwie am Telefon besprochen: der Ranzen ist ab Donnerstag in Blau lieferbar.\n{agent}, {brand}",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el kit del cole trae las tijeras de punta redonda",
            "Hola {name},\ncomo te dije por teléfono, sí, el kit trae tijeras de punta redonda.\n{agent}, {brand}",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se a mochila tem garantia",
            "Olá {name},\ncomo falámos, a mochila tem dois anos de garantia.\n{agent}, {brand}",
        )
    ],
    "en": [
        (
            "hi there just wondering if the school pack comes with a pencil case or if I need to buy one",
            "Hi {name},\nas promised on the phone: the pack includes a pencil case.\n{agent}, {brand}",
        )
    ],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Carta ottima, grammatura vera. Spedizione velocissima.",
        "Zaino comodo, mio figlio non si lamenta più della schiena.",
        "Penna stilografica fluida, pennino morbido. Consigliata.",
    ],
    "fr": [
        "Feutres très couvrants, ma fille est ravie.",
        "Cartable solide et léger, conforme aux photos.",
        "Stylo plume agréable, l'encre ne bave pas.",
    ],
    "de": ["Gute Qualität, schnelle Lieferung.", "Der Toner druckt sauber, kein Streifen."],
    "es": ["Buena calidad y llegó rapidísimo.", "Los rotuladores pintan genial."],
    "pt": ["Boa qualidade e entrega rápida."],
    "en": ["Good quality and arrived quickly.", "Pens write smoothly, no smudging."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "it": ["Ottimo", "tutto bene", "👍", "", "veloci come sempre"],
    "fr": ["Parfait", "rien à redire", "😊", "", "au top"],
    "de": ["Sehr gut", "👍", ""],
    "es": ["Todo perfecto", "", "👌"],
    "pt": ["Excelente", ""],
    "en": ["Spot on", "", "👍"],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "Le due di notte e la tesi è finalmente stampata. Benedetto il toner arrivato oggi. {brand} ❤️",
        "Turno di notte in reparto, pausa caffè e ho fatto l'ordine della scuola per i bimbi. Mezzanotte passata e tutto in carrello in 5 minuti.",
    ],
    "fr": [
        "3 h du mat', je termine mes planches pour le concours, merci au papier {brand} qui ne gondole pas.",
        "Insomnie = j'ai rangé tous mes carnets par couleur. Ils viennent tous de chez {brand} 😅",
    ],
    "de": [
        "Nachtschicht vorbei, schnell noch Schulhefte bestellt. Danke {brand}, dass das um 2 Uhr so einfach geht."
    ],
    "es": [
        "Las dos de la mañana terminando la maqueta y el cúter de {brand} sigue como el primer día."
    ],
    "pt": [
        "Madrugada a acabar o trabalho da faculdade, ainda bem que o papel da {brand} chegou hoje."
    ],
    "en": ["2am, dissertation printed, stapled and done. The toner from {brand} got me through."],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "se ordino adesso arriva entro venerdì?",
            "Ciao! Sì, gli ordini fino alle 20 di domani partono in giornata: venerdì ci sei.",
        ),
        (
            "scusate l'ora, posso aggiungere una cosa all'ordine di ieri?",
            "Nessun problema! Finché non è spedito puoi aggiungere articoli da 'I miei ordini'.",
        ),
    ],
    "fr": [
        (
            "Bonsoir, si je commande maintenant c'est livré lundi ?",
            "Bonsoir ! Oui, livraison prévue lundi avant 13 h.",
        ),
        (
            "je peux changer de relais à cette heure-ci ?",
            "Oui, tant que le colis n'est pas parti, directement dans 'Mes commandes'.",
        ),
    ],
    "de": [
        (
            "Kann ich nachts noch die Lieferadresse ändern?",
            "Ja, das geht rund um die Uhr unter 'Meine Bestellungen'.",
        )
    ],
    "es": [("¿si pido ahora llega el lunes?", "¡Hola! Sí, te llega el lunes por la mañana.")],
    "pt": [("ainda dá para mudar a morada de entrega?", "Olá! Dá sim, em 'As minhas encomendas'.")],
    "en": [
        (
            "can I still change the delivery day at this hour?",
            "Hi! Yes, any time until it's dispatched, under 'My orders'.",
        )
    ],
}

# Problems: missing (marked delivered, never came), double_charge, leaked (ink spilled
# over the order), refund (return not refunded), wrong_cartridge, club_fee.
PROBLEMS = ("missing", "double_charge", "leaked", "refund", "wrong_cartridge", "club_fee")

TOPIC: dict[str, dict[str, str]] = {
    "it": {
        "missing": "ordine mai arrivato",
        "double_charge": "doppio addebito",
        "leaked": "inchiostro versato nel pacco",
        "refund": "rimborso mai ricevuto",
        "wrong_cartridge": "cartucce sbagliate",
        "club_fee": "Club non applicato",
    },
    "fr": {
        "missing": "commande jamais reçue",
        "double_charge": "double prélèvement",
        "leaked": "encre renversée dans le colis",
        "refund": "remboursement non reçu",
        "wrong_cartridge": "mauvaises cartouches",
        "club_fee": "avantages Club non appliqués",
    },
    "de": {
        "missing": "Bestellung nie angekommen",
        "double_charge": "doppelt abgebucht",
        "leaked": "Tinte ausgelaufen",
        "refund": "Erstattung fehlt",
        "wrong_cartridge": "falsche Patronen",
        "club_fee": "Club-Vorteile fehlen",
    },
    "es": {
        "missing": "pedido que nunca llegó",
        "double_charge": "cobro duplicado",
        "leaked": "tinta derramada",
        "refund": "reembolso pendiente",
        "wrong_cartridge": "cartuchos equivocados",
        "club_fee": "Club no aplicado",
    },
    "pt": {
        "missing": "encomenda nunca chegou",
        "double_charge": "cobrança duplicada",
        "leaked": "tinta derramada",
        "refund": "reembolso em falta",
        "wrong_cartridge": "tinteiros errados",
        "club_fee": "Club não aplicado",
    },
    "en": {
        "missing": "order never arrived",
        "double_charge": "charged twice",
        "leaked": "ink leaked everywhere",
        "refund": "refund missing",
        "wrong_cartridge": "wrong cartridges",
        "club_fee": "Club benefits not applied",
    },
}

COMPLAINT_SUBJECT = {
    "it": "Reclamo: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
}

CORE: dict[str, dict[str, str]] = {
    "it": {
        "missing": "L'ordine {order} risulta consegnato martedì alle 11:02 \"al portiere\". Noi NON abbiamo un portiere. Il materiale per la scuola non c'è e lunedì si comincia.",
        "double_charge": "Mi avete addebitato DUE volte l'ordine {order}, {amt} e poi ancora {amt}. In banca le vedo tutte e due.",
        "leaked": "Nell'ordine {order} le boccette d'inchiostro si sono aperte: album, astuccio e quaderni tutti blu. Da buttare.",
        "refund": "Ho reso la tavoletta grafica tre settimane fa, ho la ricevuta del ritiro, e il rimborso di {amt} non si è mai visto.",
        "wrong_cartridge": "Ho ordinato le cartucce 603XL (ordine {order}) e mi sono arrivate le 604. La stampante le rifiuta e io devo stampare la tesi.",
        "club_fee": "Pago il Club tutti i mesi e sull'ordine {order} mi avete fatto pagare la spedizione, e lo sconto del 10% non c'è.",
    },
    "fr": {
        "missing": "La commande {order} est marquée livrée mardi à 11h02 \"chez le gardien\". Il n'y a PAS de gardien dans mon immeuble. Les fournitures de rentrée sont introuvables et l'école reprend lundi.",
        "double_charge": "Vous m'avez prélevé DEUX fois la commande {order} : {amt} puis encore {amt}. Les deux lignes sont sur mon relevé.",
        "leaked": "Dans la commande {order}, les flacons d'encre se sont ouverts : carnets, trousse et cahiers tout bleus. Bons pour la poubelle.",
        "refund": "J'ai renvoyé la tablette graphique il y a trois semaines, j'ai le reçu du dépôt, et toujours pas de remboursement de {amt}.",
        "wrong_cartridge": "J'ai commandé des cartouches 603XL (commande {order}) et j'ai reçu des 604. L'imprimante les refuse et je dois imprimer mon mémoire.",
        "club_fee": "Je paie le Club tous les mois et sur la commande {order} vous m'avez compté les frais de port, et pas de remise de 10 %.",
    },
    "de": {
        "missing": 'Die Bestellung {order} steht seit Dienstag 11:02 als "beim Hausmeister abgegeben". Wir haben KEINEN Hausmeister. Die Schulsachen sind weg und Montag geht die Schule los.',
        "double_charge": "Sie haben die Bestellung {order} ZWEIMAL abgebucht, {amt} und noch mal {amt}. Beides steht auf dem Kontoauszug.",
        "leaked": "In der Bestellung {order} sind die Tintenfässchen ausgelaufen, Skizzenbuch, Mäppchen und Hefte alles blau. Kann ich wegwerfen.",
        "refund": "Ich habe das Grafiktablett vor drei Wochen zurückgeschickt, Einlieferungsbeleg liegt vor, und die {amt} sind immer noch nicht erstattet.",
        "wrong_cartridge": "Ich habe 603XL bestellt ({order}) und 604 bekommen. Der Drucker nimmt sie nicht und ich muss meine Bachelorarbeit drucken.",
        "club_fee": "Ich zahle jeden Monat für den Club und bei {order} wurden mir Versandkosten berechnet, die 10 % Rabatt fehlen auch.",
    },
    "es": {
        "missing": 'El pedido {order} sale entregado el martes a las 11:02 "al conserje". NO tenemos conserje. El material del cole no aparece y el lunes empiezan las clases.',
        "double_charge": "Me habéis cobrado DOS veces el pedido {order}, {amt} y otra vez {amt}. Lo veo en el banco.",
        "leaked": "En el pedido {order} se abrieron los botes de tinta: cuadernos, estuche y bloc todo azul. A la basura.",
        "refund": "Devolví la tableta gráfica hace tres semanas, tengo el justificante, y de los {amt} ni rastro.",
        "wrong_cartridge": "Pedí cartuchos 603XL (pedido {order}) y me llegaron 604. La impresora no los acepta y tengo que imprimir el TFG.",
        "club_fee": "Pago el Club todos los meses y en el pedido {order} me cobrasteis el envío y sin el 10 % de descuento.",
    },
    "pt": {
        "missing": 'A encomenda {order} aparece entregue na terça às 11:02 "ao porteiro". NÃO temos porteiro. O material da escola não está em lado nenhum e as aulas começam segunda.',
        "double_charge": "Cobraram-me DUAS vezes a encomenda {order}, {amt} e outra vez {amt}. Está tudo no extrato.",
        "leaked": "Na encomenda {order} os frascos de tinta abriram-se: cadernos, estojo e bloco tudo azul. Para o lixo.",
        "refund": "Devolvi a mesa digitalizadora há três semanas, tenho o comprovativo, e os {amt} nunca foram devolvidos.",
        "wrong_cartridge": "Encomendei tinteiros 603XL ({order}) e recebi 604. A impressora não os aceita e tenho de imprimir a tese.",
        "club_fee": "Pago o Club todos os meses e na encomenda {order} cobraram-me os portes e nada de 10 % de desconto.",
    },
    "en": {
        "missing": 'Order {order} shows as delivered Tuesday 11:02 "to concierge". There is NO concierge in my building. The school stuff is nowhere and term starts Monday.',
        "double_charge": "You've charged me TWICE for order {order}, {amt} and then {amt} again. Both are on my statement.",
        "leaked": "In order {order} the ink bottles opened in the box: sketchbook, pencil case and exercise books all blue. Binned.",
        "refund": "I sent the graphics tablet back three weeks ago, I have the drop-off receipt, and still no sign of the {amt} refund.",
        "wrong_cartridge": "I ordered 603XL cartridges ({order}) and got 604s. The printer rejects them and I need to print my dissertation.",
        "club_fee": "I pay for the Club every month and on order {order} you charged me delivery and no 10% discount.",
    },
}

FIX: dict[str, dict[str, str]] = {
    "it": {
        "missing": "il corriere ha ritrovato il pacco e lo riconsegna domani in mattinata",
        "double_charge": "il secondo addebito è stato stornato oggi",
        "leaked": "le abbiamo rispedito tutto l'ordine, senza costi",
        "refund": "il rimborso è partito oggi",
        "wrong_cartridge": "le 603XL giuste partono oggi con corriere espresso",
        "club_fee": "le abbiamo rimborsato la spedizione e lo sconto",
    },
    "fr": {
        "missing": "le transporteur a retrouvé le colis, il est relivré demain matin",
        "double_charge": "le second prélèvement a été annulé aujourd'hui",
        "leaked": "nous vous renvoyons toute la commande, sans frais",
        "refund": "le remboursement est parti aujourd'hui",
        "wrong_cartridge": "les bonnes 603XL partent aujourd'hui en express",
        "club_fee": "nous vous avons remboursé les frais de port et la remise",
    },
    "de": {
        "missing": "der Paketdienst hat das Paket gefunden und liefert morgen früh",
        "double_charge": "die zweite Abbuchung wurde heute storniert",
        "leaked": "wir schicken die ganze Bestellung kostenlos neu",
        "refund": "die Erstattung ist heute raus",
        "wrong_cartridge": "die richtigen 603XL gehen heute per Express raus",
        "club_fee": "Versandkosten und Rabatt wurden erstattet",
    },
    "es": {
        "missing": "la mensajería ha encontrado el paquete y lo entrega mañana",
        "double_charge": "hemos anulado hoy el segundo cobro",
        "leaked": "te reenviamos todo el pedido sin coste",
        "refund": "el reembolso ha salido hoy",
        "wrong_cartridge": "los 603XL correctos salen hoy urgentes",
        "club_fee": "te hemos devuelto el envío y el descuento",
    },
    "pt": {
        "missing": "a transportadora encontrou a encomenda e entrega amanhã",
        "double_charge": "a segunda cobrança foi anulada hoje",
        "leaked": "reenviámos a encomenda toda sem custos",
        "refund": "o reembolso saiu hoje",
        "wrong_cartridge": "os 603XL certos seguem hoje por expresso",
        "club_fee": "devolvemos os portes e o desconto",
    },
    "en": {
        "missing": "the courier found the parcel and will redeliver tomorrow morning",
        "double_charge": "the second charge was reversed today",
        "leaked": "we've resent the whole order free of charge",
        "refund": "the refund went out today",
        "wrong_cartridge": "the right 603XLs ship today by express",
        "club_fee": "we've refunded the delivery fee and the discount",
    },
}

# Openers / closers around a core for short e-mails, chats, forms and social posts.
SHORT_MAIL: dict[str, list[str]] = {
    "it": [
        "Buongiorno,\n{core}\nAspetto una risposta oggi stesso.\n{name}",
        "{core}\nMi dite cosa devo fare? Sono molto delusa.\n{name}",
    ],
    "fr": [
        "Bonjour,\n{core}\nJ'attends une réponse rapide.\n{name}",
        "{core}\nQu'est-ce que je fais maintenant ? Franchement déçue.\n{name}",
    ],
    "de": ["Hallo,\n{core}\nIch erwarte eine schnelle Lösung.\n{name}"],
    "es": ["Hola,\n{core}\nEspero respuesta hoy.\n{name}"],
    "pt": ["Boa tarde,\n{core}\nAguardo resposta urgente.\n{name}"],
    "en": ["Hello,\n{core}\nI'd like this sorted today please.\n{name}"],
}
CHAT_OPEN: dict[str, list[str]] = {
    "it": ["Buongiorno, {core}", "scusate ma {core} Come si risolve?"],
    "fr": ["Bonjour, {core}", "euh bonjour... {core} On fait comment ?"],
    "de": ["Hallo, {core}"],
    "es": ["Hola, {core}"],
    "pt": ["Olá, {core}"],
    "en": ["Hi, {core}"],
}
SOCIAL_END: dict[str, list[str]] = {
    "it": ["Vergogna {brand}.", "Complimenti {brand}, davvero.", "{brand} ma vi sembra normale??"],
    "fr": ["Inadmissible {brand}.", "Bravo {brand}...", "{brand} c'est une blague ?"],
    "de": ["Echt jetzt {brand}?", "Danke für nichts {brand}."],
    "es": ["Vaya tela {brand}.", "{brand} en serio??"],
    "pt": ["Que vergonha {brand}."],
    "en": ["Seriously {brand}?", "Cheers for nothing {brand}."],
}
FORM_END: dict[str, str] = {
    "it": "Chiedo una soluzione.",
    "fr": "Merci de régler ça.",
    "de": "Bitte um Klärung.",
    "es": "Pido una solución.",
    "pt": "Peço uma solução.",
    "en": "Please fix this.",
}
CALL_OPEN: dict[str, str] = {
    "it": "sì buongiorno chiamo perché {core} non so più cosa fare",
    "fr": "oui bonjour j'appelle parce que {core} je sais plus quoi faire",
    "de": "ja hallo ich rufe an weil {core} ich weiß nicht mehr weiter",
    "es": "sí hola llamo porque {core} ya no sé qué hacer",
    "pt": "sim olá estou a ligar porque {core} já não sei o que fazer",
    "en": "yeah hi I'm calling because {core} I don't know what else to do",
}

# Long e-mails with the complaint inside a letter (Italian and French).
LONG_MAIL: dict[str, list[str]] = {
    "it": [
        "Buonasera,\nvi scrivo dalla sala d'attesa della fisioterapia di mio padre, che da quando è caduto a luglio accompagno io tre volte a settimana. Tra lui, il lavoro in farmacia e due figli alle medie, la lista della scuola quest'anno l'ho fatta da voi proprio per non dover girare cartolerie il sabato.\n{core}\nVi chiedo di capire che non è una questione di soldi: è che io il tempo per rimediare non ce l'ho. Ho sempre parlato bene di voi con le altre mamme, e mi dispiace doverlo scrivere.\nResto in attesa,\n{name}",
        "Gentili signori,\nsono un'insegnante in pensione e da due anni faccio volontariato nel doposcuola della parrocchia: compro io il materiale, lo pago di tasca mia, e l'ho sempre preso da {brand} perché arrivava puntuale e ben imballato.\n{core}\nI ragazzi del doposcuola aspettano, e io non so cosa raccontare loro. Vi prego di rispondermi con qualcosa di concreto, non con un messaggio automatico.\nDistinti saluti,\n{name}",
    ],
    "fr": [
        "Bonsoir,\nje vous écris depuis le parking de l'hôpital où ma mère est en rééducation depuis sa prothèse de genou. Entre elle, mon boulot de nuit à la boulangerie et les jumeaux qui rentrent en CE2, j'avais tout commandé chez vous pour ne pas courir les magasins.\n{core}\nCe n'est pas une question d'argent, c'est que je n'ai littéralement pas une heure pour réparer ça. Je vous recommandais à tout le monde jusqu'ici, ça me fait de la peine d'écrire ce message.\nDans l'attente,\n{name}",
        "Madame, Monsieur,\nanimatrice bénévole d'un atelier de dessin pour seniors à la maison de quartier, j'achète le matériel sur mes propres deniers et je passe par {brand} depuis trois ans sans le moindre souci.\n{core}\nL'atelier a lieu jeudi et une douzaine de personnes comptent dessus. Je vous remercie de me répondre par autre chose qu'un message automatique.\nCordialement,\n{name}",
    ],
}

ACK_MAIL: dict[str, tuple[str, str]] = {
    "it": (
        "Pratica {ref}",
        "Gentile {name},\nci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo noi direttamente: le scriviamo entro 48 ore.\n{agent} – Servizio clienti {brand}",
    ),
    "fr": (
        "Dossier {ref}",
        "Bonjour {name},\nnous sommes désolés. Nous avons ouvert le dossier {ref} et nous revenons vers vous sous 48 heures.\n{agent}, service client {brand}",
    ),
    "de": (
        "Vorgang {ref}",
        "Guten Tag {name},\ndas tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 48 Stunden.\n{agent}, Kundenservice {brand}",
    ),
    "es": (
        "Incidencia {ref}",
        "Hola {name},\nlo sentimos mucho. Hemos abierto la incidencia {ref} y te contestamos en 48 horas como mucho.\n{agent}, atención al cliente {brand}",
    ),
    "pt": (
        "Processo {ref}",
        "Olá {name},\nlamentamos muito. Abrimos o processo {ref} e respondemos em 48 horas.\n{agent}, apoio ao cliente {brand}",
    ),
    "en": (
        "Your case {ref}",
        "Hi {name},\nI'm sorry about this. I've opened case {ref} and we'll get back to you within 48 hours.\n{agent}, {brand} customer care",
    ),
}
CHAT_ACK: dict[str, str] = {
    "it": "Mi dispiace davvero. Ho aperto la pratica {ref} e l'ho segnata come prioritaria.",
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {ref} en priorité.",
    "de": "Das tut mir leid. Ich habe den Vorgang {ref} mit Priorität angelegt.",
    "es": "Lo siento mucho. He abierto la incidencia {ref} con prioridad.",
    "pt": "Lamento imenso. Abri o processo {ref} com prioridade.",
    "en": "I'm really sorry. I've opened case {ref} as a priority.",
}
CHAT_URGENT: dict[str, str] = {
    "it": "Aggiunto alla pratica {ref} e segnato come urgente, la richiamiamo noi.",
    "fr": "C'est ajouté au dossier {ref}, marqué urgent, on vous rappelle.",
    "de": "Ist im Vorgang {ref} vermerkt und als dringend markiert, wir rufen Sie an.",
    "es": "Añadido a la incidencia {ref} y marcado como urgente, te llamamos.",
    "pt": "Acrescentado ao processo {ref} e marcado como urgente, ligamos-lhe.",
    "en": "Added to case {ref} and marked urgent, we'll call you.",
}
QUALITY_MAIL: dict[str, tuple[str, str]] = {
    "it": (
        "Pratica {ref}",
        "Gentile {name},\nla sua pratica {ref} è ora nelle mani della nostra responsabile qualità, che la chiamerà entro giovedì a mezzogiorno.\n{agent} – {brand}",
    ),
    "fr": (
        "Dossier {ref}",
        "Bonjour {name},\nvotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant jeudi midi.\n{agent}, {brand}",
    ),
    "de": (
        "Vorgang {ref}",
        "Guten Tag {name},\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Donnerstagmittag anruft.\n{agent}, {brand}",
    ),
    "es": (
        "Incidencia {ref}",
        "Hola {name},\ntu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves a mediodía.\n{agent}, {brand}",
    ),
    "pt": (
        "Processo {ref}",
        "Olá {name},\no seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga até quinta ao meio-dia.\n{agent}, {brand}",
    ),
    "en": (
        "Your case {ref}",
        "Hi {name},\nyour case {ref} is now with our quality lead, who will ring you before Thursday lunchtime.\n{agent}, {brand}",
    ),
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "it": (
        "Pratica {ref}: aggiornamento",
        "Gentile {name},\nbuone notizie sulla pratica {ref}: {fix}. Ci conferma che ora è tutto a posto?\n{agent} – {brand}",
    ),
    "fr": (
        "Dossier {ref} : du nouveau",
        "Bonjour {name},\nbonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout est rentré dans l'ordre ?\n{agent}, {brand}",
    ),
    "de": (
        "Vorgang {ref}: Neuigkeiten",
        "Guten Tag {name},\ngute Nachrichten zu {ref}: {fix}. Können Sie bestätigen, dass alles passt?\n{agent}, {brand}",
    ),
    "es": (
        "Incidencia {ref}: novedades",
        "Hola {name},\nbuenas noticias sobre {ref}: {fix}. ¿Nos confirmas que ya está todo bien?\n{agent}, {brand}",
    ),
    "pt": (
        "Processo {ref}: novidades",
        "Olá {name},\nboas notícias sobre o {ref}: {fix}. Pode confirmar que está tudo bem?\n{agent}, {brand}",
    ),
    "en": (
        "Your case {ref}: good news",
        "Hi {name},\ngood news on {ref}: {fix}. Could you confirm everything's sorted now?\n{agent}, {brand}",
    ),
}
CONFIRM: dict[str, list[str]] = {
    "it": [
        "Confermo, pratica {ref} risolta. Grazie per la velocità!",
        "Tutto a posto per la {ref}, grazie.",
    ],
    "fr": ["Je confirme, dossier {ref} réglé. Merci !", "C'est bon pour le {ref}, merci beaucoup."],
    "de": ["Bestätige, {ref} ist erledigt. Danke!"],
    "es": ["Confirmo, la {ref} está resuelta. ¡Gracias!"],
    "pt": ["Confirmo, processo {ref} resolvido. Obrigada!"],
    "en": ["Confirmed, {ref} is sorted. Thanks!"],
}
APOLOGY: dict[str, list[str]] = {
    "it": [
        "Scusate per i toni di ieri, ero fuori di me. Grazie per aver risolto così in fretta.",
        "Ieri ho esagerato, chiedo scusa. Siete stati gentili.",
    ],
    "fr": [
        "Désolée pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "J'ai été un peu sèche hier, pardon. Merci pour la réactivité.",
    ],
    "de": ["Sorry für meinen Ton gestern, war echt gestresst. Danke für die schnelle Hilfe."],
    "es": ["Perdón por el tono de ayer, estaba desbordada. Gracias por la rapidez."],
    "pt": ["Desculpem o tom de ontem, estava mesmo farta. Obrigada pela rapidez."],
    "en": [
        "Sorry for the tone yesterday, I was at the end of my rope. Thanks for sorting it so fast."
    ],
}
STILL_OPEN: dict[str, list[str]] = {
    "it": [
        "Vi riscrivo per la pratica {ref}: ancora niente. {core}",
        "Pratica {ref}, sempre tutto fermo. Vi ricordo: {core}",
    ],
    "fr": [
        "Je reviens vers vous pour le dossier {ref} : toujours rien. {core}",
        "Dossier {ref}, toujours au point mort. Je rappelle : {core}",
    ],
    "de": ["Ich melde mich erneut wegen {ref}: immer noch nichts. {core}"],
    "es": ["Vuelvo a escribir por la incidencia {ref}: sigue igual. {core}"],
    "pt": ["Volto a escrever pelo processo {ref}: continua tudo igual. {core}"],
    "en": ["Writing again about case {ref}: still nothing. {core}"],
}
THIRD: dict[str, list[str]] = {
    "it": [
        "Una mia collega compra da {comp} e lì queste cose le risolvono in giornata.",
        "Ho dato un'occhiata ai prezzi di {comp}, giusto per sapere.",
    ],
    "fr": [
        "Une collègue commande chez {comp}, eux règlent ça dans la journée.",
        "J'ai regardé les prix chez {comp}, pour info.",
    ],
    "de": ["Eine Kollegin bestellt bei {comp}, da geht sowas am selben Tag."],
    "es": ["Una compañera compra en {comp} y allí esto lo arreglan en el día."],
    "pt": ["Uma colega compra na {comp} e lá resolvem isto no mesmo dia."],
    "en": ["A colleague orders from {comp} and they sort this the same day."],
}
FOURTH: dict[str, str] = {
    "it": "È la QUARTA volta che scrivo per la pratica {ref}.",
    "fr": "C'est la QUATRIÈME fois que j'écris pour le dossier {ref}.",
    "de": "Das ist jetzt das VIERTE Mal wegen {ref}.",
    "es": "Es la CUARTA vez que escribo por la {ref}.",
    "pt": "É a QUARTA vez que escrevo pelo {ref}.",
    "en": "This is the FOURTH time I've written about {ref}.",
}
CALL_STILL: dict[str, str] = {
    "it": "sì buongiorno la pratica {ref} è ancora aperta non è cambiato niente {core}",
    "fr": "oui bonjour le dossier {ref} est toujours ouvert rien n'a bougé {core}",
    "de": "ja hallo der Vorgang {ref} ist immer noch offen es hat sich nichts getan {core}",
    "es": "sí hola la incidencia {ref} sigue abierta no ha cambiado nada {core}",
    "pt": "sim olá o processo {ref} continua aberto não mudou nada {core}",
    "en": "hi yes case {ref} is still open nothing has changed {core}",
}

# Six slide steps per language (amounts fixed per language); the last names {comp}.
SLIDE: dict[str, list[str]] = {
    "it": [
        "Consegna slittata di due giorni e nessuno che avvisa. Vabbè, capita.",
        "Quaderni arrivati con gli angoli tutti piegati, la scatola era mezza vuota e ballava dentro.",
        "La ricerca per modello di stampante mi propone cartucce che non c'entrano niente. Mezz'ora persa.",
        "Per il reso devo stampare io l'etichetta. Il reso è proprio dell'inchiostro che non funziona. Geniale.",
        'E adesso 6,90 € di "spese di ripristino" su un reso MAI aperto, sigillato come l\'avevo ricevuto. Sono furiosa.',
        "Mia sorella compra da {comp} da un anno. Il kit per settembre stavolta l'ho preso da loro.",
    ],
    "fr": [
        "Livraison décalée de deux jours sans un mot. Bon, ça arrive.",
        "Cahiers arrivés les coins tout cornés, le carton était à moitié vide et tout se baladait dedans.",
        "La recherche par modèle d'imprimante me propose des cartouches qui n'ont rien à voir. Une demi-heure de perdue.",
        "Pour le retour je dois imprimer l'étiquette moi-même. Le retour, c'est justement l'encre qui ne marche pas. Génial.",
        'Et maintenant 6,90 € de "frais de remise en état" sur un retour JAMAIS ouvert, encore sous blister. Je suis furieuse.',
        "Ma sœur commande chez {comp} depuis un an. Le kit de septembre, cette fois, je l'ai pris chez eux.",
    ],
    "de": [
        "Lieferung zwei Tage später, ohne Info. Naja, kann passieren.",
        "Hefte mit Eselsohren angekommen, der Karton war halb leer und alles flog rum.",
        "Die Suche nach Druckermodell zeigt mir Patronen, die gar nicht passen. Halbe Stunde verschwendet.",
        "Für die Rücksendung soll ich das Etikett selbst drucken. Zurück geht genau die Tinte, die nicht funktioniert. Super.",
        'Und jetzt 6,90 € "Aufbereitungsgebühr" für eine NIE geöffnete Rücksendung, noch eingeschweißt. Ich bin stinksauer.',
        "Meine Schwester bestellt seit einem Jahr bei {comp}. Das Septemberpaket hab ich diesmal dort gekauft.",
    ],
    "es": [
        "El envío se retrasó dos días y nadie avisó. Bueno, pasa.",
        "Los cuadernos llegaron con las esquinas dobladas, la caja medio vacía y todo bailando.",
        "El buscador por modelo de impresora me saca cartuchos que no tienen nada que ver. Media hora perdida.",
        "Para devolver tengo que imprimir yo la etiqueta. Devuelvo justo la tinta que no funciona. Genial.",
        'Y ahora 6,90 € de "gastos de reacondicionamiento" por una devolución SIN abrir, precintada. Estoy que trino.',
        "Mi hermana compra en {comp} desde hace un año. El kit de septiembre esta vez lo he pedido allí.",
    ],
    "pt": [
        "A entrega atrasou dois dias e ninguém avisou. Pronto, acontece.",
        "Os cadernos chegaram com os cantos dobrados, a caixa meio vazia e tudo aos saltos.",
        "A pesquisa por modelo de impressora sugere tinteiros que não têm nada a ver. Meia hora perdida.",
        "Para devolver tenho de ser eu a imprimir a etiqueta. O que devolvo é precisamente a tinta que não funciona. Brilhante.",
        'E agora 6,90 € de "custos de recondicionamento" por uma devolução NUNCA aberta, ainda selada. Estou furiosa.',
        "A minha irmã compra na {comp} há um ano. O kit de setembro desta vez comprei lá.",
    ],
    "en": [
        "Delivery slipped two days and nobody said a word. Fine, it happens.",
        "Exercise books turned up with every corner bent, box half empty and everything rattling around.",
        "Search by printer model keeps suggesting cartridges that don't fit. Half an hour wasted.",
        "To return it I have to print the label myself. What I'm returning is the ink that doesn't work. Genius.",
        'And now £6 "restocking fee" on a return that was NEVER opened, still shrink-wrapped. I\'m fuming.',
        "My sister has ordered from {comp} for a year. I got the September pack from them this time.",
    ],
}

CANCEL_MAIL: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\nmio figlio quest'anno è partito per l'università a Bologna e a casa di cancelleria non ne serve più. Vi chiedo di disdire il {club} e di chiudere il mio account.\nGrazie di tutto,\n{name}",
        ),
        (
            "Chiusura account",
            "Salve, sono andata in pensione a fine giugno e stampe e toner non mi servono più. Vorrei disdire il {club} e chiudere l'account. Grazie, {name}",
        ),
    ],
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\nma fille a terminé le lycée et je n'ai plus besoin de fournitures. Je souhaite résilier le {club} et fermer mon compte.\nMerci pour tout,\n{name}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, je retourne travailler au bureau à plein temps, l'imprimante de la maison part à la déchetterie. Merci de résilier le {club} et de clôturer mon compte. {name}",
        ),
    ],
    "de": [
        (
            "Kündigung Club",
            "Hallo,\nunsere Kinder sind aus dem Haus, wir brauchen keinen Schulbedarf mehr. Bitte den {club} kündigen und mein Konto schließen.\nDanke, {name}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola, he cerrado la academia de repaso y ya no necesito material. Quiero darme de baja del {club} y cerrar la cuenta. Gracias, {name}",
        )
    ],
    "pt": [
        (
            "Cancelamento Club",
            "Olá, a minha filha acabou a faculdade e já não preciso de material. Quero cancelar o {club} e fechar a conta. Obrigada, {name}",
        )
    ],
    "en": [
        (
            "Cancel Club",
            "Hi, I've gone back to the office full time and the home printer's going to the tip. Please cancel my {club} membership and close my account. Thanks, {name}",
        )
    ],
}
CANCEL_REPLY: dict[str, tuple[str, str]] = {
    "it": (
        "Re: disdetta",
        "Gentile {name},\nci dispiace vederla andare via. Può disdire il Club e chiudere l'account da sola nell'app o sul sito, in 'Profilo' > 'Abbonamento'.\n{agent} – {brand}",
    ),
    "fr": (
        "Re : résiliation",
        "Bonjour {name},\nnous sommes tristes de vous voir partir. Vous pouvez résilier le Club et fermer le compte vous-même dans l'appli ou sur le site, 'Profil' > 'Abonnement'.\n{agent}, {brand}",
    ),
    "de": (
        "Re: Kündigung",
        "Guten Tag {name},\nschade, dass Sie gehen. Sie können den Club in der App oder auf der Website unter 'Profil' > 'Abo' selbst kündigen.\n{agent}, {brand}",
    ),
    "es": (
        "Re: baja",
        "Hola {name},\nsentimos que te vayas. Puedes darte de baja tú misma en la app o en la web, en 'Perfil' > 'Suscripción'.\n{agent}, {brand}",
    ),
    "pt": (
        "Re: cancelamento",
        "Olá {name},\nlamentamos vê-la partir. Pode cancelar na app ou no site, em 'Perfil' > 'Subscrição'.\n{agent}, {brand}",
    ),
    "en": (
        "Re: cancel",
        "Hi {name},\nsorry to see you go. You can cancel the Club and close the account yourself in the app or on the website, under 'Profile' > 'Membership'.\n{agent}, {brand}",
    ),
}

GRUMBLE: dict[str, list[str]] = {
    "it": [
        "L'app mi slogga ogni volta che chiudo il telefono. Ogni volta la password.",
        "Tre mail di offerte al giorno anche se ho tolto la spunta. Basta.",
        "Fascia di consegna 8-18. Dieci ore chiusa in casa per un pacco di penne.",
        "Una gomma da cancellare in una scatola da scarpe. Sempre così.",
        "Il punto ritiro chiude alle 18, io esco dal lavoro alle 18:30. Utile.",
        "Il carrello si svuota se cambio pagina. Ancora.",
    ],
    "fr": [
        "L'appli me déconnecte dès que je ferme le téléphone. Mot de passe à chaque fois.",
        "Trois mails de promo par jour alors que j'ai décoché. Stop.",
        "Créneau de livraison 8h-18h. Dix heures enfermée pour un paquet de stylos.",
        "Une gomme dans un carton à chaussures. Comme d'hab.",
        "Le relais ferme à 18h, je sors du boulot à 18h30. Pratique.",
        "Le panier se vide quand je change de page. Encore.",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "Drei Werbemails am Tag, obwohl abbestellt.",
        "Lieferfenster 8-18 Uhr. Zehn Stunden warten auf Kugelschreiber.",
        "Ein Radiergummi im Schuhkarton. Wie immer.",
    ],
    "es": [
        "La app me cierra la sesión cada vez. Cada vez.",
        "Tres correos de ofertas al día aunque me di de baja.",
        "Franja de entrega de 8 a 18. Diez horas en casa por unos bolis.",
        "Una goma de borrar en una caja de zapatos. Como siempre.",
    ],
    "pt": [
        "A app faz logout sempre que fecho o telemóvel.",
        "Três emails de promoções por dia mesmo depois de cancelar.",
        "Janela de entrega das 8 às 18. Dez horas em casa por umas canetas.",
        "Uma borracha numa caixa de sapatos. O costume.",
    ],
    "en": [
        "The app logs me out every single time.",
        "Three promo emails a day even though I unsubscribed.",
        "Delivery window 8 till 6. Ten hours in for a pack of biros.",
        "One rubber in a shoebox. As usual.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Ordinato UNA gomma. Arrivata in una scatola dove ci stava il gatto 👏 Bravi per l'ambiente {brand}.",
        'Consegna "entro le 13" arrivata alle 19:50. Giusto in tempo per fare i compiti a mezzanotte 🙃',
    ],
    "fr": [
        "Commandé UNE gomme. Livrée dans un carton où le chat tient debout 👏 Bravo pour la planète {brand}.",
        'Livraison "avant 13h" arrivée à 19h50. Pile à temps pour les devoirs à minuit 🙃',
    ],
    "de": [
        "EIN Radiergummi bestellt. Kam in einem Karton, in den die Katze passt 👏 Toll für die Umwelt, {brand}."
    ],
    "es": ["Pedí UNA goma. Llegó en una caja donde cabe el gato 👏 Muy ecológico {brand}."],
    "pt": ["Encomendei UMA borracha. Veio numa caixa onde cabe o gato 👏 Muito ecológico {brand}."],
    "en": ["Ordered ONE rubber. Arrived in a box the cat fits in 👏 Great for the planet {brand}."],
}

MILD: dict[str, list[tuple[str, str]]] = {
    "it": [
        (
            "Il filtro per modello di stampante non trova la mia Canon, devo cercare a mano.",
            "Grazie della segnalazione, l'abbiamo girata al team del sito. Intanto la sua Canon usa le PG-545.",
        ),
        (
            "La newsletter mi arriva in tedesco anche se ho scelto italiano.",
            "Ci scusiamo, abbiamo corretto la lingua del suo profilo.",
        ),
    ],
    "fr": [
        (
            "Le filtre par imprimante ne trouve pas ma Canon, je dois chercher à la main.",
            "Merci pour le signalement, transmis à l'équipe du site. Votre Canon prend des PG-545.",
        ),
        (
            "La newsletter arrive en allemand alors que j'ai choisi le français.",
            "Désolés, la langue de votre profil est corrigée.",
        ),
    ],
    "de": [
        (
            "Die Newsletter kommen auf Italienisch, obwohl Deutsch eingestellt ist.",
            "Entschuldigung, die Sprache ist korrigiert.",
        )
    ],
    "es": [
        (
            "El filtro de impresoras no encuentra mi Canon.",
            "Gracias, lo pasamos al equipo web. Tu Canon usa PG-545.",
        )
    ],
    "pt": [
        (
            "O filtro por impressora não encontra a minha Canon.",
            "Obrigado, já passámos à equipa do site. A sua Canon usa PG-545.",
        )
    ],
    "en": [
        (
            "The printer filter can't find my Canon, I have to search by hand.",
            "Thanks, passed to the web team. Your Canon takes PG-545.",
        )
    ],
}

# The spike: the checkout fails at payment with {code} and the basket empties.
SPIKE_CODE = "BSK-617"
SPIKE: dict[str, list[str]] = {
    "it": [
        'Provo a pagare e mi esce "errore {code}", il carrello si svuota. Già tre volte. {brand} che succede?',
        "Pagamento impossibile, {code} e carrello vuoto. Avevo dentro tutti i regali di Natale per le maestre.",
        "ma solo a me il checkout dà {code}?? ho rifatto il carrello due volte",
        "Stasera da {brand} non si riesce a pagare: codice {code}, e ogni volta devo rimettere tutto nel carrello. Ci rinuncio.",
        "{code} {code} {code}... sono mezz'ora che provo a pagare dall'app. Carta valida, ho controllato con la banca.",
        "Buonasera, al momento del pagamento compare {code} e l'ordine sparisce. Posso ordinare per telefono?",
    ],
    "fr": [
        'Impossible de payer, "erreur {code}" et le panier se vide. Trois fois de suite. {brand} ça se passe comment ?',
        "Paiement bloqué, {code}, panier vide. J'avais tous les cadeaux de Noël de la classe dedans.",
        "c'est moi ou le paiement plante avec {code} ?? panier refait deux fois",
        "Ce soir chez {brand} on ne peut pas payer : code {code}, et à chaque fois je dois tout remettre dans le panier. J'abandonne.",
        "Bonsoir, au moment de payer j'ai {code} et la commande disparaît. On peut commander par téléphone ?",
        "{code} encore et encore, ça fait une demi-heure que j'essaie depuis l'appli. Ma carte marche, j'ai vérifié avec la banque.",
    ],
    "de": [
        "Bezahlen geht nicht, Fehler {code} und der Warenkorb ist leer. {brand}??",
        "Seit zwanzig Minuten versuche ich zu zahlen, immer {code}, Warenkorb weg. Karte ist in Ordnung.",
    ],
    "es": [
        "No puedo pagar, sale error {code} y se vacía la cesta. {brand} qué pasa?",
        "Llevo veinte minutos intentando pagar y siempre {code}, la cesta se borra. La tarjeta está bien.",
    ],
    "pt": [
        "Não consigo pagar, dá erro {code} e o carrinho fica vazio. {brand} o que se passa?",
        "Há vinte minutos que tento pagar e sempre {code}, o carrinho desaparece. O cartão está bom.",
    ],
    "en": [
        "Can't pay, checkout throws error {code} and empties my basket. {brand} what's going on?",
        "Twenty minutes trying to pay and it's {code} every time, basket wiped. Card is fine, checked with the bank.",
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "it": "Ancora {code}, anche dal computer e con un'altra carta.",
    "fr": "Toujours {code}, même depuis l'ordi et avec une autre carte.",
    "de": "Immer noch {code}, auch am Laptop und mit anderer Karte.",
    "es": "Sigue el {code}, también desde el ordenador y con otra tarjeta.",
    "pt": "Continua o {code}, também no computador e com outro cartão.",
    "en": "Still {code}, on the laptop too and with another card.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "it": "Sì, in questo momento il pagamento non va per nessuno, i nostri tecnici ci stanno lavorando.",
    "fr": "Oui, le paiement est en panne pour tout le monde en ce moment, nos techniciens sont dessus.",
    "de": "Ja, der Bezahlvorgang fällt gerade bei allen aus, unsere Technik ist dran.",
    "es": "Sí, ahora mismo el pago falla para todos, nuestros técnicos están en ello.",
    "pt": "Sim, neste momento o pagamento falha para todos, os técnicos estão a tratar.",
    "en": "Yes, checkout is failing for everyone right now, our engineers are on it.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "it": (
        "Pagamento di nuovo attivo",
        "Gentile {name},\nil pagamento funziona di nuovo dalle {when}. Per il disagio le abbiamo caricato un buono di {amt} sull'account.\n{agent} – {brand}",
    ),
    "fr": (
        "Paiement rétabli",
        "Bonjour {name},\nle paiement fonctionne de nouveau depuis {when}. Pour la gêne, un bon de {amt} a été ajouté à votre compte.\n{agent}, {brand}",
    ),
    "de": (
        "Bezahlen geht wieder",
        "Guten Tag {name},\nder Bezahlvorgang funktioniert seit {when} Uhr wieder. Als Entschuldigung haben wir Ihnen {amt} gutgeschrieben.\n{agent}, {brand}",
    ),
    "es": (
        "Pago restablecido",
        "Hola {name},\nel pago vuelve a funcionar desde las {when}. Por las molestias te hemos añadido un vale de {amt}.\n{agent}, {brand}",
    ),
    "pt": (
        "Pagamento restabelecido",
        "Olá {name},\no pagamento voltou a funcionar desde as {when}. Pelo incómodo, acrescentámos um vale de {amt}.\n{agent}, {brand}",
    ),
    "en": (
        "Checkout back up",
        "Hi {name},\ncheckout has been working again since {when}. For the trouble we've added a {amt} voucher to your account.\n{agent}, {brand}",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "it": (
        "Ieri sera la pagina di pagamento ci ha messo un po' a caricarsi, poi è andata. L'ordine è partito giusto?",
        "Sì, l'ordine è registrato e parte oggi: il caricamento lento era solo la sua connessione.",
    ),
    "fr": (
        "Hier soir la page de paiement a mis du temps à charger, puis c'est passé. La commande est bien partie ?",
        "Oui, la commande est bien enregistrée et part aujourd'hui.",
    ),
}
GRUMBLE_ONCE_SPIKE: dict[str, tuple[str, str]] = {
    "it": (
        "La ricerca sul sito oggi è lentissima, ci mette dieci secondi per ogni parola.",
        "Ci scusiamo, stiamo aggiornando il motore di ricerca: entro stasera torna normale.",
    ),
    "fr": (
        "La recherche sur le site rame aujourd'hui, dix secondes par mot.",
        "Désolés, mise à jour du moteur de recherche en cours, ça rentre dans l'ordre ce soir.",
    ),
}

SPIKE_SUBJECT: dict[str, str] = {
    "it": "Errore {code} al pagamento",
    "fr": "Erreur {code} au paiement",
    "de": "Fehler {code} beim Bezahlen",
    "es": "Error {code} al pagar",
    "pt": "Erro {code} no pagamento",
    "en": "Error {code} at checkout",
}

NOTE_SUBJECT: dict[str, str] = {
    "it": "Segnalazione",
    "fr": "Remarque",
    "de": "Hinweis",
    "es": "Aviso",
    "pt": "Aviso",
    "en": "Feedback",
}
