# ruff: noqa: E501
"""Wording of heldout304 (Pagintra: textbook rental by post), written blind.

Every table has the six languages; Portuguese and Spanish first, with more variants.
"{c}" is a case reference, "{x}" a competitor, "{b}" the brand.
"""

LANGS = ("pt", "es", "de", "en", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Os livros do semestre chegaram todos num dia, bem embalados. {b} salvou-me a época de exames",
        "Terceira vez que alugo com a {b} e outra vez tudo impecável, nem um sublinhado",
        "Devolvi o manual de Anatomia no cacifo em 2 minutos, adoro",
    ],
    "es": [
        "Me llegaron los cinco manuales en 24h y casi nuevos, gracias {b}!!",
        "Segundo cuatrimestre con {b} y otra vez perfecto, me ahorro un dineral",
        "El libro de Derecho Civil venía sin subrayar, una maravilla jaja",
    ],
    "de": [
        "Alle Lehrbücher fürs Semester in einem Paket, sauber und pünktlich. Danke {b}",
        "Schon wieder super schnell, das Statik-Buch war am nächsten Tag da",
    ],
    "en": [
        "Third term renting from {b} and the books turn up clean every time",
        "Saved about £140 on my nursing textbooks this term, cheers {b}",
    ],
    "fr": [
        "Manuels reçus en deux jours, presque neufs. Merci {b}",
        "Encore une fois parfait, le livre de chimie orga est arrivé avant la rentrée",
    ],
    "it": [
        "Libri arrivati in un giorno e praticamente nuovi, grazie {b}",
        "Terzo semestre con {b}, sempre tutto perfetto",
    ],
}

QUESTION: dict[str, list[str]] = {
    "pt": [
        "Boa tarde, posso prolongar o aluguer do livro de Estatística até fevereiro?",
        "Olá, o plano Semestre inclui os livros de mestrado também?",
    ],
    "es": [
        "Hola, puedo alargar el alquiler del manual de Microeconomía hasta junio?",
        "Una pregunta, el plan Semestre incluye libros de máster?",
    ],
    "de": ["Hallo, kann ich die Mietzeit für das Mathe-Buch bis März verlängern?"],
    "en": ["Hi, can I extend the rental on my pharmacology book until June?"],
    "fr": ["Bonjour, est-ce que je peux prolonger la location du manuel de droit jusqu'en juin ?"],
    "it": ["Ciao, posso prolungare il noleggio del libro di Fisica fino a giugno?"],
}

ANSWER: dict[str, str] = {
    "pt": "Olá! Sim, pode prolongar na app em Os meus livros > Prolongar. Bons estudos!",
    "es": "¡Hola! Sí, puedes alargarlo en la app en Mis libros > Ampliar. ¡Mucho ánimo con los estudios!",
    "de": "Hallo! Ja, das geht in der App unter Meine Bücher > Verlängern. Viel Erfolg!",
    "en": "Hi! Yes, you can extend it in the app under My books > Extend. Good luck with the term!",
    "fr": "Bonjour ! Oui, dans l'appli, Mes livres > Prolonger. Bon courage pour le semestre !",
    "it": "Ciao! Sì, dall'app in I miei libri > Prolunga. Buono studio!",
}

THANKS: dict[str, list[str]] = {
    "pt": ["Obrigada, já está!", "Perfeito, obg"],
    "es": ["Genial, gracias!", "Listo, mil gracias"],
    "de": ["Super, danke!"],
    "en": ["Brilliant, thanks"],
    "fr": ["Parfait, merci !"],
    "it": ["Perfetto, grazie!"],
}

NIGHT: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e ainda a estudar Bioquímica, pelo menos o livro da {b} é bom",
        "Noitada de exames, o manual alugado na {b} tem tudo o que preciso",
    ],
    "es": [
        "Las 2 de la mañana y yo con el manual de Penal de {b}, al menos está como nuevo",
        "Noche de estudio, el libro de {b} me está salvando el examen",
    ],
    "de": ["Nachtschicht in der Bibliothek, das Leihbuch von {b} ist echt gut erhalten"],
    "en": ["2am revision with my {b} anatomy book, at least it's spotless"],
    "fr": ["Révisions à 2h du matin, le manuel loué chez {b} est nickel"],
    "it": ["Le 2 di notte e ripasso ancora, il libro di {b} è perfetto"],
}

