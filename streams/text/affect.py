"""Emotions and intents from multilingual cue lexicons plus a few light rules.

Why rules and not a model: the labels must be explainable to the business
("complaint because 'inadmissible'"), tunable without retraining (the cue
lists live in ``taxonomy.toml``) and cheap: this runs on every touchpoint, at
tens of thousands of texts per second, next to the sentiment model.

One Aho-Corasick scan of the normalised text (see
:func:`streams.text.lexicon.normalize`) finds every cue, negator, exception
and question opener at once. Then:

1. exceptions cancel the cues of their own section they contain
   ("merci de me rappeler" is a request, not gratitude); a cue saying something
   recurs (a section's ``recurring``: "third time", "di nuovo") in a sentence
   with a praise or joy cue says the good thing recurs and does not count
   ("terza volta che compro e di nuovo zero problemi"); a cue saying the
   customer goes somewhere (``going``: "I'm moving to", "vou mudar para") in a
   text asking whether our service goes on there (``staying``: "does the pass
   work down there as well", "também funciona lá") says a move, not leaving us;
   a streak, a count said twice ("zum dritten Mal ..., zum dritten Mal alles
   reibungslos", "Tercera vez ... y otra vez todo impecable", ``[streak]``),
   praises when a good outcome follows a count and nothing bad does: its counts
   say nothing recurs (rule 1d);
2. a cue that contains a negator ("pas mal", "not bad", "ne fonctionne pas")
   is taken as a whole: it hides the cues inside it, and the negators inside
   it negate nothing else; so does praise that holds a bad word ("zéro
   souci" holds "souci"), for the bad cues inside it; a defect that never came
   (``[absence]``: "still not one wet bag", "ni un saco mojado", "kein einziger
   Kratzer") is such a praise cue (rule 2c), unless its opener is negated ("not
   one day without a delay"), and so is a fault that stopped (``[absence.mended]``:
   "stopped chewing jersey", "ne bourre plus", "tropft nicht mehr", rule 2d);
3. any other cue starting within ``negation_window`` tokens after a negator
   (never across sentence punctuation) is negated: dropped ("pas de
   problème") or turned into its section's ``negated`` labels ("pas
   satisfait" -> complaint + disappointment). Expectation cues ("marche",
   "funktioniert") are also negated by a negator right after them. Given the
   text's language, a negator or a cue that is another word in it counts for nothing
   (``[false_friends]``: Italian "ne sono molto soddisfatta", "casse" are crates);
4. the sentiment label, when given, gates cues (joy under a negative
   sentiment is sarcasm) and the complaints derived from negative emotions.
   A cue of rule 2 is not gated: a litotes ("pas mal du tout", "nothing to
   complain about") is where a model misreads the negator as negative, and
   ``Affect.litotes`` says so. Asked for, the analyzer records the cues the
   gate dropped and gives the reading without the gate from the same scan
   (``Affect.ungated``: the praise a negative label drops, "Tres satisfaite
   de Zampa" read at -0.49);
5. "!!" or ALL-CAPS words make a negative text angry (not beside thanks or praise
   when only the model's label says negative: "Obrigada Olfavia!!"); a "?" or a
   sentence-initial opener ("Comment ...", "How do I ...") makes a question;
   not an opener that compares, "as someone wrote" (:data:`_AS_SOMEONE_SAID_RE`:
   "Wie Greta Krüger am 08/10 schrieb (Fall PTV-80480): ..."); praise, joy or thanks
   beside an irony emoji (``[affect] irony_emojis``:
   "Gracias, muy útil 😒") or ironic words (``irony_phrases``: "AUD_4417. Great
   timing") are taken back: a complaint (``Affect.ironic``); so are they beside a
   charge whose name is put in quotation marks, or shouted in capitals
   (:mod:`streams.text.charges`: "£30 'cleaning fee' for a piano I returned spotless,
   with your own photos. UNBELIEVABLE" reads +0.31 with "spotless" as praise: the
   customer doubts the fee), or named plainly on a thing returned in good order
   (:mod:`streams.text.charges`: "35 € de frais de nettoyage pour un coffre rendu
   impeccable" +0.78), and such a charge is a complaint with or without praise
   beside it ("£13 'extra cleaning' on shoes that were clean. Done." -0.21);
6. words in quotation marks are someone else's, a listing's or an advert's claim
   ("the 'very good condition' jumper is bobbled all over", "il maglione 'ottime
   condizioni, verificato da Percheo' ha un buco"): praise or joy found only
   inside quotes is not the customer's (:func:`streams.text.marks.without_quotes`);
6b. a sentence after another that opens with a consolation (``[affect]
   consolation_openers``: "O estafeta deixou a minha carteira com a vizinha sem me
   ligar. Ao menos a vizinha é simpática." reads +0.62) says what went wrong before
   it: praise, joy and thanks found only there are taken back, a complaint, as beside
   an irony emoji (``Affect.ironic``). Not before a number ("At least 3 times ..."),
   nor when it ends on "!" (relief: "At least Trovanta found them, brilliant!");
6c. a last sentence of one word of praise alone (``[affect] sarcastic_closers``:
   "Genial", "Sympa", "Klasse", "Great.") after a text whose own cues complain, are
   angry or disappointed ("El Club sube un 30 % y te enteras por la factura. Genial"
   +1.00, "Support closed my ticket without an answer. Great."), is irony: taken back,
   a complaint. After a text with no such cue it praises ("Neues Handy, nach zehn
   Minuten war alles wieder da. Top!"); a complaint derived from "again" alone is no
   such cue ("Otra vez pedido hecho en 3 minutos desde la app ... Genial");
6d. a bad thing said only in a case asked about, from an opener (``[affect]
   hypothetical_openers``: "if", "wenn", "si le") to the question mark ending its
   sentence ("Hi, if the council collection runs late does my wash move
   automatically?" -0.81), is no complaint nor upset: the reading keeps only what the
   text says outside it ("What if it's late again? It was late last week too" still
   complains).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from streams.text.charges import doubts_a_charge
from streams.text.codes import without_codes
from streams.text.cue_automaton import (
    ABSENT,
    BADLY,
    COUNT,
    CUE,
    EXCEPT,
    FAULT,
    GOING,
    NEGATOR,
    OPENER,
    RECURRING,
    STAYING,
    WELL,
    Entry,
    Match,
    add_entry,
    add_typos,
    build_automaton,
)
from streams.text.lexicon import (
    BREAK,
    CueSection,
    Taxonomy,
    absence_pattern,
    excepted,
    false_friend_words,
    mended_pattern,
    normalize,
    phrase_alternatives,
    shipped_taxonomy,
)
from streams.text.marks import CAPS_WORD_RE, without_quotes

#: A top mark: the customer's own mark at the top of its scale (en fr de es it pt), ten
#: out of ten or a top count of stars ("5 estrelas", "five stars", "5 Sterne"), as
#: customers write it; not when a negator is the word right before it ("not 5 stars",
#: "keine 5 Sterne"). The one list of these words: :data:`_TOP_MARK_RE` reads them in
#: normalised text, enrichment's praise cue (streams/stages/enrich.py) in the raw text.
TOP_MARK_TEN = "10/10"
TOP_MARK_COUNTS = ("5", "five", "cinq", "fünf", "cinco", "cinque")
TOP_MARK_STARS = (
    "stars",
    "star",
    "étoiles",
    "etoiles",
    "sterne",
    "sternen",
    "estrellas",
    "stelle",
    "estrelas",
)
TOP_MARK_NEGATORS = ("not", "no", "pas", "keine", "non", "nao", "não")


def _normalised(words: Iterable[str]) -> list[str]:
    """``words`` as :func:`normalize` writes them ("fünf" -> "funf", "10/10" -> "10 10"),
    each once, escaped for a regular expression."""
    return list(dict.fromkeys(re.escape(normalize(word).strip()) for word in words))


#: A top mark in normalised text ("5 estrelas", "10/10" as "10 10"), not negated right
#: before it ("not 5 stars", and here "kein 5 Sterne" too): rule 1b reads it as a good
#: thing said to recur ("outra vez atendimento 5 estrelas").
_TOP_MARK_RE = re.compile(
    "".join(f"(?<! {word})" for word in _normalised((*TOP_MARK_NEGATORS, "kein")))
    + f" (?:{'|'.join(_normalised([TOP_MARK_TEN]))}"
    + f"|(?:{'|'.join(_normalised(TOP_MARK_COUNTS))})"
    + f" (?:{'|'.join(_normalised(TOP_MARK_STARS))})) "
)
QUESTION, COMPLAINT, ANGER = "question", "complaint", "anger"
GRATITUDE, PRAISE = "gratitude", "praise"
#: What a sentence praising something holds: the good thing it says recurs.
GOOD = frozenset({"praise", "joy"})
#: What an irony emoji beside them takes back (rule 5b).
UNMEANT = GOOD | {"gratitude"}
#: The emotions and intents of a bad experience.
NEGATIVE_CUES = frozenset({"anger", "frustration", "disappointment", "anxiety", "complaint"})
# Cheap pre-check before the emoji automaton: a single range scan in C is several
# times faster than walking the automaton over an accented text without emoji.
# Emojis outside these blocks still match when the text has one inside them.
_EMOJI_RANGE_RE = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff]")

#: "As someone wrote" (rule 5): "as", "wie", "comme", "come", "como", then one to
#: three capitalised words (a name, or German "Sie"), and within the clause a verb of
#: writing or saying ("Wie Greta Krüger am 08/10 schrieb (Fall PTV-80480): ...", "wie Tobias
#: Mittwoch schon schrieb", "As Aidan wrote on Thursday", "Comme Marie l'a écrit").
#: The opener word there compares, it asks nothing: "Wie lange noch" still asks.
_AS_SOMEONE_SAID_RE = re.compile(
    r"\b([Ww]ie|[Aa]s|[Cc]omme|[Cc]ome|[Cc]omo)\s+(?:(?:a|o|la|le|el|il|der|die)\s+)?"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'-]*\s+){1,3}[^.!?:;]{0,40}?"
    r"\b(?:schrieb|geschrieben|gemeldet|gesagt|sagte|wrote|written|said|mentioned|reported|"
    r"[ée]crit|[ée]crivait|signal[ée]|dit|scritto|scriveva|segnalato|detto|"
    r"escribi[óo]|escrib[íi]a|dijo|coment[óo]|escreveu|disse)\b"
)


class Affect(NamedTuple):
    """Emotions and intents of one text, each tuple sorted and without duplicates.

    A NamedTuple rather than a dataclass: built once per text at high rates.
    """

    emotions: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    #: A cue containing a negator counted against the sentiment gate ("not
    #: bad" read as negative): the model's negative reading is not to be trusted.
    litotes: bool = False
    #: The same text read without the sentiment label's gate, when it was asked
    #: for (``analyze(..., ungated=True)``) and a label was given; else None.
    ungated: Affect | None = None
    #: The customer goes somewhere and asks whether our service goes on there (rule
    #: 1c: "i'm moving to cork ... does the pass work down there as well"): a move.
    moving: bool = False
    #: Praise, joy or thanks beside an irony emoji ("Gracias, muy útil 😒", rule 5b): not
    #: meant, a complaint; a positive reading of the words is not to be trusted.
    ironic: bool = False
    #: A praise or joy emoji in the text ("continuo contente 😊", "👏"): rule 1d reads it
    #: as a streak's good outcome, enrichment as praise when nothing bad is said.
    smiles: bool = False

    def without_gate(self) -> Affect:
        """The reading without the sentiment gate (this one, when none was recorded)."""
        return self if self.ungated is None else self.ungated


@dataclass(frozen=True)
class _Section:
    """A compiled emotion, intent or expectations section; labels pre-split by kind."""

    emotions: tuple[str, ...]  # emitted when a cue is found
    intents: tuple[str, ...]
    negated_emotions: tuple[str, ...]  # emitted when a cue is negated
    negated_intents: tuple[str, ...]
    gate: frozenset[str]  # sentiments under which cues count; empty = always
    postposed: bool  # also negated by a negator right after the cue (expectations)
    good: bool = False  # its cues praise or say joy (GOOD)
    bad: bool = False  # its cues say a bad experience (NEGATIVE_CUES)


def _praises(affect: Affect) -> bool:
    """The reading, or its reading without the gate, holds praise or joy."""
    return any(
        not GOOD.isdisjoint((*a.emotions, *a.intents))
        for a in (affect, affect.ungated)
        if a is not None
    )


def _only_as_in(affect: Affect, plain: Affect, labels: frozenset[str]) -> Affect:
    """``affect`` without the ``labels`` that ``plain``, the text read without part of it,
    lacks, in both readings: praise and joy found only in quotations (rule 6), a
    complaint or upset found only in a case asked about (rule 6d)."""

    def keep(full: Affect, bare: Affect | None) -> Affect:
        bare_labels = set() if bare is None else {*bare.emotions, *bare.intents}
        lost = labels - bare_labels
        return full._replace(
            emotions=tuple(e for e in full.emotions if e not in lost),
            intents=tuple(i for i in full.intents if i not in lost),
        )

    kept = keep(affect, plain)
    if affect.ungated is not None:
        kept = kept._replace(ungated=keep(affect.ungated, plain.ungated or plain))
    return kept


def _taken_back(affect: Affect) -> Affect:
    """``affect`` with its praise, joy and thanks taken back, a complaint, in both
    readings (rule 6b, as rule 5b does beside an irony emoji)."""

    def back(reading: Affect) -> Affect:
        emotions, intents = set(reading.emotions), set(reading.intents)
        if not _take_back(emotions, intents):
            return reading
        return reading._replace(
            emotions=tuple(sorted(emotions)), intents=tuple(sorted(intents)), ironic=True
        )

    kept = back(affect)
    if affect.ungated is not None:
        kept = kept._replace(ungated=back(affect.ungated))
    return kept


def _raw_alternatives(words: Iterable[str]) -> list[str]:
    """``words`` stripped and escaped for a regex alternation, each once, longest first
    (so "por lo menos" is tried before "por")."""
    return sorted({re.escape(w.strip()) for w in words if w.strip()}, key=len, reverse=True)


def _consolation_re(openers: Iterable[str]) -> re.Pattern[str] | None:
    """Rule 6b: a sentence after another, from its consolation opener ("at least", "ao
    menos") to its end; not when a number follows the opener ("At least 3 times"), nor
    when it ends on "!": relief, not a shrug ("Lost my keys at the gym again. At least
    Trovanta found them, brilliant service!")."""
    words = _raw_alternatives(openers)
    if not words:
        return None
    return re.compile(
        rf"(?<=[.!?…\n])[ \t]*(?:{'|'.join(words)})\b(?![ \t]*\d)[^.!?…\n]*+(?!!)", re.IGNORECASE
    )


def _hypothetical_re(openers: Iterable[str]) -> re.Pattern[str] | None:
    """Rule 6d: a case asked about, from its opener ("if", "wenn", "si le") to the question
    mark that ends its sentence ("if the council collection runs late does my wash move
    automatically?")."""
    words = _raw_alternatives(openers)
    if not words:
        return None
    return re.compile(
        rf"(?<![\w'])(?:{'|'.join(words)})(?:(?<=')|(?!\w))[^.!?…\n]*\?", re.IGNORECASE
    )


def _complains(affect: Affect) -> bool:
    """The reading, or its reading without the gate, holds a complaint."""
    return any(COMPLAINT in a.intents for a in (affect, affect.ungated) if a is not None)


#: Rule 6c: what a text says before a closer for the closer to be irony: a complaint,
#: anger or disappointment; not frustration alone, which "again" says of praise too.
_CLOSED_IN_IRONY = frozenset({COMPLAINT, ANGER, "disappointment"})


def _closer_re(words: Iterable[str]) -> re.Pattern[str] | None:
    """Rule 6c: a last sentence of one of ``words`` alone ("... without an answer. Great.",
    "... por la factura. Genial"), after a stop or a line break."""
    alternatives = _raw_alternatives(words)
    if not alternatives:
        return None
    return re.compile(
        rf"(?<=[.!?…\n])[ \t]*(?:{'|'.join(alternatives)})[ \t]*[.!…]*[ \t]*$", re.IGNORECASE
    )


def _take_back(emotions: set[str], intents: set[str]) -> bool:
    """Rule 5b: praise, joy and thanks beside an irony emoji are not meant; they say a
    complaint. True when there was something to take back."""
    if not UNMEANT.intersection(emotions) and not UNMEANT.intersection(intents):
        return False
    emotions -= UNMEANT
    intents -= UNMEANT
    intents.add(COMPLAINT)
    return True


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end] inside one of ``spans`` (or one of them)?"""
    return any(o_start <= start and end <= o_end for o_start, o_end in spans)


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end] strictly inside one of ``spans``? (Loops beat any() here.)"""
    for outer_start, outer_end in spans:
        if outer_start <= start and end <= outer_end and (outer_start, outer_end) != (start, end):
            return True
    return False


class AffectAnalyzer:
    """Multilabel emotions and intents; built once per worker from a :class:`Taxonomy`."""

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or shipped_taxonomy()
        settings = self.taxonomy.affect
        self._contrasts = tuple(
            f" {normalize(word).strip()} " for word in settings.litotes_contrasts
        )
        self._window = settings.negation_window
        self._post_window = settings.postposed_negation_window
        self._derived_gate = frozenset(settings.derived_complaint_sentiments)
        self._complaint_emotions = frozenset(settings.complaint_emotions)
        self._bangs = "!" * settings.anger_min_exclamations
        self._min_caps = settings.anger_min_caps_words
        self._question_mark = settings.question_mark
        self._irony = settings.irony_emojis
        ironic_words = phrase_alternatives(settings.irony_phrases)
        self._irony_words = re.compile(f" (?:{ironic_words}) ") if ironic_words else None
        self._consolation = _consolation_re(settings.consolation_openers)
        self._hypothetical = _hypothetical_re(settings.hypothetical_openers)
        self._closer = _closer_re(settings.sarcastic_closers)
        self._emotion_ids = frozenset(s.id for s in self.taxonomy.emotions)
        self._intent_ids = frozenset(s.id for s in self.taxonomy.intents)
        self._sections: list[_Section] = []
        self._emoji_sections: dict[str, list[int]] = {}
        entries: dict[str, set[Entry]] = {}
        for section in self._configured_sections():
            self._add_section(section, entries)
        for phrases in self.taxonomy.negators.values():
            for phrase in phrases:
                add_entry(entries, phrase, NEGATOR, -1)
        self._false_friends = false_friend_words(self.taxonomy)
        streak = self.taxonomy.streak
        for kind, table in ((COUNT, streak.counts), (WELL, streak.good), (BADLY, streak.bad)):
            for phrases in table.values():
                for phrase in phrases:
                    add_entry(entries, phrase, kind, -1)
        self._praise = "praise" if "praise" in self._intent_ids else None
        # A defect that never came ("ni un saco mojado") is a praise cue holding a negator.
        praise_index = next(
            (i for i, s in enumerate(self._configured_sections()) if s.id == self._praise), None
        )
        absence = absence_pattern(self.taxonomy.absence)
        self._absence = None if praise_index is None or absence is None else (absence, praise_index)
        mended = mended_pattern(self.taxonomy.absence)
        self._mended = None if praise_index is None or mended is None else (mended, praise_index)
        if self._mended is not None:
            for phrases in self.taxonomy.absence.faults.values():
                for phrase in phrases:
                    add_entry(entries, phrase, FAULT, -1)
        if self._absence is not None:
            for phrases in self.taxonomy.absence.openers.values():
                for phrase in phrases:
                    add_entry(entries, phrase, ABSENT, -1)
        typo_sections = {
            index
            for index, section in enumerate(self._configured_sections())
            if section.id in settings.typo_sections
        }
        real_words = frozenset(normalize(word).strip() for word in settings.typo_real_words)
        add_typos(entries, settings.typo_min_letters, typo_sections, real_words)
        self._automaton = build_automaton(entries)
        # Emojis of praise or joy ("😄", "👏"): a streak's good outcome said without words.
        self._good_emojis = tuple(
            emoji
            for emoji, indexes in self._emoji_sections.items()
            if any(self._sections[i].good for i in indexes)
        )
        self._has_entries = bool(entries)
        # Emojis are matched on the raw text (normalisation drops them) by a
        # second small automaton: several times faster than a regex on
        # non-Latin-1 text.
        self._emoji_automaton = ahocorasick.Automaton()
        for emoji in self._emoji_sections:
            self._emoji_automaton.add_word(emoji, emoji)
        if self._emoji_sections:
            self._emoji_automaton.make_automaton()

    # ------------------------------------------------------------ building

    def _configured_sections(self) -> Iterable[CueSection]:
        yield from self.taxonomy.emotions
        yield from self.taxonomy.intents
        if self.taxonomy.expectations is not None:
            yield self.taxonomy.expectations

    def _add_section(self, section: CueSection, entries: dict[str, set[Entry]]) -> None:
        is_expectation = section is self.taxonomy.expectations
        emits = () if is_expectation else (section.id,)
        index = len(self._sections)
        self._sections.append(
            _Section(
                emotions=tuple(x for x in emits if x in self._emotion_ids),
                intents=tuple(x for x in emits if x in self._intent_ids),
                negated_emotions=tuple(x for x in section.negated if x in self._emotion_ids),
                negated_intents=tuple(x for x in section.negated if x in self._intent_ids),
                gate=frozenset(section.gate),
                postposed=is_expectation,
                good=bool(GOOD.intersection(emits)),
                bad=bool(NEGATIVE_CUES.intersection(emits)),
            )
        )
        for kind, table in (
            (CUE, section.phrases),
            (EXCEPT, section.exceptions),
            (OPENER, section.openers),
            (RECURRING, section.recurring),
            (GOING, section.going),
            (STAYING, section.staying),
        ):
            for phrases in table.values():
                for phrase in phrases:
                    add_entry(entries, phrase, kind, index)
        for emoji in section.emojis:
            self._emoji_sections.setdefault(emoji, []).append(index)

    # ------------------------------------------------------------ analysis

    def analyze(
        self,
        text: str,
        sentiment_label: str | None = None,
        ungated: bool = False,
        language: str | None = None,
    ) -> Affect:
        """Emotions and intents of ``text``.

        ``sentiment_label`` (negative / neutral / positive, from the sentiment
        model) is an optional hint: it gates joy/praise cues and the
        complaints derived from negative emotions. ``ungated``: also give the
        text's reading without that gate, from the same scan (``Affect.ungated``,
        equal to ``analyze(text)``). ``language``, the text's (enrichment's), drops the
        negators and cues that are other words in it (``[false_friends]``: Italian "ne" is
        "of it", "casse" crates, not French "cassé").
        """
        if not text or not (self._has_entries or self._emoji_sections):
            return Affect()
        text = without_codes(text)  # a code's letters are no word: "TY|4052" holds no "ty"
        affect = self._analyze(text, sentiment_label, ungated, language)
        if self._hypothetical is not None and _complains(affect):
            # Rule 6d: a bad thing said only in a case asked about is no complaint.
            unasked = self._hypothetical.sub(" ", text)
            if unasked != text:
                plain = self._analyze(unasked, sentiment_label, ungated, language)
                affect = _only_as_in(affect, plain, NEGATIVE_CUES)
        if not _praises(affect):
            return affect
        # Rule 6: praise or joy only inside quotes is someone else's claim.
        unquoted = without_quotes(text)
        if unquoted != text:
            plain = self._analyze(unquoted, sentiment_label, ungated, language)
            affect = _only_as_in(affect, plain, GOOD)
        if self._consolation is not None and _praises(affect):
            # Rule 6b: praise only in a consolation ("Ao menos a vizinha é simpática.")
            # after what went wrong is not meant.
            unconsoled = self._consolation.sub(" ", text)
            if unconsoled != text and not _praises(
                self._analyze(unconsoled, sentiment_label, ungated, language)
            ):
                affect = _taken_back(affect)
        closer = None if self._closer is None else self._closer.search(text)
        if closer is not None and _praises(affect):
            # Rule 6c: one word of praise closing a text whose own cues complain is irony
            # ("Support closed my ticket without an answer. Great.").
            # Read as if positive: only cues that complain of their own count, not a
            # complaint derived from "again" ("Otra vez pedido hecho en 3 minutos ... Genial").
            body = self._analyze(text[: closer.start()], "positive", False, language)
            if not _praises(body) and not _CLOSED_IN_IRONY.isdisjoint(
                (*body.emotions, *body.intents)
            ):
                affect = _taken_back(affect)
        return affect

    def _analyze(
        self, text: str, sentiment_label: str | None, ungated: bool, language: str | None
    ) -> Affect:
        """Rules 1-5 on ``text`` (:meth:`analyze` adds rules 6 and 6b)."""
        normalized = normalize(text)
        cues: list[tuple[int, int, int, bool]] = []
        negators: list[tuple[int, int]] = []
        exceptions: list[Match] = []
        openers: list[Match] = []
        recurring: set[Match] = set()
        going: set[Match] = set()
        staying: set[int] = set()
        counts: list[tuple[int, int]] = []
        outcomes: list[tuple[int, int, bool]] = []  # (start, end, good)
        absent: list[int] = []  # where an opener of rule 2c starts
        faulty = False  # a fault of rule 2d named
        hits = self._automaton.iter(normalized) if self._has_entries else ()
        for end, values in hits:
            for kind, section, length, immune in values:
                start = end - length + 1
                if kind == CUE:
                    cues.append((start, end, section, immune))
                elif kind == NEGATOR:
                    negators.append((start, end))
                elif kind == EXCEPT:
                    exceptions.append((start, end, section))
                elif kind == RECURRING:
                    recurring.add((start, end, section))
                elif kind == GOING:
                    going.add((start, end, section))
                elif kind == STAYING:
                    staying.add(section)
                elif kind == COUNT:
                    counts.append((start, end))
                elif kind in (WELL, BADLY):
                    outcomes.append((start, end, kind == WELL))
                elif kind == ABSENT:
                    absent.append(start)
                elif kind == FAULT:
                    faulty = True
                else:
                    openers.append((start, end, section))
        false_friends = self._false_friends.get(language or "")
        if false_friends:
            # A match runs from its first to its last character, both included.
            negators = [
                n for n in negators if normalized[n[0] : n[1] + 1].strip() not in false_friends
            ]
            cues = [c for c in cues if normalized[c[0] : c[1] + 1].strip() not in false_friends]
        if absent:
            cues.extend(self._absences(normalized, absent, negators))
        if faulty:
            cues.extend(self._mended_faults(normalized, negators))
        emotions: set[str] = set()
        intents: set[str] = set()
        moving = False
        if going and staying:
            # Rule 1c: going somewhere and asking whether our service goes on there
            # ("i'm moving to cork ... does the pass work down there as well"): a move.
            kept = [c for c in cues if c[2] not in staying or (c[0], c[1], c[2]) not in going]
            moving, cues = len(kept) < len(cues), kept
        # Emojis are looked for once, by a cheap range scan, for rules 1d, 5 and 5b.
        has_emoji = not text.isascii() and _EMOJI_RANGE_RE.search(text) is not None
        smiles = has_emoji and any(e in text for e in self._good_emojis)
        streaks: list[tuple[int, int]] = []
        if len(counts) > 1 and (outcomes or smiles):
            streaks = self._good_streaks(
                normalized, counts, outcomes, cues, negators, recurring, smiles
            )
        if streaks:
            # Rule 1d: a streak with a good outcome praises; its counts say nothing recurs.
            cues = [
                c
                for c in cues
                if (c[0], c[1], c[2]) not in recurring or not _inside_any(streaks, c[0], c[1])
            ]
        litotes = False
        # The sections whose cues the label's gate dropped (only when asked for).
        dropped: list[int] | None = [] if ungated and sentiment_label is not None else None
        if cues:
            litotes = self._apply_cues(
                normalized,
                cues,
                negators,
                exceptions,
                sentiment_label,
                emotions,
                intents,
                dropped,
                recurring,
                smiles,
            ) and not any(
                word in normalized
                for word in self._contrasts
                if not false_friends or word.strip() not in false_friends
            )
        if self._emoji_sections and has_emoji:
            self._apply_emojis(text, sentiment_label, emotions, intents, dropped)
        if self._is_question(text, normalized, openers, exceptions):
            intents.add(QUESTION)
        if streaks and self._praise:
            intents.add(self._praise)
        charged = doubts_a_charge(text)
        ironic = (
            (has_emoji and any(e in text for e in self._irony))
            or (self._irony_words is not None and self._irony_words.search(normalized) is not None)
            or charged
        )
        alone = None
        if dropped is not None:
            # Without the gate: what it let through, what it dropped, and rule 5 with no label.
            alone_emotions, alone_intents = set(emotions), set(intents)
            for index in dropped:
                alone_emotions.update(self._sections[index].emotions)
                alone_intents.update(self._sections[index].intents)
            if alone_emotions or alone_intents:
                self._apply_derived(text, None, alone_emotions, alone_intents)
            alone_ironic = ironic and _take_back(alone_emotions, alone_intents)
            alone = Affect(
                tuple(sorted(alone_emotions)),
                tuple(sorted(alone_intents)),
                moving=moving,
                ironic=alone_ironic,
                smiles=smiles,
            )
        if emotions or intents or sentiment_label == "negative":
            self._apply_derived(text, sentiment_label, emotions, intents)
        ironic = ironic and _take_back(emotions, intents)
        if charged:
            intents.add(COMPLAINT)  # "£13 'extra cleaning' on shoes that were clean. Done."
        return Affect(
            tuple(sorted(emotions)), tuple(sorted(intents)), litotes, alone, moving, ironic, smiles
        )

    def analyze_many(
        self,
        texts: Sequence[str],
        labels: Sequence[str | None] | None = None,
        ungated: Container[str | None] = (),
        languages: Sequence[str | None] | None = None,
    ) -> list[Affect]:
        """``analyze`` over a batch; ``labels`` are the sentiment labels, one per text,
        ``languages`` the texts' languages (see :meth:`analyze`).

        ``ungated``: the labels whose texts are also read without the gate
        (``Affect.ungated``), e.g. ``{"negative"}`` for the praise it drops.
        """
        if labels is not None and len(labels) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(labels)} sentiment labels")
        if languages is not None and len(languages) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(languages)} languages")
        analyze = self.analyze
        return [
            analyze(text, label, label in ungated, language)
            for text, label, language in zip(
                texts, labels or [None] * len(texts), languages or [None] * len(texts), strict=True
            )
        ]

    def _apply_cues(
        self,
        normalized: str,
        cues: list[tuple[int, int, int, bool]],
        negators: list[tuple[int, int]],
        exceptions: list[Match],
        sentiment: str | None,
        emotions: set[str],
        intents: set[str],
        dropped: list[int] | None = None,
        recurring: set[Match] | None = None,
        smiles: bool = False,
    ) -> bool:
        """Rules 1-4 of the module docstring; True when a litotes beat the gate.

        ``dropped``, when given, gets the section of each cue the gate dropped.
        """
        if exceptions:
            owners = {e[2] for e in exceptions}
            cues = [
                c for c in cues if c[2] not in owners or not excepted(c[0], c[1], c[2], exceptions)
            ]
        immune_spans = [(c[0], c[1]) for c in cues if c[3]]
        if immune_spans:
            cues = [c for c in cues if not _inside_any(immune_spans, c[0], c[1])]
        good_spans = [(c[0], c[1]) for c in cues if self._sections[c[2]].good]
        if good_spans:
            # Rule 2b: praise holding a bad word ("zéro souci" holds "souci").
            cues = [
                c
                for c in cues
                if not self._sections[c[2]].bad or not _inside_any(good_spans, c[0], c[1])
            ]
        if negators and (immune_spans or exceptions):
            blockers = immune_spans + [(e[0], e[1]) for e in exceptions]
            negators = [n for n in negators if not _inside_any(blockers, n[0], n[1])]
        if recurring:
            cues = self._without_good_recurring(normalized, cues, negators, recurring, smiles)
        litotes = False
        for start, end, index, immune in cues:
            section = self._sections[index]
            postposed = section.postposed
            if (
                negators
                and not immune
                and self._is_negated(normalized, start, end, negators, postposed)
            ):
                emotions.update(section.negated_emotions)
                intents.update(section.negated_intents)
            elif not section.gate or sentiment is None or sentiment in section.gate:
                emotions.update(section.emotions)
                intents.update(section.intents)
            elif immune:
                litotes = True
                emotions.update(section.emotions)
                intents.update(section.intents)
            elif dropped is not None:
                dropped.append(index)
        return litotes

    def _without_good_recurring(
        self,
        normalized: str,
        cues: list[tuple[int, int, int, bool]],
        negators: list[tuple[int, int]],
        recurring: set[Match],
        smiles: bool = False,
    ) -> list[tuple[int, int, int, bool]]:
        """Rule 1b: a cue saying something recurs ("third time", "di nuovo", the section's
        ``recurring``) in a sentence with praise or joy says the good thing recurs ("di
        nuovo zero problemi", "Ancora una volta app impeccabile"; a top mark is praise
        here: "outra vez atendimento 5 estrelas"): it does not count. Nor
        does it in a text whose only bad cues say something recurs, and that praises in
        another sentence ("Otra vez el repartidor ha llegado antes de hora. Así da
        gusto"), or with a praise or joy emoji (``smiles``: "Encore une fois livré en
        24 h, ça devient une habitude 😄", read -0.96 as frustration)."""

        def counts(start: int, end: int, immune: bool) -> bool:
            return immune or not self._is_negated(normalized, start, end, negators, False)

        good = [
            (start, end)
            for start, end, index, immune in cues
            if self._sections[index].good and counts(start, end, immune)
        ]
        good += [(m.start() + 1, m.end() - 2) for m in _TOP_MARK_RE.finditer(normalized)]
        if not good and not smiles:
            return cues
        if not any(
            (start, end, index) not in recurring
            and self._sections[index].bad
            and counts(start, end, immune)
            for start, end, index, immune in cues
        ):
            return [c for c in cues if (c[0], c[1], c[2]) not in recurring]
        if not good:
            return cues  # a smile beside a bad thing said to recur: irony, or not ours

        def recurs_well(start: int, end: int) -> bool:
            return any(
                BREAK not in normalized[min(start, g_start) : max(end, g_end)]
                for g_start, g_end in good
            )

        return [
            c for c in cues if (c[0], c[1], c[2]) not in recurring or not recurs_well(c[0], c[1])
        ]

    def _good_streaks(
        self,
        normalized: str,
        counts: list[tuple[int, int]],
        outcomes: list[tuple[int, int, bool]],
        cues: list[tuple[int, int, int, bool]],
        negators: list[tuple[int, int]],
        recurring: set[Match],
        smiles: bool = False,
    ) -> list[tuple[int, int]]:
        """Rule 1d: the spans of the streaks that end well. A streak says a count twice,
        the second in the same clause or the next, in the same words or others ("Zum
        dritten Mal den LKW-Führerschein gemacht, zum dritten Mal alles reibungslos",
        "Tercera vez este año ... y otra vez todo impecable"); the clauses after each
        count say how it went. It ends well when they hold a good outcome
        ("reibungslos", "five minutes early", "de 10"; or the text smiles, ``smiles``: a
        praise or joy emoji, "wieder derselbe nette Fahrer, wieder nimmt er das Leergut mit
        ohne dass ich frage 😄"), not negated, and no bad one: no bad outcome ("voicemail",
        "late") or negated good one, no negator after a good outcome ("... fixed in under
        a day and it isn't") nor before it in its clause, however far ("outra vez não é o
        corte que pedi"), no cue of a bad experience but the counts' own ("third time I
        call and third time nobody picks up")."""
        spans = []
        counts.sort()
        for i, (first_start, first_end) in enumerate(counts):
            for second_start, second_end in counts[i + 1 :]:
                if second_start <= first_end:
                    continue  # overlapping counts ("zum dritten mal" and "dritten")
                if normalized[first_end:second_start].count(BREAK) > 1:
                    break  # not the same sentence, or one clause too far
                stop = normalized.find(BREAK, second_end)
                stop = len(normalized) if stop < 0 else stop
                first_stop = normalized.find(BREAK, first_end, second_start)
                clauses = [
                    (first_end, second_start if first_stop < 0 else first_stop),
                    (second_end, stop),
                ]
                if self._ends_well(
                    normalized, clauses, outcomes, cues, negators, recurring, smiles
                ):
                    spans.append((normalized.rfind(BREAK, 0, first_start), stop))
                break
        return spans

    def _ends_well(
        self,
        normalized: str,
        clauses: list[tuple[int, int]],
        outcomes: list[tuple[int, int, bool]],
        cues: list[tuple[int, int, int, bool]],
        negators: list[tuple[int, int]],
        recurring: set[Match],
        smiles: bool,
    ) -> bool:
        """The ``clauses`` (start, stop) say a good outcome and nothing bad (rule 1d)."""
        well = []
        for o_start, o_end, good in outcomes:
            if _within(clauses, o_start, o_end):
                if not good or self._is_negated(normalized, o_start, o_end, negators, False):
                    return False
                well.append((o_start, o_end))
        if not well and not smiles:
            return False
        last = max((end for _, end in well), default=-1)
        if any(
            _within(clauses, n_start, n_end)
            and n_start > last
            and well
            and not _within(well, n_start, n_end)
            for n_start, n_end in negators
        ):
            return False  # "... fixed in under a day and it isn't": a negator after it
        if any(
            _within(clauses, n_start, n_end)
            and n_end <= o_start
            and BREAK not in normalized[n_start:o_start]
            and not _within(well, n_start, n_end)
            for n_start, n_end in negators
            for o_start, _ in well
        ):
            return False  # "... outra vez não é o corte que pedi": negated from afar
        return not any(
            _within(clauses, c_start, c_end)
            and self._sections[index].bad
            and (c_start, c_end, index) not in recurring
            and (immune or not self._is_negated(normalized, c_start, c_end, negators, False))
            for c_start, c_end, index, immune in cues
        )

    def _absences(
        self, normalized: str, openers: list[int], negators: list[tuple[int, int]]
    ) -> Iterable[tuple[int, int, int, bool]]:
        """Rule 2c: a defect that never came ("still not one wet bag", "ni humo ni
        chisporroteo", ``[absence]``) is a praise cue holding a negator (rule 2), unless
        the opener is negated itself ("not one day without a delay")."""
        assert self._absence is not None
        pattern, praise = self._absence
        last = -1
        for opener in sorted(set(openers)):
            match = pattern.match(normalized, opener) if opener >= last else None
            if match is None:
                continue
            start, end = match.start(), match.end()
            last = end
            if not self._is_negated(normalized, start, end, negators, False):
                yield start, end, praise, True

    def _mended_faults(
        self, normalized: str, negators: list[tuple[int, int]]
    ) -> Iterable[tuple[int, int, int, bool]]:
        """Rule 2d: a fault that stopped ("the overlocker finally stopped chewing jersey",
        "la canette ne bourre plus", ``[absence.mended]``) is a praise cue holding a
        negator (rule 2), unless negated itself ("it hasn't stopped leaking")."""
        assert self._mended is not None
        pattern, praise = self._mended
        for match in pattern.finditer(normalized):
            start, end = match.start(), match.end()
            if not self._is_negated(normalized, start, end, negators, False):
                yield start, end, praise, True

    def _is_negated(
        self,
        normalized: str,
        start: int,
        end: int,
        negators: list[tuple[int, int]],
        postposed: bool,
    ) -> bool:
        """A negator shortly before the cue (or after it, for expectations), same sentence.

        Spans include their surrounding spaces, so the number of spaces in the
        gap between a negator and a cue is the number of words in between.
        """
        for neg_start, neg_end in negators:
            if neg_end <= start:
                gap = normalized[neg_end:start]
                if gap.count(" ") < self._window and BREAK not in gap:
                    return True
            elif postposed and end <= neg_start:
                gap = normalized[end:neg_start]
                if gap.count(" ") < self._post_window and BREAK not in gap:
                    return True
        return False

    def _apply_emojis(
        self,
        text: str,
        sentiment: str | None,
        emotions: set[str],
        intents: set[str],
        dropped: list[int] | None = None,
    ) -> None:
        for emoji in {emoji for _end, emoji in self._emoji_automaton.iter(text)}:
            for index in self._emoji_sections[emoji]:
                section = self._sections[index]
                if not section.gate or sentiment is None or sentiment in section.gate:
                    emotions.update(section.emotions)
                    intents.update(section.intents)
                elif dropped is not None:
                    dropped.append(index)

    def _is_question(
        self, text: str, normalized: str, openers: list[Match], exceptions: list[Match]
    ) -> bool:
        if self._question_mark and "?" in text:
            return True
        comparing: set[str] | None = None
        for start, end, index in openers:
            # Sentence-initial: at the very start, or right after a "|" break token.
            if (start == 0 or normalized[start - 1] == BREAK) and not excepted(
                start, end, index, exceptions
            ):
                # Opener words that compare ("Wie Greta schrieb: ..."), not ask; looked
                # for only once a text has a sentence-initial opener.
                if comparing is None:
                    comparing = {m[1].lower() for m in _AS_SOMEONE_SAID_RE.finditer(text)}
                if normalized[start : end + 1].strip() not in comparing:
                    return True
        return False

    def relabelled(self, affect: Affect, label_before: str | None, label_after: str) -> Affect:
        """``affect`` once the cues moved the text's label from ``label_before`` to
        ``label_after``: anger the first label's gate kept from being a complaint is one
        under the second ("E ora 45 € di 'visita aggiuntiva' quando era in garanzia. Sono
        furiosa" reads +0.27, positive, and -0.03 once its anger counts: neutral, so a
        complaint). Anger only: frustration's cues also say a good thing recurs ("Nos
        clients adorent les albums, ça nous met en valeur à chaque fois" reads positive,
        and its "à chaque fois" is no complaint). Only the derived complaint moves; joy
        and praise stay as the model's label gated them."""
        if (
            label_before is None
            or label_before in self._derived_gate
            or label_after not in self._derived_gate
            or COMPLAINT in affect.intents
            or ANGER not in affect.emotions
            or ANGER not in self._complaint_emotions
        ):
            return affect
        return affect._replace(intents=tuple(sorted((*affect.intents, COMPLAINT))))

    def _apply_derived(
        self, text: str, sentiment: str | None, emotions: set[str], intents: set[str]
    ) -> None:
        """Complaint from negative emotions; anger from shouting in a negative text."""
        negative_emotion = not emotions.isdisjoint(self._complaint_emotions)
        if negative_emotion and (sentiment is None or sentiment in self._derived_gate):
            intents.add(COMPLAINT)
        if ANGER in emotions or ANGER not in self._emotion_ids:
            return
        # "!!" or capitals beside thanks or praise are warmth, not shouting, when only the model's
        # label says negative ("... saiu mesmo a minha cara. Obrigada Olfavia!!" -0.61).
        said = negative_emotion or COMPLAINT in intents
        warm = GRATITUDE in emotions or PRAISE in intents
        if not (said or (sentiment == "negative" and not warm)):
            return
        shouting = bool(self._bangs) and self._bangs in text
        if not shouting and self._min_caps:
            shouting = len(CAPS_WORD_RE.findall(text)) >= self._min_caps
        if shouting:
            emotions.add(ANGER)
