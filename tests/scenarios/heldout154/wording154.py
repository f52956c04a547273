"""Wording of heldout154 (Cornisola: picture framing, shops and online, with Cornisola Pro)."""
# ruff: noqa: E501

from __future__ import annotations

BRAND = "Cornisola"
COMPETITORS = ("Rahmwerk", "Bordatto")
LANGS = ("pt", "de", "en", "fr", "it", "es")

PRODUCTS = (
    ("Oak frame 30x40 with mat", "64.90"),
    ("Black aluminium frame 50x70", "89.00"),
    ("Float frame 40x50", "112.50"),
    ("Museum glass upgrade 50x70", "48.00"),
    ("Canvas stretching 60x90", "75.00"),
    ("Shadow box for a football shirt", "149.00"),
)

PROBLEMS = {
    "cracked_glass": {
        "pt": "o vidro da moldura chegou partido num canto",
        "de": "das Glas im Rahmen war an einer Ecke gesprungen",
        "en": "the glass in the frame arrived cracked across one corner",
        "fr": "le verre du cadre est arrivé fêlé dans un coin",
        "it": "il vetro della cornice è arrivato crepato in un angolo",
        "es": "el cristal del marco llegó rajado en una esquina",
    },
    "off_centre": {
        "pt": "o passe-partout foi cortado torto, a gravura está toda descentrada",
        "de": "das Passepartout ist schief geschnitten, der Druck sitzt völlig daneben",
        "en": "the mount was cut crooked and the print sits way off centre",
        "fr": "le passe-partout est coupé de travers, la gravure est décentrée",
        "it": "il passe-partout è tagliato storto, la stampa è tutta decentrata",
        "es": "el paspartú está cortado torcido y la lámina queda descentrada",
    },
    "wrong_moulding": {
        "pt": "encomendei nogueira e veio uma moldura branca lacada",
        "de": "ich hatte Nussbaum bestellt und bekomme einen weiß lackierten Rahmen",
        "en": "I ordered walnut and got a white lacquered frame",
        "fr": "j'avais commandé du noyer et je reçois un cadre laqué blanc",
        "it": "avevo ordinato noce ed è arrivata una cornice laccata bianca",
        "es": "pedí nogal y me llega un marco lacado en blanco",
    },
    "refund": {
        "pt": "o reembolso da encomenda cancelada ainda não apareceu",
        "de": "die Erstattung für den stornierten Auftrag ist immer noch nicht da",
        "en": "the refund for my cancelled order still hasn't arrived",
        "fr": "le remboursement de la commande annulée n'est toujours pas arrivé",
        "it": "il rimborso dell'ordine annullato non è ancora arrivato",
        "es": "el reembolso del pedido cancelado sigue sin llegar",
    },
    "glass_charged": {
        "pt": "paguei vidro museu e puseram vidro normal, brilha tudo",
        "de": "ich habe Museumsglas bezahlt und es ist normales Glas drin, alles spiegelt",
        "en": "I paid for museum glass and got ordinary glass, it reflects everything",
        "fr": "j'ai payé du verre musée et c'est du verre ordinaire, tout se reflète",
        "it": "ho pagato il vetro museale e c'è vetro normale, riflette tutto",
        "es": "pagué cristal de museo y han puesto cristal normal, refleja todo",
    },
    "creased_art": {
        "pt": "o desenho da minha avó voltou com um vinco ao meio",
        "de": "die Zeichnung meiner Oma kam mit einem Knick in der Mitte zurück",
        "en": "my grandmother's drawing came back with a crease down the middle",
        "fr": "le dessin de ma grand-mère est revenu avec un pli au milieu",
        "it": "il disegno di mia nonna è tornato con una piega nel mezzo",
        "es": "el dibujo de mi abuela volvió con un doblez en el centro",
    },
}

