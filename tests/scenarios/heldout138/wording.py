# ruff: noqa: E501
"""Consumer wording of heldout138 (Argillo, pottery studios): written from the stories.

Placeholders: {b} brand, {club} membership, {ref} case reference, {comp} competitor,
{fee} an amount in the market's money, {piece} a piece, {studio} the customer's town,
{agent} an agent's first name, {name} the customer's first name, {code} the spike's
code, {local} a local time, {credit} a credit in the market's money.
"""

from __future__ import annotations

T = dict[str, list[str]]

PIECES: T = {
    "it": ["tazza", "ciotola", "vaso", "piatto fondo", "teiera"],
    "de": ["Tasse", "Schale", "Vase", "Teekanne", "Müslischale"],
    "en": ["mug", "bowl", "vase", "teapot"],
    "fr": ["tasse", "bol", "vase", "théière"],
    "es": ["taza", "cuenco", "jarrón", "tetera"],
    "pt": ["caneca", "taça", "jarra", "bule"],
}

PRAISE: T = {
    "it": [
        "Sabato al corso di tornio con {agent} da {b} a {studio}: tre ore volate, e la mia prima {piece} sta in piedi da sola!! 🏺",
        "ho ritirato oggi le mie ciotole da {b}, lo smalto celadon è venuto una meraviglia. Mi sono emozionata al bancone lol",
        "Consiglio {b} a chiunque abbia bisogno di staccare la testa. Mani nell'argilla e il telefono nell'armadietto",
    ],
    "de": [
        "Heute die Teeschalen bei {b} in {studio} abgeholt und die Glasur ist einfach traumhaft geworden 😍",
        "Drehscheiben-Wochenende bei {b} war genau das was ich nach dem Quartalsabschluss gebraucht hab. Danke an {agent} für die Geduld",
        "ich hab zum ersten mal eine Vase hochgezogen die nicht zusammenklappt. {b} Leute ihr seid die besten",
    ],
    "en": [
        "Picked up my first set of bowls from {b} {studio} today and honestly I keep staring at them. The glaze pooled exactly how {agent} said it would",
        "Best birthday present ever: a wheel taster at {b}. Wonky mug, happy me",
    ],
    "fr": [
        "Récupéré mes bols chez {b} {studio}, l'émail bleu est sublime. Merci {agent} pour les conseils au tour !",
    ],
    "es": [
        "Fin de semana de torno en {b} {studio} y salgo nueva. Mi {piece} es torcida pero es MÍA 😄",
        "Recogí hoy mis piezas de {b}, el esmalte quedó precioso. Volveré seguro",
    ],
    "pt": [
        "Fui buscar as minhas taças à {b} {studio} e o vidrado ficou lindo. Obrigada {agent}!",
    ],
}

AGAIN: T = {
    "it": [
        "Terzo corso da {b} quest'anno e ancora non mi stanco. {agent} ha sempre la pazienza di un santo",
        "di nuovo a {studio} per lo studio aperto, di nuovo tornata a casa felice. Non cambio piu",
    ],
    "de": [
        "Schon wieder ein Samstag in der {b} Werkstatt und schon wieder fast die Bahn verpasst weil ich nicht aufhören konnte 😅",
        "Zum dritten Mal die Bemalen-Aktion mit den Kindern bei {b}, immer noch ein Highlight im Monat",
    ],
    "en": ["Third time at {b} open studio this month and still the best two hours of my week"],
    "fr": ["Encore une fois un samedi parfait à l'atelier {b}, toujours aussi bien accueillis"],
    "es": ["Otra vez en {b}, tercera vez este año, y sigo encantada con el ambiente"],
    "pt": ["Mais uma vez na {b}, terceira vez este mês e continua a ser o meu sítio preferido"],
}

GRIPE: T = {
    "it": [
        "Corso bellissimo e insegnante top, solo le sedie ai torni sono scomodissime per 3 ore. Per il resto tornerò",
        "Pezzi venuti benissimo, peccato che il ritiro sia solo fino alle 18 nei giorni feriali. Comunque {b} promosso",
    ],
    "de": [
        "Super Kurs, nur die Schürzen könnten mal gewaschen werden 🙈 ansonsten gerne wieder bei {b}",
        "Alles prima, die Glasur ist wunderschön geworden. Einziger Minuspunkt: man wartet fast drei Wochen auf den Brand",
    ],
    "en": [
        "Lovely evening class at {b}, only gripe is the studio is freezing by the back door. Will be back though"
    ],
    "fr": ["Très bon atelier, juste dommage que le parking soit si loin. Sinon je recommande {b}"],
    "es": ["Todo genial en {b}, solo que el baño del taller siempre está sin jabón jaja. Repetiré"],
    "pt": ["Aula ótima na {b}, só o ar condicionado é que estava fortíssimo. De resto, recomendo"],
}

QUESTION: T = {
    "it": [
        "Ciao, posso portare una tazza fatta a casa da cuocere da voi o serve per forza la vostra argilla?",
        "buongiorno, se salto una lezione del corso del giovedì posso recuperarla il sabato?",
        "Salve, il buono regalo vale anche per lo studio aperto o solo per i corsi?",
    ],
    "de": [
        "Hallo, kann ich beim offenen Atelier auch eigenen Ton mitbringen?",
        "Guten Tag, wie lange dauert es nach dem Glasieren bis die Stücke abholbereit sind?",
        "Hi, kann man den Gutschein auch für den Kindergeburtstag einlösen?",
    ],
    "en": [
        "Hi, can I bring my 8 year old to the Sunday painting session or is it adults only?",
        "Hello, do you post finished pieces to Ireland or collection only?",
    ],
    "fr": ["Bonjour, est-ce qu'on peut offrir un cours de tour en bon cadeau ?"],
    "es": [
        "Hola, ¿puedo pasar a recoger las piezas de mi hermana si le presto su número de pedido?",
        "buenas, el curso de torno incluye el barro o se paga aparte?",
    ],
    "pt": ["Olá, posso remarcar a aula de sábado para domingo?"],
}

