# ruff: noqa: E501
"""Business-arm words of the heldout112 set: Anzelo Pro, group and event fishing on account.

Slots: {lake}, {ref}, {company}, {oldname}, {firstc} (the first complainer's first
name), {when}, {comp}, {first}, {name}, {title}.
"""

from __future__ import annotations

from dataclasses import dataclass

Table = dict[str, list[str]]


@dataclass(frozen=True)
class AccountSpec:
    company: str
    site: str
    market: str
    lang: str
    domain: str
    kind: str  # at_risk, one_unhappy, mild, happy
    problem: str | None
    contacts: int
    complainers: int
    oldname: str
    lake: str


ACCOUNTS: list[AccountSpec] = [
    AccountSpec(
        "Camping Les Trois Chênes",
        "campsite",
        "FR",
        "fr",
        "troischenes-camping.example",
        "at_risk",
        "portal",
        5,
        3,
        "",
        "Brières-les-Étangs",
    ),
    AccountSpec(
        "Commune de Saint-Rémy-sur-Creuse",
        "municipality",
        "FR",
        "fr",
        "saint-remy-creuse.example",
        "at_risk",
        "invoice",
        4,
        3,
        "Mairie de Saint-Rémy-la-Forêt",
        "Montfaucon-la-Mare",
    ),
    AccountSpec(
        "Hotel Quinta do Açude",
        "hotel",
        "PT",
        "pt",
        "quintadoacude.example",
        "at_risk",
        "invoice",
        4,
        3,
        "Açude Turismo, Lda.",
        "Castelo de Bode",
    ),
    AccountSpec(
        "Escola Básica de Vale Formoso",
        "school",
        "PT",
        "pt",
        "eb-valeformoso.example",
        "at_risk",
        "overbilled",
        6,
        4,
        "",
        "Montargil",
    ),
    AccountSpec(
        "Meuse Événements",
        "events",
        "BE",
        "fr",
        "meuse-evenements.example",
        "at_risk",
        "service_blocked",
        5,
        4,
        "",
        "Roly-sur-Eau",
    ),
    AccountSpec(
        "Hotel Rural Los Sauces",
        "hotel",
        "ES",
        "es",
        "hotel-lossauces.example",
        "one_unhappy",
        "service_blocked",
        3,
        1,
        "",
        "Valdecañas",
    ),
    AccountSpec(
        "Kessler Logistik GmbH",
        "logistics",
        "DE",
        "de",
        "kessler-logistik.example",
        "one_unhappy",
        "overbilled",
        3,
        1,
        "",
        "Seeweiler",
    ),
    AccountSpec(
        "Pro Loco Canneto",
        "tourism_office",
        "IT",
        "it",
        "prolococanneto.example",
        "one_unhappy",
        "portal",
        3,
        1,
        "",
        "Canneto",
    ),
    AccountSpec(
        "Centro Juvenil de Tomar",
        "youth_centre",
        "PT",
        "pt",
        "cj-tomar.example",
        "one_unhappy",
        "invoice",
        3,
        1,
        "Associação Juvenil Nabância",
        "Castelo de Bode",
    ),
    AccountSpec(
        "Harwood & Pike LLP",
        "law_firm",
        "UK",
        "en",
        "harwoodpike.example",
        "mild",
        None,
        3,
        0,
        "",
        "Linford Marsh",
    ),
    AccountSpec(
        "EHPAD Les Glycines",
        "care_home",
        "FR",
        "fr",
        "ehpad-glycines.example",
        "mild",
        None,
        4,
        0,
        "",
        "Vaux-le-Pêcheur",
    ),
    AccountSpec(
        "Seeblick Hotel AG",
        "hotel",
        "CH",
        "de",
        "seeblick-hotel.example",
        "mild",
        None,
        4,
        0,
        "",
        "Erlenmoos",
    ),
    AccountSpec(
        "AAPPMA La Gaule Nivernaise",
        "angling_club",
        "FR",
        "fr",
        "gaule-nivernaise.example",
        "happy",
        None,
        4,
        0,
        "",
        "Saint-Aubin-des-Bois",
    ),
    AccountSpec(
        "Casa da Azenha Turismo Rural",
        "guesthouse",
        "PT",
        "pt",
        "casadaazenha.example",
        "happy",
        None,
        4,
        0,
        "",
        "Vale do Gaio",
    ),
    AccountSpec(
        "Campus Sport Dijon",
        "university",
        "FR",
        "fr",
        "campus-sport-dijon.example",
        "happy",
        None,
        4,
        0,
        "",
        "Saint-Aubin-des-Bois",
    ),
]

