# ruff: noqa: E501
"""Happy wording for heldout28 (Fiorvento, flowers and plants delivered), written by hand.

Italian and Spanish first (most variants), then German, English, French and Portuguese.
Placeholders: {occ} the customer's occasion, {name} the first name, {last} the surname,
{city}, {agent}, {brand}; [[fem|masc]] agrees with the customer's gender.
"""

from __future__ import annotations

BRAND = "Fiorvento"

OCCASIONS: dict[str, list[str]] = {
    "it": [
        "per i 60 anni di mia madre",
        "per il nostro anniversario",
        "per il funerale dello zio Franco",
        "per la nascita della mia nipotina",
        "per la laurea di mio figlio",
        "per un'amica in ospedale",
        "per la festa dei nonni",
        "per la comunione di Matilde",
    ],
    "es": [
        "para los 60 de mi madre",
        "para nuestro aniversario",
        "para el entierro de mi tío Paco",
        "para el nacimiento de mi sobrina",
        "para la graduación de mi hijo",
        "para una amiga en el hospital",
        "para la fiesta de los abuelos",
        "para la comunión de Lucía",
    ],
    "de": [
        "zum 60. meiner Mutter",
        "zu unserem Hochzeitstag",
        "für die Beerdigung von Onkel Franz",
        "zur Geburt meiner Nichte",
        "zum Abschluss meines Sohnes",
        "für eine Freundin im Krankenhaus",
        "für das Großelternfest",
        "zur Kommunion von Mathilda",
    ],
    "en": [
        "for my mum's 60th",
        "for our anniversary",
        "for uncle Frank's funeral",
        "for my niece being born",
        "for my son's graduation",
        "for a friend in hospital",
        "for my grandparents' do",
        "for Matilda's communion",
    ],
    "fr": [
        "pour les 60 ans de ma mère",
        "pour notre anniversaire de mariage",
        "pour l'enterrement de tonton Francis",
        "pour la naissance de ma nièce",
        "pour le diplôme de mon fils",
        "pour une amie à l'hôpital",
        "pour la fête des grands-parents",
        "pour la communion de Mathilde",
    ],
    "pt": [
        "para os 60 anos da minha mãe",
        "para o nosso aniversário de casamento",
        "para o funeral do tio Chico",
        "para o nascimento da minha sobrinha",
        "para a formatura do meu filho",
        "para uma amiga no hospital",
        "para a festa dos avós",
        "para a comunhão da Matilde",
    ],
}

PRAISE: dict[str, list[str]] = {
    "it": [
        "Il mazzo {occ} era stupendo, mamma ha pianto 😭💐 grazie {brand}",
        "Consegna puntualissima e fiori freschissimi, dopo una settimana sono ancora perfetti. {brand} promosso",
        "ragazzi ma come fate, le peonie {occ} erano meglio che in foto",
        "Ordinato ieri sera alle 23, arrivato stamattina a {city}. Fiori bellissimi, bigliettino scritto a mano. Top",
        "Consiglio {brand} a tutti, i girasoli {occ} hanno fatto un figurone 🌻",
        "Servizio clienti gentilissimo e il bouquet {occ} una meraviglia",
    ],
    "es": [
        "El ramo {occ} llegó precioso, mi madre no se lo creía 💐 gracias {brand}!!",
        "Puntuales, flores frescas y la tarjeta con letra bonita. Repetiré seguro",
        "Las rosas {occ} aguantaron diez días en el jarrón, increíble",
        "pedí a las 10 y a las 5 estaba en {city}, así da gusto",
        "Muy [[contenta|contento]] con {brand}, el centro {occ} quedó espectacular 🌸",
        "La orquídea {occ} llegó perfectamente embalada, ni una hoja rota",
    ],
    "de": [
        "Der Strauß {occ} war wunderschön, pünktlich und frisch. Danke {brand}!",
        "Bestellt am Abend, am nächsten Tag in {city}. Blumen halten jetzt schon eine Woche 🌷",
        "Sehr [[zufriedene Kundin|zufriedener Kunde]], die Pfingstrosen {occ} waren ein Traum",
    ],
    "en": [
        "The bouquet {occ} was gorgeous, she was in bits 💐 cheers {brand}",
        "Ordered at 9pm, on the doorstep in {city} by lunchtime. Flowers still going strong a week later",
        "Honestly lovely service, the lilies {occ} looked better than the photo",
    ],
    "fr": [
        "Le bouquet {occ} était magnifique, merci {brand} 💐",
        "Commandé le soir, livré le lendemain à {city}, fleurs encore nickel après dix jours",
        "Très [[contente|content]] de {brand}, les pivoines {occ} ont fait sensation",
    ],
    "pt": [
        "O ramo {occ} chegou lindíssimo, a minha mãe até chorou 💐 obrigad[[a|o]] {brand}",
        "Entrega a horas em {city}, flores frescas uma semana depois. Recomendo",
        "As túlipas {occ} eram ainda mais bonitas do que na foto",
    ],
}

