# ruff: noqa: E501
"""Hand-written trouble wording for heldout24 (Lavanto): complaints, follow-ups, agents' replies.

Placeholders: {name}, {item}, {city}, {agent}, {ref} (case reference), {what} (the problem in
a few words), {comp} (a competitor), {date}. ``[[fem|masc]]`` agrees with the writer.
The six consumer problems: lost, damaged, missed_pickup, late, double_charge, refund.
"""

from __future__ import annotations

PROBLEMS = ("lost", "damaged", "missed_pickup", "late", "double_charge", "refund")

COMPETITORS = ("Burbuja", "Cleanory")

#: The problem in a few words (used in follow-ups and confirmations).
WHAT: dict[str, dict[str, str]] = {
    "es": {
        "lost": "la prenda que falta",
        "damaged": "{item} estropeado",
        "missed_pickup": "la recogida que nunca hicisteis",
        "late": "el pedido que no llega",
        "double_charge": "el cobro doble",
        "refund": "el reembolso de la cuota del Club",
    },
    "en": {
        "lost": "the missing item",
        "damaged": "the ruined {item}",
        "missed_pickup": "the missed pick-up",
        "late": "the order that never came back",
        "double_charge": "the double charge",
        "refund": "the Club fee refund",
    },
    "de": {
        "lost": "das fehlende Teil",
        "damaged": "das ruinierte Teil",
        "missed_pickup": "die verpasste Abholung",
        "late": "die Bestellung, die nicht zurückkommt",
        "double_charge": "die doppelte Abbuchung",
        "refund": "die Erstattung der Club-Gebühr",
    },
    "fr": {
        "lost": "le vêtement perdu",
        "damaged": "{item} abîmé",
        "missed_pickup": "la collecte jamais faite",
        "late": "la commande jamais livrée",
        "double_charge": "le double prélèvement",
        "refund": "le remboursement de l'abonnement Club",
    },
    "it": {
        "lost": "il capo perso",
        "damaged": "{item} rovinato",
        "missed_pickup": "il ritiro mai fatto",
        "late": "l'ordine mai riconsegnato",
        "double_charge": "il doppio addebito",
        "refund": "il rimborso della quota Club",
    },
    "pt": {
        "lost": "a peça que falta",
        "damaged": "{item} estragado",
        "missed_pickup": "a recolha que nunca fizeram",
        "late": "a encomenda que não chega",
        "double_charge": "a cobrança a dobrar",
        "refund": "o reembolso da mensalidade do Club",
    },
}

