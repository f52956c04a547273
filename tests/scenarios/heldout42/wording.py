# ruff: noqa: E501
"""Hand-written consumer wording of heldout42 (Fontiva, water delivered at home).

Placeholders (filled by make_heldout42.py): {brand} {comp} {ref} {first} {agent}
{amt} {amt2} {when} {code} {local} {credit} {clause} {still} {topic} {fix}.
Pairs are "question|answer"; e-mail pairs "subject|question|answer".
"""

from __future__ import annotations

LANGS = ("en", "it", "fr", "es", "pt", "de")

W: dict[str, dict[str, list[str]]] = {
    "en": {
        "praise": [
            "Driver carried six crates up to my 4th floor flat in 31 degrees and still said have a nice day. {brand} you're stars",
            "honestly the best thing I set up this year. water just turns up every other thursday, no more lugging packs from Tesco. cheers {brand}",
            "The glass bottles are lovely, the kids actually drink water now instead of squash. well done {brand}",
            "big shout out to the {brand} driver who waited while I found my keys in the rain. legend",
            "Switched the office at home to the little cooler from {brand}, best 12 quid a month I spend",
        ],
        "again": [
            "Third delivery in a row that came before the slot even started. How do you do it {brand}",
            "again the driver texted he was 10 min early, again fine by me 😄 {brand} never misses",
            "still the same lovely driver every fortnight, still takes the empties without me asking. keep him {brand}!",
            "fourth week running the sparkling came cold from the van. small thing but it makes my day",
        ],
        "gripe": [
            "Love the service, the water's great, only thing is the drivers text from a different number every time so I never know it's them {brand}",
            "Filters arrived quick and fit perfectly. Wish the jug didn't drip down the side every time I pour though 😅",
            "Really happy with {brand}, just wish the app remembered I always want the glass bottles",
        ],
        "chat_q": [
            "hi can I skip next week's delivery, we're away till the 20th|Hi {first}, done: next week's delivery is skipped and the one after stays as planned. Enjoy the break! {agent}",
            "How many empties can I give back at once? I've got about 30 on the balcony lol|Hi {first}, the driver takes up to 40 on a normal delivery, just leave them crated by the door. The deposit shows in your account within 2 days. {agent}",
            "is the low sodium one ok for making up baby formula?|Hi {first}, yes, our low-sodium water is labelled suitable for infant feeding; the mineral content is on the label and in the app. {agent}",
            "how often should the jug cartridge be changed, the app says 4 weeks but it tastes fine|Hi {first}, every 4 weeks or 150 litres, whichever comes first; the app counts from the day you mark it fitted. {agent}",
            "can I add a CO2 cylinder to thursday's order or is it too late?|Hi {first}, not too late, I've added one exchange cylinder to Thursday. Just hand the empty one to the driver. {agent}",
        ],
        "email_q": [
            "Question about my Club plan|Hello, could I go from every two weeks to every week for the summer only, and back in September? Thanks, {first}|Hello {first}, of course: weekly from now until 31 August, then fortnightly again automatically. Nothing else to do. Kind regards, {agent}, {brand}",
            "Gift delivery|Hi, I'd like to send a crate of the sparkling glass bottles to my mum's for her birthday, can I do that without a second account? {first}|Hi {first}, yes: at checkout choose 'another address' and tick 'gift' so no prices are printed. Best wishes, {agent}, {brand}",
            "Invoice for my accountant|Hello, I work from home and need invoices with my VAT number for the cooler rental. Is that possible from now on? Regards, {first}|Hello {first}, done: add the number under Account > Invoices and every invoice from today carries it. Kind regards, {agent}, {brand}",
        ],
        "phone_q": [
            "hi yeah i was just wondering if the driver can leave the crate in the porch if i'm at work it's round the side by the bins|Hello {first}, following your call: we've added 'leave in the porch at the side of the house' to your delivery notes. {agent}, {brand}",
            "hello it's about the water cooler the little light is flashing orange what does that mean is it broken|Hello {first}, as we said on the phone: the orange light means the tank is due its monthly rinse, nothing is broken. The steps are in the app under My cooler. {agent}, {brand}",
        ],
        "thanks": [
            "brilliant thank you!!",
            "Perfect, thanks a lot",
            "cheers, sorted",
            "great, thanks {agent}",
        ],
        "review5": [
            "Reliable, friendly drivers, fair deposit system. Would recommend",
            "Water tastes great, deliveries on time, app easy. 5 stars",
        ],
        "review4": [
            "Good water, good app. Lost a star because the slots fill up fast",
            "Very good overall, the crates are heavy for the drivers though",
        ],
        "survey": ["great", "spot on", "👍", "", "always on time", ""],
        "night_post": [
            "3am, first batch of sourdough in the oven at the bakery, and a cold sparkling from the crate {brand} dropped at the shop. small joys",
            "can't sleep in this heat, 2am and the whole jug of filtered water is gone. thank god the {brand} crate came today 🥵",
            "home at half 1 after a delayed flight from Malaga and there's cold water in the fridge because {brand} came while I was away. love it",
        ],
        "night_chat": [
            "is it ok to leave the empties on the doorstep tonight for the 7am delivery?|Hi {first}, yes, leave them crated by the door; the driver takes them and the deposit is credited. Good night! {agent}",
            "is the sparkling maker fine with filtered water from the jug or only tap water?|Hi {first}, both are fine; filtered water even gives a cleaner taste. Just don't use hot water. {agent}",
        ],
        "low_csat": ["poor", "", "not impressed", "no"],
        "apology": [
            "Sorry for my tone yesterday about {ref}, it had been a very long day. Thanks for sorting it so quickly",
            "Hi, just wanted to say sorry for the rant yesterday (case {ref}). Not your fault personally. thanks for fixing it",
        ],
        "confirm": [
            "Case {ref}: yes, all good now, it's sorted. Thanks for your help",
            "Re {ref} - confirmed, everything's fine on my side. thank you",
        ],
        "leave": [
            "Hello, we're moving to my in-laws' farm at the end of the month and they have their own well, so I'd like to cancel my {brand} Club and close the account. Thanks for everything, {first}",
            "Hi, the new flat has a filtered water tap in the kitchen so we won't need deliveries any more. Please cancel the Club and close my account. Thank you, {first}",
        ],
    },
    "it": {
        "praise": [
            "Il corriere mi ha portato sei casse al quarto piano senza ascensore con 33 gradi e pure sorridendo. {brand} siete grandi",
            "sinceramente la cosa migliore che ho attivato quest'anno. l'acqua arriva ogni due giovedì, basta trascinare fardelli dal super. grazie {brand}",
            "Le bottiglie di vetro sono bellissime e i bambini finalmente bevono acqua invece dei succhi. brava {brand}",
            "un grazie enorme all'autista {brand} che ha aspettato sotto la pioggia mentre cercavo le chiavi. mitico",
            "Messo il piccolo erogatore {brand} nello studio di casa, i 12 euro al mese spesi meglio",
        ],
        "again": [
            "Terza consegna di fila arrivata prima ancora che iniziasse la fascia oraria. Come fate {brand}",
            "anche oggi l'autista mi ha scritto che arrivava 10 min prima, anche oggi perfetto 😄 {brand} non sbaglia mai",
            "sempre lo stesso autista gentilissimo ogni due settimane, sempre si porta via i vuoti senza che glielo chieda. tenetevelo stretto {brand}!",
            "quarta settimana di fila che la frizzante arriva fresca dal furgone. piccola cosa ma mi svolta la giornata",
        ],
        "gripe": [
            "Servizio top, acqua buonissima, unica cosa gli autisti scrivono ogni volta da un numero diverso e non capisco mai che sono loro {brand}",
            "I filtri sono arrivati subito e vanno benissimo. Peccato che la caraffa goccioli sempre di lato quando versi 😅",
            "Contentissima di {brand}, vorrei solo che l'app si ricordasse che voglio sempre il vetro",
        ],
        "chat_q": [
            "ciao posso saltare la consegna della prossima settimana? siamo via fino al 20|Ciao {first}, fatto: la consegna della prossima settimana è saltata e quella dopo resta com'è. Buone vacanze! {agent}",
            "quanti vuoti posso restituire in una volta? ne ho tipo 30 sul balcone ahah|Ciao {first}, l'autista ne ritira fino a 40 per consegna, basta lasciarli nelle casse davanti alla porta. La cauzione compare sul conto entro 2 giorni. {agent}",
            "l'acqua iposodica va bene per il latte in polvere del neonato?|Ciao {first}, sì, la nostra iposodica è indicata in etichetta come adatta all'alimentazione dei lattanti; i valori sono sull'etichetta e nell'app. {agent}",
            "ogni quanto va cambiato il filtro della caraffa? l'app dice 4 settimane ma l'acqua è ancora buona|Ciao {first}, ogni 4 settimane o 150 litri, quello che arriva prima; l'app conta dal giorno in cui lo segni come montato. {agent}",
            "riesco ad aggiungere una bombola CO2 all'ordine di giovedì o è tardi?|Ciao {first}, non è tardi, ho aggiunto una bombola in sostituzione per giovedì. Dai quella vuota all'autista. {agent}",
        ],
        "email_q": [
            "Domanda sul mio abbonamento Club|Buongiorno, posso passare da ogni due settimane a ogni settimana solo per l'estate e poi tornare come prima a settembre? Grazie, {first}|Buongiorno {first}, certo: settimanale da oggi al 31 agosto, poi di nuovo ogni due settimane in automatico. Non deve fare altro. Cordiali saluti, {agent}, {brand}",
            "Consegna regalo|Salve, vorrei mandare una cassa di frizzante in vetro a mia madre per il compleanno, si può fare senza aprire un secondo account? {first}|Salve {first}, sì: al pagamento scelga 'altro indirizzo' e spunti 'regalo', così i prezzi non vengono stampati. Un saluto, {agent}, {brand}",
            "Fattura con partita IVA|Buongiorno, lavoro da casa e avrei bisogno delle fatture del noleggio erogatore con la mia partita IVA. Si può? Grazie, {first}|Buongiorno {first}, fatto: inserisca la partita IVA in Account > Fatture e da oggi tutte le fatture la riportano. Cordiali saluti, {agent}, {brand}",
        ],
        "phone_q": [
            "pronto sì buongiorno volevo sapere se l'autista può lasciare la cassa nell'androne quando sono al lavoro c'è il portinaio fino alle due|Buongiorno {first}, come da telefonata abbiamo aggiunto alle note di consegna 'lasciare al portinaio nell'androne, entro le 14'. {agent}, {brand}",
            "sì salve è per l'erogatore c'è una lucina arancione che lampeggia cosa vuol dire si è rotto|Buongiorno {first}, come detto al telefono la luce arancione indica solo che è ora del risciacquo mensile del serbatoio, non è rotto niente. I passaggi sono nell'app sotto Il mio erogatore. {agent}, {brand}",
        ],
        "thanks": [
            "grazie mille!!",
            "Perfetto, grazie",
            "ok grz gentilissimi",
            "ottimo, grazie {agent}",
        ],
        "review5": [
            "Autisti puntuali e gentili, sistema delle cauzioni onesto. Consigliatissimo",
            "Acqua buona, consegne puntuali, app semplice. 5 stelle",
        ],
        "review4": [
            "Acqua buona e app comoda. Tolgo una stella perché le fasce si riempiono subito",
            "Molto bene nel complesso, le casse però sono pesantissime per gli autisti",
        ],
        "survey": ["ottimo", "tutto perfetto", "👍", "", "sempre puntuali", ""],
        "night_post": [
            "le 3, prima infornata di pane al forno, e una frizzante fredda dalla cassa che {brand} ha lasciato in negozio. piccole gioie",
            "non si dorme con questo caldo, sono le 2 e la caraffa filtrata è già finita. meno male che oggi è arrivata la cassa {brand} 🥵",
            "rientrata all'una e mezza dopo un volo in ritardo da Catania e in frigo c'è l'acqua fresca perché {brand} è passata mentre ero via. top",
        ],
        "night_chat": [
            "posso lasciare i vuoti fuori dalla porta stanotte per la consegna delle 7?|Ciao {first}, sì, lasciali nelle casse davanti alla porta; l'autista li ritira e la cauzione viene accreditata. Buonanotte! {agent}",
            "il gasatore si può usare con l'acqua della caraffa filtrante o solo del rubinetto?|Ciao {first}, vanno bene tutte e due, con la filtrata il gusto è anche più pulito. Basta non usare acqua calda. {agent}",
        ],
        "low_csat": ["pessimo", "", "no", "deludente"],
        "apology": [
            "Scusate per i toni di ieri sulla pratica {ref}, era una giornata terribile. Grazie di aver risolto così in fretta",
            "Ciao, volevo scusarmi per lo sfogo di ieri (pratica {ref}). Non ce l'avevo con voi personalmente. grazie di averlo sistemato",
        ],
        "confirm": [
            "Pratica {ref}: sì tutto a posto ora, risolto. Grazie dell'aiuto",
            "Rif. {ref} - confermo, dalla mia parte è tutto ok. grazie",
        ],
        "leave": [
            "Buongiorno, a fine mese ci trasferiamo nella cascina dei miei suoceri che hanno il pozzo, quindi vorrei disdire il {brand} Club e chiudere l'account. Grazie di tutto, {first}",
            "Salve, nella casa nuova c'è il rubinetto con l'acqua filtrata in cucina e non ci servono più le consegne. Per favore disdite il Club e chiudete il mio account. Grazie, {first}",
        ],
    },
    "fr": {
        "praise": [
            "Le livreur m'a monté six casiers au 4e sans ascenseur par 32 degrés, toujours avec le sourire. {brand} vous êtes top",
            "Franchement le meilleur abonnement de l'année, l'eau arrive un jeudi sur deux et je ne porte plus les packs du supermarché. merci {brand}",
        ],
        "again": [
            "Encore une livraison en avance, la troisième d'affilée. Comment vous faites {brand}",
            "toujours le même livreur adorable, toujours il reprend les consignes sans que je demande 😄",
        ],
        "gripe": [
            "Très contente de {brand}, juste les livreurs qui écrivent chaque fois d'un numéro différent, je ne sais jamais que c'est eux"
        ],
        "chat_q": [
            "bjr est-ce que je peux sauter la livraison de la semaine prochaine? on part jusqu'au 20|Bonjour {first}, c'est fait : la livraison de la semaine prochaine est annulée, la suivante reste prévue. Bonnes vacances ! {agent}",
            "combien de bouteilles vides je peux rendre d'un coup? j'en ai une trentaine sur le balcon|Bonjour {first}, le livreur en reprend jusqu'à 40 par livraison, laissez-les dans les casiers devant la porte. La consigne est créditée sous 2 jours. {agent}",
        ],
        "email_q": [
            "Question sur mon abonnement Club|Bonjour, puis-je passer à une livraison par semaine pour l'été seulement, puis revenir à toutes les deux semaines en septembre ? Merci, {first}|Bonjour {first}, bien sûr : hebdomadaire jusqu'au 31 août, puis retour automatique toutes les deux semaines. Rien d'autre à faire. Cordialement, {agent}, {brand}",
        ],
        "phone_q": [
            "oui bonjour je voulais savoir si le livreur peut laisser le casier chez la gardienne quand je suis au travail|Bonjour {first}, suite à votre appel, nous avons ajouté 'laisser chez la gardienne' à vos consignes de livraison. {agent}, {brand}",
        ],
        "thanks": ["super merci !!", "Parfait, merci beaucoup", "top merci"],
        "review5": ["Livreurs ponctuels et sympas, consigne honnête. Je recommande"],
        "review4": ["Bonne eau, appli pratique. Une étoile en moins car les créneaux partent vite"],
        "survey": ["parfait", "👍", "", "toujours à l'heure"],
        "night_post": [
            "3h du mat, première fournée à la boulangerie, et une pétillante bien fraîche du casier livré par {brand}. les petits bonheurs"
        ],
        "night_chat": [
            "je peux laisser les vides devant la porte cette nuit pour la livraison de 7h ?|Bonjour {first}, oui, dans les casiers devant la porte ; le livreur les reprend et la consigne est créditée. Bonne nuit ! {agent}"
        ],
        "low_csat": ["nul", "", "bof"],
        "apology": [
            "Désolée pour mon ton d'hier sur le dossier {ref}, journée horrible. Merci d'avoir réglé ça si vite"
        ],
        "confirm": ["Dossier {ref} : oui tout est réglé maintenant. Merci pour votre aide"],
        "leave": [
            "Bonjour, nous nous installons à la ferme de mes beaux-parents qui ont leur propre source, je souhaite résilier mon {brand} Club et fermer mon compte. Merci pour tout, {first}"
        ],
    },
    "es": {
        "praise": [
            "El repartidor me subió seis cajas a un cuarto sin ascensor con 34 grados y encima sonriendo. {brand} sois los mejores",
            "lo mejor que he contratado este año, el agua llega cada dos jueves y se acabó cargar garrafas del super. gracias {brand}",
        ],
        "again": [
            "Tercera entrega seguida que llega antes de que empiece la franja. Cómo lo hacéis {brand}",
            "otra vez el mismo repartidor majísimo, otra vez se lleva los cascos sin pedírselo 😄",
        ],
        "gripe": [
            "Encantada con {brand}, solo que los repartidores escriben cada vez desde un número distinto y nunca sé que son ellos"
        ],
        "chat_q": [
            "hola puedo saltarme la entrega de la semana que viene? estamos fuera hasta el 20|Hola {first}, hecho: la entrega de la semana que viene queda anulada y la siguiente sigue igual. ¡Buen viaje! {agent}",
            "cuantos cascos vacíos puedo devolver de golpe? tengo unos 30 en el balcón jaja|Hola {first}, el repartidor recoge hasta 40 por entrega, déjalos en las cajas junto a la puerta. La fianza aparece en tu cuenta en 2 días. {agent}",
        ],
        "email_q": [
            "Pregunta sobre mi plan Club|Hola, ¿puedo pasar a una entrega semanal solo en verano y volver a cada dos semanas en septiembre? Gracias, {first}|Hola {first}, claro: semanal hasta el 31 de agosto y después cada dos semanas automáticamente. No tienes que hacer nada más. Un saludo, {agent}, {brand}",
        ],
        "phone_q": [
            "hola sí mire quería saber si el repartidor puede dejar la caja en la portería cuando estoy trabajando|Hola {first}, según hablamos por teléfono, hemos añadido 'dejar en portería' a tus notas de entrega. {agent}, {brand}",
        ],
        "thanks": ["genial gracias!!", "Perfecto, muchas gracias", "vale, gracias"],
        "review5": ["Repartidores puntuales y amables, sistema de fianza justo. Recomendable"],
        "review4": [
            "Buena agua, app cómoda. Quito una estrella porque las franjas se llenan rápido"
        ],
        "survey": ["genial", "👍", "", "siempre puntuales"],
        "night_post": [
            "las 2 y no hay quien duerma con este calor, la jarra filtrada vacía otra vez. menos mal que hoy vino la caja de {brand} 🥵"
        ],
        "night_chat": [
            "puedo dejar los cascos en la puerta esta noche para la entrega de las 7?|Hola {first}, sí, déjalos en las cajas junto a la puerta; el repartidor los recoge y se abona la fianza. ¡Buenas noches! {agent}"
        ],
        "low_csat": ["fatal", "", "no"],
        "apology": [
            "Perdón por el tono de ayer con la incidencia {ref}, fue un día horrible. Gracias por solucionarlo tan rápido"
        ],
        "confirm": ["Incidencia {ref}: sí, todo resuelto ya. Gracias por la ayuda"],
        "leave": [
            "Hola, nos vamos a vivir a la casa de campo de mis suegros, que tiene pozo propio, así que quiero cancelar mi {brand} Club y cerrar la cuenta. Gracias por todo, {first}"
        ],
    },
    "pt": {
        "praise": [
            "O estafeta subiu-me seis grades até ao 4.º andar sem elevador com 35 graus e ainda a sorrir. {brand} são os maiores",
            "a melhor coisa que assinei este ano, a água chega de 15 em 15 dias e acabou carregar garrafões do super. obrigada {brand}",
        ],
        "again": [
            "Terceira entrega seguida que chega antes de começar o horário. Como é que fazem {brand}",
            "outra vez o mesmo estafeta simpático, outra vez leva os vasilhames sem eu pedir 😄",
        ],
        "gripe": [
            "Adoro a {brand}, só que os estafetas mandam mensagem sempre de um número diferente e nunca sei que são eles"
        ],
        "chat_q": [
            "ola posso saltar a entrega da semana que vem? estamos fora até dia 20|Olá {first}, feito: a entrega da próxima semana fica cancelada e a seguinte mantém-se. Boas férias! {agent}",
            "quantos vasilhames posso devolver de uma vez? tenho uns 30 na varanda|Olá {first}, o estafeta recolhe até 40 por entrega, deixe-os nas grades junto à porta. A caução aparece na conta em 2 dias. {agent}",
        ],
        "email_q": [
            "Pergunta sobre o meu plano Club|Olá, posso passar a entrega semanal só no verão e voltar a quinzenal em setembro? Obrigado, {first}|Olá {first}, claro: semanal até 31 de agosto e depois quinzenal automaticamente. Não precisa de fazer mais nada. Cumprimentos, {agent}, {brand}",
        ],
        "phone_q": [
            "sim bom dia queria saber se o estafeta pode deixar a grade na porteira quando estou a trabalhar|Olá {first}, na sequência da chamada acrescentámos 'deixar na porteira' às notas de entrega. {agent}, {brand}",
        ],
        "thanks": ["obrigadão!!", "Perfeito, muito obrigada", "ok obg"],
        "review5": ["Estafetas pontuais e simpáticos, caução justa. Recomendo"],
        "review4": ["Boa água, app prática. Tiro uma estrela porque os horários esgotam depressa"],
        "survey": ["ótimo", "👍", "", "sempre a horas"],
        "night_post": [
            "cheguei à 1 e meia depois de um voo atrasado e há água fresca no frigorífico porque a {brand} veio enquanto estava fora. adoro"
        ],
        "night_chat": [
            "posso deixar os vasilhames à porta esta noite para a entrega das 7?|Olá {first}, sim, deixe-os nas grades à porta; o estafeta recolhe e a caução é creditada. Boa noite! {agent}"
        ],
        "low_csat": ["péssimo", "", "não"],
        "apology": [
            "Desculpem o tom de ontem sobre o processo {ref}, foi um dia horrível. Obrigada por resolverem tão depressa"
        ],
        "confirm": ["Processo {ref}: sim, está tudo resolvido. Obrigado pela ajuda"],
        "leave": [
            "Olá, vamos viver para a quinta dos meus sogros, que tem poço próprio, por isso quero cancelar o {brand} Club e fechar a conta. Obrigada por tudo, {first}"
        ],
    },
    "de": {
        "praise": [
            "Der Fahrer hat mir bei 32 Grad sechs Kisten in den 4. Stock ohne Aufzug getragen und war trotzdem gut gelaunt. {brand} ihr seid klasse",
            "ehrlich das beste Abo dieses Jahr, das Wasser kommt jeden zweiten Donnerstag und ich schleppe keine Kisten mehr vom Markt. danke {brand}",
        ],
        "again": [
            "Dritte Lieferung in Folge, die schon vor Beginn des Zeitfensters da war. Wie macht ihr das {brand}",
            "wieder derselbe nette Fahrer, wieder nimmt er das Leergut mit ohne dass ich frage 😄",
        ],
        "gripe": [
            "Total zufrieden mit {brand}, nur schreiben die Fahrer jedes Mal von einer anderen Nummer und ich weiß nie, dass sie es sind"
        ],
        "chat_q": [
            "hallo kann ich die Lieferung naechste Woche auslassen? wir sind bis zum 20. weg|Hallo {first}, erledigt: die Lieferung nächste Woche entfällt, die danach bleibt wie geplant. Schönen Urlaub! {agent}",
            "wie viel Leergut kann ich auf einmal zurückgeben? hab ca 30 Flaschen auf dem Balkon|Hallo {first}, der Fahrer nimmt bis zu 40 pro Lieferung mit, einfach in den Kisten vor die Tür stellen. Das Pfand steht nach 2 Tagen im Konto. {agent}",
        ],
        "email_q": [
            "Frage zu meinem Club-Abo|Hallo, kann ich nur für den Sommer auf wöchentliche Lieferung wechseln und im September wieder auf alle zwei Wochen? Danke, {first}|Hallo {first}, natürlich: wöchentlich bis 31. August, danach automatisch wieder alle zwei Wochen. Sie müssen nichts weiter tun. Viele Grüße, {agent}, {brand}",
        ],
        "phone_q": [
            "ja hallo ich wollte fragen ob der Fahrer die Kiste beim Nachbarn im Erdgeschoss abgeben kann wenn ich arbeite|Hallo {first}, wie telefonisch besprochen haben wir 'beim Nachbarn im EG abgeben' in Ihre Lieferhinweise eingetragen. {agent}, {brand}",
        ],
        "thanks": ["super danke!!", "Perfekt, vielen Dank", "top danke"],
        "review5": ["Pünktliche, freundliche Fahrer, faires Pfandsystem. Empfehlenswert"],
        "review4": [
            "Gutes Wasser, praktische App. Ein Stern Abzug, weil die Zeitfenster schnell weg sind"
        ],
        "survey": ["super", "👍", "", "immer pünktlich"],
        "night_post": [
            "3 Uhr nachts, die ersten Brote im Ofen in der Backstube und ein kaltes Sprudel aus der Kiste von {brand}. kleine Freuden"
        ],
        "night_chat": [
            "kann ich das Leergut heute Nacht vor die Tür stellen für die Lieferung um 7?|Hallo {first}, ja, in den Kisten vor die Tür; der Fahrer nimmt es mit und das Pfand wird gutgeschrieben. Gute Nacht! {agent}"
        ],
        "low_csat": ["schlecht", "", "nein"],
        "apology": [
            "Entschuldigung für meinen Ton gestern wegen Vorgang {ref}, war ein furchtbarer Tag. Danke, dass es so schnell geklärt wurde"
        ],
        "confirm": ["Vorgang {ref}: ja, jetzt ist alles in Ordnung. Danke für die Hilfe"],
        "leave": [
            "Hallo, wir ziehen Ende des Monats auf den Hof meiner Schwiegereltern, die haben einen eigenen Brunnen, daher möchte ich meinen {brand} Club kündigen und das Konto schließen. Danke für alles, {first}"
        ],
    },
}

