# ruff: noqa: E501
"""Consumer and spike wording for heldout127 (Accordino, piano tuning and care).

Written from the stories: each table is what one kind of customer would write.
Placeholders: {case} {product} {amount} {comp} {code} {day} {first} {agent}.
"""

from __future__ import annotations

T = dict[str, list[str]]

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Mathieu",
        "Sandrine",
        "Nicolas",
        "Aurélie",
        "Thomas",
        "Hélène",
        "Benoît",
        "Manon",
        "Olivier",
        "Léa",
        "Rémi",
        "Chloé",
        "Pascal",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Davide",
        "Serena",
        "Matteo",
        "Elisa",
        "Stefano",
        "Federica",
        "Paolo",
        "Martina",
        "Andrea",
        "Ilaria",
        "Simone",
    ],
    "en": [
        "Hannah",
        "Oliver",
        "Sophie",
        "James",
        "Niamh",
        "Callum",
        "Grace",
        "Rory",
        "Emily",
        "Declan",
    ],
    "de": [
        "Anna",
        "Jonas",
        "Katrin",
        "Felix",
        "Miriam",
        "Lukas",
        "Sabine",
        "Tobias",
        "Jana",
        "Florian",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Carmen",
        "Diego",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Duarte",
        "Sofia",
        "Nuno",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Moreau",
        "Lefèvre",
        "Girard",
        "Fontaine",
        "Chevalier",
        "Roussel",
        "Mercier",
        "Blanchard",
        "Guérin",
        "Lemaire",
        "Perrin",
        "Marchand",
        "Dupuis",
        "Rolland",
    ],
    "it": [
        "Ricci",
        "Marchetti",
        "Colombo",
        "Ferraro",
        "Galli",
        "Bellini",
        "Conti",
        "Rinaldi",
        "Testa",
        "Barbieri",
        "Mancini",
        "Vitale",
        "Longo",
        "Santoro",
    ],
    "en": ["Whitaker", "Doyle", "Pearson", "Kavanagh", "Hughes", "Brennan", "Fletcher", "Lynch"],
    "de": ["Hofmann", "Krüger", "Seidel", "Vogt", "Brandl", "Lehmann", "Winkler", "Haas"],
    "es": ["Navarro", "Prieto", "Castillo", "Ortega", "Herrero", "Vidal", "Molina", "Soler"],
    "pt": ["Carvalho", "Moura", "Lopes", "Teixeira", "Pinto", "Correia", "Antunes", "Faria"],
}
TOWNS: dict[str, list[str]] = {
    "FR": ["Lyon", "Nantes", "Toulouse", "Rennes", "Lille", "Montpellier"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Lausanne", "Genève", "Lugano", "Bellinzona", "Zürich"],
    "LU": ["Esch-sur-Alzette"],
    "IT": ["Bologna", "Torino", "Verona", "Bergamo", "Padova", "Firenze"],
    "UK": ["Leeds", "Bristol", "York"],
    "IE": ["Cork", "Galway"],
    "DE": ["Freiburg", "Leipzig", "Köln"],
    "AT": ["Graz", "Linz"],
    "ES": ["Valencia", "Zaragoza", "Bilbao"],
    "PT": ["Porto", "Braga", "Coimbra"],
}
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "IT", "CH"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
JOBS = [
    "piano teacher",
    "nurse",
    "accountant",
    "retired engineer",
    "architect",
    "student",
    "bus driver",
    "chemist",
    "organist",
    "baker",
    "pharmacist",
    "translator",
    "IT support",
    "dentist",
    "carpenter",
]

# (label, price in EUR)
PRODUCTS: list[tuple[str, str]] = [
    ("Upright tuning / Accordatura verticale", "95.00"),
    ("Grand piano tuning / Accord piano à queue", "140.00"),
    ("Tuning + regulation / Accordatura + regolazione", "210.00"),
    ("Digital piano hire, month / Location piano numérique, mois", "39.00"),
    ("Humidity kit / Kit hygrométrie", "59.00"),
    ("Piano move, ground floor / Déménagement piano, rez-de-chaussée", "260.00"),
    ("Accordino Cura, yearly plan / piano annuale", "149.00"),
]
PAGES = [
    "/tuning",
    "/tuning/book",
    "/cura",
    "/hire/digital",
    "/moves",
    "/tuners",
    "/help/humidity",
    "/account/bookings",
]

PRAISE: T = {
    "fr": [
        "Accordeur passé ce matin chez Accordino, pile à l'heure, le piano de ma fille sonne enfin juste. Merci !",
        "Troisième accord avec Accordino et toujours la même accordeuse, adorable et précise. Le la du milieu ne frise plus 🎹",
        "Franchement bluffée : il a même recollé le feutre d'un marteau sans rien facturer. Je recommande.",
        "Encore une fois impeccable, rdv pris en 2 minutes sur l'appli, piano accordé avant le concert de l'école",
    ],
    "it": [
        "Accordatore di Accordino arrivato puntualissimo, il verticale della nonna è rinato. Grazie davvero!",
        "Terza volta con Accordino e sempre lo stesso tecnico gentilissimo, ha spiegato tutto a mio figlio 🎶",
        "Prenotato dall'app in due minuti, accordatura perfetta prima del saggio. Consigliatissimi",
        "Ancora una volta bravissimi, il pianoforte tiene l'accordo da sei mesi nonostante il riscaldamento",
    ],
    "en": [
        "Tuner from Accordino came bang on time, the old Bechstein sounds like a proper piano again. Cheers!",
        "Third tuning with Accordino and still the same lovely tuner, she even fixed the sticky B flat",
    ],
    "de": [
        "Klavierstimmer von Accordino war pünktlich und super freundlich, das Klavier klingt wieder sauber. Danke!",
        "Schon wieder top: Termin per App, Stimmer kam, alles erklärt. Gerne wieder",
    ],
    "es": [
        "El afinador de Accordino llegó puntual y el piano de mi madre suena de maravilla. Gracias!!",
        "Tercera vez con Accordino y siempre genial, reservé por la app en nada",
    ],
    "pt": [
        "O afinador da Accordino chegou a horas e o piano está perfeito. Obrigada!",
        "Mais uma vez impecável, marquei pela app e ficou tudo afinado antes do recital",
    ],
}
GRIPE_PRAISE: T = {
    "fr": [
        "Accord parfait comme d'hab, seul bémol (haha) : le créneau de 8h-12h c'est long quand on télétravaille. Sinon top.",
        "Très contente du réglage, juste dommage que la facture n'arrive que par mail en PDF illisible sur téléphone",
    ],
    "it": [
        "Accordatura ottima, unico neo la finestra 14-18 troppo larga, ho aspettato fino alle 17:40. Per il resto bravi",
        "Contentissima del tecnico, solo l'app che ogni volta mi chiede di nuovo il modello del piano. Ma va bene così",
    ],
    "en": [
        "Brilliant tuning as always, only gripe is the app still thinks my piano is in the old flat."
    ],
    "de": ["Stimmung super, nur die Terminbestätigung kam erst am Abend vorher. Sonst alles prima"],
    "es": [
        "Muy bien la afinación, solo que la franja de 8 a 12 es larguísima. Por lo demás genial"
    ],
    "pt": ["Afinação ótima, só a janela das 14 às 18 é grande demais. De resto, tudo bem"],
}
QUESTION: T = {
    "fr": [
        "Bonjour, tous les combien faut-il accorder un piano droit dans un appart chauffé au sol ?",
        "bjr, est-ce que l'accordeur peut aussi regarder une pédale qui grince pendant le même rdv ?",
        "Bonsoir, le plan Cura couvre-t-il deux accords par an ou un seul ?",
    ],
    "it": [
        "Buongiorno, ogni quanto va accordato un verticale se lo sposto di stanza?",
        "ciao, il tecnico può controllare anche un tasto che resta giù nella stessa visita?",
        "Salve, con il piano Cura le due accordature annuali sono incluse?",
    ],
    "en": [
        "Hi, can I move my tuning from Thursday to Friday without a fee?",
        "Does the Cura plan include humidity checks?",
    ],
    "de": [
        "Hallo, kann ich den Stimmtermin noch auf Freitag verschieben?",
        "Ist beim Cura-Plan die Regulierung dabei?",
    ],
    "es": [
        "Hola, puedo cambiar la afinación del jueves al viernes?",
        "El plan Cura incluye revisar la humedad?",
    ],
    "pt": [
        "Olá, posso mudar a afinação de quinta para sexta?",
        "O plano Cura inclui a verificação de humidade?",
    ],
}
ANSWER: T = {
    "fr": [
        "Bonjour, oui bien sûr, c'est fait : votre rendez-vous est modifié et confirmé dans l'appli. Belle journée !",
        "Bonjour, le plan Cura comprend deux accords par an et un contrôle d'humidité. N'hésitez pas si besoin.",
    ],
    "it": [
        "Buongiorno, certo, fatto: l'appuntamento è aggiornato nell'app. Buona giornata!",
        "Salve, il piano Cura include due accordature l'anno e il controllo dell'umidità.",
    ],
    "en": ["Hi, yes, all done, your booking is updated in the app. Have a good day!"],
    "de": ["Hallo, ja, erledigt: Ihr Termin ist in der App angepasst. Schönen Tag!"],
    "es": ["Hola, sí, hecho: la cita está cambiada en la app. Buen día!"],
    "pt": ["Olá, sim, já está: a marcação foi alterada na app. Bom dia!"],
}
THANKS: T = {
    "fr": ["Merci beaucoup !", "super merci", "Parfait, merci bcp 🙏"],
    "it": ["Grazie mille!", "perfetto grz", "Gentilissimi, grazie"],
    "en": ["Brilliant, thanks!", "cheers"],
    "de": ["Danke, super!", "Perfekt, danke"],
    "es": ["Mil gracias!", "genial gracias"],
    "pt": ["Muito obrigada!", "obg!"],
}
REVIEW: T = {
    "fr": [
        "Accordeur ponctuel, travail soigné, piano méconnaissable.",
        "Service sérieux et sympathique, je renouvelle mon plan Cura.",
    ],
    "it": [
        "Tecnico puntuale e preciso, pianoforte come nuovo.",
        "Servizio serio, rinnovo il piano Cura senza pensarci.",
    ],
    "en": ["Punctual, careful, lovely tuner."],
    "de": ["Pünktlich, sorgfältig, freundlich."],
    "es": ["Puntual y cuidadoso, muy recomendable."],
    "pt": ["Pontual e cuidadoso, recomendo."],
}
SURVEY_WORD: T = {
    "fr": ["Top", "Parfait", "", "🎹"],
    "it": ["Ottimo", "Perfetto", "", "👏"],
    "en": ["Great", ""],
    "de": ["Sehr gut", ""],
    "es": ["Genial", ""],
    "pt": ["Ótimo", ""],
}
NIGHT_POST: T = {
    "fr": [
        "3h du mat, insomnie, je rejoue Satie sur le piano accordé par Accordino mardi... avec la sourdine bien sûr 😅",
        "Garde de nuit finie, je réserve l'accord de samedi sur l'appli Accordino avant de dormir",
    ],
    "it": [
        "Le 2 di notte e sto ancora provando il notturno di Chopin col piano appena accordato da Accordino. I vicini mi odieranno",
        "Fine turno in ospedale, prenoto l'accordatura di sabato sull'app Accordino e vado a dormire",
    ],
    "en": [
        "2am and I can't stop playing now the piano's in tune, thanks Accordino (sorry neighbours)"
    ],
    "de": ["Nachtschicht vorbei, schnell noch den Stimmtermin bei Accordino für Samstag gebucht"],
    "es": ["Las 3 de la mañana y tocando con sordina el piano recién afinado por Accordino"],
    "pt": ["Três da manhã e eu a tocar baixinho no piano afinado pela Accordino ontem"],
}
NIGHT_Q: T = {
    "fr": ["Bonsoir, je peux décaler le rdv de demain 9h à l'après-midi ? Je sors de garde"],
    "it": [
        "Buonasera, posso spostare l'appuntamento di domani alle 9 al pomeriggio? Esco dal turno di notte"
    ],
    "en": ["Hi, can I push tomorrow's 9am tuning to the afternoon? just off a night shift"],
    "de": ["Hallo, kann ich den Termin morgen um 9 auf nachmittags legen?"],
    "es": ["Hola, puedo pasar la cita de mañana a las 9 a la tarde?"],
    "pt": ["Olá, posso passar a marcação de amanhã às 9 para a tarde?"],
}

# Consumer problems: no_show, double_charge, damage, refund, wrong_price, cancel_fee.
PROBLEM: dict[str, T] = {
    "no_show": {
        "fr": [
            "Réservé un accord pour {day} 8h-12h, j'ai posé ma matinée, PERSONNE n'est venu et l'appli dit « intervention terminée ». C'est une blague ?",
            "accordeur jamais venu alors que l'appli marque le rdv comme fait, j'ai attendu toute la matinée",
        ],
        "it": [
            "Accordatura prenotata per {day} 8-12, ho preso mezza giornata di ferie e NON è venuto NESSUNO. L'app dice pure « intervento completato ».",
            "il tecnico non si è mai presentato e l'app segna la visita come fatta",
        ],
        "en": [
            "Booked a tuning for {day} morning, took the morning off, NOBODY came and the app says 'job completed'."
        ],
        "de": [
            "Stimmtermin {day} vormittags gebucht, Urlaub genommen, NIEMAND kam, und die App sagt 'erledigt'."
        ],
        "es": [
            "Reservé afinación para el {day} por la mañana, pedí el día y NO VINO NADIE. La app dice 'completado'."
        ],
        "pt": [
            "Marquei afinação para {day} de manhã, tirei a manhã e NINGUÉM apareceu. A app diz 'concluído'."
        ],
    },
    "double_charge": {
        "fr": [
            "On m'a prélevé DEUX fois l'accord ({amount}), ma banque me confirme les deux débits.",
            "double prélèvement pour un seul accord, {amount} x2, merci de rembourser vite",
        ],
        "it": [
            "Mi avete addebitato DUE volte l'accordatura ({amount}), la banca conferma entrambi.",
            "doppio addebito per una sola accordatura, {amount} due volte",
        ],
        "en": ["You've charged me TWICE for one tuning ({amount}), my bank shows both."],
        "de": [
            "Sie haben die Stimmung ZWEIMAL abgebucht ({amount}), die Bank zeigt beide Buchungen."
        ],
        "es": ["Me habéis cobrado DOS veces la afinación ({amount}), el banco lo confirma."],
        "pt": ["Cobraram DUAS vezes a afinação ({amount}), o banco confirma."],
    },
    "damage": {
        "fr": [
            "Vos déménageurs ont rayé le piano sur toute la joue gauche et arraché la plinthe de l'escalier. Photos jointes.",
            "piano livré avec une rayure de 30 cm sur le couvercle, c'était le piano de mon père",
        ],
        "it": [
            "I vostri traslocatori hanno graffiato il pianoforte su tutto il fianco e rotto il battiscopa. Allego foto.",
            "pianoforte consegnato con un graffio di 30 cm sul coperchio, era di mio padre",
        ],
        "en": [
            "Your movers gouged the whole side of the piano and took a chunk out of the stairs. Photos attached."
        ],
        "de": [
            "Ihre Träger haben das Klavier an der Seite zerkratzt und die Treppe beschädigt. Fotos anbei."
        ],
        "es": [
            "Vuestros operarios rayaron todo el lateral del piano y la escalera. Adjunto fotos."
        ],
        "pt": ["Os vossos carregadores riscaram a lateral do piano e a escada. Fotos em anexo."],
    },
    "refund": {
        "fr": [
            "Piano numérique rendu il y a TROIS semaines, toujours pas de remboursement de la caution de {amount}.",
            "caution du piano numérique jamais rendue, 3 semaines que j'attends",
        ],
        "it": [
            "Piano digitale restituito da TRE settimane e la cauzione di {amount} non è ancora tornata.",
            "cauzione del piano digitale mai rimborsata, aspetto da 3 settimane",
        ],
        "en": ["Returned the digital piano THREE weeks ago and still no deposit back ({amount})."],
        "de": [
            "Digitalpiano vor DREI Wochen zurückgegeben, Kaution ({amount}) immer noch nicht zurück."
        ],
        "es": [
            "Devolví el piano digital hace TRES semanas y la fianza ({amount}) sigue sin llegar."
        ],
        "pt": ["Devolvi o piano digital há TRÊS semanas e a caução ({amount}) ainda não voltou."],
    },
    "wrong_price": {
        "fr": [
            "Je suis abonnée Cura et on m'a facturé l'accord plein tarif, {amount}. À quoi sert le plan alors ?",
            "tarif non-membre appliqué alors que j'ai le plan Cura",
        ],
        "it": [
            "Ho il piano Cura e mi avete fatto pagare l'accordatura a prezzo pieno, {amount}. A cosa serve allora?",
            "prezzo da non abbonato anche se ho il piano Cura",
        ],
        "en": ["I'm on the Cura plan and got charged full price, {amount}. What's the point?"],
        "de": ["Ich habe den Cura-Plan und zahle trotzdem den vollen Preis, {amount}."],
        "es": ["Tengo el plan Cura y me cobrasteis la tarifa completa, {amount}."],
        "pt": ["Tenho o plano Cura e cobraram o preço completo, {amount}."],
    },
    "cancel_fee": {
        "fr": [
            "Annulé mon rdv CINQ jours avant et vous me prenez des frais d'annulation tardive de {amount} ??",
            "frais d'annulation alors que j'ai annulé 5 jours avant",
        ],
        "it": [
            "Ho annullato CINQUE giorni prima e mi addebitate la penale di annullamento tardivo, {amount}??",
            "penale di annullamento anche se ho disdetto 5 giorni prima",
        ],
        "en": [
            "Cancelled FIVE days ahead and you've charged a late-cancellation fee of {amount}??"
        ],
        "de": ["FÜNF Tage vorher storniert und trotzdem {amount} Stornogebühr??"],
        "es": ["Cancelé con CINCO días y me cobráis {amount} de cancelación tardía??"],
        "pt": ["Cancelei com CINCO dias e cobraram {amount} de cancelamento tardio??"],
    },
}
COMPLAINT_SUBJECT: dict[str, str] = {
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
PROBLEM_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "accordeur absent",
        "it": "tecnico mai arrivato",
        "en": "tuner never came",
        "de": "Stimmer nicht gekommen",
        "es": "afinador no vino",
        "pt": "afinador não veio",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "it": "doppio addebito",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro doble",
        "pt": "cobrança dupla",
    },
    "damage": {
        "fr": "piano rayé",
        "it": "pianoforte graffiato",
        "en": "piano damaged",
        "de": "Klavier beschädigt",
        "es": "piano rayado",
        "pt": "piano riscado",
    },
    "refund": {
        "fr": "caution non rendue",
        "it": "cauzione non rimborsata",
        "en": "deposit not returned",
        "de": "Kaution fehlt",
        "es": "fianza sin devolver",
        "pt": "caução por devolver",
    },
    "wrong_price": {
        "fr": "tarif Cura non appliqué",
        "it": "prezzo Cura non applicato",
        "en": "Cura price not applied",
        "de": "Cura-Preis fehlt",
        "es": "precio Cura no aplicado",
        "pt": "preço Cura não aplicado",
    },
    "cancel_fee": {
        "fr": "frais d'annulation",
        "it": "penale di annullamento",
        "en": "cancellation fee",
        "de": "Stornogebühr",
        "es": "cargo de cancelación",
        "pt": "taxa de cancelamento",
    },
}
LETTER: T = {
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente de l'orthophoniste de mon fils, donc pardonnez le style. Cela fait six ans que nous faisons accorder le piano chez vous et je n'ai jamais eu à me plaindre. {problem}\n\nJe vous demande de régler cela rapidement, je n'ai pas le temps de relancer.\n\nCordialement,\n{first}",
        "Madame, Monsieur,\n\nentre deux cours (j'enseigne le solfège le mercredi) je prends enfin le temps de vous écrire. {problem} Je précise que ma mère, qui vit avec nous depuis son opération, attendait ce piano pour ses exercices de rééducation des doigts.\n\nMerci de me répondre cette semaine.\n{first}",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla macchina fuori dalla piscina delle bambine, scusate la fretta. Siamo clienti da anni e non mi sono mai lamentata. {problem}\n\nVi chiedo di sistemare al più presto, non ho tempo di richiamare ogni giorno.\n\nCordiali saluti,\n{first}",
        "Gentile servizio clienti,\n\ntra un turno e l'altro in farmacia riesco finalmente a scrivervi. {problem} Il pianoforte serve a mio figlio per l'esame al conservatorio tra due settimane.\n\nAttendo una risposta entro venerdì.\n{first}",
    ],
}
CASE_OPENED: T = {
    "fr": [
        "Bonjour {first}, nous sommes désolés. Votre dossier {case} est ouvert, un conseiller revient vers vous sous 24 h. {agent}, Accordino"
    ],
    "it": [
        "Buongiorno {first}, ci dispiace molto. La sua pratica {case} è aperta, la ricontattiamo entro 24 ore. {agent}, Accordino"
    ],
    "en": [
        "Hi {first}, we're sorry. Your case {case} is open and we'll get back to you within 24 hours. {agent}, Accordino"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Ihr Vorgang {case} ist eröffnet, wir melden uns binnen 24 Stunden. {agent}, Accordino"
    ],
    "es": [
        "Hola {first}, lo sentimos. Tu incidencia {case} está abierta, te contestamos en 24 h. {agent}, Accordino"
    ],
    "pt": [
        "Olá {first}, lamentamos. O seu pedido {case} está aberto, respondemos em 24 h. {agent}, Accordino"
    ],
}
GOOD_NEWS: T = {
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est corrigé de notre côté. Pouvez-vous nous confirmer que tout est en ordre ? {agent}"
    ],
    "it": [
        "Buongiorno {first}, buone notizie sulla pratica {case}: abbiamo risolto. Può confermarci che è tutto a posto? {agent}"
    ],
    "en": [
        "Hi {first}, good news on case {case}: it's sorted on our side. Could you confirm all is well? {agent}"
    ],
    "de": [
        "Hallo {first}, gute Nachricht zu Vorgang {case}: behoben. Können Sie bestätigen, dass alles passt? {agent}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre {case}: resuelto. ¿Nos confirmas que todo está bien? {agent}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre {case}: resolvido. Pode confirmar que está tudo bem? {agent}"
    ],
}
CONFIRM: T = {
    "fr": [
        "Confirmé pour le dossier {case}, tout est bon, merci !",
        "c'est ok pour {case}, bien reçu merci",
    ],
    "it": [
        "Confermo per la pratica {case}, tutto a posto, grazie!",
        "ok per {case}, ricevuto grazie",
    ],
    "en": ["Confirmed on {case}, all good now, thanks!"],
    "de": ["Bestätigt für {case}, passt jetzt, danke!"],
    "es": ["Confirmado lo de {case}, todo bien, gracias!"],
    "pt": ["Confirmo o {case}, está tudo bem, obrigada!"],
}
APOLOGY: T = {
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": [
        "Scusate per il messaggio di ieri, ero esasperata. Grazie per aver risolto così in fretta."
    ],
    "en": ["Sorry for my rant yesterday, long day. Thanks for sorting it so fast."],
    "de": ["Sorry für gestern, war genervt. Danke fürs schnelle Lösen."],
    "es": ["Perdón por lo de ayer, estaba harta. Gracias por resolverlo tan rápido."],
    "pt": ["Desculpem a mensagem de ontem, estava farta. Obrigada por resolverem tão depressa."],
}
REPEAT_LATER: T = {
    "fr": [
        "Dossier {case} : TOUJOURS rien. {problem}",
        "je relance pour le dossier {case}, toujours pas réglé. {problem}",
    ],
    "it": [
        "Pratica {case}: ANCORA niente. {problem}",
        "sollecito la pratica {case}, ancora nulla. {problem}",
    ],
    "en": ["Case {case}: STILL nothing. {problem}"],
    "de": ["Vorgang {case}: IMMER NOCH nichts. {problem}"],
    "es": ["Incidencia {case}: SIGUE sin resolverse. {problem}"],
    "pt": ["Pedido {case}: AINDA nada. {problem}"],
}
THIRD: T = {
    "fr": [
        "Troisième fois que j'écris. Ma voisine passe par {comp} et eux règlent ça dans la journée."
    ],
    "it": ["Terza volta che scrivo. Mia cognata usa {comp} e loro risolvono in giornata."],
    "en": ["Third time writing. I've looked at what {comp} charges."],
    "de": ["Dritte Nachricht. Ich habe mir schon angesehen, was {comp} verlangt."],
    "es": ["Tercera vez. He mirado lo que cobra {comp}."],
    "pt": ["Terceira vez. Já vi quanto cobra a {comp}."],
}
FOURTH: T = {
    "fr": ["QUATRIÈME fois. Est-ce que quelqu'un lit ces messages ?"],
    "it": ["QUARTA volta. Qualcuno legge questi messaggi?"],
    "en": ["FOURTH time. Is anyone reading these?"],
    "de": ["VIERTES Mal. Liest das überhaupt jemand?"],
    "es": ["CUARTA vez. ¿Alguien lee esto?"],
    "pt": ["QUARTA vez. Alguém lê isto?"],
}
ADDED_URGENT: T = {
    "fr": ["C'est ajouté à votre dossier {case}, marqué urgent. {agent}"],
    "it": ["Aggiunto alla pratica {case}, segnata come urgente. {agent}"],
    "en": ["Added to your case {case}, marked urgent. {agent}"],
    "de": ["Zu Vorgang {case} hinzugefügt, als dringend markiert. {agent}"],
    "es": ["Añadido a tu incidencia {case}, marcada urgente. {agent}"],
    "pt": ["Acrescentado ao pedido {case}, marcado urgente. {agent}"],
}
QUALITY_LEAD: T = {
    "fr": [
        "Bonjour {first}, votre dossier {case} est entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "it": [
        "Buongiorno {first}, la pratica {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
    "en": [
        "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "de": [
        "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, Rückruf vor Freitagmittag. {agent}"
    ],
    "es": [
        "Hola {first}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, te llama antes del viernes a mediodía. {agent}"
    ],
    "pt": [
        "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta ao almoço. {agent}"
    ],
}
SLIDE: T = {
    "fr": [
        "Accordeur arrivé avec 2h de retard sans prévenir, bon, ça arrive",
        "Le la3 refrise déjà une semaine après l'accord, bof",
        "On me demande maintenant de photographier le piano sous 3 angles avant chaque rdv ?? pénible",
        "Le plan Cura augmente de 149 à 189 € sans un mot. Je commence à douter",
        "FURIEUSE : 45 € de « frais de déplacement » pour un accordeur qui habite à 2 rues. Accordino, vraiment ?",
        "Ma sœur fait accorder chez {comp}, j'ai pris rdv chez eux pour samedi.",
    ],
    "it": [
        "Tecnico arrivato con 2 ore di ritardo senza avvisare, va beh capita",
        "Il la centrale stona di nuovo dopo una settimana, mah",
        "Adesso bisogna mandare 3 foto del pianoforte prima di ogni visita?? che noia",
        "Il piano Cura passa da 149 a 189 € senza avviso. Comincio a dubitare",
        "FURIOSA: 45 € di « spese di trasferta » per un tecnico che abita a due vie da me. Accordino, davvero?",
        "Mio cognato si fa accordare da {comp}, ho prenotato da loro per sabato.",
    ],
    "en": [
        "Tuner two hours late, no call. Happens I guess",
        "Middle A already wobbling a week after tuning. meh",
        "Now they want 3 photos of the piano before every visit?? tedious",
        "Cura plan up from £129 to £165 without a word. Having doubts",
        "FUMING: £39 'travel fee' for a tuner who lives two streets away. Really, Accordino?",
        "My brother-in-law uses {comp}, booked them for Saturday.",
    ],
    "de": [
        "Stimmer zwei Stunden zu spät, ohne Anruf. Naja",
        "Das A wackelt schon eine Woche nach dem Stimmen. hm",
        "Jetzt 3 Fotos vom Klavier vor jedem Termin?? nervig",
        "Cura-Plan von 149 auf 189 € ohne Info. Ich zweifle langsam",
        "SAUER: 45 € 'Anfahrt' für einen Stimmer, der zwei Straßen weiter wohnt. Echt, Accordino?",
        "Mein Schwager lässt bei {comp} stimmen, hab dort für Samstag gebucht.",
    ],
    "es": [
        "Afinador dos horas tarde sin avisar, bueno, pasa",
        "El la ya desafina una semana después, meh",
        "Ahora piden 3 fotos del piano antes de cada visita?? pesadez",
        "El plan Cura sube de 149 a 189 € sin avisar. Empiezo a dudar",
        "INDIGNADA: 45 € de 'desplazamiento' para un afinador que vive a dos calles. En serio, Accordino?",
        "Mi cuñado afina con {comp}, he reservado con ellos para el sábado.",
    ],
    "pt": [
        "Afinador duas horas atrasado sem avisar, enfim, acontece",
        "O lá já desafina uma semana depois, pois",
        "Agora pedem 3 fotos do piano antes de cada visita?? chato",
        "O plano Cura passa de 149 para 189 € sem aviso. Começo a duvidar",
        "FURIOSA: 45 € de 'deslocação' para um afinador que mora a duas ruas. A sério, Accordino?",
        "O meu cunhado afina com a {comp}, marquei com eles para sábado.",
    ],
}
LEAVE: T = {
    "fr": [
        "Bonjour, nous vendons le piano (les enfants ont arrêté, on déménage dans un T2). Je souhaite résilier le plan Cura et fermer mon compte. Merci pour ces années.",
        "Bonjour, piano donné au conservatoire du quartier, je veux résilier Cura et clôturer le compte s'il vous plaît.",
    ],
    "it": [
        "Buongiorno, vendiamo il pianoforte (ci trasferiamo in un bilocale). Vorrei disdire il piano Cura e chiudere l'account. Grazie di tutto.",
        "Salve, ho regalato il piano alla scuola di musica, vorrei disdire Cura e chiudere l'account.",
    ],
    "en": [
        "Hi, we've sold the piano (moving to a small flat). I'd like to cancel Cura and close my account. Thanks for everything."
    ],
    "de": [
        "Hallo, wir haben das Klavier verkauft. Ich möchte Cura kündigen und mein Konto schließen."
    ],
    "es": ["Hola, hemos vendido el piano. Quiero darme de baja de Cura y cerrar la cuenta."],
    "pt": ["Olá, vendemos o piano. Quero cancelar o Cura e fechar a conta."],
}
SORRY_GO: T = {
    "fr": [
        "Bonjour {first}, désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Compte. {agent}"
    ],
    "it": [
        "Buongiorno {first}, ci dispiace vederla andare. Può disdire da sola nell'app o sul sito, sezione Account. {agent}"
    ],
    "en": [
        "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website, under Account. {agent}"
    ],
    "de": [
        "Hallo {first}, schade! Sie können selbst in der App oder online unter Konto kündigen. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas. Puedes darte de baja en la app o la web, en Cuenta. {agent}"
    ],
    "pt": ["Olá {first}, lamentamos a saída. Pode cancelar na app ou no site, em Conta. {agent}"],
}
GRUMBLE: T = {
    "fr": [
        "L'appli me déconnecte à chaque ouverture, pénible",
        "Le SMS de rappel à 7h du matin un dimanche, sérieusement",
        "Créneau 8h-12h, encore. Impossible d'avoir une heure précise",
        "Facture toujours en PDF illisible sur téléphone",
    ],
    "it": [
        "L'app mi scollega ogni volta, che fastidio",
        "SMS di promemoria alle 7 di domenica mattina, ma dai",
        "Finestra 8-12, di nuovo. Mai un orario preciso",
        "Fattura sempre in PDF illeggibile sul telefono",
    ],
    "en": ["App logs me out every single time", "reminder text at 7am on a Sunday, really"],
    "de": ["App loggt mich jedes Mal aus", "Erinnerungs-SMS sonntags um 7 Uhr, echt jetzt"],
    "es": ["La app me desconecta cada vez", "SMS de recordatorio a las 7 un domingo, en serio"],
    "pt": ["A app desliga-me sempre", "SMS de lembrete às 7 de domingo, a sério"],
}
SARCASM: T = {
    "fr": [
        "Bravo Accordino, l'accordeur « entre 8h et 12h » arrive à 11h58 pile 👏",
        "Magnifique, le piano accordé sonne juste... sauf le do que vous avez oublié 😂",
    ],
    "it": [
        "Complimenti Accordino, il tecnico « tra le 8 e le 12 » arriva alle 11:58 👏",
        "Stupendo, tutto accordato... tranne il do che avete dimenticato 😂",
    ],
    "en": ["Love it Accordino, the '8 to 12' tuner turning up at 11:58 👏"],
    "de": ["Super Accordino, der '8 bis 12'-Stimmer kommt um 11:58 👏"],
    "es": ["Genial Accordino, el afinador 'de 8 a 12' llega a las 11:58 👏"],
    "pt": ["Fantástico Accordino, o afinador 'das 8 às 12' chega às 11:58 👏"],
}
MILD: T = {
    "fr": [
        "L'appli affiche le rdv à Paris au lieu de Lyon, petit bug",
        "Les notifications arrivent en anglais depuis hier",
    ],
    "it": [
        "L'app mostra l'appuntamento a Milano invece che a Bologna, piccolo bug",
        "Le notifiche arrivano in inglese da ieri",
    ],
    "en": ["App shows my booking in the wrong city, small bug"],
    "de": ["App zeigt den Termin in der falschen Stadt an"],
    "es": ["La app muestra la cita en otra ciudad, pequeño fallo"],
    "pt": ["A app mostra a marcação noutra cidade, pequeno erro"],
}
MILD_ANSWER: T = {
    "fr": ["Merci du signalement, c'est transmis à l'équipe technique. {agent}"],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team tecnico. {agent}"],
    "en": ["Thanks for flagging, passed to our tech team. {agent}"],
    "de": ["Danke für den Hinweis, an die Technik weitergegeben. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo técnico. {agent}"],
    "pt": ["Obrigado pelo aviso, passámos à equipa técnica. {agent}"],
}

# The spike: Saturday 14 November 2026.
SPIKE: T = {
    "fr": [
        "Impossible de réserver l'accord de samedi : l'appli ajoute d'office un « supplément grue 190 € » pour un piano droit au rez-de-chaussée, et erreur SUR/58-K si je le retire. ??",
        "Accordino votre appli facture une GRUE pour accorder mon piano droit. Erreur SUR/58-K quand je décoche. Rdv bloqué",
        "bonjour, supplément levage par grue ajouté à mon accord (190 €), impossible à enlever, code SUR/58-K",
    ],
    "it": [
        "Non riesco a prenotare l'accordatura: l'app aggiunge da sola un « supplemento gru 190 € » per un verticale al piano terra, e se lo tolgo errore SUR/58-K",
        "Accordino la vostra app mi mette la GRU per accordare un verticale!! errore SUR/58-K se tolgo la spunta",
        "buongiorno, supplemento sollevamento con gru aggiunto all'accordatura, 190 €, non si toglie, codice SUR/58-K",
    ],
    "en": [
        "Can't book Saturday's tuning: the app adds a '£165 crane lift surcharge' to an upright in my living room and throws SUR/58-K if I untick it"
    ],
    "de": [
        "Buchung geht nicht: die App hängt automatisch 'Kranzuschlag 190 €' an eine Stimmung im Erdgeschoss, beim Entfernen Fehler SUR/58-K"
    ],
    "es": [
        "No puedo reservar: la app añade sola un 'suplemento grúa 190 €' a la afinación de un piano vertical en planta baja, y error SUR/58-K si lo quito"
    ],
    "pt": [
        "Não consigo marcar: a app junta sozinha um 'suplemento grua 190 €' à afinação de um piano vertical no rés-do-chão, e dá erro SUR/58-K se tiro"
    ],
}
SPIKE_AGAIN: T = {
    "fr": ["Toujours SUR/58-K, essayé sur l'ordi de mon mari, même supplément grue."],
    "it": ["Ancora SUR/58-K, provato anche dal pc di mio marito, stesso supplemento gru."],
    "en": ["Still SUR/58-K on the website too, same crane surcharge."],
    "de": ["Immer noch SUR/58-K, auch am Laptop, gleicher Kranzuschlag."],
    "es": ["Sigue el SUR/58-K, también desde el ordenador, mismo suplemento grúa."],
    "pt": ["Continua SUR/58-K, também no computador, mesmo suplemento grua."],
}
SPIKE_CHAT_ANSWER: T = {
    "fr": [
        "Oui, un supplément grue s'ajoute à tort à toutes les réservations en ce moment, nos équipes sont dessus. Ne payez rien. {agent}"
    ],
    "it": [
        "Sì, in questo momento un supplemento gru si aggiunge per errore a tutte le prenotazioni, ci stiamo lavorando. Non paghi nulla. {agent}"
    ],
    "en": [
        "Yes, a crane surcharge is being added by mistake to every booking right now, we're on it. Don't pay anything. {agent}"
    ],
    "de": [
        "Ja, gerade wird fälschlich bei allen Buchungen ein Kranzuschlag angehängt, wir sind dran. {agent}"
    ],
    "es": [
        "Sí, ahora mismo se añade por error un suplemento grúa a todas las reservas, estamos en ello. {agent}"
    ],
    "pt": [
        "Sim, neste momento junta-se por erro um suplemento grua a todas as marcações, estamos a tratar. {agent}"
    ],
}
SPIKE_FIXED: T = {
    "fr": [
        "Bonjour {first}, les réservations fonctionnent de nouveau depuis 12h15 (heure de Paris), sans supplément. Votre accord de samedi est confirmé et 15 € vous sont crédités. {agent}"
    ],
    "it": [
        "Buongiorno {first}, le prenotazioni funzionano di nuovo dalle 12:15 (ora italiana), senza supplemento. 15 € di credito aggiunti. {agent}"
    ],
    "en": [
        "Hi {first}, bookings work again since 11:15 UK time, no surcharge. £13 credit added. {agent}"
    ],
    "de": [
        "Hallo {first}, Buchungen gehen seit 12:15 wieder, ohne Zuschlag. 15 € Gutschrift. {agent}"
    ],
    "es": [
        "Hola {first}, las reservas funcionan desde las 12:15, sin suplemento. 15 € de crédito añadidos. {agent}"
    ],
    "pt": [
        "Olá {first}, as marcações funcionam desde as 11:15, sem suplemento. 15 € de crédito. {agent}"
    ],
}
LONE_Q: T = {
    "fr": [
        "Bonjour, hier soir l'appli affichait une ligne « supplément grue 0,00 € » sur ma réservation, c'est normal ? Rien n'a été facturé"
    ],
    "it": [
        "Buonasera, ieri l'app mostrava una riga « supplemento gru 0,00 € » nella prenotazione, è normale? Non mi è stato addebitato nulla"
    ],
}
LONE_A: T = {
    "fr": [
        "Bonjour, oui, c'est une ligne d'information à zéro sans effet, rien ne sera facturé. {agent}"
    ],
    "it": [
        "Buongiorno, sì, è una riga informativa a zero senza effetto, non verrà addebitato nulla. {agent}"
    ],
}
SLOW_MAP: T = {
    "fr": ["La carte des accordeurs met une éternité à charger ce matin"],
    "it": ["La mappa dei tecnici ci mette una vita a caricare stamattina"],
}

AGENTS = ["Margaux", "Elena", "Thibault", "Roberta", "Kieran", "Lena", "Raúl", "Filipa"]
WEEKDAY: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
