# ruff: noqa: E501
"""Words for heldout110's households and its spike (Atrivo, building management).

Written from the stories in make_heldout110.py: owners and tenants of flats in
managed buildings, who pay their quarterly fees, report faults, book the common
room and vote in assemblies in the Atrivo app. Portuguese and Italian first.
Placeholders are filled by the generator with str.format.
"""

from __future__ import annotations

BRAND = "Atrivo"
PLAN = "Atrivo Casa+"
CODE = "ST/709-R"

LANGS = ("pt", "it", "en", "de", "fr", "es")

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "pt": (
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}

AGENTS: dict[str, tuple[str, ...]] = {
    "pt": ("Inês, Atrivo", "Rui, equipa Atrivo", "Fernanda, Atrivo"),
    "it": ("Chiara, Atrivo", "Matteo - Atrivo", "Giada, servizio clienti Atrivo"),
    "en": ("Hannah, Atrivo", "Owen at Atrivo"),
    "de": ("Jonas, Atrivo", "Miriam vom Atrivo-Team"),
    "fr": ("Élodie, Atrivo", "Karim, service client Atrivo"),
    "es": ("Nuria, Atrivo", "Íñigo, equipo Atrivo"),
}

# (label, price in euros, page): what households book and pay for in the app.
PRODUCTS: tuple[tuple[str, int, str], ...] = (
    ("Extra stair cleaning / Pulizia scale extra", 35, "/app/services/cleaning"),
    ("Key fob copy / Cópia de comando", 18, "/app/services/keys"),
    ("Common room, Saturday / Sala comum, sábado", 40, "/app/services/common-room"),
    ("Boiler service in flat / Revisione caldaia", 89, "/app/services/boiler"),
    ("Moving-day lift protection / Proteção do elevador", 60, "/app/services/moving"),
    ("Bike room place, quarter / Posto bici, trimestre", 24, "/app/services/bike-room"),
    ("Plumber call-out, Casa+ rate / Canalizador Casa+", 55, "/app/casa-plus/plumber"),
    ("Certificate of no arrears / Liberatoria condominiale", 45, "/app/documents/certificates"),
    ("Window cleaning, flat / Limpeza de vidros", 70, "/app/services/windows"),
)

PAGES: tuple[str, ...] = (
    "/app/statement",
    "/app/fees",
    "/app/reports",
    "/app/documents",
    "/app/assembly",
    "/app/noticeboard",
    "/app/casa-plus",
    "/app/services",
    "/app/contacts",
)

PRAISE: dict[str, list[str]] = {
    "pt": [
        "O elevador avariou ontem à noite e hoje às 10h já estava a funcionar. Com a {brand} é assim, obrigada!",
        "Finalmente uma administração de condomínio que responde. Pedi o extrato e em 20 minutos estava na app 👏",
        "as escadas do prédio nunca estiveram tão limpas, parabéns à equipa da {brand}",
        "Assembleia online ontem, tudo claro, votação em 5 min. Até o Sr. Albano do 3º esq conseguiu votar 😄",
        "Adoro ver as despesas do prédio na app, cada fatura lá dentro. Transparência a sério, {brand}.",
    ],
    "it": [
        "Perdita in cantina segnalata alle 8, idraulico arrivato alle 11. {brand} non delude... quasi mai 😄",
        "Finalmente un amministratore che risponde alle mail! Rendiconto chiaro e scaricabile dall'app.",
        "assemblea online ieri sera, 40 minuti e tutto approvato, mia suocera ha votato dal telefono. Grazie {brand}",
        "Le scale pulite ogni martedì come da calendario, e si vede. Bravi quelli di {brand}!",
        "Ho chiesto la liberatoria per il rogito e me l'hanno mandata in giornata. Il notaio era stupito.",
    ],
    "en": [
        "Reported a dripping pipe in the bike store at 9, plumber there by lunchtime. Well done {brand}.",
        "First block manager we've had who actually answers emails. The service charge breakdown in the app is brilliant.",
    ],
    "de": [
        "Aufzug Freitagabend kaputt, Samstag 10 Uhr lief er wieder. Danke {brand}!",
        "Endlich eine Hausverwaltung, die antwortet. Die Abrechnung in der App ist super übersichtlich.",
    ],
    "fr": [
        "Fuite dans le local vélos signalée le matin, plombier sur place à midi. Merci {brand} !",
        "Enfin un syndic qui répond aux mails. Les comptes de la copro dans l'appli, c'est clair et net.",
    ],
    "es": [
        "Avisé de una gotera en el garaje a las 9 y a las 12 ya estaba el fontanero. Gracias {brand}",
        "Por fin un administrador de fincas que contesta. Las cuentas de la comunidad en la app, clarísimas.",
    ],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira vez este ano que peço uma intervenção e terceira vez resolvida no próprio dia. {brand} 👌",
        "Outra vez a D. Fernanda da {brand} a resolver tudo ao telefone, que simpatia",
        "continuo encantada com a app da {brand}, já lá vai um ano desde que mudámos",
    ],
    "it": [
        "Terza volta quest'anno che segnalo un guasto e terza volta risolto in giornata. {brand} top",
        "Di nuovo la gentilissima Giada di {brand} al telefono, sempre disponibile",
        "ancora contenta del cambio di amministratore, dopo un anno con {brand} nessun rimpianto",
    ],
    "en": ["Third time this year the lift's been fixed same day. Still impressed, {brand}."],
    "de": [
        "Schon wieder die nette Frau Brandt von {brand} am Telefon, alles sofort erledigt",
        "Dritte Reparatur dieses Jahr, dritte am selben Tag. {brand} 👍",
    ],
    "fr": [
        "Troisième fois cette année que je signale un souci, troisième fois réglé dans la journée. Merci {brand}"
    ],
    "es": ["Tercera vez este año que aviso de algo y tercera vez arreglado en el día. {brand} 👍"],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Tudo ótimo com a {brand}, só o telefone é que fecha às 17h, cedo para quem trabalha. De resto 5 estrelas",
        "Muito contente, só o extrato em PDF vem com letra minúscula. Limpeza e elevador impecáveis",
    ],
    "it": [
        "Servizio ottimo, solo il numero verde di {brand} chiude alle 17, presto per chi lavora. Per il resto tutto bene",
        "Contenta, solo i verbali arrivano come PDF di 30 pagine. Ma pulizie e ascensore perfetti",
    ],
    "en": [
        "Very happy with {brand} overall, only wish the phone line stayed open past 5. Otherwise spot on."
    ],
    "de": [
        "Alles top bei {brand}, nur die Telefonzeiten enden um 17 Uhr, etwas früh für Berufstätige."
    ],
    "fr": ["Très bien dans l'ensemble, juste dommage que la hotline de {brand} ferme à 17h."],
    "es": ["Todo muy bien con {brand}, solo que el teléfono cierra a las 17h, un poco pronto."],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "olá, quando é a próxima limpeza das escadas?",
            "Olá! A próxima limpeza é terça-feira de manhã, como sempre 🙂 {agent}",
        ),
        (
            "Boa tarde, onde vejo o extrato das quotas deste ano?",
            "Boa tarde! Na app, em Finanças > Extrato, pode descarregar em PDF. {agent}",
        ),
        (
            "posso reservar a sala do condominio para um aniversario no sabado?",
            "Pode sim! Em Serviços > Sala comum, o sábado está livre. {agent}",
        ),
        (
            "Bom dia, a assembleia de dia 28 vai ser também online?",
            "Bom dia! Sim, presencial e online, o link aparece na app no próprio dia. {agent}",
        ),
    ],
    "it": [
        (
            "ciao, quando passa la ditta delle pulizie questa settimana?",
            "Buongiorno! Martedì mattina come da calendario 🙂 {agent}",
        ),
        (
            "Buongiorno, dove trovo il rendiconto dell'anno scorso?",
            "Buongiorno! In app, Documenti > Rendiconti, scaricabile in PDF. {agent}",
        ),
        (
            "Posso prenotare la sala comune per sabato pomeriggio?",
            "Certo, sabato è libera: Servizi > Sala comune. {agent}",
        ),
        (
            "l'assemblea straordinaria per il tetto sarà anche online?",
            "Sì, in presenza e online, il link compare in app il giorno stesso. {agent}",
        ),
    ],
    "en": [
        (
            "hi when is the next window clean for the communal areas?",
            "Hi! Thursday morning, as usual. {agent}",
        ),
        (
            "Where can I download last year's service charge accounts?",
            "Hi! In the app under Documents > Accounts, as a PDF. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, wann kommt der Hausmeister wegen der Lampe in der Tiefgarage?",
            "Hallo! Morgen zwischen 9 und 12 Uhr. Viele Grüße, {agent}",
        ),
        (
            "Wo finde ich die Hausgeldabrechnung 2025?",
            "In der App unter Dokumente > Abrechnungen, als PDF. {agent}",
        ),
    ],
    "fr": [
        (
            "bonjour, le ménage des parties communes c'est quel jour ?",
            "Bonjour ! Le mardi matin. Bonne journée, {agent}",
        ),
        (
            "Où je trouve le PV de la dernière AG ?",
            "Dans l'appli, Documents > Assemblées, en PDF. {agent}",
        ),
    ],
    "es": [
        (
            "hola, cuándo pasan a limpiar el portal esta semana?",
            "¡Hola! El martes por la mañana, como siempre. {agent}",
        ),
        (
            "¿Dónde veo el acta de la última junta?",
            "En la app, Documentos > Juntas, en PDF. {agent}",
        ),
    ],
}

