# ruff: noqa: E501  (hand-written sentences: one per line reads better than split strings)
"""Hand-written wording for Lentara, French, German, Spanish and Portuguese.

Shorter lists than Italian and English (the set's first languages).
"""

FR = {
    "praise": [
        "Lunettes recues aujourd'hui, parfaites ! merci Lentara",
        "l'essayage a domicile c'est vraiment pratique, j'ai pris la monture ecaille",
        "Lentilles livrees en 2 jours comme d'hab, top",
        "Super accueil a la boutique de Lyon, examen de vue rapide",
        "rien a redire, commande nickel",
    ],
    "gripe_praise": [
        "Tres belles lunettes, dommage que l'etui soit un peu fragile",
        "Tout est ok, juste le livreur passe a 20h... mais les lunettes sont top",
    ],
    "questions": [
        "Bonjour, je peux encore changer la couleur de la monture si c'est parti ?",
        "ca prend combien de temps un renouvellement de lentilles svp ?",
        "Les verres photochromiques c'est ok pour conduire ?",
    ],
    "answers": [
        "Bonjour ! C'est fait, votre commande est mise a jour. Bonne journee, Chloe de Lentara",
        "Bonjour, en general 2 a 3 jours ouvres. N'hesitez pas. Hugo",
    ],
    "thanks": ["merci !", "parfait merci bcp", "super, merci", "👍"],
    "survey_words": ["RAS", "top", "bien", "parfait", "-"],
    "problems": {
        "wrong_rx": [
            "Les nouvelles lunettes ne vont pas : je vois flou de loin, ce n'est pas la correction de mon ordonnance"
        ],
        "hinge": [
            "Colis ouvert a l'instant : charniere gauche cassee et une rayure sur le verre. Neuves !!"
        ],
        "double_charge": [
            "Vous m'avez preleve deux fois le renouvellement de lentilles, 2 x 59,90. Une seule boite recue"
        ],
        "tryon_fee": [
            "Le transporteur n'est JAMAIS venu chercher le coffret d'essayage et vous me facturez 140 euros. Pas de ma faute"
        ],
        "refund": ["J'ai renvoye mes lunettes il y a 5 semaines et toujours pas de remboursement"],
        "varifocal": [
            "Mes verres progressifs me donnent mal a la tete tous les jours et la boutique refuse de les refaire. 390 euros"
        ],
    },
    "subjects": {
        "wrong_rx": "Commande {o} - mauvaise correction",
        "hinge": "Commande {o} arrivee abimee",
        "double_charge": "Double prelevement {o}",
        "tryon_fee": "Facture essayage {o}",
        "refund": "Remboursement retour {o}",
        "varifocal": "Verres progressifs {o}",
    },
    "reply_prefix": "RE : ",
    "still": [
        "Des nouvelles ? Ca fait des jours et personne ne m'a repondu",
        "TOUJOURS rien. Je vous ai deja ecrit, quelqu'un s'en occupe ?",
        "Je reecris car rien n'a bouge depuis la derniere fois",
    ],
    "third": ["C'est la troisieme fois que je vous contacte pour ca. Ca suffit."],
    "agent_ack": [
        "Bonjour, desoles pour le desagrement : nous avons transmis au service concerne et revenons vers vous vite. Lea - Lentara"
    ],
    "agent_fixed": [
        "Bonjour, c'est regle : vous verrez la confirmation dans votre espace. Encore desoles. Lea"
    ],
    "sorted": ["Vu, tout est bon maintenant. Merci !", "ok c'est regle, merci pour la rapidite"],
    "sorry": ["Desolee pour le ton d'hier, j'etais enervee. Sinon le service est top"],
    "slide": [
        ["Commande ok mais un peu plus longue que d'habitude cette fois"],
        ["Un peu decue, pas de chiffon ni d'etui dans la boite"],
        ["Franchement je commence a en avoir marre, a chaque commande il y a un souci"],
        ["Service client nul, vous repondez apres des jours avec des phrases toutes faites"],
        ["Je suis vraiment en colere, cliente depuis des annees et voila comment on me traite"],
        ["C'est fini. La prochaine paire je la prends chez {c}"],
    ],
    "sarcasm": ["Genial, le colis laisse sous la pluie. Bravo 🙃 lunettes ok quand meme"],
    "grumpy": [
        "Site lent et pas clair, comme toujours",
        "cher pour ce que c'est",
        "encore 20 min d'attente au tel",
    ],
    "cancel_unhappy": [
        "Je souhaite resilier mon abonnement lentilles. Avec la hausse de prix ca ne vaut plus le coup, je pars chez {c}"
    ],
    "cancel_neutral": [
        "Bonjour, je me suis fait operer au laser, je n'ai plus besoin de lentilles : pouvez-vous arreter mon abonnement ?"
    ],
    "night": [
        "bonsoir le chat est ouvert la nuit ? je voulais savoir ou en est ma commande",
        "question rapide : le retour est gratuit ?",
    ],
    "spike": [
        "Le suivi dit LIVRE cet apres-midi mais rien ici. J'etais chez moi tout l'apres-midi",
        "Commande {o} indiquee livree mais je n'ai rien recu",
    ],
    "spike_again": ["Je reviens vers vous : demande aux voisins, rien. Toujours pas de colis"],
    "long": (
        "Bonjour,\nje suis cliente depuis longtemps et en general tres contente, ma fille a eu "
        "ses premieres lunettes chez vous. Mais cette fois je dois vous signaler quelque chose : {p} "
        "Je ne veux pas faire d'histoires, je voudrais juste savoir comment regler ca.\nCordialement"
    ),
}

