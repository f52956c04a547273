"""Wording of heldout160 (Molaterra: knife and tool sharpening by post and van).

Each table maps a language to its variants. Placeholders: c (case), k (competitor),
p (product), t (local time), a (agent), e (the spike's code), m (amount), w (company).
"""

from __future__ import annotations

W = dict[str, list[str]]

BRAND = "Molaterra"
COMPETITORS = ("Klingora", "Affilex")
SPIKE_CODE = "LBL-286"

PRODUCTS: W = {
    "de": ["Kochmesser", "Brotmesser", "Gartenschere", "Messerset (5 Stück)", "Stoffschere"],
    "es": ["cuchillo cebollero", "juego de cuchillos", "tijeras de podar", "cuchillo de pan"],
    "en": ["chef's knife", "knife roll (6)", "secateurs", "pinking shears"],
    "fr": ["couteau de chef", "sécateur", "lot de couteaux", "ciseaux de couture"],
    "it": ["coltello da chef", "forbici da potatura", "set di coltelli", "mezzaluna"],
    "pt": ["faca de chef", "tesoura de poda", "conjunto de facas", "faca do pão"],
}

PRAISE: W = {
    "de": [
        "Messer heute zurück, schneidet Tomaten wie Butter. Danke Molaterra!",
        "Super Schliff am {p}, schnell verschickt und gut verpackt.",
        "Die Gartenschere ist wieder scharf, der Rosenschnitt macht endlich Spaß.",
    ],
    "es": [
        "Me han devuelto el {p} afiladísimo, da gusto cortar. Gracias!",
        "Servicio rápido y la caja de envío muy cómoda. Repetiré seguro.",
        "El afilador de la furgoneta muy majo, en diez minutos listo todo.",
    ],
    "en": ["Knives came back razor sharp and well packed. Lovely job, Molaterra."],
    "fr": ["Couteaux revenus très bien affûtés, emballage top. Merci !"],
    "it": ["Coltelli tornati affilatissimi, servizio impeccabile. Grazie!"],
    "pt": ["As facas voltaram afiadíssimas e bem embaladas. Obrigado!"],
}

THIRD_TIME: W = {
    "de": [
        "Schon das dritte Mal bei euch und wieder perfekt geschliffen.",
        "wieder top, wie immer",
    ],
    "es": [
        "Tercera vez que os mando los cuchillos y otra vez de diez.",
        "otra vez genial, como siempre",
    ],
    "en": ["Third time using the van service and still brilliant."],
    "fr": ["Troisième envoi et toujours aussi bien affûté."],
    "it": ["Terza volta che vi mando i coltelli, ancora perfetti."],
    "pt": ["Terceira vez que uso e continua impecável."],
}

GRIPE_PRAISE: W = {
    "de": ["Schliff super, nur die Versandbox ist etwas klein für das Brotmesser."],
    "es": ["Muy bien afilado, solo que la caja tardó un día más de lo dicho."],
    "en": ["Great edge, only the tracking page is a bit slow to update."],
    "fr": ["Affûtage parfait, juste le créneau du camion un peu large."],
    "it": ["Ottimo lavoro, solo la scatola un po' stretta per la mezzaluna."],
    "pt": ["Muito bom, só a caixa de envio é um bocadinho pequena."],
}

JOKE: W = {
    "de": ["Meine Frau sagt, ich darf jetzt nur noch mit Handschuhen Zwiebeln schneiden 😂"],
    "es": [
        "Ahora el cuchillo corta tanto que me da miedo a mí 😂",
        "mi suegra ya no me presta sus cuchillos, usa los míos jaja",
    ],
    "en": ["The knives are so sharp now my cat won't come in the kitchen 😂"],
    "fr": ["Mes tomates ont peur maintenant 😂"],
    "it": ["Adesso il pane si taglia da solo 😂"],
    "pt": ["Agora até o pão tem medo de mim 😂"],
}

SLANG_THANKS: W = {
    "de": ["merci dir, passt!", "danke, top 👍"],
    "es": ["mil gracias crack!", "genial, gracias máquina"],
    "en": ["cheers mate, sorted"],
    "fr": ["merci, au top"],
    "it": ["grazie mille, siete dei grandi"],
    "pt": ["valeu, obrigadão!"],
}

