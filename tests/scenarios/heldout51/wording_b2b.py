"""Parlavo Pro, the business arm: firms on account with a portal, in their words.

Translation jobs (contracts, manuals, HR files) and interpreters for firms, on
account with monthly invoices and a client portal. The four account problems:
``invoice`` (invoices under the firm's former name, no purchase-order number),
``service_blocked`` (new jobs refused, "account suspended", though paid),
``portal`` (the portal shows no delivered job, nothing can be downloaded),
``overbilled`` (express rate billed on standard-turnaround jobs). Placeholders
as in ``wording``, plus {company}, {job}, {first} (the colleague who wrote
first), {day} (when they wrote), {case}, {issue}, {comp}.
"""

# ruff: noqa: E501

#: name, domain, kind of firm, market, language, kind, problem, contacts.
ACCOUNTS = (
    (
        "Vasseur Lemaire Avocats",
        "vasseur-lemaire-avocats.example",
        "law_firm",
        "FR",
        "fr",
        "at_risk",
        "invoice",
        6,
    ),
    (
        "Ateliers Brunet Hydraulique",
        "brunet-hydraulique.example",
        "manufacturer",
        "FR",
        "fr",
        "at_risk",
        "overbilled",
        5,
    ),
    (
        "Clinique Saint-Rémi",
        "clinique-saint-remi.example",
        "hospital",
        "BE",
        "fr",
        "at_risk",
        "portal",
        5,
    ),
    (
        "Mobilitas Relocação",
        "mobilitas-relocacao.example",
        "relocation",
        "PT",
        "pt",
        "at_risk",
        "service_blocked",
        4,
    ),
    (
        "Escola Superior Atlântida",
        "atlantida-ensino.example",
        "university",
        "PT",
        "pt",
        "at_risk",
        "invoice",
        4,
    ),
    (
        "Kessler Anlagenbau",
        "kessler-anlagenbau.example",
        "engineering",
        "DE",
        "de",
        "one_unhappy",
        "service_blocked",
        3,
    ),
    (
        "Brennan Talent Partners",
        "brennan-talent.example",
        "recruitment",
        "IE",
        "en",
        "one_unhappy",
        "overbilled",
        3,
    ),
    (
        "Tiendas Albera",
        "tiendas-albera.example",
        "ecommerce",
        "ES",
        "es",
        "one_unhappy",
        "portal",
        3,
    ),
    (
        "Assicurazioni Valdarno",
        "assicurazioni-valdarno.example",
        "insurance",
        "IT",
        "it",
        "one_unhappy",
        "invoice",
        3,
    ),
    ("Hôtels du Lac Léman", "hotels-lac-leman.example", "hotel", "CH", "fr", "mild", None, 4),
    (
        "Pires Falcão Advogados",
        "piresfalcao-advogados.example",
        "law_firm",
        "PT",
        "pt",
        "mild",
        None,
        3,
    ),
    ("Ville de Montreval", "ville-montreval.example", "municipality", "FR", "fr", "mild", None, 3),
    (
        "Fiduciaire Reuter Schmit",
        "reuter-schmit.example",
        "accounting",
        "LU",
        "fr",
        "happy",
        None,
        5,
    ),
    (
        "Harbourside Migrant Support",
        "harbourside-support.example",
        "charity",
        "UK",
        "en",
        "happy",
        None,
        4,
    ),
    ("Clínica Bandeira Saúde", "bandeira-saude.example", "clinic", "PT", "pt", "happy", None, 4),
)

#: How many contacts complain in each at-risk account (same order).
AT_RISK_COMPLAINERS = {
    "Vasseur Lemaire Avocats": 4,
    "Ateliers Brunet Hydraulique": 4,
    "Clinique Saint-Rémi": 3,
    "Mobilitas Relocação": 3,
    "Escola Superior Atlântida": 3,
}

