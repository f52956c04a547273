# ruff: noqa: E501
"""Hand-written wording of Ladenza Fleet (companies) for heldout26.

[[fem|masc]] agrees with the writer; <<fem|masc>> with the colleague named
({colleague}). Other placeholders as in wording_trouble, plus {company}, {day}.
"""

from __future__ import annotations

COMPANY_PROBLEMS = ("invoice", "fleet_cards", "depot_charger", "portal")

# market -> (company, kind of firm, e-mail domain)
COMPANIES: dict[str, list[tuple[str, str, str]]] = {
    "DE": [
        ("Pflegedienst Sonnenhof GmbH", "home care service", "pflege-sonnenhof.example"),
        ("Taxi Weber & Söhne", "taxi firm", "taxi-weber.example"),
        ("Haustechnik Brandl", "plumbing firm", "brandl-haustechnik.example"),
        ("Bäckerei Kornblume", "bakery", "kornblume-baeckerei.example"),
        ("Blumen Lindner", "florist", "blumen-lindner.example"),
        ("Kurierdienst Blitz Leipzig", "courier", "blitz-kurier.example"),
        ("Architekten Hahn & Roth", "architects", "hahn-roth.example"),
        ("Elektro Kaiser GmbH", "electrician", "elektro-kaiser.example"),
        ("Fahrschule Sommer", "driving school", "fahrschule-sommer.example"),
        ("Apotheke am Markt", "pharmacy", "apotheke-am-markt.example"),
        ("Catering Tafelrunde", "caterer", "tafelrunde-catering.example"),
        ("Immobilien Vogt", "estate agency", "vogt-immobilien.example"),
        ("Gartenbau Reuter", "landscaper", "reuter-gartenbau.example"),
        ("Malerbetrieb Scholz", "painters", "maler-scholz.example"),
    ],
    "AT": [
        ("Hauskrankenpflege Wienerwald", "home care service", "hkp-wienerwald.example"),
        ("Installateur Gruber KG", "plumbing firm", "gruber-installateur.example"),
        ("Taxi Donaustadt", "taxi firm", "taxi-donaustadt.example"),
        ("Blumenwerkstatt Moser", "florist", "moser-blumen.example"),
    ],
    "CH": [
        ("Spitex Limmattal", "home care service", "spitex-limmattal.example"),
        ("Elektro Huber AG", "electrician", "huber-elektro.example"),
        ("Farmacia Ceresio", "pharmacy", "farmacia-ceresio.example"),
        ("Corriere Ticino Express", "courier", "ticino-express.example"),
    ],
    "IT": [
        ("Assistenza Domiciliare Serena", "home care service", "serena-assistenza.example"),
        ("Radiotaxi Bergamo", "taxi firm", "radiotaxi-bg.example"),
        ("Idraulica Colombo", "plumbing firm", "idraulica-colombo.example"),
        ("Panificio Rossi", "bakery", "panificio-rossi.example"),
        ("Fiori di Ginevra", "florist", "fioridiginevra.example"),
        ("Corriere Veloce Padova", "courier", "corriereveloce.example"),
        ("Studio Bianchi Architetti", "architects", "studiobianchi.example"),
        ("Farmacia San Marco", "pharmacy", "farmaciasanmarco.example"),
        ("Elettrica Gatti", "electrician", "elettricagatti.example"),
        ("Autoscuola Stella", "driving school", "autoscuolastella.example"),
        ("Catering La Tavola", "caterer", "latavola-catering.example"),
        ("Immobiliare Conti", "estate agency", "immobiliareconti.example"),
        ("Giardini Ferraro", "landscaper", "giardiniferraro.example"),
        ("Imbianchini Marchetti", "painters", "marchetti-imbianchini.example"),
    ],
    "FR": [
        ("Taxi Rhône", "taxi firm", "taxi-rhone.example"),
        ("Fleurs de Mai", "florist", "fleursdemai.example"),
        ("Soins à Domicile Alpes", "home care service", "soins-alpes.example"),
        ("Plomberie Girard", "plumbing firm", "plomberie-girard.example"),
    ],
    "ES": [
        ("Fontanería Ruiz", "plumbing firm", "fontaneria-ruiz.example"),
        ("Catering Olivar", "caterer", "catering-olivar.example"),
        ("Mensajería Rayo", "courier", "mensajeria-rayo.example"),
    ],
    "PT": [
        ("Farmácia Avenida", "pharmacy", "farmacia-avenida.example"),
        ("Táxis Ribeira", "taxi firm", "taxis-ribeira.example"),
        ("Canalizações Sousa", "plumbing firm", "canalizacoes-sousa.example"),
    ],
    "UK": [
        ("Harbour Plumbing Ltd", "plumbing firm", "harbourplumbing.example"),
        ("Green Lane Florists", "florist", "greenlaneflorists.example"),
        ("Northway Home Care", "home care service", "northwayhomecare.example"),
    ],
    "IE": [
        ("Liffey Couriers", "courier", "liffeycouriers.example"),
        ("Claddagh Electrical", "electrician", "claddagh-electrical.example"),
    ],
}

