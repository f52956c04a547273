"""Wording of heldout146: Ombrisa, awnings, pergolas and motorised blinds (ruff: noqa E501)."""

# ruff: noqa: E501

from __future__ import annotations

BRAND = "Ombrisa"
PLAN = "Ombrisa Care"
PRO = "Ombrisa Terraza"
COMPETITORS = ("Toldexa", "Sombralia")
CODE = "AWN-5C/N"

PRODUCTS = (
    "Folding-arm awning 4 m / Toldo de brazos 4 m",
    "Motorised blind / Estor motorizado",
    "Pergola bioclimatic 3x4 / Pergola bioclimatica 3x4",
    "Window awning / Toldo de ventana",
    "Wind sensor / Sensor de viento",
    "Annual service / Revision anual",
)
PAGES = ("/toldos", "/pergolas", "/estores", "/care", "/app", "/tejidos", "/sensores")

PRAISE: dict[str, tuple[str, ...]] = {
    "es": (
        "El toldo nuevo de {brand} es una maravilla, por fin comemos en la terraza sin achicharrarnos",
        "tercera vez que os llamo para algo y tercera vez que el tecnico llega puntual. asi da gusto",
        "Muy contenta con la pergola, solo que el mando tarda un poco en responder. Por lo demas 10",
        "Otra vez el mismo instalador, Ruben, majisimo y lo dejo todo limpio jaja",
    ),
    "en": (
        "Our new {brand} awning went up this morning and the patio finally feels like a room",
        "third year on the Care plan and still the service visit is on time, every time",
        "Love the pergola, only gripe is the remote is a bit slow to wake up. otherwise spot on",
        "Same fitter as last year, again tidy and quick. cheers {brand}",
    ),
    "fr": ("Store banne posé hier par {brand}, impeccable, les enfants déjeunent dehors enfin",),
    "de": (
        "Die Markise von {brand} ist super, schon wieder ein pünktlicher Monteur. Nur die Fernbedienung ist etwas träge",
    ),
    "it": (
        "Tenda da sole montata da {brand}, perfetta, il tecnico gentilissimo. ancora complimenti",
    ),
    "pt": ("O toldo da {brand} ficou otimo, a varanda parece outra. Obrigada!",),
}
QUESTION: dict[str, tuple[str, ...]] = {
    "es": (
        "hola, el tejido acrilico se puede lavar con karcher o mejor no?",
        "Buenas, cuanto tarda en llegar una lona de repuesto color arena?",
        "una pregunta, el sensor de viento funciona tambien con el estor del dormitorio?",
    ),
    "en": (
        "hi, can I clean the acrylic fabric with a pressure washer or is that a bad idea",
        "How long does a replacement canvas in sand colour take?",
        "quick one: does the wind sensor pair with the bedroom blind too?",
    ),
    "fr": ("bonjour, on peut laver la toile au nettoyeur haute pression ?",),
    "de": ("Hallo, kann man das Tuch mit dem Hochdruckreiniger sauber machen?",),
    "it": ("ciao, il sensore vento funziona anche con la tenda della camera?",),
    "pt": ("ola, quanto tempo demora uma lona nova cor areia?",),
}
ANSWER: dict[str, str] = {
    "es": "Hola, mejor agua tibia y jabon neutro, sin presion. Y la lona de repuesto tarda unos 6 dias laborables. Un saludo, {agent}",
    "en": "Hi, warm water and mild soap, no pressure washer please. A replacement canvas takes about 6 working days. {agent}",
    "fr": "Bonjour, eau tiède et savon doux, sans haute pression. Une toile de rechange prend environ 6 jours ouvrés. {agent}",
    "de": "Hallo, lauwarmes Wasser und milde Seife, kein Hochdruck. Ein Ersatztuch dauert etwa 6 Werktage. {agent}",
    "it": "Ciao, acqua tiepida e sapone neutro, niente idropulitrice. Un telo nuovo arriva in circa 6 giorni lavorativi. {agent}",
    "pt": "Ola, agua morna e sabao neutro, sem pressao. Uma lona nova demora cerca de 6 dias uteis. {agent}",
}
THANKS: dict[str, tuple[str, ...]] = {
    "es": ("mil gracias!!", "perfecto, gracias"),
    "en": ("brilliant, thanks", "cheers!"),
    "fr": ("merci beaucoup",),
    "de": ("Danke!",),
    "it": ("grazie mille",),
    "pt": ("obg!",),
}
NIGHT: dict[str, tuple[str, ...]] = {
    "es": ("las 3 de la mañana y yo mirando colores de lona para el toldo. ayuda",),
    "en": ("2am, night shift break, booking the Care visit for saturday. app worked fine",),
    "fr": ("insomnie, je compare les pergolas sur le site de {brand}",),
    "de": ("Nachtschicht vorbei, schnell noch die Wartung gebucht",),
    "it": ("non dormo e guardo tende da sole alle 2 di notte",),
    "pt": ("3 da manha e eu a escolher a cor do toldo",),
}
SURVEY_WORDS = ("", "", "top", "genial", "great", "👍", "muy bien", "super")

