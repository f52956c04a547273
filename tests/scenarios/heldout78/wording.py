# ruff: noqa: E501
"""Consumer wording for heldout78 (Etikora: name labels for households), written from the stories.

Placeholders: {kid} a child's (or parent's) first name, {case} a case reference, {comp} a
competitor, {amt} an amount in the writer's money, {product} a product label, {time} a local time.
"""

from __future__ import annotations

LANGS = ("en", "es", "fr", "de", "it", "pt")

KIDS: dict[str, tuple[str, ...]] = {
    "en": ("Alfie", "Poppy", "Freddie", "Isla", "Harry", "Maisie", "Oscar", "Evie"),
    "es": ("Lucía", "Mateo", "Martina", "Hugo", "Vera", "Leo", "Carmen", "Álvaro"),
    "fr": ("Léa", "Jules", "Chloé", "Théo", "Inès"),
    "de": ("Jonas", "Mia", "Lukas", "Emma", "Ben"),
    "it": ("Giulia", "Tommaso", "Sofia", "Lorenzo", "Aurora"),
    "pt": ("Beatriz", "Tomás", "Leonor", "Duarte", "Matilde"),
}

# (product label, page, price in EUR)
PRODUCTS: tuple[tuple[str, str, float], ...] = (
    ("Iron-on name labels, 100 / Etiquetas termoadhesivas, 100", "/labels/iron-on", 14.90),
    (
        "Stick-on labels for bottles and lunchboxes, 60 / Etiquetas adhesivas para botellas y fiambreras, 60",
        "/labels/stick-on",
        12.50,
    ),
    ("Back-to-school pack / Pack vuelta al cole", "/packs/school", 29.90),
    ("Sew-in woven labels, 50 / Etiquetas tejidas para coser, 50", "/labels/woven", 18.90),
    ("Shoe labels, 24 pairs / Etiquetas para zapatos, 24 pares", "/labels/shoes", 9.90),
    (
        "Care-home clothing labels, 200 / Etiquetas para ropa de residencia, 200",
        "/labels/care-home",
        24.90,
    ),
    ("Fabric name stamp / Sello textil con nombre", "/stamp", 21.50),
    ("Luggage tags, 4 / Etiquetas de maleta, 4", "/labels/luggage", 11.90),
    ("Etikora Club, one year / Etikora Club, un año", "/club", 19.00),
)
PAGES = (
    "/labels/iron-on",
    "/labels/stick-on",
    "/packs/school",
    "/labels/woven",
    "/help/washing",
    "/club",
    "/designer",
    "/labels/shoes",
    "/help/delivery",
)

PRAISE: dict[str, tuple[str, ...]] = {
    "en": (
        "Labelled 3 kids' entire school uniforms in one evening with the Etikora iron-ons. Not one has come off and that's after rugby season. Genuinely life changing for a tired mum",
        "shoutout to Etikora, ordered Tuesday night, labels on the mat Thursday morning and {kid}'s name spelt right for once (it's never spelt right)",
        "The stick-on ones survive the dishwasher!! {kid}'s water bottle has been through about 200 cycles and the label is still there. Etikora you are wizards",
        "My mum's in a care home now and the sew-in labels from Etikora mean her cardigans actually come back from the laundry. Small thing, huge relief",
        "honestly the best £15 I spend all year. Etikora labels on everything, lost property box has nothing of ours in it 🙌",
    ),
    "es": (
        "Las etiquetas de Etikora son lo más. Planchadas en agosto y en junio siguen ahí, con lavadora a 60 y todo. Mi hijo pierde todo menos la ropa jajaja",
        "Pedido el domingo por la noche, el miércoles en el buzón. {kid} eligió el dibujito del dinosaurio y está feliz pegándolo en todo 🦖",
        "Recomiendo Etikora a todas las madres del cole. Las de los zapatos aguantan charcos, arena y recreo, que ya es decir",
        "Mi padre está en una residencia y con las etiquetas cosidas de Etikora ya no vuelve con jerseys de otros. Gracias de verdad",
        "Etiquetas para la fiambrera y la botella, lavavajillas diario desde septiembre y ni se despegan. 10/10",
    ),
    "fr": (
        "Les étiquettes thermocollantes Etikora tiennent au lavage à 60, même après toute une année de cantine. {kid} ne perd plus ses gilets",
        "Commandé lundi, reçu mercredi, posées en 20 minutes. Etikora c'est la rentrée sans stress",
    ),
    "de": (
        "Die Bügeletiketten von Etikora halten wirklich. Kita-Wäsche, 60 Grad, Trockner, alles überlebt. {kid}s Matschhose findet endlich wieder heim",
        "Montag bestellt, Mittwoch im Briefkasten, Namen richtig geschrieben. Etikora, danke!",
    ),
    "it": (
        "Le etichette Etikora per il grembiule di {kid} resistono a tutto, lavatrice a 60 compresa. Consigliatissime a tutte le mamme dell'asilo",
        "Ordinato lunedì sera, arrivato mercoledì. Etichette per borraccia e scarpe perfette",
    ),
    "pt": (
        "As etiquetas da Etikora aguentam tudo, máquina a 60 graus e secador. A roupa do {kid} já não se perde na escola",
        "Encomendei domingo, chegou quarta. Etiquetas para os sapatos e a lancheira impecáveis, recomendo a Etikora",
    ),
}

AGAIN: dict[str, tuple[str, ...]] = {
    "en": (
        "Third year running ordering {kid}'s labels from Etikora. Still not a single one lost. Creature of habit and proud of it",
        "Reordered the stick-ons again, as easy as last time. 4 minutes start to finish on the app",
    ),
    "es": (
        "Tercer año pidiendo las etiquetas del cole a Etikora y otra vez perfectas. No cambio",
        "Otra vez pedido hecho en 3 minutos desde la app, me guarda el nombre y el dibujo del año pasado. Genial",
    ),
    "fr": (
        "Deuxième rentrée avec Etikora, toujours aussi rapide et les étiquettes de l'an dernier tiennent encore",
    ),
    "de": ("Schon das dritte Jahr bei Etikora bestellt, wieder alles tadellos",),
    "it": ("Di nuovo Etikora per il terzo anno, sempre perfette",),
    "pt": ("Mais uma vez Etikora, terceiro ano seguido e sempre impecável",),
}

GRIPE: dict[str, tuple[str, ...]] = {
    "en": (
        "Labels are brilliant as always. Only gripe: the app makes you scroll through 40 fonts every single time, just remember my last one please",
        "Love the iron-ons, but the instructions say 'medium heat' and my iron has dots not words. Got there in the end!",
    ),
    "es": (
        "Encantada con las etiquetas, pero el papel de horno que hay que poner no viene incluido y a las 11 de la noche no tenía. Por lo demás perfecto",
        "Muy bien todo, solo que el envío gratis empieza en 25 € y siempre me quedo en 24,90 jaja",
    ),
    "fr": ("Super étiquettes, juste dommage que le mode d'emploi soit seulement en PDF",),
    "de": ("Top Etiketten, nur die Schriftauswahl in der App ist etwas fummelig",),
    "it": ("Etichette ottime, solo la consegna ci ha messo un giorno in più del previsto",),
    "pt": ("Etiquetas ótimas, só o envio podia ser um bocadinho mais rápido",),
}

