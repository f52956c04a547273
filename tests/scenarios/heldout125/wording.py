# ruff: noqa: E501
"""Consumer wording for heldout125 (Raggiolo: rooftop solar-panel cleaning and care).

Tables are keyed by language; every entry is a list of variants. Fields in braces
are filled by the generator: brand, case, comp, amt, code, time, day, agent.
"""

from __future__ import annotations

BRAND = "Raggiolo"
COMPETITORS = ("Clarisol", "Panelwisch")
SPIKE_CODE = "SB-509Q"

PRODUCTS = [
    ("Panel cleaning up to 12 panels / Pulizia pannelli fino a 12", "89.00", "/book/cleaning-s"),
    ("Panel cleaning up to 24 panels / Pulizia pannelli fino a 24", "139.00", "/book/cleaning-m"),
    ("Panel cleaning up to 40 panels / Pulizia pannelli fino a 40", "199.00", "/book/cleaning-l"),
    ("Bird-proof mesh fitting / Rete anti-piccioni", "249.00", "/book/bird-mesh"),
    ("Inverter and cabling check / Controllo inverter e cavi", "119.00", "/book/inverter-check"),
    ("Thermal drone survey / Termografia con drone", "159.00", "/book/drone-survey"),
    ("Raggiolo Care plan, first month / Piano Raggiolo Care, primo mese", "12.90", "/care"),
]
PAGES = [
    "/book",
    "/care",
    "/app/yield",
    "/help/cleaning-mode",
    "/book/calendar",
    "/help/rain-days",
    "/account/visits",
]

