# ruff: noqa: E501
"""Wording of heldout174 (Relvaro, robot lawn mowers on hire by app and web).

Tables by key, then by language (pt and es first, with two or three variants);
placeholders are filled by :func:`say`. Written from the stories, blind.
"""

from __future__ import annotations

import random

BRAND = "Relvaro"
COMPETITORS = ("Cortavia", "Grasmo")
SPIKE_CODE = "ATL-582"

PRODUCTS = (
    ("Robot mower S, monthly / Robot cortacésped S, mensual", 39),
    ("Robot mower M, monthly / Robot cortacésped M, mensual", 59),
    ("Installation with boundary wire / Instalación con cable perimetral", 89),
    ("Winter service and storage / Servicio de invierno y guardado", 49),
    ("Spare blade kit / Kit de cuchillas", 19),
    ("Garage dock cover / Caseta para la base", 29),
)

PAGES = (
    "/app/mower",
    "/app/schedule",
    "/plans/plus",
    "/shop/blades",
    "/help/boundary-wire",
    "/account/billing",
    "/app/map",
)

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "pt": [
            "O robô da {brand} já cortou a relva três vezes esta semana e o jardim parece um campo de golfe. Adoro!",
            "Melhor decisão do ano foi alugar o robô da {brand}. Sábado livre pela primeira vez em anos 🌿",
            "instalaram tudo em duas horas, o técnico foi super simpático. {brand} recomendo a toda a gente",
        ],
        "es": [
            "El robot de {brand} deja el césped perfecto y yo en la hamaca. No pido más 😎",
            "Qué maravilla el cortacésped de {brand}, silencioso y puntual. Mis vecinos alucinan",
            "la app de {brand} es facilísima, programé el corte desde el trabajo y listo",
        ],
        "en": [
            "The {brand} mower has the lawn looking like Wimbledon. Best money I spend each month"
        ],
        "fr": ["Le robot {brand} tond pendant que je lis au soleil. Franchement top"],
        "de": ["Der Mähroboter von {brand} läuft wie ein Uhrwerk, der Rasen war noch nie so schön"],
        "it": ["Il robot di {brand} è una meraviglia, prato perfetto e zero fatica"],
    },
    "praise_again": {
        "pt": [
            "Terceira vez que renovo com a {brand} e continua impecável. Obg equipa!",
            "Outra vez o mesmo técnico simpático na revisão, o Rui. Sempre cinco estrelas",
        ],
        "es": [
            "Tercer verano con {brand} y sigue igual de bien. Gracias!!",
            "Otra vez el técnico majísimo de la última visita, todo en diez minutos",
        ],
        "en": ["Third summer with {brand} and still the best thing in the garden"],
        "fr": ["Encore une fois un service impeccable, troisième saison avec {brand}"],
        "de": ["Schon wieder ein super Service, dritte Saison mit {brand}"],
        "it": ["Ancora una volta tutto perfetto, terza stagione con {brand}"],
    },
    "praise_gripe": {
        "pt": [
            "Muito satisfeita com o robô, só a app demora um bocado a abrir de manhã. De resto perfeito",
            "Corte excelente, só gostava que a base fosse menos feia kkk",
        ],
        "es": [
            "Todo genial, solo que la app me manda demasiadas notificaciones. Por lo demás de diez",
            "El corte impecable, aunque el cable perimetral se ve un poco en el borde",
        ],
        "en": ["Lovely job on the lawn, only the app's map is a bit slow. Otherwise spot on"],
        "fr": ["Très content, juste la base un peu bruyante la nuit. Sinon parfait"],
        "de": ["Sehr gut, nur die App-Karte lädt etwas langsam. Sonst top"],
        "it": ["Contentissima, solo le notifiche sono un po' troppe. Per il resto ottimo"],
    },
    "question": {
        "pt": [
            "Olá, posso pôr o robô a cortar à chuva ou é melhor parar?",
            "boa tarde, como mudo o horário de corte para de manhã cedo?",
        ],
        "es": [
            "Hola, ¿se puede dejar el robot fuera si llueve mucho?",
            "buenas, ¿cómo cambio la altura de corte desde la app?",
        ],
        "en": ["Hi, can I add a second zone for the back garden in the app?"],
        "fr": ["Bonjour, comment je change la hauteur de coupe dans l'appli ?"],
        "de": ["Hallo, kann ich eine zweite Zone im Garten in der App anlegen?"],
        "it": ["Ciao, posso cambiare l'orario di taglio dall'app?"],
    },
    "answer": {
        "pt": [
            "Olá! Sim, em Definições > Horário pode escolher as horas. Qualquer dúvida estamos aqui."
        ],
        "es": [
            "¡Hola! Sí, en Ajustes > Corte lo puedes cambiar cuando quieras. Aquí estamos para lo que necesites."
        ],
        "en": ["Hi! Yes, under Settings > Zones you can add it. Anything else, just ask."],
        "fr": ["Bonjour ! Oui, dans Réglages > Coupe. N'hésitez pas si besoin."],
        "de": ["Hallo! Ja, unter Einstellungen > Zonen. Melden Sie sich gern wieder."],
        "it": ["Ciao! Sì, in Impostazioni > Taglio. Siamo qui per qualsiasi cosa."],
    },
    "thanks": {
        "pt": ["obg, top!", "Valeu, resolvido 👍"],
        "es": ["gracias crack", "Genial, mil gracias!!"],
        "en": ["cheers, legend"],
        "fr": ["merci, nickel"],
        "de": ["danke, passt!"],
        "it": ["grazie mille, perfetto"],
    },
    "call_question": {
        "pt": ["ola queria saber se o robo pode ficar na rua no inverno ou se tenho de o guardar"],
        "es": [
            "hola quería saber si el robot puede quedarse fuera en invierno o lo tengo que guardar"
        ],
        "en": ["hi just wondering if the mower can stay outside over winter or do i bring it in"],
        "fr": ["bonjour je voulais savoir si le robot peut rester dehors l hiver"],
        "de": ["hallo ich wollte fragen ob der Roboter im Winter draußen bleiben kann"],
        "it": ["buongiorno volevo sapere se il robot può restare fuori d inverno"],
    },
    "night_post": {
        "pt": [
            "3 da manhã e eu a ver vídeos do robô da {brand} a cortar a relva. Insónia nível máximo 😂"
        ],
        "es": [
            "Turno de noche en el hospital y programando el corte del sábado con la app de {brand}. Vida moderna"
        ],
        "en": [
            "2am, can't sleep, watching the {brand} app map of where the mower went today. Oddly soothing"
        ],
        "fr": ["Insomnie, je regarde le trajet du robot {brand} dans l'appli. C'est hypnotique"],
        "de": ["Nachtschicht an der Tankstelle und ich plane den Mähplan mit {brand}. Läuft"],
        "it": ["Le 2 di notte e guardo la mappa del robot {brand}. Rilassante"],
    },
    "night_question": {
        "pt": ["ainda há alguém? o robô ficou parado a meio do jardim, é normal à noite?"],
        "es": [
            "¿hay alguien? el robot se ha quedado quieto en medio del jardín, es normal de noche?"
        ],
        "en": ["anyone there? mower stopped in the middle of the lawn, is that normal at night?"],
        "fr": [
            "il y a quelqu'un ? le robot s'est arrêté au milieu de la pelouse, c'est normal la nuit ?"
        ],
        "de": ["ist noch wer da? der Roboter steht mitten im Rasen, ist das nachts normal?"],
        "it": ["c'è qualcuno? il robot si è fermato in mezzo al prato, è normale di notte?"],
    },
    "night_answer": {
        "pt": ["Olá! Sim, é o modo silêncio noturno: ele volta à base sozinho às 7h. Boa noite!"],
        "es": ["¡Hola! Sí, es el modo nocturno: vuelve solo a la base a las 7. ¡Buenas noches!"],
        "en": ["Hi! Yes, that's night quiet mode: it heads back to the dock at 7. Good night!"],
        "fr": ["Bonjour ! Oui, c'est le mode nuit : il rentre à la base à 7h. Bonne nuit !"],
        "de": ["Hallo! Ja, das ist der Nachtmodus: um 7 Uhr fährt er zur Station. Gute Nacht!"],
        "it": ["Ciao! Sì, è la modalità notte: alle 7 torna alla base. Buonanotte!"],
    },
    "review_good": {
        "pt": ["Cinco estrelas. Instalação rápida, robô fiável, preço justo."],
        "es": ["Cinco estrellas, el robot va como un reloj."],
        "en": ["Five stars, reliable and quiet."],
        "fr": ["Cinq étoiles, fiable et silencieux."],
        "de": ["Fünf Sterne, zuverlässig und leise."],
        "it": ["Cinque stelle, affidabile e silenzioso."],
    },
    "survey_word": {
        "pt": ["top", "excelente", "😊", ""],
        "es": ["genial", "todo bien", "👍", ""],
        "en": ["great", ""],
        "fr": ["super", ""],
        "de": ["super", ""],
        "it": ["ottimo", ""],
    },
    "low_word": {
        "pt": ["péssimo", ""],
        "es": ["fatal", ""],
        "en": ["poor", ""],
        "fr": ["nul", ""],
        "de": ["schlecht", ""],
        "it": ["pessimo", ""],
    },
    # ---- problems (no_show, double_charge, damage, refund) ----
    "p_no_show": {
        "pt": [
            "Tirei o dia de folga para a instalação do robô e o técnico NUNCA apareceu. Ninguém ligou. Ridículo.",
            "marcaram a instalação para hoje das 9 às 13 e são 15h e nada, nem uma mensagem",
        ],
        "es": [
            "Pedí el día libre para la instalación y el técnico NO HA VENIDO. Ni una llamada. Vergonzoso.",
            "instalación prevista de 9 a 13 y son las 4 de la tarde, nadie ha aparecido ni avisado",
        ],
        "en": ["Took a day off for the install and the technician NEVER showed. No call, nothing."],
        "fr": ["J'ai posé ma journée pour l'installation et le technicien n'est JAMAIS venu."],
        "de": ["Extra Urlaub genommen für die Installation und der Techniker ist NICHT gekommen."],
        "it": ["Ho preso un giorno di ferie per l'installazione e il tecnico NON è mai arrivato."],
    },
    "p_double_charge": {
        "pt": [
            "Cobraram-me a mensalidade Relvaro Plus DUAS vezes este mês. Quero o dinheiro de volta já.",
            "vejo dois débitos de 59 € no cartão para o mesmo mês, expliquem lá isto",
        ],
        "es": [
            "Me habéis cobrado la cuota de Relvaro Plus DOS veces este mes. Devolvedme el dinero ya.",
            "tengo dos cargos de 59 € en la tarjeta del mismo mes, explicadme esto",
        ],
        "en": ["You've charged my Relvaro Plus fee TWICE this month. I want it back."],
        "fr": ["Vous avez prélevé l'abonnement Relvaro Plus DEUX fois ce mois-ci."],
        "de": ["Sie haben die Relvaro-Plus-Gebühr ZWEIMAL abgebucht diesen Monat."],
        "it": ["Mi avete addebitato l'abbonamento Relvaro Plus DUE volte questo mese."],
    },
    "p_damage": {
        "pt": [
            "O robô saiu do perímetro e destruiu o canteiro de rosas da minha mãe. O cabo foi mal instalado.",
            "o robo passou por cima das tulipas todas, o tecnico deixou o cabo mal posto. estou furiosa",
        ],
        "es": [
            "El robot se salió del perímetro y se comió el parterre de rosas. El cable lo instalaron mal.",
            "el robot ha pasado por encima de todas las flores, el cable estaba mal puesto. Estoy que echo humo",
        ],
        "en": ["The mower left the boundary and shredded my rose bed. The wire was laid wrong."],
        "fr": ["Le robot est sorti du périmètre et a ravagé mes rosiers. Le câble était mal posé."],
        "de": ["Der Roboter ist aus dem Begrenzungsdraht raus und hat mein Rosenbeet zerstört."],
        "it": [
            "Il robot è uscito dal perimetro e ha distrutto le mie rose. Il cavo era posato male."
        ],
    },
    "p_refund": {
        "pt": [
            "Devolvi o robô há TRÊS semanas e a caução de 150 € ainda não voltou. Até quando?",
            "a caucao de 150 euros continua sem aparecer, ja devolvi o robo no inicio do mes",
        ],
        "es": [
            "Devolví el robot hace TRES semanas y la fianza de 150 € sigue sin aparecer. ¿Hasta cuándo?",
            "la fianza de 150 euros no llega, devolví el robot a principios de mes",
        ],
        "en": ["Returned the mower THREE weeks ago and my £130 deposit is still not back."],
        "fr": [
            "J'ai rendu le robot il y a TROIS semaines et la caution de 150 € n'est pas revenue."
        ],
        "de": ["Roboter vor DREI Wochen zurückgegeben und die Kaution von 150 € ist nicht da."],
        "it": ["Ho restituito il robot TRE settimane fa e la cauzione di 150 € non è tornata."],
    },
    "call_problem": {
        "pt": [
            "ola estou a ligar por causa do robo tenho um problema serio {what} e ninguem me resolve isto"
        ],
        "es": ["hola llamo por el robot tengo un problema serio {what} y nadie me lo soluciona"],
        "en": [
            "hi im calling about the mower i have a real problem {what} and nobody is sorting it"
        ],
        "fr": [
            "bonjour j appelle pour le robot j ai un vrai problème {what} et personne ne règle ça"
        ],
        "de": [
            "hallo ich rufe wegen dem Roboter an ich habe ein echtes Problem {what} und keiner kümmert sich"
        ],
        "it": ["buongiorno chiamo per il robot ho un problema serio {what} e nessuno lo risolve"],
    },
    "what": {
        "pt": [
            "o tecnico nao veio a instalacao",
            "cobraram a mensalidade duas vezes",
            "o robo destruiu o canteiro",
            "a caucao nao foi devolvida",
        ],
        "es": [
            "el tecnico no vino a instalar",
            "me cobraron la cuota dos veces",
            "el robot destrozó el parterre",
            "no me devuelven la fianza",
        ],
        "en": [
            "the technician never came",
            "i was charged twice",
            "the mower wrecked my flower bed",
            "my deposit never came back",
        ],
        "fr": [
            "le technicien n est pas venu",
            "j ai été prélevé deux fois",
            "le robot a détruit le massif",
            "la caution n est pas revenue",
        ],
        "de": [
            "der Techniker kam nicht",
            "ich wurde zweimal belastet",
            "der Roboter hat das Beet zerstört",
            "die Kaution kam nicht zurück",
        ],
        "it": [
            "il tecnico non è venuto",
            "mi avete addebitato due volte",
            "il robot ha distrutto l aiuola",
            "la cauzione non è tornata",
        ],
    },
    "long_email": {
        "pt": [
            "Boa tarde,\n\nescrevo-vos da sala de espera do centro de saúde, enquanto espero pelo meu pai, por isso desculpem se for confuso. Sou cliente há dois anos e sempre gostei do serviço, recomendei-vos à família toda. Mas desta vez não dá: {what}. Já perdi horas com isto e ninguém me dá uma resposta clara.\n\nPeço que alguém trate disto esta semana.\n\nCumprimentos,\n{name}",
        ],
        "es": [
            "Buenas tardes:\n\nos escribo desde el coche, esperando a que salgan los niños de natación, así que perdonad las prisas. Llevo dos temporadas con vosotros y siempre he estado contenta, hasta os he recomendado en el trabajo. Pero esto ya no: {what}. He perdido una mañana entera y nadie me dice nada.\n\nEspero una solución esta semana.\n\nUn saludo,\n{name}",
        ],
    },
    "case_opened": {
        "pt": ["Lamentamos muito. Abrimos o processo {case} e um colega vai tratar disto hoje."],
        "es": [
            "Lo sentimos mucho. Hemos abierto la incidencia {case} y un compañero se encarga hoy."
        ],
        "en": ["We're very sorry. We've opened case {case} and a colleague is on it today."],
        "fr": [
            "Toutes nos excuses. Nous avons ouvert le dossier {case}, un collègue s'en occupe aujourd'hui."
        ],
        "de": [
            "Das tut uns leid. Wir haben den Vorgang {case} eröffnet, ein Kollege kümmert sich heute."
        ],
        "it": ["Ci scusiamo. Abbiamo aperto la pratica {case}, un collega se ne occupa oggi."],
    },
    "quality_lead": {
        "pt": [
            "O seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
        ],
        "es": [
            "Tu incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "en": [
            "Your case {case} is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "fr": [
            "Votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi."
        ],
        "de": [
            "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft."
        ],
        "it": [
            "La sua pratica {case} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì a pranzo."
        ],
    },
    "good_news": {
        "pt": [
            "Boas notícias sobre o processo {case}: já está resolvido do nosso lado. Pode confirmar?"
        ],
        "es": [
            "Buenas noticias sobre la incidencia {case}: ya está resuelta por nuestra parte. ¿Nos lo confirmas?"
        ],
        "en": ["Good news on case {case}: it's sorted on our side. Could you confirm?"],
        "fr": [
            "Bonne nouvelle pour le dossier {case} : c'est réglé de notre côté. Pouvez-vous confirmer ?"
        ],
        "de": [
            "Gute Nachricht zu Vorgang {case}: auf unserer Seite erledigt. Können Sie das bestätigen?"
        ],
        "it": ["Buone notizie sulla pratica {case}: risolta da parte nostra. Può confermare?"],
    },
    "confirm": {
        "pt": [
            "Confirmo, o processo {case} está resolvido. Obrigada!",
            "tudo certo com o {case}, obg pela rapidez",
        ],
        "es": [
            "Confirmado, la incidencia {case} está resuelta. ¡Gracias!",
            "todo ok con la {case}, gracias por la rapidez",
        ],
        "en": ["Confirmed, case {case} is sorted. Thanks!"],
        "fr": ["Je confirme, le dossier {case} est réglé. Merci !"],
        "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
        "it": ["Confermo, la pratica {case} è risolta. Grazie!"],
    },
    "apology": {
        "pt": ["Desculpem o tom de ontem, estava mesmo chateada. Obrigada por resolverem."],
        "es": ["Perdón por el tono de ayer, estaba muy quemada. Gracias por arreglarlo."],
        "en": ["Sorry for the tone yesterday, long day. Thanks for sorting it."],
        "fr": ["Désolé pour le ton d'hier, grosse journée. Merci d'avoir réglé ça."],
        "de": ["Sorry für den Ton gestern, war ein langer Tag. Danke fürs Lösen."],
        "it": ["Scusate per il tono di ieri, giornataccia. Grazie per aver risolto."],
    },
    "still_open": {
        "pt": [
            "Processo {case}: continua tudo igual, {what}. Já é a segunda vez que escrevo.",
            "ainda nada sobre o {case}. {what} e ninguém diz nada",
        ],
        "es": [
            "Incidencia {case}: sigue igual, {what}. Es la segunda vez que escribo.",
            "nada todavía de la {case}, {what} y nadie contesta",
        ],
        "en": ["Case {case}: still the same, {what}. Second time I'm writing."],
        "fr": ["Dossier {case} : toujours rien, {what}. Je relance."],
        "de": ["Vorgang {case}: immer noch nichts, {what}. Ich schreibe zum zweiten Mal."],
        "it": ["Pratica {case}: ancora niente, {what}. Scrivo di nuovo."],
    },
    "third": {
        "pt": [
            "Terceira vez sobre o {case}. Uma colega tem a {comp} e lá resolvem isto no próprio dia."
        ],
        "es": [
            "Tercera vez por la {case}. Un compañero tiene {comp} y allí esto lo arreglan el mismo día."
        ],
        "en": ["Third time about {case}. A colleague uses {comp} and they fix this the same day."],
        "fr": [
            "Troisième fois pour le {case}. Un collègue est chez {comp}, eux règlent ça le jour même."
        ],
        "de": [
            "Zum dritten Mal wegen {case}. Ein Kollege ist bei {comp}, die lösen das am selben Tag."
        ],
        "it": ["Terza volta per la {case}. Un collega ha {comp} e lì lo risolvono in giornata."],
    },
    "fourth": {
        "pt": ["QUARTA vez. Processo {case} continua aberto. Isto é inacreditável."],
        "es": ["CUARTA vez. La {case} sigue abierta. Increíble."],
        "en": ["FOURTH time. Case {case} still open. Unbelievable."],
        "fr": ["QUATRIÈME fois. Dossier {case} toujours ouvert."],
        "de": ["Zum VIERTEN Mal. Vorgang {case} immer noch offen."],
        "it": ["QUARTA volta. Pratica {case} ancora aperta."],
    },
    "urgent": {
        "pt": ["Acrescentado ao seu processo e marcado como urgente."],
        "es": ["Añadido a tu incidencia y marcado como urgente."],
        "en": ["Added to your case and marked urgent."],
        "fr": ["Ajouté à votre dossier et marqué urgent."],
        "de": ["Zu Ihrem Vorgang hinzugefügt und als dringend markiert."],
        "it": ["Aggiunto alla sua pratica e segnato urgente."],
    },
    "slide": {
        "pt": [
            "A visita de manutenção atrasou três horas e ninguém avisou.",
            "O robô voltou da revisão com as lâminas gastas. Hmm.",
            "A app agora desliga-se sozinha e o corte não arranca.",
            "Aumentaram a mensalidade sem avisar. Não gostei nada.",
            "Relva por cortar há uma semana, o robô parado e o apoio não responde. Farta.",
            "O meu cunhado tem a {comp} e o robô dele funciona. Marquei uma visita deles para sábado.",
        ],
        "es": [
            "La visita de mantenimiento llegó tres horas tarde sin avisar.",
            "El robot volvió de la revisión con las cuchillas gastadas. Mmm.",
            "La app ahora se cierra sola y el corte no arranca.",
            "Subida de cuota sin avisar. No me ha gustado nada.",
            "Una semana con el césped sin cortar, el robot parado y soporte no contesta. Harta.",
            "Mi cuñado tiene {comp} y su robot funciona. He pedido visita con ellos para el sábado.",
        ],
        "en": [
            "Maintenance visit three hours late, no call.",
            "Mower came back from the service with worn blades. Hmm.",
            "The app now closes itself and the mowing won't start.",
            "Fee went up without notice. Not happy.",
            "Lawn uncut for a week, mower dead and support silent. Fed up.",
            "My brother-in-law has {comp} and his mower works. Booked them for Saturday.",
        ],
        "fr": [
            "Visite d'entretien avec trois heures de retard, sans prévenir.",
            "Robot revenu de révision avec des lames usées. Bof.",
            "L'appli se ferme toute seule et la tonte ne démarre pas.",
            "Abonnement augmenté sans prévenir. Pas content.",
            "Pelouse pas tondue depuis une semaine, robot en panne, support muet. Marre.",
            "Mon beau-frère est chez {comp} et son robot marche. Rendez-vous pris chez eux samedi.",
        ],
        "de": [
            "Wartungstermin drei Stunden zu spät, ohne Anruf.",
            "Roboter kam mit abgenutzten Messern aus der Wartung. Hm.",
            "Die App schließt sich von selbst und das Mähen startet nicht.",
            "Gebühr ohne Ankündigung erhöht. Nicht gut.",
            "Eine Woche nicht gemäht, Roboter tot, Support schweigt. Reicht.",
            "Mein Schwager hat {comp} und sein Roboter läuft. Termin bei denen am Samstag.",
        ],
        "it": [
            "Manutenzione arrivata con tre ore di ritardo, senza avvisare.",
            "Il robot è tornato dalla revisione con le lame consumate. Mah.",
            "L'app si chiude da sola e il taglio non parte.",
            "Abbonamento aumentato senza avviso. Non mi piace.",
            "Prato non tagliato da una settimana, robot fermo, assistenza muta. Basta.",
            "Mio cognato ha {comp} e il suo robot funziona. Appuntamento da loro sabato.",
        ],
    },
    "cancel": {
        "pt": [
            "Olá, mudámo-nos para um apartamento sem jardim. Quero cancelar o Relvaro Plus e fechar a conta, por favor.",
            "Bom dia, comprámos um robô nosso com o subsídio de Natal. Quero cancelar a assinatura e fechar a conta.",
        ],
        "es": [
            "Hola, nos mudamos a un piso sin jardín. Quiero cancelar Relvaro Plus y cerrar la cuenta, por favor.",
            "Buenos días, hemos comprado un robot propio. Quiero dar de baja la suscripción y cerrar la cuenta.",
        ],
        "en": [
            "Hi, we're moving to a flat with no garden. Please cancel my Relvaro Plus and close the account."
        ],
        "fr": [
            "Bonjour, nous déménageons dans un appartement sans jardin. Merci d'annuler Relvaro Plus et de fermer le compte."
        ],
        "de": [
            "Hallo, wir ziehen in eine Wohnung ohne Garten. Bitte Relvaro Plus kündigen und das Konto schließen."
        ],
        "it": [
            "Buongiorno, ci trasferiamo in un appartamento senza giardino. Vorrei disdire Relvaro Plus e chiudere l'account."
        ],
    },
    "sorry_go": {
        "pt": ["Lamentamos vê-lo partir. Pode cancelar na app ou no site, em Conta > Plano."],
        "es": [
            "Sentimos que te vayas. Puedes darte de baja en la app o en la web, en Cuenta > Plan."
        ],
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website, under Account > Plan."
        ],
        "fr": [
            "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Abonnement."
        ],
        "de": [
            "Schade, dass Sie gehen. Kündigen können Sie in der App oder auf der Website unter Konto > Tarif."
        ],
        "it": ["Ci dispiace vederla andare. Può disdire nell'app o sul sito, in Account > Piano."],
    },
    "sarcasm": {
        "pt": [
            "Adoro quando o robô decide cortar a relva às 7h de domingo. Os vizinhos também adoram 👏"
        ],
        "es": [
            "Me encanta que el robot decida cortar el domingo a las 7. Los vecinos encantados también 👏"
        ],
        "en": ["Love how the mower picks Sunday 7am to start. The neighbours love it too 👏"],
        "fr": ["J'adore quand le robot tond le dimanche à 7h. Les voisins aussi 👏"],
        "de": ["Toll, wie der Roboter sonntags um 7 loslegt. Die Nachbarn freuen sich auch 👏"],
        "it": ["Adoro quando il robot parte la domenica alle 7. Anche i vicini adorano 👏"],
    },
    "grumble": {
        "pt": [
            "A app volta a pedir a password todas as vezes. Chato.",
            "As notificações de chuva chegam sempre depois de chover.",
            "A base faz um barulho esquisito à noite.",
        ],
        "es": [
            "La app me pide la contraseña cada vez. Pesadísimo.",
            "El aviso de lluvia llega siempre cuando ya ha llovido.",
            "La base hace un ruido raro por la noche.",
        ],
        "en": ["The app asks for my password every single time."],
        "fr": ["L'appli redemande le mot de passe à chaque fois."],
        "de": ["Die App will jedes Mal das Passwort."],
        "it": ["L'app chiede la password ogni volta."],
    },
    "mild": {
        "pt": ["O mapa da app mostra o jardim do vizinho em vez do meu, dá para corrigir?"],
        "es": ["Las notificaciones me llegan en inglés, ¿se puede cambiar?"],
        "en": ["The app map shows my neighbour's garden, can that be fixed?"],
        "fr": ["Les notifications arrivent en anglais, on peut changer ?"],
        "de": ["Die Benachrichtigungen kommen auf Englisch, geht das zu ändern?"],
        "it": ["Le notifiche arrivano in inglese, si può cambiare?"],
    },
    "ack": {
        "pt": ["Obrigado pelo aviso, já passámos à equipa da app."],
        "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
        "en": ["Thanks for flagging, passed to the app team."],
        "fr": ["Merci, transmis à l'équipe de l'appli."],
        "de": ["Danke, an das App-Team weitergegeben."],
        "it": ["Grazie, girato al team dell'app."],
    },
    # ---- the planted incident ----
    "spike_code": {
        "pt": [
            "A app diz que o robô está bloqueado por antirroubo e não aceita o PIN. Erro {code}. O que se passa??",
            "robo preso na base, a app pede o pin e diz {code}. ja reiniciei tudo",
        ],
        "es": [
            "La app dice que el robot está bloqueado por antirrobo y no acepta el PIN. Error {code}. ¿Qué pasa??",
            "robot bloqueado en la base, la app pide el pin y sale {code}, ya lo he reiniciado todo",
        ],
        "en": [
            "App says my mower is theft-locked and won't take my PIN. Error {code}. What's going on?"
        ],
        "fr": [
            "L'appli dit que le robot est verrouillé antivol et refuse mon code PIN. Erreur {code}."
        ],
        "de": [
            "Die App sagt, der Roboter ist diebstahlgesperrt, und nimmt meine PIN nicht. Fehler {code}."
        ],
        "it": ["L'app dice che il robot è bloccato antifurto e non accetta il PIN. Errore {code}."],
    },
    "spike_nocode": {
        "pt": [
            "O robô não sai da base, a app diz que está bloqueado e o meu PIN de sempre não funciona",
            "Bloquearam-me o robô?? A app pede o PIN e rejeita",
        ],
        "es": [
            "El robot no sale de la base, la app dice que está bloqueado y mi PIN de siempre no vale",
            "¿Me habéis bloqueado el robot? La app pide el PIN y lo rechaza",
        ],
        "en": ["Mower won't leave the dock, app says locked and my usual PIN is rejected"],
        "fr": ["Le robot ne sort pas de sa base, l'appli dit verrouillé et mon PIN ne passe pas"],
        "de": ["Roboter bleibt in der Station, App sagt gesperrt und meine PIN geht nicht"],
        "it": ["Il robot non esce dalla base, l'app dice bloccato e il mio PIN non va"],
    },
    "spike_again": {
        "pt": ["Continua bloqueado, {code} também na app da minha mulher. Alguém me responde?"],
        "es": ["Sigue bloqueado, {code} también desde el móvil de mi mujer. ¿Alguien contesta?"],
        "en": ["Still locked, {code} on my wife's phone too. Anyone?"],
        "fr": ["Toujours bloqué, {code} aussi sur le téléphone de ma femme."],
        "de": ["Immer noch gesperrt, {code} auch auf dem Handy meiner Frau."],
        "it": ["Ancora bloccato, {code} anche sul telefono di mia moglie."],
    },
    "spike_chat_answer": {
        "pt": [
            "Sim, o desbloqueio por PIN está a falhar para todos neste momento; a equipa técnica já está a tratar."
        ],
        "es": [
            "Sí, el desbloqueo por PIN está fallando para todos ahora mismo; el equipo técnico ya está en ello."
        ],
        "en": ["Yes, PIN unlocking is failing for everyone right now; our engineers are on it."],
        "fr": [
            "Oui, le déverrouillage par PIN échoue pour tout le monde en ce moment ; nos techniciens s'en occupent."
        ],
        "de": [
            "Ja, das Entsperren per PIN klappt gerade bei allen nicht; unsere Technik ist dran."
        ],
        "it": [
            "Sì, lo sblocco con PIN non funziona per nessuno in questo momento; i tecnici ci stanno lavorando."
        ],
    },
    "spike_fixed": {
        "pt": [
            "O desbloqueio funciona de novo desde as 11h. Oferecemos o mês de novembro. Desculpe o incómodo."
        ],
        "es": [
            "El desbloqueo funciona de nuevo desde las 12:00. Te regalamos la cuota de noviembre. Disculpa las molestias."
        ],
        "en": [
            "Unlocking works again since 11:00. November's fee is on us. Sorry for the trouble."
        ],
        "fr": ["Le déverrouillage fonctionne à nouveau depuis 12h. Novembre vous est offert."],
        "de": ["Das Entsperren geht seit 12 Uhr wieder. Der November geht auf uns."],
        "it": ["Lo sblocco funziona di nuovo dalle 12. Novembre è offerto da noi."],
    },
    "lone_q": {
        "pt": [
            "A app pediu-me o PIN ontem depois da atualização, pus e funcionou. É normal pedir?"
        ],
        "es": [
            "La app me pidió el PIN ayer tras la actualización, lo puse y fue bien. ¿Es normal?"
        ],
    },
    "lone_a": {
        "pt": ["Sim, depois de cada atualização pede o PIN uma vez. Está tudo bem."],
        "es": ["Sí, tras cada actualización lo pide una vez. Todo correcto."],
    },
    # ---- business arm ----
    "b_invoice": {
        "pt": [
            "As faturas de {month} vêm sem o número de encomenda (PO) e a contabilidade recusa-as.",
            "Mais uma vez faturas sem PO, não conseguimos pagar assim.",
        ],
        "es": [
            "Las facturas de {month} llegan sin número de pedido (PO) y contabilidad las rechaza.",
            "Otra vez facturas sin PO, así no podemos pagarlas.",
        ],
        "en": ["The {month} invoices have no PO number and accounts payable rejects them."],
        "fr": ["Les factures de {month} n'ont pas de numéro de commande, la compta les rejette."],
        "de": [
            "Die Rechnungen für {month} haben keine Bestellnummer, die Buchhaltung lehnt sie ab."
        ],
        "it": ["Le fatture di {month} non hanno il numero d'ordine, l'amministrazione le rifiuta."],
    },
    "b_portal": {
        "pt": ["O portal não mostra nenhum dos nossos robôs, não conseguimos pedir manutenção."],
        "es": ["El portal no muestra ninguno de nuestros robots, no podemos pedir mantenimiento."],
        "en": ["The portal shows none of our mowers, so we can't request a service."],
        "fr": ["Le portail n'affiche aucun de nos robots, impossible de demander un entretien."],
        "de": ["Das Portal zeigt keinen unserer Roboter, wir können keine Wartung anfordern."],
        "it": [
            "Il portale non mostra nessuno dei nostri robot, non possiamo chiedere manutenzione."
        ],
    },
    "b_overbilled": {
        "pt": ["Estão a faturar cada visita ao preço avulso em vez da tarifa do contrato."],
        "es": ["Nos facturáis cada visita a precio suelto en vez de la tarifa del contrato."],
        "en": ["You're billing each visit at the one-off rate, not our contract rate."],
        "fr": ["Vous facturez chaque passage au tarif unitaire au lieu du tarif contrat."],
        "de": ["Sie berechnen jeden Einsatz zum Einzelpreis statt zum Vertragspreis."],
        "it": ["Fatturate ogni intervento a prezzo singolo invece della tariffa di contratto."],
    },
    "b_follow": {
        "pt": [
            "Junto-me ao que a {first} escreveu {when} sobre o processo {case}: o problema continua."
        ],
        "es": [
            "Me sumo a lo que escribió {first} {when} sobre la incidencia {case}: seguimos igual."
        ],
        "en": ["Adding to what {first} wrote {when} about case {case}: still the same problem."],
        "fr": ["Je rejoins ce que {first} a écrit {when} sur le dossier {case} : toujours pareil."],
        "de": ["Ergänzend zu dem, was {first} {when} zu Vorgang {case} schrieb: unverändert."],
        "it": [
            "Mi aggiungo a quanto scritto da {first} {when} sulla pratica {case}: tutto uguale."
        ],
    },
    "b_last": {
        "pt": [
            "Processo {case} continua por resolver e já vários colegas escreveram. As compras já pediram preços à {comp}."
        ],
        "es": [
            "La incidencia {case} sigue sin resolver y ya han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
        ],
        "en": [
            "Case {case} still not fixed and several colleagues have written. Procurement has asked {comp} for rates."
        ],
        "fr": [
            "Dossier {case} toujours pas réglé, plusieurs collègues ont écrit. Les achats ont demandé des tarifs à {comp}."
        ],
        "de": [
            "Vorgang {case} immer noch offen, mehrere Kollegen haben geschrieben. Der Einkauf hat bei {comp} angefragt."
        ],
        "it": [
            "Pratica {case} ancora aperta, hanno scritto diversi colleghi. Gli acquisti hanno chiesto prezzi a {comp}."
        ],
    },
    "b_call_last": {
        "pt": [
            "bom dia liguei por causa do processo {case} continua igual o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
        ],
        "es": [
            "buenos días llamo por la incidencia {case} sigue igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "en": [
            "morning calling about case {case} nothing has changed my boss says we move the account if its not fixed this week"
        ],
        "fr": [
            "bonjour j appelle pour le dossier {case} rien n a changé mon chef dit qu on change de fournisseur si ce n est pas réglé cette semaine"
        ],
        "de": [
            "guten Morgen ich rufe wegen Vorgang {case} an nichts hat sich geändert mein Chef sagt wir wechseln wenn das diese Woche nicht klappt"
        ],
        "it": [
            "buongiorno chiamo per la pratica {case} niente è cambiato il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
    },
    "b_suggest": {
        "pt": ["Sugestão: seria útil exportar os custos por centro de custo no portal."],
        "es": [
            "Sugerencia: estaría bien poder exportar los costes por centro de coste en el portal."
        ],
        "en": ["Suggestion: exporting costs by cost centre from the portal would help."],
        "fr": [
            "Suggestion : exporter les coûts par centre de coût depuis le portail serait utile."
        ],
        "de": ["Vorschlag: Kosten nach Kostenstelle aus dem Portal exportieren wäre hilfreich."],
        "it": ["Suggerimento: esportare i costi per centro di costo dal portale sarebbe utile."],
    },
    "b_question": {
        "pt": ["Bom dia, podem acrescentar mais um robô ao contrato do pavilhão B?"],
        "es": ["Buenos días, ¿podéis añadir otro robot al contrato de la nave B?"],
        "en": ["Morning, can you add one more mower to the building B contract?"],
        "fr": ["Bonjour, pouvez-vous ajouter un robot au contrat du bâtiment B ?"],
        "de": ["Guten Morgen, können Sie einen Roboter zum Vertrag für Halle B hinzufügen?"],
        "it": ["Buongiorno, potete aggiungere un robot al contratto dell'edificio B?"],
    },
    "b_praise": {
        "pt": ["Os jardins do campus nunca estiveram tão bem. Obrigado {brand}."],
        "es": ["Los jardines del hotel nunca han estado mejor. Gracias {brand}."],
        "en": ["Our grounds have never looked better. Thanks {brand}."],
        "fr": ["Nos espaces verts n'ont jamais été aussi beaux. Merci {brand}."],
        "de": ["Unsere Grünflächen sahen nie besser aus. Danke {brand}."],
        "it": ["Il nostro verde non è mai stato così bello. Grazie {brand}."],
    },
    "b_when": {
        "pt": ["esta manhã", "ontem"],
        "es": ["esta mañana", "ayer"],
        "en": ["this morning", "yesterday"],
        "fr": ["ce matin", "hier"],
        "de": ["heute Morgen", "gestern"],
        "it": ["stamattina", "ieri"],
    },
    "complaint_subject": {
        "pt": ["Reclamação"],
        "es": ["Reclamación"],
        "en": ["Complaint"],
        "fr": ["Réclamation"],
        "de": ["Beschwerde"],
        "it": ["Reclamo"],
    },
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund")
B2B_PROBLEMS = ("invoice", "portal", "overbilled")

_ACCENTS = str.maketrans(
    "áàâãäéèêëíìîïóòôõöúùûüçÁÀÂÃÉÈÊÍÓÒÔÕÚÇ", "aaaaaeeeeiiiiooooouuuucAAAAEEEIOOOOUC"
)


def say(lang: str, key: str, rng: random.Random, **kw: str) -> str:
    """One variant of ``key`` in ``lang`` (English if the language has none), filled."""
    table = T[key]
    options = table.get(lang) or table["en"]
    text = rng.choice(options)
    values = {"brand": BRAND, "code": SPIKE_CODE, **kw}
    return text.format(**values)


def what(lang: str, problem: str) -> str:
    """The short spoken or written form of a consumer problem."""
    return T["what"][lang][PROBLEMS.index(problem)]


def strip_accents(text: str) -> str:
    return text.translate(_ACCENTS)


def roughen(text: str, rng: random.Random) -> str:
    """Real typing: a swapped letter pair (1 in 7), a lower-case start, dropped accents."""
    if rng.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    if rng.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 10:
        text = strip_accents(text)
    return text
