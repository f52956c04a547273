# ruff: noqa: E501
"""Wording for heldout313: Partivo, sheet-music hire by post and a digital score app.

Every table is keyed by language (en, pt first; de, es, fr, it). Placeholders:
{case} case reference, {prod} product, {amt} amount, {comp} competitor,
{first} a colleague's first name, {day} a weekday, {time} a local time.
"""

from __future__ import annotations

BRAND = "Partivo"
PLAN = "Partivo Encore"
ARM = "Partivo Ensemble"
COMPETITORS = ("Scorello", "Tactmeister")
LANGS = ("en", "pt", "de", "es", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

PRODUCTS = (
    ("Vocal scores Handel Messiah, set of 30, 6 weeks", "84.00"),
    ("Orchestral parts Brahms Symphony 2, full set, 2 months", "162.00"),
    ("Brass band pack, Christmas carols, 25 books", "58.50"),
    ("Piano-vocal score, musical theatre medley, 1 month", "12.90"),
    ("String quartet parts Dvorak American, 4 weeks", "19.80"),
    ("Digital pack Faure Requiem, choir of 20", "45.00"),
    ("Wind band parts, film music suite, 6 weeks", "71.00"),
    ("Organ score Widor Toccata, 3 weeks", "8.40"),
)

B2B_PRODUCTS = (
    ("Performance set Carmina Burana, choir 60 + orchestra, season", "640.00"),
    ("Orchestral set Beethoven 9, 3 concerts", "410.00"),
    ("School ensemble library, 12 titles, term", "290.00"),
    ("Church choir pack, Advent and Christmas, 40 singers", "215.00"),
)

PAGES = ("/catalogue", "/choir", "/orchestra", "/encore", "/app/library", "/returns", "/help/post")

MARKETS = {
    "en": (("UK", 3), ("IE", 1)),
    "pt": (("PT", 4), ("LU", 1)),
    "de": (("DE", 3), ("AT", 1), ("CH", 1)),
    "es": (("ES", 1),),
    "fr": (("FR", 2), ("BE", 1)),
    "it": (("IT", 3), ("CH", 1)),
}

FIRST = {
    "en": (
        "Gemma",
        "Owen",
        "Niamh",
        "Callum",
        "Harriet",
        "Declan",
        "Imogen",
        "Rhys",
        "Bethany",
        "Tobias",
        "Orla",
        "Hamish",
    ),
    "pt": (
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Mariana",
        "Duarte",
        "Catarina",
        "Nuno",
        "Leonor",
        "Gonçalo",
        "Joana",
        "Vasco",
    ),
    "de": ("Anke", "Jonas", "Friederike", "Malte", "Svenja", "Till", "Wiebke", "Henrik"),
    "es": ("Aitana", "Íñigo", "Nerea", "Unai", "Rocío", "Borja", "Maite", "Álvaro"),
    "fr": ("Solène", "Gaspard", "Maëlle", "Théo", "Ombeline", "Basile", "Capucine", "Loïc"),
    "it": (
        "Ginevra",
        "Matteo",
        "Ludovica",
        "Tommaso",
        "Chiara",
        "Edoardo",
        "Benedetta",
        "Riccardo",
    ),
}

LAST = {
    "en": (
        "Pryce",
        "Hollis",
        "Keane",
        "Marsh",
        "Doyle",
        "Fenwick",
        "Quinlan",
        "Ashby",
        "Rowntree",
        "Gallagher",
    ),
    "pt": (
        "Valadares",
        "Cordeiro",
        "Meireles",
        "Pacheco",
        "Amaral",
        "Sequeira",
        "Fontes",
        "Barros",
        "Vilaça",
        "Teixeira",
    ),
    "de": ("Behrens", "Kleinschmidt", "Lohmann", "Voss", "Reinholz", "Brückner"),
    "es": ("Zubiaurre", "Olmedo", "Cifuentes", "Arrieta", "Bermejo", "Salcedo"),
    "fr": ("Marchetti", "Lenoir", "Vasseur", "Delorme", "Chevalier", "Aubert"),
    "it": ("Bertolini", "Castellano", "Pagnotta", "Ferrandi", "Zanetti", "Morandi"),
}

TOWNS = {
    "UK": ("Leeds", "Bristol", "Norwich", "York"),
    "IE": ("Galway", "Cork"),
    "PT": ("Braga", "Coimbra", "Porto", "Aveiro", "Évora"),
    "LU": ("Esch-sur-Alzette",),
    "DE": ("Münster", "Kassel", "Leipzig"),
    "AT": ("Graz",),
    "CH": ("Luzern", "Lugano"),
    "ES": ("Bilbao", "Valladolid"),
    "FR": ("Nantes", "Dijon"),
    "BE": ("Namur",),
    "IT": ("Bergamo", "Parma"),
}

PHONE = {
    "UK": ("+44", "7", 10),
    "IE": ("+353", "8", 9),
    "PT": ("+351", "9", 9),
    "LU": ("+352", "6", 9),
    "DE": ("+49", "15", 11),
    "AT": ("+43", "66", 10),
    "CH": ("+41", "7", 9),
    "ES": ("+34", "6", 9),
    "FR": ("+33", "6", 9),
    "BE": ("+32", "4", 9),
    "IT": ("+39", "3", 10),
}

CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}

