# ruff: noqa: E501
"""Hand-written wording of heldout38: Custodra Business (shops, practices, offices).

``[[fem|masc]]`` agrees with the writer, ``<<fem|masc>>`` with the colleague named.
"""

from __future__ import annotations

#: (market, language, company, site, e-mail domain)
ACCOUNTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("PT", "pt", "Farmácia Ribeiro & Filhos", "pharmacy", "farmaciaribeiro.example"),
    ("PT", "pt", "Padaria Flor do Minho", "bakery", "flordominho.example"),
    ("PT", "pt", "Clínica Dentária Sorriso Azul", "dental", "sorrisoazul.example"),
    ("PT", "pt", "Ourivesaria Teixeira", "jeweller", "ourivesariateixeira.example"),
    ("DE", "de", "Bäckerei Wendt", "bakery", "baeckerei-wendt.example"),
    ("DE", "de", "Apotheke am Markt", "pharmacy", "apotheke-am-markt.example"),
    ("DE", "de", "Kanzlei Brandt & Jost", "law_office", "brandt-jost.example"),
    ("DE", "de", "Optik Seidel", "optician", "optik-seidel.example"),
    ("AT", "de", "Hotel Pension Alpenrose", "hotels", "alpenrose-hotel.example"),
    ("CH", "de", "Weinhandlung Bucher", "wine_shop", "bucher-wein.example"),
    ("CH", "fr", "Boulangerie Favre", "bakery", "boulangerie-favre.example"),
    ("UK", "en", "Harlow & Finch Solicitors", "law_office", "harlowfinch.example"),
    ("ES", "es", "Farmacia Ortega", "pharmacy", "farmaciaortega.example"),
    ("FR", "fr", "Cave Dubreuil", "wine_shop", "cave-dubreuil.example"),
    ("IT", "it", "Ottica Martinelli", "optician", "otticamartinelli.example"),
)

POSITIONS: dict[str, tuple[str, ...]] = {
    "pt": (
        "gerente",
        "responsável de loja",
        "técnic[[a|o]] administrativ[[a|o]]",
        "contabilista",
        "sóci[[a|o]]-gerente",
        "assistente de direção",
        "farmacêutic[[a|o]]",
    ),
    "de": (
        "Filialleiter[[in|]]",
        "Inhaber[[in|]]",
        "Büroleiter[[in|]]",
        "Buchhalter[[in|]]",
        "Verkäufer[[in|]]",
        "Assistent[[in|]] der Geschäftsführung",
        "Rezeptionist[[in|]]",
    ),
    "en": ("office manager", "practice manager", "partner", "bookkeeper", "receptionist"),
    "es": ("encargad[[a|o]]", "administrativ[[a|o]]", "gerente", "farmacéutic[[a|o]]", "auxiliar"),
    "fr": (
        "gérant[[e|]]",
        "comptable",
        "responsable de boutique",
        "assistant[[e|]] de direction",
        "vendeu[[se|r]]",
    ),
    "it": (
        "titolare",
        "responsabile amministrativ[[a|o]]",
        "commess[[a|o]]",
        "contabile",
        "ottic[[a|o]]",
    ),
}

B2B_PROBLEMS: tuple[str, ...] = ("invoice", "service_blocked", "portal", "overbilled")

