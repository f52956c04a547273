# ruff: noqa: E501
"""Consumer wording for heldout59 (on-demand 3D printing), written from the stories.

Placeholders: {name} first name, {order} order number, {case} ticket, {amount} money,
{product} part, {agent} agent's first name, {comp} a competitor, {day} a weekday.
"""

from __future__ import annotations

LANGS = ("it", "es", "de", "en", "fr", "pt")

BRAND = "Fabrilo"
PLAN = "Fabrilo Maker"
COMPETITORS = ("Layerix", "Modelva")

AGENTS: dict[str, tuple[str, ...]] = {
    "it": ("Ilaria", "Tommaso", "Gaia"),
    "es": ("Nerea", "Iker", "Rocío"),
    "de": ("Jonas", "Frauke", "Mirko"),
    "en": ("Owen", "Niamh"),
    "fr": ("Margaux", "Bastien"),
    "pt": ("Inês", "Rui"),
}

# (label, price in EUR, page)
PRODUCTS: tuple[tuple[str, float, str], ...] = (
    ("Ingranaggi PETG x6 / PETG gear set (6)", 18.40, "/quote/petg"),
    ("Casco cosplay resina, 2 pezzi / Cosplay helmet, resin, 2 parts", 142.00, "/quote/resin"),
    ("Telaio drone PA12 / Drone frame, nylon PA12", 64.90, "/quote/pa12"),
    ("Clip cestello lavastoviglie x4 / Dishwasher basket clips (4)", 9.80, "/quote/petg"),
    ("Miniature 28 mm resina x12 / Miniatures 28 mm, resin (12)", 38.50, "/quote/resin"),
    ("Paralume PLA 30 cm / Lamp shade, PLA, 30 cm", 27.00, "/quote/pla"),
    ("Guarnizioni TPU x10 / TPU gaskets (10)", 14.20, "/quote/tpu"),
    ("Plastico architettonico 1:200 / Architecture model 1:200", 96.00, "/quote/pla"),
    ("Supporto bici da parete / Wall bike mount, PETG", 22.50, "/quote/petg"),
    ("Scatola elettronica IP54 / Electronics enclosure IP54", 31.70, "/quote/petg"),
)

PAGES = (
    "/upload",
    "/materials/petg",
    "/materials/resin",
    "/materials/pa12",
    "/materials/tpu",
    "/design-guide/tolerances",
    "/maker-plan",
    "/account/orders",
    "/shipping",
    "/design-guide/wall-thickness",
)

CHANNEL_SOURCE = {
    "email": "fabrilo-mail",
    "phone": "fabrilo-voice",
    "social": "fabrilo-social",
    "community": "fabrilo-community",
    "chat": "fabrilo-chat",
    "web": "fabrilo-web",
    "survey": "fabrilo-survey",
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
}

# ---------------------------------------------------------------- happy acts

PRAISE: dict[str, tuple[str, ...]] = {
    "it": (
        "Arrivati i pezzi per la mia stampante vecchia, incastrano al decimo di millimetro. Fabrilo mi ha salvato il progetto",
        "Ho fatto stampare il casco di mio figlio per carnevale in resina, è venuto una meraviglia, lui non se lo toglie più",
        "Consegna in 3 giorni fino a Bari, imballo con le patatine di mais, tutto intatto. Bravi davvero",
        "Il controllo del file mi ha segnalato le pareti troppo sottili prima di pagare. Questa è gente seria",
        "Le miniature per la campagna di D&D sono venute con dettagli che la mia stampante a casa si sogna. Fabrilo top",
        "Finalmente un servizio dove il preventivo è quello che paghi, niente sorprese. Consigliato a tutto il gruppo modellismo",
    ),
    "es": (
        "Me han llegado las piezas del dron en nylon y pesan nada, encajan perfectas. Fabrilo es otra liga",
        "Imprimí la maqueta del TFG con Fabrilo y mi tutora preguntó dónde la había hecho jaja. Entregada con tiempo de sobra",
        "El soporte de la bici en PETG aguanta la de montaña sin moverse. 22 euros y listo, gracias Fabrilo",
        "Pedido el martes, en casa el jueves en Zaragoza. Y la caja venía con una nota escrita a mano, detallazo",
        "La revisión automática me avisó de que un agujero era demasiado pequeño antes de pagar. Me ahorró un disgusto",
        "Qué gusto subir un STL y tener el precio en segundos sin pedir presupuesto por correo como en otros sitios",
    ),
    "de": (
        "Ersatzteil für die Spülmaschine gedruckt statt 40 € beim Hersteller bezahlt. Passt, hält, Fabrilo danke",
        "Gehäuse für mein Balkonkraftwerk-Messgerät aus PETG, saubere Kanten, Gewinde passen. Sehr gute Arbeit",
        "Die Harz-Figuren für den Spieleabend sind unglaublich detailliert. Fabrilo hat mich überzeugt",
        "Lieferung nach Graz in vier Tagen, gut verpackt, Rechnung sofort im Konto. So soll das sein",
    ),
    "en": (
        "Got the replacement knob for our 1970s radio printed by Fabrilo, fits like the original. Dad is over the moon",
        "The file checker flagged my overhangs before I paid and suggested resin instead. Saved me a wasted order, cheers",
    ),
    "fr": (
        "Pièces de rechange pour mon aspirateur imprimées en PETG, ça s'emboîte parfaitement. Merci Fabrilo",
        "Maquette d'archi pour mon rendu reçue en trois jours, propre, sans bavures. Je recommande à toute la promo",
    ),
    "pt": (
        "Mandei imprimir as peças do meu drone em nylon e ficaram leves e certinhas. Fabrilo recomendo",
        "O suporte para a bicicleta chegou a Braga em quatro dias, bem embalado, aguenta tudo. Obrigado Fabrilo",
    ),
}

AGAIN_PRAISE: dict[str, tuple[str, ...]] = {
    "it": (
        "Terzo ordine quest'anno e ancora nessun pezzo storto. Continuate così",
        "Di nuovo perfetti, stavolta le guarnizioni in TPU. Ormai ordino solo qui",
    ),
    "es": (
        "Otra vez todo perfecto, ya van cuatro pedidos y ni un fallo",
        "Segunda vez que pido miniaturas y siguen saliendo igual de finas. Encantado",
    ),
    "de": ("Schon wieder alles top, dritte Bestellung und kein einziger Fehldruck",),
    "en": ("Fourth order now and still not one dud part. Consistent as ever",),
    "fr": ("Encore une commande parfaite, la troisième ce mois-ci",),
    "pt": ("Mais uma vez tudo perfeito, já é a terceira encomenda",),
}

SMALL_GRIPE: dict[str, tuple[str, ...]] = {
    "it": (
        "Pezzi bellissimi, solo il tracking si aggiorna una volta al giorno e io ansioso lo guardavo ogni ora. Per il resto 10",
        "Stampa ottima, però la scatola era enorme per tre clip piccole. Un po' di spreco di cartone",
    ),
    "es": (
        "Las piezas genial, pero el PLA negro tiene alguna línea de capa que se ve al sol. Por el precio no me quejo",
        "Todo bien, solo que la factura llega en inglés y mi gestor se lía. Lo demás de diez",
    ),
    "de": ("Teile super, nur die Versandbestätigung kam erst abends. Sonst gerne wieder",),
    "en": (
        "Lovely parts, only gripe is the support marks on the underside need a bit of sanding. Would order again",
    ),
    "fr": (
        "Très bon rendu, juste les marques de supports un peu visibles dessous. Sinon impeccable",
    ),
    "pt": ("Peças ótimas, só o plástico da embalagem é exagerado. De resto, tudo certo",),
}