T: dict[str, dict[str, list[str]]] = {
    "praise": {
        "en": [
            "Our choir's Messiah scores from {brand} came two days early, clean copies, no old pencil marks everywhere. Lovely.",
            "Honestly the {brand} app's page turner saved my concert last night, foot pedal and all. Brilliant.",
            "Hired a full set of orchestra parts from {brand} for our community orchestra, every desk had its part. Smooth as anything.",
            "{brand} return label in the box, dropped it at the post office on the way to rehearsal. Easiest hire ever",
        ],
        "pt": [
            "As partituras do Requiem chegaram da {brand} impecáveis, o coro ficou radiante. Recomendo!",
            "A app da {brand} para virar as páginas com o pedal é uma maravilha, toquei o concerto inteiro sem stress",
            "Alugámos as partes de orquestra na {brand} e vieram todas certinhas, até as de percussão. Cinco estrelas",
            "Encomendei ontem à noite e hoje de manhã já tinha as partituras digitais no tablet. {brand} top",
        ],
        "de": [
            "Die Chorpartituren von {brand} kamen sauber und vollständig, keine einzige fehlende Seite. Danke!",
            "Mit der {brand}-App blättere ich per Fußpedal um, das Konzert lief wie am Schnürchen.",
        ],
        "es": [
            "Las partituras del coro llegaron de {brand} antes de tiempo y en perfecto estado. Un gustazo",
            "La app de {brand} para pasar página con el pedal me salvó el concierto, de verdad",
        ],
        "fr": [
            "Les partitions de chœur de {brand} sont arrivées nickel, toutes annotables au crayon. Merci !",
            "L'appli {brand} qui tourne les pages avec la pédale, un bonheur pour le récital de dimanche.",
        ],
        "it": [
            "Le parti d'orchestra noleggiate da {brand} sono arrivate complete e pulitissime. Bravi!",
            "L'app di {brand} che gira le pagine col pedale è una svolta, concerto filato liscio.",
        ],
    },
    "again": {
        "en": [
            "Third concert season hiring from {brand} and still not one missing part. Keep it up",
            "Again the same lovely person packing our box, a handwritten note inside. {brand} never gets old",
        ],
        "pt": [
            "Terceira vez este ano que alugo na {brand} e outra vez tudo perfeito",
            "Mais uma vez as partituras chegaram antes do prazo. {brand}, continuem assim",
        ],
        "de": ["Schon die dritte Saison mit {brand}, und wieder alles pünktlich da."],
        "es": ["Tercera temporada con {brand} y otra vez todo perfecto, ni una parte perdida"],
        "fr": ["Troisième saison avec {brand}, et toujours aussi fiable."],
        "it": ["Terza stagione con {brand} e ancora tutto perfetto, bravi davvero"],
    },
    "gripe_praise": {
        "en": [
            "Really pleased with {brand}, only wish the return box was a bit sturdier. Otherwise spot on",
            "Great service, scores perfect. The app could remember my last page though, small thing",
        ],
        "pt": [
            "Muito contente com a {brand}, só a caixa de devolução é um bocadinho frágil. De resto tudo ótimo",
            "Serviço excelente, só gostava que a app guardasse as minhas anotações na nuvem. Pormenor",
        ],
        "de": ["Sehr gut, nur die Rücksendebox ist etwas dünn. Sonst gerne wieder"],
        "es": [
            "Muy contenta con {brand}, solo que la caja de devolución es algo floja. Por lo demás genial"
        ],
        "fr": ["Très bien, juste le carton de retour un peu fragile. Sinon parfait"],
        "it": ["Molto bene, solo la scatola per il reso è un po' leggera. Per il resto ottimo"],
    },
    "chat_q": {
        "en": [
            "Hi, can I extend my Messiah hire by a week? Our concert moved",
            "Quick one, do the orchestral parts come with bowings marked?",
            "Is the Encore plan worth it if I hire about once a month?",
        ],
        "pt": [
            "Olá, posso prolongar o aluguer das partituras mais uma semana? O concerto foi adiado",
            "Boa tarde, as partes de cordas vêm com as arcadas marcadas?",
            "O plano Encore compensa se eu alugar uma vez por mês?",
        ],
        "de": [
            "Hallo, kann ich die Leihe um eine Woche verlängern? Unser Konzert wurde verschoben"
        ],
        "es": ["Hola, ¿puedo alargar el alquiler una semana más? Nos han movido el concierto"],
        "fr": ["Bonjour, je peux prolonger la location d'une semaine ? Le concert est décalé"],
        "it": ["Ciao, posso prolungare il noleggio di una settimana? Il concerto è slittato"],
    },
    "chat_a": {
        "en": [
            "Of course! I've extended it, you'll see the new return date in the app.",
            "Yes, all our string parts come with the bowings from the last edition. Anything else?",
        ],
        "pt": [
            "Claro! Já prolonguei, a nova data de devolução aparece na app.",
            "Sim, as partes de cordas vêm com as arcadas da última edição. Mais alguma coisa?",
        ],
        "de": ["Natürlich, ich habe verlängert, das neue Rückgabedatum steht in der App."],
        "es": ["¡Claro! Ya está ampliado, verás la nueva fecha de devolución en la app."],
        "fr": ["Bien sûr, c'est prolongé, la nouvelle date de retour est dans l'appli."],
        "it": ["Certo, ho prolungato, trovi la nuova data di reso nell'app."],
    },
    "thanks": {
        "en": ["Perfect, thanks!", "Brilliant, cheers", "Thank you, that's great"],
        "pt": ["Perfeito, obrigado!", "Ótimo, obg", "Muito obrigada, era isso"],
        "de": ["Super, danke!"],
        "es": ["Genial, gracias!"],
        "fr": ["Parfait, merci !"],
        "it": ["Perfetto, grazie!"],
    },
    "email_q": {
        "en": [
            "Hello, we're a choir of 28 and would like the Fauré Requiem for May. Do you do a set with organ part included? Thanks, {name}",
            "Hi there, could I hire the Brahms parts for two extra weeks over Easter? Many thanks, {name}",
        ],
        "pt": [
            "Bom dia, somos um coro de 25 vozes e queríamos o Requiem de Fauré para maio. Tem a parte de órgão incluída? Obrigada, {name}",
            "Olá, é possível alugar as partes da sinfonia por mais duas semanas na Páscoa? Cumprimentos, {name}",
        ],
        "de": [
            "Guten Tag, gibt es den Messias auch als Klavierauszug in Großdruck? Viele Grüße, {name}"
        ],
        "es": ["Hola, ¿tenéis el Mesías en edición de letra grande para el coro? Gracias, {name}"],
        "fr": [
            "Bonjour, avez-vous le Messie en grands caractères pour notre chœur ? Merci, {name}"
        ],
        "it": [
            "Buongiorno, avete il Messia in edizione a caratteri grandi per il coro? Grazie, {name}"
        ],
    },
    "email_a": {
        "en": [
            "Hello {name}, yes, we have it and I've put a set aside for you. Kind regards, {agent}, {brand}"
        ],
        "pt": [
            "Olá {name}, sim, temos e já reservei um conjunto para si. Cumprimentos, {agent}, {brand}"
        ],
        "de": [
            "Hallo {name}, ja, haben wir, ich habe Ihnen einen Satz reserviert. Viele Grüße, {agent}, {brand}"
        ],
        "es": [
            "Hola {name}, sí, la tenemos y te he reservado un juego. Un saludo, {agent}, {brand}"
        ],
        "fr": [
            "Bonjour {name}, oui, nous l'avons et je vous ai réservé un lot. Cordialement, {agent}, {brand}"
        ],
        "it": [
            "Buongiorno {name}, sì, ce l'abbiamo e le ho riservato un set. Cordiali saluti, {agent}, {brand}"
        ],
    },
    "subj_q": {
        "en": ["Question about a hire", "Requiem for May"],
        "pt": ["Pergunta sobre aluguer", "Requiem para maio"],
        "de": ["Frage zur Leihe"],
        "es": ["Consulta alquiler"],
        "fr": ["Question location"],
        "it": ["Domanda noleggio"],
    },
    "phone_q": {
        "en": [
            "hi yes i just wanted to check if the return postage is included with the orchestra parts or do i pay that",
            "hello i'm ringing about the encore plan can i pause it over the summer when the choir's off",
        ],
        "pt": [
            "olá bom dia queria saber se os portes de devolução estão incluídos no aluguer das partes de orquestra",
            "boa tarde era para saber se posso suspender o plano encore no verão quando o coro para",
        ],
        "de": ["ja hallo ich wollte fragen ob das Rückporto bei den Orchesterstimmen dabei ist"],
        "es": [
            "hola buenas quería saber si el envío de vuelta va incluido con las partes de orquesta"
        ],
        "fr": [
            "oui bonjour je voulais savoir si le retour est compris pour les parties d'orchestre"
        ],
        "it": [
            "pronto buongiorno volevo sapere se la spedizione di reso è compresa per le parti d'orchestra"
        ],
    },
    "phone_f": {
        "en": [
            "Following up on your call: yes, return postage is included, the label is in the box. {agent}, {brand}"
        ],
        "pt": [
            "Na sequência da sua chamada: sim, os portes de devolução estão incluídos, a etiqueta vem na caixa. {agent}, {brand}"
        ],
        "de": [
            "Zu Ihrem Anruf: Ja, das Rückporto ist inklusive, das Etikett liegt in der Box. {agent}, {brand}"
        ],
        "es": [
            "Sobre tu llamada: sí, la devolución va incluida, la etiqueta está en la caja. {agent}, {brand}"
        ],
        "fr": [
            "Suite à votre appel : oui, le retour est inclus, l'étiquette est dans le carton. {agent}, {brand}"
        ],
        "it": [
            "In merito alla sua chiamata: sì, il reso è incluso, l'etichetta è nella scatola. {agent}, {brand}"
        ],
    },
    "review": {
        "en": [
            "Clean, complete parts and a return label in the box. Will hire again.",
            "Our conductor was impressed, every desk had what it needed.",
        ],
        "pt": [
            "Partituras limpas e completas, devolução facílima. Voltarei a alugar.",
            "O maestro ficou impressionado, tudo certinho.",
        ],
        "de": ["Saubere, vollständige Stimmen, Rücksendung ganz einfach."],
        "es": ["Partituras limpias y completas, devolución facilísima."],
        "fr": ["Parties propres et complètes, retour très simple."],
        "it": ["Parti pulite e complete, reso semplicissimo."],
    },
    "survey_word": {
        "en": ["great", "spot on", "👍", ""],
        "pt": ["excelente", "muito bom", "🎶", ""],
        "de": ["prima", ""],
        "es": ["genial", ""],
        "fr": ["top", ""],
        "it": ["ottimo", ""],
    },
    "night_post": {
        "en": [
            "2am and still marking breaths in my {brand} score for Sunday's Evensong. Choir life",
            "can't sleep so practising the alto line on the {brand} app with headphones. night shift brain",
        ],
        "pt": [
            "3 da manhã a anotar as respirações na partitura da {brand}. Vida de coralista",
            "sem sono, a estudar a minha parte na app da {brand} com auscultadores depois do turno",
        ],
        "de": [
            "Halb drei und ich übe noch die Tenorstimme in der {brand}-App. Nachtschicht vorbei, Kopf wach"
        ],
        "es": ["Las 3 y aquí sigo marcando respiraciones en la partitura de {brand}. Vida de coro"],
        "fr": [
            "3h du mat et je note encore les respirations sur ma partition {brand}. Vie de choriste"
        ],
        "it": ["Le 3 di notte e sto ancora segnando i respiri sulla partitura di {brand}"],
    },
    "night_q": {
        "en": [
            "hi, still up, if I hire tonight can the digital score be on my tablet before 9am rehearsal?",
            "late question sorry, can I post the return box from a parcel locker?",
        ],
        "pt": [
            "olá, ainda acordado, se alugar agora a partitura digital fica no tablet antes do ensaio das 9?",
            "desculpem a hora, posso devolver a caixa num cacifo?",
        ],
        "de": [
            "Hallo, noch wach: wenn ich jetzt miete, ist die digitale Partitur vor der Probe um 9 da?"
        ],
        "es": [
            "Hola, sigo despierta, si alquilo ahora ¿tengo la partitura digital antes del ensayo de las 9?"
        ],
        "fr": [
            "Bonsoir, si je loue maintenant, la partition numérique sera là avant la répét de 9h ?"
        ],
        "it": ["Ciao, se noleggio adesso la partitura digitale arriva prima della prova delle 9?"],
    },
    "night_a": {
        "en": ["Yes, digital scores appear in your library within minutes, any time of day."],
        "pt": ["Sim, as partituras digitais aparecem na biblioteca em minutos, a qualquer hora."],
        "de": [
            "Ja, digitale Partituren sind in wenigen Minuten in Ihrer Bibliothek, rund um die Uhr."
        ],
        "es": [
            "Sí, las partituras digitales aparecen en tu biblioteca en minutos, a cualquier hora."
        ],
        "fr": [
            "Oui, les partitions numériques arrivent dans votre bibliothèque en quelques minutes."
        ],
        "it": ["Sì, le partiture digitali compaiono in libreria in pochi minuti, a qualsiasi ora."],
    },
}

