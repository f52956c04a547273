# ruff: noqa: E501
"""Wording of heldout181 (Ludovra: board-game and console-game rental), per language."""

from __future__ import annotations

LANGS = ("pt", "fr", "en", "de", "it", "es")
W: dict[str, dict[str, list[str]]] = {
    "pt": {
        "praise": [
            "A caixa do Catan chegou impecável, todas as peças contadas. Ludovra top!",
            "Jantar de sábado salvo com o jogo que alugámos na Ludovra, os miúdos adoraram",
            "terceira vez este mês que alugo na Ludovra e sempre tudo certinho 😄",
        ],
        "gripe": ["Adorei o jogo, só o manual veio em inglês. De resto perfeito"],
        "question": [
            "Posso prolongar o aluguer do Azul até domingo?",
            "o plano Plus inclui jogos de consola?",
        ],
        "call": ["ola queria saber se posso trocar o jogo antes do fim do aluguer obrigado"],
        "answer": ["Olá! Sim, pode prolongar na app em Os meus alugueres. Bom jogo!"],
        "thanks": ["Obg, top!", "valeu, obrigada!"],
        "night": ["3 da manhã e ainda a jogar Carcassonne com a Ludovra, ninguém dorme cá em casa"],
        "complaint": [
            "A caixa veio SEM metade das peças e paguei 18 € pelo fim de semana. Quero o reembolso.",
            "Cobraram-me DUAS vezes a caução do jogo. Isto não pode ser.",
        ],
        "long": [
            "Bom dia,\n\nescrevo do carro à porta da escola da minha filha. Alugámos um jogo para o aniversário dela e a caixa chegou sem as cartas e com o tabuleiro rasgado. Liguei, ninguém atendeu. Sou cliente Plus há dois anos e sempre gostei, mas assim não dá. Peço o reembolso dos 22 €.\n\nCumprimentos",
        ],
        "case": ["Olá, abrimos o pedido {case}. Vamos tratar disto com prioridade."],
        "still": ["Pedido {case}: continua sem solução. Já é a segunda vez que escrevo."],
        "third": [
            "Pedido {case}, terceira vez. Uma amiga aluga na {comp} e lá resolvem no mesmo dia."
        ],
        "fourth": ["QUARTA vez pelo pedido {case}. Continua tudo igual."],
        "good": ["Boas notícias sobre o pedido {case}: o reembolso foi feito. Pode confirmar?"],
        "confirm": ["Confirmo, pedido {case} resolvido. Obrigada!"],
        "apology": ["Desculpem o tom de ontem, estava mesmo chateada. Obrigada pela paciência."],
        "slide": [
            "O jogo chegou com duas horas de atraso e sem aviso.",
            "Cartas dobradas e dados a faltar outra vez.",
            "Agora pedem foto de cada peça na devolução? A sério?",
            "A caução ficou retida uma semana. Péssimo.",
            "Cobraram 12 € de limpeza por uma caixa devolvida impecável. CHEGA.",
            "O meu cunhado aluga na {comp}, já reservei lá o jogo para sábado.",
        ],
        "cancel": [
            "Quero cancelar o Ludovra Plus e fechar a conta: comprámos os nossos próprios jogos."
        ],
        "bye": ["Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta."],
        "grumble": [
            "A app faz logout sempre que a abro. Chato.",
            "a entrega muda de hora sem avisar",
        ],
        "sarcasm": ["Entrega expresso às 23h, mesmo a tempo de jogar a dormir 👏"],
        "mild": ["O mapa dos pontos de recolha demora a carregar."],
        "spike": [
            "O código de ativação do jogo na consola dá erro {code}, não consigo jogar!!",
            "codigo de ativacao recusado pela consola, paguei o aluguer e nada",
            "A Ludovra mandou-me um código que a consola diz que é inválido. Alguém mais?",
        ],
        "spike2": ["Continua {code} também na outra consola. Isto é geral?"],
        "spike_ans": [
            "Sim, os códigos de ativação estão a falhar neste momento, a equipa técnica já está a tratar."
        ],
        "spike_fix": [
            "Os códigos de ativação voltaram a funcionar. O aluguer de hoje fica por nossa conta, 5 € de crédito."
        ],
        "b2b_complaint": [
            "As faturas da nossa conta chegam sem número de encomenda e a contabilidade recusa-as."
        ],
        "b2b_again": [
            "Pedido {case}: o meu colega {first} já escreveu. Nada mudou e o problema continua."
        ],
        "b2b_threat": [
            "pedido {case} o meu chefe diz que mudamos de fornecedor se isto não ficar resolvido esta semana"
        ],
        "suggest": ["Seria útil exportar os alugueres por centro de custo no portal."],
    },
    "fr": {
        "praise": [
            "Le Dixit est arrivé nickel, toutes les cartes là. Merci Ludovra !",
            "Soirée jeux réussie grâce à Ludovra, les enfants en redemandent",
            "encore une fois tout parfait, troisième location ce mois-ci 😊",
        ],
        "gripe": ["Super jeu, juste la règle en anglais seulement. Sinon parfait"],
        "question": [
            "Je peux prolonger la location jusqu'à dimanche ?",
            "le Plus inclut les jeux console ?",
        ],
        "call": [
            "bonjour je voulais savoir si on peut échanger le jeu avant la fin de la location merci"
        ],
        "answer": ["Bonjour ! Oui, prolongez dans l'app, rubrique Mes locations. Bonne partie !"],
        "thanks": ["Merci bcp !", "top merci"],
        "night": [
            "2h du mat et on joue encore aux Aventuriers du Rail, merci Ludovra pour les nuits blanches"
        ],
        "complaint": [
            "La boîte est arrivée SANS la moitié des pièces, 18 € le week-end pour rien. Je veux un remboursement.",
            "Vous avez prélevé DEUX fois la caution. Inadmissible.",
        ],
        "long": [
            "Bonjour,\n\nje vous écris depuis la salle d'attente du pédiatre. Nous avions loué un jeu pour l'anniversaire de mon fils et la boîte est arrivée sans les cartes, le plateau déchiré. Personne au téléphone. Je suis membre Plus depuis deux ans et j'étais contente, mais là ce n'est pas possible. Je demande le remboursement des 22 €.\n\nCordialement",
        ],
        "case": ["Bonjour, nous avons ouvert la demande {case}. Nous la traitons en priorité."],
        "still": ["Demande {case} : toujours rien. C'est la deuxième fois que j'écris."],
        "third": [
            "Demande {case}, troisième fois. Une collègue loue chez {comp} et eux règlent ça le jour même."
        ],
        "fourth": ["QUATRIÈME fois pour la demande {case}. Rien n'a bougé."],
        "good": [
            "Bonne nouvelle pour la demande {case} : le remboursement est fait. Pouvez-vous confirmer ?"
        ],
        "confirm": ["Je confirme, demande {case} réglée. Merci !"],
        "apology": ["Désolée pour mon ton d'hier, j'étais à bout. Merci pour votre patience."],
        "slide": [
            "Jeu livré avec deux heures de retard, sans prévenir.",
            "Cartes pliées et dés manquants, encore.",
            "Une photo de chaque pièce au retour maintenant ? Sérieux ?",
            "Caution bloquée une semaine. Nul.",
            "12 € de frais de nettoyage pour une boîte rendue impeccable. J'EN AI MARRE.",
            "Mon beau-frère loue chez {comp}, j'ai réservé le jeu de samedi là-bas.",
        ],
        "cancel": [
            "Je veux résilier Ludovra Plus et fermer mon compte : on a acheté nos propres jeux."
        ],
        "bye": [
            "Nous sommes désolés de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, rubrique Compte."
        ],
        "grumble": [
            "L'app me déconnecte à chaque ouverture. Pénible.",
            "l'heure de livraison change sans prévenir",
        ],
        "sarcasm": ["Livraison express à 23h, pile pour jouer en dormant 👏"],
        "mild": ["La carte des points relais met du temps à charger."],
        "spike": [
            "Le code d'activation du jeu est refusé par la console, erreur {code} !!",
            "code d activation refuse, j ai paye la location et rien ne marche",
            "La console dit que le code Ludovra est invalide. Quelqu'un d'autre ?",
        ],
        "spike2": ["Toujours {code} sur l'autre console aussi. C'est général ?"],
        "spike_ans": [
            "Oui, les codes d'activation échouent en ce moment, nos équipes techniques sont dessus."
        ],
        "spike_fix": [
            "Les codes d'activation fonctionnent de nouveau. La location du jour est offerte, 5 € de crédit."
        ],
        "b2b_complaint": [
            "Les factures de notre compte arrivent sans numéro de commande et la compta les refuse."
        ],
        "b2b_again": ["Demande {case} : mon collègue {first} vous a déjà écrit. Rien n'a changé."],
        "b2b_threat": [
            "demande {case} mon chef dit qu on change de fournisseur si ce n est pas réglé cette semaine"
        ],
        "suggest": ["Ce serait utile d'exporter les locations par centre de coût dans le portail."],
    },
    "en": {
        "praise": [
            "Wingspan arrived spotless, every card there. Love Ludovra!",
            "third rental this month and still perfect 🙌",
        ],
        "gripe": ["Great game, only the rulebook was a bit battered. Otherwise spot on"],
        "question": ["Can I extend my rental to Sunday?"],
        "call": ["hi just wanted to know if i can swap the game before the rental ends thanks"],
        "answer": ["Hi! Yes, extend it in the app under My rentals. Have fun!"],
        "thanks": ["cheers, legend"],
        "night": ["2am and still playing Ticket to Ride, thanks Ludovra for ruining my sleep"],
        "complaint": [
            "The box came WITHOUT half the pieces and I paid £16 for the weekend. I want a refund."
        ],
        "long": [
            "Hello,\n\nwriting from the car outside swimming lessons. We rented a game for my son's birthday and it arrived with no cards and a torn board. Nobody answered the phone. I've been a Plus member two years, but this is not on. Please refund the £19.\n\nRegards"
        ],
        "case": ["Hi, we've opened case {case} and are treating it as a priority."],
        "still": ["Case {case}: still not sorted. Second time I'm writing."],
        "third": [
            "Case {case}, third time. A friend rents from {comp} and they fix this the same day."
        ],
        "fourth": ["FOURTH time about case {case}. Nothing has changed."],
        "good": ["Good news on case {case}: the refund is done. Could you confirm?"],
        "confirm": ["Confirmed, case {case} sorted. Thanks!"],
        "apology": ["Sorry for my tone yesterday, long day. Thanks for your patience."],
        "slide": [
            "Game delivered two hours late, no heads-up.",
            "Bent cards and missing dice, again.",
            "A photo of every piece on return now? Really?",
            "Deposit held for a week. Poor.",
            "£10 cleaning fee for a box returned spotless. ENOUGH.",
            "My brother-in-law rents from {comp}, booked Saturday's game there.",
        ],
        "cancel": ["Please cancel my Ludovra Plus and close the account: we bought our own games."],
        "bye": [
            "Sorry to see you go. You can cancel yourself in the app or on the website under Account."
        ],
        "grumble": ["The app logs me out every time. Annoying."],
        "sarcasm": ["Express delivery at 11pm, just in time to play in my sleep 👏"],
        "mild": ["The pick-up point map is slow to load."],
        "spike": [
            "The console rejects my Ludovra activation code, error {code}!!",
            "activation code says invalid, paid for the rental and nothing",
        ],
        "spike2": ["Still {code} on the other console too. Is this everyone?"],
        "spike_ans": ["Yes, activation codes are failing right now, our engineers are on it."],
        "spike_fix": ["Activation codes work again. Today's rental is on us, £4 credit added."],
        "b2b_complaint": [
            "Our account's invoices come without a PO number and finance rejects them."
        ],
        "b2b_again": ["Case {case}: my colleague {first} already wrote. Nothing has changed."],
        "b2b_threat": [
            "case {case} my boss says we move to another supplier if this isnt fixed this week"
        ],
        "suggest": ["It would help to export rentals by cost centre in the portal."],
    },
    "de": {
        "praise": [
            "Die Azul-Box kam tadellos, alle Teile da. Danke Ludovra!",
            "schon wieder alles perfekt, dritte Miete diesen Monat 😄",
        ],
        "gripe": ["Tolles Spiel, nur die Anleitung nur auf Englisch. Sonst super"],
        "question": ["Kann ich die Miete bis Sonntag verlängern?"],
        "call": ["hallo ich wollte fragen ob ich das Spiel vor Ende der Miete tauschen kann danke"],
        "answer": ["Hallo! Ja, verlängern Sie in der App unter Meine Mieten. Viel Spaß!"],
        "thanks": ["Danke, mega!"],
        "night": ["3 Uhr nachts und wir spielen immer noch Carcassonne, danke Ludovra"],
        "complaint": [
            "Die Box kam OHNE die Hälfte der Teile, 18 € fürs Wochenende. Ich will mein Geld zurück."
        ],
        "long": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt. Wir hatten ein Spiel für den Geburtstag meiner Tochter gemietet, es kam ohne Karten und mit zerrissenem Spielbrett. Telefonisch niemand erreichbar. Ich bin seit zwei Jahren Plus-Mitglied, aber so geht das nicht. Bitte erstatten Sie die 22 €.\n\nMit freundlichen Grüßen"
        ],
        "case": ["Hallo, wir haben den Vorgang {case} eröffnet und bearbeiten ihn vorrangig."],
        "still": ["Vorgang {case}: immer noch nicht gelöst. Zweites Mal, dass ich schreibe."],
        "third": [
            "Vorgang {case}, drittes Mal. Eine Freundin mietet bei {comp}, die lösen das am selben Tag."
        ],
        "fourth": ["VIERTES Mal wegen Vorgang {case}. Nichts passiert."],
        "good": [
            "Gute Nachricht zu Vorgang {case}: die Erstattung ist erfolgt. Können Sie bestätigen?"
        ],
        "confirm": ["Bestätigt, Vorgang {case} erledigt. Danke!"],
        "apology": [
            "Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke für die Geduld."
        ],
        "slide": [
            "Spiel zwei Stunden zu spät geliefert, ohne Bescheid.",
            "Geknickte Karten und fehlende Würfel, schon wieder.",
            "Jetzt ein Foto von jedem Teil bei der Rückgabe? Ernsthaft?",
            "Kaution eine Woche blockiert. Schwach.",
            "12 € Reinigungsgebühr für eine tadellose Box. JETZT REICHTS.",
            "Mein Schwager mietet bei {comp}, ich habe das Spiel für Samstag dort gebucht.",
        ],
        "cancel": [
            "Bitte Ludovra Plus kündigen und das Konto schließen: wir haben eigene Spiele gekauft."
        ],
        "bye": [
            "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Konto kündigen."
        ],
        "grumble": ["Die App meldet mich jedes Mal ab. Nervig."],
        "sarcasm": ["Expresslieferung um 23 Uhr, gerade rechtzeitig zum Spielen im Schlaf 👏"],
        "mild": ["Die Karte der Abholstellen lädt langsam."],
        "spike": [
            "Die Konsole lehnt den Aktivierungscode ab, Fehler {code}!!",
            "aktivierungscode ungültig sagt die konsole, miete bezahlt und nix geht",
        ],
        "spike2": ["Immer noch {code}, auch auf der zweiten Konsole. Betrifft das alle?"],
        "spike_ans": ["Ja, Aktivierungscodes schlagen gerade fehl, unsere Technik ist dran."],
        "spike_fix": [
            "Die Aktivierungscodes funktionieren wieder. Die heutige Miete geht auf uns, 5 € Guthaben."
        ],
        "b2b_complaint": [
            "Die Rechnungen unseres Kontos kommen ohne Bestellnummer, die Buchhaltung lehnt sie ab."
        ],
        "b2b_again": [
            "Vorgang {case}: mein Kollege {first} hat schon geschrieben. Nichts hat sich geändert."
        ],
        "b2b_threat": [
            "Vorgang {case} mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist"
        ],
        "suggest": ["Hilfreich wäre ein Export der Mieten nach Kostenstelle im Portal."],
    },
    "it": {
        "praise": [
            "Il Dixit è arrivato perfetto, tutte le carte. Grazie Ludovra!",
            "terza volta questo mese e ancora tutto perfetto 😄",
        ],
        "gripe": ["Gioco bellissimo, solo il regolamento in inglese. Per il resto ottimo"],
        "question": ["Posso prolungare il noleggio fino a domenica?"],
        "call": [
            "buongiorno volevo sapere se posso cambiare il gioco prima della fine del noleggio grazie"
        ],
        "answer": ["Ciao! Sì, prolunga nell'app in I miei noleggi. Buon gioco!"],
        "thanks": ["grz mille!"],
        "night": ["le 3 di notte e stiamo ancora giocando a Carcassonne, grazie Ludovra"],
        "complaint": [
            "La scatola è arrivata SENZA metà dei pezzi, 18 € per il weekend. Voglio il rimborso."
        ],
        "long": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Avevamo noleggiato un gioco per il compleanno di mia figlia ed è arrivato senza carte e con il tabellone strappato. Al telefono nessuno. Sono socia Plus da due anni, ma così no. Chiedo il rimborso dei 22 €.\n\nCordiali saluti"
        ],
        "case": ["Ciao, abbiamo aperto la segnalazione {case} e la trattiamo con priorità."],
        "still": ["Segnalazione {case}: ancora niente. Seconda volta che scrivo."],
        "third": [
            "Segnalazione {case}, terza volta. Un'amica noleggia da {comp} e lì risolvono in giornata."
        ],
        "fourth": ["QUARTA volta per la segnalazione {case}. Niente è cambiato."],
        "good": ["Buone notizie sulla segnalazione {case}: rimborso fatto. Può confermare?"],
        "confirm": ["Confermo, segnalazione {case} risolta. Grazie!"],
        "apology": ["Scusate il tono di ieri, giornata pesante. Grazie della pazienza."],
        "slide": [
            "Gioco consegnato con due ore di ritardo, senza avviso.",
            "Carte piegate e dadi mancanti, di nuovo.",
            "Ora una foto di ogni pezzo alla restituzione? Davvero?",
            "Cauzione bloccata una settimana. Pessimo.",
            "12 € di pulizia per una scatola resa perfetta. BASTA.",
            "Mio cognato noleggia da {comp}, ho prenotato lì il gioco per sabato.",
        ],
        "cancel": [
            "Voglio disdire Ludovra Plus e chiudere l'account: abbiamo comprato i nostri giochi."
        ],
        "bye": ["Ci dispiace vederla andare. Può disdire da sola nell'app o sul sito, in Account."],
        "grumble": ["L'app mi disconnette ogni volta. Fastidioso."],
        "sarcasm": ["Consegna express alle 23, giusto in tempo per giocare nel sonno 👏"],
        "mild": ["La mappa dei punti di ritiro è lenta a caricare."],
        "spike": [
            "La console rifiuta il codice di attivazione, errore {code}!!",
            "codice di attivazione non valido, noleggio pagato e niente",
        ],
        "spike2": ["Ancora {code} anche sull'altra console. Succede a tutti?"],
        "spike_ans": [
            "Sì, i codici di attivazione stanno fallendo ora, i nostri tecnici ci stanno lavorando."
        ],
        "spike_fix": [
            "I codici di attivazione funzionano di nuovo. Il noleggio di oggi lo offriamo noi, 5 € di credito."
        ],
        "b2b_complaint": [
            "Le fatture del nostro conto arrivano senza numero d'ordine e l'amministrazione le rifiuta."
        ],
        "b2b_again": [
            "Segnalazione {case}: il mio collega {first} ha già scritto. Non è cambiato nulla."
        ],
        "b2b_threat": [
            "segnalazione {case} il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "suggest": ["Sarebbe utile esportare i noleggi per centro di costo nel portale."],
    },
    "es": {
        "praise": [
            "El Catan llegó impecable, todas las piezas. ¡Gracias Ludovra!",
            "tercera vez este mes y sigue todo perfecto 😄",
        ],
        "gripe": ["Juegazo, solo que el manual venía en inglés. Por lo demás genial"],
        "question": ["¿Puedo alargar el alquiler hasta el domingo?"],
        "call": [
            "hola quería saber si puedo cambiar el juego antes de que acabe el alquiler gracias"
        ],
        "answer": ["¡Hola! Sí, alárgalo en la app en Mis alquileres. ¡Buena partida!"],
        "thanks": ["graciass, sois unos cracks"],
        "night": ["las 3 de la mañana y seguimos con el Carcassonne, gracias Ludovra"],
        "complaint": [
            "La caja llegó SIN la mitad de las piezas, 18 € el finde para nada. Quiero el reembolso."
        ],
        "long": [
            "Buenos días,\n\nles escribo desde el coche en la puerta del colegio. Alquilamos un juego para el cumple de mi hija y llegó sin cartas y con el tablero roto. Nadie coge el teléfono. Soy socia Plus desde hace dos años, pero así no. Pido el reembolso de los 22 €.\n\nUn saludo"
        ],
        "case": ["Hola, hemos abierto la incidencia {case} y la tratamos con prioridad."],
        "still": ["Incidencia {case}: sigue sin resolver. Segunda vez que escribo."],
        "third": [
            "Incidencia {case}, tercera vez. Una amiga alquila en {comp} y allí lo arreglan en el día."
        ],
        "fourth": ["CUARTA vez por la incidencia {case}. Nada ha cambiado."],
        "good": [
            "Buenas noticias sobre la incidencia {case}: reembolso hecho. ¿Puede confirmarlo?"
        ],
        "confirm": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
        "apology": ["Perdón por el tono de ayer, día largo. Gracias por la paciencia."],
        "slide": [
            "Juego entregado con dos horas de retraso, sin avisar.",
            "Cartas dobladas y faltan dados, otra vez.",
            "¿Ahora una foto de cada pieza al devolver? ¿En serio?",
            "Fianza retenida una semana. Fatal.",
            "12 € de limpieza por una caja devuelta impecable. YA ESTÁ BIEN.",
            "Mi cuñado alquila en {comp}, he reservado allí el juego del sábado.",
        ],
        "cancel": [
            "Quiero dar de baja Ludovra Plus y cerrar la cuenta: hemos comprado nuestros propios juegos."
        ],
        "bye": ["Sentimos que se vaya. Puede darse de baja en la app o en la web, en Cuenta."],
        "grumble": ["La app me cierra la sesión cada vez. Qué pesadez."],
        "sarcasm": ["Entrega exprés a las 23h, justo a tiempo para jugar dormida 👏"],
        "mild": ["El mapa de puntos de recogida tarda en cargar."],
        "spike": [
            "La consola rechaza el código de activación, error {code}!!",
            "codigo de activacion invalido, alquiler pagado y nada",
        ],
        "spike2": ["Sigue {code} también en la otra consola. ¿Le pasa a todo el mundo?"],
        "spike_ans": [
            "Sí, los códigos de activación están fallando ahora mismo, el equipo técnico está en ello."
        ],
        "spike_fix": [
            "Los códigos de activación vuelven a funcionar. El alquiler de hoy corre de nuestra cuenta, 5 € de saldo."
        ],
        "b2b_complaint": [
            "Las facturas de nuestra cuenta llegan sin número de pedido y contabilidad las rechaza."
        ],
        "b2b_again": ["Incidencia {case}: mi compañero {first} ya escribió. No ha cambiado nada."],
        "b2b_threat": [
            "incidencia {case} mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "suggest": ["Sería útil exportar los alquileres por centro de coste en el portal."],
    },
}
FIRST = {
    "pt": ["Inês", "João", "Rita", "Tiago", "Marta", "Duarte", "Beatriz", "Rui"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Léa", "Jules"],
    "en": ["Emma", "Oliver", "Grace", "Jack", "Ruby", "Harry"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hannah", "Paul"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "es": ["Lucía", "Pablo", "Irene", "Javier", "Marta", "Diego"],
}
LAST = {
    "pt": ["Silva", "Costa", "Ferreira", "Almeida", "Sousa", "Pinto"],
    "fr": ["Martin", "Bernard", "Lefèvre", "Moreau", "Garnier", "Roux"],
    "en": ["Walsh", "Turner", "Hughes", "Price", "Doyle"],
    "de": ["Brandt", "Keller", "Vogel", "Krüger", "Lang"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti", "Marino"],
    "es": ["Torres", "Navarro", "Ruiz", "Molina", "Ortega"],
}
MARKET = {
    "pt": ["PT"],
    "fr": ["FR", "BE"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "es": ["ES"],
}
PHONE = {
    "PT": "+3519",
    "FR": "+336",
    "BE": "+324",
    "UK": "+447",
    "IE": "+3538",
    "DE": "+4915",
    "AT": "+43664",
    "IT": "+393",
    "ES": "+346",
}
COMPS = ("Jogalo", "Spielkasso")
SPIKE_CODE = "ACT-" + "729"
