"""Consumers' everyday words for Parlavo, and the agents' everyday replies.

Parlavo: certified (sworn) translations of personal documents ordered by app and
web (a photo of the document, a price per page, the translation as a signed PDF
and, on request, a stamped paper copy by post), apostille handling, a video
interpreter on demand, and the Parlavo Pass (monthly: lower page rates, free
paper copies). Placeholders: {name} the customer's first name, {full} the full
name, {agent} the agent's first name, {o} o/a and {e} nothing/e for the
customer's gender, {product}, {amount}.
"""

# ruff: noqa: E501

BRAND = "Parlavo"
PASS = "Parlavo Pass"

AGENTS = {
    "fr": ("Camille", "Julien", "Sonia"),
    "pt": ("Inês", "Rui", "Marta"),
    "en": ("Hannah", "Owen"),
    "de": ("Jana", "Felix"),
    "es": ("Lucía", "Marcos"),
    "it": ("Giulia", "Matteo"),
}

#: label (English / French whatever the market), price in euros, page.
PRODUCTS = (
    (
        "Sworn translation, birth certificate / Traduction assermentée, acte de naissance",
        39.0,
        "/app/order/birth-certificate",
    ),
    (
        "Sworn translation, marriage certificate / Traduction assermentée, acte de mariage",
        45.0,
        "/app/order/marriage-certificate",
    ),
    (
        "Sworn translation, diploma and transcript / Traduction assermentée, diplôme et relevé de notes",
        119.0,
        "/app/order/diploma",
    ),
    (
        "Sworn translation, driving licence / Traduction assermentée, permis de conduire",
        35.0,
        "/app/order/driving-licence",
    ),
    (
        "Sworn translation, criminal record / Traduction assermentée, extrait de casier judiciaire",
        39.0,
        "/app/order/criminal-record",
    ),
    (
        "Sworn translation, three payslips / Traduction assermentée, trois bulletins de salaire",
        89.0,
        "/app/order/payslips",
    ),
    ("Apostille handling / Demande d'apostille", 59.0, "/app/order/apostille"),
    ("Video interpreter, 30 min / Interprète vidéo, 30 min", 29.0, "/app/interpreter"),
    ("Express 24 h supplement / Supplément express 24 h", 25.0, "/app/order/express"),
    ("Paper copy by registered post / Copie papier en recommandé", 9.0, "/app/order/paper-copy"),
)

PAGES = (
    "/prices",
    "/app/order/new",
    "/help/accepted-by-authorities",
    "/help/apostille",
    "/pass",
    "/app/orders",
    "/help/photo-tips",
    "/interpreter",
    "/help/paper-copy",
)