# (question, agent answer, thanks)
CHAT_QA: dict[str, tuple[tuple[str, str, str], ...]] = {
    "it": (
        (
            "Ciao, il PETG regge la lavastoviglie? Devo rifare le clip del cestello",
            "Ciao {name}, sì, il PETG regge fino a circa 70 °C, per le clip del cestello va benissimo. Ti consiglio riempimento al 40 %.",
            "Perfetto grazie mille!",
        ),
        (
            "Se carico un file in 3MF tenete anche i colori?",
            "Ciao {name}, leggiamo il 3MF ma stampiamo in un solo colore per pezzo; puoi dividere il modello in parti e scegliere il colore di ognuna.",
            "ok capito, grazie",
        ),
        (
            "Quanto ci mette una spedizione in Sicilia con il piano Maker?",
            "Di solito 3-4 giorni lavorativi dopo la stampa, {name}. Con Maker la spedizione standard è gratuita.",
            "grazie, gentilissima",
        ),
    ),
    "es": (
        (
            "Hola, ¿la resina aguanta al sol? Es para una figura que va en el coche",
            "Hola {name}, la resina estándar amarillea con mucho sol; para el coche te recomendamos la resina resistente a UV, la tienes en el desplegable de materiales.",
            "Genial, muchas gracias",
        ),
        (
            "¿Puedo cambiar el material después de pagar? He puesto PLA y quería PETG",
            "Hola {name}, si el pedido aún no ha entrado en producción sí: te lo cambio yo ahora y te devolvemos la diferencia si la hay.",
            "Qué rápido, gracias!!",
        ),
        (
            "Buenas, el agujero de 5 mm sale a 5 o un poco menos? para meter un tornillo M5",
            "Hola {name}, en PETG suele salir unas décimas menos. Para M5 dibújalo a 5,3 mm y entra sin problema; está en nuestra guía de tolerancias.",
            "Vale, lo cambio. Gracias",
        ),
    ),
    "de": (
        (
            "Hallo, kann ich TPU auch in Schwarz bekommen? Sehe nur Weiß",
            "Hallo {name}, Schwarz ist gerade nachbestellt und ab Donnerstag wieder wählbar. Weiß kann man nicht färben, leider.",
            "Alles klar, dann warte ich. Danke",
        ),
        (
            "Gibt es eine Mindestwandstärke für Harz?",
            "Hallo {name}, bei Harz empfehlen wir mindestens 0,8 mm, bei freistehenden Teilen 1,2 mm. Der Datei-Check sagt es Ihnen auch vor dem Bezahlen.",
            "Danke für die schnelle Antwort",
        ),
    ),
    "en": (
        (
            "Hi, do you print in glow in the dark? For a kid's lamp",
            "Hi {name}, not at the moment, sorry. Translucent PETG with a warm LED looks lovely for a kid's lamp though.",
            "Ah ok, will try that, thanks",
        ),
        (
            "Can I get an invoice with my VAT number on it? Sole trader",
            "Of course {name}, add it under Account > Billing and every invoice from then on carries it. I've reissued your last one too.",
            "Brilliant, thank you",
        ),
    ),
    "fr": (
        (
            "Bonjour, vous livrez en Belgique avec l'abonnement Maker ?",
            "Bonjour {name}, oui, la livraison standard est offerte en Belgique aussi avec Maker.",
            "Super merci",
        ),
        (
            "Le nylon PA12 on peut le peindre ?",
            "Bonjour {name}, oui, après un léger ponçage et une sous-couche, ça tient très bien.",
            "Merci beaucoup",
        ),
    ),
    "pt": (
        (
            "Olá, consigo imprimir uma peça de 35 cm ou é grande demais?",
            "Olá {name}, até 38 cm num só bloco conseguimos em PLA e PETG; em resina o máximo é 20 cm.",
            "Ótimo, obrigado",
        ),
        (
            "A resina cheira depois de impressa? É para o quarto do miúdo",
            "Olá {name}, não: as peças são lavadas e curadas antes de sair, não ficam com cheiro.",
            "Obrigada pela ajuda",
        ),
    ),
}

# (subject, question, agent answer)
EMAIL_QA: dict[str, tuple[tuple[str, str, str], ...]] = {
    "it": (
        (
            "Domanda su fattura",
            "Buongiorno, mi servirebbe la fattura intestata alla mia ditta individuale per l'ordine {order}. Si può ancora cambiare? Grazie, {name}",
            "Buongiorno {name}, certo: abbiamo riemesso la fattura dell'ordine {order} con i dati della ditta, la trova nel suo account. Un saluto, {agent}",
        ),
        (
            "Colore resina",
            "Salve, la resina grigia è più scura di quella in foto? Devo abbinarla a dei pezzi già verniciati. {name}",
            "Salve {name}, è un grigio medio, un po' più scuro della foto sul monitor. Se vuole le spediamo un campione gratuito. {agent}",
        ),
    ),
    "es": (
        (
            "Pregunta sobre envío a Canarias",
            "Hola, ¿enviáis a Tenerife? ¿Hay aduana? Gracias. {name}",
            "Hola {name}, sí enviamos a Canarias; el transportista cobra el DUA aparte, unos 8 €, y te lo avisamos antes. Un saludo, {agent}",
        ),
        (
            "Archivo muy grande",
            "Buenas, mi STL pesa 210 MB y la web no lo acepta. ¿Lo puedo mandar por otro lado? {name}",
            "Hola {name}, el límite es 150 MB. Si lo exportas en 3MF suele bajar a la mitad; si no, mándanos un enlace y lo subimos nosotros. {agent}",
        ),
    ),
    "de": (
        (
            "Frage zur Rechnung",
            "Guten Tag, kann ich die Rechnung für Bestellung {order} auf meine Firma umschreiben lassen? Danke, {name}",
            "Guten Tag {name}, erledigt: die neue Rechnung zur Bestellung {order} liegt in Ihrem Konto. Viele Grüße, {agent}",
        ),
    ),
    "en": (
        (
            "Question about finishes",
            "Hi, is the smooth finish on resin worth it for a tabletop miniature or is standard fine? Thanks, {name}",
            "Hi {name}, for 28 mm minis standard is fine, the smooth finish mostly matters on big flat surfaces. Best, {agent}",
        ),
    ),
    "fr": (
        (
            "Question facture",
            "Bonjour, pouvez-vous mettre le nom de mon association sur la facture de la commande {order} ? Merci, {name}",
            "Bonjour {name}, c'est fait, la facture corrigée est dans votre espace client. Bonne journée, {agent}",
        ),
    ),
    "pt": (
        (
            "Dúvida sobre materiais",
            "Bom dia, qual é o material mais resistente para um gancho de parede que aguente 10 kg? {name}",
            "Bom dia {name}, nylon PA12 com 60 % de enchimento aguenta bem 10 kg. Cumprimentos, {agent}",
        ),
    ),
}

# phone questions (spoken) and the agent's follow-up e-mail (subject, body)
PHONE_QA: dict[str, tuple[tuple[str, str, str], ...]] = {
    "it": (
        (
            "buongiorno volevo sapere se posso ritirare di persona a Bologna invece della spedizione perché mi serve per sabato",
            "Ritiro a Bologna",
            "Buongiorno {name}, come detto al telefono il ritiro in laboratorio a Bologna è possibile dal lunedì al venerdì 9-18. Le abbiamo messo l'ordine in priorità. {agent}",
        ),
    ),
    "es": (
        (
            "hola mira es que no sé qué relleno poner para una pieza que va a llevar peso en una estantería me podéis aconsejar",
            "Tu consulta por teléfono",
            "Hola {name}, como hablamos: para la escuadra de la estantería, PETG con un 50 % de relleno y 4 perímetros. Te dejo el enlace a la guía. {agent}",
        ),
    ),
    "de": (
        (
            "ja guten Tag ich wollte fragen ob man bei Ihnen auch Teile aus Metall drucken lassen kann für mein Motorrad",
            "Ihr Anruf bei Fabrilo",
            "Guten Tag {name}, wie besprochen drucken wir derzeit kein Metall. Für die Halterung empfehlen wir PA12 mit Glasfaser. {agent}",
        ),
    ),
    "en": (
        (
            "hi there I was just wondering if the Maker plan can be paused over the summer rather than cancelled",
            "Your call about Maker",
            "Hi {name}, as promised: you can pause Maker for up to three months under Account > Plan. Enjoy the summer, {agent}",
        ),
    ),
    "fr": (
        (
            "bonjour je voulais savoir si vous pouvez imprimer à partir d'une photo ou s'il faut absolument un fichier 3D",
            "Suite à votre appel",
            "Bonjour {name}, comme convenu, il faut un fichier 3D; notre page modélistes vous met en relation avec des designers. {agent}",
        ),
    ),
    "pt": (
        (
            "bom dia queria saber se dá para imprimir em duas cores na mesma peça",
            "A sua chamada",
            "Bom dia {name}, como falámos, uma cor por peça; pode dividir o modelo e colar depois. {agent}",
        ),
    ),
}