ROLE: dict[str, list[str]] = {
    "de": [
        "Fuhrparkleitung",
        "[[Geschäftsführerin|Geschäftsführer]]",
        "Buchhaltung",
        "[[Disponentin|Disponent]]",
        "Büro",
    ],
    "it": ["Responsabile flotta", "Amministrazione", "Titolare", "Ufficio", "Logistica"],
    "en": ["Fleet manager", "Office manager", "Director", "Accounts"],
    "es": ["Responsable de flota", "Administración", "Gerencia"],
    "fr": ["Responsable flotte", "Comptabilité", "Gérance"],
    "pt": ["Gestão de frota", "Contabilidade", "Gerência"],
}

ROUTINE_Q: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Können Sie uns drei weitere Fahrerkarten schicken? Wir haben zwei neue Fahrzeuge.",
            "Gerne, die drei Karten gehen heute raus, Sie können sie im Portal den Fahrzeugen zuordnen.",
            "Danke, das ging schnell!",
        ),
        (
            "Wo finde ich im Portal den Monatsbericht pro Fahrzeug?",
            "Unter Berichte > Fahrzeuge, oben rechts können Sie den Monat wählen und als CSV exportieren.",
            "Gefunden, danke!",
        ),
        (
            "Lädt die Depotsäule auch mit 22 kW, wenn zwei Autos dranhängen?",
            "Sie teilt die Leistung auf, also je 11 kW bei zwei Fahrzeugen.",
            "Alles klar, danke für die Info.",
        ),
        (
            "Kann ich eine Karte sperren lassen? Ein Mitarbeiter hat uns verlassen.",
            "Das geht selbst im Portal unter Karten > Sperren, oder wir machen es für Sie, dann bitte die Kartennummer.",
            "Habe es selbst gemacht, danke.",
        ),
    ],
    "it": [
        (
            "Potete mandarci altre tre tessere autista? Abbiamo due mezzi nuovi.",
            "Certo, le tre tessere partono oggi, può assegnarle ai veicoli dal portale.",
            "Grazie, velocissimi!",
        ),
        (
            "Dove trovo nel portale il report mensile per veicolo?",
            "In Report > Veicoli, in alto a destra sceglie il mese ed esporta in CSV.",
            "Trovato, grazie!",
        ),
        (
            "La colonnina in sede carica a 22 kW anche con due auto collegate?",
            "Divide la potenza, quindi 11 kW ciascuna con due veicoli.",
            "Chiaro, grazie dell'informazione.",
        ),
        (
            "Posso bloccare una tessera? Un collaboratore ci ha lasciato.",
            "Può farlo dal portale in Tessere > Blocca, oppure lo facciamo noi se ci manda il numero.",
            "Fatto da me, grazie.",
        ),
    ],
    "en": [
        (
            "Could you send us three more driver cards? We've two new vans.",
            "Of course, the three cards go out today and you can assign them in the portal.",
            "Thanks, that was quick!",
        ),
        (
            "Where's the monthly report per vehicle in the portal?",
            "Under Reports > Vehicles, pick the month top right and export to CSV.",
            "Found it, thanks!",
        ),
    ],
    "es": [
        (
            "¿Nos podéis enviar tres tarjetas más? Tenemos dos furgonetas nuevas.",
            "Claro, salen hoy y las podéis asignar en el portal.",
            "¡Gracias, qué rapidez!",
        ),
        (
            "¿Dónde está el informe mensual por vehículo en el portal?",
            "En Informes > Vehículos, eliges el mes arriba a la derecha y exportas a CSV.",
            "Encontrado, gracias.",
        ),
    ],
    "fr": [
        (
            "Pouvez-vous nous envoyer trois cartes conducteur de plus ? Nous avons deux nouveaux véhicules.",
            "Bien sûr, elles partent aujourd'hui, vous pourrez les attribuer dans le portail.",
            "Merci, c'était rapide !",
        ),
        (
            "Où trouver le rapport mensuel par véhicule dans le portail ?",
            "Dans Rapports > Véhicules, choisissez le mois en haut à droite et exportez en CSV.",
            "Trouvé, merci !",
        ),
    ],
    "pt": [
        (
            "Podem enviar-nos mais três cartões de condutor? Temos duas carrinhas novas.",
            "Claro, seguem hoje e podem atribuí-los no portal.",
            "Obrigad[[a|o]], foi rápido!",
        ),
        (
            "Onde encontro no portal o relatório mensal por viatura?",
            "Em Relatórios > Viaturas, escolhe o mês em cima à direita e exporta em CSV.",
            "Encontrei, obrigad[[a|o]]!",
        ),
    ],
}

