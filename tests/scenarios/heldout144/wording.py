"""Wording of heldout144: Espumora, app-paid self-service laundrettes (Espumora Linen for firms).

Written from the stories, English and Portuguese first. {ref} is a case reference,
{code} the spike's error code, {rival} a competitor, {day} a weekday.
"""

from __future__ import annotations

W = dict[str, list[str]]

PRAISE: W = {
    "en": [
        "Espumora on Dale Road is spotless again, third time this month I've done the duvets there",
        "love that the app tells me when the dryer's done, "
        "went for a coffee and came back to warm towels",
        "great wash today, still the only laundrette where the machines actually smell clean",
    ],
    "pt": [
        "Mais uma vez tudo impecavel na Espumora da Rua do Bonfim, os edredons sairam perfeitos",
        "adoro a app avisar quando a maquina acaba, fui tomar um cafe e ja estava tudo seco",
        "terceira vez este mes e continua otimo, as toalhas vem fofinhas",
    ],
    "fr": ["Laverie Espumora toujours nickel, la couette est ressortie parfaite"],
    "de": ["Waschsalon wieder top sauber, die Decke kam flauschig raus, danke Espumora"],
    "it": ["lavanderia Espumora sempre pulitissima, piumone perfetto anche stavolta"],
    "es": ["otra vez todo limpisimo en la lavanderia, el edredon salio perfecto"],
}

GRIPE: W = {
    "en": [
        "Really happy with the wash, only the change machine never takes 20p coins. Otherwise ace"
    ],
    "pt": ["Muito contente, so a porta da secadora 4 custa a fechar. De resto impecavel"],
    "fr": ["Tres bien, juste le distributeur de lessive un peu lent. Sinon parfait"],
    "de": ["Alles prima, nur die Sitzbank ist echt unbequem. Sonst gerne wieder"],
    "it": ["Tutto bene, solo il wifi della sala non va. Per il resto ottimo"],
    "es": ["Muy bien todo, solo que la silla de espera esta coja. Por lo demas genial"],
}

QUESTION: W = {
    "en": [
        "hi, can I use the app credit at the Leith branch too?",
        "Does the 8kg machine take a double duvet or should I use the big one?",
    ],
    "pt": [
        "ola, o saldo da app funciona noutra loja?",
        "boa tarde, posso lavar um edredon de casal na maquina de 8kg?",
        "Qual e o programa certo para roupa de bebe?",
    ],
    "fr": ["bonjour, le credit de l'appli marche dans une autre laverie ?"],
    "de": ["Hallo, passt eine Doppeldecke in die 8-kg-Maschine?"],
    "it": ["ciao, il credito dell'app vale anche in un'altra sede?"],
    "es": ["hola, el saldo de la app sirve en otra lavanderia?"],
}

CALL_Q: W = {
    "en": ["hi yeah just wondering if the big dryer does trainers or will it wreck them thanks"],
    "pt": ["ola boa tarde queria saber se posso pagar a secadora com o saldo que tenho obrigada"],
    "fr": ["oui bonjour je voulais savoir si on peut laver des rideaux merci"],
    "de": ["ja hallo ich wollte fragen ob man Kissen in den Trockner tun kann danke"],
    "it": ["si buongiorno volevo sapere se posso lavare le tende grazie"],
    "es": ["hola buenas queria saber si se pueden lavar cortinas gracias"],
}

ANSWER: W = {
    "en": ["Yes, it works in every branch. Happy washing! - {agent}"],
    "pt": ["Sim, funciona em todas as lojas. Boas lavagens! - {agent}"],
    "fr": ["Oui, dans toutes nos laveries. Bonne lessive ! - {agent}"],
    "de": ["Ja, das geht in allen Filialen. Viel Spaß beim Waschen! - {agent}"],
    "it": ["Si, in tutte le sedi. Buon bucato! - {agent}"],
    "es": ["Si, en todas las tiendas. Feliz colada! - {agent}"],
}

THANKS: W = {
    "en": ["brilliant thanks", "cheers!"],
    "pt": ["obrigada!!", "perfeito, obrigado"],
    "fr": ["merci !"],
    "de": ["danke!"],
    "it": ["grazie mille"],
    "es": ["gracias!"],
}

REVIEW: W = {
    "en": ["Clean, quick, and the app just works. Five stars."],
    "pt": ["Limpo, rapido e a app funciona bem. Recomendo."],
    "fr": ["Propre et rapide, appli pratique."],
    "de": ["Sauber, schnell, App funktioniert."],
    "it": ["Pulito, veloce, app comoda."],
    "es": ["Limpio, rapido y la app va bien."],
}