CHAT_Q: W = {
    "de": [
        "Kann ich Wellenschliff-Messer auch schicken?",
        "wie lange dauert der Versand nach Österreich?",
        "Kommt der Wagen auch samstags?",
    ],
    "es": [
        "¿Afiláis también cuchillos de cerámica?",
        "hola, cuánto tarda la caja en llegar a Sevilla?",
        "¿La furgoneta pasa también por la tarde?",
    ],
    "en": ["Do you sharpen serrated bread knives too?"],
    "fr": ["Vous affûtez aussi les couteaux japonais ?"],
    "it": ["Affilate anche le forbici da parrucchiere?"],
    "pt": ["Também afiam facas de cerâmica?"],
}

AGENT_ANSWER: W = {
    "de": ["Hallo! Ja, das geht problemlos. Viele Grüße, {a} von Molaterra"],
    "es": ["¡Hola! Sí, sin problema. Un saludo, {a} de Molaterra"],
    "en": ["Hi! Yes, no problem at all. Best, {a} at Molaterra"],
    "fr": ["Bonjour ! Oui, sans souci. Bien à vous, {a} de Molaterra"],
    "it": ["Ciao! Sì, nessun problema. Un saluto, {a} di Molaterra"],
    "pt": ["Olá! Sim, sem problema. Cumprimentos, {a} da Molaterra"],
}

CALL_HAPPY: W = {
    "de": ["ja hallo ich wollte fragen ob ich die box auch bei der post abgeben kann danke"],
    "es": ["hola buenas queria saber si puedo dejar la caja en correos vale gracias"],
    "en": ["hi yeah just checking the van comes thursday morning lovely thanks"],
    "fr": ["bonjour je voulais savoir si le camion passe mardi merci"],
    "it": ["buongiorno volevo sapere se il furgone passa giovedi grazie mille"],
    "pt": ["bom dia queria saber se a carrinha passa na quinta obrigado"],
}

NIGHT_POST: W = {
    "de": ["kann nicht schlafen, hab grad die frisch geschliffenen Messer bewundert lol"],
    "es": ["las 3 de la mañana y yo afilando... no, que ya lo hace Molaterra jaja"],
    "en": ["3am and I'm reading knife forums. send help. (the edge is still perfect)"],
    "fr": ["insomnie, je regarde des vidéos d'affûtage. les miens sont parfaits grâce à vous"],
    "it": ["notte insonne, ma almeno i coltelli tagliano benissimo"],
    "pt": ["insónia, mas as facas continuam perfeitas"],
}

NIGHT_Q: W = {
    "de": ["noch jemand wach? kann ich die Box morgen früh bei der Packstation abgeben?"],
    "es": ["alguien despierto? puedo cambiar la recogida de mañana a la tarde?"],
    "en": ["anyone about? can I move tomorrow's van slot to the afternoon?"],
    "fr": ["quelqu'un ? je peux décaler le passage de demain ?"],
    "it": ["c'è qualcuno? posso spostare il ritiro di domani?"],
    "pt": ["alguém acordado? posso mudar a recolha de amanhã?"],
}

BAD_DAY: W = {
    "de": [
        "Der Wagen kam heute einfach NICHT, ich hab den ganzen Vormittag gewartet. Ärgerlich.",
        "heute ist die Box zerdrückt angekommen, Messer ok aber echt schlampig",
    ],
    "es": [
        "Hoy la furgoneta NO ha venido y nadie avisa. Vaya forma de perder la mañana.",
        "la caja ha llegado abierta, los cuchillos bien pero que desastre de envio",
    ],
    "en": ["Van didn't show today, waited all morning. Not impressed."],
    "fr": ["Le camion n'est pas venu ce matin, j'ai attendu pour rien. Agacé."],
    "it": ["Oggi il furgone NON è passato, mattinata persa. Che nervi."],
    "pt": ["Hoje a carrinha NÃO apareceu, perdi a manhã toda."],
}

