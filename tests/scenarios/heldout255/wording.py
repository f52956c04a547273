"""Wording tables of heldout255 (Tikkora: watch repair and servicing by post).

Every table has its wording in all six languages (de, it, en, fr, pt, es);
German and Italian have two to four variants in most tables.
Placeholders: {ref} case reference, {comp} competitor, {first} colleague,
{day} weekday, {code} error code, {n} a number.
"""

# ruff: noqa: E501

T = dict[str, list[str]]

PRAISE: T = {
    "de": [
        "Meine alte Junghans läuft wieder auf die Sekunde genau, danke Tikkora!",
        "Uhr von Opa zurück, poliert und mit neuer Dichtung. Echt toll gemacht",
        "Batteriewechsel per Post, in 4 Tagen zurück. Hätte ich nie gedacht dass das so einfach geht",
        "Super Service, die Uhrmacherin hat sogar ein Foto vom Werk geschickt 👍",
    ],
    "it": [
        "Il mio cronografo e tornato perfetto, grazie Tikkora!",
        "Orologio del nonno rimesso a nuovo, sono commossa davvero",
        "Cambio pila via posta in 5 giorni, tutto tracciato. Bravi",
        "Servizio top, mi hanno mandato pure la foto del movimento 😍",
    ],
    "en": [
        "Got my dad's Seiko back from Tikkora running perfectly, honestly chuffed",
        "Battery swap by post, back in four days. Easy.",
    ],
    "fr": [
        "Ma montre est revenue nickel, merci Tikkora",
        "Service au top, révision faite en une semaine",
    ],
    "pt": [
        "O meu relogio voltou impecavel, obrigada Tikkora!",
        "Troca de pilha pelo correio, rapidissimo",
    ],
    "es": [
        "Mi reloj volvió perfecto, gracias Tikkora",
        "Cambio de pila por correo en 4 dias, genial",
    ],
}

AGAIN: T = {
    "de": [
        "Schon das dritte Mal bei Tikkora und wieder alles perfekt",
        "Wieder die nette Uhrmacherin, wieder pünktlich zurück. Immer noch begeistert",
    ],
    "it": [
        "Terza volta con Tikkora e sempre impeccabili",
        "Ancora una volta puntualissimi, continuo a consigliarvi",
    ],
    "en": ["Third time using Tikkora and still spot on"],
    "fr": ["Troisième fois chez Tikkora, toujours parfait"],
    "pt": ["Terceira vez com a Tikkora e sempre perfeito"],
    "es": ["Tercera vez con Tikkora y otra vez perfecto"],
}

GRIPE_PRAISE: T = {
    "de": [
        "Sehr schön repariert, nur der Versandkarton war echt knapp bemessen. Sonst gerne wieder",
        "Top Arbeit, nur die Rechnung kam erst als PDF drei Tage später",
    ],
    "it": [
        "Riparazione ottima, solo la scatola di spedizione era un po piccola",
        "Lavoro perfetto, peccato che il preventivo sia arrivato solo per email",
    ],
    "en": ["Lovely job on the strap, only the box they send is a bit flimsy"],
    "fr": ["Très bon travail, juste l'emballage un peu léger"],
    "pt": ["Otimo trabalho, so a caixa de envio e um pouco fraca"],
    "es": ["Muy buen trabajo, solo que la caja de envio es muy justita"],
}

QUESTION: T = {
    "de": [
        "Hallo, wie lange dauert eine Revision bei einer Automatikuhr?",
        "Kann ich auch ein Lederarmband mitschicken zum Tauschen?",
        "ist die uhr beim versand versichert?",
    ],
    "it": [
        "Ciao, quanto ci vuole per la revisione di un automatico?",
        "Posso spedire anche il cinturino da cambiare?",
        "la spedizione e assicurata?",
    ],
    "en": [
        "Hi, how long does a full service on an automatic take?",
        "is the watch insured while it's in the post?",
    ],
    "fr": [
        "Bonjour, combien de temps pour une révision complète ?",
        "la montre est assurée pendant l'envoi ?",
    ],
    "pt": ["Ola, quanto tempo demora uma revisao de um automatico?"],
    "es": ["Hola, cuanto tarda una revision de un automatico?", "el envio va asegurado?"],
}

ANSWER: T = {
    "de": [
        "Hallo! Eine Revision dauert meist 10 bis 14 Tage, der Versand ist bis 2.000 € versichert. Viele Grüße, Ihr Tikkora-Team"
    ],
    "it": [
        "Ciao! Una revisione richiede di solito 10-14 giorni e la spedizione e assicurata fino a 2.000 €. Un saluto, il team Tikkora"
    ],
    "en": [
        "Hi! A full service usually takes 10 to 14 days and the parcel is insured up to £1,700. Best, the Tikkora team"
    ],
    "fr": [
        "Bonjour ! Une révision prend en général 10 à 14 jours, l'envoi est assuré jusqu'à 2 000 €. L'équipe Tikkora"
    ],
    "pt": [
        "Ola! Uma revisao demora 10 a 14 dias e o envio esta seguro ate 2.000 €. Equipa Tikkora"
    ],
    "es": [
        "Hola! Una revision suele tardar 10-14 dias y el envio va asegurado hasta 2.000 €. Equipo Tikkora"
    ],
}

THANKS: T = {
    "de": ["Danke, super!", "ok perfekt danke"],
    "it": ["Grazie mille!", "ok perfetto grz"],
    "en": ["Great, thanks!"],
    "fr": ["Merci beaucoup !"],
    "pt": ["Obrigado!"],
    "es": ["Genial, gracias!"],
}

