# ruff: noqa: E501
"""Hand-written wording of Limora Business contacts (office and practice cleaning).

Company problems: ``invoice`` (the 10 % contract discount missing on the monthly
invoice), ``missed_cleans`` (evening cleans skipped), ``supplies`` (soap, paper towels and
toilet paper not refilled), ``portal`` (the portal will not add a site or a user, or
export). Placeholders as in ``wording_happy`` plus {company}, {site} (the kind of firm),
{col} a colleague's first name (``<<fem|masc>>`` agrees with that colleague), {day} a
weekday, {ref} the case reference, {comp} a competitor, {spoken} the reference as spoken.
"""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "missed_cleans", "supplies", "portal")

SITES: dict[str, list[str]] = {
    "de": [
        "Zahnarztpraxis",
        "Kanzlei",
        "Physiotherapiepraxis",
        "Coworking",
        "Kita",
        "Steuerbüro",
        "Architekturbüro",
        "Hotel",
    ],
    "pt": [
        "clínica dentária",
        "sociedade de advogados",
        "clínica de fisioterapia",
        "incubadora de empresas",
        "creche",
        "empresa de contabilidade",
        "sociedade de arquitetos",
        "pousada",
    ],
    "en": ["dental practice", "law firm", "physio clinic", "coworking space"],
    "es": ["clínica dental", "despacho de abogados", "clínica de fisioterapia", "coworking"],
    "fr": ["cabinet dentaire", "cabinet d'avocats", "cabinet de kiné", "espace de coworking"],
    "it": ["studio dentistico", "studio legale", "studio di fisioterapia", "coworking"],
}
# The same kind of firm at the same index in every language (Portuguese names are all
# feminine, so "da/na/para a {company}" agree).
SITE_KEYS = ["dental", "law", "physio", "coworking", "nursery", "accounting", "architects", "hotel"]

WEEKDAYS: dict[str, list[str]] = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
}

ADDONS: list[tuple[dict[str, str], float]] = [
    (
        {
            "de": "Fensterreinigung Büro",
            "pt": "Limpeza de janelas escritório",
            "en": "Office window clean",
            "es": "Cristales oficina",
            "fr": "Vitres bureaux",
            "it": "Vetri ufficio",
        },
        180.0,
    ),
    (
        {
            "de": "Teppichreinigung",
            "pt": "Limpeza de alcatifa",
            "en": "Carpet clean",
            "es": "Limpieza de moqueta",
            "fr": "Nettoyage moquette",
            "it": "Pulizia moquette",
        },
        240.0,
    ),
    (
        {
            "de": "Zusätzliche Abendreinigung",
            "pt": "Limpeza extra ao fim do dia",
            "en": "Extra evening clean",
            "es": "Limpieza extra de tarde",
            "fr": "Ménage du soir en plus",
            "it": "Pulizia serale extra",
        },
        120.0,
    ),
    (
        {
            "de": "Bauendreinigung",
            "pt": "Limpeza pós-obra",
            "en": "After-works clean",
            "es": "Limpieza fin de obra",
            "fr": "Nettoyage fin de chantier",
            "it": "Pulizia post cantiere",
        },
        460.0,
    ),
]
PORTAL_PAGES = [
    "/business/sites",
    "/business/users",
    "/business/invoices",
    "/business/schedule",
    "/business/exports",
    "/business/supplies",
]

