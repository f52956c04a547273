"""Stage 3: text analytics for a batch of touchpoints.

Runs every extractor over the batch (language, sentiment, emotions, intents,
topics, competitors, choice criteria) on the original text, places each
touchpoint in the customer journey (:mod:`streams.stages.journey`), then redacts PII
from what is stored and published. Batched because the models vectorise: one
call per ``stream.take()`` batch, never one per event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from schemas.models import EnrichedTouchpoint, SentimentLabel, Touchpoint
from streams.stages.journey import load_journey_rules
from streams.text.affect import (
    ANGER,
    NEGATIVE_CUES,
    QUESTION,
    TOP_MARK_COUNTS,
    TOP_MARK_NEGATORS,
    TOP_MARK_STARS,
    TOP_MARK_TEN,
    Affect,
    AffectAnalyzer,
)
from streams.text.classifier import TextClassifier
from streams.text.language import detect_languages, has_letters, warm_up
from streams.text.lexicon import (
    BREAK,
    DEFAULT_TAXONOMY_FILE,
    LexiconMatcher,
    Taxonomy,
    load_taxonomy,
    normalize,
    phrase_alternatives,
)
from streams.text.marks import REPLY_PREFIX
from streams.text.pii import redact
from streams.text.redaction import redact_attributes
from streams.text.sentiment import DEFAULT_MODE, SentimentModel, SentimentResult
from streams.text.sentiment import MODEL_VERSION as SENTIMENT_VERSION
from streams.text.turns import customer_turns

#: Touchpoint fields copied as they are (text, subject and attributes are redacted first).
_REDACTED = ("text", "subject", "attributes")
_PASSED_THROUGH = tuple(name for name in Touchpoint.model_fields if name not in _REDACTED)


POSITIVE_CUES = frozenset({"joy", "gratitude", "praise"})
#: A blended score inside (-NEUTRAL_BAND, NEUTRAL_BAND) reads as neutral.
NEUTRAL_BAND = 0.25


#: Emotions a top mark does not outweigh: the customer is upset, whatever the mark.
UPSET_CUES = frozenset({"anger", "frustration", "disappointment"})


def _either(words: Sequence[str]) -> str:
    return "|".join(re.escape(word) for word in words)


#: The customer's own mark at the top of its scale in the raw text, in the words of
#: streams/text/affect.py (TOP_MARK_*: "10/10", "five stars", "5 étoiles", "5 Sterne",
#: "5 estrellas", "5 stelle", "5 estrelas") and, here only, "5/5" and "★★★★★"; a count
#: of stars not negated ("not 5 stars", "keine 5 Sterne"), a score not within a longer
#: one ("0/10", "10/100").
_TOP_MARK_RE = re.compile(
    rf"(?<![\d/])(?:{re.escape(TOP_MARK_TEN)}|5/5)(?![\d/])|★★★★★|\b"
    + "".join(rf"(?<!{re.escape(negator)} )" for negator in TOP_MARK_NEGATORS)
    + rf"(?:{_either(TOP_MARK_COUNTS)}) (?:{_either(TOP_MARK_STARS)})\b",
    re.IGNORECASE,
)


def gives_top_mark(text: str) -> bool:
    """The text rates us at the top of a scale ("... cos my buzzer is broken. 10/10")."""
    return bool(_TOP_MARK_RE.search(text))


def praise_cue(ungated: Affect, text: str = "", angry: bool = False) -> bool:
    """The words praise, with no complaint or upset cue beside them (``ungated``: the
    text's affect read without the sentiment label, which drops praise under a negative
    label: "Tres satisfaite de Zampa" at -0.49, "Business portal works well" at -0.34).
    Not when the text is ``angry`` as read with the label (shouting in a negative text:
    "CHEGA. 35 € de 'limpeza' pela máquina devolvida IMPECÁVEL", where the praise word
    says how the customer returned it).

    A praise or joy emoji (``Affect.smiles``) praises on its own when nothing bad is said
    beside it and nothing is asked.

    A top mark in the words (``text``: "10/10", "5 estrelas") praises on its own when
    no bad cue is beside it; beside a praise cue it is praise beside a complaint cue
    too, unless the customer is upset: "courier was lovely, even rang twice cos my
    buzzer is broken. 10/10" reads -0.54 with a complaint cue ("broken", the
    customer's own buzzer), and the customer rates us ten out of ten.
    """
    if angry:
        return False
    cues = (*ungated.emotions, *ungated.intents)
    if ungated.smiles and not ungated.ironic and not {*NEGATIVE_CUES, QUESTION}.intersection(cues):
        # A smile and nothing bad, asked or taken back beside it praises, however the
        # model reads the words ("Já vai na quarta e continuo contente 😊" -0.27).
        return True
    if "praise" not in ungated.intents:
        # A top mark alone praises when nothing bad is said beside it ("o estafeta ainda
        # me ligou a dizer que estava a chegar, 5 estrelas pra ele" -0.66): no cue of its
        # own, the Portuguese "no" (in the) would negate it ("atendimento no chat 5 estrelas").
        return gives_top_mark(text) and not NEGATIVE_CUES.intersection(cues)
    if not NEGATIVE_CUES.intersection(cues):
        return True
    return gives_top_mark(text) and not UPSET_CUES.intersection(ungated.emotions)


#: Reservation words of every language, for a text in a language with no list of its
#: own (unknown, "und", included).
_ANY_LANGUAGE = "und"


def reservation_patterns(taxonomy: Taxonomy) -> dict[str, re.Pattern[str]]:
    """Per language, the taxonomy's ``[reservations]`` words at the start of a clause
    (after a ``|``: a comma or a stop) in :func:`normalize`'s alphabet; ``"und"`` holds
    every language's."""

    def compile_words(words: Sequence[str]) -> re.Pattern[str] | None:
        # The match must end at a word's end: which word matched never moves its start.
        # Openers may follow each other ("juste dommage que", "schade nur, dass").
        kept = [w for w in words if normalize(w).strip()]
        return re.compile(rf" \| (?:(?:{phrase_alternatives(kept)}) )+") if kept else None

    patterns = {
        lang: pattern
        for lang, words in taxonomy.reservations.items()
        if (pattern := compile_words(words)) is not None
    }
    every = compile_words([w for words in taxonomy.reservations.values() for w in words])
    if every is not None:
        patterns[_ANY_LANGUAGE] = every
    return patterns