JOB_TITLES = {
    "fr": (
        "Juriste",
        "Responsable RH",
        "Office manager",
        "Comptable",
        "Responsable achats",
        "Secrétaire de direction",
        "Chargé{e} de projets internationaux",
        "Responsable qualité",
        "Chargé{e} de recrutement",
    ),
    "pt": (
        "Gestor{a} de mobilidade",
        "Assistente de direção",
        "Contabilista",
        "Responsável de compras",
        "Técnic{o} de RH",
        "Coordenador{a} académic{o}",
        "Jurista",
    ),
    "en": ("Office manager", "HR lead", "Finance officer", "Caseworker", "Operations manager"),
    "de": ("Einkauf", "Personalabteilung", "Buchhaltung", "Projektleitung"),
    "es": ("Responsable de compras", "Administración", "Atención al cliente"),
    "it": ("Ufficio acquisti", "Amministrazione", "Risorse umane"),
}

#: label, price in euros.
PRODUCTS = (
    ("Contract translation, 20 pages / Traduction de contrat, 20 pages", 640.0),
    ("On-site interpreter, half day / Interprète sur site, demi-journée", 380.0),
    ("Video interpreting, 1 h / Interprétariat vidéo, 1 h", 95.0),
    ("Technical manual, 5,000 words / Manuel technique, 5 000 mots", 575.0),
    ("Sworn translations, HR file x5 / Traductions assermentées, dossier RH x5", 245.0),
    ("Certified company register extract / Extrait de registre certifié", 55.0),
)

PAGES = (
    "/pro/portal/jobs",
    "/pro/portal/invoices",
    "/pro/portal/new-job",
    "/pro/portal/team",
    "/pro/portal/glossary",
)

CHAT_QA = {
    "fr": (
        (
            "Bonjour, on peut ajouter un collègue au portail sans passer par vous ?",
            "Bonjour, oui : Portail > Équipe > Inviter, c'est immédiat.",
        ),
        (
            "est-ce que vous pouvez garder le même traducteur pour tous nos contrats de distribution ?",
            "Bonjour, oui, indiquez-le dans les préférences du compte, on le réserve en priorité.",
        ),
        (
            "Bonjour, délai pour 40 pages de CGV en portugais ?",
            "Bonjour, 5 jours ouvrés en standard, 3 en prioritaire.",
        ),
        (
            "l'interprète pour l'audit de jeudi peut venir à 8h au lieu de 9h ?",
            "Bonjour, c'est noté, 8h sur site jeudi.",
        ),
    ),
    "pt": (
        (
            "Bom dia, conseguimos adicionar um colega ao portal sem passar por vocês?",
            "Bom dia, sim: Portal > Equipa > Convidar.",
        ),
        (
            "podem manter o mesmo tradutor para todos os contratos de arrendamento dos nossos clientes?",
            "Olá, sim, indique nas preferências da conta.",
        ),
        (
            "Boa tarde, prazo para 25 páginas de regulamento em inglês?",
            "Boa tarde, 4 dias úteis em normal, 2 em prioritário.",
        ),
        (
            "a intérprete para a reunião de sexta pode ser por vídeo em vez de presencial?",
            "Olá, sim, mudámos para vídeo, o link segue por email.",
        ),
    ),
    "en": (
        ("Hi, can we add a colleague to the portal ourselves?", "Hi, yes: Portal > Team > Invite."),
        (
            "Turnaround for 30 pages of contracts into Portuguese?",
            "Hi, 5 working days standard, 3 priority.",
        ),
        (
            "Can the interpreter for Thursday's induction come at 8?",
            "Hi, noted, 8am Thursday on site.",
        ),
    ),
    "de": (
        (
            "Hallo, können wir Kollegen selbst im Portal anlegen?",
            "Hallo, ja: Portal > Team > Einladen.",
        ),
        (
            "Lieferzeit für 30 Seiten Betriebsanleitung ins Französische?",
            "Hallo, 5 Werktage standard, 3 priorisiert.",
        ),
        (
            "Kann die Dolmetscherin am Donnerstag schon um 8 kommen?",
            "Hallo, ist notiert, Donnerstag 8 Uhr vor Ort.",
        ),
    ),
    "es": (
        (
            "Hola, ¿podemos añadir a un compañero al portal nosotros?",
            "Hola, sí: Portal > Equipo > Invitar.",
        ),
        (
            "¿Plazo para 30 páginas de fichas de producto al francés?",
            "Hola, 5 días laborables, 3 con prioridad.",
        ),
        ("¿El intérprete del jueves puede venir a las 8?", "Hola, anotado, jueves a las 8."),
    ),
    "it": (
        (
            "Buongiorno, possiamo aggiungere un collega al portale da soli?",
            "Buongiorno, sì: Portale > Team > Invita.",
        ),
        (
            "Tempi per 30 pagine di condizioni di polizza in francese?",
            "Buongiorno, 5 giorni lavorativi, 3 con priorità.",
        ),
        ("L'interprete di giovedì può venire alle 8?", "Buongiorno, segnato, giovedì alle 8."),
    ),
}

