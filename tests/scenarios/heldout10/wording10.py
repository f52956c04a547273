"""Hand-written wording for the eleventh blind alert set (Kontivo, a mobile bank).

German and Portuguese first, then English, French, Spanish, Italian. Written for
this set from what a customer of a small mobile bank would write; nothing here
was copied from another scenario set or from the pipeline's word lists.
"""

from __future__ import annotations

COMPETITORS = ("Finvara", "Brixbank")

# Consumer problems: key -> language -> (subject, complaint).
PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "frozen_card": {
        "de": (
            "Karte gesperrt im Urlaub",
            "Bin in Lissabon und meine Kontivo-Karte wird überall abgelehnt, in der App "
            "steht 'Sicherheitssperre'. Ich hab nix gemacht. Stehe hier ohne Geld.",
        ),
        "pt": (
            "Cartao bloqueado",
            "estou em Madrid e o cartao foi bloqueado sem aviso nenhum, nao consigo pagar "
            "o hotel. a app so diz 'bloqueio de seguranca'",
        ),
        "en": (
            "Card blocked abroad",
            "I'm in Porto and my card has been blocked for 'security reasons'. Nobody "
            "asked me anything. Can't pay for dinner, can't get cash.",
        ),
        "fr": (
            "Carte bloquee a l'etranger",
            "Je suis a Berlin et ma carte Kontivo est refusee partout depuis ce matin, "
            "l'appli affiche 'blocage de securite'. Je n'ai rien demande !",
        ),
        "es": (
            "Tarjeta bloqueada en viaje",
            "Estoy en Roma y la tarjeta me la han bloqueado por 'seguridad', sin "
            "avisar. No puedo pagar nada, ni sacar efectivo.",
        ),
        "it": (
            "Carta bloccata all'estero",
            "Sono a Valencia e la carta Kontivo viene rifiutata ovunque, l'app dice "
            "'blocco di sicurezza'. Non ho fatto niente io.",
        ),
    },
    "stuck_transfer": {
        "de": (
            "Überweisung 1.200 EUR nicht angekommen",
            "Meine Überweisung über 1.200 € an meinen Vermieter ist seit 5 Werktagen "
            "'in Bearbeitung'. Der Vermieter hat nix bekommen, die Miete ist überfällig.",
        ),
        "pt": (
            "Transferencia de 850 EUR",
            "Fiz uma transferencia de 850 euros ha cinco dias uteis e continua 'pendente'. "
            "O dinheiro saiu da conta mas nao chegou ao destino.",
        ),
        "en": (
            "Transfer of 640 GBP missing",
            "Sent 640 to my sister last Tuesday, it left my account but never arrived. "
            "The app just says 'processing'. Where is my money?",
        ),
        "fr": (
            "Virement de 900 EUR bloque",
            "Mon virement de 900 EUR pour le notaire est 'en cours' depuis 5 jours "
            "ouvres, l'argent est debite mais rien n'est arrive.",
        ),
        "es": (
            "Transferencia pendiente",
            "Hice una transferencia de 700 EUR hace cinco dias y sigue 'en proceso'. El "
            "dinero ya no esta en mi cuenta y el destinatario no lo tiene.",
        ),
        "it": (
            "Bonifico di 1.000 EUR sparito",
            "Ho fatto un bonifico di 1000 euro cinque giorni fa, risulta 'in lavorazione', "
            "soldi addebitati ma il destinatario non ha ricevuto nulla.",
        ),
    },
    "double_charge": {
        "de": (
            "Doppelt abgebucht",
            "Der Elektromarkt hat 389 € zweimal abgebucht. Ich hab den Einwand in der App "
            "vor 2 Wochen gestellt, seitdem Funkstille.",
        ),
        "pt": (
            "Cobrado duas vezes",
            "a loja cobrou 129 euros duas vezes e o pedido de reembolso que fiz na app ha "
            "duas semanas nem resposta teve",
        ),
        "en": (
            "Charged twice",
            "A hotel took 212 twice on my card. I raised a dispute in the app two weeks ago "
            "and heard nothing since.",
        ),
        "fr": (
            "Debit en double",
            "Un marchand m'a debite 159 EUR deux fois, j'ai ouvert une contestation dans "
            "l'appli il y a 15 jours, aucune nouvelle.",
        ),
        "es": (
            "Cargo duplicado",
            "Una tienda me cobro 99 EUR dos veces. Abri una reclamacion en la app hace dos "
            "semanas y nada de nada.",
        ),
        "it": (
            "Addebito doppio",
            "Un negozio mi ha addebitato 245 euro due volte, ho aperto la contestazione "
            "in app due settimane fa e tutto tace.",
        ),
    },
    "surprise_fee": {
        "de": (
            "Kontoführungsgebühr?",
            "Warum zieht ihr mir 9,90 € 'Kontoführung' ab? Ich bin im kostenlosen Tarif, "
            "so stand es bei der Eröffnung.",
        ),
        "pt": (
            "Comissao de manutencao",
            "porque e que me cobraram 7,50 de comissao de manutencao se a conta e gratuita?? "
            "ninguem me avisou de nada",
        ),
        "en": (
            "Fee on a free account",
            "Why was I charged a 6.99 'account fee' when I'm on the free plan? Nothing in "
            "the app said anything about fees.",
        ),
        "fr": (
            "Frais de tenue de compte",
            "Pourquoi 8,90 EUR de frais de tenue de compte alors que je suis sur l'offre "
            "gratuite ? Personne ne m'a prevenu.",
        ),
        "es": (
            "Comision sorpresa",
            "Por que me cobrais 8 EUR de comision de mantenimiento si mi plan es gratis? "
            "No me avisasteis de nada.",
        ),
        "it": (
            "Canone addebitato",
            "Perche mi avete addebitato 7,90 di canone se ho il conto gratuito? Nessuno "
            "mi ha avvisato.",
        ),
    },
    "id_check": {
        "de": (
            "Konto eingeschränkt - Ausweis",
            "Mein Konto ist eingeschränkt bis ich mich neu identifiziere, aber das "
            "Video-Ident bricht jedes mal nach 3 Minuten ab. Gehalt kommt morgen!",
        ),
        "pt": (
            "Conta limitada - verificacao",
            "a conta esta limitada ate eu verificar a identidade mas a verificacao por "
            "video falha sempre no fim. o ordenado cai amanha",
        ),
        "en": (
            "Account restricted, ID check fails",
            "My account is restricted until I re-verify my ID, but the selfie check fails "
            "every single time. My salary is due tomorrow.",
        ),
        "fr": (
            "Compte restreint",
            "Mon compte est restreint tant que je ne refais pas la verification d'identite, "
            "mais la video plante a chaque fois a la fin.",
        ),
        "es": (
            "Cuenta restringida",
            "Tengo la cuenta restringida hasta verificar identidad pero la videollamada de "
            "verificacion se corta siempre al final.",
        ),
        "it": (
            "Conto limitato",
            "Il conto e limitato finche non rifaccio il riconoscimento, ma la verifica "
            "video si blocca sempre alla fine.",
        ),
    },
}