NIGHT_Q: dict[str, list[str]] = {
    "pt": ["Ainda dá para devolver hoje no cacifo se já passou da meia-noite?"],
    "es": ["Si devuelvo el libro en el locker ahora de madrugada cuenta como hoy?"],
    "de": ["Zählt die Rückgabe im Paketfach jetzt nach Mitternacht noch für gestern?"],
    "en": ["If I drop the book in the locker now after midnight does it count for yesterday?"],
    "fr": ["Si je dépose le livre au casier maintenant après minuit ça compte pour hier ?"],
    "it": ["Se lascio il libro nel locker adesso dopo mezzanotte vale per ieri?"],
}

NIGHT_A: dict[str, str] = {
    "pt": "Sim, conta a data do aluguer até às 6h. Boa noite!",
    "es": "Sí, cuenta como el día anterior hasta las 6:00. ¡Buenas noches!",
    "de": "Ja, bis 6 Uhr zählt der Vortag. Gute Nacht!",
    "en": "Yes, drop-offs before 6am count for the day before. Good night!",
    "fr": "Oui, jusqu'à 6h cela compte pour la veille. Bonne nuit !",
    "it": "Sì, fino alle 6 vale il giorno prima. Buonanotte!",
}

SURVEY_WORD: dict[str, list[str]] = {
    "pt": ["Rápido e fácil", "", "👍"],
    "es": ["Todo perfecto", "", "😊"],
    "de": ["Alles gut", ""],
    "en": ["Easy", ""],
    "fr": ["Très bien", ""],
    "it": ["Ottimo", ""],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": ["Gosto muito da {b}, só a caixa de devolução podia ser mais resistente"],
    "es": ["Muy contenta con {b}, solo que la app tarda un poco en cargar"],
    "de": ["Sehr gut, nur die Rücksendebox ist etwas dünn"],
    "en": ["Really good, only the return box is a bit flimsy"],
    "fr": ["Très bien, juste le carton retour un peu fragile"],
    "it": ["Molto bene, solo la scatola per il reso è un po' fragile"],
}

# Consumer problems: the complaint sentence (used in e-mail, chat, social, form, phone).
PROBLEMS = ("not_delivered", "double_charge", "wrong_edition", "late_fee")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "not_delivered": {
        "pt": [
            "A encomenda dos livros aparece como ENTREGUE desde sexta e não recebi nada. Tenho exame na segunda!",
            "Dizem que os livros foram entregues mas ninguém tocou à campainha e não estão em lado nenhum",
        ],
        "es": [
            "Mi pedido de libros sale ENTREGADO desde el viernes y aquí no ha llegado nada. Tengo examen el lunes!",
            "Pone que se entregó pero nadie llamó y los libros no están en ningún sitio, es increíble",
        ],
        "de": [
            "Die Bücher stehen seit Freitag als ZUGESTELLT drin, hier ist nichts angekommen. Prüfung am Montag!"
        ],
        "en": ["My books show as DELIVERED since Friday and nothing came. Exam on Monday!"],
        "fr": [
            "Ma commande est marquée LIVRÉE depuis vendredi et je n'ai rien reçu. Partiel lundi !"
        ],
        "it": [
            "Il pacco risulta CONSEGNATO da venerdì ma non è arrivato niente. Ho l'esame lunedì!"
        ],
    },
    "double_charge": {
        "pt": [
            "Cobraram-me o plano Semestre DUAS vezes este mês, 49,90 € cada. Sou estudante, isto faz falta",
            "Vi no extrato dois débitos do plano Semestre no mesmo dia. Quero o dinheiro de volta já",
        ],
        "es": [
            "Me habéis cobrado el plan Semestre DOS veces este mes, 49,90 € cada una. Soy estudiante, no me sobra",
            "En el banco tengo dos cargos del plan Semestre el mismo día. Quiero que me lo devolváis ya",
        ],
        "de": [
            "Das Semester-Abo wurde diesen Monat ZWEIMAL abgebucht, je 49,90 €. Ich bin Student, das tut weh"
        ],
        "en": [
            "You charged my Semester plan TWICE this month, £43 each. I'm a student, I need that money"
        ],
        "fr": [
            "Vous avez prélevé l'abonnement Semestre DEUX fois ce mois-ci, 49,90 € chacun. Je suis étudiant !"
        ],
        "it": [
            "Mi avete addebitato il piano Semestre DUE volte questo mese, 49,90 € ciascuno. Sono studente!"
        ],
    },
    "wrong_edition": {
        "pt": [
            "Mandaram a 7.ª edição do livro de Fisiologia e o professor exige a 9.ª. Os capítulos nem batem certo",
            "O livro veio com 40 páginas a faltar e todo rabiscado a caneta. Assim não consigo estudar",
        ],
        "es": [
            "Me mandasteis la 7.ª edición del Guyton y el profe pide la 9.ª, los temas no coinciden",
            "El libro vino con 40 páginas arrancadas y todo pintado con boli. Así no puedo estudiar",
        ],
        "de": [
            "Ihr habt die 7. Auflage geschickt, der Professor verlangt die 9. Die Kapitel passen gar nicht"
        ],
        "en": [
            "You sent the 7th edition and my lecturer wants the 9th, none of the chapters match"
        ],
        "fr": [
            "Vous avez envoyé la 7e édition alors que le prof exige la 9e, les chapitres ne correspondent pas"
        ],
        "it": [
            "Mi avete mandato la 7ª edizione e il prof vuole la 9ª, i capitoli non corrispondono"
        ],
    },
    "late_fee": {
        "pt": [
            "Devolvi os livros no cacifo a 3 de julho com comprovativo e agora cobram 25 € de atraso. Absurdo",
            "A app diz que não devolvi o livro mas eu tenho o talão do cacifo! E cobraram multa",
        ],
        "es": [
            "Devolví los libros en el locker el 3 de julio, tengo el resguardo, y me cobráis 25 € por retraso. Flipo",
            "La app dice que no he devuelto el libro pero tengo el ticket del locker!! Y encima multa",
        ],
        "de": [
            "Ich habe die Bücher am 3. Juli im Paketfach abgegeben, Beleg da, und ihr verlangt 25 € Verspätungsgebühr"
        ],
        "en": [
            "I returned the books at the locker on 3 July, I have the receipt, and you charged me a £22 late fee"
        ],
        "fr": [
            "J'ai rendu les livres au casier le 3 juillet, j'ai le reçu, et vous me facturez 25 € de retard"
        ],
        "it": [
            "Ho restituito i libri nel locker il 3 luglio, ho la ricevuta, e mi addebitate 25 € di ritardo"
        ],
    },
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "pt": "Reclamação",
    "es": "Reclamación",
    "de": "Beschwerde",
    "en": "Complaint",
    "fr": "Réclamation",
    "it": "Reclamo",
}

