"""Wording of heldout219 (Cucinora: cooking classes and kitchen-studio hire). Every table has
es, it, en, fr, de and pt; Spanish and Italian have two or three variants."""

# ruff: noqa: E501

from __future__ import annotations

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "es": [
            "Clase de paella en Cucinora ayer, el chef Ramón un crack. Volvemos seguro",
            "Tercera vez este año en el taller de pasta fresca de Cucinora y otra vez genial",
            "Regalé el curso de sushi a mi madre y vino encantada, gracias Cucinora",
        ],
        "it": [
            "Corso di pasta ripiena da Cucinora ieri sera, la chef Giulia bravissima",
            "Terza volta al laboratorio del pane di Cucinora e ancora una volta top",
            "Serata sushi con le colleghe da Cucinora, ci siamo divertite un sacco",
        ],
        "en": [
            "Thai curry class at Cucinora last night, chef Nat was brilliant, still thinking about that paste"
        ],
        "fr": [
            "Atelier macarons chez Cucinora samedi, encore une fois parfait, la cheffe est adorable"
        ],
        "de": [
            "Knödelkurs bei Cucinora gestern, schon wieder ein toller Abend, danke an Koch Lukas"
        ],
        "pt": ["Aula de pastéis de nata na Cucinora, a chef Inês é um amor, adorei"],
    },
    "gripe_praise": {
        "es": [
            "Clase de tapas muy buena, solo que el aparcamiento del estudio es imposible. Por lo demás de 10",
            "Todo perfecto en el curso de arroces, aunque el delantal que regalan es enano jaja",
        ],
        "it": [
            "Corso di risotti ottimo, solo che la ricetta in PDF arriva tre giorni dopo. Per il resto grazie",
            "Bellissima serata, peccato per l'aria condizionata al massimo. Ci torno comunque",
        ],
        "en": [
            "Great bread class, only the studio stairs are a killer with a bag of flour. Would go again"
        ],
        "fr": ["Très bon cours de sauces, juste la salle un peu petite pour douze. À refaire"],
        "de": ["Super Pasta-Kurs, nur das Rezept-PDF kam erst nach drei Tagen. Sonst gerne wieder"],
        "pt": [
            "Aula ótima de cataplana, só o estacionamento é que é complicado. De resto tudo 5 estrelas"
        ],
    },
    "question": {
        "es": [
            "hola, ¿puedo cambiar la clase del jueves al sábado sin pagar nada?",
            "Buenas, ¿el curso de pan sin gluten es apto para celíacos de verdad?",
            "¿Se puede llevar a un niño de 10 años al taller de pizza?",
        ],
        "it": [
            "Ciao, posso spostare il corso di martedì a sabato senza penale?",
            "Buongiorno, il corso di pasticceria è adatto a chi non ha mai fatto una crostata?",
            "Salve, la tessera Club vale anche per noleggiare la cucina-studio per una festa?",
        ],
        "en": ["Hi, can I bring my own knives to the knife skills class or do you provide them?"],
        "fr": ["Bonjour, est-ce que le cours de cuisine végétarienne inclut le dessert ?"],
        "de": ["Hallo, kann ich den Gutschein auch für die Küchenstudio-Miete verwenden?"],
        "pt": ["Olá, posso mudar a aula de quinta para domingo sem custos?"],
    },
    "answer": {
        "es": [
            "Hola, sí, sin problema: lo puedes hacer tú en la app hasta 48 h antes. ¡Que lo disfrutes!"
        ],
        "it": ["Ciao, certo: puoi farlo dall'app fino a 48 ore prima. Buona cucina!"],
        "en": ["Hi, yes, no problem: you can do that in the app up to 48 hours before. Enjoy!"],
        "fr": [
            "Bonjour, oui, sans souci : c'est possible dans l'app jusqu'à 48 h avant. Bon appétit !"
        ],
        "de": ["Hallo, ja, kein Problem: das geht in der App bis 48 Stunden vorher. Viel Spaß!"],
        "pt": ["Olá, sim, sem problema: pode fazê-lo na app até 48 horas antes. Bom proveito!"],
    },
    "thanks": {
        "es": ["Genial, mil gracias!!", "vale gracias crack"],
        "it": ["Perfetto, grazie mille!", "ok grz 👍"],
        "en": ["cheers, legend"],
        "fr": ["Super merci !"],
        "de": ["Danke dir, top!"],
        "pt": ["Boa, obg!"],
    },
    "night": {
        "es": [
            "Las 3 de la mañana y yo viendo vídeos de masa madre de Cucinora. Mañana me apunto al curso",
            "turno de noche en urgencias, reservando el taller de croquetas del sábado desde el office",
        ],
        "it": [
            "Sono le 2 e sto ancora pensando al ragù della lezione di Cucinora. Insonnia da sugo",
            "turno di notte in farmacia, prenoto il corso di tiramisù per domenica",
        ],
        "en": ["2am, can't sleep, just booked the Cucinora dumpling class for Saturday"],
        "fr": ["3h du matin, insomnie, je regarde les recettes de la cheffe Cucinora"],
        "de": [
            "Nachtschicht an der Tankstelle, buche grad den Sushi-Kurs bei Cucinora für Samstag"
        ],
        "pt": ["Três da manhã e eu a ver vídeos de pão da Cucinora. Amanhã inscrevo-me"],
    },
    "night_chat": {
        "es": [
            "¿a qué hora abre mañana el estudio de Chamberí para recoger el pedido?",
            "una duda rápida: ¿el bono Club caduca a fin de mes?",
        ],
        "it": [
            "una domanda veloce: il credito Club scade a fine mese?",
            "a che ora apre domani lo studio di Porta Romana?",
        ],
        "en": ["quick one: does the Club credit expire at the end of the month?"],
        "fr": ["petite question : le crédit Club expire à la fin du mois ?"],
        "de": ["kurze Frage: verfällt das Club-Guthaben am Monatsende?"],
        "pt": ["pergunta rápida: o crédito Club expira no fim do mês?"],
    },
    "night_answer": {
        "es": ["Hola, no caduca: dura 12 meses desde la compra. ¡Buenas noches!"],
        "it": ["Ciao, non scade: vale 12 mesi dall'acquisto. Buonanotte!"],
        "en": ["Hi, it doesn't: it lasts 12 months from purchase. Good night!"],
        "fr": ["Bonjour, non : il vaut 12 mois après l'achat. Bonne nuit !"],
        "de": ["Hallo, nein: es gilt 12 Monate ab Kauf. Gute Nacht!"],
        "pt": ["Olá, não expira: vale 12 meses desde a compra. Boa noite!"],
    },
    "survey_word": {
        "es": ["Genial", "", "👌"],
        "it": ["Ottimo", "", "😍"],
        "en": ["Lovely"],
        "fr": ["Top"],
        "de": ["Klasse"],
        "pt": ["Ótimo"],
    },
    "sarcasm": {
        "es": [
            "Qué maravilla llegar a la clase y que el horno no encienda hasta las 20:40. Cena a medianoche 👏"
        ],
        "it": [
            "Bellissimo pagare il corso di pizza e fare la pizza col forno spento. Esperienza unica 🙃",
            "Complimenti, la lezione 'per principianti' era con il coltello da 30 cm e nessuno che spiega 👏",
        ],
        "en": ["Love paying for a 'hands-on' class and watching the chef cook for two hours 🙃"],
        "fr": ["Génial, le cours de pâtisserie sans beurre parce que le frigo était vide 👏"],
        "de": ["Super, Sushi-Kurs ohne Reis weil keiner eingekauft hat 🙃"],
        "pt": ["Adorei a aula de pão sem farinha porque ninguém comprou 👏"],
    },
    "grumble": {
        "es": [
            "La app me saca de la sesión cada vez que la abro, un rollo",
            "otra vez el aviso de 'tu clase empieza en 2 horas' a las 7 de la mañana",
        ],
        "it": [
            "L'app mi disconnette ogni volta, che noia",
            "di nuovo la notifica 'il tuo corso inizia tra 2 ore' alle 7 di mattina",
        ],
        "en": ["The app logs me out every single time I open it"],
        "fr": ["L'appli me déconnecte à chaque fois, pénible"],
        "de": ["Die App meldet mich jedes Mal ab, nervig"],
        "pt": ["A app faz logout sempre que a abro, chato"],
    },
    "mild": {
        "es": ["El buscador de estudios me enseña los de Valencia y vivo en Bilbao"],
        "it": ["La ricerca degli studi mi mostra Napoli anche se sono a Torino"],
        "en": ["The studio search keeps showing me the wrong city"],
        "fr": ["Les notifications arrivent en anglais alors que l'appli est en français"],
        "de": ["Die Benachrichtigungen kommen auf Englisch, obwohl die App auf Deutsch ist"],
        "pt": ["As notificações chegam em inglês e a app está em português"],
    },
    "mild_answer": {
        "es": ["Gracias por avisarnos, lo pasamos al equipo de la app."],
        "it": ["Grazie della segnalazione, la giriamo al team dell'app."],
        "en": ["Thanks for telling us, we've passed it to the app team."],
        "fr": ["Merci du signalement, nous le transmettons à l'équipe de l'appli."],
        "de": ["Danke für den Hinweis, wir geben es an das App-Team weiter."],
        "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    },
    # consumer problems: no_show (instructor never came), double_charge (class charged twice),
    # refund (cancelled class not refunded), wrong_price (Club member charged full price)
    "problem_no_show": {
        "es": [
            "Estábamos 12 personas esperando en el estudio y el chef NO VINO. Nadie avisó, nadie contesta",
            "hemos ido a la clase de sushi y no había nadie, la puerta cerrada, QUÉ VERGÜENZA",
        ],
        "it": [
            "Eravamo in 10 davanti allo studio e lo chef NON È MAI ARRIVATO. Nessun avviso",
            "corso di pasta annullato senza dirci niente, porta chiusa, siamo venuti da Bergamo",
        ],
        "en": [
            "Twelve of us stood outside the studio and the chef NEVER TURNED UP. No message, nothing"
        ],
        "fr": ["On était douze devant l'atelier et le chef n'est JAMAIS venu. Aucun message"],
        "de": [
            "Wir standen zu zwölft vor dem Studio und der Koch kam NICHT. Keine Nachricht, nichts"
        ],
        "pt": ["Éramos doze à porta do estúdio e o chef NUNCA apareceu. Nenhum aviso"],
    },
    "problem_double_charge": {
        "es": [
            "Me habéis cobrado DOS veces la clase de arroces, 78 € por duplicado. Devolvedlo ya",
            "cobro doble del curso de pan en la tarjeta, y a fin de mes con el alquiler",
        ],
        "it": [
            "Mi avete addebitato DUE volte il corso di risotti, 82 € in doppio. Rimborsate subito",
            "doppio addebito del corso sulla carta, proprio prima dell'affitto",
        ],
        "en": ["You charged me TWICE for the curry class, £64 taken two times"],
        "fr": ["Vous m'avez débité DEUX fois le cours de pâtisserie, 79 € en double"],
        "de": ["Ihr habt den Knödelkurs ZWEIMAL abgebucht, 75 € doppelt"],
        "pt": ["Cobraram-me DUAS vezes a aula de pão, 68 € em duplicado"],
    },
    "problem_refund": {
        "es": ["Cancelasteis vosotros la clase hace TRES semanas y el reembolso sigue sin llegar"],
        "it": [
            "Avete annullato voi il corso TRE settimane fa e il rimborso non è ancora arrivato",
            "il rimborso del corso annullato non si vede, sono passate tre settimane",
        ],
        "en": ["You cancelled the class THREE weeks ago and the refund still hasn't arrived"],
        "fr": ["Vous avez annulé le cours il y a TROIS semaines et toujours pas de remboursement"],
        "de": ["Ihr habt den Kurs vor DREI Wochen abgesagt und die Erstattung fehlt immer noch"],
        "pt": ["Cancelaram a aula há TRÊS semanas e o reembolso ainda não chegou"],
    },
    "problem_wrong_price": {
        "es": [
            "Soy del Club y me habéis cobrado el precio normal, 20 € de más en cada clase",
            "pago el Club cada mes y la app me cobra precio sin socio, para qué lo pago entonces",
        ],
        "it": ["Sono socia Club e mi avete fatto pagare il prezzo pieno, 20 € in più a lezione"],
        "en": ["I'm a Club member and you charged me the full price, £18 extra per class"],
        "fr": ["Je suis membre Club et vous m'avez facturé le plein tarif, 20 € de trop"],
        "de": ["Ich bin Club-Mitglied und zahle trotzdem den vollen Preis, 20 € zu viel"],
        "pt": ["Sou sócia Club e cobraram-me o preço normal, 20 € a mais"],
    },
    "long_letter": {
        "es": [
            "Buenas tardes:\n\nOs escribo desde el coche, esperando a que salgan los niños de natación, porque por teléfono es imposible. Llevo dos años con vosotros y siempre he recomendado Cucinora a todo el mundo, mis compañeras de trabajo incluidas.\n\n",
            "Hola:\n\nPerdonad el rollo, pero estoy en la sala de espera del dentista con mi suegra y tengo tiempo. Os conozco desde que abristeis el estudio de la calle Mayor.\n\n",
        ],
        "it": [
            "Buonasera,\n\nvi scrivo dal treno per Milano perché al telefono non risponde nessuno. Sono cliente da due anni e ho sempre consigliato Cucinora a tutti.\n\n",
            "Gentili signori,\n\nscusate la lunghezza, sono in sala d'attesa dal pediatra con i gemelli. Vi conosco da quando avete aperto lo studio in via Padova.\n\n",
        ],
        "en": [
            "Hello,\n\nI'm writing from the school car park while my son finishes football, because nobody picks up the phone. I've been a customer for two years.\n\n"
        ],
        "fr": [
            "Bonjour,\n\nje vous écris du parking de la piscine, faute de réponse au téléphone. Je suis cliente depuis deux ans.\n\n"
        ],
        "de": [
            "Guten Tag,\n\nich schreibe aus dem Wartezimmer beim Tierarzt, weil telefonisch niemand erreichbar ist. Ich bin seit zwei Jahren Kundin.\n\n"
        ],
        "pt": [
            "Boa tarde,\n\nescrevo do carro à porta do ginásio, porque ao telefone ninguém atende. Sou cliente há dois anos.\n\n"
        ],
    },
    "long_close": {
        "es": ["\n\nEspero una solución esta semana. Un saludo,\n"],
        "it": ["\n\nAttendo una soluzione entro la settimana. Cordiali saluti,\n"],
        "en": ["\n\nI expect this sorted this week. Regards,\n"],
        "fr": ["\n\nJ'attends une solution cette semaine. Cordialement,\n"],
        "de": ["\n\nIch erwarte eine Lösung diese Woche. Mit freundlichen Grüßen,\n"],
        "pt": ["\n\nEspero uma solução esta semana. Cumprimentos,\n"],
    },
    "case_opened": {
        "es": [
            "Hola, sentimos lo ocurrido. Hemos abierto la incidencia CASE y te escribimos en cuanto sepamos algo."
        ],
        "it": [
            "Ciao, ci dispiace. Abbiamo aperto la segnalazione CASE e ti aggiorniamo appena possibile."
        ],
        "en": ["Hi, we're sorry. We've opened case CASE and will update you as soon as we can."],
        "fr": ["Bonjour, désolés. Nous avons ouvert la demande CASE et revenons vers vous vite."],
        "de": ["Hallo, das tut uns leid. Wir haben den Vorgang CASE eröffnet und melden uns bald."],
        "pt": ["Olá, lamentamos. Abrimos o pedido CASE e voltamos a contactar em breve."],
    },
    "quality_lead": {
        "es": [
            "Hola, tu incidencia CASE está ya con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
        ],
        "it": [
            "Ciao, la segnalazione CASE è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
        ],
        "en": [
            "Hi, your case CASE is now with our quality lead, who will call you before Friday lunchtime."
        ],
        "fr": [
            "Bonjour, votre demande CASE est chez notre responsable qualité, qui vous appellera avant vendredi midi."
        ],
        "de": [
            "Hallo, Ihr Vorgang CASE liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
        ],
        "pt": [
            "Olá, o seu pedido CASE está com a nossa responsável de qualidade, que ligará antes de sexta ao almoço."
        ],
    },
    "good_news": {
        "es": ["Buenas noticias sobre la incidencia CASE: ya está resuelto. ¿Nos lo confirmas?"],
        "it": ["Buone notizie sulla segnalazione CASE: è risolto. Ce lo confermi?"],
        "en": ["Good news on case CASE: it's sorted. Could you confirm?"],
        "fr": ["Bonne nouvelle pour la demande CASE : c'est réglé. Pouvez-vous confirmer ?"],
        "de": ["Gute Nachricht zum Vorgang CASE: erledigt. Können Sie das bestätigen?"],
        "pt": ["Boas notícias sobre o pedido CASE: está resolvido. Pode confirmar?"],
    },
    "confirm": {
        "es": [
            "Confirmado lo de la CASE, ya lo veo bien. Gracias!",
            "todo ok con la incidencia CASE, gracias",
        ],
        "it": [
            "Confermo, la segnalazione CASE è a posto. Grazie!",
            "tutto ok per la CASE, grazie mille",
        ],
        "en": ["Confirmed, CASE is all fine now. Thanks!"],
        "fr": ["Confirmé, la demande CASE est réglée. Merci !"],
        "de": ["Bestätigt, Vorgang CASE passt jetzt. Danke!"],
        "pt": ["Confirmado, o pedido CASE está ok. Obrigada!"],
    },
    "apology": {
        "es": ["Perdonad lo de ayer, estaba de los nervios. Sé que no es culpa de quien contesta"],
        "it": ["Scusate per ieri, ero fuori di me. So che non è colpa di chi risponde"],
        "en": ["Sorry about yesterday, I was fuming. Not your fault personally"],
        "fr": ["Désolée pour hier, j'étais à bout. Ce n'est pas contre vous"],
        "de": ["Sorry wegen gestern, ich war auf 180. Nicht persönlich gemeint"],
        "pt": ["Desculpem ontem, estava mesmo irritada. Não é convosco"],
    },
    "still_open": {
        "es": [
            "Sigo igual con la incidencia CASE, sigue sin resolverse y nadie me dice nada",
            "Otra vez escribiendo por la CASE. Sigue abierta.",
        ],
        "it": [
            "Ancora niente sulla segnalazione CASE, è ancora aperta e nessuno mi risponde",
            "Di nuovo per la CASE: ancora tutto fermo.",
        ],
        "en": ["Still nothing on case CASE, it's still open and nobody tells me anything"],
        "fr": ["Toujours rien pour la demande CASE, elle est encore ouverte"],
        "de": ["Immer noch nichts zu Vorgang CASE, ist weiter offen"],
        "pt": ["Ainda nada sobre o pedido CASE, continua aberto"],
    },
    "third": {
        "es": [
            "Tercera vez que escribo por la CASE. Una amiga va a COMP y allí esto lo arreglan el mismo día"
        ],
        "it": [
            "Terza volta che scrivo per la CASE. Ho guardato quanto costa COMP, ci sto pensando"
        ],
        "en": [
            "Third time writing about CASE. A friend books with COMP and they sort this the same day"
        ],
        "fr": ["Troisième fois pour la demande CASE. J'ai regardé les prix de COMP"],
        "de": [
            "Drittes Mal wegen Vorgang CASE. Eine Freundin bucht bei COMP, da geht das am selben Tag"
        ],
        "pt": ["Terceira vez sobre o pedido CASE. Uma amiga vai à COMP e lá resolvem no mesmo dia"],
    },
    "fourth": {
        "es": ["CUARTA vez con la CASE. YA ESTÁ BIEN"],
        "it": ["QUARTA volta per la CASE. ADESSO BASTA"],
        "en": ["FOURTH time about CASE. Enough"],
        "fr": ["QUATRIÈME fois pour la demande CASE. Ça suffit"],
        "de": ["VIERTES Mal wegen CASE. JETZT REICHTS"],
        "pt": ["QUARTA vez com o pedido CASE. CHEGA"],
    },
    "urgent": {
        "es": ["Añadido a tu incidencia CASE y marcado como urgente."],
        "it": ["Aggiunto alla segnalazione CASE e segnato come urgente."],
        "en": ["Added to your case CASE and marked urgent."],
        "fr": ["Ajouté à votre demande CASE, marquée urgente."],
        "de": ["Zu Ihrem Vorgang CASE hinzugefügt und als dringend markiert."],
        "pt": ["Acrescentado ao pedido CASE e marcado como urgente."],
    },
    "slide": {
        "es": [
            "La clase empezó 40 minutos tarde y nadie explicó nada",
            "Ingredientes a medias, compartiendo una cebolla entre cuatro",
            "Ahora piden foto del ticket para cambiar de fecha, qué burocracia",
            "Dos cambios de chef seguidos y la receta del PDF no es la de la clase",
            "Me cobran 15 € de 'limpieza' por usar la cocina-estudio que dejé impecable, INDIGNADA",
            "Mi cuñada va a COMP y ya he reservado allí el curso del sábado",
        ],
        "it": [
            "Il corso è iniziato con 40 minuti di ritardo, nessuna spiegazione",
            "Ingredienti a metà, una cipolla in quattro",
            "Ora chiedono la foto dello scontrino per cambiare data, che burocrazia",
            "Due cambi di chef di fila e la ricetta nel PDF non è quella del corso",
            "15 € di 'pulizia' per la cucina-studio lasciata perfetta, sono FURIOSA",
            "Mia cognata va da COMP e ho già prenotato lì il corso di sabato",
        ],
        "en": [
            "Class started 40 minutes late, no explanation",
            "Half the ingredients missing, one onion between four",
            "Now they want a photo of the receipt to change a date",
            "Two chef swaps in a row and the PDF recipe isn't the class one",
            "£13 'cleaning fee' for a studio kitchen I left spotless. FURIOUS",
            "My sister-in-law goes to COMP, I've booked Saturday's class there",
        ],
        "fr": [
            "Cours commencé avec 40 minutes de retard, aucune explication",
            "La moitié des ingrédients manquaient, un oignon pour quatre",
            "Maintenant il faut une photo du ticket pour changer de date",
            "Deux changements de chef et la recette PDF n'est pas celle du cours",
            "15 € de 'nettoyage' pour une cuisine laissée nickel, FURIEUSE",
            "Ma belle-sœur va chez COMP, j'ai réservé samedi là-bas",
        ],
        "de": [
            "Kurs fing 40 Minuten zu spät an, keine Erklärung",
            "Die Hälfte der Zutaten fehlte, eine Zwiebel für vier",
            "Jetzt wollen sie ein Foto vom Beleg zum Umbuchen",
            "Zweimal Kochwechsel und das Rezept-PDF passt nicht zum Kurs",
            "15 € 'Reinigung' für eine blitzsaubere Studioküche, STINKSAUER",
            "Meine Schwägerin geht zu COMP, habe den Samstagskurs dort gebucht",
        ],
        "pt": [
            "A aula começou 40 minutos atrasada, sem explicação",
            "Metade dos ingredientes em falta, uma cebola para quatro",
            "Agora pedem foto do talão para mudar a data",
            "Duas trocas de chef e a receita do PDF não é a da aula",
            "15 € de 'limpeza' por uma cozinha que deixei impecável, FURIOSA",
            "A minha cunhada vai à COMP, já marquei lá a aula de sábado",
        ],
    },
    "cancel": {
        "es": [
            "Hola, me mudo a un piso sin cocina decente y ya no voy a usar el Club. Quiero darme de baja del Club Cucinora y cerrar la cuenta."
        ],
        "it": [
            "Buongiorno, con il nuovo lavoro non ho più tempo per i corsi. Vorrei disdire il Club Cucinora e chiudere l'account."
        ],
        "en": [
            "Hello, I've started a night job and won't make classes anymore. Please cancel my Cucinora Club and close my account."
        ],
        "fr": [
            "Bonjour, je déménage loin de vos ateliers. Je veux résilier le Club Cucinora et fermer mon compte."
        ],
        "de": [
            "Hallo, ich ziehe weg und nutze den Club nicht mehr. Bitte Club Cucinora kündigen und Konto schließen."
        ],
        "pt": [
            "Olá, mudei de cidade e já não uso o Club. Quero cancelar o Club Cucinora e fechar a conta."
        ],
    },
    "sorry_go": {
        "es": [
            "Sentimos que te vayas. Puedes darte de baja tú en la app o en la web, en Mi cuenta."
        ],
        "it": ["Ci dispiace vederti andare. Puoi disdire dall'app o dal sito, in Il mio account."],
        "en": [
            "Sorry to see you go. You can cancel yourself in the app or on the website, under My account."
        ],
        "fr": [
            "Désolés de vous voir partir. Vous pouvez résilier dans l'app ou sur le site, Mon compte."
        ],
        "de": [
            "Schade, dass Sie gehen. Sie können in der App oder auf der Website unter Mein Konto kündigen."
        ],
        "pt": ["Lamentamos vê-lo partir. Pode cancelar na app ou no site, em A minha conta."],
    },
    "spike": {
        "es": [
            "La app dice que mi tarjeta regalo tiene 0 € y tenía 120. Error GFT-608 al pagar la clase",
            "He ido a canjear el vale de Cucinora y sale saldo CERO",
            "saldo del vale regalo a cero en la app?? ayer tenía 80 €",
        ],
        "it": [
            "La gift card Cucinora risulta a 0 € e ieri ne aveva 100. Errore GFT-608 al pagamento",
            "il buono regalo mostra saldo ZERO, che succede?",
            "saldo buono a zero, impossibile prenotare il corso",
        ],
        "en": [
            "My Cucinora gift card shows £0, it had £90 yesterday. Error GFT-608 at checkout",
            "gift voucher balance gone to zero in the app??",
        ],
        "fr": [
            "Ma carte cadeau Cucinora affiche 0 € au lieu de 75. Erreur GFT-608",
            "solde du bon cadeau à zéro, impossible de réserver",
        ],
        "de": [
            "Mein Cucinora-Gutschein zeigt 0 € statt 60. Fehler GFT-608 beim Bezahlen",
            "Gutscheinguthaben plötzlich NULL in der App?",
        ],
        "pt": [
            "O meu cartão-presente Cucinora mostra 0 € e tinha 50. Erro GFT-608",
            "saldo do vale a zero, não consigo marcar a aula",
        ],
    },
    "spike_again": {
        "es": [
            "Sigue igual, GFT-608 también desde la web en el ordenador",
            "lo he probado en el móvil de mi marido y el vale sigue a cero",
        ],
        "it": [
            "Ancora GFT-608, anche dal sito sul computer",
            "provato dal telefono di mio marito, buono ancora a zero",
        ],
        "en": ["Still GFT-608 on the website too"],
        "fr": ["Toujours GFT-608, même sur le site"],
        "de": ["Immer noch GFT-608, auch über die Website"],
        "pt": ["Continua o GFT-608, também no site"],
    },
    "spike_answer": {
        "es": [
            "Sí, los saldos de tarjetas regalo salen a cero ahora mismo para todos; el saldo no se ha perdido, estamos en ello."
        ],
        "it": [
            "Sì, i saldi delle gift card risultano a zero per tutti in questo momento; il credito non è perso, ci stiamo lavorando."
        ],
        "en": [
            "Yes, gift card balances are showing zero for everyone right now; nothing is lost, we're on it."
        ],
        "fr": [
            "Oui, les soldes des cartes cadeaux s'affichent à zéro pour tous ; rien n'est perdu, on s'en occupe."
        ],
        "de": [
            "Ja, Gutscheinguthaben zeigen gerade bei allen null; nichts ist verloren, wir sind dran."
        ],
        "pt": [
            "Sim, os saldos dos cartões-presente aparecem a zero para todos; nada se perdeu, estamos a tratar."
        ],
    },
    "spike_fixed": {
        "es": [
            "Los saldos vuelven a verse bien desde las 12:30. Te hemos añadido 10 € de cortesía."
        ],
        "it": ["I saldi sono di nuovo corretti dalle 12:30. Ti abbiamo aggiunto 10 € di cortesia."],
        "en": ["Balances show correctly again since 11:30 UK time. We've added £9 as an apology."],
        "fr": ["Les soldes s'affichent à nouveau depuis 12h30. 10 € offerts en dédommagement."],
        "de": ["Die Guthaben stimmen seit 12:30 wieder. Wir haben 10 € gutgeschrieben."],
        "pt": ["Os saldos voltaram ao normal desde as 11:30. Acrescentámos 10 € de cortesia."],
    },
    "lone_question": {
        "es": [
            "Ayer el saldo del vale tardó en cargar en la app, luego salió bien. ¿Mañana podré pagar la clase con él?"
        ],
        "it": [
            "Ieri il saldo del buono ci ha messo un po' a caricarsi, poi era giusto. Domani posso pagare il corso?"
        ],
        "en": [
            "The voucher balance was slow to load last night, then fine. Can I pay with it tomorrow?"
        ],
        "fr": [
            "Le solde du bon a mis du temps à charger hier, puis tout allait bien. Je pourrai payer demain ?"
        ],
        "de": [
            "Das Gutscheinguthaben lud gestern langsam, dann passte es. Kann ich morgen damit zahlen?"
        ],
        "pt": [
            "O saldo do vale demorou a carregar ontem, depois ficou bem. Amanhã posso pagar com ele?"
        ],
    },
    "lone_answer": {
        "es": ["Sí, a veces tarda unos segundos; el saldo está bien y podrás usarlo."],
        "it": ["Sì, a volte ci mette qualche secondo; il saldo è corretto e potrai usarlo."],
        "en": ["Yes, it can take a few seconds; the balance is fine and you can use it."],
        "fr": ["Oui, cela prend parfois quelques secondes ; le solde est bon."],
        "de": ["Ja, das dauert manchmal ein paar Sekunden; das Guthaben stimmt."],
        "pt": ["Sim, por vezes demora uns segundos; o saldo está certo."],
    },
    # business arm: Cucinora Team (team-building cooking events on account)
    "b2b_question": {
        "es": ["Hola, ¿podemos añadir dos personas al evento de equipo del jueves?"],
        "it": [
            "Buongiorno, possiamo aggiungere due persone all'evento di team del giovedì?",
            "Ciao, il menu dell'evento aziendale può essere tutto vegetariano?",
        ],
        "en": ["Hi, can we add two people to Thursday's team event?"],
        "fr": ["Bonjour, peut-on ajouter deux personnes à l'événement d'équipe de jeudi ?"],
        "de": ["Hallo, können wir zwei Personen zum Team-Event am Donnerstag hinzufügen?"],
        "pt": ["Olá, podemos juntar mais duas pessoas ao evento de equipa de quinta?"],
    },
    "b2b_invoice": {
        "es": [
            "Buenos días, las facturas de los eventos de septiembre salen sin número de pedido y con el nombre antiguo de la empresa. Contabilidad no las puede pagar así."
        ],
        "it": [
            "Buongiorno, le fatture degli eventi di settembre non hanno il numero d'ordine e riportano la vecchia ragione sociale. L'amministrazione non può pagarle."
        ],
        "en": [
            "Morning, September's event invoices have no PO number and the old company name. Accounts can't pay them like that."
        ],
        "fr": [
            "Bonjour, les factures des événements de septembre n'ont pas de numéro de commande et l'ancien nom. La compta ne peut pas payer."
        ],
        "de": [
            "Guten Morgen, die Rechnungen der September-Events haben keine Bestellnummer und den alten Firmennamen. Die Buchhaltung kann so nicht zahlen."
        ],
        "pt": [
            "Bom dia, as faturas dos eventos de setembro não têm número de encomenda e trazem o nome antigo. A contabilidade não as pode pagar."
        ],
    },
    "b2b_portal": {
        "es": [
            "El portal de empresa no muestra ninguna reserva abierta, así que no podemos cancelar el evento del día 20 y nos lo van a cobrar."
        ],
        "it": [
            "Il portale aziendale non mostra nessuna prenotazione aperta, quindi non possiamo annullare l'evento del 20 e ce lo addebiteranno."
        ],
        "en": [
            "The business portal shows no open bookings, so we can't cancel the event on the 20th and we'll be billed."
        ],
        "fr": [
            "Le portail entreprise n'affiche aucune réservation, impossible d'annuler l'événement du 20."
        ],
        "de": [
            "Das Firmenportal zeigt keine offenen Buchungen, wir können das Event am 20. nicht stornieren."
        ],
        "pt": [
            "O portal empresa não mostra reservas abertas, não conseguimos cancelar o evento do dia 20."
        ],
    },
    "b2b_again": {
        "es": ["Como os escribió NAME, el problema sigue: CASE sin resolver."],
        "it": ["Come vi ha scritto NAME, il problema resta: CASE non risolta."],
        "en": ["As NAME wrote, the problem is still there: CASE not fixed."],
        "fr": ["Comme NAME vous l'a écrit, le problème reste : CASE non réglée."],
        "de": ["Wie NAME schon schrieb, besteht das Problem weiter: CASE ungelöst."],
        "pt": ["Como a NAME escreveu, o problema continua: CASE por resolver."],
    },
    "b2b_last": {
        "es": [
            "Nada arreglado con la CASE y ya os han escrito varios compañeros. Compras ya ha pedido precios a COMP."
        ],
        "it": [
            "Niente di risolto sulla CASE e vi hanno scritto diversi colleghi. Gli acquisti hanno già chiesto un preventivo a COMP."
        ],
        "en": [
            "Nothing fixed on CASE and several colleagues have written. Procurement has already asked COMP for rates."
        ],
        "fr": [
            "Rien de réglé pour CASE, plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de COMP."
        ],
        "de": [
            "Nichts gelöst bei CASE, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei COMP angefragt."
        ],
        "pt": [
            "Nada resolvido no CASE e vários colegas já escreveram. As compras já pediram preços à COMP."
        ],
    },
    "b2b_mild": {
        "es": ["Una sugerencia: estaría bien exportar los costes de eventos por centro de coste"],
        "it": ["Un suggerimento: sarebbe utile esportare i costi degli eventi per centro di costo"],
        "en": ["A suggestion: exporting event costs by cost centre would help"],
        "fr": ["Une suggestion : exporter les coûts par centre de coût serait utile"],
        "de": ["Ein Vorschlag: Eventkosten nach Kostenstelle exportieren wäre hilfreich"],
        "pt": ["Uma sugestão: exportar os custos por centro de custo ajudava"],
    },
    "b2b_praise": {
        "es": ["El evento de equipo en Cucinora fue un éxito, el equipo aún habla del risotto"],
        "it": ["L'evento aziendale da Cucinora è stato un successo, ne parlano ancora tutti"],
        "en": ["Our team day at Cucinora was a hit, people still talk about the risotto"],
        "fr": ["Notre journée d'équipe chez Cucinora a été un succès"],
        "de": ["Unser Team-Event bei Cucinora war ein voller Erfolg"],
        "pt": ["O evento de equipa na Cucinora foi um sucesso"],
    },
    "subject_complaint": {
        "es": ["Reclamación: "],
        "it": ["Reclamo: "],
        "en": ["Complaint: "],
        "fr": ["Réclamation : "],
        "de": ["Beschwerde: "],
        "pt": ["Reclamação: "],
    },
}

PRODUCTS = [
    ("Paella class / Clase de paella", "59.00"),
    ("Fresh pasta workshop / Taller de pasta fresca", "64.00"),
    ("Sushi evening / Noche de sushi", "72.00"),
    ("Sourdough course / Curso de masa madre", "89.00"),
    ("Studio kitchen, 3 h / Cocina-estudio, 3 h", "120.00"),
]
