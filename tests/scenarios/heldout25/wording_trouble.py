# ruff: noqa: E501
"""Hand-written trouble wording for heldout25 (Boxelo): problems, follow-ups, slides, leavers.

Placeholders as in wording_happy, plus {ref} (the case reference), {what} (the problem in
a few words), {agent}, {comp}, {complaint} (inside a long e-mail).
"""

from __future__ import annotations

PROBLEMS = ("locked_out", "damp", "van_no_show", "missing_boxes", "double_charge", "deposit")

# problem -> language -> angry first messages (e-mail, chat, social, web form).
SHORT: dict[str, dict[str, list[str]]] = {
    "locked_out": {
        "pt": [
            "Estou há 40 minutos à porta do {b} de {city} e a app diz ACESSO NEGADO. Tenho {item} lá dentro e um camião à espera. Alguém me atende???",
            "O código do portão não funciona e ninguém atende o telefone. INACREDITÁVEL. Paguei o mês e não consigo entrar no meu próprio box",
            "tô trancad[[a|o]] fora do box desde as 9h, a chave digital simplesmente não abre. Que serviço é este",
        ],
        "fr": [
            "Ça fait 40 minutes que je suis devant {b} {city} et l'appli affiche ACCÈS REFUSÉ. J'ai {item} dedans et le déménageur attend. Quelqu'un ???",
            "Le code du portail ne marche pas et personne ne répond au téléphone. INADMISSIBLE. J'ai payé le mois et je ne peux pas entrer dans MON box",
            "bloqué[[e|]] dehors depuis 9h, la clé numérique n'ouvre rien du tout. C'est quoi ce service",
        ],
        "es": [
            "Llevo 40 minutos en la puerta de {b} {city} y la app dice ACCESO DENEGADO. Tengo {item} dentro y la mudanza esperando. INCREÍBLE"
        ],
        "en": [
            "Been stood at the {b} {city} gate for 40 minutes, app says ACCESS DENIED. Got {item} inside and the removal van is waiting. UNBELIEVABLE"
        ],
        "de": [
            "Stehe seit 40 Minuten vor {b} {city}, die App sagt ZUGANG VERWEIGERT. Ich hab {item} da drin und der Umzugswagen wartet. UNFASSBAR"
        ],
        "it": [
            "Sono davanti a {b} {city} da 40 minuti e l'app dice ACCESSO NEGATO. Ho {item} dentro e il furgone che aspetta. VERGOGNOSO"
        ],
    },
    "damp": {
        "pt": [
            "Abri o box hoje e está tudo com BOLOR. está tudo estragado, {item} incluído, as caixas moles de humidade. Vocês diziam que era climatizado!!",
            "Humidade no box do {b}. Encontrei {item} com manchas de bolor. Quero uma resposta e uma solução, não um email automático",
            "o meu box tem infiltração, água no chão e está tudo arruinado, {item} incluído. estou FURIOS[[A|O]]",
        ],
        "fr": [
            "J'ouvre mon box aujourd'hui et tout est MOISI. Tout est fichu, {item} compris, les cartons tout mous d'humidité. Vous disiez box ventilé !!",
            "Humidité dans le box {b}. Des taches de moisissure partout sur {item}. Je veux une vraie réponse, pas un mail automatique",
            "infiltration dans mon box, de l'eau par terre et tout est ruiné, {item} compris. je suis FURIEU[[SE|X]]",
        ],
        "es": [
            "Abro el trastero y todo con MOHO, {item} incluido, destrozado y las cajas blandas de humedad. ¡Decíais que estaba ventilado!"
        ],
        "en": [
            "Opened my unit today and everything's MOULDY. {item} ruined, boxes soft with damp. You said it was climate controlled!!"
        ],
        "de": [
            "Heute das Abteil aufgemacht und alles SCHIMMELIG. {item} hinüber, die Kartons ganz weich vor Feuchtigkeit. Angeblich klimatisiert!!"
        ],
        "it": [
            "Apro il box oggi ed è tutto AMMUFFITO, rovinato, {item} compreso, scatoloni molli di umidità. Dicevate che era climatizzato!!"
        ],
    },
    "van_no_show": {
        "pt": [
            "Fiquei a manhã INTEIRA em casa à espera da carrinha do {b}. Ninguém apareceu, ninguém avisou. Perdi um dia de férias",
            "A carrinha marcada para as 9h não veio. Liguei 4 vezes. Tenho de entregar a casa amanhã!!",
            "reservei a carrinha há duas semanas e hoje nada. nem uma mensagem. obrigad[[a|o]] por nada {b}",
        ],
        "fr": [
            "J'ai attendu TOUTE la matinée la camionnette {b}. Personne, aucun message. J'ai posé une journée pour rien",
            "La camionnette prévue à 9h n'est jamais venue. J'ai appelé 4 fois. Je rends les clés de l'appart demain !!",
            "réservé il y a deux semaines et aujourd'hui rien. pas un sms. merci pour rien {b}",
        ],
        "es": [
            "Toda la mañana esperando la furgoneta de {b}. Nadie vino, nadie avisó. He perdido un día de vacaciones"
        ],
        "en": [
            "Waited in ALL morning for the {b} van. Nobody came, no text, nothing. Took a day off for this"
        ],
        "de": [
            "Den GANZEN Vormittag auf den {b}-Transporter gewartet. Keiner kam, keine Nachricht. Urlaubstag verschwendet"
        ],
        "it": [
            "Tutta la mattina ad aspettare il furgone di {b}. Nessuno, nessun avviso. Ho preso un giorno di ferie per niente"
        ],
    },
    "missing_boxes": {
        "pt": [
            "A carrinha levou 14 caixas e no box só estão 11. Faltam as três com as louças da minha mãe. Onde estão??",
            "Depois da recolha pela vossa carrinha não encontro {item} no box. Quero saber JÁ o que aconteceu",
            "contei duas vezes, faltam caixas. entreguei-as à vossa equipa e desapareceram",
        ],
        "fr": [
            "La camionnette a pris 14 cartons et il n'y en a que 11 dans le box. Il manque les trois avec la vaisselle de ma mère. Ils sont où ??",
            "Il manque {item} dans le box après l'enlèvement par votre camionnette. Je veux savoir TOUT DE SUITE ce qui s'est passé",
            "j'ai compté deux fois, il manque des cartons. je les ai donnés à votre équipe et pouf disparus",
        ],
        "es": [
            "La furgoneta se llevó 14 cajas y en el trastero hay 11. Faltan las de la vajilla de mi madre. ¿Dónde están?"
        ],
        "en": [
            "Your van took 14 boxes and there are 11 in the unit. The three with my mum's china are missing. Where are they??"
        ],
        "de": [
            "Der Transporter hat 14 Kartons mitgenommen, im Abteil sind 11. Die drei mit Mamas Geschirr fehlen. Wo sind die??"
        ],
        "it": [
            "Il furgone ha preso 14 scatoloni e nel box ce ne sono 11. Mancano i tre con i piatti di mia madre. Dove sono??"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me o mês do box DUAS vezes, 2 x 89 €. Quero o dinheiro de volta hoje",
            "Débito duplicado do {b} na conta. Não é a primeira empresa a fazer isto mas é a primeira que não responde",
            "pagamento do box saiu 2x este mês. devolvam por favor, tenho a renda para pagar",
        ],
        "fr": [
            "Vous m'avez prélevé le mois du box DEUX fois, 2 x 89 €. Je veux être remboursé[[e|]] aujourd'hui",
            "Prélèvement en double de {b} sur mon compte. Et personne ne répond au chat",
            "le loyer du box est passé 2 fois ce mois. remboursez svp j'ai mon loyer à payer",
        ],
        "es": ["Me habéis cobrado el mes DOS veces, 2 x 89 €. Quiero el dinero hoy"],
        "en": ["You've charged me for the unit TWICE this month, 2 x £80. I want it back today"],
        "de": [
            "Sie haben die Monatsmiete ZWEIMAL abgebucht, 2 x 89 €. Ich will das Geld heute zurück"
        ],
        "it": ["Mi avete addebitato il mese DUE volte, 2 x 89 €. Rivoglio i soldi oggi"],
    },
    "deposit": {
        "pt": [
            "Deixei o box há 6 semanas, limpo, e a caução de 150 € AINDA não foi devolvida. Já chega",
            "Onde está a minha caução? Entreguei o box a 2 do mês passado. Ninguém responde aos emails",
            "6 semanas à espera da caução. Estou a ficar sem paciência com o {b}",
        ],
        "fr": [
            "J'ai rendu le box il y a 6 semaines, propre, et la caution de 150 € n'est TOUJOURS pas remboursée. Ça suffit",
            "Elle est où ma caution ? Box rendu le 2 du mois dernier. Aucune réponse à mes mails",
            "6 semaines que j'attends ma caution. je perds patience avec {b}",
        ],
        "es": [
            "Dejé el trastero hace 6 semanas, limpio, y la fianza de 150 € TODAVÍA no ha vuelto"
        ],
        "en": ["Left the unit 6 weeks ago, spotless, and the £135 deposit STILL hasn't come back"],
        "de": [
            "Abteil vor 6 Wochen sauber zurückgegeben und die 150 € Kaution sind IMMER NOCH nicht da"
        ],
        "it": [
            "Ho lasciato il box 6 settimane fa, pulito, e la cauzione di 150 € ANCORA non è tornata"
        ],
    },
}