# (subject, question, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Dúvida sobre a quota extra",
            "Bom dia,\nA quota extra das obras do telhado é para pagar de uma vez ou pode ser em prestações?\nObrigado,\n{first}",
            "Olá {first},\npode pagar em três prestações mensais, basta escolher em Finanças > Quotas na app.\nCumprimentos,\n{agent}",
        ),
        (
            "Obras no 2º andar",
            "Boa tarde, o vizinho do 2º vai fazer obras, há horários a cumprir? Cumprimentos, {first}",
            "Olá {first},\nsim: dias úteis das 9h às 18h, conforme o regulamento que está em Documentos.\n{agent}",
        ),
    ],
    "it": [
        (
            "Domanda rata straordinaria",
            "Buongiorno,\nla quota straordinaria per il tetto si può pagare a rate?\nGrazie,\n{first}",
            "Gentile {first},\nsì, in tre rate mensili: le trova in app, Pagamenti > Quote.\nCordiali saluti,\n{agent}",
        ),
        (
            "Lavori al piano di sopra",
            "Buonasera, i vicini del 4° iniziano i lavori, ci sono orari da rispettare? Grazie {first}",
            "Gentile {first},\nsì: giorni feriali 9-13 e 15-18, come da regolamento in app.\n{agent}",
        ),
    ],
    "en": [
        (
            "Question about the roof levy",
            "Hi,\nCan the roof works levy be paid in instalments?\nThanks,\n{first}",
            "Hi {first},\nYes, in three monthly instalments: choose it under Payments > Service charges in the app.\nBest,\n{agent}",
        ),
    ],
    "de": [
        (
            "Frage Sonderumlage",
            "Guten Tag,\nkann man die Sonderumlage fürs Dach in Raten zahlen?\nGruß {first}",
            "Hallo {first},\nja, in drei Monatsraten, in der App unter Zahlungen > Hausgeld.\nViele Grüße\n{agent}",
        ),
    ],
    "fr": [
        (
            "Question appel de fonds",
            "Bonjour,\nL'appel de fonds pour la toiture peut-il être payé en plusieurs fois ?\nMerci,\n{first}",
            "Bonjour {first},\nOui, en trois mensualités, à choisir dans l'appli, Paiements > Charges.\nCordialement,\n{agent}",
        ),
    ],
    "es": [
        (
            "Duda derrama",
            "Hola,\n¿la derrama del tejado se puede pagar a plazos?\nGracias,\n{first}",
            "Hola {first},\nSí, en tres plazos mensuales, desde la app en Pagos > Cuotas.\nUn saludo,\n{agent}",
        ),
    ],
}

# (speech-to-text call, the agent's follow-up e-mail)
PHONE_Q: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "bom dia queria saber se o seguro do prédio cobre infiltrações do telhado é que tenho uma mancha no teto do quarto",
            "Olá {first},\ncomo combinado ao telefone: sim, o seguro do prédio cobre. Envie fotos em Ocorrências e tratamos do resto.\n{agent}",
        ),
        (
            "olá boa tarde é para saber se posso pôr um toldo na varanda ou se tem de ir à assembleia",
            "Olá {first},\nconforme falámos: o toldo tem de ser aprovado em assembleia, pusemos o ponto na ordem de trabalhos de dia 28.\n{agent}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se l'assicurazione del condominio copre le infiltrazioni dal tetto perché ho una macchia sul soffitto in camera",
            "Gentile {first},\ncome detto al telefono: sì, la polizza del condominio copre. Mandi le foto da Segnalazioni e pensiamo al resto.\n{agent}",
        ),
        (
            "sì buonasera senta posso mettere una tenda da sole sul balcone o serve l'assemblea",
            "Gentile {first},\ncome d'accordo: la tenda va approvata in assemblea, abbiamo messo il punto all'ordine del giorno.\n{agent}",
        ),
    ],
    "en": [
        (
            "hi yeah just wondering whether the building insurance covers damp coming in from the roof cause there's a stain on the bedroom ceiling",
            "Hi {first},\nAs discussed on the phone: yes, the building policy covers it. Send photos under Reports and we'll do the rest.\n{agent}",
        ),
    ],
    "de": [
        (
            "ja hallo guten Tag ich wollte fragen ob die Gebäudeversicherung Feuchtigkeit vom Dach abdeckt ich hab einen Fleck an der Decke im Schlafzimmer",
            "Hallo {first},\nwie am Telefon besprochen: ja, die Gebäudeversicherung deckt das. Schicken Sie Fotos unter Meldungen, den Rest machen wir.\n{agent}",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si l'assurance de l'immeuble couvre les infiltrations par le toit j'ai une tache au plafond de la chambre",
            "Bonjour {first},\ncomme convenu au téléphone : oui, l'assurance de l'immeuble couvre. Envoyez des photos dans Signalements, on s'occupe du reste.\n{agent}",
        ),
    ],
    "es": [
        (
            "hola buenos días quería saber si el seguro de la comunidad cubre las filtraciones del tejado que tengo una mancha en el techo del dormitorio",
            "Hola {first},\ncomo hablamos por teléfono: sí, el seguro de la comunidad lo cubre. Mande fotos en Avisos y nos ocupamos.\n{agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": ["obrigada!", "Perfeito, obrigado 🙏", "obg, era isso"],
    "it": ["grazie mille!", "perfetto grazie", "grz 👍"],
    "en": ["cheers!", "great, thanks"],
    "de": ["Danke!", "super, danke"],
    "fr": ["merci !", "parfait merci"],
    "es": ["¡gracias!", "genial, gracias"],
}

REVIEW: dict[str, list[str]] = {
    "pt": [
        "Administração séria e rápida. Recomendo.",
        "App muito prática, tudo transparente, respondem no mesmo dia.",
    ],
    "it": [
        "Amministratore serio e veloce, lo consiglio.",
        "App comodissima, conti trasparenti, rispondono in giornata.",
    ],
    "en": ["Responsive and transparent. Recommend."],
    "de": ["Schnell und transparent. Empfehlenswert."],
    "fr": ["Réactif et transparent. Je recommande."],
    "es": ["Rápidos y transparentes. Muy recomendables."],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "pt": ["Excelente", "muito bom", "👍", ""],
    "it": ["Ottimo", "bravissimi", "👏", ""],
    "en": ["Great", ""],
    "de": ["Top", ""],
    "fr": ["Parfait", ""],
    "es": ["Genial", ""],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã, turno no hospital acabado, e a app já tem a ata da assembleia. Leio amanhã 😴 obrigada {brand}",
        "insónia, aproveitei para pagar a quota na app às 2h. Tão fácil, {brand}",
    ],
    "it": [
        "Le 2 di notte, finito il turno in stazione, e trovo già il verbale dell'assemblea in app. Grazie {brand}",
        "insonnia, ho pagato la rata alle 3 dall'app {brand}. Comodo.",
    ],
    "en": ["2am after a night shift and the AGM minutes are already in the app. Nice one {brand}"],
    "de": [
        "Nachtschicht vorbei, 3 Uhr, und das Protokoll der Versammlung ist schon in der App. Danke {brand}"
    ],
    "fr": ["2h du mat, fin de garde, et le PV de l'AG est déjà dans l'appli. Merci {brand}"],
    "es": ["Las 3 de la mañana saliendo de guardia y el acta ya está en la app. Gracias {brand}"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "boa noite, ainda há alguém? posso pagar a quota extra com cartão?",
            "Boa noite! Sim, em Finanças > Pagar, com cartão ou MB Way. {agent}",
        ),
        (
            "olá, a que horas posso pôr os móveis velhos na rua para a recolha?",
            "Olá! A partir das 20h da véspera, junto ao contentor. {agent}",
        ),
    ],
    "it": [
        (
            "c'è qualcuno? il cancello del garage la domenica funziona col badge?",
            "Buonasera! Sì, il cancello funziona h24 col badge, anche la domenica. {agent}",
        ),
        (
            "buonasera, a che ora posso lasciare i mobili vecchi per il ritiro ingombranti?",
            "Buonasera! Dalle 20 della sera prima, vicino ai bidoni. {agent}",
        ),
    ],
    "en": [
        (
            "anyone there? can I put my bins out tonight for tomorrow's collection?",
            "Hi! Yes, from 8pm the evening before. {agent}",
        )
    ],
    "de": [
        (
            "Noch jemand da? Darf ich den Sperrmüll heute Nacht schon rausstellen?",
            "Guten Abend! Bitte erst am Abholtag ab 6 Uhr. {agent}",
        )
    ],
    "fr": [
        (
            "il y a quelqu'un ? je peux sortir les encombrants ce soir ?",
            "Bonsoir ! Plutôt demain à partir de 6h, le jour du ramassage. {agent}",
        )
    ],
    "es": [
        (
            "¿hay alguien? ¿puedo bajar los muebles viejos esta noche?",
            "¡Hola! Mejor mañana a partir de las 6, el día de recogida. {agent}",
        )
    ],
}

