# ruff: noqa: E501
"""Households' words for heldout102 (Scolvia: drains, septic tanks and gutters by app).

Portuguese and German first (the most variants), then English, French, Spanish and
Italian. Placeholders: {first}, {case}, {comp}, {amount}, {agent}, {brand}, {code},
{time}, {product}. Written from the stories in make_heldout102.py.
"""

from __future__ import annotations

LANGS = ("pt", "de", "en", "fr", "es", "it")

# Products: (label, price in EUR, page). Labels English / Portuguese whatever the market.
PRODUCTS: list[tuple[str, int, str]] = [
    ("Emergency unblocking / Desentupimento urgente", 129, "/services/unblocking"),
    ("Drain CCTV survey / Inspeção vídeo", 189, "/services/cctv"),
    ("Septic tank emptying / Esvaziamento de fossa", 245, "/services/septic"),
    ("Gutter and downpipe clearing / Limpeza de caleiras", 99, "/services/gutters"),
    ("Kitchen drain jetting / Hidrolimpeza de esgoto", 159, "/services/jetting"),
    ("Annual drain check (Care) / Vistoria anual (Care)", 79, "/care/check"),
    ("Root cutting in sewer line / Corte de raízes", 320, "/services/roots"),
    ("Toilet unblocking / Desentupimento de sanita", 95, "/services/toilet"),
    ("Shower drain clean / Limpeza de ralo", 85, "/services/shower"),
    ("Scolvia Care, yearly / Plano Scolvia Care, anual", 69, "/care"),
]

PAGES = [
    "/app/book",
    "/care",
    "/prices",
    "/help/before-the-visit",
    "/account/visits",
    "/services/cctv",
    "/services/septic",
    "/services/gutters",
    "/help/smells",
    "/blog/what-not-to-flush",
]

AGENTS: dict[str, list[str]] = {
    "pt": ["Inês", "Tiago", "Marta"],
    "de": ["Jonas", "Katrin", "Miriam"],
    "en": ["Hannah", "Owen"],
    "fr": ["Léa", "Karim"],
    "es": ["Lucía", "Álvaro"],
    "it": ["Chiara", "Davide"],
}

SIGN: dict[str, str] = {
    "pt": "{agent}, Apoio ao Cliente Scolvia",
    "de": "{agent}, Scolvia Kundenservice",
    "en": "{agent}, Scolvia Customer Care",
    "fr": "{agent}, Service client Scolvia",
    "es": "{agent}, Atención al cliente Scolvia",
    "it": "{agent}, Assistenza clienti Scolvia",
}

PRAISE: dict[str, list[str]] = {
    "pt": [
        "O técnico da Scolvia chegou em 40 minutos e desentupiu a cozinha num instante. Impecável!",
        "Fossa esvaziada hoje de manhã, rapaz simpático e deixou o quintal limpinho. Recomendo a Scolvia",
        "5 estrelas para a Scolvia, mostraram-me o vídeo da câmara e finalmente percebi o que se passa no cano",
        "Mto bom serviço, vieram no próprio dia e explicaram tudo com calma. obg Scolvia",
        "Caleiras limpas antes das chuvas, nem uma folha no chão. Assim dá gosto",
    ],
    "de": [
        "Küchenabfluss komplett dicht, Scolvia war nach 45 Minuten da. Top!",
        "Kamerainspektion vom Hausanschluss gemacht, super erklärt und das Video gleich per Mail. Danke Scolvia",
        "Sehr sauber gearbeitet, der Techniker hat sogar Überzieher über die Schuhe gezogen. Klare Empfehlung",
        "Sickergrube geleert, pünktlich, freundlich, nichts danebengegangen. So muss das",
        "Dachrinnen vor dem Herbst frei gemacht, Fallrohr läuft wieder. Danke an das Team von Scolvia",
    ],
    "en": [
        "Scolvia had our blocked loo sorted in twenty minutes flat. Lovely bloke, bathroom left spotless",
        "Gutters cleared and the downpipe finally drains properly. Great job Scolvia",
    ],
    "fr": [
        "Évier débouché en une demi-heure, technicien adorable. Merci Scolvia !",
        "Passage caméra très pro, on a enfin compris d'où venait l'odeur. Je recommande Scolvia",
    ],
    "es": [
        "Desatascaron el fregadero en nada y el técnico majísimo. Scolvia de 10",
        "Vaciaron la fosa séptica a la hora dicha y ni una mancha. Muy recomendable Scolvia",
    ],
    "it": [
        "Tecnico Scolvia arrivato in mezz'ora, scarico sbloccato e bagno lasciato pulito. Bravissimi",
        "Videoispezione fatta benissimo, il video me l'hanno mandato subito. Consiglio Scolvia",
    ],
}

AGAIN: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que chamo a Scolvia este ano e outra vez impecável",
        "Mais uma vez o Sr. Rui, sempre pontual e cuidadoso. Continuo fã da Scolvia",
        "De novo a vistoria anual sem stress nenhum. Há três anos que é assim",
    ],
    "de": [
        "Schon das dritte Mal dieses Jahr mit Scolvia und wieder alles top",
        "Wieder der nette Techniker vom letzten Mal, immer noch begeistert",
        "Jahresprüfung wieder ohne Theater erledigt, seit drei Jahren so",
    ],
    "en": ["Third time we've had Scolvia out and still faultless"],
    "fr": ["Troisième fois que je fais appel à Scolvia, toujours aussi bien"],
    "es": ["Tercera vez este año con Scolvia y otra vez de diez"],
    "it": ["Terza volta quest'anno con Scolvia, sempre impeccabili"],
}

GRIPE: dict[str, list[str]] = {
    "pt": [
        "Serviço ótimo, só a janela de chegada de 4 horas é que custa. De resto, 5 estrelas",
        "Muito contente com a Scolvia, só a fatura veio em inglês. Mas voltava a chamar",
        "Trabalho impecável, pena o técnico não ter trazido tapetes para a entrada. Tirando isso top",
    ],
    "de": [
        "Alles bestens, nur das Zeitfenster von vier Stunden ist echt lang. Sonst gerne wieder",
        "Super Arbeit, nur die Rechnung kam erst nach einer Woche. Trotzdem Empfehlung",
        "Sauber und schnell, einzig die Hotline-Warteschleife nervt. Ansonsten volle Punktzahl",
    ],
    "en": ["Brilliant job, only wish the arrival window was shorter than four hours"],
    "fr": ["Très bon travail, juste dommage que la facture arrive une semaine après"],
    "es": ["Todo genial, solo que la ventana de llegada de cuatro horas se hace larga"],
    "it": ["Ottimo lavoro, peccato solo per la fascia oraria di quattro ore"],
}

