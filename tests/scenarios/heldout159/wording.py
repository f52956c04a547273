# ruff: noqa: E501
"""Texts for heldout159 (Costuvia, costume and formalwear hire). Written blind, from the stories.

Every table maps a language (en, fr, de, it, pt, es) to a list of variants. Placeholders:
{ref} case reference, {prod} product, {comp} competitor, {amt} an amount with its money,
{first} a colleague's first name, {day} a weekday, {company} the firm's name.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "it", "pt", "es")

PRODUCTS = (
    "Vampire cape and waistcoat, weekend / Cape de vampire et gilet, week-end",
    "Dinner suit, slim, 3 days / Smoking slim, 3 jours",
    "Flapper dress 1920s, weekend / Robe charleston annees 20, week-end",
    "Dinosaur inflatable, adult, weekend / Dinosaure gonflable adulte, week-end",
    "Carnival jester set, 4 days / Ensemble arlequin carnaval, 4 jours",
    "Ball gown, burgundy, 3 days / Robe de bal bordeaux, 3 jours",
    "Kids' astronaut suit, weekend / Combinaison astronaute enfant, week-end",
    "Morning suit with top hat, 3 days / Jaquette et haut-de-forme, 3 jours",
    "Witch dress and hat, weekend / Robe et chapeau de sorciere, week-end",
    "Pirate captain coat, weekend / Manteau de capitaine pirate, week-end",
)

PAGES = ("/catalogue", "/encore", "/sizes", "/returns", "/app/orders", "/halloween", "/wedding")

PRAISE = {
    "en": [
        "Costuvia sorted my whole hen party, six flapper dresses, all fitted perfectly. Legends",
        "the dinner suit from Costuvia fit like it was made for me, my wife couldnt stop laughing at how posh I looked",
        "Best costume hire going. Dinosaur arrived Friday, party Saturday, back in the bag Sunday. Easy",
    ],
    "fr": [
        "Costuvia au top, la robe de bal etait parfaite pour le mariage de ma soeur",
        "franchement la location chez Costuvia c'est devenu un reflexe, costume nickel, livré la veille",
        "Merci Costuvia, mon fils a passé le carnaval dans sa combinaison d'astronaute sans la quitter !",
    ],
    "de": ["Smoking von Costuvia war perfekt, sogar die Fliege hat gepasst. Klare Empfehlung"],
    "it": ["Costuvia bravissimi, il costume da pirata per la festa di mio figlio era perfetto"],
    "pt": ["Adorei o vestido de baile da Costuvia, chegou impecável e a tempo"],
    "es": ["Costuvia genial, el disfraz de vampiro llegó planchadito y con la capa perfecta"],
}

AGAIN = {
    "en": [
        "third time hiring from Costuvia this year and still not one thing wrong. how do they do it",
        "Costuvia again for the office party. Again perfect. Getting boring honestly 😄",
    ],
    "fr": [
        "Encore une fois parfait avec Costuvia, troisième location et toujours le même soin",
        "toujours aussi contente de Costuvia, deuxieme mariage cette année avec leurs robes",
    ],
    "de": ["Schon wieder bei Costuvia bestellt, schon wieder alles tipptopp"],
    "it": ["Terza volta con Costuvia e ancora tutto perfetto"],
    "pt": ["Mais uma vez Costuvia, mais uma vez tudo certinho"],
    "es": ["Otra vez Costuvia y otra vez perfecto, ya van tres"],
}

GRIPE = {
    "en": [
        "Lovely morning suit, fitted well, only the top hat was a bit big, stuffed it with tissue. Would hire again",
        "great costumes but the return bag is tiny, took me ages to fold the cape in. still 5 stars",
    ],
    "fr": [
        "Très bien dans l'ensemble, juste le sac de retour un peu petit pour la robe de bal. Je recommande quand même",
        "costume top, seul bemol la notice de lavage uniquement en PDF. sinon rien a dire",
    ],
    "de": ["Sehr schöner Frack, nur der Rücksendeaufkleber war schwer zu finden. Sonst super"],
    "it": ["Tutto bene, solo la gruccia era rotta. Per il resto ottimo"],
    "pt": ["Muito bom, só o chapéu vinha um pouco amassado. De resto impecável"],
    "es": ["Muy bien todo, solo que el sombrero venía algo aplastado. Repetiré"],
}

REVIEW = {
    "en": ["Fitted perfectly, clean, on time. Five stars.", "Great quality suit, easy return."],
    "fr": ["Impeccable, propre et à l'heure. Cinq étoiles.", "Très bonne qualité, retour facile."],
    "de": ["Sauber, pünktlich, passt. Fünf Sterne."],
    "it": ["Pulito, puntuale, taglia giusta. Cinque stelle."],
    "pt": ["Limpo, pontual e no tamanho certo. Cinco estrelas."],
    "es": ["Limpio, puntual y a mi talla. Cinco estrellas."],
}

CHAT_Q = {
    "en": [
        "hi, can I swap the size on my order before it ships?",
        "Do you do kids' sizes for the astronaut suit? Age 6",
    ],
    "fr": [
        "bonjour, est-ce que je peux changer la taille avant l'envoi ?",
        "vous avez la cape de vampire en taille enfant ?",
    ],
    "de": ["Hallo, kann ich die Größe noch ändern bevor es verschickt wird?"],
    "it": ["ciao, posso cambiare la taglia prima della spedizione?"],
    "pt": ["olá, posso trocar o tamanho antes do envio?"],
    "es": ["hola, puedo cambiar la talla antes del envío?"],
}

CHAT_A = {
    "en": ["Yes, done! Your order now has the new size and ships tomorrow as planned."],
    "fr": ["Oui, c'est fait ! La nouvelle taille est enregistrée, envoi demain comme prévu."],
    "de": ["Ja, erledigt! Die neue Größe ist gespeichert, Versand morgen wie geplant."],
    "it": ["Sì, fatto! La nuova taglia è registrata, spedizione domani come previsto."],
    "pt": ["Sim, feito! O novo tamanho está registado, envio amanhã como previsto."],
    "es": ["¡Sí, hecho! La nueva talla está guardada, se envía mañana como estaba previsto."],
}

THANKS = {
    "en": ["brilliant thanks", "Perfect, thank you!"],
    "fr": ["super merci", "Parfait, merci beaucoup !"],
    "de": ["super danke"],
    "it": ["perfetto grazie"],
    "pt": ["ótimo obrigada"],
    "es": ["genial gracias"],
}

EMAIL_Q = {
    "en": [
        "Hello, could you tell me how long I can keep the dinner suit if the wedding runs into Monday? Thanks, {name}"
    ],
    "fr": [
        "Bonjour, combien de temps puis-je garder la robe si la fête se prolonge au lundi ? Merci, {name}"
    ],
    "de": [
        "Guten Tag, wie lange darf ich den Anzug behalten, wenn die Hochzeit bis Montag geht? Danke, {name}"
    ],
    "it": [
        "Buongiorno, fino a quando posso tenere l'abito se la festa va fino a lunedì? Grazie, {name}"
    ],
    "pt": [
        "Bom dia, até quando posso ficar com o fato se a festa for até segunda? Obrigado, {name}"
    ],
    "es": [
        "Hola, ¿hasta cuándo puedo quedarme el traje si la boda dura hasta el lunes? Gracias, {name}"
    ],
}

EMAIL_A = {
    "en": [
        "Hi {name}, you can keep it until Tuesday noon at no extra cost. Enjoy the wedding! Costuvia support"
    ],
    "fr": [
        "Bonjour {name}, vous pouvez la garder jusqu'à mardi midi sans frais. Bonne fête ! Le service client Costuvia"
    ],
    "de": [
        "Hallo {name}, Sie können ihn bis Dienstagmittag ohne Aufpreis behalten. Viel Spaß! Ihr Costuvia-Team"
    ],
    "it": [
        "Ciao {name}, può tenerlo fino a martedì a mezzogiorno senza costi. Buona festa! Il team Costuvia"
    ],
    "pt": [
        "Olá {name}, pode ficar com ele até terça ao meio-dia sem custos. Boa festa! Equipa Costuvia"
    ],
    "es": [
        "Hola {name}, puedes quedártelo hasta el martes a mediodía sin coste. ¡Disfruta! Equipo Costuvia"
    ],
}

PHONE_Q = {
    "en": [
        "hi yeah I wanted to ask if the cape comes with the fangs or do I need to order those separately"
    ],
    "fr": [
        "oui bonjour je voulais savoir si le chapeau de sorcière est fourni avec la robe ou s'il faut le commander à part"
    ],
    "de": ["ja hallo ich wollte fragen ob bei dem Frack die Weste dabei ist oder extra"],
    "it": ["sì buongiorno volevo sapere se il cappello da pirata è incluso o si prende a parte"],
    "pt": ["olá queria saber se o chapéu vem com o vestido ou se tenho de encomendar à parte"],
    "es": ["hola sí quería saber si el sombrero va con el vestido o hay que pedirlo aparte"],
}

PHONE_A = {
    "en": [
        "Following your call: yes, the accessories shown on the product page are included. Costuvia support"
    ],
    "fr": [
        "Suite à votre appel : oui, les accessoires montrés sur la fiche sont inclus. Le service client Costuvia"
    ],
    "de": ["Zu Ihrem Anruf: Ja, das abgebildete Zubehör ist inklusive. Ihr Costuvia-Team"],
    "it": [
        "In seguito alla sua chiamata: sì, gli accessori nella foto sono inclusi. Il team Costuvia"
    ],
    "pt": [
        "Na sequência da sua chamada: sim, os acessórios da foto estão incluídos. Equipa Costuvia"
    ],
    "es": ["Tras tu llamada: sí, los accesorios de la foto van incluidos. Equipo Costuvia"],
}

SURVEY_WORD = {
    "en": ["great", "", "👍"],
    "fr": ["top", "", "parfait"],
    "de": ["super", ""],
    "it": ["ottimo", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

NIGHT_POST = {
    "en": [
        "2am and still sewing sequins on my own outfit, should have just hired the whole thing from Costuvia like last year",
        "night shift done, booked the pirate coat for Saturday on the Costuvia app in two minutes. bed",
    ],
    "fr": [
        "3h du mat, insomnie, je fais défiler les robes de bal Costuvia pour le mariage d'août",
        "fin de garde à l'hôpital, réservé les costumes des enfants pour le carnaval, trop facile",
    ],
    "de": ["Nachtschicht vorbei, schnell noch den Smoking für Samstag bei Costuvia gebucht"],
    "it": ["sono le 2 e sto ancora scegliendo il costume su Costuvia, troppa scelta"],
    "pt": ["3 da manhã e eu a escolher fatos na Costuvia, não consigo dormir"],
    "es": ["las 3 y yo mirando disfraces en Costuvia, el insomnio es lo que tiene"],
}

NIGHT_Q = {
    "en": [
        "hi is the return drop-off box at the station open all night? want to drop the suit on my way home"
    ],
    "fr": ["bonsoir, la boîte de retour de la gare est accessible la nuit ?"],
    "de": ["Hallo, ist die Rückgabebox am Bahnhof nachts offen?"],
    "it": ["ciao, la cassetta resi in stazione è aperta di notte?"],
    "pt": ["olá, a caixa de devolução da estação está aberta de noite?"],
    "es": ["hola, ¿el buzón de devoluciones de la estación abre de noche?"],
}

NIGHT_A = {
    "en": ["Yes, it's open 24/7, just scan the bag label. Good night!"],
    "fr": ["Oui, elle est ouverte 24h/24, scannez simplement l'étiquette du sac. Bonne nuit !"],
    "de": ["Ja, rund um die Uhr, einfach das Etikett scannen. Gute Nacht!"],
    "it": ["Sì, è aperta 24 ore su 24, basta scansionare l'etichetta. Buona notte!"],
    "pt": ["Sim, está aberta 24 horas, basta ler a etiqueta. Boa noite!"],
    "es": ["Sí, abre 24 horas, solo escanea la etiqueta. ¡Buenas noches!"],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

PROB_LABEL = {
    "en": {
        "no_show": "parcel marked delivered that never came",
        "double_charge": "deposit taken twice",
        "damage": "costume arrived torn",
        "refund": "deposit not returned",
        "wrong_price": "charged full price as an Encore member",
        "cancel_fee": "late-cancellation fee though I cancelled days ahead",
    },
    "fr": {
        "no_show": "colis marqué livré jamais reçu",
        "double_charge": "caution prélevée deux fois",
        "damage": "costume arrivé déchiré",
        "refund": "caution jamais rendue",
        "wrong_price": "plein tarif alors que je suis membre Encore",
        "cancel_fee": "frais d'annulation tardive alors que j'ai annulé plusieurs jours avant",
    },
    "de": {
        "no_show": "Paket als zugestellt markiert, nie angekommen",
        "double_charge": "Kaution zweimal abgebucht",
        "damage": "Kostüm kam zerrissen an",
        "refund": "Kaution nicht zurückgezahlt",
        "wrong_price": "voller Preis trotz Encore-Mitgliedschaft",
        "cancel_fee": "Stornogebühr obwohl Tage vorher storniert",
    },
    "it": {
        "no_show": "pacco segnato consegnato mai arrivato",
        "double_charge": "deposito addebitato due volte",
        "damage": "costume arrivato strappato",
        "refund": "deposito non restituito",
        "wrong_price": "prezzo pieno pur essendo socio Encore",
        "cancel_fee": "penale di cancellazione pur avendo annullato giorni prima",
    },
    "pt": {
        "no_show": "encomenda dada como entregue que nunca chegou",
        "double_charge": "caução cobrada duas vezes",
        "damage": "fato chegou rasgado",
        "refund": "caução não devolvida",
        "wrong_price": "preço normal sendo membro Encore",
        "cancel_fee": "taxa de cancelamento tardio tendo cancelado dias antes",
    },
    "es": {
        "no_show": "pedido marcado como entregado que nunca llegó",
        "double_charge": "fianza cobrada dos veces",
        "damage": "disfraz llegó roto",
        "refund": "fianza sin devolver",
        "wrong_price": "precio completo siendo socia Encore",
        "cancel_fee": "penalización por cancelar tarde habiendo cancelado días antes",
    },
}

COMPLAINT = {
    "en": {
        "no_show": [
            "Your app says my parcel was DELIVERED at 10:12. It was not. Nobody rang, nothing in the porch, party is TONIGHT. What now?",
            "order shows delivered, I've been home all day, there is no parcel. I need the dinner suit for 4pm",
        ],
        "double_charge": [
            "You have taken the {amt} deposit TWICE from my card. Please put one back today",
            "just checked my bank, deposit charged two times for one dress. sort it please",
        ],
        "damage": [
            "The ball gown arrived with a rip down the side seam and a broken zip. The wedding is tomorrow. Not good enough",
            "opened the box and the cape is torn at the collar. cant wear this",
        ],
        "refund": [
            "Returned the suit THREE weeks ago, tracking says received, still no deposit back ({amt}). Where is it?",
            "still waiting for my deposit, returned on time, nothing",
        ],
        "wrong_price": [
            "I pay for Encore every month and got charged the full non-member price. Please refund the difference",
            "why am I paying full price when I'm an Encore member?? the app even shows my membership",
        ],
        "cancel_fee": [
            "I cancelled FIVE days before and you charged me a late-cancellation fee of {amt}. Please remove it",
            "charged a late cancel fee for cancelling on monday for a saturday. that's not late",
        ],
    },
    "fr": {
        "no_show": [
            "L'appli indique LIVRÉ à 10h12. Rien reçu, personne n'a sonné, la fête est CE SOIR. Je fais comment ?",
            "commande marquée livrée, je suis chez moi depuis ce matin, aucun colis. il me faut le smoking pour 16h",
        ],
        "double_charge": [
            "Vous avez prélevé la caution de {amt} DEUX fois. Merci de rembourser l'une des deux aujourd'hui",
            "je viens de voir mon compte, caution prise deux fois pour une seule robe. merci de regler ca",
        ],
        "damage": [
            "La robe de bal est arrivée déchirée le long de la couture et la fermeture est cassée. Le mariage est demain. Inadmissible",
            "ouvert le carton, la cape est déchirée au col. impossible de la porter",
        ],
        "refund": [
            "Costume renvoyé il y a TROIS semaines, le suivi dit reçu, toujours pas ma caution ({amt}). Elle est où ?",
            "toujours pas rembourse de la caution, renvoyé à temps pourtant",
        ],
        "wrong_price": [
            "Je paie Encore tous les mois et on m'a facturé le plein tarif. Merci de me rembourser la différence",
            "pourquoi je paie plein pot alors que je suis membre Encore ?? l'appli affiche mon abonnement",
        ],
        "cancel_fee": [
            "J'ai annulé CINQ jours avant et vous m'avez facturé des frais d'annulation tardive de {amt}. Merci de les retirer",
            "frais d'annulation tardive pour une annulation lundi pour samedi. c'est pas tardif ça",
        ],
    },
    "de": {
        "no_show": [
            "Die App sagt ZUGESTELLT um 10:12. Hier ist nichts angekommen, die Feier ist HEUTE ABEND. Und jetzt?"
        ],
        "double_charge": [
            "Sie haben die Kaution von {amt} ZWEIMAL abgebucht. Bitte heute eine zurückbuchen"
        ],
        "damage": [
            "Das Ballkleid kam mit gerissener Naht und kaputtem Reißverschluss. Hochzeit ist morgen. So nicht"
        ],
        "refund": [
            "Anzug vor DREI Wochen zurückgeschickt, laut Sendungsverfolgung angekommen, Kaution ({amt}) immer noch nicht da"
        ],
        "wrong_price": [
            "Ich zahle jeden Monat für Encore und bekomme den vollen Preis berechnet. Bitte Differenz erstatten"
        ],
        "cancel_fee": [
            "FÜNF Tage vorher storniert und trotzdem {amt} Stornogebühr. Bitte zurücknehmen"
        ],
    },
    "it": {
        "no_show": [
            "L'app dice CONSEGNATO alle 10:12. Non è arrivato niente e la festa è STASERA. E adesso?"
        ],
        "double_charge": [
            "Mi avete addebitato il deposito di {amt} DUE volte. Restituitene uno oggi per favore"
        ],
        "damage": [
            "L'abito da sera è arrivato strappato sulla cucitura e con la zip rotta. Il matrimonio è domani"
        ],
        "refund": [
            "Restituito il costume TRE settimane fa, risulta ricevuto, il deposito ({amt}) ancora niente"
        ],
        "wrong_price": [
            "Pago Encore ogni mese e mi avete fatto pagare il prezzo pieno. Rimborsate la differenza"
        ],
        "cancel_fee": [
            "Ho annullato CINQUE giorni prima e mi avete addebitato {amt} di penale. Toglietela"
        ],
    },
    "pt": {
        "no_show": [
            "A app diz ENTREGUE às 10:12. Não chegou nada e a festa é HOJE À NOITE. E agora?"
        ],
        "double_charge": ["Cobraram a caução de {amt} DUAS vezes. Devolvam uma hoje por favor"],
        "damage": [
            "O vestido chegou rasgado na costura e com o fecho partido. O casamento é amanhã"
        ],
        "refund": ["Devolvi o fato há TRÊS semanas, consta como recebido e a caução ({amt}) nada"],
        "wrong_price": [
            "Pago o Encore todos os meses e cobraram-me o preço normal. Devolvam a diferença"
        ],
        "cancel_fee": [
            "Cancelei CINCO dias antes e cobraram {amt} de taxa de cancelamento tardio. Retirem isso"
        ],
    },
    "es": {
        "no_show": [
            "La app dice ENTREGADO a las 10:12. Aquí no ha llegado nada y la fiesta es ESTA NOCHE. ¿Y ahora qué?"
        ],
        "double_charge": [
            "Me habéis cobrado la fianza de {amt} DOS veces. Devolvedme una hoy por favor"
        ],
        "damage": [
            "El vestido llegó con la costura rota y la cremallera estropeada. La boda es mañana"
        ],
        "refund": [
            "Devolví el traje hace TRES semanas, consta recibido y la fianza ({amt}) sigue sin aparecer"
        ],
        "wrong_price": [
            "Pago Encore cada mes y me habéis cobrado el precio completo. Devolved la diferencia"
        ],
        "cancel_fee": ["Cancelé CINCO días antes y me cobráis {amt} de penalización. Quitadla"],
    },
}

CALL = {
    "en": [
        "yeah hi I'm calling because {what} and I really need this sorted today can someone actually help me"
    ],
    "fr": [
        "oui bonjour j'appelle parce que {what} et il faut vraiment que ce soit réglé aujourd'hui"
    ],
    "de": ["ja hallo ich rufe an weil {what} und das muss heute noch geklärt werden"],
    "it": ["sì buongiorno chiamo perché {what} e deve essere risolto oggi"],
    "pt": ["olá estou a ligar porque {what} e preciso mesmo que se resolva hoje"],
    "es": ["hola sí llamo porque {what} y necesito que se arregle hoy"],
}

LONG_EMAIL = {
    "en": [
        "Dear Costuvia,\n\nI'm writing this from the hospital car park while my dad has his check-up, so forgive the typos. We've hired from you for every family do for two years now, the christening, my cousin's wedding, all of it, and I've recommended you to half the street.\n\nBut this time: {what}. I've got a house full of relatives arriving this weekend and frankly I don't have the time or the energy to chase this.\n\nPlease can somebody look at it properly and tell me what you're going to do.\n\nRegards,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du pédiatre, entre deux rendez-vous, donc pardon pour le style. Je loue chez vous depuis des années, pour le carnaval des enfants, les mariages, et j'ai toujours été ravie.\n\nMais là : {what}. Entre le déménagement de ma mère et le travail, je n'ai vraiment pas le temps de courir après ça.\n\nMerci de regarder sérieusement et de me dire ce que vous comptez faire.\n\nCordialement,\n{name}"
    ],
    "de": [
        "Sehr geehrtes Costuvia-Team,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meiner Tochter. Wir leihen seit Jahren bei Ihnen, Fasching, Hochzeiten, alles.\n\nDiesmal aber: {what}. Ich habe gerade wirklich andere Sorgen.\n\nBitte kümmern Sie sich darum und melden Sie sich.\n\nMit freundlichen Grüßen\n{name}"
    ],
}

CASE_OPENED = {
    "en": [
        "Hi {name}, sorry about this. We've opened case {ref} and a colleague is on it, you'll hear from us today. Costuvia support"
    ],
    "fr": [
        "Bonjour {name}, désolés. Nous avons ouvert le dossier {ref}, un collègue s'en occupe, vous aurez des nouvelles aujourd'hui. Le service client Costuvia"
    ],
    "de": [
        "Hallo {name}, das tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns heute. Ihr Costuvia-Team"
    ],
    "it": [
        "Ciao {name}, ci dispiace. Abbiamo aperto la pratica {ref}, ti aggiorniamo oggi. Il team Costuvia"
    ],
    "pt": [
        "Olá {name}, lamentamos. Abrimos o processo {ref} e damos notícias hoje. Equipa Costuvia"
    ],
    "es": [
        "Hola {name}, lo sentimos. Hemos abierto la incidencia {ref} y te decimos algo hoy. Equipo Costuvia"
    ],
}

QUALITY_LEAD = {
    "en": [
        "Hi {name}, your case {ref} is now with our quality lead, who will call you before Friday lunchtime. Costuvia support"
    ],
    "fr": [
        "Bonjour {name}, votre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. Le service client Costuvia"
    ],
    "de": [
        "Hallo {name}, Ihr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Ihr Costuvia-Team"
    ],
    "it": [
        "Ciao {name}, la pratica {ref} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Il team Costuvia"
    ],
    "pt": [
        "Olá {name}, o processo {ref} está agora com a nossa responsável de qualidade, que liga até sexta ao almoço. Equipa Costuvia"
    ],
    "es": [
        "Hola {name}, tu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Equipo Costuvia"
    ],
}

GOOD_NEWS = {
    "en": [
        "Hi {name}, good news on case {ref}: it's been put right on our side. Could you confirm everything is fine now? Costuvia support"
    ],
    "fr": [
        "Bonjour {name}, bonne nouvelle pour le dossier {ref} : c'est corrigé de notre côté. Pouvez-vous confirmer que tout est en ordre ? Le service client Costuvia"
    ],
    "de": [
        "Hallo {name}, gute Nachricht zu {ref}: ist bei uns behoben. Können Sie bestätigen, dass alles passt? Ihr Costuvia-Team"
    ],
    "it": [
        "Ciao {name}, buone notizie sulla pratica {ref}: abbiamo sistemato. Puoi confermare che è tutto a posto? Il team Costuvia"
    ],
    "pt": [
        "Olá {name}, boas notícias sobre {ref}: está resolvido do nosso lado. Pode confirmar que está tudo bem? Equipa Costuvia"
    ],
    "es": [
        "Hola {name}, buenas noticias sobre {ref}: lo hemos solucionado. ¿Puedes confirmar que todo está bien? Equipo Costuvia"
    ],
}

CONFIRM = {
    "en": ["Confirmed, {ref} is sorted, thanks for fixing it", "yes all good now on {ref}, cheers"],
    "fr": [
        "Confirmé, le dossier {ref} est réglé, merci",
        "oui tout est bon pour {ref}, merci à vous",
    ],
    "de": ["Bestätigt, {ref} ist erledigt, danke"],
    "it": ["Confermo, {ref} risolto, grazie"],
    "pt": ["Confirmo, {ref} resolvido, obrigada"],
    "es": ["Confirmado, {ref} resuelto, gracias"],
}

APOLOGY = {
    "en": [
        "Sorry for my tone yesterday, it was a stressful day. Thanks for sorting it",
        "sorry about the shouty message yesterday. you lot fixed it fast",
    ],
    "fr": [
        "Désolée pour mon message d'hier, journée compliquée. Merci d'avoir réglé ça",
        "pardon pour le ton d'hier, j'etais à bout. merci",
    ],
    "de": ["Entschuldigung für meinen Ton gestern, war ein stressiger Tag. Danke"],
    "it": ["Scusate per il tono di ieri, giornata pesante. Grazie"],
    "pt": ["Desculpem o tom de ontem, foi um dia complicado. Obrigada"],
    "es": ["Perdón por el tono de ayer, fue un día horrible. Gracias"],
}

STILL_OPEN = {
    "en": [
        "Case {ref}: still not sorted. {what}. I've now been waiting days",
        "writing again about {ref}. still {what}. nobody has called",
    ],
    "fr": [
        "Dossier {ref} : toujours pas réglé. {what}. J'attends depuis des jours",
        "je relance pour {ref}. toujours {what}. personne ne m'a rappelée",
    ],
    "de": ["Vorgang {ref}: immer noch nicht gelöst. {what}. Ich warte seit Tagen"],
    "it": ["Pratica {ref}: ancora niente. {what}. Aspetto da giorni"],
    "pt": ["Processo {ref}: continua por resolver. {what}. Estou à espera há dias"],
    "es": ["Incidencia {ref}: sigue sin resolver. {what}. Llevo días esperando"],
}

THIRD = {
    "en": [
        "Third time about {ref}. Still {what}. A friend hires from {comp} and they sort this kind of thing same day"
    ],
    "fr": ["Troisième fois pour {ref}. Toujours {what}. J'ai regardé les prix chez {comp}"],
    "de": [
        "Dritte Nachricht zu {ref}. Immer noch {what}. Eine Kollegin leiht bei {comp}, da geht sowas am selben Tag"
    ],
    "it": ["Terza volta per {ref}. Ancora {what}. Ho guardato i prezzi di {comp}"],
    "pt": [
        "Terceira vez sobre {ref}. Continua {what}. Uma amiga aluga na {comp} e resolvem no mesmo dia"
    ],
    "es": ["Tercera vez por {ref}. Sigue {what}. He mirado lo que cobra {comp}"],
}

FOURTH = {
    "en": ["FOURTH time about {ref}. {what}. Is anyone reading these?"],
    "fr": ["QUATRIÈME fois pour {ref}. {what}. Quelqu'un lit ces messages ?"],
    "de": ["VIERTES Mal wegen {ref}. {what}. Liest das überhaupt jemand?"],
    "it": ["QUARTA volta per {ref}. {what}. Qualcuno legge?"],
    "pt": ["QUARTA vez sobre {ref}. {what}. Alguém lê isto?"],
    "es": ["CUARTA vez por {ref}. {what}. ¿Alguien lee esto?"],
}

URGENT = {
    "en": ["Added to your case {ref} and marked urgent, sorry for the wait."],
    "fr": ["Ajouté à votre dossier {ref}, marqué urgent, désolés pour l'attente."],
    "de": ["Zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {ref} e segnato urgente."],
    "pt": ["Acrescentado ao processo {ref} e marcado urgente."],
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente."],
}

SLIDE = {
    "en": [
        "Costuvia parcel came a day late this time, had to wear my old suit to the first night",
        "bit disappointed, the cape smelled of someone else's perfume",
        "return label didnt scan at the shop, had to queue twice",
        "Costuvia charged £12 for 'pressing' a suit I sent back folded properly",
        "second order in a row with a missing piece. the hat this time. getting tired of this",
        "my sister hires from {comp} now and honestly I've booked the next one there",
    ],
    "fr": [
        "colis Costuvia arrivé avec un jour de retard cette fois, dommage",
        "un peu déçue, la robe sentait le parfum de quelqu'un d'autre",
        "l'étiquette retour ne passait pas au relais, deux fois la queue",
        "Costuvia m'a facturé 14 € de 'repassage' pour un costume renvoyé bien plié",
        "deuxième commande de suite avec une pièce manquante. le chapeau cette fois. ça commence à bien faire",
        "ma belle-soeur loue chez {comp} maintenant et j'ai réservé la prochaine là-bas",
    ],
    "de": [
        "Costuvia-Paket diesmal einen Tag zu spät",
        "etwas enttäuscht, der Umhang roch nach fremdem Parfum",
        "Rücksendeetikett ließ sich nicht scannen, zweimal angestanden",
        "14 € fürs 'Bügeln' berechnet, obwohl ordentlich gefaltet zurückgeschickt",
        "zweite Bestellung in Folge mit fehlendem Teil. Reicht langsam",
        "meine Schwester leiht jetzt bei {comp}, das nächste Mal buche ich dort",
    ],
    "it": [
        "pacco Costuvia arrivato con un giorno di ritardo",
        "un po' delusa, il mantello sapeva del profumo di qualcun altro",
        "l'etichetta di reso non si leggeva, doppia fila",
        "14 € per 'stiratura' su un abito restituito piegato bene",
        "secondo ordine di fila con un pezzo mancante. basta",
        "mia cognata noleggia da {comp} e ho prenotato lì la prossima volta",
    ],
    "pt": [
        "encomenda Costuvia chegou com um dia de atraso",
        "um pouco desiludida, o vestido cheirava ao perfume de outra pessoa",
        "a etiqueta de devolução não lia, duas filas",
        "cobraram 14 € de 'engomar' por um fato devolvido bem dobrado",
        "segunda encomenda seguida com uma peça em falta. já chega",
        "a minha cunhada aluga na {comp} e a próxima já reservei lá",
    ],
    "es": [
        "el pedido de Costuvia llegó un día tarde esta vez",
        "algo decepcionada, la capa olía al perfume de otra persona",
        "la etiqueta de devolución no se leía, dos colas",
        "me cobraron 14 € de 'planchado' por un traje devuelto bien doblado",
        "segundo pedido seguido con una pieza que falta. ya cansa",
        "mi cuñada alquila en {comp} y la próxima ya la he reservado allí",
    ],
}

LEAVE = {
    "en": [
        "Hello, we've moved abroad for work and won't need costumes for a while. Please cancel my Encore membership and close my account. Thanks, {name}"
    ],
    "fr": [
        "Bonjour, les enfants ont grandi et les carnavals c'est fini pour nous. Merci de résilier mon abonnement Encore et de fermer mon compte. {name}"
    ],
    "de": [
        "Guten Tag, ich brauche keine Kostüme mehr. Bitte kündigen Sie Encore und schließen Sie mein Konto. {name}"
    ],
    "it": [
        "Buongiorno, non mi servono più costumi. Vi chiedo di disdire Encore e chiudere il mio account. {name}"
    ],
    "pt": [
        "Bom dia, já não preciso de fatos. Peço que cancelem o Encore e fechem a minha conta. {name}"
    ],
    "es": [
        "Hola, ya no necesito disfraces. Por favor cancelad mi Encore y cerrad mi cuenta. {name}"
    ],
}

SORRY_GO = {
    "en": [
        "Hi {name}, sorry to see you go. You can cancel Encore yourself in the app or on the website under Account. Costuvia support"
    ],
    "fr": [
        "Bonjour {name}, nous regrettons votre départ. Vous pouvez résilier Encore vous-même dans l'appli ou sur le site, rubrique Compte. Le service client Costuvia"
    ],
    "de": [
        "Hallo {name}, schade, dass Sie gehen. Sie können Encore selbst in der App oder auf der Website unter Konto kündigen. Ihr Costuvia-Team"
    ],
    "it": [
        "Ciao {name}, ci dispiace. Puoi disdire Encore da solo nell'app o sul sito, sezione Account. Il team Costuvia"
    ],
    "pt": [
        "Olá {name}, lamentamos. Pode cancelar o Encore na app ou no site, em Conta. Equipa Costuvia"
    ],
    "es": [
        "Hola {name}, sentimos que te vayas. Puedes cancelar Encore tú mismo en la app o en la web, en Cuenta. Equipo Costuvia"
    ],
}

GRUMBLE = {
    "en": [
        "the costuvia app logs me out every single time",
        "why is the size guide different on every costume",
        "return bags never fit the big dresses",
    ],
    "fr": [
        "l'appli Costuvia me déconnecte à chaque fois",
        "le guide des tailles change d'un costume à l'autre, pénible",
        "les sacs retour sont toujours trop petits",
    ],
    "de": [
        "die Costuvia-App meldet mich jedes Mal ab",
        "Größentabelle bei jedem Kostüm anders, nervig",
    ],
    "it": [
        "l'app Costuvia mi scollega ogni volta",
        "la tabella taglie cambia sempre, che fastidio",
    ],
    "pt": [
        "a app da Costuvia desliga-me sempre a sessão",
        "a tabela de tamanhos muda em cada fato, irritante",
    ],
    "es": [
        "la app de Costuvia me desconecta cada vez",
        "la guía de tallas cambia en cada disfraz, qué pesadez",
    ],
}

SARCASM = {
    "en": ["wow Costuvia, 'next-day delivery' at 9pm, just in time for the party to end 👏"],
    "fr": ["bravo Costuvia, livraison 'express' à 21h, pile pour la fin de la soirée 👏"],
    "de": ["Danke Costuvia, 'Express' um 21 Uhr, genau rechtzeitig zum Ende der Party 👏"],
    "it": ["grazie Costuvia, consegna 'express' alle 21, giusto per la fine della festa 👏"],
    "pt": ["obrigada Costuvia, entrega 'expresso' às 21h, mesmo a tempo do fim da festa 👏"],
    "es": ["gracias Costuvia, envío 'exprés' a las 21h, justo para el final de la fiesta 👏"],
}

MILD = {
    "en": [
        "the catalogue search shows costumes from the wrong country for me",
        "notifications come in the wrong language",
    ],
    "fr": [
        "la recherche du catalogue m'affiche la mauvaise ville de retrait",
        "les notifications arrivent dans la mauvaise langue",
    ],
    "de": ["die Katalogsuche zeigt mir die falsche Stadt"],
    "it": ["le notifiche arrivano nella lingua sbagliata"],
    "pt": ["as notificações chegam na língua errada"],
    "es": ["las notificaciones me llegan en otro idioma"],
}

MILD_A = {
    "en": ["Thanks for telling us, we've passed it to the app team."],
    "fr": ["Merci du signalement, nous transmettons à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, wir geben es ans App-Team weiter."],
    "it": ["Grazie della segnalazione, la passiamo al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

LOW_CSAT = {"en": ["", "meh"], "fr": ["", "bof"], "de": [""], "it": [""], "pt": [""], "es": [""]}

SUBJ_COMPLAINT = {
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
SUBJ_CASE = {
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "de": "AW: Vorgang ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
    "es": "RE: Incidencia ",
}

# Business arm: Costuvia Stage (theatres, schools, film and events firms on account).

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_COMPLAINT = {
    "en": {
        "invoice": "Our invoices from Costuvia Stage still carry our old company name and no PO number, so accounts payable rejects every one. Please reissue.",
        "service_blocked": "Your warehouse refused our costume order this morning, 'account on hold', although every invoice is paid. Rehearsals start tomorrow.",
        "portal": "The Stage portal shows no open hires for us, so we cannot book the return pick-up and the hire keeps running.",
        "overbilled": "We are billed the per-item daily rate instead of our contract production rate. That is over £500 too much this month.",
    },
    "fr": {
        "invoice": "Vos factures Costuvia Stage portent toujours notre ancienne raison sociale et aucun numéro de commande, la compta les rejette toutes. Merci de les rééditer.",
        "service_blocked": "Votre entrepôt a refusé notre commande ce matin, 'compte bloqué', alors que tout est payé. Les répétitions commencent demain.",
        "portal": "Le portail Stage n'affiche aucune location en cours, impossible de demander l'enlèvement, et la location continue de courir.",
        "overbilled": "On nous facture le tarif journalier à la pièce au lieu du tarif production du contrat. Plus de 600 € de trop ce mois-ci.",
    },
    "de": {
        "invoice": "Ihre Stage-Rechnungen tragen immer noch unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt alle ab.",
        "service_blocked": "Ihr Lager hat heute früh unsere Bestellung abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist.",
        "portal": "Das Stage-Portal zeigt keine laufenden Mieten, wir können keine Abholung beauftragen und die Miete läuft weiter.",
        "overbilled": "Uns wird der Tagespreis pro Teil berechnet statt des vertraglichen Produktionspreises. Über 600 € zu viel.",
    },
    "it": {
        "invoice": "Le fatture Stage riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione le rifiuta.",
        "service_blocked": "Il magazzino ha rifiutato il nostro ordine stamattina, 'conto bloccato', anche se è tutto pagato.",
        "portal": "Il portale Stage non mostra noleggi aperti, non possiamo chiedere il ritiro e il noleggio continua.",
        "overbilled": "Ci fatturate la tariffa giornaliera a capo invece della tariffa di produzione del contratto. Oltre 600 € in più.",
    },
    "pt": {
        "invoice": "As faturas Stage continuam com o nome antigo da empresa e sem número de encomenda, a contabilidade rejeita todas.",
        "service_blocked": "O armazém recusou a nossa encomenda esta manhã, 'conta bloqueada', apesar de estar tudo pago.",
        "portal": "O portal Stage não mostra alugueres em curso, não conseguimos pedir a recolha e o aluguer continua a contar.",
        "overbilled": "Estão a cobrar a tarifa diária por peça em vez da tarifa de produção do contrato. Mais de 600 € a mais.",
    },
    "es": {
        "invoice": "Las facturas de Stage siguen con nuestra razón social antigua y sin número de pedido, contabilidad las rechaza todas.",
        "service_blocked": "El almacén ha rechazado nuestro pedido esta mañana, 'cuenta bloqueada', y está todo pagado.",
        "portal": "El portal Stage no muestra alquileres abiertos, no podemos pedir la recogida y el alquiler sigue corriendo.",
        "overbilled": "Nos cobráis la tarifa diaria por pieza en lugar de la tarifa de producción del contrato. Más de 600 € de más.",
    },
}

B2B_LATER = {
    "en": "Following up on case {ref} that {first} opened on {day}: same problem for us. {what}",
    "fr": "Suite au dossier {ref} ouvert par {first} {day} : même problème de notre côté. {what}",
    "de": "Zum Vorgang {ref}, den {first} am {day} eröffnet hat: bei uns dasselbe. {what}",
    "it": "In merito alla pratica {ref} aperta da {first} {day}: stesso problema. {what}",
    "pt": "Sobre o processo {ref} aberto pelo {first} na {day}: o mesmo problema aqui. {what}",
    "es": "Sobre la incidencia {ref} que abrió {first} el {day}: lo mismo aquí. {what}",
}

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
}

B2B_LAST_EMAIL = {
    "en": "Case {ref}: still nothing fixed and several of us have written. Procurement has already asked {comp} for their rates.",
    "fr": "Dossier {ref} : toujours rien de réglé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    "de": "Vorgang {ref}: immer noch nichts gelöst, mehrere von uns haben geschrieben. Der Einkauf hat schon bei {comp} Preise angefragt.",
    "it": "Pratica {ref}: ancora niente e in diversi vi abbiamo scritto. Gli acquisti hanno già chiesto i prezzi a {comp}.",
    "pt": "Processo {ref}: continua tudo igual e vários de nós já escreveram. As compras já pediram preços à {comp}.",
    "es": "Incidencia {ref}: sigue sin arreglarse y varios os hemos escrito. Compras ya ha pedido tarifas a {comp}.",
}

B2B_LAST_CALL = {
    "en": "hi it's about case {ref} still not fixed several colleagues have written my boss says we move the account if it isn't sorted this week",
    "fr": "bonjour c'est pour le dossier {ref} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "de": "ja hallo wegen Vorgang {ref} immer noch nichts mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht geklärt ist",
    "it": "buongiorno per la pratica {ref} ancora niente hanno scritto in tanti il capo dice che cambiamo fornitore se non si risolve questa settimana",
    "pt": "bom dia é sobre o processo {ref} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "hola es por la incidencia {ref} sigue igual varios compañeros han escrito mi jefe dice que nos vamos a otro proveedor si no se arregla esta semana",
}

B2B_ACK = {
    "en": "Thank you, we've logged this as case {ref} with our Stage accounts team. Costuvia Stage",
    "fr": "Merci, c'est enregistré sous le dossier {ref} auprès de l'équipe comptes Stage. Costuvia Stage",
    "de": "Danke, erfasst als Vorgang {ref} beim Stage-Kundenteam. Costuvia Stage",
    "it": "Grazie, registrato come pratica {ref} al team clienti Stage. Costuvia Stage",
    "pt": "Obrigado, registado como processo {ref} na equipa de contas Stage. Costuvia Stage",
    "es": "Gracias, registrado como incidencia {ref} con el equipo de cuentas Stage. Costuvia Stage",
}

B2B_MILD = {
    "en": [
        "Suggestion: could the portal export hire costs by production code?",
        "It would help if delivery notes listed the last cleaning date.",
    ],
    "fr": [
        "Suggestion : le portail pourrait-il exporter les coûts par code de production ?",
        "Ce serait pratique d'avoir la date du dernier nettoyage sur les bons de livraison.",
    ],
    "de": ["Vorschlag: Könnte das Portal die Kosten nach Produktionsnummer exportieren?"],
    "it": ["Suggerimento: il portale potrebbe esportare i costi per codice di produzione?"],
    "pt": ["Sugestão: o portal podia exportar os custos por código de produção?"],
    "es": ["Sugerencia: ¿podría el portal exportar los costes por código de producción?"],
}

B2B_MILD_A = {
    "en": "Thanks for the suggestion, passed to the portal team. Costuvia Stage",
    "fr": "Merci pour la suggestion, transmise à l'équipe du portail. Costuvia Stage",
    "de": "Danke für den Vorschlag, ans Portal-Team weitergegeben. Costuvia Stage",
    "it": "Grazie del suggerimento, passato al team del portale. Costuvia Stage",
    "pt": "Obrigado pela sugestão, passada à equipa do portal. Costuvia Stage",
    "es": "Gracias por la sugerencia, pasada al equipo del portal. Costuvia Stage",
}

B2B_Q = {
    "en": [
        "Can we extend the hire of the 12 Victorian costumes by a week?",
        "Hi, are the chorus sets available for March?",
    ],
    "fr": [
        "Pouvons-nous prolonger d'une semaine la location des 12 costumes victoriens ?",
        "Bonjour, les tenues de choeur sont-elles dispo en mars ?",
    ],
    "de": ["Können wir die 12 viktorianischen Kostüme eine Woche länger behalten?"],
    "it": ["Possiamo prolungare di una settimana i 12 costumi vittoriani?"],
    "pt": ["Podemos prolongar por uma semana os 12 fatos vitorianos?"],
    "es": ["¿Podemos alargar una semana el alquiler de los 12 trajes victorianos?"],
}

B2B_A = {
    "en": "Yes, extended, the new end date is on the portal.",
    "fr": "Oui, c'est prolongé, la nouvelle date est sur le portail.",
    "de": "Ja, verlängert, das neue Enddatum steht im Portal.",
    "it": "Sì, prolungato, la nuova data è sul portale.",
    "pt": "Sim, prolongado, a nova data está no portal.",
    "es": "Sí, ampliado, la nueva fecha está en el portal.",
}

B2B_PRAISE = {
    "en": "Costuvia Stage delivered the whole chorus on time again, great team",
    "fr": "Costuvia Stage a encore livré toute la troupe à temps, équipe au top",
    "de": "Costuvia Stage hat wieder das ganze Ensemble pünktlich ausgestattet",
    "it": "Costuvia Stage ha vestito di nuovo tutto il coro in tempo",
    "pt": "A Costuvia Stage voltou a entregar tudo a tempo para o elenco",
    "es": "Costuvia Stage ha vuelto a vestir a todo el reparto a tiempo",
}

# The spike (topic_spike only): what reporters write. The truth's spike block says what it is.

SPIKE = {
    "en": [
        "@Costuvia just opened my Halloween parcel and the costume still has those big plastic security tags clipped on. Can't wear it like this?!",
        "costume arrived with the anti-theft tag still on the sleeve. party tonight. what am I supposed to do",
        "Costuvia parcel today: witch dress has a grey security tag on the hem, the ink kind. not cutting that off",
    ],
    "fr": [
        "@Costuvia colis reçu ce matin, le costume a encore l'antivol en plastique accroché au col !! je fais comment pour ce soir",
        "la robe est arrivée avec l'antivol encore dessus, celui à encre. je ne vais pas risquer de l'arracher",
        "bonjour, costume reçu avec un antivol sur la manche. la soirée est ce soir",
    ],
    "de": [
        "Kostüm heute gekommen, da hängt noch der Sicherungsclip dran! So kann ich das nicht anziehen",
        "Paket von Costuvia: Diebstahlsicherung noch am Kleid, die mit Farbe. Was jetzt?",
    ],
    "it": [
        "Costume arrivato con l'antitaccheggio ancora attaccato! Stasera c'è la festa",
        "pacco Costuvia: c'è ancora la placca antifurto sul mantello",
    ],
    "pt": [
        "O fato chegou com o alarme antirroubo ainda preso! A festa é hoje",
        "encomenda da Costuvia com a etiqueta antifurto no vestido, como tiro isto",
    ],
    "es": [
        "El disfraz ha llegado con la alarma antirrobo puesta!! La fiesta es esta noche",
        "paquete de Costuvia con la pinza antirrobo en la capa, la de tinta. y ahora?",
    ],
}

SPIKE_AGAIN = {
    "en": "me again, the second costume in the same box has a tag too. still stuck",
    "fr": "re-bonjour, le costume de mon fils dans le même colis a aussi l'antivol. toujours bloquée",
    "de": "nochmal ich, auch das zweite Kostüm im Paket hat den Clip noch dran",
    "it": "ancora io, anche il secondo costume nel pacco ha l'antitaccheggio",
    "pt": "sou eu outra vez, o segundo fato na mesma caixa também tem a etiqueta",
    "es": "otra vez yo, el segundo disfraz de la caja también lleva la pinza",
}

SPIKE_CHAT_A = {
    "en": "Yes, we're hearing this from many customers this morning, a packing mistake on our side. A courier is coming with a remover, please don't force it.",
    "fr": "Oui, beaucoup de clients nous le signalent ce matin, une erreur d'emballage de notre côté. Un coursier passe avec un outil, ne forcez pas.",
    "de": "Ja, das melden uns heute viele, ein Packfehler bei uns. Ein Kurier kommt mit einem Löser, bitte nicht abreißen.",
    "it": "Sì, ce lo segnalano in tanti stamattina, un errore nostro in magazzino. Arriva un corriere con lo sganciatore, non forzare.",
    "pt": "Sim, muitos clientes estão a dizer o mesmo, um erro nosso no embalamento. Vai um estafeta com o removedor, não force.",
    "es": "Sí, nos lo están diciendo muchos clientes esta mañana, un error nuestro al empaquetar. Va un mensajero con el quitapinzas, no lo fuerces.",
}

SPIKE_FIXED = {
    "en": "Hi {name}, our courier has removed the tag, and today's hire is on us: a credit has been added to your account. Sorry! Costuvia support",
    "fr": "Bonjour {name}, notre coursier a retiré l'antivol et la location du jour est offerte : un avoir a été ajouté à votre compte. Désolés ! Le service client Costuvia",
    "de": "Hallo {name}, unser Kurier hat den Clip entfernt, die heutige Miete geht auf uns, eine Gutschrift ist gebucht. Ihr Costuvia-Team",
    "it": "Ciao {name}, il corriere ha tolto l'antitaccheggio e il noleggio di oggi è offerto, credito aggiunto. Il team Costuvia",
    "pt": "Olá {name}, o estafeta retirou a etiqueta e o aluguer de hoje é oferta, crédito adicionado. Equipa Costuvia",
    "es": "Hola {name}, el mensajero ha quitado la pinza y el alquiler de hoy corre de nuestra cuenta, crédito añadido. Equipo Costuvia",
}

LONE_Q = {
    "fr": "bonjour, le costume de demain arrive prêt à porter ou il y a quelque chose à enlever ?",
    "en": "hi, does the costume for tomorrow come ready to wear or is there anything to take off?",
}

LONE_A = {
    "fr": "Bonjour, il arrive prêt à porter, rien à enlever. Bonne fête !",
    "en": "Hi, it arrives ready to wear, nothing to remove. Have a great party!",
}
