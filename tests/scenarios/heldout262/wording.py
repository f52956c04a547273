"""Wording for heldout262 (Glasio, window cleaning by app). Written blind."""

# ruff: noqa: E501
from __future__ import annotations

LANGS = ["en", "it", "de", "es", "fr", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "en": ["UK", "IE"],
    "it": ["IT", "CH"],
    "de": ["DE", "AT"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "en": [
            "Glasio came this morning, windows spotless, even the conservatory roof. Lovely lad.",
            "Third clean with Glasio and still can't believe how bright the front room is",
            "Honestly the best tenner I spend a month, windows gleaming",
        ],
        "it": [
            "Passati stamattina quelli di Glasio, vetri perfetti anche il lucernario. Bravissimi",
            "Terza pulizia con Glasio e casa sembra piu luminosa, contentissima",
            "Finalmente vetri puliti senza salire sulla scala io, grazie Glasio",
        ],
        "de": ["Glasio war heute da, die Fenster sind blitzblank. Sehr freundlicher Reiniger."],
        "es": ["Hoy vino Glasio y los cristales del salon brillan, que gusto"],
        "fr": ["Passage Glasio ce matin, les vitres sont impeccables, merci !"],
        "pt": ["A Glasio veio hoje, janelas a brilhar, recomendo"],
    },
    "gripe_praise": {
        "en": ["Windows great as ever, only wish the text said a time closer than 8 to 12"],
        "it": [
            "Lavoro ottimo, solo la fascia oraria 8-12 e un po larga",
            "Vetri splendidi, peccato per il davanzale un po bagnato",
        ],
        "de": ["Fenster top, nur das Zeitfenster von vier Stunden ist lang"],
        "es": ["Todo genial, solo que la franja de 4 horas es larga"],
        "fr": ["Tres bien, juste le creneau de 4 heures un peu long"],
        "pt": ["Muito bom, so a janela de 4 horas e longa"],
    },
    "question": {
        "en": [
            "Hi, can I move next Tuesday's clean to Thursday? Away for work",
            "Do your cleaners do the inside of the glass as well or only outside?",
            "Is the skylight included in the Club plan?",
        ],
        "it": [
            "Ciao, posso spostare la pulizia di martedi a giovedi?",
            "Puliscono anche le zanzariere o solo i vetri?",
            "Il lucernario e compreso nel piano Club?",
        ],
        "de": ["Hallo, kann ich den Termin am Dienstag auf Donnerstag verschieben?"],
        "es": ["Hola, puedo cambiar la limpieza del martes al jueves?"],
        "fr": ["Bonjour, je peux deplacer le passage de mardi a jeudi ?"],
        "pt": ["Ola, posso mudar a limpeza de terca para quinta?"],
    },
    "answer": {
        "en": [
            "Of course, that's done for you. Anything else I can help with?",
            "Happy to help: yes, it's included. Have a good day!",
        ],
        "it": ["Certo, fatto. Posso aiutarla in altro?", "Si, e compreso. Buona giornata!"],
        "de": ["Gerne, ist erledigt. Kann ich sonst noch helfen?"],
        "es": ["Claro, hecho. Algo mas en que pueda ayudarte?"],
        "fr": ["Bien sur, c'est fait. Autre chose ?"],
        "pt": ["Claro, esta feito. Mais alguma coisa?"],
    },
    "thanks": {
        "en": ["brilliant thanks", "Perfect, cheers!"],
        "it": ["perfetto grazie mille", "Ok grz!"],
        "de": ["Super, danke!"],
        "es": ["genial gracias"],
        "fr": ["Parfait merci"],
        "pt": ["Otimo obrigado"],
    },
    "night": {
        "en": [
            "can't sleep, sat looking at the moon through windows Glasio did yesterday. they really are clean"
        ],
        "it": [
            "notte insonne, almeno la luna si vede bene dai vetri puliti da Glasio",
            "turno di notte finito, domani passa Glasio, finalmente",
        ],
        "de": ["Nachtschicht vorbei, morgen kommt Glasio"],
        "es": ["Sin dormir, pero con los cristales limpios de Glasio"],
        "fr": ["Insomnie, mais vitres propres grace a Glasio"],
        "pt": ["Sem sono, mas janelas limpas pela Glasio"],
    },
    "night_q": {
        "en": [
            "late one sorry, does the cleaner need me home tomorrow or can they do it from outside?"
        ],
        "it": [
            "scusate l'ora, domani devo essere in casa per la pulizia?",
            "a che ora arriva il pulitore domani mattina?",
        ],
        "de": ["Muss ich morgen zu Hause sein?"],
        "es": ["Tengo que estar en casa manana?"],
        "fr": ["Je dois etre la demain ?"],
        "pt": ["Tenho de estar em casa amanha?"],
    },
    "grumble": {
        "en": [
            "The app logs me out every single time, bit annoying",
            "Reminder text at 6am again. Why.",
        ],
        "it": [
            "L'app mi fa rifare il login ogni volta, che noia",
            "Di nuovo il promemoria alle 6 del mattino...",
        ],
        "de": ["Die App meldet mich jedes Mal ab, nervig"],
        "es": ["La app me cierra la sesion cada vez, que pesadez"],
        "fr": ["L'appli me deconnecte a chaque fois, penible"],
        "pt": ["A app faz logout sempre, chato"],
    },
    "sarcasm": {
        "en": [
            "Love that the cleaner did my neighbour's windows instead of mine. Very generous of @Glasio 👏"
        ],
        "it": [
            "Bellissimo, il pulitore ha lavato i vetri del vicino invece dei miei. Generosi 👏",
            "Pulizia alle 7 di domenica, proprio quello che sognavo 😂",
        ],
        "de": ["Toll, die Fenster vom Nachbarn sind jetzt sauber 👏"],
        "es": ["Genial, han limpiado las ventanas del vecino y no las mias 👏"],
        "fr": ["Super, ce sont les vitres du voisin qui brillent 👏"],
        "pt": ["Otimo, limparam as janelas do vizinho e nao as minhas 👏"],
    },
}

