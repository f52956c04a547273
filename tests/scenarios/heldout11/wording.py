"""Hand-written wording for the twelfth blind alert set (Platillo, a food-delivery app).

Data only: lists of lines per language, written for this set from the stories.
``{c}`` is a competitor name, ``{n}`` a number; everything else is literal.
"""

from __future__ import annotations

LANGS = ("en", "es", "fr", "de", "pt", "it")
COUNTRY = {"en": "GB", "es": "ES", "fr": "FR", "de": "DE", "pt": "PT", "it": "IT"}
PHONE_PREFIX = {
    "en": "+447",
    "es": "+346",
    "fr": "+336",
    "de": "+4917",
    "pt": "+3519",
    "it": "+393",
}
FIRST = {
    "en": ["amy", "owen", "priya", "callum", "hannah", "dev", "rosie", "tom", "nia", "sam"],
    "es": ["lucia", "javier", "marta", "diego", "ines", "pablo", "nuria", "alvaro", "carmen"],
    "fr": ["camille", "hugo", "lea", "mathis", "chloe", "yanis", "manon", "theo", "ines"],
    "de": ["lena", "jonas", "mia", "felix", "hanna", "lukas", "emma", "paul", "ida"],
    "pt": ["beatriz", "tiago", "mariana", "rui", "joana", "andre", "sofia", "nuno"],
    "it": ["giulia", "marco", "chiara", "luca", "sara", "matteo", "elena", "davide"],
}
COMPETITORS = ("Brasafy", "Comiluz")

PRAISE = {
    "en": [
        "Pad thai arrived in 22 min and still steaming, cheers Platillo",
        "courier was lovely, even rang twice cos my buzzer is broken. 10/10",
        "Love the new 'reorder last meal' button, saves me every Friday",
        "ngl the app is way smoother since the update",
        "Great curry, great rider. Only gripe: the bag was a bit soggy. Still happy!",
        "thanks for the free dessert on my birthday, didnt expect that :)",
    ],
    "es": [
        "El pedido llego en 20 minutos y caliente, genial",
        "el repartidor super amable, gracias!!",
        "Me encanta poder programar la cena para las 21h, muy comodo",
        "todo perfecto como siempre, solo que la salsa venia aparte jaja",
        "q rapido hoy, ni me dio tiempo a poner la mesa",
        "Gracias por el cupon de bienvenida, la pizza estaba buenisima",
    ],
    "fr": [
        "Livre en 25 min, tout etait chaud, merci Platillo",
        "livreur tres sympa, il a attendu que je descende",
        "Super appli, je commande tous les vendredis",
        "nickel comme d'hab, juste les couverts oublies mais pas grave",
    ],
    "de": [
        "Essen war in 20 Minuten da und noch heiß, top!",
        "sehr netter Fahrer, danke",
        "Die App ist echt übersichtlich geworden, gefällt mir",
        "alles super, nur die Serviette fehlte, egal :)",
    ],
    "pt": [
        "Chegou em 20 min e quentinho, obrigada",
        "estafeta muito simpatico, 5 estrelas",
        "adoro a app, encomendo sempre ao domingo",
        "tudo otimo, so faltou o molho mas nada de grave",
    ],
    "it": [
        "Consegna in 20 minuti e tutto caldo, grazie Platillo",
        "rider gentilissimo, complimenti",
        "app comodissima, ordino ogni venerdi",
        "tutto perfetto, solo le posate dimenticate ma pazienza",
    ],
}