PRAISE = {
    "pt": [
        "Fui buscar a moldura da fotografia do casamento dos meus pais à {b}, ficou linda, a minha mãe chorou",
        "obrigada {b}! o poster do concerto ficou com ar de museu, adorei o passe-partout cinzento",
        "Segunda vez que emolduro na {b} e outra vez impecável. Muito bom atendimento na loja do Porto",
    ],
    "de": [
        "Der Rahmen für das Aquarell meiner Tochter ist fertig, {b} hat das wirklich schön gemacht",
        "Schon wieder top beraten worden bei {b}, die Dame hat mir die Eiche statt Alu empfohlen, passt perfekt",
        "Dritter Auftrag bei {b} und immer noch begeistert. Schnell, sauber, ordentlich verpackt",
    ],
    "en": [
        "Collected my dad's old map from {b} today, the float frame is gorgeous",
        "third time framing with {b} and still the nicest shop staff in town",
    ],
    "fr": ["Très contente du cadre chêne pour l'affiche de mon fils, merci {b}"],
    "it": ["Cornice per la stampa giapponese perfetta, grazie {b}, consigliatissimi"],
    "es": ["Mi lámina de Sorolla con el marco de {b} ha quedado preciosa"],
}

PRAISE_GRIPE = {
    "pt": [
        "Moldura perfeita, so o papel de embrulho era um exagero, tanto plastico. De resto 5 estrelas"
    ],
    "de": [
        "Sehr schöner Rahmen, nur die Aufhängung musste ich selbst nachkaufen. Sonst alles prima"
    ],
    "en": [
        "Lovely job on the print, only wish the collection slot wasn't 10-12 only. Still recommend"
    ],
    "fr": ["Cadre magnifique, juste dommage que le suivi par mail soit si lent"],
    "it": ["Lavoro splendido, solo il parcheggio davanti al negozio è un incubo"],
    "es": ["Marco perfecto, solo que el papel de burbujas sobraba. Por lo demás genial"],
}

QUESTION = {
    "pt": [
        (
            "Bom dia, conseguem emoldurar uma camisola de futebol autografada?",
            "Bom dia! Sim, com a caixa de profundidade (shadow box). Pode trazer à loja ou encomendar online.",
        ),
        (
            "ola, quanto tempo demora uma moldura por medida?",
            "Olá! Normalmente 5 a 7 dias úteis, com vidro museu mais 2 dias.",
        ),
    ],
    "de": [
        (
            "Hallo, kann ich mein Bild auch per Post schicken oder muss ich in den Laden?",
            "Hallo! Beides geht, wir schicken Ihnen gern eine Versandbox mit Polsterung.",
        ),
        (
            "Was ist der Unterschied zwischen Museumsglas und Acrylglas?",
            "Museumsglas entspiegelt und filtert 99 % UV, Acryl ist leichter und bruchsicher.",
        ),
    ],
    "en": [
        (
            "Hi, do you do conservation mounting for old photos?",
            "Hi! Yes, acid-free mount and hinges, just tick conservation in the order.",
        )
    ],
    "fr": [
        (
            "Bonjour, vous encadrez des puzzles de 1000 pièces ?",
            "Bonjour ! Oui, jusqu'à 70x100, avec colle spéciale fournie.",
        )
    ],
    "it": [
        (
            "Salve, fate cornici su misura anche per specchi?",
            "Salve! Sì, ci mandi le misure e scegliamo insieme il profilo.",
        )
    ],
    "es": [
        (
            "Hola, ¿puedo recoger el marco otro día que no sea el indicado?",
            "¡Hola! Sí, lo guardamos 30 días en tienda.",
        )
    ],
}
THANKS = {
    "pt": "obrigado!",
    "de": "Danke, super",
    "en": "great thanks",
    "fr": "merci !",
    "it": "grazie mille",
    "es": "gracias!",
}