def recurring_pattern(taxonomy: Taxonomy) -> re.Pattern[str] | None:
    """The upset sections' words saying something recurs ("outra vez", "again", "di
    nuovo": their ``recurring`` cues, every language), as whole words of
    :func:`normalize`'s text."""
    words = {
        phrase
        for section in taxonomy.emotions
        if section.id in UPSET_CUES
        for phrases in section.recurring.values()
        for phrase in phrases
        if normalize(phrase).strip()
    }
    if not words:
        return None
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternatives(sorted(words, key=len, reverse=True))})(?!\w)"
    )


def praise_with_reservation(
    analyzer: AffectAnalyzer,
    text: str,
    reservation: re.Pattern[str] | None,
    language: str | None = None,
    recurring: re.Pattern[str] | None = None,
) -> bool:
    """Praise, then one reservation opened by a ``[reservations]`` word ("Très bon cours.
    Seul bémol : le son du micro un peu faible", "Schöner Tisch, pünktlich. Nur die
    Anleitung ist eine Katastrophe 😅"): the words before it praise (:func:`praise_cue`),
    and the reservation is said without upset and asks nothing. A pleased customer
    noting one thing, not a problem raised; the models read the whole as negative.
    The opener is not part of the reservation's upset ("Lodge impeccable, juste dommage
    que la boulangerie ferme à 10h"), nor is saying the one thing came again
    (``recurring``: "Ótima sessão, só a máquina das bebidas estava outra vez avariada.
    De resto voltamos" read -0.45 as a recurring complaint)."""
    if reservation is None or "?" in text:
        return False
    words = normalize(text)
    found = reservation.search(words)
    if found is None:
        return False
    # The opener's own words are no upset: "dommage que", "schade, dass", "pity that"
    # say the disappointment a reservation is.
    head, tail = words[: found.start()], words[found.end() - 1 :]
    if not praise_cue(analyzer.analyze(_unfolded(head), language=language)):
        return False
    if recurring is not None:
        tail = recurring.sub(" ", tail)
    tail_affect = analyzer.analyze(_unfolded(tail), language=language)
    return not UPSET_CUES.intersection(tail_affect.emotions)


def _unfolded(words: str) -> str:
    """Folded words (:func:`normalize`) made a text again for the analyzer, which folds it
    anew: a ``|`` would fold to a space, so each is a full stop again. Otherwise a negator
    before one reaches past it ("die App die Schlafenszeiten nicht speichert | ansonsten
    top" read "nicht ... top" as a negated praise: upset)."""
    return words.replace(f" {BREAK} ", ". ")