# The six consumer problems: what happened (a clause), a restatement for later
# contacts, a topic for subjects, and the agent's fix.
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

CLAUSE: dict[str, dict[str, list[str]]] = {
    "en": {
        "no_show": [
            "the app says my order was delivered at {when} yesterday, nobody rang, nothing at the door and the neighbours have nothing either. 12 bottles of water don't just vanish",
            "order marked DELIVERED this morning, I was home all day, no van, no driver, no water. in a heatwave",
        ],
        "double_charge": [
            "I've been charged twice for this month's Club, {amt} TWO times on my card, and my daughter's school trip payment didn't go through because of it",
            "you took the Club fee of {amt} twice on the same day. I want the second one back",
        ],
        "damage": [
            "half the glass bottles in the crate came smashed, water and glass all over my hallway, and the driver just handed it over like that",
            "the new cooler came with a crack in the tank and it leaks all over the kitchen floor",
        ],
        "refund": [
            "I handed back 24 empties five weeks ago and the {amt} deposit has still not been refunded",
            "still waiting for the refund of {amt} for the order you cancelled at the beginning of the month, nearly 5 weeks now",
        ],
        "wrong_price": [
            "I'm a Club member and the 18 L bottles are {amt} for members, but I was billed {amt2} each like a non-member",
            "you confirmed in writing my standing order stays at {amt} a bottle until December and you charged {amt2}",
        ],
        "cancel_fee": [
            "you charged me a {amt} late cancellation fee for a delivery your own driver never turned up for",
            "I moved my slot two days ahead like the app says and still got a {amt} cancellation fee",
        ],
    },
    "it": {
        "no_show": [
            "l'app dice che l'ordine è stato consegnato ieri alle {when}, nessuno ha suonato, davanti alla porta niente e i vicini neanche. 12 bottiglie d'acqua non spariscono così",
            "ordine segnato CONSEGNATO stamattina, sono stata a casa tutto il giorno, niente furgone niente autista niente acqua. con 36 gradi",
        ],
        "double_charge": [
            "mi avete addebitato DUE volte il Club di questo mese, {amt} due volte sulla carta, e per colpa vostra il pagamento della gita di mia figlia non è passato",
            "avete preso la quota Club di {amt} due volte nello stesso giorno. rivoglio indietro la seconda",
        ],
        "damage": [
            "metà delle bottiglie di vetro della cassa sono arrivate rotte, acqua e vetri per tutto l'ingresso, e l'autista me l'ha consegnata così",
            "l'erogatore nuovo è arrivato con il serbatoio crepato e perde acqua su tutto il pavimento della cucina",
        ],
        "refund": [
            "ho reso 24 vuoti cinque settimane fa e la cauzione di {amt} non mi è ancora stata rimborsata",
            "aspetto ancora il rimborso di {amt} dell'ordine che avete annullato voi a inizio mese, quasi 5 settimane",
        ],
        "wrong_price": [
            "sono socia Club e il boccione da 18 L per i soci costa {amt}, me l'avete fatto pagare {amt2} l'uno come a chi non è iscritto",
            "mi avevate confermato per iscritto che il mio ordine fisso restava a {amt} a bottiglia fino a dicembre e mi avete preso {amt2}",
        ],
        "cancel_fee": [
            "mi avete addebitato {amt} di penale per annullamento tardivo per una consegna dove il VOSTRO autista non si è mai presentato",
            "ho spostato la fascia due giorni prima come dice l'app e mi arriva lo stesso una penale di {amt}",
        ],
    },
    "fr": {
        "no_show": [
            "l'appli dit que ma commande a été livrée hier à {when}, personne n'a sonné, rien devant la porte, rien chez les voisins. 12 bouteilles d'eau ne disparaissent pas comme ça"
        ],
        "double_charge": [
            "vous m'avez prélevé DEUX fois le Club du mois, {amt} deux fois sur ma carte, et du coup le paiement de la sortie scolaire de ma fille n'est pas passé"
        ],
        "damage": [
            "la moitié des bouteilles en verre du casier sont arrivées cassées, de l'eau et du verre partout dans l'entrée"
        ],
        "refund": [
            "j'ai rendu 24 bouteilles vides il y a cinq semaines et la consigne de {amt} n'est toujours pas remboursée"
        ],
        "wrong_price": [
            "je suis membre Club, la bonbonne de 18 L est à {amt} pour les membres et on me l'a facturée {amt2}"
        ],
        "cancel_fee": [
            "vous m'avez facturé {amt} de frais d'annulation tardive pour une livraison où VOTRE livreur n'est jamais venu"
        ],
    },
    "es": {
        "no_show": [
            "la app dice que mi pedido se entregó ayer a las {when}, nadie llamó, no había nada en la puerta ni en casa de los vecinos. 12 botellas de agua no desaparecen así"
        ],
        "double_charge": [
            "me habéis cobrado DOS veces el Club de este mes, {amt} dos veces en la tarjeta, y por eso no ha pasado el pago de la excursión de mi hija"
        ],
        "damage": [
            "la mitad de las botellas de vidrio de la caja llegaron rotas, agua y cristales por todo el recibidor"
        ],
        "refund": [
            "devolví 24 cascos hace cinco semanas y la fianza de {amt} sigue sin devolverse"
        ],
        "wrong_price": [
            "soy socia del Club, la garrafa de 18 L cuesta {amt} para socios y me la cobrasteis a {amt2}"
        ],
        "cancel_fee": [
            "me cobrasteis {amt} de penalización por cancelación tardía por una entrega a la que VUESTRO repartidor no vino nunca"
        ],
    },
    "pt": {
        "no_show": [
            "a app diz que a encomenda foi entregue ontem às {when}, ninguém tocou, nada à porta nem nos vizinhos. 12 garrafas de água não desaparecem assim"
        ],
        "double_charge": [
            "cobraram-me DUAS vezes o Club deste mês, {amt} duas vezes no cartão, e por isso o pagamento da visita de estudo da minha filha não passou"
        ],
        "damage": [
            "metade das garrafas de vidro da grade chegaram partidas, água e vidros pelo hall todo"
        ],
        "refund": [
            "devolvi 24 vasilhames há cinco semanas e a caução de {amt} continua sem ser reembolsada"
        ],
        "wrong_price": [
            "sou sócia do Club, o garrafão de 18 L custa {amt} para sócios e cobraram-me {amt2}"
        ],
        "cancel_fee": [
            "cobraram-me {amt} de taxa de cancelamento tardio por uma entrega em que o VOSSO estafeta nunca apareceu"
        ],
    },
    "de": {
        "no_show": [
            "laut App wurde meine Bestellung gestern um {when} zugestellt, niemand hat geklingelt, nichts vor der Tür, nichts bei den Nachbarn. 12 Flaschen Wasser verschwinden nicht einfach"
        ],
        "double_charge": [
            "ihr habt den Club-Beitrag diesen Monat ZWEIMAL abgebucht, {amt} zweimal von der Karte, und deshalb ist die Zahlung für den Schulausflug meiner Tochter nicht durchgegangen"
        ],
        "damage": [
            "die Hälfte der Glasflaschen in der Kiste kam kaputt an, Wasser und Scherben im ganzen Flur"
        ],
        "refund": [
            "ich habe vor fünf Wochen 24 Leerflaschen zurückgegeben und das Pfand von {amt} ist immer noch nicht erstattet"
        ],
        "wrong_price": [
            "ich bin Club-Mitglied, die 18-L-Flasche kostet für Mitglieder {amt} und mir wurden {amt2} berechnet"
        ],
        "cancel_fee": [
            "ihr habt mir {amt} Stornogebühr berechnet für eine Lieferung, zu der EUER Fahrer nie gekommen ist"
        ],
    },
}