#: Happy posts on social or community.
PRAISE = {
    "fr": (
        "Traduction de mon acte de naissance reçue en 36h, acceptée direct par la mairie pour le mariage. Parlavo je vous recommande les yeux fermés",
        "Le traducteur a repéré que mon diplôme original avait une coquille sur la date et m'a prévenu{e} avant de traduire. Ça c'est du service 👌",
        "Dossier de naturalisation bouclé, les 4 traductions Parlavo sont passées à la préfecture sans une seule remarque 🙏",
        "Photo du doc avec le tel, prix affiché tout de suite, traduction jurée dans la boîte mail le lendemain matin. Que demander de plus",
        "Interprète en visio pour le rdv de ma belle-mère chez le notaire, patiente, claire, même le notaire a dit merci. Top Parlavo",
        "Traductrice super réactive, j'avais un doute sur l'orthographe du nom de ma grand-mère et elle m'a rappelé{e} dans l'heure. Parlavo au top",
        "Mon dossier de PACS est complet grâce aux traductions Parlavo, reçues en 2 jours et nickel",
        "Je m'attendais à galérer avec l'acte de mariage marocain de mes parents, Parlavo l'a traduit en 48h, accepté sans souci",
    ),
    "pt": (
        "Tradução certificada da certidão de casamento pronta em 2 dias e o consulado aceitou sem pestanejar. Recomendo a Parlavo!",
        "Precisava do registo criminal traduzido para o emprego na Suíça e chegou antes do prazo 👏 muito obrigad{o} Parlavo",
        "Tirei foto ao diploma com o telemóvel, paguei e no dia seguinte tinha a tradução no email. Assim sim",
        "A intérprete por vídeo ajudou a minha mãe na consulta no hospital em Lyon, foi uma querida, calma e explicou tudo ❤️",
        "Serviço top, a tradução da carta de condução foi aceite na préfecture à primeira, coisa rara lol",
        "Precisei do registo criminal traduzido para a Suíça num sábado e no domingo já o tinha. Parlavo 👏",
        "A minha sogra não fala francês e a intérprete da Parlavo fez a consulta toda com ela por vídeo. Obrigad{o}!",
        "Tradução do livro de família aceite na mairie sem pedirem mais nada. Nem acreditei, Parlavo",
    ),
    "en": (
        "Parlavo did my degree certificate translation in a day and the uni accepted it straight away. Brilliant",
        "Used the Parlavo video interpreter for my dad's GP appointment. Calm, clear, worth every penny",
        "Birth cert translated and stamped, paper copy came recorded delivery two days later. Painless. Cheers Parlavo",
        "Quick, cheap and the council took it first time. Parlavo made a stressful month a bit easier",
    ),
    "de": (
        "Beglaubigte Übersetzung der Geburtsurkunde in zwei Tagen, das Standesamt hat sie ohne Nachfrage genommen. Top, Parlavo!",
        "Zeugnis mit dem Handy fotografiert, hochgeladen, am nächsten Morgen war die Übersetzung da. So einfach kann Behörde sein 😄",
        "Dolmetscherin per Video beim Notar, ruhig und genau. Parlavo kann ich nur empfehlen",
        "Heiratsurkunde aus Portugal übersetzt, das Standesamt hat sie sofort genommen. Danke Parlavo",
    ),
    "es": (
        "Traducción jurada del título lista en 48h y aceptada por la universidad. Gracias Parlavo!!",
        "La intérprete por videollamada nos salvó la cita en el notario, muy profesional y muy maja",
        "Subí la foto del certificado y al día siguiente lo tenía traducido y firmado. Rapidísimo, Parlavo 👌",
        "Me tradujeron el certificado de antecedentes en un día, justo a tiempo para el contrato. Gracias Parlavo",
    ),
    "it": (
        "Traduzione giurata del certificato di nascita arrivata in un giorno, il comune l'ha accettata subito. Consigliatissimo Parlavo",
        "Interprete in video per la visita di mia nonna, gentilissima e precisa 👍",
        "Foto della patente dal telefono, traduzione pronta il giorno dopo. Parlavo promosso a pieni voti",
        "Certificato di matrimonio tradotto in 48 ore e accettato dal consolato. Bravi Parlavo",
    ),
}

#: Good things said to recur ("again", "third time", "still").
PRAISE_AGAIN = {
    "fr": (
        "Troisième traduction chez Parlavo cette année et toujours impeccable. Même traductrice à chaque fois, elle connaît mon nom de jeune fille par cœur maintenant 😄",
        "Encore une fois dans les temps, encore une fois acceptée du premier coup. Merci Parlavo",
        "Je repasse par Parlavo pour les papiers de mon fils cette fois, et c'est toujours aussi simple",
    ),
    "pt": (
        "Segunda vez que uso a Parlavo e outra vez tudo perfeito, desta vez para os papéis do meu marido",
        "Mais uma tradução entregue antes do prazo. Já vai na quarta e continuo contente 😊",
        "Voltei à Parlavo para o certificado do meu filho e mais uma vez rapidíssimo",
    ),
    "en": (
        "Second time using Parlavo for visa paperwork and again spot on",
        "Still the easiest bit of the whole move. Third document done with Parlavo",
    ),
    "de": (
        "Schon die dritte Übersetzung bei Parlavo und wieder alles pünktlich",
        "Wieder Parlavo, wieder problemlos. Diesmal die Heiratsurkunde",
    ),
    "es": (
        "Otra vez Parlavo, otra vez perfecto. Ya van tres documentos",
        "Segunda traducción con Parlavo y sigue igual de rápido",
    ),
    "it": (
        "Di nuovo puntuali, terza traduzione con Parlavo e sempre perfetta",
        "Ancora una volta tutto liscio con Parlavo, stavolta per mio fratello",
    ),
}

