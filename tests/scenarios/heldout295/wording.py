"""Wording of heldout295 (Glissaro, indoor curling lanes), written by hand, six languages."""

# ruff: noqa: E501

LANG_WEIGHTS = {"pt": 30, "de": 30, "en": 10, "es": 10, "fr": 10, "it": 10}
MARKETS = {
    "pt": ["PT", "PT", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
}
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]

# What went wrong, in the customer's words (one phrase per problem).
P: dict[str, dict[str, str]] = {
    "pt": {
        "no_show": "cheguei com o grupo às 19h e a pista reservada estava dada a outra pessoa",
        "double_charge": "a reserva da pista foi cobrada DUAS vezes no cartão",
        "damage": "duas pedras tinham a pega partida e uma pessoa cortou a mão",
        "refund": "cancelei o aniversário há três semanas e o reembolso nunca chegou",
        "wrong_price": "sou sócia do Glissaro Club e cobraram-me o preço de não sócio",
        "cancel_fee": "cancelei cinco dias antes e mesmo assim levei taxa de cancelamento",
    },
    "de": {
        "no_show": "wir standen um 19 Uhr zu acht da und unsere Bahn war an jemand anderen vergeben",
        "double_charge": "die Bahnbuchung wurde ZWEIMAL von meiner Karte abgebucht",
        "damage": "zwei Steine hatten einen kaputten Griff, meine Schwester hat sich geschnitten",
        "refund": "ich habe vor drei Wochen storniert und das Geld ist immer noch nicht da",
        "wrong_price": "ich bin Glissaro-Club-Mitglied und zahle trotzdem den Normalpreis",
        "cancel_fee": "ich habe fünf Tage vorher storniert und trotzdem eine Stornogebühr bezahlt",
    },
    "en": {
        "no_show": "we turned up at 7pm, eight of us, and our lane had been given to someone else",
        "double_charge": "the lane booking was taken TWICE from my card",
        "damage": "two stones had cracked handles and my friend cut her hand",
        "refund": "I cancelled three weeks ago and still no refund",
        "wrong_price": "I'm a Glissaro Club member and got charged the full walk-in price",
        "cancel_fee": "I cancelled five days ahead and still got hit with a cancellation fee",
    },
    "es": {
        "no_show": "llegamos a las 19h y nuestra pista se la habían dado a otro grupo",
        "double_charge": "me cobraron la reserva de la pista DOS veces",
        "damage": "dos piedras tenían el asa rota y mi amiga se cortó",
        "refund": "cancelé hace tres semanas y el reembolso no llega",
        "wrong_price": "soy socia del Glissaro Club y me cobraron tarifa normal",
        "cancel_fee": "cancelé con cinco días y aun así me cobraron penalización",
    },
    "fr": {
        "no_show": "on est arrivés à 19h et notre piste avait été donnée à un autre groupe",
        "double_charge": "la réservation a été débitée DEUX fois",
        "damage": "deux pierres avaient la poignée cassée, une amie s'est coupée",
        "refund": "j'ai annulé il y a trois semaines et toujours pas de remboursement",
        "wrong_price": "je suis membre du Glissaro Club et j'ai payé le plein tarif",
        "cancel_fee": "j'ai annulé cinq jours avant et on m'a quand même facturé des frais",
    },
    "it": {
        "no_show": "siamo arrivati alle 19 e la nostra pista era stata data a un altro gruppo",
        "double_charge": "mi hanno addebitato la prenotazione DUE volte",
        "damage": "due stone avevano la maniglia rotta e un'amica si è tagliata",
        "refund": "ho annullato tre settimane fa e il rimborso non arriva",
        "wrong_price": "sono socio del Glissaro Club e ho pagato la tariffa piena",
        "cancel_fee": "ho annullato cinque giorni prima e mi hanno addebitato la penale",
    },
}

