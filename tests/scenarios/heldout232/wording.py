# ruff: noqa: E501
"""Wording of heldout232 (Velostalla: secure bike hangars and lockers by app and web).

Placeholders: {case} (case reference), {comp} (a competitor), {code} (the spike's code),
{space} (a hangar space number). Every table has every language.
"""

from __future__ import annotations

BRAND = "Velostalla"
COMPETITORS = ("Ciclobox", "Radhafen")
LANGS = ("en", "it", "fr", "de", "pt", "es")

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "en": [
            "Velostalla hangar on our street is a game changer, bike dry and safe every night",
            "honestly the best 7 quid a month I spend, the hangar app opens first time",
            "Love my Velostalla space, neighbours keep asking how to get one",
        ],
        "it": [
            "Il box bici Velostalla sotto casa è una svolta, la bici sempre asciutta",
            "finalmente non mi rubano più la sella, grazie Velostalla!!",
            "App comodissima, apro l'hangar col telefono in due secondi",
        ],
        "fr": ["Super le box vélo Velostalla, mon vélo est enfin à l'abri"],
        "de": ["Der Velostalla Fahrradbügel im Hangar ist top, Rad immer trocken"],
        "pt": ["Adoro o abrigo Velostalla, a bicicleta fica seca e segura"],
        "es": ["El hangar de Velostalla en mi calle es lo mejor, bici seca y segura"],
    },
    "again": {
        "en": ["Third winter with Velostalla and still not one problem, cheers"],
        "it": [
            "Terzo anno con Velostalla e ancora tutto perfetto",
            "di nuovo il tecnico gentilissimo, ha oliato pure la serratura",
        ],
        "fr": ["Encore une fois rien à redire, troisième année chez Velostalla"],
        "de": ["Schon wieder ein Jahr ohne Ärger, danke Velostalla"],
        "pt": ["Terceiro ano com a Velostalla e continua impecável"],
        "es": ["Otra vez el técnico majísimo, tercer año y todo bien"],
    },
    "gripe_praise": {
        "en": [
            "Really happy with the hangar, only the lid is a bit stiff in the cold. Otherwise spot on"
        ],
        "it": [
            "Contenta del box, solo la luce interna si spegne troppo presto. Per il resto ottimo"
        ],
        "fr": ["Très bien, juste le couvercle un peu dur quand il gèle"],
        "de": ["Sehr gut, nur die Beleuchtung im Hangar geht zu schnell aus"],
        "pt": ["Muito bom, só a tampa custa a abrir quando está frio"],
        "es": ["Muy contento, solo que la tapa cuesta un poco con el frío"],
    },
    "question": {
        "en": [
            "Can I keep a cargo bike in the large hangar or only normal bikes?",
            "hi is there a waiting list for the hangar on Mill Road",
        ],
        "it": [
            "Posso mettere una bici elettrica nel box piccolo?",
            "ciao, come cambio la carta per il rinnovo mensile?",
        ],
        "fr": ["Est-ce que je peux mettre un vélo cargo dans le grand box ?"],
        "de": ["Kann ich ein Lastenrad im großen Hangar abstellen?"],
        "pt": ["Posso guardar uma bicicleta de carga no abrigo grande?"],
        "es": ["¿Puedo guardar una bici de carga en el hangar grande?"],
    },
    "answer": {
        "en": [
            "Hi! Yes, the large hangars take cargo bikes up to 2.4 m. Anything else just ask. Sam, Velostalla"
        ],
        "it": ["Ciao! Sì, si può fare dall'app in Profilo > Pagamenti. Giulia, Velostalla"],
        "fr": ["Bonjour ! Oui, les grands box acceptent les vélos cargo. Léa, Velostalla"],
        "de": ["Hallo! Ja, die großen Hangars nehmen Lastenräder bis 2,4 m. Jonas, Velostalla"],
        "pt": ["Olá! Sim, os abrigos grandes aceitam bicicletas de carga. Rita, Velostalla"],
        "es": ["¡Hola! Sí, los hangares grandes admiten bicis de carga. Lucía, Velostalla"],
    },
    "thanks": {
        "en": ["cheers mate", "ta, sorted"],
        "it": ["grazie mille!", "perfetto grz"],
        "fr": ["merci beaucoup"],
        "de": ["danke dir!"],
        "pt": ["obg!"],
        "es": ["gracias, genial"],
    },
    "call_q": {
        "en": [
            "hi yeah i just wanted to ask if my partner can use my hangar space with her own phone"
        ],
        "it": ["salve volevo sapere se mia moglie può aprire il box con il suo telefono"],
        "fr": ["bonjour je voulais savoir si ma femme peut ouvrir le box avec son téléphone"],
        "de": ["hallo ich wollte fragen ob meine Frau den Hangar mit ihrem Handy öffnen kann"],
        "pt": ["olá queria saber se a minha mulher pode abrir o abrigo com o telemóvel dela"],
        "es": ["hola quería saber si mi mujer puede abrir el hangar con su móvil"],
    },
    "night_post": {
        "en": ["3am after a night shift and the hangar light still comes on, small joys"],
        "it": ["turno di notte finito, bici al sicuro nel box, buonanotte a tutti"],
        "fr": ["minuit passé, vélo rangé dans le box, dodo"],
        "de": ["Nachtschicht vorbei, Rad im Hangar, gute Nacht"],
        "pt": ["saída do turno às 2h e a bicicleta lá quentinha no abrigo"],
        "es": ["salgo de currar a las 2 y la bici ahí tan tranquila en el hangar"],
    },
    "night_q": {
        "en": ["can I open the hangar at night without waking the whole street? the lid bangs"],
        "it": ["posso aprire il box di notte senza svegliare tutti? il coperchio sbatte"],
        "fr": ["je peux ouvrir le box la nuit sans réveiller la rue ?"],
        "de": ["kann ich nachts den Hangar leise öffnen? der Deckel knallt"],
        "pt": ["posso abrir o abrigo à noite sem acordar a rua toda?"],
        "es": ["¿puedo abrir el hangar de noche sin despertar a toda la calle?"],
    },
    "night_answer": {
        "en": [
            "Hi, hold the lid as it rises, the gas strut does the rest quietly. Night team, Velostalla"
        ],
        "it": [
            "Ciao, accompagna il coperchio con la mano, il pistone fa il resto. Team notte, Velostalla"
        ],
        "fr": ["Bonsoir, accompagnez le couvercle avec la main. Équipe de nuit, Velostalla"],
        "de": ["Hallo, den Deckel mit der Hand führen, dann ist er leise. Nachtteam, Velostalla"],
        "pt": ["Olá, acompanhe a tampa com a mão e fica silenciosa. Equipa da noite, Velostalla"],
        "es": ["Hola, acompaña la tapa con la mano y no hace ruido. Equipo de noche, Velostalla"],
    },
    "joke": {
        "en": ["my bike now has a nicer home than I do lol"],
        "it": ["la mia bici ora ha una casa più bella della mia ahah"],
        "fr": ["mon vélo est mieux logé que moi mdr"],
        "de": ["mein Rad wohnt jetzt schöner als ich haha"],
        "pt": ["a minha bicicleta tem melhor casa do que eu kkk"],
        "es": ["mi bici vive mejor que yo jajaja"],
    },
    "survey_word": {
        "en": ["great", ""],
        "it": ["ottimo", ""],
        "fr": ["parfait"],
        "de": ["super"],
        "pt": ["ótimo"],
        "es": ["genial"],
    },
    # problems: no_key (space code never sent), charged_after_cancel, wrong_space, lock_broken, deposit, plus_rate
    "problem": {
        "en": [
            "I paid for a hangar space 9 days ago and I STILL have no access code in the app",
            "You charged my card again after I cancelled last month. Refund it please",
            "the lock on my hangar is broken, the lid won't shut and my bike is out in the rain",
        ],
        "it": [
            "Ho pagato il posto nel box 9 giorni fa e ANCORA nessun codice nell'app",
            "Mi avete addebitato di nuovo il mese dopo la disdetta. Rimborsate per favore",
            "la serratura del box è rotta, il coperchio non si chiude e la bici è sotto la pioggia",
        ],
        "fr": ["J'ai payé ma place il y a 9 jours et TOUJOURS pas de code d'accès dans l'appli"],
        "de": ["Ich habe vor 9 Tagen bezahlt und habe IMMER NOCH keinen Zugangscode in der App"],
        "pt": ["Paguei o lugar há 9 dias e AINDA não tenho código de acesso na app"],
        "es": ["Pagué la plaza hace 9 días y TODAVÍA no tengo código de acceso en la app"],
    },
    "problem_call": {
        "en": [
            "yeah hi i paid for a hangar space over a week ago and there is still no code in the app so i cant park"
        ],
        "it": [
            "sì buongiorno ho pagato il posto nel box più di una settimana fa e nell'app non c'è ancora il codice"
        ],
        "fr": [
            "oui bonjour j'ai payé ma place il y a plus d'une semaine et toujours pas de code dans l'appli"
        ],
        "de": [
            "ja hallo ich habe vor über einer Woche bezahlt und habe immer noch keinen Code in der App"
        ],
        "pt": ["sim olá paguei o lugar há mais de uma semana e ainda não tenho código na app"],
        "es": ["sí hola pagué la plaza hace más de una semana y sigo sin código en la app"],
    },
    "long_email": {
        "en": [
            "Dear Velostalla team,\n\nI'm writing this from the bus because my bike is, once again, chained to a railing outside my flat. We moved here in spring, the twins started nursery in September and the hangar space was supposed to make mornings easier. I paid for it 9 days ago. There is still no access code in the app, I've had three automatic e-mails saying 'your space is ready' and the lid does not open.\n\nI would like either the code today or my money back.\n\nKind regards,\nAnna"
        ],
        "it": [
            "Gentile servizio clienti Velostalla,\n\nvi scrivo dalla sala d'attesa del pediatra, tra un numero e l'altro. Ci siamo trasferiti a marzo, mia suocera è appena uscita dall'ospedale e il posto nel box doveva semplificarci la vita. Ho pagato 9 giorni fa e nell'app ANCORA nessun codice, mentre le vostre mail dicono che il posto è pronto.\n\nChiedo il codice oggi stesso oppure il rimborso.\n\nCordiali saluti,\nFrancesca"
        ],
        "fr": [
            "Madame, Monsieur,\n\nJe vous écris depuis le train. J'ai payé ma place il y a 9 jours et toujours aucun code dans l'application, alors que vos mails disent que la place est prête. Je veux le code aujourd'hui ou un remboursement.\n\nCordialement"
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich schreibe aus dem Wartezimmer. Ich habe den Stellplatz vor 9 Tagen bezahlt und habe immer noch keinen Code in der App, obwohl Ihre Mails sagen, der Platz sei bereit. Ich möchte heute den Code oder mein Geld zurück.\n\nMit freundlichen Grüßen"
        ],
        "pt": [
            "Caros senhores,\n\nescrevo do comboio. Paguei o lugar há 9 dias e continuo sem código na app, embora os vossos e-mails digam que o lugar está pronto. Quero o código hoje ou o reembolso.\n\nCumprimentos"
        ],
        "es": [
            "Estimados señores:\n\nles escribo desde el autobús. Pagué la plaza hace 9 días y sigo sin código en la app, aunque sus correos dicen que está lista. Quiero el código hoy o que me devuelvan el dinero.\n\nUn saludo"
        ],
    },
    "sarcasm": {
        "en": [
            "Love how the Velostalla app says my hangar is open while I stand in the rain pulling the lid 👏"
        ],
        "it": [
            "Bellissimo, l'app dice 'box aperto' e io sotto la pioggia a tirare il coperchio 👏"
        ],
        "fr": ["Génial, l'appli dit 'box ouvert' et moi je tire sur le couvercle sous la pluie 👏"],
        "de": ["Toll, die App sagt 'Hangar offen' und ich zerre im Regen am Deckel 👏"],
        "pt": ["Adoro, a app diz 'abrigo aberto' e eu à chuva a puxar a tampa 👏"],
        "es": [
            "Me encanta, la app dice 'hangar abierto' y yo bajo la lluvia tirando de la tapa 👏"
        ],
    },
    "apology": {
        "en": ["Sorry for my tone yesterday, long day. Thanks for looking into {case}"],
        "it": ["Scusate per il tono di ieri, giornataccia. Grazie per {case}"],
        "fr": ["Désolé pour mon ton d'hier. Merci pour {case}"],
        "de": ["Sorry für meinen Ton gestern. Danke für {case}"],
        "pt": ["Desculpem o tom de ontem. Obrigado pelo {case}"],
        "es": ["Perdón por el tono de ayer. Gracias por lo del {case}"],
    },
    "confirm": {
        "en": ["Confirmed, {case} is sorted, the code works. Thanks"],
        "it": ["Confermo, {case} risolto, il codice funziona. Grazie"],
        "fr": ["Je confirme, {case} est réglé. Merci"],
        "de": ["Bestätigt, {case} ist erledigt. Danke"],
        "pt": ["Confirmo, {case} resolvido. Obrigado"],
        "es": ["Confirmado, {case} resuelto. Gracias"],
    },
    "case_opened": {
        "en": [
            "Hello, we're sorry. We've opened case {case} and will come back to you within 24 hours. Velostalla support"
        ],
        "it": [
            "Buongiorno, ci dispiace. Abbiamo aperto la pratica {case} e la ricontatteremo entro 24 ore. Assistenza Velostalla"
        ],
        "fr": [
            "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {case}. Support Velostalla"
        ],
        "de": [
            "Hallo, das tut uns leid. Wir haben den Vorgang {case} eröffnet. Velostalla Support"
        ],
        "pt": ["Olá, lamentamos. Abrimos o pedido {case}. Apoio Velostalla"],
        "es": ["Hola, lo sentimos. Hemos abierto la incidencia {case}. Soporte Velostalla"],
    },
    "quality": {
        "en": [
            "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Velostalla support"
        ],
        "it": [
            "Buongiorno, la pratica {case} è passata alla nostra responsabile qualità, che la chiamerà entro venerdì. Assistenza Velostalla"
        ],
        "fr": [
            "Bonjour, votre dossier {case} est transmis à notre responsable qualité. Support Velostalla"
        ],
        "de": [
            "Hallo, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung. Velostalla Support"
        ],
        "pt": ["Olá, o pedido {case} está com a nossa responsável de qualidade. Apoio Velostalla"],
        "es": [
            "Hola, la incidencia {case} está ya con nuestra responsable de calidad. Soporte Velostalla"
        ],
    },
    "good_news": {
        "en": [
            "Good news on case {case}: it should be fixed now. Could you confirm? Velostalla support"
        ],
        "it": [
            "Buone notizie sulla pratica {case}: dovrebbe essere risolta. Può confermare? Assistenza Velostalla"
        ],
        "fr": [
            "Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? Support Velostalla"
        ],
        "de": [
            "Gute Nachricht zu {case}: sollte behoben sein. Können Sie das bestätigen? Velostalla Support"
        ],
        "pt": [
            "Boas notícias sobre o pedido {case}: deve estar resolvido. Pode confirmar? Apoio Velostalla"
        ],
        "es": [
            "Buenas noticias sobre {case}: debería estar resuelto. ¿Nos lo confirma? Soporte Velostalla"
        ],
    },
    "still_open": {
        "en": [
            "Case {case} is still open, still no code, nobody has called",
            "again about {case}, nothing has changed",
        ],
        "it": [
            "La pratica {case} è ancora aperta, ancora niente codice",
            "di nuovo per {case}, non è cambiato nulla",
        ],
        "fr": ["Le dossier {case} est toujours ouvert, toujours rien"],
        "de": ["Vorgang {case} ist immer noch offen, immer noch nichts"],
        "pt": ["O pedido {case} continua aberto, continua tudo igual"],
        "es": ["La incidencia {case} sigue abierta, sigo igual"],
    },
    "third": {
        "en": ["A colleague parks at {comp} and they sort this kind of thing the same day."],
        "it": ["Un collega usa {comp} e lì risolvono in giornata."],
        "fr": ["Un collègue est chez {comp} et eux règlent ça le jour même."],
        "de": ["Ein Kollege ist bei {comp}, die lösen sowas am selben Tag."],
        "pt": ["Um colega usa a {comp} e lá resolvem no mesmo dia."],
        "es": ["Un compañero aparca en {comp} y allí lo arreglan en el día."],
    },
    "fourth": {
        "en": ["This is the FOURTH time I write about {case}."],
        "it": ["È la QUARTA volta che scrivo per {case}."],
        "fr": ["C'est la QUATRIÈME fois que j'écris pour {case}."],
        "de": ["Das ist das VIERTE Mal wegen {case}."],
        "pt": ["É a QUARTA vez que escrevo sobre {case}."],
        "es": ["Es la CUARTA vez que escribo por {case}."],
    },
    "urgent": {
        "en": ["Added to your case, marked urgent. Velostalla support"],
        "it": ["Aggiunto alla pratica, segnato come urgente. Assistenza Velostalla"],
        "fr": ["Ajouté au dossier, marqué urgent. Support Velostalla"],
        "de": ["Zum Vorgang hinzugefügt, als dringend markiert. Velostalla Support"],
        "pt": ["Adicionado ao pedido, marcado como urgente. Apoio Velostalla"],
        "es": ["Añadido a la incidencia, marcada urgente. Soporte Velostalla"],
    },
    "slide": {
        "en": [
            "hangar light broken for a week now",
            "the lid jammed twice this week, had to call someone",
            "renewal went up by 2 pounds with no warning",
            "bike tyre slashed INSIDE the hangar, what is the lock for",
            "Fed up. 8 pounds a month for a box that doesn't lock properly",
            "my neighbour moved to {comp}, I've booked a space there from Monday",
        ],
        "it": [
            "luce del box rotta da una settimana",
            "il coperchio si è bloccato due volte questa settimana",
            "rinnovo aumentato di 2 euro senza avviso",
            "gomma tagliata DENTRO il box, a cosa serve la serratura",
            "Stufa. 9 euro al mese per un box che non chiude",
            "la mia vicina è passata a {comp}, ho prenotato lì da lunedì",
        ],
        "fr": [
            "lumière du box cassée depuis une semaine",
            "couvercle bloqué deux fois cette semaine",
            "abonnement augmenté de 2 euros sans prévenir",
            "pneu crevé DANS le box, à quoi sert le verrou",
            "Ras le bol. 9 euros par mois pour un box qui ferme mal",
            "mon voisin est passé chez {comp}, j'ai réservé là-bas",
        ],
        "de": [
            "Licht im Hangar seit einer Woche kaputt",
            "Deckel klemmte diese Woche zweimal",
            "Abo ohne Ankündigung 2 Euro teurer",
            "Reifen IM Hangar zerstochen, wozu das Schloss",
            "Es reicht. 9 Euro im Monat für einen Hangar, der nicht schließt",
            "mein Nachbar ist zu {comp}, ich habe dort ab Montag gebucht",
        ],
        "pt": [
            "luz do abrigo avariada há uma semana",
            "a tampa encravou duas vezes esta semana",
            "renovação subiu 2 euros sem aviso",
            "pneu furado DENTRO do abrigo, para que serve a fechadura",
            "Farto. 9 euros por mês por um abrigo que não fecha",
            "o meu vizinho mudou para a {comp}, reservei lá a partir de segunda",
        ],
        "es": [
            "luz del hangar rota desde hace una semana",
            "la tapa se atascó dos veces esta semana",
            "la renovación subió 2 euros sin avisar",
            "rueda rajada DENTRO del hangar, para qué está el candado",
            "Harta. 9 euros al mes por un hangar que no cierra",
            "mi vecino se pasó a {comp}, he reservado allí desde el lunes",
        ],
    },
    "cancel": {
        "en": [
            "Hello, we're moving to a house with a garage, so please cancel my Velostalla Plus and close the account."
        ],
        "it": [
            "Buongiorno, ci trasferiamo in una casa con garage: vorrei disdire Velostalla Plus e chiudere l'account."
        ],
        "fr": [
            "Bonjour, nous déménageons dans une maison avec garage, merci de résilier Velostalla Plus et de fermer le compte."
        ],
        "de": [
            "Hallo, wir ziehen in ein Haus mit Garage, bitte Velostalla Plus kündigen und das Konto schließen."
        ],
        "pt": [
            "Olá, vamos mudar para uma casa com garagem, queria cancelar o Velostalla Plus e fechar a conta."
        ],
        "es": [
            "Hola, nos mudamos a una casa con garaje, quiero cancelar Velostalla Plus y cerrar la cuenta."
        ],
    },
    "sorry_go": {
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website. Velostalla support"
        ],
        "it": [
            "Ci dispiace vederla andare via. Può disdire dall'app o dal sito. Assistenza Velostalla"
        ],
        "fr": [
            "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. Support Velostalla"
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können in der App oder auf der Website kündigen. Velostalla Support"
        ],
        "pt": ["Lamentamos a sua saída. Pode cancelar na app ou no site. Apoio Velostalla"],
        "es": ["Sentimos que se vaya. Puede cancelar en la app o en la web. Soporte Velostalla"],
    },
    "grumble": {
        "en": [
            "the app logs me out every single time, annoying",
            "hangar map still shows the old street name",
        ],
        "it": [
            "l'app mi fa uscire ogni volta, che noia",
            "la mappa mostra ancora il vecchio nome della via",
        ],
        "fr": ["l'appli me déconnecte à chaque fois, pénible"],
        "de": ["die App meldet mich jedes Mal ab, nervig"],
        "pt": ["a app faz logout sempre, chato"],
        "es": ["la app me cierra la sesión cada vez, qué pesadez"],
    },
    "spike": {
        "en": [
            "the app unlocked space {space} instead of mine, someone else's bike is in there?? error {code}",
            "Velostalla app opened the WRONG hangar space, I'm stood here with my bike and can't park",
            "digital key opens the neighbour's space not mine, what is going on",
        ],
        "it": [
            "l'app ha aperto il posto {space} invece del mio, dentro c'è la bici di un altro! errore {code}",
            "la chiave digitale apre il posto SBAGLIATO, non posso parcheggiare",
            "Velostalla mi apre il box del vicino, codice {code}",
        ],
        "fr": ["l'appli ouvre la place {space} au lieu de la mienne, erreur {code}"],
        "de": ["die App öffnet Platz {space} statt meinem, Fehler {code}"],
        "pt": ["a app abriu o lugar {space} em vez do meu, erro {code}"],
        "es": ["la app me abre la plaza {space} en vez de la mía, error {code}"],
    },
    "spike_again": {
        "en": ["still the same, tried a second hangar and it opened the wrong space again, {code}"],
        "it": [
            "ancora uguale, provato dal telefono di mia moglie e apre sempre il posto sbagliato"
        ],
        "fr": ["toujours pareil, encore la mauvaise place, {code}"],
        "de": ["immer noch, wieder der falsche Platz, {code}"],
        "pt": ["continua igual, abre outra vez o lugar errado"],
        "es": ["sigue igual, otra vez la plaza equivocada, {code}"],
    },
    "spike_answer": {
        "en": [
            "Yes, digital keys are opening the wrong spaces right now, our engineers are on it. Please don't use the app to lock for now."
        ],
        "it": [
            "Sì, le chiavi digitali aprono posti sbagliati in questo momento, i tecnici ci stanno lavorando."
        ],
        "fr": [
            "Oui, les clés numériques ouvrent de mauvaises places en ce moment, nos techniciens s'en occupent."
        ],
        "de": [
            "Ja, die digitalen Schlüssel öffnen gerade falsche Plätze, unsere Technik ist dran."
        ],
        "pt": [
            "Sim, as chaves digitais estão a abrir lugares errados, a equipa técnica está a tratar."
        ],
        "es": [
            "Sí, las llaves digitales abren plazas equivocadas ahora mismo, los técnicos están en ello."
        ],
    },
    "lone_q": {
        "en": [
            "yesterday the app showed my space number in grey for a second, then normal. is that ok?"
        ],
        "it": [
            "ieri l'app mostrava il numero del posto in grigio per un attimo, poi normale. è tutto ok?"
        ],
        "fr": ["hier l'appli affichait mon numéro de place en gris un instant, c'est normal ?"],
        "de": ["gestern war meine Platznummer kurz grau, dann normal. ist das ok?"],
        "pt": ["ontem a app mostrou o número do lugar a cinzento por um momento, está tudo bem?"],
        "es": ["ayer la app mostró mi número de plaza en gris un momento, ¿es normal?"],
    },
    "lone_answer": {
        "en": ["That's just the app refreshing, all fine. Velostalla support"],
        "it": ["È solo l'app che si aggiorna, tutto a posto. Assistenza Velostalla"],
        "fr": ["C'est l'appli qui se met à jour, tout va bien. Support Velostalla"],
        "de": ["Das ist nur die Aktualisierung, alles gut. Velostalla Support"],
        "pt": ["É só a app a atualizar, está tudo bem. Apoio Velostalla"],
        "es": ["Es solo la app actualizándose, todo bien. Soporte Velostalla"],
    },
    "b2b_complaint": {
        "en": [
            "Our invoice for the staff bike cage again lists 40 spaces instead of the 24 on contract, no PO number. Case {case}."
        ],
        "it": [
            "La fattura della gabbia bici aziendale riporta di nuovo 40 posti invece dei 24 a contratto, senza numero d'ordine. Pratica {case}."
        ],
        "fr": [
            "La facture du local vélos indique 40 places au lieu des 24 du contrat. Dossier {case}."
        ],
        "de": [
            "Die Rechnung für den Fahrradkäfig nennt 40 statt der vertraglichen 24 Plätze. Vorgang {case}."
        ],
        "pt": [
            "A fatura da garagem de bicicletas indica 40 lugares em vez dos 24 do contrato. Pedido {case}."
        ],
        "es": [
            "La factura del aparcabicis de empresa pone 40 plazas en vez de las 24 del contrato. Incidencia {case}."
        ],
    },
    "b2b_last": {
        "en": [
            "nothing is fixed on {case} and three of us have written, procurement has asked {comp} for rates"
        ],
        "it": [
            "su {case} non è cambiato nulla e abbiamo scritto in tre, gli acquisti hanno chiesto i prezzi a {comp}"
        ],
        "fr": ["rien n'est réglé sur {case}, les achats ont demandé un devis à {comp}"],
        "de": ["bei {case} ist nichts behoben, der Einkauf hat bei {comp} angefragt"],
        "pt": ["nada resolvido no {case}, as compras pediram preços à {comp}"],
        "es": ["nada arreglado en {case}, compras ha pedido precios a {comp}"],
    },
    "b2b_mild": {
        "en": ["Suggestion: could the portal export usage by office floor?"],
        "it": ["Suggerimento: il portale potrebbe esportare l'uso per piano?"],
        "fr": ["Suggestion : le portail pourrait exporter l'usage par étage ?"],
        "de": ["Vorschlag: könnte das Portal die Nutzung pro Etage exportieren?"],
        "pt": ["Sugestão: o portal podia exportar o uso por piso?"],
        "es": ["Sugerencia: ¿podría el portal exportar el uso por planta?"],
    },
    "b2b_ack": {
        "en": ["Thanks, noted under {case}. Velostalla Business"],
        "it": ["Grazie, annotato con {case}. Velostalla Business"],
        "fr": ["Merci, noté sous {case}. Velostalla Business"],
        "de": ["Danke, notiert unter {case}. Velostalla Business"],
        "pt": ["Obrigado, registado em {case}. Velostalla Business"],
        "es": ["Gracias, anotado en {case}. Velostalla Business"],
    },
    "b2b_q": {
        "en": ["Can we add two more cards for new starters at the Leeds office?"],
        "it": ["Possiamo aggiungere due tessere per i nuovi assunti?"],
        "fr": ["Peut-on ajouter deux badges pour les nouveaux ?"],
        "de": ["Können wir zwei Karten für neue Kollegen ergänzen?"],
        "pt": ["Podemos acrescentar dois cartões para novos colegas?"],
        "es": ["¿Podemos añadir dos tarjetas para nuevos compañeros?"],
    },
}