# (question, agent's answer) in chat
CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Olá, a limpeza de caleiras inclui os tubos de queda?",
            "Olá! Inclui sim, o técnico limpa as caleiras e testa os tubos de queda com água no fim.",
        ),
        (
            "Boa tarde, posso marcar a vistoria anual para um sábado?",
            "Boa tarde! Pode, aos sábados de manhã há vagas. Escolha na app em Marcar > Vistoria.",
        ),
        (
            "bom dia o técnico precisa de acesso à caixa de visita no quintal?",
            "Bom dia! Sim, se puder deixar a tampa à vista ajuda muito. Não precisa de a abrir.",
        ),
        (
            "Olá, o plano Care cobre a inspeção vídeo?",
            "Olá! O Care inclui uma vistoria por ano e 20 % de desconto na inspeção vídeo.",
        ),
    ],
    "de": [
        (
            "Hallo, ist bei der Dachrinnenreinigung das Fallrohr mit dabei?",
            "Hallo! Ja, das Fallrohr wird mitgespült und am Ende mit Wasser getestet.",
        ),
        (
            "Kann ich die Jahresprüfung auch auf einen Samstag legen?",
            "Ja, samstags vormittags gibt es Termine. Einfach in der App unter Buchen > Jahresprüfung.",
        ),
        (
            "muss ich bei der Kamerainspektion zu Hause sein?",
            "Am besten ja, oder jemand mit Zugang zum Keller. Das Video bekommen Sie danach per Mail.",
        ),
        (
            "Hi, gilt der Care-Rabatt auch fürs Wurzelschneiden?",
            "Hallo! Ja, 20 % auf alle Leistungen außer der Sickergrubenleerung.",
        ),
    ],
    "en": [
        (
            "Hi, does gutter clearing include the downpipes?",
            "Hi! Yes, downpipes are flushed and tested with water at the end.",
        ),
        (
            "Can the annual check be on a Saturday?",
            "It can, Saturday mornings have slots. Book it in the app under Book > Annual check.",
        ),
    ],
    "fr": [
        (
            "Bonjour, le nettoyage comprend-il aussi les descentes de gouttière ?",
            "Bonjour ! Oui, les descentes sont rincées et testées à l'eau à la fin.",
        ),
        (
            "Est-ce que je dois être présent pour l'inspection caméra ?",
            "Idéalement oui, ou quelqu'un qui a accès à la cave. La vidéo vous est envoyée par mail.",
        ),
    ],
    "es": [
        (
            "Hola, la limpieza de canalones incluye las bajantes?",
            "¡Hola! Sí, se limpian las bajantes y se prueban con agua al final.",
        ),
        (
            "Puedo pedir la revisión anual un sábado?",
            "Sí, los sábados por la mañana hay huecos. En la app: Reservar > Revisión anual.",
        ),
    ],
    "it": [
        (
            "Buongiorno, la pulizia grondaie comprende anche i pluviali?",
            "Buongiorno! Sì, i pluviali vengono lavati e provati con l'acqua alla fine.",
        ),
        (
            "Posso fissare il controllo annuale di sabato?",
            "Sì, il sabato mattina ci sono posti. Dall'app: Prenota > Controllo annuale.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "pt": ["Obrigada!", "obg, ótimo", "Perfeito, muito obrigado", "Ah boa, obrigado 🙂"],
    "de": ["Danke!", "Super, danke euch", "Perfekt, vielen Dank", "ok danke"],
    "en": ["Thanks!", "Perfect, cheers"],
    "fr": ["Merci !", "Parfait, merci beaucoup"],
    "es": ["¡Gracias!", "Genial, gracias"],
    "it": ["Grazie!", "Perfetto, grazie mille"],
}

# (subject, question, agent's answer) by e-mail
EMAIL_QA: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Dúvida fossa séptica",
            "Bom dia,\n\nde quanto em quanto tempo devo esvaziar uma fossa de 3000 litros? Somos quatro em casa.\n\nObrigado,\n{first}",
            "Bom dia {first},\n\npara quatro pessoas e 3000 litros, de dois em dois anos costuma chegar. Se quiser, marcamos já o próximo esvaziamento.\n\n{sign}",
        ),
        (
            "Fatura com NIF",
            "Olá, consegue reenviar a fatura da última visita com o meu NIF? Esqueci-me de o pôr na app. {first}",
            "Olá {first},\n\njá está: a fatura com NIF seguiu para este endereço.\n\n{sign}",
        ),
        (
            "Vistoria antes de vender casa",
            "Boa tarde, vamos vender a casa e o comprador pede um relatório do estado dos esgotos. A inspeção vídeo serve? Cumprimentos, {first}",
            "Boa tarde {first},\n\nserve sim, o relatório da inspeção vídeo vem com fotografias e conclusões e é aceite pela maioria dos compradores.\n\n{sign}",
        ),
    ],
    "de": [
        (
            "Frage Sickergrube",
            "Guten Tag,\n\nwie oft sollte eine Grube mit 3 m³ geleert werden? Wir sind zu viert.\n\nViele Grüße\n{first}",
            "Guten Tag {first},\n\nbei vier Personen und 3 m³ reicht in der Regel alle zwei Jahre. Gern planen wir den nächsten Termin gleich ein.\n\n{sign}",
        ),
        (
            "Rechnung an Hausverwaltung",
            "Hallo, kann die Rechnung vom letzten Einsatz an unsere Hausverwaltung gehen statt an mich? Gruß {first}",
            "Hallo {first},\n\nkein Problem, die Rechnung ist neu ausgestellt und an die Hausverwaltung geschickt.\n\n{sign}",
        ),
        (
            "Protokoll für Hauskauf",
            "Guten Tag, wir verkaufen das Haus und der Käufer will einen Nachweis über den Zustand der Leitungen. Reicht das Protokoll der Kamerainspektion? Gruß {first}",
            "Guten Tag {first},\n\nja, das Protokoll mit Fotos und Befund wird von den meisten Käufern und Banken akzeptiert.\n\n{sign}",
        ),
    ],
    "en": [
        (
            "Septic tank question",
            "Hello,\n\nhow often should a 3,000-litre septic tank be emptied? There are four of us.\n\nThanks,\n{first}",
            "Hello {first},\n\nfor four people and 3,000 litres, every two years is usually enough. Happy to book the next one in now.\n\n{sign}",
        ),
    ],
    "fr": [
        (
            "Question fosse septique",
            "Bonjour,\n\nà quelle fréquence faut-il vidanger une fosse de 3000 litres ? Nous sommes quatre.\n\nMerci,\n{first}",
            "Bonjour {first},\n\npour quatre personnes et 3000 litres, tous les deux ans suffit en général. Nous pouvons planifier la prochaine vidange dès maintenant.\n\n{sign}",
        ),
    ],
    "es": [
        (
            "Duda fosa séptica",
            "Hola,\n\n¿cada cuánto hay que vaciar una fosa de 3000 litros? Somos cuatro en casa.\n\nGracias,\n{first}",
            "Hola {first},\n\npara cuatro personas y 3000 litros, cada dos años suele bastar. Si quiere, le dejamos ya programado el próximo vaciado.\n\n{sign}",
        ),
    ],
    "it": [
        (
            "Domanda fossa settica",
            "Buongiorno,\n\nogni quanto va svuotata una fossa da 3000 litri? Siamo in quattro.\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nper quattro persone e 3000 litri di solito basta ogni due anni. Possiamo già fissare il prossimo svuotamento.\n\n{sign}",
        ),
    ],
}

# (transcript, subject and text of the agent's follow-up e-mail)
PHONE_QA: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "bom dia queria saber se a vistoria anual do plano Care pode ser em dezembro ou se tem de ser antes do fim do ano do plano",
            "A sua vistoria anual",
            "Olá {first},\n\ncomo falámos ao telefone: a vistoria pode ser em dezembro, o plano conta até à data de renovação.\n\n{sign}",
        ),
        (
            "olá boa tarde é só para saber se vocês também limpam o ralo da varanda ou só dentro de casa",
            "Limpeza de ralos exteriores",
            "Olá {first},\n\nconfirmamos o que dissemos ao telefone: limpamos também ralos de varandas e terraços, marca-se como Limpeza de ralo.\n\n{sign}",
        ),
    ],
    "de": [
        (
            "ja guten Tag ich wollte fragen ob die Jahresprüfung im Dezember noch geht oder ob das vor Vertragsende sein muss",
            "Ihre Jahresprüfung",
            "Hallo {first},\n\nwie am Telefon besprochen: Dezember geht, der Plan gilt bis zum Verlängerungsdatum.\n\n{sign}",
        ),
        (
            "hallo ich hätte eine Frage machen Sie auch den Bodenablauf in der Garage oder nur im Haus",
            "Bodenablauf Garage",
            "Hallo {first},\n\nwie am Telefon gesagt: Bodenabläufe in Garage und Keller machen wir auch, buchbar als Ablaufreinigung.\n\n{sign}",
        ),
    ],
    "en": [
        (
            "hi there just wondering if the annual check has to be before the plan renews or can it be in december",
            "Your annual check",
            "Hi {first},\n\nas we said on the phone: December is fine, the plan runs until its renewal date.\n\n{sign}",
        ),
    ],
    "fr": [
        (
            "bonjour je voulais savoir si vous nettoyez aussi le siphon de la terrasse ou seulement à l'intérieur",
            "Siphon de terrasse",
            "Bonjour {first},\n\ncomme convenu au téléphone : nous nettoyons aussi les siphons de terrasse, à réserver comme nettoyage de siphon.\n\n{sign}",
        ),
    ],
    "es": [
        (
            "hola buenas quería saber si la revisión anual se puede hacer en diciembre o tiene que ser antes",
            "Su revisión anual",
            "Hola {first},\n\ncomo hablamos por teléfono: en diciembre está bien, el plan cuenta hasta la fecha de renovación.\n\n{sign}",
        ),
    ],
    "it": [
        (
            "buongiorno volevo sapere se pulite anche il pozzetto del terrazzo o solo dentro casa",
            "Pozzetto del terrazzo",
            "Buongiorno {first},\n\ncome detto al telefono: puliamo anche i pozzetti di terrazzi e balconi, si prenota come pulizia scarico.\n\n{sign}",
        ),
    ],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "pt": [
        "Turno da noite no hospital acabado, marquei a limpeza das caleiras para sábado pela app em dois minutos. Adoro a Scolvia",
        "insónia e cá estou eu a rever o vídeo da câmara ao nosso cano lol. Fascinante, obrigada Scolvia",
        "3h da manhã, bebé a dormir finalmente e eu a marcar a vistoria anual. Tão fácil",
    ],
    "de": [
        "Nachtschicht vorbei, Dachrinnenreinigung für Samstag in der App gebucht, keine zwei Minuten. Danke Scolvia",
        "Kann nicht schlafen und schaue mir das Kamera-Video von unserem Abflussrohr an. Ehrlich faszinierend",
        "Halb drei, endlich Ruhe und nebenbei die Jahresprüfung gebucht. Läuft bei Scolvia",
    ],
    "en": [
        "Finished a night shift and booked the gutter clear for Saturday in two minutes. Love the Scolvia app"
    ],
    "fr": [
        "Fin de garde de nuit, réservé le nettoyage des gouttières pour samedi en deux minutes. Top Scolvia"
    ],
    "es": [
        "Acabo el turno de noche y reservo la limpieza de canalones para el sábado en dos minutos. Qué cómoda la app de Scolvia"
    ],
    "it": [
        "Finito il turno di notte, prenotata la pulizia grondaie per sabato in due minuti. Comodissima l'app di Scolvia"
    ],
}

