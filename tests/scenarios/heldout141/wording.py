# ruff: noqa: E501
"""Wording of heldout141: Kornelo, fresh-milled flour, grain boxes and home mills.

German and English first (two or three variants of most tables), then French,
Italian, Portuguese and Spanish (one or two). Placeholders: CASE, COMP, NAME, BRAND.
"""

from __future__ import annotations

BRAND = "Kornelo"
PRO = "Kornelo Backstube"
COMPETITORS = ("Farinuzzo", "Muehlara")

PRODUCTS = (
    ("Dinkel 1050, 5 kg / Spelt flour 5 kg", "24.90"),
    ("Roggen-Vollkorn, 5 kg / Wholemeal rye 5 kg", "21.50"),
    ("Getreidebox Monat / Monthly grain box", "34.00"),
    ("Sauerteig-Starter / Sourdough starter kit", "12.90"),
    ("Tischmuehle Kornelo M2 / Countertop mill M2", "389.00"),
    ("Mahlsteine-Set / Millstone service kit", "49.00"),
    ("Emmer, 2,5 kg / Emmer grain 2.5 kg", "14.80"),
)
PAGES = ("/shop/mehl", "/shop/getreide", "/muehlen/m2", "/rezepte", "/abo", "/konto", "/hilfe")

PRAISE: dict[str, tuple[str, ...]] = {
    "de": (
        "Das Dinkelmehl von BRAND ist der Wahnsinn, mein Brot ist endlich luftig geworden 🍞",
        "Schon wieder ein perfektes Roggenbrot, die dritte Woche in Folge. Danke BRAND!",
        "Die Mühle läuft seit einem Jahr jeden Sonntag, kein Mucks. Top.",
        "immer noch begeistert vom Emmer, die Kinder essen sogar die Kruste",
    ),
    "en": (
        "Third loaf this week with BRAND spelt and honestly the best crumb I've ever had",
        "my mill still grinds like the day it came, two years now. love it",
        "Again a lovely grain box this month, the heritage wheat smells amazing",
        "Great flour, only wish the bags had a proper zip. Otherwise spot on",
    ),
    "fr": (
        "Encore une fois un super pain avec la farine d'épeautre BRAND, merci !",
        "le moulin tourne nickel depuis un an, rien a redire",
    ),
    "it": (
        "Di nuovo un pane perfetto con la farina di farro BRAND 😍",
        "la macina va ancora benissimo dopo un anno",
    ),
    "pt": (
        "Mais uma vez um pão lindo com a farinha de espelta da BRAND!",
        "o moinho continua impecável, adoro",
    ),
    "es": (
        "Otra vez un pan de espelta buenísimo con la harina de BRAND",
        "el molino sigue como el primer día, encantada",
    ),
}

GRIPE_PRAISE: dict[str, tuple[str, ...]] = {
    "de": (
        "Mehl super wie immer, nur der Karton war halb zerdrückt. Trotzdem gern wieder",
        "Sehr gutes Korn, aber die Anleitung zur Mühle gibt es nur als PDF. Schade, sonst prima",
    ),
    "en": (
        "Lovely flour as always, just the box arrived a bit squashed. Still happy",
        "Great mill, bit loud on the finest setting but the bread is worth it",
    ),
    "fr": ("Farine top, juste le carton un peu abîmé",),
    "it": ("Farina ottima, solo il sacco un po' rovinato",),
    "pt": ("Farinha ótima, só a caixa veio amassada",),
    "es": ("Harina estupenda, solo la caja llegó algo aplastada",),
}

