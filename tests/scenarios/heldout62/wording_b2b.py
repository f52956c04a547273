# ruff: noqa: E501
"""Wording of heldout62's business arm, Certalia Pro (certificates ordered on account).

Estate agencies, letting agents, property managers, housing co-operatives, municipalities,
developers and student-housing operators order energy certificates for many homes through a
portal and pay on monthly invoices. Written from the stories, blind.
Placeholders: {brand}, {name}, {agent}, {case}, {first}, {day}, {comp}, {company}.
"""

from __future__ import annotations

B2B_PRODUCTS: list[tuple[str, int]] = [
    ("Certificate batch, 10 homes / Lote de 10 certificados", 790),
    ("Block of flats certificate / Certificado de edificio completo", 1450),
    ("Commercial premises certificate / Certificado de local comercial", 260),
    ("Re-certification after works / Recertificación tras obra", 120),
]
B2B_PAGES = [
    "/pro/orders",
    "/pro/portfolio",
    "/pro/invoices",
    "/pro/certificates",
    "/pro/framework",
]

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "facturas sin referencia de inmueble ni de pedido",
        "service_blocked": "cuenta bloqueada para nuevos pedidos estando todo pagado",
        "portal": "los certificados terminados no aparecen en el portal",
        "overbilled": "nos facturáis a precio de particular y no el del acuerdo marco",
    },
    "de": {
        "invoice": "Rechnungen ohne Objekt- und Bestellnummer",
        "service_blocked": "Konto für neue Aufträge gesperrt, obwohl alles bezahlt ist",
        "portal": "fertige Ausweise erscheinen nicht im Portal",
        "overbilled": "Abrechnung zum Endkundenpreis statt zum Rahmenvertragspreis",
    },
    "it": {
        "invoice": "fatture senza riferimento immobile né ordine",
        "service_blocked": "account bloccato per nuovi ordini pur avendo pagato tutto",
        "portal": "gli APE completati non compaiono nel portale",
        "overbilled": "fatturati a prezzo privati invece che a prezzo convenzione",
    },
    "fr": {
        "invoice": "factures sans référence de bien ni bon de commande",
        "service_blocked": "compte bloqué pour les nouvelles commandes alors que tout est payé",
        "portal": "les DPE terminés n'apparaissent pas dans le portail",
        "overbilled": "facturation au prix particulier au lieu du tarif cadre",
    },
    "en": {
        "invoice": "invoices with no property or PO reference",
        "service_blocked": "account blocked for new orders though everything is paid",
        "portal": "finished EPCs not showing in the portal",
        "overbilled": "billed at retail price instead of the framework rate",
    },
    "pt": {
        "invoice": "faturas sem referência do imóvel nem da encomenda",
        "service_blocked": "conta bloqueada para novas encomendas com tudo pago",
        "portal": "os certificados concluídos não aparecem no portal",
        "overbilled": "faturado ao preço de particular e não ao preço do acordo",
    },
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "es": {
        "invoice": "Buenos días,\n\nlas facturas de este mes vuelven a llegar a la central sin referencia de inmueble ni número de pedido. Tenemos 34 certificados de tres oficinas mezclados y contabilidad no puede imputarlos a cada propietario, así que no se pagan. Necesitamos que se reemitan con la referencia de cada vivienda.\n\nUn saludo,\n{name}\n{company}",
        "service_blocked": 'Buenos días,\n\nhoy al pedir cuatro certificados el portal nos dice "cuenta en suspenso" y no deja seguir. Tenemos todas las facturas pagadas, adjunto justificantes. Tenemos viviendas paradas sin poder publicarlas.\n\n{name}\n{company}',
        "portal": 'Hola,\n\nlos certificados que el técnico terminó la semana pasada no aparecen en el portal. Salen como "en curso" y no podemos descargarlos para los anuncios ni para los compradores. Son 11 viviendas.\n\nUn saludo,\n{name}\n{company}',
        "overbilled": "Buenos días,\n\nla factura de octubre aplica el precio de particular (95 € por piso) y no los 68 € de nuestro acuerdo marco. Son más de 1.000 € de diferencia en 40 certificados. Por favor, rectificad.\n\n{name}\n{company}",
    },
    "de": {
        "invoice": "Guten Tag,\n\ndie Rechnungen dieses Monats kommen wieder ohne Objekt- und Bestellnummer an die Zentrale. 28 Ausweise aus drei Verwaltungen durcheinander, unsere Buchhaltung kann sie den Eigentümern nicht zuordnen und gibt sie deshalb nicht frei. Bitte neu ausstellen, mit Objektnummer.\n\nMit freundlichen Grüßen\n{name}\n{company}",
        "service_blocked": 'Guten Tag,\n\nbeim Bestellen von fünf Ausweisen sagt das Portal seit heute früh "Konto gesperrt". Alle Rechnungen sind bezahlt, Zahlungsnachweise hänge ich an. Wir haben Wohnungen, die wir ohne Ausweis nicht inserieren dürfen.\n\nGruß\n{name}\n{company}',
        "portal": 'Hallo,\n\ndie Ausweise, die Ihr Gutachter letzte Woche fertig gemacht hat, tauchen im Portal nicht auf, alles steht auf "in Bearbeitung". Wir können sie weder den Mietinteressenten zeigen noch herunterladen. Es geht um 14 Wohnungen.\n\nViele Grüße\n{name}\n{company}',
        "overbilled": "Guten Tag,\n\ndie Oktoberrechnung rechnet den Endkundenpreis von 95 € pro Wohnung ab statt der 68 € aus unserem Rahmenvertrag. Bei 40 Ausweisen sind das über 1.000 € Differenz. Bitte korrigieren.\n\n{name}\n{company}",
    },
    "it": {
        "invoice": "Buongiorno,\n\nle fatture di questo mese arrivano di nuovo in sede senza riferimento immobile né numero d'ordine, l'amministrazione non riesce ad attribuirle ai proprietari. Vi chiediamo di riemetterle.\n\nCordiali saluti,\n{name}\n{company}",
        "service_blocked": 'Buongiorno,\n\nil portale ci dice "account sospeso" quando ordiniamo nuovi APE, ma abbiamo pagato tutto. Abbiamo appartamenti fermi.\n\n{name}\n{company}',
        "portal": 'Buongiorno,\n\ngli APE completati la settimana scorsa non compaiono nel portale, risultano "in lavorazione". Non possiamo scaricarli per gli annunci. Sono 9 immobili.\n\nSaluti,\n{name}\n{company}',
        "overbilled": "Buongiorno,\n\nla fattura di ottobre applica il prezzo privati e non quello della convenzione. Sono oltre 1.000 € di differenza.\n\n{name}\n{company}",
    },
    "fr": {
        "invoice": "Bonjour,\n\nles factures du mois arrivent encore au siège sans référence de bien ni bon de commande, la comptabilité ne peut pas les affecter aux propriétaires. Merci de les rééditer.\n\nCordialement,\n{name}\n{company}",
        "service_blocked": 'Bonjour,\n\ndepuis ce matin le portail affiche "compte suspendu" quand nous commandons des DPE, alors que toutes les factures sont réglées (justificatifs joints). Nous avons des logements à louer bloqués sans DPE.\n\nCordialement,\n{name}\n{company}',
        "portal": 'Bonjour,\n\nles DPE terminés la semaine dernière n\'apparaissent pas dans le portail, ils restent "en cours". Impossible de les télécharger pour les annonces.\n\n{name}\n{company}',
        "overbilled": "Bonjour,\n\nla facture d'octobre applique le prix particulier et non notre tarif cadre. Plus de 1 000 € d'écart.\n\n{name}\n{company}",
    },
    "en": {
        "invoice": "Hi,\n\nthis month's invoices have come to head office again with no property or PO reference, so accounts can't match them to landlords and won't pay them. Please reissue with the property reference on each line.\n\nThanks,\n{name}\n{company}",
        "service_blocked": "Hi,\n\nthe portal says \"account on hold\" when we try to order EPCs, but every invoice is paid. We've got lets we can't advertise.\n\n{name}\n{company}",
        "portal": "Hi,\n\nthe EPCs your assessor finished last week aren't showing in the portal, still \"in progress\". We can't download them for the listings.\n\n{name}\n{company}",
        "overbilled": "Hi,\n\nOctober's invoice charges the retail price, not our framework rate. That's over £800 out across 40 EPCs.\n\n{name}\n{company}",
    },
    "pt": {
        "invoice": "Bom dia,\n\nas faturas deste mês chegaram outra vez à sede sem referência do imóvel nem da encomenda. A contabilidade não as consegue imputar.\n\nCumprimentos,\n{name}\n{company}",
        "service_blocked": 'Bom dia,\n\no portal diz "conta suspensa" quando encomendamos certificados, mas está tudo pago (comprovativos em anexo). Temos casas paradas.\n\n{name}\n{company}',
        "portal": 'Bom dia,\n\nos certificados concluídos na semana passada não aparecem no portal, continuam "em curso". Não os conseguimos descarregar.\n\n{name}\n{company}',
        "overbilled": "Bom dia,\n\na fatura de outubro aplica o preço de particular e não o do acordo. São mais de 1.000 € de diferença.\n\n{name}\n{company}",
    },
}