B2B_QA: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        (
            "Guten Tag, können wir die Reinigung nächste Woche wegen Inventur von Dienstag auf Mittwoch legen?",
            "Guten Tag [[Frau|Herr]] {last}, erledigt: die Reinigung für {company} ist nächste Woche am Mittwoch. Viele Grüße, {agent}",
            "Danke, super",
        ),
        (
            "Hallo, wir bekommen einen neuen Praxisraum dazu, ca. 20 m². Was kostet das zusätzlich pro Monat?",
            "Hallo [[Frau|Herr]] {last}, für 20 m² kämen {room} im Monat dazu; soll ich das Angebot schicken? {agent}",
            "Ja gern, danke",
        ),
        (
            "Können die Reinigungskräfte auch die Kaffeemaschine in der Küche entkalken?",
            "Guten Tag [[Frau|Herr]] {last}, ja, das nehmen wir als Extra auf, einmal im Monat {descale}. {agent}",
            "Perfekt, bitte so eintragen",
        ),
        (
            "Bekommen wir die Rechnung auch als XRechnung?",
            "Guten Tag [[Frau|Herr]] {last}, ja, ich habe das Format für {company} umgestellt, ab der nächsten Rechnung. {agent}",
            "Danke schön!",
        ),
    ],
    "pt": [
        (
            "Boa tarde, podemos passar a limpeza da próxima semana de terça para quarta por causa do inventário?",
            "Boa tarde [[Sra.|Sr.]] {last}, feito: a limpeza da {company} na próxima semana é na quarta. Cumprimentos, {agent}",
            "Obrigad[[a|o]], ótimo",
        ),
        (
            "Olá, vamos ter mais uma sala, uns 20 m². Quanto fica a mais por mês?",
            "Olá [[Sra.|Sr.]] {last}, para 20 m² são mais {room} por mês; envio a proposta? {agent}",
            "Sim, por favor, obrigad[[a|o]]",
        ),
        (
            "As senhoras da limpeza podem descalcificar a máquina de café da copa?",
            "Boa tarde [[Sra.|Sr.]] {last}, sim, fica como extra, uma vez por mês {descale}. {agent}",
            "Perfeito, podem pôr",
        ),
        (
            "Conseguem emitir a fatura com o NIF da nova empresa a partir deste mês?",
            "Boa tarde [[Sra.|Sr.]] {last}, sim, já atualizei os dados de faturação da {company}. {agent}",
            "Muito obrigad[[a|o]]!",
        ),
    ],
    "en": [
        (
            "Hi, can we move next week's clean from Tuesday to Wednesday? Stocktake.",
            "Hi [[Ms|Mr]] {last}, done: {company}'s clean next week is on Wednesday. {agent}",
            "Thanks, great",
        ),
        (
            "We're adding a room, about 20 sqm. What would that cost a month?",
            "Hi [[Ms|Mr]] {last}, it'd be {room} more a month; shall I send the quote? {agent}",
            "Yes please, thanks",
        ),
    ],
    "es": [
        (
            "Buenas, ¿podemos pasar la limpieza de la semana que viene del martes al miércoles? Tenemos inventario.",
            "Hola [[Sra.|Sr.]] {last}, hecho: la limpieza de {company} la semana que viene es el miércoles. {agent}",
            "Gracias, perfecto",
        ),
        (
            "Vamos a tener una sala más, unos 20 m². ¿Cuánto sería al mes?",
            "Hola [[Sra.|Sr.]] {last}, serían {room} más al mes; ¿le envío el presupuesto? {agent}",
            "Sí, gracias",
        ),
    ],
    "fr": [
        (
            "Bonjour, peut-on décaler le ménage de la semaine prochaine du mardi au mercredi ? Inventaire.",
            "Bonjour [[Madame|Monsieur]] {last}, c'est fait : le ménage de {company} la semaine prochaine sera le mercredi. {agent}",
            "Merci, parfait",
        ),
        (
            "Nous ajoutons une salle d'environ 20 m². Combien en plus par mois ?",
            "Bonjour [[Madame|Monsieur]] {last}, {room} de plus par mois ; je vous envoie le devis ? {agent}",
            "Oui merci",
        ),
    ],
    "it": [
        (
            "Buongiorno, possiamo spostare la pulizia della prossima settimana da martedì a mercoledì? Abbiamo l'inventario.",
            "Buongiorno [[Sig.ra|Sig.]] {last}, fatto: la pulizia di {company} la prossima settimana è mercoledì. {agent}",
            "Grazie, perfetto",
        ),
        (
            "Aggiungiamo una stanza di circa 20 m². Quanto costa in più al mese?",
            "Buongiorno [[Sig.ra|Sig.]] {last}, {room} in più al mese; le mando il preventivo? {agent}",
            "Sì grazie",
        ),
    ],
}
B2B_SUBJ: dict[str, list[str]] = {
    "de": ["Frage", "Kurze Frage", "Anfrage {company}", "Reinigung {company}"],
    "pt": ["Questão", "Pedido de informação", "Pedido {company}", "Limpeza {company}"],
    "en": ["Question", "Quick question"],
    "es": ["Consulta", "Pregunta"],
    "fr": ["Question", "Demande"],
    "it": ["Domanda", "Richiesta"],
}
B2B_PHONE: dict[str, list[str]] = {
    "de": [
        "guten tag {first} {last} von {company} ich wollte fragen ob die reinigung über weihnachten weiterläuft oder ob wir das pausieren müssen",
        "ja hallo hier {company} kurze frage kann man im portal auch eine zweite rechnungsadresse hinterlegen",
    ],
    "pt": [
        "boa tarde fala {first} {last} da {company} queria saber se a limpeza continua no natal ou se temos de pausar",
        "olá daqui é da {company} uma pergunta dá para pôr uma segunda morada de faturação no portal",
    ],
    "en": [
        "hi its {first} from {company} do the cleans carry on over christmas or do we pause them"
    ],
    "es": ["hola buenas soy {first} de {company} la limpieza sigue en navidad o hay que pausarla"],
    "fr": [
        "oui bonjour {first} de {company} est-ce que le ménage continue pendant les fêtes ou il faut le suspendre"
    ],
    "it": [
        "pronto buongiorno sono {first} di {company} la pulizia continua a natale o dobbiamo sospenderla"
    ],
}
B2B_PRAISE: dict[str, list[str]] = {
    "de": [
        "Seit wir {b} Business haben, muss sich bei uns keiner mehr um Putzpläne kümmern. Sehr zu empfehlen.",
        "Unsere Patientinnen sagen immer, wie sauber es bei uns ist. Das Lob geht an das Team von {b} 👏",
        "Zuverlässig jeden Abend, auch in den Ferien. Danke {b}!",
    ],
    "pt": [
        "Desde que temos a {b} Business, cá ninguém tem de pensar em escalas de limpeza. Recomendo.",
        "Os nossos clientes comentam sempre como está tudo limpo. O elogio é para a equipa da {b} 👏",
        "Todas as noites sem falhas, mesmo em agosto. Obrigad[[a|o]] {b}!",
    ],
    "en": [
        "Since we've had {b} Business nobody at the {site} has to think about cleaning rotas. Recommended."
    ],
    "es": [
        "Desde que tenemos {b} Business aquí nadie se preocupa de turnos de limpieza. Recomendable."
    ],
    "fr": [
        "Depuis {b} Business, plus personne chez nous ne s'occupe du planning de ménage. Je recommande."
    ],
    "it": [
        "Da quando abbiamo {b} Business da noi nessuno pensa più ai turni di pulizia. Consigliato."
    ],
}