# problem -> language -> the problem in a few words (follow-ups, long e-mails).
WHAT: dict[str, dict[str, str]] = {
    "locked_out": {
        "pt": "o acesso ao box",
        "fr": "l'accès au box",
        "es": "el acceso al trastero",
        "en": "the gate access",
        "de": "der Zugang zum Abteil",
        "it": "l'accesso al box",
    },
    "damp": {
        "pt": "a humidade no box",
        "fr": "l'humidité dans le box",
        "es": "la humedad del trastero",
        "en": "the damp in my unit",
        "de": "die Feuchtigkeit im Abteil",
        "it": "l'umidità nel box",
    },
    "van_no_show": {
        "pt": "a carrinha que não apareceu",
        "fr": "la camionnette jamais venue",
        "es": "la furgoneta que no vino",
        "en": "the van that never came",
        "de": "der Transporter, der nie kam",
        "it": "il furgone mai arrivato",
    },
    "missing_boxes": {
        "pt": "as caixas que faltam",
        "fr": "les cartons manquants",
        "es": "las cajas que faltan",
        "en": "the missing boxes",
        "de": "die fehlenden Kartons",
        "it": "gli scatoloni mancanti",
    },
    "double_charge": {
        "pt": "o débito duplicado",
        "fr": "le double prélèvement",
        "es": "el cobro doble",
        "en": "the double charge",
        "de": "die doppelte Abbuchung",
        "it": "il doppio addebito",
    },
    "deposit": {
        "pt": "a caução por devolver",
        "fr": "la caution pas remboursée",
        "es": "la fianza sin devolver",
        "en": "the deposit refund",
        "de": "die Kaution",
        "it": "la cauzione",
    },
}