B2B_TOPIC: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "Fatura sem NIF",
        "service_blocked": "Serviço suspenso apesar de pago",
        "portal": "Portal não guarda códigos",
        "overbilled": "Lojas fechadas ainda faturadas",
    },
    "de": {
        "invoice": "Rechnung ohne USt-IdNr.",
        "service_blocked": "Dienst gesperrt trotz Zahlung",
        "portal": "Portal speichert keine Codes",
        "overbilled": "Geschlossene Filialen weiter berechnet",
    },
    "en": {
        "invoice": "Invoice without VAT number",
        "service_blocked": "Service suspended though paid",
        "portal": "Portal not saving codes",
        "overbilled": "Closed offices still billed",
    },
    "es": {
        "invoice": "Factura sin NIF",
        "service_blocked": "Servicio suspendido estando pagado",
        "portal": "El portal no guarda códigos",
        "overbilled": "Locales cerrados aún facturados",
    },
    "fr": {
        "invoice": "Facture sans numéro de TVA",
        "service_blocked": "Service suspendu malgré paiement",
        "portal": "Le portail n'enregistre pas les codes",
        "overbilled": "Boutiques fermées toujours facturées",
    },
    "it": {
        "invoice": "Fattura senza partita IVA",
        "service_blocked": "Servizio sospeso nonostante il pagamento",
        "portal": "Il portale non salva i codici",
        "overbilled": "Punti vendita chiusi ancora fatturati",
    },
}

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "Bom dia. A fatura mensal da Custodra Business voltou a vir sem o nosso NIF e a contabilista não a aceita assim. Preciso de uma fatura corrigida com o NIF {vat}, com urgência porque o IVA fecha este mês.",
        "service_blocked": "Bom dia. Todas as nossas lojas aparecem no portal como 'serviço suspenso - falta de pagamento', mas a fatura foi paga no dia 1 (tenho o comprovativo). A central disse-nos ontem que não envia patrulha enquanto isto estiver assim. Estamos sem proteção!",
        "portal": "Boa tarde. O portal Business não guarda os códigos novos dos funcionários: crio o código da empregada de limpeza, aparece, e no dia seguinte desapareceu. Já tentei três navegadores. De manhã ela fica à porta.",
        "overbilled": "Bom dia. Fechámos duas lojas no fim de setembro e avisámos por escrito, mas a fatura de outubro continua a cobrar a monitorização das duas (2 × {site_fee}). Peço a correção e a nota de crédito.",
    },
    "de": {
        "invoice": "Guten Tag, die Monatsrechnung von Custodra Business kommt wieder ohne unsere USt-IdNr., unser Steuerbüro bucht sie so nicht. Bitte die Rechnung mit USt-IdNr. {vat} neu ausstellen, dringend, die Voranmeldung ist diesen Monat fällig.",
        "service_blocked": "Guten Tag, alle unsere Standorte stehen im Portal auf 'Dienst gesperrt - Zahlung ausstehend', obwohl die Rechnung am 1. bezahlt wurde (Beleg liegt vor). Die Leitstelle sagt, sie schickt so keine Streife. Wir sind ungeschützt!",
        "portal": "Hallo, das Business-Portal speichert die neuen Mitarbeitercodes nicht: ich lege den Code für die Reinigungskraft an, er erscheint, am nächsten Tag ist er weg. Drei Browser probiert. Morgens steht sie vor verschlossener Tür.",
        "overbilled": "Guten Tag, wir haben Ende September zwei Filialen geschlossen und das schriftlich mitgeteilt, aber die Oktoberrechnung berechnet weiter die Überwachung für beide (2 × {site_fee}). Bitte korrigieren und Gutschrift schicken.",
    },
    "en": {
        "invoice": "Hello, the monthly Custodra Business invoice has come without our VAT number again and our accountant won't post it. Please reissue it with VAT number {vat}, urgently, the VAT return is due this month.",
        "service_blocked": "Hello, all our offices show 'service suspended - unpaid' in the portal although the invoice was paid on the 1st (I have the remittance). The monitoring centre told us they won't send a patrol while it says that. We're unprotected!",
        "portal": "Hi, the Business portal won't keep new staff codes: I create the cleaner's code, it shows, and the next morning it's gone. Tried three browsers. She's left standing at the door.",
        "overbilled": "Hello, we closed two offices at the end of September and told you in writing, but the October invoice still charges monitoring for both (2 × {site_fee}). Please correct it and send a credit note.",
    },
    "es": {
        "invoice": "Buenos días. La factura mensual de Custodra Business vuelve a llegar sin nuestro NIF y la gestoría no la acepta. Necesito una factura corregida con el NIF {vat}, urgente, que cerramos el trimestre.",
        "service_blocked": "Buenos días. Todos nuestros locales salen en el portal como 'servicio suspendido - impago', pero la factura se pagó el día 1 (tengo el justificante). La central dice que así no manda patrulla. ¡Estamos sin protección!",
        "portal": "Hola. El portal Business no guarda los códigos nuevos del personal: creo el código de la limpiadora, aparece y al día siguiente ha desaparecido. Probado con tres navegadores. Por la mañana se queda en la puerta.",
        "overbilled": "Buenos días. Cerramos dos locales a finales de septiembre y lo avisamos por escrito, pero la factura de octubre sigue cobrando la vigilancia de los dos (2 × {site_fee}). Pido la corrección y el abono.",
    },
    "fr": {
        "invoice": "Bonjour, la facture mensuelle Custodra Business est encore arrivée sans notre numéro de TVA et notre comptable refuse de la passer. Merci de la rééditer avec le numéro {vat}, c'est urgent, la déclaration de TVA tombe ce mois-ci.",
        "service_blocked": "Bonjour, toutes nos boutiques apparaissent dans le portail en 'service suspendu - impayé' alors que la facture a été réglée le 1er (j'ai la preuve de virement). Le centre de télésurveillance dit qu'il n'enverra pas de patrouille tant que c'est comme ça. Nous ne sommes plus protégés !",
        "portal": "Bonjour, le portail Business n'enregistre pas les nouveaux codes du personnel : je crée le code de la femme de ménage, il s'affiche, et le lendemain il a disparu. Essayé sur trois navigateurs. Le matin elle reste à la porte.",
        "overbilled": "Bonjour, nous avons fermé deux boutiques fin septembre et vous l'avons signalé par écrit, mais la facture d'octobre facture toujours la télésurveillance des deux (2 × {site_fee}). Merci de corriger et d'envoyer un avoir.",
    },
    "it": {
        "invoice": "Buongiorno, la fattura mensile di Custodra Business è arrivata di nuovo senza la nostra partita IVA e la commercialista non la registra. Vi chiedo di riemetterla con la partita IVA {vat}, con urgenza, la liquidazione IVA è questo mese.",
        "service_blocked": "Buongiorno, tutti i nostri punti vendita risultano nel portale 'servizio sospeso - insoluto', ma la fattura è stata pagata il giorno 1 (ho la contabile). La centrale dice che così non manda la pattuglia. Siamo scoperti!",
        "portal": "Buongiorno, il portale Business non salva i nuovi codici del personale: creo il codice della signora delle pulizie, compare, e il giorno dopo è sparito. Provato con tre browser. La mattina resta fuori dalla porta.",
        "overbilled": "Buongiorno, abbiamo chiuso due negozi a fine settembre e ve l'abbiamo comunicato per iscritto, ma la fattura di ottobre continua ad addebitare la sorveglianza di entrambi (2 × {site_fee}). Chiedo la correzione e la nota di credito.",
    },
}