NIGHT_QA: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Boa noite, se marcar agora para amanhã às 8h ainda dá?",
            "Boa noite! Dá sim, as vagas das 8h fecham às 6h da manhã.",
        ),
        (
            "olá ainda está alguém? a vistoria pode ser com chuva?",
            "Olá! Pode sim, só a limpeza de caleiras é que remarcamos se houver trovoada.",
        ),
    ],
    "de": [
        (
            "Guten Abend, kann ich jetzt noch für morgen 8 Uhr buchen?",
            "Guten Abend! Ja, die 8-Uhr-Termine sind bis 6 Uhr morgens buchbar.",
        ),
        (
            "noch jemand da? findet die Dachrinnenreinigung auch bei Regen statt?",
            "Hallo! Bei Regen ja, nur bei Gewitter verschieben wir.",
        ),
    ],
    "en": [("Hi, still time to book tomorrow 8am?", "Hi! Yes, 8am slots stay open until 6am.")],
    "fr": [
        (
            "Bonsoir, je peux encore réserver pour demain 8h ?",
            "Bonsoir ! Oui, les créneaux de 8h restent ouverts jusqu'à 6h.",
        )
    ],
    "es": [
        (
            "Buenas noches, todavía puedo reservar para mañana a las 8?",
            "¡Buenas noches! Sí, las citas de las 8 se pueden pedir hasta las 6.",
        )
    ],
    "it": [
        (
            "Buonasera, posso ancora prenotare per domani alle 8?",
            "Buonasera! Sì, gli slot delle 8 restano aperti fino alle 6.",
        )
    ],
}

SURVEY_HAPPY: dict[str, list[str]] = {
    "pt": ["Top", "Rápidos e limpos", "👍", "", "Muito bom"],
    "de": ["Super", "Schnell und sauber", "👍", "", "Gerne wieder"],
    "en": ["Great", "", "Spot on"],
    "fr": ["Parfait", ""],
    "es": ["Genial", ""],
    "it": ["Ottimo", ""],
}

SURVEY_LOW: dict[str, list[str]] = {
    "pt": ["Péssimo", "", "Nunca mais", "Ninguém resolve nada"],
    "de": ["Katastrophe", "", "Nie wieder", "Keiner kümmert sich"],
    "en": ["Awful", ""],
    "fr": ["Nul", ""],
    "es": ["Fatal", ""],
    "it": ["Pessimo", ""],
}

# The six household problems
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "surcharge")
# amount in EUR a problem names (0: none)
PROBLEM_AMOUNT: dict[str, int] = {
    "no_show": 0,
    "double_charge": 89,
    "damage": 0,
    "refund": 159,
    "wrong_price": 40,
    "surcharge": 65,
}

PROBLEM_SUBJECT: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "Visita dada como concluída sem ninguém vir",
        "de": "Einsatz als erledigt markiert, niemand da",
        "en": "Visit marked completed, nobody came",
        "fr": "Intervention marquée terminée, personne venu",
        "es": "Visita marcada como completada sin venir nadie",
        "it": "Intervento segnato completato ma nessuno è venuto",
    },
    "double_charge": {
        "pt": "Deslocação cobrada duas vezes",
        "de": "Anfahrt doppelt abgebucht",
        "en": "Call-out fee taken twice",
        "fr": "Déplacement débité deux fois",
        "es": "Desplazamiento cobrado dos veces",
        "it": "Uscita addebitata due volte",
    },
    "damage": {
        "pt": "Sanita partida pelo técnico",
        "de": "Toilette vom Techniker beschädigt",
        "en": "Toilet cracked by your engineer",
        "fr": "WC fissuré par le technicien",
        "es": "Váter roto por el técnico",
        "it": "Wc rotto dal tecnico",
    },
    "refund": {
        "pt": "Reembolso em falta",
        "de": "Erstattung fehlt",
        "en": "Refund missing",
        "fr": "Remboursement manquant",
        "es": "Reembolso pendiente",
        "it": "Rimborso mancante",
    },
    "wrong_price": {
        "pt": "Preço errado - sou cliente Care",
        "de": "Falscher Preis trotz Care",
        "en": "Charged non-Care price",
        "fr": "Mauvais tarif, je suis abonné Care",
        "es": "Precio incorrecto, soy cliente Care",
        "it": "Prezzo sbagliato, sono cliente Care",
    },
    "surcharge": {
        "pt": "Taxa noturna indevida",
        "de": "Nachtzuschlag am Nachmittag?",
        "en": "Night surcharge for an afternoon visit",
        "fr": "Majoration de nuit injustifiée",
        "es": "Recargo nocturno indebido",
        "it": "Maggiorazione notturna non dovuta",
    },
}

COMPLAINT_PREFIX: dict[str, str] = {
    "pt": "Reclamação: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "it": "Reclamo: ",
}

REPLY_PREFIX: dict[str, str] = {
    "pt": "RE: Processo ",
    "de": "AW: Vorgang ",
    "en": "Re: Your case ",
    "fr": "RE : Dossier ",
    "es": "RE: Incidencia ",
    "it": "R: Pratica ",
}