# Phone calls: speech-to-text, lower case, no punctuation (the opener comes from wording_happy).
SPOKEN: dict[str, dict[str, str]] = {
    "locked_out": {
        "pt": "estou aqui à porta do box e a aplicação diz acesso negado já tentei tudo e tenho gente à espera isto não pode ser",
        "fr": "je suis devant le box et l'appli me dit accès refusé j'ai tout essayé et j'ai les déménageurs qui attendent c'est pas possible",
        "es": "estoy en la puerta del trastero y la app dice acceso denegado y tengo a los de la mudanza esperando",
        "en": "i'm at the gate and the app says access denied i've tried everything and the removal lads are waiting",
        "de": "ich stehe vorm tor und die app sagt zugang verweigert ich hab alles probiert und die umzugsleute warten",
        "it": "sono davanti al cancello e l'app dice accesso negato ho provato di tutto e ho i ragazzi del trasloco che aspettano",
    },
    "damp": {
        "pt": "abri o box e está tudo com bolor as caixas estão moles e as coisas estragadas quero falar com alguém responsável",
        "fr": "j'ai ouvert le box et tout est moisi les cartons sont mous et mes affaires sont fichues je veux parler à un responsable",
        "es": "he abierto el trastero y está todo con moho las cajas blandas quiero hablar con un responsable",
        "en": "i opened the unit and everything's mouldy the boxes are soaked i want to talk to someone in charge",
        "de": "ich hab das abteil aufgemacht und alles ist schimmelig die kartons sind durchweicht ich will einen verantwortlichen sprechen",
        "it": "ho aperto il box ed è tutto ammuffito gli scatoloni sono fradici voglio parlare con un responsabile",
    },
    "van_no_show": {
        "pt": "estive a manhã toda à espera da carrinha e não apareceu ninguém nem uma mensagem nada",
        "fr": "j'ai attendu la camionnette toute la matinée et personne n'est venu pas un message rien",
        "es": "he estado toda la mañana esperando la furgoneta y no ha venido nadie ni un mensaje",
        "en": "i waited in all morning for the van and nobody turned up not even a text",
        "de": "ich hab den ganzen vormittag auf den transporter gewartet und keiner ist gekommen nicht mal eine nachricht",
        "it": "ho aspettato il furgone tutta la mattina e non è venuto nessuno nemmeno un messaggio",
    },
    "missing_boxes": {
        "pt": "a vossa carrinha levou as caixas e agora faltam três no box quero saber onde estão",
        "fr": "votre camionnette a pris mes cartons et il en manque trois dans le box je veux savoir où ils sont",
        "es": "vuestra furgoneta se llevó las cajas y ahora faltan tres en el trastero",
        "en": "your van took my boxes and now three are missing from the unit i want to know where they are",
        "de": "ihr transporter hat meine kartons geholt und jetzt fehlen drei im abteil",
        "it": "il vostro furgone ha preso gli scatoloni e adesso ne mancano tre nel box",
    },
    "double_charge": {
        "pt": "cobraram-me o mês duas vezes e eu quero o dinheiro de volta isto é uma vergonha",
        "fr": "vous m'avez prélevé deux fois le mois et je veux être remboursé c'est une honte",
        "es": "me habéis cobrado el mes dos veces y quiero el dinero ya",
        "en": "you've charged me twice this month and i want my money back",
        "de": "sie haben zweimal abgebucht und ich will mein geld zurück",
        "it": "mi avete addebitato due volte il mese e rivoglio i soldi",
    },
    "deposit": {
        "pt": "entreguei o box há seis semanas e ainda não recebi a caução ninguém me responde",
        "fr": "j'ai rendu le box il y a six semaines et toujours pas de caution personne ne me répond",
        "es": "entregué el trastero hace seis semanas y la fianza sigue sin llegar",
        "en": "i handed the unit back six weeks ago and still no deposit nobody answers",
        "de": "ich hab das abteil vor sechs wochen abgegeben und immer noch keine kaution",
        "it": "ho restituito il box sei settimane fa e ancora niente cauzione",
    },
}

