"""The whole text-analytics chain on hand-checked customer messages."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from schemas.models import EnrichedTouchpoint, Touchpoint
from streams.stages.enrich import Enricher, analysed_text, gives_top_mark
from streams.text import affect
from streams.text.affect import Affect
from streams.text.lexicon import normalize
from tests.support.builders import NOW, touchpoint_dict


@cache
def enricher() -> Enricher:
    return Enricher()


def enrich(text: str, subject: str | None = None) -> EnrichedTouchpoint:
    touchpoint = Touchpoint.model_validate(touchpoint_dict(text=text, subject=subject))
    [item] = enricher().enrich([touchpoint], ["c-1"], NOW)
    return item


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("Je veux résilier, c'est inadmissible", "fr", "negative"),
        ("Merci beaucoup, super service", "fr", "positive"),
        ("Third time I call and still no refund. Unacceptable!", "en", "negative"),
        ("not bad at all, thanks", "en", "positive"),
        ("Mi pedido no ha llegado y nadie responde", "es", "negative"),
    ],
)
def test_language_and_sentiment(text: str, language: str, label: str) -> None:
    item = enrich(text)
    assert (item.language, item.sentiment_label.value, item.scored) == (language, label, True)
    assert -1.0 <= item.sentiment <= 1.0


def test_intents_emotions_topics_and_competitors_in_french() -> None:
    item = enrich("Je vais passer chez Zentrio, ils sont moins chers et ma facture est fausse !")
    assert "zentrio" in item.competitors and "price" in item.criteria
    assert "billing" in item.topics and "complaint" in item.intents


@pytest.mark.parametrize(
    "text",
    [
        "can't book! 'Booking failed (X-204)' and the slot is gone",
        "¡No puedo reservar! 'Reserva fallida (X-204)'",
        "Impossible de réserver ! « Réservation échouée (X-204) »",
        "Buchen geht nicht! 'Buchung fehlgeschlagen (X-204)'",
        "Non riesco a prenotare, 'Prenotazione fallita (X-204)'",
        "Não dá para marcar! 'Marcação falhou (X-204)'",
        "Domingo à noite, e a app só diz X-204.",
    ],
)
def test_a_booking_the_app_fails_is_a_bug(text: str) -> None:
    # hand-tuning30/topic_spike: a spike of failed bookings in six languages, half of
    # them read with no topic, was found 34 minutes in.
    assert "bugs" in enrich(text).topics


def test_pii_is_redacted_after_the_models_read_it() -> None:
    item = enrich(
        "Ma carte 4111 1111 1111 1111 a été débitée deux fois, écrivez-moi à jean@example.com",
        subject="Remboursement commande 1234",
    )
    assert item.text == "Ma carte [CARD] a été débitée deux fois, écrivez-moi à [EMAIL]"
    assert item.pii_kinds == ["card", "email"]
    assert item.subject == "Remboursement commande 1234"
    assert "billing" in item.topics or "refund" in item.topics


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # hand-tuning25/repeat_contacts: thanks for a fixed double charge read as a
        # complaint, the reply's subject's words taken for the customer's (a false drop)
        ("R: Doppio addebito [LV-508521]", "Confermo, pratica LV-508521 risolta. Grazie!"),
        (
            "AW: Bestellung nicht geliefert [LV-159702]",
            "Sorry für meinen Ton gestern. Danke fürs schnelle Klären 🙏",
        ),
        ("RE: Question about the Pass", "Thanks Ellie, that's grand"),
    ],
)
def test_a_reply_that_says_it_is_settled_reads_its_own_words(subject: str, text: str) -> None:
    item = enrich(text, subject=subject)
    assert item.sentiment_label.value == "positive"
    assert not {"complaint", "question"} & set(item.intents)


def test_a_reply_that_is_not_settled_carries_its_subjects_problem() -> None:
    # "RE: Cobro duplicado | Sigue igual": the words say the subject's problem goes on.
    item = enrich("Sigue igual. Ya van 2 dias. Alguien lee esto?", subject="RE: Cobro duplicado")
    assert "complaint" in item.intents and item.sentiment_label.value == "negative"
    assert "billing" in item.topics


def test_unsupported_language_is_unscored_and_emoji_only_text_scores_from_cues() -> None:
    japanese = enrich("これは素晴らしい製品です")
    assert japanese.language == "ja" and not japanese.scored and japanese.sentiment == 0.0
    angry = enrich("😡😡😡")
    assert angry.scored and angry.sentiment_label.value == "negative" and "anger" in angry.emotions


def test_every_record_carries_the_model_version() -> None:
    item = enrich("Bonjour")
    assert item.model_version == enricher().model_version
    assert item.model_version.startswith("sentiment-") and "+taxonomy-" in item.model_version


@pytest.mark.parametrize(
    "text",
    [
        "Nothing to complain about, Lumio is solid. Recommended.",
        "Rien à redire, très bon service.",
    ],
)
def test_a_litotes_is_not_read_as_negative(text: str) -> None:
    # The tweet-trained model alone reads these as negative (see the xfail in
    # test_sentiment.py); the affect rules' litotes overrides that reading.
    record = enrich(text)
    assert record.sentiment_label == "positive", record.sentiment
    assert "praise" in record.intents


@pytest.mark.parametrize("text", ["pas mal du tout", "not bad", "No está mal.", "CSAT", "ok"])
def test_too_short_to_tell_a_language_is_und_and_unscored(text: str) -> None:
    # A few words give no reliable language ("CSAT" reads as Hungarian), so no
    # sentiment model is picked for them: they count for no customer's mood.
    record = enrich(text)
    assert record.language == "und" and not record.scored, (record.language, record.sentiment)
    assert record.sentiment == 0.0 and record.sentiment_label == "neutral"


def test_a_litotes_followed_by_a_turn_does_not_speak_for_the_text() -> None:
    record = enrich("Pas mal du tout, mais le support ne répond jamais.")
    assert "complaint" in record.intents
    assert record.sentiment_label != "positive"
    assert enrich("Great service, really.").sentiment_label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Business portal works well, all invoices in one place.",
        "Contentissima della polizza, Bimba ringrazia 🐱",
        "bin echt zufrieden mit dem Abo",
    ],
)
def test_praise_a_negative_label_gated_off_is_kept_as_the_praise_cue(text: str) -> None:
    # The model reads both as negative, so intents drop their praise; the words praise.
    event = enrich(text)
    assert event.sentiment_label.value == "negative" and "praise" not in event.intents
    assert event.praise_cue


def test_a_move_asking_whether_the_service_goes_on_names_no_competitor() -> None:
    # hand-tuning38/happy_writers: "mudar para" is moving home here, not another brand.
    event = enrich("bom dia vou mudar para o porto no próximo mês e queria saber se o pass "
                   "também funciona lá")  # fmt: skip
    assert event.competitors == [] and "cancellation" not in event.intents
    assert enrich("vou mudar para outra empresa, chega").competitors == ["unnamed_alternative"]


def test_each_text_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The praise a negative label gates off comes from the same scan as the gated
    # reading (Affect.ungated), not from reading the text a second time.
    analyzer = enricher().affect
    calls: list[str] = []
    analyze = analyzer.analyze

    def counted(text: str, *args: Any, **kwargs: Any) -> Affect:
        calls.append(text)
        return analyze(text, *args, **kwargs)

    monkeypatch.setattr(analyzer, "analyze", counted)
    texts = ["Business portal works well, all invoices in one place.", "Merci beaucoup", "Zut"]
    touchpoints = [Touchpoint.model_validate(touchpoint_dict(text=t)) for t in texts]
    events = enricher().enrich(touchpoints, ["c-1", "c-2", "c-3"], NOW)
    assert events[0].sentiment_label.value == "negative" and events[0].praise_cue
    assert sorted(calls) == sorted(analysed_text(tp) for tp in touchpoints)


@pytest.mark.parametrize(
    "text",
    [
        "Pas satisfaite du tout de Zampa",  # negated
        "Rechnung wieder falsch, ich bin wütend",  # no praise
        "Great service, but the app crashes every time and I am furious!",  # upset too
        # hand-tuning44: shouting; the praise word says how the customer returned it
        "@Werkaro CHEGA. 35 € de 'limpeza' pela máquina de alcatifas devolvida IMPECÁVEL, com "
        "fotos da vossa própria app. Ninguém as vê",
    ],
)
def test_no_praise_cue_for_negated_or_upset_words(text: str) -> None:
    assert not enrich(text).praise_cue


@pytest.mark.parametrize(
    "text",
    [
        "La cafetera hace un cafe buenisimo, muy contentos en casa",
        "La lavadora Vetrino es una maravilla, ni se oye",
        "Waschmaschine seit 3 Monaten ohne Probleme, App funktioniert prima",
        "A máquina é uma maravilha, adorei",
    ],
)
def test_a_marvel_and_works_fine_are_praise(text: str) -> None:
    # Praise the taxonomy lacked: the words praise, whatever the model reads
    # ("... App funktioniert prima" -0.42).
    assert enrich(text).praise_cue


def test_italian_prima_is_no_praise() -> None:
    # Bare "prima" is Italian "before": only "funktioniert prima", "alles prima" praise.
    assert not enrich("Prima di tutto: la lavatrice perde acqua da ieri, inaccettabile").praise_cue


@pytest.mark.parametrize(
    "text",
    [
        "Tres bon cours. Seul bemol : le son du micro de Gwen un peu faible",
        "Très beau buffet et livraison à l'heure, juste la notice qui est illisible 🙂",
        "Schöner Tisch, pünktlich. Nur die Anleitung ist eine Katastrophe 😅",
        "Mesa muito bonita e pontual, só as instruções são impossíveis kkk",
        "Great course, lovely teacher. Only the sound was a bit low",
        "Profesora excelente. Lo único, la app tarda en cargar",
        "Corso ottimo, unico neo: l'audio a volte gracchia",
    ],
)
def test_praise_then_one_reservation_is_praise(text: str) -> None:
    # The models read the reservation ("illisible", "Katastrophe"); the customer praises
    # and notes one thing: the words praise, and the customer model sees no problem raised.
    assert enrich(text).praise_cue


@pytest.mark.parametrize(
    "text",
    [
        # upset in the reservation, or a question: a complaint after praise
        "Super appli. Juste impossible de me connecter, inadmissible, je suis furieux !!",
        "Très bon cours. Juste une question : pourquoi le certificat n'est pas arrivé ?",
        # the reservation word opens the text: no praise before it
        "Juste la notice est illisible et le tiroir est cassé",
        # a contrast word is no reservation: what follows is what they write about
        "Très bon cours, mais le certificat n'est toujours pas arrivé, c'est inadmissible",
        # nothing praised before it
        "Commande reçue. Seulement la moitié des pièces, le reste manque",
        # "schon" (already) is not "schön" folded
        "Auf der Rechnung stehen immer noch 6 Mitarbeiter, nur hatte ich das schon gemeldet",
    ],
)
def test_no_praise_for_a_complaint_that_opens_with_or_turns_from_praise(text: str) -> None:
    assert not enrich(text).praise_cue


@pytest.mark.parametrize(
    "text",
    [
        "Très bien dans l'ensemble, lodge top, juste dommage que la boulangerie ferme à 10h",
        "Lodge impeccable. Dommage que la boulangerie ferme à 10h",
        "Schöner Aufenthalt, schade nur dass das WLAN so langsam ist",
        "Great stay, shame that the wifi was slow",
        # hand-tuning100/one_bad_day: the stop before "Ansonsten top" ends the negation
        # ("nicht speichert. Ansonsten top" is no negated praise, no upset)
        "Wieder eine tolle Babysitterin, nur schade, dass die App die Schlafenszeiten nicht "
        "speichert. Ansonsten top",
        # hand-tuning104/one_bad_day: a great service, then the reservation (read -1.00)
        "Super prestation Mantelo, juste dommage que le créneau de livraison fasse 6 heurse. "
        "Sinon rien à dire",
        # hand-tuning107/happy_writers: very pleased (read -1.00 with no praise before it)
        "Très contente du brunch, juste dommage que le jus d'orange soit en bouteille "
        "plastique. Mais on recommandera",
    ],
)
def test_a_reservation_opened_by_a_word_of_regret_is_still_one(text: str) -> None:
    # "dommage que", "schade nur dass", "shame that" open a reservation and are
    # themselves words of disappointment: the opener is not the reservation's upset,
    # and openers may follow each other ("juste dommage que").
    assert enrich(text).praise_cue


def test_regret_then_upset_is_no_reservation() -> None:
    text = "Muy buen vino, lástima que la caja llegó rota y estoy harta, nadie responde"
    assert not enrich(text).praise_cue


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # A top mark outweighs a complaint word that is about something else.
        ("courier was lovely, even rang twice cos my buzzer is broken. 10/10", True),
        ("Le livreur etait adorable, il a sonne deux fois, ma sonnette est cassee. 10/10", True),
        ("El repartidor un encanto, llamó dos veces porque mi timbre está roto. 10/10", True),
        # Not when the customer is upset, the mark is low, or negated.
        ("Bestellung kaputt angekommen, ich bin wütend. 10/10 für den Support aber", False),
        ("The app is broken and nobody answers. 0/10", False),
        ("not 5 stars, the order was broken", False),
        # A top mark alone, nothing bad beside it (hand-tuning42: "ainda" is "even" here,
        # and the Portuguese "no" (in the) would negate a "5 estrelas" cue of its own).
        (
            "o estafeta da Botiqa ainda me ligou a dizer que estava a chegar, 5 estrelas pra ele",
            True,
        ),
        ("Entrega atrasada, a caixa veio partida, uma vergonha. 5 estrelas pro estafeta", False),
    ],
)
def test_a_top_mark_is_praise_beside_a_complaint_word(text: str, praise: bool) -> None:
    assert enrich(text).praise_cue is praise


@pytest.mark.parametrize(
    ("text", "in_normalised", "in_raw"),
    [
        # (text, the affect rules' top mark in its normalised text, enrichment's in the
        # raw text), as the two regexes read them when each wrote its own words.
        ("Atendimento 5 estrelas, como sempre", True, True),
        ("courier rang twice cos my buzzer is broken. 10/10", True, True),
        ("Five stars for the new app!", True, True),
        ("Fünf Sterne für den Kurier", True, True),
        ("5 étoiles, rien à dire", True, True),
        ("rated 5 Sternen", True, True),
        ("5 star service", True, True),
        ("not 5 stars, sorry", False, False),
        ("Keine 5 Sterne diesmal", False, False),
        ("não 5 estrelas", False, False),
        ("pas 5 étoiles", False, False),
        ("3 stars at most", False, False),
        ("10/100 of the parcels", False, False),
        ("5 starsigns", False, False),
        # Where the two readings differ, each keeps its own.
        ("5/5", False, True),
        ("★★★★★", False, True),
        ("kein 5 Sterne", False, True),
        ("not 10/10", False, True),
        ("cannot 5 stars", True, False),
        ("funf Sterne", True, False),
    ],
)
def test_both_top_mark_readings_build_from_one_list_of_words(
    text: str, in_normalised: bool, in_raw: bool
) -> None:
    normalised = bool(affect._TOP_MARK_RE.search(normalize(text)))
    assert (normalised, gives_top_mark(text)) == (in_normalised, in_raw)


def assert_reads(text: str, complaint: bool) -> None:
    """``text`` is read as a complaint, or else as praise (enrichment's praise cue), and
    not both."""
    record = enrich(text)
    assert ("complaint" in record.intents) is complaint
    assert complaint or record.praise_cue


@pytest.mark.parametrize(
    "text",
    [
        # nice staff said bare: praise, so "otra vez" says a good thing recurs
        "Otra vez el repartidor majo, hasta me subió la caja al cuarto",
        "La caja del club de este mes es una pasada, nos encantó a los cuatro",
        "Re-belote, et encore la même gentille dame à l'accueil qui se souvenait des enfants",
        "The box turned up on the dot and the red is a proper treat",
    ],
)
def test_nice_staff_and_a_treat_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning61: still loving it, may it never change, a sweetheart, booked again
        "Segundo ano no clube de futebol e a Inês continua a adorar. Que nunca mude @Trepalo",
        "Só para dizer que Diogo, do campo de ciência, é um amor. Sabe o nome de todas as crianças",
        "Os pais da turma perguntaram onde a Inês fez o campo. Já estamos inscritos outra vez",
        "Première fois que Jade entre au club sans pleurer. Merci, vous faites la différence.",
        "Deuxième année au club de danse et Jade adore toujours autant.",
        # a proud parent holding back tears
        "Ver o Lourenço pendurado numa parede de escalada 🥹 quem diria",
    ],
)
def test_still_loving_it_and_never_change_are_praise(text: str) -> None:
    record = enrich(text)
    assert (record.praise_cue or "praise" in record.intents) and "complaint" not in record.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning65: a lost thing found for me, a third time, with a shrug at oneself
        "Já é a terceira vez que a etiqueta da Trovanta me salva a carteira. Sou distraída, eu "
        "sei 😅",
        "Terza volta che la Trovanta mi ritrova il portafoglio. Mia moglie dice che dovrei "
        "smettere di perderlo, io dico che funziona 😂",
        "Troisième fois que Trovanta me retrouve mes clés, je devrais peut-être arrêter de les "
        "semer 😅",
        "Third time the tag has saved my wallet. I know, I'm scatterbrained 😅",
    ],
)
def test_a_lost_thing_found_again_is_praise_not_a_problem_said_again(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning65: what went wrong, then a shrug of consolation (read +0.62)
        (
            "O estafeta deixou a minha carteira com a vizinha do 3º sem me ligar. Ao menos a "
            "vizinha é simpática.",
            True,
        ),
        (
            "The courier left my wallet with the neighbour without calling. At least the "
            "neighbour is nice.",
            True,
        ),
        # relief, a number, or praise beside it: not a shrug
        ("Lost my keys at the gym again. At least Trovanta found them, brilliant service!", False),
        ("Great tags, love them. At least 3 times they found my keys.", False),
        ("Ao menos a vizinha é simpática e o serviço é ótimo.", False),
    ],
)
def test_praise_only_in_a_consolation_is_taken_back(text: str, complaint: bool) -> None:
    record = enrich(text)
    assert ("complaint" in record.intents) is complaint
    assert record.praise_cue is not complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning65: you're having us on; raised without notice
        (
            "7,50 € di 'costo di gestione' per una valigia che sono andato a prendere IO allo "
            "sportello. Ci prendete in giro.",
            True,
        ),
        (
            "@Trovanta Plus kostet jetzt 39,90 € ohne jede Ankündigung. Hab's auf dem Kontoauszug "
            "gesehen.",
            True,
        ),
        # saved again, worth every penny: praise
        (
            "schon wieder hat der Trovanta-Anhänger den Rucksack meiner Tochter gerettet. Lohnt "
            "sich jedes Mal",
            False,
        ),
        (
            "Mala perdida no aeroporto, etiqueta da Trovanta, mala em casa no dia seguinte. Vale "
            "cada cêntimo",
            False,
        ),
    ],
)
def test_having_us_on_and_raised_without_notice_are_complaints(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning65: it used to be instant
        "Rucksack um 10 Uhr gescannt, Benachrichtigung kam um 18 Uhr. Frueher ging das sofort. "
        "Komisch.",
        "Rucksack um 10 Uhr gescannt, Benachrichtigung kam um 18 Uhr. Früher ging das sofort.",
        "Scanned at 10, the alert came at 6pm. Used to be instant. Odd.",
    ],
)
def test_it_used_to_be_instant_is_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning66: they come when they say, sorted in one visit: praise
        (
            "Third summer with Piscelia and they still turn up when they say. Same chap every time",
            False,
        ),
        (
            "Honestly didn't think I'd be the person praising a pool company online but here we "
            "are. @Piscelia sorted our green mess in one visit",
            False,
        ),
        # not like this before, not what you were, what am I paying for: complaints
        (
            "10 minute visit and the skimmer left full of leaves. Piscelia never used to be like "
            "this",
            True,
        ),
        (
            "Neighbour uses Azurgo, I've asked them to come Saturday. Piscelia, you're not what "
            "you were",
            True,
        ),
        (
            "Water cloudy two days after the service and I had to buy clarifier myself. What am I "
            "paying the plan for?",
            True,
        ),
    ],
)
def test_coming_when_they_say_and_not_what_you_were(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning64: praise of a sharpened blade the model read as negative
        (
            "Sent off my gran's old carving knife to Affilo thinking it was beyond saving. It's "
            "back, gleaming, and they even oiled the wooden handle. Made my week",
            False,
        ),
        (
            "@Affilo sharpened the kitchen scissors and the secateurs, pruned the roses in half "
            "the time. Small joys",
            False,
        ),
        (
            "Mes ciseaux de couture affûtés par Affilo, ils coupent le tissu d'un coup sans "
            "mâcher. Ravie",
            False,
        ),
        # never had that before, it used to be so quick, a pasted answer
        (
            "Two knives came back with scratches on the blade. Never had that before with Affilo",
            True,
        ),
        (
            "Deux couteaux revenus avec des rayures sur la lame. Jamais eu ça avant chez @Affilo",
            True,
        ),
        ("10 € extra für Express bezahlt, sechs Tage gedauert. Antwort: Textbaustein", True),
    ],
)
def test_made_my_week_and_never_had_that_before(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning67: zero stress with a pushchair (a buggy), a luxury: praise
        ("two kids, one buggy, zero stress finding a spot. cheers @Sabbiora", False),
        ("Avec trois enfants, ne plus se battre pour une place sur la plage c'est le luxe.", False),
        # last year was better, you used to be good, moved without asking, a shrug
        (
            "Loungers full of sand and the cushions still wet from the rain. Last year was better.",
            True,
        ),
        ("Transats pleins de sable et matelas encore mouillés. L'an dernier c'était mieux.", True),
        (
            "My sister books with Korbana, we're going with her from Saturday. Shame, you used to "
            "be good.",
            True,
        ),
        (
            "Waited 40 minutes in Mellieha today for someone to open our umbrella. Oh well, "
            "happens.",
            True,
        ),
        # done without our asking: praise, not a complaint
        (
            "Solvane hat mir das Guthaben ohne Nachfrage überwiesen. Ehrlicher Anbieter! "
            "Empfehlenswert.",
            False,
        ),
    ],
)
def test_zero_stress_and_last_year_was_better(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning68: quick and clear, recommended, never so easy: praise
        ("Veloce e chiaro, consigliato", False),
        ("Rimborso arrivato, come previsto dall'app. Mai stato così facile", False),
        # nobody can explain it, put off by them
        (
            "A estimativa de reembolso baixou 300 € de um dia para o outro e ninguém sabe explicar",
            True,
        ),
        (
            "@Fiscalto Videoconsulta adiada por eles. Duas vezes. Troquei o turno as duas vezes",
            True,
        ),
    ],
)
def test_never_so_easy_and_nobody_can_explain(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning68: done from the sofa (read -0.88 as a complaint)
        "IRS entregue sem sair do sofá e a consultora ainda encontrou as despesas de educação "
        "dos miúdos que eu nunca punha. Obrigada @Fiscalto!",
        "Tax return filed without leaving the sofa. Brilliant, thanks",
    ],
)
def test_done_from_the_sofa_is_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # a charge for what used to be free, with a one-word verdict
        "Jetzt plötzlich 4,95 Versand im Club, das war mal gratis. Schwach",
        "Ahora la app me cobra 4,95 de envio en el club que antes era gratis. Mal",
        # days without hot water
        "Two days without hot water or heating. 'Engineer's coming tomorrow'. Twice.",
        "Zwei Tage ohne Warmwasser und Heizung. Antwort: 'Techniker kommt morgen'. Zweimal.",
        # no imagination
        "zwei Weine aus dem Vormonat nochmal in der Club-Kiste. Bisschen einfallslos",
    ],
)
def test_a_slides_quiet_steps_are_complaints(text: str) -> None:
    # A slide's steps said without anger: the models read them near zero.
    record = enrich(text)
    assert "complaint" in record.intents and record.sentiment < 0 and not record.praise_cue


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # a smile and nothing bad beside it: praise, however the model reads the words
        (
            "Mais uma tradução entregue antes do prazo. Já vai na quarta e continuo contente 😊",
            True,
        ),
        ("Muito obrigado 🙂", True),
        # a smile beside a complaint, a question or irony is no praise
        ("La caja llegó rota otra vez 🙂", False),
        ("Alguém me pode dizer quando chega a tradução? 🙂", False),
        ("Gracias, muy útil 😒🙂", False),
    ],
)
def test_a_smile_with_nothing_bad_beside_it_praises(text: str, praise: bool) -> None:
    assert enrich(text).praise_cue is praise


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning62: getting fed up, replies copied and pasted, due weeks ago, furious
        ("Les listes sont payantes en plus, alors que j'ai Plus. Ça commence à bien faire.", True),
        ("Terza mail al supporto, terza risposta copiata e incollata.", True),
        ("Les résultats devaient arriver il y a deux semaines. Toujours 'en cours'.", True),
        ("Rimborso rifiutato. Sono arrabbiatissima.", True),
        # a hit again, still impressed: praise
        ("Otra vez un acierto con las pistas del árbol, ya van tres esta semana", False),
        ("Mais uma vez o apoio respondeu em meia hora. Continuo impressionada", False),
        ("Di nuovo un indizio giusto, il terzo questa settimana 😅", False),
        # hand-tuning63: still faultless
        ("Third time using @Certalia for the rentals and still faultless", False),
    ],
)
def test_fed_up_copied_replies_and_a_hit_again(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning61: the same bad thing day after day, a job nobody does
        ("Troisième jour de suite de pâtes froides à midi au stage.", True),
        ("third day running of cold pasta for lunch at camp. They're seven", True),
        ("Tercer día seguido de pasta fría en la comida del campamento.", True),
        ("Came home sunburnt. Suncream's on the kit list, but someone has to put it on", True),
        ("La crema está en la lista, pero alguien tendrá que ponérsela a los niños.", True),
        # a good thing day after day is praise
        ("Third day in a row the coach was on time, brilliant", False),
        ("Zweiter Tag in Folge pünktlich abgeholt, danke", False),
        ("Terzo giorno di fila senza problemi, grazie", False),
    ],
)
def test_day_after_day_and_someone_has_to_are_complaints(text: str, complaint: bool) -> None:
    record = enrich(text)
    assert ("complaint" in record.intents) is complaint
    assert (record.sentiment < 0) is complaint


@pytest.mark.parametrize(
    "text",
    [
        "Tradução entregue um dia depois do prazo. Pronto",
        "Il mio nome scritto in due modi diversi su due pagine. Ho dovuto chiedere la correzione",
        "O apoio responde com mensagens feitas. Já ninguém lê o que escrevemos",
        "Deux heures pour avoir un humain dans le chat. Ça commence à faire beaucoup",
    ],
)
def test_a_slides_late_work_and_canned_replies_are_complaints(text: str) -> None:
    record = enrich(text)
    assert "complaint" in record.intents and not record.praise_cue


def test_anger_the_model_read_as_positive_is_a_complaint_once_the_cues_bring_it_down() -> None:
    # hand-tuning57/slow_churners: the model reads +0.27 (positive), whose label kept the
    # anger from making a complaint; its anger brings the text to neutral.
    text = "E ora 45 € di 'visita aggiuntiva' quando era in garanzia. Sono furiosa con @Fumentra"
    item = enrich(text)
    assert item.sentiment_label.value != "positive"
    assert "anger" in item.emotions and "complaint" in item.intents
    # Praise whose words stay positive after the cues keeps its reading.
    happy = enrich("Was frustrated with the wait but honestly the result is amazing, thank you!")
    assert "frustration" in happy.emotions and happy.sentiment_label.value == "positive"
    assert "complaint" not in happy.intents


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # never had any problem, in a loyal customer's words: praise the model read as
        # strongly negative (hand-tuning70/bilingual, -0.79)
        ("Terceiro ano com a anual da Pescadra, nunca tive problema nenhum", False),
        ("Third year with them, never had a single problem", False),
        ("Troisième saison, jamais eu le moindre souci", False),
        ("Drittes Jahr, nie ein Problem gehabt", False),
        ("Tercer año, nunca he tenido ningún problema", False),
        # ... until now: the problem has come
        ("I never had a problem until this week, now the app crashes every day", True),
        ("Nunca tive problema nenhum até hoje: a app apagou a minha licença", True),
        # no way anymore to reach anyone; a map out of date
        ("Plus moyen d'avoir quelqu'un au téléphone le week-end, ça a bien changé", True),
        ("O mapa dos troços está desatualizado, troço aberto que afinal é privado", True),
    ],
)
def test_never_had_a_problem_is_praise_unless_until_now(text: str, complaint: bool) -> None:
    record = enrich(text)
    assert ("complaint" in record.intents) is complaint
    assert complaint or (record.praise_cue and record.sentiment_label.value != "negative")


@pytest.mark.parametrize(
    "text",
    [
        # praise said with "again" (hand-tuning71/happy_writers: read as no praise, so
        # "again" made each a repeat contact)
        "@Lanivo Wieder die Club-Box, wieder begeistert. Die Farben diesen Monat sind der Hammer",
        "Endlich mal eine Anleitung die man versteht",
        "Finita la copertina per la nipotina con il kit Lanivo, lana morbidissima",
        "Totally hooked on the Club box, can't put it down",
        # spotless again and again (hand-tuning72/repeat_contacts: a complaint at -0.80)
        "third autumn in a row Potalia have done the hedges and still spotless every time",
    ],
)
def test_thrilled_again_and_hooked_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # a good thing that lasts (hand-tuning73: read as a problem still there)
        ("Third harvest in and still can't believe how good it is. Still hooked", False),
        ("Tercera cosecha y sigue igual de rico. Esta vez de azahar. Enganchados", False),
        # offline for a week, not what it used to be, moved a second time
        ("La cam de la ruche est hors ligne depuis une semaine, plus de nouvelles", True),
        ("Pots poisseux, étiquette décollée. C'est plus ce que c'était @Favalia.", True),
        ("@Favalia Apiary day moved for the second time. I'd booked the day off work.", True),
    ],
)
def test_a_good_thing_that_lasts_is_praise_and_a_second_postponement_a_complaint(
    text: str, complaint: bool
) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # almost family (hand-tuning74/bilingual: a complaint at -0.76, so "outra vez"
        # made a repeat contact)
        ("Outra vez o Sr. Rui da @Cinerva! Já é quase da família, a salamandra agradece", False),
        # worn tools and no suction: a slow churner's complaints read as none
        ("Brush looked worn this time, the vacuum had no suction, ash left on the hearth", True),
        ("Desta vez a escova parecia gasta e o aspirador sem força, ficou pó na soleira.", True),
    ],
)
def test_almost_family_is_praise_and_worn_tools_a_complaint(text: str, complaint: bool) -> None:
    assert_reads(text, complaint)


@pytest.mark.parametrize(
    "text",
    [
        # a slide's complaints read as none (hand-tuning75: booked and paid, not ready; a
        # partner dropped and the pack no longer counts there)
        "Voiturette réservée et payée, pas prête à l'arrivée. 25 minutes à attendre",
        "Le Lac Vert n'est plus partenaire et mon carnet n'y vaut plus rien.",
        "Royal Hollins dropped off as a partner and my pack rounds don't count there any more",
        "villa Cedri non è più partner e i giri del carnet lì non valgono più.",
    ],
)
def test_not_ready_though_paid_and_a_dropped_partner_are_complaints(text: str) -> None:
    assert_reads(text, complaint=True)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning76: just in time, and shoes that lasted, read as no praise or worse
        "O aviso de que estava na hora de medir outra vez veio mesmo a tempo",
        "Finalmente uns sapatos de escola que aguentaram o período inteiro. Obrigada @Passolo",
        "The size reminder came just in time, his toes were already at the end",
    ],
)
def test_just_in_time_and_shoes_that_lasted_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning77: praise said again, read as a complaint said again
        "Otra vez @Stufaro al rescate: el mando nuevo llegó en 24h. Siempre cumplen",
        "Schon wieder so ein netter Techniker bei der Wartung. Dritte Wartung, dritter Volltreffer",
        "Once again Stufaro to the rescue, new remote in 24h",
    ],
)
def test_to_the_rescue_and_a_bullseye_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning78: trusted blindly, broke only once, should have taken it years ago
        "Di nuovo arrivato tutto in due giorni, ormai mi fido a occhi chiusi",
        "Drei Jahre Cartuvo Office und kein einziger Kopierer ohne Toner. Der Techniker kam"
        " beim einzigen Defekt innerhalb von 24 Stunden.",
        "Tres años con Cartuvo Office y ni una fotocopiadora sin tóner. El técnico vino en 24"
        " horas la única vez que se estropeó.",
        "Franchement le forfait Auto c'est le truc que j'aurais dû prendre il y a 3 ans",
    ],
)
def test_trusted_blindly_broke_only_once_and_wanted_sooner_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning79: praise said again, read as a problem said again
        "@Etikora Reordered the stick-ons again, as easy as last time. 4 minutes start to finish",
        "Die Bügeletiketten von Etikora halten wirklich. Kita-Wäsche, 60 Grad, Trockner, alles"
        " überlebt.",
    ],
)
def test_as_easy_as_last_time_and_surviving_everything_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


def test_not_a_single_one_lost_is_praise() -> None:
    # hand-tuning79/slow_churners: read as a complaint still there; the praise is read now,
    # beside the complaint the "still not" keeps
    record = enrich(
        "Third year running ordering Freddie's labels from Etikora. Still not a single one lost"
    )
    assert "praise" in record.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning80: a hit, and hooked on it, read as complaints
        "O difusor de cedro na entrada é um sucesso, toda a gente pergunta o que é",
        "Outra vez a vela de figo, já vou na quarta. Viciada",
    ],
)
def test_a_hit_and_hooked_are_praise(text: str) -> None:
    assert_reads(text, complaint=False)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning80: a set beautifully packed by people who know what they're doing,
        # read -0.47
        "Discovery set was beautifully packed, little card for every note. "
        "Olfavia know what they're doing",
        "Die Monteure verstehen ihr Handwerk",
        "Ci sanno fare e sanno il fatto loro",
    ],
)
def test_knowing_what_they_do_is_praise(text: str) -> None:
    assert_reads(text, complaint=False)


def test_not_knowing_what_they_do_is_no_praise() -> None:
    assert_reads("They clearly don't know what they're doing", complaint=True)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning80: a scent that no longer lasts, asked about calmly, read as a calm
        # question (its mood counted as 0 in a slow churner's slide)
        "@Olfavia Scent doesn't last like it used to. On in the morning, gone by lunch. "
        "Did the formula change?",
        "Il profumo non dura più come prima. La mattina sì, a pranzo sparito. "
        "Avete cambiato formula?",
        "o perfume já não dura como antes. Mudaram a fórmula?",
        "La batería ya no dura nada",
        "Der Duft hält nicht mehr so lange",
        "Le parfum ne tient pas plus de deux heures",
    ],
)
def test_what_no_longer_lasts_is_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        "Dura o dia todo e não enjoa. Recomendo muito",  # lasting, and never cloying
        "Il ne tient qu'à vous de choisir le tissu",  # only up to you
    ],
)
def test_lasting_or_up_to_you_is_no_complaint(text: str) -> None:
    assert "complaint" not in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning81: chairs back from the workshop, read as pests back ("sono tornate")
        "Le sei sedie della sala da pranzo sono tornate con il lino color sabbia. "
        "Il furgone puntualissimo, l'autista gentile. Top",
        "Perfino le fughe del bagno sono tornate bianche.",
        "Les fauteuils sont revenus comme neufs",
        "Die Stühle sind zurück und sehen super aus",
    ],
)
def test_back_from_the_workshop_is_no_complaint(text: str) -> None:
    assert "complaint" not in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        "i topi sono tornati in cantina",
        "Dix jours après votre traitement, les cafards sont revenus.",
        "Die Mäuse sind zurück im Keller",
    ],
)
def test_pests_back_are_still_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


def test_office_hours_are_not_on_time() -> None:
    # hand-tuning81: "in orario" (on time) is praise; "in orario d'ufficio" is when.
    text = "la chat risponde solo in orario d'ufficio, cioè quando sono al lavoro anch'io"
    assert not enrich(text).praise_cue
    assert enrich("Il tecnico è arrivato in orario, bravissimo").praise_cue


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning82: can't thank them enough, read -0.42 with no gratitude
        "My grandad's old logbook came back from Foliaro today, spine rebuilt, every page "
        "still there. Can't thank them enough.",
        "Non so come ringraziarvi, il messale è tornato perfetto",
        "Ich kann mich gar nicht genug bedanken",
        "Nem sei como agradecer",
    ],
)
def test_cant_thank_them_enough_is_gratitude(text: str) -> None:
    assert "gratitude" in enrich(text).emotions


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # The agent's greeting names customer care; the customer asks about a price.
        (
            "Agent: Hello, Lumio customer care, Sam speaking, how can I help? "
            "Client: I wanted to ask about the price of the family plan. "
            "Agent: Great, anything else? Client: No thanks, bye.",
            ["price"],
        ),
        # Support named by the customer is the customer's topic.
        (
            "Agent: Bonjour, service client Lumio, Léa à l'appareil, que puis-je faire "
            "pour vous ? Client: Le support ne répond jamais, trois appels sans réponse.",
            ["support_responsiveness"],
        ),
    ],
)
def test_a_transcript_s_topics_are_those_the_customer_names(text: str, topics: list[str]) -> None:
    assert enrich(text).topics == topics


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning135/b2b_accounts: nothing has moved on a case raised before
        (
            "Fall SU-BB21002: nichts hat sich getan, die Oktoberrechnung hat den alten "
            "Firmennamen und keine Bestellnummer.",
            True,
        ),
        ("Case 4471: nothing has moved since Monday.", True),
        ("Caso 88: no se ha movido nada desde el lunes.", True),
        ("Pratica 88: non si è mosso niente da lunedì.", True),
        ("Processo 88: nada se mexeu desde segunda.", True),
        # back from the workshop resoled or mended: no pest back
        ("Mes bottines sont revenues ressemelées, travail très soigné, merci", False),
        ("Mes chaussures sont revenues réparées en 4 jours", False),
        # hand-tuning196/bilingual: back spotless, a thanks read as a complaint too
        ("Mes bottines sont revenues nickel, talons refaits au top. Merci @Suolava !", False),
        ("les souris sont revenues dans la cave", True),
        # hand-tuning140/b2b_accounts: overbilled, in the subject
        ("Eventos Krüger: overbilled. Bitte prüfen.", True),
        ("On m'a surfacturé le forfait.", True),
        # hand-tuning137/bilingual: a part that catches since the service
        ("a coroa prende um pouco desde a revisão", True),
        ("the crown sticks a bit since the service", True),
        # hand-tuning142: a starter that doubled and a late-night message are no complaint;
        # a price that doubled and a thing that never gets better are
        ("1am and the rye starter has doubled, this stuff is alive", False),
        ("late one sorry, does the sourdough kit need flour on day one or water only?", False),
        ("The price has doubled since spring", True),
        ("It never gets better, third time this month", True),
    ],
)
def test_nothing_has_moved_is_a_complaint_and_back_mended_is_none(
    text: str, complaint: bool
) -> None:
    assert ("complaint" in enrich(text).intents) is complaint


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning137/bilingual: a usual read -0.70 with frustration
        "Schon wieder so ein sauberer Service, danke an die Werkstatt",
        # hand-tuning138/slow_churners: great again, read as frustration
        "Schon wieder super, dritter Teppich dieses Jahr",
        # hand-tuning139: could not stop at the wheel (-1.00), never tired of it
        "Schon wieder ein Samstag in der Argillo Werkstatt und schon wieder fast die Bahn "
        "verpasst weil ich nicht aufhören konnte 😅",
        "Terzo corso da Argillo quest'anno e ancora non mi stanco. Ilaria ha sempre la "
        "pazienza di un santo",
        # hand-tuning142/one_bad_day: once again a great loaf, read as frustration
        "Encore une fois un super pain avec la farine d'épeautre Kornelo, merci !",
        # hand-tuning142/b2b_accounts: never been better (-0.33, opened a problem)
        "Switched our café to Kornelo Backstube flour last spring and the focaccia has never "
        "been better.",
        "Das Brot war noch nie so gut",
        # hand-tuning142/happy_writers: a starter that has doubled rose, no price
        "1am and the rye starter has doubled, this stuff is alive. Kornelo you legends",
    ],
)
def test_clean_work_and_great_said_again_are_praise(text: str) -> None:
    item = enrich(text)
    assert "praise" in item.intents and "frustration" not in item.emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning225/quiet_hours: "never get it wrong" (-0.88, a complaint posted twice)
        "Ancora una volta scansione in mezz'ora, non sbagliano mai",
        # hand-tuning225/slow_churners: "works every time" (-0.74, a complaint)
        "Schon wieder ein Paket in einem Tag nach Wien weitergeleitet, klappt jedes Mal",
        "Third parcel forwarded in a day and they never get it wrong",
    ],
)
def test_never_wrong_and_works_every_time_said_again_are_no_complaint(text: str) -> None:
    item = enrich(text)
    assert "complaint" not in item.intents and "frustration" not in item.emotions
    assert item.sentiment > -0.25


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning24/one_bad_day: a sign-off's "the best" read as praise (+1.00)
        "Quero o meu dinheiro de volta, já.\n\nCom os melhores cumprimentos,\nFilipa Martins",
        "Still waiting for my refund.\n\nAll the best,\nJulia",
        "Rimborso ancora non arrivato.\n\nCon i migliori saluti,\nGiulia",
        "Die Erstattung fehlt immer noch.\n\nDie besten Grüße,\nJulia",
    ],
)
def test_a_sign_off_saying_the_best_is_no_praise(text: str) -> None:
    assert "praise" not in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning227/bilingual and slow_churners: a usual read near zero, so a slow
        # slide from it was no fall (-0.09, -0.06, -0.13)
        "Die Bohnen von Pulvera sind wieder frisch geröstet angekommen, der Espresso heute "
        "früh ein Traum",
        "Les grains Pulvera arrivent toujours fraîchement torréfiés, un régal le matin",
        "Mietmaschine läuft seit Monaten ohne Zicken, danke Pulvera",
        "Bolo delicioso e bem decorado",
    ],
)
def test_a_dream_a_treat_and_delicious_are_praise(text: str) -> None:
    # The praise cue, which the customer model reads as content even under a negative
    # label ("... heute früh ein Traum" keeps the model's negative label at -0.09).
    assert enrich(text).praise_cue


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning227/bilingual: a slide's mild step read +0.14, no complaint
        "the roast tastes stale lately, dated a month back",
        "der Kaffee schmeckt alt, Röstdatum vor einem Monat",
        "Il Porto di questo mese sa di vecchio, data di tostatura di sei settimane fa",
    ],
)
def test_stale_or_old_tasting_is_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning227: a slide's step about our replies read +0.03 and -0.10
        "@Pulvera support took four days to anwser me",
        "@Pulvera vier Tage auf eine Antwort gewartet",
        "@Pulvera quatre jours pour une réponse",
    ],
)
def test_days_to_answer_is_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


def test_a_fee_for_cancelling_a_booking_is_no_wish_to_leave() -> None:
    # hand-tuning236: a fee for cancelling one booking raised churn_intent in three families
    item = enrich("25 € di penale per una disdetta di una settimana prima, assurdo")
    assert "cancellation" not in item.intents and "complaint" in item.intents
    assert "cancellation" in enrich("Voglio la disdetta dell'abbonamento").intents


def test_a_complaint_called_a_reclamation_is_no_complaint_about_our_answer() -> None:
    # hand-tuning229/b2b_accounts: "réclamation" named support_responsiveness, so the
    # first complaint referred back to an answered question (a false repeat)
    item = enrich(
        "Bonjour, chez Maison Perrault les factures n'ont toujours pas de numéro de bon de "
        "commande et portent l'ancien nom. Merci de corriger cette semaine.",
        subject="Réclamation : Maison Perrault",
    )
    assert "billing" in item.topics and "support_responsiveness" not in item.topics
    assert "support_responsiveness" in enrich("Toujours pas de réponse du service client").topics


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # hand-tuning138: usuals the model reads low (-0.28, -0.74)
        ("Teppich kam von Telavia zurück wie frisch gekauft, sogar der Rotweinfleck ist weg", True),
        (
            "Honestly didn't think the sofa cushions could be saved after the toddler's felt "
            "tip. they were.",
            True,
        ),
        # hand-tuning140/happy_writers: looking forward to tomorrow (-0.61)
        ("Kann nicht schlafen, freu mich schon auf morgen in Koln Mulheim", True),
        # hand-tuning142/happy_writers: quieter than my fridge (-0.41)
        ("can't sleep so I'm milling tomorrow's flour, the M2 is quieter than my fridge lol", True),
        # ... not when it could not be saved
        ("Sadly the sofa could not be saved, the stain stayed", False),
        ("I was told the rug couldn't be saved", False),
    ],
)
def test_good_as_new_and_saved_after_all_are_the_praise_cue(text: str, praise: bool) -> None:
    assert enrich(text).praise_cue is praise


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning142's spike, half of it under no topic: a machine that stopped, a
        # code on its display, since the update (six languages)
        "Meine M2 brummt nur noch und bleibt stehen, Display zeigt GAP0.41-K.",
        "hilfe die mühle geht nicht mehr und der Teig wartet",
        "@Kornelo My M2 just hums and stops, display says GAP0.41-K.",
        "depuis la mise à jour le moulin ne démarre plus",
        "il display mostra E12, non parte più",
        "ya no funciona, la pantalla muestra E12",
        "o link da pasta partilhada deixou de funcionar",
    ],
)
def test_a_machine_that_stopped_or_shows_a_code_names_the_bugs_topic(text: str) -> None:
    assert "bugs" in enrich(text).topics


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning143/topic_spike: something of ours taken from them, asked
        ("Roubaram-nos a árvore? Adotamos o Gaspar há 3 anos e agora é de outra pessoa.", True),
        ("oN NOUS A PRIS NOTRE ARBRE. 4 ans qu'on adopte Tannie.", True),
        ("Someone stole my heart, this little shop is lovely", False),
    ],
)
def test_something_taken_from_them_is_a_complaint(text: str, complaint: bool) -> None:
    assert ("complaint" in enrich(text).intents) is complaint


@pytest.mark.parametrize(
    ("text", "complaint", "praise"),
    [
        # hand-tuning144/slow_churners and bilingual: a slide's mild steps
        ("los filtros nuevos se despegan a los dos dias, raro", True, False),
        ("una hora esperando en tienda para una limpieza", True, False),
        ("i filtri nuovi si staccano dopo due giorni, strano", True, False),
        ("Termin zweimal ohne Info verschoben", True, False),
        ("la app non si collega più alle protesi e l'assistenza non risponde", True, False),
        # ... and the usuals they slid from: hearing again, like just bought, goosebumps
        ("con los audífonos nuevos vuelvo a oir los pájaros por la mañana", False, True),
        (
            "terza volta che porto le protesi a pulire e ogni volta escono come appena comprate",
            False,
            True,
        ),
        ("schon die dritte Fahrt mit Ascendo und immer noch Gänsehaut", False, True),
        # hand-tuning33/one_bad_day: whether data works abroad without paying more asks
        ("se eu for a Espanha os dados do telemovel funcionam lá sem pagar mais?", False, False),
        # hand-tuning145/happy_writers: a short review read -0.46 three days running
        ("Sauber, schnell, App funktioniert.", False, True),
        ("Limpio, rapido y la app va bien.", False, True),
        # hand-tuning145/slow_churners: a Spanish slide's steps read mild
        ("suben precios y ya no esta limpio", True, False),
        ("la app marca maquinas libres que no lo estan", True, False),
        ("las secadoras ahora necesitan dos ciclos", True, False),
        # hand-tuning148/slow_churners: days waiting, answers that stopped, fewer than
        # ordered, in Portuguese and Italian written without accents
        ("ja nao respondem as mensagens no chat, 3 dias a espera", True, False),
        ("non rispondete piu in chat, 3 giorni di attesa", True, False),
        ("o mel veio com menos frascos do que o combinado", True, False),
        ("il miele e' arrivato con meno vasetti del previsto", True, False),
        ("the honey came with fewer jars than agreed", True, False),
        # hand-tuning147/one_bad_day: the good thing said again, a small gripe after it
        (
            "Die Markise ist super, schon wieder ein pünktlicher Monteur. Nur die "
            "Fernbedienung ist etwas träge",
            False,
            True,
        ),
        ("Same fitter as last year, again tidy and quick. cheers", False, True),
        # hand-tuning147/b2b_accounts: asking whether it is a bad idea, and saying it was
        ("can I clean the fabric with a pressure washer or is that a bad idea", False, False),
        ("That was a bad idea, the fabric is ruined", True, False),
        # hand-tuning149/slow_churners: a visit rushed or botched, a part of it forgotten
        ("Tech forgot to clean the back glass.", True, False),
        ("Deuxième visite bâclée, l'eau est voilée.", True, False),
        ("Zweiter schlampiger Besuch, Wasser trüb.", True, False),
        ("Se olvidaron del cristal de atrás.", True, False),
        ("I forgot my password again", False, False),
        # hand-tuning151: a complaint inside a letter of praise, a call back that never
        # came; the easiest job of the year, still
        (
            "I've recommended you to half my street, so I'm not writing this lightly. "
            "You've fitted someone else's tyres to my car.",
            True,
            False,
        ),
        (
            "pratica PV-295250 ancora aperta, nessuno mi ha richiamato. sono passati giorni",
            True,
            False,
        ),
        ("Montaram-me os pneus de outra pessoa!", True, False),
        ("still the easiest garage job of my year. Booked, swapped, done. again!", False, True),
        # hand-tuning50/slow_churners: a steadily grumpy customer's usual grumbles
        ("@Lagovia Encore une queue d'une demi-heure au check-in un vendredi soir.", True, False),
        ("Les poubelles de tri toujours pleines, ça déborde.", True, False),
        ("I bidoni della differenziata sempre pieni, straborda tutto.", True, False),
        # hand-tuning152/bilingual: a slide's steps in German and English
        (
            "Jetzt soll ich die Pfandkiste selbst zur Filiale bringen? Das war nie so ausgemacht",
            True,
            False,
        ),
        ("Box price up from £19 to £23 without an email first. Really?", True, False),
        ("das Roggenbrot diese Woche war wieder der Hammer, Kruste knackt", False, True),
        # hand-tuning153: praise read as a complaint ("still not" of a dud, "otra vez" of
        # the delight)
        (
            "Third tour with Mappento this year and still not a dud one. Food tour was cracking",
            False,
            True,
        ),
        ("Otra vez encantados!! los niños no se aburrieron ni un minuto en la ruta", False, True),
        ("The app is a dud, nothing works", True, False),
        # hand-tuning154: a slide's mild English steps
        ("Hem fine but took a week longer than usual this time", True, False),
        (
            "the jacket came back with loose threads on the lining, had to cut them myself",
            True,
            False,
        ),
        ("now they want photos of every garment before they accept it? bit much", True, False),
        # hand-tuning155: the nicest, said with "third time" and "still"; gorgeous
        ("third time framing with Cornisola and still the nicest shop staff in town", False, True),
        (
            "Collected my dad's old map from Cornisola today, the float frame is gorgeous",
            False,
            True,
        ),
        ("not the nicest staff, rude even", True, False),
        # hand-tuning156: a strange taste; still impressed ("outra vez ... ainda")
        ("Este lote tem um sabor estranho", True, False),
        ("this batch tastes off, I think the yeast was dead", True, False),
        ("Dieser Sud schmeckt komisch", True, False),
        (
            "@Luppora Outra vez a caixa do Club chegou no dia certo, ainda estou impressionado",
            False,
            True,
        ),
    ],
)
def test_mild_complaints_and_praise_read_low_are_read_as_said(
    text: str, complaint: bool, praise: bool
) -> None:
    item = enrich(text)
    assert ("complaint" in item.intents) is complaint
    assert item.praise_cue is praise


def test_thanks_for_the_help_in_short_is_thanks_not_a_request() -> None:
    # hand-tuning158/repeat_contacts: "obg pela ajuda" confirms our fix and thanks.
    item = enrich("sim ja esta (KV-606360), obg pela ajuda")
    assert "gratitude" in item.emotions and "help_request" not in item.intents
    assert "help_request" in enrich("preciso de ajuda com a reserva").intents


def test_a_grand_prix_is_a_race_not_a_price() -> None:
    # hand-tuning158: a karting track's Grand Prix read under price for its "prix".
    assert "price" not in enrich("bom dia quanto tempo dura um grand prix mais ou menos").topics
    assert "price" in enrich("le prix du forfait a encore augmenté").topics


def test_no_scares_again_is_praise_and_what_have_you_changed_a_complaint() -> None:
    # hand-tuning159: praise saying "tercera vez ... otra vez sin sustos"; a spike's first
    # report asking what we changed.
    item = enrich("tercera vez que hago la declaracion con Declarra y otra vez sin sustos.")
    assert item.praise_cue and "complaint" not in item.intents
    item = enrich(
        "aperto il 730 e ora risulta a debito 2.240 €!! ieri era a credito. che avete cambiato"
    )
    assert "complaint" in item.intents


def test_an_anti_theft_tag_left_on_is_product_quality_and_not_one_thing_wrong_praise() -> None:
    # hand-tuning160: the spike told in French ("antivol") read under no topic; a happy
    # customer's "still not one thing wrong" read as a complaint.
    item = enrich(
        "@Costuvia bonjour, costume reçu avec un antivol sur la manche. la soirée est ce soir"
    )
    assert "product_quality" in item.topics
    assert "product_quality" in enrich("the costume came with the security tag still on").topics
    item = enrich("third time hiring from Costuvia this year and still not one thing wrong")
    assert item.praise_cue and "complaint" not in item.intents
    assert "complaint" in enrich("the app is wrong again, not one thing works").intents


@pytest.mark.parametrize(
    ("topic", "texts", "other"),
    [
        # hand-tuning161: the spike (labels showing another customer's name and address)
        # was read under bugs, delivery or no topic, in six languages.
        (
            "security_privacy",
            (
                "The shipping label in the app has a stranger's name and address on it!",
                "Mein Etikett für die Messerbox hat die Adresse von jemand anderem drauf",
                "quiero imprimir la etiqueta de la caja y aparece la direccion de un "
                "desconocido???",
                "L'étiquette d'envoi dans l'appli affiche l'adresse d'un inconnu.",
                "l'etichetta di spedizione nell'app ha il nome e l'indirizzo di un altro cliente",
                "A etiqueta de envio na app mostra a morada de outra pessoa!",
            ),
            "Please send it to my new address",
        ),
        # hand-tuning172/topic_spike: most first reports of the incident under no topic.
        (
            "bugs",
            (
                "Check-in imposible, la app rechaza el carnet una y otra vez",
                "Der Führerscheinscan beim Check-in schlägt immer wieder fehl, wir stehen an der "
                "Station",
                "App keeps rejecting my driving licence at check-in, no van handed over",
                "L'app rifiuta la mia patente al check-in, non ci danno il camper",
                "A app rejeita a minha carta de condução no check-in",
                "L'appli refuse mon permis au check-in",
            ),
            "The bank rejects my card at the till",
        ),
        # hand-tuning179/topic_spike: its first reports without the code under no topic.
        (
            "bugs",
            (
                "kann die checkliste nicht abschicken, termin einfach weg?!",
                "não consigo submeter a checklist e cancelaram-me a limpeza",
                "Impossible d'envoyer la check-list de sécurité, et le ramonage est annulé !",
                "@Kaminaro No me deja enviar la lista de seguridad y me han cancelado la cita",
                "Non riesco a inviare la checklist di sicurezza, visita annullata",
                "I can't submit the safety checklist and my visit is gone",
            ),
            "Could you send me the safety checklist before the visit?",
        ),
        # hand-tuning184/topic_spike: a code on a panel, a cabin that will not heat
        (
            "bugs",
            (
                "j'ai lancé le préchauffage depuis l'app et le panneau affiche THM-582",
                "THM-582 am Bedienteil, Neustart bringt nichts, Sauna eiskalt",
                "Carreguei em pre-aquecer na app e o painel mostra THM-582, cabine fria",
                "Le di a precalentar en la app y el panel marca THM-582, la cabina FRÍA",
                "dopo il preriscaldo il pannello mostra THM-582",
                "pressed preheat and the panel shows THM-582, the cabin won't heat",
            ),
            "The panel looks lovely in the living room",
        ),
        # hand-tuning192/topic_spike: a machine stuck in a loop, its first reports under no topic
        (
            "bugs",
            (
                "Eau salée au robinet et l'adoucisseur qui tourne en boucle depuis ce matin",
                "softener stuck regenerating over and over after opening the app",
                "wasser schmeckt salzig, die Anlage spült in Dauerschleife",
                "el descalcificador se ha quedado en bucle, el agua sabe a sal",
                "l'addolcitore va in loop e l'acqua sa di sale",
                "o descalcificador ficou em loop e a água sabe a sal",
            ),
            "Je pourrais écouter cet album en boucle, merci",
        ),
        # hand-tuning196/topic_spike: "cancelled" said in five other languages than English
        (
            "cancellation",
            (
                "app dice ordine annullato e rimborso in corso, io non ho annullato niente",
                "la app dice pedido cancelado y yo no he cancelado nada",
                "recebi um email a dizer que a encomenda foi CANCELADA",
                "Je viens de recevoir un mail 'commande annulée', vous avez mes chaussures",
                "die Werkstatt hat meinen Servicetermin zweimal abgesagt",
                "Just got an email saying my order is CANCELLED",
            ),
            "Le colis est arrivé en avance, merci",
        ),
    ],
)
def test_an_incidents_words_name_its_topic_in_six_languages(
    topic: str, texts: tuple[str, ...], other: str
) -> None:
    for text in texts:
        assert topic in enrich(text).topics, text
    assert topic not in enrich(other).topics


def test_a_letter_that_pains_its_writer_and_same_here_are_complaints() -> None:
    # hand-tuning161/repeat_contacts: a complaint inside a letter of praise read as praise,
    # and a contact joining a colleague's report read as neutral.
    item = enrich(
        "Estimados señores: Llevo años con ustedes y siempre he quedado contenta. Por eso me "
        "duele escribir esto. han perdido mis cuchillos, envio MT-RC173513, nadie sabe nada"
    )
    assert "complaint" in item.intents and not item.praise_cue
    item = enrich(
        "Guten Tag, wie Tobias Mittwoch schon schrieb (Fall SU-BB21002): die Oktoberrechnung "
        "hat den alten Firmennamen und keine Bestellnummer. Bei mir genauso."
    )
    assert "complaint" in item.intents
    assert "complaint" not in enrich("Tolle Beratung, vielen Dank!").intents


def test_calling_to_understand_how_is_a_question() -> None:
    # hand-tuning162/one_bad_day: a call asking how to turn the Club on read as no question.
    item = enrich(
        "salve chiamo per capire come si attiva il Club perché mi dice che non risulto socio"
    )
    assert "question" in item.intents
    assert "question" in enrich("hi I'm calling to find out when my box ships").intents


def test_a_booking_gone_from_the_app_and_an_error_code_named_are_bugs() -> None:
    # hand-tuning166/topic_spike: half the reports under no topic.
    for text in (
        "vsiita di stamattina sparita dalla app, scritto annullata. ma che succede",
        "heute termin weg, nur 'Buchung storniert' und ein fehlercode. was ist da los",
        "my booking just vanished from the app, says cancelled",
        "mi saldo de 25 euros ha desaparecido de la app",
    ):
        assert "bugs" in enrich(text).topics, text


def test_made_our_life_easier_is_praise() -> None:
    # hand-tuning168/slow_churners: a praise read -0.39, posted four times, made the usual a
    # slide fell from low.
    assert enrich(
        "passeggino già in hotel a Rimini, pulitissimo. Lenzavo ci ha semplificato la vita"
    ).praise_cue
    assert enrich("Le relevé automatique nous a simplifié la vie").praise_cue
    assert not enrich("the app made my life easier until it broke, now nothing works").praise_cue


def test_still_not_a_single_complaint_is_praise() -> None:
    # hand-tuning169: a happy customer's record read -0.86 as a complaint, then a repeat.
    item = enrich("Third time renting from Remivo and still not a single complaint")
    assert item.praise_cue and "complaint" not in item.intents
    assert "complaint" in enrich("I filed a complaint and still not a single reply").intents


def test_still_loving_it_in_the_first_person_is_praise() -> None:
    # hand-tuning170/one_bad_day: a happy post read as a delivery problem, which the next
    # complaint was then read to repeat.
    item = enrich("Continuo a adorar, mais uma vez entrega dentro da janela horária")
    assert item.praise_cue and "praise" in item.intents
    assert enrich("J'adore toujours la box, encore une fois parfaite").praise_cue
    assert (
        "complaint"
        in enrich(
            "Third time I order and third time the herbs arrive wilted, nothing fresh"
        ).intents
    )


def test_what_the_french_app_says_a_torn_thing_and_a_great_session_are_read() -> None:
    # hand-tuning174: the spike's first reports under no topic ("the app says" was a bug
    # in five languages), a torn mat under none, and a gripe in praise read as a complaint.
    assert (
        "bugs"
        in enrich(
            "on est 15 a l'accueil de Lyon, l'appli dit que personne n'a signé la décharge"
        ).topics
    )
    for text in (
        "Le tapis sous le dévers de Lausanne est déchiré, je me suis tordu la cheville",
        "a bolsa do tripé veio um pouco rasgada",
        "the mat under the overhang is torn",
    ):
        assert "product_quality" in enrich(text).topics, text
    gripe = enrich("Super séance a Nantes, juste dommage que les vestiaires soient pleins le soir")
    assert gripe.praise_cue


def test_running_like_clockwork_and_never_so_beautiful_are_praise() -> None:
    # hand-tuning175/slow_churners: a churner's praise read -0.90 ("nie"), posted six
    # times: no high for the slide to fall from.
    for text in (
        "Der Mähroboter von @Relvaro läuft wie ein Uhrwerk, der Rasen war noch nie so schön",
        "Encore une visite parfaite, le Pothos n'a jamais été aussi beau",
        "Headshot day with Ritrava ran like clockwork, 22 people in three hours",
    ):
        item = enrich(text)
        assert item.praise_cue and item.sentiment > 0, text


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning238/bilingual: awe read as a lack and irony (-0.70), a false repeat
        "Third turnover this week and still spotless every time. No idea how they do it",
        # hand-tuning238/one_bad_day: a hair nobody found, in the German bath ("Bad"), read
        # as a complaint still so (-0.15), a false repeat
        "Dritte Saison mit Cambiora und immer noch hat kein Gast ein Haar im Bad gefunden.",
    ],
)
def test_awe_and_a_hair_never_found_are_praise(text: str) -> None:
    item = enrich(text)
    assert "praise" in item.intents and "complaint" not in item.intents
    assert item.sentiment > 0


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning238/slow_churners: the usual a slide falls from, read -0.66 and -0.35
        "Fiáveis e cuidadosos, os hóspedes notam a diferença.",
        "Fiables y cuidadosos, los huéspedes lo notan.",
        # hand-tuning30: praise that held a complaint only by the German bath ("Bad"), -0.68
        "Ich hab über Limora die Grundreinigung gebucht, seit ich wieder Vollzeit arbeite, und "
        "bin echt begeistert. Sogar die Fugen im Bad sind wieder weiß.",
    ],
)
def test_reliable_careful_and_thrilled_are_praise(text: str) -> None:
    assert enrich(text).praise_cue


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning238/bilingual: a slide's first slip (+0.11)
        "Reinigung heute eine Stunde zu spät, die Gäste mussten im Café warten.",
        # hand-tuning238/slow_churners: the blame taken, the price for nothing (+0.42, -0.05)
        "Duas vezes seguidas sem café nem papel higiénico, e os hóspedes queixam-se a MIM.",
        "Agora tenho de ser eu a enviar fotos antes de cada reserva. Pago para quê?",
        # hand-tuning30/slow_churners: a slide's first slip, a complaint before only by the
        # German bath ("Bad", English "bad")
        "Hm, im Bad ist diesmal einiges liegen geblieben.",
        # hand-tuning238/topic_spike: a cancellation the customer did not make, asked about
        # (a calm question: the first of a repeat missed)
        "Me llega un aviso de que la limpieza esta cancelada. ¡No he sido yo! Ya no hay nadie "
        "asignado, ¿que pasa?",
    ],
)
def test_late_by_an_hour_not_me_and_paying_for_nothing_are_complaints(text: str) -> None:
    assert "complaint" in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning239/bilingual and four more families: the usual of two slides missed
        # (-0.48, -0.87 as a recurring complaint) and two false repeats ("schon wieder")
        "Le biporteur Cargolino a remplacé la deuxième voiture, on ne regrette rien",
        "Das Lastenrad von Cargolino ist schon wieder der Held der Woche, Wocheneinkauf in "
        "einer Fahrt",
    ],
)
def test_no_regrets_and_the_hero_of_the_week_are_praise(text: str) -> None:
    item = enrich(text)
    assert item.praise_cue and "complaint" not in item.intents


def test_a_deposit_taken_twice_is_a_complaint() -> None:
    # hand-tuning239/bilingual: a slide's message read +0.08
    assert "complaint" in enrich("deposit taken twice and a week to release it").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning240/one_bad_day: "the ones from last time", read as frustration at
        # something recurring (-0.72, a complaint asked twice: a false repeat)
        "Hola, ¿los calcetines antideslizantes son obligatorios? ¿Sirven los de la otra vez?",
        "Olá, as meias antiderrapantes são obrigatórias? Servem as da outra vez?",
    ],
)
def test_the_other_time_is_no_again(text: str) -> None:
    item = enrich(text)
    assert "complaint" not in item.intents and "frustration" not in item.emotions


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        # hand-tuning241/one_bad_day: praise, then one thing noted again (-0.45, a
        # recurring complaint: two false repeats)
        (
            "Ótima sessão, só a máquina das bebidas estava outra vez avariada. De resto voltamos",
            True,
        ),
        (
            "Me encantó el curso, solo que la máquina de café estaba rota otra vez. Volveré seguro",
            True,
        ),
        # upset in words of its own, not only "again": no reservation
        ("Great session, only the drinks machine was broken AGAIN, third time, I'm fed up.", False),
    ],
)
def test_a_reservation_noting_the_thing_again_is_still_praise(text: str, praise: bool) -> None:
    assert enrich(text).praise_cue is praise


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning241/happy_writers: a question sent at night, read -0.93 as a complaint
        # ("late"), asked twice: a false repeat
        "sorry it's late, does the mechanic still come if it's raining in the morning?",
        "hi sorry its late, if I order now will it still come tomorrow?",
    ],
)
def test_sorry_its_late_is_the_hour_not_a_delay(text: str) -> None:
    assert "complaint" not in enrich(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning242/repeat_contacts: a repeat's first contact read +0.17, no complaint
        "Hello, I asked for 23 kg and it came back strung at 28, it's like a plank. I need this "
        "sorted, I have a match on Saturday.",
        "Bonjour, j'ai demandé 23 kg et elle revient cordée à 28, c'est une planche. Il me faut "
        "une solution, j'ai un match samedi.",
    ],
)
def test_i_need_this_sorted_is_a_complaint(text: str) -> None:
    assert "complaint" in enrich(text).intents


def test_getting_it_right_and_supposedly_are_read() -> None:
    # hand-tuning244/bilingual: praise read -0.51 as a complaint recurring (a false
    # repeat); hand-tuning244/topic_spike: an incident's first report read -0.40, no
    # complaint (its repeat missed)
    praise = enrich("outra vez a Gelunda a acertar, o sabor do mês de figo é viciante")
    assert praise.praise_cue and "complaint" not in praise.intents
    doubt = enrich(
        "commande annulée par l'appli, soi-disant la boîte a chauffé et a été jetée. le suivi "
        "montrait la camionnette à côté"
    )
    assert "complaint" in doubt.intents