#: The complaint itself, first person.
CORE: dict[str, dict[str, list[str]]] = {
    "es": {
        "lost": [
            "Me habéis devuelto la bolsa y falta {item}. He revisado todo dos veces y no está.",
            "En el pedido venían 8 prendas y han vuelto 7. Falta {item}, que no es precisamente barato.",
        ],
        "damaged": [
            "{item} ha vuelto encogido dos tallas, no me entra ni el brazo.",
            "{item} tiene una mancha de lejía enorme que antes no tenía. Está para tirar.",
        ],
        "missed_pickup": [
            "Me he quedado toda la mañana en casa esperando la recogida de 9 a 11 y no ha venido nadie. Ni un aviso.",
            "Segunda semana que pido recogida y el repartidor no aparece. He pedido el día libre para nada.",
        ],
        "late": [
            "El pedido tenía que llegar el martes y hoy es viernes. Necesitaba {item} para una boda MAÑANA.",
            "Llevo cinco días sin {item} y la app sigue diciendo 'en proceso'. Nadie me dice nada.",
        ],
        "double_charge": [
            "Me habéis cobrado el mismo pedido dos veces, 2 cargos de 19,90 en la tarjeta el mismo día.",
            "En el extracto del banco aparece el pedido cobrado dos veces. Quiero que me devolváis uno YA.",
        ],
        "refund": [
            "Me di de baja del Club el mes pasado y me habéis vuelto a cobrar la cuota. Me dijeron que me la devolvíais y nada.",
            "Cancelé el Club hace tres semanas, tengo el correo de confirmación, y el reembolso no ha llegado.",
        ],
    },
    "en": {
        "lost": [
            "The bag came back and {item} isn't in it. I've checked twice, it's just not there.",
            "I sent 8 items and got 7 back. {item} is missing and it wasn't cheap.",
        ],
        "damaged": [
            "{item} has come back shrunk two sizes, I can't even get my arm in it.",
            "{item} has a massive bleach mark that wasn't there before. It's ruined.",
        ],
        "missed_pickup": [
            "Stayed in all morning for the 9-11 pick-up and nobody came. Not even a text.",
            "Second week running the rider hasn't shown up for the pick-up. I took a day off for this.",
        ],
        "late": [
            "The order was due back on Tuesday, it's now Friday. I needed {item} for a wedding TOMORROW.",
            "Five days without {item} and the app still says 'in progress'. Nobody tells me anything.",
        ],
        "double_charge": [
            "You've charged me twice for the same order, two payments of 19.90 on my card on the same day.",
            "My bank statement shows the order taken twice. I want one of them back NOW.",
        ],
        "refund": [
            "I cancelled Club last month and you charged me the fee again. I was told it would be refunded and nothing.",
            "Cancelled Club three weeks ago, I have the confirmation email, and still no refund.",
        ],
    },
    "de": {
        "lost": [
            "Die Tüte ist zurück, aber {item} fehlt. Ich habe zweimal nachgeschaut.",
            "8 Teile abgegeben, 7 zurückbekommen. {item} fehlt.",
        ],
        "damaged": [
            "{item} ist zwei Nummern eingelaufen.",
            "{item} hat einen großen Bleichfleck, der vorher nicht da war.",
        ],
        "missed_pickup": [
            "Ich habe den ganzen Vormittag auf die Abholung gewartet und niemand kam. Keine Nachricht."
        ],
        "late": [
            "Die Bestellung sollte am Dienstag kommen, heute ist Freitag. Ich brauche {item} MORGEN."
        ],
        "double_charge": [
            "Ihr habt dieselbe Bestellung zweimal abgebucht, zweimal 19,90 am selben Tag."
        ],
        "refund": [
            "Ich habe den Club letzten Monat gekündigt und ihr habt die Gebühr trotzdem abgebucht. Die Erstattung kam nie."
        ],
    },
    "fr": {
        "lost": [
            "Le sac est revenu mais {item} n'y est pas. J'ai vérifié deux fois.",
            "J'ai envoyé 8 pièces, j'en ai récupéré 7. Il manque {item}.",
        ],
        "damaged": [
            "{item} est revenu rétréci de deux tailles.",
            "{item} a une grosse tache de javel qui n'y était pas avant.",
        ],
        "missed_pickup": [
            "J'ai attendu toute la matinée pour la collecte et personne n'est venu. Aucun message."
        ],
        "late": ["La commande devait revenir mardi, on est vendredi. Il me faut {item} DEMAIN."],
        "double_charge": [
            "Vous m'avez prélevé deux fois la même commande, deux fois 19,90 le même jour."
        ],
        "refund": [
            "J'ai résilié le Club le mois dernier et vous avez encore prélevé l'abonnement. Toujours pas remboursé[[e|]]."
        ],
    },
    "it": {
        "lost": [
            "La borsa è tornata ma {item} non c'è. Ho controllato due volte.",
            "Ho mandato 8 capi e ne sono tornati 7. Manca {item}.",
        ],
        "damaged": [
            "{item} è tornato ristretto di due taglie.",
            "{item} ha una macchia di candeggina enorme che prima non c'era.",
        ],
        "missed_pickup": [
            "Ho aspettato tutta la mattina il ritiro e non è venuto nessuno. Nessun avviso."
        ],
        "late": ["L'ordine doveva tornare martedì, oggi è venerdì. Mi serve {item} DOMANI."],
        "double_charge": [
            "Mi avete addebitato lo stesso ordine due volte, due volte 19,90 lo stesso giorno."
        ],
        "refund": [
            "Ho disdetto il Club il mese scorso e mi avete addebitato di nuovo la quota. Il rimborso non è mai arrivato."
        ],
    },
    "pt": {
        "lost": [
            "O saco voltou mas falta {item}. Já vi duas vezes.",
            "Mandei 8 peças e voltaram 7. Falta {item}.",
        ],
        "damaged": [
            "{item} voltou encolhido dois tamanhos.",
            "{item} tem uma mancha de lixívia enorme que não tinha.",
        ],
        "missed_pickup": [
            "Fiquei a manhã toda em casa à espera da recolha e ninguém apareceu. Nem uma mensagem."
        ],
        "late": ["A encomenda era para voltar na terça e hoje é sexta. Preciso d{item} AMANHÃ."],
        "double_charge": [
            "Cobraram a mesma encomenda duas vezes, dois débitos de 19,90 no mesmo dia."
        ],
        "refund": [
            "Cancelei o Club no mês passado e voltaram a cobrar a mensalidade. O reembolso nunca chegou."
        ],
    },
}

SUBJECT: dict[str, dict[str, str]] = {
    "es": {
        "lost": "Falta una prenda en mi pedido",
        "damaged": "Prenda estropeada",
        "missed_pickup": "Recogida no realizada",
        "late": "Pedido sin entregar",
        "double_charge": "Cobro duplicado",
        "refund": "Reembolso cuota Club",
    },
    "en": {
        "lost": "Item missing from my order",
        "damaged": "Ruined item",
        "missed_pickup": "Missed pick-up",
        "late": "Order not delivered",
        "double_charge": "Charged twice",
        "refund": "Club fee refund",
    },
    "de": {
        "lost": "Teil fehlt",
        "damaged": "Kleidungsstück beschädigt",
        "missed_pickup": "Abholung nicht erfolgt",
        "late": "Bestellung nicht geliefert",
        "double_charge": "Doppelte Abbuchung",
        "refund": "Erstattung Club",
    },
    "fr": {
        "lost": "Vêtement manquant",
        "damaged": "Vêtement abîmé",
        "missed_pickup": "Collecte non effectuée",
        "late": "Commande non livrée",
        "double_charge": "Double prélèvement",
        "refund": "Remboursement Club",
    },
    "it": {
        "lost": "Capo mancante",
        "damaged": "Capo rovinato",
        "missed_pickup": "Ritiro non effettuato",
        "late": "Ordine non consegnato",
        "double_charge": "Doppio addebito",
        "refund": "Rimborso Club",
    },
    "pt": {
        "lost": "Peça em falta",
        "damaged": "Peça estragada",
        "missed_pickup": "Recolha não feita",
        "late": "Encomenda não entregue",
        "double_charge": "Cobrança duplicada",
        "refund": "Reembolso do Club",
    },
}