PROBLEMS = ["no_show", "double_charge", "streaks", "refund", "wrong_price", "cancel_fee"]

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "en": [
            "Took the morning off for the clean, app says COMPLETED at 9:12, nobody came. Windows still filthy.",
            "Marked as done, no cleaner ever turned up. Not happy.",
        ],
        "it": [
            "Ho preso mezza giornata, l'app dice COMPLETATA alle 9:12 e non e venuto nessuno.",
            "Pulizia segnata come fatta ma nessuno si e visto. Vetri sporchi come prima.",
        ],
        "de": ["App sagt ERLEDIGT, aber niemand war da."],
        "es": ["La app dice COMPLETADA y aqui no vino nadie."],
        "fr": ["L'appli dit TERMINE, personne n'est venu."],
        "pt": ["A app diz CONCLUIDA e ninguem apareceu."],
    },
    "double_charge": {
        "en": [
            "You've charged my card TWICE for the same clean, 38 pounds each.",
            "Two payments for one clean, please refund one.",
        ],
        "it": [
            "Mi avete addebitato DUE volte la stessa pulizia, 42 euro ciascuna.",
            "Doppio addebito per una sola pulizia, rimborsatemene uno.",
        ],
        "de": ["Sie haben ZWEIMAL abgebucht fur eine Reinigung."],
        "es": ["Me habeis cobrado DOS veces la misma limpieza."],
        "fr": ["Debite DEUX fois pour un seul passage."],
        "pt": ["Cobraram DUAS vezes a mesma limpeza."],
    },
    "streaks": {
        "en": [
            "Windows left worse than before, streaks everywhere and dirty water down the new paintwork.",
            "Streaky glass and muddy sills, did they even rinse?",
        ],
        "it": [
            "Vetri lasciati peggio di prima, aloni ovunque e acqua sporca sul muro appena pitturato.",
            "Aloni dappertutto e davanzali pieni di fango.",
        ],
        "de": ["Streifen uberall und Schmutzwasser an der frisch gestrichenen Wand."],
        "es": ["Cristales llenos de marcas y agua sucia en la pared recien pintada."],
        "fr": ["Traces partout et eau sale sur le mur repeint."],
        "pt": ["Vidros cheios de marcas e agua suja na parede pintada."],
    },
    "refund": {
        "en": ["Three weeks waiting for the refund of the cancelled clean. Still nothing."],
        "it": [
            "Tre settimane che aspetto il rimborso della pulizia annullata. Niente.",
            "Il rimborso promesso non e mai arrivato.",
        ],
        "de": ["Seit drei Wochen warte ich auf die Erstattung."],
        "es": ["Tres semanas esperando el reembolso."],
        "fr": ["Trois semaines que j'attends le remboursement."],
        "pt": ["Tres semanas a espera do reembolso."],
    },
    "wrong_price": {
        "en": ["I'm a Glasio Club member and got charged the full non-member price again."],
        "it": [
            "Sono socia Glasio Club e mi avete fatto pagare il prezzo pieno.",
            "Abbonamento Club pagato ma prezzo da non iscritto, perche?",
        ],
        "de": ["Ich bin Club-Mitglied und zahle den vollen Preis."],
        "es": ["Soy socio del Club y me cobrais precio completo."],
        "fr": ["Membre du Club et facture au plein tarif."],
        "pt": ["Sou socio do Club e cobraram preco cheio."],
    },
    "cancel_fee": {
        "en": ["Charged a late cancellation fee when I cancelled five days ahead. Ridiculous."],
        "it": [
            "Penale per cancellazione tardiva quando ho annullato cinque giorni prima. Assurdo.",
            "Cinque giorni di anticipo e mi fate pagare la penale?",
        ],
        "de": ["Stornogebuhr obwohl ich funf Tage vorher abgesagt habe."],
        "es": ["Me cobrais penalizacion por cancelar con cinco dias."],
        "fr": ["Frais d'annulation alors que j'ai annule cinq jours avant."],
        "pt": ["Taxa de cancelamento com cinco dias de antecedencia?"],
    },
}

