"""Wording of heldout227 (Vitrafix, phone and tablet repair): one table per kind, per language."""

# ruff: noqa: E501

LANGS = ["pt", "it", "en", "fr", "de", "es"]

PRODUCTS = [
    ("Screen replacement, iPhone 13", 189),
    ("Battery swap, Galaxy S22", 69),
    ("Charging port repair, Pixel 7", 79),
    ("Back glass, iPhone 14 Pro", 149),
    ("Tablet screen, iPad 9", 129),
    ("Camera module, Galaxy A54", 89),
]

PRAISE = {
    "pt": [
        "Ecra novo no meu telemovel em duas horas, ficou perfeito. Obrigado Vitrafix!",
        "Bateria trocada e agora dura o dia todo, que diferenca 🙌",
        "Atendimento impecavel na loja do Saldanha, explicaram tudo com calma.",
    ],
    "it": [
        "Schermo sostituito in giornata, il telefono sembra uscito dalla scatola. Grazie Vitrafix!",
        "Batteria nuova e finalmente arrivo a sera senza powerbank 😄",
        "Tecnico gentilissimo al banco di via Torino, mi ha anche pulito la porta di ricarica.",
    ],
    "en": ["Cracked screen fixed over my lunch break, honestly brilliant. Cheers Vitrafix!"],
    "fr": ["Ecran change en une heure, rien a redire, merci Vitrafix !"],
    "de": ["Akku in 40 Minuten getauscht, Handy laeuft wieder den ganzen Tag. Top, Vitrafix!"],
    "es": ["Me cambiaron la pantalla en una mañana y quedó perfecta. ¡Gracias Vitrafix!"],
}

AGAIN = {
    "pt": [
        "Terceira vez que reparo aqui e outra vez tudo impecavel.",
        "Mais uma vez o mesmo tecnico simpatico, ja somos amigos lol",
    ],
    "it": [
        "Terza volta che porto un telefono da voi e di nuovo tutto perfetto.",
        "Ancora una volta consegna puntuale del corriere, bravi",
    ],
    "en": ["Third time I've used you this year and still spot on."],
    "fr": ["Troisieme reparation chez vous et toujours aussi rapide."],
    "de": ["Schon wieder super schnell repariert, drittes Mal dieses Jahr."],
    "es": ["Tercera vez que os llevo un móvil y otra vez de diez."],
}

GRIPE = {
    "pt": [
        "Reparacao top, so a fila na loja era enorme. De resto recomendo.",
        "Muito contente, so a caixa do correio veio amachucada.",
    ],
    "it": [
        "Riparazione ottima, solo il sms di conferma arriva alle 7 di mattina. Per il resto consigliati.",
        "Contenta, peccato che il parcheggio davanti al negozio sia sempre pieno.",
    ],
    "en": ["Great repair, only the courier box was a bit flimsy. Would use again."],
    "fr": ["Tres contente, juste l'appli qui me deconnecte a chaque fois."],
    "de": ["Reparatur super, nur die Wartezeit am Tresen war lang. Sonst gerne wieder."],
    "es": ["Todo bien, solo que el SMS de aviso llega a las 7 de la mañana. Por lo demás genial."],
}

QUESTION = {
    "pt": [
        "Ola, fazem troca de bateria em iPhone 11 na loja de Braga?",
        "Boa tarde, quanto tempo demora um ecra de tablet?",
        "Posso enviar o telemovel pelo correio sem capa?",
    ],
    "it": [
        "Ciao, fate anche il cambio vetro posteriore per iPhone 14?",
        "Buongiorno, il telefono di cortesia è incluso con Vitrafix Care?",
        "Quanto ci mette il corriere a ritirare a Bologna?",
    ],
    "en": ["Hi, do you do same-day battery swaps at the Leeds counter?"],
    "fr": ["Bonjour, vous reparez aussi les ports de charge des Pixel ?"],
    "de": ["Hallo, macht ihr auch Kameramodule beim Galaxy A54?"],
    "es": ["Hola, ¿cambiáis la batería de un Galaxy S22 en el día?"],
}

ANSWER = {
    "pt": [
        "Ola! Sim, fazemos, e demora cerca de uma hora. Pode marcar na app.",
        "Boa tarde! Normalmente 2 a 3 horas, e avisamos por SMS quando estiver pronto.",
    ],
    "it": [
        "Ciao! Sì, certo: si prenota dall'app e di solito è pronto in giornata.",
        "Buongiorno! Sì, con Care il telefono di cortesia è incluso.",
    ],
    "en": ["Hi! Yes, we do, usually within the hour. You can book in the app."],
    "fr": ["Bonjour ! Oui, comptez environ une heure, reservation dans l'appli."],
    "de": ["Hallo! Ja, das machen wir, meist am selben Tag. Termin einfach in der App buchen."],
    "es": ["¡Hola! Sí, en el día, normalmente en una hora. Puedes reservar en la app."],
}

THANKS = {
    "pt": ["Top, obg!", "Valeu, muito obrigado 🙏"],
    "it": ["Grz mille!", "Perfetto, grazie 😊"],
    "en": ["Ta, legend!"],
    "fr": ["Super merci !"],
    "de": ["Danke dir, passt!"],
    "es": ["Genial, gracias!!"],
}