PROBLEM_WRITTEN: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "pt": [
            "A app diz que a visita de hoje foi CONCLUÍDA mas aqui não apareceu ninguém!! Tenho a sanita entupida desde ontem. Isto é alguma brincadeira?",
            "Esperei das 8h ao meio-dia pelo técnico, nada, e agora aparece 'serviço concluído'. Concluído onde?? A cozinha continua com água no chão",
        ],
        "de": [
            "Laut App ist der Einsatz ERLEDIGT, aber hier war niemand! Das Klo ist seit gestern verstopft. Soll das ein Witz sein?",
            "Vier Stunden auf den Techniker gewartet, keiner kam, und jetzt steht da 'Auftrag abgeschlossen'. Die Küche steht immer noch unter Wasser",
        ],
        "en": [
            "App says today's visit is COMPLETED. Nobody came. Toilet blocked since yesterday. Brilliant."
        ],
        "fr": [
            "L'appli indique l'intervention TERMINÉE mais personne n'est venu ! Les WC sont bouchés depuis hier."
        ],
        "es": [
            "La app dice que la visita está COMPLETADA y aquí no ha venido nadie. El váter sigue atascado desde ayer"
        ],
        "it": [
            "L'app dice intervento COMPLETATO ma qui non è venuto nessuno! Il wc è intasato da ieri."
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me a deslocação DUAS vezes, {amount} + {amount} no cartão pela mesma visita. Quero o dinheiro de volta já",
            "Olhei para o extrato e lá está, a mesma visita cobrada duas vezes ({amount} cada). Fim do mês e isto",
        ],
        "de": [
            "Die Anfahrt wurde ZWEIMAL abgebucht, zweimal {amount} für denselben Einsatz. Ich will das Geld zurück",
            "Kontoauszug angeschaut: derselbe Einsatz doppelt, je {amount}. Am Monatsende echt super",
        ],
        "en": [
            "You've taken the call-out fee TWICE, {amount} and {amount} again for the same visit. I want it back"
        ],
        "fr": [
            "Le déplacement a été débité DEUX fois, {amount} et encore {amount} pour la même intervention"
        ],
        "es": [
            "Me habéis cobrado el desplazamiento DOS veces, {amount} y otra vez {amount} por la misma visita"
        ],
        "it": [
            "Mi avete addebitato l'uscita DUE volte, {amount} e ancora {amount} per lo stesso intervento"
        ],
    },
    "damage": {
        "pt": [
            "O técnico rachou a sanita a desentupir e foi-se embora sem dizer nada. Agora pinga para o chão da casa de banho",
            "Deixaram as paredes da casa de banho salpicadas de água suja e a sanita com uma racha. Quem paga isto?",
        ],
        "de": [
            "Ihr Techniker hat beim Entstopfen die Toilette angeknackst und ist einfach gegangen. Jetzt tropft es auf den Boden",
            "Die Badwand voller Dreckwasser und ein Riss in der Schüssel. Wer zahlt das bitte?",
        ],
        "en": [
            "Your engineer cracked the toilet bowl while unblocking it and left without a word. Now it drips on the floor"
        ],
        "fr": [
            "Le technicien a fissuré la cuvette en débouchant et il est parti sans rien dire. Ça goutte par terre maintenant"
        ],
        "es": [
            "El técnico rajó el váter al desatascarlo y se fue sin decir nada. Ahora gotea al suelo"
        ],
        "it": [
            "Il tecnico ha crepato il wc mentre lo sturava ed è andato via senza dire niente. Adesso gocciola per terra"
        ],
    },
    "refund": {
        "pt": [
            "Cancelei a visita há TRÊS semanas e ainda não vi os {amount} de volta. Quantas mais?",
            "Três semanas à espera do reembolso de {amount} de uma visita que cancelei com dias de antecedência",
        ],
        "de": [
            "Termin vor DREI Wochen storniert, die {amount} sind immer noch nicht zurück. Wie lange noch?",
            "Seit drei Wochen warte ich auf die Erstattung von {amount} für einen Termin, den ich Tage vorher abgesagt habe",
        ],
        "en": [
            "Cancelled the visit THREE weeks ago and still no sign of my {amount}. How much longer?"
        ],
        "fr": ["Intervention annulée il y a TROIS semaines et toujours pas remboursé de {amount}"],
        "es": ["Cancelé la visita hace TRES semanas y los {amount} siguen sin aparecer"],
        "it": ["Ho annullato l'intervento TRE settimane fa e i {amount} non sono ancora tornati"],
    },
    "wrong_price": {
        "pt": [
            "Sou cliente Care há dois anos e cobraram-me o preço normal, mais {amount} do que devia. Para que pago o plano?",
            "Fatura com a tarifa de quem não tem plano, {amount} a mais. Tenho o Care ativo, está na app",
        ],
        "de": [
            "Ich habe seit zwei Jahren Care und mir wurde der normale Preis berechnet, {amount} zu viel. Wofür zahle ich den Plan?",
            "Rechnung mit dem Preis ohne Plan, {amount} mehr. Mein Care ist aktiv, steht in der App",
        ],
        "en": [
            "I've had Care for two years and got charged the normal rate, {amount} over. What am I paying the plan for?"
        ],
        "fr": ["Abonnée Care depuis deux ans et facturée au tarif normal, {amount} de trop"],
        "es": [
            "Soy cliente Care desde hace dos años y me cobráis la tarifa normal, {amount} de más"
        ],
        "it": [
            "Sono cliente Care da due anni e mi avete fatto pagare la tariffa normale, {amount} in più"
        ],
    },
    "surcharge": {
        "pt": [
            "Taxa noturna de {amount} numa visita de terça às 15h?? Desde quando é que as três da tarde é noite",
            "Cobraram-me suplemento de urgência noturna ({amount}) por uma visita marcada com uma semana de antecedência, à tarde",
        ],
        "de": [
            "Nachtzuschlag von {amount} für einen Termin am Dienstag um 15 Uhr?? Seit wann ist nachmittags Nacht",
            "{amount} Notdienst-Nachtzuschlag für einen Termin, den ich eine Woche vorher für nachmittags gebucht hatte",
        ],
        "en": ["A {amount} night surcharge for a Tuesday 3pm visit?? Since when is 3pm night"],
        "fr": [
            "Majoration de nuit de {amount} pour une intervention un mardi à 15h ?? Depuis quand 15h c'est la nuit"
        ],
        "es": [
            "¿Recargo nocturno de {amount} por una visita un martes a las 15h? Desde cuándo las tres de la tarde es de noche"
        ],
        "it": [
            "Maggiorazione notturna di {amount} per un intervento di martedì alle 15?? Da quando le tre del pomeriggio sono notte"
        ],
    },
}

PROBLEM_SPOKEN: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "bom dia olhe a aplicação diz que a visita foi concluída mas não veio ninguém e eu tenho a sanita entupida desde ontem preciso de alguém hoje",
        "de": "ja guten Tag in der App steht der Einsatz ist erledigt aber es war keiner da und das Klo ist seit gestern verstopft ich brauche heute noch jemanden",
        "en": "hi the app says the visit is completed but nobody turned up and the toilet's been blocked since yesterday i need someone today",
        "fr": "bonjour l'appli dit que l'intervention est terminée mais personne n'est venu et les toilettes sont bouchées depuis hier il me faut quelqu'un aujourd'hui",
        "es": "hola mire la app dice que la visita está completada pero no ha venido nadie y tengo el váter atascado desde ayer necesito a alguien hoy",
        "it": "buongiorno l'app dice intervento completato ma non è venuto nessuno e ho il wc intasato da ieri mi serve qualcuno oggi",
    },
    "double_charge": {
        "pt": "olá boa tarde cobraram me a deslocação duas vezes {amount} e outra vez {amount} pela mesma visita quero isso devolvido",
        "de": "hallo Sie haben mir die Anfahrt zweimal abgebucht zweimal {amount} für denselben Termin das will ich zurück",
        "en": "hello you've charged me the call out twice {amount} and {amount} again for the same visit i want it back",
        "fr": "bonjour vous m'avez débité le déplacement deux fois {amount} et encore {amount} pour la même intervention",
        "es": "hola buenas me habéis cobrado el desplazamiento dos veces {amount} y otra vez {amount} por la misma visita",
        "it": "buongiorno mi avete addebitato l'uscita due volte {amount} e di nuovo {amount} per lo stesso intervento",
    },
    "damage": {
        "pt": "bom dia o vosso técnico rachou me a sanita a desentupir e foi embora sem dizer nada agora está a pingar para o chão",
        "de": "guten Tag Ihr Techniker hat die Toilette angeknackst und ist einfach gegangen jetzt tropft es auf den Boden",
        "en": "hi your engineer cracked my toilet bowl and just left without saying anything now it's dripping on the floor",
        "fr": "bonjour votre technicien a fissuré la cuvette et il est parti sans rien dire maintenant ça goutte par terre",
        "es": "hola su técnico me ha rajado el váter y se ha ido sin decir nada ahora gotea al suelo",
        "it": "buongiorno il vostro tecnico mi ha crepato il wc ed è andato via senza dire niente adesso gocciola per terra",
    },
    "refund": {
        "pt": "boa tarde cancelei uma visita há três semanas e ainda não recebi os {amount} de volta",
        "de": "guten Tag ich habe vor drei Wochen storniert und die {amount} sind immer noch nicht zurück",
        "en": "hi i cancelled a visit three weeks ago and i still haven't had the {amount} back",
        "fr": "bonjour j'ai annulé il y a trois semaines et je n'ai toujours pas les {amount}",
        "es": "hola cancelé una visita hace tres semanas y todavía no me han devuelto los {amount}",
        "it": "buongiorno ho annullato tre settimane fa e non ho ancora avuto indietro i {amount}",
    },
    "wrong_price": {
        "pt": "olá eu tenho o plano Care e cobraram me o preço normal são {amount} a mais",
        "de": "hallo ich habe den Care Plan und mir wurde der normale Preis berechnet das sind {amount} zu viel",
        "en": "hello i'm on the Care plan and you charged me the normal price that's {amount} too much",
        "fr": "bonjour j'ai l'abonnement Care et vous m'avez facturé le prix normal ça fait {amount} de trop",
        "es": "hola tengo el plan Care y me han cobrado el precio normal son {amount} de más",
        "it": "buongiorno ho il piano Care e mi avete fatto pagare il prezzo normale sono {amount} in più",
    },
    "surcharge": {
        "pt": "bom dia cobraram me taxa noturna de {amount} por uma visita às três da tarde não percebo",
        "de": "guten Tag Sie haben mir {amount} Nachtzuschlag berechnet für einen Termin um drei Uhr nachmittags",
        "en": "hi you've charged me a {amount} night surcharge for a visit at three in the afternoon",
        "fr": "bonjour vous m'avez compté {amount} de majoration de nuit pour une intervention à quinze heures",
        "es": "hola me han cobrado {amount} de recargo nocturno por una visita a las tres de la tarde",
        "it": "buongiorno mi avete messo {amount} di maggiorazione notturna per un intervento alle tre del pomeriggio",
    },
}

