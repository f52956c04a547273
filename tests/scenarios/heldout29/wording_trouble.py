# ruff: noqa: E501
"""Hand-written wording of Limora customers with trouble (and the agents who answer them).

Consumer problems: ``no_show`` (the cleaner never came), ``sloppy`` (paid for a deep clean,
got a quick wipe), ``broken`` (something broken during the clean), ``double_charge`` (the
Plus fee taken twice), ``keys`` (the keys not put back in the key safe), ``refund`` (no
refund three weeks after a cancelled booking). Placeholders as in ``wording_happy`` plus
{ref} the case reference, {comp} a competitor, {err} the spike's error code, {day} a weekday.
"""

from __future__ import annotations

PROBLEMS = ("no_show", "sloppy", "broken", "double_charge", "keys", "refund")

# A short name of the problem, used by follow-ups and agents.
SHORT: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "die Reinigungskraft, die nie gekommen ist",
        "sloppy": "die Grundreinigung, die keine war",
        "broken": "die kaputte Vase",
        "double_charge": "die doppelte Abbuchung vom Plus",
        "keys": "meinen Schlüssel, der nicht im Schlüsselkasten war",
        "refund": "die Erstattung für die stornierte Buchung",
    },
    "pt": {
        "no_show": "a profissional que nunca apareceu",
        "sloppy": "a limpeza profunda que não foi nada profunda",
        "broken": "o candeeiro partido",
        "double_charge": "a cobrança a dobrar do Plus",
        "keys": "a chave que não ficou na caixa",
        "refund": "o reembolso da marcação cancelada",
    },
    "en": {
        "no_show": "the cleaner who never turned up",
        "sloppy": "the so-called deep clean",
        "broken": "the broken vase",
        "double_charge": "the Plus fee taken twice",
        "keys": "my keys not being back in the key safe",
        "refund": "the refund for the cancelled booking",
    },
    "es": {
        "no_show": "la limpiadora que nunca vino",
        "sloppy": "la limpieza a fondo que no fue a fondo",
        "broken": "el jarrón roto",
        "double_charge": "el cobro doble del Plus",
        "keys": "las llaves que no estaban en la caja",
        "refund": "el reembolso de la reserva cancelada",
    },
    "fr": {
        "no_show": "l'intervenante qui n'est jamais venue",
        "sloppy": "le grand ménage qui n'en était pas un",
        "broken": "le vase cassé",
        "double_charge": "le Plus prélevé deux fois",
        "keys": "mes clés pas remises dans la boîte",
        "refund": "le remboursement de la réservation annulée",
    },
    "it": {
        "no_show": "l'addetta che non si è mai presentata",
        "sloppy": "la pulizia a fondo che a fondo non era",
        "broken": "il vaso rotto",
        "double_charge": "il doppio addebito del Plus",
        "keys": "le chiavi non rimesse nella cassetta",
        "refund": "il rimborso della prenotazione annullata",
    },
}

SUBJ_COMPLAINT: dict[str, str] = {
    "de": "Reklamation: ",
    "pt": "Reclamação: ",
    "en": "Complaint: ",
    "es": "Reclamación: ",
    "fr": "Réclamation : ",
    "it": "Reclamo: ",
}

SUBJ_TOPIC: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Niemand gekommen",
        "sloppy": "Grundreinigung",
        "broken": "Beschädigung",
        "double_charge": "Doppelte Abbuchung",
        "keys": "Schlüssel",
        "refund": "Erstattung",
    },
    "pt": {
        "no_show": "Ninguém apareceu",
        "sloppy": "Limpeza profunda",
        "broken": "Dano",
        "double_charge": "Cobrança a dobrar",
        "keys": "Chave",
        "refund": "Reembolso",
    },
    "en": {
        "no_show": "No one came",
        "sloppy": "Deep clean",
        "broken": "Damage",
        "double_charge": "Charged twice",
        "keys": "Keys",
        "refund": "Refund",
    },
    "es": {
        "no_show": "No vino nadie",
        "sloppy": "Limpieza a fondo",
        "broken": "Daños",
        "double_charge": "Cobro doble",
        "keys": "Llaves",
        "refund": "Reembolso",
    },
    "fr": {
        "no_show": "Personne n'est venu",
        "sloppy": "Grand ménage",
        "broken": "Dégât",
        "double_charge": "Double prélèvement",
        "keys": "Clés",
        "refund": "Remboursement",
    },
    "it": {
        "no_show": "Non è venuto nessuno",
        "sloppy": "Pulizia a fondo",
        "broken": "Danno",
        "double_charge": "Doppio addebito",
        "keys": "Chiavi",
        "refund": "Rimborso",
    },
}

SUBJ_CASE: dict[str, str] = {
    "de": "Fall",
    "pt": "Processo",
    "en": "Case",
    "es": "Caso",
    "fr": "Dossier",
    "it": "Pratica",
}
REPLY_PREFIX: dict[str, list[str]] = {
    "de": ["AW: ", "AW: AW: ", "Re: ", "WG: "],
    "pt": ["RE: ", "Re: ", "RE: RE: ", "Fwd: "],
    "en": ["Re: ", "RE: ", "Re: Re: "],
    "es": ["RE: ", "Re: ", "RV: "],
    "fr": ["RE : ", "Re: ", "TR: "],
    "it": ["R: ", "Re: ", "R: R: "],
}