PRAISE = {
    "fr": (
        "Retour d'expérience : 60 pages de contrats traduites en portugais en 4 jours avec Parlavo Pro, relecture interne quasi sans corrections. Je recommande",
        "L'interprète sur site pour notre audit fournisseur était excellente, vocabulaire technique maîtrisé. Merci Parlavo Pro",
        "Portail Parlavo Pro très pratique pour suivre les traductions RH de toute l'équipe",
    ),
    "pt": (
        "Partilho: traduzimos 40 páginas de contratos para francês em 3 dias com a Parlavo Pro, quase sem correções na revisão",
        "Intérprete presencial impecável na reunião com o cliente belga. Parlavo Pro recomendo",
        "O portal da Parlavo Pro facilita imenso acompanhar as traduções da equipa",
    ),
    "en": (
        "Used Parlavo Pro for 50 pages of employment contracts, barely a correction needed. Recommended",
        "On-site interpreter for our induction day was excellent. Thanks Parlavo Pro",
    ),
    "de": (
        "60 Seiten Handbuch mit Parlavo Pro übersetzt, kaum Korrekturen. Empfehlenswert",
        "Dolmetscherin beim Lieferantenaudit war top. Danke Parlavo Pro",
    ),
    "es": (
        "50 páginas de fichas traducidas con Parlavo Pro casi sin correcciones. Recomendado",
        "El intérprete en la reunión con el proveedor, de diez. Gracias Parlavo Pro",
    ),
    "it": (
        "50 pagine di condizioni di polizza tradotte con Parlavo Pro, quasi nessuna correzione. Consigliato",
        "Interprete in sede perfetta per l'audit. Grazie Parlavo Pro",
    ),
}