NIGHT_POST = {
    "pt": [
        "3 da manha e a ver videos de reparacao de ecras, nao consigo dormir lol",
        "Turno da noite no hospital, marquei a troca de bateria para sabado",
    ],
    "it": [
        "Le 2 di notte e sto leggendo recensioni di batterie, aiuto 😅",
        "Fine turno in farmacia, prenotato lo schermo per domani mattina",
    ],
    "en": ["2am and I'm watching screen repair videos again, send help"],
    "fr": ["Insomnie, du coup j'ai reserve la reparation de ma tablette"],
    "de": ["Nachtschicht vorbei, Displaytausch fuer Samstag gebucht"],
    "es": ["Las 3 de la mañana y viendo vídeos de cambiar pantallas jajaja"],
}

NIGHT_Q = {
    "pt": ["Ainda da para deixar o telemovel na caixa de entrega fora de horas?"],
    "it": [
        "Posso lasciare il telefono nella cassetta anche di notte?",
        "A che ora apre domani il banco in centro?",
    ],
    "en": ["Can I drop my phone in the after-hours box tonight?"],
    "fr": ["La boite de depot est ouverte la nuit ?"],
    "de": ["Kann ich das Handy nachts in den Einwurfkasten legen?"],
    "es": ["¿Puedo dejar el móvil en el buzón de noche?"],
}

NIGHT_A = {
    "pt": ["Sim, a caixa esta aberta 24 horas. Boa noite!"],
    "it": ["Sì, la cassetta è aperta 24 ore su 24. Buonanotte!"],
    "en": ["Yes, the drop box is open around the clock. Night!"],
    "fr": ["Oui, la boite est accessible 24h/24. Bonne nuit !"],
    "de": ["Ja, der Einwurfkasten ist rund um die Uhr offen. Gute Nacht!"],
    "es": ["Sí, el buzón está abierto 24 horas. ¡Buenas noches!"],
}

SURVEY_WORD = {
    "pt": ["rapido", "5 estrelas", ""],
    "it": ["velocissimi", "top", ""],
    "en": ["spot on", ""],
    "fr": ["parfait", ""],
    "de": ["super", ""],
    "es": ["genial", ""],
}

REVIEW = {
    "pt": ["Reparacao rapida e preco justo. Recomendo."],
    "it": [
        "Servizio veloce e prezzi onesti, consigliato.",
        "Riparazione perfetta, tornero di sicuro.",
    ],
    "en": ["Quick, fair price, phone like new."],
    "fr": ["Rapide et soigne, je recommande."],
    "de": ["Schnell, fair, freundlich. Gerne wieder."],
    "es": ["Rápidos y con buen precio, recomendado."],
}

PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]

