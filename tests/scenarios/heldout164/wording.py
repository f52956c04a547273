"""Wording of heldout164 (Pelucio: dog grooming salons and vans). Placeholders: CASE, COMP, PROB."""

# ruff: noqa: E501

BRAND = "Pelucio"
COMPETITORS = ("Tosquino", "Brossara")
LANGS = ("pt", "fr", "en", "de", "it", "es")

PRAISE: dict[str, list[str]] = {
    "pt": [
        "A Nina voltou da tosa do Pelucio toda fofinha, obrigada equipa!",
        "Terceira vez com a mesma tosadora e outra vez impecável. Pelucio 👌",
        "Banho e corte de unhas em 40 minutos, o Bolinha nem ladrou. Adorei",
    ],
    "fr": [
        "Encore une fois un toilettage parfait pour Filou, merci Pelucio !",
        "Troisième passage de la camionnette Pelucio, toujours aussi pro. Bravo",
        "Ma chienne est ressortie du salon toute douce, je recommande",
    ],
    "en": [
        "Third groom this year and Biscuit still comes home looking like a show dog. Cheers Pelucio"
    ],
    "de": ["Schon wieder super geschnitten, Bruno sieht aus wie ein Teddy. Danke Pelucio"],
    "it": ["Ancora una volta toelettatura perfetta per Lilla, grazie Pelucio!"],
    "es": ["Otra vez un baño perfecto para Toby, el furgón llegó puntual. Gracias Pelucio"],
}
GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Corte lindo, só o laço que puseram é um bocado piroso 😅 de resto tudo 5 estrelas",
        "Muito contente, só a app demora a abrir o calendário. A tosa em si top",
    ],
    "fr": [
        "Très contente du toilettage, juste le parfum un peu fort à mon goût. Sinon nickel",
        "Super boulot, seul bémol le parking devant le salon. On revient quand même",
    ],
    "en": ["Lovely cut, only gripe is the bandana smells of coconut for days. Otherwise spot on"],
    "de": ["Sehr schöner Schnitt, nur die Wartezeit am Empfang war etwas lang. Sonst top"],
    "it": ["Taglio bellissimo, solo il fiocco era un po' eccessivo. Per il resto perfetto"],
    "es": ["Corte precioso, solo que el perfume dura demasiado. Por lo demás genial"],
}
QUESTION: dict[str, list[str]] = {
    "pt": [
        "Olá, a tosa higiénica está incluída no plano Plus ou paga-se à parte?",
        "boa tarde, a carrinha também vai a Matosinhos ao sábado?",
    ],
    "fr": [
        "Bonjour, est-ce que le coupe-griffes est inclus dans l'abonnement Plus ?",
        "bjr, la camionnette passe aussi à Villeurbanne le samedi ?",
    ],
    "en": ["Hi, can I add a de-shedding treatment to Thursday's booking?"],
    "de": ["Hallo, kann ich bei der Buchung am Donnerstag noch eine Krallenpflege dazunehmen?"],
    "it": ["Ciao, il taglio unghie è compreso nel piano Plus?"],
    "es": ["Hola, ¿puedo añadir el corte de uñas a la cita del jueves?"],
}
ANSWER: dict[str, str] = {
    "pt": "Olá! Sim, está tratado. Qualquer coisa diga. Equipa Pelucio",
    "fr": "Bonjour ! Oui, c'est fait de notre côté. Belle journée, l'équipe Pelucio",
    "en": "Hi! Yes, that's sorted on our side. Have a lovely day, Team Pelucio",
    "de": "Hallo! Ja, das ist erledigt. Schönen Tag, Ihr Pelucio-Team",
    "it": "Ciao! Sì, fatto. Buona giornata, il team Pelucio",
    "es": "¡Hola! Sí, ya está hecho. Un saludo, equipo Pelucio",
}
THANKS: dict[str, list[str]] = {
    "pt": ["brigadão 🙏", "obg!! top"],
    "fr": ["merci bcp !", "top merci 😊"],
    "en": ["cheers, legend"],
    "de": ["danke dir!"],
    "it": ["grazie mille!"],
    "es": ["mil gracias!!"],
}
NIGHT: dict[str, list[str]] = {
    "pt": ["3 da manhã e o cão a ressonar depois da tosa de ontem 😂 vale cada cêntimo"],
    "fr": ["insomnie... je regarde les photos avant/après du toilettage de Filou, trop mignon"],
    "en": ["night shift done, dog freshly groomed, life is good"],
    "de": ["Nachtschicht vorbei, und der Hund riecht immer noch wie frisch gewaschen"],
    "it": ["sono le 2 e il cane dorme beato dopo la toelettatura"],
    "es": ["las 3 de la mañana y el perro sigue oliendo a gloria"],
}
NIGHT_Q: dict[str, list[str]] = {
    "pt": ["ainda aí alguém? posso mudar a marcação de amanhã para a tarde?"],
    "fr": ["quelqu'un est là ? je peux décaler le rdv de demain à l'après-midi ?"],
    "en": ["anyone up? can I move tomorrow's groom to the afternoon?"],
    "de": ["noch wer da? kann ich den Termin morgen auf den Nachmittag legen?"],
    "it": ["c'è qualcuno? posso spostare l'appuntamento di domani al pomeriggio?"],
    "es": ["¿hay alguien? ¿puedo pasar la cita de mañana a la tarde?"],
}
SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["Top", "", "5 estrelas 🐶"],
    "fr": ["Parfait", "", "Nickel 👍"],
    "en": ["Great", ""],
    "de": ["Super", ""],
    "it": ["Ottimo", ""],
    "es": ["Genial", ""],
}
# The six consumer problems, PROB keys.
PROBLEMS = ("no_show", "double_charge", "injury", "refund", "wrong_price", "cancel_fee")
COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "no_show": "A carrinha NUNCA apareceu. Tirei a manhã de folga e a app diz 'concluído'. Isto é inaceitável",
        "double_charge": "Cobraram-me a tosa DUAS vezes no cartão, 2 x 45 €. Quero o dinheiro devolvido já",
        "injury": "A minha cadela veio da tosa com um corte na orelha e ninguém me disse nada. Estou furiosa",
        "refund": "Cancelei há TRÊS semanas e ainda não vi o reembolso de 38 €",
        "wrong_price": "Sou membro Plus e cobraram-me o preço normal. Expliquem-me isto",
        "cancel_fee": "Cancelei com 4 dias de antecedência e cobraram taxa de cancelamento??",
    },
    "fr": {
        "no_show": "La camionnette n'est JAMAIS venue. J'ai posé ma matinée et l'appli affiche 'terminé'. Inadmissible",
        "double_charge": "Vous m'avez débité le toilettage DEUX fois, 2 x 45 €. Remboursez-moi",
        "injury": "Ma chienne est revenue avec une entaille à l'oreille et personne ne m'a rien dit. Je suis furieuse",
        "refund": "J'ai annulé il y a TROIS semaines et toujours pas de remboursement de 38 €",
        "wrong_price": "Je suis abonnée Plus et on m'a facturé le tarif normal. Expliquez-moi",
        "cancel_fee": "J'ai annulé 4 jours avant et vous me facturez des frais d'annulation ??",
    },
    "en": {
        "no_show": "The van NEVER turned up. I took the morning off and the app says 'completed'. Not acceptable",
        "double_charge": "You charged the groom TWICE on my card, 2 x £39. I want it back",
        "injury": "My dog came back with a nick on her ear and nobody told me. I'm livid",
        "refund": "Cancelled THREE weeks ago and still no refund of £33",
        "wrong_price": "I'm a Plus member and got charged the normal price. Explain please",
        "cancel_fee": "I cancelled 4 days ahead and you charged a cancellation fee??",
    },
    "de": {
        "no_show": "Der Wagen ist NIE gekommen. Ich habe mir frei genommen und die App sagt 'erledigt'. Unmöglich",
        "double_charge": "Sie haben die Pflege ZWEIMAL abgebucht, 2 x 45 €. Ich will das Geld zurück",
        "injury": "Meine Hündin kam mit einem Schnitt am Ohr zurück und niemand hat etwas gesagt. Ich bin wütend",
        "refund": "Vor DREI Wochen storniert und immer noch keine Erstattung von 38 €",
        "wrong_price": "Ich bin Plus-Mitglied und habe den normalen Preis bezahlt. Bitte erklären",
        "cancel_fee": "4 Tage vorher storniert und trotzdem Stornogebühr??",
    },
    "it": {
        "no_show": "Il furgone non è MAI arrivato. Ho preso la mattina libera e l'app dice 'completato'. Inaccettabile",
        "double_charge": "Mi avete addebitato la toelettatura DUE volte, 2 x 45 €. Rivoglio i soldi",
        "injury": "La mia cagnolina è tornata con un taglietto all'orecchio e nessuno mi ha detto niente. Sono furiosa",
        "refund": "Ho annullato TRE settimane fa e ancora nessun rimborso di 38 €",
        "wrong_price": "Sono socia Plus e mi avete fatto pagare il prezzo pieno. Spiegatemi",
        "cancel_fee": "Ho annullato 4 giorni prima e mi addebitate la penale??",
    },
    "es": {
        "no_show": "La furgoneta NUNCA vino. Pedí la mañana libre y la app dice 'completado'. Inaceptable",
        "double_charge": "Me habéis cobrado el baño DOS veces, 2 x 45 €. Quiero mi dinero",
        "injury": "Mi perra volvió con un corte en la oreja y nadie me dijo nada. Estoy furiosa",
        "refund": "Cancelé hace TRES semanas y sigo sin el reembolso de 38 €",
        "wrong_price": "Soy socia Plus y me cobrasteis el precio normal. Explicádmelo",
        "cancel_fee": "Cancelé con 4 días de antelación y me cobráis penalización??",
    },
}
CALL: dict[str, str] = {
    "pt": "sim bom dia olhe estou a ligar porque PROBTXT e eu quero isto resolvido hoje",
    "fr": "oui bonjour alors j'appelle parce que PROBTXT et je veux que ce soit réglé aujourd'hui",
    "en": "yeah hi so i'm calling because PROBTXT and i want it sorted today",
    "de": "ja hallo ich rufe an weil PROBTXT und ich will das heute geklärt haben",
    "it": "sì buongiorno chiamo perché PROBTXT e lo voglio risolto oggi",
    "es": "sí hola llamo porque PROBTXT y quiero que se arregle hoy",
}
LONG_EMAIL: dict[str, str] = {
    "pt": "Boa tarde,\n\nescrevo-vos da sala de espera do hospital, onde acompanho a minha mãe desde segunda-feira. Por isso mesmo tinha marcado a tosa da Nina convosco, para não ter de pensar nisso esta semana. Sou cliente há dois anos e sempre recomendei o Pelucio aos vizinhos.\n\nPROBTXT.\n\nPeço que me respondam ainda hoje.\n\nCumprimentos",
    "fr": "Bonjour,\n\nje vous écris depuis le train, entre deux réunions, alors que nous déménageons à la fin du mois et que tout est en cartons. J'avais réservé le toilettage de Filou justement pour ne pas avoir à m'en occuper. Je suis cliente depuis trois ans et j'étais contente jusqu'ici.\n\nPROBTXT.\n\nMerci de me répondre rapidement.\n\nCordialement",
}
CASE_OPENED: dict[str, str] = {
    "pt": "Lamentamos imenso. Abrimos o pedido CASE e voltamos a contactar em breve. Equipa Pelucio",
    "fr": "Nous sommes désolés. Nous avons ouvert le dossier CASE et revenons vers vous rapidement. L'équipe Pelucio",
    "en": "We're so sorry. We've opened case CASE and will be back to you shortly. Team Pelucio",
    "de": "Das tut uns leid. Wir haben den Vorgang CASE eröffnet und melden uns bald. Ihr Pelucio-Team",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica CASE e ti ricontattiamo presto. Il team Pelucio",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia CASE y te escribimos pronto. Equipo Pelucio",
}
QUALITY_LEAD: dict[str, str] = {
    "pt": "O seu pedido CASE está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço.",
    "fr": "Votre dossier CASE est désormais entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi.",
    "en": "Your case CASE is now with our quality lead, who will call you before Friday lunchtime.",
    "de": "Ihr Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft.",
    "it": "La tua pratica CASE è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
    "es": "Tu incidencia CASE está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Boas notícias sobre o pedido CASE: está resolvido. Pode confirmar-nos que está tudo bem?",
    "fr": "Bonne nouvelle pour le dossier CASE : c'est réglé. Pouvez-vous nous confirmer que tout est bon ?",
    "en": "Good news on case CASE: it's been put right. Could you confirm all is well?",
    "de": "Gute Nachricht zu Vorgang CASE: erledigt. Können Sie bestätigen, dass alles passt?",
    "it": "Buone notizie sulla pratica CASE: risolta. Puoi confermarci che è tutto a posto?",
    "es": "Buenas noticias sobre la incidencia CASE: resuelta. ¿Nos confirmas que está todo bien?",
}
CONFIRM: dict[str, str] = {
    "pt": "Confirmo, o pedido CASE está resolvido. Obrigada!",
    "fr": "Je confirme, le dossier CASE est réglé. Merci !",
    "en": "Confirmed, case CASE is sorted. Thanks!",
    "de": "Bestätigt, Vorgang CASE ist erledigt. Danke!",
    "it": "Confermo, la pratica CASE è risolta. Grazie!",
    "es": "Confirmado, la incidencia CASE está resuelta. ¡Gracias!",
}
STILL: dict[str, list[str]] = {
    "pt": [
        "Outra vez eu, pedido CASE: continua tudo por resolver. PROBTXT",
        "Pedido CASE ainda em aberto!! Já é a segunda vez que escrevo",
    ],
    "fr": [
        "Encore moi, dossier CASE : toujours rien de réglé. PROBTXT",
        "Dossier CASE toujours ouvert !! C'est la deuxième fois que j'écris",
    ],
    "en": ["Me again, case CASE: still not sorted. PROBTXT"],
    "de": ["Schon wieder ich, Vorgang CASE: immer noch nicht gelöst. PROBTXT"],
    "it": ["Di nuovo io, pratica CASE: ancora niente. PROBTXT"],
    "es": ["Otra vez yo, incidencia CASE: sigue sin resolver. PROBTXT"],
}
THIRD: dict[str, str] = {
    "pt": "Terceira vez, pedido CASE continua aberto. Uma amiga leva o cão ao COMP e resolvem tudo no mesmo dia.",
    "fr": "Troisième fois, dossier CASE toujours ouvert. Ma voisine va chez COMP et eux règlent ça le jour même.",
    "en": "Third time now, case CASE still open. A friend uses COMP and they sort this the same day.",
    "de": "Zum dritten Mal, Vorgang CASE immer noch offen. Eine Kollegin geht zu COMP, die lösen das am selben Tag.",
    "it": "Terza volta, pratica CASE ancora aperta. Un'amica va da COMP e risolvono in giornata.",
    "es": "Tercera vez, la incidencia CASE sigue abierta. Una amiga va a COMP y lo arreglan en el día.",
}
FOURTH: dict[str, str] = {
    "pt": "QUARTA vez que escrevo sobre o pedido CASE. Continua igual.",
    "fr": "QUATRIÈME fois que j'écris pour le dossier CASE. Rien ne bouge.",
    "en": "FOURTH time writing about case CASE. Still nothing.",
    "de": "VIERTES Mal wegen Vorgang CASE. Immer noch nichts.",
    "it": "QUARTA volta che scrivo per la pratica CASE. Ancora niente.",
    "es": "CUARTA vez que escribo por la incidencia CASE. Nada.",
}
APOLOGY: dict[str, str] = {
    "pt": "Desculpem o tom de ontem, estava de cabeça perdida. Obrigada pela ajuda",
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci pour votre aide",
    "en": "Sorry for my tone yesterday, long day. Thanks for the help",
    "de": "Sorry für meinen Ton gestern, war ein langer Tag. Danke für die Hilfe",
    "it": "Scusate il tono di ieri, giornata pessima. Grazie dell'aiuto",
    "es": "Perdón por el tono de ayer, mal día. Gracias por la ayuda",
}
LOW_CSAT: dict[str, list[str]] = {
    "pt": ["mau", ""],
    "fr": ["nul", ""],
    "en": ["poor", ""],
    "de": ["schlecht", ""],
    "it": ["pessimo", ""],
    "es": ["mal", ""],
}
NPS_LOW: dict[str, str] = {
    "pt": "Já não recomendo.",
    "fr": "Je ne recommande plus.",
    "en": "Wouldn't recommend now.",
    "de": "Nicht mehr zu empfehlen.",
    "it": "Non lo consiglio più.",
    "es": "Ya no lo recomiendo.",
}
SLIDE: dict[str, list[str]] = {
    "pt": [
        "A carrinha chegou com hora e meia de atraso, sem aviso.",
        "Desta vez o corte ficou desigual, um lado mais curto que o outro.",
        "Agora exigem foto do cão antes e depois? Para quê?",
        "Subiram o Plus e o banho ficou mais caro. Não gosto nada disto.",
        "INACREDITÁVEL: cobraram 25 € de 'taxa de nós' a um cão penteado em casa.",
        "A minha cunhada leva o cão ao COMP, marquei lá para sábado.",
    ],
    "fr": [
        "La camionnette est arrivée avec une heure et demie de retard, sans prévenir.",
        "Cette fois la coupe est inégale, un côté plus court que l'autre.",
        "Maintenant il faut une photo du chien avant et après ? Sérieux ?",
        "Le Plus augmente et le bain coûte plus cher. Ça ne me plaît pas du tout.",
        "INCROYABLE : 25 € de 'frais de nœuds' pour un chien brossé tous les jours.",
        "Ma belle-sœur va chez COMP, j'ai réservé chez eux pour samedi.",
    ],
    "en": [
        "Van turned up 90 minutes late, no call.",
        "Uneven cut this time, one side shorter than the other.",
        "Now you want before and after photos of the dog? Why?",
        "Plus went up and the bath costs more. Not happy.",
        "UNBELIEVABLE: a £22 'matting fee' for a dog brushed every day.",
        "My sister-in-law uses COMP, booked them for Saturday.",
    ],
    "de": [
        "Der Wagen kam 90 Minuten zu spät, ohne Anruf.",
        "Diesmal ungleich geschnitten, eine Seite kürzer.",
        "Jetzt Fotos vom Hund vorher und nachher? Wozu?",
        "Plus teurer und das Bad auch. Gefällt mir gar nicht.",
        "UNFASSBAR: 25 € 'Verfilzungsgebühr' für einen täglich gebürsteten Hund.",
        "Meine Schwägerin geht zu COMP, hab dort für Samstag gebucht.",
    ],
    "it": [
        "Il furgone è arrivato con 90 minuti di ritardo, senza avvisare.",
        "Taglio storto stavolta, un lato più corto.",
        "Adesso volete le foto del cane prima e dopo? Perché?",
        "Il Plus è aumentato e il bagno costa di più. Non mi piace.",
        "INCREDIBILE: 25 € di 'supplemento nodi' per un cane spazzolato ogni giorno.",
        "Mia cognata va da COMP, ho prenotato lì per sabato.",
    ],
    "es": [
        "La furgoneta llegó hora y media tarde, sin avisar.",
        "Esta vez el corte quedó desigual.",
        "¿Ahora pedís fotos del perro antes y después? ¿Para qué?",
        "Sube el Plus y el baño cuesta más. No me gusta nada.",
        "INCREÍBLE: 25 € de 'tasa de nudos' por un perro cepillado a diario.",
        "Mi cuñada va a COMP, he reservado allí para el sábado.",
    ],
}
CANCEL: dict[str, str] = {
    "pt": "Olá, comprámos uma máquina de tosquia e já tratamos nós do cão. Quero cancelar o Pelucio Plus e fechar a conta, por favor.",
    "fr": "Bonjour, nous partons vivre à l'étranger avec le chien. Je souhaite résilier Pelucio Plus et fermer mon compte.",
    "en": "Hi, we bought our own clippers and do it at home now. Please cancel my Pelucio Plus and close my account.",
    "de": "Hallo, wir scheren jetzt selbst. Bitte Pelucio Plus kündigen und das Konto schließen.",
    "it": "Ciao, ci trasferiamo all'estero. Vorrei disdire Pelucio Plus e chiudere l'account.",
    "es": "Hola, ya pelamos al perro en casa. Quiero cancelar Pelucio Plus y cerrar la cuenta.",
}
SORRY_GO: dict[str, str] = {
    "pt": "Lamentamos vê-la partir. Pode cancelar na app ou no site, em Conta > Plus.",
    "fr": "Désolés de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site, Compte > Plus.",
    "en": "Sorry to see you go. You can cancel in the app or on the website, Account > Plus.",
    "de": "Schade, dass Sie gehen. Kündigen können Sie in der App oder online unter Konto > Plus.",
    "it": "Ci dispiace vederti andare. Puoi disdire nell'app o sul sito, Account > Plus.",
    "es": "Sentimos que te vayas. Puedes cancelar en la app o la web, Cuenta > Plus.",
}
GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "a app pede login TODAS as vezes, irrita",
        "lembrete às 6h da manhã a dizer que a tosa é amanhã... a sério?",
        "fila de 30 minutos no salão ao sábado, outra vez",
    ],
    "fr": [
        "l'appli me déconnecte à chaque fois, pénible",
        "rappel à 6h du matin pour un rdv le lendemain... vraiment ?",
        "30 minutes d'attente au salon le samedi, encore",
    ],
    "en": ["the app logs me out every single time, annoying"],
    "de": ["die App meldet mich jedes Mal ab, nervig"],
    "it": ["l'app mi disconnette ogni volta, che noia"],
    "es": ["la app me cierra sesión cada vez, qué pesadez"],
}
MILD: dict[str, str] = {
    "pt": "a pesquisa de salões mostra a cidade errada, não é grave",
    "fr": "la recherche de salons affiche la mauvaise ville, pas bien grave",
    "en": "salon search shows the wrong town, not a big deal",
    "de": "die Salonsuche zeigt die falsche Stadt, nicht schlimm",
    "it": "la ricerca saloni mostra la città sbagliata, niente di grave",
    "es": "el buscador de salones muestra la ciudad equivocada, nada grave",
}
SARCASM: dict[str, str] = {
    "pt": "Adoro quando o 'banho express' demora 3 horas 👏 grande serviço",
    "fr": "J'adore quand le 'bain express' dure 3 heures 👏 quel service",
    "en": "Love it when the 'express bath' takes 3 hours 👏 great service",
    "de": "Toll, wenn das 'Express-Bad' 3 Stunden dauert 👏 super Service",
    "it": "Adoro quando il 'bagno express' dura 3 ore 👏 gran servizio",
    "es": "Me encanta cuando el 'baño express' tarda 3 horas 👏 gran servicio",
}
SUBJ_COMPLAINT: dict[str, str] = {
    "pt": "Reclamação",
    "fr": "Réclamation",
    "en": "Complaint",
    "de": "Beschwerde",
    "it": "Reclamo",
    "es": "Reclamación",
}
SUBJ_RE: dict[str, str] = {
    "pt": "RE: Pedido CASE",
    "fr": "RE : Dossier CASE",
    "en": "Re: Your case CASE",
    "de": "AW: Vorgang CASE",
    "it": "R: Pratica CASE",
    "es": "RE: Incidencia CASE",
}
# The planted incident (topic_spike only).
SPIKE: dict[str, list[str]] = {
    "pt": [
        "A app diz que a vacina da raiva do Bolinha EXPIROU e não me deixam fazer o check-in no salão. Foi dada em março!! erro VAX-752",
        "check-in bloqueado, 'certificado de vacinação inválido'. O cão está vacinado, o que se passa?",
        "estou à porta do salão e a app recusa o boletim de vacinas da Nina, erro VAX-752",
    ],
    "fr": [
        "L'appli dit que le vaccin antirabique de Filou est EXPIRÉ et refuse l'enregistrement au salon. Il a été fait en avril !! erreur VAX-752",
        "enregistrement impossible, 'carnet de vaccination non valide'. Mon chien est à jour, c'est quoi ce bug ?",
        "devant le salon et l'appli rejette le carnet de vaccins, code VAX-752",
    ],
    "en": [
        "App says my dog's rabies jab has EXPIRED and won't let me check in at the salon. It was done in May! error VAX-752"
    ],
    "de": [
        "Die App sagt, Brunos Tollwutimpfung sei ABGELAUFEN, Check-in im Salon gesperrt. Impfung war im Juni!"
    ],
    "it": [
        "L'app dice che il vaccino di Lilla è SCADUTO e non mi fa fare il check-in al salone, errore VAX-752"
    ],
    "es": [
        "La app dice que la vacuna de Toby ha CADUCADO y no me deja hacer el check-in en el salón. ¡Se la pusieron en julio!"
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "pt": "Continua! Tentei no telemóvel do meu marido e dá o mesmo VAX-752, a vacina 'expirada'",
    "fr": "Toujours pareil ! Essayé sur le téléphone de mon mari, même erreur VAX-752",
    "en": "Still the same! Tried my husband's phone, same VAX-752 'expired' message",
    "de": "Immer noch! Auf dem Handy meines Mannes dasselbe, VAX-752",
    "it": "Ancora! Provato sul telefono di mio marito, stesso errore VAX-752",
    "es": "¡Sigue igual! Probé en el móvil de mi marido, mismo error VAX-752",
}
SPIKE_ANSWER: dict[str, str] = {
    "pt": "Sim, a verificação de vacinas está a falhar em todos os salões neste momento, a equipa técnica já está a tratar.",
    "fr": "Oui, la vérification des vaccins échoue dans tous les salons en ce moment, nos techniciens sont dessus.",
    "en": "Yes, vaccination checks are failing at every salon right now, our engineers are on it.",
    "de": "Ja, die Impfprüfung schlägt gerade in allen Salons fehl, unsere Technik ist dran.",
    "it": "Sì, la verifica vaccini non funziona in nessun salone ora, i tecnici ci stanno lavorando.",
    "es": "Sí, la comprobación de vacunas falla en todos los salones ahora mismo, nuestros técnicos están en ello.",
}
SPIKE_FIXED: dict[str, str] = {
    "pt": "O check-in funciona de novo desde as 12:10. A tosa de hoje fica por nossa conta, 10 € de crédito adicionados.",
    "fr": "L'enregistrement fonctionne à nouveau depuis 12h10. Le toilettage du jour est offert, 10 € de crédit ajoutés.",
    "en": "Check-in works again since 12:10. Today's groom is on us, credit added.",
    "de": "Der Check-in funktioniert wieder seit 12:10. Die heutige Pflege geht auf uns, 10 € Guthaben.",
    "it": "Il check-in funziona di nuovo dalle 12:10. La toelettatura di oggi la offriamo noi, 10 € di credito.",
    "es": "El check-in vuelve a funcionar desde las 12:10. El baño de hoy corre de nuestra cuenta, 10 € de crédito.",
}
LONE_Q: dict[str, str] = {
    "pt": "ontem a app mostrou o boletim de vacinas a cinzento até eu atualizar, depois apareceu normal. amanhã no salão vai funcionar?",
    "fr": "hier l'appli affichait le carnet de vaccins en gris jusqu'à ce que je rafraîchisse, puis normal. ça marchera demain au salon ?",
}
LONE_A: dict[str, str] = {
    "pt": "Olá! O cinzento é só o carregamento, no salão vai ler normalmente.",
    "fr": "Bonjour ! Le gris, c'est juste le chargement, au salon tout sera lu normalement.",
}
# The business arm (Pelucio Pro: supplies on account to kennels, pet hotels, vets).
B2B_PROBLEMS = ("invoice", "portal", "overbilled", "service_blocked")
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "As faturas continuam sem o nosso número de encomenda e a contabilidade devolve-as todas.",
        "portal": "O portal não mostra as encomendas em curso, não consigo devolver nada.",
        "overbilled": "Faturaram o champô ao preço de tabela em vez do preço de contrato, mais de 400 €.",
        "service_blocked": "A conta aparece 'bloqueada' e recusam a entrega, mas está tudo pago.",
    },
    "fr": {
        "invoice": "Les factures n'ont toujours pas notre numéro de commande, la compta les rejette toutes.",
        "portal": "Le portail n'affiche aucune commande en cours, impossible de faire un retour.",
        "overbilled": "Le shampoing facturé au prix catalogue au lieu du prix contrat, plus de 400 €.",
        "service_blocked": "Le compte est 'bloqué' et la livraison refusée, alors que tout est payé.",
    },
    "en": {
        "invoice": "Invoices still have no PO number and our accounts team bounces every one.",
        "portal": "The portal shows no open orders so we can't return anything.",
        "overbilled": "Shampoo billed at list price instead of contract price, over £350.",
        "service_blocked": "Account shows 'on stop' and delivery refused, though everything is paid.",
    },
    "de": {
        "invoice": "Die Rechnungen haben immer noch keine Bestellnummer, die Buchhaltung lehnt alle ab.",
        "portal": "Das Portal zeigt keine offenen Bestellungen, Rücksendung unmöglich.",
        "overbilled": "Shampoo zum Listenpreis statt Vertragspreis berechnet, über 400 €.",
        "service_blocked": "Konto 'gesperrt', Lieferung verweigert, obwohl alles bezahlt ist.",
    },
    "it": {
        "invoice": "Le fatture non hanno ancora il nostro numero d'ordine, l'amministrazione le respinge.",
        "portal": "Il portale non mostra ordini aperti, non possiamo fare resi.",
        "overbilled": "Shampoo fatturato a listino invece che a prezzo di contratto, oltre 400 €.",
        "service_blocked": "Account 'bloccato' e consegna rifiutata, ma è tutto pagato.",
    },
    "es": {
        "invoice": "Las facturas siguen sin nuestro número de pedido y contabilidad las rechaza.",
        "portal": "El portal no muestra pedidos abiertos, no podemos devolver nada.",
        "overbilled": "Champú facturado a precio de tarifa en vez de contrato, más de 400 €.",
        "service_blocked": "La cuenta sale 'bloqueada' y rechazan la entrega, pero está todo pagado.",
    },
}
B2B_ALSO: dict[str, str] = {
    "pt": "Junto-me ao que a NAME escreveu ontem sobre o pedido CASE: ",
    "fr": "Je rejoins ce que NAME a écrit hier sur le dossier CASE : ",
    "en": "Adding to what NAME wrote yesterday on case CASE: ",
    "de": "Ergänzend zu dem, was NAME gestern zu Vorgang CASE schrieb: ",
    "it": "Mi aggiungo a quanto scritto ieri da NAME sulla pratica CASE: ",
    "es": "Me sumo a lo que escribió ayer NAME sobre la incidencia CASE: ",
}
B2B_LAST: dict[str, str] = {
    "pt": "pedido CASE continua sem solução e vários colegas já escreveram o meu chefe diz que mudamos para a COMP se não resolverem esta semana",
    "fr": "dossier CASE toujours pas réglé plusieurs collègues ont écrit mon patron dit qu'on passe chez COMP si ce n'est pas réglé cette semaine",
    "en": "case CASE still not fixed several colleagues wrote my boss says we move to COMP if it isn't sorted this week",
    "de": "Vorgang CASE immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln zu COMP wenn das diese Woche nicht klappt",
    "it": "pratica CASE ancora aperta diversi colleghi hanno scritto il mio capo dice che passiamo a COMP se non si risolve questa settimana",
    "es": "incidencia CASE sigue sin resolver varios compañeros han escrito mi jefe dice que nos vamos a COMP si no se arregla esta semana",
}
B2B_MILD: dict[str, str] = {
    "pt": "Sugestão: seria ótimo exportar as faturas por centro de custo no portal.",
    "fr": "Suggestion : ce serait pratique d'exporter les factures par centre de coût dans le portail.",
    "en": "Suggestion: exporting invoices by cost centre from the portal would help.",
    "de": "Vorschlag: Rechnungsexport nach Kostenstelle im Portal wäre praktisch.",
    "it": "Suggerimento: sarebbe utile esportare le fatture per centro di costo dal portale.",
    "es": "Sugerencia: sería útil exportar las facturas por centro de coste en el portal.",
}
B2B_PRAISE: dict[str, str] = {
    "pt": "Entrega de material de tosquia sempre a horas, equipa de apoio impecável.",
    "fr": "Livraison de matériel de toilettage toujours à l'heure, support impeccable.",
    "en": "Grooming supplies always on time, support team spot on.",
    "de": "Pflegematerial immer pünktlich, Support top.",
    "it": "Forniture sempre puntuali, assistenza impeccabile.",
    "es": "Material siempre a tiempo, soporte impecable.",
}
NAMES: dict[str, list[str]] = {
    "pt": [
        "Ana Ferreira",
        "João Sousa",
        "Inês Carvalho",
        "Rui Mendes",
        "Marta Lopes",
        "Tiago Pires",
        "Sofia Nunes",
        "Pedro Gaspar",
    ],
    "fr": [
        "Claire Martin",
        "Julien Moreau",
        "Camille Leroy",
        "Hugo Bernard",
        "Léa Fontaine",
        "Nicolas Roux",
        "Manon Girard",
        "Thomas Blanc",
    ],
    "en": ["Emma Hughes", "Oliver Byrne", "Chloe Walsh", "Jack Turner"],
    "de": ["Lena Braun", "Jonas Keller", "Mia Schröder", "Felix Wagner"],
    "it": ["Giulia Conti", "Luca Ferri", "Sara Greco", "Marco Villa"],
    "es": ["Lucía Navarro", "Pablo Ortega", "Elena Ruiz", "Diego Castro"],
}
MARKET: dict[str, list[str]] = {
    "pt": ["PT", "PT", "LU"],
    "fr": ["FR", "FR", "BE", "CH"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT", "CH"],
    "es": ["ES"],
}
PHONE_PREFIX: dict[str, str] = {
    "PT": "+351 91",
    "LU": "+352 621",
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "UK": "+44 7700",
    "IE": "+353 87",
    "DE": "+49 151",
    "AT": "+43 664",
    "IT": "+39 347",
    "ES": "+34 612",
}