LETTER: dict[str, list[str]] = {
    "en": [
        "Dear Glasio team,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the rambling. We moved into the old house on Elm Road in spring and your Club plan was one of the first things I set up, because the windows are tall and I can't do ladders any more after my knee.\n\nUntil now it has been fine. But {problem} I had planned the whole day around it and it cost me a day's leave.\n\nI would like this put right this week, please, and someone to tell me what happened.\n\nKind regards"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con la piccola in braccio, quindi perdonate il disordine. Da quando abbiamo comprato la casa della nonna a Parma uso il vostro piano Club, perche le finestre sono alte e mio marito lavora sempre fuori.\n\nFin qui tutto bene. Pero {problem} Avevo organizzato tutta la mattina e ho perso un giorno di ferie.\n\nVorrei una soluzione entro la settimana e qualcuno che mi spieghi cosa e successo.\n\nCordiali saluti",
        "Gentile servizio clienti,\n\nscrivo dal bancone del bar tra un caffe e l'altro, perche di sera non ho tempo. Sono cliente da due anni e vi ho consigliato a mezzo condominio.\n\nQuesta volta pero {problem} Non e da voi.\n\nAspetto una risposta seria.\n\nSaluti",
    ],
    "de": [
        "Sehr geehrtes Glasio-Team,\n\nich schreibe aus dem Wartezimmer der Tierarztin. Seit dem Umzug nutze ich Ihren Club.\n\nDiesmal aber {problem} Ich hatte mir extra freigenommen.\n\nBitte klaren Sie das diese Woche.\n\nMit freundlichen Grussen"
    ],
    "es": [
        "Hola,\n\nos escribo desde el puesto del mercado entre cliente y cliente. Uso vuestro Club desde que heredamos el piso.\n\nPero esta vez {problem} Me pedi el dia libre para nada.\n\nEspero una solucion esta semana.\n\nUn saludo"
    ],
    "fr": [
        "Bonjour,\n\nje vous ecris depuis la voiture devant la piscine des enfants. Je suis au Club depuis le demenagement.\n\nMais cette fois {problem} J'avais pris ma matinee.\n\nMerci de regler cela cette semaine.\n\nCordialement"
    ],
    "pt": [
        "Ola,\n\nescrevo da sala de espera do dentista. Sou do Club desde que mudamos de casa.\n\nMas desta vez {problem} Tirei o dia para nada.\n\nEspero uma solucao esta semana.\n\nCumprimentos"
    ],
}