COMPLAINT = {
    "pt": {
        "no_show": [
            "O estafeta NUNCA veio buscar o telemovel, fiquei em casa a manha toda a espera. A app diz recolhido!",
            "Marcaram recolha para hoje e ninguem apareceu. Estou sem telemovel para trabalhar.",
        ],
        "double_charge": [
            "Cobraram-me a reparacao DUAS vezes no cartao, 189 euros cada. Quero o dinheiro ja.",
            "Dois pagamentos iguais no extrato pela mesma bateria. Expliquem-me isto.",
        ],
        "damage": [
            "O telemovel voltou com o Face ID a nao funcionar. Antes da reparacao funcionava!",
            "Ecra novo com manchas e o altifalante deixou de dar som.",
        ],
        "refund": [
            "Cancelaram a reparacao ha TRES semanas e ainda nao vi o reembolso.",
            "Disseram que devolviam o dinheiro em 5 dias. Ja passou um mes.",
        ],
        "wrong_price": [
            "Sou membro Care e cobraram-me o preco normal. Para que pago a mensalidade?",
            "O desconto Care nao foi aplicado na fatura.",
        ],
        "cancel_fee": [
            "Cancelei com quatro dias de antecedencia e cobraram taxa de cancelamento. Absurdo.",
            "Taxa de 25 euros por cancelar na segunda uma marcacao de sexta? A serio?",
        ],
    },
    "it": {
        "no_show": [
            "Il corriere NON è mai passato, ho aspettato tutta la mattina e l'app dice ritirato!",
            "Ritiro prenotato per oggi, nessuno si è visto. Sono senza telefono per lavoro.",
        ],
        "double_charge": [
            "Mi avete addebitato la riparazione DUE volte, 189 euro ciascuna. Rivoglio i soldi subito.",
            "Due addebiti identici per la stessa batteria. Spiegatemi.",
        ],
        "damage": [
            "Il telefono è tornato con il Face ID che non va. Prima della riparazione funzionava!",
            "Schermo nuovo con macchie e l'altoparlante non suona piu.",
        ],
        "refund": [
            "Avete annullato la riparazione TRE settimane fa e il rimborso non è ancora arrivato.",
            "Mi avevate detto rimborso in 5 giorni. È passato un mese.",
        ],
        "wrong_price": [
            "Sono abbonata Care e mi avete fatto pagare il prezzo pieno. A cosa serve l'abbonamento?",
            "Lo sconto Care non c'è in fattura.",
        ],
        "cancel_fee": [
            "Ho disdetto con quattro giorni di anticipo e mi avete messo la penale. Assurdo.",
            "25 euro di penale per annullare lunedi un appuntamento di venerdi? Davvero?",
        ],
    },
    "en": {
        "no_show": [
            "The courier NEVER came for my phone, waited in all morning and the app says collected!"
        ],
        "double_charge": [
            "You've charged me TWICE for the same screen, £160 each. I want it back now."
        ],
        "damage": ["Phone came back and Face ID doesn't work any more. It did before the repair!"],
        "refund": ["Repair cancelled THREE weeks ago and still no refund."],
        "wrong_price": ["I'm a Care member and got charged full price. What am I paying for?"],
        "cancel_fee": [
            "Cancelled four days ahead and you still charged a cancellation fee. Ridiculous."
        ],
    },
    "fr": {
        "no_show": [
            "Le coursier n'est JAMAIS passe, j'ai attendu toute la matinee et l'appli dit recupere !"
        ],
        "double_charge": [
            "Vous m'avez preleve DEUX fois la reparation, 189 euros chacune. Remboursez-moi."
        ],
        "damage": [
            "Le telephone est revenu et le Face ID ne marche plus. Avant la reparation il marchait !"
        ],
        "refund": ["Reparation annulee il y a TROIS semaines et toujours pas rembourse."],
        "wrong_price": [
            "Je suis abonnee Care et on m'a facture le plein tarif. A quoi sert l'abonnement ?"
        ],
        "cancel_fee": [
            "Annule quatre jours avant et vous me facturez des frais d'annulation. N'importe quoi."
        ],
    },
    "de": {
        "no_show": [
            "Der Kurier ist NIE gekommen, ich habe den ganzen Vormittag gewartet und die App sagt abgeholt!"
        ],
        "double_charge": [
            "Ihr habt die Reparatur ZWEIMAL abgebucht, je 189 Euro. Ich will das Geld sofort zurueck."
        ],
        "damage": ["Handy kam zurueck und Face ID geht nicht mehr. Vor der Reparatur ging es!"],
        "refund": ["Reparatur vor DREI Wochen storniert und immer noch keine Erstattung."],
        "wrong_price": [
            "Ich bin Care-Mitglied und musste den vollen Preis zahlen. Wofuer zahle ich dann?"
        ],
        "cancel_fee": ["Vier Tage vorher storniert und trotzdem Stornogebuehr. Unglaublich."],
    },
    "es": {
        "no_show": [
            "El mensajero NUNCA vino a recoger el móvil, esperé toda la mañana y la app dice recogido!"
        ],
        "double_charge": [
            "Me habéis cobrado la reparación DOS veces, 189 euros cada una. Quiero mi dinero ya."
        ],
        "damage": [
            "El móvil volvió con el Face ID sin funcionar. ¡Antes de la reparación iba bien!"
        ],
        "refund": ["Cancelasteis la reparación hace TRES semanas y sigo sin reembolso."],
        "wrong_price": [
            "Soy socia Care y me cobrasteis el precio normal. ¿Para qué pago la cuota?"
        ],
        "cancel_fee": [
            "Cancelé con cuatro días de antelación y me cobráis penalización. Increíble."
        ],
    },
}

LONG_EMAIL = {
    "pt": "Bom dia,\n\nescrevo-vos da sala de espera do centro de saude, onde estou com a minha mae desde as oito. Sou cliente ha varios anos e sempre recomendei a Vitrafix a toda a gente, por isso custa-me escrever isto. {complaint} Ja liguei duas vezes e ninguem me sabe dizer nada. Preciso do telemovel para falar com os medicos dela.\n\nAguardo resposta rapida.\nCumprimentos,\n{name}",
    "it": "Buongiorno,\n\nvi scrivo dal treno per Milano, tra una riunione e l'altra, con mio figlio che ha la febbre a casa con la nonna. Sono vostra cliente da anni e vi ho sempre consigliato, quindi mi dispiace scrivere questa mail. {complaint} Ho gia chiamato due volte senza risposta. Il telefono mi serve per lavorare.\n\nAttendo un riscontro.\nCordiali saluti,\n{name}",
}

CASE_OPENED = {
    "pt": [
        "Ola {first}, lamentamos muito. Abrimos o processo {ref} e um colega responde ate amanha."
    ],
    "it": [
        "Ciao {first}, ci dispiace molto. Abbiamo aperto la pratica {ref} e un collega ti risponde entro domani."
    ],
    "en": [
        "Hi {first}, really sorry about this. We've opened case {ref} and a colleague will reply by tomorrow."
    ],
    "fr": [
        "Bonjour {first}, toutes nos excuses. Nous avons ouvert le dossier {ref}, reponse d'ici demain."
    ],
    "de": [
        "Hallo {first}, das tut uns sehr leid. Wir haben den Vorgang {ref} eroeffnet und melden uns bis morgen."
    ],
    "es": [
        "Hola {first}, lo sentimos mucho. Hemos abierto la incidencia {ref} y te respondemos antes de mañana."
    ],
}

