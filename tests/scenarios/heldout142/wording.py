# ruff: noqa: E501
"""Wording of the heldout142 set: Abetello, living potted trees on hire.

Consumers hire a potted fir for Christmas (the same tree, named, comes back
every year: "adopted") and lemon or olive trees for summer terraces; the
business arm (Abetello Business) dresses offices, hotels and shops. Invented
competitors: Pinarda and Tannova. Placeholders: {tree} the tree's name, {case}
a case reference, {comp} a competitor, {hour} a local time, {code} the error.
French and Portuguese have the most variants.
"""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "fr": [
        "Notre sapin {tree} est revenu pour la troisième année, toujours aussi beau. Merci Abetello !",
        "franchement le citronnier loué pour la terrasse a fait des citrons !! trop contente",
        "Livraison nickel, le livreur a même monté le pot au 4e sans ascenseur. Bravo",
        "Encore une fois un sapin magnifique, les enfants l'ont reconnu tout de suite 🎄",
    ],
    "pt": [
        "O nosso pinheiro {tree} voltou outra vez, está lindo! Obrigada Abetello",
        "adorei a oliveira para a varanda, chegou impecavel e o senhor explicou tudo",
        "Terceiro ano com a Abetello e continua tudo perfeito. Recomendo a toda a gente",
        "Que serviço! O limoeiro está cheio de flores, a casa cheira tão bem",
    ],
    "en": [
        "Our tree {tree} is back for year three and looks fab. Love this idea",
        "the olive tree on the balcony is thriving, thanks Abetello!",
    ],
    "de": [
        "Unsere Tanne {tree} ist wieder da, schöner als letztes Jahr. Danke!",
        "super Service, Zitronenbaum kam pünktlich und gut verpackt",
    ],
    "it": [
        "Il nostro abete {tree} è tornato di nuovo, bellissimo. Grazie Abetello!",
        "ulivo sul terrazzo perfetto, consegna puntualissima",
    ],
    "es": [
        "Nuestro abeto {tree} ha vuelto otra vez, precioso. ¡Gracias!",
        "el limonero de alquiler va genial, ya tiene flores",
    ],
}

PRAISE_GRIPE: T = {
    "fr": [
        "Très beau sapin, rien à dire, juste le pot est vraiment lourd à déplacer. Sinon parfait",
        "Super service. petit bemol : le créneau de livraison était large (8h-13h)",
    ],
    "pt": [
        "Tudo ótimo, só o vaso deixou um bocadinho de terra no chão. De resto 5 estrelas",
        "Muito bom, apenas a fatura veio com o nome mal escrito, nada de grave",
    ],
    "en": ["Lovely tree, only wish the pot saucer was a bit bigger. Otherwise great"],
    "de": ["Toller Baum, nur die Lieferzeit war etwas lang angegeben. Sonst top"],
    "it": ["Albero stupendo, solo il sottovaso un po' piccolo. Per il resto ottimo"],
    "es": ["Muy bien todo, solo que la maceta pesa muchísimo. Por lo demás genial"],
}

QUESTION: T = {
    "fr": [
        "Bonjour, combien de fois par semaine faut-il arroser le citronnier en intérieur ?",
        "est ce qu'on peut garder le sapin jusqu'au 10 janvier cette année",
        "Bonjour, peut-on changer la date de retour de notre olivier ? Merci",
    ],
    "pt": [
        "Boa tarde, posso mudar a data de recolha da oliveira?",
        "ola quanto tempo dura o aluguer do limoeiro no verao",
        "Bom dia, o pinheiro pode ficar perto do aquecedor?",
    ],
    "en": ["Hi, can we keep the olive tree an extra month over the summer?"],
    "de": ["Hallo, wie oft muss ich den Zitronenbaum drinnen gießen?"],
    "it": ["Buongiorno, posso tenere l'abete fino all'Epifania?"],
    "es": ["Hola, ¿se puede alargar el alquiler del olivo un mes más?"],
}