ANSWER: T = {
    "it": [
        "Ciao {name}, certo! Te lo confermo qui: nessun problema, buona giornata dal team {b} ({agent})"
    ],
    "de": ["Hallo {name}, ja, das geht problemlos. Viele Grüße aus der Werkstatt, {agent} von {b}"],
    "en": ["Hi {name}, yes, that's absolutely fine. Any other questions just shout. {agent}, {b}"],
    "fr": ["Bonjour {name}, oui, tout à fait. Belle journée, {agent} de l'équipe {b}"],
    "es": ["Hola {name}, sí, sin problema. Un saludo, {agent} de {b}"],
    "pt": ["Olá {name}, sim, sem problema nenhum. Cumprimentos, {agent} da {b}"],
}

THANKS: T = {
    "it": ["Grazie mille!", "perfetto grazie 🙏", "ok grz"],
    "de": ["Super, danke!", "Danke euch 👍", "alles klar, danke"],
    "en": ["Brilliant, thanks!", "cheers"],
    "fr": ["Merci beaucoup !", "super merci"],
    "es": ["¡Genial, gracias!", "vale gracias"],
    "pt": ["Obrigada!", "ok obg"],
}

CALL_Q: T = {
    "it": [
        "si buongiorno volevo sapere se il corso per principianti del martedi ha ancora posti perche vorrei regalarlo a mia madre",
        "pronto si chiamavo per sapere se le tazze dipinte vanno bene in lavastoviglie",
    ],
    "de": [
        "ja hallo ich wollte fragen ob der Anfängerkurs am Mittwoch noch Plätze frei hat für zwei Personen",
        "guten Tag ich wollte nur wissen ob die bemalten Teller spülmaschinenfest sind",
    ],
    "en": ["hi yeah just ringing to ask if you do hen party bookings on a saturday afternoon"],
    "fr": [
        "oui bonjour je voulais savoir si vous faites des ateliers pour les anniversaires d'enfants"
    ],
    "es": [
        "hola buenas queria preguntar si el curso de iniciacion del jueves tiene plazas todavia"
    ],
    "pt": ["sim bom dia queria saber se as canecas pintadas podem ir a máquina"],
}

CALL_FOLLOWUP: T = {
    "it": [
        "Gentile {name}, come promesso al telefono le mando il link con i dettagli. A presto da {b}, {agent}"
    ],
    "de": [
        "Hallo {name}, wie am Telefon besprochen hier der Link mit allen Details. Herzliche Grüße, {agent} ({b})"
    ],
    "en": ["Hi {name}, as promised on the phone here are the details. Best, {agent} at {b}"],
    "fr": [
        "Bonjour {name}, comme convenu au téléphone, voici les détails. Bien à vous, {agent} ({b})"
    ],
    "es": [
        "Hola {name}, como te comenté por teléfono, aquí tienes los detalles. Un saludo, {agent} ({b})"
    ],
    "pt": [
        "Olá {name}, como combinado ao telefone, seguem os detalhes. Cumprimentos, {agent} ({b})"
    ],
}

REVIEW: T = {
    "it": [
        "Studio pulito, insegnanti preparati, pezzi cotti nei tempi. Cinque stelle",
        "Esperienza stupenda, torneremo con le amiche",
    ],
    "de": [
        "Tolle Atmosphäre, geduldige Kursleitung, die Stücke kamen pünktlich aus dem Brand",
        "Sehr empfehlenswert, auch für absolute Anfänger",
    ],
    "en": ["Lovely teachers, well organised, pieces ready on time"],
    "fr": ["Atelier chaleureux et bien organisé, je recommande"],
    "es": ["Taller muy bonito y profesores majísimos"],
    "pt": ["Atelier acolhedor e professores fantásticos"],
}

SURVEY_WORD: T = {
    "it": ["tutto perfetto", "bravissimi", "", "👍"],
    "de": ["alles super", "gerne wieder", "", "👍"],
    "en": ["great", "", "spot on"],
    "fr": ["parfait", ""],
    "es": ["todo genial", ""],
    "pt": ["tudo ótimo", ""],
}

NIGHT_POST: T = {
    "it": [
        "Le 2 e non dormo, quindi guardo video di tornio e prenoto il prossimo corso da {b}. Normale no?",
        "turno di notte in ospedale finito, domani (oggi) studio aperto da {b} per rilassarmi",
    ],
    "de": [
        "Halb drei nachts und ich scrolle durch Glasurfotos von {b}. Schlaflos aber glücklich",
        "Nachtschicht vorbei, gleich noch den Samstagskurs bei {b} gebucht",
    ],
    "en": ["3am and I'm watching centring videos again. {b} has ruined me in the best way"],
    "fr": ["Insomnie, donc je regarde les photos de mes bols de chez {b}"],
    "es": ["Las 2 de la mañana y viendo vídeos de torno. Culpa de {b} jaja"],
    "pt": ["Três da manhã e a ver vídeos de olaria. A culpa é da {b}"],
}

NIGHT_Q: T = {
    "it": ["scusate l'ora, domani posso ritirare i pezzi anche senza la ricevuta?"],
    "de": ["Sorry für die Uhrzeit, kann ich morgen beim Abholen jemand anderen schicken?"],
    "en": ["sorry it's late, can my partner collect my pieces tomorrow?"],
    "fr": ["désolé pour l'heure, mon mari peut récupérer mes pièces demain ?"],
    "es": ["perdón por la hora, ¿puede recoger mis piezas mi pareja mañana?"],
    "pt": ["desculpem a hora, o meu marido pode levantar as peças amanhã?"],
}