CHAT_CASE = {
    "pt": ["Peco desculpa! Abri o processo {ref}, vamos tratar disto hoje."],
    "it": ["Scusaci! Ho aperto la pratica {ref}, ce ne occupiamo oggi."],
    "en": ["So sorry! I've opened case {ref}, we'll sort it today."],
    "fr": ["Desole ! J'ai ouvert le dossier {ref}, on s'en occupe aujourd'hui."],
    "de": ["Entschuldigung! Vorgang {ref} ist angelegt, wir kuemmern uns heute."],
    "es": ["¡Perdona! He abierto la incidencia {ref}, lo vemos hoy."],
}

QUALITY_LEAD = {
    "pt": [
        "Ola {first}, o processo {ref} passou para a nossa responsavel de qualidade, que lhe liga antes de sexta ao almoco."
    ],
    "it": [
        "Ciao {first}, la pratica {ref} è passata alla nostra responsabile qualita, che ti chiama entro venerdi a pranzo."
    ],
    "en": [
        "Hi {first}, case {ref} is now with our quality lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Bonjour {first}, le dossier {ref} est chez notre responsable qualite, qui vous appelle avant vendredi midi."
    ],
    "de": [
        "Hallo {first}, Vorgang {ref} liegt jetzt bei unserer Qualitaetsleitung, die Sie vor Freitagmittag anruft."
    ],
    "es": [
        "Hola {first}, la incidencia {ref} está ahora con nuestra responsable de calidad, que te llama antes del viernes a mediodía."
    ],
}

GOOD_NEWS = {
    "pt": ["Boas noticias sobre o processo {ref}: ja esta resolvido. Pode confirmar?"],
    "it": ["Buone notizie sulla pratica {ref}: è risolta. Ci confermi?"],
    "en": ["Good news on case {ref}: it's sorted. Could you confirm?"],
    "fr": ["Bonne nouvelle pour le dossier {ref} : c'est regle. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht zu Vorgang {ref}: erledigt. Koennen Sie das bestaetigen?"],
    "es": ["Buenas noticias sobre la incidencia {ref}: resuelta. ¿Nos lo confirmas?"],
}

CONFIRM = {
    "pt": ["Confirmo, processo {ref} resolvido. Obrigada!", "Tudo certo com o {ref}, valeu"],
    "it": ["Confermo, pratica {ref} risolta. Grazie!", "Tutto ok con la {ref}, grazie mille"],
    "en": ["Confirmed, case {ref} is sorted. Thanks!"],
    "fr": ["Je confirme, dossier {ref} regle. Merci !"],
    "de": ["Bestaetigt, Vorgang {ref} ist erledigt. Danke!"],
    "es": ["Confirmado, incidencia {ref} resuelta. ¡Gracias!"],
}

APOLOGY = {
    "pt": ["Desculpem o tom de ontem, estava mesmo nervosa. Obrigada pela paciencia."],
    "it": [
        "Scusate per i toni di ieri, ero davvero nervosa. Grazie per la pazienza.",
        "Ieri ho esagerato, scusate. Grazie per l'aiuto.",
    ],
    "en": ["Sorry for my tone yesterday, bad day. Thanks for your patience."],
    "fr": ["Desolee pour mon ton d'hier, merci pour votre patience."],
    "de": ["Sorry fuer meinen Ton gestern, war ein schlechter Tag. Danke fuer die Geduld."],
    "es": ["Perdón por el tono de ayer, estaba de los nervios. Gracias por la paciencia."],
}

STILL_OPEN = {
    "pt": [
        "Processo {ref}: continua tudo igual, ninguem resolveu nada.",
        "Outra vez sobre o {ref}: AINDA sem solucao.",
    ],
    "it": [
        "Pratica {ref}: è ancora tutto fermo, nessuno ha risolto niente.",
        "Di nuovo per la {ref}: ANCORA nessuna soluzione.",
    ],
    "en": ["Case {ref}: still nothing fixed, nobody has got back to me."],
    "fr": ["Dossier {ref} : toujours rien de regle."],
    "de": ["Vorgang {ref}: immer noch nichts passiert."],
    "es": ["Incidencia {ref}: sigue todo igual, nadie lo ha resuelto."],
}

THIRD = {
    "pt": ["Um colega repara o telemovel na {comp} e resolvem estas coisas no proprio dia."],
    "it": [
        "Un collega va da {comp} e loro queste cose le risolvono in giornata.",
        "Ho gia guardato quanto chiede {comp}.",
    ],
    "en": ["A colleague uses {comp} and they sort this kind of thing the same day."],
    "fr": ["J'ai regarde les prix de {comp}."],
    "de": ["Ein Kollege geht zu {comp}, die regeln so etwas am selben Tag."],
    "es": ["Un compañero repara con {comp} y eso lo solucionan en el día."],
}