# (question, agent's answer)
QA: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "hi can i put the iron on labels on a polyester PE top or will it melt",
            "Hi! Yes, polyester is fine: use the medium setting, no steam, and press for 10 seconds through the baking paper. Avoid nylon swimwear though.",
        ),
        (
            "Do the stick on labels survive the dishwasher? asking for a very clumsy 6yo",
            "They do: they're rated for 500 dishwasher cycles and microwave-safe too. Just stick them on clean and dry, then wait 24 hours before the first wash.",
        ),
        (
            "If I order today will they arrive before Monday?",
            "Orders before 3pm are printed the same day and posted first class, so most arrive in 1-2 working days. Monday should be fine.",
        ),
        (
            "can I have 2 different names on one sheet of 100? twins lol",
            "Of course! Pick 'split sheet' in the designer and you get 50 and 50, same price.",
        ),
    ),
    "es": (
        (
            "Hola, las termoadhesivas se pueden poner en ropa de bebé de algodón orgánico?",
            "¡Hola! Sí, sin problema: plancha a temperatura media, sin vapor, 10 segundos con el papel de horno encima.",
        ),
        (
            "Buenas, si pido hoy llega antes del lunes? empieza el cole",
            "Los pedidos antes de las 15:00 se imprimen el mismo día y suelen llegar en 1-2 días laborables. Llegarías a tiempo.",
        ),
        (
            "puedo poner dos nombres en la misma hoja? son mellizos",
            "¡Claro! En el diseñador elige 'hoja compartida' y te salen 50 y 50 al mismo precio.",
        ),
        (
            "Las de los zapatos aguantan si se mojan?",
            "Sí, son resistentes al agua y al roce. Pégalas en la plantilla limpia y seca y espera un día antes de usarlas.",
        ),
    ),
    "fr": (
        (
            "Bonjour, les étiquettes thermocollantes vont sur la laine?",
            "Bonjour ! Pour la laine, nous conseillons plutôt les étiquettes tissées à coudre ou le tampon textile.",
        ),
        (
            "Si je commande aujourd'hui je les ai pour lundi?",
            "Commandes avant 15h imprimées le jour même, livraison en 1 à 3 jours ouvrés : ça devrait aller.",
        ),
    ),
    "de": (
        (
            "Hallo, kann man die Bügeletiketten auf Funktionswäsche machen?",
            "Hallo! Ja, bei mittlerer Hitze ohne Dampf, 10 Sekunden mit Backpapier. Für Badesachen lieber die Nähetiketten.",
        ),
        (
            "Kommen die bis Montag an wenn ich heute bestelle?",
            "Bestellungen bis 15 Uhr drucken wir noch am selben Tag, meist sind sie in 1-3 Werktagen da.",
        ),
    ),
    "it": (
        (
            "Ciao, le etichette adesive vanno in lavastoviglie?",
            "Ciao! Sì, resistono fino a 500 lavaggi. Applicale su superficie pulita e asciutta e aspetta 24 ore.",
        ),
        (
            "Se ordino oggi arrivano entro lunedì?",
            "Gli ordini entro le 15 partono in giornata, di solito arrivano in 1-3 giorni lavorativi.",
        ),
    ),
    "pt": (
        (
            "Olá, as etiquetas termocolantes dão para fato de treino?",
            "Olá! Sim, ferro em temperatura média, sem vapor, 10 segundos com papel vegetal por cima.",
        ),
        (
            "Se encomendar hoje chegam até segunda?",
            "Encomendas até às 15h saem no próprio dia, normalmente chegam em 1 a 3 dias úteis.",
        ),
    ),
}

THANKS: dict[str, tuple[str, ...]] = {
    "en": ("brilliant thank you!", "perfect thanks 👍", "great, cheers", "thank you!!"),
    "es": ("genial, gracias!", "perfecto mil gracias", "vale gracias 😊", "muchas gracias!!"),
    "fr": ("merci beaucoup !", "parfait merci"),
    "de": ("super danke!", "danke, perfekt"),
    "it": ("grazie mille!", "perfetto grazie"),
    "pt": ("obrigada!", "perfeito, obg"),
}

# (call transcript, agent's follow-up e-mail)
PHONE_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "hi yeah I just wanted to check the care home labels can go in an industrial washer at 90 because my dad's home washes everything really hot",
            "Thanks for calling earlier. As promised: the care-home labels are rated for 90 °C industrial washes and tumble drying. Kind regards, Etikora",
        ),
        (
            "hello I ordered labels for my son but I want to add his shoes to the same parcel can I still do that",
            "Thanks for your call. We've added the shoe labels to your order, it ships together tomorrow. Kind regards, Etikora",
        ),
    ),
    "es": (
        (
            "hola mire quería saber si las etiquetas de residencia aguantan la lavadora industrial a 90 grados es para mi madre",
            "Gracias por su llamada. Como le comentamos, las etiquetas de residencia aguantan lavados industriales a 90 °C y secadora. Un saludo, Etikora",
        ),
        (
            "buenos días he hecho un pedido esta mañana y quería añadir las de los zapatos al mismo envío se puede",
            "Gracias por llamar. Hemos añadido las etiquetas de zapatos a su pedido, sale mañana todo junto. Un saludo, Etikora",
        ),
    ),
    "fr": (
        (
            "bonjour je voulais savoir si les étiquettes pour maison de retraite passent à 90 degrés",
            "Merci pour votre appel. Oui, elles résistent aux lavages industriels à 90 °C. Cordialement, Etikora",
        ),
    ),
    "de": (
        (
            "hallo ich wollte fragen ob die Etiketten fürs Pflegeheim auch 90 Grad Industriewäsche aushalten",
            "Danke für Ihren Anruf. Ja, die Pflegeheim-Etiketten halten 90 °C Industriewäsche aus. Viele Grüße, Etikora",
        ),
    ),
    "it": (
        (
            "buongiorno volevo sapere se le etichette per la casa di riposo reggono il lavaggio a 90 gradi",
            "Grazie per la chiamata. Sì, reggono lavaggi industriali a 90 °C. Cordiali saluti, Etikora",
        ),
    ),
    "pt": (
        (
            "olá queria saber se as etiquetas para o lar aguentam lavagem a 90 graus",
            "Obrigado pela chamada. Sim, aguentam lavagens industriais a 90 °C. Cumprimentos, Etikora",
        ),
    ),
}

REVIEW: dict[str, tuple[str, ...]] = {
    "en": (
        "Does exactly what it says. Stayed on through a whole term of PE kit.",
        "Good labels, quick delivery, would buy again.",
    ),
    "es": (
        "Muy buena calidad, aguantan los lavados. Repetiré.",
        "Rápidas y bonitas, a mi hija le encantan.",
    ),
    "fr": ("Très bonne tenue au lavage, livraison rapide.",),
    "de": ("Halten super, schnelle Lieferung.",),
    "it": ("Ottima qualità, arrivate in fretta.",),
    "pt": ("Ótima qualidade, chegaram rápido.",),
}

SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("great", "easy", "👍", "love them", ""),
    "es": ("genial", "fácil", "👍", "muy bien", ""),
    "fr": ("top", "facile", ""),
    "de": ("super", "einfach", ""),
    "it": ("ottimo", "facile", ""),
    "pt": ("ótimo", "fácil", ""),
}

