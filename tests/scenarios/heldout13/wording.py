# Data: one sentence a line reads better than wrapped strings.
# ruff: noqa: E501
"""Hand-written wording for the heldout13 scenarios (Casalume home insurance).

Written from what a Casalume customer would say, language by language; accents
mostly dropped in pt, fr, es and it as people type them on a phone.
"""

from __future__ import annotations

LANGS = ("pt", "de", "en", "fr", "es", "it")
COUNTRY = {"pt": "PT", "de": "DE", "en": "GB", "fr": "FR", "es": "ES", "it": "IT"}
COMPETITORS = ("Tegulia", "Morada Segura")

FIRST = {
    "pt": ["Joana", "Rui", "Ines", "Tiago", "Marta", "Nuno", "Catarina", "Pedro", "Rita", "Hugo"],
    "de": ["Anna", "Jonas", "Lena", "Felix", "Sabine", "Markus", "Julia", "Tobias", "Petra", "Uwe"],
    "en": ["Sarah", "Tom", "Priya", "Gareth", "Emma", "Liam", "Fiona", "Dan", "Aisha", "Rob"],
    "fr": [
        "Claire",
        "Julien",
        "Manon",
        "Olivier",
        "Sophie",
        "Hugo",
        "Chloe",
        "Marc",
        "Elise",
        "Yann",
    ],
    "es": [
        "Lucia",
        "Javier",
        "Carmen",
        "Diego",
        "Elena",
        "Pablo",
        "Marta",
        "Sergio",
        "Ines",
        "Raul",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Davide",
        "Elena",
        "Paolo",
        "Marta",
        "Enzo",
    ],
}
LAST = {
    "pt": ["Ferreira", "Sousa", "Almeida", "Carvalho", "Pinto", "Lopes", "Rocha", "Teixeira"],
    "de": ["Becker", "Schulz", "Hoffmann", "Wagner", "Krause", "Vogel", "Lehmann", "Brandt"],
    "en": ["Hughes", "Patel", "Evans", "Walsh", "Turner", "Reid", "Morgan", "Clarke"],
    "fr": ["Moreau", "Lefevre", "Girard", "Bonnet", "Mercier", "Faure", "Roux", "Blanc"],
    "es": ["Garcia", "Ruiz", "Navarro", "Molina", "Ortega", "Romero", "Iglesias", "Vidal"],
    "it": ["Ricci", "Greco", "Bruno", "Gallo", "Conti", "Mancini", "Lombardi", "Moretti"],
}

# Happy messages: praise, sometimes with a small gripe.
PRAISE = {
    "pt": [
        "O canalizador chegou em 40 min as 2 da manha. Impecavel, obg Casalume!",
        "Sinistro da infiltracao resolvido em 9 dias, pagamento ja na conta. Muito bom",
        "Adoro a app, tirei as fotos do teto e ficou tudo registado. So o login demora um bocado",
        "atendimento 5 estrelas, a Sra. do telefone foi mesmo simpatica",
        "Renovei a apolice sem surpresas, tudo claro. Continuem assim",
    ],
    "de": [
        "Schlüsseldienst war nach 30 Minuten da, mitten in der Nacht. Top Service!",
        "Wasserschaden in 12 Tagen reguliert, Geld ist da. Vielen Dank an Frau Kaya",
        "Die App ist echt praktisch, Fotos hochladen ging ruckzuck.",
        "Freundlicher Gutachter, pünktlich, alles erklärt. Einziger Minuspunkt: die Warteschleife",
        "bin seit 4 jahren bei euch und hatte nie Ärger. passt",
    ],
    "en": [
        "Plumber turned up within the hour on a Sunday. Absolute lifesaver, thanks Casalume",
        "Claim for the leaky washing machine paid in 8 days. Painless tbh",
        "Love the app, filed the claim from the kitchen floor lol. Only gripe: it logs me out a lot",
        "Really helpful lady on the phone, explained the excess properly. Cheers",
        "Renewal came through, same price as last yr. Nice one",
    ],
    "fr": [
        "Le serrurier est venu en 35 min un dimanche soir, super service merci",
        "Sinistre degat des eaux regle en 10 jours, rien a redire",
        "L'appli est tres pratique pour envoyer les photos. Juste un peu lente le soir",
        "Conseillere au top, tres claire sur la franchise. Merci bcp",
    ],
    "es": [
        "El fontanero vino en media hora a las 3 de la manana. Un 10, gracias",
        "Siniestro por la tormenta pagado en dos semanas, muy bien",
        "La app va genial para subir fotos del parte. Solo que tarda en abrir",
        "Muy amable la chica del telefono, me lo explico todo",
    ],
    "it": [
        "Idraulico arrivato in 40 minuti di notte, servizio eccellente grazie",
        "Sinistro per infiltrazione liquidato in 10 giorni, perfetto",
        "App comoda per mandare le foto. Unico neo: ogni tanto si blocca il login",
        "Operatrice gentilissima, tutto chiaro sulla franchigia",
    ],
}