#: Praise with a small gripe.
PRAISE_GRIPE = {
    "fr": (
        "Traduction parfaite et rapide, juste dommage que le PDF s'appelle 'document(3)_final'. Détail 😅",
        "Service au top, seul bémol l'enveloppe de la copie papier arrivée pliée en deux. Le tampon est intact ouf",
        "Très bien dans l'ensemble mais l'appli me redemande mon mot de passe à chaque fois, c'est lourd",
    ),
    "pt": (
        "Tudo certo com a tradução, só a app é que me pede o código por SMS sempre que abro. De resto 5 estrelas",
        "Rápido e bem feito, só achei o envio em papel um bocadinho caro para um envelope",
    ),
    "en": ("Great translation, only wish the app remembered my address for the paper copy",),
    "de": (
        "Übersetzung super, nur die App will jedes Mal wieder mein Passwort. Sonst alles bestens",
    ),
    "es": ("Genial todo, solo que el PDF llega con un nombre rarísimo jaja",),
    "it": ("Ottima traduzione, unico neo la busta della copia cartacea un po' rovinata",),
}

#: Chat questions and the agent's answer.
CHAT_QA = {
    "fr": (
        (
            "bonjour, est-ce que la traduction assermentée est acceptée par la préfecture du Rhône ?",
            "Bonjour ! Oui, nos traducteurs sont experts près la cour d'appel, les préfectures les acceptent. Bonne journée",
        ),
        (
            "bjr je peux envoyer une photo au lieu d'un scan?",
            "Bonjour, oui, une photo nette prise à plat suffit, l'appli recadre toute seule.",
        ),
        (
            "Combien de temps pour un diplôme + relevé de notes en anglais svp",
            "Bonjour, comptez 3 jours ouvrés en standard, 24 h avec l'option express.",
        ),
        (
            "est ce que le Pass marche aussi pour les papiers de mon mari ou c'est que pour moi",
            "Bonjour, le Pass couvre les commandes faites depuis votre compte, quels que soient les documents.",
        ),
        (
            "Bonjour, la copie papier part en recommandé ou en lettre simple ?",
            "Bonjour, toujours en recommandé, avec le numéro de suivi dans l'appli.",
        ),
        (
            "c'est possible d'avoir la traduction en PDF ET en papier ?",
            "Bonjour, oui : le PDF signé arrive par mail et vous pouvez ajouter la copie papier en recommandé.",
        ),
        (
            "Bonjour, vous traduisez depuis l'arabe ?",
            "Bonjour ! Oui, de l'arabe vers le français et inversement, 3 jours ouvrés en standard.",
        ),
    ),
    "pt": (
        (
            "Bom dia, a tradução serve para o consulado português em Paris?",
            "Bom dia! Sim, as nossas traduções certificadas são aceites pelos consulados. Qualquer dúvida estamos aqui.",
        ),
        (
            "boa tarde, posso pagar com MB Way?",
            "Boa tarde, sim, MB Way está disponível no passo do pagamento.",
        ),
        (
            "Olá, quanto tempo demora a certidão de nascimento para francês?",
            "Olá! Normalmente 2 dias úteis, ou 24h com a opção expresso.",
        ),
        (
            "a tradução da carta de condução tem de ter frente e verso?",
            "Olá, sim, frente e verso. Conta como 2 páginas.",
        ),
        (
            "bom dia pf o Pass pode ser cancelado quando eu quiser?",
            "Bom dia! Sim, cancela quando quiser na app, sem fidelização.",
        ),
        (
            "olá a tradução vem assinada pelo tradutor ou tenho de ir reconhecer?",
            "Olá, vem assinada e carimbada pelo tradutor ajuramentado, não precisa de mais nada.",
        ),
        (
            "bom dia, traduzem do ucraniano?",
            "Bom dia! Sim, de ucraniano para português e francês, 3 dias úteis.",
        ),
    ),
    "en": (
        (
            "hi, do you translate Irish birth certs into Portuguese?",
            "Hi! Yes we do, certified, usually within 2 working days.",
        ),
        (
            "Is the paper copy sent tracked?",
            "Hi, yes, always tracked, the number shows up in the app.",
        ),
        (
            "can I add an apostille after ordering the translation",
            "Hi! Yes, just add it from the order page before it's sent.",
        ),
        ("do you do Romanian to English?", "Hi! Yes, Romanian to English, 3 working days."),
    ),
    "de": (
        (
            "Hallo, wird die Übersetzung auch vom Standesamt in Österreich anerkannt?",
            "Hallo! Ja, unsere beeidigten Übersetzer werden dort anerkannt. Schönen Tag noch",
        ),
        (
            "Kann ich statt Scan auch ein Foto hochladen?",
            "Hallo, ja, ein scharfes Foto von oben reicht völlig.",
        ),
        (
            "wie lange dauert ein Führerschein nach Portugiesisch",
            "Hallo! Zwei Werktage, mit Express 24 Stunden.",
        ),
        ("übersetzen Sie auch aus dem Türkischen?", "Hallo! Ja, Türkisch-Deutsch, drei Werktage."),
    ),
    "es": (
        (
            "hola, cuanto tarda una traducción jurada de un título?",
            "¡Hola! 3 días laborables, o 24h con urgente.",
        ),
        ("Se puede pagar con Bizum?", "Hola, de momento tarjeta y PayPal, Bizum pronto."),
        (
            "la copia en papel la mandáis certificada?",
            "Hola, sí, siempre certificada y con seguimiento.",
        ),
        ("traducís del rumano?", "¡Hola! Sí, rumano-español, 3 días laborables."),
    ),
    "it": (
        (
            "Ciao, la traduzione vale anche per il comune di Bologna?",
            "Ciao! Sì, le traduzioni giurate sono accettate dai comuni.",
        ),
        (
            "posso caricare una foto invece della scansione?",
            "Ciao, sì, basta una foto nitida dall'alto.",
        ),
        (
            "quanto ci vuole per la patente in francese?",
            "Ciao! Due giorni lavorativi, uno con l'espresso.",
        ),
        ("traducete anche dall'albanese?", "Ciao! Sì, albanese-italiano, 3 giorni lavorativi."),
    ),
}

