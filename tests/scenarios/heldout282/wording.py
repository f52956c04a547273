"""Wording of heldout282 (Mellora: beehive adoption and raw honey by subscription)."""
# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "pt", "de", "en", "es", "it")

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "fr": [
            "Les pots de miel de châtaignier de Mellora sont arrivés, un régal au petit-déj",
            "Ma ruche adoptée chez Mellora a un nom maintenant, les enfants adorent les photos",
            "Encore une fois un miel de lavande parfait, merci Mellora",
        ],
        "pt": [
            "Chegou o mel de rosmaninho da Mellora, os miúdos já comeram meio frasco",
            "Adoro receber as fotos da minha colmeia adotada, obrigada Mellora",
            "Terceira caixa e sempre impecável, o mel de urze é outra coisa",
        ],
        "de": ["Der Waldhonig von Mellora ist angekommen, schmeckt wie bei Oma"],
        "en": ["The heather honey from Mellora landed today, my toast has never been happier"],
        "es": ["Ha llegado la miel de azahar de Mellora, qué maravilla de olor"],
        "it": ["Arrivato il miele di castagno di Mellora, buonissimo sul formaggio"],
    },
    "question": {
        "fr": [
            "Bonjour, est-ce que je peux décaler la livraison de la box de récolte d'une semaine ?",
            "Salut, la visite du rucher en juin se fait avec combinaison fournie ?",
        ],
        "pt": [
            "Olá, posso mudar a morada de entrega da próxima caixa?",
            "Boa tarde, a visita ao apiário inclui fato de proteção para crianças?",
        ],
        "de": ["Hallo, kann ich die nächste Erntebox an meine Eltern schicken lassen?"],
        "en": ["Hi, can I add a jar of creamed honey to my next harvest box?"],
        "es": ["Hola, ¿puedo regalar la adopción de una colmena a mi hermana?"],
        "it": ["Ciao, posso spostare la consegna della box al mese prossimo?"],
    },
    "answer": {
        "fr": [
            "Bonjour, oui c'est fait, vous verrez la nouvelle date dans votre espace. Belle journée !"
        ],
        "pt": ["Olá, está feito, já aparece na sua área de cliente. Bom dia!"],
        "de": ["Hallo, erledigt, Sie sehen es jetzt in Ihrem Konto. Schönen Tag!"],
        "en": ["Hi, all done, you'll see it in your account now. Have a lovely day!"],
        "es": ["Hola, hecho, ya lo ves en tu cuenta. ¡Buen día!"],
        "it": ["Ciao, fatto, lo trovi già nel tuo account. Buona giornata!"],
    },
    "thanks": {
        "fr": ["Super, merci beaucoup !", "Parfait merci"],
        "pt": ["Perfeito, obrigada!", "Ótimo, obg"],
        "de": ["Super, danke!"],
        "en": ["Brilliant, thanks!"],
        "es": ["¡Genial, gracias!"],
        "it": ["Perfetto, grazie!"],
    },
    "night": {
        "fr": ["Insomnie, je regarde la vidéo de ma ruche en mangeant du miel à la cuillère"],
        "pt": ["Turno da noite no hospital e o mel da Mellora no chá salva-me"],
        "de": ["Nachtschicht vorbei, Tee mit Mellora-Honig, jetzt ins Bett"],
        "en": ["3am feed for the baby, a spoon of Mellora honey for me"],
        "es": ["Las tres de la mañana y yo con la miel de Mellora y un té"],
        "it": ["Notte insonne, tisana e miele Mellora"],
    },
    "survey": {
        "fr": ["Top", "Toujours au rendez-vous"],
        "pt": ["Excelente", "Sempre bom"],
        "de": ["Prima"],
        "en": ["Lovely"],
        "es": ["Genial"],
        "it": ["Ottimo"],
    },
    "grumble": {
        "fr": ["Le site met une éternité à charger la carte des ruchers, c'est un peu pénible"],
        "pt": ["O site demora imenso a carregar o mapa dos apiários, um bocado chato"],
        "de": ["Die Karte der Bienenstände lädt ewig, etwas nervig"],
        "en": ["The apiary map takes ages to load, bit annoying"],
        "es": ["El mapa de los colmenares tarda muchísimo en cargar, un poco pesado"],
        "it": ["La mappa degli apiari ci mette una vita a caricarsi, un po' seccante"],
    },
    "grumpy": {
        "fr": [
            "Encore l'appli qui me déconnecte à chaque ouverture",
            "Toujours ces emballages en plastique autour des pots",
        ],
        "pt": [
            "Outra vez a app a pedir login sempre que abro",
            "Mais uma vez o frasco veio sem data de colheita",
        ],
        "de": ["Schon wieder fliegt die App bei jedem Öffnen raus"],
        "en": ["The app logs me out every single time, again"],
        "es": ["Otra vez la app me saca cada vez que la abro"],
        "it": ["Di nuovo l'app mi disconnette ogni volta"],
    },
    "sarcasm": {
        "fr": ["Livraison « express » à 21h, pile pour le miel au dîner 👏"],
        "pt": ['Entrega "expresso" às 21h, mesmo a tempo do jantar 👏'],
        "de": ['"Express"-Lieferung um 21 Uhr, genau rechtzeitig fürs Abendbrot 👏'],
        "en": ['"Express" delivery at 9pm, just in time for supper 👏'],
        "es": ['Entrega "exprés" a las 21h, justo para la cena 👏'],
        "it": ['Consegna "express" alle 21, giusto per la cena 👏'],
    },
    "apology": {
        "fr": ["Désolé pour mon message d'hier, j'étais à bout. Merci de votre patience"],
        "pt": ["Peço desculpa pela mensagem de ontem, estava de cabeça quente. Obrigado"],
        "de": ["Sorry für gestern, ich war sauer. Danke für die Geduld"],
        "en": ["Sorry about yesterday's message, I was fuming. Thanks for your patience"],
        "es": ["Perdón por lo de ayer, estaba muy enfadado. Gracias por la paciencia"],
        "it": ["Scusate per ieri, ero arrabbiato. Grazie della pazienza"],
    },
    "confirmed": {
        "fr": ["C'est bon pour le dossier {ref}, tout est arrivé, merci"],
        "pt": ["Confirmo o pedido {ref}, está tudo resolvido, obrigado"],
        "de": ["Vorgang {ref} passt, alles angekommen, danke"],
        "en": ["Confirmed for case {ref}, all sorted, thanks"],
        "es": ["Confirmo la incidencia {ref}, todo bien, gracias"],
        "it": ["Confermo la pratica {ref}, tutto a posto, grazie"],
    },
}