LETTER_OPEN: dict[str, list[str]] = {
    "pt": [
        "Boa noite,\n\nescrevo do comboio de Coimbra para Lisboa, entre duas aulas e um turno no café onde trabalho ao fim de semana. A minha avó está no hospital e tenho andado entre a faculdade e as visitas, por isso desculpem se isto vai longo. ",
        "Olá,\n\nsou mãe de dois estudantes e estou a escrever da sala de espera do dentista. Alugamos convosco há três anos e sempre correu bem. ",
    ],
    "es": [
        "Buenas tardes,\n\nos escribo desde la biblioteca de la facultad, entre prácticas y el turno en la pizzería. Mi padre está de baja y ando con mil cosas, así que perdonad si me enrollo. ",
        "Hola,\n\nsoy madre de dos universitarios y os escribo desde el coche esperando a la pequeña del conservatorio. Llevamos tres años alquilando con vosotros sin un problema. ",
    ],
    "de": [
        "Guten Abend,\n\nich schreibe aus dem Zug nach Hause, zwischen Vorlesung und meinem Nebenjob im Getränkemarkt. Meine Mutter zieht gerade um und ich helfe jedes Wochenende. ",
    ],
    "en": [
        "Hello,\n\nI'm writing from the hospital canteen between placement shifts, so forgive the length. "
    ],
    "fr": ["Bonsoir,\n\nje vous écris depuis la BU entre deux TD et mon job au supermarché. "],
    "it": ["Buonasera,\n\nvi scrivo dalla biblioteca tra una lezione e il turno al bar. "],
}

LETTER_CLOSE: dict[str, str] = {
    "pt": "\n\nEspero resposta rápida, porque assim não dá.\n\nCumprimentos",
    "es": "\n\nEspero una respuesta rápida, porque así no se puede.\n\nUn saludo",
    "de": "\n\nIch erwarte eine schnelle Antwort, so geht das nicht.\n\nGrüße",
    "en": "\n\nI expect a quick answer, this isn't on.\n\nRegards",
    "fr": "\n\nJ'attends une réponse rapide, ce n'est pas acceptable.\n\nCordialement",
    "it": "\n\nAspetto una risposta veloce, così non va.\n\nSaluti",
}

CASE_OPENED: dict[str, str] = {
    "pt": "Olá, lamentamos muito. Abrimos o pedido {c} e vamos tratar disto com prioridade.",
    "es": "Hola, lo sentimos mucho. Hemos abierto la incidencia {c} y la revisamos con prioridad.",
    "de": "Hallo, das tut uns leid. Wir haben den Vorgang {c} angelegt und kümmern uns vorrangig.",
    "en": "Hi, we're very sorry. We've opened case {c} and are looking into it as a priority.",
    "fr": "Bonjour, nous sommes désolés. Nous avons ouvert la demande {c} et la traitons en priorité.",
    "it": "Ciao, ci dispiace molto. Abbiamo aperto la segnalazione {c} e la gestiamo con priorità.",
}