QUESTION = {
    "en": [
        "hi, can I add a note for the courier to use the side door?",
        "Do you deliver to Canary Wharf after 11pm?",
        "how do I change the card on my Platillo Plus?",
    ],
    "es": [
        "hola, se puede pagar con bizum?",
        "Repartis en Alcobendas los domingos?",
        "como cambio la direccion de entrega por defecto?",
    ],
    "fr": ["bonjour, on peut payer en tickets resto ?", "vous livrez a Villeurbanne le dimanche ?"],
    "de": ["Hallo, kann man auch mit PayPal zahlen?", "Liefert ihr sonntags nach Pankow?"],
    "pt": ["ola, da para pagar com MB Way?", "entregam em Matosinhos ao domingo?"],
    "it": ["ciao, si puo pagare con Satispay?", "consegnate a Monza la domenica?"],
}
THANKS = {
    "en": ["perfect, thanks!", "ah brill ta", "great, that worked"],
    "es": ["vale, gracias!", "perfecto, mil gracias", "genial, ya esta"],
    "fr": ["parfait merci", "super, merci bcp"],
    "de": ["super, danke!", "passt, danke"],
    "pt": ["obg!", "perfeito, obrigado"],
    "it": ["perfetto grazie", "ok grazie mille"],
}
AGENT_ANSWER = {
    "en": "Hi {name}, thanks for getting in touch. Yes, that is possible: {how}. Enjoy your meal!",
    "es": "Hola {name}, gracias por escribirnos. Si, es posible: {how}. Que aproveche!",
    "fr": "Bonjour {name}, merci de votre message. Oui, c'est possible : {how}. Bon appetit !",
    "de": "Hallo {name}, danke für deine Nachricht. Ja, das geht: {how}. Guten Appetit!",
    "pt": "Ola {name}, obrigado pelo contacto. Sim, e possivel: {how}. Bom apetite!",
    "it": "Ciao {name}, grazie per averci scritto. Si, si puo: {how}. Buon appetito!",
}
AGENT_HOW = {
    "en": "open Account > Preferences",
    "es": "entra en Cuenta > Preferencias",
    "fr": "allez dans Compte > Preferences",
    "de": "unter Konto > Einstellungen",
    "pt": "em Conta > Preferencias",
    "it": "da Account > Preferenze",
}
AGENT_LOOKING = {
    "en": "Hi {name}, sorry about this. I've passed it to our payments team, you'll hear back.",
    "es": "Hola {name}, sentimos lo ocurrido. Lo hemos pasado al equipo, te diremos algo.",
    "fr": "Bonjour {name}, desoles. Nous avons transmis a l'equipe, on revient vers vous.",
    "de": "Hallo {name}, das tut uns leid. Wir haben es weitergegeben und melden uns.",
    "pt": "Ola {name}, lamentamos. Ja passamos a equipa, voltamos a contactar.",
    "it": "Ciao {name}, ci dispiace. Abbiamo girato la cosa al team, ti ricontattiamo.",
}
AGENT_FIXED = {
    "en": "Hi {name}, good news: this is sorted on our side and the money is back on your card.",
    "es": "Hola {name}, ya esta solucionado y el importe vuelve a tu tarjeta.",
    "fr": "Bonjour {name}, c'est regle et le montant est recredite sur votre carte.",
    "de": "Hallo {name}, erledigt: der Betrag ist zurück auf deiner Karte.",
    "pt": "Ola {name}, ja esta resolvido e o valor volta ao seu cartao.",
    "it": "Ciao {name}, risolto: l'importo torna sulla tua carta.",
}
SORTED = {
    "en": ["all sorted now, thanks for fixing it", "got the refund, cheers, all good"],
    "es": ["ya me ha llegado, gracias por arreglarlo", "todo resuelto, gracias"],
    "fr": ["c'est bon, bien recu, merci", "regle, merci a vous"],
    "de": ["ist jetzt erledigt, danke!", "Geld ist da, danke euch"],
    "pt": ["ja recebi, obrigado por resolverem", "resolvido, obg"],
    "it": ["tutto risolto, grazie", "rimborso arrivato, grazie mille"],
}

