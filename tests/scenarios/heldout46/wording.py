# ruff: noqa: E501
"""Hand-written wording for heldout46's consumers and its spike (musical-instrument hire).

Placeholders, filled by ``make_heldout46.py``: {b} brand, {plus} membership, {case} case
reference, {amt} an amount in the customer's money, {comp} a competitor, {day} a weekday,
{time} a local time, {agent} an agent's first name, {first} the customer's first name,
{code} the spike's error code.
"""

from __future__ import annotations

BRAND = "Cordelio"
PLUS = "Cordelio Plus"
COMPETITORS = ("Tastura", "Sonabel")
SPIKE_CODE = "VRM-629"

# (label, monthly price in EUR, page)
PRODUCTS = [
    (
        "Digital piano 88 keys, monthly / Piano numérique 88 touches, mensuel",
        "39.00",
        "/hire/digital-piano",
    ),
    ("Violin 3/4, monthly / Violon 3/4, mensuel", "14.90", "/hire/violin"),
    ("Violin 1/2, monthly / Violon 1/2, mensuel", "13.90", "/hire/violin"),
    ("Cello 4/4, monthly / Violoncelle 4/4, mensuel", "34.00", "/hire/cello"),
    ("Upright piano, monthly / Piano droit, mensuel", "69.00", "/hire/upright-piano"),
    ("Alto saxophone, monthly / Saxophone alto, mensuel", "29.00", "/hire/saxophone"),
    ("Clarinet Bb, monthly / Clarinette Sib, mensuel", "19.50", "/hire/clarinet"),
    ("Electric drum kit, monthly / Batterie électronique, mensuel", "32.00", "/hire/e-drums"),
    ("Acoustic guitar 3/4, monthly / Guitare classique 3/4, mensuel", "11.90", "/hire/guitar"),
    ("Trumpet Bb, monthly / Trompette Sib, mensuel", "21.00", "/hire/trumpet"),
    ("Transverse flute, monthly / Flûte traversière, mensuel", "18.00", "/hire/flute"),
    ("Video lessons, 4 per month / Cours vidéo, 4 par mois", "56.00", "/lessons/video"),
    ("Size swap violin 1/2 to 3/4 / Échange de taille violon", "0.00", "/plus/size-swap"),
]

PAGES = [
    "/hire/digital-piano",
    "/hire/violin",
    "/hire/cello",
    "/hire/rent-to-own",
    "/plus",
    "/lessons/video",
    "/lessons/teachers",
    "/shops/partner-shops",
    "/help/returns",
    "/help/deposit",
    "/help/sizes-for-children",
    "/account/rentals",
]

WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

# ---------------------------------------------------------------- happy acts

PRAISE = {
    "de": [
        "Seit drei Wochen steht das Digitalpiano von {b} im Wohnzimmer und meine Tochter übt freiwillig. FREIWILLIG. Lieferung pünktlich, alles aufgebaut, Top!",
        "Die Geige für den Kleinen kam gestimmt, mit Kolophonium und sogar einer Schulterstütze. Hätte ich nicht erwartet. Danke {b}",
        "Cello gemietet statt gekauft, und ehrlich: beste Entscheidung. Klingt warm, Koffer top, Abholung beim Partnerladen ging in 5 min",
        "Kurze Rückmeldung: der Größentausch von 1/2 auf 3/4 lief völlig problemlos, Paket hin, Paket zurück. So soll das sein.",
        "Videostunde mit Frau Albers heute war wieder super, mein Sohn hat endlich den Bogen gerade 😄 {b} macht das echt gut",
    ],
    "fr": [
        "Franchement bravo {b}, le piano numérique est arrivé à l'heure, installé, et ma fille joue tous les soirs depuis.",
        "Le violon 1/2 est arrivé accordé, avec la colophane et un petit mot. Mon fils était trop fier. Merci !",
        "Location du violoncelle pour l'année : son magnifique, étui nickel, retrait chez le magasin partenaire en 5 minutes.",
        "Petit retour : l'échange de taille s'est fait sans aucun souci, colis aller colis retour. Parfait.",
        "cours video avec Mathieu ce soir, toujours aussi patient avec ma fille 🙏 tres contente de {b}",
    ],
    "en": [
        "Hired a digital piano from {b} for my son and he hasn't stopped playing since. Delivered on time and set up, brilliant.",
        "The clarinet arrived in great nick with new reeds. Really impressed with {b}.",
    ],
    "es": [
        "Alquilamos el violín para la peque con {b} y todo perfecto, llegó afinado y con resina. Muy recomendable",
        "El piano digital llegó puntual y lo montaron en nada. Mi hijo encantado, gracias {b}",
    ],
    "it": [
        "Noleggiato il violoncello con {b}, suono bellissimo e custodia perfetta. Consigliato!",
        "Il pianoforte digitale è arrivato puntuale e già montato, mia figlia ci suona tutte le sere. Grazie {b}",
    ],
    "pt": [
        "Alugámos o violino para o miúdo na {b} e veio afinado, com resina e tudo. Muito bom",
        "O piano digital chegou à hora e montaram tudo. A minha filha está encantada, obrigada {b}",
    ],
}

PRAISE_AGAIN = {
    "de": [
        "Schon das dritte Instrument bei {b} gemietet und wieder alles tiptop. Diesmal das Saxophon für meinen Mann 🎷",
        "Wieder der nette Fahrer, der das Piano letztes Mal gebracht hat. Hat sogar die Bank richtig eingestellt. Immer wieder gern",
        "Immer noch begeistert von den Videostunden, jetzt im vierten Monat. Die Kinder freuen sich jede Woche drauf",
    ],
    "fr": [
        "Troisième location chez {b} et toujours impeccable. Cette fois la flûte pour ma grande 🎶",
        "Encore le même livreur super sympa que la dernière fois, il a même réglé la banquette. Toujours un plaisir",
        "Toujours ravie des cours vidéo, quatrième mois et les enfants attendent le mercredi avec impatience",
    ],
    "en": ["Second year hiring from {b} and still spot on. Same lovely driver again too!"],
    "es": ["Tercer instrumento que alquilamos con {b} y otra vez todo perfecto 👌"],
    "it": ["Di nuovo tutto perfetto con {b}, è il terzo noleggio ormai"],
    "pt": ["Outra vez tudo impecável com a {b}, já é o terceiro aluguer"],
}

PRAISE_GRIPE = {
    "de": [
        "Piano super, Lieferung super. Nur die Bedienungsanleitung gibts nur als PDF, für meine Mutter etwas umständlich. Sonst alles bestens",
        "Sehr schöne Geige, klingt toll. Einziger Punkt: der Koffer riecht noch etwas nach Keller. Lüftet aber raus",
    ],
    "fr": [
        "Très bon piano, livraison nickel. Seul bémol, le pupitre est un peu branlant. Sinon rien à dire",
        "Super violon, mon fils l'adore. Juste dommage que l'appli ne rappelle pas la date du prochain cours. Pour le reste parfait",
    ],
    "en": ["Lovely cello, great service. Only gripe: the case zip sticks a bit. Otherwise spot on"],
    "es": ["Muy buen piano, todo genial. Solo que el atril baila un poco, por lo demás perfecto"],
    "it": ["Tutto ottimo, solo il leggio traballa un pochino. Per il resto benissimo"],
    "pt": ["Tudo ótimo, só a banqueta range um bocadinho. De resto perfeito"],
}

REVIEW = {
    "de": [
        ("5", "Unkompliziert, Instrument in top Zustand, Rückgabe im Laden ging schnell."),
        ("5", "Mietkauf fürs Klavier, fair gerechnet. Gerne wieder."),
        ("4", "Gute Geige, Lieferung einen Tag später als gedacht, aber freundlich angekündigt."),
    ],
    "fr": [
        ("5", "Simple, instrument en parfait état, retour en magasin rapide."),
        ("5", "Location-vente du piano, prix honnête. Je recommande."),
        ("4", "Bon violon, livré un jour plus tard que prévu mais on a été prévenus."),
    ],
    "en": [("5", "Easy from start to finish and the trumpet was like new.")],
    "es": [("5", "Fácil y el instrumento en perfecto estado. Repetiremos.")],
    "it": [("5", "Semplice e veloce, strumento in ottime condizioni.")],
    "pt": [("5", "Simples e o instrumento em ótimo estado. Recomendo.")],
}

SURVEY_WORDS = {
    "de": ["Alles prima", "top", "👍", "Sehr freundlich", "", "Danke!"],
    "fr": ["Parfait", "nickel", "👍", "Très sympa", "", "Merci !"],
    "en": ["Great", "spot on", "👍", ""],
    "es": ["Genial", "todo bien", "👍", ""],
    "it": ["Ottimo", "tutto bene", "👍", ""],
    "pt": ["Ótimo", "tudo bem", "👍", ""],
}

# (question, agent's answer)
CHAT_Q = {
    "de": [
        (
            "Hallo, kann man die Geige auch im Partnerladen in Köln zurückgeben oder muss die per Post?",
            "Hallo! Ja, jeder Partnerladen nimmt Rückgaben an, einfach den Rückgabe-QR aus der App zeigen.",
        ),
        (
            "hi, wann wird die Miete abgebucht, am 1. oder am Liefertag?",
            "Hallo, immer am Liefertag des Monats, also bei Ihnen am 14.",
        ),
        (
            "Kann ich das Piano nach 6 Monaten doch kaufen? Wird die Miete angerechnet?",
            "Ja, beim Mietkauf werden 100 % der ersten 12 Monatsmieten angerechnet. Das Angebot sehen Sie unter Konto > Mietverträge.",
        ),
        (
            "Ist bei Plus die Versicherung dabei wenn der Bogen bricht?",
            "Ja, mit Plus sind Bruch und Diebstahl versichert, nur 25 € Selbstbeteiligung.",
        ),
    ],
    "fr": [
        (
            "Bonjour, je peux rendre le violon dans n'importe quel magasin partenaire ?",
            "Bonjour ! Oui, tous les magasins partenaires acceptent les retours, il suffit de montrer le QR de retour dans l'appli.",
        ),
        (
            "bjr, le loyer est prélevé quand exactement ? le 1er ?",
            "Bonjour, toujours le jour de livraison, donc le 9 pour vous.",
        ),
        (
            "Si j'achète le piano après quelques mois, les loyers sont déduits ?",
            "Oui, en location-vente 100 % des 12 premiers loyers sont déduits. L'offre est dans Compte > Locations.",
        ),
        (
            "Avec Plus, l'assurance couvre aussi l'archet ?",
            "Oui, casse et vol sont couverts avec Plus, franchise de 25 €.",
        ),
    ],
    "en": [
        (
            "Hi, can I swap the 1/2 violin for a 3/4 mid-contract?",
            "Hi! Yes, size swaps are free with Plus, just request it under Rentals.",
        ),
        (
            "does the digital piano come with headphones?",
            "It does, a pair is in the box with the pedal.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo devolver el violín en cualquier tienda colaboradora?",
            "¡Hola! Sí, en cualquiera, solo enseña el QR de devolución de la app.",
        ),
        ("el piano trae auriculares?", "Sí, vienen en la caja junto con el pedal."),
    ],
    "it": [
        (
            "Ciao, posso cambiare il violino 1/2 con un 3/4 durante il contratto?",
            "Ciao! Sì, con Plus il cambio misura è gratuito, lo richiedi da Noleggi.",
        ),
        ("il piano digitale ha le cuffie incluse?", "Sì, sono nella scatola insieme al pedale."),
    ],
    "pt": [
        (
            "Olá, posso devolver o violino em qualquer loja parceira?",
            "Olá! Sim, em qualquer uma, basta mostrar o QR de devolução da app.",
        ),
        ("o piano traz auscultadores?", "Sim, vêm na caixa com o pedal."),
    ],
}