CALL_QUESTION: T = {
    "fr": [
        "oui bonjour je voulais savoir si on peut récupérer le même sapin que l'an dernier {tree} merci"
    ],
    "pt": ["bom dia queria saber se o pinheiro {tree} vem outra vez este ano obrigado"],
    "en": ["hi yeah just calling to check our tree {tree} is coming back this year thanks"],
    "de": ["ja hallo ich wollte fragen ob wir wieder dieselbe Tanne {tree} bekommen danke"],
    "it": ["sì buongiorno volevo sapere se quest'anno torna lo stesso abete {tree} grazie"],
    "es": ["hola buenos días quería saber si este año vuelve el mismo abeto {tree} gracias"],
}

ANSWER: T = {
    "fr": [
        "Bonjour, oui c'est tout à fait possible, c'est noté dans votre dossier. Belle journée ! Camille, Abetello"
    ],
    "pt": ["Olá, sim, é possível, já ficou registado. Bom dia! Inês, Abetello"],
    "en": ["Hi, yes that's fine, we've noted it on your account. Have a lovely day! Sam, Abetello"],
    "de": ["Hallo, ja, das geht, wir haben es vermerkt. Schönen Tag! Jonas, Abetello"],
    "it": ["Salve, sì, nessun problema, l'abbiamo annotato. Buona giornata! Giulia, Abetello"],
    "es": ["Hola, sí, sin problema, queda anotado. ¡Buen día! Lucía, Abetello"],
}

THANKS: T = {
    "fr": ["Super merci beaucoup !", "top merci"],
    "pt": ["Obrigada!!", "perfeito, obrigado"],
    "en": ["Great, thanks!"],
    "de": ["Super, danke!"],
    "it": ["Perfetto grazie!"],
    "es": ["¡Genial, gracias!"],
}

REVIEW: T = {
    "fr": ["Service génial, arbres en pleine forme, livreurs adorables. Je recommande."],
    "pt": ["Serviço excelente, árvores saudáveis e entrega pontual. Recomendo."],
    "en": ["Brilliant idea, healthy trees and friendly drivers."],
    "de": ["Tolle Idee, gesunde Bäume, freundliche Fahrer."],
    "it": ["Servizio ottimo, alberi sani e consegna puntuale."],
    "es": ["Servicio estupendo, árboles sanos y entrega puntual."],
}

NIGHT: T = {
    "fr": ["insomnie... je regarde notre sapin {tree} dans le salon, il est vraiment beau 🌙"],
    "pt": ["sem sono, a olhar para o limoeiro na varanda ao luar. adoro 🌙"],
    "en": ["can't sleep, just admiring the olive tree in the moonlight lol"],
    "de": ["kann nicht schlafen, die Tanne {tree} duftet so gut nachts"],
    "it": ["insonnia, l'abete {tree} profuma tutta la casa"],
    "es": ["sin sueño, el abeto {tree} huele de maravilla por la noche"],
}