ESCALATED: dict[str, str] = {
    "pt": "O seu pedido {c} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço.",
    "es": "Tu incidencia {c} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.",
    "de": "Ihr Vorgang {c} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.",
    "en": "Your case {c} is now with our quality lead, who will call you before Friday lunchtime.",
    "fr": "Votre demande {c} est maintenant chez notre responsable qualité, qui vous appelle avant vendredi midi.",
    "it": "La segnalazione {c} è ora alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.",
}

GOOD_NEWS: dict[str, str] = {
    "pt": "Boas notícias sobre o pedido {c}: já está resolvido do nosso lado. Pode confirmar-nos?",
    "es": "Buenas noticias sobre la incidencia {c}: ya está resuelta por nuestra parte. ¿Nos lo confirmas?",
    "de": "Gute Nachrichten zu Vorgang {c}: Es ist bei uns erledigt. Können Sie das bestätigen?",
    "en": "Good news on case {c}: it's sorted on our side. Could you confirm?",
    "fr": "Bonne nouvelle pour la demande {c} : c'est réglé chez nous. Pouvez-vous confirmer ?",
    "it": "Buone notizie sulla segnalazione {c}: risolta da parte nostra. Ci confermi?",
}

CONFIRM: dict[str, list[str]] = {
    "pt": ["Confirmo, o pedido {c} ficou resolvido. Obrigado!", "Sim, {c} resolvido, obg"],
    "es": ["Confirmado, la incidencia {c} está resuelta. Gracias!", "Sí, {c} resuelto, gracias"],
    "de": ["Bestätigt, {c} ist erledigt. Danke!"],
    "en": ["Confirmed, {c} is sorted. Thanks!"],
    "fr": ["Je confirme, {c} est réglé. Merci !"],
    "it": ["Confermo, {c} risolto. Grazie!"],
}

APOLOGY: dict[str, list[str]] = {
    "pt": ["Desculpem o tom de ontem, estava com os nervos do exame. Obrigada pela ajuda"],
    "es": ["Perdonad lo de ayer, estaba de los nervios por el examen. Gracias por la ayuda"],
    "de": ["Sorry für gestern, war im Prüfungsstress. Danke für die Hilfe"],
    "en": ["Sorry about yesterday, exam stress. Thanks for the help"],
    "fr": ["Désolé pour hier, le stress des partiels. Merci pour l'aide"],
    "it": ["Scusate per ieri, ero nel panico per l'esame. Grazie dell'aiuto"],
}

LOW_CSAT_WORD: dict[str, list[str]] = {
    "pt": ["Péssimo", ""],
    "es": ["Fatal", ""],
    "de": ["Schlecht", ""],
    "en": ["Poor", ""],
    "fr": ["Nul", ""],
    "it": ["Pessimo", ""],
}

STILL_OPEN: dict[str, list[str]] = {
    "pt": [
        "Volto a escrever sobre o pedido {c}: continua tudo igual, ninguém resolveu nada",
        "Pedido {c} ainda aberto. Já passaram dias e nada",
    ],
    "es": [
        "Vuelvo a escribir por la incidencia {c}: sigue igual, nadie ha hecho nada",
        "Incidencia {c} todavía abierta. Han pasado días y nada",
    ],
    "de": ["Ich melde mich wieder wegen {c}: immer noch nicht gelöst"],
    "en": ["Writing again about case {c}: still not sorted"],
    "fr": ["Je relance pour la demande {c} : toujours rien de réglé"],
    "it": ["Scrivo di nuovo per la segnalazione {c}: ancora niente"],
}

THIRD: dict[str, str] = {
    "pt": " Uma colega aluga na {x} e lá resolvem isto no mesmo dia.",
    "es": " Una compañera alquila en {x} y allí lo solucionan en el día.",
    "de": " Eine Kommilitonin leiht bei {x}, da geht sowas am selben Tag.",
    "en": " A mate rents from {x} and they sort this the same day.",
    "fr": " Une amie loue chez {x} et ils règlent ça dans la journée.",
    "it": " Una collega noleggia da {x} e lì lo risolvono in giornata.",
}

FOURTH: dict[str, str] = {
    "pt": " É a QUARTA vez que escrevo!",
    "es": " Es la CUARTA vez que escribo!",
    "de": " Das ist das VIERTE Mal!",
    "en": " This is the FOURTH time I'm writing!",
    "fr": " C'est la QUATRIÈME fois que j'écris !",
    "it": " È la QUARTA volta che scrivo!",
}

