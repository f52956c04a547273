# ruff: noqa: E501
"""Hand-written wording of heldout31's company contacts (Vistella Business / Aziende).

Firms buy eye tests and screen glasses for staff who work at a screen, by vouchers on one
monthly invoice, managed in a portal. Placeholders as in the other modules, and {company},
{colleague} (``<<fem|masc>>`` agrees with the colleague), {weekday}, {case}.
"""

from __future__ import annotations

B_PROBLEMS = ("invoice", "vouchers_refused", "portal", "overbilled")

SITES = ("call_centre", "law", "accounting", "software", "logistics", "design")

COMPANIES: dict[str, list[tuple[str, str]]] = {
    "IT": [
        ("Studio Legale Ferri & Associati", "law"),
        ("Contabilità Adriatica srl", "accounting"),
        ("Pixelfarm srl", "software"),
        ("Logistica Padana spa", "logistics"),
        ("Contact Sud srl", "call_centre"),
        ("Officina Grafica Nardi", "design"),
    ],
    "UK": [
        ("Hartley & Rowe Solicitors", "law"),
        ("Brightline Contact Ltd", "call_centre"),
        ("Ledgerwise Accountants", "accounting"),
    ],
    "IE": [("Quayside Software Ltd", "software"), ("Corrib Logistics", "logistics")],
    "CH": [("Fiduciaria Ceresio SA", "accounting"), ("Studio Grafico Maggia", "design")],
    "DE": [("Kanzlei Brandt & Vogel", "law"), ("Spedition Krämer GmbH", "logistics")],
    "ES": [("Asesoría Ebro SL", "accounting")],
    "FR": [("Cabinet Morel Avocats", "law")],
    "PT": [("Douro Software Lda", "software")],
}
DOMAIN_WORDS: dict[str, str] = {
    "Studio Legale Ferri & Associati": "studioferri",
    "Contabilità Adriatica srl": "contadriatica",
    "Pixelfarm srl": "pixelfarm",
    "Logistica Padana spa": "logpadana",
    "Contact Sud srl": "contactsud",
    "Officina Grafica Nardi": "grafnardi",
    "Hartley & Rowe Solicitors": "hartleyrowe",
    "Brightline Contact Ltd": "brightline-contact",
    "Ledgerwise Accountants": "ledgerwise",
    "Quayside Software Ltd": "quayside-sw",
    "Corrib Logistics": "corriblog",
    "Fiduciaria Ceresio SA": "ceresio-fid",
    "Studio Grafico Maggia": "grafmaggia",
    "Kanzlei Brandt & Vogel": "brandt-vogel",
    "Spedition Krämer GmbH": "kraemer-spedition",
    "Asesoría Ebro SL": "asesoriaebro",
    "Cabinet Morel Avocats": "morel-avocats",
    "Douro Software Lda": "dourosw",
}

WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}

B_PNAME: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "the monthly invoice",
        "it": "la fattura mensile",
        "de": "die Monatsrechnung",
        "es": "la factura mensual",
        "fr": "la facture mensuelle",
        "pt": "a fatura mensal",
    },
    "vouchers_refused": {
        "en": "staff vouchers refused at the opticians",
        "it": "i buoni dei dipendenti rifiutati in ottica",
        "de": "die abgelehnten Mitarbeitergutscheine",
        "es": "los vales de la plantilla rechazados",
        "fr": "les bons des salariés refusés",
        "pt": "os vales dos funcionários recusados",
    },
    "portal": {
        "en": "the portal not saving the staff list",
        "it": "il portale che non salva l'elenco dipendenti",
        "de": "das Portal, das die Mitarbeiterliste nicht speichert",
        "es": "el portal que no guarda la plantilla",
        "fr": "le portail qui n'enregistre pas la liste des salariés",
        "pt": "o portal que não grava a lista de funcionários",
    },
    "overbilled": {
        "en": "being billed for vouchers nobody used",
        "it": "i buoni fatturati e mai usati",
        "de": "berechnete, aber nie genutzte Gutscheine",
        "es": "los vales cobrados y no usados",
        "fr": "les bons facturés jamais utilisés",
        "pt": "os vales faturados e nunca usados",
    },
}