APOLOGY: W = {
    "de": ["Sorry wegen gestern, war genervt. Heute kam der neue Termin pünktlich, alles gut."],
    "es": ["Perdón por lo de ayer, estaba de mal humor. Hoy ha venido a su hora, todo bien."],
    "en": ["Sorry for snapping yesterday. Came today on time, all good."],
    "fr": ["Désolé pour hier, j'étais énervé. Tout est réglé aujourd'hui."],
    "it": ["Scusate per ieri, ero nervoso. Oggi tutto a posto."],
    "pt": ["Desculpem ontem, estava irritado. Hoje correu tudo bem."],
}

SARCASM: W = {
    "de": ["Toll, die Box war nur drei Tage unterwegs für 40 km. Rekord 🙃"],
    "es": ["Genial, la caja ha hecho turismo por media España antes de llegar 🙃"],
    "en": ["Brilliant, the box went on a little holiday before reaching me 🙃"],
    "fr": ["Super, le colis a visité toute la France avant d'arriver 🙃"],
    "it": ["Bravi, il pacco ha fatto il giro d'Italia prima di arrivare 🙃"],
    "pt": ["Ótimo, a caixa deu a volta ao país antes de chegar 🙃"],
}

PROBLEMS = ("no_show", "lost_box", "damage", "refund", "wrong_price", "cancel_fee")

COMPLAINT: dict[str, W] = {
    "no_show": {
        "de": [
            "Der Schleifwagen kam nicht, obwohl der Termin bestätigt war (Fall {c}).",
            "Termin {c}: niemand kam, keine Nachricht, nichts.",
        ],
        "es": [
            "La furgoneta no vino aunque la cita estaba confirmada (caso {c}).",
            "Cita {c}: no vino nadie y nadie avisó.",
        ],
        "en": ["The van never came even though the slot was confirmed (case {c})."],
        "fr": ["Le camion n'est jamais venu malgré le créneau confirmé (dossier {c})."],
        "it": ["Il furgone non è mai arrivato, appuntamento confermato (pratica {c})."],
        "pt": ["A carrinha nunca veio apesar da marcação confirmada (processo {c})."],
    },
    "lost_box": {
        "de": ["Meine Box mit dem {p} ist seit 9 Tagen verschwunden, Sendung {c}."],
        "es": [
            "Mi caja con el {p} lleva 9 días desaparecida, envío {c}.",
            "han perdido mis cuchillos, envio {c}, nadie sabe nada",
        ],
        "en": ["My box with the {p} has been missing for 9 days, shipment {c}."],
        "fr": ["Mon colis avec le {p} a disparu depuis 9 jours, envoi {c}."],
        "it": ["Il pacco con il {p} è sparito da 9 giorni, spedizione {c}."],
        "pt": ["A caixa com a {p} desapareceu há 9 dias, envio {c}."],
    },
    "damage": {
        "de": ["Die Spitze vom {p} ist nach dem Schleifen abgebrochen! Auftrag {c}."],
        "es": ["Me habéis devuelto el {p} con la punta rota. Pedido {c}."],
        "en": ["The tip of my {p} came back snapped off. Order {c}."],
        "fr": ["La pointe de mon {p} est revenue cassée. Commande {c}."],
        "it": ["La punta del {p} è tornata spezzata. Ordine {c}."],
        "pt": ["A ponta da {p} voltou partida. Pedido {c}."],
    },
    "refund": {
        "de": ["Die Erstattung für den stornierten Auftrag {c} ist immer noch nicht da."],
        "es": ["El reembolso del pedido cancelado {c} no ha llegado."],
        "en": ["The refund for cancelled order {c} hasn't arrived."],
        "fr": ["Le remboursement de la commande annulée {c} n'est pas arrivé."],
        "it": ["Il rimborso dell'ordine annullato {c} non è arrivato."],
        "pt": ["O reembolso da encomenda cancelada {c} não chegou."],
    },
    "wrong_price": {
        "de": ["Ich bin Plus-Mitglied und zahle trotzdem den vollen Preis, Auftrag {c}."],
        "es": ["Soy socio Plus y me cobráis la tarifa normal, pedido {c}."],
        "en": ["I'm a Plus member and was charged the full rate, order {c}."],
        "fr": ["Je suis membre Plus et j'ai payé plein tarif, commande {c}."],
        "it": ["Sono socio Plus e mi avete fatto pagare prezzo pieno, ordine {c}."],
        "pt": ["Sou membro Plus e cobraram o preço normal, pedido {c}."],
    },
    "cancel_fee": {
        "de": ["Für die rechtzeitige Absage von {c} wurde eine Gebühr abgebucht."],
        "es": ["Me habéis cobrado gastos por cancelar a tiempo la cita {c}."],
        "en": ["I was charged a fee for cancelling {c} in good time."],
        "fr": ["On m'a facturé des frais pour l'annulation à temps de {c}."],
        "it": ["Mi avete addebitato una penale per aver annullato in tempo {c}."],
        "pt": ["Cobraram taxa por cancelar a tempo a marcação {c}."],
    },
}

