"""Hand-written wording for the heldout20 scenarios (Solvane, a home energy supplier).

Every sentence here was written for this set, from the stories in README.md: households
with electricity and gas, smart meters, monthly direct debits, solar export payments, and
Solvane Pro for small businesses with several sites. Placeholders: {p} a problem sentence,
{s} a "still not fixed" sentence, {ref} the case reference, {comp} a competitor, {name} a
first name, {co} a company, {sig} a signature, {n} a meter reading. Amounts are written in
the language's usual currency; the generator switches pounds and euros by market.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS: tuple[str, ...] = ("en", "fr", "es", "de", "it", "pt")
#: First-language draw weights (English and French lead this set).
LANG_WEIGHTS: tuple[int, ...] = (28, 26, 12, 12, 11, 11)
MARKET: dict[str, str] = {"en": "UK", "fr": "FR", "es": "ES", "de": "DE", "it": "IT", "pt": "PT"}
PHONE_PREFIX: dict[str, str] = {
    "UK": "+447",
    "FR": "+336",
    "ES": "+346",
    "DE": "+4917",
    "IT": "+393",
    "PT": "+3519",
}
PHONE_DIGITS: dict[str, int] = {"UK": 9, "FR": 8, "ES": 8, "DE": 8, "IT": 9, "PT": 8}
COMPETITORS: tuple[str, ...] = ("Kilowa", "Ampora")

FIRST_NAMES: dict[str, list[str]] = {
    "en": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "Jack",
        "Poppy",
        "George",
        "Freya",
        "Noah",
        "Evie",
        "Charlie",
        "Grace",
        "Alfie",
        "Ruby",
        "Thomas",
        "Chloe",
        "James",
        "Megan",
        "Liam",
        "Sophie",
        "Callum",
        "Niamh",
        "Rhys",
        "Hannah",
        "Priya",
        "Kwame",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
        "Louis",
        "Chloé",
        "Théo",
        "Inès",
        "Julien",
        "Margaux",
        "Antoine",
        "Élodie",
        "Mathis",
        "Clara",
        "Nicolas",
        "Sarah",
        "Baptiste",
        "Océane",
        "Yanis",
        "Pauline",
        "Karim",
        "Solène",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Diego",
        "Marta",
        "Álvaro",
        "Nerea",
        "Pablo",
        "Elena",
        "Sergio",
        "Irene",
        "Raúl",
        "Paula",
        "Iker",
        "Ainhoa",
        "Rocío",
    ],
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Sophie",
        "Tobias",
        "Miriam",
        "Jan",
        "Katrin",
        "Moritz",
        "Svenja",
        "Henrik",
        "Julia",
        "Jörg",
        "Birte",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Davide",
        "Elisa",
        "Andrea",
        "Federica",
        "Simone",
        "Niccolò",
        "Ilaria",
    ],
    "pt": [
        "João",
        "Inês",
        "Tiago",
        "Mariana",
        "Rui",
        "Beatriz",
        "Duarte",
        "Catarina",
        "Miguel",
        "Sofia",
        "Gonçalo",
        "Leonor",
        "Vasco",
        "Matilde",
    ],
}
LAST_NAMES: dict[str, list[str]] = {
    "en": [
        "Whitfield",
        "Ashworth",
        "Pritchard",
        "Okafor",
        "Bennett",
        "Kaur",
        "Harrison",
        "Doyle",
        "Fenwick",
        "Marsh",
        "Patel",
        "Holloway",
        "Griffiths",
        "McAllister",
        "Brennan",
        "Lowe",
        "Thornton",
        "Iqbal",
        "Carver",
        "Dunmore",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Garnier",
        "Rousseau",
        "Chevalier",
        "Benali",
        "Fontaine",
        "Girard",
        "Lambert",
        "Mercier",
        "Perrin",
        "Blanchard",
        "Dupuis",
        "Roux",
        "Faure",
        "Nguyen",
        "Marceau",
        "Aubert",
    ],
    "es": [
        "García",
        "Ortega",
        "Navarro",
        "Castillo",
        "Moreno",
        "Herrera",
        "Vidal",
        "Prieto",
        "Santos",
        "Molina",
        "Iglesias",
        "Romero",
        "Lucena",
        "Arrieta",
    ],
    "de": [
        "Müller",
        "Schröder",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Krüger",
        "Lehmann",
        "Schulz",
        "Vogel",
        "Brandt",
        "Weiß",
        "Jäger",
        "Hollmann",
        "Kessler",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Conti",
        "De Luca",
        "Mancini",
        "Galli",
        "Fontana",
        "Barbieri",
        "Bellandi",
        "Ferrante",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Carvalho",
        "Pereira",
        "Almeida",
        "Nogueira",
        "Ribeiro",
        "Teixeira",
        "Sequeira",
        "Alvarinho",
    ],
}
MAIL_DOMAINS: dict[str, list[str]] = {
    "en": ["mail.example", "inbox.example", "postbox.example"],
    "fr": ["courriel.example", "mail.example", "boite.example"],
    "es": ["correo.example", "mail.example"],
    "de": ["post.example", "mail.example"],
    "it": ["posta.example", "mail.example"],
    "pt": ["correio.example", "mail.example"],
}

# --- happy households --------------------------------------------------------------

PRAISE: dict[str, list[str]] = {
    "en": [
        "Three months with Solvane and not one surprise on the bill. The app shows exactly what we use each day, love it.",
        "Switched our flat to Solvane in January, took ten minutes and the first bill was lower than our old supplier ever managed.",
        "Shout out to Solvane: smart meter fitted on Tuesday, readings in the app on Wednesday. Painless 👍",
        "Really pleased with the green tariff, nice to actually see where the electricity comes from.",
        "Got a credit back from Solvane after the winter without even asking. An honest energy company, who knew?",
        "The hourly graph in the Solvane app has turned my kids into light-switch police 😂 bill down 15%",
        "Moved house and Solvane moved with us, final reading and new account done in one call. Brilliant.",
        "Solvane's customer service actually picks up the phone. Four minutes today. Impressed.",
        "Happy with Solvane so far, clear bills and friendly people.",
        "Our solar export payment from Solvane landed on time again, nice little bonus every quarter ☀️",
    ],
    "fr": [
        "Chez Solvane depuis six mois, aucune mauvaise surprise sur les factures. L'appli montre la conso jour par jour, top.",
        "Passés chez Solvane en janvier, dix minutes en ligne et la première facture est moins chère qu'avant 👌",
        "Compteur communicant posé mardi, relevés dans l'appli dès le lendemain. Rien à redire.",
        "Très contente de l'offre verte de Solvane, on sait enfin d'où vient notre électricité.",
        "Solvane m'a remboursé mon trop-perçu sans que je demande quoi que ce soit. Un fournisseur honnête, ça existe !",
        "Depuis qu'on voit la conso heure par heure dans l'appli, les enfants éteignent les lumières 😄 facture -12 %",
        "Déménagement géré en un seul appel avec Solvane, relevé de sortie et nouveau contrat. Bravo.",
        "Service client Solvane joignable en cinq minutes aujourd'hui. Ça change.",
        "Satisfaite de Solvane pour l'instant, factures claires et conseillers sympas.",
        "Le rachat de ma production solaire est arrivé pile à l'heure, merci Solvane ☀️",
    ],
    "es": [
        "Seis meses con Solvane y ni una sorpresa en la factura. La app enseña el consumo de cada día, genial.",
        "Nos cambiamos a Solvane en enero, diez minutos y la primera factura más barata que con la compañía de antes.",
        "Me pusieron el contador inteligente el martes y el miércoles ya veía las lecturas en la app. Sin líos 👍",
        "Muy contenta con la tarifa verde de Solvane.",
        "Solvane me devolvió el saldo a favor sin tener que pedirlo. Así da gusto.",
        "Atención al cliente de Solvane: me cogieron el teléfono en tres minutos. Sorprendido.",
        "Mudanza resuelta en una sola llamada con Solvane. Muy bien.",
    ],
    "de": [
        "Seit einem halben Jahr bei Solvane, keine böse Überraschung auf der Rechnung. Die App zeigt den Verbrauch pro Tag, super.",
        "Wechsel zu Solvane im Januar, zehn Minuten online und die erste Abrechnung war günstiger als beim alten Anbieter.",
        "Smart Meter am Dienstag eingebaut, am Mittwoch schon Werte in der App. Läuft 👍",
        "Sehr zufrieden mit dem Ökostromtarif von Solvane.",
        "Solvane hat mir das Guthaben ohne Nachfrage überwiesen. Ehrlicher Anbieter!",
        "Kundenservice von Solvane nach vier Minuten dran gewesen. Respekt.",
        "Umzug mit einem Anruf erledigt, Zählerstand und neuer Vertrag. Danke Solvane.",
    ],
    "it": [
        "Sei mesi con Solvane e nessuna sorpresa in bolletta. L'app mostra i consumi giorno per giorno, ottima.",
        "Passati a Solvane a gennaio, dieci minuti online e la prima bolletta più bassa di prima.",
        "Contatore intelligente installato martedì, mercoledì già vedevo le letture nell'app 👍",
        "Molto soddisfatta della tariffa verde di Solvane.",
        "Solvane mi ha rimborsato il credito senza che lo chiedessi. Che bello un fornitore onesto.",
        "Servizio clienti Solvane: risposto in quattro minuti. Complimenti.",
        "Trasloco sistemato con una sola telefonata. Bravi Solvane.",
    ],
    "pt": [
        "Seis meses com a Solvane e nenhuma surpresa na fatura. A app mostra o consumo de cada dia, espetáculo.",
        "Mudámos para a Solvane em janeiro, dez minutos online e a primeira fatura veio mais barata.",
        "Contador inteligente instalado na terça, na quarta já via as leituras na app 👍",
        "Muito contente com a tarifa verde da Solvane.",
        "A Solvane devolveu-me o saldo a favor sem eu pedir. Assim sim.",
        "O apoio ao cliente da Solvane atendeu em quatro minutos. Impressionado.",
        "Mudança de casa tratada numa só chamada. Obrigada Solvane.",
    ],
}
PRAISE_TAILS: dict[str, list[str]] = {
    "en": ["", "", "", " Thanks Solvane!", " 👏", " Recommended.", " 🙌"],
    "fr": ["", "", "", " Merci Solvane !", " 👏", " Je recommande.", " 🙌"],
    "es": ["", "", "", " ¡Gracias Solvane!", " 👏", " Recomendable."],
    "de": ["", "", "", " Danke Solvane!", " 👏", " Empfehlenswert."],
    "it": ["", "", "", " Grazie Solvane!", " 👏", " Consigliato."],
    "pt": ["", "", "", " Obrigado Solvane!", " 👏", " Recomendo."],
}
MENTIONS: dict[str, list[str]] = {
    "en": [
        "@Solvane cheers for sorting the meter swap so fast",
        "Thanks @Solvane, the new tariff is already saving us money",
        "@Solvane your app's usage graph is addictive 😅",
        "Big thanks to Priya at @Solvane for the patient help with my first bill",
        "@Solvane engineer was on time and left everything tidy. Top marks.",
    ],
    "fr": [
        "Merci @Solvane pour le changement de compteur aussi rapide",
        "@Solvane votre appli est vraiment bien faite",
        "Un grand merci à Sandrine de @Solvane pour sa patience avec ma première facture",
        "@Solvane technicien ponctuel et très pro, merci !",
    ],
    "es": [
        "Gracias @Solvane por cambiar el contador tan rápido",
        "@Solvane la app está muy bien hecha",
        "Mil gracias a Laura de @Solvane por la paciencia",
    ],
    "de": [
        "Danke @Solvane für den schnellen Zählertausch",
        "@Solvane eure App ist echt gut gemacht",
        "Techniker von @Solvane pünktlich und freundlich. Top!",
    ],
    "it": [
        "Grazie @Solvane per il cambio contatore velocissimo",
        "@Solvane l'app è fatta davvero bene",
        "Tecnico @Solvane puntuale e gentilissimo!",
    ],
    "pt": [
        "Obrigado @Solvane pela troca do contador tão rápida",
        "@Solvane a vossa app está muito bem feita",
        "Técnico da @Solvane pontual e simpático. 5 estrelas",
    ],
}
QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, how do I send a meter reading if my meter isn't a smart one?",
            "Hi! In the app go to Meter > Submit reading, or just reply here with the numbers and a photo.",
        ),
        (
            "Can I change the date my direct debit comes out?",
            "Of course: Account > Payments > Change date. Any day from the 1st to the 28th.",
        ),
        (
            "Is the green tariff really 100% renewable?",
            "Yes, every kWh is matched with certificates from wind and solar farms. Happy to send you the details.",
        ),
        (
            "How long does a smart meter install take?",
            "Usually about 90 minutes, and the power is off for around 20 of those.",
        ),
        (
            "Where can I find last year's bills?",
            "They're all under Bills > History, each one downloads as a PDF.",
        ),
        (
            "Do you do a tariff for electric cars?",
            "We do, Solvane Drive, with a cheaper night rate from 00:30 to 04:30. It's on the tariffs page.",
        ),
        (
            "Can I add my partner to the account?",
            "Yes, under Account > People you can add a second account holder.",
        ),
    ],
    "fr": [
        (
            "Bonjour, comment je transmets mon index si mon compteur n'est pas communicant ?",
            "Bonjour ! Dans l'appli : Compteur > Saisir un index, ou envoyez-nous ici les chiffres avec une photo.",
        ),
        (
            "Je peux changer la date de prélèvement ?",
            "Bien sûr : Compte > Paiements > Date de prélèvement, n'importe quel jour entre le 1er et le 28.",
        ),
        (
            "L'offre verte est vraiment 100 % renouvelable ?",
            "Oui, chaque kWh est couvert par des garanties d'origine éoliennes et solaires.",
        ),
        (
            "Combien de temps dure la pose d'un compteur communicant ?",
            "Environ une heure et demie, avec une coupure d'une vingtaine de minutes.",
        ),
        (
            "Où trouver mes factures de l'an dernier ?",
            "Dans Factures > Historique, chacune se télécharge en PDF.",
        ),
        (
            "Vous avez une offre pour la voiture électrique ?",
            "Oui, Solvane Drive, avec des heures creuses renforcées la nuit. Tout est sur la page des offres.",
        ),
        (
            "Je peux ajouter mon conjoint comme cotitulaire ?",
            "Oui, dans Compte > Titulaires vous pouvez ajouter une deuxième personne.",
        ),
    ],
    "es": [
        (
            "Hola, ¿cómo envío la lectura si mi contador no es inteligente?",
            "¡Hola! En la app: Contador > Enviar lectura, o mándanos aquí los números con una foto.",
        ),
        (
            "¿Puedo cambiar el día de la domiciliación?",
            "Claro: Cuenta > Pagos > Cambiar día, cualquier día del 1 al 28.",
        ),
        (
            "¿La tarifa verde es 100% renovable de verdad?",
            "Sí, cada kWh está respaldado por garantías de origen renovable.",
        ),
        (
            "¿Dónde veo las facturas del año pasado?",
            "En Facturas > Histórico, puedes descargar cada una en PDF.",
        ),
        (
            "¿Tenéis tarifa para coche eléctrico?",
            "Sí, Solvane Drive, con la noche más barata. Está en la página de tarifas.",
        ),
    ],
    "de": [
        (
            "Hallo, wie gebe ich den Zählerstand durch, wenn ich keinen Smart Meter habe?",
            "Hallo! In der App unter Zähler > Stand eingeben, oder schicken Sie uns hier die Zahlen mit Foto.",
        ),
        (
            "Kann ich das Abbuchungsdatum ändern?",
            "Natürlich: Konto > Zahlungen > Datum ändern, jeder Tag vom 1. bis 28. geht.",
        ),
        (
            "Ist der Ökotarif wirklich 100 % erneuerbar?",
            "Ja, jede kWh ist mit Herkunftsnachweisen aus Wind und Sonne hinterlegt.",
        ),
        (
            "Wo finde ich die Rechnungen vom letzten Jahr?",
            "Unter Rechnungen > Verlauf, jede als PDF zum Herunterladen.",
        ),
        (
            "Habt ihr einen Tarif fürs E-Auto?",
            "Ja, Solvane Drive mit günstigem Nachtstrom. Steht auf der Tarifseite.",
        ),
    ],
    "it": [
        (
            "Ciao, come invio la lettura se il contatore non è intelligente?",
            "Ciao! Nell'app: Contatore > Invia lettura, oppure mandaci qui i numeri con una foto.",
        ),
        (
            "Posso cambiare il giorno dell'addebito?",
            "Certo: Account > Pagamenti > Cambia giorno, dal 1 al 28.",
        ),
        (
            "La tariffa verde è davvero 100% rinnovabile?",
            "Sì, ogni kWh è coperto da garanzie d'origine da eolico e solare.",
        ),
        (
            "Dove trovo le bollette dell'anno scorso?",
            "In Bollette > Storico, ognuna scaricabile in PDF.",
        ),
        (
            "Avete una tariffa per l'auto elettrica?",
            "Sì, Solvane Drive, con la notte a prezzo ridotto. La trovi nella pagina tariffe.",
        ),
    ],
    "pt": [
        (
            "Olá, como envio a leitura se o contador não é inteligente?",
            "Olá! Na app: Contador > Enviar leitura, ou mande-nos aqui os números com uma fotografia.",
        ),
        (
            "Posso mudar o dia do débito direto?",
            "Claro: Conta > Pagamentos > Alterar dia, qualquer dia de 1 a 28.",
        ),
        (
            "A tarifa verde é mesmo 100% renovável?",
            "Sim, cada kWh tem garantia de origem renovável.",
        ),
        (
            "Onde vejo as faturas do ano passado?",
            "Em Faturas > Histórico, pode descarregar cada uma em PDF.",
        ),
        (
            "Têm tarifa para carro elétrico?",
            "Temos, a Solvane Drive, com a noite mais barata. Está na página das tarifas.",
        ),
    ],
}
QUESTION_SUBJECT: dict[str, str] = {
    "en": "Quick question",
    "fr": "Question",
    "es": "Consulta",
    "de": "Frage",
    "it": "Domanda",
    "pt": "Pergunta",
}
THANKS: dict[str, list[str]] = {
    "en": [
        "Perfect, thanks!",
        "Great, cheers 👍",
        "Thank you, that's all I needed.",
        "Brilliant, thanks for the quick answer",
        "Lovely, thank you",
    ],
    "fr": [
        "Parfait, merci !",
        "Super, merci beaucoup 👍",
        "Merci, c'est tout ce qu'il me fallait.",
        "Top, merci pour la réponse rapide",
        "Merci bien",
    ],
    "es": [
        "Perfecto, ¡gracias!",
        "Genial, gracias 👍",
        "Gracias, era justo eso.",
        "Muchas gracias por la rapidez",
    ],
    "de": [
        "Perfekt, danke!",
        "Super, vielen Dank 👍",
        "Danke, mehr brauchte ich nicht.",
        "Top, danke für die schnelle Antwort",
    ],
    "it": [
        "Perfetto, grazie!",
        "Ottimo, grazie mille 👍",
        "Grazie, era proprio quello.",
        "Gentilissimi, grazie",
    ],
    "pt": [
        "Perfeito, obrigado!",
        "Ótimo, obrigada 👍",
        "Obrigado, era mesmo isso.",
        "Impecável, obg pela rapidez",
    ],
}
REVIEWS: dict[str, list[tuple[int, str]]] = {
    "en": [
        (5, "Clear bills, a decent app and real people on the phone. Can't ask for more."),
        (5, "Switching was painless and the green tariff is fairly priced."),
        (
            4,
            "Good supplier. The app could show gas usage in kWh and not just the cost, but that's nitpicking.",
        ),
        (5, "Smart meter fitted on time, the engineer explained everything."),
        (4, "Solid and honest. Took a while to get through in January but otherwise spot on."),
    ],
    "fr": [
        (5, "Factures claires, appli pratique et de vrais humains au téléphone."),
        (5, "Changement de fournisseur sans aucune difficulté, offre verte au juste prix."),
        (4, "Bon fournisseur. L'appli pourrait afficher le gaz en kWh, mais c'est du détail."),
        (5, "Pose du compteur à l'heure, technicien très clair."),
    ],
    "es": [
        (5, "Facturas claras, buena app y gente de verdad al teléfono."),
        (5, "El cambio fue facilísimo y la tarifa verde tiene buen precio."),
        (4, "Buena compañía, la app podría mejorar un poco, pero muy contenta."),
    ],
    "de": [
        (5, "Klare Rechnungen, gute App und echte Menschen am Telefon."),
        (5, "Wechsel völlig problemlos, fairer Ökotarif."),
        (4, "Guter Anbieter, die App könnte Gas in kWh zeigen, aber sonst top."),
    ],
    "it": [
        (5, "Bollette chiare, app comoda e persone vere al telefono."),
        (5, "Cambio fornitore semplicissimo, tariffa verde onesta."),
        (4, "Buon fornitore, l'app si può migliorare ma sono contento."),
    ],
    "pt": [
        (5, "Faturas claras, boa app e pessoas a sério ao telefone."),
        (5, "A mudança foi facílima e a tarifa verde tem bom preço."),
        (4, "Bom fornecedor, a app podia ser melhor mas estou satisfeita."),
    ],
}
PRAISE_GRIPE: dict[str, list[str]] = {
    "en": [
        "Really happy with Solvane overall. Only wish the app remembered my login, typing the password every time is a pain.",
        "Great service as usual, though the monthly email lands at 6am and wakes me up 😅",
        "Love the usage graphs. Small gripe: gas still shows as a cost, not in kWh.",
        "Lovely people on the phone, the hold music could do with a change though 🎵",
    ],
    "fr": [
        "Très contente de Solvane dans l'ensemble. Seul bémol : l'appli me redemande le mot de passe à chaque fois.",
        "Super service comme toujours, même si le mail mensuel arrive à 6 h du mat 😅",
        "J'adore les graphiques de conso, petit regret : le gaz est en euros et pas en kWh.",
    ],
    "es": [
        "Muy contento con Solvane en general, solo que la app me pide la contraseña cada vez.",
        "Buen servicio, aunque la musiquita de espera se hace eterna 😅",
    ],
    "de": [
        "Insgesamt sehr zufrieden mit Solvane. Nur will die App jedes Mal das Passwort, nervt ein bisschen.",
        "Toller Service, nur die Warteschleifenmusik ist grausam 😅",
    ],
    "it": [
        "Nel complesso contentissima di Solvane, solo che l'app chiede la password ogni volta.",
        "Ottimo servizio, la musica d'attesa però è terribile 😅",
    ],
    "pt": [
        "No geral muito satisfeito com a Solvane, só a app pede a palavra-passe sempre.",
        "Ótimo serviço, só a música de espera é que é demais 😅",
    ],
}
SURVEY_HAPPY_WORDS: dict[str, list[str]] = {
    "en": [
        "",
        "",
        "",
        "Great",
        "All good",
        "Quick and friendly",
        "👍",
        "Sorted in minutes",
        "Easy",
        "10/10",
    ],
    "fr": ["", "", "", "Top", "Rien à dire", "Rapide et efficace", "👍", "Parfait", "Très bien"],
    "es": ["", "", "", "Genial", "Todo bien", "Rápido y amable", "👍", "Perfecto"],
    "de": ["", "", "", "Super", "Alles gut", "Schnell und freundlich", "👍", "Passt"],
    "it": ["", "", "", "Ottimo", "Tutto ok", "Veloci e gentili", "👍", "Perfetto"],
    "pt": ["", "", "", "Ótimo", "Tudo bem", "Rápidos e simpáticos", "👍", "5 estrelas"],
}
READING: dict[str, tuple[str, str]] = {
    "en": ("Meter reading", "Reading for today: {n}"),
    "fr": ("Relevé", "Index du jour : {n}"),
    "es": ("Lectura", "Lectura de hoy: {n}"),
    "de": ("Zählerstand", "Zählerstand heute: {n}"),
    "it": ("Lettura", "Lettura di oggi: {n}"),
    "pt": ("Leitura", "Leitura de hoje: {n}"),
}
#: (page, product, price) of what a household can buy on the web shop.
PRODUCTS: list[tuple[str, str, str]] = [
    ("/shop/boiler-care", "Boiler Care (12 months)", "119.00"),
    ("/shop/thermostat", "Smart thermostat", "149.00"),
    ("/shop/ev-charger", "EV home charger with installation", "899.00"),
    ("/shop/heat-pump-survey", "Heat pump survey", "95.00"),
    ("/shop/battery-check", "Solar battery health check", "79.00"),
    ("/shop/led-pack", "LED bulb pack", "24.90"),
]
PAGES: list[str] = [
    "/account/usage",
    "/account/bills",
    "/tariffs",
    "/help/meter-readings",
    "/smart-meter",
    "/moving-home",
    "/solar-export",
    "/account/payments",
]

NIGHT_POSTS: dict[str, list[str]] = {
    "en": [
        "Can't sleep, so I'm watching the Solvane app show the washing machine running on the cheap night rate. Living the dream 😂",
        "2am feed for the baby and the app says we've used less than last week. Small wins, thanks Solvane",
        "Night shift done, nice to come home to a bill lower than I expected. Cheers Solvane",
        "Charging the car on the night rate at 1am, barely costs a thing. Good tariff this.",
    ],
    "fr": [
        "Insomnie, je regarde l'appli Solvane afficher le lave-linge en heures creuses 😂",
        "Biberon de 2 h et l'appli dit qu'on consomme moins que la semaine dernière. Petite victoire, merci Solvane",
        "Fin de garde de nuit, la facture est plus basse que prévu. Merci Solvane",
        "Recharge de la voiture à 1 h du mat en heures creuses, ça coûte trois fois rien 👌",
    ],
    "es": [
        "Sin poder dormir mirando la app de Solvane, la lavadora en horario valle 😂",
        "Turno de noche terminado y la factura más baja de lo que pensaba. Gracias Solvane",
        "Cargando el coche a la 1 de la mañana con la tarifa nocturna, cuesta casi nada 👌",
    ],
    "de": [
        "Kann nicht schlafen, schaue der Solvane-App zu, wie die Waschmaschine im Nachttarif läuft 😂",
        "Nachtschicht vorbei, Rechnung niedriger als gedacht. Danke Solvane",
        "Auto um 1 Uhr nachts im Nachttarif geladen, kostet fast nichts 👌",
    ],
    "it": [
        "Insonnia, guardo l'app di Solvane e la lavatrice va in fascia notturna 😂",
        "Turno di notte finito, bolletta più bassa del previsto. Grazie Solvane",
        "Ricarico l'auto all'una di notte con la tariffa notturna, costa pochissimo 👌",
    ],
    "pt": [
        "Sem sono a ver a app da Solvane, a máquina a lavar no vazio 😂",
        "Turno da noite acabado e a fatura mais baixa do que esperava. Obrigada Solvane",
        "A carregar o carro à 1 da manhã no vazio, custa quase nada 👌",
    ],
}
NIGHT_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Quick one at this hour: does the night rate start at 00:30 or 01:00?",
            "Hi, night owl! It starts at 00:30 and runs until 04:30.",
        ),
        (
            "Up late doing the budget, can I switch to paying quarterly?",
            "Yes, Account > Payments > Frequency. The change applies from next month.",
        ),
        (
            "Sorry for the late hour, where do I find my account number?",
            "No problem! It's at the top of every bill and under Account > Details in the app.",
        ),
    ],
    "fr": [
        (
            "Petite question à cette heure-ci : les heures creuses commencent à 0 h 30 ou à 1 h ?",
            "Bonsoir ! Elles commencent à 0 h 30 et finissent à 4 h 30.",
        ),
        (
            "Je fais mes comptes tard, je peux passer à un paiement trimestriel ?",
            "Oui, Compte > Paiements > Fréquence, effectif le mois prochain.",
        ),
        (
            "Pardon pour l'heure tardive, où trouver mon numéro de client ?",
            "Pas de souci ! Il est en haut de chaque facture et dans Compte > Détails dans l'appli.",
        ),
    ],
    "es": [
        (
            "Pregunta a estas horas: ¿el horario valle empieza a las 00:30 o a la 1?",
            "¡Buenas noches! A las 00:30, hasta las 04:30.",
        ),
        (
            "Perdón por la hora, ¿dónde veo mi número de cliente?",
            "¡Sin problema! Está arriba en cada factura y en Cuenta > Datos en la app.",
        ),
    ],
    "de": [
        (
            "Kurze Frage um die Uhrzeit: fängt der Nachttarif um 0:30 oder 1:00 an?",
            "Guten Abend! Um 0:30, bis 4:30.",
        ),
        (
            "Sorry für die späte Stunde, wo finde ich meine Kundennummer?",
            "Kein Problem! Sie steht oben auf jeder Rechnung und in der App unter Konto > Details.",
        ),
    ],
    "it": [
        (
            "Domanda a quest'ora: la fascia notturna parte alle 00:30 o all'1?",
            "Buonasera! Alle 00:30, fino alle 04:30.",
        ),
        (
            "Scusate l'ora, dove trovo il mio codice cliente?",
            "Nessun problema! È in alto su ogni bolletta e nell'app in Account > Dati.",
        ),
    ],
    "pt": [
        (
            "Pergunta a estas horas: o vazio começa às 00:30 ou à 1?",
            "Boa noite! Às 00:30, até às 04:30.",
        ),
        (
            "Desculpem a hora, onde vejo o meu número de cliente?",
            "Sem problema! Está no topo de cada fatura e na app em Conta > Dados.",
        ),
    ],
}

# --- household problems -------------------------------------------------------------

PROBLEMS: tuple[str, ...] = ("meter", "estimate", "debit", "refund", "engineer", "export")
PROBLEM_ABOUT: dict[str, str] = {
    "meter": "smart meter stopped sending readings, bills estimated",
    "estimate": "estimated bill four times the usual",
    "debit": "monthly direct debit nearly doubled without notice",
    "refund": "credit balance refund requested weeks ago, not paid",
    "engineer": "engineer missed the smart meter appointment",
    "export": "solar export payments not credited",
}
DESC: dict[str, dict[str, list[str]]] = {
    "en": {
        "meter": [
            "My smart meter hasn't sent a single reading since the start of the month and now my bill is estimated.",
            "The smart meter you fitted stopped talking to your system weeks ago, so I'm back on estimates.",
        ],
        "estimate": [
            "You've sent me an estimated bill for £412 when I normally pay about £90 a month.",
            "My latest bill is based on a made-up reading and it's four times what we actually use.",
        ],
        "debit": [
            "My monthly direct debit has jumped from £85 to £160 without a word of explanation.",
            "You've nearly doubled my direct debit and nobody told me why.",
        ],
        "refund": [
            "I asked for my £238 credit balance to be refunded five weeks ago and it still hasn't arrived.",
            "You're sitting on £238 of my money: the credit refund you promised in writing never came.",
        ],
        "engineer": [
            "I took a day off work for the smart meter installation and the engineer never turned up.",
            "Second missed appointment: I waited in all day for your engineer and nobody came, no call, nothing.",
        ],
        "export": [
            "My solar export payments haven't been credited for the last two quarters.",
            "The panels export every day but I haven't seen a penny of export payment since spring.",
        ],
    },
    "fr": {
        "meter": [
            "Mon compteur communicant n'envoie plus aucun relevé depuis le début du mois et ma facture est maintenant estimée.",
            "Le compteur que vous avez posé ne communique plus depuis des semaines, me revoilà en estimation.",
        ],
        "estimate": [
            "Vous m'envoyez une facture estimée de 412 € alors que je paie d'habitude environ 90 € par mois.",
            "Ma dernière facture repose sur un index inventé et elle fait quatre fois ma vraie consommation.",
        ],
        "debit": [
            "Mon prélèvement mensuel est passé de 85 € à 160 € sans la moindre explication.",
            "Vous avez presque doublé mon prélèvement et personne ne m'a prévenu de rien.",
        ],
        "refund": [
            "J'ai demandé le remboursement de mon solde créditeur de 238 € il y a cinq semaines et toujours rien.",
            "Vous gardez 238 € qui m'appartiennent : le remboursement promis par écrit n'est jamais arrivé.",
        ],
        "engineer": [
            "J'ai posé une journée pour la pose du compteur et le technicien n'est jamais venu.",
            "Deuxième rendez-vous manqué : j'ai attendu votre technicien toute la journée, personne, pas un appel.",
        ],
        "export": [
            "Le rachat de ma production solaire n'a pas été versé depuis deux trimestres.",
            "Les panneaux injectent tous les jours mais je n'ai pas vu un centime de rachat depuis le printemps.",
        ],
    },
    "es": {
        "meter": [
            "Mi contador inteligente no envía ninguna lectura desde principios de mes y ahora la factura es estimada.",
            "El contador que me pusisteis dejó de comunicar hace semanas y vuelvo a tener lecturas estimadas.",
        ],
        "estimate": [
            "Me habéis mandado una factura estimada de 412 € cuando normalmente pago unos 90 € al mes.",
            "La última factura se basa en una lectura inventada y es cuatro veces lo que gastamos.",
        ],
        "debit": [
            "Mi cuota mensual domiciliada ha pasado de 85 € a 160 € sin ninguna explicación.",
            "Me habéis casi doblado el recibo mensual y nadie me ha dicho por qué.",
        ],
        "refund": [
            "Pedí la devolución de mi saldo a favor de 238 € hace cinco semanas y no ha llegado.",
            "Tenéis 238 € míos: la devolución que me prometisteis por escrito nunca llegó.",
        ],
        "engineer": [
            "Pedí el día libre para la instalación del contador y el técnico no apareció.",
            "Segunda cita perdida: esperé al técnico todo el día y nadie vino ni llamó.",
        ],
        "export": [
            "No me habéis abonado la compensación de excedentes solares de los dos últimos trimestres.",
            "Las placas vierten a la red todos los días y no he visto ni un euro de compensación desde la primavera.",
        ],
    },
    "de": {
        "meter": [
            "Mein Smart Meter hat seit Monatsanfang keinen einzigen Zählerstand übertragen und jetzt wird geschätzt.",
            "Der Zähler, den Sie eingebaut haben, funkt seit Wochen nichts mehr, also wieder Schätzwerte.",
        ],
        "estimate": [
            "Sie schicken mir eine geschätzte Rechnung über 412 €, normalerweise zahle ich etwa 90 € im Monat.",
            "Meine letzte Rechnung beruht auf einem erfundenen Zählerstand und ist viermal so hoch wie unser Verbrauch.",
        ],
        "debit": [
            "Mein monatlicher Abschlag ist ohne jede Erklärung von 85 € auf 160 € gestiegen.",
            "Sie haben meinen Abschlag fast verdoppelt und niemand hat mir gesagt, warum.",
        ],
        "refund": [
            "Ich habe vor fünf Wochen die Auszahlung meines Guthabens von 238 € beantragt und nichts ist gekommen.",
            "Sie sitzen auf 238 € von mir: die schriftlich zugesagte Erstattung kam nie an.",
        ],
        "engineer": [
            "Ich habe mir für den Zählereinbau einen Tag freigenommen und der Techniker ist nie gekommen.",
            "Zweiter geplatzter Termin: den ganzen Tag auf Ihren Techniker gewartet, niemand kam, kein Anruf.",
        ],
        "export": [
            "Die Einspeisevergütung für meine Solaranlage wurde seit zwei Quartalen nicht gutgeschrieben.",
            "Die Anlage speist jeden Tag ein, aber seit dem Frühjahr habe ich keinen Cent Vergütung gesehen.",
        ],
    },
    "it": {
        "meter": [
            "Il mio contatore intelligente non invia più letture da inizio mese e ora la bolletta è stimata.",
            "Il contatore che avete installato non comunica da settimane, quindi di nuovo consumi stimati.",
        ],
        "estimate": [
            "Mi avete mandato una bolletta stimata di 412 € quando di solito pago circa 90 € al mese.",
            "L'ultima bolletta si basa su una lettura inventata ed è quattro volte il nostro consumo reale.",
        ],
        "debit": [
            "La mia rata mensile in addebito è passata da 85 € a 160 € senza nessuna spiegazione.",
            "Mi avete quasi raddoppiato l'addebito mensile e nessuno mi ha detto perché.",
        ],
        "refund": [
            "Ho chiesto il rimborso del mio credito di 238 € cinque settimane fa e non è ancora arrivato.",
            "Vi tenete 238 € miei: il rimborso promesso per iscritto non è mai arrivato.",
        ],
        "engineer": [
            "Ho preso un giorno di ferie per l'installazione del contatore e il tecnico non si è mai presentato.",
            "Secondo appuntamento saltato: ho aspettato il tecnico tutto il giorno, nessuno, nemmeno una telefonata.",
        ],
        "export": [
            "Il corrispettivo per l'energia immessa dal fotovoltaico non mi viene accreditato da due trimestri.",
            "I pannelli immettono in rete ogni giorno ma da primavera non ho visto un euro.",
        ],
    },
    "pt": {
        "meter": [
            "O meu contador inteligente não envia nenhuma leitura desde o início do mês e agora a fatura é estimada.",
            "O contador que instalaram deixou de comunicar há semanas e voltei às estimativas.",
        ],
        "estimate": [
            "Mandaram-me uma fatura estimada de 412 € quando normalmente pago uns 90 € por mês.",
            "A última fatura baseia-se numa leitura inventada e é quatro vezes o que gastamos.",
        ],
        "debit": [
            "O meu débito direto mensal passou de 85 € para 160 € sem explicação nenhuma.",
            "Quase duplicaram o meu débito mensal e ninguém me disse porquê.",
        ],
        "refund": [
            "Pedi a devolução do meu saldo a favor de 238 € há cinco semanas e ainda não chegou.",
            "Estão com 238 € meus: a devolução prometida por escrito nunca chegou.",
        ],
        "engineer": [
            "Tirei um dia de férias para a instalação do contador e o técnico nunca apareceu.",
            "Segunda marcação falhada: esperei o dia todo pelo técnico e ninguém veio nem ligou.",
        ],
        "export": [
            "O pagamento da energia solar que injeto na rede não é creditado há dois trimestres.",
            "Os painéis injetam todos os dias mas desde a primavera não vi um cêntimo.",
        ],
    },
}
STILL: dict[str, dict[str, list[str]]] = {
    "en": {
        "meter": [
            "The meter is still not sending readings.",
            "Still no readings from the smart meter.",
        ],
        "estimate": [
            "The estimated bill is still there and you're about to collect it.",
            "I'm still being charged on that fantasy reading.",
        ],
        "debit": ["The direct debit is still £160.", "Nothing has changed, £160 came out again."],
        "refund": ["The £238 still hasn't arrived.", "Still no refund in my account."],
        "engineer": [
            "Still no new date for the engineer.",
            "Nobody has called to rebook the engineer.",
        ],
        "export": ["Still no export payment.", "The export credit is still missing."],
    },
    "fr": {
        "meter": ["Le compteur n'envoie toujours rien.", "Toujours aucun relevé du compteur."],
        "estimate": [
            "La facture estimée est toujours là et vous allez la prélever.",
            "Je suis toujours facturé sur cet index imaginaire.",
        ],
        "debit": [
            "Le prélèvement est toujours à 160 €.",
            "Rien n'a changé, encore 160 € prélevés.",
        ],
        "refund": [
            "Les 238 € ne sont toujours pas arrivés.",
            "Toujours pas de remboursement sur mon compte.",
        ],
        "engineer": [
            "Toujours pas de nouvelle date pour le technicien.",
            "Personne ne m'a rappelé pour reprogrammer le technicien.",
        ],
        "export": ["Toujours pas de rachat versé.", "Le rachat solaire manque toujours."],
    },
    "es": {
        "meter": ["El contador sigue sin enviar lecturas.", "Sigo sin lecturas del contador."],
        "estimate": [
            "La factura estimada sigue ahí y la vais a cobrar.",
            "Me seguís cobrando por esa lectura inventada.",
        ],
        "debit": ["El recibo sigue en 160 €.", "Nada ha cambiado, otra vez 160 €."],
        "refund": ["Los 238 € siguen sin llegar.", "Sigo sin devolución."],
        "engineer": [
            "Sigo sin nueva cita para el técnico.",
            "Nadie me ha llamado para reprogramar al técnico.",
        ],
        "export": [
            "Sigo sin la compensación de excedentes.",
            "La compensación solar sigue sin aparecer.",
        ],
    },
    "de": {
        "meter": ["Der Zähler überträgt immer noch nichts.", "Immer noch keine Zählerstände."],
        "estimate": [
            "Die Schätzrechnung steht immer noch und Sie wollen sie abbuchen.",
            "Es wird weiter nach dem erfundenen Zählerstand abgerechnet.",
        ],
        "debit": [
            "Der Abschlag liegt immer noch bei 160 €.",
            "Nichts passiert, wieder 160 € abgebucht.",
        ],
        "refund": ["Die 238 € sind immer noch nicht da.", "Immer noch keine Erstattung."],
        "engineer": [
            "Immer noch kein neuer Termin für den Techniker.",
            "Niemand hat sich gemeldet, um den Termin neu zu legen.",
        ],
        "export": ["Immer noch keine Einspeisevergütung.", "Die Vergütung fehlt weiterhin."],
    },
    "it": {
        "meter": [
            "Il contatore continua a non inviare niente.",
            "Ancora nessuna lettura dal contatore.",
        ],
        "estimate": [
            "La bolletta stimata è ancora lì e state per addebitarla.",
            "Continuate a fatturarmi su quella lettura inventata.",
        ],
        "debit": ["L'addebito è ancora di 160 €.", "Niente è cambiato, altri 160 € addebitati."],
        "refund": ["I 238 € non sono ancora arrivati.", "Ancora nessun rimborso."],
        "engineer": [
            "Ancora nessuna nuova data per il tecnico.",
            "Nessuno mi ha richiamato per fissare di nuovo il tecnico.",
        ],
        "export": [
            "Ancora nessun accredito per l'energia immessa.",
            "Il corrispettivo del fotovoltaico manca ancora.",
        ],
    },
    "pt": {
        "meter": ["O contador continua sem enviar nada.", "Continuo sem leituras do contador."],
        "estimate": [
            "A fatura estimada continua lá e vão cobrá-la.",
            "Continuam a faturar-me por essa leitura inventada.",
        ],
        "debit": ["O débito continua nos 160 €.", "Nada mudou, mais 160 € debitados."],
        "refund": ["Os 238 € continuam sem chegar.", "Continuo sem devolução."],
        "engineer": [
            "Continuo sem nova data para o técnico.",
            "Ninguém me ligou para remarcar o técnico.",
        ],
        "export": [
            "Continuo sem o pagamento da energia injetada.",
            "O pagamento do solar continua a faltar.",
        ],
    },
}
SUBJECT: dict[str, dict[str, str]] = {
    "en": {
        "meter": "Smart meter not sending readings",
        "estimate": "Estimated bill far too high",
        "debit": "Direct debit increase",
        "refund": "Credit refund",
        "engineer": "Missed engineer appointment",
        "export": "Solar export payments",
    },
    "fr": {
        "meter": "Compteur qui ne communique plus",
        "estimate": "Facture estimée beaucoup trop élevée",
        "debit": "Hausse du prélèvement",
        "refund": "Remboursement du trop-perçu",
        "engineer": "Rendez-vous technicien manqué",
        "export": "Rachat solaire",
    },
    "es": {
        "meter": "El contador no envía lecturas",
        "estimate": "Factura estimada desorbitada",
        "debit": "Subida del recibo",
        "refund": "Devolución del saldo",
        "engineer": "Cita del técnico",
        "export": "Compensación de excedentes",
    },
    "de": {
        "meter": "Smart Meter überträgt nicht",
        "estimate": "Schätzrechnung viel zu hoch",
        "debit": "Erhöhung des Abschlags",
        "refund": "Erstattung Guthaben",
        "engineer": "Technikertermin geplatzt",
        "export": "Einspeisevergütung",
    },
    "it": {
        "meter": "Il contatore non invia letture",
        "estimate": "Bolletta stimata esagerata",
        "debit": "Aumento dell'addebito",
        "refund": "Rimborso del credito",
        "engineer": "Appuntamento tecnico saltato",
        "export": "Energia immessa non pagata",
    },
    "pt": {
        "meter": "Contador não envia leituras",
        "estimate": "Fatura estimada exagerada",
        "debit": "Aumento do débito direto",
        "refund": "Devolução do saldo",
        "engineer": "Técnico não apareceu",
        "export": "Pagamento da energia solar",
    },
}
GENERIC_SUBJECT: dict[str, str] = {
    "en": "My account",
    "fr": "Mon compte",
    "es": "Mi cuenta",
    "de": "Mein Konto",
    "it": "Il mio contratto",
    "pt": "A minha conta",
}
REPLY_PREFIX: dict[str, str] = {
    "en": "RE:",
    "fr": "RE :",
    "es": "RE:",
    "de": "AW:",
    "it": "R:",
    "pt": "RE:",
}

ANGRY_SOCIAL: dict[str, list[str]] = {
    "en": [
        "@Solvane {p} Absolutely fuming right now 😡",
        "Honestly @Solvane? {p} Sort it out.",
        "{p} Worst customer experience I've had all year. @Solvane",
        "@Solvane {p} FURIOUS. Someone call me back today.",
    ],
    "fr": [
        "@Solvane {p} Je suis hors de moi 😡",
        "Sérieusement @Solvane ? {p} Réglez ça.",
        "{p} Pire expérience client de l'année. @Solvane",
        "@Solvane {p} INADMISSIBLE. Rappelez-moi aujourd'hui.",
    ],
    "es": [
        "@Solvane {p} Estoy que echo humo 😡",
        "¿En serio, @Solvane? {p} Arregladlo ya.",
        "@Solvane {p} UNA VERGÜENZA. Llamadme hoy.",
    ],
    "de": [
        "@Solvane {p} Ich koche vor Wut 😡",
        "Ernsthaft @Solvane? {p} Kümmert euch endlich.",
        "@Solvane {p} UNFASSBAR. Ruft mich heute noch an.",
    ],
    "it": [
        "@Solvane {p} Sono fuori di me 😡",
        "Ma sul serio @Solvane? {p} Sistemate subito.",
        "@Solvane {p} VERGOGNA. Richiamatemi oggi.",
    ],
    "pt": [
        "@Solvane {p} Estou fora de mim 😡",
        "A sério, @Solvane? {p} Resolvam isto.",
        "@Solvane {p} UMA VERGONHA. Liguem-me hoje.",
    ],
}
ANGRY_DIRECT: dict[str, list[str]] = {
    "en": [
        "{p} I am really angry about this and I expect it fixed today.",
        "Hello. {p} This is completely unacceptable and frankly I'm fed up.",
        "{p} I've been a loyal customer and this is how I'm treated? Disgraceful.",
        "I'm so cross. {p} Nobody at Solvane seems to care.",
    ],
    "fr": [
        "{p} Je suis vraiment en colère et j'attends une solution aujourd'hui.",
        "Bonjour. {p} C'est inadmissible, j'en ai assez.",
        "{p} Fidèle depuis des années et voilà comment on est traité ? Honteux.",
        "Franchement je suis à bout. {p} Tout le monde s'en fiche chez vous.",
    ],
    "es": [
        "{p} Me parece indignante y quiero una solución hoy.",
        "Buenos días. {p} Es inaceptable, se me ha acabado la paciencia.",
        "{p} Años de cliente fiel ¿y así me tratáis? Vergonzoso.",
    ],
    "de": [
        "{p} Ich bin wirklich verärgert und erwarte heute eine Lösung.",
        "Guten Tag. {p} Das ist völlig inakzeptabel, mir reicht es.",
        "{p} Jahrelang treuer Kunde und so werde ich behandelt? Eine Frechheit.",
    ],
    "it": [
        "{p} È una cosa che mi fa infuriare e voglio una soluzione oggi.",
        "Buongiorno. {p} È inaccettabile, ho perso la pazienza.",
        "{p} Anni da cliente fedele e mi trattate così? Vergognoso.",
    ],
    "pt": [
        "{p} Isto é revoltante e quero uma solução hoje.",
        "Bom dia. {p} É inaceitável, já perdi a paciência.",
        "{p} Anos de cliente fiel e tratam-me assim? Vergonhoso.",
    ],
}
LONG_EMAIL: dict[str, list[str]] = {
    "en": [
        "Hello,\n\nI've been with Solvane for almost two years and until now I've honestly recommended you to friends: the app is good and the bills have always made sense.\n\nBut this time I have to complain. {p} I've checked everything on my side, looked at the meter myself and read your help pages twice. I rang on Monday and was told someone would get back to me within 48 hours. Nobody did.\n\nI'm angry, and I don't think that's unreasonable. I'd like this fixed and a proper explanation, not another automated email.\n\nRegards,\n{name}",
        "Dear Solvane team,\n\nI hope you're well. We switched to you last year after a bad experience elsewhere and were delighted for months.\n\n{p} It's the kind of thing that spoils an otherwise good impression. I work shifts, I don't have hours to spend on hold, and the chat keeps sending me links to articles that don't answer anything.\n\nPlease look into this properly and reply in writing.\n\nThank you,\n{name}",
    ],
    "fr": [
        "Bonjour,\n\nJe suis chez Solvane depuis bientôt deux ans et jusqu'ici je vous recommandais sans hésiter : l'appli est bien faite, les factures toujours cohérentes.\n\nMais cette fois je dois me plaindre. {p} J'ai tout vérifié de mon côté, regardé le compteur moi-même et lu deux fois vos pages d'aide. J'ai appelé lundi, on m'a promis un retour sous 48 h. Rien.\n\nJe suis en colère, et je ne crois pas exagérer. Je veux que ce soit corrigé, avec une vraie explication et pas un énième mail automatique.\n\nCordialement,\n{name}",
        "Madame, Monsieur,\n\nNous sommes passés chez vous l'an dernier après une mauvaise expérience ailleurs et nous étions ravis depuis.\n\n{p} C'est le genre de chose qui gâche une impression par ailleurs excellente. Je travaille en horaires décalés, je n'ai pas des heures à passer en attente, et le chat me renvoie vers des articles qui ne répondent à rien.\n\nMerci de regarder ce dossier sérieusement et de me répondre par écrit.\n\nBien à vous,\n{name}",
    ],
    "es": [
        "Hola:\n\nLlevo casi dos años con Solvane y hasta ahora os recomendaba a todo el mundo: la app funciona bien y las facturas siempre tenían sentido.\n\nPero esta vez tengo que quejarme. {p} He revisado todo por mi parte, he comprobado el contador y me he leído dos veces la ayuda. Llamé el lunes y me dijeron que me contestarían en 48 horas. Nada.\n\nMe parece indignante, y no creo que exagere. Quiero que se corrija y una explicación de verdad, no otro correo automático.\n\nUn saludo,\n{name}",
        "Buenos días:\n\nNos cambiamos a Solvane el año pasado después de una mala experiencia con otra compañía y hasta ahora estábamos encantados.\n\n{p} Es de esas cosas que estropean una buena impresión. Trabajo a turnos, no tengo horas para estar en espera y el chat solo me manda enlaces a artículos que no responden a nada.\n\nPor favor, revisadlo en serio y contestadme por escrito.\n\nGracias,\n{name}",
    ],
    "de": [
        "Hallo,\n\nich bin seit fast zwei Jahren bei Solvane und habe Sie bisher gern weiterempfohlen: die App ist gut, die Rechnungen waren immer nachvollziehbar.\n\nDiesmal muss ich mich aber beschweren. {p} Ich habe auf meiner Seite alles geprüft, selbst auf den Zähler geschaut und Ihre Hilfeseiten zweimal gelesen. Am Montag habe ich angerufen, man versprach mir eine Rückmeldung innerhalb von 48 Stunden. Nichts.\n\nIch bin verärgert, und ich finde das nicht übertrieben. Ich möchte, dass das korrigiert wird, mit einer echten Erklärung statt der nächsten automatischen Mail.\n\nMit freundlichen Grüßen\n{name}",
        "Sehr geehrte Damen und Herren,\n\nwir sind letztes Jahr nach schlechten Erfahrungen woanders zu Ihnen gewechselt und waren monatelang begeistert.\n\n{p} So etwas verdirbt einen eigentlich guten Eindruck. Ich arbeite im Schichtdienst, habe keine Stunden für Warteschleifen, und der Chat schickt mir nur Links zu Artikeln, die nichts beantworten.\n\nBitte prüfen Sie das ernsthaft und antworten Sie mir schriftlich.\n\nDanke,\n{name}",
    ],
    "it": [
        "Buongiorno,\n\nsono con Solvane da quasi due anni e finora vi ho sempre consigliato: l'app è fatta bene e le bollette erano sempre chiare.\n\nQuesta volta però devo lamentarmi. {p} Ho controllato tutto da parte mia, ho guardato il contatore e letto due volte le pagine di aiuto. Ho chiamato lunedì e mi hanno promesso una risposta entro 48 ore. Niente.\n\nLa cosa mi fa arrabbiare, e non credo di esagerare. Voglio che venga corretto, con una spiegazione vera e non l'ennesima email automatica.\n\nCordiali saluti,\n{name}",
        "Gentile servizio clienti,\n\nsiamo passati a Solvane l'anno scorso dopo una brutta esperienza altrove e fino a oggi eravamo contentissimi.\n\n{p} È il genere di cosa che rovina un'impressione altrimenti buona. Lavoro su turni, non ho ore da passare in attesa e la chat mi manda solo link ad articoli che non rispondono a niente.\n\nVi chiedo di guardare la cosa seriamente e di rispondermi per iscritto.\n\nGrazie,\n{name}",
    ],
    "pt": [
        "Olá,\n\nsou cliente da Solvane há quase dois anos e até agora recomendava-vos a toda a gente: a app é boa e as faturas sempre fizeram sentido.\n\nMas desta vez tenho de reclamar. {p} Verifiquei tudo do meu lado, fui ver o contador e li duas vezes as páginas de ajuda. Liguei na segunda e prometeram resposta em 48 horas. Nada.\n\nIsto revolta-me, e não acho que esteja a exagerar. Quero que seja corrigido, com uma explicação a sério e não mais um email automático.\n\nCumprimentos,\n{name}",
        "Bom dia,\n\nmudámos para a Solvane no ano passado depois de uma má experiência noutro lado e até agora estávamos encantados.\n\n{p} É daquelas coisas que estragam uma boa impressão. Trabalho por turnos, não tenho horas para ficar em espera e o chat só me manda links para artigos que não respondem a nada.\n\nPeço que vejam isto com seriedade e me respondam por escrito.\n\nObrigado,\n{name}",
    ],
}
CSAT_LOW_WORDS: dict[str, list[str]] = {
    "en": ["", "", "Useless", "Not helpful at all", "Still waiting", "👎"],
    "fr": ["", "", "Nul", "Aucune aide", "Toujours en attente", "👎"],
    "es": ["", "", "Fatal", "No me ayudaron", "👎"],
    "de": ["", "", "Schlecht", "Keine Hilfe", "👎"],
    "it": ["", "", "Pessimo", "Nessun aiuto", "👎"],
    "pt": ["", "", "Péssimo", "Não ajudaram nada", "👎"],
}
NPS_LOW_WORDS: dict[str, list[str]] = {
    "en": [
        "",
        "",
        "Not after this month",
        "Wouldn't recommend right now",
        "Sort out your billing first",
    ],
    "fr": [
        "",
        "",
        "Pas après ce mois-ci",
        "Je ne recommande pas en ce moment",
        "Revoyez d'abord votre facturation",
    ],
    "es": ["", "", "Ahora mismo no", "Arreglad primero la facturación"],
    "de": ["", "", "Im Moment nicht", "Erst die Abrechnung in Ordnung bringen"],
    "it": ["", "", "Al momento no", "Prima sistemate la fatturazione"],
    "pt": ["", "", "Neste momento não", "Tratem primeiro da faturação"],
}
APOLOGY: dict[str, list[str]] = {
    "en": [
        "Sorry about my message yesterday, I was having an awful day. Your colleague has explained everything, thanks.",
        "Apologies for the rant yesterday. All sorted now and I appreciate the quick reply.",
        "Bit embarrassed about yesterday's message 🙈 thanks for sorting it so fast.",
    ],
    "fr": [
        "Désolé pour mon message d'hier, journée horrible. Votre collègue m'a tout expliqué, merci.",
        "Pardon pour le coup de gueule d'hier, c'est réglé et merci pour la réactivité.",
        "J'ai un peu honte de mon message d'hier 🙈 merci d'avoir réglé ça si vite.",
    ],
    "es": [
        "Perdón por el mensaje de ayer, tuve un día horrible. Vuestra compañera me lo ha explicado todo, gracias.",
        "Disculpad el desahogo de ayer, ya está resuelto y gracias por la rapidez.",
    ],
    "de": [
        "Sorry für meine Nachricht gestern, war ein furchtbarer Tag. Ihr Kollege hat mir alles erklärt, danke.",
        "Entschuldigung für den Ausbruch gestern, alles geklärt, danke für die schnelle Hilfe.",
    ],
    "it": [
        "Scusate per il messaggio di ieri, giornata orribile. La vostra collega mi ha spiegato tutto, grazie.",
        "Perdonate lo sfogo di ieri, è tutto risolto e grazie per la rapidità.",
    ],
    "pt": [
        "Desculpem a mensagem de ontem, foi um dia horrível. A vossa colega explicou-me tudo, obrigado.",
        "Peço desculpa pelo desabafo de ontem, já está resolvido e obrigada pela rapidez.",
    ],
}

# --- repeat contacts ----------------------------------------------------------------

FIRST_CONTACT: dict[str, list[str]] = {
    "en": [
        "Hi there. {p} Could you look into it please?",
        "Hello! {p} What's going on and when will it be fixed?",
        "{p} Can someone check my account?",
        "Good morning. {p} I'd appreciate a quick answer.",
    ],
    "fr": [
        "Bonjour. {p} Pouvez-vous regarder s'il vous plaît ?",
        "Bonjour ! {p} Que se passe-t-il et quand est-ce que ce sera corrigé ?",
        "{p} Quelqu'un peut vérifier mon compte ?",
    ],
    "es": [
        "Hola. {p} ¿Podéis mirarlo, por favor?",
        "¡Buenas! {p} ¿Qué pasa y cuándo se arregla?",
        "{p} ¿Alguien puede revisar mi cuenta?",
    ],
    "de": [
        "Hallo. {p} Können Sie sich das bitte ansehen?",
        "Guten Tag! {p} Was ist da los und wann wird das behoben?",
        "{p} Kann bitte jemand mein Konto prüfen?",
    ],
    "it": [
        "Buongiorno. {p} Potete verificare per favore?",
        "Salve! {p} Cosa succede e quando si risolve?",
        "{p} Qualcuno può controllare il mio contratto?",
    ],
    "pt": [
        "Olá. {p} Podem verificar, por favor?",
        "Bom dia! {p} O que se passa e quando fica resolvido?",
        "{p} Alguém pode ver a minha conta?",
    ],
}
FOLLOW_2: dict[str, list[str]] = {
    "en": [
        "Case {ref}: {s} It's been days, what's happening?",
        "Following up on {ref}. {s} Please can someone actually deal with it.",
        "Me again about {ref}. {s} STILL waiting.",
        "{ref}: {s} I was promised an update and got nothing.",
    ],
    "fr": [
        "Dossier {ref} : {s} Ça fait des jours, il se passe quoi ?",
        "Je relance pour le dossier {ref}. {s} Quelqu'un peut-il enfin s'en occuper ?",
        "Encore moi pour {ref}. {s} TOUJOURS en attente.",
        "{ref} : {s} On m'avait promis un retour, rien.",
    ],
    "es": [
        "Caso {ref}: {s} Van días, ¿qué pasa?",
        "Vuelvo a escribir por el caso {ref}. {s} ¿Alguien se va a ocupar?",
        "Otra vez yo con {ref}. {s} TODAVÍA esperando.",
    ],
    "de": [
        "Vorgang {ref}: {s} Das geht jetzt seit Tagen so, was ist los?",
        "Ich hake nach zu {ref}. {s} Kümmert sich endlich jemand?",
        "Schon wieder ich wegen {ref}. {s} IMMER NOCH nichts.",
    ],
    "it": [
        "Pratica {ref}: {s} Sono giorni, che succede?",
        "Sollecito la pratica {ref}. {s} Qualcuno se ne occupa?",
        "Ancora io per {ref}. {s} ANCORA in attesa.",
    ],
    "pt": [
        "Processo {ref}: {s} Já lá vão dias, o que se passa?",
        "Volto a insistir no processo {ref}. {s} Alguém vai tratar disto?",
        "Outra vez eu com o {ref}. {s} AINDA à espera.",
    ],
}
FOLLOW_3: dict[str, list[str]] = {
    "en": [
        "This is the third time I'm contacting you about {ref}. {s} Honestly, I've started looking at {comp}.",
        "Third message about {ref}. {s} My neighbour is with {comp} and never has this.",
    ],
    "fr": [
        "C'est la troisième fois que je vous contacte pour {ref}. {s} Franchement je commence à regarder chez {comp}.",
        "Troisième message pour {ref}. {s} Ma voisine est chez {comp} et n'a jamais ce genre de souci.",
    ],
    "es": [
        "Es la tercera vez que os escribo por {ref}. {s} Sinceramente, ya estoy mirando {comp}.",
        "Tercer mensaje por {ref}. {s} Mi vecino está con {comp} y nunca le pasa esto.",
    ],
    "de": [
        "Das ist jetzt das dritte Mal wegen {ref}. {s} Ehrlich gesagt schaue ich mich schon bei {comp} um.",
        "Dritte Nachricht zu {ref}. {s} Mein Nachbar ist bei {comp} und hat so etwas nie.",
    ],
    "it": [
        "È la terza volta che vi contatto per {ref}. {s} Sinceramente sto già guardando {comp}.",
        "Terzo messaggio per {ref}. {s} Il mio vicino è con {comp} e non ha mai questi problemi.",
    ],
    "pt": [
        "É a terceira vez que vos contacto sobre o {ref}. {s} Sinceramente já estou a ver a {comp}.",
        "Terceira mensagem sobre o {ref}. {s} O meu vizinho está na {comp} e nunca tem isto.",
    ],
}
FOLLOW_4: dict[str, list[str]] = {
    "en": [
        "FOURTH time about {ref}. {s} I want a manager to call me, today.",
        "Fourth contact about {ref} and still nothing. {s} Unbelievable.",
    ],
    "fr": [
        "QUATRIÈME fois pour {ref}. {s} Je veux qu'un responsable m'appelle aujourd'hui.",
        "Quatrième relance pour {ref} et toujours rien. {s} Incroyable.",
    ],
    "es": [
        "CUARTA vez por {ref}. {s} Quiero que me llame un responsable hoy.",
        "Cuarto contacto por {ref} y nada. {s} Increíble.",
    ],
    "de": [
        "Zum VIERTEN Mal wegen {ref}. {s} Ich will heute einen Vorgesetzten am Telefon.",
        "Vierte Nachricht zu {ref} und nichts. {s} Unglaublich.",
    ],
    "it": [
        "QUARTA volta per {ref}. {s} Voglio essere richiamato da un responsabile oggi.",
        "Quarto contatto per {ref} e niente. {s} Incredibile.",
    ],
    "pt": [
        "QUARTA vez sobre o {ref}. {s} Quero que um responsável me ligue hoje.",
        "Quarto contacto sobre o {ref} e nada. {s} Inacreditável.",
    ],
}
AGENT_ACK: dict[str, str] = {
    "en": "Hello {name}, thanks for getting in touch. We've opened case {ref} and will come back to you as soon as we can. The Solvane team",
    "fr": "Bonjour {name}, merci pour votre message. Nous avons ouvert le dossier {ref} et revenons vers vous au plus vite. L'équipe Solvane",
    "es": "Hola {name}, gracias por escribirnos. Hemos abierto el caso {ref} y te responderemos lo antes posible. El equipo de Solvane",
    "de": "Hallo {name}, danke für Ihre Nachricht. Wir haben den Vorgang {ref} angelegt und melden uns so schnell wie möglich. Ihr Solvane-Team",
    "it": "Ciao {name}, grazie per averci scritto. Abbiamo aperto la pratica {ref} e ti risponderemo al più presto. Il team Solvane",
    "pt": "Olá {name}, obrigado pelo contacto. Abrimos o processo {ref} e responderemos assim que possível. A equipa Solvane",
}
AGENT_PASSED: dict[str, str] = {
    "en": "Hello {name}, about case {ref}: I've passed it to our metering and billing specialists, who will be in touch. Sorry for the hassle. Dan, Solvane support",
    "fr": "Bonjour {name}, concernant le dossier {ref} : je l'ai transmis à notre équipe technique et facturation, qui reviendra vers vous. Désolée pour le désagrément. Claire, service client Solvane",
    "es": "Hola {name}, sobre el caso {ref}: lo he pasado a nuestro equipo técnico y de facturación, que se pondrá en contacto contigo. Perdona las molestias. Ana, atención al cliente Solvane",
    "de": "Hallo {name}, zu Vorgang {ref}: Ich habe ihn an unser Technik- und Abrechnungsteam weitergegeben, das sich bei Ihnen meldet. Entschuldigen Sie die Umstände. Jens, Solvane Kundenservice",
    "it": "Ciao {name}, riguardo alla pratica {ref}: l'ho passata al nostro team tecnico e di fatturazione, che ti contatterà. Scusa il disagio. Marta, assistenza Solvane",
    "pt": "Olá {name}, sobre o processo {ref}: passei-o à nossa equipa técnica e de faturação, que entrará em contacto. Pedimos desculpa pelo incómodo. Rita, apoio Solvane",
}
AGENT_FIXED: dict[str, str] = {
    "en": "Hello {name}, good news on case {ref}: it's been corrected on our side. Could you check and let us know it looks right? Solvane support",
    "fr": "Bonjour {name}, bonne nouvelle pour le dossier {ref} : c'est corrigé de notre côté. Pouvez-vous vérifier et nous confirmer que tout est en ordre ? Le service client Solvane",
    "es": "Hola {name}, buenas noticias sobre el caso {ref}: está corregido por nuestra parte. ¿Puedes comprobarlo y confirmarnos que todo está bien? Atención al cliente Solvane",
    "de": "Hallo {name}, gute Nachrichten zu Vorgang {ref}: Es ist bei uns korrigiert. Können Sie kurz prüfen und bestätigen, dass alles stimmt? Ihr Solvane Kundenservice",
    "it": "Ciao {name}, buone notizie sulla pratica {ref}: è stata corretta da parte nostra. Puoi controllare e confermarci che è tutto a posto? Assistenza Solvane",
    "pt": "Olá {name}, boas notícias sobre o processo {ref}: ficou corrigido do nosso lado. Pode verificar e confirmar-nos que está tudo bem? Apoio Solvane",
}
CONFIRMED: dict[str, list[str]] = {
    "en": [
        "Confirmed, all sorted on {ref}. Thanks for fixing it!",
        "Just checked: it's right now ({ref}). Many thanks.",
        "Yes, that's fixed, thank you. You can close {ref}.",
    ],
    "fr": [
        "Confirmé, tout est réglé pour {ref}. Merci d'avoir corrigé !",
        "Je viens de vérifier, c'est bon ({ref}). Merci beaucoup.",
        "Oui c'est réparé, merci. Vous pouvez clôturer {ref}.",
    ],
    "es": [
        "Confirmado, todo resuelto en {ref}. ¡Gracias!",
        "Acabo de mirarlo y ya está bien ({ref}). Muchas gracias.",
    ],
    "de": [
        "Bestätigt, bei {ref} ist alles erledigt. Danke fürs Beheben!",
        "Gerade geprüft, passt jetzt ({ref}). Vielen Dank.",
    ],
    "it": [
        "Confermo, tutto risolto per {ref}. Grazie!",
        "Appena controllato, ora è giusto ({ref}). Grazie mille.",
    ],
    "pt": [
        "Confirmo, ficou tudo resolvido no {ref}. Obrigado!",
        "Acabei de verificar e já está certo ({ref}). Muito obrigada.",
    ],
}

# --- slow churners, leavers, grumblers ----------------------------------------------

#: Six steps of a slide, from a small niggle to "looking elsewhere" ({comp} on the last).
SLIDE: dict[str, list[list[str]]] = {
    "en": [
        [
            "The app's been a bit slow to load my usage lately.",
            "Bill arrived a few days late this month, not a big deal.",
        ],
        [
            "Bit disappointed, my usage graph has had gaps all week.",
            "A little let down that the price went up again, I thought it was fixed for a year.",
        ],
        [
            "Getting fed up of chasing you for things that used to just work.",
            "Starting to lose patience, third time the app has logged me out this week.",
        ],
        [
            "Your service is getting worse every month. Nobody answers the chat anymore.",
            "Honestly the quality has gone right downhill since the spring.",
        ],
        [
            "I'm furious. Two hours on hold today and cut off at the end.",
            "Absolutely livid with Solvane, this has become a joke.",
        ],
        [
            "I've had enough. Already comparing prices at {comp}.",
            "That's it for me, I'm looking at {comp} this weekend.",
        ],
    ],
    "fr": [
        [
            "L'appli met un peu de temps à charger ma conso ces jours-ci.",
            "Facture arrivée avec quelques jours de retard ce mois-ci, pas bien grave.",
        ],
        [
            "Petite déception : mon graphique de conso a des trous toute la semaine.",
            "Un peu dommage que le prix ait encore augmenté, je pensais qu'il était bloqué un an.",
        ],
        [
            "Ça commence à me lasser de vous relancer pour des choses qui marchaient toutes seules.",
            "Je perds patience, troisième déconnexion de l'appli cette semaine.",
        ],
        [
            "Votre service se dégrade chaque mois. Plus personne ne répond sur le chat.",
            "Franchement la qualité a chuté depuis le printemps.",
        ],
        [
            "Je suis hors de moi. Deux heures d'attente aujourd'hui et la ligne a coupé à la fin.",
            "Solvane, c'est devenu une blague, je suis à bout.",
        ],
        [
            "J'en ai assez. Je compare déjà les prix chez {comp}.",
            "C'est fini pour moi, je regarde {comp} ce week-end.",
        ],
    ],
    "es": [
        [
            "La app tarda un poco en cargar el consumo últimamente.",
            "La factura llegó unos días tarde este mes, nada grave.",
        ],
        [
            "Un poco decepcionante, la gráfica de consumo tiene huecos toda la semana.",
            "Me fastidia un poco que haya vuelto a subir el precio.",
        ],
        [
            "Empiezo a cansarme de tener que perseguiros por cosas que antes funcionaban solas.",
            "Se me acaba la paciencia, tercera vez esta semana que la app me echa.",
        ],
        [
            "Vuestro servicio empeora cada mes. Ya nadie contesta en el chat.",
            "La calidad ha caído en picado desde la primavera.",
        ],
        [
            "Estoy que exploto. Dos horas al teléfono hoy y me cortan al final.",
            "Solvane se ha convertido en un chiste, se me ha agotado la paciencia del todo.",
        ],
        ["Ya está bien. Estoy comparando precios en {comp}.", "Se acabó, este finde miro {comp}."],
    ],
    "de": [
        [
            "Die App lädt meinen Verbrauch in letzter Zeit etwas langsam.",
            "Rechnung kam diesen Monat ein paar Tage zu spät, nicht schlimm.",
        ],
        [
            "Etwas enttäuscht, mein Verbrauchsdiagramm hat die ganze Woche Lücken.",
            "Schade, dass der Preis schon wieder gestiegen ist, dachte, der sei ein Jahr fest.",
        ],
        [
            "Langsam nervt es, euch wegen Sachen hinterherzulaufen, die früher einfach liefen.",
            "Meine Geduld geht zu Ende, dritte Abmeldung aus der App diese Woche.",
        ],
        [
            "Euer Service wird jeden Monat schlechter. Im Chat antwortet keiner mehr.",
            "Die Qualität ist seit dem Frühjahr echt abgestürzt.",
        ],
        [
            "Ich bin stinksauer. Zwei Stunden Warteschleife heute und am Ende aufgelegt.",
            "Solvane ist ein Witz geworden, ich bin richtig wütend.",
        ],
        [
            "Mir reicht's. Ich vergleiche schon die Preise bei {comp}.",
            "Das war's für mich, am Wochenende schaue ich mir {comp} an.",
        ],
    ],
    "it": [
        [
            "L'app ultimamente ci mette un po' a caricare i consumi.",
            "Bolletta arrivata con qualche giorno di ritardo questo mese, niente di grave.",
        ],
        [
            "Un po' di delusione, il grafico dei consumi ha buchi tutta la settimana.",
            "Peccato che il prezzo sia salito di nuovo, pensavo fosse bloccato per un anno.",
        ],
        [
            "Comincio a stancarmi di dovervi rincorrere per cose che prima funzionavano da sole.",
            "Sto perdendo la pazienza, terza volta questa settimana che l'app mi butta fuori.",
        ],
        [
            "Il vostro servizio peggiora ogni mese. In chat non risponde più nessuno.",
            "La qualità è crollata da primavera.",
        ],
        [
            "Sono fuori di me. Due ore in attesa oggi e poi è caduta la linea.",
            "Solvane è diventata una barzelletta, mi fate arrabbiare sul serio.",
        ],
        [
            "Basta così. Sto già confrontando i prezzi di {comp}.",
            "Per me è finita, questo weekend guardo {comp}.",
        ],
    ],
    "pt": [
        [
            "A app anda um bocado lenta a carregar o consumo.",
            "A fatura chegou uns dias atrasada este mês, nada de grave.",
        ],
        [
            "Alguma desilusão, o gráfico de consumo tem falhas a semana toda.",
            "Pena o preço ter subido outra vez, pensava que estava fixo por um ano.",
        ],
        [
            "Já começa a cansar andar atrás de vocês por coisas que antes funcionavam sozinhas.",
            "Estou a perder a paciência, terceira vez esta semana que a app me manda abaixo.",
        ],
        [
            "O vosso serviço piora todos os meses. Já ninguém responde no chat.",
            "A qualidade caiu a pique desde a primavera.",
        ],
        [
            "Estou fora de mim. Duas horas em espera hoje e desligaram no fim.",
            "A Solvane virou uma anedota, isto revolta-me a sério.",
        ],
        [
            "Chega. Já estou a comparar preços na {comp}.",
            "Acabou, este fim de semana vou ver a {comp}.",
        ],
    ],
}
CANCEL: dict[str, list[str]] = {
    "en": [
        "Hello, please take this as notice: I want to end my contract and close my account. Final reading attached. Please confirm the closing date.",
        "I'd like to cancel my Solvane contract and close the account at the end of the month. Please send the final bill.",
        "Hi, we've decided to leave Solvane. Please end both the electricity and gas contracts and close my account.",
    ],
    "fr": [
        "Bonjour, je souhaite résilier mon contrat et clôturer mon compte. Index de sortie en pièce jointe. Merci de me confirmer la date.",
        "Je voudrais résilier mon contrat Solvane et fermer mon compte à la fin du mois. Merci d'envoyer la facture de clôture.",
        "Bonjour, nous avons décidé de quitter Solvane. Merci de résilier l'électricité et le gaz et de clôturer le compte.",
    ],
    "es": [
        "Hola, quiero dar de baja mi contrato y cerrar la cuenta. Adjunto la última lectura. Confirmadme la fecha, por favor.",
        "Quiero cancelar mi contrato con Solvane y cerrar la cuenta a final de mes. Enviadme la factura final.",
    ],
    "de": [
        "Hallo, hiermit kündige ich meinen Vertrag und bitte um Schließung meines Kontos. Zählerstand anbei. Bitte bestätigen Sie das Datum.",
        "Ich möchte meinen Solvane-Vertrag zum Monatsende kündigen und das Konto schließen. Bitte Schlussrechnung schicken.",
    ],
    "it": [
        "Buongiorno, desidero disdire il contratto e chiudere l'account. Allego l'ultima lettura. Confermatemi la data, grazie.",
        "Vorrei recedere dal contratto Solvane e chiudere l'account a fine mese. Mandatemi la bolletta di chiusura.",
    ],
    "pt": [
        "Olá, quero rescindir o contrato e fechar a conta. Envio a última leitura em anexo. Confirmem a data, por favor.",
        "Quero cancelar o meu contrato com a Solvane e fechar a conta no fim do mês. Enviem a fatura final.",
    ],
}
CANCEL_SUBJECT: dict[str, str] = {
    "en": "Cancel my contract",
    "fr": "Résiliation",
    "es": "Baja del contrato",
    "de": "Kündigung",
    "it": "Disdetta",
    "pt": "Rescisão do contrato",
}
CANCEL_REASON: dict[str, list[str]] = {
    "en": ["", "Reason: moving to another supplier", "Reason: price"],
    "fr": ["", "Motif : changement de fournisseur", "Motif : prix"],
    "es": ["", "Motivo: cambio de compañía", "Motivo: precio"],
    "de": ["", "Grund: Anbieterwechsel", "Grund: Preis"],
    "it": ["", "Motivo: cambio fornitore", "Motivo: prezzo"],
    "pt": ["", "Motivo: mudança de fornecedor", "Motivo: preço"],
}
GRUMPY: dict[str, list[str]] = {
    "en": [
        "Standing charge went up again. Lovely.",
        "Why does the app need an update every single week?",
        "On hold for 25 minutes just to give a meter reading.",
        "Estimated again. I sent you a reading on Monday.",
        "The monthly email is three screens long to say nothing.",
        "Prices up, service the same. Typical.",
        "Your chat bot doesn't understand a single question.",
    ],
    "fr": [
        "Encore une hausse de l'abonnement. Génial.",
        "Pourquoi l'appli a besoin d'une mise à jour chaque semaine ?",
        "25 minutes d'attente juste pour donner un index.",
        "Encore estimé. Je vous ai envoyé mon index lundi.",
        "Le mail mensuel fait trois écrans pour ne rien dire.",
        "Les prix montent, le service reste pareil. Classique.",
        "Votre chatbot ne comprend aucune question.",
    ],
    "es": [
        "Otra subida del término fijo. Estupendo.",
        "¿Por qué la app necesita actualizarse cada semana?",
        "25 minutos al teléfono solo para dar una lectura.",
        "Otra vez estimada. Os mandé la lectura el lunes.",
        "Suben los precios y el servicio igual.",
    ],
    "de": [
        "Grundgebühr schon wieder erhöht. Toll.",
        "Warum braucht die App jede Woche ein Update?",
        "25 Minuten Warteschleife, nur um einen Zählerstand durchzugeben.",
        "Schon wieder geschätzt. Ich hab euch Montag den Stand geschickt.",
        "Preise rauf, Service gleich. Typisch.",
    ],
    "it": [
        "Di nuovo aumentata la quota fissa. Fantastico.",
        "Perché l'app deve aggiornarsi ogni settimana?",
        "25 minuti di attesa solo per dare una lettura.",
        "Di nuovo stimata. Vi ho mandato la lettura lunedì.",
        "Prezzi su, servizio uguale. Tipico.",
    ],
    "pt": [
        "Subiu outra vez o termo fixo. Que maravilha.",
        "Porque é que a app precisa de atualização todas as semanas?",
        "25 minutos em espera só para dar uma leitura.",
        "Outra vez estimada. Mandei-vos a leitura na segunda.",
        "Os preços sobem, o serviço fica igual. Típico.",
    ],
}
SARCASM: dict[str, list[str]] = {
    "en": [
        "Love how the app logs me out right as I'm about to pay 🙃",
        "Great, another 'your opinion matters' email. Clearly it does 🙃",
        "Nice of Solvane to text me about a power cut two hours after it ended 🙃",
    ],
    "fr": [
        "J'adore quand l'appli me déconnecte pile au moment de payer 🙃",
        "Merci Solvane pour le SMS de coupure, deux heures après la fin de la coupure 🙃",
        "Encore un mail « votre avis compte ». On voit bien 🙃",
    ],
    "es": [
        "Me encanta que la app me cierre la sesión justo al ir a pagar 🙃",
        "Gracias Solvane por el SMS del corte de luz, dos horas después de que volviera 🙃",
    ],
    "de": [
        "Ich liebe es, wenn die App mich genau beim Bezahlen rauswirft 🙃",
        "Danke Solvane für die SMS zum Stromausfall, zwei Stunden nachdem er vorbei war 🙃",
    ],
    "it": [
        "Adoro quando l'app mi disconnette proprio mentre pago 🙃",
        "Grazie Solvane per l'SMS sul blackout, due ore dopo che era finito 🙃",
    ],
    "pt": [
        "Adoro quando a app me desliga mesmo na hora de pagar 🙃",
        "Obrigado Solvane pelo SMS do corte de luz, duas horas depois de acabar 🙃",
    ],
}
#: One mild grumble by e-mail, never about payments or direct debits.
GRUMBLE_ONCE: dict[str, list[str]] = {
    "en": [
        "Your last newsletter went to my work address, not sure why. Please use my personal one.",
        "The online meter reading form timed out twice before it worked.",
        "Could the engineer please ring before coming? He knocked while I was at the shops and left.",
        "The app's dark mode makes the usage graphs almost unreadable.",
    ],
    "fr": [
        "Votre dernière newsletter est arrivée sur mon adresse pro, merci d'utiliser la perso.",
        "Le formulaire de relevé en ligne a planté deux fois avant de marcher.",
        "Le technicien pourrait-il appeler avant de passer ? Il a sonné pendant que j'étais sorti et il est reparti.",
        "Le mode sombre de l'appli rend les graphiques presque illisibles.",
    ],
    "es": [
        "Vuestro último boletín llegó a mi correo del trabajo, usad el personal por favor.",
        "El formulario de lectura se colgó dos veces antes de funcionar.",
        "El modo oscuro de la app hace que las gráficas casi no se lean.",
    ],
    "de": [
        "Der letzte Newsletter ging an meine Arbeitsadresse, bitte die private nehmen.",
        "Das Online-Formular für den Zählerstand ist zweimal abgestürzt.",
        "Im Dunkelmodus der App sind die Diagramme kaum lesbar.",
    ],
    "it": [
        "L'ultima newsletter è arrivata all'indirizzo di lavoro, usate quello personale per favore.",
        "Il modulo per la lettura online si è bloccato due volte.",
        "Con la modalità scura dell'app i grafici quasi non si leggono.",
    ],
    "pt": [
        "A última newsletter foi para o meu email do trabalho, usem o pessoal por favor.",
        "O formulário da leitura online bloqueou duas vezes antes de dar.",
        "O modo escuro da app deixa os gráficos quase ilegíveis.",
    ],
}
GRUMBLE_SUBJECT: dict[str, str] = {
    "en": "Small thing",
    "fr": "Petit souci",
    "es": "Una cosita",
    "de": "Kleinigkeit",
    "it": "Piccola cosa",
    "pt": "Pormenor",
}

# --- Solvane Pro (small businesses) -------------------------------------------------

COMPANY_TYPES: dict[str, list[str]] = {
    "en": [
        "{s} Bakeries Ltd",
        "{s} Dental Care",
        "{s} & Sons Butchers",
        "The {s} Coffee Co",
        "{s} Print Ltd",
        "{s} Vets",
        "{s} Garden Centre",
        "{s} Opticians",
        "{s} Hair Studio",
        "{s} Joinery Ltd",
    ],
    "fr": [
        "Boulangerie {s}",
        "Cabinet dentaire {s}",
        "Boucherie {s} & Fils",
        "Café {s}",
        "Imprimerie {s}",
        "Clinique vétérinaire {s}",
        "Jardinerie {s}",
        "Optique {s}",
        "Salon {s} Coiffure",
        "Menuiserie {s} SARL",
    ],
    "es": [
        "Panadería {s} SL",
        "Clínica Dental {s}",
        "Carnicería {s}",
        "Cafetería {s}",
        "Imprenta {s}",
        "Veterinaria {s}",
        "Óptica {s}",
        "Peluquería {s}",
    ],
    "de": [
        "Bäckerei {s} GmbH",
        "Zahnarztpraxis {s}",
        "Metzgerei {s}",
        "Café {s}",
        "Druckerei {s}",
        "Tierarztpraxis {s}",
        "Optik {s}",
        "Friseur {s}",
        "Schreinerei {s} GmbH",
    ],
    "it": [
        "Panificio {s} srl",
        "Studio Dentistico {s}",
        "Macelleria {s}",
        "Bar {s}",
        "Tipografia {s}",
        "Clinica Veterinaria {s}",
        "Ottica {s}",
        "Parrucchieria {s}",
    ],
    "pt": [
        "Padaria {s} Lda",
        "Clínica Dentária {s}",
        "Talho {s}",
        "Café {s}",
        "Tipografia {s}",
        "Clínica Veterinária {s}",
        "Óptica {s}",
        "Cabeleireiro {s}",
    ],
}
ROLES: dict[str, list[str]] = {
    "en": [
        "Finance manager",
        "Owner",
        "Office manager",
        "Operations lead",
        "Bookkeeper",
        "Facilities manager",
    ],
    "fr": [
        "Responsable administratif",
        "Gérante",
        "Assistante de direction",
        "Responsable des opérations",
        "Comptable",
        "Responsable technique",
    ],
    "es": [
        "Responsable de administración",
        "Gerente",
        "Oficina",
        "Operaciones",
        "Contabilidad",
        "Mantenimiento",
    ],
    "de": ["Buchhaltung", "Inhaber", "Büroleitung", "Betriebsleitung", "Verwaltung", "Haustechnik"],
    "it": [
        "Amministrazione",
        "Titolare",
        "Segreteria",
        "Responsabile operativo",
        "Contabilità",
        "Manutenzione",
    ],
    "pt": ["Administrativo", "Gerente", "Secretariado", "Operações", "Contabilidade", "Manutenção"],
}
B2B_QUESTIONS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hi, we're opening a second branch in October, how do we add the new site to our Solvane Pro account?",
            "Hello! In the Pro portal go to Sites > Add site with the meter number and opening date, and we'll do the rest.",
        ),
        (
            "Could you send a copy of the August invoice with our new VAT number?",
            "Of course, the corrected copy is now in the portal under Invoices, and I've emailed it to you too.",
        ),
        (
            "Can our accountant get read-only access to the portal?",
            "Yes, under Users > Invite you can add them with the Viewer role.",
        ),
        (
            "Is half-hourly data available for the main site?",
            "It is: Sites > Main site > Data > Export, as a CSV for any date range.",
        ),
        (
            "We'd like all invoices on one date each month, is that possible?",
            "Yes, I've switched on consolidated billing from next month, all sites on the 5th.",
        ),
    ],
    "fr": [
        (
            "Bonjour, nous ouvrons un deuxième site en octobre, comment ajouter le site à notre compte Solvane Pro ?",
            "Bonjour ! Dans l'espace Pro : Sites > Ajouter un site, avec le numéro de PDL et la date d'ouverture, on s'occupe du reste.",
        ),
        (
            "Pourriez-vous renvoyer la facture d'août avec notre nouveau numéro de TVA ?",
            "Bien sûr, la copie corrigée est dans l'espace Pro, rubrique Factures, et je vous l'ai aussi envoyée par mail.",
        ),
        (
            "Notre expert-comptable peut-il avoir un accès en lecture seule ?",
            "Oui, dans Utilisateurs > Inviter, avec le rôle « Lecteur ».",
        ),
        (
            "Les données à la demi-heure sont-elles disponibles pour le site principal ?",
            "Oui : Sites > Site principal > Données > Export, en CSV sur la période de votre choix.",
        ),
        (
            "Peut-on recevoir toutes les factures à la même date chaque mois ?",
            "Oui, la facturation regroupée est activée à partir du mois prochain, tous les sites le 5.",
        ),
    ],
    "es": [
        (
            "Hola, abrimos un segundo local en octubre, ¿cómo añadimos el suministro a la cuenta Solvane Pro?",
            "¡Hola! En el portal Pro: Suministros > Añadir, con el CUPS y la fecha de alta; nosotros hacemos el resto.",
        ),
        (
            "¿Podéis reenviar la factura de agosto con nuestro nuevo NIF?",
            "Claro, la copia corregida está en el portal, en Facturas, y te la he enviado por correo.",
        ),
        (
            "¿Nuestra gestoría puede tener acceso de solo lectura?",
            "Sí, en Usuarios > Invitar, con el rol «Lector».",
        ),
        (
            "¿Podemos recibir todas las facturas el mismo día del mes?",
            "Sí, he activado la facturación agrupada desde el mes que viene, todo el día 5.",
        ),
    ],
    "de": [
        (
            "Hallo, wir eröffnen im Oktober eine zweite Filiale, wie fügen wir die Lieferstelle zum Solvane-Pro-Konto hinzu?",
            "Hallo! Im Pro-Portal unter Standorte > Hinzufügen, mit Zählpunktnummer und Startdatum, den Rest machen wir.",
        ),
        (
            "Könnten Sie die Augustrechnung mit unserer neuen USt-IdNr. neu ausstellen?",
            "Gerne, die korrigierte Rechnung liegt im Portal unter Rechnungen, und ich habe sie Ihnen auch gemailt.",
        ),
        (
            "Kann unser Steuerberater einen Lesezugang bekommen?",
            "Ja, unter Benutzer > Einladen mit der Rolle „Lesen“.",
        ),
        (
            "Können alle Rechnungen zum selben Tag im Monat kommen?",
            "Ja, die Sammelrechnung ist ab nächstem Monat aktiv, alle Standorte zum 5.",
        ),
    ],
    "it": [
        (
            "Buongiorno, apriamo una seconda sede a ottobre, come aggiungiamo il POD all'account Solvane Pro?",
            "Buongiorno! Nel portale Pro: Siti > Aggiungi, con il codice POD e la data di attivazione; al resto pensiamo noi.",
        ),
        (
            "Potete rimandarci la fattura di agosto con la nuova partita IVA?",
            "Certo, la copia corretta è nel portale in Fatture e ve l'ho inviata anche per email.",
        ),
        (
            "Il nostro commercialista può avere un accesso in sola lettura?",
            "Sì, in Utenti > Invita, con il ruolo «Lettore».",
        ),
        (
            "Possiamo ricevere tutte le fatture lo stesso giorno del mese?",
            "Sì, ho attivato la fatturazione unica dal mese prossimo, tutti i siti il 5.",
        ),
    ],
    "pt": [
        (
            "Olá, vamos abrir um segundo espaço em outubro, como adicionamos o local à conta Solvane Pro?",
            "Olá! No portal Pro: Locais > Adicionar, com o CPE e a data de início; nós tratamos do resto.",
        ),
        (
            "Podem reenviar a fatura de agosto com o nosso novo NIF?",
            "Claro, a cópia corrigida está no portal, em Faturas, e enviei-a também por email.",
        ),
        (
            "O nosso contabilista pode ter acesso só de leitura?",
            "Sim, em Utilizadores > Convidar, com o perfil «Leitor».",
        ),
        (
            "Podemos receber todas as faturas no mesmo dia do mês?",
            "Sim, ativei a faturação agrupada a partir do próximo mês, todos os locais no dia 5.",
        ),
    ],
}
B2B_THANKS: dict[str, list[str]] = {
    "en": [
        "Thanks, that's helpful.",
        "Perfect, thank you.",
        "Great, many thanks.",
        "Done, thanks for the quick reply.",
    ],
    "fr": [
        "Merci, c'est très clair.",
        "Parfait, merci.",
        "Super, merci beaucoup.",
        "C'est fait, merci pour la réponse rapide.",
    ],
    "es": ["Gracias, muy claro.", "Perfecto, gracias.", "Genial, muchas gracias."],
    "de": ["Danke, sehr hilfreich.", "Perfekt, danke.", "Super, vielen Dank."],
    "it": ["Grazie, chiarissimo.", "Perfetto, grazie.", "Ottimo, grazie mille."],
    "pt": ["Obrigado, muito claro.", "Perfeito, obrigada.", "Ótimo, muito obrigado."],
}
B2B_PRAISE: dict[str, list[str]] = {
    "en": [
        "Moved our three sites to Solvane Pro this year: one invoice, one portal, no fuss. Recommended.",
        "Solvane Pro's half-hourly data helped us spot the old fridge that was eating our bill. Nice one.",
        "Good account manager at Solvane Pro, always answers the same day.",
    ],
    "fr": [
        "Nos trois sites chez Solvane Pro cette année : une facture, un portail, zéro prise de tête.",
        "Les données à la demi-heure de Solvane Pro nous ont fait repérer le vieux frigo qui plombait la facture.",
        "Chargée de compte Solvane Pro au top, réponse toujours dans la journée.",
    ],
    "es": [
        "Pasamos los tres locales a Solvane Pro: una factura, un portal, cero líos.",
        "Los datos cuartohorarios de Solvane Pro nos ayudaron a encontrar la nevera vieja que disparaba la factura.",
    ],
    "de": [
        "Unsere drei Standorte sind jetzt bei Solvane Pro: eine Rechnung, ein Portal, kein Stress.",
        "Mit den Viertelstundenwerten von Solvane Pro haben wir den alten Kühlschrank gefunden, der uns die Rechnung hochtrieb.",
    ],
    "it": [
        "Spostate le tre sedi su Solvane Pro: una fattura, un portale, zero stress.",
        "Grazie ai dati quartorari di Solvane Pro abbiamo trovato il vecchio frigorifero che gonfiava la bolletta.",
    ],
    "pt": [
        "Passámos os três espaços para a Solvane Pro: uma fatura, um portal, zero chatices.",
        "Os dados de 15 em 15 minutos da Solvane Pro ajudaram-nos a encontrar o frigorífico velho que disparava a fatura.",
    ],
}
#: (page, product, price) a business can order from the Pro portal.
B2B_PRODUCTS: list[tuple[str, str, str]] = [
    ("/pro/extras/sub-meter", "Sub-meter installation", "320.00"),
    ("/pro/extras/data", "Half-hourly data add-on (12 months)", "180.00"),
    ("/pro/extras/ev", "EV charge point for staff parking", "1450.00"),
    ("/pro/extras/led-survey", "LED retrofit survey", "250.00"),
]
B2B_PAGES: list[str] = ["/pro/sites", "/pro/invoices", "/pro/usage", "/pro/users", "/pro/contracts"]
B2B_PROBLEMS: tuple[str, ...] = ("closed", "portal", "invoice", "estimates")
B2B_PROBLEM_ABOUT: dict[str, str] = {
    "closed": "a closed site still billed on every invoice",
    "portal": "the Pro portal shows another customer's consumption, invoices follow it",
    "invoice": "invoices carry another company's name and VAT number",
    "estimates": "main site's meter not read for months, every invoice estimated",
}
B2B_DESC: dict[str, dict[str, list[str]]] = {
    "en": {
        "closed": [
            "We closed our Mill Lane site in June and you're still billing standing charges for it on every invoice.",
            "Our old branch has been shut since the summer and it still appears on the monthly invoice with charges.",
        ],
        "portal": [
            "The Pro portal shows consumption for our sites that can't be ours: 5,000 kWh a week for a site that uses 600.",
            "The usage figures in the portal are plainly someone else's, and our invoices are now based on them.",
        ],
        "invoice": [
            "This month's invoices carry another company's name and VAT number, so our accountant can't book them.",
            "The invoices we received are addressed to a different business with a different VAT number.",
        ],
        "estimates": [
            "The smart meter at our main site hasn't been read since spring, every invoice is estimated and far too high.",
            "Months of estimated invoices for the main site because nobody reads the meter.",
        ],
    },
    "fr": {
        "closed": [
            "Nous avons fermé le site de la rue des Tanneurs en juin et vous facturez toujours l'abonnement sur chaque facture.",
            "Notre ancien local est fermé depuis l'été et il figure encore sur la facture mensuelle avec des frais.",
        ],
        "portal": [
            "L'espace Pro affiche pour nos sites des consommations qui ne peuvent pas être les nôtres : 5 000 kWh par semaine pour un site qui en consomme 600.",
            "Les consommations du portail sont clairement celles d'un autre client et nos factures sont calculées dessus.",
        ],
        "invoice": [
            "Les factures du mois portent le nom et le numéro de TVA d'une autre société, notre comptable ne peut pas les passer.",
            "Les factures reçues sont adressées à une autre entreprise avec un autre numéro de TVA.",
        ],
        "estimates": [
            "Le compteur communicant de notre site principal n'est plus relevé depuis le printemps, toutes les factures sont estimées et bien trop élevées.",
            "Des mois de factures estimées pour le site principal parce que personne ne relève le compteur.",
        ],
    },
    "es": {
        "closed": [
            "Cerramos el local de la calle Mayor en junio y seguís cobrando el término fijo en cada factura.",
            "Nuestro antiguo local lleva cerrado desde el verano y sigue saliendo en la factura mensual con cargos.",
        ],
        "portal": [
            "El portal Pro muestra consumos que no pueden ser nuestros: 5.000 kWh a la semana para un local que gasta 600.",
            "Los consumos del portal son claramente de otro cliente y nos facturan según ellos.",
        ],
        "invoice": [
            "Las facturas de este mes llevan el nombre y el NIF de otra empresa, nuestra gestoría no puede contabilizarlas.",
            "Las facturas que hemos recibido están a nombre de otra empresa con otro NIF.",
        ],
        "estimates": [
            "El contador del local principal no se lee desde la primavera, todas las facturas son estimadas y altísimas.",
            "Meses de facturas estimadas para el local principal porque nadie lee el contador.",
        ],
    },
    "de": {
        "closed": [
            "Wir haben den Standort in der Mühlenstraße im Juni geschlossen und Sie berechnen weiterhin auf jeder Rechnung die Grundgebühr.",
            "Unsere alte Filiale ist seit dem Sommer zu und steht immer noch mit Kosten auf der Monatsrechnung.",
        ],
        "portal": [
            "Das Pro-Portal zeigt Verbräuche, die nicht unsere sein können: 5.000 kWh pro Woche für einen Standort, der 600 braucht.",
            "Die Verbrauchswerte im Portal gehören eindeutig einem anderen Kunden, und danach wird jetzt abgerechnet.",
        ],
        "invoice": [
            "Die Rechnungen diesen Monat tragen Namen und USt-IdNr. einer anderen Firma, unsere Buchhaltung kann sie nicht verbuchen.",
            "Die erhaltenen Rechnungen sind an ein anderes Unternehmen mit anderer USt-IdNr. adressiert.",
        ],
        "estimates": [
            "Der Smart Meter an unserem Hauptstandort wird seit dem Frühjahr nicht ausgelesen, jede Rechnung ist geschätzt und viel zu hoch.",
            "Seit Monaten nur Schätzrechnungen für den Hauptstandort, weil niemand den Zähler ausliest.",
        ],
    },
    "it": {
        "closed": [
            "Abbiamo chiuso la sede di via Roma a giugno e continuate ad addebitarci la quota fissa in ogni fattura.",
            "La vecchia sede è chiusa dall'estate e compare ancora nella fattura mensile con i costi.",
        ],
        "portal": [
            "Il portale Pro mostra consumi che non possono essere nostri: 5.000 kWh a settimana per una sede che ne consuma 600.",
            "I consumi nel portale sono chiaramente di un altro cliente e ci fatturate in base a quelli.",
        ],
        "invoice": [
            "Le fatture del mese riportano nome e partita IVA di un'altra azienda, il commercialista non può registrarle.",
            "Le fatture ricevute sono intestate a un'altra società con un'altra partita IVA.",
        ],
        "estimates": [
            "Il contatore della sede principale non viene letto da primavera, ogni fattura è stimata e altissima.",
            "Mesi di fatture stimate per la sede principale perché nessuno legge il contatore.",
        ],
    },
    "pt": {
        "closed": [
            "Fechámos o espaço da Rua Direita em junho e continuam a cobrar a potência contratada em todas as faturas.",
            "O nosso antigo espaço está fechado desde o verão e continua a aparecer na fatura mensal com custos.",
        ],
        "portal": [
            "O portal Pro mostra consumos que não podem ser nossos: 5.000 kWh por semana para um espaço que gasta 600.",
            "Os consumos no portal são claramente de outro cliente e estamos a ser faturados com base neles.",
        ],
        "invoice": [
            "As faturas deste mês têm o nome e o NIF de outra empresa, o contabilista não as consegue lançar.",
            "As faturas que recebemos estão em nome de outra empresa com outro NIF.",
        ],
        "estimates": [
            "O contador do local principal não é lido desde a primavera, todas as faturas são estimadas e altíssimas.",
            "Meses de faturas estimadas para o local principal porque ninguém lê o contador.",
        ],
    },
}
B2B_SUBJECT: dict[str, dict[str, str]] = {
    "en": {
        "closed": "Closed site still billed",
        "portal": "Wrong consumption in the Pro portal",
        "invoice": "Invoices in another company's name",
        "estimates": "Estimated invoices, main site",
    },
    "fr": {
        "closed": "Site fermé toujours facturé",
        "portal": "Consommations erronées dans l'espace Pro",
        "invoice": "Factures au nom d'une autre société",
        "estimates": "Factures estimées, site principal",
    },
    "es": {
        "closed": "Local cerrado que seguís facturando",
        "portal": "Consumos erróneos en el portal Pro",
        "invoice": "Facturas a nombre de otra empresa",
        "estimates": "Facturas estimadas, local principal",
    },
    "de": {
        "closed": "Geschlossener Standort wird weiter berechnet",
        "portal": "Falsche Verbräuche im Pro-Portal",
        "invoice": "Rechnungen auf fremde Firma",
        "estimates": "Schätzrechnungen Hauptstandort",
    },
    "it": {
        "closed": "Sede chiusa ancora fatturata",
        "portal": "Consumi errati nel portale Pro",
        "invoice": "Fatture intestate a un'altra azienda",
        "estimates": "Fatture stimate, sede principale",
    },
    "pt": {
        "closed": "Loja fechada continua a ser faturada",
        "portal": "Consumos errados no portal Pro",
        "invoice": "Faturas em nome de outra empresa",
        "estimates": "Faturas estimadas, local principal",
    },
}
B2B_COMPLAINT: dict[str, list[str]] = {
    "en": [
        "Hello,\n\n{p} This is costing us time and money and we need it corrected this week.{sig}",
        "Good morning,\n\n{p} I've already flagged this by phone. Please fix it and issue corrected invoices.{sig}",
        "Hi, writing on behalf of {co}. {p} Very disappointed, we expected better from a business account.{sig}",
    ],
    "fr": [
        "Bonjour,\n\n{p} Cela nous coûte du temps et de l'argent, il faut corriger cette semaine.{sig}",
        "Bonjour,\n\n{p} Je l'ai déjà signalé par téléphone. Merci de corriger et d'émettre des factures rectificatives.{sig}",
        "Bonjour, je vous écris pour {co}. {p} Très déçus, nous attendions mieux d'un compte professionnel.{sig}",
    ],
    "es": [
        "Hola:\n\n{p} Nos está costando tiempo y dinero y necesitamos que se corrija esta semana.{sig}",
        "Buenos días:\n\n{p} Ya lo avisé por teléfono. Corregidlo y emitid facturas rectificativas, por favor.{sig}",
        "Hola, os escribo en nombre de {co}. {p} Muy decepcionados, esperábamos más de una cuenta de empresa.{sig}",
    ],
    "de": [
        "Guten Tag,\n\n{p} Das kostet uns Zeit und Geld, bitte diese Woche korrigieren.{sig}",
        "Guten Morgen,\n\n{p} Ich habe das schon telefonisch gemeldet. Bitte beheben und korrigierte Rechnungen ausstellen.{sig}",
        "Hallo, ich schreibe für {co}. {p} Sehr enttäuscht, von einem Geschäftskonto hatten wir mehr erwartet.{sig}",
    ],
    "it": [
        "Buongiorno,\n\n{p} Ci sta costando tempo e denaro, va corretto entro la settimana.{sig}",
        "Buongiorno,\n\n{p} L'avevo già segnalato al telefono. Correggete ed emettete le note di credito, per favore.{sig}",
        "Salve, scrivo per conto di {co}. {p} Molto delusi, da un conto aziendale ci aspettavamo di meglio.{sig}",
    ],
    "pt": [
        "Bom dia,\n\n{p} Isto está a custar-nos tempo e dinheiro, precisamos que seja corrigido esta semana.{sig}",
        "Bom dia,\n\n{p} Já avisei por telefone. Corrijam e emitam notas de crédito, por favor.{sig}",
        "Olá, escrevo em nome de {co}. {p} Muito desiludidos, esperávamos mais de uma conta empresarial.{sig}",
    ],
}
B2B_THIRD: dict[str, list[str]] = {
    "en": [
        "Case {ref}: nothing has been fixed. My colleagues have reported the same thing and we're now getting quotes from {comp}.{sig}",
        "Following up {ref} for {co}. Still wrong, and two of my colleagues have already written to you about it. We've asked {comp} for a quote.{sig}",
    ],
    "fr": [
        "Dossier {ref} : rien n'est corrigé. Mes collègues vous l'ont signalé aussi et nous demandons maintenant des devis à {comp}.{sig}",
        "Je relance le dossier {ref} pour {co}. Toujours faux, deux collègues vous ont déjà écrit à ce sujet. Nous avons demandé un devis à {comp}.{sig}",
    ],
    "es": [
        "Caso {ref}: no se ha corregido nada. Mis compañeros ya os lo han comunicado y estamos pidiendo presupuesto a {comp}.{sig}",
        "Vuelvo sobre el caso {ref} de {co}. Sigue mal, dos compañeros ya os escribieron. Hemos pedido oferta a {comp}.{sig}",
    ],
    "de": [
        "Vorgang {ref}: Nichts ist behoben. Meine Kollegen haben es ebenfalls gemeldet, wir holen jetzt Angebote von {comp} ein.{sig}",
        "Nachfrage zu {ref} für {co}. Immer noch falsch, zwei Kollegen haben Ihnen schon geschrieben. Wir haben {comp} um ein Angebot gebeten.{sig}",
    ],
    "it": [
        "Pratica {ref}: non è stato corretto nulla. Anche i miei colleghi ve l'hanno segnalato e ora chiediamo preventivi a {comp}.{sig}",
        "Sollecito la pratica {ref} per {co}. Ancora sbagliato, due colleghi vi hanno già scritto. Abbiamo chiesto un'offerta a {comp}.{sig}",
    ],
    "pt": [
        "Processo {ref}: nada foi corrigido. Os meus colegas também já reportaram e estamos a pedir propostas à {comp}.{sig}",
        "Insisto no processo {ref} ({co}). Continua errado, dois colegas já vos escreveram. Pedimos proposta à {comp}.{sig}",
    ],
}
B2B_ACK: dict[str, str] = {
    "en": "Hello {name}, thank you for reporting this on behalf of {co}. We've opened case {ref} with our business billing team and will update you. Solvane Pro support",
    "fr": "Bonjour {name}, merci de nous avoir signalé ce problème pour {co}. Nous avons ouvert le dossier {ref} auprès de notre équipe facturation entreprises et revenons vers vous. Support Solvane Pro",
    "es": "Hola {name}, gracias por avisarnos en nombre de {co}. Hemos abierto el caso {ref} con nuestro equipo de facturación de empresas y os mantendremos informados. Soporte Solvane Pro",
    "de": "Hallo {name}, danke für Ihre Meldung für {co}. Wir haben den Vorgang {ref} bei unserem Abrechnungsteam für Geschäftskunden angelegt und melden uns. Solvane Pro Support",
    "it": "Buongiorno {name}, grazie per la segnalazione per conto di {co}. Abbiamo aperto la pratica {ref} con il nostro team fatturazione aziende e vi aggiorneremo. Supporto Solvane Pro",
    "pt": "Olá {name}, obrigado por reportar em nome de {co}. Abrimos o processo {ref} com a nossa equipa de faturação empresarial e daremos notícias. Apoio Solvane Pro",
}
B2B_NPS_LOW_WORDS: dict[str, list[str]] = {
    "en": ["", "Not while this is unresolved"],
    "fr": ["", "Pas tant que ce n'est pas réglé"],
    "es": ["", "No mientras esto siga sin resolver"],
    "de": ["", "Nicht, solange das ungelöst ist"],
    "it": ["", "Non finché non è risolto"],
    "pt": ["", "Não enquanto isto não estiver resolvido"],
}
B2B_MILD: dict[str, list[str]] = {
    "en": [
        "Small suggestion: it would help if invoices showed our internal cost centre per site.",
        "Could the portal export include the site name on each row? Minor thing.",
        "Minor one: the invoice emails go to whoever set up the account, could they go to our accounts inbox instead?",
    ],
    "fr": [
        "Petite suggestion : ce serait pratique d'avoir notre centre de coût par site sur les factures.",
        "L'export du portail pourrait-il inclure le nom du site sur chaque ligne ? C'est un détail.",
    ],
    "es": [
        "Una sugerencia: nos vendría bien ver nuestro centro de coste por local en las facturas.",
        "¿El exportable del portal podría incluir el nombre del local en cada fila? Es un detalle.",
    ],
    "de": [
        "Kleiner Vorschlag: Es wäre praktisch, unsere Kostenstelle pro Standort auf der Rechnung zu sehen.",
        "Könnte der Export im Portal den Standortnamen in jeder Zeile enthalten? Nur eine Kleinigkeit.",
    ],
    "it": [
        "Piccolo suggerimento: sarebbe utile vedere il nostro centro di costo per sede in fattura.",
        "L'export del portale potrebbe includere il nome della sede in ogni riga? Un dettaglio.",
    ],
    "pt": [
        "Pequena sugestão: dava jeito ver o nosso centro de custo por loja nas faturas.",
        "A exportação do portal podia incluir o nome do local em cada linha? Pormenor.",
    ],
}
B2B_MILD_SUBJECT: dict[str, str] = {
    "en": "Suggestion",
    "fr": "Suggestion",
    "es": "Sugerencia",
    "de": "Vorschlag",
    "it": "Suggerimento",
    "pt": "Sugestão",
}

# --- the spike: October direct debit collected twice --------------------------------

SPIKE: dict[str, list[str]] = {
    "en": [
        "Solvane has taken my direct debit TWICE this morning. £96 out two times and rent is due tomorrow!! @Solvane",
        "Anyone else with Solvane just been charged twice for the monthly payment? Two identical debits in my banking app",
        "@Solvane why have you debited me twice today? Sort it, I'm now overdrawn 😡",
        "Woke up to two Solvane payments on my account, same amount, same date. What's going on?",
        "Hi, my monthly payment has come out twice today, please refund the second one asap.",
        "double debit from solvane this morning, pls fix",
        "My bank shows two Solvane direct debits today for the same amount. Can you reverse one please?",
        "Just been charged twice by you for October. That's £192 gone in one morning.",
    ],
    "fr": [
        "Solvane m'a prélevé DEUX FOIS ce matin ! 96 € deux fois, et le loyer passe demain !! @Solvane",
        "D'autres clients Solvane prélevés deux fois pour la mensualité ? Deux prélèvements identiques sur mon appli bancaire",
        "@Solvane pourquoi deux prélèvements aujourd'hui ? Je suis à découvert maintenant 😡",
        "Réveil avec deux prélèvements Solvane, même montant, même date. C'est quoi ce bazar ?",
        "Bonjour, ma mensualité a été prélevée deux fois aujourd'hui, merci de rembourser la deuxième au plus vite.",
        "double prelevement solvane ce matin, merci de corriger",
        "Ma banque affiche deux prélèvements Solvane aujourd'hui pour le même montant. Vous pouvez en annuler un ?",
        "Prélevé deux fois pour octobre, 192 € partis en une matinée.",
    ],
    "es": [
        "¡Solvane me ha cobrado el recibo DOS VECES esta mañana! 96 € dos veces @Solvane",
        "¿A alguien más le ha cobrado Solvane dos veces la cuota? Dos cargos iguales en el banco",
        "@Solvane ¿por qué me habéis pasado el recibo dos veces hoy? Me he quedado en números rojos 😡",
        "Hola, hoy me han cargado dos veces la cuota mensual, devolved el segundo cargo cuanto antes.",
        "Mi banco muestra dos cargos de Solvane hoy por el mismo importe. ¿Podéis anular uno?",
        "Me habéis cobrado octubre dos veces, 192 € en una mañana.",
    ],
    "de": [
        "Solvane hat heute früh ZWEIMAL abgebucht! 96 € doppelt @Solvane",
        "Noch jemand bei Solvane doppelt abgebucht worden? Zwei gleiche Lastschriften in meiner Banking-App",
        "@Solvane warum bucht ihr heute zweimal ab? Mein Konto ist jetzt im Minus 😡",
        "Hallo, mein Abschlag wurde heute zweimal eingezogen, bitte die zweite Lastschrift sofort erstatten.",
        "Meine Bank zeigt heute zwei Lastschriften von Solvane über denselben Betrag. Können Sie eine zurückbuchen?",
        "Oktober-Abschlag doppelt abgebucht, 192 € an einem Vormittag weg.",
    ],
    "it": [
        "Solvane mi ha addebitato la rata DUE VOLTE stamattina! 96 € doppi @Solvane",
        "Anche ad altri Solvane ha addebitato due volte la rata? Due addebiti uguali sull'app della banca",
        "@Solvane perché due addebiti oggi? Ora sono in rosso 😡",
        "Buongiorno, la rata mensile mi è stata addebitata due volte oggi, rimborsate la seconda subito per favore.",
        "La banca mi mostra due addebiti Solvane oggi dello stesso importo. Potete stornarne uno?",
        "Mi avete addebitato ottobre due volte, 192 € spariti in una mattina.",
    ],
    "pt": [
        "A Solvane debitou-me a mensalidade DUAS VEZES esta manhã! 96 € a dobrar @Solvane",
        "Mais alguém da Solvane com débito a dobrar? Dois débitos iguais na app do banco",
        "@Solvane porque é que debitaram duas vezes hoje? Fiquei a descoberto 😡",
        "Bom dia, a mensalidade foi debitada duas vezes hoje, devolvam o segundo débito o quanto antes.",
        "O banco mostra dois débitos da Solvane hoje com o mesmo valor. Podem anular um?",
        "Debitaram outubro duas vezes, 192 € numa manhã.",
    ],
}
SPIKE_SUBJECT: dict[str, str] = {
    "en": "Charged twice",
    "fr": "Double prélèvement",
    "es": "Cobro duplicado",
    "de": "Doppelte Abbuchung",
    "it": "Doppio addebito",
    "pt": "Débito duplicado",
}
SPIKE_REPEAT: dict[str, list[str]] = {
    "en": [
        "Still two debits showing and no word from you. When is the second one coming back?",
        "Still charged twice, an hour later. Nobody has replied.",
    ],
    "fr": [
        "Toujours deux prélèvements et aucune nouvelle. Quand est-ce que le second est remboursé ?",
        "Toujours prélevé deux fois, une heure après. Personne ne répond.",
    ],
    "es": ["Siguen los dos cargos y ni una respuesta. ¿Cuándo devolvéis el segundo?"],
    "de": ["Immer noch zwei Abbuchungen und keine Antwort. Wann kommt die zweite zurück?"],
    "it": ["Ancora due addebiti e nessuna risposta. Quando restituite il secondo?"],
    "pt": ["Continuam os dois débitos e nenhuma resposta. Quando devolvem o segundo?"],
}
SPIKE_FIXED: dict[str, tuple[str, str]] = {
    "en": (
        "Your October payment",
        "Hello {name}, this morning a fault in our payment system collected the October direct debit twice from some customers, including you. The duplicate has been reversed and should be back in your account within two working days. We're very sorry. The Solvane team",
    ),
    "fr": (
        "Votre prélèvement d'octobre",
        "Bonjour {name}, ce matin une panne de notre système de paiement a prélevé deux fois la mensualité d'octobre chez certains clients, dont vous. Le prélèvement en double a été annulé et le montant sera recrédité sous deux jours ouvrés. Toutes nos excuses. L'équipe Solvane",
    ),
    "es": (
        "Tu recibo de octubre",
        "Hola {name}, esta mañana un fallo de nuestro sistema de pagos cobró dos veces el recibo de octubre a algunos clientes, entre ellos a ti. El cargo duplicado se ha anulado y el importe volverá a tu cuenta en dos días hábiles. Lo sentimos mucho. El equipo de Solvane",
    ),
    "de": (
        "Ihr Oktober-Abschlag",
        "Hallo {name}, heute früh hat ein Fehler in unserem Zahlungssystem bei einigen Kunden, auch bei Ihnen, den Oktober-Abschlag doppelt eingezogen. Die doppelte Lastschrift wurde storniert, der Betrag ist innerhalb von zwei Werktagen wieder auf Ihrem Konto. Das tut uns sehr leid. Ihr Solvane-Team",
    ),
    "it": (
        "La tua rata di ottobre",
        "Ciao {name}, stamattina un guasto del nostro sistema di pagamento ha addebitato due volte la rata di ottobre ad alcuni clienti, tra cui te. L'addebito doppio è stato annullato e l'importo tornerà sul tuo conto entro due giorni lavorativi. Ci dispiace molto. Il team Solvane",
    ),
    "pt": (
        "O seu débito de outubro",
        "Olá {name}, esta manhã uma falha no nosso sistema de pagamentos debitou duas vezes a mensalidade de outubro a alguns clientes, incluindo a si. O débito duplicado foi anulado e o valor volta à sua conta em dois dias úteis. Pedimos imensa desculpa. A equipa Solvane",
    ),
}
#: The two lone payment questions on calm evenings before the spike (chat).
LONE_REPORT: dict[str, str] = {
    "en": "Why has my monthly payment gone up by £6 without any email? Not impressed.",
    "fr": "Pourquoi ma mensualité a augmenté de 6 € sans le moindre mail ? Pas terrible.",
}

# --- phone transcripts ----------------------------------------------------------------

CALL_OPENERS: dict[str, list[str]] = {
    "en": ["yeah hi ", "um so ", "hello yes ", ""],
    "fr": ["oui bonjour euh ", "alors euh ", "allô oui ", ""],
    "es": ["sí hola mire ", "eh pues ", "hola buenas ", ""],
    "de": ["ja hallo also ", "äh ", "guten tag ja ", ""],
    "it": ["sì buongiorno allora ", "ehm ", "pronto sì ", ""],
    "pt": ["sim bom dia olhe ", "pois ", "estou sim ", ""],
}