SURVEY_WORD: list[str] = ["", "", "top", "👍", "obrigada", "great", "nickel", "super"]

NIGHT: W = {
    "en": ["3am wash because the baby was sick on everything, bless whoever keeps this place open"],
    "pt": ["lavandaria as 2 da manha e esta impecavel, obrigado Espumora por estar aberta"],
    "fr": ["lessive a 1h du mat, laverie ouverte et propre, merci"],
    "de": ["nachts um zwei gewaschen, alles sauber, danke"],
    "it": ["bucato alle due di notte, tutto pulito, grazie"],
    "es": ["colada a las dos de la manana, todo limpio, gracias"],
}

PROBLEMS = ["lost_credit", "double_charge", "no_dry", "refund", "wrong_price", "cancel_fee"]

PROBLEM: dict[str, W] = {
    "lost_credit": {
        "en": ["my app credit of £25 has vanished overnight, top-up receipt and everything"],
        "pt": ["o meu saldo de 25 euros desapareceu da app de um dia para o outro"],
        "fr": ["mon credit de 25 euros a disparu de l'appli"],
        "de": ["mein Guthaben von 25 Euro ist aus der App verschwunden"],
        "it": ["il mio credito di 25 euro e sparito dall'app"],
        "es": ["mi saldo de 25 euros ha desaparecido de la app"],
    },
    "double_charge": {
        "en": ["paid for machine 6 and it charged me twice and never started"],
        "pt": ["paguei a maquina 6, cobrou duas vezes e nem arrancou"],
        "fr": ["machine 6 payee deux fois et elle n'a jamais demarre"],
        "de": ["Maschine 6 zweimal bezahlt und sie ist nie angelaufen"],
        "it": ["lavatrice 6 pagata due volte e non e mai partita"],
        "es": ["la lavadora 6 me cobro dos veces y no arranco"],
    },
    "no_dry": {
        "en": ["paid for 40 min drying and the dryer blew cold the whole time, wet clothes home"],
        "pt": ["paguei 40 minutos de secagem e a secadora so deitou ar frio, roupa molhada"],
        "fr": ["40 min de sechage payees, air froid tout du long, linge mouille"],
        "de": ["40 Minuten Trockner bezahlt, nur kalte Luft, Wäsche nass"],
        "it": ["pagati 40 minuti di asciugatrice, aria fredda, panni bagnati"],
        "es": ["pague 40 minutos de secadora y solo echaba aire frio, ropa mojada"],
    },
    "refund": {
        "en": ["still no refund for the broken machine you promised last week"],
        "pt": ["ainda nao recebi o reembolso da maquina avariada que me prometeram"],
        "fr": ["toujours pas rembourse pour la machine en panne"],
        "de": ["immer noch keine Erstattung für die kaputte Maschine"],
        "it": ["ancora nessun rimborso per la lavatrice rotta"],
        "es": ["sigo sin el reembolso de la lavadora rota"],
    },
    "wrong_price": {
        "en": ["I'm on Espumora Plus and got charged the full price for every wash"],
        "pt": ["sou Espumora Plus e cobraram-me o preco normal em todas as lavagens"],
        "fr": ["je suis Espumora Plus et on m'a facture plein tarif"],
        "de": ["ich habe Espumora Plus und zahle trotzdem den vollen Preis"],
        "it": ["sono Espumora Plus e pago prezzo pieno"],
        "es": ["soy Espumora Plus y me cobran precio completo"],
    },
    "cancel_fee": {
        "en": ["you charged me a £10 fee for cancelling a reserved machine 2 days ahead"],
        "pt": ["cobraram 10 euros por cancelar uma reserva com dois dias de antecedencia"],
        "fr": ["10 euros de frais pour annuler une reservation deux jours avant"],
        "de": ["10 Euro Gebühr fürs Stornieren zwei Tage vorher"],
        "it": ["10 euro di penale per aver annullato due giorni prima"],
        "es": ["10 euros por cancelar una reserva con dos dias de antelacion"],
    },
}

ANGRY_WRAP: W = {
    "en": ["{p}. Absolutely ridiculous.", "{p} !!! sort it out", "{p}. NOT happy."],
    "pt": ["{p}. Uma vergonha.", "{p}!!! resolvam isto", "{p}. ESTOU FARTA."],
    "fr": ["{p}. Inadmissible."],
    "de": ["{p}. UNMÖGLICH."],
    "it": ["{p}. Vergognoso."],
    "es": ["{p}. Una verguenza."],
}