TITLES: Table = {
    "fr": [
        "directrice",
        "responsable administratif",
        "comptable",
        "animateur",
        "chargée d'accueil",
        "responsable des achats",
        "secrétaire générale",
        "directeur adjoint",
    ],
    "pt": [
        "diretora",
        "responsável administrativo",
        "contabilista",
        "animador",
        "rececionista",
        "responsável de compras",
        "secretária",
        "subdiretor",
    ],
    "en": ["office manager", "partner", "HR coordinator", "finance assistant"],
    "de": [
        "Geschäftsführerin",
        "Buchhalter",
        "Eventkoordinatorin",
        "Empfangschef",
        "Personalreferent",
    ],
    "es": ["directora", "recepcionista", "contable", "jefe de animación"],
    "it": ["presidente", "segretaria", "tesoriere", "responsabile eventi"],
}

PRODUCTS: list[tuple[str, float, str]] = [
    ("Group day, 10 anglers / Journée groupe, 10 pêcheurs", 240.0, "/pro/book/group"),
    ("Match booking, 20 pegs / Concours, 20 postes", 420.0, "/pro/book/match"),
    ("Team morning with guide / Matinée team-building avec moniteur", 390.0, "/pro/book/team"),
    ("Boats x4, full day / Barques x4, journée", 260.0, "/pro/book/boats"),
    ("School session, 25 pupils / Séance scolaire, 25 élèves", 225.0, "/pro/book/school"),
]

PORTAL_PAGES = ["/pro/bookings", "/pro/invoices", "/pro/guests", "/pro/reports"]

CHAT_QA: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, pour le groupe de jeudi (12 personnes), les barques sont-elles incluses dans le forfait ?",
            "Bonjour ! Oui, deux barques sont incluses dans votre forfait groupe.",
        ),
        (
            "Peut-on ajouter un participant à la réservation de vendredi ?",
            "Bonjour ! Oui, directement dans le portail Pro, rubrique Réservations.",
        ),
        (
            "Les factures mensuelles partent quand ?",
            "Le 3 de chaque mois, par e-mail, à l'adresse de facturation du compte.",
        ),
    ],
    "pt": [
        (
            "Bom dia, para o grupo de quinta (12 pessoas) os barcos estão incluídos?",
            "Bom dia! Sim, dois barcos estão incluídos no pacote de grupo.",
        ),
        (
            "Podemos acrescentar uma pessoa à reserva de sexta?",
            "Sim, diretamente no portal Pro, em Reservas.",
        ),
        (
            "Quando saem as faturas mensais?",
            "No dia 3 de cada mês, por email, para o endereço de faturação da conta.",
        ),
    ],
    "en": [
        (
            "Hi, can we add two more people to Thursday's team morning?",
            "Hi! Yes, in the Pro portal under Bookings, up to 20 people.",
        )
    ],
    "de": [
        (
            "Hallo, sind bei der Gruppenbuchung Leihruten dabei?",
            "Hallo! Ja, zehn Leihsets sind im Gruppentarif enthalten.",
        )
    ],
    "es": [
        (
            "Hola, ¿para el grupo del jueves van incluidas las barcas?",
            "¡Hola! Sí, dos barcas van incluidas en la tarifa de grupo.",
        )
    ],
    "it": [
        (
            "Buongiorno, per il gruppo di giovedì le barche sono incluse?",
            "Buongiorno! Sì, due barche sono incluse nella tariffa gruppo.",
        )
    ],
}

PRAISE: Table = {
    "fr": [
        "Journée team-building réussie à {lake} avec Anzelo Pro : 14 collègues, dont 9 qui n'avaient jamais tenu une canne.",
        "Nos résidents ont passé une matinée au bord de l'eau à {lake}, organisation parfaite par Anzelo Pro. Merci au moniteur pour sa patience.",
        "Concours du club à {lake} : 20 postes prêts à l'heure, pesée propre, rien à redire. Merci Anzelo Pro.",
    ],
    "pt": [
        "Dia de equipa em {lake} com a Anzelo Pro: 14 colegas, 9 nunca tinham pegado numa cana. Correu lindamente.",
        "Os nossos hóspedes adoraram a manhã de pesca em {lake}. Organização impecável da Anzelo Pro.",
    ],
    "en": ["Team day at {lake} with Anzelo Pro, 14 of us, most had never held a rod. Great fun."],
    "de": ["Betriebsausflug in {lake} mit Anzelo Pro, 14 Kollegen, super organisiert."],
    "es": ["Jornada de equipo en {lake} con Anzelo Pro, 14 compañeros, organización de diez."],
    "it": ["Giornata di team a {lake} con Anzelo Pro, 14 colleghi, organizzazione perfetta."],
}