NIGHT_POST: dict[str, tuple[str, ...]] = {
    "en": (
        "2am and I've just ironed the last label onto 14 pairs of socks. Etikora you've saved me, the kids start tomorrow and nobody will lose anything (famous last words)",
        "night shift on the ward, ordered {kid}'s shoe labels on my break. Etikora app is so easy even at 3am with a coffee",
    ),
    "es": (
        "Las 2 de la mañana y yo planchando etiquetas de Etikora en 5 chándals. Madre del año jajaja, pero quedan ideales",
        "Turno de noche en el hospital y aprovecho el descanso para pedir las etiquetas de {kid}. La app de Etikora va genial",
    ),
    "fr": (
        "1h du matin, dernières étiquettes Etikora collées sur les gourdes. Prête pour la rentrée",
    ),
    "de": ("Halb drei nachts, alle Etiketten von Etikora aufgebügelt. Die Kita kann kommen",),
    "it": (
        "Le 2 di notte e ho finito di attaccare le etichette Etikora su tutto. Pronta per l'asilo",
    ),
    "pt": (
        "Duas da manhã e acabei de passar as etiquetas Etikora na roupa toda. Pronta para a escola",
    ),
}

NIGHT_QA: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "still up labelling, can I iron over a label that's slightly crooked or will it ruin it",
            "Hi! Yes: put the baking paper back on and press 5 more seconds, you can lift and reposition it while it's warm.",
        ),
    ),
    "es": (
        (
            "sigo despierta planchando, si una etiqueta queda torcida se puede volver a planchar?",
            "¡Hola! Sí, pon el papel de horno encima y plancha 5 segundos más, en caliente puedes recolocarla.",
        ),
    ),
    "fr": (
        (
            "encore debout, on peut repasser une étiquette mal posée?",
            "Bonsoir ! Oui, remettez le papier cuisson et repassez 5 secondes, elle se repositionne à chaud.",
        ),
    ),
    "de": (
        (
            "noch wach, kann man ein schief aufgebügeltes Etikett nochmal bügeln?",
            "Hallo! Ja, Backpapier drauf und 5 Sekunden nachbügeln, warm lässt es sich noch verschieben.",
        ),
    ),
    "it": (
        (
            "ancora sveglia, si può ristirare un'etichetta messa storta?",
            "Ciao! Sì, rimetti la carta da forno e stira 5 secondi, da calda si riposiziona.",
        ),
    ),
    "pt": (
        (
            "ainda acordada, posso voltar a passar uma etiqueta que ficou torta?",
            "Olá! Sim, põe o papel vegetal e passa mais 5 segundos, quente ainda se ajeita.",
        ),
    ),
}

# The six consumer problems: short complaints (inbound text), phone versions and topics.
PROBLEMS = ("no_show", "double_charge", "misprint", "refund", "wrong_price", "washout")

PROBLEM: dict[str, dict[str, tuple[str, ...]]] = {
    "no_show": {
        "en": (
            "My order says DELIVERED on Friday. It was not delivered. Nothing in the post, nothing with the neighbours, and school starts and {kid} has no labels on anything.",
            "Tracking says delivered to my letterbox. My letterbox is empty. Where are my labels?",
        ),
        "es": (
            "El pedido pone ENTREGADO desde el viernes y aquí no ha llegado nada. Ni buzón ni vecinos ni nada. {kid} empieza el cole sin una etiqueta.",
            "Pone entregado en el buzón. El buzón está vacío. Dónde están mis etiquetas??",
        ),
        "fr": (
            "La commande est marquée LIVRÉE depuis vendredi, je n'ai rien reçu. Rien dans la boîte aux lettres.",
        ),
        "de": (
            "Die Bestellung steht seit Freitag auf ZUGESTELLT. Hier ist nichts angekommen, auch nicht bei den Nachbarn.",
        ),
        "it": (
            "L'ordine risulta CONSEGNATO da venerdì ma qui non è arrivato niente. Né nella cassetta né dai vicini.",
        ),
        "pt": (
            "A encomenda diz ENTREGUE desde sexta e aqui não chegou nada. Nem na caixa do correio nem nos vizinhos.",
        ),
    },
    "double_charge": {
        "en": (
            "You've charged my card TWICE for the same back-to-school pack. {amt} gone twice, one order. I want the second one back today.",
        ),
        "es": (
            "Me habéis cobrado DOS veces el mismo pack vuelta al cole. {amt} dos veces, un solo pedido. Quiero el segundo cargo devuelto ya.",
            "Doble cargo en la tarjeta por un único pedido de {amt}. Revisadlo por favor que este mes voy justa.",
        ),
        "fr": (
            "Vous avez débité ma carte DEUX fois pour la même commande de {amt}. Je veux le remboursement du second débit.",
        ),
        "de": ("Sie haben meine Karte ZWEIMAL mit {amt} belastet, für eine einzige Bestellung.",),
        "it": (
            "Mi avete addebitato DUE volte lo stesso ordine da {amt}. Rivoglio il secondo addebito.",
        ),
        "pt": (
            "Cobraram-me DUAS vezes a mesma encomenda de {amt}. Quero o segundo pagamento devolvido.",
        ),
    },
    "misprint": {
        "en": (
            "100 labels printed with my daughter's name spelt wrong. I typed {kid}, the proof said {kid}, the labels say something else entirely. Not usable.",
            "The labels arrived and the name is cut off halfway on every single one. 100 labels in the bin.",
        ),
        "es": (
            "Las 100 etiquetas vienen con el nombre MAL escrito. Puse {kid}, la vista previa ponía {kid} y las etiquetas ponen otra cosa. No me sirven para nada.",
            "Me llegan las etiquetas con el nombre cortado por la mitad en todas. A la basura las 100.",
        ),
        "fr": (
            "Les 100 étiquettes sont arrivées avec le prénom mal écrit. J'avais bien tapé {kid}. Inutilisables.",
        ),
        "de": (
            "Alle 100 Etiketten mit falsch geschriebenem Namen. Ich hatte {kid} eingegeben. Unbrauchbar.",
        ),
        "it": (
            "Tutte le 100 etichette con il nome sbagliato. Avevo scritto {kid}. Inutilizzabili.",
        ),
        "pt": (
            "As 100 etiquetas vieram com o nome mal escrito. Eu escrevi {kid}. Não servem para nada.",
        ),
    },
    "refund": {
        "en": (
            "I returned the wrong-colour labels THREE weeks ago with your own prepaid envelope and I'm still waiting for my {amt} refund.",
        ),
        "es": (
            "Devolví las etiquetas hace TRES semanas con vuestro sobre prepagado y los {amt} siguen sin aparecer.",
            "Tres semanas esperando el reembolso de {amt}. Cada vez que pregunto me decís 'en proceso'.",
        ),
        "fr": (
            "J'ai renvoyé les étiquettes il y a TROIS semaines et toujours pas de remboursement de {amt}.",
        ),
        "de": ("Vor DREI Wochen zurückgeschickt und die {amt} sind immer noch nicht erstattet.",),
        "it": ("Ho restituito le etichette TRE settimane fa e ancora nessun rimborso di {amt}.",),
        "pt": ("Devolvi as etiquetas há TRÊS semanas e ainda não recebi o reembolso de {amt}.",),
    },
    "wrong_price": {
        "en": (
            "I pay for Etikora Club and got charged full price AND postage. The 10% and free delivery just didn't happen. What am I paying the membership for?",
        ),
        "es": (
            "Soy del Etikora Club y me habéis cobrado precio normal y encima el envío. Ni el 10% ni envío gratis. Para qué pago la cuota?",
            "Pago el club y el descuento no se aplica. Pedido de {amt} sin descuento ninguno.",
        ),
        "fr": (
            "Je suis membre Etikora Club et j'ai payé plein tarif plus la livraison. Ni remise ni livraison gratuite.",
        ),
        "de": (
            "Ich bin im Etikora Club und habe den vollen Preis plus Versand bezahlt. Kein Rabatt, nichts.",
        ),
        "it": (
            "Sono iscritta all'Etikora Club e ho pagato prezzo pieno più spedizione. Nessuno sconto.",
        ),
        "pt": (
            "Sou do Etikora Club e paguei preço normal mais portes. Nem desconto nem envio grátis.",
        ),
    },
    "washout": {
        "en": (
            "The iron-ons you say last 'forever' came off in the FIRST wash. 30 degrees. Half of {kid}'s uniform now has no name in it and I followed the instructions to the letter.",
            "Labels peeled off after one wash at 30. Every single one. Really not what I paid for.",
        ),
        "es": (
            "Las termoadhesivas que 'duran para siempre' se han despegado en el PRIMER lavado. A 30 grados. Planché siguiendo las instrucciones al pie de la letra.",
            "Primer lavado y todas las etiquetas despegadas. Todas. Así no.",
        ),
        "fr": (
            "Les étiquettes thermocollantes se sont décollées au PREMIER lavage, à 30 degrés. J'ai suivi la notice.",
        ),
        "de": (
            "Die Bügeletiketten sind bei der ERSTEN Wäsche abgegangen, 30 Grad. Ich habe mich genau an die Anleitung gehalten.",
        ),
        "it": (
            "Le etichette termoadesive si sono staccate al PRIMO lavaggio, a 30 gradi. Ho seguito le istruzioni.",
        ),
        "pt": (
            "As etiquetas termocolantes descolaram na PRIMEIRA lavagem, a 30 graus. Segui as instruções.",
        ),
    },
}