B2B_RESTATE: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "A fatura continua sem o NIF {vat} e a contabilista não a lança.",
        "service_blocked": "O portal continua a dizer 'serviço suspenso' com a fatura paga e a central não garante patrulha.",
        "portal": "Os códigos novos continuam a desaparecer do portal no dia seguinte.",
        "overbilled": "A fatura continua a cobrar as duas lojas fechadas.",
    },
    "de": {
        "invoice": "Die Rechnung ist immer noch ohne USt-IdNr. {vat}, das Steuerbüro bucht sie nicht.",
        "service_blocked": "Im Portal steht trotz bezahlter Rechnung weiter 'Dienst gesperrt', die Leitstelle sagt keine Streife zu.",
        "portal": "Die neuen Codes verschwinden weiter am nächsten Tag aus dem Portal.",
        "overbilled": "Die zwei geschlossenen Filialen werden weiter berechnet.",
    },
    "en": {
        "invoice": "The invoice still has no VAT number {vat} and our accountant won't post it.",
        "service_blocked": "The portal still says 'service suspended' with the invoice paid and the centre won't promise a patrol.",
        "portal": "New codes still vanish from the portal the next day.",
        "overbilled": "We're still billed for the two closed offices.",
    },
    "es": {
        "invoice": "La factura sigue sin el NIF {vat} y la gestoría no la contabiliza.",
        "service_blocked": "El portal sigue con 'servicio suspendido' con la factura pagada y la central no garantiza patrulla.",
        "portal": "Los códigos nuevos siguen desapareciendo del portal al día siguiente.",
        "overbilled": "Nos siguen cobrando los dos locales cerrados.",
    },
    "fr": {
        "invoice": "La facture est toujours sans le numéro de TVA {vat} et notre comptable ne la passe pas.",
        "service_blocked": "Le portail affiche toujours 'service suspendu' alors que la facture est payée, et le centre ne garantit aucune patrouille.",
        "portal": "Les nouveaux codes disparaissent toujours du portail le lendemain.",
        "overbilled": "Les deux boutiques fermées sont toujours facturées.",
    },
    "it": {
        "invoice": "La fattura è ancora senza la partita IVA {vat} e la commercialista non la registra.",
        "service_blocked": "Il portale dice ancora 'servizio sospeso' con la fattura pagata e la centrale non garantisce la pattuglia.",
        "portal": "I nuovi codici continuano a sparire dal portale il giorno dopo.",
        "overbilled": "Ci fatturano ancora i due negozi chiusi.",
    },
}