T: dict[str, dict[str, list[str]]] = {
    "pt": {
        "praise": [
            "Mais uma noite espetacular no Glissaro, o pessoal do escritório já quer voltar 🥌",
            "Terceira vez este mês e continuo viciada. Gelo impecável!",
            "Aula de iniciação com a Marta foi ótima, paciência infinita",
            "adorámos a pista 4, a música e as bolachas no fim",
        ],
        "question": [
            "Olá, posso levar sapatilhas normais ou têm calçado para emprestar?",
            "Boa tarde, as aulas de sábado são para crianças de 10 anos?",
            "Dá para juntar duas pistas para um grupo de 14?",
        ],
        "thanks": ["Obrigada, perfeito!", "Muito obrigado pela resposta rápida", "obg 👍"],
        "gripe": [
            "Adoro o sítio, só o estacionamento é um pesadelo ao sábado.",
            "Tudo ótimo, pena o bar fechar às 22h.",
        ],
        "complaint": [
            "Isto não pode ser: {p}. Quero uma solução hoje.",
            "Estou furiosa, {p}. Ninguém atende o telefone.",
            "Reclamação: {p}. Já é demais.",
        ],
        "long": [
            "Bom dia,\n\nescrevo-vos do carro, à porta do ginásio da minha filha, porque durante a semana não tenho um minuto. Sou cliente há dois anos e sempre recomendei o Glissaro a toda a gente no trabalho. Organizei a festa dos 40 anos do meu marido convosco, com tudo combinado por e-mail.\n\nAcontece que {p}. Fiquei envergonhada à frente dos convidados e até hoje ninguém me explicou nada.\n\nPeço que me respondam com uma solução concreta.\n\nCumprimentos"
        ],
        "call": [
            "sim bom dia estou a ligar porque {p} e ninguém me responde aos e-mails queria saber o que vão fazer"
        ],
        "still": [
            "Continua tudo igual no pedido {c}: {p}. Ninguém resolve.",
            "Volto a escrever sobre o {c}, ainda em aberto. {p}.",
        ],
        "third": [
            "Terceira vez que escrevo sobre o {c}. Uma colega joga no {x} e lá resolvem no mesmo dia."
        ],
        "fourth": ["QUARTA vez. Pedido {c} continua aberto. {p}."],
        "apology": [
            "Peço desculpa pelo tom de ontem, estava mesmo chateada. Obrigada pela ajuda.",
            "Desculpem a mensagem de ontem, fui mal-educado.",
        ],
        "confirm": [
            "Confirmo, o pedido {c} está resolvido. Obrigada!",
            "Sim, já recebi, pode fechar o {c}. Obrigado",
        ],
        "slide": [
            "O check-in da app demorou meia hora, enfim.",
            "Pista com gelo marcado e ninguém o alisou antes da nossa hora.",
            "Vassouras com pelos soltos e sapatos com cheiro. Está a piorar.",
            "Pagámos 90 minutos e deram-nos 70. Ninguém pede desculpa.",
            "Cobraram 25 € por 'limpeza' de um copo entornado. Ridículo.",
            "Chega. A minha cunhada joga no {x} e já marcámos lá o próximo sábado.",
        ],
        "cancel": [
            "Olá, mudei-me para o Porto e já não vou usar. Quero cancelar o Glissaro Club e fechar a conta, por favor."
        ],
        "grumble": [
            "A app volta sempre a pedir a password, é irritante.",
            "Porque é que o SMS de lembrete chega às 6h da manhã?",
            "Os cacifos continuam sem chave metade das vezes.",
        ],
        "sarcasm": [
            "Adorei esperar 40 minutos pela pista 'reservada' 👏 que experiência premium",
            "Pedras tão frias que até o chá arrefeceu 😂 obrigada Glissaro",
        ],
        "night": [
            "3h da manhã e ainda a sonhar com aquele último lançamento no Glissaro 🥌",
            "Turno da noite no hospital, já reservei pista para sábado, mal posso esperar",
        ],
        "nightq": [
            "Ainda dá para mudar a reserva de amanhã para as 20h?",
            "A pista de domingo de manhã tem desconto de sócio?",
        ],
        "spike": [
            "A app não me deixa entrar na pista, diz erro {e} no ecrã da porta. Estamos 6 pessoas à espera!",
            "Glissaro o código da porta da pista dá {e}, não conseguimos entrar",
            "alguém mais com o erro {e}? a porta da pista não abre",
        ],
        "spike2": [
            "Continua o {e}, agora também no telemóvel do meu marido.",
            "Ainda {e}, já experimentámos a outra entrada.",
        ],
        "lone": [
            "Ontem à noite o código de acesso ficou cinzento na app até mudar o brilho. Amanhã vai funcionar na porta?"
        ],
        "mild": [
            "Gostávamos de ter as faturas por centro de custo.",
            "Seria útil o portal mostrar quem reservou cada pista.",
        ],
        "word": ["Top", "Gelo perfeito", "", "🥌"],
    },
    "de": {
        "praise": [
            "Wieder ein super Abend bei Glissaro, das ganze Team will nächste Woche wieder hin 🥌",
            "Zum dritten Mal diesen Monat da und immer noch begeistert. Eis top!",
            "Der Einsteigerkurs mit Jonas war klasse, sehr geduldig",
            "Bahn 2 war perfekt, Musik passt, Glühwein danach auch",
        ],
        "question": [
            "Hallo, kann man Schuhe leihen oder muss ich eigene mitbringen?",
            "Gibt es samstags Kurse für Zehnjährige?",
            "Kann man zwei Bahnen für 14 Leute zusammen buchen?",
        ],
        "thanks": ["Danke, passt!", "Vielen Dank für die schnelle Antwort", "danke 👍"],
        "gripe": [
            "Tolle Halle, nur der Parkplatz samstags ist eine Katastrophe.",
            "Alles super, schade dass die Bar um 22 Uhr zumacht.",
        ],
        "complaint": [
            "Das geht so nicht: {p}. Ich erwarte heute eine Lösung.",
            "Ich bin stinksauer, {p}. Telefon geht keiner ran.",
            "Beschwerde: {p}. JETZT REICHTS.",
        ],
        "long": [
            "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, weil ich sonst keine ruhige Minute habe. Ich bin seit zwei Jahren Kundin und habe Glissaro im Verein überall empfohlen. Den Geburtstag meines Mannes habe ich bei Ihnen geplant, alles per Mail abgesprochen.\n\nLeider {p}. Das war vor allen Gästen peinlich und bis heute hat mir niemand etwas erklärt.\n\nIch bitte um eine konkrete Antwort.\n\nMit freundlichen Grüßen"
        ],
        "call": [
            "ja guten Tag ich rufe an weil {p} und auf meine Mails antwortet keiner ich will wissen was jetzt passiert"
        ],
        "still": [
            "Immer noch nichts beim Vorgang {c}: {p}. Niemand kümmert sich.",
            "Ich schreibe nochmal wegen {c}, weiterhin offen. {p}.",
        ],
        "third": [
            "Zum dritten Mal wegen {c}. Ein Kollege spielt bei {x}, da wird sowas am selben Tag erledigt."
        ],
        "fourth": ["VIERTES Mal. Vorgang {c} ist immer noch offen. {p}."],
        "apology": [
            "Sorry für den Ton gestern, ich war echt geladen. Danke für die Hilfe.",
            "Entschuldigung für meine Nachricht gestern, das war daneben.",
        ],
        "confirm": [
            "Bestätigt, {c} ist erledigt. Danke!",
            "Ja, ist angekommen, {c} kann zu. Danke",
        ],
        "slide": [
            "Der Check-in per App hat eine halbe Stunde gedauert, naja.",
            "Eis voller Rillen, vor unserer Zeit hat keiner abgezogen.",
            "Besen haaren, Schuhe riechen. Wird immer schlechter.",
            "90 Minuten bezahlt, 70 bekommen. Keine Entschuldigung.",
            "25 € 'Reinigungsgebühr' für ein umgekipptes Glas. Lächerlich.",
            "Mir reichts. Meine Schwägerin spielt bei {x}, wir haben nächsten Samstag dort gebucht.",
        ],
        "cancel": [
            "Hallo, ich ziehe nach Hamburg und brauche das nicht mehr. Bitte den Glissaro Club kündigen und mein Konto schließen."
        ],
        "grumble": [
            "Die App will jedes Mal neu das Passwort, nervig.",
            "Warum kommt die Erinnerungs-SMS um 6 Uhr früh?",
            "Die Spinde haben die Hälfte der Zeit keinen Schlüssel.",
        ],
        "sarcasm": [
            "Toll, 40 Minuten auf die 'reservierte' Bahn gewartet 👏 echtes Premium-Erlebnis",
            "Steine so kalt, dass sogar der Tee kalt wurde 😂 danke Glissaro",
        ],
        "night": [
            "3 Uhr nachts und ich träume noch vom letzten Stein bei Glissaro 🥌",
            "Nachtschicht an der Tanke, Bahn für Samstag schon gebucht, freu mich",
        ],
        "nightq": [
            "Kann ich die Buchung von morgen noch auf 20 Uhr schieben?",
            "Gibt es für Sonntagmorgen Clubrabatt?",
        ],
        "spike": [
            "Die App lässt mich nicht auf die Bahn, an der Tür steht Fehler {e}. Wir stehen zu sechst hier!",
            "Glissaro der Türcode zur Bahn zeigt {e}, wir kommen nicht rein",
            "noch jemand Fehler {e}? Tür zur Bahn geht nicht auf",
        ],
        "spike2": [
            "Immer noch {e}, jetzt auch auf dem Handy meiner Frau.",
            "Weiterhin {e}, auch am zweiten Eingang.",
        ],
        "lone": [
            "Gestern Abend war der Zugangscode in der App grau, bis ich die Helligkeit hochgedreht habe. Geht der morgen an der Tür?"
        ],
        "mild": [
            "Schön wäre, die Rechnungen nach Kostenstelle zu bekommen.",
            "Das Portal könnte anzeigen, wer welche Bahn gebucht hat.",
        ],
        "word": ["Super", "Eis perfekt", "", "👍"],
    },
    "en": {
        "praise": [
            "Another cracking night at Glissaro, the whole office wants to go back 🥌",
            "Third time this month and still hooked. Ice was perfect!",
        ],
        "question": [
            "Hi, do you lend shoes or should we bring trainers?",
            "Can we book two lanes together for 14 people?",
        ],
        "thanks": ["Thanks, perfect!", "cheers 👍"],
        "gripe": ["Love the place, only the car park on Saturdays is a nightmare."],
        "complaint": [
            "Not acceptable: {p}. I want this sorted today.",
            "Really angry, {p}. Nobody picks up the phone.",
        ],
        "long": [
            "Hello,\n\nwriting from the car outside my son's football practice, the only quiet minute I get. I've been a customer for two years and recommended you to everyone at work. I planned my husband's 40th with you, all agreed by e-mail.\n\nUnfortunately {p}. It was embarrassing in front of the guests and nobody has explained anything since.\n\nPlease come back to me with something concrete.\n\nRegards"
        ],
        "call": [
            "yeah hi I'm calling because {p} and nobody answers my emails I want to know what happens now"
        ],
        "still": ["Still nothing on case {c}: {p}. Nobody is dealing with it."],
        "third": [
            "Third time about {c}. A colleague plays at {x} and they sort this the same day."
        ],
        "fourth": ["FOURTH time. Case {c} still open. {p}."],
        "apology": ["Sorry for my tone yesterday, I was fuming. Thanks for helping."],
        "confirm": ["Confirmed, {c} is sorted. Thanks!"],
        "slide": [
            "App check-in took half an hour, oh well.",
            "Ice all grooved, nobody pebbled it before our slot.",
            "Brooms shedding, shoes smelly. Going downhill.",
            "Paid 90 minutes, got 70. No apology.",
            "£20 'cleaning fee' for one spilled glass. Ridiculous.",
            "Done. My sister-in-law plays at {x}, we've booked there next Saturday.",
        ],
        "cancel": [
            "Hi, I'm moving to Leeds and won't use it. Please cancel my Glissaro Club and close my account."
        ],
        "grumble": [
            "The app logs me out every single time.",
            "Why does the reminder text come at 6am?",
        ],
        "sarcasm": ["Loved waiting 40 minutes for our 'reserved' lane 👏 real premium stuff"],
        "night": ["3am and still dreaming about that last stone at Glissaro 🥌"],
        "nightq": ["Can I still move tomorrow's booking to 8pm?"],
        "spike": [
            "App won't let us onto the lane, door screen says {e}. Six of us waiting!",
            "anyone else getting {e}? lane door won't open",
        ],
        "spike2": ["Still {e}, now on my wife's phone too."],
        "lone": [
            "Last night the access code in the app looked grey until I turned the brightness up. Will it work at the door tomorrow?"
        ],
        "mild": ["Could invoices be split by cost centre?"],
        "word": ["Great", "", "👍"],
    },
    "es": {
        "praise": [
            "Otra noche genial en Glissaro, la oficina entera quiere repetir 🥌",
            "Tercera vez este mes y sigo enganchada. ¡Hielo perfecto!",
        ],
        "question": [
            "Hola, ¿prestáis zapatos o traemos zapatillas?",
            "¿Se pueden juntar dos pistas para 14 personas?",
        ],
        "thanks": ["Gracias, perfecto!", "grcs 👍"],
        "gripe": ["Me encanta, solo el parking los sábados es un caos."],
        "complaint": [
            "Esto no puede ser: {p}. Quiero una solución hoy.",
            "Estoy furiosa, {p}. Nadie coge el teléfono.",
        ],
        "long": [
            "Hola,\n\nos escribo desde el coche, en la puerta de la academia de mi hija. Soy clienta desde hace dos años y os he recomendado a todo el mundo. Organicé con vosotros los 40 de mi marido, todo hablado por correo.\n\nPues {p}. Quedé fatal delante de los invitados y nadie me ha explicado nada.\n\nEspero una respuesta concreta.\n\nUn saludo"
        ],
        "call": [
            "sí hola llamo porque {p} y nadie me contesta los correos quiero saber qué vais a hacer"
        ],
        "still": ["Sigo igual con la incidencia {c}: {p}. Nadie lo resuelve."],
        "third": [
            "Tercera vez por {c}. Un compañero juega en {x} y allí lo arreglan el mismo día."
        ],
        "fourth": ["CUARTA vez. {c} sigue abierta. {p}."],
        "apology": ["Perdón por el tono de ayer, estaba muy enfadada. Gracias."],
        "confirm": ["Confirmado, {c} resuelto. ¡Gracias!"],
        "slide": [
            "El check-in con la app tardó media hora, en fin.",
            "Hielo rayado, nadie lo preparó antes de nuestra hora.",
            "Escobas que sueltan pelo, zapatos que huelen. Va a peor.",
            "Pagamos 90 minutos y nos dieron 70.",
            "25 € de 'limpieza' por un vaso derramado. Ridículo.",
            "Se acabó. Mi cuñada juega en {x}, hemos reservado allí el sábado.",
        ],
        "cancel": [
            "Hola, me mudo a Valencia y ya no lo usaré. Quiero cancelar el Glissaro Club y cerrar la cuenta."
        ],
        "grumble": ["La app me pide la contraseña cada vez."],
        "sarcasm": ["Qué gusto esperar 40 minutos por la pista 'reservada' 👏 experiencia premium"],
        "night": ["Las 3 de la mañana y sigo pensando en la última piedra en Glissaro 🥌"],
        "nightq": ["¿Puedo pasar la reserva de mañana a las 20h?"],
        "spike": [
            "La app no nos deja entrar a la pista, la puerta dice error {e}. ¡Somos seis esperando!",
            "¿a alguien más le sale {e}? la puerta de la pista no abre",
        ],
        "spike2": ["Sigue el {e}, ahora también en el móvil de mi pareja."],
        "lone": [
            "Anoche el código de acceso salía gris en la app hasta que subí el brillo. ¿Funcionará mañana en la puerta?"
        ],
        "mild": ["Nos vendría bien la factura por centro de coste."],
        "word": ["Genial", "", "👍"],
    },
    "fr": {
        "praise": [
            "Encore une super soirée chez Glissaro, tout le bureau veut revenir 🥌",
            "Troisième fois ce mois-ci et toujours accro. Glace parfaite !",
        ],
        "question": [
            "Bonjour, vous prêtez des chaussures ou on vient en baskets ?",
            "Peut-on réserver deux pistes pour 14 personnes ?",
        ],
        "thanks": ["Merci, parfait !", "merci 👍"],
        "gripe": ["J'adore, seul le parking le samedi est l'enfer."],
        "complaint": [
            "Inadmissible : {p}. Je veux une solution aujourd'hui.",
            "Je suis furieuse, {p}. Personne ne répond au téléphone.",
        ],
        "long": [
            "Bonjour,\n\nje vous écris depuis la voiture devant le cours de danse de ma fille. Cliente depuis deux ans, je vous ai recommandés partout. J'ai organisé chez vous les 40 ans de mon mari, tout convenu par mail.\n\nOr {p}. J'ai eu honte devant les invités et personne ne m'a rien expliqué.\n\nJ'attends une réponse concrète.\n\nCordialement"
        ],
        "call": [
            "oui bonjour j'appelle parce que {p} et personne ne répond à mes mails je veux savoir ce qui va se passer"
        ],
        "still": ["Toujours rien pour la demande {c} : {p}."],
        "third": [
            "Troisième fois pour {c}. Un collègue joue chez {x}, eux règlent ça le jour même."
        ],
        "fourth": ["QUATRIÈME fois. {c} toujours ouverte. {p}."],
        "apology": ["Désolée pour le ton d'hier, j'étais à bout. Merci."],
        "confirm": ["Confirmé, {c} est réglé. Merci !"],
        "slide": [
            "Le check-in par l'appli a pris une demi-heure, bon.",
            "Glace rayée, personne ne l'a préparée avant notre créneau.",
            "Balais qui perdent leurs poils, chaussures qui sentent. Ça se dégrade.",
            "Payé 90 minutes, eu 70.",
            "25 € de 'nettoyage' pour un verre renversé. Ridicule.",
            "Fini. Ma belle-sœur joue chez {x}, on a réservé là-bas samedi.",
        ],
        "cancel": [
            "Bonjour, je déménage à Lyon. Merci de résilier mon Glissaro Club et de fermer mon compte."
        ],
        "grumble": ["L'appli me redemande le mot de passe à chaque fois."],
        "sarcasm": ["Génial d'attendre 40 minutes notre piste 'réservée' 👏 vraiment premium"],
        "night": ["3h du matin et je rêve encore de la dernière pierre chez Glissaro 🥌"],
        "nightq": ["Je peux encore décaler la réservation de demain à 20h ?"],
        "spike": [
            "L'appli ne nous laisse pas entrer sur la piste, la porte affiche {e}. On est six à attendre !",
            "quelqu'un d'autre a l'erreur {e} ? la porte de la piste reste fermée",
        ],
        "spike2": ["Toujours {e}, même avec le téléphone de mon mari."],
        "lone": [
            "Hier soir le code d'accès était gris dans l'appli jusqu'à ce que je monte la luminosité. Ça marchera demain à la porte ?"
        ],
        "mild": ["Ce serait pratique d'avoir les factures par centre de coût."],
        "word": ["Top", "", "👍"],
    },
    "it": {
        "praise": [
            "Un'altra serata fantastica da Glissaro, tutto l'ufficio vuole tornare 🥌",
            "Terza volta questo mese e ancora entusiasta. Ghiaccio perfetto!",
        ],
        "question": [
            "Ciao, prestate le scarpe o veniamo con le scarpe da ginnastica?",
            "Si possono prenotare due piste per 14 persone?",
        ],
        "thanks": ["Grazie, perfetto!", "grz 👍"],
        "gripe": ["Bellissimo, solo il parcheggio il sabato è un incubo."],
        "complaint": [
            "Inaccettabile: {p}. Voglio una soluzione oggi.",
            "Sono furioso, {p}. Nessuno risponde al telefono.",
        ],
        "long": [
            "Buongiorno,\n\nvi scrivo dalla macchina davanti alla piscina di mio figlio. Sono cliente da due anni e vi ho consigliati a tutti. Ho organizzato da voi i 40 anni di mia moglie, tutto concordato via mail.\n\nEbbene {p}. Una figuraccia davanti agli ospiti e nessuno mi ha spiegato nulla.\n\nAttendo una risposta concreta.\n\nCordiali saluti"
        ],
        "call": [
            "sì buongiorno chiamo perché {p} e nessuno risponde alle mail voglio sapere cosa fate adesso"
        ],
        "still": ["Ancora niente sulla segnalazione {c}: {p}."],
        "third": ["Terza volta per {c}. Un collega gioca da {x} e lì risolvono in giornata."],
        "fourth": ["QUARTA volta. {c} ancora aperta. {p}."],
        "apology": ["Scusate il tono di ieri, ero arrabbiato. Grazie."],
        "confirm": ["Confermo, {c} risolta. Grazie!"],
        "slide": [
            "Il check-in dall'app ci ha messo mezz'ora, vabbè.",
            "Ghiaccio rigato, nessuno l'ha preparato prima del nostro turno.",
            "Scope che perdono setole, scarpe che puzzano. Peggiora.",
            "Pagati 90 minuti, avuti 70.",
            "25 € di 'pulizia' per un bicchiere rovesciato. Ridicolo.",
            "Basta. Mia cognata gioca da {x}, abbiamo prenotato lì sabato.",
        ],
        "cancel": [
            "Ciao, mi trasferisco a Torino. Vorrei disdire il Glissaro Club e chiudere l'account."
        ],
        "grumble": ["L'app mi chiede la password ogni volta."],
        "sarcasm": ["Bellissimo aspettare 40 minuti la pista 'prenotata' 👏 esperienza premium"],
        "night": ["Le 3 di notte e sogno ancora l'ultima stone da Glissaro 🥌"],
        "nightq": ["Posso spostare la prenotazione di domani alle 20?"],
        "spike": [
            "L'app non ci fa entrare in pista, la porta dice errore {e}. Siamo in sei ad aspettare!",
            "anche a voi {e}? la porta della pista non si apre",
        ],
        "spike2": ["Ancora {e}, anche col telefono di mia moglie."],
        "lone": [
            "Ieri sera il codice d'accesso nell'app era grigio finché non ho alzato la luminosità. Domani funzionerà alla porta?"
        ],
        "mild": ["Sarebbe utile avere le fatture per centro di costo."],
        "word": ["Ottimo", "", "👍"],
    },
}