STILL: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "the water still hasn't come",
        "double_charge": "the double charge is still on my card",
        "damage": "still no replacement for the broken bottles",
        "refund": "the money still isn't back",
        "wrong_price": "I'm still billed the non-member price",
        "cancel_fee": "the fee is still charged",
    },
    "it": {
        "no_show": "l'acqua non è ancora arrivata",
        "double_charge": "il doppio addebito è ancora lì sulla carta",
        "damage": "ancora nessuna sostituzione per le bottiglie rotte",
        "refund": "i soldi non sono ancora tornati",
        "wrong_price": "mi fate ancora pagare il prezzo da non socia",
        "cancel_fee": "la penale è ancora addebitata",
    },
    "fr": {
        "no_show": "l'eau n'est toujours pas arrivée",
        "double_charge": "le double prélèvement est toujours là",
        "damage": "toujours pas de remplacement pour les bouteilles cassées",
        "refund": "toujours pas remboursée",
        "wrong_price": "toujours facturée au prix non-membre",
        "cancel_fee": "les frais sont toujours prélevés",
    },
    "es": {
        "no_show": "el agua sigue sin llegar",
        "double_charge": "el doble cobro sigue en la tarjeta",
        "damage": "sigo sin reposición de las botellas rotas",
        "refund": "el dinero sigue sin volver",
        "wrong_price": "me seguís cobrando precio de no socia",
        "cancel_fee": "la penalización sigue cobrada",
    },
    "pt": {
        "no_show": "a água continua sem chegar",
        "double_charge": "a cobrança a dobrar continua no cartão",
        "damage": "continuo sem substituição das garrafas partidas",
        "refund": "o dinheiro continua sem voltar",
        "wrong_price": "continuam a cobrar-me o preço de não sócia",
        "cancel_fee": "a taxa continua cobrada",
    },
    "de": {
        "no_show": "das Wasser ist immer noch nicht da",
        "double_charge": "die doppelte Abbuchung ist immer noch auf der Karte",
        "damage": "immer noch kein Ersatz für die kaputten Flaschen",
        "refund": "das Geld ist immer noch nicht zurück",
        "wrong_price": "mir wird immer noch der Nichtmitgliedspreis berechnet",
        "cancel_fee": "die Gebühr ist immer noch abgebucht",
    },
}

