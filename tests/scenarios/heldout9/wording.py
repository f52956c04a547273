"""Hand-written wording of the ninth blind set: Ondalto, a mobile and home-fibre operator.

Written for this set only, from what a customer of a phone company would say. French and
Portuguese first, then English, Spanish, German and Italian. Placeholders: {ref} a case
number, {agent} an agent's first name, {q} an earlier message quoted in a forward.
"""

# Customers' sentences stay whole on one line each, so that they read as written.
# ruff: noqa: E501

from __future__ import annotations

LANGS = ("fr", "pt", "en", "es", "de", "it")
COUNTRY = {"fr": "FR", "pt": "PT", "en": "GB", "es": "ES", "de": "DE", "it": "IT"}
#: Offset from UTC in February and March 2026 (winter time), hours.
OFFSET = {"fr": 1, "pt": 0, "en": 0, "es": 1, "de": 1, "it": 1}
PHONE_PREFIX = {
    "fr": "+336",
    "pt": "+3519",
    "en": "+447",
    "es": "+346",
    "de": "+4917",
    "it": "+393",
}

FIRST_NAMES = {
    "fr": ["Mathilde", "Yanis", "Coralie", "Thibault", "Ines", "Gaspard", "Lou", "Nadia"],
    "pt": ["Joana", "Tiago", "Beatriz", "Rui", "Mafalda", "Duarte", "Carolina", "Nuno"],
    "en": ["Fiona", "Callum", "Priya", "Gareth", "Imogen", "Declan", "Aisha", "Rory"],
    "es": ["Lucia", "Alvaro", "Nerea", "Iker", "Paloma", "Sergio", "Ainhoa", "Marcos"],
    "de": ["Jana", "Lukas", "Merle", "Jonas", "Frieda", "Timo", "Svenja", "Malte"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Sofia", "Lorenzo", "Irene", "Pietro"],
}
AGENTS = {
    "fr": ["Camille", "Hugo"],
    "pt": ["Sara", "Bruno"],
    "en": ["Megan", "Owen"],
    "es": ["Marta", "Pablo"],
    "de": ["Anja", "Felix"],
    "it": ["Elena", "Marco"],
}

# --- happy customers -------------------------------------------------------------------

PRAISE = {
    "fr": [
        "Passée chez Ondalto le mois dernier, le réseau 5G est top dans mon quartier. Merci !",
        "Installation de la fibre faite en 40 min, technicien super sympa. Rien a redire",
        "franchement l'appli est claire, j'ai trouvé ma facture en 2 sec 👌",
        "Mon eSIM s'est activée direct, bravo l'équipe",
        "Service client au top ce matin, reponse en 5 min. Merci Camille !",
        "Débit nickel même le soir, enfin une box qui tient la route",
        "Forfait 80 Go parfait pour mes trajets, je recommande",
    ],
    "pt": [
        "Mudei para a Ondalto há um mês e a rede 5G é otima aqui em Braga. Obrigada!",
        "A instalacao da fibra foi rapidissima, o tecnico foi impecavel",
        "app muito facil de usar, paguei a fatura em segundos 👍",
        "eSIM ativado em 2 minutos, nunca foi tao simples",
        "Atendimento excelente hoje de manha, resolveram tudo por chat. Obg!",
        "Internet em casa sempre estavel, mesmo ao fim do dia. Recomendo",
        "O tarifario de 50 GB chega bem e o preço é justo",
    ],
    "en": [
        "Switched to Ondalto last month, 5G is brilliant round here. Cheers!",
        "Fibre engineer came on time and was done in under an hour. Great job",
        "love how simple the app is, found my bill in two taps",
        "eSIM activated straight away on the new phone, no faff at all",
        "Support sorted my question in five minutes this morning, thank you Megan",
        "Broadband has been rock solid all week even with three of us streaming",
        "Really happy with the 60GB plan, good value tbh",
    ],
    "es": [
        "Me cambié a Ondalto hace un mes y la cobertura 5G es genial en Valencia",
        "El técnico de la fibra vino puntual y muy amable, todo perfecto",
        "la app es muy facil, pague la factura en nada 👍",
        "Atencion al cliente de 10 esta mañana, gracias Marta!",
        "La fibra va como un tiro incluso por la noche",
    ],
    "de": [
        "Seit einem Monat bei Ondalto, 5G-Empfang in Leipzig ist super. Danke!",
        "Glasfaser-Techniker war pünktlich und freundlich, alles lief glatt",
        "Die App ist echt übersichtlich, Rechnung sofort gefunden",
        "eSIM war in zwei Minuten aktiv, top",
        "Kundenservice heute sehr schnell und nett, vielen Dank Anja",
    ],
    "it": [
        "Passata a Ondalto il mese scorso, il 5G a Bologna va benissimo. Grazie!",
        "Tecnico della fibra puntuale e gentilissimo, tutto a posto in un'ora",
        "app semplicissima, trovata la bolletta subito 👍",
        "eSIM attivata in due minuti, bravi",
        "Assistenza velocissima stamattina, grazie Elena!",
    ],
}

#: Praise with a small gripe: happy overall.
GRIPE_PRAISE = {
    "fr": [
        "Très content du forfait, juste dommage que l'appli me deconnecte de temps en temps. Sinon RAS",
        "Super réseau, seul petit bémol le mail de facture arrive un peu tard. Bravo quand même",
    ],
    "pt": [
        "Tudo otimo com a fibra, so o router é um bocado feio 😅 de resto impecavel",
        "Gosto muito do servico, so acho que a app podia ter modo escuro. Parabens na mesma",
    ],
    "en": [
        "Love the service, only wish the router lights weren't so bright at night lol. 10/10 otherwise",
        "Great value, my one niggle is the app logs me out now and then. Still very happy",
    ],
    "es": ["Muy contento, solo que el router es un poco feo jaja. Lo demas perfecto"],
    "de": ["Sehr zufrieden, nur die App könnte einen Dunkelmodus haben. Sonst alles prima"],
    "it": ["Contentissimo, unico neo il modem un po' ingombrante. Per il resto ottimo"],
}

QUESTION = {
    "fr": [
        "Bonjour, comment je fais pour activer la messagerie vocale visuelle ?",
        "Est-ce que le forfait marche en Suisse ? je pars ce week-end",
        "slt, je peux changer la date de prelevement ?",
        "Comment ajouter une 2e ligne pour mon fils ?",
    ],
    "pt": [
        "Ola, como ativo o correio de voz visual?",
        "O tarifario funciona em Espanha? vou de ferias sabado",
        "Boa tarde, posso mudar a data do debito direto?",
        "Como acrescento uma linha para a minha filha?",
    ],
    "en": [
        "Hi, how do I turn on wifi calling?",
        "Does my plan work in Switzerland? Off skiing on Saturday",
        "can I move my direct debit date to the 5th?",
        "How do I add a second line for my daughter?",
    ],
    "es": [
        "Hola, como activo las llamadas por wifi?",
        "El plan funciona en Andorra? me voy el finde",
        "Puedo cambiar la fecha de cobro?",
    ],
    "de": [
        "Hallo, wie aktiviere ich WLAN-Call?",
        "Funktioniert mein Tarif in der Schweiz? Bin am Wochenende dort",
        "Kann ich das Abbuchungsdatum ändern?",
    ],
    "it": [
        "Ciao, come attivo le chiamate wifi?",
        "L'offerta vale anche in Svizzera? parto sabato",
        "Posso cambiare la data di addebito?",
    ],
}
AGENT_ANSWER = {
    "fr": "Bonjour, c'est {agent} d'Ondalto : c'est faisable depuis l'appli, rubrique Ma ligne > Options. Je reste dispo si besoin !",
    "pt": "Ola, fala a {agent} da Ondalto: pode fazer isso na app, em A minha linha > Opcoes. Qualquer duvida diga!",
    "en": "Hi, {agent} from Ondalto here: you can do that in the app under My line > Options. Shout if you need anything else!",
    "es": "Hola, soy {agent} de Ondalto: puedes hacerlo en la app, en Mi linea > Opciones. Cualquier cosa nos dices!",
    "de": "Hallo, hier ist {agent} von Ondalto: Das geht in der App unter Meine Leitung > Optionen. Melden Sie sich gern!",
    "it": "Ciao, sono {agent} di Ondalto: puoi farlo dall'app, in La mia linea > Opzioni. Per qualsiasi cosa scrivici!",
}
THANKS = {
    "fr": ["Parfait merci !", "Top, c'est fait. Merci bcp", "ok trouvé, merci 🙏"],
    "pt": ["Perfeito, obrigada!", "Ja esta, obg", "Consegui, muito obrigado 🙏"],
    "en": ["Perfect, thanks!", "Done, ta very much", "found it, cheers 🙏"],
    "es": ["Perfecto, gracias!", "Listo, mil gracias"],
    "de": ["Perfekt, danke!", "Hat geklappt, vielen Dank"],
    "it": ["Perfetto, grazie!", "Fatto, grazie mille"],
}
SURVEY_WORD = {
    "fr": ["RAS", "top", "nickel", "", "👍", "parfait"],
    "pt": ["otimo", "5 estrelas", "", "👍", "tudo bem", "top"],
    "en": ["grand", "spot on", "", "👍", "all good", "10/10"],
    "es": ["genial", "", "todo ok", "👍"],
    "de": ["passt", "", "super", "👍"],
    "it": ["ottimo", "", "tutto ok", "👍"],
}
NIGHT = {
    "fr": [
        "insomnie... au moins la 4G marche bien à 3h du mat 😄",
        "Petite question de nuit : le forfait inclut les appels vers le Maroc ?",
    ],
    "pt": [
        "sem sono, mas a net esta a voar as 3 da manha 😄",
        "Pergunta a esta hora: o tarifario inclui chamadas para o Brasil?",
    ],
    "en": [
        "night shift, signal in the warehouse is finally decent, nice one",
        "Quick one at this hour: are calls to Ireland included?",
    ],
    "es": [
        "de guardia en el hospital y la cobertura va perfecta, gracias",
        "Pregunta nocturna: llamadas a Marruecos incluidas?",
    ],
    "de": [
        "Nachtschicht, Netz im Lager endlich stabil, danke",
        "Kurze Frage um diese Uhrzeit: sind Anrufe in die Türkei drin?",
    ],
    "it": [
        "turno di notte e il segnale finalmente regge, grazie",
        "Domanda notturna: le chiamate verso l'Albania sono incluse?",
    ],
}

# --- problems of private customers ----------------------------------------------------

#: problem -> lang -> (subject, first complaint, short name for a call, CSAT-day anger line)
PROBLEMS: dict[str, dict[str, tuple[str, str, str]]] = {
    "esim": {
        "fr": (
            "eSIM bloquée",
            "Mon eSIM est en 'activation en cours' depuis 3 jours, je n'ai AUCUN réseau. Je fais comment pour bosser moi ?",
            "l'eSIM qui s'active pas",
        ),
        "pt": (
            "eSIM nao ativa",
            "O meu eSIM esta 'em ativacao' ha 3 dias e estou sem rede nenhuma. Isto é serio?",
            "o eSIM que nao ativa",
        ),
        "en": (
            "eSIM stuck",
            "My eSIM has said 'activation pending' for three days and I have zero signal. How is this acceptable?",
            "the eSIM that won't activate",
        ),
        "es": (
            "eSIM bloqueada",
            "Mi eSIM lleva 3 dias 'en activacion' y no tengo red. Es una broma?",
            "la eSIM que no se activa",
        ),
        "de": (
            "eSIM hängt",
            "Meine eSIM hängt seit drei Tagen auf 'Aktivierung läuft', ich habe null Netz. Unfassbar.",
            "die eSIM, die nicht aktiv wird",
        ),
        "it": (
            "eSIM bloccata",
            "La mia eSIM e' 'in attivazione' da 3 giorni e sono senza rete. Vi sembra normale?",
            "l'eSIM che non si attiva",
        ),
    },
    "roaming": {
        "fr": (
            "Facture roaming",
            "89 € de hors forfait pour une semaine à Madrid alors que l'Europe est incluse ?! Remboursez-moi svp",
            "les 89 euros de roaming",
        ),
        "pt": (
            "Roaming cobrado",
            "Cobraram-me 89 € de roaming em Paris quando a Europa esta incluida no tarifario. Quero o reembolso",
            "os 89 euros de roaming",
        ),
        "en": (
            "Roaming charges",
            "Charged £76 roaming for a week in Lisbon when EU use is meant to be included. I want it refunded",
            "the roaming charge",
        ),
        "es": (
            "Cargo de roaming",
            "89 € de roaming por una semana en Oporto cuando Europa esta incluida. Devolvedme el dinero",
            "el cargo de roaming",
        ),
        "de": (
            "Roaming-Kosten",
            "89 € Roaming für eine Woche in Wien, obwohl EU inklusive ist?! Bitte erstatten",
            "die Roaming-Rechnung",
        ),
        "it": (
            "Addebito roaming",
            "89 euro di roaming per una settimana a Nizza quando l'Europa e' inclusa. Rimborsatemi",
            "l'addebito del roaming",
        ),
    },
    "porting": {
        "fr": (
            "Portabilité ratée",
            "La portabilité de mon numéro a échoué, j'ai perdu mon ancien numéro et ma nouvelle ligne ne marche pas. Mes clients ne peuvent plus m'appeler",
            "la portabilité du numéro",
        ),
        "pt": (
            "Portabilidade falhou",
            "A portabilidade do meu numero falhou, perdi o numero antigo e a linha nova nao funciona. Ninguem me consegue ligar",
            "a portabilidade do numero",
        ),
        "en": (
            "Number transfer failed",
            "My number transfer failed, the old number is gone and the new line doesn't work. Nobody can ring me",
            "the number transfer",
        ),
        "es": (
            "Portabilidad fallida",
            "La portabilidad ha fallado, he perdido mi numero y la linea nueva no va. Nadie me puede llamar",
            "la portabilidad",
        ),
        "de": (
            "Rufnummernmitnahme",
            "Die Rufnummernmitnahme ist gescheitert, alte Nummer weg, neue Karte geht nicht. Keiner erreicht mich",
            "die Rufnummernmitnahme",
        ),
        "it": (
            "Portabilita fallita",
            "La portabilita' del numero e' fallita, ho perso il numero vecchio e la linea nuova non va",
            "la portabilita'",
        ),
    },
    "fibre": {
        "fr": (
            "Box HS",
            "La box coupe tous les soirs entre 20h et 23h depuis une semaine. Le technicien devait passer mardi, personne n'est venu",
            "la box qui coupe le soir",
        ),
        "pt": (
            "Fibra em baixo",
            "A fibra cai todas as noites ha uma semana e o tecnico que vinha terça nunca apareceu",
            "a fibra que cai a noite",
        ),
        "en": (
            "Broadband dropping",
            "Broadband drops every evening 8-11pm for a week now and the engineer booked for Tuesday never turned up",
            "the broadband dropping out",
        ),
        "es": (
            "Fibra caida",
            "La fibra se cae todas las noches desde hace una semana y el tecnico del martes no vino",
            "la fibra que se cae",
        ),
        "de": (
            "Internet fällt aus",
            "Das Internet fällt seit einer Woche jeden Abend aus, der Techniker am Dienstag ist nie gekommen",
            "das Internet, das abends ausfällt",
        ),
        "it": (
            "Fibra a singhiozzo",
            "La fibra cade ogni sera da una settimana e il tecnico di martedi' non si e' visto",
            "la fibra che cade la sera",
        ),
    },
    "double_bill": {
        "fr": (
            "Prélèvement en double",
            "Vous m'avez prélevé DEUX fois la facture de janvier (2 x 34,99). Je suis à découvert à cause de vous",
            "le double prélèvement",
        ),
        "pt": (
            "Debito em duplicado",
            "Debitaram a fatura de janeiro DUAS vezes (2 x 29,99). Fiquei sem saldo por vossa causa",
            "o debito duplicado",
        ),
        "en": (
            "Billed twice",
            "You've taken January's bill TWICE (2 x £27). I'm now overdrawn because of you",
            "being billed twice",
        ),
        "es": (
            "Cobro duplicado",
            "Me habeis cobrado la factura de enero DOS veces. Estoy en numeros rojos por vuestra culpa",
            "el cobro duplicado",
        ),
        "de": (
            "Doppelte Abbuchung",
            "Sie haben die Januar-Rechnung ZWEIMAL abgebucht. Mein Konto ist jetzt im Minus",
            "die doppelte Abbuchung",
        ),
        "it": (
            "Addebito doppio",
            "Mi avete addebitato la bolletta di gennaio DUE volte. Sono in rosso per colpa vostra",
            "il doppio addebito",
        ),
    },
    "repair": {
        "fr": (
            "Réparation téléphone",
            "Téléphone envoyé en réparation il y a 5 semaines, aucune nouvelle, aucun prêt. C'est une blague ?",
            "la réparation du téléphone",
        ),
        "pt": (
            "Reparacao telemovel",
            "Mandei o telemovel para reparar ha 5 semanas e nada. Nem um telemovel de substituicao",
            "a reparacao do telemovel",
        ),
        "en": (
            "Phone repair",
            "Sent my phone in for repair five weeks ago, no update, no loan phone. Is this a joke?",
            "the phone repair",
        ),
        "es": (
            "Reparacion movil",
            "Envie el movil a reparar hace 5 semanas y ni noticias. Ni un movil de sustitucion",
            "la reparacion del movil",
        ),
        "de": (
            "Handy-Reparatur",
            "Handy vor fünf Wochen zur Reparatur geschickt, keine Info, kein Leihgerät. Ernsthaft?",
            "die Handy-Reparatur",
        ),
        "it": (
            "Riparazione telefono",
            "Telefono mandato in riparazione 5 settimane fa, nessuna notizia, nessun muletto",
            "la riparazione del telefono",
        ),
    },
}
PROBLEM_IDS = tuple(PROBLEMS)

#: A later contact about the same open problem: no topic words, only "still" and "again".
AGAIN = {
    "fr": [
        "Toujours rien. Ça fait {days} jours. Quelqu'un lit les messages ici ?",
        "Je relance : même souci que la dernière fois, pas réglé. Dossier {ref}",
        "toujours pas resolu... on m'avait promis un retour sous 48h",
        "Bon. Vous comptez faire quelque chose ou pas ?? Rien n'a bougé depuis mon dernier message",
    ],
    "pt": [
        "Continua igual. Ja passaram {days} dias. Alguem le isto?",
        "Volto a escrever: o mesmo problema de antes, nada resolvido. Processo {ref}",
        "ainda nada... disseram-me 48h",
        "Entao? Vao fazer alguma coisa? Nada mudou desde a ultima mensagem",
    ],
    "en": [
        "Still nothing. That's {days} days now. Is anyone actually reading these?",
        "Chasing again: same issue as before, still not fixed. Case {ref}",
        "still not sorted... was told 48 hours",
        "So are you going to do anything or not?? Nothing has changed since my last message",
    ],
    "es": [
        "Sigue igual. Ya van {days} dias. Alguien lee esto?",
        "Vuelvo a escribir: mismo problema que antes, sin resolver. Caso {ref}",
        "SIGO SIN solucion... me dijisteis 48h",
    ],
    "de": [
        "Immer noch nichts. Jetzt {days} Tage. Liest das überhaupt jemand?",
        "Ich melde mich erneut: gleiches Problem wie neulich, IMMER NOCH nicht gelöst. Fall {ref}",
        "weiterhin keine Lösung... 48h hieß es",
    ],
    "it": [
        "Ancora niente. Sono {days} giorni. Qualcuno legge?",
        "Riscrivo: stesso problema di prima, ANCORA irrisolto. Pratica {ref}",
        "ancora nulla... mi avevate detto 48 ore",
    ],
}
#: Third contact or later.
THIRD = {
    "fr": "3e fois que je vous contacte pour la même chose. J'en ai marre.",
    "pt": "É a terceira vez que vos contacto pelo mesmo. Estou farta.",
    "en": "Third time I'm contacting you about the same thing. Fed up.",
    "es": "Es la tercera vez que os escribo por lo mismo. Harto.",
    "de": "Das dritte Mal, dass ich mich wegen derselben Sache melde. Reicht.",
    "it": "Terza volta che vi contatto per la stessa cosa. Basta.",
}
#: Voice-call transcript of a later contact: fillers, the problem by a short name.
CALL_AGAIN = {
    "fr": "euh oui bonjour, alors, je rappelle pour {short}, euh, c'est toujours pas réglé en fait, j'ai déjà écrit, voilà",
    "pt": "ah sim bom dia, entao, estou a ligar outra vez sobre {short}, hum, continua sem estar resolvido, pronto",
    "en": "erm yeah hi, so, I'm ringing again about {short}, um, it's still not sorted, I already emailed, yeah",
    "es": "eh si hola, a ver, llamo otra vez por {short}, eh, sigue sin arreglarse, ya escribi, vale",
    "de": "äh ja hallo, also, ich rufe nochmal an wegen {short}, ähm, ist immer noch nicht gelöst, hab schon geschrieben",
    "it": "ehm si buongiorno, allora, richiamo per {short}, ehm, e' ancora tutto fermo, ho gia' scritto, ecco",
}
FORWARD = {
    "fr": "Je vous renvoie mon message, sans réponse.\n\n---------- Message transféré ----------\n> {q}",
    "pt": "Reencaminho a minha mensagem, sem resposta ate agora.\n\n---------- Mensagem reencaminhada ----------\n> {q}",
    "en": "Resending this as nobody replied.\n\n---------- Forwarded message ----------\n> {q}",
    "es": "Os reenvio mi mensaje, sin respuesta.\n\n---------- Mensaje reenviado ----------\n> {q}",
    "de": "Ich schicke meine Nachricht nochmal, keine Antwort bisher.\n\n---------- Weitergeleitete Nachricht ----------\n> {q}",
    "it": "Vi rigiro il mio messaggio, nessuna risposta.\n\n---------- Messaggio inoltrato ----------\n> {q}",
}
REPLY_PREFIX = {"fr": "RE : ", "pt": "RES: ", "en": "RE: ", "es": "RE: ", "de": "AW: ", "it": "R: "}
FWD_PREFIX = {"fr": "TR : ", "pt": "ENC: ", "en": "Fwd: ", "es": "RV: ", "de": "WG: ", "it": "I: "}

AGENT_CASE = {
    "fr": "Bonjour, {agent} du service client Ondalto. Nous avons bien ouvert le dossier {ref} et l'avons transmis à l'équipe technique. Nous revenons vers vous rapidement.",
    "pt": "Ola, {agent} do apoio Ondalto. Abrimos o processo {ref} e passamos a equipa tecnica. Damos noticias em breve.",
    "en": "Hi, {agent} from Ondalto support. We've opened case {ref} and passed it to the technical team. We'll be back in touch shortly.",
    "es": "Hola, {agent} de atencion al cliente de Ondalto. Hemos abierto el caso {ref} y lo hemos pasado al equipo tecnico.",
    "de": "Hallo, {agent} vom Ondalto-Kundenservice. Wir haben den Fall {ref} eröffnet und an die Technik gegeben.",
    "it": "Ciao, {agent} dell'assistenza Ondalto. Abbiamo aperto la pratica {ref} e l'abbiamo passata al reparto tecnico.",
}
AGENT_FIXED = {
    "fr": "Bonjour, {agent} d'Ondalto : c'est corrigé de notre côté (dossier {ref}). Pouvez-vous nous confirmer ?",
    "pt": "Ola, {agent} da Ondalto: ja esta corrigido do nosso lado (processo {ref}). Pode confirmar?",
    "en": "Hi, {agent} at Ondalto: this is fixed on our side now (case {ref}). Could you confirm?",
    "es": "Hola, {agent} de Ondalto: ya esta corregido (caso {ref}). Nos lo confirmas?",
    "de": "Hallo, {agent} von Ondalto: Das ist behoben (Fall {ref}). Können Sie das bestätigen?",
    "it": "Ciao, {agent} di Ondalto: e' sistemato (pratica {ref}). Ci confermi?",
}
FIXED_OK = {
    "fr": ["C'est bon, tout fonctionne. Merci pour le suivi !", "confirmé, réglé. merci"],
    "pt": ["Ja esta tudo a funcionar, obrigada pela ajuda!", "confirmo, resolvido. obg"],
    "en": ["All sorted now, thanks for sorting it!", "confirmed, working again. ta"],
    "es": ["Ya funciona todo, gracias!", "confirmado, solucionado"],
    "de": ["Alles funktioniert wieder, danke!", "bestätigt, läuft"],
    "it": ["Ora funziona tutto, grazie!", "confermo, risolto"],
}
SORRY = {
    "fr": "Désolé pour mon message d'hier, j'étais à bout. Merci de l'avoir traité.",
    "pt": "Desculpem a mensagem de ontem, estava irritada. Obrigada por tratarem disso.",
    "en": "Sorry about yesterday's message, I'd had a rough day. Thanks for dealing with it.",
    "es": "Perdon por el mensaje de ayer, estaba de los nervios. Gracias por resolverlo.",
    "de": "Sorry für meine Nachricht gestern, war genervt. Danke fürs Kümmern.",
    "it": "Scusate il messaggio di ieri, ero esasperato. Grazie per averlo gestito.",
}

# --- slow churners ----------------------------------------------------------------------

#: Six steps from lukewarm to done; the last names a competitor.
SLIDE = {
    "fr": [
        "Le débit est un peu plus lent ces jours-ci, non ?",
        "Un peu déçu, l'appli plante plus souvent qu'avant",
        "Franchement ça commence à me saouler, 3 coupures cette semaine",
        "Service de plus en plus médiocre. On attend 40 min au téléphone pour rien",
        "C'est n'importe quoi. Je paie pour un service qui ne marche pas.",
        "J'en ai ma claque d'Ondalto. Je regarde les offres de Velcomo.",
    ],
    "pt": [
        "A net anda um bocado mais lenta, nao?",
        "Um pouco desiludida, a app falha mais do que antes",
        "Ja começa a cansar, 3 cortes esta semana",
        "Servico cada vez pior. 40 minutos ao telefone para nada",
        "Isto é uma vergonha. Pago por um servico que nao funciona.",
        "Estou farta da Ondalto. Ja estou a ver as ofertas da Fibrasol.",
    ],
    "en": [
        "Speeds seem a bit slower lately?",
        "Bit disappointed, the app crashes more than it used to",
        "Honestly getting fed up now, three dropouts this week",
        "Service keeps getting worse. 40 minutes on hold for nothing",
        "This is a joke. Paying for something that doesn't work.",
        "Had enough of Ondalto. Looking at Velcomo's deals now.",
    ],
    "es": [
        "La conexion va algo mas lenta ultimamente, no?",
        "Un poco decepcionado, la app falla mas que antes",
        "Ya me estoy hartando, tres cortes esta semana",
        "El servicio cada vez peor. 40 minutos esperando al telefono",
        "Esto es una tomadura de pelo. Pago por algo que no funciona.",
        "Estoy harto de Ondalto. Mirando ofertas de Fibrasol.",
    ],
    "de": [
        "Das Netz ist in letzter Zeit etwas langsamer, oder?",
        "Etwas enttäuscht, die App stürzt öfter ab als früher",
        "Langsam nervt es, drei Ausfälle diese Woche",
        "Der Service wird immer schlechter. 40 Minuten Warteschleife umsonst",
        "Das ist eine Frechheit. Ich zahle für etwas, das nicht funktioniert.",
        "Mir reicht's mit Ondalto. Ich schaue mir Velcomo an.",
    ],
    "it": [
        "La connessione va un po' piu' lenta ultimamente, no?",
        "Un po' deluso, l'app si blocca piu' di prima",
        "Comincio a stufarmi, tre interruzioni questa settimana",
        "Servizio sempre peggio. 40 minuti di attesa al telefono per niente",
        "E' una vergogna. Pago per un servizio che non funziona.",
        "Basta Ondalto. Sto guardando le offerte di Fibrasol.",
    ],
}
CANCEL = {
    "fr": (
        "Résiliation",
        "Bonjour, je souhaite résilier ma ligne à la fin du mois, je pars chez Velcomo qui est moins cher. Merci de me confirmer.",
    ),
    "pt": (
        "Cancelamento",
        "Boa tarde, quero cancelar o meu contrato no fim do mes, vou para a Fibrasol. Aguardo confirmacao.",
    ),
    "en": (
        "Cancellation",
        "Hi, I'd like to cancel my contract at the end of the month, moving to Velcomo as it's cheaper. Please confirm.",
    ),
    "es": (
        "Baja",
        "Hola, quiero dar de baja mi linea a final de mes, me voy a Fibrasol. Confirmadme por favor.",
    ),
    "de": (
        "Kündigung",
        "Hallo, ich möchte meinen Vertrag zum Monatsende kündigen, ich wechsle zu Velcomo. Bitte bestätigen.",
    ),
    "it": (
        "Disdetta",
        "Buongiorno, vorrei disdire la linea a fine mese, passo a Velcomo. Attendo conferma.",
    ),
}
SARCASM = {
    "fr": "Ah génial, 0 barre de réseau dans le métro. Merveilleux. 🙃 sinon ça va",
    "pt": "Que maravilha, zero rede no comboio. Fantastico. 🙃 de resto tudo bem",
    "en": "Oh brilliant, no signal on the train again. Love that for me. 🙃 otherwise fine",
    "es": "Genial, sin cobertura en el metro. Maravilloso. 🙃 por lo demas bien",
    "de": "Na toll, kein Netz in der S-Bahn. Großartig. 🙃 sonst passt's",
    "it": "Fantastico, zero campo in metro. Meraviglioso. 🙃 per il resto ok",
}
GRUMPY = {
    "fr": [
        "Encore une facture illisible.",
        "Pourquoi faut-il 3 clics pour tout ?",
        "Réseau moyen, comme d'hab.",
        "Hotline injoignable, classique.",
    ],
    "pt": [
        "Mais uma fatura que ninguem percebe.",
        "Porque é que tudo demora tanto?",
        "Rede fraca, como sempre.",
        "Linha de apoio impossivel, o costume.",
    ],
    "en": [
        "Another bill I can't make sense of.",
        "Why does everything take ages?",
        "Signal mediocre, as usual.",
        "Can never get through on the phone, typical.",
    ],
    "es": [
        "Otra factura incomprensible.",
        "Por que todo tarda tanto?",
        "Cobertura regular, como siempre.",
    ],
    "de": [
        "Wieder eine unverständliche Rechnung.",
        "Warum dauert alles so lange?",
        "Netz mittelmäßig, wie immer.",
    ],
    "it": [
        "Altra bolletta incomprensibile.",
        "Perche' ci vuole sempre cosi' tanto?",
        "Segnale scarso, come sempre.",
    ],
}

# --- business customers (Ondalto Pro) -----------------------------------------------------

B2B_ROUTINE = {
    "fr": [
        "Pouvez-vous ajouter une ligne pour notre nouvelle recrue lundi ?",
        "Merci pour l'envoi des 3 SIM, bien reçues.",
        "La facture de février est bien arrivée, merci.",
    ],
    "pt": [
        "Podem acrescentar uma linha para o novo colaborador?",
        "Recebemos os 3 cartoes SIM, obrigado.",
        "Fatura de fevereiro recebida, obrigada.",
    ],
    "en": [
        "Could you add a line for our new starter on Monday?",
        "Got the three SIMs, thanks.",
        "February invoice received, thanks.",
    ],
    "es": ["Podeis añadir una linea para el nuevo empleado?", "Recibidas las 3 SIM, gracias."],
    "de": [
        "Können Sie für den neuen Kollegen eine Leitung anlegen?",
        "Die drei SIMs sind angekommen, danke.",
    ],
    "it": ["Potete aggiungere una linea per il nuovo collega?", "Ricevute le 3 SIM, grazie."],
}
B2B_PROBLEMS = {
    "suspended": {
        "fr": "12 de nos lignes ont été suspendues ce matin sans raison, nos commerciaux sont injoignables. Urgent.",
        "pt": "12 linhas nossas foram suspensas esta manha sem motivo, os comerciais estao incontactaveis. Urgente.",
        "en": "Twelve of our lines were suspended this morning for no reason, our sales team can't be reached. Urgent.",
        "es": "Han suspendido 12 de nuestras lineas esta mañana sin motivo. Los comerciales estan incomunicados. Urgente.",
        "de": "Zwölf unserer Leitungen wurden heute früh grundlos gesperrt, der Vertrieb ist nicht erreichbar. Dringend.",
        "it": "Dodici nostre linee sospese stamattina senza motivo, i commerciali sono irraggiungibili. Urgente.",
    },
    "invoice": {
        "fr": "La facture groupée continue de facturer 5 lignes résiliées en décembre. Troisième mois de suite.",
        "pt": "A fatura agrupada continua a cobrar 5 linhas canceladas em dezembro. Terceiro mes seguido.",
        "en": "The group invoice is still billing five lines we cancelled in December. Third month running.",
        "es": "La factura agrupada sigue cobrando 5 lineas dadas de baja en diciembre.",
        "de": "Die Sammelrechnung berechnet weiter fünf im Dezember gekündigte Leitungen. Dritter Monat in Folge.",
        "it": "La fattura cumulativa addebita ancora 5 linee disdette a dicembre. Terzo mese di fila.",
    },
    "office_fibre": {
        "fr": "La fibre du bureau est coupée depuis hier midi, 20 personnes sans internet. Aucun technicien prévu.",
        "pt": "A fibra do escritorio esta em baixo desde ontem, 20 pessoas sem internet. Nenhum tecnico marcado.",
        "en": "Office fibre has been down since yesterday lunchtime, 20 people offline. No engineer booked.",
        "es": "La fibra de la oficina esta caida desde ayer, 20 personas sin internet.",
        "de": "Die Glasfaser im Büro ist seit gestern Mittag weg, 20 Leute offline. Kein Techniker-Termin.",
        "it": "La fibra dell'ufficio e' giu' da ieri, 20 persone senza internet. Nessun tecnico in vista.",
    },
    "portal": {
        "fr": "Le portail Pro refuse toute commande de SIM depuis lundi (erreur 500). On ne peut plus équiper personne.",
        "pt": "O portal Pro nao deixa encomendar SIMs desde segunda (erro 500).",
        "en": "The Pro portal won't let us order SIMs since Monday (error 500). We can't kit anyone out.",
        "es": "El portal Pro no deja pedir SIM desde el lunes (error 500).",
        "de": "Das Pro-Portal lässt seit Montag keine SIM-Bestellung zu (Fehler 500).",
        "it": "Il portale Pro non permette ordini di SIM da lunedi' (errore 500).",
    },
}
#: A second and third contact of the same company about the same problem.
B2B_ALSO = {
    "fr": ("Je confirme ce que mon collègue vous a signalé : ", "Idem de mon côté, "),
    "pt": ("Confirmo o que o meu colega ja reportou: ", "Tambem aqui, "),
    "en": ("Following up on what my colleague reported: ", "Same here, "),
    "es": ("Confirmo lo que os dijo mi compañero: ", "Igual por aqui, "),
    "de": ("Ich bestätige, was mein Kollege gemeldet hat: ", "Bei mir dasselbe, "),
    "it": ("Confermo quanto segnalato dal mio collega: ", "Idem qui, "),
}
B2B_STILL = {
    "fr": "RE : toujours aucune solution de votre part. Nous étudions sérieusement l'offre de Velcomo Entreprises.",
    "pt": "RES: continuamos sem solucao. Estamos a avaliar a proposta da Fibrasol Empresas.",
    "en": "RE: still no fix on your side. We're now seriously looking at other providers.",
    "es": "RE: seguimos sin solucion. Estamos valorando otros operadores.",
    "de": "AW: immer noch keine Lösung. Wir prüfen jetzt andere Anbieter.",
    "it": "R: ancora nessuna soluzione. Stiamo valutando altri operatori.",
}
B2B_MILD = {
    "fr": "Le délai de livraison des SIM est un peu long, sinon rien à signaler.",
    "pt": "A entrega dos SIM demorou um pouco, de resto tudo bem.",
    "en": "SIM delivery took a bit long, otherwise all fine.",
    "es": "La entrega de las SIM tardo un poco, por lo demas bien.",
    "de": "Die SIM-Lieferung hat etwas gedauert, sonst alles gut.",
    "it": "La consegna delle SIM e' stata un po' lenta, per il resto bene.",
}
COMPANY_WORDS = {
    "fr": ["Boulangerie", "Cabinet", "Atelier", "Transports"],
    "pt": ["Padaria", "Clinica", "Oficina", "Transportes"],
    "en": ["Bakery", "Surveyors", "Joinery", "Couriers"],
    "es": ["Panaderia", "Gestoria", "Taller", "Mudanzas"],
    "de": ["Bäckerei", "Kanzlei", "Tischlerei", "Kurierdienst"],
    "it": ["Panificio", "Studio", "Officina", "Trasporti"],
}
ROLES = ("office manager", "it lead", "owner", "accountant", "sales lead", "site manager")

# --- the planted spike: SMS codes not arriving -----------------------------------------------

SPIKE = {
    "fr": [
        "Je ne reçois plus aucun SMS depuis cet après-midi, impossible de valider mon paiement (code banque)",
        "les sms de code n'arrivent pas !! bloqué pour me connecter à ma banque",
        "Aucun SMS reçu depuis 17h, ni les codes de validation. C'est général ?",
    ],
    "pt": [
        "Nao recebo SMS desde a tarde, nao consigo confirmar pagamentos (codigo do banco)",
        "os sms com codigos nao chegam!! nao entro no homebanking",
        "Nenhum SMS recebido desde as 18h, nem os codigos. É geral?",
    ],
    "en": [
        "Not getting any texts since this afternoon, can't confirm a card payment (bank code)",
        "verification texts aren't coming through!! locked out of my banking app",
        "No SMS at all since about 6, not even the one-time codes. Is this everyone?",
    ],
    "es": [
        "No me llegan los SMS desde la tarde, no puedo confirmar un pago (codigo del banco)",
        "los sms con codigos no llegan!! no puedo entrar en el banco",
    ],
    "de": [
        "Seit heute Nachmittag kommen keine SMS an, kann die Zahlung nicht bestätigen (TAN)",
        "SMS-TANs kommen nicht an!! komme nicht ins Online-Banking",
    ],
    "it": [
        "Non ricevo SMS dal pomeriggio, non riesco a confermare un pagamento (codice banca)",
        "gli sms con i codici non arrivano!! bloccato fuori dalla banca online",
    ],
}
SPIKE_AGAIN = {
    "fr": "toujours rien reçu. je fais comment pour payer moi",
    "pt": "continuo sem receber nada",
    "en": "still nothing coming through",
    "es": "sigo sin recibir nada",
    "de": "kommt immer noch nichts an",
    "it": "ancora niente",
}
#: Endings a reporter may add to the first report.
SPIKE_TAIL = ("", "", " ??", " 😡", " !!!", " help")
SPIKE_AGENT = {
    "fr": "Bonjour, {agent} d'Ondalto : un incident sur l'envoi des SMS est en cours de résolution. Toutes nos excuses.",
    "pt": "Ola, {agent} da Ondalto: ha um incidente no envio de SMS, ja em resolucao. Pedimos desculpa.",
    "en": "Hi, {agent} at Ondalto: we had an incident with text delivery, being fixed now. Sorry for the trouble.",
    "es": "Hola, {agent} de Ondalto: hay una incidencia con los SMS, ya en resolucion. Disculpa.",
    "de": "Hallo, {agent} von Ondalto: Es gibt eine Störung beim SMS-Versand, wird behoben. Entschuldigung.",
    "it": "Ciao, {agent} di Ondalto: c'e' un guasto sull'invio SMS, in risoluzione. Scusaci.",
}
