# ruff: noqa: E501
"""Rodavia Business wording for heldout23 (company accounts), written by hand.

Placeholders: {company}, {ref}, {colleague} (a colleague's first name), {comp}, {first},
{agent}, {st}.
"""

B2B_PROBLEMS = ("invoice", "portal", "delivery", "damage")

B2B_SUBJECT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Monatsrechnung ohne Vertragsrabatt",
        "portal": "Firmenportal: Buchungen schlagen fehl",
        "delivery": "Fahrzeuge nicht ans Büro geliefert",
        "damage": "Schadensrechnungen ohne Nachweis",
    },
    "pt": {
        "invoice": "Fatura mensal sem desconto contratual",
        "portal": "Portal empresas: reservas falham",
        "delivery": "Viaturas não entregues no escritório",
        "damage": "Cobranças de danos sem prova",
    },
    "it": {
        "invoice": "Fattura mensile senza sconto contrattuale",
        "portal": "Portale aziende: prenotazioni non vanno",
        "delivery": "Auto non consegnate in sede",
        "damage": "Addebiti danni senza prove",
    },
    "fr": {
        "invoice": "Facture mensuelle sans remise contractuelle",
        "portal": "Portail entreprise : réservations en échec",
        "delivery": "Véhicules non livrés au bureau",
        "damage": "Frais de dégâts sans justificatif",
    },
    "en": {
        "invoice": "Monthly invoice missing contract discount",
        "portal": "Business portal: bookings failing",
        "delivery": "Cars not delivered to the office",
        "damage": "Damage charges without evidence",
    },
    "es": {
        "invoice": "Factura mensual sin descuento de contrato",
        "portal": "Portal empresas: reservas fallan",
        "delivery": "Coches no entregados en la oficina",
        "damage": "Cargos por daños sin pruebas",
    },
}