ANGRY_END: dict[str, list[str]] = {
    "es": [
        "Estoy FURIOS[[A|O]].",
        "Es una vergüenza.",
        "Quiero una solución hoy mismo.",
        "INCREÍBLE.",
        "Ya no sé cómo decirlo.",
    ],
    "en": [
        "Absolutely FUMING.",
        "This is a disgrace.",
        "Sort it out today please.",
        "UNBELIEVABLE.",
        "Really not happy.",
    ],
    "de": ["UNFASSBAR.", "Ich bin echt sauer.", "Das geht so nicht."],
    "fr": ["Je suis furieu[[se|x]].", "INADMISSIBLE.", "C'est honteux."],
    "it": ["Sono furios[[a|o]].", "VERGOGNOSO.", "Non è accettabile."],
    "pt": ["Estou furios[[a|o]].", "INACREDITÁVEL.", "Uma vergonha."],
}

SIGN: dict[str, list[str]] = {
    "es": ["Un saludo,", "Saludos,", "Gracias,"],
    "en": ["Regards,", "Thanks,", "Cheers,"],
    "de": ["Viele Grüße", "Gruß"],
    "fr": ["Cordialement,", "Bonne journée,"],
    "it": ["Saluti,", "Cordiali saluti,"],
    "pt": ["Cumprimentos,", "Obrigad[[a|o]],"],
}

GREETING: dict[str, list[str]] = {
    "es": ["Hola,", "Buenas tardes,", "Hola Lavanto,"],
    "en": ["Hi,", "Hello,", "Hi Lavanto team,"],
    "de": ["Hallo,", "Guten Tag,"],
    "fr": ["Bonjour,"],
    "it": ["Buongiorno,", "Salve,"],
    "pt": ["Olá,", "Boa tarde,"],
}

#: Long e-mails: a friendly letter with the complaint in the middle.
LONG_OPEN: dict[str, list[str]] = {
    "es": [
        "Os escribo después de unos días de locos: mudanza, los niños con fiebre y mi suegra de visita en {city}. La verdad es que hasta ahora Lavanto me había salvado más de una semana y siempre lo recomiendo a las amigas del trabajo.",
        "Llevo casi un año usando Lavanto en {city} y normalmente estoy encantad[[a|o]], los repartidores son un amor y la app es muy cómoda. Este mes además hemos tenido la comunión de mi sobrino y ha sido todo un lío de ropa.",
    ],
    "en": [
        "I'm writing after a mad couple of weeks: moving flat in {city}, my partner away for work and the kids off school with a cold. Up to now Lavanto has honestly been a lifesaver and I've recommended you to half the office.",
        "I've been using Lavanto in {city} for nearly a year and I'm usually really happy, the riders are lovely and the app is easy. This month we also had my sister's wedding so it's been a bit of a whirlwind with outfits.",
    ],
    "de": [
        "ich schreibe nach ein paar chaotischen Wochen: Umzug in {city}, die Kinder krank. Bisher war Lavanto wirklich eine Rettung und ich habe euch allen Kollegen empfohlen."
    ],
    "fr": [
        "je vous écris après quelques semaines un peu folles : déménagement à {city}, les enfants malades. Jusqu'ici Lavanto m'a vraiment sauvé la vie et je vous ai recommandés à tout le bureau."
    ],
    "it": [
        "vi scrivo dopo settimane un po' pazze: trasloco a {city}, i bambini con la febbre. Finora Lavanto mi ha salvato la vita e vi ho consigliato a tutti in ufficio."
    ],
    "pt": [
        "escrevo depois de umas semanas de loucos: mudança de casa em {city}, os miúdos doentes. Até agora a Lavanto tem sido uma salvação e já vos recomendei a meio escritório."
    ],
}