# short restatement for later contacts
PROBLEM_SHORT: dict[str, dict[str, str]] = {
    "no_show": {
        "pt": "a visita continua como concluída e ninguém veio",
        "de": "der Einsatz steht immer noch auf erledigt und keiner kam",
        "en": "the visit still shows completed and nobody came",
        "fr": "l'intervention est toujours marquée terminée et personne n'est venu",
        "es": "la visita sigue como completada y no vino nadie",
        "it": "l'intervento risulta ancora completato e non è venuto nessuno",
    },
    "double_charge": {
        "pt": "a deslocação continua cobrada duas vezes",
        "de": "die Anfahrt ist immer noch doppelt abgebucht",
        "en": "the call-out is still charged twice",
        "fr": "le déplacement est toujours débité deux fois",
        "es": "el desplazamiento sigue cobrado dos veces",
        "it": "l'uscita è ancora addebitata due volte",
    },
    "damage": {
        "pt": "a sanita continua rachada e ninguém diz nada",
        "de": "die Toilette ist immer noch kaputt und keiner meldet sich",
        "en": "the toilet is still cracked and nobody's been in touch",
        "fr": "la cuvette est toujours fissurée et personne ne rappelle",
        "es": "el váter sigue roto y nadie dice nada",
        "it": "il wc è ancora crepato e nessuno si fa vivo",
    },
    "refund": {
        "pt": "o reembolso continua sem aparecer",
        "de": "die Erstattung ist immer noch nicht da",
        "en": "the refund still hasn't arrived",
        "fr": "le remboursement n'est toujours pas arrivé",
        "es": "el reembolso sigue sin llegar",
        "it": "il rimborso non è ancora arrivato",
    },
    "wrong_price": {
        "pt": "continuam a cobrar-me como se não tivesse Care",
        "de": "mir wird immer noch der Preis ohne Care berechnet",
        "en": "I'm still being charged as if I had no Care plan",
        "fr": "on me facture toujours comme si je n'avais pas Care",
        "es": "me siguen cobrando como si no tuviera Care",
        "it": "mi fate ancora pagare come se non avessi il Care",
    },
    "surcharge": {
        "pt": "a taxa noturna continua na fatura",
        "de": "der Nachtzuschlag steht immer noch auf der Rechnung",
        "en": "the night surcharge is still on the bill",
        "fr": "la majoration de nuit est toujours sur la facture",
        "es": "el recargo nocturno sigue en la factura",
        "it": "la maggiorazione notturna è ancora in fattura",
    },
}

# later contacts of a repeat contact: second, third (names a competitor), fourth
REPEAT_SECOND: dict[str, list[str]] = {
    "pt": [
        "Processo {case}: {short}. Alguém me responde?",
        "Volto a escrever sobre o {case}, {short}. Já passaram dias",
    ],
    "de": [
        "Vorgang {case}: {short}. Meldet sich da noch jemand?",
        "Ich schreibe nochmal wegen {case}, {short}. Das dauert jetzt schon Tage",
    ],
    "en": ["Case {case}: {short}. Is anyone dealing with this?"],
    "fr": ["Dossier {case} : {short}. Quelqu'un s'en occupe ?"],
    "es": ["Incidencia {case}: {short}. ¿Alguien me contesta?"],
    "it": ["Pratica {case}: {short}. Qualcuno mi risponde?"],
}

REPEAT_THIRD: dict[str, list[str]] = {
    "pt": [
        "Terceira vez que escrevo sobre o {case}: {short}. Uma colega minha usa a {comp} e resolvem isto no mesmo dia",
        "Terceiro contacto, processo {case}, {short}. Já fui ver quanto cobra a {comp}",
    ],
    "de": [
        "Zum dritten Mal wegen {case}: {short}. Ein Kollege nimmt {comp}, die regeln so was am selben Tag",
        "Dritter Anlauf, Vorgang {case}, {short}. Ich hab mir schon die Preise von {comp} angeschaut",
    ],
    "en": ["Third time about {case}: {short}. A mate uses {comp} and they sort this the same day"],
    "fr": ["Troisième fois pour le dossier {case} : {short}. J'ai regardé les tarifs de {comp}"],
    "es": [
        "Tercera vez con la incidencia {case}: {short}. Una compañera usa {comp} y se lo arreglan en el día"
    ],
    "it": ["Terza volta per la pratica {case}: {short}. Ho già guardato quanto chiede {comp}"],
}

REPEAT_FOURTH: dict[str, list[str]] = {
    "pt": [
        "QUARTA vez. Processo {case}. {short}. Nada, ninguém liga",
        "É a QUARTA vez que escrevo, {case}, {short}",
    ],
    "de": [
        "Zum VIERTEN Mal. Vorgang {case}. {short}. Nichts passiert",
        "VIERTE Nachricht zu {case}, {short}",
    ],
    "en": ["FOURTH time. Case {case}. {short}. Nothing."],
    "fr": ["QUATRIÈME fois. Dossier {case}. {short}."],
    "es": ["CUARTA vez. Incidencia {case}. {short}."],
    "it": ["QUARTA volta. Pratica {case}. {short}."],
}

SPOKEN_LATER: dict[str, str] = {
    "pt": "olá é sobre o processo {case} {short} já é a {nth} vez que contacto",
    "de": "ja hallo es geht um den Vorgang {case} {short} ich melde mich jetzt zum {nth} Mal",
    "en": "hi it's about case {case} {short} this is the {nth} time i've been in touch",
    "fr": "bonjour c'est pour le dossier {case} {short} c'est la {nth} fois que j'appelle",
    "es": "hola es por la incidencia {case} {short} es la {nth} vez que llamo",
    "it": "buongiorno è per la pratica {case} {short} è la {nth} volta che vi contatto",
}

NTH: dict[str, list[str]] = {
    "pt": ["primeira", "segunda", "terceira", "quarta"],
    "de": ["ersten", "zweiten", "dritten", "vierten"],
    "en": ["first", "second", "third", "fourth"],
    "fr": ["première", "deuxième", "troisième", "quatrième"],
    "es": ["primera", "segunda", "tercera", "cuarta"],
    "it": ["prima", "seconda", "terza", "quarta"],
}

CHAT_CASE: dict[str, str] = {
    "pt": "Lamento imenso. Abri o processo {case} e passei-o à equipa de hoje, ainda recebe notícias durante o dia.",
    "de": "Das tut mir leid. Ich habe den Vorgang {case} angelegt und an das heutige Team gegeben, Sie hören heute noch von uns.",
    "en": "I'm really sorry. I've opened case {case} and passed it to today's team, you'll hear from us today.",
    "fr": "Je suis vraiment désolée. J'ai ouvert le dossier {case}, vous aurez des nouvelles dans la journée.",
    "es": "Lo siento muchísimo. He abierto la incidencia {case} y le escribirán hoy mismo.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case}, riceverà notizie in giornata.",
}

CHAT_URGENT: dict[str, str] = {
    "pt": "Acrescentei ao processo {case} e marquei como urgente. Peço desculpa pela demora.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit.",
    "en": "Added to case {case} and marked urgent. Sorry for the wait.",
    "fr": "Ajouté au dossier {case} et marqué urgent. Désolé pour l'attente.",
    "es": "Añadido a la incidencia {case} y marcado como urgente. Perdone la espera.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente. Ci scusi per l'attesa.",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá {first},\n\nlamentamos muito. Abrimos o processo {case} e um responsável trata disto hoje.\n\n{sign}",
    "de": "Hallo {first},\n\ndas tut uns sehr leid. Wir haben den Vorgang {case} angelegt, jemand kümmert sich heute darum.\n\n{sign}",
    "en": "Hi {first},\n\nwe're very sorry. We've opened case {case} and someone is on it today.\n\n{sign}",
    "fr": "Bonjour {first},\n\nnous sommes désolés. Le dossier {case} est ouvert et quelqu'un s'en occupe aujourd'hui.\n\n{sign}",
    "es": "Hola {first},\n\nlo sentimos mucho. Hemos abierto la incidencia {case} y alguien se encarga hoy.\n\n{sign}",
    "it": "Ciao {first},\n\nci dispiace molto. Abbiamo aperto la pratica {case} e qualcuno se ne occupa oggi.\n\n{sign}",
}