B_FIRST: dict[str, dict[str, str]] = {
    "invoice": {
        "en": "Hello,\n\nOur October invoice from Vistella Business has no breakdown per employee and the VAT isn't shown separately, so our accounts team at {company} can't process it. Could you reissue it please?\n\nRegards,\n{first}",
        "it": "Buongiorno,\n\nla fattura elettronica di ottobre è stata scartata dallo SDI (codice destinatario errato) e in più non riporta il dettaglio per dipendente. Come {company} non possiamo registrarla. Potete riemetterla?\n\nCordiali saluti,\n{first}",
        "de": "Guten Tag,\n\ndie Oktoberrechnung enthält keine Aufschlüsselung pro Mitarbeiter und keine ausgewiesene MwSt. Unsere Buchhaltung bei {company} kann sie so nicht verbuchen.\n\nMfG\n{first}",
        "es": "Buenos días,\n\nla factura de octubre no desglosa el IVA ni viene por empleado, así que en {company} no la podemos contabilizar. ¿Podéis emitir una rectificativa?\n\n{first}",
        "fr": "Bonjour,\n\nla facture d'octobre n'a ni le détail par salarié ni la TVA séparée, notre comptabilité chez {company} ne peut pas la passer. Merci de la rééditer.\n\n{first}",
        "pt": "Bom dia,\n\na fatura de outubro não tem o IVA discriminado nem o detalhe por funcionário, na {company} não a conseguimos lançar. Podem reemitir?\n\n{first}",
    },
    "vouchers_refused": {
        "en": "Hi,\n\nThree of our staff went for their screen-use eye tests this week and the opticians refused the vouchers with 'company account suspended'. Our account is paid up. Please look into it urgently.\n\n{first}, {company}",
        "it": "Buongiorno,\n\ntre dipendenti sono andati a fare la visita per videoterminalisti e in ottica hanno rifiutato i buoni con 'account aziendale sospeso'. Siamo in regola con i pagamenti. Vi chiedo di verificare con urgenza.\n\n{first}, {company}",
        "de": "Hallo,\n\ndrei Mitarbeiter waren zum Bildschirm-Sehtest und die Gutscheine wurden mit 'Firmenkonto gesperrt' abgelehnt. Wir haben alles bezahlt.\n\n{first}, {company}",
        "es": "Hola,\n\ntres empleados han ido a la revisión de pantallas y en la óptica les rechazan los vales con 'cuenta de empresa suspendida'. Estamos al corriente de pago.\n\n{first}, {company}",
        "fr": "Bonjour,\n\ntrois salariés sont allés faire leur examen écran et l'opticien a refusé les bons : 'compte entreprise suspendu'. Nous sommes à jour.\n\n{first}, {company}",
        "pt": "Olá,\n\ntrês funcionários foram fazer o exame de ecrã e a ótica recusou os vales com 'conta empresa suspensa'. Temos tudo pago.\n\n{first}, {company}",
    },
    "portal": {
        "en": "Hello,\n\nI've been trying to upload our new starters to the Business portal since Monday and it keeps saying 'saved' and then the list is empty again. {company} has six new people waiting for vouchers.\n\n{first}",
        "it": "Buongiorno,\n\nda lunedì provo a caricare i nuovi assunti sul portale Aziende: dice 'salvato' e poi l'elenco è di nuovo vuoto. In {company} abbiamo sei persone che aspettano il buono.\n\n{first}",
        "de": "Guten Tag,\n\nseit Montag versuche ich, neue Mitarbeiter im Portal anzulegen: 'gespeichert', danach ist die Liste leer. Bei {company} warten sechs Leute.\n\n{first}",
        "es": "Buenos días,\n\ndesde el lunes intento subir las nuevas altas al portal: pone 'guardado' y luego la lista está vacía. En {company} hay seis personas esperando.\n\n{first}",
        "fr": "Bonjour,\n\ndepuis lundi j'essaie d'ajouter les nouveaux arrivants sur le portail : 'enregistré' puis la liste est vide. Chez {company} six personnes attendent.\n\n{first}",
        "pt": "Bom dia,\n\ndesde segunda tento carregar as novas admissões no portal: diz 'gravado' e depois a lista está vazia. Na {company} há seis pessoas à espera.\n\n{first}",
    },
    "overbilled": {
        "en": "Hi,\n\nWe've been invoiced for 24 vouchers in October but according to your own portal only 9 were used. {company} expects to pay for what's used, as agreed. Please correct.\n\n{first}",
        "it": "Buongiorno,\n\na ottobre ci avete fatturato 24 buoni ma dal vostro stesso portale ne risultano usati 9. {company} paga l'utilizzato, come da contratto. Vi prego di correggere.\n\n{first}",
        "de": "Hallo,\n\nim Oktober wurden 24 Gutscheine berechnet, laut Portal genutzt: 9. {company} zahlt laut Vertrag nur die genutzten.\n\n{first}",
        "es": "Hola,\n\nen octubre nos habéis facturado 24 vales y en vuestro portal constan 9 usados. {company} paga lo usado, como se acordó.\n\n{first}",
        "fr": "Bonjour,\n\nen octobre 24 bons facturés, 9 utilisés d'après votre portail. {company} paie l'utilisé, comme convenu.\n\n{first}",
        "pt": "Olá,\n\nem outubro faturaram 24 vales e no vosso portal aparecem 9 usados. A {company} paga o que usa, como combinado.\n\n{first}",
    },
}
B_SUBJECT: dict[str, str] = {
    "en": "Vistella Business: {pname}",
    "it": "Vistella Aziende: {pname}",
    "de": "Vistella Firmen: {pname}",
    "es": "Vistella Empresas: {pname}",
    "fr": "Vistella Entreprises : {pname}",
    "pt": "Vistella Empresas: {pname}",
}