DE = {
    "praise": [
        "Brille heute angekommen, passt perfekt! Danke Lentara",
        "Anprobe zu Hause war super bequem, hab das schwarze Gestell genommen",
        "Kontaktlinsen wie immer in 2 Tagen da, top",
        "Sehr nette Beratung im Laden in Köln, Sehtest ging schnell",
        "passt alles",
    ],
    "gripe_praise": [
        "Tolle Brille, nur das Etui ist etwas billig",
        "Alles gut, nur kam der Bote erst um 20 Uhr.. Brille aber top",
    ],
    "questions": [
        "Hallo, kann ich die Gestellfarbe noch ändern, wenn die Bestellung schon raus ist?",
        "Wie lange dauert eine Nachlieferung Monatslinsen normalerweise?",
        "Sind selbsttönende Gläser ok zum Autofahren?",
    ],
    "answers": [
        "Hallo! Erledigt, Ihre Bestellung ist angepasst. Schönen Tag, Jana von Lentara",
        "Guten Tag, normalerweise 2-3 Werktage. Bei Fragen gern melden. Felix",
    ],
    "thanks": ["danke!", "super, danke", "perfekt 👍", "Danke, alles klar"],
    "survey_words": ["passt", "gut", "top", "nix", "-"],
    "problems": {
        "wrong_rx": [
            "Die neue Brille stimmt nicht: in der Ferne alles verschwommen, das ist nicht meine Sehstärke vom Rezept"
        ],
        "hinge": [
            "Paket gerade geöffnet: linkes Scharnier gebrochen und ein Kratzer im Glas. Nagelneu!!"
        ],
        "double_charge": [
            "Sie haben die Linsen-Nachlieferung zweimal abgebucht, 2 x 59,90. Nur eine Packung bekommen"
        ],
        "tryon_fee": [
            "Der Kurier hat die Anprobe-Box NIE abgeholt und jetzt berechnen Sie mir 140 Euro. Nicht meine Schuld"
        ],
        "refund": ["Brille vor 5 Wochen zurückgeschickt und immer noch keine Erstattung"],
        "varifocal": [
            "Von den Gleitsichtgläsern bekomme ich jeden Tag Kopfschmerzen und der Laden will sie nicht neu machen. 390 Euro"
        ],
    },
    "subjects": {
        "wrong_rx": "Bestellung {o} - falsche Stärke",
        "hinge": "Bestellung {o} beschädigt",
        "double_charge": "Doppelte Abbuchung {o}",
        "tryon_fee": "Gebühr Anprobe {o}",
        "refund": "Erstattung Rücksendung {o}",
        "varifocal": "Gleitsicht {o}",
    },
    "reply_prefix": "AW: ",
    "still": [
        "Gibt es was Neues? Seit Tagen keine Antwort",
        "IMMER NOCH nichts. Ich hab schon geschrieben, kümmert sich jemand?",
        "Ich schreibe nochmal, weil sich seit dem letzten Mal nichts getan hat",
    ],
    "third": ["Das ist jetzt das dritte Mal, dass ich mich deswegen melde. Reicht."],
    "agent_ack": [
        "Guten Tag, entschuldigen Sie die Umstände: wir haben das weitergegeben und melden uns bald. Lukas - Lentara"
    ],
    "agent_fixed": [
        "Hallo, ist erledigt: Sie sehen die Bestätigung in Ihrem Konto. Nochmals Entschuldigung. Lukas"
    ],
    "sorted": ["Gesehen, jetzt passt alles. Danke!", "ok erledigt, danke fürs schnelle Machen"],
    "sorry": ["Sorry für den Ton gestern, war gereizt. Sonst seid ihr super"],
    "slide": [
        ["Bestellung ok, hat diesmal aber länger gedauert als sonst"],
        ["Bisschen enttäuscht, kein Tuch und kein Etui im Karton"],
        ["Ehrlich gesagt hab ich langsam genug, bei jeder Bestellung ist was"],
        ["Kundenservice miserabel, Antworten nach Tagen mit Textbausteinen"],
        ["Ich bin wirklich sauer, jahrelang Kunde und so werde ich behandelt"],
        ["Das wars. Die nächste Brille kaufe ich bei {c}"],
    ],
    "sarcasm": ["Wunderbar, Paket im Regen abgestellt. Klasse 🙃 Brille trotzdem ok"],
    "grumpy": [
        "Webseite langsam und unübersichtlich wie immer",
        "teuer für das was man bekommt",
        "wieder 20 Min in der Warteschleife",
    ],
    "cancel_unhappy": [
        "Ich möchte mein Linsen-Abo kündigen. Nach der Preiserhöhung lohnt es sich nicht mehr, ich wechsle zu {c}"
    ],
    "cancel_neutral": [
        "Hallo, ich hatte eine Augenlaser-OP und brauche keine Linsen mehr: bitte mein Abo beenden"
    ],
    "night": [
        "hallo ist der chat nachts offen? wollte nach meiner bestellung fragen",
        "kurze frage: ist die rücksendung kostenlos?",
    ],
    "spike": [
        "Sendungsverfolgung sagt ZUGESTELLT heute Nachmittag, hier ist aber nichts. War den ganzen Nachmittag zu Hause",
        "Bestellung {o} als zugestellt markiert, aber nicht da",
    ],
    "spike_again": ["Nachtrag: Nachbarn gefragt, nichts. Immer noch kein Paket"],
    "long": (
        "Guten Tag,\nich bin seit Jahren Kundin und eigentlich zufrieden, auch meine Tochter hat "
        "ihre erste Brille bei Ihnen. Diesmal muss ich aber etwas melden: {p} "
        "Ich will keinen Ärger machen, ich möchte nur wissen, wie wir das lösen.\nMit freundlichen Grüßen"
    ),
}