REPEAT: W = {
    "de": [
        "Ich schreibe WIEDER wegen {c}. Immer noch nichts passiert!",
        "zum zweiten mal: {c} ist immer noch offen",
    ],
    "es": [
        "Vuelvo a escribir por {c}. SIGUE sin solucionarse.",
        "segunda vez que escribo por {c}, sigue igual",
    ],
    "en": ["Writing AGAIN about {c}. Still nothing done."],
    "fr": ["Je relance ENCORE pour {c}, toujours rien."],
    "it": ["Scrivo DI NUOVO per {c}, ancora niente."],
    "pt": ["Escrevo OUTRA VEZ sobre {c}, continua tudo igual."],
}

THIRD: W = {
    "de": [
        "Dritte Nachricht zu {c}. Mein Kollege lässt bei {k} schleifen, "
        "vielleicht mach ich das auch."
    ],
    "es": ["Tercera vez con {c}. Mi compañero usa {k} y ya he mirado sus precios."],
    "en": ["Third message about {c}. A colleague uses {k}, I've looked at their prices."],
    "fr": ["Troisième relance pour {c}. Un collègue passe par {k}, j'ai regardé leurs tarifs."],
    "it": ["Terzo messaggio per {c}. Un collega usa {k}, ho guardato i prezzi."],
    "pt": ["Terceira mensagem sobre {c}. Um colega usa a {k}, já vi os preços."],
}

FOURTH: W = {
    "de": ["vierte mal wegen {c} das kann doch nicht wahr sein"],
    "es": ["cuarta vez que llamo por {c} esto no puede ser"],
    "en": ["fourth time calling about {c} this is ridiculous"],
    "fr": ["quatrieme appel pour {c} c est pas possible"],
    "it": ["quarta volta che chiamo per {c} non è possibile"],
    "pt": ["quarta vez que ligo por causa do {c} nao pode ser"],
}

CALL_COMPLAINT: W = {
    "de": ["ja guten tag es geht um {c} das ist immer noch nicht erledigt ich warte seit tagen"],
    "es": ["hola mire le llamo por {c} que sigue sin resolver llevo dias esperando"],
    "en": ["hi its about {c} its still not sorted ive been waiting days"],
    "fr": ["bonjour c est pour {c} toujours pas regle j attends depuis des jours"],
    "it": ["buongiorno chiamo per {c} ancora non risolto aspetto da giorni"],
    "pt": ["bom dia ligo por causa do {c} continua sem resolver ha dias"],
}

LETTER: W = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich bin seit drei Jahren Kundin und habe Molaterra "
        "oft empfohlen. Leider muss ich mich heute beschweren. {x} Ich erwarte eine Lösung "
        "bis Ende der Woche.\n\nMit freundlichen Grüßen"
    ],
    "es": [
        "Estimados señores:\n\nLlevo años con ustedes y siempre he quedado contenta. Por eso "
        "me duele escribir esto. {x} Espero una respuesta esta semana.\n\nAtentamente"
    ],
    "en": [
        "Dear Molaterra team,\n\nI have been a customer for years and recommended you to "
        "friends. Today I have to complain. {x} I expect this sorted this week.\n\nRegards"
    ],
    "fr": [
        "Madame, Monsieur,\n\nCliente depuis des années, je vous ai souvent recommandés. "
        "{x} J'attends une solution rapide.\n\nCordialement"
    ],
    "it": [
        "Gentili signori,\n\nsono cliente da anni e vi ho sempre consigliato. {x} "
        "Attendo una soluzione entro la settimana.\n\nCordiali saluti"
    ],
    "pt": [
        "Exmos. senhores,\n\nSou cliente há anos e sempre vos recomendei. {x} "
        "Aguardo resposta esta semana.\n\nCumprimentos"
    ],
}

