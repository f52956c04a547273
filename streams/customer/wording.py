"""What a customer's words say, read by the customer model and the rules: a
complaint or a thanks, a problem still there or solved, a repeat, a reply, an
apology (en, fr, de, es, it, pt). Pure predicates over one enriched touchpoint
(and the [model] settings); the state they feed is streams/customer/state.py."""

from __future__ import annotations

import re
from functools import lru_cache

from schemas.models import Channel, EnrichedTouchpoint, Kind, SentimentLabel
from streams.customer.config import ModelConfig
from streams.customer.phrases import normalise_text, phrase_pattern, with_typos, words_pattern
from streams.text.codes import incident_codes
from streams.text.lexicon import states_a_lack
from streams.text.marks import REPLY_PREFIX, without_quotes

#: Topics about how we answer, not what went wrong ("still no reply, nothing done"):
#: a follow-up naming only these names no problem of its own, it refers back.
ABOUT_OUR_ANSWER = frozenset({"support_responsiveness"})


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


#: Words that negate what a contact says is solved ("still not fixed", "nada resolvido"),
#: the longer ones also typed with two neighbouring letters swapped (:func:`with_typos`:
#: "Case ML-853422: nothnig is fixed", hand-tuning283/b2b_accounts, closed the case).
_NEGATORS = (
    "not", "never", "no", "nothing", "none", "pas", "jamais", "rien", "aucun", "aucune",
    "nicht", "nichts", "kein", "keine", "keinen", "keiner", "nie", "noch", "nunca", "nada",
    "sin", "ningun", "ninguno", "ninguna", "todavia", "aun", "non", "mai", "niente", "nulla",
    "nessun", "nessuno", "nessuna", "ancora", "nao", "nem", "nenhum", "nenhuma", "sem", "ainda",
)  # fmt: skip
NEGATION = re.compile(rf"\b(?:{'|'.join(with_typos(_NEGATORS))})\b|n't\b")


#: Emotions that make a question a complaint ("why is it STILL not here?!").
UPSET = frozenset({"anger", "frustration", "disappointment", "anxiety"})


#: Emotions of thanks: a positive contact that carries one says a problem is over.
THANKS = frozenset({"gratitude", "joy", "relief"})


#: A contrast word (``[model] contrast_colon_phrases``) opening a line or a sentence,
#: then a colon ("However: why was I charged...", "Pero:", "Jetzt aber:", "Mais :",
#: "Però:", "Porém:"): what comes after it is what the customer writes about.
_CONTRAST_COLON = r"(?:^|[\n.!?])\s*(?:{words})\s*:"


