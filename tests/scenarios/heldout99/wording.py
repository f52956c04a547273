# ruff: noqa: E501
"""Words of heldout99's households (Ninnalo, babysitting by app) and of its spike.

Written from the stories in make_heldout99.py, French and Portuguese first.
Placeholders: {first} {name} {sitter} {kid} {agent} {ref} {amount} {comp}
{topic} {fix} {local} {voucher}.
"""

from __future__ import annotations

LANGS = ("fr", "pt", "en", "de", "es", "it")

AGENTS: dict[str, list[str]] = {
    "fr": ["Camille", "Yanis"],
    "pt": ["Inês", "Gonçalo"],
    "en": ["Hannah", "Liam"],
    "de": ["Jonas", "Selin"],
    "es": ["Lucía", "Iker"],
    "it": ["Giulia", "Pietro"],
}

SITTERS: dict[str, list[str]] = {
    "fr": ["Inès", "Maëlle", "Clémence", "Zoé", "Anaïs", "Louise"],
    "pt": ["Mariana", "Beatriz", "Carolina", "Leonor", "Matilde"],
    "en": ["Maisie", "Grace", "Amy", "Orla"],
    "de": ["Lea", "Johanna", "Clara", "Merve"],
    "es": ["Alba", "Noelia", "Marina", "Ainhoa"],
    "it": ["Alessia", "Giada", "Noemi", "Irene"],
}

KIDS: dict[str, list[str]] = {
    "fr": ["Jules", "Chloé", "Noé", "Lina", "Gabin", "Romane"],
    "pt": ["Tomás", "Duarte", "Rodrigo", "Salvador", "Martim"],
    "en": ["Ollie", "Isla", "Finn", "Ruby"],
    "de": ["Mia", "Paul", "Emil", "Ida"],
    "es": ["Lola", "Mateo", "Vera", "Hugo"],
    "it": ["Tommaso", "Bianca", "Leonardo", "Viola"],
}

# (label, price in euros)
PRODUCTS: list[tuple[str, float]] = [
    ("Evening sitter 4 h / Baby-sitting soirée 4 h", 58.0),
    ("School pick-up 3 h / Sortie d'école 3 h", 41.5),
    ("Saturday day sitter 8 h / Garde samedi 8 h", 112.0),
    ("Newborn night nurse 8 h / Nuit bébé 8 h", 148.0),
    ("Holiday day sitter 6 h / Garde vacances 6 h", 84.0),
    ("Ninnalo Club, 1 month / Club Ninnalo, 1 mois", 9.9),
]

PAGES = [
    "/sitters/search",
    "/club",
    "/bookings",
    "/help/first-booking",
    "/safety/vetting",
    "/gift-cards",
    "/pricing",
    "/help/check-in-check-out",
]

PRAISE: dict[str, list[str]] = {
    "fr": [
        "Troisième soirée avec {sitter} via Ninnalo et {kid} la réclame déjà pour samedi prochain. On a enfin retrouvé une vie de couple 😍",
        "Franchement l'appli Ninnalo c'est le jour et la nuit avec ce qu'on avait avant : profils vérifiés, avis, et la sitter envoie un petit message quand les enfants dorment. Merci !",
        "Réservé à 16h pour le soir même, {sitter} était là à 19h pile. Sauvée pour le pot de départ de ma collègue. Merci Ninnalo",
        "Encore une fois {sitter} a été parfaite, enfants couchés, cuisine rangée en plus… on ne la lâche plus",
        "petit mot pour dire que le club Ninnalo vaut vraiment le coup, plus de frais de réservation et on a la même sitter chaque mercredi",
    ],
    "pt": [
        "Terceira vez com a {sitter} pela Ninnalo e o {kid} já pergunta quando é que ela volta. Finalmente um jantar a dois sem stress 🙏",
        "A app da Ninnalo é uma maravilha, perfis verificados, avaliações e a babysitter manda mensagem quando eles adormecem. Recomendo a todas as mães da turma!",
        "Marquei às 15h para a noite e às 19h em ponto estava cá a {sitter}. Salvaram-me o turno no hospital, obrigada Ninnalo",
        "Mais uma vez tudo impecável, miúdos deitados, banho dado e ainda arrumou os brinquedos. Já não largamos a {sitter}",
        "vale mesmo a pena o Ninnalo Club, sem taxa de reserva e temos sempre a mesma babysitter às quartas",
    ],
    "en": [
        "Third Saturday in a row with {sitter} from Ninnalo and {kid} was asleep by 8. We actually finished a meal in a restaurant. Brilliant",
        "Booked at lunchtime for the same evening and {sitter} turned up ten minutes early with a bag of picture books. Ninnalo you legends",
    ],
    "de": [
        "Schon wieder so ein entspannter Abend, {sitter} von Ninnalo war pünktlich und {kid} hat sie sofort ins Herz geschlossen. Danke!",
        "Die Ninnalo App ist echt durchdacht: geprüfte Profile, Bewertungen und eine kurze Nachricht, wenn die Kinder schlafen. Klare Empfehlung",
    ],
    "es": [
        "Tercera vez con {sitter} de Ninnalo y {kid} ya pregunta cuándo vuelve. Por fin una cena tranquila 😊",
        "Reservé a mediodía para la misma noche y {sitter} llegó puntualísima. Ninnalo nos ha salvado la boda de mi prima",
    ],
    "it": [
        "Terza volta con {sitter} di Ninnalo e {kid} non vede l'ora che torni. Finalmente una cena fuori in pace 😊",
        "Prenotato alle 14 per la sera stessa, {sitter} puntualissima e dolcissima con i bambini. Grazie Ninnalo!",
    ],
}

PRAISE_AGAIN: dict[str, list[str]] = {
    "fr": [
        "Toujours aussi ravie de Ninnalo après un an : {sitter} est devenue un peu la grande sœur de {kid}",
        "Encore sauvée par Ninnalo ce soir, sitter trouvée en 40 minutes pour une réunion imprévue",
        "Et de quatre ! Quatrième samedi avec {sitter}, {kid} avait préparé un dessin pour elle",
    ],
    "pt": [
        "Continuo encantada com a Ninnalo passado um ano, a {sitter} já é quase da família",
        "Outra vez salva pela Ninnalo, babysitter encontrada em meia hora para uma reunião à última hora",
        "Quarta vez com a {sitter} e o {kid} fez-lhe um desenho. Nota 10 Ninnalo",
    ],
    "en": ["Still impressed with Ninnalo a year on. {sitter} is practically family now"],
    "de": [
        "Immer noch begeistert von Ninnalo, {sitter} kommt jetzt jeden Donnerstag und {kid} zählt die Tage"
    ],
    "es": [
        "Otra vez salvados por Ninnalo, canguro encontrada en media hora para una reunión de última hora"
    ],
    "it": [
        "Ancora una volta salvati da Ninnalo, babysitter trovata in mezz'ora per una riunione dell'ultimo minuto"
    ],
}

PRAISE_GRIPE: dict[str, list[str]] = {
    "fr": [
        "Super sitter comme toujours, juste dommage que l'appli ne garde pas les heures de coucher d'une réservation à l'autre, je les retape à chaque fois",
        "Très contente de {sitter}. Seul bémol : la facture arrive en PDF trois jours après. Sinon rien à redire",
    ],
    "pt": [
        "Babysitter impecável como sempre, só é pena a app não guardar as horas de deitar de uma reserva para a outra",
        "Muito contente com a {sitter}. Só o recibo é que demora três dias a chegar. De resto, nota 10",
    ],
    "en": [
        "Lovely sitter again, only gripe is the app forgets the kids' bedtimes every booking so I type them in again. Otherwise spot on"
    ],
    "de": [
        "Wieder eine tolle Babysitterin, nur schade, dass die App die Schlafenszeiten nicht speichert. Ansonsten top"
    ],
    "es": [
        "Canguro estupenda otra vez, solo que la app no guarda la hora de dormir de los niños y la tengo que escribir cada vez"
    ],
    "it": [
        "Babysitter bravissima come sempre, peccato solo che l'app non salvi gli orari della nanna tra una prenotazione e l'altra"
    ],
}

# (question, agent's answer)
CHAT_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Bonjour, est-ce que la sitter peut aller chercher ma fille à l'école puis rester jusqu'à 19h ? c'est possible en une seule réservation ?",
            "Bonjour ! Oui, choisissez « sortie d'école » et indiquez 19h comme fin : une seule réservation, la sitter récupère votre fille à l'école. {agent}",
        ),
        (
            "bjr, si la baby-sitter reste 30 min de plus c'est facturé comment ?",
            "Bonjour, au quart d'heure près, au tarif de votre réservation, à partir du check-out de la sitter dans l'appli.",
        ),
        (
            "On peut demander une sitter qui parle anglais ? mes enfants sont bilingues",
            "Bonjour, oui : filtre « langues » dans la recherche, une trentaine de sitters parlent anglais près de chez vous.",
        ),
        (
            "Le club Ninnalo est sans engagement ?",
            "Bonjour, oui, le club est mensuel et résiliable à tout moment depuis votre compte.",
        ),
    ],
    "pt": [
        (
            "Olá, a babysitter pode ir buscar o meu filho à escola e ficar até às 19h? dá numa só reserva?",
            "Olá! Sim, escolha «saída da escola» e ponha 19h como fim, fica tudo numa reserva. {agent}",
        ),
        (
            "boa tarde, se a babysitter ficar mais meia hora como é que se paga?",
            "Boa tarde, é ao quarto de hora, ao preço da sua reserva, a partir do check-out da babysitter na app.",
        ),
        (
            "Há babysitters que falem francês? os meus filhos andam no liceu francês",
            "Olá, sim, use o filtro «línguas» na pesquisa: há uma dúzia perto de si.",
        ),
        (
            "obg pela ajuda de ontem, já agora o Ninnalo Club tem fidelização?",
            "De nada! Não, o Club é mensal e cancela quando quiser na sua conta.",
        ),
    ],
    "en": [
        (
            "Hi, can a sitter do the school pick up and stay till 7? one booking or two?",
            "Hi! One booking: choose 'school pick-up' and set 7pm as the end time. {agent}",
        ),
        (
            "if the sitter stays an extra half hour how is that charged?",
            "Hi, by the quarter hour at your booking's rate, from the sitter's check-out in the app.",
        ),
    ],
    "de": [
        (
            "Hallo, kann die Babysitterin meine Tochter von der Kita abholen und bis 19 Uhr bleiben? Geht das in einer Buchung?",
            "Hallo! Ja, wählen Sie „Abholung“ und 19 Uhr als Ende, das ist eine einzige Buchung. {agent}",
        ),
        (
            "Wie wird abgerechnet wenn sie eine halbe Stunde länger bleibt?",
            "Hallo, viertelstundengenau zum Satz Ihrer Buchung, ab dem Check-out der Babysitterin in der App.",
        ),
    ],
    "es": [
        (
            "Hola, ¿la canguro puede recoger a mi hijo en el cole y quedarse hasta las 19h? ¿en una sola reserva?",
            "¡Hola! Sí, elige «recogida en el cole» y pon las 19h como fin, es una sola reserva. {agent}",
        ),
        (
            "si la canguro se queda media hora más como se cobra?",
            "Hola, por cuartos de hora, a la tarifa de tu reserva, desde el check-out de la canguro en la app.",
        ),
    ],
    "it": [
        (
            "Ciao, la babysitter può prendere mia figlia all'asilo e restare fino alle 19? si fa con una prenotazione sola?",
            "Ciao! Sì, scegli «uscita da scuola» e metti le 19 come fine: una prenotazione sola. {agent}",
        ),
        (
            "se la babysitter resta mezz'ora in più come si paga?",
            "Ciao, a quarti d'ora, alla tariffa della prenotazione, dal check-out della babysitter nell'app.",
        ),
    ],
}

