# ruff: noqa: E501
"""Business-arm wording of heldout92: Saltora Grupos, group sessions on account.

Schools, holiday camps, firms' team days, scout groups, hotels and town youth
services book group sessions through a portal and pay by monthly invoice.
Placeholders: {case}, {first}, {agent}, {comp}, {day}, {p} (the problem),
{t} (its topic), {who} (the first complainer's first name), {company}.
"""

from __future__ import annotations

# (label, price in euros)
GROUP_PRODUCTS: tuple[tuple[str, float], ...] = (
    ("School group 30 pupils 60 min / Grupo escolar 30 alunos 60 min", 240.0),
    ("Holiday camp block 5 mornings / Campo de férias 5 manhãs", 950.0),
    ("Team day 20 adults 90 min / Dia de equipa 20 adultos 90 min", 420.0),
    ("Scout group 15 kids 60 min / Grupo escuteiros 15 crianças 60 min", 135.0),
    ("Hotel guest passes x 25 / Entradas hóspedes x 25", 300.0),
)

PORTAL_PAGES = ("/groups/portal", "/groups/bookings", "/groups/invoices", "/groups/safety-briefing")

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

PROBLEM = {
    "pt": {
        "invoice": "as faturas continuam a sair com o nome antigo da instituição e sem o NIF, a contabilidade não as consegue pagar",
        "service_blocked": "o grupo foi mandado embora à porta porque a conta aparece 'suspensa', apesar de as faturas estarem todas pagas",
        "portal": "o portal de grupos não mostra nenhuma reserva, por isso não conseguimos alterar o número de participantes",
        "overbilled": "fomos cobrados ao preço individual por criança em vez da tarifa de grupo acordada, mais de 400 € de diferença",
    },
    "it": {
        "invoice": "le fatture escono ancora con la vecchia ragione sociale e senza partita IVA, l'amministrazione non può pagarle",
        "service_blocked": "il gruppo è stato respinto all'ingresso perché l'account risulta 'sospeso', anche se le fatture sono tutte pagate",
        "portal": "il portale gruppi non mostra nessuna prenotazione, quindi non possiamo cambiare il numero dei partecipanti",
        "overbilled": "ci avete fatturato il prezzo singolo per bambino invece della tariffa di gruppo concordata, oltre 400 € di differenza",
    },
    "en": {
        "invoice": "invoices still carry our old company name and no PO number, so accounts can't pay them",
        "service_blocked": "our group was turned away at the door because the account shows 'suspended', though every invoice is paid",
        "portal": "the group portal shows no bookings at all, so we can't change participant numbers",
        "overbilled": "we were billed the walk-in price per child instead of our agreed group rate, over £350 difference",
    },
    "es": {
        "invoice": "las facturas siguen saliendo con el nombre antiguo y sin CIF, administración no puede pagarlas",
        "service_blocked": "al grupo no le dejaron entrar porque la cuenta aparece 'suspendida', y todas las facturas están pagadas",
        "portal": "el portal de grupos no muestra ninguna reserva y no podemos cambiar el número de participantes",
        "overbilled": "nos habéis cobrado el precio individual por niño en vez de la tarifa de grupo pactada, más de 400 € de diferencia",
    },
    "fr": {
        "invoice": "les factures portent toujours l'ancienne raison sociale et pas de numéro de TVA, la comptabilité ne peut pas les payer",
        "service_blocked": "notre groupe a été refusé à l'entrée car le compte est 'suspendu', alors que toutes les factures sont payées",
        "portal": "le portail groupes n'affiche aucune réservation, impossible de modifier le nombre de participants",
        "overbilled": "vous nous avez facturé le tarif individuel par enfant au lieu du tarif groupe convenu, plus de 400 € d'écart",
    },
    "de": {
        "invoice": "die Rechnungen kommen immer noch mit dem alten Firmennamen und ohne USt-IdNr., die Buchhaltung kann sie nicht zahlen",
        "service_blocked": "unsere Gruppe wurde am Eingang abgewiesen, weil das Konto 'gesperrt' ist, obwohl alle Rechnungen bezahlt sind",
        "portal": "das Gruppenportal zeigt keine einzige Buchung, wir können die Teilnehmerzahl nicht ändern",
        "overbilled": "uns wurde der Einzelpreis pro Kind statt des vereinbarten Gruppentarifs berechnet, über 400 € Unterschied",
    },
}