THANKS = {
    "fr": ("merci !", "Super merci bcp", "parfait merci 🙏", "ok top merci"),
    "pt": ("obg!", "Muito obrigad{o} 🙂", "ok obrigad{o}", "perfeito obg"),
    "en": ("cheers!", "thanks a lot", "great thank you"),
    "de": ("danke!", "Super, danke", "perfekt danke"),
    "es": ("gracias!!", "genial gracias", "vale gracias"),
    "it": ("grazie!", "grz mille", "perfetto grazie"),
}

#: E-mail questions: subject, text, the agent's answer.
MAIL_QA = {
    "fr": (
        (
            "Question traduction permis",
            "Bonjour,\nJe dois échanger mon permis portugais en France, faut-il aussi traduire le verso ?\nCordialement,\n{full}",
            "Bonjour {name},\nOui, l'ANTS demande le recto et le verso : cela fait 2 pages. Vous pouvez commander dans l'appli.\nBien à vous,\n{agent}, Parlavo",
        ),
        (
            "Acte de naissance intégral ou extrait ?",
            "Bonjour,\nla mairie me demande une \"copie intégrale\" traduite, j'ai seulement un extrait avec filiation. Vous pouvez traduire l'extrait quand même ?\nMerci d'avance\n{full}",
            "Bonjour {name},\nNous traduisons fidèlement le document fourni ; si la mairie exige la copie intégrale, il faudra la demander d'abord à l'état civil. N'hésitez pas à revenir vers nous.\n{agent}, Parlavo",
        ),
        (
            "facture pour ma mutuelle",
            "bonjour, ma mutuelle rembourse une partie de l'interprète, il me faudrait une facture à mon nom svp\n{full}",
            "Bonjour {name},\nVotre facture est téléchargeable dans Commandes > Facture ; je vous la joins aussi ici.\nBonne journée,\n{agent}, Parlavo",
        ),
    ),
    "pt": (
        (
            "Dúvida apostila",
            "Boa tarde,\nPreciso da apostila no registo criminal antes da tradução ou depois?\nObrigad{o},\n{full}",
            'Boa tarde {name},\nA apostila é pedida primeiro no documento original; se escolher a opção "Apostila" tratamos nós disso.\nCumprimentos,\n{agent}, Parlavo',
        ),
        (
            "certidão para o casamento em França",
            "Bom dia\nvou casar em Nantes em setembro e a mairie pede a certidão de nascimento traduzida com menos de 3 meses. Se pedir agora ainda vale?\n{full}",
            "Bom dia {name},\nOs 3 meses contam a partir da data da certidão emitida pela conservatória, não da tradução. Peça a certidão perto da data e nós traduzimos em 48 h.\nFelicidades!\n{agent}, Parlavo",
        ),
        (
            "Fatura com NIF",
            "Olá, preciso da fatura com o meu NIF para o IRS, é possível?\nObrigad{o}\n{full}",
            "Olá {name},\nSim, basta pôr o NIF no perfil e descarregar a fatura outra vez em Encomendas.\n{agent}, Parlavo",
        ),
    ),
    "en": (
        (
            "Translation for a UK visa",
            "Hi,\nDoes the Home Office accept your certified translations or do they need a separate statement?\nThanks,\n{full}",
            "Hi {name},\nOur certified translations include the translator's statement the Home Office asks for.\nBest,\n{agent}, Parlavo",
        ),
        (
            "Name spelling",
            "Hello, my name is spelt two ways on my documents. Which one will you use?\n{full}",
            "Hi {name},\nWe copy each document exactly and add a translator's note where spellings differ.\n{agent}, Parlavo",
        ),
        (
            "Paper copy address",
            "Hi,\nCan the paper copy go to my work address instead of home?\nThanks,\n{full}",
            "Hi {name},\nOf course, just change the delivery address on the order before it's posted.\n{agent}, Parlavo",
        ),
    ),
    "de": (
        (
            "Frage zur Apostille",
            "Hallo,\nbrauche ich für die Geburtsurkunde erst die Apostille und dann die Übersetzung?\nViele Grüße\n{full}",
            "Hallo {name},\nja, erst die Apostille auf dem Original, dann die Übersetzung. Wir können beides übernehmen.\nViele Grüße\n{agent}, Parlavo",
        ),
        (
            "Rechnung",
            "Hallo, können Sie mir die Rechnung noch mal schicken, finde sie nicht in der App.\nLG {full}",
            "Hallo {name},\nanbei die Rechnung, in der App unter Bestellungen > Rechnung.\n{agent}, Parlavo",
        ),
        (
            "Übersetzung für die Krankenkasse",
            "Guten Tag,\nnimmt die Krankenkasse eine beglaubigte Übersetzung als PDF oder nur auf Papier?\nGruß\n{full}",
            "Hallo {name},\ndas hängt von der Kasse ab; meist reicht das signierte PDF, sonst bestellen Sie die Papierkopie dazu.\n{agent}, Parlavo",
        ),
    ),
    "es": (
        (
            "Duda traducción",
            "Hola,\n¿la traducción jurada vale para homologar el título en Francia?\nGracias,\n{full}",
            "Hola {name},\nsí, nuestras traducciones juradas valen para la homologación.\nUn saludo,\n{agent}, Parlavo",
        ),
        (
            "Factura",
            "hola, me mandáis la factura con mi DNI porfa\n{full}",
            "Hola {name},\nte la adjunto, y también la tienes en Pedidos > Factura.\n{agent}, Parlavo",
        ),
        (
            "Dirección de envío",
            "Hola,\n¿puedo mandar la copia en papel a la oficina en vez de a casa?\nGracias\n{full}",
            "Hola {name},\nclaro, cambia la dirección en el pedido antes del envío.\n{agent}, Parlavo",
        ),
    ),
    "it": (
        (
            "Domanda traduzione",
            "Buongiorno,\nla traduzione giurata serve anche per l'iscrizione all'AIRE?\nGrazie,\n{full}",
            "Buongiorno {name},\nsì, va benissimo anche per l'AIRE.\nCordiali saluti,\n{agent}, Parlavo",
        ),
        (
            "Fattura",
            "Salve, mi servirebbe la fattura col codice fiscale, grz\n{full}",
            "Salve {name},\nbasta inserire il codice fiscale nel profilo e riscaricarla da Ordini.\n{agent}, Parlavo",
        ),
        (
            "Copia cartacea in ufficio",
            "Buongiorno,\nposso farmi spedire la copia cartacea in ufficio?\nGrazie\n{full}",
            "Buongiorno {name},\ncerto, basta cambiare l'indirizzo nell'ordine prima della spedizione.\n{agent}, Parlavo",
        ),
    ),
}