#: A firm's first (or only) complaint about its problem: subject, text.
FIRST = {
    ("invoice", "fr"): (
        "Factures non conformes, refus de notre comptabilité",
        "Bonjour,\nDepuis notre changement de dénomination en juillet, vos factures portent toujours l'ancienne raison sociale et aucun numéro de bon de commande. Notre comptabilité les rejette toutes : six factures bloquées à ce jour, que nous ne pouvons pas payer en l'état.\nMerci de les rééditer avec la bonne dénomination et le numéro de BC.\nCordialement,\n{full}\n{job}, {company}",
    ),
    ("invoice", "pt"): (
        "Faturas com dados errados, rejeitadas pela contabilidade",
        "Bom dia,\nDesde a alteração da nossa denominação as vossas faturas continuam a sair com o nome antigo e sem número de nota de encomenda. A contabilidade rejeita-as todas: já são cinco faturas paradas que não conseguimos pagar assim.\nAgradeço que as reemitam com a denominação correta e o número de encomenda.\nCumprimentos,\n{full}\n{job}, {company}",
    ),
    ("invoice", "it"): (
        "Fatture non conformi",
        "Buongiorno,\nle vostre fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione le respinge tutte, quattro fatture bloccate. Vi chiedo di riemetterle correttamente.\nCordiali saluti,\n{full}\n{job}, {company}",
    ),
    ("overbilled", "fr"): (
        "Tarif express facturé sur des commandes standard",
        "Bonjour,\nEn contrôlant les factures du trimestre, je constate que toutes nos traductions de manuels techniques sont facturées au tarif express, alors que notre contrat prévoit le tarif standard et que les délais étaient standard. L'écart dépasse 2 000 € sur trois mois.\nMerci de corriger et d'établir des avoirs.\n{full}\n{job}, {company}",
    ),
    ("overbilled", "en"): (
        "Billed express rate on standard jobs",
        "Hi,\nChecking last quarter's invoices, every one of our contract translations has been billed at the express rate, though our agreement says standard and the turnaround was standard. It's over €1,500 across the quarter. Please correct and issue credit notes.\n{full}\n{job}, {company}",
    ),
    ("portal", "fr"): (
        "Portail : aucune traduction livrée visible",
        "Bonjour,\nDepuis lundi, le portail Parlavo Pro n'affiche plus aucune traduction livrée pour notre compte : la liste est vide, impossible de télécharger les comptes rendus traduits pour les patients. Nos secrétariats médicaux doivent vous écrire un par un pour obtenir chaque fichier.\nMerci de rétablir l'accès rapidement.\n{full}\n{job}, {company}",
    ),
    ("portal", "es"): (
        "Portal: no aparecen las traducciones entregadas",
        "Hola,\ndesde el lunes el portal no muestra ninguna traducción entregada, la lista está vacía y no podemos descargar las fichas traducidas. Tenemos que pedirlas una a una por correo. Arregladlo por favor.\n{full}\n{job}, {company}",
    ),
    ("service_blocked", "pt"): (
        "Conta bloqueada sem motivo",
        'Bom dia,\nDesde ontem o portal recusa todos os novos pedidos com a mensagem "conta suspensa, contacte o serviço de cobranças". Temos as faturas todas pagas (envio comprovativos). Temos três famílias a chegar a Lisboa esta semana com documentos para traduzir.\nPeço que desbloqueiem a conta hoje.\n{full}\n{job}, {company}',
    ),
    ("service_blocked", "de"): (
        "Konto gesperrt trotz Zahlung",
        'Guten Tag,\nseit gestern lehnt das Portal jede neue Bestellung ab: "Konto gesperrt, bitte Buchhaltung kontaktieren". Alle Rechnungen sind bezahlt, Nachweise anbei. Wir haben nächste Woche ein Audit mit einem französischen Kunden und brauchen die Dolmetscherin.\nBitte heute entsperren.\n{full}\n{job}, {company}',
    ),
}