# The open problems, as first told (each a whole complaint).
PROBLEMS = {
    "double_charge": {
        "en": "I was charged twice for order #{n} (2 x 31.40). Please refund one of them.",
        "es": "Me habeis cobrado dos veces el pedido {n}, 2 x 27,90. Quiero que me devolvais uno.",
        "fr": "J'ai ete debite deux fois pour la commande {n}. Merci de rembourser le doublon.",
        "de": "Bestellung {n} wurde mir zweimal abgebucht. Bitte eine Zahlung erstatten.",
        "pt": "Cobraram-me duas vezes a encomenda {n}. Quero o reembolso de uma.",
        "it": "Mi avete addebitato due volte l'ordine {n}. Rimborsatemene uno per favore.",
    },
    "never_came": {
        "en": "App says order {n} was delivered at 20:14. Nothing came. Nobody rang. I'm hungry.",
        "es": "La app dice entregado el pedido {n} pero aqui no ha llegado nada. Nadie llamo.",
        "fr": "Commande {n} marquee livree mais je n'ai rien recu, personne n'a sonne.",
        "de": "Bestellung {n} steht als geliefert, aber hier ist nichts angekommen.",
        "pt": "A app diz que a encomenda {n} foi entregue mas nao chegou nada.",
        "it": "L'app dice che l'ordine {n} e stato consegnato ma non e arrivato niente.",
    },
    "missing_items": {
        "en": "Half my order {n} was missing (no drinks, no sides) and the refund was refused??",
        "es": "Faltaba medio pedido ({n}): sin bebidas ni guarnicion, y me rechazais el reembolso",
        "fr": "Il manquait la moitie de la commande {n} et le remboursement est refuse ?!",
        "de": "Die Hälfte von Bestellung {n} fehlte und die Erstattung wurde abgelehnt.",
        "pt": "Faltava metade da encomenda {n} e recusaram o reembolso??",
        "it": "Mancava meta dell'ordine {n} e il rimborso e stato rifiutato??",
    },
    "plus_renewed": {
        "en": "I cancelled Platillo Plus in August and you renewed it anyway, 59.99 taken.",
        "es": "Di de baja Platillo Plus y me lo habeis renovado igual, 49,99 cobrados.",
        "fr": "J'avais resilie Platillo Plus et vous l'avez renouvele, 49,99 preleves.",
        "de": "Ich hatte Platillo Plus gekündigt und ihr habt trotzdem 49,99 abgebucht.",
        "pt": "Cancelei o Platillo Plus e renovaram na mesma, 49,99 cobrados.",
        "it": "Avevo disdetto Platillo Plus e l'avete rinnovato lo stesso, 49,99 addebitati.",
    },
    "cold_late": {
        "en": "Order {n} took 85 minutes and came stone cold. Want my money back.",
        "es": "El pedido {n} tardo 85 minutos y llego helado. Quiero el dinero.",
        "fr": "Commande {n} livree en 85 minutes et froide. Je veux etre rembourse.",
        "de": "Bestellung {n} kam nach 85 Minuten eiskalt an. Ich will mein Geld zurück.",
        "pt": "A encomenda {n} demorou 85 minutos e chegou fria. Quero o dinheiro.",
        "it": "L'ordine {n} ci ha messo 85 minuti ed era freddo. Rivoglio i soldi.",
    },
    "promo_ignored": {
        "en": "Why does code SPRING15 never apply at checkout when the email says it's valid?",
        "es": "por que el codigo PRIMAVERA15 nunca se aplica si el email dice que vale??",
        "fr": "pourquoi le code PRINTEMPS15 ne marche jamais alors que le mail dit qu'il est bon ?",
        "de": "Warum geht der Code FRUEHLING15 nie, obwohl die Mail sagt, er gilt?",
        "pt": "porque e que o codigo PRIMAVERA15 nunca funciona se o email diz que e valido?",
        "it": "perche il codice PRIMAVERA15 non funziona mai se la mail dice che e valido?",
    },
}
PROBLEM_ABOUT = {
    "double_charge": "charged twice for one order",
    "never_came": "order marked delivered, never arrived",
    "missing_items": "half the order missing, refund refused",
    "plus_renewed": "Platillo Plus renewed after cancelling",
    "cold_late": "85-minute delivery, cold food",
    "promo_ignored": "promo code never applies",
}

# Later contacts about the same open problem, without the problem's own words.
STILL = {
    "en": [
        "RE: {subj} - any update? nothing has happened since",
        "hello?? still waiting on this. {ref}",
        "third time writing about this. nobody gets back to me",
        "Called last week, told 48h. It's been way more than 48h. Still open.",
    ],
    "es": [
        "RE: {subj} - sigo esperando, nadie me dice nada",
        "hola?? esto sigue igual. {ref}",
        "es la tercera vez que escribo por lo mismo",
        "me dijeron 48h por telefono y nada, SIGO SIN RESPUESTA",
    ],
    "fr": [
        "RE : {subj} - toujours rien depuis",
        "allo ?? toujours pas regle. {ref}",
        "troisieme fois que j'ecris pour ca",
    ],
    "de": [
        "AW: {subj} - immer noch keine Antwort",
        "hallo?? IMMER NOCH nicht erledigt. {ref}",
        "schreibe jetzt zum dritten Mal deswegen",
    ],
    "pt": [
        "RES: {subj} - continuo a espera",
        "ola?? continua igual. {ref}",
        "terceira vez que escrevo sobre isto",
    ],
    "it": [
        "R: {subj} - ancora niente",
        "ciao?? ANCORA non risolto. {ref}",
        "e la terza volta che scrivo per questo",
    ],
}
REF = {
    "en": "same order as before",
    "es": "mismo pedido de antes",
    "fr": "meme commande qu'avant",
    "de": "dieselbe Bestellung wie vorher",
    "pt": "mesma encomenda de antes",
    "it": "stesso ordine di prima",
}