PROBLEMS = ("broken_jars", "double_charge", "no_delivery")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "broken_jars": {
        "fr": [
            "Trois pots sur six cassés dans la box, du miel partout dans le carton. Inadmissible",
            "Box reçue avec les pots explosés, tout colle, je veux un remplacement",
        ],
        "pt": [
            "Metade dos frascos chegou partida, mel por todo o lado. Inaceitável",
            "A caixa veio com dois frascos partidos e o resto peganhento, quero reposição",
        ],
        "de": ["Drei von sechs Gläsern kaputt, Honig überall im Karton. Unmöglich"],
        "en": ["Three of six jars smashed, honey all over the box. Not acceptable"],
        "es": ["Tres tarros de seis rotos, miel por toda la caja. Inaceptable"],
        "it": ["Tre vasetti su sei rotti, miele dappertutto. Inaccettabile"],
    },
    "double_charge": {
        "fr": [
            "Vous m'avez prélevé DEUX fois l'adhésion Club Ruche ce mois-ci, 38 € en trop",
            "Double prélèvement de l'abonnement, remboursez-moi svp",
        ],
        "pt": [
            "Cobraram-me DUAS vezes a quota do Clube Colmeia este mês, 38 € a mais",
            "Débito duplicado da subscrição, quero o reembolso",
        ],
        "de": ["Sie haben den Hive-Club-Beitrag ZWEIMAL abgebucht, 38 € zu viel"],
        "en": ["You've charged my Hive Club fee TWICE this month, £33 too much"],
        "es": ["Me habéis cobrado DOS veces la cuota del Club Colmena, 38 € de más"],
        "it": ["Mi avete addebitato DUE volte la quota del Club Alveare, 38 € in più"],
    },
    "no_delivery": {
        "fr": [
            "La box de récolte est marquée livrée depuis mardi mais je n'ai rien reçu",
            "Colis « livré » selon le suivi, personne ne l'a vu. Où est mon miel ?",
        ],
        "pt": [
            "A caixa diz entregue desde terça mas não recebi nada",
            "Segundo o tracking foi entregue, ninguém viu nada. Onde está o meu mel?",
        ],
        "de": ["Die Erntebox steht seit Dienstag auf zugestellt, angekommen ist nichts"],
        "en": ["Harvest box marked delivered since Tuesday, nothing arrived"],
        "es": ["La caja figura entregada desde el martes y no ha llegado nada"],
        "it": ["La box risulta consegnata da martedì ma non è arrivato niente"],
    },
}