PRAISE = {
    "de": [
        "Heute war das Team von {brand} da, Module blitzblank und die Anlage bringt gleich sichtbar mehr. Danke!",
        "Schon das dritte Mal mit {brand} und wieder alles top: pünktlich, freundlich, kein Dreck auf der Terrasse.",
        "Nach dem Pollenfrühling sahen die Paneele grün aus, jetzt wieder schwarz wie neu. Sehr empfehlenswert {brand}",
        "super netter Monteur, hat mir sogar den Wechselrichter erklärt. gerne wieder",
    ],
    "it": [
        "Pannelli puliti stamattina da {brand}, la produzione è salita subito. Ragazzi gentilissimi!",
        "Terza volta con {brand} e sempre puntuali, niente acqua sul balcone del vicino. Bravi",
        "dopo i lavori in strada i pannelli erano grigi di polvere, ora rendono di nuovo. consigliatissimi",
        "Il tecnico ha trovato un cavo rosicchiato dai piccioni e l'ha sistemato al volo. Grazie {brand}!",
    ],
    "en": [
        "Had {brand} round this morning, panels spotless and the app already shows a better day. Lovely lads."
    ],
    "fr": [
        "Équipe {brand} passée ce matin, panneaux impeccables, la production remonte déjà. Merci !"
    ],
    "es": [
        "Hoy vino el equipo de {brand}, placas limpísimas y ya se nota en la producción. Muy majos"
    ],
    "pt": ["A equipa da {brand} veio hoje, painéis impecáveis e a produção já subiu. Recomendo!"],
}
GRIPE = {
    "de": [
        "Sehr zufrieden mit der Reinigung, nur das Zeitfenster von 8 bis 14 Uhr ist echt lang. Sonst top",
        "Alles sauber, nur der Bericht kam erst drei Tage später per Mail. Ansonsten gerne wieder",
    ],
    "it": [
        "Lavoro ottimo, peccato che il furgone abbia bloccato il passo carraio per un'ora. Per il resto bravi",
        "Pannelli perfetti, solo le foto nel rapporto sono un po' sfocate. Comunque consigliati",
    ],
    "en": [
        "Great clean, only wish the app told me the crew was on the way. Still five stars from me"
    ],
    "fr": ["Très bon travail, juste le créneau de 8h à 14h un peu long. Sinon parfait"],
    "es": ["Todo perfecto, solo que el aviso de llegada llegó cuando ya estaban en la puerta"],
    "pt": ["Trabalho excelente, só o relatório demorou dois dias a chegar. De resto, nota 10"],
}
QUESTION = {
    "de": [
        "Hallo, kann ich die Reinigung auch buchen wenn ich nicht zuhause bin? Das Dach ist von außen erreichbar",
        "Muss ich den Wechselrichter vor dem Termin selber ausschalten oder macht das Ihr Team?",
        "wie lange vorher kann man wegen Regen verschieben?",
    ],
    "it": [
        "Buongiorno, posso prenotare la pulizia anche se non sono in casa? Il tetto si raggiunge dal cortile",
        "Devo spegnere io l'inverter prima dell'intervento o lo fa il tecnico?",
        "ciao, la rete anti-piccioni va bene anche su tetto in coppi?",
    ],
    "en": ["Hi, do I need to be in for the clean? Ladder access is from the back garden"],
    "fr": [
        "Bonjour, faut-il être présent pour le nettoyage ? L'accès au toit se fait par le jardin"
    ],
    "es": ["Hola, ¿tengo que estar en casa para la limpieza? Se sube por el patio"],
    "pt": ["Olá, preciso de estar em casa para a limpeza? O acesso ao telhado é pelo quintal"],
}
ANSWER = {
    "de": [
        "Hallo! Nein, Sie müssen nicht zuhause sein, das Team schaltet den Wechselrichter über die App in den Reinigungsmodus und danach wieder zurück. Viele Grüße, {agent}"
    ],
    "it": [
        "Buongiorno! Non serve essere presenti: il tecnico mette l'inverter in modalità pulizia dall'app e lo riattiva alla fine. Un saluto, {agent}"
    ],
    "en": [
        "Hi! No need to be in: the crew switches the inverter to cleaning mode from the app and back on when done. Best, {agent}"
    ],
    "fr": [
        "Bonjour ! Pas besoin d'être présent : l'équipe passe l'onduleur en mode nettoyage depuis l'appli puis le remet en marche. Bien à vous, {agent}"
    ],
    "es": [
        "¡Hola! No hace falta: el equipo pone el inversor en modo limpieza desde la app y lo vuelve a encender al terminar. Un saludo, {agent}"
    ],
    "pt": [
        "Olá! Não é preciso: a equipa põe o inversor em modo limpeza pela app e volta a ligá-lo no fim. Cumprimentos, {agent}"
    ],
}
THANKS = {
    "de": ["Super, danke!", "ok perfekt danke", "Danke für die schnelle Antwort 👍"],
    "it": ["Perfetto, grazie mille!", "ok grazie", "Gentilissimi, grazie 🙏"],
    "en": ["Brilliant, thanks!"],
    "fr": ["Parfait, merci !"],
    "es": ["Genial, ¡gracias!"],
    "pt": ["Ótimo, obrigado!"],
}
PHONE_Q = {
    "de": [
        "ja hallo ich wollte fragen ob Sie auch Vogelschutzgitter machen bei einem Walmdach und was das ungefähr kostet",
        "guten Tag ich hab eine Frage zum Care Abo ob da zwei Reinigungen im Jahr drin sind",
    ],
    "it": [
        "sì buongiorno volevo sapere se fate anche la rete per i piccioni su un tetto a padiglione e quanto costa più o meno",
        "salve una domanda sul piano Care se comprende due pulizie l'anno",
    ],
    "en": [
        "hi yeah just wondering if you do the bird mesh on a hipped roof and roughly what it costs"
    ],
    "fr": [
        "oui bonjour je voulais savoir si vous posez des grillages anti pigeons sur un toit à quatre pans et le prix"
    ],
    "es": [
        "hola buenas quería saber si ponéis la malla antipalomas en un tejado a cuatro aguas y cuánto cuesta"
    ],
    "pt": [
        "olá bom dia queria saber se colocam a rede contra pombos num telhado de quatro águas e quanto custa"
    ],
}
PHONE_FOLLOW = {
    "de": [
        "Guten Tag, wie am Telefon besprochen: Das Vogelschutzgitter geht auch beim Walmdach, Angebot im Anhang. Freundliche Grüße, {agent}"
    ],
    "it": [
        "Buongiorno, come detto al telefono: la rete si può montare anche sul tetto a padiglione, in allegato il preventivo. Cordiali saluti, {agent}"
    ],
    "en": [
        "Hello, as discussed on the phone: the mesh works on a hipped roof too, quote attached. Kind regards, {agent}"
    ],
    "fr": [
        "Bonjour, comme convenu au téléphone : le grillage se pose aussi sur un toit à quatre pans, devis en pièce jointe. Cordialement, {agent}"
    ],
    "es": [
        "Hola, como hablamos por teléfono: la malla se puede poner en tejado a cuatro aguas, presupuesto adjunto. Saludos, {agent}"
    ],
    "pt": [
        "Olá, como falámos ao telefone: a rede pode ser colocada no telhado de quatro águas, orçamento em anexo. Cumprimentos, {agent}"
    ],
}
REVIEW = {
    "de": ["Pünktlich, sauber, fair. Fünf Sterne.", "Gute Arbeit, Anlage läuft wieder voll."],
    "it": ["Puntuali e precisi, cinque stelle.", "Lavoro pulito, produzione tornata al massimo."],
    "en": ["Quick, tidy and fair price."],
    "fr": ["Rapide, soigné, prix correct."],
    "es": ["Rápidos, limpios y buen precio."],
    "pt": ["Rápidos, cuidadosos e preço justo."],
}
SURVEY_WORD = {
    "de": ["Top", "", "👍", "alles gut"],
    "it": ["Ottimo", "", "👍", "tutto bene"],
    "en": ["Great", ""],
    "fr": ["Parfait", ""],
    "es": ["Genial", ""],
    "pt": ["Ótimo", ""],
}
NIGHT_POST = {
    "de": [
        "Nachtschicht vorbei, 3 Uhr, und ich freu mich dass morgen {brand} die Module putzt. Endlich wieder volle Leistung",
        "kann nicht schlafen, schaue mir die Ertragskurve von heute an seit der Reinigung. Schön",
    ],
    "it": [
        "Turno di notte finito, sono le 2 e guardo il grafico della produzione di oggi dopo la pulizia di {brand}. Che soddisfazione",
        "insonnia, prenoto la pulizia per sabato. almeno questo è facile",
    ],
    "en": [
        "3am after a night shift and I'm looking at yesterday's yield graph since the clean. Best money I've spent"
    ],
    "fr": [
        "2h du matin, insomnie, je regarde la courbe de production depuis le nettoyage. Bluffant"
    ],
    "es": ["Las 2 de la mañana y mirando la gráfica de producción desde la limpieza. Una pasada"],
    "pt": ["2 da manhã, sem sono, a ver o gráfico de produção desde a limpeza. Impressionante"],
}
NIGHT_Q = {
    "de": ["Hallo, noch wer da? Kann ich den Termin am Samstag auf nachmittags schieben?"],
    "it": ["Salve, c'è qualcuno? Posso spostare l'appuntamento di sabato al pomeriggio?"],
    "en": ["Anyone about? Can I move Saturday's visit to the afternoon?"],
    "fr": ["Bonsoir, je peux décaler le rendez-vous de samedi à l'après-midi ?"],
    "es": ["Hola, ¿puedo pasar la cita del sábado a la tarde?"],
    "pt": ["Olá, posso passar a visita de sábado para a tarde?"],
}
NIGHT_A = {
    "de": ["Guten Abend! Ja, erledigt: Samstag 13-17 Uhr. Gute Nacht, {agent}"],
    "it": ["Buonasera! Fatto: sabato 13-17. Buona notte, {agent}"],
    "en": ["Evening! Done: Saturday 1-5pm. Night, {agent}"],
    "fr": ["Bonsoir ! C'est fait : samedi 13h-17h. Bonne nuit, {agent}"],
    "es": ["¡Buenas! Hecho: sábado de 13 a 17. Buenas noches, {agent}"],
    "pt": ["Boa noite! Feito: sábado das 13 às 17. {agent}"],
}