FOURTH = {
    "pt": ["É a QUARTA vez que escrevo."],
    "it": ["È la QUARTA volta che scrivo."],
    "en": ["This is the FOURTH time I'm writing."],
    "fr": ["C'est la QUATRIEME fois que j'ecris."],
    "de": ["Das ist das VIERTE Mal, dass ich schreibe."],
    "es": ["Es la CUARTA vez que escribo."],
}

ADDED_URGENT = {
    "pt": ["Acrescentei ao processo {ref} e marquei como urgente."],
    "it": ["Aggiunto alla pratica {ref} e segnata come urgente."],
    "en": ["Added to case {ref} and marked urgent."],
    "fr": ["Ajoute au dossier {ref}, marque urgent."],
    "de": ["Zum Vorgang {ref} hinzugefuegt, als dringend markiert."],
    "es": ["Añadido a la incidencia {ref} y marcada como urgente."],
}

CALL = {
    "pt": [
        "ola liguei por causa do processo {ref} o telemovel continua sem estar resolvido e ninguem me liga"
    ],
    "it": [
        "buongiorno chiamo per la pratica {ref} il telefono non è ancora a posto e nessuno mi richiama",
        "si salve è per la pratica {ref} ancora niente non so piu cosa fare",
    ],
    "en": [
        "hi yeah calling about case {ref} the phone still isn't sorted and nobody's called me back"
    ],
    "fr": [
        "bonjour j'appelle pour le dossier {ref} c'est toujours pas regle et personne ne me rappelle"
    ],
    "de": [
        "hallo ich rufe wegen Vorgang {ref} an das Handy ist immer noch nicht repariert und keiner meldet sich"
    ],
    "es": [
        "hola llamo por la incidencia {ref} el móvil sigue sin estar arreglado y nadie me llama"
    ],
}

CALL_Q = {
    "pt": ["ola queria saber se a troca de bateria no iphone 12 se faz na hora"],
    "it": [
        "buongiorno volevo sapere se il vetro posteriore si fa in giornata",
        "salve il corriere passa anche il sabato",
    ],
    "en": ["hi just wondering if you do screens on the ipad 9 same day"],
    "fr": ["bonjour je voulais savoir si le coursier passe le samedi"],
    "de": ["hallo ich wollte fragen ob ihr den Akku beim Galaxy am selben Tag tauscht"],
    "es": ["hola quería saber si cambiáis la batería del iphone en el día"],
}

CALL_FOLLOWUP = {
    "pt": ["Como combinado ao telefone: sim, fazemos na hora. Ate breve!"],
    "it": ["Come detto al telefono: sì, si fa in giornata. A presto!"],
    "en": ["As discussed on the phone: yes, same day. See you soon!"],
    "fr": ["Comme convenu au telephone : oui, dans la journee. A bientot !"],
    "de": ["Wie am Telefon besprochen: ja, am selben Tag. Bis bald!"],
    "es": ["Como hablamos por teléfono: sí, en el día. ¡Hasta pronto!"],
}

SLIDE = {
    "pt": [
        "O estafeta chegou com tres horas de atraso e sem avisar.",
        "O ecra novo tem uma mancha no canto e a bateria veio a 10 %.",
        "Agora pedem foto de cada risco antes de aceitar o envio?",
        "Caução a dobrar e uma semana para a libertar. Esta a piorar.",
        "Taxa de limpeza de 35 euros por um telemovel que enviei impecavel. Chega.",
        "O meu cunhado repara na {comp}, ja marquei la a proxima reparacao.",
    ],
    "it": [
        "Il corriere è arrivato con tre ore di ritardo e senza avvisare.",
        "Schermo nuovo con una macchia nell'angolo e batteria al 10 %.",
        "Adesso chiedete la foto di ogni graffio prima della spedizione?",
        "Cauzione doppia e una settimana per sbloccarla. Sempre peggio.",
        "35 euro di pulizia per un telefono spedito perfetto. BASTA.",
        "Mio cognato va da {comp}, ho gia prenotato la prossima riparazione da loro.",
    ],
    "en": [
        "Courier three hours late, no call.",
        "New screen has a spot in the corner and the battery came back at 10 %.",
        "Now you want a photo of every scratch before I post it?",
        "Deposit doubled and a week to release it. Getting worse.",
        "£30 cleaning fee for a phone I sent spotless. ENOUGH.",
        "My brother-in-law uses {comp}, I've booked my next repair there.",
    ],
    "fr": [
        "Coursier trois heures en retard sans prevenir.",
        "Tache dans le coin du nouvel ecran et batterie a 10 %.",
        "Une photo de chaque rayure avant l'envoi maintenant ?",
        "Caution doublee et une semaine pour la liberer. De pire en pire.",
        "35 euros de nettoyage pour un telephone envoye impeccable. STOP.",
        "Mon beau-frere va chez {comp}, j'ai reserve la prochaine reparation la-bas.",
    ],
    "de": [
        "Kurier drei Stunden zu spaet, kein Anruf.",
        "Fleck in der Ecke vom neuen Display und Akku bei 10 %.",
        "Jetzt ein Foto von jedem Kratzer vor dem Versand?",
        "Kaution verdoppelt und eine Woche bis zur Freigabe. Wird immer schlimmer.",
        "35 Euro Reinigungsgebuehr fuer ein sauber geschicktes Handy. JETZT REICHTS.",
        "Mein Schwager geht zu {comp}, naechste Reparatur dort gebucht.",
    ],
    "es": [
        "El mensajero llegó tres horas tarde y sin avisar.",
        "Pantalla nueva con una mancha en la esquina y batería al 10 %.",
        "¿Ahora foto de cada rayón antes de enviarlo?",
        "Fianza doble y una semana para liberarla. Cada vez peor.",
        "35 euros de limpieza por un móvil que envié impecable. YA ESTÁ BIEN.",
        "Mi cuñado repara con {comp}, ya he reservado la próxima allí.",
    ],
}