# Business problems (Kontivo Business): key -> language -> (subject, complaint).
B2B_PROBLEMS: dict[str, dict[str, tuple[str, str]]] = {
    "batch_payments": {
        "de": (
            "Sammelzahlung Gehälter fehlgeschlagen",
            "Die Sammelüberweisung für die Gehälter ist gestern ohne Fehlermeldung "
            "hängen geblieben. 14 Mitarbeitende warten auf ihr Geld.",
        ),
        "pt": (
            "Pagamentos em lote falharam",
            "O lote de pagamentos aos fornecedores falhou outra vez sem mensagem de erro. "
            "Temos fornecedores a ligar a reclamar.",
        ),
        "en": (
            "Bulk payment failed",
            "Our payroll bulk payment got stuck yesterday with no error. Staff are asking "
            "where their wages are.",
        ),
        "fr": (
            "Virements groupes en echec",
            "Le virement groupe des salaires est reste bloque hier sans aucun message. "
            "Nos salaries attendent.",
        ),
        "es": (
            "Pagos en lote fallidos",
            "El pago en lote de las nominas se quedo colgado ayer sin ningun error. La "
            "plantilla esta esperando.",
        ),
        "it": (
            "Pagamenti multipli falliti",
            "Il pagamento multiplo degli stipendi si e bloccato ieri senza errori. I "
            "dipendenti aspettano.",
        ),
    },
    "card_limits": {
        "de": (
            "Teamkarten-Limits zurückgesetzt",
            "Alle Limits unserer Teamkarten stehen plötzlich wieder auf 0 €, die "
            "Außendienstler können nicht tanken.",
        ),
        "pt": (
            "Limites dos cartoes da equipa",
            "os limites de todos os cartoes da equipa voltaram a 0, os comerciais nao "
            "conseguem pagar combustivel",
        ),
        "en": (
            "Team card limits reset",
            "Every team card limit has gone back to zero overnight. Our field staff can't "
            "pay for fuel or hotels.",
        ),
        "fr": (
            "Plafonds cartes equipe a zero",
            "Tous les plafonds des cartes de l'equipe sont revenus a 0, les commerciaux ne "
            "peuvent plus payer l'essence.",
        ),
        "es": (
            "Limites de tarjetas a cero",
            "Los limites de todas las tarjetas del equipo han vuelto a cero, los "
            "comerciales no pueden pagar gasolina.",
        ),
        "it": (
            "Limiti carte aziendali azzerati",
            "I limiti di tutte le carte del team sono tornati a zero, i commerciali non "
            "riescono a pagare il carburante.",
        ),
    },
    "export": {
        "de": (
            "DATEV-Export unvollständig",
            "Im Buchhaltungsexport für Februar fehlen 60 Buchungen. Unser Steuerbüro "
            "kann so den Abschluss nicht machen.",
        ),
        "pt": (
            "Exportacao contabilistica incompleta",
            "a exportacao para a contabilidade de fevereiro vem sem 60 movimentos, o "
            "contabilista nao consegue fechar o mes",
        ),
        "en": (
            "Accounting export missing lines",
            "The February accounting export is missing about 60 transactions. Our "
            "accountant can't close the month.",
        ),
        "fr": (
            "Export comptable incomplet",
            "L'export comptable de fevrier n'a pas 60 operations, notre expert-comptable "
            "ne peut pas cloturer.",
        ),
        "es": (
            "Exportacion contable incompleta",
            "A la exportacion contable de febrero le faltan unos 60 movimientos, la "
            "gestoria no puede cerrar el mes.",
        ),
        "it": (
            "Export contabile incompleto",
            "Nell'export contabile di febbraio mancano circa 60 movimenti, il "
            "commercialista non riesce a chiudere il mese.",
        ),
    },
}

