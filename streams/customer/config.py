"""How the customer model reads touchpoints (``[model]``) and weighs churn risk
(``[risk]``): the settings of streams/alerts/rules.toml that the model, the
wording predicates and the rules share, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

#: Words by which a customer says this contact is a repeat ("second time", "déjà
#: signalé"): ``[repeat_contact] phrases`` of streams/alerts/rules.toml, read by the
#: rule and by the model (:attr:`ModelConfig.repeat_phrases`).
REPEAT_PHRASES = (
    "again", "encore", "second time", "third time", "2nd time", "3rd time", "4th time",
    "5th time", "three times", "several times", "many times", "already contacted",
    "already called", "already wrote", "already asked", "following up", "follow up",
    "following my", "still no", "still not", "still waiting", "toujours pas",
    "toujours aucune", "toujours rien", "toujours pas de", "deuxieme fois", "troisieme fois",
    "quatrieme fois", "cinquieme fois", "trois fois", "plusieurs fois", "deja contacte",
    "deja appele", "deja ecrit", "deja signale", "je relance", "suite a mon",
    "chasing", "schon wieder", "zum zweiten mal", "zum dritten mal", "immer noch nicht",
    "immer noch kein", "noch immer nicht", "otra vez", "de nuevo", "segunda vez", "tercera vez",
    "sigo sin", "sigo esperando", "ya he escrito", "ya llame", "ya escribi",
    "sigue sin", "vuelvo a", "aun no", "todavia no", "varias veces", "ya he llamado",
    "erneut", "nochmals", "noch einmal", "a nouveau", "de nouveau", "je reviens vers vous",
    "di nuovo", "ancora una volta", "un'altra volta", "seconda volta", "terza volta",
    "piu volte", "gia contattato", "gia chiamato", "gia scritto", "gia segnalato",
    "vi ricontatto", "vi riscrivo", "sollecito", "ancora niente", "ancora nessun",
    "ancora nessuna", "ancora non", "outra vez", "de novo", "novamente", "terceira vez",
    "varias vezes", "ja contactei", "ja liguei", "ja escrevi", "ja reclamei", "ainda nao",
    "ainda sem", "continuo sem", "continua sem", "volto a",
    # writing again (fr, de, it; the others say it with "vuelvo a", "volto a", "again")
    "je reecris", "je vous reecris", "nochmal", "riscrivo",
    # referring back to an earlier message (en, fr, de, es, it, pt)
    "my last message", "my previous message", "my complaint", "my ticket", "since last time",
    "mon dernier message", "mon precedent message", "ma reclamation", "mon ticket",
    "depuis la derniere fois", "meine letzte nachricht", "meiner letzten nachricht",
    "meine beschwerde", "mein ticket", "seit dem letzten mal", "mi ultimo mensaje",
    "mi mensaje anterior", "mi reclamacion", "mi ticket", "desde la ultima vez",
    "mio ultimo messaggio", "mio messaggio precedente", "mio reclamo", "mio ticket",
    "dall'ultima volta", "minha ultima mensagem", "minha mensagem anterior",
    "minha reclamacao", "meu ticket", "desde a ultima vez",
    # wrote or called yesterday (en, fr, de, es, it, pt)
    "messaged yesterday", "wrote yesterday", "called yesterday", "emailed yesterday",
    "ecrit hier", "appele hier", "gestern geschrieben", "gestern schon geschrieben",
    "gestern angerufen", "escribi ayer", "llame ayer", "scritto ieri", "chiamato ieri",
    "escrevi ontem", "liguei ontem",
    # still without it (en, fr, de, it; "sigo sin", "ainda sem" say it already)
    "still without", "toujours sans", "immer noch ohne", "noch immer ohne", "ancora senza",
    # nothing has been fixed (en, fr, de, es, it, pt): the problem raised before is still there
    "nothing has been fixed", "nothing's been fixed", "nothing was fixed", "hasn't been fixed",
    "has not been fixed", "rien n'est corrige", "rien n'a ete corrige", "nichts ist behoben",
    "nichts wurde behoben", "nada se ha corregido", "no se ha corregido", "nulla e stato corretto",
    "niente e stato risolto", "non e stato risolto", "nada foi corrigido", "nada foi resolvido",
    "nao foi corrigido", "nao foi resolvido",
)  # fmt: skip


@dataclass(frozen=True)
class ModelConfig:
    """How the model reads touchpoints (``[model]`` in streams/alerts/rules.toml)."""

    trend_half_life_days: float = 7.0
    negative_sentiment: float = -0.2
    positive_sentiment: float = 0.2
    onboarding_days: float = 14.0
    episode_hours: float = 6.0
    repeat_window_days: float = 7.0
    at_risk_score: int = 50
    peak_memory_days: float = 14.0
    #: Words by which a customer says something is still so: about the topic of an
    #: open problem thread, the problem raised again, even asked as a question.
    persists_phrases: tuple[str, ...] = (
        "still", "toujours", "any news", "des nouvelles", "again", "chasing", "following up",
        "follow up", "je relance", "immer noch", "noch immer", "noch nicht", "neuigkeiten",
        "wieder", "sigo", "sigue", "todavia", "novedad", "novedades", "otra vez", "de nuevo",
        "e ancora", "sono ancora", "novita", "aggiornamenti", "di nuovo", "ainda esta",
        "ainda estou", "novidade", "novidades", "outra vez", "de novo", "ancora aperto",
        "ancora aperta", "ainda aberto", "ainda aberta", "ainda sem",
        # still, still not, still nothing in Italian (bare "ancora" may also mean "more",
        # as "toujours" may mean "always"; see rules.toml)
        "ancora", "ancora non", "ancora niente", "ancora nulla",
        # it goes on (en, fr, de, es, it, pt)
        "persists", "continue de", "persiste", "weiterhin", "noch offen", "continua", "continuo",
        "ainda", "nach wie vor",
        # we are still so (es, it, pt; "still", "toujours", "immer noch" say it already)
        "seguimos igual", "seguimos sin", "seguimos esperando", "siamo ancora", "stiamo ancora",
        "continuamos sem", "continuamos igual", "continuamos a espera",
        # anything new (de, fr; "any news", "novedades", "novita", "novidades" say it already)
        "was neues", "etwas neues", "du nouveau",
        # nothing has changed, nothing has been fixed: still so (en, fr, es, de, it, pt)
        "nothing has changed", "nothing changed", "rien n'a change", "nada ha cambiado",
        "nichts geandert", "nichts hat sich geandert", "nulla e cambiato", "niente e cambiato",
        "nada mudou", "nothing has been fixed", "rien n'est corrige", "nichts ist behoben",
        "nada foi corrigido",
        # nothing fixed, said short ("back on case lv 156907 nothing fixed", "nada arreglado")
        "nothing fixed", "nothing is fixed", "nothing sorted", "rien de regle",
        "rien n'est regle", "nichts behoben", "nichts erledigt", "nada arreglado",
        "nada resuelto", "nada solucionado", "niente risolto", "nulla risolto", "nada resolvido",
        # nothing has changed, in another word order ("non è cambiato niente")
        "non e cambiato niente", "non e cambiato nulla", "hat sich nichts getan",
        "nichts getan", "no ha cambiado nada", "nao mudou nada", "nothing's changed",
        "nothing's been fixed",
        # nothing has moved ("non si è mosso niente", "nothing has moved", "rien n'a bougé")
        "non si e mosso niente", "non si e mosso nulla", "nothing has moved", "nothing's moved",
        "rien n'a bouge", "nada se ha movido", "no se ha movido nada", "nichts hat sich bewegt",
        "nada se mexeu", "nada andou",
        # still there, in Italian ("guida saltata e LSN-504 sempre lì")
        "sempre li",
    )  # fmt: skip
    #: Words by which a customer says the problem is solved ("working again", "resolvido",
    #: "läuft"): such a contact closes their problems (negated, "still not fixed", not).
    resolved_phrases: tuple[str, ...] = (
        "resolved", "solved", "sorted", "fixed", "working again", "works again", "works now",
        "working now", "all good now", "resolu", "resolue", "regle", "reglee", "ca marche",
        "ca fonctionne", "fonctionne a nouveau", "ca remarche", "gelost", "behoben", "erledigt",
        "lauft", "lauft wieder", "funktioniert wieder", "klappt wieder", "resuelto",
        "resuelta", "solucionado", "solucionada", "arreglado", "arreglada", "ya funciona",
        "funciona de nuevo", "risolto", "risolta", "sistemato", "sistemata", "funziona di nuovo",
        "ora funziona", "tutto a posto", "resolvido", "resolvida", "ja funciona",
        "funciona de novo",
        # all ok, confirming our fix ("sì tutto ok per la VL-373222, garzie mille")
        "tutto ok", "tudo ok", "todo ok", "alles ok", "tout est ok",
        # everything's fine ("re FV-639503 - confirmed, everything's fine on my side. thnak you")
        "everything's fine on my side", "everything is fine on my side", "tout va bien de mon cote",
        "todo bien por mi parte", "alles in ordnung bei mir", "tutto bene da parte mia",
        "tudo bem do meu lado",
        # it worked, all back ("AW: Bücher offline weg | Hat funktioniert, alles wieder da.
        # Danke!": "wieder" there is no "still")
        "it worked", "that worked", "all working", "everything is back", "ca a marche",
        "ca a fonctionne", "tout est revenu", "hat funktioniert", "hat geklappt", "wieder da",
        "alles wieder da", "geht wieder", "ha funcionado", "vuelve a funcionar",
        "ha funzionato", "e tornato tutto", "funcionou", "voltou a funcionar",
        # thanks for fixing it ("Thanks for fixing it so quickly")
        "for fixing", "for sorting", "for solving", "for resolving",
        # all fine now ("Ya está todo bien, gracias", "All fine now, thank you")
        "all fine now", "everything is fine now", "ya esta todo bien", "ya todo bien",
        "todo bien ya", "tout va bien maintenant", "alles wieder gut", "alles gut jetzt",
        "ora e tutto ok", "ja esta tudo bem", "ja ta tudo bem",
    )  # fmt: skip
    #: Waiting, or something pending: said with a persists phrase ("Warte immer noch,
    #: danke", "toujours en attente", "sigo esperando"), the problem goes on.
    waiting_phrases: tuple[str, ...] = (
        "waiting", "pending", "en attente", "j'attends", "attends", "en suspens",
        "warte", "warten", "wartet", "ausstehend", "esperando", "a la espera", "pendiente",
        "in attesa", "aspetto", "aspettando", "in sospeso", "aguardando", "a espera",
        "a esperar", "a aguardar", "pendente",
    )  # fmt: skip
    #: Nothing has changed ("the same", "pareil", "sigue igual", "dasselbe"): said with a
    #: persists phrase ("Still the same.", "Toujours pareil"), the problem goes on.
    unchanged_phrases: tuple[str, ...] = (
        "the same", "same thing", "same again", "no change", "nothing has changed",
        "nothing changed", "unchanged", "pareil", "la meme chose", "rien n'a change",
        "rien ne change", "igual", "lo mismo", "nada ha cambiado", "nada cambia", "dasselbe",
        "das gleiche", "das selbe", "unverandert", "nichts geandert", "nichts verandert",
        "uguale", "lo stesso", "la stessa cosa", "niente e cambiato", "nulla e cambiato",
        "invariato", "o mesmo", "a mesma coisa", "na mesma", "nada mudou",
    )  # fmt: skip
    #: Asking whether one may still do something ("can I still change the frame colour if
    #: it has shipped?"), or saying an order has not left yet: blanked before reading, no
    #: problem still there, no repeat.
    may_still_phrases: tuple[str, ...] = (
        "can i still", "could i still", "can we still", "is it still possible", "je peux encore",
        "puis-je encore", "peut-on encore", "on peut encore", "est-il encore possible",
        "est-ce encore possible", "kann ich noch", "konnen wir noch", "kann man noch",
        "ist es noch moglich", "puedo todavia", "todavia puedo", "aun puedo", "puedo aun",
        "se puede todavia", "todavia se puede", "posso ancora", "si puo ancora",
        "e ancora possibile", "ainda posso", "posso ainda", "ainda da para", "ainda e possivel",
        # an order that has not left yet, while it may still be changed ("je peux changer la
        # consigne d'une commande pas encore partie ?", "Die Bestellung ist noch nicht unterwegs")
        "pas encore partie", "pas encore parti", "pas encore expediee", "pas encore expedie",
        "pas encore envoyee", "pas encore envoye", "not shipped yet", "not yet shipped",
        "hasn't shipped yet", "hasnt shipped yet", "not dispatched yet", "not yet dispatched",
        "hasn't left yet", "hasnt left yet", "noch nicht unterwegs", "noch nicht versandt",
        "noch nicht verschickt", "noch nicht versendet", "todavia no ha salido", "aun no ha salido",
        "todavia no se ha enviado", "todavia no ha sido enviado", "non ancora partito",
        "non ancora partita", "non ancora spedito", "non ancora spedita", "ainda nao saiu",
        "ainda nao foi enviada", "ainda nao foi enviado", "ainda nao foi expedida",
    )  # fmt: skip
    #: Never again ("Nie wieder Bügeln am Sonntagabend. Danke"), no longer ("no vuelvo a
    #: cargar sacos"): blanked before reading,
    #: it says nothing recurs nor is still so.
    never_again_phrases: tuple[str, ...] = (
        "never again", "plus jamais", "jamais plus", "nie wieder", "nunca mas", "mai piu",
        "nunca mais",
        # no longer ("no vuelvo a cargar sacos por la calle", "nao volto a")
        "no vuelvo a", "nao volto a",
    )  # fmt: skip
    #: Thanking once more ("thanks again", "gracias de nuevo"): blanked before reading, the
    #: "again" is the thanks', it says nothing is still so.
    thanks_again_phrases: tuple[str, ...] = (
        "thanks again", "thank you again", "again thanks", "again thank you", "cheers again",
        "merci de nouveau",
        "merci a nouveau", "danke wieder", "nochmals danke", "gracias de nuevo",
        "gracias otra vez", "grazie di nuovo", "grazie ancora", "obrigado de novo",
        "obrigada de novo", "obrigado outra vez", "obrigada outra vez",
    )  # fmt: skip
    #: Set phrases whose "still", "always" or count says nothing is still so nor recurs:
    #: "not even" ("Kaffee war noch nicht mal leer"), in instalments ("payer en plusieurs
    #: fois"), just this week ("Ainda esta semana recomendei"), have always found ("j'ai
    #: toujours trouvé votre service simple"), even more ("ainda mais bonitas do que na
    #: foto"), and on top ("e ainda me cobram a taxa"), right on arrival ("se abre sola
    #: nada más llegar"), just as good ("Cada semana igual de bien"), what is left ("Still
    #: have a few pairs left", "Ne ho ancora qualche paio"). Blanked before reading.
    idiom_phrases: tuple[str, ...] = (
        "noch nicht mal", "noch nicht einmal", "noch nichtmal",
        "en plusieurs fois", "en trois fois", "en deux fois",
        "ainda esta semana", "ainda este mes", "ainda esta manha", "ainda ontem",
        "ai toujours trouve", "ai toujours ete", "ai toujours aime", "ai toujours apprecie",
        "avons toujours ete", "ai toujours recommande",
        "ainda mais", "ancora piu", "aun mas", "todavia mas", "encore plus",
        "anyone still on", "anyone still there", "anybody still on", "anybody still there",
        "e ainda me", "ainda por cima", "nada mas llegar", "nada mas entrar",
        "igual de bien", "igual de bueno", "igual de buena",
        "still have a few", "still got a few", "still have some left", "ne ho ancora qualche",
        "ne ho ancora un paio", "j'en ai encore quelques", "il m'en reste encore",
        "todavia me quedan", "aun me quedan", "ainda tenho algumas", "ainda tenho alguns",
        "habe noch ein paar", "hab noch ein paar",
    )  # fmt: skip
    #: "Again" or a count said of what happened ("PT didn't turn up. Again.", "logged me
    #: out three times"): the thing recurs, no sign the customer writes about an earlier
    #: contact; blanked before the repeat phrases are read for that.
    again_phrases: tuple[str, ...] = (
        "again", "encore", "a nouveau", "de nouveau", "encore une fois", "wieder", "schon wieder",
        "erneut", "nochmals", "noch einmal", "otra vez", "de nuevo", "una vez mas", "di nuovo",
        "ancora una volta", "un'altra volta", "outra vez", "de novo", "novamente", "mais uma vez",
        "three times", "several times", "many times", "trois fois", "plusieurs fois",
        "dreimal", "mehrmals", "tres veces", "varias veces", "tre volte", "piu volte",
        "tres vezes", "varias vezes",
        # "nochmal" as "nochmals" ("die Proben seien nicht auffindbar, alles nochmal")
        "nochmal",
    )  # fmt: skip
    #: Writing or calling again: "again" said of the contact itself, not of what happened
    #: (:attr:`again_phrases`), so it refers back.
    writes_again_phrases: tuple[str, ...] = (
        "writing again", "write again", "writing to you again", "calling again",
        "contacting you again", "je vous ecris a nouveau", "je vous ecris encore",
        "j'ecris a nouveau", "j'ecris encore", "je rappelle", "schreibe wieder",
        "schreibe erneut", "schreibe ich wieder", "rufe wieder an", "rufe erneut an",
        "escribo otra vez", "escribo de nuevo", "llamo otra vez", "llamo de nuevo",
        "scrivo di nuovo", "scrivo ancora", "vi scrivo di nuovo", "chiamo di nuovo",
        "escrevo de novo", "escrevo novamente", "escrevo outra vez", "ligo de novo",
        "ligo outra vez", "schreibe nochmal", "schreibe ich nochmal", "schreibe euch nochmal",
        "schreibe ihnen nochmal", "rufe nochmal an", "ruf nochmal an", "melde mich nochmal",
        # back on the case ("hello there um back on case lv 156907", "vuelvo con el caso")
        "back on case", "back on the case", "back about case", "back about the case",
        "je reviens pour le dossier", "je reviens sur le dossier",
        "ich melde mich wegen des falls", "vuelvo con el caso", "vuelvo por el caso",
        "vuelvo sobre el caso", "torno sul caso", "torno sulla pratica", "torno per la pratica",
        "torno per il caso", "volto ao caso", "volto com o caso", "volto por causa do caso",
    )  # fmt: skip
    #: A contrast word that, opening a line or a sentence and followed by a colon ("However:
    #: why was I charged...", "Pero:"), opens what the customer writes about after praise.
    contrast_colon_phrases: tuple[str, ...] = (
        "however", "but", "mais", "cependant", "par contre", "toutefois", "aber", "jetzt aber",
        "allerdings", "nur", "pero", "sin embargo", "ahora bien", "pero ahora", "ma", "tuttavia",
        "pero adesso", "mas", "porem", "contudo", "no entanto", "so que",
    )  # fmt: skip
    #: Our answer that apologises or passes the matter on ("sorry about XRUMVG, we've
    #: passed this to the team", "lamentamos", "ci dispiace"): it answers no question,
    #: the matter is open.
    holding_phrases: tuple[str, ...] = (
        "sorry", "apologies", "apologise", "apologize", "desole*", "regrett*", "entschuldig*",
        "leid", "bedauer*", "lo siento", "lo sentimos", "lamenta*", "disculp*", "dispiace",
        "scus*", "desculp*", "passed", "sentimos", "perdon*", "in touch", "forwarded",
        "escalated", "looking into", "get back to you", "come back to you", "transmis",
        "transmise", "reviendr*", "escribiremos", "weitergeleitet", "weitergegeben",
        "melden uns", "trasmess*", "inoltrat*", "passata", "passato", "ricontatt*", "encaminh*",
        "passamos", "passado", "reenviad*", "derivad*", "pondremos en contacto",
        "voltamos a contactar",
        # or opens a case and will answer ("We've opened case SLV-588868 and will come back
        # to you as soon as we can", "Hemos abierto el caso ... te responderemos")
        "opened case", "opened a case", "opened a ticket", "as soon as we can",
        "as soon as possible",
        "ouvert le dossier", "ouvert un dossier", "revenons vers vous", "au plus vite",
        "vorgang angelegt", "ticket angelegt", "schnellstmoglich", "so schnell wie moglich",
        "abierto el caso", "abierto un caso", "responderemos", "lo antes posible",
        "aperto la pratica", "aperto una pratica", "risponderemo", "prima possibile",
        "abrimos o processo", "aberto o processo", "o mais breve", "o mais rapidamente",
    )  # fmt: skip
    #: "Sorry" ("entschuldig*": any ending) ...
    apology_phrases: tuple[str, ...] = (
        "sorry", "apologies", "apologise", "apologize", "desole", "desolee", "pardon", "excusez",
        "entschuldig*", "perdon", "perdona", "disculpa", "disculpad", "disculpen", "lo siento",
        "scusa", "scusate", "mi scuso", "desculpa", "desculpe", "desculpem",
        # the other forms of address ("Perdonad el tono de ayer"), sorry for what was said
        # ("Siento lo borde que fui ayer")
        "perdonad", "perdone", "perdonen", "perdoname", "disculpe", "siento lo",
        "siento mucho lo",
        # ashamed of one's own words ("J'ai un peu honte de mon message d'hier")
        "ashamed", "embarrassed", "j'ai honte", "un peu honte", "schame mich",
        "me da verguenza", "mi vergogno", "tenho vergonha",
        # the reflexive forms ("Je m'excuse pour mon message d'hier", "Chiedo scusa per ieri")
        "je m'excuse", "m'excuse", "chiedo scusa", "pido disculpas", "peco desculpa",
    )  # fmt: skip
    #: ... for the customer's own earlier words (yesterday, their tone, their message): an
    #: apology that ends the bad moment.
    own_words_phrases: tuple[str, ...] = (
        "yesterday", "earlier", "my tone", "the tone", "my message", "my last message", "rant",
        "harsh", "hier", "le ton", "mon ton", "mon message", "coup de gueule", "gestern",
        "den ton", "meinen ton", "meine nachricht", "ayer", "el tono", "mi tono", "mi mensaje",
        "el mensaje", "ieri", "il tono", "il messaggio", "ontem", "o tom", "pelo tom",
        "a mensagem", "pela mensagem",
    )  # fmt: skip
    #: Words by which a customer says the contact is a repeat: not a [model] key, the
    #: rules file's ``[repeat_contact] phrases`` (streams.alerts.rules.load_rules_config).
    repeat_phrases: tuple[str, ...] = REPEAT_PHRASES


@dataclass(frozen=True)
class RiskConfig:
    """Points of each churn-risk factor (``[risk]`` in streams/alerts/rules.toml)."""

    window_days: float = 30.0
    negative_trend: int = 25
    detractor: int = 20
    poor_survey: int = 10
    repeat_contact_each: int = 8
    repeat_contact_max: int = 24
    open_issue_each: int = 5
    open_issue_max: int = 15
    competitor: int = 15
    cancellation_intent: int = 35
    cancellation: int = 50
    silence: int = 15


DEFAULT_MODEL = ModelConfig()


DEFAULT_RISK = RiskConfig()