QUALITY_LEAD: dict[str, str] = {
    "pt": "Olá {first},\n\no seu processo {case} passou para a nossa responsável de qualidade, que lhe liga até sexta-feira à hora de almoço.\n\n{sign}",
    "de": "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.\n\n{sign}",
    "en": "Hi {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{sign}",
    "fr": "Bonjour {first},\n\nvotre dossier {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{sign}",
    "es": "Hola {first},\n\nsu incidencia {case} la lleva ahora nuestra responsable de calidad, que le llamará antes del viernes a mediodía.\n\n{sign}",
    "it": "Ciao {first},\n\nla sua pratica {case} è ora della nostra responsabile qualità, che la chiamerà entro venerdì a pranzo.\n\n{sign}",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Olá {first},\n\nboas notícias sobre o processo {case}: já tratámos de tudo do nosso lado. Pode confirmar-nos que ficou resolvido?\n\n{sign}",
    "de": "Hallo {first},\n\ngute Nachrichten zum Vorgang {case}: auf unserer Seite ist alles erledigt. Können Sie bestätigen, dass es passt?\n\n{sign}",
    "en": "Hi {first},\n\ngood news on case {case}: it's all sorted on our side. Could you confirm it's fixed for you?\n\n{sign}",
    "fr": "Bonjour {first},\n\nbonne nouvelle pour le dossier {case} : tout est réglé de notre côté. Pouvez-vous nous confirmer ?\n\n{sign}",
    "es": "Hola {first},\n\nbuenas noticias de la incidencia {case}: está todo arreglado por nuestra parte. ¿Nos lo confirma?\n\n{sign}",
    "it": "Ciao {first},\n\nbuone notizie sulla pratica {case}: da parte nostra è tutto sistemato. Ce lo conferma?\n\n{sign}",
}

CONFIRM: dict[str, list[str]] = {
    "pt": [
        "Confirmo, processo {case} resolvido. Obrigada!",
        "Sim, está tudo certo com o {case}. Obrigado pela rapidez",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt. Danke!",
        "Ja, {case} passt jetzt. Danke fürs schnelle Kümmern",
    ],
    "en": ["Confirmed, case {case} is sorted. Thanks!"],
    "fr": ["Je confirme, dossier {case} réglé. Merci !"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
    "it": ["Confermo, pratica {case} risolta. Grazie!"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": [
        "Peço desculpa pelo tom de ontem, estava com a casa de banho alagada e perdi a cabeça. Obrigado por resolverem",
        "Desculpem a mensagem de ontem, foi um dia horrível. Já está tudo bem",
    ],
    "de": [
        "Sorry für den Ton gestern, das Bad stand unter Wasser und ich war durch. Danke fürs Kümmern",
        "Entschuldigung für meine Nachricht gestern, war ein furchtbarer Tag. Jetzt passt alles",
    ],
    "en": [
        "Sorry about my tone yesterday, the bathroom was flooded and I lost it. Thanks for sorting it"
    ],
    "fr": ["Désolée pour mon ton d'hier, la salle de bain était inondée. Merci d'avoir réglé ça"],
    "es": [
        "Perdón por el tono de ayer, tenía el baño inundado y perdí los nervios. Gracias por arreglarlo"
    ],
    "it": [
        "Scusate il tono di ieri, avevo il bagno allagato e ho perso la pazienza. Grazie per aver risolto"
    ],
}

# Long e-mails: the complaint ({complaint}) inside a letter.
LONG_EMAIL: dict[str, list[str]] = {
    "pt": [
        "Bom dia,\n\nescrevo do café em frente ao centro de saúde enquanto espero que a minha mãe saia da fisioterapia, por isso desculpe se isto sair aos bocados. Estamos a arrumar a casa dela em Setúbal para a pôr à venda, os pedreiros vêm na segunda e eu ando entre o trabalho, ela e as obras.\n\n{complaint}\n\nEu sei que não é culpa da pessoa que vai ler isto, mas já não tenho paciência para andar atrás de ninguém. Preciso de uma resposta hoje, por favor.\n\nCumprimentos,\n{name}",
        "Boa tarde,\n\nsou cliente vossa há quatro anos e sempre vos recomendei aos vizinhos do prédio, por isso custa-me escrever isto. Estou a escrever do carro à porta da escola de música do meu filho, tenho vinte minutos.\n\n{complaint}\n\nTenho uma vida cheia, dois filhos e uma casa para gerir e não posso perder mais manhãs com isto. Agradeço que me digam o que vão fazer.\n\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Tierärztin, unser Hund hat sich die Pfote aufgeschnitten, also verzeihen Sie die Form. Wir bauen gerade das Dachgeschoss für meine Schwiegermutter aus und die Handwerker stehen sich gegenseitig auf den Füßen.\n\n{complaint}\n\nIch bin seit Jahren Kundin und war immer zufrieden, aber so geht das nicht. Ich erwarte eine Antwort bis morgen.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo,\n\nich sitze in der Mittagspause im Auto vor dem Baumarkt, weil ich zu Hause keine ruhige Minute habe, wir renovieren gerade das Haus meiner Oma in Kassel.\n\n{complaint}\n\nIch will niemanden anschreien, aber ich habe schlicht keine Zeit, Ihnen hinterherzulaufen. Bitte melden Sie sich heute.\n\nGruß\n{name}",
        "Guten Morgen,\n\nkurz vorweg: ich schreibe vom Bahnsteig, der Zug hat wieder Verspätung, also nehme ich mir die Zeit. Seit dem Frühjahr baue ich mit meinem Bruder die alte Scheune zur Werkstatt um und hatte Sie deshalb öfter im Einsatz, immer ohne Probleme.\n\n{complaint}\n\nIch hoffe sehr, dass das ein Ausrutscher ist. Bitte rufen Sie mich an oder schreiben Sie mir.\n\nViele Grüße\n{name}",
    ],
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "Técnico chegou três horas depois da janela e sem avisar. Enfim, acontece",
        "Desta vez deixaram a tampa da caixa de visita mal posta e pegadas de lama no corredor",
        "Ainda estou à espera do vídeo da inspeção que pagámos há uma semana. Ninguém responde",
        "O plano Care aumentou 15 € na renovação sem um único aviso. Fantástico",
        "FURIOSA. Cobraram 40 € de 'taxa de resíduos' por uma limpeza em que não levaram nada, as fotos da própria app mostram o balde vazio",
        "A minha vizinha usa a {comp}, já marquei com eles a limpeza das caleiras para sábado",
    ],
    "de": [
        "Techniker kam drei Stunden nach dem Zeitfenster, ohne Anruf. Naja, kann passieren",
        "Diesmal den Schachtdeckel schief liegen lassen und Schlammspuren im ganzen Flur",
        "Warte immer noch auf das Video der Kamerainspektion, bezahlt vor einer Woche. Keine Antwort",
        "Care bei der Verlängerung um 15 € teurer, ohne jede Ankündigung. Klasse",
        "STINKSAUER. 40 € 'Entsorgungsgebühr' für eine Reinigung, bei der nichts mitgenommen wurde, die Fotos in Ihrer eigenen App zeigen den leeren Eimer",
        "Mein Nachbar nimmt {comp}, die Dachrinnen machen jetzt die am Samstag",
    ],
    "en": [
        "Engineer turned up three hours after the window, no call. Oh well, it happens",
        "This time the manhole cover was left askew and muddy prints all down the hall",
        "Still waiting on the CCTV video we paid for a week ago. No reply",
        "Care went up by £13 at renewal without a single word. Lovely",
        "FUMING. £35 'waste fee' for a clean where nothing was taken away, your own app's photos show an empty bucket",
        "My neighbour uses {comp}, they're doing our gutters on Saturday",
    ],
    "fr": [
        "Technicien arrivé trois heures après le créneau, sans prévenir. Bon, ça arrive",
        "Cette fois le regard mal refermé et des traces de boue dans tout le couloir",
        "Toujours pas reçu la vidéo de l'inspection payée il y a une semaine. Aucune réponse",
        "Care augmenté de 15 € au renouvellement sans le moindre avertissement. Génial",
        "FURIEUSE. 40 € de 'frais d'évacuation' pour un nettoyage où rien n'a été emporté, les photos de votre appli montrent le seau vide",
        "Mon voisin passe par {comp}, ils font nos gouttières samedi",
    ],
    "es": [
        "El técnico llegó tres horas tarde y sin avisar. Bueno, pasa",
        "Esta vez dejaron la tapa de la arqueta mal puesta y huellas de barro por el pasillo",
        "Sigo esperando el vídeo de la inspección que pagamos hace una semana. Nadie contesta",
        "El plan Care ha subido 15 € al renovar sin avisar. Estupendo",
        "FURIOSA. 40 € de 'tasa de residuos' por una limpieza en la que no se llevaron nada, las fotos de vuestra propia app enseñan el cubo vacío",
        "Mi vecino tira de {comp}, el sábado nos limpian ellos los canalones",
    ],
    "it": [
        "Tecnico arrivato tre ore dopo la fascia, senza avvisare. Vabbè, capita",
        "Stavolta il chiusino lasciato storto e impronte di fango in tutto il corridoio",
        "Sto ancora aspettando il video dell'ispezione pagata una settimana fa. Nessuna risposta",
        "Il Care è aumentato di 15 € al rinnovo senza nessun avviso. Fantastico",
        "FURIOSA. 40 € di 'smaltimento' per una pulizia in cui non hanno portato via niente, le foto della vostra app mostrano il secchio vuoto",
        "Il mio vicino usa {comp}, sabato le grondaie ce le fanno loro",
    ],
}