# The six household problems. Amounts are euros before conversion.
PROBLEM_AMOUNT: dict[str, int] = {
    "no_show": 0,
    "double_charge": 310,
    "damage": 0,
    "refund": 420,
    "wrong_share": 96,
    "late_fee": 35,
}

PROBLEM_DESC: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "A app diz que a reparação do portão da garagem foi 'concluída' na {wd}, mas ninguém apareceu. O portão continua aberto dia e noite.",
            "Marcaram a reparação do elevador como FEITA e o técnico nunca veio. A minha mãe de 82 anos mora no 5º andar.",
        ],
        "it": [
            "In app la riparazione del portone del garage risulta 'eseguita' {wd}, ma non è venuto NESSUNO. Il portone resta aperto giorno e notte.",
            "L'intervento sull'ascensore risulta chiuso, ma il tecnico non si è mai visto. Mia madre ha 84 anni e abita al quinto piano.",
        ],
        "en": [
            "The app says the garage door repair was 'completed' on {wd}. Nobody came. It's still stuck open day and night."
        ],
        "de": [
            "Laut App wurde die Reparatur am Garagentor am {wd} 'erledigt'. Es war NIEMAND da. Das Tor steht Tag und Nacht offen."
        ],
        "fr": [
            "L'appli indique la réparation de la porte du garage 'terminée' {wd}. Personne n'est venu. Elle reste ouverte jour et nuit."
        ],
        "es": [
            "La app dice que la reparación de la puerta del garaje se 'completó' el {wd}. No vino NADIE. Sigue abierta día y noche."
        ],
    },
    "double_charge": {
        "pt": [
            "A quota trimestral de {amount} foi debitada DUAS vezes e agora a prestação da casa voltou para trás.",
            "cobraram-me a quota duas vezes no mesmo dia, {amount} + {amount}. Quero o dinheiro de volta já.",
        ],
        "it": [
            "La rata trimestrale di {amount} mi è stata addebitata DUE volte e ora mi è tornata indietro la rata del mutuo.",
            "due addebiti uguali da {amount} lo stesso giorno per la stessa rata condominiale. Rivoglio i miei soldi.",
        ],
        "en": [
            "The quarterly service charge of {amount} came out TWICE and now my mortgage payment has bounced."
        ],
        "de": [
            "Das Hausgeld von {amount} wurde ZWEIMAL abgebucht, jetzt ist meine Kreditrate geplatzt."
        ],
        "fr": [
            "Les charges trimestrielles de {amount} ont été prélevées DEUX fois, du coup mon prélèvement de crédit est rejeté."
        ],
        "es": [
            "Me habéis cobrado la cuota trimestral de {amount} DOS veces y ahora me ha rebotado la hipoteca."
        ],
    },
    "damage": {
        "pt": [
            "Os pintores da escada encostaram o escadote à minha porta e deixaram-na toda riscada e com tinta. Porta nova, de junho.",
            "a porta de casa ficou riscada e cheia de tinta depois da pintura da escada e a {brand} só diz que 'vai ver'.",
        ],
        "it": [
            "Gli imbianchini delle scale hanno appoggiato la scala alla mia porta blindata: graffiata e sporca di vernice. Porta nuova di giugno.",
            "la mia porta è piena di graffi e vernice dopo la tinteggiatura delle scale e {brand} risponde solo 'verifichiamo'.",
        ],
        "en": [
            "The stairwell painters leaned their ladder on my front door: scratched and covered in paint. New door, fitted in June."
        ],
        "de": [
            "Die Maler im Treppenhaus haben ihre Leiter an meine Wohnungstür gelehnt: zerkratzt und voller Farbe. Neue Tür vom Juni."
        ],
        "fr": [
            "Les peintres de la cage d'escalier ont posé leur échelle contre ma porte : rayée et pleine de peinture. Porte neuve, posée en juin."
        ],
        "es": [
            "Los pintores de la escalera apoyaron la escalera en mi puerta: rayada y llena de pintura. Puerta nueva de junio."
        ],
    },
    "refund": {
        "pt": [
            "Vendi o apartamento no mês passado e o saldo a meu favor de {amount} AINDA não foi devolvido. Três semanas de promessas.",
            "o saldo credor de {amount} da venda do T2 continua por devolver, TRÊS semanas depois.",
        ],
        "it": [
            "Ho venduto l'appartamento il mese scorso e il conguaglio a mio favore di {amount} non mi è ANCORA stato restituito. Tre settimane di promesse.",
            "il conguaglio di {amount} dopo il rogito è ancora lì, TRE settimane dopo.",
        ],
        "en": [
            "I sold the flat last month and my {amount} credit balance STILL hasn't been refunded. Three weeks of promises."
        ],
        "de": [
            "Wohnung letzten Monat verkauft, mein Guthaben von {amount} ist IMMER NOCH nicht überwiesen. Drei Wochen Versprechungen."
        ],
        "fr": [
            "J'ai vendu l'appartement le mois dernier et mon solde créditeur de {amount} n'est TOUJOURS pas remboursé. Trois semaines de promesses."
        ],
        "es": [
            "Vendí el piso el mes pasado y el saldo a mi favor de {amount} SIGUE sin devolverse. Tres semanas de promesas."
        ],
    },
    "wrong_share": {
        "pt": [
            "A minha quota está calculada com 84 de permilagem em vez de 48. Estou a pagar {amount} a mais por trimestre!",
            "trocaram a minha permilagem com a da loja do rés-do-chão, pago quase o dobro desde janeiro ({amount} a mais por trimestre)",
        ],
        "it": [
            "La mia rata è calcolata su 84 millesimi invece di 48. Pago {amount} in più a trimestre!",
            "mi hanno scambiato i millesimi con il negozio al piano terra, pago quasi il doppio da gennaio ({amount} in più a trimestre)",
        ],
        "en": [
            "My service charge is worked out on an 8.4% share instead of 4.8%. I'm paying {amount} too much every quarter!"
        ],
        "de": [
            "Mein Hausgeld wird mit 84 statt 48 Miteigentumsanteilen berechnet. Ich zahle {amount} zu viel pro Quartal!"
        ],
        "fr": [
            "Mes charges sont calculées sur 84 tantièmes au lieu de 48. Je paie {amount} de trop par trimestre !"
        ],
        "es": [
            "Mi cuota está calculada con un coeficiente de 8,4 en vez de 4,8. ¡Pago {amount} de más cada trimestre!"
        ],
    },
    "late_fee": {
        "pt": [
            "Cobraram-me {amount} de 'penalização por atraso' numa quota que paguei a tempo. Tenho o comprovativo da transferência!",
            "multa de atraso de {amount}?? paguei no dia 2, está no extrato do banco",
        ],
        "it": [
            "Mi avete addebitato {amount} di 'mora' su una rata pagata in tempo. Ho la ricevuta del bonifico!",
            "mora di {amount}?? ho pagato il 2, c'è sull'estratto conto",
        ],
        "en": [
            "You've charged me a {amount} 'late payment fee' on a service charge I paid on time. I have the bank transfer receipt!"
        ],
        "de": [
            "Sie haben mir {amount} 'Mahngebühr' berechnet, obwohl ich pünktlich gezahlt habe. Der Überweisungsbeleg liegt vor!"
        ],
        "fr": [
            "Vous m'avez facturé {amount} de 'pénalité de retard' pour des charges payées à temps. J'ai le justificatif du virement !"
        ],
        "es": [
            "Me habéis cobrado {amount} de 'recargo por demora' en una cuota que pagué a tiempo. ¡Tengo el justificante!"
        ],
    },
}

