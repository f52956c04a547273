"""Wording of heldout170 (Stellavo: telescope hire and stargazing nights), by language."""

from __future__ import annotations

BRAND = "Stellavo"
RIVALS = ("Orbisco", "Lunetta")
LANGS = ("fr", "it", "en", "de", "pt", "es")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKET = {"fr": "FR", "it": "IT", "en": "UK", "de": "DE", "pt": "PT", "es": "ES"}
CURRENCY = {"en": "GBP"}
PRODUCTS = ("Dobson 200", "GoTo 127", "binoculars 10x50", "star night ticket", "solar scope")
FIRST = {
    "fr": ("Camille", "Julien", "Margaux", "Luc", "Inès", "Thibault"),
    "it": ("Giulia", "Marco", "Chiara", "Davide", "Elena", "Paolo"),
    "en": ("Oliver", "Hannah", "George", "Maisie"),
    "de": ("Lukas", "Anja", "Jonas", "Birgit"),
    "pt": ("Tiago", "Inês", "Rui", "Marta"),
    "es": ("Lucía", "Javier", "Nerea", "Pablo"),
}
LAST = {
    "fr": ("Martin", "Lefèvre", "Moreau", "Garnier"),
    "it": ("Rossi", "Bianchi", "Ferraro", "Galli"),
    "en": ("Hughes", "Carter"),
    "de": ("Becker", "Krüger"),
    "pt": ("Sousa", "Ferreira"),
    "es": ("García", "Morales"),
}
PRAISE = {
    "fr": (
        "Soirée étoiles au top, Saturne en direct les enfants n'en revenaient pas",
        "Le Dobson loué est arrivé nickel, collimaté, merci Stellavo",
        "encore une super nuit avec l'animateur, troisième fois et toujours aussi bien",
    ),
    "it": (
        "Serata sotto le stelle bellissima, la guida spiegava benissimo",
        "Telescopio arrivato perfetto, visto Giove e le lune, grazie Stellavo",
        "ancora una volta tutto perfetto, terza serata e non delude mai",
    ),
    "en": ("Brilliant star night, the guide was great with the kids",),
    "de": ("Tolle Sternennacht, der Guide hat alles super erklärt",),
    "pt": ("Noite das estrelas fantástica, o guia foi impecável",),
    "es": ("Noche de estrellas genial, el guía lo explicó todo muy bien",),
}
GRIPE = {
    "fr": ("Super location, juste la housse du trépied un peu abîmée",),
    "it": ("Tutto bene, solo il cercatore era un po' storto, ma poi ok",),
    "en": ("Lovely scope, only the eyepiece case was missing a clip",),
    "de": ("Alles prima, nur die Tasche vom Stativ war etwas kaputt",),
    "pt": ("Tudo ótimo, só a bolsa do tripé veio um pouco rasgada",),
    "es": ("Todo muy bien, solo la funda del trípode venía algo rota",),
}
QUESTION = {
    "fr": (
        "Bonjour, on peut prolonger la location du Dobson d'un week-end ?",
        "la soirée de samedi est maintenue s'il y a des nuages ?",
    ),
    "it": (
        "Ciao, posso tenere il telescopio un giorno in più?",
        "la serata di sabato si fa anche se è nuvoloso?",
    ),
    "en": ("Hi, can I keep the scope one more night?",),
    "de": ("Hallo, kann ich das Teleskop einen Tag länger behalten?",),
    "pt": ("Olá, posso ficar com o telescópio mais um dia?",),
    "es": ("Hola, ¿puedo quedarme el telescopio un día más?",),
}
ANSWER = {
    "fr": "Bonjour, oui c'est fait, bonne observation ! Clémence, Stellavo",
    "it": "Ciao, certo, è tutto sistemato. Buona osservazione! Sara, Stellavo",
    "en": "Hi, yes, that's sorted for you. Clear skies! Tom, Stellavo",
    "de": "Hallo, ja, ist erledigt. Klaren Himmel! Nina, Stellavo",
    "pt": "Olá, sim, já está tratado. Bons céus! Ana, Stellavo",
    "es": "Hola, sí, ya está hecho. ¡Cielos despejados! Marta, Stellavo",
}
THANKS = {
    "fr": ("merci c'est top 👍", "nickel merci !"),
    "it": ("grazie mille, gentilissimi", "top grazie!!"),
    "en": ("cheers mate, legend",),
    "de": ("danke, super!",),
    "pt": ("valeu, obrigado!",),
    "es": ("gracias, sois unos cracks",),
}
CALL_HAPPY = {
    "fr": "oui bonjour je voulais juste savoir si on peut venir avec un chien à la soirée étoiles",
    "it": "sì buongiorno volevo sapere se alla serata si può portare il cane",
    "en": "hi yeah just wondering if we can bring the dog to the star night",
    "de": "ja hallo ich wollte fragen ob man den hund zur sternennacht mitbringen darf",
    "pt": "olá queria saber se posso levar o cão à noite das estrelas",
    "es": "hola quería saber si se puede llevar al perro a la noche de estrellas",
}
NIGHT = {
    "fr": "3h du mat, Andromède à l'oeil nu dans le Dobson, merci Stellavo ✨",
    "it": "sono le 2, Orione stupenda col telescopio noleggiato ✨",
    "en": "2am and the Orion nebula is stunning through the hired scope ✨",
    "de": "3 Uhr nachts, Orionnebel im Mietteleskop, traumhaft ✨",
    "pt": "3 da manhã e a nebulosa de Orion está linda ✨",
    "es": "las 3 y la nebulosa de Orión se ve preciosa ✨",
}
NIGHT_Q = {
    "fr": "question bête il est 1h : le chercheur se règle comment ?",
    "it": "domanda veloce, è l'una: come si allinea il cercatore?",
    "en": "quick one at 1am, how do I align the finder?",
    "de": "kurze Frage um 1 Uhr: wie justiere ich den Sucher?",
    "pt": "pergunta rápida à 1h: como alinho o buscador?",
    "es": "pregunta rápida a la 1: ¿cómo alineo el buscador?",
}
JOKE = {
    "fr": "mon fils veut maintenant devenir astronaute, merci du cadeau 😂",
    "it": "ora mia figlia vuole fare l'astronauta, grazie tante 😂",
    "en": "my kid now wants to move to Mars, thanks a lot 😂",
    "de": "mein Sohn will jetzt zum Mars, danke auch 😂",
    "pt": "agora o meu filho quer ir para Marte, obrigadinho 😂",
    "es": "ahora mi hija quiere ir a Marte, gracias 😂",
}
PROBLEM = {
    "no_show": {
        "fr": "Le télescope est marqué livré mais je n'ai rien reçu, dossier %s",
        "it": "Il telescopio risulta consegnato ma non è mai arrivato, pratica %s",
        "en": "The scope shows as delivered but never came, case %s",
        "de": "Das Teleskop gilt als geliefert, kam aber nie an, Fall %s",
        "pt": "O telescópio aparece entregue mas nunca chegou, processo %s",
        "es": "El telescopio figura entregado pero nunca llegó, caso %s",
    },
    "double_charge": {
        "fr": "La caution a été prélevée DEUX fois, dossier %s",
        "it": "La cauzione mi è stata addebitata DUE volte, pratica %s",
        "en": "The deposit was taken TWICE, case %s",
        "de": "Die Kaution wurde ZWEIMAL abgebucht, Fall %s",
        "pt": "A caução foi cobrada DUAS vezes, processo %s",
        "es": "Me cobraron la fianza DOS veces, caso %s",
    },
    "damage": {
        "fr": "Le miroir du Dobson est arrivé fêlé, impossible d'observer, dossier %s",
        "it": "Lo specchio del Dobson è arrivato crepato, pratica %s",
        "en": "The Dobson mirror arrived cracked, case %s",
        "de": "Der Spiegel des Dobson kam gesprungen an, Fall %s",
        "pt": "O espelho do Dobson chegou rachado, processo %s",
        "es": "El espejo del Dobson llegó rajado, caso %s",
    },
    "refund": {
        "fr": "Télescope rendu il y a 10 jours et la caution n'est pas remboursée, dossier %s",
        "it": "Telescopio restituito da 10 giorni e la cauzione non è tornata, pratica %s",
        "en": "Scope returned 10 days ago, deposit still not released, case %s",
        "de": "Teleskop vor 10 Tagen zurück, Kaution nicht erstattet, Fall %s",
        "pt": "Devolvi o telescópio há 10 dias e a caução não voltou, processo %s",
        "es": "Devolví el telescopio hace 10 días y no me devuelven la fianza, caso %s",
    },
}
STILL = {
    "fr": "Toujours rien pour le dossier %s. C'est la %s fois que j'écris !",
    "it": "Ancora niente per la pratica %s. È la %s volta che scrivo!",
    "en": "Still nothing on case %s. This is the %s time I'm writing!",
    "de": "Immer noch nichts zu Fall %s. Das ist mein %s Versuch!",
    "pt": "Ainda nada no processo %s. É a %s vez que escrevo!",
    "es": "Sigue sin resolverse el caso %s. ¡Es la %s vez que escribo!",
}
NTH = {
    "fr": ("deuxième", "troisième", "quatrième"),
    "it": ("seconda", "terza", "quarta"),
    "en": ("second", "third", "fourth"),
    "de": ("zweiter", "dritter", "vierter"),
    "pt": ("segunda", "terceira", "quarta"),
    "es": ("segunda", "tercera", "cuarta"),
}
RIVAL_LINE = {
    "fr": " Un collègue loue chez %s, je regarde leurs prix.",
    "it": " Un collega noleggia da %s, sto guardando i loro prezzi.",
    "en": " A colleague hires from %s, looking at their prices.",
    "de": " Ein Kollege mietet bei %s, ich schaue mir deren Preise an.",
    "pt": " Um colega aluga na %s, estou a ver os preços deles.",
    "es": " Un compañero alquila en %s, estoy mirando sus precios.",
}
CASE_OPENED = {
    "fr": "Bonjour, désolés ! Dossier %s ouvert, on revient vers vous. Clémence, Stellavo",
    "it": "Ciao, ci scusi! Pratica %s aperta, la ricontattiamo. Sara, Stellavo",
    "en": "Hi, so sorry! Case %s opened, we'll be back to you. Tom, Stellavo",
    "de": "Hallo, Entschuldigung! Fall %s eröffnet, wir melden uns. Nina, Stellavo",
    "pt": "Olá, lamentamos! Processo %s aberto, voltamos a contactar. Ana, Stellavo",
    "es": "Hola, ¡lo sentimos! Caso %s abierto, le contactamos. Marta, Stellavo",
}
FIXED = {
    "fr": "Bonne nouvelle, le dossier %s est réglé. Pouvez-vous confirmer ? Clémence, Stellavo",
    "it": "Buone notizie, la pratica %s è risolta. Può confermare? Sara, Stellavo",
    "en": "Good news, case %s is sorted. Could you confirm? Tom, Stellavo",
    "de": "Gute Nachricht, Fall %s ist gelöst. Können Sie bestätigen? Nina, Stellavo",
    "pt": "Boa notícia, o processo %s está resolvido. Pode confirmar? Ana, Stellavo",
    "es": "Buenas noticias, el caso %s está resuelto. ¿Puede confirmar? Marta, Stellavo",
}
CONFIRM = {
    "fr": "Confirmé pour le dossier %s, tout est bon, merci !",
    "it": "Confermo per la pratica %s, tutto a posto, grazie!",
    "en": "Confirmed for case %s, all good now, thanks!",
    "de": "Fall %s bestätigt, alles gut, danke!",
    "pt": "Confirmo o processo %s, está tudo bem, obrigado!",
    "es": "Confirmo el caso %s, todo bien, ¡gracias!",
}
BAD_DAY = {
    "fr": "Soirée étoiles ANNULÉE une heure avant sans explication, enfants en larmes. Nul.",
    "it": "Serata ANNULLATA un'ora prima senza spiegazioni, bambini in lacrime. Pessimo.",
    "en": "Star night CANCELLED an hour before with no reason, kids in tears. Awful.",
    "de": "Sternennacht eine Stunde vorher ABGESAGT, ohne Grund. Furchtbar.",
    "pt": "Noite das estrelas CANCELADA uma hora antes sem explicação. Péssimo.",
    "es": "Noche de estrellas CANCELADA una hora antes sin explicación. Fatal.",
}
APOLOGY = {
    "fr": "désolé pour mon message d'hier, j'étais énervé, l'équipe m'a bien répondu",
    "it": "scusate per ieri, ero arrabbiato, mi avete risposto bene",
    "en": "sorry about yesterday's rant, your team sorted me out",
    "de": "sorry wegen gestern, war sauer, ihr habt gut reagiert",
    "pt": "desculpem a mensagem de ontem, estava irritado",
    "es": "perdón por lo de ayer, estaba enfadado, me atendisteis bien",
}
SARCASM = {
    "fr": "Génial, encore le mauvais oculaire dans la boîte, bravo 🙃",
    "it": "Fantastico, di nuovo l'oculare sbagliato nella scatola, complimenti 🙃",
    "en": "Great, the wrong eyepiece in the box again, well done 🙃",
    "de": "Super, wieder das falsche Okular im Koffer, bravo 🙃",
    "pt": "Ótimo, outra vez a ocular errada na caixa, parabéns 🙃",
    "es": "Genial, otra vez el ocular equivocado en la caja, bravo 🙃",
}
GRUMBLE = {
    "fr": "l'appli est lente à charger le planning des soirées",
    "it": "l'app è lenta a caricare il calendario delle serate",
    "en": "the app is slow to load the star night calendar",
    "de": "die App lädt den Kalender der Sternennächte langsam",
    "pt": "a app está lenta a carregar o calendário",
    "es": "la app tarda en cargar el calendario de noches",
}
SLIDE = {
    "fr": (
        "le trépied livré était un peu instable",
        "Livraison en retard cette fois, dommage",
        "Encore un oculaire manquant. Ça devient pénible",
        "Le service baisse vraiment, je suis déçue",
        "Franchement plus comme avant, plus cher et moins soigné",
        "Mon beau-frère loue chez %s maintenant, samedi je teste chez eux",
    ),
    "it": (
        "il treppiede consegnato era un po' instabile",
        "Consegna in ritardo stavolta, peccato",
        "Di nuovo un oculare mancante. Comincia a stancare",
        "Il servizio sta peggiorando, sono delusa",
        "Non è più come prima, più caro e meno curato",
        "Mio cognato noleggia da %s ora, sabato provo da loro",
    ),
    "en": (
        "the tripod was a bit wobbly",
        "Late delivery this time, shame",
        "Another missing eyepiece. Getting tiresome",
        "Service is really slipping",
        "Not like it used to be, dearer and sloppier",
        "My brother-in-law hires from %s now, trying them Saturday",
    ),
    "de": (
        "das Stativ wackelte etwas",
        "Diesmal zu spät geliefert, schade",
        "Wieder ein Okular weniger. Nervt langsam",
        "Der Service lässt echt nach",
        "Nicht mehr wie früher, teurer und schlampiger",
        "Mein Schwager mietet jetzt bei %s, Samstag teste ich die",
    ),
    "pt": (
        "o tripé veio um pouco instável",
        "Entrega atrasada desta vez",
        "Outra ocular em falta. Já cansa",
        "O serviço está a piorar",
        "Já não é o que era, mais caro e pior",
        "O meu cunhado aluga na %s, sábado experimento lá",
    ),
    "es": (
        "el trípode venía algo inestable",
        "Entrega con retraso esta vez",
        "Otra vez falta un ocular. Ya cansa",
        "El servicio va a peor",
        "Ya no es lo que era, más caro y peor",
        "Mi cuñado alquila en %s, el sábado pruebo con ellos",
    ),
}
CANCEL = {
    "fr": "Je souhaite résilier Stellavo Plus et fermer mon compte, merci.",
    "it": "Vorrei disdire Stellavo Plus e chiudere il mio account.",
    "en": "Please cancel my Stellavo Plus and close my account.",
    "de": "Bitte kündigen Sie Stellavo Plus und schließen Sie mein Konto.",
    "pt": "Quero cancelar o Stellavo Plus e fechar a minha conta.",
    "es": "Quiero darme de baja de Stellavo Plus y cerrar mi cuenta.",
}
SORRY_GO = {
    "fr": "C'est fait, désolés de vous voir partir. Clémence, Stellavo",
    "it": "Fatto, ci dispiace vederla andare via. Sara, Stellavo",
    "en": "Done, sorry to see you go. Tom, Stellavo",
    "de": "Erledigt, schade dass Sie gehen. Nina, Stellavo",
    "pt": "Feito, lamentamos vê-lo partir. Ana, Stellavo",
    "es": "Hecho, sentimos que se vaya. Marta, Stellavo",
}
LETTER = {
    "fr": (
        "Madame, Monsieur,\n\nJe suis client depuis trois ans et j'ai toujours été content."
        " Mais cette fois : %s. Je compte sur vous.\n\nCordialement"
    ),
    "it": (
        "Gentili signori,\n\nsono cliente da tre anni e sono sempre stato contento."
        " Ma questa volta: %s. Conto su di voi.\n\nCordiali saluti"
    ),
    "en": "Dear Stellavo,\n\nThree years a member, always happy. But now: %s.\n\nRegards",
    "de": "Sehr geehrte Damen und Herren,\n\ndrei Jahre Kunde. Aber jetzt: %s.\n\nMfG",
    "pt": "Caros senhores,\n\nsou cliente há três anos. Mas agora: %s.\n\nCumprimentos",
    "es": "Estimados señores:\n\nsoy cliente desde hace tres años. Pero ahora: %s.\n\nSaludos",
}
B2B = {
    "invoice": {
        "fr": "Facture %s encore sans numéro de bon de commande, notre compta la rejette",
        "it": "Fattura %s ancora senza numero d'ordine, la contabilità la rifiuta",
        "en": "Invoice %s again has no PO number, accounts reject it",
        "de": "Rechnung %s wieder ohne Bestellnummer, Buchhaltung lehnt ab",
        "pt": "Fatura %s outra vez sem número de encomenda",
        "es": "Factura %s otra vez sin número de pedido",
    },
    "portal": {
        "fr": "Le portail n'affiche aucune location en cours (%s), impossible de gérer",
        "it": "Il portale non mostra i noleggi aperti (%s), impossibile gestire",
        "en": "The portal shows no open hires (%s), can't manage anything",
        "de": "Das Portal zeigt keine offenen Mieten (%s)",
        "pt": "O portal não mostra alugueres abertos (%s)",
        "es": "El portal no muestra alquileres abiertos (%s)",
    },
}
B2B_STILL = {
    "fr": "dossier %s toujours pas réglé, le directeur parle de passer chez %s",
    "it": "pratica %s ancora aperta, il direttore parla di passare a %s",
    "en": "case %s still not fixed, my boss talks of moving to %s",
    "de": "Fall %s immer noch offen, der Chef spricht von %s",
    "pt": "processo %s ainda aberto, o chefe fala em mudar para a %s",
    "es": "caso %s sigue abierto, el jefe habla de pasarnos a %s",
}
B2B_MILD = {
    "fr": "Suggestion : exporter les locations par code projet dans le portail",
    "it": "Suggerimento: esportare i noleggi per codice progetto nel portale",
    "en": "Suggestion: export hires by project code in the portal",
    "de": "Vorschlag: Mieten nach Projektcode exportieren",
    "pt": "Sugestão: exportar alugueres por código de projeto",
    "es": "Sugerencia: exportar alquileres por código de proyecto",
}
SPIKE = {
    "fr": (
        "la monture GoTo reste bloquée sur mise à jour 0%% après l'appli, erreur %s",
        "Le télescope loué ne bouge plus du tout depuis la mise à jour de l'appli !!",
        "allo oui la monture affiche erreur %s et tourne plus du tout",
    ),
    "it": (
        "la montatura GoTo è ferma su aggiornamento 0%% dopo l'app, errore %s",
        "Il telescopio noleggiato non si muove più dopo l'aggiornamento dell'app!!",
        "pronto sì la montatura dice errore %s e non gira più",
    ),
    "en": (
        "GoTo mount stuck on updating 0%% after the app update, error %s",
        "hired scope won't move at all since the app update",
    ),
    "de": ("GoTo-Montierung hängt bei Update 0%%, Fehler %s",),
    "pt": ("a montagem GoTo ficou presa na atualização 0%%, erro %s",),
    "es": (
        "la montura GoTo se queda en actualizando 0%%, error %s",
        "Desde la actualización de la app la montura no se mueve NADA",
    ),
}
SPIKE_AGAIN = {
    "fr": "toujours %s, même après avoir redémarré la monture",
    "it": "ancora %s, anche dopo aver riavviato la montatura",
    "en": "still %s even after restarting the mount",
    "de": "immer noch %s, auch nach Neustart",
    "pt": "ainda %s mesmo depois de reiniciar",
    "es": "sigue %s incluso tras reiniciar la montura",
}
SPIKE_CHAT = {
    "fr": "Oui, les montures GoTo sont touchées en ce moment, nos équipes sont dessus.",
    "it": "Sì, le montature GoTo hanno un problema ora, ci stiamo lavorando.",
    "en": "Yes, GoTo mounts are affected right now, our engineers are on it.",
    "de": "Ja, GoTo-Montierungen sind gerade betroffen, wir arbeiten daran.",
    "pt": "Sim, as montagens GoTo estão afetadas, estamos a tratar.",
    "es": "Sí, las monturas GoTo están afectadas, lo estamos resolviendo.",
}
SPIKE_FIXED = {
    "fr": "Les montures GoTo refonctionnent depuis 13h10, la location du jour est offerte.",
    "it": "Le montature GoTo funzionano di nuovo dalle 13:10, il noleggio di oggi è gratis.",
    "en": "GoTo mounts work again since 12:10, today's hire is on us, £9 credit added.",
    "de": "GoTo-Montierungen laufen wieder seit 13:10, die heutige Miete geht auf uns.",
    "pt": "As montagens GoTo funcionam de novo desde as 12:10, o aluguer de hoje é oferta.",
    "es": "Las monturas GoTo funcionan de nuevo desde las 13:10, el alquiler de hoy es gratis.",
}
