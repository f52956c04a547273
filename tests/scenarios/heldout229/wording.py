"""Wording of heldout229 (Ferialto: children's holiday camps and Saturday clubs).

Every table has its own words in every language (de, fr first; en, it, pt, es).
Placeholders: brand, case, comp, prod, first, company, day, amount, code, time.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("de", "fr", "en", "it", "pt", "es")

PRODUCTS = [
    "Herbstcamp Fußball 5 Tage / Autumn football camp 5 days",
    "Forscher-Woche / Science week",
    "Samstagsclub Natur / Saturday nature club",
    "Theatercamp 5 Tage / Theatre camp 5 days",
    "Programmier-Camp / Coding camp",
    "Frühbetreuung 7:30 / Early drop-off 7:30",
    "Mittagessen-Paket / Lunch add-on",
    "Multisport-Tag / Multi-sport day",
]

PRAISE = {
    "de": [
        "Unser Sohn kam vom {brand} Forschercamp zurück und hat beim Abendessen nur von Vulkanen geredet. Danke an das ganze Team!",
        "Samstagsclub bei {brand} ist das Highlight der Woche, die Kleine steht freiwillig um 7 auf 😄",
        "Ganz großes Lob an die Betreuerinnen vom Theatercamp, die Aufführung am Freitag war zum Heulen schön.",
    ],
    "fr": [
        "Ma fille est revenue du stage nature {brand} avec des bottes pleines de boue et un sourire jusqu'aux oreilles. Merci !",
        "Le club du samedi chez {brand}, c'est devenu sacré à la maison. Les animateurs sont top.",
        "Bravo à l'équipe du camp théâtre, le spectacle de vendredi était adorable.",
    ],
    "en": [
        "Our lad came home from the {brand} coding camp and built a game for his nan. Brilliant staff, thank you!"
    ],
    "it": [
        "Mio figlio è tornato dal camp scienze di {brand} entusiasta, ha spiegato la fotosintesi al nonno. Grazie!"
    ],
    "pt": [
        "A minha filha adorou o campo de teatro da {brand}, já quer ir outra vez nas férias da Páscoa. Obrigada!"
    ],
    "es": [
        "Mi hijo volvió del campamento de ciencias de {brand} hablando de volcanes toda la cena. ¡Gracias al equipo!"
    ],
}

AGAIN = {
    "de": [
        "Schon das dritte Camp dieses Jahr bei {brand} und wieder war alles perfekt organisiert.",
        "Immer noch begeistert vom Samstagsclub, jede Woche wieder.",
    ],
    "fr": [
        "Troisième stage cette année avec {brand}, et encore une fois tout était parfait.",
        "Toujours aussi ravis du club du samedi, semaine après semaine.",
    ],
    "en": ["Third camp this year with {brand} and again the kids loved every minute."],
    "it": ["Terzo camp quest'anno con {brand} e ancora una volta tutto perfetto."],
    "pt": ["Terceira vez este ano na {brand} e outra vez tudo impecável."],
    "es": ["Tercera vez este año con {brand} y otra vez todo genial."],
}

GRIPE = {
    "de": [
        "Tolles Camp, nur die Fotos in der App kamen erst drei Tage später. Sonst gerne wieder.",
        "Sehr gute Betreuung, einzig das Mittagessen war wohl ziemlich fade laut meinem Sohn.",
    ],
    "fr": [
        "Super stage, juste dommage que le parking devant le gymnase soit introuvable le matin.",
        "Animateurs géniaux, seul bémol : le goûter toujours le même.",
    ],
    "en": ["Great week, only gripe is the drop-off queue at 8:30. Would book again."],
    "it": ["Camp bellissimo, solo il parcheggio è un disastro la mattina. Per il resto tutto ok."],
    "pt": ["Campo ótimo, só o lanche era sempre igual. De resto, a repetir."],
    "es": [
        "Campamento genial, solo que las fotos en la app tardan días. Por lo demás, repetiremos."
    ],
}

QUESTIONS = {
    "de": [
        (
            "Kann meine Tochter im Fußballcamp auch mit Hallenschuhen kommen?",
            "Ja, Hallenschuhe sind perfekt, bei schönem Wetter bitte zusätzlich Stollenschuhe mitgeben.",
        ),
        (
            "Hallo, gibt es beim Forschercamp ein vegetarisches Mittagessen?",
            "Ja, einfach im Profil Ihres Kindes 'vegetarisch' ankreuzen, die Küche richtet sich danach.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que mon fils peut arriver à 8h45 au lieu de 8h30 ?",
            "Bien sûr, l'accueil est ouvert jusqu'à 9h, prévenez juste l'animateur à l'arrivée.",
        ),
        (
            "Faut-il une crème solaire pour le stage nature ?",
            "Oui, merci de la mettre dans le sac avec une casquette et une gourde.",
        ),
    ],
    "en": [
        (
            "Can my daughter bring her own lunch to the science week?",
            "Of course, just untick the lunch add-on in the app and pack a labelled lunchbox.",
        )
    ],
    "it": [
        (
            "Buongiorno, si può prenotare solo il pomeriggio del camp?",
            "Sì, nella app scegli 'mezza giornata pomeriggio' quando prenoti la settimana.",
        )
    ],
    "pt": [
        (
            "Olá, o meu filho pode levar o tablet para o campo de programação?",
            "Não é preciso, os computadores são nossos, mas pode trazer um caderno.",
        )
    ],
    "es": [
        (
            "Hola, ¿el campamento multideporte incluye piscina?",
            "Sí, los martes y jueves, hay que traer bañador, toalla y gorro.",
        )
    ],
}

THANKS = {
    "de": ["Super, danke!", "Merci, passt 👍"],
    "fr": ["Merci beaucoup !", "Top, merci bcp"],
    "en": ["Cheers, legend 🙌"],
    "it": ["Grazie mille, gentilissimi"],
    "pt": ["Obg, muito simpáticos!"],
    "es": ["Mil gracias, sois unos cracks"],
}

CALL_Q = {
    "de": [
        (
            "ja hallo ich wollte nur fragen ob man das Herbstcamp auch tageweise buchen kann oder nur die ganze Woche",
            "Wie am Telefon besprochen: Das Herbstcamp lässt sich auch tageweise buchen, in der App unter 'Einzeltage'.",
        )
    ],
    "fr": [
        (
            "oui bonjour je voulais savoir si le stage de théâtre accepte les enfants de cinq ans ou seulement à partir de six",
            "Comme convenu au téléphone : le stage théâtre accepte les enfants dès 5 ans révolus, groupe des petits.",
        )
    ],
    "en": [
        (
            "hi yeah just wondering if the saturday club runs over the half term or is it closed that week",
            "As discussed on the phone: the Saturday club runs as normal over half term.",
        )
    ],
    "it": [
        (
            "sì buongiorno volevo chiedere se nel camp c'è anche il servizio pre scuola dalle sette e mezza",
            "Come detto al telefono: il servizio dalle 7:30 si aggiunge in app come 'ingresso anticipato'.",
        )
    ],
    "pt": [
        (
            "olá bom dia queria saber se o campo de natureza tem transporte desde a estação",
            "Como combinado ao telefone: há carrinha desde a estação às 8:15, reservável na app.",
        )
    ],
    "es": [
        (
            "hola buenas quería saber si el campamento de ciencias tiene plazas para niños de doce años",
            "Como hablamos por teléfono: sí, hay un grupo de 11 a 13 años con plazas libres.",
        )
    ],
}

NIGHT_POST = {
    "de": [
        "Nachtschicht im Krankenhaus und ich buche gerade das Osterferiencamp für die Kids. Klappt sogar um 2 Uhr 😅 {brand}"
    ],
    "fr": [
        "Insomnie, alors j'inscris les enfants au stage de février sur {brand}. Au moins ça c'est fait.",
        "3h du mat, le bébé dort enfin et je réserve le club du samedi du grand. Vive l'appli {brand}.",
    ],
    "en": [
        "Night shift at the petrol station, booked the kids into the Easter camp on {brand} between customers. Sorted."
    ],
    "it": [
        "Sono le due di notte e ho appena prenotato il camp di Pasqua su {brand}. Mamma efficiente 😂"
    ],
    "pt": [
        "Turno da noite no hospital e acabei de reservar o campo da Páscoa na {brand}. Prático!"
    ],
    "es": [
        "Guardia de noche y aprovecho para apuntar a los peques al campamento de Semana Santa en {brand}."
    ],
}

NIGHT_Q = {
    "de": [
        (
            "Kurze Frage so spät: kann ich die Frühbetreuung noch für morgen dazubuchen?",
            "Guten Morgen! Ja, bis 7:00 am selben Tag geht das in der App unter 'Extras'.",
        )
    ],
    "fr": [
        (
            "Désolée de l'heure, on peut encore annuler le repas de demain midi ?",
            "Bonjour ! Oui, jusqu'à 8h le jour même dans l'appli, rubrique 'Repas'.",
        )
    ],
    "en": [
        (
            "Late one sorry, can my son swap from football to multi-sport for tomorrow?",
            "Morning! Yes, swapping is free until 8am, it's under 'Change activity' in the app.",
        )
    ],
    "it": [
        (
            "Scusate l'ora, domani posso mandare la nonna a prendere mia figlia?",
            "Buongiorno! Sì, aggiunga la nonna tra le persone autorizzate nella app prima delle 12.",
        )
    ],
    "pt": [
        (
            "Desculpem a hora, amanhã o campo começa às 8:30 ou às 9?",
            "Bom dia! Começa às 8:30, a receção abre às 8:15.",
        )
    ],
    "es": [
        (
            "Perdón por la hora, ¿mañana hay que llevar almuerzo o lo dais vosotros?",
            "¡Buenos días! Si tenéis el menú contratado, lo damos nosotros.",
        )
    ],
}

JOKE = {
    "de": [
        "Seit dem Forschercamp erklärt mir mein Sohn beim Frühstück, warum mein Kaffee eigentlich eine Lösung ist. Danke {brand} 😂"
    ],
    "fr": [
        "Depuis le stage théâtre ma fille fait une révérence à chaque fois qu'elle débarrasse la table. On ne se plaint pas 😂 {brand}"
    ],
    "en": [
        "Since coding camp my 9 year old has 'debugged' the dishwasher twice. Send help {brand} 😂"
    ],
    "it": [
        "Dopo il camp di teatro mia figlia recita anche la lista della spesa. Grazie {brand} 😂"
    ],
    "pt": [
        "Depois do campo de ciências o meu filho quer fazer experiências com o jantar. Obrigada {brand} 😂"
    ],
    "es": [
        "Desde el campamento de teatro mi hija pide aplausos al terminar los deberes. Gracias {brand} 😂"
    ],
}

SURVEY_HAPPY = {
    "de": ["Toll", "Alles super", ""],
    "fr": ["Parfait", "Très bien", ""],
    "en": ["Spot on", ""],
    "it": ["Ottimo", ""],
    "pt": ["Excelente", ""],
    "es": ["Genial", ""],
}

SURVEY_LOW = {
    "de": ["Enttäuschend", ""],
    "fr": ["Décevant", ""],
    "en": ["Poor", ""],
    "it": ["Deludente", ""],
    "pt": ["Péssimo", ""],
    "es": ["Fatal", ""],
}

PROBLEM_LABEL = {
    "not_on_list": {
        "de": "Kind nicht auf der Liste",
        "fr": "enfant absent de la liste",
        "en": "child not on the list",
        "it": "bambino non in lista",
        "pt": "criança fora da lista",
        "es": "niño no está en la lista",
    },
    "double_charge": {
        "de": "Woche doppelt abgebucht",
        "fr": "semaine débitée deux fois",
        "en": "week charged twice",
        "it": "settimana addebitata due volte",
        "pt": "semana cobrada duas vezes",
        "es": "semana cobrada dos veces",
    },
    "no_call": {
        "de": "Unfall ohne Anruf",
        "fr": "blessure sans appel",
        "en": "injury and nobody called",
        "it": "infortunio senza chiamata",
        "pt": "lesão sem chamada",
        "es": "lesión sin llamada",
    },
    "refund": {
        "de": "Erstattung fehlt",
        "fr": "remboursement manquant",
        "en": "refund missing",
        "it": "rimborso mancante",
        "pt": "reembolso em falta",
        "es": "reembolso pendiente",
    },
    "wrong_price": {
        "de": "Plus-Preis nicht berechnet",
        "fr": "tarif Plus non appliqué",
        "en": "Plus rate not applied",
        "it": "tariffa Plus non applicata",
        "pt": "preço Plus não aplicado",
        "es": "tarifa Plus no aplicada",
    },
    "late_fee": {
        "de": "Verspätungsgebühr ungerechtfertigt",
        "fr": "frais de retard injustifiés",
        "en": "unfair late pick-up fee",
        "it": "penale ritardo ingiusta",
        "pt": "taxa de atraso injusta",
        "es": "recargo por retraso injusto",
    },
}

PROBLEMS = {
    "not_on_list": {
        "de": [
            "Wir standen heute um 8:15 mit unserem Sohn am Herbstcamp und er war NICHT auf der Liste. Buchung bestätigt, bezahlt, und wir mussten wieder heimfahren. Ich habe mir extra frei genommen!",
            "Meine Tochter wurde heute früh wieder nach Hause geschickt, angeblich keine Anmeldung. Ich habe die Bestätigung im Handy. Was soll das?",
        ],
        "fr": [
            "Ce matin à 8h20 mon fils n'était PAS sur la liste du stage alors que la réservation est confirmée et payée. On est rentrés à la maison, j'ai dû poser ma journée.",
            "On a renvoyé ma fille chez elle ce matin, soi-disant pas inscrite. J'ai la confirmation dans l'appli !",
        ],
        "en": [
            "Turned up at 8:15 for science week and my son was NOT on the list. Booked, confirmed, paid. Had to take him home and miss work."
        ],
        "it": [
            "Stamattina alle 8:15 mio figlio NON era nella lista del camp, prenotazione confermata e pagata. Siamo tornati a casa, ho perso un giorno di lavoro."
        ],
        "pt": [
            "Hoje às 8:15 o meu filho NÃO estava na lista do campo, reserva confirmada e paga. Tivemos de voltar para casa."
        ],
        "es": [
            "Hoy a las 8:15 mi hijo NO estaba en la lista del campamento, reserva confirmada y pagada. Nos tuvimos que volver a casa."
        ],
    },
    "double_charge": {
        "de": [
            "Die Fußballwoche wurde ZWEIMAL abgebucht, {amount} statt der Hälfte. Das Konto ist jetzt im Minus.",
            "Zweimal dieselbe Campwoche von der Kreditkarte abgezogen. Bitte sofort zurückbuchen.",
        ],
        "fr": [
            "La semaine de stage a été prélevée DEUX fois, {amount} au lieu de la moitié. Mon compte est à découvert.",
            "Double prélèvement pour la même semaine de camp, merci de rembourser au plus vite.",
        ],
        "en": ["The camp week was taken TWICE from my card, {amount}. I'm now overdrawn."],
        "it": ["La settimana di camp è stata addebitata DUE volte, {amount}. Il conto è in rosso."],
        "pt": [
            "A semana do campo foi cobrada DUAS vezes, {amount}. Fiquei com a conta a descoberto."
        ],
        "es": [
            "Me habéis cobrado la semana de campamento DOS veces, {amount}. Tengo la cuenta en números rojos."
        ],
    },
    "no_call": {
        "de": [
            "Meine Tochter kam mit einem dick verbundenen Knie aus dem Camp und NIEMAND hat uns angerufen. Die Nummer steht im Profil. Das geht gar nicht.",
            "Mein Sohn ist im Camp vom Klettergerüst gefallen, wir haben es erst abends von ihm erfahren. Kein Anruf, kein Zettel.",
        ],
        "fr": [
            "Ma fille est rentrée du stage avec le genou bandé et PERSONNE ne nous a appelés. Le numéro est dans le profil. Inadmissible.",
            "Mon fils est tombé pendant le camp et on l'a appris par lui le soir. Pas un appel, pas un mot.",
        ],
        "en": [
            "My daughter came home with a bandaged knee and NOBODY rang us. Our number is on her profile. Not acceptable."
        ],
        "it": [
            "Mia figlia è tornata con il ginocchio fasciato e NESSUNO ci ha chiamato. Il numero è nel profilo."
        ],
        "pt": [
            "A minha filha voltou com o joelho ligado e NINGUÉM nos ligou. O número está no perfil."
        ],
        "es": [
            "Mi hija volvió con la rodilla vendada y NADIE nos llamó. El número está en su perfil."
        ],
    },
    "refund": {
        "de": [
            "Wir haben die Theaterwoche wegen Scharlach mit Attest storniert, vor DREI Wochen. Die Erstattung von {amount} ist immer noch nicht da.",
            "Seit drei Wochen warte ich auf das Geld für die stornierte Campwoche, mit ärztlichem Attest.",
        ],
        "fr": [
            "Semaine annulée pour varicelle avec certificat médical il y a TROIS semaines, et toujours pas de remboursement de {amount}.",
            "Trois semaines que j'attends le remboursement de la semaine annulée avec certificat.",
        ],
        "en": [
            "Cancelled the camp week with a doctor's note THREE weeks ago and the {amount} refund still hasn't arrived."
        ],
        "it": [
            "Settimana annullata con certificato medico TRE settimane fa, il rimborso di {amount} non è ancora arrivato."
        ],
        "pt": [
            "Cancelei a semana com atestado médico há TRÊS semanas e o reembolso de {amount} ainda não chegou."
        ],
        "es": [
            "Cancelé la semana con justificante médico hace TRES semanas y el reembolso de {amount} sigue sin llegar."
        ],
    },
    "wrong_price": {
        "de": [
            "Ich bin Plus-Mitglied und mir wurde für das Herbstcamp der normale Preis berechnet, {amount}. Wofür zahle ich dann jeden Monat?",
            "Als Plus-Mitglied den vollen Preis bezahlt, schon wieder falsch abgerechnet.",
        ],
        "fr": [
            "Je suis membre Plus et on m'a facturé le tarif normal pour le stage, {amount}. À quoi sert l'abonnement ?",
            "Membre Plus mais plein tarif sur la facture, encore une erreur.",
        ],
        "en": [
            "I'm a Plus member and got charged the full rate for half term camp, {amount}. What am I paying monthly for?"
        ],
        "it": [
            "Sono socia Plus e mi avete fatto pagare la tariffa piena, {amount}. A cosa serve l'abbonamento?"
        ],
        "pt": [
            "Sou membro Plus e cobraram-me o preço normal, {amount}. Para que pago a mensalidade?"
        ],
        "es": [
            "Soy socia Plus y me habéis cobrado la tarifa normal, {amount}. ¿Para qué pago la cuota?"
        ],
    },
    "late_fee": {
        "de": [
            "Mir wurde eine Verspätungsgebühr von 15 Euro berechnet, obwohl ich um 16:55 da war. Die Betreuerin hat mich sogar gesehen!",
            "Verspätungsgebühr obwohl pünktlich abgeholt, das ist eine Frechheit.",
        ],
        "fr": [
            "On me facture 15 euros de retard alors que j'étais là à 16h55. L'animatrice m'a vue !",
            "Des frais de retard alors que je suis arrivée à l'heure, c'est honteux.",
        ],
        "en": [
            "Charged a £12 late pick-up fee when I was there at 4:55. The leader literally waved at me."
        ],
        "it": [
            "Mi avete addebitato 15 euro di ritardo ma ero lì alle 16:55. L'animatrice mi ha vista!"
        ],
        "pt": ["Cobraram-me 15 euros de atraso e eu estava lá às 16:55. A monitora viu-me!"],
        "es": [
            "Me habéis cobrado 15 euros por retraso y estaba allí a las 16:55. ¡La monitora me vio!"
        ],
    },
}

COMPLAINT_SUBJECT = {
    "de": "Beschwerde: {label}",
    "fr": "Réclamation : {label}",
    "en": "Complaint: {label}",
    "it": "Reclamo: {label}",
    "pt": "Reclamação: {label}",
    "es": "Reclamación: {label}",
}
CASE_SUBJECT = {
    "de": "AW: Vorgang {case}",
    "fr": "RE : Dossier {case}",
    "en": "Re: Your case {case}",
    "it": "R: Pratica {case}",
    "pt": "RE: Pedido {case}",
    "es": "RE: Incidencia {case}",
}

LONG_EMAIL = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen vom Parkplatz vor der Physiotherapie meiner Mutter, die seit dem Sturz im Frühjahr zweimal die Woche hin muss, und zwischen Arbeit, Mama und den Zwillingen bleibt wenig Luft. Umso wichtiger war für uns die Campwoche.\n\n{complaint}\n\nIch buche seit drei Jahren bei Ihnen und war immer sehr angetan, aber so etwas darf nicht passieren. Ich erwarte heute noch eine Rückmeldung.\n\nMit freundlichen Grüßen\n{first}",
        "Hallo liebes {brand}-Team,\n\neigentlich schreibe ich nie Beschwerden. Wir sind gerade mitten im Umzug, die Küche steht noch in Kartons beim Nachbarn und mein Mann ist auf Montage in Norwegen. Das Camp sollte die eine Sache sein, die einfach läuft.\n\n{complaint}\n\nBitte kümmern Sie sich darum, ich habe wirklich keine Nerven mehr.\n\nViele Grüße\n{first}",
    ],
    "fr": [
        "Madame, Monsieur,\n\nje vous écris depuis la salle d'attente de l'orthodontiste de mon aîné, entre deux réunions et les devoirs du petit. Cette semaine de stage était censée nous soulager un peu.\n\n{complaint}\n\nCela fait trois ans que je réserve chez vous et j'en ai toujours été contente, mais là c'est inacceptable. J'attends une réponse rapide.\n\nCordialement,\n{first}",
        "Bonjour,\n\nje ne suis pas du genre à me plaindre. Nous refaisons la salle de bain de la maison de ma grand-mère, mon conjoint travaille de nuit et je jongle comme je peux. Le stage devait être la seule chose simple de la semaine.\n\n{complaint}\n\nMerci de régler cela vite, je n'en peux plus.\n\nBien à vous,\n{first}",
    ],
}

CASE_OPENED = {
    "de": "Hallo {first}, es tut uns sehr leid. Wir haben den Vorgang {case} angelegt und melden uns bis morgen. Viele Grüße, {agent} von {brand}",
    "fr": "Bonjour {first}, nous sommes vraiment désolés. Le dossier {case} est ouvert, nous revenons vers vous d'ici demain. {agent}, {brand}",
    "en": "Hi {first}, really sorry about this. We've opened case {case} and will come back to you by tomorrow. {agent}, {brand}",
    "it": "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {case} e ti rispondiamo entro domani. {agent}, {brand}",
    "pt": "Olá {first}, lamentamos muito. Abrimos o pedido {case} e respondemos até amanhã. {agent}, {brand}",
    "es": "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {case} y te respondemos mañana como tarde. {agent}, {brand}",
}

GOOD_NEWS = {
    "de": "Hallo {first}, gute Nachrichten zu {case}: das ist erledigt und korrigiert. Können Sie kurz bestätigen, dass alles passt? {agent}",
    "fr": "Bonjour {first}, bonne nouvelle pour le dossier {case} : c'est corrigé. Pouvez-vous nous confirmer que tout est en ordre ? {agent}",
    "en": "Hi {first}, good news on case {case}: it's sorted. Could you confirm everything looks right your end? {agent}",
    "it": "Ciao {first}, buone notizie sulla pratica {case}: è risolto. Puoi confermarci che è tutto a posto? {agent}",
    "pt": "Olá {first}, boas notícias sobre o pedido {case}: está resolvido. Pode confirmar que está tudo bem? {agent}",
    "es": "Hola {first}, buenas noticias sobre la incidencia {case}: está resuelto. ¿Nos confirmas que está todo bien? {agent}",
}

CONFIRM = {
    "de": "Bestätigt, {case} ist erledigt, danke euch!",
    "fr": "C'est confirmé pour le dossier {case}, tout est bon, merci !",
    "en": "Confirmed, case {case} is all sorted now, thanks!",
    "it": "Confermo, la pratica {case} è a posto, grazie!",
    "pt": "Confirmo, o pedido {case} está resolvido, obrigada!",
    "es": "Confirmado, la incidencia {case} está resuelta, ¡gracias!",
}

APOLOGY = {
    "de": "Entschuldigung für meinen Ton gestern, ich war einfach fertig. Danke, dass ihr euch so schnell gekümmert habt.",
    "fr": "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réagi si vite.",
    "en": "Sorry for the rant yesterday, long day. Thanks for sorting it so fast.",
    "it": "Scusate per il tono di ieri, ero esausta. Grazie per la rapidità.",
    "pt": "Desculpem o tom de ontem, estava exausta. Obrigada pela rapidez.",
    "es": "Perdón por el tono de ayer, estaba agotada. Gracias por resolverlo tan rápido.",
}

CHAT_CASE = {
    "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt, die Kollegin aus der Buchhaltung meldet sich.",
    "fr": "Je suis vraiment désolé. J'ai ouvert le dossier {case}, le service concerné revient vers vous.",
    "en": "I'm so sorry. I've opened case {case} and the team will get back to you.",
    "it": "Mi dispiace molto. Ho aperto la pratica {case}, il reparto ti ricontatta.",
    "pt": "Lamento muito. Abri o pedido {case}, a equipa vai contactar.",
    "es": "Lo siento mucho. He abierto la incidencia {case}, el equipo te contacta.",
}

STILL_OPEN = {
    "de": [
        "Ich schreibe wegen {case}, das ist IMMER NOCH nicht gelöst. {label}, und keiner meldet sich.",
        "Vorgang {case}: noch immer offen. Ich warte seit Tagen.",
    ],
    "fr": [
        "Je reviens pour le dossier {case}, TOUJOURS pas réglé. {label}, et aucune nouvelle.",
        "Dossier {case} : toujours rien. J'attends depuis des jours.",
    ],
    "en": ["Chasing case {case}, STILL not sorted. {label} and no word from anyone."],
    "it": ["Scrivo di nuovo per la pratica {case}, ANCORA non risolta. {label} e nessuna notizia."],
    "pt": ["Volto a escrever sobre o pedido {case}, AINDA sem solução. {label} e nada."],
    "es": [
        "Vuelvo a escribir por la incidencia {case}, SIGUE sin resolver. {label} y nadie dice nada."
    ],
}

THIRD = {
    "de": [
        "Dritte Nachricht zu {case}. Die Nachbarin bucht bei {comp}, da wird sowas am selben Tag geklärt.",
        "Zum dritten Mal {case}. Ich habe mir schon angesehen, was {comp} für die Herbstferien verlangt.",
    ],
    "fr": [
        "Troisième message pour {case}. Ma voisine réserve chez {comp}, chez eux c'est réglé dans la journée.",
        "Troisième fois pour {case}. J'ai regardé les tarifs de {comp} pour les vacances.",
    ],
    "en": [
        "Third time about {case}. A friend books with {comp} and they fix this kind of thing same day."
    ],
    "it": ["Terza volta per {case}. Un'amica prenota con {comp} e loro risolvono in giornata."],
    "pt": ["Terceira vez sobre {case}. Uma amiga reserva na {comp} e lá resolvem no mesmo dia."],
    "es": ["Tercera vez por {case}. Una amiga reserva con {comp} y allí lo arreglan en el día."],
}

FOURTH = {
    "de": "Das VIERTE Mal wegen {case}. Langsam reicht es wirklich.",
    "fr": "QUATRIÈME fois pour {case}. Ça suffit maintenant.",
    "en": "FOURTH time chasing {case}. This is getting ridiculous.",
    "it": "QUARTA volta per {case}. Adesso basta.",
    "pt": "QUARTA vez sobre {case}. Já chega.",
    "es": "CUARTA vez por {case}. Ya está bien.",
}

QUALITY_LEAD = {
    "de": "Hallo {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}",
    "fr": "Bonjour {first}, votre dossier {case} est désormais entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}",
    "en": "Hi {first}, your case {case} is now with our quality lead, who will ring you before Friday lunchtime. {agent}",
    "it": "Ciao {first}, la pratica {case} è ora alla nostra responsabile qualità, che ti chiama entro venerdì a pranzo. {agent}",
    "pt": "Olá {first}, o pedido {case} está agora com a nossa responsável de qualidade, que liga antes de sexta ao almoço. {agent}",
    "es": "Hola {first}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}",
}

ADDED_URGENT = {
    "de": "Ich habe das zu {case} hinzugefügt und als dringend markiert.",
    "fr": "J'ai ajouté cela au dossier {case} et l'ai marqué urgent.",
    "en": "I've added this to case {case} and marked it urgent.",
    "it": "Ho aggiunto tutto alla pratica {case} e l'ho segnata come urgente.",
    "pt": "Acrescentei ao pedido {case} e marquei como urgente.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado urgente.",
}

SLIDE = {
    "de": [
        "Heute Camp-Start um 8:30, die Betreuer kamen um 8:55, Kinder standen im Regen. Naja.",
        "Im Samstagsclub gab es diesmal nur Malblätter statt Ausflug. Etwas lieblos.",
        "Die App hat die Abholperson nicht gespeichert, Oma musste 20 Minuten warten. Nervig.",
        "Seit Wochen keine Fotos mehr, Mails werden nicht beantwortet. Langsam enttäuscht.",
        "Jetzt noch 25 € 'Materialpauschale' nachberechnet, die nirgends stand. Ich bin richtig sauer.",
        "Die Nachbarskinder gehen zu {comp}, ich habe die Osterferien dort gebucht. Schade {brand}.",
    ],
    "fr": [
        "Début du stage à 8h30, animateurs arrivés à 8h55, enfants sous la pluie. Bof.",
        "Au club du samedi, juste des coloriages au lieu de la sortie prévue. Un peu léger.",
        "L'appli n'a pas enregistré la personne autorisée, mamie a attendu 20 minutes. Agaçant.",
        "Plus de photos depuis des semaines, mes mails restent sans réponse. Je commence à être déçue.",
        "Et maintenant 25 € de 'forfait matériel' ajoutés après coup, écrit nulle part. Je suis furieuse.",
        "Les enfants des voisins vont chez {comp}, j'ai réservé Pâques là-bas. Dommage {brand}.",
    ],
    "en": [
        "Camp meant to start 8:30, leaders turned up 8:55, kids stood in the rain. Meh.",
        "Saturday club was just colouring sheets instead of the trip. Bit lazy.",
        "App didn't save the pick-up person, my mum waited 20 minutes. Annoying.",
        "No photos for weeks and emails ignored. Getting disappointed.",
        "Now a £22 'materials charge' added after the fact, mentioned nowhere. Properly fuming.",
        "The neighbours' kids go to {comp}, I've booked Easter there. Shame {brand}.",
    ],
    "it": [
        "Il camp doveva iniziare alle 8:30, animatori arrivati alle 8:55, bimbi sotto la pioggia. Mah.",
        "Al club del sabato solo disegni da colorare invece della gita. Un po' poco.",
        "La app non ha salvato la persona autorizzata, la nonna ha aspettato 20 minuti. Fastidioso.",
        "Niente foto da settimane e le mail senza risposta. Comincio a essere delusa.",
        "Adesso 25 € di 'quota materiali' aggiunti dopo, non scritti da nessuna parte. Sono furiosa.",
        "I figli dei vicini vanno da {comp}, ho prenotato Pasqua lì. Peccato {brand}.",
    ],
    "pt": [
        "O campo devia começar às 8:30, monitores chegaram às 8:55, miúdos à chuva. Enfim.",
        "No clube de sábado só desenhos para pintar em vez do passeio. Fraquinho.",
        "A app não guardou a pessoa autorizada, a avó esperou 20 minutos. Chato.",
        "Há semanas sem fotos e os emails sem resposta. Estou a ficar desiludida.",
        "Agora 25 € de 'taxa de materiais' cobrados depois, sem aviso. Estou furiosa.",
        "Os filhos dos vizinhos vão para a {comp}, reservei a Páscoa lá. Pena {brand}.",
    ],
    "es": [
        "El campamento empezaba a las 8:30, los monitores llegaron a las 8:55, niños bajo la lluvia. En fin.",
        "En el club del sábado solo dibujos para colorear en vez de la excursión. Flojito.",
        "La app no guardó la persona autorizada, la abuela esperó 20 minutos. Molesto.",
        "Semanas sin fotos y los correos sin respuesta. Me estoy decepcionando.",
        "Ahora 25 € de 'cuota de material' cobrados después, sin avisar. Estoy furiosa.",
        "Los hijos de los vecinos van a {comp}, he reservado Semana Santa allí. Qué pena {brand}.",
    ],
}

SARCASM = {
    "de": [
        "Toll, {brand} schickt die Camp-Packliste am Abend NACH dem ersten Tag. Super Timing 👏"
    ],
    "fr": [
        "Génial, {brand} envoie la liste des affaires le soir APRÈS le premier jour. Quel timing 👏"
    ],
    "en": [
        "Love that {brand} sends the camp kit list the evening AFTER day one. Peak organisation 👏"
    ],
    "it": [
        "Bellissimo, {brand} manda la lista delle cose da portare la sera DOPO il primo giorno. Tempismo perfetto 👏"
    ],
    "pt": [
        "Que maravilha, a {brand} envia a lista do material na noite DEPOIS do primeiro dia. Timing perfeito 👏"
    ],
    "es": [
        "Genial, {brand} manda la lista de cosas para el campamento la noche DESPUÉS del primer día. Qué timing 👏"
    ],
}

CANCEL = {
    "de": [
        "Hallo, unsere Kinder sind jetzt zu alt für die Camps und gehen in den Sportverein. Bitte kündigen Sie meine Plus-Mitgliedschaft und schließen Sie das Konto."
    ],
    "fr": [
        "Bonjour, nous déménageons à Nantes et les enfants iront au centre de loisirs du quartier. Merci de résilier mon abonnement Plus et de fermer le compte."
    ],
    "en": [
        "Hi, the kids have aged out of camps and my mum now has them in the holidays. Please cancel my Plus membership and close the account."
    ],
    "it": [
        "Buongiorno, i ragazzi sono ormai grandi per i camp. Vi chiedo di disdire l'abbonamento Plus e chiudere l'account."
    ],
    "pt": [
        "Olá, os miúdos já são crescidos para os campos. Peço que cancelem a minha assinatura Plus e fechem a conta."
    ],
    "es": [
        "Hola, los niños ya son mayores para los campamentos. Os pido que deis de baja mi cuota Plus y cerréis la cuenta."
    ],
}

SORRY_GO = {
    "de": "Hallo {first}, schade, dass Sie gehen! Kündigen können Sie selbst in der App oder auf der Website unter 'Mitgliedschaft'. Alles Gute, {agent}",
    "fr": "Bonjour {first}, dommage de vous voir partir ! Vous pouvez résilier vous-même dans l'appli ou sur le site, rubrique 'Abonnement'. {agent}",
    "en": "Hi {first}, sorry to see you go! You can cancel yourself in the app or on the website under 'Membership'. {agent}",
    "it": "Ciao {first}, ci dispiace vederti andare! Puoi disdire tu stessa nella app o sul sito, sezione 'Abbonamento'. {agent}",
    "pt": "Olá {first}, é pena ver-vos partir! Pode cancelar na app ou no site, em 'Assinatura'. {agent}",
    "es": "Hola {first}, ¡qué pena que te vayas! Puedes darte de baja en la app o en la web, en 'Cuota'. {agent}",
}

GRUMBLES = {
    "de": [
        "Die App loggt mich jedes Mal aus. Jedes. Mal.",
        "Warum kommt die Erinnerung an die Abholung um 6 Uhr morgens?",
        "Schon wieder 30 Minuten Schlange bei der Anmeldung am Montag.",
        "Der Parkplatz am Sportzentrum ist eine Katastrophe.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois. À chaque fois.",
        "Pourquoi le rappel de récupération arrive à 6h du matin ?",
        "Encore 30 minutes de queue à l'accueil le lundi.",
        "Le parking du gymnase est une catastrophe.",
    ],
    "en": [
        "App logs me out every single time.",
        "Why does the pick-up reminder come at 6am?",
        "Another 30 minute queue at Monday sign-in.",
    ],
    "it": [
        "La app mi disconnette ogni volta.",
        "Perché il promemoria arriva alle 6 di mattina?",
        "Di nuovo 30 minuti di coda all'accoglienza.",
    ],
    "pt": [
        "A app faz logout sempre.",
        "Porque é que o lembrete chega às 6 da manhã?",
        "Outra vez 30 minutos de fila à entrada.",
    ],
    "es": [
        "La app me cierra la sesión cada vez.",
        "¿Por qué el recordatorio llega a las 6 de la mañana?",
        "Otra vez 30 minutos de cola en la entrada.",
    ],
}

MILD = {
    "de": (
        "Die Standortsuche zeigt mir Camps in Hamburg statt in Hannover, kleiner Fehler?",
        "Danke für den Hinweis, das haben wir weitergegeben. Über die Postleitzahl klappt es sofort.",
    ),
    "fr": (
        "Les notifications arrivent en allemand alors que mon appli est en français, bizarre.",
        "Merci du signalement, c'est transmis à l'équipe. En attendant, relancer l'appli règle souvent le souci.",
    ),
    "en": (
        "The camp search keeps showing Bristol when I'm in Bath, small bug?",
        "Thanks for flagging, passed to the team. Searching by postcode works meanwhile.",
    ),
    "it": (
        "Le notifiche mi arrivano in tedesco, strano.",
        "Grazie della segnalazione, l'abbiamo girata al team.",
    ),
    "pt": (
        "A pesquisa mostra campos em Braga e eu estou em Lisboa, bug?",
        "Obrigado pelo aviso, passámos à equipa.",
    ),
    "es": (
        "El buscador me enseña campamentos de Sevilla y estoy en Valencia, ¿fallo?",
        "Gracias por avisar, lo hemos pasado al equipo.",
    ),
}

FORM_ACK = {
    "de": "Danke für Ihre Nachricht, wir kümmern uns darum. {agent}, {brand}",
    "fr": "Merci pour votre message, nous nous en occupons. {agent}, {brand}",
    "en": "Thanks for your message, we're on it. {agent}, {brand}",
    "it": "Grazie del messaggio, ce ne occupiamo noi. {agent}, {brand}",
    "pt": "Obrigado pela mensagem, vamos tratar disso. {agent}, {brand}",
    "es": "Gracias por tu mensaje, nos ponemos con ello. {agent}, {brand}",
}

# ---------------------------------------------------------------- business arm --
B2B_LABEL = {
    "invoice": {
        "de": "Rechnungen ohne Kostenstelle",
        "fr": "factures sans centre de coût",
        "en": "invoices without cost centre",
        "it": "fatture senza centro di costo",
        "pt": "faturas sem centro de custo",
        "es": "facturas sin centro de coste",
    },
    "places_blocked": {
        "de": "Kontingent angeblich erschöpft",
        "fr": "contingent soi-disant épuisé",
        "en": "allocation wrongly shown as used up",
        "it": "contingente risulta esaurito",
        "pt": "quota dada como esgotada",
        "es": "cupo marcado como agotado",
    },
    "portal": {
        "de": "Portal zeigt keine Plätze",
        "fr": "portail sans places",
        "en": "portal shows no places",
        "it": "portale senza posti",
        "pt": "portal sem lugares",
        "es": "portal sin plazas",
    },
    "overbilled": {
        "de": "Listenpreis statt Vertragspreis",
        "fr": "prix public au lieu du tarif contrat",
        "en": "list price instead of contract rate",
        "it": "prezzo di listino invece della tariffa contratto",
        "pt": "preço de tabela em vez do contrato",
        "es": "precio de tarifa en vez del contrato",
    },
}

B2B_FIRST = {
    "invoice": {
        "de": "Guten Tag, die Rechnungen für die Ferienplätze unserer Mitarbeiterkinder kommen ohne Kostenstelle und ohne Bestellnummer. Unsere Buchhaltung kann so nichts freigeben.",
        "fr": "Bonjour, les factures des places de stage pour les enfants de nos salariés arrivent sans centre de coût ni numéro de commande. La comptabilité bloque tout.",
        "en": "Hello, the invoices for our staff's children's camp places arrive without cost centre or PO number. Finance can't approve them.",
        "it": "Buongiorno, le fatture dei posti camp per i figli dei dipendenti arrivano senza centro di costo né numero d'ordine.",
        "pt": "Bom dia, as faturas dos lugares de campo dos filhos dos colaboradores chegam sem centro de custo nem número de encomenda.",
        "es": "Buenos días, las facturas de las plazas para hijos de empleados llegan sin centro de coste ni número de pedido.",
    },
    "places_blocked": {
        "de": "Guten Tag, Eltern aus unserem Haus bekommen beim Buchen 'Firmenkontingent erschöpft', obwohl wir erst 12 von 40 Plätzen genutzt haben.",
        "fr": "Bonjour, nos salariés voient 'contingent entreprise épuisé' à la réservation alors que nous n'avons utilisé que 12 places sur 40.",
        "en": "Hello, our staff get 'company allocation used up' when booking, though we've used 12 of 40 places.",
        "it": "Buongiorno, i dipendenti vedono 'contingente esaurito' ma abbiamo usato solo 12 posti su 40.",
        "pt": "Bom dia, os colaboradores veem 'quota esgotada' mas só usámos 12 de 40 lugares.",
        "es": "Buenos días, los empleados ven 'cupo de empresa agotado' y solo hemos usado 12 de 40 plazas.",
    },
    "portal": {
        "de": "Guten Tag, im Firmenportal werden keine zugewiesenen Plätze mehr angezeigt, wir können keine neuen Kinder zuordnen.",
        "fr": "Bonjour, le portail entreprise n'affiche plus aucune place attribuée, impossible d'inscrire de nouveaux enfants.",
        "en": "Hello, the company portal shows no assigned places any more, we can't assign new children.",
        "it": "Buongiorno, il portale aziendale non mostra più i posti assegnati, non possiamo assegnarne di nuovi.",
        "pt": "Bom dia, o portal da empresa não mostra os lugares atribuídos, não conseguimos atribuir novos.",
        "es": "Buenos días, el portal de empresa no muestra las plazas asignadas, no podemos asignar nuevas.",
    },
    "overbilled": {
        "de": "Guten Tag, uns wird für die Herbstferien der Listenpreis berechnet statt unseres Vertragspreises, über 700 € Differenz.",
        "fr": "Bonjour, on nous facture le prix public pour la Toussaint au lieu du tarif contractuel, plus de 700 € d'écart.",
        "en": "Hello, we've been billed list price for half term instead of our contract rate, over £600 difference.",
        "it": "Buongiorno, ci avete fatturato il prezzo di listino invece della tariffa del contratto, oltre 700 € di differenza.",
        "pt": "Bom dia, faturaram o preço de tabela em vez do preço do contrato, mais de 700 € de diferença.",
        "es": "Buenos días, nos habéis facturado precio de tarifa en vez del contrato, más de 700 € de diferencia.",
    },
}

B2B_FOLLOW = {
    "de": "Guten Tag, ich schließe mich {first} an, die am {day} geschrieben hat (Vorgang {case}): {label}. Bei uns in der Personalabteilung ist es genauso.",
    "fr": "Bonjour, je rejoins {first} qui vous a écrit {day} (dossier {case}) : {label}. Même constat aux RH.",
    "en": "Hello, following up on what {first} wrote on {day} (case {case}): {label}. Same here in HR.",
    "it": "Buongiorno, mi unisco a {first} che vi ha scritto {day} (pratica {case}): {label}. Anche per noi.",
    "pt": "Bom dia, junto-me ao que {first} escreveu {day} (pedido {case}): {label}. Aqui igual.",
    "es": "Buenos días, me sumo a lo que escribió {first} el {day} (incidencia {case}): {label}. Aquí igual.",
}

WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

B2B_LAST_MAIL = {
    "de": "Vorgang {case}: nichts ist behoben, inzwischen haben mehrere Kolleginnen geschrieben. Unser Einkauf hat {comp} bereits um ein Angebot gebeten.",
    "fr": "Dossier {case} : rien n'est réglé, plusieurs collègues vous ont écrit. Nos achats ont déjà demandé un devis à {comp}.",
    "en": "Case {case}: nothing is fixed and several colleagues have written. Procurement has already asked {comp} for a quote.",
    "it": "Pratica {case}: niente risolto, più colleghi vi hanno scritto. Gli acquisti hanno già chiesto un'offerta a {comp}.",
    "pt": "Pedido {case}: nada resolvido, vários colegas escreveram. As compras já pediram proposta à {comp}.",
    "es": "Incidencia {case}: nada resuelto y varios compañeros os han escrito. Compras ya ha pedido presupuesto a {comp}.",
}

B2B_LAST_CALL = {
    "de": "ja guten Tag ich rufe wegen Vorgang {case} an das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter",
    "fr": "oui bonjour j'appelle pour le dossier {case} toujours pas réglé plusieurs collègues ont écrit mon patron dit que si ce n'est pas réglé cette semaine on change de prestataire",
    "en": "hi I'm calling about case {case} it's still not fixed several colleagues have written my boss says if it's not sorted this week we move to another provider",
    "it": "sì buongiorno chiamo per la pratica {case} ancora non risolta vari colleghi hanno scritto il mio capo dice che se non si sistema questa settimana cambiamo fornitore",
    "pt": "olá bom dia ligo por causa do pedido {case} continua sem solução vários colegas escreveram o meu chefe diz que se não resolverem esta semana mudamos de fornecedor",
    "es": "hola buenos días llamo por la incidencia {case} sigue sin resolver varios compañeros han escrito mi jefe dice que si no se arregla esta semana cambiamos de proveedor",
}

B2B_ACK = {
    "de": "Guten Tag {first}, danke für Ihre Nachricht. Wir haben den Vorgang {case} angelegt und prüfen das mit der Abrechnung. {agent}, {brand} Firmenservice",
    "fr": "Bonjour {first}, merci pour votre message. Le dossier {case} est ouvert, nous vérifions avec la facturation. {agent}, {brand} Entreprises",
    "en": "Hello {first}, thanks for your message. We've opened case {case} and are checking with billing. {agent}, {brand} Company",
    "it": "Buongiorno {first}, grazie. Abbiamo aperto la pratica {case} e verifichiamo con l'amministrazione. {agent}, {brand} Aziende",
    "pt": "Bom dia {first}, obrigado. Abrimos o pedido {case} e estamos a verificar com a faturação. {agent}, {brand} Empresas",
    "es": "Buenos días {first}, gracias. Hemos abierto la incidencia {case} y lo revisamos con facturación. {agent}, {brand} Empresas",
}

B2B_SUGGEST = {
    "de": [
        "Wäre toll, wenn man im Portal die Kosten nach Abteilung exportieren könnte.",
        "Eine Übersicht, welche Kinder welche Woche haben, als PDF wäre hilfreich.",
    ],
    "fr": [
        "Ce serait pratique d'exporter les coûts par service depuis le portail.",
        "Un récapitulatif PDF des semaines par enfant serait utile.",
    ],
    "en": ["Would be handy to export costs by department from the portal."],
    "it": ["Sarebbe utile esportare i costi per reparto dal portale."],
    "pt": ["Seria útil exportar os custos por departamento no portal."],
    "es": ["Sería útil exportar los costes por departamento desde el portal."],
}

B2B_Q = {
    "de": [
        (
            "Kann ich im Portal einem Kind zwei Wochen hintereinander zuweisen?",
            "Ja, einfach beide Wochen markieren und 'Zuweisen' klicken.",
        )
    ],
    "fr": [
        (
            "Peut-on attribuer deux semaines de suite au même enfant dans le portail ?",
            "Oui, cochez les deux semaines puis 'Attribuer'.",
        )
    ],
    "en": [
        (
            "Can I assign one child two weeks in a row in the portal?",
            "Yes, tick both weeks and click 'Assign'.",
        )
    ],
    "it": [
        (
            "Posso assegnare due settimane di fila allo stesso bambino nel portale?",
            "Sì, seleziona entrambe e clicca 'Assegna'.",
        )
    ],
    "pt": [
        (
            "Posso atribuir duas semanas seguidas à mesma criança no portal?",
            "Sim, marque as duas semanas e clique 'Atribuir'.",
        )
    ],
    "es": [
        (
            "¿Puedo asignar dos semanas seguidas al mismo niño en el portal?",
            "Sí, marca las dos semanas y pulsa 'Asignar'.",
        )
    ],
}

B2B_PRAISE = {
    "de": [
        "Unsere Mitarbeitenden sind sehr zufrieden mit den Ferienplätzen, danke an das {brand} Team."
    ],
    "fr": ["Nos salariés sont ravis des places de stage, merci à l'équipe {brand}."],
    "en": ["Our staff love the camp places, thanks to the {brand} team."],
    "it": ["I nostri dipendenti sono contentissimi dei posti camp, grazie {brand}."],
    "pt": ["Os colaboradores adoram os lugares nos campos, obrigado {brand}."],
    "es": ["Nuestra plantilla está encantada con las plazas, gracias equipo {brand}."],
}

# ---------------------------------------------------------------- the spike --
SPIKE_TOPIC = "children's camp app: authorised pick-up persons wiped overnight and cannot be re-added, error GRD-604; grandparents and sitters refused at Saturday collection"
SPIKE_REPORT = {
    "de": [
        "In der App sind plötzlich ALLE Abholberechtigten weg! Oma steht vor dem Samstagsclub und darf die Kleine nicht mitnehmen. Neu anlegen geht nicht: Fehler GRD-604",
        "Abholpersonen gelöscht?? Ich kann meinen Vater nicht wieder eintragen, die App sagt nur 'Speichern fehlgeschlagen'. Ich bin auf der Arbeit!",
        "hallo, die Betreuer lassen unsere Nanny das Kind nicht abholen weil sie nicht mehr eingetragen ist. wieder eintragen: GRD-604. was ist da los",
    ],
    "fr": [
        "Toutes les personnes autorisées ont DISPARU de l'appli ! Ma mère est devant le club du samedi et on refuse de lui confier mon fils. Impossible de la rajouter : erreur GRD-604",
        "La nounou ne peut pas récupérer ma fille, elle n'est plus autorisée dans l'appli et quand je l'ajoute ça plante. Je suis coincée au travail !",
        "bonjour, mon beau-père est refusé à la sortie du club, plus personne d'autorisé sur le profil. code GRD-604 en boucle",
    ],
    "en": [
        "All the authorised pick-up people have vanished from the app! My mum's at Saturday club and they won't let her take my daughter. Re-adding her gives error GRD-604",
        "Childminder turned away at collection, app says no one authorised and won't save anyone. Stuck at work, help",
    ],
    "it": [
        "Sono SPARITE tutte le persone autorizzate dalla app! La nonna è al club del sabato e non le danno il bambino. Se provo ad aggiungerla: errore GRD-604"
    ],
    "pt": [
        "Desapareceram todas as pessoas autorizadas da app! A avó está no clube de sábado e não lhe entregam a menina. Ao adicionar dá erro GRD-604"
    ],
    "es": [
        "¡Han desaparecido todas las personas autorizadas de la app! La abuela está en el club del sábado y no le dan al niño. Al añadirla sale error GRD-604"
    ],
}

SPIKE_REPEAT = {
    "de": "Immer noch GRD-604, jetzt auch am Laptop. Oma wartet seit einer halben Stunde vor der Tür.",
    "fr": "Toujours GRD-604, même depuis l'ordinateur de mon mari. Ma mère attend depuis une demi-heure.",
    "en": "Still GRD-604, tried my partner's phone too. Mum's been waiting half an hour.",
    "it": "Ancora GRD-604, anche dal telefono di mio marito. La nonna aspetta da mezz'ora.",
    "pt": "Continua GRD-604, também no telemóvel do meu marido. A avó espera há meia hora.",
    "es": "Sigue el GRD-604, también desde el móvil de mi marido. La abuela lleva media hora esperando.",
}

SPIKE_CHAT_ANSWER = {
    "de": "Ja, die Abholberechtigungen sind gerade bei allen Familien betroffen, unsere Technik ist dran. Die Betreuer vor Ort haben eine Notfall-Liste bekommen.",
    "fr": "Oui, les autorisations de récupération sont touchées pour toutes les familles, nos équipes techniques y travaillent. Les animateurs ont reçu une liste de secours.",
    "en": "Yes, pick-up authorisations are affected for every family right now, our engineers are on it. Leaders on site have a fallback list.",
    "it": "Sì, le autorizzazioni al ritiro sono colpite per tutte le famiglie, i tecnici ci stanno lavorando.",
    "pt": "Sim, as autorizações de recolha estão afetadas para todas as famílias, a equipa técnica está a tratar.",
    "es": "Sí, las autorizaciones de recogida están afectadas para todas las familias, el equipo técnico está en ello.",
}

SPIKE_FIXED = {
    "de": "Hallo {first}, die Abholberechtigungen sind seit {time} Uhr wiederhergestellt. Als Entschuldigung schreiben wir Ihnen einen Samstagsclub gut. {agent}",
    "fr": "Bonjour {first}, les autorisations de récupération sont rétablies depuis {time}. Pour nous excuser, un club du samedi vous est offert. {agent}",
    "en": "Hi {first}, pick-up authorisations have been restored since {time}. To say sorry, your next Saturday club is on us. {agent}",
    "it": "Ciao {first}, le autorizzazioni sono ripristinate dalle {time}. Per scusarci, il prossimo club del sabato è offerto. {agent}",
    "pt": "Olá {first}, as autorizações foram repostas desde as {time}. Como pedido de desculpa, o próximo clube é oferta. {agent}",
    "es": "Hola {first}, las autorizaciones están restablecidas desde las {time}. Para disculparnos, el próximo club del sábado es gratis. {agent}",
}

LONE_Q = {
    "de": (
        "Gestern Abend stand bei Opa in der App kurz 'nicht berechtigt', nach Neustart war alles wieder da. Klappt die Abholung morgen trotzdem?",
        "Ja, Opa ist eingetragen, das war nur eine Anzeige beim Laden. Morgen kein Problem.",
    ),
    "fr": (
        "Hier soir l'appli affichait 'non autorisé' pour mamie, puis c'est revenu après redémarrage. Ça marchera demain ?",
        "Oui, mamie est bien enregistrée, c'était un affichage au chargement. Aucun souci demain.",
    ),
}