REVIEW: dict[str, tuple[tuple[int, str], ...]] = {
    "it": (
        (5, "Servizio impeccabile, pezzi precisi e spedizione veloce"),
        (4, "Ottima qualità, prezzo un filo alto sulla resina"),
        (5, "Il controllo del file prima del pagamento vale da solo l'abbonamento"),
    ),
    "es": (
        (5, "Rápidos, precisos y con atención al cliente que sabe de lo que habla"),
        (4, "Muy buena calidad, el envío podría ser un día más rápido"),
        (5, "Mis miniaturas nunca habían quedado tan bien"),
    ),
    "de": (
        (5, "Präzise, schnell, fair. Gerne wieder"),
        (4, "Gute Qualität, Versand etwas langsam"),
    ),
    "en": ((5, "Quick, accurate and sensibly priced"),),
    "fr": ((5, "Rapide et précis, très satisfait du rendu"),),
    "pt": ((5, "Rápido e com ótima qualidade"),),
}

SURVEY_WORDS: dict[str, tuple[str, ...]] = {
    "it": ("ottimo", "tutto perfetto", "👍", "veloci e precisi", ""),
    "es": ("genial", "muy bien", "👌", "perfecto todo", ""),
    "de": ("super", "alles gut", "👍", ""),
    "en": ("great", "spot on", "👍", ""),
    "fr": ("parfait", "très bien", ""),
    "pt": ("ótimo", "tudo bem", ""),
}

NIGHT_POSTS: dict[str, tuple[str, ...]] = {
    "it": (
        "Le 2 di notte e sto ancora sistemando il modello del presepe per Fabrilo. Domani lo carico, stanotte sogno supporti",
        "Turno di notte in pronto soccorso finito, ordine delle miniature fatto dal parcheggio. Fabrilo è la mia ricompensa",
    ),
    "es": (
        "Las tantas y aquí sigo ajustando la maqueta en Blender para subirla a Fabrilo. Mañana no hay quien me levante",
        "Saliendo del turno de noche en la gasolinera y ya con el pedido de Fabrilo hecho. Vicio",
    ),
    "de": (
        "Halb drei und ich modelliere immer noch am Ersatzteil für die Kaffeemaschine. Morgen geht's zu Fabrilo",
    ),
    "en": (
        "3am, can't sleep, so naturally I've redesigned the whole drone arm. Off to Fabrilo it goes",
    ),
    "fr": ("2h du mat, j'ai enfin fini le modèle de la lampe. Direction Fabrilo demain",),
    "pt": ("Três da manhã e finalmente acabei o modelo do suporte. Amanhã vai para a Fabrilo",),
}

NIGHT_CHAT: dict[str, tuple[tuple[str, str, str], ...]] = {
    "it": (
        (
            "Scusate l'ora, se ordino adesso entra nella produzione di domani mattina?",
            "Ciao {name}, sì, gli ordini fino alle 6:00 entrano nel primo turno di stampa.",
            "grazie, buonanotte",
        ),
    ),
    "es": (
        (
            "Perdón por las horas, ¿si pido ahora entra en la tanda de mañana?",
            "Hola {name}, sí, todo lo pedido antes de las 6:00 entra en el primer turno.",
            "gracias, buenas noches",
        ),
    ),
    "de": (
        (
            "Sorry für die Uhrzeit, läuft eine Bestellung von jetzt morgen früh schon in den Druck?",
            "Hallo {name}, ja, alles bis 6 Uhr geht in die erste Druckschicht.",
            "danke, gute Nacht",
        ),
    ),
    "en": (
        (
            "Bit late I know, if I order now does it go in tomorrow's first print run?",
            "Hi {name}, yes, anything ordered before 6:00 goes into the morning run.",
            "cheers, night",
        ),
    ),
    "fr": (
        (
            "Désolé pour l'heure, si je commande maintenant c'est imprimé demain matin ?",
            "Bonjour {name}, oui, tout ce qui est commandé avant 6h part dans la première série.",
            "merci, bonne nuit",
        ),
    ),
    "pt": (
        (
            "Desculpem a hora, se encomendar agora entra na produção de amanhã?",
            "Olá {name}, sim, tudo o que entra antes das 6:00 vai para o primeiro turno.",
            "obrigado, boa noite",
        ),
    ),
}

# ---------------------------------------------------------------- problems

PROBLEMS = ("late", "double_charge", "damage", "refund", "wrong_material", "tolerance")

PROBLEM_ABOUT = {
    "late": "order stuck 'in production' for two weeks, promised in 4 days",
    "double_charge": "card charged twice for one order",
    "damage": "resin parts arrived snapped in a thin envelope",
    "refund": "refund for a misprinted order never paid",
    "wrong_material": "parts printed in PLA instead of the PETG ordered",
    "tolerance": "holes and pins printed undersized, parts do not fit",
}