# The first, angry contact (e-mail, chat, social post, web form).
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "de": {
        "no_show": [
            "Ich hab mir extra freigenommen, {ctx}, und NIEMAND ist gekommen. Termin 9 Uhr, um 12 immer noch keiner da, keine Nachricht, nichts. Was soll das?",
            "Heute um 14 Uhr war die Reinigung gebucht. Es kam niemand. In der App steht 'Reinigungskraft unterwegs' seit drei Stunden. Ich bin echt sauer.",
            "@Limora ihr lasst mich einfach sitzen, {ctx}?? Keine Reinigungskraft, keine Absage, kein Anruf. Danke für nix.",
        ],
        "sloppy": [
            "Ich habe eine Grundreinigung für {deep} bezahlt, {ctx}. Nach 1,5 Stunden war die Dame weg, Backofen nicht angefasst, Fenster nicht gemacht, im Bad noch Kalk überall. Das ist keine Grundreinigung.",
            "Sorry aber das war gar nix. Küche nur oberflächlich gewischt, unterm Sofa alles voll Staub, die Dusche genauso wie vorher. Dafür zahl ich doch nicht {deep}",
        ],
        "broken": [
            "Bei der Reinigung heute ist die Glasvase von meiner Oma kaputtgegangen. Die Scherben lagen einfach im Müll, kein Wort, kein Zettel. Ich hab's erst am Abend gemerkt. UNFASSBAR.",
            "Nach der Reinigung war die Vase im Flur zerbrochen und wurde einfach in den Müll geworfen. Niemand hat was gesagt. Ich will wissen, wie das jetzt läuft.",
        ],
        "double_charge": [
            "Mir wurde das Plus diesen Monat ZWEIMAL abgebucht, 2x {plus}. Ich hab einen Termin im Monat, nicht zwei. Bitte sofort zurück.",
            "Kontoauszug: zweimal Limora Plus am selben Tag. Ich bin alleinerziehend, {plus} fehlen mir gerade wirklich.",
        ],
        "keys": [
            "Der Schlüssel war nach der Reinigung NICHT im Schlüsselkasten. Ich stand abends mit den Kindern vor der Tür und musste den Schlüsseldienst rufen. {lock}!",
            "Wo ist mein Schlüssel? Reinigung heute Vormittag, Kasten leer, die Reinigungskraft geht nicht ans Telefon. Ich komm nicht in meine Wohnung.",
        ],
        "refund": [
            "Ich habe vor drei Wochen eine Buchung storniert, {tenancy} Endreinigung, fristgerecht. Bis heute kein Geld zurück. Wie lange noch?",
            "Stornierung am 2., Bestätigung per Mail, 'Erstattung in 5-7 Werktagen'. Jetzt sind es über drei Wochen. Nichts.",
        ],
    },
    "pt": {
        "no_show": [
            "Tirei o dia de folga {ctx} e NINGUÉM apareceu. Marcação às 9h, ao meio-dia ainda nada, nem uma mensagem. Isto é o quê?",
            "Tinha limpeza marcada às 14h. Não veio ninguém. Na app diz 'profissional a caminho' há três horas. Estou mesmo chatead[[a|o]].",
            "@Limora deixaram-me pendurad[[a|o]] {ctx}?? Ninguém veio, ninguém avisou, ninguém ligou. Obrigadinh[[a|o]] por nada.",
        ],
        "sloppy": [
            "Paguei {deep} por uma limpeza profunda {ctx}. A senhora foi embora ao fim de hora e meia, forno nem tocado, janelas por fazer, calcário na casa de banho toda. Isto não é limpeza profunda.",
            "Desculpem mas aquilo não foi nada. Cozinha passada por cima, pó debaixo do sofá, o duche igualzinho. Não pago {deep} para isto",
        ],
        "broken": [
            "Na limpeza de hoje partiram o candeeiro de cerâmica que era da minha avó. Os cacos estavam no lixo, nem um bilhete, nem uma palavra. Só vi à noite. INACREDITÁVEL.",
            "Depois da limpeza o candeeiro da sala estava partido e deitado ao lixo. Ninguém disse nada. Quero saber o que acontece agora.",
        ],
        "double_charge": [
            "Cobraram-me o Plus DUAS vezes este mês, 2x {plus}. Tenho uma limpeza por mês, não duas. Devolvam já por favor.",
            "Extrato do banco: duas vezes Limora Plus no mesmo dia. [[Sou mãe sozinha|Sou pai sozinho]], {plus} fazem-me mesmo falta agora.",
        ],
        "keys": [
            "A chave NÃO ficou na caixa depois da limpeza. Cheguei à noite com os miúdos e fiquei à porta, tive de chamar o serralheiro. {lock}!",
            "Onde está a minha chave? Limpeza hoje de manhã, caixa vazia, a senhora não atende. Não consigo entrar em casa.",
        ],
        "refund": [
            "Cancelei uma marcação há três semanas, {tenancy} de limpeza de fim de arrendamento, dentro do prazo. Até hoje nada de reembolso. Até quando?",
            "Cancelei no dia 2, recebi email a dizer 'reembolso em 5 a 7 dias úteis'. Já passaram mais de três semanas. Nada.",
        ],
    },
    "en": {
        "no_show": [
            "Took the day off {ctx} and NOBODY came. Booked for 9, still no one at 12, no message, nothing. Seriously?",
            "@Limora you just left me hanging {ctx}?? No cleaner, no cancellation, no call. Cheers for nothing.",
        ],
        "sloppy": [
            "Paid {deep} for a deep clean {ctx}. She left after an hour and a half, oven untouched, windows not done, limescale all over the bathroom. That is not a deep clean."
        ],
        "broken": [
            "My nan's glass vase got broken during today's clean. The pieces were just in the bin, no note, no word. Only noticed tonight. Unbelievable."
        ],
        "double_charge": [
            "You've taken Plus TWICE this month, 2x {plus}. I have one clean a month, not two. Refund it please."
        ],
        "keys": [
            "Key was NOT back in the key safe after the clean. Stood outside with the kids tonight and had to call a locksmith!"
        ],
        "refund": [
            "Cancelled a booking three weeks ago, end of tenancy clean, well within time. Still no refund. How much longer?"
        ],
    },
    "es": {
        "no_show": [
            "Me pedí el día libre {ctx} y no vino NADIE. Reserva a las 9, a las 12 todavía nada, ni un mensaje. ¿Qué es esto?",
            "@Limora me dejáis tirad[[a|o]] {ctx}?? Ni limpiadora, ni aviso, ni llamada. Gracias por nada.",
        ],
        "sloppy": [
            "Pagué {deep} por una limpieza a fondo {ctx}. Se fue a la hora y media, el horno sin tocar, los cristales sin hacer, cal en todo el baño. Eso no es una limpieza a fondo."
        ],
        "broken": [
            "En la limpieza de hoy rompieron el jarrón de cristal de mi abuela. Los trozos en la basura, ni una nota. Lo vi por la noche. Increíble."
        ],
        "double_charge": [
            "Me habéis cobrado el Plus DOS veces este mes, 2x {plus}. Tengo una limpieza al mes, no dos. Devolvedlo ya."
        ],
        "keys": [
            "La llave NO estaba en la caja después de la limpieza. Me quedé en la calle con los niños y tuve que llamar al cerrajero!"
        ],
        "refund": [
            "Cancelé una reserva hace tres semanas, {tenancy} de fin de alquiler, en plazo. Ni un euro devuelto. ¿Hasta cuándo?"
        ],
    },
    "fr": {
        "no_show": [
            "J'ai posé ma journée {ctx} et PERSONNE n'est venu. Réservé pour 9 h, à midi toujours rien, aucun message. C'est quoi ce délire ?",
            "@Limora vous me plantez {ctx} ?? Pas d'intervenante, pas d'annulation, pas d'appel. Merci pour rien.",
        ],
        "sloppy": [
            "J'ai payé {deep} pour un grand ménage {ctx}. Elle est partie au bout d'1h30, four pas touché, vitres pas faites, du calcaire partout dans la salle de bain. Ce n'est pas un grand ménage."
        ],
        "broken": [
            "Pendant le ménage aujourd'hui le vase en verre de ma grand-mère a été cassé. Les morceaux à la poubelle, pas un mot. Je l'ai vu ce soir. INADMISSIBLE."
        ],
        "double_charge": [
            "Vous m'avez prélevé le Plus DEUX FOIS ce mois-ci, 2x {plus}. J'ai un ménage par mois, pas deux. Remboursez svp."
        ],
        "keys": [
            "La clé n'était PAS dans la boîte après le ménage. Je suis resté[[e|]] dehors avec les enfants et j'ai dû appeler un serrurier !"
        ],
        "refund": [
            "J'ai annulé une réservation il y a trois semaines, {tenancy} de fin de bail, dans les délais. Toujours pas remboursé[[e|]]. Jusqu'à quand ?"
        ],
    },
    "it": {
        "no_show": [
            "Ho preso un giorno di ferie {ctx} e non è venuto NESSUNO. Prenotazione alle 9, alle 12 ancora niente, nessun messaggio. Ma scherziamo?",
            "@Limora mi lasciate a piedi {ctx}?? Nessuna addetta, nessun avviso, nessuna chiamata. Grazie di niente.",
        ],
        "sloppy": [
            "Ho pagato {deep} per una pulizia a fondo {ctx}. Se n'è andata dopo un'ora e mezza, forno non toccato, vetri non fatti, calcare in tutto il bagno. Questa non è una pulizia a fondo."
        ],
        "broken": [
            "Durante la pulizia di oggi hanno rotto il vaso di vetro di mia nonna. I cocci nella spazzatura, nemmeno un biglietto. Me ne sono accort[[a|o]] stasera. VERGOGNOSO."
        ],
        "double_charge": [
            "Mi avete addebitato il Plus DUE volte questo mese, 2x {plus}. Ho una pulizia al mese, non due. Rimborsate subito."
        ],
        "keys": [
            "La chiave NON era nella cassetta dopo la pulizia. Sono rimast[[a|o]] fuori con i bambini e ho dovuto chiamare il fabbro!"
        ],
        "refund": [
            "Ho annullato una prenotazione tre settimane fa, {tenancy} di fine locazione, nei termini. Ancora nessun rimborso. Fino a quando?"
        ],
    },
}