LONG_OPEN: dict[str, str] = {
    "fr": "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, alors pardon si c'est décousu. Nous sommes clients depuis deux ans et nous avons offert des adoptions à toute la famille à Noël.\n\n",
    "pt": "Bom dia,\n\nEscrevo do carro à porta do treino de futebol do meu filho, por isso desculpem a pressa. Somos clientes há dois anos e até oferecemos colmeias aos avós no Natal.\n\n",
    "de": "Guten Tag,\n\nich schreibe aus der Mittagspause im Lager, deshalb kurz und vielleicht etwas wirr. Wir sind seit zwei Jahren dabei und haben sogar den Schwiegereltern eine Patenschaft geschenkt.\n\n",
    "en": "Hello,\n\nI'm writing from the school car park so forgive the rush. We've been with you two years and gave hives to half the family last Christmas.\n\n",
    "es": "Hola,\n\nOs escribo desde la sala de espera del dentista, perdón si va desordenado. Somos clientes hace dos años y regalamos colmenas a toda la familia en Navidad.\n\n",
    "it": "Buongiorno,\n\nvi scrivo dalla sala d'attesa del medico, scusate il disordine. Siamo clienti da due anni e abbiamo regalato alveari a tutta la famiglia.\n\n",
}
LONG_CLOSE: dict[str, str] = {
    "fr": "\n\nJ'espère une réponse rapide, ce n'est pas votre habitude.\n\nCordialement",
    "pt": "\n\nEspero resposta rápida, não é costume vosso.\n\nCumprimentos",
    "de": "\n\nIch hoffe auf schnelle Antwort, das kenne ich so nicht von Ihnen.\n\nGrüße",
    "en": "\n\nHoping for a quick reply, this isn't like you.\n\nRegards",
    "es": "\n\nEspero respuesta pronto, no es lo habitual en vosotros.\n\nUn saludo",
    "it": "\n\nSpero in una risposta veloce, non è da voi.\n\nCordiali saluti",
}

SUBJECT_COMPLAINT = {
    "fr": "Réclamation",
    "pt": "Reclamação",
    "de": "Beschwerde",
    "en": "Complaint",
    "es": "Reclamación",
    "it": "Reclamo",
}
SUBJECT_RE = {
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Pedido {ref}",
    "de": "AW: Vorgang {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "it": "R: Pratica {ref}",
}