PHONE_Q: dict[str, list[str]] = {
    "de": [
        "ja guten tag hier ist {name} von {company} ich wollte fragen ob wir die depotsäule auch für besucher freischalten können",
        "hallo {name} von {company} kurze frage wann kommt denn die rechnung für oktober",
    ],
    "it": [
        "pronto buongiorno sono {name} di {company} volevo sapere se possiamo abilitare la colonnina anche per i clienti",
        "buongiorno {name} di {company} una domanda veloce quando arriva la fattura di ottobre",
    ],
    "en": ["hiya it's {name} from {company} just checking when the october invoice comes out"],
    "es": ["hola buenas soy {name} de {company} quería saber cuándo llega la factura de octubre"],
    "fr": ["oui bonjour {name} de {company} je voulais savoir quand arrive la facture d'octobre"],
    "pt": ["olá bom dia fala {name} da {company} queria saber quando chega a fatura de outubro"],
}

ADDONS: list[tuple[str, float, str]] = [
    ("fleet-card-pack-5", 25.0, "/fleet/cards/order"),
    ("depot-service-plan", 49.0, "/fleet/depot/service"),
    ("reporting-pro", 19.0, "/fleet/reports/pro"),
    ("type2-cable-7m", 189.0, "/fleet/shop/cables"),
]

PORTAL_PAGES: list[str] = [
    "/fleet/cards",
    "/fleet/reports",
    "/fleet/invoices",
    "/fleet/depot",
    "/fleet/users",
]

PRAISE: dict[str, list[str]] = {
    "de": [
        "Seit unsere Flotte über Ladenza Fleet lädt, ist die Abrechnung ein Traum. Eine Rechnung, alles drin.",
        "Depotsäule läuft seit einem Jahr ohne Ausfall. Danke an das Ladenza-Team!",
    ],
    "it": [
        "Da quando la flotta ricarica con Ladenza Fleet la contabilità è un sogno. Una fattura e c'è tutto.",
        "La colonnina in sede va da un anno senza un guasto. Grazie al team Ladenza!",
    ],
    "en": [
        "Since the vans went on Ladenza Fleet the invoicing is a dream. One bill, everything on it."
    ],
    "es": [
        "Desde que la flota carga con Ladenza Fleet la facturación es un sueño. Una factura y todo dentro."
    ],
    "fr": [
        "Depuis que la flotte recharge avec Ladenza Fleet, la facturation est un rêve. Une facture, tout dedans."
    ],
    "pt": [
        "Desde que a frota carrega com a Ladenza Fleet a faturação é um sonho. Uma fatura e está tudo lá."
    ],
}

COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "die Flottenrechnung für September ist ohne die vereinbarten 12 % Rabatt gekommen. Das steht so im Vertrag. Bitte korrigieren Sie die Rechnung, so kann ich sie nicht freigeben.",
        "it": "la fattura della flotta di settembre è arrivata senza lo sconto del 12% previsto dal contratto. Così non posso approvarla, vi chiedo di correggerla.",
        "en": "September's fleet invoice came without the 12% discount in our contract. I can't sign it off like this, please correct it.",
        "es": "la factura de la flota de septiembre ha llegado sin el 12 % de descuento del contrato. Así no la puedo aprobar, corregidla por favor.",
        "fr": "la facture flotte de septembre est arrivée sans la remise de 12 % prévue au contrat. Je ne peux pas la valider ainsi, merci de la corriger.",
        "pt": "a fatura da frota de setembro veio sem o desconto de 12% do contrato. Assim não a posso aprovar, por favor corrijam.",
    },
    "fleet_cards": {
        "de": "seit heute früh werden unsere Fahrerkarten an den Säulen abgelehnt. Die Fahrer stehen mit fast leeren Autos da und können nicht zu den Kunden. Das ist für uns ein echtes Problem.",
        "it": "da stamattina le tessere dei nostri autisti vengono rifiutate alle colonnine. Gli autisti sono fermi con le auto quasi scariche e non possono andare dai clienti. Per noi è un problema serio.",
        "en": "since this morning our driver cards are being declined at the chargers. Drivers are stuck with nearly flat vans and can't get to customers. This is a real problem for us.",
        "es": "desde esta mañana rechazan las tarjetas de nuestros conductores en los cargadores. Están parados con las furgonetas casi sin batería. Para nosotros es un problema serio.",
        "fr": "depuis ce matin les cartes de nos conducteurs sont refusées aux bornes. Ils sont bloqués avec des véhicules presque vides. C'est un vrai problème pour nous.",
        "pt": "desde hoje de manhã os cartões dos nossos condutores são recusados nos postos. Estão parados com as carrinhas quase sem bateria. Para nós é um problema sério.",
    },
    "depot_charger": {
        "de": "die Depotsäule auf unserem Hof ist seit Montag offline, und der zugesagte Techniker ist nicht gekommen. Wir laden jetzt alle öffentlich, das kostet uns Zeit und Geld.",
        "it": "la colonnina nel nostro cortile è offline da lunedì e il tecnico promesso non è venuto. Ora carichiamo tutti alle colonnine pubbliche, ci costa tempo e soldi.",
        "en": "the depot charger in our yard has been offline since Monday and the engineer we were promised never came. Everyone's charging on public chargers now, costing us time and money.",
        "es": "el cargador de nuestra nave está desconectado desde el lunes y el técnico prometido no ha venido. Ahora cargamos todos en la calle, nos cuesta tiempo y dinero.",
        "fr": "la borne de notre dépôt est hors ligne depuis lundi et le technicien promis n'est pas venu. On recharge tous sur le public, ça nous coûte du temps et de l'argent.",
        "pt": "o posto do nosso armazém está offline desde segunda e o técnico prometido não veio. Agora carregamos todos na via pública, custa-nos tempo e dinheiro.",
    },
    "portal": {
        "de": "im Flottenportal kann man keine neuen Nutzer anlegen, und der Export der Ladevorgänge bricht jedes Mal mit einer Fehlermeldung ab. Ich brauche die Daten für die Monatsabrechnung.",
        "it": "nel portale flotta non si riescono ad aggiungere nuovi utenti e l'esportazione delle ricariche si interrompe ogni volta con un errore. Mi servono i dati per la chiusura del mese.",
        "en": "the fleet portal won't let us add new users and the sessions export fails with an error every time. I need that data for month end.",
        "es": "en el portal de flota no se pueden añadir usuarios y la exportación de cargas falla siempre con un error. Necesito los datos para el cierre de mes.",
        "fr": "le portail flotte ne permet pas d'ajouter d'utilisateurs et l'export des recharges plante à chaque fois. J'ai besoin des données pour la clôture du mois.",
        "pt": "no portal da frota não dá para adicionar utilizadores e a exportação dos carregamentos falha sempre com erro. Preciso dos dados para o fecho do mês.",
    },
}

SHORT: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "die Rechnung ohne die 12 % Rabatt",
        "it": "la fattura senza lo sconto del 12%",
        "en": "the invoice without our 12% discount",
        "es": "la factura sin el 12 % de descuento",
        "fr": "la facture sans la remise de 12 %",
        "pt": "a fatura sem o desconto de 12%",
    },
    "fleet_cards": {
        "de": "die abgelehnten Fahrerkarten",
        "it": "le tessere autista rifiutate",
        "en": "the declined driver cards",
        "es": "las tarjetas rechazadas",
        "fr": "les cartes conducteur refusées",
        "pt": "os cartões recusados",
    },
    "depot_charger": {
        "de": "die Depotsäule, die offline ist",
        "it": "la colonnina in sede offline",
        "en": "the depot charger being offline",
        "es": "el cargador de la nave desconectado",
        "fr": "la borne du dépôt hors ligne",
        "pt": "o posto do armazém offline",
    },
    "portal": {
        "de": "das Portal (keine neuen Nutzer, Export bricht ab)",
        "it": "il portale (niente nuovi utenti, export che si blocca)",
        "en": "the portal (no new users, export failing)",
        "es": "el portal (sin usuarios nuevos, exportación que falla)",
        "fr": "le portail (pas d'utilisateurs, export en échec)",
        "pt": "o portal (sem novos utilizadores, exportação a falhar)",
    },
}