# Consumer problems: not_arrived, double_charge, damaged, deposit, wrong_price, late_fee.
PROBLEMS = ("not_arrived", "double_charge", "damaged", "deposit", "wrong_price", "late_fee")

COMPLAINT: dict[str, dict[str, list[str]]] = {
    "not_arrived": {
        "en": [
            "The app says our {prod} was DELIVERED on Tuesday. Nothing came. Nobody here signed for anything and the concert is on Saturday. What am I supposed to give 30 singers?",
            "Tracking says delivered, there is no parcel. Not with the neighbours, not in the shed. Concert in four days. Please sort this today.",
        ],
        "pt": [
            "A app diz que as partituras foram ENTREGUES na terça. Não chegou nada. Ninguém assinou nada e o concerto é sábado. O que é que eu dou a 30 coralistas?",
            "O seguimento diz entregue mas não há encomenda nenhuma, nem nos vizinhos. Concerto daqui a quatro dias. Resolvam isto hoje por favor.",
        ],
        "de": [
            "Laut App GELIEFERT am Dienstag. Hier ist nichts angekommen, niemand hat unterschrieben, und Samstag ist Konzert."
        ],
        "es": [
            "La app dice ENTREGADO el martes. Aquí no ha llegado nada y el concierto es el sábado. ¿Qué le doy yo al coro?"
        ],
        "fr": [
            "L'appli indique LIVRÉ mardi. Rien reçu, personne n'a signé, et le concert est samedi."
        ],
        "it": ["L'app dice CONSEGNATO martedì. Qui non è arrivato niente e il concerto è sabato."],
    },
    "double_charge": {
        "en": [
            "You've charged my card TWICE for the same hire, {amt} each time. That was my food shop money this week.",
            "Two identical payments for one {prod}. I only pressed pay once. I want one of them back now.",
        ],
        "pt": [
            "Cobraram-me DUAS vezes o mesmo aluguer, {amt} cada. Era o dinheiro das compras da semana.",
            "Dois pagamentos iguais para um só aluguer. Carreguei uma vez. Quero o dinheiro de volta já.",
        ],
        "de": [
            "Sie haben ZWEIMAL {amt} abgebucht für eine einzige Leihe. Ich will das Geld zurück."
        ],
        "es": [
            "Me habéis cobrado DOS veces el mismo alquiler, {amt} cada una. Quiero mi dinero ya."
        ],
        "fr": ["Vous m'avez débité DEUX fois {amt} pour une seule location. Remboursez-moi."],
        "it": ["Mi avete addebitato DUE volte {amt} per lo stesso noleggio. Rivoglio i soldi."],
    },
    "damaged": {
        "en": [
            "Half the alto copies in the {prod} are missing pages 40 to 56 and two are water damaged. We rehearse tonight. Unusable.",
            "Opened the box and the scores smell of damp, pages stuck together, three missing the last chorus. Not good enough.",
        ],
        "pt": [
            "Metade das partituras de contralto não tem as páginas 40 a 56 e duas estão molhadas. Ensaiamos hoje. Inutilizável.",
            "Abri a caixa e as partituras cheiram a humidade, folhas coladas, três sem o último coro. Inaceitável.",
        ],
        "de": [
            "In der Hälfte der Altstimmen fehlen die Seiten 40 bis 56, zwei sind nass. Heute Abend ist Probe."
        ],
        "es": [
            "A la mitad de las partituras de contralto les faltan las páginas 40 a 56 y dos están mojadas. Ensayamos hoy."
        ],
        "fr": [
            "La moitié des partitions d'alto n'ont pas les pages 40 à 56 et deux sont mouillées. Répétition ce soir."
        ],
        "it": [
            "Metà delle parti dei contralti non ha le pagine da 40 a 56 e due sono bagnate. Proviamo stasera."
        ],
    },
    "deposit": {
        "en": [
            "Returned the {prod} THREE weeks ago, tracked, and my {amt} deposit still hasn't come back. Where is it?",
            "Your own tracking shows the box arrived on the 3rd. Still no deposit refund. I've waited long enough.",
        ],
        "pt": [
            "Devolvi as partituras há TRÊS semanas, com seguimento, e a caução de {amt} ainda não voltou. Onde está?",
            "O vosso próprio seguimento mostra que a caixa chegou dia 3. Nada da caução. Já esperei demais.",
        ],
        "de": [
            "Vor DREI Wochen zurückgeschickt, mit Sendungsnummer, und die Kaution von {amt} ist immer noch nicht da."
        ],
        "es": [
            "Devolví todo hace TRES semanas, con seguimiento, y la fianza de {amt} sigue sin llegar."
        ],
        "fr": [
            "Retourné il y a TROIS semaines, suivi à l'appui, et ma caution de {amt} n'est toujours pas revenue."
        ],
        "it": [
            "Ho restituito tutto TRE settimane fa, tracciato, e la cauzione di {amt} non è ancora tornata."
        ],
    },
    "wrong_price": {
        "en": [
            "I pay for Encore every month and you charged me the full non-member price for the {prod}. {amt} instead of the member rate. Why am I paying for Encore?",
            "Member price shown in the app, full price taken from my card. I'm an Encore member, fix it.",
        ],
        "pt": [
            "Pago o Encore todos os meses e cobraram-me o preço de não sócio, {amt}. Para que pago eu o Encore?",
            "Na app aparece o preço de sócio e no cartão levaram o preço cheio. Sou sócia Encore, corrijam.",
        ],
        "de": [
            "Ich zahle jeden Monat Encore und Sie berechnen mir den vollen Preis, {amt}. Wofür zahle ich dann?"
        ],
        "es": [
            "Pago Encore cada mes y me habéis cobrado el precio de no socio, {amt}. ¿Para qué pago entonces?"
        ],
        "fr": [
            "Je paie Encore chaque mois et vous m'avez facturé le plein tarif, {amt}. À quoi sert l'abonnement ?"
        ],
        "it": [
            "Pago Encore ogni mese e mi avete fatto pagare il prezzo pieno, {amt}. A che serve l'abbonamento?"
        ],
    },
    "late_fee": {
        "en": [
            "A {amt} late return fee?? The box was posted two days BEFORE the due date, I have the receipt with the date on it.",
            "Charged a late fee though your own tracking shows it back on time. Take it off please, this is ridiculous.",
        ],
        "pt": [
            "Uma multa de atraso de {amt}?? A caixa foi enviada DOIS dias antes do prazo, tenho o talão com a data.",
            "Cobraram-me atraso quando o vosso seguimento mostra que chegou a tempo. Retirem isso, é ridículo.",
        ],
        "de": [
            "{amt} Verspätungsgebühr?? Das Paket ging ZWEI Tage vor Fristende raus, ich habe den Beleg."
        ],
        "es": [
            "¿Un recargo de {amt} por retraso? La caja salió DOS días antes de la fecha, tengo el resguardo."
        ],
        "fr": [
            "{amt} de frais de retard ?? Le colis est parti DEUX jours avant l'échéance, j'ai le reçu."
        ],
        "it": [
            "{amt} di penale per ritardo?? Il pacco è partito DUE giorni prima della scadenza, ho la ricevuta."
        ],
    },
}