# The six consumer problems: short complaints.
PROBLEM: dict[str, T] = {
    "no_show": {
        "fr": [
            "Créneau 8h-13h, personne n'est venu, personne n'a appelé. Dossier {case}. C'est inadmissible",
            "LIVREUR JAMAIS VENU. j'ai posé une journée de congé pour rien. {case}",
        ],
        "pt": [
            "Fiquei a manhã toda em casa e ninguém apareceu com a oliveira. Processo {case}. Uma vergonha",
            "ninguem veio entregar o pinheiro e nem um telefonema!! {case}",
        ],
        "en": ["Waited in all morning, no tree, no call. Case {case}. Not good enough"],
        "de": ["Den ganzen Vormittag gewartet, kein Baum, kein Anruf. Fall {case}."],
        "it": ["Aspettato tutta la mattina, nessuno è venuto. Pratica {case}. Vergognoso"],
        "es": ["Toda la mañana esperando y nadie trajo el olivo. Caso {case}. Fatal"],
    },
    "dead_plant": {
        "fr": [
            "Le citronnier est arrivé complètement sec, les feuilles tombent quand on le touche. {case}",
            "sapin livré à moitié marron. on paie pour un arbre vivant pas pour du bois mort {case}",
        ],
        "pt": [
            "O limoeiro chegou seco, as folhas caem todas. Processo {case}",
            "pinheiro entregue meio castanho, parece morto. {case}",
        ],
        "en": ["The lemon tree arrived bone dry and dropping leaves. Case {case}"],
        "de": ["Der Zitronenbaum kam völlig vertrocknet an. Fall {case}"],
        "it": ["Il limone è arrivato secco, perde tutte le foglie. Pratica {case}"],
        "es": ["El limonero llegó seco, se le caen todas las hojas. Caso {case}"],
    },
    "deposit": {
        "fr": [
            "L'olivier est rendu depuis trois semaines et la caution du pot n'est toujours pas remboursée. {case}"
        ],
        "pt": ["Já devolvi o vaso há três semanas e a caução ainda não foi devolvida. {case}"],
        "en": ["Returned the pot three weeks ago and still no deposit back. Case {case}"],
        "de": ["Topf vor drei Wochen zurückgegeben, Pfand immer noch nicht erstattet. {case}"],
        "it": ["Vaso restituito da tre settimane e la cauzione non è ancora tornata. {case}"],
        "es": ["Devolví la maceta hace tres semanas y la fianza sigue sin llegar. {case}"],
    },
    "double_charge": {
        "fr": ["On m'a prélevé deux fois la location du citronnier ce mois-ci. {case}"],
        "pt": ["Cobraram-me duas vezes o aluguer da oliveira este mês. {case}"],
        "en": ["I've been charged twice for the olive tree hire this month. {case}"],
        "de": ["Die Miete für den Olivenbaum wurde doppelt abgebucht. {case}"],
        "it": ["Mi avete addebitato due volte il noleggio dell'ulivo. {case}"],
        "es": ["Me habéis cobrado dos veces el alquiler del olivo. {case}"],
    },
    "wrong_size": {
        "fr": [
            "J'ai loué un olivier de 1m80, on m'a livré un truc de 60 cm. Sérieusement ? {case}"
        ],
        "pt": ["Aluguei uma oliveira de 1,80 m e chegou uma de 60 cm. A sério? {case}"],
        "en": ["Ordered a 1.8 m olive tree and got a 60 cm one. Seriously? {case}"],
        "de": ["1,80 m Olivenbaum bestellt, 60 cm geliefert. Im Ernst? {case}"],
        "it": ["Ordinato un ulivo da 1,80 m, arrivato uno da 60 cm. Davvero? {case}"],
        "es": ["Pedí un olivo de 1,80 m y llegó uno de 60 cm. ¿En serio? {case}"],
    },
    "cancel_fee": {
        "fr": [
            "Vous me facturez 45 € de frais d'annulation alors que j'ai annulé 10 jours avant ?? {case}"
        ],
        "pt": ["Cobraram 45 € de cancelamento e eu cancelei com 10 dias de antecedência?? {case}"],
        "en": ["£40 cancellation fee when I cancelled ten days ahead?? {case}"],
        "de": ["45 € Stornogebühr, obwohl ich 10 Tage vorher storniert habe?? {case}"],
        "it": ["45 € di penale anche se ho annullato 10 giorni prima?? {case}"],
        "es": ["¿45 € de cancelación si cancelé con 10 días de antelación? {case}"],
    },
}

LONG_EMAIL: T = {
    "fr": [
        "Madame, Monsieur,\n\nCliente depuis quatre ans, j'ai toujours recommandé Abetello autour de moi. "
        "Je me permets cependant de vous écrire car {problem}\n\nJ'attends une réponse rapide et une solution.\n\n"
        "Veuillez agréer mes salutations distinguées."
    ],
    "pt": [
        "Exmos. Senhores,\n\nSou cliente há vários anos e sempre fiquei contente. Escrevo porque {problem}\n\n"
        "Aguardo uma resposta com urgência.\n\nCom os melhores cumprimentos"
    ],
    "en": [
        "Dear Abetello,\n\nI've hired from you for years. I'm writing because {problem}\n\nRegards"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen, weil {problem}\n\nMit freundlichen Grüßen"
    ],
    "it": ["Gentili signori,\n\nvi scrivo perché {problem}\n\nCordiali saluti"],
    "es": ["Estimados señores:\n\nLes escribo porque {problem}\n\nUn saludo"],
}

