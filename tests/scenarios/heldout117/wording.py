# ruff: noqa: E501
"""Words of Brisalto's households (and of its agents) for heldout117, written from the stories.

Brisalto installs and services air conditioners and heat pumps, booked by app and web:
split units, heat pumps, yearly service visits, repairs, filter packs, the Brisalto
Link controller and app, and the Brisalto Care plan (monthly). Competitors (invented):
Fresquino and Klimafuchs. Placeholders: {name}, {surname}, {agent}, {ref}, {amt},
{comp}, {topic}, {fix}, {time}, {credit}.
"""

from __future__ import annotations

LANGS = ("es", "en", "fr", "de", "it", "pt")

AGENTS: dict[str, list[str]] = {
    "es": ["Lucía", "Andrés", "Marta", "Iván"],
    "en": ["Holly", "Ravi", "Siobhan", "Tom"],
    "fr": ["Camille", "Julien"],
    "de": ["Jonas", "Katrin"],
    "it": ["Giulia", "Matteo"],
    "pt": ["Inês", "Tiago"],
}

# (label, price in EUR, page): English / Spanish labels whatever the market.
PRODUCTS: list[tuple[str, int, str]] = [
    ("Yearly service, split unit / Revisión anual, split", 89, "/service/yearly"),
    ("Yearly service, heat pump / Revisión anual, bomba de calor", 149, "/service/yearly"),
    ("Filter pack x4 / Pack de filtros x4", 24, "/shop/filters"),
    ("Deep clean, indoor unit / Limpieza a fondo, unidad interior", 69, "/service/deep-clean"),
    ("Brisalto Link controller / Controlador Brisalto Link", 59, "/shop/link"),
    ("Condensate pump replacement / Cambio de bomba de condensados", 119, "/repairs/condensate"),
    ("Split AC 2.5 kW, fitted / Split 2,5 kW, instalado", 1190, "/install/split"),
    ("Wall bracket and anti-vibration pads / Soporte y antivibratorios", 39, "/shop/accessories"),
]

PAGES: list[str] = [
    "/app/visits",
    "/app/link/schedules",
    "/care",
    "/shop/filters",
    "/install/quote",
    "/help/filters",
    "/help/heat-pump-winter",
    "/app/invoices",
]

PRAISE: dict[str, list[str]] = {
    "es": [
        "La revisión de la bomba de calor, impecable. El técnico de Brisalto lo dejó todo limpio y me enseñó a cambiar los filtros.",
        "Primer invierno con el split de Brisalto en el salón y la factura de la luz ha bajado un montón. Encantada.",
        "Instalación en una mañana, sin polvo y con fundas en los zapatos. Así da gusto, Brisalto.",
        "Por fin duermo sin el ruido del aparato viejo. El de Brisalto ni se oye.",
        "El técnico vino puntual, un crack. Media hora y el aire funcionando como el primer día. Gracias Brisalto",
    ],
    "en": [
        "Brisalto fitted the heat pump in a day and the house has never been this warm. Very happy.",
        "Service visit done in 40 minutes, engineer wore shoe covers and hoovered up after himself. Top marks Brisalto.",
        "the new split unit in the loft office is whisper quiet, can actually take calls now. cheers Brisalto",
        "Booked the yearly service on the Brisalto app at 9pm, engineer came Thursday morning. Easy.",
        "Really impressed with Brisalto, the installer talked me through the app and the schedules before he left.",
    ],
    "fr": [
        "Pompe à chaleur Brisalto posée en une journée, la maison est enfin chaude. Très contente.",
        "Entretien annuel fait en 45 minutes, technicien soigneux et sympa. Merci Brisalto.",
    ],
    "de": [
        "Wärmepumpe von Brisalto an einem Tag eingebaut, sauber gearbeitet, alles erklärt. Top.",
        "Wartung heute früh, Techniker pünktlich und freundlich. Die Klimaanlage im Schlafzimmer läuft wieder flüsterleise. Danke Brisalto",
    ],
    "it": [
        "Pompa di calore Brisalto installata in un giorno, tecnici precisi e puliti. Consigliatissimi.",
        "Manutenzione annuale fatta in mezz'ora, il tecnico mi ha pure spiegato come pulire i filtri. Grazie Brisalto.",
    ],
    "pt": [
        "Bomba de calor da Brisalto instalada num dia, casa quentinha e tudo limpo. Recomendo.",
        "Revisão anual feita em meia hora, técnico simpático e cuidadoso. Obrigada Brisalto.",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "es": [
        "Tercera revisión con Brisalto y otra vez el mismo técnico majísimo. Así sí.",
        "Otra vez Brisalto me salva el verano: vinieron al día siguiente de llamar.",
        "Sigo encantada con la bomba de calor, ya van dos inviernos sin pasar frío. Gracias Brisalto",
    ],
    "en": [
        "Third year on Brisalto Care and still nothing to complain about, same lovely engineer again.",
        "Brisalto sorted the rattling outdoor unit again, same day. Still the best thing we did to the house.",
        "again a spotless service visit from Brisalto, that's three in a row",
    ],
    "fr": [
        "Troisième entretien avec Brisalto, toujours aussi pro. Toujours le même technicien adorable."
    ],
    "de": ["Schon wieder der nette Techniker von Brisalto, dritte Wartung ohne jeden Ärger."],
    "it": [
        "Terza manutenzione con Brisalto e sempre puntualissimi. Ancora una volta tutto perfetto."
    ],
    "pt": [
        "Terceira revisão com a Brisalto e continuam impecáveis. Outra vez o mesmo técnico simpático."
    ],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "es": [
        "Muy contenta con la instalación, solo que el tubo de condensados queda un poco a la vista. Por lo demás, de diez.",
        "Todo genial con Brisalto, aunque la app tarda en cargar el informe de la visita. El técnico, un sol.",
        "El aire va fenomenal. La única pega: el manual solo viene en PDF.",
    ],
    "en": [
        "Great install, only gripe is the outdoor unit's cover is a bit ugly. Otherwise spot on.",
        "Engineer was brilliant, the Brisalto app just takes ages to show the visit report. Minor thing.",
        "Love the heat pump. Wish the filter packs came in a smaller box though, it's mostly air 😅",
    ],
    "fr": [
        "Entretien très bien fait, juste le créneau de quatre heures un peu long. Sinon parfait."
    ],
    "de": [
        "Sehr gute Montage, nur die Abdeckung vom Außengerät ist nicht gerade hübsch. Sonst alles prima."
    ],
    "it": [
        "Installazione ottima, solo l'app è un po' lenta a caricare i rapporti. Per il resto benissimo."
    ],
    "pt": ["Tudo ótimo, só a caixa dos filtros é enorme para o que traz. De resto, impecável."],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "Hola, ¿cada cuánto hay que cambiar los filtros del split del dormitorio?",
            "Hola, cada 3 meses si lo usas a diario; la app te avisa en Link > Filtros. Un saludo, {agent}",
        ),
        (
            "buenas, la revisión anual entra en el plan Care o se paga aparte?",
            "Entra en el plan Care: una revisión al año por equipo, sin coste. {agent}",
        ),
        (
            "¿Se puede poner la bomba de calor en modo vacaciones desde la app?",
            "Sí: Link > Programas > Vacaciones, eliges fechas y temperatura mínima. {agent}",
        ),
        (
            "Hola! Nos mudamos en enero, ¿podéis desmontar el split y montarlo en el piso nuevo?",
            "¡Claro! Pide presupuesto de traslado en la web (Instalación > Traslado) y te llamamos. {agent}",
        ),
    ],
    "en": [
        (
            "hi, how often should I change the filters on the bedroom unit?",
            "Hi! Every 3 months with daily use; the app reminds you under Link > Filters. {agent}",
        ),
        (
            "Is the yearly service included in Care or is it extra?",
            "It's included: one service a year per unit, no charge. {agent}",
        ),
        (
            "Can I put the heat pump in holiday mode from the app?",
            "Yes, Link > Schedules > Holiday, pick the dates and a minimum temperature. {agent}",
        ),
        (
            "Hi, we're moving in January, can you take the unit down and refit it at the new house?",
            "Yes! Ask for a move quote on the website (Installation > Move) and we'll ring you. {agent}",
        ),
    ],
    "fr": [
        (
            "Bonjour, tous les combien faut-il changer les filtres de la clim de la chambre ?",
            "Bonjour, tous les 3 mois en usage quotidien ; l'appli vous le rappelle dans Link > Filtres. {agent}",
        ),
        (
            "L'entretien annuel est compris dans Care ?",
            "Oui, un entretien par an et par appareil, sans frais. {agent}",
        ),
    ],
    "de": [
        (
            "Hallo, wie oft muss ich die Filter vom Schlafzimmergerät wechseln?",
            "Hallo, bei täglicher Nutzung alle 3 Monate; die App erinnert Sie unter Link > Filter. {agent}",
        ),
        (
            "Ist die Jahreswartung im Care-Tarif drin?",
            "Ja, eine Wartung pro Jahr und Gerät, ohne Aufpreis. {agent}",
        ),
    ],
    "it": [
        (
            "Ciao, ogni quanto vanno cambiati i filtri del climatizzatore in camera?",
            "Ciao, ogni 3 mesi se lo usi tutti i giorni; l'app te lo ricorda in Link > Filtri. {agent}",
        ),
        (
            "La manutenzione annuale è compresa nel piano Care?",
            "Sì, una manutenzione all'anno per apparecchio, senza costi. {agent}",
        ),
    ],
    "pt": [
        (
            "Olá, de quanto em quanto tempo se trocam os filtros do ar condicionado do quarto?",
            "Olá, de 3 em 3 meses com uso diário; a app avisa em Link > Filtros. {agent}",
        ),
        (
            "A revisão anual está incluída no plano Care?",
            "Sim, uma revisão por ano e por aparelho, sem custos. {agent}",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "es": ["¡Gracias!", "genial, gracias", "Perfecto, mil gracias 🙏"],
    "en": ["Thanks!", "brilliant, thank you", "perfect cheers"],
    "fr": ["Merci !", "Parfait, merci beaucoup"],
    "de": ["Danke!", "Super, vielen Dank"],
    "it": ["Grazie!", "Perfetto, grazie mille"],
    "pt": ["Obrigada!", "Perfeito, obrigado"],
}

# (subject, question body, agent's answer body)
EMAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "Consulta sobre el plan Care",
            "Hola:\n\nTenemos dos splits y una bomba de calor. ¿El plan Care cubre los tres equipos o hay que contratarlo por equipo?\n\nGracias,\n{name}",
            "Hola {name}:\n\nEl plan Care es por vivienda y cubre hasta cuatro equipos, con la revisión anual incluida para cada uno.\n\nUn saludo,\n{agent}, Brisalto",
        ),
        (
            "Presupuesto bomba de calor",
            "Buenas tardes, ¿la visita para el presupuesto de la bomba de calor tiene coste? Vivimos en un adosado de 120 m2.\n{name}",
            "Hola {name}: la visita de presupuesto es gratuita y dura una hora. Puedes elegir el día en la web.\n\nSaludos,\n{agent}, Brisalto",
        ),
        (
            "Factura con NIF",
            "Hola, necesito la factura de la instalación con mi NIF para la deducción por eficiencia energética. ¿Me la podéis mandar?\n{name}",
            "Hola {name}, te la hemos enviado a este correo con tu NIF. También la tienes en la app, en Facturas.\n\n{agent}, Brisalto",
        ),
    ],
    "en": [
        (
            "Care plan question",
            "Hi,\n\nWe have two split units and a heat pump. Does Care cover all three or is it per unit?\n\nThanks,\n{name}",
            "Hi {name},\n\nCare is per home and covers up to four units, with the yearly service included for each.\n\nBest,\n{agent}, Brisalto",
        ),
        (
            "Heat pump quote",
            "Hello, is there a charge for the heat pump survey visit? It's a 3-bed semi.\n{name}",
            "Hi {name}, the survey is free and takes about an hour. You can pick a day on the website.\n\n{agent}, Brisalto",
        ),
        (
            "Invoice for the grant",
            "Hi, I need the installation invoice with the MCS number for the grant paperwork. Could you send it over?\n{name}",
            "Hi {name}, sent to this address with the MCS certificate attached. It's also in the app under Invoices.\n\n{agent}, Brisalto",
        ),
    ],
    "fr": [
        (
            "Question sur Care",
            "Bonjour,\n\nNous avons deux climatiseurs et une pompe à chaleur. Care couvre-t-il les trois appareils ?\n\nMerci,\n{name}",
            "Bonjour {name},\n\nCare est par logement et couvre jusqu'à quatre appareils, entretien annuel compris pour chacun.\n\nBien cordialement,\n{agent}, Brisalto",
        ),
    ],
    "de": [
        (
            "Frage zum Care-Tarif",
            "Hallo,\n\nwir haben zwei Split-Geräte und eine Wärmepumpe. Deckt Care alle drei ab oder pro Gerät?\n\nDanke,\n{name}",
            "Hallo {name},\n\nCare gilt pro Haushalt und deckt bis zu vier Geräte ab, Jahreswartung für jedes inklusive.\n\nViele Grüße\n{agent}, Brisalto",
        ),
        (
            "Rechnung für die Förderung",
            "Guten Tag, ich brauche die Installationsrechnung mit Fachbetriebsnummer für den Förderantrag. Können Sie sie schicken?\n{name}",
            "Hallo {name}, wir haben sie an diese Adresse geschickt. Sie steht auch in der App unter Rechnungen.\n\n{agent}, Brisalto",
        ),
    ],
    "it": [
        (
            "Domanda sul piano Care",
            "Buongiorno,\n\nabbiamo due split e una pompa di calore. Il piano Care li copre tutti e tre?\n\nGrazie,\n{name}",
            "Buongiorno {name},\n\nil piano Care vale per abitazione e copre fino a quattro apparecchi, manutenzione annuale inclusa per ciascuno.\n\nCordiali saluti,\n{agent}, Brisalto",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre o plano Care",
            "Olá,\n\ntemos dois splits e uma bomba de calor. O plano Care cobre os três aparelhos?\n\nObrigado,\n{name}",
            "Olá {name},\n\no plano Care é por casa e cobre até quatro aparelhos, com a revisão anual incluída para cada um.\n\nCumprimentos,\n{agent}, Brisalto",
        ),
    ],
}

