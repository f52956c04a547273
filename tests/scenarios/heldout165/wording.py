# ruff: noqa: E501
"""Wording for heldout165 (Lucentra, window cleaning at home): one table a kind, by language."""

from __future__ import annotations

BRAND = "Lucentra"
COMPETITORS = ("Klarwisch", "Vetrolux")

PRODUCTS = (
    ("Window clean, flat up to 4 rooms", "89.00"),
    ("Window clean, house with frames", "149.00"),
    ("Conservatory roof clean", "179.00"),
    ("Skylights and roof windows", "69.00"),
    ("Lucentra Plus, monthly", "12.90"),
)
PAGES = ("/app/book", "/app/visits", "/web/prices", "/web/plus", "/web/help/frames")

PRAISE: dict[str, list[str]] = {
    "de": [
        "Fenster blitzen, die Rahmen auch. Danke an Jonas von {brand}!",
        "Zum dritten Mal {brand} gebucht und wieder top. Pünktlich, sauber, freundlich.",
        "Sehr gut gemacht, nur die Terminbestätigung kam erst spät. Sonst alles bestens.",
    ],
    "it": [
        "Finestre che sembrano nuove, grazie {brand}! Ragazzi gentilissimi",
        "Terza volta con {brand} e ancora perfetti, anche la veranda",
        "Lavoro ottimo, solo il parcheggio per il furgone era un casino. Per il resto bravi",
    ],
    "en": [
        "Windows sparkling again, third time with {brand} and still brilliant",
        "Great job on the conservatory roof, only gripe is the app asks for a rating twice",
    ],
    "fr": ["Vitres impeccables, merci {brand}, encore une fois au top"],
    "pt": ["Janelas impecáveis outra vez, obrigada {brand}!"],
    "es": ["Ventanas como espejos, otra vez genial {brand}"],
}
QUESTION: dict[str, list[str]] = {
    "de": [
        "Kann ich den Termin am Donnerstag auf den Nachmittag schieben?",
        "Putzt ihr auch Dachfenster im 3. Stock?",
    ],
    "it": [
        "posso spostare la visita di giovedì al pomeriggio?",
        "Pulite anche i lucernari al terzo piano?",
    ],
    "en": ["can I move Thursday's visit to the afternoon?"],
    "fr": ["Est-ce que vous nettoyez aussi les velux ?"],
    "pt": ["Posso mudar a visita de quinta para a tarde?"],
    "es": ["¿Limpiáis también claraboyas en un tercero?"],
}
ANSWER: dict[str, str] = {
    "de": "Gerne, das ist erledigt. Viele Grüße, {agent} von {brand}",
    "it": "Certo, fatto. Un saluto, {agent} di {brand}",
    "en": "Sure, that's done. Best, {agent} at {brand}",
    "fr": "Bien sûr, c'est fait. Bonne journée, {agent} de {brand}",
    "pt": "Claro, já está. Cumprimentos, {agent} da {brand}",
    "es": "Claro, hecho. Un saludo, {agent} de {brand}",
}
THANKS: dict[str, list[str]] = {
    "de": ["danke!! 👍", "Super, danke euch"],
    "it": ["grazie mille!", "grz 👍"],
    "en": ["cheers, legends"],
    "fr": ["merci bcp"],
    "pt": ["obg!"],
    "es": ["gracias, cracks"],
}
CALL_Q: dict[str, str] = {
    "de": "ja hallo ich wollte fragen ob ihr am samstag auch kommt wir sind ab zehn zu hause",
    "it": "pronto si volevo sapere se venite anche sabato siamo a casa dalle dieci",
    "en": "hi yeah just wanted to check if you do saturdays we are in from ten",
    "fr": "oui bonjour je voulais savoir si vous passez le samedi on est là à partir de dix heures",
    "pt": "olá queria saber se vêm ao sábado estamos em casa a partir das dez",
    "es": "hola quería saber si venís los sábados estamos desde las diez",
}
CALL_FOLLOW: dict[str, str] = {
    "de": "Wie eben am Telefon besprochen: Samstag geht, wir kommen ab 10 Uhr. {agent}, {brand}",
    "it": "Come al telefono: sabato va bene, arriviamo dalle 10. {agent}, {brand}",
    "en": "As on the phone: Saturday works, we'll come from 10. {agent}, {brand}",
    "fr": "Comme au téléphone : samedi c'est bon, on passe dès 10 h. {agent}, {brand}",
    "pt": "Como ao telefone: sábado dá, vamos a partir das 10. {agent}, {brand}",
    "es": "Como por teléfono: el sábado sí, vamos desde las 10. {agent}, {brand}",
}
NIGHT: dict[str, list[str]] = {
    "de": [
        "Nachtschicht vorbei, Fenster für Samstag gebucht. Läuft.",
        "kann nicht schlafen, schaue Videos vom Wintergartendach putzen lol",
    ],
    "it": [
        "turno di notte finito, prenotato {brand} per sabato 😴",
        "insonnia e guardo i video della pulizia verande ahah",
    ],
    "en": ["3am and booking window cleaning, adulting"],
    "fr": ["3h du mat et je réserve le lavage des vitres, la vie d'adulte"],
    "pt": ["3 da manhã a marcar a limpeza das janelas lol"],
    "es": ["las 3 y reservando limpieza de ventanas, vida adulta"],
}
NIGHT_Q: dict[str, str] = {
    "de": "Muss ich morgen die Vorhänge abnehmen bevor ihr kommt?",
    "it": "domani devo togliere le tende prima che arrivate?",
    "en": "do I need to take the curtains down before you come tomorrow?",
    "fr": "je dois enlever les rideaux avant votre passage demain ?",
    "pt": "tenho de tirar as cortinas antes de virem amanhã?",
    "es": "¿tengo que quitar las cortinas antes de que vengáis mañana?",
}
SURVEY_WORD: dict[str, list[str]] = {
    "de": ["Top", "", "👍"],
    "it": ["Ottimo", "", "bravi"],
    "en": ["spot on"],
    "fr": ["Parfait"],
    "pt": ["Ótimo"],
    "es": ["Genial"],
}

PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
COMPLAINT: dict[str, dict[str, list[str]]] = {
    "no_show": {
        "de": [
            "Termin heute 8-10 Uhr, ich habe extra frei genommen und NIEMAND ist gekommen. Kein Anruf, nichts.",
            "Schon wieder kein Reiniger da, die App sagt erledigt?!",
        ],
        "it": [
            "Appuntamento 8-10, ho preso un giorno di ferie e NON è venuto NESSUNO. Nessuna chiamata.",
            "la app dice visita completata ma qui non è passato nessuno",
        ],
        "en": ["Booked 8-10, took the day off and NOBODY came. App says completed."],
        "fr": ["RDV 8h-10h, j'ai posé un jour et PERSONNE n'est venu."],
        "pt": ["Marcação 8-10, tirei o dia e NINGUÉM apareceu."],
        "es": ["Cita de 8 a 10, pedí el día y NO vino NADIE."],
    },
    "double_charge": {
        "de": ["Ihr habt mir die Reinigung ZWEIMAL abgebucht, 149 € doppelt. Bitte sofort zurück."],
        "it": ["Mi avete addebitato DUE volte la pulizia, 149 € doppi. Rimborsate subito."],
        "en": ["You charged me TWICE for one clean, £129 twice."],
        "fr": ["Vous m'avez prélevé DEUX fois 149 €."],
        "pt": ["Cobraram-me DUAS vezes 149 €."],
        "es": ["Me habéis cobrado DOS veces 149 €."],
    },
    "damage": {
        "de": [
            "Nach der Reinigung ist die Dichtung am Wohnzimmerfenster abgerissen und der Rahmen zerkratzt."
        ],
        "it": [
            "Dopo la pulizia la guarnizione della finestra del salotto è strappata e il telaio graffiato."
        ],
        "en": ["After the clean the seal on the lounge window is torn and the frame scratched."],
        "fr": ["Après le passage, le joint de la baie est arraché et le cadre rayé."],
        "pt": ["Depois da limpeza o vedante da janela da sala está rasgado."],
        "es": ["Tras la limpieza la junta de la ventana del salón está rota y el marco rayado."],
    },
    "refund": {
        "de": ["Seit DREI Wochen warte ich auf die Erstattung für den abgesagten Termin."],
        "it": ["Sono TRE settimane che aspetto il rimborso della visita annullata."],
        "en": ["THREE weeks waiting for the refund of the cancelled visit."],
        "fr": ["TROIS semaines que j'attends le remboursement."],
        "pt": ["TRÊS semanas à espera do reembolso."],
        "es": ["TRES semanas esperando el reembolso."],
    },
    "wrong_price": {
        "de": ["Ich bin Plus-Mitglied und zahle trotzdem den normalen Preis. Was soll das?"],
        "it": ["Sono socio Plus e mi fate pagare la tariffa piena. Ma scherziamo?"],
        "en": ["I'm a Plus member and got charged the full price."],
        "fr": ["Je suis membre Plus et j'ai payé le plein tarif."],
        "pt": ["Sou membro Plus e paguei o preço normal."],
        "es": ["Soy socio Plus y me cobráis la tarifa normal."],
    },
    "cancel_fee": {
        "de": ["Vier Tage vorher storniert und trotzdem 40 € Stornogebühr. Unverschämt."],
        "it": ["Annullato QUATTRO giorni prima e mi addebitate 40 € di penale."],
        "en": ["Cancelled FOUR days ahead and still charged a £35 fee."],
        "fr": ["Annulé QUATRE jours avant et 40 € de frais."],
        "pt": ["Cancelei QUATRO dias antes e cobraram 40 € de taxa."],
        "es": ["Cancelé CUATRO días antes y me cobráis 40 € de penalización."],
    },
}
LONG_EMAIL: dict[str, str] = {
    "de": "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer der Kinderärztin, während mein Sohn seine Impfung bekommt, und eigentlich habe ich gerade ganz andere Sorgen. Wir renovieren seit dem Frühjahr das Haus meiner Großmutter, die Handwerker kommen und gehen, und ich dachte, wenigstens die Fenster muss ich nicht selbst machen.\n\n{complaint}\n\nIch bin seit Jahren Kundin und war immer gern bei Ihnen, aber so geht das nicht. Bitte melden Sie sich heute noch.\n\nMit freundlichen Grüßen\n{name}",
    "it": "Buongiorno,\n\nvi scrivo dalla macchina fuori dalla piscina delle gemelle, tra una cosa e l'altra, perché in questi mesi stiamo sistemando l'appartamento ereditato da mia zia e il tempo non basta mai. Vi avevo scelto proprio per non pensarci.\n\n{complaint}\n\nSono cliente da anni e mi sono sempre trovata bene, ma così non va. Aspetto una risposta oggi stesso.\n\nCordiali saluti\n{name}",
}
CALL_COMPLAINT: dict[str, str] = {
    "de": "ja hallo hier ist {name} es geht um meinen termin {complaint_plain} ich will dass das heute noch geklärt wird",
    "it": "pronto sono {name} chiamo per la visita {complaint_plain} voglio che si risolva oggi",
    "en": "hi it's {name} calling about my visit {complaint_plain} i want this sorted today",
    "fr": "oui bonjour c'est {name} pour ma visite {complaint_plain} je veux une solution aujourd'hui",
    "pt": "olá fala {name} sobre a minha visita {complaint_plain} quero isto resolvido hoje",
    "es": "hola soy {name} llamo por mi visita {complaint_plain} quiero que se arregle hoy",
}
SUBJECT_COMPLAINT: dict[str, str] = {
    "de": "Beschwerde: Termin",
    "it": "Reclamo: visita",
    "en": "Complaint: my visit",
    "fr": "Réclamation : visite",
    "pt": "Reclamação: visita",
    "es": "Reclamación: visita",
}
CASE_OPENED: dict[str, str] = {
    "de": "Es tut uns leid. Wir haben den Vorgang {case} angelegt und melden uns. {agent}, {brand}",
    "it": "Ci dispiace. Abbiamo aperto la segnalazione {case} e vi ricontattiamo. {agent}, {brand}",
    "en": "Sorry about this. We've opened case {case} and will be back to you. {agent}, {brand}",
    "fr": "Désolés. Nous avons ouvert la demande {case}. {agent}, {brand}",
    "pt": "Lamentamos. Abrimos o pedido {case}. {agent}, {brand}",
    "es": "Lo sentimos. Hemos abierto la incidencia {case}. {agent}, {brand}",
}
QUALITY_LEAD: dict[str, str] = {
    "de": "Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft. {agent}, {brand}",
    "it": "La segnalazione {case} è ora alla nostra responsabile qualità, che la chiamerà entro venerdì. {agent}, {brand}",
    "en": "Your case {case} is now with our quality lead, who will call you before Friday lunchtime. {agent}, {brand}",
    "fr": "Votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}, {brand}",
    "pt": "O pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta. {agent}, {brand}",
    "es": "Su incidencia {case} está con nuestra responsable de calidad, que le llamará antes del viernes. {agent}, {brand}",
}
GOOD_NEWS: dict[str, str] = {
    "de": "Gute Nachrichten zu {case}: das ist behoben. Können Sie das kurz bestätigen? {agent}, {brand}",
    "it": "Buone notizie su {case}: è risolto. Può confermarci? {agent}, {brand}",
    "en": "Good news on {case}: it's fixed. Could you confirm? {agent}, {brand}",
    "fr": "Bonne nouvelle pour {case} : c'est réglé. Pouvez-vous confirmer ? {agent}, {brand}",
    "pt": "Boas notícias sobre {case}: está resolvido. Pode confirmar? {agent}, {brand}",
    "es": "Buenas noticias sobre {case}: resuelto. ¿Nos lo confirma? {agent}, {brand}",
}
CONFIRM: dict[str, str] = {
    "de": "Bestätigt, {case} ist erledigt, danke!",
    "it": "Confermo, {case} risolto, grazie!",
    "en": "Confirmed, {case} is sorted, thanks!",
    "fr": "Confirmé, {case} est réglé, merci !",
    "pt": "Confirmo, {case} resolvido, obrigado!",
    "es": "Confirmado, {case} resuelto, gracias!",
}
APOLOGY: dict[str, str] = {
    "de": "Sorry für meinen Ton gestern, war ein mieser Tag. Danke fürs Kümmern.",
    "it": "scusate per ieri, giornata storta. Grazie per l'aiuto",
    "en": "sorry for snapping yesterday, rough day. thanks for sorting it",
    "fr": "Désolée pour hier, mauvaise journée. Merci",
    "pt": "Desculpem ontem, dia mau. Obrigada",
    "es": "Perdón por lo de ayer, mal día. Gracias",
}
STILL_OPEN: dict[str, str] = {
    "de": "Zu {case}: immer noch nicht gelöst. {complaint}",
    "it": "Riguardo {case}: ancora niente. {complaint}",
    "en": "Re {case}: still not sorted. {complaint}",
    "fr": "Pour {case} : toujours rien. {complaint}",
    "pt": "Sobre {case}: continua por resolver. {complaint}",
    "es": "Sobre {case}: sigue sin resolverse. {complaint}",
}
THIRD: dict[str, str] = {
    "de": " Eine Kollegin nimmt {comp}, die machen das am selben Tag.",
    "it": " Una collega usa {comp} e lì risolvono in giornata.",
    "en": " I've looked at what {comp} charges.",
    "fr": " Une collègue passe par {comp}, eux règlent ça le jour même.",
    "pt": " Já vi quanto cobra a {comp}.",
    "es": " He mirado lo que cobra {comp}.",
}
FOURTH: dict[str, str] = {
    "de": " Das ist jetzt das VIERTE Mal.",
    "it": " È la QUARTA volta.",
    "en": " This is the FOURTH time.",
    "fr": " C'est la QUATRIÈME fois.",
    "pt": " É a QUARTA vez.",
    "es": " Es la CUARTA vez.",
}
URGENT: dict[str, str] = {
    "de": "Zu Ihrem Vorgang hinzugefügt und als dringend markiert. {agent}",
    "it": "Aggiunto alla segnalazione, segnato urgente. {agent}",
    "en": "Added to your case and marked urgent. {agent}",
    "fr": "Ajouté à votre demande, marqué urgent. {agent}",
    "pt": "Adicionado ao pedido, marcado urgente. {agent}",
    "es": "Añadido a su incidencia, marcada urgente. {agent}",
}
SLIDE: dict[str, list[str]] = {
    "de": [
        "Reiniger kam drei Stunden zu spät, ohne Anruf.",
        "Streifen auf der Terrassentür, musste selbst nachwischen.",
        "Die App will jetzt für jede Buchung Fotos von allen Fenstern vorher. Echt?",
        "Preis für Plus wieder erhöht und die Termine werden immer seltener.",
        '35 € "Anfahrtspauschale" für einen Termin, den IHR verschoben habt. Reicht.',
        "Mein Schwager nimmt {comp}, ich habe dort für Samstag gebucht.",
    ],
    "it": [
        "Arrivati con tre ore di ritardo, senza chiamare.",
        "Aloni sulla porta finestra, ho ripassato io.",
        "Ora la app vuole le foto di tutte le finestre prima di prenotare. Davvero?",
        "Plus aumentato di nuovo e gli orari sono sempre meno.",
        '35 € di "diritto di uscita" per una visita che avete spostato VOI. Basta.',
        "Mio cognato usa {comp}, ho prenotato lì per sabato.",
    ],
    "en": [
        "Cleaner three hours late, no call.",
        "Streaks all over the patio door, redid it myself.",
        "App now wants photos of every window before booking. Really?",
        "Plus price up again and fewer slots every week.",
        "£30 'call-out fee' for a visit YOU moved. Done.",
        "My brother-in-law uses {comp}, booked them for Saturday.",
    ],
    "fr": [
        "Trois heures de retard, sans appel.",
        "Des traces partout sur la baie vitrée.",
        "L'appli veut des photos de chaque fenêtre avant de réserver ?",
        "Plus encore augmenté, de moins en moins de créneaux.",
        '35 € de "frais de déplacement" pour un RDV que VOUS avez déplacé.',
        "Mon beau-frère passe par {comp}, j'ai réservé chez eux samedi.",
    ],
    "pt": [
        "Três horas de atraso, sem aviso.",
        "Manchas na porta da varanda.",
        "A app agora quer fotos de todas as janelas?",
        "Plus mais caro outra vez e menos horários.",
        '35 € de "deslocação" por uma visita que VOCÊS mudaram.',
        "O meu cunhado usa a {comp}, marquei lá para sábado.",
    ],
    "es": [
        "Tres horas tarde, sin llamar.",
        "Marcas en la puerta de la terraza.",
        "¿Ahora la app pide fotos de cada ventana?",
        "Plus más caro otra vez y menos huecos.",
        '35 € de "desplazamiento" por una cita que movisteis VOSOTROS.',
        "Mi cuñado usa {comp}, he reservado allí el sábado.",
    ],
}
CANCEL: dict[str, str] = {
    "de": "Hallo, wir ziehen in eine Wohnung im Erdgeschoss mit zwei Fenstern, das mache ich ab jetzt selbst. Bitte {brand} Plus kündigen und mein Konto schließen. {name}",
    "it": "Buongiorno, ci trasferiamo in un bilocale, le finestre ora le pulisco io. Vi chiedo di disdire {brand} Plus e chiudere l'account. {name}",
    "en": "Hi, we're moving to a small flat and I'll do the windows myself. Please cancel {brand} Plus and close my account. {name}",
    "fr": "Bonjour, on déménage dans un studio, je ferai mes vitres. Merci de résilier {brand} Plus et fermer mon compte. {name}",
    "pt": "Olá, vamos para um T1, limpo eu as janelas. Cancelem o {brand} Plus e fechem a conta. {name}",
    "es": "Hola, nos mudamos a un estudio, las ventanas las limpio yo. Cancelad {brand} Plus y cerrad mi cuenta. {name}",
}
SORRY_GO: dict[str, str] = {
    "de": "Schade, dass Sie gehen. Sie können in der App oder auf der Website selbst kündigen. {agent}",
    "it": "Ci dispiace vederla andare. Può disdire da sola nella app o sul sito. {agent}",
    "en": "Sorry to see you go. You can cancel yourself in the app or on the website. {agent}",
    "fr": "Dommage de vous voir partir. Vous pouvez résilier dans l'appli ou sur le site. {agent}",
    "pt": "Pena vê-la partir. Pode cancelar na app ou no site. {agent}",
    "es": "Sentimos que se vaya. Puede cancelar en la app o en la web. {agent}",
}
GRUMBLE: dict[str, list[str]] = {
    "de": [
        "Die App loggt mich JEDES Mal aus.",
        "Erinnerungs-SMS um 6 Uhr morgens, ernsthaft?",
        "Zeitfenster von 4 Stunden ist zu lang.",
    ],
    "it": [
        "La app mi slogga OGNI volta.",
        "SMS di promemoria alle 6 del mattino, sul serio?",
        "Fascia di 4 ore troppo lunga.",
    ],
    "en": ["App logs me out EVERY time."],
    "fr": ["L'appli me déconnecte à CHAQUE fois."],
    "pt": ["A app faz logout TODAS as vezes."],
    "es": ["La app me cierra sesión SIEMPRE."],
}
MILD: dict[str, str] = {
    "de": "Kleine Sache: die Terminsuche zeigt mir Filialen in der falschen Stadt.",
    "it": "Piccola cosa: la ricerca mi mostra orari di un'altra città.",
    "en": "Small thing: the slot search shows the wrong city.",
    "fr": "Petit détail : les notifications arrivent en anglais.",
    "pt": "Pequena coisa: as notificações vêm em inglês.",
    "es": "Una cosita: las notificaciones llegan en inglés.",
}
SARCASM: dict[str, str] = {
    "de": "Danke {brand}, Fenster um 19:40 geputzt, im Dunkeln sieht man die Streifen ja nicht 👏",
    "it": "Grazie {brand}, finestre pulite alle 19:40, al buio gli aloni non si vedono 👏",
    "en": "Cheers {brand}, windows done at 7:40pm, can't see the streaks in the dark 😂",
    "fr": "Merci {brand}, vitres faites à 19h40, dans le noir on voit pas les traces 👏",
    "pt": "Obrigada {brand}, janelas às 19:40, no escuro não se vê nada 😂",
    "es": "Gracias {brand}, ventanas a las 19:40, a oscuras no se ven las marcas 👏",
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "de": "unsere Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung kann nicht zahlen.",
        "it": "le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione non può pagare.",
        "en": "our invoices still carry the old company name and no PO number, accounts can't pay them.",
        "fr": "nos factures portent l'ancien nom et aucun numéro de commande.",
        "pt": "as faturas têm o nome antigo e nenhum número de encomenda.",
        "es": "las facturas llevan el nombre antiguo y ningún número de pedido.",
    },
    "service_blocked": {
        "de": "der Reinigungstrupp ist heute nicht gekommen, Konto angeblich gesperrt, obwohl alles bezahlt ist.",
        "it": "la squadra oggi non è venuta, conto bloccato anche se è tutto pagato.",
        "en": "the crew didn't come today, account 'on stop' though everything is paid.",
        "fr": "l'équipe n'est pas venue, compte bloqué alors que tout est payé.",
        "pt": "a equipa não veio, conta bloqueada apesar de tudo pago.",
        "es": "el equipo no vino, cuenta bloqueada aunque está todo pagado.",
    },
    "portal": {
        "de": "im Portal sehen wir keine offenen Aufträge mehr, wir können nichts umplanen oder abbestellen.",
        "it": "nel portale non vediamo più gli ordini aperti, non possiamo spostare né disdire nulla.",
        "en": "the portal shows no open jobs, we can't reschedule or cancel anything.",
        "fr": "le portail n'affiche plus aucune intervention ouverte.",
        "pt": "o portal não mostra serviços abertos.",
        "es": "el portal no muestra servicios abiertos.",
    },
    "overbilled": {
        "de": "wir bekommen Einzelpreise statt unseres Rahmenvertragspreises berechnet, über 600 € zu viel.",
        "it": "ci fatturate la tariffa singola invece del prezzo del contratto quadro, oltre 600 € in più.",
        "en": "we're billed the one-off rate instead of our contract rate, over £500 too much.",
        "fr": "on nous facture le tarif unitaire au lieu du contrat, plus de 600 € de trop.",
        "pt": "faturam a tarifa avulsa em vez do contrato, mais de 600 €.",
        "es": "nos facturáis tarifa suelta en vez del contrato, más de 600 €.",
    },
}
B2B_OPEN: dict[str, str] = {
    "de": "Guten Tag, {problem} Bitte dringend prüfen. {name}, {company}",
    "it": "Buongiorno, {problem} Vi prego di verificare con urgenza. {name}, {company}",
    "en": "Hello, {problem} Please look into it urgently. {name}, {company}",
    "fr": "Bonjour, {problem} Merci de vérifier en urgence. {name}, {company}",
    "pt": "Bom dia, {problem} Verifiquem com urgência. {name}, {company}",
    "es": "Buenos días, {problem} Revísenlo con urgencia. {name}, {company}",
}
B2B_LATER: dict[str, str] = {
    "de": "Guten Tag, wie {first} schon geschrieben hat (Vorgang {case}): {problem} Das betrifft auch meine Abteilung. {name}",
    "it": "Buongiorno, come ha già scritto {first} (segnalazione {case}): {problem} Riguarda anche il mio reparto. {name}",
    "en": "Hello, as {first} already wrote (case {case}): {problem} It hits my team too. {name}",
    "fr": "Bonjour, comme {first} l'a écrit (demande {case}) : {problem} Mon service aussi. {name}",
    "pt": "Bom dia, como {first} já escreveu (pedido {case}): {problem} Também nos afeta. {name}",
    "es": "Buenos días, como ya escribió {first} (incidencia {case}): {problem} También nos afecta. {name}",
}
B2B_LAST_CALL: dict[str, str] = {
    "de": "ja hallo {name} hier wegen dem vorgang {case} es ist immer noch nichts behoben mehrere kollegen haben geschrieben mein chef sagt wir gehen zu einem anderen anbieter wenn das diese woche nicht geklärt ist",
    "it": "pronto sono {name} per la segnalazione {case} ancora niente risolto hanno scritto vari colleghi il mio capo dice che cambiamo fornitore se non si sistema questa settimana",
    "en": "hi it's {name} about case {case} still nothing fixed several colleagues wrote my boss says we move the account if it isn't fixed this week",
    "fr": "oui bonjour {name} pour la demande {case} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si rien cette semaine",
    "pt": "olá fala {name} sobre o pedido {case} continua tudo igual vários colegas escreveram o meu chefe diz que mudamos de fornecedor esta semana",
    "es": "hola soy {name} por la incidencia {case} sigue sin arreglarse varios compañeros escribieron mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_MILD: dict[str, str] = {
    "de": "Vorschlag: könnten die Einsatzberichte die Kostenstelle zeigen?",
    "it": "Suggerimento: i rapporti di servizio potrebbero riportare il centro di costo?",
    "en": "Suggestion: could service reports show our cost centre?",
    "fr": "Suggestion : afficher le centre de coût sur les rapports ?",
    "pt": "Sugestão: os relatórios podiam mostrar o centro de custo?",
    "es": "Sugerencia: ¿los informes podrían mostrar el centro de coste?",
}
B2B_ACK: dict[str, str] = {
    "de": "Danke, aufgenommen als {case}. {agent}, {brand} Pro",
    "it": "Grazie, registrato come {case}. {agent}, {brand} Pro",
    "en": "Thanks, logged as {case}. {agent}, {brand} Pro",
    "fr": "Merci, enregistré sous {case}. {agent}, {brand} Pro",
    "pt": "Obrigado, registado como {case}. {agent}, {brand} Pro",
    "es": "Gracias, registrado como {case}. {agent}, {brand} Pro",
}