BAD_DAY = {
    "pt": [
        "Isto é inaceitável: {p}. Paguei {amt} € e ninguém atende o telefone. Quero solução JÁ",
        "estou mesmo furiosa, {p}, era um presente de aniversario para amanha",
    ],
    "de": [
        "Das ist eine Frechheit: {p}. {amt} € bezahlt und so eine Arbeit. Ich erwarte eine Lösung",
        "UNGLAUBLICH. {p}. Und das Geschenk war für morgen",
    ],
    "en": ["Really disappointed, {p}. Paid £{amt} for this"],
    "fr": ["Inadmissible : {p}. J'ai payé {amt} €"],
    "it": ["Vergognoso, {p}. Pagati {amt} € per questo"],
    "es": ["Es una vergüenza, {p}. He pagado {amt} € por esto"],
}
LONG_LETTER = {
    "pt": "Exmos. Senhores,\n\nsou cliente da {b} há vários anos e sempre recomendei a loja a amigos. Escrevo porque desta vez {p}. A peça era importante para a família e tinha combinado entregá-la no sábado.\n\nPeço que me digam o que vão fazer e quando.\n\nCom os melhores cumprimentos",
    "de": "Sehr geehrte Damen und Herren,\n\nich lasse seit Jahren bei {b} rahmen und war immer angetan. Heute muss ich mich leider beschweren, denn {p}. Das Bild ist ein Familienstück und sollte am Wochenende verschenkt werden.\n\nBitte teilen Sie mir mit, wie Sie das lösen.\n\nMit freundlichen Grüßen",
}
CASE_OPENED = {
    "pt": "Lamentamos muito. Abrimos o processo {case} e a equipa da oficina vai contactá-lo hoje.",
    "de": "Das tut uns sehr leid. Wir haben den Vorgang {case} angelegt, die Werkstatt meldet sich heute.",
    "en": "We're very sorry. Case {case} is open and our workshop will be in touch today.",
    "fr": "Nous sommes désolés. Le dossier {case} est ouvert, l'atelier vous recontacte aujourd'hui.",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {case}, il laboratorio la ricontatta oggi.",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {case} y el taller le contactará hoy.",
}
GOOD_NEWS = {
    "pt": "Boas notícias sobre o processo {case}: a peça foi refeita/o valor foi devolvido. Pode confirmar que está tudo bem?",
    "de": "Gute Nachrichten zu Vorgang {case}: alles ist korrigiert. Können Sie kurz bestätigen?",
    "en": "Good news on case {case}: it's been put right. Could you confirm all is well?",
    "fr": "Bonne nouvelle pour le dossier {case} : c'est corrigé. Pouvez-vous confirmer ?",
    "it": "Buone notizie sulla pratica {case}: è tutto sistemato. Può confermare?",
    "es": "Buenas noticias sobre la incidencia {case}: ya está solucionado. ¿Nos lo confirma?",
}
APOLOGY = {
    "pt": "Peço desculpa pelo tom de ontem, estava nervosa. Obrigada por resolverem tão depressa",
    "de": "Sorry für meinen Ton gestern, war einfach gestresst. Danke für die schnelle Hilfe",
    "en": "Sorry for snapping yesterday, thanks for sorting it so quickly",
    "fr": "Désolée pour mon message d'hier, merci d'avoir réglé ça si vite",
    "it": "Scusate per ieri, ero nervoso. Grazie per la rapidità",
    "es": "Perdón por el tono de ayer. Gracias por resolverlo tan rápido",
}
CONFIRM = {
    "pt": "Confirmo, processo {case} resolvido, está perfeito. Obrigado",
    "de": "Bestätige: Vorgang {case} ist erledigt, alles gut. Danke",
    "en": "Confirmed, case {case} sorted, thank you",
    "fr": "Je confirme, dossier {case} réglé. Merci",
    "it": "Confermo, pratica {case} risolta. Grazie",
    "es": "Confirmo, incidencia {case} resuelta. Gracias",
}
REPEAT = {
    "pt": [
        "Processo {case}: continua tudo igual, {p}. Ninguém me ligou",
        "terceira vez que escrevo sobre o {case}. Uma colega emoldura na {comp} e lá resolvem no mesmo dia",
        "QUARTA vez. Processo {case} continua aberto. {p}",
    ],
    "de": [
        "Vorgang {case}: immer noch nichts passiert, {p}. Kein Rückruf",
        "Zum dritten Mal wegen {case}. Ich habe mir angesehen, was {comp} verlangt, und das ist günstiger",
        "VIERTES Mal. {case} ist immer noch offen. {p}",
    ],
    "en": [
        "Case {case} still open, {p}",
        "Third time about {case}. A friend uses {comp} and they fix things the same day",
        "FOURTH time. {case}, still nothing",
    ],
    "fr": [
        "Dossier {case} toujours ouvert, {p}",
        "Troisième fois pour {case}. Une amie passe par {comp}, ils règlent ça le jour même",
        "QUATRIÈME fois. {case} toujours rien",
    ],
    "it": [
        "Pratica {case} ancora aperta, {p}",
        "Terza volta per {case}. Un collega va da {comp} e risolvono in giornata",
        "QUARTA volta. {case} ancora niente",
    ],
    "es": [
        "Incidencia {case} sigue abierta, {p}",
        "Tercera vez por {case}. Una compañera enmarca en {comp} y lo arreglan en el día",
        "CUARTA vez. {case} y nada",
    ],
}
URGENT = {
    "pt": "Acrescentado ao processo, marcado como urgente.",
    "de": "Zum Vorgang hinzugefügt und als dringend markiert.",
    "en": "Added to your case and marked urgent.",
    "fr": "Ajouté au dossier, marqué urgent.",
    "it": "Aggiunto alla pratica, segnato urgente.",
    "es": "Añadido a su incidencia, marcado como urgente.",
}
SLIDE = {
    "pt": [
        "a moldura demorou 12 dias em vez de 5, ninguém avisou",
        "o vidro vinha com dedadas por dentro. Tive de voltar à loja",
        "agora pedem fotografia de cada canto para aceitar reclamação?",
        "a recolha em loja passou a ser só 10h-12h. Que piada",
        "cobraram 25 € de 'taxa de manuseamento' por um desenho A4. CHEGA",
        "o meu cunhado emoldura tudo na {comp}. Vou levar o resto dos quadros para lá",
    ],
    "de": [
        "Rahmen hat 12 statt 5 Tage gedauert, ohne Info",
        "Fingerabdrücke innen auf dem Glas. Musste nochmal hin",
        "jetzt soll ich für jede Reklamation Fotos von allen Ecken schicken?",
        "Abholung nur noch 10-12 Uhr. Super Service",
        "25 € 'Handlingsgebühr' für eine A4-Zeichnung. Mir reicht es",
        "mein Schwager lässt alles bei {comp} rahmen. Die restlichen Bilder bringe ich dorthin",
    ],
    "en": [
        "frame took 12 days not 5, no word",
        "fingerprints inside the glass, had to go back",
        "now they want photos of every corner for a claim?",
        "collection only 10-12 now. great",
        "£22 'handling fee' for an A4 drawing. enough",
        "my brother-in-law frames everything at {comp}. taking the rest there",
    ],
    "fr": [
        "12 jours au lieu de 5, sans prévenir",
        "traces de doigts sous le verre",
        "des photos de chaque coin pour une réclamation ?",
        "retrait seulement 10h-12h",
        "25 € de 'frais de manutention' pour un A4. ça suffit",
        "mon beau-frère fait tout encadrer chez {comp}. j'y vais",
    ],
    "it": [
        "12 giorni invece di 5, senza avviso",
        "impronte sotto il vetro",
        "foto di ogni angolo per un reclamo?",
        "ritiro solo 10-12",
        "25 € di 'gestione' per un A4. basta",
        "mio cognato incornicia tutto da {comp}. porto lì il resto",
    ],
    "es": [
        "12 días en vez de 5, sin avisar",
        "huellas por dentro del cristal",
        "¿fotos de cada esquina para reclamar?",
        "recogida solo de 10 a 12",
        "25 € de 'gestión' por un A4. Basta",
        "mi cuñado enmarca todo en {comp}. llevo allí lo demás",
    ],
}
CANCEL = {
    "pt": "Olá, mudei-me para um T1 sem paredes livres e já não vou emoldurar nada. Quero cancelar o Cornisola Club e fechar a conta, por favor",
    "de": "Hallo, ich ziehe ins Tiny House und habe keinen Platz mehr für Bilder. Bitte Cornisola Club kündigen und Konto schließen",
    "en": "Hi, moving abroad and selling most things. Please cancel my Cornisola Club and close the account",
    "fr": "Bonjour, je déménage et n'encadrerai plus rien. Merci de résilier le Cornisola Club et fermer mon compte",
    "it": "Salve, mi trasferisco e non incornicerò più. Vorrei disdire il Cornisola Club e chiudere l'account",
    "es": "Hola, me mudo y ya no enmarcaré nada. Quiero cancelar Cornisola Club y cerrar la cuenta",
}
SORRY_GO = {
    "pt": "Lamentamos vê-lo partir. Pode cancelar na app ou no site, em Conta > Club.",
    "de": "Schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Club kündigen.",
    "en": "Sorry to see you go. You can cancel in the app or on the website under Account > Club.",
    "fr": "Désolés de vous voir partir. Résiliation dans l'app ou sur le site, Compte > Club.",
    "it": "Ci dispiace. Può disdire nell'app o sul sito, Account > Club.",
    "es": "Sentimos que se vaya. Puede cancelar en la app o en la web, Cuenta > Club.",
}
GRUMBLE = {
    "pt": [
        "a app da {b} pede login sempre",
        "parque da loja de Lisboa sempre cheio",
        "porque e que o catalogo de molduras nao tem filtro por cor?",
    ],
    "de": [
        "Die {b} App loggt mich jedes Mal aus",
        "Warteschlange im Laden am Samstag wieder 30 Minuten",
        "Warum gibt es die Passepartouts nur in 5 Farben",
    ],
    "en": ["{b} app logs me out every single time"],
    "fr": ["l'app {b} me déconnecte tout le temps"],
    "it": ["app {b} mi butta fuori ogni volta"],
    "es": ["la app de {b} me saca cada vez"],
}
SARCASM = {
    "pt": "Adoro esperar 40 minutos na loja ao sábado para levantar UMA moldura 👏",
    "de": "Toll, 'Express'-Rahmung in nur 14 Tagen 👏",
    "en": "love paying for express framing that takes two weeks 🙃",
    "fr": "Super le cadre 'express' en deux semaines 👏",
    "it": "Bellissima la cornice 'express' in due settimane 👏",
    "es": "Genial el enmarcado 'exprés' de dos semanas 👏",
}
NIGHT = {
    "pt": [
        "3 da manha e eu a pendurar as molduras novas da {b} no corredor, nao consigo dormir",
        "turno da noite no hospital, aproveito para encomendar a moldura do diploma",
    ],
    "de": [
        "Nachtschicht vorbei, noch schnell den Rahmen für das Abi-Zeugnis bestellt",
        "2 Uhr nachts und die Galeriewand ist endlich fertig, danke {b}",
    ],
    "en": ["2am and the gallery wall is finally done, cheers {b}"],
    "fr": ["insomnie, j'ai fini d'accrocher mes cadres {b} à 3h"],
    "it": ["notte insonne, finalmente appese le cornici {b}"],
    "es": ["las 3 y colgando los marcos de {b}, no puedo dormir"],
}
MILD = {
    "pt": "a pesquisa de lojas mostra a loja de Braga como aberta ao domingo, mas esta fechada",
    "de": "kleine Sache: die Filialsuche zeigt Öffnungszeiten vom Sommer",
    "en": "minor thing: store finder still shows summer hours",
    "fr": "petit détail : la recherche de magasin affiche les horaires d'été",
    "it": "piccola cosa: il cerca-negozi mostra gli orari estivi",
    "es": "pequeña cosa: el buscador de tiendas muestra horario de verano",
}