TOPIC: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "order marked delivered, never came",
        "double_charge": "charged twice",
        "damage": "delivery arrived broken",
        "refund": "refund still missing",
        "wrong_price": "wrong price charged",
        "cancel_fee": "cancellation fee",
    },
    "it": {
        "no_show": "ordine segnato consegnato mai arrivato",
        "double_charge": "doppio addebito",
        "damage": "consegna arrivata rotta",
        "refund": "rimborso mai arrivato",
        "wrong_price": "prezzo sbagliato",
        "cancel_fee": "penale di annullamento",
    },
    "fr": {
        "no_show": "commande livrée jamais reçue",
        "double_charge": "double prélèvement",
        "damage": "livraison cassée",
        "refund": "remboursement manquant",
        "wrong_price": "mauvais prix",
        "cancel_fee": "frais d'annulation",
    },
    "es": {
        "no_show": "pedido entregado que nunca llegó",
        "double_charge": "doble cobro",
        "damage": "entrega rota",
        "refund": "reembolso pendiente",
        "wrong_price": "precio equivocado",
        "cancel_fee": "penalización por cancelación",
    },
    "pt": {
        "no_show": "encomenda entregue que nunca chegou",
        "double_charge": "cobrança a dobrar",
        "damage": "entrega partida",
        "refund": "reembolso em falta",
        "wrong_price": "preço errado",
        "cancel_fee": "taxa de cancelamento",
    },
    "de": {
        "no_show": "Bestellung zugestellt, nie angekommen",
        "double_charge": "doppelt abgebucht",
        "damage": "Lieferung kaputt",
        "refund": "Erstattung fehlt",
        "wrong_price": "falscher Preis",
        "cancel_fee": "Stornogebühr",
    },
}