QUESTION: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Hallo, kann ich das Abo für Dezember pausieren? Wir sind über Weihnachten weg",
            "Hallo! Ja, unter Konto > Abo können Sie den Dezember einfach aussetzen. Schöne Feiertage!",
        ),
        (
            "Welche Mahlstufe nehme ich für Brötchen mit der M2?",
            "Für Brötchen empfehlen wir Stufe 2-3, für Vollkornbrot Stufe 4. Viel Spaß beim Backen!",
        ),
        (
            "kann man den Sauerteig-Starter einfrieren?",
            "Ja, bis zu drei Monate. Danach zweimal auffrischen, dann ist er wieder fit.",
        ),
    ),
    "en": (
        (
            "Hi, can I swap the rye in my box for emmer this month?",
            "Hi! Yes, I've swapped it for you, the box ships Thursday with emmer instead.",
        ),
        (
            "what grind setting for pizza dough on the M2",
            "For pizza we'd go with setting 1, the finest. Enjoy!",
        ),
        (
            "Is the spelt flour ok for someone avoiding wheat? asking for my mum",
            "Spelt is a wheat species, so not suitable for a wheat allergy, sorry. Our rye and buckwheat are.",
        ),
    ),
    "fr": (
        (
            "Bonjour, je peux mettre mon abonnement en pause en décembre ?",
            "Bonjour ! Oui, dans Compte > Abonnement. Bonnes fêtes !",
        ),
    ),
    "it": (
        (
            "Ciao, quale macinatura per la pizza con la M2?",
            "Ciao! Per la pizza consigliamo la 1, la più fine.",
        ),
    ),
    "pt": (
        (
            "Olá, posso trocar o centeio por espelta na caixa deste mês?",
            "Olá! Sim, já troquei, a caixa sai na quinta.",
        ),
    ),
    "es": (
        (
            "Hola, puedo pausar la suscripción en diciembre?",
            "¡Hola! Sí, en Cuenta > Suscripción. ¡Felices fiestas!",
        ),
    ),
}

THANKS: dict[str, tuple[str, ...]] = {
    "de": ("Super, danke!", "danke für die schnelle Antwort 👍", "Perfekt, vielen Dank"),
    "en": ("Brilliant, thanks!", "cheers, that's sorted then", "Perfect, thank you 🙂"),
    "fr": ("Merci beaucoup !",),
    "it": ("Grazie mille!",),
    "pt": ("Obrigada!",),
    "es": ("¡Gracias!",),
}

PHONE_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "ja hallo ich wollte fragen ob die Mahlsteine bei der M2 irgendwann getauscht werden müssen oder halten die ewig",
            "Wie telefonisch besprochen: Die Steine halten bei Haushaltsgebrauch viele Jahre, ein Nachschärfen ist nicht nötig.",
        ),
    ),
    "en": (
        (
            "hi yeah just calling to ask if i can add a second bag of spelt to thursdays box thanks",
            "As discussed on the phone: a second bag of spelt has been added to Thursday's box.",
        ),
    ),
    "fr": (
        (
            "oui bonjour je voulais savoir si on peut moudre du sarrasin avec le moulin merci",
            "Comme convenu au téléphone : oui, le sarrasin se moud très bien au réglage 3.",
        ),
    ),
    "it": (
        (
            "buongiorno volevo sapere se la macina va bene anche per il mais grazie",
            "Come detto al telefono: sì, il mais va bene alla macinatura 4.",
        ),
    ),
    "pt": (
        (
            "bom dia queria saber se o moinho serve para milho obrigada",
            "Como falámos ao telefone: sim, o milho mói bem no nível 4.",
        ),
    ),
    "es": (
        (
            "hola buenos días quería saber si el molino sirve para maíz gracias",
            "Como hablamos por teléfono: sí, el maíz va bien en el nivel 4.",
        ),
    ),
}

NIGHT_POST: dict[str, tuple[str, ...]] = {
    "de": (
        "3 Uhr nachts, Nachtschicht vorbei, Teig angesetzt. Um 7 gibt's frisches Dinkelbrot von BRAND Mehl 😴",
        "Kann nicht schlafen, also Sauerteig füttern. Der Starter von BRAND blubbert wie verrückt",
    ),
    "en": (
        "1am and the rye starter has doubled, this stuff is alive. BRAND you legends",
        "can't sleep so I'm milling tomorrow's flour, the M2 is quieter than my fridge lol",
    ),
    "fr": ("2h du mat, le levain déborde, vive BRAND",),
    "it": ("Le 2 di notte e sto impastando, il lievito BRAND è una bomba",),
    "pt": ("2 da manhã e o fermento da BRAND a crescer, adoro",),
    "es": ("Las 2 de la mañana amasando, la masa madre de BRAND es una pasada",),
}

NIGHT_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Nachtfrage: wie lange hält sich frisch gemahlenes Vollkornmehl im Kühlschrank?",
            "Gute Nacht! Etwa vier Wochen, luftdicht verschlossen.",
        ),
    ),
    "en": (
        (
            "late one sorry, does the sourdough kit need flour on day one or water only?",
            "Not late at all! 50 g flour and 50 g water on day one.",
        ),
    ),
    "fr": (
        (
            "Petite question de nuit : le levain doit rester au frigo ?",
            "Bonsoir ! Oui, entre deux rafraîchis.",
        ),
    ),
    "it": (
        ("Domanda notturna: il lievito va in frigo?", "Buonasera! Sì, tra un rinfresco e l'altro."),
    ),
    "pt": (
        ("Pergunta noturna: o fermento vai ao frigorífico?", "Boa noite! Sim, entre alimentações."),
    ),
    "es": (
        (
            "Pregunta nocturna: la masa madre va a la nevera?",
            "¡Buenas noches! Sí, entre refrescos.",
        ),
    ),
}