B2B_CORE: dict[str, dict[str, list[str]]] = {
    "de": {
        "invoice": [
            "die Monatsrechnung für {company} wurde zum Listenpreis erstellt, der vertragliche Rabatt von 18 % fehlt komplett.",
            "auf unserer Septemberrechnung sind alle Mieten ohne die vereinbarten 18 % Firmenrabatt abgerechnet, das sind mehrere hundert Euro zu viel.",
        ],
        "portal": [
            "im Firmenportal schlagen seit Tagen alle Buchungen unserer Fahrer mit einem Fehler ab, die Fahrerprofile sind teilweise verschwunden.",
            "unsere Fahrer können im Business-Portal nichts mehr buchen, es kommt nur 'Buchung fehlgeschlagen', und ich musste heute wieder alles telefonisch machen.",
        ],
        "delivery": [
            "die für heute früh bestellten Fahrzeuge wurden nicht an unser Büro geliefert, unsere Außendienstler standen ohne Auto da.",
            "schon wieder keine Zustellung der bestellten Wagen ans Büro, zwei Kundentermine mussten wir absagen.",
        ],
        "damage": [
            "wir bekommen Schadensrechnungen für unsere Firmenwagen ohne ein einziges Foto oder Protokoll.",
            "uns wurden erneut Schäden an Mietwagen berechnet, ohne Übergabeprotokoll und ohne Fotos, das können wir so nicht akzeptieren.",
        ],
    },
    "pt": {
        "invoice": [
            "a fatura mensal da {company} veio ao preço de tabela, o desconto contratual de 18 % não aparece.",
            "na fatura de setembro todos os alugueres vêm sem os 18 % de desconto acordados, são várias centenas de euros a mais.",
        ],
        "portal": [
            "no portal de empresas todas as reservas dos nossos condutores dão erro há dias, e alguns perfis desapareceram.",
            "os nossos condutores já não conseguem reservar no portal, aparece só 'reserva falhada', e hoje tive de fazer tudo por telefone outra vez.",
        ],
        "delivery": [
            "as viaturas pedidas para hoje de manhã não foram entregues no nosso escritório, os comerciais ficaram sem carro.",
            "mais uma vez as viaturas não foram entregues no escritório e tivemos de desmarcar duas visitas a clientes.",
        ],
        "damage": [
            "estamos a receber cobranças de danos nas viaturas da empresa sem uma única fotografia ou auto.",
            "voltaram a cobrar-nos danos em viaturas alugadas sem auto de entrega nem fotografias, não podemos aceitar isto.",
        ],
    },
    "it": {
        "invoice": [
            "la fattura mensile di {company} è a prezzo di listino, manca lo sconto contrattuale del 18 %.",
            "nella fattura di settembre tutti i noleggi sono senza il 18 % di sconto concordato.",
        ],
        "portal": [
            "sul portale aziende tutte le prenotazioni dei nostri autisti vanno in errore da giorni.",
            "i nostri autisti non riescono più a prenotare sul portale, esce solo 'prenotazione non riuscita'.",
        ],
        "delivery": [
            "le auto ordinate per stamattina non sono state consegnate in sede, i commerciali sono rimasti a piedi.",
            "di nuovo nessuna consegna delle auto in sede, abbiamo dovuto annullare due appuntamenti.",
        ],
        "damage": [
            "riceviamo addebiti per danni sulle auto aziendali senza nessuna foto o verbale.",
            "ci avete di nuovo addebitato danni senza verbale di consegna né foto.",
        ],
    },
    "fr": {
        "invoice": [
            "la facture mensuelle de {company} est au prix catalogue, la remise contractuelle de 18 % a disparu.",
            "sur la facture de septembre, aucune location n'a la remise de 18 % prévue au contrat.",
        ],
        "portal": [
            "sur le portail entreprise toutes les réservations de nos conducteurs échouent depuis des jours.",
            "nos conducteurs ne peuvent plus réserver sur le portail, il affiche seulement 'réservation échouée'.",
        ],
        "delivery": [
            "les véhicules commandés pour ce matin n'ont pas été livrés au bureau, nos commerciaux sont restés sans voiture.",
            "encore une fois aucune livraison au bureau, nous avons dû annuler deux rendez-vous clients.",
        ],
        "damage": [
            "nous recevons des frais de dégâts sur nos véhicules de société sans aucune photo ni constat.",
            "vous nous facturez à nouveau des dégâts sans état des lieux ni photos.",
        ],
    },
    "en": {
        "invoice": [
            "the monthly invoice for {company} is at list price, our 18% contract discount is missing entirely.",
            "on the September invoice none of the rentals have the agreed 18% discount, we're several hundred pounds over.",
        ],
        "portal": [
            "on the business portal every booking by our drivers has been failing for days and some driver profiles have vanished.",
            "our drivers can't book on the portal any more, it just says 'booking failed' and I've had to phone everything through again.",
        ],
        "delivery": [
            "the cars ordered for this morning were never delivered to our office, our field team was left stranded.",
            "once again no delivery to the office, we had to cancel two client visits.",
        ],
        "damage": [
            "we keep getting damage charges on our company cars without a single photo or report.",
            "we've been charged for damage again with no handover report and no photos.",
        ],
    },
    "es": {
        "invoice": [
            "la factura mensual de {company} viene a precio de tarifa, falta el descuento del 18 % del contrato.",
            "en la factura de septiembre ningún alquiler lleva el 18 % de descuento pactado.",
        ],
        "portal": [
            "en el portal de empresas todas las reservas de nuestros conductores fallan desde hace días.",
            "nuestros conductores ya no pueden reservar en el portal, solo sale 'reserva fallida'.",
        ],
        "delivery": [
            "los coches pedidos para esta mañana no se entregaron en la oficina y los comerciales se quedaron sin coche.",
            "otra vez sin entrega en la oficina, tuvimos que cancelar dos visitas a clientes.",
        ],
        "damage": [
            "nos llegan cargos por daños en los coches de empresa sin ninguna foto ni parte.",
            "nos habéis vuelto a cobrar daños sin acta de entrega ni fotos.",
        ],
    },
}