THANKS = {
    "de": ["Super, danke!", "ok perfekt danke", "Danke für die schnelle Antwort 👍"],
    "fr": ["Super, merci !", "ok parfait merci", "Merci pour la réponse rapide 👍"],
    "en": ["Brilliant, thanks!", "perfect ta"],
    "es": ["Genial, gracias!", "vale perfecto gracias"],
    "it": ["Perfetto, grazie!", "ok grazie mille"],
    "pt": ["Ótimo, obrigado!", "ok perfeito obg"],
}

# (subject, question, agent's answer)
EMAIL_Q = {
    "de": [
        (
            "Frage zum Mietkauf",
            "Guten Tag,\n\nwir mieten seit Februar das Digitalpiano und überlegen, es zu behalten. Wie viel wäre noch zu zahlen?\n\nViele Grüße",
            "Guten Tag,\n\nvielen Dank für Ihre Nachricht! Nach den bisherigen Mieten wären noch 412 € offen; Sie können den Kauf jederzeit unter Konto > Mietverträge abschließen.\n\nHerzliche Grüße\n{agent} vom {b}-Team",
        ),
        (
            "Urlaub - Miete pausieren?",
            "Hallo,\n\nwir sind im August drei Wochen weg. Kann man die Miete fürs Cello pausieren oder einfach weiterlaufen lassen?\n\nDanke und Gruß",
            "Hallo,\n\nmit Plus können Sie die Miete einmal im Jahr bis zu vier Wochen pausieren, direkt in der App. Schöne Ferien!\n\n{agent} vom {b}-Team",
        ),
    ],
    "fr": [
        (
            "Question location-vente",
            "Bonjour,\n\nnous louons le piano numérique depuis février et aimerions le garder. Combien resterait-il à payer ?\n\nCordialement",
            "Bonjour,\n\nmerci pour votre message ! Il resterait 412 € ; vous pouvez finaliser l'achat à tout moment dans Compte > Locations.\n\nBien à vous,\n{agent}, équipe {b}",
        ),
        (
            "Vacances - pause de la location ?",
            "Bonjour,\n\nnous partons trois semaines en août. Est-ce qu'on peut suspendre la location du violoncelle ?\n\nMerci d'avance",
            "Bonjour,\n\navec Plus vous pouvez suspendre la location une fois par an jusqu'à quatre semaines, directement dans l'appli. Bonnes vacances !\n\n{agent}, équipe {b}",
        ),
    ],
    "en": [
        (
            "Rent-to-own question",
            "Hi,\n\nWe've hired the digital piano since February and would like to keep it. How much would be left to pay?\n\nThanks",
            "Hi,\n\nThanks for getting in touch! £362 would be left; you can complete the purchase any time under Account > Rentals.\n\nBest wishes,\n{agent} at {b}",
        )
    ],
    "es": [
        (
            "Pregunta alquiler con opción a compra",
            "Hola,\n\nalquilamos el piano digital desde febrero y queremos quedárnoslo. ¿Cuánto quedaría por pagar?\n\nUn saludo",
            "Hola,\n\n¡gracias por escribirnos! Quedarían 412 €; puedes completar la compra cuando quieras en Cuenta > Alquileres.\n\nUn saludo,\n{agent}, equipo {b}",
        )
    ],
    "it": [
        (
            "Domanda noleggio con riscatto",
            "Buongiorno,\n\nnoleggiamo il piano digitale da febbraio e vorremmo tenerlo. Quanto resterebbe da pagare?\n\nGrazie",
            "Buongiorno,\n\ngrazie del messaggio! Resterebbero 412 €; può completare l'acquisto quando vuole da Account > Noleggi.\n\nCordiali saluti,\n{agent}, team {b}",
        )
    ],
    "pt": [
        (
            "Pergunta aluguer com opção de compra",
            "Olá,\n\nalugamos o piano digital desde fevereiro e queremos ficar com ele. Quanto falta pagar?\n\nObrigada",
            "Olá,\n\nobrigado pela mensagem! Faltam 412 €; pode concluir a compra quando quiser em Conta > Alugueres.\n\nCumprimentos,\n{agent}, equipa {b}",
        )
    ],
}

# (transcript, agent's follow-up e-mail subject, body)
PHONE_Q = {
    "de": [
        (
            "hallo ähm meine Tochter ist jetzt so gewachsen dass die halbe Geige zu klein ist die Lehrerin sagt dreiviertel wie läuft das mit dem Tausch muss ich die alte erst zurückschicken",
            "Größentausch Geige",
            "Guten Tag,\n\nwie besprochen: die 3/4-Geige geht morgen raus, die 1/2 geben Sie einfach dem Fahrer mit. Der Tausch ist mit Plus kostenlos.\n\nViele Grüße\n{agent} vom {b}-Team",
        ),
        (
            "ja hallo ich wollte nur fragen ob man beim Klavier auch einen Stimmtermin dazubuchen kann das steht jetzt seit einem halben Jahr und meine Frau meint es klingt ein bisschen schief",
            "Ihr Stimmtermin",
            "Guten Tag,\n\nwie am Telefon besprochen: der Klavierstimmer kommt am Dienstag zwischen 9 und 12 Uhr, für Mietkunden kostenlos.\n\nViele Grüße\n{agent} vom {b}-Team",
        ),
    ],
    "fr": [
        (
            "allô oui bonjour alors mon fils a grandi et le violon un demi est devenu trop petit sa prof dit trois quarts comment ça se passe pour l'échange je dois d'abord renvoyer l'ancien",
            "Échange de taille du violon",
            "Bonjour,\n\ncomme convenu : le violon 3/4 part demain, vous remettez simplement le 1/2 au livreur. L'échange est gratuit avec Plus.\n\nBien à vous,\n{agent}, équipe {b}",
        ),
        (
            "oui bonjour je voulais savoir si on peut prendre un rendez-vous pour accorder le piano droit ça fait six mois qu'il est là et on trouve qu'il sonne un peu faux",
            "Votre rendez-vous d'accordage",
            "Bonjour,\n\ncomme convenu au téléphone, l'accordeur passera mardi entre 9 h et 12 h, gratuit pour les locations.\n\nBien à vous,\n{agent}, équipe {b}",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to ask if the upright piano can get tuned it's been there six months now and it sounds a bit off",
            "Your tuning visit",
            "Hi,\n\nAs discussed on the phone, the tuner will come on Tuesday between 9 and 12, free for hire customers.\n\nBest wishes,\n{agent} at {b}",
        )
    ],
    "es": [
        (
            "hola buenas quería preguntar si se puede pedir que afinen el piano vertical que lleva seis meses en casa y suena un poco desafinado",
            "Tu cita de afinación",
            "Hola,\n\ncomo hablamos por teléfono, el afinador irá el martes entre las 9 y las 12, gratis para alquileres.\n\nUn saludo,\n{agent}, equipo {b}",
        )
    ],
    "it": [
        (
            "buongiorno volevo chiedere se si può far accordare il pianoforte verticale è a casa da sei mesi e suona un po' stonato",
            "Il suo appuntamento per l'accordatura",
            "Buongiorno,\n\ncome detto al telefono, l'accordatore passerà martedì tra le 9 e le 12, gratuito per i noleggi.\n\nCordiali saluti,\n{agent}, team {b}",
        )
    ],
    "pt": [
        (
            "olá boa tarde queria saber se é possível afinar o piano vertical já está cá em casa há seis meses e parece um bocado desafinado",
            "A sua marcação de afinação",
            "Olá,\n\ncomo falámos ao telefone, o afinador passa na terça entre as 9 e as 12, gratuito para alugueres.\n\nCumprimentos,\n{agent}, equipa {b}",
        )
    ],
}

NIGHT_POST = {
    "de": [
        "2 Uhr nachts, Kopfhörer am Digitalpiano, Nachbarn schlafen, ich spiel endlich das Nocturne durch. Danke {b} für die Idee mit dem Mietpiano",
        "Nachtschicht vorbei, noch kurz die Videostunde für Samstag gebucht. Geht sogar um diese Uhrzeit in 30 Sekunden 👍",
    ],
    "fr": [
        "3h du mat, casque sur les oreilles, je bosse ma gamme au piano numérique sans réveiller personne. Merci {b} 🌙",
        "Garde de nuit terminée, je réserve le cours vidéo de samedi. 30 secondes même à cette heure-ci 👍",
    ],
    "en": [
        "1am, headphones on, digital piano, finally nailed the first page of the Satie. Cheers {b}"
    ],
    "es": [
        "Las 2 de la mañana y yo con los cascos practicando en el piano digital, gracias {b} por no despertar a nadie jaja"
    ],
    "it": ["Le 2 di notte, cuffie e piano digitale, finalmente il primo Notturno 🌙 grazie {b}"],
    "pt": [
        "2 da manhã, auscultadores e piano digital, finalmente toquei a peça toda. Obrigado {b} 🌙"
    ],
}