# The six consumer problems: a short statement of each, per language.
PROBLEM: dict[str, dict[str, str]] = {
    "it": {
        "lost_piece": "l'app dice che i miei pezzi sono pronti dal {day} ma sullo scaffale non c'è niente e nessuno sa dove siano finiti",
        "broken_post": "la spedizione è arrivata con la {piece} in tre pezzi, imballata in un foglio di giornale",
        "wrong_glaze": "avevo scelto lo smalto celadon e mi ritrovo tutto marrone scuro, il mio regalo di nozze per mia sorella è rovinato",
        "refund": "il corso è stato annullato da voi tre settimane fa e i {fee} non sono ancora tornati sulla carta",
        "club_fee": "ho messo in pausa il {club} e mi avete addebitato lo stesso {fee}",
        "firing_fee": "la mia {piece} si è crepata nel vostro forno e volete farmi pagare la cottura, {fee}",
    },
    "de": {
        "lost_piece": "laut App sind meine Stücke seit {day} abholbereit, aber im Regal ist nichts und keiner weiß wo sie sind",
        "broken_post": "das Paket kam mit der {piece} in drei Teilen an, eingewickelt in eine Zeitung",
        "wrong_glaze": "ich hatte Seladon gewählt und alles ist dunkelbraun geworden, das Hochzeitsgeschenk für meine Schwester ist hin",
        "refund": "der Kurs wurde von euch vor drei Wochen abgesagt und die {fee} sind immer noch nicht zurück auf der Karte",
        "club_fee": "ich habe den {club} pausiert und trotzdem wurden {fee} abgebucht",
        "firing_fee": "meine {piece} ist in eurem Ofen gerissen und jetzt soll ich den Brand zahlen, {fee}",
    },
    "en": {
        "lost_piece": "the app has said my pieces are ready since {day} but there's nothing on the shelf and nobody knows where they are",
        "broken_post": "the parcel arrived with the {piece} in three bits, wrapped in one sheet of newspaper",
        "wrong_glaze": "I picked celadon and everything came out muddy brown, it was my sister's wedding present",
        "refund": "you cancelled the course three weeks ago and the {fee} still isn't back on my card",
        "club_fee": "I paused my {club} and you took {fee} anyway",
        "firing_fee": "my {piece} cracked in your kiln and now you want {fee} for the firing",
    },
    "fr": {
        "lost_piece": "l'appli dit que mes pièces sont prêtes depuis {day} mais rien sur l'étagère et personne ne sait où elles sont",
        "broken_post": "le colis est arrivé avec la {piece} en trois morceaux, emballée dans du papier journal",
        "wrong_glaze": "j'avais choisi le céladon et tout est sorti marron, c'était le cadeau de mariage de ma soeur",
        "refund": "vous avez annulé le cours il y a trois semaines et les {fee} ne sont toujours pas remboursés",
        "club_fee": "j'ai mis le {club} en pause et vous avez quand même prélevé {fee}",
        "firing_fee": "ma {piece} s'est fendue dans votre four et vous voulez me faire payer la cuisson, {fee}",
    },
    "es": {
        "lost_piece": "la app dice que mis piezas están listas desde el {day} pero en la estantería no hay nada y nadie sabe dónde están",
        "broken_post": "el paquete llegó con la {piece} en tres trozos, envuelta en una hoja de periódico",
        "wrong_glaze": "elegí esmalte celadón y salió todo marrón, era el regalo de boda de mi hermana",
        "refund": "cancelasteis vosotros el curso hace tres semanas y los {fee} siguen sin volver a la tarjeta",
        "club_fee": "pausé el {club} y me habéis cobrado {fee} igualmente",
        "firing_fee": "mi {piece} se agrietó en vuestro horno y encima queréis cobrarme la cocción, {fee}",
    },
    "pt": {
        "lost_piece": "a app diz que as minhas peças estão prontas desde {day} mas na prateleira não há nada e ninguém sabe delas",
        "broken_post": "a encomenda chegou com a {piece} partida em três, embrulhada numa folha de jornal",
        "wrong_glaze": "escolhi vidrado celadon e saiu tudo castanho, era o presente de casamento da minha irmã",
        "refund": "cancelaram vocês o curso há três semanas e os {fee} ainda não voltaram ao cartão",
        "club_fee": "pus o {club} em pausa e cobraram-me {fee} na mesma",
        "firing_fee": "a minha {piece} rachou no vosso forno e ainda querem cobrar a cozedura, {fee}",
    },
}