# A short restatement for later contacts (already lower-case where a call reads it).
PROBLEM_SHORT: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "O portão continua avariado e ninguém veio.",
        "it": "Il guasto è ancora lì e non è venuto nessuno.",
        "en": "Still broken, still nobody has come.",
        "de": "Immer noch kaputt, immer noch niemand da gewesen.",
        "fr": "Toujours en panne, toujours personne.",
        "es": "Sigue roto y no ha venido nadie.",
    },
    "double_charge": {
        "pt": "O segundo débito continua por devolver.",
        "it": "Il secondo addebito non è ancora stato restituito.",
        "en": "The second payment still hasn't been refunded.",
        "de": "Die zweite Abbuchung ist immer noch nicht zurück.",
        "fr": "Le deuxième prélèvement n'est toujours pas remboursé.",
        "es": "El segundo cargo sigue sin devolverse.",
    },
    "damage": {
        "pt": "A porta continua estragada e ninguém a veio ver.",
        "it": "La porta è ancora rovinata e nessuno è venuto a vederla.",
        "en": "The door is still damaged and nobody has looked at it.",
        "de": "Die Tür ist immer noch beschädigt, keiner hat sie angeschaut.",
        "fr": "La porte est toujours abîmée, personne n'est venu la voir.",
        "es": "La puerta sigue dañada y nadie ha venido a verla.",
    },
    "refund": {
        "pt": "O saldo continua sem ser devolvido.",
        "it": "Il conguaglio non è ancora arrivato.",
        "en": "The balance still hasn't arrived.",
        "de": "Das Guthaben ist immer noch nicht da.",
        "fr": "Le solde n'est toujours pas arrivé.",
        "es": "El saldo sigue sin llegar.",
    },
    "wrong_share": {
        "pt": "A quota continua calculada com a permilagem errada.",
        "it": "La rata è ancora calcolata sui millesimi sbagliati.",
        "en": "The charge is still worked out on the wrong share.",
        "de": "Das Hausgeld wird immer noch mit den falschen Anteilen berechnet.",
        "fr": "Les charges sont toujours calculées sur les mauvais tantièmes.",
        "es": "La cuota sigue calculada con el coeficiente equivocado.",
    },
    "late_fee": {
        "pt": "A multa continua na minha conta.",
        "it": "La mora è ancora sul mio conto.",
        "en": "The late fee is still on my account.",
        "de": "Die Mahngebühr steht immer noch auf meinem Konto.",
        "fr": "La pénalité est toujours sur mon compte.",
        "es": "El recargo sigue en mi cuenta.",
    },
}

PROBLEM_TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "reparação que nunca aconteceu",
        "it": "intervento mai eseguito",
        "en": "repair that never happened",
        "de": "Reparatur nie erfolgt",
        "fr": "réparation jamais faite",
        "es": "reparación que nunca se hizo",
    },
    "double_charge": {
        "pt": "quota cobrada duas vezes",
        "it": "rata addebitata due volte",
        "en": "service charge taken twice",
        "de": "Hausgeld doppelt abgebucht",
        "fr": "charges prélevées deux fois",
        "es": "cuota cobrada dos veces",
    },
    "damage": {
        "pt": "porta danificada pelos pintores",
        "it": "porta danneggiata dagli imbianchini",
        "en": "door damaged by the painters",
        "de": "Tür von den Malern beschädigt",
        "fr": "porte abîmée par les peintres",
        "es": "puerta dañada por los pintores",
    },
    "refund": {
        "pt": "saldo da venda por devolver",
        "it": "conguaglio non restituito",
        "en": "credit balance not refunded",
        "de": "Guthaben nicht erstattet",
        "fr": "solde non remboursé",
        "es": "saldo sin devolver",
    },
    "wrong_share": {
        "pt": "permilagem errada",
        "it": "millesimi sbagliati",
        "en": "wrong share on my service charge",
        "de": "falsche Miteigentumsanteile",
        "fr": "tantièmes erronés",
        "es": "coeficiente erróneo",
    },
    "late_fee": {
        "pt": "multa de atraso indevida",
        "it": "mora non dovuta",
        "en": "late fee charged wrongly",
        "de": "unberechtigte Mahngebühr",
        "fr": "pénalité de retard injustifiée",
        "es": "recargo indebido",
    },
}

DEMAND: dict[str, list[str]] = {
    "pt": [
        "Quero isto resolvido esta semana.",
        "Exijo uma resposta HOJE.",
        "Resolvam, por favor.",
        "Já chega!",
    ],
    "it": [
        "Voglio una soluzione entro la settimana.",
        "Pretendo una risposta OGGI.",
        "Risolvete, per favore.",
        "ADESSO BASTA.",
    ],
    "en": ["I want this sorted this week.", "I expect an answer TODAY."],
    "de": ["Ich erwarte eine Lösung diese Woche.", "JETZT REICHT'S."],
    "fr": ["Je veux une solution cette semaine.", "J'attends une réponse AUJOURD'HUI."],
    "es": ["Quiero una solución esta semana.", "YA ESTÁ BIEN."],
}

GREET: dict[str, str] = {
    "pt": "Bom dia,",
    "it": "Buongiorno,",
    "en": "Hello,",
    "de": "Guten Tag,",
    "fr": "Bonjour,",
    "es": "Hola,",
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "pt": "Reclamação: {topic}",
    "it": "Reclamo: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "es": "Reclamación: {topic}",
}

CASE_SUBJECT: dict[str, str] = {
    "pt": "RE: Processo {case}",
    "it": "R: Pratica {case}",
    "en": "Re: Your case {case}",
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "es": "RE: Incidencia {case}",
}

SOCIAL_ANGER: dict[str, list[str]] = {
    "pt": ["Vergonha.", "Inacreditável 😡", "Alguém da {brand} lê isto?"],
    "it": ["Vergogna.", "Incredibile 😡", "Qualcuno di {brand} legge?"],
    "en": ["Shocking.", "Anyone at {brand} reading this?"],
    "de": ["Unfassbar.", "Liest bei {brand} jemand mit?"],
    "fr": ["Honteux.", "Quelqu'un chez {brand} lit ça ?"],
    "es": ["Vergüenza.", "¿Alguien de {brand} lee esto?"],
}

# Phone calls: opening and closing words of a speech-to-text transcript.
PHONE_OPEN: dict[str, list[str]] = {
    "pt": ["sim bom dia", "olá boa tarde olhe"],
    "it": ["sì buongiorno", "pronto salve senta"],
    "en": ["hi yeah hello"],
    "de": ["ja hallo guten Tag"],
    "fr": ["oui bonjour"],
    "es": ["hola buenas mire"],
}
PHONE_CLOSE: dict[str, list[str]] = {
    "pt": ["quero isto resolvido", "alguém me ligue de volta por favor"],
    "it": ["voglio che si risolva", "mi richiami qualcuno per favore"],
    "en": ["i want it sorted"],
    "de": ["ich will dass das geklärt wird"],
    "fr": ["je veux que ça se règle"],
    "es": ["quiero que se solucione"],
}
PHONE_CASE: dict[str, str] = {
    "pt": "chamo por causa do processo {case}",
    "it": "chiamo per la pratica {case}",
    "en": "calling about case {case}",
    "de": "ich rufe wegen Vorgang {case} an",
    "fr": "j'appelle pour le dossier {case}",
    "es": "llamo por la incidencia {case}",
}