LONG_CLOSE: dict[str, list[str]] = {
    "es": [
        "No quiero dejar de usar el servicio, pero esto tiene que arreglarse. Espero vuestra respuesta pronto. Y por cierto, el repartidor de los jueves es un sol, eso que conste."
    ],
    "en": [
        "I don't want to stop using you but this needs sorting. Hope to hear back soon. And for the record the Thursday rider is an absolute star."
    ],
    "de": [
        "Ich will Lavanto eigentlich weiter nutzen, aber das muss geklärt werden. Ich warte auf eure Antwort."
    ],
    "fr": ["Je ne veux pas arrêter le service mais il faut régler ça. J'attends votre réponse."],
    "it": [
        "Non voglio smettere di usare il servizio ma questa cosa va risolta. Aspetto una risposta."
    ],
    "pt": [
        "Não quero deixar de usar o serviço mas isto tem de ser resolvido. Fico à espera de resposta."
    ],
}

SOCIAL: dict[str, dict[str, list[str]]] = {
    "es": {
        "lost": [
            "@lavanto me habéis PERDIDO {item}. Gracias por nada",
            "Mandas 8 prendas a Lavanto y vuelven 7. Magia 🙄",
        ],
        "damaged": ["@lavanto {item} encogido dos tallas. Para tirar. Genial."],
        "missed_pickup": ["Toda la mañana esperando a @lavanto y ni rastro. Día libre tirado"],
        "late": ["@lavanto dónde está mi ropa?? 5 días ya"],
        "double_charge": ["@lavanto me habéis cobrado DOS veces el mismo pedido"],
        "refund": ["Me doy de baja del club de @lavanto y me siguen cobrando. Alucinante"],
    },
    "en": {
        "lost": [
            "@lavanto you've LOST {item}. Thanks for nothing",
            "Send 8 things to Lavanto, get 7 back. Magic 🙄",
        ],
        "damaged": ["@lavanto {item} shrunk two sizes. Binned. Great."],
        "missed_pickup": [
            "Waited in all morning for @lavanto and no one turned up. Day off wasted"
        ],
        "late": ["@lavanto where is my washing?? 5 days now"],
        "double_charge": ["@lavanto you've charged me TWICE for one order"],
        "refund": ["Cancelled @lavanto club and they're still taking money off me. Unreal"],
    },
    "de": {
        "lost": ["@lavanto ihr habt {item} VERLOREN"],
        "damaged": ["@lavanto {item} zwei Nummern eingelaufen. Danke für nichts"],
        "missed_pickup": ["Den ganzen Vormittag auf @lavanto gewartet, niemand kam"],
        "late": ["@lavanto wo ist meine Wäsche?? 5 Tage schon"],
        "double_charge": ["@lavanto ZWEIMAL abgebucht für eine Bestellung"],
        "refund": ["Club bei @lavanto gekündigt und die buchen weiter ab"],
    },
    "fr": {
        "lost": ["@lavanto vous avez PERDU {item}"],
        "damaged": ["@lavanto {item} rétréci de deux tailles. Merci pour rien"],
        "missed_pickup": ["Attendu @lavanto toute la matinée, personne"],
        "late": ["@lavanto où est mon linge ?? 5 jours"],
        "double_charge": ["@lavanto prélevé DEUX fois pour une commande"],
        "refund": ["Résilié le club @lavanto et ils prélèvent encore"],
    },
    "it": {
        "lost": ["@lavanto avete PERSO {item}"],
        "damaged": ["@lavanto {item} ristretto di due taglie. Grazie di niente"],
        "missed_pickup": ["Aspettato @lavanto tutta la mattina, nessuno"],
        "late": ["@lavanto dov'è il mio bucato?? 5 giorni"],
        "double_charge": ["@lavanto addebitato DUE volte lo stesso ordine"],
        "refund": ["Disdetto il club @lavanto e continuano ad addebitare"],
    },
    "pt": {
        "lost": ["@lavanto PERDERAM {item}"],
        "damaged": ["@lavanto {item} encolheu dois tamanhos. Obrigad[[a|o]] por nada"],
        "missed_pickup": ["A manhã toda à espera da @lavanto e nada"],
        "late": ["@lavanto onde está a minha roupa?? 5 dias"],
        "double_charge": ["@lavanto cobraram DUAS vezes a mesma encomenda"],
        "refund": ["Cancelei o club da @lavanto e continuam a cobrar"],
    },
}

