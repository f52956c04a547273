# ruff: noqa: E501
"""Wording of heldout286 (Amolesca: fishing day permits, tackle hire, guided trips).

Written blind, in Italian and Spanish first. {c} is a case reference, {x} a competitor,
{p} a product, {t} a local time, {n} a first name, {d} a weekday.
"""

from __future__ import annotations

LANGS = ("it", "es", "de", "en", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "it": ("IT", "IT", "IT", "CH"),
    "es": ("ES",),
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "FR", "BE"),
    "pt": ("PT",),
}
COMPETITORS = ("Pescarra", "Lagolino")

FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Alessandro",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Silvia",
        "Andrea",
        "Valentina",
        "Stefano",
        "Federica",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Pablo",
        "Marta",
        "Sergio",
        "Elena",
        "Álvaro",
        "Nuria",
        "Raúl",
        "Irene",
        "Diego",
        "Rocío",
        "Iñaki",
        "Pilar",
        "Andrés",
    ],
    "de": [
        "Jonas",
        "Anna",
        "Lukas",
        "Katrin",
        "Felix",
        "Sabine",
        "Tobias",
        "Miriam",
        "Stefan",
        "Julia",
    ],
    "en": [
        "Gareth",
        "Siobhan",
        "Callum",
        "Fiona",
        "Rhys",
        "Aoife",
        "Tom",
        "Hannah",
        "Niall",
        "Becky",
    ],
    "fr": [
        "Mathieu",
        "Élodie",
        "Julien",
        "Camille",
        "Yannick",
        "Sophie",
        "Bastien",
        "Aurélie",
        "Loïc",
        "Manon",
    ],
    "pt": ["João", "Inês", "Rui", "Beatriz", "Tiago", "Marta", "Nuno", "Catarina", "Hugo", "Sofia"],
}
LAST = {
    "it": [
        "Ferri",
        "Galli",
        "Bassi",
        "Rinaldi",
        "Cattaneo",
        "Marchetti",
        "Pellegrini",
        "Fontana",
        "Serra",
        "Testa",
        "Longo",
        "Gatti",
        "Mancini",
        "Barbieri",
    ],
    "es": [
        "Ortega",
        "Navarro",
        "Soler",
        "Prieto",
        "Vidal",
        "Herrero",
        "Cano",
        "Iglesias",
        "Bravo",
        "Castro",
        "Lozano",
        "Pascual",
        "Rubio",
        "Gallego",
    ],
    "de": ["Krüger", "Hoffmann", "Brandl", "Vogel", "Seidel", "Lorenz", "Huber", "Wagner"],
    "en": ["Pritchard", "Doyle", "McAllister", "Hughes", "Kavanagh", "Baxter", "Quinn", "Morgan"],
    "fr": [
        "Lemaire",
        "Gautier",
        "Perrin",
        "Roussel",
        "Chevalier",
        "Marchand",
        "Leclerc",
        "Barbier",
    ],
    "pt": ["Ferreira", "Carvalho", "Monteiro", "Sousa", "Pinto", "Lopes", "Teixeira", "Moreira"],
}
TOWNS = {
    "IT": ["Trento", "Bergamo", "Rieti", "Udine", "Lucca"],
    "CH": ["Lugano", "Bellinzona", "Luzern"],
    "ES": ["León", "Huesca", "Cuenca", "Girona", "Oviedo"],
    "DE": ["Passau", "Kassel", "Lüneburg"],
    "AT": ["Villach", "Linz"],
    "UK": ["Hereford", "Carlisle", "Perth"],
    "IE": ["Galway", "Kilkenny"],
    "FR": ["Annecy", "Limoges", "Vichy"],
    "BE": ["Namur", "Dinant"],
    "PT": ["Viseu", "Braga", "Tomar"],
}
PHONE = {
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "ES": ("+34", "6", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "PT": ("+351", "9", 8),
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}

PRODUCTS = [
    ("Day permit, Lago Verde carp lake", 18),
    ("Weekend permit, river trout beat", 42),
    ("Guided fly-fishing morning", 95),
    ("Tackle hire: spinning rod and reel, one day", 14),
    ("Float tube and waders hire, weekend", 38),
    ("Night carp session with bivvy", 55),
    ("Kids' first-catch lesson", 29),
    ("Amolesca Club, monthly", 12),
]
PAGES = [
    "/lakes",
    "/permits",
    "/tackle-hire",
    "/guided-trips",
    "/club",
    "/app/my-permits",
    "/catch-report",
    "/help",
]

# ------------------------------------------------------------------ happy --
PRAISE = {
    "it": [
        "Mattinata perfetta al Lago Verde, tre carpe e un caffè dal guardiapesca. Grazie Amolesca!",
        "La guida di ieri sul torrente è stata bravissima, mio figlio ha preso la sua prima trota 🎣",
        "prenotare il permesso dall'app ci ho messo un minuto, comodissimo",
        "Canna a noleggio in ottimo stato, mulinello pulito. Si vede che ci tenete",
    ],
    "es": [
        "Mañana de lujo en el coto del río, dos truchas y ni un alma. Gracias Amolesca",
        "El guía de ayer un crack, paciencia infinita con mi hija. Repetimos seguro",
        "sacar el permiso desde la app es rapidísimo, lo hice en el aparcamiento",
        "Las botas vadeadoras de alquiler como nuevas, ni una gota dentro 👌",
    ],
    "de": [
        "Herrlicher Morgen am Forellenbach, Erlaubnis in zwei Minuten in der App. Danke Amolesca!",
        "Der Guide war super geduldig mit meinem Sohn, erster Fisch seines Lebens",
    ],
    "en": [
        "Cracking morning on the trout beat, permit sorted on the app in the car park. Cheers Amolesca",
        "Our guide was brilliant with the kids, first fish for both of them",
    ],
    "fr": [
        "Super matinée au lac, carte du jour prise dans l'appli en deux minutes. Merci Amolesca",
        "Le guide était top avec ma fille, sa première truite !",
    ],
    "pt": [
        "Manhã fantástica na albufeira, licença tirada na app em dois minutos. Obrigado Amolesca",
        "O guia foi impecável com o meu filho, primeiro peixe dele",
    ],
}
AGAIN = {
    "it": [
        "Terza uscita guidata quest'anno e ancora una volta impeccabili",
        "Di nuovo una bella giornata al lago, come sempre tutto in ordine",
    ],
    "es": [
        "Tercera salida guiada este año y otra vez de diez",
        "Otra vez el mismo guarda tan amable en el coto, da gusto",
    ],
    "de": ["Schon wieder ein toller Tag am See, wie immer alles top"],
    "en": ["Third guided trip this year and still spot on"],
    "fr": ["Encore une sortie guidée parfaite, la troisième cette année"],
    "pt": ["Terceira saída guiada este ano e outra vez impecável"],
}
GRIPE = {
    "it": [
        "Tutto bene, solo il parcheggio del lago è un po' sterrato. Per il resto top",
        "Bravi, però la mappa delle postazioni nell'app è piccolina",
    ],
    "es": [
        "Todo genial, solo que el guadapolvo del carrete chirriaba un poco. Por lo demás perfecto",
        "Muy bien, aunque la caseta del guarda abre tarde",
    ],
    "de": ["Alles prima, nur die Karte der Angelplätze ist in der App winzig"],
    "en": ["All good, only the car park at the lake is a bit of a mudbath"],
    "fr": ["Très bien, juste le parking du lac un peu boueux"],
    "pt": ["Tudo ótimo, só o parque de estacionamento do lago é de terra batida"],
}
QUESTION = {
    "it": [
        "Ciao, il permesso giornaliero vale anche per la pesca notturna?",
        "Buongiorno, posso portare il cane al Lago Verde?",
        "Si può noleggiare il guadino insieme alla canna?",
    ],
    "es": [
        "Hola, ¿el permiso de día vale también para pescar de noche?",
        "Buenas, ¿se puede llevar al perro al coto?",
        "¿La sacadera va incluida con la caña de alquiler?",
    ],
    "de": [
        "Hallo, gilt die Tageskarte auch fürs Nachtangeln?",
        "Darf ich meinen Hund an den See mitbringen?",
    ],
    "en": [
        "Hi, does the day permit cover night fishing too?",
        "Can I bring the dog to the carp lake?",
    ],
    "fr": [
        "Bonjour, la carte journalière vaut aussi pour la pêche de nuit ?",
        "Je peux venir avec mon chien au lac ?",
    ],
    "pt": ["Olá, a licença diária também dá para pesca noturna?", "Posso levar o cão ao lago?"],
}
ANSWER = {
    "it": "Ciao {n}, certo: trovi tutti i dettagli nella scheda del lago nell'app. Buona pesca!",
    "es": "Hola {n}, sí: tienes todos los detalles en la ficha del coto en la app. ¡Buena pesca!",
    "de": "Hallo {n}, ja: alle Details stehen auf der Seite des Gewässers in der App. Petri Heil!",
    "en": "Hi {n}, yes: all the details are on the lake's page in the app. Tight lines!",
    "fr": "Bonjour {n}, oui : tous les détails sont sur la fiche du lac dans l'appli. Bonne pêche !",
    "pt": "Olá {n}, sim: tem todos os detalhes na ficha do lago na app. Boa pesca!",
}
THANKS = {
    "it": ["Grazie mille!", "perfetto grazie", "ok grz"],
    "es": ["¡Gracias!", "genial, gracias", "vale mil gracias"],
    "de": ["Danke!"],
    "en": ["Cheers, thanks!"],
    "fr": ["Merci !"],
    "pt": ["Obrigada!"],
}
REVIEW = {
    "it": ["Lago pulito, pesci in salute, personale gentile", "Guida preparata e simpatica"],
    "es": ["Coto bien cuidado y guardas majos", "Material de alquiler en perfecto estado"],
    "de": ["Gepflegtes Gewässer, nette Leute"],
    "en": ["Well-kept lake, friendly bailiffs"],
    "fr": ["Lac bien entretenu, équipe sympa"],
    "pt": ["Lago bem cuidado, pessoal simpático"],
}
SURVEY_WORD = {
    "it": ["ottimo", "tutto bene", "👍", ""],
    "es": ["genial", "todo bien", "👍", ""],
    "de": ["super", ""],
    "en": ["great", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}
NIGHT_POST = {
    "it": [
        "Le 2 e non dormo, sto già sognando la carpa di sabato al Lago Verde",
        "Turno di notte finito, prenotato il permesso per domattina 🎣",
    ],
    "es": [
        "Las 3 y sin sueño, viendo vídeos de nudos para el finde en el coto",
        "Salgo del turno de noche y ya tengo el permiso del sábado",
    ],
    "de": ["2 Uhr nachts und ich binde noch Fliegen für Samstag"],
    "en": ["2am and still tying flies for Saturday's trout beat"],
    "fr": ["2h du mat et je prépare encore mes mouches pour samedi"],
    "pt": ["Duas da manhã e ainda a preparar as amostras para sábado"],
}
NIGHT_Q = {
    "it": [
        "A che ora apre il cancello del Lago Verde domattina?",
        "Posso cambiare la postazione prenotata per sabato?",
    ],
    "es": [
        "¿A qué hora abren la barrera del coto mañana?",
        "¿Puedo cambiar el puesto reservado del sábado?",
    ],
    "de": ["Wann öffnet morgen die Schranke am See?"],
    "en": ["What time does the lake gate open tomorrow?"],
    "fr": ["Le portail du lac ouvre à quelle heure demain ?"],
    "pt": ["A que horas abre o portão do lago amanhã?"],
}

# ------------------------------------------------------------- problems --
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
TOPIC = {
    "it": {
        "no_show": "guida mai arrivata",
        "double_charge": "quota Club addebitata due volte",
        "damage": "canna rotta",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo non da socio",
        "cancel_fee": "penale di cancellazione",
    },
    "es": {
        "no_show": "guía que no apareció",
        "double_charge": "cuota del Club cobrada dos veces",
        "damage": "caña rota",
        "refund": "reembolso pendiente",
        "wrong_price": "precio sin descuento de socio",
        "cancel_fee": "penalización por cancelar",
    },
    "de": {
        "no_show": "Guide nicht erschienen",
        "double_charge": "Club-Beitrag doppelt abgebucht",
        "damage": "Rute kaputt",
        "refund": "Erstattung fehlt",
        "wrong_price": "kein Mitgliederpreis",
        "cancel_fee": "Stornogebühr",
    },
    "en": {
        "no_show": "guide never turned up",
        "double_charge": "Club fee taken twice",
        "damage": "broken rod",
        "refund": "missing refund",
        "wrong_price": "non-member price",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "no_show": "guide jamais venu",
        "double_charge": "cotisation Club prélevée deux fois",
        "damage": "canne cassée",
        "refund": "remboursement manquant",
        "wrong_price": "tarif non adhérent",
        "cancel_fee": "frais d'annulation",
    },
    "pt": {
        "no_show": "guia que nunca apareceu",
        "double_charge": "quota do Club cobrada duas vezes",
        "damage": "cana partida",
        "refund": "reembolso em falta",
        "wrong_price": "preço sem desconto de sócio",
        "cancel_fee": "taxa de cancelamento",
    },
}
COMPLAINT = {
    "it": {
        "no_show": [
            "Ero al ponte alle 5:30 come da prenotazione, la guida non si è mai vista e nessuno risponde. Mattinata buttata e 95 euro pagati",
            "SONO LE 7 e della guida nemmeno l'ombra. Mi alzo alle 4 per niente, vergogna",
        ],
        "double_charge": [
            "Mi avete addebitato la quota del Club DUE volte questo mese, rivoglio i miei soldi subito",
            "Estratto conto: 12 euro e poi altri 12, stesso giorno. Ma scherziamo?",
        ],
        "damage": [
            "La canna a noleggio si è spezzata al primo lancio, era già incrinata. E ora mi chiedete la cauzione??",
            "Mulinello bloccato appena aperto, giornata rovinata",
        ],
        "refund": [
            "Lago chiuso per piena, mi avete cancellato l'uscita e il rimborso dopo tre settimane non è arrivato",
            "Aspetto ancora i 42 euro del permesso annullato da voi. Basta scuse",
        ],
        "wrong_price": [
            "Sono socia del Club e mi avete fatto pagare il permesso a prezzo pieno. Che senso ha pagare la quota?",
            "Prezzo da non socio di nuovo, eppure la tessera Club è attiva",
        ],
        "cancel_fee": [
            "Ho disdetto con cinque giorni di anticipo e mi avete preso la penale. Inaccettabile",
            "Penale di 20 euro per una disdetta fatta giovedì per la domenica dopo? No",
        ],
    },
    "es": {
        "no_show": [
            "A las 5:30 en el puente como ponía la reserva y el guía NI APARECIÓ. Nadie coge el teléfono. 95 euros y la mañana perdida",
            "son las 7 y del guía ni rastro, me he levantado a las 4 para nada, vaya tela",
        ],
        "double_charge": [
            "Me habéis cobrado la cuota del Club DOS veces este mes, quiero la devolución ya",
            "En el banco: 12 euros y otros 12 el mismo día. ¿Qué es esto?",
        ],
        "damage": [
            "La caña de alquiler se partió al primer lance, ya venía rajada. ¿Y encima me queréis quitar la fianza?",
            "El carrete venía bloqueado, día de pesca a la basura",
        ],
        "refund": [
            "Cerrasteis el coto por la crecida y el reembolso después de TRES semanas sigue sin llegar",
            "Sigo esperando los 42 euros del permiso que anulasteis vosotros",
        ],
        "wrong_price": [
            "Soy socia del Club y me habéis cobrado el permiso a precio completo. ¿Para qué pago la cuota?",
            "Otra vez precio de no socio con la tarjeta del Club activa",
        ],
        "cancel_fee": [
            "Cancelé con cinco días de antelación y me cobráis penalización. Inaceptable",
            "20 euros de penalización por cancelar el jueves una salida del domingo siguiente, venga ya",
        ],
    },
    "de": {
        "no_show": [
            "Um 5:30 an der Brücke wie gebucht, der Guide kam NIE, keiner geht ans Telefon. 95 Euro und der Morgen weg"
        ],
        "double_charge": ["Club-Beitrag diesen Monat ZWEIMAL abgebucht, ich will mein Geld zurück"],
        "damage": [
            "Die Leihrute ist beim ersten Wurf gebrochen, sie war schon angeknackst. Und jetzt wollt ihr die Kaution?"
        ],
        "refund": [
            "Gewässer wegen Hochwasser gesperrt, Ausflug storniert, Erstattung nach drei Wochen immer noch nicht da"
        ],
        "wrong_price": [
            "Ich bin Club-Mitglied und habe den vollen Preis für die Tageskarte bezahlt. Wozu dann der Beitrag?"
        ],
        "cancel_fee": ["Fünf Tage vorher storniert und trotzdem Stornogebühr. Geht gar nicht"],
    },
    "en": {
        "no_show": [
            "Stood at the bridge at 5:30 as booked, the guide NEVER showed and nobody answers the phone. 95 quid and the morning gone"
        ],
        "double_charge": ["You've taken the Club fee TWICE this month, I want it back now"],
        "damage": [
            "Hired rod snapped on the first cast, it was already cracked. And now you want my deposit?"
        ],
        "refund": [
            "You shut the lake for flooding and cancelled my trip, three weeks on and still no refund"
        ],
        "wrong_price": [
            "I'm a Club member and got charged the full permit price. What am I paying the fee for?"
        ],
        "cancel_fee": ["Cancelled five days ahead and still got a cancellation fee. Not on"],
    },
    "fr": {
        "no_show": [
            "Au pont à 5h30 comme prévu, le guide n'est JAMAIS venu et personne ne répond. 95 euros et la matinée perdue"
        ],
        "double_charge": [
            "Vous avez prélevé la cotisation du Club DEUX fois ce mois-ci, je veux être remboursé"
        ],
        "damage": [
            "La canne louée a cassé au premier lancer, elle était déjà fêlée. Et vous voulez garder la caution ?"
        ],
        "refund": [
            "Lac fermé pour crue, sortie annulée par vous, et toujours pas de remboursement après trois semaines"
        ],
        "wrong_price": [
            "Je suis adhérente du Club et j'ai payé la carte plein tarif. À quoi sert la cotisation ?"
        ],
        "cancel_fee": ["Annulé cinq jours avant et vous me facturez des frais. Inadmissible"],
    },
    "pt": {
        "no_show": [
            "Estava na ponte às 5:30 como marcado, o guia NUNCA apareceu e ninguém atende. 95 euros e a manhã perdida"
        ],
        "double_charge": [
            "Cobraram a quota do Club DUAS vezes este mês, quero o dinheiro de volta"
        ],
        "damage": [
            "A cana alugada partiu ao primeiro lançamento, já vinha rachada. E agora querem ficar com a caução?"
        ],
        "refund": [
            "Fecharam o lago por causa da cheia e cancelaram a saída, três semanas depois nada de reembolso"
        ],
        "wrong_price": [
            "Sou sócia do Club e paguei a licença a preço cheio. Para que pago a quota?"
        ],
        "cancel_fee": ["Cancelei com cinco dias de antecedência e cobraram taxa. Inaceitável"],
    },
}
LETTER = {
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio e il telefono in mano, quindi scusate se sarò disordinata. Siamo clienti da tre stagioni, mio marito ha regalato l'abbonamento al Club a suo padre per i settant'anni e di solito tutto fila liscio.\n\n{body}\n\nCapite che con due bambini e un suocero che aspettava quella giornata da mesi non è una cosa da poco. Vi chiedo di sistemare la cosa e di farmi sapere qualcosa entro la settimana.\n\nCordiali saluti\n{n}",
        "Gentile Amolesca,\n\nscrivo la sera tardi dopo aver chiuso il negozio, con calma perché voglio spiegarmi bene. Vi ho consigliati a mezzo paese, il gruppo di pesca del circolo prenota quasi solo da voi.\n\n{body}\n\nNon è da voi, per questo mi dispiace ancora di più. Aspetto una risposta seria.\n\n{n}",
    ),
    "es": (
        "Buenas tardes:\n\nos escribo desde el coche, esperando a que mi hija salga del conservatorio, así que perdonad si me enrollo. Somos clientes desde hace años, mi padre y yo salimos al coto casi todos los meses y hasta ahora nunca habíamos tenido una queja.\n\n{body}\n\nMi padre tiene 74 años y esa mañana era su regalo de cumpleaños. Espero que lo solucionéis y que me digáis algo esta semana.\n\nUn saludo,\n{n}",
        "Hola:\n\nescribo entre pedido y pedido en la frutería, que hoy no para de entrar gente. Os he recomendado a toda la cuadrilla del pueblo y casi todos tienen ya el Club.\n\n{body}\n\nMe sabe mal escribir esto porque siempre habéis ido bien. Espero noticias.\n\n{n}",
    ),
    "de": (
        "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, unser Hund hat sich die Pfote verletzt. Wir angeln seit Jahren über Sie und waren immer zufrieden.\n\n{body}\n\nBitte kümmern Sie sich darum und melden Sie sich diese Woche.\n\nViele Grüße\n{n}",
    ),
}
SUBJECT_COMPLAINT = {
    "it": "Reclamo: {t}",
    "es": "Reclamación: {t}",
    "de": "Beschwerde: {t}",
    "en": "Complaint: {t}",
    "fr": "Réclamation : {t}",
    "pt": "Reclamação: {t}",
}
SUBJECT_RE = {
    "it": "R: Segnalazione {c}",
    "es": "RE: Incidencia {c}",
    "de": "AW: Vorgang {c}",
    "en": "Re: Your case {c}",
    "fr": "RE : Demande {c}",
    "pt": "RE: Pedido {c}",
}
CASE_OPENED = {
    "it": "Ciao {n}, ci dispiace molto. Abbiamo aperto la segnalazione {c} e ti aggiorniamo entro 48 ore.",
    "es": "Hola {n}, lo sentimos mucho. Hemos abierto la incidencia {c} y te decimos algo en 48 horas.",
    "de": "Hallo {n}, das tut uns leid. Wir haben den Vorgang {c} eröffnet und melden uns innerhalb von 48 Stunden.",
    "en": "Hi {n}, really sorry about this. We've opened case {c} and will update you within 48 hours.",
    "fr": "Bonjour {n}, désolés. Nous avons ouvert la demande {c} et revenons vers vous sous 48 heures.",
    "pt": "Olá {n}, lamentamos muito. Abrimos o pedido {c} e damos notícias em 48 horas.",
}
GOOD_NEWS = {
    "it": "Ciao {n}, buone notizie sulla segnalazione {c}: abbiamo sistemato tutto e riaccreditato l'importo. Ci confermi che ora è a posto?",
    "es": "Hola {n}, buenas noticias sobre la incidencia {c}: está resuelto y el importe devuelto. ¿Nos confirmas que te ha llegado?",
    "de": "Hallo {n}, gute Nachrichten zu {c}: erledigt und der Betrag gutgeschrieben. Können Sie das bestätigen?",
    "en": "Hi {n}, good news on case {c}: it's sorted and the money is back on your card. Could you confirm?",
    "fr": "Bonjour {n}, bonne nouvelle pour la demande {c} : c'est réglé et le montant remboursé. Pouvez-vous confirmer ?",
    "pt": "Olá {n}, boas notícias sobre o pedido {c}: está resolvido e o valor devolvido. Pode confirmar?",
}
CONFIRM = {
    "it": ["Confermo, {c} risolta, grazie", "Sì tutto a posto per la {c}, grazie mille"],
    "es": ["Confirmado, {c} resuelta, gracias", "Sí, ya me ha llegado lo de la {c}, gracias"],
    "de": ["Bestätigt, {c} ist erledigt, danke"],
    "en": ["Confirmed, {c} is sorted, thanks"],
    "fr": ["Confirmé, {c} réglée, merci"],
    "pt": ["Confirmo, {c} resolvido, obrigado"],
}
APOLOGY = {
    "it": [
        "Scusate per i toni di ieri, ero furiosa e stanca. Grazie per la pazienza",
        "Ieri ho esagerato, chiedo scusa",
    ],
    "es": [
        "Perdón por cómo escribí ayer, estaba muy quemado. Gracias por la paciencia",
        "Ayer me pasé, lo siento",
    ],
    "de": ["Entschuldigung für meinen Ton gestern"],
    "en": ["Sorry for the tone yesterday, I was fuming"],
    "fr": ["Désolée pour le ton d'hier"],
    "pt": ["Desculpem o tom de ontem"],
}
STILL_OPEN = {
    "it": [
        "Di nuovo per la {c}: ancora niente, nessuno mi ha richiamato",
        "La segnalazione {c} è ancora aperta. Ve lo ripeto: {t}",
    ],
    "es": [
        "Otra vez por la {c}: sigue sin resolver, nadie me ha llamado",
        "La incidencia {c} sigue abierta. Os lo repito: {t}",
    ],
    "de": ["Nochmal wegen {c}: immer noch offen, niemand hat angerufen"],
    "en": ["Again about {c}: still open, nobody has rung me"],
    "fr": ["Encore pour {c} : toujours rien, personne ne m'a rappelé"],
    "pt": ["Outra vez o {c}: continua por resolver, ninguém ligou"],
}
THIRD = {
    "it": "Terza volta che scrivo per la {c}. Un amico pesca con {x} e lì queste cose le risolvono in giornata",
    "es": "Tercera vez que escribo por la {c}. Un compañero saca los permisos con {x} y allí lo arreglan en el día",
    "de": "Dritte Nachricht zu {c}. Ein Kollege angelt über {x}, da ist sowas am selben Tag erledigt",
    "en": "Third time writing about {c}. A mate books with {x} and they sort this the same day",
    "fr": "Troisième message pour {c}. Un collègue passe par {x} et eux règlent ça dans la journée",
    "pt": "Terceira vez que escrevo sobre o {c}. Um colega usa a {x} e lá resolvem no mesmo dia",
}
FOURTH = {
    "it": "QUARTA volta per la {c}. Ancora aperta. Basta.",
    "es": "CUARTA vez por la {c}. Sigue abierta. Ya está bien.",
    "de": "VIERTES Mal wegen {c}. Immer noch offen.",
    "en": "FOURTH time about {c}. Still open.",
    "fr": "QUATRIÈME fois pour {c}. Toujours ouverte.",
    "pt": "QUARTA vez sobre o {c}. Continua aberto.",
}
ADDED = {
    "it": "Aggiunto alla segnalazione {c} e segnato come urgente.",
    "es": "Añadido a la incidencia {c} y marcado como urgente.",
    "de": "Zu {c} hinzugefügt und als dringend markiert.",
    "en": "Added to case {c} and marked urgent.",
    "fr": "Ajouté à la demande {c}, marquée urgente.",
    "pt": "Acrescentado ao pedido {c} e marcado como urgente.",
}
QUALITY = {
    "it": "Ciao {n}, la segnalazione {c} è ora nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "es": "Hola {n}, tu incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Hallo {n}, Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Hi {n}, your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Bonjour {n}, votre demande {c} est chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "pt": "Olá {n}, o seu pedido {c} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço.",
}
SLIDE = {
    "it": [
        "Il guardiapesca ci ha fatto aspettare 40 minuti al cancello, peccato",
        "Postazioni prenotate occupate da altri, nessuno controlla più",
        "Canna a noleggio col passante rotto, meno cura di una volta",
        "Per il rimborso della cauzione ora chiedono foto di ogni pezzo. Ma dai",
        "30 euro di 'pulizia' per un bivvy restituito pulitissimo, con le foto dell'app. Ridicolo",
        "Mio cognato ora prende i permessi da {x}, sabato vado con lui. Qui è finita la magia",
    ],
    "es": [
        "El guarda nos tuvo 40 minutos esperando en la barrera, qué pena",
        "Puestos reservados ocupados por otros, ya no controla nadie",
        "Caña de alquiler con una anilla rota, se nota menos cuidado",
        "Para devolver la fianza ahora piden foto de cada pieza. En serio",
        "30 euros de 'limpieza' por un bivvy devuelto impecable, con fotos de la app. De risa",
        "Mi cuñado saca ahora los permisos con {x}, el sábado me voy con él. Aquí se acabó",
    ],
    "de": [
        "40 Minuten am Tor gewartet, schade",
        "Gebuchte Plätze von anderen besetzt",
        "Leihrute mit kaputtem Ring",
        "Für die Kaution jetzt Fotos von jedem Teil, ernsthaft",
        "30 Euro 'Reinigung' für ein sauberes Bivvy, frech",
        "Mein Schwager bucht jetzt bei {x}, Samstag fahre ich mit",
    ],
    "en": [
        "Kept 40 minutes at the gate by the bailiff, shame",
        "Booked pegs taken by others, nobody checks",
        "Hired rod with a broken ring",
        "Photos of every part now to get the deposit back, really",
        "£25 'cleaning fee' for a spotless bivvy, with the app's photos. Joke",
        "My brother-in-law books with {x} now, I'm going with him Saturday",
    ],
    "fr": [
        "40 minutes d'attente au portail, dommage",
        "Postes réservés occupés par d'autres",
        "Canne louée avec un anneau cassé",
        "Photos de chaque pièce pour la caution, sérieusement",
        "30 euros de 'nettoyage' pour un biwy impeccable, ridicule",
        "Mon beau-frère passe par {x} maintenant, samedi je vais avec lui",
    ],
    "pt": [
        "40 minutos à espera no portão, pena",
        "Lugares reservados ocupados por outros",
        "Cana alugada com um passador partido",
        "Agora pedem foto de cada peça para a caução, a sério",
        "30 euros de 'limpeza' por uma tenda devolvida limpa, ridículo",
        "O meu cunhado tira agora as licenças na {x}, sábado vou com ele",
    ],
}
LEAVE = {
    "it": [
        "Buongiorno, con il trasferimento in città non andrò più al lago. Vorrei disdire il Club Amolesca e chiudere l'account, grazie",
        "Mi sono comprata l'attrezzatura e ho il permesso regionale annuale. Vorrei cancellare il Club e chiudere l'account",
    ],
    "es": [
        "Hola, me mudo a Madrid y ya no iré al coto. Quiero darme de baja del Club Amolesca y cerrar la cuenta",
        "Me he comprado mi propio equipo y tengo la licencia anual. Quiero cancelar el Club y cerrar la cuenta, gracias",
    ],
    "de": ["Ich ziehe in die Stadt und möchte den Amolesca Club kündigen und das Konto schließen"],
    "en": ["I'm moving away and want to cancel Amolesca Club and close my account"],
    "fr": ["Je déménage, je veux résilier le Club Amolesca et fermer mon compte"],
    "pt": ["Vou mudar de cidade, quero cancelar o Club Amolesca e fechar a conta"],
}
SORRY_GO = {
    "it": "Ciao {n}, ci dispiace vederti andare. Puoi disdire il Club da solo nell'app o sul sito, in Profilo > Abbonamento.",
    "es": "Hola {n}, sentimos que te vayas. Puedes cancelar el Club tú mismo en la app o en la web, en Perfil > Suscripción.",
    "de": "Hallo {n}, schade. Sie können den Club selbst in der App oder online kündigen.",
    "en": "Hi {n}, sorry to see you go. You can cancel the Club yourself in the app or on the website.",
    "fr": "Bonjour {n}, dommage. Vous pouvez résilier le Club vous-même dans l'appli ou sur le site.",
    "pt": "Olá {n}, lamentamos. Pode cancelar o Club na app ou no site.",
}
GRUMBLE = {
    "it": [
        "L'app mi scollega ogni volta che la apro",
        "Il promemoria 'permesso in scadenza' alle 6 di mattina, anche no",
        "Coda alla casetta del guardiapesca, sabato 30 minuti",
    ],
    "es": [
        "La app me echa cada vez que la abro",
        "El aviso de 'permiso a punto de caducar' a las 6 de la mañana, de verdad",
        "Cola en la caseta del guarda, el sábado media hora",
    ],
    "de": ["Die App meldet mich jedes Mal ab", "Schlange am Kassenhäuschen, 30 Minuten"],
    "en": [
        "The app logs me out every single time",
        "Half an hour queueing at the bailiff's hut on Saturday",
    ],
    "fr": ["L'appli me déconnecte à chaque fois", "Une demi-heure de queue à la cabane du garde"],
    "pt": ["A app desliga-me a sessão sempre", "Meia hora de fila na casa do guarda"],
}
SARCASM = {
    "it": [
        "Bellissima la nuova 'postazione panoramica': vista sul parcheggio 👏",
        "Guida puntualissima, solo un'ora dopo l'alba. Tanto i pesci aspettano 😂",
    ],
    "es": [
        "Genial el nuevo 'puesto con vistas': vistas al aparcamiento 👏",
        "Guía puntualísimo, solo una hora después del amanecer. Total, los peces esperan 😂",
    ],
    "de": ["Toller 'Panoramaplatz': Blick auf den Parkplatz 👏"],
    "en": ["Love the new 'scenic peg': view of the car park 👏"],
    "fr": ["Superbe 'poste panoramique' : vue sur le parking 👏"],
    "pt": ["Adoro o novo 'lugar panorâmico': vista para o estacionamento 👏"],
}
MILD = {
    "it": [
        "La ricerca dei laghi mi mostra quelli di un'altra regione",
        "Le notifiche mi arrivano in tedesco",
    ],
    "es": [
        "El buscador de cotos me enseña los de otra provincia",
        "Las notificaciones me llegan en inglés",
    ],
    "de": ["Die Gewässersuche zeigt die falsche Region"],
    "en": ["The lake search shows the wrong county"],
    "fr": ["La recherche de lacs montre une autre région"],
    "pt": ["A pesquisa de lagos mostra outro distrito"],
}
ACK = {
    "it": "Grazie {n}, segnalato al team. Ti aggiorniamo.",
    "es": "Gracias {n}, lo pasamos al equipo. Te contamos.",
    "de": "Danke {n}, ans Team weitergegeben.",
    "en": "Thanks {n}, passed to the team.",
    "fr": "Merci {n}, transmis à l'équipe.",
    "pt": "Obrigado {n}, passámos à equipa.",
}
DETAIL_LOW = {
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
    "de": ["schlecht"],
    "en": ["poor"],
    "fr": ["nul"],
    "pt": ["mau"],
}

# --------------------------------------------------------------- spike --
SPIKE_CODE = "FP!2048"
SPIKE = {
    "it": [
        "Il guardiapesca scansiona il permesso nell'app e gli dà 'non valido', errore FP!2048. Pagato ieri sera!",
        "Permesso digitale rifiutato al cancello del lago, FP!2048. Siamo qui con le canne in mano",
        "errore FP!2048 al controllo, il guardia non ci fa entrare",
    ],
    "es": [
        "El guarda escanea el permiso de la app y sale 'no válido', error FP!2048. ¡Lo pagué anoche!",
        "Permiso digital rechazado en la barrera del coto, FP!2048. Aquí estamos con las cañas",
        "error FP!2048 en el control, el guarda no nos deja pasar",
    ],
    "de": ["Kontrolleur scannt die Karte in der App: 'ungültig', Fehler FP!2048. Gestern bezahlt!"],
    "en": ["Bailiff scans my app permit and it says invalid, error FP!2048. Paid last night!"],
    "fr": ["Le garde scanne ma carte dans l'appli : 'invalide', erreur FP!2048. Payée hier soir !"],
    "pt": ["O guarda lê a licença na app e diz 'inválida', erro FP!2048. Paguei ontem!"],
}
SPIKE_AGAIN = {
    "it": "Ancora FP!2048, anche col telefono di mio fratello. Siamo sempre al cancello",
    "es": "Sigue el FP!2048, también con el móvil de mi mujer. Seguimos en la barrera",
    "de": "Immer noch FP!2048, auch mit dem Handy meiner Frau",
    "en": "Still FP!2048, on my wife's phone too",
    "fr": "Toujours FP!2048, même sur le téléphone de ma femme",
    "pt": "Continua FP!2048, também no telemóvel da minha mulher",
}
SPIKE_ANSWER = {
    "it": "Sì, in questo momento i permessi digitali vengono rifiutati in tutti i laghi, i tecnici ci stanno lavorando.",
    "es": "Sí, ahora mismo los permisos digitales fallan en todos los cotos, los técnicos ya están en ello.",
    "de": "Ja, digitale Karten werden gerade überall abgelehnt, die Technik ist dran.",
    "en": "Yes, digital permits are failing at every water right now, our engineers are on it.",
    "fr": "Oui, les cartes numériques sont refusées partout en ce moment, nos techniciens s'en occupent.",
    "pt": "Sim, as licenças digitais estão a falhar em todos os lagos, os técnicos já estão a tratar.",
}
SPIKE_FIXED = {
    "it": "Ciao {n}, i permessi funzionano di nuovo dalle {t}. Il permesso di oggi è offerto da noi: {m} di credito aggiunto.",
    "es": "Hola {n}, los permisos vuelven a funcionar desde las {t}. El de hoy corre de nuestra cuenta: {m} de saldo añadido.",
    "de": "Hallo {n}, die Karten funktionieren seit {t} Uhr wieder. Die heutige geht auf uns: {m} Guthaben.",
    "en": "Hi {n}, permits work again since {t}. Today's is on us: {m} credit added.",
    "fr": "Bonjour {n}, les cartes fonctionnent à nouveau depuis {t}. Celle d'aujourd'hui est offerte : {m} de crédit.",
    "pt": "Olá {n}, as licenças voltaram a funcionar desde as {t}. A de hoje é por nossa conta: {m} de crédito.",
}
LONE_Q = {
    "it": "Ieri sera il QR del permesso era grigio finché non ho alzato la luminosità, poi si vedeva bene. Domani al cancello lo leggono?",
    "es": "Anoche el QR del permiso salía gris hasta que subí el brillo, luego bien. ¿Mañana en la barrera lo leerán?",
}
LONE_A = {
    "it": "Ciao {n}, con luminosità bassa appare grigio ma il lettore lo legge senza problemi.",
    "es": "Hola {n}, con poco brillo se ve gris pero el lector lo lee sin problema.",
}

# ------------------------------------------------------------ business --
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_TOPIC = {
    "it": {
        "invoice": "fatture senza numero d'ordine",
        "service_blocked": "permessi ospiti rifiutati",
        "portal": "portale senza permessi attivi",
        "overbilled": "tariffa giornaliera invece di stagionale",
    },
    "es": {
        "invoice": "facturas sin número de pedido",
        "service_blocked": "permisos de clientes rechazados",
        "portal": "portal sin permisos activos",
        "overbilled": "tarifa diaria en vez de temporada",
    },
    "de": {
        "invoice": "Rechnungen ohne Bestellnummer",
        "service_blocked": "Gästekarten abgelehnt",
        "portal": "Portal zeigt keine Karten",
        "overbilled": "Tagespreis statt Saisonpreis",
    },
    "en": {
        "invoice": "invoices without PO number",
        "service_blocked": "guest permits refused",
        "portal": "portal shows no permits",
        "overbilled": "day rate instead of season rate",
    },
    "fr": {
        "invoice": "factures sans numéro de commande",
        "service_blocked": "cartes clients refusées",
        "portal": "portail sans cartes actives",
        "overbilled": "tarif journalier au lieu de saison",
    },
    "pt": {
        "invoice": "faturas sem número de encomenda",
        "service_blocked": "licenças de hóspedes recusadas",
        "portal": "portal sem licenças ativas",
        "overbilled": "tarifa diária em vez de época",
    },
}
B2B_COMPLAINT = {
    "it": {
        "invoice": "Le ultime fatture di Amolesca Corporate non riportano il nostro numero d'ordine e l'amministrazione le respinge. Servono corrette.",
        "service_blocked": "Stamattina i nostri ospiti sono stati respinti al lago: 'account sospeso'. Abbiamo pagato tutto, verificate.",
        "portal": "Il portale non mostra nessun permesso attivo, quindi non possiamo annullare quelli inutilizzati e il conto corre.",
        "overbilled": "Ci fatturate a tariffa giornaliera, il contratto prevede la tariffa stagionale. Differenza di oltre 600 €.",
    },
    "es": {
        "invoice": "Las últimas facturas de Amolesca Corporate no llevan nuestro número de pedido y contabilidad las rechaza. Hay que corregirlas.",
        "service_blocked": "Esta mañana han rechazado a nuestros huéspedes en el coto: 'cuenta bloqueada'. Está todo pagado, revisadlo.",
        "portal": "El portal no muestra ningún permiso activo, así que no podemos anular los que sobran y la factura sigue subiendo.",
        "overbilled": "Nos facturáis a tarifa diaria y el contrato es de temporada. Más de 600 € de diferencia.",
    },
    "de": {
        "invoice": "Die Rechnungen von Amolesca Corporate tragen unsere Bestellnummer nicht, die Buchhaltung lehnt sie ab.",
        "service_blocked": "Unsere Gäste wurden heute am See abgewiesen: 'Konto gesperrt'. Alles bezahlt.",
        "portal": "Das Portal zeigt keine aktiven Karten, wir können nichts stornieren.",
        "overbilled": "Sie berechnen Tagespreise statt des vertraglichen Saisonpreises, über 600 € Unterschied.",
    },
    "en": {
        "invoice": "Amolesca Corporate's invoices don't carry our PO number and accounts payable reject them.",
        "service_blocked": "Our guests were turned away at the lake this morning, 'account on hold'. Everything is paid.",
        "portal": "The portal shows no active permits so we can't cancel unused ones and the bill keeps running.",
        "overbilled": "You're billing day rates, our contract is the season rate. Over £500 difference.",
    },
    "fr": {
        "invoice": "Les factures d'Amolesca Corporate n'ont pas notre numéro de commande, la compta les rejette.",
        "service_blocked": "Nos clients ont été refusés au lac ce matin : 'compte bloqué'. Tout est payé.",
        "portal": "Le portail n'affiche aucune carte active, impossible d'annuler.",
        "overbilled": "Vous facturez au tarif journalier, le contrat prévoit le tarif saison.",
    },
    "pt": {
        "invoice": "As faturas da Amolesca Corporate não têm o nosso número de encomenda e a contabilidade recusa-as.",
        "service_blocked": "Os nossos hóspedes foram recusados no lago esta manhã: 'conta bloqueada'. Está tudo pago.",
        "portal": "O portal não mostra licenças ativas, não conseguimos anular nada.",
        "overbilled": "Estão a faturar tarifa diária, o contrato é de época.",
    },
}
B2B_FOLLOW = {
    "it": "Scrivo anch'io per la {c}, dopo {n}: {t}. Ancora nessuna soluzione.",
    "es": "Escribo yo también por la {c}, después de {n}: {t}. Sigue sin solución.",
    "de": "Ich schreibe auch wegen {c}, nach {n}: {t}. Noch keine Lösung.",
    "en": "Writing too about {c}, after {n}: {t}. Still not fixed.",
    "fr": "J'écris aussi pour {c}, après {n} : {t}. Toujours rien.",
    "pt": "Escrevo também sobre o {c}, depois do {n}: {t}. Continua sem solução.",
}
B2B_LAST_MAIL = {
    "it": "Per la {c} non è cambiato nulla e ormai vi hanno scritto in parecchi. L'ufficio acquisti ha già chiesto un preventivo a {x}.",
    "es": "Con la {c} no ha cambiado nada y ya os hemos escrito varios. Compras ya ha pedido precios a {x}.",
    "de": "Bei {c} hat sich nichts getan, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {x} angefragt.",
    "en": "Nothing has changed on {c} and several of us have written. Procurement has already asked {x} for their rates.",
    "fr": "Rien n'a bougé pour {c}, plusieurs d'entre nous ont écrit. Les achats ont demandé un devis à {x}.",
    "pt": "Nada mudou no {c} e já vários escrevemos. As compras já pediram preços à {x}.",
}
B2B_LAST_CALL = {
    "it": "buongiorno chiamo per la {c} non è ancora risolto e vi hanno scritto già in tanti il mio capo dice che se non si sistema entro la settimana cambiamo fornitore",
    "es": "hola llamo por la {c} sigue sin arreglarse y os han escrito varios compañeros mi jefe dice que si no se soluciona esta semana nos vamos a otro proveedor",
    "de": "guten Tag ich rufe wegen {c} an es ist immer noch nicht gelöst mein Chef sagt wenn das diese Woche nicht klappt wechseln wir",
    "en": "hi calling about {c} it's still not fixed and several of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour j'appelle pour {c} toujours pas réglé mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "pt": "bom dia ligo por causa do {c} continua por resolver o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
}
B2B_SUGGEST = {
    "it": [
        "Sarebbe utile esportare i costi per centro di costo",
        "Potreste indicare sulla ricevuta il lago e la postazione?",
    ],
    "es": [
        "Estaría bien exportar los gastos por centro de coste",
        "¿Podríais poner en el recibo el coto y el puesto?",
    ],
    "de": ["Export nach Kostenstelle wäre hilfreich"],
    "en": ["An export of costs by cost centre would help"],
    "fr": ["Un export par centre de coût serait utile"],
    "pt": ["Seria útil exportar os custos por centro de custo"],
}
B2B_ACK = {
    "it": "Gentile {n}, abbiamo aperto la pratica {c} e la seguiamo con priorità.",
    "es": "Hola {n}, hemos abierto la incidencia {c} y la seguimos con prioridad.",
    "de": "Hallo {n}, wir haben {c} eröffnet und kümmern uns vorrangig.",
    "en": "Hi {n}, we've opened {c} and are treating it as a priority.",
    "fr": "Bonjour {n}, nous avons ouvert {c} en priorité.",
    "pt": "Olá {n}, abrimos o pedido {c} com prioridade.",
}
B2B_ROUTINE_Q = {
    "it": [
        "Possiamo aggiungere due permessi ospiti per sabato?",
        "Il lago nord è aperto la settimana prossima?",
    ],
    "es": [
        "¿Podemos añadir dos permisos de huéspedes para el sábado?",
        "¿El coto norte abre la semana que viene?",
    ],
    "de": ["Können wir zwei Gästekarten für Samstag ergänzen?"],
    "en": ["Can we add two guest permits for Saturday?"],
    "fr": ["On peut ajouter deux cartes invités pour samedi ?"],
    "pt": ["Podemos juntar duas licenças de hóspedes para sábado?"],
}
COMPANIES = {
    "it": [
        ("Albergo Val di Sole", "hotel"),
        ("Circolo Aziendale Rivetti", "company club"),
        ("Agriturismo Le Querce", "hotel"),
        ("Studio Eventi Brenta", "events"),
    ],
    "es": [
        ("Hotel Rural Sierra Alta", "hotel"),
        ("Eventos Cantábrico", "events"),
        ("Club Deportivo Ibérica Seguros", "company club"),
        ("Casa Rural El Molino", "hotel"),
    ],
    "de": [("Landgasthof Seeblick", "hotel"), ("Werksverein Kessler", "company club")],
    "en": [("Glenmorran Lodge", "hotel")],
    "fr": [("Gîtes du Lac Bleu", "hotel")],
    "pt": [("Quinta do Rio Paiva", "hotel")],
}
JOBS = [
    "office manager",
    "guest relations",
    "accounts",
    "events coordinator",
    "general manager",
    "HR officer",
]