# the complaint's core sentences, written (the calls speak them, see spoken())
CORE: dict[str, dict[str, tuple[str, ...]]] = {
    "late": {
        "it": (
            "L'ordine {order} doveva partire in 4 giorni. Sono passate DUE settimane ed è ancora 'in produzione'. Mi serviva per una fiera, la fiera è passata.",
            "ordine {order} fermo 'in produzione' da 14 giorni, nessuno mi dice niente",
        ),
        "es": (
            "El pedido {order} ponía envío en 4 días. Llevo DOS semanas viendo 'en producción' y nadie me contesta. Era para el cumple de mi hijo y ya ha pasado.",
            "pedido {order} 14 días 'en producción', ni un correo",
        ),
        "de": (
            "Bestellung {order} sollte nach 4 Tagen versendet werden. Seit ZWEI Wochen steht da 'in Produktion'. Ich brauche die Teile für eine Reparatur, die Maschine steht.",
        ),
        "en": (
            "Order {order} said dispatch in 4 days. It has said 'in production' for TWO weeks and nobody answers.",
        ),
        "fr": (
            "La commande {order} devait partir en 4 jours. Ça fait DEUX semaines qu'elle est 'en production', aucune nouvelle.",
        ),
        "pt": (
            "A encomenda {order} dizia envio em 4 dias. Há DUAS semanas que está 'em produção' e ninguém responde.",
        ),
    },
    "double_charge": {
        "it": (
            "Mi avete addebitato DUE volte {amount} per l'ordine {order}. Un solo ordine, due addebiti sulla carta. Ridatemi i soldi.",
            "addebito doppio di {amount} sull'ordine {order}",
        ),
        "es": (
            "Me habéis cobrado DOS veces {amount} por el pedido {order}. Un pedido, dos cargos en la tarjeta, y a fin de mes.",
            "cobro doble de {amount}, pedido {order}",
        ),
        "de": (
            "Sie haben {amount} ZWEIMAL abgebucht für Bestellung {order}. Eine Bestellung, zwei Abbuchungen.",
        ),
        "en": ("You've charged my card {amount} TWICE for order {order}. One order. Two charges.",),
        "fr": ("Vous m'avez débité DEUX fois {amount} pour la commande {order}.",),
        "pt": ("Cobraram-me DUAS vezes {amount} pela encomenda {order}.",),
    },
    "damage": {
        "it": (
            "Il casco in resina dell'ordine {order} è arrivato in una busta imbottita, rotto in tre pezzi. Per {amount} almeno una scatola.",
            "pezzi in resina arrivati spezzati, ordine {order}",
        ),
        "es": (
            "Las miniaturas del pedido {order} llegaron en un sobre finito, la mitad partidas. {amount} tirados a la basura.",
            "miniaturas rotas en el pedido {order}",
        ),
        "de": (
            "Die Harzteile aus Bestellung {order} kamen in einem dünnen Umschlag, zwei davon durchgebrochen.",
        ),
        "en": (
            "The resin parts from order {order} came in a flimsy padded envelope and two are snapped clean in half.",
        ),
        "fr": (
            "Les pièces en résine de la commande {order} sont arrivées dans une enveloppe, deux cassées net.",
        ),
        "pt": (
            "As peças em resina da encomenda {order} chegaram num envelope fininho e duas partidas.",
        ),
    },
    "refund": {
        "it": (
            "Il 3 del mese mi avete scritto che l'ordine {order} era stampato male e che mi rimborsavate {amount}. Non è arrivato niente.",
            "rimborso di {amount} dell'ordine {order} mai arrivato",
        ),
        "es": (
            "Me dijisteis hace TRES semanas que me devolvíais {amount} del pedido {order} mal impreso. Ni un céntimo.",
            "devolución de {amount} del pedido {order} sin llegar",
        ),
        "de": (
            "Vor drei Wochen wurde mir die Erstattung von {amount} für den Fehldruck {order} bestätigt. Angekommen ist nichts.",
        ),
        "en": (
            "Three weeks ago you confirmed a {amount} refund for the misprinted order {order}. Nothing has arrived.",
        ),
        "fr": (
            "Il y a trois semaines vous m'avez promis un remboursement de {amount} pour la commande {order}. Rien reçu.",
        ),
        "pt": ("Há três semanas prometeram devolver {amount} da encomenda {order}. Nada.",),
    },
    "wrong_material": {
        "it": (
            "Ho ordinato PETG per le clip della lavastoviglie e mi sono arrivate in PLA, c'è scritto sul sacchetto. Alla prima lavata si sono deformate. Ordine {order}.",
            "clip in PLA invece di PETG, ordine {order}",
        ),
        "es": (
            "Pedí PETG para una pieza que va al sol y me ha llegado en PLA, lo pone en la bolsa. Ya está combada. Pedido {order}.",
            "PLA en vez de PETG, pedido {order}",
        ),
        "de": (
            "Ich habe PETG bestellt und PLA bekommen, steht auf dem Beutel. Das Teil hat sich im Auto schon verzogen. Bestellung {order}.",
        ),
        "en": (
            "I ordered PETG and got PLA, it's printed on the bag. The part has already warped in the car. Order {order}.",
        ),
        "fr": (
            "J'ai commandé du PETG et reçu du PLA, c'est écrit sur le sachet. Déjà déformé. Commande {order}.",
        ),
        "pt": (
            "Encomendei PETG e recebi PLA, está escrito no saco. Já empenou. Encomenda {order}.",
        ),
    },
    "tolerance": {
        "it": (
            "I fori da 8 mm dell'ordine {order} sono usciti da 7,4. Nessun perno entra. Il file è giusto, l'ho misurato tre volte.",
            "fori sottomisura, ordine {order}",
        ),
        "es": (
            "Los agujeros de 8 mm del pedido {order} han salido de 7,4. No entra ningún eje. El archivo está bien, lo he medido tres veces.",
            "agujeros más pequeños, pedido {order}",
        ),
        "de": (
            "Die 8-mm-Bohrungen aus Bestellung {order} sind 7,4 mm. Kein Stift passt. Die Datei stimmt, dreimal nachgemessen.",
        ),
        "en": (
            "The 8 mm holes on order {order} came out at 7.4. Not one pin fits. The file is right, I've measured it three times.",
        ),
        "fr": (
            "Les trous de 8 mm de la commande {order} font 7,4. Aucun axe ne rentre. Le fichier est bon.",
        ),
        "pt": (
            "Os furos de 8 mm da encomenda {order} saíram com 7,4. Nenhum pino entra. O ficheiro está certo.",
        ),
    },
}

# how the writer opens and closes a short complaint
OPEN: dict[str, tuple[str, ...]] = {
    "it": ("Buongiorno,", "Salve,", "Ma scherziamo?"),
    "es": ("Hola,", "Buenas,", "A ver."),
    "de": ("Guten Tag,", "Hallo,"),
    "en": ("Hi,", "Hello,"),
    "fr": ("Bonjour,",),
    "pt": ("Olá,", "Boa tarde,"),
}
CLOSE: dict[str, tuple[str, ...]] = {
    "it": (
        "Aspetto una risposta oggi.",
        "Sono davvero deluso.",
        "Fatemi sapere cosa intendete fare.",
    ),
    "es": ("Espero respuesta hoy.", "Estoy muy cabreada.", "Decidme algo ya, por favor."),
    "de": ("Ich erwarte heute eine Antwort.", "So geht das nicht."),
    "en": ("I want this sorted today.", "Really not impressed."),
    "fr": ("J'attends une réponse aujourd'hui.", "Très déçu."),
    "pt": ("Espero resposta hoje.", "Muito desiludido."),
}
COMPLAINT_SUBJECT = {
    "it": "Reclamo ordine {order}",
    "es": "Queja pedido {order}",
    "de": "Reklamation {order}",
    "en": "Complaint about order {order}",
    "fr": "Réclamation commande {order}",
    "pt": "Reclamação encomenda {order}",
}
SOCIAL_TAIL = {
    "it": ("Vergogna.", "Complimenti davvero 🙃"),
    "es": ("Vergüenza.", "Muy bien eh 🙄"),
    "de": ("Unfassbar.",),
    "en": ("Shocking.",),
    "fr": ("Lamentable.",),
    "pt": ("Vergonha.",),
}

# long letters with the complaint inside ({core} placed in the middle)
LONG_EMAIL: dict[str, tuple[str, ...]] = {
    "it": (
        "Buongiorno,\n\nvi scrivo dal furgone, tra una consegna e l'altra, perché in ufficio non ci arrivo prima di sera. Da quando ho riaperto la bottega di mio padre riparo vecchie radio e giradischi e per i pezzi che non si trovano più mi appoggio a voi, e fino a oggi non avevo mai avuto un problema, anzi vi ho consigliato a mezza provincia.\n\n{core}\n\nCapisco che gli errori capitano, ma ho un cliente di ottant'anni che aspetta il suo giradischi per il compleanno della moglie e io non so più cosa dirgli. Vi chiedo di guardare la cosa oggi stesso e di dirmi chiaramente come la risolvete, non con una risposta automatica.\n\nCordiali saluti,\n{name}",
        "Gentile assistenza,\n\nsono un'insegnante di tecnologia e quest'anno ho convinto la preside a far stampare da voi i progetti dei ragazzi di terza invece di comprare una stampante che poi nessuno sa usare. Ho passato due pomeriggi a sistemare i file con loro, uno per uno.\n\n{core}\n\nVi lascio immaginare la figura davanti alla classe. Non voglio fare polemica, ma vorrei una soluzione entro la settimana, perché giovedì c'è la mostra di fine quadrimestre.\n\nGrazie,\n{name}",
    ),
    "es": (
        "Hola,\n\nos escribo desde la sala de espera del fisio de mi madre, que es el único rato tranquilo que tengo esta semana. Estoy restaurando una moto de mi abuelo y las piezas de plástico que ya no fabrica nadie las estoy sacando con vosotros, y hasta ahora encantado, de verdad, se lo he dicho a todo el foro.\n\n{core}\n\nEntiendo que pueda pasar, pero llevo dos días escribiendo y solo recibo el mensaje automático. Os pido que alguien mire esto hoy y me diga qué vais a hacer, sin más vueltas.\n\nUn saludo,\n{name}",
        "Buenas tardes:\n\nles escribo con bastante paciencia acumulada. Soy arquitecta, trabajo sola desde casa y para las maquetas de los concursos dependo de ustedes porque no tengo sitio para una impresora. Esta semana tenía la entrega de un concurso municipal.\n\n{core}\n\nNo es la primera vez que les recomiendo a compañeros y me sabe mal escribir esto. Necesito una respuesta clara hoy, no un 'lo estamos revisando'.\n\nAtentamente,\n{name}",
    ),
}