#: A later complainer names the first one, the weekday and the case.
B2B_LATER: dict[str, tuple[str, ...]] = {
    "pt": (
        "Bom dia, escrevo também pela {company}. <<A minha colega|O meu colega>> {first} já vos escreveu {weekday} (processo {case}). {restate} Continua sem solução.",
        "Olá. Sou da {company}, <<a|o>> {first} abriu o processo {case} {weekday}. {restate} Precisamos disto resolvido esta semana.",
        "Bom dia, mais uma pessoa da {company} a escrever sobre o processo {case}, que <<a|o>> {first} abriu {weekday}. {restate} Digam-nos pelo menos quando fica resolvido.",
    ),
    "de": (
        "Guten Tag, ich schreibe ebenfalls für {company}. <<Meine Kollegin|Mein Kollege>> {first} hat Ihnen schon {weekday} geschrieben (Vorgang {case}). {restate} Das ist immer noch nicht gelöst.",
        "Hallo, hier nochmal {company}: {first} hat {weekday} den Vorgang {case} aufgemacht. {restate} Wir brauchen das diese Woche erledigt.",
        "Guten Morgen, noch jemand von {company} zum Vorgang {case}, den {first} {weekday} eröffnet hat. {restate} Bitte sagen Sie uns wenigstens, bis wann das erledigt ist.",
    ),
    "en": (
        "Hello, I'm writing for {company} too. My colleague {first} already wrote to you {weekday} (case {case}). {restate} Still not resolved.",
    ),
    "es": (
        "Buenos días, escribo también por {company}. <<Mi compañera|Mi compañero>> {first} ya os escribió {weekday} (caso {case}). {restate} Sigue sin resolverse.",
    ),
    "fr": (
        "Bonjour, j'écris moi aussi pour {company}. <<Ma collègue|Mon collègue>> {first} vous a déjà écrit {weekday} (dossier {case}). {restate} Toujours pas résolu.",
    ),
    "it": (
        "Buongiorno, scrivo anch'io per {company}. <<La mia collega|Il mio collega>> {first} vi ha già scritto {weekday} (pratica {case}). {restate} Ancora niente.",
    ),
}