# Long e-mails: the complaint inside a letter (Portuguese and Italian).
LONG_OPEN: dict[str, list[str]] = {
    "pt": [
        "Escrevo-lhe da sala de espera do centro de saúde, enquanto espero que chamem o meu pai para a consulta, porque em casa não tenho um minuto.",
        "Escrevo do carro, à porta da piscina onde a minha filha tem natação, entre o trabalho e as obras na casa da minha sogra.",
    ],
    "it": [
        "Le scrivo dalla sala d'attesa del pediatra, con i gemelli che giocano per terra, perché a casa non ho un minuto.",
        "Scrivo dal treno per Bologna, tra una riunione e l'altra, con mio padre appena uscito dall'ospedale e il trasloco di mia figlia in corso.",
    ],
}
LONG_MID: dict[str, str] = {
    "pt": "Sou {owner} do 3º direito há onze anos e nunca tive razões de queixa da administração, mas desta vez tenho de o dizer:",
    "it": "Sono {owner} dell'interno 7 da undici anni e non ho mai avuto motivo di lamentarmi dell'amministrazione, ma questa volta devo dirlo:",
}
OWNER: dict[str, tuple[str, str]] = {
    "pt": ("proprietária", "proprietário"),
    "it": ("proprietaria", "proprietario"),
}
LONG_CLOSE: dict[str, str] = {
    "pt": "Peço que me liguem ou respondam por escrito até sexta-feira. Não quero chegar à assembleia com isto por resolver, e não tenho tempo para andar atrás de ninguém.\n\nCom os melhores cumprimentos,\n{full}\n{town}",
    "it": "Vi chiedo di richiamarmi o di rispondere per iscritto entro venerdì. Non vorrei arrivare in assemblea con questa storia aperta, e non ho tempo di rincorrere nessuno.\n\nCordiali saluti,\n{full}\n{town}",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first},\nlamentamos muito. Abrimos o processo {case} e um colega responde-lhe até amanhã ao fim do dia.\n{agent}",
    "it": "Gentile {first},\nci scusiamo. Abbiamo aperto la pratica {case}, un collega la ricontatta entro domani sera.\n{agent}",
    "en": "Hi {first},\nI'm sorry about this. I've opened case {case} and a colleague will get back to you by tomorrow evening.\n{agent}",
    "de": "Hallo {first},\ndas tut uns leid. Wir haben den Vorgang {case} angelegt, ein Kollege meldet sich bis morgen Abend.\n{agent}",
    "fr": "Bonjour {first},\nnous sommes désolés. Nous avons ouvert le dossier {case}, un collègue revient vers vous d'ici demain soir.\n{agent}",
    "es": "Hola {first},\nlo sentimos mucho. Hemos abierto la incidencia {case} y un compañero le responde antes de mañana por la tarde.\n{agent}",
}
CHAT_CASE: dict[str, str] = {
    "pt": "Lamento muito! Abri o processo {case}, um colega responde-lhe até amanhã. {agent}",
    "it": "Mi dispiace molto! Ho aperto la pratica {case}, un collega la ricontatta entro domani. {agent}",
    "en": "I'm really sorry! I've opened case {case}, a colleague will be in touch by tomorrow. {agent}",
    "de": "Das tut mir leid! Ich habe Vorgang {case} angelegt, ein Kollege meldet sich bis morgen. {agent}",
    "fr": "Je suis désolée ! J'ai ouvert le dossier {case}, un collègue vous recontacte d'ici demain. {agent}",
    "es": "¡Lo siento mucho! He abierto la incidencia {case}, un compañero le contesta mañana. {agent}",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first},\nboas notícias sobre o processo {case}: do nosso lado está resolvido. Pode confirmar-nos que está tudo bem?\n{agent}",
    "it": "Gentile {first},\nbuone notizie sulla pratica {case}: da parte nostra è risolta. Può confermarci che è tutto a posto?\n{agent}",
    "en": "Hi {first},\nGood news on case {case}: it's sorted on our side. Could you confirm all is well?\n{agent}",
    "de": "Hallo {first},\ngute Nachrichten zu Vorgang {case}: von unserer Seite ist es erledigt. Können Sie bestätigen, dass alles passt?\n{agent}",
    "fr": "Bonjour {first},\nbonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer que tout va bien ?\n{agent}",
    "es": "Hola {first},\nbuenas noticias sobre la incidencia {case}: por nuestra parte está resuelta. ¿Nos confirma que todo está bien?\n{agent}",
}
QUALITY_LEAD: dict[str, str] = {
    "pt": "Olá {first},\no seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta-feira à hora de almoço.\n{agent}",
    "it": "Gentile {first},\nla sua pratica {case} è passata alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n{agent}",
    "en": "Hi {first},\nYour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n{agent}",
    "de": "Hallo {first},\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, die Sie bis Freitagmittag anruft.\n{agent}",
    "fr": "Bonjour {first},\nvotre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appelle avant vendredi midi.\n{agent}",
    "es": "Hola {first},\nsu incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n{agent}",
}
ADDED_URGENT: dict[str, str] = {
    "pt": "Acrescentei ao processo {case} e marquei como urgente. Peço desculpa pela demora. {agent}",
    "it": "Ho aggiunto tutto alla pratica {case} e l'ho segnata come urgente. Mi scuso per l'attesa. {agent}",
    "en": "I've added this to case {case} and marked it urgent. Sorry for the wait. {agent}",
    "de": "Ich habe das zu Vorgang {case} ergänzt und als dringend markiert. Entschuldigung für die Wartezeit. {agent}",
    "fr": "J'ai ajouté ça au dossier {case} et l'ai marqué urgent. Désolée pour l'attente. {agent}",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente. Perdone la espera. {agent}",
}
CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {case} resolvido. Obrigada!",
        "tudo certo com o {case}, obrigado pela rapidez",
    ],
    "it": [
        "Confermo, pratica {case} risolta. Grazie!",
        "tutto ok con la pratica {case}, grazie della velocità",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "fr": ["Je confirme, dossier {case} réglé. Merci !"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
}
APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava de cabeça perdida. Obrigada por terem resolvido.",
        "desculpem a mensagem de ontem, foi um dia mau. Obrigado pela ajuda",
    ],
    "it": [
        "Scusate i toni di ieri, ero fuori di me. Grazie per aver risolto.",
        "scusate il messaggio di ieri, giornata no. grazie",
    ],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for sorting it."],
    "de": ["Entschuldigung für meinen Ton gestern, schlechter Tag. Danke fürs Lösen."],
    "fr": ["Désolée pour le ton d'hier, mauvaise journée. Merci d'avoir réglé ça."],
    "es": ["Perdón por el tono de ayer, mal día. Gracias por solucionarlo."],
}
LOW_CSAT: dict[str, list[str]] = {
    "pt": ["péssimo", "", "nada resolvido"],
    "it": ["pessimo", "", "niente risolto"],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "fr": ["nul", ""],
    "es": ["fatal", ""],
}
LOW_NPS: dict[str, list[str]] = {
    "pt": ["Não recomendo.", "Desilusão.", ""],
    "it": ["Non vi consiglio.", "Delusione.", ""],
    "en": ["Not impressed.", ""],
    "de": ["Enttäuschend.", ""],
    "fr": ["Déçue.", ""],
    "es": ["Decepcionante.", ""],
}

