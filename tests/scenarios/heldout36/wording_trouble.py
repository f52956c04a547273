# ruff: noqa: E501
"""Hand-written wording for heldout36 (Motrino): consumers' trouble and the agents' replies.

Placeholders: {mention}, {case} (MT-123456), {case_spoken} (as a phone transcript hears it),
{restate} (the problem in a few words), {rival}, {agent}, {amount}, {fix}, {complaint};
[[fem|masc]] agrees with the writer.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "fault_back", "refund", "damage", "wrong_price")

# Subject topic of a complaint.
TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "nadie vino a recoger el coche",
        "de": "Auto nicht abgeholt",
        "en": "nobody came for the car",
        "fr": "voiture jamais récupérée",
        "it": "nessuno è venuto a ritirare l'auto",
        "pt": "ninguém veio buscar o carro",
    },
    "double_charge": {
        "es": "cobro duplicado",
        "de": "doppelt abgebucht",
        "en": "charged twice",
        "fr": "double prélèvement",
        "it": "addebito doppio",
        "pt": "cobrança a dobrar",
    },
    "fault_back": {
        "es": "la avería ha vuelto",
        "de": "Fehler schon wieder da",
        "en": "fault back the next day",
        "fr": "la panne est revenue",
        "it": "il guasto è tornato",
        "pt": "a avaria voltou",
    },
    "refund": {
        "es": "reembolso de cita cancelada",
        "de": "Erstattung stornierter Termin",
        "en": "refund for cancelled booking",
        "fr": "remboursement rdv annulé",
        "it": "rimborso appuntamento annullato",
        "pt": "reembolso de marcação cancelada",
    },
    "damage": {
        "es": "daños en el coche",
        "de": "Schaden am Auto",
        "en": "damage to my car",
        "fr": "dégât sur ma voiture",
        "it": "danno all'auto",
        "pt": "danos no carro",
    },
    "wrong_price": {
        "es": "factura distinta al precio cerrado",
        "de": "Rechnung über dem Festpreis",
        "en": "invoice way over the fixed price",
        "fr": "facture au-dessus du prix fixe",
        "it": "fattura oltre il prezzo fisso",
        "pt": "fatura acima do preço fixo",
    },
}
# The problem restated in a few words (follow-ups).
RESTATE: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "lo de la recogida a la que no vino nadie",
        "de": "die Abholung, zu der niemand kam",
        "en": "the pick-up nobody turned up for",
        "fr": "la prise en charge où personne n'est venu",
        "it": "il ritiro a cui non è venuto nessuno",
        "pt": "a recolha a que ninguém apareceu",
    },
    "double_charge": {
        "es": "el cargo doble de la revisión",
        "de": "die doppelte Abbuchung der Inspektion",
        "en": "the service charged twice",
        "fr": "la révision prélevée deux fois",
        "it": "il tagliando addebitato due volte",
        "pt": "a revisão cobrada duas vezes",
    },
    "fault_back": {
        "es": "el testigo que volvió a encenderse al día siguiente",
        "de": "die Warnleuchte, die am nächsten Tag wieder an war",
        "en": "the warning light back on the morning after",
        "fr": "le voyant revenu le lendemain",
        "it": "la spia tornata accesa il giorno dopo",
        "pt": "a luz de aviso que voltou no dia seguinte",
    },
    "refund": {
        "es": "el reembolso de la cita que cancelé a tiempo",
        "de": "die Erstattung für den rechtzeitig stornierten Termin",
        "en": "the refund for the booking I cancelled in time",
        "fr": "le remboursement du rdv annulé à temps",
        "it": "il rimborso dell'appuntamento annullato in tempo",
        "pt": "o reembolso da marcação cancelada a tempo",
    },
    "damage": {
        "es": "el rayón de la puerta después de la recogida",
        "de": "der Kratzer an der Tür nach der Abholung",
        "en": "the scratch down the door after the pick-up",
        "fr": "la rayure sur la portière",
        "it": "il graffio sulla portiera",
        "pt": "o risco na porta depois da recolha",
    },
    "wrong_price": {
        "es": "la factura casi el doble del precio cerrado",
        "de": "die Rechnung fast doppelt so hoch wie der Festpreis",
        "en": "the invoice nearly double the fixed price",
        "fr": "la facture presque le double du prix fixe",
        "it": "la fattura quasi il doppio del prezzo fisso",
        "pt": "a fatura quase o dobro do preço fixo",
    },
}
# What the agent says was done (good news e-mails).
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "el conductor pasará mañana a las 8:00 y la revisión te sale gratis",
        "de": "der Fahrer kommt morgen um 8 Uhr und die Inspektion ist für Sie kostenlos",
        "en": "a driver is booked for 8am tomorrow and the service is on us",
        "fr": "un chauffeur passe demain à 8h et la révision est offerte",
        "it": "un autista passa domani alle 8 e il tagliando è gratuito",
        "pt": "um motorista passa amanhã às 8h e a revisão é oferecida",
    },
    "double_charge": {
        "es": "hemos devuelto el segundo cargo, lo verás en tu cuenta en 2-3 días",
        "de": "die zweite Abbuchung ist zurückgebucht, in 2-3 Tagen auf Ihrem Konto",
        "en": "the second charge is refunded, it'll show in 2-3 days",
        "fr": "le second prélèvement est remboursé",
        "it": "il secondo addebito è stato rimborsato",
        "pt": "a segunda cobrança foi devolvida",
    },
    "fault_back": {
        "es": "el taller ha cambiado el sensor sin coste y el testigo está apagado",
        "de": "die Werkstatt hat den Sensor kostenlos getauscht, die Leuchte ist aus",
        "en": "the garage swapped the sensor free of charge and the light's off",
        "fr": "le garage a changé le capteur gratuitement",
        "it": "l'officina ha sostituito il sensore gratis",
        "pt": "a oficina trocou o sensor sem custos",
    },
    "refund": {
        "es": "el reembolso salió hoy, con referencia de transferencia",
        "de": "die Erstattung ist heute raus, mit Überweisungsreferenz",
        "en": "the refund went out today with a transfer reference",
        "fr": "le remboursement est parti aujourd'hui",
        "it": "il rimborso è partito oggi",
        "pt": "o reembolso saiu hoje",
    },
    "damage": {
        "es": "el chapista de {town} te lo arregla el jueves a nuestro cargo",
        "de": "die Lackiererei in {town} repariert es am Donnerstag auf unsere Kosten",
        "en": "the body shop in {town} will fix it Thursday at our cost",
        "fr": "le carrossier de {town} répare jeudi à nos frais",
        "it": "il carrozziere di {town} ripara giovedì a nostre spese",
        "pt": "a oficina de chapa de {town} repara na quinta por nossa conta",
    },
    "wrong_price": {
        "es": "hemos corregido la factura al precio cerrado y devuelto la diferencia",
        "de": "die Rechnung ist auf den Festpreis korrigiert und die Differenz erstattet",
        "en": "the invoice is corrected to the fixed price and the difference refunded",
        "fr": "la facture est corrigée au prix fixe",
        "it": "la fattura è corretta al prezzo fisso",
        "pt": "a fatura foi corrigida para o preço fixo",
    },
}
# Short complaints (e-mail, chat, web form).
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "es": [
            "Pedí el día libre en el trabajo para la recogida de las 8 a las 12 y NADIE ha venido. Ni una llamada, ni un mensaje. La app sigue diciendo 'conductor asignado'. Estoy [[harta|harto]].",
            "Son las 13:30, la recogida era de 8 a 12, he perdido un día de vacaciones y el coche sigue en la puerta. Nadie coge el teléfono. Una vergüenza.",
        ],
        "de": [
            "Ich habe mir extra Urlaub genommen für die Abholung zwischen 8 und 12 Uhr und es kam NIEMAND. Kein Anruf, keine Nachricht, in der App steht immer noch 'Fahrer zugeteilt'.",
            "Es ist halb zwei, Abholung war 8-12 Uhr, ein Urlaubstag weg und das Auto steht immer noch vor der Tür. Telefon geht keiner ran. Unfassbar.",
        ],
        "en": [
            "Took a day's leave for the 8-12 pick-up and NOBODY came. No call, no text, app still says 'driver assigned'. Fuming."
        ],
        "fr": [
            "J'ai pris un jour de congé pour la prise en charge de 8h à 12h et PERSONNE n'est venu. Aucun appel. L'appli affiche toujours 'chauffeur assigné'."
        ],
        "it": [
            "Ho preso un giorno di ferie per il ritiro dalle 8 alle 12 e non è venuto NESSUNO. Nessuna chiamata, l'app dice ancora 'autista assegnato'."
        ],
        "pt": [
            "Tirei um dia de férias para a recolha das 8 às 12 e não apareceu NINGUÉM. Nem uma chamada, a app continua a dizer 'motorista atribuído'."
        ],
    },
    "double_charge": {
        "es": [
            "Me habéis cobrado la revisión DOS VECES, 189 € y otros 189 € el mismo día. Tengo el extracto del banco delante. Quiero que me devolváis uno ya, que el alquiler se cobra el viernes.",
            "Dos cargos iguales de la misma revisión en la tarjeta. Cómo puede pasar esto? Devolvedme el segundo por favor, no me sobra el dinero.",
        ],
        "de": [
            "Ihr habt die Inspektion ZWEIMAL abgebucht, zweimal derselbe Betrag am selben Tag. Ich habe den Kontoauszug vor mir. Bitte sofort eine zurück, die Miete geht Freitag ab.",
            "Zwei identische Abbuchungen für eine Inspektion. Wie kann das passieren? Bitte die zweite zurück, ich bin nicht die Bank.",
        ],
        "en": [
            "You've charged me TWICE for the same service, same amount, same day. Rent's due Friday. I want one back now."
        ],
        "fr": [
            "Vous m'avez prélevé DEUX FOIS la révision, même montant le même jour. Je veux être [[remboursée|remboursé]] tout de suite."
        ],
        "it": [
            "Mi avete addebitato il tagliando DUE VOLTE, stesso importo stesso giorno. Rivoglio indietro il secondo subito."
        ],
        "pt": [
            "Cobraram-me a revisão DUAS vezes, o mesmo valor no mesmo dia. Quero a segunda devolvida já."
        ],
    },
    "fault_back": {
        "es": [
            "Ayer me cambiasteis el sensor y hoy a las 7 de la mañana el testigo del motor OTRA VEZ encendido. Vuelta al taller otra vez? De verdad?",
            "El coche salió ayer 'arreglado' y esta mañana el mismo pitido y la misma luz naranja. He pagado 240 € por nada.",
        ],
        "de": [
            "Gestern wurde der Sensor getauscht und heute früh um 7 leuchtet die Motorkontrollleuchte WIEDER. Soll ich jetzt wieder in die Werkstatt? Im Ernst?",
            "Das Auto kam gestern 'repariert' zurück und heute Morgen das gleiche Piepen, die gleiche gelbe Lampe. 240 € für nichts.",
        ],
        "en": [
            "You changed the sensor yesterday and at 7 this morning the engine light is on AGAIN. Seriously?"
        ],
        "fr": [
            "Capteur changé hier et ce matin à 7h le voyant moteur est ENCORE allumé. Sérieusement ?"
        ],
        "it": [
            "Ieri avete cambiato il sensore e stamattina alle 7 la spia motore è di nuovo accesa. Sul serio?"
        ],
        "pt": [
            "Ontem trocaram o sensor e hoje às 7 da manhã a luz do motor está OUTRA VEZ acesa. A sério?"
        ],
    },
    "refund": {
        "es": [
            "Cancelé la cita con cuatro días de antelación, la app dijo 'reembolso en 5 días' y van TRES SEMANAS. Sigo sin ver los 89 €.",
            "Tres semanas esperando el reembolso de una cita que cancelé a tiempo. Cada vez que pregunto me dicen 'en trámite'.",
        ],
        "de": [
            "Ich habe vier Tage vorher storniert, die App sagte 'Erstattung in 5 Tagen', jetzt sind es DREI WOCHEN. Die 89 € sind immer noch nicht da.",
            "Drei Wochen warte ich auf die Erstattung für einen rechtzeitig stornierten Termin. Jedes Mal heißt es 'in Bearbeitung'.",
        ],
        "en": [
            "Cancelled four days before, app said 'refund in 5 days', it's been THREE WEEKS. Still no money."
        ],
        "fr": [
            "Annulé quatre jours avant, l'appli disait 'remboursement sous 5 jours', ça fait TROIS SEMAINES."
        ],
        "it": [
            "Annullato quattro giorni prima, l'app diceva 'rimborso in 5 giorni', sono passate TRE SETTIMANE."
        ],
        "pt": [
            "Cancelei com quatro dias de antecedência, a app dizia 'reembolso em 5 dias' e já lá vão TRÊS SEMANAS."
        ],
    },
    "damage": {
        "es": [
            "Me habéis devuelto el coche con un RAYÓN de medio metro en la puerta del conductor. Esta mañana no estaba, tengo fotos con fecha. Quién paga esto?",
            "La llanta delantera toda rozada después del cambio de ruedas. Antes estaba perfecta. Quiero una solución.",
        ],
        "de": [
            "Das Auto kam mit einem halben Meter KRATZER an der Fahrertür zurück. Heute früh war der nicht da, ich habe Fotos mit Datum. Wer zahlt das?",
            "Die Felge vorne links ist nach dem Reifenwechsel komplett verkratzt. Vorher war sie tadellos.",
        ],
        "en": [
            "Car came back with a SCRATCH half a metre long down the driver's door. Wasn't there this morning, I have photos."
        ],
        "fr": [
            "La voiture est revenue avec une RAYURE de 50 cm sur la portière. J'ai des photos de ce matin."
        ],
        "it": [
            "L'auto è tornata con un GRAFFIO di mezzo metro sulla portiera. Stamattina non c'era, ho le foto."
        ],
        "pt": [
            "O carro voltou com um RISCO de meio metro na porta do condutor. De manhã não estava lá, tenho fotos."
        ],
    },
    "wrong_price": {
        "es": [
            "La app decía precio cerrado 149 € y la factura es de 278 €. Nadie me llamó para nada 'extra'. Eso de precio cerrado es mentira o qué?",
            "Reservé cambio de pastillas a 149 € y me cobráis 278 €. Sin avisar. No lo pienso pagar.",
        ],
        "de": [
            "In der App stand Festpreis 149 €, die Rechnung ist über 278 €. Keiner hat mich wegen 'Zusatzarbeiten' angerufen. Was heißt hier Festpreis?",
            "Bremsbeläge für 149 € gebucht, 278 € abgebucht. Ohne Rückfrage. Das zahle ich nicht.",
        ],
        "en": [
            "App said fixed price €149, invoice says €278. Nobody rang me about anything 'extra'. So much for fixed."
        ],
        "fr": ["L'appli affichait 149 € prix fixe, la facture fait 278 €. Personne ne m'a appelé."],
        "it": ["L'app diceva prezzo fisso 149 €, la fattura è di 278 €. Nessuno mi ha chiamato."],
        "pt": ["A app dizia preço fixo 149 €, a fatura é de 278 €. Ninguém me ligou."],
    },
}
# Social mentions about a problem.
MENTION: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "Día libre pedido para que {mention} recogiera el coche. Son las 14h y aquí sigo. Nadie viene, nadie contesta 😡",
        "de": "Urlaubstag genommen, damit {mention} das Auto abholt. 14 Uhr, niemand da, keiner geht ans Telefon 😡",
        "en": "Took the day off so {mention} could collect the car. 2pm. Nobody. Nobody answering either 😡",
        "fr": "Jour de congé posé pour {mention}. 14h, personne 😡",
        "it": "Giorno di ferie per {mention}. Le 14, nessuno 😡",
        "pt": "Dia de férias para a {mention} vir buscar o carro. 14h e nada 😡",
    },
    "double_charge": {
        "es": "{mention} me habéis cobrado la misma revisión DOS VECES y en el chat me dicen que espere. Esperar a qué?",
        "de": "{mention} habt meine Inspektion ZWEIMAL abgebucht und im Chat heißt es abwarten. Worauf?",
        "en": "{mention} charged me TWICE for one service and chat says 'wait'. Wait for what?",
        "fr": "{mention} prélevé DEUX FOIS pour une révision. Super.",
        "it": "{mention} addebitato DUE VOLTE lo stesso tagliando. Complimenti.",
        "pt": "{mention} cobraram-me DUAS vezes a mesma revisão. Lindo.",
    },
    "fault_back": {
        "es": "Ayer coche 'arreglado' por {mention}, hoy la misma luz en el salpicadero. Genial todo",
        "de": "Gestern von {mention} 'repariert', heute die gleiche Lampe im Cockpit. Klasse",
        "en": "Car 'fixed' by {mention} yesterday, same light on the dash this morning. Class",
        "fr": "Voiture 'réparée' hier par {mention}, même voyant ce matin",
        "it": "Auto 'riparata' ieri da {mention}, stessa spia stamattina",
        "pt": "Carro 'arranjado' ontem pela {mention}, hoje a mesma luz",
    },
    "refund": {
        "es": "Tres semanas esperando que {mention} me devuelva una cita cancelada a tiempo. TRES.",
        "de": "Drei Wochen warte ich, dass {mention} einen rechtzeitig stornierten Termin erstattet. DREI.",
        "en": "Three weeks waiting on {mention} to refund a booking I cancelled in time. THREE.",
        "fr": "Trois semaines que j'attends le remboursement de {mention}",
        "it": "Tre settimane che aspetto il rimborso di {mention}",
        "pt": "Três semanas à espera do reembolso da {mention}",
    },
    "damage": {
        "es": "Así me devuelve el coche {mention}: rayón en la puerta que esta mañana no estaba. Y ahora a discutir",
        "de": "So bringt {mention} mein Auto zurück: Kratzer an der Tür, der heute früh nicht da war",
        "en": "This is how {mention} returns your car: a scratch down the door that wasn't there this morning",
        "fr": "Voilà comment {mention} rend une voiture : rayure sur la portière",
        "it": "Così {mention} riconsegna l'auto: graffio sulla portiera",
        "pt": "Assim a {mention} devolve o carro: risco na porta",
    },
    "wrong_price": {
        "es": "'Precio cerrado' dice {mention}. 149 € en la app, 278 € en la factura. Cerradísimo",
        "de": "'Festpreis' sagt {mention}. 149 € in der App, 278 € auf der Rechnung. Sehr fest",
        "en": "'Fixed price' says {mention}. €149 in the app, €278 on the invoice. Very fixed",
        "fr": "'Prix fixe' dit {mention}. 149 € affiché, 278 € facturé",
        "it": "'Prezzo fisso' dice {mention}. 149 € in app, 278 € in fattura",
        "pt": "'Preço fixo' diz a {mention}. 149 € na app, 278 € na fatura",
    },
}
# First phone call about a problem (speech-to-text: lower case, no punctuation).
PHONE: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "sí hola buenas mire pedí el día libre para que me recogieran el coche de ocho a doce y no ha venido nadie son las dos y nadie me dice nada",
        "de": "ja hallo guten tag ich hab mir extra frei genommen für die abholung zwischen acht und zwölf und es ist niemand gekommen jetzt ist es zwei",
        "en": "yeah hi there I took the day off for the pick up eight till twelve and nobody came it's two o'clock now",
        "fr": "oui allô bonjour j'ai posé ma journée pour la prise en charge et personne n'est venu",
        "it": "pronto buongiorno ho preso un giorno di ferie per il ritiro e non è venuto nessuno",
        "pt": "está sim boa tarde eu tirei o dia para a recolha e não apareceu ninguém",
    },
    "double_charge": {
        "es": "oiga hola mire que me han cobrado la revisión dos veces lo estoy viendo en el banco ahora mismo",
        "de": "äh hallo also ihr habt mir die inspektion zweimal abgebucht ich seh das gerade im onlinebanking",
        "en": "hello yeah you've taken the money for the service twice I'm looking at my banking app now",
        "fr": "oui bonjour euh vous m'avez prélevé deux fois la révision",
        "it": "sì salve guardi mi avete addebitato due volte il tagliando",
        "pt": "bom dia olhe cobraram-me a revisão duas vezes estou a ver no homebanking",
    },
    "fault_back": {
        "es": "sí hola buenas ayer me arreglaron el coche y esta mañana otra vez la luz del motor encendida no puede ser",
        "de": "grüß gott ich ruf an weil gestern das auto repariert wurde und heute früh ist die motorleuchte wieder an",
        "en": "yeah hi the car was fixed yesterday and the engine light's back on this morning",
        "fr": "oui allô le voyant est revenu ce matin alors que c'était réparé hier",
        "it": "pronto buongiorno ieri mi avete riparato l'auto e stamattina la spia è di nuovo accesa",
        "pt": "está sim ontem arranjaram-me o carro e hoje a luz voltou",
    },
    "refund": {
        "es": "hola buenos días llamo por un reembolso de una cita que cancelé hace tres semanas y todavía nada",
        "de": "ja hallo guten tag es geht um eine erstattung von einem termin den ich vor drei wochen storniert hab da ist immer noch nichts",
        "en": "hello yeah it's about a refund for a booking I cancelled three weeks ago still nothing",
        "fr": "oui bonjour c'est pour un remboursement d'il y a trois semaines",
        "it": "pronto buongiorno chiamo per un rimborso di tre settimane fa",
        "pt": "bom dia olhe é por causa de um reembolso de há três semanas",
    },
    "damage": {
        "es": "oiga hola mire me han devuelto el coche con un rayón enorme en la puerta y esta mañana no lo tenía",
        "de": "äh hallo also das auto ist mit einem kratzer an der tür zurückgekommen der heute früh nicht da war",
        "en": "yeah hi there the car's come back with a big scratch down the door that wasn't there this morning",
        "fr": "oui bonjour euh la voiture est revenue avec une rayure sur la portière",
        "it": "sì salve guardi l'auto è tornata con un graffio sulla portiera",
        "pt": "está sim boa tarde o carro voltou com um risco na porta",
    },
    "wrong_price": {
        "es": "sí hola buenas en la app ponía ciento cuarenta y nueve y me han cobrado doscientos setenta y ocho sin llamarme",
        "de": "ja hallo in der app stand hundertneunundvierzig euro und abgebucht wurden zweihundertachtundsiebzig ohne anruf",
        "en": "hello yeah the app said a hundred and forty nine and you've charged two seventy eight without ringing me",
        "fr": "oui allô l'appli disait cent quarante-neuf et vous avez prélevé deux cent soixante-dix-huit",
        "it": "pronto buongiorno l'app diceva centoquarantanove e avete addebitato duecentosettantotto",
        "pt": "bom dia olhe a app dizia cento e quarenta e nove e cobraram duzentos e setenta e oito",
    },
}
# Long e-mails: a letter with the complaint inside.
LONG_EMAIL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Varias cosas (y una queja)",
            "Hola,\n\nOs escribo desde la sala de espera del hospital, que mi madre la operan hoy de la cadera y llevo aquí desde las siete. Lo cuento para que se entienda por qué necesito el coche estos días: la tengo que llevar a rehabilitación tres veces por semana y vivimos a 20 km.\n\nEl caso es que {complaint}\n\nNo os quiero marear, siempre he estado [[contenta|contento]] con vosotros y por eso tengo el plan Plus, pero ahora mismo no tengo tiempo ni paciencia para esto. Os agradecería una respuesta clara hoy.\n\nUn saludo,\n{name}",
        ),
        (
            "Mudanza, bebé y el coche",
            "Buenas,\n\nNos acabamos de mudar a {town} con un bebé de dos meses y un niño de cuatro años, así que imaginaos cómo está la casa: cajas por todas partes y sin dormir. El coche es lo único que funcionaba.\n\nPues bien: {complaint}\n\nEntiendo que se pueden cometer errores, pero necesito que alguien me diga qué va a pasar y cuándo, porque no puedo estar pendiente del teléfono todo el día.\n\nGracias,\n{name}",
        ),
    ],
    "de": [
        (
            "Mehrere Dinge, vor allem eine Beschwerde",
            "Hallo,\n\nich schreibe aus dem Auto vor dem Pflegeheim meiner Mutter, ich fahre seit zwei Monaten jeden Tag nach der Arbeit hin, 35 km hin, 35 zurück. Deshalb bin ich auf das Auto angewiesen und habe überhaupt das Plus-Paket abgeschlossen.\n\nUnd jetzt das: {complaint}\n\nIch war bisher immer zufrieden und habe euch Kollegen empfohlen. Aber so geht es nicht. Ich erwarte heute eine klare Antwort, wie es weitergeht.\n\nMit freundlichen Grüßen\n{name}",
        ),
        (
            "Erste Woche im neuen Job - und dann das",
            "Guten Tag,\n\ndiese Woche habe ich eine neue Stelle angefangen, 60 km Pendelstrecke, Probezeit, Sie können sich denken, wie wichtig es ist, dass ich pünktlich bin. Die Inspektion hatte ich extra vorher gebucht, damit alles passt.\n\nLeider: {complaint}\n\nBitte melden Sie sich heute noch bei mir. Ich habe weder Zeit noch Nerven, dem hinterherzulaufen.\n\nGruß\n{name}",
        ),
    ],
    "en": [
        (
            "A few things, mostly a complaint",
            "Hi,\n\nI'm writing from the hospital car park, my dad had a fall on Sunday and I'm driving up and down every day. Which is why I need the car, and why I've had the Plus plan with you for two years.\n\nAnyway: {complaint}\n\nI've always been happy with you and told friends about you, but I haven't the energy for this right now. I'd really appreciate a straight answer today.\n\nThanks,\n{name}",
        )
    ],
    "fr": [
        (
            "Plusieurs choses, surtout une réclamation",
            "Bonjour,\n\nJe vous écris depuis le parking de l'hôpital où mon père est hospitalisé depuis dimanche. J'ai besoin de la voiture tous les jours en ce moment.\n\nOr : {complaint}\n\nJ'ai toujours été [[satisfaite|satisfait]] jusqu'ici, mais là je n'ai pas l'énergie. Merci de me répondre aujourd'hui.\n\nCordialement,\n{name}",
        )
    ],
    "it": [
        (
            "Più cose, soprattutto un reclamo",
            "Buongiorno,\n\nvi scrivo dal parcheggio dell'ospedale, mio padre è caduto domenica e faccio avanti e indietro ogni giorno. Per questo mi serve l'auto.\n\nEcco: {complaint}\n\nSono sempre [[stata contenta|stato contento]] di voi, ma adesso non ho la forza. Vorrei una risposta chiara oggi.\n\nGrazie,\n{name}",
        )
    ],
    "pt": [
        (
            "Várias coisas, sobretudo uma reclamação",
            "Olá,\n\nEscrevo do parque do hospital, o meu pai caiu no domingo e ando para trás e para a frente todos os dias. Por isso preciso do carro.\n\nAcontece que: {complaint}\n\nSempre fiquei contente convosco, mas agora não tenho paciência. Agradecia uma resposta hoje.\n\nObrigad[[a|o]],\n{name}",
        )
    ],
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "de": "Reklamation: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT: dict[str, str] = {
    "es": "Caso {case}",
    "de": "Fall {case}",
    "en": "Case {case}",
    "fr": "Dossier {case}",
    "it": "Pratica {case}",
    "pt": "Processo {case}",
}
REPLY_PREFIX: dict[str, list[str]] = {
    "es": ["RE:", "Re:", "RV:"],
    "de": ["AW:", "Aw:", "RE:"],
    "en": ["RE:", "Re:"],
    "fr": ["RE :", "Re:"],
    "it": ["R:", "Re:"],
    "pt": ["RE:", "Re:"],
}
# Second contact: still open, names the case.
FOLLOW_UP: dict[str, list[str]] = {
    "es": [
        "Caso {case}: sigo igual, {restate} SIN resolver. Me dijeron que me llamarían y nada.",
        "Vuelvo a escribir por el caso {case}. Lo de {restate} sigue exactamente igual. Nadie me ha dicho nada.",
        "Segunda vez que escribo, caso {case}. {restate}: sigue sin solución.",
    ],
    "de": [
        "Fall {case}: immer noch nichts, {restate} ist NICHT gelöst. Es hieß, man ruft mich zurück. Nichts.",
        "Ich schreibe nochmal wegen Fall {case}. {restate}, genau wie vorher. Keiner meldet sich.",
        "Zweite Nachricht zu Fall {case}. {restate}: immer noch offen.",
    ],
    "en": [
        "Case {case}: still nothing, {restate} is NOT sorted. Was told someone would ring me. Nobody did.",
        "Writing again about case {case}. {restate}, exactly as before.",
    ],
    "fr": ["Dossier {case} : toujours rien, {restate} n'est PAS réglé."],
    "it": ["Pratica {case}: ancora niente, {restate} NON è risolto."],
    "pt": ["Processo {case}: continua tudo igual, {restate} POR resolver."],
}
# Third contact: a competitor named.
THIRD: dict[str, list[str]] = {
    "es": [
        "TERCERA vez por el caso {case}. {restate} sigue igual. Si mañana no está arreglado llevo el coche a {rival}, que tienen hueco el jueves.",
        "Tercera vez que os escribo (caso {case}) por {restate}. Ya he mirado {rival}, solo digo eso.",
    ],
    "de": [
        "Zum DRITTEN Mal wegen Fall {case}. {restate}, unverändert. Wenn das morgen nicht erledigt ist, bringe ich das Auto zu {rival}, die haben Donnerstag was frei.",
        "Dritte Nachricht zu Fall {case}, {restate}. {rival} kommt übrigens morgen, nur damit ihr's wisst.",
    ],
    "en": [
        "THIRD time about case {case}. {restate}, still. If it's not sorted tomorrow I'm booking {rival} instead."
    ],
    "fr": [
        "TROISIÈME fois pour le dossier {case}. {restate}, toujours. Sinon demain je vais chez {rival}."
    ],
    "it": [
        "TERZA volta per la pratica {case}. {restate}, ancora. Se domani non è risolto vado da {rival}."
    ],
    "pt": [
        "TERCEIRA vez pelo processo {case}. {restate}, igual. A {rival} tem vaga amanhã, só digo isto."
    ],
}
FOURTH: dict[str, list[str]] = {
    "es": [
        "CUARTA vez. Caso {case}. {restate}. Ya no sé cómo decirlo.",
        "Cuarto mensaje por el caso {case}. Sigue sin resolverse {restate}. Increíble.",
    ],
    "de": [
        "VIERTE Nachricht. Fall {case}. {restate}. Ich weiß nicht mehr, wie ich es noch sagen soll.",
        "Zum vierten Mal Fall {case}: {restate}. Unglaublich.",
    ],
    "en": ["FOURTH time. Case {case}. {restate}. I don't know how else to say it."],
    "fr": ["QUATRIÈME fois. Dossier {case}. {restate}."],
    "it": ["QUARTA volta. Pratica {case}. {restate}."],
    "pt": ["QUARTA vez. Processo {case}. {restate}."],
}
# Follow-ups by phone (transcript) and social (mention).
PHONE_FOLLOW: dict[str, str] = {
    "es": "sí hola buenas le llamo otra vez por el caso {case_spoken} lo de {restate} sigue igual nadie me ha llamado",
    "de": "ja hallo guten tag ich ruf nochmal an wegen fall {case_spoken} {restate} ist immer noch nicht erledigt",
    "en": "yeah hi there it's me again about case {case_spoken} {restate} still not sorted",
    "fr": "oui allô c'est encore pour le dossier {case_spoken} {restate} toujours pas réglé",
    "it": "pronto buongiorno richiamo per la pratica {case_spoken} {restate} ancora niente",
    "pt": "está sim volto a ligar por causa do processo {case_spoken} {restate} continua igual",
}
SOCIAL_FOLLOW: dict[str, str] = {
    "es": "{mention} caso {case}, {restate}. Sigo esperando. Alguien lee esto?",
    "de": "{mention} Fall {case}, {restate}. Immer noch offen. Liest das jemand?",
    "en": "{mention} case {case}, {restate}. Still waiting. Anyone reading these?",
    "fr": "{mention} dossier {case}, {restate}. J'attends toujours.",
    "it": "{mention} pratica {case}, {restate}. Sto ancora aspettando.",
    "pt": "{mention} processo {case}, {restate}. Continuo à espera.",
}
PHONE_THIRD: dict[str, str] = {
    "es": "es la tercera vez si mañana no está arreglado me voy a {rival}",
    "de": "das ist das dritte mal wenn das morgen nicht geht fahr ich zu {rival}",
    "en": "that's the third time if it's not sorted tomorrow I'm going to {rival}",
    "fr": "c'est la troisième fois sinon demain je vais chez {rival}",
    "it": "è la terza volta se domani non è risolto vado da {rival}",
    "pt": "é a terceira vez se amanhã não estiver resolvido vou à {rival}",
}
PHONE_FOURTH: dict[str, str] = {
    "es": "y es la cuarta vez que llamo o escribo",
    "de": "und das ist jetzt das vierte mal",
    "en": "and that's the fourth time now",
    "fr": "et c'est la quatrième fois",
    "it": "ed è la quarta volta",
    "pt": "e é a quarta vez",
}
# How a phone transcript hears the case reference's letters.
SPOKEN_MT: dict[str, str] = {
    "es": "eme te",
    "de": "em te",
    "en": "em tee",
    "fr": "èm té",
    "it": "emme ti",
    "pt": "eme tê",
}
# Agents.
CASE_OPENED: dict[str, str] = {
    "es": "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto el caso {case} y el equipo lo está revisando; te escribimos en cuanto sepamos algo. Un saludo, {agent}",
    "de": "Hallo {first}, das tut uns sehr leid. Wir haben den Fall {case} angelegt und kümmern uns; wir melden uns, sobald wir mehr wissen. Viele Grüße, {agent}",
    "en": "Hi {first}, really sorry about this. We've opened case {case} and the team is on it; we'll be in touch as soon as we know more. Best, {agent}",
    "fr": "Bonjour {first}, nous sommes vraiment désolés. Nous avons ouvert le dossier {case}. Cordialement, {agent}",
    "it": "Buongiorno {first}, ci dispiace molto. Abbiamo aperto la pratica {case}. Cordiali saluti, {agent}",
    "pt": "Olá {first}, lamentamos muito. Abrimos o processo {case}. Cumprimentos, {agent}",
}
PASSED_ON: dict[str, str] = {
    "es": "Hola {first}, te confirmamos que tu caso {case} ({restate}) ha pasado a nuestro equipo de talleres y facturación, que te contactará directamente. Disculpa las molestias. {agent}",
    "de": "Hallo {first}, Ihr Fall {case} ({restate}) ist an unser Werkstatt- und Abrechnungsteam weitergegeben, das sich direkt bei Ihnen meldet. Entschuldigen Sie die Umstände. {agent}",
    "en": "Hi {first}, your case {case} ({restate}) has been passed on to our garage and billing team, who'll contact you directly. Sorry for the trouble. {agent}",
    "fr": "Bonjour {first}, votre dossier {case} ({restate}) a été transmis à notre équipe ateliers et facturation. {agent}",
    "it": "Buongiorno {first}, la pratica {case} ({restate}) è passata al nostro team officine e fatturazione. {agent}",
    "pt": "Olá {first}, o processo {case} ({restate}) passou para a nossa equipa de oficinas e faturação. {agent}",
}
GOOD_NEWS_SUBJECT: dict[str, str] = {
    "es": "Buenas noticias sobre tu caso {case}",
    "de": "Gute Nachrichten zu Ihrem Fall {case}",
    "en": "Good news on case {case}",
    "fr": "Bonne nouvelle pour le dossier {case}",
    "it": "Buone notizie sulla pratica {case}",
    "pt": "Boas notícias sobre o processo {case}",
}
GOOD_NEWS: dict[str, str] = {
    "es": "Hola {first}, ya está: {fix}. ¿Nos confirmas que te ha llegado todo bien? Gracias por la paciencia. {agent}",
    "de": "Hallo {first}, erledigt: {fix}. Können Sie uns kurz bestätigen, dass alles passt? Danke für Ihre Geduld. {agent}",
    "en": "Hi {first}, done: {fix}. Could you confirm everything's OK on your side? Thanks for your patience. {agent}",
    "fr": "Bonjour {first}, c'est fait : {fix}. Pouvez-vous nous confirmer ? {agent}",
    "it": "Buongiorno {first}, fatto: {fix}. Ci può confermare? {agent}",
    "pt": "Olá {first}, está feito: {fix}. Pode confirmar-nos? {agent}",
}
CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, caso {case} resuelto, todo bien. Gracias {agent}",
        "Sí, ya lo tengo, caso {case} cerrado por mi parte. Gracias por solucionarlo",
    ],
    "de": [
        "Bestätigt, Fall {case} ist erledigt, alles gut. Danke {agent}",
        "Ja, ist angekommen, Fall {case} kann zu. Danke fürs Lösen",
    ],
    "en": ["Confirmed, case {case} sorted, all good. Thanks {agent}"],
    "fr": ["Confirmé, dossier {case} réglé. Merci {agent}"],
    "it": ["Confermo, pratica {case} risolta. Grazie {agent}"],
    "pt": ["Confirmado, processo {case} resolvido. Obrigad[[a|o]] {agent}"],
}
APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdón por el tono de ayer, llevaba desde las 5 sin dormir con el peque. Gracias por arreglarlo tan rápido",
        "Siento lo borde que fui ayer, no era con vosotros sino con el día. Todo solucionado, gracias",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war seit 5 Uhr auf den Beinen. Danke, dass es so schnell geklärt wurde",
        "Entschuldigung für die harsche Nachricht gestern, der Tag war einfach zu viel. Alles gut jetzt, danke",
    ],
    "en": [
        "Sorry for the tone yesterday, I'd been up since 5 with the baby. Thanks for sorting it so fast"
    ],
    "fr": ["Désolé[[e|]] pour le ton d'hier, journée horrible. Merci d'avoir réglé ça"],
    "it": ["Scusate il tono di ieri, giornata pessima. Grazie per aver risolto"],
    "pt": ["Desculpem o tom de ontem, estava de rastos. Obrigad[[a|o]] por resolverem"],
}
LOW_CSAT_WORDS: dict[str, list[str]] = {
    "es": ["fatal", "muy mal", ""],
    "de": ["schlecht", "enttäuschend", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}
LOW_NPS_WORDS: dict[str, list[str]] = {
    "es": ["Hasta que no lo arregléis, no os recomiendo", "no"],
    "de": ["So nicht.", "Erst wenn das geklärt ist"],
    "en": ["Not after this"],
    "fr": ["Pas après ça"],
    "it": ["Non dopo questo"],
    "pt": ["Depois disto não"],
}
# The six steps of a slide (last step names a competitor, without leaving yet).
SLIDE: dict[str, list[str]] = {
    "es": [
        "La app de {mention} tarda una eternidad en enseñar las citas libres últimamente. Antes era instantáneo",
        "Un poco [[decepcionada|decepcionado]]: el plan Plus ha pasado de 169 a 189 € sin avisar. Me enteré por el cargo",
        "Me han movido la recogida un día por SEGUNDA vez este mes. Ya cuesta organizarse así {mention}",
        "El chatbot de {mention} no entiende 'cambiar la cita'. Le escribo eso y me ofrece lavado de coche. En serio",
        "[[FURIOSA|FURIOSO]]: me habéis cobrado unas escobillas que NO pedí. 24 € que nadie me consultó. {mention}",
        "Pues ya está. Esta noche miro cuánto cobra {rival} por lo mismo. Lo siento {mention}",
    ],
    "de": [
        "Die {mention} App braucht neuerdings ewig, bis freie Termine kommen. Früher ging das sofort",
        "Bisschen enttäuscht: das Plus-Paket ist ohne Ankündigung von 169 auf 189 € gestiegen. Gemerkt hab ich's an der Abbuchung",
        "Zum ZWEITEN Mal diesen Monat wurde meine Abholung um einen Tag verschoben. So kann man nicht planen {mention}",
        "Der Chatbot von {mention} versteht 'Termin verschieben' nicht. Schlägt mir eine Autowäsche vor. Echt jetzt",
        "Stinksauer: ihr habt mir Wischerblätter berechnet, die ich NICHT bestellt habe. 24 € ohne Rückfrage. {mention}",
        "So, reicht. Heute Abend schau ich, was {rival} für das Gleiche nimmt. Schade {mention}",
    ],
    "en": [
        "The {mention} app takes ages to show free slots lately. Used to be instant",
        "Bit disappointed the Plus plan went from €169 to €189 without a word. Found out from the charge",
        "Pick-up moved by a day for the SECOND time this month. Hard to plan like this {mention}",
        "The {mention} chatbot doesn't understand 'move my booking'. Offers me a car wash. Really",
        "Fuming: charged €24 for wiper blades I NEVER asked for. {mention}",
        "Right, that's it. Tonight I'm checking what {rival} charge for the same thing. Shame {mention}",
    ],
    "fr": [
        "L'appli {mention} met une éternité à afficher les créneaux ces temps-ci",
        "Un peu [[déçue|déçu]] : le forfait Plus est passé de 169 à 189 € sans prévenir",
        "Prise en charge décalée d'un jour pour la DEUXIÈME fois ce mois-ci {mention}",
        "Le chatbot {mention} ne comprend pas 'décaler mon rdv'. Il me propose un lavage",
        "[[Énervée|Énervé]] : 24 € d'essuie-glaces que je n'ai JAMAIS demandés. {mention}",
        "Bon, ça suffit. Ce soir je regarde ce que prend {rival} pour la même chose",
    ],
    "it": [
        "L'app di {mention} ci mette una vita a mostrare gli orari liberi ultimamente",
        "Un po' [[delusa|deluso]]: il piano Plus è passato da 169 a 189 € senza avviso",
        "Ritiro spostato di un giorno per la SECONDA volta questo mese {mention}",
        "Il chatbot di {mention} non capisce 'spostare l'appuntamento'. Mi propone un lavaggio",
        "[[Furiosa|Furioso]]: 24 € di spazzole tergicristallo MAI chieste. {mention}",
        "Basta. Stasera guardo quanto chiede {rival} per la stessa cosa",
    ],
    "pt": [
        "A app da {mention} demora imenso a mostrar as vagas ultimamente",
        "Um pouco [[desiludida|desiludido]]: o plano Plus passou de 169 para 189 € sem aviso",
        "Recolha adiada um dia pela SEGUNDA vez este mês {mention}",
        "O chatbot da {mention} não percebe 'mudar a marcação'. Oferece-me uma lavagem",
        "[[Furiosa|Furioso]]: cobraram 24 € de escovas que NUNCA pedi. {mention}",
        "Pronto, chega. Hoje à noite vou ver quanto a {rival} cobra pelo mesmo",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)
# Leavers: they ask to cancel the plan and close the account.
LEAVE: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Baja del plan Plus y de la cuenta",
            "Hola, me voy a vivir a Dublín por trabajo el mes que viene y vendo el coche. Quiero dar de baja el plan Plus y cerrar mi cuenta. Ha sido un placer, de verdad. Gracias por todo.",
        ),
        (
            "Cancelar plan y cuenta",
            "Buenas, la empresa me da coche de empresa con su propio mantenimiento, así que ya no me hace falta el plan. Por favor, cancelad el Plus y cerrad la cuenta. Gracias.",
        ),
    ],
    "de": [
        (
            "Kündigung Plus-Paket und Konto",
            "Hallo, ich ziehe nächsten Monat beruflich nach Wien und verkaufe das Auto. Bitte das Plus-Paket kündigen und mein Konto schließen. Es war immer gut mit euch, danke.",
        ),
        (
            "Plus kündigen, Konto löschen",
            "Guten Tag, ich habe jetzt einen Firmenwagen mit Wartung vom Leasing, das Paket brauche ich nicht mehr. Bitte Plus kündigen und Konto schließen. Danke!",
        ),
    ],
    "en": [
        (
            "Cancel Plus and close account",
            "Hi, I'm moving to Lisbon for work next month and selling the car. Please cancel my Plus plan and close the account. It's been great, honestly.",
        )
    ],
    "fr": [
        (
            "Résiliation forfait et compte",
            "Bonjour, je pars vivre à Montréal et je vends la voiture. Merci de résilier le forfait Plus et de fermer mon compte.",
        )
    ],
    "it": [
        (
            "Disdetta piano e account",
            "Buongiorno, mi trasferisco a Zurigo per lavoro e vendo l'auto. Vorrei disdire il piano Plus e chiudere l'account.",
        )
    ],
    "pt": [
        (
            "Cancelar plano e conta",
            "Olá, vou viver para Madrid por trabalho e vendo o carro. Quero cancelar o plano Plus e fechar a conta.",
        )
    ],
}
LEAVE_REPLY: dict[str, str] = {
    "es": "Hola {first}, gracias por estos años con nosotros y mucha suerte. Puedes cancelar el plan y cerrar la cuenta [[tú misma|tú mismo]] en la app o en la web, en 'Mi plan' > 'Cancelar'. Un saludo, {agent}",
    "de": "Hallo {first}, danke für die gemeinsame Zeit und alles Gute! Sie können das Paket und das Konto selbst in der App oder auf der Website kündigen, unter 'Mein Paket' > 'Kündigen'. Viele Grüße, {agent}",
    "en": "Hi {first}, thanks for being with us and good luck! You can cancel yourself in the app or on the website under 'My plan' > 'Cancel'. Best, {agent}",
    "fr": "Bonjour {first}, merci et bonne chance ! Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}",
    "it": "Buongiorno {first}, grazie e in bocca al lupo! Può disdire [[da sola|da solo]] nell'app o sul sito. {agent}",
    "pt": "Olá {first}, obrigado e boa sorte! Pode cancelar [[sozinha|sozinho]] na app ou no site. {agent}",
}
CANCEL_REASON: dict[str, list[str]] = {
    "es": ["me mudo al extranjero", "vendo el coche", ""],
    "de": ["Umzug ins Ausland", "Auto verkauft", ""],
    "en": ["moving abroad", ""],
    "fr": ["déménagement", ""],
    "it": ["trasferimento", ""],
    "pt": ["mudança", ""],
}
# Steadily grumpy customers' grumbles.
GRUMBLES: dict[str, list[str]] = {
    "es": [
        "Cada vez que se actualiza la app de {mention} me echa y tengo que volver a entrar. Cada. Vez.",
        "15 € de suplemento de sábado por un cambio de ruedas de 20 minutos. Vale.",
        "Sigue saliendo mi dirección antigua en la factura. Lo he cambiado tres veces",
        "El seguimiento lleva media hora diciendo 'el conductor llega en 5 min'",
        "Pregunto al chatbot por el cambio de aceite y me ofrece neumáticos. Bien {mention}",
        "SMS recordatorio a las 7 de la mañana un sábado. Gracias, eh",
        "Tercera vez que me sale la pantalla de 'valora tu experiencia' hoy",
    ],
    "de": [
        "Nach jedem Update der {mention} App bin ich ausgeloggt. Jedes. Mal.",
        "15 € Samstagszuschlag für einen Reifenwechsel von 20 Minuten. Aha.",
        "Auf der Rechnung steht immer noch meine alte Adresse. Dreimal geändert",
        "Tracking steht seit einer halben Stunde auf 'Fahrer in 5 Min da'",
        "Ich frage den Chatbot nach Ölwechsel, er bietet mir Reifen an. Danke {mention}",
        "Erinnerungs-SMS um 7 Uhr am Samstag. Wie nett",
        "Zum dritten Mal heute die 'Bewerten Sie uns'-Seite",
    ],
    "en": [
        "Logged out of the {mention} app after every update. Every. Single. Time.",
        "€15 Saturday supplement for a 20 minute tyre swap. OK then.",
        "Old address still on the invoice. Changed it three times",
        "Tracker's said 'driver 5 min away' for half an hour",
        "Reminder text at 7am on a Saturday. Lovely",
    ],
    "fr": [
        "Déconnecté[[e|]] de l'appli {mention} après chaque mise à jour",
        "15 € de supplément samedi pour 20 minutes de travail",
        "Toujours mon ancienne adresse sur la facture",
        "SMS de rappel à 7h un samedi. Merci",
    ],
    "it": [
        "Dopo ogni aggiornamento l'app di {mention} mi slogga",
        "15 € di supplemento del sabato per 20 minuti di lavoro",
        "Ancora il vecchio indirizzo in fattura",
        "SMS di promemoria alle 7 di sabato. Grazie",
    ],
    "pt": [
        "A app da {mention} faz logout a cada atualização",
        "15 € de suplemento ao sábado por 20 minutos",
        "Continua a morada antiga na fatura",
        "SMS às 7 da manhã num sábado. Obrigad[[a|o]]",
    ],
}
# Mild one-off grumbles of a calm weekend (question or form, with the answer).
QUIET_GRUMBLES: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "las fotos del coche en la app se ven borrosas en la tablet, es normal?",
            "Gracias por avisar. Es un fallo conocido en tablets; se arregla con la próxima actualización.",
        ),
        (
            "el calendario de citas tarda mucho en cargar por las mañanas",
            "Gracias, lo pasamos al equipo de la app.",
        ),
    ],
    "de": [
        (
            "die Fotos vom Auto sind in der App auf dem Tablet unscharf, ist das normal?",
            "Danke für den Hinweis. Das ist auf Tablets bekannt, das nächste Update behebt es.",
        ),
        (
            "der Terminkalender lädt morgens sehr langsam",
            "Danke, wir geben das ans App-Team weiter.",
        ),
    ],
    "en": [
        (
            "car photos look blurry in the app on my tablet, normal?",
            "Thanks for flagging, it's a known tablet issue, fixed in the next update.",
        ),
        ("slot picker is slow to load in the mornings", "Thanks, passed to the app team."),
    ],
    "fr": [
        ("les photos sont floues sur tablette", "Merci, c'est corrigé à la prochaine mise à jour.")
    ],
    "it": [
        (
            "le foto dell'auto sono sfocate sul tablet",
            "Grazie, si sistema col prossimo aggiornamento.",
        )
    ],
    "pt": [
        (
            "as fotos do carro ficam desfocadas no tablet",
            "Obrigado, fica resolvido na próxima atualização.",
        )
    ],
}
# The planted spike: the app cannot find the car by its number plate (error VL-317).
SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "No puedo reservar el cambio de ruedas: al meter la matrícula la app dice 'No se ha encontrado el vehículo (error VL-317)'. El coche es el mismo de siempre!",
        "{mention} la app me da error VL-317 al buscar mi coche por la matrícula. Tenía que cambiar las ruedas hoy",
        "error VL-317 'vehículo no encontrado' y no me deja seguir con la reserva. Alguien más??",
        "Llevo desde las 10 intentando pedir cita para las ruedas de invierno y siempre 'error VL-317, vehículo no encontrado'. Ayer funcionaba",
        "{mention} la app ya no encuentra mi coche!! error VL-317. He puesto la matrícula tres veces",
    ],
    "de": [
        "Ich kann den Reifenwechsel nicht buchen: beim Kennzeichen kommt 'Fahrzeug konnte nicht gefunden werden (Fehler VL-317)'. Ist dasselbe Auto wie immer!",
        "{mention} Fehler VL-317 beim Suchen meines Autos per Kennzeichen. Wollte heute Winterreifen drauf",
        "VL-317 'Fahrzeug nicht gefunden', Buchung geht nicht weiter. Noch jemand??",
        "Seit halb 10 versuche ich Winterreifen zu buchen, jedes Mal Fehler VL-317, Fahrzeug nicht gefunden. Gestern ging's noch",
        "{mention} euer Buchungsformular findet mein Auto nicht mehr!! Fehler VL-317. Hab das Kennzeichen dreimal eingegeben",
    ],
    "en": [
        "Can't book the tyre change: entering my reg gives 'Vehicle could not be found (error VL-317)'. Same car as always!",
        "{mention} error VL-317 when I look up my car by reg. Anyone else?",
    ],
    "fr": [
        "Impossible de réserver : l'appli affiche 'Véhicule introuvable (erreur VL-317)' avec ma plaque"
    ],
    "it": [
        "Non riesco a prenotare: inserendo la targa l'app dice 'Veicolo non trovato (errore VL-317)'"
    ],
    "pt": [
        "Não consigo marcar: ao pôr a matrícula a app diz 'Veículo não encontrado (erro VL-317)'"
    ],
}
SPIKE_REPEAT: dict[str, str] = {
    "es": "Sigue el VL-317. He probado con la matrícula sin espacios y con el número de bastidor, lo mismo. Y en el chat no contesta nadie",
    "de": "Immer noch VL-317. Kennzeichen ohne Leerzeichen, mit FIN probiert, gleiches Ergebnis. Und im Chat antwortet keiner",
    "en": "Still VL-317. Tried the reg without spaces and the VIN, same thing. And nobody's answering on the chat",
    "fr": "Toujours VL-317. Essayé sans espaces et avec le numéro de série, pareil. Et personne au chat",
    "it": "Ancora VL-317. Provato senza spazi e col telaio, uguale. E in chat non risponde nessuno",
    "pt": "Continua o VL-317. Tentei sem espaços e com o número do quadro, igual. E no chat ninguém responde",
}
SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "es": "Tu reserva de esta mañana",
    "de": "Ihre Buchung von heute Vormittag",
    "en": "Your booking this morning",
    "fr": "Votre réservation de ce matin",
    "it": "La sua prenotazione di stamattina",
    "pt": "A sua marcação desta manhã",
}
SPIKE_FIXED: dict[str, str] = {
    "es": "Hola {first}, el problema de esta mañana al buscar el vehículo (error VL-317) está resuelto desde las 11:30. Tu cita para el cambio de neumáticos está guardada y te hemos descontado {amount}. Perdona las molestias. {agent}",
    "de": "Hallo {first}, das Problem von heute Vormittag bei der Fahrzeugsuche (Fehler VL-317) ist seit 11:30 Uhr behoben. Ihr Termin für den Reifenwechsel ist gebucht und wir haben {amount} abgezogen. Entschuldigen Sie die Umstände. {agent}",
    "en": "Hi {first}, this morning's problem looking up vehicles (error VL-317) has been fixed since half 10 UK time. Your tyre change is booked and we've taken {amount} off. Sorry for the hassle. {agent}",
    "fr": "Bonjour {first}, le problème de ce matin (erreur VL-317) est résolu. Votre rdv est enregistré et nous avons déduit {amount}. {agent}",
    "it": "Buongiorno {first}, il problema di stamattina (errore VL-317) è risolto. L'appuntamento è salvato e abbiamo scontato {amount}. {agent}",
    "pt": "Olá {first}, o problema desta manhã (erro VL-317) está resolvido. A marcação ficou feita e descontámos {amount}. {agent}",
}
# Lone questions the day before (a slow plate lookup that worked).
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "ayer al meter la matrícula la app tardó como 20 segundos en encontrar el coche, luego bien y la cita está hecha. es normal?",
        "Hola, sí: a veces la consulta al registro de vehículos tarda unos segundos. Si la cita aparece en 'Mis citas', está todo correcto.",
    ),
    "de": (
        "gestern hat die App beim Kennzeichen so 20 Sekunden gebraucht, bis das Auto da war, dann ging's und der Termin ist gebucht. ist das normal?",
        "Hallo, ja: die Abfrage beim Fahrzeugregister dauert manchmal ein paar Sekunden. Wenn der Termin unter 'Meine Termine' steht, passt alles.",
    ),
}
