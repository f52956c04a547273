# ruff: noqa: E501
"""Wording of heldout135 (Tintora: paint mixed to order, and Tintora Obra for painting firms).

Written from the stories, Portuguese and Spanish first. Placeholders: {case}, {prod},
{comp}, {amt}, {first}.
"""

from __future__ import annotations

LANGS = ("pt", "es", "en", "fr", "de", "it")

PRODUCTS = [
    "Matt wall paint 15 L, mixed / Pintura mate 15 L, a medida",
    "Kitchen & bath paint 5 L / Tinta cozinha e banho 5 L",
    "Sample pots x4 / Botes de muestra x4",
    "Wood stain 2.5 L / Lasur madera 2,5 L",
    "Facade paint 10 L / Tinta fachada 10 L",
    "Primer 10 L / Imprimación 10 L",
    "Roller & tray kit / Kit rolo e tabuleiro",
]

PRAISE = {
    "pt": [
        "A cor da sala ficou EXATAMENTE igual à amostra, obrigada {brand}",
        "terceira vez que encomendo e outra vez perfeito, a tinta cobre à primeira demão",
        "Chegou tudo no dia certo e o estafeta até ajudou a subir as latas ao 4º andar, impecável",
        "adoro a app, tirei foto à parede da minha avó e acertaram no verde. grande trabalho",
    ],
    "es": [
        "El azul del dormitorio ha quedado idéntico a la muestra, encantada con {brand}",
        "otra vez me han clavado el color, ya van tres pedidos y ni una pega",
        "Pintura pedida el martes, pintando el jueves. Así da gusto jaja",
        "la igualacion por foto funciona de verdad, no me lo creia",
    ],
    "en": [
        "Third order with {brand} and the colour match is still spot on. Hallway done!",
        "Honestly the sample pots saved my marriage lol. Great service",
    ],
    "fr": [
        "Encore une fois la teinte est parfaite, la chambre de la petite est superbe. Merci {brand} !"
    ],
    "de": ["Farbton wieder genau getroffen, Lieferung pünktlich. Immer wieder gern bei {brand}"],
    "it": ["Colore identico al campione, consegna puntuale. Terza volta e sempre perfetto!"],
}

PRAISE_GRIPE = {
    "pt": [
        "Tinta ótima e cor certinha, só a tampa da lata é um pesadelo para abrir. de resto 5 estrelas"
    ],
    "es": [
        "Todo genial, el color perfecto, solo que el rodillo del kit suelta pelusa. Por lo demás repetiré"
    ],
    "en": [
        "Lovely paint, perfect match, only the delivery slot was 4 hours wide. Would still recommend"
    ],
    "fr": ["Très bonne peinture, juste la notice est minuscule. Sinon parfait"],
    "de": ["Top Farbe, nur die Deckel gehen schwer auf. Sonst gerne wieder"],
    "it": ["Vernice ottima, solo il kit rullo un po' scarso. Per il resto benissimo"],
}

QUESTION = {
    "pt": [
        "Boa tarde, quantas demãos preciso para cobrir um vermelho escuro com a vossa tinta mate?",
        "olá posso devolver latas fechadas que sobraram?",
    ],
    "es": [
        "Hola! cuanto tarda en secar la pintura de cocina antes de dar la segunda mano?",
        "Buenas, puedo recoger el pedido en tienda en vez de envio?",
    ],
    "en": ["Hi, is the kitchen paint OK for a bathroom ceiling without a fan?"],
    "fr": ["Bonjour, est-ce que la lasure convient pour une porte d'entrée exposée plein sud ?"],
    "de": ["Hallo, kann ich die Fassadenfarbe auch bei 8 Grad noch verarbeiten?"],
    "it": ["Salve, quanto dura una latta aperta se la richiudo bene?"],
}

