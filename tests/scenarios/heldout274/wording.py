# ruff: noqa: E501
"""Wording for heldout274 (Onduro: surfboard and wetsuit hire from beach lockers)."""

from __future__ import annotations

LANGS = ("pt", "en", "de", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "pt": ("PT",),
    "en": ("UK", "IE"),
    "de": ("DE", "AT"),
    "es": ("ES",),
    "fr": ("FR", "BE"),
    "it": ("IT",),
}
FIRST = {
    "pt": ["Joana", "Rui", "Inês", "Tiago", "Marta", "Bruno", "Carla", "Nuno", "Rita", "Hugo"],
    "en": [
        "Ellie",
        "Callum",
        "Niamh",
        "Owen",
        "Freya",
        "Declan",
        "Hannah",
        "Rory",
        "Megan",
        "Liam",
    ],
    "de": ["Jana", "Felix", "Lea", "Jonas", "Maren", "Till", "Svenja", "Lukas"],
    "es": ["Nerea", "Iker", "Ainhoa", "Unai", "Lucía", "Pablo", "Irati", "Mikel"],
    "fr": ["Camille", "Yann", "Léa", "Gaël", "Manon", "Erwan", "Chloé", "Loïc"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sara", "Luca", "Elena", "Paolo"],
}
LAST = {
    "pt": ["Sousa", "Ferreira", "Lopes", "Marques", "Pinto", "Carvalho", "Rocha", "Teixeira"],
    "en": ["Hughes", "Quinn", "Walsh", "Pryce", "Morgan", "Doyle", "Baxter", "Kerr"],
    "de": ["Krüger", "Vogt", "Brandl", "Sommer", "Hahn", "Lorenz", "Ebert"],
    "es": ["Etxeberria", "Gil", "Arana", "Sáez", "Mora", "Ibarra", "Vidal"],
    "fr": ["Le Goff", "Morvan", "Garnier", "Perrin", "Guého", "Tanguy"],
    "it": ["Ferri", "Greco", "Conti", "Marino", "Sala", "Riva"],
}
BOARDS = ["Softtop 8'0", "Mini-mal 7'6", "Shortboard 6'2", "Longboard 9'2", "Wetsuit 4/3"]

W: dict[str, dict[str, list[str]]] = {
    "pt": {
        "praise": [
            "Prancha impecável e o cacifo abriu à primeira, adoro a Onduro",
            "Terceira vez este mês com o Passe Onduro e sempre tudo perfeito na Ericeira",
            "Fato de 4/3 sequinho e limpo logo às 7h, assim dá gosto acordar cedo 🌊",
        ],
        "gripe": ["Tudo ótimo, só o cacifo da Costa fica longe do estacionamento. De resto 10/10"],
        "question": [
            "Olá, posso devolver a prancha noutro cacifo da mesma praia?",
            "O Passe Onduro dá para partilhar com o meu filho?",
        ],
        "answer": ["Olá! Sim, pode devolver em qualquer cacifo Onduro da mesma praia. Boas ondas!"],
        "thanks": ["Obrigada, perfeito!", "obg, top"],
        "night": [
            "3 da manhã e já a ver a previsão para amanhã, reservei o longboard na Onduro 😅"
        ],
        "night_q": ["Boa noite, se o mar estiver flat amanhã posso cancelar sem custos?"],
        "problem_card": [
            "Cobraram-me a caução DUAS vezes, 150 € presos no cartão e a renda sai amanhã. Resolvam isto."
        ],
        "problem_locker": [
            "Reservei prancha para as 8h, cheguei ao cacifo e estava VAZIO. Perdi a maré e ninguém atende."
        ],
        "problem_damage": [
            "A prancha tinha a quilha partida e o fato um rasgão nas costas. Paguei para isto?"
        ],
        "problem_refund": [
            "Devolvi tudo há TRÊS semanas e a caução de 80 € ainda não foi libertada."
        ],
        "long_open": [
            "Bom dia,\n\nescrevo do carro à porta da fisioterapia da minha mãe, por isso desculpem se for confuso. Somos clientes há dois verões e os miúdos adoram."
        ],
        "long_close": [
            "Sempre gostei do serviço, mas assim não dá. Espero resposta hoje.\n\nCumprimentos"
        ],
        "apology": [
            "Peço desculpa pelo tom de ontem, estava mesmo irritada. Obrigada pela paciência."
        ],
        "confirm": ["Confirmo, o caso {case} está resolvido. Obrigado!"],
        "still": ["Outra vez sobre o caso {case}: continua tudo igual, nada resolvido."],
        "third": [
            "Terceira vez que escrevo sobre o {case}. Um amigo aluga na {comp} e lá resolvem no próprio dia."
        ],
        "fourth": ["QUARTA vez. Caso {case}. Continua por resolver."],
        "slide": [
            "O cacifo demorou 20 minutos a abrir hoje, estranho",
            "Outra vez a prancha com a parafina velha e areia no saco",
            "Fato molhado e a cheirar mal, alguém não o lavou",
            "Caução em dobro e uma semana para devolver, já cansa",
            "35 € de 'taxa de limpeza' por uma prancha que devolvi impecável, com as fotos da própria app. Vergonha.",
            "O meu cunhado aluga na {comp}, já reservei lá para sábado.",
        ],
        "cancel": [
            "Comprei a minha própria prancha. Quero cancelar o Passe Onduro e fechar a conta, por favor."
        ],
        "grumble": [
            "A app volta a pedir login todas as manhãs, que chatice",
            "Fila de 30 min no cacifo ao sábado, como sempre",
        ],
        "sarcasm": [
            "Adoro quando a app diz 'cacifo aberto' e a porta continua fechada 👏 grande tecnologia"
        ],
        "mild": [
            "A pesquisa de cacifos mostra praias do Algarve quando estou em Peniche, é só um detalhe"
        ],
        "b2b_problem": [
            "A fatura de {month} da nossa escola veio sem número de encomenda e com taxa diária em vez da semanal acordada."
        ],
        "b2b_still": [
            "Sobre o caso {case}, aberto pela {first}: continua por resolver e já somos vários a escrever."
        ],
        "b2b_last": [
            "o caso {case} continua igual o meu chefe diz que mudamos de fornecedor se não resolverem esta semana"
        ],
        "b2b_mild": ["Seria útil exportar os alugueres por turma/grupo no portal."],
        "spike": [
            "O cacifo não abre, a app dá erro {code} e estou na praia com os miúdos à espera",
            "erro {code} no cacifo da Ericeira, ninguém consegue tirar pranchas",
        ],
        "spike_again": ["Ainda {code}, agora tentei no telemóvel do meu marido e nada"],
        "lone": [
            "Ontem o código do cacifo demorou um pouco a aparecer, mas abriu. Amanhã vai funcionar?"
        ],
        "phone_q": ["olá queria saber se o passe onduro inclui fatos para criança obrigada"],
        "phone_problem": [
            "olá liguei porque cobraram a caução duas vezes são 150 euros e preciso desse dinheiro"
        ],
    },
    "en": {
        "praise": [
            "Board was waxed, locker opened first go, Onduro is a lifesaver on a Saturday",
            "Third time this month on my Onduro Pass and it's been spot on every time",
            "Wetsuit dry and clean at 7am in Bude, honestly didn't expect that 🌊",
        ],
        "gripe": ["Great as always, only wish the Croyde locker had a bench. Otherwise spot on"],
        "question": [
            "Hi, can I return the board to a different locker on the same beach?",
            "Does the Onduro Pass cover a kids' wetsuit too?",
        ],
        "answer": ["Hi! Yes, any Onduro locker on the same beach takes it back. Enjoy the waves!"],
        "thanks": ["Cheers, perfect", "thanks!! sorted"],
        "night": ["2am and checking swell charts again, longboard booked with Onduro for dawn 😅"],
        "night_q": ["Hi, if it's flat tomorrow can I cancel without paying?"],
        "problem_card": [
            "You've taken the deposit TWICE, £130 held on my card and rent goes out tomorrow. Sort it out."
        ],
        "problem_locker": [
            "Booked a board for 8, got to the locker and it was EMPTY. Missed the tide and nobody answers."
        ],
        "problem_damage": [
            "The board had a snapped fin and the wetsuit a tear down the back. I paid for this?"
        ],
        "problem_refund": [
            "Returned everything THREE weeks ago and the £70 deposit still isn't released."
        ],
        "long_open": [
            "Hello,\n\nI'm writing from the hospital car park while my dad has his check-up, so forgive the rambling. We've used you for two summers and the kids love it."
        ],
        "long_close": [
            "I've always been happy with you but this isn't on. I expect an answer today.\n\nRegards"
        ],
        "apology": [
            "Sorry for my tone yesterday, I was really wound up. Thanks for your patience."
        ],
        "confirm": ["Confirmed, case {case} is sorted. Thanks!"],
        "still": ["Writing again about case {case}: nothing has changed, still not fixed."],
        "third": [
            "Third time I'm writing about {case}. A mate hires from {comp} and they sort this the same day."
        ],
        "fourth": ["FOURTH time. Case {case}. Still not fixed."],
        "slide": [
            "Locker took 20 minutes to open today, odd",
            "Again the board with old wax and sand in the bag",
            "Wetsuit wet and smelly, someone didn't rinse it",
            "Double deposit and a week to release it, getting tiresome",
            "£30 'cleaning fee' for a board I returned spotless, with the app's own photos. Shameful.",
            "My brother-in-law hires from {comp}, I've booked there for Saturday.",
        ],
        "cancel": ["I've bought my own board. Please cancel my Onduro Pass and close the account."],
        "grumble": [
            "App logs me out every single morning, so annoying",
            "30 min queue at the locker on Saturday, as usual",
        ],
        "sarcasm": [
            "Love it when the app says 'locker open' and the door stays shut 👏 cutting-edge tech"
        ],
        "mild": ["Locker search keeps showing Cornwall when I'm in Wales, only a small thing"],
        "b2b_problem": [
            "Our school's {month} invoice has no PO number and charges day rates instead of our agreed weekly rate."
        ],
        "b2b_still": [
            "About case {case}, opened by {first}: still not fixed and several of us have written now."
        ],
        "b2b_last": [
            "case {case} is still the same my boss says we move to another supplier if it isn't fixed this week"
        ],
        "b2b_mild": ["It would help to export hires by group in the portal."],
        "spike": [
            "Locker won't open, app says error {code} and I'm on the beach with the kids waiting",
            "error {code} at the locker, nobody can get boards out",
        ],
        "spike_again": ["Still {code}, tried on my wife's phone too, nothing"],
        "lone": [
            "Yesterday the locker code took a while to show but it opened. Will it work tomorrow?"
        ],
        "phone_q": ["hi i wanted to ask if the onduro pass includes kids wetsuits thanks"],
        "phone_problem": [
            "hi i'm calling because you took the deposit twice it's 130 pounds and i need that money"
        ],
    },
    "de": {
        "praise": [
            "Brett gewachst, Schließfach ging sofort auf, Onduro rettet mir jedes Wochenende"
        ],
        "gripe": ["Super wie immer, nur das Schließfach ist weit vom Parkplatz. Sonst top"],
        "question": [
            "Hallo, kann ich das Brett an einem anderen Schließfach am selben Strand abgeben?"
        ],
        "answer": [
            "Hallo! Ja, jedes Onduro-Schließfach am selben Strand nimmt es zurück. Gute Wellen!"
        ],
        "thanks": ["Danke, passt!"],
        "night": [
            "2 Uhr nachts und ich schaue Wellenvorhersagen, Longboard bei Onduro für morgen früh gebucht 😅"
        ],
        "night_q": ["Hallo, wenn morgen keine Wellen sind, kann ich kostenlos stornieren?"],
        "problem_card": [
            "Die Kaution wurde ZWEIMAL abgebucht, 150 € blockiert und morgen geht die Miete raus."
        ],
        "problem_locker": [
            "Brett für 8 Uhr gebucht, Schließfach LEER. Flut verpasst und keiner geht ran."
        ],
        "problem_damage": ["Finne abgebrochen, Neoprenanzug hinten gerissen. Dafür zahle ich?"],
        "problem_refund": [
            "Vor DREI Wochen alles zurückgegeben, die 80 € Kaution sind immer noch nicht freigegeben."
        ],
        "long_open": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, also bitte entschuldigen Sie das Durcheinander. Wir sind seit zwei Sommern Kunden."
        ],
        "long_close": [
            "Ich war immer gern Kunde, aber so geht das nicht. Ich erwarte heute eine Antwort.\n\nGrüße"
        ],
        "apology": ["Entschuldigung für meinen Ton gestern, ich war echt genervt."],
        "confirm": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
        "still": ["Nochmal zu Vorgang {case}: nichts hat sich geändert."],
        "third": [
            "Zum dritten Mal wegen {case}. Ein Freund leiht bei {comp}, die lösen das am selben Tag."
        ],
        "fourth": ["ZUM VIERTEN MAL. Vorgang {case}. Immer noch offen."],
        "slide": [
            "Schließfach brauchte heute 20 Minuten, komisch",
            "Schon wieder altes Wachs und Sand in der Tasche",
            "Anzug nass und stinkt, hat keiner ausgespült",
            "Doppelte Kaution und eine Woche bis zur Freigabe, nervt langsam",
            "35 € 'Reinigungsgebühr' für ein Brett, das ich sauber zurückgab, mit den Fotos aus der App. Frechheit.",
            "Mein Schwager leiht bei {comp}, ich habe dort für Samstag gebucht.",
        ],
        "cancel": [
            "Ich habe mir ein eigenes Brett gekauft. Bitte kündigen Sie meinen Onduro Pass und schließen Sie das Konto."
        ],
        "grumble": ["Die App loggt mich jeden Morgen aus, nervig"],
        "sarcasm": ["Toll, wenn die App 'Fach offen' sagt und die Tür zu bleibt 👏 Hightech"],
        "mild": [
            "Die Suche zeigt Strände in Portugal, obwohl ich in Frankreich bin, nur eine Kleinigkeit"
        ],
        "b2b_problem": [
            "Die Rechnung für {month} unserer Surfschule hat keine Bestellnummer und Tagessätze statt des vereinbarten Wochensatzes."
        ],
        "b2b_still": [
            "Zu Vorgang {case}, eröffnet von {first}: immer noch offen, mehrere von uns haben geschrieben."
        ],
        "b2b_last": [
            "der Vorgang {case} ist immer noch offen mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist"
        ],
        "b2b_mild": ["Ein Export der Mieten nach Gruppe im Portal wäre hilfreich."],
        "spike": [
            "Schließfach geht nicht auf, App zeigt Fehler {code}, ich stehe mit den Kindern am Strand"
        ],
        "spike_again": ["Immer noch {code}, auch mit dem Handy meiner Frau"],
        "lone": ["Gestern kam der Fachcode etwas langsam, hat aber geöffnet. Klappt das morgen?"],
        "phone_q": ["hallo ich wollte fragen ob der Onduro Pass auch Kinderanzüge abdeckt danke"],
        "phone_problem": [
            "hallo ich rufe an weil die Kaution zweimal abgebucht wurde 150 Euro und ich brauche das Geld"
        ],
    },
    "es": {
        "praise": ["Tabla encerada y la taquilla se abrió a la primera, Onduro me salva el finde"],
        "gripe": [
            "Genial como siempre, solo que la taquilla está lejos del parking. Por lo demás perfecto"
        ],
        "question": ["Hola, ¿puedo devolver la tabla en otra taquilla de la misma playa?"],
        "answer": [
            "¡Hola! Sí, cualquier taquilla Onduro de la misma playa la recoge. ¡Buenas olas!"
        ],
        "thanks": ["Gracias, perfecto!"],
        "night": ["Las 3 de la mañana mirando el parte de olas, longboard reservado en Onduro 😅"],
        "night_q": ["Hola, si mañana no hay olas ¿puedo cancelar gratis?"],
        "problem_card": [
            "Me habéis cobrado la fianza DOS veces, 150 € bloqueados y mañana pago el alquiler."
        ],
        "problem_locker": [
            "Reservé tabla para las 8, llegué a la taquilla y estaba VACÍA. Perdí la marea."
        ],
        "problem_damage": ["La quilla rota y el neopreno rajado por la espalda. ¿Pago por esto?"],
        "problem_refund": [
            "Devolví todo hace TRES semanas y la fianza de 80 € sigue sin liberarse."
        ],
        "long_open": [
            "Buenos días,\n\nos escribo desde la sala de espera del dentista de mi hija, perdonad si me lío. Somos clientes desde hace dos veranos."
        ],
        "long_close": [
            "Siempre he estado contenta, pero esto no puede ser. Espero respuesta hoy.\n\nUn saludo"
        ],
        "apology": ["Perdón por el tono de ayer, estaba muy enfadada."],
        "confirm": ["Confirmado, la incidencia {case} está resuelta. ¡Gracias!"],
        "still": ["Otra vez por la incidencia {case}: sigue todo igual."],
        "third": [
            "Tercera vez que escribo por {case}. Un amigo alquila en {comp} y allí lo arreglan el mismo día."
        ],
        "fourth": ["CUARTA vez. Incidencia {case}. Sin resolver."],
        "slide": [
            "La taquilla tardó 20 minutos en abrir hoy, raro",
            "Otra vez la tabla con cera vieja y arena en la funda",
            "Neopreno mojado y oliendo mal",
            "Fianza doble y una semana para liberarla, ya cansa",
            "35 € de 'tasa de limpieza' por una tabla que devolví impecable, con las fotos de la propia app. Vergüenza.",
            "Mi cuñado alquila en {comp}, ya he reservado allí para el sábado.",
        ],
        "cancel": [
            "Me he comprado mi propia tabla. Quiero cancelar el Pase Onduro y cerrar la cuenta."
        ],
        "grumble": ["La app me desconecta cada mañana, qué pesadez"],
        "sarcasm": [
            "Me encanta cuando la app dice 'taquilla abierta' y la puerta sigue cerrada 👏"
        ],
        "mild": [
            "El buscador de taquillas me enseña playas de Portugal estando en Zarautz, es un detalle"
        ],
        "b2b_problem": [
            "La factura de {month} de nuestra escuela no lleva número de pedido y cobra tarifa diaria en vez de la semanal pactada."
        ],
        "b2b_still": [
            "Sobre la incidencia {case}, abierta por {first}: sigue sin resolver y ya somos varios."
        ],
        "b2b_last": [
            "la incidencia {case} sigue igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "b2b_mild": ["Estaría bien exportar los alquileres por grupo en el portal."],
        "spike": ["La taquilla no abre, la app da error {code} y estoy en la playa esperando"],
        "spike_again": ["Sigue el {code}, probé con el móvil de mi pareja y nada"],
        "lone": ["Ayer el código de la taquilla tardó en salir pero abrió. ¿Mañana funcionará?"],
        "phone_q": ["hola quería saber si el pase onduro incluye neoprenos de niño gracias"],
        "phone_problem": [
            "hola llamo porque me han cobrado la fianza dos veces son 150 euros y necesito ese dinero"
        ],
    },
    "fr": {
        "praise": ["Planche fartée, casier ouvert du premier coup, Onduro c'est top le week-end"],
        "gripe": ["Parfait comme toujours, juste le casier un peu loin du parking"],
        "question": ["Bonjour, je peux rendre la planche dans un autre casier de la même plage ?"],
        "answer": [
            "Bonjour ! Oui, tout casier Onduro de la même plage la reprend. Bonnes vagues !"
        ],
        "thanks": ["Merci, parfait !"],
        "night": ["3h du mat à regarder la houle, longboard réservé chez Onduro pour l'aube 😅"],
        "night_q": ["Bonsoir, si c'est plat demain je peux annuler sans frais ?"],
        "problem_card": [
            "Vous avez prélevé la caution DEUX fois, 150 € bloqués et le loyer part demain."
        ],
        "problem_locker": [
            "Planche réservée pour 8h, casier VIDE. Marée ratée et personne ne répond."
        ],
        "problem_damage": ["Dérive cassée et combinaison déchirée dans le dos. Je paie pour ça ?"],
        "problem_refund": [
            "Tout rendu il y a TROIS semaines et la caution de 80 € n'est toujours pas débloquée."
        ],
        "long_open": [
            "Bonjour,\n\nje vous écris depuis le couloir de l'école de musique de mon fils, pardon si c'est décousu."
        ],
        "long_close": [
            "J'ai toujours été contente de vous mais là non. J'attends une réponse aujourd'hui.\n\nCordialement"
        ],
        "apology": ["Désolée pour mon ton hier, j'étais vraiment énervée."],
        "confirm": ["Confirmé, la demande {case} est réglée. Merci !"],
        "still": ["Encore pour la demande {case} : rien n'a changé."],
        "third": [
            "Troisième fois pour {case}. Un ami loue chez {comp} et eux règlent ça le jour même."
        ],
        "fourth": ["QUATRIÈME fois. Demande {case}. Toujours rien."],
        "slide": [
            "Le casier a mis 20 minutes à s'ouvrir aujourd'hui, bizarre",
            "Encore de la vieille wax et du sable dans la housse",
            "Combi mouillée et qui sent mauvais",
            "Caution en double et une semaine pour la débloquer, ça lasse",
            "35 € de 'frais de nettoyage' pour une planche rendue nickel, photos de l'appli à l'appui. Honteux.",
            "Mon beau-frère loue chez {comp}, j'ai réservé là-bas pour samedi.",
        ],
        "cancel": [
            "J'ai acheté ma propre planche. Merci d'annuler mon Pass Onduro et de fermer le compte."
        ],
        "grumble": ["L'appli me déconnecte tous les matins, pénible"],
        "sarcasm": ["J'adore quand l'appli dit 'casier ouvert' et que la porte reste fermée 👏"],
        "mild": [
            "La recherche de casiers affiche des plages au Portugal alors que je suis à Biarritz, détail"
        ],
        "b2b_problem": [
            "La facture de {month} de notre école n'a pas de numéro de commande et applique le tarif jour au lieu du tarif semaine convenu."
        ],
        "b2b_still": [
            "Au sujet de la demande {case}, ouverte par {first} : toujours pas réglée, nous sommes plusieurs à écrire."
        ],
        "b2b_last": [
            "la demande {case} n'est toujours pas réglée mon patron dit qu'on change de fournisseur si ce n'est pas fait cette semaine"
        ],
        "b2b_mild": ["Un export des locations par groupe dans le portail serait utile."],
        "spike": [
            "Le casier ne s'ouvre pas, l'appli affiche l'erreur {code}, je suis sur la plage avec les enfants"
        ],
        "spike_again": ["Toujours {code}, même avec le téléphone de ma femme"],
        "lone": [
            "Hier le code du casier a mis du temps à s'afficher mais ça a ouvert. Ça marchera demain ?"
        ],
        "phone_q": [
            "bonjour je voulais savoir si le pass onduro inclut les combinaisons enfant merci"
        ],
        "phone_problem": [
            "bonjour j'appelle parce que la caution a été prélevée deux fois 150 euros et j'en ai besoin"
        ],
    },
    "it": {
        "praise": [
            "Tavola sciolinata e armadietto aperto al primo colpo, Onduro mi salva il weekend"
        ],
        "gripe": ["Ottimo come sempre, solo l'armadietto è lontano dal parcheggio"],
        "question": [
            "Ciao, posso restituire la tavola in un altro armadietto della stessa spiaggia?"
        ],
        "answer": [
            "Ciao! Sì, qualsiasi armadietto Onduro della stessa spiaggia la ritira. Buone onde!"
        ],
        "thanks": ["Grazie, perfetto!"],
        "night": [
            "Le 3 di notte a guardare le previsioni, longboard prenotato su Onduro per l'alba 😅"
        ],
        "night_q": ["Buonasera, se domani è piatto posso annullare gratis?"],
        "problem_card": [
            "Mi avete addebitato la cauzione DUE volte, 150 € bloccati e domani pago l'affitto."
        ],
        "problem_locker": [
            "Tavola prenotata per le 8, armadietto VUOTO. Marea persa e nessuno risponde."
        ],
        "problem_damage": ["Pinna rotta e muta strappata sulla schiena. Pago per questo?"],
        "problem_refund": [
            "Restituito tutto TRE settimane fa e la cauzione di 80 € non è ancora sbloccata."
        ],
        "long_open": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa della fisioterapia, scusate se sono confusa."
        ],
        "long_close": [
            "Sono sempre stata contenta ma così no. Aspetto una risposta oggi.\n\nCordiali saluti"
        ],
        "apology": ["Scusate il tono di ieri, ero davvero arrabbiata."],
        "confirm": ["Confermo, la segnalazione {case} è risolta. Grazie!"],
        "still": ["Ancora per la segnalazione {case}: non è cambiato niente."],
        "third": [
            "Terza volta per {case}. Un amico noleggia da {comp} e lì lo risolvono in giornata."
        ],
        "fourth": ["QUARTA volta. Segnalazione {case}. Ancora aperta."],
        "slide": [
            "L'armadietto ci ha messo 20 minuti ad aprirsi oggi, strano",
            "Di nuovo cera vecchia e sabbia nella sacca",
            "Muta bagnata e puzzolente",
            "Cauzione doppia e una settimana per sbloccarla, stanca",
            "35 € di 'pulizia' per una tavola riconsegnata perfetta, con le foto dell'app. Vergogna.",
            "Mio cognato noleggia da {comp}, ho prenotato lì per sabato.",
        ],
        "cancel": [
            "Ho comprato la mia tavola. Vorrei disdire il Pass Onduro e chiudere l'account."
        ],
        "grumble": ["L'app mi disconnette ogni mattina, che noia"],
        "sarcasm": ["Adoro quando l'app dice 'armadietto aperto' e la porta resta chiusa 👏"],
        "mild": [
            "La ricerca armadietti mostra spiagge in Portogallo mentre sono a Varazze, un dettaglio"
        ],
        "b2b_problem": [
            "La fattura di {month} della nostra scuola non ha numero d'ordine e applica la tariffa giornaliera invece di quella settimanale concordata."
        ],
        "b2b_still": [
            "Riguardo alla segnalazione {case}, aperta da {first}: ancora irrisolta, scriviamo in diversi."
        ],
        "b2b_last": [
            "la segnalazione {case} è ancora aperta il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "b2b_mild": ["Sarebbe utile esportare i noleggi per gruppo nel portale."],
        "spike": [
            "L'armadietto non si apre, l'app dà errore {code} e sono in spiaggia ad aspettare"
        ],
        "spike_again": ["Ancora {code}, provato anche col telefono di mia moglie"],
        "lone": [
            "Ieri il codice dell'armadietto è comparso lentamente ma ha aperto. Domani funzionerà?"
        ],
        "phone_q": [
            "buongiorno volevo sapere se il pass onduro include le mute per bambini grazie"
        ],
        "phone_problem": [
            "buongiorno chiamo perché la cauzione è stata addebitata due volte 150 euro e mi servono"
        ],
    },
}

AGENT: dict[str, dict[str, str]] = {
    "pt": {
        "opened": "Lamentamos! Abrimos o caso {case} e tratamos hoje.",
        "lead": "O seu caso {case} está com a nossa responsável de qualidade, que lhe liga até sexta.",
        "good": "Boas notícias sobre o caso {case}: já está resolvido. Pode confirmar?",
        "bye": "Lamentamos vê-lo partir. Pode cancelar na app ou no site.",
        "works": "Os cacifos voltaram a abrir desde as 10:40. A aula de hoje fica por nossa conta, 10 € creditados.",
        "spike_chat": "Sim, os cacifos estão com falhas em todas as praias, a equipa já está a tratar.",
        "lone": "Às vezes o código demora uns segundos, o cacifo lê-o na mesma.",
    },
    "en": {
        "opened": "Sorry about that! We've opened case {case} and are on it today.",
        "lead": "Your case {case} is now with our quality lead, who will call you before Friday.",
        "good": "Good news on case {case}: it's fixed. Could you confirm?",
        "bye": "Sorry to see you go. You can cancel in the app or on the website.",
        "works": "Lockers open again since 10:40. Today's hire is on us, £9 credit added.",
        "spike_chat": "Yes, lockers are failing on every beach right now, our engineers are on it.",
        "lone": "The code sometimes takes a few seconds, the locker reads it fine.",
    },
    "de": {
        "opened": "Das tut uns leid! Vorgang {case} ist eröffnet.",
        "lead": "Ihr Vorgang {case} liegt bei unserer Qualitätsleitung, die Sie bis Freitag anruft.",
        "good": "Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen?",
        "bye": "Schade, dass Sie gehen. Sie können in der App oder auf der Website kündigen.",
        "works": "Die Schließfächer öffnen seit 11:40 wieder. Die heutige Miete übernehmen wir, 10 € gutgeschrieben.",
        "spike_chat": "Ja, die Schließfächer haben gerade an allen Stränden Störungen, wir arbeiten daran.",
        "lone": "Der Code braucht manchmal ein paar Sekunden, das Fach liest ihn trotzdem.",
    },
    "es": {
        "opened": "¡Lo sentimos! Hemos abierto la incidencia {case}.",
        "lead": "Su incidencia {case} está con nuestra responsable de calidad, que le llamará antes del viernes.",
        "good": "Buenas noticias sobre la incidencia {case}: resuelta. ¿Puede confirmarlo?",
        "bye": "Sentimos que se vaya. Puede cancelar en la app o en la web.",
        "works": "Las taquillas vuelven a abrir desde las 11:40. El alquiler de hoy corre de nuestra cuenta, 10 € abonados.",
        "spike_chat": "Sí, las taquillas fallan en todas las playas ahora mismo, estamos en ello.",
        "lone": "A veces el código tarda unos segundos, la taquilla lo lee igual.",
    },
    "fr": {
        "opened": "Désolés ! Nous avons ouvert la demande {case}.",
        "lead": "Votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi.",
        "good": "Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ?",
        "bye": "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site.",
        "works": "Les casiers s'ouvrent à nouveau depuis 11h40. La location du jour est offerte, 10 € crédités.",
        "spike_chat": "Oui, les casiers sont en panne sur toutes les plages, nos équipes s'en occupent.",
        "lone": "Le code met parfois quelques secondes, le casier le lit quand même.",
    },
    "it": {
        "opened": "Ci dispiace! Abbiamo aperto la segnalazione {case}.",
        "lead": "La sua segnalazione {case} è alla nostra responsabile qualità, che la chiamerà entro venerdì.",
        "good": "Buone notizie sulla segnalazione {case}: risolta. Può confermare?",
        "bye": "Ci dispiace vederla andare. Può disdire nell'app o sul sito.",
        "works": "Gli armadietti si aprono di nuovo dalle 11:40. Il noleggio di oggi è offerto, 10 € accreditati.",
        "spike_chat": "Sì, gli armadietti non funzionano su tutte le spiagge, ci stiamo lavorando.",
        "lone": "A volte il codice impiega qualche secondo, l'armadietto lo legge comunque.",
    },
}
SURVEY_WORDS = {
    "pt": ["top", "", "🌊"],
    "en": ["great", "", "🤙"],
    "de": ["super", ""],
    "es": ["genial", ""],
    "fr": ["top", ""],
    "it": ["ottimo", ""],
}