CALL: dict[str, dict[str, str]] = {
    "not_arrived": {
        "en": "yes hello the app says my scores were delivered on tuesday but nothing came nobody signed and our concert is saturday i need them now",
        "pt": "olá boa tarde a app diz que as partituras foram entregues na terça mas não chegou nada e o concerto é sábado preciso delas já",
        "de": "ja hallo in der App steht geliefert aber hier ist nichts angekommen und Samstag ist Konzert",
        "es": "hola mire la app dice entregado el martes pero aquí no ha llegado nada y el concierto es el sábado",
        "fr": "oui bonjour l'appli dit livré mardi mais je n'ai rien reçu et le concert est samedi",
        "it": "pronto l'app dice consegnato martedì ma non è arrivato niente e il concerto è sabato",
    },
    "double_charge": {
        "en": "hi i've been charged twice for the same hire {amt} both times and i only paid once i want it back",
        "pt": "olá fui cobrada duas vezes pelo mesmo aluguer {amt} cada vez e só paguei uma quero o dinheiro de volta",
        "de": "guten Tag Sie haben zweimal {amt} abgebucht für eine Leihe das will ich zurück",
        "es": "hola me habéis cobrado dos veces {amt} por el mismo alquiler y quiero que me lo devolváis",
        "fr": "bonjour vous m'avez prélevé deux fois {amt} pour la même location je veux être remboursé",
        "it": "buongiorno mi avete addebitato due volte {amt} per lo stesso noleggio li rivoglio",
    },
    "damaged": {
        "en": "hello the scores arrived with pages missing and two are soaking wet we rehearse tonight i can't use them",
        "pt": "bom dia as partituras chegaram com páginas em falta e duas molhadas ensaiamos hoje não dá para usar",
        "de": "hallo in den Noten fehlen Seiten und zwei sind nass heute Abend ist Probe",
        "es": "hola las partituras han llegado sin páginas y dos mojadas ensayamos esta noche",
        "fr": "bonjour les partitions sont arrivées avec des pages manquantes et deux mouillées",
        "it": "buongiorno le partiture sono arrivate senza pagine e due bagnate stasera abbiamo le prove",
    },
    "deposit": {
        "en": "hi i sent the box back three weeks ago tracked and i still haven't had my {amt} deposit back",
        "pt": "olá devolvi a caixa há três semanas com seguimento e ainda não recebi a caução de {amt}",
        "de": "ja ich habe vor drei Wochen zurückgeschickt und die Kaution von {amt} ist immer noch nicht da",
        "es": "hola devolví la caja hace tres semanas y la fianza de {amt} no ha vuelto",
        "fr": "bonjour j'ai renvoyé le carton il y a trois semaines et toujours pas de caution {amt}",
        "it": "salve ho rispedito tutto tre settimane fa e la cauzione di {amt} non è tornata",
    },
    "wrong_price": {
        "en": "hello i'm an encore member and you charged me the full price {amt} that's not right",
        "pt": "olá sou sócio encore e cobraram-me o preço cheio {amt} isso não está certo",
        "de": "hallo ich bin Encore Mitglied und Sie haben mir den vollen Preis {amt} berechnet",
        "es": "hola soy socia encore y me habéis cobrado el precio completo {amt}",
        "fr": "bonjour je suis membre encore et vous m'avez facturé plein tarif {amt}",
        "it": "salve sono socio encore e mi avete fatto pagare prezzo pieno {amt}",
    },
    "late_fee": {
        "en": "hi you've charged me a late fee of {amt} but i posted it two days early i've got the receipt",
        "pt": "olá cobraram-me uma multa de atraso de {amt} mas enviei dois dias antes tenho o talão",
        "de": "hallo Sie haben {amt} Verspätung berechnet aber ich habe zwei Tage vorher verschickt",
        "es": "hola me habéis cobrado {amt} de retraso y lo mandé dos días antes",
        "fr": "bonjour vous m'avez facturé {amt} de retard alors que j'ai posté deux jours avant",
        "it": "buongiorno mi avete messo {amt} di penale ma ho spedito due giorni prima",
    },
}

TOPIC = {
    "en": {
        "not_arrived": "scores marked delivered, never came",
        "double_charge": "charged twice",
        "damaged": "missing pages",
        "deposit": "deposit not refunded",
        "wrong_price": "member price not applied",
        "late_fee": "late fee on a box posted early",
    },
    "pt": {
        "not_arrived": "partituras dadas como entregues",
        "double_charge": "cobrança duplicada",
        "damaged": "páginas em falta",
        "deposit": "caução não devolvida",
        "wrong_price": "preço de sócio",
        "late_fee": "multa de atraso injusta",
    },
    "de": {
        "not_arrived": "Lieferung nie angekommen",
        "double_charge": "doppelte Abbuchung",
        "damaged": "fehlende Seiten",
        "deposit": "Kaution nicht erstattet",
        "wrong_price": "Mitgliederpreis fehlt",
        "late_fee": "Verspätungsgebühr",
    },
    "es": {
        "not_arrived": "pedido no recibido",
        "double_charge": "cobro doble",
        "damaged": "páginas que faltan",
        "deposit": "fianza sin devolver",
        "wrong_price": "precio de socio",
        "late_fee": "recargo por retraso",
    },
    "fr": {
        "not_arrived": "colis jamais reçu",
        "double_charge": "double prélèvement",
        "damaged": "pages manquantes",
        "deposit": "caution non remboursée",
        "wrong_price": "tarif membre",
        "late_fee": "frais de retard",
    },
    "it": {
        "not_arrived": "pacco mai arrivato",
        "double_charge": "doppio addebito",
        "damaged": "pagine mancanti",
        "deposit": "cauzione non restituita",
        "wrong_price": "prezzo socio",
        "late_fee": "penale di ritardo",
    },
}

SUBJ = {
    "complaint": {
        "en": "Complaint: {topic}",
        "pt": "Reclamação: {topic}",
        "de": "Beschwerde: {topic}",
        "es": "Reclamación: {topic}",
        "fr": "Réclamation : {topic}",
        "it": "Reclamo: {topic}",
    },
    "re": {
        "en": "Re: Your case {case}",
        "pt": "RE: Processo {case}",
        "de": "AW: Vorgang {case}",
        "es": "RE: Incidencia {case}",
        "fr": "RE : Dossier {case}",
        "it": "R: Pratica {case}",
    },
}