THANKS: dict[str, list[str]] = {
    "fr": ["Parfait merci !", "super merci beaucoup", "top, merci 🙏", "Merci, bonne journée"],
    "pt": [
        "Perfeito, obrigada!",
        "obg 🙏",
        "Ótimo, muito obrigado",
        "Ah boa, obrigada pela rapidez",
    ],
    "en": ["Perfect, thanks!", "great thank you"],
    "de": ["Super, danke!", "Danke für die schnelle Antwort"],
    "es": ["¡Perfecto, gracias!", "genial, gracias 🙏"],
    "it": ["Perfetto, grazie!", "grz mille"],
}

# (subject, body, agent's answer)
MAIL_Q: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        (
            "Question sur les sitters pour un bébé de 3 mois",
            "Bonjour,\n\nNotre fils a trois mois et nous aimerions sortir pour un mariage le 12. Les sitters ont-elles une formation nourrissons ? Est-ce que ça se voit sur le profil ?\n\nMerci d'avance,\n{first}",
            "Bonjour {first},\n\nOui : le badge « nourrissons » sur le profil indique une formation aux premiers secours pédiatriques et au moins 50 heures de garde d'enfants de moins d'un an. Vous pouvez filtrer dessus dans la recherche.\n\nBelle soirée au mariage,\n{agent}, Ninnalo",
        ),
        (
            "Attestation annuelle pour les impôts",
            "Bonjour, pour ma déclaration j'ai besoin d'une attestation annuelle des gardes. Où la trouver ? Bonne journée, {first}",
            "Bonjour {first},\n\nElle est dans Compte > Documents > Attestation annuelle, prête à télécharger dès janvier. Je vous ai aussi joint celle de l'an dernier.\n\n{agent}, Ninnalo",
        ),
        (
            "Parrainage",
            "Bonjour, ma voisine voudrait s'inscrire, est-ce qu'il y a un code de parrainage ? Merci, {first}",
            "Bonjour {first},\n\nOui : votre code est dans Compte > Parrainer. Votre voisine aura sa première réservation sans frais et vous un mois de club offert.\n\n{agent}, Ninnalo",
        ),
    ],
    "pt": [
        (
            "Babysitter para bebé de 3 meses",
            "Olá,\n\nO nosso filho tem três meses e queríamos ir a um casamento no dia 12. As babysitters têm formação para bebés? Vê-se no perfil?\n\nObrigada,\n{first}",
            "Olá {first},\n\nSim: o distintivo «bebés» no perfil indica formação em primeiros socorros pediátricos e pelo menos 50 horas com bebés. Pode filtrar na pesquisa.\n\nBom casamento!\n{agent}, Ninnalo",
        ),
        (
            "Declaração anual para os impostos",
            "Boa tarde, preciso de uma declaração anual das horas de babysitting para os impostos. Onde a encontro? Cumprimentos, {first}",
            "Boa tarde {first},\n\nEstá em Conta > Documentos > Declaração anual, disponível a partir de janeiro. Envio-lhe em anexo a do ano passado.\n\n{agent}, Ninnalo",
        ),
        (
            "Código de convite",
            "Olá, a minha cunhada quer inscrever-se, há algum código de convite? Obrigado, {first}",
            "Olá {first},\n\nHá sim: o seu código está em Conta > Convidar. A sua cunhada tem a primeira reserva sem taxa e o {first} um mês de Club oferecido.\n\n{agent}, Ninnalo",
        ),
    ],
    "en": [
        (
            "Sitters for a 3-month-old",
            "Hi,\n\nOur son is three months old and we'd like to go to a wedding on the 12th. Do your sitters have baby training? Can I see it on the profile?\n\nThanks,\n{first}",
            "Hi {first},\n\nYes: the 'baby' badge on a profile means paediatric first aid and at least 50 hours with under-ones. You can filter on it in the search.\n\nEnjoy the wedding,\n{agent}, Ninnalo",
        ),
    ],
    "de": [
        (
            "Babysitterin für ein Baby mit 3 Monaten",
            "Hallo,\n\nunser Sohn ist drei Monate alt und wir möchten am 12. auf eine Hochzeit. Haben Ihre Babysitterinnen eine Ausbildung für Säuglinge? Sieht man das im Profil?\n\nViele Grüße\n{first}",
            "Hallo {first},\n\nja: das Abzeichen „Baby“ im Profil bedeutet Erste Hilfe am Kind und mindestens 50 Stunden Betreuung unter einem Jahr. In der Suche können Sie danach filtern.\n\nSchöne Hochzeit!\n{agent}, Ninnalo",
        ),
    ],
    "es": [
        (
            "Canguro para un bebé de 3 meses",
            "Hola,\n\nNuestro hijo tiene tres meses y queremos ir a una boda el día 12. ¿Las canguros tienen formación con bebés? ¿Se ve en el perfil?\n\nGracias,\n{first}",
            "Hola {first},\n\nSí: la insignia «bebés» del perfil indica primeros auxilios pediátricos y al menos 50 horas con menores de un año. Puedes filtrar por ella en la búsqueda.\n\n¡Disfrutad de la boda!\n{agent}, Ninnalo",
        ),
    ],
    "it": [
        (
            "Babysitter per un neonato di 3 mesi",
            "Buongiorno,\n\nnostro figlio ha tre mesi e vorremmo andare a un matrimonio il 12. Le babysitter hanno una formazione per neonati? Si vede nel profilo?\n\nGrazie,\n{first}",
            "Buongiorno {first},\n\nsì: il badge «neonati» nel profilo indica il corso di primo soccorso pediatrico e almeno 50 ore con bambini sotto l'anno. Può filtrarlo nella ricerca.\n\nBuon matrimonio!\n{agent}, Ninnalo",
        ),
    ],
}

# (speech-to-text transcript, agent's follow-up e-mail)
CALL_Q: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bonjour voilà ma fille a de l'eczéma et je voudrais savoir si la sitter peut mettre la crème le soir ou si elle a pas le droit",
            "Bonjour {first},\n\nComme dit au téléphone : oui, notez-le dans la fiche enfant (Consignes > Soins), la sitter appliquera la crème prescrite. Les médicaments par voie orale demandent une ordonnance jointe.\n\n{agent}, Ninnalo",
        ),
        (
            "oui bonjour je voulais savoir si on peut réserver la même baby-sitter tous les mardis pour toute l'année scolaire ou s'il faut refaire la réservation chaque semaine",
            "Bonjour {first},\n\nSuite à votre appel : oui, dans la réservation choisissez « chaque semaine » et une date de fin, la même sitter est demandée pour tous les mardis et confirme en une fois.\n\n{agent}, Ninnalo",
        ),
        (
            "bonjour c'est pour savoir comment ajouter mon mari sur le compte pour qu'il puisse réserver aussi avec son téléphone",
            "Bonjour {first},\n\nComme convenu au téléphone : Compte > Famille > Inviter, votre mari reçoit un lien et peut réserver depuis son téléphone sur le même compte.\n\n{agent}, Ninnalo",
        ),
    ],
    "pt": [
        (
            "olá boa noite a minha filha tem eczema e queria saber se a babysitter pode pôr o creme à noite ou se não pode",
            "Olá {first},\n\nComo falámos: pode, basta escrever na ficha da criança (Instruções > Cuidados) e a babysitter aplica o creme receitado. Medicamentos por via oral precisam da receita em anexo.\n\n{agent}, Ninnalo",
        ),
        (
            "olá bom dia queria saber se dá para marcar a mesma babysitter todas as terças durante o ano letivo ou se tenho de marcar semana a semana",
            "Olá {first},\n\nNa sequência da sua chamada: sim, na reserva escolha «todas as semanas» e uma data de fim, a mesma babysitter fica pedida para todas as terças e confirma de uma vez.\n\n{agent}, Ninnalo",
        ),
        (
            "boa tarde é para saber como é que ponho o meu marido na conta para ele também poder marcar pelo telemóvel dele",
            "Olá {first},\n\nComo falámos ao telefone: Conta > Família > Convidar, o seu marido recebe um link e passa a marcar na mesma conta.\n\n{agent}, Ninnalo",
        ),
    ],
    "en": [
        (
            "hello there my daughter has eczema can the sitter put her cream on at bedtime or is that not allowed",
            "Hi {first},\n\nAs discussed: yes, add it to the child's notes (Instructions > Care) and the sitter will apply the prescribed cream. Oral medicine needs the prescription attached.\n\n{agent}, Ninnalo",
        ),
        (
            "hi yeah I was wondering can we book the same sitter every Tuesday for the whole school year or do I have to do it week by week",
            "Hi {first},\n\nFollowing your call: yes, choose 'every week' and an end date in the booking, the same sitter is asked for every Tuesday and confirms once.\n\n{agent}, Ninnalo",
        ),
    ],
    "de": [
        (
            "guten Tag meine Tochter hat Neurodermitis darf die Babysitterin abends die Creme auftragen oder nicht",
            "Hallo {first},\n\nwie besprochen: ja, tragen Sie es im Kinderprofil ein (Hinweise > Pflege), dann trägt die Babysitterin die verschriebene Creme auf. Für Medikamente zum Einnehmen bitte das Rezept anhängen.\n\n{agent}, Ninnalo",
        ),
        (
            "ja hallo ich wollte fragen ob man dieselbe Babysitterin jeden Dienstag fürs ganze Schuljahr buchen kann oder muss ich das jede Woche neu machen",
            "Hallo {first},\n\nwie am Telefon besprochen: in der Buchung „jede Woche“ und ein Enddatum wählen, dieselbe Babysitterin wird für alle Dienstage angefragt und bestätigt einmal.\n\n{agent}, Ninnalo",
        ),
    ],
    "es": [
        (
            "hola mira mi hija tiene dermatitis y quería saber si la canguro le puede poner la crema por la noche o no puede",
            "Hola {first},\n\nComo hablamos: sí, apúntalo en la ficha (Indicaciones > Cuidados) y la canguro le pondrá la crema recetada. Los medicamentos orales necesitan la receta adjunta.\n\n{agent}, Ninnalo",
        ),
        (
            "hola buenos días quería saber si se puede reservar la misma canguro todos los martes del curso o hay que hacerlo semana a semana",
            "Hola {first},\n\nTras tu llamada: sí, en la reserva elige «cada semana» y una fecha de fin, se pide la misma canguro para todos los martes y confirma una sola vez.\n\n{agent}, Ninnalo",
        ),
    ],
    "it": [
        (
            "buonasera mia figlia ha la dermatite volevo sapere se la babysitter può mettere la crema la sera o non può",
            "Buonasera {first},\n\ncome detto: sì, lo scriva nella scheda del bambino (Indicazioni > Cure) e la babysitter metterà la crema prescritta. Per i farmaci da bocca serve la ricetta allegata.\n\n{agent}, Ninnalo",
        ),
        (
            "pronto buongiorno volevo sapere se si può prenotare la stessa babysitter tutti i martedì per tutto l'anno scolastico o bisogna farlo ogni settimana",
            "Buongiorno {first},\n\ncome detto al telefono: nella prenotazione scelga «ogni settimana» e una data di fine, la stessa babysitter viene richiesta per tutti i martedì e conferma una volta sola.\n\n{agent}, Ninnalo",
        ),
    ],
}