LETTER: W = {
    "en": [
        "Dear Espumora team,\n\nI have used your Dale Road branch every week for two years and "
        "have always recommended you. However, {p}. I would like this put right as soon as "
        "possible.\n\nKind regards,\n{name}"
    ],
    "pt": [
        "Exmos. Senhores,\n\nSou cliente da vossa loja ha dois anos e sempre vos recomendei. "
        "No entanto, {p}. Peco que resolvam a situacao com a maior brevidade.\n\n"
        "Com os melhores cumprimentos,\n{name}"
    ],
}

CALL_ANGRY: W = {
    "en": ["yeah hi {p} and I want it sorted today"],
    "pt": ["sim ola {p} e quero isto resolvido hoje"],
    "fr": ["oui bonjour {p} je veux une solution"],
    "de": ["ja hallo {p} ich will das heute geklärt haben"],
    "it": ["si buongiorno {p} voglio una soluzione"],
    "es": ["si hola {p} quiero que lo arreglen hoy"],
}

CASE_OPENED: W = {
    "en": [
        "Sorry about this. Case {ref} is open and we'll come back to you within 24 h. - {agent}"
    ],
    "pt": ["Lamentamos. O caso {ref} esta aberto, respondemos em 24 h. - {agent}"],
    "fr": ["Desoles. Dossier {ref} ouvert, reponse sous 24 h. - {agent}"],
    "de": ["Das tut uns leid. Fall {ref} ist offen, Antwort binnen 24 h. - {agent}"],
    "it": ["Ci dispiace. Pratica {ref} aperta, risposta entro 24 h. - {agent}"],
    "es": ["Lo sentimos. Caso {ref} abierto, respuesta en 24 h. - {agent}"],
}

GOOD_NEWS: W = {
    "en": ["Good news on case {ref}: it's been put right. Could you confirm? - {agent}"],
    "pt": ["Boas noticias sobre o caso {ref}: ja esta resolvido. Pode confirmar? - {agent}"],
    "fr": ["Bonne nouvelle pour le dossier {ref} : c'est regle. Pouvez-vous confirmer ? - {agent}"],
    "de": ["Gute Nachricht zu Fall {ref}: erledigt. Können Sie bestätigen? - {agent}"],
    "it": ["Buone notizie sulla pratica {ref}: risolto. Può confermare? - {agent}"],
    "es": ["Buenas noticias sobre el caso {ref}: resuelto. Puede confirmar? - {agent}"],
}

CONFIRM: W = {
    "en": ["confirmed, {ref} is sorted, thank you"],
    "pt": ["confirmo, o caso {ref} ficou resolvido, obrigada"],
    "fr": ["c'est confirme pour {ref}, merci"],
    "de": ["bestätigt, {ref} ist erledigt, danke"],
    "it": ["confermo, {ref} risolto, grazie"],
    "es": ["confirmado, {ref} resuelto, gracias"],
}

APOLOGY: W = {
    "en": ["sorry for the rant yesterday, bad day. you lot are usually great"],
    "pt": ["desculpem o tom de ontem, estava num mau dia. normalmente sao otimos"],
    "fr": ["desole pour hier, mauvaise journee"],
    "de": ["sorry wegen gestern, war ein schlechter Tag"],
    "it": ["scusate per ieri, giornataccia"],
    "es": ["perdon por lo de ayer, mal dia"],
}

SARCASM: W = {
    "en": ["oh great, the card reader is 'resting' again 🙃 love standing here with a wet duvet"],
    "pt": ["que maravilha, a maquina das moedas outra vez de ferias 🙃"],
    "fr": ["super, le monnayeur encore en greve 🙃"],
    "de": ["toll, der Kartenleser macht wieder Pause 🙃"],
    "it": ["fantastico, il lettore carte di nuovo in ferie 🙃"],
    "es": ["genial, el lector de tarjetas otra vez de vacaciones 🙃"],
}

STILL_OPEN: W = {
    "en": [
        "case {ref} is STILL not fixed. {p}",
        "writing again about {ref}, nothing has happened. {p}",
    ],
    "pt": [
        "o caso {ref} CONTINUA por resolver. {p}",
        "volto a escrever sobre o {ref}, nada mudou. {p}",
    ],
    "fr": ["dossier {ref} toujours pas regle. {p}"],
    "de": ["Fall {ref} immer noch nicht gelöst. {p}"],
    "it": ["pratica {ref} ancora aperta. {p}"],
    "es": ["el caso {ref} sigue sin resolverse. {p}"],
}