# Questions (chat), the agent's answer, and the customer's thanks.
QUESTION = {
    "pt": [
        "Ola, a apolice cobre danos do frigorifico se avariar?",
        "Como mudo o IBAN do debito direto?",
        "Posso adicionar a garagem a apolice?",
    ],
    "de": [
        "Hallo, ist mein Fahrrad im Keller mitversichert?",
        "Wie ändere ich die IBAN für die Lastschrift?",
        "Kann ich die Police auf meine neue Adresse umschreiben?",
    ],
    "en": [
        "hi, does my policy cover a burst pipe in the garden?",
        "How do I change the bank details for the direct debit?",
        "Can I add my partner to the policy?",
    ],
    "fr": ["Bonjour, mon velo dans la cave est-il couvert ?", "Comment changer mon RIB svp ?"],
    "es": [
        "Hola, esta cubierta la rotura de la vitroceramica?",
        "Como cambio la cuenta del recibo?",
    ],
    "it": ["Ciao, la polizza copre anche la cantina?", "Come cambio l'IBAN per l'addebito?"],
}
ANSWER = {
    "pt": "Ola! Sim, pode fazer isso na app em Perfil > Apolice. Qualquer duvida diga. Equipa Casalume",
    "de": "Hallo! Ja, das geht in der App unter Profil > Police. Viele Grüße, Ihr Casalume-Team",
    "en": "Hi! Yes, you can do that in the app under Profile > Policy. Any questions just shout. Casalume",
    "fr": "Bonjour ! Oui, c'est possible dans l'appli, rubrique Profil > Contrat. L'equipe Casalume",
    "es": "Hola! Si, puedes hacerlo en la app en Perfil > Poliza. Un saludo, equipo Casalume",
    "it": "Ciao! Si, puoi farlo dall'app in Profilo > Polizza. Il team Casalume",
}
THANKS = {
    "pt": ["obg, ja esta!", "Perfeito, obrigada", "top, valeu"],
    "de": ["Danke, hat geklappt!", "super, danke", "Alles klar, danke schön"],
    "en": ["brilliant ta", "Sorted, thanks!", "perfect thank you"],
    "fr": ["Merci, c'est fait !", "super merci"],
    "es": ["genial gracias!", "Perfecto, muchas gracias"],
    "it": ["grazie mille, fatto!", "perfetto grazie"],
}
# One-word or empty survey comments.
SURVEY_WORD = {
    "pt": ["otimo", "5*", "", "tudo bem"],
    "de": ["passt", "", "top", "gut"],
    "en": ["grand", "", "👍", "spot on"],
    "fr": ["RAS", "", "nickel"],
    "es": ["genial", "", "todo bien"],
    "it": ["ottimo", "", "tutto ok"],
}
PAGES = ["/seguro-casa", "/cobertura/danos-agua", "/assistencia-24h", "/app", "/faq/franquia"]
EXTRAS = [
    ("Cobertura eletrodomesticos", "4.90"),
    ("Assistencia 24h Plus", "6.50"),
    ("Cobertura jardim", "3.20"),
    ("Protecao juridica", "8.90"),
]

