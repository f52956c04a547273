# ruff: noqa: E501
"""Wording of heldout139 (Pattinova: ice rinks, skate hire and sharpening).

Spanish and French first (two or three variants), then English, German,
Italian and Portuguese (one or two). Placeholders: {case}, {comp}, {rink},
{day}, {name}, {code}.
"""

from __future__ import annotations

T = dict[str, list[str]]

RINKS: dict[str, list[str]] = {
    "es": ["Madrid Norte", "Valencia Turia", "Bilbao Deusto"],
    "fr": ["Lyon Confluence", "Lille Europe", "Bruxelles Midi"],
    "en": ["Manchester Quay", "Dublin Docks"],
    "de": ["Köln Mülheim", "Wien Prater"],
    "it": ["Torino Dora", "Milano Bovisa"],
    "pt": ["Lisboa Oriente", "Porto Boavista"],
}

COMPETITORS = ["Glaciora", "Frostello"]

PRODUCTS = [
    ("Skate hire 90 min", "9.50"),
    ("Family ice slot", "32.00"),
    ("Beginner lesson pack", "64.00"),
    ("Sharpening token x5", "22.00"),
    ("Pattinova Plus month", "19.90"),
    ("Curling lane hour", "45.00"),
]

PAGES = ["/rinks", "/timetable", "/lessons", "/plus", "/sharpening", "/shop/helmets"]

PRAISE: T = {
    "es": [
        "Qué gozada la pista de {rink} esta mañana, hielo recién pulido y casi vacía 😍",
        "mi hija ha dado su primera vuelta sin agarrarse!! gracias a la monitora de {rink}",
        "Buen ambiente en la sesión de noche, la música bien elegida. Repetiremos",
    ],
    "fr": [
        "Super séance à {rink} ce matin, glace nickel et personnel adorable",
        "ma fille a fait son premier tour sans la barrière, merci au moniteur de {rink} !!",
        "Soirée disco sur glace au top, on revient samedi 😄",
    ],
    "en": [
        "Lovely quiet session at {rink} today, ice was perfect",
        "the kids loved the penguin skating aids, thanks {rink} team",
    ],
    "de": ["Tolle Eiszeit in {rink} heute, super Eis und nette Leute an der Ausleihe"],
    "it": ["Pista di {rink} perfetta stamattina, personale gentilissimo"],
    "pt": ["Sessão ótima no {rink}, gelo impecável e pouca gente 👍"],
}

AGAIN: T = {
    "es": [
        "Tercera vez este mes en {rink} y otra vez todo perfecto, ya somos fijos",
        "otra vez la misma monitora tan maja, van tres clases y mi hijo ya frena solo",
    ],
    "fr": [
        "Troisième fois ce mois-ci à {rink} et toujours aussi bien, on est fans",
        "encore une fois l'aiguisage impeccable, je reviens chaque semaine",
    ],
    "en": ["third visit this month and still the best ice in town"],
    "de": ["Schon wieder ein super Nachmittag in {rink}, dritte Woche in Folge"],
    "it": ["Terza volta questo mese a {rink}, sempre fantastico"],
    "pt": ["Terceira vez este mês e continua impecável"],
}

GRIPE: T = {
    "es": [
        "Muy contentos con las clases, solo que el vestuario estaba un poco frío. Por lo demás genial",
        "todo bien en {rink}, aunque la máquina de chocolate se come las monedas jaja",
    ],
    "fr": [
        "Très contents des cours, juste le vestiaire un peu froid. Sinon parfait",
        "tout était top à {rink}, sauf le parking plein, faut venir tôt",
    ],
    "en": ["Great lesson, only the locker keys are fiddly. Otherwise spot on"],
    "de": ["Sehr schön, nur die Schlange an der Ausleihe war lang. Sonst top"],
    "it": ["Tutto bello, solo il bar chiudeva presto. Per il resto ottimo"],
    "pt": ["Adorámos, só o bar fechou cedo. De resto tudo ótimo"],
}