# The six consumer problems, one core sentence each (the customer's own words).
PROBLEM = {
    "no_show": {
        "de": [
            "Die App sagt seit Samstag 'Reinigung abgeschlossen', aber es war NIEMAND da. Die Module sind genauso dreckig wie vorher",
            "Termin als erledigt markiert, Team nie gekommen, ich hab den ganzen Vormittag gewartet",
        ],
        "it": [
            "L'app dice 'pulizia completata' da sabato ma qui non è venuto NESSUNO. I pannelli sono sporchi come prima",
            "Intervento segnato come fatto, tecnici mai visti, ho aspettato tutta la mattina",
        ],
        "en": [
            "App says 'clean completed' since Saturday but NOBODY came. Panels are as filthy as before"
        ],
        "fr": [
            "L'appli indique 'nettoyage terminé' mais PERSONNE n'est venu. Les panneaux sont aussi sales qu'avant"
        ],
        "es": [
            "La app pone 'limpieza completada' pero aquí NO vino NADIE. Las placas igual de sucias"
        ],
        "pt": [
            "A app diz 'limpeza concluída' mas NÃO veio NINGUÉM. Os painéis estão tão sujos como antes"
        ],
    },
    "double_charge": {
        "de": [
            "Mir wurde die Reinigung ZWEIMAL abgebucht, {amt} doppelt, und jetzt ist das Konto im Minus",
            "Die Reinigung steht zweimal auf meinem Kontoauszug, je {amt}",
        ],
        "it": [
            "Mi avete addebitato la pulizia DUE volte, {amt} doppio, e ora il conto è in rosso",
            "La pulizia compare due volte sull'estratto conto, {amt} ciascuna",
        ],
        "en": ["You've charged me TWICE for the clean, {amt} each, and now my account's overdrawn"],
        "fr": ["Le nettoyage m'a été débité DEUX fois, {amt} chacun"],
        "es": ["Me habéis cobrado la limpieza DOS veces, {amt} cada una"],
        "pt": ["Cobraram a limpeza DUAS vezes, {amt} cada"],
    },
    "damage": {
        "de": [
            "Beim Reinigen sind drei Dachziegel gebrochen und es tropft jetzt in den Speicher",
            "Ihr Team hat einen Dachziegel zerbrochen, beim letzten Regen war der Dachboden nass",
        ],
        "it": [
            "Durante la pulizia hanno rotto tre tegole e ora piove in soffitta",
            "I vostri tecnici hanno spaccato due coppi, con la pioggia di ieri è entrata acqua",
        ],
        "en": [
            "Your crew cracked three roof tiles during the clean and now it drips into the loft"
        ],
        "fr": ["Votre équipe a cassé trois tuiles, maintenant il pleut dans le grenier"],
        "es": ["Vuestro equipo rompió tres tejas y ahora entra agua en el desván"],
        "pt": ["A vossa equipa partiu três telhas e agora entra água no sótão"],
    },
    "refund": {
        "de": [
            "Ich habe den Termin vor DREI Wochen storniert und die {amt} immer noch nicht zurück",
            "Die Erstattung über {amt} für den abgesagten Termin ist nach 3 Wochen nicht da",
        ],
        "it": [
            "Ho annullato l'intervento TRE settimane fa e i {amt} non sono ancora tornati",
            "Il rimborso di {amt} per l'appuntamento annullato dopo 3 settimane non è arrivato",
        ],
        "en": ["Cancelled the visit THREE weeks ago and still no sign of my {amt} refund"],
        "fr": ["J'ai annulé il y a TROIS semaines et toujours pas de remboursement de {amt}"],
        "es": ["Cancelé hace TRES semanas y los {amt} siguen sin devolverse"],
        "pt": ["Cancelei há TRÊS semanas e os {amt} ainda não foram devolvidos"],
    },
    "wrong_price": {
        "de": [
            "Ich bin im Care-Abo und mir wurde trotzdem der volle Preis berechnet, {amt} statt dem Abopreis",
            "Care Mitglied seit 2024 aber die Rechnung zeigt den normalen Preis",
        ],
        "it": [
            "Sono nel piano Care e mi avete fatto pagare il prezzo pieno, {amt} invece della tariffa Care",
            "iscritta al Care dal 2024 ma la fattura ha il prezzo normale",
        ],
        "en": ["I'm on the Care plan and got charged the full price, {amt}, not the Care rate"],
        "fr": ["Je suis abonnée Care et on m'a facturé le plein tarif, {amt}"],
        "es": ["Soy del plan Care y me cobrasteis el precio completo, {amt}"],
        "pt": ["Sou do plano Care e cobraram o preço total, {amt}"],
    },
    "cancel_fee": {
        "de": [
            "Ich habe VIER Tage vorher wegen Urlaub verschoben und trotzdem eine Stornogebühr von {amt} bekommen",
            "Stornogebühr {amt} obwohl ich fast eine Woche vorher abgesagt habe",
        ],
        "it": [
            "Ho spostato QUATTRO giorni prima e mi avete addebitato {amt} di penale",
            "Penale di {amt} anche se ho disdetto quasi una settimana prima",
        ],
        "en": ["Rescheduled FOUR days ahead and still got a {amt} late-cancellation fee"],
        "fr": ["J'ai décalé QUATRE jours avant et on me facture {amt} de frais d'annulation"],
        "es": ["Cambié la cita CUATRO días antes y me cobráis {amt} de penalización"],
        "pt": ["Remarquei QUATRO dias antes e cobraram {amt} de taxa de cancelamento"],
    },
}
TOPIC = {
    "no_show": {
        "de": "Reinigung nie erfolgt",
        "it": "Pulizia mai fatta",
        "en": "Clean never happened",
        "fr": "Nettoyage jamais fait",
        "es": "Limpieza no realizada",
        "pt": "Limpeza não feita",
    },
    "double_charge": {
        "de": "Doppelte Abbuchung",
        "it": "Doppio addebito",
        "en": "Charged twice",
        "fr": "Double débit",
        "es": "Cobro doble",
        "pt": "Cobrança dupla",
    },
    "damage": {
        "de": "Dachziegel beschädigt",
        "it": "Tegole rotte",
        "en": "Broken roof tiles",
        "fr": "Tuiles cassées",
        "es": "Tejas rotas",
        "pt": "Telhas partidas",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "it": "Rimborso mancante",
        "en": "Missing refund",
        "fr": "Remboursement manquant",
        "es": "Reembolso pendiente",
        "pt": "Reembolso em falta",
    },
    "wrong_price": {
        "de": "Falscher Preis trotz Care",
        "it": "Prezzo sbagliato con Care",
        "en": "Wrong price on Care plan",
        "fr": "Mauvais tarif Care",
        "es": "Precio erróneo plan Care",
        "pt": "Preço errado plano Care",
    },
    "cancel_fee": {
        "de": "Stornogebühr",
        "it": "Penale annullamento",
        "en": "Cancellation fee",
        "fr": "Frais d'annulation",
        "es": "Penalización",
        "pt": "Taxa de cancelamento",
    },
}
COMPLAINT_SUBJECT = {
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "pt": "Reclamação: ",
}
CASE_SUBJECT = {
    "de": "AW: Vorgang {case}",
    "it": "R: Segnalazione {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "es": "RE: Incidencia {case}",
    "pt": "RE: Pedido {case}",
}
SHORT_TAIL = {
    "de": [
        "Das ist eine Frechheit.",
        "JETZT REICHTS. Ich will eine Antwort heute.",
        "Bitte sofort klären!!",
    ],
    "it": [
        "Una vergogna.",
        "ADESSO BASTA. Voglio una risposta oggi.",
        "Sistemate subito per favore!!",
    ],
    "en": ["This is a joke."],
    "fr": ["C'est inadmissible."],
    "es": ["YA ESTÁ BIEN."],
    "pt": ["Isto é inaceitável."],
}
LONG_EMAIL = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Tierärztin, während unser Hund genäht wird, deshalb kurz und ohne Umschweife, auch wenn es mir schwerfällt ruhig zu bleiben. Wir haben die Anlage vor vier Jahren aufs Dach gesetzt und ich kümmere mich seitdem um alles, weil mein Mann Schicht arbeitet. {core}. Ich habe schon im Chat gefragt und keine Antwort bekommen.\n\nIch erwarte, dass das bis Ende der Woche erledigt ist.\n\nMit freundlichen Grüßen",
        "Hallo zusammen,\n\nich sitze gerade im Auto vor der Musikschule meiner Tochter und habe endlich zehn Minuten. Eigentlich war ich mit {brand} immer zufrieden, letztes Jahr lief alles reibungslos. Aber diesmal: {core}. Ich habe meinem Nachbarn Ihre Firma empfohlen und stehe jetzt ziemlich dumm da.\n\nBitte melden Sie sich, gern auch telefonisch nach 17 Uhr.\n\nGruß",
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dalla sala d'attesa dell'ospedale dove mia madre fa la fisioterapia, quindi perdonate la fretta. Abbiamo installato l'impianto nel 2021 e da allora me ne occupo io. Vi ho sempre consigliato a tutti, ma questa volta: {core}. Ho già provato in chat senza risposta.\n\nMi aspetto che la cosa venga risolta entro venerdì.\n\nCordiali saluti",
        "Buonasera,\n\nscrivo dal bar sotto l'ufficio in pausa pranzo. Sono cliente da tre anni e non ho mai avuto problemi, anzi. Però adesso {core}. Sinceramente non me l'aspettavo da voi.\n\nAttendo una risposta, anche per telefono dopo le 18.\n\nSaluti",
    ],
}
PHONE_PROBLEM = {
    "de": [
        "ja guten Tag ich ruf an weil {core_lc} und ich will dass das heute noch jemand klärt",
        "hallo ich bin echt sauer {core_lc} das kann doch nicht sein",
    ],
    "it": [
        "sì buongiorno chiamo perché {core_lc} e voglio che qualcuno me lo sistemi oggi",
        "pronto guardi sono arrabbiata {core_lc} non è possibile",
    ],
    "en": ["yeah hi I'm ringing because {core_lc} and I want someone to sort it today"],
    "fr": ["oui bonjour j'appelle parce que {core_lc} et je veux une solution aujourd'hui"],
    "es": ["hola buenas llamo porque {core_lc} y quiero que alguien lo arregle hoy"],
    "pt": ["olá bom dia ligo porque {core_lc} e quero que alguém resolva isto hoje"],
}
CASE_OPENED = {
    "de": [
        "Guten Tag, es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns innerhalb von 48 Stunden. Freundliche Grüße, {agent}"
    ],
    "it": [
        "Buongiorno, ci dispiace molto. Abbiamo aperto la segnalazione {case} e la ricontatteremo entro 48 ore. Cordiali saluti, {agent}"
    ],
    "en": [
        "Hello, we're sorry about this. We've opened case {case} and will be back to you within 48 hours. Kind regards, {agent}"
    ],
    "fr": [
        "Bonjour, nous sommes désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 48 h. Cordialement, {agent}"
    ],
    "es": [
        "Hola, lo sentimos. Hemos abierto la incidencia {case} y le respondemos en 48 horas. Saludos, {agent}"
    ],
    "pt": [
        "Olá, lamentamos. Abrimos o pedido {case} e respondemos em 48 horas. Cumprimentos, {agent}"
    ],
}
CHAT_CASE = {
    "de": [
        "Das tut mir leid! Ich habe den Vorgang {case} angelegt, die Kollegen melden sich. {agent}"
    ],
    "it": ["Mi dispiace! Ho aperto la segnalazione {case}, i colleghi la ricontattano. {agent}"],
    "en": ["So sorry! I've opened case {case}, the team will be in touch. {agent}"],
    "fr": ["Désolé ! J'ai ouvert la demande {case}, l'équipe vous recontacte. {agent}"],
    "es": ["¡Lo siento! He abierto la incidencia {case}, el equipo le contactará. {agent}"],
    "pt": ["Lamento! Abri o pedido {case}, a equipa vai contactá-lo. {agent}"],
}
GOOD_NEWS = {
    "de": [
        "Gute Nachrichten zu {case}: das ist erledigt. Können Sie uns kurz bestätigen, dass jetzt alles passt? {agent}"
    ],
    "it": [
        "Buone notizie sulla segnalazione {case}: è tutto sistemato. Può confermarci che ora va bene? {agent}"
    ],
    "en": ["Good news on case {case}: it's sorted. Could you confirm all is well now? {agent}"],
    "fr": ["Bonne nouvelle pour la demande {case} : c'est réglé. Pouvez-vous confirmer ? {agent}"],
    "es": ["Buenas noticias sobre {case}: resuelto. ¿Nos confirma que ya está todo bien? {agent}"],
    "pt": [
        "Boas notícias sobre o pedido {case}: resolvido. Pode confirmar que está tudo bem? {agent}"
    ],
}
CONFIRM = {
    "de": [
        "Bestätige: {case} ist erledigt, alles passt jetzt. Danke!",
        "Ja, {case} hat sich erledigt, danke fürs Kümmern",
    ],
    "it": [
        "Confermo: {case} risolta, ora è tutto a posto. Grazie!",
        "sì la {case} è sistemata, grazie",
    ],
    "en": ["Confirmed, {case} is sorted now. Thanks!"],
    "fr": ["Je confirme, {case} est réglée. Merci !"],
    "es": ["Confirmo, {case} resuelta. ¡Gracias!"],
    "pt": ["Confirmo, o {case} está resolvido. Obrigada!"],
}
APOLOGY = {
    "de": [
        "Sorry wegen gestern, war nicht gegen Sie persönlich. Danke dass sich so schnell jemand gekümmert hat"
    ],
    "it": ["Scusate per ieri, ero nervosa. Grazie per la rapidità"],
    "en": ["Sorry for yesterday's rant, thanks for sorting it so quickly"],
    "fr": ["Désolée pour hier, merci d'avoir réglé ça si vite"],
    "es": ["Perdón por lo de ayer, gracias por resolverlo tan rápido"],
    "pt": ["Desculpem ontem, obrigada por resolverem tão depressa"],
}
QUALITY_LEAD = {
    "de": [
        "Guten Tag, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "it": [
        "Buongiorno, la segnalazione {case} è ora in mano alla responsabile qualità, che la chiamerà entro venerdì a mezzogiorno. {agent}"
    ],
    "en": [
        "Hello, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "fr": [
        "Bonjour, votre demande {case} est chez notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "es": [
        "Hola, su incidencia {case} está con nuestra responsable de calidad, que le llamará antes del viernes a mediodía. {agent}"
    ],
    "pt": [
        "Olá, o seu pedido {case} está com a nossa responsável de qualidade, que ligará antes de sexta ao meio-dia. {agent}"
    ],
}
STILL_OPEN = {
    "de": [
        "Vorgang {case}: immer noch nichts passiert. {core}",
        "Ich schreibe nochmal wegen {case}, es ist NICHT erledigt. {core}",
    ],
    "it": [
        "Segnalazione {case}: ancora niente. {core}",
        "Scrivo di nuovo per la {case}, NON è risolto. {core}",
    ],
    "en": ["Case {case}: still nothing. {core}"],
    "fr": ["Demande {case} : toujours rien. {core}"],
    "es": ["Incidencia {case}: sigue sin resolverse. {core}"],
    "pt": ["Pedido {case}: continua tudo igual. {core}"],
}
THIRD = {
    "de": [
        "Eine Kollegin nimmt {comp}, die klären sowas am selben Tag.",
        "Ich hab mir schon angeschaut was {comp} verlangt.",
    ],
    "it": [
        "Una collega usa {comp} e lì risolvono in giornata.",
        "Ho già guardato quanto chiede {comp}.",
    ],
    "en": ["A mate uses {comp} and they sort this the same day."],
    "fr": ["Une collègue passe par {comp}, eux règlent ça dans la journée."],
    "es": ["Un compañero usa {comp} y lo arreglan el mismo día."],
    "pt": ["Uma colega usa a {comp} e resolvem no mesmo dia."],
}
FOURTH = {
    "de": ["Das ist jetzt das VIERTE Mal."],
    "it": ["È la QUARTA volta che scrivo."],
    "en": ["This is the FOURTH time."],
    "fr": ["C'est la QUATRIÈME fois."],
    "es": ["Es la CUARTA vez."],
    "pt": ["É a QUARTA vez."],
}
URGENT = {
    "de": ["Ich habe das zu {case} hinzugefügt und als dringend markiert. {agent}"],
    "it": ["L'ho aggiunto alla {case} e segnato come urgente. {agent}"],
    "en": ["I've added this to {case} and marked it urgent. {agent}"],
    "fr": ["J'ai ajouté ceci à {case}, marqué urgent. {agent}"],
    "es": ["Lo he añadido a {case} como urgente. {agent}"],
    "pt": ["Adicionei ao {case} como urgente. {agent}"],
}
SLIDE = {
    "de": [
        "Team kam drei Stunden später als angekündigt, ohne Anruf. Naja.",
        "Diesmal Schlieren auf den unteren Modulreihen. Früher war das gründlicher",
        "Leiterabdrücke an der frisch gestrichenen Fassade. Muss das sein?",
        "Zweimal wegen 'Regen' abgesagt, an beiden Tagen Sonne pur. Langsam nervt es",
        "45 € Anfahrtspauschale für einen Termin, den IHR abgesagt habt?! Unverschämt",
        "Mein Schwager nimmt {comp}, ich hab dort für Samstag gebucht.",
    ],
    "it": [
        "Squadra arrivata tre ore dopo l'orario, senza una telefonata. Mah.",
        "Stavolta aloni sulle file basse dei pannelli. Prima erano più accurati",
        "Segni della scala sulla facciata appena ridipinta. Serve davvero?",
        "Annullato due volte per 'pioggia', entrambi i giorni sole pieno. Comincio a stufarmi",
        "45 € di diritto di chiamata per un intervento che avete annullato VOI?! Vergognoso",
        "Mio cognato usa {comp}, ho prenotato da loro per sabato.",
    ],
    "en": [
        "Crew turned up three hours late, no call. Hmm.",
        "Streaks left on the bottom row this time. Used to be more thorough",
        "Ladder marks on the freshly painted render. Really?",
        "Cancelled twice for 'rain', glorious sunshine both days. Getting tired of this",
        "£40 call-out fee for a visit YOU cancelled?! Unbelievable",
        "My brother-in-law uses {comp}, I've booked them for Saturday.",
    ],
    "fr": [
        "Équipe arrivée trois heures en retard, sans appel. Bon.",
        "Des traces sur la rangée du bas cette fois. Avant c'était plus soigné",
        "Marques d'échelle sur la façade repeinte. Sérieusement ?",
        "Annulé deux fois pour 'pluie', grand soleil les deux jours. Ça m'agace",
        "45 € de frais de déplacement pour une visite que VOUS avez annulée ?! Scandaleux",
        "Mon beau-frère passe par {comp}, j'ai réservé chez eux pour samedi.",
    ],
    "es": [
        "El equipo llegó tres horas tarde, sin avisar. Bueno.",
        "Esta vez quedaron marcas en la fila de abajo. Antes eran más cuidadosos",
        "Marcas de la escalera en la fachada recién pintada. ¿En serio?",
        "Cancelado dos veces por 'lluvia', con sol los dos días. Ya cansa",
        "45 € de desplazamiento por una visita que cancelasteis VOSOTROS?! Vergonzoso",
        "Mi cuñado usa {comp}, he reservado con ellos para el sábado.",
    ],
    "pt": [
        "A equipa chegou três horas atrasada, sem ligar. Enfim.",
        "Desta vez ficaram manchas na fila de baixo. Antes eram mais cuidadosos",
        "Marcas da escada na fachada acabada de pintar. A sério?",
        "Cancelado duas vezes por 'chuva', sol nos dois dias. Já cansa",
        "45 € de deslocação por uma visita que VOCÊS cancelaram?! Vergonhoso",
        "O meu cunhado usa a {comp}, marquei com eles para sábado.",
    ],
}
LEAVE = {
    "de": [
        "Hallo, wir verkaufen das Haus und ziehen in eine Mietwohnung ohne Dach für uns. Bitte das Care-Abo kündigen und das Konto schließen.",
        "Guten Tag, die Anlage wird mit der Dachsanierung abgebaut. Ich möchte Care kündigen und mein Konto schließen.",
    ],
    "it": [
        "Buongiorno, vendiamo la casa e andiamo in affitto in un condominio. Vorrei disdire il piano Care e chiudere l'account.",
        "Salve, l'impianto viene smontato col rifacimento del tetto. Voglio disdire Care e chiudere l'account.",
    ],
    "en": ["Hi, we're selling up and moving to a flat. Please cancel Care and close my account."],
    "fr": [
        "Bonjour, nous vendons la maison pour un appartement. Merci de résilier Care et fermer mon compte."
    ],
    "es": [
        "Hola, vendemos la casa y nos vamos a un piso. Quiero cancelar Care y cerrar la cuenta."
    ],
    "pt": [
        "Olá, vamos vender a casa e mudar para um apartamento. Quero cancelar o Care e fechar a conta."
    ],
}
SORRY_GO = {
    "de": [
        "Schade, dass Sie gehen! Sie können Care und das Konto selbst in der App oder auf der Website kündigen. Alles Gute, {agent}"
    ],
    "it": [
        "Ci dispiace vederla andare! Può disdire Care e chiudere l'account da sola nell'app o sul sito. Auguri, {agent}"
    ],
    "en": [
        "Sorry to see you go! You can cancel Care and close the account yourself in the app or on the website. All the best, {agent}"
    ],
    "fr": [
        "Dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}"
    ],
    "es": ["¡Sentimos que se vaya! Puede cancelar usted mismo en la app o en la web. {agent}"],
    "pt": ["Lamentamos que saia! Pode cancelar na app ou no site. {agent}"],
}
GRUMBLE = {
    "de": [
        "Die App meldet mich JEDES Mal ab",
        "Warum kommt die Erinnerungs-SMS um 6 Uhr früh?",
        "Zeitfenster 8 bis 14 Uhr, wer soll sich das freinehmen",
        "Der Ertragsgraph in der App lädt ewig",
        "Rechnung nur als PDF im Portal versteckt",
    ],
    "it": [
        "L'app mi disconnette OGNI volta",
        "Perché l'SMS di promemoria arriva alle 6 del mattino?",
        "Fascia 8-14, chi può prendersi mezza giornata",
        "Il grafico della produzione nell'app non carica mai",
        "Fattura solo in PDF nascosta nel portale",
    ],
    "en": [
        "App logs me out EVERY time",
        "Why is the reminder text at 6am?",
        "An 8-2 window, who can take that off",
    ],
    "fr": [
        "L'appli me déconnecte à CHAQUE fois",
        "Pourquoi le SMS de rappel à 6h du matin ?",
        "Créneau 8h-14h, qui peut se libérer",
    ],
    "es": [
        "La app me cierra sesión CADA vez",
        "¿Por qué el SMS de recordatorio a las 6?",
        "Franja de 8 a 14, quién puede",
    ],
    "pt": [
        "A app desliga-me a sessão SEMPRE",
        "Porquê o SMS de lembrete às 6 da manhã?",
        "Janela das 8 às 14, quem consegue",
    ],
}
SARCASM = {
    "de": [
        "Toll, Reinigung bei Nieselregen, damit der Staub schön gleichmäßig verteilt ist 👏",
        "Danke für die Erinnerung um 5:58, der Hahn ist arbeitslos 😂",
    ],
    "it": [
        "Bellissimo, pulizia sotto la pioggerella così la polvere si spalma meglio 👏",
        "Grazie per il promemoria alle 5:58, il gallo è disoccupato 😂",
    ],
    "en": ["Love a clean in drizzle, spreads the dust nice and even 👏"],
    "fr": ["Génial, nettoyage sous la bruine, la poussière est bien répartie 👏"],
    "es": ["Genial, limpieza con llovizna para repartir bien el polvo 👏"],
    "pt": ["Ótimo, limpeza com chuvisco para espalhar bem o pó 👏"],
}
MILD = {
    "de": [
        "Kleine Sache: die Terminsuche zeigt mir Termine in Graz statt Linz",
        "Die Benachrichtigungen kommen auf Englisch obwohl Deutsch eingestellt ist",
    ],
    "it": [
        "Piccola cosa: la ricerca appuntamenti mi propone Bari invece di Bergamo",
        "Le notifiche arrivano in inglese anche se ho impostato italiano",
    ],
    "en": ["Small thing: booking search offers me Leeds not Leicester"],
    "fr": ["Petit souci : la recherche propose Lille au lieu de Lyon"],
    "es": ["Una cosita: el buscador me da citas en León en vez de Lugo"],
    "pt": ["Pequena coisa: a pesquisa dá-me Braga em vez de Beja"],
}
MILD_ANSWER = {
    "de": ["Danke für den Hinweis, das geben wir an die Technik weiter. {agent}"],
    "it": ["Grazie della segnalazione, la passiamo ai tecnici. {agent}"],
    "en": ["Thanks for flagging, passed to the tech team. {agent}"],
    "fr": ["Merci du signalement, transmis à l'équipe technique. {agent}"],
    "es": ["Gracias por avisar, lo pasamos al equipo técnico. {agent}"],
    "pt": ["Obrigado pelo aviso, passámos à equipa técnica. {agent}"],
}