# Long e-mails: a friendly letter with the complaint in the middle.
LONG: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nEscrevo-vos com calma, que a semana tem sido longa: estamos a meio das obras na casa nova, a miúda esteve com febre três dias e o meu marido anda a trabalhar por turnos. Sempre gostei muito do vosso serviço e recomendei-vos a meia família.\n\nMas desta vez não dá: {complaint}\n\nPeço que me respondam com uma solução concreta, e não com o email automático do costume.\n\nCumprimentos,\n{first}",
        "Olá equipa {b},\n\nSou cliente há quase dois anos, desde que vim do Brasil para {city}, e vocês foram das primeiras coisas que funcionaram bem por aqui. Ainda esta semana recomendei o {b} a uma colega de trabalho.\n\nSó que desta vez aconteceu isto: {complaint}\n\nNão quero fazer disto um drama, mas preciso de uma resposta até sexta.\n\nObrigad[[a|o]],\n{first}",
    ],
    "fr": [
        "Bonjour,\n\nJe prends le temps de vous écrire au calme, la semaine a été chargée : on est en plein déménagement, le petit a eu la varicelle et ma sœur se marie samedi. J'ai toujours été content[[e|]] de vos services et je vous ai recommandés autour de moi.\n\nMais là, ça ne va pas : {complaint}\n\nJ'attends une solution concrète, pas la réponse automatique habituelle.\n\nCordialement,\n{first}",
        "Bonjour l'équipe {b},\n\nCliente depuis trois ans à {city}, j'ai toujours trouvé votre service simple et fiable, et je le dis volontiers. D'ailleurs mon voisin vient de prendre un box chez vous sur mes conseils.\n\nSeulement voilà : {complaint}\n\nJe ne veux pas en faire une montagne, mais j'ai besoin d'une réponse avant vendredi.\n\nMerci d'avance,\n{first}",
    ],
    "es": [
        "Hola,\n\nOs escribo con calma, que vaya semanita: estamos con la mudanza, los niños con gripe y mi hermana se casa el sábado. Siempre he estado contenta con vosotros y os he recomendado a medio barrio.\n\nPero esta vez no: {complaint}\n\nEspero una solución de verdad, no la respuesta automática de siempre.\n\nUn saludo,\n{first}"
    ],
    "en": [
        "Hi there,\n\nWriting this with a cup of tea because it's been a week: we're mid house move, the little one had chickenpox and my sister's getting married on Saturday. I've always been happy with you and recommended you to half the street.\n\nBut this time, no: {complaint}\n\nI'd like a proper answer, not the usual automatic one.\n\nThanks,\n{first}"
    ],
    "de": [
        "Hallo,\n\nich schreibe Ihnen in Ruhe, die Woche war anstrengend: wir sind mitten im Umzug, die Kleine hatte Windpocken und meine Schwester heiratet am Samstag. Ich war immer zufrieden mit Ihnen und habe Sie weiterempfohlen.\n\nAber diesmal nicht: {complaint}\n\nIch erwarte eine echte Lösung, nicht die übliche automatische Antwort.\n\nViele Grüße\n{first}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo con calma, è stata una settimana pesante: siamo in pieno trasloco, il piccolo ha avuto la varicella e mia sorella si sposa sabato. Sono sempre stat[[a|o]] content[[a|o]] di voi e vi ho consigliati a mezzo quartiere.\n\nMa stavolta no: {complaint}\n\nAspetto una soluzione vera, non la solita risposta automatica.\n\nCordiali saluti,\n{first}"
    ],
}

SUBJECT_CASE: dict[str, str] = {
    "pt": "Processo {ref}",
    "fr": "Dossier {ref}",
    "es": "Caso {ref}",
    "en": "Case {ref}",
    "de": "Fall {ref}",
    "it": "Pratica {ref}",
}
REPLY_PREFIX: dict[str, str] = {
    "pt": "RE:",
    "fr": "RE :",
    "es": "RE:",
    "en": "RE:",
    "de": "AW:",
    "it": "R:",
}
FIRST_SUBJECT: dict[str, list[str]] = {
    "pt": ["Reclamação", "URGENTE - box", "Problema com o meu box", "Pedido de ajuda"],
    "fr": ["Réclamation", "URGENT box", "Problème avec mon box", "Demande d'aide"],
    "es": ["Reclamación"],
    "en": ["Complaint"],
    "de": ["Beschwerde"],
    "it": ["Reclamo"],
}

# Second contact: the same problem, still open, naming the case.
STILL: dict[str, list[str]] = {
    "pt": [
        "Processo {ref}: continua tudo igual, {what} AINDA por resolver. Já liguei, já escrevi. Quando?",
        "Volto a escrever sobre {what} ({ref}). Ninguém me disse nada desde ontem. Continua em aberto.",
        "ainda estou à espera, {what} continua igual, processo {ref}. nada resolvido",
    ],
    "fr": [
        "Dossier {ref} : toujours rien, {what} n'est TOUJOURS pas réglé. J'ai appelé, j'ai écrit. C'est pour quand ?",
        "Je reviens vers vous pour {what} ({ref}). Aucune nouvelle depuis hier. Toujours ouvert.",
        "toujours en attente pour {what}, dossier {ref}. rien n'avance",
    ],
    "es": ["Caso {ref}: sigue igual, {what} TODAVÍA sin resolver. ¿Para cuándo?"],
    "en": ["Case {ref}: nothing's changed, {what} STILL not sorted. When?"],
    "de": ["Fall {ref}: nichts passiert, {what} ist IMMER NOCH nicht geklärt. Wann?"],
    "it": ["Pratica {ref}: tutto uguale, {what} ANCORA da risolvere. Quando?"],
}
THIRD: dict[str, list[str]] = {
    "pt": [
        "TERCEIRA vez que vos contacto, processo {ref}: {what} continua por resolver. Se não resolvem até amanhã vou ver os preços da {comp}.",
        "Terceiro contacto, {ref}, e nada. Já estou a olhar para a {comp}, sinceramente.",
    ],
    "fr": [
        "TROISIÈME fois que je vous contacte pour {what}, dossier {ref}. Si rien n'est fait demain je regarde chez {comp}.",
        "Troisième contact, {ref}, et toujours rien. Je regarde déjà les prix de {comp}, franchement.",
    ],
    "es": [
        "TERCERA vez que escribo por {what}, caso {ref}. Si no se arregla mañana me voy a mirar {comp}."
    ],
    "en": [
        "THIRD time contacting you about {what}, case {ref}. If it's not sorted tomorrow I'm looking at {comp}."
    ],
    "de": [
        "Zum DRITTEN Mal, Thema: {what}, Fall {ref}. Wenn morgen nichts passiert, schaue ich bei {comp}."
    ],
    "it": [
        "TERZA volta che vi scrivo per {what}, pratica {ref}. Se domani non è risolto guardo da {comp}."
    ],
}
FOURTH: dict[str, list[str]] = {
    "pt": ["QUARTA vez. Processo {ref}. {what} continua SEM solução. Não sei o que mais fazer."],
    "fr": [
        "QUATRIÈME fois. Dossier {ref}. {what}, toujours PAS de solution. Je ne sais plus quoi faire."
    ],
    "es": ["CUARTA vez. Caso {ref}. {what}, SIN solución."],
    "en": ["FOURTH time. Case {ref}. {what}, still NOT sorted."],
    "de": ["Zum VIERTEN Mal. Fall {ref}. {what}, immer noch NICHT gelöst."],
    "it": ["QUARTA volta. Pratica {ref}. {what}, ancora NON risolto."],
}