ANSWER = {
    "pt": "Olá! Obrigado pela pergunta: sim, conseguimos ajudar. Detalhes enviados para o seu e-mail. Equipa Tintora",
    "es": "¡Hola! Gracias por escribirnos: te hemos enviado los detalles por correo. Un saludo, equipo Tintora",
    "en": "Hi! Thanks for asking, we've sent the details to your e-mail. Tintora team",
    "fr": "Bonjour ! Merci, nous vous avons envoyé les détails par e-mail. L'équipe Tintora",
    "de": "Hallo! Danke für die Frage, die Details sind per E-Mail unterwegs. Ihr Tintora-Team",
    "it": "Ciao! Grazie, ti abbiamo mandato i dettagli via e-mail. Il team Tintora",
}

THANKS = {
    "pt": ["obrigada!! 🙏", "Perfeito, obg"],
    "es": ["genial gracias!", "Mil gracias 😊"],
    "en": ["brilliant, thanks"],
    "fr": ["Super merci"],
    "de": ["Danke!"],
    "it": ["Grazie mille"],
}

PHONE_Q = {
    "pt": "bom dia queria saber se a tinta de fachada aguenta a maresia moro em Peniche obrigado",
    "es": "hola buenas queria saber si la pintura de fachada aguanta bien la humedad vivo en la costa gracias",
    "en": "hi yeah just wondering if the facade paint is ok near the sea we're right on the coast thanks",
    "fr": "bonjour je voulais savoir si la peinture façade tient en bord de mer merci",
    "de": "hallo ich wollte fragen ob die Fassadenfarbe auch an der Küste hält danke",
    "it": "buongiorno volevo sapere se la pittura per facciate regge la salsedine grazie",
}

NIGHT = {
    "pt": [
        "3 da manhã e acabei a segunda demão do corredor. a cor de noite é ainda mais bonita",
        "turno da noite no hospital, aproveito para encomendar as amostras para o quarto do bebé",
    ],
    "es": [
        "son las 2 y sigo pintando el salón, el color es una pasada",
        "insomnio = mirar colores en la app de {brand} a las 3am 😅",
    ],
    "en": ["2am and the last wall is done. This green is gorgeous even under a bare bulb"],
    "fr": ["Minuit passé, la dernière couche est faite, la couleur est magnifique"],
    "de": ["Nachtschicht vorbei, noch schnell Farbproben bestellt. Die App ist klasse"],
    "it": ["Sono le 2 e ho finito la cameretta, colore stupendo"],
}

SURVEY_WORD = {
    "pt": ["top", "", "😊"],
    "es": ["todo bien", "", "👍"],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "it": ["ottimo", ""],
}