SECOND: dict[str, list[str]] = {
    "pt": [
        "Processo {case}: continua tudo igual. {short}",
        "Volto a escrever sobre o {case}. AINDA nada resolvido. {short}",
    ],
    "it": [
        "Pratica {case}: ancora niente. {short}",
        "Riscrivo per la pratica {case}. ANCORA tutto fermo. {short}",
    ],
    "en": ["Case {case}: still nothing. {short}"],
    "de": ["Vorgang {case}: immer noch nichts. {short}"],
    "fr": ["Dossier {case} : toujours rien. {short}"],
    "es": ["Incidencia {case}: sigue igual. {short}"],
}
THIRD: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que escrevo sobre o {case}. {short} Uma colega tem o prédio com a {comp} e lá resolvem isto no próprio dia.",
        "{case}, terceira mensagem. {short} Já fui ver quanto cobra a {comp}.",
    ],
    "it": [
        "Terza volta che scrivo per la pratica {case}. {short} Una collega ha il condominio con {comp} e lì queste cose le risolvono in giornata.",
        "Pratica {case}, terzo messaggio. {short} Sono andata a vedere quanto chiede {comp}.",
    ],
    "en": [
        "Third time about {case}. {short} A colleague's building is with {comp} and they sort this the same day."
    ],
    "de": [
        "Dritte Nachricht zu {case}. {short} Bei einer Kollegin verwaltet {comp} das Haus, da wird sowas am selben Tag erledigt."
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. {short} Une collègue a son immeuble chez {comp}, ils règlent ça dans la journée."
    ],
    "es": [
        "Tercera vez por la incidencia {case}. {short} Una compañera tiene la comunidad con {comp} y lo arreglan en el día."
    ],
}
FOURTH: dict[str, list[str]] = {
    "pt": [
        "QUARTA vez. Processo {case}. {short}",
        "é a QUARTA vez que escrevo sobre o {case}. {short}",
    ],
    "it": [
        "QUARTA volta. Pratica {case}. {short}",
        "è la QUARTA volta che scrivo per la {case}. {short}",
    ],
    "en": ["FOURTH time. Case {case}. {short}"],
    "de": ["Zum VIERTEN Mal: Vorgang {case}. {short}"],
    "fr": ["QUATRIÈME fois. Dossier {case}. {short}"],
    "es": ["CUARTA vez. Incidencia {case}. {short}"],
}
NTH_SPOKEN: dict[str, tuple[str, str, str]] = {
    "pt": ("segunda", "terceira", "quarta"),
    "it": ("seconda", "terza", "quarta"),
    "en": ("second", "third", "fourth"),
    "de": ("zweite", "dritte", "vierte"),
    "fr": ("deuxième", "troisième", "quatrième"),
    "es": ("segunda", "tercera", "cuarta"),
}
PHONE_NTH: dict[str, str] = {
    "pt": "é a {nth} vez que contacto",
    "it": "è la {nth} volta che vi contatto",
    "en": "this is the {nth} time i've been in touch",
    "de": "das ist jetzt das {nth} Mal",
    "fr": "c'est la {nth} fois que je vous contacte",
    "es": "es la {nth} vez que les contacto",
}

# The slide: six steps, each worse (ratings 3, 3, 2, 2, 1, 1 when a review).
SLIDE: dict[str, list[str]] = {
    "pt": [
        "A limpeza das escadas falhou duas semanas seguidas. Coisa pequena, mas antes não era assim.",
        "O extrato anual chegou com um mês de atraso e com despesas que ninguém me sabe explicar.",
        "Elevador parado há uma semana e nem uma palavra da {brand}. Quem paga a fisioterapia dos joelhos?",
        "Orçamento de 48 mil euros para a fachada, sem três propostas como manda a lei. Não me cheira bem.",
        "Cobraram-me 40 € por uma 'cópia da ata' a que tenho direito. CHEGA. Isto é um abuso.",
        "A minha irmã tem o prédio com a {comp}, estou a recolher assinaturas para mudarmos de administração na próxima assembleia.",
    ],
    "it": [
        "Le pulizie delle scale saltate due settimane di fila. Piccola cosa, ma prima non succedeva.",
        "Il rendiconto annuale è arrivato con un mese di ritardo e con spese che nessuno mi sa spiegare.",
        "Ascensore fermo da una settimana e neanche una parola da {brand}. Le mie ginocchia ringraziano.",
        "Preventivo di 48 mila euro per la facciata, senza tre offerte. Non mi convince per niente.",
        "Mi avete addebitato 40 € per una 'copia del verbale' che mi spetta di diritto. BASTA. È un abuso.",
        "Mia sorella ha il condominio con {comp}, sto raccogliendo le firme per cambiare amministratore alla prossima assemblea.",
    ],
    "en": [
        "Stairs not cleaned two weeks running. Small thing, but it never used to happen.",
        "Annual accounts a month late, with costs nobody can explain to me.",
        "Lift out for a week and not a word from {brand}. My knees are thrilled.",
        "£42,000 quote for the front of the building and no competing quotes. Doesn't smell right.",
        "Charged £35 for a 'copy of the minutes' I'm entitled to. ENOUGH. This is a rip-off.",
        "My sister's block is managed by {comp}, I'm collecting signatures to switch managers at the next AGM.",
    ],
    "de": [
        "Treppenhausreinigung zwei Wochen hintereinander ausgefallen. Kleinigkeit, aber früher gab's das nicht.",
        "Die Jahresabrechnung kam einen Monat zu spät, mit Posten, die mir keiner erklären kann.",
        "Aufzug seit einer Woche außer Betrieb und kein Wort von {brand}. Meine Knie freuen sich.",
        "48.000 Euro Angebot für die Fassade, ohne Vergleichsangebote. Das stinkt doch.",
        "40 € für eine 'Protokollkopie', die mir zusteht. ES REICHT. Das ist Abzocke.",
        "Meine Schwester hat ihr Haus bei {comp}, ich sammle Unterschriften, damit wir bei der nächsten Versammlung die Verwaltung wechseln.",
    ],
    "fr": [
        "Ménage de l'escalier sauté deux semaines de suite. Petit détail, mais avant ça n'arrivait pas.",
        "Les comptes annuels sont arrivés avec un mois de retard et des dépenses que personne ne sait m'expliquer.",
        "Ascenseur en panne depuis une semaine et pas un mot de {brand}. Mes genoux vous remercient.",
        "Devis de 48 000 euros pour la façade, sans mise en concurrence. Ça sent mauvais.",
        "40 € pour une 'copie du PV' à laquelle j'ai droit. ÇA SUFFIT. C'est de l'abus.",
        "Ma sœur a son immeuble chez {comp}, je fais signer une pétition pour changer de syndic à la prochaine AG.",
    ],
    "es": [
        "Dos semanas seguidas sin limpiar la escalera. Poca cosa, pero antes no pasaba.",
        "Las cuentas anuales llegaron con un mes de retraso y con gastos que nadie me sabe explicar.",
        "Ascensor parado una semana y ni una palabra de {brand}. Mis rodillas encantadas.",
        "Presupuesto de 48.000 euros para la fachada sin tres ofertas. No me huele bien.",
        "40 € por una 'copia del acta' a la que tengo derecho. YA ESTÁ BIEN. Es un abuso.",
        "Mi hermana tiene la comunidad con {comp}, estoy recogiendo firmas para cambiar de administrador en la próxima junta.",
    ],
}