NIGHT_CHAT = {
    "de": [
        (
            "kann ich das Keyboard heute nacht noch in die Rückgabebox vom Partnerladen werfen?",
            "Hallo! Ja, die Rückgabeboxen sind rund um die Uhr offen, der Scan zählt als Rückgabe.",
        ),
        (
            "Gibts für die Videostunden auch Termine vor 7 Uhr früh?",
            "Ja, einige Lehrkräfte bieten ab 6 Uhr an, Filter 'früh' in der Lehrerliste.",
        ),
    ],
    "fr": [
        (
            "je peux déposer le clavier dans la boîte de retour du magasin cette nuit ?",
            "Bonjour ! Oui, les boîtes de retour sont ouvertes 24 h/24, le scan vaut retour.",
        ),
        (
            "Il y a des cours vidéo avant 7 h du matin ?",
            "Oui, certains profs proposent des créneaux dès 6 h, filtre 'tôt' dans la liste.",
        ),
    ],
    "en": [
        (
            "can I drop the keyboard in the partner shop's return box tonight?",
            "Hi! Yes, return boxes are open round the clock and the scan counts as returned.",
        )
    ],
    "es": [
        (
            "¿puedo dejar el teclado esta noche en el buzón de devolución de la tienda?",
            "¡Hola! Sí, los buzones están abiertos 24 h y el escaneo cuenta como devolución.",
        )
    ],
    "it": [
        (
            "posso lasciare la tastiera stanotte nella cassetta resi del negozio?",
            "Ciao! Sì, le cassette resi sono aperte 24 ore su 24, la scansione vale come reso.",
        )
    ],
    "pt": [
        (
            "posso deixar o teclado esta noite na caixa de devolução da loja?",
            "Olá! Sim, as caixas estão abertas 24 h e a leitura conta como devolução.",
        )
    ],
}

# ---------------------------------------------------------------- trouble

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# amount in EUR a problem is about
PROBLEM_AMOUNT = {
    "no_show": "39.00",
    "double_charge": "34.00",
    "damage": "180.00",
    "refund": "180.00",
    "wrong_price": "15.00",
    "cancel_fee": "45.00",
}

TOPIC = {
    "no_show": {
        "de": "Lieferung nicht angekommen",
        "fr": "Livraison jamais reçue",
        "en": "Delivery never arrived",
        "es": "Entrega que nunca llegó",
        "it": "Consegna mai arrivata",
        "pt": "Entrega que nunca chegou",
    },
    "double_charge": {
        "de": "Miete doppelt abgebucht",
        "fr": "Loyer prélevé deux fois",
        "en": "Rent taken twice",
        "es": "Cuota cobrada dos veces",
        "it": "Canone addebitato due volte",
        "pt": "Mensalidade cobrada duas vezes",
    },
    "damage": {
        "de": "Instrument beschädigt geliefert",
        "fr": "Instrument livré abîmé",
        "en": "Instrument arrived damaged",
        "es": "Instrumento llegó dañado",
        "it": "Strumento arrivato danneggiato",
        "pt": "Instrumento chegou danificado",
    },
    "refund": {
        "de": "Kaution nicht zurück",
        "fr": "Caution non remboursée",
        "en": "Deposit not returned",
        "es": "Fianza no devuelta",
        "it": "Deposito non restituito",
        "pt": "Caução não devolvida",
    },
    "wrong_price": {
        "de": "Plus-Preis nicht berechnet",
        "fr": "Tarif Plus non appliqué",
        "en": "Plus rate not applied",
        "es": "No me aplican la tarifa Plus",
        "it": "Tariffa Plus non applicata",
        "pt": "Tarifa Plus não aplicada",
    },
    "cancel_fee": {
        "de": "Gebühr für Rückgabe in der Probezeit",
        "fr": "Frais de retour pendant l'essai",
        "en": "Fee for a return in the trial month",
        "es": "Penalización en el mes de prueba",
        "it": "Penale nel mese di prova",
        "pt": "Taxa de devolução no mês de teste",
    },
}

# one or more complaint bodies per problem and language (written, first person)
CORE = {
    "no_show": {
        "de": [
            "Laut App wurde die Geige am {day} um 10:12 ZUGESTELLT. Hier ist nichts angekommen, kein Paket, kein Zettel, nichts. Die erste Orchesterprobe meiner Tochter war am Nachmittag, sie saß ohne Instrument da und hat geweint.",
            "Das Digitalpiano steht in der App seit {day} auf 'geliefert'. Bei uns war kein Fahrer, die Nachbarn haben auch nichts. Ich habe extra einen Tag Urlaub genommen.",
        ],
        "fr": [
            "L'appli dit que le violon a été LIVRÉ {day} à 10h12. Rien reçu, pas de colis, pas d'avis de passage, rien. Ma fille avait sa première répétition d'orchestre l'après-midi, elle y est allée sans instrument.",
            "Le piano numérique est marqué 'livré' depuis {day}. Aucun livreur n'est venu, les voisins n'ont rien vu non plus. J'avais posé une journée pour l'attendre.",
        ],
        "en": [
            "The app says the cello was DELIVERED on {day} at 10:12. Nothing came. No parcel, no card, nothing, and I'd taken the day off to wait in."
        ],
        "es": [
            "En la app pone que el violín se ENTREGÓ el {day} a las 10:12. Aquí no ha llegado nada, ni paquete ni aviso. Mi hija tenía su primer ensayo de orquesta y fue sin instrumento."
        ],
        "it": [
            "Nell'app il pianoforte digitale risulta CONSEGNATO {day} alle 10:12. Qui non è arrivato niente, nessun corriere, nessun avviso. Avevo preso un giorno di ferie."
        ],
        "pt": [
            "A app diz que o violino foi ENTREGUE ontem às 10:12. Aqui não chegou nada, nem encomenda nem aviso. A minha filha tinha o primeiro ensaio da orquestra e foi sem instrumento."
        ],
    },
    "double_charge": {
        "de": [
            "Die Cellomiete ({amt}) wurde diesen Monat ZWEIMAL abgebucht, am selben Tag. Dadurch ist die Lastschrift für die Kita geplatzt und ich habe jetzt noch Bankgebühren.",
            "Sie haben mir die Monatsmiete zweimal eingezogen, zweimal {amt}. Ich will das Geld zurück, und zwar diese Woche.",
        ],
        "fr": [
            "Le loyer du violoncelle ({amt}) a été prélevé DEUX FOIS ce mois-ci, le même jour. Du coup mon prélèvement de loyer a été rejeté et j'ai des frais bancaires.",
            "Vous m'avez prélevé deux fois la mensualité, 2 x {amt}. Je veux être remboursée cette semaine.",
        ],
        "en": [
            "You've taken the cello rent ({amt}) TWICE this month, same day. My rent bounced because of it and now the bank's charging me."
        ],
        "es": [
            "Me habéis cobrado la cuota del violonchelo ({amt}) DOS veces este mes, el mismo día. Me ha rebotado el recibo del alquiler del piso."
        ],
        "it": [
            "Mi avete addebitato il canone del violoncello ({amt}) DUE volte questo mese, lo stesso giorno. Mi è tornato indietro l'affitto."
        ],
        "pt": [
            "Cobraram-me a mensalidade do violoncelo ({amt}) DUAS vezes este mês, no mesmo dia. Fiquei com a conta a descoberto."
        ],
    },
    "damage": {
        "de": [
            "Das Cello kam mit einem Riss in der Decke, gut 10 cm neben dem f-Loch, und der Steg war umgekippt. So kann mein Sohn nicht üben. Fotos habe ich gemacht.",
            "Beim Digitalpiano gehen drei Tasten im Bass nicht, das tiefe Fis klemmt und der Pedalstecker wackelt. Das Ding ist so nicht zu gebrauchen.",
        ],
        "fr": [
            "Le violoncelle est arrivé avec une fissure sur la table, à 10 cm de l'ouïe, et le chevalet couché. Mon fils ne peut pas travailler avec ça. J'ai des photos.",
            "Sur le piano numérique trois touches graves ne marchent pas, le fa dièse reste enfoncé et la prise de la pédale bouge. Inutilisable.",
        ],
        "en": [
            "The cello turned up with a crack in the top, about 10 cm from the f-hole, and the bridge had fallen over. Photos taken."
        ],
        "es": [
            "El violonchelo llegó con una grieta en la tapa y el puente caído. Así mi hijo no puede practicar. Tengo fotos."
        ],
        "it": [
            "Il violoncello è arrivato con una crepa sulla tavola e il ponticello caduto. Così non si può suonare. Ho le foto."
        ],
        "pt": [
            "O violoncelo chegou com uma racha no tampo e o cavalete caído. Assim o meu filho não pode estudar. Tenho fotos."
        ],
    },
    "refund": {
        "de": [
            "Ich habe die Geige vor DREI Wochen im Partnerladen zurückgegeben, mit Quittung. Die Kaution von {amt} ist immer noch nicht da.",
            "Rückgabe war am 2., Kaution {amt} ist bis heute nicht zurück. Es hieß 5 Werktage.",
        ],
        "fr": [
            "J'ai rendu le violon il y a TROIS semaines au magasin partenaire, avec reçu. La caution de {amt} n'est toujours pas revenue.",
            "Retour fait le 2, la caution de {amt} n'est toujours pas remboursée. On m'avait dit 5 jours ouvrés.",
        ],
        "en": [
            "I returned the violin THREE weeks ago at the partner shop, receipt and all. The {amt} deposit still hasn't come back."
        ],
        "es": [
            "Devolví el violín hace TRES semanas en la tienda, con recibo. La fianza de {amt} sigue sin aparecer."
        ],
        "it": [
            "Ho restituito il violino TRE settimane fa in negozio, con ricevuta. Il deposito di {amt} non è ancora tornato."
        ],
        "pt": [
            "Devolvi o violino há TRÊS semanas na loja, com recibo. A caução de {amt} ainda não voltou."
        ],
    },
    "wrong_price": {
        "de": [
            "Ich zahle seit März für Plus und trotzdem wird mir für das Saxophon der normale Preis berechnet, {amt} mehr im Monat. Wofür zahle ich dann Plus?",
            "Plus-Mitglied seit einem Jahr, aber die letzte Rechnung hat den Preis ohne Plus. Das sind {amt} zu viel.",
        ],
        "fr": [
            "Je paie Plus depuis mars et on me facture quand même le saxophone au prix normal, {amt} de plus par mois. À quoi sert Plus alors ?",
            "Membre Plus depuis un an, mais la dernière facture est au tarif sans Plus. Ça fait {amt} de trop.",
        ],
        "en": [
            "I've paid for Plus since March and you still charge me the standard rate for the sax, {amt} a month more. What's Plus for then?"
        ],
        "es": [
            "Pago Plus desde marzo y me cobráis el saxo a precio normal, {amt} más al mes. ¿Para qué pago Plus?"
        ],
        "it": [
            "Pago Plus da marzo e mi fate pagare il sax a prezzo pieno, {amt} in più al mese. A cosa serve Plus?"
        ],
        "pt": [
            "Pago o Plus desde março e cobram-me o saxofone ao preço normal, mais {amt} por mês. Para que serve o Plus?"
        ],
    },
    "cancel_fee": {
        "de": [
            "Wir haben die Trompete nach 12 Tagen zurückgegeben, der Probemonat sind 30 Tage. Trotzdem wurden {amt} 'Gebühr vorzeitige Rückgabe' abgebucht.",
            "Probemonat, Rückgabe nach zwei Wochen, und jetzt {amt} Strafgebühr? Das steht so nirgends.",
        ],
        "fr": [
            "Nous avons rendu la trompette après 12 jours, le mois d'essai c'est 30 jours. Et on nous a prélevé {amt} de 'frais de retour anticipé'.",
            "Mois d'essai, retour au bout de deux semaines, et maintenant {amt} de pénalité ? Ce n'est écrit nulle part.",
        ],
        "en": [
            "We sent the trumpet back after 12 days of the 30-day trial and you've charged {amt} as an 'early return fee'."
        ],
        "es": [
            "Devolvimos la trompeta a los 12 días, el mes de prueba son 30, y nos cobráis {amt} de 'devolución anticipada'."
        ],
        "it": [
            "Abbiamo restituito la tromba dopo 12 giorni, il mese di prova è di 30, e ci addebitate {amt} di 'reso anticipato'."
        ],
        "pt": [
            "Devolvemos o trompete ao fim de 12 dias, o mês de teste são 30, e cobraram {amt} de 'devolução antecipada'."
        ],
    },
}