AGENT_CASE_OPENED: dict[str, tuple[str, str]] = {
    "it": (
        "Il suo ticket {case}",
        "Buongiorno {name}, ci dispiace molto. Abbiamo aperto il ticket {case} e un tecnico del laboratorio sta controllando l'ordine {order}. Le scriviamo entro domani con una soluzione concreta. {agent}, assistenza Fabrilo",
    ),
    "es": (
        "Tu ticket {case}",
        "Hola {name}, lo sentimos de verdad. Hemos abierto el ticket {case} y alguien del taller está revisando el pedido {order}. Te escribimos antes de mañana con una solución. {agent}, atención al cliente de Fabrilo",
    ),
    "de": (
        "Ihr Ticket {case}",
        "Hallo {name}, das tut uns leid. Wir haben das Ticket {case} angelegt, die Werkstatt prüft Bestellung {order}. Sie hören spätestens morgen von uns. {agent}, Fabrilo Kundenservice",
    ),
    "en": (
        "Your ticket {case}",
        "Hi {name}, sorry about this. We've logged ticket {case} and the workshop is checking order {order} now. You'll hear from us by tomorrow with a fix. {agent}, Fabrilo support",
    ),
    "fr": (
        "Votre ticket {case}",
        "Bonjour {name}, nous sommes désolés. Le ticket {case} est ouvert et l'atelier vérifie la commande {order}. Vous aurez une réponse d'ici demain. {agent}, service client Fabrilo",
    ),
    "pt": (
        "O seu ticket {case}",
        "Olá {name}, lamentamos. Abrimos o ticket {case} e a oficina está a verificar a encomenda {order}. Respondemos até amanhã. {agent}, apoio Fabrilo",
    ),
}
CHAT_CASE: dict[str, str] = {
    "it": "Mi dispiace {name}. Ho aperto il ticket {case} sull'ordine {order} e l'ho passato al laboratorio, ti scriviamo entro domani.",
    "es": "Lo siento mucho {name}. Te abro el ticket {case} con el pedido {order} y lo paso al taller, te escribimos antes de mañana.",
    "de": "Tut mir leid, {name}. Ich habe Ticket {case} zu {order} angelegt und an die Werkstatt gegeben, Sie hören morgen von uns.",
    "en": "Sorry {name}. I've opened ticket {case} on order {order} and passed it to the workshop, we'll be back to you by tomorrow.",
    "fr": "Désolé {name}. J'ai ouvert le ticket {case} sur la commande {order}, l'atelier vous répond d'ici demain.",
    "pt": "Lamento {name}. Abri o ticket {case} da encomenda {order}, a oficina responde até amanhã.",
}
AGENT_ESCALATED: dict[str, tuple[str, str]] = {
    "it": (
        "Ticket {case}: ci pensa la responsabile del laboratorio",
        "Buongiorno {name}, ho passato il ticket {case} direttamente a Marta, la responsabile del laboratorio di Bologna. La chiamerà lei entro 24 ore. {agent}",
    ),
    "es": (
        "Ticket {case}: lo lleva la jefa de taller",
        "Hola {name}, he pasado el ticket {case} a Marta, la responsable del taller. Te llamará ella misma en las próximas 24 horas. {agent}",
    ),
    "de": (
        "Ticket {case}: an die Werkstattleitung",
        "Hallo {name}, ich habe Ticket {case} an Marta, unsere Werkstattleiterin, gegeben. Sie ruft Sie innerhalb von 24 Stunden an. {agent}",
    ),
    "en": (
        "Ticket {case}: passed to our workshop manager",
        "Hi {name}, I've handed ticket {case} to Marta, who runs the workshop. She'll ring you within 24 hours. {agent}",
    ),
    "fr": (
        "Ticket {case} : transmis à la responsable d'atelier",
        "Bonjour {name}, j'ai confié le ticket {case} à Marta, responsable de l'atelier. Elle vous appelle sous 24 heures. {agent}",
    ),
    "pt": (
        "Ticket {case}: passado à chefe de oficina",
        "Olá {name}, passei o ticket {case} à Marta, responsável pela oficina. Ela liga-lhe nas próximas 24 horas. {agent}",
    ),
}
AGENT_FIXED: dict[str, tuple[str, str]] = {
    "it": (
        "Ticket {case}: risolto da parte nostra",
        "Buongiorno {name}, abbiamo sistemato l'ordine {order} (ristampa spedita con corriere espresso / rimborso inviato alla carta, visibile in 2-3 giorni). Ci dice se adesso è tutto a posto? {agent}",
    ),
    "es": (
        "Ticket {case}: solucionado por nuestra parte",
        "Hola {name}, ya está hecho: reimpresión del pedido {order} enviada por urgente o devolución lanzada a la tarjeta (2-3 días). ¿Nos confirmas que te ha llegado todo bien? {agent}",
    ),
    "de": (
        "Ticket {case}: von unserer Seite erledigt",
        "Hallo {name}, für Bestellung {order} ist der Nachdruck per Express unterwegs bzw. die Erstattung angewiesen (2-3 Tage). Geben Sie uns kurz Bescheid, ob alles passt? {agent}",
    ),
    "en": (
        "Ticket {case}: sorted on our side",
        "Hi {name}, order {order} is sorted: reprint sent express or refund issued to your card (2-3 days). Could you let us know it's all fine now? {agent}",
    ),
    "fr": (
        "Ticket {case} : réglé de notre côté",
        "Bonjour {name}, pour la commande {order} : réimpression envoyée en express ou remboursement lancé (2-3 jours). Pouvez-vous nous dire si tout est bon ? {agent}",
    ),
    "pt": (
        "Ticket {case}: resolvido do nosso lado",
        "Olá {name}, a encomenda {order} está tratada: reimpressão enviada por expresso ou reembolso feito (2-3 dias). Pode confirmar-nos que está tudo bem? {agent}",
    ),
}
CONFIRM: dict[str, tuple[str, ...]] = {
    "it": (
        "Confermo, ticket {case} chiuso per me: è arrivato tutto ed è giusto. Grazie",
        "Tutto ok col ticket {case}, ricevuto. Grazie per la pazienza",
    ),
    "es": (
        "Confirmado lo del ticket {case}, ya me ha llegado y está bien. Gracias",
        "Ticket {case}: recibido y todo correcto, gracias!",
    ),
    "de": ("Bestätige Ticket {case}: ist angekommen und passt. Danke",),
    "en": ("Confirming ticket {case} is sorted, all arrived fine. Thanks",),
    "fr": ("Je confirme pour le ticket {case}, tout est reçu et correct. Merci",),
    "pt": ("Confirmo o ticket {case}, chegou tudo bem. Obrigado",),
}
APOLOGY: dict[str, tuple[str, ...]] = {
    "it": ("Scusate il tono di ieri, ero fuori di me. Grazie di aver risposto subito",),
    "es": ("Perdonad lo de ayer, se me fue la mano con el tono. Gracias por contestar tan rápido",),
    "de": (
        "Entschuldigung für meinen Ton gestern, war ein schlechter Tag. Danke für die schnelle Hilfe",
    ),
    "en": ("Sorry for the tone yesterday, bad day. Thanks for getting back so fast",),
    "fr": ("Désolé pour le ton d'hier, mauvaise journée. Merci pour la réponse rapide",),
    "pt": ("Desculpem o tom de ontem, foi um mau dia. Obrigado pela resposta rápida",),
}
LOW_CSAT_WORDS = {
    "it": ("pessimo", ""),
    "es": ("fatal", ""),
    "de": ("schlecht", ""),
    "en": ("poor", ""),
    "fr": ("nul", ""),
    "pt": ("mau", ""),
}
LOW_NPS_WORDS = {
    "it": ("mai più se non si sistema", "deluso"),
    "es": ("no os recomendaría ahora mismo", "decepcionada"),
    "de": ("so nicht", ""),
    "en": ("not right now", ""),
    "fr": ("pas en l'état", ""),
    "pt": ("assim não", ""),
}

