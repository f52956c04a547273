"""Wording of heldout214 (Museora: museum and exhibition passes), by language."""

# ruff: noqa: E501

T = dict[str, list[str]]

PRAISE: T = {
    "it": [
        "Visita stupenda ieri con Museora, biglietto sul telefono e zero coda",
        "grazie Museora, la mostra sui mosaici era da brividi e l'audioguida perfetta",
        "Ingresso in 2 minuti, bambini felici. Bravi!",
    ],
    "fr": [
        "Super visite hier avec Museora, billet sur le tel et pas de queue",
        "merci Museora, l'expo sur les estampes japonaises etait magnifique",
        "Entree en deux minutes, les enfants ont adore. Bravo",
    ],
    "en": ["Lovely morning at the sculpture hall, ticket on my phone, straight in. Cheers Museora"],
    "de": ["Toller Besuch gestern, Ticket im Handy, keine Schlange. Danke Museora"],
    "pt": ["Visita incrivel ontem, bilhete no telemovel e entrada logo. Obrigada Museora"],
    "es": ["Visita genial ayer, entrada en el movil y sin cola. Gracias Museora"],
}
AGAIN: T = {
    "it": [
        "Terza volta quest'anno con la tessera Amici e ancora tutto liscio",
        "di nuovo una guida bravissima, ormai non vado piu senza Museora",
    ],
    "fr": [
        "Troisieme fois ce mois-ci et toujours aussi simple, merci",
        "encore une fois l'audioguide etait top, je recommande",
    ],
    "en": ["Third visit this month and still the easiest entry in town"],
    "de": ["Schon wieder alles reibungslos, dritter Besuch diesen Monat"],
    "pt": ["Terceira vez este mes e continua tudo perfeito"],
    "es": ["Tercera vez este mes y otra vez todo perfecto"],
}
GRIPE: T = {
    "it": [
        "Mostra bellissima, solo l'app e un po lenta a caricare la mappa. Per il resto top",
        "Contentissima, peccato solo che il guardaroba chiuda alle 17",
    ],
    "fr": [
        "Tres contente de la visite, juste le plan dans l'appli qui rame un peu",
        "Expo geniale, seul bemol les casiers trop petits pour un sac a dos",
    ],
    "en": ["Great exhibition, only gripe is the app map takes ages to load"],
    "de": ["Sehr schoen, nur die Karte in der App laedt ewig. Sonst top"],
    "pt": ["Adorei, so o mapa da app demora a abrir"],
    "es": ["Muy bien todo, solo que el mapa de la app tarda en cargar"],
}
QUESTION: T = {
    "it": [
        "Ciao, con la tessera Amici posso portare un ospite gratis la domenica?",
        "buongiorno, l'audioguida e disponibile anche in inglese per mia suocera?",
    ],
    "fr": [
        "Bonjour, avec la carte Amis je peux venir avec un invite le dimanche ?",
        "bjr, l'audioguide existe aussi en allemand pour ma belle-mere ?",
    ],
    "en": ["Hi, can I bring a guest on my Friends card on Sundays?"],
    "de": ["Hallo, kann ich mit der Freunde-Karte sonntags einen Gast mitnehmen?"],
    "pt": ["Ola, com o cartao Amigos posso levar um convidado ao domingo?"],
    "es": ["Hola, con la tarjeta Amigos puedo llevar un invitado el domingo?"],
}
ANSWER: T = {
    "it": ["Ciao! Si, un ospite a visita e incluso: basta aggiungerlo nel biglietto dall'app."],
    "fr": ["Bonjour ! Oui, un invite par visite est inclus : ajoutez-le au billet dans l'appli."],
    "en": ["Hi! Yes, one guest per visit is included: add them to the ticket in the app."],
    "de": [
        "Hallo! Ja, ein Gast pro Besuch ist inklusive: einfach in der App zum Ticket hinzufuegen."
    ],
    "pt": ["Ola! Sim, um convidado por visita esta incluido: adicione-o ao bilhete na app."],
    "es": ["Hola! Si, un invitado por visita esta incluido: anadelo a la entrada en la app."],
}
THANKS: T = {
    "it": ["grz mille!", "Perfetto, grazie 🙏"],
    "fr": ["top merci !", "Parfait, merci bcp"],
    "en": ["cheers, legend"],
    "de": ["Danke, passt!"],
    "pt": ["obg!!"],
    "es": ["genial, mil gracias"],
}
CALL_Q: T = {
    "it": [
        "buongiorno volevo sapere se la mostra sugli etruschi e aperta anche lunedi prossimo grazie"
    ],
    "fr": [
        "oui bonjour je voulais savoir si l'expo sur les impressionnistes est ouverte le lundi merci"
    ],
    "en": ["hi yeah just checking if the sculpture hall is open on bank holiday monday thanks"],
    "de": ["ja hallo ich wollte fragen ob die Ausstellung am Montag offen hat danke"],
    "pt": ["bom dia queria saber se a exposicao abre na segunda feira obrigado"],
    "es": ["hola buenas queria saber si la exposicion abre el lunes gracias"],
}
REVIEW: T = {
    "it": ["5 stelle: biglietti facili, personale gentile, torneremo"],
    "fr": ["5 etoiles : billets faciles, personnel adorable"],
    "en": ["Five stars, easy tickets and friendly staff"],
    "de": ["Fuenf Sterne, einfache Tickets, nettes Personal"],
    "pt": ["Cinco estrelas, bilhetes faceis e staff simpatico"],
    "es": ["Cinco estrellas, entradas faciles y personal majo"],
}
SURVEY_WORD: T = {
    "it": ["ottimo", "", "👍"],
    "fr": ["parfait", "", "👌"],
    "en": ["spot on"],
    "de": ["super"],
    "pt": ["otimo"],
    "es": ["genial"],
}
NIGHT_POST: T = {
    "it": [
        "le 2 di notte e sto gia prenotando la mostra di sabato, insonnia da museo 😅",
        "turno di notte finito, domani mi regalo gli Uffizi con Museora",
    ],
    "fr": [
        "2h du mat et je reserve l'expo de samedi, insomnie culturelle 😅",
        "fin de garde de nuit, demain je m'offre le musee",
    ],
    "en": ["2am and I'm booking Saturday's exhibition, this is my life now"],
    "de": ["2 Uhr nachts und ich buche die Ausstellung fuer Samstag 😅"],
    "pt": ["2 da manha e a marcar a exposicao de sabado, insonias 😅"],
    "es": ["las 2 de la manana y reservando la expo del sabado, insomnio cultural 😅"],
}
NIGHT_Q: T = {
    "it": ["scusate l'ora, il biglietto di domani vale anche se arrivo alle 9 invece che alle 10?"],
    "fr": ["desole pour l'heure, mon billet de demain marche si j'arrive a 9h au lieu de 10h ?"],
    "en": ["sorry it's late, does tomorrow's ticket work if I turn up at 9 instead of 10?"],
    "de": ["sorry fuer die Uhrzeit, gilt das Ticket morgen auch wenn ich um 9 statt 10 komme?"],
    "pt": ["desculpem a hora, o bilhete de amanha vale se chegar as 9 em vez das 10?"],
    "es": ["perdon por la hora, la entrada de manana vale si llego a las 9 y no a las 10?"],
}
NIGHT_A: T = {
    "it": ["Buonasera! Si, il biglietto vale per tutta la mattina."],
    "fr": ["Bonsoir ! Oui, le billet est valable toute la matinee."],
    "en": ["Evening! Yes, the ticket is valid all morning."],
    "de": ["Guten Abend! Ja, das Ticket gilt den ganzen Vormittag."],
    "pt": ["Boa noite! Sim, o bilhete vale toda a manha."],
    "es": ["Buenas noches! Si, la entrada vale toda la manana."],
}
PROBLEMS = ("no_ticket", "refund", "wrong_price")
COMPLAINT: dict[str, T] = {
    "no_ticket": {
        "it": [
            "Ho pagato 38 euro per due biglietti e il biglietto NON e mai arrivato, ci hanno lasciati fuori",
            "pagato ieri, nessun biglietto ne in app ne in mail. Siamo alla cassa e ci dicono che non risulta",
        ],
        "fr": [
            "J'ai paye 38 euros pour deux billets et RIEN recu, on nous a refuse l'entree",
            "paye hier, aucun billet ni dans l'appli ni par mail, a la caisse ils ne trouvent rien",
        ],
        "en": ["Paid 34 pounds for two tickets and NOTHING arrived, turned away at the door"],
        "de": ["38 Euro fuer zwei Tickets bezahlt und NICHTS bekommen, am Eingang abgewiesen"],
        "pt": ["Paguei 38 euros por dois bilhetes e NAO recebi nada, ficamos a porta"],
        "es": ["Pague 38 euros por dos entradas y NO me llego nada, nos dejaron fuera"],
    },
    "refund": {
        "it": [
            "La mostra e stata annullata tre settimane fa e il rimborso di 52 euro ancora non si vede",
            "tre settimane che aspetto il rimborso della mostra annullata. BASTA",
        ],
        "fr": [
            "L'expo a ete annulee il y a trois semaines et toujours pas de remboursement de 52 euros",
            "trois semaines que j'attends mon remboursement, CA SUFFIT",
        ],
        "en": ["Exhibition cancelled three weeks ago and still no refund of my 45 pounds"],
        "de": ["Ausstellung vor drei Wochen abgesagt und die 52 Euro immer noch nicht erstattet"],
        "pt": ["A exposicao foi cancelada ha tres semanas e o reembolso de 52 euros nada"],
        "es": ["Cancelaron la expo hace tres semanas y el reembolso de 52 euros sin llegar"],
    },
    "wrong_price": {
        "it": ["Sono socia Amici e mi avete fatto pagare il prezzo PIENO, 19 euro invece di 12"],
        "fr": [
            "Je suis membre Amis et vous m'avez facture le plein tarif, 19 euros au lieu de 12",
            "carte Amis active et PLEIN TARIF facture, c'est une blague ?",
        ],
        "en": ["I'm a Friends member and got charged the FULL price, 17 pounds not 11"],
        "de": ["Ich bin Freunde-Mitglied und zahle den VOLLEN Preis, 19 statt 12 Euro"],
        "pt": ["Sou socia Amigos e cobraram-me o preco TOTAL, 19 euros em vez de 12"],
        "es": ["Soy socia Amigos y me cobrasteis el precio COMPLETO, 19 euros en vez de 12"],
    },
}
CALL_COMPLAINT: T = {
    "it": [
        "si buongiorno chiamo perche ho un problema con il biglietto {ref} e nessuno mi risponde via mail non e possibile"
    ],
    "fr": [
        "oui bonjour j'appelle pour le dossier {ref} ca ne va pas du tout personne ne me repond"
    ],
    "en": ["yeah hi calling about case {ref} it's still not sorted and nobody gets back to me"],
    "de": ["ja hallo ich rufe wegen Vorgang {ref} an das ist immer noch nicht geloest"],
    "pt": ["sim bom dia ligo por causa do processo {ref} continua sem solucao"],
    "es": ["si hola llamo por la incidencia {ref} sigue sin resolverse y nadie contesta"],
}
LONG_EMAIL: T = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, tra una febbre e l'altra. Sono cliente da anni e di solito tutto fila liscio. Domenica avevo organizzato la visita per il compleanno di mia madre, ottant'anni. {complaint}. Mia madre era in piedi al freddo, io non sapevo che dire.\n\nVi chiedo di sistemare entro la settimana.\n\nCordiali saluti"
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous ecris depuis le quai du RER, en retard comme d'habitude. Je suis cliente fidele depuis longtemps. Samedi, pour les dix ans de mon fils, j'avais tout prevu. {complaint}. Mon fils a pleure devant l'entree.\n\nMerci de regler cela rapidement.\n\nCordialement"
    ],
}
SARCASM: T = {
    "it": ["Che bello aspettare 40 minuti per un biglietto 'salta coda' 👏"],
    "fr": ["Genial le billet coupe-file, 40 minutes de queue 👏"],
    "en": ["Love a skip-the-line ticket with a 40 minute line 👏"],
    "de": ["Super, Ticket ohne Anstehen und 40 Minuten Schlange 👏"],
    "pt": ["Adoro o bilhete sem fila com 40 minutos de fila 👏"],
    "es": ["Que maravilla la entrada sin colas con 40 minutos de cola 👏"],
}
APOLOGY: T = {
    "it": ["scusate per ieri, ero nervosa, non ce l'avevo con chi risponde"],
    "fr": ["desolee pour hier, j'etais a cran, rien contre vous"],
    "en": ["sorry about yesterday, I was wound up, not your fault"],
    "de": ["sorry wegen gestern, war genervt, nicht gegen Sie"],
    "pt": ["desculpem ontem, estava nervosa"],
    "es": ["perdon por lo de ayer, estaba de los nervios"],
}
CONFIRM: T = {
    "it": ["Confermo, caso {ref} risolto, grazie"],
    "fr": ["Je confirme, dossier {ref} regle, merci"],
    "en": ["Confirmed, case {ref} is sorted, thanks"],
    "de": ["Bestaetigt, Vorgang {ref} ist erledigt, danke"],
    "pt": ["Confirmo, processo {ref} resolvido, obrigada"],
    "es": ["Confirmo, incidencia {ref} resuelta, gracias"],
}
STILL: T = {
    "it": [
        "Caso {ref}: ancora niente, sempre lo stesso problema",
        "Di nuovo per il caso {ref}, ancora aperto. Un'amica va da {comp} e lo risolvono in giornata",
        "QUARTA volta per il caso {ref}. Ancora aperto",
    ],
    "fr": [
        "Dossier {ref} : toujours rien, meme probleme",
        "Encore le dossier {ref}, toujours ouvert. Une amie passe par {comp} et c'est regle le jour meme",
        "QUATRIEME fois pour le dossier {ref}. Toujours ouvert",
    ],
    "en": [
        "Case {ref}: still nothing, same problem",
        "Case {ref} again, still open. A friend uses {comp} and they fix it same day",
        "FOURTH time about case {ref}. Still open",
    ],
    "de": [
        "Vorgang {ref}: immer noch nichts",
        "Wieder Vorgang {ref}, immer noch offen. Eine Freundin nutzt {comp}, da geht das am selben Tag",
        "VIERTES Mal wegen {ref}. Immer noch offen",
    ],
    "pt": [
        "Processo {ref}: ainda nada",
        "Outra vez o processo {ref}, continua aberto. Uma amiga usa a {comp} e resolvem no mesmo dia",
        "QUARTA vez pelo processo {ref}. Continua aberto",
    ],
    "es": [
        "Incidencia {ref}: sigue igual",
        "Otra vez la incidencia {ref}, sigue abierta. Una amiga usa {comp} y se lo arreglan en el dia",
        "CUARTA vez por la incidencia {ref}. Sigue abierta",
    ],
}
AG_CASE: T = {
    "it": ["Ci dispiace molto. Abbiamo aperto la segnalazione {ref} e la seguiamo noi."],
    "fr": ["Nous sommes desoles. La demande {ref} est ouverte, nous la suivons."],
    "en": ["We're sorry. Case {ref} is open and we're on it."],
    "de": ["Das tut uns leid. Vorgang {ref} ist eroeffnet, wir kuemmern uns."],
    "pt": ["Lamentamos. O processo {ref} esta aberto e estamos a tratar."],
    "es": ["Lo sentimos. Abrimos la incidencia {ref} y la seguimos."],
}
AG_LEAD: T = {
    "it": [
        "La segnalazione {ref} e ora con la nostra responsabile qualita, che la chiamera entro venerdi."
    ],
    "fr": ["La demande {ref} est chez notre responsable qualite, qui vous appelle avant vendredi."],
    "en": ["Case {ref} is now with our quality lead, who will call you before Friday."],
    "de": ["Vorgang {ref} liegt jetzt bei unserer Qualitaetsleitung, die Sie bis Freitag anruft."],
    "pt": ["O processo {ref} esta com a nossa responsavel de qualidade, que liga ate sexta."],
    "es": [
        "La incidencia {ref} esta con nuestra responsable de calidad, que le llamara antes del viernes."
    ],
}
AG_FIXED: T = {
    "it": ["Buone notizie sulla segnalazione {ref}: e sistemato. Ci conferma?"],
    "fr": ["Bonne nouvelle pour la demande {ref} : c'est regle. Pouvez-vous confirmer ?"],
    "en": ["Good news on case {ref}: it's fixed. Could you confirm?"],
    "de": ["Gute Nachricht zu Vorgang {ref}: erledigt. Koennen Sie bestaetigen?"],
    "pt": ["Boas noticias sobre o processo {ref}: resolvido. Pode confirmar?"],
    "es": ["Buenas noticias sobre la incidencia {ref}: resuelto. Nos lo confirma?"],
}
AG_URGENT: T = {
    "it": ["Aggiunto alla segnalazione {ref}, segnata come urgente."],
    "fr": ["Ajoute a la demande {ref}, marquee urgente."],
    "en": ["Added to case {ref}, marked urgent."],
    "de": ["Zu Vorgang {ref} hinzugefuegt, als dringend markiert."],
    "pt": ["Adicionado ao processo {ref}, marcado urgente."],
    "es": ["Anadido a la incidencia {ref}, marcada urgente."],
}
SLIDE: T = {
    "it": [
        "biglietto arrivato solo dopo mezz'ora di attesa, mah",
        "audioguida scarica a meta visita, seconda volta",
        "guardaroba chiuso e zaino in mano per due ore",
        "posti riservati soci spariti, tutto esaurito per noi",
        "FURIOSA: 8 euro di 'commissione servizio' mai vista prima",
        "mia sorella usa {comp}, ho gia preso li i biglietti di sabato",
    ],
    "fr": [
        "billet arrive apres une demi-heure d'attente, bof",
        "audioguide a plat a mi-visite, deuxieme fois",
        "vestiaire ferme, sac sur le dos deux heures",
        "places membres disparues, complet pour nous",
        "FURIEUSE : 8 euros de 'frais de service' jamais vus",
        "ma soeur passe par {comp}, j'ai deja pris les billets de samedi la-bas",
    ],
    "en": [
        "ticket only came through after half an hour, meh",
        "audio guide died halfway, second time",
        "cloakroom shut, carried my bag for two hours",
        "member slots gone, sold out for us",
        "FURIOUS: a 7 pound 'service fee' out of nowhere",
        "my sister uses {comp}, already got Saturday's tickets there",
    ],
    "de": [
        "Ticket kam erst nach einer halben Stunde, naja",
        "Audioguide mitten im Rundgang leer, zum zweiten Mal",
        "Garderobe zu, Rucksack zwei Stunden getragen",
        "Mitgliederplaetze weg, fuer uns ausverkauft",
        "WUETEND: 8 Euro 'Servicegebuehr' aus dem Nichts",
        "meine Schwester nutzt {comp}, Samstag schon dort gebucht",
    ],
    "pt": [
        "bilhete so chegou meia hora depois, enfim",
        "audioguia sem bateria a meio, segunda vez",
        "bengaleiro fechado, mochila as costas duas horas",
        "lugares de socios desapareceram, esgotado",
        "FURIOSA: 8 euros de 'taxa de servico' do nada",
        "a minha irma usa a {comp}, ja comprei la os bilhetes de sabado",
    ],
    "es": [
        "la entrada llego media hora tarde, bueno",
        "audioguia sin bateria a mitad, segunda vez",
        "guardarropa cerrado, mochila a cuestas dos horas",
        "plazas de socios desaparecidas, agotado",
        "FURIOSA: 8 euros de 'gastos de gestion' de la nada",
        "mi hermana usa {comp}, ya compre alli las del sabado",
    ],
}
LEAVE: T = {
    "it": [
        "Ci trasferiamo all'estero per lavoro: vorrei disdire la tessera Amici e chiudere l'account, grazie"
    ],
    "fr": ["On demenage a l'etranger : je veux resilier la carte Amis et fermer mon compte, merci"],
    "en": ["We're moving abroad, please cancel my Friends membership and close the account"],
    "de": ["Wir ziehen ins Ausland, bitte Freunde-Mitgliedschaft kuendigen und Konto schliessen"],
    "pt": ["Vamos emigrar, quero cancelar o cartao Amigos e fechar a conta"],
    "es": ["Nos mudamos fuera, quiero cancelar la tarjeta Amigos y cerrar la cuenta"],
}
AG_BYE: T = {
    "it": ["Ci dispiace vederla andare: puo disdire da sola nell'app o sul sito."],
    "fr": ["Desoles de vous voir partir : vous pouvez resilier dans l'appli ou sur le site."],
    "en": ["Sorry to see you go: you can cancel yourself in the app or on the website."],
    "de": ["Schade, dass Sie gehen: Sie koennen selbst in der App oder online kuendigen."],
    "pt": ["Lamentamos a sua saida: pode cancelar na app ou no site."],
    "es": ["Sentimos que se vaya: puede cancelar en la app o en la web."],
}
GRUMBLE: T = {
    "it": [
        "l'app mi slogga ogni volta, che noia",
        "coda alla cassa anche col biglietto, come sempre",
    ],
    "fr": [
        "l'appli me deconnecte a chaque fois, penible",
        "la queue meme avec billet, comme d'hab",
    ],
    "en": ["app logs me out every single time"],
    "de": ["App meldet mich jedes Mal ab, nervig"],
    "pt": ["a app faz logout sempre, que seca"],
    "es": ["la app me cierra sesion cada vez, que pesadez"],
}
AG_FORM: T = {
    "it": ["Grazie della segnalazione, la passiamo al team."],
    "fr": ["Merci du signalement, nous le transmettons a l'equipe."],
    "en": ["Thanks for letting us know, passed to the team."],
    "de": ["Danke fuer den Hinweis, ist ans Team weitergeleitet."],
    "pt": ["Obrigado pelo aviso, passamos a equipa."],
    "es": ["Gracias por avisar, lo pasamos al equipo."],
}
SPIKE: T = {
    "it": [
        "Biglietti di oggi SPARITI dall'app, dice 'nessuna prenotazione' errore {code}, siamo all'ingresso!",
        "ma che succede? il wallet e vuoto, i biglietti di stamattina non ci sono piu",
        "app dice nessuna prenotazione e la cassa non ci fa entrare, codice {code}",
    ],
    "fr": [
        "Mes billets d'aujourd'hui ont DISPARU de l'appli, 'aucune reservation' erreur {code}, on est devant l'entree",
        "il se passe quoi ? portefeuille vide, plus de billets pour ce matin",
        "l'appli dit aucune reservation et on ne peut pas entrer, code {code}",
    ],
    "en": [
        "Today's tickets have VANISHED from the app, says no bookings, error {code}, we're at the door",
        "wallet's empty, this morning's tickets are just gone?",
    ],
    "de": [
        "Tickets fuer heute aus der App VERSCHWUNDEN, 'keine Buchungen', Fehler {code}",
        "Wallet leer, die Tickets von heute frueh sind weg?",
    ],
    "pt": ["Os bilhetes de hoje DESAPARECERAM da app, diz sem reservas, erro {code}"],
    "es": ["Las entradas de hoy han DESAPARECIDO de la app, pone sin reservas, error {code}"],
}
SPIKE_AGAIN: T = {
    "it": ["ancora {code}, anche dal telefono di mio marito, niente biglietti"],
    "fr": ["toujours {code}, meme sur le tel de mon mari, rien"],
    "en": ["still {code}, tried my partner's phone too, nothing"],
    "de": ["immer noch {code}, auch auf dem Handy meines Mannes"],
    "pt": ["continua {code}, no telemovel do meu marido tambem"],
    "es": ["sigue {code}, tambien en el movil de mi marido"],
}
AG_SPIKE: T = {
    "it": ["Si, i biglietti non compaiono nell'app in questo momento, ci stiamo lavorando."],
    "fr": ["Oui, les billets n'apparaissent pas dans l'appli en ce moment, on y travaille."],
    "en": ["Yes, tickets aren't showing in the app right now, our engineers are on it."],
    "de": ["Ja, Tickets werden gerade nicht angezeigt, wir arbeiten daran."],
    "pt": ["Sim, os bilhetes nao aparecem na app agora, estamos a tratar."],
    "es": ["Si, las entradas no aparecen en la app ahora mismo, estamos en ello."],
}
AG_SPIKE_OK: T = {
    "it": [
        "I biglietti sono di nuovo nell'app dalle 11:40; l'ingresso di oggi e offerto, 10 euro di credito aggiunti."
    ],
    "fr": [
        "Les billets sont de retour dans l'appli depuis 11h40 ; l'entree du jour est offerte, 10 euros credites."
    ],
    "en": [
        "Tickets are back in the app since 10:40; today's entry is on us, 9 pounds credit added."
    ],
    "de": [
        "Die Tickets sind seit 11:40 wieder in der App; der Eintritt heute geht auf uns, 10 Euro gutgeschrieben."
    ],
    "pt": [
        "Os bilhetes voltaram a app desde as 10:40; a entrada de hoje e oferta, 10 euros de credito."
    ],
    "es": [
        "Las entradas vuelven a estar en la app desde las 11:40; la de hoy corre de nuestra cuenta, 10 euros de credito."
    ],
}
LONE_Q: T = {
    "it": [
        "ieri sera il biglietto nell'app sembrava grigio, domani all'ingresso funziona lo stesso?"
    ],
    "fr": ["hier soir le billet dans l'appli etait grise, il marchera demain a l'entree ?"],
    "en": ["the ticket looked greyed out last night, will it still scan tomorrow?"],
    "de": ["gestern Abend war das Ticket in der App grau, geht es morgen trotzdem?"],
    "pt": ["ontem a noite o bilhete estava cinzento, amanha funciona?"],
    "es": ["anoche la entrada en la app se veia gris, manana funcionara?"],
}
AG_LONE: T = {
    "it": ["Si, il grigio e solo la modalita risparmio: all'ingresso si legge."],
    "fr": ["Oui, le gris vient du mode economie, il sera lu a l'entree."],
    "en": ["Yes, grey is just battery-saver mode, it'll scan fine."],
    "de": ["Ja, grau ist nur der Energiesparmodus, es wird gelesen."],
    "pt": ["Sim, o cinzento e so o modo poupanca, le-se a entrada."],
    "es": ["Si, el gris es solo el modo ahorro, se lee en la entrada."],
}
B2B_COMPLAINT: dict[str, T] = {
    "invoice": {
        "it": [
            "Le fatture delle visite di gruppo arrivano senza numero d'ordine, la contabilita le respinge. {prev}"
        ],
        "fr": [
            "Les factures des visites de groupe arrivent sans numero de commande, la compta les rejette. {prev}"
        ],
        "en": ["Group visit invoices come without our PO number and accounts reject them. {prev}"],
        "de": [
            "Die Rechnungen fuer Gruppenbesuche kommen ohne Bestellnummer, die Buchhaltung lehnt ab. {prev}"
        ],
        "pt": ["As faturas das visitas de grupo vem sem numero de encomenda. {prev}"],
        "es": ["Las facturas de las visitas de grupo llegan sin numero de pedido. {prev}"],
    },
    "refused": {
        "it": [
            "Il nostro gruppo e stato respinto all'ingresso, 'conto bloccato', ma abbiamo pagato tutto. {prev}"
        ],
        "fr": [
            "Notre groupe a ete refuse a l'entree, 'compte bloque', alors que tout est paye. {prev}"
        ],
        "en": [
            "Our group was turned away at the door, 'account on stop', though everything is paid. {prev}"
        ],
        "de": [
            "Unsere Gruppe wurde am Eingang abgewiesen, 'Konto gesperrt', obwohl alles bezahlt ist. {prev}"
        ],
        "pt": [
            "O nosso grupo foi recusado a entrada, 'conta bloqueada', mas esta tudo pago. {prev}"
        ],
        "es": [
            "Rechazaron a nuestro grupo en la entrada, 'cuenta bloqueada', y esta todo pagado. {prev}"
        ],
    },
}
B2B_PREV: T = {
    "it": ["Come gia scritto da {first} per la segnalazione {ref}."],
    "fr": ["Comme {first} l'a deja ecrit, demande {ref}."],
    "en": ["As {first} already wrote, case {ref}."],
    "de": ["Wie {first} schon geschrieben hat, Vorgang {ref}."],
    "pt": ["Como {first} ja escreveu, processo {ref}."],
    "es": ["Como ya escribio {first}, incidencia {ref}."],
}
B2B_LAST: T = {
    "it": [
        "segnalazione {ref} ancora niente, diversi colleghi vi hanno scritto, il mio capo dice che passiamo a {comp}"
    ],
    "fr": [
        "demande {ref} toujours rien, plusieurs collegues vous ont ecrit, mon chef parle de passer chez {comp}"
    ],
    "en": ["case {ref} still nothing, several colleagues wrote, my boss says we move to {comp}"],
    "de": [
        "Vorgang {ref} immer noch nichts, mehrere Kollegen haben geschrieben, mein Chef spricht von {comp}"
    ],
    "pt": [
        "processo {ref} nada ainda, varios colegas escreveram, o chefe fala em mudar para a {comp}"
    ],
    "es": [
        "incidencia {ref} sigue igual, varios companeros han escrito, mi jefe habla de irnos a {comp}"
    ],
}
B2B_MILD: T = {
    "it": ["Sarebbe utile esportare i costi per centro di costo dal portale"],
    "fr": ["Ce serait utile d'exporter les couts par centre de cout depuis le portail"],
    "en": ["Would be handy to export costs by cost centre from the portal"],
    "de": ["Praktisch waere ein Export der Kosten nach Kostenstelle im Portal"],
    "pt": ["Seria util exportar custos por centro de custo no portal"],
    "es": ["Seria util exportar costes por centro de coste en el portal"],
}
B2B_ROUTINE: T = {
    "it": ["Possiamo aggiungere 3 persone alla visita di giovedi?"],
    "fr": ["Peut-on ajouter 3 personnes a la visite de jeudi ?"],
    "en": ["Can we add 3 people to Thursday's visit?"],
    "de": ["Koennen wir 3 Personen zum Besuch am Donnerstag hinzufuegen?"],
    "pt": ["Podemos juntar 3 pessoas a visita de quinta?"],
    "es": ["Podemos anadir 3 personas a la visita del jueves?"],
}