def with_cues(
    result: SentimentResult,
    affect: Affect,
    weight: float,
    language: str,
    letterless: bool = True,
) -> SentimentResult:
    """Shift the model's score by the customer-support cues the affect rules found.

    The sentiment model learned from tweets; complaints, thanks and anger in
    support conversations are said in ways the rules catch more reliably (and
    with negation handled). Each cue moves the score by ``weight``; a text
    without cues keeps the model's answer. A text with no language at all
    ("😡😡", ``letterless``) is scored from its cues alone; a text in an
    unsupported language, or too short or unsure to have one ("und" with
    letters: "CSAT", "ok"), stays unscored. A litotes ("pas mal du tout", "nothing to complain
    about") with no negative cue beside it overrides a negative reading: the
    model took the negated word for the meaning, so the score starts from 0; praise
    beside an irony emoji (``Affect.ironic``: "Gracias, muy útil 😒" +1.00) starts from 0
    at most.
    """
    cue_only = not result.scored and language == "und" and letterless
    if weight == 0 or not (result.scored or cue_only):
        return result
    found = (*affect.emotions, *affect.intents)
    negatives = sum(cue in NEGATIVE_CUES for cue in found)
    shift = weight * (sum(cue in POSITIVE_CUES for cue in found) - negatives)
    if shift == 0:
        return result
    base = max(result.score, 0.0) if affect.litotes and not negatives else result.score
    if affect.ironic:
        base = min(base, 0.0)  # "Gracias, muy útil 😒" reads +1.00: the words are not meant
    score = max(-1.0, min(1.0, base + shift))
    label = (
        "negative" if score <= -NEUTRAL_BAND else "positive" if score >= NEUTRAL_BAND else "neutral"
    )
    if cue_only:
        return replace(result, score=score, label=label, confidence=0.5, scored=True)
    return replace(result, score=score, label=label)


def analysed_text(touchpoint: Touchpoint) -> str:
    """What the models read: the subject line carries meaning too ("Commande jamais reçue")."""
    if touchpoint.subject and touchpoint.text:
        return f"{touchpoint.subject}. {touchpoint.text}"
    return touchpoint.text or touchpoint.subject or ""


def reply_words(touchpoint: Touchpoint) -> str | None:
    """A reply's own words, when its subject opens with a reply prefix ("R: Doppio addebito
    [LV-979668]"): that subject quotes the thread's first message, and may not say how
    the customer feels now ("Confermo, pratica LV-979668 risolta. Grazie!")."""
    if touchpoint.subject and touchpoint.text and REPLY_PREFIX.match(touchpoint.subject):
        return touchpoint.text
    return None