# (text, rating)
REVIEWS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "{sitter} est ponctuelle, douce et inventive : pâte à sel, histoire, dodo à 20h15. Cinq étoiles.",
            "5",
        ),
        (
            "Très bien, les enfants l'ont adorée. Elle est partie un peu vite sans faire le point, d'où 4 étoiles.",
            "4",
        ),
        ("Sitter sérieuse, a suivi les consignes à la lettre pour le biberon. On la reprend.", "5"),
    ],
    "pt": [
        (
            "A {sitter} é pontual, meiga e cheia de ideias: plasticina, história e cama às 20h15. Cinco estrelas.",
            "5",
        ),
        (
            "Muito bem, os miúdos adoraram. Saiu um bocadinho à pressa sem contar como correu, por isso 4 estrelas.",
            "4",
        ),
        ("Babysitter séria, seguiu tudo à risca com o biberão. Vamos repetir.", "5"),
    ],
    "en": [("{sitter} was on time, calm and brilliant with bedtime. Five stars.", "5")],
    "de": [
        (
            "{sitter} war pünktlich, ruhig und hat die Kinder super ins Bett gebracht. Fünf Sterne.",
            "5",
        )
    ],
    "es": [("{sitter} puntual, cariñosa y con mil juegos. Cinco estrellas.", "5")],
    "it": [("{sitter} puntuale, dolce e piena di idee. Cinque stelle.", "5")],
}

SURVEY_WORDS: dict[str, list[str]] = {
    "fr": ["Top", "Parfait 👍", "", "Rien à redire", "sitter géniale"],
    "pt": ["Excelente", "5 estrelas", "", "Impecável 👌", "tudo ótimo"],
    "en": ["Great", "", "👍"],
    "de": ["Top", "", "Alles bestens"],
    "es": ["Genial", "", "👌"],
    "it": ["Ottimo", "", "Perfetto"],
}

NIGHT_POSTS: dict[str, list[str]] = {
    "fr": [
        "2h du matin, je finis un dossier pendant que {kid} dort enfin. {sitter} réservée sur Ninnalo pour samedi, j'ai hâte de dormir moi aussi 😴",
        "Infirmière de nuit : merci Ninnalo pour la sitter de demain matin qui emmènera les petits à l'école pendant que je dors",
        "Insomnie, du coup je lis les avis des sitters sur Ninnalo comme d'autres lisent des romans",
    ],
    "pt": [
        "2 da manhã, a acabar um relatório enquanto o {kid} finalmente dorme. Já marquei a {sitter} na Ninnalo para sábado 😴",
        "Turno da noite nas urgências: obrigada Ninnalo pela babysitter de amanhã que leva os miúdos à escola",
        "Insónia, estou a ler avaliações de babysitters na Ninnalo como quem lê romances",
    ],
    "en": [
        "3am feed done, booked {sitter} on Ninnalo for Saturday so we can sleep in. Best money we spend"
    ],
    "de": [
        "Nachtschicht vorbei, dank Ninnalo bringt {sitter} die Kinder morgen früh in die Schule. Gute Nacht"
    ],
    "es": [
        "Las 2 de la mañana y por fin duerme {kid}. Ya tengo canguro de Ninnalo para el sábado 😴"
    ],
    "it": ["Le 2 di notte e {kid} finalmente dorme. Babysitter di Ninnalo prenotata per sabato 😴"],
}

NIGHT_CHAT: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "bonsoir, je peux encore réserver pour demain 7h ? je suis de garde à l'hôpital",
            "Bonsoir, oui, jusqu'à 2 heures avant : plusieurs sitters sont disponibles à 7h près de chez vous.",
        ),
        (
            "La sitter peut dormir sur place si on rentre après 1h ?",
            "Bonsoir, oui : cochez « nuit sur place » dans la réservation, tarif de nuit à partir de minuit.",
        ),
    ],
    "pt": [
        (
            "boa noite, ainda consigo marcar para amanhã às 7h? estou de banco no hospital",
            "Boa noite, sim, até 2 horas antes: há várias babysitters livres às 7h perto de si.",
        ),
        (
            "A babysitter pode dormir cá se chegarmos depois da 1h?",
            "Boa noite, pode: marque «dormida» na reserva, tarifa noturna a partir da meia-noite.",
        ),
    ],
    "en": [
        (
            "evening, can I still book for 7am tomorrow? on call at the hospital",
            "Hi, yes, up to 2 hours before: several sitters near you are free at 7.",
        )
    ],
    "de": [
        (
            "Guten Abend, kann ich noch für morgen 7 Uhr buchen? Ich habe Frühdienst",
            "Guten Abend, ja, bis 2 Stunden vorher: mehrere Babysitterinnen in Ihrer Nähe sind um 7 frei.",
        )
    ],
    "es": [
        (
            "buenas noches, ¿puedo reservar aún para mañana a las 7? tengo guardia",
            "Buenas noches, sí, hasta 2 horas antes: hay varias canguros libres a las 7 cerca de ti.",
        )
    ],
    "it": [
        (
            "buonasera, posso ancora prenotare per domani alle 7? sono di turno in ospedale",
            "Buonasera, sì, fino a 2 ore prima: ci sono diverse babysitter libere alle 7 vicino a lei.",
        )
    ],
}

PROBLEMS = ("no_show", "double_charge", "overtime", "refund", "wrong_price", "cancel_fee")

# amount of each problem, in euros
PROBLEM_EUR: dict[str, int] = {
    "no_show": 58,
    "double_charge": 72,
    "overtime": 61,
    "refund": 64,
    "wrong_price": 19,
    "cancel_fee": 25,
}

TOPIC: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "sitter jamais venue",
        "pt": "babysitter não apareceu",
        "en": "sitter never came",
        "de": "Babysitterin nicht gekommen",
        "es": "la canguro no vino",
        "it": "babysitter mai arrivata",
    },
    "double_charge": {
        "fr": "double prélèvement",
        "pt": "cobrança em duplicado",
        "en": "charged twice",
        "de": "doppelt abgebucht",
        "es": "cobro duplicado",
        "it": "addebito doppio",
    },
    "overtime": {
        "fr": "heures facturées en trop",
        "pt": "horas a mais na fatura",
        "en": "billed for hours she wasn't here",
        "de": "zu viele Stunden berechnet",
        "es": "horas de más en la factura",
        "it": "ore in più in fattura",
    },
    "refund": {
        "fr": "remboursement jamais reçu",
        "pt": "reembolso que não chega",
        "en": "refund never arrived",
        "de": "Erstattung fehlt",
        "es": "reembolso que no llega",
        "it": "rimborso mai arrivato",
    },
    "wrong_price": {
        "fr": "tarif club non appliqué",
        "pt": "preço do Club não aplicado",
        "en": "Club rate not applied",
        "de": "Club-Tarif nicht berücksichtigt",
        "es": "tarifa del Club no aplicada",
        "it": "tariffa Club non applicata",
    },
    "cancel_fee": {
        "fr": "frais d'annulation injustifiés",
        "pt": "taxa de cancelamento indevida",
        "en": "wrong cancellation fee",
        "de": "ungerechtfertigte Stornogebühr",
        "es": "gastos de cancelación injustos",
        "it": "penale di annullamento ingiusta",
    },
}