LONG = {
    "en": [
        "Dear Partivo team,\n\nI hope you're well. I'm writing this on the train back from my mum's, she's just come out of hospital and I've been going up every weekend, so forgive the rambling. I run a small village choir, thirty of us, mostly retired, and we've hired from you for three years without a single problem. {complaint}\n\nI've always told people how good you are, which is why this stings. Please get back to me today if you possibly can.\n\nBest wishes,\n{name}",
        "Hello,\n\nBit of background first: I teach full time, I'm musical director of our amateur orchestra in the evenings and we're in the middle of moving house, boxes everywhere, so I'm writing this at the kitchen table at lunch. {complaint}\n\nUsually you're faultless and I recommend you to everyone. Not today.\n\nRegards,\n{name}",
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo-vos do hospital, na sala de espera, enquanto o meu pai faz exames, por isso desculpem se for confuso. Dirijo um coro amador de 30 pessoas há dez anos e alugamos convosco há três sem nunca ter tido um problema. {complaint}\n\nSempre vos recomendei a toda a gente e por isso custa-me ainda mais. Peço que me respondam hoje, se possível.\n\nCom os melhores cumprimentos,\n{name}",
        "Olá,\n\nUm pouco de contexto: sou professora, dirijo a orquestra da associação à noite e estamos a mudar de casa, caixotes por todo o lado, estou a escrever isto no intervalo do almoço. {complaint}\n\nNormalmente são impecáveis. Hoje não.\n\nCumprimentos,\n{name}",
    ],
    "de": [
        "Liebes Partivo-Team,\n\nich schreibe aus dem Wartezimmer der Physiotherapie meiner Mutter, entschuldigen Sie also den Stil. Ich leite seit Jahren einen kleinen Kirchenchor und war bei Ihnen immer gut aufgehoben. {complaint}\n\nBitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen\n{name}"
    ],
    "es": [
        "Hola:\n\nOs escribo desde el coche, esperando a que mi hija salga de conservatorio, así que perdonad el desorden. Dirijo un coro de barrio desde hace años y siempre he estado contenta con vosotros. {complaint}\n\nOs pido que me contestéis hoy.\n\nUn saludo,\n{name}"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris depuis le quai de la gare, entre deux trains, en rentrant de chez ma grand-mère. Je dirige une petite chorale depuis des années et vous ne m'avez jamais déçue. {complaint}\n\nMerci de me répondre aujourd'hui.\n\nCordialement,\n{name}"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista di mio figlio, scusate il disordine. Dirigo un coro parrocchiale da anni e con voi mi sono sempre trovata bene. {complaint}\n\nVi prego di rispondermi oggi.\n\nCordiali saluti,\n{name}"
    ],
}

AGENT: dict[str, dict[str, str]] = {
    "case_opened": {
        "en": "Hello {name}, I'm sorry about this. I've opened case {case} and I'm looking into it now; you'll hear from me by tomorrow. {agent}, {brand}",
        "pt": "Olá {name}, lamento muito. Abri o processo {case} e estou a tratar disso; terá notícias até amanhã. {agent}, {brand}",
        "de": "Hallo {name}, das tut mir leid. Ich habe den Vorgang {case} angelegt und kümmere mich darum. {agent}, {brand}",
        "es": "Hola {name}, lo siento mucho. He abierto la incidencia {case} y ya lo estoy mirando. {agent}, {brand}",
        "fr": "Bonjour {name}, désolé pour cela. J'ai ouvert le dossier {case} et je m'en occupe. {agent}, {brand}",
        "it": "Buongiorno {name}, mi dispiace. Ho aperto la pratica {case} e me ne occupo subito. {agent}, {brand}",
    },
    "chat_case": {
        "en": "I'm really sorry. I've opened case {case} for this and passed it to the team straight away.",
        "pt": "Lamento imenso. Abri o processo {case} e passei já à equipa.",
        "de": "Das tut mir sehr leid. Ich habe den Vorgang {case} angelegt und sofort weitergegeben.",
        "es": "Lo siento mucho. He abierto la incidencia {case} y la he pasado al equipo.",
        "fr": "Je suis vraiment désolé. J'ai ouvert le dossier {case} et transmis à l'équipe.",
        "it": "Mi dispiace molto. Ho aperto la pratica {case} e l'ho passata al team.",
    },
    "good_news": {
        "en": "Good news on case {case}, {name}: it's sorted on our side. Could you confirm all is well now? {agent}, {brand}",
        "pt": "Boas notícias sobre o processo {case}, {name}: já está resolvido. Pode confirmar que está tudo bem? {agent}, {brand}",
        "de": "Gute Nachrichten zu Vorgang {case}, {name}: bei uns erledigt. Können Sie bestätigen, dass alles passt? {agent}, {brand}",
        "es": "Buenas noticias sobre la incidencia {case}, {name}: está resuelta. ¿Nos confirmas que todo está bien? {agent}, {brand}",
        "fr": "Bonne nouvelle pour le dossier {case}, {name} : c'est réglé. Pouvez-vous confirmer ? {agent}, {brand}",
        "it": "Buone notizie sulla pratica {case}, {name}: risolto. Può confermare che è tutto a posto? {agent}, {brand}",
    },
    "quality_lead": {
        "en": "Hello {name}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, {brand}",
        "pt": "Olá {name}, o seu processo {case} passou para a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. {agent}, {brand}",
        "de": "Hallo {name}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}, {brand}",
        "es": "Hola {name}, tu incidencia {case} está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}, {brand}",
        "fr": "Bonjour {name}, votre dossier {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}, {brand}",
        "it": "Buongiorno {name}, la sua pratica {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}, {brand}",
    },
    "urgent": {
        "en": "I've added this to case {case} and marked it urgent.",
        "pt": "Acrescentei ao processo {case} e marquei como urgente.",
        "de": "Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert.",
        "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente.",
        "fr": "J'ai ajouté ceci au dossier {case} et l'ai marqué urgent.",
        "it": "L'ho aggiunto alla pratica {case} e l'ho segnata come urgente.",
    },
    "goodbye": {
        "en": "Hello {name}, sorry to see you go. You can cancel Encore and close the account yourself in the app or on the website, under Account. {agent}, {brand}",
        "pt": "Olá {name}, temos pena que saia. Pode cancelar o Encore e fechar a conta na app ou no site, em Conta. {agent}, {brand}",
        "de": "Hallo {name}, schade, dass Sie gehen. Encore und Konto kündigen Sie selbst in der App oder auf der Website unter Konto. {agent}, {brand}",
        "es": "Hola {name}, sentimos que te vayas. Puedes cancelar Encore y cerrar la cuenta en la app o en la web, en Cuenta. {agent}, {brand}",
        "fr": "Bonjour {name}, dommage de vous voir partir. Vous pouvez résilier Encore et fermer le compte dans l'appli ou sur le site. {agent}, {brand}",
        "it": "Buongiorno {name}, ci dispiace vederla andare. Può disdire Encore e chiudere l'account nell'app o sul sito. {agent}, {brand}",
    },
    "ack_form": {
        "en": "Thanks {name}, we've received your message and passed it to the team. {agent}, {brand}",
        "pt": "Obrigado {name}, recebemos a sua mensagem e passámos à equipa. {agent}, {brand}",
        "de": "Danke {name}, wir haben Ihre Nachricht erhalten und weitergegeben. {agent}, {brand}",
        "es": "Gracias {name}, hemos recibido tu mensaje y lo hemos pasado al equipo. {agent}, {brand}",
        "fr": "Merci {name}, nous avons bien reçu votre message et l'avons transmis. {agent}, {brand}",
        "it": "Grazie {name}, abbiamo ricevuto il messaggio e l'abbiamo inoltrato. {agent}, {brand}",
    },
}