#: Follow-ups on an open case: key = which contact (2, 3, 4).
FOLLOW: dict[str, dict[int, list[str]]] = {
    "es": {
        2: [
            "Vuelvo a escribir por el caso {ref}: {what} sigue sin resolverse. Nadie me ha dicho nada.",
            "Caso {ref}. Sigo esperando lo de {what}. ¿Alguien lo está mirando?",
        ],
        3: [
            "TERCERA vez que contacto por el caso {ref}. {what}, TODAVÍA sin solución. Ya estoy mirando {comp}.",
            "Es la tercera vez que escribo por {ref} y sigue igual. Si esto no se arregla me paso a {comp}.",
        ],
        4: [
            "CUARTA vez. Caso {ref}, {what}, sigue abierto. No me lo puedo creer.",
            "Cuarta vez que os llamo por {ref}. Sigue todo igual.",
        ],
    },
    "en": {
        2: [
            "Writing again about case {ref}: {what} still isn't sorted. Nobody has got back to me.",
            "Case {ref}. Still waiting on {what}. Is anyone actually looking at it?",
        ],
        3: [
            "THIRD time contacting you about case {ref}. {what}, STILL not fixed. Already looking at {comp}.",
            "This is the third time I've written about {ref} and nothing's changed. If it's not sorted I'm off to {comp}.",
        ],
        4: [
            "FOURTH time. Case {ref}, {what}, still open. Can't believe this.",
            "Fourth time ringing about {ref}. Still exactly the same.",
        ],
    },
    "de": {
        2: ["Ich schreibe nochmal wegen Fall {ref}: {what} ist immer noch nicht geklärt."],
        3: [
            "Zum DRITTEN Mal wegen Fall {ref}. {what}, IMMER NOCH nicht gelöst. Ich schaue mich schon bei {comp} um."
        ],
        4: ["VIERTE Nachricht. Fall {ref}, {what}, immer noch offen."],
    },
    "fr": {
        2: ["Je relance pour le dossier {ref} : {what}, toujours pas réglé."],
        3: [
            "TROISIÈME fois pour le dossier {ref}. {what}, TOUJOURS rien. Je regarde déjà chez {comp}."
        ],
        4: ["QUATRIÈME fois. Dossier {ref}, {what}, toujours ouvert."],
    },
    "it": {
        2: ["Scrivo di nuovo per la pratica {ref}: {what} non è ancora risolto."],
        3: ["TERZA volta per la pratica {ref}. {what}, ANCORA niente. Sto già guardando {comp}."],
        4: ["QUARTA volta. Pratica {ref}, {what}, ancora aperta."],
    },
    "pt": {
        2: ["Volto a escrever sobre o processo {ref}: {what} continua por resolver."],
        3: [
            "TERCEIRA vez que contacto pelo processo {ref}. {what}, AINDA sem solução. Já estou a ver a {comp}."
        ],
        4: ["QUARTA vez. Processo {ref}, {what}, continua aberto."],
    },
}

CASE_OPENED: dict[str, list[str]] = {
    "es": [
        "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto el caso {ref} y te escribimos en cuanto tengamos novedades. {agent}, equipo Lavanto"
    ],
    "en": [
        "Hi {name}, really sorry about this. We've opened case {ref} and will get back to you as soon as we know more. {agent}, Lavanto"
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben den Fall {ref} eröffnet und melden uns. {agent}, Lavanto"
    ],
    "fr": [
        "Bonjour {name}, désolés. Nous avons ouvert le dossier {ref} et revenons vers vous. {agent}, Lavanto"
    ],
    "it": [
        "Ciao {name}, ci dispiace. Abbiamo aperto la pratica {ref} e ti aggiorniamo presto. {agent}, Lavanto"
    ],
    "pt": [
        "Olá {name}, lamentamos. Abrimos o processo {ref} e voltamos a falar em breve. {agent}, Lavanto"
    ],
}

PASSED_ON: dict[str, list[str]] = {
    "es": [
        "Hola {name}, hemos pasado tu caso {ref} al equipo de planta y facturación. Te contestarán directamente. Un saludo, {agent}"
    ],
    "en": [
        "Hi {name}, we've passed case {ref} on to our plant and billing team, they'll reply to you directly. {agent}"
    ],
    "de": [
        "Hallo {name}, wir haben Fall {ref} an unser Wäscherei- und Abrechnungsteam weitergegeben. {agent}"
    ],
    "fr": [
        "Bonjour {name}, nous avons transmis le dossier {ref} à notre équipe atelier et facturation. {agent}"
    ],
    "it": [
        "Ciao {name}, abbiamo passato la pratica {ref} al team lavanderia e fatturazione. {agent}"
    ],
    "pt": ["Olá {name}, passámos o processo {ref} à equipa da lavandaria e faturação. {agent}"],
}

FIXED: dict[str, list[str]] = {
    "es": [
        "Hola {name}, ya está solucionado por nuestra parte ({ref}). ¿Nos confirmas que todo está bien? Gracias, {agent}"
    ],
    "en": [
        "Hi {name}, this is now fixed on our side ({ref}). Could you confirm all is well? Thanks, {agent}"
    ],
    "de": [
        "Hallo {name}, das ist bei uns erledigt ({ref}). Kannst du bestätigen, dass alles passt? {agent}"
    ],
    "fr": ["Bonjour {name}, c'est réglé de notre côté ({ref}). Pouvez-vous confirmer ? {agent}"],
    "it": [
        "Ciao {name}, risolto da parte nostra ({ref}). Ci confermi che è tutto a posto? {agent}"
    ],
    "pt": [
        "Olá {name}, já está resolvido do nosso lado ({ref}). Pode confirmar que está tudo bem? {agent}"
    ],
}