FIX: dict[str, dict[str, str]] = {
    "en": {
        "no_show": "the crate was left at number 14 instead of 41 by mistake; a new delivery is booked for tomorrow morning, free",
        "double_charge": "the second charge has been refunded and will show on your card in 2-3 days",
        "damage": "a new crate is on its way today and the breakage is credited",
        "refund": "the money has been sent back to your card today",
        "wrong_price": "the difference has been refunded and your Club price is fixed on the account",
        "cancel_fee": "the fee has been refunded",
    },
    "it": {
        "no_show": "la cassa era stata lasciata per errore al civico 14 invece che al 41; una nuova consegna è prenotata per domattina, gratis",
        "double_charge": "il secondo addebito è stato rimborsato, lo vedrà sulla carta in 2-3 giorni",
        "damage": "una cassa nuova parte oggi e la rottura è accreditata",
        "refund": "il rimborso è partito oggi sulla sua carta",
        "wrong_price": "la differenza è stata rimborsata e il prezzo Club ora è corretto sul suo account",
        "cancel_fee": "la penale è stata rimborsata",
    },
    "fr": {
        "no_show": "le casier a été déposé au 14 au lieu du 41 ; une nouvelle livraison est prévue demain matin, offerte",
        "double_charge": "le second prélèvement est remboursé, visible sous 2-3 jours",
        "damage": "un nouveau casier part aujourd'hui et la casse est créditée",
        "refund": "le remboursement est parti aujourd'hui sur votre carte",
        "wrong_price": "la différence est remboursée et votre prix Club corrigé",
        "cancel_fee": "les frais sont remboursés",
    },
    "es": {
        "no_show": "la caja se dejó por error en el número 14 en vez del 41; hay una nueva entrega mañana por la mañana, gratis",
        "double_charge": "el segundo cobro está devuelto, lo verás en 2-3 días",
        "damage": "una caja nueva sale hoy y la rotura está abonada",
        "refund": "el reembolso ha salido hoy a tu tarjeta",
        "wrong_price": "la diferencia está devuelta y tu precio Club corregido",
        "cancel_fee": "la penalización está devuelta",
    },
    "pt": {
        "no_show": "a grade foi deixada por engano no n.º 14 em vez do 41; há nova entrega amanhã de manhã, grátis",
        "double_charge": "a segunda cobrança foi devolvida, aparece em 2-3 dias",
        "damage": "uma grade nova sai hoje e a quebra está creditada",
        "refund": "o reembolso seguiu hoje para o cartão",
        "wrong_price": "a diferença foi devolvida e o preço Club corrigido",
        "cancel_fee": "a taxa foi devolvida",
    },
    "de": {
        "no_show": "die Kiste wurde versehentlich bei Nr. 14 statt 41 abgestellt; eine neue Lieferung ist für morgen früh gebucht, kostenlos",
        "double_charge": "die zweite Abbuchung ist erstattet, in 2-3 Tagen auf der Karte",
        "damage": "eine neue Kiste geht heute raus und der Bruch ist gutgeschrieben",
        "refund": "die Erstattung ist heute auf Ihre Karte gegangen",
        "wrong_price": "die Differenz ist erstattet und Ihr Club-Preis korrigiert",
        "cancel_fee": "die Gebühr ist erstattet",
    },
}

# How a complaint is wrapped, per channel. {clause} is the clause, {Clause} capitalised.
WRAP: dict[str, dict[str, list[str]]] = {
    "en": {
        "email": [
            "Hello,\n\n{Clause}. I want this sorted today please.\n\n{first}",
            "{Clause}. Honestly fed up. The order is in my account. {first}",
        ],
        "chat": ["hi, {clause}. what is going on??", "{Clause}. Can someone actually help"],
        "social": [
            "@{brand} {clause}. FUMING",
            "@{brand} {clause}. brilliant service as always, not",
        ],
        "web": [
            "{Clause}. Please sort it out and ring me back.",
            "{Clause}. I expect an answer this week.",
        ],
        "phone": [
            "hello yes i'm calling because {clause} and i'd like to know what you're going to do about it",
            "hi yeah it's {first} {clause} can someone sort this out please",
        ],
        "subject": ["Complaint: {topic}", "{topic} - AGAIN?"],
    },
    "it": {
        "email": [
            "Buongiorno,\n\n{Clause}. Vorrei che fosse sistemato oggi.\n\n{first}",
            "{Clause}. Sinceramente sono stufa. L'ordine lo trovate nel mio account. {first}",
        ],
        "chat": ["ciao, {clause}. ma cosa succede??", "{Clause}. C'è qualcuno che mi aiuta"],
        "social": [
            "@{brand} {clause}. SONO FURIOSA",
            "@{brand} {clause}. servizio impeccabile come sempre, certo",
        ],
        "web": [
            "{Clause}. Sistemate e richiamatemi per favore.",
            "{Clause}. Mi aspetto una risposta entro la settimana.",
        ],
        "phone": [
            "pronto sì chiamo perché {clause} e vorrei sapere cosa fate adesso",
            "sì buongiorno sono {first} {clause} qualcuno può sistemare per favore",
        ],
        "subject": ["Reclamo: {topic}", "{topic} - DI NUOVO?"],
    },
    "fr": {
        "email": ["Bonjour,\n\n{Clause}. Je veux que ce soit réglé aujourd'hui.\n\n{first}"],
        "chat": ["bonjour, {clause}. c'est quoi ce bazar ??"],
        "social": ["@{brand} {clause}. MARRE"],
        "web": ["{Clause}. Merci de régler ça et de me rappeler."],
        "phone": [
            "oui bonjour j'appelle parce que {clause} et je voudrais savoir ce que vous allez faire"
        ],
        "subject": ["Réclamation : {topic}"],
    },
    "es": {
        "email": ["Hola,\n\n{Clause}. Quiero que se solucione hoy.\n\n{first}"],
        "chat": ["hola, {clause}. qué está pasando??"],
        "social": ["@{brand} {clause}. HARTA"],
        "web": ["{Clause}. Solucionadlo y llamadme por favor."],
        "phone": ["hola sí llamo porque {clause} y quiero saber qué vais a hacer"],
        "subject": ["Reclamación: {topic}"],
    },
    "pt": {
        "email": ["Olá,\n\n{Clause}. Quero isto resolvido hoje.\n\n{first}"],
        "chat": ["olá, {clause}. o que se passa??"],
        "social": ["@{brand} {clause}. FARTA"],
        "web": ["{Clause}. Resolvam e liguem-me por favor."],
        "phone": ["sim bom dia estou a ligar porque {clause} e quero saber o que vão fazer"],
        "subject": ["Reclamação: {topic}"],
    },
    "de": {
        "email": ["Hallo,\n\n{Clause}. Ich will, dass das heute geklärt wird.\n\n{first}"],
        "chat": ["hallo, {clause}. was ist da los??"],
        "social": ["@{brand} {clause}. REICHT MIR"],
        "web": ["{Clause}. Bitte klären und mich zurückrufen."],
        "phone": ["ja hallo ich rufe an weil {clause} und ich will wissen was Sie jetzt machen"],
        "subject": ["Beschwerde: {topic}"],
    },
}

# Long e-mails: the complaint sits inside a letter (English and Italian only).
LONG: dict[str, list[str]] = {
    "en": [
        "Hi there,\n\nI'm typing this at 5am before my shift at the sorting office, so forgive the typos. We moved house three weeks ago, half our life is still in boxes and the dog has eaten a sofa cushion. I'm not someone who writes in to complain, I've told everyone on the new road about you.\n\nBut {clause}. I haven't rung because honestly I haven't had a spare minute, but I'm not letting this one go.\n\nCould someone please look at it and tell me what happens next. I'd like to stay a customer.\n\nThanks,\n{first}",
        "Hello {brand},\n\nLong-time customer here (three years, I think, since the flat in Harold's Cross). I'm writing from the sideline of my son's under-10s match, so this will be a bit of a ramble. Everything has always been fine, the drivers are lovely, the water's lovely.\n\nThis time, though, {clause}. I've checked the app twice and my bank statement three times.\n\nI'd be grateful if you'd sort it and let me know. Not angry, just tired.\n\nBest,\n{first}",
    ],
    "it": [
        "Buonasera,\n\nvi scrivo dal bancone del negozio nei cinque minuti senza clienti, quindi perdonate gli errori. Stiamo rifacendo il bagno, casa è un cantiere e mio suocero è ospite da noi da due settimane. Non sono uno che fa reclami, anzi vi ho consigliati a mezzo condominio.\n\nPerò {clause}. Non ho ancora chiamato perché non ho avuto un minuto, ma stavolta non lascio perdere.\n\nVi chiedo di guardarci e dirmi cosa succede adesso. Vorrei restare vostro cliente.\n\nGrazie,\n{first}",
        "Gentile {brand},\n\nsono vostra cliente da tre anni, da quando abitavo ancora in via Padova. Scrivo dalla panchina del parco mentre il cane fa il suo giro, quindi sarò un po' confusa. È sempre andato tutto bene, gli autisti gentilissimi, l'acqua ottima.\n\nQuesta volta però {clause}. Ho controllato l'app due volte e l'estratto conto tre.\n\nVi sarei grata se sistemaste e mi faceste sapere. Non sono arrabbiata, solo stanca.\n\nCordiali saluti,\n{first}",
    ],
}