TOPIC = {
    "pt": {
        "invoice": "faturas",
        "service_blocked": "grupo recusado à entrada",
        "portal": "portal de grupos",
        "overbilled": "tarifa de grupo",
    },
    "it": {
        "invoice": "fatture",
        "service_blocked": "gruppo respinto all'ingresso",
        "portal": "portale gruppi",
        "overbilled": "tariffa di gruppo",
    },
    "en": {
        "invoice": "invoices",
        "service_blocked": "group turned away",
        "portal": "group portal",
        "overbilled": "group rate",
    },
    "es": {
        "invoice": "facturas",
        "service_blocked": "grupo rechazado en la entrada",
        "portal": "portal de grupos",
        "overbilled": "tarifa de grupo",
    },
    "fr": {
        "invoice": "factures",
        "service_blocked": "groupe refusé à l'entrée",
        "portal": "portail groupes",
        "overbilled": "tarif groupe",
    },
    "de": {
        "invoice": "Rechnungen",
        "service_blocked": "Gruppe abgewiesen",
        "portal": "Gruppenportal",
        "overbilled": "Gruppentarif",
    },
}

FIRST = {
    "pt": (
        "Reclamação: {t}",
        "Bom dia,\n\nescrevo em nome de {company}: {p}. Precisamos disto resolvido com urgência.\n\nCumprimentos,\n{first}",
    ),
    "it": (
        "Reclamo: {t}",
        "Buongiorno,\n\nvi scrivo per conto di {company}: {p}. Ci serve una soluzione urgente.\n\nCordiali saluti,\n{first}",
    ),
    "en": (
        "Complaint: {t}",
        "Good morning,\n\nwriting for {company}: {p}. We need this fixed urgently.\n\nRegards,\n{first}",
    ),
    "es": (
        "Reclamación: {t}",
        "Buenos días:\n\nos escribo en nombre de {company}: {p}. Necesitamos una solución urgente.\n\nSaludos,\n{first}",
    ),
    "fr": (
        "Réclamation : {t}",
        "Bonjour,\n\nje vous écris pour {company} : {p}. Il nous faut une solution rapidement.\n\nCordialement,\n{first}",
    ),
    "de": (
        "Beschwerde: {t}",
        "Guten Morgen,\n\nich schreibe für {company}: {p}. Das muss dringend gelöst werden.\n\nGrüße,\n{first}",
    ),
}

LATER = {
    "pt": (
        "Pedido {case} - {t}",
        "Bom dia,\n\n{who}, cá da casa, já vos escreveu {day} (pedido {case}) e continua igual: {p}. Agora sou eu a ter o problema.\n\n{first}",
    ),
    "it": (
        "Segnalazione {case} - {t}",
        "Buongiorno,\n\n{who} del nostro ufficio vi ha già scritto {day} (segnalazione {case}) ed è tutto uguale: {p}. Ora il problema ce l'ho anch'io.\n\n{first}",
    ),
    "en": (
        "Case {case} - {t}",
        "Hi,\n\nmy colleague {who} already wrote {day} (case {case}) and nothing has changed: {p}. Now it's hitting me too.\n\n{first}",
    ),
    "es": (
        "Incidencia {case} - {t}",
        "Hola:\n\n{who}, de nuestra oficina, ya os escribió {day} (incidencia {case}) y sigue igual: {p}. Ahora me toca a mí.\n\n{first}",
    ),
    "fr": (
        "Demande {case} - {t}",
        "Bonjour,\n\n{who}, de chez nous, vous a déjà écrit {day} (demande {case}) et rien n'a changé : {p}. Maintenant c'est mon tour.\n\n{first}",
    ),
    "de": (
        "Vorgang {case} - {t}",
        "Hallo,\n\n{who} aus unserem Büro hat Ihnen schon {day} geschrieben (Vorgang {case}) und es ist unverändert: {p}. Jetzt trifft es auch mich.\n\n{first}",
    ),
}

ACK = {
    "pt": (
        "Re: {t} - Pedido {case}",
        "Olá {first},\n\nobrigado pela mensagem. Abrimos o pedido {case} e a equipa de Grupos está a analisar.\n\n{agent}, Saltora Grupos",
    ),
    "it": (
        "R: {t} - Segnalazione {case}",
        "Ciao {first},\n\ngrazie del messaggio. Abbiamo aperto la segnalazione {case} e il team Gruppi la sta esaminando.\n\n{agent}, Saltora Gruppi",
    ),
    "en": (
        "Re: {t} - Case {case}",
        "Hi {first},\n\nthanks for your message. We've opened case {case} and the Groups team is looking into it.\n\n{agent}, Saltora Groups",
    ),
    "es": (
        "RE: {t} - Incidencia {case}",
        "Hola {first}:\n\ngracias por el mensaje. Hemos abierto la incidencia {case} y el equipo de Grupos la está revisando.\n\n{agent}, Saltora Grupos",
    ),
    "fr": (
        "RE : {t} - Demande {case}",
        "Bonjour {first},\n\nmerci pour votre message. Nous avons ouvert la demande {case}, l'équipe Groupes l'examine.\n\n{agent}, Saltora Groupes",
    ),
    "de": (
        "AW: {t} - Vorgang {case}",
        "Hallo {first},\n\ndanke für Ihre Nachricht. Wir haben Vorgang {case} angelegt, das Gruppen-Team prüft ihn.\n\n{agent}, Saltora Gruppen",
    ),
}