AGAIN: dict[str, list[str]] = {
    "it": [
        "Terzo ordine su {brand} quest'anno e ancora una volta fiori perfetti",
        "Ancora una volta {brand} non sbaglia un colpo, il mazzo {occ} era stupendo",
        "Sempre puntuali, sempre freschi. Cliente da due anni e ancora [[contenta|contento]]",
    ],
    "es": [
        "Tercer pedido este año con {brand} y otra vez todo perfecto",
        "Otra vez flores preciosas {occ}, seguís sin fallar",
        "Sigo [[encantada|encantado]] con {brand} después de tres años",
    ],
    "de": ["Zum dritten Mal dieses Jahr bei {brand} bestellt und wieder alles perfekt"],
    "en": [
        "Third order from {brand} this year and once again spot on",
        "Still the best flowers I've ordered online, again no faff at all",
    ],
    "fr": ["Troisième commande chez {brand} cette année et encore une fois parfait"],
    "pt": ["Terceira encomenda na {brand} este ano e outra vez tudo impecável"],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "it": [
        "Fiori bellissimi {occ}, peccato solo per le spese di consegna un po' alte",
        "Tutto perfetto, però l'app ogni volta mi fa rifare il login 🙄",
        "Bouquet splendido, solo la scatola era un po' ammaccata",
    ],
    "es": [
        "Flores muy bonitas {occ}, lo único que el envío es caro",
        "Todo genial pero la app me cierra sesión cada dos por tres",
        "Ramo precioso, la caja llegó un poco chafada pero bueno",
    ],
    "de": ["Schöne Blumen {occ}, nur die Versandkosten sind happig"],
    "en": ["Lovely flowers {occ}, just wish the delivery wasn't a fiver extra"],
    "fr": ["Fleurs superbes {occ}, juste les frais de livraison un peu chers"],
    "pt": ["Flores lindas {occ}, só os portes é que são caros"],
}

QUESTION: dict[str, list[str]] = {
    "it": [
        "Ciao, posso scegliere l'orario di consegna per il mazzo {occ}? grazie",
        "Buongiorno, se ordino oggi arriva domani a {city}?",
        "Salve, si può aggiungere un biglietto scritto a mano dopo aver pagato?",
        "ciao, l'abbonamento Club si può mettere in pausa ad agosto?",
    ],
    "es": [
        "Hola, ¿puedo elegir la franja horaria de entrega? es {occ}",
        "Buenas, si pido hoy ¿llega mañana a {city}?",
        "Hola! se puede cambiar el mensaje de la tarjeta después de pagar?",
        "hola, el Club se puede pausar en agosto?",
    ],
    "de": [
        "Hallo, kann ich für den Strauß {occ} eine Lieferzeit wählen?",
        "Guten Tag, kommt eine Bestellung von heute morgen noch nach {city}?",
    ],
    "en": [
        "Hi, can I pick a delivery slot for the flowers {occ}?",
        "Hiya, if I order today will it get to {city} tomorrow?",
    ],
    "fr": [
        "Bonjour, je peux choisir le créneau de livraison pour le bouquet {occ} ?",
        "Bonjour, si je commande aujourd'hui c'est livré demain à {city} ?",
    ],
    "pt": [
        "Olá, posso escolher a hora de entrega do ramo {occ}?",
        "Boa tarde, se encomendar hoje chega amanhã a {city}?",
    ],
}