# The problems a household customer may have, per language (1-2 ways of saying it).
PROBLEMS: dict[str, dict[str, list[str]]] = {
    "claim_silence": {
        "pt": [
            "Participei um sinistro de danos por agua ha 3 semanas e ninguem me diz nada. O teto continua a pingar!",
            "Sinistro da inundacao da cozinha aberto desde dia 2 e zero resposta. Isto e serio?",
        ],
        "de": [
            "Ich habe vor drei Wochen einen Wasserschaden gemeldet und seitdem NICHTS gehört. Die Decke ist immer noch nass.",
            "Schadenmeldung Leitungswasser seit Wochen offen, keine Antwort, kein Gutachter. Was soll das?",
        ],
        "en": [
            "Reported water damage from upstairs 3 weeks ago and not a single reply. Ceiling still dripping.",
            "Why has nobody looked at my water damage claim in three weeks?? Its an actual hole in my ceiling",
        ],
        "fr": [
            "Declare un degat des eaux il y a 3 semaines, aucune nouvelle. Le plafond goutte toujours."
        ],
        "es": [
            "Di parte de danos por agua hace tres semanas y nadie me contesta. Sigue goteando el techo."
        ],
        "it": [
            "Ho aperto un sinistro per danni da acqua 3 settimane fa e nessuno mi risponde. Il soffitto gocciola ancora."
        ],
    },
    "double_debit": {
        "pt": [
            "Debitaram-me o premio DUAS vezes este mes. 2x 38,40. Quero o dinheiro de volta ja.",
            "pq e que a mensalidade saiu 2 vezes da conta??",
        ],
        "de": [
            "Sie haben den Beitrag diesen Monat zweimal abgebucht, 2x 41,90 EUR. Bitte sofort erstatten.",
            "Doppelte Lastschrift!! Mein Konto ist jetzt im Minus, danke auch.",
        ],
        "en": [
            "You've taken my premium TWICE this month. 2 x 36.20. I want one of them back today.",
            "why have I been debited twice for the same month?? my account went overdrawn",
        ],
        "fr": [
            "Vous m'avez preleve la cotisation deux fois ce mois-ci. Remboursez svp, je suis a decouvert."
        ],
        "es": ["Me habeis cobrado el recibo DOS veces este mes. Quiero la devolucion ya."],
        "it": ["Mi avete addebitato il premio due volte questo mese. Rivoglio i miei soldi."],
    },
    "plumber_noshow": {
        "pt": [
            "Liguei para a assistencia 24h as 23h por uma rutura, disseram que o canalizador vinha em 2h. Nunca apareceu. Fiquei a noite toda com baldes.",
        ],
        "de": [
            "Notdienst für Rohrbruch bestellt, angeblich in 2 Stunden da. Es kam niemand. Ganze Nacht Eimer geschleppt.",
            "Der Notfall-Klempner ist einfach nicht gekommen. Wofür zahle ich eigentlich Assistance?",
        ],
        "en": [
            "Called your 24/7 line at 11pm for a burst pipe, told a plumber was 2 hrs away. Nobody ever came. Spent the night with buckets.",
            "So the emergency plumber was a myth then? Waited till 4am. No one.",
        ],
        "fr": [
            "Appele l'assistance 24h pour une fuite, plombier annonce dans 2h, personne n'est venu. Nuit blanche avec des seaux."
        ],
        "es": [
            "Llame a asistencia 24h por una fuga, el fontanero nunca vino. Toda la noche con cubos."
        ],
        "it": [
            "Chiamato l'assistenza 24h per una perdita, l'idraulico non e mai arrivato. Notte in bianco con i secchi."
        ],
    },
    "exclusion": {
        "pt": [
            "Recusaram o meu sinistro por uma 'exclusao' que ninguem me explicou. Qual exclusao? Onde esta isso escrito?",
        ],
        "de": [
            "Mein Einbruchschaden wurde wegen eines 'Ausschlusses' abgelehnt. Welcher Ausschluss?? Das hat mir nie jemand erklärt.",
        ],
        "en": [
            "Claim rejected because of an 'exclusion'. Which one? Nobody explained anything when I signed up. Not good enough.",
            "How is storm damage to my fence suddenly excluded?? Nobody ever mentioned that",
        ],
        "fr": [
            "Sinistre refuse pour une 'exclusion' que personne ne m'a jamais expliquee. C'est une blague ?"
        ],
        "es": ["Me rechazan el siniestro por una exclusion que nadie me explico. Donde pone eso?"],
        "it": [
            "Sinistro respinto per una 'esclusione' che nessuno mi ha mai spiegato. Quale esclusione?"
        ],
    },
    "renewal_hike": {
        "pt": [
            "Renovaram a apolice 22% mais cara sem aviso nenhum. So vi no extrato. Nao acho normal.",
        ],
        "de": [
            "Police einfach verlängert und 25 % teurer, ohne jede Ankündigung. Gesehen hab ich es erst auf dem Kontoauszug.",
        ],
        "en": [
            "Policy auto-renewed at 30% more and not one email warning me. Found out from my bank statement.",
        ],
        "fr": ["Contrat renouvele 20% plus cher sans aucun courrier. Je l'ai vu sur mon releve."],
        "es": ["Me han renovado la poliza un 25% mas cara sin avisar. Me entero por el banco."],
        "it": [
            "Polizza rinnovata al 20% in piu senza nessun avviso. L'ho scoperto dall'estratto conto."
        ],
    },
    "photos_lost": {
        "pt": [
            "A app perdeu as 14 fotos que carreguei do sinistro. Agora dizem que falta documentacao?!",
        ],
        "de": [
            "Die App hat alle Fotos vom Schaden verloren, die ich hochgeladen habe. Jetzt heißt es, Unterlagen fehlen?!",
        ],
        "en": [
            "Your app lost every photo I uploaded for my claim and now you say evidence is missing?",
            "uploaded 12 pics of the damage, app says 0 attachments. brilliant",
        ],
        "fr": [
            "L'appli a perdu toutes les photos du sinistre que j'avais envoyees. Et maintenant il manque des pieces ?"
        ],
        "es": [
            "La app ha perdido las fotos que subi del siniestro y ahora dicen que falta documentacion."
        ],
        "it": [
            "L'app ha perso tutte le foto del sinistro che avevo caricato. E ora mancano documenti?"
        ],
    },
}
PROBLEM_SUBJECT = {
    "claim_silence": "Sinistro / Claim",
    "double_debit": "Debito / Payment",
    "plumber_noshow": "Assistencia 24h",
    "exclusion": "Sinistro recusado",
    "renewal_hike": "Renovacao",
    "photos_lost": "App - fotos",
}