# repeat contacts: second, third (names a competitor), fourth
REPEAT_2: dict[str, tuple[str, ...]] = {
    "it": (
        "Ticket {case}: ancora niente. Vi avevo scritto {day}, l'ordine {order} è sempre lì. Qualcuno lo sta guardando?",
        "Riscrivo per il ticket {case}, è ancora tutto fermo. Nessuna novità sull'ordine {order}",
    ),
    "es": (
        "Ticket {case}: sigo igual. Os escribí el {day} y el pedido {order} sigue sin arreglarse. ¿Alguien lo está mirando?",
        "Vuelvo a escribir por el ticket {case}, todo sigue igual con el pedido {order}",
    ),
    "de": (
        "Ticket {case}: immer noch nichts. Ich hatte am {day} geschrieben, Bestellung {order} ist weiter offen.",
    ),
    "en": ("Ticket {case}: still nothing. I wrote on {day}, order {order} is still not sorted.",),
    "fr": (
        "Ticket {case} : toujours rien. J'ai écrit {day}, la commande {order} n'est toujours pas réglée.",
    ),
    "pt": (
        "Ticket {case}: continua tudo igual. Escrevi na {day} e a encomenda {order} continua por resolver.",
    ),
}
REPEAT_3: dict[str, tuple[str, ...]] = {
    "it": (
        "Terza volta che scrivo per il ticket {case}. Un amico ordina da {comp} e quando sbagliano gli ristampano in tre giorni senza fare storie. Ordine {order} ancora aperto.",
    ),
    "es": (
        "Tercera vez con el ticket {case}. Un compañero de trabajo pide en {comp} y allí le reimprimen en tres días sin preguntas. Pedido {order} sin resolver.",
        "Es la tercera vez, ticket {case}. Ya he mirado precios en {comp}, que conste. El pedido {order} sigue igual.",
    ),
    "de": (
        "Zum dritten Mal wegen Ticket {case}. Ein Kollege bestellt bei {comp}, da wird in drei Tagen nachgedruckt. {order} ist immer noch offen.",
    ),
    "en": (
        "Third time writing about ticket {case}. A mate uses {comp} and they reprint in three days, no questions. Order {order} still open.",
    ),
    "fr": (
        "Troisième fois pour le ticket {case}. Un ami commande chez {comp}, eux réimpriment en trois jours. Commande {order} toujours pas réglée.",
    ),
    "pt": (
        "Terceira vez por causa do ticket {case}. Um amigo encomenda na {comp} e reimprimem em três dias. A encomenda {order} continua igual.",
    ),
}
REPEAT_4: dict[str, tuple[str, ...]] = {
    "it": ("QUARTA volta. Ticket {case}. Ordine {order}. Ancora niente. Basta.",),
    "es": ("CUARTA vez. Ticket {case}. Pedido {order}. Nada. Ya está bien.",),
    "de": ("VIERTES Mal. Ticket {case}. {order}. Immer noch nichts.",),
    "en": ("FOURTH time. Ticket {case}. Order {order}. Still nothing.",),
    "fr": ("QUATRIÈME fois. Ticket {case}. Commande {order}. Toujours rien.",),
    "pt": ("QUARTA vez. Ticket {case}. Encomenda {order}. Nada.",),
}
CHAT_URGENT: dict[str, str] = {
    "it": "Hai ragione {name}, ho aggiunto il messaggio al ticket {case} e l'ho segnato come urgente.",
    "es": "Tienes razón {name}, lo añado al ticket {case} y lo marco como urgente.",
    "de": "Sie haben recht, {name}. Ich habe es zu Ticket {case} gelegt und als dringend markiert.",
    "en": "You're right {name}, I've added this to ticket {case} and flagged it urgent.",
    "fr": "Vous avez raison {name}, j'ajoute ceci au ticket {case} en urgent.",
    "pt": "Tem razão {name}, juntei isto ao ticket {case} e marquei como urgente.",
}

# ---------------------------------------------------------------- slide, leavers, grumpy, sarcasm

SLIDE: dict[str, tuple[str, str, str, str, str, str]] = {
    "it": (
        "Ultimo ordine arrivato con due giorni di ritardo, niente di grave ma di solito eravate puntuali",
        "Le miniature stavolta hanno i segni dei supporti proprio sulle facce. Prima non succedeva",
        "Hanno cambiato il controllo dei file? Adesso mi rifiuta modelli che mi stampavate da un anno",
        "Terzo ordine di fila con qualcosa che non va e la chat risponde dopo due ore. Sto perdendo la pazienza",
        "Mi avete messo 6 € di 'supplemento supporti' su un pezzo che stampo uguale da un anno. Sul serio?",
        "Basta, il prossimo lotto di miniature l'ho ordinato da {comp}. Mi dispiace, eravate i migliori",
    ),
    "es": (
        "El último pedido llegó dos días tarde. Nada grave, pero antes erais clavados",
        "Esta vez las miniaturas traen marcas de soporte en la cara. Antes no pasaba",
        "¿Habéis cambiado la revisión de archivos? Ahora me rechaza modelos que me imprimíais hace un año",
        "Tercer pedido seguido con algo mal y el chat tarda dos horas. Se me está acabando la paciencia",
        "6 € de 'suplemento de soportes' en una pieza que pido igual desde hace un año. ¿En serio?",
        "Se acabó, el próximo lote de miniaturas lo he pedido en {comp}. Una pena, erais los mejores",
    ),
    "de": (
        "Letzte Bestellung kam zwei Tage später als angekündigt. Nicht schlimm, aber sonst wart ihr pünktlich",
        "Diesmal sind die Stützspuren genau auf den Gesichtern der Figuren. Früher nie",
        "Habt ihr den Datei-Check geändert? Jetzt lehnt er Modelle ab, die ihr mir ein Jahr lang gedruckt habt",
        "Dritte Bestellung in Folge mit einem Problem, und der Chat antwortet nach zwei Stunden. Langsam reicht's",
        "6 € 'Stützstrukturzuschlag' auf ein Teil, das ich seit einem Jahr genauso bestelle. Im Ernst?",
        "Das war's, die nächsten Figuren habe ich bei {comp} bestellt. Schade, ihr wart mal die Besten",
    ),
    "en": (
        "Last order turned up two days late. Not the end of the world but you used to be spot on",
        "Support marks right across the faces of the minis this time. Never used to happen",
        "Has the file checker changed? It's now rejecting models you printed for me all last year",
        "Third order in a row with something wrong and chat takes two hours to answer. Running out of patience",
        "A £5 'support surcharge' on a part I've ordered the same way for a year. Seriously?",
        "That's it, next batch of minis is ordered from {comp}. Shame, you used to be the best",
    ),
    "fr": (
        "Dernière commande arrivée avec deux jours de retard. Pas dramatique mais d'habitude vous étiez pile à l'heure",
        "Cette fois les marques de supports sont sur les visages des figurines. Ça n'arrivait jamais",
        "Vous avez changé la vérification des fichiers ? Elle refuse des modèles que vous imprimiez depuis un an",
        "Troisième commande d'affilée avec un souci et le chat répond en deux heures. Je perds patience",
        "6 € de 'supplément supports' sur une pièce que je commande pareil depuis un an. Sérieusement ?",
        "C'est fini, le prochain lot de figurines est commandé chez {comp}. Dommage, vous étiez les meilleurs",
    ),
    "pt": (
        "A última encomenda chegou dois dias atrasada. Nada de grave, mas antes eram certinhos",
        "Desta vez as miniaturas vêm com marcas de suporte na cara. Antes não acontecia",
        "Mudaram a verificação dos ficheiros? Agora rejeita modelos que me imprimiam há um ano",
        "Terceira encomenda seguida com problemas e o chat demora duas horas. Estou a perder a paciência",
        "6 € de 'suplemento de suportes' numa peça que encomendo igual há um ano. A sério?",
        "Chega, o próximo lote de miniaturas encomendei na {comp}. Pena, eram os melhores",
    ),
}