LATER: dict[str, dict[str, list[str]]] = {
    "en": {
        "second": [
            "Case {ref} is still open. {Still}. Nobody has got back to me",
            "this is about {ref} again, {still}. any news?",
        ],
        "third": [
            "Third time about {ref}. {Still}. I've already looked up {comp}'s prices, just so you know",
            "third message on {ref}, {still}. my neighbour gets {comp} and they've never done this to her",
        ],
        "fourth": [
            "Fourth time now, case {ref}. {Still}. Four contacts and not one answer",
            "FOURTH time. {ref}. {still}.",
        ],
    },
    "it": {
        "second": [
            "La pratica {ref} è ancora aperta. {Still}. Nessuno mi ha ricontattata",
            "di nuovo per la {ref}, {still}. novità?",
        ],
        "third": [
            "Terza volta per la {ref}. {Still}. Ho già guardato i prezzi di {comp}, tanto per dire",
            "terzo messaggio sulla {ref}, {still}. la mia vicina ha {comp} e a lei una cosa così non è mai successa",
        ],
        "fourth": [
            "Ormai è la quarta volta, pratica {ref}. {Still}. Quattro contatti e nemmeno una risposta",
            "QUARTA volta. {ref}. {still}.",
        ],
    },
    "fr": {
        "second": ["Le dossier {ref} est toujours ouvert. {Still}. Personne ne m'a recontactée"],
        "third": [
            "Troisième fois pour le dossier {ref}. {Still}. J'ai déjà regardé les prix de {comp}, je vous le dis"
        ],
        "fourth": ["Quatrième fois, dossier {ref}. {Still}. Quatre contacts et aucune réponse"],
    },
    "es": {
        "second": ["La incidencia {ref} sigue abierta. {Still}. Nadie me ha contestado"],
        "third": [
            "Tercera vez por la {ref}. {Still}. Ya he mirado los precios de {comp}, para que lo sepáis"
        ],
        "fourth": ["Cuarta vez ya, incidencia {ref}. {Still}. Cuatro contactos y ni una respuesta"],
    },
    "pt": {
        "second": ["O processo {ref} continua aberto. {Still}. Ninguém me respondeu"],
        "third": [
            "Terceira vez sobre o {ref}. {Still}. Já fui ver os preços da {comp}, fica o aviso"
        ],
        "fourth": ["Quarta vez, processo {ref}. {Still}. Quatro contactos e nenhuma resposta"],
    },
    "de": {
        "second": ["Vorgang {ref} ist immer noch offen. {Still}. Niemand hat sich gemeldet"],
        "third": [
            "Zum dritten Mal wegen {ref}. {Still}. Ich habe mir schon die Preise von {comp} angesehen, nur damit Sie es wissen"
        ],
        "fourth": ["Zum vierten Mal, Vorgang {ref}. {Still}. Vier Kontakte und keine Antwort"],
    },
}

# Agents' replies.
AGENT: dict[str, dict[str, str]] = {
    "en": {
        "case_subject": "Your case {ref}",
        "case": "Hello {first},\n\nthank you for telling us, and sorry about this. We've opened case {ref} and will come back to you within 48 hours.\n\n{agent}, {brand} customer care",
        "chat_case": "I'm really sorry {first}. I've opened case {ref} and passed it on; you'll hear from us by e-mail.",
        "passed_on": "Hello {first},\n\nyour case {ref} has been escalated to a senior colleague in customer relations, who will ring you by tomorrow evening.\n\n{agent}, {brand} customer care",
        "good_news_subject": "Good news: case {ref}",
        "good_news": "Hello {first},\n\ngood news on case {ref}: {fix}. Could you confirm all is fine on your side?\n\n{agent}, {brand} customer care",
        "sorry_go": "Hello {first},\n\nwe're sorry to see you go. You can cancel the Club and close your account yourself in the app (Account > Plan) or on the website; the deposit for bottles still at home is refunded when the driver collects them.\n\n{agent}, {brand}",
        "ack": "Hello {first}, thanks for the feedback, I've passed it on to the app team. {agent}",
    },
    "it": {
        "case_subject": "La sua pratica {ref}",
        "case": "Buongiorno {first},\n\ngrazie della segnalazione e ci scusiamo. Abbiamo aperto la pratica {ref} e le risponderemo entro 48 ore.\n\n{agent}, Servizio clienti {brand}",
        "chat_case": "Mi dispiace davvero {first}. Ho aperto la pratica {ref} e l'ho passata al reparto; le scriveremo via e-mail.",
        "passed_on": "Buongiorno {first},\n\nla sua pratica {ref} è stata affidata a una collega senior delle relazioni clienti, che la chiamerà entro domani sera.\n\n{agent}, Servizio clienti {brand}",
        "good_news_subject": "Buone notizie: pratica {ref}",
        "good_news": "Buongiorno {first},\n\nbuone notizie sulla pratica {ref}: {fix}. Può confermarci che per lei è tutto a posto?\n\n{agent}, Servizio clienti {brand}",
        "sorry_go": "Buongiorno {first},\n\nci dispiace vederla andare via. Può disdire il Club e chiudere l'account da sola nell'app (Account > Piano) o sul sito; la cauzione delle bottiglie ancora a casa viene rimborsata al ritiro.\n\n{agent}, {brand}",
        "ack": "Ciao {first}, grazie della segnalazione, l'ho girata al team dell'app. {agent}",
    },
    "fr": {
        "case_subject": "Votre dossier {ref}",
        "case": "Bonjour {first},\n\nmerci de nous l'avoir signalé, et désolés. Nous avons ouvert le dossier {ref} et revenons vers vous sous 48 heures.\n\n{agent}, service client {brand}",
        "chat_case": "Vraiment désolé {first}. J'ai ouvert le dossier {ref} et l'ai transmis ; nous vous écrirons par e-mail.",
        "passed_on": "Bonjour {first},\n\nvotre dossier {ref} a été confié à une collègue senior de la relation client, qui vous appellera d'ici demain soir.\n\n{agent}, service client {brand}",
        "good_news_subject": "Bonne nouvelle : dossier {ref}",
        "good_news": "Bonjour {first},\n\nbonne nouvelle pour le dossier {ref} : {fix}. Pouvez-vous nous confirmer que tout va bien de votre côté ?\n\n{agent}, service client {brand}",
        "sorry_go": "Bonjour {first},\n\nnous sommes désolés de vous voir partir. Vous pouvez résilier le Club et fermer votre compte vous-même dans l'appli (Compte > Formule) ou sur le site ; la consigne des bouteilles encore chez vous est remboursée à leur reprise.\n\n{agent}, {brand}",
        "ack": "Bonjour {first}, merci du retour, je l'ai transmis à l'équipe de l'appli. {agent}",
    },
    "es": {
        "case_subject": "Tu incidencia {ref}",
        "case": "Hola {first},\n\ngracias por avisarnos y perdona las molestias. Hemos abierto la incidencia {ref} y te responderemos en 48 horas.\n\n{agent}, atención al cliente {brand}",
        "chat_case": "Lo siento mucho {first}. He abierto la incidencia {ref} y la he pasado al equipo; te escribiremos por e-mail.",
        "passed_on": "Hola {first},\n\ntu incidencia {ref} la lleva ahora una compañera sénior de atención al cliente, que te llamará antes de mañana por la noche.\n\n{agent}, atención al cliente {brand}",
        "good_news_subject": "Buenas noticias: incidencia {ref}",
        "good_news": "Hola {first},\n\nbuenas noticias sobre la incidencia {ref}: {fix}. ¿Nos confirmas que todo está bien?\n\n{agent}, atención al cliente {brand}",
        "sorry_go": "Hola {first},\n\nsentimos que te vayas. Puedes cancelar el Club y cerrar la cuenta tú misma en la app (Cuenta > Plan) o en la web; la fianza de las botellas que tengas en casa se devuelve al recogerlas.\n\n{agent}, {brand}",
        "ack": "Hola {first}, gracias, se lo he pasado al equipo de la app. {agent}",
    },
    "pt": {
        "case_subject": "O seu processo {ref}",
        "case": "Olá {first},\n\nobrigado por nos avisar e pedimos desculpa. Abrimos o processo {ref} e respondemos em 48 horas.\n\n{agent}, apoio ao cliente {brand}",
        "chat_case": "Lamento muito {first}. Abri o processo {ref} e passei à equipa; vai receber resposta por e-mail.",
        "passed_on": "Olá {first},\n\no seu processo {ref} foi entregue a uma colega sénior da relação com clientes, que lhe vai ligar até amanhã à noite.\n\n{agent}, apoio ao cliente {brand}",
        "good_news_subject": "Boas notícias: processo {ref}",
        "good_news": "Olá {first},\n\nboas notícias sobre o processo {ref}: {fix}. Pode confirmar que está tudo bem?\n\n{agent}, apoio ao cliente {brand}",
        "sorry_go": "Olá {first},\n\nlamentamos vê-la partir. Pode cancelar o Club e fechar a conta na app (Conta > Plano) ou no site; a caução das garrafas em casa é devolvida quando o estafeta as recolher.\n\n{agent}, {brand}",
        "ack": "Olá {first}, obrigado, passei à equipa da app. {agent}",
    },
    "de": {
        "case_subject": "Ihr Vorgang {ref}",
        "case": "Hallo {first},\n\ndanke für Ihre Nachricht, und es tut uns leid. Wir haben den Vorgang {ref} angelegt und melden uns innerhalb von 48 Stunden.\n\n{agent}, {brand} Kundenservice",
        "chat_case": "Das tut mir wirklich leid, {first}. Ich habe den Vorgang {ref} angelegt und weitergegeben; Sie bekommen eine E-Mail.",
        "passed_on": "Hallo {first},\n\nIhr Vorgang {ref} liegt jetzt bei einer erfahrenen Kollegin aus der Kundenbetreuung, die Sie bis morgen Abend anruft.\n\n{agent}, {brand} Kundenservice",
        "good_news_subject": "Gute Nachricht: Vorgang {ref}",
        "good_news": "Hallo {first},\n\ngute Nachricht zu Vorgang {ref}: {fix}. Können Sie bestätigen, dass bei Ihnen alles in Ordnung ist?\n\n{agent}, {brand} Kundenservice",
        "sorry_go": "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Club in der App (Konto > Tarif) oder auf der Website selbst kündigen und das Konto schließen; das Pfand für Flaschen zu Hause wird bei Abholung erstattet.\n\n{agent}, {brand}",
        "ack": "Hallo {first}, danke für den Hinweis, ich habe es an das App-Team weitergegeben. {agent}",
    },
}