class Enricher:
    """All text analytics, loaded once per worker (well under two seconds, offline)."""

    def __init__(
        self,
        taxonomy_path: Path | None = None,
        topic_model_dir: Path | None = None,
        topic_min_confidence: float = 0.6,
        cue_weight: float = 0.3,
        sentiment_mode: str = DEFAULT_MODE,
        journey_path: Path | None = None,
    ) -> None:
        taxonomy_file = taxonomy_path or DEFAULT_TAXONOMY_FILE
        taxonomy = load_taxonomy(taxonomy_file)
        self.sentiment = SentimentModel.load(mode=sentiment_mode)
        warm_up()  # the language model (0.5 s of LZMA), here rather than in the first batch
        self.lexicon = LexiconMatcher(taxonomy)
        self.affect = AffectAnalyzer(taxonomy)
        self.reservations = reservation_patterns(taxonomy)
        self.recurring = recurring_pattern(taxonomy)
        taxonomy_hash = hashlib.blake2b(taxonomy_file.read_bytes(), digest_size=4).hexdigest()
        mode = "" if sentiment_mode == DEFAULT_MODE else f"-{sentiment_mode}"
        self.model_version = f"{SENTIMENT_VERSION}{mode}+taxonomy-{taxonomy_hash}"
        self.journey = load_journey_rules(journey_path)
        self.model_version += f"+journey-{self.journey.version}"
        self.cue_weight = cue_weight
        self.topic_model: TextClassifier | None = None
        self.topic_min_confidence = topic_min_confidence
        if topic_model_dir is not None:
            self.topic_model = TextClassifier.load(topic_model_dir)
            model_hash = hashlib.blake2b(
                (topic_model_dir / "classifier.npz").read_bytes(), digest_size=4
            ).hexdigest()
            self.model_version += f"+topics-{model_hash}"

    def enrich(
        self,
        touchpoints: Sequence[Touchpoint],
        customer_keys: Sequence[str],
        ingested_at: datetime,
    ) -> list[EnrichedTouchpoint]:
        texts = [analysed_text(tp) for tp in touchpoints]
        languages = detect_languages(texts)
        codes = [lang for lang, _ in languages]
        # Topics, competitors and criteria are what the customer names: a transcript's
        # agent turns ("Agent: Hello, Lumio customer care ...") name none.
        said = [customer_turns(text) for text in texts]
        hits = self.lexicon.match_many(said, codes)
        learned = self._learned_topics(said)
        sentiments, affects, praises = self._read(texts, codes)
        # A reply's subject names the thread's problem, which its words may say is
        # settled: content words read alone ("R: Doppio addebito | Confermo, risolta.
        # Grazie!"). Words that are not ("RE: Cobro duplicado | Sigue igual") carry the
        # subject's problem on, so the whole reading stands.
        replies = [(i, words) for i, tp in enumerate(touchpoints) if (words := reply_words(tp))]
        if replies:
            own = self._read([words for _, words in replies], [codes[i] for i, _ in replies])
            for (i, _), sentiment, affect, praise in zip(replies, *own, strict=True):
                if sentiment.label == "positive":
                    sentiments[i], affects[i], praises[i] = sentiment, affect, praise
        enriched = []
        for tp, analysed, key, (lang, lang_conf), sent, hit, affect, extra, praises_it in zip(
            touchpoints,
            texts,
            customer_keys,
            languages,
            sentiments,
            hits,
            affects,
            learned,
            praises,
            strict=True,
        ):
            text, text_pii = redact(tp.text) if tp.text else (tp.text, ())
            subject, subject_pii = redact(tp.subject) if tp.subject else (tp.subject, ())
            attributes, attributes_pii = redact_attributes(tp.attributes)
            has_text = bool(tp.text or tp.subject)
            topics = sorted({*hit.topics, *extra})
            stage = self.journey.stage_of(
                tp.kind.value,
                tp.direction.value,
                affect.intents,
                topics,
                tp.attributes,
                {"nps": tp.scores.nps, "csat": tp.scores.csat, "ces": tp.scores.ces},
                analysed,
            )
            enriched.append(
                EnrichedTouchpoint.model_construct(
                    **{name: getattr(tp, name) for name in _PASSED_THROUGH},
                    text=text,
                    subject=subject,
                    attributes=attributes,
                    customer_key=key,
                    language=lang if has_text else "und",
                    language_confidence=lang_conf if has_text else 0.0,
                    scored=sent.scored and has_text,
                    sentiment=sent.score if has_text else 0.0,
                    sentiment_label=SentimentLabel(sent.label if has_text else "neutral"),
                    sentiment_confidence=sent.confidence if has_text else 0.0,
                    emotions=list(affect.emotions),
                    intents=list(affect.intents),
                    topics=topics,
                    # A move ("vou mudar para o porto ... o pass também funciona lá?"):
                    # "mudar para" names no other brand there; a named one stays.
                    competitors=[
                        c
                        for c in hit.competitors
                        if not (affect.moving and c in self.lexicon.fallbacks)
                    ],
                    criteria=list(hit.criteria),
                    pii_kinds=sorted({*text_pii, *subject_pii, *attributes_pii}),
                    model_version=self.model_version,
                    ingested_at=ingested_at,
                    # Every field given: pydantic inspects default factories on each call.
                    merged_keys=[],
                    journey_stage=stage,
                    praise_cue=praises_it and has_text,
                )
            )
        return enriched

    def _read(
        self, texts: Sequence[str], languages: Sequence[str]
    ) -> tuple[list[SentimentResult], list[Affect], list[bool]]:
        """Sentiment, affect and praise of each text, in its detected language."""
        sentiments = self.sentiment.predict(texts, languages)
        labels = [s.label for s in sentiments]
        # A negative label gates praise off: those texts are also read without the
        # gate, from the same scan (other labels gate nothing off praise).
        affects = self.affect.analyze_many(texts, labels, ungated={"negative"}, languages=languages)
        praises = [
            praise_cue(affect.without_gate(), text, ANGER in affect.emotions)
            or praise_with_reservation(
                self.affect,
                text,
                self.reservations.get(lang, self.reservations.get(_ANY_LANGUAGE)),
                lang,
                self.recurring,
            )
            for text, affect, lang in zip(texts, affects, languages, strict=True)
        ]
        sentiments = [
            with_cues(s, a, self.cue_weight, lang, not has_letters(text))
            for s, a, lang, text in zip(sentiments, affects, languages, texts, strict=True)
        ]
        # Anger the model's positive label kept from being a complaint is one when the
        # cues bring the text down to neutral or negative.
        affects = [
            self.affect.relabelled(a, label, s.label)
            for a, label, s in zip(affects, labels, sentiments, strict=True)
        ]
        return sentiments, affects, praises

    def _learned_topics(self, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """The trained classifier's label per text, when it is confident (else nothing)."""
        if self.topic_model is None:
            return [()] * len(texts)
        threshold = self.topic_min_confidence
        return [
            (label,) if text and confidence >= threshold else ()
            for text, (label, confidence) in zip(
                texts, self.topic_model.predict(texts), strict=True
            )
        ]