CORE: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "fr": [
            "Samedi soir la sitter ({sitter}) ne s'est jamais présentée. L'appli affichait « en route » puis « arrivée » à 19h02 alors que personne n'a sonné. On a raté le spectacle et on nous a quand même prélevé {amount}.",
            "Personne n'est venu hier soir. L'appli dit que {sitter} a fait son check-in à 18h58, chez nous personne. J'ai dû annuler ma garde de nuit à la clinique et vous m'avez débité {amount}.",
        ],
        "pt": [
            "Sábado à noite a babysitter ({sitter}) nunca apareceu. A app dizia «a caminho» e depois «chegou» às 19h02 e ninguém tocou à porta. Perdemos o espetáculo e ainda nos cobraram {amount}.",
            "Ninguém veio ontem à noite. Na app a {sitter} fez check-in às 18h58, cá em casa ninguém. Tive de faltar ao turno da noite e cobraram-me {amount}.",
        ],
        "en": [
            "The sitter ({sitter}) never showed up on Saturday. The app said 'on her way' and then 'arrived' at 19:02 while nobody rang the bell. We missed the show and were still charged {amount}."
        ],
        "de": [
            "Die Babysitterin ({sitter}) ist am Samstag nie gekommen. In der App stand „unterwegs“ und um 19:02 „angekommen“, bei uns hat niemand geklingelt. Konzert verpasst und trotzdem {amount} abgebucht."
        ],
        "es": [
            "El sábado la canguro ({sitter}) no vino nunca. La app ponía «en camino» y luego «ha llegado» a las 19:02 y nadie llamó al timbre. Perdimos el concierto y encima nos cobrasteis {amount}."
        ],
        "it": [
            "Sabato sera la babysitter ({sitter}) non si è mai presentata. L'app diceva «in arrivo» e poi «arrivata» alle 19:02 ma nessuno ha suonato. Abbiamo perso lo spettacolo e ci avete pure addebitato {amount}."
        ],
    },
    "double_charge": {
        "fr": [
            "La garde de mercredi ({amount}) a été débitée DEUX fois sur ma carte. Même montant, même jour, deux lignes sur mon relevé.",
            "Vous m'avez prélevé deux fois {amount} pour une seule soirée. Je suis à découvert à cause de ça.",
        ],
        "pt": [
            "A reserva de quarta ({amount}) foi cobrada DUAS vezes no cartão. Mesmo valor, mesmo dia, duas linhas no extrato.",
            "Cobraram-me duas vezes {amount} por uma só noite. Fiquei com a conta a descoberto por causa disso.",
        ],
        "en": [
            "Wednesday's booking ({amount}) has been taken TWICE from my card. Same amount, same day, two lines on my statement."
        ],
        "de": [
            "Die Buchung vom Mittwoch ({amount}) wurde ZWEIMAL von meiner Karte abgebucht. Gleicher Betrag, gleicher Tag, zwei Zeilen auf dem Auszug."
        ],
        "es": [
            "La reserva del miércoles ({amount}) me la habéis cobrado DOS veces en la tarjeta. Mismo importe, mismo día, dos líneas en el extracto."
        ],
        "it": [
            "La prenotazione di mercoledì ({amount}) mi è stata addebitata DUE volte sulla carta. Stesso importo, stesso giorno, due righe nell'estratto conto."
        ],
    },
    "overtime": {
        "fr": [
            "On m'a facturé jusqu'à 4h10 du matin alors que {sitter} est partie à 23h30 : son check-out n'a pas marché. {amount} de plus pour des heures où elle dormait chez elle.",
            "La facture de samedi compte quatre heures de trop ({amount}) parce que l'appli n'a pas enregistré le départ de la sitter. Elle-même me l'a confirmé par message.",
        ],
        "pt": [
            "Cobraram-me até às 4h10 da manhã e a {sitter} saiu às 23h30: o check-out dela não funcionou. Mais {amount} por horas em que ela já estava a dormir em casa.",
            "A fatura de sábado tem quatro horas a mais ({amount}) porque a app não registou a saída da babysitter. Ela própria mo confirmou por mensagem.",
        ],
        "en": [
            "I've been billed until 4:10am though {sitter} left at 23:30: her check-out didn't register. {amount} extra for hours she spent asleep at home."
        ],
        "de": [
            "Mir wurde bis 4:10 Uhr berechnet, obwohl {sitter} um 23:30 gegangen ist: ihr Check-out hat nicht funktioniert. {amount} zu viel für Stunden, in denen sie längst zu Hause war."
        ],
        "es": [
            "Me habéis cobrado hasta las 4:10 de la mañana y {sitter} se fue a las 23:30: su check-out no funcionó. {amount} de más por horas en las que ella ya dormía en su casa."
        ],
        "it": [
            "Mi avete fatturato fino alle 4:10 di notte ma {sitter} è andata via alle 23:30: il suo check-out non ha funzionato. {amount} in più per ore in cui lei dormiva a casa sua."
        ],
    },
    "refund": {
        "fr": [
            "La sitter a annulé la veille et on m'a promis le remboursement de {amount}. Trois semaines plus tard, toujours rien.",
            "Remboursement de {amount} « sous 5 jours » annoncé le 3, on est presque à la fin du mois et rien sur mon compte.",
        ],
        "pt": [
            "A babysitter cancelou na véspera e prometeram-me o reembolso de {amount}. Três semanas depois, nada.",
            "Reembolso de {amount} «em 5 dias úteis» anunciado no dia 3, estamos quase no fim do mês e nada na conta.",
        ],
        "en": [
            "The sitter cancelled the day before and I was promised a refund of {amount}. THREE weeks later, nothing."
        ],
        "de": [
            "Die Babysitterin hat am Vortag abgesagt, mir wurde die Erstattung von {amount} versprochen. Drei Wochen später: nichts."
        ],
        "es": [
            "La canguro canceló el día antes y me prometisteis el reembolso de {amount}. TRES semanas después, nada."
        ],
        "it": [
            "La babysitter ha annullato il giorno prima e mi avete promesso il rimborso di {amount}. Tre settimane dopo, niente."
        ],
    },
    "wrong_price": {
        "fr": [
            "Je suis membre du club depuis mars et la dernière garde m'a été facturée au tarif normal avec les frais de réservation : {amount} de trop.",
            "Membre du club Ninnalo, et j'ai payé plein tarif plus frais de réservation sur mes deux dernières gardes. À quoi sert l'abonnement ? {amount} de différence.",
        ],
        "pt": [
            "Sou sócia do Club desde março e a última reserva foi cobrada ao preço normal com taxa de reserva: {amount} a mais.",
            "Sou do Ninnalo Club e as duas últimas reservas vieram a preço normal mais taxa. Para que pago a mensalidade? {amount} de diferença.",
        ],
        "en": [
            "I've been a Club member since March and my last booking was charged at the standard rate plus booking fee: {amount} too much."
        ],
        "de": [
            "Ich bin seit März im Ninnalo Club und die letzte Buchung wurde zum Normalpreis plus Buchungsgebühr abgerechnet: {amount} zu viel."
        ],
        "es": [
            "Soy socia del Club desde marzo y la última reserva me la cobrasteis a precio normal con gastos de reserva: {amount} de más."
        ],
        "it": [
            "Sono socia del Club da marzo e l'ultima prenotazione me l'avete fatta pagare a tariffa piena con i costi di prenotazione: {amount} in più."
        ],
    },
    "cancel_fee": {
        "fr": [
            "J'ai annulé la garde de vendredi CINQ jours avant et on me prélève {amount} de frais d'annulation tardive. Vos conditions disent 24 heures.",
            "Frais d'annulation de {amount} pour une réservation annulée le lundi pour le samedi. C'est écrit 24 h dans vos conditions.",
        ],
        "pt": [
            "Cancelei a reserva de sexta com CINCO dias de antecedência e cobraram-me {amount} de cancelamento tardio. As vossas condições dizem 24 horas.",
            "Taxa de cancelamento de {amount} por uma reserva cancelada na segunda para sábado. Está escrito 24 h nas condições.",
        ],
        "en": [
            "I cancelled Friday's booking FIVE days ahead and got charged a {amount} late-cancellation fee. Your terms say 24 hours."
        ],
        "de": [
            "Ich habe die Buchung für Freitag FÜNF Tage vorher storniert und soll {amount} Spätstornogebühr zahlen. In Ihren AGB stehen 24 Stunden."
        ],
        "es": [
            "Cancelé la reserva del viernes con CINCO días de antelación y me cobráis {amount} por cancelación tardía. Vuestras condiciones dicen 24 horas."
        ],
        "it": [
            "Ho annullato la prenotazione di venerdì CINQUE giorni prima e mi addebitate {amount} di annullamento tardivo. Le vostre condizioni dicono 24 ore."
        ],
    },
}

# the fix an agent names in a "good news" e-mail
FIX: dict[str, dict[str, str]] = {
    "no_show": {
        "fr": "la garde vous est remboursée en entier",
        "pt": "a reserva foi-lhe devolvida na totalidade",
        "en": "the booking has been refunded in full",
        "de": "die Buchung wurde vollständig erstattet",
        "es": "te hemos devuelto la reserva entera",
        "it": "la prenotazione le è stata rimborsata per intero",
    },
    "double_charge": {
        "fr": "le second prélèvement est annulé",
        "pt": "a segunda cobrança foi anulada",
        "en": "the second charge has been reversed",
        "de": "die zweite Abbuchung wurde storniert",
        "es": "el segundo cobro está anulado",
        "it": "il secondo addebito è stato annullato",
    },
    "overtime": {
        "fr": "la facture est corrigée à 23h30",
        "pt": "a fatura foi corrigida para as 23h30",
        "en": "the bill now ends at 23:30",
        "de": "die Rechnung endet jetzt um 23:30",
        "es": "la factura está corregida a las 23:30",
        "it": "la fattura ora termina alle 23:30",
    },
    "refund": {
        "fr": "le remboursement est parti aujourd'hui",
        "pt": "o reembolso saiu hoje",
        "en": "the refund went out today",
        "de": "die Erstattung ist heute rausgegangen",
        "es": "el reembolso ha salido hoy",
        "it": "il rimborso è partito oggi",
    },
    "wrong_price": {
        "fr": "le tarif club est appliqué et la différence remboursée",
        "pt": "o preço do Club está aplicado e a diferença devolvida",
        "en": "the Club rate is applied and the difference refunded",
        "de": "der Club-Tarif ist hinterlegt und die Differenz erstattet",
        "es": "está aplicada la tarifa del Club y devuelta la diferencia",
        "it": "la tariffa Club è applicata e la differenza rimborsata",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation sont annulés",
        "pt": "a taxa de cancelamento foi anulada",
        "en": "the cancellation fee has been cancelled",
        "de": "die Stornogebühr wurde gestrichen",
        "es": "los gastos de cancelación están anulados",
        "it": "la penale è stata annullata",
    },
}

COMPLAINT_SUBJECT: dict[str, str] = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
    "it": "Reclamo: {topic}",
}

CASE_SUBJECT: dict[str, str] = {
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Processo {ref}",
    "en": "Re: Your case {ref}",
    "de": "AW: Anliegen {ref}",
    "es": "RE: Incidencia {ref}",
    "it": "R: Segnalazione {ref}",
}

GREET: dict[str, list[str]] = {
    "fr": ["Bonjour,", "Bonjour,", "Madame, Monsieur,"],
    "pt": ["Bom dia,", "Boa tarde,", "Olá,"],
    "en": ["Hello,"],
    "de": ["Guten Tag,"],
    "es": ["Hola,"],
    "it": ["Buongiorno,"],
}

DEMAND: dict[str, list[str]] = {
    "fr": [
        "Je veux être remboursée, merci de me répondre rapidement.",
        "Merci de régulariser au plus vite.",
        "J'attends une réponse aujourd'hui.",
    ],
    "pt": [
        "Quero o dinheiro de volta, por favor respondam depressa.",
        "Agradeço que resolvam isto rapidamente.",
        "Aguardo resposta ainda hoje.",
    ],
    "en": ["I want my money back, please reply quickly."],
    "de": ["Ich erwarte die Erstattung, bitte melden Sie sich schnell."],
    "es": ["Quiero que me devolváis el dinero, contestad pronto por favor."],
    "it": ["Voglio essere rimborsata, rispondete in fretta per favore."],
}

CALL_SUBJECT: dict[str, str] = {
    "fr": "Suite à votre appel",
    "pt": "Na sequência da sua chamada",
    "en": "Following your call",
    "de": "Ihr Anruf bei uns",
    "es": "Sobre tu llamada",
    "it": "In seguito alla sua chiamata",
}

SOCIAL_OPEN: dict[str, list[str]] = {
    "fr": ["Sérieusement @Ninnalo ?!", "@Ninnalo C'EST UNE BLAGUE ?", "Bravo @Ninnalo 😡"],
    "pt": ["A sério @Ninnalo?!", "@Ninnalo ISTO É GOZAR?", "Parabéns @Ninnalo 😡"],
    "en": ["Seriously @Ninnalo?!"],
    "de": ["Ernsthaft @Ninnalo?!"],
    "es": ["¿En serio @Ninnalo?"],
    "it": ["Sul serio @Ninnalo?!"],
}

SOCIAL_END: dict[str, list[str]] = {
    "fr": ["Inadmissible.", "Je suis FURIEUSE.", "On vous confie nos enfants et voilà."],
    "pt": ["Inadmissível.", "Estou FURIOSA.", "Confiamos-vos os nossos filhos e é isto."],
    "en": ["Unacceptable."],
    "de": ["Unfassbar."],
    "es": ["YA ESTÁ BIEN."],
    "it": ["Vergognoso."],
}

CHAT_OPEN: dict[str, list[str]] = {
    "fr": ["Bonjour, ", "bjr, ", ""],
    "pt": ["Olá, ", "Boa noite, ", ""],
    "en": ["Hi, "],
    "de": ["Hallo, "],
    "es": ["Hola, "],
    "it": ["Ciao, "],
}

CALL_OPEN: dict[str, list[str]] = {
    "fr": ["oui bonjour je vous appelle parce que ", "allô bonjour alors voilà "],
    "pt": ["olá boa tarde estou a ligar porque ", "sim bom dia olhe é o seguinte "],
    "en": ["hi yes I'm calling because "],
    "de": ["ja guten Tag ich rufe an weil "],
    "es": ["hola buenas llamo porque "],
    "it": ["pronto buongiorno chiamo perché "],
}

CALL_END: dict[str, str] = {
    "fr": " je veux qu'on me rembourse voilà",
    "pt": " quero o meu dinheiro de volta pronto",
    "en": " I want my money back",
    "de": " ich will mein Geld zurück",
    "es": " quiero que me devolváis el dinero",
    "it": " voglio essere rimborsata ecco",
}

