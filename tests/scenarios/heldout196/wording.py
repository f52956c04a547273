"""Wording for heldout196 (Lumivra: home-cinema projector and screen hire). Blind set."""

# ruff: noqa: E501

BRAND = "Lumivra"
COMP = ("Cinevo", "Telabox")
LANGS = ("pt", "en", "fr", "de", "it", "es")
MARKET = {
    "pt": ("PT", "BR"),
    "en": ("UK", "IE"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "it": ("IT",),
    "es": ("ES",),
}
PHONE = {
    "PT": ("+351 91", 7),
    "BR": ("+55 11 9", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 47", 7),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "IT": ("+39 3", 9),
    "ES": ("+34 6", 8),
}
CUR = {"UK": "GBP", "BR": "BRL"}

FIRST = {
    "pt": (
        "Joana",
        "Rui",
        "Inês",
        "Tiago",
        "Beatriz",
        "Luís",
        "Marta",
        "Hugo",
        "Carla",
        "Diogo",
        "Leonor",
        "Bruno",
    ),
    "en": (
        "Sophie",
        "Liam",
        "Chloe",
        "Owen",
        "Niamh",
        "Harry",
        "Grace",
        "Callum",
        "Ella",
        "Rory",
        "Megan",
        "Tom",
    ),
    "fr": ("Camille", "Hugo", "Léa", "Julien", "Manon", "Bastien"),
    "de": ("Lena", "Jonas", "Miriam", "Felix", "Anke", "Tobias"),
    "it": ("Giulia", "Marco", "Chiara", "Davide", "Elena", "Luca"),
    "es": ("Lucía", "Pablo", "Nerea", "Álvaro", "Irene", "Sergio"),
}
LAST = {
    "pt": ("Ferreira", "Costa", "Lopes", "Matos", "Ribeiro", "Pinto", "Moura", "Teixeira"),
    "en": ("Walsh", "Barker", "Doyle", "Hughes", "Kerr", "Pryce", "Lynch", "Carter"),
    "fr": ("Moreau", "Lefèvre", "Garnier", "Roux"),
    "de": ("Brandt", "Köhler", "Vogel", "Seidel"),
    "it": ("Rinaldi", "Galli", "Ferraro", "Conti"),
    "es": ("Navarro", "Ortega", "Molina", "Serrano"),
}

PRODUCTS = (
    "Projector 4K + 120in screen, weekend",
    "Outdoor cinema kit, 1 night",
    "Laser projector, week",
    "Soundbar + projector, weekend",
    "Kids' movie-night kit, 1 night",
)

PRAISE = {
    "pt": (
        "Sessão de cinema no quintal com o projetor da Lumivra, os miúdos adoraram 🍿",
        "entrega pontual e tela impecável, obrigado Lumivra!",
        "Que imagem! Vimos a final no jardim com os vizinhos, top",
    ),
    "en": (
        "Garden cinema night with the Lumivra projector, kids loved it 🍿",
        "spot-on delivery and a spotless screen, cheers Lumivra",
        "Picture was unreal, watched the final in the garden with the neighbours",
    ),
    "fr": ("Soirée ciné dans le jardin avec le projecteur Lumivra, les enfants ont adoré 🍿",),
    "de": ("Kinoabend im Garten mit dem Lumivra-Beamer, die Kinder waren begeistert 🍿",),
    "it": ("Serata cinema in giardino col proiettore Lumivra, i bimbi entusiasti 🍿",),
    "es": ("Noche de cine en la terraza con el proyector de Lumivra, a los niños les encantó 🍿",),
}
AGAIN = {
    "pt": (
        "Terceira vez este ano que alugo e continua tudo perfeito",
        "outra vez o mesmo estafeta simpático, já somos amigos",
    ),
    "en": (
        "Third time this year and still flawless, setup in five minutes",
        "same lovely driver again, he even helped level the screen",
    ),
    "fr": ("Troisième location cette année, toujours parfait",),
    "de": ("Schon wieder alles perfekt, dritte Miete dieses Jahr",),
    "it": ("Terza volta quest'anno e sempre tutto perfetto",),
    "es": ("Tercera vez este año y sigue todo perfecto",),
}
GRIPE = {
    "pt": (
        "Adorámos o filme, só o cabo HDMI é curtinho. De resto, 5 estrelas",
        "Tudo ótimo, só o manual é só em PDF",
    ),
    "en": (
        "Loved it, only the HDMI lead is a bit short. Otherwise five stars",
        "Great kit, shame the remote had no batteries",
    ),
    "fr": ("Super soirée, seul le câble HDMI est un peu court",),
    "de": ("Sehr schön, nur das HDMI-Kabel ist etwas kurz",),
    "it": ("Tutto bene, solo il cavo HDMI è cortino",),
    "es": ("Todo genial, solo que el cable HDMI es algo corto",),
}
QUESTION = {
    "pt": (
        "Olá, posso levantar o projetor na loja em vez de entrega?",
        "boa tarde, a tela de 120 serve para uma sala de 4 metros?",
    ),
    "en": (
        "Hi, can I collect the projector from the counter instead of delivery?",
        "does the 120in screen fit a 4 metre room?",
    ),
    "fr": ("Bonjour, puis-je retirer le projecteur en boutique ?",),
    "de": ("Hallo, kann ich den Beamer auch im Laden abholen?",),
    "it": ("Ciao, posso ritirare il proiettore in negozio?",),
    "es": ("Hola, ¿puedo recoger el proyector en tienda?",),
}
ANSWER = {
    "pt": ("Olá! Sim, é possível, escolha 'levantamento' no checkout. Boas sessões!",),
    "en": ("Hi! Yes, pick 'collect' at checkout and it'll be ready. Enjoy the film!",),
    "fr": ("Bonjour ! Oui, choisissez « retrait » au paiement. Bonne séance !",),
    "de": ("Hallo! Ja, wählen Sie beim Bezahlen 'Abholung'. Viel Spaß!",),
    "it": ("Ciao! Sì, scegli 'ritiro' al pagamento. Buona visione!",),
    "es": ("¡Hola! Sí, elige 'recogida' al pagar. ¡Buena peli!",),
}
THANKS = {
    "pt": ("valeu!! 🙌", "obg, top"),
    "en": ("cheers mate 🙌", "ta, legend"),
    "fr": ("merci, au top",),
    "de": ("danke, passt 👍",),
    "it": ("grazie mille 🙌",),
    "es": ("gracias, sois unos cracks",),
}
NIGHT_POST = {
    "pt": (
        "3 da manhã e ainda a ver a trilogia toda no projetor da Lumivra, não me arrependo de nada",
    ),
    "en": ("2am, third film in a row on the Lumivra projector, no regrets",),
    "fr": ("2h du mat, troisième film d'affilée avec le projecteur Lumivra",),
    "de": ("2 Uhr nachts, dritter Film am Stück mit dem Lumivra-Beamer",),
    "it": ("Le 2 di notte e siamo al terzo film col proiettore Lumivra",),
    "es": ("Las 2 de la mañana y vamos por la tercera peli con el proyector de Lumivra",),
}
NIGHT_Q = {
    "pt": ("estou acordado de turno, a devolução de amanhã pode ser depois das 18h?",),
    "en": ("on a night shift, can tomorrow's return be after 6pm?",),
    "fr": ("je suis de nuit, le retour de demain peut se faire après 18h ?",),
    "de": ("Nachtschicht hier, kann die Rückgabe morgen nach 18 Uhr sein?",),
    "it": ("sono di turno di notte, la riconsegna domani può essere dopo le 18?",),
    "es": ("estoy de turno de noche, ¿la devolución de mañana puede ser después de las 18h?",),
}
NIGHT_A = {
    "pt": ("Boa noite! Sim, até às 20h sem custo.",),
    "en": ("Evening! Yes, up to 8pm at no charge.",),
    "fr": ("Bonsoir ! Oui, jusqu'à 20h sans frais.",),
    "de": ("Guten Abend! Ja, bis 20 Uhr kostenlos.",),
    "it": ("Buonasera! Sì, fino alle 20 senza costi.",),
    "es": ("¡Buenas noches! Sí, hasta las 20h sin coste.",),
}
SURVEY_WORD = {
    "pt": ("excelente", "", "😍"),
    "en": ("brilliant", "", "👌"),
    "fr": ("parfait",),
    "de": ("super",),
    "it": ("ottimo",),
    "es": ("genial",),
}

# problems: no_show, double_charge, dead_lamp, refund
PROB = {
    "pt": {
        "no_show": "o projetor aparece como ENTREGUE mas nunca chegou",
        "double_charge": "cobraram a caução DUAS vezes",
        "dead_lamp": "o projetor chegou com a lâmpada fundida, nem liga",
        "refund": "há TRÊS semanas que espero a devolução da caução",
    },
    "en": {
        "no_show": "the projector says DELIVERED but it never came",
        "double_charge": "you took the deposit TWICE",
        "dead_lamp": "the projector arrived with a dead lamp, won't even switch on",
        "refund": "I've waited THREE weeks for my deposit back",
    },
    "fr": {
        "no_show": "le projecteur est marqué LIVRÉ mais n'est jamais arrivé",
        "double_charge": "vous avez prélevé la caution DEUX fois",
        "dead_lamp": "le projecteur est arrivé avec la lampe grillée",
        "refund": "j'attends ma caution depuis TROIS semaines",
    },
    "de": {
        "no_show": "der Beamer steht als GELIEFERT, ist aber nie gekommen",
        "double_charge": "die Kaution wurde ZWEIMAL abgebucht",
        "dead_lamp": "der Beamer kam mit kaputter Lampe, geht nicht mal an",
        "refund": "ich warte seit DREI Wochen auf meine Kaution",
    },
    "it": {
        "no_show": "il proiettore risulta CONSEGNATO ma non è mai arrivato",
        "double_charge": "mi avete addebitato la cauzione DUE volte",
        "dead_lamp": "il proiettore è arrivato con la lampada bruciata",
        "refund": "aspetto la cauzione da TRE settimane",
    },
    "es": {
        "no_show": "el proyector sale como ENTREGADO y nunca llegó",
        "double_charge": "me habéis cobrado la fianza DOS veces",
        "dead_lamp": "el proyector llegó con la lámpara fundida, ni enciende",
        "refund": "llevo TRES semanas esperando la fianza",
    },
}
COMPLAIN = {
    "pt": (
        "Isto é inaceitável: %P%. Reserva feita há dias, quero uma solução HOJE.",
        "Lumivra, %P% e ninguém me responde. Muito mal.",
    ),
    "en": (
        "This is unacceptable: %P%. Booked days ago and I want it sorted TODAY.",
        "Lumivra, %P% and nobody answers. Really poor.",
    ),
    "fr": ("C'est inadmissible : %P%. Je veux une solution aujourd'hui.",),
    "de": ("Das ist unmöglich: %P%. Ich erwarte heute eine Lösung.",),
    "it": ("È inaccettabile: %P%. Voglio una soluzione oggi.",),
    "es": ("Esto es inaceptable: %P%. Quiero una solución HOY.",),
}
SUBJ_COMPLAIN = {
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "es": "Reclamación: ",
}
CALL = {
    "pt": "sim boa tarde liguei porque %P% e já é a segunda vez que tento falar com alguém",
    "en": "yeah hi i'm calling because %P% and i've been trying to get someone all morning",
    "fr": "oui bonjour j'appelle parce que %P% et personne ne répond",
    "de": "ja guten Tag ich rufe an weil %P% und niemand meldet sich",
    "it": "sì buongiorno chiamo perché %P% e nessuno risponde",
    "es": "sí hola llamo porque %P% y nadie me contesta",
}
LONG = {
    "pt": "Bom dia,\n\nEscrevo-vos da sala de espera do hospital, onde acompanho a minha mãe depois de uma operação ao joelho. Tínhamos combinado um serão de cinema para o aniversário dela, com a família toda, e aluguei convosco como das outras vezes.\n\nAcontece que %P%. Liguei, escrevi, e até agora nada. Sou cliente há anos e sempre fiquei contente, mas isto não se faz.\n\nAguardo resposta com urgência.\nCumprimentos,\nN",
    "en": "Hello,\n\nI'm writing from the car outside my son's football training, in the ten minutes I have between work and tea. We'd planned a surprise film night for my partner's fortieth, friends invited, the lot, and I booked with you as I always do.\n\nThe thing is, %P%. I've rung and written and heard nothing back. I've rented from you for years and never had an issue, but this is not on.\n\nPlease sort it urgently.\nRegards,\nN",
}
CASE_OPENED = {
    "pt": "Olá %N%, lamentamos muito. Abrimos o caso %C% e a equipa está a tratar. Damos notícias em breve.",
    "en": "Hi %N%, really sorry about this. We've opened case %C% and the team is on it. We'll be in touch shortly.",
    "fr": "Bonjour %N%, toutes nos excuses. Le dossier %C% est ouvert, nous revenons vers vous vite.",
    "de": "Hallo %N%, das tut uns leid. Vorgang %C% ist eröffnet, wir melden uns bald.",
    "it": "Ciao %N%, ci dispiace molto. Abbiamo aperto la pratica %C%, ti aggiorniamo presto.",
    "es": "Hola %N%, lo sentimos mucho. Hemos abierto la incidencia %C% y te escribimos pronto.",
}
GOOD_NEWS = {
    "pt": "Boas notícias sobre o caso %C%: está resolvido do nosso lado. Pode confirmar?",
    "en": "Good news on case %C%: it's fixed on our side. Could you confirm?",
    "fr": "Bonne nouvelle pour le dossier %C% : c'est réglé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Vorgang %C%: erledigt. Können Sie das bestätigen?",
    "it": "Buone notizie sulla pratica %C%: risolto. Puoi confermare?",
    "es": "Buenas noticias sobre la incidencia %C%: resuelto. ¿Puedes confirmarlo?",
}
CONFIRM = {
    "pt": "Confirmo, caso %C% resolvido. Obrigada pela rapidez!",
    "en": "Confirmed, case %C% is sorted. Thanks for the quick fix!",
    "fr": "Je confirme, dossier %C% réglé. Merci !",
    "de": "Bestätigt, Vorgang %C% ist erledigt. Danke!",
    "it": "Confermo, pratica %C% risolta. Grazie!",
    "es": "Confirmado, incidencia %C% resuelta. ¡Gracias!",
}
APOLOGY = {
    "pt": "Peço desculpa pelo tom de ontem, estava mesmo stressada. Obrigada pela ajuda.",
    "en": "Sorry for my tone yesterday, it was a rough day. Thanks for helping.",
    "fr": "Désolé pour mon ton d'hier, journée difficile. Merci.",
    "de": "Entschuldigung für gestern, war ein harter Tag. Danke.",
    "it": "Scusate il tono di ieri, giornata pesante. Grazie.",
    "es": "Perdón por el tono de ayer, mal día. Gracias por la ayuda.",
}
STILL = {
    "pt": (
        "Caso %C% continua aberto: %P%. Já escrevi antes e nada.",
        "Volto a escrever sobre o caso %C%, ainda sem solução: %P%.",
    ),
    "en": (
        "Case %C% is still open: %P%. I wrote before and nothing.",
        "Writing again about case %C%, still not fixed: %P%.",
    ),
    "fr": ("Le dossier %C% est toujours ouvert : %P%.",),
    "de": ("Vorgang %C% ist immer noch offen: %P%.",),
    "it": ("La pratica %C% è ancora aperta: %P%.",),
    "es": ("La incidencia %C% sigue abierta: %P%.",),
}
THIRD = {
    "pt": " Uma colega aluga na %K% e resolvem isto no próprio dia.",
    "en": " A mate rents from %K% and they sort this the same day.",
    "fr": " Une collègue loue chez %K%, eux règlent ça dans la journée.",
    "de": " Ein Kollege mietet bei %K%, die lösen das am selben Tag.",
    "it": " Una collega noleggia da %K% e risolvono in giornata.",
    "es": " Una compañera alquila en %K% y lo resuelven en el día.",
}
FOURTH = {
    "pt": " É a QUARTA vez!",
    "en": " This is the FOURTH time!",
    "fr": " C'est la QUATRIÈME fois !",
    "de": " Das ist das VIERTE Mal!",
    "it": " È la QUARTA volta!",
    "es": " ¡Es la CUARTA vez!",
}
URGENT = {
    "pt": "Acrescentado ao caso %C%, marcado como urgente.",
    "en": "Added to case %C% and marked urgent.",
    "fr": "Ajouté au dossier %C%, marqué urgent.",
    "de": "Zu Vorgang %C% hinzugefügt, dringend markiert.",
    "it": "Aggiunto alla pratica %C%, segnata urgente.",
    "es": "Añadido a la incidencia %C%, marcada urgente.",
}
QUALITY = {
    "pt": "Olá %N%, o seu caso %C% passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço.",
    "en": "Hi %N%, your case %C% is now with our quality lead, who will ring you before Friday lunchtime.",
    "fr": "Bonjour %N%, votre dossier %C% est chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "de": "Hallo %N%, Ihr Vorgang %C% liegt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "it": "Ciao %N%, la pratica %C% è ora con la responsabile qualità, che ti chiama entro venerdì a pranzo.",
    "es": "Hola %N%, tu incidencia %C% está con nuestra responsable de calidad, que te llama antes del viernes a mediodía.",
}
SLIDE = {
    "pt": (
        "Entrega três horas atrasada e sem aviso, hmm",
        "A tela veio com uma mancha e o comando meio morto",
        "Agora exigem foto de cada cabo na devolução?",
        "Caução a dobrar e uma semana para libertar, não gosto",
        "TAXA DE LIMPEZA de 35 € por um projetor devolvido impecável, com as vossas próprias fotos. Ridículo",
        "O meu cunhado aluga na %K%, já reservei lá para sábado",
    ),
    "en": (
        "Delivery three hours late and no call, hmm",
        "Screen had a stain and the remote was half dead",
        "Now you want a photo of every cable at return?",
        "Double deposit and a week to release it, not great",
        "A £30 CLEANING FEE for a projector returned spotless, with your own app's photos. Ridiculous",
        "My brother-in-law rents from %K%, booked Saturday there",
    ),
    "fr": (
        "Livraison trois heures en retard sans appel",
        "Écran taché et télécommande à moitié morte",
        "Une photo de chaque câble au retour, vraiment ?",
        "Caution doublée et une semaine pour la libérer",
        "35 € de FRAIS DE NETTOYAGE pour un projecteur rendu impeccable. Ridicule",
        "Mon beau-frère loue chez %K%, j'ai réservé là-bas pour samedi",
    ),
    "de": (
        "Lieferung drei Stunden zu spät, ohne Anruf",
        "Leinwand fleckig, Fernbedienung halb tot",
        "Jetzt ein Foto von jedem Kabel bei Rückgabe?",
        "Doppelte Kaution und eine Woche bis zur Freigabe",
        "35 € REINIGUNGSGEBÜHR für einen makellos zurückgegebenen Beamer. Lächerlich",
        "Mein Schwager mietet bei %K%, ich habe dort für Samstag gebucht",
    ),
    "it": (
        "Consegna con tre ore di ritardo e nessuna chiamata",
        "Telo macchiato e telecomando mezzo scarico",
        "Ora una foto di ogni cavo alla riconsegna?",
        "Cauzione doppia e una settimana per sbloccarla",
        "35 € di PULIZIA per un proiettore reso perfetto. Ridicolo",
        "Mio cognato noleggia da %K%, ho prenotato lì per sabato",
    ),
    "es": (
        "Entrega tres horas tarde y sin llamar",
        "Pantalla con mancha y mando medio muerto",
        "¿Ahora foto de cada cable al devolver?",
        "Fianza doble y una semana para liberarla",
        "35 € de LIMPIEZA por un proyector devuelto impecable. Ridículo",
        "Mi cuñado alquila en %K%, ya he reservado allí el sábado",
    ),
}
CANCEL = {
    "pt": (
        "Olá, comprámos um projetor nosso com o subsídio de Natal. Quero cancelar o Lumivra Club e fechar a conta, obrigado.",
    ),
    "en": (
        "Hi, we've bought our own projector now. Please cancel my Lumivra Club membership and close the account.",
        "Moving to a tiny flat with no wall for a screen, so I want to cancel Lumivra Club and close my account.",
    ),
    "fr": (
        "Bonjour, nous avons acheté notre projecteur. Je veux résilier Lumivra Club et fermer le compte.",
    ),
    "de": (
        "Hallo, wir haben jetzt einen eigenen Beamer. Bitte Lumivra Club kündigen und Konto schließen.",
    ),
    "it": (
        "Ciao, abbiamo comprato un proiettore. Voglio disdire Lumivra Club e chiudere l'account.",
    ),
    "es": ("Hola, ya tenemos proyector propio. Quiero cancelar Lumivra Club y cerrar la cuenta.",),
}
SORRY_GO = {
    "pt": "Olá %N%, temos pena de o ver partir. Pode cancelar na app ou no site em Conta > Club.",
    "en": "Hi %N%, sorry to see you go. You can cancel yourself in the app or on the website under Account > Club.",
    "fr": "Bonjour %N%, navrés de vous voir partir. Résiliez dans l'app ou sur le site, Compte > Club.",
    "de": "Hallo %N%, schade, dass Sie gehen. Kündigen können Sie in der App oder Website unter Konto > Club.",
    "it": "Ciao %N%, ci dispiace. Puoi disdire nell'app o sul sito in Account > Club.",
    "es": "Hola %N%, sentimos que te vayas. Puedes cancelar en la app o la web en Cuenta > Club.",
}
SARCASM = {
    "pt": ("Entrega 'expresso' às 23h, mesmo a tempo do filme acabar 👏",),
    "en": (
        "'Express' delivery at 10:40pm, just in time for the credits 👏",
        "Love that the screen came pre-decorated with someone's popcorn 😂",
    ),
    "fr": ("Livraison « express » à 22h40, pile pour le générique 👏",),
    "de": ("'Express'-Lieferung um 22:40, genau rechtzeitig zum Abspann 👏",),
    "it": ("Consegna 'express' alle 22:40, giusto per i titoli di coda 👏",),
    "es": ("Entrega 'exprés' a las 22:40, justo para los créditos 👏",),
}
GRUMBLE = {
    "pt": ("a app faz logout sempre, que chatice", "fila de 30 minutos ao sábado no balcão"),
    "en": ("the app logs me out every single time", "half-hour queue at the counter on Saturdays"),
    "fr": ("l'app me déconnecte à chaque fois",),
    "de": ("die App meldet mich jedes Mal ab",),
    "it": ("l'app mi disconnette ogni volta",),
    "es": ("la app me cierra sesión cada vez",),
}
MILD = {
    "pt": "a pesquisa de lojas mostra a cidade errada",
    "en": "the store finder shows the wrong town",
    "fr": "la recherche de boutique affiche la mauvaise ville",
    "de": "die Filialsuche zeigt die falsche Stadt",
    "it": "la ricerca negozi mostra la città sbagliata",
    "es": "el buscador de tiendas sale con la ciudad equivocada",
}
ACK = {
    "pt": "Obrigado pelo aviso, já passámos à equipa.",
    "en": "Thanks for flagging, passed to the team.",
    "fr": "Merci, transmis à l'équipe.",
    "de": "Danke, an das Team weitergegeben.",
    "it": "Grazie, girato al team.",
    "es": "Gracias, se lo pasamos al equipo.",
}

# business arm
B2B_PROB = {
    "pt": {
        "invoice": "as faturas vêm com o nome antigo e sem número de encomenda",
        "portal": "o portal não mostra alugueres abertos e não conseguimos pedir recolha",
        "overbilled": "cobraram tarifa diária em vez da semanal do contrato",
    },
    "en": {
        "invoice": "the invoices carry our old name and no PO number",
        "portal": "the portal shows no open hires so we can't request collection",
        "overbilled": "we were billed the day rate instead of our contract weekly rate",
    },
    "fr": {
        "invoice": "les factures portent l'ancien nom et aucun numéro de commande",
        "portal": "le portail n'affiche aucune location ouverte",
        "overbilled": "facturé au tarif journalier au lieu du tarif hebdomadaire",
    },
    "de": {
        "invoice": "die Rechnungen tragen den alten Namen und keine Bestellnummer",
        "portal": "das Portal zeigt keine offenen Mieten, Abholung unmöglich",
        "overbilled": "Tagessatz statt vereinbartem Wochensatz berechnet",
    },
    "it": {
        "invoice": "le fatture hanno il vecchio nome e nessun numero d'ordine",
        "portal": "il portale non mostra noleggi aperti",
        "overbilled": "tariffa giornaliera invece di quella settimanale del contratto",
    },
    "es": {
        "invoice": "las facturas llevan el nombre antiguo y sin número de pedido",
        "portal": "el portal no muestra alquileres abiertos",
        "overbilled": "nos cobran tarifa diaria en vez de la semanal del contrato",
    },
}
B2B_FIRST = {
    "pt": "Bom dia, na conta %A%: %P%. Precisamos disto corrigido para fechar o mês.",
    "en": "Good morning, on account %A%: %P%. We need this corrected to close the month.",
    "fr": "Bonjour, sur le compte %A% : %P%. Merci de corriger rapidement.",
    "de": "Guten Morgen, Konto %A%: %P%. Bitte umgehend korrigieren.",
    "it": "Buongiorno, conto %A%: %P%. Va corretto per chiudere il mese.",
    "es": "Buenos días, cuenta %A%: %P%. Necesitamos corregirlo para cerrar el mes.",
}
B2B_MORE = {
    "pt": "O/A colega %F% já escreveu (caso %C%) e continua igual: %P%.",
    "en": "My colleague %F% already wrote in (case %C%) and it's still the same: %P%.",
    "fr": "Ma collègue %F% a déjà écrit (dossier %C%), toujours pareil : %P%.",
    "de": "Meine Kollegin %F% hat schon geschrieben (Vorgang %C%), unverändert: %P%.",
    "it": "La collega %F% ha già scritto (pratica %C%), ancora uguale: %P%.",
    "es": "Mi compañera %F% ya escribió (incidencia %C%) y sigue igual: %P%.",
}
B2B_LAST = {
    "pt": "caso %C% continua sem solução várias pessoas já escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "en": "case %C% still isn't fixed several of us have written my boss says we move the account if it isn't sorted this week",
    "fr": "dossier %C% toujours pas réglé plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur cette semaine sinon",
    "de": "Vorgang %C% immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das nicht diese Woche klappt",
    "it": "pratica %C% ancora non risolta più colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "es": "incidencia %C% sigue sin resolver varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_SUGGEST = {
    "pt": "Sugestão: exportar os custos de aluguer por código de projeto no portal.",
    "en": "Suggestion: let us export hire costs by project code from the portal.",
    "fr": "Suggestion : exporter les coûts par code projet depuis le portail.",
    "de": "Vorschlag: Mietkosten im Portal nach Projektcode exportieren.",
    "it": "Suggerimento: esportare i costi per codice progetto dal portale.",
    "es": "Sugerencia: exportar los costes por código de proyecto desde el portal.",
}
B2B_Q = {
    "pt": "Olá, conseguem entregar dois projetores laser na sala de conferências na quinta às 8h?",
    "en": "Hi, can you drop two laser projectors at our conference room Thursday 8am?",
    "fr": "Bonjour, deux projecteurs laser en salle de conférence jeudi 8h, possible ?",
    "de": "Hallo, zwei Laserbeamer Donnerstag 8 Uhr in den Konferenzraum möglich?",
    "it": "Ciao, due proiettori laser in sala conferenze giovedì alle 8?",
    "es": "Hola, ¿dos proyectores láser en la sala de conferencias el jueves a las 8?",
}
B2B_A = {
    "pt": "Sim, fica agendado. Bom evento!",
    "en": "Yes, booked in. Good luck with the event!",
    "fr": "Oui, c'est planifié !",
    "de": "Ja, ist eingeplant!",
    "it": "Sì, programmato!",
    "es": "¡Sí, queda programado!",
}
B2B_PRAISE = {
    "pt": "A Lumivra Pro montou tudo antes das 8h, apresentação impecável.",
    "en": "Lumivra Pro had everything set up before 8, flawless all-hands.",
    "fr": "Lumivra Pro a tout installé avant 8h, parfait.",
    "de": "Lumivra Pro hat alles vor 8 aufgebaut, top.",
    "it": "Lumivra Pro ha montato tutto prima delle 8, perfetto.",
    "es": "Lumivra Pro lo montó todo antes de las 8, impecable.",
}

# the planted incident
SPIKE = {
    "pt": (
        "A app diz que a minha reserva de hoje foi CANCELADA e ao abrir dá erro BKG-758. O que se passa??",
        "recebi aviso de reserva cancelada mas não cancelei nada, o filme é hoje à noite",
        "Lumivra a app apagou-me a reserva, aparece 'reserva não encontrada'",
    ),
    "en": (
        "App says tonight's booking was CANCELLED and opening it shows error BKG-758. What's going on??",
        "got a 'your rental was cancelled' notification, I cancelled nothing, film night is tonight",
        "Lumivra your app just wiped my booking, says booking not found",
    ),
    "fr": (
        "L'app dit que ma réservation de ce soir est ANNULÉE, erreur BKG-758 à l'ouverture",
        "notification de location annulée alors que je n'ai rien annulé",
    ),
    "de": (
        "Die App sagt, meine Buchung für heute Abend ist STORNIERT, beim Öffnen Fehler BKG-758",
        "Mitteilung 'Miete storniert' bekommen, ich habe nichts storniert",
    ),
    "it": (
        "L'app dice che la prenotazione di stasera è ANNULLATA, errore BKG-758",
        "notifica di noleggio annullato ma non ho annullato niente",
    ),
    "es": (
        "La app dice que mi reserva de esta noche está CANCELADA y al abrirla sale error BKG-758",
        "me llega aviso de alquiler cancelado y yo no he cancelado nada",
    ),
}
SPIKE_AGAIN = {
    "pt": "Continuo com BKG-758, agora também no site. A entrega mantém-se?",
    "en": "Still BKG-758, now on the website too. Is my delivery still coming?",
    "fr": "Toujours BKG-758, sur le site aussi. La livraison est maintenue ?",
    "de": "Immer noch BKG-758, jetzt auch auf der Website. Kommt die Lieferung?",
    "it": "Ancora BKG-758, ora anche sul sito. La consegna è confermata?",
    "es": "Sigue el BKG-758, ahora también en la web. ¿Se mantiene la entrega?",
}
SPIKE_CHAT_A = {
    "pt": "Sim, há um erro que mostra reservas como canceladas. Não estão, a equipa técnica está a tratar.",
    "en": "Yes, a fault is showing bookings as cancelled. They aren't; our engineers are on it.",
    "fr": "Oui, un bug affiche des réservations annulées. Elles ne le sont pas, nous corrigeons.",
    "de": "Ja, ein Fehler zeigt Buchungen als storniert an. Sie sind es nicht, wir arbeiten daran.",
    "it": "Sì, un errore mostra prenotazioni annullate. Non lo sono, ci stiamo lavorando.",
    "es": "Sí, un fallo muestra reservas como canceladas. No lo están, lo estamos arreglando.",
}
SPIKE_FIXED = {
    "pt": "Tudo resolvido desde as 12h30: a sua reserva mantém-se e oferecemos 10 € de crédito.",
    "en": "All fixed since 12:30: your booking stands and we've added a £9 / €10 credit.",
    "fr": "Réglé depuis 13h30 : votre réservation est maintenue, 10 € de crédit offerts.",
    "de": "Seit 13:30 behoben: Ihre Buchung steht, 10 € Gutschrift.",
    "it": "Risolto dalle 13:30: la prenotazione resta valida, 10 € di credito.",
    "es": "Resuelto desde las 13:30: tu reserva sigue en pie, 10 € de crédito.",
}
LONE_Q = {
    "pt": "ontem à noite a app mostrou a reserva a cinzento uns segundos, depois normal. está tudo bem para sábado?",
    "en": "last night the app showed my booking greyed out for a few seconds, then fine. all good for saturday?",
}
LONE_A = {
    "pt": "Sim, é só o carregamento. A reserva está confirmada.",
    "en": "Yes, that's just loading. Your booking is confirmed.",
}