LEAVE: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Cancelar Atrivo Casa+ e fechar conta",
            "Bom dia,\nvendi o apartamento, a escritura foi ontem. Queria cancelar o Atrivo Casa+ e fechar a minha conta de proprietária. Foram sempre impecáveis, obrigada.\n{first}",
        ),
        (
            "Cancelamento",
            "Olá, vou viver com o meu namorado para Braga e o T1 já está vendido. Podem cancelar o Casa+ e encerrar a conta? Cumprimentos, {first}",
        ),
    ],
    "it": [
        (
            "Disdetta Atrivo Casa+ e chiusura account",
            "Buongiorno,\nho venduto l'appartamento, il rogito è stato ieri. Vorrei disdire Atrivo Casa+ e chiudere il mio account. Sempre impeccabili, grazie.\n{first}",
        ),
        (
            "Disdetta",
            "Salve, mi trasferisco a Bruxelles per lavoro e il bilocale è venduto. Potete annullare Casa+ e chiudere l'account? Grazie, {first}",
        ),
    ],
    "en": [
        (
            "Cancel Casa+ and close account",
            "Hi,\nWe've sold the flat and completed yesterday. Please cancel Atrivo Casa+ and close my account. You've been great, thanks.\n{first}",
        )
    ],
    "de": [
        (
            "Kündigung Casa+ und Konto",
            "Guten Tag,\nwir haben die Wohnung verkauft, Übergabe war gestern. Bitte Atrivo Casa+ kündigen und mein Konto schließen. Danke für alles.\n{first}",
        )
    ],
    "fr": [
        (
            "Résiliation Casa+ et compte",
            "Bonjour,\nnous avons vendu l'appartement, signature hier. Merci de résilier Atrivo Casa+ et de fermer mon compte. Toujours impeccables, merci.\n{first}",
        )
    ],
    "es": [
        (
            "Baja Casa+ y cuenta",
            "Hola,\nhemos vendido el piso, firmamos ayer. Quiero dar de baja Atrivo Casa+ y cerrar mi cuenta. Siempre impecables, gracias.\n{first}",
        )
    ],
}
SORRY_GO: dict[str, str] = {
    "pt": "Olá {first},\nlamentamos vê-la partir! Pode cancelar o Casa+ e fechar a conta na app ou no site, em Perfil > Conta. Boa sorte na casa nova.\n{agent}",
    "it": "Gentile {first},\nci dispiace vederla andare! Può disdire Casa+ e chiudere l'account dall'app o dal sito, in Profilo > Account. In bocca al lupo per la casa nuova.\n{agent}",
    "en": "Hi {first},\nSorry to see you go! You can cancel Casa+ and close the account yourself in the app or on the website, under Profile > Account. Good luck with the move.\n{agent}",
    "de": "Hallo {first},\nschade, dass Sie gehen! Sie können Casa+ und das Konto selbst in der App oder auf der Website kündigen, unter Profil > Konto. Alles Gute!\n{agent}",
    "fr": "Bonjour {first},\ndommage de vous voir partir ! Vous pouvez résilier Casa+ et fermer le compte vous-même dans l'appli ou sur le site, Profil > Compte. Bonne continuation.\n{agent}",
    "es": "Hola {first},\n¡qué pena que se vaya! Puede dar de baja Casa+ y cerrar la cuenta usted mismo en la app o en la web, en Perfil > Cuenta. Mucha suerte.\n{agent}",
}

GRUMBLES: dict[str, list[str]] = {
    "pt": [
        "A app da {brand} faz logout sempre que a fecho. Sempre.",
        "SMS de lembrete da quota às 6 da manhã?? a sério",
        "O contentor do lixo outra vez a transbordar e ninguém avisa a câmara.",
        "A luz da escada apaga-se antes de eu chegar ao 4º.",
        "o elevador faz um barulho horrível há meses",
        "Ninguém avisou do corte de água de terça.",
        "o intercomunicador está a chiar desde fevereiro",
    ],
    "it": [
        "L'app di {brand} mi fa il logout ogni volta che la chiudo.",
        "SMS di promemoria della rata alle 6 del mattino?? ma dai",
        "i bidoni di nuovo pieni e nessuno chiama il comune",
        "La luce delle scale si spegne prima che arrivi al quarto piano.",
        "l'ascensore fa un rumore terribile da mesi",
        "nessuno ha avvisato della sospensione dell'acqua di martedì",
        "il citofono gracchia da febbraio",
    ],
    "en": [
        "The {brand} app logs me out every single time.",
        "Service charge reminder text at 6am?? really",
        "Bins overflowing again, nobody chases the council.",
        "Stair lights go off before I reach the 4th floor.",
        "Nobody told us about Tuesday's water shut-off.",
    ],
    "de": [
        "Die {brand} App loggt mich jedes Mal aus.",
        "Erinnerungs-SMS ums Hausgeld um 6 Uhr morgens?? echt jetzt",
        "Mülltonnen schon wieder voll, keiner kümmert sich.",
        "Treppenlicht geht aus, bevor ich im 4. Stock bin.",
        "Keiner hat das Wasserabstellen am Dienstag angekündigt.",
    ],
    "fr": [
        "L'appli {brand} me déconnecte à chaque fois.",
        "SMS de rappel des charges à 6h du matin ?? sérieux",
        "Poubelles qui débordent encore, personne ne relance la mairie.",
        "La minuterie de l'escalier s'éteint avant le 4e.",
        "Personne n'a prévenu de la coupure d'eau de mardi.",
    ],
    "es": [
        "La app de {brand} me cierra la sesión cada vez.",
        "SMS recordando la cuota a las 6 de la mañana?? en serio",
        "Los contenedores llenos otra vez y nadie avisa al ayuntamiento.",
        "La luz de la escalera se apaga antes de llegar al cuarto.",
        "Nadie avisó del corte de agua del martes.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Adorei a limpeza 'profunda' das escadas de hoje: o pó continua lá, mas agora molhado 👏",
        "Elevador arranjado em 'apenas' 9 dias. Recorde mundial, {brand} 😂",
    ],
    "it": [
        "Bellissima la 'pulizia profonda' delle scale di oggi: la polvere c'è ancora, ma bagnata 👏",
        "ascensore riparato in 'soli' 9 giorni, record mondiale {brand} 😂",
    ],
    "en": ["Loved today's 'deep clean' of the stairs: dust still there, just wet now 👏"],
    "de": ["Super 'Grundreinigung' im Treppenhaus heute: Staub noch da, jetzt halt nass 👏"],
    "fr": [
        "Superbe 'nettoyage en profondeur' de l'escalier : la poussière est toujours là, mais mouillée 👏"
    ],
    "es": ["Qué 'limpieza a fondo' la de hoy en la escalera: el polvo sigue, pero mojado 👏"],
}

MILD: dict[str, list[str]] = {
    "pt": [
        "A pesquisa de documentos na app mostra as atas de 2019 primeiro, podiam ordenar por data?",
        "o extrato só se descarrega ano a ano, dava jeito poder ter tudo junto",
    ],
    "it": [
        "La ricerca documenti in app mostra prima i verbali del 2019, si può ordinare per data?",
        "l'estratto conto si scarica solo anno per anno, sarebbe comodo averlo tutto insieme",
    ],
    "en": ["The document search shows 2019 minutes first, could it sort by date?"],
    "de": ["Die Dokumentensuche zeigt zuerst Protokolle von 2019, kann man nach Datum sortieren?"],
    "fr": ["La recherche de documents affiche d'abord les PV de 2019, on peut trier par date ?"],
    "es": [
        "El buscador de documentos saca primero las actas de 2019, ¿se puede ordenar por fecha?"
    ],
}
MILD_CHAT_ANSWER: dict[str, str] = {
    "pt": "Obrigada pela sugestão, passei à equipa da app. Entretanto pode filtrar por ano. {agent}",
    "it": "Grazie del suggerimento, l'ho girato al team dell'app. Intanto può filtrare per anno. {agent}",
    "en": "Thanks for the suggestion, I've passed it to the app team. You can filter by year meanwhile. {agent}",
    "de": "Danke für den Hinweis, ich gebe ihn ans App-Team weiter. Bis dahin können Sie nach Jahr filtern. {agent}",
    "fr": "Merci pour la suggestion, je la transmets à l'équipe de l'appli. En attendant, vous pouvez filtrer par année. {agent}",
    "es": "Gracias por la sugerencia, la paso al equipo de la app. Mientras tanto puede filtrar por año. {agent}",
}
MILD_ACK: dict[str, tuple[str, str]] = {
    "pt": (
        "A sua sugestão",
        "Olá {first},\nobrigada pela sugestão sobre a app, já a passámos à equipa.\n{agent}",
    ),
    "it": (
        "Il suo suggerimento",
        "Gentile {first},\ngrazie del suggerimento sull'app, l'abbiamo girato al team.\n{agent}",
    ),
    "en": (
        "Your suggestion",
        "Hi {first},\nThanks for your suggestion about the app, we've passed it on to the team.\n{agent}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {first},\ndanke für Ihren Vorschlag zur App, wir haben ihn ans Team weitergegeben.\n{agent}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {first},\nmerci pour votre suggestion sur l'appli, nous l'avons transmise à l'équipe.\n{agent}",
    ),
    "es": (
        "Su sugerencia",
        "Hola {first},\ngracias por su sugerencia sobre la app, ya la hemos pasado al equipo.\n{agent}",
    ),
}

