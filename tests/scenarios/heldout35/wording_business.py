"""Hand-written wording for Mendalo Pro (maintenance contracts for firms) in heldout35.

Placeholders: {ref}, {agent}, {first} (the colleague who wrote first), {weekday},
{taxid} (the market's tax number), {comp}, {brand}, {sites}; ``<<fem|masc>>`` agrees with
the colleague named, ``[[fem|masc]]`` with the writer.
"""

# ruff: noqa: E501

#: market -> [(company, domain, kind)]
COMPANIES = {
    "UK": [
        ("Harlow & Pike Lettings", "harlowpike.example", "property_manager"),
        ("Fenwick Academy Trust", "fenwicktrust.example", "school"),
        ("Bramble Kitchen Group", "bramblekitchen.example", "restaurant"),
        ("Northgate Dental", "northgatedental.example", "clinic"),
    ],
    "IE": [("Liffey Quay Apartments", "liffeyquay.example", "property_manager")],
    "PT": [
        ("Grupo Tasca do Largo", "tascadolargo.example", "restaurant"),
        ("Hotel Miradouro Sete", "miradourosete.example", "hotel"),
        ("Condomínios Vale Verde", "valeverde-gestao.example", "property_manager"),
        ("Colégio Ribeirinho", "colegioribeirinho.example", "school"),
    ],
    "DE": [
        ("Praxisgemeinschaft am Stadtpark", "praxis-stadtpark.example", "clinic"),
        ("Brauhaus Lindner GmbH", "brauhaus-lindner.example", "restaurant"),
    ],
    "CH-de": [("Pension Alpenrose", "alpenrose-pension.example", "hotel")],
    "ES": [("Gestiones Ribera SL", "gestionesribera.example", "property_manager")],
    "FR": [("Boulangeries Maison Vernet", "maisonvernet.example", "retail")],
    "IT": [("Ottica Bellavista", "otticabellavista.example", "retail")],
}
TAXID = {
    "UK": "VAT number",
    "IE": "VAT number",
    "PT": "NIF",
    "DE": "USt-IdNr.",
    "CH": "UID",
    "ES": "CIF",
    "FR": "numéro de TVA",
    "IT": "partita IVA",
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
ROLES = {
    "en": [
        "facilities manager",
        "office manager",
        "finance lead",
        "operations manager",
        "head of estates",
        "bookkeeper",
    ],
    "pt": [
        "[[gestora|gestor]] de manutenção",
        "[[diretora|diretor]] financeir[[a|o]]",
        "[[responsável|responsável]] de operações",
        "[[administrativa|administrativo]]",
    ],
    "de": [
        "[[Praxismanagerin|Praxismanager]]",
        "[[Buchhalterin|Buchhalter]]",
        "[[Betriebsleiterin|Betriebsleiter]]",
    ],
    "es": [
        "[[administradora|administrador]] de fincas",
        "[[responsable|responsable]] de mantenimiento",
    ],
    "fr": ["[[responsable|responsable]] des achats", "[[gérante|gérant]]"],
    "it": ["[[responsabile|responsabile]] acquisti", "[[titolare|titolare]]"],
}

#: The company problems: first complaint (subject, text).
FIRST = {
    "invoice": {
        "en": (
            "Invoice without our VAT number",
            "Hello, September's invoice for our maintenance contract has no {taxid} on it, again the bare company name. Our accountant won't post it and we can't reclaim the VAT. Please reissue it with our {taxid} on it.",
        ),
        "pt": (
            "Fatura sem NIF",
            "Bom dia, a fatura de setembro do contrato de manutenção vem sem o nosso {taxid}, só com o nome da empresa. A contabilidade não a aceita. Podem emitir de novo com o {taxid}?",
        ),
        "de": (
            "Rechnung ohne USt-IdNr.",
            "Guten Tag, die Septemberrechnung für den Wartungsvertrag enthält keine {taxid}. Unser Steuerbüro bucht sie so nicht. Bitte neu ausstellen.",
        ),
    },
    "jobs_on_hold": {
        "en": (
            "All our jobs on hold",
            "Hi, every job for our sites shows 'on hold - account suspended, unpaid' and your technicians are refusing to attend. We paid the invoice on the 1st, remittance attached. Kitchens can't run without hot water.",
        ),
        "pt": (
            "Todos os pedidos suspensos",
            "Olá, todos os pedidos dos nossos espaços aparecem 'suspenso - conta com pagamentos em atraso' e os técnicos recusam-se a vir. A fatura foi paga dia 1, segue o comprovativo. As cozinhas não funcionam sem água quente.",
        ),
    },
    "portal": {
        "en": (
            "Pro portal won't save our new site",
            "Hello, we've been trying for two days to add our new site in the Pro portal. It says 'saved' and then the site is gone when you reload. We can't book anything there.",
        ),
        "pt": (
            "Portal Pro não grava o novo espaço",
            "Boa tarde, há dois dias que tentamos acrescentar o novo hotel no portal Pro. Diz 'gravado' e depois desaparece quando se atualiza. Não conseguimos marcar nada para lá.",
        ),
    },
    "overbilled": {
        "en": (
            "Billed for sites we removed",
            "Hi, we removed four sites from the contract at the end of August, confirmed by your team in writing, and October's invoice still bills all of them. Please correct it.",
        ),
        "pt": (
            "Faturados espaços que retirámos",
            "Olá, retirámos quatro espaços do contrato no fim de agosto, com confirmação por escrito, e a fatura de outubro continua a cobrá-los. Corrijam por favor.",
        ),
    },
}
#: A later colleague on the same problem: names who wrote first, the weekday and the case.
LATER = {
    "en": [
        (
            "RE: Case {ref}",
            "Hello, my colleague {first} wrote to you on {weekday} about this (case {ref}) and nothing has changed: {restate}. Please treat this as urgent.",
        ),
        (
            "RE: Case {ref} - chasing",
            "Hi, following up on case {ref}, which {first} opened on {weekday}. Same problem, no change: {restate}. Who is actually dealing with this?",
        ),
        (
            "Re: Case {ref}",
            "Morning, adding my voice to {first}'s e-mail of {weekday} (case {ref}): {restate}. We need a date for the fix.",
        ),
    ],
    "pt": [
        (
            "RE: Processo {ref}",
            "Bom dia, <<a minha colega|o meu colega>> {first} escreveu-vos na {weekday} sobre isto (processo {ref}) e nada mudou: {restate}. Tratem disto com urgência, por favor.",
        ),
        (
            "RE: Processo {ref} - sem resposta",
            "Boa tarde, venho reforçar o e-mail <<da|do>> {first} de {weekday} (processo {ref}). Continua igual: {restate}. Quem está a tratar disto?",
        ),
        (
            "Re: Processo {ref}",
            "Olá, sobre o processo {ref} que <<a|o>> {first} abriu na {weekday}: {restate}. Precisamos de uma data para a resolução.",
        ),
    ],
    "de": [
        (
            "AW: Fall {ref}",
            "Guten Tag, <<meine Kollegin|mein Kollege>> {first} hat Ihnen am {weekday} geschrieben (Fall {ref}) und nichts hat sich geändert: {restate}. Bitte dringend bearbeiten.",
        ),
        (
            "AW: Fall {ref} - Nachfrage",
            "Hallo, ich schließe mich der Mail von {first} vom {weekday} an (Fall {ref}): {restate}. Wer kümmert sich darum?",
        ),
    ],
}
RESTATE = {
    "invoice": {
        "en": "the invoice still has no {taxid}",
        "pt": "a fatura continua sem {taxid}",
        "de": "die Rechnung hat immer noch keine {taxid}",
    },
    "jobs_on_hold": {
        "en": "every job still says on hold, unpaid, although we paid",
        "pt": "os pedidos continuam suspensos por falta de pagamento, e está pago",
    },
    "portal": {
        "en": "the portal still won't keep the new site",
        "pt": "o portal continua a não gravar o novo espaço",
    },
    "overbilled": {
        "en": "we're still billed for the four sites we removed",
        "pt": "continuamos a pagar os quatro espaços que retirámos",
    },
}
LAST = {
    "en": (
        "RE: Case {ref} - still not fixed",
        "Case {ref}. Several of us have written now and nothing is fixed. I've asked {comp} for a quote for all our sites this morning. I'd rather stay, but not like this.",
    ),
    "pt": (
        "RE: Processo {ref} - continua por resolver",
        "Processo {ref}. Já vários de nós escrevemos e nada está resolvido. Hoje de manhã pedi orçamento à {comp} para todos os nossos espaços. Preferíamos ficar, mas assim não.",
    ),
    "de": (
        "AW: Fall {ref} - immer noch nicht erledigt",
        "Fall {ref}. Mehrere von uns haben geschrieben, nichts ist erledigt. Ich habe heute {comp} um ein Angebot gebeten.",
    ),
}
LAST_SPOKEN = {
    "en": "hello yeah I'm calling about case {ref_spoken} several of us have written and nothing's fixed we're looking at other providers now",
    "pt": "bom dia ligo por causa do processo {ref_spoken} já vários colegas escreveram e nada está resolvido estamos a ver outras empresas",
}
ACK = {
    "en": (
        "Mendalo Pro: case {ref}",
        "Thank you, we've opened case {ref} for your account and our Pro billing team is on it. {agent}, Mendalo Pro",
    ),
    "pt": (
        "Mendalo Pro: processo {ref}",
        "Obrigado, abrimos o processo {ref} para a vossa conta e a equipa de faturação Pro está a tratar. {agent}, Mendalo Pro",
    ),
    "de": (
        "Mendalo Pro: Fall {ref}",
        "Danke, wir haben den Fall {ref} für Ihr Konto eröffnet. {agent}, Mendalo Pro",
    ),
    "es": (
        "Mendalo Pro: caso {ref}",
        "Gracias, hemos abierto el caso {ref} para su cuenta. {agent}, Mendalo Pro",
    ),
    "fr": (
        "Mendalo Pro : dossier {ref}",
        "Merci, nous avons ouvert le dossier {ref} pour votre compte. {agent}, Mendalo Pro",
    ),
    "it": (
        "Mendalo Pro: pratica {ref}",
        "Grazie, abbiamo aperto la pratica {ref} per il vostro account. {agent}, Mendalo Pro",
    ),
}
#: One unhappy contact (first complaint in the other languages too).
ONE = {
    "portal": {
        "es": (
            "El portal Pro no guarda los centros de coste",
            "Buenos días, el portal Pro no guarda el centro de coste de cada comunidad. Lo ponemos, guardamos y al volver está vacío. Así no podemos repartir las facturas.",
        )
    },
    "invoice": {
        "fr": (
            "Facture sans numéro de TVA",
            "Bonjour, la facture de septembre n'a pas notre {taxid}. Notre comptable refuse de la passer. Merci de la rééditer.",
        )
    },
    "overbilled": {
        "it": (
            "Fatturati negozi che abbiamo tolto",
            "Buongiorno, a fine agosto abbiamo tolto due negozi dal contratto e la fattura di ottobre li addebita ancora. Correggete per favore.",
        )
    },
}
#: Mild suggestions (web form) and the acknowledgement.
MILD = {
    "en": [
        "Suggestion: could the monthly invoice list which site each job was for? We split costs per building and do it by hand now.",
        "Would be handy to export all jobs per site as a CSV from the Pro portal. Not urgent, just an idea.",
    ],
    "pt": [
        "Sugestão: a fatura mensal podia indicar a que espaço corresponde cada serviço? Dividimos custos por edifício e fazemos isso à mão.",
        "Dava jeito exportar os serviços por espaço em CSV no portal Pro. Nada urgente, só uma ideia.",
    ],
    "de": [
        "Vorschlag: Könnte die Monatsrechnung pro Einsatz den Standort zeigen? Wir teilen Kosten pro Haus auf.",
        "Ein CSV-Export der Einsätze pro Standort im Pro-Portal wäre praktisch.",
    ],
}
MILD_ACK = {
    "en": (
        "Thanks for your suggestion",
        "Thanks, we've passed your idea to the Pro product team. {agent}, Mendalo Pro",
    ),
    "pt": (
        "Obrigado pela sugestão",
        "Obrigado, passámos a ideia à equipa do produto Pro. {agent}, Mendalo Pro",
    ),
    "de": (
        "Danke für Ihren Vorschlag",
        "Danke, wir haben die Idee an das Pro-Produktteam weitergegeben. {agent}, Mendalo Pro",
    ),
}
#: Routine questions with answers.
QA = {
    "en": [
        (
            "Can we add a second contact who gets the job photos for our Cork site?",
            "Yes: Pro portal > Sites > Cork > Contacts, add them and tick 'photos'. {agent}",
        ),
        (
            "Is the gas safety check for our flats included in the contract or extra?",
            "It's included once a year per flat; book it from the portal under Compliance. {agent}",
        ),
        (
            "quick q, can a job be booked for before 7am so the kitchen's not in use?",
            "Yes, early slots from 6am are available to Pro accounts at no extra cost. {agent}",
        ),
    ],
    "pt": [
        (
            "Podemos acrescentar um segundo contacto para receber as fotos dos serviços no espaço do Porto?",
            "Sim: portal Pro > Espaços > Porto > Contactos, acrescente e marque 'fotos'. {agent}",
        ),
        (
            "A inspeção de gás das frações está incluída no contrato?",
            "Está incluída uma vez por ano por fração; marque no portal em Conformidade. {agent}",
        ),
        (
            "dá para marcar antes das 7h para a cozinha não estar a funcionar?",
            "Dá, as vagas a partir das 6h estão disponíveis para contas Pro sem custo extra. {agent}",
        ),
    ],
    "de": [
        (
            "Können wir einen zweiten Kontakt für die Einsatzfotos hinzufügen?",
            "Ja: Pro-Portal > Standorte > Kontakte, hinzufügen und 'Fotos' anhaken. {agent}",
        ),
        (
            "Geht ein Termin vor 7 Uhr, bevor die Praxis öffnet?",
            "Ja, Frühtermine ab 6 Uhr sind für Pro-Konten ohne Aufpreis. {agent}",
        ),
    ],
    "es": [
        (
            "¿Podemos añadir un segundo contacto que reciba las fotos de los trabajos?",
            "Sí: portal Pro > Sitios > Contactos, añádalo y marque 'fotos'. {agent}",
        )
    ],
    "fr": [
        (
            "Peut-on ajouter un second contact qui reçoit les photos des interventions ?",
            "Oui : portail Pro > Sites > Contacts, ajoutez-le et cochez 'photos'. {agent}",
        )
    ],
    "it": [
        (
            "Possiamo aggiungere un secondo contatto che riceve le foto degli interventi?",
            "Sì: portale Pro > Sedi > Contatti, lo aggiunga e spunti 'foto'. {agent}",
        )
    ],
}
THANKS = {
    "en": ["Great, thanks {agent}", "perfect, thank you"],
    "pt": ["Ótimo, obrigado {agent}", "perfeito, obrigada"],
    "de": ["Prima, danke {agent}"],
    "es": ["Perfecto, gracias {agent}"],
    "fr": ["Parfait, merci {agent}"],
    "it": ["Perfetto, grazie {agent}"],
}
PRAISE = {
    "en": [
        "Shout out to the {brand} Pro team, boiler at our Leeds block fixed before the tenants were even up",
        "Third year with {brand} Pro across all our sites. One invoice, jobs done, photos in the portal. Does what it says",
    ],
    "pt": [
        "Obrigado à equipa {brand} Pro, a câmara frigorífica ficou arranjada antes do serviço de almoço",
        "Terceiro ano com a {brand} Pro em todos os espaços. Uma fatura, trabalho feito, fotos no portal",
    ],
    "de": [
        "Danke an {brand} Pro, die Heizung in der Praxis lief wieder, bevor der erste Patient kam"
    ],
    "es": [
        "Gracias al equipo {brand} Pro, la caldera de la comunidad arreglada antes de que se levantaran los vecinos"
    ],
    "fr": ["Merci à {brand} Pro, le four réparé avant l'ouverture de la boutique"],
    "it": ["Grazie a {brand} Pro, il condizionatore del negozio sistemato prima dell'apertura"],
}
#: Add-ons companies buy: (label, EUR, page).
ADDONS = [
    ("Extra site / Espaço adicional", 49.0, "/pro/sites/add"),
    ("Priority call-out pack / Pacote prioritário", 149.0, "/pro/priority"),
    ("Gas safety bundle / Pacote inspeção de gás", 99.0, "/pro/compliance"),
]
PRO_PAGES = ["/pro/portal", "/pro/sites", "/pro/invoices", "/pro/compliance"]