FORM_TAIL: dict[str, str] = {
    "fr": "Merci de traiter ma demande.",
    "pt": "Obrigada por tratarem o pedido.",
    "en": "Please sort this out.",
    "de": "Bitte um Klärung.",
    "es": "Gracias por revisarlo.",
    "it": "Grazie per la verifica.",
}

LONG_OPEN: dict[str, list[str]] = {
    "fr": [
        "Madame, Monsieur,\n\nJe vous écris depuis la salle d'attente de l'orthophoniste de mon fils, entre deux rendez-vous, parce que je n'ai pas eu une minute à moi depuis que mon mari est parti six semaines sur un chantier à Dakar et que je gère seule nos trois enfants et mon poste à la mairie. Je ne suis pas du genre à me plaindre, et je vous ai recommandés à tout l'immeuble.\n\n",
        "Bonjour,\n\nJe prends enfin le temps de vous écrire, assise dans la voiture devant le conservatoire pendant le cours de violon de ma fille. Depuis la rentrée je cumule mes nuits d'aide-soignante et les travaux de l'appartement que nous venons d'acheter, et Ninnalo était jusqu'ici ce qui me permettait de tenir.\n\n",
        "Madame, Monsieur,\n\nJ'écris ce message dans le train du retour de chez ma mère, qui se remet d'une opération de la hanche et que je vais voir deux fois par semaine pendant que nos jumeaux sont gardés. Nous passons par vous depuis la naissance des jumeaux, il y a quatre ans, sans le moindre souci jusqu'ici.\n\n",
    ],
    "pt": [
        "Exmos. Senhores,\n\nEscrevo-vos da sala de espera do pediatra, entre duas consultas, porque desde que o meu marido foi seis semanas para uma obra em Luanda não tenho tido um minuto para mim, sozinha com os três miúdos e o meu trabalho na junta de freguesia. Não sou de reclamar e recomendei-vos a meio prédio.\n\n",
        "Boa tarde,\n\nSó agora consigo escrever, sentada no carro à porta do conservatório durante a aula de piano da minha filha. Desde setembro que junto os turnos da noite no lar com as obras da casa que comprámos, e a Ninnalo tem sido o que me deixa respirar.\n\n",
    ],
}

LONG_CLOSE: dict[str, list[str]] = {
    "fr": [
        "\n\nJe vous demande de régulariser cela rapidement et de m'expliquer ce qui s'est passé. J'ai toujours défendu Ninnalo autour de moi, mais là je suis vraiment déçue.\n\nCordialement,\n{name}",
        "\n\nMerci de faire le nécessaire. Ce genre de chose ne devrait pas arriver quand on vous confie ce qu'on a de plus précieux.\n\nBien à vous,\n{name}",
    ],
    "pt": [
        "\n\nPeço que resolvam isto depressa e me expliquem o que aconteceu. Sempre defendi a Ninnalo, mas desta vez estou mesmo desiludida.\n\nCom os melhores cumprimentos,\n{name}",
        "\n\nAgradeço que tratem do assunto. Isto não devia acontecer a quem vos confia o que tem de mais precioso.\n\nAtenciosamente,\n{name}",
    ],
}

# agents ---------------------------------------------------------------------

CASE_MAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre demande {ref}",
        "Bonjour {first},\n\nNous avons bien reçu votre message et ouvert le dossier {ref}. Nous vérifions avec la sitter et le service paiements et revenons vers vous au plus vite.\n\n{agent}, service client Ninnalo",
    ),
    "pt": (
        "O seu pedido {ref}",
        "Olá {first},\n\nRecebemos a sua mensagem e abrimos o processo {ref}. Estamos a verificar com a babysitter e com os pagamentos e voltamos a contactar o mais depressa possível.\n\n{agent}, apoio ao cliente Ninnalo",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\n\nWe've got your message and opened case {ref}. We're checking with the sitter and our payments team and will come back to you as soon as we can.\n\n{agent}, Ninnalo customer care",
    ),
    "de": (
        "Ihr Anliegen {ref}",
        "Hallo {first},\n\nwir haben Ihre Nachricht erhalten und den Vorgang {ref} eröffnet. Wir klären das mit der Babysitterin und der Buchhaltung und melden uns so schnell wie möglich.\n\n{agent}, Ninnalo Kundenservice",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {first},\n\nHemos recibido tu mensaje y abierto la incidencia {ref}. Lo estamos revisando con la canguro y con pagos y te contestamos lo antes posible.\n\n{agent}, atención al cliente Ninnalo",
    ),
    "it": (
        "La tua segnalazione {ref}",
        "Ciao {first},\n\nabbiamo ricevuto il tuo messaggio e aperto la pratica {ref}. Stiamo verificando con la babysitter e con i pagamenti e ti rispondiamo al più presto.\n\n{agent}, assistenza clienti Ninnalo",
    ),
}

CASE_CHAT: dict[str, str] = {
    "fr": "Je suis vraiment désolée {first}. J'ai ouvert le dossier {ref} et je le transmets tout de suite au service paiements, vous aurez une réponse par e-mail.",
    "pt": "Lamento muito, {first}. Abri o processo {ref} e passei-o já aos pagamentos, terá resposta por e-mail.",
    "en": "I'm really sorry {first}. I've opened case {ref} and passed it straight to payments, you'll hear back by email.",
    "de": "Das tut mir sehr leid, {first}. Ich habe den Vorgang {ref} eröffnet und direkt an die Buchhaltung gegeben, Sie bekommen eine Antwort per E-Mail.",
    "es": "Lo siento mucho, {first}. He abierto la incidencia {ref} y la paso ya a pagos, te contestamos por correo.",
    "it": "Mi dispiace davvero, {first}. Ho aperto la pratica {ref} e l'ho passata subito ai pagamenti, riceverai risposta via email.",
}

QUALITY_LEAD: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre dossier {ref}",
        "Bonjour {first},\n\nVotre dossier {ref} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. Toutes nos excuses pour ce que vous vivez.\n\n{agent}, Ninnalo",
    ),
    "pt": (
        "O seu processo {ref}",
        "Olá {first},\n\nO seu processo {ref} passou para a nossa responsável de qualidade, que lhe telefona antes de sexta à hora de almoço. As nossas desculpas por tudo isto.\n\n{agent}, Ninnalo",
    ),
    "en": (
        "Your case {ref}",
        "Hi {first},\n\nYour case {ref} is now with our quality lead, who will call you before Friday lunchtime. We're very sorry about all this.\n\n{agent}, Ninnalo",
    ),
    "de": (
        "Ihr Vorgang {ref}",
        "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei unserer Qualitätsleiterin, die Sie vor Freitagmittag anruft. Es tut uns sehr leid.\n\n{agent}, Ninnalo",
    ),
    "es": (
        "Tu incidencia {ref}",
        "Hola {first},\n\nTu incidencia {ref} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Lo sentimos mucho.\n\n{agent}, Ninnalo",
    ),
    "it": (
        "La tua pratica {ref}",
        "Ciao {first},\n\nla tua pratica {ref} è ora nelle mani della nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Ci dispiace molto.\n\n{agent}, Ninnalo",
    ),
}

GOOD_NEWS: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonne nouvelle pour votre dossier {ref}",
        "Bonjour {first},\n\nBonne nouvelle : {fix} (dossier {ref}). Pourriez-vous nous confirmer que tout est en ordre de votre côté ?\n\n{agent}, Ninnalo",
    ),
    "pt": (
        "Boas notícias sobre o processo {ref}",
        "Olá {first},\n\nBoas notícias: {fix} (processo {ref}). Pode confirmar-nos que do seu lado está tudo bem?\n\n{agent}, Ninnalo",
    ),
    "en": (
        "Good news on case {ref}",
        "Hi {first},\n\nGood news: {fix} (case {ref}). Could you confirm everything looks right on your side?\n\n{agent}, Ninnalo",
    ),
    "de": (
        "Gute Nachrichten zu {ref}",
        "Hallo {first},\n\ngute Nachrichten: {fix} (Vorgang {ref}). Können Sie uns bestätigen, dass bei Ihnen alles stimmt?\n\n{agent}, Ninnalo",
    ),
    "es": (
        "Buenas noticias sobre {ref}",
        "Hola {first},\n\nBuenas noticias: {fix} (incidencia {ref}). ¿Nos confirmas que por tu parte está todo bien?\n\n{agent}, Ninnalo",
    ),
    "it": (
        "Buone notizie sulla pratica {ref}",
        "Ciao {first},\n\nbuone notizie: {fix} (pratica {ref}). Ci confermi che dalla tua parte è tutto a posto?\n\n{agent}, Ninnalo",
    ),
}

URGENT_CHAT: dict[str, str] = {
    "fr": "C'est ajouté à votre dossier {ref} et marqué urgent. Je suis désolée que ce soit toujours en cours.",
    "pt": "Acrescentei ao processo {ref} e marquei como urgente. Lamento que ainda não esteja resolvido.",
    "en": "I've added this to case {ref} and marked it urgent. Sorry it's still open.",
    "de": "Ich habe das zum Vorgang {ref} hinzugefügt und als dringend markiert. Tut mir leid, dass es noch offen ist.",
    "es": "Lo he añadido a la incidencia {ref} y la he marcado como urgente. Siento que siga abierta.",
    "it": "L'ho aggiunto alla pratica {ref} e segnata come urgente. Mi dispiace che sia ancora aperta.",
}

SORRY_TO_GO: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre demande de résiliation",
        "Bonjour {first},\n\nDommage de vous voir partir, et merci pour ces années ! Vous pouvez résilier le club et fermer le compte vous-même dans l'appli ou sur le site, rubrique Compte > Abonnement.\n\n{agent}, Ninnalo",
    ),
    "pt": (
        "O seu pedido de cancelamento",
        "Olá {first},\n\nTemos pena de a ver partir, e obrigado por estes anos! Pode cancelar o Club e fechar a conta na app ou no site, em Conta > Subscrição.\n\n{agent}, Ninnalo",
    ),
    "en": (
        "Your cancellation",
        "Hi {first},\n\nSorry to see you go, and thank you for these years! You can cancel the Club and close the account yourself in the app or on the website under Account > Membership.\n\n{agent}, Ninnalo",
    ),
    "de": (
        "Ihre Kündigung",
        "Hallo {first},\n\nschade, dass Sie gehen, und danke für die gemeinsame Zeit! Club und Konto können Sie selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen.\n\n{agent}, Ninnalo",
    ),
    "es": (
        "Tu baja",
        "Hola {first},\n\n¡Qué pena que te vayas, y gracias por estos años! Puedes dar de baja el Club y cerrar la cuenta tú misma en la app o en la web, en Cuenta > Suscripción.\n\n{agent}, Ninnalo",
    ),
    "it": (
        "La tua disdetta",
        "Ciao {first},\n\nci dispiace vederti andare, e grazie per questi anni! Puoi disdire il Club e chiudere l'account da sola nell'app o sul sito, in Account > Abbonamento.\n\n{agent}, Ninnalo",
    ),
}

# customers after trouble -----------------------------------------------------