B2B_FIRST: dict[str, str] = {
    "de": "Guten Tag,\n\n{core} Bitte prüfen Sie das dringend.\n\nMit freundlichen Grüßen\n{first}, {company}",
    "pt": "Bom dia,\n\n{core} Agradeço que vejam isto com urgência.\n\nCumprimentos,\n{first}, {company}",
    "it": "Buongiorno,\n\n{core} Vi prego di verificare con urgenza.\n\nCordiali saluti,\n{first}, {company}",
    "fr": "Bonjour,\n\n{core} Merci de regarder cela en urgence.\n\nCordialement,\n{first}, {company}",
    "en": "Hello,\n\n{core} Please look into this urgently.\n\nKind regards,\n{first}, {company}",
    "es": "Buenos días:\n\n{core} Os ruego que lo reviséis con urgencia.\n\nUn saludo,\n{first}, {company}",
}

B2B_LATER: dict[str, str] = {
    "de": "Hallo,\n\nich schließe mich {colleague} an (Fall {ref}): {core} Auch bei mir ist das Problem nicht gelöst.\n\n{first}, {company}",
    "pt": "Olá,\n\nvenho juntar-me ao que {colleague} já reportou (processo {ref}): {core} Comigo também continua sem solução.\n\n{first}, {company}",
    "it": "Buongiorno,\n\nmi unisco a quanto scritto da {colleague} (pratica {ref}): {core} Anche per me non è risolto.\n\n{first}, {company}",
    "fr": "Bonjour,\n\nje rejoins ce qu'a signalé {colleague} (dossier {ref}) : {core} Chez moi non plus rien n'est réglé.\n\n{first}, {company}",
    "en": "Hello,\n\nadding to what {colleague} already reported (case {ref}): {core} Not fixed on my side either.\n\n{first}, {company}",
    "es": "Hola:\n\nme sumo a lo que ya reportó {colleague} (caso {ref}): {core} A mí tampoco se me ha solucionado.\n\n{first}, {company}",
}

B2B_LAST: dict[str, str] = {
    "de": "Fall {ref}: es ist immer noch NICHTS behoben, mehrere Kollegen haben es gemeldet. Wir holen jetzt Angebote von {comp} ein.",
    "pt": "Processo {ref}: continua tudo por resolver, vários colegas já reportaram. Estamos a pedir propostas à {comp}.",
    "it": "Pratica {ref}: ancora NIENTE risolto, diversi colleghi l'hanno segnalato. Stiamo chiedendo preventivi a {comp}.",
    "fr": "Dossier {ref} : TOUJOURS rien de réglé, plusieurs collègues l'ont signalé. Nous demandons des devis à {comp}.",
    "en": "Case {ref}: STILL nothing fixed, several colleagues have reported it. We're getting quotes from {comp}.",
    "es": "Caso {ref}: TODAVÍA nada resuelto, varios compañeros lo han reportado. Estamos pidiendo presupuesto a {comp}.",
}

B2B_LAST_CALL: dict[str, str] = {
    "de": "ja guten tag hier {first} von {company} es geht um den fall {ref} das ist immer noch nicht gelöst mehrere kollegen haben sich schon gemeldet wir holen jetzt angebote von {comp} ein",
    "pt": "sim bom dia fala {first} da {company} é sobre o processo {ref} continua por resolver vários colegas já ligaram estamos a pedir propostas à {comp}",
    "it": "pronto buongiorno sono {first} di {company} per la pratica {ref} ancora niente risolto chiediamo preventivi a {comp}",
    "fr": "oui bonjour c'est {first} de {company} pour le dossier {ref} toujours rien de réglé on demande des devis à {comp}",
    "en": "hello it's {first} from {company} about case {ref} still nothing fixed we're getting quotes from {comp}",
    "es": "sí hola soy {first} de {company} por el caso {ref} sigue sin resolverse estamos pidiendo presupuesto a {comp}",
}