THIRD: W = {
    "en": [
        "third time about {ref}. my flatmate uses {rival} and they'd have refunded it on the spot"
    ],
    "pt": ["terceira vez por causa do {ref}. a minha vizinha usa a {rival} e la resolvem na hora"],
    "fr": ["troisieme fois pour {ref}. chez {rival} ce serait regle"],
    "de": ["dritte Mal wegen {ref}. Bei {rival} wäre das längst erledigt"],
    "it": ["terza volta per {ref}. da {rival} l'avrebbero gia risolto"],
    "es": ["tercera vez por {ref}. en {rival} ya estaria arreglado"],
}

FOURTH: W = {
    "en": ["FOURTH time. {ref}. Nobody has called me back."],
    "pt": ["QUARTA vez. {ref}. Ninguem me ligou."],
    "fr": ["QUATRIEME fois. {ref}."],
    "de": ["VIERTES Mal. {ref}."],
    "it": ["QUARTA volta. {ref}."],
    "es": ["CUARTA vez. {ref}."],
}

QUALITY: W = {
    "en": ["Your case {ref} is now with our quality lead, who will call you by Friday. - {agent}"],
    "pt": [
        "O seu caso {ref} "
        "passou para a nossa responsavel de qualidade, que liga ate sexta. - {agent}"
    ],
    "fr": ["Votre dossier {ref} est chez notre responsable qualite. - {agent}"],
    "de": ["Ihr Fall {ref} liegt jetzt bei unserer Qualitätsleitung. - {agent}"],
    "it": ["La pratica {ref} e ora dalla responsabile qualita. - {agent}"],
    "es": ["Su caso {ref} esta con nuestra responsable de calidad. - {agent}"],
}

URGENT: W = {
    "en": ["Added to case {ref}, marked urgent. - {agent}"],
    "pt": ["Acrescentado ao caso {ref}, marcado como urgente. - {agent}"],
    "fr": ["Ajoute au dossier {ref}, urgent. - {agent}"],
    "de": ["Zu Fall {ref} hinzugefügt, dringend. - {agent}"],
    "it": ["Aggiunto alla pratica {ref}, urgente. - {agent}"],
    "es": ["Anadido al caso {ref}, urgente. - {agent}"],
}

SLIDE: W = {
    "en": [
        "dryers at Dale Road taking two cycles now, bit annoying",
        "machine 3 out of order for a week, queue out the door",
        "the app shows machines free that aren't. wasted a trip",
        "prices up again and the place isn't even clean anymore",
        "paid twice for a wash that left detergent streaks on everything. done asking nicely",
        "tried {rival} round the corner yesterday. cheaper and it works. think that's me",
    ],
    "pt": [
        "as secadoras agora precisam de dois ciclos, chato",
        "maquina 3 avariada ha uma semana, fila ate a porta",
        "a app mostra maquinas livres que estao ocupadas. viagem perdida",
        "subiram outra vez os precos e a loja ja nem esta limpa",
        "paguei duas vezes por uma lavagem que deixou manchas de detergente. chega",
        "experimentei a {rival} ontem. mais barata e funciona. acho que e isso",
    ],
    "fr": [
        "sechoirs en deux cycles maintenant",
        "machine 3 en panne depuis une semaine",
        "l'appli affiche des machines libres qui ne le sont pas",
        "prix en hausse et c'est plus propre",
        "paye deux fois, traces de lessive partout",
        "essaye {rival} hier, moins cher et ca marche",
    ],
    "de": [
        "Trockner brauchen jetzt zwei Durchgänge",
        "Maschine 3 seit einer Woche kaputt",
        "App zeigt freie Maschinen, die besetzt sind",
        "Preise wieder hoch und nicht mehr sauber",
        "doppelt bezahlt, Waschmittelflecken überall",
        "gestern {rival} probiert, billiger und läuft",
    ],
    "it": [
        "asciugatrici ora servono due cicli",
        "lavatrice 3 guasta da una settimana",
        "l'app mostra macchine libere che non lo sono",
        "prezzi su e non e piu pulito",
        "pagato due volte, macchie di detersivo",
        "provato {rival} ieri, costa meno e funziona",
    ],
    "es": [
        "las secadoras ahora necesitan dos ciclos",
        "lavadora 3 rota desde hace una semana",
        "la app marca maquinas libres que no lo estan",
        "suben precios y ya no esta limpio",
        "pague dos veces, manchas de detergente",
        "probe {rival} ayer, mas barato y funciona",
    ],
}