CANCEL = {
    "pt": [
        "Comprei um telemovel novo com garantia de tres anos, ja nao preciso do Care. Quero cancelar e fechar a conta."
    ],
    "it": [
        "Ho preso un telefono nuovo con tre anni di garanzia, non mi serve piu Care. Voglio disdire e chiudere l'account.",
        "Mi trasferisco all'estero, vorrei cancellare Vitrafix Care e chiudere l'account.",
    ],
    "en": [
        "Got a new phone with three years' warranty, so I want to cancel Care and close my account."
    ],
    "fr": [
        "Nouveau telephone avec garantie trois ans, je veux resilier Care et fermer mon compte."
    ],
    "de": [
        "Neues Handy mit drei Jahren Garantie, ich moechte Care kuendigen und das Konto schliessen."
    ],
    "es": ["Tengo móvil nuevo con tres años de garantía, quiero cancelar Care y cerrar la cuenta."],
}

SORRY_GO = {
    "pt": ["Lamentamos ve-lo partir, {first}. Pode cancelar na app ou no site."],
    "it": ["Ci dispiace vederti andare, {first}. Puoi disdire dall'app o dal sito."],
    "en": ["Sorry to see you go, {first}. You can cancel yourself in the app or on the website."],
    "fr": [
        "Dommage de vous voir partir, {first}. Resiliation possible dans l'appli ou sur le site."
    ],
    "de": [
        "Schade, dass Sie gehen, {first}. Kuendigen koennen Sie in der App oder auf der Website."
    ],
    "es": ["Sentimos que te vayas, {first}. Puedes cancelar en la app o en la web."],
}

SARCASM = {
    "pt": ["Entrega expresso as 21h40, mesmo a tempo de nao usar o telemovel hoje 👏"],
    "it": [
        "Consegna express alle 21:40, giusto in tempo per non usarlo oggi 👏",
        "Telefono riparato e restituito con le impronte del tecnico incluse, che servizio 😂",
    ],
    "en": ["Express return at 9:40pm, just in time for bed 👏"],
    "fr": ["Livraison express a 21h40, pile pour aller dormir 👏"],
    "de": ["Express-Rueckversand um 21:40, genau rechtzeitig zum Schlafengehen 👏"],
    "es": ["Entrega exprés a las 21:40, justo a tiempo para irme a dormir 👏"],
}

GRUMBLE = {
    "pt": [
        "A app faz logout sempre que a abro.",
        "SMS de lembrete as 6 da manha, a serio?",
        "Fila de 40 minutos ao sabado na loja.",
    ],
    "it": [
        "L'app mi disconnette ogni volta.",
        "Sms di promemoria alle 6 del mattino, sul serio?",
        "40 minuti di coda il sabato al banco.",
    ],
    "en": ["The app logs me out every single time."],
    "fr": ["L'appli me deconnecte a chaque fois."],
    "de": ["Die App loggt mich jedes Mal aus."],
    "es": ["La app me cierra la sesión cada vez."],
}

MILD = {
    "pt": ["A pesquisa de lojas mostra a cidade errada."],
    "it": ["La ricerca negozi mostra la citta sbagliata.", "Le notifiche arrivano in inglese."],
    "en": ["Store finder shows the wrong city."],
    "fr": ["Les notifications arrivent en anglais."],
    "de": ["Die Filialsuche zeigt die falsche Stadt."],
    "es": ["El buscador de tiendas muestra la ciudad equivocada."],
}

FORM_ACK = {
    "pt": ["Obrigado pela mensagem, ja passamos a equipa da app."],
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app."],
    "en": ["Thanks, we've passed it to the app team."],
    "fr": ["Merci, transmis a l'equipe de l'appli."],
    "de": ["Danke, ist an das App-Team weitergegeben."],
    "es": ["Gracias, lo pasamos al equipo de la app."],
}

