# ruff: noqa: E501
"""Wording for heldout71's business arm, Potalia Pro: grounds and tree care for organisations on account.

Placeholders: {case} a case reference, {first} the first complainer's first name, {wd} a
weekday (or "this morning"), {comp} a competitor, {name} the contact's first name.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "facturas sin pedido ni centro de coste",
        "it": "fatture senza ordine né centro di costo",
        "de": "Rechnungen ohne Bestellnummer und Kostenstelle",
        "en": "invoices without PO or cost centre",
        "fr": "factures sans bon de commande",
        "pt": "faturas sem nota de encomenda",
    },
    "service_blocked": {
        "es": "equipos no enviados: cuenta bloqueada",
        "it": "squadre non inviate: conto bloccato",
        "de": "keine Teams: Konto gesperrt",
        "en": "no crews sent: account on hold",
        "fr": "aucune équipe : compte bloqué",
        "pt": "equipas não enviadas: conta bloqueada",
    },
    "portal": {
        "es": "el portal no muestra trabajos terminados",
        "it": "il portale non mostra i lavori finiti",
        "de": "Portal zeigt keine erledigten Aufträge",
        "en": "portal shows no completed jobs",
        "fr": "le portail n'affiche aucune intervention terminée",
        "pt": "o portal não mostra trabalhos concluídos",
    },
    "overbilled": {
        "es": "tarifa de urgencia en trabajos programados",
        "it": "tariffa d'urgenza su lavori programmati",
        "de": "Notfalltarif für geplante Arbeiten",
        "en": "emergency rate on scheduled work",
        "fr": "tarif d'urgence sur travaux planifiés",
        "pt": "tarifa de urgência em trabalhos programados",
    },
}

B2B_CORE: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "Las facturas de octubre de Potalia Pro vienen sin número de pedido y sin centro de coste, y con la dirección fiscal antigua. Nuestro sistema de compras las rechaza todas y contabilidad no puede pagarlas. Hacen falta rectificativas con el pedido y el centro de coste de cada sede.",
        "it": "Le fatture di ottobre di Potalia Pro arrivano senza numero d'ordine, senza centro di costo e con la vecchia sede legale. Il nostro gestionale acquisti le scarta tutte e l'amministrazione non può pagarle. Servono note di credito e fatture nuove con ordine e centro di costo per ogni sede.",
        "de": "Die Oktoberrechnungen von Potalia Pro haben keine Bestellnummer, keine Kostenstelle und die alte Anschrift. Unser Einkaufssystem lehnt alle ab, die Buchhaltung kann nicht zahlen. Wir brauchen korrigierte Rechnungen je Standort.",
        "en": "Potalia Pro's October invoices have no PO number, no cost centre and the old registered address. Our purchasing system rejects every one and accounts can't pay them. We need corrected invoices per site.",
        "fr": "Les factures d'octobre de Potalia Pro n'ont ni bon de commande ni centre de coût, et l'ancienne adresse. Notre système achats les rejette toutes. Il nous faut des factures rectifiées par site.",
        "pt": "As faturas de outubro da Potalia Pro vêm sem nota de encomenda, sem centro de custo e com a morada antiga. O nosso sistema de compras rejeita todas. Precisamos de faturas retificadas por local.",
    },
    "service_blocked": {
        "es": "Esta mañana el equipo de poda no ha venido y en el portal pone 'cuenta en suspenso por impago'. Está todo pagado, tengo los justificantes de las transferencias. Tenemos ramas rotas sobre la zona de juegos después del viento y no puedo abrirla.",
        "it": "Stamattina la squadra non è venuta e nel portale c'è scritto 'conto sospeso per mancato pagamento'. È tutto pagato, ho le contabili dei bonifici. Abbiamo rami spezzati sopra l'area giochi dopo il vento e non posso riaprirla.",
        "de": "Heute früh kam kein Team, im Portal steht 'Konto wegen Zahlungsrückstand gesperrt'. Alles ist bezahlt, Überweisungsbelege liegen vor. Nach dem Sturm hängen Äste über dem Spielplatz.",
        "en": "No crew this morning and the portal says 'account on hold for non-payment'. Everything is paid, I have the transfer receipts. We have broken limbs over the play area after the wind and can't open it.",
        "fr": "Aucune équipe ce matin et le portail affiche 'compte suspendu pour impayé'. Tout est payé, j'ai les preuves de virement. Des branches cassées pendent au-dessus de l'aire de jeux.",
        "pt": "Esta manhã a equipa não veio e o portal diz 'conta suspensa por falta de pagamento'. Está tudo pago, tenho os comprovativos. Há ramos partidos sobre o parque infantil.",
    },
    "portal": {
        "es": "El portal de Potalia Pro no muestra ningún trabajo terminado desde el día 1. Sin eso no puedo firmar los partes ni pasar las certificaciones a la propiedad, y el mes se cierra el viernes.",
        "it": "Il portale di Potalia Pro non mostra nessun lavoro concluso dal giorno 1. Senza quello non posso firmare i rapportini né passare gli stati di avanzamento alla proprietà, e il mese chiude venerdì.",
        "de": "Das Portal von Potalia Pro zeigt seit dem 1. keinen erledigten Auftrag. Ohne das kann ich keine Leistungsnachweise abzeichnen, und der Monat schließt am Freitag.",
        "en": "The Potalia Pro portal shows no completed jobs since the 1st. Without that I can't sign off the work sheets for the owners, and the month closes on Friday.",
        "fr": "Le portail Potalia Pro n'affiche aucune intervention terminée depuis le 1er. Impossible de valider les bons d'intervention, et le mois clôture vendredi.",
        "pt": "O portal da Potalia Pro não mostra nenhum trabalho concluído desde dia 1. Sem isso não consigo assinar as folhas de obra e o mês fecha sexta.",
    },
    "overbilled": {
        "es": "Nos estáis facturando la tarifa de urgencia (salida en 24 h) en las podas programadas del contrato. En dos sedes son más de 900 € de diferencia solo este mes.",
        "it": "Ci state fatturando la tariffa d'urgenza (uscita entro 24 h) sulle potature programmate da contratto. Su due sedi sono oltre 900 € di differenza solo questo mese.",
        "de": "Ihr berechnet den Notfalltarif (Einsatz binnen 24 h) für die planmäßigen Schnitte aus dem Vertrag. Bei zwei Standorten über 900 € Differenz allein diesen Monat.",
        "en": "You are billing the emergency rate (24 h call-out) for the scheduled pruning in our contract. Over £800 difference across two sites this month alone.",
        "fr": "Vous facturez le tarif d'urgence (intervention sous 24 h) sur les tailles planifiées du contrat. Plus de 900 € d'écart sur deux sites ce mois-ci.",
        "pt": "Estão a faturar a tarifa de urgência (saída em 24 h) nas podas programadas do contrato. Mais de 900 € de diferença em dois locais só este mês.",
    },
}

B2B_LATER: dict[str, str] = {
    "es": "Hola, escribo por lo mismo que {first} el {wd}, incidencia {case}. Sigue igual: {core}",
    "it": "Buongiorno, scrivo per la stessa cosa di {first} di {wd}, segnalazione {case}. Ancora uguale: {core}",
    "de": "Hallo, es geht um dasselbe wie bei {first} am {wd}, Vorgang {case}. Unverändert: {core}",
    "en": "Hi, writing about the same thing {first} raised on {wd}, case {case}. Still the same: {core}",
    "fr": "Bonjour, même sujet que {first} {wd}, demande {case}. Toujours pareil : {core}",
    "pt": "Olá, escrevo pelo mesmo que {first} na {wd}, pedido {case}. Continua igual: {core}",
}
B2B_LAST_EMAIL: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Seguimos sin solución en la incidencia {case} y ya os hemos escrito varios compañeros. Compras ya ha pedido tarifas a {comp}.",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Ancora nessuna soluzione sulla segnalazione {case} e vi abbiamo scritto in diversi colleghi. L'ufficio acquisti ha già chiesto un'offerta a {comp}.",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Immer noch keine Lösung zu {case}, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt.",
    ),
    "en": (
        "Re: Your case {case}",
        "Still nothing fixed on case {case} and several of us have written. Procurement has already asked {comp} for their rates.",
    ),
    "fr": (
        "RE : Demande {case}",
        "Toujours rien sur la demande {case}, plusieurs collègues vous ont écrit. Les achats ont déjà demandé les tarifs de {comp}.",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Continua sem solução o pedido {case} e já vos escrevemos vários colegas. As compras já pediram preços à {comp}.",
    ),
}
B2B_LAST_CALL: dict[str, str] = {
    "es": "sí hola llamo por la incidencia {case} que sigue sin arreglar ya os han escrito varios compañeros míos y mi jefe dice que si no se arregla esta semana nos vamos a otra empresa",
    "it": "sì buongiorno chiamo per la segnalazione {case} che non è ancora risolta vi hanno già scritto diversi colleghi e il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "de": "ja hallo ich rufe wegen Vorgang {case} an das ist immer noch nicht gelöst mehrere Kollegen haben geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir",
    "en": "hi yes calling about case {case} still not fixed several of my colleagues have written and my boss says we move the account if its not sorted this week",
    "fr": "oui bonjour j'appelle pour la demande {case} toujours pas réglée plusieurs collègues vous ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine",
    "pt": "olá ligo por causa do pedido {case} que continua por resolver vários colegas já escreveram e o meu chefe diz que mudamos de empresa se não ficar resolvido esta semana",
}
B2B_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Incidencia {case}",
        "Hola {name}, gracias por avisar. Hemos abierto la incidencia {case} para vuestra cuenta y la lleva vuestra gestora. Os decimos algo en 48 h. Potalia Pro",
    ),
    "it": (
        "R: Segnalazione {case}",
        "Gentile {name}, grazie della segnalazione. Abbiamo aperto la pratica {case} per il vostro conto, la segue la vostra referente. Vi aggiorniamo entro 48 h. Potalia Pro",
    ),
    "de": (
        "AW: Vorgang {case}",
        "Hallo {name}, danke. Wir haben den Vorgang {case} für Ihr Konto angelegt, Ihre Betreuerin kümmert sich. Rückmeldung binnen 48 h. Potalia Pro",
    ),
    "en": (
        "Re: Your case {case}",
        "Hi {name}, thanks. We've opened case {case} on your account and your account manager has it. We'll update you within 48 h. Potalia Pro",
    ),
    "fr": (
        "RE : Demande {case}",
        "Bonjour {name}, merci. Demande {case} ouverte sur votre compte, suivie par votre chargée de compte. Retour sous 48 h. Potalia Pro",
    ),
    "pt": (
        "RE: Pedido {case}",
        "Olá {name}, obrigado. Abrimos o pedido {case} na vossa conta, com a vossa gestora. Resposta em 48 h. Potalia Pro",
    ),
}
B2B_CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, puedo añadir una sede nueva al contrato desde el portal?",
            "Hola, sí: Portal > Sedes > Añadir. Tu gestora la valida en el día.",
        ),
        (
            "la poda de los plátanos del parking se puede hacer en agosto que está vacío?",
            "Sí, se puede programar en agosto. Déjalo como comentario en la orden y lo cuadramos.",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso aggiungere una nuova sede al contratto dal portale?",
            "Buongiorno, sì: Portale > Sedi > Aggiungi. La referente la conferma in giornata.",
        ),
        (
            "la potatura dei platani del parcheggio si può fare ad agosto quando è vuoto?",
            "Sì, si può programmare ad agosto. Lo scriva come nota nell'ordine e lo organizziamo.",
        ),
    ],
    "de": [
        (
            "Kann ich im Portal einen neuen Standort anlegen?",
            "Ja: Portal > Standorte > Hinzufügen. Ihre Betreuerin bestätigt am selben Tag.",
        )
    ],
    "en": [
        (
            "Can I add a new site to the contract from the portal?",
            "Yes: Portal > Sites > Add. Your account manager confirms it the same day.",
        )
    ],
    "fr": [
        (
            "Je peux ajouter un site au contrat depuis le portail ?",
            "Oui : Portail > Sites > Ajouter. Votre chargée valide dans la journée.",
        )
    ],
    "pt": [
        (
            "Posso adicionar um novo local ao contrato pelo portal?",
            "Sim: Portal > Locais > Adicionar. A gestora confirma no mesmo dia.",
        )
    ],
}
B2B_THANKS: dict[str, str] = {
    "es": "Perfecto, gracias",
    "it": "Perfetto, grazie",
    "de": "Danke!",
    "en": "Great, thanks",
    "fr": "Merci !",
    "pt": "Obrigado!",
}
B2B_PRAISE: dict[str, list[str]] = {
    "es": [
        "Un año con Potalia Pro en las tres sedes y ni una queja de los vecinos. El equipo de Sergio es un reloj",
        "Tras el temporal tuvieron la arboleda del colegio revisada antes de las 9. Chapó",
    ],
    "it": [
        "Un anno con Potalia Pro su tre sedi e nessuna lamentela dei condomini. La squadra di Luca è un orologio",
        "Dopo il temporale hanno controllato gli alberi della scuola prima delle 9. Complimenti",
    ],
    "de": ["Seit einem Jahr Potalia Pro an drei Standorten, keine einzige Beschwerde"],
    "en": ["A year with Potalia Pro across three sites and not one complaint from residents"],
    "fr": ["Un an avec Potalia Pro sur trois sites, aucune plainte des résidents"],
    "pt": ["Um ano com a Potalia Pro em três locais e nem uma queixa"],
}
B2B_MILD: dict[str, list[str]] = {
    "es": [
        "Sugerencia: estaría bien poder exportar los costes por centro de coste en Excel desde el portal",
        "Estaría bien que los partes incluyeran la fecha de la última revisión de cada árbol",
    ],
    "it": [
        "Suggerimento: sarebbe comodo esportare i costi per centro di costo in Excel dal portale",
        "Sarebbe utile avere nei rapportini la data dell'ultimo controllo di ogni albero",
    ],
    "de": [
        "Vorschlag: Kosten je Kostenstelle als Excel exportieren",
        "Schön wäre das Datum der letzten Baumkontrolle auf dem Leistungsnachweis",
    ],
    "en": [
        "Suggestion: export costs by cost centre to Excel from the portal",
        "Would be handy to have each tree's last inspection date on the job sheet",
    ],
    "fr": [
        "Suggestion : exporter les coûts par centre de coût en Excel",
        "Ce serait utile d'avoir la date du dernier contrôle de chaque arbre sur le bon",
    ],
    "pt": [
        "Sugestão: exportar os custos por centro de custo para Excel",
        "Seria útil ter a data da última inspeção de cada árvore na folha de obra",
    ],
}
B2B_MILD_ACK: dict[str, tuple[str, str]] = {
    "es": (
        "RE: Sugerencia",
        "Hola {name}, gracias por la idea, la pasamos al equipo del portal. Potalia Pro",
    ),
    "it": (
        "R: Suggerimento",
        "Gentile {name}, grazie dell'idea, la giriamo al team del portale. Potalia Pro",
    ),
    "de": (
        "AW: Vorschlag",
        "Hallo {name}, danke für die Idee, geht an das Portal-Team. Potalia Pro",
    ),
    "en": (
        "Re: Suggestion",
        "Hi {name}, thanks for the idea, passed to the portal team. Potalia Pro",
    ),
    "fr": (
        "RE : Suggestion",
        "Bonjour {name}, merci pour l'idée, transmise à l'équipe du portail. Potalia Pro",
    ),
    "pt": (
        "RE: Sugestão",
        "Olá {name}, obrigado pela ideia, passámos à equipa do portal. Potalia Pro",
    ),
}
THIS_MORNING: dict[str, str] = {
    "es": "esta mañana",
    "it": "stamattina",
    "de": "heute Morgen",
    "en": "this morning",
    "fr": "ce matin",
    "pt": "hoje de manhã",
}
B2B_PRODUCTS: list[tuple[str, float]] = [
    ("Grounds visit, per site / Visita de mantenimiento por sede", 420.0),
    ("Scheduled tree pruning, per tree / Poda programada por árbol", 95.0),
    ("Storm inspection, per site / Revisión tras temporal por sede", 180.0),
    ("Leaf clearance, per site / Recogida de hojas por sede", 260.0),
]