AGENT: dict[str, dict[str, list[str]]] = {
    "case": {
        "en": ["Sorry about this. I've opened case {ref} and we'll be back to you today."],
        "it": ["Ci scusiamo. Ho aperto la segnalazione {ref}, la ricontattiamo oggi."],
        "de": ["Entschuldigung, Vorgang {ref} ist eroffnet."],
        "es": ["Lo sentimos, hemos abierto la incidencia {ref}."],
        "fr": ["Desoles, demande {ref} ouverte."],
        "pt": ["Lamentamos, abrimos o pedido {ref}."],
    },
    "quality": {
        "en": [
            "Your case {ref} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "it": [
            "La segnalazione {ref} e passata alla responsabile qualita, la chiamera entro venerdi."
        ],
        "de": ["Vorgang {ref} liegt jetzt bei unserer Qualitatsleitung."],
        "es": ["La incidencia {ref} pasa a nuestra responsable de calidad."],
        "fr": ["La demande {ref} est transmise a notre responsable qualite."],
        "pt": ["O pedido {ref} passou para a responsavel de qualidade."],
    },
    "good_news": {
        "en": ["Good news on case {ref}: it's sorted on our side. Could you confirm all is well?"],
        "it": ["Buone notizie sulla segnalazione {ref}: risolto. Puo confermarci?"],
        "de": ["Gute Nachricht zu {ref}: erledigt. Konnen Sie das bestatigen?"],
        "es": ["Buenas noticias sobre {ref}: resuelto. Nos lo confirmas?"],
        "fr": ["Bonne nouvelle pour {ref} : regle. Vous confirmez ?"],
        "pt": ["Boas noticias sobre {ref}: resolvido. Pode confirmar?"],
    },
    "urgent": {
        "en": ["Added to your case {ref} and marked urgent."],
        "it": ["Aggiunto alla segnalazione {ref}, segnata come urgente."],
        "de": ["Zu {ref} hinzugefugt, dringend."],
        "es": ["Anadido a {ref}, marcado urgente."],
        "fr": ["Ajoute a {ref}, urgent."],
        "pt": ["Adicionado a {ref}, urgente."],
    },
    "goodbye": {
        "en": [
            "Sorry to see you go. You can cancel Glasio Club yourself in the app or on the website."
        ],
        "it": ["Ci dispiace vederla andare. Puo annullare il Glasio Club dall'app o dal sito."],
        "de": ["Schade. Sie konnen den Club in der App kundigen."],
        "es": ["Sentimos que te vayas. Puedes darte de baja en la app."],
        "fr": ["Dommage. Vous pouvez resilier dans l'appli."],
        "pt": ["Lamentamos. Pode cancelar na app."],
    },
}

