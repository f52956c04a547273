# ruff: noqa: E501
"""Hand-written wording for heldout37's trouble: complaints, follow-ups, slides, leavers, spike.

French and Italian first, then German, English, Spanish and Portuguese. ``{brand}`` is
"@Movetta" in social and community posts, "Movetta" elsewhere; ``{case}`` the case reference,
``{price}`` / ``{extra}`` amounts in the market's money, ``{comp}`` a competitor.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "lost_item")
COMPETITORS = ("Carrolo", "Démenix")

TOPIC: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "personne n'est venu",
        "double_charge": "prélevé deux fois",
        "damage": "meuble abîmé",
        "refund": "remboursement jamais reçu",
        "wrong_price": "facture très au-dessus du devis",
        "lost_item": "carton manquant",
    },
    "it": {
        "no_show": "non si è presentato nessuno",
        "double_charge": "addebito doppio",
        "damage": "mobile danneggiato",
        "refund": "rimborso mai arrivato",
        "wrong_price": "fattura molto più alta del preventivo",
        "lost_item": "scatolone sparito",
    },
    "de": {
        "no_show": "niemand gekommen",
        "double_charge": "doppelt abgebucht",
        "damage": "Möbel beschädigt",
        "refund": "Erstattung fehlt",
        "wrong_price": "Rechnung weit über Angebot",
        "lost_item": "Karton fehlt",
    },
    "en": {
        "no_show": "nobody turned up",
        "double_charge": "charged twice",
        "damage": "furniture damaged",
        "refund": "refund never arrived",
        "wrong_price": "bill way over the quote",
        "lost_item": "box missing",
    },
    "es": {
        "no_show": "no vino nadie",
        "double_charge": "cobro doble",
        "damage": "mueble dañado",
        "refund": "reembolso sin llegar",
        "wrong_price": "factura muy por encima del presupuesto",
        "lost_item": "caja desaparecida",
    },
    "pt": {
        "no_show": "não apareceu ninguém",
        "double_charge": "cobrança a dobrar",
        "damage": "móvel danificado",
        "refund": "reembolso por chegar",
        "wrong_price": "fatura muito acima do orçamento",
        "lost_item": "caixa desaparecida",
    },
}
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "fr": {
        "no_show": [
            "J'ai posé une journée de congé, le camion {brand} devait être là à 8h. Il est 11h, PERSONNE. Pas un appel, l'appli dit « équipe en route » depuis 3h. Les clés de l'ancien appart sont à rendre ce soir.",
            "Déménagement prévu ce matin avec {brand}, personne n'est venu. J'ai appelé deux fois, musique d'attente. Je suis assis[[e|]] sur mes cartons dans un appart vide.",
        ],
        "double_charge": [
            "{brand} m'a prélevé DEUX FOIS {price} pour le même déménagement. Le loyer part vendredi, je n'ai pas ce genre de marge. Remboursez-moi le doublon svp.",
            "Bonjour, je vois deux prélèvements identiques de {price} pour une seule réservation {brand}. Merci de rembourser le deuxième rapidement.",
        ],
        "damage": [
            "Le buffet de ma grand-mère est arrivé avec un pied cassé et une RAYURE sur tout le plateau. Les déménageurs {brand} m'ont dit « c'était déjà comme ça ». Non.",
            "Après le passage de {brand}, la porte de l'armoire ne ferme plus et il y a un gros éclat sur le côté. J'ai les photos d'avant.",
        ],
        "refund": [
            "J'ai annulé ma réservation {brand} 5 jours avant, dans les délais. Ça fait TROIS SEMAINES et toujours pas de remboursement de {price}.",
            "Annulation faite dans les temps il y a trois semaines, on m'avait promis un remboursement sous 5 jours. Rien reçu. {brand} ?",
        ],
        "wrong_price": [
            "Devis {brand} à {price}, facture à {extra}. On m'a compté 6h alors que l'équipe est restée 3h30, j'étais là, j'ai regardé l'heure.",
            "Facture presque le double du devis. Personne ne m'a prévenu[[e|]] de rien pendant le déménagement. {brand} c'est quoi ce délire",
        ],
        "lost_item": [
            "Il manque un carton depuis le déménagement avec {brand}, celui avec les doudous et les livres de mon fils. Il était bien numéroté, 14 sur 22. Mon fils pleure tous les soirs.",
            "Un carton a disparu entre l'ancien et le nouvel appart, celui de la vaisselle de ma mère. {brand} dit qu'ils ont « tout déchargé ». Visiblement non.",
        ],
    },
    "it": {
        "no_show": [
            "Ho preso un giorno di ferie, il furgone {brand} doveva arrivare alle 8. Sono le 11 e NESSUNO. Nessuna chiamata, l'app dice «squadra in arrivo» da tre ore. Le chiavi della vecchia casa vanno restituite stasera.",
            "Trasloco fissato stamattina con {brand}, non si è presentato nessuno. Ho chiamato due volte, musichetta. Sono sedut[[a|o]] sugli scatoloni in una casa vuota.",
        ],
        "double_charge": [
            "{brand} mi ha addebitato DUE VOLTE {price} per lo stesso trasloco. L'affitto parte venerdì e non ho tutto questo margine. Rimborsatemi il doppione per favore.",
            "Buongiorno, vedo due addebiti uguali di {price} per una sola prenotazione {brand}. Vi chiedo di stornare il secondo al più presto.",
        ],
        "damage": [
            "La credenza di mia nonna è arrivata con una gamba rotta e un GRAFFIO su tutto il piano. I ragazzi {brand} hanno detto «era già così». No.",
            "Dopo il trasloco con {brand} l'anta dell'armadio non chiude più e c'è una bella scheggia sul fianco. Ho le foto di prima.",
        ],
        "refund": [
            "Ho annullato la prenotazione {brand} 5 giorni prima, nei termini. Sono passate TRE SETTIMANE e il rimborso di {price} non si vede.",
            "Disdetta fatta in tempo tre settimane fa, mi avevano detto rimborso entro 5 giorni. Niente. {brand}?",
        ],
        "wrong_price": [
            "Preventivo {brand} {price}, fattura {extra}. Mi hanno contato 6 ore e la squadra è rimasta 3 ore e mezza, c'ero, ho guardato l'orologio.",
            "Fattura quasi il doppio del preventivo e nessuno mi ha detto niente durante il trasloco. {brand} ma che storia è",
        ],
        "lost_item": [
            "Manca uno scatolone dal trasloco con {brand}, quello con i pupazzi e i libri di mio figlio. Era numerato, il 14 di 22. Il bambino piange tutte le sere.",
            "È sparito uno scatolone tra la vecchia e la nuova casa, quello con i piatti di mia madre. {brand} dice che hanno «scaricato tutto». Evidentemente no.",
        ],
    },
    "de": {
        "no_show": [
            "Ich hab extra Urlaub genommen, der {brand}-Transporter sollte um 8 da sein. Jetzt ist 11 Uhr und NIEMAND da. Kein Anruf, in der App steht seit 3 Stunden „Team unterwegs“."
        ],
        "double_charge": [
            "{brand} hat mir ZWEIMAL {price} für denselben Umzug abgebucht. Die Miete geht Freitag raus. Bitte den doppelten Betrag zurück."
        ],
        "damage": [
            "Die Kommode meiner Oma kam mit abgebrochenem Fuß und einem KRATZER über die ganze Platte an. Die Jungs von {brand} meinten, das war schon so. Nein."
        ],
        "refund": [
            "Buchung bei {brand} 5 Tage vorher storniert, fristgerecht. Seit DREI WOCHEN warte ich auf die {price}."
        ],
        "wrong_price": [
            "Angebot von {brand} {price}, Rechnung {extra}. Berechnet wurden 6 Stunden, das Team war 3,5 Stunden da. Ich stand daneben."
        ],
        "lost_item": [
            "Seit dem Umzug mit {brand} fehlt ein Karton, der mit den Kuscheltieren und Büchern meines Sohnes. Nummer 14 von 22."
        ],
    },
    "en": {
        "no_show": [
            "Took a day's leave, the {brand} van was due at 8. It's 11 and NOBODY. No call, app says 'crew on the way' for three hours. Keys to the old flat go back tonight."
        ],
        "double_charge": [
            "{brand} took {price} TWICE for the same move. Rent's due Friday, I don't have that kind of slack. Refund the duplicate please."
        ],
        "damage": [
            "My nan's sideboard arrived with a leg snapped and a SCRATCH right across the top. The {brand} lads said it was like that already. It wasn't."
        ],
        "refund": [
            "Cancelled my {brand} booking 5 days ahead, well within the terms. THREE WEEKS on and still no sign of the {price}."
        ],
        "wrong_price": [
            "{brand} quote {price}, bill {extra}. Charged for 6 hours, crew were there three and a half. I was standing there."
        ],
        "lost_item": [
            "A box has gone missing since the {brand} move, the one with my son's teddies and books. Number 14 of 22."
        ],
    },
    "es": {
        "no_show": [
            "Me he cogido el día libre, la furgo de {brand} tenía que estar a las 8. Son las 11 y NADIE. Ni una llamada, la app pone «equipo en camino» desde hace 3 horas."
        ],
        "double_charge": [
            "{brand} me ha cobrado DOS VECES {price} por la misma mudanza. El alquiler sale el viernes. Devolvedme el duplicado por favor."
        ],
        "damage": [
            "El aparador de mi abuela llegó con una pata rota y un RAYÓN en todo el tablero. Los chicos de {brand} dicen que ya estaba así. Que no."
        ],
        "refund": [
            "Cancelé la reserva de {brand} 5 días antes, en plazo. TRES SEMANAS y los {price} sin aparecer."
        ],
        "wrong_price": [
            "Presupuesto de {brand} {price}, factura {extra}. Me cobran 6 horas y el equipo estuvo 3 y media, que yo estaba delante."
        ],
        "lost_item": [
            "Falta una caja desde la mudanza con {brand}, la de los peluches y los libros de mi hijo. La 14 de 22."
        ],
    },
    "pt": {
        "no_show": [
            "Tirei um dia de férias, a carrinha da {brand} devia chegar às 8. São 11 e NINGUÉM. Nem um telefonema, a app diz «equipa a caminho» há 3 horas."
        ],
        "double_charge": [
            "A {brand} cobrou-me DUAS VEZES {price} pela mesma mudança. A renda sai na sexta. Devolvam o duplicado por favor."
        ],
        "damage": [
            "O aparador da minha avó chegou com um pé partido e um RISCO no tampo todo. Os rapazes da {brand} disseram que já estava assim. Não estava."
        ],
        "refund": [
            "Cancelei a reserva da {brand} 5 dias antes, dentro do prazo. TRÊS SEMANAS e os {price} nada."
        ],
        "wrong_price": [
            "Orçamento da {brand} {price}, fatura {extra}. Cobraram 6 horas e a equipa esteve 3 e meia, eu estava lá."
        ],
        "lost_item": [
            "Falta uma caixa desde a mudança com a {brand}, a dos peluches e livros do meu filho. A 14 de 22."
        ],
    },
}
# The problem restated in a few words (follow-ups).
SHORT: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "le déménagement où personne n'est venu",
        "double_charge": "le prélèvement en double de {price}",
        "damage": "le meuble abîmé",
        "refund": "le remboursement de {price}",
        "wrong_price": "la facture à {extra} pour un devis à {price}",
        "lost_item": "le carton 14 qui manque",
    },
    "it": {
        "no_show": "il trasloco in cui non è venuto nessuno",
        "double_charge": "l'addebito doppio di {price}",
        "damage": "il mobile danneggiato",
        "refund": "il rimborso di {price}",
        "wrong_price": "la fattura di {extra} su un preventivo di {price}",
        "lost_item": "lo scatolone 14 che manca",
    },
    "de": {
        "no_show": "der Umzug, zu dem niemand kam",
        "double_charge": "die doppelte Abbuchung von {price}",
        "damage": "die beschädigte Kommode",
        "refund": "die Erstattung von {price}",
        "wrong_price": "die Rechnung über {extra} bei {price} Angebot",
        "lost_item": "der fehlende Karton 14",
    },
    "en": {
        "no_show": "the move nobody turned up for",
        "double_charge": "the double charge of {price}",
        "damage": "the damaged sideboard",
        "refund": "the {price} refund",
        "wrong_price": "the {extra} bill on a {price} quote",
        "lost_item": "missing box 14",
    },
    "es": {
        "no_show": "la mudanza a la que no vino nadie",
        "double_charge": "el cobro doble de {price}",
        "damage": "el aparador dañado",
        "refund": "el reembolso de {price}",
        "wrong_price": "la factura de {extra} con presupuesto de {price}",
        "lost_item": "la caja 14 que falta",
    },
    "pt": {
        "no_show": "a mudança a que ninguém apareceu",
        "double_charge": "a cobrança a dobrar de {price}",
        "damage": "o aparador danificado",
        "refund": "o reembolso de {price}",
        "wrong_price": "a fatura de {extra} para um orçamento de {price}",
        "lost_item": "a caixa 14 que falta",
    },
}
FIX: dict[str, dict[str, str]] = {
    "fr": {
        "no_show": "une nouvelle équipe est réservée pour demain 8h, déménagement offert",
        "double_charge": "le doublon de {price} a été remboursé, visible sous 2 à 3 jours",
        "damage": "l'expertise est validée, la réparation du meuble est prise en charge",
        "refund": "le remboursement de {price} est parti ce matin",
        "wrong_price": "la facture est corrigée à {price}, la différence est remboursée",
        "lost_item": "le carton 14 a été retrouvé au dépôt, livraison demain matin",
    },
    "it": {
        "no_show": "una nuova squadra è prenotata per domani alle 8, trasloco offerto da noi",
        "double_charge": "il doppio addebito di {price} è stato rimborsato, lo vedi in 2-3 giorni",
        "damage": "la perizia è approvata, la riparazione del mobile è a nostro carico",
        "refund": "il rimborso di {price} è partito stamattina",
        "wrong_price": "la fattura è corretta a {price}, la differenza ti viene rimborsata",
        "lost_item": "lo scatolone 14 è stato ritrovato in deposito, consegna domattina",
    },
    "de": {
        "no_show": "ein neues Team kommt morgen um 8, der Umzug geht auf uns",
        "double_charge": "die doppelte Abbuchung von {price} ist erstattet",
        "damage": "das Gutachten ist durch, die Reparatur übernehmen wir",
        "refund": "die Erstattung von {price} ist heute früh raus",
        "wrong_price": "die Rechnung ist auf {price} korrigiert",
        "lost_item": "Karton 14 ist im Lager aufgetaucht, Lieferung morgen früh",
    },
    "en": {
        "no_show": "a new crew is booked for 8 tomorrow, the move is on us",
        "double_charge": "the duplicate {price} has been refunded",
        "damage": "the claim is approved and we're covering the repair",
        "refund": "the {price} refund went out this morning",
        "wrong_price": "the bill is corrected to {price}",
        "lost_item": "box 14 turned up at the depot, delivery tomorrow morning",
    },
    "es": {
        "no_show": "hay un equipo nuevo reservado para mañana a las 8, la mudanza corre de nuestra cuenta",
        "double_charge": "el cobro duplicado de {price} está devuelto",
        "damage": "el peritaje está aprobado y pagamos la reparación",
        "refund": "el reembolso de {price} ha salido esta mañana",
        "wrong_price": "la factura está corregida a {price}",
        "lost_item": "la caja 14 ha aparecido en el almacén, entrega mañana por la mañana",
    },
    "pt": {
        "no_show": "há uma equipa nova marcada para amanhã às 8, a mudança fica por nossa conta",
        "double_charge": "a cobrança duplicada de {price} foi devolvida",
        "damage": "a peritagem foi aprovada e pagamos a reparação",
        "refund": "o reembolso de {price} saiu esta manhã",
        "wrong_price": "a fatura foi corrigida para {price}",
        "lost_item": "a caixa 14 apareceu no armazém, entrega amanhã de manhã",
    },
}
COMPLAINT_SUBJECT = {
    "fr": "Réclamation : {topic}",
    "it": "Reclamo: {topic}",
    "de": "Reklamation: {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "pt": "Reclamação: {topic}",
}
CASE_SUBJECT = {
    "fr": "Dossier {case}",
    "it": "Pratica {case}",
    "de": "Fall {case}",
    "en": "Case {case}",
    "es": "Caso {case}",
    "pt": "Processo {case}",
}
REPLY_PREFIX = {
    "fr": ["RE:", "Re:", "RE :"],
    "it": ["R:", "Re:", "RE:"],
    "de": ["AW:", "Aw:"],
    "en": ["RE:", "Re:"],
    "es": ["RE:", "RV:"],
    "pt": ["RE:", "Re:"],
}
# Long e-mails with the complaint in the middle of a letter.
LONG_EMAIL: dict[str, list[str]] = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'hôpital, ma mère se fait opérer de la hanche ce matin et j'ai un peu de temps devant moi, alors autant régler ça.\n\nJ'ai toujours recommandé Movetta autour de moi, à mes collègues, à ma sœur. Mais là... {complaint}\n\nJe ne demande pas la lune, juste qu'on me réponde et qu'on règle ça, parce que je n'ai vraiment pas la tête à ça cette semaine.\n\nMerci de votre compréhension,\n{first} {last}",
        "Bonjour à toute l'équipe,\n\nOn vient d'emménager avec un bébé de deux mois et une grande de quatre ans, tout est encore en cartons et je dors trois heures par nuit, donc pardon si je suis un peu [[sèche|sec]].\n\nLe déménagement en lui-même s'était bien passé, l'équipe était gentille avec les enfants. Seulement voilà. {complaint}\n\nPouvez-vous me dire ce que vous comptez faire ? Je suis joignable surtout le soir, après le bain.\n\nCordialement,\n{first} {last}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa dell'ospedale, mio padre è caduto ieri e stanno facendo le lastre, quindi ho un po' di tempo e ne approfitto.\n\nHo sempre consigliato Movetta a tutti, colleghi, cugini, perfino al mio vicino. Però stavolta... {complaint}\n\nNon chiedo la luna, solo una risposta e una soluzione, perché questa settimana davvero non ho la testa.\n\nGrazie per la comprensione,\n{first} {last}",
        "Buonasera,\n\nci siamo appena trasferiti con una neonata di due mesi e un bimbo di quattro anni, la casa è ancora piena di scatoloni e dormo tre ore a notte, quindi scusate se sono un po' brusc[[a|o]].\n\nIl trasloco in sé era andato bene, i ragazzi sono stati carinissimi con i bambini. Il problema è questo. {complaint}\n\nMi potete dire come pensate di risolvere? Sono raggiungibile soprattutto la sera, dopo il bagnetto.\n\nCordiali saluti,\n{first} {last}",
    ],
    "de": [
        "Hallo,\n\nich schreibe aus dem Auto vor dem Pflegeheim meiner Mutter, ich habe zwanzig Minuten, bevor die Besuchszeit anfängt.\n\nIch habe Movetta bisher allen empfohlen. Aber diesmal: {complaint}\n\nIch möchte einfach, dass sich jemand darum kümmert, ich habe gerade wirklich andere Sorgen.\n\nViele Grüße\n{first} {last}"
    ],
    "en": [
        "Hi,\n\nWriting this from the hospital car park, my dad had a fall on Sunday and I'm waiting to be let in, so bear with me.\n\nI've recommended Movetta to half the office. But this time: {complaint}\n\nI just need someone to sort it, I've enough on my plate this week.\n\nThanks,\n{first} {last}"
    ],
    "es": [
        "Hola,\n\nOs escribo desde el coche en el aparcamiento de la residencia de mi madre, tengo veinte minutos antes de la visita.\n\nSiempre os he recomendado. Pero esta vez: {complaint}\n\nSolo quiero que alguien lo arregle, que bastante tengo ya.\n\nUn saludo,\n{first} {last}"
    ],
    "pt": [
        "Olá,\n\nEscrevo do carro à porta do lar da minha mãe, tenho vinte minutos antes da visita.\n\nSempre recomendei a Movetta. Mas desta vez: {complaint}\n\nSó quero que alguém resolva, já tenho que chegue.\n\nCumprimentos,\n{first} {last}"
    ],
}
PHONE_OPEN: dict[str, list[str]] = {
    "fr": ["oui allô bonjour", "bonjour euh oui", "allô oui bonjour écoutez"],
    "it": ["pronto buongiorno", "sì salve guardi", "pronto sì buonasera senta"],
    "de": ["ja hallo guten tag", "äh hallo also"],
    "en": ["yeah hi there", "hello yeah"],
    "es": ["sí hola buenas", "oiga hola mire"],
    "pt": ["está sim boa tarde", "bom dia olhe"],
}
PHONE_CLOSE: dict[str, str] = {
    "fr": "voilà je voudrais qu'on me rappelle",
    "it": "ecco vorrei essere richiamat[[a|o]]",
    "de": "ja also ich hätte gern einen rückruf",
    "en": "so yeah I'd like someone to ring me back",
    "es": "pues eso que me llamen por favor",
    "pt": "pronto queria que me ligassem",
}
SPOKEN_CASE: dict[str, str] = {
    "fr": "èm vé",
    "it": "emme vu",
    "de": "em vau",
    "en": "em vee",
    "es": "eme uve",
    "pt": "eme vê",
}
PHONE_FOLLOW: dict[str, str] = {
    "fr": "oui bonjour j'appelle pour le dossier {spoken} c'est toujours pas réglé {short}",
    "it": "sì buongiorno chiamo per la pratica {spoken} non è ancora risolto {short}",
    "de": "ja hallo ich rufe wegen fall {spoken} an das ist immer noch nicht erledigt {short}",
    "en": "hi I'm ringing about case {spoken} it's still not sorted {short}",
    "es": "hola llamo por el caso {spoken} sigue sin resolver {short}",
    "pt": "boa tarde ligo por causa do processo {spoken} continua por resolver {short}",
}
FOLLOW2: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je relance pour le dossier {case} : {short}, toujours pas réglé. Personne ne m'a recontacté[[e|]].",
        "Dossier {case}. Toujours RIEN pour {short}. Vous comptez me répondre quand ?",
    ],
    "it": [
        "Buongiorno, sollecito la pratica {case}: {short}, ancora non risolto. Nessuno mi ha ricontattat[[a|o]].",
        "Pratica {case}. ANCORA niente per {short}. Quando pensate di rispondermi?",
    ],
    "de": [
        "Hallo, ich hake nach wegen Fall {case}: {short}, immer noch nicht erledigt. Niemand hat sich gemeldet."
    ],
    "en": ["Hi, chasing case {case}: {short}, still not sorted. Nobody's been back to me."],
    "es": [
        "Hola, vuelvo a escribir por el caso {case}: {short}, sigue SIN resolver. Nadie me ha llamado."
    ],
    "pt": [
        "Olá, volto a insistir no processo {case}: {short}, continua por resolver. Ninguém me contactou."
    ],
}
FOLLOW3: dict[str, list[str]] = {
    "fr": [
        "Troisième message pour le dossier {case}. {Short}, toujours au même point. Si demain c'est pas réglé je prends {comp}, ils ont de la place samedi.",
        "TROISIÈME fois que j'écris pour {case} ({short}). {comp} passe demain faire un devis, juste pour que vous sachiez.",
    ],
    "it": [
        "Terzo messaggio per la pratica {case}. {Short}, sempre allo stesso punto. Se domani non è risolto chiamo {comp}, hanno posto sabato.",
        "TERZA volta che scrivo per {case} ({short}). {comp} passa domani per un preventivo, giusto perché lo sappiate.",
    ],
    "de": [
        "Zum DRITTEN Mal wegen {case}: {short}. {comp} kommt übrigens morgen für ein Angebot, nur damit ihr's wisst."
    ],
    "en": [
        "Third message about {case}: {short}, still nowhere. If it's not sorted tomorrow I'm going with {comp}, they've a slot Saturday."
    ],
    "es": [
        "TERCERA vez que escribo por el caso {case}: {short}. Si mañana no está arreglado llamo a {comp}, que tienen hueco el sábado."
    ],
    "pt": [
        "TERCEIRA vez que escrevo pelo processo {case}: {short}. Se amanhã não estiver resolvido chamo a {comp}."
    ],
}
FOLLOW4: dict[str, list[str]] = {
    "fr": ["QUATRIÈME relance, dossier {case}. {Short}. Je ne sais plus quoi vous dire."],
    "it": ["QUARTO sollecito, pratica {case}. {Short}. Non so più cosa dirvi."],
    "de": ["VIERTE Nachricht, Fall {case}. {Short}. Ich weiß nicht mehr weiter."],
    "en": ["FOURTH time, case {case}. {Short}. I don't know what else to say."],
    "es": ["CUARTA vez, caso {case}. {Short}. Ya no sé qué más deciros."],
    "pt": ["QUARTA vez, processo {case}. {Short}. Já não sei o que dizer."],
}
CASE_OPENED: dict[str, str] = {
    "fr": "Bonjour {first},\n\nNous sommes désolés. Votre demande est enregistrée sous la référence {case} et un conseiller s'en occupe aujourd'hui.\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\nci dispiace molto. La tua richiesta è registrata con il numero {case} e un operatore se ne occupa oggi.\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\ndas tut uns leid. Ihr Anliegen ist unter {case} erfasst, jemand kümmert sich heute darum.\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nSorry about this. Your request is logged as {case} and someone is on it today.\n\n{agent} – Movetta",
    "es": "Hola {first},\n\nLo sentimos. Tu solicitud queda registrada con la referencia {case} y hoy mismo la revisa alguien.\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nLamentamos. O seu pedido ficou registado com a referência {case} e hoje mesmo alguém trata dele.\n\n{agent} – Movetta",
}
CHAT_OPENED: dict[str, str] = {
    "fr": "Toutes nos excuses. J'ouvre un dossier, référence {case}, l'équipe litiges vous recontacte aujourd'hui.",
    "it": "Mi dispiace davvero. Apro una pratica, numero {case}, il team reclami ti ricontatta oggi.",
    "de": "Das tut mir leid. Ich lege einen Fall an, {case}, das Team meldet sich heute.",
    "en": "Really sorry. I've opened a case, {case}, the team will be in touch today.",
    "es": "Lo siento mucho. Abro un caso, {case}, el equipo te contacta hoy.",
    "pt": "Lamento imenso. Abri um processo, {case}, a equipa contacta-o hoje.",
}
PASSED_ON: dict[str, str] = {
    "fr": "Bonjour {first},\n\nVotre dossier {case} a été transmis à notre équipe terrain et au service facturation. Nous revenons vers vous dès que possible.\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\nla pratica {case} è stata passata alla squadra operativa e all'ufficio fatturazione. Ti aggiorniamo appena possibile.\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\nIhr Fall {case} ist an unser Einsatzteam und die Buchhaltung weitergegeben.\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nYour case {case} has been passed on to our crews team and billing.\n\n{agent} – Movetta",
    "es": "Hola {first},\n\nTu caso {case} se ha pasado al equipo de operaciones y a facturación.\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nO seu processo {case} foi passado à equipa de operações e à faturação.\n\n{agent} – Movetta",
}
GOOD_NEWS_SUBJECT = {
    "fr": "Bonne nouvelle – dossier {case}",
    "it": "Buone notizie – pratica {case}",
    "de": "Gute Nachricht – Fall {case}",
    "en": "Good news – case {case}",
    "es": "Buenas noticias – caso {case}",
    "pt": "Boas notícias – processo {case}",
}
GOOD_NEWS: dict[str, str] = {
    "fr": "Bonjour {first},\n\nBonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous nous confirmer que tout est bon de votre côté ?\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\nbuone notizie per la pratica {case}: {fix}. Ci confermi che per te è tutto a posto?\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\ngute Nachricht zu Fall {case}: {fix}. Können Sie kurz bestätigen, dass alles passt?\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nGood news on case {case}: {fix}. Could you confirm all's well your end?\n\n{agent} – Movetta",
    "es": "Hola {first},\n\nBuenas noticias del caso {case}: {fix}. ¿Nos confirmas que todo está bien?\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nBoas notícias do processo {case}: {fix}. Pode confirmar que está tudo bem?\n\n{agent} – Movetta",
}
CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Confirmé pour le dossier {case}, c'est réglé. Merci !",
        "Oui c'est bon pour {case}, merci d'avoir fait le nécessaire",
    ],
    "it": [
        "Confermo per la pratica {case}, tutto risolto. Grazie!",
        "Sì tutto ok per {case}, grazie di esservene occupati",
    ],
    "de": ["Bestätigt für Fall {case}, alles erledigt. Danke!"],
    "en": ["Confirmed for case {case}, all sorted. Thanks!"],
    "es": ["Confirmado el caso {case}, todo resuelto. ¡Gracias!"],
    "pt": ["Confirmado o processo {case}, está resolvido. Obrigad[[a|o]]!"],
}
APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Désolé[[e|]] pour le ton d'hier, j'étais à bout, la petite avait fait ses dents toute la nuit. Merci d'avoir réglé ça vite.",
        "Je m'excuse pour mon message d'hier, c'était pas contre la personne qui m'a répondu. Merci pour la réactivité.",
    ],
    "it": [
        "Scusate per il tono di ieri, ero distrutt[[a|o]], la piccola ha messo i denti tutta la notte. Grazie di aver risolto in fretta.",
        "Mi scuso per il messaggio di ieri, non ce l'avevo con chi mi ha risposto. Grazie per la velocità.",
    ],
    "de": [
        "Sorry für meinen Ton gestern, ich war seit 5 Uhr auf den Beinen. Danke fürs schnelle Lösen."
    ],
    "en": ["Sorry about my tone yesterday, I'd been up since 5. Thanks for sorting it so quick."],
    "es": [
        "Perdón por el tono de ayer, llevaba desde las 5 sin parar. Gracias por arreglarlo tan rápido."
    ],
    "pt": [
        "Desculpem o tom de ontem, estava de pé desde as 5. Obrigad[[a|o]] por resolverem tão depressa."
    ],
}
LOW_WORDS: dict[str, list[str]] = {
    "fr": ["Déçu[[e|]]", "bof", ""],
    "it": ["Delus[[a|o]]", "mah", ""],
    "de": ["Enttäuscht", ""],
    "en": ["Disappointed", ""],
    "es": ["Decepcionad[[a|o]]", ""],
    "pt": ["Desiludid[[a|o]]", ""],
}
# Six steps of a slow slide from a happy baseline.
SLIDE: dict[str, list[str]] = {
    "fr": [
        "L'appli {brand} met une éternité à afficher les créneaux libres ces temps-ci. Trois essais pour réserver un petit transport.",
        "Un peu déçu[[e|]] de voir le Pass {brand} passer de 69 à 79 € sans un mot avant le renouvellement.",
        "Créneau décalé d'un jour par {brand}, deuxième fois ce mois-ci. J'avais posé ma matinée.",
        "Le chatbot {brand} ne comprend pas « déplacer mon créneau » et me propose d'acheter des cartons. Génial.",
        "FURIEU[[SE|X]]. {brand} m'a facturé 18 € de supplément « étage sans ascenseur ». J'ai un ascenseur. Il marche.",
        "Bon, ça suffit. Ce soir je regarde ce que prend {comp} pour la même chose.",
    ],
    "it": [
        "L'app {brand} ci mette una vita a mostrare le fasce libere ultimamente. Tre tentativi per prenotare un piccolo trasporto.",
        "Un po' delus[[a|o]] dal Pass {brand} passato da 69 a 79 € senza dire niente prima del rinnovo.",
        "Fascia oraria spostata di un giorno da {brand}, seconda volta questo mese. Avevo preso la mattina libera.",
        "Il chatbot {brand} non capisce «spostare la fascia oraria» e mi propone di comprare scatoloni. Benissimo.",
        "FURIOS[[A|O]]. {brand} mi ha addebitato 18 € di supplemento «piano senza ascensore». L'ascensore ce l'ho. Funziona.",
        "Va bene, basta. Stasera guardo quanto chiede {comp} per la stessa cosa.",
    ],
    "de": [
        "Die {brand}-App braucht ewig, um freie Zeitfenster anzuzeigen. Drei Versuche für einen Kleintransport.",
        "Etwas enttäuscht, dass der {brand}-Pass ohne Vorwarnung von 69 auf 79 € gestiegen ist.",
        "Termin von {brand} um einen Tag verschoben, zum zweiten Mal diesen Monat.",
        "Der {brand}-Chatbot versteht „Termin verschieben“ nicht und bietet mir Kartons an.",
        "Stinksauer. {brand} berechnet 18 € Zuschlag „Etage ohne Aufzug“. Ich HABE einen Aufzug.",
        "So, reicht. Heute Abend schau ich, was {comp} für das Gleiche nimmt.",
    ],
    "en": [
        "The {brand} app takes forever to show free slots lately. Three goes to book a small job.",
        "Bit disappointed the {brand} Pass went from €69 to €79 with no word before renewal.",
        "Slot moved a day by {brand}, second time this month.",
        "The {brand} chatbot doesn't get 'move my slot' and offers me boxes. Brilliant.",
        "FUMING. {brand} charged me 18 quid 'no lift' supplement. There's a lift. It works.",
        "Right, that's it. Tonight I'm checking what {comp} charge for the same.",
    ],
    "es": [
        "La app de {brand} tarda una eternidad en enseñar huecos libres. Tres intentos para reservar un porte.",
        "Un poco decepcionad[[a|o]] con el Pass de {brand}, de 69 a 79 € sin avisar.",
        "Franja movida un día por {brand}, segunda vez este mes.",
        "El chatbot de {brand} no entiende «cambiar la franja» y me ofrece cajas.",
        "FURIOS[[A|O]]. {brand} me cobra 18 € de suplemento «sin ascensor». TENGO ascensor.",
        "Pues ya está. Esta noche miro cuánto cobra {comp} por lo mismo.",
    ],
    "pt": [
        "A app da {brand} demora imenso a mostrar horários livres. Três tentativas para marcar um transporte.",
        "Um bocado desiludid[[a|o]] com o Pass da {brand}, de 69 para 79 € sem aviso.",
        "Horário mudado um dia pela {brand}, segunda vez este mês.",
        "O chatbot da {brand} não percebe «mudar o horário» e oferece-me caixas.",
        "FURIOS[[A|O]]. A {brand} cobrou-me 18 € de suplemento «sem elevador». TENHO elevador.",
        "Pronto, chega. Logo à noite vejo quanto cobra a {comp} pelo mesmo.",
    ],
}
LEAVE: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation Pass",
            "Bonjour,\n\nJe pars travailler à Montréal en septembre pour au moins deux ans. Je voudrais résilier le Pass et fermer mon compte Movetta.\n\nMerci pour tout, vraiment,\n{first}",
        ),
        (
            "Fermeture de compte",
            "Bonjour,\n\nOn a acheté une camionnette avec mon frère pour son activité, je n'aurai plus besoin de vous. Pouvez-vous résilier le Pass et fermer le compte ?\n\nBonne continuation,\n{first}",
        ),
    ],
    "it": [
        (
            "Disdetta Pass",
            "Buongiorno,\n\na settembre mi trasferisco a Londra per lavoro, almeno due anni. Vorrei disdire il Pass e chiudere l'account Movetta.\n\nGrazie di tutto,\n{first}",
        ),
        (
            "Chiusura account",
            "Buongiorno,\n\nabbiamo comprato un furgoncino con mio fratello per la sua attività, non avrò più bisogno. Potete disdire il Pass e chiudere l'account?\n\nBuona continuazione,\n{first}",
        ),
    ],
    "de": [
        (
            "Kündigung Pass",
            "Hallo,\n\nich gehe im September für zwei Jahre nach Kanada. Bitte den Pass kündigen und mein Konto schließen.\n\nDanke für alles,\n{first}",
        )
    ],
    "en": [
        (
            "Cancel Pass",
            "Hi,\n\nI'm moving to Melbourne for work in September. I'd like to cancel the Pass and close my account.\n\nThanks for everything,\n{first}",
        )
    ],
    "es": [
        (
            "Baja del Pass",
            "Hola,\n\nMe voy a trabajar a Chile en septiembre. Quiero dar de baja el Pass y cerrar la cuenta.\n\nGracias por todo,\n{first}",
        )
    ],
    "pt": [
        (
            "Cancelar Pass",
            "Olá,\n\nVou trabalhar para Luanda em setembro. Quero cancelar o Pass e fechar a conta.\n\nObrigad[[a|o]] por tudo,\n{first}",
        )
    ],
}
GOODBYE: dict[str, str] = {
    "fr": "Bonjour {first},\n\nMerci pour votre confiance et bonne chance pour la suite ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon Pass.\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\ngrazie per la fiducia e in bocca al lupo! Puoi disdire da sol[[a|o]] nell'app o sul sito, sezione Il mio Pass.\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\ndanke und alles Gute! Kündigen können Sie selbst in der App oder auf der Website unter Mein Pass.\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nThanks and best of luck! You can cancel yourself in the app or on the website under My Pass.\n\n{agent} – Movetta",
    "es": "Hola {first},\n\n¡Gracias y mucha suerte! Puedes darte de baja tú mism[[a|o]] en la app o en la web, en Mi Pass.\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nObrigado e boa sorte! Pode cancelar sozinh[[a|o]] na app ou no site, em O meu Pass.\n\n{agent} – Movetta",
}
CANCEL_REASON: dict[str, list[str]] = {
    "fr": ["départ à l'étranger", ""],
    "it": ["trasferimento all'estero", ""],
    "de": ["Umzug ins Ausland"],
    "en": ["moving abroad"],
    "es": ["me voy fuera"],
    "pt": ["vou para fora"],
}
GRUMBLES: dict[str, list[str]] = {
    "fr": [
        "Déconnecté[[e|]] de l'appli {brand} après chaque mise à jour. Chaque. Fois.",
        "15 € de supplément samedi pour un transport de 20 minutes, {brand} sérieusement ?",
        "L'ancienne adresse encore sur la facture {brand}, j'ai changé trois fois dans le profil.",
        "Le suivi {brand} bloqué sur « équipe à 5 min » pendant une demi-heure. Comme d'hab.",
        "Le chatbot {brand} me propose du papier bulle quand je demande les horaires. Merci bien.",
        "SMS de rappel {brand} à 7h un dimanche. Pourquoi.",
        "L'appli {brand} me demande de noter la même prestation pour la troisième fois.",
    ],
    "it": [
        "Sloggat[[a|o]] dall'app {brand} a ogni aggiornamento. Ogni. Volta.",
        "15 € di supplemento il sabato per un trasporto di 20 minuti, {brand} davvero?",
        "Il vecchio indirizzo ancora in fattura {brand}, l'ho cambiato tre volte nel profilo.",
        "Il tracking {brand} fermo su «squadra a 5 minuti» per mezz'ora. Come sempre.",
        "Il chatbot {brand} mi propone il pluriball quando chiedo gli orari. Grazie tante.",
        "SMS di promemoria {brand} alle 7 di domenica. Perché.",
        "L'app {brand} mi chiede di valutare lo stesso servizio per la terza volta.",
    ],
    "de": [
        "Nach jedem Update von {brand} wieder ausgeloggt.",
        "15 € Samstagszuschlag für 20 Minuten, {brand} echt jetzt?",
        "Alte Adresse immer noch auf der {brand}-Rechnung.",
        "Tracking bei {brand} hängt bei „Team 5 Min entfernt“.",
        "Erinnerungs-SMS von {brand} um 7 am Sonntag.",
    ],
    "en": [
        "Logged out of the {brand} app after every update.",
        "£13 Saturday surcharge for a 20-minute job, {brand} really?",
        "Old address still on the {brand} invoice.",
        "{brand} tracker stuck on 'crew 5 min away' for half an hour.",
        "{brand} reminder text at 7 on a Sunday. Why.",
    ],
    "es": [
        "La app de {brand} me echa en cada actualización.",
        "15 € de suplemento en sábado por 20 minutos, {brand} en serio?",
        "La dirección antigua sigue en la factura de {brand}.",
        "El seguimiento de {brand} atascado en «equipo a 5 min».",
        "SMS de {brand} a las 7 de un domingo.",
    ],
    "pt": [
        "A app da {brand} faz logout a cada atualização.",
        "15 € de suplemento ao sábado por 20 minutos, {brand} a sério?",
        "A morada antiga continua na fatura da {brand}.",
        "O seguimento da {brand} parado em «equipa a 5 min».",
        "SMS da {brand} às 7 de um domingo.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "fr": [
        "J'adore que {brand} me demande de noter les déménageurs... trois semaines après le déménagement 🙃",
        "Merci {brand} pour la notif « pensez à vos cartons ! » reçue le lendemain du déménagement 🙃",
    ],
    "it": [
        "Adoro che {brand} mi chieda di valutare la squadra... tre settimane dopo il trasloco 🙃",
        "Grazie {brand} per la notifica «ricordati gli scatoloni!» arrivata il giorno dopo il trasloco 🙃",
    ],
    "de": [
        "Liebe es, dass {brand} mich drei Wochen nach dem Umzug bittet, das Team zu bewerten 🙃"
    ],
    "en": ["Love that {brand} asks me to rate the crew... three weeks after the move 🙃"],
    "es": [
        "Me encanta que {brand} me pida valorar al equipo... tres semanas después de la mudanza 🙃"
    ],
    "pt": [
        "Adoro que a {brand} me peça para avaliar a equipa... três semanas depois da mudança 🙃"
    ],
}
# Quiet hours' mild grumbles: (text, agent's answer or acknowledgement).
MILD: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Les photos de l'inventaire sont toutes floues sur ma tablette, c'est normal ?",
            "Bonjour, merci du signalement, c'est connu sur certaines tablettes, une mise à jour arrive. En attendant le site affiche les photos en net.",
        ),
        (
            "le calendrier de réservation met du temps à charger le matin",
            "Bonjour, merci, je transmets à l'équipe technique.",
        ),
    ],
    "it": [
        (
            "Le foto dell'inventario sono tutte sfocate sul tablet, è normale?",
            "Ciao, grazie della segnalazione, su alcuni tablet succede, arriva un aggiornamento. Intanto dal sito si vedono bene.",
        ),
        (
            "il calendario delle prenotazioni ci mette un po' a caricare la mattina",
            "Ciao, grazie, lo passo al team tecnico.",
        ),
    ],
    "de": [
        ("Die Inventarfotos sind auf meinem Tablet unscharf", "Hallo, danke, ein Update kommt.")
    ],
    "en": [
        (
            "inventory photos all blurry on my tablet, is that normal",
            "Hi, thanks, an update is on the way.",
        )
    ],
    "es": [
        (
            "Las fotos del inventario salen borrosas en la tablet",
            "Hola, gracias, viene una actualización.",
        )
    ],
    "pt": [
        (
            "As fotos do inventário aparecem desfocadas no tablet",
            "Olá, obrigado, vem aí uma atualização.",
        )
    ],
}
FORM_ACK: dict[str, str] = {
    "fr": "Bonjour {first},\n\nMerci pour votre message, nous l'avons bien reçu et transmis.\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\ngrazie del messaggio, l'abbiamo ricevuto e inoltrato.\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\ndanke, wir haben es weitergegeben.\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nThanks, we've passed it on.\n\n{agent} – Movetta",
    "es": "Hola {first},\n\nGracias, lo hemos pasado al equipo.\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nObrigado, já passámos à equipa.\n\n{agent} – Movetta",
}
# The planted spike: the new address cannot be found when booking.
SPIKE: dict[str, list[str]] = {
    "fr": [
        "{brand} impossible de réserver, l'appli me dit « Adresse introuvable (erreur AD-734) » pour ma nouvelle adresse. Le déménagement c'est demain !!",
        "Bonjour, à l'étape adresse d'arrivée j'ai « Adresse introuvable (erreur AD-734) », j'ai essayé 10 fois. Vous pouvez m'aider ?",
        "erreur AD-734 adresse introuvable, je peux pas valider ma réservation, et le camion de la semaine prochaine il faut le bloquer aujourd'hui",
        "Ça marche chez quelqu'un l'appli {brand} ce matin ? Moi « Adresse introuvable », erreur AD-734, sur le site pareil",
    ],
    "it": [
        "{brand} non riesco a prenotare, l'app dice «Indirizzo non trovato (errore AD-734)» per la casa nuova. Il trasloco è domani!!",
        "Buongiorno, al passaggio indirizzo di arrivo mi esce «Indirizzo non trovato (errore AD-734)», provato 10 volte. Mi aiutate?",
        "errore AD-734 indirizzo non trovato, non riesco a confermare e il furgone per la settimana prossima va bloccato oggi",
        "A qualcuno funziona l'app {brand} stamattina? A me «Indirizzo non trovato», errore AD-734, anche dal sito",
    ],
    "de": [
        "{brand} Buchung geht nicht, die App sagt „Adresse nicht gefunden (Fehler AD-734)“ für die neue Adresse. Umzug ist morgen!"
    ],
    "en": [
        "{brand} can't book, app says 'Address not found (error AD-734)' for the new place. Moving tomorrow!"
    ],
    "es": [
        "{brand} no puedo reservar, la app dice «Dirección no encontrada (error AD-734)» con la casa nueva. La mudanza es mañana!"
    ],
    "pt": [
        "{brand} não consigo reservar, a app diz «Morada não encontrada (erro AD-734)» para a casa nova. A mudança é amanhã!"
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours l'erreur AD-734. J'ai essayé avec et sans le numéro de bâtiment, avec le code postal seul, rien. Et au chat personne ne répond.",
    "it": "Sempre l'errore AD-734. Provato con e senza il numero civico, solo col CAP, niente. E in chat non risponde nessuno.",
    "de": "Immer noch AD-734. Mit und ohne Hausnummer probiert, nur mit PLZ, nichts. Und im Chat antwortet keiner.",
    "en": "Still AD-734. Tried with and without the house number, postcode only, nothing. And nobody on the chat.",
    "es": "Sigue el AD-734. Probado con y sin número, solo con el código postal, nada. Y en el chat no contesta nadie.",
    "pt": "Continua o AD-734. Tentei com e sem número de porta, só com o código postal, nada. E no chat ninguém responde.",
}
SPIKE_FIXED: dict[str, str] = {
    "fr": "Bonjour {first},\n\nLe problème de ce matin sur la recherche d'adresses (erreur AD-734) est résolu depuis {fixed_at}. Votre créneau est réservé et nous vous avons retiré {amount}.\n\n{agent} – Movetta",
    "it": "Ciao {first},\n\nil problema di stamattina con la ricerca degli indirizzi (errore AD-734) è risolto dalle {fixed_at}. La tua fascia oraria è prenotata e ti abbiamo tolto {amount}.\n\n{agent} – Movetta",
    "de": "Hallo {first},\n\ndas Problem von heute früh mit der Adresssuche (Fehler AD-734) ist seit {fixed_at} behoben. Ihr Termin ist gebucht, {amount} haben wir abgezogen.\n\n{agent} – Movetta",
    "en": "Hi {first},\n\nThis morning's address lookup problem (error AD-734) has been fixed since {fixed_at}. Your slot is booked and we've taken {amount} off.\n\n{agent} – Movetta",
    "es": "Hola {first},\n\nEl problema de esta mañana con las direcciones (error AD-734) está resuelto desde las {fixed_at}. Tu franja está reservada y te hemos descontado {amount}.\n\n{agent} – Movetta",
    "pt": "Olá {first},\n\nO problema desta manhã com as moradas (erro AD-734) está resolvido desde as {fixed_at}. O seu horário está reservado e descontámos {amount}.\n\n{agent} – Movetta",
}
SPIKE_SUBJECT = {
    "fr": "Erreur AD-734",
    "it": "Errore AD-734",
    "de": "Fehler AD-734",
    "en": "Error AD-734",
    "es": "Error AD-734",
    "pt": "Erro AD-734",
}
LONE: dict[str, tuple[str, str]] = {
    "fr": (
        "hier en tapant ma nouvelle adresse l'appli a mis genre 20 secondes à la trouver, après c'était bon et le camion est réservé. c'est normal ?",
        "Bonjour ! Oui, la vérification des adresses prend parfois quelques secondes, votre réservation est bien confirmée.",
    ),
    "it": (
        "ieri inserendo il nuovo indirizzo l'app ci ha messo tipo 20 secondi a trovarlo, poi tutto ok e il furgone è prenotato. è normale?",
        "Ciao! Sì, la verifica degli indirizzi a volte richiede qualche secondo, la prenotazione è confermata.",
    ),
}