# Writing again about the same open problem: does not repeat the problem's words.
FOLLOWUP = {
    "pt": [
        "Continuo a espera. Alguma novidade?",
        "RES: ainda nada. Ja liguei e disseram que iam ver.",
        "Mesmo assunto de antes, ninguem resolveu",
        "ja passaram dias e NADA. e o mesmo processo",
    ],
    "de": [
        "AW: Immer noch keine Rückmeldung. Gibt es was Neues?",
        "Gleiche Sache wie letzte Woche, es ist IMMER NOCH nicht erledigt",
        "Ich warte weiterhin. Hallo??",
        "Noch mal wegen meinem Fall: nichts passiert",
    ],
    "en": [
        "RE: any update? still nothing on my end",
        "Same issue as before, STILL not sorted",
        "chasing this again. no reply to my last msg",
        "Still waiting. Anyone there?",
    ],
    "fr": [
        "RE : toujours rien. Des nouvelles ?",
        "Meme dossier qu'avant, TOUJOURS pas regle",
        "Je relance, aucune reponse",
    ],
    "es": [
        "RE: sigo esperando, alguna novedad?",
        "Lo mismo de antes, SIGO SIN RESPUESTA",
        "Vuelvo a escribir, nada de nada",
    ],
    "it": [
        "R: ancora niente, novita?",
        "Stessa pratica di prima, ANCORA aperta",
        "Vi riscrivo, nessuna risposta",
    ],
}
THIRD_TIME = {
    "pt": "Terceira vez que vos contacto sobre isto. Inacreditavel.",
    "de": "Das ist jetzt das dritte Mal, dass ich mich melde.",
    "en": "Third time I'm contacting you about this. Unbelievable.",
    "fr": "C'est la troisieme fois que je vous contacte pour ca.",
    "es": "Es la tercera vez que os escribo por esto.",
    "it": "E la terza volta che vi contatto per questo.",
}
AGENT_PASSED = {
    "pt": "Lamentamos o incomodo. O seu caso foi passado a equipa de sinistros, voltamos a contactar. Casalume",
    "de": "Es tut uns leid. Ihr Anliegen ist an die Schadenabteilung weitergeleitet. Ihr Casalume-Team",
    "en": "Sorry about this. We've passed your case to the claims team and will be back in touch. Casalume",
    "fr": "Nous sommes desoles. Votre dossier est transmis au service sinistres. L'equipe Casalume",
    "es": "Sentimos las molestias. Hemos pasado tu caso al equipo de siniestros. Casalume",
    "it": "Ci scusiamo. Abbiamo passato la pratica all'ufficio sinistri. Il team Casalume",
}
AGENT_FIXED = {
    "pt": "Boa tarde, o seu caso esta resolvido: o valor foi reembolsado/aprovado hoje. Pedimos desculpa. Casalume",
    "de": "Guten Tag, Ihr Fall ist erledigt: Erstattung bzw. Freigabe ist heute erfolgt. Entschuldigung! Casalume",
    "en": "Hi, all sorted: the refund/approval went through today. Apologies for the hassle. Casalume",
    "fr": "Bonjour, c'est regle : remboursement/validation effectue aujourd'hui. Toutes nos excuses. Casalume",
    "es": "Hola, resuelto: el reembolso/aprobacion se ha hecho hoy. Disculpa las molestias. Casalume",
    "it": "Ciao, risolto: rimborso/approvazione effettuato oggi. Ci scusiamo. Casalume",
}
CUSTOMER_FIXED = {
    "pt": ["Ja recebi, obrigado por resolverem", "tudo certo agora, obg"],
    "de": ["Ist angekommen, danke fürs Klären", "Jetzt passt alles, danke"],
    "en": ["All sorted now, thanks for fixing it", "got it, cheers for sorting that"],
    "fr": ["C'est bon, merci d'avoir regle ca"],
    "es": ["Ya esta, gracias por solucionarlo"],
    "it": ["Tutto a posto, grazie"],
}

