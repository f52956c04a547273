"""Wording of heldout166 (Aquorel: aquariums, fish and water care; report only, blind).

Tables are keyed by language, then hold variants. Placeholders are filled by
``make_heldout166.py``; no brace is left in any generated text.
"""

from __future__ import annotations

LANGS = ("en", "pt", "fr", "de", "it", "es")
MARKETS = {
    "en": ("UK", "IE"),
    "pt": ("PT",),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "it": ("IT",),
    "es": ("ES",),
}
CURRENCY = {"UK": "GBP"}
COMPETITORS = ("Pescanta", "Tankwell")
PRODUCTS = (
    "Nano 30 starter kit",
    "Reef 120 tank",
    "CO2 planted-tank set",
    "neon tetra shoal (12)",
    "canister filter F400",
    "water-care box",
    "betta starter bundle",
    "LED light bar 60",
)
FIRST = {
    "en": [
        "Olivia",
        "Jack",
        "Priya",
        "Liam",
        "Chloe",
        "Owen",
        "Aoife",
        "Callum",
        "Hannah",
        "Niall",
    ],
    "pt": [
        "João",
        "Beatriz",
        "Tiago",
        "Inês",
        "Rafael",
        "Mariana",
        "Duarte",
        "Leonor",
        "Rui",
        "Carla",
    ],
    "fr": ["Camille", "Hugo", "Léa", "Mathis", "Inès", "Julien"],
    "de": ["Jonas", "Lea", "Felix", "Anna", "Moritz", "Jana"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Sara", "Luca"],
    "es": ["Lucía", "Pablo", "Elena", "Javier", "Marta", "Diego"],
}
LAST = {
    "en": ["Walsh", "Patel", "Hughes", "Byrne", "Fraser", "Lloyd", "Doyle", "Khan"],
    "pt": ["Ferreira", "Carvalho", "Sousa", "Pinto", "Moreira", "Teixeira", "Lopes", "Matos"],
    "fr": ["Lefèvre", "Girard", "Morel", "Faure"],
    "de": ["Krüger", "Vogel", "Hartmann", "Brandt"],
    "it": ["Ricci", "Galli", "Fontana", "Marino"],
    "es": ["Navarro", "Ortega", "Castillo", "Rubio"],
}
TOWNS = {
    "UK": ["Leeds", "Bristol", "Norwich"],
    "IE": ["Cork", "Galway"],
    "PT": ["Braga", "Coimbra", "Setúbal", "Aveiro"],
    "FR": ["Nantes", "Lille"],
    "BE": ["Namur"],
    "DE": ["Kassel", "Bremen"],
    "AT": ["Graz"],
    "IT": ["Bergamo", "Parma"],
    "ES": ["Murcia", "Gijón"],
}
JOBS = ["nurse", "teacher", "plumber", "student", "accountant", "chef", "retired", "designer"]

PRAISE = {
    "en": [
        "My {product} from Aquorel arrived today, packed like a treasure. Fish are settling"
        " in nicely",
        "shoutout to @aquorel, the {product} is gorgeous and the setup video was spot on",
        "Aquorel Club paid for itself this month. The {product} was half the shop price",
    ],
    "pt": [
        "Chegou o {product} da Aquorel, tudo impecável. Os peixes já estão a explorar o aquário",
        "que maravilha o {product}, montagem super fácil com o vídeo da Aquorel",
        "Adoro o Aquorel Club, o {product} ficou baratíssimo e veio no dia seguinte",
    ],
    "fr": ["Le {product} d'Aquorel est arrivé nickel, les poissons ont l'air ravis"],
    "de": ["Das {product} von Aquorel ist da, super verpackt, die Fische fühlen sich wohl"],
    "it": ["Arrivato il {product} di Aquorel, imballato benissimo, i pesci stanno benone"],
    "es": ["Ha llegado el {product} de Aquorel, perfecto, los peces ya nadan felices"],
}
PRAISE_AGAIN = {
    "en": [
        "third order from Aquorel and again every fish arrived lively. How do you do it",
        "Aquorel's water test reminder saved my tank AGAIN. Still the best app I have",
    ],
    "pt": [
        "terceira encomenda e outra vez tudo perfeito, a Aquorel nunca falha",
        "De novo o lembrete de troca de água chegou na hora certa. Continuo fã",
    ],
    "fr": ["troisième commande et encore une fois tout parfait chez Aquorel"],
    "de": ["Dritte Bestellung und wieder alles top, die Fische kamen munter an"],
    "it": ["terzo ordine e ancora una volta tutto perfetto, bravi Aquorel"],
    "es": ["tercer pedido y otra vez todo perfecto, Aquorel nunca falla"],
}
PRAISE_GRIPE = {
    "en": [
        "Love the {product}, only gripe is the manual's tiny print. Otherwise spot on",
        "Great service as always, though the courier rang at 7am lol",
    ],
    "pt": [
        "Adorei o {product}, só o manual é que tem letra minúscula. De resto impecável",
        "Serviço ótimo, só o estafeta é que chegou cedíssimo haha",
    ],
    "fr": ["Très content du {product}, juste la notice un peu légère. Sinon top"],
    "de": ["Tolles {product}, nur die Anleitung ist etwas dünn. Sonst alles prima"],
    "it": ["Bellissimo il {product}, solo le istruzioni un po' scarne. Per il resto ottimo"],
    "es": ["Me encanta el {product}, solo las instrucciones son cortas. Por lo demás genial"],
}
QUESTION = {
    "en": [
        "hi, can I add a second filter to my Club delivery this week?",
        "How often should I test nitrates in a new {product}?",
        "Is the {product} ok for a small flat with no window?",
    ],
    "pt": [
        "olá, posso juntar mais um filtro à entrega do Club desta semana?",
        "De quanto em quanto tempo devo testar os nitratos no {product}?",
        "o {product} serve para um T1 sem janela na sala?",
    ],
    "fr": ["bonjour, je peux ajouter un filtre à ma livraison Club de la semaine ?"],
    "de": ["Hallo, kann ich noch einen Filter zur Club-Lieferung dazunehmen?"],
    "it": ["ciao, posso aggiungere un filtro alla consegna Club di questa settimana?"],
    "es": ["hola, ¿puedo añadir un filtro a la entrega del Club de esta semana?"],
}
PHONE_QUESTION = {
    "en": [
        "hi yeah im calling about the {product} i just wanted to know how long the lights"
        " should be on each day",
        "hello its about my club membership can i pause it while were on holiday in august",
    ],
    "pt": [
        "bom dia queria saber quantas horas por dia devo deixar a luz do {product} ligada",
        "olá é sobre o club posso suspender durante as férias em agosto",
    ],
    "fr": ["bonjour oui je voulais savoir combien d heures allumer la lampe du {product}"],
    "de": ["hallo ja ich wollte fragen wie lange das licht vom {product} am tag an sein soll"],
    "it": ["buongiorno volevo sapere quante ore al giorno tenere accesa la luce del {product}"],
    "es": ["hola llamaba para saber cuantas horas al dia dejar la luz del {product}"],
}
NIGHT_QUESTION = {
    "en": [
        "cant sleep, watching the tetras. is it normal they hide at night?",
        "late one: does the {product} filter need to run all night?",
    ],
    "pt": [
        "insónia e a olhar para os peixes. é normal esconderem-se à noite?",
        "pergunta da madrugada: o filtro do {product} fica ligado a noite toda?",
    ],
    "fr": ["insomnie devant l'aquarium, c'est normal que les néons se cachent la nuit ?"],
    "de": ["kann nicht schlafen, ist es normal dass sich die Neons nachts verstecken?"],
    "it": ["non dormo, è normale che i neon si nascondano di notte?"],
    "es": ["no puedo dormir, ¿es normal que los neón se escondan de noche?"],
}
JOKE = {
    "en": [
        "my cat has now subscribed to Aquorel TV (the {product}) 😂",
        "named the new betta Sir Finsalot. Aquorel, you're welcome",
    ],
    "pt": [
        "o gato agora passa o dia a ver o {product}, melhor televisão da casa 😂",
        "o peixe novo chama-se Bacalhau. desculpem, não resisti",
    ],
    "fr": ["le chat a trouvé sa nouvelle télé, c'est le {product} 😂"],
    "de": ["die Katze hat jetzt Aquorel-TV abonniert 😂"],
    "it": ["il gatto ha una nuova tv, si chiama {product} 😂"],
    "es": ["mi gato tiene tele nueva, el {product} 😂"],
}
THANKS = {
    "en": ["cheers, legend", "ta, sorted 👍", "brill, thanks a mil"],
    "pt": ["valeu, top!", "obrigadão, resolvido 👍", "fixe, obrigado"],
    "fr": ["merci, au top"],
    "de": ["danke, passt 👍"],
    "it": ["grazie mille, top"],
    "es": ["gracias, crack"],
}
AGENT_ANSWER = {
    "en": "Hi {name}, yes, that's fine: I've added it to your account. Enjoy the tank! Aquorel",
    "pt": "Olá {name}, sim, sem problema: já ficou registado na sua conta. Boas! Aquorel",
    "fr": "Bonjour {name}, oui, c'est fait sur votre compte. Bonne journée ! Aquorel",
    "de": "Hallo {name}, ja, das ist erledigt und in Ihrem Konto vermerkt. Aquorel",
    "it": "Ciao {name}, sì, fatto: è già sul tuo account. Buona giornata! Aquorel",
    "es": "Hola {name}, sí, hecho: ya está en tu cuenta. ¡Buen día! Aquorel",
}
SURVEY_HAPPY = {
    "en": ["Quick and friendly", "Spot on"],
    "pt": ["Rápido e simpático", "Impecável"],
    "fr": ["Rapide et sympa"],
    "de": ["Schnell und freundlich"],
    "it": ["Veloci e gentili"],
    "es": ["Rápidos y amables"],
}
SURVEY_LOW = {
    "en": ["Not good enough", "terrible this time"],
    "pt": ["Muito mau desta vez", "não gostei nada"],
    "fr": ["Franchement décevant"],
    "de": ["Enttäuschend"],
    "it": ["Deludente"],
    "es": ["Decepcionante"],
}
PROBLEMS = ("no_show", "double_charge", "dead_on_arrival", "refund")
COMPLAINT = {
    "no_show": {
        "en": [
            "The app says my {product} was DELIVERED yesterday. It was NOT. Nobody came."
            " Case {case}",
            "where is my {product}?? marked delivered, nothing at the door, {case}",
        ],
        "pt": [
            "A app diz que o {product} foi ENTREGUE ontem. NÃO foi. Ninguém cá veio. Caso {case}",
            "cadê o meu {product}? diz entregue e não chegou nada, {case}",
        ],
        "fr": ["L'appli dit que mon {product} est livré. RIEN reçu. Dossier {case}"],
        "de": ["Laut App wurde mein {product} geliefert. Es ist NICHTS angekommen. Fall {case}"],
        "it": ["L'app dice che il {product} è stato consegnato. NON è arrivato niente. {case}"],
        "es": ["La app dice que el {product} está entregado. NO ha llegado nada. Caso {case}"],
    },
    "double_charge": {
        "en": [
            "You charged my Club fee TWICE this month. Fix it. {case}",
            "two identical Aquorel Club payments on my card, {case}, not happy",
        ],
        "pt": [
            "Cobraram a mensalidade do Club DUAS vezes este mês. Resolvam. {case}",
            "dois pagamentos iguais do Aquorel Club no cartão, {case}, que vergonha",
        ],
        "fr": ["Vous avez prélevé l'abonnement Club DEUX fois. {case}"],
        "de": ["Sie haben den Club-Beitrag ZWEIMAL abgebucht. {case}"],
        "it": ["Mi avete addebitato il Club DUE volte. {case}"],
        "es": ["Me habéis cobrado el Club DOS veces este mes. {case}"],
    },
    "dead_on_arrival": {
        "en": [
            "Half the {product} arrived DEAD. My kids were in tears. {case}",
            "opened the box and the fish were floating. awful. {case}",
        ],
        "pt": [
            "Metade do {product} chegou MORTO. Os miúdos desataram a chorar. {case}",
            "abri a caixa e os peixes estavam a boiar. horrível. {case}",
        ],
        "fr": ["La moitié des poissons du {product} sont arrivés MORTS. {case}"],
        "de": ["Die Hälfte der Fische kam TOT an. Furchtbar. {case}"],
        "it": ["Metà dei pesci del {product} sono arrivati MORTI. {case}"],
        "es": ["La mitad de los peces del {product} llegaron MUERTOS. {case}"],
    },
    "refund": {
        "en": [
            "Returned the {product} three weeks ago and STILL no refund. {case}",
            "where is my refund for the {product}, {case}",
        ],
        "pt": [
            "Devolvi o {product} há três semanas e AINDA nada de reembolso. {case}",
            "o reembolso do {product} nunca mais chega, {case}",
        ],
        "fr": ["J'ai renvoyé le {product} il y a trois semaines, toujours pas remboursé. {case}"],
        "de": ["Das {product} ist seit drei Wochen zurück, immer noch keine Erstattung. {case}"],
        "it": ["Ho reso il {product} tre settimane fa e ancora nessun rimborso. {case}"],
        "es": ["Devolví el {product} hace tres semanas y sigo sin reembolso. {case}"],
    },
}
LONG_EMAIL = {
    "en": (
        "Dear Aquorel team,\n\nI have been a Club member for two years and I have always"
        " recommended you to friends. I am writing because of something that has really upset"
        " me. {complaint}\n\nI would be grateful for an answer today.\n\nKind regards,\n{name}"
    ),
    "pt": (
        "Boa tarde,\n\nSou cliente do Aquorel Club há dois anos e sempre vos recomendei. Escrevo"
        " porque fiquei mesmo aborrecida com o seguinte. {complaint}\n\nAgradeço resposta ainda"
        " hoje.\n\nCumprimentos,\n{name}"
    ),
    "fr": (
        "Bonjour,\n\nCliente du Club depuis deux ans, je vous ai toujours recommandés. Mais"
        " là, {complaint}\n\nMerci de me répondre rapidement.\n\nCordialement,\n{name}"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nich bin seit zwei Jahren im Club. Leider muss ich"
        " mich beschweren: {complaint}\n\nIch bitte um rasche Antwort.\n\nMit freundlichen"
        " Grüßen\n{name}"
    ),
    "it": (
        "Buongiorno,\n\nsono socia del Club da due anni e vi ho sempre consigliati. Però"
        " {complaint}\n\nAttendo una risposta oggi.\n\nCordiali saluti,\n{name}"
    ),
    "es": (
        "Hola,\n\nsoy socio del Club desde hace dos años y siempre os he recomendado. Pero"
        " {complaint}\n\nEspero respuesta hoy.\n\nUn saludo,\n{name}"
    ),
}
APOLOGY = {
    "en": ["sorry for the caps yesterday, bad day. thanks for sorting {case}"],
    "pt": ["desculpem o tom de ontem, dia péssimo. obrigado por tratarem do {case}"],
    "fr": ["désolé pour le ton d'hier, merci pour le dossier {case}"],
    "de": ["sorry für den Ton gestern, danke für {case}"],
    "it": ["scusate i toni di ieri, grazie per {case}"],
    "es": ["perdón por el tono de ayer, gracias por el {case}"],
}
AGENT_OPENED = {
    "en": "Hi {name}, I'm so sorry. I've opened case {case} and will update you within 24h.",
    "pt": "Olá {name}, lamentamos imenso. Abri o caso {case} e dou notícias em 24h.",
    "fr": "Bonjour {name}, toutes nos excuses. Dossier {case} ouvert, retour sous 24h.",
    "de": "Hallo {name}, das tut uns leid. Fall {case} ist eröffnet, Antwort binnen 24h.",
    "it": "Ciao {name}, ci dispiace molto. Ho aperto la pratica {case}, ti aggiorno entro 24h.",
    "es": "Hola {name}, lo sentimos mucho. He abierto el caso {case}, te escribo en 24h.",
}
AGENT_ESCALATED = {
    "en": "Hi {name}, case {case} is now with our quality lead, who will call you.",
    "pt": "Olá {name}, o caso {case} passou para a nossa responsável de qualidade.",
    "fr": "Bonjour {name}, le dossier {case} est transmis à notre responsable qualité.",
    "de": "Hallo {name}, Fall {case} liegt jetzt bei unserer Qualitätsleitung.",
    "it": "Ciao {name}, la pratica {case} è passata alla nostra responsabile qualità.",
    "es": "Hola {name}, el caso {case} ya lo lleva nuestra responsable de calidad.",
}
AGENT_FIXED = {
    "en": "Good news {name}: case {case} is sorted on our side. Could you confirm?",
    "pt": "Boas notícias {name}: o caso {case} está resolvido. Pode confirmar?",
    "fr": "Bonne nouvelle {name} : le dossier {case} est réglé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht {name}: Fall {case} ist erledigt. Können Sie das bestätigen?",
    "it": "Buone notizie {name}: la pratica {case} è risolta. Puoi confermare?",
    "es": "Buenas noticias {name}: el caso {case} está resuelto. ¿Puedes confirmarlo?",
}
CONFIRM = {
    "en": ["yes all good now, {case} can be closed, thanks", "Confirmed, {case} sorted. Cheers"],
    "pt": ["sim, já está tudo bem, podem fechar o {case}", "Confirmo, {case} resolvido. Obrigada"],
    "fr": ["oui c'est bon, vous pouvez clore le {case}"],
    "de": ["ja passt jetzt, {case} kann zu"],
    "it": ["sì tutto a posto, potete chiudere la {case}"],
    "es": ["sí, todo bien, podéis cerrar el {case}"],
}
REPEAT = {
    "en": [
        "Still nothing on {case}. This is the second time I'm writing",
        "THIRD time now. {case} is still open. A friend uses {comp} and never has this",
        "fourth time contacting you about {case}. STILL not fixed",
    ],
    "pt": [
        "Continua tudo na mesma com o {case}. É a segunda vez que escrevo",
        "TERCEIRA vez. O {case} continua aberto. Uma amiga usa a {comp} e nunca teve isto",
        "quarta vez que vos contacto pelo {case}. AINDA não está resolvido",
    ],
    "fr": [
        "Toujours rien pour {case}, deuxième message",
        "TROISIÈME fois, {case} toujours ouvert. Mon voisin est chez {comp}",
        "quatrième fois pour {case}, toujours pas réglé",
    ],
    "de": [
        "Immer noch nichts zu {case}, zweite Nachricht",
        "DRITTES Mal, {case} ist offen. Ein Kollege bestellt bei {comp}",
        "viertes Mal wegen {case}, IMMER noch nicht gelöst",
    ],
    "it": [
        "Ancora niente sulla {case}, secondo messaggio",
        "TERZA volta, {case} ancora aperta. Un collega usa {comp}",
        "quarta volta per {case}, ANCORA niente",
    ],
    "es": [
        "Sigo sin noticias del {case}, segundo mensaje",
        "TERCERA vez, el {case} sigue abierto. Un amigo compra en {comp}",
        "cuarta vez por el {case}, SIGUE sin resolverse",
    ],
}
SLIDE = {
    "en": [
        "delivery was late today, no text. fine I guess",
        "the water-care box was missing the conditioner this time",
        "app keeps logging me out. getting annoying",
        "Club price went up and nobody told me",
        "honestly the quality is not what it was",
        "my brother gets his fish from {comp} now, cheaper and on time",
    ],
    "pt": [
        "a entrega veio atrasada hoje, sem aviso. enfim",
        "a caixa de cuidados da água veio sem o condicionador desta vez",
        "a app está sempre a fazer logout. já cansa",
        "o Club aumentou de preço e ninguém avisou",
        "sinceramente já não é o que era",
        "o meu irmão compra agora na {comp}, mais barato e a horas",
    ],
    "fr": [
        "livraison en retard aujourd'hui, sans prévenir",
        "il manquait le conditionneur dans la box",
        "l'appli me déconnecte sans arrêt",
        "le Club a augmenté sans prévenir",
        "la qualité n'est plus ce qu'elle était",
        "mon frère commande chez {comp} maintenant",
    ],
    "de": [
        "Lieferung heute verspätet, ohne Info",
        "in der Box fehlte der Wasseraufbereiter",
        "die App meldet mich ständig ab",
        "der Club ist teurer geworden, ohne Ankündigung",
        "die Qualität ist nicht mehr wie früher",
        "mein Bruder bestellt jetzt bei {comp}",
    ],
    "it": [
        "consegna in ritardo oggi, senza avviso",
        "nella box mancava il biocondizionatore",
        "l'app mi disconnette in continuazione",
        "il Club è aumentato senza avvisare",
        "la qualità non è più quella di prima",
        "mio fratello ora compra da {comp}",
    ],
    "es": [
        "la entrega llegó tarde hoy, sin avisar",
        "en la caja faltaba el acondicionador",
        "la app me cierra la sesión todo el rato",
        "el Club ha subido de precio sin avisar",
        "la calidad ya no es la de antes",
        "mi hermano compra ahora en {comp}",
    ],
}
CANCEL = {
    "en": ["Please cancel my Aquorel Club and close my account. I'm done."],
    "pt": [
        "Quero cancelar o Aquorel Club e fechar a conta. Chega.",
        "cancelem o meu Club por favor, vou sair",
    ],
    "fr": ["Merci de résilier mon Club et de fermer mon compte."],
    "de": ["Bitte kündigen Sie meinen Club und schließen Sie mein Konto."],
    "it": ["Per favore disdite il mio Club e chiudete l'account."],
    "es": ["Por favor, cancelad mi Club y cerrad mi cuenta."],
}
AGENT_BYE = {
    "en": "Hi {name}, sorry to see you go. Your Club is cancelled and your account closed.",
    "pt": "Olá {name}, temos pena. O seu Club foi cancelado e a conta encerrada.",
    "fr": "Bonjour {name}, dommage de vous voir partir. Club résilié, compte fermé.",
    "de": "Hallo {name}, schade. Ihr Club ist gekündigt, das Konto geschlossen.",
    "it": "Ciao {name}, ci dispiace. Club disdetto e account chiuso.",
    "es": "Hola {name}, sentimos que te vayas. Club cancelado y cuenta cerrada.",
}
GRUMPY = {
    "en": ["the app is slow again", "why is shipping so dear", "meh, box was fine i suppose"],
    "pt": [
        "a app está lenta outra vez",
        "portes caríssimos, como sempre",
        "pronto, a caixa lá veio",
    ],
    "fr": ["l'appli rame encore"],
    "de": ["App wieder langsam"],
    "it": ["l'app è di nuovo lenta"],
    "es": ["la app va lenta otra vez"],
}
SARCASM = {
    "en": ["oh brilliant, the courier left the fish box in the rain. lovely 🙃"],
    "pt": ["que maravilha, deixaram a caixa dos peixes à chuva. adorei 🙃"],
    "fr": ["génial, le colis de poissons sous la pluie 🙃"],
    "de": ["super, die Fischbox stand im Regen 🙃"],
    "it": ["fantastico, la scatola dei pesci sotto la pioggia 🙃"],
    "es": ["genial, la caja de peces bajo la lluvia 🙃"],
}
MILD = {
    "en": ["the chat took a while to answer today, not a big deal"],
    "pt": ["o chat demorou um bocado hoje, nada de grave"],
    "fr": ["le chat a mis du temps aujourd'hui, rien de grave"],
    "de": ["Chat hat heute etwas gedauert, kein Drama"],
    "it": ["la chat oggi era lenta, niente di grave"],
    "es": ["el chat tardó hoy, nada grave"],
}
AGENT_MILD = {
    "en": "Thanks {name}, noted and passed on to the team.",
    "pt": "Obrigado {name}, registámos e passámos à equipa.",
    "fr": "Merci {name}, c'est noté et transmis.",
    "de": "Danke {name}, ist notiert und weitergegeben.",
    "it": "Grazie {name}, segnalato al team.",
    "es": "Gracias {name}, anotado y trasladado al equipo.",
}
SPIKE_CODE = "AQT-719"
SPIKE = {
    "en": [
        "The app just told me my ammonia is at DEADLY levels and to move the fish NOW. Strip"
        " looks totally normal?? error {code}",
        "aquorel scanner says every single strip is toxic. tried 3 strips. panicking here",
        "WHY is your app screaming emergency on a perfectly clear tank. {code}",
    ],
    "pt": [
        "A app diz que o amoníaco está a níveis LETAIS e para tirar os peixes JÁ. A tira parece"
        " normal?? erro {code}",
        "o scanner da aquorel dá tóxico em todas as tiras, já testei 3. que susto",
        "alarme de emergência na app com a água cristalina, {code}, o que se passa?",
    ],
    "fr": ["l'appli dit que l'ammoniaque est mortelle, la bandelette est normale ! {code}"],
    "de": ["Die App meldet tödliches Ammoniak, Teststreifen sieht normal aus. {code}"],
    "it": ["l'app dice ammoniaca letale ma la striscia è normale, {code}"],
    "es": ["la app dice amoníaco MORTAL pero la tira está normal, ¿qué pasa?"],
}
SPIKE_REPEAT = {
    "en": ["still getting the ammonia alarm, now on my partner's phone too. {code} again"],
    "pt": ["continua o alarme do amoníaco, agora no telemóvel da minha mulher também. {code}"],
    "fr": ["toujours l'alarme ammoniaque, même sur un autre téléphone"],
    "de": ["immer noch der Ammoniak-Alarm, auch auf dem zweiten Handy. {code}"],
    "it": ["ancora l'allarme ammoniaca, anche sull'altro telefono"],
    "es": ["sigue la alarma de amoníaco, también en otro móvil. {code}"],
}
AGENT_SPIKE = {
    "en": "Yes, the strip scanner is giving false alarms right now. Your water is fine;"
    " we're on it.",
    "pt": "Sim, o scanner está a dar falsos alarmes neste momento. A água está bem; estamos"
    " a tratar.",
    "fr": "Oui, le scanner donne de fausses alertes en ce moment. Votre eau va bien.",
    "de": "Ja, der Scanner gibt gerade Fehlalarme. Ihr Wasser ist in Ordnung.",
    "it": "Sì, lo scanner dà falsi allarmi in questo momento. L'acqua va bene.",
    "es": "Sí, el escáner da falsas alarmas ahora mismo. Tu agua está bien.",
}
AGENT_SPIKE_FIXED = {
    "en": "Hi {name}, the strip scanner reads correctly again. Sorry for the scare: a month"
    " of Club is on us.",
    "pt": "Olá {name}, o scanner já lê bem outra vez. Pedimos desculpa pelo susto: um mês"
    " de Club por nossa conta.",
    "fr": "Bonjour {name}, le scanner fonctionne de nouveau. Un mois de Club offert.",
    "de": "Hallo {name}, der Scanner funktioniert wieder. Ein Club-Monat geht auf uns.",
    "it": "Ciao {name}, lo scanner funziona di nuovo. Un mese di Club offerto da noi.",
    "es": "Hola {name}, el escáner vuelve a funcionar. Un mes de Club invitamos nosotros.",
}
LONE_QUESTION = {
    "en": "the strip scanner read my tank fine last night, just checking the green tick"
    " means safe?",
    "pt": "o scanner leu bem as tiras ontem à noite, o visto verde quer dizer que está tudo ok?",
    "fr": "le scanner a bien lu hier soir, la coche verte veut dire que tout va bien ?",
    "de": "Scanner hat gestern gut gelesen, heißt der grüne Haken alles ok?",
    "it": "lo scanner ha letto bene ieri sera, la spunta verde vuol dire tutto ok?",
    "es": "el escáner leyó bien anoche, ¿el tick verde significa que todo está bien?",
}
B2B_PROBLEMS = ("invoice", "service_missed", "portal", "overbilled")
B2B_COMPLAINT = {
    "invoice": {
        "en": "Your invoice {case} has no PO number again and our AP team rejects it.",
        "pt": "A fatura {case} vem outra vez sem número de encomenda e a contabilidade rejeita-a.",
        "fr": "La facture {case} n'a pas de numéro de commande, notre compta la rejette.",
        "de": "Rechnung {case} hat wieder keine Bestellnummer, die Buchhaltung lehnt ab.",
        "it": "La fattura {case} non ha il numero d'ordine, l'amministrazione la rifiuta.",
        "es": "La factura {case} no lleva número de pedido y contabilidad la rechaza.",
    },
    "service_missed": {
        "en": "Your technician missed our lobby tank service again, {case}. Algae everywhere.",
        "pt": "O técnico voltou a faltar à manutenção do aquário da receção, {case}.",
        "fr": "Le technicien n'est pas venu pour l'aquarium du hall, {case}.",
        "de": "Der Techniker kam wieder nicht zur Aquarienwartung im Foyer, {case}.",
        "it": "Il tecnico non è venuto per la manutenzione dell'acquario, {case}.",
        "es": "El técnico no vino al mantenimiento del acuario del vestíbulo, {case}.",
    },
    "portal": {
        "en": "The business portal shows none of our sites' service visits, {case}.",
        "pt": "O portal empresas não mostra nenhuma visita de manutenção, {case}.",
        "fr": "Le portail pro n'affiche aucune visite, {case}.",
        "de": "Das Firmenportal zeigt keine Wartungsbesuche an, {case}.",
        "it": "Il portale aziende non mostra nessuna visita, {case}.",
        "es": "El portal de empresas no muestra ninguna visita, {case}.",
    },
    "overbilled": {
        "en": "You billed single-visit rates instead of our contract rate, {case}.",
        "pt": "Faturaram visitas avulsas em vez do preço do contrato, {case}.",
        "fr": "Vous facturez à la visite au lieu du tarif contrat, {case}.",
        "de": "Sie berechnen Einzelbesuche statt Vertragspreis, {case}.",
        "it": "Avete fatturato a visita invece della tariffa a contratto, {case}.",
        "es": "Habéis cobrado visitas sueltas en vez de la tarifa del contrato, {case}.",
    },
}
B2B_FOLLOWUP = {
    "en": "Nothing is fixed on {case} and three colleagues have written. Procurement is"
    " asking {comp} for rates.",
    "pt": "o {case} continua sem solução e já escreveram três colegas. As compras já"
    " pediram preços à {comp}.",
    "fr": "Rien n'est réglé sur {case}. Les achats consultent {comp}.",
    "de": "Bei {case} ist nichts gelöst. Der Einkauf fragt bei {comp} an.",
    "it": "Niente risolto su {case}. L'ufficio acquisti sente {comp}.",
    "es": "Nada resuelto en {case}. Compras ya ha pedido precios a {comp}.",
}
B2B_MILD = {
    "en": "Suggestion: could the portal export service costs by site code?",
    "pt": "Sugestão: o portal podia exportar os custos por código de loja?",
    "fr": "Suggestion : exporter les coûts par site depuis le portail ?",
    "de": "Vorschlag: Kosten im Portal nach Standort exportieren?",
    "it": "Suggerimento: esportare i costi per sede dal portale?",
    "es": "Sugerencia: ¿exportar los costes por sede desde el portal?",
}
AGENT_B2B_ACK = {
    "en": "Dear {name}, thank you, logged as {case}. Your account manager will reply.",
    "pt": "Cara/o {name}, obrigado, registado como {case}. O gestor de conta responde.",
    "fr": "Bonjour {name}, merci, enregistré sous {case}.",
    "de": "Guten Tag {name}, danke, erfasst als {case}.",
    "it": "Gentile {name}, grazie, registrato come {case}.",
    "es": "Hola {name}, gracias, registrado como {case}.",
}
B2B_HAPPY = {
    "en": "The lobby tank looks stunning after yesterday's visit, clients keep mentioning it.",
    "pt": "O aquário da receção está lindo depois da visita de ontem, os clientes comentam.",
    "fr": "L'aquarium de l'accueil est superbe depuis la visite d'hier.",
    "de": "Das Foyer-Aquarium sieht nach dem Besuch super aus.",
    "it": "L'acquario dell'ingresso è splendido dopo la visita di ieri.",
    "es": "El acuario del vestíbulo está precioso tras la visita de ayer.",
}