# (call transcript, follow-up e-mail subject, follow-up e-mail body)
PHONE_Q: dict[str, list[tuple[str, str, str]]] = {
    "es": [
        (
            "hola buenos días llamaba para preguntar si la revisión se puede hacer un sábado por la mañana porque entre semana trabajamos los dos",
            "Visitas en sábado",
            "Hola {name}:\n\nComo hablamos por teléfono, hay visitas los sábados de 9 a 14 h y se reservan en la app.\n\n{agent}, Brisalto",
        ),
        (
            "sí hola quería saber si el split del salón sirve también para calentar o solo para frío es que me lo pusisteis hace un mes",
            "Tu split también calienta",
            "Hola {name}:\n\nTal como te conté, tu split es bomba de calor: en modo Calor (el sol del mando) calienta sin problema.\n\n{agent}, Brisalto",
        ),
    ],
    "en": [
        (
            "hi yeah just ringing to ask if the service can be on a Saturday morning as we both work weekdays",
            "Saturday visits",
            "Hi {name},\n\nAs we said on the phone, there are Saturday visits from 9 to 2 and you can book them in the app.\n\n{agent}, Brisalto",
        ),
        (
            "hiya quick one can the living room unit heat as well or is it only cooling you fitted it last month",
            "Your unit heats too",
            "Hi {name},\n\nAs promised: your unit is a heat pump, so in Heat mode (the sun on the remote) it heats the room fine.\n\n{agent}, Brisalto",
        ),
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si l'entretien peut se faire un samedi matin parce qu'en semaine on travaille tous les deux",
            "Visites le samedi",
            "Bonjour {name},\n\ncomme convenu au téléphone, il y a des visites le samedi de 9 h à 14 h, à réserver dans l'appli.\n\n{agent}, Brisalto",
        ),
    ],
    "de": [
        (
            "ja hallo ich wollte fragen ob die Wartung auch an einem Samstagvormittag geht wir arbeiten beide unter der Woche",
            "Termine am Samstag",
            "Hallo {name},\n\nwie am Telefon besprochen: Samstags gibt es Termine von 9 bis 14 Uhr, buchbar in der App.\n\n{agent}, Brisalto",
        ),
    ],
    "it": [
        (
            "buongiorno volevo chiedere se la manutenzione si può fare di sabato mattina perché in settimana lavoriamo tutti e due",
            "Visite il sabato",
            "Buongiorno {name},\n\ncome detto al telefono, il sabato ci sono visite dalle 9 alle 14, prenotabili nell'app.\n\n{agent}, Brisalto",
        ),
    ],
    "pt": [
        (
            "bom dia queria saber se a revisão pode ser num sábado de manhã porque durante a semana trabalhamos os dois",
            "Visitas ao sábado",
            "Olá {name},\n\ncomo falámos ao telefone, há visitas aos sábados das 9 às 14 h, marcadas na app.\n\n{agent}, Brisalto",
        ),
    ],
}