SUBJECT_COMPLAINT = {
    "it": "Reclamo: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
SUBJECT_RE = {
    "it": "R: Segnalazione {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Demande {ref}",
    "es": "RE: Incidencia {ref}",
    "pt": "RE: Pedido {ref}",
}
TOPIC = {
    "it": {
        "lost_piece": "pezzi spariti",
        "broken_post": "spedizione rotta",
        "wrong_glaze": "smalto sbagliato",
        "refund": "rimborso corso",
        "club_fee": "addebito Club",
        "firing_fee": "cottura addebitata",
    },
    "de": {
        "lost_piece": "Stücke verschwunden",
        "broken_post": "Paket kaputt",
        "wrong_glaze": "falsche Glasur",
        "refund": "Erstattung Kurs",
        "club_fee": "Abbuchung Club",
        "firing_fee": "Brandgebühr",
    },
    "en": {
        "lost_piece": "missing pieces",
        "broken_post": "broken parcel",
        "wrong_glaze": "wrong glaze",
        "refund": "course refund",
        "club_fee": "Club charge",
        "firing_fee": "firing fee",
    },
    "fr": {
        "lost_piece": "pièces perdues",
        "broken_post": "colis cassé",
        "wrong_glaze": "mauvais émail",
        "refund": "remboursement",
        "club_fee": "prélèvement Club",
        "firing_fee": "frais de cuisson",
    },
    "es": {
        "lost_piece": "piezas perdidas",
        "broken_post": "paquete roto",
        "wrong_glaze": "esmalte equivocado",
        "refund": "reembolso curso",
        "club_fee": "cargo Club",
        "firing_fee": "cobro cocción",
    },
    "pt": {
        "lost_piece": "peças perdidas",
        "broken_post": "encomenda partida",
        "wrong_glaze": "vidrado errado",
        "refund": "reembolso",
        "club_fee": "cobrança Club",
        "firing_fee": "cozedura cobrada",
    },
}

# One angry message, by channel: {p} is the problem statement.
ANGRY_MAIL: T = {
    "it": [
        "Buongiorno, {p}. Ho pagato e pretendo una soluzione, non un'altra mail automatica.",
        "Scrivo perché {p}. Sinceramente sono molto delusa.",
    ],
    "de": [
        "Guten Tag, {p}. Ich erwarte eine Lösung und keine weitere Standardmail.",
        "Hallo, {p}. Das ist wirklich ärgerlich.",
    ],
    "en": ["Hello, {p}. I'd like this sorted properly please, not another automated reply."],
    "fr": ["Bonjour, {p}. Je voudrais une vraie solution, merci."],
    "es": ["Hola, {p}. Quiero una solución, no otro correo automático."],
    "pt": ["Boa tarde, {p}. Quero uma solução a sério."],
}
ANGRY_CHAT: T = {
    "it": ["ciao, {p}. ma come è possibile??", "Scusate ma {p}. MI SPIEGATE?"],
    "de": ["hallo, {p}. wie kann das sein??", "Ernsthaft jetzt: {p}. WAS SOLL DAS"],
    "en": ["hi, {p}. how does this even happen??"],
    "fr": ["bonjour, {p}. c'est pas possible ??"],
    "es": ["hola, {p}. ¿¿cómo puede ser??"],
    "pt": ["olá, {p}. como é possível??"],
}
ANGRY_SOCIAL: T = {
    "it": ["Complimenti {b}: {p}. Bravi proprio 👏", "{b} {p} e nessuno risponde. VERGOGNA"],
    "de": ["Danke {b}: {p}. Echt super 👏", "{b} {p} und keiner meldet sich. UNFASSBAR"],
    "en": ["Well done {b}: {p}. Absolutely brilliant 👏"],
    "fr": ["Bravo {b} : {p}. Génial 👏"],
    "es": ["Gracias {b}: {p}. Un DIEZ 👏"],
    "pt": ["Parabéns {b}: {p}. Fantástico 👏"],
}
ANGRY_FORM: T = {
    "it": ["{p}. Chiedo di essere ricontattata oggi."],
    "de": ["{p}. Bitte um Rückmeldung heute noch."],
    "en": ["{p}. Please get back to me today."],
    "fr": ["{p}. Merci de me recontacter aujourd'hui."],
    "es": ["{p}. Por favor contactad conmigo hoy."],
    "pt": ["{p}. Peço contacto ainda hoje."],
}
ANGRY_CALL: T = {
    "it": ["si buongiorno chiamo perche {p} e sono gia due volte che passo in studio per niente"],
    "de": ["ja guten Tag ich rufe an weil {p} und ich bin jetzt echt sauer"],
    "en": ["yeah hi I'm calling because {p} and I'm really not happy"],
    "fr": ["oui bonjour j'appelle parce que {p} et franchement ça m'énerve"],
    "es": ["hola mire llamo porque {p} y estoy bastante enfadada"],
    "pt": ["sim boa tarde estou a ligar porque {p} e estou mesmo chateada"],
}

LONG_MAIL: T = {
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio e la grande che mi chiede quando andiamo via, quindi perdonate se sarò disordinata. Mi sono iscritta al vostro corso a settembre perché avevo bisogno di un'ora tutta per me tra il lavoro in farmacia e il trasloco dei miei suoceri, e devo dire che per mesi è stata la mia salvezza.\n\nMa adesso {p}. Per me non è una questione di soldi, è che ci avevo messo il cuore.\n\nVi chiedo di dirmi cosa intendete fare, entro la settimana se possibile.\n\nCordiali saluti,\n{full}",
        "Buonasera,\n\nvi scrivo dalla macchina parcheggiata davanti alla palestra di mio figlio, dopo una giornata infinita in ufficio e con la cucina ancora da rifare a casa. Sono cliente {b} da un anno e l'ho consigliato a mezzo mondo.\n\nPurtroppo {p}. Ho già perso un pomeriggio per venire in studio.\n\nAttendo una risposta seria.\n\n{full}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Zug nach Hannover, wo ich meine Mutter nach ihrer Knie-OP besuche, deshalb bitte ich um Nachsicht für die Form. Ich habe den Kurs bei Ihnen im Frühjahr begonnen, weil ich neben der Pflege und dem Job einen Ort für mich brauchte, und ich war bisher rundum begeistert.\n\nNun aber {p}. Es geht mir nicht ums Geld, sondern darum, dass ich viel Herzblut hineingesteckt habe.\n\nBitte teilen Sie mir bis Ende der Woche mit, wie Sie das lösen wollen.\n\nMit freundlichen Grüßen\n{full}",
        "Hallo zusammen,\n\nich sitze gerade in der Mittagspause im Auto vor der Baustelle unserer Wohnung (Bad wird seit sechs Wochen gefliest, fragt nicht) und schreibe Ihnen endlich. Ich bin seit einem Jahr Kundin und habe {b} überall weiterempfohlen.\n\nLeider {p}. Ich war deswegen schon umsonst in der Werkstatt.\n\nIch bitte um eine ernsthafte Antwort.\n\nViele Grüße\n{full}",
    ],
}