SPIKE_TOPIC = "Saturday window-cleaning visits shown as cancelled in the app, cleaners cannot check in at the door, error LCT-629"
SPIKE: dict[str, list[str]] = {
    "de": [
        "Die App sagt mein Termin heute ist storniert?? Fehler LCT-629. Der Reiniger steht vor der Tür!",
        "heute termin weg, nur 'Buchung storniert' und ein fehlercode. was ist da los",
        "Reiniger kann nicht einchecken, App zeigt LCT-629. Kommt ihr jetzt oder nicht?",
    ],
    "it": [
        "La app dice che la visita di oggi è annullata?? Errore LCT-629, il ragazzo è qui sotto",
        "visita di stamattina sparita dalla app, scritto annullata. ma che succede",
        "L'operatore non riesce a fare il check-in, codice LCT-629",
    ],
    "en": [
        "App says today's visit is CANCELLED, error LCT-629, but the cleaner is at my door??",
        "my booking just vanished from the app, says cancelled",
    ],
    "fr": ["L'appli dit que ma visite est annulée, erreur LCT-629, le laveur est devant chez moi"],
    "pt": ["A app diz que a visita de hoje foi cancelada? O técnico está à porta"],
    "es": [
        "La app dice que mi cita de hoy está cancelada, error LCT-629, y el operario está en la puerta"
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "de": "Nochmal: immer noch LCT-629, jetzt auch in der App meiner Frau. Termin weiterhin als storniert angezeigt.",
    "it": "Di nuovo: ancora LCT-629, anche sul telefono di mio marito. La visita risulta sempre annullata.",
    "en": "Still LCT-629, on my partner's phone too. Visit still shows cancelled.",
    "fr": "Toujours LCT-629, aussi sur le téléphone de ma femme.",
    "pt": "Continua LCT-629, também no telemóvel da minha mulher.",
    "es": "Sigue el LCT-629, también en el móvil de mi mujer.",
}
SPIKE_CHAT_ANSWER: dict[str, str] = {
    "de": "Ja, heute werden Termine fälschlich als storniert angezeigt, unser Team arbeitet daran. Ihr Termin gilt. {agent}",
    "it": "Sì, oggi le visite risultano annullate per errore, ci stiamo lavorando. La sua visita è valida. {agent}",
    "en": "Yes, visits are wrongly showing as cancelled right now, our engineers are on it. Your visit stands. {agent}",
    "fr": "Oui, les visites s'affichent à tort comme annulées, on s'en occupe. {agent}",
    "pt": "Sim, as visitas aparecem como canceladas por erro, estamos a tratar. {agent}",
    "es": "Sí, las citas aparecen canceladas por error, lo estamos arreglando. {agent}",
}
SPIKE_FIXED: dict[str, str] = {
    "de": "Die App zeigt Termine seit 11:40 Uhr wieder richtig an. Als Entschuldigung: 10 € Guthaben. {agent}",
    "it": "Dalle 11:40 la app mostra di nuovo le visite correttamente. Per scusarci: 10 € di credito. {agent}",
    "en": "The app shows visits correctly again since 10:40. To say sorry, £9 credit added. {agent}",
    "fr": "Depuis 11h40 l'appli affiche à nouveau les visites. 10 € de crédit offert. {agent}",
    "pt": "Desde as 10:40 a app mostra as visitas corretamente. 10 € de crédito. {agent}",
    "es": "Desde las 11:40 la app muestra bien las citas. 10 € de crédito. {agent}",
}
LONE_Q: dict[str, str] = {
    "de": "Gestern Abend stand mein Termin kurz grau in der App, nach Neustart war er wieder normal. Gilt der morgen?",
    "it": "Ieri sera la visita era grigia nella app, dopo il riavvio è tornata normale. Vale per domani?",
}
LONE_A: dict[str, str] = {
    "de": "Ja, grau heißt nur, dass die App noch lädt. Ihr Termin gilt. {agent}",
    "it": "Sì, grigio vuol dire solo che stava caricando. La visita è confermata. {agent}",
}