NIGHT_POST: T = {
    "de": [
        "3 Uhr nachts, kann nicht schlafen und schaue Videos von Uhrmachern. Morgen schick ich die Omega zu Tikkora",
        "Nachtschicht vorbei und die Tikkora-Uhr tickt immer noch perfekt",
    ],
    "it": [
        "Le 2 di notte e sto guardando video di orologiai, domani spedisco il mio a Tikkora",
        "Turno di notte finito, e l'orologio sistemato da Tikkora non perde un colpo",
    ],
    "en": ["2am and watching watchmaker videos again. Sending my Omega to Tikkora tomorrow"],
    "fr": ["3h du mat, je regarde des vidéos d'horlogers. J'envoie ma montre chez Tikkora demain"],
    "pt": ["3 da manha a ver videos de relojoeiros, amanha mando o meu a Tikkora"],
    "es": ["Las 3 de la mañana viendo videos de relojeros, mañana mando el mio a Tikkora"],
}

NIGHT_Q: T = {
    "de": [
        "Kann ich das Paket auch nachts in die Packstation legen?",
        "ab wann gilt der Plus-Rabatt wenn ich jetzt buche?",
    ],
    "it": [
        "Posso lasciare il pacco al locker anche di notte?",
        "lo sconto Plus vale subito se prenoto adesso?",
    ],
    "en": ["Can I drop the parcel at a locker overnight?"],
    "fr": ["Je peux déposer le colis en consigne la nuit ?"],
    "pt": ["Posso deixar a encomenda no cacifo a noite?"],
    "es": ["Puedo dejar el paquete en el locker de noche?"],
}

NIGHT_A: T = {
    "de": ["Ja, das geht rund um die Uhr. Gute Nacht vom Tikkora-Team!"],
    "it": ["Si, funziona a qualsiasi ora. Buona notte dal team Tikkora!"],
    "en": ["Yes, any time of day or night. Night, the Tikkora team"],
    "fr": ["Oui, à toute heure. Bonne nuit, l'équipe Tikkora"],
    "pt": ["Sim, a qualquer hora. Boa noite, equipa Tikkora"],
    "es": ["Si, a cualquier hora. Buenas noches, equipo Tikkora"],
}