ES = {
    "praise": [
        "Gafas recibidas hoy, perfectas! gracias Lentara",
        "la prueba en casa es comodisima, me quede la montura carey",
        "Lentillas en 2 dias como siempre, genial",
        "Muy amables en la tienda de Valencia, revision rapida",
        "todo bien, nada que decir",
    ],
    "gripe_praise": [
        "Gafas preciosas, lastima que el estuche sea un poco flojo",
        "Todo ok, solo que el repartidor vino a las 20h.. pero las gafas geniales",
    ],
    "questions": [
        "Hola, puedo cambiar el color de la montura si el pedido ya salio?",
        "cuanto tarda normalmente la reposicion de lentillas?",
        "Las lentes fotocromaticas valen para conducir?",
    ],
    "answers": [
        "Hola! Hecho, pedido actualizado. Buen dia, Lucia de Lentara",
        "Buenas, normalmente 2-3 dias laborables. Cualquier cosa aqui estamos. Pablo",
    ],
    "thanks": ["gracias!", "perfecto gracias", "genial 👍", "mil gracias"],
    "survey_words": ["nada", "bien", "genial", "ok", "-"],
    "problems": {
        "wrong_rx": [
            "Las gafas nuevas no van: veo borroso de lejos, no es la graduacion de mi receta"
        ],
        "hinge": [
            "Acabo de abrir el paquete: bisagra izquierda rota y un aranazo en el cristal. Nuevas!!"
        ],
        "double_charge": [
            "Me habeis cobrado dos veces la reposicion de lentillas, 2 x 59,90. Solo me llego una caja"
        ],
        "tryon_fee": [
            "El mensajero NUNCA vino a recoger la caja de prueba y ahora me cobrais 140 euros. No es culpa mia"
        ],
        "refund": ["Devolvi las gafas hace 5 semanas y el reembolso sigue sin llegar"],
        "varifocal": [
            "Con las progresivas tengo dolor de cabeza todos los dias y la tienda no las quiere rehacer. 390 euros"
        ],
    },
    "subjects": {
        "wrong_rx": "Pedido {o} - graduacion incorrecta",
        "hinge": "Pedido {o} llego roto",
        "double_charge": "Cobro doble {o}",
        "tryon_fee": "Cargo prueba en casa {o}",
        "refund": "Reembolso devolucion {o}",
        "varifocal": "Progresivas {o}",
    },
    "reply_prefix": "RE: ",
    "still": [
        "Alguna novedad? Llevo dias sin respuesta",
        "SIGO SIN nada. Ya os escribi, alguien lo esta mirando?",
        "Vuelvo a escribir porque nada ha cambiado desde la ultima vez",
    ],
    "third": ["Es la tercera vez que os contacto por esto. Ya basta."],
    "agent_ack": [
        "Hola, perdona las molestias: lo hemos pasado al equipo y te decimos algo pronto. Marta - Lentara"
    ],
    "agent_fixed": [
        "Hola, ya esta resuelto: veras la confirmacion en tu area. Disculpa de nuevo. Marta"
    ],
    "sorted": ["Visto, ya esta todo bien. Gracias!", "ok resuelto, gracias por la rapidez"],
    "sorry": ["Perdon por el tono de ayer, estaba de mal humor. Normalmente todo genial"],
    "slide": [
        ["Pedido ok pero esta vez tardo un poco mas de lo normal"],
        ["Un poco decepcionada, no venia ni la gamuza ni el estuche"],
        ["La verdad empiezo a estar harta, en cada pedido hay algo"],
        ["Atencion al cliente penosa, contestais dias despues con frases hechas"],
        ["Estoy muy enfadada, años de clienta y asi me tratais"],
        ["Se acabo. Las proximas gafas me las compro en {c}"],
    ],
    "sarcasm": ["Que bien, el paquete bajo la lluvia. Genial 🙃 gafas bien igualmente"],
    "grumpy": [
        "La web lenta y liosa como siempre",
        "caro para lo que es",
        "otra vez 20 min esperando al telefono",
    ],
    "cancel_unhappy": [
        "Quiero dar de baja mi plan de lentillas. Con la subida ya no compensa, me voy a {c}"
    ],
    "cancel_neutral": [
        "Hola, me he operado con laser y ya no necesito lentillas: podeis cancelar mi plan?"
    ],
    "night": [
        "hola el chat funciona de noche? queria saber como va mi pedido",
        "pregunta rapida: la devolucion es gratis?",
    ],
    "spike": [
        "El seguimiento dice ENTREGADO esta tarde pero aqui no hay nada. Estuve en casa toda la tarde",
        "Pedido {o} marcado como entregado y no lo tengo",
    ],
    "spike_again": ["Actualizo: pregunte a los vecinos, nada. Sigo sin paquete"],
    "long": (
        "Hola,\nsoy clienta desde hace años y normalmente estoy contenta, mi hija tiene "
        "sus primeras gafas de vosotros. Pero esta vez tengo que comentar algo: {p} "
        "No quiero montar un lio, solo saber como lo arreglamos.\nUn saludo"
    ),
}