PROBLEM_SHORT = {
    "no_show": {
        "pt": [
            "A app diz ENTREGUE desde as 9h e não chegou lata nenhuma. O pintor está cá parado e a cobrar. Encomenda {case}",
            "encomenda marcada como entregue e nada, tenho o pintor à porta. que vergonha",
        ],
        "es": [
            "La app pone ENTREGADO y aquí no ha llegado nada. Tengo al pintor parado cobrándome la hora. Pedido {case}",
            "marcado como entregado y no hay pintura en ningun sitio, el portero no ha recibido nada",
        ],
        "en": [
            "App says DELIVERED since 9 and there's no paint anywhere. Decorator standing here on the clock. Order {case}"
        ],
        "fr": [
            "L'appli dit LIVRÉ et je n'ai rien reçu. Le peintre attend et je paie. Commande {case}"
        ],
        "de": [
            "Laut App GELIEFERT, hier ist nichts. Der Maler steht rum und ich zahle. Bestellung {case}"
        ],
        "it": [
            "L'app dice CONSEGNATO e qui non c'è niente. L'imbianchino aspetta e lo pago io. Ordine {case}"
        ],
    },
    "wrong_shade": {
        "pt": [
            "Pedi o verde salva da amostra e veio um verde alface. Já pintei uma parede inteira. {case}",
            "a cor que veio não tem nada a ver com a amostra, parece outra tinta",
        ],
        "es": [
            "Pedí el gris perla de la muestra y me ha llegado casi lila. Ya tengo media pared pintada. {case}",
            "el color no tiene NADA que ver con la muestra, es otro",
        ],
        "en": [
            "Ordered the sage from my sample and got something close to mint. A whole wall done. {case}"
        ],
        "fr": [
            "J'ai commandé le gris de l'échantillon et reçu presque du mauve. Un mur entier peint. {case}"
        ],
        "de": ["Salbeigrün bestellt, Mintgrün bekommen. Eine ganze Wand gestrichen. {case}"],
        "it": [
            "Ho ordinato il grigio del campione ed è arrivato quasi lilla. Una parete già fatta. {case}"
        ],
    },
    "leaking": {
        "pt": [
            "As duas latas chegaram amolgadas e a pingar, o hall do prédio ficou todo branco. {case}"
        ],
        "es": [
            "Las latas llegaron abolladas y goteando, el portal del edificio lleno de pintura. {case}",
            "dos botes rotos, pintura por toda la caja y el suelo del rellano",
        ],
        "en": ["Both tins arrived dented and leaking, paint all over the communal hall. {case}"],
        "fr": [
            "Les deux pots sont arrivés cabossés et fuyaient, le hall est plein de peinture. {case}"
        ],
        "de": ["Beide Eimer verbeult und ausgelaufen, das ganze Treppenhaus voller Farbe. {case}"],
        "it": [
            "I due barattoli sono arrivati ammaccati e perdevano, androne pieno di vernice. {case}"
        ],
    },
    "refund": {
        "pt": [
            "Devolvi 3 latas fechadas há TRÊS semanas e o reembolso de {amt} continua sem aparecer. {case}"
        ],
        "es": [
            "Devolví tres botes cerrados hace TRES semanas y los {amt} siguen sin aparecer. {case}",
            "el reembolso no llega, ya van tres semanas",
        ],
        "en": [
            "Returned 3 unopened tins THREE weeks ago and the {amt} refund still hasn't shown up. {case}"
        ],
        "fr": [
            "J'ai renvoyé 3 pots fermés il y a TROIS semaines, toujours pas de remboursement de {amt}. {case}"
        ],
        "de": [
            "Vor DREI Wochen drei ungeöffnete Eimer zurückgeschickt, die {amt} sind immer noch nicht da. {case}"
        ],
        "it": [
            "Ho reso 3 barattoli chiusi TRE settimane fa e il rimborso di {amt} non arriva. {case}"
        ],
    },
    "wrong_price": {
        "pt": [
            "Sou cliente Tintora Mais e cobraram-me o preço normal, mais {amt}. Para que pago a mensalidade?? {case}"
        ],
        "es": [
            "Soy de Tintora Mais y me han cobrado el precio normal, {amt} de más. Para qué pago la cuota?? {case}"
        ],
        "en": [
            "I'm a Tintora Mais member and got charged the full price, {amt} extra. What am I paying for? {case}"
        ],
        "fr": [
            "Je suis membre Tintora Mais et on m'a facturé le plein tarif, {amt} de trop. {case}"
        ],
        "de": [
            "Ich bin Tintora-Mais-Mitglied und habe den vollen Preis bezahlt, {amt} zu viel. {case}"
        ],
        "it": [
            "Sono socia Tintora Mais e mi avete fatto pagare il prezzo pieno, {amt} in più. {case}"
        ],
    },
    "cancel_fee": {
        "pt": [
            "Cancelei a encomenda 5 dias antes e cobraram-me {amt} de taxa de cancelamento?! {case}"
        ],
        "es": [
            "Cancelé el pedido cinco días antes y me cobran {amt} de gastos de cancelación?! {case}"
        ],
        "en": ["Cancelled five days ahead and you charged me a {amt} cancellation fee?! {case}"],
        "fr": ["Annulé cinq jours avant et vous me facturez {amt} de frais ?! {case}"],
        "de": ["Fünf Tage vorher storniert und trotzdem {amt} Stornogebühr?! {case}"],
        "it": ["Annullato cinque giorni prima e mi addebitate {amt} di penale?! {case}"],
    },
}

PROBLEM_CALL = {
    "pt": "sim boa tarde estou a ligar por causa da encomenda {case} {what} e ninguém me diz nada isto não pode ser",
    "es": "si hola llamo por el pedido {case} {what} y nadie me dice nada esto no puede ser",
    "en": "yeah hi calling about order {case} {what} and nobody tells me anything this is ridiculous",
    "fr": "oui bonjour j'appelle pour la commande {case} {what} et personne ne me répond",
    "de": "ja hallo ich rufe wegen der Bestellung {case} an {what} und keiner sagt mir was",
    "it": "sì buongiorno chiamo per l'ordine {case} {what} e nessuno mi dice niente",
}

