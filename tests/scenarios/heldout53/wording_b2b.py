# ruff: noqa: E501
"""Percheo Pro, the business arm, for the 53rd hand-written set (report only, never tune on it).

Shops, schools, theatres and clubs that consign stock in bulk, with a Pro portal, scheduled
carton pick-ups, monthly commission invoices and payouts. Written by hand from the stories.
"""

from __future__ import annotations

#: (key, company, site, market, language, domain, kind, problem, contacts, complainers, job titles)
ACCOUNTS: tuple[
    tuple[str, str, str, str, str, str, str, str | None, int, int, tuple[str, ...]], ...
] = (
    (
        "vauclair",
        "Galeries Vauclair",
        "department_store",
        "FR",
        "fr",
        "galeries-vauclair.example",
        "at_risk",
        "invoice",
        6,
        4,
        (
            "comptable",
            "responsable e-commerce",
            "directrice financière",
            "assistante administrative",
            "chef de rayon prêt-à-porter",
            "contrôleur de gestion",
        ),
    ),
    (
        "arlequin",
        "Teatro Arlequín",
        "theatre",
        "ES",
        "es",
        "teatro-arlequin.example",
        "at_risk",
        "overbilled",
        6,
        4,
        (
            "jefa de sastrería",
            "administración",
            "gerente",
            "ayudante de vestuario",
            "directora técnica",
            "producción",
        ),
    ),
    (
        "noirval",
        "Atelier Noirval",
        "bridal",
        "BE",
        "fr",
        "atelier-noirval.example",
        "at_risk",
        "service_blocked",
        5,
        3,
        (
            "gérante",
            "responsable atelier",
            "couturière",
            "assistante commerciale",
            "responsable boutique",
        ),
    ),
    (
        "benildo",
        "Colegio San Benildo",
        "school",
        "ES",
        "es",
        "sanbenildo.example",
        "at_risk",
        "portal",
        4,
        3,
        ("secretaria", "tesorero del AMPA", "coordinadora del banco de uniformes", "director"),
    ),
    (
        "brenner",
        "Lodenhaus Brenner",
        "outdoor_brand",
        "DE",
        "de",
        "lodenhaus-brenner.example",
        "at_risk",
        "invoice",
        5,
        3,
        ("Buchhaltung", "Leitung E-Commerce", "Geschäftsführerin", "Einkauf", "Lager"),
    ),
    (
        "lucciola",
        "Vintage Lucciola",
        "vintage_shop",
        "IT",
        "it",
        "vintagelucciola.example",
        "one_unhappy",
        "portal",
        3,
        1,
        ("titolare", "commessa", "contabilità"),
    ),
    (
        "harbour",
        "Harbour Dance Academy",
        "dance_school",
        "UK",
        "en",
        "harbourdance.example",
        "one_unhappy",
        "service_blocked",
        3,
        1,
        ("studio manager", "costume coordinator", "bookkeeper"),
    ),
    (
        "lagar",
        "Hotel Quinta do Lagar",
        "hotel",
        "PT",
        "pt",
        "quintadolagar.example",
        "one_unhappy",
        "overbilled",
        3,
        1,
        ("diretora de alojamento", "contabilidade", "governanta"),
    ),
    (
        "lilas",
        "Compagnie des Lilas",
        "theatre",
        "FR",
        "fr",
        "compagnie-des-lilas.example",
        "one_unhappy",
        "portal",
        3,
        1,
        ("administratrice", "costumière", "chargé de production"),
    ),
    (
        "lemanique",
        "Boutique Lémanique",
        "boutique",
        "CH",
        "fr",
        "boutique-lemanique.example",
        "mild",
        None,
        4,
        0,
        ("gérante", "vendeuse", "comptable", "responsable en ligne"),
    ),
    (
        "rotblau",
        "SV Rotblau 1921",
        "sports_club",
        "DE",
        "de",
        "sv-rotblau1921.example",
        "mild",
        None,
        3,
        0,
        ("Kassenwart", "Jugendleiterin", "Vorstand"),
    ),
    (
        "encosta",
        "Loja Solidária da Encosta",
        "charity",
        "PT",
        "pt",
        "loja-encosta.example",
        "mild",
        None,
        4,
        0,
        ("coordenadora", "voluntária", "tesoureiro", "voluntário"),
    ),
    (
        "margaux",
        "Les Puces de Margaux",
        "vintage_shop",
        "FR",
        "fr",
        "pucesdemargaux.example",
        "happy",
        None,
        3,
        0,
        ("fondatrice", "vendeuse", "photographe"),
    ),
    (
        "aurora",
        "Escuela de Danza Aurora",
        "dance_school",
        "ES",
        "es",
        "danza-aurora.example",
        "happy",
        None,
        4,
        0,
        ("directora", "secretaría", "profesora", "vestuario"),
    ),
    (
        "clonmore",
        "Clonmore Film Studios",
        "film",
        "IE",
        "en",
        "clonmorefilm.example",
        "happy",
        None,
        3,
        0,
        ("wardrobe supervisor", "production accountant", "costume buyer"),
    ),
)

