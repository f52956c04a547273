"""Wording for heldout148 (Ondaviso: home aquarium care; Ondaviso Pro for firms)."""

# ruff: noqa: E501

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "fr": [
            "Le technicien Ondaviso est passé ce matin, eau cristalline, les néons sont ressortis de leur cachette. Merci !",
            "franchement top le suivi de l'aquarium, mes enfants collent leur nez à la vitre tous les soirs",
            "Encore une visite impeccable, troisième fois que c'est Karim et toujours aussi soigneux",
        ],
        "en": [
            "Ondaviso tech came this morning, water is crystal clear and the tetras are schooling again. Lovely job",
            "third visit in a row with the same tech, still brilliant, the reef has never looked better",
            "Really happy with the tank service, only wish the visit window was shorter than 4 hours",
        ],
        "de": [
            "Der Techniker war heute da, Becken glasklar, sogar die Welse zeigen sich wieder. Danke!"
        ],
        "it": [
            "Acquario pulitissimo dopo la visita di stamattina, i pesci sembrano felici. grazie Ondaviso"
        ],
        "pt": [
            "Tecnico impecavel hoje de manha, agua limpinha e o betta ja anda a exibir-se. Obrigada!"
        ],
        "es": ["Otra vez el mismo tecnico, puntual y majisimo. El acuario está precioso"],
    },
    "question": {
        "fr": [
            "Bonjour, est-ce qu'on peut décaler la visite de jeudi à vendredi matin ?",
            "bjr combien de temps je dois attendre avant d'ajouter les nouveaux poissons apres la visite",
        ],
        "en": [
            "Hi, can I move Thursday's visit to Friday morning?",
            "how long should I wait before adding new fish after a water change",
        ],
        "de": ["Hallo, kann ich den Termin am Donnerstag auf Freitag verschieben?"],
        "it": ["Ciao, posso spostare la visita di giovedì a venerdì mattina?"],
        "pt": ["Ola, posso mudar a visita de quinta para sexta de manha?"],
        "es": ["Hola, ¿puedo pasar la visita del jueves al viernes por la mañana?"],
    },
    "answer": {
        "fr": ["Bonjour, c'est fait : votre visite est déplacée. Bonne journée ! – Ondaviso"],
        "en": ["Hi, done: your visit has been moved. Have a good day! – Ondaviso"],
        "de": ["Hallo, erledigt: Ihr Termin ist verschoben. Schönen Tag! – Ondaviso"],
        "it": ["Ciao, fatto: la visita è stata spostata. Buona giornata! – Ondaviso"],
        "pt": ["Ola, feito: a visita foi alterada. Bom dia! – Ondaviso"],
        "es": ["Hola, hecho: hemos cambiado la visita. ¡Buen día! – Ondaviso"],
    },
    "thanks": {
        "fr": ["super merci", "Merci beaucoup !"],
        "en": ["great thanks", "Perfect, thank you!"],
        "de": ["super danke"],
        "it": ["perfetto grazie"],
        "pt": ["obg!"],
        "es": ["genial gracias"],
    },
    "problem": {
        "fr": [
            "Réclamation : le technicien a laissé le filtre externe débranché après la visite, je l'ai vu ce soir, l'eau est trouble et deux poissons sont morts. Dossier {case}",
            "Bonjour, on m'a facturé deux visites pour le mois d'octobre alors qu'il n'y en a eu qu'une. Je veux le remboursement de 49 €. Dossier {case}",
        ],
        "en": [
            "Complaint: the tech left the canister filter unplugged after the visit, found it tonight, water cloudy and two fish dead. Case {case}",
            "Hi, I was charged for two visits in October and only one happened. I want the £42 back please. Case {case}",
        ],
        "de": [
            "Beschwerde: Der Techniker hat den Außenfilter nach dem Besuch nicht wieder eingesteckt, Wasser trüb, zwei Fische tot. Vorgang {case}"
        ],
        "it": [
            "Reclamo: il tecnico ha lasciato il filtro esterno staccato, acqua torbida e due pesci morti. Pratica {case}"
        ],
        "pt": [
            "Reclamação: o tecnico deixou o filtro externo desligado, agua turva e dois peixes mortos. Pedido {case}"
        ],
        "es": [
            "Reclamación: el técnico dejó el filtro externo desenchufado, agua turbia y dos peces muertos. Incidencia {case}"
        ],
    },
    "again": {
        "fr": [
            "Toujours rien pour le dossier {case}. Je relance, c'est la deuxième fois.",
            "RE : Dossier {case} – toujours pas réglé, personne ne m'a rappelé",
        ],
        "en": [
            "Still nothing on case {case}. Chasing again, second time now.",
            "Re: Case {case} – STILL not sorted, nobody called back",
        ],
        "de": ["Immer noch nichts zu Vorgang {case}. Zweites Mal, dass ich nachfrage."],
        "it": ["Ancora niente sulla pratica {case}. Secondo sollecito."],
        "pt": ["Ainda nada sobre o pedido {case}. Segunda vez que escrevo."],
        "es": ["Sigue sin resolverse la incidencia {case}. Es la segunda vez que escribo."],
    },
    "third": {
        "fr": [
            "Troisième fois pour {case}. Une voisine passe par {comp} et eux règlent ça dans la journée."
        ],
        "en": ["Third time about {case}. A neighbour uses {comp} and they sort this the same day."],
        "de": ["Drittes Mal wegen {case}. Ein Kollege hat {comp}, die machen das am selben Tag."],
        "it": ["Terza volta per {case}. Un amico usa {comp} e risolvono in giornata."],
        "pt": ["Terceira vez sobre {case}. Um vizinho usa a {comp} e resolvem no mesmo dia."],
        "es": ["Tercera vez por {case}. Una amiga usa {comp} y se lo arreglan el mismo día."],
    },
    "fixed": {
        "fr": ["C'est bon pour le dossier {case}, remboursement reçu, merci"],
        "en": ["All sorted on case {case}, refund received, thanks"],
        "de": ["Vorgang {case} ist erledigt, Geld ist da, danke"],
        "it": ["Pratica {case} risolta, rimborso arrivato, grazie"],
        "pt": ["Pedido {case} resolvido, reembolso recebido, obrigado"],
        "es": ["Incidencia {case} resuelta, me ha llegado el reembolso, gracias"],
    },
    "other_problem": {
        "fr": [
            "Autre chose : le sel pour l'eau de mer livré est le mauvais, j'ai reçu de l'eau douce conditionneur."
        ],
        "en": [
            "Different thing: the salt mix delivered is the wrong one, got freshwater conditioner instead."
        ],
        "de": ["Was anderes: Das gelieferte Meersalz ist falsch, es kam Süßwasser-Aufbereiter."],
        "it": [
            "Altra cosa: il sale marino consegnato è sbagliato, è arrivato biocondizionatore per acqua dolce."
        ],
        "pt": ["Outra coisa: o sal marinho entregue está errado, veio condicionador de agua doce."],
        "es": [
            "Otra cosa: la sal marina que llegó es la equivocada, mandaron acondicionador de agua dulce."
        ],
    },
    "agent_case": {
        "fr": [
            "Bonjour, nous sommes désolés. Nous avons ouvert le dossier {case} et revenons vers vous. – Ondaviso"
        ],
        "en": [
            "Hello, we're sorry. We've opened case {case} and will come back to you. – Ondaviso"
        ],
        "de": [
            "Hallo, das tut uns leid. Wir haben Vorgang {case} eröffnet und melden uns. – Ondaviso"
        ],
        "it": [
            "Ciao, ci dispiace. Abbiamo aperto la pratica {case} e ti ricontattiamo. – Ondaviso"
        ],
        "pt": ["Ola, lamentamos. Abrimos o pedido {case} e voltamos a contactar. – Ondaviso"],
        "es": [
            "Hola, lo sentimos. Hemos abierto la incidencia {case} y te contestamos. – Ondaviso"
        ],
    },
    "bad_day": {
        "fr": [
            "Visite annulée à 8h pour 14h, j'avais posé une demi-journée. NUL.",
            "vous êtes sérieux ? le technicien a renversé de l'eau salée sur le parquet et est reparti sans rien dire",
        ],
        "en": [
            "Visit cancelled at 8am for 2pm, I took half a day off. USELESS.",
            "are you serious? tech spilled salt water on my floor and left without a word",
        ],
        "de": ["Termin um 8 Uhr für 14 Uhr abgesagt, ich hab extra frei genommen. UNMÖGLICH."],
        "it": ["Visita annullata alle 8 per le 14, avevo preso mezza giornata. VERGOGNA."],
        "pt": ["Visita cancelada as 8h para as 14h, tirei meio dia de folga. PESSIMO."],
        "es": ["Me cancelan a las 8 la visita de las 14, y yo con medio día libre. FATAL."],
    },
    "apology": {
        "fr": [
            "Désolée pour mon message d'hier, j'étais à bout. Le technicien est revenu, tout va bien."
        ],
        "en": ["Sorry about yesterday's rant, long day. The tech came back, all fine."],
        "de": ["Sorry für gestern, war ein blöder Tag. Alles wieder gut."],
        "it": ["Scusate per ieri, giornataccia. Tutto risolto."],
        "pt": ["Desculpem a mensagem de ontem, dia mau. Ja esta tudo bem."],
        "es": ["Perdón por lo de ayer, mal día. Ya está todo bien."],
    },
    "sarcasm": {
        "fr": [
            "Génial, le technicien a « optimisé » mon aquascape : mes plantes sont maintenant en tas dans un coin 👏"
        ],
        "en": ["Love how the tech 'tidied' my aquascape, all the plants now in one corner 👏"],
        "de": [
            "Toll, der Techniker hat mein Aquascape 'aufgeräumt', alle Pflanzen in einer Ecke 👏"
        ],
        "it": [
            "Bellissimo, il tecnico ha 'sistemato' le mie piante, ora sono tutte in un angolo 👏"
        ],
        "pt": ["Adorei, o tecnico 'arrumou' as plantas todas num canto 👏"],
        "es": [
            "Genial, el técnico me ha 'ordenado' el acuario: todas las plantas en una esquina 👏"
        ],
    },
    "grumble": {
        "fr": [
            "encore un créneau de 4h, c'est long",
            "Le bac de sel est toujours livré à moitié écrasé.",
        ],
        "en": ["another 4 hour window, bit much", "The salt tub arrives half crushed again."],
        "de": ["wieder ein 4-Stunden-Fenster, echt lang"],
        "it": ["di nuovo una fascia di 4 ore, troppo"],
        "pt": ["outra vez uma janela de 4 horas, é muito"],
        "es": ["otra vez franja de 4 horas, es mucho"],
    },
    "slide": {
        "fr": [
            "La visite a un peu traîné cette fois.",
            "Le technicien a oublié de nettoyer la vitre arrière.",
            "Deuxième visite bâclée, l'eau est voilée.",
            "Je paie 49 € par mois pour ça ? Les plantes pourrissent.",
            "Franchement déçue, plus rien à voir avec l'an dernier. Les poissons souffrent.",
            "Mon beau-frère est chez {comp}, je regarde leurs tarifs.",
        ],
        "en": [
            "Visit dragged a bit this time.",
            "Tech forgot to clean the back glass.",
            "Second rushed visit, water is hazy.",
            "I pay £42 a month for this? Plants are rotting.",
            "Really disappointed, nothing like last year. The fish are suffering.",
            "My brother-in-law is with {comp}, looking at their prices.",
        ],
        "de": [
            "Der Besuch hat diesmal gedauert.",
            "Rückscheibe wurde vergessen.",
            "Zweiter schlampiger Besuch, Wasser trüb.",
            "49 € im Monat dafür? Die Pflanzen faulen.",
            "Echt enttäuscht, kein Vergleich zum letzten Jahr.",
            "Mein Schwager ist bei {comp}, ich schau mir die Preise an.",
        ],
        "it": [
            "La visita è andata per le lunghe.",
            "Il vetro dietro non è stato pulito.",
            "Seconda visita fatta male, acqua velata.",
            "49 € al mese per questo? Le piante marciscono.",
            "Davvero delusa, non è più come l'anno scorso.",
            "Mio cognato è con {comp}, guardo i loro prezzi.",
        ],
        "pt": [
            "A visita demorou um bocado.",
            "Esqueceram o vidro de tras.",
            "Segunda visita a despachar, agua baça.",
            "49 € por mes para isto? As plantas apodrecem.",
            "Muito desiludida, nada como o ano passado.",
            "O meu cunhado esta na {comp}, vou ver os preços.",
        ],
        "es": [
            "La visita se alargó un poco.",
            "Se olvidaron del cristal de atrás.",
            "Segunda visita hecha deprisa, agua turbia.",
            "¿49 € al mes para esto? Las plantas se pudren.",
            "Muy decepcionada, nada que ver con el año pasado.",
            "Mi cuñado está con {comp}, miro sus precios.",
        ],
    },
    "cancel": {
        "fr": [
            "Je veux résilier mon abonnement Ondaviso et fermer mon compte. On déménage dans un studio sans place pour l'aquarium."
        ],
        "en": [
            "I want to cancel my Ondaviso plan and close my account. Moving to a flat with no room for the tank."
        ],
        "de": ["Ich möchte mein Ondaviso-Abo kündigen und das Konto schließen."],
        "it": ["Voglio disdire l'abbonamento Ondaviso e chiudere l'account."],
        "pt": ["Quero cancelar a assinatura Ondaviso e fechar a conta."],
        "es": ["Quiero cancelar mi suscripción Ondaviso y cerrar la cuenta."],
    },
    "agent_bye": {
        "fr": ["Bonjour, votre résiliation est confirmée. Désolés de vous voir partir. – Ondaviso"],
        "en": ["Hello, your cancellation is confirmed. Sorry to see you go. – Ondaviso"],
        "de": ["Hallo, Ihre Kündigung ist bestätigt. Schade! – Ondaviso"],
        "it": ["Ciao, disdetta confermata. Ci dispiace. – Ondaviso"],
        "pt": ["Ola, cancelamento confirmado. Lamentamos. – Ondaviso"],
        "es": ["Hola, baja confirmada. Sentimos que te vayas. – Ondaviso"],
    },
    "night": {
        "fr": [
            "3h du mat, insomnie, je regarde mes crevettes sous la lampe lune. Meilleur investissement de l'année"
        ],
        "en": ["2am night shift over, sat watching the tank under the moonlight LEDs. so calming"],
        "de": ["Nachtschicht vorbei, sitze vorm Becken mit Mondlicht. Herrlich"],
        "it": ["le 3 di notte e guardo l'acquario con la luce lunare, pace"],
        "pt": ["3 da manha e eu a olhar para o aquario com a luz lunar, que paz"],
        "es": ["las 3 de la mañana mirando el acuario con la luz de luna, qué paz"],
    },
    "spike": {
        "fr": [
            "URGENT l'appli Ondaviso a remis le chauffage de mon aquarium à 12 °C, l'eau est à 19 et baisse, impossible de remettre 25 : erreur {code}",
            "bonjour le thermostat de l'aquarium est passé a 12 degres tout seul ce matin et l'appli refuse de le changer {code} les poissons ne bougent plus",
        ],
        "en": [
            "URGENT the Ondaviso app set my tank heater to 12°C, water at 19 and dropping, can't set it back to 25: error {code}",
            "heater setpoint jumped to 12 degrees this morning, app won't let me change it, {code}, fish are lying on the bottom",
        ],
        "de": [
            "DRINGEND die App hat die Heizung meines Aquariums auf 12 °C gestellt, Zurückstellen geht nicht: Fehler {code}"
        ],
        "it": [
            "URGENTE l'app ha messo il riscaldatore a 12 °C e non si può cambiare, errore {code}"
        ],
        "pt": ["URGENTE a app pôs o aquecedor do aquario a 12 °C e nao deixa mudar, erro {code}"],
        "es": [
            "URGENTE la app ha puesto el calentador del acuario a 12 °C y no deja cambiarlo, error {code}"
        ],
    },
    "spike_again": {
        "fr": ["Toujours {code}, l'eau est à 17 maintenant, vous faites quelque chose ??"],
        "en": ["Still {code}, water's at 17 now, is anyone on this??"],
        "de": ["Immer noch {code}, Wasser jetzt 17 Grad!!"],
        "it": ["Ancora {code}, acqua a 17 adesso!!"],
        "pt": ["Continua {code}, agua a 17 agora!!"],
        "es": ["Sigue {code}, el agua ya está a 17!!"],
    },
    "lone": {
        "fr": [
            "Petite question : dans l'appli, le réglage du chauffage se fait bien par pas de 0,5 °C ?"
        ],
        "en": ["Quick one: in the app, does the heater setting go in 0.5°C steps?"],
        "de": ["Kurze Frage: Heizung in der App in 0,5-Grad-Schritten?"],
        "it": ["Domanda: nell'app il riscaldatore si regola a passi di 0,5 °C?"],
        "pt": ["Pergunta: na app o aquecedor ajusta-se de 0,5 em 0,5 °C?"],
        "es": ["Pregunta: ¿en la app el calentador se ajusta de 0,5 en 0,5 °C?"],
    },
    "b2b_praise": {
        "fr": ["Le bac du hall d'accueil est superbe depuis la visite, nos clients le remarquent."],
        "en": ["The lobby tank looks superb since the visit, guests keep mentioning it."],
        "de": ["Das Becken in der Lobby sieht super aus, Gäste sprechen uns darauf an."],
        "it": ["L'acquario della hall è splendido, i clienti lo notano."],
        "pt": ["O aquario da receção esta lindo, os clientes reparam."],
        "es": ["El acuario del vestíbulo está precioso, los clientes lo comentan."],
    },
    "b2b_problem": {
        "fr": [
            "Réclamation : la facture Ondaviso Pro de notre restaurant porte trois bacs alors que nous n'en avons qu'un, et aucun bon de commande. Dossier {case}"
        ],
        "en": [
            "Complaint: our Ondaviso Pro invoice lists three tanks, we have one, and no PO number. Case {case}"
        ],
        "de": [
            "Beschwerde: Die Ondaviso-Pro-Rechnung führt drei Becken, wir haben eins, keine Bestellnummer. Vorgang {case}"
        ],
        "it": [
            "Reclamo: la fattura Ondaviso Pro riporta tre vasche, ne abbiamo una. Pratica {case}"
        ],
        "pt": ["Reclamação: a fatura Ondaviso Pro tem tres aquarios, temos um. Pedido {case}"],
        "es": [
            "Reclamación: la factura de Ondaviso Pro lleva tres acuarios y tenemos uno. Incidencia {case}"
        ],
    },
    "b2b_mild": {
        "fr": ["Suggestion : pourriez-vous passer avant l'ouverture, à 7h ?"],
        "en": ["Suggestion: could visits be before opening, at 7?"],
        "de": ["Vorschlag: Besuche vor Öffnung, um 7 Uhr?"],
        "it": ["Suggerimento: visite prima dell'apertura, alle 7?"],
        "pt": ["Sugestão: visitas antes da abertura, às 7?"],
        "es": ["Sugerencia: ¿visitas antes de abrir, a las 7?"],
    },
}

COMPETITORS = ["Acquarino", "Korallix"]
CODE = "T°12/RX"
