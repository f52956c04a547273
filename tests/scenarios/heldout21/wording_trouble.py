# ruff: noqa: E501
"""Unhappy wording for heldout21 (Lockora, parcel lockers), written by hand.

PROBLEMS: a household's problem, as the customer tells it (two ways each);
SHORT: the same as a short phrase, for follow-ups; FIX: the agent's words when
it is fixed. TROUBLE: everything else, per language. Placeholders: {name},
{last}, {agent}, {locker}, {price}, {ref} (case reference), {short}, {fix},
{comp} (a competitor).
"""

PROBLEM_KEYS = ("door", "code", "moved", "return", "damaged", "stuck")

PROBLEM_ABOUT = {
    "door": "locker door did not open, app says collected",
    "code": "pickup code never arrived, parcel sent back to the shop",
    "moved": "parcel redirected to a far-away locker ('locker full')",
    "return": "return dropped in a locker never scanned, shop refuses the refund",
    "damaged": "parcel damaged in the locker, claim unanswered",
    "stuck": "parcel sent from a locker stuck 'in transit' for days",
}

PROBLEMS: dict[str, dict[str, list[str]]] = {
    "es": {
        "door": [
            "Fui a recoger mi paquete a la taquilla de {locker}, la puerta no se abrió y ahora la app dice que ya lo he recogido.",
            "El hueco no se abrió al meter el código, lo intenté cinco veces, y desde entonces el envío aparece como «entregado».",
        ],
        "code": [
            "Nunca me llegó el código de recogida, ni SMS ni notificación, y el paquete ha vuelto a la tienda.",
            "No recibí ningún código para recoger mi pedido y hoy veo que lo han devuelto al remitente sin avisarme.",
        ],
        "moved": [
            "Mi paquete tenía que ir a la taquilla de {locker} y lo han mandado a otra a 15 km porque «estaba llena».",
            "Me han desviado el paquete a un locker en la otra punta de la ciudad sin preguntarme, y no tengo coche.",
        ],
        "return": [
            "Dejé una devolución en la taquilla hace diez días y no consta en ningún sitio, así que la tienda no me devuelve los {price}.",
            "La devolución que deposité en el locker no tiene ningún escaneo y la tienda dice que sin eso no me reembolsa.",
        ],
        "damaged": [
            "Saqué el paquete de la taquilla con la caja aplastada y mojada, lo de dentro roto, y la reclamación sigue sin respuesta.",
            "El paquete estaba destrozado dentro del locker. Abrí una reclamación con fotos hace una semana y nada.",
        ],
        "stuck": [
            "Envié un paquete desde la taquilla hace nueve días y sigue «en tránsito». Nadie sabe dónde está.",
            "Pagué {price} por un envío que lleva más de una semana parado en vuestro almacén según el seguimiento.",
        ],
    },
    "de": {
        "door": [
            "Ich wollte mein Paket an der Station {locker} abholen, das Fach ging nicht auf und jetzt steht in der App, ich hätte es abgeholt.",
            "Das Fach hat sich trotz Code nicht geöffnet, fünfmal probiert, und seitdem steht die Sendung auf „zugestellt“.",
        ],
        "code": [
            "Ich habe nie einen Abholcode bekommen, keine SMS, keine Push-Nachricht, und jetzt ist das Paket zurück an den Händler.",
            "Für meine Bestellung kam kein Code, und heute sehe ich, dass sie ohne Info an den Absender zurückgeschickt wurde.",
        ],
        "moved": [
            "Mein Paket sollte an die Station {locker} und wurde an eine 15 km entfernte umgeleitet, angeblich weil sie „voll“ war.",
            "Ihr habt mein Paket ohne Rückfrage an eine Station am anderen Ende der Stadt umgeleitet, und ich habe kein Auto.",
        ],
        "return": [
            "Ich habe vor zehn Tagen eine Retoure in die Station gelegt, die nirgends auftaucht, deshalb erstattet mir der Shop die {price} nicht.",
            "Meine Rücksendung aus der Station hat keinen einzigen Scan, und ohne den will der Shop nicht erstatten.",
        ],
        "damaged": [
            "Das Paket lag zerdrückt und nass im Fach, der Inhalt ist kaputt, und auf meine Reklamation antwortet niemand.",
            "Das Paket war im Fach völlig kaputt. Reklamation mit Fotos vor einer Woche eingereicht, seitdem nichts.",
        ],
        "stuck": [
            "Ich habe vor neun Tagen ein Paket an der Station aufgegeben und es steht immer noch auf „in Transport“. Keiner weiß, wo es ist.",
            "Ich habe {price} für eine Sendung bezahlt, die laut Tracking seit über einer Woche in eurem Lager liegt.",
        ],
    },
    "en": {
        "door": [
            "I went to collect my parcel at the {locker} locker, the door never opened and now the app says I've collected it.",
            "The compartment didn't open when I put the code in, tried five times, and since then the parcel shows as 'delivered'.",
        ],
        "code": [
            "I never got a pick-up code, no text, no notification, and now the parcel has gone back to the shop.",
            "No code ever arrived for my order and today I see it's been sent back to the sender without a word.",
        ],
        "moved": [
            "My parcel was meant to go to the {locker} locker and you sent it to one 10 miles away because it was 'full'.",
            "You redirected my parcel to a locker on the other side of town without asking me, and I don't drive.",
        ],
        "return": [
            "I dropped a return in the locker ten days ago and it doesn't show anywhere, so the shop won't refund my {price}.",
            "The return I left in the locker has no scan at all and the shop says they won't refund without one.",
        ],
        "damaged": [
            "My parcel came out of the locker crushed and soaking wet, what was inside is broken, and nobody has answered my claim.",
            "The parcel was wrecked inside the locker. I put in a claim with photos a week ago and heard nothing.",
        ],
        "stuck": [
            "I sent a parcel from a locker nine days ago and it still says 'in transit'. Nobody knows where it is.",
            "I paid {price} for a parcel that according to tracking has been sitting in your depot for over a week.",
        ],
    },
    "fr": {
        "door": [
            "Je suis [[allée|allé]] chercher mon colis à la consigne {locker}, la porte ne s'est pas ouverte et maintenant l'appli dit que je l'ai récupéré.",
            "Le casier ne s'est pas ouvert avec le code, j'ai essayé cinq fois, et depuis le colis apparaît comme « livré ».",
        ],
        "code": [
            "Je n'ai jamais reçu de code de retrait, ni SMS ni notification, et le colis est reparti chez le vendeur.",
            "Aucun code reçu pour ma commande et je vois aujourd'hui qu'elle a été renvoyée à l'expéditeur sans prévenir.",
        ],
        "moved": [
            "Mon colis devait aller à la consigne {locker} et vous l'avez envoyé dans une autre à 15 km parce qu'elle était « pleine ».",
            "Vous avez dévié mon colis vers une consigne à l'autre bout de la ville sans me demander, et je n'ai pas de voiture.",
        ],
        "return": [
            "J'ai déposé un retour dans la consigne il y a dix jours et il n'apparaît nulle part, donc la boutique ne me rembourse pas mes {price}.",
            "Le retour que j'ai laissé dans la consigne n'a aucun scan et la boutique refuse de rembourser sans ça.",
        ],
        "damaged": [
            "J'ai sorti le colis de la consigne écrasé et trempé, le contenu est cassé, et ma réclamation reste sans réponse.",
            "Le colis était détruit dans le casier. Réclamation avec photos faite il y a une semaine, et rien.",
        ],
        "stuck": [
            "J'ai envoyé un colis depuis une consigne il y a neuf jours et il est toujours « en transit ». Personne ne sait où il est.",
            "J'ai payé {price} pour un envoi qui, d'après le suivi, dort dans votre entrepôt depuis plus d'une semaine.",
        ],
    },
    "it": {
        "door": [
            "Sono [[andata|andato]] a ritirare il pacco al locker di {locker}, lo sportello non si è aperto e ora l'app dice che l'ho ritirato.",
            "Lo scomparto non si è aperto col codice, ho provato cinque volte, e da allora la spedizione risulta «consegnata».",
        ],
        "code": [
            "Non mi è mai arrivato il codice di ritiro, né SMS né notifica, e il pacco è tornato al negozio.",
            "Nessun codice per il mio ordine e oggi vedo che è stato rispedito al mittente senza avvisarmi.",
        ],
        "moved": [
            "Il mio pacco doveva andare al locker di {locker} e l'avete mandato a uno a 15 km perché era «pieno».",
            "Avete dirottato il mio pacco su un locker dall'altra parte della città senza chiedermi niente, e non ho la macchina.",
        ],
        "return": [
            "Ho lasciato un reso nel locker dieci giorni fa e non risulta da nessuna parte, quindi il negozio non mi rimborsa i {price}.",
            "Il reso che ho depositato nel locker non ha nessuna scansione e il negozio dice che senza non rimborsa.",
        ],
        "damaged": [
            "Ho tirato fuori il pacco dal locker schiacciato e bagnato, il contenuto è rotto, e il reclamo è ancora senza risposta.",
            "Il pacco era distrutto dentro il locker. Reclamo con foto aperto una settimana fa e niente.",
        ],
        "stuck": [
            "Ho spedito un pacco dal locker nove giorni fa ed è ancora «in transito». Nessuno sa dove sia.",
            "Ho pagato {price} per una spedizione che da tracking è ferma nel vostro magazzino da più di una settimana.",
        ],
    },
    "pt": {
        "door": [
            "Fui levantar a encomenda ao cacifo de {locker}, a porta não abriu e agora a app diz que já a levantei.",
            "O compartimento não abriu com o código, tentei cinco vezes, e desde então o envio aparece como «entregue».",
        ],
        "code": [
            "Nunca recebi o código de levantamento, nem SMS nem notificação, e a encomenda voltou para a loja.",
            "Não me chegou código nenhum para a minha encomenda e hoje vejo que foi devolvida ao remetente sem aviso.",
        ],
        "moved": [
            "A minha encomenda devia ir para o cacifo de {locker} e mandaram-na para outro a 15 km porque «estava cheio».",
            "Desviaram a minha encomenda para um cacifo do outro lado da cidade sem me perguntar, e eu não tenho carro.",
        ],
        "return": [
            "Deixei uma devolução no cacifo há dez dias e não aparece em lado nenhum, por isso a loja não me devolve os {price}.",
            "A devolução que deixei no cacifo não tem leitura nenhuma e a loja diz que sem isso não reembolsa.",
        ],
        "damaged": [
            "Tirei a encomenda do cacifo esmagada e molhada, o que vinha dentro está partido, e a reclamação continua sem resposta.",
            "A encomenda estava desfeita dentro do cacifo. Fiz a reclamação com fotos há uma semana e nada.",
        ],
        "stuck": [
            "Enviei uma encomenda a partir do cacifo há nove dias e continua «em trânsito». Ninguém sabe onde está.",
            "Paguei {price} por um envio que, segundo o seguimento, está parado no vosso armazém há mais de uma semana.",
        ],
    },
}