ANSWER: dict[str, list[str]] = {
    # One answer per question above, in the same order.
    "it": [
        "Ciao {name}, sono {agent} di {brand}: sì, al checkout puoi scegliere la fascia mattina o pomeriggio. Buona giornata!",
        "Ciao {name}! Sì, per gli ordini entro le 14 la consegna a {city} è il giorno dopo. {agent}, {brand}",
        "Ciao {name}, sì: fino alla preparazione puoi cambiare il biglietto da I miei ordini > Messaggio. {agent}, {brand}",
        "Ciao {name}! Certo, il Club si mette in pausa fino a due mesi da Profilo > Club. Buone vacanze! {agent}, {brand}",
    ],
    "es": [
        "Hola {name}, soy {agent} de {brand}: sí, en el pago puedes elegir mañana o tarde. ¡Un saludo!",
        "¡Hola {name}! Sí, los pedidos antes de las 14h llegan a {city} al día siguiente. {agent}, {brand}",
        "Hola {name}, sí: hasta que se prepare el pedido puedes cambiar la tarjeta en Mis pedidos > Mensaje. {agent}, {brand}",
        "¡Hola {name}! Claro, el Club se puede pausar hasta dos meses en Perfil > Club. ¡Felices vacaciones! {agent}, {brand}",
    ],
    "de": [
        "Hallo {name}, hier ist {agent} von {brand}: ja, an der Kasse können Sie Vormittag oder Nachmittag wählen. Viele Grüße!",
        "Hallo {name}, ja: Bestellungen bis 14 Uhr kommen am nächsten Tag in {city} an. {agent}, {brand}",
    ],
    "en": [
        "Hi {name}, {agent} from {brand} here: yes, you can choose morning or afternoon at checkout. Have a lovely day!",
        "Hi {name}, yes: orders in by 2pm reach {city} the next day. {agent}, {brand}",
    ],
    "fr": [
        "Bonjour {name}, {agent} de {brand} : oui, vous pouvez choisir matin ou après-midi au paiement. Belle journée !",
        "Bonjour {name}, oui : commandé avant 14 h, livré le lendemain à {city}. {agent}, {brand}",
    ],
    "pt": [
        "Olá {name}, fala {agent} da {brand}: sim, no pagamento pode escolher manhã ou tarde. Boa tarde!",
        "Olá {name}, sim: encomendas até às 14h chegam a {city} no dia seguinte. {agent}, {brand}",
    ],
}

THANKS: dict[str, list[str]] = {
    "it": ["Perfetto grazie mille!", "grazie, gentilissim[[a|o]] 🙏", "Ok chiarissimo, grazie"],
    "es": ["Genial, muchas gracias!", "perfecto gracias 🙏", "Vale, mil gracias"],
    "de": ["Super, danke!", "Vielen Dank 🙏"],
    "en": ["Brilliant, thanks!", "cheers 🙏"],
    "fr": ["Parfait merci !", "super merci 🙏"],
    "pt": ["Perfeito, obrigad[[a|o]]!", "ok obrigad[[a|o]] 🙏"],
}

PHONE_Q: dict[str, list[str]] = {
    "it": [
        "pronto salve volevo sapere se per il mazzo {occ} posso far consegnare sabato mattina a {city} grazie",
        "sì buongiorno chiamo per sapere se il club comprende anche le piante o solo i fiori",
    ],
    "es": [
        "sí hola buenas quería saber si puedo mandar un ramo {occ} el sábado por la mañana a {city}",
        "hola buenos días llamaba para preguntar si el club incluye plantas o solo flores",
    ],
    "de": [
        "ja hallo guten tag ich wollte fragen ob ich den strauß {occ} auch samstags nach {city} liefern lassen kann"
    ],
    "en": [
        "yeah hi just ringing to ask if i can get flowers {occ} delivered on a saturday morning to {city}"
    ],
    "fr": [
        "oui bonjour je voulais savoir si on peut livrer le bouquet {occ} un samedi matin à {city}"
    ],
    "pt": [
        "sim boa tarde queria saber se dá para entregar o ramo {occ} num sábado de manhã em {city}"
    ],
}

REVIEW: dict[str, list[str]] = {
    "it": [
        "Fiori freschi, consegna puntuale, confezione curata.",
        "Ottimo rapporto qualità prezzo, ordinerò ancora.",
        "Il mazzo era identico alla foto, bravi.",
    ],
    "es": [
        "Flores frescas y entrega puntual.",
        "Buena relación calidad precio, repetiré.",
        "El ramo era igual que en la foto.",
    ],
    "de": ["Frische Blumen, pünktlich geliefert.", "Gutes Preis-Leistungs-Verhältnis."],
    "en": ["Fresh flowers, on time, nicely wrapped.", "Good value, will order again."],
    "fr": ["Fleurs fraîches, livraison à l'heure.", "Bon rapport qualité prix."],
    "pt": ["Flores frescas e entrega a horas.", "Boa relação qualidade preço."],
}