PROBLEM_WHAT = {
    "no_show": {
        "pt": "diz entregue e não chegou",
        "es": "pone entregado y no ha llegado",
        "en": "it says delivered and it never came",
        "fr": "c'est marqué livré et rien",
        "de": "da steht geliefert und es ist nicht da",
        "it": "dice consegnato e non è arrivato",
    },
    "wrong_shade": {
        "pt": "a cor veio errada",
        "es": "el color ha venido mal",
        "en": "the colour is completely wrong",
        "fr": "la teinte est fausse",
        "de": "der Farbton ist falsch",
        "it": "il colore è sbagliato",
    },
    "leaking": {
        "pt": "as latas chegaram a pingar",
        "es": "las latas llegaron goteando",
        "en": "the tins came leaking",
        "fr": "les pots fuyaient",
        "de": "die Eimer sind ausgelaufen",
        "it": "i barattoli perdevano",
    },
    "refund": {
        "pt": "o reembolso não chega",
        "es": "el reembolso no llega",
        "en": "the refund never arrived",
        "fr": "le remboursement n'arrive pas",
        "de": "die Erstattung kommt nicht",
        "it": "il rimborso non arriva",
    },
    "wrong_price": {
        "pt": "cobraram preço de não sócio",
        "es": "me cobraron precio de no socio",
        "en": "I was charged the non member price",
        "fr": "on m'a facturé le tarif non membre",
        "de": "ich habe den Nichtmitgliederpreis bezahlt",
        "it": "mi avete fatto pagare il prezzo da non socio",
    },
    "cancel_fee": {
        "pt": "cobraram taxa de cancelamento",
        "es": "me cobraron gastos de cancelación",
        "en": "you charged a cancellation fee",
        "fr": "vous avez facturé des frais d'annulation",
        "de": "ihr habt Stornogebühr berechnet",
        "it": "mi avete addebitato la penale",
    },
}

LONG_EMAIL = {
    "pt": "Bom dia,\n\nescrevo-vos do carro, à porta da fisioterapia da minha mãe, porque é o único bocado livre que tenho esta semana. Estamos a pintar a casa dela antes de ela voltar do hospital e escolhemos tudo convosco por causa das amostras.\n\nO problema: {what}. Encomenda {case}. Já perdi uma manhã inteira e o pintor não espera.\n\nSempre gostei do vosso serviço, mas assim não dá. Peço que me resolvam isto hoje.\n\nCumprimentos,\n{first}",
    "es": "Hola,\n\nos escribo desde la sala de espera del pediatra porque no tengo otro momento. Estamos reformando el piso que heredamos de mi tía y todo lo de pintura lo pedimos con vosotros.\n\nEl problema: {what}. Pedido {case}. Ya he perdido una mañana y el pintor no espera.\n\nHasta ahora todo había ido bien, pero esto no. Os pido que lo solucionéis hoy.\n\nUn saludo,\n{first}",
}

SUBJECT_COMPLAINT = {
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
}
SUBJECT_RE = {
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
}

CASE_OPENED = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e voltamos a contactar assim que tivermos novidades. Equipa Tintora",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te contamos en cuanto sepamos algo. Equipo Tintora",
    "en": "Hi {first}, we're very sorry. We've opened case {case} and will come back to you as soon as we know more. Tintora team",
    "fr": "Bonjour {first}, toutes nos excuses. Nous avons ouvert la demande {case} et revenons vers vous rapidement. L'équipe Tintora",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns, sobald wir mehr wissen. Ihr Tintora-Team",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la segnalazione {case} e ti aggiorniamo appena possibile. Il team Tintora",
}

QUALITY_LEAD = {
    "pt": "Olá {first}, o seu pedido {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. Equipa Tintora",
    "es": "Hola {first}, tu incidencia {case} ya está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Equipo Tintora",
    "en": "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. Tintora team",
    "fr": "Bonjour {first}, la demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi. L'équipe Tintora",
    "de": "Hallo {first}, Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. Ihr Tintora-Team",
    "it": "Ciao {first}, la segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Il team Tintora",
}