#: Phone questions (speech-to-text, no punctuation) and the agent's follow-up e-mail.
CALL_QA = {
    "fr": (
        (
            "oui bonjour je vous appelle parce que je dois faire traduire le livret de famille pour la demande de nationalité et je voulais savoir si vous traduisez toutes les pages ou juste celles qui sont remplies",
            "Suite à votre appel",
            "Bonjour {name},\nComme convenu au téléphone : seules les pages remplies sont traduites et comptées. Vous pouvez commander dans l'appli.\n{agent}, Parlavo",
        ),
        (
            "allô oui c'est pour l'interprète en visio ma mère a un rendez-vous à l'hôpital jeudi elle parle que portugais est-ce qu'on peut réserver pour elle sur mon compte",
            "Interprète pour jeudi",
            "Bonjour {name},\nOui, vous pouvez réserver sur votre compte et envoyer le lien à votre mère. Je vous ai mis le lien de réservation ci-dessous.\n{agent}, Parlavo",
        ),
        (
            "bonjour madame euh j'ai commandé hier une traduction et je voulais savoir si je peux ajouter la copie papier après coup parce que la mairie veut l'original",
            "Copie papier",
            "Bonjour {name},\nC'est ajouté à votre commande, la copie papier partira en recommandé avec la traduction.\n{agent}, Parlavo",
        ),
    ),
    "pt": (
        (
            "sim bom dia estou a ligar porque a minha filha vai estudar para a Bélgica e precisa do certificado de habilitações traduzido para francês queria saber quanto custa e quanto tempo demora",
            "Na sequência da sua chamada",
            "Bom dia {name},\nComo falámos: o certificado de habilitações são 2 páginas, 78 € no total, pronto em 2 dias úteis.\n{agent}, Parlavo",
        ),
        (
            "olá boa tarde é só uma pergunta a tradução que vocês fazem é aceite no consulado do Luxemburgo ou tenho de ir ao notário",
            "Tradução para o Luxemburgo",
            "Boa tarde {name},\nConfirmo: é aceite tal como a enviamos, não precisa de notário.\n{agent}, Parlavo",
        ),
        (
            "bom dia eu tenho o Pass e queria saber se a cópia em papel também é grátis para o meu irmão se eu fizer o pedido",
            "Cópia em papel",
            "Bom dia {name},\nSim, desde que a encomenda seja feita na sua conta.\n{agent}, Parlavo",
        ),
    ),
    "en": (
        (
            "hi yeah I'm just ringing about my wife's marriage certificate it's in Polish can you do Polish to English and how long would that take",
            "Following your call",
            "Hi {name},\nAs discussed: yes, Polish to English, 2 working days, 45 €.\n{agent}, Parlavo",
        ),
        (
            "hello I wanted to check if the interpreter can join a video call on Teams or only in your app",
            "Interpreter on Teams",
            "Hi {name},\nThe interpreter can join a Teams link: paste it in the booking notes.\n{agent}, Parlavo",
        ),
    ),
    "de": (
        (
            "ja hallo ich wollte nur fragen ob die Übersetzung vom Abiturzeugnis auch für die Uni in Wien reicht oder ob die noch was anderes brauchen",
            "Ihr Anruf",
            "Hallo {name},\nwie besprochen: die Uni Wien nimmt unsere beeidigte Übersetzung so an.\n{agent}, Parlavo",
        ),
        (
            "guten Tag ich hab den Pass und wollte wissen ob ich den auch im Urlaub pausieren kann",
            "Pass pausieren",
            "Hallo {name},\nja, der Pass lässt sich in der App bis zu drei Monate pausieren.\n{agent}, Parlavo",
        ),
    ),
    "es": (
        (
            "hola buenas llamaba para preguntar si la traducción del certificado de empadronamiento la aceptan en el consulado de Francia",
            "Su llamada",
            "Hola {name},\ncomo hablamos, sí la aceptan, y la tienes en 48 h.\n{agent}, Parlavo",
        ),
        (
            "buenas tardes quería saber si el intérprete puede ser una mujer es para una cita de ginecología de mi madre",
            "Intérprete",
            "Hola {name},\nsí, puedes elegirlo al reservar en Preferencias.\n{agent}, Parlavo",
        ),
    ),
    "it": (
        (
            "pronto buongiorno volevo sapere se la traduzione del diploma va bene anche per l'università in Francia o serve anche la dichiarazione di valore",
            "La sua chiamata",
            "Buongiorno {name},\ncome detto al telefono: la traduzione va bene, la dichiarazione di valore la rilascia il consolato.\n{agent}, Parlavo",
        ),
        (
            "sì buonasera chiamavo per sapere se la copia cartacea arriva anche in Svizzera",
            "Copia cartacea",
            "Buonasera {name},\nsì, spediamo anche in Svizzera, 3-4 giorni.\n{agent}, Parlavo",
        ),
    ),
}