PROBLEM_PHONE: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "yeah hi I'm ringing because the app says my labels were delivered on friday and they weren't nothing came and school starts and I've got nothing",
        "es": "hola mire le llamo porque en la app pone que el pedido está entregado desde el viernes y aquí no ha llegado nada y el niño empieza el cole",
        "fr": "bonjour j'appelle parce que ma commande est marquée livrée depuis vendredi et je n'ai rien reçu du tout",
        "de": "ja hallo ich rufe an weil die Bestellung seit Freitag als zugestellt steht und hier ist nichts angekommen",
        "it": "buongiorno chiamo perché l'ordine risulta consegnato da venerdì ma non è arrivato niente",
        "pt": "olá estou a ligar porque a encomenda diz entregue desde sexta e não chegou nada",
    },
    "double_charge": {
        "en": "hi I've been charged twice for one order it's {amt} twice on my card and I need one of them back please",
        "es": "hola me han cobrado dos veces el mismo pedido son {amt} dos veces en la tarjeta y necesito que me devuelvan uno",
        "fr": "bonjour on m'a débité deux fois la même commande {amt} deux fois sur ma carte",
        "de": "hallo mir wurde eine Bestellung zweimal abgebucht {amt} zweimal auf der Karte",
        "it": "buongiorno mi avete addebitato due volte lo stesso ordine {amt} due volte",
        "pt": "olá cobraram-me duas vezes a mesma encomenda {amt} duas vezes no cartão",
    },
    "misprint": {
        "en": "hello the labels came today and the name is spelt wrong on all of them I typed it right I checked the preview and it's wrong on every label",
        "es": "hola me han llegado las etiquetas y el nombre está mal escrito en todas y yo lo puse bien lo comprobé en la vista previa",
        "fr": "bonjour les étiquettes sont arrivées et le prénom est mal écrit sur toutes alors que je l'avais bien tapé",
        "de": "hallo die Etiketten sind da und der Name ist auf allen falsch geschrieben obwohl ich ihn richtig eingegeben habe",
        "it": "buongiorno sono arrivate le etichette e il nome è sbagliato su tutte eppure l'avevo scritto giusto",
        "pt": "olá chegaram as etiquetas e o nome está mal escrito em todas e eu escrevi bem",
    },
    "refund": {
        "en": "hi I sent the labels back three weeks ago in your envelope and I still haven't had the {amt} back",
        "es": "hola devolví las etiquetas hace tres semanas en vuestro sobre y todavía no me han devuelto los {amt}",
        "fr": "bonjour j'ai renvoyé les étiquettes il y a trois semaines et je n'ai toujours pas été remboursée des {amt}",
        "de": "hallo ich habe die Etiketten vor drei Wochen zurückgeschickt und die {amt} sind immer noch nicht da",
        "it": "buongiorno ho rimandato le etichette tre settimane fa e non ho ancora avuto il rimborso di {amt}",
        "pt": "olá devolvi as etiquetas há três semanas e ainda não recebi os {amt}",
    },
    "wrong_price": {
        "en": "hi I'm in the Etikora Club and I've just been charged full price and postage the discount didn't go on at all",
        "es": "hola soy del Etikora Club y me acaban de cobrar precio normal y envío no me ha aplicado el descuento",
        "fr": "bonjour je suis membre du club et on m'a fait payer plein tarif et la livraison",
        "de": "hallo ich bin im Club und mir wurde der volle Preis und Versand berechnet",
        "it": "buongiorno sono iscritta al club e mi avete fatto pagare prezzo pieno e spedizione",
        "pt": "olá sou do clube e cobraram-me preço normal e portes",
    },
    "washout": {
        "en": "hi the iron on labels all came off in the first wash at thirty degrees and I did exactly what the instructions said",
        "es": "hola las etiquetas de planchar se han despegado todas en el primer lavado a treinta grados y las puse como dicen las instrucciones",
        "fr": "bonjour les étiquettes se sont toutes décollées au premier lavage à trente degrés",
        "de": "hallo die Bügeletiketten sind alle bei der ersten Wäsche mit dreißig Grad abgegangen",
        "it": "buongiorno le etichette si sono staccate tutte al primo lavaggio a trenta gradi",
        "pt": "olá as etiquetas descolaram todas na primeira lavagem a trinta graus",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "en": "order marked delivered, never arrived",
        "es": "pedido entregado que no ha llegado",
        "fr": "commande livrée non reçue",
        "de": "Bestellung zugestellt, nie angekommen",
        "it": "ordine consegnato mai arrivato",
        "pt": "encomenda entregue que não chegou",
    },
    "double_charge": {
        "en": "charged twice",
        "es": "cobro duplicado",
        "fr": "double débit",
        "de": "doppelte Abbuchung",
        "it": "doppio addebito",
        "pt": "cobrança duplicada",
    },
    "misprint": {
        "en": "name printed wrong",
        "es": "nombre mal impreso",
        "fr": "prénom mal imprimé",
        "de": "Name falsch gedruckt",
        "it": "nome stampato sbagliato",
        "pt": "nome mal impresso",
    },
    "refund": {
        "en": "refund not received",
        "es": "reembolso sin recibir",
        "fr": "remboursement non reçu",
        "de": "Erstattung fehlt",
        "it": "rimborso mai arrivato",
        "pt": "reembolso não recebido",
    },
    "wrong_price": {
        "en": "Club discount not applied",
        "es": "descuento del Club no aplicado",
        "fr": "remise Club non appliquée",
        "de": "Club-Rabatt fehlt",
        "it": "sconto Club non applicato",
        "pt": "desconto do Club não aplicado",
    },
    "washout": {
        "en": "labels came off in the first wash",
        "es": "etiquetas despegadas al primer lavado",
        "fr": "étiquettes décollées au premier lavage",
        "de": "Etiketten nach erster Wäsche ab",
        "it": "etichette staccate al primo lavaggio",
        "pt": "etiquetas descoladas na primeira lavagem",
    },
}