# spoken, lower case, no punctuation
PHONE_CORE = {
    "no_show": {
        "de": "ja guten Tag ich ruf an weil in der App steht die Geige ist geliefert aber hier ist nichts angekommen gar nichts und meine Tochter hatte heute ihre erste Probe ich versteh das nicht wer hat die denn bekommen",
        "fr": "oui bonjour j'appelle parce que l'appli dit que le violon est livré mais on a rien reçu rien du tout et ma fille avait sa première répétition aujourd'hui je comprends pas qui l'a eu",
        "en": "yeah hi I'm calling because the app says the cello's been delivered but nothing's come nothing at all and I took the day off for it",
        "es": "sí hola llamo porque en la app pone que el violín está entregado pero aquí no ha llegado nada y mi hija tenía hoy el ensayo",
        "it": "sì buongiorno chiamo perché l'app dice che il piano è consegnato ma qui non è arrivato niente e avevo preso un giorno di ferie",
        "pt": "sim boa tarde estou a ligar porque a app diz que o violino foi entregue mas aqui não chegou nada e a minha filha tinha ensaio hoje",
    },
    "double_charge": {
        "de": "hallo ja Sie haben mir die Cellomiete zweimal abgebucht zweimal {amt} am selben Tag und jetzt ist die Lastschrift von der Kita geplatzt das geht so nicht",
        "fr": "allô oui vous m'avez prélevé le loyer du violoncelle deux fois deux fois {amt} le même jour et du coup mon loyer a été rejeté c'est pas possible",
        "en": "hi you've taken the cello rent twice {amt} twice on the same day and my rent's bounced",
        "es": "hola me habéis cobrado la cuota dos veces {amt} dos veces el mismo día y me ha rebotado el alquiler",
        "it": "buongiorno mi avete addebitato il canone due volte {amt} due volte lo stesso giorno e mi è tornato indietro l'affitto",
        "pt": "olá cobraram-me a mensalidade duas vezes {amt} duas vezes no mesmo dia e fiquei a descoberto",
    },
    "damage": {
        "de": "ja hallo das Cello ist heute gekommen und hat einen Riss in der Decke und der Steg lag einfach im Koffer so kann mein Sohn doch nicht üben",
        "fr": "oui bonjour le violoncelle est arrivé ce matin avec une fissure sur la table et le chevalet qui traînait dans l'étui mon fils peut pas jouer avec ça",
        "en": "hi the cello came today and there's a crack in the top and the bridge was just lying loose in the case",
        "es": "hola el violonchelo ha llegado hoy con una grieta en la tapa y el puente suelto dentro del estuche",
        "it": "buongiorno il violoncello è arrivato oggi con una crepa sulla tavola e il ponticello staccato nella custodia",
        "pt": "olá o violoncelo chegou hoje com uma racha no tampo e o cavalete solto dentro do estojo",
    },
    "refund": {
        "de": "guten Tag ich hab die Geige vor drei Wochen im Laden abgegeben mit Quittung und die Kaution {amt} ist immer noch nicht da es hieß fünf Werktage",
        "fr": "bonjour j'ai rendu le violon il y a trois semaines au magasin j'ai le reçu et la caution {amt} est toujours pas revenue on m'avait dit cinq jours",
        "en": "hello I returned the violin three weeks ago at the shop I've got the receipt and the deposit {amt} still isn't back",
        "es": "hola devolví el violín hace tres semanas en la tienda tengo el recibo y la fianza {amt} sigue sin llegar",
        "it": "buongiorno ho reso il violino tre settimane fa in negozio ho la ricevuta e il deposito {amt} non è ancora arrivato",
        "pt": "olá devolvi o violino há três semanas na loja tenho o recibo e a caução {amt} ainda não chegou",
    },
    "wrong_price": {
        "de": "hallo ich bin Plus Mitglied zahl jeden Monat dafür und auf der Rechnung fürs Saxophon steht trotzdem der normale Preis {amt} mehr im Monat wofür zahl ich denn dann Plus",
        "fr": "bonjour je suis membre Plus je paie tous les mois et sur la facture du saxophone c'est le prix normal {amt} de plus par mois à quoi ça sert Plus alors",
        "en": "hi I'm a Plus member I pay for it every month and the sax is still on the standard rate {amt} more a month",
        "es": "hola soy socio Plus lo pago cada mes y en la factura del saxo me cobráis el precio normal {amt} más al mes",
        "it": "buongiorno sono socio Plus lo pago ogni mese e in fattura il sax è a prezzo pieno {amt} in più al mese",
        "pt": "olá sou sócio Plus pago todos os meses e na fatura do saxofone está o preço normal mais {amt} por mês",
    },
    "cancel_fee": {
        "de": "ja hallo wir haben die Trompete nach zwölf Tagen zurückgeschickt das ist doch im Probemonat und jetzt wurden {amt} Gebühr abgebucht das steht nirgends",
        "fr": "oui bonjour on a renvoyé la trompette après douze jours c'est dans le mois d'essai et on nous a prélevé {amt} de frais c'est écrit nulle part",
        "en": "hi we sent the trumpet back after twelve days that's inside the trial and you've charged {amt} as a fee",
        "es": "hola devolvimos la trompeta a los doce días dentro del mes de prueba y nos habéis cobrado {amt} de penalización",
        "it": "buongiorno abbiamo reso la tromba dopo dodici giorni nel mese di prova e ci avete addebitato {amt} di penale",
        "pt": "olá devolvemos o trompete ao fim de doze dias dentro do mês de teste e cobraram {amt} de taxa",
    },
}

COMPLAINT_SUBJECT = {
    "de": "Beschwerde: {topic}",
    "fr": "Réclamation : {topic}",
    "en": "Complaint: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

SHORT_EMAIL = {
    "de": [
        "Guten Tag,\n\n{core}\n\nIch erwarte eine schnelle Lösung.\n\n{first}",
        "Hallo,\n\n{core}\n\nBitte melden Sie sich heute noch.\n\nGruß {first}",
    ],
    "fr": [
        "Bonjour,\n\n{core}\n\nJ'attends une solution rapidement.\n\n{first}",
        "Bonjour,\n\n{core}\n\nMerci de me rappeler aujourd'hui.\n\n{first}",
    ],
    "en": ["Hi,\n\n{core}\n\nPlease sort this out today.\n\n{first}"],
    "es": ["Hola,\n\n{core}\n\nEspero una solución ya.\n\n{first}"],
    "it": ["Buongiorno,\n\n{core}\n\nAttendo una soluzione al più presto.\n\n{first}"],
    "pt": ["Olá,\n\n{core}\n\nEspero uma solução rápida.\n\n{first}"],
}

# long letters: the complaint sits in the middle of a life
LONG_EMAIL = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Physiotherapie, wo mein Vater gerade seine Schulter behandeln lässt, also verzeihen Sie den Telegrammstil. Seit wir seine Wohnung ausräumen und gleichzeitig unsere eigene Küche neu machen, ist hier sowieso alles ein bisschen viel, und die Musik der Kinder war eigentlich das Einzige, was noch normal lief.\n\n{core}\n\nIch habe am Telefon schon 25 Minuten in der Warteschleife gehangen und dann aufgelegt, weil ich meinen Vater abholen musste. Ich bin seit zwei Jahren Kundin, habe Sie dreimal weiterempfohlen und so etwas ist mir noch nie passiert. Ich erwarte bis Ende der Woche eine Lösung und eine Rückmeldung, die nicht aus einem Textbaustein besteht.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo liebes {b}-Team,\n\neigentlich wollte ich Ihnen schon lange mal ein Lob schreiben, weil die Geige unserer Großen letztes Jahr so toll war. Jetzt schreibe ich leider aus einem anderen Grund, abends am Küchentisch, nachdem die Kinder endlich schlafen und ich mit der Steuererklärung für die Praxis meines Mannes halb fertig bin.\n\n{core}\n\nWir sind keine schwierigen Kunden. Wir haben bisher alles pünktlich gezahlt und nie reklamiert. Aber hier erwarte ich, dass sich jemand darum kümmert, und zwar bald, und dass man mir sagt, wie es weitergeht.\n\nViele Grüße\n{first}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis le couloir de l'hôpital où ma mère attend les résultats de ses examens, donc pardonnez le style. Entre ses rendez-vous et le déménagement de son appartement que nous vidons le week-end, la musique des enfants était à peu près la seule chose qui tournait encore rond à la maison.\n\n{core}\n\nJ'ai attendu 25 minutes au téléphone avant de raccrocher pour aller chercher ma mère. Je suis cliente depuis deux ans, je vous ai recommandés à trois familles de l'école de musique et c'est la première fois que j'ai un problème pareil. J'attends une solution d'ici la fin de la semaine et une vraie réponse, pas un message tout fait.\n\nCordialement,\n{first}",
        "Bonjour l'équipe {b},\n\nça fait longtemps que je voulais vous écrire pour vous remercier, le violon de notre aîné l'an dernier était parfait. Malheureusement je vous écris pour autre chose, tard le soir sur la table de la cuisine, entre deux factures du cabinet de mon mari que je finis de classer.\n\n{core}\n\nNous ne sommes pas des clients compliqués, nous avons toujours payé à l'heure et jamais rien réclamé. Mais là j'attends que quelqu'un s'en occupe, rapidement, et qu'on me dise clairement ce qui va se passer.\n\nBien à vous,\n{first}",
    ],
}