CONFIRMED: dict[str, list[str]] = {
    "es": [
        "Confirmado, caso {ref} resuelto. ¡Gracias por la rapidez!",
        "Todo bien ya con {ref}, gracias {agent}",
    ],
    "en": [
        "Confirmed, case {ref} sorted. Thanks for being quick!",
        "All good now with {ref}, thanks {agent}",
    ],
    "de": ["Bestätigt, Fall {ref} ist erledigt. Danke!"],
    "fr": ["Confirmé, dossier {ref} réglé. Merci !"],
    "it": ["Confermo, pratica {ref} risolta. Grazie!"],
    "pt": ["Confirmo, processo {ref} resolvido. Obrigad[[a|o]]!"],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba de los nervios. Gracias por arreglarlo tan rápido 🙏",
        "Siento lo borde que fui ayer. Ya está todo bien, gracias",
    ],
    "en": [
        "Sorry for my tone yesterday, it had been a long day. Thanks for sorting it so fast 🙏",
        "Apologies for being short with you yesterday. All fine now, thank you",
    ],
    "de": ["Sorry für meinen Ton gestern. Danke fürs schnelle Klären 🙏"],
    "fr": ["Désolé[[e|]] pour mon ton d'hier. Merci d'avoir réglé ça si vite 🙏"],
    "it": ["Scusate il tono di ieri. Grazie per aver risolto così in fretta 🙏"],
    "pt": ["Desculpem o tom de ontem. Obrigad[[a|o]] por resolverem tão depressa 🙏"],
}

CANCEL_REQUEST: dict[str, list[str]] = {
    "es": [
        "Hola, quiero darme de baja del Lavanto Club y cerrar la cuenta. Me mudo y ya no lo voy a usar. ¿Cómo lo hago?",
        "Buenas, por favor cancelad mi suscripción al Club y eliminad mi cuenta. Gracias.",
    ],
    "en": [
        "Hi, I'd like to cancel my Lavanto Club and close my account please. Moving abroad so won't need it. How do I do that?",
        "Please cancel my Club subscription and delete my account. Thanks.",
    ],
    "de": ["Hallo, ich möchte den Lavanto Club kündigen und mein Konto schließen. Wie geht das?"],
    "fr": ["Bonjour, je souhaite résilier le Lavanto Club et fermer mon compte. Comment faire ?"],
    "it": ["Buongiorno, vorrei disdire il Lavanto Club e chiudere l'account. Come faccio?"],
    "pt": ["Olá, quero cancelar o Lavanto Club e fechar a conta. Como faço?"],
}

CANCEL_SUBJECT: dict[str, str] = {
    "es": "Baja del Club",
    "en": "Cancel Club and account",
    "de": "Kündigung Club",
    "fr": "Résiliation Club",
    "it": "Disdetta Club",
    "pt": "Cancelar Club",
}

CLOSE_YOURSELF: dict[str, list[str]] = {
    "es": [
        "Hola {name}, puedes hacerlo tú mism[[a|o]] en la app: Perfil > Cuenta > Cerrar cuenta. Sentimos que te vayas. {agent}"
    ],
    "en": [
        "Hi {name}, you can do it yourself in the app: Profile > Account > Close account. Sorry to see you go. {agent}"
    ],
    "de": ["Hallo {name}, das geht direkt in der App: Profil > Konto > Konto schließen. {agent}"],
    "fr": [
        "Bonjour {name}, vous pouvez le faire dans l'appli : Profil > Compte > Fermer le compte. {agent}"
    ],
    "it": ["Ciao {name}, puoi farlo dall'app: Profilo > Account > Chiudi account. {agent}"],
    "pt": ["Olá {name}, pode fazê-lo na app: Perfil > Conta > Fechar conta. {agent}"],
}

CANCEL_REASON: dict[str, list[str]] = {
    "es": ["me mudo", "ya no lo uso", ""],
    "en": ["moving away", "don't use it any more", ""],
    "de": ["Umzug", ""],
    "fr": ["déménagement", ""],
    "it": ["trasloco", ""],
    "pt": ["mudança", ""],
}

