# ruff: noqa: E501
"""Lockora Business wording for heldout21 (online shops using the lockers), by hand.

Placeholders: {name}, {agent}, {company}, {ref}, {short}, {colleague}, {comp}, {core}.
Pairs are one string split on ``" || "``.
"""

B2B_PROBLEM_KEYS = ("collect", "cod", "labels", "surcharge")

B2B_PROBLEM_ABOUT = {
    "collect": "scheduled collections from the shop's warehouse missed for days",
    "cod": "cash-on-delivery payouts not paid for weeks",
    "labels": "labels from the shop plugin carry the wrong locker, parcels misrouted",
    "surcharge": "invoices bill oversize surcharges on small parcels",
}

COMPANIES: dict[str, list[str]] = {
    "es": [
        "Cerámica Luna",
        "Herboristería Alba",
        "Calzados Riera",
        "Té y Tetera",
        "Bicis del Norte",
        "La Alacena de Rosa",
        "Papelería Trazo",
        "Aceites Olivar del Sur",
        "Moda Ciclo",
        "Juguetes Pezqueñín",
        "Vinos Cepa Vieja",
        "Cosmética Brisa",
        "Hilos y Lanas Marta",
        "Libros El Faro",
        "Deportes Cumbre",
        "Café Tostadero 1920",
        "Mascotas Bigotes",
        "Lámparas Nácar",
        "Quesos Valle Alto",
        "Bolsos Arena",
    ],
    "de": [
        "Kaffeerösterei Brandt",
        "Nähwerk Kiel",
        "Spielzeug Kunterbunt",
        "Teehaus Lindner",
        "Radladen Speiche",
        "Buchhandlung Seitenweise",
        "Kerzenzieherei Licht & Co",
        "Gewürzkontor Hansen",
        "Outdoor Gipfelglück",
        "Papeterie Feder",
        "Naturkosmetik Wiesengrün",
        "Weinhandel Rebstock",
        "Schuhmacherei Keller",
        "Hundeshop Pfotenglück",
        "Honig Imkerei Sommer",
        "Strickwaren Masche",
        "Lampen Lichtblick",
        "Brettspiele Würfelwerk",
    ],
    "en": [
        "Harbour Candle Co",
        "Fennel & Finch",
        "Tidy Paws",
        "Northern Brew Supplies",
        "Little Acorn Toys",
        "Crumb Bakery Supplies",
        "Wildflower Soap",
        "Threadbare Vintage",
        "Peak Bike Parts",
        "Inkwell Stationery",
    ],
    "fr": [
        "Savonnerie des Alpes",
        "La Boîte à Thé",
        "Ateliers Lin & Laine",
        "Vélos Guidon",
        "Épicerie Fine Margaux",
        "Bijoux Perle Rare",
        "Librairie La Page",
        "Chocolats Cacao Doux",
        "Céramiques du Midi",
        "Jouets Petit Pas",
    ],
    "it": [
        "Pelletteria Arno",
        "Caffè Moka Sud",
        "Ceramiche Vietri Sole",
        "Libreria Il Segnalibro",
        "Olio Frantoio Verde",
        "Giocattoli Trottola",
        "Cosmesi Naturale Lavanda",
        "Ciclismo Pedale",
        "Sartoria Filo d'Oro",
    ],
    "pt": [
        "Conservas Maré",
        "Cerâmica do Largo",
        "Livraria Marginália",
        "Sabonetes Alecrim",
        "Vinhos Quinta Alta",
        "Brinquedos Pião",
        "Café Torra Lenta",
        "Bicicletas Roda Livre",
        "Azulejos Lusitano",
    ],
}

ROLES = ("owner", "logistics", "accounts", "customer service", "warehouse", "e-commerce")