LAST_EMAIL = {
    "pt": (
        "Pedido {case} - sem solução",
        "Bom dia,\n\npedido {case}: continua tudo igual e já vos escreveram várias colegas. As compras já pediram preços à {comp}.\n\n{first}",
    ),
    "it": (
        "Segnalazione {case} - nessuna soluzione",
        "Buongiorno,\n\nsegnalazione {case}: è ancora tutto uguale e vi hanno già scritto diversi colleghi. L'ufficio acquisti ha già chiesto i prezzi a {comp}.\n\n{first}",
    ),
    "en": (
        "Case {case} - still nothing",
        "Hi,\n\ncase {case}: nothing has changed and several colleagues have written. Procurement has already asked {comp} for their rates.\n\n{first}",
    ),
    "es": (
        "Incidencia {case} - sin solución",
        "Hola:\n\nincidencia {case}: todo sigue igual y os han escrito varios compañeros. Compras ya ha pedido precios a {comp}.\n\n{first}",
    ),
    "fr": (
        "Demande {case} - toujours rien",
        "Bonjour,\n\ndemande {case} : rien n'a changé et plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.\n\n{first}",
    ),
    "de": (
        "Vorgang {case} - immer noch nichts",
        "Hallo,\n\nVorgang {case}: unverändert, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.\n\n{first}",
    ),
}

LAST_CALL = {
    "pt": "sim bom dia é sobre o pedido {case} continua tudo na mesma já escreveram várias pessoas cá da casa e a minha diretora diz que se não ficar resolvido esta semana mudamos de fornecedor",
    "it": "sì buongiorno è per la segnalazione {case} è ancora tutto uguale vi hanno scritto in tanti da noi e la mia direttrice dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "yeah hi it's about case {case} nothing's changed several of us have written and my boss says if it isn't fixed this week we move the account",
    "es": "sí hola es por la incidencia {case} sigue todo igual os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana cambiamos de proveedor",
    "fr": "oui bonjour c'est pour la demande {case} rien n'a changé plusieurs collègues vous ont écrit et ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "de": "ja hallo es geht um Vorgang {case} es hat sich nichts getan mehrere Kollegen haben geschrieben und meine Chefin sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
}

SUGGEST = {
    "pt": (
        "Sugestão: seria útil poder dividir a fatura por turma, para cada turma pagar a sua parte.",
        "Sugestão: enviem o briefing de segurança em PDF antes da visita, para os professores o lerem com os alunos.",
    ),
    "it": (
        "Suggerimento: sarebbe utile poter dividere la fattura per classe, così ogni classe paga la sua parte.",
        "Suggerimento: mandate il briefing di sicurezza in PDF prima della visita, così gli insegnanti lo leggono con gli alunni.",
    ),
    "en": (
        "Suggestion: it would help to split the invoice by class so each class pays its share.",
        "Suggestion: send the safety briefing as a PDF before the visit so teachers can go through it.",
    ),
    "es": (
        "Sugerencia: estaría bien poder dividir la factura por clase.",
        "Sugerencia: mandad la charla de seguridad en PDF antes de la visita.",
    ),
    "fr": (
        "Suggestion : pouvoir diviser la facture par classe serait pratique.",
        "Suggestion : envoyer le briefing sécurité en PDF avant la visite.",
    ),
    "de": (
        "Vorschlag: Rechnung nach Klassen aufteilen wäre praktisch.",
        "Vorschlag: die Sicherheitseinweisung vorab als PDF schicken.",
    ),
}