# The six-step slide of a slow churner, from lukewarm to done. {c} is a competitor.
SLIDE = {
    "pt": [
        "Hmm, a resposta demorou mais do que o costume desta vez",
        "Um pouco desiludida com o apoio ultimamente, sinceramente",
        "Estou farta de ter de explicar tudo duas vezes",
        "Servico cada vez pior. Nao era assim",
        "Isto esta pessimo. Ninguem assume nada",
        "Chega. Ja pedi simulacao na {c}.",
    ],
    "de": [
        "Hm, diesmal hat die Antwort länger gedauert als sonst",
        "Bin ehrlich gesagt etwas enttäuscht vom Service in letzter Zeit",
        "Ich habe es satt, alles zweimal zu erklären",
        "Der Service wird immer schlechter",
        "Das ist wirklich miserabel, niemand fühlt sich zuständig",
        "Mir reicht's. Ich hole mir ein Angebot bei {c}.",
    ],
    "en": [
        "Bit slower getting back to me this time, no biggie",
        "Tbh a bit disappointed with the service lately",
        "Getting fed up of chasing you for basic stuff",
        "Service has really gone downhill",
        "This is honestly awful now. Nobody takes ownership",
        "Had enough. Getting a quote from {c}.",
    ],
    "fr": [
        "Reponse un peu plus lente que d'habitude cette fois",
        "Un peu decue du service ces derniers temps",
        "Marre de devoir tout reexpliquer",
        "Le service se degrade vraiment",
        "C'est franchement nul maintenant",
        "J'en ai assez. Je demande un devis chez {c}.",
    ],
    "es": [
        "Esta vez habeis tardado mas en contestar",
        "Algo decepcionado con la atencion ultimamente",
        "Harto de tener que repetirlo todo",
        "El servicio va a peor",
        "Esto es un desastre, nadie se hace cargo",
        "Se acabo. Ya he pedido presupuesto en {c}.",
    ],
    "it": [
        "Stavolta ci avete messo piu del solito a rispondere",
        "Un po' deluso dal servizio ultimamente",
        "Stufo di dover rispiegare tutto",
        "Il servizio peggiora sempre di piu",
        "Davvero pessimo ormai, nessuno risponde di niente",
        "Basta. Ho chiesto un preventivo a {c}.",
    ],
}
CANCEL_ASK = {
    "pt": "Bom dia, quero anular a minha apolice de seguro casa no fim do mes. Por favor confirmem. Obrigado",
    "de": "Hiermit kündige ich meine Hausratversicherung zum Monatsende. Bitte bestätigen Sie die Kündigung.",
    "en": "Hi, I'd like to cancel my home insurance policy from the end of this month. Please confirm.",
    "fr": "Bonjour, je souhaite resilier mon contrat habitation a la fin du mois. Merci de confirmer.",
    "es": "Hola, quiero dar de baja mi poliza de hogar a final de mes. Confirmadme por favor.",
    "it": "Buongiorno, vorrei disdire la polizza casa a fine mese. Attendo conferma.",
}
GRUMPY = {
    "pt": [
        "Mais uma carta que nao se percebe nada.",
        "A app outra vez lenta. Tipico.",
        "Porque e que o premio e tao caro?",
    ],
    "de": [
        "Wieder ein Brief, den kein Mensch versteht.",
        "App wieder lahm. Typisch.",
        "Warum ist das so teuer?",
    ],
    "en": [
        "Another letter nobody can understand.",
        "App slow again. Typical.",
        "Why is this so expensive?",
    ],
    "fr": ["Encore un courrier incomprehensible.", "Appli lente, comme d'hab."],
    "es": ["Otra carta que no hay quien entienda.", "La app lenta otra vez. Como siempre."],
    "it": ["Un'altra lettera incomprensibile.", "App di nuovo lenta. Tipico."],
}
SARCASM = {
    "pt": "Adorei esperar 50 min em linha para mudar a morada. Que emocao 🙃 de resto tudo bem",
    "de": "Toll, 45 Minuten Warteschleife für eine Adressänderung. Spannend 🙃 sonst alles gut",
    "en": "Oh great, 50 mins on hold to change my address. Riveting 🙃 otherwise fine",
    "fr": "Genial, 40 min d'attente pour changer d'adresse. Passionnant 🙃 sinon ca va",
    "es": "Que maravilla, 45 min en espera para cambiar la direccion 🙃 por lo demas bien",
    "it": "Fantastico, 40 minuti di attesa per cambiare indirizzo 🙃 per il resto ok",
}
APOLOGY = {
    "pt": "Desculpe o tom de ontem, estava mesmo stressada com a agua. Obg pela ajuda",
    "de": "Sorry für den Ton gestern, war echt gestresst. Danke für die Hilfe",
    "en": "sorry for the rant yday, was stressed out. thanks for helping",
    "fr": "Desolee pour le ton d'hier, j'etais a bout. Merci",
    "es": "Perdon por el tono de ayer, estaba agobiado. Gracias",
    "it": "Scusate il tono di ieri, ero stressato. Grazie",
}
# A long e-mail with the complaint in the middle (pt and en).
LONG_EMAIL = {
    "pt": (
        "Bom dia,\n\nEspero que estejam bem. Sou cliente ha varios anos e sempre recomendei a "
        "Casalume a familia.\n\n{problem}\n\nJa enviei tudo o que pediram e gostava apenas de "
        "saber em que ponto estamos. Fico a aguardar.\n\nCumprimentos,\n{name}"
    ),
    "en": (
        "Hello,\n\nHope you're well. I've been with Casalume for a few years and have always "
        "been happy to recommend you.\n\n{problem}\n\nI've sent everything that was asked for "
        "and would just like to know where things stand.\n\nKind regards,\n{name}"
    ),
}