# The six steps of a slow slide (ratings 3, 3, 2, 2, 1, 1); the last names a competitor.
SLIDE: dict[str, list[str]] = {
    "en": [
        "{brand} moved my delivery from Tuesday morning to Thursday afternoon without asking. had to swap my shift. hmm",
        "new driver leaves the crates at the bottom of the stairs now. the old one brought them up. 4th floor, no lift",
        "the new caps on the glass bottles leak in the fridge door. small thing but the shelf is sticky every morning now",
        "the CO2 cylinders run out in half the time lately, same use as always. getting a bit tired of this {brand}",
        "THREE deliveries now and nobody has taken my empties. 36 bottles on the balcony and customer care says bring them to the depot MYSELF?? absolutely ridiculous",
        "my sister switched to {comp}, they carry everything up and take the empties every time. booked a trial delivery with them for Saturday",
    ],
    "it": [
        "{brand} mi ha spostato la consegna dal martedì mattina al giovedì pomeriggio senza chiedere. ho dovuto cambiare turno. mah",
        "il nuovo autista lascia le casse in fondo alle scale. quello di prima me le portava su. quarto piano senza ascensore",
        "i tappi nuovi delle bottiglie di vetro perdono nello sportello del frigo. piccola cosa ma ogni mattina il ripiano è appiccicoso",
        "le bombole CO2 finiscono a metà del tempo ultimamente, uso sempre uguale. comincio a stufarmi {brand}",
        "TRE consegne e nessuno si è portato via i vuoti. 36 bottiglie sul balcone e il servizio clienti mi dice di portarle IO al deposito?? roba da matti",
        "mia sorella è passata a {comp}, le portano tutto su e ritirano i vuoti ogni volta. ho prenotato una consegna di prova con loro per sabato",
    ],
    "fr": [
        "{brand} a déplacé ma livraison du mardi matin au jeudi après-midi sans demander. bon",
        "le nouveau livreur laisse les casiers en bas de l'escalier. l'ancien les montait. 4e sans ascenseur",
        "les nouveaux bouchons des bouteilles en verre fuient dans la porte du frigo. pénible",
        "les bouteilles de CO2 durent moitié moins longtemps ces temps-ci. je commence à en avoir assez {brand}",
        "TROIS livraisons et personne n'a repris mes vides. 36 bouteilles sur le balcon et on me dit de les ramener MOI-MÊME au dépôt?? n'importe quoi",
        "ma sœur est passée chez {comp}, ils montent tout et reprennent les vides à chaque fois. j'ai réservé une livraison d'essai samedi",
    ],
    "es": [
        "{brand} me ha cambiado la entrega del martes por la mañana al jueves por la tarde sin preguntar. en fin",
        "el repartidor nuevo deja las cajas abajo en la escalera. el de antes me las subía. cuarto sin ascensor",
        "los tapones nuevos de las botellas de vidrio gotean en la puerta de la nevera. qué pesadez",
        "las bombonas de CO2 duran la mitad últimamente, mismo uso de siempre. me estoy cansando {brand}",
        "TRES entregas y nadie se ha llevado los cascos. 36 botellas en el balcón y me dicen que las lleve YO al almacén?? de locos",
        "mi hermana se ha pasado a {comp}, se lo suben todo y recogen los cascos siempre. he reservado una entrega de prueba con ellos el sábado",
    ],
    "pt": [
        "a {brand} mudou a minha entrega de terça de manhã para quinta à tarde sem perguntar. enfim",
        "o estafeta novo deixa as grades no fundo das escadas. o antigo subia-as. 4.º andar sem elevador",
        "as tampas novas das garrafas de vidro pingam na porta do frigorífico. que chatice",
        "as botijas de CO2 duram metade do tempo ultimamente, o uso é o mesmo. estou a ficar farta {brand}",
        "TRÊS entregas e ninguém levou os vasilhames. 36 garrafas na varanda e dizem-me para as levar EU ao armazém?? ridículo",
        "a minha irmã mudou para a {comp}, sobem tudo e levam os vasilhames sempre. marquei uma entrega de teste com eles para sábado",
    ],
    "de": [
        "{brand} hat meine Lieferung von Dienstagvormittag auf Donnerstagnachmittag verlegt, ohne zu fragen. naja",
        "der neue Fahrer lässt die Kisten unten an der Treppe stehen. der alte hat sie hochgetragen. 4. Stock ohne Aufzug",
        "die neuen Deckel der Glasflaschen tropfen in der Kühlschranktür. nervig",
        "die CO2-Zylinder halten neuerdings nur halb so lange, gleicher Verbrauch wie immer. langsam reicht es {brand}",
        "DREI Lieferungen und niemand hat mein Leergut mitgenommen. 36 Flaschen auf dem Balkon und ich soll sie SELBST zum Depot bringen?? lächerlich",
        "meine Schwester ist zu {comp} gewechselt, die tragen alles hoch und nehmen jedes Mal das Leergut mit. hab für Samstag eine Probelieferung gebucht",
    ],
}

# Steadily grumpy: small, repeated annoyances.
GRUMPY: dict[str, list[str]] = {
    "en": [
        "why does every delivery text come in CAPITALS. I am not deaf, {brand}",
        "why is the delivery text sent at 6:10 in the morning. every time",
        "the deposit credit takes 2 days but the fee for a missing crate comes out the same minute. funny that",
        "crate handles cut into your fingers, has anyone at {brand} ever carried one",
        "one filter cartridge, one enormous box and a bag of paper stuffing. again",
        "the app still puts my pin on the next street and the driver rings me lost every time",
    ],
    "it": [
        "perché tutti gli sms di consegna arrivano in MAIUSCOLO. non sono sorda, {brand}",
        "perché l'sms della consegna arriva alle 6:10 del mattino. sempre",
        "la cauzione ci mette 2 giorni a tornare ma la penale per una cassa mancante la prendete nello stesso minuto. curioso",
        "le maniglie delle casse tagliano le dita, qualcuno in {brand} ne ha mai portata una",
        "una cartuccia filtro, uno scatolone enorme e un sacco di carta. di nuovo",
        "l'app mette ancora il mio indirizzo nella via accanto e l'autista mi chiama perso ogni volta",
    ],
    "fr": [
        "pourquoi tous les sms de livraison sont en MAJUSCULES. je ne suis pas sourde",
        "pourquoi le sms de livraison arrive à 6h10 du matin. à chaque fois",
        "la consigne met 2 jours à revenir mais les frais pour un casier manquant partent dans la minute. drôle",
        "les poignées des casiers coupent les doigts, quelqu'un chez {brand} en a déjà porté un",
        "une cartouche filtrante, un carton énorme et du papier partout. encore",
    ],
    "es": [
        "por qué todos los sms de entrega vienen en MAYÚSCULAS. no estoy sorda",
        "por qué el sms de entrega llega a las 6:10 de la mañana. siempre",
        "la fianza tarda 2 días en volver pero el cargo por una caja que falta lo pasáis al minuto. curioso",
        "las asas de las cajas cortan los dedos, alguien en {brand} ha cargado una alguna vez",
        "un cartucho de filtro, una caja enorme y papel por todas partes. otra vez",
    ],
    "pt": [
        "porque é que todas as mensagens de entrega vêm em MAIÚSCULAS. não sou surda",
        "porque é que o sms da entrega chega às 6:10 da manhã. sempre",
        "a caução demora 2 dias a voltar mas a taxa por uma grade em falta sai no mesmo minuto. curioso",
        "as pegas das grades cortam os dedos, alguém na {brand} já carregou uma",
        "um cartucho de filtro, uma caixa enorme e papel por todo o lado. outra vez",
    ],
    "de": [
        "warum kommen alle Liefer-SMS in GROSSBUCHSTABEN. ich bin nicht schwerhörig",
        "warum kommt die Liefer-SMS um 6:10 Uhr morgens. jedes Mal",
        "das Pfand braucht 2 Tage, aber die Gebühr für eine fehlende Kiste wird in derselben Minute abgebucht. lustig",
        "die Griffe der Kisten schneiden in die Finger, hat bei {brand} schon mal jemand eine getragen",
        "eine Filterkartusche, ein riesiger Karton und Papier überall. schon wieder",
    ],
}

SARCASM: dict[str, list[str]] = {
    "en": [
        "Well done {brand}, 12 bottles delivered and 12 bottles carried straight back to the van because the driver 'couldn't find the door'. Tremendous 👏",
        "Love the app congratulating me on 'saving 40 plastic bottles this month 🌱' while 36 of your glass empties wait on my balcony to be collected 😂 {brand}",
    ],
    "it": [
        "Complimenti {brand}, 12 bottiglie consegnate e 12 bottiglie riportate dritte sul furgone perché l'autista 'non trovava il portone'. Fantastico 👏",
        "Adoro l'app che si congratula perché 'questo mese hai risparmiato 40 bottiglie di plastica 🌱' mentre 36 dei vostri vuoti aspettano sul mio balcone 😂 {brand}",
    ],
    "fr": [
        "Bravo {brand}, 12 bouteilles livrées et 12 bouteilles remontées direct dans le camion parce que le livreur 'ne trouvait pas la porte'. Génial 👏"
    ],
    "es": [
        "Enhorabuena {brand}, 12 botellas entregadas y 12 botellas de vuelta a la furgoneta porque el repartidor 'no encontraba el portal'. Genial 👏"
    ],
    "pt": [
        "Parabéns {brand}, 12 garrafas entregues e 12 garrafas de volta para a carrinha porque o estafeta 'não encontrou a porta'. Fantástico 👏"
    ],
    "de": [
        "Glückwunsch {brand}, 12 Flaschen geliefert und 12 Flaschen direkt wieder in den Wagen, weil der Fahrer 'die Tür nicht gefunden hat'. Großartig 👏"
    ],
}