#: The six steps of a slow slide, from a happy baseline.
SLIDE: dict[str, list[str]] = {
    "es": [
        "Esta semana la recogida ha llegado con media hora de retraso. Bueno, pasa.",
        "Un poco decepcionad[[a|o]] con la subida de precios del Club, la verdad. Antes compensaba más.",
        "Cansad[[a|o]] de que {item} vuelva arrugado. Para eso lo plancho yo.",
        "El chat ya no contesta nadie, solo un bot que no entiende nada.",
        "FURIOS[[A|O]]: otra vez tarde y con una mancha nueva en {item}. Esto no es lo que era.",
        "Se acabó, estoy comparando precios con {comp}. Lavanto ya no es lo que era.",
    ],
    "en": [
        "Pick-up was half an hour late this week. Fine, happens.",
        "Bit disappointed with the Club price rise to be honest. Used to be better value.",
        "Getting fed up with {item} coming back creased. Might as well iron it myself.",
        "Nobody answers the chat anymore, just a bot that doesn't understand a thing.",
        "FUMING: late again and a new stain on {item}. This is not what it used to be.",
        "Had enough, comparing prices with {comp} now. Lavanto has gone downhill.",
    ],
    "de": [
        "Abholung diese Woche eine halbe Stunde zu spät. Passiert.",
        "Etwas enttäuscht von der Preiserhöhung beim Club.",
        "Langsam nervt es, dass {item} zerknittert zurückkommt.",
        "Im Chat antwortet keiner mehr, nur ein Bot.",
        "STINKSAUER: wieder zu spät und {item} hat einen neuen Fleck.",
        "Mir reicht's, ich vergleiche jetzt Preise bei {comp}.",
    ],
    "fr": [
        "Collecte avec une demi-heure de retard cette semaine. Bon.",
        "Un peu déçu[[e|]] par la hausse du prix du Club.",
        "Marre que {item} revienne froissé.",
        "Plus personne ne répond au chat, juste un bot.",
        "FURIEU[[SE|X]] : encore en retard et une nouvelle tache sur {item}.",
        "J'en ai assez, je compare les prix chez {comp}.",
    ],
    "it": [
        "Ritiro in ritardo di mezz'ora questa settimana. Capita.",
        "Un po' delus[[a|o]] dall'aumento del prezzo del Club.",
        "Stuf[[a|o]] che {item} torni stropicciato.",
        "In chat non risponde più nessuno, solo un bot.",
        "FURIOS[[A|O]]: di nuovo in ritardo e {item} con una macchia nuova.",
        "Basta, sto confrontando i prezzi con {comp}.",
    ],
    "pt": [
        "A recolha esta semana veio meia hora atrasada. Acontece.",
        "Um bocado desiludid[[a|o]] com o aumento do preço do Club.",
        "Cansad[[a|o]] de {item} voltar amarrotado.",
        "No chat já ninguém responde, só um bot.",
        "FURIOS[[A|O]]: outra vez atrasado e uma mancha nova n{item}.",
        "Chega, estou a comparar preços com a {comp}.",
    ],
}

GRUMPY: dict[str, list[str]] = {
    "es": [
        "Otra actualización de la app y otra vez a meter la contraseña. Qué pesadez.",
        "La tarifa de servicio sube otra vez. Siempre igual.",
        "El bot del chat no sirve para nada, como siempre.",
        "La recogida siempre en el último minuto de la franja.",
        "Las perchas de plástico, ¿en serio? Cada semana igual.",
    ],
    "en": [
        "Another app update, another password reset. Tedious.",
        "Service fee up again. Course it is.",
        "The chat bot is useless, as per.",
        "Pick-up always in the last minute of the slot.",
        "Plastic hangers, every single week.",
    ],
    "de": [
        "Wieder ein App-Update, wieder neu einloggen.",
        "Servicegebühr schon wieder teurer.",
        "Der Chatbot ist nutzlos, wie immer.",
    ],
    "fr": [
        "Encore une mise à jour, encore me reconnecter.",
        "Les frais de service augmentent encore.",
        "Le chatbot ne sert à rien, comme d'hab.",
    ],
    "it": [
        "Un altro aggiornamento, un'altra volta la password.",
        "La commissione di servizio aumenta ancora.",
        "Il chatbot è inutile, come sempre.",
    ],
    "pt": [
        "Mais uma atualização da app, mais uma vez a password.",
        "A taxa de serviço subiu outra vez.",
        "O bot do chat não serve para nada, como sempre.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Me encanta cuando la app de Lavanto decide actualizarse justo cuando voy a pedir la recogida 🙃",
        "Qué bonito recibir 4 notificaciones para una sola bolsa de ropa 🙃",
    ],
    "en": [
        "Love it when the Lavanto app decides to update right as I'm booking a pick-up 🙃",
        "Nothing says fun like four notifications for one bag of washing 🙃",
    ],
    "de": ["Ich liebe es, wenn die Lavanto-App genau beim Buchen ein Update macht 🙃"],
    "fr": ["J'adore quand l'appli Lavanto se met à jour pile quand je réserve 🙃"],
    "it": ["Adoro quando l'app di Lavanto si aggiorna proprio mentre prenoto 🙃"],
    "pt": [
        "Adoro quando a app da Lavanto decide atualizar-se mesmo quando vou marcar a recolha 🙃"
    ],
}

#: A mild, one-off grumble (chat or web form).
MILD: dict[str, list[str]] = {
    "es": [
        "Me ha llegado el correo de confirmación dos veces, no sé si es normal",
        "La app tarda bastante en abrir últimamente",
        "El aviso de que llega el repartidor me llegó cuando ya estaba en la puerta",
    ],
    "en": [
        "Got the confirmation email twice, not sure if that's normal",
        "App is quite slow to open lately",
        "The rider-on-the-way alert arrived when he was already at the door",
    ],
    "de": ["Die Bestätigungsmail kam zweimal", "Die App öffnet in letzter Zeit langsam"],
    "fr": [
        "J'ai reçu l'e-mail de confirmation deux fois",
        "L'appli est lente à s'ouvrir ces temps-ci",
    ],
    "it": [
        "Mi è arrivata la mail di conferma due volte",
        "L'app ci mette un po' ad aprirsi ultimamente",
    ],
    "pt": ["Recebi o e-mail de confirmação duas vezes", "A app anda lenta a abrir"],
}