URGENT: dict[str, str] = {
    "pt": "Acrescentei ao pedido {c} e marquei como urgente.",
    "es": "Lo he añadido a la incidencia {c} y la he marcado como urgente.",
    "de": "Ich habe es zu {c} hinzugefügt und als dringend markiert.",
    "en": "I've added this to case {c} and marked it urgent.",
    "fr": "J'ai ajouté ceci à la demande {c} et l'ai marquée urgente.",
    "it": "L'ho aggiunto alla segnalazione {c} e segnata come urgente.",
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "Os livros chegaram com três dias de atraso e sem aviso, {b}",
        "O livro de Histologia veio com a capa rasgada e marcador por todo o lado",
        "Agora exigem fotografia de cada livro na devolução? A sério?",
        "A caução passou para o dobro e demoram uma semana a devolver",
        "Cobraram-me 15 € de 'limpeza' por um livro devolvido impecável, tenho as fotos da própria app. Vergonha",
        "A minha prima aluga na {x} e já encomendei lá os livros do próximo semestre",
    ],
    "es": [
        "Los libros llegaron tres días tarde y sin avisar, {b}",
        "El manual de Histología vino con la tapa rota y fosforito por todas partes",
        "Ahora hay que mandar foto de cada libro al devolverlo? En serio?",
        "La fianza se ha duplicado y tardan una semana en devolverla",
        "Me cobran 15 € de 'limpieza' por un libro devuelto perfecto, con las fotos de su propia app. Vergüenza",
        "Mi prima alquila en {x} y ya he pedido allí los libros del próximo cuatrimestre",
    ],
    "de": [
        "Die Bücher kamen drei Tage zu spät, ohne Nachricht, {b}",
        "Das Histologie-Buch hatte einen kaputten Einband und war voller Textmarker",
        "Jetzt soll man jedes Buch bei der Rückgabe fotografieren? Ernsthaft?",
        "Die Kaution ist doppelt so hoch und die Rückzahlung dauert eine Woche",
        "15 € 'Reinigung' für ein tadelloses Buch, mit den Fotos aus eurer eigenen App. Unverschämt",
        "Meine Cousine leiht bei {x}, ich habe die Bücher fürs nächste Semester schon dort bestellt",
    ],
    "en": [
        "Books turned up three days late with no message, {b}",
        "The histology book came with a torn cover and highlighter everywhere",
        "Now you want a photo of every book at return? Seriously?",
        "Deposit doubled and a week to get it back",
        "£13 'cleaning fee' for a spotless book, with your own app's photos. Disgraceful",
        "My cousin rents from {x} and I've ordered next term's books there",
    ],
    "fr": [
        "Livres arrivés avec trois jours de retard sans prévenir, {b}",
        "Le manuel d'histologie avec la couverture déchirée et du surligneur partout",
        "Maintenant il faut photographier chaque livre au retour ? Sérieusement ?",
        "La caution a doublé et il faut une semaine pour la récupérer",
        "15 € de 'nettoyage' pour un livre impeccable, avec les photos de votre propre appli. Honteux",
        "Ma cousine loue chez {x}, j'ai commandé là-bas les livres du prochain semestre",
    ],
    "it": [
        "Libri arrivati con tre giorni di ritardo senza avviso, {b}",
        "Il libro di Istologia con la copertina strappata ed evidenziatore ovunque",
        "Adesso bisogna fotografare ogni libro al reso? Davvero?",
        "La cauzione è raddoppiata e ci vuole una settimana per riaverla",
        "15 € di 'pulizia' per un libro perfetto, con le foto della vostra app. Vergogna",
        "Mia cugina noleggia da {x} e ho già ordinato lì i libri del prossimo semestre",
    ],
}

CHURN: dict[str, list[str]] = {
    "pt": [
        "Acabei o curso! Quero cancelar o plano Semestre e fechar a conta, por favor",
        "Vou trabalhar para fora e já não preciso. Cancelem o plano Semestre e fechem a minha conta",
    ],
    "es": [
        "Ya he terminado la carrera! Quiero cancelar el plan Semestre y cerrar la cuenta, por favor",
        "Me voy a trabajar fuera y ya no lo necesito. Cancelad el plan Semestre y cerrad mi cuenta",
    ],
    "de": ["Ich bin fertig mit dem Studium. Bitte Semester-Abo kündigen und Konto schließen"],
    "en": ["I've graduated! Please cancel my Semester plan and close the account"],
    "fr": ["J'ai fini mes études ! Merci de résilier l'abonnement Semestre et de fermer le compte"],
    "it": ["Mi sono laureata! Vorrei disdire il piano Semestre e chiudere l'account"],
}