PHONE_COMPLAINT: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "ja hallo {first} {last} hier ich hatte heute um neun eine reinigung gebucht und es ist einfach niemand gekommen ich hab mir extra frei genommen das geht so nicht",
        "sloppy": "hallo ich ruf an wegen der grundreinigung gestern ich hab die ganze grundreinigung bezahlt und die dame war nach anderthalb stunden weg der backofen ist nicht gemacht das bad nicht",
        "broken": "guten tag ich ruf an weil bei der reinigung heute eine vase kaputt gegangen ist und niemand hat mir was gesagt die lag einfach im müll",
        "double_charge": "hallo mir ist das plus zweimal abgebucht worden zweimal den vollen monat und ich will das zurück",
        "keys": "hallo ich steh vor meiner wohnung und der schlüssel ist nicht im kasten die reinigung war heute morgen was soll ich jetzt machen",
        "refund": "ja guten tag ich warte seit drei wochen auf meine erstattung ich hab die endreinigung storniert rechtzeitig",
    },
    "pt": {
        "no_show": "está sim boa tarde fala {first} {last} tinha uma limpeza marcada hoje às nove e não apareceu ninguém tirei o dia de folga para isto não pode ser",
        "sloppy": "olá estou a ligar por causa da limpeza profunda de ontem paguei a limpeza toda e a senhora foi embora ao fim de hora e meia o forno ficou por fazer",
        "broken": "boa tarde estou a ligar porque na limpeza de hoje partiram um candeeiro e ninguém me disse nada estava no lixo",
        "double_charge": "olá cobraram-me o plus duas vezes duas vezes o mês inteiro e quero o dinheiro de volta",
        "keys": "olá estou à porta de casa e a chave não está na caixa a limpeza foi hoje de manhã o que é que eu faço agora",
        "refund": "bom dia estou há três semanas à espera do reembolso cancelei a limpeza de fim de arrendamento dentro do prazo",
    },
    "en": {
        "no_show": "yeah hi its {first} {last} i had a clean booked for nine today and nobody turned up i took the day off for this",
        "sloppy": "hiya calling about the deep clean yesterday i paid for a deep clean and she was gone after an hour and a half oven not done bathroom not done",
        "broken": "hello calling because a vase got broken at the clean today and nobody said a word it was just in the bin",
        "double_charge": "hi youve charged me for plus twice ninety four twice and i want it back",
        "keys": "hi im stood outside my flat and the key isnt in the key safe the clean was this morning what do i do",
        "refund": "yeah hi ive been waiting three weeks for a refund i cancelled the end of tenancy clean",
    },
    "es": {
        "no_show": "sí hola buenas soy {first} {last} tenía una limpieza hoy a las nueve y no ha venido nadie me he cogido el día libre para esto",
        "sloppy": "hola buenas llamo por la limpieza a fondo de ayer pagué la limpieza entera y se fue a la hora y media el horno sin hacer",
        "broken": "hola llamo porque en la limpieza de hoy rompieron un jarrón y nadie me dijo nada estaba en la basura",
        "double_charge": "hola me habéis cobrado el plus dos veces el mes entero y lo quiero de vuelta",
        "keys": "hola estoy en la puerta de casa y la llave no está en la caja la limpieza fue esta mañana qué hago",
        "refund": "hola buenas llevo tres semanas esperando el reembolso cancelé la limpieza de fin de alquiler en plazo",
    },
    "fr": {
        "no_show": "oui bonjour euh c'est {first} {last} j'avais un ménage à neuf heures aujourd'hui et personne n'est venu j'ai posé ma journée",
        "sloppy": "bonjour j'appelle pour le grand ménage d'hier j'ai payé le grand ménage complet et elle est partie au bout d'une heure et demie le four pas fait",
        "broken": "bonjour j'appelle parce qu'un vase a été cassé pendant le ménage aujourd'hui et personne ne m'a rien dit il était à la poubelle",
        "double_charge": "bonjour vous m'avez prélevé le plus deux fois le mois entier je veux être remboursé",
        "keys": "bonjour je suis devant chez moi et la clé n'est pas dans la boîte le ménage était ce matin je fais comment",
        "refund": "oui bonjour j'attends mon remboursement depuis trois semaines j'ai annulé le ménage de fin de bail dans les délais",
    },
    "it": {
        "no_show": "pronto buongiorno sono {first} {last} avevo una pulizia oggi alle nove e non è venuto nessuno ho preso ferie apposta",
        "sloppy": "sì salve chiamo per la pulizia a fondo di ieri ho pagato la pulizia intera e se n'è andata dopo un'ora e mezza il forno non l'ha fatto",
        "broken": "pronto chiamo perché durante la pulizia di oggi hanno rotto un vaso e nessuno mi ha detto niente era nella spazzatura",
        "double_charge": "salve mi avete addebitato il plus due volte il mese intero e li rivoglio",
        "keys": "pronto sono davanti a casa e la chiave non è nella cassetta la pulizia era stamattina cosa faccio",
        "refund": "sì buongiorno aspetto il rimborso da tre settimane ho annullato la pulizia di fine locazione nei termini",
    },
}

# Long e-mails with the complaint inside: {complaint} is put in the middle.
LONG_EMAIL: dict[str, list[str]] = {
    "de": [
        "Liebes Limora-Team,\n\nich schreibe Ihnen, obwohl ich eigentlich gar keine Zeit habe. Mein Vater liegt seit zwei Wochen im Krankenhaus in Augsburg, meine Schwester und ich wechseln uns ab, und ich pendle jeden zweiten Tag hin und her. Deshalb hatte ich Sie überhaupt gebucht, damit wenigstens zuhause nicht alles liegen bleibt, und die ersten Male war das wirklich eine große Hilfe.\n\n{complaint}\n\nIch bitte Sie einfach, sich darum zu kümmern, ich habe keine Kraft, dem hinterherzulaufen. Ich bin grad am Ende mit den Nerven.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Hallo,\n\nwir sind vor einem Monat mit zwei kleinen Kindern umgezogen, neue Kita, neuer Job für [[meinen Mann|meine Frau]], die Kartons stehen noch im Keller. Eine Freundin hat mir Limora empfohlen und ich war ehrlich gesagt froh, dass ich wenigstens das abgeben kann.\n\n{complaint}\n\nIch möchte wirklich nicht kleinlich sein, aber so habe ich mir das nicht vorgestellt. Bitte melden Sie sich.\n\nViele Grüße\n{first}",
    ],
    "pt": [
        "Boa tarde,\n\nescrevo-vos com algum custo porque ando sem tempo para nada. O meu pai está internado no Santa Maria há duas semanas, eu e a minha irmã revezamo-nos, e eu ando de Setúbal para Lisboa dia sim dia não. Foi por isso que comecei a marcar convosco, para a casa não ficar ao abandono, e nas primeiras vezes foi uma grande ajuda.\n\n{complaint}\n\nPeço só que tratem disto, não tenho forças para andar atrás do assunto. Estou mesmo no limite.\n\nCumprimentos,\n{first} {last}",
        "Olá,\n\nmudámo-nos há um mês com duas crianças pequenas, escola nova, creche nova, [[o meu marido|a minha mulher]] com trabalho novo, ainda temos caixas na garagem. Uma amiga recomendou-me a Limora e confesso que fiquei aliviad[[a|o]] por poder largar pelo menos isto.\n\n{complaint}\n\nNão quero ser esquisit[[a|o]], mas não era isto que eu esperava. Aguardo resposta.\n\nObrigad[[a|o]],\n{first}",
    ],
    "en": [
        "Hello,\n\nI'm writing this from the hospital car park, to be honest. My dad has been in for two weeks and my sister and I are taking turns, so I booked you to keep the house from falling apart, and the first few times it was a real help.\n\n{complaint}\n\nPlease just sort it, I don't have it in me to chase this.\n\nThanks,\n{first} {last}"
    ],
    "es": [
        "Hola,\n\nnos mudamos hace un mes con dos niños pequeños, cole nuevo, trabajo nuevo de mi pareja, todavía cajas por todas partes. Una amiga me recomendó Limora y la verdad es que me alivió poder soltar al menos esto.\n\n{complaint}\n\nNo quiero ser pesad[[a|o]] pero no era esto lo que esperaba. Espero respuesta.\n\nUn saludo,\n{first}"
    ],
    "fr": [
        "Bonjour,\n\nmon père est hospitalisé depuis deux semaines, ma sœur et moi nous relayons et je fais l'aller-retour un jour sur deux. C'est pour ça que j'avais réservé chez vous, pour que la maison ne parte pas à vau-l'eau, et les premières fois ça m'a vraiment aidé[[e|]].\n\n{complaint}\n\nMerci de vous en occuper, je n'ai pas la force de relancer.\n\nCordialement,\n{first} {last}"
    ],
    "it": [
        "Buongiorno,\n\nci siamo trasferiti un mese fa con due bambini piccoli, asilo nuovo, lavoro nuovo per [[mio marito|mia moglie]], scatoloni ancora in cantina. Un'amica mi ha consigliato Limora e sinceramente ero sollevat[[a|o]] di poter delegare almeno questo.\n\n{complaint}\n\nNon voglio fare polemica ma non me lo aspettavo così. Attendo risposta.\n\nCordiali saluti,\n{first}"
    ],
}