LEAVE: dict[str, tuple[str, tuple[str, ...]]] = {
    "it": (
        "Disdetta Maker",
        (
            "Buongiorno, mi sono comprato una stampante mia con i soldi del bonus e ormai stampo a casa. Vorrei disdire il piano Maker e chiudere l'account. Grazie di tutto, {name}",
            "Salve, ho finito il restauro della barca e non mi servono più pezzi. Vorrei cancellare l'abbonamento Maker e chiudere il profilo. {name}",
        ),
    ),
    "es": (
        "Baja Maker",
        (
            "Hola, me he comprado una impresora propia y ya imprimo en casa. Quiero dar de baja el plan Maker y cerrar la cuenta. Gracias por todo, {name}",
            "Buenas, he terminado la carrera y ya no hago maquetas. Quiero cancelar Maker y que borréis mi cuenta. {name}",
        ),
    ),
    "de": (
        "Kündigung Maker",
        (
            "Hallo, ich habe mir selbst einen Drucker gekauft. Bitte kündigen Sie mein Maker-Abo und schließen Sie das Konto. Danke, {name}",
        ),
    ),
    "en": (
        "Cancelling Maker",
        (
            "Hi, I've bought my own printer so I'd like to cancel Maker and close my account please. Thanks for everything, {name}",
        ),
    ),
    "fr": (
        "Résiliation Maker",
        (
            "Bonjour, je me suis acheté une imprimante. Je souhaite résilier Maker et fermer mon compte. Merci, {name}",
        ),
    ),
    "pt": (
        "Cancelar Maker",
        (
            "Olá, comprei uma impressora própria. Quero cancelar o Maker e fechar a conta. Obrigado, {name}",
        ),
    ),
}
AGENT_LEAVE: dict[str, tuple[str, str]] = {
    "it": (
        "Re: Disdetta Maker",
        "Ciao {name}, ci mancherai! Puoi disdire Maker da Account > Piano > Disdici, e da lì anche chiudere il profilo. Buone stampe a casa, {agent}",
    ),
    "es": (
        "Re: Baja Maker",
        "Hola {name}, ¡te echaremos de menos! Puedes cancelar Maker en Cuenta > Plan > Cancelar y desde ahí cerrar la cuenta. Suerte con la impresora, {agent}",
    ),
    "de": (
        "AW: Kündigung Maker",
        "Hallo {name}, schade! Sie können Maker unter Konto > Abo > Kündigen beenden und dort auch das Konto schließen. Viel Spaß mit dem Drucker, {agent}",
    ),
    "en": (
        "Re: Cancelling Maker",
        "Hi {name}, sorry to lose you! You can cancel under Account > Plan > Cancel and close the account there too. Happy printing, {agent}",
    ),
    "fr": (
        "RE : Résiliation Maker",
        "Bonjour {name}, dommage ! Vous pouvez résilier dans Compte > Abonnement > Résilier et fermer le compte au même endroit. {agent}",
    ),
    "pt": (
        "Re: Cancelar Maker",
        "Olá {name}, vamos ter saudades! Pode cancelar em Conta > Plano > Cancelar e fechar a conta aí. {agent}",
    ),
}

GRUMPY: dict[str, tuple[str, ...]] = {
    "it": (
        "Il sito mi slogga ogni volta che carico un file. Ogni. Volta.",
        "Perché il preventivo in resina cambia se ricarico la pagina?",
        "La mail 'il tuo ordine è in stampa!' alle 5 di mattina anche no",
        "Il tracking dice consegnato in portineria, ma la portineria non c'è",
        "Nella guida materiali mancano ancora le temperature del TPU. Da mesi",
    ),
    "es": (
        "La web me cierra la sesión cada vez que subo un archivo. Cada. Vez.",
        "¿Por qué el presupuesto en resina cambia si recargo la página?",
        "El correo de 'tu pedido se está imprimiendo' a las 5 de la mañana sobra",
        "Sigue sin haber filtro por material en el historial de pedidos. Es tan difícil?",
        "La caja era tres veces más grande que las piezas, otra vez",
    ),
    "de": (
        "Die Seite meldet mich bei jedem Upload ab. Jedes Mal.",
        "Warum ändert sich der Harzpreis beim Neuladen?",
        "Mail um 5 Uhr morgens 'Ihr Teil wird gedruckt'. Muss nicht sein",
        "Immer noch kein Filter nach Material in der Bestellübersicht",
    ),
    "en": (
        "Logged out again the moment I upload a file. Every single time.",
        "Why does the resin quote change when I refresh?",
        "An 'your part is printing!' email at 5am is not needed",
        "Still no way to filter past orders by material",
    ),
    "fr": (
        "Le site me déconnecte à chaque envoi de fichier.",
        "Pourquoi le devis résine change quand je recharge ?",
        "Un mail à 5h du matin pour dire que ça imprime, franchement",
        "Toujours pas de filtre par matière dans l'historique",
    ),
    "pt": (
        "O site faz logout sempre que carrego um ficheiro.",
        "Porque é que o preço em resina muda quando recarrego?",
        "Email às 5 da manhã a dizer que está a imprimir, escusado",
        "Continua sem filtro por material no histórico",
    ),
}

SARCASM: dict[str, tuple[str, ...]] = {
    "it": (
        "Adoro quando il 'controllo automatico' approva un pezzo con una parete da 0,2 mm. Arrivato in briciole, ma approvato 👏",
    ),
    "es": (
        "Me encanta que la 'revisión automática' apruebe una pared de 0,2 mm. Ha llegado en migas, pero aprobada 👏",
        "Envío express: pedido el lunes, llega el lunes... de la semana siguiente 😂",
    ),
    "de": (
        "Schön, dass der 'automatische Check' eine 0,2-mm-Wand freigibt. Kam als Krümel, aber freigegeben 👏",
    ),
    "en": (
        "Love that the 'automatic check' approved a 0.2 mm wall. Arrived as crumbs, but approved 👏",
    ),
    "fr": (
        "J'adore la 'vérification automatique' qui valide une paroi de 0,2 mm. Arrivée en miettes, mais validée 👏",
    ),
    "pt": (
        "Adoro a 'verificação automática' que aprova uma parede de 0,2 mm. Chegou em migalhas, mas aprovada 👏",
    ),
}

GRUMBLE_ONCE: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        (
            "Il visualizzatore 3D sul telefono è lentissimo, ci mette un minuto a ruotare il modello",
            "Ciao {name}, sul telefono il visualizzatore è pesante con file grandi, lo stiamo alleggerendo. Dal computer va molto meglio.",
        ),
    ),
    "es": (
        (
            "El visor 3D en el móvil va lentísimo, tarda un minuto en girar el modelo",
            "Hola {name}, en móvil el visor sufre con archivos grandes, estamos aligerándolo. En ordenador va mucho mejor.",
        ),
    ),
    "de": (
        (
            "Die 3D-Vorschau auf dem Handy ist extrem langsam",
            "Hallo {name}, mit großen Dateien ist die Vorschau am Handy träge, wir arbeiten daran. Am PC geht es deutlich flotter.",
        ),
    ),
    "en": (
        (
            "The 3D preview on my phone is painfully slow to rotate",
            "Hi {name}, the preview struggles with big files on phones, we're slimming it down. It's much quicker on a computer.",
        ),
    ),
    "fr": (
        (
            "L'aperçu 3D sur le téléphone est très lent",
            "Bonjour {name}, l'aperçu rame avec les gros fichiers sur mobile, on l'allège. Sur ordinateur c'est bien plus fluide.",
        ),
    ),
    "pt": (
        (
            "A pré-visualização 3D no telemóvel é lentíssima",
            "Olá {name}, no telemóvel a pré-visualização sofre com ficheiros grandes, estamos a melhorar. No computador é muito mais rápida.",
        ),
    ),
}

# ---------------------------------------------------------------- the spike (topic_spike only)

