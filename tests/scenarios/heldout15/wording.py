# ruff: noqa: E501
"""Hand-written wording for heldout15 (Moblia, furniture and home goods; Moblia Pro).

Written from the stories, as Moblia's customers would write. ``{ref}`` is an order
number, ``{comp}`` a competitor. French and English first, then de, es, it, pt.
"""

from __future__ import annotations

COMPETITORS = ("Meublix", "Hausella")

#: Consumer problems (keys of ``PROBLEMS``) and company problems (``B2B_PROBLEMS``).
PROBLEM_NAMES = (
    "slot_missed_twice",
    "damaged_sofa_return_refused",
    "technician_no_show",
    "missing_screws",
    "instalments_after_return",
    "warranty_claim_ignored",
    "wrong_colour",
)
B2B_PROBLEM_NAMES = ("order_split_in_three", "wrong_vat", "portal_lost_quotes", "terms_not_60_days")

W: dict[str, dict[str, object]] = {
    "fr": {
        "praise": [
            "Canapé livré hier dans le créneau, les livreurs super sympas et ils ont même enlevé les cartons. Merci Moblia !",
            "tres contente de mon lit, montage nickel par le technicien, rien a redire",
            "Commande {ref} reçue en parfait état, l'armoire est encore plus belle qu'en photo 😍",
            "Franchement le paiement en 4 fois c'est top, et la livraison a été rapide. Je recommande",
            "Super service client au chat, réponse en 2 min. Bravo",
        ],
        "gripe": [
            "Très beau buffet et livraison à l'heure, juste la notice qui est illisible mais bon on s'en sort 🙂",
            "Matelas top, j'ai enfin bien dormi. Petit bémol: l'emballage plastique énorme à jeter",
        ],
        "question": [
            (
                "Bonjour, est-ce que le montage est possible le samedi ? Commande {ref}",
                "Bonjour ! Oui, le technicien passe aussi le samedi, vous pouvez choisir le créneau dans votre espace client.",
            ),
            (
                "slt, on peut changer la couleur avant expédition svp ?",
                "Bonjour, oui tant que la commande n'est pas expédiée. C'est fait pour vous, vous recevrez une confirmation.",
            ),
            (
                "Moblia Care couvre aussi les taches sur le tissu ?",
                "Bonjour, oui Moblia Care couvre les taches accidentelles pendant 5 ans. Bonne journée !",
            ),
        ],
        "thanks": [
            "Merci beaucoup, c'est parfait !",
            "top merci",
            "Super, merci pour la réponse rapide",
        ],
        "night": [
            "insomnie... je regarde les canapés d'angle Moblia à 3h du mat, le velours vert me fait de l'oeil",
            "Est-ce que quelqu'un a la table Oslo en chêne ? elle tient bien dans le temps ?",
        ],
        "survey_word": ["RAS", "parfait", "", "nickel", "👍"],
        "problems": {
            "slot_missed_twice": "Deuxième fois que le créneau de livraison n'est pas respecté pour la commande {ref}. J'ai pris DEUX demi-journées de congé pour rien. Personne n'a prévenu.",
            "damaged_sofa_return_refused": "Le canapé de la commande {ref} est arrivé avec l'accoudoir déchiré et vous refusez le retour parce que j'ai 'signé le bon' ?? C'est une blague ?",
            "technician_no_show": "Le technicien pour le montage de l'armoire ({ref}) n'est jamais venu. J'ai attendu de 8h à 12h. Aucun appel, aucun message.",
            "missing_screws": "Il manque la moitié des vis pour le lit {ref}, impossible de le monter. On dort sur le matelas par terre depuis 3 jours",
            "instalments_after_return": "Pourquoi je suis encore prélevée des mensualités alors que le canapé {ref} a été RETOURNÉ il y a un mois ???",
            "warranty_claim_ignored": "J'ai payé Moblia Care et ma déclaration de sinistre pour le sommier cassé ({ref}) est sans réponse depuis 3 semaines. A quoi sert cette garantie ?",
            "wrong_colour": "Commandé un canapé gris perle, reçu un canapé MOUTARDE. Commande {ref}. Je fais quoi maintenant ?",
        },
        "still": [
            "RE: commande {ref} - toujours rien, aucune solution",
            "Je vous relance, commande {ref}, TOUJOURS pas réglé",
            "Encore moi pour {ref}. Le problème n'est toujours pas résolu.",
        ],
        "third": "Troisième fois que je contacte Moblia pour {ref}. Chez {comp} au moins on répond. Je commence à regretter.",
        "fourth": "Quatrième contact pour {ref}. Je vais finir par signaler ça à la répression des fraudes.",
        "passed": "Bonjour, nous sommes désolés. Votre demande concernant la commande {ref} a été transmise au service concerné, qui reviendra vers vous.",
        "fixed": "Bonjour, c'est réglé pour la commande {ref} : la solution a été mise en place et un geste commercial a été ajouté. Toutes nos excuses.",
        "sorted": "C'est bon c'est réglé, merci d'avoir fait le nécessaire",
        "slide": [
            "La livraison a un peu traîné cette fois, bon.",
            "Un peu déçue par le suivi de ma dernière commande, pas de nouvelles",
            "Ça commence à m'agacer, trois messages sans vraie réponse",
            "Le service s'est vraiment dégradé chez Moblia, c'était mieux avant",
            "Franchement INADMISSIBLE. On se moque de nous",
            "J'en ai marre. Je regarde chez {comp} pour la suite, c'est fini pour moi",
        ],
        "cancel": "Bonjour, je souhaite résilier Moblia Care et mon plan de financement, et fermer mon compte client. Merci de confirmer par écrit.",
        "sarcasm": "Génial, le lit est arrivé, sans les pieds. Très moderne comme concept 🙃",
        "grumpy": [
            "Le site rame encore, impossible de voir mes commandes",
            "Encore un mail promo, désabonnez-moi",
            "livraison pas terrible comme d'hab",
            "Pourquoi les frais de montage ont augmenté ?",
        ],
        "sorry": "Désolée pour le ton de mon message d'hier, la journée avait été longue.",
        "long_open": "Bonjour,\n\nJe suis cliente chez vous depuis plusieurs années et j'ai toujours été satisfaite, j'ai recommandé Moblia à ma soeur et à des collègues.\n\n",
        "long_close": "\n\nJ'espère une réponse rapide et une vraie solution.\n\nCordialement",
        "b2b_routine": [
            "Bonjour, pouvez-vous m'envoyer le devis pour 40 chaises de salle de réunion via le portail ?",
            "Merci de mettre à jour l'adresse de livraison de notre hôtel à Lyon sur le compte Pro.",
        ],
        "b2b_answer": "Bonjour, c'est fait, vous trouverez le document dans votre portail Moblia Pro. Votre chargée de compte.",
        "b2b_problems": {
            "order_split_in_three": "Notre commande hôtel {ref} (60 lits) est arrivée en TROIS livraisons sur deux semaines, nos chambres étaient bloquées. Inacceptable.",
            "wrong_vat": "Les factures {ref} ont un taux de TVA erroné, notre comptable ne peut pas les passer. Merci de les refaire.",
            "portal_lost_quotes": "Le portail pro a perdu tous nos devis enregistrés, dont celui de {ref}. On a tout à refaire.",
            "terms_not_60_days": "La facture {ref} indique un paiement à 30 jours alors que notre contrat prévoit 60 jours. Déjà une relance reçue !",
        },
        "b2b_third": "Toujours pas corrigé pour {ref}. Nous avons demandé des devis à d'autres fournisseurs, dont {comp}.",
        "b2b_mild": "Petit détail: le nom de notre société est tronqué sur le bon de livraison.",
        "spike": [
            "Je viens de recevoir un SMS 'créneau de livraison annulé' (erreur DLV-410) pour ma livraison de ce matin ?? les livreurs viennent ou pas ?",
            "Erreur DLV-410 dans l'appli, mon créneau de livraison a disparu. Que se passe-t-il ?",
            "@Moblia mon créneau de ce matin est marqué annulé avec DLV-410, j'ai pris ma journée !",
        ],
        "spike_again": "Toujours le message DLV-410, créneau annulé. Personne ne répond au téléphone.",
        "spike_fixed": "Bonjour, un incident a annulé par erreur des créneaux ce matin (DLV-410). Votre créneau est rétabli et les frais de livraison vous sont remboursés.",
    },
    "en": {
        "praise": [
            "Sofa arrived bang on time in the slot, two lovely delivery guys, took all the packaging away. Cheers Moblia!",
            "Really happy with the bed, technician assembled it in 40 min and tidied up after. 10/10",
            "Order {ref} came perfect, the wardrobe looks even better than the pics",
            "the monthly instalments made the whole living room doable for us, thanks!!",
            "Great chat support, sorted my question in 2 mins",
        ],
        "gripe": [
            "Lovely oak table and delivered on time, only the instructions are a nightmare lol",
            "Mattress is amazing. tiny gripe: the tracking page never updated but it arrived fine",
        ],
        "question": [
            (
                "Hi, can assembly be booked for a Saturday? order {ref}",
                "Hi! Yes, our technicians work Saturdays too, you can pick the slot in your account.",
            ),
            (
                "can I still change the colour before it ships?",
                "Hello, yes as long as it hasn't shipped. Done for you, a confirmation is on its way.",
            ),
            (
                "does Moblia Care cover pet scratches?",
                "Hi, yes Moblia Care covers accidental damage including pets for 5 years.",
            ),
        ],
        "thanks": ["Brilliant, thank you!", "perfect ta", "Thanks for the quick reply"],
        "night": [
            "can't sleep so browsing Moblia corner sofas at 2am, the green velvet one is calling me",
            "anyone got the Oslo oak table? does it scratch easily?",
        ],
        "survey_word": ["grand", "all good", "", "-", "👍"],
        "problems": {
            "slot_missed_twice": "Second time the delivery slot has been missed for order {ref}. I took TWO half days off work for nothing and nobody told me.",
            "damaged_sofa_return_refused": "Sofa from order {ref} arrived with a ripped armrest and you're refusing the return because I 'signed for it'? Seriously?",
            "technician_no_show": "The technician for the wardrobe assembly ({ref}) never showed up. Waited 8 till 12. No call, no text, nothing.",
            "missing_screws": "Half the screws are missing for the bed {ref}, can't build it. We've been sleeping on the mattress on the floor for 3 days",
            "instalments_after_return": "Why am I still being charged instalments when the sofa {ref} was RETURNED a month ago??",
            "warranty_claim_ignored": "I paid for Moblia Care and my claim for the broken bed base ({ref}) has had no answer in 3 weeks. What is the warranty for?",
            "wrong_colour": "Ordered a pearl grey sofa, got a MUSTARD one. Order {ref}. Now what?",
        },
        "still": [
            "RE: order {ref} - still nothing, no fix",
            "Chasing again, order {ref}, STILL not sorted",
            "Me again about {ref}. The problem is still not resolved.",
        ],
        "third": "Third time contacting Moblia about {ref}. {comp} at least answer their customers. Starting to regret this.",
        "fourth": "Fourth contact about {ref}. Next stop is trading standards.",
        "passed": "Hi, we're sorry about this. Your request about order {ref} has been passed to the team, who will get back to you.",
        "fixed": "Hello, order {ref} is sorted: the fix is in place and we've added a goodwill credit. Our apologies.",
        "sorted": "All sorted now, thanks for fixing it",
        "slide": [
            "Delivery took a bit longer this time, oh well.",
            "Bit disappointed with the updates on my last order tbh",
            "Getting fed up now, three messages and no real answer",
            "Service has really gone downhill at Moblia, used to be so good",
            "Honestly UNACCEPTABLE. You're taking the mick",
            "I've had enough. Looking at {comp} from now on, done with you",
        ],
        "cancel": "Hello, please cancel my Moblia Care plan and my finance agreement, and close my customer account. Please confirm in writing.",
        "sarcasm": "Oh great, the bed arrived. Without the legs. Very minimalist 🙃",
        "grumpy": [
            "Website is slow again, can't see my orders",
            "Another promo email, unsubscribe me please",
            "delivery was meh as usual",
            "Why has the assembly fee gone up?",
        ],
        "sorry": "Sorry about my tone yesterday, it had been a long day.",
        "long_open": "Hello,\n\nI have been a customer for a few years and have always been happy, I even recommended Moblia to my sister and friends.\n\n",
        "long_close": "\n\nI hope to hear back soon with a proper solution.\n\nKind regards",
        "b2b_routine": [
            "Hi, could you send the quote for 40 meeting room chairs through the portal?",
            "Please update the delivery address for our Manchester office on the Pro account.",
        ],
        "b2b_answer": "Hi, done, you'll find the document in your Moblia Pro portal. Your account manager.",
        "b2b_problems": {
            "order_split_in_three": "Our hotel order {ref} (60 beds) arrived in THREE deliveries over two weeks, rooms were out of use. Not acceptable.",
            "wrong_vat": "Invoices {ref} show the wrong VAT rate, our accountant can't book them. Please reissue.",
            "portal_lost_quotes": "The trade portal has lost all our saved quotes, including {ref}. We have to redo everything.",
            "terms_not_60_days": "Invoice {ref} says 30 days payment but our contract is 60 days. We've already had a reminder!",
        },
        "b2b_third": "Still not corrected for {ref}. We have asked other suppliers for quotes, including {comp}.",
        "b2b_mild": "Small thing: our company name is cut off on the delivery note.",
        "spike": [
            "Just got a text saying my delivery slot is CANCELLED (error DLV-410) for this morning?? are the drivers coming or not",
            "DLV-410 error in the app, my delivery slot has vanished. What's going on?",
            "@Moblia my slot this morning shows cancelled with DLV-410, I've taken the day off!",
        ],
        "spike_again": "Still getting DLV-410, slot cancelled. Nobody picks up the phone.",
        "spike_fixed": "Hello, an incident this morning cancelled some delivery slots by mistake (DLV-410). Your slot is restored and your delivery fee refunded.",
    },
    "de": {
        "praise": [
            "Sofa pünktlich im Zeitfenster geliefert, sehr nette Fahrer, Verpackung mitgenommen. Danke Moblia!",
            "Bett super, der Monteur war schnell und sauber. Gerne wieder",
            "Bestellung {ref} einwandfrei angekommen, der Schrank ist toll",
        ],
        "gripe": ["Schöner Tisch, pünktlich. Nur die Anleitung ist eine Katastrophe 😅"],
        "question": [
            (
                "Hallo, ist Montage auch samstags möglich? Bestellung {ref}",
                "Hallo! Ja, unsere Monteure kommen auch samstags, den Termin wählen Sie im Kundenkonto.",
            ),
        ],
        "thanks": ["Danke, perfekt!", "passt, danke"],
        "night": [
            "kann nicht schlafen und schau mir Ecksofas bei Moblia an, das grüne Samtsofa 😍"
        ],
        "survey_word": ["passt", "", "alles gut"],
        "problems": {
            "slot_missed_twice": "Zum zweiten Mal wurde das Lieferfenster für Bestellung {ref} nicht eingehalten. ZWEI halbe Urlaubstage umsonst genommen.",
            "damaged_sofa_return_refused": "Das Sofa aus {ref} kam mit zerrissener Armlehne und Sie lehnen die Rücksendung ab?? Ernsthaft?",
            "technician_no_show": "Der Monteur für den Schrank ({ref}) ist nie gekommen. Von 8 bis 12 gewartet, kein Anruf.",
            "missing_screws": "Für das Bett {ref} fehlt die Hälfte der Schrauben, Aufbau unmöglich.",
            "instalments_after_return": "Warum werden immer noch Raten abgebucht, obwohl das Sofa {ref} vor einem Monat ZURÜCKGESCHICKT wurde?",
            "warranty_claim_ignored": "Ich habe Moblia Care bezahlt und meine Schadensmeldung ({ref}) ist seit 3 Wochen unbeantwortet.",
            "wrong_colour": "Perlgrau bestellt, SENFGELB bekommen. Bestellung {ref}. Und jetzt?",
        },
        "still": [
            "AW: Bestellung {ref} - IMMER NOCH keine Lösung",
            "Ich melde mich erneut wegen {ref}, weiterhin ungelöst",
        ],
        "third": "Zum dritten Mal wegen {ref}. Bei {comp} antwortet man wenigstens.",
        "fourth": "Vierter Kontakt wegen {ref}. Reicht langsam.",
        "passed": "Hallo, das tut uns leid. Ihre Anfrage zu {ref} wurde an das zuständige Team weitergeleitet.",
        "fixed": "Hallo, Bestellung {ref} ist erledigt, das Problem ist behoben und wir haben eine Gutschrift hinzugefügt.",
        "sorted": "Alles erledigt, danke!",
        "slide": [
            "Lieferung hat diesmal etwas länger gedauert, naja.",
            "Bin etwas enttäuscht von der Kommunikation zur letzten Bestellung",
            "Langsam nervt es, drei Nachrichten ohne echte Antwort",
            "Der Service bei Moblia ist deutlich schlechter geworden",
            "Wirklich UNMÖGLICH. So geht man nicht mit Kunden um",
            "Mir reicht's. Ich bestelle künftig bei {comp}",
        ],
        "cancel": "Hallo, bitte kündigen Sie Moblia Care und meinen Ratenkauf-Vertrag und schließen Sie mein Kundenkonto. Bitte schriftlich bestätigen.",
        "sarcasm": "Super, das Bett ist da. Ohne Füße. Sehr minimalistisch 🙃",
        "grumpy": ["Die Seite lädt schon wieder ewig", "Warum ist die Montagegebühr gestiegen?"],
        "sorry": "Sorry für den Ton gestern, war ein langer Tag.",
        "b2b_routine": [
            "Hallo, bitte senden Sie uns das Angebot für 40 Konferenzstühle über das Portal."
        ],
        "b2b_answer": "Hallo, erledigt, das Dokument liegt in Ihrem Moblia Pro Portal. Ihre Kundenbetreuung.",
        "b2b_problems": {
            "order_split_in_three": "Unsere Hotelbestellung {ref} kam in DREI Lieferungen über zwei Wochen. Zimmer blockiert. Nicht akzeptabel.",
            "wrong_vat": "Die Rechnungen {ref} haben den falschen MwSt-Satz, bitte neu ausstellen.",
            "portal_lost_quotes": "Das Händlerportal hat alle gespeicherten Angebote verloren, auch {ref}.",
            "terms_not_60_days": "Rechnung {ref} nennt 30 Tage Zahlungsziel, vereinbart sind 60 Tage. Schon eine Mahnung bekommen!",
        },
        "b2b_third": "Immer noch nicht korrigiert ({ref}). Wir holen jetzt Angebote von anderen Lieferanten ein, u.a. {comp}.",
        "b2b_mild": "Kleinigkeit: unser Firmenname ist auf dem Lieferschein abgeschnitten.",
        "spike": [
            "SMS bekommen: Lieferfenster STORNIERT (Fehler DLV-410) für heute früh?? Kommt die Lieferung oder nicht",
            "Fehler DLV-410 in der App, mein Liefertermin ist weg. Was ist los?",
        ],
        "spike_again": "Immer noch DLV-410, Termin storniert. Telefon nimmt keiner ab.",
        "spike_fixed": "Hallo, durch eine Störung wurden heute früh Liefertermine irrtümlich storniert (DLV-410). Ihr Termin ist wiederhergestellt, die Liefergebühr erstattet.",
    },
    "es": {
        "praise": [
            "Sofa entregado en la franja, los repartidores majisimos y se llevaron los cartones. Gracias Moblia!",
            "muy contenta con la cama, el tecnico la monto en nada jaja",
            "Pedido {ref} llego perfecto, el armario es precioso",
        ],
        "gripe": [
            "Mesa preciosa y puntual, solo que las instrucciones no hay quien las entienda xd"
        ],
        "question": [
            (
                "Hola, se puede pedir el montaje un sabado? pedido {ref}",
                "Hola! Si, los tecnicos tambien trabajan los sabados, elige la franja en tu cuenta.",
            ),
        ],
        "thanks": ["Genial, gracias!", "perfecto gracias"],
        "night": ["son las 3 y estoy mirando sofas en Moblia, el de terciopelo verde me encanta"],
        "survey_word": ["nada", "", "todo bien"],
        "problems": {
            "slot_missed_twice": "Segunda vez que no respetan la franja de entrega del pedido {ref}. He pedido DOS medias jornadas libres para nada.",
            "damaged_sofa_return_refused": "El sofa del pedido {ref} llego con el brazo roto y me rechazan la devolucion?? En serio?",
            "technician_no_show": "El tecnico para montar el armario ({ref}) no vino. Esperando de 8 a 12, ni una llamada.",
            "missing_screws": "Faltan la mitad de los tornillos de la cama {ref}, no se puede montar",
            "instalments_after_return": "Por que me siguen cobrando las cuotas si el sofa {ref} se DEVOLVIO hace un mes?",
            "warranty_claim_ignored": "Pague Moblia Care y mi reclamacion ({ref}) lleva 3 semanas sin respuesta. Para que sirve la garantia?",
            "wrong_colour": "Pedi un sofa gris perla y me llega MOSTAZA. Pedido {ref}. Y ahora que?",
        },
        "still": [
            "RE: pedido {ref} - SIGO SIN RESPUESTA",
            "Vuelvo a escribir por {ref}, sigue sin resolver",
        ],
        "third": "Tercera vez que contacto por {ref}. En {comp} por lo menos contestan.",
        "fourth": "Cuarto contacto por {ref}. Esto es de risa.",
        "passed": "Hola, lo sentimos. Tu solicitud sobre el pedido {ref} se ha pasado al equipo correspondiente.",
        "fixed": "Hola, el pedido {ref} esta solucionado y te hemos añadido un abono. Disculpa las molestias.",
        "sorted": "Ya esta resuelto, gracias",
        "slide": [
            "La entrega tardo un poco esta vez, bueno.",
            "Un poco decepcionada con el seguimiento del ultimo pedido",
            "Ya me estoy cansando, tres mensajes sin respuesta de verdad",
            "El servicio de Moblia ha empeorado mucho",
            "VERGONZOSO de verdad. Nos toman el pelo",
            "Estoy harta. A partir de ahora compro en {comp}",
        ],
        "cancel": "Hola, quiero dar de baja Moblia Care y mi plan de financiacion y cerrar mi cuenta. Confirmen por escrito por favor.",
        "sarcasm": "Genial, llego la cama. Sin patas. Muy minimalista 🙃",
        "grumpy": ["La web va lentisima otra vez", "Por que ha subido el precio del montaje?"],
        "sorry": "Perdon por el tono de ayer, fue un dia largo.",
        "long_open": "Hola,\n\nSoy clienta desde hace años y siempre he estado contenta, incluso os he recomendado a mi familia.\n\n",
        "long_close": "\n\nEspero una respuesta pronto y una solucion de verdad.\n\nUn saludo",
        "b2b_routine": [
            "Hola, nos podeis enviar el presupuesto de 40 sillas de reunion por el portal?"
        ],
        "b2b_answer": "Hola, hecho, tenéis el documento en el portal Moblia Pro. Vuestra gestora de cuenta.",
        "b2b_problems": {
            "order_split_in_three": "El pedido del hotel {ref} llego en TRES entregas en dos semanas, habitaciones bloqueadas. Inaceptable.",
            "wrong_vat": "Las facturas {ref} tienen el IVA mal, nuestra gestoria no las puede contabilizar.",
            "portal_lost_quotes": "El portal profesional ha perdido todos los presupuestos guardados, incluido {ref}.",
            "terms_not_60_days": "La factura {ref} pone pago a 30 dias y el contrato dice 60. Ya nos ha llegado un recordatorio!",
        },
        "b2b_third": "Sigue sin corregir ({ref}). Hemos pedido presupuestos a otros proveedores, entre ellos {comp}.",
        "b2b_mild": "Detalle: el nombre de la empresa sale cortado en el albaran.",
        "spike": [
            "Me acaba de llegar un SMS de franja de entrega CANCELADA (error DLV-410) para esta mañana?? vienen o no",
            "Error DLV-410 en la app, mi franja de entrega ha desaparecido. Que pasa?",
        ],
        "spike_again": "Sigue saliendo DLV-410, franja cancelada. Nadie coge el telefono.",
        "spike_fixed": "Hola, una incidencia cancelo por error franjas de entrega esta mañana (DLV-410). Tu franja esta restablecida y te devolvemos los gastos de envio.",
    },
    "it": {
        "praise": [
            "Divano consegnato nella fascia oraria, corrieri gentilissimi. Grazie Moblia!",
            "contentissima del letto, il tecnico l'ha montato in un attimo",
            "Ordine {ref} arrivato perfetto, l'armadio è bellissimo",
        ],
        "gripe": ["Tavolo stupendo e puntuale, solo le istruzioni sono incomprensibili ahah"],
        "question": [
            (
                "Ciao, il montaggio si puo fare di sabato? ordine {ref}",
                "Ciao! Si, i tecnici lavorano anche il sabato, scegli la fascia nel tuo account.",
            ),
        ],
        "thanks": ["Perfetto, grazie!", "ok grazie mille"],
        "night": ["sono le 3 e guardo divani su Moblia, quello in velluto verde 😍"],
        "survey_word": ["niente", "", "tutto ok"],
        "problems": {
            "slot_missed_twice": "Seconda volta che non rispettate la fascia di consegna per l'ordine {ref}. DUE mezze giornate di ferie buttate.",
            "damaged_sofa_return_refused": "Il divano dell'ordine {ref} è arrivato col bracciolo strappato e rifiutate il reso?? Davvero?",
            "technician_no_show": "Il tecnico per il montaggio dell'armadio ({ref}) non si è presentato. Aspettato dalle 8 alle 12.",
            "missing_screws": "Mancano metà delle viti del letto {ref}, impossibile montarlo",
            "instalments_after_return": "Perché mi addebitate ancora le rate se il divano {ref} è stato RESO un mese fa?",
            "warranty_claim_ignored": "Ho pagato Moblia Care e la mia richiesta ({ref}) è senza risposta da 3 settimane.",
            "wrong_colour": "Ordinato divano grigio perla, arrivato SENAPE. Ordine {ref}. E adesso?",
        },
        "still": ["R: ordine {ref} - ANCORA niente", "Vi riscrivo per {ref}, ancora non risolto"],
        "third": "Terza volta che vi contatto per {ref}. Da {comp} almeno rispondono.",
        "fourth": "Quarto contatto per {ref}. Basta.",
        "passed": "Ciao, ci dispiace. La tua richiesta sull'ordine {ref} è stata passata al team competente.",
        "fixed": "Ciao, l'ordine {ref} è sistemato e ti abbiamo aggiunto un buono. Scusa per il disagio.",
        "sorted": "Tutto risolto, grazie",
        "slide": [
            "La consegna stavolta ci ha messo un po', vabbè.",
            "Un po' delusa dagli aggiornamenti sull'ultimo ordine",
            "Comincio a stufarmi, tre messaggi senza una vera risposta",
            "Il servizio di Moblia è peggiorato tantissimo",
            "VERGOGNOSO davvero. Ci prendete in giro",
            "Basta. D'ora in poi compro da {comp}",
        ],
        "cancel": "Buongiorno, vorrei disdire Moblia Care e il finanziamento e chiudere il mio account. Confermate per iscritto per favore.",
        "sarcasm": "Fantastico, è arrivato il letto. Senza piedi. Molto minimal 🙃",
        "grumpy": ["Il sito è lentissimo di nuovo", "Perché è aumentato il costo del montaggio?"],
        "sorry": "Scusate il tono di ieri, giornata lunga.",
        "long_open": "Buongiorno,\n\nSono cliente da anni e sono sempre stata soddisfatta, vi ho consigliato anche ai miei colleghi.\n\n",
        "long_close": "\n\nSpero in una risposta veloce e in una soluzione vera.\n\nCordiali saluti",
        "b2b_routine": [
            "Buongiorno, potete inviarci il preventivo per 40 sedie da riunione tramite il portale?"
        ],
        "b2b_answer": "Buongiorno, fatto, trovate il documento nel portale Moblia Pro. La vostra account manager.",
        "b2b_problems": {
            "order_split_in_three": "L'ordine dell'hotel {ref} è arrivato in TRE consegne in due settimane, camere bloccate.",
            "wrong_vat": "Le fatture {ref} hanno l'IVA sbagliata, il commercialista non può registrarle.",
            "portal_lost_quotes": "Il portale pro ha perso tutti i preventivi salvati, compreso {ref}.",
            "terms_not_60_days": "La fattura {ref} indica pagamento a 30 giorni ma il contratto dice 60. Già arrivato un sollecito!",
        },
        "b2b_third": "Ancora non corretto ({ref}). Abbiamo chiesto preventivi ad altri fornitori, tra cui {comp}.",
        "b2b_mild": "Dettaglio: il nome dell'azienda è tagliato sulla bolla di consegna.",
        "spike": [
            "Mi è appena arrivato un SMS di fascia di consegna ANNULLATA (errore DLV-410) per stamattina?? vengono o no",
            "Errore DLV-410 nell'app, la mia fascia di consegna è sparita. Che succede?",
        ],
        "spike_again": "Ancora DLV-410, fascia annullata. Al telefono non risponde nessuno.",
        "spike_fixed": "Buongiorno, un guasto stamattina ha annullato per errore alcune fasce di consegna (DLV-410). La tua fascia è ripristinata e le spese di consegna rimborsate.",
    },
    "pt": {
        "praise": [
            "Sofa entregue dentro do horario, estafetas muito simpaticos. Obg Moblia!",
            "adorei a cama, o tecnico montou num instante",
            "Encomenda {ref} chegou perfeita, o roupeiro é lindo",
        ],
        "gripe": ["Mesa linda e pontual, so as instrucoes sao impossiveis kkk"],
        "question": [
            (
                "Ola, da para marcar a montagem ao sabado? encomenda {ref}",
                "Ola! Sim, os tecnicos tambem trabalham ao sabado, escolha o horario na sua conta.",
            ),
        ],
        "thanks": ["Perfeito, obrigada!", "obg"],
        "night": ["3 da manha a ver sofas na Moblia, o de veludo verde 😍"],
        "survey_word": ["nada", "", "tudo bem"],
        "problems": {
            "slot_missed_twice": "Segunda vez que falham o horario de entrega da encomenda {ref}. DUAS meias folgas para nada.",
            "damaged_sofa_return_refused": "O sofa da encomenda {ref} chegou com o braço rasgado e recusam a devolucao?? A serio?",
            "technician_no_show": "O tecnico para montar o roupeiro ({ref}) nunca apareceu. Esperei das 8 as 12.",
            "missing_screws": "Faltam metade dos parafusos da cama {ref}, impossivel montar",
            "instalments_after_return": "Porque continuo a pagar prestacoes se o sofa {ref} foi DEVOLVIDO ha um mes?",
            "warranty_claim_ignored": "Paguei Moblia Care e o meu pedido de garantia ({ref}) esta sem resposta ha 3 semanas.",
            "wrong_colour": "Encomendei sofa cinza perola, chegou MOSTARDA. Encomenda {ref}. E agora?",
        },
        "still": [
            "RES: encomenda {ref} - AINDA nada",
            "Volto a escrever por causa de {ref}, continua por resolver",
        ],
        "third": "Terceira vez que contacto por {ref}. Na {comp} pelo menos respondem.",
        "fourth": "Quarto contacto por {ref}. Chega.",
        "passed": "Ola, lamentamos. O seu pedido sobre a encomenda {ref} foi passado a equipa responsavel.",
        "fixed": "Ola, a encomenda {ref} esta resolvida e acrescentamos um credito. Pedimos desculpa.",
        "sorted": "Ja esta resolvido, obrigada",
        "slide": [
            "A entrega demorou um pouco desta vez, enfim.",
            "Um pouco desiludida com o acompanhamento da ultima encomenda",
            "Ja estou a ficar farta, tres mensagens sem resposta a serio",
            "O servico da Moblia piorou muito",
            "VERGONHOSO mesmo. Estao a gozar connosco",
            "Chega. A partir de agora compro na {comp}",
        ],
        "cancel": "Ola, quero cancelar o Moblia Care e o plano de financiamento e fechar a minha conta. Confirmem por escrito por favor.",
        "sarcasm": "Otimo, chegou a cama. Sem pés. Muito minimalista 🙃",
        "grumpy": ["O site esta lentissimo outra vez", "Porque subiu o preco da montagem?"],
        "sorry": "Desculpem o tom de ontem, foi um dia longo.",
        "b2b_routine": ["Ola, podem enviar o orcamento de 40 cadeiras de reuniao pelo portal?"],
        "b2b_answer": "Ola, feito, o documento esta no portal Moblia Pro. A sua gestora de conta.",
        "b2b_problems": {
            "order_split_in_three": "A encomenda do hotel {ref} chegou em TRES entregas em duas semanas, quartos bloqueados.",
            "wrong_vat": "As faturas {ref} tem o IVA errado, o contabilista nao as consegue lancar.",
            "portal_lost_quotes": "O portal profissional perdeu todos os orcamentos guardados, incluindo {ref}.",
            "terms_not_60_days": "A fatura {ref} diz pagamento a 30 dias mas o contrato diz 60. Ja recebemos um lembrete!",
        },
        "b2b_third": "Continua por corrigir ({ref}). Pedimos orcamentos a outros fornecedores, incluindo {comp}.",
        "b2b_mild": "Pormenor: o nome da empresa aparece cortado na guia de remessa.",
        "spike": [
            "Recebi agora um SMS de horario de entrega CANCELADO (erro DLV-410) para esta manha?? vem ou nao",
            "Erro DLV-410 na app, o meu horario de entrega desapareceu. O que se passa?",
        ],
        "spike_again": "Continua o DLV-410, horario cancelado. Ninguem atende o telefone.",
        "spike_fixed": "Ola, uma falha esta manha cancelou por engano alguns horarios de entrega (DLV-410). O seu horario foi reposto e os portes devolvidos.",
    },
}

#: Purchases: (item, price in euros or pounds) for consumers and for Moblia Pro.
PURCHASES = (
    ("Canapé d'angle Nuvola", "1299.00"),
    ("Lit Oslo 160x200", "649.00"),
    ("Armoire Linea 3 portes", "899.00"),
    ("Moblia Care 5 ans", "149.00"),
    ("Table Oslo chêne", "549.00"),
    ("Matelas Calma", "399.00"),
    ("Lampe Arco", "89.90"),
)
B2B_PURCHASES = (
    ("60 lits hôtel Oslo", "28740.00"),
    ("40 chaises de réunion", "5960.00"),
    ("12 canapés lobby", "15480.00"),
)
PAGES = (
    "/canapes/nuvola",
    "/lits/oslo",
    "/armoires/linea",
    "/moblia-care",
    "/financement",
    "/pro/devis",
)