SURVEY_WORD: T = {
    "de": ["Top", "sehr gut", ""],
    "it": ["Ottimo", "bravissimi", ""],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

PROBLEMS = ("lost_parcel", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

PROBLEM: dict[str, T] = {
    "lost_parcel": {
        "de": [
            "Meine Uhr ist laut Sendungsverfolgung seit 9 Tagen bei euch angekommen und keiner findet sie. Das ist die Uhr meines Vaters!",
            "Tracking sagt ZUGESTELLT an die Werkstatt, ihr sagt nicht da. Wo ist meine Uhr??",
        ],
        "it": [
            "Il tracking dice CONSEGNATO al laboratorio da 9 giorni e voi non lo trovate. E l'orologio di mio padre!",
            "Pacco consegnato secondo il corriere, per voi non esiste. Dov'e il mio orologio??",
        ],
        "en": [
            "Tracking says DELIVERED to your workshop nine days ago and nobody can find my watch. It was my dad's"
        ],
        "fr": ["Le suivi dit LIVRÉ à l'atelier depuis 9 jours et personne ne trouve ma montre"],
        "pt": ["O tracking diz ENTREGUE na oficina ha 9 dias e ninguem encontra o meu relogio"],
        "es": ["El seguimiento dice ENTREGADO en el taller hace 9 dias y nadie encuentra mi reloj"],
    },
    "double_charge": {
        "de": [
            "Ihr habt die Revision ZWEIMAL abgebucht, 189 € doppelt. Bitte sofort zurück",
            "zwei abbuchungen für einen batteriewechsel?? was soll das",
        ],
        "it": [
            "Mi avete addebitato la revisione DUE volte, 189 € in piu. Rimborsate subito",
            "due addebiti per un solo cambio pila?? ma scherziamo",
        ],
        "en": ["You've charged me TWICE for the same service, £160 gone twice"],
        "fr": ["Vous m'avez débité DEUX fois la révision, 189 € en double"],
        "pt": ["Cobraram a revisao DUAS vezes, 189 € a mais"],
        "es": ["Me habeis cobrado la revision DOS veces, 189 € de mas"],
    },
    "damage": {
        "de": [
            "Uhr kam mit einem Kratzer quer übers Glas zurück, vorher war da nichts. Ich habe Fotos",
            "Nach der Revision ist die Krone locker und das Glas zerkratzt. Toll.",
        ],
        "it": [
            "L'orologio e tornato con un graffio sul vetro che prima non c'era. Ho le foto",
            "Dopo la revisione la corona balla e il vetro e rigato. Complimenti.",
        ],
        "en": [
            "Watch came back with a scratch right across the crystal, wasn't there before, I have photos"
        ],
        "fr": ["La montre est revenue avec une rayure sur le verre, il n'y en avait pas avant"],
        "pt": ["O relogio voltou com um risco no vidro que nao tinha antes"],
        "es": ["El reloj volvio con un arañazo en el cristal que antes no tenia"],
    },
    "refund": {
        "de": [
            "Kostenvoranschlag abgelehnt, Uhr zurück, aber die 35 € Diagnose sollten erstattet werden. Seit drei Wochen nichts",
            "Wo bleibt meine Erstattung? DREI Wochen jetzt",
        ],
        "it": [
            "Ho rifiutato il preventivo, orologio tornato, ma i 35 € di diagnosi dovevano essere rimborsati. Tre settimane e niente",
            "Il rimborso dov'e? TRE settimane ormai",
        ],
        "en": [
            "Declined the quote, watch is back, but the £30 diagnosis fee was meant to be refunded. Three weeks and nothing"
        ],
        "fr": [
            "Devis refusé, montre revenue, mais les 35 € de diagnostic ne sont toujours pas remboursés"
        ],
        "pt": ["Recusei o orçamento mas os 35 € de diagnostico ainda nao foram devolvidos"],
        "es": ["Rechace el presupuesto y los 35 € del diagnostico siguen sin devolverse"],
    },
    "wrong_price": {
        "de": [
            "Ich bin Plus-Mitglied und zahle trotzdem den vollen Preis für den Batteriewechsel. Wofür zahle ich Plus?",
            "plus abo aktiv, trotzdem normalpreis berechnet. bitte korrigieren",
        ],
        "it": [
            "Sono socia Plus e mi avete fatto pagare il prezzo pieno del cambio pila. A cosa serve Plus?",
            "abbonamento Plus attivo ma prezzo pieno, correggete per favore",
        ],
        "en": [
            "I'm a Plus member and got charged the full non-member price. What am I paying Plus for?"
        ],
        "fr": ["Je suis membre Plus et j'ai payé le prix plein. À quoi sert Plus ?"],
        "pt": ["Sou membro Plus e paguei o preço normal. Para que serve o Plus?"],
        "es": ["Soy socio Plus y me cobrasteis el precio normal. Para que pago Plus?"],
    },
    "cancel_fee": {
        "de": [
            "25 € Stornogebühr, obwohl ich fünf Tage vorher storniert habe und die Uhr nie verschickt wurde?",
            "Stornogebühr für eine Abholung die nie stattfand. Ernsthaft?",
        ],
        "it": [
            "25 € di penale anche se ho annullato cinque giorni prima e l'orologio non e mai partito?",
            "Penale per un ritiro mai avvenuto. Sul serio?",
        ],
        "en": [
            "£20 cancellation fee when I cancelled five days ahead and never even sent the watch?"
        ],
        "fr": ["25 € de frais d'annulation alors que j'ai annulé cinq jours avant ?"],
        "pt": ["25 € de taxa de cancelamento quando cancelei cinco dias antes?"],
        "es": ["25 € de penalizacion cuando cancele cinco dias antes?"],
    },
}

LONG: T = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Wartezimmer beim Kinderarzt, also verzeihen Sie die Kürze. Meine Mutter hat mir zum 40. die Armbanduhr meines verstorbenen Vaters geschenkt, und ich wollte sie endlich überholen lassen. {problem} Ich bin seit zwei Jahren Kundin und war immer zufrieden, aber das geht so nicht.\n\nMit freundlichen Grüßen",
        "Hallo Tikkora-Team,\n\nzwischen zwei Kundenterminen auf dem Wochenmarkt kurz das hier: wir renovieren gerade die Wohnung meiner Schwiegermutter, ich habe eigentlich keine Zeit für so etwas. {problem} Bitte melden Sie sich heute noch.\n\nGruß",
    ],
    "it": [
        "Gentili signori,\n\nvi scrivo dalla macchina fuori dalla piscina dei gemelli. Mia nonna mi ha lasciato il suo orologio d'oro e volevo farlo revisionare per il matrimonio di mia sorella. {problem} Sono cliente da anni e non mi era mai successo.\n\nCordiali saluti",
        "Buongiorno,\n\nscrivo in pausa pranzo, tra un turno e l'altro in ospedale. {problem} Vorrei una risposta chiara entro oggi, non l'ennesimo messaggio automatico.\n\nGrazie",
    ],
    "en": [
        "Dear Tikkora,\n\nwriting this from the car outside my son's football training. My wife gave me this watch on our wedding day and I finally sent it in for a service. {problem} I've used you for years and been happy until now.\n\nRegards"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du vétérinaire. Cette montre était à ma grand-mère. {problem} Je suis cliente depuis longtemps, mais là ce n'est pas possible.\n\nCordialement"
    ],
    "pt": [
        "Boa tarde,\n\nescrevo do carro a porta da escola. Este relogio era do meu avo. {problem} Sou cliente ha anos e nunca tive problemas.\n\nCumprimentos"
    ],
    "es": [
        "Buenas tardes,\n\nos escribo desde la sala de espera del dentista. Este reloj era de mi abuelo. {problem} Llevo años con vosotros y siempre contenta, pero esto no.\n\nUn saludo"
    ],
}

SUBJ_COMPLAINT = {
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "en": "Complaint: ",
    "fr": "Réclamation : ",
    "pt": "Reclamação: ",
    "es": "Reclamación: ",
}
SUBJ_RE = {
    "de": "AW: Vorgang {ref}",
    "it": "R: Pratica {ref}",
    "en": "Re: Your case {ref}",
    "fr": "RE : Dossier {ref}",
    "pt": "RE: Processo {ref}",
    "es": "RE: Incidencia {ref}",
}
TOPIC_WORD = {
    "de": {
        "lost_parcel": "Uhr verschwunden",
        "double_charge": "doppelte Abbuchung",
        "damage": "Kratzer nach Revision",
        "refund": "Erstattung fehlt",
        "wrong_price": "Plus-Preis",
        "cancel_fee": "Stornogebühr",
    },
    "it": {
        "lost_parcel": "orologio sparito",
        "double_charge": "doppio addebito",
        "damage": "graffio dopo revisione",
        "refund": "rimborso",
        "wrong_price": "prezzo Plus",
        "cancel_fee": "penale",
    },
    "en": {
        "lost_parcel": "missing watch",
        "double_charge": "double charge",
        "damage": "scratched crystal",
        "refund": "refund",
        "wrong_price": "Plus price",
        "cancel_fee": "cancellation fee",
    },
    "fr": {
        "lost_parcel": "montre introuvable",
        "double_charge": "double débit",
        "damage": "rayure",
        "refund": "remboursement",
        "wrong_price": "prix Plus",
        "cancel_fee": "frais d'annulation",
    },
    "pt": {
        "lost_parcel": "relogio perdido",
        "double_charge": "cobrança dupla",
        "damage": "risco no vidro",
        "refund": "reembolso",
        "wrong_price": "preço Plus",
        "cancel_fee": "taxa de cancelamento",
    },
    "es": {
        "lost_parcel": "reloj perdido",
        "double_charge": "cobro doble",
        "damage": "arañazo",
        "refund": "reembolso",
        "wrong_price": "precio Plus",
        "cancel_fee": "penalizacion",
    },
}

