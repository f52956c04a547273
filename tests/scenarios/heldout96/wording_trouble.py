# ruff: noqa: E501
"""Caldessa: households' trouble, agents' replies, slides, leavers and the spike.

Written for tests/scenarios/heldout96/ (report only, blind). Placeholders: {first},
{last}, {site}, {town}, {amount}, {ref}, {agent}, {competitor}, {noun}, {short},
{core}, {demand}, {fix}, {day}, {local}, {credit}.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

#: The six household problems and the amount (euros) each is about.
PROBLEMS = ("closed", "double_charge", "treatment", "refund", "wrong_price", "cancel_fee")
AMOUNTS = {
    "closed": 39,
    "double_charge": 39,
    "treatment": 79,
    "refund": 84,
    "wrong_price": 14,
    "cancel_fee": 40,
}

#: problem -> language -> [(core sentence(s), demand)]
CORE: dict[str, Pairs] = {
    "closed": {
        "fr": [
            (
                "Samedi je suis arrivée à {site} à 10h pour mon Rituel 3 h réservé et payé : porte FERMÉE, une feuille « fermeture technique » scotchée dessus. Aucun mail, aucun SMS, rien. 80 km aller-retour pour rien.",
                "Je veux le remboursement de mes {amount} et qu'on m'explique pourquoi personne ne prévient.",
            ),
            (
                "Nous sommes arrivés à deux à {site} pour notre créneau de 14h et le spa était fermé pour « maintenance ». Personne ne nous a prévenus alors que l'appli a bien notre numéro.",
                "Remboursez-nous et prévenez vos clients la prochaine fois.",
            ),
        ],
        "pt": [
            (
                "Sábado cheguei ao {site} às 10h para o meu Ritual 3 h marcado e pago: porta FECHADA, um papel a dizer «encerrado por avaria técnica». Nem email, nem SMS, nada. 80 km ida e volta para nada.",
                "Quero o reembolso dos {amount} e uma explicação para ninguém avisar.",
            ),
            (
                "Chegámos os dois ao {site} para o horário das 14h e o spa estava fechado «para manutenção». Ninguém nos avisou e a app tem o meu número.",
                "Quero o dinheiro de volta e que avisem os clientes da próxima vez.",
            ),
        ],
        "en": [
            (
                "Turned up at {site} at 10am on Saturday for my booked and paid 3-hour pass: doors LOCKED, a printed sign saying technical closure. No email, no text, nothing. An hour's drive each way for nothing.",
                "I want my {amount} back and an explanation.",
            )
        ],
        "es": [
            (
                "El sábado llegué a {site} a las 10 para mi Ritual 3 h reservado y pagado: CERRADO, un folio pegado diciendo «cierre técnico». Ni email ni SMS. 80 km ida y vuelta para nada.",
                "Quiero que me devolváis los {amount} y una explicación.",
            )
        ],
        "de": [
            (
                "Samstag um 10 Uhr stand ich vor {site}, Ritual 3 h gebucht und bezahlt: GESCHLOSSEN, ein Zettel «technische Störung» an der Tür. Keine Mail, keine SMS. 80 km hin und zurück umsonst.",
                "Ich will meine {amount} zurück und eine Erklärung.",
            )
        ],
        "it": [
            (
                "Sabato alle 10 sono arrivata a {site} per il mio Rituale 3 h prenotato e pagato: CHIUSO, un foglio con scritto «chiusura tecnica». Nessuna mail, nessun SMS. 80 km andata e ritorno per niente.",
                "Rivoglio i miei {amount} e una spiegazione.",
            )
        ],
    },
    "double_charge": {
        "fr": [
            (
                "Mon entrée du {day} a été débitée DEUX fois sur ma carte, {amount} puis encore {amount} deux minutes après. J'ai le relevé sous les yeux.",
                "Remboursez le deuxième débit svp, c'est mon budget du mois.",
            ),
            (
                "Je viens de voir mon compte : le Rituel réservé {day} dernier apparaît deux fois, {amount} x2. Je n'ai réservé qu'une seule fois.",
                "Merci d'annuler le doublon au plus vite.",
            ),
        ],
        "pt": [
            (
                "A minha entrada de {day} foi cobrada DUAS vezes no cartão, {amount} e mais {amount} dois minutos depois. Tenho o extrato à frente.",
                "Devolvam a segunda cobrança por favor, é o meu orçamento do mês.",
            ),
            (
                "Acabei de ver a conta: o Ritual que marquei para {day} aparece duas vezes, {amount} x2. Só reservei uma vez.",
                "Anulem o duplicado o mais depressa possível.",
            ),
        ],
        "en": [
            (
                "My visit on {day} was charged TWICE to my card, {amount} and another {amount} two minutes later. I'm looking at the statement.",
                "Please refund the second charge.",
            )
        ],
        "es": [
            (
                "Mi entrada del {day} se ha cobrado DOS veces en la tarjeta, {amount} y otros {amount} dos minutos después. Tengo el extracto delante.",
                "Devolvedme el segundo cargo, por favor.",
            )
        ],
        "de": [
            (
                "Mein Eintritt vom {day} wurde ZWEIMAL abgebucht, {amount} und zwei Minuten später nochmal {amount}. Der Kontoauszug liegt vor mir.",
                "Bitte die zweite Abbuchung erstatten.",
            )
        ],
        "it": [
            (
                "L'ingresso di {day} mi è stato addebitato DUE volte, {amount} e altri {amount} due minuti dopo. Ho l'estratto conto davanti.",
                "Rimborsatemi il secondo addebito, per favore.",
            )
        ],
    },
    "treatment": {
        "fr": [
            (
                "J'avais un massage 60 min payé {amount} à {site}. J'ai attendu 40 minutes en peignoir dans la salle de repos, personne n'est venu, puis on m'a dit « pas de praticienne disponible aujourd'hui ».",
                "Je veux être remboursée, et franchement des excuses.",
            ),
            (
                "Massage réservé depuis trois semaines pour l'anniversaire de ma mère à {site} : à l'heure dite, plus de praticien, on nous a proposé « un thé en attendant ». Nous sommes reparties sans massage.",
                "Remboursement des {amount} et un geste, c'est le minimum.",
            ),
        ],
        "pt": [
            (
                "Tinha uma massagem de 60 min paga, {amount}, no {site}. Esperei 40 minutos de roupão na sala de descanso, ninguém apareceu, e depois disseram «hoje não há terapeuta disponível».",
                "Quero o reembolso e, sinceramente, um pedido de desculpa.",
            ),
            (
                "Massagem marcada há três semanas para os anos da minha mãe no {site}: à hora marcada não havia terapeuta, ofereceram-nos «um chá enquanto esperam». Saímos sem massagem.",
                "Quero os {amount} de volta e algum gesto, é o mínimo.",
            ),
        ],
        "en": [
            (
                "I had a 60-minute massage at {site}, paid {amount}. Sat 40 minutes in a robe in the relaxation room, nobody came, then I was told there's no therapist available today.",
                "I want a refund and frankly an apology.",
            )
        ],
        "es": [
            (
                "Tenía un masaje de 60 min pagado, {amount}, en {site}. Esperé 40 minutos en albornoz en la sala de relax, no vino nadie y luego me dijeron «hoy no hay terapeuta».",
                "Quiero el reembolso y una disculpa.",
            )
        ],
        "de": [
            (
                "Ich hatte eine 60-Minuten-Massage in {site}, {amount} bezahlt. 40 Minuten im Bademantel im Ruheraum gewartet, niemand kam, dann hieß es «heute keine Therapeutin da».",
                "Ich will das Geld zurück und eine Entschuldigung.",
            )
        ],
        "it": [
            (
                "Avevo un massaggio di 60 minuti pagato {amount} a {site}. Ho aspettato 40 minuti in accappatoio nella sala relax, non è venuto nessuno, poi mi hanno detto «oggi nessuna terapista disponibile».",
                "Voglio il rimborso e delle scuse.",
            )
        ],
    },
    "refund": {
        "fr": [
            (
                "J'ai annulé ma visite du {day} dans les délais, on m'a promis un remboursement de {amount} sous 5 jours. Ça fait TROIS semaines et toujours rien sur mon compte.",
                "Où est mon argent ?",
            ),
            (
                "Visite annulée (fièvre) bien avant la limite, confirmation reçue, remboursement de {amount} « en cours » depuis trois semaines.",
                "Je voudrais savoir quand je serai remboursé, concrètement.",
            ),
        ],
        "pt": [
            (
                "Cancelei a visita de {day} dentro do prazo, prometeram-me o reembolso de {amount} em 5 dias. Já lá vão TRÊS semanas e nada na conta.",
                "Onde está o meu dinheiro?",
            ),
            (
                "Visita cancelada (estava com febre) muito antes do limite, recebi a confirmação, e o reembolso de {amount} está «em curso» há três semanas.",
                "Quero saber quando é que recebo, concretamente.",
            ),
        ],
        "en": [
            (
                "I cancelled my visit for {day} well within the time limit and was promised a {amount} refund within 5 days. It's been THREE weeks and nothing.",
                "Where is my money?",
            )
        ],
        "es": [
            (
                "Cancelé la visita del {day} dentro de plazo y me prometieron el reembolso de {amount} en 5 días. Llevo TRES semanas esperando.",
                "¿Dónde está mi dinero?",
            )
        ],
        "de": [
            (
                "Ich habe meinen Besuch am {day} fristgerecht storniert, Erstattung von {amount} in 5 Tagen versprochen. Jetzt sind es DREI Wochen und nichts ist da.",
                "Wo ist mein Geld?",
            )
        ],
        "it": [
            (
                "Ho annullato la visita di {day} nei tempi, mi avevano promesso il rimborso di {amount} in 5 giorni. Sono passate TRE settimane e niente.",
                "Dove sono i miei soldi?",
            )
        ],
    },
    "wrong_price": {
        "fr": [
            (
                "Je suis membre Cercle depuis un an et on m'a facturé le tarif public pour mon entrée à {site}, {amount} de plus que le tarif membre. Ma carte est pourtant bien active dans l'appli.",
                "Merci de me rembourser la différence.",
            ),
            (
                "Deuxième fois que la caisse de {site} ne reconnaît pas mon Cercle : tarif plein, {amount} de trop.",
                "Je paie 49 € par mois pour ça, remboursez la différence.",
            ),
        ],
        "pt": [
            (
                "Sou sócia Cercle há um ano e cobraram-me o preço normal na entrada do {site}, mais {amount} do que o preço de sócio. O cartão está ativo na app.",
                "Devolvam a diferença, por favor.",
            ),
            (
                "Segunda vez que a caixa do {site} não reconhece o meu Cercle: preço cheio, {amount} a mais.",
                "Pago 49 € por mês para isto? Quero a diferença de volta.",
            ),
        ],
        "en": [
            (
                "I've been a Cercle member for a year and was charged the public price at {site}, {amount} more than the member rate. My card shows as active in the app.",
                "Please refund the difference.",
            )
        ],
        "es": [
            (
                "Soy socia Cercle desde hace un año y en {site} me cobraron la tarifa general, {amount} más que la de socio. La tarjeta sale activa en la app.",
                "Devolvedme la diferencia.",
            )
        ],
        "de": [
            (
                "Ich bin seit einem Jahr Cercle-Mitglied und in {site} wurde mir der normale Preis berechnet, {amount} mehr als der Mitgliedspreis. In der App ist die Karte aktiv.",
                "Bitte die Differenz erstatten.",
            )
        ],
        "it": [
            (
                "Sono socia Cercle da un anno e a {site} mi hanno fatto pagare la tariffa piena, {amount} in più di quella da socio. In app la tessera è attiva.",
                "Rimborsatemi la differenza.",
            )
        ],
    },
    "cancel_fee": {
        "fr": [
            (
                "J'ai annulé mon massage CINQ jours à l'avance dans l'appli et vous m'avez prélevé {amount} de « frais d'annulation tardive ».",
                "Ces frais doivent être annulés, j'ai la capture d'écran de l'annulation.",
            ),
            (
                "Annulation faite le lundi pour un soin le samedi, et {amount} de pénalité « annulation moins de 24 h ». Vous savez compter ?",
                "Remboursez ces frais.",
            ),
        ],
        "pt": [
            (
                "Cancelei a massagem com CINCO dias de antecedência na app e cobraram-me {amount} de «taxa de cancelamento tardio».",
                "Essa taxa tem de ser anulada, tenho o print do cancelamento.",
            ),
            (
                "Cancelei na segunda para um tratamento no sábado e levei {amount} de multa por «cancelamento com menos de 24 h». Sabem contar?",
                "Devolvam essa taxa.",
            ),
        ],
        "en": [
            (
                "I cancelled my massage FIVE days ahead in the app and you've taken {amount} as a late cancellation fee.",
                "That fee has to go, I have the screenshot of the cancellation.",
            )
        ],
        "es": [
            (
                "Cancelé el masaje con CINCO días de antelación en la app y me habéis cobrado {amount} de «cancelación tardía».",
                "Quiero que anuléis ese cargo, tengo captura de la cancelación.",
            )
        ],
        "de": [
            (
                "Ich habe meine Massage FÜNF Tage vorher in der App storniert und ihr bucht {amount} «Stornogebühr» ab.",
                "Die Gebühr muss weg, ich habe den Screenshot der Stornierung.",
            )
        ],
        "it": [
            (
                "Ho annullato il massaggio con CINQUE giorni di anticipo dall'app e mi avete addebitato {amount} di «penale per annullamento tardivo».",
                "Quella penale va tolta, ho lo screenshot dell'annullamento.",
            )
        ],
    },
}

#: problem -> language -> a short line for chats, social posts and calls.
SHORT: dict[str, dict[str, str]] = {
    "closed": {
        "fr": "arrivée à {site} pour mon créneau de 10h, spa FERMÉ pour « maintenance », personne ne m'a prévenue",
        "pt": "cheguei ao {site} para o horário das 10h e o spa estava FECHADO «para manutenção», ninguém avisou",
        "en": "drove to {site} for my 10am slot and the spa was CLOSED for maintenance, nobody told me",
        "es": "llego a {site} para mi turno de las 10 y está CERRADO por mantenimiento, nadie avisó",
        "de": "um 10 Uhr vor {site} gestanden, GESCHLOSSEN wegen Wartung, keiner hat Bescheid gesagt",
        "it": "arrivata a {site} per le 10 e spa CHIUSO per manutenzione, nessuno ha avvisato",
    },
    "double_charge": {
        "fr": "mon entrée a été débitée 2 FOIS, {amount} x2 sur ma carte",
        "pt": "cobraram-me a entrada 2 VEZES, {amount} x2 no cartão",
        "en": "you've charged my visit TWICE, {amount} x2",
        "es": "me habéis cobrado la entrada DOS veces, {amount} x2",
        "de": "mein Eintritt wurde ZWEIMAL abgebucht, {amount} x2",
        "it": "mi avete addebitato l'ingresso DUE volte, {amount} x2",
    },
    "treatment": {
        "fr": "40 min à attendre ma praticienne en peignoir, personne, massage payé {amount} et pas fait",
        "pt": "40 min à espera da terapeuta de roupão, ninguém, massagem paga {amount} e não feita",
        "en": "waited 40 min in a robe for my massage, nobody came, {amount} paid for nothing",
        "es": "40 min esperando a la masajista en albornoz, nadie, {amount} pagados para nada",
        "de": "40 Minuten im Bademantel auf die Massage gewartet, niemand kam, {amount} bezahlt für nichts",
        "it": "40 minuti in accappatoio ad aspettare il massaggio, nessuno, {amount} pagati per niente",
    },
    "refund": {
        "fr": "3 semaines que j'attends le remboursement de {amount} pour une visite annulée dans les délais",
        "pt": "3 semanas à espera do reembolso de {amount} de uma visita cancelada dentro do prazo",
        "en": "3 weeks waiting for a {amount} refund on a visit I cancelled in time",
        "es": "3 semanas esperando el reembolso de {amount} de una visita cancelada a tiempo",
        "de": "seit 3 Wochen warte ich auf {amount} Erstattung für einen fristgerecht stornierten Besuch",
        "it": "3 settimane che aspetto il rimborso di {amount} per una visita annullata in tempo",
    },
    "wrong_price": {
        "fr": "membre Cercle et facturée au tarif public, {amount} de trop",
        "pt": "sócia Cercle e cobraram-me o preço normal, {amount} a mais",
        "en": "Cercle member and charged the public price, {amount} too much",
        "es": "socia Cercle y me cobran tarifa general, {amount} de más",
        "de": "Cercle-Mitglied und trotzdem Normalpreis, {amount} zu viel",
        "it": "socia Cercle e mi fate pagare tariffa piena, {amount} in più",
    },
    "cancel_fee": {
        "fr": "{amount} de frais d'annulation alors que j'ai annulé 5 jours avant",
        "pt": "{amount} de taxa de cancelamento quando cancelei 5 dias antes",
        "en": "a {amount} late cancellation fee when I cancelled 5 days ahead",
        "es": "{amount} de penalización cuando cancelé 5 días antes",
        "de": "{amount} Stornogebühr obwohl ich 5 Tage vorher storniert habe",
        "it": "{amount} di penale quando ho annullato 5 giorni prima",
    },
}

#: problem -> language -> a noun phrase for later contacts.
NOUN: dict[str, dict[str, str]] = {
    "closed": {
        "fr": "ma visite perdue (spa fermé sans prévenir)",
        "pt": "a minha visita perdida (spa fechado sem aviso)",
        "en": "my wasted trip (spa closed without notice)",
        "es": "mi visita perdida (spa cerrado sin avisar)",
        "de": "der umsonst gefahrene Besuch (Spa ohne Ankündigung zu)",
        "it": "la mia visita persa (spa chiuso senza avviso)",
    },
    "double_charge": {
        "fr": "le double débit de mon entrée",
        "pt": "a cobrança em duplicado da minha entrada",
        "en": "the double charge for my visit",
        "es": "el cobro duplicado de mi entrada",
        "de": "die doppelte Abbuchung",
        "it": "il doppio addebito dell'ingresso",
    },
    "treatment": {
        "fr": "mon massage payé et jamais fait",
        "pt": "a massagem paga e nunca feita",
        "en": "the massage I paid for and never got",
        "es": "el masaje pagado y nunca hecho",
        "de": "die bezahlte Massage, die nie stattfand",
        "it": "il massaggio pagato e mai fatto",
    },
    "refund": {
        "fr": "le remboursement de ma visite annulée",
        "pt": "o reembolso da visita cancelada",
        "en": "the refund for my cancelled visit",
        "es": "el reembolso de la visita cancelada",
        "de": "die Erstattung für den stornierten Besuch",
        "it": "il rimborso della visita annullata",
    },
    "wrong_price": {
        "fr": "le tarif public facturé malgré mon Cercle",
        "pt": "o preço normal cobrado apesar do Cercle",
        "en": "being charged the public price despite my Cercle card",
        "es": "la tarifa general cobrada pese al Cercle",
        "de": "der Normalpreis trotz Cercle",
        "it": "la tariffa piena nonostante il Cercle",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation injustifiés",
        "pt": "a taxa de cancelamento injusta",
        "en": "the unfair cancellation fee",
        "es": "la penalización injusta por cancelar",
        "de": "die ungerechtfertigte Stornogebühr",
        "it": "la penale di annullamento ingiusta",
    },
}

SUBJ: dict[str, dict[str, str]] = {
    "closed": {
        "fr": "Réclamation : spa fermé à mon arrivée",
        "pt": "Reclamação: spa fechado quando cheguei",
        "en": "Complaint: spa closed when I arrived",
        "es": "Reclamación: spa cerrado al llegar",
        "de": "Beschwerde: Spa bei Ankunft geschlossen",
        "it": "Reclamo: spa chiuso al mio arrivo",
    },
    "double_charge": {
        "fr": "Réclamation : double débit",
        "pt": "Reclamação: cobrança em duplicado",
        "en": "Complaint: charged twice",
        "es": "Reclamación: cobro duplicado",
        "de": "Beschwerde: doppelte Abbuchung",
        "it": "Reclamo: doppio addebito",
    },
    "treatment": {
        "fr": "Réclamation : massage non effectué",
        "pt": "Reclamação: massagem não realizada",
        "en": "Complaint: massage never happened",
        "es": "Reclamación: masaje no realizado",
        "de": "Beschwerde: Massage nicht durchgeführt",
        "it": "Reclamo: massaggio non effettuato",
    },
    "refund": {
        "fr": "Remboursement toujours pas reçu",
        "pt": "Reembolso ainda não recebido",
        "en": "Refund still not received",
        "es": "Reembolso sin recibir",
        "de": "Erstattung immer noch nicht da",
        "it": "Rimborso ancora non ricevuto",
    },
    "wrong_price": {
        "fr": "Réclamation : tarif Cercle non appliqué",
        "pt": "Reclamação: preço Cercle não aplicado",
        "en": "Complaint: Cercle rate not applied",
        "es": "Reclamación: tarifa Cercle no aplicada",
        "de": "Beschwerde: Cercle-Preis nicht berechnet",
        "it": "Reclamo: tariffa Cercle non applicata",
    },
    "cancel_fee": {
        "fr": "Réclamation : frais d'annulation",
        "pt": "Reclamação: taxa de cancelamento",
        "en": "Complaint: cancellation fee",
        "es": "Reclamación: penalización por cancelar",
        "de": "Beschwerde: Stornogebühr",
        "it": "Reclamo: penale di annullamento",
    },
}

#: problem -> language -> what the agent fixed ("good news" e-mails).
FIX: dict[str, dict[str, str]] = {
    "closed": {
        "fr": "nous avons remboursé votre Rituel et ajouté une entrée offerte sur votre compte",
        "pt": "reembolsámos o seu Ritual e oferecemos uma entrada, já disponível na sua conta",
        "en": "we've refunded your pass and added a free visit to your account",
        "es": "hemos devuelto su Ritual y añadido una entrada gratis a su cuenta",
        "de": "wir haben Ihr Ritual erstattet und Ihnen einen Gratis-Eintritt gutgeschrieben",
        "it": "abbiamo rimborsato il Rituale e aggiunto un ingresso omaggio al suo account",
    },
    "double_charge": {
        "fr": "le second débit a été annulé, il apparaîtra sur votre compte sous 2 à 3 jours",
        "pt": "a segunda cobrança foi anulada e aparece na conta em 2 a 3 dias",
        "en": "the second charge has been reversed and will show in 2 to 3 days",
        "es": "el segundo cargo está anulado y lo verá en 2 o 3 días",
        "de": "die zweite Abbuchung ist storniert und in 2 bis 3 Tagen zurück",
        "it": "il secondo addebito è stato annullato, lo vedrà in 2-3 giorni",
    },
    "treatment": {
        "fr": "votre massage est remboursé et un soin de 30 minutes vous est offert",
        "pt": "a massagem foi reembolsada e oferecemos um tratamento de 30 minutos",
        "en": "your massage is refunded and a 30-minute treatment is on us",
        "es": "el masaje está reembolsado y le regalamos un tratamiento de 30 minutos",
        "de": "die Massage ist erstattet und eine 30-Minuten-Behandlung geht auf uns",
        "it": "il massaggio è rimborsato e le offriamo un trattamento di 30 minuti",
    },
    "refund": {
        "fr": "le remboursement est parti ce matin",
        "pt": "o reembolso foi feito esta manhã",
        "en": "the refund went out this morning",
        "es": "el reembolso ha salido esta mañana",
        "de": "die Erstattung ist heute Morgen raus",
        "it": "il rimborso è partito stamattina",
    },
    "wrong_price": {
        "fr": "la différence vous a été remboursée et votre Cercle est de nouveau reconnu en caisse",
        "pt": "a diferença foi devolvida e o seu Cercle já é reconhecido na caixa",
        "en": "the difference is refunded and your Cercle card is recognised at the desk again",
        "es": "le hemos devuelto la diferencia y su Cercle ya se reconoce en caja",
        "de": "die Differenz ist erstattet und Ihre Cercle-Karte wird an der Kasse wieder erkannt",
        "it": "la differenza è rimborsata e il Cercle è di nuovo riconosciuto in cassa",
    },
    "cancel_fee": {
        "fr": "les frais ont été annulés et remboursés",
        "pt": "a taxa foi anulada e devolvida",
        "en": "the fee has been cancelled and refunded",
        "es": "la penalización está anulada y devuelta",
        "de": "die Gebühr ist storniert und erstattet",
        "it": "la penale è stata annullata e rimborsata",
    },
}

SOCIAL_TAIL: Table = {
    "fr": [
        "Bravo Caldessa 👏",
        "Franchement inadmissible.",
        "JAMAIS vu ça.",
        "Merci pour rien Caldessa.",
    ],
    "pt": [
        "Parabéns Caldessa 👏",
        "Inadmissível.",
        "NUNCA vi nada assim.",
        "Obrigadinha Caldessa.",
    ],
    "en": ["Well done Caldessa 👏", "Absolute joke."],
    "es": ["Enhorabuena Caldessa 👏", "Vergonzoso."],
    "de": ["Danke für nichts, Caldessa.", "Unfassbar."],
    "it": ["Complimenti Caldessa 👏", "Vergognoso."],
}

CHAT_FRAME: Table = {
    "fr": [
        "bonjour, {short} !! c'est normal ??",
        "Bonjour. {short}. Je fais comment ?",
        "{short}. quelqu'un peut m'expliquer ?",
    ],
    "pt": [
        "olá, {short}!! isto é normal??",
        "Bom dia. {short}. Como é que faço?",
        "{short}. alguém me explica?",
    ],
    "en": ["hi, {short}!! is this normal??", "{short}. what do I do now?"],
    "es": ["hola, {short}!! esto es normal??", "{short}. ¿qué hago?"],
    "de": ["hallo, {short}!! ist das normal??", "{short}. Was soll ich jetzt machen?"],
    "it": ["ciao, {short}!! è normale??", "{short}. come faccio?"],
}

EMAIL_FRAME: Table = {
    "fr": [
        "Bonjour,\n\n{core}\n\n{demand}\n\n{first} {last}",
        "Madame, Monsieur,\n\n{core} {demand}\n\nCordialement,\n{first} {last}",
    ],
    "pt": [
        "Bom dia,\n\n{core}\n\n{demand}\n\n{first} {last}",
        "Exmos. Senhores,\n\n{core} {demand}\n\nCumprimentos,\n{first} {last}",
    ],
    "en": ["Hello,\n\n{core}\n\n{demand}\n\n{first} {last}"],
    "es": ["Hola,\n\n{core}\n\n{demand}\n\n{first} {last}"],
    "de": ["Hallo,\n\n{core}\n\n{demand}\n\n{first} {last}"],
    "it": ["Buongiorno,\n\n{core}\n\n{demand}\n\n{first} {last}"],
}

FORM_FRAME: Table = {
    "fr": ["{core} {demand} Réservation au nom de {first} {last}.", "{core} {demand}"],
    "pt": ["{core} {demand} Reserva em nome de {first} {last}.", "{core} {demand}"],
    "en": ["{core} {demand} Booking under {first} {last}."],
    "es": ["{core} {demand} Reserva a nombre de {first} {last}."],
    "de": ["{core} {demand} Buchung auf {first} {last}."],
    "it": ["{core} {demand} Prenotazione a nome di {first} {last}."],
}

#: Long e-mails, the complaint inside a letter: (subject, body).
LONG_EMAIL: Pairs = {
    "fr": [
        (
            "Ce qui s'est passé samedi",
            "Bonjour,\n\nJe vous écris du parking de l'hôpital où mon père est en rééducation depuis six semaines (hanche), entre deux visites, alors pardonnez le style. Depuis qu'il est là je tiens la boulangerie seule avec ma fille et mon seul moment à moi, c'est Caldessa, une fois par mois, depuis quatre ans.\n\n{core}\n\nJe ne suis pas du genre à me plaindre, vous pouvez vérifier, c'est mon premier message en quatre ans. Mais là, ce n'était pas le mois pour ça. {demand}\n\nJe vous remercie de votre lecture.\n\n{first} {last}",
        ),
        (
            "Déçue, et je vous explique pourquoi",
            "Bonjour à l'équipe,\n\nJ'écris ce message dans la salle d'attente de l'orthodontiste des jumeaux, donc il sera long et un peu décousu. Nous venons de déménager, les cartons sont partout, et mon mari m'avait offert cette matinée pour souffler.\n\n{core}\n\nJ'aime beaucoup vos spas, j'en ai parlé à toutes mes collègues, et c'est justement pour ça que je suis aussi déçue. {demand}\n\nBien à vous,\n{first} {last}",
        ),
    ],
    "pt": [
        (
            "O que aconteceu no sábado",
            "Boa tarde,\n\nEscrevo do carro, à porta do centro de fisioterapia onde a minha mãe está a recuperar de uma operação à anca, por isso desculpem os erros. Desde que ela caiu sou eu que trato de tudo lá em casa e da loja, e a Caldessa é a única coisa que faço por mim, uma vez por mês, há quatro anos.\n\n{core}\n\nNão sou de reclamar, podem ver, é a primeira vez que vos escrevo em quatro anos. Mas não era o mês para isto. {demand}\n\nObrigada pela atenção.\n\n{first} {last}",
        ),
        (
            "Desiludida, e explico porquê",
            "Bom dia,\n\nEstou a escrever na sala de espera do dentista dos miúdos, por isso vai sair comprido. Mudámos de casa há duas semanas, caixas por todo o lado, e o meu marido ofereceu-me esta manhã para eu descansar.\n\n{core}\n\nGosto muito dos vossos spas, já falei deles a todas as colegas, e é por isso mesmo que estou tão desiludida. {demand}\n\nCumprimentos,\n{first} {last}",
        ),
    ],
}

#: Calls: {short} is written as spoken (no punctuation).
PHONE_FRAME: Table = {
    "fr": [
        "oui bonjour {first} {last} à l'appareil je vous appelle parce que {short} voilà je voudrais que quelqu'un s'en occupe",
        "allô oui bonjour c'est {first} {last} alors voilà {short} et franchement je suis pas contente",
    ],
    "pt": [
        "sim bom dia fala {first} {last} estou a ligar porque {short} pronto queria que alguém tratasse disto",
        "está sim boa tarde é {first} {last} olhe {short} e sinceramente não estou nada contente",
    ],
    "en": [
        "hi yeah it's {first} {last} I'm calling because {short} and I'd like someone to sort it out"
    ],
    "es": ["hola buenas soy {first} {last} llamo porque {short} y quiero que alguien lo solucione"],
    "de": [
        "ja hallo hier ist {first} {last} ich rufe an weil {short} und ich möchte dass sich jemand darum kümmert"
    ],
    "it": [
        "sì buongiorno sono {first} {last} chiamo perché {short} e vorrei che qualcuno se ne occupasse"
    ],
}

#: Agents' replies.
CASE_OPENED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {first},\n\nNous sommes sincèrement désolés pour ce qui s'est passé. Nous avons ouvert le dossier {ref} et revenons vers vous très vite.\n\n{agent}, service clients Caldessa",
    ),
    "pt": (
        "O seu processo {ref}",
        "Olá {first},\n\nLamentamos muito o que aconteceu. Abrimos o processo {ref} e voltamos ao contacto muito em breve.\n\n{agent}, apoio ao cliente Caldessa",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\n\nWe're really sorry about this. We've opened case {ref} and will get back to you shortly.\n\n{agent}, Caldessa customer care",
    ),
    "es": (
        "Su incidencia {ref}",
        "Hola {first},\n\nSentimos mucho lo ocurrido. Hemos abierto la incidencia {ref} y le respondemos muy pronto.\n\n{agent}, atención al cliente Caldessa",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {first},\n\nes tut uns sehr leid. Wir haben den Vorgang {ref} angelegt und melden uns schnellstmöglich.\n\n{agent}, Caldessa Kundenservice",
    ),
    "it": (
        "La sua pratica {ref}",
        "Buongiorno {first},\n\nci dispiace molto per l'accaduto. Abbiamo aperto la pratica {ref} e la ricontattiamo a breve.\n\n{agent}, assistenza clienti Caldessa",
    ),
}
CHAT_CASE: Table = {
    "fr": [
        "Je suis vraiment désolée. J'ai ouvert le dossier {ref}, vous aurez une réponse par mail aujourd'hui. {agent}"
    ],
    "pt": [
        "Peço imensa desculpa. Abri o processo {ref}, recebe resposta por email ainda hoje. {agent}"
    ],
    "en": ["I'm so sorry. I've opened case {ref}, you'll hear back by email today. {agent}"],
    "es": [
        "Lo siento muchísimo. He abierto la incidencia {ref}, le escribimos hoy por email. {agent}"
    ],
    "de": [
        "Das tut mir sehr leid. Ich habe den Vorgang {ref} angelegt, Sie hören heute per Mail von uns. {agent}"
    ],
    "it": [
        "Mi dispiace davvero. Ho aperto la pratica {ref}, riceverà risposta via mail oggi. {agent}"
    ],
}
GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Dossier {ref}",
        "Bonjour {first},\n\nBonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n\n{agent}",
    ),
    "pt": (
        "RE: Processo {ref}",
        "Olá {first},\n\nBoas notícias sobre o processo {ref}: {fix}. Pode confirmar-nos que está tudo bem do seu lado?\n\n{agent}",
    ),
    "en": (
        "Re: Your case {ref}",
        "Hi {first},\n\nGood news on case {ref}: {fix}. Could you confirm everything is in order on your side?\n\n{agent}",
    ),
    "es": (
        "RE: Incidencia {ref}",
        "Hola {first},\n\nBuenas noticias sobre la incidencia {ref}: {fix}. ¿Nos confirma que todo está en orden?\n\n{agent}",
    ),
    "de": (
        "AW: Vorgang {ref}",
        "Hallo {first},\n\ngute Nachricht zum Vorgang {ref}: {fix}. Können Sie bestätigen, dass alles passt?\n\n{agent}",
    ),
    "it": (
        "R: Pratica {ref}",
        "Buongiorno {first},\n\nbuone notizie sulla pratica {ref}: {fix}. Ci conferma che è tutto a posto?\n\n{agent}",
    ),
}
QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "fr": (
        "Dossier {ref} : responsable qualité",
        "Bonjour {first},\n\nVotre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}",
    ),
    "pt": (
        "Processo {ref}: responsável de qualidade",
        "Olá {first},\n\nO seu processo {ref} está agora com a nossa responsável de qualidade, que lhe telefona antes de sexta ao almoço.\n\n{agent}",
    ),
    "en": (
        "Case {ref}: our quality lead",
        "Hi {first},\n\nYour case {ref} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}",
    ),
    "es": (
        "Incidencia {ref}: responsable de calidad",
        "Hola {first},\n\nSu incidencia {ref} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n\n{agent}",
    ),
    "de": (
        "Vorgang {ref}: Qualitätsleitung",
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\n{agent}",
    ),
    "it": (
        "Pratica {ref}: responsabile qualità",
        "Buongiorno {first},\n\nla sua pratica {ref} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\n{agent}",
    ),
}
ADDED_URGENT: Table = {
    "fr": [
        "C'est ajouté à votre dossier {ref}, marqué urgent. Toutes mes excuses pour l'attente. {agent}"
    ],
    "pt": ["Acrescentei ao processo {ref} e marquei como urgente. Desculpe a demora. {agent}"],
    "en": ["Added to your case {ref} and marked urgent. Sorry for the wait. {agent}"],
    "es": ["Añadido a su incidencia {ref}, marcada como urgente. Disculpe la espera. {agent}"],
    "de": [
        "Zum Vorgang {ref} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit. {agent}"
    ],
    "it": ["Aggiunto alla pratica {ref}, segnata come urgente. Mi scusi per l'attesa. {agent}"],
}
REF_SUBJ: dict[str, str] = {
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Processo {ref}",
    "en": "Re: Your case {ref}",
    "es": "RE: Incidencia {ref}",
    "de": "AW: Vorgang {ref}",
    "it": "R: Pratica {ref}",
}

CONFIRM: Table = {
    "fr": [
        "C'est bon pour le dossier {ref}, tout est réglé. Merci {agent} !",
        "Confirmé, dossier {ref} : c'est bien arrivé. Merci pour le suivi",
    ],
    "pt": [
        "Está tudo certo com o processo {ref}, obrigada {agent}!",
        "Confirmo, processo {ref}: já recebi. Obrigado pelo acompanhamento",
    ],
    "en": ["All sorted on case {ref}, thanks {agent}!"],
    "es": ["Confirmado, incidencia {ref} resuelta. ¡Gracias {agent}!"],
    "de": ["Vorgang {ref} ist erledigt, alles angekommen. Danke {agent}!"],
    "it": ["Confermo, pratica {ref} risolta. Grazie {agent}!"],
}
APOLOGY: Table = {
    "fr": [
        "Désolée pour mon message d'hier, j'étais à bout de nerfs. Merci d'avoir réglé ça si vite",
        "Je me suis un peu emporté hier, pardon. Merci pour la réponse rapide",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, estava com os nervos à flor da pele. Obrigada por resolverem tão depressa",
        "Ontem exaltei-me um bocado, peço desculpa. Obrigado pela resposta rápida",
    ],
    "en": [
        "Sorry about yesterday's message, I was at the end of my tether. Thanks for sorting it so fast"
    ],
    "es": [
        "Perdón por el mensaje de ayer, estaba de los nervios. Gracias por resolverlo tan rápido"
    ],
    "de": ["Entschuldigung für gestern, ich war echt am Ende. Danke, dass es so schnell ging"],
    "it": [
        "Scusate per il messaggio di ieri, ero esasperata. Grazie per aver risolto così in fretta"
    ],
}
NPS_LOW_WORDS: Table = {
    "fr": ["Déçue.", "", "Pas comme ça qu'on traite ses clients", "bof"],
    "pt": ["Desiludida.", "", "Não é assim que se tratam os clientes", "mau"],
    "en": ["Disappointed.", ""],
    "es": ["Decepcionada.", ""],
    "de": ["Enttäuscht.", ""],
    "it": ["Delusa.", ""],
}
CSAT_LOW_WORDS: Table = {
    "fr": ["Nul", "", "Pas réglé"],
    "pt": ["Mau", "", "Nada resolvido"],
    "en": ["Poor", ""],
    "es": ["Mal", ""],
    "de": ["Schlecht", ""],
    "it": ["Male", ""],
}

#: Repeat contacts: the second, third (naming a competitor) and fourth contact.
REPEAT2: Table = {
    "fr": [
        "Dossier {ref} : toujours rien concernant {noun}. Personne ne m'a recontactée.",
        "Je relance pour le dossier {ref}, {noun}, toujours pas réglé !",
    ],
    "pt": [
        "Processo {ref}: ainda nada sobre {noun}. Ninguém me contactou.",
        "Volto a insistir no processo {ref}, {noun}, continua por resolver!",
    ],
    "en": ["Case {ref}: still nothing about {noun}. Nobody has got back to me."],
    "es": ["Incidencia {ref}: sigo sin noticias sobre {noun}. Nadie me ha llamado."],
    "de": ["Vorgang {ref} ({noun}): immer noch nichts. Keiner hat sich gemeldet."],
    "it": ["Pratica {ref}: ancora niente per {noun}. Nessuno mi ha ricontattata."],
}
REPEAT3: Table = {
    "fr": [
        "Troisième fois que je vous contacte pour le dossier {ref} ({noun}). Une collègue va chez {competitor} et chez eux ce genre de chose est réglé le jour même.",
        "Dossier {ref}, troisième relance pour {noun}. J'ai regardé les tarifs de {competitor}, je commence à me poser des questions.",
    ],
    "pt": [
        "Terceira vez que vos contacto pelo processo {ref} ({noun}). Uma colega vai à {competitor} e lá isto resolve-se no próprio dia.",
        "Processo {ref}, terceira vez por causa de {noun}. Já fui ver os preços da {competitor}, começo a pensar.",
    ],
    "en": [
        "Third time I'm contacting you about case {ref} ({noun}). A colleague goes to {competitor} and they sort this kind of thing the same day."
    ],
    "es": [
        "Tercera vez que os escribo por la incidencia {ref} ({noun}). Una compañera va a {competitor} y allí esto se arregla en el día."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {ref} ({noun}). Eine Kollegin geht zu {competitor}, da wird sowas am selben Tag geklärt."
    ],
    "it": [
        "Terza volta che vi contatto per la pratica {ref} ({noun}). Una collega va da {competitor} e lì queste cose si risolvono in giornata."
    ],
}
REPEAT4: Table = {
    "fr": ["QUATRIÈME fois. Dossier {ref}, {noun} : toujours RIEN. C'est une blague ?"],
    "pt": ["QUARTA vez. Processo {ref}, {noun}: continua TUDO na mesma. Estão a brincar?"],
    "en": ["FOURTH time. Case {ref}, {noun}: still NOTHING. Is this a joke?"],
    "es": ["CUARTA vez. Incidencia {ref}, {noun}: NADA. ¿Es una broma?"],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}, {noun}: immer noch NICHTS. Soll das ein Witz sein?"],
    "it": ["QUARTA volta. Pratica {ref}, {noun}: ancora NIENTE. È uno scherzo?"],
}

#: The six steps of a slide from a happy baseline.
SLIDE: dict[str, list[list[str]]] = {
    "fr": [
        [
            "Le bassin extérieur de {site} était tiède samedi, limite froid. Pas comme d'habitude.",
            "Créneau de 14h complètement surbooké, pas un transat de libre, la queue pour le hammam. Un peu déçue.",
            "Deuxième visite de suite où le hammam est « en maintenance ». Personne ne prévient.",
            "Le Cercle passe de 49 à 59 € par mois, appris par le prélèvement. Pas un mot avant. Sympa.",
            "Et maintenant 25 € de « peignoir non rendu » alors que je l'ai déposé dans le bac devant l'hôtesse !!! Vous avez des caméras, regardez-les.",
            "Ma sœur va chez {competitor}, j'ai réservé samedi là-bas. On verra bien.",
        ],
        [
            "Tiens, plus de tisane offerte à {site} en fin de séance. Dommage.",
            "Massage écourté de 10 minutes, « on a du retard ». Bof.",
            "Sauna à peine chaud, le panneau dit 60°. C'est un sauna ou une salle d'attente ?",
            "Prix du Rituel en hausse pour la deuxième fois cette année, et toujours pas de sèche-cheveux qui marchent.",
            "On me facture 25 € de « serviette manquante ». J'ai rendu les DEUX serviettes. C'est du vol, ni plus ni moins.",
            "Un collègue m'a parlé de {competitor}, j'y vais samedi. Caldessa, c'était bien avant.",
        ],
    ],
    "pt": [
        [
            "A piscina exterior do {site} estava morna no sábado, quase fria. Não é costume.",
            "Horário das 14h completamente esgotado, nem uma espreguiçadeira livre, fila para o banho turco. Fiquei desiludida.",
            "Segunda visita seguida com o banho turco «em manutenção». Ninguém avisa.",
            "O Cercle passou de 49 para 59 € por mês, soube pelo débito. Nem um aviso. Bonito.",
            "E agora 25 € por «roupão não devolvido» quando o deixei no cesto à frente da rececionista!!! Têm câmaras, vejam.",
            "A minha irmã vai à {competitor}, já marquei sábado lá. Logo se vê.",
        ],
        [
            "Já não há chá oferecido no fim da visita no {site}. Pena.",
            "Massagem 10 minutos mais curta, «estamos atrasados». Enfim.",
            "Sauna mal aquecida, o painel diz 60°. É sauna ou sala de espera?",
            "O Ritual subiu pela segunda vez este ano e os secadores continuam sem funcionar.",
            "Cobram-me 25 € por «toalha em falta». Devolvi as DUAS toalhas. Isto é roubo.",
            "Um colega falou-me da {competitor}, vou lá no sábado. A Caldessa já foi boa.",
        ],
    ],
    "en": [
        [
            "Outdoor pool at {site} was lukewarm on Saturday, nearly cold. Not like usual.",
            "2pm slot completely oversold, not a lounger free, queue for the steam room. Bit disappointed.",
            "Second visit in a row the steam room is 'under maintenance'. No warning.",
            "Cercle up from £42 to £51 a month, found out from my bank statement. Not a word beforehand.",
            "And now a £22 'robe not returned' charge when I put it in the bin right in front of reception!!! You have cameras, check them.",
            "My sister goes to {competitor}, I've booked there for Saturday. We'll see.",
        ]
    ],
    "es": [
        [
            "La piscina exterior de {site} estaba tibia el sábado, casi fría. No es lo normal.",
            "Turno de las 14 lleno hasta arriba, ni una tumbona libre, cola para el hammam. Algo decepcionada.",
            "Segunda visita seguida con el hammam «en mantenimiento». Nadie avisa.",
            "El Cercle pasa de 49 a 59 € al mes y me entero por el cargo. Ni un aviso.",
            "¡¡¡Y ahora 25 € por «albornoz no devuelto» cuando lo dejé en el cesto delante de recepción!!! Tenéis cámaras, miradlas.",
            "Mi hermana va a {competitor}, ya he reservado el sábado allí. Ya veremos.",
        ]
    ],
    "de": [
        [
            "Das Außenbecken in {site} war am Samstag lauwarm, fast kalt. Sonst nie so.",
            "14-Uhr-Slot komplett überbucht, keine Liege frei, Schlange am Dampfbad. Etwas enttäuscht.",
            "Zweiter Besuch in Folge, bei dem das Dampfbad «in Wartung» ist. Keiner sagt was.",
            "Cercle von 49 auf 59 € im Monat, erfahren durch die Abbuchung. Kein Wort vorher.",
            "Und jetzt 25 € für «Bademantel nicht zurückgegeben», obwohl ich ihn vor der Rezeption in den Korb gelegt habe!!! Ihr habt Kameras, schaut nach.",
            "Meine Schwester geht zu {competitor}, ich hab für Samstag dort gebucht. Mal sehen.",
        ]
    ],
    "it": [
        [
            "La vasca esterna di {site} sabato era tiepida, quasi fredda. Non è da voi.",
            "Fascia delle 14 strapiena, neanche un lettino libero, coda per il bagno turco. Un po' delusa.",
            "Seconda visita di fila con il bagno turco «in manutenzione». Nessuno avvisa.",
            "Il Cercle passa da 49 a 59 € al mese, scoperto dall'addebito. Neanche una parola.",
            "E adesso 25 € di «accappatoio non restituito» quando l'ho messo nel cesto davanti alla reception!!! Avete le telecamere, guardatele.",
            "Mia sorella va da {competitor}, ho prenotato sabato lì. Vedremo.",
        ]
    ],
}

#: Leavers: (subject, body) asking to cancel Cercle and close the account.
CANCEL_REQ: Pairs = {
    "fr": [
        (
            "Résiliation Cercle",
            "Bonjour,\n\nNous partons vivre au Québec en janvier, je souhaite donc résilier mon abonnement Caldessa Cercle et fermer mon compte. Merci pour ces deux belles années.\n\n{first} {last}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, nous avons fait installer un sauna dans le jardin cet été, je ne viens presque plus. Merci de résilier mon Cercle et de fermer mon compte. {first}",
        ),
    ],
    "pt": [
        (
            "Cancelamento Cercle",
            "Bom dia,\n\nVamos viver para o Canadá em janeiro, por isso quero cancelar o Caldessa Cercle e fechar a minha conta. Obrigada por estes dois anos.\n\n{first} {last}",
        ),
        (
            "Fechar conta",
            "Olá, montámos uma sauna no quintal este verão e já quase não vou. Quero cancelar o Cercle e fechar a conta, por favor. {first}",
        ),
    ],
    "en": [
        (
            "Cancel Cercle",
            "Hello,\n\nWe're moving to Canada in January, so I'd like to cancel my Caldessa Cercle membership and close my account. Thanks for two lovely years.\n\n{first} {last}",
        )
    ],
    "es": [
        (
            "Baja Cercle",
            "Hola,\n\nNos vamos a vivir a Canadá en enero, así que quiero darme de baja del Cercle y cerrar la cuenta. Gracias por estos dos años.\n\n{first} {last}",
        )
    ],
    "de": [
        (
            "Kündigung Cercle",
            "Hallo,\n\nwir haben uns im Sommer eine Sauna in den Garten gebaut und ich komme kaum noch. Bitte Cercle kündigen und mein Konto schließen.\n\n{first} {last}",
        )
    ],
    "it": [
        (
            "Disdetta Cercle",
            "Buongiorno,\n\nci trasferiamo in Canada a gennaio, vorrei disdire il Cercle e chiudere l'account. Grazie per questi due anni.\n\n{first} {last}",
        )
    ],
}
SORRY_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "RE : Résiliation",
        "Bonjour {first},\n\nNous sommes tristes de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Mon compte > Cercle.\n\nTout de bon,\n{agent}",
    ),
    "pt": (
        "RE: Cancelamento",
        "Olá {first},\n\nTemos pena de a ver partir. Pode cancelar na app ou no site, em A minha conta > Cercle.\n\nTudo de bom,\n{agent}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {first},\n\nSorry to see you go. You can cancel yourself in the app or on the website under My account > Cercle.\n\nAll the best,\n{agent}",
    ),
    "es": (
        "RE: Baja",
        "Hola {first},\n\nSentimos que se vaya. Puede darse de baja en la app o en la web, en Mi cuenta > Cercle.\n\nUn saludo,\n{agent}",
    ),
    "de": (
        "AW: Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website unter Mein Konto > Cercle kündigen.\n\nAlles Gute,\n{agent}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {first},\n\nci dispiace vederla andare via. Può disdire dall'app o dal sito, in Il mio account > Cercle.\n\nUn saluto,\n{agent}",
    ),
}
CANCEL_REASON: dict[str, str] = {
    "fr": "Déménagement / autre",
    "pt": "Mudança / outro",
    "en": "Moving / other",
    "es": "Mudanza / otro",
    "de": "Umzug / Sonstiges",
    "it": "Trasloco / altro",
}

#: Steadily grumpy: small grumbles, again and again.
GRUMBLE: Table = {
    "fr": [
        "L'appli me déconnecte à CHAQUE fois, obligée de retaper mon mot de passe à l'accueil.",
        "Encore la musique trop forte dans la salle de repos. C'est une salle de REPOS.",
        "Vestiaires glacés en arrivant, comme d'hab à {site}.",
        "Les chaussons à 4 € maintenant ? Sérieusement.",
        "Parking payant même pour les clients, 6 € les 3 heures. Bravo.",
        "Le SMS « votre créneau commence dans 2 h » à 7h du matin, merci bien.",
        "Toujours pas de casiers assez grands pour un manteau d'hiver.",
    ],
    "pt": [
        "A app faz logout SEMPRE, tenho de meter a password outra vez na receção.",
        "Outra vez música altíssima na sala de descanso. É sala de DESCANSO.",
        "Balneário gelado à chegada, como sempre no {site}.",
        "Chinelos a 4 € agora? A sério.",
        "Estacionamento pago até para clientes, 6 € por 3 horas. Bravo.",
        "SMS «o seu horário começa daqui a 2 h» às 7 da manhã, muito obrigada.",
        "Continua a não haver cacifos onde caiba um casaco de inverno.",
    ],
    "en": [
        "The app logs me out EVERY single time.",
        "Music in the relaxation room far too loud again.",
        "Changing rooms freezing when you arrive, as usual.",
        "£3.50 for slippers now? Seriously.",
        "Paid parking even for customers. Brilliant.",
        "The 'your slot starts in 2 hours' text at 7am, thanks a lot.",
        "Still no lockers big enough for a winter coat.",
    ],
    "es": [
        "La app me cierra la sesión SIEMPRE.",
        "Otra vez la música altísima en la sala de relax.",
        "Vestuarios helados al llegar, como siempre.",
        "¿Chanclas a 4 € ahora? En serio.",
        "Parking de pago hasta para clientes. Bravo.",
        "SMS de «su turno empieza en 2 h» a las 7 de la mañana, gracias.",
        "Siguen sin taquillas donde quepa un abrigo.",
    ],
    "de": [
        "Die App loggt mich JEDES Mal aus.",
        "Schon wieder viel zu laute Musik im Ruheraum.",
        "Umkleide eiskalt bei Ankunft, wie immer.",
        "Schlappen jetzt 4 €? Im Ernst.",
        "Parken kostet selbst für Gäste. Toll.",
        "Die SMS «Ihr Slot beginnt in 2 Stunden» um 7 Uhr morgens, danke auch.",
        "Immer noch keine Spinde für einen Wintermantel.",
    ],
    "it": [
        "L'app mi scollega OGNI volta.",
        "Di nuovo musica altissima nella sala relax.",
        "Spogliatoi gelidi all'arrivo, come sempre.",
        "Ciabatte a 4 € adesso? Sul serio.",
        "Parcheggio a pagamento anche per i clienti. Bravi.",
        "SMS «la sua fascia inizia tra 2 ore» alle 7 di mattina, grazie tante.",
        "Ancora niente armadietti per un cappotto invernale.",
    ],
}

SARCASM: Table = {
    "fr": [
        "Super l'eau du bassin « chauffé » à {site}, on se croirait en Bretagne en avril 👏",
        "Merci Caldessa pour la séance de méditation imposée : 35 minutes d'attente à l'accueil 🙃",
    ],
    "pt": [
        "Adorei a piscina «aquecida» do {site}, parecia o mar da Nazaré em março 👏",
        "Obrigada Caldessa pela meditação forçada: 35 minutos na fila da receção 🙃",
    ],
    "en": ["Loved the 'heated' pool at {site}, very Irish Sea in April 👏"],
    "es": ["Qué maravilla la piscina «climatizada» de {site}, como el Cantábrico en abril 👏"],
    "de": ["Toll, das «beheizte» Becken in {site}, wie die Ostsee im April 👏"],
    "it": ["Bellissima la vasca «riscaldata» di {site}, sembrava l'Adriatico ad aprile 👏"],
}

#: One mild grumble and the agent's answer (quiet weekend).
MILD: Pairs = {
    "fr": [
        (
            "l'appli affiche encore les horaires d'été pour {site}, c'est normal ?",
            "Bonjour, merci de nous l'avoir signalé, les horaires de {site} sont corrigés. {agent}",
        ),
        (
            "Les photos des soins ne chargent pas sur le site, juste des carrés gris.",
            "Bonjour, merci, c'est transmis à l'équipe web. {agent}",
        ),
    ],
    "pt": [
        (
            "a app ainda mostra o horário de verão do {site}, é normal?",
            "Olá, obrigada pelo aviso, o horário do {site} já está corrigido. {agent}",
        ),
        (
            "As fotos dos tratamentos não carregam no site, só quadrados cinzentos.",
            "Olá, obrigado, já passámos à equipa do site. {agent}",
        ),
    ],
    "en": [
        (
            "the app still shows summer opening hours for {site}, is that right?",
            "Hi, thanks for flagging, {site}'s hours are fixed now. {agent}",
        )
    ],
    "es": [
        (
            "la app sigue mostrando el horario de verano de {site}, ¿es normal?",
            "Hola, gracias por avisar, ya está corregido. {agent}",
        )
    ],
    "de": [
        (
            "die App zeigt für {site} noch die Sommeröffnungszeiten, stimmt das?",
            "Hallo, danke für den Hinweis, die Zeiten sind korrigiert. {agent}",
        )
    ],
    "it": [
        (
            "l'app mostra ancora l'orario estivo di {site}, è normale?",
            "Ciao, grazie della segnalazione, orario corretto. {agent}",
        )
    ],
}

#: The spike: the app and its reminders in Finnish, error LC88-FI.
SPIKE: Table = {
    "fr": [
        "Euh l'appli Caldessa est en FINNOIS ce matin ?! « Varauksesi »… je ne sais même pas à quelle heure est mon créneau à {site}. Erreur LC88-FI quand je veux changer la langue",
        "Tout est en finnois dans l'appli, impossible de retrouver ma réservation de ce matin. Code LC88-FI. On fait comment ??",
        "bonjour, l'appli et le mail de rappel sont en finnois, je dois être à {site} dans 1h et je ne comprends rien. erreur LC88-FI",
        "Je voulais ajouter un massage à ma visite de 11h mais l'appli est entièrement en finnois et affiche LC88-FI. Sérieux ?",
        "Quelqu'un d'autre a l'appli Caldessa en finnois ? Paramètres > Langue → LC88-FI. Mon créneau, aucune idée",
        "Réveil, je vérifie ma résa pour {site}… tout en finnois. LC88-FI. Je suis pas réveillée ou quoi",
    ],
    "pt": [
        "A app da Caldessa está em FINLANDÊS?! Não consigo ver a que horas é a minha marcação no {site}. Erro LC88-FI ao mudar a língua",
        "tudo em finlandês na app, não encontro a reserva de hoje. código LC88-FI. e agora??",
        "Bom dia, a app e o email de lembrete vêm em finlandês, tenho de estar no {site} daqui a uma hora e não percebo nada. Erro LC88-FI",
        "Queria juntar uma massagem à visita das 11h mas a app está toda em finlandês e dá LC88-FI. A sério?",
        "Mais alguém com a app da Caldessa em finlandês? Definições > Idioma dá LC88-FI. Não sei a hora da minha reserva",
        "Acordei, fui ver a reserva do {site}… tudo em finlandês. LC88-FI. Ainda estou a sonhar?",
    ],
    "en": [
        "Why is the Caldessa app in Finnish this morning?? Can't see what time my slot at {site} is. Changing the language just gives error LC88-FI",
        "App completely in Finnish, error LC88-FI, booked for 10:30 and no idea if it's still there",
    ],
    "es": [
        "¿La app de Caldessa en FINLANDÉS? No veo a qué hora es mi turno en {site}. Al cambiar el idioma sale error LC88-FI",
        "todo en finlandés en la app, error LC88-FI, tengo reserva a las 11 y no sé ni dónde mirar",
    ],
    "de": [
        "Warum ist die Caldessa-App heute früh auf FINNISCH? Ich finde meine Uhrzeit für {site} nicht. Sprache ändern gibt Fehler LC88-FI",
        "alles auf Finnisch in der App, Fehler LC88-FI, Termin um 11 und keine Ahnung ob der noch steht",
    ],
    "it": [
        "L'app di Caldessa è in FINLANDESE stamattina?! Non vedo a che ora è la mia fascia a {site}. Cambiando lingua errore LC88-FI",
        "app tutta in finlandese, errore LC88-FI, prenotazione alle 11 e non capisco niente",
    ],
}
SPIKE_SUBJ: Table = {
    "fr": ["Appli en finnois ?!", "Erreur LC88-FI"],
    "pt": ["App em finlandês?!", "Erro LC88-FI"],
    "en": ["App in Finnish??"],
    "es": ["App en finlandés"],
    "de": ["App auf Finnisch"],
    "it": ["App in finlandese"],
}
SPIKE_AGAIN: Table = {
    "fr": [
        "Toujours en finnois, même sur le téléphone de mon mari. LC88-FI partout. On part quand même à {site}, on verra sur place",
        "Je réessaie : toujours LC88-FI, toujours en finnois. Et je vois sur le forum que je ne suis pas la seule",
        "Désinstallé, réinstallé : TOUJOURS en finnois, toujours LC88-FI. Il est où mon créneau ?",
    ],
    "pt": [
        "Continua em finlandês, até no telemóvel do meu marido. LC88-FI em todo o lado. Vamos na mesma ao {site}, logo se vê",
        "Tentei outra vez: LC88-FI, tudo em finlandês. E pelo fórum vejo que não sou a única",
        "Desinstalei e instalei outra vez: CONTINUA em finlandês, continua LC88-FI. Onde está a minha marcação?",
    ],
    "en": [
        "Still Finnish, on my husband's phone too. LC88-FI everywhere. Heading to {site} anyway"
    ],
    "es": ["Sigue en finlandés, también en el móvil de mi marido. LC88-FI en todas partes"],
    "de": ["Immer noch Finnisch, auch auf dem Handy meines Mannes. Überall LC88-FI"],
    "it": ["Ancora in finlandese, anche sul telefono di mio marito. LC88-FI ovunque"],
}
SPIKE_AGAIN_SUBJ: dict[str, str] = {
    "fr": "Toujours en finnois",
    "pt": "Continua em finlandês",
    "en": "Still in Finnish",
    "es": "Sigue en finlandés",
    "de": "Immer noch Finnisch",
    "it": "Ancora in finlandese",
}
SPIKE_CHAT_ANSWER: Table = {
    "fr": [
        "Bonjour, oui, l'appli s'affiche en finnois pour tout le monde en ce moment, nos équipes sont dessus. Votre réservation est bien maintenue, venez à l'heure prévue. {agent}"
    ],
    "pt": [
        "Olá, sim, a app está a aparecer em finlandês para toda a gente neste momento, a equipa já está a tratar. A sua reserva mantém-se, venha à hora marcada. {agent}"
    ],
    "en": [
        "Hi, yes, the app is showing in Finnish for everyone right now, our engineers are on it. Your booking stands, just come at your usual time. {agent}"
    ],
    "es": [
        "Hola, sí, la app sale en finlandés a todo el mundo ahora mismo, los técnicos ya están en ello. Su reserva sigue en pie. {agent}"
    ],
    "de": [
        "Hallo, ja, die App erscheint gerade bei allen auf Finnisch, unsere Technik ist dran. Ihre Buchung bleibt bestehen. {agent}"
    ],
    "it": [
        "Ciao, sì, l'app è in finlandese per tutti in questo momento, i tecnici ci stanno lavorando. La prenotazione resta valida. {agent}"
    ],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre appli Caldessa est de nouveau en français",
        "Bonjour {first},\n\nDepuis {local} (heure locale), l'appli et nos e-mails s'affichent de nouveau dans votre langue. Toutes nos excuses pour ce matin : {credit} de crédit ont été ajoutés à votre compte.\n\n{agent}",
    ),
    "pt": (
        "A sua app Caldessa voltou ao português",
        "Olá {first},\n\nDesde as {local} (hora local) a app e os nossos emails voltaram à sua língua. As nossas desculpas por esta manhã: juntámos {credit} de crédito à sua conta.\n\n{agent}",
    ),
    "en": (
        "Your Caldessa app is back in English",
        "Hi {first},\n\nSince {local} (local time) the app and our emails are back in your language. Sorry about this morning: we've added {credit} credit to your account.\n\n{agent}",
    ),
    "es": (
        "Su app Caldessa vuelve a estar en español",
        "Hola {first},\n\nDesde las {local} (hora local) la app y los emails vuelven a estar en su idioma. Disculpe lo de esta mañana: le hemos añadido {credit} de crédito.\n\n{agent}",
    ),
    "de": (
        "Ihre Caldessa-App ist wieder auf Deutsch",
        "Hallo {first},\n\nseit {local} Uhr (Ortszeit) sind App und E-Mails wieder in Ihrer Sprache. Entschuldigung für heute Morgen: wir haben Ihnen {credit} Guthaben gutgeschrieben.\n\n{agent}",
    ),
    "it": (
        "La sua app Caldessa è di nuovo in italiano",
        "Buongiorno {first},\n\ndalle {local} (ora locale) l'app e le nostre mail sono di nuovo nella sua lingua. Ci scusi per stamattina: le abbiamo aggiunto {credit} di credito.\n\n{agent}",
    ),
}

#: Two lone questions on the Friday before the spike: an app that works.
LONE: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonjour, après la mise à jour d'hier soir l'appli m'a demandé de choisir ma langue, j'ai mis français et tout va bien. Ma réservation de dimanche à {site} est toujours là ?",
        "Bonjour, oui, la mise à jour demande une seule fois de confirmer la langue ; votre réservation de dimanche est bien enregistrée. {agent}",
    ),
    "pt": (
        "Olá, depois da atualização de ontem a app pediu para escolher a língua, escolhi português e está tudo bem. A minha reserva de domingo no {site} continua lá?",
        "Olá, sim, a atualização pede uma vez para confirmar a língua; a sua reserva de domingo está registada. {agent}",
    ),
}

#: The calm week's two mild grumbles (Monday, chat) and their answers.
SLOW_PAGE: Pairs = {
    "fr": [
        (
            "La page des cartes cadeaux met une éternité à charger ce matin",
            "Bonjour, merci, c'est signalé, ça devrait aller mieux dans la journée. {agent}",
        )
    ],
    "pt": [
        (
            "A página dos cartões oferta está a demorar imenso a carregar",
            "Olá, obrigado, já está sinalizado, deve melhorar durante o dia. {agent}",
        )
    ],
    "en": [
        (
            "gift card page taking ages to load this morning",
            "Hi, thanks, reported, should be quicker later today. {agent}",
        )
    ],
    "es": [
        (
            "la página de tarjetas regalo tarda muchísimo en cargar",
            "Hola, gracias, ya está avisado. {agent}",
        )
    ],
    "de": [("die Gutscheinseite lädt heute ewig", "Hallo, danke, ist gemeldet. {agent}")],
    "it": [
        (
            "la pagina dei buoni regalo ci mette una vita a caricare",
            "Ciao, grazie, segnalato. {agent}",
        )
    ],
}