# A six-step slide: lukewarm to done.
SLIDE = {
    "en": [
        "food was ok tonight, bit slower than usual",
        "hmm, second time this week the rider got lost. disappointing",
        "honestly getting fed up, the app keeps showing wrong ETAs",
        "Support took two days to answer a simple question. Poor.",
        "This is really bad now. Cold food, no apology, nothing.",
        "I've had enough. Trying {c} from now on.",
    ],
    "es": [
        "la cena bien, aunque tardo un poco mas",
        "segunda vez esta semana que el repartidor se pierde, decepcionante",
        "la verdad me estoy cansando, los tiempos de la app nunca cuadran",
        "Dos dias para contestar una pregunta simple. Fatal.",
        "Esto ya es muy malo. Comida fria y ni una disculpa.",
        "Me he hartado. Me paso a {c}.",
    ],
    "fr": [
        "repas correct ce soir, un peu plus lent que d'habitude",
        "deuxieme fois cette semaine que le livreur se perd, decevant",
        "j'en ai un peu marre, les delais affiches sont toujours faux",
        "Deux jours pour repondre a une question simple. Mediocre.",
        "Vraiment nul maintenant. Froid, pas d'excuses.",
        "J'en ai assez, je passe chez {c}.",
    ],
    "de": [
        "Essen ok heute, etwas langsamer als sonst",
        "zum zweiten Mal diese Woche hat sich der Fahrer verfahren, enttäuschend",
        "langsam nervt es, die Lieferzeiten stimmen nie",
        "Zwei Tage für eine simple Antwort. Schwach.",
        "Jetzt wirklich schlecht. Kalt, keine Entschuldigung.",
        "Mir reicht's. Ich bestelle ab jetzt bei {c}.",
    ],
    "pt": [
        "jantar ok, um pouco mais lento que o normal",
        "segunda vez esta semana que o estafeta se perde, que desilusao",
        "estou a ficar farta, os tempos da app nunca batem certo",
        "Dois dias para responder a uma pergunta simples. Mau.",
        "Agora esta mesmo mau. Comida fria e nem um pedido de desculpa.",
        "Chega. Vou passar para a {c}.",
    ],
    "it": [
        "cena ok stasera, un po' piu lenta del solito",
        "seconda volta questa settimana che il rider si perde, deludente",
        "comincio a stancarmi, i tempi dell'app sono sempre sbagliati",
        "Due giorni per rispondere a una domanda semplice. Scarso.",
        "Adesso e proprio pessimo. Freddo e nessuna scusa.",
        "Basta. Passo a {c}.",
    ],
}
CANCEL = {
    "en": "Please close my account and cancel Platillo Plus. I'm done with it.",
    "es": "Quiero darme de baja de Platillo y cancelar Plus. Cerrad mi cuenta por favor.",
    "fr": "Merci de fermer mon compte et de resilier Platillo Plus.",
    "de": "Bitte kündigt mein Platillo Plus und löscht mein Konto.",
    "pt": "Quero cancelar o Platillo Plus e fechar a minha conta.",
    "it": "Vorrei disdire Platillo Plus e chiudere il mio account.",
}
GRUMPY = {
    "en": ["meh. late again", "overpriced as usual", "why is the service fee 2.49 now"],
    "es": ["pues otra vez tarde", "caro como siempre", "la tarifa de servicio es un robo"],
    "fr": ["bof, encore en retard", "toujours aussi cher"],
    "de": ["naja, wieder spät", "teuer wie immer"],
    "pt": ["enfim, atrasado outra vez", "caro como sempre"],
    "it": ["mah, di nuovo in ritardo", "caro come sempre"],
}
SARCASM = {
    "en": "Oh brilliant, my sushi came upside down. Art. 🙃 rest was fine",
    "es": "Genial, la pizza llego en vertical. Arte moderno 🙃 lo demas bien",
    "fr": "Magnifique, la pizza est arrivee a la verticale. De l'art 🙃 sinon ok",
    "de": "Super, die Pizza kam hochkant. Kunst 🙃 sonst ok",
    "pt": "Otimo, a pizza chegou na vertical. Arte 🙃 o resto bem",
    "it": "Fantastico, la pizza e arrivata in verticale. Arte 🙃 il resto ok",
}
SORRY = {
    "en": "sorry for the rant yday, was hangry. all good",
    "es": "perdon por lo de ayer, estaba de mal humor",
    "fr": "desole pour hier, j'etais enerve",
    "de": "sorry wegen gestern, war genervt",
    "pt": "desculpem ontem, estava irritado",
    "it": "scusate per ieri, ero nervoso",
}
ONE_WORD = {
    "en": ["grand", "👍", "-", "yum"],
    "es": ["nada", "ok", "👍"],
    "fr": ["RAS", "top"],
    "de": ["passt", "lecker"],
    "pt": ["otimo", "👍"],
    "it": ["ok", "buono"],
}
SUBJECT = {
    "en": "Order problem",
    "es": "Problema con mi pedido",
    "fr": "Probleme commande",
    "de": "Problem mit Bestellung",
    "pt": "Problema com encomenda",
    "it": "Problema ordine",
}
LONG_MAIL = {
    "en": (
        "Hi there,\n\nHope you're well. I've been a customer for about two years and "
        "mostly it's been great, the Thai place on Mare St is a favourite.\n\n{problem}\n\n"
        "Anyway, I'd appreciate a reply when someone has a moment.\n\nBest,\n{name}"
    ),
    "es": (
        "Hola,\n\nSoy cliente desde hace tiempo y en general muy contenta.\n\n{problem}\n\n"
        "Espero vuestra respuesta.\n\nUn saludo,\n{name}"
    ),
}