APOLOGY: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je voulais m'excuser pour le ton de mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite.",
        "désolée pour hier, j'étais énervée. Merci pour le suivi du dossier {ref}",
    ],
    "pt": [
        "Bom dia, queria pedir desculpa pelo tom da mensagem de ontem, estava no limite. Obrigada por terem resolvido tão depressa.",
        "desculpem ontem, estava mesmo chateada. Obrigada pelo seguimento do processo {ref}",
    ],
    "en": [
        "Morning, sorry for the tone of my message yesterday, I was at the end of my rope. Thanks for sorting it so fast."
    ],
    "de": [
        "Hallo, entschuldigen Sie den Ton gestern, ich war völlig fertig. Danke, dass Sie es so schnell geklärt haben."
    ],
    "es": [
        "Hola, perdón por el tono de ayer, estaba desbordada. Gracias por resolverlo tan rápido."
    ],
    "it": [
        "Buongiorno, scusate il tono di ieri, ero esausta. Grazie per aver risolto così in fretta."
    ],
}

CONFIRM: dict[str, list[str]] = {
    "fr": [
        "Bonjour, je confirme, tout est bon pour le dossier {ref}. Merci !",
        "C'est bien arrivé sur mon compte, dossier {ref} réglé pour moi. Merci",
    ],
    "pt": [
        "Olá, confirmo, está tudo certo com o processo {ref}. Obrigada!",
        "Já caiu na conta, processo {ref} resolvido do meu lado. Obg",
    ],
    "en": ["Hi, confirmed, case {ref} is all sorted on my side. Thanks!"],
    "de": ["Hallo, ich bestätige: Vorgang {ref} ist bei mir erledigt. Danke!"],
    "es": ["Hola, confirmado, la incidencia {ref} está resuelta por mi parte. ¡Gracias!"],
    "it": ["Ciao, confermo, la pratica {ref} è a posto da parte mia. Grazie!"],
}

LOW_WORDS: dict[str, list[str]] = {
    "fr": ["Pas avant que ce soit réglé", "", "Très déçue", "nul"],
    "pt": ["Só depois de resolverem", "", "Muito desiludida", "péssimo"],
    "en": ["Not until this is fixed", ""],
    "de": ["Erst wenn das geklärt ist", ""],
    "es": ["Fatal", ""],
    "it": ["Pessimo", ""],
}

REPEAT_2: dict[str, list[str]] = {
    "fr": [
        "Dossier {ref} : toujours rien. Toujours le même problème, {topic}. Quelqu'un peut me répondre ?",
        "Je reviens vers vous pour le dossier {ref}, rien n'a bougé : {topic}, c'est toujours ouvert.",
    ],
    "pt": [
        "Processo {ref}: continua tudo igual. Sempre o mesmo problema, {topic}. Alguém me responde?",
        "Volto a escrever por causa do processo {ref}, nada mudou: {topic}, continua em aberto.",
    ],
    "en": ["Case {ref}: still nothing. Same problem, {topic}. Can someone answer me?"],
    "de": [
        "Vorgang {ref}: immer noch nichts. Dasselbe Problem, {topic}. Kann mir jemand antworten?"
    ],
    "es": ["Incidencia {ref}: sigue igual. El mismo problema, {topic}. ¿Alguien me contesta?"],
    "it": [
        "Pratica {ref}: ancora niente. Sempre lo stesso problema, {topic}. Qualcuno mi risponde?"
    ],
}

REPEAT_3: dict[str, list[str]] = {
    "fr": [
        "Troisième fois que je vous écris pour le dossier {ref} ({topic}). Ma collègue passe par {comp} et chez eux ce genre de problème est réglé dans la journée.",
        "Dossier {ref}, troisième message, toujours {topic}. J'ai regardé les tarifs de {comp}, franchement je me pose la question.",
    ],
    "pt": [
        "Terceira vez que escrevo sobre o processo {ref} ({topic}). Uma colega usa a {comp} e lá isto resolve-se no próprio dia.",
        "Processo {ref}, terceira mensagem, continua {topic}. Já fui ver os preços da {comp}, sinceramente estou a pensar nisso.",
    ],
    "en": [
        "Third time I'm writing about case {ref} ({topic}). A colleague uses {comp} and they sort this kind of thing the same day."
    ],
    "de": [
        "Zum dritten Mal wegen Vorgang {ref} ({topic}). Eine Kollegin bucht über {comp}, da ist so etwas am selben Tag erledigt."
    ],
    "es": [
        "Tercera vez que escribo por la incidencia {ref} ({topic}). Una compañera usa {comp} y allí esto se arregla el mismo día."
    ],
    "it": [
        "Terza volta che scrivo per la pratica {ref} ({topic}). Una collega usa {comp} e lì queste cose le risolvono in giornata."
    ],
}

REPEAT_4: dict[str, list[str]] = {
    "fr": ["QUATRIÈME fois. Dossier {ref}, {topic}, toujours pas réglé. Je n'en peux plus."],
    "pt": ["QUARTA vez. Processo {ref}, {topic}, continua por resolver. Já não aguento."],
    "en": ["FOURTH time. Case {ref}, {topic}, still not sorted. I've had enough."],
    "de": ["Zum VIERTEN Mal. Vorgang {ref}, {topic}, immer noch nicht gelöst. Mir reicht es."],
    "es": ["CUARTA vez. Incidencia {ref}, {topic}, sin resolver. Estoy harta."],
    "it": ["QUARTA volta. Pratica {ref}, {topic}, ancora non risolta. Non ne posso più."],
}

REPEAT_CALL: dict[str, str] = {
    "fr": "oui bonjour je rappelle pour le dossier {ref} c'est toujours pas réglé {topic} j'ai déjà écrit",
    "pt": "sim boa tarde estou a ligar outra vez por causa do processo {ref} continua sem estar resolvido {topic} já escrevi",
    "en": "hi I'm calling again about case {ref} it's still not sorted {topic} I've already written",
    "de": "ja hallo ich rufe nochmal wegen Vorgang {ref} an das ist immer noch nicht gelöst {topic} ich habe schon geschrieben",
    "es": "hola llamo otra vez por la incidencia {ref} sigue sin resolverse {topic} ya os escribí",
    "it": "pronto richiamo per la pratica {ref} non è ancora risolta {topic} ho già scritto",
}

# slow churners: six steps, the last names a competitor ------------------------

SLIDE: dict[str, list[str]] = {
    "fr": [
        "Sitter arrivée avec 25 minutes de retard samedi, sans un message. On a dû appeler le restaurant pour décaler. Pas le Ninnalo habituel.",
        "Troisième sitter différente en trois semaines, plus moyen d'avoir notre habituée. {kid} pleure quand elle ne connaît pas la personne. Ninnalo ?",
        "La sitter n'avait pas lu la fiche allergies et a sorti des biscuits aux noisettes. Heureusement que ma fille a dit non. Ninnalo, vos fiches servent à quoi ?",
        "Tarif horaire passé de 14,50 à 16,90 sans le moindre préavis, découvert sur la facture. Merci Ninnalo.",
        "Là c'est fini : {amount} de « frais de dernière minute » pour une garde réservée SIX jours avant, alors que l'appli affichait le contraire. Je suis furieuse contre Ninnalo.",
        "Ma sœur passe par {comp} depuis l'été, j'ai réservé leur sitter pour vendredi. On verra bien.",
    ],
    "pt": [
        "Babysitter chegou 25 minutos atrasada no sábado, sem uma mensagem. Tivemos de ligar ao restaurante a adiar. Não é a Ninnalo do costume.",
        "Terceira babysitter diferente em três semanas, já não conseguimos a nossa. O {kid} chora quando não conhece a pessoa. Ninnalo?",
        "A babysitter não leu a ficha das alergias e ia dar bolachas com avelã. Valeu a minha filha dizer que não. Ninnalo, para que servem as fichas?",
        "Preço por hora passou de 14,50 para 16,90 sem aviso nenhum, só vi na fatura. Obrigadinha Ninnalo.",
        "Acabou: {amount} de «taxa de última hora» numa reserva feita com SEIS dias de antecedência, e a app dizia o contrário. Estou furiosa com a Ninnalo.",
        "A minha irmã usa a {comp} desde o verão, já marquei a babysitter deles para sexta. Logo se vê.",
    ],
    "en": [
        "Sitter 25 minutes late on Saturday without a single message. Had to ring the restaurant to push the table. Not the Ninnalo we know.",
        "Third different sitter in three weeks, can't get our regular any more. {kid} cries when it's someone new. Ninnalo?",
        "Sitter hadn't read the allergy notes and got out hazelnut biscuits. Lucky my daughter said no. What are the notes for, Ninnalo?",
        "Hourly rate up fifteen per cent without any notice, found out on the invoice. Thanks Ninnalo.",
        "That's it: {amount} 'short-notice fee' for a booking made SIX days ahead, and the app said otherwise. Furious with Ninnalo.",
        "My sister's been using {comp} since the summer, I've booked their sitter for Friday. We'll see.",
    ],
    "de": [
        "Babysitterin am Samstag 25 Minuten zu spät, ohne eine Nachricht. Mussten im Restaurant anrufen und verschieben. Nicht das Ninnalo, das wir kennen.",
        "Dritte andere Babysitterin in drei Wochen, unsere feste bekommen wir nicht mehr. {kid} weint, wenn es jemand Fremdes ist. Ninnalo?",
        "Die Babysitterin hatte die Allergie-Notiz nicht gelesen und Haselnusskekse rausgeholt. Zum Glück hat meine Tochter nein gesagt. Wofür sind die Notizen, Ninnalo?",
        "Stundensatz von 14,50 auf 16,90 erhöht, ohne jede Ankündigung, erst auf der Rechnung gesehen. Danke Ninnalo.",
        "JETZT REICHTS: {amount} „Kurzfristgebühr“ für eine Buchung SECHS Tage vorher, die App zeigte etwas anderes. Ich bin wütend auf Ninnalo.",
        "Meine Schwester bucht seit dem Sommer bei {comp}, ich habe deren Babysitterin für Freitag gebucht. Mal sehen.",
    ],
    "es": [
        "Canguro 25 minutos tarde el sábado, sin un mensaje. Tuvimos que llamar al restaurante para retrasar. No es el Ninnalo de siempre.",
        "Tercera canguro distinta en tres semanas, ya no hay forma de tener la nuestra. {kid} llora cuando no conoce a la persona. ¿Ninnalo?",
        "La canguro no leyó la ficha de alergias y sacó galletas de avellana. Menos mal que mi hija dijo que no. Ninnalo, ¿para qué están las fichas?",
        "La tarifa por hora ha pasado de 14,50 a 16,90 sin avisar, me entero por la factura. Gracias Ninnalo.",
        "Se acabó: {amount} de «tasa de última hora» por una reserva hecha con SEIS días, y la app decía lo contrario. Estoy furiosa con Ninnalo.",
        "Mi hermana usa {comp} desde el verano, ya he reservado su canguro para el viernes. Ya veremos.",
    ],
    "it": [
        "Babysitter arrivata con 25 minuti di ritardo sabato, senza un messaggio. Abbiamo dovuto chiamare il ristorante per spostare. Non è la Ninnalo di sempre.",
        "Terza babysitter diversa in tre settimane, la nostra non si riesce più ad averla. {kid} piange quando non conosce la persona. Ninnalo?",
        "La babysitter non aveva letto la scheda allergie e ha tirato fuori i biscotti alle nocciole. Per fortuna mia figlia ha detto di no. Ninnalo, a cosa servono le schede?",
        "Tariffa oraria passata da 14,50 a 16,90 senza nessun preavviso, scoperto in fattura. Grazie Ninnalo.",
        "Basta: {amount} di «supplemento ultimo minuto» per una prenotazione fatta SEI giorni prima, e l'app diceva il contrario. Sono furiosa con Ninnalo.",
        "Mia sorella usa {comp} da quest'estate, ho prenotato la loro babysitter per venerdì. Vedremo.",
    ],
}