# Agents' replies.
A: dict[str, dict[str, str]] = {
    "pt": {
        "answer": "Olá! Sim, temos calçado e vassouras incluídos, e pode juntar pistas na app. Boas jogadas!",
        "case": "Lamentamos muito. Abrimos o pedido {c} e respondemos até amanhã.",
        "escalated": "O seu pedido {c} passou para a nossa responsável de qualidade, que lhe liga até sexta ao almoço.",
        "good": "Boas notícias sobre o pedido {c}: já está corrigido. Pode confirmar?",
        "urgent": "Acrescentado ao pedido {c}, marcado como urgente.",
        "bye": "Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Glissaro Club.",
        "spike": "Sim, os códigos de acesso às pistas estão a falhar em todos os centros, a equipa técnica já está a tratar.",
        "fixed": "Os códigos de acesso voltaram a funcionar desde as {t} (hora local). A sessão de hoje fica por nossa conta: crédito de 10 € na conta.",
        "lone": "Com pouco brilho o código aparece cinzento, mas a porta lê-o na mesma.",
        "ack": "Obrigado pela sugestão, passámos à equipa do portal.",
    },
    "de": {
        "answer": "Hallo! Schuhe und Besen sind inklusive, Bahnen lassen sich in der App zusammen buchen. Gut Stein!",
        "case": "Das tut uns sehr leid. Wir haben den Vorgang {c} angelegt und melden uns bis morgen.",
        "escalated": "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie bis Freitagmittag an.",
        "good": "Gute Nachrichten zu {c}: ist korrigiert. Können Sie das bestätigen?",
        "urgent": "Zum Vorgang {c} hinzugefügt, als dringend markiert.",
        "bye": "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Glissaro Club.",
        "spike": "Ja, die Bahn-Zugangscodes funktionieren gerade in keiner Halle, unsere Technik ist dran.",
        "fixed": "Die Zugangscodes funktionieren wieder seit {t} Uhr (Ortszeit). Die heutige Session geht auf uns: 10 € Guthaben gutgeschrieben.",
        "lone": "Bei wenig Helligkeit wirkt der Code grau, die Tür liest ihn trotzdem.",
        "ack": "Danke für den Vorschlag, ist an das Portal-Team weitergegeben.",
    },
    "en": {
        "answer": "Hi! Shoes and brooms are included, and you can link lanes in the app. Good curling!",
        "case": "So sorry. We've opened case {c} and will get back to you by tomorrow.",
        "escalated": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
        "good": "Good news on case {c}: it's been put right. Could you confirm?",
        "urgent": "Added to your case {c}, marked urgent.",
        "bye": "Sorry to see you go. You can cancel in the app or on the website under Account > Glissaro Club.",
        "spike": "Yes, lane access codes are failing at every venue right now, our engineers are on it.",
        "fixed": "Lane access codes work again since {t} (local time). Today's session is on us: £9 credit added.",
        "lone": "At low brightness the code looks grey, the door reads it fine.",
        "ack": "Thanks for the suggestion, passed to the portal team.",
    },
    "es": {
        "answer": "¡Hola! Zapatos y escobas incluidos, y puedes unir pistas en la app.",
        "case": "Lo sentimos mucho. Hemos abierto la incidencia {c} y te respondemos mañana.",
        "escalated": "Tu incidencia {c} la lleva ya nuestra responsable de calidad, te llamará antes del viernes a mediodía.",
        "good": "Buenas noticias sobre {c}: ya está corregido. ¿Nos lo confirmas?",
        "urgent": "Añadido a tu incidencia {c}, marcada urgente.",
        "bye": "Sentimos que te vayas. Puedes cancelar en la app o la web, en Cuenta > Glissaro Club.",
        "spike": "Sí, los códigos de acceso a pista fallan en todos los centros, el equipo técnico está en ello.",
        "fixed": "Los códigos de acceso funcionan otra vez desde las {t} (hora local). La sesión de hoy corre de nuestra cuenta: 10 € de crédito.",
        "lone": "Con poco brillo el código se ve gris, la puerta lo lee igual.",
        "ack": "Gracias por la sugerencia, la pasamos al equipo del portal.",
    },
    "fr": {
        "answer": "Bonjour ! Chaussures et balais sont inclus, et vous pouvez lier des pistes dans l'appli.",
        "case": "Toutes nos excuses. Nous avons ouvert la demande {c} et revenons vers vous demain.",
        "escalated": "Votre demande {c} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
        "good": "Bonne nouvelle pour {c} : c'est corrigé. Pouvez-vous confirmer ?",
        "urgent": "Ajouté à votre demande {c}, marquée urgente.",
        "bye": "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Glissaro Club.",
        "spike": "Oui, les codes d'accès aux pistes ne marchent dans aucun centre en ce moment, nos techniciens s'en occupent.",
        "fixed": "Les codes d'accès fonctionnent de nouveau depuis {t} (heure locale). La session d'aujourd'hui est offerte : 10 € de crédit.",
        "lone": "Avec peu de luminosité le code paraît gris, la porte le lit quand même.",
        "ack": "Merci pour la suggestion, transmise à l'équipe du portail.",
    },
    "it": {
        "answer": "Ciao! Scarpe e scope sono incluse e puoi unire le piste nell'app.",
        "case": "Ci dispiace molto. Abbiamo aperto la segnalazione {c} e ti rispondiamo domani.",
        "escalated": "La tua segnalazione {c} è ora alla nostra responsabile qualità, che ti chiama entro venerdì a pranzo.",
        "good": "Buone notizie su {c}: è stato corretto. Puoi confermare?",
        "urgent": "Aggiunto alla segnalazione {c}, segnata urgente.",
        "bye": "Ci dispiace vederti andare. Puoi disdire nell'app o sul sito, Account > Glissaro Club.",
        "spike": "Sì, i codici d'accesso alle piste non funzionano in nessun centro, i tecnici ci stanno lavorando.",
        "fixed": "I codici d'accesso funzionano di nuovo dalle {t} (ora locale). La sessione di oggi la offriamo noi: 10 € di credito.",
        "lone": "Con poca luminosità il codice sembra grigio, la porta lo legge comunque.",
        "ack": "Grazie del suggerimento, passato al team del portale.",
    },
}