# Agents (outbound). [[fem|masc]] agrees with the customer addressed.
CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {ref} e a equipa do centro de {city} já está a tratar. Damos notícias em breve. {agent}, {b}",
    "fr": "Bonjour {first}, nous sommes désolés. Le dossier {ref} est ouvert et l'équipe du centre de {city} s'en occupe. Nous revenons vers vous rapidement. {agent}, {b}",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto el caso {ref} y el centro de {city} ya lo está mirando. {agent}, {b}",
    "en": "Hi {first}, so sorry about this. We've opened case {ref} and the {city} site team is on it. {agent}, {b}",
    "de": "Hallo {first}, das tut uns leid. Wir haben den Fall {ref} eröffnet, das Team in {city} kümmert sich. {agent}, {b}",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {ref} e il centro di {city} se ne sta occupando. {agent}, {b}",
}
PASSED_ON: dict[str, str] = {
    "pt": "Olá {first}, o seu pedido ({ref}) foi encaminhado para a equipa de operações e faturação. Responderemos logo que possível. {agent}, {b}",
    "fr": "Bonjour {first}, votre demande ({ref}) a été transmise à notre équipe exploitation et facturation. Nous vous répondrons dès que possible. {agent}, {b}",
    "es": "Hola {first}, tu solicitud ({ref}) se ha pasado al equipo de operaciones y facturación. Te responderemos lo antes posible. {agent}, {b}",
    "en": "Hi {first}, your request ({ref}) has been passed on to our operations and billing team. We'll get back to you as soon as we can. {agent}, {b}",
    "de": "Hallo {first}, Ihre Anfrage ({ref}) wurde an unser Betriebs- und Abrechnungsteam weitergeleitet. Wir melden uns so bald wie möglich. {agent}, {b}",
    "it": "Ciao {first}, la tua richiesta ({ref}) è stata inoltrata al team operativo e fatturazione. Ti risponderemo appena possibile. {agent}, {b}",
}
FIXED: dict[str, str] = {
    "pt": "Olá {first}, já resolvemos {what} do nosso lado (processo {ref}). Pode confirmar-nos que ficou tudo bem? {agent}, {b}",
    "fr": "Bonjour {first}, nous avons réglé {what} de notre côté (dossier {ref}). Pouvez-vous nous confirmer que tout est en ordre ? {agent}, {b}",
    "es": "Hola {first}, hemos resuelto {what} por nuestra parte (caso {ref}). ¿Nos confirmas que está todo bien? {agent}, {b}",
    "en": "Hi {first}, we've sorted {what} on our side (case {ref}). Could you confirm all is well now? {agent}, {b}",
    "de": "Hallo {first}, Ihr Anliegen ist auf unserer Seite geklärt (Fall {ref}: {what}). Können Sie bestätigen, dass alles passt? {agent}, {b}",
    "it": "Ciao {first}, abbiamo sistemato {what} da parte nostra (pratica {ref}). Ci confermi che è tutto a posto? {agent}, {b}",
}
CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {ref} resolvido. Obrigad[[a|o]] {agent}!",
        "Sim, já está tudo ok ({ref}). Obrigad[[a|o]] pela ajuda",
    ],
    "fr": [
        "Je confirme, dossier {ref} réglé. Merci {agent} !",
        "Oui c'est bon pour moi ({ref}). Merci pour l'aide",
    ],
    "es": ["Confirmado, caso {ref} resuelto. ¡Gracias {agent}!"],
    "en": ["Confirmed, case {ref} sorted. Thanks {agent}!"],
    "de": ["Bestätigt, Fall {ref} erledigt. Danke {agent}!"],
    "it": ["Confermo, pratica {ref} risolta. Grazie {agent}!"],
}
APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava com os nervos em franja. Obrigad[[a|o]] por terem resolvido tão depressa.",
        "desculpem a mensagem de ontem, exagerei. já está tudo bem, obrigad[[a|o]] {agent}",
    ],
    "fr": [
        "Désolé[[e|]] pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça aussi vite.",
        "pardon pour mon message d'hier, j'ai exagéré. tout est rentré dans l'ordre merci {agent}",
    ],
    "es": [
        "Perdón por el tono de ayer, estaba desbordad[[a|o]]. Gracias por arreglarlo tan rápido."
    ],
    "en": [
        "Sorry for my tone yesterday, I was at the end of my rope. Thanks for sorting it so fast."
    ],
    "de": [
        "Entschuldigung für den Ton gestern, ich war am Ende. Danke, dass es so schnell geklärt wurde."
    ],
    "it": [
        "Scusate per il tono di ieri, ero esaspera[[ta|to]]. Grazie per aver risolto così in fretta."
    ],
}
LOW_SURVEY: dict[str, list[str]] = {
    "pt": ["Péssimo", "não resolveram nada", "muito mau", ""],
    "fr": ["Nul", "rien n'a été réglé", "très déçu[[e|]]", ""],
    "es": ["Fatal", ""],
    "en": ["Poor", ""],
    "de": ["Schlecht", ""],
    "it": ["Pessimo", ""],
}