QUIET: dict[str, list[str]] = {
    "en": [
        "the slot picker jumps back to today every time I scroll, bit fiddly on a phone|Hi {first}, thanks, known on small screens; passed on to the app team. Tip: the week view is easier. {agent}",
        "the filter reminder in the app shows in German though my language is English, no big deal|Hi {first}, thanks for flagging it, passed on to the app team. {agent}",
    ],
    "it": [
        "il calendario delle fasce torna a oggi ogni volta che scorro, un po' scomodo dal telefono|Ciao {first}, grazie, lo sappiamo sugli schermi piccoli; l'ho girato al team. Consiglio: la vista settimana è più comoda. {agent}",
        "il promemoria del filtro nell'app esce in tedesco anche se ho l'italiano, niente di grave|Ciao {first}, grazie della segnalazione, girata al team dell'app. {agent}",
    ],
    "fr": [
        "le choix du créneau revient à aujourd'hui dès que je fais défiler, pas pratique|Bonjour {first}, merci, c'est connu sur petits écrans ; transmis à l'équipe. {agent}"
    ],
    "es": [
        "el selector de franjas vuelve a hoy cada vez que deslizo, un poco incómodo|Hola {first}, gracias, lo conocemos en pantallas pequeñas; pasado al equipo. {agent}"
    ],
    "pt": [
        "o seletor de horários volta sempre para hoje quando faço scroll, pouco prático|Olá {first}, obrigado, é conhecido em ecrãs pequenos; passado à equipa. {agent}"
    ],
    "de": [
        "die Zeitfensterauswahl springt beim Scrollen immer auf heute zurück, etwas fummelig|Hallo {first}, danke, bekannt auf kleinen Bildschirmen; ans Team weitergegeben. {agent}"
    ],
}

# The planted spike: the app cannot book delivery slots, error {code}.
SPIKE: dict[str, dict[str, list[str]]] = {
    "en": {
        "report": [
            "app says error {code} whenever I try to book a delivery slot, can't order anything. anyone else?",
            "Can't book a slot at all, keeps saying {code}. We're out of water here {brand}",
            "tried 5 times, every slot gives error {code} at the last step",
        ],
        "subject": ["Error {code} in the app", "can't book a delivery"],
        "repeat": [
            "still {code}, tried on my husband's phone as well, same error",
            "tried the website as well, same thing, error {code}. no slot can be booked",
        ],
        "we_know": [
            "Hi {first}, yes, booking slots is failing for everyone right now (error {code}). Our engineers are on it and we'll message you as soon as it's back.",
        ],
        "fixed_subject": ["This morning's slot booking problem"],
        "fixed": [
            "Hello {first},\n\nslot booking works again since {local} (this morning's error {code}). To make up for it, your next delivery is on us and {credit} has been added to your deposit balance.\n\n{agent}, {brand}",
        ],
        "lone": [
            "yesterday evening the slot calendar showed everything greyed out for a minute, then it refreshed and I booked fine. should I worry?|Hi {first}, no: the calendar refreshes availability every few minutes and can grey out briefly while it does. Your booking is fine. {agent}"
        ],
    },
    "it": {
        "report": [
            "l'app dà errore {code} ogni volta che provo a prenotare una fascia, non si può ordinare niente. succede anche a voi?",
            "Impossibile prenotare una consegna, continua a dire {code}. Siamo senz'acqua {brand}",
            "provato 5 volte, ogni fascia dà errore {code} all'ultimo passaggio",
        ],
        "subject": ["Errore {code} nell'app", "non riesco a prenotare la consegna"],
        "repeat": [
            "ancora {code}, provato anche col telefono di mio marito, stesso errore",
            "provato anche dal sito, uguale, errore {code}. nessuna fascia prenotabile",
        ],
        "we_know": [
            "Ciao {first}, sì, la prenotazione delle fasce non funziona per nessuno in questo momento (errore {code}). I tecnici ci stanno lavorando, ti scriviamo appena torna.",
        ],
        "fixed_subject": ["Il problema di stamattina con le prenotazioni"],
        "fixed": [
            "Buongiorno {first},\n\nla prenotazione delle fasce funziona di nuovo dalle {local} (l'errore {code} di stamattina). Per scusarci, la prossima consegna la offriamo noi e abbiamo aggiunto {credit} al suo saldo cauzioni.\n\n{agent}, {brand}",
        ],
        "lone": [
            "ieri sera il calendario delle fasce era tutto grigio per un minuto, poi si è aggiornato e ho prenotato normalmente. devo preoccuparmi?|Ciao {first}, no: il calendario aggiorna le disponibilità ogni pochi minuti e può diventare grigio per un attimo. La prenotazione è a posto. {agent}"
        ],
    },
    "fr": {
        "report": [
            "l'appli affiche l'erreur {code} dès que je veux réserver un créneau, impossible de commander. vous aussi ?"
        ],
        "subject": ["Erreur {code} dans l'appli"],
        "repeat": ["toujours {code}, essayé aussi sur le téléphone de mon mari, même erreur"],
        "we_know": [
            "Bonjour {first}, oui, la réservation des créneaux échoue pour tout le monde en ce moment (erreur {code}). Nos techniciens s'en occupent, on vous écrit dès que c'est rétabli.",
        ],
        "fixed_subject": ["Le problème de réservation de ce matin"],
        "fixed": [
            "Bonjour {first},\n\nla réservation des créneaux fonctionne à nouveau depuis {local} (l'erreur {code} de ce matin). Pour nous excuser, votre prochaine livraison est offerte et {credit} ont été ajoutés à votre solde de consigne.\n\n{agent}, {brand}",
        ],
    },
    "es": {
        "report": [
            "la app da error {code} cada vez que intento reservar una franja, no se puede pedir nada. a alguien más?"
        ],
        "subject": ["Error {code} en la app"],
        "repeat": ["sigue {code}, probado también con el móvil de mi marido, mismo error"],
        "we_know": [
            "Hola {first}, sí, ahora mismo la reserva de franjas falla para todos (error {code}). Los técnicos están en ello y te escribimos en cuanto vuelva.",
        ],
        "fixed_subject": ["El problema de reservas de esta mañana"],
        "fixed": [
            "Hola {first},\n\nla reserva de franjas vuelve a funcionar desde las {local} (el error {code} de esta mañana). Para compensarte, la próxima entrega corre de nuestra cuenta y hemos añadido {credit} a tu saldo de fianzas.\n\n{agent}, {brand}",
        ],
    },
    "pt": {
        "report": [
            "a app dá erro {code} sempre que tento marcar um horário de entrega, não dá para encomendar nada. mais alguém?"
        ],
        "subject": ["Erro {code} na app"],
        "repeat": ["continua {code}, experimentei no telemóvel do meu marido, o mesmo erro"],
        "we_know": [
            "Olá {first}, sim, neste momento a marcação de horários falha para toda a gente (erro {code}). Os técnicos estão a tratar e avisamos assim que voltar.",
        ],
        "fixed_subject": ["O problema de marcações desta manhã"],
        "fixed": [
            "Olá {first},\n\na marcação de horários voltou a funcionar desde as {local} (o erro {code} desta manhã). Para compensar, a próxima entrega é por nossa conta e juntámos {credit} ao seu saldo de cauções.\n\n{agent}, {brand}",
        ],
    },
    "de": {
        "report": [
            "die App zeigt Fehler {code}, sobald ich ein Lieferfenster buchen will, man kann nichts bestellen. noch jemand?"
        ],
        "subject": ["Fehler {code} in der App"],
        "repeat": ["immer noch {code}, auch auf dem Handy meines Mannes probiert, gleicher Fehler"],
        "we_know": [
            "Hallo {first}, ja, die Buchung der Zeitfenster schlägt gerade bei allen fehl (Fehler {code}). Unsere Technik ist dran, wir melden uns, sobald es wieder geht.",
        ],
        "fixed_subject": ["Das Buchungsproblem von heute Morgen"],
        "fixed": [
            "Hallo {first},\n\ndie Buchung der Zeitfenster funktioniert seit {local} wieder (der Fehler {code} von heute Morgen). Als Entschuldigung geht Ihre nächste Lieferung auf uns, und {credit} wurden Ihrem Pfandguthaben gutgeschrieben.\n\n{agent}, {brand}",
        ],
    },
}

# Why a bilingual customer writes in their second language.
SECOND_LANGUAGE: list[str] = [
    "grew up speaking both at home",
    "works in the other language all day",
    "partner's language, used at home",
    "studied abroad and kept the habit",
    "switches to the language of the app they have open",
]

PRODUCTS: list[tuple[str, float]] = [
    ("Spring water 18 L bottle / Boccione acqua di sorgente 18 L", 7.5),
    ("Sparkling water glass 12x0.75 L / Acqua frizzante vetro 12x0,75 L", 14.4),
    ("Still water glass 12x0.75 L / Acqua naturale vetro 12x0,75 L", 13.2),
    ("Low-sodium water 6x1.5 L / Acqua iposodica 6x1,5 L", 5.9),
    ("Filter jug + 3 cartridges / Caraffa filtrante + 3 filtri", 24.9),
    ("Filter cartridges x6 / Filtri caraffa x6", 27.5),
    ("CO2 cylinder exchange / Cambio bombola CO2", 11.9),
    ("Countertop cooler rental (month) / Noleggio erogatore da banco (mese)", 12.0),
    ("Cooler sanitisation visit / Sanificazione erogatore", 29.0),
    ("Sparkling maker starter kit / Gasatore kit iniziale", 69.0),
]

PAGES: list[str] = [
    "/app/shop/spring-18l",
    "/app/shop/glass-sparkling",
    "/app/shop/filters",
    "/app/club",
    "/app/deliveries/next",
    "/app/deposit",
    "/app/cooler",
    "/help/empties-and-deposit",
]