AGENT: dict[str, dict[str, str]] = {
    "opened": {
        "fr": "Bonjour, nous sommes désolés. Dossier {ref} ouvert, nous revenons vers vous sous 48 h.",
        "pt": "Olá, lamentamos imenso. Abrimos o pedido {ref} e respondemos em 48 h.",
        "de": "Hallo, das tut uns leid. Vorgang {ref} ist eröffnet, wir melden uns in 48 h.",
        "en": "Hi, we're sorry. Case {ref} is open and we'll be back within 48 hours.",
        "es": "Hola, lo sentimos. Abrimos la incidencia {ref}, te respondemos en 48 h.",
        "it": "Ciao, ci dispiace. Pratica {ref} aperta, ti rispondiamo entro 48 ore.",
    },
    "escalated": {
        "fr": "Bonjour, votre dossier {ref} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.",
        "pt": "Olá, o seu pedido {ref} está agora com a nossa responsável de qualidade, que lhe liga até sexta ao meio-dia.",
        "de": "Hallo, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
        "en": "Hi, your case {ref} is now with our quality lead, who will call you before Friday lunchtime.",
        "es": "Hola, tu incidencia {ref} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
        "it": "Ciao, la tua pratica {ref} è ora dalla nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno.",
    },
    "good_news": {
        "fr": "Bonne nouvelle pour le dossier {ref} : c'est réglé de notre côté. Pouvez-vous nous confirmer ?",
        "pt": "Boas notícias sobre o pedido {ref}: está resolvido do nosso lado. Pode confirmar?",
        "de": "Gute Nachricht zu Vorgang {ref}: bei uns erledigt. Können Sie das bestätigen?",
        "en": "Good news on case {ref}: it's sorted on our side. Could you confirm?",
        "es": "Buenas noticias sobre {ref}: resuelto por nuestra parte. ¿Nos lo confirmas?",
        "it": "Buone notizie sulla pratica {ref}: risolto da parte nostra. Puoi confermare?",
    },
    "urgent": {
        "fr": "Ajouté à votre dossier {ref}, marqué urgent.",
        "pt": "Acrescentado ao pedido {ref}, marcado como urgente.",
        "de": "Zu Ihrem Vorgang {ref} hinzugefügt, als dringend markiert.",
        "en": "Added to your case {ref}, marked urgent.",
        "es": "Añadido a tu incidencia {ref}, marcada como urgente.",
        "it": "Aggiunto alla pratica {ref}, segnata come urgente.",
    },
    "sorry_go": {
        "fr": "Nous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site.",
        "pt": "Temos pena que saia. Pode cancelar na app ou no site.",
        "de": "Schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen.",
        "en": "Sorry to see you go. You can cancel yourself in the app or on the website.",
        "es": "Sentimos que te vayas. Puedes darte de baja en la app o en la web.",
        "it": "Ci dispiace vederti andare. Puoi disdire dall'app o dal sito.",
    },
    "spike_chat": {
        "fr": "Oui, les paiements échouent pour tout le monde en ce moment, nos équipes sont dessus.",
        "pt": "Sim, os pagamentos estão a falhar para todos neste momento, a equipa já está a tratar.",
        "de": "Ja, Zahlungen schlagen gerade bei allen fehl, unser Team ist dran.",
        "en": "Yes, payments are failing for everyone right now, our engineers are on it.",
        "es": "Sí, los pagos fallan a todo el mundo ahora mismo, el equipo está en ello.",
        "it": "Sì, i pagamenti non vanno per nessuno in questo momento, ci stiamo lavorando.",
    },
    "spike_fixed": {
        "fr": "Les paiements fonctionnent à nouveau depuis 12h40. Les frais de port de votre box sont offerts.",
        "pt": "Os pagamentos voltaram a funcionar às 11h40. Os portes da sua caixa ficam por nossa conta.",
        "de": "Zahlungen funktionieren seit 12:40 wieder. Der Versand Ihrer Box geht auf uns.",
        "en": "Payments work again since 11:40. Postage on your box is on us.",
        "es": "Los pagos funcionan de nuevo desde las 12:40. El envío de tu caja corre de nuestra cuenta.",
        "it": "I pagamenti funzionano di nuovo dalle 12:40. La spedizione della box la offriamo noi.",
    },
    "lone_answer": {
        "fr": "Bonjour, rien d'anormal de notre côté, le paiement passera sans souci.",
        "pt": "Olá, está tudo normal do nosso lado, o pagamento vai funcionar.",
        "de": "Hallo, bei uns ist alles normal, die Zahlung wird klappen.",
        "en": "Hi, all normal on our side, the payment will go through.",
        "es": "Hola, todo normal por nuestra parte, el pago irá bien.",
        "it": "Ciao, tutto normale da parte nostra, il pagamento andrà a buon fine.",
    },
}