LEAVER: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "Cancelar plano Care",
            "Olá,\n\na câmara ligou finalmente a nossa rua à rede de esgotos, já não temos fossa. Quero cancelar o plano Scolvia Care e fechar a conta. Obrigado por estes anos.\n\n{name}",
        ),
        (
            "Encerrar conta",
            "Bom dia, vamos mudar-nos para um apartamento e o condomínio trata de tudo. Queria cancelar o Care e encerrar a conta, por favor. {name}",
        ),
    ],
    "de": [
        (
            "Care kündigen",
            "Hallo,\n\nunsere Straße ist jetzt endlich an die Kanalisation angeschlossen, die Grube ist Geschichte. Ich möchte Scolvia Care kündigen und das Konto schließen. Danke für die Jahre.\n\n{name}",
        ),
        (
            "Konto schließen",
            "Guten Tag, wir ziehen in eine Mietwohnung, da macht das die Hausverwaltung. Bitte Care kündigen und mein Konto schließen. {name}",
        ),
    ],
    "en": [
        (
            "Cancel Care",
            "Hello, we've sold the house and are moving into a flat where the managing agent handles all this. Please cancel my Scolvia Care plan and close the account. {name}",
        )
    ],
    "fr": [
        (
            "Résiliation Care",
            "Bonjour, la commune a enfin raccordé notre rue au tout-à-l'égout, plus de fosse. Je souhaite résilier Scolvia Care et fermer mon compte. {name}",
        )
    ],
    "es": [
        (
            "Dar de baja Care",
            "Hola, nos mudamos a un piso y de todo esto se encarga la comunidad. Quiero dar de baja el plan Care y cerrar la cuenta. {name}",
        )
    ],
    "it": [
        (
            "Disdetta Care",
            "Buongiorno, il comune ha finalmente allacciato la nostra via alla fognatura, niente più fossa. Vorrei disdire Scolvia Care e chiudere l'account. {name}",
        )
    ],
}

SORRY_GO: dict[str, str] = {
    "pt": "Olá {first},\n\nlamentamos vê-lo partir. Pode cancelar o plano na app ou no site, em Conta > Plano > Cancelar.\n\n{sign}",
    "de": "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Plan in der App oder auf der Website unter Konto > Plan > Kündigen beenden.\n\n{sign}",
    "en": "Hi {first},\n\nsorry to see you go. You can cancel the plan yourself in the app or on the website under Account > Plan > Cancel.\n\n{sign}",
    "fr": "Bonjour {first},\n\ndommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site : Compte > Abonnement > Résilier.\n\n{sign}",
    "es": "Hola {first},\n\nsentimos que se vaya. Puede dar de baja el plan en la app o en la web: Cuenta > Plan > Cancelar.\n\n{sign}",
    "it": "Ciao {first},\n\nci dispiace vederla andare via. Può disdire il piano dall'app o dal sito: Account > Piano > Disdici.\n\n{sign}",
}

GRUMBLES: dict[str, list[str]] = {
    "pt": [
        "A app da Scolvia faz logout sempre que a fecho. Todas as vezes a password",
        "Janela de chegada de quatro horas. Quatro. Quem é que tem uma manhã inteira livre",
        "20 minutos em espera na linha de apoio com a mesma musiquinha",
        "Faturas só em PDF dentro da app, nada por email. Porquê",
        "A carrinha do técnico bloqueou a rua toda outra vez, os vizinhos adoram",
        "Lembrete da visita por SMS às 6h da manhã. A sério?",
    ],
    "de": [
        "Die Scolvia-App loggt mich jedes Mal aus. Jedes. Mal.",
        "Vier Stunden Zeitfenster. Wer hat bitte einen ganzen Vormittag frei",
        "20 Minuten Warteschleife mit derselben Dudelmusik",
        "Rechnungen nur als PDF in der App, nichts per Mail. Warum",
        "Der Transporter hat wieder die halbe Straße zugeparkt, die Nachbarn freuen sich",
        "SMS-Erinnerung an den Termin um 6 Uhr früh. Echt jetzt?",
    ],
    "en": [
        "The Scolvia app logs me out every single time",
        "Four-hour arrival window. Who has a whole morning free",
        "20 minutes on hold with the same tinny music",
        "Invoices only as PDFs inside the app. Why",
        "Appointment reminder text at 6am. Really?",
    ],
    "fr": [
        "L'appli Scolvia me déconnecte à chaque fois",
        "Créneau de quatre heures. Qui a une matinée entière de libre",
        "20 minutes d'attente au téléphone avec la même musique",
        "Factures seulement en PDF dans l'appli. Pourquoi",
        "SMS de rappel à 6h du matin. Sérieusement ?",
    ],
    "es": [
        "La app de Scolvia me cierra la sesión cada vez",
        "Ventana de llegada de cuatro horas. Quién tiene una mañana entera libre",
        "20 minutos en espera con la misma musiquita",
        "Facturas solo en PDF dentro de la app. Por qué",
        "SMS de recordatorio a las 6 de la mañana. ¿En serio?",
    ],
    "it": [
        "L'app di Scolvia mi fa uscire ogni volta",
        "Fascia oraria di quattro ore. Chi ha una mattina intera libera",
        "20 minuti in attesa con la stessa musichetta",
        "Fatture solo in PDF nell'app. Perché",
        "SMS di promemoria alle 6 del mattino. Davvero?",
    ],
}

SARCASM: dict[str, list[str]] = {
    "pt": [
        "Urgência 'expresso' da Scolvia chegou às 21h40. Nada como desentupir a sanita à meia-noite 👏",
        "Adorei a mangueira do técnico ainda cheia da lama do cliente anterior em cima do meu tapete 😂 obrigadinha",
    ],
    "de": [
        "Express-Notdienst von Scolvia um 21:40 da. Nichts geht über Klo-Entstopfen um Mitternacht 👏",
        "Toll, der Schlauch lag noch voller Schlamm vom letzten Kunden auf meinem Teppich 😂 danke auch",
    ],
    "en": [
        "Scolvia's 'express' call-out turned up at 9:40pm. Nothing says romance like unblocking a loo at midnight 👏"
    ],
    "fr": [
        "L'urgence 'express' de Scolvia arrivée à 21h40. Rien de tel que déboucher des WC à minuit 👏"
    ],
    "es": [
        "La urgencia 'exprés' de Scolvia llegó a las 21:40. Nada como desatascar el váter a medianoche 👏"
    ],
    "it": [
        "L'urgenza 'express' di Scolvia è arrivata alle 21:40. Niente di meglio che sturare il wc a mezzanotte 👏"
    ],
}

# quiet_hours: mild one-off grumbles, (text, agent's answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "pt": [
        (
            "A lista de preços na app só aparece em inglês, é suposto?",
            "Tem razão, a tradução está a ser corrigida. Obrigada pelo aviso!",
        ),
        (
            "O email com a fatura foi parar ao spam, podiam ver isso",
            "Obrigado pelo aviso, passámos à equipa de email.",
        ),
    ],
    "de": [
        (
            "Die Preisliste in der App gibt es nur auf Englisch, ist das so gewollt?",
            "Nein, die Übersetzung wird gerade korrigiert. Danke für den Hinweis!",
        ),
        (
            "Die Rechnungsmail landet bei mir im Spam, könnt ihr euch das anschauen",
            "Danke, ist an unser Mail-Team weitergegeben.",
        ),
    ],
    "en": [
        (
            "The invoice email went straight to spam, might want to look at that",
            "Thanks for flagging, passed to our email team.",
        )
    ],
    "fr": [
        (
            "La liste des prix dans l'appli est seulement en anglais, c'est normal ?",
            "Non, la traduction est en cours de correction. Merci !",
        )
    ],
    "es": [
        (
            "La lista de precios de la app sale solo en inglés, ¿es normal?",
            "No, estamos corrigiendo la traducción. ¡Gracias por avisar!",
        )
    ],
    "it": [
        (
            "Il listino prezzi nell'app è solo in inglese, è normale?",
            "No, stiamo correggendo la traduzione. Grazie della segnalazione!",
        )
    ],
}