SORRY_GO: dict[str, str] = {
    "pt": "Que pena vê-lo partir, e parabéns! Pode cancelar na app ou no site em Conta > Plano.",
    "es": "¡Qué pena que te vayas, y enhorabuena! Puedes cancelar en la app o en la web, en Cuenta > Plan.",
    "de": "Schade, und herzlichen Glückwunsch! Kündigen geht in der App oder auf der Website unter Konto > Abo.",
    "en": "Sorry to see you go, and congratulations! You can cancel in the app or on the website under Account > Plan.",
    "fr": "Dommage, et félicitations ! Résiliation dans l'appli ou sur le site, Compte > Abonnement.",
    "it": "Ci dispiace, e complimenti! Puoi disdire dall'app o dal sito in Account > Piano.",
}

GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "A app da {b} faz logout sempre que a abro",
        "Mensagem 'o aluguer termina em 2 dias' às 6 da manhã, a sério",
        "O pesquisador não encontra livros pelo ISBN",
    ],
    "es": [
        "La app de {b} me cierra sesión cada vez que la abro",
        "Un aviso de 'tu alquiler acaba en 2 días' a las 6 de la mañana, en serio",
        "El buscador no encuentra libros por ISBN",
    ],
    "de": ["Die {b} App loggt mich jedes Mal aus", "Die ISBN-Suche findet nie was"],
    "en": ["The {b} app logs me out every time", "ISBN search never finds anything"],
    "fr": ["L'appli {b} me déconnecte à chaque fois", "La recherche par ISBN ne trouve rien"],
    "it": ["L'app di {b} mi fa il logout ogni volta", "La ricerca per ISBN non trova niente"],
}

SARCASM: dict[str, list[str]] = {
    "pt": ["Entrega 'expresso' às 22h40, mesmo a tempo de estudar de madrugada 👏"],
    "es": ["Entrega 'exprés' a las 22:40, justo a tiempo para estudiar de madrugada 👏"],
    "de": ["'Express'-Lieferung um 22:40, perfekt zum Lernen in der Nacht 👏"],
    "en": ["'Express' delivery at 22:40, just in time for an all-nighter 👏"],
    "fr": ["Livraison 'express' à 22h40, pile pour réviser la nuit 👏"],
    "it": ["Consegna 'express' alle 22:40, giusto in tempo per studiare di notte 👏"],
}

MILD_GRUMBLE: dict[str, list[str]] = {
    "pt": ["O mapa de cacifos mostra a cidade errada"],
    "es": ["El mapa de lockers me sale en otra ciudad"],
    "de": ["Die Paketfach-Karte zeigt die falsche Stadt"],
    "en": ["The locker map shows the wrong city"],
    "fr": ["La carte des casiers affiche la mauvaise ville"],
    "it": ["La mappa dei locker mostra la città sbagliata"],
}

MILD_ANSWER: dict[str, str] = {
    "pt": "Obrigado pelo aviso, já passámos à equipa da app.",
    "es": "Gracias por avisar, se lo pasamos al equipo de la app.",
    "de": "Danke für den Hinweis, wir geben es ans App-Team weiter.",
    "en": "Thanks for flagging it, we've passed it to the app team.",
    "fr": "Merci du signalement, transmis à l'équipe de l'appli.",
    "it": "Grazie della segnalazione, l'abbiamo passata al team dell'app.",
}

# The planted spike: return labels refused at parcel lockers.
SPIKE: dict[str, list[str]] = {
    "pt": [
        "O código de devolução da {b} dá erro RL#2207 no cacifo, não consigo devolver os livros",
        "Cacifo recusa o QR de devolução, erro RL#2207. E o prazo acaba hoje!",
        "alguém mais com o erro RL#2207 ao devolver livros no cacifo?",
    ],
    "es": [
        "El QR de devolución de {b} da error RL#2207 en el locker, no puedo devolver los libros",
        "El locker rechaza la etiqueta de devolución, error RL#2207. Y el plazo acaba hoy!",
        "a alguien más le sale RL#2207 al devolver en el locker?",
    ],
    "de": ["Der Rücksende-QR von {b} wird am Paketfach abgelehnt, Fehler RL#2207"],
    "en": ["Return QR rejected at the locker, error RL#2207, can't return my books"],
    "fr": ["Le QR de retour est refusé au casier, erreur RL#2207, impossible de rendre les livres"],
    "it": [
        "Il QR di reso viene rifiutato al locker, errore RL#2207, non riesco a restituire i libri"
    ],
}