# The slide of slow churners: six steps, from mild to fed up (index 0-5).
SLIDE: dict[str, list[list[str]]] = {
    "pt": [
        [
            "A carrinha do {b} chegou meia hora atrasada hoje. Nada de grave, mas pronto.",
            "Hmm, o portão do {b} demorou a abrir hoje, tive de tentar três vezes.",
        ],
        [
            "Um bocado desiludid[[a|o]] com o aumento da mensalidade do {b}. 12 % sem aviso não se faz.",
            "Subiram o preço do box e ninguém avisou. Não gostei.",
        ],
        [
            "Farta-me que o corredor do {b} esteja sempre cheio de paletes quando vou buscar {item}.",
            "Já é a segunda vez que o elevador está avariado quando preciso de tirar {item}.",
        ],
        [
            "Tentei falar com alguém no chat do {b} e é só um robô que não percebe nada.",
            "Chat do {b}: 20 min com um bot. Ninguém humano.",
        ],
        [
            "FURIOS[[A|O]]: carrinha outra vez atrasada e um risco enorme em {item}.",
            "Outra vez o portão bloqueado e agora {item} com uma mancha de água. Chega.",
        ],
        [
            "Estou cansad[[a|o]] do {b}. Já estou a comparar preços com a {comp}.",
            "Sinceramente já não sei porque continuo. Vou ver o que a {comp} oferece.",
        ],
    ],
    "fr": [
        [
            "La camionnette {b} est arrivée avec une demi-heure de retard aujourd'hui. Pas dramatique mais bon.",
            "Hmm, le portail {b} a mis du temps à s'ouvrir, j'ai dû m'y reprendre trois fois.",
        ],
        [
            "Un peu déçu[[e|]] par la hausse du loyer {b}. 12 % sans prévenir, ça ne se fait pas.",
            "Le prix du box a augmenté et personne ne nous a prévenus. Pas cool.",
        ],
        [
            "Ras-le-bol du couloir {b} encombré de palettes à chaque fois que je viens chercher {item}.",
            "Deuxième fois que le monte-charge est en panne quand je dois sortir {item}.",
        ],
        [
            "J'ai voulu parler à quelqu'un sur le chat {b}, c'est un robot qui ne comprend rien.",
            "Chat {b} : 20 min avec un bot. Aucun humain.",
        ],
        [
            "FURIEU[[SE|X]] : camionnette encore en retard et une grosse rayure sur {item}.",
            "Encore le portail bloqué et maintenant {item} avec une tache d'eau. Ça suffit.",
        ],
        [
            "J'en ai marre de {b}. Je compare déjà les prix chez {comp}.",
            "Franchement je ne sais plus pourquoi je reste. Je vais voir ce que propose {comp}.",
        ],
    ],
    "es": [
        ["La furgo de {b} llegó media hora tarde hoy. Nada grave, pero bueno."],
        ["Un poco decepcionad[[a|o]] con la subida de {b}, 12 % sin avisar."],
        ["Harta del pasillo de {b} lleno de palés cada vez que voy a por {item}."],
        ["El chat de {b} es un robot que no entiende nada."],
        ["FURIOS[[A|O]]: furgo otra vez tarde y un arañazo en {item}."],
        ["Estoy cansad[[a|o]] de {b}. Ya estoy comparando precios con {comp}."],
    ],
    "en": [
        ["{b} van half an hour late today. Not the end of the world, but still."],
        ["Bit disappointed by the {b} price rise, 12 % with no warning."],
        ["Fed up with the {b} corridor full of pallets every time I fetch {item}."],
        ["The {b} chat is a bot that understands nothing."],
        ["FUMING: van late again and a big scratch on {item}."],
        ["Had enough of {b}. Already comparing prices at {comp}."],
    ],
    "de": [
        ["Der {b}-Transporter kam heute eine halbe Stunde zu spät. Nicht schlimm, aber naja."],
        ["Etwas enttäuscht von der {b}-Preiserhöhung, 12 % ohne Ankündigung."],
        ["Genervt vom {b}-Flur voller Paletten, jedes Mal wenn ich {item} hole."],
        ["Der {b}-Chat ist ein Bot, der nichts versteht."],
        ["STINKSAUER: Transporter wieder zu spät und wieder was kaputt, diesmal {item}."],
        ["Ich hab genug von {b}. Vergleiche schon Preise bei {comp}."],
    ],
    "it": [
        ["Il furgone di {b} è arrivato mezz'ora in ritardo oggi. Niente di grave, però."],
        ["Un po' delus[[a|o]] dall'aumento di {b}, 12 % senza avviso."],
        ["Stuf[[a|o]] del corridoio di {b} pieno di bancali ogni volta che prendo {item}."],
        ["La chat di {b} è un bot che non capisce niente."],
        ["FURIOS[[A|O]]: furgone di nuovo in ritardo e un danno nuovo: {item}."],
        ["Ne ho abbastanza di {b}. Sto già confrontando i prezzi di {comp}."],
    ],
}