AGENT_CASE: T = {
    "de": [
        "Es tut uns sehr leid. Wir haben den Vorgang {ref} eröffnet und melden uns innerhalb von 48 Stunden. Tikkora Kundenservice"
    ],
    "it": [
        "Ci dispiace molto. Abbiamo aperto la pratica {ref} e ti ricontattiamo entro 48 ore. Servizio clienti Tikkora"
    ],
    "en": [
        "We're really sorry. We've opened case {ref} and will get back to you within 48 hours. Tikkora customer care"
    ],
    "fr": [
        "Nous sommes désolés. Le dossier {ref} est ouvert, nous revenons vers vous sous 48 h. Service client Tikkora"
    ],
    "pt": [
        "Lamentamos muito. Abrimos o processo {ref} e respondemos em 48 horas. Apoio ao cliente Tikkora"
    ],
    "es": [
        "Lo sentimos mucho. Hemos abierto la incidencia {ref} y te respondemos en 48 horas. Atencion al cliente Tikkora"
    ],
}

AGENT_ESCAL: T = {
    "de": [
        "Ihr Vorgang {ref} liegt jetzt bei unserer Werkstattleitung, die Sie vor Freitagmittag anruft."
    ],
    "it": [
        "La tua pratica {ref} e ora in mano alla responsabile del laboratorio, che ti chiamera entro venerdi a pranzo."
    ],
    "en": [
        "Your case {ref} is now with our workshop lead, who will call you before Friday lunchtime."
    ],
    "fr": [
        "Votre dossier {ref} est chez notre chef d'atelier, qui vous appellera avant vendredi midi."
    ],
    "pt": [
        "O seu processo {ref} esta agora com a chefe de oficina, que lhe liga antes de sexta ao almoço."
    ],
    "es": [
        "Tu incidencia {ref} esta ahora con la jefa de taller, que te llamara antes del viernes a mediodia."
    ],
}

AGENT_GOOD: T = {
    "de": [
        "Gute Nachrichten zu {ref}: das ist erledigt. Können Sie kurz bestätigen, dass alles passt?"
    ],
    "it": ["Buone notizie sulla pratica {ref}: e risolto. Puoi confermarci che e tutto a posto?"],
    "en": ["Good news on {ref}: it's sorted. Could you confirm everything is fine on your side?"],
    "fr": ["Bonne nouvelle pour {ref} : c'est réglé. Pouvez-vous nous confirmer ?"],
    "pt": ["Boas noticias sobre {ref}: esta resolvido. Pode confirmar?"],
    "es": ["Buenas noticias sobre {ref}: resuelto. Nos confirmas que todo esta bien?"],
}

CONFIRM: T = {
    "de": ["Bestätigt, {ref} ist erledigt, danke!", "passt alles, {ref} kann zu. danke"],
    "it": ["Confermo, {ref} risolto, grazie!", "tutto ok per {ref}, potete chiudere"],
    "en": ["Confirmed, {ref} is sorted, thanks"],
    "fr": ["Confirmé pour {ref}, merci"],
    "pt": ["Confirmo, {ref} resolvido, obrigada"],
    "es": ["Confirmado, {ref} resuelto, gracias"],
}

APOLOGY: T = {
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke fürs Kümmern"],
    "it": ["Scusate per i toni di ieri, giornata pesante. Grazie per l'aiuto"],
    "en": ["Sorry for snapping yesterday, long day. Thanks for looking into it"],
    "fr": ["Désolée pour mon ton hier, grosse journée. Merci"],
    "pt": ["Desculpem o tom de ontem, dia dificil. Obrigada"],
    "es": ["Perdon por el tono de ayer, dia largo. Gracias"],
}

STILL_OPEN: T = {
    "de": [
        "Vorgang {ref} ist immer noch offen, niemand hat sich gemeldet. {problem}",
        "Schon wieder ich wegen {ref}. Nichts passiert.",
    ],
    "it": [
        "La pratica {ref} e ancora aperta, nessuno mi ha ricontattato. {problem}",
        "Sono di nuovo io per {ref}. Non e cambiato niente.",
    ],
    "en": ["Case {ref} is still open and nobody has been in touch. {problem}"],
    "fr": ["Le dossier {ref} est toujours ouvert, personne ne m'a rappelée. {problem}"],
    "pt": ["O processo {ref} continua aberto, ninguem me contactou. {problem}"],
    "es": ["La incidencia {ref} sigue abierta y nadie me ha llamado. {problem}"],
}

THIRD: T = {
    "de": [
        "Dritte Nachricht zu {ref}. Eine Kollegin lässt ihre Uhren bei {comp} machen, die klären sowas am selben Tag.",
        "{ref}, zum dritten Mal. Ich habe mir schon angeschaut was {comp} verlangt.",
    ],
    "it": [
        "Terzo messaggio per {ref}. Una collega va da {comp} e lo risolvono in giornata.",
        "{ref}, per la terza volta. Ho gia guardato i prezzi di {comp}.",
    ],
    "en": ["Third message about {ref}. A colleague uses {comp} and they sort this the same day."],
    "fr": [
        "Troisième message pour {ref}. Une collègue passe par {comp}, eux règlent ça dans la journée."
    ],
    "pt": ["Terceira mensagem sobre {ref}. Uma colega usa a {comp} e resolvem no proprio dia."],
    "es": ["Tercer mensaje por {ref}. Una compañera usa {comp} y lo resuelven en el dia."],
}