REVIEW: dict[str, tuple[str, ...]] = {
    "de": (
        "Beste Mühle, die ich je hatte. 5 Sterne.",
        "Frisches Mehl, schnelle Lieferung, gern wieder",
    ),
    "en": ("Quality grain, lovely service, five stars", "The M2 paid for itself in six months"),
    "fr": ("Farine excellente, je recommande",),
    "it": ("Farina ottima, consigliata",),
    "pt": ("Farinha excelente, recomendo",),
    "es": ("Harina excelente, la recomiendo",),
}

SURVEY_WORD: dict[str, tuple[str, ...]] = {
    "de": ("top", "alles bestens", "", "👍"),
    "en": ("great", "all good", "", "🙂"),
    "fr": ("parfait", ""),
    "it": ("ottimo", ""),
    "pt": ("ótimo", ""),
    "es": ("genial", ""),
}

# Consumer problems: wrong_grain, mill_squeal, refund, member_price.
PROBLEM_TOPIC = {
    "wrong_grain": "box packed with the wrong grain (rye for a declared wheat/spelt-free customer, or wheat for a rye order)",
    "mill_squeal": "new mill squeals and leaves grit in the flour",
    "refund": "returned mill not refunded after three weeks",
    "member_price": "Kornelo Abo member charged the full price",
}

BAD_DAY: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "wrong_grain": (
            "Ich habe ausdrücklich Dinkel bestellt und bekomme WEIZEN. Mein Mann verträgt keinen Weizen, das steht sogar im Konto. Was soll das??",
            "Schon wieder die falsche Box. Roggen statt Emmer, und ich hab für morgen zwölf Brote für den Kita-Basar geplant. Super.",
        ),
        "mill_squeal": (
            "Die neue M2 quietscht wie eine Kreissäge und im Mehl knirscht es zwischen den Zähnen. 389 Euro für SAND im Brot.",
        ),
        "refund": (
            "Die Mühle ist seit DREI Wochen zurück bei euch und von den 389 € ist nichts da. Ich brauch das Geld, ehrlich.",
        ),
        "member_price": (
            "Ich bin Abo-Mitglied und mir wurde der volle Preis abgebucht. Zum zweiten Mal rechne ich euch das jetzt vor.",
        ),
    },
    "en": {
        "wrong_grain": (
            "I ordered spelt and got WHEAT. My daughter is wheat intolerant, it's on the account. How does this happen??",
            "wrong box AGAIN, rye instead of emmer, and I'd promised twelve loaves for the school fair tomorrow. brilliant.",
        ),
        "mill_squeal": (
            "The new M2 screams like a saw and the flour is GRITTY. £339 for sand in my bread.",
        ),
        "refund": (
            "Mill returned THREE weeks ago and still no refund. That's a lot of money to just sit with you.",
        ),
        "member_price": (
            "I'm a subscriber and got charged full price. Not the first time either.",
        ),
    },
    "fr": {
        "wrong_grain": (
            "J'ai commandé de l'épeautre et j'ai reçu du BLÉ. Mon fils ne le supporte pas, c'est écrit dans le compte !",
        ),
        "mill_squeal": (
            "Le nouveau moulin grince et la farine crisse sous la dent. Inadmissible.",
        ),
        "refund": ("Moulin renvoyé il y a TROIS semaines, toujours pas remboursé.",),
        "member_price": ("Je suis abonnée et on m'a facturé le plein tarif.",),
    },
    "it": {
        "wrong_grain": (
            "Ho ordinato farro e mi arriva GRANO. Mia figlia non lo tollera, è scritto nel profilo!",
        ),
        "mill_squeal": ("La macina nuova stride e la farina scricchiola. Vergognoso.",),
        "refund": ("Macina restituita da TRE settimane e nessun rimborso.",),
        "member_price": ("Sono abbonata e mi avete addebitato il prezzo pieno.",),
    },
    "pt": {
        "wrong_grain": (
            "Encomendei espelta e veio TRIGO. O meu filho não tolera, está no perfil!",
        ),
        "mill_squeal": ("O moinho novo chia e a farinha range nos dentes. Inaceitável.",),
        "refund": ("Devolvi o moinho há TRÊS semanas e nada de reembolso.",),
        "member_price": ("Sou assinante e cobraram o preço cheio.",),
    },
    "es": {
        "wrong_grain": ("Pedí espelta y me llega TRIGO. Mi hija no lo tolera, está en la cuenta!",),
        "mill_squeal": (
            "El molino nuevo chirría y la harina cruje entre los dientes. Vergonzoso.",
        ),
        "refund": ("Devolví el molino hace TRES semanas y ni rastro del reembolso.",),
        "member_price": ("Soy suscriptora y me cobraron el precio completo.",),
    },
}