# (rating, text)
REVIEWS: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("5", "Instalación rápida y limpia. El técnico, muy amable y explicándolo todo."),
        ("5", "Llevo dos años con el plan Care y cero problemas. Muy recomendable."),
        ("4", "Buen servicio y buen precio. La franja de visita podría ser más corta."),
    ],
    "en": [
        ("5", "Quick, tidy install and a lovely engineer who explained everything."),
        ("5", "Two years on Care without a single problem. Recommended."),
        ("4", "Good service, fair price. The visit window could be shorter."),
    ],
    "fr": [("5", "Pose rapide et propre, technicien très aimable.")],
    "de": [("5", "Schnelle, saubere Montage und ein sehr freundlicher Techniker.")],
    "it": [("5", "Installazione veloce e pulita, tecnico gentilissimo.")],
    "pt": [("5", "Instalação rápida e limpa, técnico muito simpático.")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "es": ["Todo perfecto", "Muy bien", "", "👍", "Rapidísimos", ""],
    "en": ["All good", "Great service", "", "👍", "Spot on", ""],
    "fr": ["Parfait", "", "👍"],
    "de": ["Alles bestens", "", "👍"],
    "it": ["Tutto perfetto", "", "👍"],
    "pt": ["Tudo ótimo", "", "👍"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "es": [
        "Las 3 de la mañana, turno de noche en urgencias, y reservando la revisión del sábado desde el móvil. Qué fácil la app de Brisalto.",
        "No puedo dormir y lo único que se oye en casa es la nevera. La bomba de calor de Brisalto ni se nota.",
        "Las 2 y terminando de pintar el cuarto del bebé a 21 grados clavados gracias al split nuevo de Brisalto 🙌",
    ],
    "en": [
        "3am on a night shift at the petrol station, booked Saturday's service on the Brisalto app in two minutes.",
        "can't sleep and the only noise in the house is the fridge, heat pump is silent. cheers Brisalto",
        "Night feed at 2am and the nursery's a perfect 20 degrees. Best thing we bought this year, thanks Brisalto.",
    ],
    "fr": [
        "3 h du matin, garde de nuit à l'hôpital, et l'entretien de samedi réservé en deux minutes sur l'appli Brisalto."
    ],
    "de": [
        "3 Uhr nachts, Nachtschicht im Lager, und die Wartung für Samstag in zwei Minuten in der Brisalto-App gebucht."
    ],
    "it": [
        "Le 3 di notte, turno in pronto soccorso, e la manutenzione di sabato prenotata in due minuti con l'app Brisalto."
    ],
    "pt": [
        "3 da manhã, turno da noite no hospital, e a revisão de sábado marcada em dois minutos na app da Brisalto."
    ],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "¿Es malo dejar el split en modo deshumidificar toda la noche?",
            "Para nada, gasta muy poco. A 24-25 °C dormirás mejor. {agent}",
        ),
        (
            "A qué hora se cobra la cuota del Care, el día 1?",
            "Sí, el día 1 de cada mes por la mañana. {agent}",
        ),
    ],
    "en": [
        (
            "is it ok to leave the unit on dry mode all night?",
            "Absolutely, it uses very little. 24-25 °C is a good night setting. {agent}",
        ),
        (
            "What day does the Care payment come out?",
            "On the 1st of each month, in the morning. {agent}",
        ),
    ],
    "fr": [
        (
            "C'est grave de laisser la clim en mode déshumidification toute la nuit ?",
            "Pas du tout, elle consomme très peu. {agent}",
        )
    ],
    "de": [
        (
            "Kann ich das Gerät die ganze Nacht im Entfeuchten-Modus laufen lassen?",
            "Ja, das braucht sehr wenig Strom. {agent}",
        )
    ],
    "it": [
        (
            "Posso lasciare il condizionatore in deumidificazione tutta la notte?",
            "Certo, consuma pochissimo. {agent}",
        )
    ],
    "pt": [
        (
            "Faz mal deixar o ar condicionado em modo desumidificar a noite toda?",
            "Nada, gasta muito pouco. {agent}",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

# Base amounts (EUR) of the problems that name one.
PROBLEM_EUR: dict[str, int] = {
    "double_charge": 34,
    "refund": 150,
    "wrong_price": 65,
    "cancel_fee": 40,
}

TOPIC: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "revisión que nunca se hizo",
        "double_charge": "cuota Care cobrada dos veces",
        "damage": "fuga del split nuevo",
        "refund": "depósito sin devolver",
        "wrong_price": "reparación sin descuento Care",
        "cancel_fee": "penalización por cambiar la cita",
    },
    "en": {
        "no_show": "service visit that never happened",
        "double_charge": "Care fee taken twice",
        "damage": "leak from the new unit",
        "refund": "deposit not refunded",
        "wrong_price": "repair billed without Care discount",
        "cancel_fee": "fee for rescheduling",
    },
    "fr": {
        "no_show": "entretien jamais fait",
        "double_charge": "Care prélevé deux fois",
        "damage": "fuite du nouveau climatiseur",
        "refund": "acompte non remboursé",
        "wrong_price": "réparation sans remise Care",
        "cancel_fee": "frais de report",
    },
    "de": {
        "no_show": "Wartung nie erfolgt",
        "double_charge": "Care doppelt abgebucht",
        "damage": "neues Gerät tropft",
        "refund": "Anzahlung nicht erstattet",
        "wrong_price": "Reparatur ohne Care-Rabatt",
        "cancel_fee": "Gebühr fürs Verschieben",
    },
    "it": {
        "no_show": "manutenzione mai fatta",
        "double_charge": "canone Care addebitato due volte",
        "damage": "perdita del nuovo climatizzatore",
        "refund": "acconto non restituito",
        "wrong_price": "riparazione senza sconto Care",
        "cancel_fee": "penale per lo spostamento",
    },
    "pt": {
        "no_show": "revisão que nunca aconteceu",
        "double_charge": "Care cobrado duas vezes",
        "damage": "fuga do ar condicionado novo",
        "refund": "sinal não devolvido",
        "wrong_price": "reparação sem desconto Care",
        "cancel_fee": "penalização por mudar a visita",
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "es": {
        "no_show": [
            "Tenía la revisión anual el martes de 8 a 12, no vino nadie y la app pone «visita realizada». Me pedí la mañana libre para nada.",
            "El técnico NO VINO a la revisión y en la app aparece como hecha. Nadie llamó, nadie avisó.",
        ],
        "double_charge": [
            "Me habéis cobrado la cuota del plan Care DOS veces este mes, {amt} cada una.",
            "Dos cargos de {amt} por la cuota Care el mismo día. Quiero que me devolváis uno ya.",
        ],
        "damage": [
            "El split que me instalasteis el viernes gotea por dentro: el tubo de condensados está suelto y el agua ha manchado el parquet.",
            "Desde la instalación cae agua del aparato del dormitorio. Tengo un cubo debajo y la tarima hinchada.",
        ],
        "refund": [
            "Anulé la instalación hace TRES semanas y el depósito de {amt} sigue sin aparecer.",
            "El depósito de {amt} de una instalación que anulé el mes pasado no me lo habéis devuelto.",
        ],
        "wrong_price": [
            "Soy socia del plan Care y la reparación me la habéis cobrado a precio normal, {amt} de más.",
            "Pago el Care cada mes y en la factura de la reparación no hay ningún descuento: {amt} de diferencia.",
        ],
        "cancel_fee": [
            "Cambié la visita con CINCO días de antelación y me habéis cobrado {amt} de penalización.",
            "Me cobráis {amt} por mover una cita que cambié casi una semana antes.",
        ],
    },
    "en": {
        "no_show": [
            "My yearly service was booked for Tuesday 8-12, nobody turned up and the app says 'visit completed'. Took the morning off for nothing.",
            "The engineer NEVER CAME and the app shows the service as done. No call, no text, nothing.",
        ],
        "double_charge": [
            "You've taken the Care fee TWICE this month, {amt} each time.",
            "Two payments of {amt} for Care on the same day. I want one of them back now.",
        ],
        "damage": [
            "The unit you fitted on Friday is dripping inside: the condensate pipe is loose and the water has stained the oak floor.",
            "Water's been coming out of the bedroom unit since it was installed. There's a bucket under it and the floorboards are swelling.",
        ],
        "refund": [
            "I cancelled the installation THREE weeks ago and my {amt} deposit still hasn't come back.",
            "Still no refund of the {amt} deposit for an installation I cancelled last month.",
        ],
        "wrong_price": [
            "I'm on the Care plan and the repair was billed at the full rate, {amt} more than it should be.",
            "I pay for Care every month and there's no discount at all on the repair invoice: {amt} difference.",
        ],
        "cancel_fee": [
            "I moved the visit FIVE days ahead and you charged me a {amt} late-change fee.",
            "{amt} for rescheduling an appointment almost a week in advance. Seriously?",
        ],
    },
    "fr": {
        "no_show": [
            "Entretien annuel prévu mardi 8h-12h, personne n'est venu et l'appli indique « visite effectuée ». J'ai posé ma matinée pour rien."
        ],
        "double_charge": [
            "Vous avez prélevé l'abonnement Care DEUX fois ce mois-ci, {amt} chaque fois."
        ],
        "damage": [
            "Le climatiseur posé vendredi fuit à l'intérieur : le tuyau des condensats est décroché et le parquet est taché."
        ],
        "refund": [
            "J'ai annulé l'installation il y a TROIS semaines et l'acompte de {amt} n'est toujours pas remboursé."
        ],
        "wrong_price": [
            "Je suis abonnée Care et la réparation m'a été facturée plein tarif, {amt} de trop."
        ],
        "cancel_fee": [
            "J'ai déplacé la visite CINQ jours avant et vous m'avez facturé {amt} de frais."
        ],
    },
    "de": {
        "no_show": [
            "Die Jahreswartung war für Dienstag 8-12 Uhr gebucht, niemand kam und in der App steht „Besuch erledigt“. Dafür habe ich extra freigenommen."
        ],
        "double_charge": ["Sie haben den Care-Beitrag diesen Monat ZWEIMAL abgebucht, je {amt}."],
        "damage": [
            "Das am Freitag montierte Innengerät tropft: der Kondensatschlauch ist lose und das Eichenparkett hat Flecken."
        ],
        "refund": [
            "Ich habe die Installation vor DREI Wochen storniert und die Anzahlung von {amt} ist immer noch nicht zurück."
        ],
        "wrong_price": [
            "Ich habe den Care-Tarif und die Reparatur wurde zum vollen Preis berechnet, {amt} zu viel."
        ],
        "cancel_fee": [
            "Ich habe den Termin FÜNF Tage vorher verschoben und Sie berechnen mir {amt} Gebühr."
        ],
    },
    "it": {
        "no_show": [
            "La manutenzione annuale era fissata martedì 8-12, non è venuto nessuno e l'app dice «visita eseguita». Ho preso un permesso per niente."
        ],
        "double_charge": [
            "Mi avete addebitato il canone Care DUE volte questo mese, {amt} ciascuno."
        ],
        "damage": [
            "Il condizionatore montato venerdì gocciola in casa: il tubo della condensa è staccato e il parquet è macchiato."
        ],
        "refund": [
            "Ho annullato l'installazione TRE settimane fa e l'acconto di {amt} non è ancora tornato."
        ],
        "wrong_price": [
            "Ho il piano Care e la riparazione me l'avete fatta pagare a prezzo pieno, {amt} in più."
        ],
        "cancel_fee": [
            "Ho spostato la visita CINQUE giorni prima e mi avete addebitato {amt} di penale."
        ],
    },
    "pt": {
        "no_show": [
            "A revisão anual estava marcada para terça das 8 às 12, ninguém apareceu e a app diz «visita realizada». Tirei a manhã para nada."
        ],
        "double_charge": ["Cobraram a mensalidade Care DUAS vezes este mês, {amt} cada."],
        "damage": [
            "O ar condicionado instalado na sexta pinga para dentro de casa: o tubo dos condensados está solto e o soalho ficou manchado."
        ],
        "refund": [
            "Cancelei a instalação há TRÊS semanas e o sinal de {amt} ainda não foi devolvido."
        ],
        "wrong_price": [
            "Tenho o plano Care e a reparação foi cobrada ao preço normal, {amt} a mais."
        ],
        "cancel_fee": [
            "Mudei a visita com CINCO dias de antecedência e cobraram-me {amt} de penalização."
        ],
    },
}

ANGER: dict[str, list[str]] = {
    "es": ["Vaya servicio.", "YA ESTÁ BIEN.", "Estoy muy enfadada.", "Qué vergüenza."],
    "en": ["Not good enough.", "ABSOLUTELY FUMING.", "Really disappointed.", "Sort it out."],
    "fr": ["Inadmissible.", "J'en ai ASSEZ."],
    "de": ["Unmöglich.", "JETZT REICHT'S."],
    "it": ["Inaccettabile.", "BASTA."],
    "pt": ["Inadmissível.", "JÁ CHEGA."],
}

ASK: dict[str, list[str]] = {
    "es": ["Quiero una solución hoy.", "Espero respuesta cuanto antes.", "Llamadme, por favor."],
    "en": ["I want this sorted today.", "Please ring me back.", "I expect a reply today."],
    "fr": ["Je veux une solution rapide."],
    "de": ["Ich erwarte eine schnelle Lösung."],
    "it": ["Voglio una soluzione subito."],
    "pt": ["Quero uma solução rápida."],
}

GREET: dict[str, list[str]] = {
    "es": ["Hola:", "Buenas tardes:"],
    "en": ["Hi,", "Hello,"],
    "fr": ["Bonjour,"],
    "de": ["Guten Tag,"],
    "it": ["Buongiorno,"],
    "pt": ["Boa tarde,"],
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "es": "Reclamación: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
}

CALL_OPEN: dict[str, list[str]] = {
    "es": ["hola buenos días mire llamo porque", "sí hola a ver le explico"],
    "en": ["hi yeah I'm calling because", "hello hi right so"],
    "fr": ["oui bonjour alors voilà"],
    "de": ["ja guten Tag also"],
    "it": ["sì buongiorno allora"],
    "pt": ["sim bom dia olhe"],
}

# Long e-mails with the complaint inside a letter: {core} is the complaint.
LONG_LETTER: dict[str, list[str]] = {
    "es": [
        "Hola, buenas tardes:\n\nOs escribo desde el coche, en la puerta del conservatorio, mientras mi hija termina la clase de violonchelo, porque entre semana no tengo otro rato. Llevamos casi dos años con vosotros y hasta ahora todo había ido bien: la bomba de calor de la casa del pueblo funciona de maravilla y siempre os he recomendado.\n\nPero esto no puede ser. {core} Cuando llamé me dijeron que lo mirarían y nadie ha vuelto a dar señales.\n\nEntiendo que hay errores, pero necesito que alguien lo revise y me conteste esta semana, porque ahora mismo no sé qué hacer.\n\nUn saludo,\n{name} {surname}",
        "Buenos días:\n\nPerdonad el correo tan largo. Estoy en la sala de espera del fisio de mi padre, que se operó de la cadera hace quince días, y aprovecho para escribiros porque con todo lo que tengo encima esto era lo último que me faltaba.\n\nContraté el plan Care precisamente para no tener sustos. {core}\n\nSoy clienta desde que compramos el piso y nunca me había quejado de nada. Os pido que lo solucionéis y que me expliquéis qué ha pasado.\n\nGracias de antemano,\n{name}",
    ],
    "en": [
        "Hi there,\n\nSorry in advance, this is a long one. I'm writing from the bench outside my son's football training because it's the only quiet half hour I get this week. We've been with you for two years, you fitted the heat pump at my mum's and I've recommended you to half the street.\n\nSo I'm genuinely surprised. {core} I rang on Monday, was told someone would look into it, and have heard nothing since.\n\nI'd like someone to actually own this and get back to me by the end of the week.\n\nKind regards,\n{name} {surname}",
        "Dear Brisalto,\n\nI'm typing this on my phone in the hospital car park while my dad has his check-up, so forgive the typos. We're in the middle of converting his garage into a bedroom so he can move in with us, and the last thing I needed was this.\n\n{core}\n\nI took out Care precisely so I wouldn't have to chase things like this. Please look into it and tell me what you're going to do.\n\nThanks,\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis la salle d'attente du vétérinaire, notre chien se fait opérer de la patte, pardon pour la longueur. Nous sommes clients depuis l'an dernier et jusqu'ici tout allait bien, la pompe à chaleur de la maison marche parfaitement.\n\nMais là, non. {core} J'ai appelé, on m'a dit qu'on me recontacterait et depuis plus rien.\n\nMerci de regarder cela sérieusement et de me répondre cette semaine.\n\nCordialement,\n{name} {surname}",
    ],
}

CASE_SUBJECT: dict[str, str] = {
    "es": "Caso {ref}",
    "en": "Your case {ref}",
    "fr": "Dossier {ref}",
    "de": "Fall {ref}",
    "it": "Pratica {ref}",
    "pt": "Processo {ref}",
}

RE_SUBJECT: dict[str, str] = {
    "es": "RE: Caso {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Dossier {ref}",
    "de": "AW: Fall {ref}",
    "it": "R: Pratica {ref}",
    "pt": "RE: Processo {ref}",
}

CASE_OPENED: dict[str, list[str]] = {
    "es": [
        "Hola {name}:\n\nSentimos mucho lo ocurrido. Hemos abierto el caso {ref} y hoy mismo lo revisa el equipo de visitas. Te escribimos en cuanto sepamos algo.\n\nUn saludo,\n{agent}, Brisalto",
        "Hola {name}:\n\nGracias por avisarnos y perdona las molestias. Tu caso es el {ref}; lo tenemos como prioritario.\n\n{agent}, Brisalto",
    ],
    "en": [
        "Hi {name},\n\nSo sorry about this. We've opened case {ref} and the visits team is looking at it today. We'll be in touch as soon as we know more.\n\nBest,\n{agent}, Brisalto",
        "Hi {name},\n\nThanks for telling us, and apologies. Your case number is {ref}; it's marked as a priority.\n\n{agent}, Brisalto",
    ],
    "fr": [
        "Bonjour {name},\n\nNous sommes désolés. Nous avons ouvert le dossier {ref}, l'équipe le traite aujourd'hui.\n\nBien cordialement,\n{agent}, Brisalto"
    ],
    "de": [
        "Hallo {name},\n\ndas tut uns leid. Wir haben den Fall {ref} angelegt und kümmern uns heute darum.\n\nViele Grüße\n{agent}, Brisalto"
    ],
    "it": [
        "Buongiorno {name},\n\nci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo oggi stesso.\n\nCordiali saluti,\n{agent}, Brisalto"
    ],
    "pt": [
        "Olá {name},\n\nlamentamos muito. Abrimos o processo {ref} e vamos tratar dele hoje.\n\nCumprimentos,\n{agent}, Brisalto"
    ],
}

CHAT_CASE: dict[str, str] = {
    "es": "Lo siento mucho, {name}. He abierto el caso {ref} y lo paso como urgente; te escribimos por correo hoy. {agent}",
    "en": "I'm really sorry, {name}. I've opened case {ref} and flagged it as urgent; we'll email you today. {agent}",
    "fr": "Je suis désolée, {name}. J'ai ouvert le dossier {ref} en urgent ; nous vous écrivons aujourd'hui. {agent}",
    "de": "Das tut mir leid, {name}. Ich habe den Fall {ref} als dringend angelegt; Sie hören heute per Mail von uns. {agent}",
    "it": "Mi dispiace molto, {name}. Ho aperto la pratica {ref} come urgente; ti scriviamo oggi per email. {agent}",
    "pt": "Lamento muito, {name}. Abri o processo {ref} como urgente; escrevemos-lhe hoje por email. {agent}",
}

FIX: dict[str, dict[str, str]] = {
    "es": {
        "no_show": "hemos reprogramado la revisión y el técnico pasará el jueves a primera hora",
        "double_charge": "hemos devuelto el cargo duplicado, lo verás en 2-3 días",
        "damage": "un técnico ha fijado el tubo y nos hacemos cargo de reparar el suelo",
        "refund": "el depósito se ha devuelto hoy",
        "wrong_price": "hemos aplicado el descuento Care y devuelto la diferencia",
        "cancel_fee": "hemos anulado la penalización",
    },
    "en": {
        "no_show": "we've rebooked the service and the engineer will come first thing on Thursday",
        "double_charge": "we've refunded the duplicate payment, you'll see it in 2-3 days",
        "damage": "an engineer has refitted the pipe and we'll pay to repair the floor",
        "refund": "the deposit was refunded today",
        "wrong_price": "we've applied the Care discount and refunded the difference",
        "cancel_fee": "we've cancelled the fee",
    },
    "fr": {
        "no_show": "l'entretien est reprogrammé jeudi à la première heure",
        "double_charge": "le prélèvement en double est remboursé",
        "damage": "un technicien a refixé le tuyau et nous prenons en charge le parquet",
        "refund": "l'acompte a été remboursé aujourd'hui",
        "wrong_price": "la remise Care est appliquée et la différence remboursée",
        "cancel_fee": "les frais sont annulés",
    },
    "de": {
        "no_show": "die Wartung ist neu gebucht, der Techniker kommt Donnerstag früh",
        "double_charge": "die doppelte Abbuchung ist erstattet",
        "damage": "ein Techniker hat den Schlauch neu befestigt und wir zahlen die Reparatur des Parketts",
        "refund": "die Anzahlung wurde heute erstattet",
        "wrong_price": "der Care-Rabatt ist angewendet und die Differenz erstattet",
        "cancel_fee": "die Gebühr ist storniert",
    },
    "it": {
        "no_show": "la manutenzione è riprogrammata giovedì mattina presto",
        "double_charge": "l'addebito doppio è stato rimborsato",
        "damage": "un tecnico ha rimesso a posto il tubo e ripariamo noi il parquet",
        "refund": "l'acconto è stato restituito oggi",
        "wrong_price": "abbiamo applicato lo sconto Care e rimborsato la differenza",
        "cancel_fee": "la penale è stata annullata",
    },
    "pt": {
        "no_show": "a revisão foi remarcada para quinta logo de manhã",
        "double_charge": "a cobrança em duplicado foi devolvida",
        "damage": "um técnico voltou a fixar o tubo e pagamos a reparação do soalho",
        "refund": "o sinal foi devolvido hoje",
        "wrong_price": "aplicámos o desconto Care e devolvemos a diferença",
        "cancel_fee": "a penalização foi anulada",
    },
}

GOOD_NEWS: dict[str, str] = {
    "es": "Hola {name}:\n\nBuenas noticias sobre el caso {ref}: {fix}. ¿Nos confirmas que está todo bien?\n\n{agent}, Brisalto",
    "en": "Hi {name},\n\nGood news on case {ref}: {fix}. Could you confirm everything's fine on your side?\n\n{agent}, Brisalto",
    "fr": "Bonjour {name},\n\nBonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout va bien ?\n\n{agent}, Brisalto",
    "de": "Hallo {name},\n\ngute Nachricht zum Fall {ref}: {fix}. Können Sie bestätigen, dass alles passt?\n\n{agent}, Brisalto",
    "it": "Buongiorno {name},\n\nbuone notizie sulla pratica {ref}: {fix}. Ci confermi che è tutto a posto?\n\n{agent}, Brisalto",
    "pt": "Olá {name},\n\nboas notícias sobre o processo {ref}: {fix}. Pode confirmar-nos que está tudo bem?\n\n{agent}, Brisalto",
}

CONFIRM: dict[str, list[str]] = {
    "es": [
        "Confirmado, el caso {ref} está resuelto. ¡Gracias!",
        "Todo bien con el {ref}, ya está. Gracias por la rapidez.",
    ],
    "en": ["Confirmed, case {ref} is sorted. Thanks!", "all good on {ref} now, thank you"],
    "fr": ["Je confirme, le dossier {ref} est réglé. Merci !"],
    "de": ["Bestätigt, Fall {ref} ist erledigt. Danke!"],
    "it": ["Confermo, la pratica {ref} è risolta. Grazie!"],
    "pt": ["Confirmo, o processo {ref} está resolvido. Obrigado!"],
}

APOLOGY: dict[str, list[str]] = {
    "es": [
        "Perdonad el tono de ayer, estaba de los nervios. Gracias por contestar tan rápido.",
        "Siento haberme puesto así ayer, no era culpa vuestra personalmente.",
    ],
    "en": [
        "Sorry for the rant yesterday, it had been a long day. Thanks for getting back so quickly.",
        "Apologies for my tone yesterday, not your fault personally.",
    ],
    "fr": ["Désolée pour le ton d'hier, j'étais à bout. Merci pour la réponse rapide."],
    "de": [
        "Entschuldigung für den Ton gestern, ich war mit den Nerven runter. Danke für die schnelle Antwort."
    ],
    "it": ["Scusate il tono di ieri, ero esasperata. Grazie per la risposta veloce."],
    "pt": ["Desculpem o tom de ontem, estava nervosa. Obrigada pela resposta rápida."],
}

LOW_CSAT_WORDS: dict[str, list[str]] = {
    "es": ["Mal", "", "Nada resuelto"],
    "en": ["Poor", "", "Not resolved"],
    "fr": ["Mauvais", ""],
    "de": ["Schlecht", ""],
    "it": ["Male", ""],
    "pt": ["Mau", ""],
}

# Later contacts of a repeat contact: {core} the problem again.
REPEAT_2: dict[str, list[str]] = {
    "es": [
        "Vuelvo a escribir por el caso {ref}. Sigue sin resolverse: {core}",
        "Caso {ref}: todo sigue igual. {core} ¿Alguien lo está mirando?",
    ],
    "en": [
        "Writing again about case {ref}. Still not sorted: {core}",
        "Case {ref}: nothing has changed. {core} Is anyone actually looking at this?",
    ],
    "fr": ["Je réécris pour le dossier {ref}. Toujours rien : {core}"],
    "de": ["Ich schreibe nochmal wegen Fall {ref}. Immer noch nicht gelöst: {core}"],
    "it": ["Scrivo di nuovo per la pratica {ref}. Ancora niente: {core}"],
    "pt": ["Volto a escrever sobre o processo {ref}. Continua por resolver: {core}"],
}

REPEAT_3: dict[str, list[str]] = {
    "es": [
        "TERCERA vez que escribo por el {ref}. {core} Una compañera tiene {comp} y a ella se lo arreglan en el día.",
        "Tercera vez, caso {ref}. Sigue igual. Ya he mirado lo que cobra {comp}.",
    ],
    "en": [
        "THIRD time writing about {ref}. {core} A colleague uses {comp} and they sort this sort of thing the same day.",
        "Third time now, case {ref}. Same as before. I've already looked at what {comp} charges.",
    ],
    "fr": [
        "TROISIÈME fois pour le dossier {ref}. {core} Une collègue est chez {comp}, eux règlent ça dans la journée."
    ],
    "de": [
        "DRITTES Mal wegen Fall {ref}. {core} Eine Kollegin hat {comp}, da geht sowas am selben Tag."
    ],
    "it": [
        "TERZA volta per la pratica {ref}. {core} Una collega ha {comp} e a lei lo sistemano in giornata."
    ],
    "pt": [
        "TERCEIRA vez sobre o processo {ref}. {core} Uma colega tem a {comp} e resolvem-lhe isto no mesmo dia."
    ],
}

REPEAT_4: dict[str, list[str]] = {
    "es": ["CUARTA vez. Caso {ref}. Sigue todo igual y nadie me llama."],
    "en": ["FOURTH time. Case {ref}. Still the same and nobody rings me back."],
    "fr": ["QUATRIÈME fois. Dossier {ref}. Toujours pareil et personne ne rappelle."],
    "de": ["VIERTES Mal. Fall {ref}. Immer noch nichts und niemand ruft zurück."],
    "it": ["QUARTA volta. Pratica {ref}. Sempre uguale e nessuno mi richiama."],
    "pt": ["QUARTA vez. Processo {ref}. Tudo igual e ninguém me liga."],
}

QUALITY_LEAD: dict[str, str] = {
    "es": "Hola {name}:\n\nTu caso {ref} lo lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, Brisalto",
    "en": "Hi {name},\n\nYour case {ref} is now with our quality lead, who will ring you before Friday lunchtime.\n\n{agent}, Brisalto",
    "fr": "Bonjour {name},\n\nVotre dossier {ref} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, Brisalto",
    "de": "Hallo {name},\n\nIhr Fall {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\n{agent}, Brisalto",
    "it": "Buongiorno {name},\n\nla tua pratica {ref} ora la segue la nostra responsabile qualità, che ti chiamerà entro venerdì a mezzogiorno.\n\n{agent}, Brisalto",
    "pt": "Olá {name},\n\no seu processo {ref} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao meio-dia.\n\n{agent}, Brisalto",
}

URGENT_CHAT: dict[str, str] = {
    "es": "Lo he añadido a tu caso {ref} y lo he marcado como urgente. {agent}",
    "en": "I've added this to your case {ref} and marked it urgent. {agent}",
    "fr": "Je l'ai ajouté à votre dossier {ref}, marqué urgent. {agent}",
    "de": "Ich habe das zu Ihrem Fall {ref} hinzugefügt und als dringend markiert. {agent}",
    "it": "L'ho aggiunto alla tua pratica {ref} e segnato come urgente. {agent}",
    "pt": "Acrescentei ao seu processo {ref} e marquei como urgente. {agent}",
}

# The six steps of a slide; the last names {comp}.
SLIDE: dict[str, list[str]] = {
    "es": [
        "El técnico de Brisalto tenía que venir de 8 a 12 y llegó a las tres de la tarde, sin llamar. Bueno, la revisión la hizo bien.",
        "Esta vez solo limpiaron la unidad interior; la exterior ni la miraron. Un poco decepcionada, la verdad.",
        "Segunda vez que el pack de filtros de Brisalto llega con la medida equivocada. Ya les he dicho dos veces qué modelo tengo.",
        "Me han subido la cuota del Care un 30 % sin avisar. Cada mes estoy menos contenta con Brisalto.",
        "INDIGNADA. 60 € de «suplemento de acceso» porque la unidad exterior está en la azotea... ¡donde la pusieron los instaladores de Brisalto!",
        "Mi vecino lleva el mantenimiento con {comp} y ya les he pedido la revisión para la semana que viene. Se me acabó la paciencia.",
    ],
    "en": [
        "Brisalto engineer was due 8-12, turned up at 3pm without a call. Service itself was fine I suppose.",
        "Only the indoor unit got cleaned this time, nobody even looked at the outdoor one. Bit disappointed.",
        "Second time the Brisalto filter pack has come in the wrong size. I've told them which model we have twice now.",
        "Care price up 30% with no warning. Liking Brisalto less every month.",
        "FURIOUS. £50 'access surcharge' because the outdoor unit's on the roof terrace... where Brisalto's own installer put it!",
        "Neighbour has his servicing done by {comp}, I've booked them for next week. Done waiting.",
    ],
    "fr": [
        "Le technicien Brisalto devait passer entre 8h et 12h, arrivé à 15h sans prévenir. L'entretien était correct quand même.",
        "Cette fois seule l'unité intérieure a été nettoyée, personne n'a regardé l'extérieure. Un peu déçue.",
        "Deuxième fois que le pack de filtres Brisalto arrive dans la mauvaise taille.",
        "Abonnement Care augmenté de 30 % sans prévenir. Je suis de moins en moins contente de Brisalto.",
        "FURIEUSE. 60 € de « supplément d'accès » parce que l'unité extérieure est sur le toit-terrasse... là où l'installateur Brisalto l'a mise !",
        "Mon voisin fait son entretien chez {comp}, je les ai réservés pour la semaine prochaine. Fini d'attendre.",
    ],
    "de": [
        "Brisalto-Techniker sollte zwischen 8 und 12 kommen, kam um 15 Uhr ohne Anruf. Die Wartung selbst war okay.",
        "Diesmal wurde nur das Innengerät gereinigt, das Außengerät hat keiner angeschaut. Etwas enttäuscht.",
        "Zum zweiten Mal kommt das Filterpaket von Brisalto in der falschen Größe.",
        "Care-Beitrag um 30 % erhöht, ohne Ankündigung. Ich bin mit Brisalto jeden Monat unzufriedener.",
        "STINKSAUER. 60 € „Zugangszuschlag“, weil das Außengerät auf der Dachterrasse steht... wo es der Brisalto-Monteur selbst hingestellt hat!",
        "Mein Nachbar lässt bei {comp} warten, ich habe die für nächste Woche gebucht. Ich warte nicht mehr.",
    ],
    "it": [
        "Il tecnico Brisalto doveva venire tra le 8 e le 12, è arrivato alle 15 senza avvisare. La manutenzione comunque fatta bene.",
        "Stavolta hanno pulito solo l'unità interna, quella esterna nessuno l'ha guardata. Un po' delusa.",
        "Seconda volta che il pacco filtri Brisalto arriva della misura sbagliata.",
        "Canone Care aumentato del 30 % senza avvisare. Ogni mese sono meno contenta di Brisalto.",
        "FURIOSA. 60 € di «supplemento accesso» perché l'unità esterna è sul terrazzo... dove l'ha messa l'installatore di Brisalto!",
        "Il mio vicino fa la manutenzione con {comp}, li ho già prenotati per la settimana prossima. Basta aspettare.",
    ],
    "pt": [
        "O técnico da Brisalto devia vir entre as 8 e as 12, chegou às 15h sem avisar. A revisão em si foi bem feita.",
        "Desta vez só limparam a unidade interior, a exterior ninguém viu. Um pouco desiludida.",
        "Segunda vez que o pack de filtros da Brisalto chega no tamanho errado.",
        "Mensalidade Care aumentada 30 % sem aviso. Cada mês estou menos contente com a Brisalto.",
        "FURIOSA. 60 € de «suplemento de acesso» porque a unidade exterior está no terraço... onde o instalador da Brisalto a pôs!",
        "O meu vizinho faz a manutenção com a {comp}, já os marquei para a próxima semana. Chega de esperar.",
    ],
}

LEAVE_REASON: dict[str, list[str]] = {
    "es": [
        "Nos mudamos a un piso de alquiler con calefacción central y sin aire, así que el plan ya no tiene sentido.",
        "Hemos vendido la casa donde estaba la bomba de calor.",
    ],
    "en": [
        "We're moving into a rented flat with communal heating and no air con, so the plan makes no sense any more.",
        "We've sold the house the heat pump was in.",
    ],
    "fr": ["Nous avons vendu la maison où était la pompe à chaleur."],
    "de": ["Wir ziehen in eine Mietwohnung mit Zentralheizung und ohne Klimaanlage."],
    "it": ["Abbiamo venduto la casa dove c'era la pompa di calore."],
    "pt": ["Vendemos a casa onde estava a bomba de calor."],
}

LEAVE_SUBJECT: dict[str, str] = {
    "es": "Baja del plan Care",
    "en": "Cancelling Care",
    "fr": "Résiliation Care",
    "de": "Kündigung Care",
    "it": "Disdetta Care",
    "pt": "Cancelar o Care",
}

LEAVE_BODY: dict[str, str] = {
    "es": "Hola:\n\n{reason} Quiero dar de baja el plan Care y cerrar mi cuenta de Brisalto. ¿Cómo lo hago?\n\nGracias por todo,\n{name}",
    "en": "Hi,\n\n{reason} I'd like to cancel Care and close my Brisalto account. How do I do that?\n\nThanks for everything,\n{name}",
    "fr": "Bonjour,\n\n{reason} Je souhaite résilier Care et fermer mon compte Brisalto. Comment faire ?\n\nMerci pour tout,\n{name}",
    "de": "Hallo,\n\n{reason} Ich möchte Care kündigen und mein Brisalto-Konto schließen. Wie geht das?\n\nDanke für alles,\n{name}",
    "it": "Buongiorno,\n\n{reason} Vorrei disdire il piano Care e chiudere il mio account Brisalto. Come faccio?\n\nGrazie di tutto,\n{name}",
    "pt": "Olá,\n\n{reason} Quero cancelar o plano Care e fechar a minha conta Brisalto. Como faço?\n\nObrigado por tudo,\n{name}",
}

LEAVE_ANSWER: dict[str, str] = {
    "es": "Hola {name}:\n\nSentimos que te vayas. Puedes darte de baja tú mismo en la app o en la web (Mi cuenta > Plan Care > Cancelar). Aquí estamos para lo que necesites.\n\n{agent}, Brisalto",
    "en": "Hi {name},\n\nSorry to see you go. You can cancel yourself in the app or on the website (My account > Care > Cancel). We're here if you need anything.\n\n{agent}, Brisalto",
    "fr": "Bonjour {name},\n\nNous sommes désolés de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site (Mon compte > Care > Résilier).\n\n{agent}, Brisalto",
    "de": "Hallo {name},\n\nschade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen (Mein Konto > Care > Kündigen).\n\n{agent}, Brisalto",
    "it": "Buongiorno {name},\n\nci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito (Il mio account > Care > Disdici).\n\n{agent}, Brisalto",
    "pt": "Olá {name},\n\nlamentamos vê-lo partir. Pode cancelar na app ou no site (A minha conta > Care > Cancelar).\n\n{agent}, Brisalto",
}

# Steadily grumpy customers (es and en only): small, lasting annoyances.
GRUMBLES: dict[str, list[str]] = {
    "es": [
        "La app de Brisalto me cierra la sesión CADA vez que la abro. Cada vez.",
        "¿De verdad hace falta mandar el SMS de «mañana tenemos visita» a las 6 de la mañana?",
        "Franjas de 4 horas para una revisión. En 2026.",
        "25 minutos de musiquita en espera para cambiar una cita. Otra vez.",
        "La caja del pack de filtros es enorme y el cartón no cabe en el contenedor. Menudo derroche.",
        "El termostato de la app va con dos minutos de retraso: subes un grado y no pasa nada.",
        "Tres años con vosotros y la web sigue sin dejar elegir técnico.",
    ],
    "en": [
        "The Brisalto app logs me out EVERY single time I open it.",
        "Does the 'visit tomorrow' text really have to arrive at 6am?",
        "4-hour windows for a service visit. In 2026.",
        "25 minutes of hold music to move an appointment. Again.",
        "The filter pack box is enormous and the cardboard doesn't fit in the recycling bin. Such a waste.",
        "App thermostat lags two minutes behind: turn it up a degree and nothing happens.",
        "Three years with Brisalto and the website still won't let you choose an engineer.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "es": [
        "Qué maravilla, la reparación «exprés» de Brisalto llegó el noveno día de la ola de calor, justo a tiempo para el otoño 👏",
        "Gracias Brisalto por el recuerdo de la instalación: polvo de yeso en TODOS los muebles 😂",
    ],
    "en": [
        "Love that the 'express' repair from Brisalto arrived on day nine of the heatwave, just in time for autumn 👏",
        "Thanks Brisalto for the souvenir from the install: plaster dust on literally every surface 😂",
    ],
    "fr": [
        "Merci Brisalto pour le souvenir de l'installation : de la poussière de plâtre sur TOUS les meubles 😂"
    ],
    "de": [
        "Danke Brisalto für das Andenken an die Montage: Gipsstaub auf WIRKLICH jedem Möbelstück 😂"
    ],
    "it": [
        "Grazie Brisalto per il ricordino dell'installazione: polvere di gesso su TUTTI i mobili 😂"
    ],
    "pt": ["Obrigada Brisalto pela lembrança da instalação: pó de gesso em TODOS os móveis 😂"],
}

# One mild grumble (question, agent's answer).
MILD: dict[str, list[tuple[str, str]]] = {
    "es": [
        (
            "La gráfica de consumo de la app tarda un montón en cargar hoy, ¿pasa algo?",
            "Estamos mejorando la carga de la gráfica, gracias por avisar. Un saludo, {agent}",
        ),
        (
            "El buscador de la web dice que el técnico más cercano está en otra provincia, ¿seguro?",
            "Muestra la base del técnico, pero cubrimos tu zona sin problema. {agent}",
        ),
    ],
    "en": [
        (
            "The energy graph in the app takes forever to load today, is something up?",
            "We're working on speeding the graph up, thanks for flagging it. {agent}",
        ),
        (
            "The engineer finder on the website says the nearest one is in another county, is that right?",
            "It shows the engineer's home base, but we cover your area no problem. {agent}",
        ),
    ],
    "fr": [
        (
            "Le graphique de consommation de l'appli met un temps fou à charger aujourd'hui, c'est normal ?",
            "Nous améliorons le chargement du graphique, merci du signalement. {agent}",
        )
    ],
    "de": [
        (
            "Die Verbrauchsgrafik in der App lädt heute ewig, ist was?",
            "Wir arbeiten daran, die Grafik schneller zu machen. Danke für den Hinweis. {agent}",
        )
    ],
    "it": [
        (
            "Il grafico dei consumi nell'app ci mette un'eternità a caricarsi oggi, succede qualcosa?",
            "Stiamo velocizzando il grafico, grazie della segnalazione. {agent}",
        )
    ],
    "pt": [
        (
            "O gráfico de consumo da app demora imenso a carregar hoje, passa-se alguma coisa?",
            "Estamos a melhorar o carregamento do gráfico, obrigado pelo aviso. {agent}",
        )
    ],
}

MILD_ACK_SUBJECT: dict[str, str] = {
    "es": "Tu mensaje",
    "en": "Your message",
    "fr": "Votre message",
    "de": "Ihre Nachricht",
    "it": "Il tuo messaggio",
    "pt": "A sua mensagem",
}

# ----------------------------------------------------------------- the spike
SPIKE_CODE = "BZ:F27"

SPIKE_REPORT: dict[str, list[str]] = {
    "es": [
        "El aire del salón lleva desde las 9 pitando cada minuto con «F27» en la pantalla y la app dice «Revisión vencida BZ:F27». Los filtros los cambié la semana pasada. Solo se calla si bajo el diferencial y entonces nos quedamos sin calefacción.",
        "Nos ha despertado el split pitando sin parar, en la pantalla F27 y en la app de Brisalto un aviso rojo BZ:F27 que no se puede cerrar. ¿Qué pasa?",
        "¿Alguien más con el aparato de Brisalto pitando cada minuto esta mañana? Código BZ:F27, lo apago con el mando y sigue pitando.",
        "Tres pitidos cada minuto desde las 9 y el bebé sin dormir. F27 en el display, la app dice revisión vencida y la revisión la hicisteis en octubre!!",
        "Buenos días a todos menos al split, que lleva media hora pitando. F27 y «Revisión vencida BZ:F27» en la app. Revisión hecha hace tres semanas. Brisalto, ¿qué habéis tocado?",
        "pitido cada minuto en las dos unidades de casa, codigo BZ:F27. Las he apagado con el mando y NADA. Solo bajando el automático, y hace frío.",
    ],
    "en": [
        "Heat pump indoor unit's been beeping every minute since 8am with F27 on the display, app says 'Service overdue BZ:F27'. Service was done last month. Only way to stop it is the fuse box and then there's no heating.",
        "Woken up by the bedroom unit beeping three times a minute. Red banner in the Brisalto app, BZ:F27, can't dismiss it. What's going on?",
        "anyone else's Brisalto unit beeping nonstop this morning? code BZ:F27, turned it off on the remote and it STILL beeps",
        "Beeping every 60 seconds since 8, F27 on the screen, the dog's going mad. Filters are brand new. Brisalto please fix this",
        "Both indoor units beeping once a minute since about 8, F27 on the displays, Brisalto app says service overdue (BZ:F27). They were serviced three weeks ago. What have you pushed out?",
        "Saturday lie-in ruined. Unit beeps every minute, F27, and the only way to shut it up is the breaker. House is freezing now. BZ:F27 in the app.",
    ],
    "fr": [
        "Mon climatiseur bipe toutes les minutes depuis 9h avec « F27 » à l'écran, et l'appli affiche « Entretien dépassé BZ:F27 ». L'entretien a été fait en octobre !",
        "Quelqu'un d'autre a son appareil Brisalto qui bipe sans arrêt ce matin ? Code BZ:F27, même éteint à la télécommande.",
    ],
    "de": [
        "Das Innengerät piept seit 9 Uhr jede Minute, im Display F27, in der App „Wartung überfällig BZ:F27“. Die Wartung war im Oktober! Aus geht es nur über die Sicherung, dann ist die Heizung aus.",
        "Noch jemand, bei dem das Brisalto-Gerät heute früh dauernd piept? Code BZ:F27, mit der Fernbedienung aus und es piept weiter.",
    ],
    "it": [
        "Il climatizzatore suona ogni minuto dalle 9 con F27 sul display e l'app dice «Manutenzione scaduta BZ:F27». La manutenzione l'avete fatta a ottobre!",
        "Qualcun altro ha l'unità Brisalto che suona di continuo stamattina? Codice BZ:F27, spenta col telecomando e continua.",
    ],
    "pt": [
        "O ar condicionado apita de minuto a minuto desde as 8 com F27 no ecrã e a app diz «Revisão em atraso BZ:F27». A revisão foi em outubro!",
        "Mais alguém com o aparelho da Brisalto a apitar sem parar esta manhã? Código BZ:F27, desligado no comando e continua.",
    ],
}

SPIKE_SUBJECT: dict[str, str] = {
    "es": "Aparato pitando sin parar - BZ:F27",
    "en": "Unit beeping nonstop - BZ:F27",
    "fr": "Appareil qui bipe sans arrêt (BZ:F27)",
    "de": "Gerät piept ununterbrochen – BZ:F27",
    "it": "Condizionatore che suona di continuo BZ:F27",
    "pt": "Aparelho a apitar sem parar BZ:F27",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "es": [
        "Sigue pitando. Ahora también el de la habitación de los niños, BZ:F27. Por favor, decid algo.",
        "Os he escrito antes: sigue igual, F27 y pitidos cada minuto. He bajado el diferencial y estamos a 16 grados en casa.",
    ],
    "en": [
        "Still beeping. Now the kids' room unit has started as well, BZ:F27. Please say something.",
        "Wrote earlier: same again, F27 and beeping every minute. Had to switch it off at the fuse box, house is at 16 degrees.",
    ],
    "fr": [
        "Ça bipe toujours, BZ:F27, et maintenant aussi l'appareil de la chambre. Une réponse svp."
    ],
    "de": [
        "Piept immer noch, BZ:F27, jetzt auch das Gerät im Kinderzimmer. Bitte melden Sie sich."
    ],
    "it": ["Suona ancora, BZ:F27, e adesso anche quello della cameretta. Fateci sapere qualcosa."],
    "pt": ["Continua a apitar, BZ:F27, e agora também o do quarto dos miúdos. Digam alguma coisa."],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "es": "Sí, lo sentimos mucho: desde esta mañana los controladores Link hacen pitar los equipos con el aviso BZ:F27 por error. Nuestros ingenieros ya están en ello. {agent}",
    "en": "Yes, we're so sorry: since this morning Link controllers are making units beep with a false BZ:F27 warning. Our engineers are on it right now. {agent}",
    "fr": "Oui, désolés : depuis ce matin les contrôleurs Link font biper les appareils avec une fausse alerte BZ:F27. Nos ingénieurs y travaillent. {agent}",
    "de": "Ja, das tut uns leid: Seit heute früh lassen die Link-Steuerungen die Geräte mit einer falschen BZ:F27-Meldung piepen. Unsere Technik ist dran. {agent}",
    "it": "Sì, ci dispiace: da stamattina i controller Link fanno suonare gli apparecchi con un falso avviso BZ:F27. I nostri tecnici ci stanno lavorando. {agent}",
    "pt": "Sim, lamentamos: desde esta manhã os controladores Link fazem apitar os aparelhos com um falso aviso BZ:F27. Os nossos engenheiros já estão a tratar. {agent}",
}

SPIKE_FIXED_SUBJECT: dict[str, str] = {
    "es": "El aviso BZ:F27 está solucionado",
    "en": "BZ:F27 warning fixed",
    "fr": "Alerte BZ:F27 corrigée",
    "de": "BZ:F27-Meldung behoben",
    "it": "Avviso BZ:F27 risolto",
    "pt": "Aviso BZ:F27 resolvido",
}

SPIKE_FIXED: dict[str, str] = {
    "es": "Hola {name}:\n\nDesde las {time} el aviso BZ:F27 ha desaparecido de todos los controladores Link y los equipos han dejado de pitar; no tienes que hacer nada. Sentimos mucho el susto y el madrugón: te hemos añadido {credit} de saldo.\n\n{agent}, Brisalto",
    "en": "Hi {name},\n\nSince {time} the BZ:F27 warning has gone from every Link controller and the units have stopped beeping; there's nothing you need to do. We're really sorry for the noise and the early start: we've added {credit} credit to your account.\n\n{agent}, Brisalto",
    "fr": "Bonjour {name},\n\nDepuis {time} l'alerte BZ:F27 a disparu de tous les contrôleurs Link et les appareils ne bipent plus ; vous n'avez rien à faire. Toutes nos excuses : nous avons ajouté {credit} de crédit à votre compte.\n\n{agent}, Brisalto",
    "de": "Hallo {name},\n\nseit {time} Uhr ist die BZ:F27-Meldung von allen Link-Steuerungen verschwunden und die Geräte piepen nicht mehr; Sie müssen nichts tun. Entschuldigung für den Lärm: Wir haben Ihnen {credit} gutgeschrieben.\n\n{agent}, Brisalto",
    "it": "Buongiorno {name},\n\ndalle {time} l'avviso BZ:F27 è sparito da tutti i controller Link e gli apparecchi non suonano più; non devi fare nulla. Ci scusiamo: ti abbiamo accreditato {credit}.\n\n{agent}, Brisalto",
    "pt": "Olá {name},\n\ndesde as {time} o aviso BZ:F27 desapareceu de todos os controladores Link e os aparelhos deixaram de apitar; não precisa de fazer nada. Pedimos desculpa: acrescentámos {credit} de crédito à sua conta.\n\n{agent}, Brisalto",
}

# The lone questions of the Friday before (es, en): a filter reset that worked.
LONE_Q: dict[str, tuple[str, str]] = {
    "es": (
        "Anoche cambié los filtros y el split dio un pitido y enseñó un simbolito de filtro unos segundos, luego normal. ¿Tengo que resetear algo más?",
        "No, ese pitido confirma que el contador de filtros se ha puesto a cero. Todo correcto. {agent}",
    ),
    "en": (
        "Changed the filters last night and the unit gave one beep and showed a little filter symbol for a few seconds, then back to normal. Do I need to reset anything else?",
        "No, that beep just confirms the filter counter has been reset. All fine. {agent}",
    ),
}

# The calm week's two grumbles (Monday): the schedules page slow to load.
SLOW_SCHEDULES: dict[str, tuple[str, str]] = {
    "es": (
        "La página de programas de la app de Link tarda casi un minuto en abrir, ¿os pasa a todos?",
        "Sí, lo estamos mirando, hoy va lenta. Los programas siguen funcionando igual. {agent}",
    ),
    "en": (
        "The schedules page in the Link app takes nearly a minute to open, is it just me?",
        "Not just you, it's slow today and we're on it. Your schedules still run as normal. {agent}",
    ),
}