QUESTION: T = {
    "es": [
        "hola, ¿la sesion familiar del domingo incluye el alquiler de patines?",
        "Buenas, ¿se puede llevar a un niño de 3 años con andador de pingüino?",
        "hola q tal, hasta que hora abre {rink} el sabado",
    ],
    "fr": [
        "bonjour, est-ce que la location de patins est comprise dans le créneau famille ?",
        "Bonjour, à partir de quel âge les cours débutants svp",
        "slt, {rink} ouvre a quelle heure dimanche ?",
    ],
    "en": ["hi, are helmets included with skate hire for kids?"],
    "de": ["Hallo, kann man in {rink} auch Schlittschuhe schleifen lassen?"],
    "it": ["Ciao, il noleggio pattini è compreso nella sessione famiglia?"],
    "pt": ["Olá, a partir de que idade há aulas de iniciação?"],
}

ANSWER: T = {
    "es": ["¡Hola! Sí, está incluido y tenemos casco y andador para peques. ¡Os esperamos!"],
    "fr": [
        "Bonjour ! Oui c'est compris, et nous avons casques et aides pour les petits. À bientôt !"
    ],
    "en": ["Hi! Yes, included, and we have helmets and skating aids for little ones."],
    "de": ["Hallo! Ja, das geht, Details stehen unter Öffnungszeiten. Bis bald!"],
    "it": ["Ciao! Sì, è compreso, abbiamo anche caschi per i bimbi. A presto!"],
    "pt": ["Olá! Sim, está incluído e temos capacetes para os mais pequenos."],
}

THANKS: T = {
    "es": ["genial gracias!!", "Perfecto, mil gracias 🙏"],
    "fr": ["super merci !", "Parfait, merci beaucoup"],
    "en": ["brilliant thanks"],
    "de": ["Super, danke!"],
    "it": ["Perfetto grazie!"],
    "pt": ["Ótimo, obrigado!"],
}

CALL_Q: T = {
    "es": [
        "si hola llamaba para saber si los bonos de cinco sesiones caducan o valen para todo el invierno"
    ],
    "fr": [
        "oui bonjour je voulais savoir si la carte dix entrées est valable dans toutes les patinoires"
    ],
    "en": ["hi yeah just calling to ask if the five session pass works at every rink"],
    "de": ["ja hallo ich wollte fragen ob die Zehnerkarte auch in Wien gilt"],
    "it": ["sì buongiorno volevo sapere se il carnet vale in tutte le piste"],
    "pt": ["olá boa tarde queria saber se o passe de cinco sessões vale em todas as pistas"],
}

CALL_FOLLOWUP: T = {
    "es": [
        "Como hablamos por teléfono: el bono vale en todas nuestras pistas hasta el 30 de abril. Un saludo, {agent}"
    ],
    "fr": [
        "Suite à votre appel : la carte est valable dans toutes nos patinoires jusqu'au 30 avril. Cordialement, {agent}"
    ],
    "en": ["Following your call: the pass is valid at all our rinks until 30 April. Best, {agent}"],
    "de": [
        "Wie am Telefon besprochen: die Karte gilt in allen Hallen bis 30. April. Grüße, {agent}"
    ],
    "it": [
        "Come detto al telefono: il carnet vale in tutte le piste fino al 30 aprile. Saluti, {agent}"
    ],
    "pt": [
        "Conforme falámos: o passe vale em todas as pistas até 30 de abril. Cumprimentos, {agent}"
    ],
}

NIGHT: T = {
    "es": [
        "no puedo dormir y solo pienso en la pista de mañana jaja, primera clase de mi vida 🙈",
        "las 2 y aqui viendo videos de patinaje, mañana vuelvo a {rink}",
    ],
    "fr": [
        "insomnie… je regarde les horaires de {rink} pour demain, trop hâte",
        "2h du mat et je rêve de glace lol, vivement samedi",
    ],
    "en": ["can't sleep, booking tomorrow's session at {rink} instead"],
    "de": ["Kann nicht schlafen, freu mich schon auf morgen in {rink}"],
    "it": ["Non dormo, penso già alla pista di domani"],
    "pt": ["Sem sono, a pensar na sessão de amanhã no {rink}"],
}