STILL_OPEN: dict[str, list[str]] = {
    "fr": [
        "Toujours rien pour le dossier {ref}, c'est toujours pas réglé",
        "Je relance pour {ref}, aucune nouvelle et le problème est toujours là",
    ],
    "pt": [
        "O pedido {ref} continua por resolver, nada de novo",
        "Volto a insistir no {ref}, ainda sem solução",
    ],
    "de": ["Vorgang {ref} ist immer noch offen, nichts passiert"],
    "en": ["Case {ref} still isn't sorted, nothing has happened"],
    "es": ["La incidencia {ref} sigue sin resolver, nada de nada"],
    "it": ["La pratica {ref} è ancora aperta, non è successo niente"],
}
THIRD: dict[str, str] = {
    "fr": " Ma voisine est chez {comp} et eux règlent ça dans la journée.",
    "pt": " A minha colega compra na {comp} e eles resolvem isto no mesmo dia.",
    "de": " Eine Kollegin ist bei {comp}, da geht sowas am selben Tag.",
    "en": " A friend gets hers from {comp} and they sort this the same day.",
    "es": " Una compañera está con {comp} y allí lo arreglan en el día.",
    "it": " Una collega è con {comp} e loro risolvono in giornata.",
}
FOURTH: dict[str, str] = {
    "fr": " C'est la QUATRIÈME fois que j'écris.",
    "pt": " É a QUARTA vez que escrevo.",
    "de": " Das ist das VIERTE Mal, dass ich schreibe.",
    "en": " This is the FOURTH time I'm writing.",
    "es": " Es la CUARTA vez que escribo.",
    "it": " È la QUARTA volta che scrivo.",
}

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Box arrivée avec trois jours de retard, sans prévenir",
        "Le miel de printemps a un goût de sucre cette fois, bof",
        "Plus de photos de ma ruche depuis un mois",
        "Prix de l'adhésion en hausse sans un mot, pas sympa",
        "Facturée 6 € de « frais de préparation » sortis de nulle part, je suis furieuse",
        "Ma sœur est chez {comp}, je vais essayer leur box le mois prochain",
    ],
    "pt": [
        "A caixa chegou três dias atrasada sem aviso",
        "O mel de primavera sabe a açúcar desta vez, fraco",
        "Há um mês que não recebo fotos da colmeia",
        "Subiram a quota sem dizer nada, feio",
        'Cobraram 6 € de "preparação" do nada, estou furiosa',
        "A minha irmã é cliente da {comp}, vou experimentar a caixa deles",
    ],
    "de": [
        "Box drei Tage zu spät, ohne Info",
        "Frühjahrshonig schmeckt diesmal nach Zucker",
        "Seit einem Monat keine Fotos mehr vom Stock",
        "Beitrag erhöht ohne ein Wort",
        '6 € "Bearbeitungsgebühr" aus dem Nichts, ich bin sauer',
        "Meine Schwester ist bei {comp}, ich teste nächsten Monat deren Box",
    ],
    "en": [
        "Box came three days late, no word",
        "Spring honey tastes of sugar this time, meh",
        "No photos of my hive for a month",
        "Membership price up without a word",
        'A £5 "handling fee" out of nowhere, I\'m furious',
        "My sister's with {comp}, trying their box next month",
    ],
    "es": [
        "La caja llegó tres días tarde sin avisar",
        "La miel de primavera sabe a azúcar esta vez",
        "Un mes sin fotos de mi colmena",
        "Subida de cuota sin decir nada",
        '6 € de "gastos de preparación" de la nada, estoy furiosa',
        "Mi hermana está con {comp}, probaré su caja el mes que viene",
    ],
    "it": [
        "Box arrivata con tre giorni di ritardo, senza avviso",
        "Il miele di primavera sa di zucchero stavolta",
        "Un mese senza foto del mio alveare",
        "Quota aumentata senza dire niente",
        '6 € di "spese di preparazione" dal nulla, sono furiosa',
        "Mia sorella è con {comp}, provo la loro box il mese prossimo",
    ],
}