#: The last complainer writes again: nothing fixed, several colleagues wrote, a quote asked.
B2B_AGAIN: dict[str, str] = {
    "pt": "Processo {case}: continua tudo por resolver. {restate} Já vos escrevemos várias pessoas da {company} e nada. Entretanto pedimos uma proposta à {competitor}.",
    "de": "Vorgang {case}: es ist immer noch nichts gelöst. {restate} Inzwischen haben Ihnen mehrere Leute von {company} geschrieben. Wir haben uns ein Angebot von {competitor} geholt.",
    "en": "Case {case}: still nothing fixed. {restate} Several of us at {company} have written now. We've asked {competitor} for a quote in the meantime.",
    "es": "Caso {case}: todo sigue sin resolver. {restate} Ya os hemos escrito varias personas de {company}. Mientras tanto hemos pedido presupuesto a {competitor}.",
    "fr": "Dossier {case} : toujours rien de réglé. {restate} Nous sommes plusieurs chez {company} à vous avoir écrit. En attendant, nous avons demandé un devis à {competitor}.",
    "it": "Pratica {case}: ancora nulla di risolto. {restate} Vi abbiamo scritto in diversi da {company}. Nel frattempo abbiamo chiesto un preventivo a {competitor}.",
}
#: The same said on the phone (transcribed: lower case, no punctuation).
B2B_AGAIN_PHONE: dict[str, str] = {
    "pt": "{opener} fala {name} da {company} é sobre o processo {case} ainda não está resolvido já vos ligaram e escreveram várias pessoas cá da empresa e nada estamos a ver outros fornecedores",
    "de": "{opener} hier ist {name} von {company} es geht um den vorgang {case} das ist immer noch nicht gelöst es haben schon mehrere kollegen bei ihnen angerufen und geschrieben wir schauen uns jetzt nach anderen anbietern um",
    "en": "{opener} it's {name} from {company} it's about case {case} it's still not sorted several of us have been on to you now and we're looking at other providers",
    "es": "{opener} soy {name} de {company} es por el caso {case} sigue sin resolver ya os han llamado y escrito varias personas de aquí y nada estamos mirando otros proveedores",
    "fr": "{opener} c'est {name} de {company} c'est pour le dossier {case} toujours pas réglé on est plusieurs à vous avoir écrit et appelé on regarde d'autres prestataires",
    "it": "{opener} sono {name} di {company} è per la pratica {case} ancora non risolta vi abbiamo scritto e chiamato in diversi e niente stiamo guardando altri fornitori",
}

B2B_ACK: dict[str, str] = {
    "pt": "Olá {name}, registámos o pedido da {company} com o processo {case}. A equipa Business vai analisar e responde em breve.\n{agent}, Custodra Business",
    "de": "Hallo {name}, wir haben das Anliegen von {company} unter Vorgang {case} aufgenommen. Das Business-Team prüft es und meldet sich in Kürze.\n{agent}, Custodra Business",
    "en": "Hi {name}, we've logged {company}'s request as case {case}. The Business team will look into it and reply shortly.\n{agent}, Custodra Business",
    "es": "Hola {name}, hemos registrado la petición de {company} con el caso {case}. El equipo Business lo revisa y os responde en breve.\n{agent}, Custodra Business",
    "fr": "Bonjour {name}, nous avons enregistré la demande de {company} sous le dossier {case}. L'équipe Business l'examine et revient vers vous rapidement.\n{agent}, Custodra Business",
    "it": "Buongiorno {name}, abbiamo registrato la richiesta di {company} con la pratica {case}. Il team Business la esamina e vi risponde a breve.\n{agent}, Custodra Business",
}