MILD_ANSWER: dict[str, list[str]] = {
    "es": ["Gracias por avisar, {name}. Lo pasamos al equipo de la app. {agent}"],
    "en": ["Thanks for flagging, {name}. Passed on to the app team. {agent}"],
    "de": ["Danke für den Hinweis, {name}. {agent}"],
    "fr": ["Merci du signalement, {name}. {agent}"],
    "it": ["Grazie della segnalazione, {name}. {agent}"],
    "pt": ["Obrigado pelo aviso, {name}. {agent}"],
}

LOW_SURVEY: dict[str, list[str]] = {
    "es": ["fatal", "muy mal", "", "nada contento"],
    "en": ["awful", "poor", "", "not impressed"],
    "de": ["schlecht", ""],
    "fr": ["mauvais", ""],
    "it": ["pessimo", ""],
    "pt": ["péssimo", ""],
}

#: The planted spike: checkout fails with a payment error when booking a pick-up.
SPIKE: dict[str, list[str]] = {
    "es": [
        "No puedo pagar la recogida en la app: 'Error de pago P-402'. La tarjeta funciona en todas partes.",
        "@lavanto la app da error de pago al reservar, he probado con dos tarjetas",
        "Imposible reservar recogida, falla el pago todo el rato. Qué pasa??",
        "me sale error de pago p402 al confirmar la recogida, alguien más?",
    ],
    "en": [
        "Can't pay for my pick-up in the app: 'Payment error P-402'. Card works everywhere else.",
        "@lavanto app keeps failing at payment when I book, tried two cards",
        "Payment fails every time I try to book a pick-up. What's going on??",
        "getting payment error p402 at checkout, anyone else?",
    ],
    "de": [
        "Kann die Abholung in der App nicht bezahlen: 'Zahlungsfehler P-402'. Karte funktioniert sonst überall.",
        "@lavanto Zahlung schlägt beim Buchen immer fehl",
    ],
    "fr": [
        "Impossible de payer la collecte dans l'appli : 'Erreur de paiement P-402'. Ma carte marche ailleurs.",
        "@lavanto le paiement échoue à chaque réservation",
    ],
    "it": [
        "Non riesco a pagare il ritiro nell'app: 'Errore di pagamento P-402'. La carta funziona ovunque.",
        "@lavanto il pagamento fallisce ogni volta che prenoto",
    ],
    "pt": [
        "Não consigo pagar a recolha na app: 'Erro de pagamento P-402'. O cartão funciona em todo o lado.",
        "@lavanto o pagamento falha sempre que marco a recolha",
    ],
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue sin funcionar el pago y nadie contesta. Necesito la recogida mañana.",
        "Otra vez error de pago, media hora intentándolo y nadie responde",
    ],
    "en": [
        "Still not working, payment still failing and nobody's answering.",
        "Again payment error, half an hour trying and no reply from anyone",
    ],
    "de": ["Geht immer noch nicht, Zahlung schlägt fehl und niemand antwortet."],
    "fr": ["Toujours pas, le paiement échoue encore et personne ne répond."],
    "it": ["Ancora niente, il pagamento fallisce e nessuno risponde."],
    "pt": ["Continua sem funcionar, o pagamento falha e ninguém responde."],
}

SPIKE_FIX: dict[str, list[str]] = {
    "es": [
        "Hola {name}, el error de pago de ayer por la tarde ya está corregido. Si quieres, ya puedes reservar la recogida. Perdona las molestias. {agent}"
    ],
    "en": [
        "Hi {name}, yesterday evening's payment error is now fixed, you can book your pick-up again. Sorry for the hassle. {agent}"
    ],
    "de": [
        "Hallo {name}, der Zahlungsfehler von gestern Abend ist behoben. Entschuldige die Umstände. {agent}"
    ],
    "fr": [
        "Bonjour {name}, l'erreur de paiement d'hier soir est corrigée. Désolés pour le désagrément. {agent}"
    ],
    "it": [
        "Ciao {name}, l'errore di pagamento di ieri sera è stato risolto. Scusa il disagio. {agent}"
    ],
    "pt": [
        "Olá {name}, o erro de pagamento de ontem à noite já está corrigido. Pedimos desculpa. {agent}"
    ],
}

#: Two lone questions before the spike (answered).
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Esta tarde el pago de la recogida ha tardado un montón en confirmarse, al final ha ido. ¿Es normal?",
        "Hola {name}, a veces el banco tarda en confirmar, si se ha cobrado una vez está todo bien. {agent}",
    ),
    "en": (
        "This evening the payment for my pick-up took ages to confirm, then it went through. Does that happen a lot?",
        "Hi {name}, sometimes the bank is slow to confirm; if it was taken once you're all set. {agent}",
    ),
}
