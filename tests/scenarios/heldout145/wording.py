# ruff: noqa: E501
"""Consumer and spike wording of heldout145 (Bildaro: photo books, prints, calendars)."""

from __future__ import annotations

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "de": [
            "Das Fotobuch von Bildaro ist einfach wunderschön, die Farben stimmen genau. Oma hat geweint 😊",
            "schon wieder ein Kalender von Bildaro, und wieder perfekt. Drittes Jahr in Folge!",
            "Die Leinwand hängt jetzt im Flur, Qualität top, danke Bildaro",
        ],
        "fr": [
            "Livre photo de Bildaro recu hier, les couleurs sont magnifiques, ma mere etait ravie",
            "Troisieme calendrier chez Bildaro et toujours aussi beau 👍",
            "Le tirage sur toile est superbe, merci Bildaro !",
        ],
        "en": ["Bildaro photo book arrived and it is gorgeous, the matte paper is lovely"],
        "it": ["Il fotolibro di Bildaro è bellissimo, colori perfetti, grazie!"],
        "pt": ["Mais uma vez o álbum da Bildaro ficou perfeito, adorei"],
        "es": ["El fotolibro de Bildaro ha quedado precioso, los colores perfectos"],
    },
    "gripe_praise": {
        "de": [
            "Sehr schönes Buch, nur der Editor ist auf dem Handy etwas fummelig. Trotzdem gerne wieder."
        ],
        "fr": [
            "Tres beau livre, juste le papier un peu fin pour la couverture souple. Mais je recommande."
        ],
        "en": ["Lovely book, only the box it came in was a bit squashed. Still very happy."],
        "it": ["Album stupendo, solo la spedizione un po' lenta."],
        "pt": ["Álbum lindo, só a caixa vinha um pouco amassada."],
        "es": ["Álbum precioso, solo que el editor en el móvil es un poco lento."],
    },
    "question": {
        "de": [
            "Hallo, kann ich im Fotobuch die Seitenzahl nachträglich ändern?",
            "Kann man beim Kalender den Starmonat selbst wählen?",
        ],
        "fr": [
            "Bonjour, est-ce qu'on peut choisir le mois de depart du calendrier ?",
            "Bonjour, le papier mat existe aussi pour les petits formats ?",
        ],
        "en": ["Hi, can I add text on the spine of a hardcover book?"],
        "it": ["Ciao, posso cambiare la copertina dopo aver salvato il progetto?"],
        "pt": ["Olá, dá para escolher papel mate no álbum pequeno?"],
        "es": ["Hola, ¿se puede cambiar el mes de inicio del calendario?"],
    },
    "answer": {
        "de": ["Gerne! Ja, das geht im Editor unter 'Seiten'. Viele Grüße, {agent}"],
        "fr": ["Bonjour, oui tout a fait, dans l'editeur sous 'Format'. Belle journee, {agent}"],
        "en": ["Hi! Yes, that's under 'Format' in the editor. Best, {agent}"],
        "it": ["Ciao! Sì, nell'editor sotto 'Formato'. Saluti, {agent}"],
        "pt": ["Olá! Sim, no editor em 'Formato'. Cumprimentos, {agent}"],
        "es": ["¡Hola! Sí, en el editor, en 'Formato'. Saludos, {agent}"],
    },
    "thanks": {
        "de": ["Super, danke!", "perfekt danke"],
        "fr": ["Merci beaucoup !", "super merci"],
        "en": ["Great, thanks!"],
        "it": ["Grazie mille!"],
        "pt": ["Obrigada!"],
        "es": ["¡Genial, gracias!"],
    },
    "call_q": {
        "de": [
            "ja hallo ich wollte fragen ob das Fotobuch bis Freitag da ist wir haben Geburtstag"
        ],
        "fr": [
            "oui bonjour je voulais savoir si je peux encore modifier ma commande de calendrier merci"
        ],
        "en": ["hi yes just checking if i can still change the cover on my order thanks"],
        "it": ["buongiorno volevo sapere se posso ancora cambiare la copertina grazie"],
        "pt": ["olá queria saber se ainda posso mudar a capa do álbum obrigada"],
        "es": ["hola quería saber si todavía puedo cambiar la portada del álbum gracias"],
    },
    "night": {
        "de": ["2 Uhr nachts und ich sortiere immer noch Urlaubsfotos fürs Bildaro Buch 😅"],
        "fr": ["3h du matin, je finis enfin mon livre photo Bildaro du mariage, trop contente"],
        "en": ["nightshift break, finishing the baby book on the Bildaro app"],
        "it": ["Notte insonne, finisco il calendario Bildaro per la nonna"],
        "pt": ["Turno da noite, aproveito para acabar o álbum na app da Bildaro"],
        "es": ["Las 2 de la mañana y montando el álbum de Bildaro, no puedo parar"],
    },
    "review": {
        "de": ["Top Qualität, schnelle Lieferung, gerne wieder."],
        "fr": ["Qualite excellente, je recommande."],
        "en": ["Great quality, would order again."],
        "it": ["Qualità ottima."],
        "pt": ["Ótima qualidade."],
        "es": ["Calidad excelente."],
    },
    "survey_word": {
        "de": ["top", ""],
        "fr": ["parfait", ""],
        "en": ["great", ""],
        "it": ["ottimo"],
        "pt": ["ótimo"],
        "es": ["genial"],
    },
    "problem": {
        "de": [
            "Beschwerde: Ihr Fotobuch {prod} ist viel zu dunkel gedruckt, alle Gesichter sind fast schwarz. Das war ein Geschenk für morgen. So kann ich das nicht verschenken!",
            "Im Buch fehlen 6 Seiten, genau die von der Hochzeit. Ich habe das Projekt dreimal geprüft. Ich will einen Neudruck, und zwar SOFORT.",
        ],
        "fr": [
            "Reclamation : le livre {prod} est arrive plie en deux, la couverture est cassee. C'etait pour l'anniversaire de ma fille samedi. Je suis vraiment decue.",
            "Mon abonnement Plus n'a pas ete pris en compte, j'ai paye le plein tarif, 18 euros de plus. C'est quoi ce service ?",
        ],
        "en": [
            "Complaint: the {prod} came out with a green cast on every page, it looks awful. I want a reprint."
        ],
        "it": ["Reclamo: il fotolibro è arrivato con 4 pagine mancanti. Era un regalo!"],
        "pt": [
            "Reclamação: o álbum chegou com a capa rasgada, era um presente, estou muito chateada."
        ],
        "es": [
            "Reclamación: me habéis cobrado el precio sin descuento Plus, 18 euros más. No es normal."
        ],
    },
    "long_mail": {
        "de": [
            "Sehr geehrtes Bildaro-Team,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, deshalb kurz. Wir haben für die Goldene Hochzeit meiner Eltern ein großes Fotobuch bestellt, 60 Seiten, mit Bildern aus fünfzig Jahren, die mein Bruder mühsam eingescannt hat. Heute kam es an, und die Hälfte der Seiten ist so dunkel gedruckt, dass man niemanden erkennt. Die Feier ist am Samstag.\n\nIch bestelle seit Jahren bei Ihnen, aber das ist wirklich enttäuschend. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen"
        ],
        "fr": [
            "Bonjour,\n\nje vous ecris depuis le quai de la gare, entre deux trains. Nous avions commande un livre photo pour le depart a la retraite d'une collegue, 40 pages, avec les messages de tout le service. Le livre est arrive avec huit pages en double et les pages des messages manquantes. Le pot est vendredi.\n\nJe commande chez vous depuis longtemps mais la je suis vraiment en colere. Merci de me rappeler rapidement.\n\nCordialement"
        ],
    },
    "case_opened": {
        "de": [
            "Hallo {name}, es tut uns leid! Wir haben den Vorgang {case} eröffnet und melden uns. Viele Grüße, {agent}"
        ],
        "fr": [
            "Bonjour {name}, nous sommes desoles. Nous avons ouvert le dossier {case}. Cordialement, {agent}"
        ],
        "en": ["Hi {name}, sorry about this. We've opened case {case}. Best, {agent}"],
        "it": ["Ciao {name}, ci dispiace. Abbiamo aperto la pratica {case}. {agent}"],
        "pt": ["Olá {name}, lamentamos. Abrimos o pedido {case}. {agent}"],
        "es": ["Hola {name}, lo sentimos. Hemos abierto la incidencia {case}. {agent}"],
    },
    "good_news": {
        "de": [
            "Gute Nachricht zu {case}: der Neudruck ist unterwegs bzw. die Erstattung gebucht. Können Sie kurz bestätigen? {agent}"
        ],
        "fr": [
            "Bonne nouvelle pour {case} : la reimpression est partie / le remboursement est fait. Pouvez-vous confirmer ? {agent}"
        ],
        "en": [
            "Good news on {case}: the reprint is on its way / refund made. Could you confirm? {agent}"
        ],
        "it": ["Buone notizie su {case}: ristampa spedita. Può confermare? {agent}"],
        "pt": ["Boas notícias sobre {case}: reimpressão enviada. Pode confirmar? {agent}"],
        "es": ["Buenas noticias sobre {case}: reimpresión enviada. ¿Nos confirma? {agent}"],
    },
    "apology": {
        "de": ["Sorry wegen gestern, ich war einfach gestresst. Danke für die schnelle Hilfe."],
        "fr": ["Desolee pour mon message d'hier, j'etais a bout. Merci pour la reactivite."],
        "en": ["Sorry for my tone yesterday, thanks for sorting it."],
        "it": ["Scusate per ieri, ero nervosa. Grazie."],
        "pt": ["Desculpem o tom de ontem. Obrigada."],
        "es": ["Perdón por lo de ayer, estaba agobiada. Gracias."],
    },
    "still_open": {
        "de": [
            "Vorgang {case}: immer noch nichts passiert. Das Problem ist weiterhin offen.",
            "AW {case} - noch immer kein Neudruck, keine Antwort. Was ist da los?",
        ],
        "fr": [
            "Dossier {case} : toujours rien. Le probleme n'est toujours pas regle.",
            "Je relance pour {case}, toujours aucune reponse, toujours pas de reimpression.",
        ],
        "en": ["Case {case}: still nothing. This is still not fixed."],
        "it": ["Pratica {case}: ancora niente, il problema è ancora lì."],
        "pt": ["Pedido {case}: ainda nada, continua por resolver."],
        "es": ["Incidencia {case}: sigue sin resolver, nadie me dice nada."],
    },
    "third": {
        "de": [
            "Dritter Versuch wegen {case}. Eine Kollegin bestellt bei {comp}, die hätten das längst gelöst."
        ],
        "fr": [
            "Troisieme fois pour {case}. Ma soeur commande chez {comp} et chez eux c'est regle en un jour."
        ],
        "en": ["Third time about {case}. I've looked at what {comp} charges, honestly."],
        "it": ["Terza volta per {case}. Una collega usa {comp} e risolvono subito."],
        "pt": ["Terceira vez sobre {case}. Uma colega usa a {comp} e resolvem logo."],
        "es": ["Tercera vez con {case}. Una compañera pide a {comp} y se lo resuelven en el día."],
    },
    "fourth": {
        "de": ["Zum VIERTEN Mal: {case} ist nicht gelöst. JETZT REICHTS."],
        "fr": ["Pour la QUATRIEME fois : {case} n'est toujours pas regle."],
        "en": ["FOURTH time: {case} is still not sorted."],
        "it": ["QUARTA volta: {case} ancora aperto."],
        "pt": ["QUARTA vez: {case} continua aberto."],
        "es": ["CUARTA vez: {case} sigue abierta."],
    },
    "quality_lead": {
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
        ],
        "fr": [
            "Votre dossier {case} est maintenant chez notre responsable qualite, qui vous appelle avant vendredi midi. {agent}"
        ],
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
        ],
        "it": [
            "La pratica {case} è ora alla responsabile qualità, che la chiamerà entro venerdì. {agent}"
        ],
        "pt": ["O pedido {case} está agora com a responsável de qualidade. {agent}"],
        "es": ["Su incidencia {case} está ahora con nuestra responsable de calidad. {agent}"],
    },
    "urgent": {
        "de": ["Zum Vorgang hinzugefügt, als dringend markiert. {agent}"],
        "fr": ["Ajoute au dossier, marque urgent. {agent}"],
        "en": ["Added to your case, marked urgent. {agent}"],
        "it": ["Aggiunto alla pratica, urgente. {agent}"],
        "pt": ["Adicionado ao pedido, urgente. {agent}"],
        "es": ["Añadido a la incidencia, urgente. {agent}"],
    },
    "confirm": {
        "de": ["Bestätigt, {case} ist erledigt, das neue Buch ist da. Danke!"],
        "fr": ["Confirme, {case} c'est regle, merci !"],
        "en": ["Confirmed, {case} is sorted, thanks!"],
        "it": ["Confermo, {case} risolto, grazie!"],
        "pt": ["Confirmo, {case} resolvido, obrigada!"],
        "es": ["Confirmado, {case} resuelto, ¡gracias!"],
    },
    "slide": {
        "de": [
            "Lieferung diesmal zwei Tage später als angekündigt. Naja.",
            "Die Farben im neuen Buch wirken blasser als früher. Neues Papier?",
            "Der Editor hat zweimal meine Texte verloren. Nervig.",
            "Preise für Plus-Mitglieder um 4 € erhöht, ohne Ankündigung. Wirklich?",
            "Neudruck abgelehnt, obwohl die Bindung nach einer Woche bricht. Sehr enttäuscht von Bildaro.",
            "Mein Schwager bestellt bei {comp}, ich habe den Kalender dieses Jahr dort gemacht.",
        ],
        "fr": [
            "Livraison deux jours plus tard que prevu cette fois. Bon.",
            "Les couleurs du nouveau livre sont plus ternes qu'avant, nouveau papier ?",
            "L'editeur a perdu mes textes deux fois. Penible.",
            "Prix Plus augmentes de 4 euros sans prevenir. Serieusement ?",
            "Reimpression refusee alors que la reliure lache apres une semaine. Tres decue de Bildaro.",
            "Mon beau-frere commande chez {comp}, j'ai fait le calendrier la-bas cette annee.",
        ],
        "en": [
            "Delivery two days later than promised this time.",
            "Colours look paler than before, new paper?",
            "Editor lost my captions twice. Annoying.",
            "Plus prices up £4 without a word.",
            "Reprint refused though the binding broke in a week. Very disappointed in Bildaro.",
            "My brother-in-law uses {comp}, did this year's calendar there.",
        ],
        "it": [
            "Consegna due giorni in ritardo stavolta.",
            "Colori più spenti del solito, carta nuova?",
            "L'editor ha perso i testi due volte.",
            "Prezzi Plus aumentati di 4 € senza avviso.",
            "Ristampa rifiutata, la rilegatura si è rotta dopo una settimana.",
            "Mio cognato usa {comp}, il calendario l'ho fatto lì.",
        ],
        "pt": [
            "Entrega dois dias atrasada desta vez.",
            "Cores mais pálidas que antes, papel novo?",
            "O editor perdeu as legendas duas vezes.",
            "Preço Plus subiu 4 € sem aviso.",
            "Reimpressão recusada, a encadernação partiu numa semana.",
            "O meu cunhado usa a {comp}, fiz lá o calendário.",
        ],
        "es": [
            "Entrega dos días tarde esta vez.",
            "Colores más apagados que antes, ¿papel nuevo?",
            "El editor perdió mis textos dos veces.",
            "Precio Plus subido 4 € sin avisar.",
            "Reimpresión rechazada y la encuadernación rota en una semana.",
            "Mi cuñado pide a {comp}, el calendario lo he hecho allí.",
        ],
    },
    "cancel": {
        "de": [
            "Hallo, wir haben keine Zeit mehr für Fotobücher, seit das zweite Kind da ist. Bitte Bildaro Plus kündigen und mein Konto schließen."
        ],
        "fr": [
            "Bonjour, je n'imprime plus de photos depuis que j'ai un cadre numerique. Merci de resilier Bildaro Plus et de fermer mon compte."
        ],
        "en": [
            "Hi, please cancel my Bildaro Plus and close my account, I don't print photos any more."
        ],
        "it": ["Buongiorno, vorrei disdire Bildaro Plus e chiudere l'account."],
        "pt": ["Olá, quero cancelar o Bildaro Plus e fechar a conta."],
        "es": ["Hola, quiero cancelar Bildaro Plus y cerrar la cuenta."],
    },
    "sorry_go": {
        "de": [
            "Schade, dass Sie gehen! Sie können Plus selbst in der App oder auf der Website kündigen. {agent}"
        ],
        "fr": [
            "Dommage de vous voir partir ! Vous pouvez resilier vous-meme dans l'app ou sur le site. {agent}"
        ],
        "en": [
            "Sorry to see you go! You can cancel yourself in the app or on the website. {agent}"
        ],
        "it": ["Ci dispiace! Può disdire dall'app o dal sito. {agent}"],
        "pt": ["Lamentamos! Pode cancelar na app ou no site. {agent}"],
        "es": ["¡Sentimos que se vaya! Puede cancelar en la app o la web. {agent}"],
    },
    "grumble": {
        "de": [
            "Die App will schon wieder, dass ich mich neu anmelde.",
            "Warum ist der Versand bei Kalendern so teuer?",
            "Editor auf dem Tablet ruckelt ohne Ende.",
        ],
        "fr": [
            "L'appli me deconnecte encore.",
            "Les frais de port pour un calendrier, franchement...",
            "L'editeur rame sur tablette.",
        ],
        "en": ["App logged me out again."],
        "it": ["L'app mi disconnette sempre."],
        "pt": ["A app desliga-me sempre."],
        "es": ["La app me vuelve a pedir el login."],
    },
    "sarcasm": {
        "de": [
            "Danke Bildaro, das 'Express'-Fotobuch kam pünktlich einen Tag nach dem Geburtstag 👏"
        ],
        "fr": ["Merci Bildaro, le calendrier 'express' arrive pile apres Noel... des Rois 😂"],
        "en": ["Thanks Bildaro, 'express' means after the party then 👏"],
        "it": ["Grazie Bildaro, l'express arriva dopo la festa 👏"],
        "pt": ["Obrigada Bildaro, o expresso chegou depois da festa 👏"],
        "es": ["Gracias Bildaro, el exprés llegó después del cumple 👏"],
    },
    "mild": {
        "de": ["Kleine Sache: die Filialsuche zeigt mir die falsche Stadt."],
        "fr": ["Petit souci : la recherche de magasin affiche la mauvaise ville."],
        "en": ["Small thing: the store finder shows the wrong city."],
        "it": ["Piccola cosa: il cerca negozi mostra la città sbagliata."],
        "pt": ["Pormenor: a pesquisa de lojas mostra a cidade errada."],
        "es": ["Detalle: el buscador de tiendas sale con otra ciudad."],
    },
    "ack": {
        "de": ["Danke für den Hinweis, wir schauen uns das an. {agent}"],
        "fr": ["Merci du signalement, nous regardons. {agent}"],
        "en": ["Thanks for letting us know. {agent}"],
        "it": ["Grazie della segnalazione. {agent}"],
        "pt": ["Obrigado pelo aviso. {agent}"],
        "es": ["Gracias por avisar. {agent}"],
    },
    "spike": {
        "de": [
            "Was ist denn mit dem Warenkorb los? Mein Fotobuch hat plötzlich 200 Seiten und kostet 312 €, Seiten löschen geht nicht: Fehler {code}",
            "hilfe mein kalender-buch ist im warenkorb auf 200 seiten gesprungen, lauter leere seiten, {code} beim entfernen",
        ],
        "fr": [
            "Mon livre photo est passe tout seul a 200 pages dans le panier, 298 euros !! Impossible de supprimer les pages, erreur {code}",
            "Bildaro vous avez un bug, tous mes livres sont a 200 pages blanches, message {code}",
        ],
        "en": [
            "My photo book just jumped to 200 pages in the basket, £270, and removing pages gives error {code}"
        ],
        "it": [
            "Il fotolibro nel carrello è diventato di 200 pagine vuote, errore {code} se provo a toglierle"
        ],
        "pt": ["O álbum no carrinho passou para 200 páginas em branco, erro {code} ao apagar"],
        "es": [
            "El fotolibro en la cesta ha saltado a 200 páginas en blanco, error {code} al quitarlas"
        ],
    },
    "spike_again": {
        "de": ["Immer noch {code}, auch am Laptop meines Mannes. 200 Seiten."],
        "fr": ["Toujours {code}, meme depuis l'ordinateur. Toujours 200 pages."],
        "en": ["Still {code}, on the laptop too."],
        "it": ["Ancora {code}, anche dal pc."],
        "pt": ["Ainda {code}, também no portátil."],
        "es": ["Sigue {code}, también en el portátil."],
    },
    "spike_chat": {
        "de": [
            "Ja, der Warenkorb setzt gerade Bücher auf 200 Seiten, unsere Technik ist dran. Bitte jetzt nicht bestellen. {agent}"
        ],
        "fr": [
            "Oui, le panier passe les livres a 200 pages en ce moment, nos equipes sont dessus. Ne commandez pas pour l'instant. {agent}"
        ],
        "en": [
            "Yes, the basket is setting books to 200 pages right now, our engineers are on it. {agent}"
        ],
        "it": ["Sì, il carrello porta i libri a 200 pagine, ci stiamo lavorando. {agent}"],
        "pt": ["Sim, o carrinho está a pôr 200 páginas, estamos a resolver. {agent}"],
        "es": ["Sí, la cesta pone 200 páginas ahora mismo, lo estamos arreglando. {agent}"],
    },
    "spike_fixed": {
        "de": [
            "Der Warenkorb zeigt seit 12:40 Uhr wieder die richtige Seitenzahl. Als Entschuldigung: 10 € Gutschrift. {agent}"
        ],
        "fr": [
            "Le panier affiche de nouveau le bon nombre de pages depuis 12h40. 10 € de bon d'achat offert. {agent}"
        ],
        "en": ["The basket shows the right page count again since 11:40. £9 credit added. {agent}"],
        "it": ["Il carrello funziona di nuovo dalle 12:40. 10 € di credito. {agent}"],
        "pt": ["O carrinho funciona de novo desde as 11:40. 10 € de crédito. {agent}"],
        "es": ["La cesta funciona desde las 12:40. 10 € de crédito. {agent}"],
    },
    "lone_q": {
        "de": [
            "Kurze Frage: im Warenkorb stand bei mir gestern kurz 'Seiten werden berechnet', dann war alles normal. Kann ich morgen bestellen?"
        ],
        "fr": [
            "Petite question : hier le panier a affiche 'calcul des pages' un moment puis c'etait normal. Je peux commander demain ?"
        ],
    },
    "lone_a": {
        "de": ["Ja, das ist nur die Vorschau beim Laden, bestellen geht ganz normal. {agent}"],
        "fr": ["Oui, c'est seulement l'apercu au chargement, la commande fonctionne. {agent}"],
    },
}

PRODUCTS = [
    "Fotobuch A4 hardcover, 40 S.",
    "Wandkalender A3 2027",
    "Leinwand 60x40",
    "Fotobuch quadratisch 30x30",
    "Abzüge 10x15 (50)",
    "Tischkalender 2027",
]