FORM_ACK: dict[str, str] = {
    "pt": "Olá {first},\n\nobrigado pela mensagem, já passámos à equipa certa.\n\n{sign}",
    "de": "Hallo {first},\n\ndanke für die Nachricht, wir haben sie an das zuständige Team gegeben.\n\n{sign}",
    "en": "Hi {first},\n\nthanks for your message, it's with the right team now.\n\n{sign}",
    "fr": "Bonjour {first},\n\nmerci pour votre message, il est transmis à la bonne équipe.\n\n{sign}",
    "es": "Hola {first},\n\ngracias por el mensaje, ya lo tiene el equipo adecuado.\n\n{sign}",
    "it": "Ciao {first},\n\ngrazie del messaggio, l'abbiamo passato al team giusto.\n\n{sign}",
}

# topic_spike: Monday's two grumblers (app slow to load the engineer's position)
SLOW_MAP: dict[str, tuple[str, str]] = {
    "pt": (
        "O mapa do técnico na app demora imenso a carregar hoje",
        "Estamos a ver isso, obrigado. A hora prevista por SMS está certa.",
    ),
    "de": (
        "Die Technikerkarte in der App lädt heute ewig",
        "Wir schauen uns das an, danke. Die Ankunftszeit per SMS stimmt.",
    ),
    "en": (
        "The engineer map in the app takes ages to load today",
        "Looking into it, thanks. The arrival time in the text is right.",
    ),
    "fr": (
        "La carte du technicien met des plombes à charger aujourd'hui",
        "On regarde, merci. L'heure d'arrivée par SMS est juste.",
    ),
    "es": (
        "El mapa del técnico en la app tarda muchísimo en cargar hoy",
        "Lo estamos mirando, gracias. La hora del SMS es correcta.",
    ),
    "it": (
        "La mappa del tecnico nell'app oggi ci mette un secolo a caricare",
        "Ci stiamo guardando, grazie. L'orario nell'SMS è giusto.",
    ),
}

# The spike: every quote in the app a hundred times too high, tariff line QTE/49-b.
SPIKE: dict[str, list[str]] = {
    "pt": [
        "Sanita entupida a um sábado de manhã e a app da Scolvia dá-me um orçamento de {big} para o desentupimento. Catorze mil euros?? Aparece 'tarifa {code}' por baixo",
        "ALGUÉM na Scolvia viu os preços hoje? Desentupimento urgente a {big}, código {code}. Não vou carregar em aceitar, claro",
        "bom dia a app está a mostrar orçamentos malucos, {big} por uma limpeza de ralo, com '{code}'. preciso de alguém hoje",
        "Orçamento na app: {big}. Para desentupir uma pia. Tarifa {code}. Estão a gozar comigo?",
    ],
    "de": [
        "Samstagmorgen, Klo verstopft, und die Scolvia-App will {big} fürs Entstopfen. Vierzehntausend?? Darunter steht 'Tarif {code}'",
        "Hat bei Scolvia heute jemand auf die Preise geschaut? Notdienst für {big}, Code {code}. Ich drück da sicher nicht auf Annehmen",
        "guten morgen die app zeigt irre angebote, {big} für eine ablaufreinigung, mit {code} dabei. ich brauch heute jemanden",
        "Angebot in der App: {big}. Für einen verstopften Ausguss. Tarif {code}. Ernsthaft?",
    ],
    "en": [
        "Blocked loo on a Saturday morning and the Scolvia app quotes me {big}. For a TOILET?? It says 'tariff {code}' underneath",
        "Anyone at Scolvia looked at the prices today? Emergency unblock at {big}, code {code}. Not pressing accept, obviously",
    ],
    "fr": [
        "WC bouchés un samedi matin et l'appli Scolvia me fait un devis de {big}. Quatorze mille ?? Marqué 'tarif {code}' en dessous",
        "Quelqu'un chez Scolvia a vu les prix ce matin ? Débouchage à {big}, code {code}",
    ],
    "es": [
        "Váter atascado un sábado por la mañana y la app de Scolvia me presupuesta {big}. ¿¿Catorce mil?? Pone 'tarifa {code}' debajo",
        "¿Alguien en Scolvia ha mirado los precios hoy? Desatasco urgente a {big}, código {code}",
    ],
    "it": [
        "Wc intasato di sabato mattina e l'app di Scolvia mi fa un preventivo di {big}. Quattordicimila?? Sotto c'è 'tariffa {code}'",
        "Qualcuno in Scolvia ha visto i prezzi stamattina? Spurgo urgente a {big}, codice {code}",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "pt": "Orçamento de {big}?? ({code})",
    "de": "Angebot über {big}?? ({code})",
    "en": "Quote of {big}?? ({code})",
    "fr": "Devis de {big} ?? ({code})",
    "es": "¿Presupuesto de {big}? ({code})",
    "it": "Preventivo di {big}?? ({code})",
}

SPIKE_AGAIN: dict[str, list[str]] = {
    "pt": [
        "Continua {code}, experimentei no telemóvel do meu marido e dá o mesmo: {big}",
        "Ainda {code}. Reinstalei a app e nada, {big} por uma sanita",
    ],
    "de": [
        "Immer noch {code}, auch auf dem Handy meiner Frau: {big}",
        "Weiterhin {code}. App neu installiert, wieder {big} fürs Klo",
    ],
    "en": ["Still {code}, tried my wife's phone too: {big}"],
    "fr": ["Toujours {code}, même sur le téléphone de mon mari : {big}"],
    "es": ["Sigue {code}, también en el móvil de mi mujer: {big}"],
    "it": ["Ancora {code}, anche sul telefono di mia moglie: {big}"],
}

SPIKE_CHAT: dict[str, str] = {
    "pt": "Sim, os orçamentos da app estão a sair errados neste momento, a equipa técnica já está em cima disso. Se for urgente ligue-nos e marcamos ao preço normal.",
    "de": "Ja, die Angebote in der App sind gerade falsch, unsere Technik ist dran. Wenn es dringend ist, rufen Sie an, wir buchen zum normalen Preis.",
    "en": "Yes, quotes in the app are coming out wrong right now, our engineers are on it. If it's urgent give us a ring and we'll book at the normal price.",
    "fr": "Oui, les devis de l'appli sont faux en ce moment, nos équipes sont dessus. Si c'est urgent appelez-nous, on réserve au prix normal.",
    "es": "Sí, los presupuestos de la app salen mal ahora mismo, el equipo técnico ya está en ello. Si es urgente llámenos y lo reservamos al precio normal.",
    "it": "Sì, i preventivi dell'app in questo momento sono sbagliati, i tecnici ci stanno lavorando. Se è urgente ci chiami e prenotiamo al prezzo normale.",
}

SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "pt": (
        "Os orçamentos da app já estão certos",
        "Olá {first},\n\nos orçamentos da app estão corretos desde as {time} (hora local). Pedimos desculpa pelo susto: na visita de hoje descontamos {credit}.\n\n{sign}",
    ),
    "de": (
        "Die Angebote in der App stimmen wieder",
        "Hallo {first},\n\ndie Angebote in der App stimmen seit {time} Uhr (Ortszeit) wieder. Entschuldigen Sie den Schreck: auf den heutigen Einsatz ziehen wir {credit} ab.\n\n{sign}",
    ),
    "en": (
        "Quotes in the app are right again",
        "Hi {first},\n\nquotes in the app have been right again since {time} (local time). Sorry for the fright: we're taking {credit} off today's visit.\n\n{sign}",
    ),
    "fr": (
        "Les devis de l'appli sont corrigés",
        "Bonjour {first},\n\nles devis de l'appli sont corrects depuis {time} (heure locale). Désolés pour la frayeur : {credit} de remise sur l'intervention d'aujourd'hui.\n\n{sign}",
    ),
    "es": (
        "Los presupuestos de la app ya están bien",
        "Hola {first},\n\nlos presupuestos de la app están bien desde las {time} (hora local). Perdone el susto: le descontamos {credit} de la visita de hoy.\n\n{sign}",
    ),
    "it": (
        "I preventivi dell'app sono di nuovo giusti",
        "Ciao {first},\n\ni preventivi dell'app sono corretti dalle {time} (ora locale). Ci scusi per lo spavento: togliamo {credit} dall'intervento di oggi.\n\n{sign}",
    ),
}

# Friday's two lone questions: a quote that worked, shown oddly for a second.
LONE_QA: dict[str, tuple[str, str]] = {
    "pt": (
        "Ontem à noite o orçamento apareceu primeiro como 149,00 e passado um segundo mudou para 149 €. É normal? Amanhã de manhã o preço é o mesmo?",
        "Olá! É normal, é só a formatação enquanto carrega. O preço é o mesmo amanhã.",
    ),
    "de": (
        "Gestern Abend stand beim Angebot erst 149,00 und nach einer Sekunde 149 €. Ist das normal? Gilt der Preis morgen früh auch noch?",
        "Hallo! Ja, das ist nur die Anzeige beim Laden. Der Preis gilt morgen genauso.",
    ),
}