FOLLOW: dict[str, dict[str, list[str]]] = {
    "confirm": {
        "en": ["Confirmed, case {ref} all fine now, thanks"],
        "it": ["Confermo, {ref} tutto a posto, grazie", "Si, {ref} risolto, grazie mille"],
        "de": ["Bestatigt, {ref} passt, danke"],
        "es": ["Confirmado, {ref} todo bien, gracias"],
        "fr": ["Confirme, {ref} c'est bon, merci"],
        "pt": ["Confirmado, {ref} tudo bem, obrigado"],
    },
    "apology": {
        "en": [
            "Sorry for snapping yesterday, it was a long day. Thanks for sorting it.",
            "Bit harsh yesterday, apologies, thanks for the quick fix",
        ],
        "it": [
            "Scusate per ieri, giornata pesante. Grazie per aver risolto.",
            "Ieri ero nervosa, scusate e grazie",
        ],
        "de": ["Sorry fur gestern, danke furs Klaren."],
        "es": ["Perdon por lo de ayer, gracias por arreglarlo."],
        "fr": ["Desole pour hier, merci d'avoir regle."],
        "pt": ["Desculpem ontem, obrigado por resolver."],
    },
    "still": {
        "en": [
            "Case {ref} STILL open. {problem}",
            "Writing again about {ref}, nothing has changed. {problem}",
        ],
        "it": [
            "La segnalazione {ref} e ANCORA aperta. {problem}",
            "Riscrivo per {ref}, non e cambiato niente. {problem}",
        ],
        "de": ["{ref} ist IMMER NOCH offen. {problem}"],
        "es": ["{ref} SIGUE abierta. {problem}"],
        "fr": ["{ref} TOUJOURS ouverte. {problem}"],
        "pt": ["{ref} AINDA aberto. {problem}"],
    },
    "third": {
        "en": ["My neighbour uses {comp} and they sort this the same day. {ref} still open."],
        "it": ["La mia vicina usa {comp} e li risolvono in giornata. {ref} ancora aperta."],
        "de": ["Meine Nachbarin nutzt {comp}, die losen das am selben Tag. {ref} offen."],
        "es": ["Mi vecina usa {comp} y lo arreglan el mismo dia. {ref} abierta."],
        "fr": ["Ma voisine passe par {comp}, reglé le jour meme. {ref} ouverte."],
        "pt": ["A vizinha usa a {comp} e resolvem no mesmo dia. {ref} aberto."],
    },
    "fourth": {
        "en": ["FOURTH time about {ref}. Still nothing."],
        "it": ["QUARTA volta per {ref}. Ancora niente."],
        "de": ["VIERTES Mal wegen {ref}."],
        "es": ["CUARTA vez por {ref}."],
        "fr": ["QUATRIEME fois pour {ref}."],
        "pt": ["QUARTA vez sobre {ref}."],
    },
    "cancel": {
        "en": [
            "We're moving to a flat on the 9th floor with sealed windows, please cancel my Glasio Club and close the account."
        ],
        "it": [
            "Ci trasferiamo in un appartamento senza finestre da pulire, vorrei disdire il Glasio Club e chiudere l'account.",
            "Mio figlio ora pulisce i vetri per la paghetta: disdico il Club e chiudete l'account per favore.",
        ],
        "de": ["Bitte Club kundigen und Konto schliessen, wir ziehen um."],
        "es": ["Nos mudamos, quiero darme de baja del Club y cerrar la cuenta."],
        "fr": ["Nous demenageons, merci de resilier le Club et fermer le compte."],
        "pt": ["Vamos mudar, quero cancelar o Club e fechar a conta."],
    },
}

SLIDE: dict[str, list[str]] = {
    "en": [
        "Cleaner two hours late, no call. Fine, it happens.",
        "Ladders scraped the new gutter this time.",
        "Now they want photos of every window before and after, from me?",
        "Charged for 14 windows, we have 9.",
        "A 25 pound 'access fee' because the gate was shut, when the code was in the app. Furious.",
        "My sister uses {comp}, booked them for Saturday. Done.",
    ],
    "it": [
        "Pulitore in ritardo di due ore senza avvisare. Capita.",
        "Stavolta la scala ha graffiato la grondaia nuova.",
        "Adesso vogliono che io fotografi ogni finestra prima e dopo?",
        "Fatturate 14 finestre, ne abbiamo 9.",
        "30 euro di 'supplemento accesso' perche il cancello era chiuso, col codice nell'app. Furiosa.",
        "Mia sorella usa {comp}, li ho prenotati per sabato. Basta.",
    ],
    "de": [
        "Zwei Stunden zu spat.",
        "Leiter hat die Regenrinne zerkratzt.",
        "Fotos von jedem Fenster, von mir?",
        "14 Fenster berechnet, wir haben 9.",
        "30 Euro Zugangsgebuhr, unverschamt.",
        "Meine Schwester nutzt {comp}, gebucht.",
    ],
    "es": [
        "Dos horas tarde sin avisar.",
        "La escalera rayo el canalon.",
        "Ahora fotos de cada ventana, yo?",
        "Cobradas 14 ventanas, tenemos 9.",
        "30 euros de 'acceso', indignante.",
        "Mi hermana usa {comp}, reservado el sabado.",
    ],
    "fr": [
        "Deux heures de retard.",
        "L'echelle a raye la gouttiere.",
        "Des photos de chaque fenetre, par moi ?",
        "14 fenetres facturees, on en a 9.",
        "30 euros de frais d'acces, scandaleux.",
        "Ma soeur passe par {comp}, reserve samedi.",
    ],
    "pt": [
        "Duas horas atrasado.",
        "A escada riscou a caleira.",
        "Fotos de cada janela, eu?",
        "Cobradas 14 janelas, temos 9.",
        "30 euros de taxa de acesso, inacreditavel.",
        "A minha irma usa a {comp}, marcado sabado.",
    ],
}