FOLLOW: dict[str, dict[str, list[str]]] = {
    "apology": {
        "en": [
            "Sorry for how I wrote yesterday, it was a stressful day. Thanks for sorting it.",
            "Apologies for the rant yesterday, concert nerves. All fine now, thank you",
        ],
        "pt": [
            "Peço desculpa pelo tom de ontem, foi um dia de nervos. Obrigada por resolverem.",
            "Desculpem o desabafo de ontem, nervos de concerto. Está tudo bem, obrigado",
        ],
        "de": ["Entschuldigung für den Ton gestern, war ein stressiger Tag. Danke fürs Lösen."],
        "es": ["Perdón por cómo escribí ayer, fue un día de nervios. Gracias por solucionarlo."],
        "fr": ["Désolée pour mon ton d'hier, journée stressante. Merci d'avoir réglé ça."],
        "it": ["Scusate per il tono di ieri, giornata pesante. Grazie per aver risolto."],
    },
    "still_open": {
        "en": [
            "Case {case} is STILL open. Nothing has happened since I first wrote. Can someone actually look at it?",
            "Writing again about {case}. Still not resolved, still no word from you.",
        ],
        "pt": [
            "O processo {case} AINDA está aberto. Nada aconteceu desde que escrevi. Alguém pode ver isto?",
            "Volto a escrever sobre o {case}. Continua por resolver e ninguém diz nada.",
        ],
        "de": [
            "Vorgang {case} ist IMMER NOCH offen. Seit meiner ersten Nachricht ist nichts passiert."
        ],
        "es": ["La incidencia {case} SIGUE abierta. No ha pasado nada desde que escribí."],
        "fr": ["Le dossier {case} est TOUJOURS ouvert. Rien n'a bougé depuis mon premier message."],
        "it": ["La pratica {case} è ANCORA aperta. Non è successo niente da quando ho scritto."],
    },
    "third": {
        "en": [
            "Third time about {case}. A friend in another choir hires from {comp} and they sorted the same thing in a day.",
            "This is my third message on {case}. I've looked at what {comp} charges, just saying.",
        ],
        "pt": [
            "Terceira vez sobre o {case}. Uma amiga de outro coro aluga na {comp} e resolveram-lhe o mesmo num dia.",
            "Terceira mensagem sobre o {case}. Já fui ver os preços da {comp}.",
        ],
        "de": [
            "Zum dritten Mal wegen {case}. Eine Bekannte leiht bei {comp}, dort war so etwas an einem Tag erledigt."
        ],
        "es": [
            "Tercera vez por la incidencia {case}. Una amiga alquila en {comp} y allí lo arreglaron en un día."
        ],
        "fr": [
            "Troisième fois pour le dossier {case}. Une amie loue chez {comp}, chez eux c'était réglé en un jour."
        ],
        "it": [
            "Terza volta per la pratica {case}. Un'amica noleggia da {comp} e lì l'hanno risolto in un giorno."
        ],
    },
    "fourth": {
        "en": [
            "FOURTH time. Case {case}. Still open. I don't know how else to say it.",
            "This is the FOURTH time I'm contacting you about {case}. Nothing.",
        ],
        "pt": [
            "QUARTA vez. Processo {case}. Continua aberto. Já não sei como dizer.",
            "É a QUARTA vez que vos contacto sobre o {case}. Nada.",
        ],
        "de": ["Zum VIERTEN Mal: Vorgang {case}, immer noch offen."],
        "es": ["CUARTA vez. Incidencia {case}. Sigue abierta."],
        "fr": ["QUATRIÈME fois. Dossier {case}, toujours ouvert."],
        "it": ["QUARTA volta. Pratica {case}, ancora aperta."],
    },
    "confirm": {
        "en": [
            "Confirmed, case {case} is sorted. Thanks very much.",
            "Yes, all good now on {case}, thank you",
        ],
        "pt": [
            "Confirmo, o processo {case} está resolvido. Muito obrigada.",
            "Sim, está tudo bem com o {case}, obrigado",
        ],
        "de": ["Bestätigt, Vorgang {case} ist erledigt. Vielen Dank."],
        "es": ["Confirmado, la incidencia {case} está resuelta. Gracias."],
        "fr": ["Confirmé, le dossier {case} est réglé. Merci beaucoup."],
        "it": ["Confermo, la pratica {case} è risolta. Grazie mille."],
    },
}

CALL_REPEAT = {
    "en": "hi i'm calling about case {case} again it's still not sorted nobody has got back to me",
    "pt": "olá estou a ligar outra vez por causa do processo {case} continua por resolver ninguém me disse nada",
    "de": "ja hallo wegen Vorgang {case} noch mal das ist immer noch nicht erledigt",
    "es": "hola llamo otra vez por la incidencia {case} sigue sin resolverse",
    "fr": "bonjour j'appelle encore pour le dossier {case} toujours rien",
    "it": "pronto chiamo di nuovo per la pratica {case} ancora niente",
}

SLIDE = {
    "en": [
        "Box came a day after the date in the app this time. Rehearsal without scores, first time that's happened with {brand}.",
        "Parts arrived with someone else's pencil all over them, old cuts marked that we don't do. Annoying.",
        "Now {brand} wants a photo of every single part before return?? 40 copies. Seriously.",
        "Deposit doubled without warning and a week to release it. This used to be simple.",
        "A £25 'cleaning fee' for scores we returned exactly as they came, and the app's own photos prove it. Furious.",
        "Done. Our accompanist hires from {comp} and I've ordered our summer programme there.",
    ],
    "pt": [
        "Desta vez a caixa chegou um dia depois da data da app. Ensaio sem partituras, primeira vez com a {brand}.",
        "As partes vieram cheias de lápis de outra pessoa, cortes que nós não fazemos. Chato.",
        "Agora a {brand} quer uma foto de cada parte antes da devolução?? 40 cópias. A sério.",
        "Caução a dobrar sem aviso e uma semana para a libertar. Isto era tão simples.",
        "Uma 'taxa de limpeza' de 30 € por partituras devolvidas tal como vieram, e as fotos da própria app provam. Furiosa.",
        "Chega. O nosso pianista aluga na {comp} e já encomendei lá o programa de verão.",
    ],
    "de": [
        "Diesmal kam die Box einen Tag nach dem Datum in der App. Probe ohne Noten, erstes Mal bei {brand}.",
        "Die Stimmen voller Bleistift von jemand anderem, Striche, die wir nicht spielen. Ärgerlich.",
        "Jetzt will {brand} vor der Rückgabe ein Foto von jeder Stimme?? 40 Stück. Ernsthaft.",
        "Kaution ohne Ankündigung verdoppelt und eine Woche bis zur Freigabe. Das war mal einfach.",
        "30 € 'Reinigungsgebühr' für Noten, die genau so zurückgingen, wie sie kamen. Die App-Fotos beweisen es.",
        "Schluss. Unsere Korrepetitorin leiht bei {comp}, das Sommerprogramm habe ich dort bestellt.",
    ],
    "es": [
        "Esta vez la caja llegó un día después de lo que decía la app. Ensayo sin partituras, primera vez con {brand}.",
        "Las partes llenas de lápiz de otro, cortes que no hacemos. Un fastidio.",
        "¿Ahora {brand} quiere una foto de cada parte antes de devolver?? 40 copias. En serio.",
        "Fianza el doble sin avisar y una semana para liberarla. Esto era sencillo.",
        "Una 'tasa de limpieza' de 30 € por partituras devueltas tal cual, y las fotos de la app lo demuestran. Furiosa.",
        "Se acabó. Nuestra pianista alquila en {comp} y ya he pedido allí el programa de verano.",
    ],
    "fr": [
        "Cette fois le carton est arrivé un jour après la date de l'appli. Répétition sans partitions, une première avec {brand}.",
        "Des parties pleines de crayon de quelqu'un d'autre, des coupures qu'on ne fait pas. Agaçant.",
        "Maintenant {brand} veut une photo de chaque partie avant le retour ?? 40 exemplaires. Sérieusement.",
        "Caution doublée sans prévenir et une semaine pour la débloquer. C'était simple avant.",
        "30 € de 'frais de nettoyage' pour des partitions rendues intactes, photos de l'appli à l'appui. Furieuse.",
        "Terminé. Notre pianiste loue chez {comp}, j'y ai commandé le programme d'été.",
    ],
    "it": [
        "Stavolta la scatola è arrivata un giorno dopo la data dell'app. Prova senza spartiti, prima volta con {brand}.",
        "Parti piene di matita di qualcun altro, tagli che noi non facciamo. Seccante.",
        "Ora {brand} vuole una foto di ogni parte prima del reso?? 40 copie. Sul serio.",
        "Cauzione raddoppiata senza avviso e una settimana per sbloccarla. Era tutto semplice.",
        "30 € di 'pulizia' per spartiti resi identici, le foto dell'app lo dimostrano. Furiosa.",
        "Basta. La nostra pianista noleggia da {comp} e ho ordinato lì il programma estivo.",
    ],
}