#: Mild suggestions (web form) and the acknowledgement.
B2B_SUGGEST: dict[str, tuple[str, ...]] = {
    "pt": (
        "Sugestão: seria útil ter o nome de cada loja em cada linha da fatura mensal. Obrigad[[a|o]]",
        "Seria possível exportar em CSV os registos de armar e desarmar por loja? Ajudava-nos muito no fecho do mês.",
    ),
    "de": (
        "Vorschlag: es wäre praktisch, wenn auf der Monatsrechnung bei jeder Zeile der Standort stünde. Danke",
        "Kann man die Scharf-/Unscharf-Protokolle pro Filiale als CSV exportieren? Würde uns beim Monatsabschluss helfen.",
    ),
    "en": (
        "Suggestion: it'd help to have each office's name on every line of the monthly invoice. Thanks",
        "Could we export the arm/disarm logs per office as a CSV? Would help a lot at month end.",
    ),
    "es": (
        "Sugerencia: sería útil que cada línea de la factura mensual llevara el nombre del local. Gracias",
        "¿Se podrían exportar en CSV los registros de armado y desarmado por local? Nos ayudaría en el cierre de mes.",
    ),
    "fr": (
        "Suggestion : ce serait pratique d'avoir le nom de chaque boutique sur chaque ligne de la facture mensuelle. Merci",
        "Serait-il possible d'exporter en CSV les journaux d'armement par boutique ? Ça nous aiderait pour la clôture du mois.",
    ),
    "it": (
        "Suggerimento: sarebbe utile avere il nome di ogni negozio su ogni riga della fattura mensile. Grazie",
        "Si potrebbero esportare in CSV i registri di inserimento e disinserimento per negozio? Ci aiuterebbe a fine mese.",
    ),
}
B2B_SUGGEST_ACK: dict[str, str] = {
    "pt": "Obrigada pela sugestão, {name}! Passámos à equipa do portal Business.\n{agent}, Custodra Business",
    "de": "Danke für den Vorschlag, {name}! Wir haben ihn an das Portal-Team weitergegeben.\n{agent}, Custodra Business",
    "en": "Thanks for the suggestion, {name}! We've passed it to the portal team.\n{agent}, Custodra Business",
    "es": "¡Gracias por la sugerencia, {name}! La hemos pasado al equipo del portal.\n{agent}, Custodra Business",
    "fr": "Merci pour la suggestion, {name} ! Nous l'avons transmise à l'équipe du portail.\n{agent}, Custodra Business",
    "it": "Grazie del suggerimento, {name}! L'abbiamo girato al team del portale.\n{agent}, Custodra Business",
}