# Business arm (Cornisola Pro: hotels, offices, galleries, clinics).
B2B_PROBLEM = {
    "invoice": {
        "pt": "a fatura vem sem o número de encomenda (PO) e a contabilidade devolve-a",
        "de": "die Rechnung hat keine Bestellnummer (PO), unsere Buchhaltung weist sie zurück",
        "en": "the invoice has no PO number and accounts payable rejects it",
        "fr": "la facture n'a pas de numéro de bon de commande",
        "it": "la fattura non ha il numero d'ordine",
        "es": "la factura no lleva número de pedido",
    },
    "portal": {
        "pt": "o portal Pro não mostra as encomendas em curso",
        "de": "das Pro-Portal zeigt keine offenen Aufträge mehr",
        "en": "the Pro portal shows no open orders",
        "fr": "le portail Pro n'affiche aucune commande en cours",
        "it": "il portale Pro non mostra gli ordini aperti",
        "es": "el portal Pro no muestra pedidos abiertos",
    },
    "overbilled": {
        "pt": "faturaram preço de loja em vez do preço de contrato por volume",
        "de": "uns wurde Ladenpreis statt Rahmenvertragspreis berechnet",
        "en": "we were billed shop prices instead of our contract rate",
        "fr": "on nous facture le prix magasin au lieu du tarif contrat",
        "it": "ci fatturano prezzo negozio invece del prezzo contratto",
        "es": "nos cobran precio tienda en vez de la tarifa de contrato",
    },
    "install_missed": {
        "pt": "a equipa de montagem não apareceu para pendurar os quadros dos quartos",
        "de": "das Montageteam ist zum Aufhängen der Zimmerbilder nicht erschienen",
        "en": "the hanging crew never turned up for the room artwork",
        "fr": "l'équipe d'accrochage n'est pas venue",
        "it": "la squadra di montaggio non si è presentata",
        "es": "el equipo de montaje no se presentó",
    },
}
B2B_FIRST = {
    "pt": "Bom dia, escrevo em nome da {co}: {p}. Precisamos disto resolvido esta semana.",
    "de": "Guten Tag, ich schreibe für {co}: {p}. Wir brauchen das diese Woche gelöst.",
    "en": "Hello, writing for {co}: {p}. We need this fixed this week.",
    "fr": "Bonjour, pour {co} : {p}. Il nous faut une solution cette semaine.",
    "it": "Buongiorno, scrivo per {co}: {p}. Serve una soluzione questa settimana.",
    "es": "Buenos días, escribo por {co}: {p}. Necesitamos solución esta semana.",
}
B2B_LATER = {
    "pt": "O meu colega {first} já escreveu {when} sobre o processo {case}: {p}. Continua igual.",
    "de": "Mein Kollege {first} hat schon {when} zu Vorgang {case} geschrieben: {p}. Unverändert.",
    "en": "My colleague {first} already wrote {when} about case {case}: {p}. Same again.",
    "fr": "Mon collègue {first} a déjà écrit {when} pour le dossier {case} : {p}. Rien ne change.",
    "it": "Il mio collega {first} ha già scritto {when} per la pratica {case}: {p}. Niente.",
    "es": "Mi compañero {first} ya escribió {when} por la incidencia {case}: {p}. Sigue igual.",
}
B2B_LAST_CALL = {
    "pt": "sim bom dia liguei por causa do processo {case} ainda nada esta resolvido ja escreveram varios colegas o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "de": "ja guten tag es geht um vorgang {case} es ist immer noch nichts gelöst mehrere kollegen haben geschrieben mein chef sagt wir wechseln den anbieter wenn das diese woche nicht klappt",
    "en": "yes hi calling about case {case} still nothing fixed several colleagues wrote my boss says we move the account if it isn't fixed this week",
    "fr": "oui bonjour c'est pour le dossier {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur",
    "it": "sì buongiorno chiamo per la pratica {case} ancora niente diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore",
    "es": "sí buenos días llamo por la incidencia {case} sigue sin resolverse varios compañeros han escrito mi jefe dice que cambiamos de proveedor",
}
B2B_MILD = {
    "pt": "Sugestão: seria útil exportar os custos por centro de custo no portal.",
    "de": "Vorschlag: Kosten im Portal nach Kostenstelle exportieren wäre praktisch.",
    "en": "Suggestion: exporting costs by cost centre in the portal would help.",
    "fr": "Suggestion : exporter les coûts par centre de coût serait utile.",
    "it": "Suggerimento: esportare i costi per centro di costo sarebbe utile.",
    "es": "Sugerencia: exportar costes por centro de coste sería útil.",
}
B2B_PRAISE = {
    "pt": "Os quadros do lobby ficaram fantásticos, obrigado à equipa Cornisola Pro",
    "de": "Die Bilder im Foyer sehen großartig aus, danke an das Cornisola Pro Team",
    "en": "Lobby artwork looks fantastic, thanks Cornisola Pro team",
    "fr": "Les cadres du hall sont superbes, merci Cornisola Pro",
    "it": "Le cornici della hall sono splendide, grazie Cornisola Pro",
    "es": "Los cuadros del vestíbulo han quedado geniales, gracias Cornisola Pro",
}
B2B_Q = {
    "pt": (
        "Podem enviar orçamento para 40 molduras iguais 30x40?",
        "Claro, envio hoje até às 17h.",
    ),
    "de": (
        "Können Sie ein Angebot für 40 gleiche Rahmen 30x40 schicken?",
        "Gern, das Angebot kommt heute bis 17 Uhr.",
    ),
    "en": ("Could you quote 40 identical 30x40 frames?", "Of course, quote by 5pm today."),
    "fr": ("Un devis pour 40 cadres 30x40 identiques ?", "Bien sûr, devis avant 17h."),
    "it": ("Preventivo per 40 cornici 30x40 uguali?", "Certo, entro le 17."),
    "es": ("¿Presupuesto para 40 marcos 30x40 iguales?", "Claro, antes de las 17h."),
}