COMPLAINT_SUBJECT = {
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
CASE_SUBJECT = {
    "en": "Re: Your case ",
    "es": "RE: Incidencia ",
    "fr": "RE : Demande ",
    "de": "AW: Vorgang ",
    "it": "R: Segnalazione ",
    "pt": "RE: Pedido ",
}

LONG_EMAIL: dict[str, tuple[str, ...]] = {
    "en": (
        "Hello,\n\nI'm writing this on my phone in the car park at work because it's the only ten minutes I get to myself this week. We're in the middle of moving my mum into sheltered housing, the boys go back to school on Wednesday and I've been organising everything on lists since July, including ordering from you early so that for once I wasn't doing it the night before.\n\n{complaint}\n\nI've been a customer for about five years and recommended you to half the school WhatsApp group, so I'd really like this put right rather than having to go elsewhere. Could someone please just sort it and tell me when.\n\nThanks,\n{name}",
        "Hi there,\n\nSorry, this is going to be long. My husband is working away all month, my youngest has just started reception and we've had a leak in the kitchen so everything is in boxes. I ordered the labels three weeks ago so it would be one job ticked off.\n\n{complaint}\n\nI know it's not the end of the world, they're name labels, but it's one more thing this week and I don't have the time to chase it. Please can you fix it.\n\nBest wishes,\n{name}",
    ),
    "es": (
        "Hola buenas,\n\nOs escribo desde la sala de espera del fisio de mi madre, que se rompió la cadera en julio y desde entonces voy de casa en casa con los niños, el trabajo y la suya. Hice el pedido con tiempo justamente para no ir con prisas este año.\n\n{complaint}\n\nLlevo años comprando aquí y siempre he estado contenta, por eso me sorprende tanto. Os pido por favor que lo solucionéis cuanto antes y me digáis algo, que no tengo tiempo de estar llamando.\n\nUn saludo,\n{name}",
        "Buenas tardes,\n\nAprovecho que estoy esperando a que salga mi hijo de natación para escribir esto. Estamos de mudanza, la casa llena de cajas, mi marido con turnos de noche y el cole empieza ya. Lo único que quería era tener las etiquetas puestas este finde.\n\n{complaint}\n\nNo es un drama, pero es una cosa más y estoy desbordada. Os agradecería mucho que me lo resolvierais sin tener que insistir.\n\nGracias,\n{name}",
    ),
}

CASE_OPENED: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi {name}, thank you for letting us know and I'm sorry about this. I've opened case {case} and we'll come back to you within 24 hours. Etikora Customer Care",
    ),
    "es": (
        "Hola {name}, gracias por avisarnos y sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te respondemos en menos de 24 horas. Atención al cliente Etikora",
    ),
    "fr": (
        "Bonjour {name}, merci de nous avoir prévenus, nous en sommes désolés. Demande {case} ouverte, nous revenons vers vous sous 24 h. Service client Etikora",
    ),
    "de": (
        "Hallo {name}, danke für Ihre Nachricht, das tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 24 Stunden. Etikora Kundenservice",
    ),
    "it": (
        "Ciao {name}, grazie per la segnalazione e ci scusiamo. Abbiamo aperto la segnalazione {case}, ti rispondiamo entro 24 ore. Servizio clienti Etikora",
    ),
    "pt": (
        "Olá {name}, obrigado pelo aviso e lamentamos. Abrimos o pedido {case} e respondemos em 24 horas. Apoio ao cliente Etikora",
    ),
}
CHAT_CASE: dict[str, str] = {
    "en": "I'm really sorry about that. I've opened case {case} for you and passed it to the team, you'll hear from us by e-mail today.",
    "es": "Lo siento mucho. Te he abierto la incidencia {case} y la he pasado al equipo, hoy te escribimos por e-mail.",
    "fr": "Toutes nos excuses. J'ai ouvert la demande {case}, vous recevrez un e-mail aujourd'hui.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, Sie bekommen heute noch eine E-Mail.",
    "it": "Mi dispiace molto. Ho aperto la segnalazione {case}, oggi ti scriviamo via e-mail.",
    "pt": "Lamento muito. Abri o pedido {case}, hoje recebe um e-mail nosso.",
}
GOOD_NEWS: dict[str, str] = {
    "en": "Hi {name}, good news on case {case}: it's been sorted on our side (a reprint or refund is on its way, depending on the case). Could you confirm everything looks right to you? Etikora Customer Care",
    "es": "Hola {name}, buenas noticias sobre la incidencia {case}: ya está resuelto por nuestra parte (reimpresión o reembolso en camino según el caso). ¿Nos confirmas que todo está bien? Atención al cliente Etikora",
    "fr": "Bonjour {name}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ? Service client Etikora",
    "de": "Hallo {name}, gute Nachricht zu Vorgang {case}: bei uns ist alles erledigt. Können Sie bestätigen, dass jetzt alles passt? Etikora Kundenservice",
    "it": "Ciao {name}, buone notizie sulla segnalazione {case}: da parte nostra è risolto. Ci confermi che è tutto a posto? Servizio clienti Etikora",
    "pt": "Olá {name}, boas notícias sobre o pedido {case}: está resolvido do nosso lado. Pode confirmar que está tudo bem? Apoio ao cliente Etikora",
}
QUALITY_LEAD: dict[str, str] = {
    "en": "Hi {name}, I've passed case {case} to our quality lead, who will call you before Friday lunchtime. Sorry for the trouble. Etikora Customer Care",
    "es": "Hola {name}, he pasado la incidencia {case} a nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Perdona las molestias. Atención al cliente Etikora",
    "fr": "Bonjour {name}, la demande {case} est transmise à notre responsable qualité, qui vous appellera avant vendredi midi. Service client Etikora",
    "de": "Hallo {name}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Etikora Kundenservice",
    "it": "Ciao {name}, la segnalazione {case} è passata alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Servizio clienti Etikora",
    "pt": "Olá {name}, o pedido {case} passou para a nossa responsável de qualidade, que lhe liga até sexta ao almoço. Apoio ao cliente Etikora",
}
APOLOGY: dict[str, tuple[str, ...]] = {
    "en": (
        "Sorry for going off at you yesterday, long week. Thanks for sorting it so fast",
        "hi, just to say sorry I was so rude on the phone, not your fault. all fixed now thank you",
    ),
    "es": (
        "Perdón por el tono de ayer, semana horrible. Gracias por resolverlo tan rápido",
        "Siento haberme puesto así ayer, no era culpa vuestra. Ya está todo bien, gracias",
    ),
    "fr": ("Désolée pour mon ton d'hier, merci d'avoir réglé ça si vite",),
    "de": ("Sorry für den Ton gestern, danke dass es so schnell ging",),
    "it": ("Scusate per i toni di ieri, grazie per la velocità",),
    "pt": ("Desculpem o tom de ontem, obrigada por resolverem tão rápido",),
}
LOW_CSAT_WORDS = {
    "en": ("useless", "no", ""),
    "es": ("fatal", "mal", ""),
    "fr": ("nul", ""),
    "de": ("schlecht", ""),
    "it": ("pessimo", ""),
    "pt": ("mau", ""),
}
NPS_LOW_WORDS = {
    "en": ("not impressed", "sort it out", ""),
    "es": ("muy decepcionada", "no", ""),
    "fr": ("déçue", ""),
    "de": ("enttäuscht", ""),
    "it": ("delusa", ""),
    "pt": ("desiludida", ""),
}