#: Reviews (rating, text).
REVIEWS = {
    "fr": (
        (
            "5",
            "Rapide, pas cher par rapport au traducteur du coin, et accepté par la préfecture. Rien à redire.",
        ),
        (
            "5",
            "Appli claire, suivi de commande en temps réel, traductrice qui répond aux questions. 5/5",
        ),
        ("4", "Très bon service, un jour de plus que prévu mais ils avaient prévenu."),
        (
            "5",
            "Commande à 23h, traduction le lendemain midi. Impeccable pour les dossiers de dernière minute.",
        ),
        (
            "4",
            "Bon rapport qualité-prix, l'appli pourrait être un peu plus claire sur les pages comptées.",
        ),
    ),
    "pt": (
        ("5", "Rápido e aceite à primeira pelas finanças francesas. 5 estrelas"),
        ("5", "Muito fácil de usar, até a minha mãe conseguiu pedir sozinha"),
        ("4", "Bom serviço, o preço por página podia ser mais claro antes de carregar as fotos."),
        ("5", "Tradução impecável e o apoio respondeu em minutos no chat."),
        ("4", "Muito bom, só demorei a perceber como juntar várias fotos no mesmo pedido."),
    ),
    "en": (
        ("5", "Quick, clear pricing and accepted first time. Would use again."),
        ("4", "Good service, paper copy took a while to arrive."),
    ),
    "de": (
        ("5", "Schnell, fair und vom Amt akzeptiert. Gerne wieder."),
        ("4", "Gute Übersetzung, Papierkopie kam etwas später."),
    ),
    "es": (
        ("5", "Rápido y aceptado a la primera. Muy recomendable."),
        ("4", "Muy bien, aunque el envío en papel tardó un poco."),
    ),
    "it": (
        ("5", "Veloce, chiaro e accettato subito. Ottimo."),
        ("4", "Bene, solo la copia cartacea un po' lenta."),
    ),
}