B2B_SHORT: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "die Rechnung ohne die vertraglichen 10 %",
        "missed_cleans": "die ausgefallenen Abendreinigungen",
        "supplies": "die nicht aufgefüllten Seifen- und Papierspender",
        "portal": "das Portal, das keine neuen Nutzer und Standorte anlegt",
    },
    "pt": {
        "invoice": "a fatura sem os 10 % do contrato",
        "missed_cleans": "as limpezas da noite que não foram feitas",
        "supplies": "os dispensadores de sabão e papel vazios",
        "portal": "o portal que não deixa criar utilizadores nem locais",
    },
    "en": {
        "invoice": "the invoice without our 10% contract discount",
        "missed_cleans": "the evening cleans that were skipped",
        "supplies": "the soap and paper dispensers left empty",
        "portal": "the portal not letting us add users or sites",
    },
    "es": {
        "invoice": "la factura sin el 10 % del contrato",
        "missed_cleans": "las limpiezas de tarde que no se hicieron",
        "supplies": "los dispensadores de jabón y papel vacíos",
        "portal": "el portal que no deja añadir usuarios ni centros",
    },
    "fr": {
        "invoice": "la facture sans les 10 % du contrat",
        "missed_cleans": "les ménages du soir sautés",
        "supplies": "les distributeurs de savon et de papier vides",
        "portal": "le portail qui ne permet pas d'ajouter des utilisateurs ni des sites",
    },
    "it": {
        "invoice": "la fattura senza il 10 % del contratto",
        "missed_cleans": "le pulizie serali saltate",
        "supplies": "i dispenser di sapone e carta vuoti",
        "portal": "il portale che non fa aggiungere utenti né sedi",
    },
}
B2B_FIRST: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Guten Tag,\n\nin der Monatsrechnung für {company} fehlt wieder der vertragliche Rabatt von 10 %. Abgerechnet wurden {inv_full} statt {inv_disc}. Bitte korrigieren Sie die Rechnung, wir überweisen sonst nur den vertraglichen Betrag.\n\nMit freundlichen Grüßen\n{first} {last}",
        "missed_cleans": "Hallo,\n\ndiese Woche ist die Abendreinigung bei {company} zweimal ausgefallen, Dienstag und Donnerstag. Heute Morgen volle Mülleimer, Kaffeeflecken in der Küche und Fußspuren im Eingang, und um 9 kamen die ersten Kunden. So geht das nicht.\n\nGrüße\n{first} {last}",
        "supplies": "Guten Tag,\n\nseit über einer Woche werden bei {company} die Seifen- und Papierhandtuchspender nicht mehr aufgefüllt, obwohl das im Vertrag steht. Unsere Mitarbeitenden bringen inzwischen Klopapier von zuhause mit. Bitte umgehend klären.\n\n{first} {last}",
        "portal": "Hallo,\n\nich versuche seit Montag, im Business-Portal unseren neuen Standort und zwei neue Nutzer anzulegen. Es kommt immer 'Vorgang konnte nicht gespeichert werden'. Der Export der Reinigungsnachweise bricht auch ab. So können wir nichts abrechnen.\n\nViele Grüße\n{first} {last}",
    },
    "pt": {
        "invoice": "Boa tarde,\n\nna fatura mensal da {company} falta outra vez o desconto de 10 % do contrato. Cobraram {inv_full} em vez de {inv_disc}. Agradeço a correção, caso contrário pagamos apenas o valor contratado.\n\nCumprimentos,\n{first} {last}",
        "missed_cleans": "Olá,\n\nesta semana a limpeza da noite na {company} falhou duas vezes, terça e quinta. Hoje de manhã caixotes cheios, a copa suja e pegadas na entrada, e às 9h chegaram os primeiros clientes. Assim não dá.\n\nCumprimentos,\n{first} {last}",
        "supplies": "Boa tarde,\n\nhá mais de uma semana que na {company} ninguém repõe os dispensadores de sabão e toalhetes, apesar de estar no contrato. Os colegas já trazem papel higiénico de casa. Peço que resolvam com urgência.\n\n{first} {last}",
        "portal": "Olá,\n\ndesde segunda que tento criar no portal Business o nosso novo local e dois utilizadores novos. Dá sempre 'Não foi possível guardar'. A exportação dos registos de limpeza também falha. Assim não conseguimos faturar nada.\n\nCumprimentos,\n{first} {last}",
    },
    "en": {
        "invoice": "Hello,\n\nthe monthly invoice for {company} is missing our 10% contract discount again: {inv_full} charged instead of {inv_disc}. Please correct it, otherwise we will pay the contract amount only.\n\nRegards,\n{first} {last}",
        "missed_cleans": "Hi,\n\nthe evening clean at {company} was skipped twice this week, Tuesday and Thursday. Full bins and a grubby kitchen this morning with clients in at 9. Not acceptable.\n\n{first} {last}",
        "supplies": "Hello,\n\nfor over a week nobody has refilled the soap and paper towel dispensers at {company}, though it's in the contract. Staff are bringing loo roll from home. Please sort urgently.\n\n{first} {last}",
        "portal": "Hi,\n\nsince Monday I've been trying to add our new site and two users in the Business portal and it keeps saying 'Could not save'. The export of the cleaning logs fails too.\n\n{first} {last}",
    },
    "es": {
        "invoice": "Buenas tardes,\n\nen la factura mensual de {company} vuelve a faltar el 10 % de descuento del contrato: {inv_full} en vez de {inv_disc}. Por favor corríjanla.\n\nUn saludo,\n{first} {last}",
        "missed_cleans": "Hola,\n\nesta semana la limpieza de tarde en {company} no se hizo dos veces, martes y jueves. Papeleras llenas y la cocina sucia esta mañana, con clientes a las 9. Así no puede ser.\n\n{first} {last}",
        "supplies": "Buenas,\n\nhace más de una semana que nadie repone el jabón ni el papel en {company}, y está en el contrato. La gente trae papel de casa. Por favor, resuélvanlo ya.\n\n{first} {last}",
        "portal": "Hola,\n\ndesde el lunes intento dar de alta nuestro nuevo centro y dos usuarios en el portal Business y sale 'No se pudo guardar'. La exportación también falla.\n\n{first} {last}",
    },
    "fr": {
        "invoice": "Bonjour,\n\nla facture mensuelle de {company} ne comporte toujours pas la remise contractuelle de 10 % : {inv_full} au lieu de {inv_disc}. Merci de la corriger.\n\nCordialement,\n{first} {last}",
        "missed_cleans": "Bonjour,\n\ncette semaine le ménage du soir chez {company} a sauté deux fois, mardi et jeudi. Poubelles pleines et cuisine sale ce matin, avec des clients dès 9 h. Ce n'est pas possible.\n\n{first} {last}",
        "supplies": "Bonjour,\n\ndepuis plus d'une semaine personne ne recharge le savon ni l'essuie-mains chez {company}, alors que c'est au contrat. Merci de régler ça d'urgence.\n\n{first} {last}",
        "portal": "Bonjour,\n\ndepuis lundi j'essaie d'ajouter notre nouveau site et deux utilisateurs dans le portail Business, toujours « Enregistrement impossible ». L'export plante aussi.\n\n{first} {last}",
    },
    "it": {
        "invoice": "Buongiorno,\n\nnella fattura mensile di {company} manca di nuovo lo sconto del 10 % previsto dal contratto: {inv_full} invece di {inv_disc}. Vi prego di correggerla.\n\nCordiali saluti,\n{first} {last}",
        "missed_cleans": "Buongiorno,\n\nquesta settimana la pulizia serale da {company} è saltata due volte, martedì e giovedì. Cestini pieni e cucina sporca stamattina, con i clienti alle 9. Non è accettabile.\n\n{first} {last}",
        "supplies": "Buongiorno,\n\nda più di una settimana nessuno ricarica sapone e salviette da {company}, anche se è nel contratto. Per favore risolvete subito.\n\n{first} {last}",
        "portal": "Buongiorno,\n\nda lunedì provo ad aggiungere la nuova sede e due utenti nel portale Business e compare sempre 'Impossibile salvare'. Anche l'esportazione si blocca.\n\n{first} {last}",
    },
}
B2B_SUBJ_PROBLEM: dict[str, dict[str, str]] = {
    "de": {
        "invoice": "Rechnung ohne Vertragsrabatt",
        "missed_cleans": "Ausgefallene Reinigungen",
        "supplies": "Verbrauchsmaterial",
        "portal": "Fehler im Business-Portal",
    },
    "pt": {
        "invoice": "Fatura sem desconto",
        "missed_cleans": "Limpezas em falta",
        "supplies": "Consumíveis",
        "portal": "Erro no portal Business",
    },
    "en": {
        "invoice": "Invoice missing discount",
        "missed_cleans": "Missed cleans",
        "supplies": "Supplies",
        "portal": "Business portal error",
    },
    "es": {
        "invoice": "Factura sin descuento",
        "missed_cleans": "Limpiezas no realizadas",
        "supplies": "Consumibles",
        "portal": "Error portal Business",
    },
    "fr": {
        "invoice": "Facture sans remise",
        "missed_cleans": "Ménages non faits",
        "supplies": "Consommables",
        "portal": "Erreur portail Business",
    },
    "it": {
        "invoice": "Fattura senza sconto",
        "missed_cleans": "Pulizie saltate",
        "supplies": "Materiali di consumo",
        "portal": "Errore portale Business",
    },
}
# Later complainers of the same account name the first one, the weekday and the case.
B2B_LATER: dict[str, list[str]] = {
    "de": [
        "Guten Tag,\n\n<<meine Kollegin|mein Kollege>> {col} hat Ihnen am {day} schon geschrieben (Fall {ref}). Es geht weiterhin um {short}, bei uns hat sich nichts geändert. Ich schließe mich der Beschwerde ausdrücklich an.\n\n{first} {last}",
        "Hallo,\n\nwie {col} am {day} gemeldet hat, Fall {ref}: {short}. Heute schon wieder. Bitte endlich kümmern.\n\nGruß {first}",
    ],
    "pt": [
        "Boa tarde,\n\n<<a minha colega|o meu colega>> {col} já vos escreveu na {day} (processo {ref}). Continua o problema com {short}, nada mudou aqui. Junto-me à reclamação.\n\n{first} {last}",
        "Olá,\n\ncomo <<a|o>> {col} reportou na {day}, processo {ref}: {short}. Hoje outra vez. Por favor resolvam.\n\n{first}",
    ],
    "en": [
        "Hello,\n\n<<my colleague|my colleague>> {col} already wrote to you on {day} (case {ref}). It's still {short}, nothing has changed. I'm adding my voice to the complaint.\n\n{first} {last}"
    ],
    "es": [
        "Hola,\n\n<<mi compañera|mi compañero>> {col} ya les escribió el {day} (caso {ref}). Sigue el problema con {short}, nada ha cambiado. Me sumo a la queja.\n\n{first} {last}"
    ],
    "fr": [
        "Bonjour,\n\n<<ma collègue|mon collègue>> {col} vous a déjà écrit {day} (dossier {ref}). C'est toujours {short}, rien n'a changé. Je m'associe à la réclamation.\n\n{first} {last}"
    ],
    "it": [
        "Buongiorno,\n\n<<la mia collega|il mio collega>> {col} vi ha già scritto {day} (pratica {ref}). Il problema resta: {short}, niente è cambiato. Mi unisco al reclamo.\n\n{first} {last}"
    ],
}
B2B_LAST: dict[str, str] = {
    "de": "Guten Tag,\n\nzu Fall {ref}: es ist nach wie vor nichts behoben, {short}. Inzwischen haben es mehrere Kolleginnen und Kollegen gemeldet. Wir holen gerade Angebote bei {comp} ein.\n\n{first} {last}",
    "pt": "Boa tarde,\n\nsobre o processo {ref}: continua tudo por resolver, {short}. Já vários colegas reportaram. Estamos a pedir propostas à {comp}.\n\n{first} {last}",
    "en": "Hello,\n\nre case {ref}: still nothing fixed, {short}. Several colleagues have reported it now. We're getting quotes from {comp}.\n\n{first} {last}",
    "es": "Buenas,\n\nsobre el caso {ref}: sigue sin arreglarse, {short}. Ya lo han reportado varios compañeros. Estamos pidiendo presupuesto a {comp}.\n\n{first} {last}",
    "fr": "Bonjour,\n\nconcernant le dossier {ref} : toujours rien de réglé, {short}. Plusieurs collègues l'ont signalé. Nous demandons des devis à {comp}.\n\n{first} {last}",
    "it": "Buongiorno,\n\nsulla pratica {ref}: ancora niente di risolto, {short}. L'hanno segnalato diversi colleghi. Stiamo chiedendo preventivi a {comp}.\n\n{first} {last}",
}
B2B_LAST_PHONE: dict[str, str] = {
    "de": "guten tag {first} {last} von {company} es geht um den fall {spoken} das ist immer noch nicht behoben mehrere kollegen haben das gemeldet wir holen jetzt angebote bei {comp} ein",
    "pt": "boa tarde fala {first} {last} da {company} é sobre o processo {spoken} continua por resolver vários colegas já reportaram estamos a pedir propostas à {comp}",
    "en": "hi its {first} {last} from {company} about case {spoken} still not fixed several colleagues reported it were getting quotes from {comp}",
    "es": "hola buenas soy {first} {last} de {company} por el caso {spoken} sigue sin arreglarse varios compañeros lo han dicho estamos pidiendo presupuesto a {comp}",
    "fr": "oui bonjour {first} {last} de {company} pour le dossier {spoken} toujours pas réglé plusieurs collègues l'ont signalé on demande des devis à {comp}",
    "it": "pronto buongiorno sono {first} {last} di {company} per la pratica {spoken} ancora non risolta l'hanno segnalato diversi colleghi chiediamo preventivi a {comp}",
}
B2B_ACK: dict[str, str] = {
    "de": "Guten Tag [[Frau|Herr]] {last}, vielen Dank für Ihre Nachricht. Wir haben den Fall {ref} für {company} angelegt und melden uns. Freundliche Grüße, {agent} – Limora Business",
    "pt": "Boa tarde [[Sra.|Sr.]] {last}, agradecemos a mensagem. Abrimos o processo {ref} para a {company} e daremos notícias. Cumprimentos, {agent} – Limora Business",
    "en": "Hello [[Ms|Mr]] {last}, thank you. We've opened case {ref} for {company} and will be in touch. {agent} – Limora Business",
    "es": "Buenas [[Sra.|Sr.]] {last}, gracias por su mensaje. Hemos abierto el caso {ref} para {company} y le diremos algo. {agent} – Limora Business",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, merci. Nous avons ouvert le dossier {ref} pour {company} et revenons vers vous. {agent} – Limora Business",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, grazie. Abbiamo aperto la pratica {ref} per {company} e le faremo sapere. {agent} – Limora Business",
}
B2B_MILD: dict[str, list[str]] = {
    "de": [
        "Vorschlag: könnten auf der Rechnung die Kostenstellen pro Standort stehen? Wäre für unsere Buchhaltung praktisch.",
        "Kleine Anregung: beim Export wäre der Standortname als eigene Spalte hilfreich.",
    ],
    "pt": [
        "Sugestão: seria possível a fatura mostrar o centro de custo de cada local? Ajudava a contabilidade.",
        "Pequena sugestão: na exportação dava jeito o nome do local numa coluna própria.",
    ],
    "en": ["Suggestion: could the invoice show a cost centre per site? Would help our accounts."],
    "es": [
        "Sugerencia: ¿podría la factura indicar el centro de coste por sede? Ayudaría a contabilidad."
    ],
    "fr": [
        "Suggestion : la facture pourrait-elle indiquer le centre de coût par site ? Pratique pour la compta."
    ],
    "it": [
        "Suggerimento: la fattura potrebbe indicare il centro di costo per sede? Aiuterebbe la contabilità."
    ],
}