CANCEL: dict[str, str] = {
    "fr": "Bonjour, on déménage en appartement à l'étranger et je veux résilier le Club Ruche et fermer mon compte.",
    "pt": "Olá, vou emigrar e quero cancelar o Clube Colmeia e fechar a conta.",
    "de": "Hallo, wir ziehen ins Ausland, ich möchte den Hive Club kündigen und das Konto schließen.",
    "en": "Hi, we're moving abroad, please cancel my Hive Club membership and close my account.",
    "es": "Hola, me mudo fuera y quiero cancelar el Club Colmena y cerrar la cuenta.",
    "it": "Ciao, mi trasferisco all'estero, voglio disdire il Club Alveare e chiudere l'account.",
}

SPIKE: dict[str, list[str]] = {
    "fr": [
        "Impossible de payer la box de récolte, erreur PAY_4083 à chaque essai",
        "Paiement refusé avec PAY_4083, trois cartes différentes",
    ],
    "pt": [
        "Não consigo pagar a caixa, dá erro PAY_4083 sempre",
        "Pagamento recusado com PAY_4083, já tentei dois cartões",
    ],
    "de": ["Zahlung klappt nicht, Fehler PAY_4083 bei jedem Versuch"],
    "en": ["Can't pay for my harvest box, error PAY_4083 every time"],
    "es": ["No puedo pagar la caja, error PAY_4083 cada vez"],
    "it": ["Non riesco a pagare la box, errore PAY_4083 ogni volta"],
}
SPIKE_AGAIN: dict[str, str] = {
    "fr": "Toujours PAY_4083, même depuis l'ordi de mon mari",
    "pt": "Continua PAY_4083, até no telemóvel da minha mulher",
    "de": "Immer noch PAY_4083, auch am Laptop",
    "en": "Still PAY_4083, on the laptop too",
    "es": "Sigue PAY_4083, también desde el portátil",
    "it": "Ancora PAY_4083, anche dal portatile",
}
LONE: dict[str, str] = {
    "fr": "Hier soir le bouton payer est resté gris un moment puis ça a marché, ça ira demain ?",
    "pt": "Ontem à noite o botão de pagar ficou cinzento uns segundos e depois funcionou, amanhã vai dar?",
    "de": "Gestern war der Bezahlknopf kurz grau, dann ging es, klappt das morgen?",
    "en": "Last night the pay button was grey for a bit then worked, will it be fine tomorrow?",
    "es": "Anoche el botón de pagar se quedó gris un rato y luego fue, ¿irá bien mañana?",
    "it": "Ieri sera il tasto paga è rimasto grigio un attimo poi ha funzionato, domani andrà?",
}