LEAVE: dict[str, list[str]] = {
    "pt": [
        "Bom dia, vou deixar o box no fim do mês (mudei-me para Coimbra e já não preciso). Como cancelo o contrato e fecho a conta?",
        "Olá, quero cancelar o contrato do box e fechar a conta no {b}. Já esvaziei tudo. Obrigad[[a|o]]",
    ],
    "fr": [
        "Bonjour, je libère mon box à la fin du mois (je pars à Bordeaux). Comment résilier le contrat et fermer le compte ?",
        "Bonjour, je souhaite résilier mon box et fermer mon compte {b}. Tout est vidé. Merci",
    ],
    "es": ["Hola, dejo el trastero a fin de mes. ¿Cómo cancelo el contrato y cierro la cuenta?"],
    "en": [
        "Hi, I'm giving up the unit at the end of the month. How do I cancel and close my account?"
    ],
    "de": [
        "Hallo, ich gebe das Abteil Ende des Monats ab. Wie kündige ich und schließe mein Konto?"
    ],
    "it": ["Ciao, lascio il box a fine mese. Come disdico il contratto e chiudo l'account?"],
}
LEAVE_SUBJECT: dict[str, str] = {
    "pt": "Cancelar contrato",
    "fr": "Résiliation",
    "es": "Baja",
    "en": "Cancelling my unit",
    "de": "Kündigung",
    "it": "Disdetta",
}
LEAVE_REPLY: dict[str, str] = {
    "pt": "Olá {first}, pode cancelar diretamente na app em Conta > Terminar contrato; a caução é devolvida em 10 dias úteis após a vistoria. {agent}, {b}",
    "fr": "Bonjour {first}, vous pouvez résilier directement dans l'appli, Compte > Résilier ; la caution est remboursée sous 10 jours ouvrés après l'état des lieux. {agent}, {b}",
    "es": "Hola {first}, puedes cancelar en la app en Cuenta > Terminar contrato. {agent}, {b}",
    "en": "Hi {first}, you can cancel yourself in the app under Account > End contract. {agent}, {b}",
    "de": "Hallo {first}, Sie können direkt in der App unter Konto > Vertrag beenden kündigen. {agent}, {b}",
    "it": "Ciao {first}, puoi disdire direttamente dall'app in Account > Termina contratto. {agent}, {b}",
}
LEAVE_REASON: dict[str, list[str]] = {
    "pt": ["mudança de cidade", "já não preciso", ""],
    "fr": ["déménagement", "plus besoin", ""],
    "es": ["mudanza", ""],
    "en": ["moving away", ""],
    "de": ["Umzug", ""],
    "it": ["trasloco", ""],
}

GRUMPY: dict[str, list[str]] = {
    "pt": [
        "Mais uma atualização da app do {b} e mais um login. Não se cansam?",
        "A taxa de serviço do {b} subiu outra vez. Claro.",
        "O chat do {b} é um robô inútil, como sempre.",
        "Carrinha do {b} sempre no último minuto da janela. Sempre.",
        "Os cadeados da loja do {b} custam o dobro da drogaria. Enfim.",
    ],
    "fr": [
        "Encore une mise à jour de l'appli {b}, encore une reconnexion. Ils ne se lassent pas ?",
        "Les frais de service {b} ont encore augmenté. Évidemment.",
        "Le chat {b}, un robot inutile, comme d'hab.",
        "La camionnette {b} toujours à la dernière minute du créneau. Toujours.",
        "Les cadenas de la boutique {b} coûtent le double du magasin de bricolage. Bref.",
    ],
    "es": [
        "Otra actualización de la app de {b}, otro login. Qué pesadez.",
        "La tasa de servicio de {b} ha vuelto a subir. Cómo no.",
    ],
    "en": [
        "Another {b} app update, another login. Standard.",
        "{b} service fee gone up again. Course it has.",
    ],
    "de": [
        "Schon wieder ein {b}-App-Update, schon wieder einloggen. Typisch.",
        "{b}-Servicegebühr wieder teurer. Natürlich.",
    ],
    "it": [
        "Altro aggiornamento dell'app di {b}, altro login. Che noia.",
        "La commissione di {b} è salita di nuovo. Ovvio.",
    ],
}