B2B_LEAD = {
    "pt": "Bom dia, problema com a conta: ",
    "de": "Guten Tag, Problem mit unserem Konto: ",
    "en": "Hello, a problem with our account: ",
    "es": "Hola, problema con la cuenta: ",
    "fr": "Bonjour, problème avec notre compte : ",
    "it": "Buongiorno, problema con il conto: ",
}
FIRST = {
    "pt": ["Ana", "Rita", "Joana", "Inês", "Tiago", "Rui", "Pedro", "Marta", "Sofia", "Nuno"],
    "de": [
        "Lena",
        "Jonas",
        "Anja",
        "Tobias",
        "Katrin",
        "Felix",
        "Sabine",
        "Moritz",
        "Julia",
        "Stefan",
    ],
    "en": ["Emma", "Liam", "Chloe", "Owen", "Grace", "Ryan"],
    "es": ["Lucía", "Javier", "Marta", "Pablo", "Irene", "Diego"],
    "fr": ["Camille", "Hugo", "Léa", "Julien", "Manon", "Théo"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
}
LAST = {
    "pt": ["Silva", "Costa", "Ferreira", "Sousa", "Pinto", "Lopes", "Carvalho", "Moura"],
    "de": ["Becker", "Wagner", "Hoffmann", "Krause", "Lehmann", "Vogel", "Brandt", "Seidel"],
    "en": ["Walsh", "Hughes", "Price", "Byrne", "Doyle"],
    "es": ["Ruiz", "Navarro", "Gil", "Moreno", "Ortega"],
    "fr": ["Moreau", "Girard", "Faure", "Roux", "Blanc"],
    "it": ["Ricci", "Greco", "Bruno", "Gallo", "Conti"],
}

# The business arm (Glissaro Teams): complaints, the at-risk last contacts' follow-ups, per language.
B2B_P: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "as faturas dos nossos eventos de equipa ainda têm o nome antigo da empresa e não têm número de encomenda, a contabilidade devolve-as",
        "service_blocked": "o centro recusou a reserva da equipa hoje à noite, dizem que a conta está bloqueada, mas está tudo pago",
        "portal": "o portal Glissaro Teams não mostra nenhuma reserva, não conseguimos mudar nem cancelar nada",
        "overbilled": "cobraram o preço de balcão em vez da tarifa do contrato em todos os eventos do trimestre",
    },
    "de": {
        "invoice": "die Rechnungen für unsere Teamevents tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "service_blocked": "die Halle hat unsere Teambuchung heute Abend abgelehnt, Konto angeblich gesperrt, obwohl alles bezahlt ist",
        "portal": "das Glissaro-Teams-Portal zeigt keine einzige Buchung, wir können nichts verschieben oder stornieren",
        "overbilled": "uns wurde für jedes Event in diesem Quartal der Normalpreis statt des Vertragspreises berechnet",
    },
    "en": {
        "invoice": "the invoices for our team events still carry our old company name and no PO number, so finance rejects them",
        "service_blocked": "the venue refused our team booking tonight saying the account is on stop, although everything is paid",
        "portal": "the Glissaro Teams portal shows no bookings at all, so we cannot move or cancel anything",
        "overbilled": "we were billed the walk-in price instead of our contract rate for every event this quarter",
    },
    "es": {
        "invoice": "las facturas de nuestros eventos siguen con el nombre antiguo de la empresa y sin número de pedido, contabilidad las rechaza",
        "service_blocked": "el centro rechazó la reserva del equipo esta noche diciendo que la cuenta está bloqueada, y está todo pagado",
        "portal": "el portal Glissaro Teams no muestra ninguna reserva, no podemos mover ni cancelar nada",
        "overbilled": "nos cobraron tarifa normal en vez de la del contrato en todos los eventos del trimestre",
    },
    "fr": {
        "invoice": "les factures de nos événements portent toujours l'ancien nom de la société et pas de numéro de commande, la compta les refuse",
        "service_blocked": "le centre a refusé notre réservation d'équipe ce soir, compte soi-disant bloqué alors que tout est payé",
        "portal": "le portail Glissaro Teams n'affiche aucune réservation, impossible de déplacer ou d'annuler",
        "overbilled": "on nous a facturé le plein tarif au lieu du tarif contrat pour chaque événement du trimestre",
    },
    "it": {
        "invoice": "le fatture dei nostri eventi hanno ancora il vecchio nome dell'azienda e nessun numero d'ordine, l'amministrazione le respinge",
        "service_blocked": "il centro ha rifiutato la prenotazione del team stasera, dicono conto bloccato ma è tutto pagato",
        "portal": "il portale Glissaro Teams non mostra nessuna prenotazione, non possiamo spostare né annullare nulla",
        "overbilled": "ci hanno fatturato la tariffa piena invece di quella del contratto per ogni evento del trimestre",
    },
}
B2B_SAME = {
    "pt": "Como a {n} já escreveu na {d}, pedido {c}: ",
    "de": "Wie {n} schon am {d} geschrieben hat, Vorgang {c}: ",
    "en": "As {n} wrote on {d}, case {c}: ",
    "es": "Como ya escribió {n} el {d}, incidencia {c}: ",
    "fr": "Comme {n} l'a écrit {d}, demande {c} : ",
    "it": "Come ha scritto {n} {d}, segnalazione {c}: ",
}
B2B_AGAIN = {
    "pt": "Pedido {c}: nada resolvido e já vários colegas escreveram. As compras já pediram preços ao {x}.",
    "de": "Vorgang {c}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {x} angefragt.",
    "en": "Case {c}: nothing is fixed and several of us have written. Procurement has already asked {x} for their rates.",
    "es": "Incidencia {c}: nada resuelto y ya han escrito varios compañeros. Compras ya ha pedido precios a {x}.",
    "fr": "Demande {c} : rien n'est réglé et plusieurs collègues ont écrit. Les achats ont déjà demandé les tarifs de {x}.",
    "it": "Segnalazione {c}: niente risolto e hanno scritto diversi colleghi. Gli acquisti hanno già chiesto i prezzi a {x}.",
}
B2B_CALL = {
    "pt": "bom dia ligo por causa do pedido {c} continua tudo igual vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "ja hallo ich rufe wegen Vorgang {c} an es ist nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist",
    "en": "hi calling about case {c} nothing has changed several colleagues wrote my boss says we move the account if it isn't fixed this week",
    "es": "hola llamo por la incidencia {c} sigue todo igual varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "fr": "bonjour j'appelle pour la demande {c} rien n'a bougé plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "it": "buongiorno chiamo per la segnalazione {c} è tutto uguale hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}
WEEKDAY = {
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}
SUBJ = {
    "pt": ("Reclamação", "RE: Pedido"),
    "de": ("Beschwerde", "AW: Vorgang"),
    "en": ("Complaint", "Re: Your case"),
    "es": ("Reclamación", "RE: Incidencia"),
    "fr": ("Réclamation", "RE : Demande"),
    "it": ("Reclamo", "R: Segnalazione"),
}
AGENTS = {
    "pt": ["Marta", "Duarte"],
    "de": ["Jonas", "Petra"],
    "en": ["Holly", "Sam"],
    "es": ["Nuria", "Álex"],
    "fr": ["Élodie", "Karim"],
    "it": ["Elisa", "Dario"],
}
PRODUCTS = [
    "Lane 90 min, evening / Pista 90 min, noite",
    "Beginners' class / Aula de iniciação",
    "Lane 90 min, weekend / Bahn 90 Min, Wochenende",
    "Gift card 50 / Vale 50",
]