# The spike: the app's cleaning mode switched on by itself on linked inverters.
SPIKE = {
    "de": [
        "Die App zeigt 'Reinigungsmodus aktiv', Fehler {code}, und der Wechselrichter ist aus. Es ist KEINE Reinigung gebucht und die Sonne scheint! Ausschalten geht nicht",
        "heute morgen steht der Wechselrichter auf Standby, in der App Reinigungsmodus {code}, produziert 0 W. was soll das",
        "Reinigungsmodus hat sich von selbst eingeschaltet ({code}), Anlage liefert nichts. Knopf 'Modus beenden' tut nichts",
    ],
    "it": [
        "L'app dice 'modalità pulizia attiva', errore {code}, e l'inverter è spento. NON ho prenotato nessuna pulizia e c'è il sole! Non si riesce a disattivare",
        "stamattina inverter in standby, nell'app modalità pulizia {code}, produzione 0 W. ma che succede",
        "La modalità pulizia si è attivata da sola ({code}), l'impianto non produce niente. Il tasto 'termina' non fa nulla",
    ],
    "en": [
        "App says 'cleaning mode active', error {code}, and my inverter's off. No clean booked and it's sunny! Can't switch it off"
    ],
    "fr": [
        "L'appli affiche 'mode nettoyage actif', erreur {code}, onduleur à l'arrêt. Aucun nettoyage prévu et il fait beau ! Impossible de le désactiver"
    ],
    "es": [
        "La app pone 'modo limpieza activo', error {code}, y el inversor está apagado. ¡No tengo limpieza y hace sol! No se puede quitar"
    ],
    "pt": [
        "A app diz 'modo limpeza ativo', erro {code}, e o inversor está desligado. Não marquei limpeza nenhuma e está sol! Não dá para desligar"
    ],
}
SPIKE_AGAIN = {
    "de": [
        "Immer noch {code}, jetzt auch auf dem Handy meiner Frau probiert, Modus lässt sich nicht beenden",
        "Nachtrag: weiterhin {code}, Anlage seit zwei Stunden aus",
    ],
    "it": [
        "Ancora {code}, provato anche dal telefono di mio marito, non si disattiva",
        "Aggiornamento: sempre {code}, impianto spento da due ore",
    ],
    "en": ["Still {code}, tried on my wife's phone too, won't come off cleaning mode"],
    "fr": ["Toujours {code}, essayé sur le téléphone de mon mari, rien"],
    "es": ["Sigue {code}, probado en el móvil de mi mujer, nada"],
    "pt": ["Continua {code}, tentei no telemóvel do meu marido, nada"],
}
SPIKE_CHAT_A = {
    "de": [
        "Ja, der Reinigungsmodus hat sich gerade bei vielen Anlagen selbst eingeschaltet, unsere Technik arbeitet daran. {agent}"
    ],
    "it": [
        "Sì, la modalità pulizia si è attivata da sola su molti impianti, i tecnici ci stanno lavorando. {agent}"
    ],
    "en": [
        "Yes, cleaning mode has switched itself on for many systems right now, our engineers are on it. {agent}"
    ],
    "fr": [
        "Oui, le mode nettoyage s'est activé seul sur beaucoup d'installations, nos techniciens s'en occupent. {agent}"
    ],
    "es": [
        "Sí, el modo limpieza se ha activado solo en muchas instalaciones, los técnicos están en ello. {agent}"
    ],
    "pt": [
        "Sim, o modo limpeza ligou-se sozinho em muitas instalações, os técnicos estão a tratar. {agent}"
    ],
}
SPIKE_FIXED = {
    "de": [
        "Guten Tag, seit {time} Uhr ist der Reinigungsmodus bei allen Anlagen wieder aus und die Wechselrichter laufen. Den entgangenen Ertrag schreiben wir Ihnen mit {amt} gut. {agent}"
    ],
    "it": [
        "Buongiorno, dalle {time} la modalità pulizia è disattivata ovunque e gli inverter funzionano. Le accreditiamo {amt} per la produzione persa. {agent}"
    ],
    "en": [
        "Hello, since {time} cleaning mode is off everywhere and inverters are running again. We've credited {amt} for the lost yield. {agent}"
    ],
    "fr": [
        "Bonjour, depuis {time} le mode nettoyage est désactivé partout. Nous vous créditons {amt} pour la production perdue. {agent}"
    ],
    "es": [
        "Hola, desde las {time} el modo limpieza está desactivado y los inversores funcionan. Le abonamos {amt} por la producción perdida. {agent}"
    ],
    "pt": [
        "Olá, desde as {time} o modo limpeza está desligado e os inversores funcionam. Creditámos {amt} pela produção perdida. {agent}"
    ],
}
LONE_Q = {
    "it": [
        "Ieri sera nell'app ho visto per un attimo 'modalità pulizia programmata' per domani, ma non ho prenotato nulla. Poi è sparito. Devo preoccuparmi?"
    ],
    "de": [
        "Gestern Abend stand kurz 'Reinigung geplant' in der App, ich hab aber nichts gebucht. Dann war es weg. Muss ich was tun?"
    ],
}
LONE_A = {
    "it": [
        "Buongiorno, era un avviso di prova visibile per pochi minuti, non c'è nessun intervento in programma. {agent}"
    ],
    "de": [
        "Guten Tag, das war ein kurz sichtbarer Testhinweis, bei Ihnen ist nichts geplant. {agent}"
    ],
}
SPIKE_GRUMBLE = {
    "de": ["Die Karte mit den Einsatzgebieten lädt heute ewig"],
    "it": ["La mappa delle zone servite oggi non si carica"],
}
AGENTS = ["Jana", "Marco", "Lisa", "Giulia", "Tom", "Sophie", "Lucía", "Rita", "Felix", "Chiara"]