SPIKE_AGAIN: dict[str, str] = {
    "pt": "Continua o RL#2207, agora noutro cacifo e com o telemóvel da minha irmã",
    "es": "Sigue el RL#2207, ahora en otro locker y con el móvil de mi hermana",
    "de": "Immer noch RL#2207, auch an einem anderen Paketfach",
    "en": "Still RL#2207, tried another locker too",
    "fr": "Toujours RL#2207, même à un autre casier",
    "it": "Ancora RL#2207, anche in un altro locker",
}

SPIKE_CHAT_A: dict[str, str] = {
    "pt": "Sim, os códigos de devolução estão a falhar em todos os cacifos neste momento, a equipa técnica já está a tratar.",
    "es": "Sí, los códigos de devolución fallan ahora mismo en todos los lockers, el equipo técnico ya está en ello.",
    "de": "Ja, Rücksendecodes scheitern gerade an allen Paketfächern, die Technik ist dran.",
    "en": "Yes, return codes are failing at every locker right now, our engineers are on it.",
    "fr": "Oui, les codes de retour échouent à tous les casiers en ce moment, nos techniciens s'en occupent.",
    "it": "Sì, i codici di reso non funzionano in nessun locker al momento, i tecnici ci stanno lavorando.",
}

WORKS_AGAIN: dict[str, str] = {
    "pt": "Os códigos de devolução voltaram a funcionar. Não haverá multa de atraso e juntámos 5 € de crédito.",
    "es": "Los códigos de devolución vuelven a funcionar. No habrá recargo por retraso y te hemos añadido 5 € de crédito.",
    "de": "Die Rücksendecodes funktionieren wieder. Keine Verspätungsgebühr, dazu 5 € Guthaben.",
    "en": "Return codes work again. No late fee, and we've added £4 credit.",
    "fr": "Les codes de retour fonctionnent à nouveau. Pas de frais de retard, et 5 € de crédit ajoutés.",
    "it": "I codici di reso funzionano di nuovo. Nessuna penale e 5 € di credito aggiunti.",
}

LONE_Q: dict[str, str] = {
    "pt": "Ontem o QR de devolução aparecia cinzento até subir o brilho, depois ficou normal. Amanhã vai funcionar no cacifo?",
    "es": "Anoche el QR de devolución se veía gris hasta que subí el brillo, luego bien. Mañana funcionará en el locker?",
    "de": "Gestern war der Rücksende-QR grau, bis ich die Helligkeit hochgedreht habe. Klappt das morgen am Fach?",
    "en": "Last night the return QR looked grey until I turned the brightness up. Will it work at the locker tomorrow?",
    "fr": "Hier le QR de retour était gris jusqu'à ce que j'augmente la luminosité. Il marchera demain au casier ?",
    "it": "Ieri il QR di reso era grigio finché non ho alzato la luminosità. Domani funzionerà al locker?",
}

LONE_A: dict[str, str] = {
    "pt": "Com pouco brilho parece cinzento, mas o cacifo lê-o sem problema.",
    "es": "Con poco brillo se ve gris, pero el locker lo lee sin problema.",
    "de": "Bei wenig Helligkeit wirkt er grau, das Fach liest ihn trotzdem.",
    "en": "It looks grey at low brightness, the locker will read it fine.",
    "fr": "Il paraît gris à faible luminosité, le casier le lira sans souci.",
    "it": "Con poca luminosità sembra grigio, ma il locker lo legge.",
}

# The business arm (Pagintra Campus): class sets to schools and training firms on account.
B2B_PROBLEMS = ("invoice", "service_blocked", "short_delivery")