CANCEL: W = {
    "en": [
        "Please cancel my Espumora Plus and close my account. I've moved and won't be using you."
    ],
    "pt": ["Quero cancelar o Espumora Plus e fechar a conta, por favor. Mudei de casa."],
    "fr": ["Merci d'annuler mon Espumora Plus et de fermer mon compte."],
    "de": ["Bitte Espumora Plus kündigen und mein Konto schließen."],
    "it": ["Vi prego di annullare Espumora Plus e chiudere il mio account."],
    "es": ["Por favor cancelen mi Espumora Plus y cierren mi cuenta."],
}

GOODBYE: W = {
    "en": ["Sorry to see you go. Your Plus plan is cancelled and the account closed. - {agent}"],
    "pt": ["Lamentamos a sua saida. O Plus foi cancelado e a conta fechada. - {agent}"],
    "fr": ["Dommage. Votre Plus est annule. - {agent}"],
    "de": ["Schade. Ihr Plus ist gekündigt. - {agent}"],
    "it": ["Ci dispiace. Il Plus e annullato. - {agent}"],
    "es": ["Lo sentimos. Su Plus esta cancelado. - {agent}"],
}

GRUMPY: W = {
    "en": [
        "the music in the shop is too loud",
        "why is the soap so expensive",
        "dryer 2 is slow again",
    ],
    "pt": ["a musica na loja esta alta demais", "o detergente e carissimo", "a secadora 2 e lenta"],
    "fr": ["la musique est trop forte"],
    "de": ["Musik im Laden zu laut"],
    "it": ["musica troppo alta"],
    "es": ["la musica esta muy alta"],
}

MILD: W = {
    "en": ["small thing: the branch finder shows Leith as closed on Sundays, it isn't"],
    "pt": ["pequena coisa: a app mostra a loja fechada ao domingo e esta aberta"],
    "fr": ["petit detail : l'appli indique la laverie fermee le dimanche"],
    "de": ["Kleinigkeit: die App zeigt sonntags geschlossen"],
    "it": ["piccola cosa: l'app dice chiuso la domenica"],
    "es": ["detalle: la app pone cerrado los domingos"],
}

B2B_PROBLEMS = ["invoice", "pickup_missed", "portal", "overbilled"]

B2B_PROBLEM: dict[str, W] = {
    "invoice": {
        "en": ["the October linen invoice has no PO number, our accounts team can't pay it"],
        "pt": ["a fatura de outubro nao traz o numero de encomenda, a contabilidade nao paga"],
    },
    "pickup_missed": {
        "en": [
            "the linen van didn't collect this morning, again, we have 40 bags of sheets waiting"
        ],
        "pt": ["a carrinha nao recolheu a roupa hoje de manha, temos 40 sacos a espera"],
    },
    "portal": {
        "en": ["the business portal shows no open collections and we can't book one"],
        "pt": ["o portal empresas nao mostra recolhas e nao conseguimos marcar nenhuma"],
    },
    "overbilled": {
        "en": ["we're billed per kilo at the walk-in rate, not our contract rate"],
        "pt": ["estamos a pagar ao quilo preco de balcao, nao o do contrato"],
    },
}

B2B_FOLLOW: W = {
    "en": ["Following {first}'s e-mail on {day} about case {ref}: {p}"],
    "pt": ["Na sequencia do e-mail da {first} de {day} sobre o caso {ref}: {p}"],
}

B2B_LAST: W = {
    "en": [
        "Case {ref}, nothing fixed, several of us have written. "
        "Procurement has asked {rival} for rates."
    ],
    "pt": [
        "caso {ref} nada resolvido o meu chefe diz que mudamos "
        "para a {rival} se nao resolverem esta semana"
    ],
}

B2B_HAPPY: W = {
    "en": ["linen back crisp and on time as always, thanks team", "portal export works a treat"],
    "pt": ["roupa entregue a horas e impecavel, obrigado", "o portal funciona muito bem"],
}

B2B_SUGGEST: W = {
    "en": ["suggestion: could the delivery note show the bag count per floor?"],
    "pt": ["sugestao: a guia podia mostrar o numero de sacos por piso?"],
}

DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "pt": ["segunda", "terca", "quarta", "quinta", "sexta"],
}