#: Later complainers of an at-risk account: subject, text (two variants each).
LATER = {
    ("invoice", "fr"): (
        (
            "RE : Factures non conformes, dossier {case}",
            "Bonjour,\nJe me joins au message que {first} vous a envoyé {day} (dossier {case}) : les factures arrivent toujours avec l'ancienne raison sociale et sans numéro de BC. J'en ai encore reçu deux ce matin, rejetées aussitôt par la compta.\n{full}\n{job}, {company}",
        ),
        (
            "Dossier {case} : factures toujours bloquées",
            "Bonjour,\nToujours le même problème que celui signalé par {first} {day} (dossier {case}) : ancienne dénomination, pas de n° de commande. Nos fournisseurs sont payés à 30 jours, vous, vous ne le serez pas tant que ce n'est pas corrigé.\n{full}\n{job}, {company}",
        ),
    ),
    ("overbilled", "fr"): (
        (
            "RE : Tarif express facturé, dossier {case}",
            "Bonjour,\nSuite au message que {first} vous a envoyé {day} (dossier {case}) : je viens de recevoir deux nouvelles factures, encore au tarif express, pour des manuels commandés en délai standard. Merci de suspendre cette facturation tant que ce n'est pas corrigé.\n{full}\n{job}, {company}",
        ),
        (
            "Dossier {case} : encore le tarif express",
            "Bonjour,\nComme {first} vous l'a écrit {day} (dossier {case}), notre contrat prévoit le tarif standard. La direction financière me demande où en est la correction et je n'ai rien à lui répondre.\n{full}\n{job}, {company}",
        ),
    ),
    ("portal", "fr"): (
        (
            "RE : Portail vide, dossier {case}",
            "Bonjour,\nMême constat que {first} {day} (dossier {case}) : le portail n'affiche toujours aucune traduction livrée. En cardiologie on attend trois comptes rendus traduits pour des patients qui sortent demain.\n{full}\n{job}, {company}",
        ),
        (
            "Dossier {case} : toujours rien sur le portail",
            "Bonjour,\nJe confirme ce que {first} vous a écrit {day} (dossier {case}) : liste vide, aucun téléchargement possible. On recopie les références à la main pour vous les demander par mail, c'est intenable.\n{full}\n{job}, {company}",
        ),
    ),
    ("service_blocked", "pt"): (
        (
            "RE: Conta bloqueada, processo {case}",
            'Bom dia,\nVenho reforçar o email que {first} vos enviou {day} (processo {case}): o portal continua a recusar pedidos com "conta suspensa", e as faturas estão pagas. Tenho uma família à espera da tradução das certidões para a escola dos filhos.\n{full}\n{job}, {company}',
        ),
        (
            "Processo {case}: conta ainda suspensa",
            "Boa tarde,\nComo {first} vos escreveu {day} (processo {case}), a conta continua suspensa sem razão. Hoje tive de pedir a um cliente que esperasse mais uma semana.\n{full}\n{job}, {company}",
        ),
    ),
    ("invoice", "pt"): (
        (
            "RE: Faturas rejeitadas, processo {case}",
            "Bom dia,\nNa sequência do email que {first} vos enviou {day} (processo {case}): as faturas continuam com o nome antigo e sem número de encomenda. Recebi mais uma hoje e foi logo devolvida.\n{full}\n{job}, {company}",
        ),
        (
            "Processo {case}: faturas continuam erradas",
            "Boa tarde,\nO problema que {first} vos indicou {day} (processo {case}) mantém-se: nome antigo, sem número de encomenda. Os serviços financeiros não pagam nada assim.\n{full}\n{job}, {company}",
        ),
    ),
}

#: What is still wrong, said by the last complainer (French and Portuguese).
ISSUE = {
    ("invoice", "fr"): "les factures ont toujours l'ancien nom et pas de numéro de commande",
    ("overbilled", "fr"): "vous facturez toujours le tarif express sur nos commandes standard",
    ("portal", "fr"): "le portail n'affiche toujours aucune traduction livrée",
    ("service_blocked", "fr"): "le compte refuse toujours les commandes",
    ("invoice", "pt"): "as faturas continuam com o nome antigo e sem número de encomenda",
    ("overbilled", "pt"): "continuam a faturar o preço expresso nos pedidos normais",
    ("portal", "pt"): "o portal continua sem mostrar traduções entregues",
    ("service_blocked", "pt"): "o portal continua a recusar pedidos com conta suspensa",
}

#: The last complainer's second message: an e-mail naming a competitor, or a call.
LAST_MAIL = {
    "fr": (
        "Dossier {case} : toujours rien",
        "Bonjour,\nJe reviens sur le dossier {case}. Rien n'est corrigé : {issue}. Plusieurs collègues vous ont écrit. Notre service achats a déjà demandé ses tarifs à {comp} ; sans correction cette semaine, je ne pourrai plus défendre le contrat en interne.\n{full}\n{job}, {company}",
    ),
    "pt": (
        "Processo {case}: continua tudo igual",
        "Bom dia,\nVolto ao processo {case}. Nada foi corrigido: {issue}. Vários colegas já vos escreveram. O nosso departamento de compras já pediu preços à {comp}; se não ficar resolvido esta semana, não consigo defender o contrato.\n{full}\n{job}, {company}",
    ),
}

LAST_CALL = {
    "fr": "oui bonjour c'est {name} de chez {company} je vous appelle pour le dossier {case} {issue} plusieurs collègues vous ont écrit et la direction m'a dit que si c'est pas corrigé cette semaine on change de prestataire",
    "pt": "bom dia fala {name} da {company} estou a ligar por causa do processo {case} {issue} já vários colegas escreveram e a direção diz que se não ficar resolvido esta semana mudamos de fornecedor",
}