CHAT_COMPLAINT = {
    "de": ["hallo?? {core}", "{core} was ist da los", "Hallo, {core}"],
    "fr": ["bonjour ?? {core}", "{core} c'est quoi ce bazar", "Bonjour, {core}"],
    "en": ["hello?? {core}"],
    "es": ["hola?? {core}"],
    "it": ["buongiorno?? {core}"],
    "pt": ["olá?? {core}"],
}

SOCIAL_COMPLAINT = {
    "no_show": {
        "de": "App sagt GELIEFERT, hier ist nix. Kind ohne Geige zur ersten Probe. Danke für nichts @Cordelio",
        "fr": "L'appli dit LIVRÉ, ici rien. Ma fille à sa première répèt sans violon. Merci pour rien @Cordelio",
        "en": "App says DELIVERED. Nothing here. Day off wasted. Cheers @Cordelio",
        "es": "La app dice ENTREGADO y aquí nada. Mi hija al ensayo sin violín. Gracias por nada @Cordelio",
        "it": "L'app dice CONSEGNATO e qui niente. Giornata di ferie buttata @Cordelio",
        "pt": "A app diz ENTREGUE e aqui nada. A miúda foi ao ensaio sem violino @Cordelio",
    },
    "double_charge": {
        "de": "Miete ZWEIMAL abgebucht und meine Lastschrift platzt. Super @Cordelio",
        "fr": "Loyer prélevé DEUX FOIS et mon prélèvement rejeté. Bravo @Cordelio",
        "en": "Rent taken TWICE and my own rent bounced. Well done @Cordelio",
        "es": "Cuota cobrada DOS veces y me rebota el alquiler. Genial @Cordelio",
        "it": "Canone addebitato DUE volte, affitto respinto. Complimenti @Cordelio",
        "pt": "Mensalidade cobrada DUAS vezes e conta a descoberto. Parabéns @Cordelio",
    },
    "damage": {
        "de": "Cello mit Riss in der Decke geliefert, Steg lose im Koffer. Ernsthaft @Cordelio?",
        "fr": "Violoncelle livré fissuré, chevalet qui se balade dans l'étui. Sérieusement @Cordelio ?",
        "en": "Cello delivered with a cracked top and the bridge rattling round the case. Seriously @Cordelio?",
        "es": "Violonchelo con la tapa rajada y el puente suelto. En serio @Cordelio?",
        "it": "Violoncello con la tavola crepata e il ponticello staccato. Sul serio @Cordelio?",
        "pt": "Violoncelo com o tampo rachado e o cavalete solto. A sério @Cordelio?",
    },
    "refund": {
        "de": "3 Wochen nach Rückgabe noch keine Kaution. @Cordelio wo ist mein Geld",
        "fr": "3 semaines après le retour toujours pas de caution. @Cordelio elle est où ma caution",
        "en": "3 weeks since I returned the violin, no deposit. @Cordelio where's my money",
        "es": "3 semanas desde la devolución y sin fianza. @Cordelio dónde está mi dinero",
        "it": "3 settimane dal reso e niente deposito. @Cordelio dove sono i miei soldi",
        "pt": "3 semanas depois da devolução e nada de caução. @Cordelio onde está o meu dinheiro",
    },
    "wrong_price": {
        "de": "Plus bezahlen und trotzdem Normalpreis zahlen. Logik von @Cordelio",
        "fr": "Payer Plus et payer quand même plein tarif. La logique @Cordelio",
        "en": "Pay for Plus, get charged full price anyway. Logic @Cordelio",
        "es": "Pagar Plus y que te cobren tarifa normal. La lógica de @Cordelio",
        "it": "Pagare Plus e pagare comunque prezzo pieno. Logica @Cordelio",
        "pt": "Pagar o Plus e pagar na mesma o preço normal. Lógica @Cordelio",
    },
    "cancel_fee": {
        "de": "Im Probemonat zurückgegeben und trotzdem Strafgebühr. Nie wieder Probemonat bei @Cordelio",
        "fr": "Rendu pendant le mois d'essai et quand même des frais. Merci @Cordelio",
        "en": "Returned inside the trial month and still got a fee. Thanks @Cordelio",
        "es": "Devuelto en el mes de prueba y aun así penalización. Gracias @Cordelio",
        "it": "Reso nel mese di prova e comunque penale. Grazie @Cordelio",
        "pt": "Devolvido no mês de teste e mesmo assim taxa. Obrigado @Cordelio",
    },
}

WEBFORM_INTRO = {
    "de": "Betreff: {topic}. ",
    "fr": "Objet : {topic}. ",
    "en": "Re: {topic}. ",
    "es": "Asunto: {topic}. ",
    "it": "Oggetto: {topic}. ",
    "pt": "Assunto: {topic}. ",
}

# agents' replies
CASE_OPENED = {
    "de": (
        "Ihr Vorgang {case}",
        "Guten Tag {first},\n\nes tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns spätestens morgen mit einer Lösung.\n\nViele Grüße\n{agent} vom {b}-Team",
    ),
    "fr": (
        "Votre dossier {case}",
        "Bonjour {first},\n\nnous sommes vraiment désolés. Nous avons ouvert le dossier {case} et revenons vers vous demain au plus tard avec une solution.\n\nBien à vous,\n{agent}, équipe {b}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nWe're really sorry. We've opened case {case} and will come back to you by tomorrow at the latest.\n\nBest wishes,\n{agent} at {b}",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first},\n\nlo sentimos mucho. Hemos abierto la incidencia {case} y te contestamos como muy tarde mañana.\n\nUn saludo,\n{agent}, equipo {b}",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {first},\n\nci dispiace molto. Abbiamo aperto la pratica {case} e la ricontattiamo entro domani.\n\nCordiali saluti,\n{agent}, team {b}",
    ),
    "pt": (
        "O seu processo {case}",
        "Olá {first},\n\nlamentamos muito. Abrimos o processo {case} e respondemos o mais tardar amanhã.\n\nCumprimentos,\n{agent}, equipa {b}",
    ),
}

CHAT_CASE = {
    "de": "Das tut mir sehr leid! Ich habe den Vorgang {case} angelegt, Sie bekommen spätestens morgen Bescheid.",
    "fr": "Je suis vraiment désolée ! J'ai ouvert le dossier {case}, vous aurez une réponse demain au plus tard.",
    "en": "I'm really sorry! I've opened case {case}, you'll hear back by tomorrow at the latest.",
    "es": "¡Lo siento mucho! He abierto la incidencia {case}, te decimos algo mañana como muy tarde.",
    "it": "Mi dispiace molto! Ho aperto la pratica {case}, le rispondiamo entro domani.",
    "pt": "Lamento muito! Abri o processo {case}, respondemos o mais tardar amanhã.",
}

CHAT_URGENT = {
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté ça au dossier {case} et l'ai marqué urgent.",
    "en": "I've added this to case {case} and marked it urgent.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
    "it": "L'ho aggiunto alla pratica {case} e segnata come urgente.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente.",
}

QUALITY_LEAD = {
    "de": (
        "Ihr Vorgang {case}: Teamleitung",
        "Guten Tag {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Teamleiterin Qualität. Sie ruft Sie bis Donnerstagabend persönlich an.\n\nViele Grüße\n{agent} vom {b}-Team",
    ),
    "fr": (
        "Votre dossier {case} : responsable qualité",
        "Bonjour {first},\n\nvotre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera personnellement d'ici jeudi soir.\n\nBien à vous,\n{agent}, équipe {b}",
    ),
    "en": (
        "Your case {case}: team lead",
        "Hi {first},\n\nYour case {case} is now with our quality team lead, who'll ring you personally by Thursday evening.\n\nBest wishes,\n{agent} at {b}",
    ),
    "es": (
        "Tu incidencia {case}: responsable",
        "Hola {first},\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del jueves por la noche.\n\nUn saludo,\n{agent}, equipo {b}",
    ),
    "it": (
        "La sua pratica {case}: responsabile",
        "Buongiorno {first},\n\nla sua pratica {case} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro giovedì sera.\n\nCordiali saluti,\n{agent}, team {b}",
    ),
    "pt": (
        "O seu processo {case}: responsável",
        "Olá {first},\n\no seu processo {case} está agora com a nossa responsável de qualidade, que lhe liga até quinta à noite.\n\nCumprimentos,\n{agent}, equipa {b}",
    ),
}

GOOD_NEWS = {
    "de": (
        "Gute Nachrichten zu {case}",
        "Guten Tag {first},\n\nzu Ihrem Vorgang {case}: {fix} Können Sie uns kurz bestätigen, dass jetzt alles passt?\n\nViele Grüße\n{agent} vom {b}-Team",
    ),
    "fr": (
        "Bonne nouvelle pour {case}",
        "Bonjour {first},\n\nconcernant votre dossier {case} : {fix} Pouvez-vous nous confirmer que tout est en ordre ?\n\nBien à vous,\n{agent}, équipe {b}",
    ),
    "en": (
        "Good news on {case}",
        "Hi {first},\n\nAbout case {case}: {fix} Could you confirm everything's fine now?\n\nBest wishes,\n{agent} at {b}",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola {first},\n\nsobre tu incidencia {case}: {fix} ¿Nos confirmas que ya está todo bien?\n\nUn saludo,\n{agent}, equipo {b}",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {first},\n\nriguardo alla pratica {case}: {fix} Può confermarci che ora è tutto a posto?\n\nCordiali saluti,\n{agent}, team {b}",
    ),
    "pt": (
        "Boas notícias sobre {case}",
        "Olá {first},\n\nsobre o processo {case}: {fix} Pode confirmar-nos que já está tudo bem?\n\nCumprimentos,\n{agent}, equipa {b}",
    ),
}