REPEAT_AGAIN: dict[str, tuple[str, ...]] = {
    "en": (
        "Writing again about case {case}. Still not sorted: {topic}. Nobody has got back to me.",
        "case {case} is STILL open. {topic}, still. What's going on?",
    ),
    "es": (
        "Vuelvo a escribir por la incidencia {case}. Sigue sin resolver: {topic}. Nadie me ha dicho nada.",
        "La incidencia {case} SIGUE abierta. {topic}, igual que antes. Qué pasa?",
    ),
    "fr": ("Je reviens vers vous pour la demande {case}, toujours pas résolue : {topic}.",),
    "de": ("Ich schreibe nochmal wegen Vorgang {case}. Immer noch nicht gelöst: {topic}.",),
    "it": ("Scrivo di nuovo per la segnalazione {case}, ancora non risolta: {topic}.",),
    "pt": ("Volto a escrever sobre o pedido {case}, continua por resolver: {topic}.",),
}
REPEAT_THIRD: dict[str, str] = {
    "en": " Third time I'm asking. My sister orders from {comp} and they'd have sorted this the same day.",
    "es": " Es la tercera vez que pregunto. Mi cuñada pide en {comp} y allí lo solucionan en el día.",
    "fr": " Troisième fois que je demande. J'ai regardé les prix chez {comp}.",
    "de": " Das dritte Mal, dass ich frage. Ich habe mir schon angeschaut, was {comp} kostet.",
    "it": " Terza volta che scrivo. Mia cognata ordina da {comp} e lì risolvono in giornata.",
    "pt": " É a terceira vez que peço. Já fui ver os preços da {comp}.",
}
REPEAT_FOURTH: dict[str, str] = {
    "en": " This is the FOURTH time. Honestly.",
    "es": " Es la CUARTA vez. De verdad.",
    "fr": " C'est la QUATRIÈME fois.",
    "de": " Das ist jetzt das VIERTE Mal.",
    "it": " È la QUARTA volta.",
    "pt": " É a QUARTA vez.",
}
REPEAT_PHONE: dict[str, str] = {
    "en": "hi it's about case {case} again it's still not sorted {topic}",
    "es": "hola llamo otra vez por la incidencia {case} sigue sin resolver {topic}",
    "fr": "bonjour je rappelle pour la demande {case} toujours pas réglée {topic}",
    "de": "hallo ich rufe nochmal wegen Vorgang {case} an immer noch nicht gelöst {topic}",
    "it": "buongiorno richiamo per la segnalazione {case} ancora non risolta {topic}",
    "pt": "olá ligo outra vez por causa do pedido {case} continua por resolver {topic}",
}
CHAT_URGENT: dict[str, str] = {
    "en": "I'm sorry. I've added this to case {case} and marked it urgent.",
    "es": "Lo siento. Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "fr": "Désolée. J'ai ajouté ceci à la demande {case}, marquée urgente.",
    "de": "Entschuldigung. Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert.",
    "it": "Mi scuso. L'ho aggiunto alla segnalazione {case}, segnata come urgente.",
    "pt": "Lamento. Acrescentei ao pedido {case} e marquei como urgente.",
}
CONFIRM: dict[str, tuple[str, ...]] = {
    "en": (
        "Confirmed, case {case} is all sorted now. Thanks",
        "yes all good with {case}, thank you",
    ),
    "es": (
        "Confirmado, la incidencia {case} está resuelta. Gracias",
        "sí, todo bien con la {case}, gracias!",
    ),
    "fr": ("Confirmé, la demande {case} est réglée. Merci",),
    "de": ("Bestätigt, Vorgang {case} ist erledigt. Danke",),
    "it": ("Confermo, la segnalazione {case} è risolta. Grazie",),
    "pt": ("Confirmo, o pedido {case} está resolvido. Obrigada",),
}

SLIDE: dict[str, tuple[str, ...]] = {
    "en": (
        "Labels took 9 days this time instead of 2. Bit of a shame, used to be so quick",
        "New batch of iron-ons feel thinner than last year's. Hope they hold",
        "Two of the new labels already curling at the corners after a few washes. Not great",
        "Asked about the curling labels and got a copy-paste reply about ironing temperature. I've been ironing these for 5 years",
        "Paid £4.95 'express' and the labels still came after the school trip they were for. Fuming",
        "Done. A friend put me onto {comp}, ordered this year's lot there",
    ),
    "es": (
        "Esta vez las etiquetas tardaron 9 días en vez de 2. Una pena, antes eran rapidísimos",
        "Las termoadhesivas nuevas parecen más finas que las del año pasado. A ver si aguantan",
        "Dos etiquetas nuevas ya se levantan por las esquinas tras pocos lavados. Mal",
        "Pregunto por lo de las esquinas y me mandan una respuesta copiada sobre la temperatura de la plancha. Llevo 5 años planchándolas",
        "Pagué 4,95 € de envío 'exprés' y llegaron después de la excursión para la que eran. Estoy que echo humo",
        "Se acabó. Una amiga me recomendó {comp} y este año he pedido allí",
    ),
    "fr": (
        "Cette fois 9 jours de livraison au lieu de 2. Dommage",
        "Les nouvelles étiquettes semblent plus fines que l'an dernier",
        "Deux étiquettes neuves qui se décollent déjà aux coins",
        "Réponse copiée-collée sur la température du fer. Je les pose depuis 5 ans",
        "4,95 € pour l'express et reçues après la sortie scolaire. Furieuse",
        "Terminé. Une amie m'a conseillé {comp}, commande passée là-bas",
    ),
    "de": (
        "Diesmal 9 Tage Lieferzeit statt 2. Schade",
        "Die neuen Bügeletiketten wirken dünner als letztes Jahr",
        "Zwei neue Etiketten lösen sich schon an den Ecken",
        "Auf meine Frage kam eine Standardantwort zur Bügeltemperatur. Ich bügle die seit 5 Jahren",
        "4,95 € Express bezahlt und trotzdem erst nach dem Schulausflug da. Stinksauer",
        "Reicht. Eine Freundin hat mir {comp} empfohlen, dort bestellt",
    ),
    "it": (
        "Stavolta 9 giorni di consegna invece di 2. Peccato",
        "Le nuove etichette sembrano più sottili dell'anno scorso",
        "Due etichette nuove già si staccano agli angoli",
        "Risposta copiata sulla temperatura del ferro. Le stiro da 5 anni",
        "4,95 € di espresso e arrivate dopo la gita. Furiosa",
        "Basta. Un'amica mi ha consigliato {comp}, ordinato lì",
    ),
    "pt": (
        "Desta vez 9 dias de entrega em vez de 2. Pena",
        "As etiquetas novas parecem mais finas que as do ano passado",
        "Duas etiquetas novas já a descolar nos cantos",
        "Resposta copiada sobre a temperatura do ferro. Passo-as há 5 anos",
        "4,95 € de expresso e chegaram depois da visita de estudo. Furiosa",
        "Chega. Uma amiga recomendou a {comp}, encomendei lá",
    ),
}
SLIDE_RATINGS = ("3", "3", "2", "2", "1", "1")