HAPPY_WORDS: Table = {
    "fr": ["Très bien", "", "Service Pro réactif"],
    "pt": ["Muito bom", "", "Equipa Pro sempre disponível"],
    "en": ["Great", ""],
    "de": ["Sehr gut", ""],
    "es": ["Muy bien", ""],
    "it": ["Ottimo", ""],
}

TOPIC: dict[str, Table] = {
    "invoice": {"fr": ["Factures au mauvais nom"], "pt": ["Faturas com o nome errado"]},
    "portal": {
        "fr": ["Portail Pro : invités impossibles à ajouter"],
        "it": ["Portale Pro: impossibile aggiungere ospiti"],
    },
    "overbilled": {"pt": ["Faturação acima do contrato"], "de": ["Rechnungen über Vertragstarif"]},
    "service_blocked": {
        "fr": ["Réservation refusée : compte suspendu"],
        "es": ["Reserva rechazada: cuenta suspendida"],
    },
}

CORE: dict[str, Table] = {
    "invoice": {
        "fr": [
            "Nos dernières factures Anzelo Pro sont toujours établies au nom de l'ancienne entité ({oldname}) et sans notre numéro de bon de commande. Notre trésorerie les rejette, nous ne pouvons donc pas les payer."
        ],
        "pt": [
            "As últimas faturas da Anzelo Pro continuam a sair em nome da entidade antiga ({oldname}) e sem o número da nossa nota de encomenda. A contabilidade rejeita-as e não as conseguimos pagar."
        ],
    },
    "portal": {
        "fr": [
            "Depuis lundi, le portail Pro ne permet plus d'ajouter les noms des invités aux réservations de groupe : le bouton « Ajouter » ne fait rien. Résultat, chacun de nos campeurs doit racheter une carte journée au chalet."
        ],
        "it": [
            "Da lunedì il portale Pro non permette più di aggiungere i nomi degli ospiti alle prenotazioni di gruppo: il pulsante 'Aggiungi' non fa nulla. Così ogni ospite deve ricomprare il biglietto al chiosco."
        ],
    },
    "overbilled": {
        "pt": [
            "O nosso contrato prevê uma tarifa de grupo de 9 € por aluno e por sessão. As duas últimas faturas aplicam a tarifa individual de 16 €. Num mês são mais de 600 € a mais."
        ],
        "de": [
            "Laut Vertrag zahlen wir den Gruppentarif von 14 € pro Person und Tag. Die letzten zwei Rechnungen berechnen den Einzeltarif von 22 €. Im Monat sind das über 600 € zu viel."
        ],
    },
    "service_blocked": {
        "fr": [
            "Notre groupe de 14 s'est présenté ce matin à {lake} et le garde a refusé la réservation : « compte Pro suspendu ». Or toutes nos factures sont payées, la dernière le 2 octobre. Nos clients sont repartis sans pêcher."
        ],
        "es": [
            "Nuestro grupo de 12 llegó esta mañana a {lake} y el guarda rechazó la reserva: 'cuenta Pro suspendida'. Todas las facturas están pagadas. Los clientes del hotel se volvieron sin pescar."
        ],
    },
}

FIRST_COMPLAINT: Table = {
    "fr": ["Bonjour,\n\n{core}\n\nMerci de traiter cela rapidement.\n\n{name}\n{title}, {company}"],
    "pt": [
        "Bom dia,\n\n{core}\n\nAgradeço que resolvam isto com urgência.\n\n{name}\n{title}, {company}"
    ],
    "es": [
        "Buenos días,\n\n{core}\n\nRuego lo resuelvan cuanto antes.\n\n{name}\n{title}, {company}"
    ],
    "de": ["Guten Tag,\n\n{core}\n\nBitte um schnelle Korrektur.\n\n{name}\n{title}, {company}"],
    "it": [
        "Buongiorno,\n\n{core}\n\nVi chiedo di risolvere al più presto.\n\n{name}\n{title}, {company}"
    ],
}

