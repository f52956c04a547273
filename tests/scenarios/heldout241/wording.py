"""Wording for heldout241: Cordelo, racket restringing by post and club drop boxes.

Every table has every language (es, pt first with two or three variants; en, fr,
de, it at least one). Placeholders: brand, case, prob, comp, agent, racket, day.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "pt", "en", "fr", "de", "it")
BRAND = "Cordelo"
COMPETITORS = ("Tensora", "Rakettix")

PRODUCTS = (
    ("Restring tennis, Luxilon 1.25 / Encordado tenis, Luxilon 1.25", "24.90"),
    ("Restring padel grip + overgrip x3 / Grip padel + overgrip x3", "14.50"),
    ("Restring badminton, BG66 / Encordado badminton, BG66", "19.90"),
    ("Restring squash, Tecnifibre 1.20 / Encordado squash, Tecnifibre 1.20", "21.00"),
    ("Hybrid restring, poly + multi / Encordado hibrido, poly + multi", "32.00"),
    ("Express 24h restring / Encordado express 24h", "29.90"),
)

# The four problems a consumer can raise: how each language names them.
PROBLEMS: dict[str, dict[str, str]] = {
    "lost_racket": {
        "es": "mi raqueta sale como DEVUELTA en la app desde el martes y no ha llegado nunca",
        "pt": "a minha raquete aparece como DEVOLVIDA na app desde terça e nunca chegou",
        "en": "my racket shows as RETURNED in the app since Tuesday and it never arrived",
        "fr": "ma raquette est marquée RENVOYÉE dans l'appli depuis mardi et je ne l'ai jamais reçue",
        "de": "mein Schläger steht seit Dienstag in der App als ZURÜCKGESCHICKT und ist nie angekommen",
        "it": "la mia racchetta risulta RESTITUITA nell'app da martedì e non è mai arrivata",
    },
    "wrong_tension": {
        "es": "pedí 23 kg y me la han encordado a 28, no puedo ni pasar la bola",
        "pt": "pedi 23 kg e encordoaram a 28, parece uma tábua",
        "en": "I asked for 23 kg and it came back strung at 28, it's like a plank",
        "fr": "j'ai demandé 23 kg et elle revient cordée à 28, c'est une planche",
        "de": "ich hatte 23 kg bestellt und er kam mit 28 kg zurück, spielt sich wie ein Brett",
        "it": "avevo chiesto 23 kg e me l'avete incordata a 28, è una tavola",
    },
    "cracked_frame": {
        "es": "la raqueta ha vuelto con el marco rajado junto a los ojales",
        "pt": "a raquete voltou com o aro rachado junto aos ilhós",
        "en": "the racket came back with the frame cracked next to the grommets",
        "fr": "la raquette est revenue avec le cadre fendu à côté des œillets",
        "de": "der Schläger kam mit einem Riss im Rahmen neben den Ösen zurück",
        "it": "la racchetta è tornata con il telaio crepato vicino agli occhielli",
    },
    "double_charge": {
        "es": "me habéis cobrado DOS veces el mismo encordado y encima soy socia Plus",
        "pt": "cobraram-me DUAS vezes o mesmo encordoamento e ainda por cima sou sócio Plus",
        "en": "you charged me TWICE for the same restring and I'm a Plus member",
        "fr": "vous m'avez facturé DEUX fois le même cordage alors que je suis membre Plus",
        "de": "ihr habt mir dieselbe Bespannung ZWEIMAL abgebucht, obwohl ich Plus-Mitglied bin",
        "it": "mi avete addebitato DUE volte la stessa incordatura e sono pure socio Plus",
    },
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "las facturas siguen saliendo sin nuestro número de pedido y con el CIF antiguo, contabilidad las rechaza",
        "pt": "as faturas continuam a sair sem o nosso número de encomenda e com o NIF antigo, a contabilidade devolve-as",
        "en": "the invoices still come without our PO number and with the old company name, accounts reject them",
        "fr": "les factures arrivent toujours sans notre numéro de commande et avec l'ancienne raison sociale, la compta les refuse",
        "de": "die Rechnungen kommen weiter ohne unsere Bestellnummer und mit dem alten Firmennamen, die Buchhaltung lehnt sie ab",
        "it": "le fatture arrivano ancora senza il nostro numero d'ordine e con la vecchia ragione sociale, l'amministrazione le rifiuta",
    },
    "portal": {
        "es": "el portal no muestra ninguna de las 40 raquetas del club en taller y no podemos pedir la recogida",
        "pt": "o portal não mostra nenhuma das 40 raquetes do clube em oficina e não conseguimos pedir a recolha",
        "en": "the portal shows none of the club's 40 rackets in the workshop and we cannot book the collection",
        "fr": "le portail n'affiche aucune des 40 raquettes du club en atelier et on ne peut pas demander l'enlèvement",
        "de": "das Portal zeigt keinen der 40 Vereinsschläger in der Werkstatt und wir können keine Abholung buchen",
        "it": "il portale non mostra nessuna delle 40 racchette del circolo in laboratorio e non possiamo chiedere il ritiro",
    },
    "bulk_rate": {
        "es": "nos cobráis tarifa individual en vez de la tarifa de club por volumen del contrato",
        "pt": "estão a cobrar a tarifa individual em vez da tarifa de clube por volume do contrato",
        "en": "you bill us the single-racket rate instead of the club volume rate in our contract",
        "fr": "vous nous facturez le tarif individuel au lieu du tarif club au volume du contrat",
        "de": "ihr berechnet uns den Einzelpreis statt des Vereins-Mengenpreises aus dem Vertrag",
        "it": "ci fatturate la tariffa singola invece della tariffa club a volume del contratto",
    },
}

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "es": [
            "Recogida la raqueta en el buzón del club, encordado perfecto. Gracias {brand}!",
            "Qué maravilla {brand}, dejé la raqueta el lunes y el miércoles ya estaba jugando",
            "Mi padel con grip nuevo de {brand} parece otra pala, encantada",
        ],
        "pt": [
            "Raquete recolhida na caixa do clube, encordoamento impecável. Obrigado {brand}!",
            "Que espetáculo {brand}, deixei a raquete segunda e quarta já estava a jogar",
        ],
        "en": ["Racket back from {brand} in two days, strung exactly how I like it. Lovely job"],
        "fr": ["Raquette récupérée au casier du club, cordage nickel. Merci {brand} !"],
        "de": ["Schläger nach zwei Tagen zurück von {brand}, Bespannung genau richtig. Top!"],
        "it": [
            "Racchetta ritirata alla cassetta del circolo, incordatura perfetta. Grazie {brand}!"
        ],
    },
    "again": {
        "es": [
            "Tercera vez este año con {brand} y otra vez perfecta a 24 kg",
            "Otra vez el mismo encordador, se nota, la bola sale igual que siempre",
        ],
        "pt": [
            "Terceira vez este ano com a {brand} e outra vez perfeita a 24 kg",
            "Outra vez impecável, continuo fã do serviço",
        ],
        "en": ["Third restring with {brand} this season and still spot on every time"],
        "fr": ["Troisième cordage chez {brand} cette saison, toujours parfait"],
        "de": ["Schon wieder perfekt bespannt, dritte Bestellung bei {brand} dieses Jahr"],
        "it": ["Terza volta quest'anno con {brand} e ancora perfetta"],
    },
    "gripe_praise": {
        "es": [
            "Encordado de 10 con {brand}, solo que la caja de envío es enorme para una raqueta jaja",
            "Muy contenta, aunque el aviso de entrega llega a las 7 de la mañana",
        ],
        "pt": [
            "Encordoamento excelente, só a etiqueta de devolução é que não imprime bem no telemóvel",
            "Muito satisfeito com a {brand}, só o grip vinha um bocadinho torto",
        ],
        "en": [
            "Great restring, only gripe is the tracking page never updates until it's at my door"
        ],
        "fr": ["Super cordage, juste le colis qui sent un peu le carton mouillé mdr"],
        "de": ["Bespannung super, nur die Abholbox im Verein klemmt etwas"],
        "it": ["Ottima incordatura, solo la scatola di ritorno è un po' fragile"],
    },
    "question": {
        "es": [
            "Hola! ¿Puedo pedir tensión distinta en verticales y horizontales?",
            "buenas, ¿el buzón del club se vacía también los sábados?",
        ],
        "pt": [
            "Olá, posso pedir tensão diferente nas verticais e horizontais?",
            "boas, a caixa do clube é esvaziada ao sábado também?",
        ],
        "en": ["Hi, can I get a hybrid with poly on the mains and multi on the crosses?"],
        "fr": ["Bonjour, est-ce que vous faites aussi les raquettes de badminton ?"],
        "de": [
            "Hallo, kann ich die Längs- und Quersaiten mit unterschiedlicher Spannung bestellen?"
        ],
        "it": ["Ciao, si può chiedere una tensione diversa tra verticali e orizzontali?"],
    },
    "answer": {
        "es": [
            "Hola! Sí, en el pedido eliges tensión para verticales y horizontales, y el buzón se vacía también el sábado a las 12. Un saludo, {agent}"
        ],
        "pt": [
            "Olá! Sim, no pedido escolhe a tensão das verticais e das horizontais, e a caixa é esvaziada ao sábado às 12. Cumprimentos, {agent}"
        ],
        "en": [
            "Hi! Yes, you can set mains and crosses separately in the order, and we do badminton too. Best, {agent}"
        ],
        "fr": [
            "Bonjour ! Oui, vous pouvez choisir la tension des montants et des travers séparément. Bonne journée, {agent}"
        ],
        "de": [
            "Hallo! Ja, Längs- und Quersaiten lassen sich in der Bestellung getrennt einstellen. Viele Grüße, {agent}"
        ],
        "it": [
            "Ciao! Sì, nell'ordine scegli la tensione di verticali e orizzontali separatamente. Saluti, {agent}"
        ],
    },
    "thanks": {
        "es": ["Genial, mil gracias!!", "vale, gracias crack"],
        "pt": ["Top, obg!", "Perfeito, muito obrigada"],
        "en": ["Cheers, legend"],
        "fr": ["Super merci !"],
        "de": ["Danke, passt!"],
        "it": ["Perfetto, grazie mille!"],
    },
    "call_q": {
        "es": [
            "hola llamaba para saber si puedo cambiar la tension de un pedido que ya hice esta mañana"
        ],
        "pt": [
            "ola queria saber se ainda posso mudar a tensao de uma encomenda que fiz hoje de manha"
        ],
        "en": [
            "hi i just wanted to check if i can change the tension on an order i put in this morning"
        ],
        "fr": [
            "bonjour je voulais savoir si je peux changer la tension d une commande passée ce matin"
        ],
        "de": [
            "hallo ich wollte fragen ob ich die Spannung bei einer Bestellung von heute morgen noch ändern kann"
        ],
        "it": [
            "buongiorno volevo sapere se posso cambiare la tensione di un ordine fatto stamattina"
        ],
    },
    "call_followup": {
        "es": [
            "Como hablamos por teléfono, hemos cambiado la tensión de su pedido a 24 kg. Un saludo, {agent}"
        ],
        "pt": [
            "Conforme falámos ao telefone, alterámos a tensão da sua encomenda para 24 kg. Cumprimentos, {agent}"
        ],
        "en": [
            "As discussed on the phone, we've changed the tension on your order to 24 kg. Best, {agent}"
        ],
        "fr": [
            "Comme convenu au téléphone, la tension de votre commande est passée à 24 kg. Cordialement, {agent}"
        ],
        "de": [
            "Wie telefonisch besprochen haben wir die Spannung Ihrer Bestellung auf 24 kg geändert. Viele Grüße, {agent}"
        ],
        "it": [
            "Come detto al telefono, abbiamo cambiato la tensione del suo ordine a 24 kg. Saluti, {agent}"
        ],
    },
    "review": {
        "es": [
            "Rápidos y cuidadosos, la raqueta vuelve con funda y todo",
            "Cinco estrellas, el encordado aguanta muchísimo",
        ],
        "pt": ["Rápidos e cuidadosos, recomendo", "Cinco estrelas, o encordoamento aguenta imenso"],
        "en": ["Quick, careful and the racket comes back in a proper cover"],
        "fr": ["Rapide et soigné, je recommande"],
        "de": ["Schnell, sorgfältig, gerne wieder"],
        "it": ["Veloci e precisi, consigliato"],
    },
    "survey_word": {
        "es": ["Todo perfecto", "👌"],
        "pt": ["Tudo ótimo", "5 estrelas"],
        "en": ["Spot on"],
        "fr": ["Parfait"],
        "de": ["Alles bestens"],
        "it": ["Tutto ok"],
    },
    "night_post": {
        "es": [
            "3 de la mañana, turno de noche en urgencias y yo mirando tensiones para el torneo del domingo",
            "no puedo dormir y estoy viendo vídeos de encordadores jajaja",
        ],
        "pt": [
            "3 da manhã, turno da noite e eu a escolher cordas para o torneio de domingo",
            "insónia e vídeos de encordoamento, a vida é isto",
        ],
        "en": [
            "2am after a night shift, ordering a restring for Sunday's league match like a normal person"
        ],
        "fr": ["2h du mat, je compare des cordages au lieu de dormir, normal"],
        "de": ["2 Uhr nachts, Nachtschicht vorbei und ich bestelle Saiten fürs Turnier am Sonntag"],
        "it": ["Le 2 di notte e io scelgo corde per il torneo di domenica"],
    },
    "night_q": {
        "es": ["¿Si dejo la raqueta ahora en el buzón del club entra en la recogida de mañana?"],
        "pt": ["Se deixar a raquete agora na caixa do clube entra na recolha de amanhã?"],
        "en": ["If I drop my racket in the club box now does it make tomorrow's pick-up?"],
        "fr": ["Si je dépose ma raquette maintenant dans la boîte du club, elle part demain ?"],
        "de": ["Wenn ich den Schläger jetzt in die Vereinsbox lege, geht er morgen mit?"],
        "it": ["Se lascio ora la racchetta nella cassetta del circolo parte domani?"],
    },
    "night_a": {
        "es": ["Sí, la recogida es a las 10, entra sin problema. Buenas noches! {agent}"],
        "pt": ["Sim, a recolha é às 10, entra sem problema. Boa noite! {agent}"],
        "en": ["Yes, pick-up is at 10, you're in time. Night! {agent}"],
        "fr": ["Oui, l'enlèvement est à 10h, c'est bon. Bonne nuit ! {agent}"],
        "de": ["Ja, Abholung ist um 10 Uhr, passt. Gute Nacht! {agent}"],
        "it": ["Sì, il ritiro è alle 10, ci sta. Buonanotte! {agent}"],
    },
    "complain_short": {
        "es": [
            "Hola, {prob}. Quiero una solución ya, tengo partido el sábado.",
            "Esto es una vergüenza: {prob}. YA ESTÁ BIEN.",
        ],
        "pt": [
            "Olá, {prob}. Quero uma solução já, tenho jogo no sábado.",
            "Isto é uma vergonha: {prob}. CHEGA.",
        ],
        "en": ["Hello, {prob}. I need this sorted, I have a match on Saturday."],
        "fr": ["Bonjour, {prob}. Il me faut une solution, j'ai un match samedi."],
        "de": ["Hallo, {prob}. Ich brauche eine Lösung, Samstag ist Punktspiel."],
        "it": ["Buongiorno, {prob}. Voglio una soluzione, sabato ho la partita."],
    },
    "complain_long": {
        "es": [
            "Buenas tardes,\n\nles escribo desde el coche mientras espero a que mi hija salga de la clase de natación, porque no tengo otro rato en todo el día. Llevo dos años con ustedes y nunca había tenido un problema, de verdad, siempre les he recomendado en el club.\n\nPero esta vez {prob}. He llamado dos veces y nadie me da una respuesta clara. Tengo el campeonato del club en diez días y no tengo otra raqueta.\n\nLes pido que lo revisen hoy mismo.\n\nUn saludo",
        ],
        "pt": [
            "Boa tarde,\n\nescrevo-vos da sala de espera do veterinário, que é o único momento calmo que tenho hoje. Sou cliente há três anos e sempre vos recomendei no clube.\n\nMas desta vez {prob}. Já tentei pelo chat e ninguém me responde a sério. O torneio é daqui a uma semana e não tenho outra raquete.\n\nPeço que vejam isto hoje.\n\nCumprimentos",
        ],
        "en": [
            "Good afternoon,\n\nI'm writing from the bench outside my son's school because it's the only quiet minute I get. I've used you for three seasons and always recommended you at the club.\n\nThis time though, {prob}. Nobody has given me a straight answer and the county league starts next week.\n\nPlease look at it today.\n\nRegards"
        ],
        "fr": [
            "Bonjour,\n\nje vous écris depuis le marché entre deux clients, seul moment de calme de ma journée. Je suis cliente depuis deux ans et je vous ai toujours recommandés au club.\n\nMais cette fois {prob}. Personne ne me répond clairement et le tournoi est dans dix jours.\n\nMerci de regarder cela aujourd'hui.\n\nCordialement"
        ],
        "de": [
            "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, der einzige ruhige Moment heute. Ich bin seit zwei Jahren Kunde und habe Sie im Verein immer empfohlen.\n\nDiesmal aber {prob}. Niemand gibt mir eine klare Antwort und die Medenspiele beginnen nächste Woche.\n\nBitte kümmern Sie sich heute darum.\n\nMit freundlichen Grüßen"
        ],
        "it": [
            "Buonasera,\n\nvi scrivo dalla macchina mentre aspetto mia figlia in piscina, l'unico momento libero della giornata. Sono cliente da due anni e vi ho sempre consigliati al circolo.\n\nQuesta volta però {prob}. Nessuno mi dà una risposta chiara e il torneo è tra dieci giorni.\n\nVi chiedo di controllare oggi.\n\nCordiali saluti"
        ],
    },
    "subject_complaint": {
        "es": ["Reclamación: encordado"],
        "pt": ["Reclamação: encordoamento"],
        "en": ["Complaint: restring"],
        "fr": ["Réclamation : cordage"],
        "de": ["Beschwerde: Bespannung"],
        "it": ["Reclamo: incordatura"],
    },
    "subject_case": {
        "es": ["RE: Incidencia {case}"],
        "pt": ["RE: Pedido {case}"],
        "en": ["Re: Your case {case}"],
        "fr": ["RE : Demande {case}"],
        "de": ["AW: Vorgang {case}"],
        "it": ["R: Segnalazione {case}"],
    },
    "case_opened": {
        "es": [
            "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y la revisamos hoy. Un saludo, {agent}"
        ],
        "pt": [
            "Olá, lamentamos muito. Abrimos o pedido {case} e vamos analisá-lo hoje. Cumprimentos, {agent}"
        ],
        "en": [
            "Hi, we're very sorry. We've opened case {case} and will look at it today. Best, {agent}"
        ],
        "fr": [
            "Bonjour, nous sommes désolés. Nous avons ouvert la demande {case} et la traitons aujourd'hui. Cordialement, {agent}"
        ],
        "de": [
            "Hallo, das tut uns leid. Wir haben den Vorgang {case} eröffnet und prüfen ihn heute. Viele Grüße, {agent}"
        ],
        "it": [
            "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la verifichiamo oggi. Saluti, {agent}"
        ],
    },
    "quality_lead": {
        "es": [
            "Su incidencia {case} está ahora con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent}"
        ],
        "pt": [
            "O seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}"
        ],
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
        ],
        "fr": [
            "Votre demande {case} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
        ],
        "it": [
            "La sua segnalazione {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
        ],
    },
    "good_news": {
        "es": [
            "Buenas noticias sobre la incidencia {case}: está solucionado y le hemos devuelto el importe. ¿Nos lo confirma? {agent}"
        ],
        "pt": [
            "Boas notícias sobre o pedido {case}: está resolvido e devolvemos o valor. Pode confirmar? {agent}"
        ],
        "en": [
            "Good news on case {case}: it's sorted and refunded. Could you confirm on your side? {agent}"
        ],
        "fr": [
            "Bonne nouvelle pour la demande {case} : c'est réglé et remboursé. Pouvez-vous confirmer ? {agent}"
        ],
        "de": [
            "Gute Nachricht zu Vorgang {case}: erledigt und erstattet. Können Sie das bestätigen? {agent}"
        ],
        "it": [
            "Buone notizie sulla segnalazione {case}: risolto e rimborsato. Ce lo conferma? {agent}"
        ],
    },
    "confirm": {
        "es": [
            "Confirmado lo de la incidencia {case}, todo bien ya. Gracias!",
            "Sí, {case} resuelto, gracias por la rapidez",
        ],
        "pt": [
            "Confirmo o pedido {case}, está tudo certo. Obrigada!",
            "Sim, {case} resolvido, obg pela rapidez",
        ],
        "en": ["Confirmed, case {case} all sorted now. Thanks!"],
        "fr": ["Je confirme pour {case}, tout est réglé. Merci !"],
        "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
        "it": ["Confermo per {case}, tutto risolto. Grazie!"],
    },
    "apology": {
        "es": [
            "Perdón por el tono de ayer, estaba muy agobiada. Gracias por la paciencia",
            "siento lo de ayer, se me fue la mano",
        ],
        "pt": [
            "Desculpem o tom de ontem, estava muito stressado. Obrigado pela paciência",
            "peço desculpa por ontem, exagerei",
        ],
        "en": ["Sorry for my tone yesterday, long day. Thanks for your patience"],
        "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci pour votre patience"],
        "de": ["Sorry für den Ton gestern, war ein langer Tag. Danke für die Geduld"],
        "it": ["Scusate per il tono di ieri, giornata pesante. Grazie della pazienza"],
    },
    "still_open": {
        "es": [
            "Sigo igual con la incidencia {case}: {prob}. Nadie me ha dicho nada.",
            "Vuelvo a escribir por {case}, sigue sin resolverse: {prob}",
        ],
        "pt": [
            "Continuo na mesma com o pedido {case}: {prob}. Ninguém me disse nada.",
            "Volto a escrever por causa do {case}, continua por resolver: {prob}",
        ],
        "en": ["Still nothing on case {case}: {prob}. Nobody has come back to me."],
        "fr": ["Toujours rien pour la demande {case} : {prob}. Personne ne m'a répondu."],
        "de": ["Immer noch nichts zu Vorgang {case}: {prob}. Keiner meldet sich."],
        "it": ["Ancora niente sulla segnalazione {case}: {prob}. Nessuno mi ha risposto."],
    },
    "third": {
        "es": [
            "Tercera vez que escribo por {case}. Una compañera del club encorda con {comp} y se lo arreglan el mismo día."
        ],
        "pt": [
            "Terceira vez que escrevo por causa do {case}. Um colega do clube usa a {comp} e resolvem no mesmo dia."
        ],
        "en": [
            "Third time writing about {case}. A mate at the club uses {comp} and they sort this the same day."
        ],
        "fr": [
            "Troisième fois que j'écris pour {case}. Une amie du club passe par {comp} et c'est réglé le jour même."
        ],
        "de": [
            "Dritte Nachricht zu {case}. Ein Vereinskollege lässt bei {comp} bespannen, die klären so was am selben Tag."
        ],
        "it": [
            "Terza volta che scrivo per {case}. Un amico del circolo usa {comp} e risolvono in giornata."
        ],
    },
    "fourth": {
        "es": ["CUARTA vez con la incidencia {case}. Sigue igual. Esto no es serio."],
        "pt": ["QUARTA vez com o pedido {case}. Continua igual. Isto não é sério."],
        "en": ["FOURTH time about case {case}. Still the same. Not good enough."],
        "fr": ["QUATRIÈME fois pour {case}. Toujours pareil. Ce n'est pas sérieux."],
        "de": ["VIERTES Mal wegen {case}. Immer noch gleich. So geht das nicht."],
        "it": ["QUARTA volta per {case}. Sempre uguale. Non è serio."],
    },
    "urgent": {
        "es": ["Añadido a su incidencia {case} y marcado como urgente. {agent}"],
        "pt": ["Adicionado ao seu pedido {case} e marcado como urgente. {agent}"],
        "en": ["Added to your case {case} and marked urgent. {agent}"],
        "fr": ["Ajouté à votre demande {case}, marquée urgente. {agent}"],
        "de": ["Zu Ihrem Vorgang {case} hinzugefügt und als dringend markiert. {agent}"],
        "it": ["Aggiunto alla sua segnalazione {case} e segnato come urgente. {agent}"],
    },
    "slide": {
        "es": [
            "El encordado esta vez ha tardado una semana en vez de dos días, sin avisar",
            "La raqueta ha vuelto con el grip viejo puesto y sin funda",
            "Ahora piden foto de la raqueta por los dos lados antes de enviarla, qué pereza",
            "Han subido el precio del encordado y el Plus ya no incluye el grip",
            "HARTA. Me cobran 12 € de 'embalaje' por una caja que pongo yo. Con sus propias fotos de la app",
            "Mi cuñado encorda con {comp} y ya les he mandado la raqueta para el torneo del sábado",
        ],
        "pt": [
            "Desta vez o encordoamento demorou uma semana em vez de dois dias, sem aviso",
            "A raquete voltou com o grip velho e sem capa",
            "Agora pedem foto da raquete dos dois lados antes de enviar, que seca",
            "Subiram o preço e o Plus já não inclui o grip",
            "FARTO. Cobram-me 12 € de 'embalagem' por uma caixa que sou eu que ponho. Com as fotos da própria app",
            "O meu cunhado usa a {comp} e já lhes mandei a raquete para o torneio de sábado",
        ],
        "en": [
            "Restring took a week this time instead of two days, no heads-up",
            "Racket came back with the old grip still on and no cover",
            "Now they want photos of both sides of the racket before sending, bit much",
            "Price went up and Plus no longer includes the grip",
            "FED UP. £10 'packaging fee' for a box I provide myself. With their own app photos",
            "My brother-in-law uses {comp}, I've sent my racket there for Saturday's tournament",
        ],
        "fr": [
            "Le cordage a pris une semaine au lieu de deux jours, sans prévenir",
            "Raquette revenue avec l'ancien grip et sans housse",
            "Maintenant il faut envoyer des photos des deux faces avant l'envoi, bof",
            "Le prix a augmenté et le Plus n'inclut plus le grip",
            "MARRE. 12 € de 'frais d'emballage' pour une boîte que je fournis. Avec leurs propres photos",
            "Mon beau-frère passe par {comp}, j'ai envoyé ma raquette chez eux pour le tournoi de samedi",
        ],
        "de": [
            "Die Bespannung hat diesmal eine Woche gedauert statt zwei Tage, ohne Info",
            "Schläger kam mit dem alten Griffband und ohne Hülle zurück",
            "Jetzt wollen sie vor dem Versand Fotos von beiden Seiten, nervig",
            "Preis erhöht und Plus enthält kein Griffband mehr",
            "JETZT REICHTS. 12 € 'Verpackungsgebühr' für einen Karton, den ich selbst stelle. Mit ihren eigenen App-Fotos",
            "Mein Schwager lässt bei {comp} bespannen, mein Schläger ist schon dort fürs Turnier am Samstag",
        ],
        "it": [
            "L'incordatura questa volta ha richiesto una settimana invece di due giorni, senza avviso",
            "Racchetta tornata con il grip vecchio e senza fodero",
            "Adesso vogliono foto della racchetta dai due lati prima della spedizione, che noia",
            "Prezzo aumentato e il Plus non include più il grip",
            "BASTA. 12 € di 'imballaggio' per una scatola che metto io. Con le loro stesse foto",
            "Mio cognato usa {comp}, ho già mandato lì la racchetta per il torneo di sabato",
        ],
    },
    "cancel": {
        "es": [
            "Hola, me he comprado mi propia máquina de encordar con la paga extra. Quiero darme de baja del Plus y cerrar la cuenta.",
            "Buenas, dejo el tenis por la rodilla. Quiero cancelar el Plus y cerrar la cuenta, gracias",
        ],
        "pt": [
            "Olá, comprei a minha própria máquina de encordoar. Quero cancelar o Plus e fechar a conta.",
            "Boas, deixei o ténis por causa do joelho. Quero cancelar o Plus e fechar a conta, obrigado",
        ],
        "en": [
            "Hi, I've bought my own stringing machine with my bonus. Please cancel my Plus membership and close my account."
        ],
        "fr": [
            "Bonjour, je me suis acheté une machine à corder. Je souhaite résilier le Plus et fermer mon compte."
        ],
        "de": [
            "Hallo, ich habe mir eine eigene Bespannmaschine gekauft. Bitte Plus kündigen und Konto schließen."
        ],
        "it": [
            "Ciao, mi sono comprato una macchina incordatrice. Vorrei disdire il Plus e chiudere l'account."
        ],
    },
    "sorry_go": {
        "es": [
            "Sentimos que se vaya. Puede cancelar usted mismo en la app o en la web, en Cuenta > Plus. {agent}"
        ],
        "pt": ["Lamentamos a sua saída. Pode cancelar na app ou no site, em Conta > Plus. {agent}"],
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website under Account > Plus. {agent}"
        ],
        "fr": [
            "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Plus. {agent}"
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Konto > Plus kündigen. {agent}"
        ],
        "it": ["Ci dispiace. Può disdire da sola nell'app o sul sito, Account > Plus. {agent}"],
    },
    "grumble": {
        "es": [
            "La app me cierra la sesión cada vez que la abro, qué pesadez",
            "El SMS de 'raqueta en reparto' llega a las 6 de la mañana, en serio?",
        ],
        "pt": [
            "A app faz logout sempre que a abro, que chatice",
            "O SMS de 'raquete em distribuição' chega às 6 da manhã, a sério?",
        ],
        "en": ["The app logs me out every single time I open it"],
        "fr": ["L'appli me déconnecte à chaque ouverture, pénible"],
        "de": ["Die App loggt mich jedes Mal aus, nervig"],
        "it": ["L'app mi fa uscire ogni volta che la apro, che noia"],
    },
    "sarcasm": {
        "es": [
            "Encordado 'express' en 5 días, justo a tiempo para el torneo del año que viene 👏",
            "Qué detalle que la raqueta vuelva con pelos del gato del anterior cliente 😂",
        ],
        "pt": [
            "Encordoamento 'express' em 5 dias, mesmo a tempo do torneio do ano que vem 👏",
            "Que simpático a raquete voltar com o overgrip do cliente anterior 😂",
        ],
        "en": ["'Express' restring in 5 days, just in time for next year's tournament 👏"],
        "fr": ["Cordage 'express' en 5 jours, pile pour le tournoi de l'an prochain 👏"],
        "de": ["'Express'-Bespannung in 5 Tagen, rechtzeitig fürs Turnier nächstes Jahr 👏"],
        "it": [
            "Incordatura 'express' in 5 giorni, giusto in tempo per il torneo dell'anno prossimo 👏"
        ],
    },
    "mild": {
        "es": ["El buscador de buzones del club me sale en otra ciudad"],
        "pt": ["O mapa das caixas de clube mostra a cidade errada"],
        "en": ["The club box finder shows the wrong town for me"],
        "fr": ["Les notifications arrivent en anglais alors que j'ai choisi le français"],
        "de": ["Die Benachrichtigungen kommen auf Englisch, obwohl Deutsch eingestellt ist"],
        "it": ["Le notifiche arrivano in inglese anche se ho scelto l'italiano"],
    },
    "mild_answer": {
        "es": ["Gracias por avisar, lo pasamos al equipo de la app. {agent}"],
        "pt": ["Obrigado pelo aviso, passámos à equipa da app. {agent}"],
        "en": ["Thanks for flagging, passed to the app team. {agent}"],
        "fr": ["Merci du signalement, transmis à l'équipe appli. {agent}"],
        "de": ["Danke für den Hinweis, ans App-Team weitergegeben. {agent}"],
        "it": ["Grazie della segnalazione, passata al team dell'app. {agent}"],
    },
    "spike": {
        "es": [
            "No puedo hacer ningún pedido, al elegir la tensión la app dice 'tensión fuera de rango' ERR TNS-588 con cualquier número",
            "la app no me deja guardar la tension, pongo 24 kg y me la pone a 0 y no deja pagar",
            "{brand} la app está rota?? no acepta ninguna tensión y mañana tengo torneo",
        ],
        "pt": [
            "Não consigo fazer encomenda nenhuma, a app diz 'tensão fora do intervalo' TNS-588 com qualquer valor",
            "a app apaga a tensão que escolho e fica a 0 kg, não deixa pagar",
            "{brand} a app está avariada? não aceita tensão nenhuma",
        ],
        "en": [
            "Can't place an order, every tension I enter gives 'tension out of range' TNS-588",
            "app resets my tension to 0 kg and won't let me check out??",
        ],
        "fr": [
            "Impossible de commander, toute tension donne 'tension hors limites' TNS-588",
            "l'appli remet ma tension à 0 kg et bloque le paiement",
        ],
        "de": [
            "Kann nicht bestellen, jede Spannung gibt 'Spannung außerhalb des Bereichs' TNS-588",
            "App setzt meine Spannung auf 0 kg zurück, Bezahlen geht nicht",
        ],
        "it": [
            "Non riesco a ordinare, qualsiasi tensione dà 'tensione fuori intervallo' TNS-588",
            "l'app rimette la tensione a 0 kg e non fa pagare",
        ],
    },
    "spike_again": {
        "es": [
            "Sigue igual, TNS-588 también desde el ordenador",
            "Lo he probado con el móvil de mi marido y nada, sigue a 0 kg",
        ],
        "pt": [
            "Continua igual, TNS-588 também no computador",
            "Tentei no telemóvel da minha mulher e nada, continua a 0 kg",
        ],
        "en": ["Still TNS-588, tried the website too"],
        "fr": ["Toujours TNS-588, même sur le site"],
        "de": ["Immer noch TNS-588, auch auf der Website"],
        "it": ["Sempre TNS-588, anche dal sito"],
    },
    "spike_chat_a": {
        "es": [
            "Sí, ahora mismo falla la elección de tensión en todos los pedidos, el equipo técnico ya está en ello. {agent}"
        ],
        "pt": [
            "Sim, neste momento a escolha de tensão falha em todas as encomendas, a equipa técnica já está a tratar. {agent}"
        ],
        "en": [
            "Yes, choosing a tension is failing on every order right now, our engineers are on it. {agent}"
        ],
        "fr": [
            "Oui, le choix de tension échoue sur toutes les commandes, nos techniciens y travaillent. {agent}"
        ],
        "de": [
            "Ja, die Spannungswahl schlägt gerade bei allen Bestellungen fehl, die Technik ist dran. {agent}"
        ],
        "it": [
            "Sì, la scelta della tensione non funziona su tutti gli ordini, i tecnici ci stanno lavorando. {agent}"
        ],
    },
    "spike_fixed": {
        "es": [
            "Los pedidos vuelven a funcionar desde las 12:40. El encordado de hoy va de nuestra cuenta: 10 € de crédito añadidos. {agent}"
        ],
        "pt": [
            "As encomendas voltaram a funcionar desde as 11:40. O encordoamento de hoje é por nossa conta: 10 € de crédito. {agent}"
        ],
        "en": [
            "Orders work again since 11:40. Today's restring is on us: £9 credit added. {agent}"
        ],
        "fr": [
            "Les commandes fonctionnent à nouveau depuis 12h40. Le cordage du jour est offert : 10 € de crédit. {agent}"
        ],
        "de": [
            "Bestellungen funktionieren seit 12:40 wieder. Die heutige Bespannung geht auf uns: 10 € Guthaben. {agent}"
        ],
        "it": [
            "Gli ordini funzionano di nuovo dalle 12:40. L'incordatura di oggi la offriamo noi: 10 € di credito. {agent}"
        ],
    },
    "lone_q": {
        "es": [
            "Ayer por la noche la app me mostraba la tensión en libras en vez de kg, ¿mañana al pedir sale bien?"
        ],
        "pt": ["Ontem à noite a app mostrava a tensão em libras, amanhã ao encomendar fica certo?"],
        "en": [
            "Last night the app showed tension in pounds not kg, will tomorrow's order be right?"
        ],
        "fr": [
            "Hier soir l'appli affichait la tension en livres, ma commande de demain sera bonne ?"
        ],
        "de": [
            "Gestern Abend zeigte die App die Spannung in Pfund statt kg, passt die Bestellung morgen?"
        ],
        "it": ["Ieri sera l'app mostrava la tensione in libbre, domani l'ordine sarà giusto?"],
    },
    "lone_a": {
        "es": [
            "Sí, es solo la unidad de la pantalla (Ajustes > Unidades); el pedido se guarda en kg. {agent}"
        ],
        "pt": [
            "Sim, é só a unidade no ecrã (Definições > Unidades); a encomenda fica em kg. {agent}"
        ],
        "en": [
            "Yes, that's only the display unit (Settings > Units); orders are stored in kg. {agent}"
        ],
        "fr": [
            "Oui, c'est l'unité d'affichage (Réglages > Unités) ; la commande est en kg. {agent}"
        ],
        "de": [
            "Ja, das ist nur die Anzeige (Einstellungen > Einheiten); bestellt wird in kg. {agent}"
        ],
        "it": [
            "Sì, è solo l'unità a schermo (Impostazioni > Unità); l'ordine resta in kg. {agent}"
        ],
    },
    "b2b_first": {
        "es": ["Buenos días, en {company}: {prob}. Por favor, revisadlo."],
        "pt": ["Bom dia, na {company}: {prob}. Por favor verifiquem."],
        "en": ["Good morning, at {company}: {prob}. Please look into it."],
        "fr": ["Bonjour, chez {company} : {prob}. Merci de vérifier."],
        "de": ["Guten Morgen, bei {company}: {prob}. Bitte prüfen."],
        "it": ["Buongiorno, da {company}: {prob}. Verificate per favore."],
    },
    "b2b_more": {
        "es": ["Escribo también por {case}, como {first} el {day}: {prob}."],
        "pt": ["Escrevo também pelo {case}, como a {first} na {day}: {prob}."],
        "en": ["Writing about {case} too, like {first} on {day}: {prob}."],
        "fr": ["J'écris aussi pour {case}, comme {first} {day} : {prob}."],
        "de": ["Ich schreibe auch zu {case}, wie {first} am {day}: {prob}."],
        "it": ["Scrivo anch'io per {case}, come {first} {day}: {prob}."],
    },
    "b2b_last_mail": {
        "es": [
            "Seguimos igual con {case}, nada arreglado y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
        ],
        "pt": [
            "Continuamos na mesma com {case}, nada resolvido e já vos escreveram vários colegas. As compras já pediram preços à {comp}."
        ],
        "en": [
            "Still the same with {case}, nothing fixed and several colleagues have written. Procurement has already asked {comp} for rates."
        ],
        "fr": [
            "Toujours pareil pour {case}, rien de réglé et plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}."
        ],
        "de": [
            "Weiter unverändert bei {case}, nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
        ],
        "it": [
            "Sempre uguale con {case}, niente risolto e vi hanno scritto più colleghi. Gli acquisti hanno già chiesto le tariffe a {comp}."
        ],
    },
    "b2b_last_call": {
        "es": [
            "llamo por la incidencia {case} sigue todo igual varios compañeros os han escrito mi jefe dice que si no se arregla esta semana cambiamos de proveedor"
        ],
        "pt": [
            "ligo por causa do pedido {case} continua tudo igual varios colegas escreveram o meu chefe diz que se nao resolverem esta semana mudamos de fornecedor"
        ],
        "en": [
            "calling about case {case} nothing has changed several of us have written my boss says we move supplier if it isnt fixed this week"
        ],
        "fr": [
            "j appelle pour la demande {case} rien n a changé plusieurs collègues ont écrit mon chef dit qu on change de fournisseur si ce n est pas réglé cette semaine"
        ],
        "de": [
            "ich rufe wegen Vorgang {case} an es hat sich nichts geändert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht behoben ist"
        ],
        "it": [
            "chiamo per la segnalazione {case} è tutto uguale hanno scritto diversi colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
    },
    "b2b_mild": {
        "es": [
            "Sugerencia: ¿podríais exportar los costes por equipo del club?",
            "Estaría bien que el albarán indicara la tensión de cada raqueta",
        ],
        "pt": [
            "Sugestão: conseguem exportar os custos por equipa do clube?",
            "Seria útil a guia indicar a tensão de cada raquete",
        ],
        "en": ["Suggestion: could costs be exported per club team?"],
        "fr": ["Suggestion : pourriez-vous exporter les coûts par équipe ?"],
        "de": ["Vorschlag: Kosten pro Mannschaft exportieren?"],
        "it": ["Suggerimento: potreste esportare i costi per squadra?"],
    },
    "b2b_q": {
        "es": [
            "¿Cuál es el plazo para 20 raquetas del equipo juvenil?",
            "¿Podéis recoger el jueves en el club?",
        ],
        "pt": [
            "Qual o prazo para 20 raquetes da equipa juvenil?",
            "Podem recolher quinta no clube?",
        ],
        "en": ["What's the turnaround for 20 junior team rackets?"],
        "fr": ["Quel délai pour 20 raquettes de l'équipe jeunes ?"],
        "de": ["Wie lange dauern 20 Schläger der Jugendmannschaft?"],
        "it": ["Che tempi per 20 racchette della squadra giovanile?"],
    },
    "b2b_a": {
        "es": ["Tres días laborables, y sí, recogemos el jueves. {agent}"],
        "pt": ["Três dias úteis, e sim, recolhemos quinta. {agent}"],
        "en": ["Three working days, collection on Thursday is fine. {agent}"],
        "fr": ["Trois jours ouvrés, enlèvement jeudi possible. {agent}"],
        "de": ["Drei Werktage, Abholung am Donnerstag geht. {agent}"],
        "it": ["Tre giorni lavorativi, ritiro giovedì ok. {agent}"],
    },
    "days": {
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
        "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    },
}

FIRST = {
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Nuria",
        "Andrés",
        "Elena",
        "Raúl",
    ),
    "pt": (
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Nuno",
        "Sofia",
        "Duarte",
    ),
    "en": ("Emma", "Tom", "Chloe", "Liam", "Grace", "Owen"),
    "fr": ("Camille", "Julien", "Léa", "Hugo", "Manon", "Bastien"),
    "de": ("Lena", "Jonas", "Anna", "Felix", "Miriam", "Lukas"),
    "it": ("Giulia", "Marco", "Chiara", "Luca", "Sara", "Davide"),
}
LAST = {
    "es": ("García", "Torres", "Navarro", "Molina", "Ortega", "Castro", "Vidal", "Rubio"),
    "pt": ("Silva", "Costa", "Ferreira", "Almeida", "Pereira", "Sousa", "Ramos", "Lopes"),
    "en": ("Walsh", "Hughes", "Baker", "Murphy", "Carter"),
    "fr": ("Martin", "Durand", "Lefèvre", "Moreau", "Girard"),
    "de": ("Brandt", "Keller", "Vogel", "Hartmann", "Krüger"),
    "it": ("Rossi", "Bianchi", "Greco", "Ferri", "Conti"),
}
AGENTS = {"es": "Alba", "pt": "Rita", "en": "Sam", "fr": "Élodie", "de": "Katrin", "it": "Paolo"}