GOOD_NEWS = {
    "pt": "Boas notícias sobre o pedido {case}: já está resolvido do nosso lado. Pode confirmar-nos que está tudo bem? Equipa Tintora",
    "es": "Buenas noticias sobre la incidencia {case}: ya está resuelta por nuestra parte. ¿Nos confirmas que todo está bien? Equipo Tintora",
    "en": "Good news on case {case}: it's sorted on our side. Could you confirm all is well? Tintora team",
    "fr": "Bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous confirmer ? L'équipe Tintora",
    "de": "Gute Nachrichten zu Vorgang {case}: auf unserer Seite erledigt. Können Sie kurz bestätigen? Ihr Tintora-Team",
    "it": "Buone notizie sulla segnalazione {case}: risolta da parte nostra. Ci confermi che è tutto a posto? Il team Tintora",
}

CONFIRM = {
    "pt": [
        "Confirmo, o pedido {case} ficou resolvido. Obrigada pela rapidez",
        "sim ja está tudo ok com o {case}, obg",
    ],
    "es": [
        "Confirmado, la incidencia {case} está resuelta. Gracias!",
        "si todo bien ya con el {case}, gracias",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks for the quick fix"],
    "fr": ["Je confirme, la demande {case} est réglée. Merci"],
    "de": ["Bestätige, Vorgang {case} ist erledigt. Danke"],
    "it": ["Confermo, la segnalazione {case} è risolta. Grazie"],
}

APOLOGY = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça perdida com as obras. Obrigada por resolverem"
    ],
    "es": [
        "Perdonad lo de ayer, estaba desbordada con la obra. Gracias por solucionarlo",
        "siento las formas de ayer, no era con vosotros",
    ],
    "en": ["Sorry about my tone yesterday, it was a rough day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci"],
    "de": ["Entschuldigung für gestern, war ein furchtbarer Tag. Danke fürs Lösen"],
    "it": ["Scusate per i toni di ieri, giornata pessima. Grazie"],
}

STILL_OPEN = {
    "pt": [
        "Pedido {case} continua por resolver. Já vos escrevi e nada.",
        "outra vez eu, o {case} ainda está igual, ninguém me ligou",
    ],
    "es": [
        "La incidencia {case} sigue sin resolver. Ya os escribí y nada.",
        "otra vez yo, lo del {case} sigue igual y nadie me ha llamado",
    ],
    "en": ["Case {case} is still not sorted. I already wrote and heard nothing."],
    "fr": ["La demande {case} n'est toujours pas réglée. J'ai déjà écrit, rien."],
    "de": ["Vorgang {case} ist immer noch offen. Ich habe schon geschrieben, nichts."],
    "it": ["La segnalazione {case} è ancora aperta. Ho già scritto, niente."],
}

THIRD = {
    "pt": "Terceira vez que vos contacto sobre o {case}. Uma colega encomenda na {comp} e resolvem no mesmo dia.",
    "es": "Es la tercera vez que escribo por el {case}. Una compañera pide en {comp} y se lo arreglan en el día.",
    "en": "Third time about {case}. A colleague orders from {comp} and they fix this the same day.",
    "fr": "Troisième fois pour la demande {case}. Une collègue commande chez {comp}, ils règlent ça dans la journée.",
    "de": "Zum dritten Mal wegen {case}. Eine Kollegin bestellt bei {comp}, die lösen das am selben Tag.",
    "it": "Terza volta per la {case}. Una collega ordina da {comp} e risolvono in giornata.",
}

FOURTH = {
    "pt": "QUARTA vez. {case}. Ainda nada.",
    "es": "CUARTA vez. {case}. Sigue todo igual.",
    "en": "FOURTH time. {case}. Still nothing.",
    "fr": "QUATRIÈME fois. {case}. Toujours rien.",
    "de": "Zum VIERTEN Mal. {case}. Immer noch nichts.",
    "it": "QUARTA volta. {case}. Ancora niente.",
}