STILL_OPEN: T = {
    "fr": [
        "Toujours rien pour le dossier {case}. Deuxième fois que j'écris, ça devient pénible",
        "dossier {case} TOUJOURS pas réglé. on m'avait promis un rappel",
    ],
    "pt": [
        "Processo {case} continua sem solução. É a segunda vez que escrevo",
        "ainda nada sobre o {case}... prometeram ligar e nada",
    ],
    "en": ["Still nothing on case {case}. Second time I'm writing"],
    "de": ["Fall {case} ist immer noch offen. Ich schreibe zum zweiten Mal"],
    "it": ["Pratica {case} ancora aperta. È la seconda volta che scrivo"],
    "es": ["El caso {case} sigue sin resolverse. Es la segunda vez que escribo"],
}

THIRD_TIME: T = {
    "fr": [
        "Troisième fois pour {case}. Ma voisine loue chez {comp}, je commence à regarder leurs prix"
    ],
    "pt": [
        "Terceira vez por causa do {case}. A minha cunhada aluga na {comp}, já fui ver os preços"
    ],
    "en": ["Third time about {case}. A friend hires from {comp}, I've had a look at their prices"],
    "de": [
        "Zum dritten Mal wegen {case}. Ein Kollege mietet bei {comp}, ich habe mir deren Preise angesehen"
    ],
    "it": [
        "Terza volta per la pratica {case}. Un collega noleggia da {comp}, ho guardato i prezzi"
    ],
    "es": ["Tercera vez por el caso {case}. Un compañero alquila en {comp}, ya he mirado precios"],
}

FOURTH_TIME: T = {
    "fr": ["4e message pour {case}. Personne ne lit vos mails ou quoi ?"],
    "pt": ["Quarta mensagem sobre o {case}. Alguém lê isto?"],
    "en": ["Fourth message on {case}. Is anyone reading these?"],
    "de": ["Vierte Nachricht zu {case}. Liest das überhaupt jemand?"],
    "it": ["Quarto messaggio per {case}. Qualcuno legge?"],
    "es": ["Cuarto mensaje por {case}. ¿Alguien lee esto?"],
}

CALL_STILL_OPEN: T = {
    "fr": [
        "oui bonjour je rappelle pour le dossier {case} c'est toujours pas réglé personne ne m'a rappelé"
    ],
    "pt": [
        "bom dia estou a ligar outra vez por causa do {case} continua tudo igual ninguem me ligou"
    ],
    "en": ["hi calling again about case {case} it's still not sorted nobody called me back"],
    "de": ["ja hallo ich rufe wieder wegen Fall {case} an es ist immer noch nicht erledigt"],
    "it": ["buongiorno richiamo per la pratica {case} è ancora tutto fermo"],
    "es": ["hola llamo otra vez por el caso {case} sigue todo igual nadie me ha llamado"],
}

CASE_OPENED: T = {
    "fr": [
        "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 48 h. Camille"
    ],
    "pt": ["Olá, lamentamos muito. Abrimos o processo {case} e respondemos em 48 h. Inês"],
    "en": ["Hi, we're sorry. We've opened case {case} and will come back within 48 hours. Sam"],
    "de": [
        "Hallo, das tut uns leid. Wir haben den Fall {case} eröffnet und melden uns in 48 Stunden. Jonas"
    ],
    "it": ["Salve, ci dispiace. Abbiamo aperto la pratica {case}, risposta entro 48 ore. Giulia"],
    "es": ["Hola, lo sentimos. Hemos abierto el caso {case} y respondemos en 48 horas. Lucía"],
}