# Agents: case opened, passed on, sorted (naming the fix).
CASE_OPENED: dict[str, str] = {
    "de": "Hallo [[Frau|Herr]] {last}, es tut mir sehr leid. Ich habe den Fall {ref} angelegt und kümmere mich darum; Sie hören spätestens morgen von uns. Viele Grüße, {agent}",
    "pt": "Olá [[Sra.|Sr.]] {last}, lamento muito. Abri o processo {ref} e estou a tratar do assunto; terá notícias nossas até amanhã. Cumprimentos, {agent}",
    "en": "Hi [[Ms|Mr]] {last}, I'm so sorry. I've opened case {ref} and I'm on it; you'll hear from us by tomorrow. {agent}",
    "es": "Hola [[Sra.|Sr.]] {last}, lo siento mucho. He abierto el caso {ref} y me encargo; tendrá noticias nuestras mañana como tarde. {agent}",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, nous sommes vraiment désolés. J'ai ouvert le dossier {ref} et je m'en occupe ; vous aurez de nos nouvelles demain au plus tard. {agent}",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, mi dispiace molto. Ho aperto la pratica {ref} e me ne occupo; avrà nostre notizie entro domani. {agent}",
}
PASSED_ON: dict[str, str] = {
    "de": "Hallo [[Frau|Herr]] {last}, danke für Ihre Nachricht. Ihr Anliegen ({ref}) habe ich an unser Team für Einsätze und Zahlungen weitergegeben, die Kolleginnen melden sich bei Ihnen. Freundliche Grüße, {agent}",
    "pt": "Olá [[Sra.|Sr.]] {last}, agradecemos a mensagem. Passei o seu pedido ({ref}) à nossa equipa de marcações e pagamentos, que entrará em contacto consigo. Cumprimentos, {agent}",
    "en": "Hi [[Ms|Mr]] {last}, thanks for getting in touch. I've passed your request ({ref}) on to our bookings and payments team, who'll be in touch. {agent}",
    "es": "Hola [[Sra.|Sr.]] {last}, gracias por escribirnos. He pasado su solicitud ({ref}) a nuestro equipo de reservas y pagos, que se pondrá en contacto con usted. {agent}",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, merci pour votre message. J'ai transmis votre demande ({ref}) à notre équipe réservations et paiements, qui reviendra vers vous. {agent}",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, grazie del messaggio. Ho passato la sua richiesta ({ref}) al nostro team prenotazioni e pagamenti, che la ricontatterà. {agent}",
}
SORTED: dict[str, dict[str, str]] = {
    "de": {
        "no_show": "Hallo [[Frau|Herr]] {last}, wir entschuldigen uns für den Ausfall ({ref}). Die Buchung ist vollständig erstattet und {cleaner} kommt morgen um 9 Uhr als Ersatz, kostenlos. Passt das für Sie? {agent}",
        "sloppy": "Hallo [[Frau|Herr]] {last}, zu {ref}: wir schicken am Samstag kostenlos eine Nachreinigung (Backofen, Fenster, Bad) und erstatten 50 %. Können Sie kurz bestätigen? {agent}",
        "broken": "Hallo [[Frau|Herr]] {last}, zu {ref}: die Vase ist über unsere Haftpflicht gedeckt, {vase} werden Ihnen in 3 Werktagen überwiesen. Passt das so? {agent}",
        "double_charge": "Hallo [[Frau|Herr]] {last}, die doppelte Abbuchung ({ref}) ist storniert, die {plus} sind heute an Sie zurückgegangen. Sehen Sie sie auf Ihrem Konto? {agent}",
        "keys": "Hallo [[Frau|Herr]] {last}, zu {ref}: der Schlüssel wurde gefunden und liegt wieder im Kasten, die {lock} Schlüsseldienst übernehmen wir. Können Sie das bestätigen? {agent}",
        "refund": "Hallo [[Frau|Herr]] {last}, die Erstattung zu {ref} ist heute angewiesen worden, {tenancy} in 1-2 Werktagen. Bitte geben Sie kurz Bescheid, wenn sie da ist. {agent}",
    },
    "pt": {
        "no_show": "Olá [[Sra.|Sr.]] {last}, pedimos desculpa pela falha ({ref}). A marcação foi totalmente reembolsada e a {cleaner} vai amanhã às 9h sem custos. Pode ser? {agent}",
        "sloppy": "Olá [[Sra.|Sr.]] {last}, sobre {ref}: enviamos no sábado uma nova limpeza gratuita (forno, janelas, casa de banho) e devolvemos 50 %. Pode confirmar? {agent}",
        "broken": "Olá [[Sra.|Sr.]] {last}, sobre {ref}: o candeeiro fica coberto pelo nosso seguro, {vase} transferidos em 3 dias úteis. Está bem assim? {agent}",
        "double_charge": "Olá [[Sra.|Sr.]] {last}, a cobrança a dobrar ({ref}) foi anulada e os {plus} foram devolvidos hoje. Já os vê na conta? {agent}",
        "keys": "Olá [[Sra.|Sr.]] {last}, sobre {ref}: a chave apareceu e está de novo na caixa, e pagamos os {lock} do serralheiro. Pode confirmar? {agent}",
        "refund": "Olá [[Sra.|Sr.]] {last}, o reembolso de {ref} foi emitido hoje, {tenancy} em 1-2 dias úteis. Avise-nos quando chegar, por favor. {agent}",
    },
    "en": {
        "no_show": "Hi [[Ms|Mr]] {last}, we're sorry about the missed clean ({ref}). It's fully refunded and {cleaner} will come tomorrow at 9, free of charge. Does that work? {agent}",
        "sloppy": "Hi [[Ms|Mr]] {last}, re {ref}: we'll send a free re-clean on Saturday (oven, windows, bathroom) and refund 50%. Can you confirm? {agent}",
        "broken": "Hi [[Ms|Mr]] {last}, re {ref}: the vase is covered by our insurance, {vase} will reach you in 3 working days. Is that OK? {agent}",
        "double_charge": "Hi [[Ms|Mr]] {last}, the double charge ({ref}) has been reversed and the money went back today. Can you see it? {agent}",
        "keys": "Hi [[Ms|Mr]] {last}, re {ref}: the key was found and is back in the safe, and we'll cover the locksmith. Can you confirm? {agent}",
        "refund": "Hi [[Ms|Mr]] {last}, the refund on {ref} went out today, 1-2 working days. Please let us know when it lands. {agent}",
    },
    "es": {
        "no_show": "Hola [[Sra.|Sr.]] {last}, sentimos la falta ({ref}). Le hemos devuelto la reserva entera y {cleaner} irá mañana a las 9 sin coste. ¿Le va bien? {agent}",
        "sloppy": "Hola [[Sra.|Sr.]] {last}, sobre {ref}: el sábado enviamos una limpieza de repaso gratis (horno, cristales, baño) y devolvemos el 50 %. ¿Nos lo confirma? {agent}",
        "broken": "Hola [[Sra.|Sr.]] {last}, sobre {ref}: el jarrón lo cubre nuestro seguro, {vase} en 3 días hábiles. ¿Le parece bien? {agent}",
        "double_charge": "Hola [[Sra.|Sr.]] {last}, el cobro doble ({ref}) está anulado y los {plus} se le devolvieron hoy. ¿Los ve ya? {agent}",
        "keys": "Hola [[Sra.|Sr.]] {last}, sobre {ref}: la llave apareció y vuelve a estar en la caja, y pagamos el cerrajero. ¿Lo confirma? {agent}",
        "refund": "Hola [[Sra.|Sr.]] {last}, el reembolso de {ref} salió hoy, {tenancy} en 1-2 días hábiles. Avísenos cuando llegue. {agent}",
    },
    "fr": {
        "no_show": "Bonjour [[Madame|Monsieur]] {last}, toutes nos excuses ({ref}). La réservation est remboursée et {cleaner} passera demain à 9 h gratuitement. Cela vous convient ? {agent}",
        "sloppy": "Bonjour [[Madame|Monsieur]] {last}, pour {ref} : nous envoyons samedi un repassage gratuit (four, vitres, salle de bain) et remboursons 50 %. Vous confirmez ? {agent}",
        "broken": "Bonjour [[Madame|Monsieur]] {last}, pour {ref} : le vase est couvert par notre assurance, {vase} sous 3 jours ouvrés. Cela vous va ? {agent}",
        "double_charge": "Bonjour [[Madame|Monsieur]] {last}, le double prélèvement ({ref}) est annulé, les {plus} vous ont été rendus aujourd'hui. Vous les voyez ? {agent}",
        "keys": "Bonjour [[Madame|Monsieur]] {last}, pour {ref} : la clé a été retrouvée et remise dans la boîte, et nous prenons le serrurier à notre charge. Vous confirmez ? {agent}",
        "refund": "Bonjour [[Madame|Monsieur]] {last}, le remboursement de {ref} est parti aujourd'hui, {tenancy} sous 1-2 jours ouvrés. Dites-nous quand il arrive. {agent}",
    },
    "it": {
        "no_show": "Buongiorno [[Sig.ra|Sig.]] {last}, ci scusiamo ({ref}). La prenotazione è rimborsata e {cleaner} verrà domani alle 9 gratis. Le va bene? {agent}",
        "sloppy": "Buongiorno [[Sig.ra|Sig.]] {last}, per {ref}: sabato mandiamo un ripasso gratuito (forno, vetri, bagno) e rimborsiamo il 50 %. Ce lo conferma? {agent}",
        "broken": "Buongiorno [[Sig.ra|Sig.]] {last}, per {ref}: il vaso è coperto dalla nostra assicurazione, {vase} in 3 giorni lavorativi. Va bene così? {agent}",
        "double_charge": "Buongiorno [[Sig.ra|Sig.]] {last}, il doppio addebito ({ref}) è stornato, i {plus} le sono stati restituiti oggi. Li vede? {agent}",
        "keys": "Buongiorno [[Sig.ra|Sig.]] {last}, per {ref}: la chiave è stata ritrovata ed è di nuovo nella cassetta, e paghiamo noi il fabbro. Conferma? {agent}",
        "refund": "Buongiorno [[Sig.ra|Sig.]] {last}, il rimborso di {ref} è partito oggi, {tenancy} in 1-2 giorni lavorativi. Ci avvisi quando arriva. {agent}",
    },
}