URGENT = {
    "pt": "Acrescentado ao pedido {case} e marcado como urgente. Equipa Tintora",
    "es": "Añadido a la incidencia {case} y marcado como urgente. Equipo Tintora",
    "en": "Added to case {case} and marked urgent. Tintora team",
    "fr": "Ajouté à la demande {case}, marqué urgent. L'équipe Tintora",
    "de": "Zu Vorgang {case} hinzugefügt und als dringend markiert. Ihr Tintora-Team",
    "it": "Aggiunto alla segnalazione {case}, segnata come urgente. Il team Tintora",
}

SLIDE = {
    "pt": [
        "A entrega veio 3 horas depois da janela e sem aviso. Pronto, acontece.",
        "A tinta desta vez ficou com grumos no fundo da lata, tive de a coar.",
        "Agora pedem foto de cada lata para aceitar devoluções? Que complicação.",
        "A cor do segundo lote não bate com o primeiro, parede às riscas. Estou a ficar farta.",
        "Cobraram-me 25 € de 'taxa de reciclagem' por latas que eu própria levei ao ecoponto. INACREDITÁVEL",
        "O meu cunhado compra na {comp} e já encomendei lá a tinta do quarto. Chega.",
    ],
    "es": [
        "El pedido llegó tres horas tarde y sin avisar. Bueno, pasa.",
        "Esta vez la pintura venía con grumos al fondo, he tenido que colarla.",
        "¿Ahora hay que mandar foto de cada bote para devolverlo? Qué lío.",
        "El segundo lote no coincide con el primero, pared a rayas. Estoy harta.",
        "25 € de 'tasa de reciclaje' por botes que llevé yo al punto limpio. INCREÍBLE",
        "Mi cuñado compra en {comp} y ya he pedido allí la pintura del dormitorio. Se acabó.",
    ],
    "en": [
        "Delivery three hours outside the slot, no call. Fine, it happens.",
        "Lumps at the bottom of the tin this time, had to strain it.",
        "A photo of every tin to accept a return now? Really?",
        "Second batch doesn't match the first, stripy wall. Getting fed up.",
        "£22 'recycling fee' for tins I took to the tip myself. UNBELIEVABLE",
        "My brother-in-law uses {comp} and I've ordered the bedroom paint there. Done.",
    ],
    "fr": [
        "Livraison trois heures hors créneau, sans appel. Bon.",
        "Des grumeaux au fond du pot cette fois, j'ai dû filtrer.",
        "Une photo de chaque pot pour un retour maintenant ?",
        "Le deuxième lot ne correspond pas au premier, mur rayé. J'en ai marre.",
        "25 € de « frais de recyclage » pour des pots que j'ai portés moi-même à la déchetterie. INCROYABLE",
        "Mon beau-frère commande chez {comp}, j'y ai pris la peinture de la chambre. Terminé.",
    ],
    "de": [
        "Lieferung drei Stunden außerhalb des Fensters, ohne Anruf. Na gut.",
        "Diesmal Klumpen unten im Eimer, musste sieben.",
        "Jetzt ein Foto von jedem Eimer für eine Rücksendung?",
        "Zweite Charge passt nicht zur ersten, Wand gestreift. Mir reichts langsam.",
        "25 € 'Recyclinggebühr' für Eimer, die ich selbst zum Wertstoffhof gebracht habe. UNGLAUBLICH",
        "Mein Schwager bestellt bei {comp}, die Schlafzimmerfarbe habe ich dort gekauft. Schluss.",
    ],
    "it": [
        "Consegna tre ore fuori fascia, senza chiamata. Va be'.",
        "Stavolta grumi sul fondo, ho dovuto filtrare.",
        "Adesso una foto per ogni barattolo per il reso?",
        "Il secondo lotto non combacia col primo, parete a strisce. Sono stufa.",
        "25 € di 'tassa di riciclo' per barattoli portati da me all'isola ecologica. INCREDIBILE",
        "Mio cognato compra da {comp}, la vernice della camera l'ho presa lì. Basta.",
    ],
}