#: (label, price in euros, page) of what a Pro account buys.
PRO_PRODUCTS: tuple[tuple[str, float, str], ...] = (
    (
        "Pro shipping cartons, pack of 20 / Cartons d'envoi Pro, lot de 20",
        24.00,
        "/pro/shop/cartons",
    ),
    ("Extra pick-up slot / Enlèvement supplémentaire", 35.00, "/pro/portal/pickups"),
    ("Photo studio, half day / Studio photo, demi-journée", 120.00, "/pro/shop/studio"),
    ("Garment labels, roll of 500 / Étiquettes textile, rouleau de 500", 18.00, "/pro/shop/labels"),
)

PRO_PAGES = (
    "/pro/portal/stock",
    "/pro/portal/sales",
    "/pro/portal/payouts",
    "/pro/portal/pickups",
    "/pro/portal/invoices",
)

#: Routine chat questions: (question, answer, thanks).
PRO_CHAT: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        (
            "Bonjour, on peut grouper deux enlèvements de cartons la même semaine ?",
            "Bonjour, oui : dans le portail Pro > Enlèvements, choisissez le même créneau pour les deux.",
            "parfait merci",
        ),
        (
            "Est-ce que vous reprenez les cintres avec les vêtements ?",
            "Non, gardez-les : nous avons les nôtres à l'entrepôt.",
            "ok merci",
        ),
        (
            "Le relevé de ventes de septembre est dispo où ?",
            "Dans Portail Pro > Relevés, il est en ligne depuis le 2.",
            "trouvé, merci !",
        ),
    ),
    "es": (
        (
            "Hola, ¿podemos juntar dos recogidas de cajas en la misma semana?",
            "Hola, sí: en el portal Pro > Recogidas elegid la misma franja para las dos.",
            "perfecto, gracias",
        ),
        (
            "¿Las perchas las tenemos que mandar con la ropa?",
            "No, quedáoslas: en el almacén usamos las nuestras.",
            "vale gracias",
        ),
        (
            "¿Dónde está la liquidación de septiembre?",
            "En Portal Pro > Liquidaciones, está subida desde el día 2.",
            "ya la veo, gracias",
        ),
    ),
    "de": (
        (
            "Hallo, können wir zwei Kartonabholungen in derselben Woche zusammenlegen?",
            "Hallo, ja: im Pro-Portal unter Abholungen einfach denselben Termin wählen.",
            "super, danke",
        ),
        (
            "Wo finde ich die Verkaufsübersicht für September?",
            "Im Pro-Portal unter Abrechnungen, seit dem 2. online.",
            "gefunden, danke",
        ),
    ),
    "it": (
        (
            "Buongiorno, possiamo unire due ritiri di scatoloni nella stessa settimana?",
            "Buongiorno, sì: nel portale Pro > Ritiri scegliete la stessa fascia per entrambi.",
            "perfetto grazie",
        ),
    ),
    "en": (
        (
            "Hi, can we combine two carton pick-ups in the same week?",
            "Hi, yes: in the Pro portal under Pick-ups just choose the same slot for both.",
            "great, thanks",
        ),
        (
            "Where's the September sales statement?",
            "Pro portal > Statements, it's been up since the 2nd.",
            "found it, cheers",
        ),
    ),
    "pt": (
        (
            "Bom dia, podemos juntar duas recolhas de caixas na mesma semana?",
            "Bom dia, sim: no portal Pro > Recolhas escolham a mesma janela para as duas.",
            "ótimo, obrigada",
        ),
        (
            "Onde está o extrato de vendas de setembro?",
            "No Portal Pro > Extratos, está disponível desde dia 2.",
            "já encontrei, obg",
        ),
    ),
}