SPIKE = {
    "pt": [
        "A app nao aceita o IMEI do meu telemovel, diz dispositivo nao reconhecido, erro {code}. Nao consigo marcar nada!",
        "nao da para marcar reparacao, o imei e sempre recusado",
        "Tentei 5 vezes marcar a troca de ecra e a app rejeita o IMEI. O que se passa?",
    ],
    "it": [
        "L'app rifiuta l'IMEI del mio telefono, dice dispositivo non riconosciuto, errore {code}. Non riesco a prenotare!",
        "impossibile prenotare, l'imei viene sempre rifiutato",
        "Ho provato 5 volte a prenotare lo schermo e l'app non accetta l'IMEI. Che succede?",
    ],
    "en": [
        "App says device not recognised when I enter my IMEI, error {code}. Can't book anything!",
        "anyone else? app rejects every IMEI, can't book a repair",
    ],
    "fr": [
        "L'appli refuse mon IMEI, appareil non reconnu, erreur {code}. Impossible de reserver !"
    ],
    "de": [
        "Die App lehnt meine IMEI ab, Geraet nicht erkannt, Fehler {code}. Ich kann nichts buchen!"
    ],
    "es": ["La app rechaza mi IMEI, dispositivo no reconocido, error {code}. ¡No puedo reservar!"],
}

SPIKE_AGAIN = {
    "pt": ["Continua o {code} tambem no site, nem pelo portatil da."],
    "it": ["Ancora {code} anche dal sito, neanche dal telefono di mia moglie funziona."],
    "en": ["Still {code} on the website too, tried my wife's phone as well."],
    "fr": ["Toujours {code} sur le site aussi."],
    "de": ["Immer noch {code}, auch auf der Website."],
    "es": ["Sigue el {code} también en la web."],
}

SPIKE_ANSWER = {
    "pt": [
        "Sim, a validacao do IMEI esta a falhar para todos neste momento, a equipa tecnica ja esta a tratar."
    ],
    "it": [
        "Sì, la verifica IMEI non funziona per nessuno in questo momento, i tecnici ci stanno lavorando."
    ],
    "en": ["Yes, IMEI checks are failing for everyone right now, our engineers are on it."],
    "fr": [
        "Oui, la verification IMEI echoue pour tout le monde en ce moment, nos equipes sont dessus."
    ],
    "de": ["Ja, die IMEI-Pruefung faellt gerade bei allen aus, die Technik ist dran."],
    "es": [
        "Sí, la verificación de IMEI falla para todos ahora mismo, el equipo técnico está en ello."
    ],
}

SPIKE_FIXED = {
    "pt": [
        "Ja pode marcar outra vez desde as 11h40. Pelo incomodo oferecemos 10 euros de credito."
    ],
    "it": [
        "Le prenotazioni funzionano di nuovo dalle 12:40. Per il disagio ti abbiamo accreditato 10 euro."
    ],
    "en": ["Bookings work again since 11:40. We've added £9 credit for the trouble."],
    "fr": ["Les reservations remarchent depuis 12h40. 10 euros de credit offerts."],
    "de": ["Buchungen gehen seit 12:40 wieder. Wir haben 10 Euro gutgeschrieben."],
    "es": ["Las reservas funcionan de nuevo desde las 12:40. Te hemos abonado 10 euros."],
}

LONE_Q = {
    "pt": ["Ontem a app pediu o IMEI outra vez mas aceitou logo. É normal?"],
    "it": ["Ieri l'app mi ha richiesto l'IMEI ma poi l'ha accettato subito. È normale?"],
}

LONE_A = {
    "pt": ["Sim, pedimos o IMEI uma vez por ano para confirmar o aparelho. Esta tudo bem."],
    "it": ["Sì, lo chiediamo una volta l'anno per confermare il dispositivo. Tutto a posto."],
}

B2B_COMPLAINT = {
    "pt": {
        "invoice": [
            "As faturas continuam com o nome antigo da empresa e sem numero de encomenda. A contabilidade devolve tudo."
        ],
        "service_blocked": [
            "O balcao recusou reparar os telemoveis da equipa: conta bloqueada. Esta tudo pago!"
        ],
        "portal": [
            "O portal nao mostra nenhuma reparacao em curso, nao conseguimos acompanhar os 12 aparelhos."
        ],
        "overbilled": [
            "Faturaram o preco unitario em vez da tarifa de contrato. Sao mais de 600 euros de diferenca."
        ],
    },
    "it": {
        "invoice": [
            "Le fatture hanno ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione le respinge.",
            "Ennesima fattura senza numero d'ordine e con il nome vecchio.",
        ],
        "service_blocked": [
            "Al banco hanno rifiutato di riparare i telefoni aziendali: conto bloccato. È tutto pagato!"
        ],
        "portal": [
            "Il portale non mostra nessuna riparazione aperta, non riusciamo a seguire i 12 dispositivi."
        ],
        "overbilled": [
            "Ci avete fatturato il prezzo singolo invece della tariffa di contratto. Oltre 600 euro di differenza."
        ],
    },
    "en": {
        "invoice": [
            "Invoices still carry our old company name and no PO number. Accounts are sending them all back."
        ],
        "service_blocked": [
            "The counter refused to repair our team's phones: account on stop. Everything is paid!"
        ],
        "portal": ["The portal shows no open repairs, so we can't track our 12 devices."],
        "overbilled": [
            "You billed single-repair prices instead of our contract rate. Over £500 difference."
        ],
    },
    "fr": {
        "invoice": ["Les factures portent toujours l'ancien nom et aucun numero de commande."],
        "service_blocked": [
            "Le comptoir a refuse de reparer nos telephones : compte bloque. Tout est paye !"
        ],
        "portal": ["Le portail n'affiche aucune reparation en cours."],
        "overbilled": [
            "Facture au tarif unitaire au lieu du tarif contrat. Plus de 600 euros d'ecart."
        ],
    },
    "de": {
        "invoice": ["Die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer."],
        "service_blocked": [
            "Am Tresen wurde die Reparatur unserer Firmenhandys abgelehnt: Konto gesperrt. Alles bezahlt!"
        ],
        "portal": [
            "Das Portal zeigt keine offenen Reparaturen, wir koennen unsere 12 Geraete nicht verfolgen."
        ],
        "overbilled": [
            "Abgerechnet zum Einzelpreis statt zum Vertragstarif. Ueber 600 Euro Unterschied."
        ],
    },
    "es": {
        "invoice": ["Las facturas siguen con el nombre antiguo y sin número de pedido."],
        "service_blocked": [
            "En el mostrador se negaron a reparar los móviles de la empresa: cuenta bloqueada. ¡Está todo pagado!"
        ],
        "portal": ["El portal no muestra ninguna reparación abierta."],
        "overbilled": [
            "Nos habéis facturado precio unitario en vez de tarifa de contrato. Más de 600 euros de diferencia."
        ],
    },
}