SPIKE_CODE = "MESHCHK_TIMEOUT"

SPIKE_REPORT: dict[str, tuple[str, ...]] = {
    "it": (
        "Carico un STL di 4 MB, si blocca su 'Analisi del modello' al 99 % e poi errore MESHCHK_TIMEOUT. Provato tre volte, niente preventivo",
        "Non riesco a caricare nessun file, dopo un minuto esce MESHCHK_TIMEOUT. Anche file che avevo già stampato da voi",
        "Fabrilo è giù? Upload bloccato, errore meshchk_timeout, e ho una consegna domani",
    ),
    "es": (
        "Subo el STL y se queda en 'Analizando modelo' y luego sale MESHCHK_TIMEOUT. Tres intentos, ni un presupuesto",
        "No me deja subir ningún archivo, a los 60 segundos error MESHCHK_TIMEOUT. Incluso modelos que ya me habíais impreso",
        "Fabrilo está caído? error meshchk timeout al subir cualquier cosa",
    ),
    "de": (
        "Upload hängt bei 'Modell wird analysiert' und dann Fehler MESHCHK_TIMEOUT. Kein Angebot möglich",
        "Kann keine Datei hochladen, nach einer Minute MESHCHK_TIMEOUT. Auch alte Dateien, die ihr schon gedruckt habt",
    ),
    "en": (
        "Upload sits on 'Analysing model' then throws MESHCHK_TIMEOUT. Can't get a quote for anything",
        "Is the upload broken? Every file gives MESHCHK_TIMEOUT after a minute",
    ),
    "fr": (
        "L'envoi reste bloqué sur 'Analyse du modèle' puis erreur MESHCHK_TIMEOUT. Impossible d'avoir un devis",
        "Impossible d'envoyer un fichier, MESHCHK_TIMEOUT au bout d'une minute",
    ),
    "pt": (
        "O upload fica em 'A analisar modelo' e depois dá MESHCHK_TIMEOUT. Não consigo orçamento",
        "Nenhum ficheiro carrega, erro MESHCHK_TIMEOUT ao fim de um minuto",
    ),
}
SPIKE_SUBJECT = {
    "it": "Errore caricamento file",
    "es": "Error al subir archivo",
    "de": "Fehler beim Hochladen",
    "en": "Upload error",
    "fr": "Erreur d'envoi de fichier",
    "pt": "Erro ao carregar ficheiro",
}
SPIKE_AGAIN: dict[str, tuple[str, ...]] = {
    "it": (
        "Riprovato anche dal portatile di mia moglie, stesso MESHCHK_TIMEOUT. Non è il mio computer",
    ),
    "es": ("Probado desde el ordenador del trabajo y lo mismo, MESHCHK_TIMEOUT. No es cosa mía",),
    "de": ("Auch vom Laptop meiner Frau: wieder MESHCHK_TIMEOUT. Liegt nicht an mir",),
    "en": ("Tried a different browser and my work laptop, still MESHCHK_TIMEOUT",),
    "fr": ("Essayé sur un autre navigateur, toujours MESHCHK_TIMEOUT",),
    "pt": ("Tentei noutro computador, continua MESHCHK_TIMEOUT",),
}
SPIKE_CHAT_ANSWER = {
    "it": "Ciao {name}, confermo: in questo momento l'analisi dei file non risponde per nessuno. Non ricaricare il file, appena torna a funzionare ti scriviamo noi.",
    "es": "Hola {name}, confirmado: ahora mismo el análisis de archivos no responde para nadie. No hace falta que lo vuelvas a subir, te avisamos en cuanto vuelva.",
    "de": "Hallo {name}, bestätigt: die Dateianalyse antwortet gerade bei niemandem. Bitte nicht neu hochladen, wir melden uns, sobald es wieder geht.",
    "en": "Hi {name}, confirmed: file analysis isn't responding for anyone right now. No need to re-upload, we'll email you as soon as it's back.",
    "fr": "Bonjour {name}, confirmé : l'analyse des fichiers ne répond pour personne en ce moment. Inutile de renvoyer, on vous écrit dès que c'est rétabli.",
    "pt": "Olá {name}, confirmado: a análise de ficheiros não está a responder para ninguém. Não precisa de voltar a carregar, avisamos quando voltar.",
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "it": (
        "I tuoi file sono stati analizzati",
        "Ciao {name}, il caricamento funziona di nuovo. Il file che avevi provato a caricare oggi pomeriggio è stato analizzato in automatico: trovi il preventivo in 'I miei progetti'. La spedizione del prossimo ordine la offriamo noi. {agent}",
    ),
    "es": (
        "Tus archivos ya están analizados",
        "Hola {name}, la subida de archivos vuelve a funcionar. El archivo que intentaste subir esta tarde se ha analizado solo: tienes el presupuesto en 'Mis proyectos'. El envío de tu próximo pedido corre de nuestra cuenta. {agent}",
    ),
    "de": (
        "Ihre Dateien sind analysiert",
        "Hallo {name}, der Upload läuft wieder. Die Datei von heute Nachmittag wurde automatisch analysiert, das Angebot liegt unter 'Meine Projekte'. Den Versand Ihrer nächsten Bestellung übernehmen wir. {agent}",
    ),
    "en": (
        "Your files have been analysed",
        "Hi {name}, uploads are working again. The file you tried this afternoon has been analysed automatically, the quote is under 'My projects'. Shipping on your next order is on us. {agent}",
    ),
    "fr": (
        "Vos fichiers sont analysés",
        "Bonjour {name}, l'envoi de fichiers refonctionne. Le fichier de cet après-midi a été analysé automatiquement, le devis est dans 'Mes projets'. La livraison de votre prochaine commande est offerte. {agent}",
    ),
    "pt": (
        "Os seus ficheiros foram analisados",
        "Olá {name}, o carregamento voltou a funcionar. O ficheiro desta tarde foi analisado automaticamente, o orçamento está em 'Os meus projetos'. O envio da próxima encomenda é por nossa conta. {agent}",
    ),
}
LONE_QUESTION: dict[str, tuple[str, str]] = {
    "it": (
        "Ieri il mio file da 140 MB ci ha messo quasi cinque minuti ad analizzarsi, poi il preventivo è uscito. È normale o devo dividerlo?",
        "Ciao {name}, è normale: sopra i 100 MB l'analisi richiede qualche minuto. Non serve dividerlo.",
    ),
    "es": (
        "Ayer mi archivo de 140 MB tardó casi cinco minutos en analizarse, luego salió el presupuesto bien. ¿Es normal o lo divido?",
        "Hola {name}, es normal: a partir de 100 MB el análisis tarda unos minutos. No hace falta dividirlo.",
    ),
}

# bilingual: why the second language
SECOND_LANGUAGE_JOB = {
    ("it", "de"): "grew up in Bolzano",
    ("de", "it"): "works in Milan for a German firm",
    ("es", "en"): "studied engineering in Manchester",
    ("en", "es"): "moved to Valencia ten years ago",
    ("es", "it"): "Italian partner",
    ("it", "es"): "Erasmus in Granada, stayed",
    ("it", "fr"): "from Aosta",
    ("fr", "it"): "Nice, works across the border",
    ("es", "pt"): "from Vigo, works in Porto",
    ("pt", "es"): "Portuguese living in Madrid",
    ("de", "fr"): "lives in Fribourg",
    ("fr", "de"): "works in Luxembourg with German colleagues",
    ("it", "en"): "PhD in Dublin",
    ("es", "de"): "engineer in Stuttgart",
    ("de", "es"): "spends winters in Alicante",
    ("en", "it"): "runs a B&B in Tuscany",
}


def spoken(text: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case (codes and numbers kept)."""
    out = []
    for word in text.replace("\n", " ").split():
        w = word.strip(".,;:!?¿¡()'\"")
        if not w:
            continue
        if not (any(ch.isdigit() for ch in w) or (w.isupper() and len(w) > 3 and "_" in w)):
            w = w.lower()
        out.append(w)
    return " ".join(out)