# The planted spike: paying at checkout fails with error PAY-409 (lunch time).
SPIKE = {
    "en": [
        "checkout keeps failing with PAY-409, cant pay for lunch",
        "Error PAY-409 when I hit pay. Tried 3 cards. What's going on?",
        "is payment down?? PAY-409 every time",
    ],
    "es": [
        "no me deja pagar, error PAY-409 al finalizar el pedido",
        "Error PAY-409 con dos tarjetas distintas, que pasa?",
        "se ha caido el pago? PAY-409 todo el rato",
    ],
    "fr": ["impossible de payer, erreur PAY-409 a la validation", "PAY-409 a chaque paiement ?"],
    "de": ["Bezahlen geht nicht, Fehler PAY-409", "PAY-409 bei jeder Zahlung, was ist los?"],
    "pt": ["nao consigo pagar, erro PAY-409", "PAY-409 sempre que tento pagar"],
    "it": ["non riesco a pagare, errore PAY-409", "PAY-409 a ogni pagamento, che succede?"],
}
SPIKE_AGAIN = {
    "en": "still the same error, tried again just now",
    "es": "sigue igual, acabo de probar otra vez",
    "fr": "toujours la meme erreur, je viens de reessayer",
    "de": "immer noch derselbe Fehler, gerade nochmal probiert",
    "pt": "continua o mesmo erro, tentei agora outra vez",
    "it": "stesso errore, ho appena riprovato",
}