# problems: consumer
PROBLEMS: dict[str, dict[str, str]] = {
    "no_show": {
        "es": "el instalador no vino el dia de la cita y la app dice INSTALADO",
        "en": "the fitter never came and the app says INSTALLED",
        "fr": "l'installateur n'est jamais venu et l'appli dit posé",
        "de": "der Monteur kam nie und die App sagt MONTIERT",
        "it": "il tecnico non è mai venuto e l'app dice installato",
        "pt": "o tecnico nunca veio e a app diz instalado",
    },
    "wrong_fabric": {
        "es": "me han puesto una lona a rayas verdes cuando pedi color arena liso",
        "en": "they fitted a green striped canvas when I ordered plain sand",
        "fr": "on m'a posé une toile rayée verte au lieu de sable uni",
        "de": "man hat mir ein grün gestreiftes Tuch montiert statt sandfarben",
        "it": "mi hanno montato un telo a righe verdi invece che sabbia",
        "pt": "puseram uma lona as riscas verdes em vez de areia lisa",
    },
    "motor": {
        "es": "el motor del toldo hace un ruido horrible desde el primer dia y se para a la mitad",
        "en": "the awning motor grinds from day one and stops halfway out",
        "fr": "le moteur du store grince depuis le premier jour et s'arrête à mi-course",
        "de": "der Motor der Markise knirscht seit dem ersten Tag und bleibt halb stehen",
        "it": "il motore della tenda fa un rumore terribile e si ferma a metà",
        "pt": "o motor do toldo faz um barulho horrivel e para a meio",
    },
    "refund": {
        "es": "sigo sin la devolucion de la señal del estor que cancelasteis vosotros",
        "en": "still no refund of the deposit for the blind YOU cancelled",
        "fr": "toujours pas remboursé l'acompte du store que vous avez annulé",
        "de": "immer noch keine Rückzahlung der Anzahlung für das Rollo, das IHR storniert habt",
        "it": "ancora nessun rimborso dell'acconto per la tenda che avete annullato voi",
        "pt": "continuo sem o reembolso do sinal do estore que voces cancelaram",
    },
    "wrong_price": {
        "es": "soy de Care y me habeis cobrado la revision a precio normal",
        "en": "I'm on the Care plan and got charged the full service price",
        "fr": "je suis abonnée Care et on m'a facturé la révision plein tarif",
        "de": "ich habe Care und mir wurde die Wartung zum vollen Preis berechnet",
        "it": "ho il piano Care e mi avete fatto pagare la revisione a prezzo pieno",
        "pt": "sou cliente Care e cobraram a revisao a preco normal",
    },
    "cancel_fee": {
        "es": "me cobrais 60 euros por cancelar una visita con una semana de antelacion",
        "en": "charged £50 for cancelling a visit a whole week ahead",
        "fr": "60 € facturés pour avoir annulé une visite une semaine avant",
        "de": "60 € Gebühr, weil ich einen Termin eine Woche vorher abgesagt habe",
        "it": "60 euro per aver annullato una visita una settimana prima",
        "pt": "cobraram 60 euros por cancelar uma visita com uma semana de antecedencia",
    },
}
BAD_DAY: dict[str, tuple[str, ...]] = {
    "es": (
        "Estoy que trino. {p}. Esto no es serio {brand}",
        "YA ESTA BIEN. {p}. quiero una solucion hoy",
    ),
    "en": (
        "Absolutely fuming. {p}. Not good enough {brand}",
        "seriously?? {p}. sort it out today please",
    ),
    "fr": ("Franchement inadmissible : {p}.",),
    "de": ("JETZT REICHTS. {p}. So nicht, {brand}.",),
    "it": ("Sono furiosa: {p}. Vergogna.",),
    "pt": ("Estou farta: {p}. Isto nao se faz.",),
}
LONG_EMAIL: dict[str, str] = {
    "es": "Buenos dias,\n\nles escribo desde el hospital, donde mi madre se recupera de una operacion de cadera, porque no tengo otro rato. Somos clientes desde hace seis años y siempre hemos estado contentos, pero lo de esta semana no tiene nombre: {p}. He perdido una mañana de trabajo esperando y nadie me ha llamado.\n\nLes pido que me llamen y me den una fecha en firme.\n\nUn saludo",
    "en": "Hello,\n\nI'm writing this from the car outside my son's football practice because it's the only quiet ten minutes I get. We've been with you for five years and recommended you to half the street, but this week: {p}. I took a day off for it.\n\nPlease call me with a firm date.\n\nRegards",
}
CASE_OPENED: dict[str, str] = {
    "es": "Hola {name}, sentimos mucho lo ocurrido. Hemos abierto la incidencia {case} y te llamamos en 24 h. {agent}",
    "en": "Hi {name}, really sorry about this. We've opened case {case} and will call you within 24 hours. {agent}",
    "fr": "Bonjour {name}, désolés. Nous avons ouvert le dossier {case} et vous rappelons sous 24 h. {agent}",
    "de": "Hallo {name}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen 24 h. {agent}",
    "it": "Ciao {name}, ci dispiace. Abbiamo aperto la segnalazione {case}, ti richiamiamo entro 24 ore. {agent}",
    "pt": "Ola {name}, lamentamos. Abrimos o pedido {case} e ligamos em 24 h. {agent}",
}
GOOD_NEWS: dict[str, str] = {
    "es": "Buenas noticias sobre la incidencia {case}: esta resuelto. ¿Nos lo confirmas? {agent}",
    "en": "Good news on case {case}: it should be sorted now. Could you confirm? {agent}",
    "fr": "Bonne nouvelle pour le dossier {case} : c'est réglé. Pouvez-vous confirmer ? {agent}",
    "de": "Gute Nachricht zu Vorgang {case}: erledigt. Können Sie das bestätigen? {agent}",
    "it": "Buone notizie sulla segnalazione {case}: risolto. Ci confermi? {agent}",
    "pt": "Boas noticias sobre o pedido {case}: resolvido. Pode confirmar? {agent}",
}
CONFIRM: dict[str, str] = {
    "es": "Confirmado lo de la {case}, todo bien ya. gracias",
    "en": "Confirmed, {case} is sorted. thanks a lot",
    "fr": "Confirmé pour {case}, tout est bon. merci",
    "de": "Bestätigt, {case} ist erledigt. Danke",
    "it": "Confermo, {case} risolta. grazie",
    "pt": "Confirmado, {case} resolvido. obrigado",
}
APOLOGY: dict[str, str] = {
    "es": "Perdon por el tono de ayer, estaba desbordada. Gracias por la paciencia",
    "en": "Sorry for my tone yesterday, long day. Thanks for sorting it",
    "fr": "Désolée pour mon ton hier. Merci",
    "de": "Sorry für meinen Ton gestern. Danke fürs Kümmern",
    "it": "Scusate il tono di ieri. Grazie",
    "pt": "Desculpem o tom de ontem. Obrigada",
}
QUALITY_LEAD: dict[str, str] = {
    "es": "Hola {name}, tu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamara antes del viernes a mediodia. {agent}",
    "en": "Hi {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}",
    "fr": "Bonjour {name}, votre dossier {case} est suivi par notre responsable qualité, appel avant vendredi midi. {agent}",
    "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, Anruf bis Freitagmittag. {agent}",
    "it": "Ciao {name}, la segnalazione {case} è ora in mano alla responsabile qualità, ti chiama entro venerdì. {agent}",
    "pt": "Ola {name}, o pedido {case} esta agora com a responsavel de qualidade, liga ate sexta. {agent}",
}
REPEAT: dict[str, tuple[str, ...]] = {
    "es": (
        "Otra vez yo, incidencia {case}: sigue igual, {p}. Nadie me ha llamado",
        "Tercera vez que escribo por la {case}. Sigue sin arreglar. Una compañera lo tiene con {comp} y se lo solucionan en el dia",
        "CUARTA vez. {case}. Sigue abierto. No me lo puedo creer",
    ),
    "en": (
        "Me again about {case}: still the same, {p}. nobody called",
        "Third time writing about {case}. Still not fixed. A friend is with {comp} and they sort this the same day",
        "FOURTH time. {case}. Still open. unbelievable",
    ),
    "fr": (
        "Encore moi, dossier {case} : toujours pareil, {p}.",
        "Troisième fois pour {case}. J'ai regardé les prix de {comp}",
        "QUATRIÈME fois. {case} toujours ouvert.",
    ),
    "de": (
        "Nochmal wegen {case}: immer noch {p}.",
        "Zum dritten Mal wegen {case}. Ein Kollege hat {comp}, die machen das am selben Tag",
        "ZUM VIERTEN MAL. {case} ist immer noch offen.",
    ),
    "it": (
        "Ancora io, {case}: sempre uguale, {p}.",
        "Terza volta per {case}. Ho guardato i prezzi di {comp}",
        "QUARTA volta. {case} ancora aperta.",
    ),
    "pt": (
        "Outra vez, pedido {case}: continua, {p}.",
        "Terceira vez sobre {case}. Um colega tem {comp} e resolvem no mesmo dia",
        "QUARTA vez. {case} continua aberto.",
    ),
}
URGENT: dict[str, str] = {
    "es": "Añadido a tu incidencia y marcado como urgente. {agent}",
    "en": "Added to your case and marked urgent. {agent}",
    "fr": "Ajouté au dossier, marqué urgent. {agent}",
    "de": "Zum Vorgang hinzugefügt, als dringend markiert. {agent}",
    "it": "Aggiunto alla segnalazione, segnata urgente. {agent}",
    "pt": "Adicionado ao pedido, marcado urgente. {agent}",
}
SLIDE: dict[str, tuple[str, ...]] = {
    "es": (
        "El tecnico de la revision llego tres horas tarde sin avisar. bueno",
        "La lona nueva ya tiene una costura suelta. no se",
        "Para la garantia me piden fotos de cada tornillo. en serio?",
        "Dos semanas esperando el mando de repuesto. cada vez peor {brand}",
        "Me cobrais 40 euros de 'desplazamiento' por una visita en garantia. INDIGNANTE",
        "Mi cuñado lo tiene todo con {comp}, ya he pedido presupuesto alli para la pergola",
    ),
    "en": (
        "Service visit three hours late, no call. hmm",
        "New canvas already has a loose seam. not great",
        "They want a photo of every screw for the warranty. really?",
        "Two weeks waiting for a replacement remote. getting worse {brand}",
        "£35 'call-out fee' for a WARRANTY visit. outrageous",
        "My brother-in-law uses {comp}, I've asked them to quote for the pergola",
    ),
    "fr": (
        "Technicien en retard de trois heures sans prévenir",
        "La toile neuve a déjà une couture qui lâche",
        "Une photo de chaque vis pour la garantie ?",
        "Deux semaines pour une télécommande. de pire en pire",
        "40 € de déplacement pour une visite sous garantie. SCANDALEUX",
        "Mon beau-frère est chez {comp}, j'ai demandé un devis là-bas",
    ),
    "de": (
        "Techniker drei Stunden zu spät, ohne Anruf",
        "Das neue Tuch hat schon eine lose Naht",
        "Für die Garantie ein Foto jeder Schraube?",
        "Zwei Wochen auf eine Fernbedienung warten. Immer schlimmer",
        "40 € Anfahrt für einen GARANTIEbesuch. Unverschämt",
        "Mein Schwager hat {comp}, ich hab dort ein Angebot angefragt",
    ),
    "it": (
        "Tecnico in ritardo di tre ore senza avvisare",
        "Il telo nuovo ha già una cucitura scucita",
        "Per la garanzia vogliono la foto di ogni vite?",
        "Due settimane per un telecomando. sempre peggio",
        "40 euro di uscita per una visita in GARANZIA. vergognoso",
        "Mio cognato ha {comp}, ho chiesto un preventivo a loro",
    ),
    "pt": (
        "Tecnico tres horas atrasado sem avisar",
        "A lona nova ja tem uma costura solta",
        "Para a garantia pedem foto de cada parafuso?",
        "Duas semanas por um comando. cada vez pior",
        "40 euros de deslocacao numa visita em GARANTIA. vergonha",
        "O meu cunhado tem {comp}, ja pedi orcamento la",
    ),
}
LEAVE: dict[str, str] = {
    "es": "Hola, nos mudamos a un piso sin terraza y quiero dar de baja {plan} y cerrar la cuenta. Gracias por todo",
    "en": "Hi, we're moving to a flat with no balcony, so please cancel my {plan} and close the account. Thanks for everything",
    "fr": "Bonjour, nous déménageons sans balcon, je souhaite résilier {plan} et fermer le compte.",
    "de": "Hallo, wir ziehen in eine Wohnung ohne Balkon, bitte {plan} kündigen und das Konto schließen.",
    "it": "Ciao, ci trasferiamo senza terrazzo, voglio disdire {plan} e chiudere l'account.",
    "pt": "Ola, vamos mudar para um apartamento sem varanda, quero cancelar o {plan} e fechar a conta.",
}
SORRY_GO: dict[str, str] = {
    "es": "Sentimos que te vayas, {name}. Puedes darte de baja tu mismo en la app o en la web. {agent}",
    "en": "Sorry to see you go, {name}. You can cancel yourself in the app or on the website. {agent}",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. {agent}",
    "de": "Schade, dass Sie gehen. Kündigen können Sie in der App oder online. {agent}",
    "it": "Ci dispiace. Puoi disdire dall'app o dal sito. {agent}",
    "pt": "Lamentamos. Pode cancelar na app ou no site. {agent}",
}
GRUMPY: dict[str, tuple[str, ...]] = {
    "es": (
        "la app me cierra sesion cada vez que la abro",
        "otra vez el sms de 'revision manana' a las 7 de la mañana",
        "el mando pierde la pila cada mes",
    ),
    "en": (
        "app logs me out every single time",
        "that 7am 'service tomorrow' text again",
        "remote eats a battery a month",
    ),
    "fr": ("l'appli me déconnecte à chaque fois", "encore le SMS de 7h du matin"),
    "de": ("App meldet mich jedes Mal ab", "schon wieder die SMS um 7 Uhr morgens"),
    "it": ("l'app mi disconnette ogni volta", "di nuovo l'sms alle 7 del mattino"),
    "pt": ("a app desliga-me a sessao sempre", "outra vez o sms as 7 da manha"),
}
SARCASM: dict[str, tuple[str, ...]] = {
    "es": ("Genial el toldo 'antiviento' que se plego solo con una brisa 👏",),
    "en": ("Love how the 'storm-proof' blind flaps like a flag in a breeze 😂",),
    "fr": ("Super le store 'anti-vent' qui se replie à la moindre brise 👏",),
    "de": ("Toll, die 'sturmfeste' Markise flattert bei jedem Lüftchen 😂",),
    "it": ("Bellissima la tenda 'antivento' che sbatte con un filo d'aria 👏",),
    "pt": ("Adoro o toldo 'anti-vento' que abana com uma brisa 😂",),
}
MILD: dict[str, str] = {
    "es": "el buscador de tejidos me muestra colores que ya no teneis",
    "en": "the fabric finder shows colours you no longer sell",
    "fr": "le sélecteur de toiles montre des couleurs épuisées",
    "de": "die Stoffsuche zeigt Farben, die es nicht mehr gibt",
    "it": "il selettore tessuti mostra colori non più disponibili",
    "pt": "o buscador de lonas mostra cores que ja nao tem",
}
NOTED: dict[str, str] = {
    "es": "Gracias por avisar, lo pasamos al equipo web. {agent}",
    "en": "Thanks for flagging, passed to the web team. {agent}",
    "fr": "Merci, transmis à l'équipe web. {agent}",
    "de": "Danke, an das Web-Team weitergegeben. {agent}",
    "it": "Grazie, girato al team web. {agent}",
    "pt": "Obrigado, passado a equipa web. {agent}",
}
CALL_PREFIX: dict[str, str] = {
    "es": "hola mire llamo porque ",
    "en": "hi yeah I'm calling because ",
    "fr": "oui bonjour j'appelle parce que ",
    "de": "ja hallo ich rufe an weil ",
    "it": "pronto buongiorno chiamo perché ",
    "pt": "ola estou a ligar porque ",
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "invoice": {
        "es": "las facturas siguen sin numero de pedido y con la razon social antigua",
        "en": "invoices still carry no PO number and our old company name",
    },
    "service_blocked": {
        "es": "el tecnico se niega a revisar la pergola de la terraza, dice 'cuenta bloqueada', y esta pagado",
        "en": "your technician refused to service the terrace pergola, 'account on hold', though we've paid",
    },
    "portal": {
        "es": "el portal no muestra ninguna terraza y no podemos pedir la retirada de los toldos de invierno",
        "en": "the portal shows no sites, so we can't request the winter take-down",
    },
    "overbilled": {
        "es": "nos cobrais visitas sueltas en vez de la tarifa anual del contrato",
        "en": "we're billed per visit instead of the contract's annual rate",
    },
}
B2B_FIRST: dict[str, str] = {
    "es": "Buenos dias, escribo por la cuenta de {company}: {p}. Necesitamos solucion esta semana.",
    "en": "Good morning, writing on behalf of {company}: {p}. We need this fixed this week.",
}
B2B_LATER: dict[str, str] = {
    "es": "Hola, mi compañero {first} ya os escribio el {day} (incidencia {case}). Lo mismo: {p}.",
    "en": "Hello, my colleague {first} already wrote on {day} (case {case}). Same here: {p}.",
}
B2B_LAST: dict[str, str] = {
    "es": "incidencia {case} sigue sin arreglar y ya os hemos escrito varios. Compras ya ha pedido precios a {comp}.",
    "en": "case {case} still isn't fixed and several of us have written. Procurement has already asked {comp} for rates.",
}
B2B_MILD: dict[str, str] = {
    "es": "Sugerencia: estaria bien exportar el coste por terraza en el portal",
    "en": "Suggestion: it would help to export costs per site from the portal",
}
SPIKE: dict[str, tuple[str, ...]] = {
    "es": (
        "me he despertado y TODOS los toldos del edificio abiertos bajo la lluvia, el mio incluido. la app dice {code} si le doy a recoger",
        "@{brand} el toldo se abrio solo de madrugada y esta empapado. recoger = error {code}",
        "Buenos dias, el programa de sol de la app ha desplegado mi toldo a las 4 con la tormenta y no hay forma de cerrarlo, sale {code}",
    ),
    "en": (
        "woke up to the awning fully out in the rain, never touched it. app says {code} when I hit retract",
        "@{brand} the sun schedule opened my awning overnight in a downpour?? {code} on close",
    ),
    "fr": ("Le store s'est ouvert tout seul cette nuit sous la pluie, fermer = erreur {code}",),
    "de": ("Markise heute Nacht von selbst ausgefahren, im Regen! Einfahren: Fehler {code}",),
    "it": ("tenda aperta da sola stanotte sotto la pioggia, chiudere da errore {code}",),
    "pt": ("o toldo abriu sozinho de madrugada a chuva, fechar da erro {code}",),
}
SPIKE_AGAIN: dict[str, str] = {
    "es": "sigue abierto y sigue saliendo {code}, tambien desde el movil de mi marido. el agua ya gotea de la lona",
    "en": "still out, still {code}, tried from my partner's phone too. canvas dripping",
    "fr": "toujours ouvert, toujours {code}",
    "de": "immer noch draußen, immer noch {code}",
    "it": "ancora aperta, ancora {code}",
    "pt": "continua aberto, continua {code}",
}
SPIKE_CHAT: dict[str, str] = {
    "es": "Si, el programa de sol esta fallando en muchos toldos ahora mismo, el equipo tecnico esta en ello. {agent}",
    "en": "Yes, the sun schedule is misfiring on many awnings right now, our engineers are on it. {agent}",
    "fr": "Oui, le programme soleil dysfonctionne en ce moment, nos techniciens s'en occupent. {agent}",
    "de": "Ja, der Sonnenplan spielt gerade bei vielen Markisen verrückt, die Technik ist dran. {agent}",
    "it": "Sì, il programma sole sta dando problemi su molte tende, ci stiamo lavorando. {agent}",
    "pt": "Sim, o programa sol esta a falhar em muitos toldos, a equipa esta a tratar. {agent}",
}
SPIKE_FIXED: dict[str, str] = {
    "es": "Ya se pueden recoger los toldos desde la app. La revision de la lona corre de nuestra cuenta. {agent}",
    "en": "Awnings can be retracted from the app again. The canvas check is on us. {agent}",
    "fr": "Les stores se referment à nouveau depuis l'appli. Le contrôle de la toile est offert. {agent}",
    "de": "Die Markisen lassen sich wieder per App einfahren. Die Tuchprüfung übernehmen wir. {agent}",
    "it": "Le tende si richiudono di nuovo dall'app. Il controllo del telo è a carico nostro. {agent}",
    "pt": "Os toldos ja fecham pela app. A revisao da lona fica por nossa conta. {agent}",
}
LONE_Q: dict[str, str] = {
    "es": "pregunta tonta: anoche el icono del programa de sol salia gris, pero el toldo fue bien. es normal?",
    "en": "silly question: the sun schedule icon was grey last night but the awning behaved fine. is that normal?",
}
LONE_A: dict[str, str] = {
    "es": "Si, sale gris cuando no hay sol previsto, todo correcto. {agent}",
    "en": "Yes, it greys out when no sun is forecast, all fine. {agent}",
}