#: Routine chat questions of company contacts, with the answer ({town} = the firm's town).
B2B_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "pt": (
        (
            "Bom dia, como crio um código de acesso para a funcionária nova?",
            "Bom dia {name}, no portal em Utilizadores > Novo código escolhe a loja e o horário. Fica ativo na hora.",
        ),
        (
            "Olá, consigo ver no portal a que horas a loja de {town} foi desarmada hoje?",
            "Olá {name}, consegue: Registos > {town} > Hoje mostra quem desarmou e a que horas.",
        ),
        (
            "Boa tarde, dá para pôr o centro de custo em cada loja para a fatura?",
            "Boa tarde {name}, dá: em Locais > Editar tem o campo Centro de custo.",
        ),
    ),
    "de": (
        (
            "Guten Morgen, wie lege ich einen Zugangscode für die neue Mitarbeiterin an?",
            "Guten Morgen {name}, im Portal unter Benutzer > Neuer Code Standort und Zeiten wählen. Der Code gilt sofort.",
        ),
        (
            "Hallo, sehe ich im Portal, wann der Standort {town} heute unscharf geschaltet wurde?",
            "Hallo {name}, ja: Protokolle > {town} > Heute zeigt, wer wann unscharf geschaltet hat.",
        ),
        (
            "Tag, kann man pro Standort eine Kostenstelle für die Rechnung hinterlegen?",
            "Hallo {name}, ja: unter Standorte > Bearbeiten gibt es das Feld Kostenstelle.",
        ),
    ),
    "en": (
        (
            "Morning, how do I set up an access code for our new starter?",
            "Morning {name}, in the portal go to Users > New code, pick the office and the hours. It works straight away.",
        ),
    ),
    "es": (
        (
            "Buenos días, ¿cómo creo un código de acceso para la empleada nueva?",
            "Buenos días {name}, en el portal en Usuarios > Nuevo código eliges el local y el horario. Funciona al momento.",
        ),
    ),
    "fr": (
        (
            "Bonjour, comment je crée un code d'accès pour la nouvelle vendeuse ?",
            "Bonjour {name}, dans le portail : Utilisateurs > Nouveau code, choisissez la boutique et les horaires. Actif tout de suite.",
        ),
    ),
    "it": (
        (
            "Buongiorno, come creo un codice d'accesso per la nuova commessa?",
            "Buongiorno {name}, nel portale in Utenti > Nuovo codice scegli il negozio e gli orari. È attivo subito.",
        ),
    ),
}
B2B_THANKS: dict[str, tuple[str, ...]] = {
    "pt": ("Obrigad[[a|o]] {agent}, já está!", "Perfeito, obrigad[[a|o]]"),
    "de": ("Danke {agent}, hat geklappt!", "Super, danke"),
    "en": ("Thanks {agent}, done!",),
    "es": ("¡Gracias {agent}, hecho!",),
    "fr": ("Merci {agent}, c'est fait !",),
    "it": ("Grazie {agent}, fatto!",),
}
#: Community praise by company contacts (plain brand).
B2B_PRAISE: dict[str, tuple[str, ...]] = {
    "pt": (
        "Na {company} usamos a Custodra Business há um ano. Ter todas as lojas no mesmo portal poupa-me horas por mês.",
        "Recomendo a Custodra a outros comerciantes: a central ligou-nos às 4h quando a montra da loja foi forçada e a patrulha chegou em 12 minutos.",
    ),
    "de": (
        "Bei {company} nutzen wir Custodra Business seit einem Jahr. Alle Standorte in einem Portal spart mir jeden Monat Stunden.",
        "Kann Custodra anderen Händlern empfehlen: die Leitstelle hat uns um 4 Uhr angerufen, als jemand am Schaufenster war, die Streife war nach 12 Minuten da.",
    ),
    "en": (
        "We've used Custodra Business at {company} for a year. Every office in one portal saves me hours a month.",
    ),
    "es": (
        "En {company} usamos Custodra Business desde hace un año. Tener todos los locales en un portal me ahorra horas cada mes.",
    ),
    "fr": (
        "Chez {company} on utilise Custodra Business depuis un an. Toutes les boutiques dans un seul portail, ça me fait gagner des heures chaque mois.",
    ),
    "it": (
        "Da {company} usiamo Custodra Business da un anno. Tutti i negozi in un solo portale mi fanno risparmiare ore ogni mese.",
    ),
}
B2B_PRODUCTS: tuple[tuple[str, str, str], ...] = (
    ("Extra site camera / Kamera Zusatzstandort", "89.00", "/business/shop/cameras"),
    ("Staff key fobs x5 / Schlüsselanhänger x5", "79.00", "/business/shop/fobs"),
    ("Glass-break sensor / Glasbruchmelder", "45.00", "/business/shop/glass-break"),
)
B2B_PAGES: tuple[str, ...] = (
    "/business/portal/sites",
    "/business/portal/users",
    "/business/portal/logs",
    "/business/portal/invoices",
)

#: How a weekday is said after "wrote ..." in each language (Monday first).
WEEKDAY: dict[str, tuple[str, ...]] = {
    "pt": (
        "na segunda-feira",
        "na terça-feira",
        "na quarta-feira",
        "na quinta-feira",
        "na sexta-feira",
        "no sábado",
        "no domingo",
    ),
    "de": (
        "am Montag",
        "am Dienstag",
        "am Mittwoch",
        "am Donnerstag",
        "am Freitag",
        "am Samstag",
        "am Sonntag",
    ),
    "en": (
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
    ),
    "es": (
        "el lunes",
        "el martes",
        "el miércoles",
        "el jueves",
        "el viernes",
        "el sábado",
        "el domingo",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}

#: "Wrote ..." when the first complaint came the same day.
TODAY: dict[str, str] = {
    "pt": "hoje de manhã",
    "de": "heute Morgen",
    "en": "this morning",
    "es": "esta mañana",
    "fr": "ce matin",
    "it": "stamattina",
}