SLIDE_FEE_EUR = 30

LEAVE_REQ: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "Résiliation du club et fermeture du compte",
            "Bonjour,\n\nNotre cadette entre à l'école à plein temps et ma mère vient s'installer chez nous, nous n'aurons plus besoin de sitters. Merci de résilier mon abonnement Ninnalo Club et de fermer mon compte.\n\nMerci pour tout,\n{name}",
        ),
        (
            "Fermeture de compte",
            "Bonjour, les enfants sont maintenant assez grands pour rester seuls le soir. Je souhaite résilier le club Ninnalo et fermer le compte. Merci pour ces années, {first}",
        ),
    ],
    "pt": [
        (
            "Cancelamento do Club e fecho da conta",
            "Bom dia,\n\nA mais nova entra agora na escola a tempo inteiro e a minha mãe veio viver connosco, já não vamos precisar de babysitters. Peço que cancelem o Ninnalo Club e fechem a minha conta.\n\nObrigada por tudo,\n{name}",
        ),
        (
            "Fechar conta",
            "Olá, os miúdos já são crescidos para ficar sozinhos à noite. Quero cancelar o Club e fechar a conta. Obrigado por estes anos, {first}",
        ),
    ],
    "en": [
        (
            "Cancel Club and close account",
            "Hi,\n\nThe kids are old enough to stay home on their own now. Please cancel my Ninnalo Club membership and close my account.\n\nThanks for everything,\n{name}",
        )
    ],
    "de": [
        (
            "Kündigung Club und Konto",
            "Hallo,\n\nunsere Jüngste ist jetzt ganztags in der Schule und die Oma ist zu uns gezogen, wir brauchen keine Babysitterin mehr. Bitte kündigen Sie meinen Ninnalo Club und schließen Sie mein Konto.\n\nDanke für alles\n{name}",
        )
    ],
    "es": [
        (
            "Baja del Club y cierre de cuenta",
            "Hola,\n\nLos niños ya son mayores para quedarse solos por la noche. Quiero darme de baja del Club y cerrar la cuenta.\n\nGracias por todo,\n{name}",
        )
    ],
    "it": [
        (
            "Disdetta Club e chiusura account",
            "Buongiorno,\n\ni bambini ormai sono grandi per restare soli la sera. Vorrei disdire il Ninnalo Club e chiudere l'account.\n\nGrazie di tutto,\n{name}",
        )
    ],
}

GRUMBLES: dict[str, list[str]] = {
    "fr": [
        "L'appli Ninnalo me déconnecte à CHAQUE ouverture. Mot de passe, code, re-mot de passe. Pénible.",
        "Pourquoi le SMS « votre sitter arrive dans 10 minutes » pour une garde du soir tombe à 6h du matin ? Réveillée pour rien, encore.",
        "Le rayon de recherche revient à 5 km à chaque fois. Je le remets à 10, il repart à 5.",
        "Quatre rappels pour noter la sitter. QUATRE. On a compris.",
        "Le club augmente d'un euro et on l'apprend par une ligne en bas d'un e-mail. Classe.",
        "Encore les conditions générales à réaccepter avant de réserver. Troisième fois ce mois-ci.",
        "Les photos des sitters sont toutes floues dans l'appli depuis la mise à jour, on ne voit personne.",
    ],
    "pt": [
        "A app da Ninnalo faz logout SEMPRE que a abro. Password, código, password outra vez. Que seca.",
        "Porque é que o SMS «a babysitter chega em 10 minutos» de uma reserva à noite chega às 6h da manhã? Acordada para nada, outra vez.",
        "O raio de pesquisa volta sempre aos 5 km. Ponho 10, volta aos 5.",
        "Quatro lembretes para avaliar a babysitter. QUATRO. Já percebemos.",
        "O Club sobe um euro e sabemos por uma linha no fim de um e-mail. Bonito.",
        "Outra vez aceitar as condições antes de marcar. Terceira vez este mês.",
        "As fotos das babysitters estão todas desfocadas na app, não se vê ninguém.",
    ],
    "en": [
        "Ninnalo app logs me out EVERY time I open it. Password, code, password again. Tedious.",
        "Why does the 'your sitter arrives in 10 minutes' text for an evening booking come at 6am? Woken up for nothing, again.",
        "Four reminders to rate the sitter. FOUR. We get it.",
    ],
    "de": [
        "Die Ninnalo App meldet mich bei JEDEM Öffnen ab. Passwort, Code, nochmal Passwort. Nervig.",
        "Warum kommt die SMS „Ihre Babysitterin ist in 10 Minuten da“ für eine Abendbuchung um 6 Uhr morgens? Wieder umsonst geweckt.",
        "Vier Erinnerungen, die Babysitterin zu bewerten. VIER. Wir haben es verstanden.",
    ],
    "es": [
        "La app de Ninnalo me cierra la sesión CADA vez que la abro. Contraseña, código, contraseña otra vez. Qué pesadez.",
        "¿Por qué el SMS de «tu canguro llega en 10 minutos» de una reserva de noche me llega a las 6 de la mañana? Despertada para nada.",
        "Cuatro recordatorios para valorar a la canguro. CUATRO. Ya lo hemos pillado.",
    ],
    "it": [
        "L'app Ninnalo mi disconnette OGNI volta che la apro. Password, codice, di nuovo password. Che noia.",
        "Perché l'SMS «la babysitter arriva tra 10 minuti» di una prenotazione serale arriva alle 6 di mattina? Svegliata per niente.",
        "Quattro promemoria per valutare la babysitter. QUATTRO. Abbiamo capito.",
    ],
}

SARCASM: dict[str, list[str]] = {
    "fr": [
        "Merci Ninnalo pour la sitter « express » arrivée à 21h45 pour une garde à 19h, pile pour voir les enfants dormir 👏",
        "Génial, la sitter a « rangé » la cuisine en mettant les Lego dans le lave-vaisselle 😂 Ninnalo toujours pleine de surprises",
    ],
    "pt": [
        "Obrigada Ninnalo pela babysitter «expresso» que chegou às 21h45 para uma reserva às 19h, mesmo a tempo de ver os miúdos a dormir 👏",
        "Fantástico, a babysitter «arrumou» a cozinha e pôs os Lego na máquina da loiça 😂 Ninnalo sempre cheia de surpresas",
    ],
    "en": [
        "Cheers Ninnalo for the 'express' sitter who turned up at 21:45 for a 7pm booking, just in time to watch the kids sleep 👏"
    ],
    "de": [
        "Danke Ninnalo für die „Express“-Babysitterin, die um 21:45 für eine Buchung um 19 Uhr kam, gerade rechtzeitig zum Schlafen-Zuschauen 👏"
    ],
    "es": [
        "Gracias Ninnalo por la canguro «exprés» que llegó a las 21:45 para una reserva a las 19h, justo para ver a los niños dormir 👏"
    ],
    "it": [
        "Grazie Ninnalo per la babysitter «express» arrivata alle 21:45 per una prenotazione alle 19, giusto in tempo per guardare i bambini dormire 👏"
    ],
}

# quiet hours: mild remarks (text, agent's answer)
MILD: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (
            "La recherche de sitters m'affiche Lyon alors que je suis à Lille, petit bug ?",
            "Merci du signalement ! C'est la position du téléphone : vous pouvez la corriger dans Recherche > Ville. On transmet à l'équipe produit.",
        ),
        (
            "Les e-mails de confirmation arrivent en anglais depuis ce matin, pas grave mais bizarre",
            "Merci, c'est noté et transmis : vous pouvez choisir la langue des e-mails dans Compte > Préférences.",
        ),
    ],
    "pt": [
        (
            "A pesquisa de babysitters mostra-me Braga e eu estou em Lisboa, algum erro?",
            "Obrigado pelo aviso! É a localização do telemóvel: pode corrigir em Pesquisa > Cidade. Passámos à equipa de produto.",
        ),
        (
            "Os e-mails de confirmação vêm em inglês desde hoje de manhã, nada de grave mas estranho",
            "Obrigado, já passámos à equipa: pode escolher a língua dos e-mails em Conta > Preferências.",
        ),
    ],
    "en": [
        (
            "The sitter search shows Cork though I'm in Dublin, little bug?",
            "Thanks for flagging! It's the phone's location: you can change it under Search > City. Passed to the product team.",
        )
    ],
    "de": [
        (
            "Die Suche zeigt mir Graz an, obwohl ich in Wien bin, kleiner Fehler?",
            "Danke für den Hinweis! Das ist der Standort des Handys: unter Suche > Stadt änderbar. Ist ans Produktteam weitergegeben.",
        )
    ],
    "es": [
        (
            "La búsqueda me sale en Bilbao y estoy en Madrid, ¿un fallito?",
            "¡Gracias por avisar! Es la ubicación del móvil: se cambia en Búsqueda > Ciudad. Lo pasamos al equipo de producto.",
        )
    ],
    "it": [
        (
            "La ricerca mi mostra Torino ma sono a Milano, piccolo errore?",
            "Grazie della segnalazione! È la posizione del telefono: si cambia in Ricerca > Città. Passato al team prodotto.",
        )
    ],
}

FORM_ACK: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre remarque",
        "Bonjour {first},\n\nMerci pour votre remarque, elle est transmise à l'équipe produit. {answer}\n\n{agent}, Ninnalo",
    ),
    "pt": (
        "A sua observação",
        "Olá {first},\n\nObrigado pela observação, já seguiu para a equipa de produto. {answer}\n\n{agent}, Ninnalo",
    ),
    "en": (
        "Your note",
        "Hi {first},\n\nThanks for your note, it's with the product team. {answer}\n\n{agent}, Ninnalo",
    ),
    "de": (
        "Ihr Hinweis",
        "Hallo {first},\n\ndanke für den Hinweis, er ist beim Produktteam. {answer}\n\n{agent}, Ninnalo",
    ),
    "es": (
        "Tu comentario",
        "Hola {first},\n\nGracias por el comentario, ya lo tiene el equipo de producto. {answer}\n\n{agent}, Ninnalo",
    ),
    "it": (
        "La tua segnalazione",
        "Ciao {first},\n\ngrazie della segnalazione, è passata al team prodotto. {answer}\n\n{agent}, Ninnalo",
    ),
}

# topic_spike: the slow evening search of two grumblers (text, answer)
SLOW_SEARCH: dict[str, tuple[str, str]] = {
    "fr": (
        "le soir la recherche de sitters met 20 secondes à charger, c'est long quand on est pressé",
        "Bonjour, merci, c'est connu aux heures de pointe du soir, l'équipe y travaille cette semaine.",
    ),
    "pt": (
        "à noite a pesquisa de babysitters demora uns 20 segundos a carregar, é muito tempo quando se está com pressa",
        "Olá, obrigado, é conhecido nas horas de ponta da noite, a equipa está a tratar disso esta semana.",
    ),
}

# the spike -----------------------------------------------------------------------

