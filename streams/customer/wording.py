"""What a customer's words say, read by the customer model and the rules: a
complaint or a thanks, a problem still there or solved, a repeat, a reply, an
apology (en, fr, de, es, it, pt). Pure predicates over one enriched touchpoint
(and the [model] settings); the state they feed is streams/customer/state.py."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from schemas.models import EnrichedTouchpoint, Kind, SentimentLabel
from streams.customer.config import ModelConfig
from streams.text.lexicon import states_a_lack

#: A reply prefix opening a subject or a message ("RE:", "RES:", "AW:", "R:", "SV:",
#: "RV:", "TR:", "WG:", "FW:"): the customer answers a thread, a repeat contact.
REPLY_PREFIX = re.compile(r"^\s*(?:re|res|aw|r|rv|sv|tr|wg|fw|fwd)\s*:", re.IGNORECASE)


#: Topics about how we answer, not what went wrong ("still no reply, nothing done"):
#: a follow-up naming only these names no problem of its own, it refers back.
ABOUT_OUR_ANSWER = frozenset({"support_responsiveness"})


#: Asking whether one may still do something ("can I still change the frame colour if
#: it has shipped?"): no problem still there, no repeat (en, fr, de, es, it, pt).
MAY_STILL = (
    "can i still", "could i still", "can we still", "is it still possible", "je peux encore",
    "puis-je encore", "peut-on encore", "on peut encore", "est-il encore possible",
    "est-ce encore possible", "kann ich noch", "konnen wir noch", "kann man noch",
    "ist es noch moglich", "puedo todavia", "todavia puedo", "aun puedo", "puedo aun",
    "se puede todavia", "todavia se puede", "posso ancora", "si puo ancora",
    "e ancora possibile", "ainda posso", "posso ainda", "ainda da para", "ainda e possivel",
)  # fmt: skip


#: Thanking once more ("thanks again", "gracias de nuevo", "obrigado outra vez"): the
#: "again" is the thanks', it says nothing is still so (en, fr, de, es, it, pt).
THANKS_AGAIN = (
    "thanks again", "thank you again", "again thanks", "again thank you", "merci de nouveau",
    "merci a nouveau", "danke wieder", "nochmals danke", "gracias de nuevo",
    "gracias otra vez", "grazie di nuovo", "grazie ancora", "obrigado de novo",
    "obrigada de novo", "obrigado outra vez", "obrigada outra vez",
)  # fmt: skip


#: Waiting, or something pending (en, fr, de, es, it, pt): said with "still" ("Warte
#: immer noch, danke", "toujours en attente", "sigo esperando"), the problem goes on.
WAITING = (
    "waiting", "pending", "en attente", "j'attends", "attends", "en suspens",
    "warte", "warten", "wartet", "ausstehend", "esperando", "a la espera", "pendiente",
    "in attesa", "aspetto", "aspettando", "in sospeso", "aguardando", "a espera",
    "a esperar", "a aguardar", "pendente",
)  # fmt: skip


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


#: Words that negate what a contact says is solved ("still not fixed", "nada resolvido").
NEGATION = re.compile(
    r"\b(?:not|never|no|nothing|pas|jamais|rien|nicht|kein|keine|nie|noch|nunca|nada|sin|"
    r"todavia|aun|non|mai|niente|ancora|nao|nem|sem|ainda)\b|n't\b"
)


#: "Again" or a count said of what happened ("PT didn't turn up. Again.", "schon
#: wieder nicht erschienen", "logged me out three times"): the thing recurs, which is
#: no sign the customer writes about an earlier contact (en, fr, de, es, it, pt; see
#: :func:`refers_back`).
AGAIN_WORDS = (
    "again", "encore", "a nouveau", "de nouveau", "encore une fois", "wieder", "schon wieder",
    "erneut", "nochmals", "noch einmal", "otra vez", "de nuevo", "una vez mas", "di nuovo",
    "ancora una volta", "un'altra volta", "outra vez", "de novo", "novamente", "mais uma vez",
    "three times", "several times", "many times", "trois fois", "plusieurs fois",
    "dreimal", "mehrmals", "tres veces", "varias veces", "tre volte", "piu volte",
    "tres vezes", "varias vezes",
)  # fmt: skip


#: Emotions that make a question a complaint ("why is it STILL not here?!").
UPSET = frozenset({"anger", "frustration", "disappointment", "anxiety"})


#: Emotions of thanks: a positive contact that carries one says a problem is over.
THANKS = frozenset({"gratitude", "joy", "relief"})


#: A contrast word opening a line or a sentence, then a colon ("However: why was I
#: charged...", "Pero:", "Jetzt aber:", "Mais :", "Però:", "Porém:"): what comes after
#: it is what the customer writes about (en, fr, de, es, it, pt).
_BUT_COLON = re.compile(
    r"(?:^|[\n.!?])\s*(?:however|but|mais|cependant|par contre|toutefois|aber|jetzt aber|"
    r"allerdings|nur|pero|sin embargo|ahora bien|pero ahora|ma|tuttavia|pero adesso|"
    r"mas|porem|contudo|no entanto|so que)\s*:"
)


def complains_after_praise(event: EnrichedTouchpoint) -> bool:
    """Praise first, then a contrast word and a colon opening what the customer writes
    about ("I've always been happy, the app is great... However: why was I charged a
    fee?", "siempre he estado contento... Pero: tengo la cuenta restringida"): the
    models read the praise (+1.00, intent praise); the message raises a problem, it
    thanks for nothing and closes no problem."""
    return bool(_BUT_COLON.search(normalise_text(event.text or "")))


def is_calm_question(event: EnrichedTouchpoint) -> bool:
    """A question without complaint or upset: the tweet-trained sentiment model often
    reads these as negative ("Can I get my invoice as a PDF?" scores -0.30). It must be
    asked (a question mark): the intent model also tags remarks ("Took three days to
    get a reply last time. Used to be quicker.", -0.36). Asked indignantly ("140 EUR??",
    "900 euro per questo??": :func:`asks_indignantly`) it is no calm question."""
    return (
        "question" in event.intents
        and "complaint" not in event.intents
        and not UPSET.intersection(event.emotions)
        and "?" in (event.text or "?")
        and not asks_indignantly(event)
    )


#: "??", "?!", "!?": a question asked in indignation, not for an answer.
_INDIGNANT = re.compile(r"\?\s*[?!]|!\s*\?")


def asks_indignantly(event: EnrichedTouchpoint) -> bool:
    """The customer asks in indignation ("Paguei 900€ por isto??", "you charged me
    twice?!"): a complaint asked as a question, in any language."""
    return bool(_INDIGNANT.search(event.text or ""))


def mood_of(event: EnrichedTouchpoint) -> float:
    """The sentiment the customer model reads: a calm question, or a thanks without
    complaint ("merci, c'est réglé !" scores -0.27), is never negative."""
    calm = is_calm_question(event) or thanks_without_complaint(event)
    return max(event.sentiment, 0.0) if calm else event.sentiment


def is_negative(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    return event.scored and mood_of(event) <= model.negative_sentiment


def is_positive(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    return (event.scored and event.sentiment >= model.positive_sentiment) or (
        "praise" in event.intents and not is_negative(event, model)
    )


def is_complaint(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A complaint: said so (intent), or a negative message (a survey comment needs the intent)."""
    if "complaint" in event.intents:
        return not is_positive(event, model)
    return is_negative(event, model) and event.kind is not Kind.survey_response


def is_problem(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A contact that raises a problem: a complaint or a negative message.

    A calm question (see :func:`is_calm_question`), a request for help said
    calmly and a compliment are not a problem coming back, nor praise the model
    reads as negative (enrichment's ``praise_cue``: "La borne recharge la voiture
    la nuit sans souci. Nickel" -0.35). A question asked in indignation is a problem
    whatever the model's score ("Paguei 900€ por isto??" -0.09: :func:`asks_indignantly`).
    """
    if complains_after_praise(event):
        return True
    if is_positive(event, model) or event.praise_cue:
        return False
    if "complaint" in event.intents or asks_indignantly(event):
        return True
    # Negative by its score alone: the model reads it as negative, or it negates
    # something ("keine neuen Mitarbeitenden anlegen" -0.25) or says it is still so
    # ("toujours K-77, toujours bloqué dehors" -0.24); not a routine note it scores low
    # and reads as neutral ("Bestätige den Gesundheitstag am 15. für 30 Personen" -0.33).
    return is_negative(event, model) and (
        event.sentiment_label is SentimentLabel.negative
        or states_a_lack(event.text or "")
        or says_it_persists(event, model)
        or says_it_repeats(event, model)
    )


def says_thanks(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A positive contact that thanks or praises, without complaint or upset: it says
    the problems before it are over.

    A positive score alone is not enough: the model reads "I'm calling because my
    parcel says delivered and I never got it" as positive in French.
    """
    return is_positive(event, model) and thanks_without_complaint(event)


#: "sorry" (en fr de es it pt) ...
_APOLOGY = (
    r"sorry|apologies|apologise|apologize|desolee?|pardon|excusez|entschuldig\w*|"
    r"perdon|perdona|disculpa|disculpad|disculpen|lo siento|scusa|scusate|mi scuso|"
    r"desculpa|desculpe|desculpem"
)


#: ... for the customer's own earlier words: yesterday, their tone, their message.
_OWN_WORDS = (
    r"yesterday|earlier|my tone|the tone|my message|my last message|rant|harsh|hier|"
    r"le ton|mon ton|mon message|coup de gueule|gestern|den ton|meinen ton|meine nachricht|"
    r"ayer|el tono|mi tono|mi mensaje|el mensaje|ieri|il tono|il messaggio|ontem|o tom|"
    r"pelo tom|a mensagem|pela mensagem"
)


_APOLOGY_RE = re.compile(rf"\b(?:{_APOLOGY})\b")


_OWN_WORDS_RE = re.compile(rf"\b(?:{_OWN_WORDS})\b")


#: "Sorry, but yesterday's delivery never came" is a complaint, not an apology.
_CONTRAST_RE = re.compile(r"\b(?:but|mais|aber|pero|ma|mas)\b")


def apologises(event: EnrichedTouchpoint) -> bool:
    """The customer apologises for their own earlier words ("gestern war ich etwas zu
    harsch, sorry", "Desculpem a mensagem de ontem, estava irritada"): the bad moment
    is over, as a thanks says it, whatever the model reads of the apology."""
    text = normalise_text(event.text or "")
    return (
        bool(_APOLOGY_RE.search(text))
        and bool(_OWN_WORDS_RE.search(text))
        and not _CONTRAST_RE.search(text)
    )


def apology_ends_it(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """An apology for the customer's own earlier words (:func:`apologises`: "Sorry für
    gestern, war genervt. Alles wieder gut", "Desculpem o tom de ontem, já está tudo
    bem") that asks nothing, says no repeat (:func:`says_it_repeats`, a reply prefix:
    "sorry, I wrote yesterday...") and does not say the thing is still wrong
    (:func:`says_it_is_still_wrong`): the bad moment is over, as a thanks says it,
    however the models read it (-0.71, complaint and frustration for "war genervt";
    "wieder" is the good thing's)."""
    return (
        apologises(event)
        and "?" not in (event.text or "")
        and not says_it_repeats(event, model)
        and not replies(event)
        and not says_it_is_still_wrong(event, model)
    )


def thanks_without_complaint(event: EnrichedTouchpoint) -> bool:
    """Praise or thanks (intent, emotion), and no complaint or upset alongside."""
    if "complaint" in event.intents or UPSET.intersection(event.emotions):
        return False
    return "praise" in event.intents or bool(THANKS.intersection(event.emotions))


def normalise_text(text: str) -> str:
    """Lower case without accents: "Déjà contacté" -> "deja contacte"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8)
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of ``phrases`` as whole words of :func:`normalise_text`'s text, longest
    first (None for no phrases); one compiled pattern per phrase list."""
    if not phrases:
        return None
    alternatives = "|".join(re.escape(normalise_text(p)) for p in sorted(phrases, key=len)[::-1])
    return re.compile(rf"\b(?:{alternatives})\b")


def says_it_persists(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says something is still so (``[model] persists_phrases``): about the
    topic of an open problem, that is the problem raised again."""
    pattern = phrase_pattern(model.persists_phrases)
    return pattern is not None and bool(pattern.search(said_text(event.text or "")))


def said_text(text: str) -> str:
    """Lower case without accents, without asking whether one may still do something
    ("can I still change the frame colour?", "je peux encore", "ainda posso":
    :data:`MAY_STILL`), which says nothing is still wrong nor a repeat."""
    text = normalise_text(text)
    for phrases in (MAY_STILL, THANKS_AGAIN):
        pattern = phrase_pattern(phrases)
        text = pattern.sub(" ", text) if pattern is not None else text
    return text


def says_it_is_still_wrong(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says a problem goes on: something is still so (:func:`says_it_persists`)
    and they still wait, something is pending (:data:`WAITING`), or something is lacking
    ("Toujours en attente du remboursement, merci", "Warte immer noch, danke", "Thanks,
    but still nothing"); not "still" said of a good thing ("still steaming, cheers")."""
    if not says_it_persists(event, model):
        return False
    text = said_text(event.text or "")
    waiting = phrase_pattern(WAITING)
    return (waiting is not None and bool(waiting.search(text))) or states_a_lack(text)


def says_resolved(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says the problem is solved ("confirmed, working again", "confirmo,
    resolvido", "bestätigt, läuft": ``[model] resolved_phrases``), not negated ("still
    not fixed", "nada resolvido", "toujours pas résolu"), without complaint or anger
    (worry may linger) and asking nothing, nor saying something is still so in other
    words."""
    pattern = phrase_pattern(model.resolved_phrases)
    text = said_text(event.text or "")
    if pattern is None or not pattern.search(text) or NEGATION.search(text):
        return False
    # Worry may linger in the words ("RES: URGENTE corte de gas | Ja esta resolvido ...
    # Muito obrigado": anxiety), anger or a complaint may not.
    # A complaint read as positive is the reply's subject quoting the problem ("RE:
    # Factura estimada incorrecta | Ya esta resuelto ... Muchas gracias", +0.59).
    complains = "complaint" in event.intents and not is_positive(event, model)
    upset = complains or (UPSET - {"anxiety"}).intersection(event.emotions)
    still = phrase_pattern(model.persists_phrases)
    rest = pattern.sub(" ", text)  # "working again" says the "again" of the fix
    return not upset and "?" not in text and not (still is not None and still.search(rest))


def replies(event: EnrichedTouchpoint) -> bool:
    """The subject or the message opens with a reply prefix ("RE: my complaint",
    "RES: continua por resolver", "AW:"): the customer answers an earlier thread."""
    return bool(REPLY_PREFIX.match(event.subject or "") or REPLY_PREFIX.match(event.text or ""))


def refers_back(event: EnrichedTouchpoint, model: ModelConfig) -> str | None:
    """How the contact refers back to an earlier one: ``"repeat"`` for a reply prefix
    ("RE: my complaint"), a complaint about our answer ("still no reply":
    :data:`ABOUT_OUR_ANSWER`) or words saying it is a repeat ("vuelvo a escribir",
    "riscrivo", "vi ho gia' scritto"); ``"still"`` for words saying it is still so
    ("ich warte immer noch", "continua por resolver") only in a question ("do you
    still...?"; in a statement it is ``"repeat"``); None otherwise. "Again" alone
    does not count: it may say the thing recurs ("PT didn't turn up. Again.")."""
    if writes_again(event, model):
        return "repeat"
    text = _without_again(event)
    still = phrase_pattern(model.persists_phrases)
    if still is None or not still.search(text):
        return None
    # Still so in a statement ("Continua igual. Alguem le isto?") refers back like a
    # repeat; inside a question ("do you still offer it?") it may ask anything.
    statements = [s for s in _SENTENCE.findall(text) if not s.rstrip().endswith("?")]
    return "repeat" if any(still.search(s) for s in statements) else "still"


#: Writing or calling again (en, fr, de, es, it, pt): "again" said of the contact
#: itself, not of what happened (:data:`AGAIN_WORDS`), so it refers back.
WRITES_AGAIN = (
    "writing again", "write again", "writing to you again", "calling again", "contacting you again",
    "je vous ecris a nouveau", "je vous ecris encore", "j'ecris a nouveau", "j'ecris encore",
    "je rappelle", "schreibe wieder", "schreibe erneut", "schreibe ich wieder",
    "rufe wieder an", "rufe erneut an", "escribo otra vez", "escribo de nuevo",
    "llamo otra vez", "llamo de nuevo", "scrivo di nuovo", "scrivo ancora", "vi scrivo di nuovo",
    "chiamo di nuovo", "escrevo de novo", "escrevo novamente", "escrevo outra vez",
    "ligo de novo", "ligo outra vez",
)  # fmt: skip


def writes_again(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says in words of its own that this contact follows an earlier one: a
    reply prefix, a complaint about our answer alone, or repeat words ("vuelvo a
    escribir", "E' la terza volta che vi contatto", "still waiting"), not "again" said of
    what happened ("PT didn't turn up. Again.") nor a bare "still" ("I was still
    charged")."""
    if replies(event) or ABOUT_OUR_ANSWER.intersection(event.topics):
        return True
    again = phrase_pattern(WRITES_AGAIN)
    if again is not None and again.search(said_text(f"{event.subject or ''} {event.text or ''}")):
        return True  # "Writing again because nothing has happened"
    repeat = phrase_pattern(model.repeat_phrases)
    return repeat is not None and bool(repeat.search(_without_again(event)))


def _without_again(event: EnrichedTouchpoint) -> str:
    """The subject and text as :func:`said_text` reads them, "again" words
    (:data:`AGAIN_WORDS`) blanked."""
    again = phrase_pattern(AGAIN_WORDS)
    text = said_text(f"{event.subject or ''} {event.text or ''}")
    return again.sub(" ", text) if again is not None else text


def says_it_repeats(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says this contact is a repeat ("second message, again", "déjà
    signalé": :attr:`ModelConfig.repeat_phrases`, in the subject or the text; a reply
    prefix, :func:`replies`, is read apart: "RE: all sorted, thanks" still thanks)."""
    pattern = phrase_pattern(model.repeat_phrases)
    text = said_text(f"{event.subject or ''} {event.text or ''}")
    return pattern is not None and bool(pattern.search(text))


def asks_if_still(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer asks whether a problem is solved yet and says it is still so ("any
    news on the wallbox? Still pending. Thanks", "gibt es Neuigkeiten? Ist noch offen.
    Danke"): a follow-up on the problem however politely thanked (the model reads
    these +1.00), not a thanks that closes it."""
    return "?" in (event.text or "") and says_it_persists(event, model)


def resolves_problems(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A contact that says the customer's problems are over (repeat_contact threads).

    Words saying it is solved (:func:`says_resolved`: "Danke, läuft wieder"), or an
    apology for the customer's own earlier words (:func:`apology_ends_it`). A thanks
    the model reads as positive (:func:`says_thanks`), unless it asks whether the
    problem is solved yet (:func:`asks_if_still`) or says, without praise, that it goes
    on (:func:`says_it_is_still_wrong`: "Toujours en attente du remboursement, merci"
    +0.51, "Warte immer noch, danke" +1.00: a follow-up on it); or a thanks or
    praise without complaint or upset whatever its score ("Factura recibida,
    gracias" 0.00, "Ja esta resolvido, muito obrigado" -0.15, praise the model
    misreads: ``praise_cue``), unless it asks something ("where is my box?
    ... Cheers": a question signed off with thanks) or also says the thing is
    still so or a repeat ("thanks, but still nothing"). Praise says "again" or
    "still" of the good thing ("Fatura certinha outra vez... Assim dá gosto",
    "Rechnung wieder korrekt. So soll es sein": :func:`praises`): it closes them.
    """
    if complains_after_praise(event) or ironic_praise(event, model):
        return False  # "always happy with you... However: why was I charged?"
    if apology_ends_it(event, model):
        return True  # "Sorry für gestern, war genervt. Alles wieder gut"
    if says_resolved(event, model):
        return True
    if says_thanks(event, model):
        if asks_if_still(event, model):
            return False
        return praises(event) or not says_it_is_still_wrong(event, model)
    if "?" in (event.text or ""):
        return False
    if praises(event):
        return True
    return (
        thanks_without_complaint(event)
        and not says_it_persists(event, model)
        and not says_it_repeats(event, model)
    )


def ironic_praise(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """Praise (the intent, or enrichment's ``praise_cue``) without thanks or joy, beside
    words saying the thing is still wrong (:func:`says_it_is_still_wrong`: "RE: Cuenta
    restringida - SIGUE sin arreglar. Increible.", read as praise): irony, which closes
    no problem."""
    return (
        ("praise" in event.intents or event.praise_cue)
        and not THANKS.intersection(event.emotions)
        and says_it_is_still_wrong(event, model)
    )


def praises(event: EnrichedTouchpoint) -> bool:
    """The words praise, with no complaint or upset beside them: the praise intent, or
    praise the model reads as negative (enrichment's ``praise_cue``). "Again" or "still"
    in them says the good thing recurs ("Bill spot on again, as it should be", "toujours
    impeccable"), not a problem."""
    if complains_after_praise(event):
        return False
    return event.praise_cue or ("praise" in event.intents and thanks_without_complaint(event))


def thanks_for_what_lasts(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A thanks that says "still" or "again" of something and names nothing wrong: no
    topic, no lack, no complaint or upset, nothing asked, no repeat words ("Pad thai
    arrived in 22 min and still steaming, cheers" 0.17, "Pizza chegou em 20 minutos e
    ainda quentinha, obrigado" -0.51). It says the good thing lasts, not that a problem
    does: it is no follow-up. It closes nothing either ("Sigue igual, gracias" reads
    the same to the models)."""
    text = event.text or ""
    return (
        thanks_without_complaint(event)
        and not event.topics
        and says_it_persists(event, model)
        and "?" not in text
        and not says_it_is_still_wrong(event, model)
        and not says_it_repeats(event, model)
        and not replies(event)
    )