FIX = {
    "no_show": {
        "de": "Das Instrument lag beim falschen Nachbarn, der Fahrer bringt es heute Nachmittag.",
        "fr": "L'instrument avait été déposé chez un mauvais voisin, le livreur vous l'apporte cet après-midi.",
        "en": "It had gone to the wrong neighbour; the driver brings it this afternoon.",
        "es": "Se entregó a otro vecino; el repartidor te lo lleva esta tarde.",
        "it": "Era stato lasciato a un altro vicino; il corriere lo porta oggi pomeriggio.",
        "pt": "Tinha ficado noutro vizinho; o estafeta leva-o hoje à tarde.",
    },
    "double_charge": {
        "de": "Die doppelte Abbuchung ist storniert, dazu erstatten wir 10 € für die Bankgebühren.",
        "fr": "Le double prélèvement est annulé et nous remboursons 10 € de frais bancaires.",
        "en": "The second payment is refunded, plus 10 for the bank charges.",
        "es": "El cobro doble está devuelto, más 10 € por los gastos del banco.",
        "it": "L'addebito doppio è stornato, più 10 € per le spese bancarie.",
        "pt": "A cobrança dupla foi devolvida, mais 10 € pelas despesas bancárias.",
    },
    "damage": {
        "de": "Ein Ersatzinstrument ist unterwegs und wird morgen gebracht, das beschädigte nimmt der Fahrer mit.",
        "fr": "Un instrument de remplacement part aujourd'hui et arrive demain, le livreur reprend l'autre.",
        "en": "A replacement is on its way for tomorrow and the driver takes the damaged one.",
        "es": "Un instrumento de sustitución llega mañana y el repartidor se lleva el dañado.",
        "it": "Uno strumento sostitutivo arriva domani e il corriere ritira quello danneggiato.",
        "pt": "Um instrumento de substituição chega amanhã e o estafeta leva o danificado.",
    },
    "refund": {
        "de": "Die Kaution ist heute angewiesen worden.",
        "fr": "La caution a été virée aujourd'hui.",
        "en": "The deposit was sent back today.",
        "es": "La fianza se ha transferido hoy.",
        "it": "Il deposito è stato restituito oggi.",
        "pt": "A caução foi transferida hoje.",
    },
    "wrong_price": {
        "de": "Der Plus-Preis ist eingetragen und die Differenz gutgeschrieben.",
        "fr": "Le tarif Plus est appliqué et la différence remboursée.",
        "en": "The Plus rate is set and the difference credited.",
        "es": "Ya tienes la tarifa Plus y te hemos abonado la diferencia.",
        "it": "La tariffa Plus è applicata e la differenza rimborsata.",
        "pt": "A tarifa Plus está aplicada e a diferença creditada.",
    },
    "cancel_fee": {
        "de": "Die Gebühr war ein Fehler und ist erstattet.",
        "fr": "Les frais étaient une erreur et sont remboursés.",
        "en": "The fee was a mistake and has been refunded.",
        "es": "La penalización era un error y está devuelta.",
        "it": "La penale era un errore ed è rimborsata.",
        "pt": "A taxa foi um erro e está devolvida.",
    },
}

CONFIRM = {
    "de": [
        "Bestätige: {case} ist erledigt, alles angekommen. Danke!",
        "Hallo, kurz zu {case}: passt jetzt alles, vielen Dank für die schnelle Hilfe",
    ],
    "fr": [
        "Je confirme : dossier {case} réglé, tout est bon. Merci !",
        "Bonjour, pour {case} : tout est en ordre maintenant, merci pour la rapidité",
    ],
    "en": ["Confirming {case} is sorted, all good now. Thanks!"],
    "es": ["Confirmo: {case} resuelto, todo bien. ¡Gracias!"],
    "it": ["Confermo: pratica {case} risolta, tutto a posto. Grazie!"],
    "pt": ["Confirmo: processo {case} resolvido, está tudo bem. Obrigada!"],
}

APOLOGY = {
    "de": [
        "Sorry wegen gestern, war echt gestresst. Danke dass sich so schnell jemand gekümmert hat",
        "Entschuldigung für den Ton gestern. Ist ja jetzt geklärt, danke",
    ],
    "fr": [
        "Désolée pour hier, j'étais à bout. Merci d'avoir réagi aussi vite",
        "Pardon pour le ton d'hier. C'est réglé, merci",
    ],
    "en": ["Sorry about yesterday, I was at the end of my rope. Thanks for sorting it so fast"],
    "es": ["Perdón por lo de ayer, estaba de los nervios. Gracias por resolverlo tan rápido"],
    "it": ["Scusate per ieri, ero nervosissima. Grazie per la rapidità"],
    "pt": ["Desculpem por ontem, estava mesmo nervosa. Obrigada pela rapidez"],
}

LOW_CSAT_WORDS = {
    "de": ["schlecht", "", "enttäuschend"],
    "fr": ["nul", "", "décevant"],
    "en": ["poor", ""],
    "es": ["mal", ""],
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
}
LOW_NPS_WORDS = {
    "de": ["So nicht.", "", "Erst mal nicht mehr"],
    "fr": ["Non.", "", "Plus jamais comme ça"],
    "en": ["No.", ""],
    "es": ["No.", ""],
    "it": ["No.", ""],
    "pt": ["Não.", ""],
}

# repeat contacts: a later contact on the same open case
STILL_OPEN = {
    "de": [
        "Zu {case}: immer noch nichts passiert. {core_short}",
        "Ich schreibe jetzt zum zweiten Mal wegen {case}. Es ist NICHTS gelöst. {core_short}",
    ],
    "fr": [
        "Pour le dossier {case} : toujours rien. {core_short}",
        "Deuxième message pour {case}. RIEN n'est réglé. {core_short}",
    ],
    "en": ["About {case}: still nothing. {core_short}"],
    "es": ["Sobre la incidencia {case}: sigue sin resolverse. {core_short}"],
    "it": ["Per la pratica {case}: ancora niente. {core_short}"],
    "pt": ["Sobre o processo {case}: continua tudo igual. {core_short}"],
}

THIRD = {
    "de": [
        "Dritte Nachricht zu {case} und es ist immer noch offen. Die Musikschule hier mietet bei {comp}, die tauschen ein Instrument innerhalb von 24 Stunden. {core_short}",
        "Zum dritten Mal {case}. Ich hab mir inzwischen angeschaut, was {comp} verlangt. {core_short}",
    ],
    "fr": [
        "Troisième message pour {case}, toujours ouvert. L'école de musique d'ici loue chez {comp} et eux échangent un instrument en 24 h. {core_short}",
        "Troisième fois pour {case}. J'ai regardé les prix de {comp} entre-temps. {core_short}",
    ],
    "en": [
        "Third time about {case} and it's still open. The kids' music teacher hires from {comp} and they swap things within a day. {core_short}"
    ],
    "es": [
        "Tercera vez con la incidencia {case} y sigue abierta. He mirado lo que cobra {comp}. {core_short}"
    ],
    "it": [
        "Terza volta per la pratica {case}, ancora aperta. La scuola di musica noleggia da {comp} e loro cambiano lo strumento in 24 ore. {core_short}"
    ],
    "pt": [
        "Terceira vez com o processo {case} e continua aberto. Já fui ver quanto cobra a {comp}. {core_short}"
    ],
}

FOURTH = {
    "de": "VIERTES Mal wegen {case}. Ich möchte bitte jemanden sprechen, der das wirklich lösen kann. {core_short}",
    "fr": "QUATRIÈME fois pour {case}. Je veux parler à quelqu'un qui peut vraiment régler ça. {core_short}",
    "en": "FOURTH time about {case}. I want someone who can actually fix this. {core_short}",
    "es": "CUARTA vez con {case}. Quiero hablar con alguien que lo solucione de verdad. {core_short}",
    "it": "QUARTA volta per {case}. Voglio parlare con qualcuno che lo risolva davvero. {core_short}",
    "pt": "QUARTA vez com o processo {case}. Quero falar com alguém que resolva isto. {core_short}",
}

PHONE_STILL = {
    "de": "ja hallo es geht um den Vorgang {case} das ist immer noch nicht gelöst {core_short_lower}",
    "fr": "oui bonjour c'est pour le dossier {case} c'est toujours pas réglé {core_short_lower}",
    "en": "hi it's about case {case} it's still not sorted {core_short_lower}",
    "es": "hola llamo por la incidencia {case} que sigue sin resolver {core_short_lower}",
    "it": "buongiorno chiamo per la pratica {case} non è ancora risolta {core_short_lower}",
    "pt": "olá é sobre o processo {case} que continua por resolver {core_short_lower}",
}

CORE_SHORT = {
    "no_show": {
        "de": "Die Geige ist nie angekommen.",
        "fr": "Le violon n'est jamais arrivé.",
        "en": "The instrument never arrived.",
        "es": "El violín nunca llegó.",
        "it": "Lo strumento non è mai arrivato.",
        "pt": "O violino nunca chegou.",
    },
    "double_charge": {
        "de": "Die doppelte Miete ist nicht zurück.",
        "fr": "Le double prélèvement n'est pas remboursé.",
        "en": "The double payment still isn't back.",
        "es": "El cobro doble sigue sin devolverse.",
        "it": "L'addebito doppio non è stato stornato.",
        "pt": "A cobrança dupla continua por devolver.",
    },
    "damage": {
        "de": "Das kaputte Instrument steht immer noch hier, kein Ersatz.",
        "fr": "L'instrument abîmé est toujours là, pas de remplacement.",
        "en": "The damaged instrument is still here, no replacement.",
        "es": "El instrumento roto sigue aquí, sin sustituto.",
        "it": "Lo strumento rotto è ancora qui, nessuna sostituzione.",
        "pt": "O instrumento estragado continua cá, sem substituição.",
    },
    "refund": {
        "de": "Die Kaution ist immer noch nicht da.",
        "fr": "La caution n'est toujours pas là.",
        "en": "The deposit still isn't back.",
        "es": "La fianza sigue sin llegar.",
        "it": "Il deposito non è ancora arrivato.",
        "pt": "A caução continua sem chegar.",
    },
    "wrong_price": {
        "de": "Es wird weiter der Normalpreis berechnet.",
        "fr": "On me facture toujours le plein tarif.",
        "en": "I'm still on the standard rate.",
        "es": "Me siguen cobrando la tarifa normal.",
        "it": "Mi fate ancora pagare prezzo pieno.",
        "pt": "Continuam a cobrar o preço normal.",
    },
    "cancel_fee": {
        "de": "Die Gebühr ist nicht erstattet.",
        "fr": "Les frais ne sont pas remboursés.",
        "en": "The fee hasn't been refunded.",
        "es": "La penalización no está devuelta.",
        "it": "La penale non è stata rimborsata.",
        "pt": "A taxa não foi devolvida.",
    },
}

# ---------------------------------------------------------------- slide and leaving