# The spike: fault reports filed in the app close themselves within a minute as
# "resolved by the resident"; reopening fails with error ST/709-R.
SPIKE: dict[str, list[str]] = {
    "pt": [
        "Reportei uma infiltração na garagem e 1 minuto depois a app diz 'Resolvida pelo condómino'. Não resolvi nada!! Tento reabrir e dá erro {code}",
        "o que se passa com a app da {brand}? abro ocorrência do elevador parado e fecha logo sozinha como resolvida, reabrir = {code}",
        "Bom dia, a ocorrência da porta da rua (não fecha) foi fechada automaticamente como 'resolvida por si' segundos depois. Ao reabrir: erro {code}. A porta continua aberta.",
        "Três vezes tentei reportar a fuga de água no 2º e três vezes 'Resolvida pelo condómino' ao fim de um minuto. ERRO {code} ao reabrir. Está a chover lá dentro!",
    ],
    "it": [
        "Segnalo una perdita in garage e dopo un minuto l'app dice 'Risolta dal condomino'. Non ho risolto niente! Se provo a riaprire: errore {code}",
        "ma che succede all'app {brand}? apro la segnalazione dell'ascensore fermo e si chiude da sola come risolta, riaprire = {code}",
        "Buongiorno, la segnalazione del portone che non chiude è stata chiusa in automatico 'risolta da lei' pochi secondi dopo. Riapertura: errore {code}. Il portone è ancora aperto.",
        "tre volte ho segnalato l'acqua che scende dal soffitto delle scale e tre volte 'Risolta dal condomino' dopo un minuto. ERRORE {code}. Qui piove dentro!!",
    ],
    "en": [
        "Reported a leak in the car park, a minute later the app says 'Resolved by resident'. I resolved nothing! Reopening gives error {code}",
        "anyone else's {brand} reports closing themselves? lift's broken, report shut as resolved in seconds, reopen = {code}",
    ],
    "de": [
        "Wasserschaden in der Tiefgarage gemeldet, eine Minute später steht in der App 'Vom Bewohner erledigt'. Ich hab gar nichts erledigt! Wieder öffnen: Fehler {code}",
        "was ist los mit der {brand} App? Meldung zum kaputten Aufzug schließt sich sofort selbst als erledigt, erneut öffnen = {code}",
    ],
    "fr": [
        "Signalé une fuite au parking, une minute après l'appli affiche 'Résolu par le résident'. J'ai rien résolu ! Rouvrir : erreur {code}",
        "l'appli {brand} ferme toute seule les signalements ? ascenseur en panne, signalement clos 'résolu' en quelques secondes, rouvrir = {code}",
    ],
    "es": [
        "Aviso de una fuga en el garaje y al minuto la app pone 'Resuelto por el vecino'. ¡No he resuelto nada! Al reabrir: error {code}",
        "¿qué le pasa a la app de {brand}? abro aviso del ascensor roto y se cierra solo como resuelto, reabrir = {code}",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "pt": "Ocorrências fecham sozinhas - erro {code}",
    "it": "Segnalazioni chiuse da sole - errore {code}",
    "en": "Reports closing by themselves - error {code}",
    "de": "Meldungen schließen sich selbst - Fehler {code}",
    "fr": "Signalements fermés tout seuls - erreur {code}",
    "es": "Avisos que se cierran solos - error {code}",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "pt": "Sim, neste momento todas as ocorrências abertas na app estão a fechar sozinhas, a equipa técnica já está a tratar. Registei a sua à mão. {agent}",
    "it": "Sì, in questo momento tutte le segnalazioni aperte in app si chiudono da sole, i tecnici ci stanno lavorando. Ho registrato la sua a mano. {agent}",
    "en": "Yes, right now every report filed in the app is closing itself, our engineers are on it. I've logged yours by hand. {agent}",
    "de": "Ja, gerade schließen sich alle Meldungen in der App von selbst, unsere Technik ist dran. Ich habe Ihre von Hand erfasst. {agent}",
    "fr": "Oui, en ce moment tous les signalements de l'appli se ferment tout seuls, nos techniciens s'en occupent. J'ai saisi le vôtre à la main. {agent}",
    "es": "Sí, ahora mismo todos los avisos de la app se cierran solos, el equipo técnico ya está en ello. He registrado el suyo a mano. {agent}",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "pt": [
        "Continua: tentei de novo pelo site e a mesma coisa, 'resolvida' e {code}. Alguém?",
        "no telemóvel do meu marido é igual, {code}, e a água continua a cair",
    ],
    "it": [
        "Ancora: ho riprovato dal sito, stessa cosa, 'risolta' e {code}. C'è qualcuno?",
        "anche dal telefono di mio marito uguale, {code}, e l'acqua continua a scendere",
    ],
    "en": ["Still the same from the website, 'resolved' and {code} again. Anyone?"],
    "de": ["Immer noch: auch über die Website 'erledigt' und {code}. Hallo??"],
    "fr": ["Toujours pareil depuis le site, 'résolu' et {code}. Quelqu'un ?"],
    "es": ["Sigue igual desde la web, 'resuelto' y {code}. ¿Alguien?"],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "pt": (
        "Ocorrências a funcionar",
        "Olá {first},\nas ocorrências voltaram a funcionar desde as {time}. A sua foi reaberta e já tem técnico marcado. Pelo incómodo, descontámos {credit} na próxima quota.\n{agent}",
    ),
    "it": (
        "Segnalazioni di nuovo attive",
        "Gentile {first},\nle segnalazioni funzionano di nuovo dalle {time}. La sua è stata riaperta e il tecnico è già fissato. Per il disagio le abbiamo scalato {credit} dalla prossima rata.\n{agent}",
    ),
    "en": (
        "Reports working again",
        "Hi {first},\nReports have worked again since {time}. Yours has been reopened and a contractor is booked. For the trouble we've taken {credit} off your next service charge.\n{agent}",
    ),
    "de": (
        "Meldungen funktionieren wieder",
        "Hallo {first},\nMeldungen funktionieren seit {time} Uhr wieder. Ihre ist wieder offen und ein Handwerker ist bestellt. Für den Ärger ziehen wir {credit} vom nächsten Hausgeld ab.\n{agent}",
    ),
    "fr": (
        "Signalements rétablis",
        "Bonjour {first},\nles signalements fonctionnent de nouveau depuis {time}. Le vôtre est rouvert et un artisan est prévu. Pour la gêne, nous déduisons {credit} de vos prochaines charges.\n{agent}",
    ),
    "es": (
        "Avisos funcionando",
        "Hola {first},\nlos avisos funcionan de nuevo desde las {time}. El suyo está reabierto y ya hay técnico asignado. Por las molestias, descontamos {credit} de la próxima cuota.\n{agent}",
    ),
}
LONE_Q: dict[str, tuple[str, str]] = {
    "pt": (
        "Olá, ontem à noite abri uma ocorrência e por um segundo apareceu 'fechada', depois de atualizar ficou 'em curso'. Está tudo bem com ela?",
        "Olá! Sim, foi só a app a atualizar: a ocorrência está aberta e o técnico vai amanhã de manhã. {agent}",
    ),
    "it": (
        "Buongiorno, ieri sera ho aperto una segnalazione e per un secondo è comparso 'chiusa', poi aggiornando è tornata 'in corso'. È tutto a posto?",
        "Buongiorno! Sì, era solo l'app che si aggiornava: la segnalazione è aperta e il tecnico passa domani mattina. {agent}",
    ),
}
ARCHIVE_GRUMBLE: dict[str, tuple[str, str]] = {
    "pt": (
        "a pasta de documentos na app está lentíssima hoje, 1 minuto para abrir uma ata",
        "Obrigada pelo aviso, estamos a ver. Entretanto os documentos também estão no site. {agent}",
    ),
    "it": (
        "l'archivio documenti in app oggi è lentissimo, un minuto per aprire un verbale",
        "Grazie della segnalazione, stiamo verificando. Intanto i documenti sono anche sul sito. {agent}",
    ),
    "en": (
        "the documents folder in the app is painfully slow today",
        "Thanks for flagging, we're looking into it. The documents are on the website too. {agent}",
    ),
    "de": (
        "der Dokumentenordner in der App ist heute extrem langsam",
        "Danke für den Hinweis, wir schauen es uns an. Die Dokumente gibt es auch auf der Website. {agent}",
    ),
    "fr": (
        "le dossier documents de l'appli est super lent aujourd'hui",
        "Merci du signalement, on regarde. Les documents sont aussi sur le site. {agent}",
    ),
    "es": (
        "la carpeta de documentos de la app va lentísima hoy",
        "Gracias por avisar, lo estamos mirando. Los documentos también están en la web. {agent}",
    ),
}