B2B_SAME = {
    "pt": ["Como a {other} ja escreveu na {day}, processo {ref}: "],
    "it": ["Come gia scritto da {other} {day}, pratica {ref}: "],
    "en": ["As {other} wrote on {day}, case {ref}: "],
    "fr": ["Comme {other} l'a ecrit {day}, dossier {ref} : "],
    "de": ["Wie {other} schon am {day} schrieb, Vorgang {ref}: "],
    "es": ["Como ya escribió {other} el {day}, incidencia {ref}: "],
}

B2B_LAST = {
    "pt": [
        "processo {ref} nada resolvido e varios colegas ja escreveram o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana"
    ],
    "it": [
        "pratica {ref} ancora niente e diversi colleghi hanno gia scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "en": [
        "case {ref} nothing fixed and several colleagues have written my boss says we go to another supplier if it isn't sorted this week"
    ],
    "fr": [
        "dossier {ref} rien n'est regle plusieurs collegues ont ecrit mon chef dit qu'on change de fournisseur si ce n'est pas regle cette semaine"
    ],
    "de": [
        "Vorgang {ref} nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn es diese Woche nicht klappt"
    ],
    "es": [
        "incidencia {ref} nada arreglado y varios compañeros ya han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

SUGGEST = {
    "pt": ["Seria util exportar os custos por centro de custo."],
    "it": [
        "Sarebbe utile esportare i costi per centro di costo.",
        "Potreste indicare la data dell'ultimo test sul documento di consegna?",
    ],
    "en": ["It'd help to export repair costs by cost centre."],
    "fr": ["Ce serait pratique d'exporter les couts par centre de cout."],
    "de": ["Ein Export der Kosten nach Kostenstelle waere hilfreich."],
    "es": ["Sería útil exportar los costes por centro de coste."],
}

WEEKDAY = {
    "pt": ["segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"],
    "it": ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

FIRST = {
    "pt": [
        "Joana",
        "Tiago",
        "Ines",
        "Rui",
        "Marta",
        "Duarte",
        "Beatriz",
        "Nuno",
        "Catarina",
        "Hugo",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Elena",
        "Davide",
        "Sara",
        "Paolo",
    ],
    "en": ["Emma", "Oliver", "Chloe", "Harry", "Grace", "Jack"],
    "fr": ["Camille", "Lucas", "Manon", "Hugo", "Chloe", "Louis"],
    "de": ["Lena", "Jonas", "Mia", "Felix", "Hanna", "Paul"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Irene", "Diego"],
}

LAST = {
    "pt": ["Silva", "Costa", "Ferreira", "Pereira", "Almeida", "Sousa", "Carvalho", "Lopes"],
    "it": ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti", "Gallo"],
    "en": ["Walker", "Hughes", "Price", "Turner", "Cooper"],
    "fr": ["Martin", "Bernard", "Moreau", "Girard", "Roux"],
    "de": ["Becker", "Wagner", "Schulz", "Hoffmann", "Koch"],
    "es": ["García", "López", "Navarro", "Romero", "Torres"],
}

MARKET = {
    "pt": ("PT", "+3519", 8),
    "it": ("IT", "+393", 9),
    "en": ("UK", "+447", 9),
    "fr": ("FR", "+336", 8),
    "de": ("DE", "+4915", 9),
    "es": ("ES", "+346", 8),
}

SUBJECT_COMPLAINT = {
    "pt": "Reclamação",
    "it": "Reclamo",
    "en": "Complaint",
    "fr": "Réclamation",
    "de": "Beschwerde",
    "es": "Reclamación",
}
SUBJECT_CASE = {
    "pt": "RE: Processo",
    "it": "R: Pratica",
    "en": "Re: Your case",
    "fr": "RE : Dossier",
    "de": "AW: Vorgang",
    "es": "RE: Incidencia",
}