LEAVE = {
    "pt": "Olá, acabámos as obras da casa e vamos mudar para um T1 alugado. Quero cancelar o Tintora Mais e fechar a conta, por favor. Obrigada por tudo",
    "es": "Hola, hemos terminado la reforma y nos mudamos a un piso de alquiler. Quiero darme de baja de Tintora Mais y cerrar la cuenta. Gracias por todo",
    "en": "Hi, the house is finally finished and we're moving into a rented flat. Please cancel my Tintora Mais membership and close the account. Thanks for everything",
    "fr": "Bonjour, les travaux sont finis et nous déménageons en location. Je souhaite résilier Tintora Mais et fermer mon compte. Merci pour tout",
    "de": "Hallo, das Haus ist fertig und wir ziehen in eine Mietwohnung. Bitte Tintora Mais kündigen und das Konto schließen. Danke für alles",
    "it": "Ciao, lavori finiti e ci trasferiamo in affitto. Vorrei disdire Tintora Mais e chiudere l'account. Grazie di tutto",
}

SORRY_GO = {
    "pt": "Olá {first}, temos pena de a ver partir. Pode cancelar na app ou no site em Conta > Tintora Mais. Equipa Tintora",
    "es": "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o en la web, en Cuenta > Tintora Mais. Equipo Tintora",
    "en": "Hi {first}, sorry to see you go. You can cancel in the app or on the website under Account > Tintora Mais. Tintora team",
    "fr": "Bonjour {first}, dommage de vous voir partir. Résiliation dans l'appli ou sur le site, Compte > Tintora Mais. L'équipe Tintora",
    "de": "Hallo {first}, schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Tintora Mais. Ihr Tintora-Team",
    "it": "Ciao {first}, ci dispiace vederti andare. Puoi disdire nell'app o sul sito, Account > Tintora Mais. Il team Tintora",
}

GRUMBLE = {
    "pt": [
        "A app desliga-me a sessão SEMPRE que fecho o ecrã",
        "porque é que a janela de entrega é de 6 horas?",
        "a tampa das latas de 15 L parte-se sempre",
    ],
    "es": [
        "La app me cierra la sesión cada vez que la abro",
        "ventana de entrega de 6 horas, en serio?",
        "los sms a las 7 de la mañana un sábado sobran",
    ],
    "en": ["App logs me out every single time"],
    "fr": ["L'appli me déconnecte à chaque fois"],
    "de": ["Die App meldet mich jedes Mal ab"],
    "it": ["L'app mi disconnette ogni volta"],
}

SARCASM = {
    "pt": "Entrega 'expresso' às 21h40, mesmo a tempo de pintar às escuras 👏",
    "es": "Entrega 'exprés' a las 21:40, justo a tiempo para pintar a oscuras 👏",
    "en": "'Express' delivery at 21:40, just in time to paint in the dark 👏",
    "fr": "Livraison « express » à 21h40, pile pour peindre dans le noir 👏",
    "de": "'Express'-Lieferung um 21:40, perfekt zum Streichen im Dunkeln 👏",
    "it": "Consegna 'express' alle 21:40, giusto in tempo per pitturare al buio 👏",
}

MILD = {
    "pt": "a pesquisa de lojas mostra a loja de outra cidade, nada de grave",
    "es": "el buscador de tiendas me sale la de otra ciudad, nada grave",
    "en": "the store finder shows a shop in another city, no big deal",
    "fr": "le localisateur de magasins affiche une autre ville, rien de grave",
    "de": "die Filialsuche zeigt eine andere Stadt, nicht so schlimm",
    "it": "la ricerca negozi mostra un'altra città, niente di grave",
}

