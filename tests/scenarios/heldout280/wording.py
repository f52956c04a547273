"""Wording of heldout280 (Cordolo, sim-racing lounges), written by hand for this set.

Placeholders: {ref} case reference, {comp} a competitor, {first} a colleague's first
name, {code} the incident's error code, {time} a local time.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "it", "de", "en", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "es": ("ES",),
    "it": ("IT", "IT", "CH"),
    "de": ("DE", "AT", "CH"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "pt": ("PT",),
}
COMPETITORS = ("Apexio", "Rennzo")
PRODUCTS = (
    ("Rig GT 60 min", "24.00"),
    ("Rig F-Open 90 min", "36.00"),
    ("Duo rigs 60 min", "44.00"),
    ("Endurance night 3 h", "69.00"),
    ("Cordolo Pole monthly", "29.00"),
    ("Gift card 50", "50.00"),
)
PAGES = ("/lounges", "/book", "/tracks", "/pole", "/leaderboard", "/gift")

W: dict[str, dict[str, list[str]]] = {
    "es": {
        "praise": [
            "Anoche hice mi mejor vuelta en Spa en el rig GT de Cordolo. El volante con force feedback es una pasada",
            "Tercera vez este mes en la sala de Cordolo y cada vez me gusta más, el personal te ajusta el asiento en un minuto",
            "Cumpleaños de mi hermano en Cordolo: seis rigs en paralelo, carrera a Monza y todos salimos sonriendo",
            "Los pedales nuevos de la sala de Cordolo van finísimos, por fin freno donde quiero",
        ],
        "question": [
            "Hola, ¿se puede reservar un rig para dos horas seguidas o hay que hacer dos reservas?",
            "¿Con la cuota Pole puedo llevar a un amigo al precio de socio?",
        ],
        "answer": [
            "Hola, sí: en la app eliges 120 min al reservar. Con Pole un invitado paga tarifa de socio una vez al mes. ¡Buenas vueltas!"
        ],
        "thanks": ["Genial, gracias!", "Perfecto, mil gracias"],
        "gripe": [
            "Muy buena sesión, solo que el ventilador del rig 4 hacía mucho ruido. Por lo demás volveré"
        ],
        "night": [
            "Son las 2 y sigo bajando décimas en Suzuka con la sesión nocturna de Cordolo, no puedo parar"
        ],
        "survey": ["Todo bien", "Genial", ""],
        "complaint": [
            "Reservé el rig GT para las 18:00, pagado, y al llegar a la sala no había reserva a mi nombre. Nadie me supo explicar nada. Una vergüenza.",
            "Me habéis cobrado dos veces la sesión de 90 minutos. Quiero la devolución ya, no es la primera vez que pasa algo así.",
        ],
        "letter": [
            "Buenas tardes:\n\nLes escribo después de pensarlo bastante. Soy socio Pole desde hace un año y hasta ahora todo había ido bien. El sábado, sin embargo, el rig que reservé tenía el volante suelto y los pedales no respondían; perdí la hora entera, nadie vino a ayudarme y encima me cobraron la sesión completa. Exijo que me devuelvan el importe.\n\nUn saludo cordial.",
        ],
        "case_opened": [
            "Hola, sentimos lo ocurrido. Hemos abierto el caso {ref} y lo revisamos hoy mismo. Equipo Cordolo"
        ],
        "good_news": [
            "Buenas noticias sobre el caso {ref}: hemos hecho la devolución. ¿Nos confirmas que la ves en tu cuenta?"
        ],
        "apology": [
            "Perdonad el tono de ayer, estaba muy enfadado. Gracias por arreglarlo rápido."
        ],
        "confirm": ["Confirmado, el caso {ref} está resuelto, ya veo el dinero. Gracias"],
        "still_open": [
            "Vuelvo a escribir por el caso {ref}: sigue sin resolverse y nadie me ha contestado.",
            "Caso {ref}, otra vez. Sigue igual, ¿alguien lo está mirando?",
        ],
        "third": [
            "Tercera vez con el caso {ref}. Un amigo va a {comp} y allí se lo arreglan en el día. Sigue abierto."
        ],
        "fourth": ["CUARTA vez que escribo por el caso {ref}. Sigue abierto. Estoy harto."],
        "quality_lead": [
            "Tu caso {ref} lo lleva ahora nuestra responsable de calidad, que te llamará antes del viernes."
        ],
        "urgent": ["Añadido a tu caso {ref} y marcado como urgente."],
        "slide": [
            "Hoy el rig iba con retraso en la imagen, un poco molesto",
            "Otra vez el asiento roto en el rig 2 y nadie lo arregla",
            "Han subido la hora de rig y la sala cada vez está más sucia",
            "Cuarta sesión seguida con problemas de pedales. Ya no es casualidad",
            "Me cobran la sesión entera aunque el rig se colgó a los 20 minutos. Vergonzoso",
            "Mi cuñado va a {comp} y dice que allí todo funciona. Este sábado he reservado allí",
        ],
        "cancel": [
            "Hola, me mudo a otra ciudad sin sala Cordolo. Quiero cancelar la cuota Pole y cerrar mi cuenta, por favor."
        ],
        "sorry_go": [
            "Sentimos que te vayas. Puedes cancelar Pole tú mismo en la app o en la web, en Mi cuenta."
        ],
        "grumble": [
            "La app me cierra la sesión cada vez que la abro, qué pesadez",
            "Otra vez cola de 30 minutos para un rig con reserva. Siempre igual",
        ],
        "sarcasm": ["Genial, otra vez el rig sin sonido. Qué experiencia tan inmersiva, de verdad"],
        "mild": [
            "La búsqueda de salas me muestra Valencia aunque estoy en Sevilla, ¿se puede corregir?"
        ],
        "b2b_complaint": [
            "La factura del evento de equipo sigue saliendo sin nuestro número de pedido y contabilidad no la puede pagar. Ya van {n} personas de la empresa avisando (caso {ref})."
        ],
        "b2b_mild": [
            "Sugerencia: estaría bien poder exportar los tiempos de vuelta de cada evento a un Excel."
        ],
        "b2b_last": [
            "Caso {ref}: sigue todo igual, varios compañeros ya os han escrito. Compras ya ha pedido precios a {comp}."
        ],
        "spike": [
            "@Cordolo el rig no se desbloquea con el QR de la app, sale el error {code}. Estoy en la sala y no puedo correr",
            "No funciona el desbloqueo de rigs, error {code} en la pantalla. ¿Qué pasa?",
        ],
        "spike_again": [
            "Sigo igual, {code} también en el móvil de mi mujer. Llevamos media hora esperando"
        ],
        "spike_chat": [
            "Sí, ahora mismo el desbloqueo de rigs falla en todas las salas. Nuestro equipo técnico ya está en ello."
        ],
        "spike_fixed": [
            "El desbloqueo de rigs vuelve a funcionar desde las {time}. La sesión de hoy corre de nuestra cuenta: te hemos añadido un crédito de 15 €."
        ],
        "lone": [
            "Ayer por la noche el QR de la app se veía gris hasta que subí el brillo. ¿Funcionará mañana en la sala?"
        ],
        "lone_answer": [
            "Con poco brillo se ve gris, pero el lector lo lee sin problema. ¡Buena carrera!"
        ],
    },
    "it": {
        "praise": [
            "Ieri sera ho fatto il mio giro migliore al Mugello sul rig GT di Cordolo. Il force feedback del volante è pazzesco",
            "Terza volta questo mese da Cordolo, il personale ti regola il sedile in un attimo. Bravissimi",
            "Addio al celibato da Cordolo: otto rig in gara a Imola, ci siamo divertiti come bambini",
            "I pedali nuovi della sala Cordolo sono precisissimi, finalmente freno dove voglio",
        ],
        "question": [
            "Buongiorno, si può prenotare un rig per due ore di fila?",
            "Con l'abbonamento Pole posso portare un amico a tariffa soci?",
        ],
        "answer": [
            "Ciao, sì: in app scegli 120 minuti. Con Pole un ospite paga la tariffa soci una volta al mese. Buoni giri!"
        ],
        "thanks": ["Perfetto, grazie mille!", "Ottimo, grazie"],
        "gripe": ["Bella sessione, solo la ventola del rig 3 era rumorosa. Per il resto tornerò"],
        "night": [
            "Sono le due e sto ancora limando decimi a Suzuka nella sessione notturna di Cordolo"
        ],
        "survey": ["Tutto ok", "Ottimo", ""],
        "complaint": [
            "Avevo prenotato e pagato il rig GT per le 18 e in sala non risultava nessuna prenotazione. Nessuno sapeva niente. Vergognoso.",
            "Mi avete addebitato due volte la sessione da 90 minuti. Rivoglio i soldi subito.",
        ],
        "letter": [
            "Gentile servizio clienti,\n\nvi scrivo dopo averci pensato a lungo. Sono socio Pole da un anno e finora mi sono sempre trovato bene. Sabato però il rig prenotato aveva il volante allentato e i pedali non rispondevano: ho perso l'ora intera, nessuno è venuto ad aiutarmi e mi è stata addebitata la sessione completa. Chiedo il rimborso.\n\nCordiali saluti.",
        ],
        "case_opened": [
            "Ciao, ci dispiace. Abbiamo aperto la pratica {ref} e la controlliamo oggi stesso. Il team Cordolo"
        ],
        "good_news": [
            "Buone notizie sulla pratica {ref}: il rimborso è stato fatto. Ci confermi che lo vedi sul conto?"
        ],
        "apology": [
            "Scusate il tono di ieri, ero davvero arrabbiato. Grazie per aver risolto in fretta."
        ],
        "confirm": ["Confermo, pratica {ref} risolta, vedo il rimborso. Grazie"],
        "still_open": [
            "Scrivo di nuovo per la pratica {ref}: ancora niente, nessuno mi ha risposto.",
            "Pratica {ref}, di nuovo. Tutto come prima, qualcuno se ne occupa?",
        ],
        "third": [
            "Terza volta per la pratica {ref}. Un collega va da {comp} e lì risolvono in giornata. Ancora aperta."
        ],
        "fourth": ["QUARTA volta che scrivo per la pratica {ref}. Ancora aperta. Sono stufo."],
        "quality_lead": [
            "La tua pratica {ref} è ora seguita dalla nostra responsabile qualità, che ti chiamerà entro venerdì."
        ],
        "urgent": ["Aggiunto alla pratica {ref} e segnato come urgente."],
        "slide": [
            "Oggi l'immagine del rig andava a scatti, un po' fastidioso",
            "Di nuovo il sedile rotto sul rig 2 e nessuno lo sistema",
            "Hanno alzato il prezzo orario e la sala è sempre più sporca",
            "Quarta sessione di fila con i pedali che non vanno. Non è più un caso",
            "Mi fate pagare la sessione intera anche se il rig si è bloccato dopo 20 minuti. Vergogna",
            "Mio cognato va da {comp} e dice che lì funziona tutto. Sabato ho prenotato lì",
        ],
        "cancel": [
            "Buongiorno, mi trasferisco in una città senza sala Cordolo. Vorrei disdire l'abbonamento Pole e chiudere l'account."
        ],
        "sorry_go": [
            "Ci dispiace vederti andare. Puoi disdire Pole da solo nell'app o sul sito, in Il mio account."
        ],
        "grumble": [
            "L'app mi disconnette ogni volta che la apro, che noia",
            "Ancora mezz'ora di coda per un rig prenotato. Sempre la stessa storia",
        ],
        "sarcasm": ["Fantastico, di nuovo il rig senza audio. Proprio un'esperienza immersiva"],
        "mild": [
            "La ricerca delle sale mi mostra Torino anche se sono a Bologna, si può correggere?"
        ],
        "b2b_complaint": [
            "La fattura dell'evento aziendale esce ancora senza il nostro numero d'ordine e l'amministrazione non può pagarla. Siamo già in {n} a segnalarlo (pratica {ref})."
        ],
        "b2b_mild": [
            "Suggerimento: sarebbe utile esportare i tempi sul giro di ogni evento in Excel."
        ],
        "b2b_last": [
            "Pratica {ref}: ancora tutto uguale, diversi colleghi vi hanno scritto. Gli acquisti hanno già chiesto i prezzi a {comp}."
        ],
        "spike": [
            "@Cordolo il rig non si sblocca col QR dell'app, errore {code}. Sono in sala e non posso correre",
            "Lo sblocco dei rig non funziona, errore {code} sullo schermo. Che succede?",
        ],
        "spike_again": ["Ancora {code}, anche col telefono di mia moglie. Aspettiamo da mezz'ora"],
        "spike_chat": [
            "Sì, in questo momento lo sblocco dei rig non funziona in nessuna sala. I tecnici ci stanno lavorando."
        ],
        "spike_fixed": [
            "Lo sblocco dei rig funziona di nuovo dalle {time}. La sessione di oggi la offriamo noi: ti abbiamo aggiunto un credito di 15 €."
        ],
        "lone": [
            "Ieri sera il QR dell'app sembrava grigio finché non ho alzato la luminosità. Domani funzionerà in sala?"
        ],
        "lone_answer": [
            "Con poca luminosità sembra grigio, ma il lettore lo legge senza problemi. Buona gara!"
        ],
    },
    "de": {
        "praise": [
            "Gestern meine beste Runde auf der Nordschleife im GT-Rig von Cordolo gefahren. Das Force Feedback ist der Wahnsinn",
            "Dritte Session diesen Monat bei Cordolo, die Leute stellen einem den Sitz in einer Minute ein. Top",
        ],
        "question": ["Kann man ein Rig für zwei Stunden am Stück buchen?"],
        "answer": [
            "Hallo, ja: in der App beim Buchen 120 Minuten wählen. Viel Spaß auf der Strecke!"
        ],
        "thanks": ["Super, danke!"],
        "gripe": ["Gute Session, nur der Lüfter an Rig 4 war laut. Sonst gerne wieder"],
        "night": [
            "2 Uhr nachts und ich fahre immer noch Bestzeiten in der Nachtsession bei Cordolo"
        ],
        "survey": ["Passt", ""],
        "complaint": [
            "Rig für 18 Uhr gebucht und bezahlt, in der Halle keine Buchung auf meinen Namen. Niemand wusste Bescheid. Unmöglich."
        ],
        "letter": [
            "Sehr geehrte Damen und Herren,\n\nich bin seit einem Jahr Pole-Mitglied und war bisher sehr angetan. Am Samstag aber war am gebuchten Rig das Lenkrad locker und die Pedale reagierten nicht; die ganze Stunde war verloren, niemand half, und berechnet wurde trotzdem alles. Ich verlange eine Erstattung.\n\nMit freundlichen Grüßen"
        ],
        "case_opened": [
            "Hallo, das tut uns leid. Wir haben den Fall {ref} eröffnet und prüfen ihn heute. Ihr Cordolo-Team"
        ],
        "good_news": [
            "Gute Nachrichten zu Fall {ref}: die Erstattung ist raus. Können Sie bestätigen, dass sie angekommen ist?"
        ],
        "apology": [
            "Entschuldigung für meinen Ton gestern, ich war sehr sauer. Danke fürs schnelle Lösen."
        ],
        "confirm": ["Bestätigt, Fall {ref} ist erledigt, das Geld ist da. Danke"],
        "still_open": ["Ich schreibe nochmal wegen Fall {ref}: immer noch offen, keine Antwort."],
        "third": [
            "Zum dritten Mal wegen Fall {ref}. Ein Kollege fährt bei {comp}, dort wird so etwas am selben Tag gelöst. Immer noch offen."
        ],
        "fourth": ["Zum VIERTEN Mal wegen Fall {ref}. Immer noch offen. Mir reicht es."],
        "quality_lead": [
            "Ihr Fall {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie vor Freitag an."
        ],
        "urgent": ["Zu Fall {ref} hinzugefügt und als dringend markiert."],
        "slide": [
            "Heute ruckelte das Bild am Rig ein wenig, etwas nervig",
            "Schon wieder der kaputte Sitz an Rig 2, keiner repariert ihn",
            "Stundenpreis erhöht und die Halle wird immer schmutziger",
            "Vierte Session in Folge mit Pedalproblemen. Kein Zufall mehr",
            "Volle Session berechnet, obwohl das Rig nach 20 Minuten abgestürzt ist. Frechheit",
            "Mein Schwager fährt bei {comp}, dort läuft alles. Samstag habe ich dort gebucht",
        ],
        "cancel": [
            "Hallo, ich ziehe in eine Stadt ohne Cordolo-Halle. Bitte kündigen Sie meine Pole-Mitgliedschaft und schließen Sie mein Konto."
        ],
        "sorry_go": [
            "Schade, dass Sie gehen. Sie können Pole selbst in der App oder auf der Website unter Mein Konto kündigen."
        ],
        "grumble": ["Die App meldet mich jedes Mal ab, wenn ich sie öffne. Nervig"],
        "sarcasm": ["Toll, schon wieder ein Rig ohne Ton. Wirklich sehr immersiv"],
        "mild": [
            "Die Hallensuche zeigt mir Köln, obwohl ich in Hamburg bin. Kann man das beheben?"
        ],
        "b2b_complaint": [
            "Die Rechnung für unser Team-Event kommt immer noch ohne Bestellnummer, die Buchhaltung kann sie nicht zahlen. Wir sind schon {n}, die das melden (Fall {ref})."
        ],
        "b2b_mild": [
            "Vorschlag: die Rundenzeiten jedes Events als Excel exportieren zu können wäre praktisch."
        ],
        "b2b_last": [
            "Fall {ref}: nichts hat sich geändert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon Preise bei {comp} angefragt."
        ],
        "spike": [
            "@Cordolo Rig lässt sich mit dem App-QR nicht entsperren, Fehler {code}. Stehe in der Halle und kann nicht fahren"
        ],
        "spike_again": [
            "Immer noch {code}, auch mit dem Handy meiner Frau. Wir warten seit einer halben Stunde"
        ],
        "spike_chat": [
            "Ja, das Entsperren der Rigs fällt gerade in allen Hallen aus. Unsere Technik arbeitet daran."
        ],
        "spike_fixed": [
            "Das Entsperren der Rigs funktioniert seit {time} wieder. Die heutige Session geht auf uns: 15 € Guthaben sind gutgeschrieben."
        ],
        "lone": [
            "Gestern Abend sah der QR in der App grau aus, bis ich die Helligkeit hochgedreht habe. Klappt das morgen in der Halle?"
        ],
        "lone_answer": [
            "Bei wenig Helligkeit wirkt er grau, der Leser erkennt ihn trotzdem. Gute Fahrt!"
        ],
    },
    "en": {
        "praise": [
            "Best lap of my life at Silverstone last night on a Cordolo GT rig. That wheel feedback is unreal",
            "Third session this month at Cordolo and the staff still set the seat up for you in a minute. Love it",
        ],
        "question": ["Can I book one rig for two hours straight or do I need two bookings?"],
        "answer": ["Hi, yes: pick 120 minutes when you book in the app. Enjoy the laps!"],
        "thanks": ["Brilliant, cheers!"],
        "gripe": ["Great session, just the fan on rig 4 was loud. Otherwise I'll be back"],
        "night": [
            "2am and still chasing tenths at Suzuka in the Cordolo night session, can't stop"
        ],
        "survey": ["Spot on", ""],
        "complaint": [
            "Booked and paid for the GT rig at 6pm, turned up and there was no booking in my name. Nobody had a clue. Shambles."
        ],
        "letter": [
            "Dear Cordolo team,\n\nI have been a Pole member for a year and until now had nothing but good to say. On Saturday, though, my rig had a loose wheel and dead pedals; I lost the whole hour, nobody came to help, and I was charged in full. I want a refund.\n\nKind regards"
        ],
        "case_opened": [
            "Hi, sorry about this. We've opened case {ref} and are looking at it today. Cordolo team"
        ],
        "good_news": [
            "Good news on case {ref}: the refund has gone through. Could you confirm you can see it?"
        ],
        "apology": ["Sorry for my tone yesterday, I was fuming. Thanks for sorting it quickly."],
        "confirm": ["Confirmed, case {ref} is sorted, money's back. Thanks"],
        "still_open": ["Writing again about case {ref}: still not sorted and no reply."],
        "third": [
            "Third time about case {ref}. A mate goes to {comp} and they fix this sort of thing the same day. Still open."
        ],
        "fourth": ["FOURTH time writing about case {ref}. Still open. Fed up."],
        "quality_lead": [
            "Your case {ref} is now with our quality lead, who will call you before Friday."
        ],
        "urgent": ["Added to your case {ref} and marked urgent."],
        "slide": [
            "Picture lagged a bit on the rig today, slightly annoying",
            "Broken seat on rig 2 again and nobody fixes it",
            "Hourly price up and the lounge getting grubbier",
            "Fourth session running with pedal problems. Not a coincidence any more",
            "Charged for a full session when the rig crashed after 20 minutes. Disgraceful",
            "My brother-in-law races at {comp} and says everything works there. Booked there for Saturday",
        ],
        "cancel": [
            "Hi, I'm moving somewhere without a Cordolo lounge. Please cancel my Pole membership and close my account."
        ],
        "sorry_go": [
            "Sorry to see you go. You can cancel Pole yourself in the app or on the website under My account."
        ],
        "grumble": ["The app logs me out every single time I open it. Tiresome"],
        "sarcasm": ["Great, another rig with no sound. Truly immersive stuff"],
        "mild": ["Lounge search keeps showing Leeds though I'm in Bristol, can that be fixed?"],
        "b2b_complaint": [
            "The invoice for our team event still comes without our PO number and accounts can't pay it. {n} of us have now reported it (case {ref})."
        ],
        "b2b_mild": [
            "Suggestion: exporting each event's lap times to a spreadsheet would be handy."
        ],
        "b2b_last": [
            "Case {ref}: nothing has changed, several colleagues have written. Procurement has already asked {comp} for prices."
        ],
        "spike": [
            "@Cordolo rig won't unlock with the app QR, error {code}. Standing in the lounge unable to race"
        ],
        "spike_again": ["Still {code}, on my wife's phone too. Been waiting half an hour"],
        "spike_chat": [
            "Yes, rig unlocking is failing at every lounge right now, our engineers are on it."
        ],
        "spike_fixed": [
            "Rig unlocking works again since {time}. Today's session is on us: £13 credit added."
        ],
        "lone": [
            "Last night the app QR looked grey until I turned the brightness up. Will it work at the lounge tomorrow?"
        ],
        "lone_answer": [
            "It looks grey at low brightness but the reader takes it fine. Enjoy the race!"
        ],
    },
    "fr": {
        "praise": [
            "Meilleur tour de ma vie à Spa hier soir sur un rig GT de Cordolo. Le retour de force du volant est bluffant",
            "Troisième séance ce mois-ci chez Cordolo, l'équipe règle le siège en une minute. Top",
        ],
        "question": ["Peut-on réserver un rig pour deux heures d'affilée ?"],
        "answer": ["Bonjour, oui : choisissez 120 minutes dans l'appli. Bons tours !"],
        "thanks": ["Parfait, merci !"],
        "gripe": ["Très bonne séance, seul le ventilateur du rig 4 était bruyant. Je reviendrai"],
        "night": [
            "2 h du matin et je grappille encore des dixièmes à Suzuka en séance de nuit chez Cordolo"
        ],
        "survey": ["Nickel", ""],
        "complaint": [
            "Rig GT réservé et payé pour 18 h, sur place aucune réservation à mon nom. Personne ne savait rien. Inadmissible."
        ],
        "letter": [
            "Madame, Monsieur,\n\nmembre Pole depuis un an, j'ai toujours été content. Samedi pourtant, le rig réservé avait le volant desserré et les pédales ne répondaient plus ; j'ai perdu l'heure entière, personne n'est venu et la séance m'a été facturée. Je demande un remboursement.\n\nCordialement"
        ],
        "case_opened": [
            "Bonjour, désolés. Nous avons ouvert le dossier {ref} et le traitons aujourd'hui. L'équipe Cordolo"
        ],
        "good_news": [
            "Bonne nouvelle pour le dossier {ref} : le remboursement est fait. Pouvez-vous confirmer ?"
        ],
        "apology": [
            "Pardon pour mon ton d'hier, j'étais très énervé. Merci d'avoir réglé ça vite."
        ],
        "confirm": ["Confirmé, dossier {ref} réglé, l'argent est revenu. Merci"],
        "still_open": ["Je réécris pour le dossier {ref} : toujours pas réglé, aucune réponse."],
        "third": [
            "Troisième fois pour le dossier {ref}. Un ami va chez {comp}, là-bas c'est réglé dans la journée. Toujours ouvert."
        ],
        "fourth": ["QUATRIÈME fois pour le dossier {ref}. Toujours ouvert. J'en ai assez."],
        "quality_lead": [
            "Votre dossier {ref} est maintenant suivi par notre responsable qualité, qui vous appellera avant vendredi."
        ],
        "urgent": ["Ajouté au dossier {ref} et marqué urgent."],
        "slide": [
            "L'image du rig saccadait un peu aujourd'hui, un peu agaçant",
            "Encore le siège cassé du rig 2, personne ne le répare",
            "Prix horaire en hausse et la salle de plus en plus sale",
            "Quatrième séance de suite avec des pédales qui lâchent. Ce n'est plus un hasard",
            "Séance facturée en entier alors que le rig a planté au bout de 20 minutes. Honteux",
            "Mon beau-frère roule chez {comp} et là-bas tout marche. J'ai réservé chez eux samedi",
        ],
        "cancel": [
            "Bonjour, je déménage dans une ville sans salle Cordolo. Merci de résilier mon abonnement Pole et de fermer mon compte."
        ],
        "sorry_go": [
            "Dommage de vous voir partir. Vous pouvez résilier Pole vous-même dans l'appli ou sur le site, dans Mon compte."
        ],
        "grumble": ["L'appli me déconnecte à chaque ouverture. Pénible"],
        "sarcasm": ["Super, encore un rig sans son. Vraiment immersif"],
        "mild": [
            "La recherche de salles m'affiche Lyon alors que je suis à Lille, c'est corrigeable ?"
        ],
        "b2b_complaint": [
            "La facture de notre événement d'équipe arrive toujours sans notre numéro de commande, la compta ne peut pas la payer. Nous sommes déjà {n} à le signaler (dossier {ref})."
        ],
        "b2b_mild": [
            "Suggestion : pouvoir exporter les temps au tour de chaque événement dans un tableur."
        ],
        "b2b_last": [
            "Dossier {ref} : rien n'a changé, plusieurs collègues vous ont écrit. Les achats ont déjà demandé des prix à {comp}."
        ],
        "spike": [
            "@Cordolo le rig ne se déverrouille pas avec le QR de l'appli, erreur {code}. Je suis sur place et je ne peux pas rouler"
        ],
        "spike_again": [
            "Toujours {code}, même avec le téléphone de ma femme. On attend depuis une demi-heure"
        ],
        "spike_chat": [
            "Oui, le déverrouillage des rigs est en panne dans toutes les salles, nos techniciens sont dessus."
        ],
        "spike_fixed": [
            "Le déverrouillage des rigs refonctionne depuis {time}. La séance du jour est offerte : 15 € de crédit ajoutés."
        ],
        "lone": [
            "Hier soir le QR de l'appli paraissait gris jusqu'à ce que j'augmente la luminosité. Ça marchera demain en salle ?"
        ],
        "lone_answer": [
            "Il paraît gris à faible luminosité, mais le lecteur le lit sans souci. Bonne course !"
        ],
    },
    "pt": {
        "praise": [
            "Ontem à noite fiz a minha melhor volta no Estoril no rig GT da Cordolo. O force feedback do volante é incrível",
            "Terceira sessão este mês na Cordolo, a equipa ajusta o banco num minuto. Impecável",
        ],
        "question": ["Dá para reservar um rig duas horas seguidas?"],
        "answer": ["Olá, sim: na app escolha 120 minutos ao reservar. Boas voltas!"],
        "thanks": ["Ótimo, obrigado!"],
        "gripe": ["Boa sessão, só a ventoinha do rig 4 fazia barulho. De resto volto"],
        "night": [
            "São 2 da manhã e ainda estou a tirar décimas em Suzuka na sessão noturna da Cordolo"
        ],
        "survey": ["Tudo bem", ""],
        "complaint": [
            "Reservei e paguei o rig GT para as 18h e na sala não havia reserva nenhuma em meu nome. Ninguém sabia nada. Uma vergonha."
        ],
        "letter": [
            "Caros senhores,\n\nsou sócio Pole há um ano e até agora estava satisfeito. No sábado, porém, o rig reservado tinha o volante solto e os pedais não respondiam; perdi a hora toda, ninguém ajudou e cobraram a sessão inteira. Peço o reembolso.\n\nCumprimentos"
        ],
        "case_opened": [
            "Olá, lamentamos. Abrimos o processo {ref} e vamos vê-lo hoje. Equipa Cordolo"
        ],
        "good_news": [
            "Boas notícias sobre o processo {ref}: o reembolso foi feito. Pode confirmar que o recebeu?"
        ],
        "apology": [
            "Desculpem o tom de ontem, estava mesmo irritado. Obrigado por resolverem depressa."
        ],
        "confirm": ["Confirmo, processo {ref} resolvido, já recebi. Obrigado"],
        "still_open": [
            "Volto a escrever sobre o processo {ref}: continua por resolver e sem resposta."
        ],
        "third": [
            "Terceira vez sobre o processo {ref}. Um amigo vai à {comp} e lá resolvem no próprio dia. Continua aberto."
        ],
        "fourth": ["QUARTA vez que escrevo sobre o processo {ref}. Continua aberto. Estou farto."],
        "quality_lead": [
            "O seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta."
        ],
        "urgent": ["Adicionado ao processo {ref} e marcado como urgente."],
        "slide": [
            "Hoje a imagem do rig engasgava um pouco, algo chato",
            "Outra vez o banco partido no rig 2 e ninguém o arranja",
            "Subiram o preço à hora e a sala está cada vez mais suja",
            "Quarta sessão seguida com problemas nos pedais. Já não é acaso",
            "Cobraram a sessão inteira e o rig bloqueou aos 20 minutos. Vergonhoso",
            "O meu cunhado corre na {comp} e diz que lá tudo funciona. Reservei lá para sábado",
        ],
        "cancel": [
            "Olá, vou mudar-me para uma cidade sem sala Cordolo. Quero cancelar a assinatura Pole e fechar a conta."
        ],
        "sorry_go": [
            "Lamentamos a sua saída. Pode cancelar o Pole na app ou no site, em A minha conta."
        ],
        "grumble": ["A app termina a sessão sempre que a abro. Que chatice"],
        "sarcasm": ["Fantástico, mais um rig sem som. Muito imersivo, sim senhor"],
        "mild": ["A pesquisa de salas mostra o Porto mas estou em Lisboa, dá para corrigir?"],
        "b2b_complaint": [
            "A fatura do evento de equipa continua a vir sem o nosso número de encomenda e a contabilidade não a pode pagar. Já somos {n} a avisar (processo {ref})."
        ],
        "b2b_mild": [
            "Sugestão: exportar os tempos por volta de cada evento para Excel dava jeito."
        ],
        "b2b_last": [
            "Processo {ref}: tudo na mesma, vários colegas já escreveram. As compras já pediram preços à {comp}."
        ],
        "spike": [
            "@Cordolo o rig não desbloqueia com o QR da app, erro {code}. Estou na sala sem poder correr"
        ],
        "spike_again": [
            "Continua {code}, também no telemóvel da minha mulher. Estamos à espera há meia hora"
        ],
        "spike_chat": [
            "Sim, o desbloqueio dos rigs está a falhar em todas as salas, os técnicos já estão a tratar."
        ],
        "spike_fixed": [
            "O desbloqueio dos rigs voltou a funcionar desde as {time}. A sessão de hoje é por nossa conta: 15 € de crédito adicionados."
        ],
        "lone": [
            "Ontem à noite o QR da app parecia cinzento até eu subir o brilho. Amanhã funciona na sala?"
        ],
        "lone_answer": [
            "Com pouco brilho parece cinzento, mas o leitor lê sem problema. Boa corrida!"
        ],
    },
}

FIRST = {
    "es": (
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nerea",
        "Álvaro",
        "Inés",
        "Rubén",
        "Carmen",
        "Hugo",
    ),
    "it": (
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Sara",
        "Matteo",
        "Elena",
        "Luca",
        "Federica",
        "Paolo",
    ),
    "de": ("Jonas", "Lea", "Felix", "Hannah", "Tobias", "Mia"),
    "en": ("Oliver", "Amelia", "Harry", "Grace", "Callum", "Niamh"),
    "fr": ("Camille", "Hugo", "Léa", "Théo", "Manon", "Julien"),
    "pt": ("Inês", "Tiago", "Beatriz", "Rui", "Mariana", "João"),
}
LAST = {
    "es": ("García", "Moreno", "Iglesias", "Navarro", "Castillo", "Ortega", "Rubio", "Molina"),
    "it": ("Rossi", "Bianchi", "Ferrara", "Galli", "Conti", "Marini", "Greco", "Lombardi"),
    "de": ("Becker", "Wolf", "Krause", "Hoffmann", "Lange", "Vogel"),
    "en": ("Hughes", "Walsh", "Patel", "Turner", "Byrne", "Clarke"),
    "fr": ("Lefèvre", "Girard", "Bonnet", "Mercier", "Fontaine", "Roux"),
    "pt": ("Silva", "Ferreira", "Costa", "Martins", "Sousa", "Lopes"),
}