ESCALATED: T = {
    "fr": [
        "Bonjour, votre dossier {case} a été transmis à notre responsable qualité. Toutes nos excuses. Camille"
    ],
    "pt": [
        "Olá, o processo {case} foi passado à nossa responsável de qualidade. As nossas desculpas. Inês"
    ],
    "en": ["Hi, case {case} has been passed to our quality lead. Our apologies. Sam"],
    "de": ["Hallo, Fall {case} ist an unsere Qualitätsleitung gegangen. Entschuldigung. Jonas"],
    "it": ["Salve, la pratica {case} è passata al responsabile qualità. Ci scusiamo. Giulia"],
    "es": ["Hola, el caso {case} ha pasado a nuestra responsable de calidad. Disculpas. Lucía"],
}

FIXED_AGENT: T = {
    "fr": [
        "Bonne nouvelle : le dossier {case} est réglé de notre côté. Pouvez-vous nous confirmer ? Camille"
    ],
    "pt": ["Boas notícias: o processo {case} ficou resolvido. Pode confirmar? Inês"],
    "en": ["Good news: case {case} is sorted on our side. Could you confirm? Sam"],
    "de": ["Gute Nachricht: Fall {case} ist erledigt. Können Sie das bestätigen? Jonas"],
    "it": ["Buone notizie: la pratica {case} è risolta. Può confermare? Giulia"],
    "es": ["Buenas noticias: el caso {case} está resuelto. ¿Nos lo confirma? Lucía"],
}

CONFIRM: T = {
    "fr": ["C'est bon pour le dossier {case}, tout est rentré dans l'ordre. Merci !"],
    "pt": ["Confirmo, o processo {case} está resolvido. Obrigada!"],
    "en": ["Confirmed, case {case} is all sorted now. Thanks!"],
    "de": ["Bestätigt, Fall {case} ist erledigt. Danke!"],
    "it": ["Confermo, la pratica {case} è risolta. Grazie!"],
    "es": ["Confirmo, el caso {case} está resuelto. ¡Gracias!"],
}

APOLOGY: T = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Vous avez été très patients"],
    "pt": ["Peço desculpa pela mensagem de ontem, estava mesmo irritada. Obrigada pela paciência"],
    "en": ["Sorry about my message yesterday, long day. Thanks for being patient"],
    "de": ["Entschuldigung für gestern, war ein schlechter Tag. Danke für die Geduld"],
    "it": ["Scusate il messaggio di ieri, giornata storta. Grazie della pazienza"],
    "es": ["Perdón por el mensaje de ayer, mal día. Gracias por la paciencia"],
}

SARCASM: T = {
    "fr": ["Génial, le sapin est arrivé avec une semaine d'avance, il va être superbe à Noël… 🙃"],
    "pt": ["Que maravilha, o limoeiro chegou sem vaso. Vou plantá-lo no sofá 🙃"],
    "en": ["Love that the 'eco' tree came wrapped in three layers of plastic 🙃"],
    "de": ["Toll, die Tanne kam mit Gratis-Nadeln im ganzen Treppenhaus 🙃"],
    "it": ["Fantastico, l'ulivo è arrivato con il vaso crepato 🙃"],
    "es": ["Genial, el olivo llegó con la maceta rota 🙃"],
}

GRUMBLE: T = {
    "fr": [
        "le site rame encore ce matin pour choisir le créneau",
        "Toujours pas de réponse sur mon olivier qui jaunit. Bref.",
        "franchement le prix a encore augmenté cette année",
    ],
    "pt": [
        "o site continua lentissimo para escolher a data",
        "Mais uma vez o vaso veio sujo. Enfim.",
        "os preços subiram outra vez, nao percebo",
    ],
    "en": ["website painfully slow again picking a slot"],
    "de": ["Die Website ist schon wieder so langsam"],
    "it": ["il sito è di nuovo lentissimo"],
    "es": ["la web va lentísima otra vez"],
}