W: dict[str, dict[str, list[str]]] = {
    "de": {
        "praise": [
            "Neue Karte war nach zwei Tagen da, Aktivierung in 1 min. Top!",
            "Die Unterkonten fürs Sparen sind genial, endlich Überblick.",
            "Echtzeit-Push bei jeder Zahlung, genau so muss das sein 👌",
            "Chat hat mir in 5 Minuten geholfen, danke an Jonas!",
            "Wechsel von meiner alten Bank war easy, bereue nix",
        ],
        "gripe_praise": [
            "Alles super eigentlich, nur der Dark Mode fehlt immer noch 😅",
            "Bin sehr zufrieden, nur die Kategorien der Ausgaben stimmen manchmal nicht.",
        ],
        "question": [
            "Kann ich mir eine zweite Karte für meine Tochter bestellen?",
            "Wie ändere ich mein Tageslimit fürs Abheben?",
            "Gibt's die Kontoauszüge auch als PDF pro Quartal?",
        ],
        "answer": [
            "Hallo! Ja, das geht unter Karten > Neue Karte. Viele Grüße, Ihr Kontivo-Team",
            "Hallo, unter Einstellungen > Limits können Sie das direkt anpassen. LG Kontivo",
        ],
        "thanks": ["danke, hat geklappt", "Super, vielen Dank!", "perfekt thx"],
        "survey_word": ["passt", "top", "alles gut", "-", "👍"],
        "night": [
            "kann nicht schlafen, hab mal meine Sparziele sortiert. App läuft super flüssig",
            "Kurze Frage um 2 Uhr nachts: wann kommt das Geld von heute an?",
            "Nachtschicht vorbei, Zahlung im Späti ging kontaktlos sofort. Danke!",
        ],
        "sarcasm": [
            "Toll, die App zeigt mir mein Guthaben nur noch in Zeitlupe. Ganz großes Kino. "
            "🙃 sonst aber ok",
        ],
        "really_complaint": [
            "Liest bei euch eigentlich irgendwer die Nachrichten??",
            "Ist es normal, dass man bei einer Bank 40 min in der Hotline hängt?",
        ],
        "again": [
            "AW: {subject} - Hallo? Ich warte immer noch auf eine Antwort.",
            "Schreibe nochmal weil sich nichts getan hat. Wer kümmert sich darum?",
            "AW: {subject} - IMMER NOCH nicht erledigt. Das kann doch nicht wahr sein.",
            "Gestern schon geschrieben, heute wieder nichts. Bitte dringend melden.",
        ],
        "third": ["Das ist jetzt mein dritter Versuch. Ich bin echt sauer."],
        "fixed": ["Hat sich erledigt, ist jetzt korrigiert. Danke!", "Alles wieder gut, danke"],
        "sorry": [
            "Sorry für meinen Ton gestern, war ein schlechter Tag. Ihr seid eigentlich top.",
            "Entschuldigung wegen gestern, war nicht so gemeint.",
        ],
        "agent_wip": [
            "Hallo, es tut uns leid. Wir haben Ihren Fall an die Fachabteilung gegeben und "
            "melden uns. Ihr Kontivo-Team",
        ],
        "agent_done": ["Hallo, wir haben das korrigiert, bitte prüfen Sie es. Ihr Kontivo-Team"],
        "slide": [
            "Die App ist in letzter Zeit ziemlich langsam geworden.",
            "Hmm, schon wieder eine Buchung falsch kategorisiert. Bin etwas enttäuscht.",
            "Langsam nervt es. Der Support antwortet auch erst nach Tagen.",
            "Das ist echt kein guter Service mehr. So war das früher nicht.",
            "Ich bin richtig wütend. Nichts funktioniert wie es soll, niemand hilft.",
            "Mir reicht's. Hab mir {comp} angeschaut, die haben das im Griff.",
        ],
        "cancel_ask": [
            "Ich möchte mein Konto bei Kontivo kündigen. Bitte bestätigen Sie die Schließung.",
        ],
        "cancel_web": ["Kontoschließung beantragt"],
        "long_email": [
            "Hallo zusammen,\n\nich bin seit drei Jahren Kunde und war immer zufrieden, die "
            "App ist wirklich gut gemacht und ich hab euch vielen Freunden empfohlen.\n\n"
            "Jetzt aber: {complaint}\n\nIch hoffe, das lässt sich schnell klären, ich "
            "brauche das Geld diese Woche.\n\nViele Grüße",
        ],
        "spike": [
            "Login geht nicht, die Bestätigung aufs Handy kommt einfach nicht. Fehler AUTH-502",
            "App sagt AUTH-502 beim Anmelden, keine Freigabe-Push. Komm nicht an mein Geld!",
            "seit 10 min kein Login möglich, Freigabe kommt nicht an?!",
        ],
        "spike_again": [
            "geht immer noch nicht, AUTH-502. Was ist da los?",
            "Weiterhin keine Anmeldung möglich. Bitte um Info!",
        ],
        "agent_spike": [
            "Hallo, die Störung bei der Anmeldung ist behoben. Entschuldigen Sie bitte. "
            "Ihr Kontivo-Team",
        ],
        "b2b_routine": [
            "Bitte noch eine Teamkarte für unseren neuen Mitarbeiter freischalten.",
            "Kurze Rückfrage: wo finde ich die Rechnung für die Kontogebühr im Portal?",
        ],
        "b2b_mild": [
            "Kleiner Hinweis: im Portal ist das Datumsformat im Export englisch, wäre schön "
            "wenn man das umstellen kann.",
        ],
        "b2b_still": [
            "AW: {subject} - weiterhin ungelöst. Wir prüfen inzwischen Angebote anderer Banken.",
        ],
    },
    "pt": {
        "praise": [
            "abri conta em 10 minutos, impecavel",
            "Adoro os cofres para poupar, finalmente consigo juntar dinheiro 💪",
            "o apoio no chat foi rapidissimo, obg!",
            "Cartao chegou em 2 dias, tudo a funcionar",
            "MB Way ligado a conta sem problemas, 5 estrelas",
        ],
        "gripe_praise": [
            "Gosto muito da app, so falta poder ver o IBAN em formato para copiar facil",
            "tudo otimo, mas as notificacoes as vezes chegam duplicadas",
        ],
        "question": [
            "Como peco um cartao virtual para compras online?",
            "da para mudar a data de debito da mensalidade premium?",
            "Onde vejo o comprovativo de uma transferencia?",
        ],
        "answer": [
            "Ola! Em Cartoes > Novo cartao virtual, e imediato. Cumprimentos, equipa Kontivo",
            "Ola, em Movimentos toque na transferencia e depois 'Comprovativo'. Equipa Kontivo",
        ],
        "thanks": ["obrigado, ja esta", "obg!", "perfeito, muito obrigada"],
        "survey_word": ["otimo", "nada", "5*", "top", "-"],
        "night": [
            "insonia... aproveitei para organizar os cofres. app excelente",
            "pergunta das 3 da manha: a transferencia de hoje chega amanha?",
            "acabei o turno, paguei o taxi com o cartao sem stress. obg",
        ],
        "sarcasm": [
            "Que maravilha, a app desligou-me a meio de pagar a renda. Adoro emocoes "
            "fortes 🙃 de resto tudo bem",
        ],
        "really_complaint": [
            "Alguem ai le as mensagens ou e so um robo??",
            "e normal esperar 45 minutos para falar com alguem num banco?",
        ],
        "again": [
            "RES: {subject} - ola? continuo a espera de resposta",
            "volto a escrever porque ninguem disse nada. quem trata disto?",
            "RES: {subject} - CONTINUA por resolver. inacreditavel",
            "escrevi ontem e hoje nada outra vez. preciso de uma resposta urgente",
        ],
        "third": ["e a terceira vez que contacto. estou mesmo farto"],
        "fixed": ["ja ficou resolvido, obrigado!", "tudo certo agora, obg"],
        "sorry": [
            "desculpem o tom de ontem, foi um dia mau. voces sao bons",
            "peco desculpa por ontem, exagerei",
        ],
        "agent_wip": [
            "Ola, lamentamos. O seu caso foi enviado para a equipa responsavel e daremos "
            "noticias. Equipa Kontivo",
        ],
        "agent_done": ["Ola, ja corrigimos a situacao, confirme por favor. Equipa Kontivo"],
        "slide": [
            "a app anda mais lenta ultimamente",
            "hmm outra vez um movimento na categoria errada. um bocado desiludido",
            "ja comeca a cansar. o apoio demora dias a responder",
            "isto ja nao e bom servico. antes nao era assim",
            "estou mesmo irritado, nada funciona e ninguem ajuda",
            "chega. estive a ver o {comp} e parece muito melhor",
        ],
        "cancel_ask": ["Quero encerrar a minha conta Kontivo. Confirmem o encerramento por favor."],
        "cancel_web": ["Pedido de encerramento de conta"],
        "long_email": [
            "Boa tarde,\n\nsou cliente ha dois anos e sempre gostei do servico, ja "
            "recomendei a varios colegas.\n\nMas agora: {complaint}\n\nEspero que se "
            "resolva depressa, preciso do dinheiro esta semana.\n\nCumprimentos",
        ],
        "spike": [
            "nao consigo entrar na app, a confirmacao no telemovel nao chega. erro AUTH-502",
            "AUTH-502 ao fazer login!! sem acesso a conta",
            "ha 15 min que nao da para entrar, a notificacao de aprovacao nao aparece",
        ],
        "spike_again": ["continua AUTH-502. o que se passa?", "ainda sem acesso, alguma info?"],
        "agent_spike": [
            "Ola, o problema no acesso a app ja foi resolvido. Pedimos desculpa. Equipa Kontivo",
        ],
        "b2b_routine": [
            "Podem ativar mais um cartao de equipa para a nova colaboradora?",
            "onde encontro a fatura da mensalidade empresa no portal?",
        ],
        "b2b_mild": [
            "Sugestao: no portal o export sai com virgulas trocadas, dava jeito poder escolher.",
        ],
        "b2b_still": [
            "RES: {subject} - continua sem solucao. ja estamos a ver propostas de outros bancos.",
        ],
    },
    "en": {
        "praise": [
            "Card arrived next day, activated in a minute. Love it",
            "The savings pots are brilliant, finally saving something",
            "Instant notifications for every payment, exactly what I wanted",
            "Chat sorted my question in 3 mins, cheers Priya!",
            "Switched from my old bank, zero regrets tbh",
        ],
        "gripe_praise": [
            "Really happy overall, just wish the spending categories were a bit smarter",
            "Great app, only gripe is the statement PDF looks a bit rubbish",
        ],
        "question": [
            "Can I get a second card for my partner on the same account?",
            "how do I raise my cash withdrawal limit?",
            "Is there a way to export statements per quarter?",
        ],
        "answer": [
            "Hi! Yes, go to Cards > Add a card. Best wishes, the Kontivo team",
            "Hi, Settings > Limits lets you change it straight away. Kontivo team",
        ],
        "thanks": ["thanks, done", "perfect ta", "brilliant, thank you!"],
        "survey_word": ["grand", "all good", "10/10", "-", "👍"],
        "night": [
            "can't sleep so sorting my pots at 2am, app is super smooth",
            "quick q at 3am - will today's transfer land tomorrow morning?",
            "night shift done, paid for the cab contactless no bother. ta",
        ],
        "sarcasm": [
            "Oh lovely, the app logged me out halfway through paying rent. Love a bit of "
            "suspense 🙃 otherwise fine",
        ],
        "really_complaint": [
            "Does anyone actually read these messages??",
            "Is it normal to wait 40 minutes on hold with a bank in 2026?",
        ],
        "again": [
            "RE: {subject} - hello? still waiting to hear back",
            "Writing again because nothing has happened. Who is dealing with this?",
            "RE: {subject} - STILL not sorted. Unbelievable.",
            "Messaged yesterday, nothing again today. Need an answer asap",
        ],
        "third": ["This is the third time I've had to chase this. Really annoyed now."],
        "fixed": ["All sorted now, thanks!", "that's fixed, cheers"],
        "sorry": [
            "Sorry for the tone yesterday, bad day. You're normally great.",
            "apologies for yesterday, bit over the top",
        ],
        "agent_wip": [
            "Hi, sorry about this. We've passed your case to the right team and will be in "
            "touch. The Kontivo team",
        ],
        "agent_done": ["Hi, we've corrected this, please check and let us know. Kontivo team"],
        "slide": [
            "App's been a bit slow lately",
            "Hmm, another payment in the wrong category. Bit disappointed tbh",
            "Getting tiresome now. Support takes days to reply.",
            "This isn't good service any more. It didn't use to be like this.",
            "I'm properly angry. Nothing works and nobody helps.",
            "Had enough. Been looking at {comp}, they seem to have it together.",
        ],
        "cancel_ask": ["I want to close my Kontivo account. Please confirm the closure."],
        "cancel_web": ["Account closure requested"],
        "long_email": [
            "Hi there,\n\nI've been with you for three years and have always been happy, "
            "the app is great and I've recommended you to loads of friends.\n\nHowever: "
            "{complaint}\n\nHoping this can be sorted quickly as I need the money this "
            "week.\n\nThanks",
        ],
        "spike": [
            "can't log in, the approval notification never arrives. error AUTH-502",
            "AUTH-502 when I try to log in?? no access to my account",
            "login broken for 10 mins, approve-on-phone thing not showing up",
        ],
        "spike_again": ["still AUTH-502. what's going on?", "still locked out, any update?"],
        "agent_spike": [
            "Hi, the login problem has been fixed. We're sorry for the trouble. Kontivo team",
        ],
        "b2b_routine": [
            "Could you enable one more team card for our new starter please?",
            "Where do I find the invoice for the business plan fee in the portal?",
        ],
        "b2b_mild": [
            "Small thing: the portal export uses US dates, would be nice to switch to UK.",
        ],
        "b2b_still": [
            "RE: {subject} - still unresolved. We are now looking at other banks' offers.",
        ],
    },
    "fr": {
        "praise": [
            "Carte recue en 2 jours, activee en une minute. Parfait",
            "Les coffres pour epargner c'est genial, enfin j'arrive a mettre de cote",
            "Notif instantanee a chaque paiement, exactement ce qu'il me fallait",
            "Le chat m'a repondu en 5 min, merci Camille !",
            "Passee de ma banque traditionnelle a Kontivo, aucun regret",
        ],
        "gripe_praise": [
            "Tres contente dans l'ensemble, juste les categories de depenses un peu a cote",
            "Super appli, seul bemol : pas de mode sombre",
        ],
        "question": [
            "Je peux commander une deuxieme carte pour mon conjoint ?",
            "comment on augmente le plafond de retrait svp",
            "On peut avoir les releves par trimestre en PDF ?",
        ],
        "answer": [
            "Bonjour ! Oui, dans Cartes > Ajouter une carte. Bonne journee, l'equipe Kontivo",
            "Bonjour, Reglages > Plafonds, c'est modifiable tout de suite. L'equipe Kontivo",
        ],
        "thanks": ["merci c'est fait", "top merci", "parfait, merci beaucoup !"],
        "survey_word": ["RAS", "nickel", "ok", "-", "10/10"],
        "night": [
            "insomnie, j'en profite pour ranger mes coffres. appli tres fluide",
            "petite question a 3h du mat : le virement d'aujourd'hui arrive demain ?",
            "fin de service, paye le taxi sans contact sans souci. merci",
        ],
        "sarcasm": [
            "Genial, l'appli m'a deconnecte en plein paiement du loyer. J'adore le suspense "
            "🙃 sinon ca va",
        ],
        "really_complaint": [
            "Quelqu'un lit les messages chez vous ou pas ??",
            "C'est normal d'attendre 40 minutes au telephone avec une banque ?",
        ],
        "again": [
            "RE : {subject} - bonjour ? toujours pas de reponse",
            "Je reecris car rien n'a bouge. Qui s'occupe de mon dossier ?",
            "RE : {subject} - TOUJOURS pas regle. C'est pas serieux.",
            "Ecrit hier, toujours rien aujourd'hui. Merci de me repondre vite",
        ],
        "third": ["C'est la troisieme fois que je relance. Je suis vraiment agace."],
        "fixed": ["C'est regle, merci !", "tout est rentre dans l'ordre, merci"],
        "sorry": [
            "Desole pour le ton d'hier, mauvaise journee. Vous etes top d'habitude.",
            "pardon pour hier, je me suis emporte",
        ],
        "agent_wip": [
            "Bonjour, nous sommes desoles. Votre dossier est transmis au service concerne, "
            "nous revenons vers vous. L'equipe Kontivo",
        ],
        "agent_done": ["Bonjour, c'est corrige, merci de verifier. L'equipe Kontivo"],
        "slide": [
            "L'appli est un peu lente ces temps-ci",
            "Bof, encore un paiement mal classe. Un peu decu",
            "Ca commence a lasser. Le support met des jours a repondre.",
            "Ce n'est plus un bon service. Avant c'etait pas comme ca.",
            "Je suis vraiment en colere. Rien ne marche et personne n'aide.",
            "J'en ai assez. Je regarde {comp}, eux au moins ca a l'air de tenir.",
        ],
        "cancel_ask": ["Je souhaite cloturer mon compte Kontivo. Merci de confirmer la cloture."],
        "cancel_web": ["Demande de cloture de compte"],
        "long_email": [
            "Bonjour,\n\nje suis cliente depuis trois ans et j'ai toujours ete satisfaite, "
            "l'appli est bien faite et je vous ai recommandes autour de moi.\n\nMais la : "
            "{complaint}\n\nJ'espere une solution rapide, j'ai besoin de cet argent cette "
            "semaine.\n\nCordialement",
        ],
        "spike": [
            "impossible de me connecter, la validation sur le tel n'arrive pas. erreur AUTH-502",
            "AUTH-502 a la connexion ?? plus acces a mon compte",
            "connexion HS depuis 10 min, la notif de validation ne vient pas",
        ],
        "spike_again": [
            "toujours AUTH-502. il se passe quoi ?",
            "toujours pas acces, des nouvelles ?",
        ],
        "agent_spike": [
            "Bonjour, le probleme de connexion est resolu. Toutes nos excuses. L'equipe Kontivo",
        ],
        "b2b_routine": [
            "Pouvez-vous activer une carte equipe de plus pour notre nouvelle recrue ?",
            "Ou trouver la facture de l'abonnement pro dans le portail ?",
        ],
        "b2b_mild": [
            "Petite remarque : l'export du portail met les dates au format US, dommage.",
        ],
        "b2b_still": [
            "RE : {subject} - toujours pas resolu. Nous etudions les offres d'autres banques.",
        ],
    },
    "es": {
        "praise": [
            "La tarjeta llego en dos dias, activada al momento. Genial",
            "Los huchas para ahorrar son lo mejor, por fin ahorro algo",
            "Notificacion al instante de cada pago, justo lo que queria",
            "El chat me resolvio la duda en 5 min, gracias Lucia!",
            "Me cambie desde mi banco de siempre, cero arrepentimiento",
        ],
        "gripe_praise": [
            "Muy contento en general, solo que las categorias de gastos fallan a veces",
            "app genial, pero echo de menos el modo oscuro",
        ],
        "question": [
            "Puedo pedir una segunda tarjeta para mi pareja?",
            "como subo el limite de retirada de efectivo?",
            "Se pueden descargar los extractos por trimestre?",
        ],
        "answer": [
            "Hola! Si, en Tarjetas > Anadir tarjeta. Un saludo, equipo Kontivo",
            "Hola, en Ajustes > Limites lo cambias al momento. Equipo Kontivo",
        ],
        "thanks": ["gracias, hecho", "perfecto, mil gracias", "genial gracias!"],
        "survey_word": ["nada", "bien", "todo ok", "-", "👍"],
        "night": [
            "sin sueno, organizando las huchas a las 2. la app va finisima",
            "pregunta de madrugada: la transferencia de hoy llega manana?",
            "salgo de currar, pague el taxi sin contacto sin problema. gracias",
        ],
        "sarcasm": [
            "Que bien, la app me saco a mitad de pagar el alquiler. Me encanta la intriga "
            "🙃 por lo demas bien",
        ],
        "really_complaint": [
            "Alguien lee los mensajes o es todo automatico??",
            "Es normal esperar 40 minutos al telefono con un banco?",
        ],
        "again": [
            "RE: {subject} - hola? sigo esperando respuesta",
            "Vuelvo a escribir porque no ha pasado nada. Quien lleva esto?",
            "RE: {subject} - SIGUE sin arreglar. Increible.",
            "Escribi ayer y hoy otra vez nada. Necesito respuesta ya",
        ],
        "third": ["Es la tercera vez que escribo por esto. Estoy muy harto."],
        "fixed": ["Ya esta solucionado, gracias!", "todo correcto ya, gracias"],
        "sorry": [
            "Perdon por el tono de ayer, mal dia. Normalmente sois geniales.",
            "disculpad lo de ayer, me pase",
        ],
        "agent_wip": [
            "Hola, lo sentimos. Hemos pasado tu caso al equipo responsable y te diremos "
            "algo. Equipo Kontivo",
        ],
        "agent_done": ["Hola, ya lo hemos corregido, compruebalo por favor. Equipo Kontivo"],
        "slide": [
            "La app va algo lenta ultimamente",
            "Mmm, otro pago mal categorizado. Un poco decepcionado",
            "Empieza a cansar. Soporte tarda dias en contestar.",
            "Esto ya no es buen servicio. Antes no era asi.",
            "Estoy muy enfadado. Nada funciona y nadie ayuda.",
            "Ya basta. He mirado {comp} y parece que lo tienen controlado.",
        ],
        "cancel_ask": ["Quiero cerrar mi cuenta Kontivo. Confirmad el cierre por favor."],
        "cancel_web": ["Solicitud de cierre de cuenta"],
        "long_email": [
            "Hola,\n\nllevo tres anos con vosotros y siempre he estado contento, la app "
            "esta muy bien y os he recomendado a mucha gente.\n\nPero: {complaint}\n\n"
            "Espero que se solucione rapido, necesito el dinero esta semana.\n\nSaludos",
        ],
        "spike": [
            "no puedo entrar, no llega la confirmacion al movil. error AUTH-502",
            "AUTH-502 al iniciar sesion?? sin acceso a la cuenta",
            "llevo 10 min sin poder entrar, no aparece la notificacion para aprobar",
        ],
        "spike_again": ["sigue AUTH-502. que pasa?", "sigo sin acceso, alguna novedad?"],
        "agent_spike": [
            "Hola, el problema de acceso esta resuelto. Disculpa las molestias. Equipo Kontivo",
        ],
        "b2b_routine": [
            "Podeis activar otra tarjeta de equipo para la nueva incorporacion?",
            "Donde encuentro la factura de la cuota empresa en el portal?",
        ],
        "b2b_mild": [
            "Un detalle: el export del portal pone las fechas en formato americano.",
        ],
        "b2b_still": [
            "RE: {subject} - sigue sin resolver. Estamos mirando ofertas de otros bancos.",
        ],
    },
    "it": {
        "praise": [
            "Carta arrivata in due giorni, attivata in un attimo. Ottimo",
            "I salvadanai per risparmiare sono fantastici",
            "Notifica immediata per ogni pagamento, proprio quello che volevo",
            "La chat mi ha risposto in 5 minuti, grazie Marco!",
            "Passato da una banca tradizionale, nessun rimpianto",
        ],
        "gripe_praise": [
            "Molto soddisfatta, solo le categorie delle spese a volte sbagliano",
            "app ottima, manca solo la modalita scura",
        ],
        "question": [
            "Posso chiedere una seconda carta per mia moglie?",
            "come aumento il limite di prelievo?",
            "Si possono scaricare gli estratti conto trimestrali?",
        ],
        "answer": [
            "Ciao! Si, in Carte > Aggiungi carta. Un saluto, il team Kontivo",
            "Ciao, in Impostazioni > Limiti lo cambi subito. Team Kontivo",
        ],
        "thanks": ["grazie, fatto", "perfetto grazie", "ottimo, grazie mille!"],
        "survey_word": ["tutto ok", "niente", "ottimo", "-", "10/10"],
        "night": [
            "insonnia, sistemo i salvadanai alle 2. app fluidissima",
            "domanda alle 3 di notte: il bonifico di oggi arriva domani?",
            "finito il turno, pagato il taxi contactless senza problemi. grazie",
        ],
        "sarcasm": [
            "Fantastico, l'app mi ha buttato fuori mentre pagavo l'affitto. Adoro la "
            "suspense 🙃 per il resto ok",
        ],
        "really_complaint": [
            "Qualcuno legge i messaggi o no??",
            "E normale aspettare 40 minuti al telefono con una banca?",
        ],
        "again": [
            "R: {subject} - ciao? ancora in attesa di risposta",
            "Riscrivo perche non si e mosso niente. Chi se ne occupa?",
            "R: {subject} - ANCORA non risolto. Incredibile.",
            "Scritto ieri, oggi di nuovo niente. Mi serve una risposta subito",
        ],
        "third": ["E la terza volta che sollecito. Sono davvero arrabbiato."],
        "fixed": ["Risolto, grazie!", "ora e tutto a posto, grazie"],
        "sorry": [
            "Scusate il tono di ieri, giornataccia. Di solito siete bravissimi.",
            "scusate per ieri, ho esagerato",
        ],
        "agent_wip": [
            "Ciao, ci dispiace. Abbiamo passato il tuo caso al team competente e ti "
            "aggiorniamo. Team Kontivo",
        ],
        "agent_done": ["Ciao, abbiamo corretto, verifica per favore. Team Kontivo"],
        "slide": [
            "L'app ultimamente e un po' lenta",
            "Mah, un altro pagamento nella categoria sbagliata. Un po' deluso",
            "Comincia a stancare. L'assistenza risponde dopo giorni.",
            "Questo non e piu un buon servizio. Prima non era cosi.",
            "Sono proprio arrabbiato. Non funziona niente e nessuno aiuta.",
            "Basta. Ho guardato {comp} e sembrano molto piu affidabili.",
        ],
        "cancel_ask": ["Voglio chiudere il mio conto Kontivo. Confermate la chiusura per favore."],
        "cancel_web": ["Richiesta di chiusura conto"],
        "long_email": [
            "Buongiorno,\n\nsono cliente da tre anni e mi sono sempre trovato bene, l'app "
            "e fatta bene e vi ho consigliato a tanti amici.\n\nPero: {complaint}\n\nSpero "
            "si risolva in fretta, mi servono i soldi questa settimana.\n\nSaluti",
        ],
        "spike": [
            "non riesco ad accedere, la conferma sul telefono non arriva. errore AUTH-502",
            "AUTH-502 al login?? niente accesso al conto",
            "da 10 minuti non si entra, la notifica di approvazione non compare",
        ],
        "spike_again": ["ancora AUTH-502. cosa succede?", "ancora senza accesso, novita?"],
        "agent_spike": [
            "Ciao, il problema di accesso e stato risolto. Ci scusiamo. Team Kontivo",
        ],
        "b2b_routine": [
            "Potete attivare un'altra carta team per il nuovo collega?",
            "Dove trovo la fattura del canone business nel portale?",
        ],
        "b2b_mild": [
            "Piccola nota: l'export del portale usa le date in formato americano.",
        ],
        "b2b_still": [
            "R: {subject} - ancora irrisolto. Stiamo valutando le offerte di altre banche.",
        ],
    },
}