LONG_MAIL: dict[str, str] = {
    "de": "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, weil ich sonst nicht dazu komme. Wir backen seit zwei Jahren mit Ihrem Mehl, und ich habe Sie schon oft weiterempfohlen.\n\nPROBLEM\n\nIch erwarte bitte eine Rückmeldung bis Ende der Woche.\n\nMit freundlichen Grüßen\nNAME",
    "en": "Dear Kornelo team,\n\nI'm writing this on the train home from my mother's care home, as it's the only quiet half hour I get. We've been customers for two years and I've recommended you to half my street.\n\nPROBLEM\n\nI'd appreciate a reply this week.\n\nKind regards,\nNAME",
}

APOLOGY: dict[str, tuple[str, ...]] = {
    "de": (
        "Entschuldigung für meinen Ton gestern, war ein langer Tag. Danke, dass ihr euch kümmert.",
    ),
    "en": ("Sorry for the rant yesterday, long day. Thanks for sorting it.",),
    "fr": ("Désolée pour mon message d'hier, merci de vous en occuper.",),
    "it": ("Scusate per il tono di ieri, grazie.",),
    "pt": ("Desculpem o tom de ontem, obrigada.",),
    "es": ("Perdón por el tono de ayer, gracias por ocuparos.",),
}

AGENT_CASE: dict[str, str] = {
    "de": "Hallo NAME, es tut uns leid. Wir haben den Vorgang CASE angelegt und melden uns heute noch.",
    "en": "Hi NAME, we're sorry about this. We've opened case CASE and will be back to you today.",
    "fr": "Bonjour NAME, nous sommes désolés. Le dossier CASE est ouvert, nous revenons vers vous aujourd'hui.",
    "it": "Ciao NAME, ci dispiace. Abbiamo aperto la pratica CASE e ti ricontattiamo oggi.",
    "pt": "Olá NAME, lamentamos. Abrimos o processo CASE e respondemos hoje.",
    "es": "Hola NAME, lo sentimos. Hemos abierto la incidencia CASE y te respondemos hoy.",
}
AGENT_GOOD: dict[str, str] = {
    "de": "Gute Nachricht zu CASE: das ist erledigt. Können Sie uns kurz bestätigen, dass alles passt?",
    "en": "Good news on CASE: that's been put right. Could you confirm all is well on your side?",
    "fr": "Bonne nouvelle pour CASE : c'est réglé. Pouvez-vous confirmer ?",
    "it": "Buone notizie per CASE: risolto. Puoi confermare?",
    "pt": "Boas notícias sobre CASE: resolvido. Pode confirmar?",
    "es": "Buenas noticias sobre CASE: resuelto. ¿Puedes confirmarlo?",
}
AGENT_LEAD: dict[str, str] = {
    "de": "Ihr Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "en": "Your case CASE is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Votre dossier CASE est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
    "it": "La pratica CASE è ora dal nostro responsabile qualità, che ti chiamerà entro venerdì.",
    "pt": "O processo CASE está agora com a nossa responsável de qualidade, que liga até sexta.",
    "es": "Tu incidencia CASE está ahora con nuestra responsable de calidad, que te llamará antes del viernes.",
}
AGENT_URGENT: dict[str, str] = {
    "de": "Ich habe das zu CASE hinzugefügt und als dringend markiert.",
    "en": "I've added this to CASE and marked it urgent.",
    "fr": "Ajouté au dossier CASE, marqué urgent.",
    "it": "Aggiunto alla pratica CASE, segnata urgente.",
    "pt": "Adicionado ao processo CASE, marcado como urgente.",
    "es": "Añadido a CASE y marcado como urgente.",
}
CONFIRM: dict[str, tuple[str, ...]] = {
    "de": ("Bestätigt, CASE ist erledigt, danke!", "Ja passt jetzt alles (CASE). Danke euch"),
    "en": ("Confirmed, CASE is sorted. Thanks!", "yep all good now re CASE, cheers"),
    "fr": ("Confirmé pour CASE, merci !",),
    "it": ("Confermo CASE, tutto a posto, grazie!",),
    "pt": ("Confirmo, CASE resolvido, obrigada!",),
    "es": ("Confirmado, CASE resuelto, ¡gracias!",),
}