#: Community posts of happy Pro accounts.
PRO_PRAISE: dict[str, tuple[str, ...]] = {
    "fr": (
        "Troisième lot de fin de saison confié à Percheo Pro, presque tout vendu en cinq semaines. L'équipe de l'entrepôt est au top.",
        "Le portail Pro de Percheo nous fait gagner un temps fou pour suivre les ventes, merci !",
        "Encore un enlèvement Percheo pile à l'heure ce matin, 30 cartons partis en dix minutes",
    ),
    "es": (
        "Otra vez el vestuario de la temporada pasada vendido casi entero con Percheo Pro. Las familias encantadas",
        "La recogida de cajas de Percheo siempre puntual, da gusto trabajar así",
    ),
    "de": (
        "Zweite Saison mit Percheo Pro, die Trikots vom Vorjahr sind fast alle weg. Top Abwicklung",
    ),
    "it": ("Con Percheo Pro il magazzino si svuota e il portale è chiarissimo. Consigliato",),
    "en": (
        "Third wardrobe clear-out through Percheo Pro and the pick-up crew were brilliant again",
    ),
    "pt": ("Mais uma recolha da Percheo Pro a horas, tudo impecável. Obrigada à equipa!",),
}

#: The first complaint of an account's problem: (subject, text).
FIRST: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "invoice": (
            "Factures de commission erronées",
            "Bonjour,\nnos factures de commission de septembre et d'octobre sont établies au nom de l'ancienne société ({company} SARL au lieu de {company} SAS depuis la transformation) et sans notre numéro de TVA. Notre comptabilité ne peut pas les enregistrer. Merci de les réémettre.\n{sign}",
        ),
        "service_blocked": (
            "Compte Pro suspendu",
            "Bonjour,\nvotre entrepôt a refusé ce matin nos 14 cartons : « compte Pro suspendu, vérification en attente ». Nous avons envoyé l'extrait BCE et les statuts il y a dix jours et rien n'a bougé. Toute notre collection d'été est bloquée à l'atelier.\n{sign}",
        ),
        "portal": (
            "Portail Pro : aucune vente affichée",
            "Bonjour,\ndepuis la mise à jour du portail Pro, l'onglet Ventes est vide : aucune vente depuis le 1er du mois, alors que nos costumes disparaissent bien de la boutique. Nous ne pouvons donc pas demander le paiement.\n{sign}",
        ),
    },
    "es": {
        "overbilled": (
            "Comisión mal aplicada",
            "Buenos días:\nnuestro contrato Pro fija una comisión del 18 %. En la liquidación de octubre nos habéis aplicado el 35 %, el de particulares, en todas las ventas. La diferencia pasa de 900 €.\n{sign}",
        ),
        "portal": (
            "Portal Pro sin ventas",
            "Hola:\ndesde la actualización del portal Pro la pestaña de Ventas sale vacía: ninguna venta desde el día 1, aunque los uniformes van desapareciendo de la tienda. Así no podemos pedir el pago para el banco de uniformes.\n{sign}",
        ),
    },
    "de": {
        "invoice": (
            "Fehlerhafte Provisionsrechnungen",
            "Guten Tag,\nunsere Provisionsrechnungen für September und Oktober laufen noch auf die alte Firma ({company} KG statt {company} GmbH nach der Umwandlung) und ohne unsere USt-IdNr. Die Buchhaltung kann sie so nicht verbuchen. Bitte neu ausstellen.\n{sign}",
        ),
    },
    "it": {
        "portal": (
            "Portale Pro senza vendite",
            "Buongiorno,\ndopo l'aggiornamento del portale Pro la scheda Vendite è vuota: nessuna vendita dal 1° del mese, anche se i capi spariscono dal negozio. Non possiamo chiedere il pagamento.\n{sign}",
        ),
    },
    "en": {
        "service_blocked": (
            "Pro account suspended",
            "Hello,\nyour warehouse turned away our 9 boxes this morning: 'Pro account suspended, verification pending'. We sent the company registration and the director's ID ten days ago. All our outgrown show costumes are sitting in the studio corridor.\n{sign}",
        ),
    },
    "pt": {
        "overbilled": (
            "Comissão errada",
            "Bom dia,\no nosso contrato Pro prevê 18 % de comissão. Na liquidação de outubro aplicaram 35 %, a taxa de particulares, em todas as vendas das fardas antigas. A diferença passa dos 400 €.\n{sign}",
        ),
    },
}