# The planted spike: the night of a storm, the claims app will not upload photos.
SPIKE = {
    "pt": [
        "A app nao deixa carregar as fotos do sinistro, da erro UPL-503. Arvore caiu no telhado esta noite!",
        "tempestade destruiu o toldo e a app da sempre erro ao enviar fotos. e agora?",
        "Linha de sinistros nao atende e a app falha no upload das fotos. Socorro",
    ],
    "de": [
        "Sturm heute Nacht, Dachziegel weg, und die App bricht beim Foto-Upload ab (UPL-503). Was nun?",
        "Schaden melden geht nicht, App sagt Fehler UPL-503 beim Hochladen der Bilder.",
    ],
    "en": [
        "Storm took half my fence last night and your app won't upload the photos. Error UPL-503.",
        "cant file my storm claim, photos fail to upload every time?? UPL-503",
        "Tried 6 times to upload pics of the roof damage. App just errors. Claims line engaged.",
    ],
    "fr": [
        "Tempete cette nuit, volets arraches, et l'appli refuse d'envoyer les photos (erreur UPL-503)."
    ],
    "es": ["La tormenta de anoche rompio el tejadillo y la app no sube las fotos, error UPL-503."],
    "it": ["Temporale stanotte, tegole volate via e l'app non carica le foto, errore UPL-503."],
}
# Before the storm: two lone photo-upload complaints on calm days.
LONE_UPLOAD = {
    "en": "app keeps failing when I attach photos to my claim, error UPL-503. any idea?",
    "de": "Beim Hochladen der Fotos zu meiner Schadenmeldung kommt Fehler UPL-503. Was tun?",
}
SPIKE_AGAIN = {
    "pt": "Continua o mesmo erro, ja tentei no wifi e nos dados",
    "de": "Geht immer noch nicht, gleicher Fehler",
    "en": "still the same error, tried wifi and 4g",
    "fr": "Toujours la meme erreur, meme en wifi",
    "es": "Sigue igual, el mismo error",
    "it": "Sempre lo stesso errore, anche col wifi",
}
SPIKE_AGENT = {
    "pt": "O problema no envio de fotos foi corrigido. Ja pode concluir a participacao na app. Casalume",
    "de": "Der Fehler beim Foto-Upload ist behoben. Sie können die Schadenmeldung jetzt abschließen.",
    "en": "The photo upload issue is now fixed, you can finish your claim in the app. Casalume",
    "fr": "Le probleme d'envoi des photos est corrige, vous pouvez finaliser la declaration.",
    "es": "El fallo al subir fotos esta solucionado, ya puedes terminar el parte en la app.",
    "it": "Il problema di caricamento foto e risolto, puoi completare la denuncia in app.",
}

