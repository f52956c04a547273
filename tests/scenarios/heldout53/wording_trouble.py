# ruff: noqa: E501
"""Consumers' trouble for the 53rd hand-written set (report only, never tune on it).

Complaints of the six consumer problems, letters, follow-ups, the agents' case e-mails,
confirmations, apologies, the slide, leavers, grumbles and sarcasm. Written by hand from
the stories, French and Spanish first. {amt} is written money, {say} spoken money.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "payout", "wrong_price")

#: The sum each problem is about, in euros (converted for UK and Swiss customers).
AMOUNT: dict[str, float] = {
    "no_show": 48.00,
    "double_charge": 61.40,
    "damage": 29.00,
    "refund": 34.50,
    "payout": 87.20,
    "wrong_price": 12.60,
}

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "colis marqué livré mais jamais reçu",
        "double_charge": "commande débitée deux fois",
        "damage": "article taché et abîmé à la réception",
        "refund": "remboursement de retour non reçu",
        "payout": "paiement de mes ventes bloqué",
        "wrong_price": "commission Club non appliquée",
    },
    "es": {
        "no_show": "pedido entregado que nunca llegó",
        "double_charge": "cobro duplicado",
        "damage": "prenda manchada y rota al recibirla",
        "refund": "reembolso de devolución no recibido",
        "payout": "pago de mis ventas bloqueado",
        "wrong_price": "comisión del Club no aplicada",
    },
    "de": {
        "no_show": "als zugestellt markiert, nie angekommen",
        "double_charge": "doppelt abgebucht",
        "damage": "Artikel fleckig und beschädigt angekommen",
        "refund": "Erstattung der Rücksendung fehlt",
        "payout": "Auszahlung meiner Verkäufe blockiert",
        "wrong_price": "Club-Provision nicht angewendet",
    },
    "it": {
        "no_show": "ordine segnato consegnato mai arrivato",
        "double_charge": "addebito doppio",
        "damage": "capo macchiato e rovinato all'arrivo",
        "refund": "rimborso del reso non ricevuto",
        "payout": "pagamento delle vendite bloccato",
        "wrong_price": "commissione Club non applicata",
    },
    "en": {
        "no_show": "parcel marked delivered, never arrived",
        "double_charge": "charged twice",
        "damage": "item stained and damaged on arrival",
        "refund": "return refund not received",
        "payout": "payout for my sales stuck",
        "wrong_price": "Club commission not applied",
    },
    "pt": {
        "no_show": "encomenda dada como entregue mas não recebida",
        "double_charge": "cobrança em duplicado",
        "damage": "peça manchada e danificada ao receber",
        "refund": "reembolso da devolução em falta",
        "payout": "pagamento das vendas bloqueado",
        "wrong_price": "comissão do Club não aplicada",
    },
}

#: Complaint subjects ({topic} from TOPIC).
SUBJECTS: dict[str, tuple[str, ...]] = {
    "fr": ("URGENT - {topic}", "Réclamation {topic}", "{topic} !!"),
    "es": ("Queja - {topic}", "URGENTE: {topic}", "{topic}"),
    "de": ("Reklamation – {topic}", "{topic}"),
    "it": ("Problema: {topic}", "{topic}"),
    "en": ("{topic} - not happy", "{topic}"),
    "pt": ("Queixa: {topic}", "{topic}"),
}

#: Written complaints (e-mail, web form, chat).
WRITE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "no_show": (
            "Ma commande (des bottines en cuir, {amt}) est marquée LIVRÉE depuis mardi au point relais. Le point relais ne l'a jamais vue. Je fais quoi moi ?",
            "Colis indiqué livré hier à 14h12 dans ma boîte aux lettres. Il n'y a rien dans ma boîte aux lettres. J'ai demandé aux voisins, rien. J'ai payé {amt}.",
            "Bonjour, l'appli dit que mon manteau a été remis en main propre. Je n'ai rien signé, je n'étais même pas chez moi. Merci de faire une enquête",
        ),
        "double_charge": (
            "Vous m'avez débité DEUX fois {amt} pour la même commande, j'ai les deux lignes sur mon relevé. Je veux le remboursement de la deuxième tout de suite.",
            "Une seule commande, deux prélèvements de {amt}. Mon compte est à découvert à cause de vous.",
            "Bonjour, en regardant mon compte je vois la commande de samedi prélevée deux fois ({amt} x2). Ce n'est pas normal, merci de corriger",
        ),
        "damage": (
            "Le pull « très bon état, vérifié par Percheo » a un trou sous le bras et une tache sur le devant. Rien sur les photos. {amt} pour ça ??",
            "Robe reçue aujourd'hui : la fermeture éclair est cassée et il manque la ceinture qui était sur la photo. C'est ça votre contrôle qualité ?",
        ),
        "refund": (
            "Retour déposé il y a 3 semaines, reçu chez vous le 2 d'après le suivi, et toujours pas remboursé des {amt}. Ça commence à bien faire.",
            "Je vous ai renvoyé le jean, vous l'avez reçu, et le remboursement reste « en cours » depuis VINGT jours.",
        ),
        "payout": (
            "Mes 5 articles sont vendus depuis le début du mois, l'argent ({amt}) est bloqué « en attente » dans le porte-monnaie et je ne peux rien virer. Pourquoi ?",
            "Ça fait deux semaines que mes ventes sont « en cours de validation ». {amt} qui m'appartiennent. Débloquez ça svp",
        ),
        "wrong_price": (
            "Je paie le Club tous les mois et vous m'avez pris 35 % de commission sur mes trois dernières ventes au lieu de 20 %. Il me manque {amt}.",
            "Membre du Club depuis un an, et sur la vente de mon manteau vous avez pris la commission normale. {amt} de trop, corrigez svp.",
        ),
    },
    "es": {
        "no_show": (
            "Mi pedido (unas botas de piel, {amt}) pone ENTREGADO desde el martes en el punto de recogida y allí no lo tienen. ¿Dónde está?",
            "La app dice que me lo dejaron en el buzón ayer a las 14:12. En mi buzón no hay nada, he preguntado a los vecinos y nada. He pagado {amt}.",
            "hola, pone que el abrigo se entregó en mano y yo no firmé nada, ni estaba en casa. Quiero que lo investiguéis ya",
        ),
        "double_charge": (
            "Me habéis cobrado DOS veces {amt} por el mismo pedido, tengo los dos cargos en el banco. Quiero la devolución del segundo ya.",
            "Un pedido, dos cargos de {amt}. Me he quedado en números rojos por vuestra culpa.",
            "Buenas, revisando la cuenta veo el pedido del sábado cobrado dos veces ({amt} x2). No es normal, arregladlo por favor",
        ),
        "damage": (
            "El jersey 'muy buen estado, verificado por Percheo' tiene un agujero debajo del brazo y una mancha delante. Nada de eso en las fotos. ¿{amt} por esto?",
            "Me ha llegado el vestido con la cremallera rota y sin el cinturón que salía en la foto. Vaya control de calidad",
        ),
        "refund": (
            "Devolví el pantalón hace TRES semanas, el seguimiento dice que lo recibisteis el día 2 y de los {amt} ni rastro.",
            "Llevo veinte días con el reembolso 'en proceso'. Vosotros ya tenéis la prenda. Yo no tengo ni prenda ni dinero.",
        ),
        "payout": (
            "Vendí 5 prendas a principios de mes y el dinero ({amt}) sigue 'pendiente' en el monedero, no me deja transferirlo. ¿Por qué?",
            "Dos semanas con mis ventas 'en validación'. Son {amt} MÍOS. Desbloqueadlo porfa",
        ),
        "wrong_price": (
            "Pago el Club todos los meses y en mis tres últimas ventas me habéis cobrado el 35 % de comisión en vez del 20 %. Me faltan {amt}.",
            "Soy del Club desde hace un año y en la venta de mi abrigo me habéis cobrado la comisión normal. {amt} de más, corregidlo por favor.",
        ),
    },
    "de": {
        "no_show": (
            "Meine Bestellung (Lederstiefeletten, {amt}) steht seit Dienstag auf ZUGESTELLT, im Paketshop ist nichts angekommen. Wo ist sie?",
        ),
        "double_charge": (
            "Sie haben mir {amt} ZWEIMAL für dieselbe Bestellung abgebucht. Beide Buchungen stehen auf meinem Kontoauszug. Bitte sofort erstatten.",
        ),
        "damage": (
            "Der Pullover 'sehr guter Zustand, von Percheo geprüft' hat ein Loch unter dem Arm und einen Fleck vorne. Davon war auf den Fotos nichts zu sehen.",
        ),
        "refund": (
            "Rücksendung vor drei Wochen abgegeben, laut Sendungsverfolgung bei Ihnen angekommen, und die {amt} sind immer noch nicht da.",
        ),
        "payout": (
            "Fünf Teile seit Monatsanfang verkauft, das Geld ({amt}) hängt 'ausstehend' im Guthaben fest und ich kann nichts überweisen.",
        ),
        "wrong_price": (
            "Ich zahle jeden Monat für den Club und Sie ziehen mir trotzdem 35 % statt 20 % Provision ab. Mir fehlen {amt}.",
        ),
    },
    "it": {
        "no_show": (
            "Il mio ordine (stivaletti in pelle, {amt}) risulta CONSEGNATO da martedì ma al punto di ritiro non c'è. Dov'è finito?",
        ),
        "double_charge": (
            "Mi avete addebitato DUE volte {amt} per lo stesso ordine, ho entrambi i movimenti sull'estratto conto. Rimborsatemi il secondo.",
        ),
        "damage": (
            "Il maglione 'ottime condizioni, verificato da Percheo' ha un buco sotto il braccio e una macchia davanti. Nelle foto non c'era niente.",
        ),
        "refund": (
            "Reso consegnato tre settimane fa, ricevuto da voi secondo il tracking, e dei {amt} ancora nessuna traccia.",
        ),
        "payout": (
            "Ho venduto 5 capi a inizio mese e i soldi ({amt}) restano 'in attesa' nel borsellino, non riesco a trasferirli.",
        ),
        "wrong_price": (
            "Pago il Club ogni mese e sulle ultime tre vendite mi avete preso il 35 % invece del 20 %. Mi mancano {amt}.",
        ),
    },
    "en": {
        "no_show": (
            "My order (leather ankle boots, {amt}) has said DELIVERED since Tuesday and the parcel shop has never seen it. Where is it?",
        ),
        "double_charge": (
            "You've taken {amt} TWICE for the same order, both payments are on my statement. Please refund the second one now.",
        ),
        "damage": (
            "The jumper listed as 'very good condition, checked by Percheo' has a hole under the arm and a stain on the front. None of that was in the photos.",
        ),
        "refund": (
            "I sent my return back three weeks ago, tracking says you got it, and I still haven't had the {amt} back.",
        ),
        "payout": (
            "Sold 5 things at the start of the month and the money ({amt}) is stuck on 'pending' in my wallet, I can't transfer it.",
        ),
        "wrong_price": (
            "I pay for the Club every month and you've charged me 35% commission instead of 20% on my last three sales. I'm {amt} short.",
        ),
    },
    "pt": {
        "no_show": (
            "A minha encomenda (botins de pele, {amt}) aparece como ENTREGUE desde terça e no ponto de recolha não há nada. Onde está?",
        ),
        "double_charge": (
            "Cobraram-me DUAS vezes {amt} pela mesma encomenda, tenho os dois movimentos no banco. Quero o reembolso do segundo já.",
        ),
        "damage": (
            "A camisola 'muito bom estado, verificada pela Percheo' tem um buraco debaixo do braço e uma mancha à frente. Nada disso nas fotos.",
        ),
        "refund": (
            "Devolução entregue há três semanas, segundo o tracking já a receberam, e dos {amt} nem sinal.",
        ),
        "payout": (
            "Vendi 5 peças no início do mês e o dinheiro ({amt}) continua 'pendente' na carteira, não consigo transferir.",
        ),
        "wrong_price": (
            "Pago o Club todos os meses e nas últimas três vendas cobraram-me 35 % de comissão em vez de 20 %. Faltam-me {amt}.",
        ),
    },
}

#: Social posts of the same problems (the brand gets its @).
SHOUT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "no_show": (
            "@Percheo colis LIVRÉ selon vous, jamais arrivé selon moi. Et personne ne répond. Super 😡",
            "commande marquée livrée, boîte aux lettres vide, point relais qui ne sait rien. merci Percheo...",
        ),
        "double_charge": (
            "Percheo m'a prélevé 2 fois la même commande et me voilà à découvert. MERCI 😤",
        ),
        "damage": (
            "« vérifié par Percheo » 😂 mon pull a un trou sous le bras et une tache bien visible. Le contrôle qualité a pris des vacances",
        ),
        "refund": (
            "3 semaines que Percheo a reçu mon retour et toujours pas un centime remboursé. On vous voit @Percheo",
        ),
        "payout": (
            "Mes ventes Percheo bloquées « en attente » depuis 15 jours, c'est MON argent 😡",
        ),
        "wrong_price": (
            "Je paie le Club Percheo et je me prends la commission plein pot. Ils sont forts 🙃",
        ),
    },
    "es": {
        "no_show": (
            "@Percheo ENTREGADO dice. Pues aquí no ha llegado nada y nadie contesta 😡",
            "pedido marcado como entregado, buzón vacío y el punto de recogida no sabe nada. gracias Percheo...",
        ),
        "double_charge": (
            "Percheo me ha cobrado 2 veces el mismo pedido y estoy en números rojos. GENIAL 😤",
        ),
        "damage": (
            "'verificado por Percheo' jajaja el jersey con un agujero y una mancha que se ve desde lejos. el control de calidad de vacaciones",
        ),
        "refund": (
            "Tres semanas desde que Percheo recibió mi devolución y ni un euro. A ver si así me contestáis @Percheo",
        ),
        "payout": ("Mis ventas de Percheo 'pendientes' desde hace 15 días, es MI dinero 😡",),
        "wrong_price": ("Pago el Club de Percheo y me cobran la comisión completa. Qué cracks 🙃",),
    },
    "de": {
        "no_show": (
            "@Percheo laut euch ZUGESTELLT, bei mir nie angekommen. Und keiner antwortet 😡",
        ),
        "double_charge": ("Percheo hat mir dieselbe Bestellung zweimal abgebucht. Danke auch 😤",),
        "damage": (
            "'Von Percheo geprüft' 😂 Loch im Pulli und ein Fleck, den man aus drei Metern sieht",
        ),
        "refund": (
            "Drei Wochen hat Percheo meine Rücksendung schon und ich warte immer noch auf mein Geld",
        ),
        "payout": ("Meine Verkäufe bei Percheo seit 15 Tagen 'ausstehend'. Das ist MEIN Geld",),
        "wrong_price": ("Club bezahlen und trotzdem volle Provision. Percheo, ernsthaft? 🙃",),
    },
    "it": {
        "no_show": ("@Percheo per voi CONSEGNATO, per me mai arrivato. E nessuno risponde 😡",),
        "double_charge": ("Percheo mi ha addebitato due volte lo stesso ordine. Complimenti 😤",),
        "damage": ("'verificato da Percheo' 😂 maglione bucato e macchiato",),
        "refund": ("Tre settimane che Percheo ha il mio reso e io aspetto ancora i soldi",),
        "payout": ("Vendite bloccate 'in attesa' da 15 giorni su Percheo. Sono soldi MIEI",),
        "wrong_price": ("Pago il Club Percheo e mi prendono la commissione piena. Geniali 🙃",),
    },
    "en": {
        "no_show": ("@Percheo says DELIVERED. Nothing here and nobody answering 😡",),
        "double_charge": (
            "Percheo charged me twice for one order and now I'm overdrawn. Cheers 😤",
        ),
        "damage": (
            "'checked by Percheo' 😂 hole in the jumper and a stain you can see from space",
        ),
        "refund": ("Three weeks Percheo has had my return and still no refund",),
        "payout": ("My Percheo sales stuck on 'pending' for 15 days. That's MY money",),
        "wrong_price": ("Paying for Percheo Club and still getting full commission. Nice one 🙃",),
    },
    "pt": {
        "no_show": ("@Percheo ENTREGUE dizem vocês. Aqui não chegou nada e ninguém responde 😡",),
        "double_charge": ("A Percheo cobrou-me 2 vezes a mesma encomenda. Obrigadinho 😤",),
        "damage": ("'verificado pela Percheo' 😂 camisola com buraco e mancha",),
        "refund": ("Três semanas que a Percheo tem a minha devolução e nada de reembolso",),
        "payout": ("Vendas na Percheo 'pendentes' há 15 dias. É o MEU dinheiro",),
        "wrong_price": ("Pago o Club da Percheo e levo com a comissão toda 🙃",),
    },
}

#: Phone transcripts (speech to text: no punctuation).
SAY: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "oui bonjour je vous appelle parce que ma commande est marquée livrée depuis mardi et je l'ai jamais eue le point relais dit qu'il a rien c'est des bottines à {say} donc voilà je voudrais savoir où elles sont",
        "double_charge": "bonjour euh voilà vous m'avez prélevé deux fois la même commande {say} deux fois sur mon compte et là je suis à découvert donc il faut me rembourser vite",
        "damage": "oui bonjour j'ai reçu un pull qui devait être en très bon état et il est troué sous le bras avec une tache devant c'était pas sur les photos je veux le renvoyer et être remboursé",
        "refund": "bonjour je vous appelle pour un remboursement j'ai renvoyé un jean il y a trois semaines vous l'avez reçu et j'ai toujours rien c'est {say}",
        "payout": "oui bonjour c'est pour mes ventes j'ai cinq articles vendus depuis le début du mois et l'argent reste en attente je peux rien virer c'est {say} quand même",
        "wrong_price": "bonjour je suis au Club et vous m'avez pris la commission normale sur mes ventes trente-cinq pour cent au lieu de vingt il me manque {say}",
    },
    "es": {
        "no_show": "hola buenas mire le llamo porque mi pedido pone entregado desde el martes y yo no lo he recibido en el punto de recogida dicen que no tienen nada son unas botas de {say} y quiero saber dónde están",
        "double_charge": "sí hola me han cobrado dos veces el mismo pedido {say} dos veces y me he quedado en números rojos necesito que me lo devuelvan ya",
        "damage": "hola mire me ha llegado un jersey que ponía muy buen estado y tiene un agujero debajo del brazo y una mancha delante eso no salía en las fotos quiero devolverlo",
        "refund": "buenas llamo por un reembolso devolví un pantalón hace tres semanas ustedes lo recibieron y yo sigo sin el dinero son {say}",
        "payout": "hola llamo por mis ventas tengo cinco prendas vendidas desde principios de mes y el dinero sigue pendiente no me deja pasarlo al banco son {say}",
        "wrong_price": "hola soy del Club y me han cobrado la comisión normal en las ventas el treinta y cinco en vez del veinte me faltan {say}",
    },
    "de": {
        "no_show": "ja hallo ich rufe an weil meine Bestellung seit Dienstag als zugestellt angezeigt wird und ich habe sie nie bekommen im Paketshop ist nichts das waren Stiefeletten für {say}",
        "double_charge": "guten Tag Sie haben mir dieselbe Bestellung zweimal abgebucht zweimal {say} und jetzt ist mein Konto im Minus",
        "damage": "hallo ich habe einen Pullover bekommen der in sehr gutem Zustand sein sollte und der hat ein Loch unter dem Arm und einen Fleck das war nicht auf den Fotos",
        "refund": "ja guten Tag es geht um eine Erstattung ich habe vor drei Wochen eine Hose zurückgeschickt die ist bei Ihnen angekommen und ich habe immer noch kein Geld {say}",
        "payout": "hallo es geht um meine Verkäufe fünf Teile verkauft seit Anfang des Monats und das Geld steht immer noch auf ausstehend {say}",
        "wrong_price": "ja hallo ich bin im Club und Sie haben mir die normale Provision abgezogen fünfunddreißig statt zwanzig Prozent mir fehlen {say}",
    },
    "it": {
        "no_show": "pronto buongiorno chiamo perché il mio ordine risulta consegnato da martedì ma io non l'ho mai ricevuto al punto di ritiro non c'è erano degli stivaletti da {say}",
        "double_charge": "buongiorno mi avete addebitato due volte lo stesso ordine {say} due volte e adesso sono in rosso",
        "damage": "pronto ho ricevuto un maglione che doveva essere in ottime condizioni e ha un buco sotto il braccio e una macchia non c'era nelle foto",
        "refund": "buongiorno chiamo per un rimborso ho rispedito dei pantaloni tre settimane fa li avete ricevuti e io ancora niente {say}",
        "payout": "pronto chiamo per le mie vendite cinque capi venduti da inizio mese e i soldi sono ancora in attesa {say}",
        "wrong_price": "buongiorno sono iscritta al Club e mi avete preso la commissione normale trentacinque invece di venti mi mancano {say}",
    },
    "en": {
        "no_show": "hi yeah I'm calling because my order's been showing as delivered since Tuesday and I've never had it the parcel shop says they've got nothing it was a pair of boots {say}",
        "double_charge": "hello you've charged me twice for the same order {say} twice and I'm overdrawn now",
        "damage": "hi I got a jumper that was meant to be very good condition and it's got a hole under the arm and a stain on the front that wasn't in the photos",
        "refund": "hiya it's about a refund I sent some trousers back three weeks ago you've got them and I've still not had the money {say}",
        "payout": "hi it's about my sales I've sold five things since the start of the month and the money's still pending {say}",
        "wrong_price": "hello I'm a Club member and you've taken the normal commission thirty five instead of twenty I'm {say} short",
    },
    "pt": {
        "no_show": "olá boa tarde ligo porque a minha encomenda aparece como entregue desde terça e eu nunca a recebi no ponto de recolha não têm nada eram uns botins de {say}",
        "double_charge": "bom dia cobraram-me duas vezes a mesma encomenda {say} duas vezes e fiquei com a conta a descoberto",
        "damage": "olá recebi uma camisola que devia estar em muito bom estado e tem um buraco debaixo do braço e uma mancha não aparecia nas fotos",
        "refund": "boa tarde é por causa de um reembolso devolvi umas calças há três semanas vocês receberam e eu continuo sem o dinheiro {say}",
        "payout": "olá é sobre as minhas vendas cinco peças vendidas desde o início do mês e o dinheiro continua pendente {say}",
        "wrong_price": "bom dia sou do Club e cobraram-me a comissão normal trinta e cinco em vez de vinte faltam-me {say}",
    },
}

#: Long e-mails with the complaint inside a letter: (language, problem, subject, text).
LETTERS: tuple[tuple[str, str, str, str], ...] = (
    (
        "fr",
        "payout",
        "Mes ventes - paiement bloqué depuis des semaines",
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné, alors pardon si ce n'est pas très ordonné.\n\nAu printemps j'ai vidé l'appartement de ma mère, qui nous a quittés en janvier. Elle avait de très belles choses, des manteaux qu'elle gardait depuis les années 80, des foulards, et je n'avais pas le coeur de tout donner à n'importe qui. Une amie m'a parlé de Percheo, j'ai rempli trois sacs et franchement, au début, tout s'est très bien passé : les photos étaient belles, les prix corrects, et ça me faisait plaisir de penser que ses affaires allaient resservir.\n\nSauf que depuis le 3 du mois, les ventes s'arrêtent dans le porte-monnaie : {amt} « en attente », impossible de virer quoi que ce soit vers mon compte. Le bouton est grisé. J'ai relu la FAQ deux fois, rien n'explique pourquoi.\n\nCe n'est pas une question de sous, enfin si, un peu, mais surtout je voulais reverser cet argent à l'association où ma mère était bénévole, et je le leur ai promis pour la fin du mois.\n\nPouvez-vous me dire ce qui bloque, et quand ce sera réglé ?\n\nJe vous remercie,\n{name} {last}",
    ),
    (
        "fr",
        "damage",
        "Robe reçue abîmée",
        "Bonjour,\n\nJe profite de la pause de midi (je suis aide-soignante, les pauses sont courtes) pour vous écrire au sujet de la robe émeraude commandée pour le baptême de mon neveu, samedi prochain.\n\nJe l'avais choisie avec soin, j'ai même demandé l'avis d'une collègue sur les photos, et elle était notée « excellent état, vérifiée par Percheo ». Le colis est arrivé hier soir. En la sortant j'ai vu tout de suite une tache claire sur le devant, comme de la javel, et un accroc d'un bon centimètre près de la fermeture. Rien de tout ça n'apparaît sur les photos, je les ai regardées à nouveau ce matin, zoom compris.\n\nJe l'ai payée {amt}, ce qui pour moi n'est pas rien, et je n'ai plus le temps d'en trouver une autre avant samedi. Je suis franchement déçue, parce que jusqu'ici je n'avais eu que de bonnes surprises chez vous.\n\nJe voudrais savoir comment la renvoyer sans frais et être remboursée rapidement.\n\nCordialement,\n{name} {last}",
    ),
    (
        "es",
        "no_show",
        "Pedido entregado que no he recibido",
        "Hola:\n\nOs escribo desde la sala de descanso del hospital, que estoy de noches toda la semana y no me da la vida para llamar en vuestro horario.\n\nEl mes pasado mi hijo terminó el grado superior y la graduación es este viernes. Como no le entra nada de lo que tiene, le busqué en Percheo una americana azul marino, de su talla, preciosa, y la pedí con tiempo para no ir con prisas, que ya sabemos cómo somos.\n\nPues bien: la app dice que está ENTREGADA desde el martes a las 11:40 en el punto de recogida del estanco de mi calle. Fui el miércoles al salir del turno y el señor del estanco, muy amable, buscó dos veces y me enseñó su lista: ese paquete nunca llegó allí. Volví el jueves por si acaso. Nada.\n\nSon {amt}, y sobre todo es la americana del viernes. Os pido por favor que averigüéis dónde está y que me digáis algo hoy, porque si no tendré que comprar otra en una tienda con un dinero que no tengo.\n\nGracias de antemano,\n{name} {last}",
    ),
    (
        "es",
        "refund",
        "Devolución sin reembolsar",
        "Buenas tardes:\n\nEscribo desde el coche, esperando a que mi pareja salga de una entrevista de trabajo, así que perdón por las faltas.\n\nEstamos de mudanza a un piso más pequeño y estoy intentando no acumular, por eso me parecía tan buena idea comprar de segunda mano. Pedí unos pantalones de vestir para la oficina, me quedaban grandes de cintura y los devolví el mismo día por la app, todo muy fácil, eso lo reconozco.\n\nEl problema es que el seguimiento dice que los recibisteis el día 2 y desde entonces el reembolso está 'en proceso'. Han pasado tres semanas. Con la mudanza, la fianza del piso nuevo y todo, {amt} me hacen falta, no es un capricho.\n\nEscribí en el chat y me dijeron que 'en unos días'. Ya han pasado bastantes días.\n\n¿Podéis revisarlo y darme una fecha concreta?\n\nUn saludo,\n{name} {last}",
    ),
    (
        "es",
        "double_charge",
        "Cobro duplicado en mi tarjeta",
        "Hola, buenos días:\n\nNormalmente os escribo en francés porque vivo en Lyon desde hace años, pero esto prefiero contarlo en mi idioma para explicarme bien.\n\nEl sábado hice un pedido con un abrigo y dos jerséis para mis padres, que vienen de Zaragoza a pasar el invierno conmigo. Pagué una vez, me llegó un solo correo de confirmación, y esta mañana, mirando el banco antes de ir a trabajar, veo el mismo importe cargado DOS veces: {amt} y {amt}, a la misma hora.\n\nEntiendo que los errores pasan, pero este mes voy muy justa con los billetes de avión de mis padres y el segundo cargo me ha dejado la cuenta casi a cero.\n\nOs pido que anuléis el cargo duplicado cuanto antes y me confirméis por escrito cuándo lo veré en la cuenta.\n\nMuchas gracias,\n{name} {last}",
    ),
)

#: The problem said again, still open (lower case, to go inside a sentence).
RESTATE: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "le colis marqué livré n'est toujours pas là",
        "double_charge": "le double prélèvement n'est toujours pas remboursé",
        "damage": "je n'ai toujours ni étiquette de retour ni remboursement pour l'article abîmé",
        "refund": "le remboursement de mon retour n'est toujours pas arrivé",
        "payout": "mes ventes sont toujours bloquées en attente",
        "wrong_price": "la commission Club n'est toujours pas corrigée",
    },
    "es": {
        "no_show": "el paquete que pone entregado sigue sin aparecer",
        "double_charge": "el cobro duplicado sigue sin devolverse",
        "damage": "sigo sin etiqueta de devolución y sin reembolso por la prenda dañada",
        "refund": "el reembolso de mi devolución sigue sin llegar",
        "payout": "mis ventas siguen bloqueadas en pendiente",
        "wrong_price": "la comisión del Club sigue sin corregirse",
    },
    "de": {
        "no_show": "das als zugestellt markierte Paket ist immer noch nicht da",
        "double_charge": "die doppelte Abbuchung ist immer noch nicht erstattet",
        "damage": "ich habe immer noch weder Rücksendeetikett noch Erstattung für den beschädigten Artikel",
        "refund": "die Erstattung meiner Rücksendung ist immer noch nicht da",
        "payout": "meine Verkäufe hängen immer noch auf ausstehend",
        "wrong_price": "die Club-Provision ist immer noch nicht korrigiert",
    },
    "it": {
        "no_show": "il pacco segnato consegnato non è ancora arrivato",
        "double_charge": "l'addebito doppio non è ancora stato rimborsato",
        "damage": "non ho ancora né etichetta di reso né rimborso per il capo rovinato",
        "refund": "il rimborso del reso non è ancora arrivato",
        "payout": "le vendite sono ancora bloccate in attesa",
        "wrong_price": "la commissione Club non è ancora stata corretta",
    },
    "en": {
        "no_show": "the parcel marked delivered still hasn't turned up",
        "double_charge": "the double charge still hasn't been refunded",
        "damage": "I still have neither a return label nor a refund for the damaged item",
        "refund": "the refund for my return still hasn't arrived",
        "payout": "my sales are still stuck on pending",
        "wrong_price": "the Club commission still hasn't been corrected",
    },
    "pt": {
        "no_show": "a encomenda dada como entregue continua sem aparecer",
        "double_charge": "a cobrança em duplicado continua sem ser devolvida",
        "damage": "continuo sem etiqueta de devolução nem reembolso pela peça danificada",
        "refund": "o reembolso da devolução continua sem chegar",
        "payout": "as vendas continuam bloqueadas em pendente",
        "wrong_price": "a comissão do Club continua por corrigir",
    },
}

#: Later written contacts about the same open case: second, third (naming a competitor), fourth.
FOLLOW: dict[str, dict[int, tuple[str, ...]]] = {
    "fr": {
        2: (
            "Bonjour, je relance pour le dossier {ref} : {restate}. Personne ne m'a recontacté.",
            "Dossier {ref}, deuxième message. {Restate}. Vous pouvez me dire où ça en est ?",
        ),
        3: (
            "Troisième message pour le dossier {ref} : {restate}. Ma soeur vend et achète sur {comp}, chez eux ce genre de chose se règle en deux jours. Je commence à comprendre pourquoi.",
            "Dossier {ref}, TROISIÈME fois que j'écris et {restate}. J'ai regardé les conditions de {comp} hier soir, je vous laisse deviner pourquoi.",
        ),
        4: (
            "QUATRIÈME fois. Dossier {ref}. {Restate}. Je veux une réponse aujourd'hui, pas un message automatique.",
            "Dossier {ref} : je vous écris pour la QUATRIÈME fois. {Restate}. C'est quand que quelqu'un s'en occupe ?",
        ),
    },
    "es": {
        2: (
            "Hola, vuelvo a escribir por la incidencia {ref}: {restate}. Nadie me ha dicho nada.",
            "Incidencia {ref}, segundo mensaje. {Restate}. ¿Me decís cómo va?",
        ),
        3: (
            "Tercer mensaje por la incidencia {ref}: {restate}. Mi cuñada compra y vende en {comp} y allí esto lo arreglan en dos días. Empiezo a entender por qué.",
            "Incidencia {ref}, TERCERA vez que escribo y {restate}. Anoche estuve mirando las condiciones de {comp}, os dejo que adivinéis por qué.",
        ),
        4: (
            "CUARTA vez. Incidencia {ref}. {Restate}. Quiero una respuesta hoy, no un mensaje automático.",
            "Os escribo por CUARTA vez por la incidencia {ref}. {Restate}. ¿Cuándo se va a ocupar alguien?",
        ),
    },
    "de": {
        2: (
            "Hallo, ich melde mich nochmal wegen Vorgang {ref}: {restate}. Niemand hat sich gemeldet.",
        ),
        3: (
            "Dritte Nachricht zu Vorgang {ref}: {restate}. Meine Schwägerin verkauft über {comp}, da ist so etwas in zwei Tagen erledigt.",
        ),
        4: (
            "Zum VIERTEN Mal. Vorgang {ref}. {Restate}. Ich will heute eine Antwort, keine automatische Nachricht.",
        ),
    },
    "it": {
        2: ("Buongiorno, riscrivo per la pratica {ref}: {restate}. Nessuno mi ha ricontattato.",),
        3: (
            "Terzo messaggio per la pratica {ref}: {restate}. Mia cognata vende su {comp} e lì queste cose le risolvono in due giorni.",
        ),
        4: (
            "QUARTA volta. Pratica {ref}. {Restate}. Voglio una risposta oggi, non un messaggio automatico.",
        ),
    },
    "en": {
        2: ("Hi, chasing case {ref} again: {restate}. Nobody has got back to me.",),
        3: (
            "Third message about case {ref}: {restate}. My sister-in-law sells on {comp} and they sort this kind of thing in two days.",
        ),
        4: (
            "FOURTH time. Case {ref}. {Restate}. I want an answer today, not an automated message.",
        ),
    },
    "pt": {
        2: ("Olá, volto a escrever sobre o processo {ref}: {restate}. Ninguém me disse nada.",),
        3: (
            "Terceira mensagem sobre o processo {ref}: {restate}. A minha cunhada vende na {comp} e lá resolvem isto em dois dias.",
        ),
        4: (
            "QUARTA vez. Processo {ref}. {Restate}. Quero uma resposta hoje, não uma mensagem automática.",
        ),
    },
}

#: The same, spoken on the phone.
FOLLOW_SAY: dict[str, dict[int, str]] = {
    "fr": {
        2: "oui bonjour je vous rappelle pour le dossier {ref} {restate} et personne m'a rappelé",
        3: "bonjour c'est la troisième fois que je vous contacte pour le dossier {ref} {restate} ma soeur elle est chez {comp} et eux ils règlent ça en deux jours",
        4: "bonjour c'est la quatrième fois dossier {ref} {restate} je veux parler à un responsable",
    },
    "es": {
        2: "hola buenas llamo otra vez por la incidencia {ref} {restate} y nadie me ha llamado",
        3: "hola es la tercera vez que os contacto por la incidencia {ref} {restate} mi cuñada vende en {comp} y allí esto lo solucionan en dos días",
        4: "buenas es la cuarta vez incidencia {ref} {restate} quiero hablar con un responsable",
    },
    "de": {
        2: "ja hallo ich rufe nochmal wegen Vorgang {ref} an {restate} und keiner hat sich gemeldet",
        3: "hallo das ist jetzt das dritte Mal Vorgang {ref} {restate} meine Schwägerin verkauft über {comp} und da geht das in zwei Tagen",
        4: "guten Tag zum vierten Mal Vorgang {ref} {restate} ich möchte jemanden Verantwortlichen sprechen",
    },
    "it": {
        2: "pronto richiamo per la pratica {ref} {restate} e nessuno mi ha richiamato",
        3: "buongiorno è la terza volta pratica {ref} {restate} mia cognata vende su {comp} e lì lo risolvono in due giorni",
        4: "buongiorno quarta volta pratica {ref} {restate} voglio parlare con un responsabile",
    },
    "en": {
        2: "hi I'm calling again about case {ref} {restate} and no one's called me back",
        3: "hi this is the third time about case {ref} {restate} my sister-in-law sells on {comp} and they sort it in two days",
        4: "hello fourth time now case {ref} {restate} I want to speak to a manager",
    },
    "pt": {
        2: "olá volto a ligar por causa do processo {ref} {restate} e ninguém me ligou",
        3: "bom dia é a terceira vez processo {ref} {restate} a minha cunhada vende na {comp} e lá resolvem em dois dias",
        4: "boa tarde quarta vez processo {ref} {restate} quero falar com um responsável",
    },
}

#: Subjects of later e-mails about a case.
RE_SUBJECT: dict[str, str] = {
    "fr": "RE: Dossier {ref}",
    "es": "RE: Incidencia {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Pratica {ref}",
    "en": "Re: Case {ref}",
    "pt": "RE: Processo {ref}",
}

# --- the agents -----------------------------------------------------------------

CASE_OPENED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {name},\nnous avons bien reçu votre message et ouvert le dossier {ref} ({topic}). Nous revenons vers vous au plus vite.\n{agent}, service client Percheo",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {name}:\nhemos recibido tu mensaje y abierto la incidencia {ref} ({topic}). Te respondemos lo antes posible.\n{agent}, atención al cliente de Percheo",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {name},\nwir haben Ihre Nachricht erhalten und den Vorgang {ref} ({topic}) angelegt. Wir melden uns so schnell wie möglich.\n{agent}, Percheo Kundenservice",
    ),
    "it": (
        "La sua pratica {ref}",
        "Buongiorno {name},\nabbiamo ricevuto il suo messaggio e aperto la pratica {ref} ({topic}). La ricontattiamo al più presto.\n{agent}, assistenza Percheo",
    ),
    "en": (
        "Your case {ref}",
        "Hi {name},\nThanks for getting in touch. We've opened case {ref} ({topic}) and will come back to you as soon as we can.\n{agent}, Percheo customer care",
    ),
    "pt": (
        "O seu processo {ref}",
        "Olá {name},\nrecebemos a sua mensagem e abrimos o processo {ref} ({topic}). Respondemos assim que possível.\n{agent}, apoio ao cliente Percheo",
    ),
}

CASE_CHAT: dict[str, str] = {
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {ref} et je le transmets tout de suite à l'équipe concernée, vous aurez une réponse par e-mail.",
    "es": "Lo siento muchísimo. He abierto la incidencia {ref} y la paso ahora mismo al equipo que corresponde, te contestarán por correo.",
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {ref} angelegt und gebe ihn sofort an das zuständige Team weiter, Sie bekommen eine Antwort per E-Mail.",
    "it": "Mi dispiace davvero. Ho aperto la pratica {ref} e la passo subito al team giusto, riceverà una risposta via e-mail.",
    "en": "I'm really sorry about this. I've opened case {ref} and passed it straight to the right team, you'll get an answer by e-mail.",
    "pt": "Lamento imenso. Abri o processo {ref} e passei-o já à equipa certa, vai receber resposta por e-mail.",
}

#: The case goes to the disputes team lead.
DISPUTES_LEAD: dict[str, tuple[str, str]] = {
    "fr": (
        "Dossier {ref} : transmis à notre responsable litiges",
        "Bonjour {name},\nvotre dossier {ref} est maintenant suivi par Hélène, responsable de l'équipe litiges. Elle vous téléphonera d'ici deux jours ouvrés.\n{agent}, Percheo",
    ),
    "es": (
        "Incidencia {ref}: pasa a nuestra responsable de reclamaciones",
        "Hola {name}:\ntu incidencia {ref} la lleva ahora Amparo, responsable del equipo de reclamaciones. Te llamará en un máximo de dos días laborables.\n{agent}, Percheo",
    ),
    "de": (
        "Vorgang {ref}: an unsere Teamleitung Reklamationen",
        "Hallo {name},\nIhr Vorgang {ref} liegt jetzt bei Frau Albers, Leiterin des Reklamationsteams. Sie ruft Sie innerhalb von zwei Werktagen an.\n{agent}, Percheo",
    ),
    "it": (
        "Pratica {ref}: passata alla responsabile reclami",
        "Buongiorno {name},\nla sua pratica {ref} è ora seguita da Rossella, responsabile del team reclami, che la chiamerà entro due giorni lavorativi.\n{agent}, Percheo",
    ),
    "en": (
        "Case {ref}: now with our disputes team lead",
        "Hi {name},\nYour case {ref} is now with Fiona, who leads our disputes team. She'll phone you within two working days.\n{agent}, Percheo",
    ),
    "pt": (
        "Processo {ref}: com a nossa responsável de reclamações",
        "Olá {name},\no seu processo {ref} está agora com a Teresa, responsável da equipa de reclamações, que lhe vai ligar dentro de dois dias úteis.\n{agent}, Percheo",
    ),
}

URGENT_CHAT: dict[str, str] = {
    "fr": "C'est ajouté à votre dossier {ref}, je le passe en urgent. Désolée pour l'attente.",
    "es": "Lo he añadido a tu incidencia {ref} y la marco como urgente. Perdona la espera.",
    "de": "Ich habe das zu Ihrem Vorgang {ref} hinzugefügt und ihn als dringend markiert. Entschuldigen Sie die Wartezeit.",
    "it": "L'ho aggiunto alla sua pratica {ref} e l'ho segnata come urgente. Ci scusi per l'attesa.",
    "en": "I've added this to your case {ref} and marked it urgent. Sorry for the wait.",
    "pt": "Juntei isto ao seu processo {ref} e marquei-o como urgente. Desculpe a demora.",
}

#: What the agent fixed, inside the "good news" e-mail.
FIXED: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "le transporteur a retrouvé votre colis, il vous attend au point relais depuis ce matin.",
        "double_charge": "le prélèvement en double a été remboursé, comptez 2 à 3 jours pour le voir sur votre compte.",
        "damage": "nous vous avons remboursé l'article et une étiquette de retour gratuite vous attend dans l'appli.",
        "refund": "votre remboursement est parti aujourd'hui.",
        "payout": "le blocage est levé : vos ventes sont disponibles et vous pouvez faire le virement.",
        "wrong_price": "nous avons recalculé vos ventes au taux Club et crédité la différence sur votre porte-monnaie.",
    },
    "es": {
        "no_show": "el transportista ha encontrado tu paquete, te espera en el punto de recogida desde esta mañana.",
        "double_charge": "te hemos devuelto el cargo duplicado, lo verás en tu cuenta en 2 o 3 días.",
        "damage": "te hemos reembolsado la prenda y tienes una etiqueta de devolución gratis en la app.",
        "refund": "tu reembolso ha salido hoy.",
        "payout": "hemos quitado el bloqueo: tus ventas ya están disponibles y puedes transferirlas.",
        "wrong_price": "hemos recalculado tus ventas con la comisión del Club y te hemos abonado la diferencia en el monedero.",
    },
    "de": {
        "no_show": "der Versanddienst hat Ihr Paket gefunden, es liegt seit heute Morgen im Paketshop für Sie bereit.",
        "double_charge": "die doppelte Abbuchung ist erstattet, in 2 bis 3 Tagen sehen Sie sie auf Ihrem Konto.",
        "damage": "wir haben Ihnen den Artikel erstattet, ein kostenloses Rücksendeetikett finden Sie in der App.",
        "refund": "Ihre Erstattung ist heute rausgegangen.",
        "payout": "die Sperre ist aufgehoben: Ihre Verkäufe sind verfügbar und Sie können überweisen.",
        "wrong_price": "wir haben Ihre Verkäufe zum Club-Satz neu berechnet und die Differenz Ihrem Guthaben gutgeschrieben.",
    },
    "it": {
        "no_show": "il corriere ha ritrovato il suo pacco, la aspetta al punto di ritiro da stamattina.",
        "double_charge": "l'addebito doppio è stato rimborsato, lo vedrà sul conto in 2-3 giorni.",
        "damage": "le abbiamo rimborsato il capo e trova un'etichetta di reso gratuita nell'app.",
        "refund": "il suo rimborso è partito oggi.",
        "payout": "il blocco è stato tolto: le vendite sono disponibili e può fare il bonifico.",
        "wrong_price": "abbiamo ricalcolato le vendite con la commissione Club e accreditato la differenza nel borsellino.",
    },
    "en": {
        "no_show": "the courier has found your parcel and it's been waiting at the parcel shop since this morning.",
        "double_charge": "the second charge has been refunded, allow 2 to 3 days for it to show.",
        "damage": "we've refunded the item and there's a free return label waiting in the app.",
        "refund": "your refund went out today.",
        "payout": "the block is lifted: your sales are available and you can transfer them.",
        "wrong_price": "we've recalculated your sales at the Club rate and credited the difference to your wallet.",
    },
    "pt": {
        "no_show": "a transportadora encontrou a sua encomenda, está à sua espera no ponto de recolha desde esta manhã.",
        "double_charge": "a cobrança em duplicado foi devolvida, conte 2 a 3 dias para a ver na conta.",
        "damage": "reembolsámos a peça e tem uma etiqueta de devolução grátis na app.",
        "refund": "o seu reembolso saiu hoje.",
        "payout": "o bloqueio foi levantado: as vendas estão disponíveis e já pode transferir.",
        "wrong_price": "recalculámos as vendas com a comissão do Club e creditámos a diferença na carteira.",
    },
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonne nouvelle pour votre dossier {ref}",
        "Bonjour {name},\n{fixed}\nPouvez-vous nous confirmer que tout est en ordre de votre côté ?\n{agent}, Percheo",
    ),
    "es": (
        "Buenas noticias sobre tu incidencia {ref}",
        "Hola {name}:\n{fixed}\n¿Nos confirmas que por tu parte está todo bien?\n{agent}, Percheo",
    ),
    "de": (
        "Gute Nachrichten zu Vorgang {ref}",
        "Hallo {name},\n{fixed}\nKönnen Sie uns bestätigen, dass bei Ihnen alles in Ordnung ist?\n{agent}, Percheo",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Buongiorno {name},\n{fixed}\nPuò confermarci che da parte sua è tutto a posto?\n{agent}, Percheo",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {name},\n{fixed}\nCould you confirm everything is fine on your side?\n{agent}, Percheo",
    ),
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "Olá {name},\n{fixed}\nPode confirmar-nos que do seu lado está tudo bem?\n{agent}, Percheo",
    ),
}

#: What the customer confirms (lower case, inside a sentence).
OK: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "j'ai récupéré le colis au point relais",
        "double_charge": "le deuxième prélèvement est bien remboursé",
        "damage": "le remboursement de l'article est arrivé",
        "refund": "le remboursement est bien arrivé",
        "payout": "le virement de mes ventes est arrivé",
        "wrong_price": "la différence de commission est bien créditée",
    },
    "es": {
        "no_show": "ya he recogido el paquete en el punto",
        "double_charge": "el segundo cargo ya está devuelto",
        "damage": "me ha llegado el reembolso de la prenda",
        "refund": "el reembolso ya está en la cuenta",
        "payout": "ya me ha llegado la transferencia de las ventas",
        "wrong_price": "ya tengo la diferencia de la comisión en el monedero",
    },
    "de": {
        "no_show": "ich habe das Paket im Paketshop abgeholt",
        "double_charge": "die zweite Abbuchung ist erstattet",
        "damage": "die Erstattung für den Artikel ist da",
        "refund": "die Erstattung ist angekommen",
        "payout": "die Überweisung meiner Verkäufe ist da",
        "wrong_price": "die Provisionsdifferenz ist gutgeschrieben",
    },
    "it": {
        "no_show": "ho ritirato il pacco al punto di ritiro",
        "double_charge": "il secondo addebito è stato rimborsato",
        "damage": "è arrivato il rimborso del capo",
        "refund": "il rimborso è arrivato",
        "payout": "è arrivato il bonifico delle vendite",
        "wrong_price": "la differenza di commissione è accreditata",
    },
    "en": {
        "no_show": "I've picked the parcel up from the shop",
        "double_charge": "the second charge has been refunded",
        "damage": "the refund for the item has come through",
        "refund": "the refund has arrived",
        "payout": "the transfer for my sales has arrived",
        "wrong_price": "the commission difference is in my wallet",
    },
    "pt": {
        "no_show": "já levantei a encomenda no ponto de recolha",
        "double_charge": "a segunda cobrança já foi devolvida",
        "damage": "já recebi o reembolso da peça",
        "refund": "o reembolso já chegou",
        "payout": "a transferência das vendas já chegou",
        "wrong_price": "a diferença da comissão já está na carteira",
    },
}

#: The customer's confirmation: e-mail (subject, text) and chat.
CONFIRM_MAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "RE: Bonne nouvelle pour votre dossier {ref}",
        "Bonjour, je confirme pour le dossier {ref} : {ok}. Merci !\n{name}",
    ),
    "es": (
        "RE: Buenas noticias sobre tu incidencia {ref}",
        "Hola, confirmo lo de la incidencia {ref}: {ok}. ¡Gracias!\n{name}",
    ),
    "de": (
        "AW: Gute Nachrichten zu Vorgang {ref}",
        "Hallo, ich bestätige zu Vorgang {ref}: {ok}. Danke!\n{name}",
    ),
    "it": (
        "R: Buone notizie sulla pratica {ref}",
        "Buongiorno, confermo per la pratica {ref}: {ok}. Grazie!\n{name}",
    ),
    "en": ("Re: Good news on case {ref}", "Hi, confirming for case {ref}: {ok}. Thanks!\n{name}"),
    "pt": (
        "RE: Boas notícias sobre o processo {ref}",
        "Olá, confirmo quanto ao processo {ref}: {ok}. Obrigada!\n{name}",
    ),
}

CONFIRM_CHAT: dict[str, str] = {
    "fr": "bonjour, c'est bon pour le dossier {ref}, {ok}. merci à vous",
    "es": "hola, todo bien con la incidencia {ref}, {ok}. gracias!",
    "de": "hallo, Vorgang {ref} ist erledigt, {ok}. danke",
    "it": "ciao, tutto a posto per la pratica {ref}, {ok}. grazie",
    "en": "hi, all sorted with case {ref}, {ok}. thanks",
    "pt": "olá, está tudo bem com o processo {ref}, {ok}. obrigado",
}

#: Apologies the day after anger: chat, and e-mail (subject, text).
APOLOGY_CHAT: dict[str, str] = {
    "fr": "Bonjour, je voulais m'excuser pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite 🙏",
    "es": "Hola, perdón por cómo os hablé ayer, estaba desbordada. Gracias por solucionarlo tan rápido 🙏",
    "de": "Hallo, sorry für meinen Ton gestern, ich war echt gestresst. Danke, dass das so schnell ging",
    "it": "Ciao, scusate per il messaggio di ieri, ero esasperata. Grazie per aver risolto così in fretta",
    "en": "Hi, sorry about my message yesterday, I'd had a rotten day. Thanks for sorting it so quickly",
    "pt": "Olá, peço desculpa pela mensagem de ontem, estava mesmo farta. Obrigada por resolverem tão depressa",
}

APOLOGY_MAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "Désolé pour hier",
        "Bonjour,\nje me suis un peu emporté hier, ce n'est pas votre faute personnellement. Merci pour la rapidité.\n{name}",
    ),
    "es": (
        "Disculpas",
        "Hola:\nayer me pasé un poco, no es culpa vuestra personalmente. Gracias por la rapidez.\n{name}",
    ),
    "de": (
        "Entschuldigung",
        "Hallo,\nich war gestern etwas ungehalten, das war nicht persönlich gemeint. Danke für die schnelle Lösung.\n{name}",
    ),
    "it": (
        "Scuse",
        "Buongiorno,\nieri ho esagerato, non ce l'avevo con voi personalmente. Grazie per la rapidità.\n{name}",
    ),
    "en": (
        "Apologies",
        "Hi,\nI was a bit short with you yesterday, nothing personal. Thanks for being so quick.\n{name}",
    ),
    "pt": (
        "Desculpas",
        "Olá,\nontem exagerei um bocado, não era nada pessoal. Obrigado pela rapidez.\n{name}",
    ),
}

#: Words left with a low score (empty: nothing).
LOW_NPS_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("Déçu.", "", "bof bof", "service client injoignable", ""),
    "es": ("Decepcionada", "", "fatal", "nadie contesta", ""),
    "de": ("Enttäuscht", ""),
    "it": ("Deluso", ""),
    "en": ("Disappointed", ""),
    "pt": ("Desiludida", ""),
}

LOW_CSAT_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("", "nul", "toujours pas réglé"),
    "es": ("", "mal", "sigue sin arreglarse"),
    "de": ("", "schlecht"),
    "it": ("", "male"),
    "en": ("", "poor"),
    "pt": ("", "mau"),
}

# --- the slide (six steps, the last names a competitor) --------------------------

#: {fee} is the "return to sender" fee in the customer's money.
SLIDE: dict[str, tuple[str, str, str, str, str, str]] = {
    "fr": (
        "Commande Percheo arrivée avec 4 jours de retard, le point relais l'avait mise dans l'arrière-boutique sans prévenir. Un peu déçue cette fois.",
        "Le pull « très bon état » bouloche de partout. Les descriptions de Percheo deviennent généreuses on dirait",
        "Mes ventes ont mis 10 jours à arriver dans le porte-monnaie au lieu de 3, et la commission a l'air plus haute qu'avant. Ça se dégrade chez Percheo",
        "La moitié de mon sac refusée et « recyclée » sans qu'on me demande rien. Des pulls en parfait état. Je ne comprends plus Percheo",
        "Et maintenant Percheo me facture {fee} de « retour à l'expéditeur » pour des articles que je n'ai JAMAIS demandé à récupérer. C'est du vol.",
        "Ma voisine vend tout sur {comp}, payée en 48 h, rien de refusé. Mon prochain sac part chez eux samedi.",
    ),
    "es": (
        "El pedido de Percheo llegó con 4 días de retraso, en el punto lo tenían en el almacén sin avisar. Esta vez un poco decepcionada.",
        "El jersey de 'muy buen estado' tiene bolitas por todas partes. Las descripciones de Percheo cada vez más generosas...",
        "Las ventas han tardado 10 días en llegar al monedero en vez de 3 y la comisión parece más alta. Percheo va a peor",
        "Me han rechazado la mitad del saco y lo han 'reciclado' sin preguntarme. Jerséis perfectos. Ya no entiendo a Percheo",
        "Y ahora Percheo me cobra {fee} de 'devolución al remitente' por prendas que NUNCA pedí que me devolvieran. Esto es un robo.",
        "Mi vecina lo vende todo en {comp}, le pagan en 48 h y no le rechazan nada. El próximo saco se lo mando a ellos el sábado.",
    ),
    "de": (
        "Percheo-Bestellung kam vier Tage zu spät, der Paketshop hatte sie hinten liegen ohne Bescheid. Diesmal etwas enttäuscht.",
        "Der Pulli in 'sehr gutem Zustand' ist komplett verfilzt. Die Beschreibungen bei Percheo werden großzügig",
        "Meine Verkäufe brauchten 10 Tage statt 3 bis aufs Guthaben, und die Provision wirkt höher als früher. Percheo lässt nach",
        "Die Hälfte meines Sacks abgelehnt und 'recycelt', ohne mich zu fragen. Pullis in einwandfreiem Zustand. Ich verstehe Percheo nicht mehr",
        "Und jetzt berechnet mir Percheo {fee} für 'Rücksendung an den Absender' für Sachen, die ich NIE zurückhaben wollte. Frechheit.",
        "Meine Nachbarin verkauft alles über {comp}, bekommt ihr Geld in 48 Stunden und nichts wird abgelehnt. Mein nächster Sack geht Samstag zu denen.",
    ),
    "it": (
        "Ordine Percheo arrivato con 4 giorni di ritardo, il punto di ritiro l'aveva in magazzino senza avvisare. Stavolta un po' delusa.",
        "Il maglione 'ottime condizioni' è pieno di pallini. Le descrizioni di Percheo diventano generose",
        "Le vendite ci hanno messo 10 giorni invece di 3 ad arrivare nel borsellino e la commissione sembra più alta. Percheo peggiora",
        "Metà della mia borsa rifiutata e 'riciclata' senza chiedermi nulla. Maglioni perfetti. Non capisco più Percheo",
        "E adesso Percheo mi addebita {fee} di 'reso al mittente' per capi che non ho MAI chiesto indietro. È un furto.",
        "La mia vicina vende tutto su {comp}, pagata in 48 ore e niente rifiutato. La prossima borsa la mando a loro sabato.",
    ),
    "en": (
        "Percheo order turned up 4 days late, the parcel shop had it in the back and never told me. Bit disappointed this time.",
        "The 'very good condition' jumper is bobbled all over. Percheo's descriptions are getting generous",
        "My sales took 10 days to reach my wallet instead of 3 and the commission looks higher than before. Percheo's slipping",
        "Half my bag rejected and 'recycled' without anyone asking me. Jumpers in perfect condition. I don't get Percheo any more",
        "And now Percheo charges me {fee} 'return to sender' for things I NEVER asked to have back. That's theft.",
        "My neighbour sells everything on {comp}, paid in 48 hours and nothing rejected. My next bag goes to them on Saturday.",
    ),
    "pt": (
        "Encomenda da Percheo chegou com 4 dias de atraso, o ponto de recolha tinha-a lá atrás sem avisar. Desta vez um bocado desiludida.",
        "A camisola em 'muito bom estado' está cheia de borbotos. As descrições da Percheo andam generosas",
        "As vendas demoraram 10 dias a chegar à carteira em vez de 3 e a comissão parece mais alta. A Percheo está a piorar",
        "Metade do meu saco recusado e 'reciclado' sem me perguntarem nada. Camisolas perfeitas. Já não percebo a Percheo",
        "E agora a Percheo cobra-me {fee} de 'devolução ao remetente' por peças que NUNCA pedi de volta. Isto é um roubo.",
        "A minha vizinha vende tudo na {comp}, recebe em 48 horas e nada é recusado. O próximo saco vai para eles no sábado.",
    ),
}

SLIDE_FEE = 6.90

# --- those who leave --------------------------------------------------------------

#: (subject, text, reason) asking to cancel the Club and close the account.
LEAVE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "Résiliation Club et fermeture du compte",
            "Bonjour,\nje pars m'installer au Québec pour le travail en septembre et je ne vais pas continuer avec Percheo là-bas. Je voudrais résilier le Club et fermer mon compte. Merci pour tout, j'ai adoré vendre et acheter chez vous.\n{name} {last}",
            "moves to Québec for work",
        ),
        (
            "Fermer mon compte",
            "Bonjour, j'ai décidé de faire une année sans rien acheter et j'ai déjà vidé mon armoire avec vous. Je souhaite donc arrêter le Club et fermer mon compte. Bonne continuation, {name}",
            "a year without buying clothes, wardrobe already emptied",
        ),
    ),
    "es": (
        (
            "Baja del Club y cierre de cuenta",
            "Hola:\nmis hijos ya son mayores y ya no compro ropa infantil, que era para lo que más usaba Percheo. Quiero darme de baja del Club y cerrar la cuenta. Gracias por estos años.\n{name} {last}",
            "children grown up, no more kids' clothes",
        ),
        (
            "Cerrar cuenta",
            "Buenas, me mudo a Chile por trabajo el mes que viene y no voy a seguir usando Percheo. Quiero cancelar el Club y cerrar mi cuenta. Un saludo, {name}",
            "moves to Chile for work",
        ),
    ),
    "de": (
        (
            "Club kündigen und Konto schließen",
            "Hallo,\nich ziehe im Herbst nach Kanada und werde Percheo dort nicht mehr nutzen. Bitte kündigen Sie meinen Club und schließen Sie mein Konto. Danke für die schöne Zeit.\n{name} {last}",
            "moves to Canada",
        ),
    ),
    "it": (
        (
            "Disdetta Club e chiusura account",
            "Buongiorno, ho deciso di fare un anno senza comprare vestiti e ho già svuotato l'armadio con voi. Vorrei disdire il Club e chiudere l'account. Grazie di tutto, {name}",
            "a year without buying clothes",
        ),
    ),
    "en": (
        (
            "Cancel Club and close account",
            "Hi,\nI'm moving to Canada for work in the autumn so I won't be using Percheo any more. Please cancel my Club membership and close my account. Thanks for everything.\n{name}",
            "moves to Canada for work",
        ),
    ),
    "pt": (
        (
            "Cancelar Club e fechar conta",
            "Olá, os meus filhos já cresceram e já não compro roupa de criança, que era para isso que usava a Percheo. Quero cancelar o Club e fechar a conta. Obrigada, {name}",
            "children grown up",
        ),
    ),
}

SORRY_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "RE: {subject}",
        "Bonjour {name},\nnous sommes tristes de vous voir partir. Vous pouvez résilier le Club vous-même dans l'appli (Compte > Club > Résilier) puis fermer le compte dans Paramètres, ou sur le site.\nMerci pour ces années,\n{agent}, Percheo",
    ),
    "es": (
        "RE: {subject}",
        "Hola {name}:\nqué pena que te vayas. Puedes cancelar el Club tú mismo en la app (Cuenta > Club > Cancelar) y cerrar la cuenta en Ajustes, o desde la web.\nGracias por estos años,\n{agent}, Percheo",
    ),
    "de": (
        "AW: {subject}",
        "Hallo {name},\nschade, dass Sie gehen. Den Club können Sie selbst in der App kündigen (Konto > Club > Kündigen) und das Konto unter Einstellungen schließen, auch auf der Website.\nDanke für die gemeinsame Zeit,\n{agent}, Percheo",
    ),
    "it": (
        "R: {subject}",
        "Buongiorno {name},\nci dispiace vederla andare via. Può disdire il Club dall'app (Account > Club > Disdici) e chiudere l'account in Impostazioni, anche dal sito.\nGrazie per questi anni,\n{agent}, Percheo",
    ),
    "en": (
        "Re: {subject}",
        "Hi {name},\nSorry to see you go. You can cancel the Club yourself in the app (Account > Club > Cancel) and close the account under Settings, or on the website.\nThanks for everything,\n{agent}, Percheo",
    ),
    "pt": (
        "RE: {subject}",
        "Olá {name},\ntemos pena que saia. Pode cancelar o Club na app (Conta > Club > Cancelar) e fechar a conta em Definições, ou no site.\nObrigado por estes anos,\n{agent}, Percheo",
    ),
}

#: The reason typed in the web cancellation form.
CANCEL_FORM: dict[str, str] = {
    "fr": "Motif : {reason}",
    "es": "Motivo: {reason}",
    "de": "Grund: {reason}",
    "it": "Motivo: {reason}",
    "en": "Reason: {reason}",
    "pt": "Motivo: {reason}",
}

CANCEL_REASON: dict[str, tuple[str, ...]] = {
    "fr": ("déménagement à l'étranger", "je n'achète plus de vêtements"),
    "es": ("ya no lo necesito", "me mudo fuera"),
    "de": ("Umzug ins Ausland",),
    "it": ("non compro più vestiti",),
    "en": ("moving abroad",),
    "pt": ("já não preciso",),
}

# --- grumbles, sarcasm, mild remarks --------------------------------------------

GRUMBLES: dict[str, tuple[str, ...]] = {
    "fr": (
        "Les filtres de taille de l'appli Percheo se réinitialisent à chaque fois que j'ouvre un article. Pénible.",
        "Pourquoi Percheo m'envoie une notif de drop à 7h du matin le dimanche ?",
        "Point relais Percheo qui ferme à 18h, impossible pour qui travaille",
        "Encore 3,99 € de port pour un t-shirt à 6 €. Percheo, sérieusement",
        "Les photos Percheo sont toujours aussi sombres, impossible de voir la vraie couleur",
        "Mon sac Percheo attend d'être traité depuis 3 semaines. Comme d'hab",
        "La recherche Percheo ne comprend pas « pantalon large », elle me sort des shorts",
    ),
    "es": (
        "Los filtros de talla de la app de Percheo se borran cada vez que abro una prenda. Qué pesadez.",
        "¿Por qué Percheo me manda la notificación del drop a las 7 de la mañana un domingo?",
        "El punto de recogida de Percheo cierra a las 18h, imposible si trabajas",
        "Otra vez 3,99 € de envío por una camiseta de 6 €. En serio Percheo",
        "Las fotos de Percheo siguen igual de oscuras, no hay manera de ver el color real",
        "Mi saco de Percheo lleva 3 semanas esperando a que lo procesen. Como siempre",
        "El buscador de Percheo no entiende 'pantalón ancho', me saca pantalones cortos",
    ),
    "de": (
        "Die Größenfilter in der Percheo-App setzen sich bei jedem Artikel zurück. Nervig.",
        "Warum schickt Percheo sonntags um 7 Uhr eine Drop-Benachrichtigung?",
        "Schon wieder 3,99 € Versand für ein T-Shirt für 6 €. Ernsthaft, Percheo",
        "Die Fotos bei Percheo sind immer noch so dunkel, die echte Farbe sieht man nie",
        "Mein Percheo-Sack wartet seit 3 Wochen auf Bearbeitung. Wie immer",
    ),
    "it": (
        "I filtri delle taglie nell'app Percheo si azzerano ogni volta che apro un capo. Che noia.",
        "Perché Percheo mi manda la notifica del drop alle 7 di domenica mattina?",
        "Di nuovo 3,99 € di spedizione per una maglietta da 6 €. Seriamente Percheo",
        "Le foto di Percheo sono sempre buie, il colore vero non si vede mai",
        "La mia borsa Percheo aspetta da 3 settimane di essere lavorata. Come al solito",
    ),
    "en": (
        "The size filters in the Percheo app reset every time I open an item. Tedious.",
        "Why does Percheo send me a drop notification at 7am on a Sunday?",
        "£3.49 postage on a £5 t-shirt again. Seriously Percheo",
        "Percheo's photos are still so dark you can never see the real colour",
        "My Percheo bag has been waiting 3 weeks to be processed. As usual",
    ),
    "pt": (
        "Os filtros de tamanho da app da Percheo apagam-se sempre que abro uma peça. Que seca.",
        "Porque é que a Percheo me manda a notificação do drop às 7 da manhã de domingo?",
        "Outra vez 3,99 € de portes para uma t-shirt de 6 €. A sério Percheo",
        "As fotos da Percheo continuam escuras, nunca se vê a cor verdadeira",
        "O meu saco da Percheo está há 3 semanas à espera de ser tratado. Como sempre",
    ),
}

SARCASM: dict[str, tuple[str, ...]] = {
    "fr": (
        "Merci Percheo, le « très bon état » incluait une tache de vin en cadeau 👏",
        "Livraison express Percheo : 9 jours. On n'arrête pas le progrès 😂",
    ),
    "es": (
        "Gracias Percheo, el 'muy buen estado' venía con una mancha de vino de regalo 👏",
        "Envío exprés de Percheo: 9 días. Qué velocidad 😂",
    ),
    "de": (
        "Danke Percheo, 'sehr guter Zustand' mit gratis Rotweinfleck 👏",
        "Expressversand bei Percheo: 9 Tage. Rasant 😂",
    ),
    "it": (
        "Grazie Percheo, 'ottime condizioni' con macchia di vino in omaggio 👏",
        "Spedizione express Percheo: 9 giorni. Che velocità 😂",
    ),
    "en": (
        "Thanks Percheo, 'very good condition' came with a free red wine stain 👏",
        "Percheo express delivery: 9 days. Blistering 😂",
    ),
    "pt": (
        "Obrigada Percheo, o 'muito bom estado' vinha com uma mancha de vinho de oferta 👏",
        "Envio expresso da Percheo: 9 dias. Que rapidez 😂",
    ),
}

#: Mild one-off remarks (quiet weekend): (text, agent's chat answer).
MILD: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        (
            "le guide des tailles n'affiche que les tailles US, c'est pas très pratique",
            "Merci pour la remarque ! Vous pouvez passer en tailles EU en haut du guide, on va rendre le bouton plus visible.",
        ),
        (
            "l'appli s'est mise en anglais toute seule après la mise à jour",
            "Désolée ! Vous pouvez la remettre en français dans Paramètres > Langue, nous avons signalé le souci.",
        ),
    ),
    "es": (
        (
            "la guía de tallas solo sale en tallas de EEUU, no es muy práctico",
            "¡Gracias por decírnoslo! Arriba en la guía puedes cambiar a tallas EU, vamos a hacer el botón más visible.",
        ),
        (
            "la app se me ha puesto en inglés sola después de actualizar",
            "¡Perdona! Puedes volver al español en Ajustes > Idioma, ya lo hemos avisado al equipo.",
        ),
    ),
    "de": (
        (
            "die App ist nach dem Update von allein auf Englisch umgesprungen",
            "Entschuldigung! Unter Einstellungen > Sprache können Sie zurück auf Deutsch, wir haben es gemeldet.",
        ),
    ),
    "it": (
        (
            "la guida taglie mostra solo le taglie USA, non è comodissimo",
            "Grazie! In alto nella guida si può passare alle taglie EU, renderemo il pulsante più visibile.",
        ),
    ),
    "en": (
        (
            "the size guide only shows US sizes, not very handy",
            "Thanks! You can switch to EU or UK sizes at the top of the guide, we'll make that button easier to see.",
        ),
    ),
    "pt": (
        (
            "a app mudou sozinha para inglês depois da atualização",
            "Desculpe! Pode voltar ao português em Definições > Idioma, já avisámos a equipa.",
        ),
    ),
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre message",
        "Bonjour {name},\nmerci pour votre retour, nous l'avons transmis à l'équipe produit.\n{agent}, Percheo",
    ),
    "es": (
        "Tu mensaje",
        "Hola {name}:\ngracias por el comentario, se lo hemos pasado al equipo de producto.\n{agent}, Percheo",
    ),
    "de": (
        "Ihre Nachricht",
        "Hallo {name},\ndanke für den Hinweis, wir haben ihn an das Produktteam weitergegeben.\n{agent}, Percheo",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {name},\ngrazie per la segnalazione, l'abbiamo girata al team prodotto.\n{agent}, Percheo",
    ),
    "en": (
        "Your message",
        "Hi {name},\nThanks for the feedback, we've passed it on to the product team.\n{agent}, Percheo",
    ),
    "pt": (
        "A sua mensagem",
        "Olá {name},\nobrigado pelo comentário, passámo-lo à equipa de produto.\n{agent}, Percheo",
    ),
}