B2B: dict[str, dict[str, list[str]]] = {
    "invoice": {
        "en": [
            "Our invoices from Glasio Pro still carry our old company name and no PO number, accounts won't pay them."
        ],
        "it": [
            "Le fatture Glasio Pro riportano ancora la vecchia ragione sociale e nessun numero d'ordine.",
            "Fatture senza numero d'ordine e con il nome vecchio, l'amministrazione le blocca.",
        ],
        "de": ["Rechnungen mit altem Firmennamen und ohne Bestellnummer."],
        "es": ["Facturas con el nombre antiguo y sin numero de pedido."],
        "fr": ["Factures avec l'ancien nom et sans bon de commande."],
        "pt": ["Faturas com o nome antigo e sem numero de encomenda."],
    },
    "portal": {
        "en": [
            "The Pro portal shows none of our sites, we can't pause cleans and they keep billing."
        ],
        "it": [
            "Il portale Pro non mostra nessuna delle nostre sedi, non possiamo sospendere e continuate a fatturare."
        ],
        "de": ["Das Portal zeigt keine Standorte."],
        "es": ["El portal no muestra nuestros locales."],
        "fr": ["Le portail n'affiche aucun site."],
        "pt": ["O portal nao mostra as lojas."],
    },
    "overbilled": {
        "en": ["We're billed per visit instead of the agreed monthly contract rate."],
        "it": ["Ci fatturate a passaggio invece della tariffa mensile concordata."],
        "de": ["Abrechnung pro Besuch statt Monatspauschale."],
        "es": ["Nos cobrais por visita y no la tarifa mensual."],
        "fr": ["Facture a la visite au lieu du forfait mensuel."],
        "pt": ["Cobrado por visita e nao pelo contrato mensal."],
    },
    "mild": {
        "en": ["Suggestion: could the cleaning report list which floors were done?"],
        "it": ["Suggerimento: il rapporto potrebbe indicare i piani puliti?"],
        "de": ["Vorschlag: Stockwerke im Bericht angeben?"],
        "es": ["Sugerencia: indicar las plantas en el informe?"],
        "fr": ["Suggestion : indiquer les etages dans le rapport ?"],
        "pt": ["Sugestao: indicar os andares no relatorio?"],
    },
    "again": {
        "en": ["{name} wrote on Wednesday about {ref}, same problem here. {problem}"],
        "it": ["{name} vi ha scritto mercoledi per {ref}, stesso problema anche qui. {problem}"],
        "de": ["{name} schrieb schon wegen {ref}. {problem}"],
        "es": ["{name} ya escribio por {ref}. {problem}"],
        "fr": ["{name} a deja ecrit pour {ref}. {problem}"],
        "pt": ["{name} ja escreveu sobre {ref}. {problem}"],
    },
    "last": {
        "en": [
            "Still nothing on {ref} and several of us have written. Procurement has asked {comp} for rates."
        ],
        "it": [
            "Ancora niente su {ref}, vi abbiamo scritto in tanti. L'ufficio acquisti ha chiesto un preventivo a {comp}."
        ],
        "de": ["Nichts bei {ref}. Der Einkauf fragt {comp} an."],
        "es": ["Nada en {ref}. Compras ha pedido precio a {comp}."],
        "fr": ["Rien sur {ref}. Les achats consultent {comp}."],
        "pt": ["Nada em {ref}. Compras pediu preco a {comp}."],
    },
}