SUBJECT: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "Rechnung September - Rabatt fehlt",
        "it": "Fattura settembre - manca lo sconto",
        "en": "September invoice - discount missing",
        "es": "Factura septiembre - falta descuento",
        "fr": "Facture septembre - remise absente",
        "pt": "Fatura setembro - falta desconto",
    },
    "fleet_cards": {
        "de": "Fahrerkarten abgelehnt!",
        "it": "Tessere autisti rifiutate!",
        "en": "Driver cards declined!",
        "es": "¡Tarjetas rechazadas!",
        "fr": "Cartes conducteur refusées !",
        "pt": "Cartões recusados!",
    },
    "depot_charger": {
        "de": "Depotsäule offline",
        "it": "Colonnina sede offline",
        "en": "Depot charger offline",
        "es": "Cargador nave desconectado",
        "fr": "Borne dépôt hors ligne",
        "pt": "Posto do armazém offline",
    },
    "portal": {
        "de": "Flottenportal Fehler",
        "it": "Errore portale flotta",
        "en": "Fleet portal errors",
        "es": "Errores portal flota",
        "fr": "Erreurs portail flotte",
        "pt": "Erros no portal",
    },
}

OPEN: dict[str, str] = {
    "de": "Guten Tag,\n\nich schreibe für {company}: ",
    "it": "Buongiorno,\n\nvi scrivo per {company}: ",
    "en": "Hello,\n\nI'm writing for {company}: ",
    "es": "Buenos días:\n\nos escribo de {company}: ",
    "fr": "Bonjour,\n\nje vous écris pour {company} : ",
    "pt": "Bom dia,\n\nescrevo em nome da {company}: ",
}

CLOSE: dict[str, str] = {
    "de": "\n\nMit freundlichen Grüßen\n{full}\n{role}, {company}",
    "it": "\n\nCordiali saluti\n{full}\n{role}, {company}",
    "en": "\n\nRegards\n{full}\n{role}, {company}",
    "es": "\n\nUn saludo\n{full}\n{role}, {company}",
    "fr": "\n\nCordialement\n{full}\n{role}, {company}",
    "pt": "\n\nCumprimentos\n{full}\n{role}, {company}",
}

# A later complainer names the first one and the case.
LATER: dict[str, list[str]] = {
    "de": [
        "<<meine Kollegin|mein Kollege>> {colleague} hat Ihnen am {day} schon geschrieben (Fall {ref}). Das Problem besteht weiter: {short}. Bei mir genauso, und ich brauche eine Lösung.",
        "zu Fall {ref}, den <<meine Kollegin|mein Kollege>> {colleague} am {day} gemeldet hat: {short}, bei uns nach wie vor. Die Beschwerden der Fahrer landen alle bei mir.",
    ],
    "it": [
        "<<la mia collega|il mio collega>> {colleague} vi ha già scritto {day} (pratica {ref}). Il problema c'è ancora: {short}. Anche per me, e mi serve una soluzione.",
        "riguardo alla pratica {ref} che <<la mia collega|il mio collega>> {colleague} ha aperto {day}: {short}, ancora adesso. Le lamentele degli autisti arrivano tutte a me.",
    ],
    "en": [
        "my colleague {colleague} wrote to you on {day} already (case {ref}). It's still happening: {short}. Same here and I need it fixed."
    ],
    "es": [
        "<<mi compañera|mi compañero>> {colleague} ya os escribió el {day} (caso {ref}). Sigue igual: {short}. A mí también me pasa y necesito una solución."
    ],
    "fr": [
        "<<ma collègue|mon collègue>> {colleague} vous a déjà écrit {day} (dossier {ref}). Le problème persiste : {short}. Pareil pour moi, il faut une solution."
    ],
    "pt": [
        "<<a minha colega|o meu colega>> {colleague} já vos escreveu na {day} (processo {ref}). Continua igual: {short}. Comigo também e preciso de uma solução."
    ],
}