CANCEL_REQ: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, my youngest has just left sixth form so no more uniforms to label, hooray! Please cancel my Etikora Club and close my account. Thanks for all the years",
        "Hello, we're moving abroad and the kids will be at a school with no uniform. Could you cancel the Club membership and close the account please",
    ),
    "es": (
        "Hola, mi pequeña ya termina el cole, se acabaron los uniformes. Por favor dad de baja el Etikora Club y cerrad mi cuenta. Gracias por todo",
        "Buenas, nos mudamos fuera y allí no llevan uniforme. Quiero cancelar el Club y cerrar la cuenta, gracias",
    ),
    "fr": (
        "Bonjour, mes enfants sont grands maintenant, merci de résilier mon Etikora Club et de fermer mon compte",
    ),
    "de": (
        "Hallo, meine Kinder sind aus dem Kita- und Schulalter raus. Bitte kündigen Sie den Etikora Club und schließen Sie mein Konto",
    ),
    "it": (
        "Buongiorno, i bambini sono grandi ormai, vorrei disdire l'Etikora Club e chiudere l'account",
    ),
    "pt": ("Olá, os miúdos já cresceram, quero cancelar o Etikora Club e fechar a conta",),
}
SORRY_GO: dict[str, str] = {
    "en": "Hi {name}, sorry to see you go and thank you for being with us. You can cancel the Club and close the account yourself in the app or on the website under Account > Membership. Etikora Customer Care",
    "es": "Hola {name}, sentimos que te vayas y gracias por estos años. Puedes cancelar el Club y cerrar la cuenta tú misma en la app o en la web, en Cuenta > Suscripción. Atención al cliente Etikora",
    "fr": "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Compte > Abonnement. Service client Etikora",
    "de": "Hallo {name}, schade, dass Sie gehen. Sie können in der App oder auf der Website unter Konto > Mitgliedschaft selbst kündigen. Etikora Kundenservice",
    "it": "Ciao {name}, ci dispiace vederti andare. Puoi disdire da sola nell'app o sul sito, Account > Abbonamento. Servizio clienti Etikora",
    "pt": "Olá {name}, temos pena que saia. Pode cancelar na app ou no site, Conta > Subscrição. Apoio ao cliente Etikora",
}

GRUMPY: dict[str, tuple[str, ...]] = {
    "en": (
        "Why does the Etikora app log me out every single time I open it",
        "The 'your labels are being printed!' text at 6.40am. Who asked for that",
        "Minimum order for stick-ons is 60. I need 8. Ridiculous",
        "Designer still doesn't let you put a surname AND a phone number on the bag tags",
        "Yet another newsletter. I unsubscribed twice",
        "Postage costs more than the shoe labels themselves",
        "Still no dark-mode in the app and it's blinding at night",
    ),
    "es": (
        "Por qué la app de Etikora me cierra sesión cada vez que la abro",
        "El SMS de 'tus etiquetas se están imprimiendo!' a las 7 de la mañana. Nadie lo ha pedido",
        "Mínimo 60 adhesivas. Necesito 8. Absurdo",
        "El diseñador sigue sin dejar poner apellido Y teléfono en las de la mochila",
        "Otra newsletter más. Me he dado de baja dos veces",
        "El envío cuesta más que las etiquetas de zapatos",
        "La app sigue sin modo oscuro y de noche deslumbra",
    ),
    "fr": (
        "L'appli me déconnecte à chaque ouverture",
        "Minimum 60 étiquettes, j'en veux 8",
        "SMS à 6h40 pour dire que c'est en impression",
        "Livraison plus chère que les étiquettes",
        "Encore une newsletter",
    ),
    "de": (
        "Die App meldet mich jedes Mal ab",
        "Mindestens 60 Aufkleber, ich brauche 8",
        "SMS um 6:40 Uhr, dass gedruckt wird",
        "Versand teurer als die Schuhetiketten",
        "Schon wieder ein Newsletter",
    ),
    "it": (
        "L'app mi disconnette ogni volta",
        "Minimo 60 adesivi, me ne servono 8",
        "SMS alle 6:40 per dire che stampate",
        "Spedizione più cara delle etichette",
        "Un'altra newsletter",
    ),
    "pt": (
        "A app faz logout sempre que a abro",
        "Mínimo 60 autocolantes, preciso de 8",
        "SMS às 6:40 a dizer que estão a imprimir",
        "Portes mais caros que as etiquetas",
        "Mais uma newsletter",
    ),
}
SARCASM: dict[str, tuple[str, ...]] = {
    "en": (
        "Love that the 'next day' labels arrived the day AFTER the school trip. Great planning Etikora 👏",
        "Oh good, the app has decided my son is called 'Test User' again. Very helpful 🙃",
    ),
    "es": (
        "Me encanta que las etiquetas 'en 24 h' llegaran el día DESPUÉS de la excursión. Gran planificación Etikora 👏",
        "Genial, la app vuelve a llamar a mi hijo 'Usuario Prueba'. Muy útil 🙃",
    ),
    "fr": (
        "Génial, les étiquettes 'en 24h' arrivées le lendemain de la sortie scolaire. Bravo Etikora 👏",
    ),
    "de": (
        "Toll, die '24-Stunden'-Etiketten kamen einen Tag NACH dem Ausflug. Super geplant Etikora 👏",
    ),
    "it": (
        "Bellissimo, le etichette 'in 24 ore' arrivate il giorno DOPO la gita. Complimenti Etikora 👏",
    ),
    "pt": (
        "Adorei, as etiquetas 'em 24h' chegaram no dia A SEGUIR à visita de estudo. Parabéns Etikora 👏",
    ),
}
# Quiet-hours mild grumbles (chat or web form) and the answers.
MILD: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            "the font preview is tiny on my phone, can barely see what I'm choosing",
            "Thanks, fair point! Pinch to zoom works in the preview, and I've passed it on to the app team.",
        ),
    ),
    "es": (
        (
            "la web me sale en inglés aunque la tengo en español, un poco raro",
            "¡Gracias por avisar! Puedes cambiarlo abajo del todo, y lo pasamos al equipo web.",
        ),
    ),
    "fr": (
        (
            "le site s'affiche en anglais alors que je suis en France",
            "Merci ! Vous pouvez changer la langue en bas de page, nous transmettons à l'équipe.",
        ),
    ),
    "de": (
        (
            "die Schriftvorschau ist auf dem Handy winzig",
            "Danke für den Hinweis! Mit zwei Fingern lässt sich zoomen, wir geben es weiter.",
        ),
    ),
    "it": (
        (
            "il sito mi compare in inglese anche se sono in Italia",
            "Grazie! Puoi cambiare lingua in fondo alla pagina, lo segnaliamo al team.",
        ),
    ),
    "pt": (
        (
            "o site aparece em inglês apesar de estar em Portugal",
            "Obrigado! Pode mudar a língua no fundo da página, passamos à equipa.",
        ),
    ),
}
FORM_ACK: dict[str, str] = {
    "en": "Hi {name}, thanks for your message, we've passed it on to the right team. Etikora",
    "es": "Hola {name}, gracias por tu mensaje, lo hemos pasado al equipo correspondiente. Etikora",
    "fr": "Bonjour {name}, merci pour votre message, transmis à l'équipe concernée. Etikora",
    "de": "Hallo {name}, danke für Ihre Nachricht, wir haben sie weitergegeben. Etikora",
    "it": "Ciao {name}, grazie per il messaggio, lo abbiamo girato al team giusto. Etikora",
    "pt": "Olá {name}, obrigado pela mensagem, já passámos à equipa certa. Etikora",
}