B2B_PROBLEMS = ("invoice", "late_gifts")
B2B: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Vos factures n'ont toujours pas notre numéro de bon de commande, la compta les rejette.",
        "pt": "As faturas continuam sem o nosso número de encomenda, a contabilidade rejeita-as.",
        "de": "Ihre Rechnungen haben immer noch keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "en": "Your invoices still carry no PO number, accounts keep rejecting them.",
        "es": "Vuestras facturas siguen sin nuestro número de pedido, contabilidad las rechaza.",
        "it": "Le fatture sono ancora senza numero d'ordine, l'amministrazione le rifiuta.",
    },
    "late_gifts": {
        "fr": "Les 120 coffrets clients promis pour lundi ne sont pas arrivés, l'événement est demain.",
        "pt": "Os 120 cabazes para clientes prometidos para segunda não chegaram, o evento é amanhã.",
        "de": "Die 120 Kundengeschenke für Montag sind nicht da, das Event ist morgen.",
        "en": "The 120 client gift boxes promised for Monday haven't come, the event is tomorrow.",
        "es": "Las 120 cajas regalo prometidas para el lunes no han llegado, el evento es mañana.",
        "it": "Le 120 confezioni regalo promesse per lunedì non sono arrivate, l'evento è domani.",
    },
}
B2B_SAME: dict[str, str] = {
    "fr": " Ma collègue {first} vous a déjà écrit (dossier {ref}).",
    "pt": " A minha colega {first} já vos escreveu (pedido {ref}).",
    "de": " Meine Kollegin {first} hat schon geschrieben (Vorgang {ref}).",
    "en": " My colleague {first} already wrote (case {ref}).",
    "es": " Mi compañera {first} ya os escribió (incidencia {ref}).",
    "it": " La mia collega {first} vi ha già scritto (pratica {ref}).",
}
B2B_LAST: dict[str, str] = {
    "fr": "Dossier {ref} : rien n'est réglé et plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}.",
    "pt": "Pedido {ref}: nada resolvido e vários colegas escreveram. As compras já pediram preços à {comp}.",
    "de": "Vorgang {ref}: nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat {comp} nach Preisen gefragt.",
    "en": "Case {ref}: nothing is fixed and several colleagues wrote. Procurement has asked {comp} for rates.",
    "es": "Incidencia {ref}: nada resuelto y varios compañeros han escrito. Compras ya pidió precios a {comp}.",
    "it": "Pratica {ref}: niente risolto e vari colleghi hanno scritto. Gli acquisti hanno chiesto i prezzi a {comp}.",
}
B2B_MILD: dict[str, str] = {
    "fr": "Suggestion : pourriez-vous ajouter le code projet sur les bons de livraison ?",
    "pt": "Sugestão: podiam pôr o código de projeto nas guias de remessa?",
    "de": "Vorschlag: Könnten Sie den Projektcode auf die Lieferscheine drucken?",
    "en": "Suggestion: could you add our project code to delivery notes?",
    "es": "Sugerencia: ¿podríais poner el código de proyecto en los albaranes?",
    "it": "Suggerimento: potreste mettere il codice progetto sulle bolle?",
}

FIRST = {
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Thomas", "Léa", "Hugo"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Sofia", "Duarte"],
    "de": ["Jana", "Lukas", "Miriam", "Felix", "Katrin", "Jonas"],
    "en": ["Hannah", "Oliver", "Niamh", "George", "Aoife", "Sam"],
    "es": ["Lucía", "Pablo", "Nerea", "Álvaro", "Irene", "Javier"],
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Sara", "Luca"],
}
LAST = {
    "fr": ["Morel", "Lefèvre", "Garnier", "Rousseau", "Chevalier", "Faure", "Blanc", "Perrin"],
    "pt": ["Carvalho", "Ferreira", "Pinto", "Sousa", "Correia", "Teixeira", "Lopes", "Moreira"],
    "de": ["Brandt", "Kühn", "Vogel", "Seidel", "Hartmann", "Winkler"],
    "en": ["Walsh", "Patel", "Byrne", "Hughes", "Doyle", "Reid"],
    "es": ["Navarro", "Iglesias", "Ortega", "Serrano", "Molina", "Rubio"],
    "it": ["Ricci", "Greco", "Conti", "Bruno", "Gallo", "Fontana"],
}
MARKETS = {
    "fr": ["FR", "BE"],
    "pt": ["PT"],
    "de": ["DE", "AT"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT"],
}
PHONE = {
    "FR": "+336",
    "BE": "+32470",
    "PT": "+35191",
    "DE": "+49151",
    "AT": "+43660",
    "UK": "+447",
    "IE": "+35385",
    "ES": "+346",
    "IT": "+39333",
}
PHONE_LEN = {"FR": 8, "BE": 6, "PT": 7, "DE": 8, "AT": 7, "UK": 9, "IE": 7, "ES": 8, "IT": 7}