def complains_after_praise(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """Praise first, then a contrast word and a colon opening what the customer writes
    about ("I've always been happy, the app is great... However: why was I charged a
    fee?", "siempre he estado contento... Pero: tengo la cuenta restringida"): the
    models read the praise (+1.00, intent praise); the message raises a problem, it
    thanks for nothing and closes no problem."""
    pattern = words_pattern(_CONTRAST_COLON, model.contrast_colon_phrases)
    return pattern is not None and bool(pattern.search(normalise_text(event.text or "")))


def is_calm_question(event: EnrichedTouchpoint) -> bool:
    """A question without complaint or upset: the tweet-trained sentiment model often
    reads these as negative ("Can I get my invoice as a PDF?" scores -0.30). It must be
    asked (a question mark): the intent model also tags remarks ("Took three days to
    get a reply last time. Used to be quicker.", -0.36); a call's transcript writes no
    question mark ("sí hola buenas quería saber si puedo añadir una prenda al pedido"),
    nor does a request for help opening with its question ("how do I change the name
    on a ticket" -0.30: the help_request intent). Asked indignantly ("140 EUR??", "900
    euro per questo??": :func:`asks_indignantly`) it is no calm question."""
    return (
        "question" in event.intents
        and (
            "?" in (event.text or "?") or event.kind is Kind.call or "help_request" in event.intents
        )
        and said_calmly(event)
    )


def said_calmly(event: EnrichedTouchpoint) -> bool:
    """No complaint (the intent), no upset and no indignant question: what the words ask
    or propose is asked or proposed calmly (:func:`is_calm_question`,
    :func:`is_calm_suggestion`)."""
    return (
        "complaint" not in event.intents
        and not UPSET.intersection(event.emotions)
        and not asks_indignantly(event)
    )


def asks_only(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A calm question that raises no problem ("wie trage ich sie im HR-Portal ein?"):
    the model does not read it as negative, it states no lack and says nothing is
    still so; unlike "Refund declined. Why? I didn't use a single class" (-0.74). A lack
    in a question the model reads as positive is the setting, not a problem ("volevo
    sapere se l'autista porta su le casse al quarto piano senza ascensore" +0.70)."""
    return (
        is_calm_question(event)
        and not is_negative(event, model)
        and (is_positive(event, model) or not states_a_lack(event.text or "", event.language))
        and not says_it_persists(event, model)
    )


#: "Seriously", "really" (en fr de es it pt): said alone before a question mark, or after
#: the question, closing the message (:data:`_INDIGNANT`).
_SERIOUSLY = (
    r"really|seriously|s[ée]rieux|s[ée]rieusement|im ernst|ernsthaft|en serio|de verdad|"
    r"davvero|sul serio|a s[ée]rio|s[ée]rio"
)
#: What a thing is for, asked of it (fr es pt it en; :data:`_INDIGNANT`, with "then"
#: after or before it).
_WHAT_FOR = (
    r"à quoi (?:ça )?sert|para qu[ée] (?:sirve|est[áa])|para que serve|de que serve|"
    r"what'?s (?:it|the \w+) for|a cosa serve"
)
#: "??", "?!", "!?", or "Seriously?" alone (or closing the message after the question): a
#: question asked in indignation, not for an answer (en fr de es it pt); so is asking what
#: the point is ("Ma che senso ha?", "Was soll das?"), or what a thing is for then ("Elle
#: sert à quoi alors ?", "What's the app for then?": not "what's this button for?").
_INDIGNANT = re.compile(
    rf"\?\s*[?!]|!\s*\?|(?:^|[.!,;:]\s*)(?:{_SERIOUSLY}|echt|"
    # what for, asked alone after the facts ("... ein Foto vom Kennzeichen. Wozu?")
    r"wozu|what for|pour quoi faire|para qu[eéê]|a che pro)"
    # ... said to us by name ("Davvero @Clorello?", "Davvero Clorello?")
    r"(?:,?\s+@?[A-Z][\w.-]*)?\s*\?"
    # ... or said after the question, closing the message ("pagar isto para ter abelhas
    # abandonadas? serio", "pagare per avere api abbandonate? ma dai")
    rf"|\?\s*(?:{_SERIOUSLY}|come on|vraiment|echt jetzt|venga ya|ma dai|fala s[ée]rio)"
    r"\s*[?!.]*\s*$"
    r"|\b(?:what'?s the point|what is the point|che senso ha|was soll das|à quoi bon)\b[^?.!]*\?"
    rf"|\b(?:sert à quoi|{_WHAT_FOR}|wozu (?:ist|dient))\b[^?.!]{{0,30}}?"
    r"\b(?:alors|entonces|ent[ãa]o|then|allora|dann|denn)\s*\?"
    # ... or with the "then" before it, after the facts ("cobraram-me preço normal. Então
    # para que serve o Club?", "Alors à quoi sert le Club ?", "So what's the Club for?";
    # not a message opening with it: "Então, para que serve este botão?")
    rf"|[.!]\s*(?:alors|entonces|ent[ãa]o|allora|so)\s*,?\s*¿?\s*(?:{_WHAT_FOR})\b[^?.!]{{0,30}}\?"
    # ... and what they pay, asked after the facts ("... just numbers. And I pay for Plus?",
    # "Y pago Plus?", "Et je paie Plus ?", "E io pago Plus?")
    r"|(?:^|[.!,;:]\s*)(?:and (?:i|we) (?:pay|paid|am paying|are paying)|"
    r"und daf(?:ü|ue)r (?:bezahle|zahle|bezahlen|zahlen) (?:ich|wir)|"
    r"et (?:je paie|je paye|on paie|on paye|nous payons)|[ey] (?:io |yo |eu )?pago|"
    r"[ey] (?:pagamos|paghiamo))\b[^?.!]{0,40}\?"
    # ... and a price asked back, "for this?" ("I pay £42 a month for this?", "49 € im Monat
    # dafür?", "Je paie 49 € par mois pour ça ?")
    r"|(?:[€$£]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:€|eur\b|euros?\b|£|\$))\s*"
    r"(?:a month|a year|per month|par mois|par an|im monat|pro monat|im jahr|al mes|por mes|"
    r"al mese|ao m[êe]s|por m[êe]s)?\s*(?:for this|for that|pour [çc]a|daf(?:ü|ue)r|para esto|"
    r"para isto|por esto|por isto|per questo)\s*\?",
    re.IGNORECASE,
)


def asks_indignantly(event: EnrichedTouchpoint) -> bool:
    """The customer asks in indignation ("Paguei 900€ por isto??", "you charged me
    twice?!", "A ração subiu 30 % em dois meses. A sério?"): a complaint asked as a
    question, in any language."""
    return bool(_INDIGNANT.search(event.text or ""))


def is_calm_suggestion(event: EnrichedTouchpoint) -> bool:
    """A suggestion without complaint or upset ("Suggerimento: sarebbe utile esportare i
    report di tutte le sedi in un unico file" scores -0.56): an idea for us, not a
    problem; one made in anger carries the complaint or the upset."""
    return "suggestion" in event.intents and said_calmly(event)


def mood_of(event: EnrichedTouchpoint, model: ModelConfig) -> float:
    """The sentiment the customer model reads: a calm question or suggestion, or a
    thanks without complaint ("merci, c'est réglé !" scores -0.27), is never negative;
    praise the model misread as negative (enrichment's ``praise_cue``: "Guests keep
    asking what the lobby scent is. Olfavia Pro has been spot on" -0.52) is content
    (``model.misread_praise_mood``)."""
    calm = is_calm_question(event) or thanks_without_complaint(event) or is_calm_suggestion(event)
    if calm:
        return max(event.sentiment, 0.0)
    # A calm question is only calm, even beside the agent's words a call's praise cue reads
    # ("Quel est le prix du pack ... ? Agent: Très bien" -0.04): sim-low-calm/s178's buyer
    # whose next chat was furious would otherwise have had a content usual.
    if event.praise_cue and event.sentiment < 0:
        return model.misread_praise_mood
    return event.sentiment


def is_negative(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    return event.scored and mood_of(event, model) <= model.negative_sentiment


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
    if complains_after_praise(event, model) or says_unresolved(event, model):
        return True  # "... non è ancora risolta" however its greeting scores
    if still_the_code(event, model):
        return True  # "Ancora Q-417 dopo mezz'ora ... grazie eh" reads +0.59
    if states_still_wrong(event, model):
        return True  # "Buongiorno, ... non si è mosso niente. Ci date una data?" +0.41
    if is_positive(event, model) or event.praise_cue:
        return False
    if "complaint" in event.intents or asks_indignantly(event):
        return True
    if reports_a_fault(event) and not is_calm_question(event):
        return True
    if says_it_is_still_wrong(event, model) and (
        not is_calm_question(event) or opens_with_still(event, model)
    ):
        # "Ainda sem resposta" 0.00: still so, in words, however it scores; asked after
        # a statement opening with it ("Toujours deux prélèvements et aucune nouvelle.
        # Quand est-ce que le second est remboursé ?") as much as in a statement alone.
        return True
    # Negative by its score alone: the model reads it as negative, or it negates
    # something ("keine neuen Mitarbeitenden anlegen" -0.25) or says it is still so
    # ("toujours K-77, toujours bloqué dehors" -0.24); not a routine note it scores low
    # and reads as neutral ("Bestätige den Gesundheitstag am 15. für 30 Personen" -0.33).
    # The label alone takes words that name something: a topic, an intent, an emotion or
    # a reference. On a text naming none the model misreads praise ("Kaffeevollautomat
    # ist der Hammer" -0.21, "Switched from my old bank, zero regrets" -0.61).
    return is_negative(event, model) and (
        (event.sentiment_label is SentimentLabel.negative and names_something(event))
        or states_a_lack(event.text or "", event.language)
        or says_it_persists(event, model)
        or says_it_repeats(event, model)
    )


def still_the_code(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says an error code is still there ("Ancora Q-417 dopo mezz'ora",
    "toujours K-77", or "sempre" in the code's sentence: :func:`always_the_code`),
    without thanks or praise: the fault goes on."""
    codes = incident_codes(event.subject, event.text)  # quotes_error_code's reading
    return (
        bool(codes)
        and (says_it_persists(event, model) or always_the_code(event.text or "", codes))
        and not thanks_without_complaint(event)
        and not event.praise_cue
    )


#: Italian and Portuguese "sempre" ("always", and "still" of a state), as a word.
_SEMPRE = re.compile(r"(?<!\w)sempre(?!\w)", re.IGNORECASE)


def always_the_code(text: str, codes: list[str]) -> bool:
    """A sentence quoting one of the error codes ``codes`` says "sempre" (it, pt): the
    product shows it still, or every time ("riprovato adesso, sempre 'non autentico'
    TRC-738" -0.17 after a calm question quoting TRC-738: hand-tuning248/topic_spike, a
    repeat missed). Bare "sempre" is no persist phrase: "sempre gentili" is praise, and
    with no code it may be."""
    return any(
        _SEMPRE.search(sentence) and any(code in sentence.upper() for code in codes)
        for sentence in _SENTENCE.findall(text)
    )


def names_something(event: EnrichedTouchpoint) -> bool:
    """The contact names what it is about or how the customer feels: a topic, an intent,
    an emotion, a reference (:func:`references`) or an error code ("Ancora CL-503")."""
    if event.topics or event.intents or event.emotions or references(event):
        return True
    return quotes_error_code(event)


def quotes_error_code(event: EnrichedTouchpoint) -> bool:
    """The subject or text quotes an error code the product shows ("Q-417", "CL-503", "L9-44B":
    :func:`streams.text.codes.incident_codes`, any token of capitals and digits)."""
    return bool(incident_codes(event.subject, event.text))


#: Topics of something that does not work: an error code quoted with one is a fault.
FAULT_TOPICS = frozenset({"bugs", "performance", "account_access"})


def reports_a_fault(event: EnrichedTouchpoint) -> bool:
    """The customer quotes an error code about something that does not work ("il QR dà
    'Codice non valido (Q-417)' a chiunque", -0.06): a fault reported, however calmly."""
    return bool(FAULT_TOPICS.intersection(event.topics)) and quotes_error_code(event)


def only_still(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The contact says only that something is still so ("3am and still listening",
    "ainda a ouvir"): it names nothing (:func:`names_something`), says nothing wrong
    goes on (:func:`says_it_is_still_wrong`) and does not say it writes again."""
    return (
        says_it_persists(event, model)
        and not names_something(event)
        and not says_it_is_still_wrong(event, model)
        and not writes_again(event, model)
    )


def says_thanks(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A positive contact that thanks or praises, without complaint or upset: it says
    the problems before it are over.

    A positive score alone is not enough: the model reads "I'm calling because my
    parcel says delivered and I never got it" as positive in French.
    """
    return is_positive(event, model) and thanks_without_complaint(event)


def thanks_for_it(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer thanks, or thanks saying it is solved however the words read
    ("Confirmo, ficou tudo resolvido no SLV-840624. Obrigado!" -0.45, a complaint for
    the negator "no", which is "in the" in Portuguese): not the matter raised again."""
    if thanks_without_complaint(event):
        return True
    resolved = phrase_pattern(model.resolved_phrases)
    return (
        bool(THANKS.intersection(event.emotions))
        and resolved is not None
        and bool(resolved.search(said_text(event.text or "", model, event.language)))
        and not says_it_persists(event, model)
    )


#: "sorry" (``[model] apology_phrases``) for the customer's own earlier words (yesterday,
#: their tone, their message: ``[model] own_words_phrases``), each as whole words.
_WHOLE_WORDS = r"\b(?:{words})\b"


#: "Sorry, but yesterday's delivery never came" is a complaint, not an apology.
#: A contrast word: what follows it takes back what came before ("sorry, but it is still
#: broken"); not "but not at you" ("ero furiosa ma non con voi personalmente", "sorry,
#: I was angry, but not at you"), which keeps the apology whole.
_CONTRAST_RE = re.compile(
    r"\b(?:but|mais|aber|pero|ma|mas)\b(?!\s+(?:not|pas|nicht|no|non|nao)\s+"
    r"(?:at|with|contre|avec|gegen|mit|con|com|convosco|contigo)\b)"
)


def holds(answer: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """Our answer apologises or passes the matter on (``[model] holding_phrases``: "Hi,
    sorry about XRUMVG. We've passed this to the team"): it answers no question."""
    pattern = words_pattern(_WHOLE_WORDS, model.holding_phrases)
    return pattern is not None and bool(pattern.search(normalise_text(answer.text or "")))


def apologises(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer apologises (``[model] apology_phrases``) for their own earlier words
    (``own_words_phrases``: "gestern war ich etwas zu harsch, sorry", "Desculpem a
    mensagem de ontem, estava irritada"): the bad moment is over, as a thanks says it,
    whatever the model reads of the apology."""
    text = normalise_text(event.text or "")
    apology = words_pattern(_WHOLE_WORDS, with_typos(model.apology_phrases))
    own_words = words_pattern(_WHOLE_WORDS, model.own_words_phrases)
    return (
        apology is not None
        and bool(apology.search(text))
        and own_words is not None
        and bool(own_words.search(text))
        and not _CONTRAST_RE.search(text)
    )


def apology_ends_it(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """An apology for the customer's own earlier words (:func:`apologises`: "Sorry für
    gestern, war genervt. Alles wieder gut", "Desculpem o tom de ontem, já está tudo
    bem"), a reply to our answer too ("RE: Case LK-888368 | Thanks for fixing it so
    quickly. And sorry about my tone yesterday"), that asks nothing, says no repeat
    (:func:`says_it_repeats`: "sorry, I wrote yesterday...") and does not say the thing
    is still wrong (:func:`says_it_is_still_wrong`): the bad moment is over, as a thanks
    says it, however the models read it (-0.71, complaint and frustration for "war
    genervt"; "wieder" is the good thing's)."""
    return (
        apologises(event, model)
        and "?" not in (event.text or "")
        and not says_it_repeats(event, model)
        and not says_it_is_still_wrong(event, model)
    )


def thanks_without_complaint(event: EnrichedTouchpoint) -> bool:
    """Praise or thanks (intent, emotion), and no complaint or upset alongside."""
    if "complaint" in event.intents or UPSET.intersection(event.emotions):
        return False
    return "praise" in event.intents or bool(THANKS.intersection(event.emotions))


def says_it_persists(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says something is still so (``[model] persists_phrases``): about the
    topic of an open problem, that is the problem raised again."""
    pattern = phrase_pattern(model.persists_phrases)
    said = said_text(event.text or "", model, event.language)
    return pattern is not None and bool(pattern.search(said))


@lru_cache(maxsize=4096)
def said_text(text: str, model: ModelConfig, language: str | None = None) -> str:
    """Lower case without accents, without asking whether one may still do something
    ("can I still change the frame colour?", "je peux encore", "ainda posso":
    ``[model] may_still_phrases``), never again ("Nie wieder Bügeln": ``never_again_phrases``),
    thanking again ("thanks again": ``thanks_again_phrases``) nor set phrases ("noch nicht
    mal", "payer en plusieurs fois": ``idiom_phrases``), which say nothing is still wrong
    nor a repeat; in a text of a ``language`` the enrichment named, nor that language's
    false friends (``[model.false_friends]``: "plano Encore" is no French "encore"). One
    pattern blanks them all in one pass. Cached, as :func:`normalise_text` is."""
    pattern = phrase_pattern(
        model.may_still_phrases
        + model.never_again_phrases
        + model.thanks_again_phrases
        + model.idiom_phrases
        + dict(model.false_friends).get(language or "", ())
    )
    text = normalise_text(text)
    return pattern.sub(" ", text) if pattern is not None else text


def says_it_is_still_wrong(
    event: EnrichedTouchpoint, model: ModelConfig, unchanged: bool = True, again: bool = True
) -> bool:
    """The customer says a problem goes on: something is still so (:func:`says_it_persists`)
    and they still wait, something is pending (``[model] waiting_phrases``), nothing has
    changed (``unchanged_phrases``: "Toujours pareil"; not with ``unchanged`` False), or
    something is lacking ("Toujours en attente du remboursement, merci", "Warte immer
    noch, danke", "Thanks, but still nothing"); not "still" said of a good thing ("still
    steaming, cheers"). With ``again`` False, "again" words (``[model] again_phrases``)
    do not say it is still so."""
    if not says_it_persists(event, model):
        return False
    text = said_text(event.text or "", model, event.language)
    if not again:
        persists = phrase_pattern(model.persists_phrases)
        if persists is None or not persists.search(_without_again(event, model)):
            return False
    said = [phrase_pattern(model.waiting_phrases)]
    if unchanged:
        said.append(phrase_pattern(model.unchanged_phrases))
    return any(p is not None and p.search(text) for p in said) or states_a_lack(
        text, event.language
    )


#: A negator, at most two words, then words saying it is solved (``{words}``): "non è
#: ancora risolta", "it's still not sorted", "immer noch nicht gelöst", "nulla di risolto".
_NOT_RESOLVED = (
    r"(?:\b(?:not|never|no|nothing|pas|jamais|rien|nicht|nichts|kein|nie|nunca|nada|sin|"
    r"non|mai|niente|nulla|nao|nem|sem)\b|n't\b)(?:\s+\w+){0,2}\s+(?:{words})\b"
)


def says_unresolved(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says the matter is not solved ("pronto buongiorno ... per la pratica vs
    835 536 non è ancora risolta", +0.27 for its greeting): a solved word
    (``[model] resolved_phrases``) negated just before it, or a word that says so
    (``unresolved_phrases``: "ancora irrisolto"), without thanks or praise."""
    text = said_text(event.text or "", model, event.language)
    negated = words_pattern(_NOT_RESOLVED, model.resolved_phrases)
    unresolved = phrase_pattern(model.unresolved_phrases)
    return (
        any(p is not None and p.search(text) for p in (negated, unresolved))
        and not THANKS.intersection(event.emotions)
        and "praise" not in event.intents
        and not event.praise_cue
    )


def says_resolved(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says the problem is solved ("confirmed, working again", "confirmo,
    resolvido", "bestätigt, läuft": ``[model] resolved_phrases``), not negated ("still
    not fixed", "nada resolvido", "toujours pas résolu"), without complaint or anger
    (worry may linger) and asking nothing, nor saying something is still so in other
    words. Words in quotation marks are not the customer's: the app's status is the
    problem ("Kontaktzugriff entzogen, trotzdem \"Versand läuft\" und INV/522", "in der
    App \"Auftrag erledigt\"")."""
    pattern = phrase_pattern(model.resolved_phrases)
    text = said_text(event.text or "", model, event.language)
    if pattern is None or not pattern.search(without_quotes(text)) or NEGATION.search(text):
        return False
    # Worry may linger in the words ("RES: URGENTE corte de gas | Ja esta resolvido ...
    # Muito obrigado": anxiety), anger or a complaint may not.
    # A complaint read as positive is the reply's subject quoting the problem ("RE:
    # Factura estimada incorrecta | Ya esta resuelto ... Muchas gracias", +0.59); so is
    # one in a reply that thanks with no "but" in its words, however it scores (the
    # subject's words weigh too: "RE : Commande non livrée | Confirmé, dossier LV-294294
    # réglé. Merci !", -0.29).
    # So is one in any message that thanks with no "but" in its words and says nothing
    # happens again: the fault it says is solved ("c'est réglé pour l'erreur U12 au
    # déverrouillage, merci beaucoup !" +0.03; not "Merci, c'est réglé. L'appli plante
    # encore").
    thanked = bool(THANKS & set(event.emotions)) and not _CONTRAST_RE.search(text)
    quoted = is_positive(event, model) or (
        thanked and (replies(event) or not says_it_repeats(event, model))
    )
    complains = "complaint" in event.intents and not quoted
    upset = complains or (UPSET - {"anxiety"}).intersection(event.emotions)
    still = phrase_pattern(model.persists_phrases)
    rest = pattern.sub(" ", text)  # "working again" says the "again" of the fix
    return not upset and "?" not in text and not (still is not None and still.search(rest))


#: A reference the customer names: letters then four or more digits ("VT-406905",
#: "MB545087", "rif. vd-771288"; two groups of letters, "MT-RC461336", read
#: "MTRC461336", not an account's "PRO-ES-63581"), letters, a year and a number
#: ("RM-26-36591", read "RM2636591") or a number and a suffix of one to three digits
#: ("CR-70001-13", read "CR7000113", hand-tuning281), letters, a slash, five digits or
#: more and a letter ("CAN/74058-R", read "CAN74058"; not an error code's "WV/0438"), a
#: number after "#" ("#466560"), a booking code of capitals and digits ("7HG68Q"), or a
#: number of five digits or more and its year after a slash ("demande 93423/26",
#: "pratica 40217/2026"; not a school year, "2025/26"); not an error code ("VH-417",
#: "AUTH-502").
_REFERENCE = re.compile(
    r"(?<![\w-])(?:([a-z]{1,5}(?:-[a-z]{1,5}(?=\d))?)-?((?:\d{2,4}-)?\d{4,}(?:-\d{1,3})?)"
    r"|#\s?(\d{4,}))(?![\w-])"
    r"|(?<![\w-])(?-i:((?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{6,8}))(?![\w-])"
    r"|(?<![\w/-])(?<!\d[.,])(\d{5,}/(?:\d{4}|\d{2}))(?![\w/-]|[.,]\d)"
    r"|(?<![\w/-])([a-z]{1,5})/(\d{5,})(?:-[a-z])?(?![\w/-])",
    re.IGNORECASE,
)


def references(event: EnrichedTouchpoint) -> frozenset[str]:
    """The order, case or booking references the contact names, in the subject or the
    text, in one spelling ("VT-406905", "vt406905" -> "VT406905"): a contact naming
    only other references than a problem's contacts did is about another matter.
    Cached, as :func:`normalise_text` is: threads, cases and the problem reading ask
    for one contact's references several times."""
    return _references(event.subject, event.text)


@lru_cache(maxsize=4096)
def _references(subject: str | None, text: str | None) -> frozenset[str]:
    found = set()
    for match in _REFERENCE.finditer(f"{subject or ''} {text or ''}"):
        letters, digits, hashed, code, yearly, slashed, number = match.groups()
        if slashed:
            letters, digits = slashed, number  # "CAN/74058-R" is "CAN74058"
        found.add(
            f"{letters}{digits}".replace("-", "").upper() if digits else hashed or code or yearly
        )
    return frozenset(found)


_SPOKEN_DIGITS = re.compile(r"(?<![\w-])\d[\d ]*\d(?![\w-])")


def spoken_numbers(event: EnrichedTouchpoint) -> frozenset[str]:
    """The numbers of five digits or more a call's transcript says, spaces dropped:
    speech-to-text writes a reference apart ("pour le dossier av 809938", "processo a v
    26 85 39" for AV-268539), so its letters are not read as one (:func:`references`),
    but its digits still name it. Empty for any other channel."""
    if event.channel is not Channel.phone:
        return frozenset()
    found = (m.replace(" ", "") for m in _SPOKEN_DIGITS.findall(event.text or ""))
    return frozenset(digits for digits in found if len(digits) >= 5)


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
    text = _without_again(event, model)
    still = phrase_pattern(model.persists_phrases)
    if still is None or not still.search(text):
        return None
    # Still so in a statement ("Continua igual. Alguem le isto?") refers back like a
    # repeat; inside a question ("do you still offer it?") it may ask anything.
    return "repeat" if any(still.search(s) for s in _statements(text)) else "still"


def _statements(text: str) -> list[str]:
    """The sentences of ``text`` that are not questions."""
    return [s for s in _SENTENCE.findall(text) if not s.rstrip().endswith("?")]


def opens_with_still(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A statement of the text opens with words saying it is still so ("Toujours deux
    prélèvements et aucune nouvelle.", "Still no refund."); not "still" within one, which
    may be "nevertheless" ("no front brake and I was still charged for it")."""
    still = phrase_pattern(model.persists_phrases)
    if still is None:
        return False
    statements = _statements(said_text(event.text or "", model, event.language))
    return any(still.match(s.strip(" ,;:-")) is not None for s in statements)


def states_still_wrong(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """A statement of the text says it is still so and that something is lacking, without
    thanks or praise ("die Rechnung hat immer noch keine USt-IdNr.", "Il portale che non
    salva indirizzi, non si è mosso niente."): the problem stated, whatever the question
    after it asks ("Wer kümmert sich darum?", "Ci date una data?") and however the model
    reads its greeting ("Buongiorno, torno sulla pratica ..." +0.41). Words of one word
    ("still", "toujours") do not say it here: "still" may be "nevertheless" ("no front
    brake and I was still charged for it")."""
    still = phrase_pattern(tuple(p for p in model.persists_phrases if " " in p))
    if still is None or event.praise_cue or thanks_without_complaint(event):
        return False
    statements = _statements(said_text(event.text or "", model, event.language))
    return any(still.search(s) is not None and states_a_lack(s, event.language) for s in statements)


#: Someone named who wrote or reported it before, as :func:`normalise_text` writes it
#: (en fr de es it pt: "As Owen already wrote on Wednesday (case LV-702677)", "Chiara
#: already wrote on Monday about case VD-933676", "comme Julie l'a déjà signalé", "wie
#: Felix schon gemeldet hat", "wie Ole schon schrieb", "como ya escribió Marta", "come ha
#: già scritto Paolo",
#: "como o Rui já escreveu"); not the customer ("as I already wrote", "comme je l'ai
#: écrit", "wie ich schon geschrieben habe", "I already wrote").
_NAMED_BEFORE = re.compile(
    r"\bas (?!(?:i|we|you|they|it|already|said|usual|expected|always|agreed|promised"
    r"|discussed|requested|planned|before|previously|stated)\b)[a-z]+ (?:has |had )?(?:already )?"
    r"(?:wrote|reported|mentioned|flagged|raised|said)\b"
    r"|\b(?!(?:io|lei|lui|non|chi|si|mi|ci|vi|che|gia|lo|la|le|ne|nessuno|qualcuno)\b)[a-z]+"
    r" (?:vi |ci )?ha gia (?:scritto|segnalato|chiamato)\b"
    r"|\bcomme (?!je\b|j'|nous\b|on\b|deja\b)[a-z]+ (?:vous )?l'a (?:deja )?"
    r"(?:ecrit|signale|dit|indique)\b"
    r"|\bwie (?!ich\b|wir\b|schon\b|bereits\b)[a-z]+ (?:schon |bereits )?"
    r"(?:gestern |vorgestern |heute |am [a-z]+ |letzte woche )?"
    r"(?:geschrieben|gemeldet|gesagt|mitgeteilt) hat\b"
    # ... in the past tense ("Wie Ole schon schrieb: Das Rechnungsproblem (Vorgang
    # TYC-BB0002) ist weiterhin nicht gelöst", hand-tuning321/b2b_accounts)
    r"|\bwie (?!ich\b|wir\b|schon\b|bereits\b|sie\b|es\b)[a-z]+ (?:schon |bereits )?"
    r"(?:gestern |vorgestern |am [a-z]+ |letzte woche )?(?:schrieb|meldete|sagte|berichtete)\b"
    r"|\bcomo (?:ya )?(?:os |le |les )?(?:escribio|dijo|aviso|comento|informo) "
    r"(?!usted\b|ustedes\b|yo\b)[a-z]+"
    r"|\bcome (?:gia )?(?:vi )?ha (?:gia )?(?:scritto|segnalato|detto) (?!lei\b|io\b)[a-z]+"
    r"|\bcomo (?:o |a )[a-z]+ (?:ja )?(?:escreveu|disse|referiu|informou|reportou)\b"
    # a name opening the text, a sentence or a clause, then "already wrote" ("Chiara
    # already wrote on Monday about case VD-933676, and it's the same again", "Hi, Zoe
    # already wrote to you on Wednesday")
    r"|(?:^|[.!?,:;] )(?!(?:i|we|you|they|it|this|that|which|who|and|but|so|just|also|ive|weve)\b)"
    r"[a-z]+ (?:has |had )?already (?:wrote|written|reported|mentioned|flagged|raised|called)\b"
)


def for_a_colleague(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says a colleague raised the matter before them ("mi compañero
    Andrés ya os escribió el miércoles por esto ... seguimos igual", "wie mein Kollege
    Felix am Dienstag gemeldet hat (Fall FV-198190), ist nichts gelöst": ``[model]
    colleague_phrases``; or someone named: "As Owen already wrote on Wednesday", "Davide
    vi ha già scritto mercoledì",
    :data:`_NAMED_BEFORE`): its "still", reply prefix or case number are the
    colleague's contact, not one of this customer's."""
    text = normalise_text(event.text or "")
    pattern = phrase_pattern(model.colleague_phrases)
    return bool(pattern is not None and pattern.search(text)) or bool(_NAMED_BEFORE.search(text))


#: The end of the clause a setting-apart phrase governs: the next stop, colon or line
#: ("nothing to do with case PV-171900 which is closed: ..."); at most
#: :data:`_APART_CLAUSE_CHARS` characters after the phrase.
_CLAUSE_END = re.compile(r"[.:;!?\n]")
_APART_CLAUSE_CHARS = 60


def set_apart(event: EnrichedTouchpoint, model: ModelConfig) -> frozenset[str]:
    """The references (:func:`references`) the contact names only to set them apart, in
    the clause after ``[model] apart_phrases`` ("Separate thing, nothing to do with case
    PV-171900 which is closed: I was charged full price", "outra coisa nada a ver com o
    processo pv-594170 que esta fechado"): the case named is not this contact's matter.
    A reference named elsewhere in the text ("Another thing: order 409576 never came")
    is not set apart."""
    pattern = phrase_pattern(model.apart_phrases)
    if pattern is None:
        return frozenset()
    text = normalise_text(event.text or "")
    found: set[str] = set()
    for match in pattern.finditer(text):
        after = text[match.end() : match.end() + _APART_CLAUSE_CHARS]
        found |= _references(None, _CLAUSE_END.split(after, maxsplit=1)[0])
    return frozenset(found)


def writes_again(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says in words of its own that this contact follows an earlier one: a
    reply prefix, a complaint about our answer alone, words saying it writes again
    (``[model] writes_again_phrases``: "writing again", "je rappelle"), or repeat words
    (:attr:`ModelConfig.repeat_phrases`, "again" words blanked: "vuelvo a escribir", "E'
    la terza volta che vi contatto", "still waiting"), not "again" said of what happened
    ("PT didn't turn up. Again.": ``[model] again_phrases``) nor a bare "still" ("I was
    still charged")."""
    return _writes_again(event, model, still_counts=True)


def says_it_writes_again(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """:func:`writes_again` in words saying there was an earlier contact ("Writing again
    because nothing has happened", "escrevi ontem e hoje nada"), not only that the thing
    is still so: the repeat words left once the persists phrases are blanked ("Cancelei
    há três semanas e o sinal ainda não voltou" may be a new matter still not done)."""
    return _writes_again(event, model, still_counts=False)


def _writes_again(event: EnrichedTouchpoint, model: ModelConfig, still_counts: bool) -> bool:
    """:func:`writes_again`, or with ``still_counts`` off :func:`says_it_writes_again`."""
    if replies(event) or ABOUT_OUR_ANSWER.intersection(event.topics):
        return True
    writes = phrase_pattern(model.writes_again_phrases)
    said = said_text(f"{event.subject or ''} {event.text or ''}", model, event.language)
    if writes is not None and writes.search(said):
        return True  # "Writing again because nothing has happened"
    repeat = phrase_pattern(model.repeat_phrases)
    if repeat is None:
        return False
    again = phrase_pattern(model.again_phrases)
    text = again.sub(" ", said) if again is not None else said  # as _without_again reads it
    persists = None if still_counts else phrase_pattern(model.persists_phrases)
    text = persists.sub(" ", text) if persists is not None else text
    return bool(repeat.search(text))


def _without_again(event: EnrichedTouchpoint, model: ModelConfig) -> str:
    """The subject and text as :func:`said_text` reads them, "again" words
    (``[model] again_phrases``) blanked."""
    again = phrase_pattern(model.again_phrases)
    text = said_text(f"{event.subject or ''} {event.text or ''}", model, event.language)
    return again.sub(" ", text) if again is not None else text


def says_it_repeats(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The customer says this contact is a repeat ("second message, again", "déjà
    signalé": :attr:`ModelConfig.repeat_phrases`, in the subject or the text; a reply
    prefix, :func:`replies`, is read apart: "RE: all sorted, thanks" still thanks)."""
    pattern = phrase_pattern(model.repeat_phrases)
    text = said_text(f"{event.subject or ''} {event.text or ''}", model, event.language)
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
    if complains_after_praise(event, model) or ironic_praise(event, model):
        return False  # "always happy with you... However: why was I charged?"
    if apology_ends_it(event, model):
        return True  # "Sorry für gestern, war genervt. Alles wieder gut"
    if says_unresolved(event, model):
        return False  # "es ist unverändert ... Das muss gelöst werden": not solved yet
    if says_resolved(event, model):
        return True
    if says_thanks(event, model):
        if asks_if_still(event, model):
            return False
        return praises(event, model) or not says_it_is_still_wrong(event, model)
    if "?" in (event.text or ""):
        return False
    if praises(event, model):
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
    no problem. Not when they only say it is the same again: praised, the same is the
    good thing ("third visit this year and still the same lovely vet", "Otra vez el
    mismo veterinario tan majo, se acordaba de la alergia ... sin mirar la ficha")."""
    return (
        ("praise" in event.intents or event.praise_cue)
        and not THANKS.intersection(event.emotions)
        and says_it_is_still_wrong(event, model, unchanged=False, again=False)
    )


def praises(event: EnrichedTouchpoint, model: ModelConfig) -> bool:
    """The words praise, with no complaint or upset beside them: the praise intent, or
    praise the model reads as negative (enrichment's ``praise_cue``). "Again" or "still"
    in them says the good thing recurs ("Bill spot on again, as it should be", "toujours
    impeccable"), not a problem."""
    if complains_after_praise(event, model):
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