# Later contacts on the same open case: {short} is SHORT[lang][problem].
FOLLOW_2: dict[str, list[str]] = {
    "de": [
        "Fall {ref}: immer noch nicht erledigt. Es geht um {short}. Ich warte seit gestern auf den versprochenen Rückruf.",
        "Ich schreibe nochmal wegen {ref}, {short}. Passiert ist: nichts. Hallo??",
        "Nochmal zu {ref}. Es ist weiterhin offen, {short}, keiner meldet sich.",
    ],
    "pt": [
        "Processo {ref}: continua por resolver. É sobre {short}. Estou à espera da chamada prometida desde ontem.",
        "Volto a escrever por causa do {ref}, {short}. Resultado: nada. Está aí alguém??",
        "Outra vez o {ref}. Continua em aberto, {short}, e ninguém diz nada.",
    ],
    "en": [
        "Case {ref}: still not sorted. It's about {short}. Still waiting for the call I was promised yesterday.",
        "Writing again about {ref}, {short}. Nothing's happened. Hello??",
    ],
    "es": [
        "Caso {ref}: sigue sin resolver. Es por {short}. Sigo esperando la llamada que me prometieron ayer.",
        "Vuelvo a escribir por {ref}, {short}. Nada de nada. ¿Hola??",
    ],
    "fr": [
        "Dossier {ref} : toujours pas réglé. C'est pour {short}. J'attends toujours le rappel promis hier.",
        "Je réécris pour {ref}, {short}. Rien ne bouge. Allô ??",
    ],
    "it": [
        "Pratica {ref}: ancora aperta. Si tratta di: {short}. Aspetto ancora la chiamata promessa ieri.",
        "Riscrivo per {ref}, {short}. Niente di niente. Pronto??",
    ],
}
FOLLOW_3: dict[str, list[str]] = {
    "de": [
        "Das ist jetzt das DRITTE Mal wegen {ref}. Es geht immer noch um {short}. Wenn das bis morgen nicht geklärt ist, buche ich bei {comp}.",
        "DRITTER Versuch, {ref}. Ich hab langsam keine Lust mehr. Meine Nachbarin ist bei {comp} und hatte nie so ein Theater.",
    ],
    "pt": [
        "É a TERCEIRA vez que escrevo por causa do {ref}. Continua tudo igual com {short}. Se amanhã não estiver resolvido passo para a {comp}.",
        "TERCEIRA tentativa, {ref}. Já estou a perder a paciência. A minha vizinha usa a {comp} e nunca teve esta novela.",
    ],
    "en": [
        "THIRD time about {ref}. Still nothing on {short}. If it's not sorted by tomorrow I'm booking {comp}."
    ],
    "es": [
        "Es la TERCERA vez por {ref}. Sigue igual lo de {short}. Si mañana no está resuelto me paso a {comp}."
    ],
    "fr": [
        "C'est la TROISIÈME fois pour {ref}. Toujours rien pour {short}. Si ce n'est pas réglé demain je passe chez {comp}."
    ],
    "it": [
        "È la TERZA volta per {ref}. Ancora niente per {short}. Se domani non è risolto passo a {comp}."
    ],
}
FOLLOW_4: dict[str, list[str]] = {
    "de": [
        "VIERTES Mal, {ref}. Ich erwarte heute eine Lösung für {short}. Heute.",
        "Viertes Mal jetzt. {ref}. Ehrlich, ich bin fassungslos.",
    ],
    "pt": [
        "QUARTA vez, {ref}. Espero hoje uma solução para {short}. Hoje.",
        "Quarta vez. {ref}. Sinceramente, estou sem palavras.",
    ],
    "en": ["FOURTH time, {ref}. I expect {short} sorted today. Today."],
    "es": ["CUARTA vez, {ref}. Espero hoy una solución para {short}. Hoy."],
    "fr": ["QUATRIÈME fois, {ref}. J'attends aujourd'hui une solution pour {short}. Aujourd'hui."],
    "it": ["QUARTA volta, {ref}. Mi aspetto oggi una soluzione per {short}. Oggi."],
}
FOLLOW_PHONE: dict[str, str] = {
    "de": "ja hallo ich ruf nochmal an wegen dem fall {spoken} das ist immer noch nicht erledigt und keiner ruft zurück",
    "pt": "está sim volto a ligar por causa do processo {spoken} continua por resolver e ninguém me liga",
    "en": "yeah hi calling again about case {spoken} still not sorted and nobody calls back",
    "es": "sí hola vuelvo a llamar por el caso {spoken} sigue sin resolver y nadie me llama",
    "fr": "oui bonjour je rappelle pour le dossier {spoken} toujours pas réglé et personne ne me rappelle",
    "it": "pronto richiamo per la pratica {spoken} ancora non risolta e nessuno mi richiama",
}