SLIDE: T = {
    "fr": [
        "Le citronnier perd quelques feuilles, c'est normal ?",
        "Livraison décalée deux fois cette semaine sans prévenir, c'est pénible",
        "Le pot rendu la dernière fois était fissuré et on me le facture. Pas terrible",
        "Personne ne répond au téléphone depuis trois jours. Je commence à en avoir assez",
        "Franchement déçue, c'était mieux les années précédentes. Le service s'est vraiment dégradé",
        "Ma sœur a pris son olivier chez {comp}, livré en un jour. Je comprends pourquoi",
    ],
    "pt": [
        "A oliveira está a perder algumas folhas, é normal?",
        "Mudaram a entrega duas vezes esta semana sem avisar, chato",
        "Estão a cobrar o vaso rachado que já veio assim. Nada bom",
        "Ninguém atende o telefone há três dias. Estou a ficar farta",
        "Sinceramente desiludida, antes era muito melhor. O serviço piorou muito",
        "O meu cunhado aluga na {comp}, entregaram num dia. Agora percebo",
    ],
    "en": [
        "The lemon tree is dropping a few leaves, is that normal?",
        "Delivery moved twice this week without warning, annoying",
        "Being charged for a cracked pot that came cracked. Not great",
        "Nobody has answered the phone in three days. Getting fed up",
        "Honestly disappointed, it used to be so much better",
        "My brother-in-law hires from {comp}, they delivered next day. I see why",
    ],
    "de": [
        "Der Zitronenbaum verliert ein paar Blätter, normal?",
        "Lieferung zweimal verschoben ohne Bescheid, nervig",
        "Ich soll für einen Topf zahlen, der schon kaputt kam. Nicht gut",
        "Seit drei Tagen geht niemand ans Telefon. Mir reicht's langsam",
        "Ehrlich enttäuscht, früher war das viel besser",
        "Mein Schwager mietet bei {comp}, Lieferung am nächsten Tag. Verstehe ich jetzt",
    ],
    "it": [
        "Il limone perde qualche foglia, è normale?",
        "Consegna spostata due volte senza avvisare, fastidioso",
        "Mi fate pagare un vaso già crepato. Non bene",
        "Nessuno risponde al telefono da tre giorni. Comincio a stufarmi",
        "Davvero delusa, prima era molto meglio",
        "Mio cognato noleggia da {comp}, consegna il giorno dopo. Ora capisco",
    ],
    "es": [
        "El limonero pierde algunas hojas, ¿es normal?",
        "Me han cambiado la entrega dos veces sin avisar, qué pesadez",
        "Me cobran una maceta que ya llegó rota. Nada bien",
        "Nadie coge el teléfono desde hace tres días. Estoy harta",
        "Sinceramente decepcionada, antes era mucho mejor",
        "Mi cuñado alquila en {comp}, le entregaron al día siguiente. Ahora lo entiendo",
    ],
}

CANCEL: T = {
    "fr": [
        "Je souhaite résilier mon abonnement Abetello Plus et fermer mon compte. Merci de confirmer."
    ],
    "pt": [
        "Quero cancelar a assinatura Abetello Plus e fechar a minha conta. Confirmem por favor."
    ],
    "en": ["I want to cancel Abetello Plus and close my account, please confirm."],
    "de": ["Ich kündige Abetello Plus und möchte mein Konto schließen. Bitte bestätigen."],
    "it": ["Voglio disdire Abetello Plus e chiudere l'account. Confermate per favore."],
    "es": ["Quiero darme de baja de Abetello Plus y cerrar mi cuenta. Confirmen, por favor."],
}

SORRY_GO: T = {
    "fr": ["Votre résiliation est enregistrée. Nous sommes désolés de vous voir partir. Camille"],
    "pt": ["O cancelamento ficou registado. Lamentamos vê-la partir. Inês"],
    "en": ["Your cancellation is done. Sorry to see you go. Sam"],
    "de": ["Ihre Kündigung ist erfasst. Schade, dass Sie gehen. Jonas"],
    "it": ["Disdetta registrata. Ci dispiace vederla andare. Giulia"],
    "es": ["Baja registrada. Sentimos que se vaya. Lucía"],
}

