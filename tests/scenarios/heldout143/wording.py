"""Wording of heldout143 (Auditra: hearing aids, fittings and care; Auditra Work for companies).

Written from the stories, Italian and Spanish first. ``{ref}`` is a case reference,
``{comp}`` a competitor, ``{day}`` a weekday, ``{name}`` a colleague.
"""

# ruff: noqa: E501

from __future__ import annotations

T = dict[str, list[str]]

PRAISE: T = {
    "it": [
        "la nuova protesi è leggerissima, al ristorante sento finalmente mia figlia senza farle ripetere tutto",
        "Grazie ad Auditra! la dottoressa Bini è stata pazientissima con mia madre, 90 anni, e ora lei ride al telefono",
        "ottimo servizio, il controllo annuale in 20 minuti e tutto pulito",
    ],
    "es": [
        "con los audífonos nuevos vuelvo a oir los pájaros por la mañana, no me lo creía",
        "Muy buena atención en la tienda de Valencia, me explicaron todo con calma 👏",
        "mi padre ya sigue las noticias sin poner la tele a todo volumen, gracias Auditra",
    ],
    "en": ["honestly the best thing I did this year, I can hear the grandkids at dinner again"],
    "fr": ["très contente de mon appareil, je suis de nouveau les conversations au café"],
    "de": [
        "super Beratung in der Filiale, die Hörgeräte sitzen perfekt und ich höre wieder die Kirchenglocken"
    ],
    "pt": ["adorei o atendimento, a minha mãe já ouve a campainha outra vez"],
}
AGAIN: T = {
    "it": [
        "terza volta che porto le protesi a pulire da voi e ogni volta escono come appena comprate",
        "di nuovo puntualissimi col controllo, grazie",
    ],
    "es": [
        "otra vez me atendieron a la primera, ya van tres revisiones perfectas",
        "tercera vez que renuevo el plan Auditra Care y sigo igual de contento",
    ],
    "en": ["third check-up with you and still spot on every time"],
    "fr": ["encore une fois impeccable, troisième réglage et toujours aussi bien"],
    "de": ["schon wieder alles pünktlich, dritter Termin und jedes Mal top"],
    "pt": ["mais uma vez impecável, já é a terceira revisão"],
}
GRIPE_PRAISE: T = {
    "it": [
        "protesi ottime, solo la custodia si apre troppo facilmente in borsa. per il resto tutto bene"
    ],
    "es": [
        "todo genial, solo que el cargador es un poco lento. por lo demas encantada",
        "muy bien el ajuste, aunque el parking de la tienda es un lio jaja",
    ],
    "en": ["great fitting, only the charger cable is a bit short. otherwise lovely"],
    "fr": ["très bien, juste la boîte de piles difficile à ouvrir"],
    "de": ["sehr gut, nur die App braucht ewig zum Starten"],
    "pt": ["tudo ótimo, só o carregador é um bocado lento"],
}
QUESTION: T = {
    "it": [
        "buongiorno, posso fare la doccia con le protesi nuove o devo toglierle?",
        "quanto dura la batteria del caricatore da viaggio?",
    ],
    "es": [
        "hola, se pueden llevar los audífonos en el avión o hay que apagarlos?",
        "cada cuanto tengo que cambiar los filtros de cera?",
    ],
    "en": ["hi, can I wear the aids while swimming or not?"],
    "fr": ["bonjour, je peux dormir avec mes appareils ?"],
    "de": ["Hallo, wie oft muss ich die Domes wechseln?"],
    "pt": ["olá, posso usar os aparelhos na praia?"],
}
PHONE_Q: T = {
    "it": [
        "si buongiorno volevo sapere se posso spostare il controllo di giovedi a venerdi mattina grazie"
    ],
    "es": [
        "hola buenas llamaba para preguntar si el plan care cubre tambien las pilas de mi marido vale gracias"
    ],
    "en": ["hi yes just calling to ask whether the care plan covers a replacement charger thanks"],
    "fr": ["oui bonjour je voulais savoir si je peux passer sans rendez vous samedi merci"],
    "de": ["ja hallo ich wollte fragen ob ich den Termin auf nächste Woche verschieben kann danke"],
    "pt": ["bom dia queria saber se posso mudar a consulta para sexta obrigado"],
}
ANSWER: T = {
    "it": ["Certo! Le abbiamo risposto nel dettaglio, se serve altro siamo qui. Giulia, Auditra"],
    "es": [
        "¡Claro! Le dejamos aquí la respuesta completa, cualquier cosa nos escribe. Marta, Auditra"
    ],
    "en": [
        "Of course! Here is the full answer, just write if anything else comes up. Sam, Auditra"
    ],
    "fr": ["Bien sûr ! Voici la réponse complète. Claire, Auditra"],
    "de": ["Gerne! Hier die ausführliche Antwort. Jonas, Auditra"],
    "pt": ["Claro! Aqui fica a resposta completa. Rita, Auditra"],
}
THANKS: T = {
    "it": ["grazie mille, gentilissimi", "perfetto grazie!"],
    "es": ["muchas gracias!!", "genial, gracias por la rapidez"],
    "en": ["brilliant, thanks"],
    "fr": ["merci beaucoup"],
    "de": ["danke, sehr nett"],
    "pt": ["muito obrigada"],
}
SURVEY_WORD: T = {
    "it": ["", "ottimo", "👍"],
    "es": ["", "todo perfecto", "😊"],
    "en": ["", "great"],
    "fr": ["", "parfait"],
    "de": ["", "super"],
    "pt": ["", "ótimo"],
}
NIGHT: T = {
    "it": [
        "non riesco a dormire ma almeno stasera ho sentito tutto il film senza sottotitoli, grazie Auditra",
        "domanda notturna: si può lasciare la protesi nel caricatore tutta la notte?",
    ],
    "es": [
        "son las 2 y no duermo, pero hoy en la cena familiar lo he oido todo, gracias",
        "pregunta de madrugada: se puede dejar el audifono cargando toda la noche?",
    ],
    "en": ["can't sleep, but tonight I followed the whole pub quiz. thank you Auditra"],
    "fr": ["insomnie, mais ce soir j'ai tout entendu au dîner, merci"],
    "de": ["kann nicht schlafen, aber heute beim Essen alles verstanden, danke"],
    "pt": ["sem sono, mas hoje ouvi tudo ao jantar, obrigada"],
}
NIGHT_ANSWER: T = {
    "it": ["Sì, il caricatore si ferma da solo quando è pieno. Buonanotte! Auditra"],
    "es": ["Sí, el cargador se detiene solo al llenarse. ¡Buenas noches! Auditra"],
    "en": ["Yes, the charger stops by itself when full. Good night! Auditra"],
    "fr": ["Oui, le chargeur s'arrête tout seul. Bonne nuit ! Auditra"],
    "de": ["Ja, das Ladegerät stoppt von selbst. Gute Nacht! Auditra"],
    "pt": ["Sim, o carregador para sozinho. Boa noite! Auditra"],
}
SARCASM: T = {
    "it": [
        "fantastico, 40 minuti in sala d'attesa con l'appuntamento alle 10. proprio quello che serviva 🙃"
    ],
    "es": ["genial, 45 minutos esperando con cita previa, un planazo 🙄"],
    "en": ["love waiting 40 minutes for a 10am appointment, really made my day 🙃"],
    "fr": ["super, 40 minutes d'attente avec rendez-vous, merci 🙃"],
    "de": ["toll, 40 Minuten Wartezeit trotz Termin 🙃"],
    "pt": ["ótimo, 40 minutos à espera com marcação 🙃"],
}