#: Happy survey words: (kind, words); empty for a score alone.
SURVEY_WORDS = {
    "fr": ("rapide et fiable", "top", "👍", "", "nickel", "merci à la traductrice"),
    "pt": ("rápido e fácil", "5 estrelas", "🙂", "", "impecável", "tudo ótimo"),
    "en": ("quick and easy", "spot on", "", "👍"),
    "de": ("schnell und einfach", "top", "", "👍"),
    "es": ("rápido y fácil", "genial", "", "👌"),
    "it": ("veloce e preciso", "ottimo", "", "👍"),
}

#: Night posts (social or community), 22:00-05:00.
NIGHT_POSTS = {
    "fr": (
        "3h du mat, fin de garde aux urgences, et je viens de commander la traduction de mon diplôme d'infirmière pour la Suisse. L'appli Parlavo marche même à moitié endormi{e}",
        "Insomnie la veille du rdv préfecture, je relis pour la 10e fois les traductions Parlavo. Tout est bon. Dodo maintenant 😴",
        "Minuit passé et le dossier Campus France est enfin complet, traductions comprises. Merci Parlavo d'avoir fait ça en 24h",
        "Boulangerie à 4h donc je commande mes papiers à 3h, logique. Au moins chez Parlavo l'appli ne dort pas",
        "Bébé qui fait ses dents, moi qui scanne le livret de famille à 2h du matin pour Parlavo. La vie de parent expat",
    ),
    "pt": (
        "Não consigo dormir com a entrevista do visto amanhã... ao menos a tradução da Parlavo já está cá, impecável",
        "Turno da noite acabado, pedido da certidão feito no telemóvel em 5 minutos. Parlavo salvou-me mais uma vez",
        "1 da manhã e finalmente enviei tudo para a equivalência do curso. Traduções da Parlavo incluídas 🙌",
        "Bebé acordado, eu acordad{o}, aproveitei para tirar foto ao livro de família para a Parlavo. Multitasking",
        "Saí agora do hotel, turno da noite, e já tenho a tradução do diploma no email. Obrigad{o} Parlavo",
    ),
    "en": (
        "2am and the uni application is finally in, translation from Parlavo included. Bed.",
        "Night shift done, ordered the birth cert translation on the bus home. Parlavo app is dead easy",
        "Can't sleep so I've finally sorted the marriage cert translation on Parlavo. Productive insomnia",
    ),
    "de": (
        "Nachtschicht vorbei, schnell noch das Zeugnis bei Parlavo hochgeladen. Läuft.",
        "Kann nicht schlafen, also Antrag fertig gemacht. Übersetzung von Parlavo ist schon drin 👍",
        "Halb zwei, Baby schläft endlich, ich bestelle noch schnell die Übersetzung bei Parlavo. Elternleben",
    ),
    "es": (
        "Las 3 de la mañana y yo subiendo el título a Parlavo porque mañana se me olvida jaja",
        "Sin sueño, así que dejé pedida la traducción del certificado. Parlavo en 2 minutos",
        "Turno de noche terminado y la partida de nacimiento ya pedida en Parlavo desde el móvil",
    ),
    "it": (
        "Insonnia, allora ho ordinato la traduzione del diploma su Parlavo. Almeno faccio qualcosa di utile",
        "Finito il turno di notte, patente caricata su Parlavo dal pullman. Comodissimo",
        "Neonato sveglio, io pure: intanto ho ordinato la traduzione su Parlavo",
    ),
}