CASE_OPENED: W = {
    "de": ["Danke für Ihre Nachricht. Wir haben den Fall {c} angelegt und melden uns. {a}"],
    "es": ["Gracias por escribirnos. Hemos abierto el caso {c} y le contestamos pronto. {a}"],
    "en": ["Thanks for getting in touch. We've opened case {c} and will be back to you. {a}"],
    "fr": ["Merci de votre message, nous avons ouvert le dossier {c}. {a}"],
    "it": ["Grazie per il messaggio, abbiamo aperto la pratica {c}. {a}"],
    "pt": ["Obrigado pela mensagem, abrimos o processo {c}. {a}"],
}

ESCALATED: W = {
    "de": ["Wir haben {c} an unsere Qualitätsleitung weitergegeben. Entschuldigung. {a}"],
    "es": ["Hemos pasado {c} a nuestra responsable de calidad. Disculpe. {a}"],
    "en": ["We've passed {c} to our quality lead. Apologies. {a}"],
    "fr": ["Nous avons transmis {c} à notre responsable qualité. Désolés. {a}"],
    "it": ["Abbiamo passato {c} alla responsabile qualità. Ci scusiamo. {a}"],
    "pt": ["Passámos o {c} à responsável de qualidade. Pedimos desculpa. {a}"],
}

FIXED_ASK: W = {
    "de": ["Gute Nachricht zu {c}: erledigt. Können Sie das kurz bestätigen? {a}"],
    "es": ["Buenas noticias sobre {c}: resuelto. ¿Nos lo confirma? {a}"],
    "en": ["Good news on {c}: it's sorted. Could you confirm? {a}"],
    "fr": ["Bonne nouvelle pour {c} : c'est réglé. Pouvez-vous confirmer ? {a}"],
    "it": ["Buone notizie su {c}: risolto. Può confermare? {a}"],
    "pt": ["Boas notícias sobre o {c}: resolvido. Pode confirmar? {a}"],
}

CONFIRM: W = {
    "de": ["Bestätige: {c} ist erledigt, alles angekommen. Danke!"],
    "es": ["Confirmo: {c} resuelto, todo bien. ¡Gracias!"],
    "en": ["Confirming {c} is sorted, all received. Thanks!"],
    "fr": ["Je confirme, {c} est réglé. Merci !"],
    "it": ["Confermo, {c} risolto. Grazie!"],
    "pt": ["Confirmo, {c} resolvido. Obrigado!"],
}

SLIDE: W = {
    "de": [
        "Diesmal hat es etwas länger gedauert als sonst.",
        "Schliff ok, aber nicht mehr so gut wie früher.",
        "Schon wieder zwei Tage Verspätung, langsam nervt es.",
        "Der Kundenservice antwortet kaum noch. Enttäuschend.",
        "Ehrlich gesagt bin ich inzwischen ziemlich unzufrieden mit euch.",
        "Mein Schwager schickt seine Messer zu {k}, ich hab dort für Samstag gebucht.",
    ],
    "es": [
        "Esta vez ha tardado algo más de lo normal.",
        "El afilado bien, pero ya no como antes.",
        "Otra vez dos días de retraso, empieza a cansar.",
        "Atención al cliente ya casi no contesta. Decepcionante.",
        "La verdad es que estoy bastante descontento últimamente.",
        "Mi cuñado usa {k} y he reservado allí para el sábado.",
    ],
    "en": [
        "Took a bit longer than usual this time.",
        "Edge is ok but not as good as it used to be.",
        "Two days late again, getting tiresome.",
        "Support barely answers any more. Disappointing.",
        "Honestly I'm pretty unhappy with you lately.",
        "My brother-in-law uses {k}, I've booked them for Saturday.",
    ],
    "fr": [
        "Un peu plus long que d'habitude cette fois.",
        "Affûtage correct mais moins bien qu'avant.",
        "Encore deux jours de retard, ça devient lassant.",
        "Le service client ne répond presque plus. Décevant.",
        "Franchement je suis assez mécontent ces temps-ci.",
        "Mon beau-frère passe par {k}, j'ai réservé chez eux samedi.",
    ],
    "it": [
        "Stavolta un po' più lento del solito.",
        "Affilatura ok ma non come prima.",
        "Di nuovo due giorni di ritardo, comincia a stancare.",
        "Il servizio clienti non risponde quasi più. Deludente.",
        "Sinceramente ultimamente sono piuttosto scontento.",
        "Mio cognato usa {k}, ho prenotato da loro per sabato.",
    ],
    "pt": [
        "Desta vez demorou mais do que o costume.",
        "A afiação está ok mas já não é como antes.",
        "Outra vez dois dias de atraso, começa a cansar.",
        "O apoio ao cliente quase não responde. Desiludido.",
        "Sinceramente ando bastante insatisfeito.",
        "O meu cunhado usa a {k}, marquei lá para sábado.",
    ],
}