LEAVE = {
    "en": [
        "Hello, our choir has folded after twenty years, so I won't need scores any more. Please cancel my {plan} and close my account. Thanks for everything, {name}",
        "Hi, I'm moving abroad for work and giving up the orchestra. I'd like to cancel {plan} and close the account please. {name}",
    ],
    "pt": [
        "Olá, o nosso coro acabou depois de vinte anos, já não vou precisar. Quero cancelar o {plan} e fechar a conta. Obrigada por tudo, {name}",
        "Bom dia, vou emigrar e deixo a orquestra. Queria cancelar o {plan} e encerrar a conta. {name}",
    ],
    "de": [
        "Hallo, unser Chor hat sich aufgelöst. Bitte kündigen Sie {plan} und schließen Sie mein Konto. {name}"
    ],
    "es": ["Hola, nuestro coro se ha disuelto. Quiero cancelar {plan} y cerrar mi cuenta. {name}"],
    "fr": [
        "Bonjour, notre chorale s'arrête. Je souhaite résilier {plan} et fermer mon compte. {name}"
    ],
    "it": [
        "Buongiorno, il nostro coro si è sciolto. Vorrei disdire {plan} e chiudere l'account. {name}"
    ],
}

GRUMBLE = {
    "en": [
        "The app logs me out every single time I open a score. Every time.",
        "Why does the 'return due tomorrow' text come at 6am?",
        "Return boxes keep arriving flat with no tape.",
        "Search can't find anything if you type Fauré with the accent.",
        "Page turns in the app lag half a second, fine in rehearsal, awful in a concert.",
    ],
    "pt": [
        "A app faz logout sempre que abro uma partitura. Sempre.",
        "Porque é que a mensagem 'devolução amanhã' chega às 6 da manhã?",
        "As caixas de devolução vêm sem fita-cola.",
        "A pesquisa não encontra nada se escrever Fauré com acento.",
        "O virar de página na app tem meio segundo de atraso.",
    ],
    "de": [
        "Die App meldet mich bei jeder Partitur ab.",
        "Warum kommt die Rückgabe-SMS um 6 Uhr morgens?",
        "Die Suche findet nichts mit Akzent.",
    ],
    "es": [
        "La app me cierra sesión cada vez que abro una partitura.",
        "¿Por qué el aviso de devolución llega a las 6 de la mañana?",
        "El buscador no encuentra nada con tildes.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque partition.",
        "Pourquoi le SMS de retour arrive à 6h du matin ?",
        "La recherche ne trouve rien avec les accents.",
    ],
    "it": [
        "L'app mi disconnette ogni volta che apro uno spartito.",
        "Perché il messaggio del reso arriva alle 6 di mattina?",
        "La ricerca non trova niente con gli accenti.",
    ],
}

SARCASM = {
    "en": [
        "Love that my 'next day' scores turned up the day after the concert. Great timing {brand} 👏",
        "Thanks {brand} for the free bonus coffee ring on page one 😂",
    ],
    "pt": [
        "Adoro que as partituras 'para amanhã' chegaram no dia a seguir ao concerto. Timing perfeito {brand} 👏",
        "Obrigada {brand} pela mancha de café de brinde na primeira página 😂",
    ],
    "de": ["Toll, die 'Expresslieferung' kam pünktlich einen Tag nach dem Konzert 👏"],
    "es": ["Qué bien, las partituras 'urgentes' llegaron al día siguiente del concierto 👏"],
    "fr": ["Génial, les partitions 'express' sont arrivées le lendemain du concert 👏"],
    "it": ["Splendido, gli spartiti 'express' sono arrivati il giorno dopo il concerto 👏"],
}

MILD = {
    "en": [
        "Small thing: the catalogue search shows the wrong country's prices for me.",
        "Notifications come in the wrong language since the update.",
    ],
    "pt": [
        "Pormenor: a pesquisa do catálogo mostra preços de outro país.",
        "As notificações vêm na língua errada desde a atualização.",
    ],
    "de": ["Kleinigkeit: Die Katalogsuche zeigt mir Preise aus dem falschen Land."],
    "es": ["Un detalle: el buscador me enseña precios de otro país."],
    "fr": ["Petit détail : le catalogue m'affiche les prix d'un autre pays."],
    "it": ["Piccola cosa: il catalogo mi mostra i prezzi di un altro paese."],
}

MILD_A = {
    "en": "Thanks for flagging it, I've passed it to the app team.",
    "pt": "Obrigado pelo aviso, passei à equipa da app.",
    "de": "Danke für den Hinweis, ich habe es ans App-Team gegeben.",
    "es": "Gracias por avisar, lo paso al equipo de la app.",
    "fr": "Merci du signalement, je transmets à l'équipe de l'appli.",
    "it": "Grazie della segnalazione, la passo al team dell'app.",
}