B_LATER: dict[str, str] = {
    "en": "Hello,\n\nFollowing up on case {case}, which my colleague {colleague} raised on {weekday}: {pname}. It is still not resolved and it now affects my team too.\n\n{first}, {company}",
    "it": "Buongiorno,\n\nriprendo la pratica {case} aperta <<dalla mia collega|dal mio collega>> {colleague} {weekday}: {pname}. Non è ancora risolta e ora riguarda anche il mio ufficio.\n\n{first}, {company}",
    "de": "Guten Tag,\n\nich beziehe mich auf Fall {case}, den <<meine Kollegin|mein Kollege>> {colleague} am {weekday} gemeldet hat: {pname}. Immer noch nicht gelöst, jetzt betrifft es auch mein Team.\n\n{first}, {company}",
    "es": "Hola,\n\nsigo con el caso {case} que abrió <<mi compañera|mi compañero>> {colleague} el {weekday}: {pname}. Sigue sin resolver y ya afecta también a mi equipo.\n\n{first}, {company}",
    "fr": "Bonjour,\n\nje reviens sur le dossier {case} ouvert par <<ma collègue|mon collègue>> {colleague} {weekday} : {pname}. Toujours pas réglé, et mon équipe est touchée aussi.\n\n{first}, {company}",
    "pt": "Olá,\n\nvolto ao processo {case} aberto <<pela minha colega|pelo meu colega>> {colleague} na {weekday}: {pname}. Continua por resolver e já afeta a minha equipa.\n\n{first}, {company}",
}
B_LAST: dict[str, str] = {
    "en": "Case {case}: still nothing fixed. Several of us at {company} have now reported this. We've asked {comp} for a quote.",
    "it": "Pratica {case}: ancora nulla di risolto. In {company} ormai l'abbiamo segnalato in diversi. Abbiamo chiesto un preventivo a {comp}.",
    "de": "Fall {case}: nichts ist gelöst. Mehrere von uns bei {company} haben es gemeldet. Wir holen ein Angebot bei {comp} ein.",
    "es": "Caso {case}: sigue todo igual. Varios de {company} lo hemos reportado. Hemos pedido presupuesto a {comp}.",
    "fr": "Dossier {case} : toujours rien. Plusieurs d'entre nous chez {company} l'ont signalé. Nous avons demandé un devis à {comp}.",
    "pt": "Processo {case}: nada resolvido. Vários de nós na {company} já reportámos. Pedimos orçamento à {comp}.",
}
B_LAST_PHONE: dict[str, str] = {
    "en": "hello i'm calling from {company} about case v s {spoken} it's still not fixed several of us have reported it and we're looking at other providers",
    "it": "pronto buongiorno chiamo da {company} per la pratica vs {spoken} non è ancora risolta l'abbiamo segnalata in tanti e stiamo guardando altri fornitori",
    "de": "ja guten tag hier {company} wegen fall vs {spoken} immer noch nicht gelöst mehrere haben es gemeldet wir schauen uns andere anbieter an",
    "es": "sí hola buenas llamo de {company} por el caso uve ese {spoken} sigue sin resolver lo hemos reportado varios y estamos mirando otros proveedores",
    "fr": "oui bonjour j'appelle de {company} pour le dossier vé esse {spoken} toujours pas réglé on est plusieurs à l'avoir signalé on regarde d'autres prestataires",
    "pt": "bom dia ligo da {company} por causa do processo vs {spoken} continua por resolver já reportámos vários e estamos a ver outros fornecedores",
}
B_ACK: dict[str, str] = {
    "en": "Dear {first}, thank you for contacting Vistella Business. We have logged this as case {case} and our business team will update you. {agent}",
    "it": "Gentile {first}, grazie per aver contattato Vistella Aziende. Abbiamo aperto la pratica {case} e il team aziende vi aggiornerà. {agent}",
    "de": "[[Sehr geehrte Frau|Sehr geehrter Herr]] {last}, danke für Ihre Nachricht an Vistella Firmen. Wir haben den Fall {case} angelegt. {agent}",
    "es": "Hola {first}, gracias por escribir a Vistella Empresas. Lo hemos registrado como caso {case}. {agent}",
    "fr": "[[Madame|Monsieur]] {last}, merci d'avoir contacté Vistella Entreprises. Votre demande est enregistrée sous le dossier {case}. {agent}",
    "pt": "Olá {first}, obrigado por contactar a Vistella Empresas. Registámos o processo {case}. {agent}",
}