SURVEY_WORD: dict[str, list[str]] = {
    "it": ["Ottimo", "tutto perfetto", "👍", "bravissimi", ""],
    "es": ["Genial", "todo perfecto", "👍", "muy bien", ""],
    "de": ["Super", "alles gut", "👍", ""],
    "en": ["Great", "spot on", "👍", ""],
    "fr": ["Parfait", "top", "👍", ""],
    "pt": ["Ótimo", "tudo bem", "👍", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "it": [
        "turno di notte in pronto soccorso finito, ho appena ordinato i fiori {occ} dal telefono 🌙",
        "le 2 e non dormo, almeno ho sistemato il regalo {occ} con {brand} 💐",
    ],
    "es": [
        "3 de la mañana, bebé dormido por fin y ramo {occ} pedido desde el móvil 🌙",
        "guardia de noche terminada y flores {occ} encargadas, qué fácil la app de {brand}",
    ],
    "de": ["Nachtschicht vorbei, Blumen {occ} noch schnell über die App bestellt 🌙"],
    "en": ["3am feed done, finally ordered the flowers {occ} on the {brand} app 🌙"],
    "fr": ["Pause de nuit à l'hôpital, bouquet {occ} commandé en deux minutes 🌙"],
    "pt": ["Turno da noite acabado, flores {occ} encomendadas pela app 🌙"],
}

NIGHT_Q: dict[str, list[str]] = {
    "it": ["ciao, ordino adesso e arriva domani entro le 12? è {occ}"],
    "es": ["hola, si pido ahora llega mañana antes de las 12? es {occ}"],
    "de": ["Hallo, wenn ich jetzt bestelle, kommt es morgen vor 12?"],
    "en": ["hi, if I order now will it arrive before noon tomorrow? it's {occ}"],
    "fr": ["bonsoir, si je commande maintenant c'est livré demain avant midi ?"],
    "pt": ["olá, se encomendar agora chega amanhã antes do meio-dia?"],
}

NIGHT_ANSWER: dict[str, list[str]] = {
    "it": [
        "Ciao {name}, sì: gli ordini fatti stanotte partono con il primo giro del mattino. {agent}, {brand}"
    ],
    "es": [
        "Hola {name}, sí: lo que se pide esta noche sale en la primera ruta de la mañana. {agent}, {brand}"
    ],
    "de": [
        "Hallo {name}, ja: Bestellungen von heute Nacht gehen mit der ersten Tour am Morgen raus. {agent}, {brand}"
    ],
    "en": [
        "Hi {name}, yes: orders placed tonight go out on the first morning run. {agent}, {brand}"
    ],
    "fr": [
        "Bonsoir {name}, oui : les commandes de cette nuit partent avec la première tournée du matin. {agent}, {brand}"
    ],
    "pt": [
        "Olá {name}, sim: as encomendas desta noite saem na primeira volta da manhã. {agent}, {brand}"
    ],
}

SARCASM: dict[str, list[str]] = {
    "it": [
        "Adoro quando l'app si aggiorna proprio mentre premo 'paga' 🙃",
        "Bellissimo il codice sconto che scade il giorno prima della festa della mamma 🙃",
    ],
    "es": [
        "Me encanta cuando la app se actualiza justo al darle a 'pagar' 🙃",
        "Qué detalle el cupón que caduca el día antes del día de la madre 🙃",
    ],
    "de": ["Liebe es, wenn die App genau beim Bezahlen ein Update macht 🙃"],
    "en": ["Love it when the app decides to update right as I hit pay 🙃"],
    "fr": ["J'adore quand l'appli se met à jour pile quand je clique sur payer 🙃"],
    "pt": ["Adoro quando a app decide atualizar mesmo quando carrego em pagar 🙃"],
}

PRODUCTS: list[tuple[str, float]] = [
    ("bouquet_medium", 34.90),
    ("bouquet_large", 49.90),
    ("roses_12", 39.90),
    ("orchid_pot", 29.90),
    ("plant_monstera", 44.90),
    ("sympathy_wreath", 89.90),
    ("gift_card_30", 30.00),
    ("club_month", 24.90),
]

PAGES = [
    "/bouquets",
    "/plants",
    "/roses",
    "/occasions/birthday",
    "/occasions/sympathy",
    "/club",
    "/gift-cards",
    "/help/delivery",
]

AGENTS: dict[str, list[str]] = {
    "it": ["Chiara", "Davide", "Elena", "Marco"],
    "es": ["Lucía", "Javier", "Marta", "Sergio"],
    "de": ["Anna", "Jonas"],
    "en": ["Sophie", "Callum"],
    "fr": ["Camille", "Julien"],
    "pt": ["Inês", "Tiago"],
}