NIGHT_Q: T = {
    "es": ["hola, una pregunta a estas horas: ¿mañana hay sesión de mañana en {rink}?"],
    "fr": ["bonsoir, petite question tardive : il y a une séance demain matin à {rink} ?"],
    "en": ["late one sorry, is there a morning session at {rink} tomorrow?"],
    "de": ["Späte Frage: gibt es morgen früh Eiszeit in {rink}?"],
    "it": ["Domanda notturna: domani mattina c'è sessione a {rink}?"],
    "pt": ["Pergunta tardia: amanhã há sessão de manhã no {rink}?"],
}

NIGHT_A: T = {
    "es": ["¡Hola! Sí, de 10 a 12. ¡Buenas noches!"],
    "fr": ["Bonsoir ! Oui, de 10h à 12h. Bonne nuit !"],
    "en": ["Hi! Yes, 10 to 12. Good night!"],
    "de": ["Hallo! Ja, 10 bis 12 Uhr. Gute Nacht!"],
    "it": ["Ciao! Sì, dalle 10 alle 12. Buonanotte!"],
    "pt": ["Olá! Sim, das 10h às 12h. Boa noite!"],
}

REVIEW: T = {
    "es": ["Pista limpia, patines de alquiler en buen estado. 5 estrellas"],
    "fr": ["Patins de location en bon état, glace propre. Je recommande"],
    "en": ["Clean rink, decent hire skates, friendly staff"],
    "de": ["Saubere Halle, gute Leihschuhe"],
    "it": ["Pista pulita e pattini in buono stato"],
    "pt": ["Pista limpa e patins em bom estado"],
}

SURVEY_WORD: T = {
    "es": ["genial", "todo bien 👍", ""],
    "fr": ["top", "très bien", ""],
    "en": ["great", ""],
    "de": ["super", ""],
    "it": ["ottimo", ""],
    "pt": ["ótimo", ""],
}