SPIKE: W = {
    "en": [
        "@Espumora washer finished and everything is still full of soap, screen says {code}",
        "just collected my wash and it's SOAKING in suds, machine flashing {code}. what's going on",
        "Hi, the rinse didn't happen?? clothes covered in foam, error {code} at Dale Road",
    ],
    "pt": [
        "a maquina acabou e a roupa esta cheia de espuma, aparece {code} no ecra",
        "@Espumora a lavagem nao enxaguou nada!! tudo com detergente, erro {code}",
        "ola, a roupa saiu cheia de sabao, a maquina diz {code}, o que se passa?",
    ],
    "fr": [
        "linge plein de mousse en sortie, code {code} sur la machine",
        "pas de rincage ?? erreur {code}",
    ],
    "de": ["Wäsche voller Schaum, Maschine zeigt {code}", "kein Spülgang?? Fehler {code}"],
    "it": ["bucato pieno di schiuma, errore {code}", "niente risciacquo?? codice {code}"],
    "es": ["la ropa sale llena de espuma, error {code}", "no aclara?? codigo {code}"],
}

SPIKE_AGAIN: W = {
    "en": ["tried another machine, same {code}, still foam everywhere"],
    "pt": ["tentei outra maquina, outra vez {code}, continua tudo com espuma"],
    "fr": ["autre machine, toujours {code}"],
    "de": ["andere Maschine, wieder {code}"],
    "it": ["altra lavatrice, ancora {code}"],
    "es": ["otra lavadora, otra vez {code}"],
}

SPIKE_ANSWER: W = {
    "en": [
        "Yes, washers are skipping the rinse at every branch right now, engineers on it. - {agent}"
    ],
    "pt": [
        "Sim, as maquinas estao a saltar o enxaguamento "
        "em todas as lojas, estamos a tratar. - {agent}"
    ],
    "fr": ["Oui, le rincage saute partout en ce moment, on s'en occupe. - {agent}"],
    "de": ["Ja, der Spülgang fällt gerade überall aus, wir sind dran. - {agent}"],
    "it": ["Si, il risciacquo salta ovunque ora, ci stiamo lavorando. - {agent}"],
    "es": ["Si, el aclarado falla en todas las tiendas, estamos en ello. - {agent}"],
}

SPIKE_FIXED: W = {
    "en": ["Rinse works again since 11:30. Your wash is on us: £8 credit added. - {agent}"],
    "pt": [
        "O enxaguamento voltou a funcionar as 11:30. "
        "A lavagem fica por nossa conta: 9 € de credito. - {agent}"
    ],
    "fr": ["Le rincage refonctionne depuis 12:30. 9 € credites. - {agent}"],
    "de": ["Spülgang läuft wieder seit 12:30. 9 € gutgeschrieben. - {agent}"],
    "it": ["Il risciacquo funziona dalle 12:30. 9 € accreditati. - {agent}"],
    "es": ["El aclarado funciona desde las 12:30. 9 € abonados. - {agent}"],
}

LONE_Q: W = {
    "en": ["my wash last night had a few bubbles on the towels, rinse was fine though, normal?"],
    "pt": ["ontem a roupa tinha umas bolhinhas mas enxaguou bem, e normal?"],
}

LONE_A: W = {
    "en": ["That's just the softener, totally normal. - {agent}"],
    "pt": ["E so o amaciador, e normal. - {agent}"],
}

NAMES = {
    "en": ["Amy", "Tom", "Priya", "Callum", "Hannah", "Owen", "Ruth", "Dev"],
    "pt": ["Joana", "Tiago", "Ines", "Rui", "Beatriz", "Duarte", "Marta", "Nuno"],
    "fr": ["Claire", "Hugo", "Lea"],
    "de": ["Jonas", "Lena", "Paul"],
    "it": ["Giulia", "Marco", "Sara"],
    "es": ["Lucia", "Pablo", "Elena"],
}
SURNAMES = {
    "en": ["Reid", "Patel", "Walsh", "Hughes"],
    "pt": ["Silva", "Costa", "Ferreira", "Sousa"],
    "fr": ["Morel", "Garnier"],
    "de": ["Becker", "Wolf"],
    "it": ["Greco", "Conti"],
    "es": ["Ruiz", "Navarro"],
}
MARKET = {"en": "UK", "pt": "PT", "fr": "FR", "de": "DE", "it": "IT", "es": "ES"}
CURRENCY = {"en": "GBP", "pt": "EUR", "fr": "EUR", "de": "EUR", "it": "EUR", "es": "EUR"}
AGENTS = ["Sofia", "Ben", "Carla", "Ahmed"]