PT = {
    "praise": [
        "Oculos chegaram hoje, perfeitos! obg Lentara",
        "a prova em casa foi super pratica, fiquei com a armacao preta",
        "Lentes entregues em 2 dias como sempre, otimo",
        "Muito simpaticos na loja do Porto, exame rapido",
        "tudo certo",
    ],
    "gripe_praise": [
        "Oculos lindos, pena o estojo ser um bocado fraco",
        "Tudo ok, so o estafeta veio as 20h.. mas os oculos sao top",
    ],
    "questions": [
        "Ola, ainda posso mudar a cor da armacao se a encomenda ja saiu?",
        "qto tempo demora normalmente a reposicao das lentes?",
        "As lentes fotocromaticas dao para conduzir?",
    ],
    "answers": [
        "Ola! Feito, encomenda atualizada. Bom dia, Ines da Lentara",
        "Bom dia, normalmente 2-3 dias uteis. Qualquer coisa estamos aqui. Rui",
    ],
    "thanks": ["obrigado!", "perfeito obg", "otimo 👍", "muito obrigada"],
    "survey_words": ["otimo", "bem", "nada", "top", "-"],
    "problems": {
        "wrong_rx": [
            "Os oculos novos nao estao bem: vejo desfocado ao longe, nao e a graduacao da minha receita"
        ],
        "hinge": [
            "Acabei de abrir a encomenda: dobradica esquerda partida e um risco na lente. Novos!!"
        ],
        "double_charge": [
            "Cobraram-me duas vezes a reposicao das lentes, 2 x 59,90. So recebi uma caixa"
        ],
        "tryon_fee": [
            "O estafeta NUNCA veio buscar a caixa da prova em casa e agora cobram-me 140 euros. Nao e culpa minha"
        ],
        "refund": ["Devolvi os oculos ha 5 semanas e o reembolso ainda nao chegou"],
        "varifocal": [
            "Com as lentes progressivas tenho dores de cabeca todos os dias e a loja nao as quer refazer. 390 euros"
        ],
    },
    "subjects": {
        "wrong_rx": "Encomenda {o} - graduacao errada",
        "hinge": "Encomenda {o} chegou danificada",
        "double_charge": "Cobranca duplicada {o}",
        "tryon_fee": "Cobranca prova em casa {o}",
        "refund": "Reembolso devolucao {o}",
        "varifocal": "Progressivas {o}",
    },
    "reply_prefix": "RES: ",
    "still": [
        "Novidades? Ja passaram dias e ninguem me respondeu",
        "AINDA nada. Ja vos escrevi, alguem esta a tratar disto?",
        "Volto a escrever porque nada mudou desde a ultima vez",
    ],
    "third": ["E a terceira vez que vos contacto por isto. Chega."],
    "agent_ack": [
        "Ola, pedimos desculpa: ja passamos a equipa e damos noticias em breve. Joana - Lentara"
    ],
    "agent_fixed": [
        "Ola, esta resolvido: vai ver a confirmacao na sua area. Desculpe mais uma vez. Joana"
    ],
    "sorted": ["Vi agora, esta tudo bem. Obrigada!", "ok resolvido, obg pela rapidez"],
    "sorry": ["Desculpem o tom de ontem, estava irritado. Normalmente tudo otimo"],
    "slide": [
        ["Encomenda ok mas desta vez demorou um pouco mais que o normal"],
        ["Um bocado desiludida, nao vinha pano nem estojo"],
        ["Sinceramente estou a ficar farta, em cada encomenda ha qualquer coisa"],
        ["Apoio ao cliente pessimo, respondem dias depois com frases feitas"],
        ["Estou mesmo zangada, anos de cliente e tratam-me assim"],
        ["Acabou. Os proximos oculos compro na {c}"],
    ],
    "sarcasm": ["Que maravilha, encomenda deixada a chuva. Fantastico 🙃 oculos ok na mesma"],
    "grumpy": [
        "Site lento e confuso como sempre",
        "caro para o que e",
        "outra vez 20 min em espera",
    ],
    "cancel_unhappy": [
        "Quero cancelar o meu plano de lentes. Com o aumento ja nao compensa, vou para a {c}"
    ],
    "cancel_neutral": [
        "Ola, fiz cirurgia laser e ja nao preciso de lentes: podem terminar o meu plano?"
    ],
    "night": [
        "ola o chat funciona a noite? queria saber da minha encomenda",
        "pergunta rapida: a devolucao e gratis?",
    ],
    "spike": [
        "O tracking diz ENTREGUE esta tarde mas aqui nao ha nada. Estive em casa a tarde toda",
        "Encomenda {o} dada como entregue e nao a tenho",
    ],
    "spike_again": ["Atualizo: perguntei aos vizinhos, nada. Continuo sem encomenda"],
    "long": (
        "Bom dia,\nsou cliente ha anos e normalmente fico satisfeita, a minha filha tem os "
        "primeiros oculos da vossa loja. Mas desta vez tenho de dizer uma coisa: {p} "
        "Nao quero fazer confusao, so queria saber como resolver.\nCumprimentos"
    ),
}

