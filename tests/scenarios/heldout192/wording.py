"""Wording of heldout192 (Cariqo power-bank sharing). Written blind; never tune on it."""

# ruff: noqa: E501

BRAND = "Cariqo"
COMPS = ("Voltuga", "Spinetta")
LANGS = ("pt", "it", "en", "fr", "de", "es")

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Salvou-me o dia o {B}, telemovel a 3% e havia uma estacao mesmo a porta do metro",
        "Terceira vez esta semana que alugo no {B} e tudo impecavel, obrigada!",
        "Adoro o {B}, devolvi noutra estacao sem stress nenhum",
    ],
    "it": [
        "Ancora una volta il {B} mi ha salvato al concerto, batteria carica e via",
        "Terza volta questo mese, sempre perfetto {B}, grazie mille",
        "Il {B} è comodissimo, presa e restituita in due stazioni diverse",
    ],
    "en": ["Third time this week {B} saved me at the station, phone dead, powerbank in 10 seconds"],
    "fr": ["Encore une fois {B} m'a sauvé la soirée, batterie pleine en 2 minutes"],
    "de": ["Schon wieder hat mich {B} am Bahnhof gerettet, Akku voll, super einfach"],
    "es": ["Otra vez {B} me salva en el festival, bateria llena y devuelta en otro bar"],
}
GRIPE: dict[str, list[str]] = {
    "pt": [
        "Muito bom o {B}, so o cabo USB-C e curtinho demais",
        "Tudo otimo, so a app demora a abrir o mapa",
    ],
    "it": [
        "Servizio ottimo, solo il cavetto è cortissimo",
        "Tutto bene, peccato che la mappa dell'app sia lenta",
    ],
    "en": ["Love it, only the cable is a bit short"],
    "fr": ["Très bien, juste le câble un peu court"],
    "de": ["Sehr gut, nur das Kabel ist etwas kurz"],
    "es": ["Genial, solo que el cable es cortito"],
}
QUESTION: dict[str, list[str]] = {
    "pt": [
        "Ola, posso devolver o powerbank numa estacao de outra cidade?",
        "a mensalidade Plus inclui quantas horas por dia?",
    ],
    "it": [
        "Ciao, posso restituire il powerbank in un'altra città?",
        "quante ore al giorno include l'abbonamento Plus?",
    ],
    "en": ["Hi, can I return the power bank in another city?"],
    "fr": ["Bonjour, je peux rendre la batterie dans une autre ville ?"],
    "de": ["Hallo, kann ich die Powerbank in einer anderen Stadt zurückgeben?"],
    "es": ["Hola, ¿puedo devolver la bateria en otra ciudad?"],
}
ANSWER: dict[str, str] = {
    "pt": "Ola! Sim, qualquer estacao {B} serve, em qualquer cidade. Boas cargas!",
    "it": "Ciao! Sì, va bene qualsiasi stazione {B}, in ogni città. Buona ricarica!",
    "en": "Hi! Yes, any {B} station works, in any city. Happy charging!",
    "fr": "Bonjour ! Oui, n'importe quelle station {B}, dans toute ville. Bonne charge !",
    "de": "Hallo! Ja, jede {B}-Station geht, in jeder Stadt. Gutes Laden!",
    "es": "¡Hola! Sí, cualquier estación {B} vale, en cualquier ciudad. ¡Buena carga!",
}
THANKS: dict[str, list[str]] = {
    "pt": ["obg, top!", "valeu, espetaculo"],
    "it": ["grz, gentilissimi!", "perfetto, grazie mille"],
    "en": ["cheers, legends"],
    "fr": ["merci, au top"],
    "de": ["danke, läuft"],
    "es": ["gracias, cracks"],
}
CALL_Q: dict[str, str] = {
    "pt": "ola queria saber se o plus da para partilhar com a minha filha obrigado",
    "it": "buongiorno volevo sapere se il plus si può usare anche per mio figlio grazie",
    "en": "hi just wondering if plus covers two power banks at once thanks",
    "fr": "bonjour je voulais savoir si le plus couvre deux batteries merci",
    "de": "hallo ich wollte fragen ob Plus auch zwei Powerbanks gleichzeitig abdeckt danke",
    "es": "hola queria saber si el plus cubre dos baterias a la vez gracias",
}
NIGHT: dict[str, list[str]] = {
    "pt": [
        "3 da manha, turno no hospital acabado e o {B} da estacao da urgencia ainda me salvou",
        "insonia e telemovel a morrer, ainda bem que ha {B} na bomba de gasolina",
    ],
    "it": [
        "Le 2 di notte, fine turno, e il {B} della stazione mi ha salvato il ritorno a casa",
        "insonnia, telefono scarico, per fortuna c'è il {B} al bar sotto casa",
    ],
    "en": ["2am after the gig and {B} at the kebab shop got me home"],
    "fr": ["2h du matin, {B} au bar m'a permis de rentrer"],
    "de": ["2 Uhr nachts nach dem Konzert, {B} im Späti hat mich gerettet"],
    "es": ["Las 3 de la mañana y el {B} del bar me salva para volver a casa"],
}
NIGHT_Q: dict[str, str] = {
    "pt": "esta estacao do aeroporto funciona de noite? chego as 4h",
    "it": "la stazione della stazione centrale funziona anche di notte?",
    "en": "does the airport station work at night? landing at 4",
    "fr": "la station de la gare marche la nuit ?",
    "de": "geht die Station am Flughafen auch nachts?",
    "es": "¿la estación del aeropuerto funciona de noche?",
}
PROBLEMS = ("never_returned", "double_charge", "dead_battery", "deposit", "plus_price", "lost_fee")
COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "never_returned": "Devolvi o powerbank na estacao do Rossio e a app diz que NAO foi devolvido, estao a cobrar 25 € por dia!",
        "double_charge": "Cobraram-me DUAS vezes o aluguer de ontem, 2x 3,50 €. Quero o dinheiro de volta.",
        "dead_battery": "O powerbank que tirei estava a 0%, paguei para nada e fiquei sem telemovel no aeroporto",
        "deposit": "Ja passaram TRES semanas e a caucao de 20 € continua retida no cartao",
        "plus_price": "Sou socia Plus e cobraram-me a tarifa normal, isto nao faz sentido",
        "lost_fee": "Cobraram-me 30 € de powerbank perdido mas eu devolvi-o, tenho a foto da estacao!",
    },
    "it": {
        "never_returned": "Ho restituito il powerbank alla stazione di Porta Nuova e l'app dice che NON è stato reso, mi addebitano 25 € al giorno!",
        "double_charge": "Mi avete addebitato DUE volte il noleggio di ieri. Rivoglio i soldi.",
        "dead_battery": "Il powerbank era allo 0%, pagato per niente e rimasto senza telefono in aeroporto",
        "deposit": "Sono passate TRE settimane e la cauzione di 20 € è ancora bloccata sulla carta",
        "plus_price": "Sono abbonato Plus e mi avete fatto pagare la tariffa piena, ma scherziamo?",
        "lost_fee": "Mi avete addebitato 30 € per powerbank smarrito ma l'ho restituito, ho la foto!",
    },
    "en": {
        "never_returned": "I returned the power bank at King's Cross and the app says NOT returned, you're charging me £20 a day!",
        "double_charge": "You charged me TWICE for yesterday's rental. I want it back.",
        "dead_battery": "The power bank was at 0%, paid for nothing and stuck at the airport with a dead phone",
        "deposit": "THREE weeks and my £18 deposit is still held on my card",
        "plus_price": "I'm a Plus member and got charged the full rate, come on",
        "lost_fee": "Charged £26 for a lost power bank I returned, I have the photo!",
    },
    "fr": {
        "never_returned": "J'ai rendu la batterie à la gare et l'appli dit NON rendue, vous me facturez 25 € par jour !",
        "double_charge": "Vous m'avez débité DEUX fois la location d'hier. Remboursez-moi.",
        "dead_battery": "La batterie était à 0 %, payé pour rien, bloquée à l'aéroport sans téléphone",
        "deposit": "TROIS semaines et la caution de 20 € est toujours bloquée",
        "plus_price": "Je suis abonnée Plus et on m'a facturé le plein tarif",
        "lost_fee": "30 € pour une batterie perdue que j'ai rendue, j'ai la photo !",
    },
    "de": {
        "never_returned": "Powerbank am Hauptbahnhof zurückgegeben, App sagt NICHT zurückgegeben, 25 € pro Tag!",
        "double_charge": "Sie haben die Miete von gestern ZWEIMAL abgebucht. Ich will das Geld zurück.",
        "dead_battery": "Die Powerbank war bei 0 %, bezahlt für nichts, am Flughafen ohne Handy",
        "deposit": "DREI Wochen und die Kaution von 20 € ist immer noch blockiert",
        "plus_price": "Ich bin Plus-Mitglied und zahle den vollen Preis, ernsthaft?",
        "lost_fee": "30 € für eine verlorene Powerbank, die ich zurückgegeben habe, ich habe das Foto!",
    },
    "es": {
        "never_returned": "Devolví la batería en Atocha y la app dice que NO, ¡me cobráis 25 € al día!",
        "double_charge": "Me habéis cobrado DOS veces el alquiler de ayer. Quiero el dinero.",
        "dead_battery": "La batería estaba al 0 %, pagué para nada y me quedé sin móvil en el aeropuerto",
        "deposit": "TRES semanas y la fianza de 20 € sigue bloqueada",
        "plus_price": "Soy socia Plus y me cobrasteis la tarifa normal",
        "lost_fee": "30 € por batería perdida que devolví, ¡tengo la foto!",
    },
}
LONG_OPEN: dict[str, str] = {
    "pt": "Boa tarde,\n\nescrevo-vos do carro a porta do infantario, entre duas reunioes, porque ja nao sei a quem recorrer. Sou cliente ha dois anos e sempre gostei do servico.\n\n",
    "it": "Buonasera,\n\nvi scrivo dalla sala d'attesa del veterinario, con il cane che trema e il telefono che muore, perché non so più a chi rivolgermi. Uso il servizio da anni e mi è sempre piaciuto.\n\n",
}
LONG_CLOSE: dict[str, str] = {
    "pt": "\n\nEspero resposta rapida.\nCumprimentos",
    "it": "\n\nAttendo una risposta rapida.\nCordiali saluti",
}
CASE_OPEN: dict[str, str] = {
    "pt": "Lamentamos muito. Abrimos o processo {C} e respondemos em 24 h.",
    "it": "Ci dispiace molto. Abbiamo aperto la pratica {C}, risposta entro 24 ore.",
    "en": "We're very sorry. We've opened case {C} and will reply within 24 h.",
    "fr": "Nous sommes désolés. Dossier {C} ouvert, réponse sous 24 h.",
    "de": "Das tut uns leid. Vorgang {C} ist eröffnet, Antwort binnen 24 h.",
    "es": "Lo sentimos mucho. Hemos abierto la incidencia {C}, respuesta en 24 h.",
}
GOOD_NEWS: dict[str, str] = {
    "pt": "Boas noticias sobre o processo {C}: o valor foi devolvido. Pode confirmar?",
    "it": "Buone notizie sulla pratica {C}: importo rimborsato. Può confermare?",
    "en": "Good news on case {C}: the amount is refunded. Could you confirm?",
    "fr": "Bonne nouvelle pour le dossier {C} : remboursé. Pouvez-vous confirmer ?",
    "de": "Gute Nachricht zu Vorgang {C}: erstattet. Können Sie das bestätigen?",
    "es": "Buenas noticias sobre la incidencia {C}: reembolsado. ¿Puede confirmarlo?",
}
CONFIRM: dict[str, str] = {
    "pt": "Confirmo, o processo {C} esta resolvido, obrigada!",
    "it": "Confermo, la pratica {C} è risolta, grazie!",
    "en": "Confirmed, case {C} is sorted, thanks!",
    "fr": "Je confirme, dossier {C} réglé, merci !",
    "de": "Bestätigt, Vorgang {C} ist erledigt, danke!",
    "es": "Confirmo, la incidencia {C} está resuelta, ¡gracias!",
}
APOLOGY: dict[str, str] = {
    "pt": "Desculpem o tom de ontem, estava mesmo cansada. Obrigada pela ajuda",
    "it": "Scusate per i toni di ieri, giornata storta. Grazie dell'aiuto",
    "en": "Sorry for the tone yesterday, long day. Thanks for the help",
    "fr": "Désolée pour le ton d'hier, journée difficile. Merci",
    "de": "Sorry für den Ton gestern, war ein langer Tag. Danke",
    "es": "Perdón por el tono de ayer, mal día. Gracias",
}
STILL: dict[str, str] = {
    "pt": "Processo {C}: continua TUDO igual, ninguem resolveu nada. Ainda aberto.",
    "it": "Pratica {C}: ancora tutto uguale, nessuno ha risolto niente. Ancora aperta.",
    "en": "Case {C}: still exactly the same, nobody has fixed anything. Still open.",
    "fr": "Dossier {C} : toujours pareil, personne n'a rien réglé. Toujours ouvert.",
    "de": "Vorgang {C}: immer noch genau gleich, niemand hat etwas gelöst. Noch offen.",
    "es": "Incidencia {C}: sigue igual, nadie ha arreglado nada. Sigue abierta.",
}
THIRD: dict[str, str] = {
    "pt": " Uma colega usa a {X} e la resolvem isto no proprio dia.",
    "it": " Un collega usa {X} e lì lo risolvono in giornata.",
    "en": " A colleague uses {X} and they sort this the same day.",
    "fr": " Une collègue utilise {X}, ils règlent ça le jour même.",
    "de": " Ein Kollege nutzt {X}, die lösen das am selben Tag.",
    "es": " Una compañera usa {X} y allí lo arreglan el mismo día.",
}
FOURTH: dict[str, str] = {
    "pt": " QUARTA vez que escrevo.",
    "it": " QUARTA volta che scrivo.",
    "en": " FOURTH time I'm writing.",
    "fr": " QUATRIÈME fois que j'écris.",
    "de": " Zum VIERTEN Mal.",
    "es": " CUARTA vez que escribo.",
}
SLIDE: dict[str, list[str]] = {
    "pt": [
        "Estacao do shopping vazia outra vez, tive de andar ate a outra",
        "O powerbank veio com o cabo partido, remendado com fita",
        "A app agora pede foto da estacao em cada devolucao, que chatice",
        "Caucao retida uma semana por um aluguer de 1 hora",
        "Cobraram 12 € de 'limpeza' por um powerbank que devolvi impecavel",
        "O meu cunhado usa a {X}, ja instalei a app deles",
    ],
    "it": [
        "Stazione del centro commerciale di nuovo vuota, altro giro a piedi",
        "Powerbank arrivato con il cavo rotto e nastro adesivo",
        "Ora l'app vuole una foto a ogni restituzione, che noia",
        "Cauzione bloccata una settimana per un'ora di noleggio",
        "12 € di 'pulizia' per un powerbank reso perfetto",
        "Mio cognato usa {X}, ho già scaricato la loro app",
    ],
    "en": [
        "Mall station empty again, had to walk to the next one",
        "Power bank came with a broken cable taped up",
        "App now wants a photo at every return, tedious",
        "Deposit held a week for a one-hour rental",
        "£10 'cleaning fee' for a spotless power bank",
        "My brother-in-law uses {X}, I've installed their app",
    ],
    "fr": [
        "Station du centre commercial vide encore",
        "Batterie avec câble cassé et scotch",
        "L'appli veut une photo à chaque retour",
        "Caution bloquée une semaine pour une heure",
        "12 € de 'nettoyage' pour une batterie impeccable",
        "Mon beau-frère utilise {X}, j'ai installé leur appli",
    ],
    "de": [
        "Station im Einkaufszentrum wieder leer",
        "Powerbank mit kaputtem Kabel und Klebeband",
        "Die App will jetzt bei jeder Rückgabe ein Foto",
        "Kaution eine Woche blockiert für eine Stunde Miete",
        "12 € 'Reinigung' für eine saubere Powerbank",
        "Mein Schwager nutzt {X}, ich habe deren App installiert",
    ],
    "es": [
        "Estación del centro comercial vacía otra vez",
        "Batería con el cable roto y cinta",
        "La app pide foto en cada devolución",
        "Fianza bloqueada una semana por una hora",
        "12 € de 'limpieza' por una batería impecable",
        "Mi cuñado usa {X}, ya tengo su app",
    ],
}
CANCEL: dict[str, str] = {
    "pt": "Comprei o meu proprio powerbank e ja nao preciso. Quero cancelar o {B} Plus e fechar a conta.",
    "it": "Ho comprato un powerbank mio e non mi serve più. Voglio disdire {B} Plus e chiudere l'account.",
    "en": "I bought my own power bank. Please cancel {B} Plus and close my account.",
    "fr": "J'ai acheté ma propre batterie. Je veux résilier {B} Plus et fermer mon compte.",
    "de": "Ich habe jetzt eine eigene Powerbank. Bitte {B} Plus kündigen und Konto schließen.",
    "es": "Me he comprado mi propia batería. Quiero cancelar {B} Plus y cerrar la cuenta.",
}
SORRY_GO: dict[str, str] = {
    "pt": "Temos pena que saia. Pode cancelar na app ou no site, em Conta > Plus.",
    "it": "Ci dispiace vederla andare via. Può disdire nell'app o sul sito, Account > Plus.",
    "en": "Sorry to see you go. You can cancel in the app or on the website, Account > Plus.",
    "fr": "Dommage de vous voir partir. Résiliation dans l'appli ou le site, Compte > Plus.",
    "de": "Schade, dass Sie gehen. Kündigen in der App oder Website, Konto > Plus.",
    "es": "Sentimos que se vaya. Puede cancelar en la app o la web, Cuenta > Plus.",
}
SARCASM: dict[str, str] = {
    "pt": "Adorei a estacao 'disponivel' com zero powerbanks, que experiencia 👏",
    "it": "Bellissima la stazione 'disponibile' con zero powerbank dentro 👏",
    "en": "Love an 'available' station with zero power banks in it 👏",
    "fr": "Super la station 'disponible' sans aucune batterie 👏",
    "de": "Toll, eine 'verfügbare' Station ohne eine einzige Powerbank 👏",
    "es": "Me encanta la estación 'disponible' sin ninguna batería 👏",
}
GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "A app desliga a sessao sempre",
        "A notificacao 'devolva em 1 hora' as 6h da manha, a serio?",
        "Estacao do ginasio sempre avariada",
    ],
    "it": [
        "L'app mi slogga ogni volta",
        "La notifica 'restituisci entro 1 ora' alle 6 del mattino, davvero?",
        "Stazione della palestra sempre guasta",
    ],
    "en": ["App logs me out every time", "The 'return within 1 hour' push at 6am, really?"],
    "fr": ["L'appli me déconnecte à chaque fois", "La notif 'rendez sous 1 h' à 6 h du matin"],
    "de": [
        "Die App meldet mich jedes Mal ab",
        "Die 'bitte in 1 Stunde zurückgeben' Meldung um 6 Uhr",
    ],
    "es": ["La app me cierra sesión siempre", "El aviso 'devuelve en 1 hora' a las 6 de la mañana"],
}
SPIKE: dict[str, list[str]] = {
    "pt": [
        "Paguei o desbloqueio e a estacao NAO solta o powerbank, erro RLS-738",
        "a estacao da estacao de comboios cobrou e nao abriu a ranhura nenhuma",
    ],
    "it": [
        "Ho pagato lo sblocco e la stazione NON rilascia il powerbank, errore RLS-738",
        "la stazione ha preso i soldi ma lo slot non si apre",
    ],
    "en": ["Paid to unlock and the station won't release the power bank, error RLS-738"],
    "fr": ["Payé le déblocage et la station ne libère pas la batterie, erreur RLS-738"],
    "de": ["Entsperrung bezahlt und die Station gibt die Powerbank nicht frei, Fehler RLS-738"],
    "es": ["He pagado el desbloqueo y la estación no suelta la batería"],
}
SPIKE_AGAIN: dict[str, str] = {
    "pt": "Tentei noutra estacao e continua, RLS-738 outra vez, e cobraram de novo",
    "it": "Provato in un'altra stazione, ancora RLS-738 e un altro addebito",
    "en": "Tried another station, still RLS-738 and charged again",
    "fr": "Autre station, toujours RLS-738 et débitée encore",
    "de": "Andere Station, immer noch RLS-738 und wieder abgebucht",
    "es": "Otra estación, sigue igual y me han cobrado otra vez",
}
SPIKE_ANSWER: dict[str, str] = {
    "pt": "Sim, as estacoes nao estao a soltar powerbanks neste momento, a equipa tecnica ja esta a tratar.",
    "it": "Sì, le stazioni non rilasciano i powerbank in questo momento, i tecnici ci stanno lavorando.",
    "en": "Yes, stations aren't releasing power banks right now, our engineers are on it.",
    "fr": "Oui, les stations ne libèrent pas les batteries en ce moment, nos techniciens s'en occupent.",
    "de": "Ja, die Stationen geben gerade keine Powerbanks frei, die Technik ist dran.",
    "es": "Sí, las estaciones no sueltan baterías ahora mismo, los técnicos están en ello.",
}
B2B_PROBLEMS = ("invoice", "portal", "overbilled")
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "pt": {
        "invoice": "As faturas do mes vem sem numero de encomenda e o nosso financeiro devolve-as.",
        "portal": "O portal nao mostra as estacoes do nosso hotel, nao conseguimos pedir recolha.",
        "overbilled": "Estao a faturar por aluguer em vez da tarifa mensal do contrato.",
    },
    "it": {
        "invoice": "Le fatture del mese arrivano senza numero d'ordine e l'amministrazione le respinge.",
        "portal": "Il portale non mostra le stazioni del nostro hotel, impossibile chiedere il ritiro.",
        "overbilled": "Fatturate a noleggio invece della tariffa mensile del contratto.",
    },
    "en": {
        "invoice": "This month's invoices have no PO number and finance keeps rejecting them.",
        "portal": "The portal shows none of our venue's stations, we can't request a pick-up.",
        "overbilled": "You're billing per rental instead of our contract's monthly rate.",
    },
    "fr": {
        "invoice": "Les factures du mois n'ont pas de numéro de commande.",
        "portal": "Le portail n'affiche pas nos stations.",
        "overbilled": "Facturation à la location au lieu du forfait mensuel.",
    },
    "de": {
        "invoice": "Die Rechnungen haben keine Bestellnummer.",
        "portal": "Das Portal zeigt unsere Stationen nicht.",
        "overbilled": "Sie rechnen pro Miete statt Monatspauschale ab.",
    },
    "es": {
        "invoice": "Las facturas no llevan número de pedido.",
        "portal": "El portal no muestra nuestras estaciones.",
        "overbilled": "Facturáis por alquiler en vez de la tarifa mensual.",
    },
}
B2B_AGAIN: dict[str, str] = {
    "pt": "Como a {N} ja escreveu, o problema do processo {C} continua.",
    "it": "Come ha già scritto {N}, il problema della pratica {C} continua.",
    "en": "As {N} already wrote, the problem on case {C} is still there.",
    "fr": "Comme {N} l'a écrit, le problème du dossier {C} continue.",
    "de": "Wie {N} schon schrieb, das Problem in Vorgang {C} besteht weiter.",
    "es": "Como ya escribió {N}, el problema de la incidencia {C} sigue.",
}
B2B_MILD: dict[str, str] = {
    "pt": "Sugestao: seria util exportar os custos por centro de custo.",
    "it": "Suggerimento: sarebbe utile esportare i costi per centro di costo.",
    "en": "Suggestion: exporting costs by cost centre would help.",
    "fr": "Suggestion : exporter les coûts par centre de coût.",
    "de": "Vorschlag: Kosten nach Kostenstelle exportieren wäre hilfreich.",
    "es": "Sugerencia: exportar costes por centro de coste.",
}
FIRST = {
    "pt": ["Joana", "Rui", "Marta", "Tiago", "Ines", "Pedro"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo"],
    "en": ["Emma", "Tom", "Priya"],
    "fr": ["Léa", "Hugo"],
    "de": ["Lena", "Jonas"],
    "es": ["Lucía", "Pablo"],
}
LAST = {
    "pt": ["Silva", "Costa", "Ferreira", "Sousa"],
    "it": ["Rossi", "Bianchi", "Greco", "Conti"],
    "en": ["Hughes", "Patel"],
    "fr": ["Morel", "Girard"],
    "de": ["Brandt", "Vogel"],
    "es": ["Ortega", "Ruiz"],
}
MARKET = {
    "pt": ("PT", "+3519"),
    "it": ("IT", "+393"),
    "en": ("UK", "+447"),
    "fr": ("FR", "+336"),
    "de": ("DE", "+4915"),
    "es": ("ES", "+346"),
}