#: Later complaints of colleagues about the same open case, in order ({first}: the first complainer, {when}: the day).
LATER: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "invoice": (
            "Bonjour,\nje me joins au message que {first} vous a envoyé {when} (dossier {ref}) : nos factures de commission sont toujours au nom de l'ancienne société et sans numéro de TVA. Le cabinet comptable me relance pour la clôture du mois.\n{sign}",
            "Bonjour,\nsuite au message de {first} {when} (dossier {ref}) : les factures ne sont toujours pas corrigées, ni la raison sociale ni la TVA. Je ne peux pas mettre en paiement une facture qui n'est pas à notre nom.\n{sign}",
            "Bonjour,\ntroisième personne de chez nous à vous écrire : {first} vous a signalé {when} (dossier {ref}) que les factures sont au nom de l'ancienne société, sans TVA. Notre commissaire aux comptes a posé la question ce matin.\n{sign}",
        ),
        "service_blocked": (
            "Bonjour,\n{first} vous a écrit {when} (dossier {ref}) : notre compte Pro est toujours « suspendu, vérification en attente » et l'entrepôt refuse nos cartons. J'avais un enlèvement prévu demain, il est annulé lui aussi.\n{sign}",
            "Bonjour,\nje reprends le dossier {ref} ouvert par {first} {when} : le compte est toujours suspendu alors que l'extrait BCE et les statuts ont été envoyés deux fois. Nos robes de la collection d'été attendent dans l'atelier.\n{sign}",
        ),
    },
    "es": {
        "overbilled": (
            "Buenos días:\nme sumo al correo de {first} de {when} (incidencia {ref}): seguís liquidando al 35 % en vez del 18 % del contrato. Desde administración no podemos cuadrar la liquidación.\n{sign}",
            "Hola:\nsobre la incidencia {ref} que abrió {first} {when}: la comisión sigue mal, 35 % en vez de 18 %. Esta semana teníamos que pagar los arreglos del vestuario con ese dinero.\n{sign}",
            "Buenos días:\nya somos tres en el teatro escribiéndoos por lo mismo. {first} lo explicó {when} (incidencia {ref}): comisión del 35 % en lugar del 18 % pactado. La gerencia me ha pedido que lo deje por escrito.\n{sign}",
        ),
        "portal": (
            "Hola:\nme sumo a lo que os escribió {first} {when} (incidencia {ref}): el portal sigue sin mostrar ninguna venta y no podemos solicitar el pago. Las familias del banco de uniformes preguntan.\n{sign}",
            "Buenos días:\nincidencia {ref}, abierta por {first} {when}: el portal Pro sigue con la pestaña de Ventas vacía. Sin eso la secretaría no puede cerrar las cuentas del trimestre.\n{sign}",
        ),
    },
    "de": {
        "invoice": (
            "Guten Tag,\nich schließe mich der Mail von {first} von {when} an (Vorgang {ref}): die Rechnungen tragen immer noch den alten Firmennamen und keine USt-IdNr. Unser Steuerberater fragt schon nach.\n{sign}",
            "Hallo,\nzu Vorgang {ref}, den {first} {when} eröffnet hat: die Rechnungen sind nach wie vor nicht korrigiert. Ich kann keine Rechnung freigeben, die nicht auf uns ausgestellt ist.\n{sign}",
        ),
    },
}