FOURTH: T = {
    "de": ["Zum VIERTEN Mal: {ref} ist nicht gelöst. Jetzt reichts."],
    "it": ["Per la QUARTA volta: {ref} non e risolto. Basta."],
    "en": ["FOURTH time: {ref} is still not fixed."],
    "fr": ["QUATRIÈME fois : {ref} n'est toujours pas réglé."],
    "pt": ["QUARTA vez: {ref} continua por resolver."],
    "es": ["CUARTA vez: {ref} sigue sin resolverse. YA ESTA BIEN."],
}

AGENT_ADDED: T = {
    "de": ["Zu Ihrem Vorgang {ref} hinzugefügt und als dringend markiert."],
    "it": ["Aggiunto alla pratica {ref} e segnato come urgente."],
    "en": ["Added to your case {ref} and marked urgent."],
    "fr": ["Ajouté à votre dossier {ref}, marqué urgent."],
    "pt": ["Adicionado ao processo {ref} e marcado como urgente."],
    "es": ["Añadido a tu incidencia {ref} y marcado como urgente."],
}

SLIDE: T = {
    "de": [
        "Diesmal 12 Tage statt 7 für einen Batteriewechsel, ohne Nachricht. Naja",
        "Armband kam mit einem fremden Fussel-Kratzer zurück, und die Schließe hakt",
        "Jetzt wollen sie vor dem Versand Fotos von allen Seiten, sonst keine Versicherung?",
        "Preise für die Revision um 40 € erhöht, ohne Ankündigung",
        "35 € 'Reinigungspauschale' für eine Uhr die sauber war, eure eigenen Fotos zeigen es. Frechheit",
        "Mein Schwager bringt seine Uhren zu {comp}, ich habe meine Omega dort für Samstag angemeldet",
    ],
    "it": [
        "Stavolta 12 giorni invece di 7 per una pila, senza avvisare. Mah",
        "Il cinturino e tornato rigato e la fibbia si incastra",
        "Adesso vogliono foto da tutti i lati prima della spedizione, altrimenti niente assicurazione?",
        "Revisione aumentata di 40 € senza dire niente",
        "35 € di 'pulizia' per un orologio pulito, lo dicono le vostre stesse foto. Vergogna",
        "Mio cognato porta i suoi orologi da {comp}, ho prenotato li per sabato",
    ],
    "en": [
        "12 days for a battery this time instead of 7, no message. Hmm",
        "Strap came back scuffed and the clasp sticks now",
        "Now they want photos from every side before posting or no insurance?",
        "Service price up £35 without a word",
        "£30 'cleaning fee' for a watch your own photos show was clean. Cheeky",
        "My brother-in-law uses {comp}, I've booked my Omega in with them for Saturday",
    ],
    "fr": [
        "12 jours pour une pile cette fois au lieu de 7, sans message",
        "Bracelet revenu rayé et le fermoir accroche",
        "Maintenant il faut des photos de tous les côtés sinon pas d'assurance ?",
        "Révision +40 € sans prévenir",
        "35 € de 'nettoyage' pour une montre propre, vos propres photos le prouvent",
        "Mon beau-frère passe par {comp}, j'ai réservé chez eux pour samedi",
    ],
    "pt": [
        "Desta vez 12 dias para uma pilha em vez de 7, sem aviso",
        "A bracelete voltou riscada e o fecho prende",
        "Agora querem fotos de todos os lados antes do envio senao nao ha seguro?",
        "Revisao subiu 40 € sem aviso",
        "35 € de 'limpeza' num relogio limpo, as vossas fotos mostram. Vergonha",
        "O meu cunhado usa a {comp}, marquei la para sabado",
    ],
    "es": [
        "Esta vez 12 dias para una pila en vez de 7, sin avisar",
        "La correa volvio rayada y el cierre se engancha",
        "Ahora piden fotos por todos lados antes del envio o no hay seguro?",
        "La revision sube 40 € sin avisar",
        "35 € de 'limpieza' por un reloj limpio, lo dicen vuestras propias fotos. Vergüenza",
        "Mi cuñado lleva sus relojes a {comp}, ya tengo cita alli el sabado",
    ],
}

CANCEL: T = {
    "de": [
        "Ich habe mir eine Funkuhr gekauft und brauche den Service nicht mehr. Bitte Tikkora Plus kündigen und mein Konto schließen.",
        "Bitte Plus-Mitgliedschaft kündigen und Konto löschen, ich trage keine mechanischen Uhren mehr",
    ],
    "it": [
        "Ho comprato uno smartwatch e non mi serve piu. Vorrei disdire Tikkora Plus e chiudere l'account.",
        "Per favore disdite il Plus e chiudete il mio account, non uso piu orologi meccanici",
    ],
    "en": [
        "Bought a smartwatch, don't need this anymore. Please cancel Tikkora Plus and close my account."
    ],
    "fr": [
        "J'ai acheté une montre connectée, merci de résilier Tikkora Plus et fermer mon compte."
    ],
    "pt": ["Comprei um smartwatch, quero cancelar o Tikkora Plus e fechar a conta."],
    "es": ["Me he comprado un smartwatch, quiero cancelar Tikkora Plus y cerrar la cuenta."],
}

AGENT_BYE: T = {
    "de": [
        "Schade, dass Sie gehen. Sie können Plus jederzeit selbst in der App oder auf der Website kündigen."
    ],
    "it": ["Ci dispiace vederti andare. Puoi disdire Plus da solo nell'app o sul sito."],
    "en": ["Sorry to see you go. You can cancel Plus yourself in the app or on the website."],
    "fr": ["Dommage de vous voir partir. Vous pouvez résilier Plus dans l'app ou sur le site."],
    "pt": ["Lamentamos a sua saida. Pode cancelar o Plus na app ou no site."],
    "es": ["Sentimos que te vayas. Puedes cancelar Plus tu mismo en la app o la web."],
}

