"""Problem threading: the customer's unresolved problems, for the repeat_contact rule.

A problem thread is one unresolved problem and the contact episodes that raised it
(``CustomerState.problems``, oldest first): its topics, its episodes
``[occurred_at, event_id, channel]``, whether it is open, whether a problem contact is
in it, the references its contacts named and the error codes they quoted. Each inbound
conversation is folded by :func:`fold_contact` (contact rhythm, and episodes per topic:
effort), which threads it into the customer's unresolved problems
(:func:`_fold_problem`): a contact that thanks or praises resolves every problem raised
before it; a problem contact joins the most recent open thread of the last
``repeat_window_days`` that shares a topic with it, or, when it has no topic, the most
recent open problem thread; otherwise it opens a new thread (the rest of the rules:
references and error codes named again, the case our answer gave, contacts saying it is
a repeat or still so, are :func:`_fold_problem`'s). A thread counts for repeat_contact
only once a problem contact is in it (``"problem"``). Within a thread, a contact on
another channel, or ``episode_hours`` after the last one, is a new contact episode (a
chat in three messages is one). repeat_contact (streams/alerts/rules.py) reads the
thread a touchpoint was folded into (:func:`problem_of`): the same unresolved problem
raised again is several contact episodes of one thread.

streams/customer/state.py calls :func:`fold_contact` from ``apply_touchpoint``; this
module names ``CustomerState`` for typing only and shares the time helpers and bounds
of streams/customer/timeline.py with state.py, so it does not import state.py at run
time (no import cycle).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from schemas.models import EnrichedTouchpoint, Kind
from streams.customer.config import ModelConfig
from streams.customer.phrases import normalise_text
from streams.customer.timeline import _HANDLE, MAX_KEYS, _iso, _push, _since, days_between
from streams.customer.wording import (
    ABOUT_OUR_ANSWER,
    asks_if_still,
    asks_only,
    for_a_colleague,
    is_calm_question,
    is_positive,
    is_problem,
    only_still,
    references,
    refers_back,
    replies,
    resolves_problems,
    said_text,
    says_it_is_still_wrong,
    says_it_persists,
    says_it_repeats,
    says_it_writes_again,
    says_resolved,
    says_unresolved,
    set_apart,
    spoken_numbers,
    thanks_for_it,
    thanks_for_what_lasts,
    thanks_without_complaint,
    writes_again,
)
from streams.text.codes import incident_codes
from streams.text.lexicon import states_a_lack

if TYPE_CHECKING:
    from streams.customer.state import CustomerState

#: Marks a question that raised no problem among ``recent_contacts``: our answer
#: after it answers it (:func:`streams.customer.state._fold_answer`).
ASKED = "asked"
#: Prefixes a reference the contact named itself among a ``recent_contacts`` entry's
#: marks ("ref:XP3100"): our answer naming it back gives no case
#: (:func:`streams.customer.state._fold_case`).
NAMED = "ref:"

#: Bounds that keep a state small whatever the customer's history.
MAX_PER_TOPIC = 6  # recent contact episodes remembered per topic
MAX_PROBLEMS = 6  # problem threads remembered (repeat_contact)
MAX_THREAD_TOPICS = 6
MAX_THREAD_REFS = 6  # references named in a thread's contacts ("VT406905")
#: Said-so texts remembered (digests, see :func:`_says_it_anew`).
MAX_SAID = 6
#: Recent inbound contacts remembered whatever their topic (a follow-up that refers
#: back, "RE: my complaint", joins the last of them: :func:`_last_contact`).
MAX_RECENT_CONTACTS = 6


def fold_contact(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> None:
    """An inbound conversation: contact rhythm, and episodes per topic (effort)."""
    state.inbound_contacts += 1
    if state.first_contact_at is None or occurred < state.first_contact_at:
        state.first_contact_at = occurred
    previous = state.last_contact_at
    if previous is None or occurred >= previous:
        state.last_contact_at = occurred
        state.last_contact_event_id = event.event_id
        if previous is None or days_between(previous, occurred) * 24 >= model.episode_hours:
            state.contact_episodes += 1  # a burst of messages is one contact
    if state.contact_episodes >= 2 and state.first_contact_at and state.last_contact_at:
        span = days_between(state.first_contact_at, state.last_contact_at)
        state.contact_gap_days = round(span / (state.contact_episodes - 1), 4)
    _fold_problem(state, event, occurred, model)
    if resolves_problems(event, model):
        state.recent_contacts = [c for c in state.recent_contacts if c[0] > occurred]
    elif event.text and event.kind is not Kind.survey_response:
        contact = [occurred, event.event_id, event.channel.value]
        if asks_only(event, model):
            contact.append(ASKED)  # our answer answers it (_fold_answer)
        contact += [f"{NAMED}{ref}" for ref in sorted(references(event))]
        _push(state.recent_contacts, contact, MAX_RECENT_CONTACTS)
        state.recent_contacts.sort()
    if resolves_problems(event, model):
        # Thanks and praise are not a problem coming back; a question the model reads
        # as positive ("où est mon colis ? livraison échouée" +0.20) is a contact on
        # its topic, which a later "second message about it" refers back to.
        return
    window = model.repeat_window_days
    for topic in event.topics:
        episodes = state.topic_contacts.setdefault(topic, [])
        if episodes and abs(days_between(episodes[-1][0], occurred)) * 24 < model.episode_hours:
            continue  # same episode as the last contact on this topic
        if episodes and 0 <= days_between(episodes[-1][0], occurred) <= window:
            state.repeat_contacts += 1
        _push(episodes, [occurred, event.event_id, event.channel.value], MAX_PER_TOPIC)
        episodes.sort()
    if len(state.topic_contacts) > MAX_KEYS:
        oldest = min(state.topic_contacts, key=lambda k: state.topic_contacts[k][-1][0])
        del state.topic_contacts[oldest]


def _fold_problem(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> None:
    """Thread the contact into the customer's unresolved problems (repeat_contact).

    A contact that thanks or praises (:func:`resolves_problems`) resolves every
    problem raised before it, until a contact names its reference and says it is still
    so (:func:`_closed_by_thanks`). A problem contact (:func:`is_problem`) joins the most
    recent open thread of the last ``repeat_window_days`` that shares a topic
    with it, or, when it has no topic ("still not fixed"), the most recent open
    problem thread; otherwise it opens a new thread. Any other contact that is
    not a calm question ("Calling about the double payment on my card") is a
    follow-up: it joins the open thread that shares a topic with it, or opens
    one. A thread counts for repeat_contact only once a problem contact is in
    it (``"problem"``), so a problem said neutrally first, then with a
    complaint, is one thread. A contact that says the thread's topic is still
    so ("the double charge is still on my account, what is happening?") is a
    problem contact of that thread, even asked as a question; said about
    another topic or none, it joins the problem it refers to (see the code).
    Within a thread,
    a contact on another channel, or ``episode_hours`` after the last one, is a
    new contact episode (a chat in three messages is one).
    """
    if resolves_problems(event, model):
        # Said solved in words ("Confirmed, GL-897348 is sorted"), not only thanked for.
        settled = says_resolved(event, model)
        for resolved in state.problems:
            if resolved["open"] and resolved["last_at"] <= occurred:
                resolved["open"] = False
                resolved["settled"] = settled
        return
    if event.kind is Kind.survey_response:
        return  # an answer to our survey rates a contact ("encore 20 min d'attente"): not one
    if thanks_for_what_lasts(event, model):
        return  # "still steaming, cheers": the good thing lasts, no problem does
    problem = is_problem(event, model)
    topics = set(event.topics)
    apart = set_apart(event, model)
    refs, heard = _named(event, apart)
    since = _since(occurred, model.repeat_window_days)
    live = [t for t in state.problems if t["open"] and since <= t["last_at"]]
    thread: dict[str, Any] | None = next(
        (t for t in reversed(live) if topics & set(t["topics"])), None
    )
    if thread is None and refs:
        # Naming the reference an open thread's contacts named ("RE: Étiquettes
        # erronées (LK-189210)" after "... (dossier LK-189210)"): the same matter,
        # whatever topic words each uses.
        thread = next((t for t in reversed(live) if refs & set(t.get("refs", []))), None)
    if thread is None and refs and says_it_persists(event, model):
        # Naming a problem's reference, saying it is still so, after a thanks closed it
        # ("RM-381746 continua por resolver", "As plantas novas estão lindas, obrigado",
        # then "ainda nada sobre rm381746"): the thanks was for something else.
        thread = _closed_by_thanks(state, refs, topics, since)
    codes = frozenset(_faults(incident_codes(event.subject, event.text), apart))
    if thread is None and codes:
        # Quoting the error code an open thread's contacts quoted ("Sempre l'errore
        # AD-734" after "errore AD-734 indirizzo non trovato"): the same fault.
        thread = next((t for t in reversed(live) if codes & set(t.get("codes", []))), None)
    spoken = heard if thread is None and not refs else frozenset()
    if spoken:
        # A call naming, as speech-to-text spells it, the reference an open thread's
        # contacts named ("dossier av 809938" after "... au dossier AV-809938"): that matter.
        thread = next(
            (t for t in reversed(live) if _spoken_reference(t.get("refs", []), spoken)), None
        )
    cased = None
    if thread is None and not thanks_for_it(event, model):
        asked = refs or _spoken_cases(state, heard)
        cased = _case_thread(state, asked, occurred, model) if asked else None
    if cased is not None:
        # Naming the case our answer gave ("Vorgang SLV-743573: Niemand hat sich
        # gemeldet"): the contact it answered raised the matter; not a thanks, this one
        # says it raises it again, whatever its topic words.
        thread = cased
        problem = problem or not is_positive(event, model)
    # Said so: "still", "any news" (it persists), or "second message", "déjà signalé"
    # (a repeat): the customer says a problem raised before is still there. Not when a
    # colleague raised it ("wie mein Kollege gemeldet hat ... ist nichts gelöst") and
    # nothing of this customer's shares its topic, reference or code: their earlier
    # contact on something else ("können Sie für Samstag zwei Gestecke mehr liefern")
    # is not the matter it says again; nor is a request of theirs on its topic that
    # raised no problem and named no reference this contact names again ("Please send
    # October's invoice to accounts", then "As Chloe wrote yesterday: case FX-BB0003,
    # the invoice is still wrong"; not "Je reviens sur KX-BB292402, signalé par Manon"
    # twice: the customer's own matter, written twice).
    colleague = (
        (
            thread is None
            or not (thread.get("problem", True) or refs.intersection(thread.get("refs", [])))
        )
        and cased is None
        and for_a_colleague(event, model)
    )
    persists = says_it_persists(event, model) and not colleague
    repeats = (
        (says_it_repeats(event, model) or replies(event))
        and not thanks_without_complaint(event)
        and not colleague
    )
    repeats = repeats or cased is not None  # naming our case says it is that matter again
    again = _names_its_reference(thread, refs, codes, heard)
    # Topics about our answer only ("still no reply") name no problem of their own.
    named = topics - ABOUT_OUR_ANSWER
    if thread is None and (persists or repeats):
        # A complaint, a contact naming no topic ("tried again, still declined") or one
        # saying in words of its own that the thing is still wrong ("ainda sem acesso,
        # alguma info?", asked calmly, topic account_access after "erro AUTH-502",
        # bugs; not a bare "still": "no front brake and I was still charged") joins
        # the open problem raised in the last episode_hours whatever topic words it
        # uses now; else the earlier contact on its topic it refers back to.
        recent = _since(occurred, model.episode_hours / 24.0)
        still_wrong = says_it_is_still_wrong(event, model) and writes_again(event, model)
        problems = [
            t
            for t in live
            if t.get("problem", True)
            and (problem or not named or still_wrong)
            and recent <= t["last_at"]
        ]
        # Referring back takes a complaint or a question ("any news?") said so, not a
        # remark the model reads as negative ("toujours impeccable 👍" scores -0.27).
        said = {"complaint", "question"} & set(event.intents)
        # A polite follow-up ("any news? still pending. Thanks") asks however positive
        # the model reads its thanks.
        asks = (
            persists
            and bool(said)
            and (asks_if_still(event, model) or not is_positive(event, model))
        )
        referred = None
        if asks and not problems:
            referred = _referred(state, event, occurred, model, model.repeat_window_days)
            any_open = any(t.get("problem", True) for t in live)
            if referred is None and problem and (named or not any_open):
                # A complaint saying it is still so ("toujours pareil, même erreur",
                # bugs) after a contact of the last episode_hours that named no topic
                # ("l'appli n'affiche pas le QR du billet", on another channel): no
                # topic there says it was another matter, it is that contact's problem.
                # Naming no topic itself ("Vuelvo a escribir: sigue sin resolverse")
                # while a problem is open, it is that problem (below), not the last
                # contact ("os paso la lista de nuevas incorporaciones").
                within = model.episode_hours / 24.0
                referred = _last_contact(state, event, within, untopical=True)
        elif (
            repeats
            and not problems
            and (
                "complaint" in event.intents
                or problem
                or (writes_again(event, model) and not replies(event))
            )
        ):
            # Saying it is a repeat, with a complaint however the model scores it ("me
            # again, second message about my parcel" reads +0.23) or a negative message
            # ("déjà signalé : toujours en échec"), refers to the customer's contact on
            # its topic of the last episode_hours, or naming no topic ("tried again,
            # still declined") to their last contact then (a question days ago on the
            # same topic may have been about something else: "VAT number wrong again").
            within = model.episode_hours / 24.0
            referred = _referred(state, event, occurred, model, within, any_topic=not named)
        thread = problems[-1] if problems else referred
        # A thanks saying the problem goes on ("Warte immer noch, danke" +1.00) too.
        wrong = says_it_is_still_wrong(event, model)
        if thread is None and not named and (asks or wrong or not is_positive(event, model)):
            # Naming no topic ("any news?", "vuelvo a llamar, sigue sin resolverse"), it
            # refers to the customer's open problem of the window, whenever raised; or,
            # with none, when it says the thing is still so (not a count that may be
            # the product's: "logged me out three times"), to their open thread (a help
            # request the model read as calm: "deposit still blocked, please fix").
            open_threads = [t for t in live if t.get("problem", True)]
            if not open_threads and persists:
                open_threads = live
            thread = open_threads[-1] if open_threads else None
        if thread is None:
            # Referring back and naming no problem of its own ("RE: my complaint - is
            # anyone looking at this?", "Vuelvo a escribir porque sigue igual", "Ich warte
            # immer noch auf eine Antwort": :func:`refers_back`, not "again" alone, which
            # may say the thing recurs), not read as positive, it joins the customer's
            # last contact of the window since their last thanks, whatever its topic or
            # none: the problem stated without a complaint the models see ("il tecnico NON
            # si e' presentato" +0.33) or asked as a question ("Offer said NO joining fee
            # and you've charged me 49. Seriously?").
            # A question counts when it says it is a repeat ("SIGO SIN nada. Ya os
            # escribi, alguien lo esta mirando?"), not when it only says "still" ("do
            # you still offer the student discount?").
            back = refers_back(event, model)
            calm = is_calm_question(event) and back != "repeat"
            # Saying only that something is still so ("3am and still listening") refers
            # back to no contact: the customer's last one may have been praise.
            if (
                not named
                and back
                and not calm
                and not is_positive(event, model)
                and not only_still(event, model)
            ):
                thread = _last_contact(state, event, model.repeat_window_days)
            elif named and problem and writes_again(event, model):
                # A complaint saying it is a repeat ("E' la terza volta che vi contatto
                # per lo stesso motivo", topic delivery) joins the open problem raised
                # with no topic ("Novita'? ... nessuno mi ha risposto"): no topic there
                # says it is another problem. Not a bare "still", which may be
                # "nevertheless" ("no front brake and I was still charged for it").
                untold = [t for t in live if t.get("problem", True) and not t["topics"]]
                if not untold and replies(event):
                    # A reply ("R: Problema ordine - ancora niente", delivery) answers
                    # a conversation held before, whatever topic words it uses now: it
                    # joins the customer's open problem of the window ("il codice
                    # PRIMAVERA15 non funziona mai", product_quality).
                    untold = [t for t in live if t.get("problem", True)]
                thread = untold[-1] if untold else None
                if thread is None and replies(event) and persists:
                    # With no open problem, a reply saying it is still so answers the
                    # customer's last contact of the window since their last thanks
                    # ("RE: Überweisung nicht angekommen - still waiting", delivery,
                    # after "Meine Überweisung ist seit 5 Werktagen in Bearbeitung", no
                    # topic); a reply prefix alone may answer our own message ("Re: your
                    # order | duplicate payment" after praise of the coffee).
                    thread = _last_contact(state, event, model.repeat_window_days)
        if (
            thread is None
            and problem
            and persists
            and writes_again(event, model)
            and (
                states_a_lack(said_text(event.text or "", model, event.language), event.language)
                or says_unresolved(event, model)
            )
        ):
            # A complaint saying in words of its own that the thing is still not so
            # ("toujours pas réglé. même commande qu'avant", "still not fixed", "ancora
            # irrisolto"; not a bare "still": "no front brake and I was still charged")
            # says the thanks or praise that closed the customer's last problem of the
            # window did not end it ("nickel comme d'hab, juste les couverts oubliés":
            # praise of another order): it reopens that problem, when it was raised
            # with no topic (one with a topic of its own, "péages facturés deux fois",
            # is another matter than "ma caution n'est toujours pas remboursée"). Nor
            # one the customer said is solved, when this one names topics of its own
            # ("Confirmed, GL-897348 is sorted", then "I cancelled three weeks ago and
            # still no refund": a new matter, not the lane given away).
            closed = [
                t
                for t in state.problems
                if not t["open"]
                and t.get("problem", True)
                and not t["topics"]
                and not (named and t.get("settled"))
                and since <= t["last_at"]
                and not other_matter(t, refs)
            ]
            thread = closed[-1] if closed else None
            if thread is not None:
                thread["open"] = True
        if (
            thread is None
            and not named
            and says_it_writes_again(event, model)
            and states_a_lack(said_text(event.text or "", model, event.language), event.language)
            and not is_positive(event, model)
        ):
            # Writing again, naming no topic, because nothing has happened ("Schreibe
            # nochmal, weil sich nichts getan hat", "Writing again because nothing has
            # happened"), after a thanks for another matter (a question answered in
            # between): the customer's last thread of the window that thanks closed goes
            # on, whatever it was about. Said as such: "still not" alone ("Cancelei há
            # três semanas e o sinal de 150 € ainda não voltou") may be a new matter.
            closed = [
                t
                for t in state.problems
                if not t["open"] and since <= t["last_at"] and not other_matter(t, refs)
            ]
            thread = closed[-1] if closed else None
            if thread is not None:
                thread["open"] = True
    if thread is not None and other_matter(thread, refs) and not replies(event):
        # Naming only other references than the thread's contacts did ("return
        # VT-629921, still NO refund" after "washer VT-406905 postponed", thanked as
        # sorted): another matter, however it says "still" (a reply answers the thread).
        thread = None
    if thread is not None and (persists or repeats):
        problem = True
    channel = event.channel.value
    # A contact quoting an error code names what it is about even with no topic words
    # ("Buchung ... bricht immer mit E4907 ab"): its code is kept for the next quote; so
    # does a calm question quoting one ("la déclaration ne passe pas : WV/0438 ... Que
    # faire ?", "d'autres ont ça ?"), the fault a later "toujours WV/0438" raises again.
    # (not a reference asked about: :func:`_faults`)
    only_asks = is_calm_question(event) and not _faults(codes, refs)
    if not problem and (only_asks or (thread is None and not topics and not codes)):
        if thread is None and (persists or repeats):
            # Said so, and nothing of this key's to refer to: the problem may have
            # been raised under another identifier, which a merge will tell.
            entry = [occurred, event.event_id, channel, sorted(named)]
            state.said_unplaced = sorted([*state.said_unplaced, entry])[-MAX_SAID:]
        return  # a calm question, or a follow-up on nothing in particular
    if problem and thread is None and live and not topics:
        loose = [t for t in live if t.get("problem", True) and not other_matter(t, refs)]
        thread = loose[-1] if loose else None
    if thread is None:
        thread = {"topics": [], "episodes": [], "last_at": occurred, "last_channel": ""}
        thread["open"], thread["problem"] = True, False
        state.problems.append(thread)
        del state.problems[:-MAX_PROBLEMS]
    # (threads saved before "problem" existed held problem contacts only)
    raised = thread.get("problem", True)
    thread["problem"] = raised or problem
    gap_h = abs(days_between(thread["last_at"], occurred)) * 24
    copied = (persists or repeats) and not _says_it_anew(state, event, occurred, model)
    # Saying, in words of its own, that the problem it raised is still so or a repeat a
    # while after the last contact, and quoting the error code or reference again, the
    # customer came back ("Still T°12/RX, water's at 17 now" 40 minutes on; not a burst,
    # "again!!", nor a first complaint after a calm question on the same thread).
    came_back = (
        raised
        and (persists or repeats)
        and not copied
        and bool(codes or refs)
        and gap_h * 60 >= model.said_again_minutes
    )
    if (
        thread["episodes"]
        and channel == thread["last_channel"]
        and gap_h < model.episode_hours
        and not came_back
    ):
        pass  # the same contact going on
    else:
        _push(thread["episodes"], [occurred, event.event_id, channel], MAX_PER_TOPIC)
        thread["episodes"].sort()
    thread["topics"] = sorted({*thread["topics"], *topics})[:MAX_THREAD_TOPICS]
    if refs:
        thread["refs"] = sorted({*thread.get("refs", []), *refs})[-MAX_THREAD_REFS:]
    if codes:
        thread["codes"] = sorted({*thread.get("codes", []), *codes})[-MAX_THREAD_REFS:]
    if again is not None and not copied:
        # The thread's own reference named again by this customer ("calling about case
        # em en 57 09 14 ... nothing's fixed" after "... (case MN-570914)"): it says it
        # is that matter again (repeat_contact), as naming the case our answer gave does.
        thread["named_again"] = [event.event_id, again]
    # Its repeat words say nothing of this customer's when they copy an earlier message
    # that said so, or tell a colleague's matter (``colleague``): the rule reads neither.
    thread["said_copy"] = copied or colleague
    if (persists or repeats) and not copied:
        # Remembered for a merge (streams.customer.merge): contacts of this thread
        # that said it is a repeat or still so, in words of their own, [at, event id].
        saying = [*thread.get("said", []), [occurred, event.event_id]]
        thread["said"] = sorted(saying)[-MAX_PER_TOPIC:]
    if occurred >= thread["last_at"]:
        thread["last_at"], thread["last_channel"] = occurred, channel
    thread["last_event_id"] = event.event_id


def _closed_by_thanks(
    state: CustomerState, refs: frozenset[str], topics: set[str], since: str
) -> dict[str, Any] | None:
    """The customer's last problem thread of the window since ``since`` that a thanks
    closed (:func:`resolves_problems`) and whose contacts named one of ``refs``, open
    again; None without one. Not one on other topics than ``topics``, when both name
    some: "trouvé ! ... merci" closed a parcel not received (delivery), and "J'ai renvoyé
    #451759 ... toujours pas de remboursement" (refund) is another matter of that order."""
    thread = next(
        (
            t
            for t in reversed(state.problems)
            if not t["open"]
            and t.get("problem", True)
            and since <= t["last_at"]
            and refs & set(t.get("refs", []))
            and (not topics or not t["topics"] or bool(topics & set(t["topics"])))
        ),
        None,
    )
    if thread is not None:
        thread["open"] = True
    return thread