PROBLEMS = ["home_visit_missed", "repair_delay", "trial_refund", "wrong_price", "whistling"]
PROBLEM: dict[str, T] = {
    "home_visit_missed": {
        "it": [
            "l'audioprotesista doveva venire a casa da mia madre stamattina alle 9, non si è visto nessuno e nessuno ha chiamato",
            "ASPETTATO TUTTA LA MATTINA la visita a domicilio, niente",
        ],
        "es": [
            "la visita a domicilio era hoy a las 10 y no vino nadie, mi madre esperando vestida toda la mañana",
            "nadie vino a la cita en casa y nadie avisa. vergonzoso",
        ],
        "en": ["the home visit for my dad was booked for 10 and nobody turned up, no call either"],
        "fr": ["la visite à domicile prévue à 10h, personne n'est venu"],
        "de": ["Hausbesuch für meine Mutter um 10 gebucht, niemand kam, kein Anruf"],
        "pt": ["a visita ao domicílio era às 10 e ninguém apareceu"],
    },
    "repair_delay": {
        "it": [
            "la protesi è in riparazione da tre settimane e mi avevate detto 5 giorni, sono senza sentire niente",
            "tre settimane senza apparecchio, quando me lo ridate?",
        ],
        "es": [
            "el audifono lleva tres semanas en reparacion y me dijeron 5 dias, no oigo nada en el trabajo",
            "TRES SEMANAS sin audífono. ni una llamada",
        ],
        "en": ["my hearing aid has been at repair for three weeks, you said five days"],
        "fr": ["mon appareil est en réparation depuis trois semaines au lieu de 5 jours"],
        "de": ["Mein Hörgerät ist seit drei Wochen in Reparatur, versprochen waren 5 Tage"],
        "pt": ["o aparelho está em reparação há três semanas, disseram 5 dias"],
    },
    "trial_refund": {
        "it": [
            "ho restituito le protesi in prova un mese fa e il rimborso di 300 euro non è ancora arrivato"
        ],
        "es": [
            "devolví los audífonos de prueba hace un mes y los 300 euros no aparecen",
            "el reembolso de la prueba sigue sin llegar, ya está bien",
        ],
        "en": ["returned the trial aids a month ago and the 300 deposit still isn't back"],
        "fr": ["appareils d'essai rendus il y a un mois, toujours pas remboursée"],
        "de": ["Probegeräte vor einem Monat zurückgegeben, die 300 Euro sind nicht da"],
        "pt": ["devolvi os aparelhos de teste há um mês e nada de reembolso"],
    },
    "wrong_price": {
        "it": ["sono socio Auditra Care e mi avete fatto pagare i filtri a prezzo pieno, di nuovo"],
        "es": [
            "tengo Auditra Care y me han cobrado las pilas a precio completo",
            "me cobráis como si no tuviera el plan care, revisadlo",
        ],
        "en": ["I'm on Auditra Care and got charged full price for the domes"],
        "fr": ["je suis abonné Auditra Care et j'ai payé le plein tarif"],
        "de": ["Ich habe Auditra Care und musste den vollen Preis zahlen"],
        "pt": ["tenho o Auditra Care e cobraram-me o preço total"],
    },
    "whistling": {
        "it": [
            "dopo la regolazione di ieri la protesi fischia ogni volta che mi avvicino al telefono, insopportabile"
        ],
        "es": [
            "desde el ajuste de ayer el audífono pita todo el rato, no lo aguanto puesto",
            "pitido constante desde el ajuste, asi no puedo",
        ],
        "en": ["since yesterday's fitting the aid whistles whenever I put the phone near it"],
        "fr": ["depuis le réglage d'hier l'appareil siffle sans arrêt"],
        "de": ["seit der Einstellung gestern pfeift das Gerät ständig"],
        "pt": ["desde o ajuste de ontem o aparelho apita sem parar"],
    },
}
LONG_OPEN: T = {
    "it": [
        "Gentile servizio clienti,\n\nsono cliente Auditra da sei anni e ho sempre consigliato i vostri negozi ad amici e parenti. Vi scrivo però perché questa volta le cose sono andate davvero male: "
    ],
    "es": [
        "Estimados señores:\n\nllevo cinco años con Auditra y siempre he hablado bien de ustedes a mis vecinas. Hoy les escribo con mucha pena porque "
    ],
    "en": [
        "Dear Auditra team,\n\nI have been with you for years and never had a reason to complain. Today, however, "
    ],
    "fr": [
        "Madame, Monsieur,\n\ncliente depuis des années, je n'avais jamais eu à me plaindre. Aujourd'hui pourtant, "
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich bin seit Jahren Kundin und war immer zufrieden. Heute aber: "
    ],
    "pt": ["Caros senhores,\n\nsou cliente há anos e nunca me queixei. Hoje, porém, "],
}
LONG_CLOSE: T = {
    "it": ["\n\nSpero in una risposta rapida. Cordiali saluti"],
    "es": ["\n\nEspero una respuesta pronto. Atentamente"],
    "en": ["\n\nI hope to hear from you soon. Kind regards"],
    "fr": ["\n\nDans l'attente de votre réponse, cordialement"],
    "de": ["\n\nIch erwarte Ihre Antwort. Mit freundlichen Grüßen"],
    "pt": ["\n\nAguardo resposta. Cumprimentos"],
}
CASE_OPENED: T = {
    "it": ["Ci scusiamo, abbiamo aperto la pratica {ref} e la seguiamo noi. Giulia, Auditra"],
    "es": ["Lo sentimos mucho, hemos abierto el caso {ref} y nos ocupamos. Marta, Auditra"],
    "en": ["Sorry about this, we've opened case {ref} and are on it. Sam, Auditra"],
    "fr": ["Désolés, nous avons ouvert le dossier {ref}. Claire, Auditra"],
    "de": ["Entschuldigung, wir haben den Fall {ref} eröffnet. Jonas, Auditra"],
    "pt": ["Lamentamos, abrimos o processo {ref}. Rita, Auditra"],
}
QUALITY_LEAD: T = {
    "it": [
        "La pratica {ref} è ora con la nostra responsabile qualità, che la chiamerà entro venerdì. Giulia, Auditra"
    ],
    "es": [
        "Su caso {ref} está ya con nuestra responsable de calidad, que le llamará antes del viernes. Marta, Auditra"
    ],
    "en": [
        "Case {ref} is now with our quality lead, who will call you before Friday. Sam, Auditra"
    ],
    "fr": [
        "Le dossier {ref} est chez notre responsable qualité, qui vous appellera avant vendredi."
    ],
    "de": ["Fall {ref} liegt jetzt bei unserer Qualitätsleiterin, sie ruft Sie vor Freitag an."],
    "pt": [
        "O processo {ref} está com a nossa responsável de qualidade, que ligará antes de sexta."
    ],
}
GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla pratica {ref}: è risolta. Ci conferma che ora è tutto a posto? Giulia, Auditra"
    ],
    "es": [
        "Buenas noticias sobre el caso {ref}: está resuelto. ¿Nos confirma que ya está todo bien? Marta, Auditra"
    ],
    "en": ["Good news on case {ref}: it's sorted. Could you confirm all is well now? Sam, Auditra"],
    "fr": ["Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht zu Fall {ref}: erledigt. Können Sie das bestätigen?"],
    "pt": ["Boas notícias sobre o processo {ref}: resolvido. Pode confirmar?"],
}
CONFIRM: T = {
    "it": ["confermo, pratica {ref} risolta, tutto ok grazie"],
    "es": [
        "confirmado, el caso {ref} está resuelto, gracias",
        "todo bien ya con lo del caso {ref}, gracias",
    ],
    "en": ["confirmed, case {ref} is sorted, thanks"],
    "fr": ["je confirme, dossier {ref} réglé, merci"],
    "de": ["bestätigt, Fall {ref} ist erledigt, danke"],
    "pt": ["confirmo, processo {ref} resolvido, obrigado"],
}
APOLOGY: T = {
    "it": ["scusate per il tono di ieri, ero nervosa per mia madre. grazie per la pazienza"],
    "es": ["perdonad lo de ayer, estaba muy agobiado. gracias por la paciencia"],
    "en": ["sorry for my tone yesterday, it had been a long day"],
    "fr": ["désolée pour hier, j'étais à bout"],
    "de": ["Entschuldigung für gestern, war gestresst"],
    "pt": ["desculpem o tom de ontem"],
}
STILL_OPEN: T = {
    "it": [
        "pratica {ref}: ancora niente, il problema è sempre lì",
        "vi riscrivo per la pratica {ref}, ancora aperta e nessuno mi ha chiamato",
    ],
    "es": [
        "caso {ref}: sigue igual, nadie me ha dicho nada",
        "vuelvo a escribir por el caso {ref}, sigue sin resolver",
    ],
    "en": ["case {ref}: still not sorted, nobody has called"],
    "fr": ["dossier {ref} : toujours rien"],
    "de": ["Fall {ref}: immer noch nicht gelöst"],
    "pt": ["processo {ref}: continua igual"],
}
THIRD: T = {
    "it": [
        "terza volta che scrivo per la pratica {ref}. mia cognata è da {comp} e le hanno risolto in un giorno"
    ],
    "es": ["tercera vez con el caso {ref}. he mirado lo que cobra {comp} y me lo estoy pensando"],
    "en": ["third time about case {ref}. a friend at {comp} got the same thing fixed in a day"],
    "fr": ["troisième fois pour le dossier {ref}. chez {comp} c'est réglé en un jour"],
    "de": ["dritte Nachricht zu Fall {ref}. bei {comp} geht das an einem Tag"],
    "pt": ["terceira vez sobre o processo {ref}. na {comp} resolvem num dia"],
}
FOURTH: T = {
    "it": ["QUARTA VOLTA. pratica {ref}. ancora aperta"],
    "es": ["CUARTA VEZ. caso {ref}. sigue abierto"],
    "en": ["FOURTH time. case {ref}. still open"],
    "fr": ["QUATRIÈME fois. dossier {ref}."],
    "de": ["VIERTES Mal. Fall {ref}."],
    "pt": ["QUARTA vez. processo {ref}."],
}
URGENT: T = {
    "it": ["Aggiunto alla pratica {ref}, segnata come urgente."],
    "es": ["Añadido al caso {ref}, marcado como urgente."],
    "en": ["Added to case {ref}, marked urgent."],
    "fr": ["Ajouté au dossier {ref}, urgent."],
    "de": ["Zu Fall {ref} hinzugefügt, dringend."],
    "pt": ["Adicionado ao processo {ref}, urgente."],
}
SLIDE: T = {
    "it": [
        "controllo spostato due volte senza avvisare, un po' deluso",
        "i filtri nuovi si staccano dopo due giorni, strano",
        "in negozio mi hanno fatto aspettare un'ora per una pulizia",
        "la app non si collega più alle protesi e l'assistenza non risponde",
        "mi hanno addebitato 45 € per una regolazione che il piano Care copre. basta",
        "mio cognato va da {comp}, lunedì ho il test lì",
    ],
    "es": [
        "me han cambiado la revisión dos veces sin avisar, un poco decepcionada",
        "los filtros nuevos se despegan a los dos dias, raro",
        "una hora esperando en tienda para una limpieza",
        "la app ya no conecta con los audífonos y nadie contesta",
        "me cobran 45 € por un ajuste que cubre el plan Care. ya está bien",
        "mi cuñado va a {comp}, el lunes me hago la prueba alli",
    ],
    "en": [
        "check-up moved twice without notice, bit disappointed",
        "new domes fall off after two days",
        "an hour's wait in the shop for a clean",
        "the app won't pair any more and support doesn't answer",
        "charged £40 for an adjustment the Care plan covers. enough",
        "my brother-in-law goes to {comp}, I've booked a test there Monday",
    ],
    "fr": [
        "rendez-vous déplacé deux fois sans prévenir",
        "les dômes se détachent après deux jours",
        "une heure d'attente pour un nettoyage",
        "l'appli ne se connecte plus et personne ne répond",
        "45 € pour un réglage couvert par Care. ça suffit",
        "mon beau-frère va chez {comp}, j'ai un test lundi là-bas",
    ],
    "de": [
        "Termin zweimal ohne Info verschoben",
        "die neuen Domes fallen nach zwei Tagen ab",
        "eine Stunde Warten für eine Reinigung",
        "App verbindet sich nicht mehr, Support antwortet nicht",
        "45 € für eine Einstellung, die Care abdeckt. Reicht",
        "mein Schwager geht zu {comp}, Montag habe ich dort einen Test",
    ],
    "pt": [
        "consulta mudada duas vezes sem aviso",
        "as olivas novas soltam-se ao fim de dois dias",
        "uma hora à espera para uma limpeza",
        "a app já não liga aos aparelhos",
        "cobraram 45 € por um ajuste do plano Care. chega",
        "o meu cunhado vai à {comp}, segunda faço lá o teste",
    ],
}
CANCEL: T = {
    "it": [
        "buongiorno, mia madre si trasferisce da mia sorella all'estero: vorrei disdire Auditra Care e chiudere l'account"
    ],
    "es": [
        "hola, me voy a vivir fuera y quiero cancelar Auditra Care y cerrar mi cuenta, gracias",
        "quiero darme de baja de Auditra Care y cerrar la cuenta, ya no lo necesito",
    ],
    "en": ["I'd like to cancel Auditra Care and close my account please, moving abroad"],
    "fr": ["je souhaite résilier Auditra Care et fermer mon compte"],
    "de": ["Ich möchte Auditra Care kündigen und mein Konto schließen"],
    "pt": ["quero cancelar o Auditra Care e fechar a conta"],
}
SORRY_GO: T = {
    "it": ["Ci dispiace vederla andare. Può disdire da sola nella app o sul sito. Giulia, Auditra"],
    "es": ["Sentimos que se vaya. Puede darse de baja en la app o la web. Marta, Auditra"],
    "en": [
        "Sorry to see you go. You can cancel yourself in the app or on the website. Sam, Auditra"
    ],
    "fr": ["Désolés de vous voir partir. Résiliation possible dans l'appli ou sur le site."],
    "de": ["Schade, dass Sie gehen. Kündigung in der App oder auf der Website möglich."],
    "pt": ["Lamentamos a saída. Pode cancelar na app ou no site."],
}
GRUMBLE: T = {
    "it": [
        "la app si disconnette ogni volta",
        "ancora gli sms di promemoria alle 7 di mattina",
        "negozio chiuso il sabato pomeriggio, scomodo",
        "custodie che si rompono",
    ],
    "es": [
        "la app se desconecta cada dos por tres",
        "otra vez colas en la tienda del centro",
        "el sms de recordatorio a las 7 de la mañana, en serio",
        "3 estrellas, la funda se rompe enseguida",
    ],
    "en": ["the app logs me out every time", "queues again at the high street shop"],
    "fr": ["l'appli me déconnecte sans arrêt", "encore la queue en boutique"],
    "de": ["die App meldet mich ständig ab", "schon wieder Schlange in der Filiale"],
    "pt": ["a app desliga-se sempre", "outra vez fila na loja"],
}
MILD: T = {
    "it": ["la mappa dei negozi nella app è lenta a caricare"],
    "es": ["el buscador de tiendas de la app tarda mucho"],
    "en": ["the shop finder in the app is slow to load"],
    "fr": ["la carte des boutiques charge lentement"],
    "de": ["die Filialsuche in der App lädt langsam"],
    "pt": ["o mapa das lojas demora a carregar"],
}
MILD_ACK: T = {
    "it": ["Grazie della segnalazione, la giriamo al team della app."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci, transmis à l'équipe de l'appli."],
    "de": ["Danke, an das App-Team weitergegeben."],
    "pt": ["Obrigado, passámos à equipa da app."],
}

SPIKE_CODE = "AUR/LR~62"
SPIKE: T = {
    "it": [
        "dopo la sincronizzazione di stamattina nella app le protesi hanno i programmi invertiti: l'orecchio buono rimbomba, quello sordo non sente niente. errore AUR/LR~62",
        "ma che succede?? la app ha scambiato destra e sinistra, AUR/LR~62 e non si torna indietro",
    ],
    "es": [
        "esta mañana la app ha cambiado los ajustes de oído izquierdo y derecho, el bueno me retumba y el malo no oye nada. sale AUR/LR~62",
        "AUR/LR~62 al intentar restaurar. tengo los audífonos al revés de programa, imposible ir así a la boda",
    ],
    "en": [
        "the app swapped my left and right programs this morning, the good ear is blasting and the bad one hears nothing, error AUR/LR~62"
    ],
    "fr": ["l'appli a inversé les réglages gauche et droite ce matin, erreur AUR/LR~62"],
    "de": [
        "die App hat heute früh links und rechts vertauscht, Fehler AUR/LR~62, ich höre nur noch Dröhnen"
    ],
    "pt": ["a app trocou o ouvido esquerdo com o direito esta manhã, erro AUR/LR~62"],
}
SPIKE_AGAIN: T = {
    "it": ["ancora AUR/LR~62, ho provato anche col telefono di mio marito. sempre invertite"],
    "es": ["sigue el AUR/LR~62, también desde la tablet de mi hija. siguen al revés"],
    "en": ["still AUR/LR~62, tried from my wife's phone too"],
    "fr": ["toujours AUR/LR~62, même depuis la tablette"],
    "de": ["immer noch AUR/LR~62, auch vom Tablet"],
    "pt": ["continua AUR/LR~62, também no tablet"],
}
SPIKE_CHAT: T = {
    "it": [
        "Sì, la sincronizzazione delle regolazioni sta invertendo destra e sinistra per molti clienti, i tecnici ci stanno lavorando."
    ],
    "es": [
        "Sí, la sincronización de ajustes está invirtiendo izquierda y derecha a muchos clientes, los técnicos ya están en ello."
    ],
    "en": [
        "Yes, the settings sync is swapping left and right for many customers, engineers are on it."
    ],
    "fr": [
        "Oui, la synchronisation inverse gauche et droite chez beaucoup de clients, nos techniciens y travaillent."
    ],
    "de": [
        "Ja, die Synchronisierung vertauscht bei vielen links und rechts, die Technik arbeitet daran."
    ],
    "pt": ["Sim, a sincronização está a trocar esquerdo e direito, os técnicos estão a tratar."],
}
SPIKE_FIXED: T = {
    "it": [
        "Le regolazioni sono di nuovo corrette dalle 12:30: apra la app e ricarichi le protesi. Il prossimo controllo è gratuito."
    ],
    "es": [
        "Los ajustes vuelven a estar bien desde las 12:30: abra la app y cargue los audífonos. La próxima revisión es gratis."
    ],
    "en": [
        "Settings are correct again since 11:30: open the app and charge the aids. Your next check-up is free."
    ],
    "fr": ["Les réglages sont corrects depuis 12h30 : ouvrez l'appli. Prochain contrôle offert."],
    "de": [
        "Die Einstellungen stimmen seit 12:30 wieder: App öffnen, Geräte laden. Nächste Kontrolle gratis."
    ],
    "pt": ["As definições estão corretas desde as 11:30. A próxima revisão é grátis."],
}
LONE_Q: T = {
    "it": [
        "ieri sera la app mostrava l'orecchio destro in grigio finché non l'ho riaperta, poi tutto normale. devo preoccuparmi?"
    ],
    "es": [
        "anoche la app enseñaba el audífono izquierdo en gris hasta que la reabrí, luego normal. es grave?"
    ],
}
LONE_A: T = {
    "it": ["Nessun problema: il grigio indica solo che la protesi era nel caricatore."],
    "es": ["No se preocupe: el gris solo indica que estaba en el cargador."],
}

B2B_PROBLEMS = ["invoice", "screening_missed", "portal", "overbilled"]
B2B: dict[str, T] = {
    "invoice": {
        "it": [
            "la fattura dei controlli udito del personale è intestata alla vecchia ragione sociale e senza numero d'ordine, l'amministrazione la rifiuta"
        ],
        "es": [
            "la factura de las revisiones auditivas sale a nombre de la razón social antigua y sin número de pedido, contabilidad no la acepta"
        ],
        "en": [
            "the hearing screening invoice is in our old company name with no PO number, accounts won't pay it"
        ],
        "fr": ["la facture du dépistage est à l'ancien nom de la société, sans bon de commande"],
        "de": [
            "die Rechnung für das Hörscreening läuft auf den alten Firmennamen, ohne Bestellnummer"
        ],
        "pt": [
            "a fatura do rastreio auditivo vem com o nome antigo da empresa e sem número de encomenda"
        ],
    },
    "screening_missed": {
        "it": [
            "il camper per lo screening udito doveva essere in stabilimento alle 8, 60 operai in attesa e nessuno è arrivato"
        ],
        "es": [
            "la unidad móvil de audiometrías tenía que estar en la nave a las 8, 60 operarios esperando y no vino"
        ],
        "en": ["the screening van was due on site at 8, sixty staff waiting, nobody came"],
        "fr": ["le camion de dépistage devait venir à 8h, personne"],
        "de": ["der Screening-Bus sollte um 8 im Werk sein, 60 Leute warten, niemand kam"],
        "pt": ["a unidade de rastreio devia chegar às 8, ninguém veio"],
    },
    "portal": {
        "it": [
            "il portale Auditra Work non mostra più i risultati dei dipendenti, non possiamo fare la relazione per l'ispettorato"
        ],
        "es": [
            "el portal Auditra Work no muestra los resultados de la plantilla, no podemos preparar el informe de prevención"
        ],
        "en": ["the Auditra Work portal shows no staff results, we can't file the safety report"],
        "fr": ["le portail Auditra Work n'affiche plus les résultats"],
        "de": ["das Auditra-Work-Portal zeigt keine Ergebnisse mehr"],
        "pt": ["o portal Auditra Work não mostra os resultados"],
    },
    "overbilled": {
        "it": [
            "ci avete fatturato ogni dipendente a tariffa singola invece del prezzo di contratto annuale"
        ],
        "es": [
            "nos habéis cobrado cada trabajador a tarifa suelta en vez del precio del contrato anual"
        ],
        "en": ["you billed every employee at the single rate, not our annual contract price"],
        "fr": ["chaque salarié facturé au tarif unitaire au lieu du contrat"],
        "de": ["jeder Mitarbeiter zum Einzelpreis statt zum Vertragspreis abgerechnet"],
        "pt": ["faturaram cada trabalhador a preço unitário, não o do contrato"],
    },
}
B2B_LATER: T = {
    "it": ["scrivo anch'io, come {name} {day}: pratica {ref}, stesso problema. "],
    "es": ["escribo yo también, como {name} el {day}: caso {ref}, el mismo problema. "],
    "en": ["writing as well, like {name} on {day}: case {ref}, same problem. "],
    "fr": ["j'écris aussi, comme {name} {day} : dossier {ref}, même problème. "],
    "de": ["ich schreibe auch, wie {name} am {day}: Fall {ref}, dasselbe Problem. "],
    "pt": ["escrevo também, como {name} na {day}: processo {ref}, o mesmo problema. "],
}
B2B_LAST: T = {
    "it": [
        "pratica {ref}: ancora niente e hanno scritto in quattro. l'ufficio acquisti ha già chiesto i prezzi a {comp}"
    ],
    "es": [
        "caso {ref}: sigue sin arreglar y ya hemos escrito varios. compras ha pedido tarifas a {comp}",
        "llamo por el caso {ref} nada arreglado mi jefe dice que si no se soluciona esta semana nos vamos a otro proveedor",
    ],
    "en": [
        "case {ref}: still nothing and several of us wrote. procurement has asked {comp} for rates"
    ],
    "fr": ["dossier {ref} : toujours rien. les achats ont demandé les tarifs de {comp}"],
    "de": ["Fall {ref}: immer noch nichts. Der Einkauf hat {comp} um Preise gebeten"],
    "pt": ["processo {ref}: nada resolvido, as compras pediram preços à {comp}"],
}
B2B_MILD: T = {
    "it": ["sarebbe utile esportare i risultati per reparto"],
    "es": ["estaría bien poder exportar los resultados por centro de trabajo"],
    "en": ["would be handy to export results by department"],
    "fr": ["un export par service serait utile"],
    "de": ["ein Export nach Abteilung wäre praktisch"],
    "pt": ["seria útil exportar por departamento"],
}
B2B_ROUTINE: T = {
    "it": [
        "il portale funziona benissimo, screening fatto in mezza giornata",
        "domanda: possiamo aggiungere 5 nuovi assunti al prossimo screening?",
    ],
    "es": [
        "el portal va perfecto, audiometrías hechas en media mañana",
        "pregunta: podemos añadir 5 nuevas altas a la próxima revisión?",
    ],
    "en": ["portal works great, screening done in half a day"],
    "fr": ["le portail marche très bien"],
    "de": ["Portal läuft super, Screening in einem halben Tag"],
    "pt": ["o portal funciona muito bem"],
}
DAYS: T = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta"],
}