SLIDE = {
    "de": [
        "Das Piano kam erst am nächsten Tag statt im gebuchten Zeitfenster. Kein Anruf. Na gut, passiert.",
        "Die Leihgeige hatte uralte Saiten, kein Kolophonium dabei, der Bogen halb ohne Haare. War früher besser bei {b}.",
        "Dritter Lehrerwechsel bei den Videostunden in einem Monat, ohne Vorwarnung. Mein Sohn fängt jedes Mal von vorn an. Das nervt langsam richtig.",
        "Versicherungsfall mit Plus abgelehnt, wegen eines Kratzers am Koffer. Wofür zahle ich eigentlich jeden Monat?",
        "Jetzt reichts. 60 € 'Nachstimmung' nach der Rückgabe berechnet, für ein Klavier, das bei der Lieferung nie gestimmt war. Ich habe sogar das Video davon.",
        "Die Cellolehrerin meiner Tochter mietet alles bei {comp}. Wir haben das Cello fürs neue Halbjahr dort bestellt.",
    ],
    "fr": [
        "Le piano est arrivé le lendemain au lieu du créneau réservé. Pas d'appel. Bon, ça arrive.",
        "Le violon de location avait des cordes hors d'âge, pas de colophane, l'archet à moitié chauve. C'était mieux avant chez {b}.",
        "Troisième changement de prof en un mois pour les cours vidéo, sans prévenir. Mon fils recommence à zéro à chaque fois. Ça commence vraiment à m'agacer.",
        "Sinistre refusé avec Plus, pour une rayure sur l'étui. Je paie pour quoi tous les mois ?",
        "Là ça suffit. 60 € de 'réaccordage' facturés après le retour d'un piano qui n'a jamais été accordé à la livraison. J'ai même la vidéo.",
        "La prof de violoncelle de ma fille loue tout chez {comp}. On a commandé le violoncelle là-bas pour le nouveau semestre.",
    ],
    "en": [
        "Piano turned up the day after the booked slot. No call. Fine, it happens.",
        "The hire violin had ancient strings, no rosin and a bow with half its hair gone. {b} used to be better.",
        "Third teacher change on the video lessons in a month, no warning. My son starts from scratch every time. Getting properly annoying now.",
        "Plus insurance claim refused over a scratch on the case. What am I paying for every month?",
        "That's it. £52 'retuning' charged after returning a piano that was never tuned when it came. I've got the video.",
        "My daughter's cello teacher hires everything from {comp}. We've ordered the cello there for next term.",
    ],
    "es": [
        "El piano llegó al día siguiente en vez de en la franja reservada. Sin llamar. Bueno, pasa.",
        "El violín de alquiler con cuerdas viejísimas, sin resina y el arco medio calvo. {b} antes era mejor.",
        "Tercer cambio de profe en un mes en las clases por vídeo, sin avisar. Mi hijo empieza de cero cada vez. Ya cansa.",
        "Me rechazan el seguro Plus por un arañazo en el estuche. ¿Para qué pago cada mes?",
        "YA ESTÁ BIEN. 60 € de 'reafinación' tras devolver un piano que nunca vino afinado. Tengo hasta el vídeo.",
        "La profe de chelo de mi hija lo alquila todo en {comp}. Hemos pedido allí el chelo para el nuevo curso.",
    ],
    "it": [
        "Il piano è arrivato il giorno dopo invece che nella fascia prenotata. Nessuna chiamata. Vabbè, capita.",
        "Il violino a noleggio con corde vecchissime, senza colofonia e l'arco mezzo spelato. {b} era meglio prima.",
        "Terzo cambio di insegnante in un mese nelle lezioni video, senza avviso. Mio figlio ricomincia ogni volta da capo. Comincia a stufare.",
        "Sinistro Plus rifiutato per un graffio sulla custodia. Per cosa pago ogni mese?",
        "ADESSO BASTA. 60 € di 'riaccordatura' dopo il reso di un piano che non è mai arrivato accordato. Ho pure il video.",
        "L'insegnante di violoncello di mia figlia noleggia tutto da {comp}. Abbiamo ordinato lì il violoncello per il nuovo semestre.",
    ],
    "pt": [
        "O piano chegou no dia seguinte em vez de na janela marcada. Sem telefonar. Pronto, acontece.",
        "O violino alugado tinha cordas velhíssimas, sem resina e o arco meio careca. A {b} era melhor.",
        "Terceira troca de professor num mês nas aulas por vídeo, sem aviso. O meu filho começa do zero sempre. Já cansa.",
        "Seguro Plus recusado por causa de um risco no estojo. Pago todos os meses para quê?",
        "JÁ CHEGA. 60 € de 'reafinação' depois de devolver um piano que nunca veio afinado. Tenho o vídeo.",
        "A professora de violoncelo da minha filha aluga tudo na {comp}. Encomendámos lá o violoncelo para o novo semestre.",
    ],
}

LEAVE = {
    "de": [
        (
            "Kündigung Plus und Kundenkonto",
            "Hallo,\n\nunsere Tochter hat mit dem Cello aufgehört, sie macht jetzt lieber Handball. Ich möchte {plus} kündigen und das Kundenkonto schließen. Das Cello haben wir letzte Woche zurückgegeben.\n\nDanke für die schöne Zeit\n{first}",
        ),
        (
            "Kündigung",
            "Guten Tag,\n\nwir haben von Oma ein Klavier geerbt und brauchen das Mietpiano nicht mehr. Bitte {plus} kündigen und mein Konto schließen.\n\nGruß {first}",
        ),
    ],
    "fr": [
        (
            "Résiliation Plus et compte",
            "Bonjour,\n\nnotre fille a arrêté le violoncelle, elle préfère le handball maintenant. Je souhaite résilier {plus} et fermer le compte. L'instrument a été rendu la semaine dernière.\n\nMerci pour tout\n{first}",
        ),
        (
            "Résiliation",
            "Bonjour,\n\nnous partons vivre au Canada en septembre. Merci de résilier {plus} et de fermer mon compte.\n\n{first}",
        ),
    ],
    "en": [
        (
            "Cancel Plus and close account",
            "Hi,\n\nWe've bought a second-hand piano from a neighbour, so we don't need the hire one any more. Please cancel {plus} and close my account.\n\nThanks for everything,\n{first}",
        )
    ],
    "es": [
        (
            "Baja de Plus y cuenta",
            "Hola,\n\nnos mudamos a Chile en septiembre. Quiero darme de baja de {plus} y cerrar la cuenta.\n\nGracias por todo\n{first}",
        )
    ],
    "it": [
        (
            "Disdetta Plus e account",
            "Buongiorno,\n\nnostro figlio ha smesso con la tromba. Vorrei disdire {plus} e chiudere l'account.\n\nGrazie di tutto\n{first}",
        )
    ],
    "pt": [
        (
            "Cancelar Plus e conta",
            "Olá,\n\ncomprámos um piano em segunda mão. Quero cancelar o {plus} e fechar a conta.\n\nObrigada por tudo\n{first}",
        )
    ],
}

SORRY_TO_SEE_YOU_GO = {
    "de": (
        "RE: Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen! Sie können {plus} und Ihr Konto selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen. Alles Gute!\n\n{agent} vom {b}-Team",
    ),
    "fr": (
        "RE : Résiliation",
        "Bonjour {first},\n\ndommage de vous voir partir ! Vous pouvez résilier {plus} et fermer votre compte vous-même dans l'appli ou sur le site, Compte > Abonnement. Bonne continuation !\n\n{agent}, équipe {b}",
    ),
    "en": (
        "Re: Cancel",
        "Hi {first},\n\nSorry to see you go! You can cancel {plus} and close your account yourself in the app or on the website under Account > Membership. All the best!\n\n{agent} at {b}",
    ),
    "es": (
        "RE: Baja",
        "Hola {first},\n\n¡qué pena que te vayas! Puedes darte de baja tú mismo en la app o en la web, Cuenta > Membresía. ¡Mucha suerte!\n\n{agent}, equipo {b}",
    ),
    "it": (
        "R: Disdetta",
        "Buongiorno {first},\n\nci dispiace vederla andare via! Può disdire {plus} e chiudere l'account da sé nell'app o sul sito, Account > Abbonamento. Tanti auguri!\n\n{agent}, team {b}",
    ),
    "pt": (
        "RE: Cancelar",
        "Olá {first},\n\ntemos pena que saia! Pode cancelar o {plus} e fechar a conta na app ou no site, Conta > Subscrição. Tudo de bom!\n\n{agent}, equipa {b}",
    ),
}

GRUMBLES = {
    "de": [
        "Die App loggt mich JEDES Mal aus, wenn ich sie schließe. Nervig.",
        "Push-Nachricht 'Zeit zum Üben!' sonntags um 7 Uhr früh. Wirklich?",
        "Partnerladen hat samstags nur bis 12 auf, Rückgabe also nur mit Hektik.",
        "Schon wieder ein Aufkleber auf dem Koffer, der nicht abgeht.",
        "Der Chatbot versteht kein Wort, ich will einfach einen Menschen.",
        "Lieferschein nur auf Papier, keine Kopie in der App. 2026 übrigens.",
    ],
    "fr": [
        "L'appli me déconnecte À CHAQUE fois que je la ferme. Pénible.",
        "Notif 'C'est l'heure de jouer !' le dimanche à 7h. Vraiment ?",
        "Le magasin partenaire ferme à midi le samedi, les retours c'est la course.",
        "Encore un autocollant sur l'étui qui ne part pas.",
        "Le chatbot ne comprend rien, je veux juste un humain.",
        "Bon de livraison uniquement en papier, rien dans l'appli. On est en 2026.",
    ],
    "en": [
        "App logs me out EVERY time I close it.",
        "'Time to practise!' push at 7am on a Sunday. Really?",
        "Partner shop shuts at noon on Saturdays.",
    ],
    "es": [
        "La app me echa CADA vez que la cierro.",
        "Notificación 'a practicar' el domingo a las 7. En serio?",
        "La tienda cierra los sábados a mediodía.",
    ],
    "it": [
        "L'app mi disconnette OGNI volta che la chiudo.",
        "Notifica 'ora di esercitarsi' la domenica alle 7. Davvero?",
        "Il negozio chiude il sabato a mezzogiorno.",
    ],
    "pt": [
        "A app desliga-me SEMPRE que a fecho.",
        "Notificação 'hora de praticar' ao domingo às 7. A sério?",
        "A loja fecha ao sábado ao meio-dia.",
    ],
}