B_MILD: dict[str, list[str]] = {
    "en": [
        "Suggestion: it would help if the invoice showed a cost centre per employee",
        "Could the usage export have the employee number as its own column? Small thing",
    ],
    "it": [
        "Suggerimento: sarebbe utile avere il centro di costo per dipendente in fattura",
        "Si potrebbe avere la matricola come colonna a sé nell'export degli utilizzi? Piccola cosa",
    ],
    "de": [
        "Vorschlag: Kostenstelle pro Mitarbeiter auf der Rechnung wäre hilfreich",
        "Könnte die Personalnummer eine eigene Spalte im Export sein?",
    ],
    "es": [
        "Sugerencia: vendría bien el centro de coste por empleado en la factura",
        "¿Podría ir el número de empleado en su propia columna en la exportación?",
    ],
    "fr": [
        "Suggestion : le centre de coût par salarié sur la facture serait utile",
        "Le matricule pourrait-il avoir sa propre colonne dans l'export ?",
    ],
    "pt": [
        "Sugestão: dava jeito o centro de custo por funcionário na fatura",
        "O número de funcionário podia ter coluna própria no export?",
    ],
}
B_MILD_ACK: dict[str, str] = {
    "en": "Hi {first}, thanks for the suggestion, I've passed it to the product team. {agent}",
    "it": "Ciao {first}, grazie del suggerimento, l'ho girato al team prodotto. {agent}",
    "de": "Hallo {first}, danke für den Vorschlag, ist ans Produktteam weitergegeben. {agent}",
    "es": "Hola {first}, gracias por la sugerencia, la he pasado al equipo de producto. {agent}",
    "fr": "Bonjour {first}, merci pour la suggestion, transmise à l'équipe produit. {agent}",
    "pt": "Olá {first}, obrigado pela sugestão, passei à equipa de produto. {agent}",
}