# The spike (topic_spike only): Saturday morning, the app's reorder of saved mixing
# formulas refuses every formula as a retired tint base.
SPIKE = {
    "pt": [
        "Fui à loja buscar mais 2 latas da MINHA cor guardada e a máquina recusa: 'Base de tinta retirada - RTB#5208'. Tenho meia sala pintada!!",
        "a app não deixa reencomendar nenhuma fórmula guardada, diz RTB#5208 base retirada. como acabo a parede??",
        "RTB#5208 em todas as minhas cores guardadas. Loja cheia de gente com o mesmo problema",
    ],
    "es": [
        "Voy a la tienda a por más pintura de MI color guardado y dice 'Base de tinte retirada RTB#5208'. Tengo media pared hecha!!",
        "no me deja volver a pedir ninguna formula guardada, sale RTB#5208. y ahora que hago con el salon a medias",
        "RTB#5208 en todos mis colores guardados, en la tienda hay cola de gente igual",
    ],
    "en": [
        "Can't reorder my saved colour, app says 'Tint base retired - RTB#5208'. Half a wall done, shop can't mix it either"
    ],
    "fr": [
        "Impossible de recommander ma teinte enregistrée : 'Base retirée RTB#5208'. Mur à moitié peint !"
    ],
    "de": [
        "Gespeicherter Farbton lässt sich nicht nachbestellen: 'Basis ausgelaufen RTB#5208'. Halbe Wand fertig!"
    ],
    "it": [
        "Non riesco a riordinare il mio colore salvato: 'Base ritirata RTB#5208'. Parete a metà!"
    ],
}

SPIKE_AGAIN = {
    "pt": "Continua RTB#5208, agora também no telemóvel do meu marido e no balcão da loja",
    "es": "Sigue saliendo RTB#5208, también en el móvil de mi marido y en el mostrador",
    "en": "Still RTB#5208, on my partner's phone and at the counter too",
    "fr": "Toujours RTB#5208, aussi sur le téléphone de mon mari et au comptoir",
    "de": "Immer noch RTB#5208, auch am Handy meines Mannes und an der Theke",
    "it": "Ancora RTB#5208, anche sul telefono di mio marito e al banco",
}

SPIKE_ANSWER = {
    "pt": "Sim, as fórmulas guardadas estão a ser recusadas em todas as lojas neste momento, a equipa técnica já está a tratar. Pedimos desculpa!",
    "es": "Sí, ahora mismo las fórmulas guardadas se están rechazando en todas las tiendas, el equipo técnico ya está en ello. ¡Perdona!",
    "en": "Yes, saved formulas are being refused at every shop right now, our engineers are on it. Sorry!",
    "fr": "Oui, les formules enregistrées sont refusées partout en ce moment, nos techniciens s'en occupent. Désolés !",
    "de": "Ja, gespeicherte Rezepturen werden gerade überall abgelehnt, die Technik ist dran. Entschuldigung!",
    "it": "Sì, le formule salvate vengono rifiutate ovunque in questo momento, i tecnici ci stanno lavorando. Scusate!",
}

SPIKE_FIXED = {
    "pt": "As fórmulas guardadas voltaram a funcionar desde as 12h10. A tinta de hoje fica por nossa conta, 10 € de crédito na conta. Equipa Tintora",
    "es": "Las fórmulas guardadas vuelven a funcionar desde las 13:10. La pintura de hoy corre de nuestra cuenta, 10 € de crédito. Equipo Tintora",
    "en": "Saved formulas work again since 12:10. Today's paint is on us, €10 credit added. Tintora team",
    "fr": "Les formules enregistrées fonctionnent de nouveau depuis 13h10. 10 € de crédit ajoutés. L'équipe Tintora",
    "de": "Gespeicherte Rezepturen funktionieren seit 13:10 wieder. 10 € Guthaben gutgeschrieben. Ihr Tintora-Team",
    "it": "Le formule salvate funzionano di nuovo dalle 13:10. 10 € di credito aggiunti. Il team Tintora",
}

LONE_Q = {
    "pt": "ontem à noite a cor guardada na app aparecia cinzenta até subir o brilho do ecrã. amanhã na loja a fórmula vai dar certo?",
    "es": "anoche el color guardado en la app se veia gris hasta que subi el brillo. mañana en la tienda saldrá bien la formula?",
}

LONE_A = {
    "pt": "Olá! Com pouco brilho as amostras no ecrã parecem mais escuras, mas a fórmula guardada é a mesma. Bom trabalho amanhã!",
    "es": "¡Hola! Con poco brillo los colores se ven más oscuros en pantalla, pero la fórmula guardada es la misma. ¡Suerte mañana!",
}