LANGS = ("de", "pt", "en", "fr", "es", "it")
COUNTRY = {"de": "DE", "pt": "PT", "en": "GB", "fr": "FR", "es": "ES", "it": "IT"}
#: Winter time (every date is before 29 March 2026): hours ahead of UTC.
UTC_OFFSET = {"de": 1, "pt": 0, "en": 0, "fr": 1, "es": 1, "it": 1}
PHONE_PREFIX = {"de": "+49", "pt": "+351", "en": "+44", "fr": "+33", "es": "+34", "it": "+39"}
FIRST_NAMES = {
    "de": ["lena", "jonas", "mia", "felix", "hannah", "tobias", "clara", "moritz"],
    "pt": ["ines", "tiago", "beatriz", "rui", "mariana", "joao", "sofia", "duarte"],
    "en": ["amy", "tom", "chloe", "liam", "grace", "owen", "ruby", "callum"],
    "fr": ["lea", "hugo", "manon", "theo", "ines", "louis", "jade", "arthur"],
    "es": ["lucia", "pablo", "carmen", "diego", "alba", "hugo", "irene", "marcos"],
    "it": ["giulia", "luca", "chiara", "matteo", "sara", "davide", "elena", "pietro"],
}
COMPANIES = [
    "Brotwerk Kessler",
    "Atelier Nuvem",
    "Harbour Lane Joinery",
    "Boulangerie Pradel",
    "Talleres Ebro",
    "Studio Ferraro",
    "Klimatechnik Voss",
    "Quinta do Sobral",
    "Greenway Couriers",
    "Maison Lacroix Deco",
    "Ceramica Alborada",
    "Officina Bellandi",
    "Hofladen Siebert",
    "Padaria Estrela",
    "Northgate Lettings",
    "Cabinet Fournel",
    "Reformas Tajo",
    "Vivaio Conti",
    "Elektro Baumann",
    "Tipografia Lusa",
]
B2B_ROLES = ("owner", "finance", "office manager", "operations", "sales lead", "bookkeeper")
