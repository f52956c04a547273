# ruff: noqa: E501
"""Words of Ninnalo Work, the business arm: employers, hotels and others on account.

Placeholders: {first} {agent} {ref} {firstc} {weekday} {comp} {company}.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

# (label, price in euros)
B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Back-up care day 8 h (company) / Garde de secours journée 8 h", 96.0),
    ("Hotel in-room sitter 4 h / Baby-sitting en chambre 4 h", 62.0),
    ("Event kids' corner, 2 sitters 5 h / Espace enfants événement", 148.0),
    ("School holiday day, 6 h (company) / Journée vacances 6 h", 74.0),
]

B2B_PAGES = [
    "/work/portal/usage",
    "/work/portal/employees",
    "/work/portal/invoices",
    "/work/portal/bookings",
]

ROUTINE_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, un salarié peut-il réserver pour un enfant un peu malade (pas contagieux) ?",
            "Bonjour, oui, en cochant « enfant malade » : nous proposons des sitters formées, dans l'allocation de l'entreprise.",
        ),
        (
            "Comment un nouveau collaborateur rejoint-il le compte entreprise ?",
            "Bonjour, depuis le portail : Salariés > Inviter, il reçoit un lien et réserve tout de suite.",
        ),
        (
            "Peut-on avoir deux sitters pour l'arbre de Noël du 12 décembre, 40 enfants ?",
            "Bonjour, oui, pour 40 enfants nous conseillons quatre sitters, je vous envoie un devis dans la journée.",
        ),
    ],
    "pt": [
        (
            "Bom dia, um colaborador pode marcar para um filho um bocadinho doente (não contagioso)?",
            "Bom dia, pode, marcando «criança doente»: temos babysitters com formação, dentro da quota da empresa.",
        ),
        (
            "Como é que um colaborador novo entra na conta da empresa?",
            "Olá, pelo portal: Colaboradores > Convidar, recebe um link e pode marcar logo.",
        ),
        (
            "Dá para ter babysitters na festa de Natal da empresa, uns 30 miúdos?",
            "Olá, dá sim, para 30 crianças aconselhamos três babysitters, envio orçamento hoje.",
        ),
    ],
    "en": [
        (
            "Hi, can staff book for a mildly poorly child (not contagious)?",
            "Hi, yes, tick 'unwell child': we send trained sitters, within the company allowance.",
        ),
        (
            "How does a new starter join the company account?",
            "Hi, from the portal: Staff > Invite, they get a link and can book straight away.",
        ),
    ],
    "de": [
        (
            "Guten Tag, dürfen Mitarbeitende auch für ein leicht krankes Kind buchen?",
            "Guten Tag, ja, mit „krankes Kind“: wir schicken geschulte Babysitterinnen, im Kontingent der Firma.",
        ),
        (
            "Wie kommt eine neue Kollegin ins Firmenkonto?",
            "Hallo, im Portal unter Mitarbeitende > Einladen, sie bekommt einen Link und kann sofort buchen.",
        ),
    ],
    "es": [
        (
            "Hola, ¿un empleado puede reservar para un hijo algo malito (no contagioso)?",
            "Hola, sí, marcando «niño enfermo»: enviamos canguros con formación, dentro de la bolsa de la empresa.",
        ),
        (
            "¿Cómo entra un empleado nuevo en la cuenta de empresa?",
            "Hola, desde el portal: Empleados > Invitar, recibe un enlace y reserva enseguida.",
        ),
    ],
    "it": [
        (
            "Buongiorno, un dipendente può prenotare per un figlio un po' malato (non contagioso)?",
            "Buongiorno, sì, selezionando «bambino malato»: mandiamo babysitter formate, nel monte ore aziendale.",
        ),
        (
            "Come entra un nuovo collega nell'account aziendale?",
            "Buongiorno, dal portale: Dipendenti > Invita, riceve un link e prenota subito.",
        ),
    ],
}

ROUTINE_THANKS: dict[str, list[str]] = {
    "fr": ["Parfait, merci !", "Merci pour la réponse rapide"],
    "pt": ["Ótimo, obrigado!", "Obrigada pela rapidez"],
    "en": ["Great, thanks"],
    "de": ["Danke, perfekt"],
    "es": ["Perfecto, gracias"],
    "it": ["Perfetto, grazie"],
}

B2B_PRAISE: dict[str, list[str]] = {
    "fr": [
        "Depuis qu'on propose Ninnalo Work à nos équipes, les absences de dernière minute pour garde d'enfant ont presque disparu. Les parents adorent.",
        "Espace enfants Ninnalo à notre séminaire : 25 enfants, zéro pleur, des parents qui ont enfin écouté les présentations.",
    ],
    "pt": [
        "Desde que temos a Ninnalo Work, as faltas de última hora por causa dos filhos quase desapareceram. Os pais adoram.",
        "Espaço crianças da Ninnalo na nossa conferência: 25 miúdos, zero choros. Recomendo.",
    ],
    "en": [
        "Ninnalo Work back-up care has been a lifesaver for our shift teams this term. Parents love it."
    ],
    "de": [
        "Seit wir Ninnalo Work anbieten, gibt es kaum noch kurzfristige Ausfälle wegen Kinderbetreuung. Die Eltern sind begeistert."
    ],
    "es": [
        "Desde que ofrecemos Ninnalo Work casi no hay ausencias de última hora por los niños. Los padres encantados."
    ],
    "it": [
        "Da quando offriamo Ninnalo Work le assenze dell'ultimo minuto per i bambini sono quasi sparite. I genitori sono entusiasti."
    ],
}

B2B_SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Très bon service", "", "Réactifs"],
    "pt": ["Muito bom", "", "Rápidos"],
    "en": ["Reliable", ""],
    "de": ["Zuverlässig", ""],
    "es": ["Muy bien", ""],
    "it": ["Ottimo", ""],
}

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "factures sans centre de coût ni bon de commande",
        "pt": "faturas sem centro de custo nem nota de encomenda",
        "en": "invoices without cost centre or PO number",
    },
    "service_blocked": {
        "fr": "réservations refusées, « compte suspendu »",
        "pt": "reservas recusadas, «conta suspensa»",
        "en": "bookings refused, 'account suspended'",
    },
    "portal": {
        "fr": "portail RH vide, rien à valider",
        "pt": "portal de RH vazio, nada para aprovar",
        "en": "HR portal empty, nothing to approve",
    },
    "overbilled": {
        "fr": "tarif public facturé au lieu du tarif contrat",
        "pt": "tarifa pública em vez da tarifa do contrato",
        "en": "public rate billed instead of the contract rate",
    },
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "Nos factures Ninnalo Work arrivent sans centre de coût ni numéro de bon de commande. La comptabilité les rejette toutes : trois factures bloquées depuis septembre, et on nous relance pour impayé.",
        "pt": "As faturas da Ninnalo Work chegam sem centro de custo nem número de nota de encomenda. A contabilidade rejeita-as todas: três faturas paradas desde setembro e já nos chegam lembretes de pagamento.",
        "en": "Our Ninnalo Work invoices arrive without a cost centre or PO number. Finance rejects every one: three invoices stuck since September and we're getting payment reminders.",
    },
    "service_blocked": {
        "fr": "Depuis lundi, chaque réservation est refusée avec le message « compte entreprise suspendu », alors que toutes nos factures sont réglées. Des parents se retrouvent sans solution le matin même.",
        "pt": "Desde segunda que todas as reservas são recusadas com a mensagem «conta empresa suspensa», e as faturas estão todas pagas. Há pais sem solução no próprio dia.",
        "en": "Since Monday every booking is refused with 'company account suspended', although every invoice is paid. Parents are left with nothing on the day.",
    },
    "portal": {
        "fr": "Le portail RH n'affiche plus aucune réservation de nos salariés : impossible de valider quoi que ce soit, les demandes expirent au bout de 48 h et les parents se retrouvent sans garde.",
        "pt": "O portal de RH já não mostra nenhuma reserva dos colaboradores: não conseguimos aprovar nada, os pedidos expiram ao fim de 48 h e os pais ficam sem babysitter.",
        "en": "The HR portal shows none of our staff's bookings: we can't approve anything, requests expire after 48 hours and parents are left without care.",
    },
    "overbilled": {
        "fr": "Depuis octobre vous nous facturez le tarif public (16,90 €/h) au lieu du tarif contrat (12,40 €/h). Plus de 900 € d'écart sur le dernier relevé.",
        "pt": "Desde outubro estão a faturar a tarifa pública (16,90 €/h) em vez da tarifa do contrato (12,40 €/h). Mais de 900 € de diferença no último extrato.",
        "en": "Since October you've billed us the public rate (£14.70/h) instead of our contract rate (£10.80/h). Over £800 difference on the last statement.",
    },
}

B2B_SUBJECT: dict[str, str] = {
    "fr": "Réclamation {company} : {topic}",
    "pt": "Reclamação {company}: {topic}",
    "en": "Complaint {company}: {topic}",
}

B2B_GREET: dict[str, str] = {"fr": "Bonjour,\n\n", "pt": "Bom dia,\n\n", "en": "Hello,\n\n"}

B2B_CLOSE: dict[str, list[str]] = {
    "fr": [
        "\n\nMerci de corriger rapidement.\n\n{first}",
        "\n\nNous attendons une solution cette semaine.\n\nCordialement,\n{first}",
    ],
    "pt": [
        "\n\nAgradeço correção rápida.\n\n{first}",
        "\n\nAguardamos solução esta semana.\n\nCumprimentos,\n{first}",
    ],
    "en": ["\n\nPlease fix this quickly.\n\n{first}"],
}

# a later complainer of the same account names the first one, the weekday and the case
B2B_FOLLOW: dict[str, list[str]] = {
    "fr": [
        "Je rejoins le message envoyé {weekday} par {firstc} (dossier {ref}). Même problème chez nous : {topic}. {restate}",
        "Suite au signalement fait {weekday} par {firstc}, dossier {ref} : rien n'a changé de notre côté. {restate}",
    ],
    "pt": [
        "Junto-me à mensagem enviada {weekday} por {firstc} (processo {ref}). O mesmo problema aqui: {topic}. {restate}",
        "Na sequência do que {firstc} reportou {weekday}, processo {ref}: nada mudou do nosso lado. {restate}",
    ],
    "en": [
        "Following up the message {firstc} sent {weekday} (case {ref}). Same here: {topic}. {restate}"
    ],
}

B2B_FOLLOW_SUBJECT: dict[str, str] = {
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Processo {ref}",
    "en": "Re: Case {ref}",
}

# the last complainer writes or calls again
B2B_LAST_MAIL: dict[str, str] = {
    "fr": "Bonjour,\n\nDossier {ref} : toujours rien de réglé ({topic}), et plusieurs collègues vous ont écrit. Les achats ont déjà demandé un devis à {comp}.\n\n{first}",
    "pt": "Bom dia,\n\nProcesso {ref}: continua tudo por resolver ({topic}) e vários colegas já vos escreveram. As compras já pediram orçamento à {comp}.\n\n{first}",
    "en": "Hello,\n\nCase {ref}: still nothing fixed ({topic}), and several colleagues have written to you. Procurement has already asked {comp} for a quote.\n\n{first}",
}

B2B_LAST_CALL: dict[str, list[str]] = {
    "fr": [
        "oui bonjour je vous appelle pour le dossier {ref} rien n'est réglé plusieurs collègues vous ont écrit ma directrice dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
        "bonjour c'est au sujet du dossier {ref} c'est toujours pareil on est plusieurs à vous avoir écrit et mon patron veut aller voir ailleurs si rien ne bouge d'ici vendredi",
    ],
    "pt": [
        "bom dia estou a ligar por causa do processo {ref} nada foi resolvido vários colegas já escreveram a minha diretora diz que mudamos de fornecedor se não ficar resolvido esta semana",
        "olá é sobre o processo {ref} continua igual já somos vários a escrever e o meu chefe quer ir para outro fornecedor se nada mudar até sexta",
    ],
    "en": [
        "hi I'm calling about case {ref} nothing's been fixed several of us have written my boss says we move the contract if it isn't sorted this week"
    ],
}

B2B_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {first},\n\nMerci pour votre message, nous avons ouvert le dossier {ref} et le transmettons à votre gestionnaire de compte.\n\n{agent}, Ninnalo Work",
    ),
    "pt": (
        "O seu processo {ref}",
        "Bom dia {first},\n\nObrigado pela mensagem, abrimos o processo {ref} e passámo-lo ao seu gestor de conta.\n\n{agent}, Ninnalo Work",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\n\nThanks for your message, we've opened case {ref} and passed it to your account manager.\n\n{agent}, Ninnalo Work",
    ),
}

B2B_LOW_WORDS: dict[str, list[str]] = {
    "fr": ["Pas tant que ce n'est pas réglé", "", "Déçus"],
    "pt": ["Só quando resolverem", "", "Desiludidos"],
    "en": ["Not until it's fixed", ""],
}

MILD_SUGGEST: dict[str, list[str]] = {
    "es": [
        "Sugerencia: ¿podríais permitir exportar el uso por centro de coste desde el portal? Ahora lo hacemos a mano cada mes.",
        "Una idea: en la confirmación de la reserva nos vendría bien ver la fecha del curso de primeros auxilios de la canguro.",
    ],
    "it": [
        "Suggerimento: sarebbe comodo esportare l'utilizzo per centro di costo dal portale, ora lo facciamo a mano ogni mese.",
        "Un'idea: nella conferma della prenotazione sarebbe utile vedere la data del corso di primo soccorso della babysitter.",
    ],
    "pt": [
        "Sugestão: dava jeito exportar a utilização por centro de custo no portal, agora fazemos isso à mão todos os meses.",
        "Uma ideia: na confirmação da reserva seria útil ver a data da formação de primeiros socorros da babysitter.",
    ],
}

MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "Tu sugerencia",
        "Hola {first},\n\nGracias por la sugerencia, la hemos pasado al equipo del portal.\n\n{agent}, Ninnalo Work",
    ),
    "it": (
        "Il tuo suggerimento",
        "Ciao {first},\n\ngrazie del suggerimento, l'abbiamo passato al team del portale.\n\n{agent}, Ninnalo Work",
    ),
    "pt": (
        "A sua sugestão",
        "Olá {first},\n\nObrigado pela sugestão, já seguiu para a equipa do portal.\n\n{agent}, Ninnalo Work",
    ),
}

WEEKDAYS: dict[str, list[str]] = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": [
        "na segunda",
        "na terça",
        "na quarta",
        "na quinta",
        "na sexta",
        "no sábado",
        "no domingo",
    ],
    "en": [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ],
}

THIS_MORNING: dict[str, str] = {"fr": "ce matin", "pt": "hoje de manhã", "en": "this morning"}