B2B_ACK: dict[str, str] = {
    "de": "Hallo {first},\n\ndanke für Ihre Meldung. Wir haben den Fall {ref} für {company} eröffnet und Ihren Account-Manager informiert.\n\n{agent}, Rodavia Business",
    "pt": "Olá {first},\n\nobrigado pelo aviso. Abrimos o processo {ref} para a {company} e informámos o gestor de conta.\n\n{agent}, Rodavia Business",
    "it": "Buongiorno {first},\n\ngrazie della segnalazione. Abbiamo aperto la pratica {ref} per {company}.\n\n{agent}, Rodavia Business",
    "fr": "Bonjour {first},\n\nmerci pour votre signalement. Nous avons ouvert le dossier {ref} pour {company}.\n\n{agent}, Rodavia Business",
    "en": "Hi {first},\n\nthanks for letting us know. We've opened case {ref} for {company} and told your account manager.\n\n{agent}, Rodavia Business",
    "es": "Hola {first}:\n\ngracias por avisarnos. Hemos abierto el caso {ref} para {company}.\n\n{agent}, Rodavia Business",
}

B2B_MILD: dict[str, list[str]] = {
    "de": [
        "Kleiner Vorschlag: könnten Sie die Kostenstelle auf der Monatsrechnung mit ausweisen?",
        "Es wäre praktisch, wenn der CSV-Export auch die Station enthält.",
    ],
    "pt": [
        "Uma sugestão: seria possível mostrar o centro de custo na fatura mensal?",
        "Dava jeito que a exportação CSV incluísse a loja de levantamento.",
    ],
    "it": ["Un suggerimento: potreste indicare il centro di costo in fattura?"],
    "fr": ["Petite suggestion : pourriez-vous indiquer le centre de coût sur la facture ?"],
    "en": ["Small suggestion: could the cost centre appear on the monthly invoice?"],
    "es": ["Una sugerencia: ¿podríais indicar el centro de coste en la factura?"],
}

#: (question, agent's answer, thanks)
B2B_ROUTINE: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Wie lege ich im Portal einen neuen Fahrer an?",
            "Hallo {first}, unter Team > Fahrer hinzufügen; der Führerschein wird dann per App geprüft. {agent}",
            "Danke, hat geklappt",
        ),
        (
            "Können wir für nächste Woche drei Transporter in {st} reservieren?",
            "Hallo {first}, ja, ich habe drei Transporter für {company} vorgemerkt. {agent}",
            "Super, danke!",
        ),
        (
            "Gibt es die Rechnungen auch als XRechnung?",
            "Hallo {first}, ja, das stellen wir im Portal unter Abrechnung um. {agent}",
            "Perfekt, vielen Dank",
        ),
    ],
    "pt": [
        (
            "Como adiciono um novo condutor no portal?",
            "Olá {first}, em Equipa > Adicionar condutor; a carta é validada pela app. {agent}",
            "Obrigad[[a|o]], já está",
        ),
        (
            "Podemos reservar três carrinhas em {st} para a próxima semana?",
            "Olá {first}, sim, já deixei três carrinhas reservadas para a {company}. {agent}",
            "Ótimo, obrigad[[a|o]]!",
        ),
        (
            "As faturas podem vir com o NIF de outra empresa do grupo?",
            "Olá {first}, sim, basta alterar em Faturação no portal. {agent}",
            "Perfeito, obrigad[[a|o]]",
        ),
    ],
    "it": [
        (
            "Come aggiungo un nuovo autista nel portale?",
            "Ciao {first}, in Team > Aggiungi autista. {agent}",
            "Grazie, fatto",
        )
    ],
    "fr": [
        (
            "Comment ajouter un nouveau conducteur sur le portail ?",
            "Bonjour {first}, dans Équipe > Ajouter un conducteur. {agent}",
            "Merci, c'est fait",
        )
    ],
    "en": [
        (
            "How do I add a new driver on the portal?",
            "Hi {first}, under Team > Add driver. {agent}",
            "Thanks, done",
        )
    ],
    "es": [
        (
            "¿Cómo añado un conductor nuevo en el portal?",
            "Hola {first}, en Equipo > Añadir conductor. {agent}",
            "Gracias, hecho",
        )
    ],
}