SARCASM = {
    "de": [
        "Danke {b} für das 'geräuschlose' Digitalpiano mit quietschendem Pedal. Perfekt zum Einschlafen 👏",
        "Die Geige kam in einem Koffer, der nach Omas Keller riecht. Sehr authentisch {b} 😂",
    ],
    "fr": [
        "Merci {b} pour le piano 'silencieux' avec une pédale qui grince. Idéal pour les berceuses 👏",
        "Le violon est arrivé dans un étui qui sent la cave de mamie. Très authentique {b} 😂",
    ],
    "en": [
        "Thanks {b} for the 'silent' digital piano with a squeaky pedal. Perfect for lullabies 👏"
    ],
    "es": [
        "Gracias {b} por el piano 'silencioso' con un pedal que chirría. Ideal para las nanas 👏"
    ],
    "it": [
        "Grazie {b} per il piano 'silenzioso' col pedale che cigola. Perfetto per le ninne nanne 👏"
    ],
    "pt": [
        "Obrigado {b} pelo piano 'silencioso' com o pedal a chiar. Ideal para canções de embalar 👏"
    ],
}

MILD = {
    "de": [
        (
            "Die Händlersuche in der App zeigt mir Läden in Hamburg, ich wohne in München.",
            "Danke für den Hinweis! Bitte einmal die Standortfreigabe neu setzen, wir schauen uns das an.",
        ),
        (
            "App ist plötzlich auf Englisch, obwohl alles auf Deutsch eingestellt ist.",
            "Danke! Das liegt an einem Update, in Einstellungen > Sprache lässt es sich zurückstellen.",
        ),
    ],
    "fr": [
        (
            "La recherche de magasins m'affiche Lille alors que j'habite à Lyon.",
            "Merci du signalement ! Réactivez la localisation, on regarde de notre côté.",
        ),
        (
            "L'appli est passée en anglais toute seule.",
            "Merci ! C'est une mise à jour, Réglages > Langue pour revenir au français.",
        ),
    ],
    "en": [
        (
            "Shop finder keeps showing me Leeds, I live in Bristol.",
            "Thanks for flagging! Please reset location access, we're looking into it.",
        )
    ],
    "es": [
        (
            "El buscador de tiendas me sale en Sevilla y vivo en Bilbao.",
            "¡Gracias por avisar! Reactiva la ubicación, lo estamos mirando.",
        )
    ],
    "it": [
        (
            "La ricerca negozi mi mostra Napoli, abito a Torino.",
            "Grazie della segnalazione! Riattivi la posizione, stiamo verificando.",
        )
    ],
    "pt": [
        (
            "A pesquisa de lojas mostra-me Faro e eu moro em Braga.",
            "Obrigado pelo aviso! Reative a localização, estamos a ver.",
        )
    ],
}

FORM_ACK = {
    "de": (
        "Ihre Nachricht",
        "Hallo {first},\n\ndanke für den Hinweis, wir haben ihn an das App-Team weitergegeben.\n\n{agent} vom {b}-Team",
    ),
    "fr": (
        "Votre message",
        "Bonjour {first},\n\nmerci pour le signalement, nous l'avons transmis à l'équipe appli.\n\n{agent}, équipe {b}",
    ),
    "en": (
        "Your message",
        "Hi {first},\n\nThanks for letting us know, we've passed it to the app team.\n\n{agent} at {b}",
    ),
    "es": (
        "Tu mensaje",
        "Hola {first},\n\ngracias por avisar, lo hemos pasado al equipo de la app.\n\n{agent}, equipo {b}",
    ),
    "it": (
        "Il suo messaggio",
        "Buongiorno {first},\n\ngrazie della segnalazione, l'abbiamo girata al team dell'app.\n\n{agent}, team {b}",
    ),
    "pt": (
        "A sua mensagem",
        "Olá {first},\n\nobrigado pelo aviso, passámos à equipa da app.\n\n{agent}, equipa {b}",
    ),
}

# ---------------------------------------------------------------- spike

SPIKE_TOPIC = "video lesson room in the instrument-hire app will not open: lessons cannot start, error VRM-629"

SPIKE_REPORT = {
    "de": [
        "Der Unterrichtsraum geht nicht auf, nur 'Verbindung fehlgeschlagen (VRM-629)'. Mein Sohn sitzt mit der Geige vorm Tablet und die Lehrerin wartet",
        "Videostunde startet nicht, Fehler VRM-629, dreimal neu gestartet. Was ist da los?",
        "VRM-629 beim Öffnen der Stunde. Handy und Laptop, beides gleich.",
        "Hallo, seit 10 Minuten kommt nur VRM-629 wenn ich in den Raum will. Stunde ist bezahlt!",
    ],
    "fr": [
        "La salle de cours ne s'ouvre pas, juste 'connexion impossible (VRM-629)'. Ma fille attend avec son violon devant la tablette",
        "Cours vidéo bloqué, erreur VRM-629, redémarré trois fois. C'est quoi le problème ?",
        "VRM-629 en ouvrant le cours. Téléphone et ordi, pareil.",
        "Bonjour, depuis 10 minutes j'ai VRM-629 quand je veux entrer dans la salle. Le cours est payé !",
    ],
    "en": [
        "Lesson room won't open, just 'connection failed (VRM-629)'. Kid sat there with the trumpet and the teacher waiting",
        "VRM-629 every time I try to join the lesson. Phone and laptop both.",
    ],
    "es": [
        "La sala de clase no abre, solo sale 'error de conexión (VRM-629)'. Mi hija con el violín esperando",
        "VRM-629 cada vez que intento entrar a la clase. Móvil y portátil igual.",
    ],
    "it": [
        "L'aula virtuale non si apre, solo 'connessione non riuscita (VRM-629)'. Mio figlio col violino davanti al tablet",
        "VRM-629 ogni volta che provo a entrare nella lezione. Telefono e pc uguale.",
    ],
    "pt": [
        "A sala de aula não abre, só aparece 'falha de ligação (VRM-629)'. A miúda à espera com o violino",
        "VRM-629 sempre que tento entrar na aula. Telemóvel e portátil igual.",
    ],
}

SPIKE_REPEAT = {
    "de": [
        "Immer noch VRM-629, jetzt auch auf dem Handy meiner Frau probiert. Die Stunde ist gleich vorbei.",
        "Nachtrag: auch im Browser VRM-629. Die Lehrerin hat inzwischen aufgegeben.",
    ],
    "fr": [
        "Toujours VRM-629, essayé aussi sur le téléphone de mon mari. Le cours est presque fini.",
        "Suite : dans le navigateur aussi VRM-629. Le prof a laissé tomber.",
    ],
    "en": ["Still VRM-629, tried my partner's phone too. Lesson's nearly over."],
    "es": ["Sigue VRM-629, probado también en el móvil de mi marido. La clase casi se acaba."],
    "it": ["Ancora VRM-629, provato anche sul telefono di mia moglie. La lezione è quasi finita."],
    "pt": [
        "Continua VRM-629, tentei também no telemóvel do meu marido. A aula está quase a acabar."
    ],
}

SPIKE_CHAT_ANSWER = {
    "de": "Ja, die Unterrichtsräume fallen gerade bei allen aus (VRM-629), unsere Technik arbeitet daran. Die Stunde wird nicht berechnet.",
    "fr": "Oui, les salles de cours sont en panne pour tout le monde en ce moment (VRM-629), nos techniciens sont dessus. Le cours ne sera pas facturé.",
    "en": "Yes, lesson rooms are down for everyone right now (VRM-629), our engineers are on it. The lesson won't be charged.",
    "es": "Sí, las salas de clase fallan ahora mismo para todos (VRM-629), los técnicos están en ello. La clase no se cobrará.",
    "it": "Sì, le aule virtuali sono giù per tutti in questo momento (VRM-629), i tecnici ci stanno lavorando. La lezione non verrà addebitata.",
    "pt": "Sim, as salas de aula estão em baixo para todos neste momento (VRM-629), os técnicos estão a tratar. A aula não será cobrada.",
}

SPIKE_FIXED = {
    "de": (
        "Unterrichtsräume wieder erreichbar",
        "Hallo {first},\n\ndie Unterrichtsräume funktionieren seit {time} Uhr wieder. Die ausgefallene Stunde ist Ihnen gutgeschrieben, dazu {amt} als Entschuldigung.\n\n{agent} vom {b}-Team",
    ),
    "fr": (
        "Les salles de cours fonctionnent à nouveau",
        "Bonjour {first},\n\nles salles de cours fonctionnent de nouveau depuis {time}. Le cours manqué vous est recrédité, avec {amt} en dédommagement.\n\n{agent}, équipe {b}",
    ),
    "en": (
        "Lesson rooms working again",
        "Hi {first},\n\nLesson rooms have worked again since {time}. The missed lesson is credited back, plus {amt} by way of apology.\n\n{agent} at {b}",
    ),
    "es": (
        "Las salas de clase vuelven a funcionar",
        "Hola {first},\n\nlas salas funcionan de nuevo desde las {time}. Te devolvemos la clase y {amt} como disculpa.\n\n{agent}, equipo {b}",
    ),
    "it": (
        "Le aule virtuali funzionano di nuovo",
        "Buongiorno {first},\n\nle aule funzionano di nuovo dalle {time}. La lezione persa le è riaccreditata, più {amt} come scusa.\n\n{agent}, team {b}",
    ),
    "pt": (
        "As salas de aula voltaram a funcionar",
        "Olá {first},\n\nas salas funcionam de novo desde as {time}. A aula perdida foi creditada, mais {amt} como pedido de desculpa.\n\n{agent}, equipa {b}",
    ),
}

LONE_Q = {
    "de": (
        "Gestern hat der Unterrichtsraum fast eine Minute gebraucht, bis das Kamerabild kam, dann lief alles normal. Klappt das morgen um 18 Uhr?",
        "Hallo! Das liegt meist am WLAN beim ersten Verbindungsaufbau, morgen sollte alles laufen. Viel Spaß in der Stunde!",
    ),
    "fr": (
        "Hier la salle de cours a mis presque une minute à afficher la caméra, ensuite tout allait bien. Ça marchera demain à 18h ?",
        "Bonjour ! C'est souvent le wifi à la première connexion, demain ça devrait aller. Bon cours !",
    ),
}

GRUMBLE_CALM = {
    "de": (
        "Die Lehrerliste lädt seit Tagen ewig, bis die Fotos kommen.",
        "Danke, das ist bekannt und wird diese Woche verbessert.",
    ),
    "fr": (
        "La liste des profs met une éternité à charger les photos depuis quelques jours.",
        "Merci, c'est connu et corrigé cette semaine.",
    ),
}