SPIKE: dict[str, list[str]] = {
    "en": [
        "App won't let me confirm the cleaner's access, just says error WX*88 and the clean gets cancelled",
        "Glasio app down? error WX*88 when I try to let the cleaner in",
    ],
    "it": [
        "L'app non conferma l'accesso del pulitore, errore WX*88 e la pulizia si annulla",
        "App Glasio bloccata? errore WX*88 quando confermo l'accesso",
    ],
    "de": ["App zeigt Fehler WX*88, Reinigung storniert"],
    "es": ["La app da error WX*88 y cancela la limpieza"],
    "fr": ["Erreur WX*88 dans l'appli, passage annule"],
    "pt": ["Erro WX*88 na app, limpeza cancelada"],
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "en": ["still WX*88, tried on my partner's phone too"],
    "it": ["ancora WX*88, provato anche col telefono di mio marito"],
    "de": ["immer noch WX*88"],
    "es": ["sigue WX*88"],
    "fr": ["toujours WX*88"],
    "pt": ["ainda WX*88"],
}
SPIKE_CHAT: dict[str, str] = {
    "en": "Yes, access confirmation is failing for everyone right now, our engineers are on it.",
    "it": "Si, la conferma d'accesso non funziona per nessuno al momento, ci stiamo lavorando.",
    "de": "Ja, Storung bei allen, wir arbeiten daran.",
    "es": "Si, falla para todos, estamos en ello.",
    "fr": "Oui, panne generale, on s'en occupe.",
    "pt": "Sim, falha geral, estamos a tratar.",
}
SPIKE_FIXED: dict[str, str] = {
    "en": "Access confirmation works again since 11:30. Today's clean is rebooked free and 5 credit added.",
    "it": "La conferma d'accesso funziona di nuovo dalle 11:30. Pulizia di oggi riprogrammata gratis.",
    "de": "Funktioniert wieder seit 11:30, kostenlos neu gebucht.",
    "es": "Funciona de nuevo desde las 11:30, reprogramada gratis.",
    "fr": "Ca remarche depuis 11:30, repassage offert.",
    "pt": "Funciona desde as 11:30, remarcado gratis.",
}

PHONE: dict[str, str] = {
    "en": "hi yeah calling about my window clean {text}",
    "it": "si buongiorno chiamo per la pulizia dei vetri {text}",
    "de": "ja hallo ich rufe wegen der Fensterreinigung an {text}",
    "es": "hola llamo por la limpieza de cristales {text}",
    "fr": "oui bonjour j'appelle pour le lavage des vitres {text}",
    "pt": "ola ligo por causa da limpeza das janelas {text}",
}
FIRST = {
    "en": ["Oliver", "Grace", "Liam", "Sophie", "Harry", "Aoife"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Federica", "Paolo"],
    "de": ["Jonas", "Lea", "Katrin", "Felix"],
    "es": ["Lucia", "Pablo", "Marta", "Diego"],
    "fr": ["Camille", "Hugo", "Claire", "Louis"],
    "pt": ["Ines", "Tiago", "Rita", "Joao"],
}
LAST = {
    "en": ["Hughes", "Walsh", "Patel", "Barker", "Kelly"],
    "it": ["Bianchi", "Esposito", "Ferri", "Galli", "Marino"],
    "de": ["Krause", "Vogel", "Lang"],
    "es": ["Navarro", "Romero", "Gil"],
    "fr": ["Lefevre", "Morel", "Faure"],
    "pt": ["Sousa", "Pires", "Lopes"],
}