GRUMBLE: T = {
    "de": [
        "Die App loggt mich JEDES Mal aus.",
        "Die Push-Nachricht 'Ihre Uhr ist unterwegs' um 6 Uhr früh, muss das sein",
        "Versandkarton wieder zu klein, das Polster fehlt halb",
    ],
    "it": [
        "L'app mi disconnette OGNI volta.",
        "La notifica alle 6 di mattina, davvero necessaria?",
        "Scatola di spedizione di nuovo troppo piccola",
    ],
    "en": ["App logs me out EVERY single time."],
    "fr": ["L'appli me déconnecte À CHAQUE fois."],
    "pt": ["A app faz logout TODAS as vezes."],
    "es": ["La app me cierra sesion CADA vez."],
}

SARCASM: T = {
    "de": [
        "'Express-Service' in 11 Tagen. Beeindruckend schnell 👏",
        "Uhr zurück mit Fingerabdrücken vom Vorbesitzer drauf, wie nett 😂",
    ],
    "it": [
        "'Servizio express' in 11 giorni. Velocissimi 👏",
        "Orologio tornato con le impronte di qualcun altro, che gentili 😂",
    ],
    "en": ["'Express service' in 11 days. Blazing 👏"],
    "fr": ["'Service express' en 11 jours. Quelle rapidité 👏"],
    "pt": ["'Servico expresso' em 11 dias. Rapidissimo 👏"],
    "es": ["'Servicio express' en 11 dias. Rapidisimo 👏"],
}

MILD: T = {
    "de": [
        "Die Suche nach Abgabestellen zeigt mir Orte in einer anderen Stadt",
        "Benachrichtigungen kommen auf Englisch obwohl alles auf Deutsch steht",
    ],
    "it": [
        "La ricerca dei punti di consegna mi mostra un'altra citta",
        "Le notifiche arrivano in inglese anche se ho impostato l'italiano",
    ],
    "en": ["Drop-off point search shows me a different town"],
    "fr": ["La recherche de points de dépôt affiche une autre ville"],
    "pt": ["A pesquisa de pontos de entrega mostra outra cidade"],
    "es": ["El buscador de puntos de entrega me muestra otra ciudad"],
}

MILD_ACK: T = {
    "de": ["Danke für den Hinweis, wir haben es weitergegeben."],
    "it": ["Grazie della segnalazione, l'abbiamo girata al team."],
    "en": ["Thanks for flagging, we've passed it on."],
    "fr": ["Merci du signalement, transmis à l'équipe."],
    "pt": ["Obrigado pelo aviso, ja passamos a equipa."],
    "es": ["Gracias por avisar, lo hemos trasladado."],
}

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

B2B_PROBLEM: dict[str, T] = {
    "invoice": {
        "de": [
            "Ihre Rechnungen tragen immer noch den alten Firmennamen und keine Bestellnummer, unsere Buchhaltung kann nicht zahlen.",
            "Schon wieder Rechnungen ohne PO-Nummer und mit dem Namen vor der Fusion.",
        ],
        "it": [
            "Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine, l'amministrazione non puo pagarle.",
            "Di nuovo fatture senza numero d'ordine e col nome pre-fusione.",
        ],
        "en": [
            "Your invoices still carry our pre-merger name and no PO number, accounts can't pay them."
        ],
        "fr": ["Vos factures portent encore l'ancien nom et aucun numéro de commande."],
        "pt": ["As faturas ainda tem o nome antigo e nenhum numero de encomenda."],
        "es": ["Las facturas siguen con el nombre antiguo y sin numero de pedido."],
    },
    "service_blocked": {
        "de": ["Unsere Sendung wurde abgelehnt, 'Konto gesperrt', obwohl alles bezahlt ist."],
        "it": ["Ci hanno rifiutato la spedizione, 'conto bloccato', ma e tutto pagato."],
        "en": ["Our batch was refused, 'account on stop', though everything is paid."],
        "fr": ["Notre envoi a été refusé, 'compte bloqué', alors que tout est payé."],
        "pt": ["O nosso lote foi recusado, 'conta bloqueada', mas esta tudo pago."],
        "es": ["Nos rechazaron el lote, 'cuenta bloqueada', y esta todo pagado."],
    },
    "portal": {
        "de": [
            "Das Portal zeigt keine offenen Reparaturaufträge, wir können nichts zurückfordern und die Lagergebühr läuft weiter.",
            "Im Portal sind alle Aufträge verschwunden, keine Rücksendung möglich.",
        ],
        "it": [
            "Il portale non mostra riparazioni aperte, non possiamo chiedere il reso e la giacenza si paga.",
            "Nel portale sono sparite tutte le pratiche, niente reso possibile.",
        ],
        "en": [
            "The portal shows no open repairs so we can't request returns and storage keeps billing."
        ],
        "fr": [
            "Le portail n'affiche aucune réparation en cours, impossible de demander le retour."
        ],
        "pt": ["O portal nao mostra reparações abertas, nao conseguimos pedir devoluçao."],
        "es": ["El portal no muestra reparaciones abiertas y no podemos pedir la devolucion."],
    },
    "overbilled": {
        "de": [
            "Sie berechnen Einzelpreise statt unseres vereinbarten Vertragspreises, über 600 € Unterschied."
        ],
        "it": [
            "Ci fatturate il prezzo singolo invece della tariffa a contratto, oltre 600 € di differenza."
        ],
        "en": [
            "You're billing single-item rates instead of our contract rate, over £500 difference."
        ],
        "fr": ["Vous facturez au prix unitaire au lieu du tarif contrat, plus de 600 € d'écart."],
        "pt": ["Estao a faturar preço unitario em vez do contrato, mais de 600 € de diferença."],
        "es": ["Nos cobrais precio unitario en vez del de contrato, mas de 600 € de diferencia."],
    },
}