# The spike: Saturday morning, downloaded scores in the app refuse to open.
CODE = "lic.4471"
SPIKE = {
    "en": [
        "@{brand} none of my downloaded scores will open, it just says 'licence could not be verified' lic.4471. Concert at 11!!",
        "Is the {brand} app down? Every score in my library gives lic.4471 and won't open. Rehearsal in an hour",
        "Choir warm-up in 40 minutes and the {brand} app locks every part: licence error lic.4471. Help",
    ],
    "pt": [
        "@{brand} nenhuma partitura descarregada abre, diz 'não foi possível verificar a licença' lic.4471. Concerto às 11!!",
        "A app da {brand} está em baixo? Todas as partituras dão lic.4471 e não abrem. Ensaio daqui a uma hora",
        "Aquecimento do coro daqui a 40 minutos e a app da {brand} bloqueia tudo: erro de licença lic.4471",
    ],
    "de": [
        "Die {brand}-App öffnet keine einzige geladene Partitur, Lizenzfehler lic.4471. Probe in einer Stunde!"
    ],
    "es": [
        "La app de {brand} no abre ninguna partitura descargada, error de licencia lic.4471. ¡Concierto a las 12!"
    ],
    "fr": [
        "L'appli {brand} n'ouvre plus aucune partition, erreur de licence lic.4471. Concert à midi !"
    ],
    "it": [
        "L'app di {brand} non apre più nessuno spartito scaricato, errore licenza lic.4471. Concerto alle 12!"
    ],
}
SPIKE_AGAIN = {
    "en": "Still lic.4471, tried my husband's tablet too, same thing. Any news?",
    "pt": "Continua lic.4471, experimentei no tablet do meu marido e é igual. Novidades?",
    "de": "Immer noch lic.4471, auch auf dem Tablet meiner Frau. Gibt es Neuigkeiten?",
    "es": "Sigue lic.4471, también en la tablet de mi marido. ¿Novedades?",
    "fr": "Toujours lic.4471, même sur la tablette de mon mari. Des nouvelles ?",
    "it": "Ancora lic.4471, anche sul tablet di mio marito. Novità?",
}
SPIKE_CHAT_A = {
    "en": "Yes, downloaded scores are failing the licence check for everyone right now, our engineers are on it.",
    "pt": "Sim, as partituras descarregadas estão a falhar a verificação de licença para todos, a equipa técnica está a tratar.",
    "de": "Ja, geladene Partituren scheitern gerade bei allen an der Lizenzprüfung, unsere Technik ist dran.",
    "es": "Sí, ahora mismo las partituras descargadas fallan la comprobación de licencia para todos, ya están en ello.",
    "fr": "Oui, les partitions téléchargées échouent à la vérification de licence pour tous, nos techniciens s'en occupent.",
    "it": "Sì, in questo momento gli spartiti scaricati non superano il controllo licenza per nessuno, i tecnici ci lavorano.",
}
SPIKE_FIXED = {
    "en": "Hello {name}, scores open again since {time} (your local time). Sorry for the disruption: a month of {plan} is on us. {agent}, {brand}",
    "pt": "Olá {name}, as partituras voltaram a abrir desde as {time} (hora local). Pedimos desculpa: oferecemos um mês de {plan}. {agent}, {brand}",
    "de": "Hallo {name}, Partituren öffnen sich seit {time} Uhr (Ortszeit) wieder. Entschuldigung: ein Monat {plan} geht auf uns. {agent}, {brand}",
    "es": "Hola {name}, las partituras vuelven a abrirse desde las {time} (hora local). Perdón: te regalamos un mes de {plan}. {agent}, {brand}",
    "fr": "Bonjour {name}, les partitions s'ouvrent de nouveau depuis {time} (heure locale). Un mois de {plan} offert. {agent}, {brand}",
    "it": "Buongiorno {name}, gli spartiti si aprono di nuovo dalle {time} (ora locale). Un mese di {plan} in omaggio. {agent}, {brand}",
}
LONE_Q = {
    "en": "Last night a score opened a bit slowly after the app update, then it was fine. Will it work at tomorrow's concert?",
    "pt": "Ontem à noite uma partitura demorou a abrir depois da atualização da app, depois ficou bem. Vai funcionar no concerto de amanhã?",
}
LONE_A = {
    "en": "The first opening after an update takes a few seconds longer; after that it's normal. You're all set for tomorrow.",
    "pt": "A primeira abertura depois de uma atualização demora uns segundos; depois fica normal. Está tudo pronto para amanhã.",
}

# The business arm: choirs, orchestras, music schools and churches on account.
B2B_PROBLEMS = ("invoice", "returns_blocked", "portal", "overbilled")
B2B_FIRST = {
    "invoice": {
        "en": "Hello, our invoices from {arm} still show our old name and no purchase order number, so our treasurer can't pay them. Please reissue. {name}, {job}",
        "pt": "Bom dia, as faturas da {arm} continuam com o nome antigo e sem número de encomenda, a tesouraria não as consegue pagar. Reemitam por favor. {name}, {job}",
        "de": "Guten Tag, Ihre Rechnungen tragen noch unseren alten Namen und keine Bestellnummer. Bitte neu ausstellen. {name}, {job}",
    },
    "returns_blocked": {
        "en": "Our courier collection for the concert sets was refused: your system says the account is on hold. We've paid everything. {name}, {job}",
        "pt": "A recolha das partituras foi recusada: o vosso sistema diz que a conta está suspensa. Está tudo pago. {name}, {job}",
        "de": "Die Abholung der Konzertsätze wurde verweigert, Konto angeblich gesperrt. Alles ist bezahlt. {name}, {job}",
    },
    "portal": {
        "en": "The {arm} portal shows none of our current hires, so we can't request returns and the hire keeps running. {name}, {job}",
        "pt": "O portal da {arm} não mostra nenhum aluguer em curso, não conseguimos pedir a devolução e o aluguer continua a contar. {name}, {job}",
        "de": "Das {arm}-Portal zeigt keine laufenden Leihen, wir können keine Rückgabe anmelden. {name}, {job}",
    },
    "overbilled": {
        "en": "We've been billed per concert instead of our season rate, over £400 too much this term. {name}, {job}",
        "pt": "Foi-nos cobrado por concerto em vez da tarifa de temporada, mais de 400 € a mais este período. {name}, {job}",
        "de": "Uns wird pro Konzert statt zum Saisontarif berechnet, über 400 € zu viel. {name}, {job}",
    },
}
B2B_LATER = {
    "en": "Following {first}'s e-mail on {day} about case {case}: same problem here, nothing has changed. {name}, {job}",
    "pt": "Na sequência do e-mail da {first} de {day} sobre o processo {case}: o mesmo problema aqui, nada mudou. {name}, {job}",
    "de": "Zur Nachricht von {first} am {day}, Vorgang {case}: bei mir dasselbe, nichts hat sich geändert. {name}, {job}",
}
B2B_LAST_MAIL = {
    "en": "Case {case} is still not fixed and several of us have written. Our board has already asked {comp} for a quote. {name}, {job}",
    "pt": "O processo {case} continua por resolver e vários de nós já escrevemos. A direção já pediu orçamento à {comp}. {name}, {job}",
    "de": "Vorgang {case} ist immer noch nicht gelöst, mehrere von uns haben geschrieben. Der Vorstand hat schon bei {comp} angefragt. {name}, {job}",
}
B2B_LAST_CALL = {
    "en": "hello it's about case {case} still not fixed several of my colleagues have written my director says we move the account if it isn't sorted this week",
    "pt": "olá é sobre o processo {case} continua sem solução vários colegas já escreveram a direção diz que mudamos de fornecedor se não ficar resolvido esta semana",
    "de": "ja hallo wegen Vorgang {case} immer noch nicht gelöst mehrere Kollegen haben geschrieben unser Vorstand will wechseln wenn das diese Woche nicht klappt",
}
B2B_ACK = {
    "en": "Hello {name}, thank you, I've opened case {case} for your account and will update you. {agent}, {arm}",
    "pt": "Olá {name}, obrigado, abri o processo {case} para a vossa conta e darei notícias. {agent}, {arm}",
    "de": "Hallo {name}, danke, ich habe Vorgang {case} für Ihr Konto angelegt. {agent}, {arm}",
}
B2B_MILD = {
    "en": [
        "Suggestion: could the portal export hire costs by concert, so we can split them between projects?",
        "Would be handy if delivery notes listed which edition each set is.",
    ],
    "pt": [
        "Sugestão: o portal podia exportar os custos por concerto, para dividirmos entre projetos?",
        "Dava jeito que as guias indicassem a edição de cada conjunto.",
    ],
    "de": [
        "Vorschlag: Könnte das Portal die Kosten pro Konzert exportieren?",
        "Praktisch wäre die Ausgabe jedes Satzes auf dem Lieferschein.",
    ],
}
B2B_CHAT_Q = {
    "en": [
        "Can we add two extra violin desks to the Beethoven set?",
        "How long do you keep a set reserved for us?",
    ],
    "pt": [
        "Podemos juntar mais duas estantes de violino ao conjunto?",
        "Quanto tempo fica um conjunto reservado para nós?",
    ],
    "de": ["Können wir zwei weitere Geigenpulte zum Satz dazunehmen?"],
}
B2B_CHAT_A = {
    "en": "Yes, done, they'll go out with the set.",
    "pt": "Sim, já está, seguem com o conjunto.",
    "de": "Ja, erledigt, sie gehen mit dem Satz raus.",
}
B2B_PRAISE = {
    "en": [
        "Our music school's term library from {arm} arrived labelled by class. Teachers are thrilled."
    ],
    "pt": [
        "A biblioteca do período da {arm} chegou etiquetada por turma. Os professores adoraram."
    ],
    "de": ["Die Semesterbibliothek von {arm} kam nach Klassen sortiert. Top."],
}
WEEKDAY = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
JOBS = (
    "choir manager",
    "orchestra librarian",
    "head of music",
    "treasurer",
    "parish administrator",
    "concert manager",
)
