# ruff: noqa: E501
"""Wording of heldout171/ (Rutavento, campervan hire). Placeholders: <case>, <comp>, <prod>."""

from __future__ import annotations

LANGS = ("es", "de", "en", "fr", "it", "pt")
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
}
FIRST = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Alberto",
        "Paula",
        "Raúl",
        "Elena",
        "Diego",
        "Irene",
        "Óscar",
    ],
    "de": [
        "Jonas",
        "Katrin",
        "Felix",
        "Sabine",
        "Lukas",
        "Anja",
        "Tobias",
        "Miriam",
        "Stefan",
        "Jana",
        "Florian",
        "Heike",
    ],
    "en": ["Owen", "Hannah", "Callum", "Niamh", "George", "Chloe"],
    "fr": ["Camille", "Hugo", "Léa", "Mathis", "Élodie", "Bastien"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sara", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Nuno"],
}
LAST = {
    "es": [
        "Ortega",
        "Navarro",
        "Gil",
        "Serrano",
        "Molina",
        "Castillo",
        "Rubio",
        "Vidal",
        "Prieto",
        "Cano",
    ],
    "de": [
        "Brandt",
        "Köhler",
        "Winter",
        "Scholz",
        "Lorenz",
        "Hartmann",
        "Vogel",
        "Krämer",
        "Seidel",
        "Busch",
    ],
    "en": ["Walsh", "Hughes", "Doyle", "Barker", "Quinn", "Pearson"],
    "fr": ["Girard", "Lambert", "Fontaine", "Roux", "Mercier", "Blanc"],
    "it": ["Ricci", "Greco", "Bruno", "Galli", "Conti", "Marini"],
    "pt": ["Lopes", "Figueiredo", "Carvalho", "Pinto", "Sousa", "Moreira"],
}
PRODUCTS = [
    ("Camper van 2 berths, weekend", 289),
    ("Camper van 4 berths, 1 week", 845),
    ("Compact van, 3 nights", 399),
    ("Bike rack and awning add-on", 45),
    ("Camper 4 berths, long weekend", 465),
]
PAGES = ["/vans", "/stations", "/club", "/routes", "/faq/deposit", "/account/bookings"]