#: Business (Lentara Lavoro) wording per language: routine, the four account
#: problems, a contact writing again, a mild remark.
B2B = {
    "it": {
        "routine": [
            "Buongiorno, vi mando la lista dei nuovi assunti per i buoni occhiali",
            "Confermo la giornata visite in sede per il 12, grazie",
            "Tutto ok con l'ultima fattura, grazie",
        ],
        "problems": {
            "vouchers": "I buoni aziendali dei nostri dipendenti vengono rifiutati al checkout da lunedi'. Nessuno riesce a ordinare",
            "leavers": "In fattura ci addebitate ancora 6 dipendenti usciti a gennaio, ve l'avevo gia' comunicato",
            "shields": "Gli occhiali di sicurezza sono arrivati senza protezioni laterali: non sono a norma, i ragazzi non possono entrare in reparto",
            "portal": "Il portale aziendale non mostra piu' gli ordini e le approvazioni restano bloccate",
        },
        "again": "Scrivo di nuovo: la questione non e' risolta e il reparto e' fermo. Stiamo valutando altri fornitori",
        "mild": "Tutto bene, solo le consegne in sede arrivano un po' tardi nel pomeriggio",
    },
    "en": {
        "routine": [
            "Morning, attaching the list of new starters for eyewear vouchers",
            "Confirming the on-site eye test day on the 12th, thanks",
            "Last invoice all fine, thanks",
        ],
        "problems": {
            "vouchers": "Our staff's company vouchers are being rejected at checkout since Monday. Nobody can order",
            "leavers": "The invoice still bills us for 6 employees who left in January, I already told you",
            "shields": "The safety glasses came without side shields: not compliant, the team can't go on the shop floor",
            "portal": "The company portal doesn't show orders any more and approvals are stuck",
        },
        "again": "Writing again: this isn't fixed and the team is stuck. We're looking at other suppliers",
        "mild": "All good, just the office deliveries come a bit late in the afternoon",
    },
    "fr": {
        "routine": [
            "Bonjour, ci-joint la liste des nouveaux arrivants pour les bons lunettes",
            "Je confirme la journee examens sur site le 12, merci",
        ],
        "problems": {
            "vouchers": "Les bons entreprise de nos salaries sont refuses au paiement depuis lundi. Personne ne peut commander",
            "leavers": "La facture compte encore 6 salaries partis en janvier, je vous l'avais deja signale",
            "shields": "Les lunettes de securite sont arrivees sans protections laterales : pas conformes, l'equipe ne peut pas aller en atelier",
            "portal": "Le portail entreprise n'affiche plus les commandes et les validations sont bloquees",
        },
        "again": "Je relance : toujours pas regle et l'equipe est bloquee. Nous regardons d'autres fournisseurs",
        "mild": "Tout va bien, juste les livraisons au bureau arrivent un peu tard",
    },
    "de": {
        "routine": [
            "Guten Morgen, anbei die Liste der neuen Mitarbeiter für die Brillengutscheine",
            "Bestätige den Sehtest-Tag bei uns am 12., danke",
        ],
        "problems": {
            "vouchers": "Die Firmengutscheine unserer Mitarbeiter werden seit Montag an der Kasse abgelehnt. Niemand kann bestellen",
            "leavers": "Auf der Rechnung stehen immer noch 6 Mitarbeiter, die im Januar gegangen sind, hatte ich schon gemeldet",
            "shields": "Die Schutzbrillen kamen ohne Seitenschutz: nicht normgerecht, das Team darf nicht in die Halle",
            "portal": "Das Firmenportal zeigt keine Bestellungen mehr an und Freigaben hängen",
        },
        "again": "Ich melde mich nochmal: nicht gelöst und das Team steht. Wir schauen uns andere Anbieter an",
        "mild": "Alles gut, nur die Lieferungen ins Büro kommen etwas spät",
    },
    "es": {
        "routine": [
            "Buenos dias, os paso la lista de nuevas incorporaciones para los bonos",
            "Confirmo la jornada de revisiones en oficina el dia 12, gracias",
        ],
        "problems": {
            "vouchers": "Los bonos de empresa de nuestros empleados se rechazan al pagar desde el lunes. Nadie puede pedir",
            "leavers": "En la factura seguis cobrando 6 empleados que se fueron en enero, ya os lo dije",
            "shields": "Las gafas de seguridad llegaron sin protecciones laterales: no cumplen la norma, el equipo no puede entrar al taller",
            "portal": "El portal de empresa ya no muestra los pedidos y las aprobaciones estan bloqueadas",
        },
        "again": "Vuelvo a escribir: sigue sin resolverse y el equipo esta parado. Estamos mirando otros proveedores",
        "mild": "Todo bien, solo que las entregas en oficina llegan algo tarde",
    },
    "pt": {
        "routine": [
            "Bom dia, segue a lista de novos colaboradores para os vales",
            "Confirmo o dia de exames nas instalacoes a 12, obg",
        ],
        "problems": {
            "vouchers": "Os vales da empresa dos nossos colaboradores sao recusados no pagamento desde segunda. Ninguem consegue encomendar",
            "leavers": "A fatura ainda cobra 6 colaboradores que sairam em janeiro, ja tinha avisado",
            "shields": "Os oculos de seguranca chegaram sem protecoes laterais: nao cumprem a norma, a equipa nao pode entrar na fabrica",
            "portal": "O portal da empresa deixou de mostrar as encomendas e as aprovacoes estao bloqueadas",
        },
        "again": "Volto a escrever: continua por resolver e a equipa esta parada. Estamos a ver outros fornecedores",
        "mild": "Tudo bem, so as entregas no escritorio chegam um pouco tarde",
    },
}