B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "As faturas da conta Campus vêm sem número de encomenda e com a morada antiga, a contabilidade devolve-as todas",
        "es": "Las facturas de la cuenta Campus llegan sin número de pedido y con la dirección antigua, contabilidad nos las devuelve",
        "de": "Die Rechnungen des Campus-Kontos kommen ohne Bestellnummer und mit alter Adresse, die Buchhaltung lehnt sie ab",
        "en": "Campus account invoices come without our PO number and with the old address, finance rejects every one",
        "fr": "Les factures du compte Campus arrivent sans numéro de commande et avec l'ancienne adresse, la compta les rejette",
        "it": "Le fatture del conto Campus arrivano senza numero d'ordine e con il vecchio indirizzo, l'amministrazione le respinge",
    },
    "service_blocked": {
        "pt": "O portal diz 'conta suspensa' e não deixa encomendar os livros das turmas, mas está tudo pago",
        "es": "El portal dice 'cuenta bloqueada' y no deja pedir los lotes de clase, y está todo pagado",
        "de": "Das Portal zeigt 'Konto gesperrt' und wir können keine Klassensätze bestellen, obwohl alles bezahlt ist",
        "en": "The portal says 'account on hold' and won't let us order class sets, though everything is paid",
        "fr": "Le portail affiche 'compte bloqué' et refuse les commandes de lots, alors que tout est payé",
        "it": "Il portale dice 'conto sospeso' e non ci fa ordinare i set per le classi, ma è tutto pagato",
    },
    "short_delivery": {
        "pt": "Encomendámos 30 exemplares para a turma e chegaram 18. Os alunos começam segunda",
        "es": "Pedimos 30 ejemplares para el grupo y han llegado 18. Los alumnos empiezan el lunes",
        "de": "Wir haben 30 Exemplare bestellt, gekommen sind 18. Der Kurs startet Montag",
        "en": "We ordered 30 copies for the cohort and 18 arrived. The course starts Monday",
        "fr": "Nous avons commandé 30 exemplaires pour la promo et 18 sont arrivés. Les cours reprennent lundi",
        "it": "Abbiamo ordinato 30 copie per la classe e ne sono arrivate 18. Il corso inizia lunedì",
    },
}

B2B_ALSO: dict[str, str] = {
    "pt": "Tal como a {n} escreveu {d} (pedido {c}): ",
    "es": "Como ya escribió {n} {d} (incidencia {c}): ",
    "de": "Wie {n} schon {d} geschrieben hat (Vorgang {c}): ",
    "en": "As {n} already wrote {d} (case {c}): ",
    "fr": "Comme {n} l'a déjà écrit {d} (demande {c}) : ",
    "it": "Come ha già scritto {n} {d} (segnalazione {c}): ",
}

B2B_LAST: dict[str, str] = {
    "pt": "pedido {c} continua sem solução e já vários colegas escreveram o meu diretor diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "es": "la incidencia {c} sigue sin resolver y ya han escrito varios compañeros mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
    "de": "Vorgang {c} ist immer noch nicht gelöst mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln wenn das diese Woche nicht klappt",
    "en": "case {c} is still not fixed and several colleagues have written my boss says we move the account if it isn't sorted this week",
    "fr": "la demande {c} n'est toujours pas réglée plusieurs collègues ont écrit mon directeur dit qu'on change de fournisseur si ce n'est pas réglé cette semaine",
    "it": "la segnalazione {c} non è ancora risolta hanno scritto diversi colleghi il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
}

B2B_MILD: dict[str, list[str]] = {
    "pt": ["Sugestão: seria útil exportar os alugueres por turma em Excel"],
    "es": ["Sugerencia: estaría bien poder exportar los alquileres por grupo a Excel"],
    "de": ["Vorschlag: ein Export der Ausleihen pro Kurs als Excel wäre praktisch"],
    "en": ["Suggestion: an export of rentals per cohort to Excel would help"],
    "fr": ["Suggestion : un export des locations par promo en Excel serait utile"],
    "it": ["Suggerimento: sarebbe utile esportare i noleggi per classe in Excel"],
}

B2B_Q: dict[str, str] = {
    "pt": "Bom dia, conseguem entregar 25 exemplares de Contabilidade até quinta?",
    "es": "Buenos días, ¿podéis entregar 25 ejemplares de Contabilidad antes del jueves?",
    "de": "Guten Morgen, schaffen Sie 25 Exemplare Buchhaltung bis Donnerstag?",
    "en": "Morning, can you deliver 25 copies of the accounting book by Thursday?",
    "fr": "Bonjour, pouvez-vous livrer 25 exemplaires de comptabilité d'ici jeudi ?",
    "it": "Buongiorno, riuscite a consegnare 25 copie di Contabilità entro giovedì?",
}

B2B_A: dict[str, str] = {
    "pt": "Bom dia! Sim, saem amanhã e chegam quarta.",
    "es": "¡Buenos días! Sí, salen mañana y llegan el miércoles.",
    "de": "Guten Morgen! Ja, Versand morgen, Zustellung Mittwoch.",
    "en": "Morning! Yes, they ship tomorrow and arrive Wednesday.",
    "fr": "Bonjour ! Oui, expédition demain, livraison mercredi.",
    "it": "Buongiorno! Sì, partono domani e arrivano mercoledì.",
}

BILINGUAL_WHY: dict[str, str] = {
    "pt": "Erasmus em Portugal",
    "es": "estudia en España",
    "de": "Austauschsemester in Deutschland",
    "en": "studies in English",
    "fr": "stage en France",
    "it": "famiglia italiana",
}