SHORT: dict[str, dict[str, str]] = {
    "es": {
        "door": "la taquilla que no se abrió",
        "code": "el paquete devuelto sin código",
        "moved": "el paquete desviado a otra taquilla",
        "return": "la devolución que no consta",
        "damaged": "el paquete que llegó roto",
        "stuck": "el envío parado en tránsito",
    },
    "de": {
        "door": "das nicht geöffnete Fach",
        "code": "das ohne Code zurückgeschickte Paket",
        "moved": "das umgeleitete Paket",
        "return": "die verschwundene Retoure",
        "damaged": "das kaputte Paket",
        "stuck": "die hängende Sendung",
    },
    "en": {
        "door": "the locker door that never opened",
        "code": "the parcel sent back without a code",
        "moved": "the parcel redirected to another locker",
        "return": "the return that never got scanned",
        "damaged": "the damaged parcel",
        "stuck": "the parcel stuck in transit",
    },
    "fr": {
        "door": "le casier qui ne s'est pas ouvert",
        "code": "le colis renvoyé sans code",
        "moved": "le colis dévié vers une autre consigne",
        "return": "le retour introuvable",
        "damaged": "le colis abîmé",
        "stuck": "l'envoi bloqué en transit",
    },
    "it": {
        "door": "lo sportello che non si è aperto",
        "code": "il pacco rispedito senza codice",
        "moved": "il pacco dirottato su un altro locker",
        "return": "il reso che non risulta",
        "damaged": "il pacco arrivato rotto",
        "stuck": "la spedizione ferma in transito",
    },
    "pt": {
        "door": "o cacifo que não abriu",
        "code": "a encomenda devolvida sem código",
        "moved": "a encomenda desviada para outro cacifo",
        "return": "a devolução que não aparece",
        "damaged": "a encomenda que chegou partida",
        "stuck": "o envio parado em trânsito",
    },
}

FIX: dict[str, dict[str, str]] = {
    "es": {
        "door": "hemos recuperado tu paquete y ya está de nuevo en la taquilla con un código nuevo",
        "code": "la tienda te vuelve a enviar el pedido sin coste y hemos revisado tus notificaciones",
        "moved": "hemos devuelto el paquete a tu taquilla de siempre",
        "return": "hemos localizado la devolución y enviado el justificante de depósito a la tienda",
        "damaged": "hemos aprobado la reclamación y te hemos abonado el importe",
        "stuck": "hemos localizado el envío y ya está en reparto",
    },
    "de": {
        "door": "wir haben dein Paket gefunden, es liegt mit einem neuen Code wieder im Fach",
        "code": "der Shop schickt die Bestellung kostenlos erneut und wir haben deine Benachrichtigungen geprüft",
        "moved": "wir haben das Paket an deine gewohnte Station zurückgebracht",
        "return": "wir haben die Retoure gefunden und dem Shop den Einlieferungsbeleg geschickt",
        "damaged": "wir haben die Reklamation anerkannt und dir den Betrag gutgeschrieben",
        "stuck": "wir haben die Sendung gefunden, sie ist jetzt in der Zustellung",
    },
    "en": {
        "door": "we've recovered your parcel and it's back in the locker with a new code",
        "code": "the shop is re-sending your order free of charge and we've checked your notification settings",
        "moved": "we've brought the parcel back to your usual locker",
        "return": "we've found the return and sent the shop the drop-off receipt",
        "damaged": "we've approved your claim and refunded the amount",
        "stuck": "we've found the parcel and it's now out for delivery",
    },
    "fr": {
        "door": "nous avons récupéré votre colis, il est de nouveau dans la consigne avec un nouveau code",
        "code": "la boutique vous renvoie la commande sans frais et nous avons vérifié vos notifications",
        "moved": "nous avons ramené le colis à votre consigne habituelle",
        "return": "nous avons retrouvé le retour et envoyé la preuve de dépôt à la boutique",
        "damaged": "nous avons accepté la réclamation et vous avons remboursé le montant",
        "stuck": "nous avons retrouvé l'envoi, il est maintenant en livraison",
    },
    "it": {
        "door": "abbiamo recuperato il tuo pacco ed è di nuovo nel locker con un codice nuovo",
        "code": "il negozio ti rispedisce l'ordine senza costi e abbiamo controllato le tue notifiche",
        "moved": "abbiamo riportato il pacco al tuo solito locker",
        "return": "abbiamo trovato il reso e mandato al negozio la ricevuta di deposito",
        "damaged": "abbiamo accolto il reclamo e ti abbiamo rimborsato l'importo",
        "stuck": "abbiamo trovato la spedizione, ora è in consegna",
    },
    "pt": {
        "door": "recuperámos a sua encomenda e já está de novo no cacifo com um código novo",
        "code": "a loja volta a enviar a encomenda sem custos e revimos as suas notificações",
        "moved": "trouxemos a encomenda de volta ao seu cacifo habitual",
        "return": "encontrámos a devolução e enviámos à loja o comprovativo de depósito",
        "damaged": "aprovámos a reclamação e devolvemos-lhe o valor",
        "stuck": "encontrámos o envio e já está em distribuição",
    },
}