ACK = {
    "fr": (
        "Votre dossier {case}",
        "Bonjour {name},\nMerci pour votre message. Nous avons ouvert le dossier {case} et votre chargé de compte revient vers vous sous 24 h.\n{agent}, Parlavo Pro",
    ),
    "pt": (
        "O seu processo {case}",
        "Bom dia {name},\nObrigado pela mensagem. Abrimos o processo {case} e o seu gestor de conta responde em 24 horas.\n{agent}, Parlavo Pro",
    ),
    "en": (
        "Your case {case}",
        "Hi {name},\nThanks for your message. We've opened case {case} and your account manager will be back to you within 24 hours.\n{agent}, Parlavo Pro",
    ),
    "de": (
        "Ihr Vorgang {case}",
        "Hallo {name},\ndanke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt, Ihre Kundenbetreuung meldet sich innerhalb von 24 Stunden.\n{agent}, Parlavo Pro",
    ),
    "es": (
        "Tu caso {case}",
        "Hola {name},\ngracias por tu mensaje. Hemos abierto el caso {case} y tu gestor de cuenta te responde en 24 horas.\n{agent}, Parlavo Pro",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {name},\ngrazie per il messaggio. Abbiamo aperto la pratica {case} e il suo referente la ricontatta entro 24 ore.\n{agent}, Parlavo Pro",
    ),
}

ADDED = {
    "fr": (
        "RE : dossier {case}",
        "Bonjour {name},\nVotre message est ajouté au dossier {case}, déjà suivi par votre chargé de compte.\n{agent}, Parlavo Pro",
    ),
    "pt": (
        "RE: processo {case}",
        "Bom dia {name},\nA sua mensagem foi juntada ao processo {case}, que o seu gestor de conta já está a acompanhar.\n{agent}, Parlavo Pro",
    ),
}

#: Mild suggestions by web form (two kinds).
SUGGEST = {
    "fr": (
        "Suggestion : ce serait très utile de pouvoir exporter les coûts de traduction par code client ou numéro de dossier depuis le portail, pour les refacturer. Aujourd'hui on le fait à la main.",
        "Petite suggestion : un glossaire partagé sur le portail (nos termes maison, noms de services) que tous les traducteurs utiliseraient, pour éviter de corriger les mêmes mots à chaque fois.",
    ),
    "pt": (
        "Sugestão: seria muito útil exportar os custos de tradução por código de cliente ou número de processo no portal. Hoje fazemos isso à mão.",
        "Pequena sugestão: um glossário partilhado no portal com os nossos termos internos, para os tradutores usarem sempre as mesmas palavras.",
    ),
}

SUGGEST_ACK = {
    "fr": (
        "Merci pour votre suggestion",
        "Bonjour {name},\nMerci, c'est transmis à l'équipe produit de Parlavo Pro. Nous vous tiendrons au courant.\n{agent}, Parlavo Pro",
    ),
    "pt": (
        "Obrigado pela sugestão",
        "Bom dia {name},\nObrigado, já seguiu para a equipa de produto da Parlavo Pro. Damos notícias.\n{agent}, Parlavo Pro",
    ),
}

#: "When they wrote", as a later complainer says it.
SAME_DAY = {"fr": "ce matin", "pt": "hoje de manhã"}
YESTERDAY = {"fr": "hier", "pt": "ontem"}
ON_DAY = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": (
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ),
}

#: Words with a firm contact's low NPS after a complaint.
LOW_NPS_WORDS = {
    "fr": ("", "facturation à revoir entièrement", "trop lent à corriger", "on attend toujours"),
    "pt": ("", "muito lentos a resolver", "faturação uma confusão"),
    "en": ("", "too slow to fix billing"),
    "de": ("", "zu langsam"),
    "es": ("", "demasiado lentos"),
    "it": ("", "troppo lenti"),
}