B2B_FOLLOW: T = {
    "de": [
        "Meine Kollegin {first} hat Ihnen am {day} wegen {ref} geschrieben. Das Problem besteht weiter: {problem}",
        "Wie {first} schon am {day} schrieb ({ref}): {problem}",
    ],
    "it": [
        "La mia collega {first} vi ha scritto {day} per la pratica {ref}. Il problema resta: {problem}",
        "Come gia scritto da {first} {day} ({ref}): {problem}",
    ],
    "en": ["My colleague {first} wrote to you on {day} about {ref}. Still the same: {problem}"],
    "fr": ["Ma collègue {first} vous a écrit {day} au sujet de {ref}. Toujours pareil : {problem}"],
    "pt": ["A minha colega {first} escreveu {day} sobre {ref}. Continua igual: {problem}"],
    "es": ["Mi compañera {first} os escribio el {day} por {ref}. Sigue igual: {problem}"],
}

B2B_LAST_MAIL: T = {
    "de": [
        "{ref}: nichts ist behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat bereits bei {comp} Preise angefragt."
    ],
    "it": [
        "{ref}: niente risolto, hanno scritto diversi colleghi. L'ufficio acquisti ha gia chiesto i prezzi a {comp}."
    ],
    "en": [
        "{ref}: nothing fixed, several colleagues have written. Procurement has already asked {comp} for rates."
    ],
    "fr": [
        "{ref} : rien n'est réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "pt": [
        "{ref}: nada resolvido, varios colegas escreveram. As compras ja pediram preços a {comp}."
    ],
    "es": [
        "{ref}: nada resuelto, han escrito varios compañeros. Compras ya ha pedido precios a {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "de": [
        "ja hallo wegen dem Vorgang {ref} es ist immer noch nichts passiert mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht gelöst ist"
    ],
    "it": [
        "si buongiorno chiamo per la pratica {ref} ancora niente hanno scritto in tanti il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
    ],
    "en": [
        "hi calling about case {ref} still nothing fixed several of us have written my boss says we move the account if it isn't sorted this week"
    ],
    "fr": [
        "oui bonjour pour le dossier {ref} toujours rien plusieurs collègues ont écrit mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "pt": [
        "bom dia liguei por causa do processo {ref} continua tudo igual o meu chefe diz que mudamos de fornecedor se nao resolverem esta semana"
    ],
    "es": [
        "hola llamo por la incidencia {ref} sigue todo igual mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: T = {
    "de": [
        "Vorschlag: könnten Sie die Reparaturkosten im Portal nach Filiale exportierbar machen?",
        "Wäre schön, wenn auf dem Lieferschein das Datum der letzten Dichtheitsprüfung stünde.",
    ],
    "it": [
        "Suggerimento: potreste rendere esportabili i costi per punto vendita nel portale?",
        "Sarebbe utile la data dell'ultimo test di impermeabilita sulla bolla.",
    ],
    "en": ["Suggestion: could repair costs be exported by branch in the portal?"],
    "fr": ["Suggestion : pourriez-vous permettre l'export des coûts par magasin ?"],
    "pt": ["Sugestao: podiam permitir exportar custos por loja no portal?"],
    "es": ["Sugerencia: podriais permitir exportar costes por tienda en el portal?"],
}

B2B_Q: T = {
    "de": [
        "Kurze Frage: können wir zehn Uhren in einem Paket schicken?",
        "Bis wann muss die Sammelsendung heute raus?",
    ],
    "it": [
        "Domanda veloce: possiamo spedire dieci orologi in un solo pacco?",
        "Entro che ora deve partire la spedizione cumulativa?",
    ],
    "en": ["Quick one: can we send ten watches in one parcel?"],
    "fr": ["Petite question : peut-on envoyer dix montres dans un colis ?"],
    "pt": ["Pergunta rapida: podemos enviar dez relogios numa encomenda?"],
    "es": ["Pregunta rapida: podemos mandar diez relojes en un paquete?"],
}

B2B_A: T = {
    "de": ["Ja, bis zu zwölf Uhren pro Sammelkarton, Abholung bis 16 Uhr. Tikkora Trade"],
    "it": ["Si, fino a dodici orologi per collo, ritiro entro le 16. Tikkora Trade"],
    "en": ["Yes, up to twelve per batch box, collection until 4pm. Tikkora Trade"],
    "fr": ["Oui, jusqu'à douze par carton, enlèvement jusqu'à 16 h. Tikkora Trade"],
    "pt": ["Sim, ate doze por caixa, recolha ate as 16h. Tikkora Trade"],
    "es": ["Si, hasta doce por caja, recogida hasta las 16h. Tikkora Trade"],
}

B2B_PRAISE: T = {
    "de": [
        "Tikkora Trade hat unsere Kundenuhren wieder schnell und sauber erledigt",
        "Zuverlässig wie immer, unsere Kunden sind zufrieden",
    ],
    "it": [
        "Tikkora Trade ha sistemato gli orologi dei nostri clienti in tempi record",
        "Affidabili come sempre",
    ],
    "en": ["Tikkora Trade turned our customers' watches round quickly again"],
    "fr": ["Tikkora Trade, rapide et fiable comme toujours"],
    "pt": ["Tikkora Trade rapido e fiavel como sempre"],
    "es": ["Tikkora Trade rapido y fiable como siempre"],
}

WEEKDAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sabado", "domingo"],
    "es": ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"],
}