# Consumer problems: wrong_size, pass_inactive, locker_lost, lesson_cancelled, refund, wrong_price.
PROBLEM: dict[str, T] = {
    "wrong_size": {
        "es": [
            "Nos dieron patines dos tallas más grandes y el de alquiler se negó a cambiarlos, mi hijo se cayó tres veces. Vergonzoso",
            "ME DAN UN 42 CUANDO PIDO UN 38 y encima me dicen que no quedan, la sesión tirada",
        ],
        "fr": [
            "On nous a donné des patins deux pointures trop grandes et refusé l'échange, mon fils est tombé 3 fois. Inadmissible",
            "JE DEMANDE DU 38 ET ON ME FILE DU 42, séance gâchée",
        ],
        "en": [
            "Given skates two sizes too big and the hire desk refused to swap them. Ruined the session"
        ],
        "de": ["Leihschuhe zwei Nummern zu groß und Umtausch verweigert. Session ruiniert"],
        "it": ["Pattini due numeri più grandi e niente cambio. Sessione rovinata"],
        "pt": ["Deram-nos patins dois números acima e recusaram trocar. Sessão estragada"],
    },
    "pass_inactive": {
        "es": [
            "He pagado el abono de temporada y en el torno dice que no está activo, me han hecho pagar la entrada otra vez",
            "abono pagado el lunes y hoy NO me deja pasar, esto es un robo",
        ],
        "fr": [
            "J'ai payé l'abonnement saison et au tourniquet il n'est pas actif, on m'a fait repayer l'entrée",
            "abonnement payé lundi et aujourd'hui refusé à l'entrée, c'est n'importe quoi",
        ],
        "en": ["Paid for my season pass and the gate says it's not active, had to pay entry again"],
        "de": ["Saisonkarte bezahlt, am Drehkreuz nicht aktiv, musste nochmal Eintritt zahlen"],
        "it": ["Abbonamento stagionale pagato e al tornello risulta non attivo"],
        "pt": ["Paguei o passe de época e na entrada diz que não está ativo"],
    },
    "locker_lost": {
        "es": [
            "Dejé el bolso en la taquilla 114 y al volver estaba abierta y vacía. Nadie sabe nada",
            "me han vaciado la taquilla en {rink} y el de seguridad ni caso",
        ],
        "fr": [
            "J'ai laissé mon sac au casier 114, au retour il était ouvert et vide. Personne ne sait rien",
            "casier vidé à {rink} et la sécurité s'en fiche",
        ],
        "en": [
            "Left my bag in locker 114, came back and it was open and empty. Nobody knows anything"
        ],
        "de": ["Spind 114 war offen und leer als ich zurückkam. Keiner weiß was"],
        "it": ["Armadietto 114 aperto e vuoto al ritorno. Nessuno sa niente"],
        "pt": ["Cacifo 114 aberto e vazio quando voltei. Ninguém sabe de nada"],
    },
    "lesson_cancelled": {
        "es": [
            "Clase cancelada sin avisar, fuimos hasta {rink} para nada con los niños llorando",
            "cancelan la clase y ni un mensaje, 40 minutos de coche para nada",
        ],
        "fr": [
            "Cours annulé sans prévenir, on a fait le trajet jusqu'à {rink} pour rien avec les enfants en pleurs",
            "cours annulé et aucun message, 40 min de route pour rien",
        ],
        "en": ["Lesson cancelled without any notice, drove to {rink} for nothing"],
        "de": ["Kurs ohne Nachricht abgesagt, umsonst nach {rink} gefahren"],
        "it": ["Lezione annullata senza avviso, viaggio a vuoto"],
        "pt": ["Aula cancelada sem aviso, fomos ao {rink} para nada"],
    },
    "refund": {
        "es": [
            "Cancelé la sesión con 48 h y el reembolso de 32 € sigue sin llegar después de tres semanas",
            "donde esta mi reembolso?? 3 semanas ya",
        ],
        "fr": [
            "Séance annulée 48 h avant et le remboursement de 32 € n'est toujours pas arrivé après trois semaines",
            "il est où mon remboursement ?? 3 semaines",
        ],
        "en": ["Cancelled 48h ahead and the £28 refund still hasn't arrived after three weeks"],
        "de": ["Vor 48 Std. storniert, die 32 € Erstattung fehlt nach drei Wochen immer noch"],
        "it": ["Annullato con 48 ore di anticipo e il rimborso di 32 € non arriva"],
        "pt": ["Cancelei com 48 h e o reembolso de 32 € ainda não chegou"],
    },
    "wrong_price": {
        "es": [
            "Me cobraron tarifa adulto para mi hija de 9 años, y soy socio Plus. Que me lo devuelvan",
            "cobrado precio adulto a una niña de 9 años. en serio?",
        ],
        "fr": [
            "On m'a facturé le tarif adulte pour ma fille de 9 ans, et je suis membre Plus",
            "tarif adulte pour une gamine de 9 ans. sérieux ?",
        ],
        "en": ["Charged the adult rate for my 9 year old, and I'm a Plus member"],
        "de": ["Erwachsenenpreis für meine 9-jährige Tochter berechnet, und ich bin Plus-Mitglied"],
        "it": ["Tariffa adulti per mia figlia di 9 anni, e sono socio Plus"],
        "pt": ["Cobraram tarifa de adulto à minha filha de 9 anos, e sou sócio Plus"],
    },
}

