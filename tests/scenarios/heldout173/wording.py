# ruff: noqa: E501
"""Wording of heldout173 (Kraxora, bouldering and climbing gyms): one table a situation, by language."""

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "en": [
        "Kraxora {gym} is the best thing about my week. New blue circuit is brilliant",
        "honestly the route setters at {gym} are geniuses, sent my first 6b tonight",
        "Third time this month at {gym} and the staff still remember my name, love it",
    ],
    "fr": [
        "La salle Kraxora de {gym} est top, les nouveaux blocs jaunes sont géniaux",
        "encore une super séance a {gym}, l'équipe est adorable",
        "Troisième fois cette semaine et toujours aussi contente, merci Kraxora {gym}",
    ],
    "de": ["Kraxora {gym} ist einfach super, die neuen Boulder sind klasse"],
    "it": ["Kraxora {gym} è fantastica, i nuovi blocchi sono bellissimi"],
    "pt": ["A Kraxora de {gym} é incrível, os novos blocos estão top"],
    "es": ["Kraxora {gym} es lo mejor de mi semana, los bloques nuevos son geniales"],
}
GRIPE_PRAISE: T = {
    "en": [
        "Great session at {gym} again, only gripe is the chalk bags by the door are always empty"
    ],
    "fr": ["Super séance a {gym}, juste dommage que les vestiaires soient toujours pleins le soir"],
    "de": ["Tolle Halle, nur die Duschen in {gym} sind oft kalt. Sonst gerne wieder"],
    "it": ["Sessione ottima a {gym}, solo il parcheggio è sempre pieno"],
    "pt": ["Adorei {gym}, só o cacifo estava avariado"],
    "es": ["Muy bien en {gym}, solo que las taquillas siguen rotas"],
}
QUESTION: T = {
    "en": [
        "Hi, can I bring my 9 year old to the kids' session on Saturday without booking?",
        "do shoe hire sizes go up to 47?",
        "Is the Plus membership valid at every gym or just my home one?",
    ],
    "fr": [
        "Bonjour, est-ce que la location de chaussons est incluse avec Kraxora Plus ?",
        "on peut venir a deux avec une seule carte 10 entrees ?",
        "Bonjour, le cours d'initiation du mardi est-il en français ?",
    ],
    "de": ["Hallo, kann ich meine 10er-Karte auch in einer anderen Halle nutzen?"],
    "it": ["Ciao, il corso base del giovedì ha ancora posti?"],
    "pt": ["Olá, posso congelar a minha adesão Plus durante as férias?"],
    "es": ["Hola, ¿puedo pausar mi Kraxora Plus en agosto?"],
}
ANSWER: T = {
    "en": [
        "Hi {name}, yes, that works: you'll find it in the app under My pass. Have a good climb! {agent}"
    ],
    "fr": [
        "Bonjour {name}, oui c'est possible, tout est dans l'appli sous Mon abonnement. Bonne grimpe ! {agent}"
    ],
    "de": ["Hallo {name}, ja, das geht, alles in der App unter Mein Pass. Viel Spaß! {agent}"],
    "it": [
        "Ciao {name}, sì, lo trovi nell'app sotto Il mio abbonamento. Buona arrampicata! {agent}"
    ],
    "pt": ["Olá {name}, sim, está na app em O meu passe. Boa escalada! {agent}"],
    "es": ["Hola {name}, sí, lo tienes en la app en Mi abono. ¡Buena escalada! {agent}"],
}
THANKS: T = {
    "en": ["cheers, legend", "ta very much!", "perfect thanks x"],
    "fr": ["merci, au top", "merci beaucoup !", "super merci bcp"],
    "de": ["danke, passt!"],
    "it": ["grazie mille!"],
    "pt": ["obg!!"],
    "es": ["genial, gracias crack"],
}
NIGHT: T = {
    "en": [
        "2am and still thinking about that overhang problem at {gym}. Kraxora has ruined sleep for me lol",
        "night shift done, booking the 7am slot at {gym} before bed",
    ],
    "fr": [
        "1h du mat et je regarde des vidéos de bloc... vivement demain a {gym}",
        "insomnie, du coup je réserve ma séance de samedi sur l'appli Kraxora",
    ],
    "de": ["Kann nicht schlafen, denke an den Überhang in {gym}"],
    "it": ["Sono le 2 e penso ancora al blocco viola di {gym}"],
    "pt": ["3 da manhã e a pensar no bloco laranja de {gym}"],
    "es": ["Las 2 de la mañana y pensando en el bloque rojo de {gym}"],
}
NIGHT_Q: T = {
    "en": ["is the 6am slot on Sunday open to Plus members or only ten-visit cards?"],
    "fr": ["est-ce que la salle ouvre a 7h le dimanche ?"],
    "de": ["Öffnet die Halle am Sonntag schon um 7?"],
    "it": ["Domenica aprite alle 7?"],
    "pt": ["Ao domingo abrem às 7?"],
    "es": ["¿El domingo abrís a las 7?"],
}
SURVEY_WORD: T = {
    "en": ["great", "", "👍", "spot on"],
    "fr": ["parfait", "", "👌", "top"],
    "de": ["super"],
    "it": ["ottimo"],
    "pt": ["ótimo"],
    "es": ["genial"],
}
REVIEW: T = {
    "en": ["Clean, friendly, great setting. 5 stars."],
    "fr": ["Salle propre, équipe sympa, blocs variés. Je recommande."],
    "de": ["Saubere Halle, nettes Team."],
    "it": ["Pulita e ben tracciata."],
    "pt": ["Limpa e simpática."],
    "es": ["Limpia y con buen ambiente."],
}
# problems: no_entry (Plus card refused at the desk), double_charge, injury_mat (torn crash mat, sprained ankle), refund (course cancelled, not refunded), wrong_price, cancel_fee
PROBLEM: dict[str, T] = {
    "double_charge": {
        "en": [
            "Kraxora took my Plus fee TWICE this month, £46 gone and my rent is due. Sort it out please"
        ],
        "fr": [
            "Vous m'avez prélevé DEUX fois l'abonnement Plus ce mois-ci, 39 € en trop. C'est quoi ce bazar ?",
            "prélevement en double sur mon compte, je veux être remboursée maintenant",
        ],
        "de": ["Sie haben den Plus-Beitrag ZWEIMAL abgebucht, 39 € zu viel!"],
        "it": ["Mi avete addebitato DUE volte l'abbonamento Plus, 39 € in più!"],
        "pt": ["Cobraram o Plus DUAS vezes este mês, 39 € a mais!"],
        "es": ["Me habéis cobrado el Plus DOS veces, 39 € de más!"],
    },
    "refund": {
        "en": [
            "The intro course was cancelled by you three weeks ago and I still have not had my £60 back"
        ],
        "fr": [
            "Le cours d'initiation a été annulé par vous il y a trois semaines et toujours pas remboursé, 70 €",
            "trois semaines que j'attends le remboursement du stage annulé, c'est inadmissible",
        ],
        "de": [
            "Der Einsteigerkurs wurde von Ihnen abgesagt und ich warte seit drei Wochen auf 70 €"
        ],
        "it": ["Il corso base è stato annullato da voi e aspetto ancora 70 €"],
        "pt": ["O curso foi cancelado por vocês e ainda não recebi os 70 €"],
        "es": ["Cancelasteis el curso de iniciación y sigo sin ver mis 70 €"],
    },
    "no_entry": {
        "en": [
            "Turned away at the desk AGAIN because my Plus card 'isn't active'. I pay every month!!"
        ],
        "fr": [
            "Refusée a l'accueil parce que ma carte Plus serait 'inactive'. Je paie TOUS les mois !",
            "on m'a refusé l'entrée alors que mon abonnement est payé, honteux",
        ],
        "de": ["An der Theke abgewiesen, Plus-Karte angeblich 'inaktiv'. Ich zahle jeden Monat!"],
        "it": ["Mandato via alla reception, tessera Plus 'non attiva'. Pago ogni mese!"],
        "pt": ["Recusaram-me a entrada, cartão Plus 'inativo'. Pago todos os meses!"],
        "es": ["Me echaron de recepción, tarjeta Plus 'inactiva'. ¡Pago cada mes!"],
    },
    "wrong_price": {
        "en": [
            "I'm a Plus member and the app charged me the full £14 day pass rate. What is the point of Plus?"
        ],
        "fr": [
            "Je suis membre Plus et l'appli m'a facturé le plein tarif, 16 € au lieu de 0. Pourquoi ?",
            "tarif non-membre facturé alors que je suis Plus, c'est la deuxième fois",
        ],
        "de": ["Ich bin Plus-Mitglied und zahle trotzdem den vollen Tagespreis, 16 €"],
        "it": ["Sono socio Plus e mi avete fatto pagare il prezzo pieno, 16 €"],
        "pt": ["Sou membro Plus e cobraram o preço total, 16 €"],
        "es": ["Soy socio Plus y me habéis cobrado la entrada completa, 16 €"],
    },
    "cancel_fee": {
        "en": ["Charged a £10 late-cancel fee for a session I cancelled FOUR days ahead. Really?"],
        "fr": [
            "10 € de frais d'annulation tardive alors que j'ai annulé QUATRE jours avant. Sérieusement ?",
            "frais d'annulation injustes, j'ai annulé bien a l'avance",
        ],
        "de": ["10 € Stornogebühr, obwohl ich VIER Tage vorher abgesagt habe"],
        "it": ["10 € di penale anche se ho disdetto QUATTRO giorni prima"],
        "pt": ["Cobraram 10 € de cancelamento tardio, cancelei QUATRO dias antes"],
        "es": ["Me cobráis 10 € por cancelar CUATRO días antes, ¿en serio?"],
    },
    "injury_mat": {
        "en": [
            "The crash mat under the cave at {gym} has a gap and I sprained my ankle on it. Nobody at the desk cared"
        ],
        "fr": [
            "Le tapis sous le dévers de {gym} est déchiré, je me suis tordu la cheville. Personne a l'accueil n'a réagi",
            "tapis troué a {gym}, entorse, et on m'a dit de remplir un formulaire, merci bien",
        ],
        "de": ["Die Matte in {gym} hat ein Loch, ich habe mir den Knöchel verstaucht"],
        "it": ["Il materasso a {gym} è strappato, mi sono slogato la caviglia"],
        "pt": ["O colchão em {gym} está rasgado, torci o tornozelo"],
        "es": ["La colchoneta de {gym} está rota y me torcí el tobillo"],
    },
}
CALL: T = {
    "en": [
        "hi yeah i am calling because {problem_short} and nobody has sorted it can someone ring me back please"
    ],
    "fr": [
        "oui bonjour j'appelle parce que {problem_short} et personne ne m'a répondu je voudrais qu'on me rappelle"
    ],
    "de": ["ja hallo ich rufe an weil {problem_short} und sich niemand meldet"],
    "it": ["pronto sì chiamo perché {problem_short} e nessuno mi risponde"],
    "pt": ["olá estou a ligar porque {problem_short} e ninguém me respondeu"],
    "es": ["hola llamo porque {problem_short} y nadie me contesta"],
}
SHORT: dict[str, dict[str, str]] = {
    "en": {
        "double_charge": "you took my plus fee twice",
        "refund": "my course refund never came",
        "no_entry": "my plus card got refused at the desk",
        "wrong_price": "i was charged full price as a plus member",
        "cancel_fee": "i got a late cancel fee for cancelling early",
        "injury_mat": "i hurt my ankle on a torn mat",
    },
    "fr": {
        "double_charge": "vous avez prélevé deux fois mon abonnement",
        "refund": "le remboursement du stage n'est jamais arrivé",
        "no_entry": "ma carte plus a été refusée a l'accueil",
        "wrong_price": "on m'a facturé plein tarif alors que je suis plus",
        "cancel_fee": "j'ai eu des frais d'annulation injustes",
        "injury_mat": "je me suis blessé sur un tapis déchiré",
    },
    "de": {
        "double_charge": "Sie zweimal abgebucht haben",
        "refund": "die Erstattung nie kam",
        "no_entry": "meine Plus-Karte abgelehnt wurde",
        "wrong_price": "ich den vollen Preis zahlen musste",
        "cancel_fee": "ich eine Stornogebühr zahlen musste",
        "injury_mat": "ich mich an einer kaputten Matte verletzt habe",
    },
    "it": {
        "double_charge": "mi avete addebitato due volte",
        "refund": "il rimborso non è mai arrivato",
        "no_entry": "la tessera plus è stata rifiutata",
        "wrong_price": "ho pagato prezzo pieno da socio",
        "cancel_fee": "mi avete messo una penale ingiusta",
        "injury_mat": "mi sono fatto male su un materasso rotto",
    },
    "pt": {
        "double_charge": "cobraram duas vezes",
        "refund": "o reembolso nunca chegou",
        "no_entry": "o cartão plus foi recusado",
        "wrong_price": "paguei preço total sendo plus",
        "cancel_fee": "cobraram uma taxa injusta",
        "injury_mat": "magoei-me num colchão rasgado",
    },
    "es": {
        "double_charge": "me cobrasteis dos veces",
        "refund": "el reembolso nunca llegó",
        "no_entry": "rechazaron mi tarjeta plus",
        "wrong_price": "pagué precio completo siendo socio",
        "cancel_fee": "me cobrasteis una penalización injusta",
        "injury_mat": "me hice daño en una colchoneta rota",
    },
}
LONG: T = {
    "en": [
        "Dear Kraxora,\n\nI'm writing this from the sofa with a bag of peas on my knee while my partner puts the kids to bed, so forgive the length. I've climbed with you for three years and told half my office to join. But {problem_short}, and after two chats and a form nothing has happened.\n\nI'd like this fixed this week, please.\n\nKind regards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, donc pardonnez le désordre. Je suis cliente depuis l'ouverture de {gym} et j'ai fait venir toute ma famille. Mais {problem_short}, et malgré mes relances rien ne bouge.\n\nJ'attends une solution cette semaine.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nJe profite de ma pause déjeuner au bureau pour vous écrire. Les enfants adorent vos cours du mercredi, vraiment. Seulement voila : {problem_short}. C'est la première fois que je dois me plaindre, et j'espère la dernière.\n\nBien a vous,\n{name}",
    ],
}
SARCASM: T = {
    "en": [
        "Love how the 'quiet hour' at {gym} comes with a birthday party of 30 screaming kids 👏"
    ],
    "fr": ["Génial, le créneau 'calme' de {gym} avec une boum de 25 enfants 🙃"],
    "de": ["Toll, die 'ruhige Stunde' mit Kindergeburtstag 👏"],
    "it": ["Bellissima l'ora 'tranquilla' con la festa di 30 bambini 🙃"],
    "pt": ["Adoro a hora 'calma' com festa de 30 crianças 👏"],
    "es": ["Me encanta la hora 'tranquila' con un cumple de 30 niños 🙃"],
}
APOLOGY: T = {
    "en": ["Sorry about yesterday's message, I was in pain and cross. Still want it fixed though"],
    "fr": [
        "Désolée pour mon message d'hier, j'étais a bout. Mais j'aimerais quand même une solution"
    ],
    "de": ["Entschuldigung für gestern, war sauer. Bitte trotzdem klären"],
    "it": ["Scusate per ieri, ero arrabbiato"],
    "pt": ["Desculpem ontem, estava irritada"],
    "es": ["Perdón por lo de ayer, estaba enfadado"],
}
CASE_OPENED: T = {
    "en": [
        "Hi {name}, sorry about this. We've opened case {case} and will come back to you within 48 hours. {agent}"
    ],
    "fr": [
        "Bonjour {name}, désolés. Nous avons ouvert le dossier {case} et revenons vers vous sous 48 h. {agent}"
    ],
    "de": ["Hallo {name}, Vorgang {case} ist eröffnet, wir melden uns in 48 h. {agent}"],
    "it": ["Ciao {name}, abbiamo aperto la pratica {case}. {agent}"],
    "pt": ["Olá {name}, abrimos o processo {case}. {agent}"],
    "es": ["Hola {name}, hemos abierto la incidencia {case}. {agent}"],
}
GOOD_NEWS: T = {
    "en": ["Good news on case {case}, {name}: it should be sorted now. Could you confirm? {agent}"],
    "fr": [
        "Bonne nouvelle pour le dossier {case}, {name} : c'est réglé. Pouvez-vous confirmer ? {agent}"
    ],
    "de": ["Gute Nachricht zu {case}: erledigt. Können Sie bestätigen? {agent}"],
    "it": ["Buone notizie sulla pratica {case}: risolto. Confermi? {agent}"],
    "pt": ["Boas notícias sobre {case}: resolvido. Confirma? {agent}"],
    "es": ["Buenas noticias sobre {case}: resuelto. ¿Confirmas? {agent}"],
}
CONFIRM: T = {
    "en": ["Confirmed, {case} is sorted. Thanks!"],
    "fr": ["C'est confirmé pour {case}, merci !"],
    "de": ["Bestätigt, {case} ist erledigt, danke"],
    "it": ["Confermo, {case} risolto, grazie"],
    "pt": ["Confirmo, {case} resolvido, obrigado"],
    "es": ["Confirmado, {case} resuelto, gracias"],
}
QUALITY_LEAD: T = {
    "en": [
        "Hi {name}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour {name}, le dossier {case} est transmis a notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
    ],
    "de": ["Hallo {name}, {case} liegt jetzt bei unserer Qualitätsleitung. {agent}"],
    "it": ["Ciao {name}, la pratica {case} è passata al responsabile qualità. {agent}"],
    "pt": ["Olá {name}, {case} está com a nossa responsável de qualidade. {agent}"],
    "es": ["Hola {name}, {case} está ya con nuestra responsable de calidad. {agent}"],
}
STILL_OPEN: T = {
    "en": ["Case {case}: still not fixed. {problem_short}, again."],
    "fr": ["Dossier {case} : toujours rien. {problem_short}, encore."],
    "de": ["Vorgang {case}: immer noch nicht gelöst."],
    "it": ["Pratica {case}: ancora niente."],
    "pt": ["Processo {case}: ainda nada."],
    "es": ["Incidencia {case}: sigue sin resolverse."],
}
THIRD: T = {
    "en": [
        "Third time about {case}. A friend climbs at {comp} and they sort this kind of thing the same day."
    ],
    "fr": [
        "Troisième fois pour {case}. Une amie grimpe chez {comp}, eux règlent ça dans la journée."
    ],
    "de": ["Zum dritten Mal wegen {case}. Bei {comp} geht sowas am selben Tag."],
    "it": ["Terza volta per {case}. Da {comp} lo risolvono in giornata."],
    "pt": ["Terceira vez sobre {case}. Na {comp} resolvem no mesmo dia."],
    "es": ["Tercera vez por {case}. En {comp} lo arreglan en el día."],
}
FOURTH: T = {
    "en": ["FOURTH time. {case}. Still open."],
    "fr": ["QUATRIÈME fois. {case}. Toujours ouvert."],
    "de": ["VIERTES Mal. {case}. Immer noch offen."],
    "it": ["QUARTA volta. {case}. Ancora aperta."],
    "pt": ["QUARTA vez. {case}. Continua aberto."],
    "es": ["CUARTA vez. {case}. Sigue abierta."],
}
SLIDE: T = {
    "en": [
        "Kraxora {gym} was packed and half the holds on the wall were spinning",
        "no shoe hire in my size three visits running",
        "route setting at {gym} hasn't changed in six weeks, getting bored",
        "the app logs me out every time I try to book, annoying",
        "£46 a month and the showers are cold and the mats are filthy. Not good enough",
        "done. went to {comp} yesterday, cheaper and the walls are fresh",
    ],
    "fr": [
        "{gym} bondée ce soir et la moitié des prises tournent",
        "pas de chaussons a ma taille, troisième fois",
        "les blocs de {gym} n'ont pas changé depuis six semaines",
        "l'appli me déconnecte a chaque réservation, pénible",
        "39 € par mois pour des douches froides et des tapis sales, non",
        "c'est fini, j'ai testé {comp} hier, moins cher et des blocs neufs",
    ],
    "de": [
        "{gym} total voll, Griffe locker",
        "keine Leihschuhe in meiner Größe",
        "seit sechs Wochen keine neuen Boulder",
        "App wirft mich beim Buchen raus",
        "39 € im Monat für kalte Duschen. Nein",
        "war gestern bei {comp}, günstiger und neue Boulder",
    ],
    "it": [
        "{gym} pienissima e prese che girano",
        "niente scarpette della mia taglia",
        "blocchi uguali da sei settimane",
        "l'app mi butta fuori",
        "39 € al mese per docce fredde, no",
        "ieri sono stato da {comp}, costa meno",
    ],
    "pt": [
        "{gym} cheia e presas soltas",
        "sem sapatilhas do meu número",
        "blocos iguais há seis semanas",
        "a app desliga-me sempre",
        "39 € por mês por duches frios, não",
        "fui à {comp} ontem, mais barato",
    ],
    "es": [
        "{gym} a tope y presas sueltas",
        "sin pies de gato de mi talla",
        "bloques iguales desde hace seis semanas",
        "la app me echa al reservar",
        "39 € al mes por duchas frías, no",
        "ayer fui a {comp}, más barato",
    ],
}
CHURN: T = {
    "en": [
        "Hi, we're moving to a village with no gym nearby, so please cancel my Kraxora Plus and close my account. Thanks for three great years."
    ],
    "fr": [
        "Bonjour, je pars vivre a la campagne, loin de toute salle. Merci d'annuler mon Kraxora Plus et de fermer mon compte.",
        "Bonjour, suite a une blessure a l'épaule j'arrête l'escalade. Je souhaite résilier Kraxora Plus et fermer le compte.",
    ],
    "de": ["Bitte kündigen Sie mein Kraxora Plus und schließen Sie mein Konto, ich ziehe weg."],
    "it": ["Per favore disdite il mio Kraxora Plus e chiudete l'account, mi trasferisco."],
    "pt": ["Por favor cancelem o meu Kraxora Plus e fechem a conta, vou mudar de cidade."],
    "es": ["Por favor cancelad mi Kraxora Plus y cerrad la cuenta, me mudo."],
}
SORRY_GO: T = {
    "en": [
        "Sorry to see you go, {name}. You can cancel yourself in the app or on the website under My pass. {agent}"
    ],
    "fr": [
        "Désolés de vous voir partir, {name}. Vous pouvez résilier dans l'appli ou sur le site. {agent}"
    ],
    "de": ["Schade, {name}. Kündigen geht in der App. {agent}"],
    "it": ["Ci dispiace, {name}. Puoi disdire dall'app. {agent}"],
    "pt": ["Lamentamos, {name}. Pode cancelar na app. {agent}"],
    "es": ["Lo sentimos, {name}. Puedes cancelar en la app. {agent}"],
}
GRUMBLE: T = {
    "en": [
        "the booking app is slow again",
        "why is the car park at {gym} always full",
        "music at {gym} is way too loud",
    ],
    "fr": [
        "l'appli est encore lente",
        "pourquoi le parking de {gym} est toujours plein",
        "la musique a {gym} est trop forte",
    ],
    "de": ["App ist wieder langsam"],
    "it": ["l'app è di nuovo lenta"],
    "pt": ["a app está lenta outra vez"],
    "es": ["la app va lenta otra vez"],
}
GYMS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Camden"],
    "IE": ["Dublin"],
    "FR": ["Lyon", "Nantes", "Grenoble"],
    "BE": ["Liège"],
    "CH": ["Lausanne", "Zürich"],
    "LU": ["Luxembourg"],
    "DE": ["Köln", "Leipzig"],
    "AT": ["Graz"],
    "IT": ["Torino"],
    "PT": ["Porto"],
    "ES": ["Zaragoza"],
}
SPIKE: T = {
    "en": [
        "Kraxora app says my safety waiver is missing, error {code}, and the desk won't let me climb. Signed it years ago!",
        "can't get in at {gym}, app wants me to re-sign the waiver and then just spins. anyone else?",
        "waiver 'not signed' on the app, desk turning everyone away. ridiculous",
    ],
    "fr": [
        "L'appli Kraxora dit que ma décharge n'est pas signée, erreur {code}, et l'accueil refuse de me laisser grimper !",
        "impossible d'entrer a {gym}, la décharge de sécurité 'manquante' et la signature plante",
        "on est 15 a l'accueil de {gym}, l'appli dit que personne n'a signé la décharge",
    ],
    "de": ["App sagt, meine Haftungserklärung fehlt, Fehler {code}, Theke lässt mich nicht rein"],
    "it": ["L'app dice che manca la liberatoria, errore {code}, non mi fanno entrare"],
    "pt": ["A app diz que falta o termo de responsabilidade e não me deixam entrar"],
    "es": ["La app dice que no he firmado el descargo, error {code}, y no me dejan escalar"],
}
SPIKE_AGAIN: T = {
    "en": ["Still {code} on my partner's phone too. Are you fixing this?"],
    "fr": ["Toujours {code}, même sur le téléphone de mon copain"],
    "de": ["Immer noch {code}, auch auf dem Handy meiner Frau"],
    "it": ["Ancora {code}, anche col telefono di mia moglie"],
    "pt": ["Ainda {code}, também no telemóvel do meu marido"],
    "es": ["Sigue {code}, también en el móvil de mi mujer"],
}
SPIKE_CHAT_ANSWER: T = {
    "en": [
        "Yes, waiver checks are failing at every gym right now, our engineers are on it. {agent}"
    ],
    "fr": [
        "Oui, la vérification des décharges échoue dans toutes les salles, nos équipes sont dessus. {agent}"
    ],
    "de": ["Ja, die Prüfung schlägt gerade überall fehl. {agent}"],
    "it": ["Sì, il controllo non funziona ovunque, ci stiamo lavorando. {agent}"],
    "pt": ["Sim, falha em todos os ginásios, estamos a tratar. {agent}"],
    "es": ["Sí, falla en todos los centros, lo estamos arreglando. {agent}"],
}
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "en": [
            "Our invoices for the team sessions still carry no PO number, finance won't pay them. Please reissue."
        ],
        "fr": [
            "Nos factures de séances d'équipe n'ont toujours pas de numéro de commande, la compta bloque."
        ],
        "de": ["Unsere Rechnungen haben keine Bestellnummer, die Buchhaltung zahlt nicht."],
    },
    "portal": {
        "en": ["The team portal shows none of our booked sessions, we can't add names or cancel."],
        "fr": [
            "Le portail entreprise n'affiche aucune de nos séances réservées, impossible d'ajouter des noms."
        ],
        "de": ["Im Firmenportal sind keine Buchungen zu sehen."],
    },
    "overbilled": {
        "en": ["You billed day passes for all 40 staff instead of our corporate rate."],
        "fr": ["Vous avez facturé 40 entrées plein tarif au lieu du tarif entreprise."],
        "de": ["Sie haben 40 Tageskarten statt Firmentarif berechnet."],
    },
    "service_blocked": {
        "en": [
            "Our staff were refused at the desk, 'account on hold', though every invoice is paid."
        ],
        "fr": [
            "Nos salariés ont été refusés a l'accueil, 'compte bloqué', alors que tout est payé."
        ],
        "de": ["Unsere Leute wurden abgewiesen, 'Konto gesperrt', obwohl alles bezahlt ist."],
    },
}
B2B_AGAIN: T = {
    "en": [
        "Following up on {case}, which {first} raised on {day}: nothing fixed, several of us have written. Procurement has asked {comp} for a quote."
    ],
    "fr": [
        "Je reviens sur {case}, signalé par {first} {day} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé un devis a {comp}."
    ],
    "de": [
        "Zu {case}, von {first} am {day} gemeldet: nichts ist gelöst. Der Einkauf fragt bei {comp} an."
    ],
}
B2B_MILD: T = {
    "en": ["Suggestion: could the portal export sessions by cost centre?"],
    "fr": ["Suggestion : pourriez-vous exporter les séances par centre de coût ?"],
    "de": ["Vorschlag: Export nach Kostenstelle im Portal?"],
}
B2B_Q: T = {
    "en": ["Can we add two new starters to Thursday's team session?"],
    "fr": ["Peut-on ajouter deux nouveaux collègues a la séance de jeudi ?"],
    "de": ["Können wir zwei neue Kollegen für Donnerstag anmelden?"],
}