#: Night chat questions and the agent's answer.
NIGHT_CHAT = {
    "fr": (
        (
            "c'est normal que le prix change quand j'ajoute le verso ?",
            "Bonsoir, oui : chaque page remplie compte, verso compris.",
        ),
        (
            "il y a quelqu'un à cette heure ? je voudrais savoir si ce sera prêt vendredi",
            "Bonsoir ! Oui, commandé maintenant c'est prêt jeudi après-midi.",
        ),
        (
            "est ce que je peux payer en 3 fois",
            "Bonsoir, oui à partir de 100 €, l'option apparaît au paiement.",
        ),
        (
            "j'ai mis la mauvaise photo, je peux la changer avant que ça parte en traduction ?",
            'Bonsoir, oui, tant que la commande est "en attente", Remplacer la photo.',
        ),
        (
            "si je commande l'express maintenant je l'ai demain soir ?",
            "Bonsoir ! Oui, 24 h à partir de la commande.",
        ),
    ),
    "pt": (
        (
            "ainda há alguém a esta hora? queria saber se a tradução fica pronta até sexta",
            "Boa noite! Sim, com o pedido feito agora fica pronta quinta à tarde.",
        ),
        (
            "posso mudar a morada da cópia em papel depois de pagar?",
            "Boa noite, sim, em Encomendas > Morada, até ao envio.",
        ),
        (
            "o Pass dá desconto no intérprete também?",
            "Boa noite! Sim, 20 % no intérprete por vídeo.",
        ),
        (
            "tirei a foto torta, a app aceita na mesma?",
            "Boa noite, aceita, desde que se leia tudo. Se não, pedimos outra.",
        ),
        (
            "se pedir o expresso agora tenho amanhã à noite?",
            "Boa noite! Sim, 24 horas a contar do pedido.",
        ),
    ),
    "en": (
        (
            "anyone there this late? will it be ready by Friday?",
            "Evening! Yes, ordered now it's ready Thursday afternoon.",
        ),
        (
            "can I change the delivery address after paying?",
            "Hi, yes, under Orders > Address until it's posted.",
        ),
        ("is the paper copy sent on Saturdays?", "Hi, yes, Saturday mornings too."),
    ),
    "de": (
        (
            "ist um die Uhrzeit noch jemand da? wäre es bis Freitag fertig?",
            "Guten Abend! Ja, jetzt bestellt ist es Donnerstagnachmittag fertig.",
        ),
        (
            "kann ich die Lieferadresse noch ändern?",
            "Hallo, ja, unter Bestellungen > Adresse, bis zum Versand.",
        ),
        (
            "wenn ich jetzt Express bestelle, hab ich es morgen Abend?",
            "Guten Abend, ja, 24 Stunden ab Bestellung.",
        ),
    ),
    "es": (
        (
            "hay alguien a estas horas? estaría para el viernes?",
            "¡Buenas noches! Sí, pedido ahora estaría el jueves por la tarde.",
        ),
        (
            "puedo cambiar la dirección de envío?",
            "Hola, sí, en Pedidos > Dirección hasta que se envíe.",
        ),
        (
            "si pido ahora la urgente, la tengo mañana por la noche?",
            "¡Buenas noches! Sí, en 24 horas desde el pedido.",
        ),
    ),
    "it": (
        (
            "c'è qualcuno a quest'ora? sarebbe pronto per venerdì?",
            "Buonasera! Sì, ordinato ora è pronto giovedì pomeriggio.",
        ),
        (
            "posso cambiare l'indirizzo di spedizione?",
            "Ciao, sì, in Ordini > Indirizzo fino alla spedizione.",
        ),
        (
            "se ordino adesso l'espresso, arriva domani sera?",
            "Buonasera! Sì, entro 24 ore dall'ordine.",
        ),
    ),
}

#: Weekday names, Monday first.
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