CASE_OPENED: T = {
    "it": [
        "Gentile {name}, ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la contattiamo entro 48 ore. {agent}, servizio clienti {b}"
    ],
    "de": [
        "Hallo {name}, das tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 48 Stunden. {agent}, Kundenservice {b}"
    ],
    "en": [
        "Hi {name}, we're really sorry. We've opened case {ref} and will come back to you within 48 hours. {agent}, {b} customer care"
    ],
    "fr": [
        "Bonjour {name}, nous sommes désolés. Nous avons ouvert la demande {ref} et revenons vers vous sous 48 h. {agent}, service client {b}"
    ],
    "es": [
        "Hola {name}, lo sentimos mucho. Hemos abierto la incidencia {ref} y te contestamos en 48 horas. {agent}, atención al cliente {b}"
    ],
    "pt": [
        "Olá {name}, lamentamos muito. Abrimos o pedido {ref} e respondemos em 48 horas. {agent}, apoio ao cliente {b}"
    ],
}
CHAT_CASE: T = {
    "it": [
        "Mi dispiace davvero {name}, ho aperto la segnalazione {ref} e la passo subito al responsabile dello studio."
    ],
    "de": [
        "Das tut mir wirklich leid {name}, ich habe den Vorgang {ref} angelegt und gebe ihn sofort an die Werkstattleitung."
    ],
    "en": [
        "I'm really sorry {name}, I've opened case {ref} and passed it straight to the studio manager."
    ],
    "fr": [
        "Je suis vraiment désolé {name}, j'ai ouvert la demande {ref} et je la transmets au responsable de l'atelier."
    ],
    "es": [
        "Lo siento mucho {name}, he abierto la incidencia {ref} y la paso ya al responsable del taller."
    ],
    "pt": ["Lamento imenso {name}, abri o pedido {ref} e passei-o já ao responsável do atelier."],
}
GOOD_NEWS: T = {
    "it": [
        "Gentile {name}, buone notizie sulla segnalazione {ref}: abbiamo sistemato tutto. Può confermarci che per lei va bene? {agent}, {b}"
    ],
    "de": [
        "Hallo {name}, gute Nachrichten zu Vorgang {ref}: wir haben das erledigt. Können Sie uns bestätigen, dass alles passt? {agent}, {b}"
    ],
    "en": [
        "Hi {name}, good news on case {ref}: it's sorted on our side. Could you confirm it's all fine for you? {agent}, {b}"
    ],
    "fr": [
        "Bonjour {name}, bonne nouvelle pour la demande {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? {agent}, {b}"
    ],
    "es": [
        "Hola {name}, buenas noticias sobre la incidencia {ref}: está resuelto. ¿Nos confirmas que todo bien? {agent}, {b}"
    ],
    "pt": [
        "Olá {name}, boas notícias sobre o pedido {ref}: está resolvido. Pode confirmar-nos? {agent}, {b}"
    ],
}
CONFIRM: T = {
    "it": [
        "Confermo, segnalazione {ref} risolta. Grazie!",
        "si tutto ok per la {ref}, grazie mille",
    ],
    "de": ["Bestätige, Vorgang {ref} ist erledigt. Danke!", "passt, {ref} ist geklärt, danke euch"],
    "en": ["Confirmed, case {ref} is sorted. Thanks!"],
    "fr": ["Je confirme, la demande {ref} est réglée. Merci !"],
    "es": ["Confirmo, la incidencia {ref} está resuelta. ¡Gracias!"],
    "pt": ["Confirmo, o pedido {ref} está resolvido. Obrigada!"],
}
APOLOGY: T = {
    "it": [
        "Scusate per il tono di ieri, ero stanchissima. Grazie per come avete gestito la cosa",
        "ieri ho esagerato, scusate. Siete stati gentili",
    ],
    "de": [
        "Sorry für meinen Ton gestern, war ein langer Tag. Danke dass ihr euch gekümmert habt",
        "Ich hab gestern überreagiert, tut mir leid",
    ],
    "en": ["Sorry for being so sharp yesterday, long day. Thanks for sorting it"],
    "fr": ["Désolée pour mon ton d'hier, journée difficile. Merci"],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por solucionarlo"],
    "pt": ["Desculpem o tom de ontem, foi um dia mau. Obrigada"],
}