B2B: dict[str, dict[str, list[str]]] = {
    "es": {
        "collect": [
            "Desde el lunes no ha pasado nadie a recoger en nuestro almacén y tenemos más de 200 paquetes apilados.",
            "Las recogidas programadas no se están haciendo: tres días seguidos sin que venga el conductor.",
        ],
        "cod": [
            "No hemos recibido los pagos contra reembolso de las últimas cuatro semanas, más de 3.000 € pendientes.",
            "Los cobros contra reembolso no nos llegan desde hace un mes y el portal los marca como «liquidados».",
        ],
        "labels": [
            "Las etiquetas que genera el plugin salen con la taquilla equivocada y los paquetes acaban en otra ciudad.",
            "Desde la última actualización del plugin, las etiquetas llevan una taquilla que no es la que eligió el cliente.",
        ],
        "surcharge": [
            "En la factura nos cobráis recargo de sobredimensión en paquetes de tamaño S.",
            "La factura del mes trae cientos de recargos por «bulto grande» en sobres que pesan 300 gramos.",
        ],
        "short": [
            "las recogidas que no se hacen",
            "los reembolsos que no nos pagáis",
            "las etiquetas con taquilla equivocada",
            "los recargos mal facturados",
        ],
        "subject": [
            "Recogidas no realizadas – {company}",
            "Pagos contra reembolso pendientes – {company}",
            "Etiquetas erróneas del plugin – {company}",
            "Error en factura – {company}",
        ],
        "greet": ["Buenos días:", "Hola:", "Buenas tardes:"],
        "from": [
            "Os escribo de {company}.",
            "Soy {name}, de {company}.",
            "Desde {company} os comunicamos lo siguiente.",
        ],
        "colleague": [
            "{colleague} ya os lo dijo hace nada (caso {ref}), pero seguimos igual.",
            "{colleague}, de nuestro equipo, ya abrió el caso {ref} y no ha cambiado nada.",
        ],
        "close": [
            "Necesitamos una solución esta semana, esto nos está costando clientes.",
            "Por favor, dadnos una fecha concreta.",
            "Esto es muy grave para una tienda pequeña como la nuestra.",
        ],
        "sign": ["Un saludo,\n{name}\n{company}", "Gracias,\n{name} ({company})"],
        "again": [
            "Caso {ref}: seguimos exactamente igual con {short}. Ya os lo han escrito mis compañeros y nadie nos da una solución. Estamos pidiendo presupuesto a {comp}.",
            "Vuelvo a escribir por el caso {ref}. {Short}: todo sigue sin resolver, lo han reportado ya varias personas de {company}. Hemos pedido oferta a {comp}.",
        ],
        "again_phone": [
            "hola buenas llamo de {company} por el caso {ref} lo de {short} sigue igual ya os han escrito mis compañeros y estamos pidiendo presupuesto a {comp}"
        ],
        "nps_low": [
            "Ahora mismo no os recomendaríamos.",
            "Muy decepcionados con el servicio a empresas.",
            "Sin soporte real.",
        ],
        "ack": [
            "Hola {name}: hemos registrado la incidencia de {company} con la referencia {ref}. Nuestro equipo de cuentas de empresa la revisa con prioridad. {agent}, Lockora Business",
            "Hola {name}, gracias por el aviso. Abrimos el caso {ref} para {company} y te mantenemos informado. {agent} (Lockora Business)",
        ],
        "qa": [
            "¿Cómo doy de alta a una compañera en el portal? || Hola {name}: desde «Usuarios > Invitar» en el portal. Le llegará un correo para crear su contraseña. {agent}, Lockora Business",
            "¿Podemos cambiar la hora de recogida a las 16:00? || Hola {name}, sí: ya la hemos cambiado a las 16:00 a partir de mañana. {agent}",
            "Necesito un duplicado de la factura de julio. || Hola {name}, te la adjuntamos. También la tienes en «Facturación» del portal. {agent}",
            "¿El módulo de devoluciones funciona con nuestra tienda online? || Hola {name}: sí, es compatible con tu plataforma. Se activa en «Complementos > Devoluciones». {agent}",
            "Nos caduca la clave de la API, ¿cómo la renovamos? || Hola {name}, en «Integraciones > API» puedes generar una nueva; la anterior sigue activa 7 días. {agent}",
        ],
        "thanks": [
            "Perfecto, gracias!",
            "Muchas gracias, ya está.",
            "Genial, gracias por la rapidez.",
        ],
        "praise": [
            "Desde que ofrecemos envío a taquilla con Lockora, los clientes eligen más esa opción que el domicilio. Muy contentos.",
            "Lockora Business nos ha simplificado las devoluciones muchísimo. Recomendable para tiendas pequeñas.",
            "Las recogidas en el almacén, puntuales todos los días. Así da gusto trabajar.",
        ],
        "mild": [
            "Una sugerencia: sería útil poder poner un centro de coste en cada factura.",
            "¿Podríais añadir el nombre de la tienda en el export CSV de envíos? Nos ahorraría tiempo.",
            "Estaría bien poder programar recogidas los sábados.",
        ],
        "nps_high": ["Muy buen servicio", "Todo funciona", "Contentos"],
    },
    "de": {
        "collect": [
            "Seit Montag war niemand zur Abholung in unserem Lager, hier stapeln sich über 200 Pakete.",
            "Die geplanten Abholungen finden nicht statt: drei Tage in Folge kam kein Fahrer.",
        ],
        "cod": [
            "Die Nachnahmebeträge der letzten vier Wochen sind nicht bei uns angekommen, über 3.000 € offen.",
            "Seit einem Monat kommen keine Nachnahme-Auszahlungen an, obwohl das Portal sie als „ausgezahlt“ zeigt.",
        ],
        "labels": [
            "Die Etiketten aus dem Plugin haben die falsche Station drauf, die Pakete landen in einer anderen Stadt.",
            "Seit dem letzten Plugin-Update steht auf den Etiketten eine andere Station als die, die der Kunde gewählt hat.",
        ],
        "surcharge": [
            "Auf der Rechnung berechnen Sie uns Übergrößenzuschläge für Pakete der Größe S.",
            "Die Monatsrechnung enthält Hunderte Zuschläge für „Sperrgut“ auf Umschlägen mit 300 Gramm.",
        ],
        "short": [
            "die ausgefallenen Abholungen",
            "die fehlenden Nachnahme-Auszahlungen",
            "die Etiketten mit falscher Station",
            "die falsch berechneten Zuschläge",
        ],
        "subject": [
            "Abholungen ausgefallen – {company}",
            "Nachnahme-Auszahlungen offen – {company}",
            "Falsche Etiketten aus dem Plugin – {company}",
            "Fehler in der Rechnung – {company}",
        ],
        "greet": ["Guten Morgen,", "Hallo,", "Guten Tag,"],
        "from": [
            "ich schreibe Ihnen von {company}.",
            "hier ist {name} von {company}.",
            "wir von {company} müssen Folgendes melden.",
        ],
        "colleague": [
            "{colleague} hat das bei Ihnen schon gemeldet (Fall {ref}), aber es hat sich nichts getan.",
            "{colleague} aus unserem Team hat bereits den Fall {ref} eröffnet, geändert hat sich nichts.",
        ],
        "close": [
            "Wir brauchen diese Woche eine Lösung, das kostet uns Kunden.",
            "Bitte nennen Sie uns einen konkreten Termin.",
            "Für einen kleinen Shop wie unseren ist das sehr ernst.",
        ],
        "sign": ["Viele Grüße\n{name}\n{company}", "Danke\n{name} ({company})"],
        "again": [
            "Fall {ref}: Was {short} angeht, hat sich überhaupt nichts getan. Meine Kolleginnen und Kollegen haben es auch schon gemeldet, und niemand liefert eine Lösung. Wir holen gerade Angebote bei {comp} ein.",
            "Ich schreibe nochmal wegen Fall {ref}. {Short}: weiterhin ungelöst, mehrere Leute bei {company} haben es gemeldet. Wir haben ein Angebot von {comp} angefragt.",
        ],
        "again_phone": [
            "ja guten tag hier ist {company} wegen fall {ref} also {short} das ist immer noch nicht gelöst meine kollegen haben auch schon geschrieben und wir holen jetzt angebote bei {comp} ein"
        ],
        "nps_low": [
            "Im Moment würden wir Lockora nicht empfehlen.",
            "Vom Geschäftskundenservice sehr enttäuscht.",
            "Kein echter Support.",
        ],
        "ack": [
            "Hallo {name}, wir haben das Anliegen von {company} unter {ref} aufgenommen. Unser Geschäftskundenteam prüft es mit Priorität. {agent}, Lockora Business",
            "Hallo {name}, danke für die Meldung. Wir haben für {company} den Fall {ref} angelegt und halten dich auf dem Laufenden. {agent} (Lockora Business)",
        ],
        "qa": [
            "Wie lege ich eine Kollegin im Portal an? || Hallo {name}, über „Benutzer > Einladen“ im Portal. Sie bekommt dann eine Mail zum Passwort-Setzen. {agent}, Lockora Business",
            "Können wir die Abholzeit auf 16 Uhr verschieben? || Hallo {name}, ja, ab morgen ist 16 Uhr eingestellt. {agent}",
            "Ich brauche eine Kopie der Rechnung von Juli. || Hallo {name}, anbei. Du findest sie auch unter „Abrechnung“ im Portal. {agent}",
            "Funktioniert das Retourenmodul mit unserem Shopsystem? || Hallo {name}, ja, es ist mit deiner Plattform kompatibel. Aktivieren unter „Add-ons > Retouren“. {agent}",
            "Unser API-Schlüssel läuft ab, wie erneuern wir ihn? || Hallo {name}, unter „Integrationen > API“ kannst du einen neuen erzeugen; der alte bleibt 7 Tage gültig. {agent}",
        ],
        "thanks": [
            "Perfekt, danke!",
            "Vielen Dank, erledigt.",
            "Super, danke für die schnelle Hilfe.",
        ],
        "praise": [
            "Seit wir Lieferung an die Station mit Lockora anbieten, wählen die Kunden das öfter als die Haustür. Sehr zufrieden.",
            "Lockora Business hat unsere Retouren enorm vereinfacht. Für kleine Shops zu empfehlen.",
            "Abholung im Lager jeden Tag pünktlich. So macht Zusammenarbeit Spaß.",
        ],
        "mild": [
            "Ein Vorschlag: eine Kostenstelle pro Rechnung wäre hilfreich.",
            "Könnten Sie den Shopnamen in den CSV-Export der Sendungen aufnehmen? Würde uns Zeit sparen.",
            "Abholungen am Samstag planen zu können wäre schön.",
        ],
        "nps_high": ["Sehr guter Service", "Alles läuft", "Zufrieden"],
    },
    "en": {
        "collect": [
            "Nobody has come to collect from our warehouse since Monday and we've got over 200 parcels stacked up.",
            "Scheduled collections aren't happening: three days in a row and no driver.",
        ],
        "cod": [
            "We haven't received the cash-on-delivery payouts for the last four weeks, over £2,500 outstanding.",
            "No cash-on-delivery payouts for a month, yet the portal shows them as 'paid out'.",
        ],
        "labels": [
            "Labels from the plugin are printing with the wrong locker and parcels are ending up in another city.",
            "Since the last plugin update, labels show a different locker from the one the customer chose.",
        ],
        "surcharge": [
            "You're charging oversize surcharges on size S parcels on our invoice.",
            "This month's invoice has hundreds of 'bulky item' surcharges on 300 g envelopes.",
        ],
        "short": [
            "the missed collections",
            "the missing cash-on-delivery payouts",
            "the labels with the wrong locker",
            "the wrongly billed surcharges",
        ],
        "subject": [
            "Missed collections – {company}",
            "Outstanding COD payouts – {company}",
            "Wrong labels from plugin – {company}",
            "Invoice error – {company}",
        ],
        "greet": ["Good morning,", "Hi,", "Hello,"],
        "from": [
            "I'm writing from {company}.",
            "This is {name} at {company}.",
            "We at {company} need to flag the following.",
        ],
        "colleague": [
            "My colleague {colleague} already reported this (case {ref}) but nothing has changed.",
            "{colleague} on our team already opened case {ref} and nothing has moved.",
        ],
        "close": [
            "We need this fixed this week, it's costing us customers.",
            "Please give us a firm date.",
            "For a small shop like ours this is really serious.",
        ],
        "sign": ["Best,\n{name}\n{company}", "Thanks,\n{name} ({company})"],
        "again": [
            "Case {ref}: nothing at all has changed with {short}. My colleagues have reported it too and nobody is giving us a fix. We're getting quotes from {comp}.",
            "Writing again about case {ref}. {Short}: still unresolved, several people at {company} have reported it. We've asked {comp} for a quote.",
        ],
        "again_phone": [
            "hi it's {company} about case {ref} {short} are still not sorted my colleagues have written in as well and we're getting quotes from {comp} now"
        ],
        "nps_low": [
            "Wouldn't recommend you right now.",
            "Very disappointed with business support.",
            "No real support.",
        ],
        "ack": [
            "Hi {name}, we've logged {company}'s issue under {ref}. Our business accounts team is looking at it as a priority. {agent}, Lockora Business",
            "Hi {name}, thanks for flagging. We've opened case {ref} for {company} and will keep you posted. {agent} (Lockora Business)",
        ],
        "qa": [
            "How do I add a colleague to the portal? || Hi {name}, under Users > Invite in the portal. They'll get an email to set a password. {agent}, Lockora Business",
            "Can we move our collection time to 4pm? || Hi {name}, yes, it's set to 4pm from tomorrow. {agent}",
            "I need a copy of July's invoice. || Hi {name}, attached. It's also under Billing in the portal. {agent}",
            "Does the returns module work with our shop platform? || Hi {name}, yes, it's compatible. Switch it on under Add-ons > Returns. {agent}",
            "Our API key is expiring, how do we renew it? || Hi {name}, under Integrations > API you can generate a new one; the old one stays live for 7 days. {agent}",
        ],
        "thanks": ["Perfect, thanks!", "Many thanks, done.", "Great, thanks for the quick help."],
        "praise": [
            "Since we started offering locker delivery with Lockora, customers pick it more than home delivery. Very happy.",
            "Lockora Business has made our returns so much simpler. Recommended for small shops.",
            "Warehouse collections on time every single day. Lovely to work with.",
        ],
        "mild": [
            "A suggestion: it would help to have a cost centre on each invoice.",
            "Could you add the shop name to the CSV export of shipments? Would save us time.",
            "Being able to book Saturday collections would be nice.",
        ],
        "nps_high": ["Very good service", "Everything works", "Happy"],
    },
    "fr": {
        "collect": [
            "Personne n'est passé récupérer les colis dans notre entrepôt depuis lundi, plus de 200 colis s'entassent.",
            "Les enlèvements programmés n'ont pas lieu : trois jours de suite sans chauffeur.",
        ],
        "cod": [
            "Nous n'avons pas reçu les versements contre remboursement des quatre dernières semaines, plus de 3 000 € en attente.",
            "Aucun versement contre remboursement depuis un mois, alors que le portail les indique « versés ».",
        ],
        "labels": [
            "Les étiquettes du plugin sortent avec la mauvaise consigne et les colis finissent dans une autre ville.",
            "Depuis la dernière mise à jour du plugin, les étiquettes portent une autre consigne que celle choisie par le client.",
        ],
        "surcharge": [
            "Sur la facture vous nous comptez des suppléments hors format sur des colis taille S.",
            "La facture du mois contient des centaines de suppléments « colis volumineux » sur des enveloppes de 300 g.",
        ],
        "short": [
            "les enlèvements non faits",
            "les versements contre remboursement manquants",
            "les étiquettes avec la mauvaise consigne",
            "les suppléments facturés à tort",
        ],
        "subject": [
            "Enlèvements non effectués – {company}",
            "Versements contre remboursement en attente – {company}",
            "Étiquettes erronées du plugin – {company}",
            "Erreur de facture – {company}",
        ],
        "greet": ["Bonjour,", "Bonjour à vous,", "Madame, Monsieur,"],
        "from": [
            "je vous écris de la part de {company}.",
            "ici {name}, de {company}.",
            "chez {company}, nous devons vous signaler ceci.",
        ],
        "colleague": [
            "{colleague} vous l'a déjà signalé (dossier {ref}), mais rien n'a changé.",
            "{colleague}, de notre équipe, a déjà ouvert le dossier {ref} et rien n'a bougé.",
        ],
        "close": [
            "Il nous faut une solution cette semaine, cela nous coûte des clients.",
            "Merci de nous donner une date précise.",
            "Pour une petite boutique comme la nôtre, c'est très grave.",
        ],
        "sign": ["Cordialement,\n{name}\n{company}", "Merci,\n{name} ({company})"],
        "again": [
            "Dossier {ref} : rien n'a changé pour {short}. Mes collègues l'ont signalé aussi et personne ne nous apporte de solution. Nous demandons des devis à {comp}.",
            "Je réécris pour le dossier {ref}. {Short} : toujours pas réglé, plusieurs personnes chez {company} l'ont signalé. Nous avons demandé une offre à {comp}.",
        ],
        "again_phone": [
            "oui bonjour c'est {company} pour le dossier {ref} {short} c'est toujours pas réglé mes collègues vous ont écrit aussi et on demande des devis à {comp}"
        ],
        "nps_low": [
            "En ce moment nous ne vous recommanderions pas.",
            "Très déçus du service entreprises.",
            "Pas de vrai support.",
        ],
        "ack": [
            "Bonjour {name}, nous avons enregistré le problème de {company} sous la référence {ref}. Notre équipe comptes entreprises le traite en priorité. {agent}, Lockora Business",
            "Bonjour {name}, merci du signalement. Nous avons ouvert le dossier {ref} pour {company} et vous tenons informé. {agent} (Lockora Business)",
        ],
        "qa": [
            "Comment ajouter une collègue sur le portail ? || Bonjour {name}, via « Utilisateurs > Inviter » dans le portail. Elle recevra un e-mail pour créer son mot de passe. {agent}, Lockora Business",
            "Peut-on passer l'heure d'enlèvement à 16h ? || Bonjour {name}, oui, c'est réglé sur 16h à partir de demain. {agent}",
            "Il me faudrait un duplicata de la facture de juillet. || Bonjour {name}, ci-joint. Elle est aussi dans « Facturation » sur le portail. {agent}",
            "Le module retours marche avec notre boutique en ligne ? || Bonjour {name}, oui, il est compatible. Activation dans « Modules > Retours ». {agent}",
            "Notre clé API expire, comment la renouveler ? || Bonjour {name}, dans « Intégrations > API » vous pouvez en générer une nouvelle ; l'ancienne reste active 7 jours. {agent}",
        ],
        "thanks": [
            "Parfait, merci !",
            "Merci beaucoup, c'est fait.",
            "Super, merci pour la rapidité.",
        ],
        "praise": [
            "Depuis qu'on propose la livraison en consigne avec Lockora, les clients la choisissent plus que le domicile. Très contents.",
            "Lockora Business a énormément simplifié nos retours. À recommander aux petites boutiques.",
            "Enlèvements à l'entrepôt ponctuels tous les jours. Agréable de travailler comme ça.",
        ],
        "mild": [
            "Une suggestion : un centre de coût sur chaque facture serait utile.",
            "Pourriez-vous ajouter le nom de la boutique dans l'export CSV des envois ? Ça nous ferait gagner du temps.",
            "Pouvoir programmer des enlèvements le samedi serait bien.",
        ],
        "nps_high": ["Très bon service", "Tout fonctionne", "Satisfaits"],
    },
    "it": {
        "collect": [
            "Da lunedì nessuno è passato a ritirare nel nostro magazzino e abbiamo più di 200 pacchi accatastati.",
            "I ritiri programmati non vengono fatti: tre giorni di fila senza autista.",
        ],
        "cod": [
            "Non abbiamo ricevuto gli incassi in contrassegno delle ultime quattro settimane, più di 3.000 € in sospeso.",
            "Da un mese non arrivano gli incassi in contrassegno, eppure il portale li segna come «liquidati».",
        ],
        "labels": [
            "Le etichette del plugin escono con il locker sbagliato e i pacchi finiscono in un'altra città.",
            "Dall'ultimo aggiornamento del plugin le etichette riportano un locker diverso da quello scelto dal cliente.",
        ],
        "surcharge": [
            "In fattura ci addebitate supplementi fuori misura su pacchi di taglia S.",
            "La fattura del mese ha centinaia di supplementi «collo voluminoso» su buste da 300 grammi.",
        ],
        "short": [
            "i ritiri non effettuati",
            "gli incassi in contrassegno mancanti",
            "le etichette con il locker sbagliato",
            "i supplementi addebitati per errore",
        ],
        "subject": [
            "Ritiri non effettuati – {company}",
            "Incassi contrassegno in sospeso – {company}",
            "Etichette errate dal plugin – {company}",
            "Errore in fattura – {company}",
        ],
        "greet": ["Buongiorno,", "Salve,", "Buon pomeriggio,"],
        "from": [
            "vi scrivo da {company}.",
            "sono {name} di {company}.",
            "da {company} vi segnaliamo quanto segue.",
        ],
        "colleague": [
            "{colleague} ve l'ha già segnalato (pratica {ref}), ma non è cambiato nulla.",
            "{colleague}, del nostro team, ha già aperto la pratica {ref} e non si è mosso niente.",
        ],
        "close": [
            "Ci serve una soluzione questa settimana, ci sta costando clienti.",
            "Per favore dateci una data precisa.",
            "Per un piccolo negozio come il nostro è molto grave.",
        ],
        "sign": ["Saluti,\n{name}\n{company}", "Grazie,\n{name} ({company})"],
        "again": [
            "Pratica {ref}: per {short} non è cambiato niente. L'hanno segnalato anche i miei colleghi e nessuno ci dà una soluzione. Stiamo chiedendo preventivi a {comp}.",
            "Riscrivo per la pratica {ref}. {Short}: ancora irrisolto, l'hanno segnalato più persone di {company}. Abbiamo chiesto un'offerta a {comp}.",
        ],
        "again_phone": [
            "buongiorno chiamo da {company} per la pratica {ref} {short} è ancora tutto uguale l'hanno scritto anche i miei colleghi e stiamo chiedendo preventivi a {comp}"
        ],
        "nps_low": [
            "Al momento non vi consiglieremmo.",
            "Molto delusi dal servizio aziende.",
            "Nessun supporto vero.",
        ],
        "ack": [
            "Ciao {name}, abbiamo registrato il problema di {company} con il riferimento {ref}. Il nostro team clienti business lo segue con priorità. {agent}, Lockora Business",
            "Ciao {name}, grazie della segnalazione. Abbiamo aperto la pratica {ref} per {company} e ti teniamo aggiornato. {agent} (Lockora Business)",
        ],
        "qa": [
            "Come aggiungo una collega al portale? || Ciao {name}, da «Utenti > Invita» nel portale. Le arriverà una mail per impostare la password. {agent}, Lockora Business",
            "Possiamo spostare il ritiro alle 16? || Ciao {name}, sì, da domani è impostato alle 16. {agent}",
            "Mi serve una copia della fattura di luglio. || Ciao {name}, in allegato. La trovi anche in «Fatturazione» nel portale. {agent}",
            "Il modulo resi funziona con il nostro e-commerce? || Ciao {name}, sì, è compatibile. Si attiva da «Moduli > Resi». {agent}",
            "La nostra chiave API scade, come la rinnoviamo? || Ciao {name}, da «Integrazioni > API» ne generi una nuova; la vecchia resta attiva 7 giorni. {agent}",
        ],
        "thanks": ["Perfetto, grazie!", "Grazie mille, fatto.", "Ottimo, grazie per la rapidità."],
        "praise": [
            "Da quando offriamo la consegna al locker con Lockora, i clienti la scelgono più della consegna a casa. Molto soddisfatti.",
            "Lockora Business ci ha semplificato tantissimo i resi. Consigliato ai piccoli negozi.",
            "Ritiri in magazzino puntuali tutti i giorni. Così è un piacere lavorare.",
        ],
        "mild": [
            "Un suggerimento: sarebbe utile un centro di costo su ogni fattura.",
            "Potreste aggiungere il nome del negozio nell'export CSV delle spedizioni? Ci farebbe risparmiare tempo.",
            "Sarebbe bello poter programmare ritiri il sabato.",
        ],
        "nps_high": ["Ottimo servizio", "Funziona tutto", "Soddisfatti"],
    },
    "pt": {
        "collect": [
            "Desde segunda-feira que ninguém vem recolher ao nosso armazém e temos mais de 200 encomendas empilhadas.",
            "As recolhas agendadas não estão a ser feitas: três dias seguidos sem motorista.",
        ],
        "cod": [
            "Não recebemos os valores à cobrança das últimas quatro semanas, mais de 3.000 € em atraso.",
            "Há um mês que não recebemos as cobranças, e o portal mostra-as como «pagas».",
        ],
        "labels": [
            "As etiquetas do plugin saem com o cacifo errado e as encomendas vão parar a outra cidade.",
            "Desde a última atualização do plugin, as etiquetas trazem um cacifo diferente do que o cliente escolheu.",
        ],
        "surcharge": [
            "Na fatura estão a cobrar-nos sobretaxa de excesso de volume em encomendas de tamanho S.",
            "A fatura do mês traz centenas de sobretaxas de «volume grande» em envelopes de 300 gramas.",
        ],
        "short": [
            "as recolhas que não são feitas",
            "os valores à cobrança por pagar",
            "as etiquetas com o cacifo errado",
            "as sobretaxas mal faturadas",
        ],
        "subject": [
            "Recolhas não efetuadas – {company}",
            "Cobranças por pagar – {company}",
            "Etiquetas erradas do plugin – {company}",
            "Erro na fatura – {company}",
        ],
        "greet": ["Bom dia,", "Olá,", "Boa tarde,"],
        "from": [
            "escrevo-vos da {company}.",
            "fala {name}, da {company}.",
            "da {company} temos de vos comunicar o seguinte.",
        ],
        "colleague": [
            "{colleague} já vos tinha avisado (processo {ref}), mas continua tudo igual.",
            "{colleague}, da nossa equipa, já abriu o processo {ref} e nada mudou.",
        ],
        "close": [
            "Precisamos de uma solução esta semana, isto está a custar-nos clientes.",
            "Por favor deem-nos uma data concreta.",
            "Para uma loja pequena como a nossa isto é muito grave.",
        ],
        "sign": ["Cumprimentos,\n{name}\n{company}", "[[Obrigada|Obrigado]],\n{name} ({company})"],
        "again": [
            "Processo {ref}: com {short} está tudo exatamente igual. Os meus colegas também já vos escreveram e ninguém nos dá uma solução. Estamos a pedir orçamentos à {comp}.",
            "Volto a escrever sobre o processo {ref}. {Short}: continua por resolver, várias pessoas da {company} já reportaram. Pedimos uma proposta à {comp}.",
        ],
        "again_phone": [
            "bom dia fala da {company} por causa do processo {ref} com {short} continua tudo igual os meus colegas também já escreveram e estamos a pedir orçamentos à {comp}"
        ],
        "nps_low": [
            "Neste momento não vos recomendaríamos.",
            "Muito desiludidos com o apoio a empresas.",
            "Sem apoio a sério.",
        ],
        "ack": [
            "Olá {name}, registámos o problema da {company} com a referência {ref}. A nossa equipa de contas empresariais está a tratar com prioridade. {agent}, Lockora Business",
            "Olá {name}, [[obrigada|obrigado]] pelo aviso. Abrimos o processo {ref} para a {company} e vamos dando notícias. {agent} (Lockora Business)",
        ],
        "qa": [
            "Como adiciono uma colega no portal? || Olá {name}, em «Utilizadores > Convidar» no portal. Ela recebe um email para definir a palavra-passe. {agent}, Lockora Business",
            "Podemos passar a recolha para as 16h? || Olá {name}, sim, a partir de amanhã fica às 16h. {agent}",
            "Preciso de uma segunda via da fatura de julho. || Olá {name}, segue em anexo. Também está em «Faturação» no portal. {agent}",
            "O módulo de devoluções funciona com a nossa loja online? || Olá {name}, sim, é compatível. Ativa-se em «Extras > Devoluções». {agent}",
            "A nossa chave da API vai expirar, como a renovamos? || Olá {name}, em «Integrações > API» pode gerar uma nova; a antiga fica ativa 7 dias. {agent}",
        ],
        "thanks": [
            "Perfeito, [[obrigada|obrigado]]!",
            "Muito [[obrigada|obrigado]], já está.",
            "Ótimo, [[obrigada|obrigado]] pela rapidez.",
        ],
        "praise": [
            "Desde que oferecemos entrega em cacifo com a Lockora, os clientes escolhem mais isso do que a entrega em casa. Muito satisfeitos.",
            "O Lockora Business simplificou imenso as nossas devoluções. Recomendo a lojas pequenas.",
            "Recolhas no armazém pontuais todos os dias. Assim dá gosto trabalhar.",
        ],
        "mild": [
            "Uma sugestão: dava jeito ter um centro de custo em cada fatura.",
            "Podiam acrescentar o nome da loja na exportação CSV dos envios? Poupava-nos tempo.",
            "Seria bom poder agendar recolhas ao sábado.",
        ],
        "nps_high": ["Muito bom serviço", "Tudo funciona", "Satisfeitos"],
    },
}