SPIKE: T = {
    "de": [
        "Das Versandetikett aus der App wird an der Paketstelle abgelehnt, Fehler {code}. Ich kann meine Uhr nicht abschicken",
        "Packstation sagt Etikett ungültig, in der App steht {code}. Was ist da los?",
        "Barcode auf dem Tikkora-Etikett lässt sich nicht scannen, {code}",
    ],
    "it": [
        "L'etichetta di spedizione dell'app viene rifiutata al punto di ritiro, errore {code}. Non riesco a spedire",
        "Il locker dice etichetta non valida, nell'app compare {code}. Che succede?",
        "Codice a barre dell'etichetta Tikkora illeggibile, {code}",
    ],
    "en": [
        "Shipping label from the app gets rejected at the drop-off point, error {code}. Can't send my watch"
    ],
    "fr": ["L'étiquette d'envoi de l'appli est refusée au point relais, erreur {code}"],
    "pt": ["A etiqueta de envio da app e recusada no ponto de entrega, erro {code}"],
    "es": ["La etiqueta de envio de la app la rechazan en el punto de entrega, error {code}"],
}

SPIKE_AGAIN: T = {
    "de": [
        "Immer noch {code}, auch an einer anderen Packstation",
        "Mit dem Handy meiner Frau neu erzeugt, wieder {code}",
    ],
    "it": [
        "Ancora {code}, anche in un altro punto",
        "Rigenerata col telefono di mio marito, sempre {code}",
    ],
    "en": ["Still {code}, tried another drop-off too"],
    "fr": ["Toujours {code}, même dans un autre relais"],
    "pt": ["Continua {code}, tentei outro ponto"],
    "es": ["Sigue {code}, probe en otro punto"],
}

SPIKE_CHAT_A: T = {
    "de": ["Ja, die Versandetiketten werden gerade überall abgelehnt, unsere Technik ist dran."],
    "it": [
        "Si, in questo momento le etichette vengono rifiutate ovunque, i tecnici ci stanno lavorando."
    ],
    "en": ["Yes, shipping labels are being refused everywhere right now, our engineers are on it."],
    "fr": ["Oui, les étiquettes sont refusées partout en ce moment, nos équipes s'en occupent."],
    "pt": [
        "Sim, as etiquetas estao a ser recusadas em todo o lado, a equipa tecnica esta a tratar."
    ],
    "es": [
        "Si, ahora mismo se rechazan las etiquetas en todas partes, los tecnicos estan en ello."
    ],
}

SPIKE_FIXED: T = {
    "de": [
        "Die Etiketten funktionieren seit {t} Uhr wieder. Den Versand übernehmen wir, 10 € Guthaben ist gutgeschrieben."
    ],
    "it": [
        "Le etichette funzionano di nuovo dalle {t}. La spedizione la offriamo noi, 10 € di credito aggiunti."
    ],
    "en": ["Labels work again since {t}. Postage is on us, £9 credit added."],
    "fr": [
        "Les étiquettes fonctionnent à nouveau depuis {t}. L'envoi est offert, 10 € de crédit ajoutés."
    ],
    "pt": [
        "As etiquetas voltaram a funcionar desde as {t}. O envio e por nossa conta, 10 € de credito."
    ],
    "es": [
        "Las etiquetas vuelven a funcionar desde las {t}. El envio corre de nuestra cuenta, 10 € de credito."
    ],
}

LONE_Q: T = {
    "de": [
        "Gestern Abend war der Barcode auf dem Etikett in der App ganz blass, nach Helligkeit hoch sah er normal aus. Geht das morgen an der Packstation?"
    ],
    "it": [
        "Ieri sera il codice a barre dell'etichetta nell'app era sbiadito, alzando la luminosita si vedeva bene. Domani al locker funziona?"
    ],
    "en": [
        "Last night the label barcode in the app looked faint until I turned the brightness up. Will it scan tomorrow?"
    ],
    "fr": [
        "Hier soir le code-barres de l'étiquette était pâle jusqu'à ce que j'augmente la luminosité. Ça passera demain ?"
    ],
    "pt": [
        "Ontem a noite o codigo de barras da etiqueta estava claro ate subir o brilho. Amanha funciona?"
    ],
    "es": [
        "Anoche el codigo de barras de la etiqueta salia palido hasta subir el brillo. Mañana funcionara?"
    ],
}

LONE_A: T = {
    "de": ["Bei wenig Helligkeit wirkt er blass, der Scanner liest ihn trotzdem."],
    "it": ["Con luminosita bassa sembra sbiadito, lo scanner lo legge comunque."],
    "en": ["It looks faint at low brightness, the scanner still reads it."],
    "fr": ["Il paraît pâle en faible luminosité, le scanner le lit quand même."],
    "pt": ["Parece claro com pouco brilho, o leitor le na mesma."],
    "es": ["Se ve palido con poco brillo, el lector lo lee igual."],
}

PRODUCTS = [
    ("Battery swap / Cambio pila", "29.00"),
    ("Full service automatic / Revisione completa", "189.00"),
    ("Crystal replacement / Sostituzione vetro", "79.00"),
    ("Strap fitting / Cinturino", "39.00"),
    ("Water-resistance test / Test impermeabilita", "25.00"),
]

FIRST = {
    "de": [
        "Lena",
        "Jonas",
        "Miriam",
        "Tobias",
        "Sabine",
        "Florian",
        "Katrin",
        "Matthias",
        "Ute",
        "Stefan",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Paolo",
        "Silvia",
        "Andrea",
    ],
    "en": ["Emma", "Tom", "Sarah", "James", "Niamh"],
    "fr": ["Camille", "Julien", "Élodie", "Nicolas"],
    "pt": ["Inês", "João", "Marta", "Tiago"],
    "es": ["Lucía", "Javier", "Marta", "Pablo"],
}
LAST = {
    "de": ["Brandt", "Hofer", "Keller", "Wagner", "Lindner", "Vogt", "Seidel", "Kraus"],
    "it": ["Rossi", "Bianchi", "Ferrara", "Galli", "Conti", "Marino", "Greco", "Leone"],
    "en": ["Walsh", "Hughes", "Carter", "Byrne"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Roux"],
    "pt": ["Silva", "Costa", "Pereira", "Lopes"],
    "es": ["Torres", "Ruiz", "Navarro", "Ortega"],
}