#: The later complainers restate the problem. {firstc}, {when}, {ref}
LATER: dict[str, Table] = {
    "invoice": {
        "fr": [
            "Bonjour,\n\nJe reviens sur le message de {firstc} {when} (dossier {ref}) : les factures portent toujours l'ancien nom ({oldname}) et aucun numéro de bon de commande. La trésorerie nous relance et les rappels de paiement commencent à arriver.\n\n{name}\n{title}, {company}",
            "Bonjour,\n\nMême sujet que {firstc} {when}, dossier {ref} : toujours l'ancien nom ({oldname}) sur les factures et pas de bon de commande. Je ne peux rien mandater tant que ce n'est pas corrigé.\n\n{name}\n{title}, {company}",
        ],
        "pt": [
            "Bom dia,\n\nVenho reforçar a mensagem da {firstc} {when} (processo {ref}): as faturas continuam com o nome antigo ({oldname}) e sem nota de encomenda. A contabilidade está a insistir e já chegam lembretes de pagamento.\n\n{name}\n{title}, {company}",
            "Bom dia,\n\nO mesmo assunto que a {firstc} {when}, processo {ref}: continua o nome antigo ({oldname}) nas faturas e sem nota de encomenda. Não consigo pagar nada assim.\n\n{name}\n{title}, {company}",
        ],
    },
    "portal": {
        "fr": [
            "Bonjour,\n\nSuite au message de {firstc} {when} (dossier {ref}) : toujours impossible d'ajouter des invités dans le portail Pro, le bouton « Ajouter » ne réagit pas. Hier encore, six campeurs ont dû payer leur carte au chalet.\n\n{name}\n{title}, {company}",
            "Bonjour,\n\nComme l'a écrit {firstc} {when}, dossier {ref} : le portail ne prend toujours aucun nom d'invité. L'accueil passe ses journées à expliquer aux clients pourquoi ils repayent.\n\n{name}\n{title}, {company}",
        ],
    },
    "overbilled": {
        "pt": [
            "Bom dia,\n\nNa sequência do email da {firstc} {when} (processo {ref}): as faturas continuam com a tarifa individual de 16 € em vez dos 9 € do contrato. O orçamento da escola não aguenta esta diferença.\n\n{name}\n{title}, {company}",
            "Bom dia,\n\nO mesmo que a {firstc} escreveu {when}, processo {ref}: tarifa individual em vez da tarifa de grupo do contrato. Mais de 600 € a mais num mês.\n\n{name}\n{title}, {company}",
        ],
    },
    "service_blocked": {
        "fr": [
            "Bonjour,\n\nJe reviens sur le message de {firstc} {when} (dossier {ref}) : le garde refuse encore nos groupes, « compte Pro suspendu », alors que nous sommes à jour de paiement. Un deuxième groupe est reparti ce matin.\n\n{name}\n{title}, {company}",
            "Bonjour,\n\nMême problème que {firstc} {when}, dossier {ref} : réservation refusée au chalet pour « compte suspendu ». Nos factures sont PAYÉES. On ne peut plus rien organiser.\n\n{name}\n{title}, {company}",
        ],
    },
}

WHEN: dict[str, dict[str, str]] = {
    "fr": {
        "this_morning": "de ce matin",
        "earlier": "de tout à l'heure",
        "yesterday": "d'hier",
        "mon": "de lundi",
        "tue": "de mardi",
        "wed": "de mercredi",
        "thu": "de jeudi",
        "fri": "de vendredi",
    },
    "pt": {
        "this_morning": "esta manhã",
        "earlier": "há pouco",
        "yesterday": "ontem",
        "mon": "na segunda-feira",
        "tue": "na terça-feira",
        "wed": "na quarta-feira",
        "thu": "na quinta-feira",
        "fri": "na sexta-feira",
    },
}

LAST_EMAIL: Table = {
    "fr": [
        "Bonjour,\n\nDossier {ref} : toujours rien de réglé, alors que plusieurs collègues vous ont écrit. Notre service achats a déjà demandé les tarifs de {comp}.\n\n{name}\n{title}, {company}"
    ],
    "pt": [
        "Bom dia,\n\nProcesso {ref}: continua tudo por resolver, e vários colegas já vos escreveram. O nosso serviço de compras já pediu preços à {comp}.\n\n{name}\n{title}, {company}"
    ],
}