def _named(
    event: EnrichedTouchpoint, apart: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The references the contact names (:func:`references`) and the numbers a call
    spells (:func:`spoken_numbers`, empty off the phone), but for those it sets
    ``apart`` (:func:`set_apart`: "nothing to do with case PV-171900 which is closed"),
    which name another matter than its own."""
    heard = spoken_numbers(event)
    if apart:
        heard = frozenset(d for d in heard if not any(ref.endswith(d) for ref in apart))
    return references(event) - apart, heard


def _names_its_reference(
    thread: dict[str, Any] | None,
    refs: frozenset[str],
    codes: frozenset[str],
    spoken: frozenset[str],
) -> str | None:
    """The reference an earlier contact of ``thread`` named that the contact names too, in
    writing (``refs``) or as speech-to-text spells it (``spoken``: "em en 57 09 14"), or
    the error code one quoted that it quotes again (``codes``: "toujours l'erreur
    AD-734"), if any; only
    once the thread holds a problem, or a contact saying it is a repeat or still so
    ("RE: Processo MN-184668 - sem resposta ... Continua igual. Quem está a tratar
    disto?"): a calm question naming an order ("how do I add a user?" under "Order
    #409576"), then "My order #409576 never came", is one problem raised once. An error
    code is quoted again whatever the thread holds: the product showed it, so the
    contact quoting it first had the fault ("WV/0438 declaração incompleta ... O que
    faço?", asked calmly), and "sempre WV/0438" raises it again."""
    if thread is None or not thread["episodes"]:
        return None
    held = thread.get("problem", True) or bool(thread.get("said"))
    named = thread.get("refs", [])
    written = sorted(refs.intersection(named)) if held else []
    if written:
        return str(written[0])
    quoted = codes.intersection(thread.get("codes", []))
    faults = sorted(quoted if held else _faults(quoted, refs))
    if faults:
        return str(faults[0])
    return _spoken_reference(named, spoken) if held else None


def _faults(codes: Iterable[str], refs: frozenset[str]) -> set[str]:
    """The codes that are no reference of ``refs``: each spelt as
    :func:`streams.customer.wording.references` spells a reference, capitals and digits
    only ("VD-128746" -> "VD128746"). A reference is asked about ("où est mon colis ?
    VD-128746"), an error code shows a fault."""
    return {code for code in codes if re.sub(r"[^0-9A-Z]", "", code.upper()) not in refs}


def _spoken_reference(named: list[str], spoken: frozenset[str]) -> str | None:
    """The reference of ``named`` whose digits a call spells (:func:`spoken_numbers`:
    "processo a v 26 85 39" for AV-268539), if any."""
    return next((ref for ref in named for digits in spoken if ref.endswith(digits)), None)


def named_again(thread: dict[str, Any], event: EnrichedTouchpoint) -> str | None:
    """The thread's reference ``event`` named again (:func:`_names_its_reference`), if any."""
    mark = thread.get("named_again")
    return str(mark[1]) if mark and mark[0] == event.event_id else None


def other_matter(thread: dict[str, Any], refs: frozenset[str]) -> bool:
    """The contact names references (:func:`references`), the thread's contacts named
    some, and none is the same: an order, case or booking other than the problem's."""
    return bool(refs) and bool(thread.get("refs")) and not refs & set(thread["refs"])


def _says_it_anew(
    state: CustomerState, event: EnrichedTouchpoint, occurred: str, model: ModelConfig
) -> bool:
    """A contact saying it is a repeat or still so ("Factura correcta otra vez") says it
    in words of its own: not a copy of a message that said so before within
    ``repeat_window_days`` (the same words posted again, on another channel or @-handle,
    do not say the first one is a repeat). Remembers its words (a digest)."""
    text = normalise_text(" ".join(_HANDLE.sub(" ", event.text or "").split()))
    words = hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
    since = _since(occurred, model.repeat_window_days)
    said = [s for s in state.said_recent if since <= s[0]]
    anew = all(s[1] != words for s in said if s[0] <= occurred)
    _push(said, [occurred, words], MAX_SAID)
    state.said_recent = said
    return anew


def _referred(
    state: CustomerState,
    event: EnrichedTouchpoint,
    occurred: str,
    model: ModelConfig,
    within_days: float,
    any_topic: bool = True,
) -> dict[str, Any] | None:
    """A thread opened on the customer's last contact on this contact's topics (within
    ``within_days``), which a contact saying "still" or "again" refers back to; with
    ``any_topic``, a complaint naming other topic words refers to the customer's last
    contact of the last ``episode_hours``. Only a contact since the customer's last
    thanks (``recent_contacts``: "Listo, gracias" says the question before it was
    answered), unless this one says in words of its own that it writes again
    (:func:`says_it_writes_again`: "Already wrote earlier about the 423 EUR bill...
    Still there!"), not "again" of what happened ("otra vez consumo estimado") nor only
    that a thing is still so ("la caution ... n'est toujours pas revenue", a new matter
    after a thanks for another). None without such a contact."""
    since = _since(occurred, within_days)
    crosses = says_it_writes_again(event, model)
    unthanked = {c[1] for c in state.recent_contacts}

    def referable(e: list[str]) -> bool:
        return (
            since <= e[0] <= occurred and e[1] != event.event_id and (crosses or e[1] in unthanked)
        )

    earlier = [
        e for topic in event.topics for e in state.topic_contacts.get(topic, []) if referable(e)
    ]
    if not earlier and any_topic and is_problem(event, model):
        # A complaint ("réessayé, toujours refusé") names other topic words than the
        # question it follows: the last contact of the last episode_hours, any topic.
        recent = _since(occurred, model.episode_hours / 24.0)
        earlier = [
            e for contacts in state.topic_contacts.values() for e in contacts if referable(e)
        ]
        earlier = [e for e in earlier if recent <= e[0]]
    if not earlier:
        return None
    first = max(earlier)
    channel = first[2] if len(first) > 2 else ""
    thread: dict[str, Any] = {"topics": [], "episodes": [[first[0], first[1], channel]]}
    thread.update(last_at=first[0], last_channel=channel, open=True, problem=False)
    state.problems.append(thread)
    del state.problems[:-MAX_PROBLEMS]
    return thread


def _last_contact(
    state: CustomerState, event: EnrichedTouchpoint, within_days: float, untopical: bool = False
) -> dict[str, Any] | None:
    """The thread of the customer's last inbound contact of the last ``within_days``
    since their last thanks (``recent_contacts``), which a follow-up referring back
    joins: the open thread that contact is in ("tampoco puedo añadir..., error al
    guardar", then "Seguimos igual, sin respuesta"), else one opened on it; None
    without one. ``untopical``: only when that contact named no topic (it is in no
    ``topic_contacts``), None otherwise."""
    occurred = _iso(event.occurred_at)
    since = _since(occurred, within_days)
    earlier = [
        c for c in state.recent_contacts if since <= c[0] <= occurred and c[1] != event.event_id
    ]
    if not earlier:
        return None
    first = max(earlier)
    if untopical and any(
        e[1] == first[1] for contacts in state.topic_contacts.values() for e in contacts
    ):
        return None
    return _thread_of(state, first[0], first[1], first[2])


def _thread_of(state: CustomerState, at: str, event_id: str, channel: str) -> dict[str, Any]:
    """The open thread the contact ``event_id`` is in, else a thread opened on it."""
    held: dict[str, Any]
    for held in reversed(state.problems):
        if held["open"] and (
            held.get("last_event_id") == event_id or any(e[1] == event_id for e in held["episodes"])
        ):
            return held
    thread: dict[str, Any] = {"topics": [], "episodes": [[at, event_id, channel]]}
    thread.update(last_at=at, last_channel=channel, open=True, problem=False)
    state.problems.append(thread)
    del state.problems[:-MAX_PROBLEMS]
    return thread


def _cases_named(
    state: CustomerState, refs: frozenset[str], occurred: str, model: ModelConfig
) -> list[list[str]]:
    """``case_refs`` entries of ``refs`` given to a contact of the last
    ``repeat_window_days`` before ``occurred``."""
    since = _since(occurred, model.repeat_window_days)
    return [c for c in state.case_refs if c[1] in refs and since <= c[2] <= occurred]


def _case_thread(
    state: CustomerState, refs: frozenset[str], occurred: str, model: ModelConfig
) -> dict[str, Any] | None:
    """The thread of the contact our answer gave one of ``refs`` to (``case_refs``)
    within ``repeat_window_days``, None without one."""
    given = _cases_named(state, refs, occurred, model)
    if not given:
        return None
    _, _, at, event_id, channel = max(given)
    return _thread_of(state, at, event_id, channel)


def named_case(state: CustomerState, event: EnrichedTouchpoint, model: ModelConfig) -> str | None:
    """The reference our answer gave to an earlier contact that ``event`` names
    ("Me again about SLV-588868"), None when it names none or thanks ("Confirmo, ficou
    tudo resolvido no SLV-840624. Obrigado!")."""
    if thanks_for_it(event, model):
        return None
    refs, heard = _named(event, set_apart(event, model))
    asked = refs or _spoken_cases(state, heard)
    given = _cases_named(state, asked, _iso(event.occurred_at), model)
    return max(given)[1] if given else None


def _spoken_cases(state: CustomerState, spoken: frozenset[str]) -> frozenset[str]:
    """The case our answer gave that a call spells (``spoken``: "chiamo per la pratica
    emme vu 42 10 39" after "Pratica MV-421039"): :func:`_spoken_reference` over
    ``case_refs``."""
    given = _spoken_reference([c[1] for c in state.case_refs], spoken) if spoken else None
    return frozenset({given}) if given else frozenset()


def problem_of(state: CustomerState, event_id: str) -> dict[str, Any] | None:
    """The problem thread the touchpoint ``event_id`` was last folded into, if any."""
    for thread in reversed(state.problems):
        if thread.get("last_event_id") == event_id:
            found: dict[str, Any] = thread
            return found
    return None