# Business (Platillo Office): office lunch accounts.
B2B_PROBLEMS = {
    "invoice_leavers": {
        "en": "Our monthly invoice still bills lunch allowances for 7 people who left in May.",
        "es": "La factura mensual sigue cobrando la dieta de 7 personas que ya no estan.",
        "fr": "La facture mensuelle facture encore 7 personnes parties en mai.",
        "de": "Die Monatsrechnung enthält noch 7 Mitarbeitende, die im Mai gegangen sind.",
        "pt": "A fatura mensal continua a cobrar 7 pessoas que ja sairam.",
        "it": "La fattura mensile addebita ancora 7 persone uscite a maggio.",
    },
    "allowance_not_loading": {
        "en": "Lunch allowance hasn't loaded on staff cards this month. People are paying.",
        "es": "La dieta de comida no se ha cargado este mes, la gente esta pagando de su bolsillo.",
        "fr": "Le budget repas n'a pas ete charge ce mois-ci sur les comptes des salaries.",
        "de": "Das Essensbudget wurde diesen Monat nicht auf die Konten geladen.",
        "pt": "O subsidio de almoco nao foi carregado este mes nas contas da equipa.",
        "it": "Il budget pranzo non e stato caricato questo mese sugli account dei dipendenti.",
    },
    "group_orders_late": {
        "en": "Every Friday our group order for the team arrives 50 min late. Meetings ruined.",
        "es": "Cada viernes el pedido de grupo llega 50 minutos tarde.",
        "fr": "Chaque vendredi la commande groupee arrive avec 50 minutes de retard.",
        "de": "Jeden Freitag kommt die Gruppenbestellung 50 Minuten zu spät.",
        "pt": "Todas as sextas a encomenda de grupo chega 50 minutos atrasada.",
        "it": "Ogni venerdi l'ordine di gruppo arriva con 50 minuti di ritardo.",
    },
    "portal_export": {
        "en": "The Office portal no longer exports cost centres, finance can't close the month.",
        "es": "El portal ya no exporta los centros de coste, finanzas no puede cerrar el mes.",
        "fr": "Le portail n'exporte plus les centres de cout, la compta est bloquee.",
        "de": "Das Portal exportiert keine Kostenstellen mehr, die Buchhaltung hängt.",
        "pt": "O portal ja nao exporta centros de custo, a contabilidade esta parada.",
        "it": "Il portale non esporta piu i centri di costo, la contabilita e bloccata.",
    },
}
B2B_ROUTINE = {
    "en": [
        "Can we add two new starters to the lunch plan?",
        "Thanks, the team loved Friday's order",
    ],
    "es": ["Podeis añadir dos altas nuevas al plan?", "Gracias, al equipo le encanto el pedido"],
    "fr": ["Pouvez-vous ajouter deux arrivants au forfait ?", "Merci, l'equipe a adore"],
    "de": ["Könnt ihr zwei Neue zum Plan hinzufügen?", "Danke, das Team war begeistert"],
    "pt": ["Podem adicionar duas pessoas novas ao plano?", "Obrigado, a equipa adorou"],
    "it": ["Potete aggiungere due nuovi al piano?", "Grazie, il team ha apprezzato"],
}
B2B_OTHERS = {
    "en": "Still not fixed. We're now comparing offers from other providers.",
    "es": "Sigue sin arreglarse. Estamos mirando otros proveedores.",
    "fr": "Toujours pas regle. Nous regardons d'autres prestataires.",
    "de": "Immer noch nicht behoben. Wir schauen uns andere Anbieter an.",
    "pt": "Continua por resolver. Estamos a ver outros fornecedores.",
    "it": "Ancora non risolto. Stiamo valutando altri fornitori.",
}
B2B_MILD = {
    "en": "Small thing: the invoice PDF has the wrong VAT number format. Not urgent.",
    "es": "Detalle: el PDF de la factura trae mal el formato del CIF. Nada urgente.",
    "fr": "Petit detail : le format du numero de TVA est faux sur la facture.",
    "de": "Kleinigkeit: die USt-ID ist auf der Rechnung falsch formatiert.",
    "pt": "Pormenor: o NIF na fatura esta mal formatado. Nada urgente.",
    "it": "Dettaglio: la partita IVA in fattura e formattata male. Niente di urgente.",
}
COMPANIES = [
    "Larkfield Design",
    "Estudio Norte",
    "Atelier Brume",
    "Kesselwerk GmbH",
    "Casa Azulejo",
    "Officina Ponte",
    "Quarry Lane Legal",
    "Grupo Veleta",
    "Maison Ocre",
    "Nordlicht Media",
    "Tejo Digital",
    "Studio Arco",
    "Fernhill Labs",
    "Ribera Consultores",
    "Cabinet Sorel",
    "Brückner & Vogt",
    "Porto Leve",
    "Lanterna SRL",
    "Hollowbeck Ltd",
    "Mareas Software",
]