# Mild, once: (grumble, agent's answer or "" for a web form with no answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Recebi o email de confirmação da reserva duas vezes, é normal?",
            "Olá! Foi um reenvio do sistema, a reserva é só uma. Obrigado pelo aviso.",
        ),
        ("A app demora um bocado a abrir o portão de manhã, nada de grave.", ""),
    ],
    "fr": [
        (
            "J'ai reçu le mail de confirmation deux fois, c'est normal ?",
            "Bonjour ! Un doublon du système, il n'y a qu'une réservation. Merci de l'avoir signalé.",
        ),
        ("L'appli met un peu de temps à ouvrir le portail le matin, rien de grave.", ""),
    ],
    "es": [
        (
            "Me llegó el email de confirmación dos veces, ¿es normal?",
            "¡Hola! Fue un reenvío, solo hay una reserva.",
        )
    ],
    "en": [
        (
            "Got the confirmation email twice, is that normal?",
            "Hi! Just a duplicate send, there's only one booking.",
        )
    ],
    "de": [
        (
            "Die Bestätigungsmail kam zweimal, ist das normal?",
            "Hallo! Nur ein doppelter Versand, es gibt eine Buchung.",
        )
    ],
    "it": [
        (
            "Mi è arrivata la mail di conferma due volte, è normale?",
            "Ciao! Solo un doppio invio, la prenotazione è una.",
        )
    ],
}

# The planted spike: after a gate-system update the app's digital key fails with "erro/erreur K-17".
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app do {b} diz 'Erro K-17 chave inválida' e o portão não abre. Alguém mais?",
        "Estou à porta do {b} de {city}, erro K-17 na chave digital. Não consigo entrar!!",
        "erro K17 na app do {b}, portão fechado, tenho a carrinha à porta",
        "Chave digital do {b} com erro K-17 desde há pouco. Isto é geral?",
    ],
    "fr": [
        "L'appli {b} affiche 'Erreur K-17 clé invalide' et le portail reste fermé. D'autres ?",
        "Devant {b} {city}, erreur K-17 sur la clé numérique. Impossible d'entrer !!",
        "erreur K17 appli {b}, portail bloqué, j'ai l'utilitaire en double file",
        "Clé numérique {b} en erreur K-17 depuis tout à l'heure. C'est général ?",
    ],
    "es": [
        "La app de {b} dice 'Error K-17 llave no válida' y la puerta no abre. ¿Alguien más?",
        "Error K-17 en la llave digital de {b} {city}, no puedo entrar",
    ],
    "en": [
        "{b} app says 'Error K-17 invalid key' and the gate won't open. Anyone else?",
        "Stuck outside {b} {city}, K-17 error on the digital key!!",
    ],
    "de": [
        "Die {b}-App zeigt 'Fehler K-17 ungültiger Schlüssel', das Tor geht nicht auf. Noch wer?",
        "Fehler K-17 beim digitalen Schlüssel von {b} {city}, komme nicht rein",
    ],
    "it": [
        "L'app di {b} dice 'Errore K-17 chiave non valida' e il cancello non si apre. Anche voi?",
        "Errore K-17 sulla chiave digitale di {b} {city}, non riesco a entrare",
    ],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "pt": [
        "Continua sem funcionar, erro K-17 outra vez, e ninguém responde. Há quase uma hora aqui fora.",
        "ainda o mesmo erro K-17 e nem uma resposta",
    ],
    "fr": [
        "Toujours pas, encore l'erreur K-17, et personne ne répond. Presque une heure dehors.",
        "toujours la même erreur K-17 et aucune réponse",
    ],
    "es": ["Sigue sin funcionar, otra vez K-17, y nadie contesta."],
    "en": ["Still not working, K-17 again, and nobody's answering."],
    "de": ["Geht immer noch nicht, wieder K-17, und keiner antwortet."],
    "it": ["Ancora niente, di nuovo K-17, e nessuno risponde."],
}
SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá {first}, o erro K-17 da chave digital de ontem ao fim da tarde está corrigido. Pedimos desculpa pelo incómodo. {agent}, {b}",
    "fr": "Bonjour {first}, l'erreur K-17 de la clé numérique d'hier en fin d'après-midi est corrigée. Toutes nos excuses. {agent}, {b}",
    "es": "Hola {first}, el error K-17 de la llave digital de ayer por la tarde está corregido. Disculpa las molestias. {agent}, {b}",
    "en": "Hi {first}, yesterday evening's K-17 digital key error is fixed. Sorry for the trouble. {agent}, {b}",
    "de": "Hallo {first}, der Fehler K-17 beim digitalen Schlüssel von gestern Abend ist behoben. Entschuldigung. {agent}, {b}",
    "it": "Ciao {first}, l'errore K-17 della chiave digitale di ieri sera è risolto. Ci scusiamo. {agent}, {b}",
}
LONE: dict[str, tuple[str, str]] = {
    "pt": (
        "Boa noite, hoje a app demorou imenso a abrir o portão, depois lá abriu. É normal?",
        "Boa noite! Houve lentidão pontual na rede do portão, já está normal. Obrigada pelo aviso.",
    ),
    "fr": (
        "Bonsoir, ce soir l'appli a mis un temps fou à ouvrir le portail, puis ça a marché. C'est normal ?",
        "Bonsoir ! Un ralentissement ponctuel du réseau du portail, c'est rentré dans l'ordre. Merci du signalement.",
    ),
}