B_QA: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Can employees use the voucher towards varifocals or only single vision?",
            "Hi {first}, the voucher covers any lenses; anything above the voucher value is paid by the employee. {agent}",
        ),
        (
            "How do I add a second admin to our Business account?",
            "Hi {first}, under Portal > Users > Invite, they get an email to set a password. {agent}",
        ),
        (
            "Is there a list of partner opticians near our office?",
            "Hi {first}, yes, Portal > Opticians shows them on a map by postcode. {agent}",
        ),
    ],
    "it": [
        (
            "I dipendenti possono usare il buono anche per le progressive o solo monofocali?",
            "Ciao {first}, il buono vale per tutte le lenti; la differenza oltre il valore la paga il dipendente. {agent}",
        ),
        (
            "Come aggiungo un secondo amministratore all'account aziendale?",
            "Ciao {first}, da Portale > Utenti > Invita, riceve una mail per la password. {agent}",
        ),
        (
            "C'è un elenco delle ottiche convenzionate vicino all'ufficio?",
            "Ciao {first}, sì, in Portale > Ottiche le trovi sulla mappa per CAP. {agent}",
        ),
    ],
    "de": [
        (
            "Wie lege ich einen zweiten Admin an?",
            "Hallo {first}, unter Portal > Benutzer > Einladen. {agent}",
        ),
        (
            "Gilt der Gutschein auch für Gleitsichtgläser?",
            "Hallo {first}, ja, für alle Gläser; die Differenz zahlt der Mitarbeiter. {agent}",
        ),
    ],
    "es": [
        (
            "¿Cómo añado un segundo administrador?",
            "Hola {first}, en Portal > Usuarios > Invitar. {agent}",
        )
    ],
    "fr": [
        (
            "Comment ajouter un second administrateur ?",
            "Bonjour {first}, dans Portail > Utilisateurs > Inviter. {agent}",
        )
    ],
    "pt": [
        (
            "Como adiciono um segundo administrador?",
            "Olá {first}, em Portal > Utilizadores > Convidar. {agent}",
        )
    ],
}
B_THANKS: dict[str, list[str]] = {
    "en": ["Thanks {agent}, that's perfect", "Great, thank you"],
    "it": ["Grazie {agent}, perfetto", "Ottimo, grazie mille"],
    "de": ["Danke {agent}, passt"],
    "es": ["Gracias {agent}, perfecto"],
    "fr": ["Merci {agent}, parfait"],
    "pt": ["Obrigad[[a|o]] {agent}, perfeito"],
}
B_PHONE_Q: dict[str, list[str]] = {
    "en": [
        "hi calling from {company} can you tell me when the october invoice goes out",
        "hello just checking if a new starter can use the voucher before their first payslip",
    ],
    "it": [
        "buongiorno chiamo da {company} volevo sapere quando esce la fattura di ottobre",
        "salve volevo chiedere se un nuovo assunto può usare il buono già dal primo mese",
    ],
    "de": ["ja guten tag hier {company} wann kommt die oktoberrechnung"],
    "es": ["hola buenas llamo de {company} para saber cuándo sale la factura de octubre"],
    "fr": ["oui bonjour c'est {company} je voulais savoir quand part la facture d'octobre"],
    "pt": ["bom dia ligo da {company} queria saber quando sai a fatura de outubro"],
}
B_PRAISE: dict[str, list[str]] = {
    "en": [
        "Rolled out Vistella Business to the whole office, screen-use eye tests done in a fortnight. HR very happy",
        "Our team loves that they can just walk into an optician with the voucher. Zero admin for us",
    ],
    "it": [
        "Attivato Vistella Aziende per tutto l'ufficio, visite per videoterminalisti fatte in due settimane. HR contentissima",
        "I colleghi adorano poter andare in ottica col buono e basta. Zero burocrazia per noi",
    ],
    "de": ["Vistella Firmen fürs ganze Büro, Bildschirm-Sehtests in zwei Wochen erledigt. Top"],
    "es": [
        "Vistella Empresas para toda la oficina, revisiones de pantallas hechas en dos semanas. Genial"
    ],
    "fr": ["Vistella Entreprises pour tout le bureau, examens écran faits en quinze jours. Top"],
    "pt": [
        "Vistella Empresas para o escritório todo, exames de ecrã feitos em duas semanas. Excelente"
    ],
}
B_ADDONS: list[tuple[str, float, str]] = [
    ("Pacchetto 20 buoni / 20-voucher bundle", 480.00, "/business/vouchers"),
    (
        "Occhiali da schermo per dipendente / Screen glasses per employee",
        59.00,
        "/business/screen-glasses",
    ),
    ("Giornata visite in sede / On-site eye-test day", 650.00, "/business/onsite"),
]
B_PAGES = [
    "/business/portal/staff",
    "/business/portal/usage",
    "/business/invoices",
    "/business/opticians",
]
