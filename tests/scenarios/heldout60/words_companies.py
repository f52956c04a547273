# ruff: noqa: E501
"""Wording of Trepalo Corporate, the business arm, for heldout60 (report only, written blind).

Organisations buy holiday-camp places and after-school club places for their employees'
children on account: a company portal where HR assigns places to employees, invoices per
period and cost centre, a contract rate per child-week. Placeholders: ``{name}``,
``{company}``, ``{old_company}``, ``{town}``, ``{ref}``, ``{first}`` (the first complainer's
first name), ``{a_first}`` (with its Portuguese article), ``{when_first}``, ``{comp}``, ``{public}`` / ``{contract}`` (rates), ``{diff}``,
``{n}`` (how many colleagues wrote), ``{sig}``, ``{full}``, ``{role}`` (the department
the contact signs with), ``{de_company}`` ("of the company" with its Portuguese or French article).
"""

from __future__ import annotations

KINDS = [
    "hospital",
    "bank",
    "municipality",
    "airport",
    "insurer",
    "university",
    "software",
    "retail chain",
    "hotel group",
    "factory",
    "law firm",
    "call centre",
    "laboratory",
    "public transport",
    "engineering",
]
COMPANY_NAMES = {
    "PT": [
        ("Hospital Vale do Sado", "hvsado"),
        ("Banco Atlântida", "atlantida-banco"),
        ("Câmara Municipal de Odemira", "cm-odemira"),
        ("Lusotrilho Transportes", "lusotrilho"),
        ("Farol Seguros", "farolseguros"),
    ],
    "FR": [
        ("Clinique des Tilleuls", "clinique-tilleuls"),
        ("Mairie de Villeneuve-sur-Lot", "mairie-villeneuve"),
        ("Aéroport Rhône-Sud", "aeroport-rhonesud"),
        ("Laboratoires Verlaine", "labo-verlaine"),
        ("Cabinet Morel & Associés", "morel-avocats"),
    ],
    "BE": [("Université de Namur-Sud", "unamursud")],
    "LU": [("Assurances Mosella", "mosella-assurances")],
    "CH": [("Hôtels du Léman", "hotels-leman")],
    "DE": [("Stadtwerke Ostalb", "stadtwerke-ostalb")],
    "ES": [("Grupo Almenara Retail", "almenara-retail")],
    "IT": [("Officine Brenta", "officine-brenta")],
    "IE": [("Liffey Software", "liffeysoft")],
}
OLD_NAME = {
    "hvsado": "Centro Hospitalar do Sado",
    "atlantida-banco": "Caixa Atlântida",
    "mosella-assurances": "Mosella Vie SA",
    "mairie-villeneuve": "Syndicat intercommunal du Lot",
    "stadtwerke-ostalb": "Energie Ostalb GmbH",
    "almenara-retail": "Almenara Distribución SL",
    "clinique-tilleuls": "Polyclinique Saint-Cyr",
    "officine-brenta": "Brenta Meccanica Srl",
    "liffeysoft": "Liffey Digital Ltd",
    "farolseguros": "Farol Mútua",
    "lusotrilho": "Rodotrilho SA",
    "aeroport-rhonesud": "SEARS Rhône",
    "labo-verlaine": "Verlaine Pharma",
    "morel-avocats": "Morel Avocats SCP",
    "unamursud": "Faculté Notre-Dame de Namur",
    "hotels-leman": "Léman Hôtellerie SA",
    "cm-odemira": "Município de Odemira (antigo NIF)",
}
ROLES = [
    "HR manager",
    "benefits coordinator",
    "payroll officer",
    "office manager",
    "finance controller",
    "people partner",
    "site director",
    "works council member",
    "accounts payable clerk",
    "HR assistant",
]
# The department a contact signs with, in the company's language (same order as ROLES).
DEPARTMENT = {
    "pt": [
        "Recursos Humanos",
        "Benefícios Sociais",
        "Processamento Salarial",
        "Serviços Gerais",
        "Controlo de Gestão",
        "Pessoas & Cultura",
        "Direção do Site",
        "Comissão de Trabalhadores",
        "Contas a Pagar",
        "Apoio RH",
    ],
    "fr": [
        "Ressources humaines",
        "Avantages sociaux",
        "Service paie",
        "Services généraux",
        "Contrôle de gestion",
        "People & Culture",
        "Direction de site",
        "CSE",
        "Comptabilité fournisseurs",
        "Assistanat RH",
    ],
    "de": [
        "Personalabteilung",
        "Sozialleistungen",
        "Lohnbuchhaltung",
        "Office Management",
        "Controlling",
        "People & Culture",
        "Standortleitung",
        "Betriebsrat",
        "Kreditorenbuchhaltung",
        "HR-Assistenz",
    ],
    "en": [
        "HR Manager",
        "Benefits Coordinator",
        "Payroll",
        "Office Manager",
        "Finance",
        "People Partner",
        "Site Director",
        "Staff Council",
        "Accounts Payable",
        "HR Assistant",
    ],
    "es": [
        "Recursos Humanos",
        "Beneficios Sociales",
        "Nóminas",
        "Servicios Generales",
        "Control de Gestión",
        "Personas y Cultura",
        "Dirección de Centro",
        "Comité de Empresa",
        "Cuentas a Pagar",
        "Asistencia RRHH",
    ],
    "it": [
        "Risorse Umane",
        "Welfare Aziendale",
        "Ufficio Paghe",
        "Servizi Generali",
        "Controllo di Gestione",
        "People & Culture",
        "Direzione di Sede",
        "RSU",
        "Contabilità Fornitori",
        "Assistenza HR",
    ],
}
# "on <weekday>" and "this morning", for a later complainer naming the first one's message.
TODAY = {
    "pt": "hoje de manhã",
    "fr": "ce matin",
    "de": "heute Morgen",
    "en": "this morning",
    "es": "esta mañana",
    "it": "stamattina",
}
ON_DAY = {"pt": "na {d}", "fr": "{d}", "de": "am {d}", "en": "on {d}", "es": "el {d}", "it": "{d}"}
# Portuguese article of each Portuguese company ("do" / "da").
PT_OF = {
    "hvsado": "do",
    "atlantida-banco": "do",
    "cm-odemira": "da",
    "lusotrilho": "da",
    "farolseguros": "da",
}
# French "of the company" ("de la", "de l'", "des", "du").
FR_OF = {
    "mairie-villeneuve": "de la",
    "aeroport-rhonesud": "de l'",
    "mosella-assurances": "des",
    "clinique-tilleuls": "de la",
    "labo-verlaine": "des",
    "unamursud": "de l'",
    "hotels-leman": "des",
    "morel-avocats": "du",
}
WEEKDAY = {
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
CORP_PRODUCTS = [
    ("Corporate camp places · 10 child-weeks (autumn holidays)", 1420),
    ("Corporate camp places · 25 child-weeks (summer)", 3550),
    ("Corporate club places · 8 children, one term", 1050),
    ("Corporate camp places · 5 child-weeks (top-up)", 710),
    ("Corporate day passes · 20 child-days", 760),
]
CORP_PAGES = [
    "/corporate/portal/allocations",
    "/corporate/portal/invoices",
    "/corporate/portal/employees",
    "/corporate/portal/reports",
    "/corporate/catalogue",
]
SIGNATURE = {
    "pt": "{agent}\nTrepalo Corporate · Gestão de contas",
    "fr": "{agent}\nTrepalo Corporate · Service comptes entreprises",
    "de": "{agent}\nTrepalo Corporate · Firmenkundenservice",
    "en": "{agent}\nTrepalo Corporate · Account support",
    "es": "{agent}\nTrepalo Corporate · Cuentas de empresa",
    "it": "{agent}\nTrepalo Corporate · Clienti aziendali",
}
AGENTS = {
    "pt": ["Inês C.", "Paulo M."],
    "fr": ["Aurélien D.", "Nadia K."],
    "de": ["Jana W."],
    "en": ["Fiona B."],
    "es": ["Lucía R."],
    "it": ["Marco T."],
}
ROUTINE_QA = {
    "pt": [
        (
            "Bom dia, entrou uma colaboradora nova esta semana. Como a adiciono ao plano de campos?",
            "Bom dia! No portal, em Colaboradores > Adicionar, basta o e-mail profissional dela; recebe o convite logo a seguir.",
        ),
        (
            "Olá, as vagas de verão que não forem usadas passam para o outono?",
            "Olá! Até 20% das vagas não usadas passam para o período seguinte, automaticamente.",
        ),
        (
            "Boa tarde, conseguem emitir as faturas separadas por centro de custo a partir de janeiro?",
            "Boa tarde! Conseguimos, indique-nos a lista de centros de custo e os colaboradores de cada um.",
        ),
    ],
    "fr": [
        (
            "Bonjour, une nouvelle collaboratrice arrive lundi. Comment l'ajouter au dispositif ?",
            "Bonjour ! Dans le portail, Collaborateurs > Ajouter, avec son adresse professionnelle ; elle reçoit l'invitation tout de suite.",
        ),
        (
            "Bonjour, les places d'été non utilisées sont-elles reportées sur la Toussaint ?",
            "Bonjour ! Jusqu'à 20 % des places non utilisées sont reportées automatiquement sur la période suivante.",
        ),
        (
            "Est-il possible d'avoir les factures par centre de coûts à partir de janvier ?",
            "Tout à fait, envoyez-nous la liste des centres de coûts et les collaborateurs rattachés.",
        ),
    ],
    "de": [
        (
            "Guten Morgen, wie füge ich eine neue Mitarbeiterin zum Kontingent hinzu?",
            "Guten Morgen! Im Portal unter Mitarbeitende > Hinzufügen mit der dienstlichen Mailadresse, die Einladung geht sofort raus.",
        ),
        (
            "Werden ungenutzte Sommerplätze auf die Herbstferien übertragen?",
            "Bis zu 20 % der ungenutzten Plätze werden automatisch auf den nächsten Zeitraum übertragen.",
        ),
    ],
    "en": [
        (
            "Morning, how do I add a new starter to our camp allowance?",
            "Morning! In the portal under Employees > Add, with their work email, and the invite goes straight out.",
        ),
        (
            "Do unused summer places roll over to half term?",
            "Up to 20% of unused places roll over to the next period automatically.",
        ),
    ],
    "es": [
        (
            "Buenos días, ¿cómo doy de alta a una empleada nueva en el plan de campamentos?",
            "¡Buenos días! En el portal, en Empleados > Añadir, con su correo de empresa; le llega la invitación al momento.",
        ),
        (
            "¿Las plazas de verano que no se usen pasan al otoño?",
            "Hasta un 20 % de las plazas no usadas pasan solas al periodo siguiente.",
        ),
    ],
    "it": [
        (
            "Buongiorno, come aggiungo una nuova collega al piano centri estivi?",
            "Buongiorno! Nel portale, in Dipendenti > Aggiungi, con la sua mail aziendale; l'invito parte subito.",
        ),
        (
            "I posti estivi non usati passano all'autunno?",
            "Fino al 20% dei posti non usati passa automaticamente al periodo successivo.",
        ),
    ],
}
THANKS = {
    "pt": ["Obrigada!", "Perfeito, obrigado", "Ótimo, obrigada"],
    "fr": ["Merci !", "Parfait, merci beaucoup"],
    "de": ["Danke!", "Super, danke"],
    "en": ["Thanks!", "Great, thank you"],
    "es": ["¡Gracias!", "Perfecto, gracias"],
    "it": ["Grazie!", "Perfetto, grazie"],
}
PRAISE = {
    "pt": [
        "Os nossos colaboradores adoraram os campos de verão para os filhos. A adesão duplicou face ao ano passado, parabéns à equipa da Trepalo.",
        "Ter os miúdos num campo perto do hospital mudou o verão das nossas equipas de turnos. Obrigada!",
    ],
    "fr": [
        "Retour très positif de nos équipes sur les stages d'été pour leurs enfants. Le taux d'utilisation a doublé, bravo à Trepalo.",
        "Avoir une solution de garde à côté du site pendant les vacances, c'est devenu un vrai argument de recrutement chez nous.",
    ],
    "de": [
        "Unsere Mitarbeitenden sind begeistert von den Ferienplätzen für ihre Kinder. Die Nutzung hat sich verdoppelt, danke Trepalo!"
    ],
    "en": [
        "Our team loved having the summer camps for their kids. Take-up doubled on last year, well done Trepalo."
    ],
    "es": [
        "La plantilla está encantada con los campamentos para sus hijos. El uso se ha duplicado, enhorabuena a Trepalo."
    ],
    "it": [
        "I nostri dipendenti hanno apprezzato moltissimo i centri estivi per i figli. Utilizzo raddoppiato, brava Trepalo."
    ],
}
SURVEY_WORDS = {
    "pt": ["Muito bom", ""],
    "fr": ["Très satisfaisant", ""],
    "de": ["Sehr gut", ""],
    "en": ["Very good", ""],
    "es": ["Muy bien", ""],
    "it": ["Molto bene", ""],
}

PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
TOPIC = {
    "invoice": {
        "pt": "faturas com a designação antiga",
        "fr": "factures à l'ancienne raison sociale",
        "de": "Rechnungen mit altem Firmennamen",
        "en": "invoices under our old name",
        "es": "facturas con la razón social antigua",
        "it": "fatture con la vecchia ragione sociale",
    },
    "service_blocked": {
        "pt": "crianças recusadas à entrada do campo",
        "fr": "enfants refusés à l'accueil du stage",
        "de": "Kinder am Camp abgewiesen",
        "en": "children turned away at camp",
        "es": "niños rechazados en el campamento",
        "it": "bambini respinti al centro estivo",
    },
    "portal": {
        "pt": "vagas atribuídas que desaparecem do portal",
        "fr": "places attribuées qui disparaissent du portail",
        "de": "zugeteilte Plätze verschwinden im Portal",
        "en": "assigned places vanishing from the portal",
        "es": "plazas asignadas que desaparecen del portal",
        "it": "posti assegnati che spariscono dal portale",
    },
    "overbilled": {
        "pt": "faturação à tarifa pública",
        "fr": "facturation au tarif public",
        "de": "Abrechnung zum Listenpreis",
        "en": "billed at the public rate",
        "es": "facturación a precio público",
        "it": "fatturazione a tariffa pubblica",
    },
}
COMPLAINT = {
    "invoice": {
        "pt": "Bom dia,\n\nAs faturas de setembro e outubro vieram outra vez em nome de {old_company}, a nossa designação antiga, e sem o número de nota de encomenda. A contabilidade devolve-as todas e não conseguimos pagar. Já enviámos os dados corretos em agosto.\n\n{full}\n{role}, {company}",
        "fr": "Bonjour,\n\nLes factures de septembre et d'octobre sont encore établies au nom de {old_company}, notre ancienne raison sociale, et sans numéro de bon de commande. La comptabilité les rejette toutes et nous ne pouvons pas payer. Les bonnes coordonnées vous ont été transmises en août.\n\n{full}\n{role}, {company}",
        "de": "Guten Tag,\n\ndie Rechnungen für September und Oktober lauten wieder auf {old_company}, unseren alten Namen, und ohne Bestellnummer. Die Buchhaltung weist sie alle zurück, wir können nicht zahlen. Die richtigen Daten haben Sie seit August.\n\n{full}\n{role}, {company}",
        "en": "Hi,\n\nThe September and October invoices are under {old_company}, our old name, again, with no PO number. Accounts payable bounce every one of them and we can't pay. We sent you the right details in August.\n\n{full}\n{role}, {company}",
        "es": "Buenos días:\n\nLas facturas de septiembre y octubre vuelven a venir a nombre de {old_company}, nuestra razón social antigua, y sin número de pedido. Contabilidad las rechaza todas y no podemos pagar. Os mandamos los datos correctos en agosto.\n\n{full}\n{role}, {company}",
        "it": "Buongiorno,\n\nle fatture di settembre e ottobre sono di nuovo intestate a {old_company}, la nostra vecchia ragione sociale, e senza numero d'ordine. L'amministrazione le respinge tutte e non possiamo pagare. I dati corretti ve li abbiamo mandati ad agosto.\n\n{full}\n{role}, {company}",
    },
    "service_blocked": {
        "pt": "Bom dia,\n\nEsta manhã duas colaboradoras nossas chegaram ao campo de {town} com os filhos e foram mandadas embora: 'conta de empresa suspensa'. As faturas estão todas pagas, tenho os comprovativos. Uma delas teve de faltar a um turno no bloco operatório. Isto é gravíssimo.\n\n{full}\n{role}, {company}",
        "fr": "Bonjour,\n\nCe matin, deux de nos salariées se sont présentées au stage de {town} avec leurs enfants et ont été renvoyées : « compte entreprise suspendu ». Toutes les factures sont réglées, j'ai les justificatifs. L'une d'elles a dû annuler sa garde. C'est inadmissible.\n\n{full}\n{role}, {company}",
        "de": "Guten Tag,\n\nheute früh wurden zwei unserer Mitarbeiterinnen mit ihren Kindern am Camp in {town} abgewiesen: ‚Firmenkonto gesperrt'. Alle Rechnungen sind bezahlt, die Belege habe ich. Eine musste ihre Schicht absagen. Das ist nicht hinnehmbar.\n\n{full}\n{role}, {company}",
        "en": "Hi,\n\nThis morning two of our staff turned up at the {town} camp with their kids and were sent away: 'company account suspended'. Every invoice is paid, I have the remittances. One of them had to miss a shift. This is not acceptable.\n\n{full}\n{role}, {company}",
        "es": "Buenos días:\n\nEsta mañana dos empleadas nuestras llegaron al campamento de {town} con sus hijos y las mandaron de vuelta: 'cuenta de empresa suspendida'. Las facturas están pagadas, tengo los justificantes. Una tuvo que faltar a su turno. Es inadmisible.\n\n{full}\n{role}, {company}",
        "it": "Buongiorno,\n\nstamattina due nostre dipendenti si sono presentate al centro di {town} con i figli e sono state rimandate a casa: 'account aziendale sospeso'. Le fatture sono tutte pagate, ho le contabili. Una ha dovuto saltare il turno. È inaccettabile.\n\n{full}\n{role}, {company}",
    },
    "portal": {
        "pt": "Olá,\n\nO portal está a libertar as vagas que atribuímos aos colaboradores ao fim de 48 horas e elas voltam para venda ao público. Ontem perdemos 9 vagas para as férias do Natal. Não podemos estar a reatribuir tudo de dois em dois dias.\n\n{full}\n{role}, {company}",
        "fr": "Bonjour,\n\nLe portail libère au bout de 48 heures les places que nous attribuons aux salariés, et elles repartent en vente au public. Hier nous avons perdu 9 places pour Noël. Impossible de tout réattribuer tous les deux jours.\n\n{full}\n{role}, {company}",
        "de": "Hallo,\n\ndas Portal gibt die Plätze, die wir Mitarbeitenden zuteilen, nach 48 Stunden wieder frei, und sie gehen in den öffentlichen Verkauf. Gestern haben wir 9 Plätze für Weihnachten verloren. Wir können nicht alle zwei Tage neu zuteilen.\n\n{full}\n{role}, {company}",
        "en": "Hi,\n\nThe portal releases the places we assign to staff after 48 hours and they go back on public sale. We lost 9 Christmas places yesterday. We can't reassign everything every other day.\n\n{full}\n{role}, {company}",
        "es": "Hola:\n\nEl portal libera a las 48 horas las plazas que asignamos a los empleados y vuelven a la venta al público. Ayer perdimos 9 plazas para Navidad. No podemos reasignar todo cada dos días.\n\n{full}\n{role}, {company}",
        "it": "Buongiorno,\n\nil portale libera dopo 48 ore i posti che assegniamo ai dipendenti e tornano in vendita al pubblico. Ieri abbiamo perso 9 posti per Natale. Non possiamo riassegnare tutto ogni due giorni.\n\n{full}\n{role}, {company}",
    },
    "overbilled": {
        "pt": "Bom dia,\n\nA fatura de outubro cobra as semanas de campo ao preço público ({public} por criança) e não à tarifa do nosso contrato ({contract}). São {diff} de diferença só este mês. Peço nota de crédito.\n\n{full}\n{role}, {company}",
        "fr": "Bonjour,\n\nLa facture d'octobre applique le tarif public ({public} par enfant et par semaine) au lieu de notre tarif contractuel ({contract}). Cela fait {diff} d'écart rien que ce mois-ci. Merci d'émettre un avoir.\n\n{full}\n{role}, {company}",
        "de": "Guten Tag,\n\ndie Oktoberrechnung berechnet die Campwochen zum Listenpreis ({public} pro Kind) statt zu unserem Vertragspreis ({contract}). Das sind {diff} Differenz allein diesen Monat. Bitte eine Gutschrift.\n\n{full}\n{role}, {company}",
        "en": "Hi,\n\nThe October invoice charges camp weeks at the public price ({public} per child) instead of our contract rate ({contract}). That's {diff} over this month alone. Please issue a credit note.\n\n{full}\n{role}, {company}",
        "es": "Buenos días:\n\nLa factura de octubre cobra las semanas al precio público ({public} por niño) y no a la tarifa de nuestro contrato ({contract}). Son {diff} de diferencia solo este mes. Pido una factura rectificativa.\n\n{full}\n{role}, {company}",
        "it": "Buongiorno,\n\nla fattura di ottobre applica il prezzo pubblico ({public} a bambino) invece della tariffa del contratto ({contract}). Sono {diff} di differenza solo questo mese. Chiedo una nota di credito.\n\n{full}\n{role}, {company}",
    },
}
RESTATE = {
    "invoice": {
        "pt": "as faturas continuam com {old_company} e sem nota de encomenda",
        "fr": "les factures sont toujours au nom de {old_company}, sans bon de commande",
        "de": "die Rechnungen lauten weiter auf {old_company}, ohne Bestellnummer",
        "en": "invoices still say {old_company} with no PO",
        "es": "las facturas siguen a nombre de {old_company} y sin pedido",
        "it": "le fatture sono ancora intestate a {old_company}, senza ordine",
    },
    "service_blocked": {
        "pt": "hoje foi mais uma família recusada à entrada com a mesma mensagem de conta suspensa",
        "fr": "encore une famille refusée ce matin avec le même message de compte suspendu",
        "de": "heute wurde wieder eine Familie mit derselben Meldung abgewiesen",
        "en": "another family was turned away today with the same 'suspended' message",
        "es": "hoy han rechazado a otra familia con el mismo mensaje",
        "it": "oggi è stata respinta un'altra famiglia con lo stesso messaggio",
    },
    "portal": {
        "pt": "perdemos mais vagas esta noite, atribuí-as de novo ontem à tarde",
        "fr": "encore des places perdues cette nuit, je les avais réattribuées hier après-midi",
        "de": "heute Nacht sind wieder Plätze verschwunden, die ich gestern neu zugeteilt hatte",
        "en": "more places disappeared overnight, I'd reassigned them yesterday afternoon",
        "es": "esta noche se han perdido más plazas que reasigné ayer",
        "it": "stanotte sono spariti altri posti che avevo riassegnato ieri",
    },
    "overbilled": {
        "pt": "a fatura continua à tarifa pública e não à do contrato",
        "fr": "la facture est toujours au tarif public et pas au tarif du contrat",
        "de": "die Rechnung ist weiter zum Listenpreis statt zum Vertragspreis",
        "en": "the invoice is still at the public rate, not our contract rate",
        "es": "la factura sigue a precio público y no al del contrato",
        "it": "la fattura è ancora a tariffa pubblica e non a quella del contratto",
    },
}
LATER = {
    "pt": "Bom dia,\n\nEscrevo a propósito do pedido {ref}, que {a_first} abriu {when_first}: {restate}. Isto está a afetar a minha equipa diretamente.\n\n{full}\n{role}, {company}",
    "fr": "Bonjour,\n\nJe me permets de relancer la demande {ref} ouverte par {first} {when_first} : {restate}. Cela touche directement mon service.\n\n{full}\n{role}, {company}",
    "de": "Guten Tag,\n\nich melde mich zu Anfrage {ref}, die {first} {when_first} aufgemacht hat: {restate}. Das betrifft mein Team direkt.\n\n{full}\n{role}, {company}",
    "en": "Hi,\n\nFollowing up {ref}, which {first} raised {when_first}: {restate}. This is hitting my team directly.\n\n{full}\n{role}, {company}",
    "es": "Buenos días:\n\nEscribo por la solicitud {ref} que abrió {first} {when_first}: {restate}. Esto afecta directamente a mi equipo.\n\n{full}\n{role}, {company}",
    "it": "Buongiorno,\n\nscrivo per la richiesta {ref} aperta da {first} {when_first}: {restate}. La cosa tocca direttamente il mio team.\n\n{full}\n{role}, {company}",
}
LAST_EMAIL = {
    "pt": (
        "Pedido {ref} – sem evolução",
        "Bom dia,\n\nPedido {ref}: continua tudo na mesma. Já somos {n} da empresa a escrever-vos sobre isto. A administração vai levar o tema ao comité de benefícios na próxima semana e a proposta da {comp} já está em cima da mesa.\n\n{full}\n{role}, {company}",
    ),
    "fr": (
        "Demande {ref} – aucune avancée",
        "Bonjour,\n\nDemande {ref} : rien n'a changé. Nous sommes maintenant {n} dans l'entreprise à vous avoir écrit. La direction inscrit le sujet au comité avantages sociaux de la semaine prochaine, et l'offre de {comp} est déjà sur la table.\n\n{full}\n{role}, {company}",
    ),
    "de": (
        "Anfrage {ref} – keine Bewegung",
        "Guten Tag,\n\nAnfrage {ref}: unverändert. Wir sind inzwischen {n} Leute aus dem Haus, die Ihnen geschrieben haben. Die Geschäftsführung bringt das nächste Woche in den Benefits-Ausschuss, das Angebot von {comp} liegt schon vor.\n\n{full}\n{role}, {company}",
    ),
    "en": (
        "{ref} – no progress",
        "Hi,\n\n{ref}: nothing has changed. There are now {n} of us here who've written to you about it. Our directors are taking it to next week's benefits committee, and {comp}'s proposal is already on the table.\n\n{full}\n{role}, {company}",
    ),
    "es": (
        "Solicitud {ref} – sin avances",
        "Buenos días:\n\nSolicitud {ref}: todo sigue igual. Ya somos {n} en la empresa escribiéndoos por esto. Dirección lo lleva al comité de beneficios la semana que viene y la propuesta de {comp} ya está sobre la mesa.\n\n{full}\n{role}, {company}",
    ),
    "it": (
        "Richiesta {ref} – nessun progresso",
        "Buongiorno,\n\nrichiesta {ref}: tutto fermo. Siamo ormai in {n} in azienda ad avervi scritto. La direzione porterà il tema al comitato welfare la settimana prossima e la proposta di {comp} è già sul tavolo.\n\n{full}\n{role}, {company}",
    ),
}
LAST_CALL = {
    "pt": "bom dia daqui fala {name} {de_company} estou a ligar por causa do pedido {ref} já vos escreveram várias pessoas cá de casa e continua tudo igual a nossa diretora de pessoas disse-me hoje que se isto não ficar resolvido até sexta mudamos de fornecedor",
    "fr": "oui bonjour {name} {de_company} je vous appelle pour la demande {ref} plusieurs collègues vous ont écrit et rien ne bouge notre DRH m'a dit ce matin que si ce n'est pas réglé vendredi on change de prestataire",
    "de": "ja guten Tag {name} von {company} ich rufe wegen Anfrage {ref} an mehrere Kollegen haben Ihnen geschrieben und es passiert nichts unsere Personalleitung sagt wenn das bis Freitag nicht gelöst ist wechseln wir den Anbieter",
    "en": "hi it's {name} from {company} calling about {ref} several of my colleagues have written to you and nothing's moved our HR director said this morning if it isn't fixed by Friday we're changing provider",
    "es": "hola buenos días soy {name} de {company} llamo por la solicitud {ref} os han escrito varios compañeros y sigue todo igual nuestra directora de personas dice que si el viernes no está resuelto cambiamos de proveedor",
    "it": "buongiorno sono {name} di {company} chiamo per la richiesta {ref} vi hanno scritto diversi colleghi e non si muove niente la nostra direttrice del personale ha detto che se entro venerdì non è risolto cambiamo fornitore",
}
ACK = {
    "pt": (
        "Pedido {ref}",
        "Olá {name},\n\nRecebemos a sua mensagem («{topic}») e registámo-la com o número {ref}. O gestor da vossa conta está a analisar e volta a contactar.\n\n{sig}",
    ),
    "fr": (
        "Demande {ref}",
        "Bonjour {name},\n\nNous avons bien reçu votre message (« {topic} »), enregistré sous le numéro {ref}. Votre gestionnaire de compte l'examine et revient vers vous.\n\n{sig}",
    ),
    "de": (
        "Anfrage {ref}",
        "Hallo {name},\n\nIhre Nachricht („{topic}“) haben wir unter {ref} aufgenommen. Ihre Kundenbetreuung prüft das und meldet sich.\n\n{sig}",
    ),
    "en": (
        "Request {ref}",
        'Hi {name},\n\nWe\'ve got your message ("{topic}"), logged as {ref}. Your account manager is looking into it and will come back to you.\n\n{sig}',
    ),
    "es": (
        "Solicitud {ref}",
        "Hola {name}:\n\nHemos recibido tu mensaje («{topic}»), registrado con el número {ref}. Tu gestor de cuenta lo está revisando y te contesta.\n\n{sig}",
    ),
    "it": (
        "Richiesta {ref}",
        "Ciao {name},\n\nabbiamo ricevuto il tuo messaggio («{topic}»), registrato con il numero {ref}. Il tuo account manager lo sta verificando e ti ricontatta.\n\n{sig}",
    ),
}
COMPLAINT_SUBJECT = {
    "pt": "Reclamação: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Reklamation: {topic}",
    "en": "Issue: {topic}",
    "es": "Incidencia: {topic}",
    "it": "Segnalazione: {topic}",
}
LATER_SUBJECT = {
    "pt": "RE: Pedido {ref}",
    "fr": "RE : Demande {ref}",
    "de": "AW: Anfrage {ref}",
    "en": "RE: {ref}",
    "es": "RE: Solicitud {ref}",
    "it": "R: Richiesta {ref}",
}
MILD = {
    "pt": [
        "Sugestão: seria útil poder exportar do portal as vagas usadas por centro de custo, em Excel.",
        "Ideia para o relatório mensal: mostrar a idade das crianças, ajudava-nos a prever as vagas do próximo ano.",
    ],
    "fr": [
        "Suggestion : pouvoir exporter depuis le portail les places utilisées par centre de coûts, en Excel, nous ferait gagner du temps.",
        "Idée pour le rapport mensuel : afficher l'âge des enfants, cela nous aiderait à anticiper les places de l'an prochain.",
    ],
    "de": [
        "Vorschlag: ein Excel-Export der genutzten Plätze nach Kostenstelle im Portal wäre hilfreich.",
        "Idee für den Monatsbericht: das Alter der Kinder anzeigen, dann können wir das nächste Jahr besser planen.",
    ],
    "en": [
        "Suggestion: an Excel export of places used by cost centre in the portal would save us a lot of time.",
        "Idea for the monthly report: show the children's ages so we can plan next year's places.",
    ],
    "es": [
        "Sugerencia: poder exportar desde el portal las plazas usadas por centro de coste, en Excel, nos ahorraría tiempo.",
        "Idea para el informe mensual: mostrar la edad de los niños, nos ayudaría a prever las plazas del año que viene.",
    ],
    "it": [
        "Suggerimento: poter esportare dal portale i posti usati per centro di costo, in Excel, ci farebbe risparmiare tempo.",
        "Idea per il report mensile: mostrare l'età dei bambini, ci aiuterebbe a prevedere i posti dell'anno prossimo.",
    ],
}
MILD_ACK = {
    "pt": (
        "A sua sugestão",
        "Olá {name},\n\nObrigado pela sugestão! Passámo-la à equipa do portal, que revê os pedidos das empresas todos os meses.\n\n{sig}",
    ),
    "fr": (
        "Votre suggestion",
        "Bonjour {name},\n\nMerci pour cette suggestion ! Elle est transmise à l'équipe du portail, qui étudie chaque mois les demandes des entreprises.\n\n{sig}",
    ),
    "de": (
        "Ihr Vorschlag",
        "Hallo {name},\n\ndanke für den Vorschlag! Wir haben ihn ans Portal-Team gegeben, das die Wünsche der Firmenkunden monatlich sichtet.\n\n{sig}",
    ),
    "en": (
        "Your suggestion",
        "Hi {name},\n\nThanks for the suggestion! It's gone to the portal team, who go through company requests every month.\n\n{sig}",
    ),
    "es": (
        "Tu sugerencia",
        "Hola {name}:\n\n¡Gracias por la sugerencia! La hemos pasado al equipo del portal, que revisa cada mes las peticiones de las empresas.\n\n{sig}",
    ),
    "it": (
        "Il tuo suggerimento",
        "Ciao {name},\n\ngrazie del suggerimento! L'abbiamo passato al team del portale, che ogni mese valuta le richieste delle aziende.\n\n{sig}",
    ),
}