CANCEL: W = {
    "de": ["Bitte kündigen Sie meine Molaterra Plus Mitgliedschaft und schließen Sie mein Konto."],
    "es": ["Quiero darme de baja de Molaterra Plus y cerrar mi cuenta, por favor."],
    "en": ["Please cancel my Molaterra Plus membership and close my account."],
    "fr": ["Merci de résilier mon abonnement Molaterra Plus et de fermer mon compte."],
    "it": ["Vi chiedo di disdire Molaterra Plus e chiudere il mio account."],
    "pt": ["Quero cancelar o Molaterra Plus e fechar a minha conta."],
}

SORRY_GO: W = {
    "de": ["Schade, dass Sie gehen. Ihre Mitgliedschaft ist gekündigt. {a}"],
    "es": ["Sentimos que se vaya. Su suscripción está cancelada. {a}"],
    "en": ["Sorry to see you go. Your membership is cancelled. {a}"],
    "fr": ["Dommage de vous voir partir. Votre abonnement est résilié. {a}"],
    "it": ["Ci dispiace vederla andare via. L'abbonamento è disdetto. {a}"],
    "pt": ["Lamentamos a sua saída. A subscrição foi cancelada. {a}"],
}

GRUMBLE: W = {
    "de": ["Die App ist schon wieder langsam beim Tracking.", "Preise sind echt gestiegen, hmm."],
    "es": ["La app va lentísima con el seguimiento.", "los precios han subido bastante eh"],
    "en": ["The app's tracking page is sluggish again."],
    "fr": ["L'appli rame pour le suivi."],
    "it": ["L'app è lenta con il tracciamento."],
    "pt": ["A app está lenta no seguimento."],
}

B2B_COMPLAINT: dict[str, W] = {
    "invoice": {
        "de": [
            "Die Rechnungen für {w} kommen ohne Bestellnummer, unsere Buchhaltung zahlt so nicht."
        ],
        "es": ["Las facturas de {w} llegan sin número de pedido, contabilidad no puede pagarlas."],
        "en": ["Invoices for {w} arrive without our PO number, accounts won't pay them."],
        "fr": ["Les factures de {w} arrivent sans bon de commande, la compta bloque."],
        "it": ["Le fatture di {w} arrivano senza numero d'ordine, l'amministrazione non paga."],
        "pt": ["As faturas da {w} chegam sem número de encomenda, a contabilidade não paga."],
    },
    "service_blocked": {
        "de": ["Der Fahrer hat heute unsere Messer nicht abgeholt: Konto {w} angeblich gesperrt."],
        "es": [
            "El conductor no recogió nuestros cuchillos: dice que la cuenta de {w} está bloqueada."
        ],
        "en": ["Driver refused our pick-up today, says the {w} account is on stop."],
        "fr": ["Le chauffeur a refusé l'enlèvement, compte {w} soi-disant bloqué."],
        "it": ["L'autista non ha ritirato, dice che l'account {w} è bloccato."],
        "pt": ["O motorista recusou a recolha, diz que a conta da {w} está bloqueada."],
    },
    "portal": {
        "de": ["Im Firmenportal sieht {w} keine offenen Aufträge mehr."],
        "es": ["En el portal de empresa {w} no ve ningún pedido abierto."],
        "en": ["The business portal shows no open orders for {w}."],
        "fr": ["Le portail pro n'affiche aucune commande en cours pour {w}."],
        "it": ["Il portale aziende non mostra ordini aperti per {w}."],
        "pt": ["O portal empresas não mostra encomendas abertas da {w}."],
    },
    "overbilled": {
        "de": ["{w} wird pro Messer abgerechnet statt zum vereinbarten Monatspreis."],
        "es": ["A {w} nos cobráis por cuchillo en vez de la cuota mensual pactada."],
        "en": ["{w} is billed per knife instead of the agreed monthly rate."],
        "fr": ["{w} est facturé à la pièce au lieu du forfait mensuel."],
        "it": ["{w} viene fatturata a pezzo invece del canone mensile."],
        "pt": ["A {w} está a ser cobrada à peça em vez da mensalidade."],
    },
}