# The last complainer writes again: nothing fixed, quotes from a competitor.
LAST_AGAIN: dict[str, str] = {
    "de": "Fall {ref}: Es ist nach wie vor NICHTS behoben ({short}), mehrere Kollegen haben es gemeldet. Wir holen inzwischen Angebote von {rival} ein.",
    "it": "Pratica {ref}: ancora NIENTE di risolto ({short}), l'hanno segnalato diversi colleghi. Nel frattempo stiamo chiedendo preventivi a {rival}.",
    "en": "Case {ref}: still NOTHING fixed ({short}), several colleagues have reported it. We're getting quotes from {rival} in the meantime.",
    "es": "Caso {ref}: sigue SIN arreglarse nada ({short}), lo han avisado varios compañeros. Mientras tanto estamos pidiendo presupuesto a {rival}.",
    "fr": "Dossier {ref} : toujours RIEN de réglé ({short}), plusieurs collègues l'ont signalé. Nous demandons des devis chez {rival} en attendant.",
    "pt": "Processo {ref}: continua tudo por resolver ({short}), vários colegas já reportaram. Entretanto estamos a pedir propostas à {rival}.",
}

LAST_AGAIN_SPOKEN: dict[str, str] = {
    "de": "ja guten tag {name} {last} von {company} es geht um den fall {ref} da ist immer noch nichts behoben {short} mehrere kollegen haben das gemeldet wir holen jetzt angebote von {rival} ein",
    "it": "pronto buongiorno sono {name} {last} di {company} chiamo per la pratica {ref} non è ancora risolto niente {short} l'hanno segnalato anche i colleghi stiamo chiedendo preventivi a {rival}",
    "en": "hi it's {name} {last} from {company} about case {ref} still nothing's fixed {short} several of us have reported it we're getting quotes from {rival} now",
    "es": "hola buenas soy {name} {last} de {company} llamo por el caso {ref} sigue sin arreglarse {short} lo han avisado varios compañeros estamos pidiendo presupuesto a {rival}",
    "fr": "oui bonjour {name} {last} de {company} j'appelle pour le dossier {ref} toujours rien de réglé {short} plusieurs collègues l'ont signalé on demande des devis chez {rival}",
    "pt": "olá bom dia fala {name} {last} da {company} ligo por causa do processo {ref} continua sem estar resolvido {short} vários colegas já reportaram estamos a pedir propostas à {rival}",
}

ACK: dict[str, str] = {
    "de": "vielen Dank für Ihre Meldung. Wir haben für {company} den Fall {ref} angelegt und Ihre Kundenbetreuung informiert.",
    "it": "grazie per la segnalazione. Abbiamo aperto per {company} la pratica {ref} e avvisato il vostro referente commerciale.",
    "en": "thanks for letting us know. We've opened case {ref} for {company} and told your account manager.",
    "es": "gracias por avisarnos. Hemos abierto el caso {ref} para {company} y avisado a vuestro gestor.",
    "fr": "merci de votre signalement. Nous avons ouvert le dossier {ref} pour {company} et prévenu votre chargé de compte.",
    "pt": "obrigado pelo aviso. Abrimos o processo {ref} para a {company} e informámos o vosso gestor de conta.",
}

MILD: dict[str, list[str]] = {
    "de": [
        "Kleiner Wunsch: Könnten Sie auf der Rechnung die Kostenstelle pro Fahrzeug ausweisen? Das würde uns die Buchhaltung erleichtern.",
        "Im CSV-Export wäre das Kennzeichen als eigene Spalte praktisch. Nur eine Anregung.",
    ],
    "it": [
        "Un piccolo suggerimento: potreste indicare in fattura il centro di costo per veicolo? Ci semplificherebbe la contabilità.",
        "Nell'export CSV sarebbe comoda la targa in una colonna a parte. Solo un'idea.",
    ],
    "en": [
        "Small suggestion: could the invoice show the cost centre per vehicle? Would make accounts easier."
    ],
    "es": ["Una sugerencia: ¿podríais poner el centro de coste por vehículo en la factura?"],
    "fr": [
        "Petite suggestion : pourriez-vous indiquer le centre de coût par véhicule sur la facture ?"
    ],
    "pt": ["Uma sugestão: podiam indicar na fatura o centro de custo por viatura?"],
}

# weekday names for "on {day}" (Monday first)
DAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}