LAST_PHONE: Table = {
    "fr": [
        "oui bonjour {name} de {company} je vous appelle pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit et mon directeur dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
        "bonjour {name} {company} c'est au sujet du dossier {ref} toujours rien plusieurs collègues vous ont écrit ma directrice parle de partir chez un autre prestataire si ce n'est pas réglé cette semaine",
    ],
    "pt": [
        "sim bom dia fala {name} da {company} estou a ligar por causa do processo {ref} continua tudo por resolver vários colegas já escreveram e o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana",
        "bom dia é {name} da {company} é sobre o processo {ref} nada resolvido já vos escreveram vários colegas a diretora fala em mudar a conta para outro fornecedor se não resolverem esta semana",
    ],
}

ACK: Table = {
    "fr": [
        "Bonjour {first},\n\nMerci, nous avons ouvert le dossier {ref} pour {company}. Notre équipe Pro s'en occupe en priorité et revient vers vous rapidement.\n\nAnzelo Pro"
    ],
    "pt": [
        "Bom dia {first},\n\nObrigado, abrimos o processo {ref} para a {company}. A equipa Pro vai tratar do assunto com prioridade.\n\nAnzelo Pro"
    ],
    "es": [
        "Buenos días {first},\n\nGracias, hemos abierto la incidencia {ref} para {company}. El equipo Pro lo revisa con prioridad.\n\nAnzelo Pro"
    ],
    "de": [
        "Guten Tag {first},\n\ndanke, wir haben den Vorgang {ref} für {company} angelegt. Das Pro-Team kümmert sich vorrangig darum.\n\nAnzelo Pro"
    ],
    "it": [
        "Buongiorno {first},\n\ngrazie, abbiamo aperto la pratica {ref} per {company}. Il team Pro se ne occupa con priorità.\n\nAnzelo Pro"
    ],
}

ACK_SUBJECT: Table = {
    "fr": ["Anzelo Pro – dossier {ref}"],
    "pt": ["Anzelo Pro – processo {ref}"],
    "es": ["Anzelo Pro – incidencia {ref}"],
    "de": ["Anzelo Pro – Vorgang {ref}"],
    "it": ["Anzelo Pro – pratica {ref}"],
}

LOW_NPS: Table = {
    "fr": ["Tant que ce n'est pas corrigé, non.", "Service Pro décevant cette fois.", ""],
    "pt": ["Enquanto não corrigirem, não.", "Serviço Pro dececionante.", ""],
    "es": ["Hasta que lo arreglen, no.", ""],
    "de": ["So nicht.", ""],
    "it": ["Finché non risolvete, no.", ""],
}

SUGGEST: Table = {
    "fr": [
        "Suggestion : pourriez-vous indiquer sur les factures le centre de coûts de chaque sortie ? Ça nous éviterait de tout ressaisir.",
        "Ce serait pratique d'avoir la météo et le niveau d'eau du lac dans le mail de confirmation des réservations de groupe.",
    ],
    "en": [
        "Suggestion: could invoices show a cost-centre code per booking? Would save us re-keying everything.",
        "Would be handy to have the forecast and water level in the group booking confirmation e-mail.",
    ],
    "de": [
        "Vorschlag: Könnten die Rechnungen pro Buchung eine Kostenstelle ausweisen? Das würde uns viel Abtipperei sparen.",
        "Praktisch wären Wetter und Wasserstand in der Bestätigungsmail für Gruppenbuchungen.",
    ],
}

SUGGEST_ACK: Table = {
    "fr": [
        "Bonjour {first},\n\nMerci pour la suggestion, nous l'avons transmise à l'équipe produit.\n\nAnzelo Pro"
    ],
    "en": [
        "Hi {first},\n\nThanks for the suggestion, we've passed it to the product team.\n\nAnzelo Pro"
    ],
    "de": [
        "Hallo {first},\n\ndanke für den Vorschlag, wir haben ihn ans Produktteam weitergegeben.\n\nAnzelo Pro"
    ],
}

SUGGEST_SUBJECT: Table = {
    "fr": ["Votre suggestion"],
    "en": ["Your suggestion"],
    "de": ["Ihr Vorschlag"],
}