PRAISE = {
    "es": [
        "Finde perfecto con la furgo de Rutavento, limpia y con el depósito lleno. Repetiremos 🚐",
        "La camper de 4 plazas una pasada, los niños flipando. Gracias Rutavento!",
        "Recogida en 10 minutos y la chica de la estación majísima. Así da gusto",
    ],
    "de": [
        "Super Wochenende mit dem Rutavento Camper, alles sauber und vollgetankt 👍",
        "Übergabe in zehn Minuten, der Mitarbeiter hat uns alles erklärt. Top!",
        "Mit dem Kompaktvan an den Gardasee, lief alles wie am Schnürchen",
    ],
    "en": ["Brilliant weekend in the Rutavento van, spotless and a full tank. Cheers!"],
    "fr": ["Week-end génial avec le van Rutavento, propre et plein fait. Merci !"],
    "it": ["Weekend perfetto col camper Rutavento, pulito e col pieno. Grazie!"],
    "pt": ["Fim de semana incrível com a carrinha da Rutavento, tudo limpo. Obrigada!"],
}
AGAIN = {
    "es": [
        "Tercera vez que alquilamos con Rutavento y otra vez todo perfecto",
        "Otra vez la misma furgo que en Semana Santa, como en casa",
    ],
    "de": [
        "Schon wieder alles top bei Rutavento, dritte Tour dieses Jahr",
        "Immer noch begeistert vom Camper, zum dritten Mal gebucht",
    ],
    "en": ["Third trip with Rutavento this year and still not a single hitch"],
    "fr": ["Troisième location chez Rutavento et toujours aussi bien"],
    "it": ["Terza volta con Rutavento e ancora tutto perfetto"],
    "pt": ["Terceira vez com a Rutavento e outra vez tudo impecável"],
}
GRIPE = {
    "es": [
        "Todo genial, solo que el toldo cuesta un poco de abrir. Por lo demás 10",
        "Muy contentos, aunque la app tarda en cargar el contrato. Volveremos",
    ],
    "de": [
        "Sehr gut, nur die Markise klemmt ein bisschen. Sonst gerne wieder",
        "Tolle Tour, einzig die App lädt den Vertrag ewig. Trotzdem 5 Sterne",
    ],
    "en": ["Lovely van, only gripe is the awning sticks a bit. Would book again"],
    "fr": ["Super van, seul bémol le store un peu dur. On reviendra"],
    "it": ["Ottimo camper, solo la tendalina un po' dura. Torneremo"],
    "pt": ["Ótima carrinha, só o toldo é um pouco duro. Voltaremos"],
}
QUESTION = {
    "es": [
        "Hola, se puede llevar perro en la camper de 2 plazas?",
        "Buenas, a qué hora abre la estación de Valencia el sábado?",
        "El socio Club tiene descuento en el portabicis?",
    ],
    "de": [
        "Hallo, darf der Hund mit in den 2er Camper?",
        "Ab wann kann ich den Van am Samstag in München abholen?",
        "Gilt der Club-Rabatt auch für den Fahrradträger?",
    ],
    "en": ["Hi, can we bring the dog in the 2-berth van?"],
    "fr": ["Bonjour, le chien peut venir dans le van 2 places ?"],
    "it": ["Ciao, si può portare il cane nel camper da 2?"],
    "pt": ["Olá, posso levar o cão na carrinha de 2 lugares?"],
}
ANSWER = {
    "es": ["Hola! Sí, con manta y avisando en la reserva. Buen viaje 🚐"],
    "de": ["Hallo! Ja, mit Decke und Hinweis in der Buchung. Gute Fahrt!"],
    "en": ["Hi! Yes, with a blanket and a note on the booking. Safe travels!"],
    "fr": ["Bonjour ! Oui, avec une couverture et une note dans la réservation."],
    "it": ["Ciao! Sì, con una coperta e una nota nella prenotazione."],
    "pt": ["Olá! Sim, com manta e uma nota na reserva. Boa viagem!"],
}
THANKS = {
    "es": ["mil gracias crack", "genial gracias!!", "vale perfecto, gracias"],
    "de": ["danke dir, mega", "passt, danke!", "top danke"],
    "en": ["cheers, legend"],
    "fr": ["merci, au top"],
    "it": ["grazie mille, gentilissimi"],
    "pt": ["valeu, obg!"],
}
REVIEW = {
    "es": ["Furgo nueva, limpia y la entrega rapidísima. 5 estrellas"],
    "de": ["Neuer Van, sauber, schnelle Übergabe. Fünf Sterne"],
    "en": ["New van, clean, quick handover. Five stars"],
    "fr": ["Van récent, propre, remise rapide. Cinq étoiles"],
    "it": ["Camper nuovo, pulito, consegna veloce. Cinque stelle"],
    "pt": ["Carrinha nova, limpa, entrega rápida. Cinco estrelas"],
}
SURVEY_WORD = {
    "es": ["genial", "", "👍"],
    "de": ["super", "", "👍"],
    "en": ["great", ""],
    "fr": ["top", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}
NIGHT_POST = {
    "es": [
        "Las 3 de la mañana y yo mirando rutas por Asturias para la camper del sábado 🌙",
        "Turno de noche en el hospital y reservando la furgo para las vacaciones jaja",
    ],
    "de": [
        "3 Uhr nachts und ich plane schon die Route für den Camper am Samstag 🌙",
        "Nachtschicht an der Tanke und nebenbei den Van für Pfingsten gebucht",
    ],
    "en": ["2am and planning the Highlands route for Saturday's van 🌙"],
    "fr": ["3h du mat et je prépare l'itinéraire du van pour samedi 🌙"],
    "it": ["Le 3 di notte e sto già pianificando il giro in camper 🌙"],
    "pt": ["3 da manhã e a planear a rota da carrinha para sábado 🌙"],
}
NIGHT_Q = {
    "es": ["se puede devolver la furgo en la estación de noche con el buzón de llaves?"],
    "de": ["kann ich den Schlüssel nachts in den Briefkasten der Station werfen?"],
    "en": ["can I drop the keys in the station box at night?"],
    "fr": ["on peut déposer les clés dans la boîte de la station la nuit ?"],
    "it": ["posso lasciare le chiavi nella cassetta della stazione di notte?"],
    "pt": ["posso deixar as chaves na caixa da estação à noite?"],
}
NIGHT_A = {
    "es": ["Sí, el buzón está abierto 24 h, foto del cuentakilómetros y listo."],
    "de": ["Ja, der Schlüsselkasten ist rund um die Uhr offen, bitte Foto vom Tacho."],
    "en": ["Yes, the key box is open 24/7, just snap the odometer."],
    "fr": ["Oui, la boîte est ouverte 24h/24, une photo du compteur suffit."],
    "it": ["Sì, la cassetta è aperta 24 ore, basta una foto del contachilometri."],
    "pt": ["Sim, a caixa está aberta 24 h, basta uma foto do conta-quilómetros."],
}
# the six consumer problems, a short phrase each
PROBLEM = {
    "no_show": {
        "es": "llegamos a la estación a la hora de la reserva y la furgo NO estaba, nadie sabía nada y perdimos el ferry",
        "de": "wir standen zur gebuchten Zeit an der Station und der Camper war NICHT da, keiner wusste Bescheid, Fähre verpasst",
        "en": "we turned up at the booked time and the van was NOT there, nobody knew anything and we missed the ferry",
        "fr": "on est arrivés à l'heure réservée et le van n'était PAS là, personne ne savait rien",
        "it": "siamo arrivati all'ora prenotata e il camper NON c'era, nessuno sapeva niente",
        "pt": "chegámos à hora marcada e a carrinha NÃO estava lá, ninguém sabia de nada",
    },
    "double_charge": {
        "es": "me habéis retenido la fianza de 900 € DOS veces en la tarjeta y ahora no puedo pagar el alquiler del piso",
        "de": "die Kaution von 900 € wurde ZWEIMAL auf meiner Karte geblockt und jetzt platzt meine Miete",
        "en": "the £800 deposit has been held TWICE on my card and now my rent bounced",
        "fr": "la caution de 900 € a été bloquée DEUX fois sur ma carte",
        "it": "la cauzione di 900 € è stata bloccata DUE volte sulla carta",
        "pt": "a caução de 900 € foi cativada DUAS vezes no cartão",
    },
    "damage": {
        "es": "la nevera de la camper no enfriaba nada y el toldo venía roto, tiramos toda la comida",
        "de": "der Kühlschrank im Camper hat nicht gekühlt und die Markise war gerissen, alles Essen weggeworfen",
        "en": "the fridge never got cold and the awning was ripped, we binned all the food",
        "fr": "le frigo ne refroidissait pas et le store était déchiré",
        "it": "il frigo non raffreddava e la tendalina era strappata",
        "pt": "o frigorífico não arrefecia e o toldo vinha rasgado",
    },
    "refund": {
        "es": "devolví la furgo hace TRES semanas perfecta y la fianza sigue sin liberarse",
        "de": "ich habe den Van vor DREI Wochen einwandfrei zurückgegeben und die Kaution ist immer noch nicht frei",
        "en": "I returned the van THREE weeks ago spotless and the deposit still hasn't been released",
        "fr": "j'ai rendu le van il y a TROIS semaines et la caution n'est toujours pas libérée",
        "it": "ho restituito il camper TRE settimane fa e la cauzione non è ancora sbloccata",
        "pt": "devolvi a carrinha há TRÊS semanas e a caução ainda não foi libertada",
    },
    "wrong_price": {
        "es": "soy socia del Club y me habéis cobrado la tarifa normal, 120 € de más",
        "de": "ich bin Club-Mitglied und mir wurde der normale Tarif berechnet, 120 € zu viel",
        "en": "I'm a Club member and got charged the standard rate, £100 too much",
        "fr": "je suis membre du Club et on m'a facturé le tarif normal, 120 € de trop",
        "it": "sono socio del Club e mi avete addebitato la tariffa normale, 120 € in più",
        "pt": "sou sócia do Club e cobraram-me a tarifa normal, 120 € a mais",
    },
    "cancel_fee": {
        "es": "cancelé con CINCO días de antelación y me cobráis 150 € de gastos de cancelación",
        "de": "ich habe FÜNF Tage vorher storniert und soll 150 € Stornogebühr zahlen",
        "en": "I cancelled FIVE days ahead and got a £130 cancellation fee",
        "fr": "j'ai annulé CINQ jours avant et on me facture 150 € de frais",
        "it": "ho cancellato CINQUE giorni prima e mi addebitate 150 € di penale",
        "pt": "cancelei com CINCO dias de antecedência e cobraram 150 € de taxa",
    },
}
OPEN = {
    "es": ["Esto es una vergüenza:", "Hola, a ver si alguien me explica esto:", "YA ESTÁ BIEN,"],
    "de": ["Das ist eine Frechheit:", "Hallo, kann mir das jemand erklären:", "JETZT REICHTS,"],
    "en": ["This is a joke:"],
    "fr": ["C'est inadmissible :"],
    "it": ["È una vergogna:"],
    "pt": ["Isto é uma vergonha:"],
}
CLOSE = {
    "es": ["Quiero una solución ya.", "Espero respuesta hoy."],
    "de": ["Ich erwarte eine Lösung.", "Bitte heute noch melden."],
    "en": ["Sort it out please."],
    "fr": ["J'attends une solution."],
    "it": ["Aspetto una soluzione."],
    "pt": ["Quero uma solução."],
}
LETTER = {
    "es": "Buenos días:\n\nLes escribo desde la sala de espera del fisio de mi madre, que es el único rato que tengo esta semana. Llevamos años alquilando con ustedes y nunca había tenido una queja, pero esta vez <prob>. Entiendo que haya errores, pero nadie me ha llamado ni me ha dado una explicación.\n\nLes pido que lo revisen cuanto antes.\n\nUn saludo,\n<name>",
    "de": "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter, weil ich sonst keine ruhige Minute habe. Wir mieten seit Jahren bei Ihnen, aber diesmal <prob>. Fehler passieren, aber niemand hat sich gemeldet oder etwas erklärt.\n\nBitte kümmern Sie sich umgehend darum.\n\nMit freundlichen Grüßen\n<name>",
}
CALL = {
    "es": "hola mire le llamo porque <prob> y nadie me dice nada necesito que me lo arreglen",
    "de": "ja hallo ich rufe an weil <prob> und keiner sagt mir was ich brauche da eine Lösung",
    "en": "hi yeah I'm calling because <prob> and no one's told me anything I need this sorted",
    "fr": "oui bonjour j'appelle parce que <prob> et personne ne me dit rien",
    "it": "sì buongiorno chiamo perché <prob> e nessuno mi dice niente",
    "pt": "olá estou a ligar porque <prob> e ninguém me diz nada",
}
SUBJ_COMPLAINT = {
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
    "pt": "Reclamação",
}
SUBJ_RE = {
    "es": "RE: Incidencia",
    "de": "AW: Vorgang",
    "en": "Re: Your case",
    "fr": "RE : Demande",
    "it": "R: Segnalazione",
    "pt": "RE: Pedido",
}
CASE_OPENED = {
    "es": "Hola, sentimos mucho lo ocurrido. Hemos abierto la incidencia <case> y te escribimos en cuanto sepamos algo.",
    "de": "Hallo, das tut uns sehr leid. Wir haben den Vorgang <case> angelegt und melden uns so bald wie möglich.",
    "en": "Hi, we're very sorry. We've opened case <case> and will be back to you as soon as we can.",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert la demande <case> et revenons vers vous rapidement.",
    "it": "Ciao, ci dispiace molto. Abbiamo aperto la segnalazione <case> e ti aggiorniamo presto.",
    "pt": "Olá, lamentamos muito. Abrimos o pedido <case> e voltamos a contactar em breve.",
}
QUALITY = {
    "es": "Hola, tu incidencia <case> está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo, Ihr Vorgang <case> liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Hi, your case <case> is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour, votre demande <case> est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "Ciao, la segnalazione <case> è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì.",
    "pt": "Olá, o pedido <case> está com a nossa responsável de qualidade, que liga antes de sexta ao almoço.",
}
GOOD_NEWS = {
    "es": "Buenas noticias sobre la incidencia <case>: ya está solucionado. ¿Nos lo confirmas?",
    "de": "Gute Nachrichten zu Vorgang <case>: das ist erledigt. Können Sie es bestätigen?",
    "en": "Good news on case <case>: it's fixed. Could you confirm?",
    "fr": "Bonne nouvelle pour la demande <case> : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie sulla segnalazione <case>: è risolto. Ce lo confermi?",
    "pt": "Boas notícias sobre o pedido <case>: está resolvido. Pode confirmar?",
}
CONFIRM = {
    "es": "Confirmado lo de la <case>, ya está bien. Gracias!",
    "de": "Bestätigt, <case> ist erledigt. Danke!",
    "en": "Confirmed, <case> is sorted. Thanks!",
    "fr": "Confirmé pour <case>, c'est bon. Merci !",
    "it": "Confermo, <case> risolto. Grazie!",
    "pt": "Confirmado, <case> resolvido. Obrigado!",
}
APOLOGY = {
    "es": "Perdón por el tono de ayer, estaba desbordada. Gracias por arreglarlo",
    "de": "Sorry für den Ton gestern, war echt gestresst. Danke fürs Kümmern",
    "en": "Sorry for the rant yesterday, was stressed out. Thanks for sorting it",
    "fr": "Désolée pour le ton d'hier, j'étais à bout. Merci",
    "it": "Scusate per il tono di ieri, ero stressata. Grazie",
    "pt": "Desculpem o tom de ontem, estava stressada. Obrigada",
}
STILL_OPEN = {
    "es": "Sigo igual con la incidencia <case>, nadie me ha contestado:",
    "de": "Vorgang <case> ist immer noch offen, keiner meldet sich:",
    "en": "Case <case> is still open, nobody has got back to me:",
    "fr": "La demande <case> est toujours ouverte :",
    "it": "La segnalazione <case> è ancora aperta:",
    "pt": "O pedido <case> continua em aberto:",
}
THIRD = {
    "es": "Un compañero alquila con <comp> y se lo solucionan en el día.",
    "de": "Ein Kollege mietet bei <comp>, da ist sowas am selben Tag erledigt.",
    "en": "I've looked at what <comp> charges, just saying.",
    "fr": "J'ai regardé les prix chez <comp>.",
    "it": "Un collega noleggia da <comp> e lì risolvono in giornata.",
    "pt": "Um colega aluga na <comp> e resolvem no mesmo dia.",
}
FOURTH = {
    "es": "Es la CUARTA vez que escribo.",
    "de": "Das ist das VIERTE Mal.",
    "en": "This is the FOURTH time.",
    "fr": "C'est la QUATRIÈME fois.",
    "it": "È la QUARTA volta.",
    "pt": "É a QUARTA vez.",
}
URGENT = {
    "es": "Lo hemos añadido a tu incidencia <case> y la marcamos como urgente.",
    "de": "Wir haben es zu Vorgang <case> hinzugefügt und als dringend markiert.",
    "en": "Added to your case <case> and marked urgent.",
    "fr": "Ajouté à votre demande <case>, marquée urgente.",
    "it": "Aggiunto alla segnalazione <case>, segnata come urgente.",
    "pt": "Acrescentado ao pedido <case>, marcado como urgente.",
}
SLIDE = {
    "es": [
        "La furgo llegó tres horas tarde a la estación y ni una llamada",
        "Toldo medio roto y la batería auxiliar a la mitad. Cada vez peor",
        "Ahora piden foto de cada cajón al devolver, menudo control",
        "Fianza doble y una semana para liberarla. Ya no es lo que era",
        "150 € de 'limpieza' por una furgo que devolví IMPECABLE con las fotos de la propia app. Indignante",
        "Mi cuñado alquila con <comp>, el puente ya lo tengo reservado allí",
    ],
    "de": [
        "Der Van kam drei Stunden zu spät an die Station, kein Anruf",
        "Markise halb kaputt und die Zweitbatterie halb leer. Wird immer schlechter",
        "Jetzt soll man jede Schublade bei Rückgabe fotografieren, lächerlich",
        "Kaution doppelt und eine Woche bis zur Freigabe. Früher war das anders",
        "150 € 'Reinigung' für einen Van, den ich PICOBELLO zurückgab, mit Fotos aus eurer eigenen App. Unverschämt",
        "Mein Schwager mietet bei <comp>, das lange Wochenende hab ich dort gebucht",
    ],
    "en": [
        "Van three hours late at the station, no call",
        "Awning half broken and the leisure battery half flat. Getting worse",
        "Now they want a photo of every drawer on return",
        "Double deposit and a week to release it. Not what it was",
        "£130 'cleaning fee' for a van I returned SPOTLESS with the app's own photos. Outrageous",
        "My brother-in-law hires from <comp>, booked the bank holiday there",
    ],
    "fr": [
        "Van arrivé trois heures en retard, aucun appel",
        "Store à moitié cassé, batterie à moitié vide",
        "Maintenant il faut photographier chaque tiroir au retour",
        "Caution doublée et une semaine pour la libérer",
        "150 € de 'nettoyage' pour un van rendu IMPECCABLE, photos de l'app à l'appui",
        "Mon beau-frère loue chez <comp>, j'ai réservé le pont là-bas",
    ],
    "it": [
        "Camper arrivato tre ore in ritardo, nessuna chiamata",
        "Tendalina mezza rotta e batteria servizi a metà",
        "Ora vogliono la foto di ogni cassetto alla riconsegna",
        "Cauzione doppia e una settimana per sbloccarla",
        "150 € di 'pulizia' per un camper riconsegnato PERFETTO, con le foto dell'app",
        "Mio cognato noleggia da <comp>, il ponte l'ho prenotato lì",
    ],
    "pt": [
        "Carrinha chegou três horas atrasada, nem um telefonema",
        "Toldo meio partido e bateria auxiliar a meio",
        "Agora pedem foto de cada gaveta na devolução",
        "Caução a dobrar e uma semana para libertar",
        "150 € de 'limpeza' por uma carrinha devolvida IMPECÁVEL, com fotos da própria app",
        "O meu cunhado aluga na <comp>, já reservei o feriado lá",
    ],
}
CANCEL = {
    "es": "Hola, hemos comprado nuestra propia autocaravana con la herencia de mi tía, así que quiero darme de baja del Rutavento Club y cerrar la cuenta. Gracias por todo",
    "de": "Hallo, wir haben uns einen eigenen Camper gekauft und brauchen euch nicht mehr. Bitte Rutavento Club kündigen und Konto schließen.",
    "en": "Hi, we've bought our own motorhome so I'd like to cancel Rutavento Club and close my account.",
    "fr": "Bonjour, nous avons acheté notre propre camping-car, je souhaite résilier le Rutavento Club et fermer mon compte.",
    "it": "Ciao, abbiamo comprato un camper nostro, vorrei disdire il Rutavento Club e chiudere l'account.",
    "pt": "Olá, comprámos a nossa autocaravana, quero cancelar o Rutavento Club e fechar a conta.",
}
SORRY_GO = {
    "es": "Sentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web, en Cuenta > Club.",
    "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen, unter Konto > Club.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website under Account > Club.",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Compte > Club.",
    "it": "Ci dispiace. Puoi disdire da solo nell'app o sul sito, Account > Club.",
    "pt": "Lamentamos. Pode cancelar na app ou no site, em Conta > Club.",
}
GRUMBLE = {
    "es": [
        "La app me cierra la sesión cada vez, qué pesadez",
        "Otra vez 40 minutos de cola en la estación el sábado",
        "El SMS de 'tu alquiler termina en 2 horas' a las 6 de la mañana, en serio?",
    ],
    "de": [
        "Die App loggt mich jedes Mal aus, nervig",
        "Wieder 40 Minuten Schlange an der Station am Samstag",
        "Die SMS 'Miete endet in 2 Stunden' um 6 Uhr morgens, echt jetzt?",
    ],
    "en": ["The app logs me out every single time, so annoying"],
    "fr": ["L'app me déconnecte à chaque fois, pénible"],
    "it": ["L'app mi fa uscire ogni volta, che noia"],
    "pt": ["A app termina a sessão sempre, que chatice"],
}
SARCASM = {
    "es": [
        "Entrega 'express' de la furgo a las 21:40, justo a tiempo para montar el campamento a oscuras 👏"
    ],
    "de": ["'Express'-Übergabe um 21:40, perfekt um im Dunkeln das Zelt aufzubauen 👏"],
    "en": ["'Express' handover at 9:40pm, just in time to pitch up in the dark 👏"],
    "fr": ["Remise 'express' à 21h40, parfait pour s'installer dans le noir 👏"],
    "it": ["Consegna 'express' alle 21:40, giusto in tempo per montare al buio 👏"],
    "pt": ["Entrega 'express' às 21:40, mesmo a tempo de montar às escuras 👏"],
}
MILD = {
    "es": ["La app muestra la estación de otra ciudad al buscar, un poco lioso"],
    "de": ["Die Stationssuche zeigt die falsche Stadt an, etwas verwirrend"],
    "en": ["Station search shows the wrong city, a bit confusing"],
    "fr": ["La recherche de station affiche la mauvaise ville"],
    "it": ["La ricerca stazioni mostra la città sbagliata"],
    "pt": ["A pesquisa de estações mostra a cidade errada"],
}
MILD_ACK = {
    "es": "Gracias por avisar, lo pasamos al equipo de la app.",
    "de": "Danke für den Hinweis, wir geben es ans App-Team weiter.",
    "en": "Thanks for flagging, passed to the app team.",
    "fr": "Merci, transmis à l'équipe de l'app.",
    "it": "Grazie, lo passiamo al team dell'app.",
    "pt": "Obrigado, passámos à equipa da app.",
}
# the planted incident (topic_spike only)
SPIKE = {
    "es": [
        "En la estación no me dan la furgo: la app rechaza mi carnet de conducir al hacer el check-in, error DLV-584",
        "la app dice que mi carnet no es válido y lo renové en marzo!! no me entregan la camper",
        "Check-in imposible, la app rechaza el carnet una y otra vez. Tenemos a los niños esperando en el parking",
    ],
    "de": [
        "Übergabe unmöglich: die App lehnt meinen Führerschein beim Check-in ab, Fehler DLV-584",
        "app sagt mein Führerschein sei ungültig, der ist von 2024!! kein Camper",
        "Der Führerscheinscan beim Check-in schlägt immer wieder fehl, wir stehen an der Station",
    ],
    "en": ["App keeps rejecting my driving licence at check-in, DLV-584, no van handed over"],
    "fr": ["L'app refuse mon permis de conduire au check-in, erreur DLV-584, pas de van"],
    "it": ["L'app rifiuta la mia patente al check-in, non ci danno il camper"],
    "pt": ["A app rejeita a minha carta de condução no check-in, erro DLV-584"],
}
SPIKE_AGAIN = {
    "es": "Sigue igual, probé con el carnet de mi pareja y tampoco, DLV-584",
    "de": "Immer noch DLV-584, auch mit dem Führerschein meiner Frau",
    "en": "Still the same, tried my partner's licence too, no luck",
    "fr": "Toujours pareil, même avec le permis de mon conjoint",
    "it": "Ancora niente, anche con la patente di mio marito",
    "pt": "Continua igual, nem com a carta do meu marido",
}
SPIKE_CHAT_A = {
    "es": "Sí, ahora mismo el check-in rechaza los carnets en todas las estaciones, el equipo técnico está en ello.",
    "de": "Ja, der Check-in lehnt gerade an allen Stationen Führerscheine ab, die Technik ist dran.",
    "en": "Yes, check-in is rejecting licences at every station right now, our engineers are on it.",
    "fr": "Oui, le check-in refuse les permis dans toutes les stations, nos équipes sont dessus.",
    "it": "Sì, il check-in sta rifiutando le patenti in tutte le stazioni, ci stiamo lavorando.",
    "pt": "Sim, o check-in está a rejeitar cartas em todas as estações, estamos a tratar.",
}
SPIKE_FIXED = {
    "es": "El check-in vuelve a funcionar desde las 12:30. El día de hoy corre de nuestra cuenta: 20 € de crédito añadidos.",
    "de": "Der Check-in funktioniert wieder seit 12:30. Der heutige Tag geht auf uns: 20 € Guthaben gutgeschrieben.",
    "en": "Check-in works again since 11:30. Today is on us: £18 credit added.",
    "fr": "Le check-in refonctionne depuis 12h30. Aujourd'hui est offert : 20 € de crédit ajoutés.",
    "it": "Il check-in funziona di nuovo dalle 12:30. Oggi offriamo noi: 20 € di credito.",
    "pt": "O check-in volta a funcionar desde as 11:30. Hoje é por nossa conta: 20 € de crédito.",
}
LONE_Q = {
    "es": "Mañana recojo la furgo, tengo que subir el carnet a la app antes o lo enseño en la estación?",
    "de": "Ich hole morgen den Camper ab, muss ich den Führerschein vorher in der App hochladen?",
}
LONE_A = {
    "es": "Puedes subirlo antes en la app, así el check-in es más rápido.",
    "de": "Sie können ihn vorab in der App hochladen, dann geht der Check-in schneller.",
}
# business arm (Rutavento Flota)
B2B_PROBLEM = {
    "invoice": {
        "es": "las facturas siguen saliendo con el nombre antiguo de la empresa y sin número de pedido",
        "de": "die Rechnungen tragen immer noch den alten Firmennamen und keine Bestellnummer",
        "en": "invoices still show our old company name and no PO number",
        "fr": "les factures portent encore l'ancien nom et aucun numéro de commande",
        "it": "le fatture hanno ancora il vecchio nome e nessun numero d'ordine",
        "pt": "as faturas ainda saem com o nome antigo e sem número de encomenda",
    },
    "portal": {
        "es": "el portal no muestra ninguna furgo activa y no podemos pedir la devolución, la factura sigue corriendo",
        "de": "das Portal zeigt keine laufenden Fahrzeuge, wir können nichts abmelden und die Rechnung läuft weiter",
        "en": "the portal shows no active vans so we can't end any hire and the bill keeps running",
        "fr": "le portail n'affiche aucun véhicule actif, impossible de clôturer",
        "it": "il portale non mostra mezzi attivi, non possiamo chiudere il noleggio",
        "pt": "o portal não mostra viaturas ativas, não conseguimos terminar o aluguer",
    },
    "service_blocked": {
        "es": "en la estación nos niegan los minibuses diciendo 'cuenta bloqueada' y está todo pagado",
        "de": "an der Station bekommen wir keine Busse, 'Konto gesperrt', obwohl alles bezahlt ist",
        "en": "the station refused our minibuses, 'account on stop', though everything is paid",
        "fr": "la station refuse nos minibus, 'compte bloqué', alors que tout est payé",
        "it": "in stazione ci negano i minibus, 'conto bloccato', ma è tutto pagato",
        "pt": "na estação recusam as carrinhas, 'conta bloqueada', e está tudo pago",
    },
    "overbilled": {
        "es": "nos cobráis tarifa diaria en vez de la semanal del contrato, más de 600 € de diferencia",
        "de": "ihr berechnet Tagessätze statt des vertraglichen Wochensatzes, über 600 € Unterschied",
        "en": "you bill day rates instead of our contract weekly rate, over £500 difference",
        "fr": "vous facturez au jour au lieu du tarif hebdo du contrat",
        "it": "ci addebitate la tariffa giornaliera invece di quella settimanale del contratto",
        "pt": "cobram tarifa diária em vez da semanal do contrato",
    },
}
B2B_Q = {
    "es": "Hola, podemos añadir un conductor nuevo a la cuenta desde el portal?",
    "de": "Hallo, können wir im Portal einen neuen Fahrer hinzufügen?",
    "en": "Hi, can we add a new driver to the account in the portal?",
    "fr": "Bonjour, peut-on ajouter un conducteur dans le portail ?",
    "it": "Ciao, possiamo aggiungere un autista dal portale?",
    "pt": "Olá, podemos adicionar um condutor no portal?",
}
B2B_A = {
    "es": "Sí, en Portal > Conductores > Añadir.",
    "de": "Ja, unter Portal > Fahrer > Hinzufügen.",
    "en": "Yes, under Portal > Drivers > Add.",
    "fr": "Oui, Portail > Conducteurs > Ajouter.",
    "it": "Sì, Portale > Autisti > Aggiungi.",
    "pt": "Sim, Portal > Condutores > Adicionar.",
}
B2B_PRAISE = {
    "es": "Los minibuses para el rodaje impecables, como siempre. Gracias Rutavento Flota",
    "de": "Die Busse für die Messe waren wieder top. Danke Rutavento Flota",
    "en": "Vans for the shoot were spotless again, thanks Rutavento Flota",
    "fr": "Minibus impeccables pour le salon, merci Rutavento Flota",
    "it": "Minibus perfetti per l'evento, grazie Rutavento Flota",
    "pt": "Carrinhas impecáveis para o evento, obrigado Rutavento Flota",
}
B2B_FIRST = {
    "es": "Buenos días, <prob>. Por favor, revisadlo.",
    "de": "Guten Tag, <prob>. Bitte prüfen.",
    "en": "Hello, <prob>. Please look into it.",
    "fr": "Bonjour, <prob>. Merci de vérifier.",
    "it": "Buongiorno, <prob>. Per favore verificate.",
    "pt": "Bom dia, <prob>. Por favor verifiquem.",
}
B2B_MORE = {
    "es": "Como os escribió <who>, <prob>. Incidencia <case>, sigue sin resolver.",
    "de": "Wie <who> schon schrieb: <prob>. Vorgang <case> ist weiter offen.",
    "en": "As <who> wrote, <prob>. Case <case>, still not fixed.",
    "fr": "Comme <who> l'a écrit, <prob>. Demande <case> toujours ouverte.",
    "it": "Come ha scritto <who>, <prob>. Segnalazione <case> ancora aperta.",
    "pt": "Como a <who> escreveu, <prob>. Pedido <case> continua aberto.",
}
B2B_LAST = {
    "es": "Incidencia <case>: nada arreglado y ya os han escrito varios compañeros. Compras ya ha pedido tarifas a <comp>.",
    "de": "Vorgang <case>: nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei <comp> angefragt.",
    "en": "Case <case>: nothing fixed and several colleagues have written. Procurement has asked <comp> for rates.",
    "fr": "Demande <case> : rien n'est réglé. Les achats ont demandé les tarifs de <comp>.",
    "it": "Segnalazione <case>: niente risolto. Gli acquisti hanno chiesto i prezzi a <comp>.",
    "pt": "Pedido <case>: nada resolvido. As compras já pediram preços à <comp>.",
}
B2B_SUGGEST = {
    "es": "Sugerencia: exportar los costes por código de proyecto en el portal sería genial",
    "de": "Vorschlag: Kosten nach Projektcode exportieren wäre praktisch",
    "en": "Suggestion: exporting costs by project code would help",
    "fr": "Suggestion : exporter les coûts par code projet",
    "it": "Suggerimento: esportare i costi per codice progetto",
    "pt": "Sugestão: exportar custos por código de projeto",
}