STILL_OPEN: T = {
    "it": [
        "Riscrivo per la segnalazione {ref}: è ancora tutto fermo, {p}.",
        "segnalazione {ref} ANCORA aperta. {p}. ci sentiamo?",
    ],
    "de": [
        "Ich melde mich nochmal wegen Vorgang {ref}: es ist immer noch nichts passiert, {p}.",
        "Vorgang {ref} IMMER NOCH offen. {p}.",
    ],
    "en": ["Writing again about case {ref}: still nothing, {p}."],
    "fr": ["Je relance pour la demande {ref} : toujours rien, {p}."],
    "es": ["Vuelvo a escribir por la incidencia {ref}: sigue igual, {p}."],
    "pt": ["Volto a escrever sobre o pedido {ref}: continua tudo igual, {p}."],
}
STILL_CALL: T = {
    "it": ["si buongiorno chiamo ancora per la segnalazione {ref} perche non e cambiato niente"],
    "de": ["ja hallo ich rufe nochmal an wegen Vorgang {ref} weil sich nichts getan hat"],
    "en": ["hi it's about case {ref} again because nothing has changed"],
    "fr": ["oui bonjour je rappelle pour la demande {ref} parce que rien n'a bougé"],
    "es": ["hola llamo otra vez por la incidencia {ref} porque no ha cambiado nada"],
    "pt": ["sim bom dia ligo outra vez por causa do pedido {ref} porque nada mudou"],
}
THIRD: T = {
    "it": [
        "Una mia collega va da {comp} e lì queste cose le risolvono in giornata.",
        "Ho guardato i prezzi di {comp}, sappiatelo.",
    ],
    "de": [
        "Eine Kollegin töpfert bei {comp}, da wird sowas am selben Tag geklärt.",
        "Ich habe mir die Preise bei {comp} angeschaut.",
    ],
    "en": ["A colleague goes to {comp} and they sort this kind of thing the same day."],
    "fr": ["Une collègue va chez {comp} et eux règlent ça dans la journée."],
    "es": ["Una compañera va a {comp} y allí esto lo arreglan en el día."],
    "pt": ["Uma colega vai à {comp} e lá resolvem isto no próprio dia."],
}
FOURTH: T = {
    "it": ["È la QUARTA volta che scrivo."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIÈME fois que j'écris."],
    "es": ["Es la CUARTA vez que escribo."],
    "pt": ["É a QUARTA vez que escrevo."],
}
URGENT: T = {
    "it": ["Ho aggiunto il messaggio alla segnalazione {ref} e l'ho segnata come urgente."],
    "de": ["Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert."],
    "en": ["I've added this to case {ref} and marked it urgent."],
    "fr": ["J'ai ajouté ceci à la demande {ref} et l'ai marquée urgente."],
    "es": ["He añadido esto a la incidencia {ref} y la he marcado como urgente."],
    "pt": ["Acrescentei isto ao pedido {ref} e marquei-o como urgente."],
}
QUALITY_LEAD: T = {
    "it": [
        "Gentile {name}, la segnalazione {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, {b}"
    ],
    "de": [
        "Hallo {name}, Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}, {b}"
    ],
    "en": [
        "Hi {name}, case {ref} is now with our quality lead, who will call you before Friday lunchtime. {agent}, {b}"
    ],
    "fr": [
        "Bonjour {name}, la demande {ref} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}, {b}"
    ],
    "es": [
        "Hola {name}, la incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, {b}"
    ],
    "pt": [
        "Olá {name}, o pedido {ref} está com a nossa responsável de qualidade, que lhe liga até sexta ao almoço. {agent}, {b}"
    ],
}

# The slide: six steps, the last names a competitor.
SLIDE: T = {
    "it": [
        "Corso spostato dalle 10 alle 14 senza avvisare nessuno. Da {b} non era mai successo",
        "tornio che balla e argilla secca come un sasso. {b} che succede?",
        "Cinque settimane per avere indietro due ciotole. Il sito dice due.",
        "Lo smalto è colato sul ripiano e {b} mi addebita {fee} per il ripiano del forno. Sul serio?",
        "BASTA. Pagare {fee} di cottura per un vaso ESPLOSO nel vostro forno. {b} una vergogna",
        "Mia sorella va da {comp}, ho prenotato lì il corso di dicembre. Ciao {b}",
    ],
    "de": [
        "Kurs ohne Ankündigung von 10 auf 14 Uhr verschoben. Bei {b} kannte ich das bisher nicht",
        "Scheibe eiert und der Ton ist knochentrocken. {b} was ist los bei euch?",
        "Fünf Wochen auf zwei Schalen gewartet. Auf der Webseite stehen zwei.",
        "Glasur ist auf die Ofenplatte gelaufen und {b} berechnet mir {fee} für die Platte. Ernsthaft?",
        "JETZT REICHTS. {fee} Brandgebühr für eine Vase die in EUREM Ofen explodiert ist. {b} unmöglich",
        "Meine Schwester töpfert bei {comp}, ich hab den Dezemberkurs dort gebucht. Tschüss {b}",
    ],
    "en": [
        "Class moved from 10 to 2 with no notice. Never had that at {b} before",
        "wobbly wheel and clay dry as a biscuit. {b} what's going on?",
        "Five weeks to get two bowls back. Website says two.",
        "Glaze ran onto the kiln shelf and {b} charge me {fee} for the shelf. Seriously?",
        "DONE. {fee} firing fee for a vase that EXPLODED in your kiln. {b} unbelievable",
        "My sister goes to {comp}, booked my December course there. Bye {b}",
    ],
    "fr": [
        "Cours déplacé de 10h à 14h sans prévenir. Jamais vu ça chez {b}",
        "tour qui tremble et terre sèche comme un caillou. {b} il se passe quoi ?",
        "Cinq semaines pour récupérer deux bols. Le site dit deux.",
        "L'émail a coulé sur la plaque et {b} me facture {fee} pour la plaque. Sérieusement ?",
        "ÇA SUFFIT. {fee} de cuisson pour un vase qui a EXPLOSÉ dans votre four. {b} honteux",
        "Ma soeur va chez {comp}, j'ai réservé le cours de décembre là-bas. Adieu {b}",
    ],
    "es": [
        "Curso cambiado de las 10 a las 14 sin avisar. En {b} nunca me había pasado",
        "torno que baila y barro seco como una piedra. {b} ¿qué pasa?",
        "Cinco semanas para devolverme dos cuencos. La web dice dos.",
        "El esmalte chorreó en la placa y {b} me cobra {fee} por la placa. ¿En serio?",
        "YA ESTÁ BIEN. {fee} de cocción por un jarrón que EXPLOTÓ en vuestro horno. {b} vergüenza",
        "Mi hermana va a {comp}, he reservado allí el curso de diciembre. Adiós {b}",
    ],
    "pt": [
        "Aula mudada das 10 para as 14 sem aviso. Na {b} nunca tinha acontecido",
        "roda a abanar e barro seco como pedra. {b} o que se passa?",
        "Cinco semanas para devolverem duas taças. O site diz duas.",
        "O vidrado escorreu para a placa e a {b} cobra-me {fee} pela placa. A sério?",
        "CHEGA. {fee} de cozedura por uma jarra que EXPLODIU no vosso forno. {b} vergonha",
        "A minha irmã vai à {comp}, marquei lá o curso de dezembro. Adeus {b}",
    ],
}

LEAVE: T = {
    "it": [
        "Buongiorno, ci trasferiamo a Lisbona per il lavoro di mio marito e non potrò più venire. Vorrei disdire il {club} e chiudere l'account. Grazie di tutto"
    ],
    "de": [
        "Hallo, ich ziehe beruflich nach Hamburg, wo es kein Studio von euch gibt. Bitte den {club} kündigen und mein Konto schließen. Danke für die schöne Zeit",
        "Guten Tag, ich habe mir mit dem Bonus eine eigene Scheibe und einen kleinen Ofen gekauft. Ich möchte den {club} kündigen und das Konto schließen.",
    ],
    "en": [
        "Hi, I've bought my own wheel and a small kiln for the garage, so I'd like to cancel my {club} and close my account please"
    ],
    "fr": [
        "Bonjour, je déménage à Nantes et je voudrais résilier le {club} et fermer mon compte. Merci pour tout"
    ],
    "es": [
        "Hola, me mudo a Valencia por trabajo, quiero darme de baja del {club} y cerrar la cuenta. Gracias por todo"
    ],
    "pt": [
        "Olá, vou mudar-me para o Porto e quero cancelar o {club} e fechar a conta. Obrigada por tudo"
    ],
}
SORRY_GO: T = {
    "it": [
        "Gentile {name}, ci dispiace vederla andare via. Può disdire da sola nell'app o sul sito, sezione Account. {agent}, {b}"
    ],
    "de": [
        "Hallo {name}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Webseite unter Konto kündigen. {agent}, {b}"
    ],
    "en": [
        "Hi {name}, sorry to see you go. You can cancel yourself in the app or on the website under Account. {agent}, {b}"
    ],
    "fr": [
        "Bonjour {name}, désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, rubrique Compte. {agent}, {b}"
    ],
    "es": [
        "Hola {name}, sentimos que te vayas. Puedes darte de baja en la app o en la web, apartado Cuenta. {agent}, {b}"
    ],
    "pt": [
        "Olá {name}, lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta. {agent}, {b}"
    ],
}

GRUMBLE: T = {
    "it": [
        "L'app di {b} mi slogga ogni santa volta",
        "Coda di 30 minuti al ritiro anche oggi. {b} assumete qualcuno",
        "Il parcheggio dello studio di {b} è un incubo",
        "grembiuli sporchi anche oggi da {b}",
    ],
    "de": [
        "Die {b} App loggt mich jedes Mal aus",
        "Wieder 30 Minuten Schlange bei der Abholung. {b} stellt mal jemanden ein",
        "SMS um 6 Uhr früh dass der Kurs morgen ist. Danke {b}",
        "Die Drehscheiben bei {b} sind echt in die Jahre gekommen",
    ],
    "en": [
        "{b} app logs me out every single time",
        "Half an hour queue at collection again. {b} hire someone",
    ],
    "fr": [
        "L'appli {b} me déconnecte à chaque fois",
        "Encore 30 minutes de queue au retrait chez {b}",
    ],
    "es": [
        "La app de {b} me echa cada vez que entro",
        "Otra vez media hora de cola para recoger en {b}",
    ],
    "pt": ["A app da {b} faz logout sempre", "Outra vez meia hora de fila para levantar na {b}"],
}
SARCASM: T = {
    "it": [
        "Grazie {b} per avermi avvisato che il corso era annullato DOPO che ero arrivata in studio. Servizio impeccabile 🙃"
    ],
    "de": [
        "Danke {b}, dass die Absage per Mail kam, als ich schon vor der Tür stand. Top Service 🙃"
    ],
    "en": ["Thanks {b} for the cancellation email that arrived as I stood at the door. Stellar 🙃"],
    "fr": ["Merci {b} pour le mail d'annulation reçu devant la porte. Au top 🙃"],
    "es": ["Gracias {b} por avisar de la cancelación cuando ya estaba en la puerta. Un crack 🙃"],
    "pt": ["Obrigada {b} por avisarem do cancelamento quando já estava à porta. Impecável 🙃"],
}
MILD: T = {
    "it": [
        "La mappa degli studi nell'app mi mostra Torino anche se sono a Milano, non è grave ma è scomodo"
    ],
    "de": [
        "Die Studio-Suche in der App zeigt mir immer Köln an, obwohl ich in München bin. Nicht schlimm, nur lästig"
    ],
    "en": ["The studio finder keeps showing me Bristol though I'm in London, minor but annoying"],
    "fr": [
        "La recherche d'atelier m'affiche Lyon alors que je suis à Paris, pas grave mais pénible"
    ],
    "es": [
        "El buscador de talleres me enseña Barcelona aunque estoy en Madrid, no es grave pero molesta"
    ],
    "pt": ["A pesquisa de ateliers mostra-me Lisboa mas estou no Porto, nada de grave mas chato"],
}
MILD_ACK: T = {
    "it": ["Grazie della segnalazione {name}, l'abbiamo passata al team dell'app. {agent}"],
    "de": ["Danke für den Hinweis {name}, wir haben ihn ans App-Team weitergegeben. {agent}"],
    "en": ["Thanks for letting us know {name}, passed to the app team. {agent}"],
    "fr": ["Merci pour le signalement {name}, transmis à l'équipe de l'appli. {agent}"],
    "es": ["Gracias por avisar {name}, lo hemos pasado al equipo de la app. {agent}"],
    "pt": ["Obrigado pelo aviso {name}, passámos à equipa da app. {agent}"],
}

# The planted spike (topic_spike only).
SPIKE: T = {
    "it": [
        "Sono al bancone ritiro di {studio} e mi dicono che TUTTI i pezzi sono in quarantena smalto, codice {code}. E l'app mi scrive di non usare per cibi le tazze fatte da voi negli ultimi mesi?? Ci beviamo il caffè ogni mattina!",
        "{b} che succede? app dice 'pezzo bloccato - {code} - non usare a contatto con alimenti' per le ciotole che uso da settembre per i bambini. sono terrorizzata",
        "dovevo ritirare il servizio di piatti per il pranzo di domani e al banco dicono che è tutto bloccato, {code}. E dicono che non lo sanno nemmeno loro",
    ],
    "de": [
        "Stehe an der Abholung in {studio}, alles gesperrt mit 'Glasur-Quarantäne {code}'. Und die App sagt ich soll meine Tassen von {b} nicht mehr für Lebensmittel benutzen?! Wir trinken da jeden Tag draus!!",
        "{b} bitte erklärt mal warum meine Müslischalen seit heute früh als 'nicht lebensmittelecht, {code}' markiert sind. Die Kinder essen da seit Wochen draus",
        "Wollte das Geschirr für den Geburtstag morgen holen, an der Theke heißt es alles gesperrt {code}, keiner weiß warum",
    ],
    "en": [
        "At the {b} {studio} counter and every piece is on 'glaze quarantine {code}'. The app also says don't use my mugs for food or drink?! I've been drinking tea from them for months"
    ],
    "fr": [
        "Au comptoir {b} de {studio}, tout est bloqué 'quarantaine émail {code}' et l'appli dit de ne plus utiliser mes bols pour manger ?! Mes enfants mangent dedans tous les jours"
    ],
    "es": [
        "En el mostrador de {b} {studio} dicen que todas las piezas están en 'cuarentena de esmalte {code}' y la app dice que no use mis tazas para comida?? Llevo meses bebiendo café en ellas"
    ],
    "pt": [
        "No balcão da {b} {studio} está tudo bloqueado 'quarentena de vidrado {code}' e a app diz para não usar as minhas canecas com comida?! Bebo café nelas todos os dias"
    ],
}
SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, in questo momento il sistema mette in quarantena tutti i pezzi in tutti gli studi con {code}. È un errore nostro, gli smalti sono quelli di sempre e sicuri. I tecnici ci stanno lavorando."
    ],
    "de": [
        "Ja, gerade setzt unser System in allen Studios jedes Stück auf Quarantäne mit {code}. Das ist ein Fehler bei uns, die Glasuren sind die gleichen wie immer und sicher. Die Technik arbeitet daran."
    ],
    "en": [
        "Yes, right now our system is putting every piece in every studio on quarantine with {code}. It's our error, the glazes are the usual safe ones. Our engineers are on it."
    ],
    "fr": [
        "Oui, en ce moment notre système met toutes les pièces en quarantaine avec {code}. C'est une erreur de notre côté, les émaux sont sûrs. Nos techniciens s'en occupent."
    ],
    "es": [
        "Sí, ahora mismo el sistema pone en cuarentena todas las piezas con {code}. Es un error nuestro, los esmaltes son los de siempre y seguros. Los técnicos ya están en ello."
    ],
    "pt": [
        "Sim, neste momento o sistema põe todas as peças em quarentena com {code}. É um erro nosso, os vidrados são os de sempre e seguros. Os técnicos estão a tratar."
    ],
}
SPIKE_AGAIN: T = {
    "it": [
        "ancora {code}, anche a mio marito dal suo telefono. E al bancone non ci danno niente",
        "Ancora bloccato {code} mezz'ora dopo. Le tazze le ho messe in cantina nel dubbio",
    ],
    "de": [
        "immer noch {code}, auch auf dem Handy von meinem Mann. An der Theke gibts nichts",
        "Eine halbe Stunde später weiter {code}. Die Tassen stehen jetzt vorsichtshalber im Keller",
    ],
    "en": ["still {code}, on my husband's phone too, and the counter won't give us anything"],
    "fr": ["toujours {code}, aussi sur le téléphone de mon mari"],
    "es": ["sigue {code}, también en el móvil de mi marido"],
    "pt": ["continua {code}, também no telemóvel do meu marido"],
}
SPIKE_FIXED: T = {
    "it": [
        "Gentile {name}, dalle {local} i pezzi si ritirano di nuovo: la quarantena era un errore del nostro sistema e gli smalti sono sicuri. Le abbiamo accreditato {credit}. Ci scusiamo. {agent}, {b}"
    ],
    "de": [
        "Hallo {name}, seit {local} können Stücke wieder abgeholt werden: die Quarantäne war ein Fehler unseres Systems, die Glasuren sind sicher. Wir haben Ihnen {credit} gutgeschrieben. Entschuldigung! {agent}, {b}"
    ],
    "en": [
        "Hi {name}, since {local} pieces can be collected again: the quarantine was our system's error and the glazes are safe. We've added {credit} credit. Sorry! {agent}, {b}"
    ],
    "fr": [
        "Bonjour {name}, depuis {local} les pièces peuvent à nouveau être retirées : la quarantaine était une erreur, les émaux sont sûrs. {credit} crédités. Pardon ! {agent}, {b}"
    ],
    "es": [
        "Hola {name}, desde las {local} se pueden recoger las piezas: la cuarentena fue un error nuestro y los esmaltes son seguros. Te hemos abonado {credit}. Perdón. {agent}, {b}"
    ],
    "pt": [
        "Olá {name}, desde as {local} já se podem levantar as peças: a quarentena foi um erro nosso e os vidrados são seguros. Creditámos {credit}. Desculpe. {agent}, {b}"
    ],
}
LONE_Q: T = {
    "it": [
        "Ciao, ieri sera l'app mi ha mostrato per un attimo un triangolino giallo accanto alla mia tazza, poi è sparito. Domani la ritiro normalmente?"
    ],
    "de": [
        "Hallo, gestern Abend hatte meine Schale in der App kurz ein gelbes Dreieck, dann war es weg. Kann ich sie morgen ganz normal abholen?"
    ],
}
LONE_A: T = {
    "it": [
        "Ciao {name}, sì, era solo un aggiornamento dello stato. Domani la trova sullo scaffale."
    ],
    "de": ["Hallo {name}, ja, das war nur eine Statusaktualisierung. Sie liegt morgen im Regal."],
}

WEEKDAY = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