# A colleague of the first complainer writes about the same problem.
B2B_LATER: dict[str, list[str]] = {
    "es": [
        "Hola,\n\nos escribo por lo mismo que os contó {first} el {day} (incidencia {case}): {topic}. Me afecta a mí también, en mi oficina tengo la misma situación y los propietarios preguntando.\n\n{name}\n{company}",
        "Buenas,\n\nsigo con la incidencia {case} que abrió {first} el {day}. {topic_cap}, igual que antes. Esto nos está costando dinero.\n\n{name}",
    ],
    "de": [
        "Guten Tag,\n\nich schreibe wegen derselben Sache, die {first} Ihnen am {day} gemeldet hat (Vorgang {case}): {topic}. Bei mir in der Verwaltung genau dasselbe, die Eigentümer fragen schon.\n\n{name}\n{company}",
        "Hallo,\n\nzu Vorgang {case}, den {first} am {day} eröffnet hat: {topic_cap}, unverändert. Das kostet uns langsam richtig Geld.\n\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nje vous écris pour le même problème que {first} vous a signalé {day} (dossier {case}) : {topic}. Même chose dans mon agence.\n\n{name}\n{company}"
    ],
    "it": [
        "Buongiorno,\n\nscrivo per lo stesso problema segnalato da {first} {day} (segnalazione {case}): {topic}. Anche da me uguale.\n\n{name}\n{company}"
    ],
    "en": [
        "Hi,\n\nsame issue {first} reported on {day} (case {case}): {topic}. Same in my branch.\n\n{name}\n{company}"
    ],
    "pt": [
        "Bom dia,\n\nescrevo pelo mesmo problema que a {first} reportou {day} (pedido {case}): {topic}. Na minha loja igual.\n\n{name}\n{company}"
    ],
}
B2B_LAST_EMAIL: dict[str, str] = {
    "es": "Buenos días,\n\nincidencia {case}: seguimos exactamente igual, {topic}. Os hemos escrito ya varios compañeros y nadie da una solución. Compras ya ha pedido tarifas a {comp}.\n\n{name}\n{company}",
    "de": "Guten Tag,\n\nVorgang {case}: unverändert, {topic}. Mehrere Kollegen haben Ihnen geschrieben, keine Lösung. Unser Einkauf hat bereits bei {comp} Preise angefragt.\n\n{name}\n{company}",
    "fr": "Bonjour,\n\ndossier {case} : toujours pareil, {topic}. Plusieurs collègues vous ont écrit, aucune solution. Nos achats ont déjà demandé les tarifs de {comp}.\n\n{name}\n{company}",
    "it": "Buongiorno,\n\nsegnalazione {case}: tutto uguale, {topic}. Vi abbiamo scritto in diversi. Gli acquisti hanno già chiesto i prezzi a {comp}.\n\n{name}\n{company}",
    "en": "Hi,\n\ncase {case}: no change, {topic}. Several of us have written in. Procurement has already asked {comp} for rates.\n\n{name}\n{company}",
    "pt": "Bom dia,\n\npedido {case}: tudo igual, {topic}. Já vos escreveram vários colegas. As compras já pediram preços à {comp}.\n\n{name}\n{company}",
}
B2B_LAST_CALL: dict[str, str] = {
    "es": "buenos días llamo de {company} por la incidencia {case} que sigue igual ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor",
    "de": "guten Tag hier ist {company} es geht um Vorgang {case} da hat sich nichts getan mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht gelöst ist wechseln wir den Anbieter",
    "fr": "bonjour c'est {company} pour le dossier {case} toujours rien plusieurs collègues vous ont écrit et ma directrice dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "it": "buongiorno chiamo da {company} per la segnalazione {case} ancora niente vi hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore",
    "en": "hi it's {company} about case {case} still nothing several of us have written and my boss says if it's not sorted this week we move the account",
    "pt": "bom dia ligo da {company} por causa do pedido {case} continua igual já vos escreveram vários colegas e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor",
}
B2B_ACK: dict[str, str] = {
    "es": "Hola {name}, gracias por avisar. Lo tenemos abierto como incidencia {case} y lo está revisando el equipo de cuentas Pro. Un saludo, {agent}, {brand} Pro",
    "de": "Guten Tag {name}, danke für die Meldung. Wir führen das unter Vorgang {case}, das Pro-Kundenteam prüft es. Viele Grüße, {agent}, {brand} Pro",
    "fr": "Bonjour {name}, merci. Nous suivons cela dans le dossier {case}, l'équipe comptes Pro s'en occupe. Cordialement, {agent}, {brand} Pro",
    "it": "Gentile {name}, grazie. Lo seguiamo come segnalazione {case}, se ne occupa il team Pro. Saluti, {agent}, {brand} Pro",
    "en": "Hi {name}, thanks for letting us know. We're tracking this as case {case} with the Pro accounts team. Best, {agent}, {brand} Pro",
    "pt": "Olá {name}, obrigado. Estamos a tratar no pedido {case} com a equipa Pro. Cumprimentos, {agent}, {brand} Pro",
}
B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Una sugerencia: estaría bien poder exportar los certificados del portal con nuestra referencia interna de inmueble, ahora lo hacemos a mano.",
        "Sería útil que la lista del portal mostrara el número de registro de cada certificado sin tener que abrir el PDF.",
    ],
    "de": [
        "Ein Vorschlag: könnten wir im Portal die Ausweise mit unserer internen Objektnummer exportieren? Machen wir gerade von Hand.",
        "Praktisch wäre, wenn die Portalliste die Registriernummer direkt anzeigt, ohne das PDF zu öffnen.",
    ],
    "it": [
        "Un suggerimento: sarebbe comodo esportare gli APE con il nostro codice immobile interno.",
        "Sarebbe utile vedere il numero di registrazione nell'elenco del portale.",
    ],
    "fr": [
        "Une suggestion : pouvoir exporter les DPE avec notre référence interne de bien.",
        "Ce serait pratique d'afficher le numéro d'enregistrement dans la liste du portail.",
    ],
    "en": [
        "Small suggestion: could the portal export EPCs with our own property reference? We do it by hand at the moment.",
        "Would be handy if the portal list showed each EPC's registration number without opening the PDF.",
    ],
    "pt": [
        "Sugestão: poder exportar os certificados com a nossa referência interna do imóvel.",
        "Seria útil ver o número de registo na lista do portal.",
    ],
}
B2B_MILD_ACK: dict[str, str] = {
    "es": "Hola {name}, gracias por la sugerencia, se la pasamos al equipo del portal. Un saludo, {agent}",
    "de": "Guten Tag {name}, danke für den Vorschlag, wir geben ihn an das Portal-Team weiter. Viele Grüße, {agent}",
    "it": "Gentile {name}, grazie del suggerimento, lo giriamo al team del portale. Saluti, {agent}",
    "fr": "Bonjour {name}, merci pour la suggestion, transmise à l'équipe du portail. Cordialement, {agent}",
    "en": "Hi {name}, thanks for the suggestion, passed on to the portal team. Best, {agent}",
    "pt": "Olá {name}, obrigado pela sugestão, passámos à equipa do portal. Cumprimentos, {agent}",
}
B2B_CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, podemos pedir 6 certificados en el mismo edificio con una sola visita?",
            'Hola, sí: marcad "mismo edificio" en el pedido y el técnico los hace en una mañana.',
        ),
        (
            "Buenas, el técnico puede recoger las llaves en nuestra oficina?",
            "Sí, indicadlo en observaciones del pedido con el horario de la oficina.",
        ),
    ],
    "de": [
        (
            "Hallo, können wir für ein ganzes Haus mit 8 Einheiten einen Sammeltermin buchen?",
            'Hallo, ja, im Portal "Sammeltermin" wählen, der Gutachter macht alles an einem Tag.',
        ),
        (
            "Kann der Gutachter die Schlüssel bei uns im Büro abholen?",
            "Ja, bitte im Auftrag unter Hinweise eintragen, mit Öffnungszeiten.",
        ),
    ],
    "it": [
        (
            "Salve, possiamo ordinare più APE nello stesso stabile con un solo sopralluogo?",
            'Sì, selezioni "stesso stabile" nell\'ordine.',
        )
    ],
    "fr": [
        (
            "Bonjour, peut-on grouper plusieurs DPE dans le même immeuble ?",
            'Oui, cochez "même immeuble" dans la commande.',
        )
    ],
    "en": [
        (
            "Hi, can we book several EPCs in one block on the same visit?",
            'Yes, tick "same building" on the order.',
        )
    ],
    "pt": [
        (
            "Olá, podemos agrupar vários certificados no mesmo prédio?",
            'Sim, selecione "mesmo prédio" na encomenda.',
        )
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Llevamos un año con {brand} Pro para la cartera de alquiler y los plazos se cumplen siempre. Recomendable para agencias",
        "El técnico de {brand} hizo 9 pisos en una mañana y sin molestar a los inquilinos. Así da gusto",
    ],
    "de": [
        "Seit einem Jahr bestellen wir alle Ausweise über {brand} Pro, Termine werden gehalten. Für Verwaltungen zu empfehlen",
        "Der Gutachter von {brand} hat 12 Einheiten an einem Tag geschafft, Mieter waren zufrieden",
    ],
    "it": ["Con {brand} Pro gestiamo tutti gli APE delle locazioni, sempre puntuali"],
    "fr": ["Avec {brand} Pro tous nos DPE de gestion locative sont dans les délais. Je recommande"],
    "en": ["We've run all our lettings EPCs through {brand} Pro for a year now, always on time"],
    "pt": ["Com a {brand} Pro tratamos todos os certificados da carteira, sempre dentro do prazo"],
}
B2B_THANKS: dict[str, list[str]] = {
    "es": ["perfecto, gracias", "genial gracias"],
    "de": ["danke!", "super, danke"],
    "it": ["grazie"],
    "fr": ["merci"],
    "en": ["thanks"],
    "pt": ["obrigado"],
}
WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