SPIKE: T = {
    "fr": [
        "Au secours, l'appli dit que notre sapin {tree} appartient maintenant à une autre famille ?! "
        "Impossible de le récupérer, erreur {code}. Les enfants pleurent",
        "c quoi ce délire, {tree} n'est plus dans mon compte, « transféré à un nouveau foyer ». {code} quand je clique sur récupérer",
        "ON NOUS A PRIS NOTRE ARBRE. 4 ans qu'on adopte {tree}. l'appli affiche {code}",
    ],
    "pt": [
        "A app diz que o nosso pinheiro {tree} foi transferido para outra família!! Dá erro {code} ao recuperar",
        "o {tree} desapareceu da minha conta, diz 'novo lar'. erro {code}. que se passa??",
        "Roubaram-nos a árvore? Adotamos o {tree} há 3 anos e agora é de outra pessoa. {code}",
    ],
    "en": [
        "Why does the app say our tree {tree} now belongs to another family?? Reclaim fails with {code}"
    ],
    "de": [
        "Die App sagt, unsere Tanne {tree} gehört jetzt einer anderen Familie! Zurückholen: Fehler {code}"
    ],
    "it": [
        "L'app dice che il nostro abete {tree} è passato a un'altra famiglia! Errore {code} se provo a riprenderlo"
    ],
    "es": [
        "¡La app dice que nuestro abeto {tree} ahora es de otra familia! Error {code} al recuperarlo"
    ],
}

SPIKE_AGAIN: T = {
    "fr": ["Toujours {code}, {tree} toujours chez des inconnus. Quelqu'un est là ?"],
    "pt": ["Continua o erro {code}, o {tree} continua noutra conta. Alguém responde?"],
    "en": ["Still {code}, {tree} still in someone else's account. Anyone?"],
    "de": ["Immer noch {code}, {tree} immer noch weg. Hallo?"],
    "it": ["Ancora {code}, {tree} ancora da altri. C'è qualcuno?"],
    "es": ["Sigue el {code}, {tree} sigue en otra cuenta. ¿Hola?"],
}

SPIKE_FIXED: T = {
    "fr": [
        "Bonjour, {tree} est de retour dans votre compte depuis {hour}. Toutes nos excuses, un mois vous est offert. Camille"
    ],
    "pt": [
        "Olá, o {tree} voltou à sua conta desde as {hour}. As nossas desculpas, oferecemos um mês. Inês"
    ],
    "en": ["Hi, {tree} is back in your account since {hour}. Our apologies, a month is on us. Sam"],
    "de": [
        "Hallo, {tree} ist seit {hour} wieder in Ihrem Konto. Entschuldigung, ein Monat geht auf uns. Jonas"
    ],
    "it": [
        "Salve, {tree} è di nuovo nel suo account dalle {hour}. Ci scusiamo, un mese è offerto. Giulia"
    ],
    "es": [
        "Hola, {tree} vuelve a estar en su cuenta desde las {hour}. Disculpas, un mes gratis. Lucía"
    ],
}

LONE_QUESTION: T = {
    "fr": [
        "Bonjour, j'ai vu le bouton « offrir mon arbre » dans l'appli, ça sert à quoi exactement ?"
    ],
    "pt": ["Olá, para que serve o botão 'oferecer a minha árvore' na app? Só curiosidade"],
    "en": ["What does the 'gift my tree' button in the app do? Just curious"],
    "de": ["Wofür ist der Knopf 'Baum verschenken' in der App? Nur neugierig"],
    "it": ["A cosa serve il pulsante 'regala il mio albero' nell'app? Curiosità"],
    "es": ["¿Para qué sirve el botón 'regalar mi árbol' de la app? Curiosidad"],
}