PROBLEM_SUBJECT = {
    "wrong_size": "Patines / skates",
    "pass_inactive": "Abono / pass",
    "locker_lost": "Taquilla / locker",
    "lesson_cancelled": "Clase / lesson",
    "refund": "Reembolso / refund",
    "wrong_price": "Tarifa / price",
}

LONG_EMAIL: T = {
    "es": [
        "Estimados señores:\n\nLes escribo como cliente de Pattinova desde hace cuatro inviernos. Siempre he recomendado {rink} a amigos y compañeros de trabajo, y mis hijos hacen allí sus clases los sábados.\n\nSin embargo, lo de ayer no tiene nombre. {problem}. Nadie en recepción supo darme una explicación y la persona responsable no estaba.\n\nLes ruego que me contesten por escrito y me digan cómo piensan solucionarlo.\n\nAtentamente,\n{name}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nCliente de Pattinova depuis quatre hivers, j'ai toujours recommandé {rink} autour de moi et mes enfants y prennent leurs cours le samedi.\n\nMais ce qui s'est passé hier dépasse l'entendement. {problem}. Personne à l'accueil n'a pu m'expliquer quoi que ce soit.\n\nJe vous remercie de me répondre par écrit et de m'indiquer comment vous comptez régler cela.\n\nCordialement,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich bin seit vier Wintern Kundin bei Pattinova und war immer sehr gern in {rink}.\n\nWas gestern passiert ist, geht aber gar nicht. {problem}. Niemand am Empfang konnte mir helfen.\n\nIch bitte um eine schriftliche Antwort.\n\nMit freundlichen Grüßen\n{name}",
    ],
}

CASE_OPENED: T = {
    "es": [
        "Hola {first}, sentimos mucho lo ocurrido. Hemos abierto el caso {case} y te contestamos en 48 h. {agent}, Pattinova"
    ],
    "fr": [
        "Bonjour {first}, nous sommes désolés. Le dossier {case} est ouvert, réponse sous 48 h. {agent}, Pattinova"
    ],
    "en": [
        "Hi {first}, really sorry about this. Case {case} is open, we'll reply within 48h. {agent}, Pattinova"
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Fall {case} ist eröffnet, Antwort binnen 48 Std. {agent}, Pattinova"
    ],
    "it": ["Ciao {first}, ci dispiace. Abbiamo aperto la pratica {case}. {agent}, Pattinova"],
    "pt": ["Olá {first}, lamentamos. Abrimos o caso {case}. {agent}, Pattinova"],
}

GOOD_NEWS: T = {
    "es": [
        "Buenas noticias sobre el caso {case}: está corregido en tu cuenta. ¿Nos confirmas que lo ves bien? {agent}"
    ],
    "fr": [
        "Bonne nouvelle pour le dossier {case} : c'est corrigé sur votre compte. Pouvez-vous confirmer ? {agent}"
    ],
    "en": ["Good news on case {case}: it's fixed on your account. Could you confirm? {agent}"],
    "de": [
        "Gute Nachricht zu Fall {case}: auf Ihrem Konto korrigiert. Können Sie das bestätigen? {agent}"
    ],
    "it": ["Buone notizie sulla pratica {case}: risolto. Ci confermi? {agent}"],
    "pt": ["Boas notícias sobre o caso {case}: está resolvido. Pode confirmar? {agent}"],
}

