"""Wording of heldout259 (Voltiera, home EV wallbox installation and care), six languages."""

# ruff: noqa: E501

LANGS = ("it", "es", "de", "en", "fr", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKET = {"it": "IT", "es": "ES", "de": "DE", "en": "UK", "fr": "FR", "pt": "PT"}
FIRST = {
    "it": ["Giulia", "Marco", "Chiara", "Davide", "Silvia", "Lorenzo", "Elena", "Paolo"],
    "es": ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Álvaro", "Inés", "Raúl"],
    "de": ["Jana", "Tobias", "Heike", "Florian", "Sabine", "Jörg"],
    "en": ["Hannah", "Gareth", "Siobhan", "Callum", "Priya", "Owen"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Solène", "Régis"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Catarina", "Nuno"],
}
LAST = {
    "it": ["Ferraro", "Galli", "Colombo", "Bruno", "Marchetti", "Rinaldi", "Fontana", "Greco"],
    "es": ["Navarro", "Ortega", "Delgado", "Castro", "Molina", "Rubio", "Vidal", "Serrano"],
    "de": ["Krüger", "Hoffmann", "Vogel", "Seidel", "Brandt", "Lorenz"],
    "en": ["Pritchard", "Doyle", "Hughes", "Fenwick", "Marsh", "Okafor"],
    "fr": ["Lemoine", "Garnier", "Roussel", "Faure", "Perrin", "Barbier"],
    "pt": ["Ferreira", "Teixeira", "Lopes", "Moreira", "Pinto", "Carvalho"],
}
COMPETITORS = ("Caricon", "Spinaxa")
PRODUCTS = [
    "Wallbox 11 kW, installed",
    "Cable 7 m Type 2",
    "Annual safety check",
    "Voltiera Smart, monthly",
]

PRAISE = {
    "it": [
        "Installatori puntualissimi, in due ore la wallbox era su e il garage pulito. Bravi Voltiera!",
        "Con Voltiera Smart carico di notte e la bolletta è scesa davvero. Soddisfatto.",
        "Terza ricarica completa senza toccare niente, l'app fa tutto da sola 👍",
    ],
    "es": [
        "El instalador de Voltiera vino a su hora, lo dejó todo recogido y me explicó la app con calma. Genial",
        "Cargando de noche con Voltiera Smart, la factura ha bajado un montón. Muy contenta",
        "Otra vez el coche al 80% por la mañana sin hacer nada, qué gusto",
    ],
    "de": [
        "Wallbox von Voltiera in zwei Stunden montiert, Kabel sauber verlegt. Top!",
        "Seit Voltiera Smart lade ich nachts und zahle spürbar weniger.",
    ],
    "en": [
        "Voltiera fitted the charger in under two hours and hoovered up after. Lovely job",
        "Smart charging overnight has knocked a good chunk off the bill, happy",
    ],
    "fr": [
        "Borne posée par Voltiera en une matinée, câbles bien rangés, rien à redire",
        "Avec Voltiera Smart je recharge la nuit, la facture a vraiment baissé",
    ],
    "pt": [
        "A Voltiera instalou o carregador numa manhã, tudo arrumado. Impecável",
        "Com o Voltiera Smart carrego de noite e a conta desceu bastante",
    ],
}
QUESTION = {
    "it": [
        "Buongiorno, posso spostare la ricarica programmata alle 23 invece che all'una?",
        "Ciao, la verifica annuale è compresa in Voltiera Smart?",
    ],
    "es": [
        "Hola, ¿puedo cambiar la carga programada para que empiece a las 23h?",
        "Buenas, ¿la revisión anual entra en Voltiera Smart o se paga aparte?",
    ],
    "de": ["Hallo, kann ich die geplante Ladung auf 23 Uhr vorziehen?"],
    "en": ["Hi, can I move the scheduled charge to start at 11pm instead?"],
    "fr": ["Bonjour, je peux décaler la recharge programmée à 23h ?"],
    "pt": ["Olá, posso mudar o carregamento programado para as 23h?"],
}
ANSWER = {
    "it": "Certo! In app: Ricarica > Programma, scegli l'orario e salva. Buona serata",
    "es": "¡Claro! En la app: Carga > Programar, eliges la hora y guardas. Un saludo",
    "de": "Gern! In der App unter Laden > Zeitplan die Uhrzeit wählen und speichern.",
    "en": "Of course! In the app go to Charging > Schedule, pick the time and save.",
    "fr": "Bien sûr ! Dans l'appli : Recharge > Planifier, choisissez l'heure et validez.",
    "pt": "Claro! Na app: Carregamento > Agendar, escolha a hora e guarde.",
}
THANKS = {
    "it": ["grazie mille, fatto", "Perfetto grazie!"],
    "es": ["Genial, gracias!", "ok hecho, gracias 🙂"],
    "de": ["Danke, hat geklappt"],
    "en": ["Cheers, sorted"],
    "fr": ["Merci, c'est fait"],
    "pt": ["Obrigada, já está"],
}
NIGHT = {
    "it": [
        "Turno di notte finito, torno e la macchina è già carica. Voltiera mi salva la vita",
        "Le 2 di notte e controllo la ricarica dall'app come fosse Netflix 😅",
    ],
    "es": [
        "Salgo del turno de noche y el coche ya cargado. Voltiera, os quiero",
        "Las 3 de la mañana mirando la curva de carga en la app, normal no estoy",
    ],
    "de": ["Nachtschicht vorbei, Auto voll. Danke Voltiera"],
    "en": ["3am and watching the charge curve in the Voltiera app like it's telly"],
    "fr": ["Fin de garde de nuit, la voiture est pleine. Merci Voltiera"],
    "pt": ["Saio do turno da noite e o carro já está carregado. Obrigado Voltiera"],
}
PROBLEMS = ("no_show", "double_charge", "tripping")
COMPLAINT = {
    "no_show": {
        "it": [
            "Ho preso mezza giornata di ferie per l'installazione e l'installatore non si è presentato. Nessuna chiamata, niente.",
            "Appuntamento fissato dalle 8 alle 12, alle 13 ancora nessuno. Inaccettabile.",
        ],
        "es": [
            "Pedí la mañana libre para la instalación y el técnico NO vino. Ni una llamada.",
            "Cita de 8 a 12 y a la una aquí no ha aparecido nadie. Vergonzoso.",
        ],
        "de": ["Halben Tag Urlaub genommen, der Installateur kam einfach nicht. Kein Anruf."],
        "en": [
            "Took half a day off for the install and the engineer never turned up. Not even a call."
        ],
        "fr": [
            "J'ai posé une demi-journée pour l'installation et le technicien n'est jamais venu."
        ],
        "pt": [
            "Tirei meio dia de férias para a instalação e o técnico não apareceu. Nem um telefonema."
        ],
    },
    "double_charge": {
        "it": [
            "Mi avete addebitato l'abbonamento Voltiera Smart DUE volte questo mese. Rivoglio i soldi.",
            "Doppio addebito di 19,90 € sulla carta, controllate per favore, sono arrabbiata.",
        ],
        "es": [
            "Me habéis cobrado Voltiera Smart DOS veces este mes. Quiero mi dinero ya.",
            "Cargo doble de 19,90 € en la tarjeta. Estoy harta.",
        ],
        "de": ["Voltiera Smart wurde diesen Monat ZWEIMAL abgebucht. Ich will mein Geld zurück."],
        "en": ["You've taken the Smart plan payment TWICE this month. I want it back."],
        "fr": ["Vous avez prélevé Voltiera Smart DEUX fois ce mois-ci. Remboursez-moi."],
        "pt": ["Cobraram o Voltiera Smart DUAS vezes este mês. Quero o dinheiro de volta."],
    },
    "tripping": {
        "it": [
            "La wallbox fa saltare il differenziale ogni notte, stamattina macchina scarica e sono arrivato tardi al lavoro.",
            "Da tre giorni la colonnina stacca la corrente di casa a metà ricarica. Mandate qualcuno.",
        ],
        "es": [
            "La wallbox hace saltar el diferencial cada noche, hoy el coche sin cargar y he llegado tarde al curro.",
            "Tres días que el cargador tumba la luz de toda la casa a mitad de carga. Mandad a alguien.",
        ],
        "de": ["Die Wallbox löst jede Nacht den FI aus, heute Auto leer und zu spät zur Arbeit."],
        "en": [
            "The charger trips the RCD every night, car flat this morning and I was late for work."
        ],
        "fr": [
            "La borne fait sauter le différentiel chaque nuit, voiture vide ce matin, en retard au boulot."
        ],
        "pt": [
            "O carregador faz disparar o diferencial todas as noites, hoje o carro sem carga e cheguei atrasado."
        ],
    },
}
LETTER = {
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con mia figlia che ha la febbre, quindi perdonate la fretta. Siamo clienti da un anno e finora tutto bene, ma ",
        "\n\nVi chiedo di risolvere subito e di richiamarmi.\n\nCordiali saluti\n",
    ),
    "es": (
        "Hola,\n\nos escribo desde el coche, esperando a que salga mi madre de la fisio, así que perdonad si me enrollo. Llevamos un año con vosotros y hasta ahora todo bien, pero ",
        "\n\nOs pido que lo arregléis ya y que me llaméis.\n\nUn saludo\n",
    ),
}
CALL = {
    "no_show": {
        "it": "sì buongiorno chiamo perché oggi dovevate installare la wallbox e non è venuto nessuno ho preso ferie apposta",
        "es": "hola mire llamo porque hoy tenían que instalarme el cargador y no ha venido nadie y me he pedido el día",
        "de": "ja hallo heute sollte die Wallbox montiert werden und es kam niemand ich hab extra Urlaub genommen",
        "en": "hi yeah I'm calling because the engineer was meant to fit the charger today and nobody came",
        "fr": "oui bonjour on devait installer la borne ce matin et personne n'est venu j'ai posé ma journée",
        "pt": "olá ligo porque hoje vinham instalar o carregador e não apareceu ninguém tirei o dia",
    },
    "double_charge": {
        "it": "salve mi avete addebitato due volte il piano smart questo mese vorrei il rimborso",
        "es": "buenas me han cobrado dos veces el plan smart este mes quiero que me lo devuelvan",
        "de": "guten Tag Sie haben den Smart Tarif zweimal abgebucht ich will das Geld zurück",
        "en": "hello you've charged me twice for the smart plan this month I want a refund",
        "fr": "bonjour vous m'avez prélevé deux fois le forfait smart ce mois ci je veux être remboursé",
        "pt": "boa tarde cobraram duas vezes o plano smart este mês quero o reembolso",
    },
    "tripping": {
        "it": "buongiorno la colonnina fa saltare la corrente ogni notte e stamattina la macchina era scarica",
        "es": "hola el cargador me hace saltar la luz cada noche y esta mañana el coche estaba sin cargar",
        "de": "hallo die Wallbox löst jede Nacht die Sicherung aus und heute früh war das Auto leer",
        "en": "hi the charger keeps tripping the power every night and the car was flat this morning",
        "fr": "bonjour la borne fait disjoncter tous les soirs et ce matin la voiture était vide",
        "pt": "olá o carregador faz ir a luz abaixo todas as noites e hoje o carro estava sem carga",
    },
}
SUBJECT = {
    "it": "Reclamo: ",
    "es": "Reclamación: ",
    "de": "Beschwerde: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
}
TOPIC = {
    "no_show": {
        "it": "installazione saltata",
        "es": "instalación fallida",
        "de": "Montage ausgefallen",
        "en": "missed install",
        "fr": "installation manquée",
        "pt": "instalação falhada",
    },
    "double_charge": {
        "it": "doppio addebito",
        "es": "cobro doble",
        "de": "doppelte Abbuchung",
        "en": "double charge",
        "fr": "double prélèvement",
        "pt": "cobrança dupla",
    },
    "tripping": {
        "it": "wallbox fa saltare la corrente",
        "es": "el cargador tumba la luz",
        "de": "Wallbox löst FI aus",
        "en": "charger tripping",
        "fr": "borne qui disjoncte",
        "pt": "carregador dispara",
    },
}
CASE_OPENED = {
    "it": "Gentile {name}, abbiamo aperto la pratica {ref}. La aggiorneremo entro 24 ore.",
    "es": "Hola {name}, hemos abierto la incidencia {ref}. Te escribimos en 24 horas.",
    "de": "Hallo {name}, wir haben den Vorgang {ref} angelegt und melden uns binnen 24 Stunden.",
    "en": "Hi {name}, we've opened case {ref} and will update you within 24 hours.",
    "fr": "Bonjour {name}, nous avons ouvert la demande {ref}, retour sous 24 h.",
    "pt": "Olá {name}, abrimos o pedido {ref}. Respondemos em 24 horas.",
}
ESCALATED = {
    "it": "Gentile {name}, la pratica {ref} è passata al nostro responsabile qualità, che la chiamerà entro venerdì.",
    "es": "Hola {name}, la incidencia {ref} la lleva ya nuestra responsable de calidad, que te llamará antes del viernes.",
    "de": "Hallo {name}, Vorgang {ref} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitag anruft.",
    "en": "Hi {name}, case {ref} is now with our quality lead, who will call you before Friday.",
    "fr": "Bonjour {name}, la demande {ref} est chez notre responsable qualité, qui vous appelle avant vendredi.",
    "pt": "Olá {name}, o pedido {ref} está com a nossa responsável de qualidade, que liga até sexta.",
}
GOOD_NEWS = {
    "it": "Buone notizie sulla pratica {ref}: abbiamo risolto. Ci conferma che ora va tutto bene?",
    "es": "Buenas noticias sobre {ref}: está solucionado. ¿Nos confirmas que ya va bien?",
    "de": "Gute Nachricht zu {ref}: erledigt. Können Sie bestätigen, dass alles passt?",
    "en": "Good news on {ref}: it's fixed. Could you confirm all is well now?",
    "fr": "Bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous confirmer ?",
    "pt": "Boas notícias sobre {ref}: resolvido. Pode confirmar que está tudo bem?",
}
CONFIRM = {
    "it": ["Confermo, {ref} risolta. Grazie", "sì tutto a posto con {ref}, grazie!"],
    "es": ["Confirmado, {ref} resuelto. Gracias", "Sí, todo bien ya con {ref}, gracias"],
    "de": ["Bestätigt, {ref} ist erledigt. Danke"],
    "en": ["Confirmed, {ref} is sorted. Thanks"],
    "fr": ["Je confirme, {ref} est réglé. Merci"],
    "pt": ["Confirmo, {ref} resolvido. Obrigado"],
}
APOLOGY = {
    "it": [
        "Scusate per il tono di ieri, ero fuori di me. Grazie per la pazienza",
        "Ieri ho esagerato, chiedo scusa",
    ],
    "es": ["Perdón por cómo os hablé ayer, estaba desbordada. Gracias", "Ayer me pasé, lo siento"],
    "de": ["Sorry für gestern, war sehr gereizt"],
    "en": ["Sorry about my tone yesterday, bad day"],
    "fr": ["Désolé pour mon ton d'hier"],
    "pt": ["Desculpem o tom de ontem"],
}
STILL = {
    "it": "Pratica {ref}: ancora niente. Il problema è sempre lì: {topic}.",
    "es": "Incidencia {ref}: sigue igual, nada resuelto ({topic}).",
    "de": "Vorgang {ref}: immer noch nicht gelöst ({topic}).",
    "en": "Case {ref}: still not fixed ({topic}).",
    "fr": "Demande {ref} : toujours pas réglé ({topic}).",
    "pt": "Pedido {ref}: continua por resolver ({topic}).",
}
THIRD = {
    "it": " Un collega ha la wallbox di {comp} e gliel'hanno sistemata in giornata.",
    "es": " Mi cuñado tiene {comp} y se lo arreglaron en el día.",
    "de": " Ein Kollege hat {comp}, da ging das am selben Tag.",
    "en": " A mate with {comp} had this sorted the same day.",
    "fr": " Un collègue chez {comp} a été dépanné le jour même.",
    "pt": " Um colega com a {comp} resolveu isto no mesmo dia.",
}
FOURTH = {
    "it": " È la QUARTA volta che scrivo.",
    "es": " Es la CUARTA vez que escribo.",
    "de": " Ich schreibe zum VIERTEN Mal.",
    "en": " This is the FOURTH time I've written.",
    "fr": " C'est la QUATRIÈME fois.",
    "pt": " É a QUARTA vez que escrevo.",
}
URGENT = {
    "it": "Aggiunto alla pratica {ref}, segnato come urgente.",
    "es": "Añadido a {ref}, marcado como urgente.",
    "de": "Zu {ref} ergänzt, als dringend markiert.",
    "en": "Added to {ref}, marked urgent.",
    "fr": "Ajouté à {ref}, marqué urgent.",
    "pt": "Adicionado a {ref}, marcado como urgente.",
}
SLIDE = {
    "it": [
        "La nuova app non mi fa più vedere i kWh di ieri, peccato.",
        "Verifica annuale rimandata due volte, mah.",
        "Ricarica programmata partita alle 18, in piena fascia cara. Ottimo.",
        "Tre settimane per una risposta sulla bolletta. Sto perdendo la pazienza.",
        "Mi addebitate 45 € di 'uscita tecnico' per un guasto vostro. Vergogna.",
        "Basta, mio cognato ha {comp}: sto chiedendo un preventivo a loro.",
    ],
    "es": [
        "La app nueva ya no enseña los kWh de ayer, una pena.",
        "La revisión anual aplazada dos veces, en fin.",
        "La carga programada empezó a las 18h, en plena hora cara. Estupendo.",
        "Tres semanas sin respuesta sobre la factura. Se me acaba la paciencia.",
        "45 € de 'desplazamiento' por un fallo vuestro. Vergüenza.",
        "Se acabó, mi vecino tiene {comp} y ya les he pedido presupuesto.",
    ],
    "de": [
        "Die neue App zeigt die kWh von gestern nicht mehr, schade.",
        "Jahrescheck zweimal verschoben.",
        "Geplante Ladung startete um 18 Uhr, im teuren Tarif. Super.",
        "Drei Wochen keine Antwort zur Rechnung.",
        "45 € Anfahrt für euren eigenen Fehler. Frechheit.",
        "Reicht. Mein Schwager hat {comp}, Angebot ist angefragt.",
    ],
    "en": [
        "New app doesn't show yesterday's kWh any more, shame.",
        "Annual check moved twice now.",
        "Scheduled charge kicked off at 6pm, peak rate. Great.",
        "Three weeks, no answer on the bill.",
        "£40 call-out for your own fault. Disgraceful.",
        "Done. My brother-in-law uses {comp}, asked them for a quote.",
    ],
    "fr": [
        "La nouvelle appli n'affiche plus les kWh d'hier, dommage.",
        "Contrôle annuel reporté deux fois.",
        "Recharge programmée lancée à 18h, heure pleine. Bravo.",
        "Trois semaines sans réponse sur la facture.",
        "45 € de déplacement pour votre propre panne. Honteux.",
        "Fini. Mon beau-frère est chez {comp}, devis demandé.",
    ],
    "pt": [
        "A app nova já não mostra os kWh de ontem, pena.",
        "Revisão anual adiada duas vezes.",
        "Carregamento agendado começou às 18h, hora cara. Ótimo.",
        "Três semanas sem resposta sobre a fatura.",
        "45 € de deslocação por uma avaria vossa. Vergonha.",
        "Chega. O meu cunhado tem a {comp}, já pedi orçamento.",
    ],
}
CANCEL = {
    "it": "Vendiamo la macchina elettrica e ci trasferiamo in centro senza garage. Vorrei disdire Voltiera Smart e chiudere l'account.",
    "es": "Nos mudamos a un piso sin garaje y vendemos el coche. Quiero dar de baja Voltiera Smart y cerrar la cuenta.",
    "de": "Wir ziehen in eine Wohnung ohne Garage. Bitte Voltiera Smart kündigen und Konto schließen.",
    "en": "We're moving to a flat with no parking. Please cancel Voltiera Smart and close my account.",
    "fr": "On déménage sans garage. Je veux résilier Voltiera Smart et fermer mon compte.",
    "pt": "Vamos mudar para um apartamento sem garagem. Quero cancelar o Voltiera Smart e fechar a conta.",
}
SORRY_GO = {
    "it": "Ci dispiace vederla andare. Può disdire da sola nell'app o sul sito, sezione Piano.",
    "es": "Sentimos que te vayas. Puedes darte de baja tú misma en la app o la web, en Plan.",
    "de": "Schade! Sie können in der App oder im Web unter Tarif selbst kündigen.",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website under Plan.",
    "fr": "Dommage ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique Forfait.",
    "pt": "Lamentamos. Pode cancelar na app ou no site, em Plano.",
}
GRUMBLE = {
    "it": [
        "L'app mi slogga ogni volta, che noia.",
        "Il cavo da 5 metri è corto, arriva a malapena.",
        "Notifica 'ricarica completata' alle 6 di mattina, grazie eh.",
    ],
    "es": [
        "La app me desconecta cada vez, qué pesadez.",
        "El cable de 5 metros se queda corto.",
        "Aviso de 'carga completa' a las 6 de la mañana, gracias eh.",
    ],
    "de": ["App loggt mich ständig aus."],
    "en": ["App logs me out every single time."],
    "fr": ["L'appli me déconnecte à chaque fois."],
    "pt": ["A app faz logout sempre."],
}
SARCASM = {
    "it": "Tecnico 'in arrivo tra 10 minuti' da due ore. Puntualità svizzera 👏",
    "es": "El técnico 'llega en 10 minutos' desde hace dos horas. Puntualidad británica 👏",
    "de": "Techniker 'in 10 Minuten da' seit zwei Stunden. Respekt 👏",
    "en": "Engineer '10 minutes away' for two hours now. Impressive 👏",
    "fr": "Technicien 'dans 10 minutes' depuis deux heures. Bravo 👏",
    "pt": "Técnico 'a 10 minutos' há duas horas. Parabéns 👏",
}
MILD = {
    "it": "Lo storico in app mostra la città sbagliata, niente di grave.",
    "es": "El historial de la app pone otra ciudad, nada grave.",
    "de": "Im Verlauf steht die falsche Stadt, nicht schlimm.",
    "en": "App history shows the wrong town, no big deal.",
    "fr": "L'historique affiche la mauvaise ville, pas grave.",
    "pt": "O histórico mostra a cidade errada, nada de grave.",
}
ACK = {
    "it": "Grazie, lo segnaliamo al team app.",
    "es": "Gracias, lo pasamos al equipo de la app.",
    "de": "Danke, geht ans App-Team.",
    "en": "Thanks, passed to the app team.",
    "fr": "Merci, transmis à l'équipe appli.",
    "pt": "Obrigado, passámos à equipa da app.",
}
SPIKE = {
    "it": [
        "L'app non avvia la ricarica, la wallbox lampeggia rosso con errore WB:7E2. Devo uscire tra un'ora!",
        "errore WB:7E2 su tutte e due le colonnine, la macchina non carica",
    ],
    "es": [
        "La app no deja iniciar la carga, el cargador parpadea en rojo con el error WB:7E2. ¡Tengo que salir ya!",
        "error WB:7E2 en el cargador, no carga nada desde esta mañana",
    ],
    "de": ["Ladung startet nicht, Wallbox blinkt rot, Fehler WB:7E2."],
    "en": ["Charger won't start from the app, flashing red, error WB:7E2."],
    "fr": ["Impossible de lancer la recharge, borne en rouge, erreur WB:7E2."],
    "pt": ["Não consigo iniciar o carregamento, erro WB:7E2 a piscar."],
}
SPIKE_AGAIN = {
    "it": "Ancora WB:7E2, provato anche dal telefono di mio marito.",
    "es": "Sigue el WB:7E2, probado también con el móvil de mi pareja.",
    "de": "Immer noch WB:7E2, auch mit dem Handy meiner Frau.",
    "en": "Still WB:7E2, tried my partner's phone too.",
    "fr": "Toujours WB:7E2, même avec le téléphone de ma femme.",
    "pt": "Continua WB:7E2, tentei com o telemóvel da minha mulher.",
}
SPIKE_CHAT = {
    "it": "Sì, l'avvio ricarica da app non funziona in questo momento, i tecnici ci stanno lavorando.",
    "es": "Sí, ahora mismo falla el inicio de carga desde la app, estamos en ello.",
    "de": "Ja, der Ladestart per App fällt gerade aus, wir arbeiten daran.",
    "en": "Yes, starting a charge from the app is failing right now, engineers are on it.",
    "fr": "Oui, le démarrage par l'appli est en panne, nos équipes sont dessus.",
    "pt": "Sim, o início de carga pela app está em falha, estamos a tratar.",
}
SPIKE_FIXED = {
    "it": "La ricarica da app funziona di nuovo dalle 12:05. Le abbiamo accreditato 5 €.",
    "es": "La carga desde la app vuelve a funcionar desde las 12:05. Te hemos abonado 5 €.",
    "de": "Laden per App geht seit 12:05 wieder. 5 € gutgeschrieben.",
    "en": "Charging from the app works again since 11:05. We've credited £4.",
    "fr": "La recharge par l'appli refonctionne depuis 12h05. 5 € crédités.",
    "pt": "O carregamento pela app voltou às 11:05. Creditámos 5 €.",
}
LONE_Q = {
    "it": "Ieri sera l'app ci ha messo un po' ad avviare la ricarica ma poi è partita, è normale?",
    "es": "Anoche la app tardó un poco en iniciar la carga pero luego arrancó, ¿es normal?",
}
LONE_A = {
    "it": "Sì, a volte la wallbox impiega qualche secondo a rispondere. Tutto regolare.",
    "es": "Sí, a veces el cargador tarda unos segundos en responder. Todo correcto.",
}
B2B = {
    "it": (
        "Le fatture delle colonnine aziendali escono senza il nostro numero d'ordine, l'amministrazione le respinge.",
        "Come ha già scritto {first}, fatture senza numero d'ordine. Pratica {ref}.",
        "Pratica {ref} ancora aperta, ne hanno scritto in tre. L'ufficio acquisti ha chiesto un preventivo a {comp}.",
        "Proposta: export dei kWh per centro di costo.",
    ),
    "es": (
        "Las facturas de los cargadores de la oficina llegan sin nuestro número de pedido y contabilidad las rechaza.",
        "Como ya dijo {first}, facturas sin número de pedido. Incidencia {ref}.",
        "{ref} sigue abierta, ya os hemos escrito tres. Compras ha pedido precios a {comp}.",
        "Sugerencia: exportar los kWh por centro de coste.",
    ),
    "de": (
        "Rechnungen für die Firmen-Wallboxen kommen ohne Bestellnummer.",
        "Wie {first} schon schrieb: keine Bestellnummer. Vorgang {ref}.",
        "{ref} weiter offen. Der Einkauf fragt bei {comp} an.",
        "Vorschlag: kWh-Export nach Kostenstelle.",
    ),
    "en": (
        "Invoices for our depot chargers come without our PO number.",
        "As {first} said, no PO number again. Case {ref}.",
        "{ref} still open. Procurement has asked {comp} for rates.",
        "Suggestion: kWh export by cost centre.",
    ),
    "fr": (
        "Les factures des bornes de l'entreprise arrivent sans numéro de commande.",
        "Comme l'a dit {first}, pas de numéro de commande. Demande {ref}.",
        "{ref} toujours ouverte. Les achats consultent {comp}.",
        "Suggestion : export des kWh par centre de coût.",
    ),
    "pt": (
        "As faturas dos carregadores da empresa vêm sem o número de encomenda.",
        "Como a {first} disse, sem número de encomenda. Pedido {ref}.",
        "{ref} continua aberto. As compras pediram preços à {comp}.",
        "Sugestão: exportar kWh por centro de custo.",
    ),
}
SURVEY_WORD = {
    "it": ["ottimo", "", "👍"],
    "es": ["genial", "", "👌"],
    "de": ["super", ""],
    "en": ["great", ""],
    "fr": ["top", ""],
    "pt": ["ótimo", ""],
}
LOW_WORD = {
    "it": ["pessimo", ""],
    "es": ["fatal", ""],
    "de": ["schlecht"],
    "en": ["poor"],
    "fr": ["nul"],
    "pt": ["mau"],
}