B2B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Rodavia Business spart uns jeden Monat Stunden an Reisekostenabrechnung. Klare Empfehlung",
        "Fahrzeugzustellung ans Büro hat wieder perfekt geklappt 👍",
    ],
    "pt": [
        "O Rodavia Business poupa-nos horas de despesas de deslocação todos os meses. Recomendo",
        "Entrega das viaturas no escritório outra vez impecável 👍",
    ],
    "it": ["Rodavia Business ci fa risparmiare ore ogni mese. Consigliato"],
    "fr": ["Rodavia Business nous fait gagner des heures chaque mois. Je recommande"],
    "en": ["Rodavia Business saves us hours of expenses admin every month. Recommend"],
    "es": ["Rodavia Business nos ahorra horas de gestión cada mes. Recomendado"],
}

B2B_PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja hallo guten tag {first} von {company} ich wollte fragen ob wir die transporter auch am samstag zurückgeben können ah ja gut danke"
    ],
    "pt": [
        "sim bom dia é {first} da {company} queria saber se podemos devolver as carrinhas ao sábado ah pode ótimo obrigad[[a|o]]"
    ],
    "it": [
        "pronto buongiorno sono {first} di {company} si possono riconsegnare i furgoni di sabato perfetto grazie"
    ],
    "fr": [
        "oui bonjour {first} de {company} on peut rendre les utilitaires le samedi ah parfait merci"
    ],
    "en": [
        "hello it's {first} from {company} can we return the vans on a saturday oh great thanks"
    ],
    "es": [
        "sí hola soy {first} de {company} se pueden devolver las furgonetas el sábado vale perfecto gracias"
    ],
}

COMPANIES: dict[str, list[str]] = {
    "DE": [
        "Brandt Haustechnik GmbH",
        "Kessler Pharma Vertrieb",
        "Nordlicht Event GmbH",
        "Vogel & Partner Ingenieure",
        "Lindner Bau AG",
        "Steinmetz Medizintechnik",
        "Hafenblick Logistik",
        "Mayr Elektro KG",
        "Sonnenfeld Solar GmbH",
        "Weber Sicherheitsdienste",
        "Quellwerk Getränke",
        "Adler Messebau",
        "Krüger IT-Service",
        "Falkenberg Immobilien",
        "Rheinauen Catering",
        "Bergmann Vermessung",
        "Eichhorn Pflegedienst",
        "Tannenhof Möbel",
        "Wendt Consulting",
        "Ostwind Energie",
    ],
    "PT": [
        "Ferreira & Filhos Lda",
        "Atlântico Consultores",
        "Sabores do Minho SA",
        "Costa Engenharia",
        "TejoLog Transportes",
        "Vinhos Quinta do Souto",
        "Alfama Eventos",
        "Marques Farmacêutica",
        "Duarte Construções",
        "Barbosa Seguros",
        "Luz do Sul Energia",
        "Nortecerâmica",
        "Pinheiro Tecnologia",
        "Cortiças Serrano",
        "Mondego Saúde",
        "Oceano Azul Turismo",
    ],
    "IT": [
        "Rossi Impianti srl",
        "Ferretti Logistica",
        "Studio Conti Associati",
        "Galli Farmaceutici",
        "Marino Eventi",
        "Lombardi Costruzioni",
        "Bellini Arredamenti",
        "Moretti Alimentari",
    ],
    "FR": [
        "Dubois Ingénierie",
        "Moreau Pharma",
        "Garnier Événements",
        "Lefèvre Bâtiment",
        "Roux Conseil",
        "Fontaine Logistique",
        "Chevalier Transports",
        "Blanc Architectes",
    ],
    "UK": [
        "Harper & Cole Ltd",
        "Northgate Surveys",
        "Bramble Events",
        "Ashworth Engineering",
        "Pennine Foods",
        "Greyfriars Legal",
    ],
    "ES": [
        "Construcciones Navarro",
        "Farmacia Iberia SL",
        "Eventos Sol y Mar",
        "Ruiz Ingeniería",
        "Logística Levante",
        "Montes Asesores",
    ],
}