#: "when" words: today, yesterday, and a weekday (Monday = 0).
WHEN: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "fr": (
        "ce matin",
        "hier",
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ),
    "es": (
        "esta mañana",
        "ayer",
        (
            "el lunes",
            "el martes",
            "el miércoles",
            "el jueves",
            "el viernes",
            "el sábado",
            "el domingo",
        ),
    ),
    "de": (
        "heute Morgen",
        "gestern",
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    ),
}

#: The last complainer writes again: e-mail (subject, text) naming a competitor, or a call.
LAST_MAIL: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "service_blocked": (
            "RE: Dossier {ref} - compte toujours suspendu",
            "Bonjour,\nnous en sommes à trois personnes de l'atelier à vous avoir écrit pour le dossier {ref}, et le compte est toujours suspendu. Notre gérante a demandé à une collègue de contacter {comp} pour connaître leurs conditions Pro. Je préférerais ne pas en arriver là.\n{sign}",
        ),
    },
    "es": {
        "portal": (
            "RE: Incidencia {ref} - el portal sigue sin ventas",
            "Hola:\nya somos tres personas del colegio escribiendo por la incidencia {ref} y el portal sigue vacío. El AMPA ha pedido condiciones a {comp} para el banco de uniformes del curso que viene. Preferiríamos seguir con vosotros, pero así no.\n{sign}",
        ),
    },
}

LAST_CALL: dict[str, dict[str, str]] = {
    "fr": {
        "invoice": "oui bonjour {name} des {company} je vous appelle pour le dossier {ref} les factures sont toujours au nom de l'ancienne société sans TVA on est quatre à vous avoir écrit et ma directrice dit que si c'est pas réglé cette semaine on confie le prochain lot à quelqu'un d'autre",
    },
    "es": {
        "overbilled": "hola buenos días soy {name} del {company} llamo por la incidencia {ref} nos siguen cobrando el treinta y cinco por ciento en vez del dieciocho ya os hemos escrito cuatro personas y mi jefa dice que si no se arregla esta semana el vestuario se va a otra plataforma",
    },
    "de": {
        "invoice": "ja guten Tag {name} von {company} es geht um Vorgang {ref} die Rechnungen laufen immer noch auf die alte Firma ohne Umsatzsteuer-ID wir haben Ihnen zu dritt geschrieben und meine Chefin sagt wenn das diese Woche nicht geklärt ist geben wir die Ware woanders hin",
    },
}

#: The agents' acknowledgement with the case reference: (subject, text).
ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "RE: {subject}",
        "Bonjour {name},\nmerci pour votre message. Nous avons ouvert le dossier {ref} et l'équipe Pro revient vers vous rapidement.\n{agent}, Percheo Pro",
    ),
    "es": (
        "RE: {subject}",
        "Hola {name}:\ngracias por escribirnos. Hemos abierto la incidencia {ref} y el equipo Pro os responde enseguida.\n{agent}, Percheo Pro",
    ),
    "de": (
        "AW: {subject}",
        "Hallo {name},\ndanke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt, das Pro-Team meldet sich zeitnah.\n{agent}, Percheo Pro",
    ),
    "it": (
        "R: {subject}",
        "Buongiorno {name},\ngrazie per il messaggio. Abbiamo aperto la pratica {ref}, il team Pro vi ricontatta a breve.\n{agent}, Percheo Pro",
    ),
    "en": (
        "Re: {subject}",
        "Hi {name},\nThanks for your message. We've opened case {ref} and the Pro team will be back to you shortly.\n{agent}, Percheo Pro",
    ),
    "pt": (
        "RE: {subject}",
        "Olá {name},\nobrigado pela mensagem. Abrimos o processo {ref} e a equipa Pro responde em breve.\n{agent}, Percheo Pro",
    ),
}