QUALITY_LEAD: T = {
    "es": [
        "Hola {first}, el caso {case} lo lleva ya nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
    "fr": [
        "Bonjour {first}, le dossier {case} est désormais suivi par notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "en": [
        "Hi {first}, case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}"
    ],
    "de": [
        "Hallo {first}, Fall {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}"
    ],
    "it": [
        "Ciao {first}, la pratica {case} è ora con la responsabile qualità, ti chiamerà entro venerdì. {agent}"
    ],
    "pt": ["Olá {first}, o caso {case} está agora com a nossa responsável de qualidade. {agent}"],
}

APOLOGY: T = {
    "es": [
        "Perdón por el tono de ayer, estaba muy quemado. Gracias por contestar tan rápido",
        "ayer me pasé un poco, disculpad. sigue siendo nuestra pista favorita",
    ],
    "fr": [
        "Désolée pour le ton d'hier, j'étais à bout. Merci pour la réponse rapide",
        "je me suis un peu emporté hier, pardon. on reste fidèles",
    ],
    "en": ["Sorry for my tone yesterday, was fuming. Thanks for the quick reply"],
    "de": ["Entschuldigung für gestern, war sauer. Danke für die schnelle Antwort"],
    "it": ["Scusate per ieri, ero arrabbiato. Grazie della risposta"],
    "pt": ["Desculpem o tom de ontem. Obrigado pela resposta rápida"],
}

LATER: T = {
    "es": [
        "Sigo esperando con el caso {case}. Nada ha cambiado",
        "caso {case}: OTRA VEZ escribiendo porque sigue sin resolverse",
    ],
    "fr": [
        "Toujours rien pour le dossier {case}, rien n'a bougé",
        "dossier {case} : je réécris car RIEN n'est réglé",
    ],
    "en": ["Still waiting on case {case}, nothing has changed"],
    "de": ["Fall {case}: immer noch nichts passiert"],
    "it": ["Pratica {case}: ancora niente"],
    "pt": ["Caso {case}: continua tudo igual"],
}

THIRD: T = {
    "es": [
        "Tercera vez con el caso {case}. Mi cuñado va a {comp} y allí le resolvieron algo parecido en el día",
        "caso {case} por tercera vez. he mirado lo que cobra {comp}...",
    ],
    "fr": [
        "Troisième fois pour le dossier {case}. Ma belle-sœur va chez {comp}, eux règlent ça dans la journée",
        "dossier {case}, 3e message. j'ai regardé les tarifs de {comp}...",
    ],
    "en": [
        "Third time about case {case}. My mate skates at {comp} and they sort this the same day"
    ],
    "de": ["Dritte Nachricht zu Fall {case}. Bei {comp} wird sowas am selben Tag gelöst"],
    "it": ["Terza volta per la pratica {case}. Da {comp} lo risolvono in giornata"],
    "pt": ["Terceira vez com o caso {case}. Na {comp} resolvem no mesmo dia"],
}

FOURTH: T = {
    "es": ["CUARTA vez. Caso {case}. Sigue igual"],
    "fr": ["QUATRIÈME fois. Dossier {case}. Toujours pareil"],
    "en": ["FOURTH time. Case {case}. Still the same"],
    "de": ["VIERTES Mal. Fall {case}. Unverändert"],
    "it": ["QUARTA volta. Pratica {case}. Uguale"],
    "pt": ["QUARTA vez. Caso {case}. Igual"],
}

ADDED: T = {
    "es": ["Lo añado al caso {case} y lo marco como urgente"],
    "fr": ["J'ajoute au dossier {case} et le marque urgent"],
    "en": ["Added to case {case}, marked urgent"],
    "de": ["Zu Fall {case} hinzugefügt, dringend markiert"],
    "it": ["Aggiunto alla pratica {case}, urgente"],
    "pt": ["Adicionado ao caso {case}, urgente"],
}

CONFIRM: T = {
    "es": [
        "Confirmado, caso {case} resuelto, ya lo veo bien. Gracias!",
        "si si todo ok con el {case}, gracias",
    ],
    "fr": ["Confirmé, dossier {case} réglé, merci !", "c'est bon pour le {case}, merci"],
    "en": ["Confirmed, case {case} sorted, thanks!"],
    "de": ["Bestätigt, Fall {case} erledigt, danke!"],
    "it": ["Confermo, pratica {case} risolta, grazie!"],
    "pt": ["Confirmado, caso {case} resolvido, obrigado!"],
}

SLIDE: list[T] = [
    {
        "es": ["La Zamboni pasó tarde y el hielo estaba lleno de surcos hoy"],
        "fr": ["La surfaceuse est passée en retard, glace pleine de rainures aujourd'hui"],
        "en": ["Ice resurfacer came late, ice full of ruts today"],
        "de": ["Eismaschine kam spät, Eis voller Rillen heute"],
        "it": ["La macchina del ghiaccio è passata tardi, pista piena di solchi"],
        "pt": ["A máquina do gelo passou tarde, gelo cheio de sulcos"],
    },
    {
        "es": [
            "patines de alquiler con las cuchillas romas y los cordones rotos, no es la primera vez"
        ],
        "fr": ["patins de location avec lames émoussées et lacets cassés, pas la première fois"],
        "en": ["hire skates with blunt blades and broken laces, not the first time"],
        "de": ["Leihschuhe stumpf und Schnürsenkel kaputt, nicht zum ersten Mal"],
        "it": ["pattini a noleggio con lame smussate e lacci rotti"],
        "pt": ["patins com lâminas rombas e atacadores partidos"],
    },
    {
        "es": [
            "Ahora piden el DNI en cada alquiler y una foto de los patines al devolverlos. Qué pesadez"
        ],
        "fr": [
            "Maintenant pièce d'identité à chaque location et photo des patins au retour. Pénible"
        ],
        "en": ["Now they want ID for every hire and a photo of the skates on return. Tedious"],
        "de": ["Jetzt Ausweis bei jeder Ausleihe und Foto beim Zurückgeben. Nervig"],
        "it": ["Ora documento a ogni noleggio e foto dei pattini alla riconsegna"],
        "pt": ["Agora pedem documento em cada aluguer e foto dos patins na devolução"],
    },
    {
        "es": ["La fianza de los patines ha pasado a 50 € y tardan una semana en devolverla"],
        "fr": ["La caution des patins passe à 50 € et une semaine pour la rendre"],
        "en": ["Skate deposit is now £45 and a week to release it"],
        "de": ["Kaution jetzt 50 € und eine Woche bis zur Freigabe"],
        "it": ["Cauzione a 50 € e una settimana per restituirla"],
        "pt": ["Caução agora 50 € e uma semana para devolver"],
    },
    {
        "es": [
            "ME COBRAN 25 € DE 'LIMPIEZA' por unos patines que devolví impecables, con foto de la propia app. Indignante"
        ],
        "fr": [
            "25 € de 'nettoyage' pour des patins rendus impeccables, photo de l'appli à l'appui. SCANDALEUX"
        ],
        "en": [
            "£22 'cleaning fee' for skates returned spotless, with the app's own photo. Outrageous"
        ],
        "de": [
            "25 € 'Reinigungsgebühr' für makellos zurückgegebene Schuhe, mit Foto aus der App. Unverschämt"
        ],
        "it": [
            "25 € di 'pulizia' per pattini restituiti perfetti, con la foto dell'app. Vergognoso"
        ],
        "pt": ["25 € de 'limpeza' por patins devolvidos impecáveis, com foto da app. Vergonhoso"],
    },
    {
        "es": ["Mi cuñada patina en {comp}, el sábado ya hemos reservado allí"],
        "fr": ["Ma belle-sœur patine chez {comp}, samedi on a réservé là-bas"],
        "en": ["My sister-in-law skates at {comp}, we've booked there for Saturday"],
        "de": ["Meine Schwägerin läuft bei {comp}, Samstag haben wir dort gebucht"],
        "it": ["Mia cognata pattina da {comp}, sabato abbiamo prenotato lì"],
        "pt": ["A minha cunhada patina na {comp}, sábado reservámos lá"],
    },
]

CANCEL_REQ: T = {
    "es": [
        "Hola, nos mudamos a Canarias y no vamos a patinar más. Quiero cancelar Pattinova Plus y cerrar la cuenta, por favor",
        "buenas, mi hijo ha dejado el patinaje. cancelad el Plus y borrad la cuenta gracias",
    ],
    "fr": [
        "Bonjour, nous déménageons et n'allons plus patiner. Je souhaite résilier Pattinova Plus et fermer mon compte",
        "bonjour ma fille arrête le patin, merci de résilier le Plus et fermer le compte",
    ],
    "en": ["Hi, we're moving abroad, please cancel Pattinova Plus and close my account"],
    "de": ["Hallo, wir ziehen weg. Bitte Pattinova Plus kündigen und Konto schließen"],
    "it": ["Salve, ci trasferiamo. Vorrei disdire Pattinova Plus e chiudere l'account"],
    "pt": ["Olá, vamos mudar de cidade. Quero cancelar o Pattinova Plus e fechar a conta"],
}

SORRY_GO: T = {
    "es": [
        "Sentimos que os vayáis, {first}. Puedes cancelar tú mismo en la app o en la web. {agent}"
    ],
    "fr": [
        "Désolés de vous voir partir, {first}. Vous pouvez résilier dans l'appli ou sur le site. {agent}"
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel yourself in the app or on the website. {agent}"
    ],
    "de": ["Schade, {first}. Kündigen können Sie selbst in der App oder auf der Website. {agent}"],
    "it": ["Ci dispiace, {first}. Puoi disdire dall'app o dal sito. {agent}"],
    "pt": ["Lamentamos, {first}. Pode cancelar na app ou no site. {agent}"],
}

GRUMBLE: T = {
    "es": [
        "el horario de la web dice que abre a las 10 y estaba cerrado hasta las 11, un poco de rigor"
    ],
    "fr": ["les horaires du site disaient 10h et c'était fermé jusqu'à 11h, un peu de rigueur svp"],
    "en": ["website said open at 10, doors shut till 11. bit annoying"],
    "de": ["Website sagt 10 Uhr, offen war erst um 11. Etwas ärgerlich"],
    "it": ["sul sito apertura alle 10, aperto alle 11. un po' fastidioso"],
    "pt": ["o site dizia 10h, abriu às 11h. chato"],
}

GRUMBLE_A: T = {
    "es": ["Tienes razón, lo hemos corregido. ¡Perdona las molestias!"],
    "fr": ["Vous avez raison, c'est corrigé. Désolés !"],
    "en": ["You're right, corrected now. Sorry!"],
    "de": ["Stimmt, ist korrigiert. Entschuldigung!"],
    "it": ["Hai ragione, corretto. Scusa!"],
    "pt": ["Tem razão, corrigido. Desculpe!"],
}

SARCASM: T = {
    "es": ["Genial, 40 minutos de cola para alquilar patines, justo lo que quería un domingo 🙃"],
    "fr": [
        "Génial, 40 minutes de queue pour louer des patins, exactement ce que je voulais un dimanche 🙃"
    ],
    "en": ["Brilliant, 40 minute queue for skate hire, just how I wanted my Sunday 🙃"],
    "de": ["Toll, 40 Minuten anstehen für Leihschuhe, genau mein Sonntag 🙃"],
    "it": ["Fantastico, 40 minuti di fila per i pattini 🙃"],
    "pt": ["Ótimo, 40 minutos de fila para alugar patins 🙃"],
}

STEADY_GRUMP: T = {
    "es": [
        "otra vez el vestuario hecho un asco",
        "la música a todo volumen, no se puede ni hablar",
        "el chocolate caliente, frío. como siempre",
    ],
    "fr": [
        "vestiaire encore sale",
        "musique beaucoup trop forte comme d'hab",
        "chocolat chaud tiède, comme toujours",
    ],
    "en": ["changing room filthy again", "music way too loud as usual"],
    "de": ["Umkleide wieder dreckig", "Musik viel zu laut wie immer"],
    "it": ["spogliatoio di nuovo sporco", "musica troppo alta come sempre"],
    "pt": ["balneário sujo outra vez", "música alta demais como sempre"],
}