B2B_LAST: W = {
    "de": [
        "Zu {c}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat "
        "schon bei {k} angefragt."
    ],
    "es": [
        "Sobre {c}: nada resuelto y varios compañeros ya escribieron. Compras ya ha pedido "
        "precios a {k}."
    ],
    "en": [
        "Re {c}: nothing fixed and several colleagues wrote. Procurement has asked {k} for rates."
    ],
    "fr": ["Pour {c} : rien de réglé, plusieurs collègues ont écrit. Les achats consultent {k}."],
    "it": ["Su {c}: niente risolto, diversi colleghi hanno scritto. Gli acquisti sentono {k}."],
    "pt": [
        "Sobre o {c}: nada resolvido, vários colegas escreveram. As compras já "
        "pediram preços à {k}."
    ],
}

B2B_MILD: W = {
    "de": ["Kleiner Vorschlag: könnten die Lieferscheine die Kostenstelle zeigen?"],
    "es": ["Una sugerencia: ¿podríais poner el centro de coste en los albaranes?"],
    "en": ["Small suggestion: could delivery notes show our cost centre?"],
    "fr": ["Petite suggestion : le centre de coût sur les bons de livraison ?"],
    "it": ["Un suggerimento: il centro di costo sulle bolle?"],
    "pt": ["Uma sugestão: o centro de custo nas guias de remessa?"],
}

B2B_PRAISE: W = {
    "de": ["Küche bestens versorgt, Messer jede Woche pünktlich zurück. Danke!"],
    "es": ["La cocina encantada, cuchillos de vuelta cada semana puntuales."],
    "en": ["Kitchen team happy, knives back every week on time."],
    "fr": ["La cuisine est ravie, couteaux toujours à l'heure."],
    "it": ["La cucina è contenta, coltelli sempre puntuali."],
    "pt": ["A cozinha está contente, facas sempre a tempo."],
}

SPIKE_REPORT: W = {
    "de": [
        "Das Versandetikett in der App zeigt Name und Adresse von einer fremden Person!! {e}",
        "WAS IST DAS? Mein Etikett für die Messerbox hat die Adresse von jemand anderem drauf",
        "neues etikett anfordern geht nicht, fehler {e}, und das alte hat ne fremde adresse",
    ],
    "es": [
        "La etiqueta de envío de la app sale con el nombre y la dirección de OTRA persona. {e}",
        "quiero imprimir la etiqueta de la caja y aparece la direccion de un desconocido???",
        "al regenerar la etiqueta me da error {e}. y la de antes tiene datos de otro cliente",
    ],
    "en": ["The shipping label in the app has a stranger's name and address on it! {e}"],
    "fr": ["L'étiquette d'envoi dans l'appli affiche l'adresse d'un inconnu. Erreur {e}"],
    "it": ["l'etichetta di spedizione nell'app ha il nome e l'indirizzo di un altro cliente"],
    "pt": ["A etiqueta de envio na app mostra a morada de outra pessoa! Erro {e}"],
}