# Casalume Pro (landlords, property managers).
B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "sold_building": {
        "pt": "A fatura trimestral continua a incluir o predio da Rua do Bonjardim que vendemos em marco.",
        "de": "Die Quartalsrechnung enthält immer noch das Objekt Lindenstraße 14, das wir im März verkauft haben.",
        "en": "The quarterly invoice still lists the Elm Road block we sold in March. Please correct it.",
        "fr": "La facture trimestrielle inclut toujours l'immeuble rue Carnot vendu en mars.",
        "es": "La factura trimestral sigue incluyendo el edificio de calle Alfonso que vendimos en marzo.",
        "it": "La fattura trimestrale include ancora lo stabile di via Roma venduto a marzo.",
    },
    "portal_status": {
        "pt": "O portal de sinistros nao mostra o estado de nenhum processo ha uma semana. Os inquilinos ligam-nos a nos.",
        "de": "Das Schadenportal zeigt seit einer Woche bei keinem Fall den Status an. Die Mieter rufen bei uns an.",
        "en": "Claims portal hasn't shown the status of any claim for a week. Tenants are ringing us instead.",
        "fr": "Le portail sinistres n'affiche plus le statut d'aucun dossier depuis une semaine.",
        "es": "El portal de siniestros no muestra el estado de ningun expediente desde hace una semana.",
        "it": "Il portale sinistri non mostra lo stato di nessuna pratica da una settimana.",
    },
    "adjuster_missed": {
        "pt": "O perito faltou as visitas marcadas em tres predios nossos. Inquilinos ficaram em casa a espera.",
        "de": "Der Gutachter ist zu drei vereinbarten Terminen in unseren Häusern nicht erschienen.",
        "en": "Your adjuster missed the booked visits at three of our buildings. Tenants took time off for nothing.",
        "fr": "L'expert ne s'est pas presente aux visites prevues dans trois de nos immeubles.",
        "es": "El perito falto a las visitas concertadas en tres de nuestros edificios.",
        "it": "Il perito non si e presentato agli appuntamenti in tre dei nostri stabili.",
    },
}
B2B_STILL = {
    "pt": "RES: Continua por resolver. Se nao houver solucao esta semana vamos pedir propostas a outras seguradoras.",
    "de": "AW: Immer noch nicht gelöst. Wir holen jetzt Angebote anderer Versicherer ein.",
    "en": "RE: Still not fixed. We're now asking other insurers for quotes for the portfolio.",
    "fr": "RE : Toujours pas regle. Nous consultons d'autres assureurs.",
    "es": "RE: Sigue sin resolverse. Estamos pidiendo ofertas a otras aseguradoras.",
    "it": "R: Ancora non risolto. Stiamo chiedendo preventivi ad altre compagnie.",
}
B2B_ROUTINE = {
    "pt": [
        "Podem enviar o certificado de seguro do predio de Gaia?",
        "Obrigado pela fatura, tudo certo.",
        "Novo imovel para incluir na carteira a partir de dia 1.",
    ],
    "de": [
        "Bitte senden Sie uns die Versicherungsbestätigung für das Objekt in Köln.",
        "Danke für die Rechnung, alles korrekt.",
        "Neues Objekt ab dem 1. in den Vertrag aufnehmen, bitte.",
    ],
    "en": [
        "Could you send the insurance certificate for the Leeds building?",
        "Thanks for the invoice, all fine.",
        "New property to add to the portfolio from the 1st.",
    ],
    "fr": [
        "Pouvez-vous envoyer l'attestation pour l'immeuble de Lyon ?",
        "Merci pour la facture, tout est bon.",
    ],
    "es": [
        "Podeis enviar el certificado del edificio de Valencia?",
        "Gracias por la factura, todo correcto.",
    ],
    "it": [
        "Potete inviare il certificato per lo stabile di Torino?",
        "Grazie per la fattura, tutto ok.",
    ],
}
B2B_MILD = {
    "pt": "Pequena nota: o PDF da fatura vem com o NIF sem espacos, dava jeito corrigir.",
    "de": "Kleine Anmerkung: Im Rechnungs-PDF fehlt die Objektnummer in der Betreffzeile.",
    "en": "Minor thing: the invoice PDF file name doesn't include the quarter, would help us.",
    "fr": "Petit detail : le PDF de la facture ne mentionne pas le trimestre.",
    "es": "Un detalle: el PDF de la factura no indica el trimestre.",
    "it": "Piccola nota: il PDF della fattura non indica il trimestre.",
}
B2B_PRAISE = {
    "pt": "Portal de sinistros muito pratico, poupamos imenso tempo. Obrigado",
    "de": "Das Schadenportal spart uns viel Zeit, danke!",
    "en": "The claims portal saves us loads of time, thanks team.",
    "fr": "Le portail nous fait gagner beaucoup de temps, merci.",
    "es": "El portal nos ahorra mucho tiempo, gracias.",
    "it": "Il portale ci fa risparmiare molto tempo, grazie.",
}
B2B_AGENT = {
    "pt": "Obrigado, tratamos disso. Equipa Casalume Pro",
    "de": "Danke, wir kümmern uns darum. Ihr Casalume-Pro-Team",
    "en": "Thanks, we'll take care of it. Casalume Pro team",
    "fr": "Merci, nous nous en occupons. Casalume Pro",
    "es": "Gracias, nos encargamos. Casalume Pro",
    "it": "Grazie, ce ne occupiamo. Casalume Pro",
}