REPEAT: dict[str, tuple[str, ...]] = {
    "de": (
        "Ich melde mich nochmal wegen CASE. Es ist immer noch nichts passiert.",
        "CASE ist weiterhin offen. Wie lange soll ich denn noch warten?",
    ),
    "en": (
        "Following up on CASE, still nothing has happened.",
        "CASE is still open. How much longer?",
    ),
    "fr": ("Je relance pour CASE, toujours rien.",),
    "it": ("Riscrivo per CASE, ancora niente.",),
    "pt": ("Volto a escrever sobre CASE, ainda nada.",),
    "es": ("Vuelvo a escribir por CASE, sigue sin resolverse.",),
}
REPEAT3: dict[str, tuple[str, ...]] = {
    "de": (
        "Dritter Anlauf wegen CASE. Eine Kollegin kauft bei COMP und die klären so was am selben Tag.",
    ),
    "en": ("Third time about CASE. A friend buys from COMP and they sort this the same day.",),
    "fr": ("Troisième fois pour CASE. Une amie commande chez COMP, eux règlent ça le jour même.",),
    "it": ("Terza volta per CASE. Una collega compra da COMP e lo risolvono in giornata.",),
    "pt": ("Terceira vez sobre CASE. Uma colega compra na COMP e resolvem no mesmo dia.",),
    "es": ("Tercera vez por CASE. Una compañera compra en COMP y lo resuelven el mismo día.",),
}
REPEAT4: dict[str, tuple[str, ...]] = {
    "de": ("Zum VIERTEN Mal: CASE. Ich bin fassungslos.",),
    "en": ("FOURTH time writing about CASE. Unbelievable.",),
    "fr": ("QUATRIÈME fois pour CASE. Incroyable.",),
    "it": ("QUARTA volta per CASE. Incredibile.",),
    "pt": ("QUARTA vez sobre CASE. Inacreditável.",),
    "es": ("CUARTA vez por CASE. Increíble.",),
}

SLIDE: dict[str, tuple[str, ...]] = {
    "de": (
        "Box kam diesmal zwei Tage später, ohne Info. Naja.",
        "Das Roggenmehl war klumpig, als wäre es feucht geworden.",
        "Jetzt soll ich für die Mühlenwartung 49 € zahlen, obwohl die Garantie noch läuft?",
        "Zweimal nachgefragt, keine Antwort. Das war früher anders bei BRAND.",
        "Motten im Emmer. MOTTEN. Foto angehängt. Ich bin echt sauer.",
        "Mein Schwager bestellt bei COMP, ich hab mir dort jetzt auch eine Probierbox bestellt.",
    ),
    "en": (
        "Box came two days late this time, no heads-up. Hm.",
        "The rye flour was lumpy, like it had got damp.",
        "Now I'm asked £42 for a mill service while it's under warranty?",
        "Asked twice, no answer. BRAND used to be better than this.",
        "Moths in the emmer. MOTHS. Photo attached. Properly fed up.",
        "My brother-in-law buys from COMP, I've ordered a trial box there now.",
    ),
    "fr": (
        "Colis en retard de deux jours, sans prévenir.",
        "Farine de seigle en grumeaux.",
        "49 € pour l'entretien sous garantie ?",
        "Deux relances, aucune réponse.",
        "Des mites dans l'amidonnier. Photo jointe. Furieuse.",
        "Mon beau-frère commande chez COMP, j'ai pris une box d'essai là-bas.",
    ),
    "it": (
        "Scatola in ritardo di due giorni, senza avviso.",
        "Farina di segale piena di grumi.",
        "49 € di manutenzione in garanzia?",
        "Due solleciti, nessuna risposta.",
        "Tarme nel farro. Foto allegata. Arrabbiatissima.",
        "Mio cognato compra da COMP, ho ordinato una box di prova lì.",
    ),
    "pt": (
        "Caixa chegou dois dias atrasada, sem aviso.",
        "Farinha de centeio empelotada.",
        "49 € de manutenção na garantia?",
        "Perguntei duas vezes, sem resposta.",
        "Traças no farro. Foto anexada. Furiosa.",
        "O meu cunhado compra na COMP, encomendei lá uma caixa de teste.",
    ),
    "es": (
        "La caja llegó dos días tarde, sin avisar.",
        "La harina de centeno con grumos.",
        "¿49 € de mantenimiento en garantía?",
        "Pregunté dos veces, sin respuesta.",
        "Polillas en la escanda. Foto adjunta. Furiosa.",
        "Mi cuñado compra en COMP, he pedido una caja de prueba allí.",
    ),
}