SPIKE_CODE = "SR/2204"

SPIKE_REPORT: dict[str, list[str]] = {
    "fr": [
        "Ce matin l'appli a transformé ma réservation de ce soir en série hebdomadaire jusqu'en juin : 31 gardes avec {sitter} et 31 e-mails de confirmation. Quand j'essaie d'annuler la série : erreur SR/2204.",
        "Je n'ai réservé qu'UNE soirée et je me retrouve avec une garde chaque samedi jusqu'au 26 juin ! Impossible de supprimer, « SR/2204 » à chaque fois.",
        "Ma boîte mail explose : 30 confirmations Ninnalo, ma sitter de mardi est réservée toutes les semaines jusqu'à l'été. Bouton annuler → code SR/2204.",
    ],
    "pt": [
        "Esta manhã a app transformou a reserva de hoje à noite numa série semanal até junho: 31 reservas com a {sitter} e 31 e-mails de confirmação. Quando tento cancelar a série: erro SR/2204.",
        "Só marquei UMA noite e agora tenho babysitter todos os sábados até 26 de junho! Não dá para apagar, «SR/2204» sempre.",
        "A minha caixa de correio a rebentar: 30 confirmações da Ninnalo, a babysitter de terça marcada todas as semanas até ao verão. Botão cancelar → código SR/2204.",
    ],
    "en": [
        "This morning the app turned tonight's one-off booking into a weekly series until June: 31 bookings with {sitter} and 31 confirmation emails. Cancelling the series gives error SR/2204.",
        "I booked ONE evening and now have a sitter every Saturday till 26 June. Can't delete it, SR/2204 every time.",
    ],
    "de": [
        "Heute früh hat die App meine einmalige Buchung für heute Abend in eine wöchentliche Serie bis Juni verwandelt: 31 Termine mit {sitter}, 31 Bestätigungsmails. Serie stornieren → Fehler SR/2204.",
        "Ich habe EINEN Abend gebucht und jetzt jeden Samstag bis 26. Juni eine Babysitterin. Löschen geht nicht, immer SR/2204.",
    ],
    "es": [
        "Esta mañana la app ha convertido mi reserva de esta noche en una serie semanal hasta junio: 31 reservas con {sitter} y 31 correos de confirmación. Al cancelar la serie: error SR/2204.",
        "Reservé UNA noche y ahora tengo canguro todos los sábados hasta el 26 de junio. No se puede borrar, SR/2204 cada vez.",
    ],
    "it": [
        "Stamattina l'app ha trasformato la prenotazione di stasera in una serie settimanale fino a giugno: 31 appuntamenti con {sitter} e 31 email di conferma. Se annullo la serie: errore SR/2204.",
        "Ho prenotato UNA sera e ora ho la babysitter ogni sabato fino al 26 giugno. Non si cancella, SR/2204 ogni volta.",
    ],
}

SPIKE_SOCIAL_TAIL: dict[str, list[str]] = {
    "fr": ["Vous regardez ça quand ?? 😱", "C'est quoi ce bug", ""],
    "pt": ["Alguém vê isto?? 😱", "Que bug é este", ""],
    "en": ["Help 😱"],
    "de": ["Was ist da los 😱"],
    "es": ["¿Qué pasa? 😱"],
    "it": ["Che succede 😱"],
}

SPIKE_COMMUNITY_OPEN: dict[str, list[str]] = {
    "fr": ["Quelqu'un d'autre a ça ce matin ? ", "Bug Ninnalo ce matin ? "],
    "pt": ["Mais alguém com isto hoje de manhã? ", "Bug na Ninnalo esta manhã? "],
    "en": ["Anyone else this morning? "],
    "de": ["Hat das noch jemand heute früh? "],
    "es": ["¿A alguien más le pasa esta mañana? "],
    "it": ["Capita anche a voi stamattina? "],
}

SPIKE_CHAT_TAIL: dict[str, str] = {
    "fr": " Je fais quoi ?",
    "pt": " O que é que faço?",
    "en": " What do I do?",
    "de": " Was soll ich tun?",
    "es": " ¿Qué hago?",
    "it": " Cosa faccio?",
}

SPIKE_MAIL: dict[str, tuple[str, str]] = {
    "fr": (
        "Réservation transformée en série, erreur SR/2204",
        "Bonjour,\n\n{report}\n\nMerci de supprimer ces gardes, je n'en veux qu'une.\n\n{first}",
    ),
    "pt": (
        "Reserva transformada em série, erro SR/2204",
        "Olá,\n\n{report}\n\nPor favor apaguem estas reservas, só quero uma.\n\n{first}",
    ),
    "en": (
        "Booking turned into a series, error SR/2204",
        "Hello,\n\n{report}\n\nPlease remove these, I only want the one.\n\n{first}",
    ),
    "de": (
        "Buchung zur Serie geworden, Fehler SR/2204",
        "Hallo,\n\n{report}\n\nBitte löschen Sie diese Termine, ich will nur den einen.\n\n{first}",
    ),
    "es": (
        "Reserva convertida en serie, error SR/2204",
        "Hola,\n\n{report}\n\nPor favor borrad esas reservas, solo quiero una.\n\n{first}",
    ),
    "it": (
        "Prenotazione diventata una serie, errore SR/2204",
        "Buongiorno,\n\n{report}\n\nPer favore cancellate questi appuntamenti, ne voglio solo uno.\n\n{first}",
    ),
}

SPIKE_FORM_TAIL: dict[str, str] = {
    "fr": " Réservation d'origine : ce samedi soir uniquement.",
    "pt": " Reserva original: só este sábado à noite.",
    "en": " Original booking: this Saturday evening only.",
    "de": " Ursprüngliche Buchung: nur dieser Samstagabend.",
    "es": " Reserva original: solo este sábado por la noche.",
    "it": " Prenotazione originale: solo questo sabato sera.",
}

SPIKE_REPEAT: dict[str, list[str]] = {
    "fr": [
        "Toujours SR/2204, même sur l'ordinateur de mon mari. La série est toujours là et la sitter vient de m'écrire pour confirmer samedi prochain.",
        "Je réessaie : toujours erreur SR/2204, 31 gardes dans le calendrier. Toujours pas réglé.",
    ],
    "pt": [
        "Continua SR/2204, até no computador do meu marido. A série continua lá e a babysitter já me escreveu a confirmar o próximo sábado.",
        "Tentei outra vez: sempre erro SR/2204, 31 reservas no calendário. Continua igual.",
    ],
    "en": [
        "Still SR/2204, on my husband's laptop too. The series is still there and the sitter just texted to confirm next Saturday."
    ],
    "de": [
        "Immer noch SR/2204, auch am Laptop meines Mannes. Die Serie ist noch da und die Babysitterin hat schon für nächsten Samstag zugesagt."
    ],
    "es": [
        "Sigue SR/2204, también en el portátil de mi marido. La serie sigue ahí y la canguro ya me ha confirmado el sábado que viene."
    ],
    "it": [
        "Sempre SR/2204, anche dal portatile di mio marito. La serie è ancora lì e la babysitter mi ha già confermato sabato prossimo."
    ],
}

SPIKE_CHAT_ANSWER: dict[str, str] = {
    "fr": "Bonjour, oui : ce matin des réservations ponctuelles ont été transformées en séries hebdomadaires, nos ingénieurs s'en occupent. Rien ne vous sera facturé en plus et votre garde de ce soir est maintenue.",
    "pt": "Olá, sim: esta manhã algumas reservas únicas foram transformadas em séries semanais, os nossos engenheiros estão a tratar disso. Não lhe será cobrado nada a mais e a reserva de hoje mantém-se.",
    "en": "Hi, yes: this morning some one-off bookings were turned into weekly series, our engineers are on it. You won't be charged anything extra and tonight's booking stands.",
    "de": "Hallo, ja: heute früh wurden einmalige Buchungen in wöchentliche Serien umgewandelt, unsere Technik ist dran. Ihnen wird nichts zusätzlich berechnet, die Buchung heute Abend bleibt.",
    "es": "Hola, sí: esta mañana algunas reservas puntuales se han convertido en series semanales, nuestros ingenieros están en ello. No se te cobrará nada de más y la reserva de esta noche se mantiene.",
    "it": "Ciao, sì: stamattina alcune prenotazioni singole sono diventate serie settimanali, i nostri tecnici ci stanno lavorando. Non ti verrà addebitato nulla in più e la prenotazione di stasera resta.",
}

SPIKE_FIX: dict[str, tuple[str, str]] = {
    "fr": (
        "Votre réservation : série supprimée",
        "Bonjour {first},\n\nC'est réparé depuis {local} : les séries créées par erreur ce matin sont supprimées, votre réservation d'origine est maintenue et rien ne vous sera facturé en plus. Pour nous excuser, nous avons ajouté {voucher} sur votre compte.\n\n{agent}, Ninnalo",
    ),
    "pt": (
        "A sua reserva: série apagada",
        "Olá {first},\n\nEstá resolvido desde as {local}: as séries criadas por erro esta manhã foram apagadas, a sua reserva original mantém-se e não será cobrado nada a mais. Como pedido de desculpa, juntámos {voucher} à sua conta.\n\n{agent}, Ninnalo",
    ),
    "en": (
        "Your booking: series removed",
        "Hi {first},\n\nFixed since {local}: the series created by mistake this morning are gone, your original booking stands and nothing extra will be charged. To say sorry we've added {voucher} to your account.\n\n{agent}, Ninnalo",
    ),
    "de": (
        "Ihre Buchung: Serie gelöscht",
        "Hallo {first},\n\nseit {local} ist es behoben: die heute früh versehentlich erzeugten Serien sind gelöscht, Ihre ursprüngliche Buchung bleibt und es wird nichts zusätzlich berechnet. Als Entschuldigung haben wir {voucher} auf Ihr Konto gebucht.\n\n{agent}, Ninnalo",
    ),
    "es": (
        "Tu reserva: serie eliminada",
        "Hola {first},\n\nArreglado desde las {local}: las series creadas por error esta mañana están borradas, tu reserva original se mantiene y no se cobrará nada de más. Para disculparnos, hemos añadido {voucher} a tu cuenta.\n\n{agent}, Ninnalo",
    ),
    "it": (
        "La tua prenotazione: serie eliminata",
        "Ciao {first},\n\nrisolto dalle {local}: le serie create per errore stamattina sono state eliminate, la prenotazione originale resta e non verrà addebitato nulla in più. Per scusarci abbiamo aggiunto {voucher} al tuo account.\n\n{agent}, Ninnalo",
    ),
}

# two lone questions on the Friday before: a new switch that worked (question, answer)
LONE_Q: dict[str, tuple[str, str]] = {
    "fr": (
        "Bonjour, hier soir j'ai vu un nouveau bouton « répéter chaque semaine » sur l'écran de réservation, je ne l'ai pas coché. Ma garde de demain reste bien une seule soirée ?",
        "Bonjour, oui : ce bouton est nouveau et désactivé par défaut, votre garde de demain est bien une réservation unique.",
    ),
    "pt": (
        "Olá, ontem à noite apareceu um botão novo «repetir todas as semanas» no ecrã da reserva, não o liguei. A reserva de amanhã continua a ser só uma noite, certo?",
        "Olá, certo: o botão é novo e vem desligado, a reserva de amanhã é única.",
    ),
}