CONFIRM: dict[str, list[str]] = {
    "de": [
        "Bestätigt, {ref} ist erledigt, alles angekommen. Danke!",
        "Passt, danke für die schnelle Lösung ({ref}).",
        "Ja, {ref} hat sich erledigt. Danke {agent}!",
    ],
    "pt": [
        "Confirmo, {ref} está resolvido, já recebi. Obrigad[[a|o]]!",
        "Está ótimo, obrigad[[a|o]] pela rapidez ({ref}).",
        "Sim, {ref} ficou resolvido. Obrigad[[a|o]] {agent}!",
    ],
    "en": [
        "Confirmed, {ref} is sorted, all good. Thanks!",
        "Yep that's fine, thanks for sorting it ({ref}).",
    ],
    "es": [
        "Confirmado, {ref} resuelto, ya me ha llegado. ¡Gracias!",
        "Perfecto, gracias por la rapidez ({ref}).",
    ],
    "fr": [
        "Confirmé, {ref} est réglé, bien reçu. Merci !",
        "Parfait, merci pour la rapidité ({ref}).",
    ],
    "it": [
        "Confermo, {ref} risolta, tutto arrivato. Grazie!",
        "Perfetto, grazie della rapidità ({ref}).",
    ],
}

APOLOGY: dict[str, list[str]] = {
    "de": [
        "Sorry wegen gestern, ich war echt durch. Danke dass ihr das so schnell geregelt habt.",
        "Ich muss mich für meinen Ton gestern entschuldigen. Danke {agent}, alles gut jetzt.",
    ],
    "pt": [
        "Desculpem a forma como escrevi ontem, estava mesmo de rastos. Obrigad[[a|o]] por resolverem tão depressa.",
        "Peço desculpa pelo tom de ontem. Obrigad[[a|o]] {agent}, está tudo bem.",
    ],
    "en": ["Sorry about yesterday, I was at the end of my rope. Thanks for sorting it so fast."],
    "es": ["Perdón por lo de ayer, estaba agotad[[a|o]]. Gracias por arreglarlo tan rápido."],
    "fr": ["Désolé[[e|]] pour hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": ["Scusate per ieri, ero a pezzi. Grazie di aver risolto così in fretta."],
}

LOW_WORDS: dict[str, list[str]] = {
    "de": ["Schlecht.", "Nie wieder so ein Tag", "", "enttäuscht"],
    "pt": ["Mau.", "", "Desiludid[[a|o]]", "Péssimo dia"],
    "en": ["Poor.", ""],
    "es": ["Mal.", ""],
    "fr": ["Décevant.", ""],
    "it": ["Male.", ""],
}

# The slow slide: six steps, milder to worse.
SLIDE: dict[str, list[list[str]]] = {
    "de": [
        [
            "Diesmal war's irgendwie nicht ganz so gründlich wie sonst. Kann passieren.",
            "Hm, im Bad ist diesmal einiges liegen geblieben.",
        ],
        [
            "Ein bisschen enttäuscht, dass das Plus jetzt {plus_new} statt {plus} kostet. Ohne Ankündigung.",
            "Preiserhöhung beim Plus, einfach so. Na toll.",
        ],
        [
            "Genervt: zum zweiten Mal eine neue Reinigungskraft, die nicht weiß wo was ist.",
            "Schon wieder jemand Neues, ich muss jedes Mal alles erklären. Nervt.",
        ],
        [
            "Im Chat antwortet nur noch ein Bot. 'Ich habe Sie nicht verstanden.' Ja, ich Sie auch nicht.",
            "Kein Mensch im Support, nur dieser Bot. Super.",
        ],
        [
            "Jetzt reicht's: statt 3 Stunden war sie 2 da und abgerechnet wurden 3. Ich bin WÜTEND.",
            "Wütend. 2 Stunden da gewesen, 3 berechnet, und der Bot sagt 'Danke für Ihr Feedback'.",
        ],
        [
            "Mir reicht's. Ich schau mir gerade die Preise bei {comp} an.",
            "Hab genug. Vergleiche gerade mit {comp}.",
        ],
    ],
    "pt": [
        [
            "Desta vez a limpeza não ficou tão boa como costuma. Acontece.",
            "Hm, na casa de banho ficou coisa por fazer desta vez.",
        ],
        [
            "Um bocado desiludid[[a|o]] com o Plus a passar de {plus} para {plus_new} sem aviso.",
            "Aumento do Plus assim do nada. Boa.",
        ],
        [
            "Fart[[a|o]] de mudar de profissional, é a segunda nova que não sabe onde está nada.",
            "Mais uma pessoa nova, tenho de explicar tudo outra vez. Cansa.",
        ],
        [
            "No chat agora só responde um robô. 'Não percebi.' Pois, nem eu.",
            "Ninguém humano no apoio, só o robô. Ótimo.",
        ],
        [
            "Chega: em vez de 3 horas ficou 2 e cobraram 3. Estou FURIOS[[A|O]].",
            "Furios[[a|o]]. Duas horas cá, três cobradas, e o robô diz 'obrigado pelo feedback'.",
        ],
        [
            "Já chega. Estou a ver os preços da {comp}.",
            "Estou fart[[a|o]]. A comparar com a {comp}.",
        ],
    ],
    "en": [
        [
            "Not quite as thorough as usual this time. Happens.",
            "Hm, a few bits left in the bathroom this time.",
        ],
        [
            "Bit disappointed Plus went up from {plus} to {plus_new} with no warning.",
            "Plus price rise, just like that. Great.",
        ],
        [
            "Fed up: second new cleaner who doesn't know where anything is.",
            "Another new person, explaining everything again. Tiring.",
        ],
        [
            "Only a bot in the chat now. 'I didn't understand that.' Same.",
            "No human in support, just the bot. Lovely.",
        ],
        [
            "That's it: she was here 2 hours and we got charged 3. FURIOUS.",
            "Furious. Two hours here, three charged, and the bot says thanks for the feedback.",
        ],
        ["Had enough. Looking at {comp}'s prices now.", "Done. Comparing with {comp}."],
    ],
    "es": [
        [
            "Esta vez no ha quedado tan bien como siempre. Pasa.",
            "Hm, en el baño quedaron cosas sin hacer esta vez.",
        ],
        [
            "Un poco decepcionad[[a|o]] con que el Plus pase de {plus} a {plus_new} sin avisar.",
            "Subida del Plus así sin más. Genial.",
        ],
        [
            "Hart[[a|o]] de cambiar de limpiadora, segunda nueva que no sabe dónde está nada.",
            "Otra persona nueva, a explicarlo todo otra vez. Qué pesadez.",
        ],
        [
            "En el chat ya solo contesta un bot. 'No te he entendido.' Ni yo.",
            "Nadie humano en atención, solo el bot. Genial.",
        ],
        [
            "Se acabó: 2 horas aquí y me cobran 3. FURIOS[[A|O]].",
            "Furios[[a|o]]. Dos horas, tres cobradas, y el bot dice gracias por tu opinión.",
        ],
        ["Ya está. Mirando precios en {comp}.", "Hart[[a|o]]. Comparando con {comp}."],
    ],
    "fr": [
        [
            "Un peu moins soigné que d'habitude cette fois. Ça arrive.",
            "Hm, quelques oublis dans la salle de bain cette fois.",
        ],
        [
            "Un peu déçu[[e|]] que le Plus passe de {plus} à {plus_new} sans prévenir.",
            "Hausse du Plus comme ça. Super.",
        ],
        [
            "Marre : deuxième nouvelle intervenante qui ne sait pas où est quoi.",
            "Encore quelqu'un de nouveau, je réexplique tout. Fatigant.",
        ],
        [
            "Plus qu'un bot dans le chat. « Je n'ai pas compris. » Moi non plus.",
            "Aucun humain au support, juste le bot. Génial.",
        ],
        [
            "Là ça suffit : 2 h sur place et 3 h facturées. FURIEU[[SE|X]].",
            "Furieu[[se|x]]. Deux heures, trois facturées, et le bot me remercie pour mon avis.",
        ],
        ["J'en ai assez. Je regarde les prix chez {comp}.", "Fini. Je compare avec {comp}."],
    ],
    "it": [
        [
            "Stavolta non è venuta bene come al solito. Capita.",
            "Mah, in bagno stavolta è rimasto qualcosa da fare.",
        ],
        [
            "Un po' delus[[a|o]] che il Plus passi da {plus} a {plus_new} senza avviso.",
            "Aumento del Plus così, dal nulla. Bene.",
        ],
        [
            "Stuf[[a|o]]: seconda addetta nuova che non sa dove sia niente.",
            "Un'altra persona nuova, rispiegare tutto. Che fatica.",
        ],
        [
            "In chat ormai risponde solo un bot. 'Non ho capito.' Neanche io.",
            "Nessun umano in assistenza, solo il bot. Ottimo.",
        ],
        [
            "Basta: 2 ore qui e 3 addebitate. FURIOS[[A|O]].",
            "Furios[[a|o]]. Due ore, tre addebitate, e il bot mi ringrazia del feedback.",
        ],
        [
            "Basta così. Sto guardando i prezzi di {comp}.",
            "Ne ho abbastanza. Confronto con {comp}.",
        ],
    ],
}

LEAVE_REQUEST: dict[str, list[str]] = {
    "de": [
        "Hallo, bitte kündigen Sie mein Limora Plus zum Monatsende und löschen Sie mein Konto. Wir ziehen weg und brauchen das nicht mehr. Danke.",
        "Guten Tag, ich möchte das Plus kündigen und mein Kundenkonto schließen. Bitte um kurze Bestätigung.",
    ],
    "pt": [
        "Olá, queria cancelar o meu Limora Plus no fim do mês e fechar a conta. Vamos mudar de cidade e já não precisamos. Obrigad[[a|o]].",
        "Boa tarde, quero cancelar o Plus e encerrar a minha conta. Agradeço confirmação.",
    ],
    "en": [
        "Hi, please cancel my Limora Plus at the end of the month and close my account. We're moving away. Thanks."
    ],
    "es": [
        "Hola, quiero cancelar mi Limora Plus a final de mes y cerrar la cuenta. Nos mudamos. Gracias."
    ],
    "fr": [
        "Bonjour, merci de résilier mon Limora Plus à la fin du mois et de fermer mon compte. Nous déménageons. Merci."
    ],
    "it": [
        "Buongiorno, vorrei disdire il mio Limora Plus a fine mese e chiudere l'account. Ci trasferiamo. Grazie."
    ],
}
SUBJ_LEAVE: dict[str, str] = {
    "de": "Kündigung Plus",
    "pt": "Cancelamento Plus",
    "en": "Cancel Plus",
    "es": "Baja Plus",
    "fr": "Résiliation Plus",
    "it": "Disdetta Plus",
}
LEAVE_ANSWER: dict[str, str] = {
    "de": "Hallo [[Frau|Herr]] {last}, schade, dass Sie gehen. Sie können das Plus direkt in der App unter Konto > Plus > Kündigen beenden und dort auch das Konto schließen. Alles Gute, {agent}",
    "pt": "Olá [[Sra.|Sr.]] {last}, temos pena. Pode cancelar o Plus na app em Conta > Plus > Cancelar e fechar lá a conta. Tudo de bom, {agent}",
    "en": "Hi [[Ms|Mr]] {last}, sorry to see you go. You can cancel Plus in the app under Account > Plus > Cancel and close the account there too. All the best, {agent}",
    "es": "Hola [[Sra.|Sr.]] {last}, sentimos que se vaya. Puede cancelar el Plus en la app en Cuenta > Plus > Cancelar y cerrar allí la cuenta. {agent}",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, dommage. Vous pouvez résilier le Plus dans l'appli sous Compte > Plus > Résilier et y fermer le compte. {agent}",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, ci dispiace. Può disdire il Plus nell'app in Account > Plus > Disdici e chiudere lì l'account. {agent}",
}
LEAVE_REASON: dict[str, list[str]] = {
    "de": ["Umzug", "", "brauchen wir nicht mehr"],
    "pt": ["Mudança", "", "já não precisamos"],
    "en": ["moving", ""],
    "es": ["mudanza", ""],
    "fr": ["déménagement", ""],
    "it": ["trasloco", ""],
}

SARCASM: dict[str, list[str]] = {
    "de": [
        "Ich liebe es, wenn die App genau beim Bezahlen ein Update will 🙃",
        "Toll, der Gutschein läuft genau am Tag vor Muttertag ab 🙃 sonst alles super",
    ],
    "pt": [
        "Adoro quando a app decide atualizar precisamente quando carrego em pagar 🙃",
        "Que simpático o vale expirar mesmo na véspera do dia da mãe 🙃 de resto tudo ótimo",
    ],
    "en": ["Love it when the app wants an update right as I hit pay 🙃"],
    "es": ["Me encanta que la app se actualice justo cuando le doy a pagar 🙃"],
    "fr": ["J'adore quand l'appli veut une mise à jour pile au moment de payer 🙃"],
    "it": ["Adoro quando l'app si aggiorna proprio mentre premo paga 🙃"],
}

GRUMPY: dict[str, list[str]] = {
    "de": [
        "Schon wieder ausgeloggt nach dem Update. Jedes Mal.",
        "{plus_new} fürs Plus. Für 3 Stunden im Monat. Ja nee.",
        "Der Chat-Bot ist komplett nutzlos.",
        "Wochenendzuschlag {fee}. Wofür eigentlich?",
        "Warum muss ich jedes Mal den Schlüsselcode neu eintippen?",
    ],
    "pt": [
        "Outra vez fora da conta depois da atualização. Sempre.",
        "{plus_new} pelo Plus. Por 3 horas por mês. Pois.",
        "O robô do chat não serve para nada.",
        "Taxa de {fee} ao fim de semana. Para quê?",
        "Porque é que tenho de pôr o código da caixa de cada vez?",
    ],
    "en": [
        "Logged out again after the update. Every time.",
        "{plus_new} a month for Plus. For 3 hours. Right.",
        "The chat bot is useless.",
    ],
    "es": [
        "Otra vez fuera de la cuenta tras la actualización.",
        "{plus_new} el Plus por 3 horas al mes. Ya.",
        "El bot del chat no sirve para nada.",
    ],
    "fr": [
        "Encore déconnecté[[e|]] après la mise à jour.",
        "{plus_new} le Plus pour 3 h par mois. Bon.",
        "Le bot du chat ne sert à rien.",
    ],
    "it": [
        "Di nuovo sloggat[[a|o]] dopo l'aggiornamento.",
        "{plus_new} il Plus per 3 ore al mese. Vabbè.",
        "Il bot della chat è inutile.",
    ],
}

# A mild grumble once, in chat (answered) or a web form (acknowledged).
MILD: dict[str, list[tuple[str, str]]] = {
    "de": [
        (
            "Die App braucht morgens ewig, bis die Termine laden. Nur so als Info.",
            "Danke für den Hinweis, [[Frau|Herr]] {last}, das Laden am Morgen schauen sich unsere Entwickler an. {agent}",
        ),
        (
            "Das Foto von der Reinigungskraft ist auf dem Tablet total verpixelt.",
            "Danke, [[Frau|Herr]] {last}, das geben wir ans App-Team weiter. {agent}",
        ),
    ],
    "pt": [
        (
            "A app demora imenso de manhã a carregar as marcações. Só para saberem.",
            "Agradecemos o aviso, [[Sra.|Sr.]] {last}, a equipa da app vai ver o carregamento da manhã. {agent}",
        ),
        (
            "A foto da profissional no tablet aparece toda desfocada.",
            "Agradecemos, [[Sra.|Sr.]] {last}, já passei à equipa da app. {agent}",
        ),
    ],
    "en": [
        (
            "The app takes ages to load bookings in the morning. Just so you know.",
            "Thanks [[Ms|Mr]] {last}, our developers are looking at the morning loading. {agent}",
        )
    ],
    "es": [
        (
            "La app tarda muchísimo por la mañana en cargar las reservas. Para que lo sepáis.",
            "Gracias por avisar, [[Sra.|Sr.]] {last}, lo pasamos al equipo de la app. {agent}",
        )
    ],
    "fr": [
        (
            "L'appli met des plombes le matin à charger les réservations. Pour info.",
            "Merci [[Madame|Monsieur]] {last}, nous transmettons à l'équipe de l'appli. {agent}",
        )
    ],
    "it": [
        (
            "L'app la mattina ci mette un'eternità a caricare le prenotazioni. Per info.",
            "Grazie [[Sig.ra|Sig.]] {last}, lo passiamo al team dell'app. {agent}",
        )
    ],
}
FORM_ACK: dict[str, str] = {
    "de": "Hallo [[Frau|Herr]] {last}, danke für Ihre Nachricht über unser Kontaktformular. Wir haben sie an das zuständige Team weitergegeben. {agent}",
    "pt": "Olá [[Sra.|Sr.]] {last}, agradecemos a mensagem enviada pelo formulário. Passámos à equipa responsável. {agent}",
    "en": "Hi [[Ms|Mr]] {last}, thanks for your message via our contact form, we've passed it on. {agent}",
    "es": "Hola [[Sra.|Sr.]] {last}, gracias por su mensaje en el formulario, lo hemos pasado al equipo. {agent}",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, merci pour votre message via le formulaire, nous l'avons transmis. {agent}",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, grazie del messaggio dal modulo, l'abbiamo girato al team. {agent}",
}

# The spike: booking fails with error {err} and the chosen slot disappears.
SPIKE: dict[str, list[str]] = {
    "de": [
        "Buchen geht nicht! 'Buchung fehlgeschlagen ({err})' und der Termin ist danach weg. Wollte für morgen früh buchen 😤",
        "Was ist los bei euch? Fehler {err} beim Buchen, Slot verschwunden. Dreimal probiert.",
        "@Limora Fehler {err}, Termin nach dem Bezahlen weg, Geld aber abgebucht??",
        "Sonntagabend, will die Woche planen, und die App sagt nur {err}. Danke auch.",
    ],
    "pt": [
        "Não dá para marcar! 'Marcação falhou ({err})' e o horário desaparece. Queria para amanhã de manhã 😤",
        "O que se passa? Erro {err} ao marcar, horário desapareceu. Tentei três vezes.",
        "@Limora erro {err}, a marcação desapareceu depois de pagar??",
        "Domingo à noite, quero organizar a semana e a app só diz {err}.",
    ],
    "en": [
        "Can't book! 'Booking failed ({err})' and the slot's gone after. Wanted tomorrow morning 😤",
        "@Limora error {err}, slot vanished after paying??",
    ],
    "es": [
        "¡No puedo reservar! 'Reserva fallida ({err})' y el hueco desaparece 😤",
        "@Limora error {err}, la hora desaparece al pagar??",
    ],
    "fr": [
        "Impossible de réserver ! « Réservation échouée ({err}) » et le créneau disparaît 😤",
        "@Limora erreur {err}, créneau disparu après paiement ??",
    ],
    "it": [
        "Non riesco a prenotare! 'Prenotazione non riuscita ({err})' e lo slot sparisce 😤",
        "@Limora errore {err}, lo slot sparisce dopo aver pagato??",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "de": "Buchung geht nicht!!",
    "pt": "Não consigo marcar",
    "en": "Can't book - error B-317",
    "es": "No puedo reservar",
    "fr": "Impossible de réserver",
    "it": "Non riesco a prenotare",
}
SPIKE_AGAIN: dict[str, list[str]] = {
    "de": [
        "immer noch {err}, auch im Browser probiert, gleiches Spiel. Im Chat antwortet keiner",
        "Noch mal: {err}. Weder App noch Web. Niemand erreichbar.",
    ],
    "pt": [
        "continua {err}, também tentei no site, igual. No chat ninguém responde",
        "Outra vez: {err}. Nem app nem site. Ninguém atende.",
    ],
    "en": ["still {err}, tried the website too, same. no one in chat"],
    "es": ["sigue el {err}, también en la web, igual. En el chat nadie contesta"],
    "fr": ["toujours {err}, aussi sur le site, pareil. Personne au chat"],
    "it": ["ancora {err}, anche dal sito, stessa cosa. In chat non risponde nessuno"],
}
SPIKE_FIXED: dict[str, str] = {
    "de": "Hallo [[Frau|Herr]] {last}, der Buchungsfehler {err} von gestern Abend ist behoben. Ihr gewünschter Termin ist wieder buchbar; doppelte Zahlungen werden automatisch erstattet. Entschuldigung! {agent}",
    "pt": "Olá [[Sra.|Sr.]] {last}, o erro de marcação {err} de ontem à noite está resolvido. Já pode marcar o horário que queria; pagamentos em duplicado são devolvidos automaticamente. Desculpe! {agent}",
    "en": "Hi [[Ms|Mr]] {last}, last night's booking error {err} is fixed. Your slot can be booked again; any double payment is refunded automatically. Sorry! {agent}",
    "es": "Hola [[Sra.|Sr.]] {last}, el error de reserva {err} de anoche está resuelto. Ya puede reservar; los pagos dobles se devuelven solos. ¡Perdón! {agent}",
    "fr": "Bonjour [[Madame|Monsieur]] {last}, l'erreur de réservation {err} d'hier soir est corrigée. Vous pouvez réserver à nouveau ; tout double paiement est remboursé. Désolés ! {agent}",
    "it": "Buongiorno [[Sig.ra|Sig.]] {last}, l'errore di prenotazione {err} di ieri sera è risolto. Può prenotare di nuovo; eventuali doppi pagamenti sono rimborsati. Ci scusi! {agent}",
}
LONE_Q: dict[str, tuple[str, str]] = {
    "de": (
        "heute abend hat das buchen so 2 minuten gedauert dann gings. ist das normal?",
        "Hallo [[Frau|Herr]] {last}, heute Abend war viel los, Ihre Buchung ist aber korrekt angekommen. {agent}",
    ),
    "pt": (
        "hoje à noite a marcação demorou tipo 2 minutos e depois foi. é normal?",
        "Olá [[Sra.|Sr.]] {last}, hoje à noite houve muito movimento, mas a sua marcação ficou registada. {agent}",
    ),
}