SPIKE_CALL: W = {
    "de": [
        "ja hallo die app zeigt mir auf dem etikett eine fremde adresse ich "
        "schick doch nicht meine messer zu irgendwem"
    ],
    "es": ["hola mire en la app la etiqueta sale con la direccion de otra persona que hago"],
    "en": ["hi the label in the app has someone elses address on it"],
    "fr": ["bonjour l etiquette dans l appli a l adresse de quelqu un d autre"],
    "it": ["buongiorno l etichetta nell app ha l indirizzo di un altro"],
    "pt": ["bom dia a etiqueta na app tem a morada de outra pessoa"],
}

SPIKE_AGAIN: W = {
    "de": ["Immer noch: auch auf dem Handy meiner Frau fremde Adresse auf dem Etikett, {e}."],
    "es": ["Sigue igual, en el móvil de mi mujer la etiqueta también sale con otra dirección. {e}"],
    "en": ["Still the same, the label shows someone else's address on my wife's phone too. {e}"],
    "fr": ["Toujours pareil, l'étiquette affiche encore une adresse inconnue. {e}"],
    "it": ["Ancora uguale, l'etichetta ha sempre l'indirizzo sbagliato. {e}"],
    "pt": ["Continua igual, a etiqueta ainda tem a morada de outra pessoa. {e}"],
}

SPIKE_AGENT: W = {
    "de": [
        "Ja, die Versandetiketten in der App sind gerade fehlerhaft. Bitte nichts drucken, "
        "unser Team ist dran. {a}"
    ],
    "es": [
        "Sí, las etiquetas de la app fallan ahora mismo. No imprima nada, el equipo ya está "
        "en ello. {a}"
    ],
    "en": [
        "Yes, app shipping labels are wrong right now. Please don't print, the team is on it. {a}"
    ],
    "fr": ["Oui, les étiquettes de l'appli sont erronées. N'imprimez rien, on s'en occupe. {a}"],
    "it": ["Sì, le etichette nell'app sono errate. Non stampi nulla, ci stiamo lavorando. {a}"],
    "pt": ["Sim, as etiquetas da app estão erradas. Não imprima, estamos a tratar. {a}"],
}

SPIKE_FIXED: W = {
    "de": [
        "Die Versandetiketten sind seit {t} Uhr wieder korrekt. Als "
        "Entschuldigung: {m} Guthaben. {a}"
    ],
    "es": ["Las etiquetas vuelven a ser correctas desde las {t}. Le abonamos {m}. {a}"],
    "en": ["Shipping labels are correct again since {t}. We've added {m} credit. {a}"],
    "fr": ["Les étiquettes sont de nouveau correctes depuis {t}. {m} de crédit ajoutés. {a}"],
    "it": ["Le etichette sono di nuovo corrette dalle {t}. Le abbiamo accreditato {m}. {a}"],
    "pt": ["As etiquetas estão corretas desde as {t}. Creditámos {m}. {a}"],
}

LONE_Q: W = {
    "de": [
        "Auf dem Etikett steht meine alte Postleitzahl, hab die Adresse "
        "gestern geändert. Passt das?"
    ],
    "es": ["En la etiqueta sale mi piso anterior, cambié la dirección ayer. ¿Llegará bien?"],
}

LONE_A: W = {
    "de": ["Das Etikett wird beim Drucken neu erzeugt, dann steht die neue Adresse drauf. {a}"],
    "es": ["La etiqueta se genera de nuevo al imprimir, saldrá la dirección nueva. {a}"],
}

SURVEY_HAPPY: W = {
    "de": ["Alles bestens", ""],
    "es": ["Todo perfecto", ""],
    "en": ["All great"],
    "fr": ["Parfait"],
    "it": ["Tutto ottimo"],
    "pt": ["Tudo ótimo"],
}

SURVEY_LOW: W = {
    "de": ["Enttäuschend", "Nie wieder so"],
    "es": ["Muy decepcionado", "fatal"],
    "en": ["Very disappointed"],
    "fr": ["Déçu"],
    "it": ["Deluso"],
    "pt": ["Desiludido"],
}

AGENTS = ("Lena", "Jonas", "Marta", "Pablo", "Aoife", "Chloé", "Giulia", "Inês")