SUGGEST_ACK = {
    "pt": (
        "Re: sugestão",
        "Olá {first}, obrigado pela sugestão, passámos à equipa de Grupos. {agent}, Saltora Grupos",
    ),
    "it": (
        "R: suggerimento",
        "Ciao {first}, grazie del suggerimento, l'abbiamo girato al team Gruppi. {agent}, Saltora Gruppi",
    ),
    "en": (
        "Re: suggestion",
        "Hi {first}, thanks for the suggestion, passed to the Groups team. {agent}, Saltora Groups",
    ),
    "es": (
        "RE: sugerencia",
        "Hola {first}, gracias por la sugerencia, se la pasamos al equipo de Grupos. {agent}, Saltora Grupos",
    ),
    "fr": (
        "RE : suggestion",
        "Bonjour {first}, merci pour la suggestion, transmise à l'équipe Groupes. {agent}, Saltora Groupes",
    ),
    "de": (
        "AW: Vorschlag",
        "Hallo {first}, danke für den Vorschlag, ist beim Gruppen-Team. {agent}, Saltora Gruppen",
    ),
}

CHATQ = {
    "pt": (
        (
            "Bom dia, para um grupo de 30 alunos quantos monitores estão incluídos?",
            "Bom dia! Para 30 alunos estão incluídos 3 monitores. Boa visita!",
        ),
        (
            "Podemos trocar a visita de terça para quinta na mesma semana?",
            "Olá! Pode sim, já troquei no portal para quinta às 10h.",
        ),
        (
            "Os professores acompanhantes pagam entrada?",
            "Bom dia! Não, até 3 acompanhantes por grupo entram sem custo.",
        ),
    ),
    "it": (
        (
            "Buongiorno, per un gruppo di 30 alunni quanti animatori sono inclusi?",
            "Buongiorno! Per 30 alunni sono inclusi 3 animatori. Buona visita!",
        ),
        (
            "Possiamo spostare la visita da martedì a giovedì della stessa settimana?",
            "Ciao! Certo, ho già spostato sul portale a giovedì alle 10.",
        ),
        (
            "Gli insegnanti accompagnatori pagano l'ingresso?",
            "Buongiorno! No, fino a 3 accompagnatori per gruppo entrano gratis.",
        ),
    ),
    "en": (
        (
            "Morning, how many staff come with a group of 30?",
            "Morning! Three hosts are included for 30. Enjoy the visit!",
        ),
    ),
    "es": (
        (
            "Buenos días, ¿cuántos monitores van con un grupo de 30?",
            "¡Buenos días! Para 30 van 3 monitores incluidos.",
        ),
    ),
    "fr": (
        (
            "Bonjour, combien d'animateurs pour un groupe de 30 ?",
            "Bonjour ! Trois animateurs sont inclus pour 30.",
        ),
    ),
    "de": (
        (
            "Guten Morgen, wie viele Betreuer sind bei 30 Kindern dabei?",
            "Guten Morgen! Bei 30 sind drei Betreuer inklusive.",
        ),
    ),
}

THANKS = {
    "pt": ("Obrigada!", "Perfeito, obrigado"),
    "it": ("Grazie!", "Perfetto, grazie"),
    "en": ("Thanks!",),
    "es": ("¡Gracias!",),
    "fr": ("Merci !",),
    "de": ("Danke!",),
}

PRAISE = {
    "pt": (
        "Visita de estudo à Saltora com o 4.º ano: monitores excelentes e tudo organizado. Repetimos em maio",
        "Dia de equipa na Saltora, 20 adultos a saltar feitos crianças. Recomendo a outras empresas",
    ),
    "it": (
        "Gita scolastica da Saltora con la quarta: animatori eccellenti e tutto organizzato. Ci torniamo a maggio",
        "Team day da Saltora, 20 adulti a saltare come bambini. Consigliato ad altre aziende",
    ),
    "en": (
        "School trip to Saltora with Year 4: brilliant staff, everything organised. Booked again for May",
    ),
    "es": ("Excursión del colegio a Saltora: monitores excelentes y todo organizado",),
    "fr": ("Sortie scolaire chez Saltora : animateurs excellents, tout était organisé",),
    "de": ("Klassenausflug zu Saltora: tolle Betreuer, alles bestens organisiert",),
}

SURVEY_WORDS = {
    "pt": ("Muito bom", ""),
    "it": ("Molto bene", ""),
    "en": ("Very good", ""),
    "es": ("Muy bien", ""),
    "fr": ("Très bien", ""),
    "de": ("Sehr gut", ""),
}

NPS_LOW_WORDS = {
    "pt": ("Muito insatisfeitos com a faturação", "", "inaceitável"),
    "it": ("Molto scontenti", "", "inaccettabile"),
    "en": ("Unhappy", ""),
    "es": ("Muy descontentos", ""),
    "fr": ("Très déçus", ""),
    "de": ("Sehr unzufrieden", ""),
}