# The spike (topic_spike): the label proof in the app shows every name as empty boxes.
SPIKE_CODE = "R2/17"
SPIKE: dict[str, tuple[str, ...]] = {
    "en": (
        "Is the Etikora app broken?? Every name I type in the label designer shows as little empty boxes on the proof, and it says 'render error R2/17'. Trying to order for tomorrow",
        "label proof just shows □□□□□ instead of {kid}'s name. error R2/17. I'm not ordering 100 labels of boxes",
        "Etikora app: typed my son's name, the preview shows empty squares and R2/17. Tried 3 fonts, same thing. Anyone else?",
        "Help, the proof is blank boxes where the name should be, code R2/17, and I need these for Monday",
    ),
    "es": (
        "Se ha roto la app de Etikora? Escribo el nombre en el diseñador y en la vista previa salen cuadraditos vacíos, y pone 'error de renderizado R2/17'. Necesito pedir hoy",
        "la vista previa de las etiquetas sale □□□□ en vez de {kid}. error R2/17. No voy a pedir 100 etiquetas con cuadrados",
        "Etikora: pongo el nombre de mi hija y salen cuadrados vacíos y R2/17. Probado con 3 tipos de letra, igual. A alguien más le pasa?",
        "Ayuda, en la prueba salen cajitas vacías donde va el nombre, código R2/17, y las necesito para mañana",
    ),
    "fr": (
        "L'appli Etikora bug ? Le prénom s'affiche en petits carrés vides sur l'aperçu, 'erreur de rendu R2/17'",
        "aperçu des étiquettes : □□□□ au lieu de {kid}, erreur R2/17",
    ),
    "de": (
        "Ist die Etikora App kaputt? Der Name erscheint in der Vorschau nur als leere Kästchen, 'Renderfehler R2/17'",
        "Vorschau zeigt □□□□ statt {kid}, Fehler R2/17. Wer hat das auch?",
    ),
    "it": (
        "L'app Etikora non va? Il nome nell'anteprima esce come quadratini vuoti, 'errore di rendering R2/17'",
        "anteprima etichette: □□□□ invece di {kid}, errore R2/17",
    ),
    "pt": (
        "A app da Etikora está avariada? O nome aparece na pré-visualização como quadradinhos vazios, 'erro de renderização R2/17'",
        "pré-visualização mostra □□□□ em vez de {kid}, erro R2/17",
    ),
}
SPIKE_REPEAT: dict[str, str] = {
    "en": "Still R2/17 and still boxes on the proof, tried it on my husband's phone too. Same.",
    "es": "Sigue el R2/17 y siguen los cuadrados en la vista previa, probado también en el móvil de mi marido. Igual.",
    "fr": "Toujours R2/17 et toujours des carrés, même sur le téléphone de mon mari.",
    "de": "Immer noch R2/17 und Kästchen, auch auf dem Handy meines Mannes.",
    "it": "Ancora R2/17 e ancora quadratini, anche sul telefono di mio marito.",
    "pt": "Continua o R2/17 e os quadradinhos, também no telemóvel do meu marido.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "en": "Yes, sorry: label proofs are showing boxes instead of names for everyone right now (R2/17). Our engineers are on it, please don't order until the name shows properly.",
    "es": "Sí, perdona: ahora mismo las vistas previas muestran cuadrados en vez de nombres a todo el mundo (R2/17). Nuestro equipo técnico está en ello, no hagas el pedido hasta que se vea bien el nombre.",
    "fr": "Oui, désolés : les aperçus affichent des carrés pour tout le monde en ce moment (R2/17). Nos ingénieurs s'en occupent.",
    "de": "Ja, leider zeigen die Vorschauen gerade bei allen Kästchen statt Namen (R2/17). Unsere Technik ist dran.",
    "it": "Sì, scusa: in questo momento le anteprime mostrano quadratini a tutti (R2/17). I tecnici ci stanno lavorando.",
    "pt": "Sim, pedimos desculpa: neste momento as pré-visualizações mostram quadrados a todos (R2/17). A equipa técnica está a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "en": "Hi {name}, the label designer shows names properly again since {time}. Sorry for the evening you had: labels ordered before Tuesday are printed first and posted free, and {amt} credit has been added to your account. Etikora",
    "es": "Hola {name}, el diseñador vuelve a mostrar bien los nombres desde las {time}. Perdona por la noche que te hicimos pasar: los pedidos hasta el martes se imprimen primero con envío gratis y te hemos añadido {amt} de saldo. Etikora",
    "fr": "Bonjour {name}, l'aperçu affiche de nouveau les prénoms depuis {time}. Désolés : livraison offerte jusqu'à mardi et {amt} de crédit ajouté à votre compte. Etikora",
    "de": "Hallo {name}, die Vorschau zeigt die Namen seit {time} Uhr wieder richtig. Entschuldigung: Versand bis Dienstag gratis und {amt} Guthaben auf Ihrem Konto. Etikora",
    "it": "Ciao {name}, l'anteprima mostra di nuovo i nomi dalle {time}. Scusaci: spedizione gratuita fino a martedì e {amt} di credito sul tuo account. Etikora",
    "pt": "Olá {name}, a pré-visualização volta a mostrar os nomes desde as {time}. Desculpe: envio grátis até terça e {amt} de crédito na sua conta. Etikora",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Hola, ayer en la vista previa el nombre salía un poco borroso hasta que hice zoom, luego se veía bien. Se imprimirá nítido?",
        "¡Hola! Sí, la vista previa baja la resolución al alejar; la impresión sale siempre nítida.",
    ),
    "en": (
        "hi, last night the name on the proof looked a bit fuzzy until I zoomed in, then it was fine. will the printed labels be sharp?",
        "Hi! Yes, the preview lowers the resolution when zoomed out; the printed labels are always sharp.",
    ),
}
WEEK_GRUMBLE: dict[str, tuple[str, str]] = {
    "es": (
        "La lista de tipos de letra tarda un montón en cargar en la app, casi un minuto",
        "Gracias por avisar, estamos mejorando esa carga. Mientras tanto, los favoritos cargan al momento.",
    ),
    "en": (
        "the fonts list takes ages to load in the app, nearly a minute just now",
        "Thanks for flagging, we're speeding that up. Favourites load instantly in the meantime.",
    ),
}