CANCEL: dict[str, tuple[str, ...]] = {
    "de": (
        "Hallo, wir ziehen in eine kleine Stadtwohnung ohne Platz für die Mühle. Bitte kündigen Sie mein Abo und schließen Sie mein Konto. Danke für alles!",
        "Ich backe nicht mehr selbst, die Bäckerei unten hat jetzt gutes Brot. Bitte Abo kündigen und Konto löschen.",
    ),
    "en": (
        "Hi, I've started working nights and don't bake any more. Please cancel my subscription and close my account. Thanks for everything.",
        "We're moving abroad, please cancel the grain box and close the account.",
    ),
    "fr": (
        "Bonjour, je déménage à l'étranger, merci de résilier mon abonnement et fermer mon compte.",
    ),
    "it": ("Ciao, mi trasferisco, vorrei disdire l'abbonamento e chiudere l'account.",),
    "pt": ("Olá, vou mudar de país, quero cancelar a assinatura e fechar a conta.",),
    "es": ("Hola, me mudo fuera, quiero cancelar la suscripción y cerrar la cuenta.",),
}
AGENT_BYE: dict[str, str] = {
    "de": "Schade, dass Sie gehen. Sie können das Abo selbst in der App oder auf der Website kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
    "fr": "Dommage ! Vous pouvez résilier vous-même dans l'appli ou sur le site.",
    "it": "Ci dispiace! Puoi disdire da solo nell'app o sul sito.",
    "pt": "Pena! Pode cancelar na app ou no site.",
    "es": "¡Qué pena! Puedes cancelar tú mismo en la app o en la web.",
}

GRUMBLE: dict[str, tuple[str, ...]] = {
    "de": (
        "Die App meldet mich jedes Mal ab, nervig.",
        "Warum kommt die Box immer erst nach 18 Uhr?",
        "Die Mehltüten reißen beim Öffnen immer ein.",
    ),
    "en": (
        "app logs me out every single time, annoying",
        "why does the box always arrive after 6pm",
        "the flour bags tear every time you open them",
    ),
    "fr": ("L'appli me déconnecte à chaque fois.",),
    "it": ("L'app mi disconnette ogni volta.",),
    "pt": ("A app desliga-me sempre.",),
    "es": ("La app me cierra la sesión cada vez.",),
}
SARCASM: dict[str, tuple[str, ...]] = {
    "de": ("Toll, die 'Express'-Box kam um 21 Uhr. Gerade rechtzeitig zum Mitternachtsbacken 👏",),
    "en": ("Love that the 'fresh milled' flour is dated three weeks ago. So fresh 😂",),
    "fr": ("Génial, la box 'express' à 21h 👏",),
    "it": ("Fantastico, la box 'express' alle 21 👏",),
    "pt": ("Ótimo, a caixa 'express' às 21h 👏",),
    "es": ("Genial, la caja 'exprés' a las 21h 👏",),
}
MILD_Q: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (
            "Die Rezeptseite lädt gerade ewig, ist das bei euch auch so?",
            "Danke für den Hinweis, wir schauen es uns an.",
        ),
    ),
    "en": (
        (
            "recipe page is taking ages to load, just me?",
            "Thanks for flagging, we're looking into it.",
        ),
    ),
    "fr": (("La page recettes met longtemps à charger.", "Merci, on regarde."),),
    "it": (("La pagina ricette è lentissima.", "Grazie, controlliamo."),),
    "pt": (("A página de receitas está lenta.", "Obrigado, vamos ver."),),
    "es": (("La página de recetas tarda mucho.", "Gracias, lo miramos."),),
}

SUBJECT_COMPLAINT = {
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
SUBJECT_RE = {
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
    "es": "RE: Incidencia ",
}
SUBJECT_CANCEL = {
    "de": "Kündigung",
    "en": "Cancel my account",
    "fr": "Résiliation",
    "it": "Disdetta",
    "pt": "Cancelamento",
    "es": "Baja",
}