TROUBLE: dict[str, dict[str, list[str]]] = {
    "es": {
        "angry_open": [
            "[[Estoy harta|Estoy harto]].",
            "Esto es una vergüenza.",
            "Vaya servicio, de verdad.",
            "INCREÍBLE.",
            "No me lo puedo creer.",
            "Muy mal, Lockora.",
            "Qué desastre.",
        ],
        "angry_close": [
            "Quiero una solución YA.",
            "Nadie contesta al teléfono y en el chat solo hay un bot.",
            "Espero que alguien me dé una explicación.",
            "¿Alguien me puede ayudar o no?",
            "[[Estoy muy enfadada|Estoy muy enfadado]].",
            "UNA VERGÜENZA.",
        ],
        "long_greet": ["Hola:", "Buenos días:", "Estimado equipo de Lockora:"],
        "long_intro": [
            "Soy [[cliente vuestra|cliente vuestro]] desde hace casi dos años y normalmente estoy [[encantada|encantado]] con el servicio; recojo paquetes casi cada semana en la taquilla de {locker} y hasta ahora todo había ido sobre ruedas.",
            "Os escribo con pena, porque siempre os he recomendado a mis amigos y a mi familia, y de hecho mi madre se hizo la cuenta por mí. La app me parece muy buena y el Plus lo pago [[encantada|encantado]].",
            "Antes de nada, gracias por el servicio de estos meses: las devoluciones en el locker me han salvado más de una vez con los pedidos de ropa.",
        ],
        "long_turn": [
            "Pero esta vez ha pasado algo que no entiendo.",
            "El problema es el siguiente.",
            "Sin embargo, esta semana las cosas no han ido bien.",
        ],
        "long_after": [
            "He llamado y me han tenido veinte minutos en espera para nada. Os pido que lo reviséis cuanto antes y me digáis qué vais a hacer.",
            "Sé que los errores pasan, pero me gustaría una respuesta clara y una solución pronto, porque ahora mismo me siento bastante [[tirada|tirado]].",
            "En el chat me dijeron que 'lo miraban' y no he vuelto a saber nada. Espero vuestra respuesta.",
        ],
        "long_sign": ["Un saludo,\n{name}", "Atentamente,\n{name} {last}", "Gracias,\n{name}"],
        "subject_bad": [
            "Problema con mi paquete",
            "Queja",
            "Reclamación URGENTE",
            "Paquete",
            "Esto no puede ser",
        ],
        "csat_low": [
            "Nada resuelto.",
            "El chat no sirvió de nada",
            "Mal.",
            "Sin solución",
            "Muy lento",
        ],
        "nps_low": [
            "No os recomendaría ahora mismo.",
            "Después de esto, no.",
            "[[Muy decepcionada|Muy decepcionado]].",
            "Un 3 y porque antes funcionaba bien.",
            "Así no.",
        ],
        "agent_opened": [
            "Hola {name}: hemos abierto el caso {ref} con lo que nos cuentas. Lo estamos revisando y te escribimos en cuanto sepamos algo. Un saludo, {agent} (Lockora)",
            "Hola {name}, gracias por avisarnos. Tu caso es el {ref}; ya está en manos del equipo. {agent}, Lockora",
        ],
        "agent_passed": [
            "Hola {name}: sentimos mucho lo ocurrido. He pasado tu caso {ref} al equipo de incidencias de red, que puede revisarlo en la propia taquilla. Te contactarán en 24-48 h. Un saludo, {agent}",
            "Hola {name}, he escalado tu caso {ref} a nuestros especialistas de operaciones. En cuanto tengan novedades te escribimos. Disculpa las molestias. {agent}",
        ],
        "agent_fixed": [
            "Hola {name}: sobre tu caso {ref}, {fix}. ¿Nos confirmas que ya está todo bien? Un saludo, {agent} (Lockora)",
            "Hola {name}, buenas noticias con el caso {ref}: {fix}. ¿Puedes confirmarnos que todo está correcto? Gracias, {agent}",
        ],
        "agent_subject": ["Tu caso {ref}", "Caso {ref}", "Re: caso {ref}"],
        "confirm_fixed": [
            "Confirmado, ya está todo bien. Gracias por resolverlo ({ref}).",
            "Sí, ya lo tengo. Muchas gracias, podéis cerrar el {ref}.",
            "Todo correcto ahora, gracias! (caso {ref})",
        ],
        "apology": [
            "Gracias por arreglarlo tan rápido. Y perdón por el tono de ayer, estaba muy [[agobiada|agobiado]].",
            "Ya está solucionado, gracias. Siento haberme puesto así ayer.",
            "Todo bien ya. Perdonad el mensaje de ayer, no fue mi mejor día 🙏",
        ],
        "second": [
            "Caso {ref}: sigue sin resolverse. Nadie me ha dicho nada sobre {short}.",
            "Vuelvo a escribir por el caso {ref}. TODAVÍA no está solucionado lo de {short}.",
            "Re: caso {ref}. Sigue todo igual con {short}, ¿alguien lo está mirando?",
            "Os escribí por {short} (caso {ref}). Sigue sin solución y nadie responde.",
        ],
        "third": [
            "Tercera vez que contacto por lo mismo (caso {ref}): {short}. Ya estoy mirando {comp}.",
            "Es la TERCERA vez que os escribo por {short}. Caso {ref}. Con {comp} esto no me pasaba.",
        ],
        "fourth": [
            "CUARTA vez. Caso {ref}, {short}, sin resolver. No sé qué más tengo que hacer.",
            "Cuarta vez que contacto por el caso {ref}. Sigo sin solución y sin respuesta. Lamentable.",
        ],
        "phone_open": ["hola buenas", "sí hola mire", "hola buenos días eh", "buenas tardes a ver"],
        "phone_first": ["llamo porque {core}"],
        "phone_second": [
            "llamo otra vez por el caso {ref} porque sigue sin resolverse lo de {short} y nadie me ha llamado"
        ],
        "phone_third": [
            "es la tercera vez que llamo por {short} el caso {ref} y de verdad que ya estoy mirando {comp}"
        ],
        "phone_fourth": [
            "es la cuarta vez que llamo por el caso {ref} y sigue todo igual no puede ser"
        ],
        "slide1": [
            "La app va un poco lenta últimamente, tarda en cargar. Nada grave.",
            "Esta vez el aviso llegó tarde, el paquete llevaba horas en la taquilla.",
            "Hoy la pantalla de la taquilla de {locker} estaba colgada, tuve que esperar un rato.",
        ],
        "slide2": [
            "[[Un poco decepcionada|Un poco decepcionado]], es la segunda vez esta semana que la app falla.",
            "El paquete llegó un día más tarde de lo prometido. Me esperaba más.",
            "No sé qué pasa últimamente, pero ya no es lo que era.",
        ],
        "slide3": [
            "Empiezo a estar [[harta|harto]]: otra vez la taquilla llena y me mandan a otra.",
            "Otra vez el aviso sin llegar a tiempo. Me está cansando.",
            "Cada semana un problema distinto con Lockora. Ya cansa.",
        ],
        "slide4": [
            "El servicio va a peor cada semana. Llamas y nadie te ayuda.",
            "Cada vez peor. Antes os recomendaba, ahora no.",
            "Esto ha empeorado muchísimo, nada funciona como antes.",
        ],
        "slide5": [
            "[[ESTOY FURIOSA|ESTOY FURIOSO]]. Paquete perdido, chat inútil, teléfono comunicando.",
            "[[Harta|Harto]] de verdad. Tres envíos con problemas este mes. Vergonzoso.",
            "Lo de hoy ha sido el colmo. Un desastre de principio a fin. 😡",
        ],
        "slide6": [
            "Ya he tenido bastante. Estoy mirando precios en {comp}.",
            "Se me acabó la paciencia. Estoy comparando con {comp}.",
            "Hasta aquí. A ver qué ofrece {comp}, porque esto no es serio.",
        ],
        "grumble": [
            "Otra actualización de la app. ¿De verdad hace falta una cada semana?",
            "Media hora en espera para una pregunta tonta.",
            "La taquilla de {locker} siempre está llena los lunes.",
            "El Plus ha subido otra vez. Un euro más al mes por lo mismo.",
            "El chatbot no entiende nada, hay que escribir 'agente' diez veces.",
            "La pantalla del locker sigue rota, ya van dos semanas.",
            "Los avisos llegan cuando les da la gana.",
        ],
        "sarcasm": [
            "Me encanta cuando la app se cierra justo al escanear el QR 🙃",
            "Genial, otra vez el hueco de arriba del todo. Menos mal que mido 1,60 🙃",
            "Qué bien que la taquilla 'más cercana' esté a 20 minutos andando 🙃 gran planificación",
            "Nada como un 'tu paquete ha llegado' a las 3 de la mañana para empezar bien el día 🙃",
        ],
        "leave": [
            "Baja de Lockora Plus y cierre de cuenta || Hola: os pido que deis de baja mi suscripción Plus y que cerréis mi cuenta. Me he mudado a un pueblo sin taquillas y ya no voy a usar el servicio. Gracias.",
            "Quiero darme de baja || Buenas, quiero cancelar el Plus y eliminar mi cuenta de Lockora. Compro muy poco online ya. Confirmadme cuando esté hecho, por favor.",
            "Cancelación || Hola, me doy de baja. Cancelad el Plus a final de mes y cerrad la cuenta, por favor. Me sale demasiado caro para lo que lo uso.",
        ],
        "cancel_reason": ["Ya no lo uso", "Demasiado caro", "Me mudo", "Compro poco online"],
        "agent_leave": [
            "Hola {name}: sentimos que quieras irte. La baja del Plus y el cierre de la cuenta los puedes hacer tú en la web, en «Mi cuenta > Cerrar cuenta»; si tienes saldo, te lo devolvemos en 5 días. Un saludo, {agent} (Lockora)"
        ],
        "mild": [
            "La taquilla de {locker} estaba llena y tuve que esperar al día siguiente. No pasa nada, pero lo comento.",
            "Me llegó el mismo aviso dos veces, un poco molesto.",
            "La app tarda un poco en abrir esta semana, por si no lo sabíais.",
        ],
        "spike": [
            "Mi código no funciona en la taquilla, pone «código no válido» 😡",
            "¿Alguien más con el locker diciendo 'código inválido'? Llevo 20 min aquí",
            "@Lockora la taquilla de {locker} no acepta mi código, ¿qué pasa?",
            "Código de recogida rechazado en la pantalla, tres veces. El paquete está dentro y no puedo sacarlo.",
            "No se abre nada, el QR da error y el número también. Socorro",
            "Vengo a recoger y la máquina dice que el código no existe. Me lo acabáis de mandar hoy.",
        ],
        "spike_again": [
            "Sigue sin funcionar el código, ya he escrito antes y nada. ¿Está caído el sistema?",
            "Otra vez yo: el código sigue dando error y nadie contesta.",
            "Sigo delante de la taquilla con el código rechazado. ¿Alguna solución?",
        ],
        "agent_spike": [
            "Hola {name}: un fallo en la actualización de software de las taquillas hizo que esta tarde se rechazaran los códigos de recogida. Ya está corregido y te hemos ampliado el plazo 2 días. Perdona las molestias. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["Tu código de recogida ya funciona"],
        "lone_code": [
            "Hola, hoy el QR no me lo leía la taquilla y he tenido que teclear el número. ¿Pasa a menudo?"
        ],
        "lone_code_answer": [
            "Hola {name}: a veces el lector no capta bien el QR si el brillo del móvil está bajo; el número funciona siempre. ¡Gracias por avisar!"
        ],
        "spike_subject": ["Código no válido", "No puedo recoger mi paquete"],
    },
    "de": {
        "angry_open": [
            "Ich bin echt bedient.",
            "Das ist eine Frechheit.",
            "Was für ein Service.",
            "UNFASSBAR.",
            "Das kann doch nicht wahr sein.",
            "Sehr schwach, Lockora.",
            "Was für ein Chaos.",
        ],
        "angry_close": [
            "Ich will JETZT eine Lösung.",
            "Telefonisch erreicht man niemanden und im Chat antwortet nur ein Bot.",
            "Ich erwarte eine Erklärung.",
            "Kann mir jemand helfen oder nicht?",
            "Ich bin stinksauer.",
            "EINE FRECHHEIT.",
        ],
        "long_greet": ["Hallo,", "Guten Tag,", "Sehr geehrtes Lockora-Team,"],
        "long_intro": [
            "ich bin seit fast zwei Jahren [[Kundin|Kunde]] und eigentlich sehr zufrieden; ich hole fast jede Woche Pakete an der Station {locker} ab, und bisher lief alles wie am Schnürchen.",
            "ich schreibe Ihnen ungern, denn ich habe Sie bisher immer Freunden und Familie empfohlen – meine Mutter hat sich sogar auf mein Drängen hin ein Konto angelegt. Die App finde ich gut und Plus zahle ich gern.",
            "zunächst einmal danke für den Service der letzten Monate: Die Retouren an der Station haben mich bei Kleiderbestellungen mehr als einmal gerettet.",
        ],
        "long_turn": [
            "Diesmal ist aber etwas passiert, das ich nicht verstehe.",
            "Folgendes Problem:",
            "Diese Woche lief es allerdings nicht gut.",
        ],
        "long_after": [
            "Ich habe angerufen und hing zwanzig Minuten in der Warteschleife, ohne Ergebnis. Bitte prüfen Sie das schnellstmöglich und sagen Sie mir, was Sie tun werden.",
            "Fehler passieren, das ist mir klar, aber ich hätte gern eine klare Antwort und bald eine Lösung, denn im Moment fühle ich mich ziemlich im Stich gelassen.",
            "Im Chat hieß es, man „schaue sich das an“, seitdem habe ich nichts mehr gehört. Ich warte auf Ihre Antwort.",
        ],
        "long_sign": [
            "Viele Grüße\n{name}",
            "Mit freundlichen Grüßen\n{name} {last}",
            "Danke und Gruß\n{name}",
        ],
        "subject_bad": [
            "Problem mit meinem Paket",
            "Beschwerde",
            "DRINGEND: Reklamation",
            "Paket",
            "So geht das nicht",
        ],
        "csat_low": [
            "Nichts gelöst.",
            "Der Chat hat null geholfen",
            "Schlecht.",
            "Keine Lösung",
            "Viel zu langsam",
        ],
        "nps_low": [
            "Im Moment würde ich euch nicht empfehlen.",
            "Nach der Sache nicht.",
            "Sehr enttäuscht.",
            "Eine 3, und nur weil es früher gut lief.",
            "So nicht.",
        ],
        "agent_opened": [
            "Hallo {name}, wir haben zu deinem Anliegen den Fall {ref} angelegt. Wir prüfen das und melden uns, sobald wir mehr wissen. Viele Grüße, {agent} (Lockora)",
            "Hallo {name}, danke für deine Nachricht. Deine Fallnummer ist {ref}, das Team kümmert sich darum. {agent}, Lockora",
        ],
        "agent_passed": [
            "Hallo {name}, das tut uns sehr leid. Ich habe deinen Fall {ref} an unser Netzwerk-Team weitergegeben, das die Station vor Ort prüfen kann. Sie melden sich innerhalb von 24-48 Stunden. Viele Grüße, {agent}",
            "Hallo {name}, ich habe deinen Fall {ref} an unsere Spezialisten im Betrieb eskaliert. Sobald es Neuigkeiten gibt, schreiben wir dir. Entschuldige die Umstände. {agent}",
        ],
        "agent_fixed": [
            "Hallo {name}, zu deinem Fall {ref}: {fix}. Kannst du uns bestätigen, dass jetzt alles passt? Viele Grüße, {agent} (Lockora)",
            "Hallo {name}, gute Nachrichten zu Fall {ref}: {fix}. Magst du kurz bestätigen, dass alles in Ordnung ist? Danke, {agent}",
        ],
        "agent_subject": ["Dein Fall {ref}", "Fall {ref}", "AW: Fall {ref}"],
        "confirm_fixed": [
            "Bestätigt, jetzt passt alles. Danke fürs Lösen ({ref}).",
            "Ja, ist angekommen. Vielen Dank, ihr könnt {ref} schließen.",
            "Jetzt ist alles richtig, danke! (Fall {ref})",
        ],
        "apology": [
            "Danke, dass ihr das so schnell gelöst habt. Und sorry für den Ton gestern, ich war echt gestresst.",
            "Ist erledigt, danke. Tut mir leid, dass ich gestern so ausgerastet bin.",
            "Alles gut jetzt. Entschuldigt die Nachricht von gestern, war nicht mein Tag 🙏",
        ],
        "second": [
            "Fall {ref}: immer noch nicht gelöst. Was {short} angeht, hat sich niemand gemeldet.",
            "Ich schreibe nochmal wegen Fall {ref}. {Short} ist IMMER NOCH nicht geklärt.",
            "AW: Fall {ref}. Für {short} hat sich nichts getan, kümmert sich überhaupt jemand?",
            "Ich hatte euch {short} gemeldet (Fall {ref}). Immer noch keine Lösung, keine Antwort.",
        ],
        "third": [
            "Zum dritten Mal wegen derselben Sache (Fall {ref}): {short}. Ich schaue mir schon {comp} an.",
            "Das ist jetzt das DRITTE Mal, dass ich {short} melde. Fall {ref}. Bei {comp} wäre mir das nicht passiert.",
        ],
        "fourth": [
            "VIERTES Mal. Fall {ref}, {short}, ungelöst. Ich weiß nicht, was ich noch tun soll.",
            "Vierter Kontakt wegen Fall {ref}. Immer noch keine Lösung und keine Antwort. Unterirdisch.",
        ],
        "phone_open": ["ja hallo", "äh hallo guten tag", "ja grüß gott", "hallo hier ist"],
        "phone_first": ["ich ruf an wegen meinem paket also {core}"],
        "phone_second": [
            "ich ruf nochmal an wegen fall {ref} weil {short} immer noch nicht geklärt ist und mich keiner zurückgerufen hat"
        ],
        "phone_third": [
            "das ist jetzt das dritte mal dass ich anrufe es geht um {short} fall {ref} und ich schau mir ehrlich gesagt schon {comp} an"
        ],
        "phone_fourth": [
            "ich ruf jetzt zum vierten mal an wegen fall {ref} und es ist immer noch alles beim alten"
        ],
        "slide1": [
            "Die App ist in letzter Zeit etwas langsam. Nichts Dramatisches.",
            "Diesmal kam die Benachrichtigung spät, das Paket lag schon Stunden im Fach.",
            "Heute hing das Display an der Station {locker}, musste eine Weile warten.",
        ],
        "slide2": [
            "Etwas enttäuscht, die App spinnt diese Woche schon zum zweiten Mal.",
            "Das Paket kam einen Tag später als versprochen. Hatte mehr erwartet.",
            "Keine Ahnung, was los ist, aber es ist nicht mehr wie früher.",
        ],
        "slide3": [
            "Langsam reicht's: wieder Station voll, wieder umgeleitet.",
            "Schon wieder kam die Benachrichtigung zu spät. Nervt allmählich.",
            "Jede Woche ein anderes Problem mit Lockora. Ermüdend.",
        ],
        "slide4": [
            "Der Service wird jede Woche schlechter. Am Telefon hilft einem keiner.",
            "Immer schlechter. Früher hab ich euch empfohlen, jetzt nicht mehr.",
            "Das ist richtig bergab gegangen, nichts klappt mehr wie früher.",
        ],
        "slide5": [
            "ICH BIN STINKSAUER. Paket weg, Chat nutzlos, Hotline besetzt.",
            "Echt die Nase voll. Drei Sendungen mit Problemen diesen Monat. Peinlich.",
            "Heute war der Gipfel. Von vorne bis hinten ein Desaster. 😡",
        ],
        "slide6": [
            "Mir reicht's. Ich vergleiche gerade die Preise bei {comp}.",
            "Meine Geduld ist am Ende. Ich schaue mir {comp} an.",
            "Schluss jetzt. Mal sehen, was {comp} bietet, das hier ist nicht seriös.",
        ],
        "grumble": [
            "Schon wieder ein App-Update. Muss das echt jede Woche sein?",
            "Eine halbe Stunde Warteschleife für eine simple Frage.",
            "Die Station {locker} ist montags immer voll.",
            "Plus ist schon wieder teurer geworden. Einen Euro mehr im Monat für dasselbe.",
            "Der Chatbot versteht nichts, man muss zehnmal 'Mitarbeiter' tippen.",
            "Das Display an der Station ist immer noch kaputt, seit zwei Wochen.",
            "Die Benachrichtigungen kommen, wann sie wollen.",
        ],
        "sarcasm": [
            "Ich liebe es, wenn die App genau beim QR-Scan abstürzt 🙃",
            "Super, wieder das oberste Fach. Zum Glück bin ich 1,60 m 🙃",
            "Toll, dass die „nächste“ Station 20 Minuten zu Fuß entfernt ist 🙃 starke Planung",
            "Nichts geht über ein „Dein Paket ist da“ um 3 Uhr nachts 🙃",
        ],
        "leave": [
            "Kündigung Lockora Plus und Kontolöschung || Hallo, bitte kündigen Sie mein Plus-Abo und löschen Sie mein Konto. Ich bin aufs Land gezogen, hier gibt es keine Stationen, und ich werde den Dienst nicht mehr nutzen. Danke.",
            "Kündigung || Guten Tag, ich möchte Plus kündigen und mein Lockora-Konto löschen lassen. Ich bestelle kaum noch online. Bitte bestätigen Sie mir die Kündigung.",
            "Konto schließen || Hallo, ich steige aus. Bitte Plus zum Monatsende kündigen und das Konto schließen. Für meine Nutzung ist es mir zu teuer.",
        ],
        "cancel_reason": ["Nutze es nicht mehr", "Zu teuer", "Umzug", "Bestelle kaum online"],
        "agent_leave": [
            "Hallo {name}, schade, dass du gehen möchtest. Plus kündigen und das Konto schließen kannst du selbst auf der Website unter „Mein Konto > Konto schließen“; ein Restguthaben erstatten wir innerhalb von 5 Tagen. Viele Grüße, {agent} (Lockora)"
        ],
        "mild": [
            "Die Station {locker} war voll und ich musste bis zum nächsten Tag warten. Kein Drama, wollte es nur sagen.",
            "Ich habe dieselbe Benachrichtigung zweimal bekommen, etwas nervig.",
            "Die App braucht diese Woche etwas länger zum Starten, nur zur Info.",
        ],
        "spike": [
            "Mein Code geht an der Station nicht, da steht „Code ungültig“ 😡",
            "Noch jemand, bei dem die Station „ungültiger Code“ sagt? Stehe seit 20 Minuten hier",
            "@Lockora die Station {locker} nimmt meinen Code nicht an, was ist los?",
            "Abholcode am Display dreimal abgelehnt. Das Paket liegt drin und ich komme nicht ran.",
            "Nichts geht auf, QR-Code Fehler und die Nummer auch. Hilfe",
            "Will abholen und der Automat sagt, den Code gibt es nicht. Ihr habt ihn mir heute erst geschickt.",
        ],
        "spike_again": [
            "Der Code funktioniert immer noch nicht, hab vorhin schon geschrieben. Ist das System down?",
            "Nochmal ich: Code weiterhin ungültig und keiner antwortet.",
            "Stehe immer noch vor der Station, Code abgelehnt. Gibt es eine Lösung?",
        ],
        "agent_spike": [
            "Hallo {name}, durch einen Fehler beim Software-Update der Stationen wurden heute Abend Abholcodes abgelehnt. Das ist behoben und wir haben deine Abholfrist um 2 Tage verlängert. Entschuldige die Umstände. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["Dein Abholcode funktioniert wieder"],
        "lone_code": [
            "Hallo, heute hat die Station meinen QR-Code nicht gelesen und ich musste die Nummer eintippen. Kommt das öfter vor?"
        ],
        "lone_code_answer": [
            "Hallo {name}, manchmal liest der Scanner den QR-Code nicht, wenn die Displayhelligkeit niedrig ist; die Nummer funktioniert immer. Danke für den Hinweis!"
        ],
        "spike_subject": ["Abholcode ungültig", "Komme nicht an mein Paket"],
    },
    "en": {
        "angry_open": [
            "I'm fuming.",
            "This is a joke.",
            "What a shambles.",
            "UNBELIEVABLE.",
            "I can't believe this.",
            "Really poor, Lockora.",
            "Absolute mess.",
        ],
        "angry_close": [
            "I want this sorted TODAY.",
            "Nobody answers the phone and the chat is just a bot.",
            "I'd like someone to explain this.",
            "Can anyone actually help or not?",
            "Furious.",
            "DISGRACEFUL.",
        ],
        "long_greet": ["Hello,", "Good morning,", "Dear Lockora team,"],
        "long_intro": [
            "I've been a customer for nearly two years and I'm usually really happy with the service; I collect parcels almost every week at the {locker} locker and up to now it's all been plain sailing.",
            "I'm sorry to be writing this, because I've always recommended you to friends and family, and I even set my mum up with an account. I think the app is great and I happily pay for Plus.",
            "First of all, thanks for the service over the last few months: locker returns have saved me more than once with clothes orders.",
        ],
        "long_turn": [
            "But this time something has happened that I don't understand.",
            "Here's the problem.",
            "This week, though, things haven't gone well.",
        ],
        "long_after": [
            "I rang and was on hold for twenty minutes for nothing. Please look into it as soon as possible and tell me what you're going to do.",
            "I know mistakes happen, but I'd like a clear answer and a fix soon, because right now I feel pretty let down.",
            "The chat said they would 'look into it' and I've heard nothing since. I look forward to your reply.",
        ],
        "long_sign": ["Best,\n{name}", "Kind regards,\n{name} {last}", "Thanks,\n{name}"],
        "subject_bad": [
            "Problem with my parcel",
            "Complaint",
            "URGENT complaint",
            "Parcel",
            "Not acceptable",
        ],
        "csat_low": ["Nothing resolved.", "Chat was useless", "Poor.", "No fix", "Far too slow"],
        "nps_low": [
            "Wouldn't recommend you right now.",
            "Not after this.",
            "Very disappointed.",
            "A 3, and only because it used to work.",
            "No.",
        ],
        "agent_opened": [
            "Hi {name}, we've opened case {ref} for this. We're looking into it and will get back to you as soon as we know more. Best, {agent} (Lockora)",
            "Hi {name}, thanks for letting us know. Your case number is {ref} and the team is on it. {agent}, Lockora",
        ],
        "agent_passed": [
            "Hi {name}, we're really sorry about this. I've passed your case {ref} to our network team, who can check the locker on site. They'll be in touch within 24-48 hours. Best, {agent}",
            "Hi {name}, I've escalated case {ref} to our operations specialists. We'll write as soon as there's news. Sorry for the hassle. {agent}",
        ],
        "agent_fixed": [
            "Hi {name}, about your case {ref}: {fix}. Could you confirm everything is fine now? Best, {agent} (Lockora)",
            "Hi {name}, good news on case {ref}: {fix}. Can you confirm it's all sorted on your side? Thanks, {agent}",
        ],
        "agent_subject": ["Your case {ref}", "Case {ref}", "RE: case {ref}"],
        "confirm_fixed": [
            "Confirmed, all fine now. Thanks for sorting it ({ref}).",
            "Yes, got it. Many thanks, you can close {ref}.",
            "All correct now, thanks! (case {ref})",
        ],
        "apology": [
            "Thanks for fixing it so quickly. And sorry about my tone yesterday, I was really stressed.",
            "All sorted, thank you. Sorry I lost it a bit yesterday.",
            "All good now. Apologies for yesterday's message, not my finest moment 🙏",
        ],
        "second": [
            "Case {ref}: still not resolved. Nobody has told me anything about {short}.",
            "Writing again about case {ref}. {Short} is STILL not sorted.",
            "RE: case {ref}. Nothing has changed with {short}, is anyone looking at it?",
            "I wrote to you about {short} (case {ref}). Still no fix and no reply.",
        ],
        "third": [
            "Third time I'm contacting you about the same thing (case {ref}): {short}. I'm already looking at {comp}.",
            "This is the THIRD time I've written about {short}. Case {ref}. Never had this with {comp}.",
        ],
        "fourth": [
            "FOURTH time. Case {ref}, {short}, unresolved. I don't know what else I can do.",
            "Fourth time I'm in touch about case {ref}. Still no fix and no answer. Pathetic.",
        ],
        "phone_open": ["yeah hi", "hiya hello", "hi there um", "hello yes hi"],
        "phone_first": ["i'm calling because {core}"],
        "phone_second": [
            "i'm calling again about case {ref} because {short} still isn't sorted and nobody's rung me back"
        ],
        "phone_third": [
            "this is the third time i've called about {short} case {ref} and honestly i'm already looking at {comp}"
        ],
        "phone_fourth": [
            "this is the fourth time i'm calling about case {ref} and it's exactly the same"
        ],
        "slide1": [
            "App's been a bit slow lately. Nothing major.",
            "Notification came late this time, the parcel had been in the locker for hours.",
            "Screen at the {locker} locker froze today, had to wait a while.",
        ],
        "slide2": [
            "Bit disappointed, second time this week the app's played up.",
            "Parcel arrived a day later than promised. Expected better.",
            "Not sure what's going on lately but it's not what it used to be.",
        ],
        "slide3": [
            "Getting fed up now: locker full again, redirected again.",
            "Notification late AGAIN. It's wearing thin.",
            "Every week a different problem with Lockora. Tiring.",
        ],
        "slide4": [
            "Service is getting worse every week. Ring up and nobody helps.",
            "Worse and worse. I used to recommend you, not any more.",
            "This has gone right downhill, nothing works like it did.",
        ],
        "slide5": [
            "ABSOLUTELY FURIOUS. Parcel lost, chat useless, phone engaged.",
            "Sick of it. Three parcels with problems this month. Embarrassing.",
            "Today was the last straw. A disaster from start to finish. 😡",
        ],
        "slide6": [
            "I've had enough. Comparing prices at {comp} now.",
            "Patience gone. Having a look at {comp}.",
            "That's it. Let's see what {comp} offers, this isn't serious.",
        ],
        "grumble": [
            "Another app update. Does it really need one every week?",
            "Half an hour on hold for a simple question.",
            "The {locker} locker is always full on Mondays.",
            "Plus has gone up again. A pound more a month for the same thing.",
            "The chatbot understands nothing, you have to type 'agent' ten times.",
            "Locker screen still broken, two weeks now.",
            "Notifications turn up whenever they feel like it.",
        ],
        "sarcasm": [
            "Love how the app crashes right as I scan the QR 🙃",
            "Great, top compartment again. Good thing I'm 5ft 2 🙃",
            "Lovely that my 'nearest' locker is a 20 minute walk 🙃 great planning",
            "Nothing like a 'your parcel has arrived' at 3am to start the day 🙃",
        ],
        "leave": [
            "Cancel Lockora Plus and close my account || Hello, please cancel my Plus subscription and close my account. I've moved somewhere with no lockers and won't be using the service any more. Thanks.",
            "Cancellation || Hi, I'd like to cancel Plus and have my Lockora account deleted. I hardly shop online now. Please confirm once done.",
            "Closing my account || Hi, I'm leaving. Please cancel Plus at the end of the month and close the account. It's too expensive for how little I use it.",
        ],
        "cancel_reason": ["Don't use it any more", "Too expensive", "Moving", "Hardly shop online"],
        "agent_leave": [
            "Hi {name}, sorry to hear you'd like to leave. You can cancel Plus and close the account yourself on the website under My account > Close account; any remaining balance is refunded within 5 days. Best, {agent} (Lockora)"
        ],
        "mild": [
            "The {locker} locker was full and I had to wait until the next day. Not a big deal, just mentioning it.",
            "Got the same notification twice, slightly annoying.",
            "App's a bit slow to open this week, in case you didn't know.",
        ],
        "spike": [
            "My code won't work at the locker, says 'invalid code' 😡",
            "Anyone else getting 'invalid code' at the locker? Been stood here 20 mins",
            "@Lockora the {locker} locker won't take my code, what's going on?",
            "Pick-up code rejected on the screen three times. Parcel's in there and I can't get it out.",
            "Nothing opens, QR errors and the number does too. Help",
            "Came to collect and the machine says the code doesn't exist. You only sent it today.",
        ],
        "spike_again": [
            "Code still not working, I've already written and nothing. Is the system down?",
            "Me again: code still gives an error and nobody answers.",
            "Still stood at the locker with the code rejected. Any fix?",
        ],
        "agent_spike": [
            "Hi {name}, a fault in a software update to the lockers caused pick-up codes to be rejected this evening. It's fixed now and we've extended your pick-up time by 2 days. Sorry for the trouble. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["Your pick-up code works again"],
        "lone_code": [
            "Hi, the locker wouldn't read my QR today and I had to type the number in. Does that happen often?"
        ],
        "lone_code_answer": [
            "Hi {name}, the scanner sometimes struggles with the QR if your screen brightness is low; the number always works. Thanks for letting us know!"
        ],
        "spike_subject": ["Code not working", "Can't get my parcel out"],
    },
    "fr": {
        "angry_open": [
            "J'en ai marre.",
            "C'est une honte.",
            "Quel service, franchement.",
            "INADMISSIBLE.",
            "Je n'y crois pas.",
            "Très décevant, Lockora.",
            "Quel bazar.",
        ],
        "angry_close": [
            "Je veux une solution MAINTENANT.",
            "Personne ne répond au téléphone et dans le chat il n'y a qu'un robot.",
            "J'attends une explication.",
            "Quelqu'un peut m'aider, oui ou non ?",
            "[[Je suis furieuse|Je suis furieux]].",
            "LAMENTABLE.",
        ],
        "long_greet": ["Bonjour,", "Madame, Monsieur,", "Chère équipe Lockora,"],
        "long_intro": [
            "je suis [[cliente|client]] depuis bientôt deux ans et d'habitude je suis [[ravie|ravi]] du service ; je récupère des colis presque chaque semaine à la consigne {locker} et jusqu'ici tout roulait.",
            "je vous écris à regret, car je vous ai toujours recommandés à mes amis et à ma famille, j'ai même créé un compte à ma mère. L'appli est très bien et je paie Plus avec plaisir.",
            "d'abord merci pour le service de ces derniers mois : les retours en consigne m'ont [[sauvée|sauvé]] plus d'une fois avec mes commandes de vêtements.",
        ],
        "long_turn": [
            "Mais cette fois il s'est passé quelque chose que je ne comprends pas.",
            "Voici le problème.",
            "Cette semaine, en revanche, rien ne s'est bien passé.",
        ],
        "long_after": [
            "J'ai appelé et on m'a laissé vingt minutes en attente pour rien. Merci de regarder au plus vite et de me dire ce que vous allez faire.",
            "Je sais que les erreurs arrivent, mais j'aimerais une réponse claire et une solution rapide, parce que là je me sens un peu [[abandonnée|abandonné]].",
            "Dans le chat on m'a dit qu'on « regardait » et depuis plus rien. J'attends votre réponse.",
        ],
        "long_sign": ["Cordialement,\n{name}", "Bien à vous,\n{name} {last}", "Merci,\n{name}"],
        "subject_bad": [
            "Problème avec mon colis",
            "Réclamation",
            "URGENT réclamation",
            "Colis",
            "Inacceptable",
        ],
        "csat_low": [
            "Rien de résolu.",
            "Le chat ne sert à rien",
            "Mauvais.",
            "Pas de solution",
            "Beaucoup trop lent",
        ],
        "nps_low": [
            "Je ne vous recommanderais pas en ce moment.",
            "Après ça, non.",
            "[[Très déçue|Très déçu]].",
            "Un 3, et seulement parce que ça marchait avant.",
            "Non.",
        ],
        "agent_opened": [
            "Bonjour {name}, nous avons ouvert le dossier {ref} à partir de votre message. Nous regardons et revenons vers vous dès que possible. Bien à vous, {agent} (Lockora)",
            "Bonjour {name}, merci de nous avoir prévenus. Votre numéro de dossier est le {ref}, l'équipe s'en occupe. {agent}, Lockora",
        ],
        "agent_passed": [
            "Bonjour {name}, nous sommes vraiment désolés. J'ai transmis votre dossier {ref} à notre équipe réseau, qui peut vérifier la consigne sur place. Elle vous contactera sous 24 à 48 h. Bien à vous, {agent}",
            "Bonjour {name}, j'ai remonté le dossier {ref} à nos spécialistes des opérations. Nous vous écrivons dès qu'il y a du nouveau. Désolé pour le désagrément. {agent}",
        ],
        "agent_fixed": [
            "Bonjour {name}, concernant votre dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout est bon ? Bien à vous, {agent} (Lockora)",
            "Bonjour {name}, bonne nouvelle pour le dossier {ref} : {fix}. Vous nous confirmez que tout est en ordre de votre côté ? Merci, {agent}",
        ],
        "agent_subject": ["Votre dossier {ref}", "Dossier {ref}", "RE : dossier {ref}"],
        "confirm_fixed": [
            "Confirmé, tout est bon maintenant. Merci d'avoir réglé ça ({ref}).",
            "Oui, c'est bon. Merci beaucoup, vous pouvez fermer le {ref}.",
            "Tout est correct maintenant, merci ! (dossier {ref})",
        ],
        "apology": [
            "Merci d'avoir réglé ça si vite. Et [[désolée|désolé]] pour le ton d'hier, j'étais à bout.",
            "C'est réglé, merci. [[Désolée de m'être emportée|Désolé de m'être emporté]] hier.",
            "Tout va bien maintenant. Pardon pour le message d'hier, pas ma meilleure journée 🙏",
        ],
        "second": [
            "Dossier {ref} : toujours pas résolu. Personne ne m'a rien dit pour {short}.",
            "Je réécris pour le dossier {ref}. {Short}, TOUJOURS pas réglé.",
            "RE : dossier {ref}. Rien n'a bougé pour {short}, quelqu'un s'en occupe ?",
            "Je vous ai écrit pour {short} (dossier {ref}). Toujours pas de solution ni de réponse.",
        ],
        "third": [
            "Troisième fois que je vous contacte pour la même chose (dossier {ref}) : {short}. Je regarde déjà chez {comp}.",
            "C'est la TROISIÈME fois que j'écris pour {short}. Dossier {ref}. Avec {comp} ça ne m'était jamais arrivé.",
        ],
        "fourth": [
            "QUATRIÈME fois. Dossier {ref}, {short}, pas résolu. Je ne sais plus quoi faire.",
            "Quatrième contact pour le dossier {ref}. Toujours pas de solution ni de réponse. Lamentable.",
        ],
        "phone_open": ["oui bonjour euh", "allô bonjour", "oui bonjour madame", "bonjour euh oui"],
        "phone_first": ["j'appelle parce que {core}"],
        "phone_second": [
            "je rappelle pour le dossier {ref} parce que {short} c'est toujours pas réglé et personne ne m'a rappelé"
        ],
        "phone_third": [
            "c'est la troisième fois que j'appelle pour {short} dossier {ref} et franchement je regarde déjà chez {comp}"
        ],
        "phone_fourth": [
            "c'est la quatrième fois que j'appelle pour le dossier {ref} et rien n'a changé"
        ],
        "slide1": [
            "L'appli rame un peu ces temps-ci. Rien de grave.",
            "La notif est arrivée en retard cette fois, le colis était dans la consigne depuis des heures.",
            "L'écran de la consigne {locker} était figé aujourd'hui, j'ai dû attendre un moment.",
        ],
        "slide2": [
            "[[Un peu déçue|Un peu déçu]], deuxième fois cette semaine que l'appli bugue.",
            "Le colis est arrivé un jour plus tard que prévu. Je m'attendais à mieux.",
            "Je ne sais pas ce qui se passe en ce moment, mais ce n'est plus pareil.",
        ],
        "slide3": [
            "Je commence à saturer : consigne encore pleine, encore déviée.",
            "Encore une notif en retard. Ça commence à bien faire.",
            "Chaque semaine un nouveau souci avec Lockora. Usant.",
        ],
        "slide4": [
            "Le service se dégrade chaque semaine. On appelle et personne n'aide.",
            "De pire en pire. Avant je vous recommandais, plus maintenant.",
            "Ça s'est vraiment dégradé, plus rien ne marche comme avant.",
        ],
        "slide5": [
            "[[JE SUIS FURIEUSE|JE SUIS FURIEUX]]. Colis perdu, chat inutile, ligne occupée.",
            "Ras-le-bol. Trois envois à problème ce mois-ci. Honteux.",
            "Aujourd'hui c'était le pompon. Un fiasco du début à la fin. 😡",
        ],
        "slide6": [
            "J'en ai assez. Je compare les prix chez {comp}.",
            "Ma patience est à bout. Je regarde {comp}.",
            "Stop. On va voir ce que propose {comp}, là ce n'est pas sérieux.",
        ],
        "grumble": [
            "Encore une mise à jour de l'appli. Il en faut vraiment une par semaine ?",
            "Une demi-heure d'attente pour une question toute simple.",
            "La consigne {locker} est toujours pleine le lundi.",
            "Plus a encore augmenté. Un euro de plus par mois pour la même chose.",
            "Le chatbot ne comprend rien, il faut taper « conseiller » dix fois.",
            "L'écran de la consigne est toujours cassé, ça fait deux semaines.",
            "Les notifs arrivent quand elles veulent.",
        ],
        "sarcasm": [
            "J'adore quand l'appli plante pile au moment de scanner le QR 🙃",
            "Génial, encore le casier tout en haut. Heureusement que je fais 1m60 🙃",
            "Super que ma consigne « la plus proche » soit à 20 minutes à pied 🙃 belle planification",
            "Rien de tel qu'un « votre colis est arrivé » à 3h du matin pour bien commencer 🙃",
        ],
        "leave": [
            "Résiliation de Lockora Plus et fermeture du compte || Bonjour, merci de résilier mon abonnement Plus et de fermer mon compte. J'ai déménagé dans un village sans consigne et je n'utiliserai plus le service. Merci.",
            "Résiliation || Bonjour, je souhaite résilier Plus et faire supprimer mon compte Lockora. Je ne commande presque plus en ligne. Merci de me confirmer quand c'est fait.",
            "Fermeture de compte || Bonjour, j'arrête. Merci de résilier Plus à la fin du mois et de clôturer le compte. C'est trop cher pour l'usage que j'en ai.",
        ],
        "cancel_reason": [
            "Je ne l'utilise plus",
            "Trop cher",
            "Déménagement",
            "Je commande peu en ligne",
        ],
        "agent_leave": [
            "Bonjour {name}, nous sommes désolés de vous voir partir. Vous pouvez résilier Plus et fermer le compte vous-même sur le site, dans « Mon compte > Fermer le compte » ; un éventuel solde vous est remboursé sous 5 jours. Bien à vous, {agent} (Lockora)"
        ],
        "mild": [
            "La consigne {locker} était pleine et j'ai dû attendre le lendemain. Pas grave, je le signale.",
            "J'ai reçu la même notif deux fois, un peu agaçant.",
            "L'appli met du temps à s'ouvrir cette semaine, pour info.",
        ],
        "spike": [
            "Mon code ne marche pas à la consigne, ça affiche « code invalide » 😡",
            "Quelqu'un d'autre a « code invalide » à la consigne ? Ça fait 20 min que je suis [[plantée|planté]] là",
            "@Lockora la consigne {locker} refuse mon code, il se passe quoi ?",
            "Code de retrait refusé trois fois à l'écran. Le colis est dedans et je ne peux pas le sortir.",
            "Rien ne s'ouvre, le QR est en erreur et le numéro aussi. Au secours",
            "Je viens retirer et la machine dit que le code n'existe pas. Vous me l'avez envoyé aujourd'hui.",
        ],
        "spike_again": [
            "Le code ne marche toujours pas, j'ai déjà écrit et rien. Le système est en panne ?",
            "Encore moi : le code est toujours en erreur et personne ne répond.",
            "Toujours devant la consigne avec le code refusé. Une solution ?",
        ],
        "agent_spike": [
            "Bonjour {name}, une erreur lors d'une mise à jour logicielle des consignes a fait refuser les codes de retrait ce soir. C'est corrigé et nous avons prolongé votre délai de retrait de 2 jours. Désolés pour le désagrément. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["Votre code de retrait fonctionne à nouveau"],
        "lone_code": [
            "Bonjour, aujourd'hui la consigne ne lisait pas mon QR et j'ai dû taper le numéro. Ça arrive souvent ?"
        ],
        "lone_code_answer": [
            "Bonjour {name}, le lecteur a parfois du mal avec le QR quand la luminosité de l'écran est basse ; le numéro marche toujours. Merci de nous l'avoir signalé !"
        ],
        "spike_subject": ["Code refusé", "Impossible de retirer mon colis"],
    },
    "it": {
        "angry_open": [
            "[[Sono stufa|Sono stufo]].",
            "Una vergogna.",
            "Che servizio, davvero.",
            "INCREDIBILE.",
            "Non ci posso credere.",
            "Malissimo, Lockora.",
            "Che disastro.",
        ],
        "angry_close": [
            "Voglio una soluzione SUBITO.",
            "Al telefono non risponde nessuno e in chat c'è solo un bot.",
            "Mi aspetto una spiegazione.",
            "Qualcuno mi può aiutare o no?",
            "[[Sono arrabbiatissima|Sono arrabbiatissimo]].",
            "VERGOGNA.",
        ],
        "long_greet": ["Buongiorno,", "Salve,", "Gentile team Lockora,"],
        "long_intro": [
            "sono cliente da quasi due anni e di solito sono [[contentissima|contentissimo]] del servizio; ritiro pacchi quasi ogni settimana al locker di {locker} e finora è sempre filato tutto liscio.",
            "vi scrivo a malincuore, perché vi ho sempre consigliato ad amici e parenti, ho perfino aperto un account a mia madre. L'app mi piace molto e Plus lo pago volentieri.",
            "prima di tutto grazie per il servizio di questi mesi: i resi al locker mi hanno salvato più di una volta con gli ordini di vestiti.",
        ],
        "long_turn": [
            "Questa volta però è successo qualcosa che non capisco.",
            "Il problema è questo.",
            "Questa settimana invece le cose non sono andate bene.",
        ],
        "long_after": [
            "Ho chiamato e mi hanno tenuto venti minuti in attesa per niente. Vi chiedo di controllare al più presto e di dirmi cosa farete.",
            "So che gli errori capitano, ma vorrei una risposta chiara e una soluzione in tempi brevi, perché in questo momento mi sento un po' [[abbandonata|abbandonato]].",
            "In chat mi hanno detto che «avrebbero controllato» e poi più niente. Attendo una vostra risposta.",
        ],
        "long_sign": ["Saluti,\n{name}", "Cordiali saluti,\n{name} {last}", "Grazie,\n{name}"],
        "subject_bad": [
            "Problema con il mio pacco",
            "Reclamo",
            "URGENTE reclamo",
            "Pacco",
            "Inaccettabile",
        ],
        "csat_low": [
            "Niente risolto.",
            "La chat non è servita a nulla",
            "Male.",
            "Nessuna soluzione",
            "Troppo lenti",
        ],
        "nps_low": [
            "Al momento non vi consiglierei.",
            "Dopo questa, no.",
            "[[Molto delusa|Molto deluso]].",
            "Un 3, e solo perché prima funzionava.",
            "No.",
        ],
        "agent_opened": [
            "Ciao {name}, abbiamo aperto la pratica {ref} con quanto ci hai scritto. La stiamo verificando e ti scriviamo appena sappiamo qualcosa. Un saluto, {agent} (Lockora)",
            "Ciao {name}, grazie della segnalazione. La tua pratica è la {ref}, il team ci sta lavorando. {agent}, Lockora",
        ],
        "agent_passed": [
            "Ciao {name}, ci dispiace molto. Ho passato la tua pratica {ref} al team rete, che può controllare il locker sul posto. Ti contatteranno entro 24-48 ore. Un saluto, {agent}",
            "Ciao {name}, ho inoltrato la pratica {ref} ai nostri specialisti operativi. Ti scriviamo appena ci sono novità. Scusa il disagio. {agent}",
        ],
        "agent_fixed": [
            "Ciao {name}, riguardo alla pratica {ref}: {fix}. Ci confermi che adesso è tutto a posto? Un saluto, {agent} (Lockora)",
            "Ciao {name}, buone notizie sulla pratica {ref}: {fix}. Puoi confermarci che è tutto ok? Grazie, {agent}",
        ],
        "agent_subject": ["La tua pratica {ref}", "Pratica {ref}", "R: pratica {ref}"],
        "confirm_fixed": [
            "Confermo, adesso è tutto a posto. Grazie per averlo risolto ({ref}).",
            "Sì, ricevuto. Grazie mille, potete chiudere la {ref}.",
            "Ora è tutto corretto, grazie! (pratica {ref})",
        ],
        "apology": [
            "Grazie per averlo sistemato così in fretta. E scusate il tono di ieri, ero parecchio [[stressata|stressato]].",
            "Risolto, grazie. Scusate se ieri ho perso la pazienza.",
            "Ora tutto ok. Scusate il messaggio di ieri, non era la mia giornata 🙏",
        ],
        "second": [
            "Pratica {ref}: ancora non risolta. Per {short} nessuno mi ha detto niente.",
            "Riscrivo per la pratica {ref}. {Short}: ANCORA niente.",
            "R: pratica {ref}. Per {short} non è cambiato nulla, qualcuno ci sta guardando?",
            "Vi avevo scritto per {short} (pratica {ref}). Ancora nessuna soluzione né risposta.",
        ],
        "third": [
            "Terza volta che vi contatto per la stessa cosa (pratica {ref}): {short}. Sto già guardando {comp}.",
            "È la TERZA volta che scrivo per {short}. Pratica {ref}. Con {comp} non mi era mai successo.",
        ],
        "fourth": [
            "QUARTA volta. Pratica {ref}, {short}, non risolta. Non so più cosa fare.",
            "Quarto contatto per la pratica {ref}. Ancora nessuna soluzione né risposta. Pessimo.",
        ],
        "phone_open": [
            "pronto buongiorno",
            "sì pronto salve",
            "buongiorno allora",
            "pronto sì ehm",
        ],
        "phone_first": ["chiamo perché {core}"],
        "phone_second": [
            "richiamo per la pratica {ref} perché per {short} ancora niente e nessuno mi ha richiamato"
        ],
        "phone_third": [
            "è la terza volta che chiamo per {short} pratica {ref} e sinceramente sto già guardando {comp}"
        ],
        "phone_fourth": ["è la quarta volta che chiamo per la pratica {ref} ed è tutto come prima"],
        "slide1": [
            "L'app ultimamente è un po' lenta. Niente di grave.",
            "Stavolta la notifica è arrivata tardi, il pacco era nel locker da ore.",
            "Oggi lo schermo del locker di {locker} era bloccato, ho dovuto aspettare un po'.",
        ],
        "slide2": [
            "[[Un po' delusa|Un po' deluso]], seconda volta questa settimana che l'app fa i capricci.",
            "Il pacco è arrivato un giorno dopo il previsto. Mi aspettavo di più.",
            "Non so cosa succeda ultimamente, ma non è più come prima.",
        ],
        "slide3": [
            "Comincio a essere [[stufa|stufo]]: di nuovo locker pieno, di nuovo dirottato.",
            "Di nuovo la notifica in ritardo. Comincia a stancare.",
            "Ogni settimana un problema diverso con Lockora. Stancante.",
        ],
        "slide4": [
            "Il servizio peggiora ogni settimana. Chiami e nessuno ti aiuta.",
            "Sempre peggio. Prima vi consigliavo, adesso no.",
            "È peggiorato tantissimo, non funziona più niente come prima.",
        ],
        "slide5": [
            "[[SONO FURIOSA|SONO FURIOSO]]. Pacco perso, chat inutile, telefono occupato.",
            "[[Stufa|Stufo]] davvero. Tre spedizioni con problemi questo mese. Vergognoso.",
            "Oggi è stata la goccia. Un disastro dall'inizio alla fine. 😡",
        ],
        "slide6": [
            "Ne ho abbastanza. Sto confrontando i prezzi di {comp}.",
            "Pazienza finita. Sto guardando {comp}.",
            "Basta. Vediamo cosa offre {comp}, così non è serio.",
        ],
        "grumble": [
            "Un altro aggiornamento dell'app. Serve davvero uno a settimana?",
            "Mezz'ora di attesa per una domanda banale.",
            "Il locker di {locker} il lunedì è sempre pieno.",
            "Plus è aumentato di nuovo. Un euro in più al mese per la stessa cosa.",
            "Il chatbot non capisce niente, bisogna scrivere 'operatore' dieci volte.",
            "Lo schermo del locker è ancora rotto, sono due settimane.",
            "Le notifiche arrivano quando gli pare.",
        ],
        "sarcasm": [
            "Adoro quando l'app si chiude proprio mentre scansiono il QR 🙃",
            "Fantastico, di nuovo lo scomparto più in alto. Per fortuna sono [[alta|alto]] 1,60 🙃",
            "Bello che il locker 'più vicino' sia a 20 minuti a piedi 🙃 gran pianificazione",
            "Niente come un 'il tuo pacco è arrivato' alle 3 di notte per iniziare bene la giornata 🙃",
        ],
        "leave": [
            "Disdetta Lockora Plus e chiusura account || Buongiorno, vi chiedo di disdire il mio abbonamento Plus e di chiudere il mio account. Mi sono [[trasferita|trasferito]] in un paese senza locker e non userò più il servizio. Grazie.",
            "Disdetta || Salve, vorrei disdire Plus e far cancellare il mio account Lockora. Ormai compro pochissimo online. Confermatemi quando è fatto, per favore.",
            "Chiusura account || Buongiorno, smetto. Disdite Plus a fine mese e chiudete l'account, per favore. È troppo caro per quanto lo uso.",
        ],
        "cancel_reason": ["Non lo uso più", "Troppo caro", "Trasloco", "Compro poco online"],
        "agent_leave": [
            "Ciao {name}, ci dispiace che tu voglia andartene. Puoi disdire Plus e chiudere l'account in autonomia sul sito, in «Il mio account > Chiudi account»; l'eventuale credito residuo ti viene rimborsato entro 5 giorni. Un saluto, {agent} (Lockora)"
        ],
        "mild": [
            "Il locker di {locker} era pieno e ho dovuto aspettare il giorno dopo. Niente di grave, lo segnalo.",
            "Mi è arrivata la stessa notifica due volte, un po' fastidioso.",
            "L'app questa settimana ci mette un po' ad aprirsi, per vostra info.",
        ],
        "spike": [
            "Il mio codice non funziona al locker, dice «codice non valido» 😡",
            "Qualcun altro con il locker che dice 'codice non valido'? Sono qui da 20 minuti",
            "@Lockora il locker di {locker} non accetta il mio codice, che succede?",
            "Codice di ritiro rifiutato tre volte sullo schermo. Il pacco è dentro e non riesco a prenderlo.",
            "Non si apre niente, il QR dà errore e anche il numero. Aiuto",
            "Vengo a ritirare e la macchina dice che il codice non esiste. Me l'avete mandato oggi.",
        ],
        "spike_again": [
            "Il codice ancora non funziona, ho già scritto e niente. Il sistema è giù?",
            "Di nuovo io: il codice dà ancora errore e nessuno risponde.",
            "Sono ancora davanti al locker con il codice rifiutato. Qualche soluzione?",
        ],
        "agent_spike": [
            "Ciao {name}, un errore in un aggiornamento software dei locker ha fatto rifiutare i codici di ritiro stasera. È stato corretto e ti abbiamo prolungato il ritiro di 2 giorni. Scusa il disagio. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["Il tuo codice di ritiro funziona di nuovo"],
        "lone_code": [
            "Ciao, oggi il locker non leggeva il mio QR e ho dovuto digitare il numero. Capita spesso?"
        ],
        "lone_code_answer": [
            "Ciao {name}, a volte il lettore fatica col QR se la luminosità dello schermo è bassa; il numero funziona sempre. Grazie della segnalazione!"
        ],
        "spike_subject": ["Codice non valido", "Non riesco a ritirare il pacco"],
    },
    "pt": {
        "angry_open": [
            "[[Estou farta|Estou farto]].",
            "Isto é uma vergonha.",
            "Que serviço, a sério.",
            "INACREDITÁVEL.",
            "Não posso acreditar.",
            "Muito mal, Lockora.",
            "Que desastre.",
        ],
        "angry_close": [
            "Quero uma solução JÁ.",
            "Ninguém atende o telefone e no chat só há um bot.",
            "Espero uma explicação.",
            "Alguém me pode ajudar ou não?",
            "[[Estou furiosa|Estou furioso]].",
            "UMA VERGONHA.",
        ],
        "long_greet": ["Olá,", "Bom dia,", "Cara equipa Lockora,"],
        "long_intro": [
            "sou cliente há quase dois anos e normalmente estou muito [[satisfeita|satisfeito]] com o serviço; levanto encomendas quase todas as semanas no cacifo de {locker} e até agora correu sempre tudo bem.",
            "escrevo-vos com pena, porque sempre vos recomendei a amigos e família, até criei uma conta à minha mãe. A app parece-me muito boa e pago o Plus de bom grado.",
            "antes de mais, [[obrigada|obrigado]] pelo serviço destes meses: as devoluções no cacifo salvaram-me mais do que uma vez com as encomendas de roupa.",
        ],
        "long_turn": [
            "Mas desta vez aconteceu uma coisa que não percebo.",
            "O problema é o seguinte.",
            "Esta semana, porém, as coisas não correram bem.",
        ],
        "long_after": [
            "Liguei e estive vinte minutos em espera para nada. Peço que vejam isto o quanto antes e me digam o que vão fazer.",
            "Sei que os erros acontecem, mas gostava de uma resposta clara e de uma solução rápida, porque neste momento sinto-me bastante [[abandonada|abandonado]].",
            "No chat disseram-me que «iam ver» e nunca mais soube nada. Aguardo a vossa resposta.",
        ],
        "long_sign": [
            "Cumprimentos,\n{name}",
            "Com os melhores cumprimentos,\n{name} {last}",
            "[[Obrigada|Obrigado]],\n{name}",
        ],
        "subject_bad": [
            "Problema com a minha encomenda",
            "Reclamação",
            "URGENTE reclamação",
            "Encomenda",
            "Inaceitável",
        ],
        "csat_low": [
            "Nada resolvido.",
            "O chat não serviu para nada",
            "Mau.",
            "Sem solução",
            "Demasiado lento",
        ],
        "nps_low": [
            "Neste momento não vos recomendaria.",
            "Depois disto, não.",
            "[[Muito desiludida|Muito desiludido]].",
            "Um 3, e só porque antes funcionava.",
            "Não.",
        ],
        "agent_opened": [
            "Olá {name}, abrimos o processo {ref} com o que nos contou. Estamos a analisar e escrevemos assim que soubermos alguma coisa. Cumprimentos, {agent} (Lockora)",
            "Olá {name}, [[obrigada|obrigado]] por nos avisar. O seu processo é o {ref} e a equipa já está a tratar. {agent}, Lockora",
        ],
        "agent_passed": [
            "Olá {name}, lamentamos muito. Passei o seu processo {ref} à equipa de rede, que pode verificar o cacifo no local. Vão entrar em contacto consigo em 24-48 horas. Cumprimentos, {agent}",
            "Olá {name}, encaminhei o processo {ref} para os nossos especialistas de operações. Escrevemos assim que houver novidades. Pedimos desculpa pelo incómodo. {agent}",
        ],
        "agent_fixed": [
            "Olá {name}, sobre o seu processo {ref}: {fix}. Pode confirmar-nos que já está tudo bem? Cumprimentos, {agent} (Lockora)",
            "Olá {name}, boas notícias no processo {ref}: {fix}. Confirma-nos que está tudo certo do seu lado? [[Obrigada|Obrigado]], {agent}",
        ],
        "agent_subject": ["O seu processo {ref}", "Processo {ref}", "RE: processo {ref}"],
        "confirm_fixed": [
            "Confirmado, já está tudo bem. [[Obrigada|Obrigado]] por resolverem ({ref}).",
            "Sim, já tenho. Muito [[obrigada|obrigado]], podem fechar o {ref}.",
            "Agora está tudo certo, [[obrigada|obrigado]]! (processo {ref})",
        ],
        "apology": [
            "[[Obrigada|Obrigado]] por resolverem tão depressa. E desculpem o tom de ontem, estava mesmo [[stressada|stressado]].",
            "Já está resolvido, obrigado. Desculpem ter-me exaltado ontem.",
            "Tudo bem agora. Desculpem a mensagem de ontem, não foi o meu melhor dia 🙏",
        ],
        "second": [
            "Processo {ref}: continua por resolver. Ninguém me disse nada sobre {short}.",
            "Volto a escrever por causa do processo {ref}. {Short}: AINDA nada.",
            "RE: processo {ref}. Com {short} está tudo igual, alguém está a ver isto?",
            "Escrevi-vos sobre {short} (processo {ref}). Continua sem solução e sem resposta.",
        ],
        "third": [
            "Terceira vez que vos contacto pela mesma coisa (processo {ref}): {short}. Já estou a ver a {comp}.",
            "É a TERCEIRA vez que escrevo sobre {short}. Processo {ref}. Com a {comp} isto nunca me aconteceu.",
        ],
        "fourth": [
            "QUARTA vez. Processo {ref}, {short}, por resolver. Já não sei o que fazer.",
            "Quarto contacto sobre o processo {ref}. Continua sem solução e sem resposta. Péssimo.",
        ],
        "phone_open": ["sim bom dia", "olá boa tarde", "pois olhe bom dia", "sim olá"],
        "phone_first": ["estou a ligar porque {core}"],
        "phone_second": [
            "estou a ligar outra vez por causa do processo {ref} porque {short} continua por resolver e ninguém me ligou"
        ],
        "phone_third": [
            "é a terceira vez que ligo sobre {short} processo {ref} e sinceramente já estou a ver a {comp}"
        ],
        "phone_fourth": ["é a quarta vez que ligo por causa do processo {ref} e está tudo igual"],
        "slide1": [
            "A app anda um bocado lenta. Nada de grave.",
            "Desta vez a notificação chegou tarde, a encomenda estava no cacifo há horas.",
            "Hoje o ecrã do cacifo de {locker} estava bloqueado, tive de esperar um bocado.",
        ],
        "slide2": [
            "[[Um pouco desiludida|Um pouco desiludido]], segunda vez esta semana que a app falha.",
            "A encomenda chegou um dia mais tarde do que o prometido. Esperava mais.",
            "Não sei o que se passa ultimamente, mas já não é o que era.",
        ],
        "slide3": [
            "Começo a ficar [[farta|farto]]: outra vez cacifo cheio, outra vez desviada.",
            "Outra vez a notificação atrasada. Já cansa.",
            "Todas as semanas um problema diferente com a Lockora. Cansativo.",
        ],
        "slide4": [
            "O serviço está pior todas as semanas. Liga-se e ninguém ajuda.",
            "Cada vez pior. Antes recomendava-vos, agora não.",
            "Isto piorou imenso, já nada funciona como antes.",
        ],
        "slide5": [
            "[[ESTOU FURIOSA|ESTOU FURIOSO]]. Encomenda perdida, chat inútil, telefone impedido.",
            "[[Farta|Farto]] mesmo. Três envios com problemas este mês. Vergonhoso.",
            "Hoje foi a gota de água. Um desastre do princípio ao fim. 😡",
        ],
        "slide6": [
            "Já chega. Estou a comparar preços na {comp}.",
            "Acabou-se a paciência. Estou a ver a {comp}.",
            "Basta. Vamos ver o que a {comp} oferece, isto não é sério.",
        ],
        "grumble": [
            "Mais uma atualização da app. É mesmo preciso uma por semana?",
            "Meia hora em espera para uma pergunta simples.",
            "O cacifo de {locker} está sempre cheio às segundas.",
            "O Plus voltou a subir. Mais um euro por mês pelo mesmo.",
            "O chatbot não percebe nada, é preciso escrever 'assistente' dez vezes.",
            "O ecrã do cacifo continua avariado, já lá vão duas semanas.",
            "As notificações chegam quando lhes apetece.",
        ],
        "sarcasm": [
            "Adoro quando a app fecha mesmo na altura de ler o QR 🙃",
            "Ótimo, outra vez o compartimento lá de cima. Ainda bem que tenho 1,60 🙃",
            "Que bom que o cacifo 'mais perto' fica a 20 minutos a pé 🙃 grande planeamento",
            "Nada como um 'a sua encomenda chegou' às 3 da manhã para começar bem o dia 🙃",
        ],
        "leave": [
            "Cancelamento do Lockora Plus e fecho da conta || Olá, peço que cancelem a minha subscrição Plus e fechem a minha conta. Mudei-me para uma terra sem cacifos e não vou voltar a usar o serviço. [[Obrigada|Obrigado]].",
            "Cancelamento || Boa tarde, quero cancelar o Plus e apagar a minha conta Lockora. Já quase não compro online. Confirmem-me quando estiver feito, por favor.",
            "Fechar conta || Olá, vou sair. Cancelem o Plus no fim do mês e fechem a conta, por favor. É caro demais para o uso que lhe dou.",
        ],
        "cancel_reason": ["Já não uso", "Demasiado caro", "Mudança de casa", "Compro pouco online"],
        "agent_leave": [
            "Olá {name}, lamentamos que queira sair. Pode cancelar o Plus e fechar a conta no site, em «A minha conta > Fechar conta»; o saldo que tiver é devolvido em 5 dias. Cumprimentos, {agent} (Lockora)"
        ],
        "mild": [
            "O cacifo de {locker} estava cheio e tive de esperar pelo dia seguinte. Nada de grave, só para saberem.",
            "Recebi a mesma notificação duas vezes, um bocado chato.",
            "A app está a demorar a abrir esta semana, para vossa informação.",
        ],
        "spike": [
            "O meu código não funciona no cacifo, diz «código inválido» 😡",
            "Mais alguém com o cacifo a dizer 'código inválido'? Estou aqui há 20 minutos",
            "@Lockora o cacifo de {locker} não aceita o meu código, o que se passa?",
            "Código de levantamento recusado três vezes no ecrã. A encomenda está lá dentro e não consigo tirá-la.",
            "Não abre nada, o QR dá erro e o número também. Socorro",
            "Venho levantar e a máquina diz que o código não existe. Mandaram-mo hoje.",
        ],
        "spike_again": [
            "O código continua sem funcionar, já escrevi e nada. O sistema está em baixo?",
            "Outra vez eu: o código continua a dar erro e ninguém responde.",
            "Continuo à frente do cacifo com o código recusado. Alguma solução?",
        ],
        "agent_spike": [
            "Olá {name}, uma falha numa atualização de software dos cacifos fez com que os códigos de levantamento fossem recusados esta tarde. Já está corrigido e prolongámos o seu prazo em 2 dias. Pedimos desculpa pelo incómodo. {agent} (Lockora)"
        ],
        "agent_spike_subject": ["O seu código de levantamento já funciona"],
        "lone_code": [
            "Olá, hoje o cacifo não lia o meu QR e tive de escrever o número. Acontece muitas vezes?"
        ],
        "lone_code_answer": [
            "Olá {name}, por vezes o leitor tem dificuldade com o QR se o brilho do ecrã estiver baixo; o número funciona sempre. [[Obrigada|Obrigado]] por avisar!"
        ],
        "spike_subject": ["Código inválido", "Não consigo levantar a encomenda"],
    },
}