#: Mild suggestions (web form): two per language, (subject, text).
SUGGEST: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "fr": (
        (
            "Suggestion : export avec nos références",
            "Bonjour,\npetite suggestion : ce serait pratique de pouvoir exporter les ventes avec nos propres références d'articles, pour rapprocher avec notre caisse. Sinon tout va bien !\n{sign}",
        ),
        (
            "Idée : prix plancher",
            "Bonjour,\nserait-il possible de fixer un prix minimum par article avant la mise en ligne ? Quelques pièces sont parties un peu bas à notre goût. Merci !\n{sign}",
        ),
    ),
    "de": (
        (
            "Vorschlag: Export mit eigenen Artikelnummern",
            "Hallo,\nkleiner Vorschlag: es wäre praktisch, die Verkäufe mit unseren eigenen Artikelnummern exportieren zu können, dann passt es zur Vereinskasse. Ansonsten alles bestens!\n{sign}",
        ),
        (
            "Idee: Mindestpreis pro Artikel",
            "Hallo,\nkönnte man vor dem Einstellen einen Mindestpreis pro Teil festlegen? Ein paar Trainingsjacken gingen uns etwas zu günstig weg. Danke!\n{sign}",
        ),
    ),
    "pt": (
        (
            "Sugestão: exportar com as nossas referências",
            "Olá,\numa pequena sugestão: dava jeito poder exportar as vendas com as nossas próprias referências, para bater certo com a caixa da loja. De resto tudo ótimo!\n{sign}",
        ),
        (
            "Ideia: preço mínimo por peça",
            "Olá,\nseria possível definir um preço mínimo por peça antes de ir para venda? Algumas saíram um bocadinho baratas. Obrigada!\n{sign}",
        ),
    ),
}

SUGGEST_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "RE: {subject}",
        "Bonjour {name},\nmerci pour l'idée, je la transmets à l'équipe produit Pro.\n{agent}, Percheo Pro",
    ),
    "de": (
        "AW: {subject}",
        "Hallo {name},\ndanke für die Idee, ich gebe sie an das Pro-Produktteam weiter.\n{agent}, Percheo Pro",
    ),
    "pt": (
        "RE: {subject}",
        "Olá {name},\nobrigado pela ideia, vou passá-la à equipa de produto Pro.\n{agent}, Percheo Pro",
    ),
}

#: Words with a Pro contact's low NPS.
PRO_LOW_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("", "Tant que le dossier n'est pas réglé, non.", "déçus"),
    "es": ("", "Hasta que no lo arregléis, no.", "mal"),
    "de": ("", "So nicht."),
    "it": ("",),
    "en": ("", "Not until this is fixed."),
    "pt": ("",),
}

#: Titles that say whether their holder is a woman ("f") or a man ("m"); the others say neither.
TITLE_GENDER: dict[str, str] = {
    "directrice financière": "f",
    "assistante administrative": "f",
    "contrôleur de gestion": "m",
    "jefa de sastrería": "f",
    "ayudante de vestuario": "f",
    "directora técnica": "f",
    "gérante": "f",
    "couturière": "f",
    "assistante commerciale": "f",
    "secretaria": "f",
    "tesorero del AMPA": "m",
    "coordinadora del banco de uniformes": "f",
    "director": "m",
    "Geschäftsführerin": "f",
    "commessa": "f",
    "diretora de alojamento": "f",
    "governanta": "f",
    "administratrice": "f",
    "costumière": "f",
    "chargé de production": "m",
    "vendeuse": "f",
    "Kassenwart": "m",
    "Jugendleiterin": "f",
    "coordenadora": "f",
    "voluntária": "f",
    "tesoureiro": "m",
    "voluntário": "m",
    "fondatrice": "f",
    "directora": "f",
    "profesora": "f",
}
