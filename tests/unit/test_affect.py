"""Emotions and intents: cues, emojis, negation, sentiment gating, questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.text.affect import Affect, AffectAnalyzer
from streams.text.lexicon import TaxonomyError, load_taxonomy


@pytest.fixture(scope="module")
def analyzer() -> AffectAnalyzer:
    return AffectAnalyzer(load_taxonomy())


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Je suis furieux, c'est inadmissible", "anger"),
        ("This is unacceptable 😡", "anger"),
        ("🤬", "anger"),
        ("J'en ai marre, toujours pas de réponse", "frustration"),
        ("fed up with this app 😤", "frustration"),
        ("Je suis inquiète pour mes données", "anxiety"),
        ("I'm worried my card was used 😰", "anxiety"),
        ("😟", "anxiety"),
        ("Très déçu par la livraison", "disappointment"),
        ("so disappointing 😞", "disappointment"),
        ("Ravie de mon achat 😊", "joy"),
        ("🎉🎉", "joy"),
        ("Merci beaucoup pour votre aide", "gratitude"),
        ("thanks a lot ❤️", "gratitude"),
        ("🙏", "gratitude"),
        ("Muchas gracias", "gratitude"),
        ("Feito, obg", "gratitude"),
        ("Ich bin sehr enttäuscht", "disappointment"),
        ("Sono arrabbiato", "anger"),
        # hand-tuning40/slow_churners: fuming, read -0.38 with a question
        ("Charged €60 for a visit the plan says is INCLUDED. I'm FUMING.", "anger"),
        ("Ich bin stinksauer", "anger"),
        ("Estou preocupado", "anxiety"),
        # tiring
        ("Encore quelqu'un de nouveau, je réexplique tout. Fatigant.", "frustration"),
        ("Otra limpiadora nueva, explicarlo todo otra vez es agotador", "frustration"),
    ],
)
def test_emotions(analyzer: AffectAnalyzer, text: str, emotion: str) -> None:
    assert emotion in analyzer.analyze(text).emotions


def test_neutral_text_has_no_emotion_or_intent(analyzer: AffectAnalyzer) -> None:
    assert analyzer.analyze("Bonjour, voici mon numéro de client.") == Affect()
    assert analyzer.analyze("") == Affect()


def test_shouting_makes_a_negative_text_angry(analyzer: AffectAnalyzer) -> None:
    assert "anger" in analyzer.analyze("Toujours pas remboursé !!!").emotions
    assert "anger" in analyzer.analyze("JAMAIS REÇU ma commande, c'est un problème").emotions
    # Enthusiasm is not anger.
    assert "anger" not in analyzer.analyze("Super service, merci !!!").emotions
    assert "anger" not in analyzer.analyze("Livraison TRES RAPIDE, bravo").emotions


def test_cannot_sleep_for_thinking_of_it_is_no_request(analyzer: AffectAnalyzer) -> None:
    # hand-tuning95/happy_writers: a puzzle on the mind at 2 am, no help asked for
    text = "son las 2 y sigo pensando en el acertijo del espejo, no puedo dormir jaja"
    assert "help_request" not in analyzer.analyze(text).intents
    assert "help_request" in analyzer.analyze("no puedo entrar en mi cuenta").intents
    # hand-tuning270/happy_writers: posted three times, read as a help request each time
    night = "@Blitzora Impossible de dormir, je regarde encore les photos de la borne"
    assert "help_request" not in analyzer.analyze(night).intents
    assert "help_request" in analyzer.analyze("Impossible de démarrer la borne").intents


def test_gratitude_formulas_that_are_requests(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("Merci de me rappeler au plus vite")
    assert "gratitude" not in affect.emotions
    assert "help_request" in affect.intents
    assert "gratitude" not in analyzer.analyze("Thanks in advance").emotions
    # "merci de" and a verb asks for something; "merci de votre aide" thanks.
    for request in (
        "Nous sommes 38. Merci d'émettre un avoir",
        "Merci de vérifier la facture",
        # hand-tuning94/topic_spike: the driver took nothing, come back today
        "Le chauffeur n'a rien pris. Merci de repasser aujourd'hui.",
        "Merci de revenir chercher le carton",
    ):
        assert "gratitude" not in analyzer.analyze(request).emotions
    assert "gratitude" in analyzer.analyze("Merci de votre aide").emotions
    # "I'd appreciate" and a thing asks for it; "much appreciated" thanks.
    asked = "You've nearly doubled my direct debit. I'd appreciate a quick answer."
    assert "gratitude" not in analyzer.analyze(asked).emotions
    assert "gratitude" in analyzer.analyze("Much appreciated, thanks").emotions


@pytest.mark.parametrize(
    "text",
    [
        "facture -12 % 👏",
        "moins chère qu'avant 👌",
        "Top 🙌",
        "Primera vez que envío algo con @Lockora y súper fácil",
        "Servicio impecable otra vez.",
        # zero hassle, on time: praise in every language
        "une facture, un portail, zéro prise de tête",
        "Switched from my old bank, zero regrets",
        "una fattura, un portale, zero stress.",
        "export payment landed on time again",
        "Técnico pontual e simpático",
        "Techniker pünktlich",
        # handy; no longer having to (relief, no lack)
        "Qué cómodo es esto de las taquillas, de verdad.",
        "Que jeito que dão estes cacifos. Já não tenho de pedir à vizinha.",
        "Bon service, la consigne de mon quartier a de la place.",
        "so handy, I no longer have to queue at the post office",
        # the best, exemplary
        "Tercera vez este año con Rodavia y siguen siendo los mejores",
        "Kaution war zwei Tage nach Rückgabe wieder auf dem Konto. Vorbildlich",
        # good value for money, I will order again; delivered on time
        "Buena relación calidad precio, repetiré seguro",
        "Good value, will order again.",
        "Plantes en pleine forme, livraison à l'heure.",
        "Encomenda bem embalada, entrega a horas.",
        # very kind, the best app, cool
        "ok, gentilissimi",
        "Sigo pensando que es la mejor app que tengo en el móvil",
        "Com o plano não pago taxas e ainda me avisa antes do fim. Fixe",
        # hand-tuning41/bilingual: gladly again (read -0.58, "wieder" as "still")
        "Kompetente Fahrlehrer, faire Preise, App funktioniert. Gerne wieder.",
        # hand-tuning133/slow_churners: respect to the movers, very professional (read
        # -0.05 and +0.18, a usual near zero no fall was 0.5 below)
        "umzug vom klavier in den 3. stock ohne kratzer, respekt an die zwei jungs",
        "Accordeur Pianelo très pro, le piano sonne enfin juste",
        # hand-tuning134/one_bad_day: patient, a treasure (read +0.21 and no praise, so a
        # refund chased days later referred back to it as a repeat)
        "Heute die erste Ausreitstunde bei @Sellaro, Mistral war ein Schatz und die "
        "Reitlehrerin super geduldig.",
        "your colleague on the phone was very patient with all my questions",
        "A Sienna e muito paciente, recomendo",
        # hand-tuning135/bilingual: better than new (read -0.12)
        "Third pair I've sent you and still every one comes back better than new",
        # hand-tuning136/happy_writers: not one snag (read -1.00 with frustration, "otra vez")
        "otra vez me han clavado el color, ya van tres pedidos y ni una pega",
        # hand-tuning116/one_bad_day: careful work, "aussi" misspelt (read -0.61)
        "Troisième fois chez Quadrelo, toujours asusi soigné.",
        "Rapide et soigné",
    ],
)
def test_applause_zero_hassle_and_on_time_are_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # the good thing recurs: "again", "third time" beside praise or no trouble
        "terza volta che compro su Sipario e di nuovo zero problemi",
        "third time using it this year and still not a single problem",
        "Ancora una volta app impeccabile: biglietti nel wallet",
        "Encore une fois l'appli est parfaite",
        "Terzo paio da voi e mai un problema. Bravi!!",
        "Einfach gekauft, Einlass ohne Probleme.",
        # praise in another sentence, and nothing bad but the recurrence
        "Otra vez el repartidor ha llegado antes de hora. Así da gusto",
        # praise with a typo: two letters swapped
        "Third time this month I've sent the dress and once again perfcet",
        "Terceira vez este mês que mando o fato e outra vez impceável",
        # not one complaint
        "Sigo encantada con Lavanto, un año ya y ni una queja",
        "Still loving it a year in, not one bad order",
        # never lets me down, in the present tense
        "Zum dritten Mal diesen Monat am Ladepark und wieder alles perfekt. Ladenza enttäuscht "
        "einfach nie.",
        "Terza volta questo mese alla colonnina, di nuovo tutto perfetto. Ladenza non delude mai.",
        "Third time this month at the hub and again all perfect. Ladenza never lets me down.",
        # still loving it, still delighted
        "Still loving Ladenza two years on.",
        "Continuo encantado com a Ladenza passados dois anos.",
        # not a single thing wrong, still chuffed, never had a bad one
        "Third book from Stampello this year and again not a single thing wrong with it",
        "Second calendar in a row from Stampello and still chuffed with it",
        "Ordered again from Stampello, arrived early again. Never had a bad one",
        # never misses a beat, never failing, no faff, still going strong
        "Ancora una volta il vivaio non sbaglia un colpo, la pianta era stupenda",
        "Otra vez flores preciosas para el cumpleaños de mi abuela, seguís sin fallar",
        "Still the best plants I've bought online, again no faff at all",
        "Ordered on Monday, here on Tuesday. Roses still going strong ten days later",
        # no streak, not a mark, not a trace: a clean done well, again
        "Seconda volta che prenoto i vetri e di nuovo nessun alone",
        "Otra vez la cocina sin una marca, gracias por todo",
        "Second window clean this spring and again not a streak",
        "Encore une fois zéro trace sur la baie vitrée",
        "Zum zweiten Mal die Fenster machen lassen, wieder streifenfrei",
        "Há meses que não falham uma vez, outra vez tudo perfeito",
        # not one late box, no delay, a day early, I don't even think about it any more
        "Second year on the plan and still not one late box",
        "Secondo anno con l'abbonamento e ancora nessun ritardo",
        "The refills turned up a day early again, can't remember the last time I had to chase",
        "Encore une fois le colis arrivé en avance. J'y pense même plus",
        "Outra vez a caixa chegou um dia antes. Já nem penso nisso",
        # not a single drop-out, still no complaints, no reason to complain
        "Mais um mês sem uma única quebra. Continuo a não ter razão de queixa",
        "Another month, another bill as expected. Still no complaints",
        # hand-tuning35: admiration of a good thing that comes again, in six languages
        "Schon wieder um 9 ein freier Fensterplatz. Keine Ahnung, wie ihr das macht",
        "Otra vez mesa junto a la ventana libre a las 9. No sé cómo lo hacéis",
        "Ancora una volta postazione vicino alla finestra libera alle 9. Non so come facciate",
        "Outra vez mesa à janela livre às 9. Não sei como conseguem",
        "Again a window desk free at 9. No idea how you manage it",
        "La machine à café réparée dans la journée, je ne sais pas comment vous faites",
        # hand-tuning34: the order comes as it does every month
        "Otra vez el pedido antes de las 12, como cada mes",
        "Encore une fois le colis arrive avant midi, comme chaque mois",
        "Third year and still the same food turning up every month, never a bother",
        # saved the day, on the ball, no reason to go back to the kitchen table
        "La cabina telefonica mi ha salvato la call di oggi, a casa c'erano i muratori",
        "Wieder die Kaffeemaschine am selben Tag repariert. Ist auf Zack",
        "Third month here and still no reason to go back to working off the kitchen table",
        # hand-tuning34/b2b_accounts: life-changing, never out of stock
        "Livraison le mardi, une facture, zéro rupture. Ça change la vie d'un salon.",
        # hand-tuning36: early again, on the minute, big praise, a shout-out
        "Tercera vez que llamo este año y otra vez llegan antes de hora. Ya no es casualidad",
        "Terceira vez que chamo este ano e pela terceira vez chegaram antes da hora",
        "Großes Lob an den Elektriker heute: hat mir den Sicherungskasten erklärt",
        "Encore une fois pile à l'heure. Deuxième hiver et toujours rien à redire",
        "shoutout to them, tracker said 14 min away and he was there in 14 min",
        # hand-tuning37: "ue" for "ü", back before the time
        "Zum dritten Mal Reifenwechsel und zum dritten Mal puenktlich auf die Minute.",
        "tercera vez que llevo el coche y tercera vez que me lo devuelven antes de la hora",
        # hand-tuning38: early again, there as promised
        "Troisième déménagement avec @Movetta et troisième fois qu'ils arrivent en avance.",
        "Encore une fois @Movetta au rendez-vous, deuxième fois cette année",
        # hand-tuning39: a streak, praised in the words after it
        "Troisième fois que j'appelle et troisième fois qu'on me répond en moins de deux "
        "minutes. Chapeau",
        "Terceira vez que a central me liga e terceira vez que atendem em menos de um minuto. "
        "Sempre de confiança",
        "Zum dritten Mal einen Sensor nachbestellt und zum dritten Mal am nächsten Tag da. "
        "@Custodra liefert einfach",
        "Outra vez o técnico chegou antes da hora marcada. Já é hábito 😄",
        # a streak: the same count twice, a good outcome after the second (rule 1d)
        "Troisième fois chez Sonriva et troisième fois reçu à l'heure pile. Je n'y croyais plus",
        "Otra vez la misma higienista y otra vez de 10",
        "@Volantia third lesson this week and third time my instructor's been outside five "
        "minutes early. Volantia don't mess about",
        "Zum dritten Mal den LKW-Führerschein für Mitarbeiter gemacht, zum dritten Mal alles "
        "reibungslos",
        "Quatrième séance et quatrième fois sans aucun problème",
        "Segunda vez que compro e segunda vez que chega antes da hora",
        "Outra vez a mesma estafeta simpática, outra vez tudo certo",
        # hand-tuning43: the good outcome in the first count's clause, or only smiled
        "again the driver texted he was 10 min early, again fine by me",
        "wieder derselbe nette Fahrer, wieder nimmt er das Leergut mit ohne dass ich frage 😄",
        "otra vez el mismo reparitdor majísimo, otra vez se lleva los cascos sin pedírselo 😄",
        # hand-tuning46: very punctual
        "Di nuovo puntualissimi, terza consegna di pile senza un problema",
        # hand-tuning44: the count said again in other words ("... und wieder")
        "Zum dritten Mal dieses Jahr bei Werkaro gemietet und wieder lief alles glatt",
        "Tercera vez este año que alquilo en Werkaro y otra vez todo impecable",
        "Terceira vez este ano na Werkaro e outra vez tudo impecável",
        "Second order this month and again on time to the minute",
        "Third order in a row, perfect as always",
        "Dritte Bestellung in Folge und wieder alles pünktlich, super",
        "Otra vez salvados por @Ninnalo, canguro encontrada en media hora",
        # hand-tuning53: the outcome is what was asked for, or no fuss at all
        "third cut with Marco at @Tagliora Bologna and third time it's exactly what I asked "
        "for. Not changing now",
        "Terceira vez com Tiago e outra vez exatamente o corte que pedi. Tagliora Aveiro, já "
        "não saio daqui",
        "Terza piega e terza volta quello che avevo chiesto",
        # hand-tuning170: fresh, of what was ordered again
        "Zum dritten Mal die Kräuterbox bestellt und wieder alles frisch",
        "Third time ordering and again everything fresh",
        "Terza volta che ordino le erbe e di nuovo tutto fresco",
    ],
)
def test_a_good_thing_said_again_is_praise_not_frustration(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert "praise" in affect.intents
    assert "frustration" not in affect.emotions
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning46: read -0.67 as a complaint with frustration
        "Voltei ao centro da Ouvela para a revisão e outra vez atendimento 5 estrelas",
        "Again a 10/10 service",
    ],
)
def test_a_top_mark_said_again_is_no_frustration(analyzer: AffectAnalyzer, text: str) -> None:
    # The mark is the good thing said to recur (rule 1b); enrichment's praise cue reads it.
    affect = analyzer.analyze(text, "negative")
    assert "frustration" not in affect.emotions and "complaint" not in affect.intents
    assert "frustration" in analyzer.analyze("Outra vez o atendimento, não 5 estrelas").emotions


def test_a_streak_that_ends_well_praises_whatever_the_label(analyzer: AffectAnalyzer) -> None:
    # The model reads "Otra vez la misma higienista y otra vez de 10" -0.95: the streak's
    # structure, not its words' score, says it praises.
    assert (
        "praise"
        in analyzer.analyze("Otra vez la misma higienista y otra vez de 10", "negative").intents
    )


@pytest.mark.parametrize(
    "text",
    [
        # the same construction, a bad outcome, a negated good one, or no outcome said
        "Third time I call and third time I get the voicemail",
        "Troisième commande et troisième fois livrée en retard",
        "Zum dritten Mal angerufen, zum dritten Mal niemand erreicht",
        "Terceira vez que ligo e terceira vez que ninguém atende",
        "Second delivery and second time not on time",
        "Third time I call and third time you promised it would be fixed in under a day and "
        "it isn't",
        "Di nuovo il corso annullato e di nuovo nessun rimborso",
        # a smile does not make a bad outcome good
        "Third time I call and third time I get the voicemail 😄",
        # one count only: no streak
        "Third time I call, always on time they say",
        # a top mark negated is no good thing
        "Outra vez o atendimento, não 5 estrelas",
        # the count said again in other words, a bad outcome
        "Third time I call and again nobody picks up",
        "Zum dritten Mal bestellt und wieder zu spät",
        # what was asked for, negated
        "third cut and third time it's not what I asked for",
        "Terceira vez e outra vez não é o corte que pedi",
    ],
)
def test_a_streak_that_ends_badly_or_not_at_all_is_no_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" not in analyzer.analyze(text, "negative", ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning39/b2b_accounts: read -0.30 and as performance ("des heures")
        "Toutes les boutiques dans un seul portail, ça me fait gagner des heures chaque mois.",
        "Alle Standorte in einem Portal spart mir jeden Monat Stunden.",
    ],
)
def test_saving_hours_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        "toujours aussi satisfait de Boxelo, un an que j'y laisse le canapé et zéro souci",
        "Un año con la moto allí y cero problemas",
    ],
)
def test_praise_holding_a_bad_word_hides_it(analyzer: AffectAnalyzer, text: str) -> None:
    # "zéro souci" holds the complaint cue "souci": taken as a whole, it only praises.
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        "Di nuovo il biglietto non funziona, terza volta!",
        "Third time I write and still no answer",
        # praise in another sentence says nothing of what recurs
        "Encore une fois le paiement échoue. Dommage, l'appli était parfaite.",
    ],
)
def test_a_problem_said_again_is_still_frustration(analyzer: AffectAnalyzer, text: str) -> None:
    assert "frustration" in analyzer.analyze(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        # going round in circles, later than usual: a slow slide's mild words
        "Dans le chat juste le bot qui tourne en rond",
        "No chat só o bot às voltas",
        "The box came two days later than usual this month. Had to ration them",
        "Il pacco è arrivato più tardi del solito",
        # hand-tuning40/slow_churners: patience gone
        "Se acabó la paciencia. Voy a pedir precio a Molarix esta semana.",
        "@Sonriva Patience gone. Getting a price from Molarix this week.",
    ],
)
def test_going_round_in_circles_and_later_than_usual_are_frustration(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "frustration" in affect.emotions
    assert "complaint" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning40/slow_churners: slower and slower (read 0.00 and +0.18)
        "La app de Sonriva cada vez va más lenta para ver huecos, hoy casi un minuto cargando",
        "Sonriva app getting slower and slower, took nearly a minute to show me any slots today",
        # hand-tuning42/slow_churners: raised without a word
        "Reparei no rodapé de um e-mail que o Plus passou de 6,90 para 9,90 €. Nem um aviso "
        "decente. Pouco elegante",
        "Plan fee up without a word",
        "Die Gebühr wurde erhöht, nicht mal eine Mail",
    ],
)
def test_slower_and_slower_or_without_a_word_is_a_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning44/slow_churners: a slide's mild steps (read +0.10, -0.14, -0.24)
        "£260 deposit for a sander and a week to release it. Used to be half that, same day. "
        "Liking @Werkaro less and less",
        "300 € Kaution für eine Schleifmaschine. Früher 150. Werkaro gefällt mir immer weniger",
        "Fianza de 300 € por una lijadora. Antes eran 150. Cada vez me gusta menos @Werkaro",
        "Werkaro mi piace sempre meno",
        "Gosto cada vez menos da Werkaro",
        "Hammer drill came with worn bits. Used to be all new and checked. What's happened?",
        "Der Bohrhammer kam mit abgenutzten Bohrern. Früher war alles neu. Was ist los?",
        "Il tassellatore è arrivato con punte consumate. Che succede Werkaro?",
        "O berbequim veio com brocas gastas. O que se passa Werkaro?",
        "Werkaro de mal en peor",
        "Entrega três horas atrasada e sem aviso",
        # hand-tuning45: no apology, nobody told me or says anything, getting tiresome
        "Cita a las 17:00, nos llaman a las 17:50. Ni una disculpa. Empieza a cansar.",
        "50 minuti oltre l'orario dell'appuntamento e nessuno dice niente",
        "Saturday surcharge on a normal booking. Nobody told me",
        "A mí me pasa lo mismo: la factura vuelve a ser por animal. ¿Cuándo estará resuelto?",
        # hand-tuning46: days late, the wrong size, it used to be quicker, never tells
        "Pile arrivate con 4 giorni di ritardo stavolta. Vabbè",
        "Segundo mes que me mandan olivas de la talla equivocada",
        "35 minutos en espera para cambiar una cita. Antes eran 2",
        "a Ouvela nunca avisa quando a transportadora muda o dia",
        # hand-tuning93: not like you, things holed or torn at the first use
        "Festa carina ma l'animatrice metà del tempo al telefono. Non è da voi",
        "Nice party but the host was on her phone half the time. Not like you",
        "Outdoor pool was lukewarm on Saturday, nearly cold. Not like usual.",
        # hand-tuning98: minutes of queue, still charged in full
        "40 Minuten Schlange bei Glanzaro, Dienstagabend, eine Spur offen",
        "Oggi 35 minuti di coda per entrare con prenotazione. Strano",
        "Interior valet left crumbs under the seats and still charged full price",
        "Les chaussettes neuves achetées là-bas trouées dès la première fois",
        "As meias novas que comprámos lá rasgaram à primeira",
        # hand-tuning64, 80: orders in a row, still missing, wrecked, arrived scratched
        "@Affilo Terzo ordine di fila col tracking fermo su 'in laboratorio' per giorni",
        "Dritte Bestellung in Folge, bei der die Verfolgung tagelang auf 'in Werkstatt' steht",
        "Terceira encomenda seguida com o seguimento parado em 'na oficina' dias a fio",
        "El compost que prometisteis en mayo sigue sin aparecer y el montón está lleno",
        "As ferramentas do abrigo estão destruídas, carrinho de mão furado",
        "El vaporizador nuevo solo echa la mitad y el frasco vino rayado",
        # hand-tuning91: absurd as a verdict; you were my favourites, said when leaving
        "@Pendivo 30 € de 'nettoyage' pour un vélo rendu, et les photos c'est vous qui les "
        "avez. Absurde",
        "35 € di smaltimento per cartucce che ho buttato io nel mio bidone. Assurdo",
        "Sabato si va da Neigeroc. Eravate i miei preferiti",
        "Booked the other place for Saturday. You used to be my favourite",
        # hand-tuning100/slow_churners: without a message (read -0.22)
        "canguro 25 minutos tadre el sábado, sin un mensaje. No es el Ninnalo de siempre.",
        "Sitter turned up at half nine instead of seven, without a message",
        "não vale a pena ligar, ninguém atende",
        # hand-tuning102/bilingual: you are not the same any more (read -0.11)
        "25 € de 'nettoyage' pour une voiture laissée propre, photos à l'appui. Vous n'êtes "
        "plus les mêmes",
        "Ihr seid nicht mehr die Alten",
        # hand-tuning106/bilingual: a bruise (read -0.01)
        "Prelievo fatto in modo davvero brusco, ho un livido enorme",
        "Blutabnahme war diesmal echt grob, hab jetzt einen riesigen Bluterguss",
        "The nurse missed twice and my arm is bruised",
        # hand-tuning133/slow_churners: keys that stick, a deposit doubled (read near 0)
        "neues Leihklavier, zwei Tasten klemmen",
        "new hire piano, two sticky keys",
        "piano neuf, deux touches collent",
        "piano de alquiler nuevo con dos teclas que se quedan pegadas",
        "deposit doubled and weeks to get it back",
        "Kaution verdoppelt und Wochen bis zur Rückzahlung",
        "caution doublée et des semaines pour la récupérer",
        "subieron la fianza al doble y tardan semanas en devolverla",
        # hand-tuning135/bilingual: a charge put in quotes, came back scratched, it used
        # to be otherwise (read -0.21, +0.10, +0.43)
        "£13 'extra cleaning' on shoes that were clean. Done.",
        "15 € de 'limpieza extra' en zapatos limpios. Se acabo.",
        "Scarpe tornate con un graffio sulla punta, mai visto prima.",
        "Schuhe mit einem Kratzer an der Spitze zurück, das gab's früher nie.",
        "Tre settimane per un tacco. Una volta erano dieci giorni.",
        # hand-tuning136/bilingual: a charge in guillemets, outside the slot with no call,
        # lumps in the paint (read +0.22, +0.20, -0.20)
        "25 € de « frais de recyclage » pour des pots que j'ai portés moi-même à la "
        "déchetterie. INCROYABLE",
        "Livraison trois heures hors créneau, sans appel. Bon.",
        "@Tintora Esta vez la pintura venía con grumos al fondo, he tenido que colarla.",
    ],
)
def test_a_slow_slides_mild_words_are_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        # hand-tuning104/bilingual: worse and worse, said as a verdict (read -0.13 with a
        # complaint cue only, so a slide stayed above its level)
        ("@Mantelo Dieci giorni ad aspettare la cauzione, due mail senza risposta. Sempre "
         "peggio", "disappointment"),
        ("Lieferung wieder zu spät. Wird immer schlimmer", "disappointment"),
        ("Le service est de pire en pire", "disappointment"),
        ("Cada vez pior, ninguém responde", "disappointment"),
        # enough is enough
        ("48 € pour 12 verres « manquants » qui étaient dans les caisses. Trop c'est trop",
         "frustration"),
        ("Third late delivery this month. Enough is enough", "frustration"),
        ("Ora basta, è la terza volta", "frustration"),
    ],
)  # fmt: skip
def test_worse_and_worse_and_enough_is_enough_are_upset(
    analyzer: AffectAnalyzer, text: str, emotion: str
) -> None:
    affect = analyzer.analyze(text, "neutral")
    assert emotion in affect.emotions
    assert "complaint" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning44: loyalty read as negative (-0.45, -0.59), no breakdown, a show
        "Ich schau gar nicht mehr woanders",
        "Ya ni miro otras webs",
        "A obra toda com a Werkaro Pro sem uma avaria. O motorista das 6:30 é um espetáculo",
        "The whole job without a single breakdown",
        # hand-tuning45: nice staff, that's service
        "Otra vez el mismo veterinario tan majo",
        "Il giorno dopo l'intervento mi hanno chiamata per sapere come stava. Questo è servizio",
        # hand-tuning29: superb (read as no praise: a gripe after it made a problem thread)
        "Fleurs superbes pour la communion de Mathilde",
        # hand-tuning64/bilingual: should have come sooner (read -0.28, -0.75)
        "Messer von @Affilo zurück, die Tomate fällt quasi von allein auseinander. Hätte ich "
        "viel früher machen sollen",
        # hand-tuning100/slow_churners: saved by us, great (read -0.95, -1.00 as complaints)
        "Otra vez salvados por @Ninnalo, canguro encontrada en media hora para una reunión",
        "Ancora una volta salvati da @Ninnalo, babysitter trovata in mezz'ora",
        "Canguro estupenda otra vez, solo que la app no guarda la hora de dormir de los niños",
        # hand-tuning100/one_bad_day: worth it (read -0.17, so a billing thread opened)
        "vale mesmo a pena o Ninnalo Club, sem taxa de reserva e temos sempre a mesma babysitter",
        # hand-tuning101/bilingual: spectacular (read -0.28)
        "a fotógrafa conseguiu pôr o meu filho de dois anos a sorrir. Espetacular",
        # hand-tuning84/bilingual: can only recommend (read -0.09)
        "Pool glasklar, alles erklärt bekommen. Clorello kann ich nur empfehlen",
        "Coltelli tornati da Affilo stamattina, tagliano il pomodoro senza schiacciarlo. Non mi "
        "ricordavo più com'era",
        # hand-tuning103/slow_churners: full marks, no fuss (read -0.29, -0.13: a slide's
        # baseline so low its fall was missed)
        "@Scolvia Sauber und schnell, einzig die Hotline-Warteschleife nervt. Ansonsten volle "
        "Punktzahl",
        "@Scolvia Jahrespruefung wieder ohne Theater erledigt, seit drei Jahren so",
        # hand-tuning103/one_bad_day: good work, still a recommendation (read -0.08 under the
        # billing topic, so a late bill opened a problem thread)
        "super Arbeit, nur die Rechnung kam erst nach einer Woche. Trotzdem Empfehlung",
        # hand-tuning104/one_bad_day: a great service (read no praise before its reservation,
        # so the delivery slot opened a problem thread)
        "Super prestation Mantelo",
        "Gran servicio, como siempre",
        # hand-tuning105: a shout for us, no mess, not a single incident, as efficient as
        # ever (read -0.99, -0.22, -0.02: false account_risk pages and a false repeat)
        "Quick shout for Clavento Pro: panic bars fitted across the whole building over "
        "half-term, no mess.",
        "Clavento Pro nos hizo 10 cambios entre inquilinos este mes sin una sola incidencia.",
        "Troisième fois avec @Clavento cette année, toujours aussi efficaces",
        # hand-tuning106: no wait, no queue (read -0.74, -0.26 as a recurring complaint:
        # happy customers' false repeats)
        "Tercera vez este año en @Sanguro y otra vez sin esperar nada",
        "Terza volta quest'anno da @Sanguro per la tiroide e ancora una volta zero attesa",
        "Sanguro immer noch begeistert. Wieder Befund am nächsten Tag, wieder keine Wartezeit",
        # hand-tuning106/one_bad_day: a one, the top school mark (read -0.33, the last
        # message of a false sentiment_drop)
        "ne eins für @Sanguro, Termin gebucht, Blut abgenommen, Ergebnisse da. fertig",
        # hand-tuning107/b2b_accounts: not a single miss in a year (read -0.28: a false page)
        "Quignova Pro nous livre à 6h30 tous les matins au café, pas un raté en un an.",
        # hand-tuning107/one_bad_day: a kindness unasked, thanked (read as "again" and a
        # thanks: a repeat of the customer's open refund)
        "Again the Saturday driver left the bag in the porch out of the rain without being "
        "asked. Whoever you are, thank you",
        # hand-tuning109/quiet_hours: nothing but brilliant, only good (read -1.00,
        # "nothing" negating "brilliant" and "still nothing" as frustration)
        "Third time this year with a @Mestolio chef and still nothing but brilliant",
        # hand-tuning110/bilingual: well packed (read -0.35, -0.31: a slide's baseline read
        # as negative, so its fall was missed)
        "Os camarões chegaram numa caixa térmica. Muito bem embalado",
        "Colis reçu, bien emballé",
        "Lieferung kam gut verpackt",
        # hand-tuning110/bilingual: all arrived alive again (read -0.05 as "the third time":
        # a happy customer's false repeat)
        "Zum dritten Mal Fische bei @Nautilo bestellt, wieder alle lebend und gesund angekommen",
        "Terza volta che ordino pesci e di nuovo arrivati tutti vivi",
        "Ordered neons again and every single one arrived alive",
        # hand-tuning91/bilingual: reassuring (read -0.17 with no praise, so the slide's
        # usual was too low for its fall to count)
        "Kit via ferrata loué chez Pendivo à Tignes : explications claires, baudrier vérifié "
        "devant moi. Rassurant",
        "Die Leitstelle hat nach 30 Sekunden angerufen. Beruhigend zu wissen",
        # hand-tuning111/happy_writers: sorted the same day (read as a recurring complaint:
        # a happy customer's false repeat, "Troisième fois cette année que je signale un
        # souci, troisième fois réglé dans la journée. Merci Atrivo")
        "Fuite signalée le matin, réglé dans la journée",
        "Leak reported at 9, sorted the same day",
        # hand-tuning111/bilingual: sent the same day (read -0.62: a slide's fall started
        # at it, one message into the customer's history, and was missed)
        "Ho chiesto la liberatoria per il rogito e me l'hanno mandata in giornata. Il notaio "
        "era stupito.",
        "Asked for the certificate and it was sent the same day",
        # hand-tuning112: all perfect again (read as the problem raised again, "wieder":
        # happy customers' false repeats)
        "Drittes Mal Tecnavo dieses Jahr, diesmal für den neuen Router, und wieder alles bestens.",
        # hand-tuning112/b2b_accounts: no longer a problem, highly recommended (read -0.63
        # as a complaint, -0.23: two false account pages)
        "Com a Tecnavo Pro a informática do atelier deixou de ser um problema.",
        "Desde que lleva Tecnavo Pro la informática de la clínica no hemos tenido ni un "
        "susto. Muy recomendables.",
        "Since the new router the Wi-Fi is no longer a problem",
        # hand-tuning115/bilingual: as careful as ever, not disappointed once (read as
        # the problem raised again, "toujours", "immer noch kein": happy customers'
        # false repeats)
        "Troisième Toussaint avec Requiva et toujours aussi soigné. Le jardinier a même "
        "redressé le vase",
        "Dritte Saison jetzt bei Requiva und immer noch kein einziges Mal enttäuscht. Der "
        "Gärtner in Ulm ist Gold wert",
        # hand-tuning113/b2b_accounts: well organised, not one problem (read -0.47 with
        # no praise: "continua" made it the problem said again, a false repeat)
        "Continua tudo tão bem organizado como no primeiro dia. Dois anos de Anzelo sem um "
        "problema.",
        "Team away-day at Hollin Water: quiet, good food, well organised.",
        # hand-tuning118: no trouble, still nothing to complain about (read -0.18, -0.62
        # as the problem raised again: happy customers' false repeats)
        "Schon wieder der nette Techniker von @Brisalto, dritte Wartung ohne jeden Ärger.",
        "third year on @Brisalto Care and still nothing to complain about, same lovely "
        "engineer again.",
    ],
)
def test_loyalty_no_breakdown_and_good_service_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, ungated=True).without_gate()
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Servicio perfceto, grcaias", "praise"),
        ("Alles super, ich bin sehr zufreiden", "praise"),
        ("muchas garcias", None),
        # a word of a phrase too (hand-tuning105/slow_churners: read as "third time" alone,
        # a happy customer's repeat)
        ("Troisieme fois avec Clavento cette annee, toujours aussi effciaces", "praise"),
        ("Anche stavolta tutto è andato senza intopip", "praise"),
        # six-letter words too (hand-tuning219/b2b_accounts: "senza gausti" read -0.35,
        # a happy contact counted as an account's second unhappy one)
        ("Le macchine funzionano da mesi senza gausti", "praise"),
        ("Perfetto, garzie mille", "praise"),
        ("The team loves the new machine, thakns for the install", None),
        ("Muy buen servicio, todo gneial", "praise"),
        ("Troisième livre cette année et encore une fois rien à redrie", "praise"),
        # five-letter words too (hand-tuning299 to 306: "toda a gente aodra", "ormai simao
        # di casa", "imemr noch nicht langweilig" read as recurring complaints: false repeats)
        ("Terceira vez que ofereço um workshop de presente e toda a gente aodra", "praise"),
        ("Zum dritten Mal diesen Monat hier und imemr noch nicht langweilig", "praise"),
        ("C'est fait, mreci beaucoup", None),
    ],
)
def test_good_words_with_two_letters_swapped_still_count(
    analyzer: AffectAnalyzer, text: str, intent: str | None
) -> None:
    affect = analyzer.analyze(text)
    assert intent is None or intent in affect.intents
    assert "gratitude" in affect.emotions or "praise" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # an exception's typo cancels as the exception does (hand-tuning35/topic_spike: the
        # sarcasm "grazie eh" misspelt, read as a thanks that closed the customer's repeat)
        "@Deskora Ancora Q-417 dopo mezz'ora. Sto lavorando dal bar di fronte, grzaie eh",
        "no garzie",
    ],
)
def test_a_misspelt_exception_still_cancels_its_cue(analyzer: AffectAnalyzer, text: str) -> None:
    assert "gratitude" not in analyzer.analyze(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        # a swap that spells a real word is no typo, and bad words get no typo tolerance
        "The new plan is fully compliant with the rules",
        "Tihs is unacceptalbe",
        # a word of its own a swap spells (typo_real_words): German "Gerät" is no "great",
        # nor the name "Greta"
        "Das Gerät piept seit heute früh",
        "Wie Greta am Montag schrieb, fehlt noch die Rechnung",
    ],
)
def test_only_good_words_are_read_through_a_typo(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "complaint" not in affect.intents
    assert not affect.emotions


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Je veux porter plainte, c'est inadmissible", "complaint"),
        ("Ma commande n'est jamais arrivée", "complaint"),
        ("ça marche pas", "complaint"),
        ("Es funktioniert immer noch nicht", "complaint"),
        ("mi pedido no ha llegado", "complaint"),
        ("Isto e um erro ou um roubo?", "complaint"),
        ("Die Rechnung hat einen Fehler", "complaint"),
        ("C'è un errore nella bolletta", "complaint"),
        ("Hay un error en la factura", "complaint"),
        ("Pouvez-vous m'aider à changer mon adresse", "help_request"),
        ("I need help with my invoice", "help_request"),
        ("je veux résilier", "cancellation"),
        ("Je veux annuler mon abonnement", "cancellation"),
        ("please cancel my subscription", "cancellation"),
        ("I want to close my account", "cancellation"),
        ("Je ne peux pas résilier en ligne", "cancellation"),
        ("je vais passer chez Zentrio, ils sont moins chers", "cancellation"),
        ("Je voudrais acheter la version pro", "purchase_intent"),
        ("I'd like to upgrade to the premium plan", "purchase_intent"),
        ("Bravo, service impeccable, je recommande", "praise"),
        ("Great job, very satisfied", "praise"),
        ("Il faudrait ajouter un mode sombre", "suggestion"),
        ("It would be nice to export to CSV", "suggestion"),
        ("Où en est ma commande ?", "question"),
        ("Comment changer mon mot de passe", "question"),
        ("how do I reset my password", "question"),
        ("Est-ce que vous livrez en Belgique", "question"),
        ("Wie kann ich kündigen", "question"),
        # asked without a question mark, as a call's transcript writes it
        ("sí hola buenas quería saber si puedo añadir una prenda al pedido", "question"),
        ("hiya hello i just wanted to ask if i can add one more thing", "question"),
        ("ja hallo ich wollte fragen ob ich noch ein teil dazugeben kann", "question"),
        ("yeah hi just calling to check if my order goes out this week", "question"),
        # asking when it will be solved raises it
        ("It is unchanged. When will this be fixed?", "complaint"),
        ("Es ist unverändert. Wann wird das gelöst?", "complaint"),
        ("Fourth order now and it's still as good as the first one", "praise"),
        ("@lavanto you absolute legends, my good wool jumper looks brand new", "praise"),
        ("el mono de trabajo ha vuelto como nuevo", "praise"),
        ("Uso las taquillas cada semana y nunca me han fallado.", "praise"),
        ("Factures claires, appli pratique et de vrais humains au téléphone.", "praise"),
        ("Encore un demenagement, encore Boxelo. Toujours aussi simple", "praise"),
        ("Ainda não encontrei um defeito ao Boxelo. Um ano e tudo ótimo", "praise"),
        ("klare Rechnungen, gute App und echte Menschen am Telefon.", "praise"),
        ("Mi ha rimborsato il credito senza che lo chiedessi. Un fornitore onesto.", "praise"),
    ],
)
def test_intents(analyzer: AffectAnalyzer, text: str, intent: str) -> None:
    assert intent in analyzer.analyze(text).intents


def test_statements_are_not_questions(analyzer: AffectAnalyzer) -> None:
    assert "question" not in analyzer.analyze("Quand je me connecte, l'appli plante.").intents
    assert "question" not in analyzer.analyze("Quel dommage, encore en retard.").intents
    assert "question" not in analyzer.analyze("What a mess. I want a refund").intents
    # An opener mid-sentence does not count, a new sentence does.
    assert "question" not in analyzer.analyze("je ne sais pas comment").intents
    assert "question" in analyzer.analyze("Bonjour. Comment résilier").intents


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # hand-tuning140/b2b_accounts, hand-tuning135: "as a colleague wrote", no question
        (
            "Wie Greta Krüger am 08/10 schrieb (Fall PTV-80480): Uns wird der "
            "Einzelstundenpreis statt des Saisonvertrags berechnet.",
            False,
        ),
        ("Guten Tag, wie Tobias Mittwoch schon schrieb (Fall SU-BB21002): keine Nummer.", False),
        ("Comme Marie l'a écrit lundi, la facture est fausse", False),
        ("Come Luca ha scritto ieri, la fattura è sbagliata", False),
        ("Como Ana escribió el lunes, la factura está mal", False),
        # ... while "wie" and "comment" that ask still ask
        ("Wie lange dauert die Reparatur noch", True),
        ("Bonjour. Comment résilier", True),
    ],
)
def test_as_someone_wrote_asks_nothing(analyzer: AffectAnalyzer, text: str, question: bool) -> None:
    assert ("question" in analyzer.analyze(text).intents) is question


# ---------------------------------------------------------------- negation


@pytest.mark.parametrize(
    "text",
    ["pas mal du tout", "Pas mal du tout !", "not bad at all", "not bad", "No está mal"],
)
def test_negated_negative_is_not_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "complaint" not in affect.intents
    assert not {"anger", "frustration", "disappointment", "anxiety"} & set(affect.emotions)


@pytest.mark.parametrize(
    "text",
    [
        "je ne suis pas satisfait",
        "Je ne suis pas du tout satisfaite du service",
        "not happy",
        "I'm not happy with the service",
        "I would not recommend this company",
        "pas content du tout",
        "Ich bin nicht zufrieden",
        "no estoy satisfecho",
    ],
)
def test_negated_positive_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "joy" not in affect.emotions
    assert "praise" not in affect.intents
    assert "complaint" in affect.intents
    assert "disappointment" in affect.emotions


@pytest.mark.parametrize(
    ("text", "complains"),
    [
        # "Poor", "bad" in every language, as "poor", "mauvais", "schlecht" were.
        ("Due giorni per rispondere a una domanda semplice. Scarso.", True),
        ("Agora esta mesmo mau. Comida fria e nem um pedido de desculpa.", True),
        ("Esto ya es muy malo. Comida fria y ni una disculpa.", True),
        ("Der Support ist mies", True),
        ("Service médiocre, comme d'hab", True),
        ("Your service is mediocre, as always", True),
        ("servico fraco ultimamente, ninguem liga de volta", True),
        # Negated, it praises; the customer's own bad day is no complaint about us.
        ("nada mau, chegou rápido", False),
        ("la comida no es mala", False),
        ("desculpem o tom de ontem, foi um dia mau. voces sao bons", False),
        # Out of order, stated as a fact ("en panne" and "kaputt" were cues already).
        ("The office machine has been out of order since Monday, 40 people without coffee", True),
        ("la machine est hors service depuis lundi", True),
        ("Die Maschine ist seit Montag außer Betrieb", True),
        ("la máquina está averiada desde el lunes", True),
        ("la macchina è guasta da lunedì", True),
        ("A máquina do 2.º piso está avariada desde ontem, 40 pessoas sem café", True),
    ],
)
def test_poor_bad_and_out_of_order_are_complaints_in_every_language(
    analyzer: AffectAnalyzer, text: str, complains: bool
) -> None:
    assert ("complaint" in analyzer.analyze(text).intents) is complains


@pytest.mark.parametrize(
    "text",
    [
        # Praise words inflected for gender and number, as German's "tolle", "sehr gute".
        "I salvadanai per risparmiare sono fantastici",
        "Consegne sempre ottime",
        "La app es perfecta",
        "A entrega foi ótima",
        "Des livreurs parfaits",
    ],
)
def test_inflected_praise_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


def test_no_problem_is_not_a_complaint(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("Pas de problème, merci beaucoup !")
    assert affect.intents == ()
    assert affect.emotions == ("gratitude",)
    assert "complaint" not in analyzer.analyze("No problem at all, thanks").intents
    assert "complaint" not in analyzer.analyze("aucun souci").intents


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # hand-tuning257: asking where a service is found, on eight happy customers
        ("Hi, is there a pump-out station at Falmouth or do I need to go elsewhere?", False),
        ("do we have to go somewhere else for the crane?", False),
        ("That's it, I'll go elsewhere next season", True),
    ],
    ids=["asks-where", "asks-where-else", "leaves"],
)
def test_asking_whether_to_go_elsewhere_for_a_service_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        # hand-tuning258: a ten again is the good thing recurring, no frustration
        ("Granula otra vez de 10, mandé el sobre el lunes y el jueves ya tenía las fotos", False),
        ("Otra vez lo mismo, nadie contesta", True),
        # back neatly stored: nothing treated came back (as "sont revenus nickel")
        ("Mes négatifs sont revenus bien rangés dans leurs pochettes, rien à redire", False),
        ("Les souris sont revenues dans la cave", True),
    ],
    ids=["a-ten-again", "the-same-again", "back-neatly-stored", "pests-back"],
)
def test_a_good_thing_again_or_back_in_order_is_no_complaint(
    analyzer: AffectAnalyzer, text: str, complaint: bool
) -> None:
    assert ("complaint" in analyzer.analyze(text).intents) is complaint


def test_cannot_stop_said_of_a_pleasure_asks_for_no_help(analyzer: AffectAnalyzer) -> None:
    text = "Las 2 de la mañana y yo aquí repasando los escaneos del viaje. No puedo parar"
    assert "help_request" not in analyzer.analyze(text).intents


def test_a_fear_said_in_the_past_is_overcome_a_fear_now_is_anxiety(
    analyzer: AffectAnalyzer,
) -> None:
    assert "anxiety" not in analyzer.analyze("Istruttore paziente con me che avevo paura").emotions
    assert "anxiety" in analyzer.analyze("Ho paura che non arrivi in tempo").emotions


def test_paying_less_attention_is_no_lower_bill(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("we pay less attention to the app", ungated=True).without_gate()
    assert "praise" not in affect.intents


def test_negated_intents_are_dropped(analyzer: AffectAnalyzer) -> None:
    assert "cancellation" not in analyzer.analyze("je ne veux pas résilier").intents
    assert "help_request" not in analyzer.analyze("I don't need help").intents
    assert "purchase_intent" not in analyzer.analyze("je ne vais pas acheter").intents


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # Going away for a while is travel; going away for good, or to a rival, is leaving.
        ("El plan funciona en Andorra? me voy el finde", False),
        ("Does roaming work in Spain? I'm leaving on holiday", False),
        ("je m'en vais en vacances, ça marche en Espagne ?", False),
        ("me ne vado in vacanza domani, il roaming va?", False),
        ("vou embora de férias, o roaming funciona?", False),
        # away for a while, asking to freeze the membership
        ("Se puede congelar la cuota si me voy un mes fuera?", False),
        ("Can I pause my membership? I'm leaving for a month", False),
        ("Je m'en vais un mois, je peux suspendre l'abonnement ?", False),
        ("Me ne vado per un mese, posso sospendere?", False),
        ("Vou embora por um mês, posso congelar a mensalidade?", False),
        ("Harto de los cortes. Me voy a Fibrasol", True),
        ("J'en ai marre, je m'en vais.", True),
        ("basta, me ne vado", True),
        ("chega, vou embora", True),
        ("Cancel my account. I'm leaving.", True),
        # Changing our plan or option is not leaving; changing to a rival is.
        ("I want to switch to another plan with more data", False),
        ("Ich wechsle den Tarif auf 50 GB", False),
        ("quiero cambiarme a otra tarifa", False),
        ("vorrei disattivare il roaming", False),
        ("Vou mudar para o plano de 20GB", False),
        ("Ich wechsle zu Velcomo", True),
        ("Vou mudar para a Codaviva", True),
        ("I'm thinking of switching to another provider", True),
        # Leaving the shop without what was ordered is not leaving us (hand-tuning107).
        ("25 minutos de cola y me voy sin pan.", False),
        ("Après 25 minutes de queue je repars sans mon pain", False),
        ("Harto de esperar, me voy sin pan y me voy a Brioval", True),
    ],
)
def test_leaving_is_not_travelling_or_changing_plan(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # A cancellation told in the pluperfect is the background of a complaint about
        # what came after it (a renewal, a charge), not a wish to leave now.
        ("J'avais resilie Platillo Plus et vous l'avez renouvele, 49,99 preleves.", False),
        ("Nous avions résilié le contrat et la facture arrive encore", False),
        ("I had asked to cancel my subscription and you renewed it", False),
        ("Ich hatte die Kündigung schon geschickt und ihr bucht weiter ab", False),
        ("Había pedido darme de baja y me cobrasteis igual", False),
        ("Avevo dato disdetta e l'avete rinnovato lo stesso", False),
        ("Tinha pedido para cancelar a assinatura e renovaram", False),
        # Said now, it is leaving, even after the old one.
        ("Je résilie mon abonnement", True),
        ("J'avais résilié, vous avez renouvelé : je veux résilier, c'est fini", True),
        ("I want to cancel my subscription", True),
        ("Ich kündige zum Monatsende", True),
        ("Quiero darme de baja", True),
        ("Voglio dare disdetta", True),
        ("Quero cancelar a assinatura", True),
    ],
)
def test_a_cancellation_told_in_the_pluperfect_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # Deactivating a mode, an option or the mails is not leaving (hand-tuning126).
        ("Modalità pulizia attiva e l'inverter è spento. Non si riesce a disattivare", False),
        ("non riesco a disattivare le notifiche", False),
        ("vorrei disattivare l'opzione estero", False),
        # Deactivating what ties the customer to us is.
        ("Voglio disattivare il mio abbonamento", True),
        ("vorrei disattivare l'account, basta", True),
        ("Non riesco a disattivare il mio account da due settimane", True),
    ],
)
def test_deactivating_a_mode_is_not_leaving(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # A service cancelled by us, said in the passive or of a thing, is a complaint.
        ("My train was cancelled and the refund has never been paid", False),
        ("Refund for cancelled train", False),
        ("My order was cancelled without warning", False),
        ("Mon train a été annulé et je n'ai pas reçu le remboursement", False),
        ("Mon abonnement a été résilié sans mon accord", False),
        ("Mein Zug ist ausgefallen und die Erstattung kam nie", False),
        ("Mein Flug wurde storniert, der Termin wurde gestrichen", False),
        ("Me cancelaron el tren y el reembolso no ha llegado", False),
        ("Reembolso tren cancelado; el vuelo fue cancelado", False),
        ("Il mio treno del 14 è stato cancellato", False),
        ("La mia prenotazione è stata disdetta da voi", False),
        ("O meu comboio foi cancelado e o reembolso nunca chegou", False),
        # A cancellation the customer already made, then a renewal or a charge: billing.
        ("I cancelled my Pass last month and you've charged me again", False),
        ("You charged me after cancelling my subscription", False),
        ("Renouvelé après résiliation. J'ai résilié en mai et vous m'avez prélevé", False),
        ("Nach Kündigung verlängert. Ich habe im Mai gekündigt, trotzdem abgebucht", False),
        ("Me cobrasteis otra vez después de darme de baja", False),
        ("Rinnovato dopo la disdetta: ho la mail di conferma della disdetta", False),
        ("Cobraram de novo depois de cancelar a assinatura", False),
        # A wish to leave said now still is one, beside a past one too.
        ("please cancel my subscription", True),
        ("je veux résilier", True),
        ("J'ai résilié et vous m'avez prélevé : je veux résilier tout le reste", True),
        ("ich kündige", True),
        ("quiero darme de baja", True),
        ("voglio disdire", True),
        ("quero cancelar a assinatura", True),
        ("quero cancelar a minha assinatura e fechar a minha conta", True),
    ],
)
def test_a_cancellation_done_to_the_customer_or_already_made_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # Leaving a mailing list stops our marketing, not the relationship.
        ("Another promo email, unsubscribe me please", False),
        ("Please unsubscribe me from your newsletter", False),
        ("How do I unsubscribe from your emails?", False),
        ("Encore un mail promo, désabonnez-moi", False),
        ("Je voudrais me désabonner de la newsletter", False),
        ("Comment me désinscrire de vos mails ?", False),
        ("Ich möchte den Newsletter kündigen", False),
        ("Quiero darme de baja de los correos de publicidad", False),
        ("Vorrei disattivare la newsletter", False),
        ("Quero cancelar a assinatura da newsletter", False),
        # Nor is cancelling one order or delivery.
        ("I'm cancelling my order, it never shipped", False),
        ("I am cancelling the order", False),
        ("Cancelling my delivery, the slot was cancelled twice", False),
        ("can't cancel my order online", False),
        ("unable to cancel the order", False),
        # Leaving us still is, beside the newsletter or an order too.
        ("I'm cancelling my order and close my account", True),
        ("I'm cancelling my subscription", True),
        ("can't cancel my account", True),
        ("unsubscribe me from your newsletter and close my account", True),
        ("désabonnez-moi de la newsletter et fermer mon compte, je m'en vais", True),
        ("unsubscribe me, I'm leaving", True),
        ("Ich kündige meinen Vertrag", True),
        ("quiero darme de baja, me voy", True),
        ("voglio disdire il contratto", True),
        ("quero cancelar a assinatura", True),
        # asking whether one can cancel, in general: the terms, not a wish to leave
        ("Petite question, on peut résilier Plus quand on veut ?", False),
        ("Una domanda: Plus si può disdire quando voglio?", False),
        ("Kann man das Abo jederzeit kündigen?", False),
        ("¿Se puede cancelar Plus cuando quiera?", False),
        ("Je veux résilier, on peut résilier en ligne ?", True),
    ],
)
def test_unsubscribing_or_cancelling_an_order_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


@pytest.mark.parametrize(
    "text",
    [
        "Livraison rapide, rien à redire",
        "Fast delivery, nothing to complain about",
        "Pedido rápido, nada que objetar",
        "Schnelle Lieferung, nichts auszusetzen",
        "ordine veloce e confezione curata, niente da dire",
        "Entrega rápida, nada a apontar",
    ],
)
def test_nothing_to_complain_about_is_praise_in_every_language(
    analyzer: AffectAnalyzer, text: str
) -> None:
    # A litotes: its negator does not make a complaint, even under a negative label.
    affect = analyzer.analyze(text, "negative")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents
    assert affect.litotes


@pytest.mark.parametrize(
    "text",
    [
        "Bill spot on once again, real meter reading. That's how it should be.",
        "Facture juste encore une fois, relevé réel. C'est comme ça qu'on aime.",
        "Factura correcta otra vez, con lectura real. Así da gusto.",
        "Rechnung wieder korrekt mit echtem Zählerstand. So soll es sein.",
        "Bolletta di nuovo corretta, lettura reale. Così si fa.",
        "Fatura certinha outra vez, leitura real. Assim dá gosto.",
    ],
)
def test_right_again_as_it_should_be_is_praise_not_frustration(
    analyzer: AffectAnalyzer, text: str
) -> None:
    # "Again" said of a thing done right: the good thing recurs.
    affect = analyzer.analyze(text, "neutral")
    assert "praise" in affect.intents
    assert "frustration" not in affect.emotions and "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        "Fatura errada outra vez, cobraram-me o triplo.",
        "Factura incorrecta otra vez, me cobran el doble.",
        "Facture fausse encore une fois.",
        "Bolletta sbagliata di nuovo, è assurdo.",
    ],
)
def test_wrong_again_is_still_frustration(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, "negative")
    assert "complaint" in affect.intents and "praise" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning92: a defect that never came, read -1.00 as "still not" frustration,
        # -0.29, -0.04, -0.18, -0.02
        "Third winter with Pellanto and still not one wet bag. Reserva top-up turned up early",
        "Tercera temporada con @Pellanto y ni un saco mojado",
        "Pellets arrived on the day they said, bags dry, not a speck of dust",
        "honestly the kiln dried beech lights with one firelighter. no more hissing logs",
        "La leña de haya prende a la primera, ni humo ni chisporroteo",
        # the same in the other languages
        "Livré sans une seule rayure, pas une tache",
        "Zum dritten Mal geliefert, kein einziger Kratzer",
        "Terza consegna e nemmeno un sacco bagnato",
        "Entrega feita sem nenhum atraso",
    ],
)
def test_a_defect_that_never_came_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    # Rule 2c: praise holding its negator, a litotes under a negative label.
    affect = analyzer.analyze(text, "negative")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents and "frustration" not in affect.emotions
    assert affect.litotes


@pytest.mark.parametrize(
    "text",
    [
        # heldout311/: a fault that stopped, read -0.36 and -0.29 (a problem raised again)
        "The overlocker finally stopped chewing jersey",
        "La canette ne bourre plus depuis la révision",
        # the same in the other languages
        "Since the repair it doesn't leak any more",
        "Die Maschine tropft nicht mehr",
        "Ya no gotea el grifo",
        "Il portatile non si blocca più",
        "Já não pinga",
    ],
)
def test_a_fault_that_stopped_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    # Rule 2d: praise holding its negator, a litotes under a negative label.
    affect = analyzer.analyze(text, "negative")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents and affect.litotes


@pytest.mark.parametrize(
    "text",
    [
        "It still hasn't stopped leaking",  # the fault negated: it goes on
        "The app no longer works",  # a service's own act, no fault
        "La machine ne démarre plus",
        "Die App lädt nicht mehr",
    ],
)
def test_a_fault_that_goes_on_is_no_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" not in analyzer.analyze(text, "negative", ungated=True).without_gate().intents


@pytest.mark.parametrize(
    "text",
    [
        "Not one day without a delay this month",  # the opener negated itself
        "Not one call about the delay, still waiting",  # the defect is what is asked about
        "Some of the firewood this time is damp, hisses in the stove",  # no opener
        "Still not one reply from your team",  # nothing that never came: a complaint
    ],
)
def test_a_defect_said_or_asked_about_is_no_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" not in analyzer.analyze(text, "negative", ungated=True).without_gate().intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning92: "stufa" is the stove (read as fed up: a complaint on a happy writer)
        "Pellanto consegna puntuale, sacchi asciutti. Stufa accesa in 5 minuti",
        "Le 2 di notte e la stufa ancora calda col pellet Pellanto. Che pace",
        # smooth again, top marks, never skipped a beat (repeat contacts of happy customers)
        "Schon wieder eine reibungslose Lieferung. Das Buchenholz brennt wie eine Eins",
        "Pellanto Pro bulk delivery bang on 7am again, boiler never skipped a beat",
        "El repartidor me subió los 33 sacos al desván sin rechistar. Un crack",
        "Saubere Pellets, pünktliche Lieferung. Klare Empfehlung",
        # hand-tuning94/b2b_accounts: "fonctionne sans" read as not working, a complaint
        "Nos clients adorent partir de l'hôtel sans bagages. Valizo Pro fonctionne sans accroc",
        # hand-tuning97: pampered and loved, still as calm and spotless (read -0.49, -0.17)
        "Troisième fois ce mois-ci et toujours le même accueil aux petits oignons. Je vous aime",
        "Third visit this month and it's still as calm and spotless as the first time",
        "Encore une fois un super moment au hammam, toujours aussi propre, toujours aussi calme",
    ],
)
def test_the_stove_a_star_and_a_clear_recommendation_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, "negative", ungated=True).without_gate()
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents and "frustration" not in affect.emotions


def test_fed_up_in_italian_is_still_frustration(analyzer: AffectAnalyzer) -> None:
    assert "frustration" in analyzer.analyze("Sono stufa di aspettare il rimborso").emotions


def test_negation_scope_is_short_and_stops_at_punctuation(analyzer: AffectAnalyzer) -> None:
    # The negator is too far from "satisfait" (4 words in between).
    assert (
        "praise"
        in analyzer.analyze(
            "pas une seule fois je n'ai été déçu, très satisfait", "positive"
        ).intents
    )
    # Punctuation closes the scope: "No," does not negate "great".
    assert "praise" in analyzer.analyze("No, it's great").intents
    assert "praise" not in analyzer.analyze("no great service here").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning40/slow_churners: read +1.00 and +0.15
        "Le pregunto al asistente de la app por una factura y me ofrece un blanqueamiento. "
        "Gracias, muy útil 😒",
        "Asked the app assistant about an invoice and it tried to sell me whitening. Really "
        "helpful 😒",
        "Génial, encore une panne 🙄",
        # praise of the timing (irony_phrases). hand-tuning88/topic_spike: read +1.00 and
        # praise, so the reporter's "Still no sound, AUD_4417" had no problem to raise again
        "Saturday morning, grandparents on the sofa, and @Kassetto plays our videos like "
        "silent films. AUD_4417. Great timing",
        "@Orlavio My 'express collection' turned up at 21:50, perfect timing 👏",
        "Wartungsarbeiten am Samstagmorgen. Perfektes Timing, danke",
        # a charge whose name is in quotation marks. hand-tuning133/slow_churners: read
        # +0.31 and +0.91 with praise ("spotless", "impeccable": how the piano came back)
        "£30 'cleaning fee' for a piano I returned spotless, with your own photos. UNBELIEVABLE",
        "@Pianelo 35 € de 'nettoyage' pour un piano rendu impeccable. INCROYABLE",
        "35 € 'Reinigung' für ein Klavier, das tadellos zurückkam, mit euren eigenen Fotos.",
        # ... after the word for a fee, with no amount. hand-tuning194/slow_churners: read
        # +0.50 with "Toll" as praise, so the churner's fall stayed under min_drop
        "@Tocavia Gebühr für 'verspätetes Verlassen' wgeen 3 Minuten. Drei. Toll",
        # ... or shouted, not quoted. hand-tuning197/bilingual: read +0.77 with "perfetto" as
        # praise, the churner's last complaint before leaving
        "35 € di PULIZIA per un proitetore reso perfetto. Ridicolo",
        # ... or named plainly, charged on a thing returned in good order.
        # hand-tuning205/slow_churners: read +0.78 with "impeccable" as praise
        "35 € de frais de nettoyage pour un coffre rendu impeccable, vos propres photos le "
        "montrent",
        # ... or sent in for a repair (hand-tuning228: "spotless" read as praise, -0.04);
        # an amount alone counts beside a shout ("35 € di pulizia per un proiettore reso
        # perfetto, grazie" does not, below)
        "£30 cleaning fee for a phone I sent spotless. ENOUGH.",
        "35 euro di pulizia per un telefono spedito perfetto. BASTA.",
        # ... or said charged, calmly: hand-tuning262/repeat_contacts ("impecable" read as
        # praise closed the case the customer raised again)
        "La incidencia VL-282627 sigue abierta: me cobráis 80 € de limpieza de manchas por "
        "un vestido devuelto impecable. Vuelvo a escribir.",
        "Case VL-521946 is still open: you charged me £37 for stain removal on a dress I sent "
        "back spotless. Chasing again.",
    ],
)
def test_praise_beside_an_irony_emoji_or_of_the_timing_is_taken_back(
    analyzer: AffectAnalyzer, text: str
) -> None:
    for affect in (analyzer.analyze(text), analyzer.analyze(text, "positive")):
        assert affect.ironic
        assert not {"praise", "joy", "gratitude"} & {*affect.intents, *affect.emotions}
        assert "complaint" in affect.intents
    assert not analyzer.analyze("Merci beaucoup, parfait 😊").ironic
    assert not analyzer.analyze("Arrived on time, great service").ironic
    # An amount, then quotation marks further on, is no charge put in quotes.
    assert not analyzer.analyze("Paid 30 € for the 'premium' box and loved it").ironic
    assert not analyzer.analyze("Le 'colis express' à 5 € est arrivé, parfait").ironic
    assert not analyzer.analyze("35 € di pulizia per un proiettore reso perfetto, grazie").ironic
    text = "You charged me 20 € for the delivery, it came clean and perfect, thanks"
    assert not analyzer.analyze(text).ironic
    # The word for a fee before the quotation marks: a complaint, praise or not beside it
    # ("Frais de 'départ tardif' pour 3 minutes. Trois. Sérieux" read +0.19).
    for text in (
        "Frais de 'départ tardif' pour 3 minutes. Trois. Sérieux",
        "Me aplicaron un recargo por 'limpieza extra' en un piso impecable",
        "Reinigungsgebühr für eine Box, die ich sauber zurückgegeben habe",
    ):
        assert "complaint" in analyzer.analyze(text).intents, text
    assert "complaint" not in analyzer.analyze("The 'Plus' plan is free of charge, great").intents
    # No fee, or none charged on what came back: nothing doubted.
    for text in (
        "No fee when the box is returned clean, great service",
        "Sans frais pour un coffre rendu propre, parfait",
        "Returned the box spotless and the fee was waived, thanks",
    ):
        assert not analyzer.analyze(text).ironic, text


def test_praise_only_in_a_consolation_after_another_sentence_is_taken_back(
    analyzer: AffectAnalyzer,
) -> None:
    text = "Il corriere ha lasciato il portafoglio alla vicina. Almeno la vicina è simpatica."
    for affect in (analyzer.analyze(text), analyzer.analyze(text, "positive")):
        assert affect.ironic
        assert "complaint" in affect.intents and "praise" not in affect.intents
    kept = [
        "Almeno la vicina è simpatica.",  # no sentence before it
        "Servizio ottimo. Almeno 3 volte mi hanno ritrovato le chiavi, fantastico.",
        "Chiavi perse di nuovo. Almeno la Trovanta le ha ritrovate, fantastico!",
        "Servizio fantastico. Almeno la vicina è simpatica.",  # praise outside it too
    ]
    for text in kept:
        assert not analyzer.analyze(text).ironic, text


def test_pas_mal_de_is_a_quantity_not_praise(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("j'ai pas mal de problèmes avec la connexion")
    assert "praise" not in affect.intents
    assert "complaint" in affect.intents


# ---------------------------------------------------------- sentiment hint


def test_sentiment_gates_sarcastic_praise(analyzer: AffectAnalyzer) -> None:
    text = "Génial, encore une panne 😤"
    assert "praise" in analyzer.analyze(text).intents
    sarcastic = analyzer.analyze(text, "negative")
    assert "praise" not in sarcastic.intents
    assert "joy" not in sarcastic.emotions
    assert "complaint" in sarcastic.intents


def test_derived_complaint_needs_non_positive_sentiment(analyzer: AffectAnalyzer) -> None:
    text = "Déçu par la couleur"
    assert "complaint" in analyzer.analyze(text, "neutral").intents
    assert "complaint" in analyzer.analyze(text, "negative").intents
    assert "complaint" not in analyzer.analyze(text, "positive").intents
    # An explicit complaint cue counts whatever the sentiment model says.
    assert "complaint" in analyzer.analyze("Je fais une réclamation", "positive").intents


def test_analyze_many(analyzer: AffectAnalyzer) -> None:
    texts = ["je ne suis pas satisfait", "Merci 🙏", "Comment résilier ?"]
    results = analyzer.analyze_many(texts, ["negative", "positive", None])
    assert results == [
        analyzer.analyze(t, s) for t, s in zip(texts, ["negative", "positive", None], strict=True)
    ]
    assert results[2].intents == ("cancellation", "question")
    assert analyzer.analyze_many(texts) == [analyzer.analyze(t) for t in texts]
    with pytest.raises(ValueError, match="3 texts but 1"):
        analyzer.analyze_many(texts, ["negative"])


@pytest.mark.parametrize(
    "text",
    [
        "Génial, encore une panne 🙄",  # praise and joy a negative label drops
        "Super service, merci !!!",  # shouting is anger under a negative label only
        "Tres satisfaite de Zampa",
        "pas mal du tout, merci",  # a litotes beats the gate
        "Un peu déçu par la couleur",  # a complaint derived under some labels only
        "Je veux résilier 😡 INADMISSIBLE",
        "",
    ],
)
def test_the_reading_without_the_gate_comes_from_the_same_scan(
    analyzer: AffectAnalyzer, text: str
) -> None:
    for label in ("negative", "neutral", "positive"):
        both = analyzer.analyze(text, label, ungated=True)
        # The gated reading is the one asked for; the other is the text read with no label.
        assert both._replace(ungated=None) == analyzer.analyze(text, label)
        assert both.without_gate() == analyzer.analyze(text)
        assert analyzer.analyze(text, label).ungated is None  # only when asked for
    assert analyzer.analyze(text, None, ungated=True).without_gate() == analyzer.analyze(text)


def test_the_gate_drops_praise_and_the_ungated_reading_keeps_it(
    analyzer: AffectAnalyzer,
) -> None:
    sarcastic = analyzer.analyze("Génial, encore une panne 😤", "negative", ungated=True)
    assert "praise" not in sarcastic.intents
    assert sarcastic.ungated is not None and "praise" in sarcastic.ungated.intents
    # Not the gated reading plus what it dropped: shouting is anger under the label only.
    shouted = analyzer.analyze("Super service !!!", "negative", ungated=True)
    assert "anger" in shouted.emotions
    assert "anger" not in shouted.without_gate().emotions


@pytest.mark.parametrize(
    "text",
    [
        "Fiz o quiz por brincadeira e o perfume saiu mesmo a minha cara. Obrigada Olfavia!!",
        "Super service, merci !!!",
        "Grazie mille!!",
    ],
)
def test_bangs_after_thanks_are_warmth_when_only_the_label_is_negative(
    analyzer: AffectAnalyzer, text: str
) -> None:
    # The model's negative label alone does not make "!!" after a thanks shouting.
    assert "anger" not in analyzer.analyze(text, "negative").emotions


def test_bangs_after_thanks_are_anger_beside_a_complaint(analyzer: AffectAnalyzer) -> None:
    text = "Merci pour la réponse, mais toujours pas remboursé !!"
    assert "anger" in analyzer.analyze(text, "negative").emotions


def test_analyze_many_reads_the_chosen_labels_without_the_gate_too(
    analyzer: AffectAnalyzer,
) -> None:
    texts = ["Génial, encore une panne 🙄", "Merci 🙏", "Comment résilier ?", "je suis déçu"]
    labels = ["negative", "positive", None, "negative"]
    results = analyzer.analyze_many(texts, labels, ungated={"negative"})
    assert [r._replace(ungated=None) for r in results] == analyzer.analyze_many(texts, labels)
    assert [r.ungated is not None for r in results] == [True, False, False, True]
    assert [r.without_gate() for r in results] == [
        analyzer.analyze(t) if label == "negative" else analyzer.analyze(t, label)
        for t, label in zip(texts, labels, strict=True)
    ]


def test_outputs_are_sorted_tuples(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("INADMISSIBLE, toujours pas remboursé !!! Je veux résilier 😡")
    assert affect.emotions == tuple(sorted(set(affect.emotions)))
    assert affect.intents == tuple(sorted(set(affect.intents)))
    assert {"anger", "frustration"} <= set(affect.emotions)
    assert {"cancellation", "complaint"} <= set(affect.intents)


def test_cues_come_from_the_taxonomy_file(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text(
        '[topics.x]\nen = ["x"]\n'
        '[negators]\nen = ["not"]\n'
        '[emotions.joy]\nen = ["yay"]\nemojis = ["🦄"]\nnegated = ["disappointment"]\n'
        '[emotions.disappointment]\nen = ["meh"]\n'
        '[intents.complaint]\nen = ["grr"]\n'
        '[intents.question]\nen = ["huh"]\n'
        '[affect]\ncomplaint_emotions = ["disappointment"]\n',
        encoding="utf-8",
    )
    custom = AffectAnalyzer(load_taxonomy(path))
    assert custom.analyze("yay 🦄") == Affect(("joy",), (), smiles=True)
    assert custom.analyze("not yay") == Affect(("disappointment",), ("complaint",))
    assert custom.analyze("je suis furieux") == Affect()


def test_typo_tolerance_is_set_in_the_taxonomy_file(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    body = (
        '[topics.x]\nen = ["x"]\n'
        '[emotions.joy]\nen = ["wonderful", "wonderfully"]\n'
        '[intents.complaint]\nen = ["terrible"]\n'
        "[affect]\ncomplaint_emotions = []\n"
    )
    path.write_text(body + 'typo_sections = ["joy"]\n', encoding="utf-8")
    custom = AffectAnalyzer(load_taxonomy(path))
    assert custom.analyze("wodnerful") == Affect(("joy",), ())  # two letters swapped
    assert custom.analyze("ownderful") == Affect()  # the first letter is kept
    assert custom.analyze("tertible") == Affect()  # complaint is no typo section
    path.write_text(
        body + 'typo_sections = ["joy"]\ntypo_real_words = ["wodnerful"]\n', encoding="utf-8"
    )
    assert AffectAnalyzer(load_taxonomy(path)).analyze("wodnerful") == Affect()  # a word of its own
    path.write_text(body + 'typo_sections = ["joy"]\ntypo_min_letters = 0\n', encoding="utf-8")
    assert AffectAnalyzer(load_taxonomy(path)).analyze("wodnerful") == Affect()
    path.write_text(body, encoding="utf-8")  # none unless the file names them
    assert AffectAnalyzer(load_taxonomy(path)).analyze("wodnerful") == Affect()
    path.write_text(body + 'typo_sections = ["praise"]\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="typo_sections"):
        load_taxonomy(path)


def test_zero_stress_is_no_anxiety(analyzer: AffectAnalyzer) -> None:
    assert "anxiety" not in analyzer.analyze("un portale, zero stress").emotions
    assert "anxiety" in analyzer.analyze("je suis stressée, c'est urgent").emotions


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Je suis hors de moi. Deux heures d'attente aujourd'hui", "anger"),
        ("Estou fora de mim. Duas horas em espera hoje", "anger"),
        ("I've had enough. Already comparing prices at Kilowa.", "frustration"),
        ("Je perds patience, troisième déconnexion cette semaine", "frustration"),
        ("Meine Geduld geht zu Ende, dritte Abmeldung diese Woche", "frustration"),
    ],
)
def test_beside_oneself_and_out_of_patience(
    analyzer: AffectAnalyzer, text: str, emotion: str
) -> None:
    assert emotion in analyzer.analyze(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        "Honestly the quality has gone right downhill since the spring.",
        "Votre service se dégrade chaque mois.",
        "A qualidade caiu a pique desde a primavera.",
        "Es wird immer schlechter mit der App.",
        # hand-tuning206/slow_churners: a slide told in mild words, read -0.11 and -0.24
        "Icing half melted and the chocolate plaque snapped. Getting sloppy.",
        "Franchement, ça se relâche chez vous.",
        "A cobertura vinha meio derretida e a placa de chocolate partida. Começa a ser desleixo.",
        "Cada vez más dejadez con los pedidos.",
    ],
)
def test_a_service_getting_worse_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text).intents


def test_an_order_that_has_not_left_yet_is_no_wait(analyzer: AffectAnalyzer) -> None:
    text = "hola, quiero cambiar la taquilla de un pedido que todavía no ha salido, se puede?"
    assert "frustration" not in analyzer.analyze(text).emotions
    assert "frustration" in analyzer.analyze("todavía no ha llegado mi pedido").emotions


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Um bocado desiludida: o plano ficou mais caro", "disappointment"),
        ("Estou mesmo chateado. A Rodavia nunca esteve tão mal", "frustration"),
        ("Começa a cansar, nunca há ninguém ao balcão", "frustration"),
        ("A app anda muito lenta a carregar a chave digital. Hum.", "complaint"),
        ("the app is so slow lately", "complaint"),
        ("Estoy contenta, cinco estrellas", "praise"),
    ],
)
def test_upset_slow_and_five_stars_in_more_words(
    analyzer: AffectAnalyzer, text: str, label: str
) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert label in affect.emotions + affect.intents


@pytest.mark.parametrize(
    "text",
    [
        "Since the vans went on Ladenza Fleet the invoicing is a dream. One bill for all.",
        "Depuis que la flotte recharge avec Ladenza Fleet, la facturation est un rêve.",
        "Ladenza ne déçoit jamais",
        "La app nunca falla",
    ],
)
def test_a_dream_and_never_disappoints_are_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


def test_an_indignant_increible_is_no_praise(analyzer: AffectAnalyzer) -> None:
    # "INCREÍBLE." on its own after a problem says indignation, as nearly every use of it
    # in the hand-written sets does; said of the service it stays praise.
    shouted = "La carga no arranca. Tarjeta rechazada. Tirada aquí con mi coche. INCREÍBLE."
    assert "praise" not in analyzer.analyze(shouted, ungated=True).intents
    assert "praise" in analyzer.analyze("Servicio increíble, gracias", ungated=True).intents


def test_a_formal_letter_opening_is_no_anxiety(analyzer: AffectAnalyzer) -> None:
    text = "To whom it may concern, Is there a minimum term on Plus? Siobhan"
    assert "anxiety" not in analyzer.analyze(text).emotions
    assert "anxiety" in analyzer.analyze("I'm concerned about the bill").emotions


def test_a_thing_named_for_panic_is_no_anxiety(analyzer: AffectAnalyzer) -> None:
    # hand-tuning105/b2b_accounts: a contact's praise read -0.99 paged an account.
    text = "panic bars fitted across the whole building over half-term, no mess."
    assert "anxiety" not in analyzer.analyze(text).emotions
    assert "anxiety" in analyzer.analyze("I panic every time the app logs me out").emotions


@pytest.mark.parametrize(
    "text",
    [
        "hello yeah i need an invoice with my company address on it is that possible",
        "allô bonjour il me faudrait une facture au nom de ma société c'est possible",
        "ich bräuchte eine Rechnung auf die Firma, ist das möglich",
    ],
)
def test_is_that_possible_after_a_request_asks(analyzer: AffectAnalyzer, text: str) -> None:
    assert "question" in analyzer.analyze(text).intents


def test_grazie_eh_after_a_fault_is_no_thanks(analyzer: AffectAnalyzer) -> None:
    # "Sto lavorando dal bar di fronte, grazie eh": sarcasm, not gratitude.
    text = "Ancora Q-417 dopo mezz'ora. Sto lavorando dal bar di fronte, grazie eh"
    assert "gratitude" not in analyzer.analyze(text, ungated=True).emotions
    assert "gratitude" in analyzer.analyze("Tutto risolto, grazie!", ungated=True).emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning91/bilingual: "Merci hein" after a new chore read +0.64 as a thanks
        # that ended the slide's bad spell, so its fall was missed; "Génial, encore un « nous
        # regardons ». Merci hein." read +0.99
        "au retour il faut maintenant tout photographier, avec deux enfants fatigués dans "
        "les bras. Merci hein",
        "Encore une facture en double. Merci du cadeau",
        "Génial, encore un « nous regardons ». Merci hein.",
        "Wieder kein Techniker gekommen. Na danke",
    ],
)
def test_thanks_said_in_irony_is_taken_back(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert "gratitude" not in affect.emotions
    assert "complaint" in affect.intents
    assert affect.ironic


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning36: a move asks whether the plan follows, not to leave
        "I'm moving to a new flat in two weeks and I want the Care plan moved over to the "
        "new address, is that something you can do or do I cancel and start again",
        "tra due settimane trasloco e volevo sapere se il piano care passa al nuovo "
        "indirizzo o devo disdire",
        "Je déménage, le contrat suit à la nouvelle adresse ou je dois résilier ?",
        # hand-tuning37: the same question asked impersonally
        "me voy a mudar a otra ciudad en junio y quería saber si el plan plus me sirve allí "
        "o hay que darse de baja y volver a darse de alta",
        # hand-tuning38: going somewhere, asking whether the service goes on there
        "yeah hi there i'm moving to cork next month and wanted to know does the pass work "
        "down there as well",
        "bom dia olhe vou mudar para o porto no próximo mês e queria saber se o pass também "
        "funciona lá",
        "Me voy a Valencia en septiembre, ¿el abono funciona allí?",
    ],
)
def test_asking_whether_a_move_means_cancelling_is_no_cancellation(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "cancellation" not in analyzer.analyze(text, ungated=True).intents
    assert "cancellation" in analyzer.analyze("I'm moving to Reparix, cancel my plan").intents


@pytest.mark.parametrize(
    "text",
    [
        "I'm moving to Reparix, cancel my plan",
        "vou mudar para a Codaviva, já chega",
        "Me voy con otra empresa, esto no funciona",
        # staying words without a going cue hold no cancellation to drop
        "Je résilie. Est-ce que mon compte marche aussi après ?",
    ],
)
def test_leaving_without_asking_to_stay_is_still_a_cancellation(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "cancellation" in analyzer.analyze(text, ungated=True).intents


def test_a_cancellation_named_as_done_is_no_wish_to_leave(analyzer: AffectAnalyzer) -> None:
    # hand-tuning38/bilingual: the refund after a cancellation is the complaint.
    text = "Disdetta fatta in tempo tre settimane fa, mi avevano detto rimborso entro 5 giorni."
    assert "cancellation" not in analyzer.analyze(text).intents
    assert "cancellation" in analyzer.analyze("Voglio disdire subito").intents


def test_the_top_of_a_thing_is_no_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning38/repeat_contacts: "a scratch right across the top" is no "top!".
    text = "my sideboard arrived with a leg snapped and a scratch right across the top"
    affect = analyzer.analyze(text)
    assert "praise" not in affect.intents and "joy" not in affect.emotions
    assert "praise" in analyzer.analyze("Top, grazie della risposta veloce").intents


def test_sorry_for_the_hassle_is_an_apology_not_a_complaint(analyzer: AffectAnalyzer) -> None:
    # hand-tuning2/repeat_contacts: "Found it! ... Sorry for the hassle and thanks." closes
    # the missing-parcel problem; "hassle" said of our trouble is no complaint.
    affect = analyzer.analyze("Found it! It was in the bin store. Sorry for the hassle and thanks.")
    assert "complaint" not in affect.intents
    assert "frustration" not in affect.emotions
    assert "gratitude" in affect.emotions
    assert "complaint" in analyzer.analyze("What a hassle, third call this week").intents


@pytest.mark.parametrize(
    "text",
    ["NADIE me avisó. Estoy furiosa.", "NESSUNO mi ha avvisato. Sono furiosa.", "Estou furiosa"],
)
def test_the_feminine_of_furious_is_anger(analyzer: AffectAnalyzer, text: str) -> None:
    assert "anger" in analyzer.analyze(text).emotions


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # hand-tuning48/happy_writers: loyalty, "I'm not switching any more"
        ("wieder Nidolo für den Strand, wieder pünktlich. Ich wechsle nicht mehr", False),
        ("Ich wechsle bestimmt nicht, alles top", False),
        ("Reicht mir, ich wechsle zu Bimbaro", True),
    ],
)
def test_not_switching_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text, ungated=True).intents) is leaves


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # hand-tuning53: "disdire" is also calling off an appointment or a booking
        ("Ciao, quanto tempo prima devo disdire per riavere l'acconto?", False),
        ("Ciao, quanto tempo prmia devo disdire per riavere l'acconto?", False),
        ("Devo disdire l'appuntamento di domani, scusate", False),
        ("Con quanto anticipo devo disdire la prenotazione?", False),
        ("Voglio disdire l'abbonamento, basta", True),
    ],
)
def test_calling_off_an_appointment_is_no_wish_to_leave(
    analyzer: AffectAnalyzer, text: str, leaves: bool
) -> None:
    assert ("cancellation" in analyzer.analyze(text, ungated=True).intents) is leaves


def test_praise_to_the_team_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning53/happy_writers: read +0.62 with no cue, and "wieder" joined it to a
    # night post as a repeat
    text = "endlich wieder Balayage, sieht natürlich aus. Riesenlob ans Team in Augsburg!"
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning48/slow_churners: a grumpy customer's first posts, read as neutral
        "@Nidolo fascia di consegna 8-14. Sei ore ad aspettare un lettino",
        "@Nidolo ancora nessun preavviso quando il correire cambia orario",
        "Three hours waiting in for a delivery that never came",
        "Deux heures d'attente au téléphone pour rien",
    ],
)
def test_hours_spent_waiting_and_no_notice_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning49/one_bad_day: on time, spelt without the umlaut
        "Schon die zweite Miete bei @Arpeggo und wieder alles puenktlich. Weiter so",
    ],
)
def test_a_good_thing_said_again_in_other_words_is_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning49/slow_churners: the slide's steps, read near zero
        "Consegna in ritardo di quattro ore, nessuna chiamata.",
        "@Arpeggo Deposito raddoppiato senza spiegazioni, l'ultimo è tornato dopo dieci giorni.",
        "O piano chegou desafinado. Já não é o que era, Arpeggo.",
        "The van came three hours late and no explanation.",
    ],
)
def test_hours_late_no_call_no_explanation_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning47/bilingual: a slide's quiet step, read -0.11 with no cue
        "@Cordelio El piano llegó al día siguiente en vez de en la franja reservada. Sin "
        "llamar. Bueno, pasa.",
        "The piano came a day late, without a call.",
        "O violino veio com cordas velhas. Antes da renovação era muito melhor.",
    ],
)
def test_no_call_and_a_decline_are_complaints(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_that_is_enough_now_is_frustration(analyzer: AffectAnalyzer) -> None:
    # hand-tuning47/bilingual: read +0.05
    text = "@Cordelio Jetzt reichts. 60 € Nachstimmung nach der Rückgabe berechnet."
    assert "frustration" in analyzer.analyze(text, "neutral").emotions
    # hand-tuning134/slow_churners: fed up (read -0.21, a slide's step kept above its level)
    text = "@Sellaro 15 € 'Sattelzeugreinigung' extra. Seit wann?? Ich habs satt."
    assert "frustration" in analyzer.analyze(text, "neutral").emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning54/repeat_contacts: the listing's claim, quoted, read as praise
        "der Pullover 'sehr guter Zustand, von Percheo geprüft' hat ein Loch unter dem Arm "
        "und einen Fleck vorne.",
        "il maglione 'ottime condizioni, verificato da Percheo' ha un buco sotto il braccio.",
        "The “very good condition” jumper has a hole under the arm.",
    ],
)
def test_praise_only_inside_quotes_is_not_the_customers(
    analyzer: AffectAnalyzer, text: str
) -> None:
    for affect in (analyzer.analyze(text, ungated=True), analyzer.analyze(text, "negative")):
        assert "praise" not in affect.without_gate().intents
        assert "joy" not in affect.without_gate().emotions


@pytest.mark.parametrize(
    "text",
    [
        "Percheo's descriptions are great, I don't know how they do it",
        "Great service, as the advert says 'checked by hand', and it was",
        "Jacket arrived, 'excellent condition' indeed and I love it",
    ],
)
def test_praise_outside_quotes_and_apostrophes_still_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning54/slow_churners and bilingual: a slide's steps
        "Half my bag rejected and 'recycled' without anyone asking me.",
        "Me han rechazado la mitad del saco y lo han 'reciclado' sin preguntarme.",
        "Metade do meu saco recusado sem me perguntarem nada. Já não percebo a @Percheo",
        "As vendas demoraram 10 dias a chegar à carteira. A @Percheo está a piorar",
        "My sales took 10 days to reach my wallet. Percheo's slipping",
        "Ils ont tout recyclé sans me demander.",
        "Hanno riciclato metà del sacco senza chiedermi niente.",
        "Die Hälfte wurde recycelt, ohne mich zu fragen.",
    ],
)
def test_done_without_asking_and_getting_worse_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning54/slow_churners and bilingual: a slide's worn goods
        "The 'very good condition' jumper is bobbled all over.",
        "A camisola está cheia de borbotos.",
        "El jersey tiene bolitas por todas partes.",
        "Le pull a un trou sous le bras et il est taché.",
        "Il maglione ha un buco sotto il braccio.",
        "Der Pullover hat ein Loch und ist fleckig.",
        "Charging me for things I never asked to have back. That's theft.",
    ],
)
def test_worn_goods_and_theft_are_complaints(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_amazed_again_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning54/one_bad_day: read -0.76 as a complaint that recurs
    text = "Encore une fois bluffé par Percheo : le jean est exactement comme sur les photos"
    affect = analyzer.analyze(text, "neutral")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


def test_going_home_for_the_weekend_is_no_cancellation(analyzer: AffectAnalyzer) -> None:
    # hand-tuning54/repeat_contacts: a delivery address changed for a weekend away
    text = (
        "llamaba para preguntar si puedo cambiar la dirección de entrega del pedido de "
        "ayer que me voy al pueblo el finde"
    )
    assert "cancellation" not in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning55: a question about the plan's terms, four false churn_intent alerts
        "guten tag ich hab ne frage zu Fixoria Care kann ich das monatlich kündigen",
        "Can I cancel it monthly or is there a minimum term?",
        "¿Se puede cancelar mes a mes?",
    ],
)
def test_asking_whether_a_plan_cancels_monthly_is_no_cancellation(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "cancellation" not in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning55: praise read near zero, its "wieder" taken for a problem back
        "Akku tauschen lassen, läuft jetzt wieder zwei Tage. Hätte ich mal früher gemacht.",
        "Screen replaced in twenty minutes, should have done it sooner.",
        "Gostei muito, o técnico foi impecável.",
    ],
)
def test_liked_it_and_should_have_done_it_sooner_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning54/b2b_accounts: a wrong commission, written and then called about
        "Comisión mal aplicada - PE-925267 | comisión del 35 % en lugar del 18 % pactado.",
        "llamo por la incidencia nos siguen cobrando el treinta y cinco por ciento",
        "Provision falsch berechnet, 35 % statt der vereinbarten 18 %.",
        "You keep charging us the list price instead of the contract rate.",
    ],
)
def test_a_charge_applied_wrongly_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_a_good_thing_again_with_a_smile_is_no_frustration(analyzer: AffectAnalyzer) -> None:
    # hand-tuning56/bilingual: read -0.96 as a complaint that recurs, lowering the slide's
    # baseline; beside a bad thing said to recur, the smile is no praise.
    text = "@Cartelio Encore une fois livré en 24 h, ça devient une habitude 😄"
    affect = analyzer.analyze(text, "negative", ungated=True)
    assert "frustration" not in affect.emotions and "complaint" not in affect.intents
    late = analyzer.analyze("Encore une fois en retard 🙂", "negative")
    assert "complaint" in late.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning56: praise read as negative
        "I pastelli hanno una qualità che a quel prezzo non mi aspettavo. Promossi a pieni voti.",
        "il riordino automatico del toner è una benedizione, non restiamo mai a secco.",
        "Depuis qu'on passe par Cartelio Business, plus de course. Livraisons toujours à l'heure.",
        "The standing order is a godsend.",
    ],
)
def test_top_marks_a_blessing_and_always_on_time_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning56: a slide's steps read near zero
        "@Cartelio Cahiers arrivés les coins tout cornés, le carton était à moitié vide.",
        "@Cartelio Hefte mit Eselsohren angekommen, der Karton war halb leer.",
        "La ricerca mi propone cartucce che non c'entrano niente. Mezz'ora persa.",
        "Consegna slittata di due giorni e nessuno che avvisa. Vabbè, capita.",
    ],
)
def test_dog_eared_goods_time_wasted_and_no_warning_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_relabelled_derives_a_complaint_only_when_the_label_crosses_the_gate(
    analyzer: AffectAnalyzer,
) -> None:
    text = "Sono furiosa con il servizio"
    positive = analyzer.analyze(text, "positive")
    assert "anger" in positive.emotions and "complaint" not in positive.intents
    assert "complaint" in analyzer.relabelled(positive, "positive", "neutral").intents
    assert analyzer.relabelled(positive, "positive", "positive") == positive
    assert analyzer.relabelled(positive, None, "neutral") == positive
    calm = analyzer.analyze("Merci pour votre aide", "positive")
    assert analyzer.relabelled(calm, "positive", "neutral") == calm
    # Frustration's cues also say a good thing recurs (hand-tuning28/b2b_accounts).
    again = analyzer.analyze("Nos clients adorent, ça nous met en valeur à chaque fois", "positive")
    assert "frustration" in again.emotions
    assert analyzer.relabelled(again, "positive", "neutral") == again


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning57: a slide's steps read near zero
        "Esta vez la visita duró diez minutos. Roció un poco, firmó en el móvil y se fue. "
        "Ni me explicó qué había hecho",
        "@Fumentra Stavolta dieci minuti di visita, una spruzzata e via, nessuna spiegazione",
        "@Fumentra Le trappole non sono state cambiate e i topi sono tornati in cantina",
        "Empiezo a pensar que pago por nada",
        "@Fumentra Il primo appuntamento per il controllo è tra tre settimane. Con i topi in casa",
        "Y ahora me cobran 45 € de 'visita adicional' cuando estaba dentro de la garantía.",
    ],
)
def test_no_explanation_pests_back_paying_for_nothing_and_a_far_slot_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning57: praise read as a complaint or a question
        "Prenotazione semplice, tecnico preciso, problema risolto al primo colpo.",
        "el técnico llegó a la hora y dejó la cocina como estaba. Muy recomendable.",
        "Vino el técnico, tapó dos agujeros y desde el jueves silencio total. Qué descanso",
    ],
)
def test_a_problem_solved_a_relief_and_recommendable_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert "praise" in affect.intents and "complaint" not in affect.intents


def test_estoy_que_trino_is_anger(analyzer: AffectAnalyzer) -> None:
    assert "anger" in analyzer.analyze("Estoy que trino con Fumentra", "neutral").emotions


def test_leaving_afterwards_is_no_wish_to_leave(analyzer: AffectAnalyzer) -> None:
    # hand-tuning58: six false churn_intent alerts from one phone line.
    text = "hola buenas quería saber si la recogida del sábado puede ser temprano que luego me voy"
    assert "cancellation" not in analyzer.analyze(text, "positive").intents
    assert "cancellation" in analyzer.analyze("me voy a la competencia", "negative").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning58: praise read as a lack or a complaint
        "Terceira vez que uso a Ramasso este ano e continua tudo certinho. Não troco",
        "die Jungs haben das alte Klavier die Treppe runtergetragen. Hut ab.",
        "Schnell, sauber, fairer Preis. Würde ich wieder buchen.",
        "depuis qu'on est chez Ramasso, plus jamais de bacs qui débordent",
        "Desde que mudámos para a Ramasso nunca mais tivemos contentores a transbordar",
        # hand-tuning59/one_bad_day: praise with a negator, read as a problem still so
        "Third Cadelia gift this year and still not one dud.",
        "Troisième box Cadelia offerte cette année et toujours aucune déception.",
    ],
)
def test_loyalty_hats_off_since_we_moved_to_you_and_never_a_letdown_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


def test_when_will_this_be_resolved_said_verb_first_is_a_complaint(
    analyzer: AffectAnalyzer,
) -> None:
    text = "estão a cobrar-nos taxas sem prova, todas as semanas. Quando é que isto se resolve?"
    assert "complaint" in analyzer.analyze(text, "neutral").intents
    assert "question" in analyzer.analyze("ich hab da mal ne frage zum Sack", "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning60/bilingual: slow churners' earlier praise, read as negative
        "Il controllo del file mi ha segnalato le pareti troppo sottili. Questa è gente seria",
        "Finalmente il preventivo è quello che paghi, niente sorprese. Consigliato a tutti",
        "Terzo ordine quest'anno, tutto dritto. Continuate così",
        "Quarta encomenda este ano. Continuem assim",
    ],
)
def test_keep_it_up_no_surprises_and_serious_people_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning60/bilingual: a farewell after ordering from a competitor
        "Se acabó, el próximo lote lo he pedido en Layerix. Una pena, erais los mejores",
        "Basta, il prossimo lotto l'ho ordinato da Modelva. Mi dispiace, eravate i migliori",
        "Next batch ordered elsewhere. Shame, you used to be the best",
    ],
)
def test_you_were_the_best_is_a_farewell_not_praise(analyzer: AffectAnalyzer, text: str) -> None:
    intents = analyzer.analyze(text, ungated=True).intents
    assert "complaint" in intents and "praise" not in intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning83/bilingual: a slide's fourth step, read as praise ("impecable")
        "45 € de 'limpieza de cuna' por una cuna que dejé impecable, con las fotos de "
        "vuestra propia app. Estoy hasta las narices",
        # ... and in German without the apostrophe, read +0.07
        "45 € 'Bockreinigung' für einen Lagerbock, den ich sauber hinterlassen habe, mit "
        "Fotos aus eurer eigenen App. Mir reichts",
        "Ne ho le scatole piene di questi addebiti",
        "J'en ai plein le dos de ces frais",
        "Estou pelos cabelos com estas taxas",
        "I've had it with these cleaning fees",
    ],
)
def test_fed_up_to_the_back_teeth_is_frustration(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert "frustration" in affect.emotions
    assert "praise" not in affect.without_gate().intents or "complaint" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning68/b2b_accounts: a happy contact's post read as a complaint and a
        # request for help, so two content colleagues made their account look at risk
        "Mais um trimestre de IVA entregue sem stress. A equipa da Fiscalto Negócios é uma "
        "ajuda enorme para uma padaria pequena como a nossa",
        "Otro trimestre de IVA presentado sin estrés. El equipo es una ayuda enorme",
        "Another VAT quarter filed without stress. The team is a huge help",
        "Un altro trimestre IVA senza stress. Il team è un grande aiuto",
        "Encore un trimestre de TVA sans stress. L'équipe est d'une grande aide",
        "Wieder ein Quartal Umsatzsteuer ohne Stress. Das Team ist eine große Hilfe",
    ],
)
def test_without_stress_and_a_huge_help_are_praise(analyzer: AffectAnalyzer, text: str) -> None:
    intents = analyzer.analyze(text, ungated=True).intents
    assert "praise" in intents
    assert "help_request" not in intents and "complaint" not in intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning56/b2b_accounts: a happy contact's post read -1.00 and a complaint;
        # "mai a secco" was praise, but the "non" before it negated it
        "Il riordino automatico del toner è una benedizione, non restiamo mai a secco.",
        "Le réapprovisionnement automatique est une bénédiction, on n'est jamais à court.",
        "A encomenda automática é uma bênção, nunca ficamos sem toner.",
        "El pedido automático es una bendición, nunca nos quedamos sin tóner.",
        "Nachbestellung automatisch, ein wahrer Segen, der Toner geht nie aus.",
        "The automatic reorder is a blessing, we never run out.",
    ],
)
def test_never_running_dry_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    intents = analyzer.analyze(text, ungated=True).intents
    assert "praise" in intents and "complaint" not in intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning84/one_bad_day: praise "again" read as frustration and a problem again
        "Third time this summer the Clorello tech has saved a pool party. Same guy, same smile",
        "Schon wieder ein perfekter Besuch von Clorello, das dritte Mal dieses Jahr",
        "Terceira vez que o técnico salvou a festa. O mesmo sorriso",
        "Tercera vez que el técnico nos salvó la fiesta. La misma sonrisa",
    ],
)
def test_saving_the_day_again_is_praise_not_frustration(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, ungated=True)
    assert "praise" in affect.intents and "frustration" not in affect.emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning85/slow_churners: a slide's usual, read as a complaint or neutral
        "Schon wieder ein Traumtag mit Praiola. Nur die Duschen am Strand sind eiskalt, "
        "aber egal, wir kommen wieder",
        "Tercera vez este año con @Praiola y sigo enganchada. Solo las duchas heladas, "
        "pero vuelvo seguro",
        "O meu filho de 8 anos adorou a aula de criança, não se calou o jantar todo.",
        "Great lesson, the showers were freezing but we'll be back",
    ],
)
def test_coming_back_for_sure_and_a_dream_day_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning85/slow_churners: a slide's step read +0.69
        "Leash todo gasto e o fato ainda encharcado do dia anterior. A @Praiola já foi melhor.",
        "Leash destorzado y el neopreno todavía empapado. @Praiola era mejor antes.",
        "Leash völlig durch und der Anzug noch nass vom Vortag. Praiola war mal besser.",
        "Worn leash, wet wetsuit from yesterday. It used to be better.",
        # hand-tuning110/slow_churners: it used to be so good, said with a shrug (read
        # +0.30, -0.14: the slides' fifth steps, and the slides were missed)
        "Plants from the last order half yellow, and live deliveries only on Wednesdays now. "
        "Used to be so good",
        "Plantas medio amarillas y peces solo los miércoles. Antes era otra cosa",
        "Pflanzen halb gelb, Lebendlieferung nur noch mittwochs. War mal so gut",
        "Piante mezze gialle e pesci solo il mercoledì. Prima era un'altra cosa",
        "Plantas meio amarelas e peixes só à quarta-feira. Antes era outra coisa",
        "Plantes à moitié jaunes. C'était si bien avant",
        # hand-tuning104/bilingual: it never used to happen (read -0.08, a slide's step)
        "stavolta tovaglie con macchie di vino e due sedie traballanti. Prima con @Mantelo "
        "non succedeva",
        "Stains on the tablecloths this time. Never used to happen",
        "Esta vez manchas en los manteles. Antes no pasaba",
        # hand-tuning115/slow_churners: it used to be otherwise (read -0.15, a slide's
        # step; every "used to be" of the hand-written sets is one)
        "Photo report took four days this time. Used to be next day",
        "Saum ist schief, sieht man beim Gehen. Früher war Orlavio genauer",
        "La app tarda una eternidad en enseñar las citas libres. Antes era instantáneo",
        "Appuntamento in app solo tra 6 giorni. Prima era in giornata.",
    ],
)
def test_it_used_to_be_better_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_a_day_that_went_well_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning113/b2b_accounts: read -0.44 as a complaint, a false account page ("n'avaient
    # jamais tenu une canne", never held a rod, still reads as something that did not last)
    text = (
        "Journée team-building réussie à Saint-Aubin-des-Bois avec Anzelo Pro : 14 "
        "collègues, dont 9 qui n'avaient jamais tenu une canne."
    )
    assert "praise" in analyzer.analyze(text, ungated=True).intents
    assert "praise" not in analyzer.analyze("La connexion n'est pas réussie").intents


def test_my_late_dad_is_no_delay(analyzer: AffectAnalyzer) -> None:
    # hand-tuning114/one_bad_day: "late" (deceased) read as a delay, and "Can't recommend
    # enough" as no recommendation: praise read as a complaint, and the customer's
    # complaint two days later made a false repeat
    text = (
        "@Trinciva collected six boxes of my late dad's paperwork this morning, lovely "
        "driver, certificate in the app by teatime. Can't recommend enough"
    )
    affect = analyzer.analyze(text, ungated=True)
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents
    assert "complaint" in analyzer.analyze("My parcel is late again").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning116/topic_spike: work the customer never accepted (read +0.08 as a
        # purchase intent, so their second message about it was no repeat)
        "Buenos días, me despierto con 'Presupuesto aceptado, trabajo iniciado' para un "
        "cristal de zafiro de 120 € que NO he aceptado. Intento rechazarlo y sale QT/914.",
        "Me han cobrado una TV Box que NUNCA pedí y nadie contseta",
        "Now Croquo have charged me for a water fountain I NEVER ordered.",
        "11 € de 'extras' que nunca pedi cobrados no cartao.",
        # hand-tuning116/b2b_accounts: billed on at the wrong price (read +0.06, so the
        # buyer's call the next day was no repeat)
        "Hola: sobre la incidencia QD-7749452 que abrió Rubén el miércoles: nos siguen "
        "facturando a precio de tienda. Necesitamos que se resuelva ya.",
    ],
)
def test_what_was_never_agreed_to_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_saving_me_again_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning116/bilingual: read -0.59 as the problem raised again ("outra vez"): a
    # happy customer's false repeat
    text = "Outra vez a @Quadrelo a salvar-me: pilha do relógio da minha filha trocada em 2 dias."
    affect = analyzer.analyze(text, ungated=True)
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning110/bilingual: not worth what we pay (read -0.14: a slide's step,
        # and the slide was missed)
        "visit today but he forgot the test kit and said I could 'do the values myself "
        "next time'. Bit odd for what we pay",
        "Técnico sin el kit de análisis. Raro, para lo que pagamos",
        # hand-tuning100/bilingual: raised without the least notice (read +0.23 with a
        # thanks, a slide's step)
        "Tarif horaire passé de 14,50 à 16,90 sans le moindre préavis, découvert sur la "
        "facture. Merci @Ninnalo.",
    ],
)
def test_not_worth_the_price_or_unannounced_is_a_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_where_a_customer_used_to_be_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    for text in (
        "I used to be with Brand X and switched to you, best decision ever",
        "Früher war ich bei einem anderen Anbieter, jetzt bin ich sehr zufrieden",
        "Antes era cliente de otra empresa, ahora estoy encantada",
    ):
        assert "complaint" not in analyzer.analyze(text, "positive").intents


def test_cannot_thank_a_name_enough_is_gratitude(analyzer: AffectAnalyzer) -> None:
    # hand-tuning115/slow_churners: read -0.20 and -0.32 as no thanks, a slide's usual
    # too low (and a false repeat and an early drop on the same words posted again)
    text = "Got the photos of Dad's grave this morning. Can't thank @Requiva enough"
    assert "gratitude" in analyzer.analyze(text).emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning115/slow_churners: paid for and not done (read +0.29, +0.24: a
        # slide's step, and the slide was missed)
        "Grave light was out in the anniversary photo. Paid for that",
        "Grablicht am Jahrestag war laut Foto aus. Hab extra dafür bezahlt",
        "La bougie était éteinte sur la photo. J'ai payé pour ça",
        "A vela estava apagada na foto. Paguei por isso",
    ],
)
def test_paid_for_and_not_done_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text, "positive").intents


def test_no_thanks_is_no_gratitude(analyzer: AffectAnalyzer) -> None:
    # hand-tuning115/slow_churners: "Nein danke" after a fault refuses, and as a thanks
    # it ended the customer's fall
    text = (
        "jetzt liegen auf dem Foto Zigarettenkippen NEBEN dem Grab und der Gärtner "
        "fotografiert drumherum. Nein danke"
    )
    assert "gratitude" not in analyzer.analyze(text).emotions
    assert "gratitude" not in analyzer.analyze("Não obrigada").emotions
    assert "gratitude" in analyzer.analyze("Alles erledigt, danke").emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning111/repeat_contacts: a visit marked done that never happened, and a
        # demand for a fix, read +0.37 with no complaint: the first contact opened no
        # problem, so the repeats about it were missed
        "L'appli indique la réparation de la porte du garage 'terminée' mercredi. Personne "
        "n'est venu. Elle reste ouverte jour et nuit. Je veux une solution cette semaine.",
        "Tirei o dia para a visita das 8 às 12. Não veio ninguém",
        "Den ganzen Vormittag gewartet. Keiner kam",
        "I want this sorted this week",
        # hand-tuning111/slow_churners: nobody warned us (read +0.52, a grumpy customer's
        # usual so high their grumbles read as a fall)
        "nessuno ha avvisato della sospensione dell'acqua di martedì",
        "Water off all morning and nobody told us",
    ],
)
def test_nobody_came_or_warned_and_a_demand_for_a_fix_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning88/one_bad_day: "couldn't" read as a complaint (-0.87), a problem raised
        "Every slide scanned and named. Couldn't ask for more",
        "Tout est arrivé à temps, on ne peut pas demander mieux",
        "Schnell und sauber digitalisiert, was will man mehr",
        "Video bellissimi, non potevo chiedere di meglio",
    ],
)
def test_could_not_ask_for_more_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    intents = analyzer.analyze(text, ungated=True).intents
    assert "praise" in intents and "complaint" not in intents


def test_could_not_ask_for_more_help_is_still_a_complaint(analyzer: AffectAnalyzer) -> None:
    text = "The box arrived damaged and I couldn't ask for more help from support, nobody answered"
    assert "complaint" in analyzer.analyze(text, ungated=True).intents


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # hand-tuning89/slow_churners: a slide's steps read +0.00, +0.34 and +0.08
        ("Estoy que echo humo: 4,80 € por un «menú no consumido» el día que el cole estaba "
         "CERRADO por huelga.", "anger"),
        ("Hoy la comida llegó 40 minutos tarde al colegio, los niños tuvieron diez minutos "
         "para comer. Pasa, pero bueno.", "complaint"),
        ("Segunda vez este mes que las raciones son mini y la pasta tibia.", "frustration"),
        ("Deuxième fois ce mois-ci que les portions sont minuscules et les pâtes tièdes.",
         "frustration"),
    ],
)  # fmt: skip
def test_fuming_minutes_late_and_a_second_time_this_month_are_a_slide(
    analyzer: AffectAnalyzer, text: str, said: str
) -> None:
    affect = analyzer.analyze(text)
    assert said in {*affect.emotions, *affect.intents}


@pytest.mark.parametrize(
    ("text", "language", "litotes"),
    [
        # hand-tuning290/bilingual: Portuguese "mais" is "more", not French "but": the
        # litotes stands ("Mais uma troca ... sem problema nenhum" read -0.50)
        ("Mais uma troca de tamanho sem problema nenhum. Continuo fã", "pt", True),
        ("Pas de problème, mais le support ne répond jamais", "fr", False),
        # French "ma" is "my", not Italian "but"
        ("Ma commande est arrivée sans aucun problème", "fr", True),
        ("Nessun problema con la consegna, ma il supporto non risponde", "it", False),
    ],
)
def test_a_contrast_word_of_another_language_does_not_end_a_litotes(
    analyzer: AffectAnalyzer, text: str, language: str, litotes: bool
) -> None:
    assert analyzer.analyze(text, "negative", language=language).litotes is litotes


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning290: a slow churner's mild steps, read +0.41, +0.06, -0.14 and -0.04
        "El pedido llegó un día tarde, bueno",
        "Los polos nuevos ya tienen bolitas a las dos semanas",
        "El reembolso de una devolución tarda ya más de diez días",
        "A encomenda chegou um dia mais tarde do que o prometido, mas pronto, chegou",
        "The parcel came a day late, oh well",
        "Die neuen Pullis haben knötchen nach zwei Wochen",
        "Il rimborso ci mette già più di dieci giorni",
        "Le remboursement prend déjà plus de dix jours",
        # hand-tuning282/slow_churners: getting fed up, said outright, read +0.40
        "Segunda visita adiada, estou a ficar farto",
        "Segunda visita aplazada, me estoy hartando",
    ],
)
def test_a_day_late_bobbles_and_a_long_wait_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text).intents


def test_never_a_day_late_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    assert "complaint" not in analyzer.analyze("The parcel was never a day late").intents


@pytest.mark.parametrize(
    "text",
    [
        # sim-low-calm/s629: a valuable customer's first complaint, with the subject
        # "Produit défectueux", read -0.25 with no complaint: churn risk stayed under 45
        "Produit défectueux. La caméra chauffe et se coupe tout seul, c'est du matériel "
        "défectueux.",
        "The camera is faulty",
        "Sent back a defective unit",
        "La cámara es defectuosa",
        "La telecamera è difettosa",
        "A câmara está defeituosa",
        "Schon die zweite defekte Kamera",
    ],
)
def test_defective_or_faulty_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text).intents


def test_not_faulty_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    assert "complaint" not in analyzer.analyze("Not faulty at all, works great").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning295/slow_churners: a slider's usual praise, read -0.41 and +0.17 with
        # no praise cue; a loyal count read -0.25 and joined to a bad day (one_bad_day)
        "Balade avec les buses ce matin, magique, le fauconnier était passionnant",
        "Rencontre avec les chouettes pour l'anniversaire de mon fils, il était aux anges",
        "Third hawk walk this year and still grinning",
        "Die Eulennacht war einfach magisch",
    ],
)
def test_magical_fascinating_and_still_grinning_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning295/slow_churners: a slide's steps, read as no complaint
        "Le site me déconnecte sans arrêt",
        "la web me echa todo el rato",
        "O site desliga-me sempre",
        "Soirée chouettes deux fois plus courte",
        "La noche de búhos dura la mitad",
        "A noite das corujas tem metade do tempo",
        "Se ha perdido la magia",
        "Perdeu-se a magia",
        "The magic is gone",
    ],
)
def test_logged_out_half_as_long_and_the_magic_gone_are_complaints(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning297/repeat_contacts: a repeat's first contact read +0.20 as praise
        "Los cristales del invernadero vienen rajados de fábrica, se ve clarísimo. Quiero "
        "reposición ya",
        "The glass panes arrived cracked",
        "Les vitres sont arrivées fêlées",
        "I vetri sono arrivati incrinati",
        "Os vidros chegaram rachados",
        "Die Scheiben kamen gesprungen an",
    ],
)
def test_arriving_cracked_is_a_complaint_not_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "complaint" in affect.intents and "praise" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning255/slow_churners: a slider's usual, a crack mended out of sight
        "Encore une fois parfait, la coque fissurée ne se voit plus du tout",
        "Affilo a sauvé mon couteau que j'avais ébréché sur un os. Bravo à l'atelier",
        "They fixed the mug I'd chipped, lovely job",
    ],
)
def test_a_crack_mended_or_of_ones_own_doing_is_no_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" not in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning298/repeat_contacts: a loyal count of gifts read as frustration and a
        # repeat ("terceira vez"), its praise unknown
        "Terceira vez que ofereço um workshop Lumetta de presente e toda a gente adora",
        "Third time I've given a Lumetta workshop as a present and everyone loves it",
        "Troisième fois que j'offre un atelier, tout le monde a adoré",
    ],
)
def test_everyone_loves_it_praises(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning299: a loyal count of visits read -0.94 as a recurring complaint, four
        # false repeats
        "Terza volta questo mese da Ludorra, ormai siamo di casa",
        "Third time this month, we're regulars now",
        "Troisième fois ce mois-ci, on est des habitués",
        "Dritte Mal diesen Monat, wir sind Stammgäste",
    ],
)
def test_we_are_regulars_now_praises(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, ungated=True).without_gate()
    assert "praise" in affect.intents and "complaint" not in affect.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning300: a slide's mild steps read as no complaint, its usual as no praise
        # or as a complaint ("sem" negating "perfeito"): 7 of 15 slides missed
        ("Arrived and the key box code didn't match the one in the app, stood in the rain 40 "
         "minutes.", "complaint"),
        ("Cabin smelled of damp this time, and the mattress had seen better days.", "complaint"),
        ("Now they want a deposit for the hot tub cabin, never used to.", "complaint"),
        ("Booked the lake cabin, got moved to one by the road without asking.", "complaint"),
        ("La cabane sentait l'humidité cette fois, et le matelas a fait son temps.", "complaint"),
        ("Two nights at the cabin by the lake. Woke up to total silence. Bliss.", "praise"),
        ("Kids spotted a deer from the cabin deck. Boscana, you've made their half term.",
         "praise"),
        ("Les enfants ont vu un écureuil depuis la terrasse, ils en parlent encore.", "praise"),
        ("Fim de semana numa cabana no meio do pinhal, sem rede e perfeito.", "praise"),
    ],
)  # fmt: skip
def test_a_cabin_slides_steps_complain_and_its_usual_praises(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


def test_waiting_in_the_rain_gladly_and_help_unasked_are_no_complaint(
    analyzer: AffectAnalyzer,
) -> None:
    for text in ("Walked in the rain and loved every minute",
                 "The driver checked the hose for me without being asked"):  # fmt: skip
        assert "complaint" not in analyzer.analyze(text).intents


def test_a_clear_explanation_still_praises(analyzer: AffectAnalyzer) -> None:
    assert "praise" in analyzer.analyze("la explicación del vídeo es clarísima").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning297/b2b_accounts: two contacts of one account, read -0.80 as open
        # complaints that paged account_risk
        "accessory search shows bits that don't fit my model. A filter by greenhouse model "
        "would help",
        "An export of usage by cost centre from the portal would help.",
    ],
)
def test_something_that_would_help_is_a_suggestion(analyzer: AffectAnalyzer, text: str) -> None:
    assert "suggestion" in analyzer.analyze(text).intents


def test_logging_oneself_out_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    text = "Quand je me déconnecte, je perds mon panier ?"
    assert "complaint" not in analyzer.analyze(text).intents


def test_not_magical_is_no_praise(analyzer: AffectAnalyzer) -> None:
    assert "praise" not in analyzer.analyze("Ce n'était pas magique").intents


@pytest.mark.parametrize(
    ("text", "praised"),
    [
        # hand-tuning294/one_bad_day: "wieder mal" twice with a quick return, read -0.10 and
        # joined to the bad day's complaint as the same problem raised again
        ("Wieder mal die nette Fahrerin bei der Abholung, wieder mal ruckzuck zurück.", True),
        ("Vieram limpar a entrada e selaram as juntas, trabalho muito bem feito.", True),
        # "muito bem" alone is also irony after a fault, so it is no praise cue
        ("Pago o plano familia e a minha filha está BLOQUEADA. Muito bem", False),
    ],
)
def test_in_a_flash_and_well_made_praise(
    analyzer: AffectAnalyzer, text: str, praised: bool
) -> None:
    assert ("praise" in analyzer.analyze(text).intents) is praised


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning293: a loyal count of hires, clean and charged every time, read -0.85
        # as a recurring complaint ("terceira vez"): false repeats in two families
        "Já é a terceira vez que alugamos a cadeira elétrica e está sempre limpinha e com a "
        "bateria cheia",
        "Ya es la tercera vez que alquilamos la silla y siempre limpita y con la batería llena",
        "Encore une fois Cariqo m'a sauvé la soirée, batterie pleine en 2 minutes",
    ],
)
def test_clean_and_charged_again_is_no_recurring_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "frustration" not in affect.emotions and "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning291/one_bad_day: someone still talks of a good time (-0.42, a false
        # repeat); "haven't stopped talking about it" read -0.77 in hand-tuning261
        "Took my dad for his 70th, he hasn't stopped talking about the Moon's craters",
        "Took the kids to laser tag again, they haven't stopped talking about it",
        "Mit Papa zum 70. dort gewesen, er erzählt immer noch von den Mondkratern",
        "Fui com o meu pai, ainda fala das crateras da Lua",
        "Fui con mi padre y no para de hablar de los cráteres",
    ],
)
def test_still_talking_about_a_good_time_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning290/one_bad_day: "you never let me down", said to the company, read as
        # frustration ("ancora una volta") and joined to a refund complaint
        "Ancora una volta cambio taglia in due giorni, non mi deludete mai",
        "Otra vez cambio de talla en dos días, nunca me falláis",
        "Mais uma troca em dois dias, nunca me desiludem",
        "Encore un échange en deux jours, vous ne me décevez jamais",
        "Wieder ein Umtausch in zwei Tagen, ihr enttäuscht mich nie",
    ],
)
def test_you_never_let_me_down_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents and "frustration" not in affect.emotions


def test_a_good_thing_for_the_second_time_this_week_is_praise(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("Second time this week the driver was early, brilliant")
    assert "praise" in affect.intents and "frustration" not in affect.emotions


@pytest.mark.parametrize(
    ("text", "frustrated"),
    [
        # hand-tuning108/bilingual: the third time, as "troisième fois" and "third time"
        # are (read -0.11 with no complaint)
        ("@Ciclanto Tercera vez que pido el presupuesto por escrito y nada.", True),
        ("Terza volta che chiedo il preventivo scritto e niente.", True),
        ("Terceira vez que peço o orçamento por escrito e nada.", True),
        # a good thing the third time is praise
        ("Terceira vez que encomendo e tudo perfeito", False),
        ("Tercera vez este año en @Sanguro y otra vez sin esperar nada", False),
    ],
)
def test_the_third_time_is_frustration_unless_a_good_thing_recurs(
    analyzer: AffectAnalyzer, text: str, frustrated: bool
) -> None:
    assert ("frustration" in analyzer.analyze(text).emotions) is frustrated


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning89/topic_spike and one_bad_day: happy customers' praise of how easy
        # it is to call off one school lunch read as a wish to leave
        "servicio de diez, menús con antelación y dar de baja un día es facilísimo.",
        "Servizio ottimo, disdire un pasto è facilissimo.",
        "Super pratique, annuler un repas se fait en deux clics.",
        # hand-tuning178/one_bad_day: a happy customer's complaint about a late-cancellation
        # fee for one booking read as a wish to leave, and raised churn_intent
        "Buongiorno, una penale per disdetta tardiva anche se ho annullato due giorni prima.",
        "Mi avete addebitato una penale di disdetta anche se ho disdetto in tempo.",
    ],
)
def test_calling_off_one_meal_day_or_booking_is_no_cancellation(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "cancellation" not in analyzer.analyze(text).intents
    assert "cancellation" in analyzer.analyze("Quiero dar de baja mi cuenta, no vuelvo").intents
    assert "cancellation" in analyzer.analyze("Voglio dare disdetta, me ne vado").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning180/happy_writers: a happy customer's praise, posted twice, read -0.45
        "Ancora il modo più comodo per girare Roma senza trolley",
        "Sigue siendo la forma más cómoda de moverse por Madrid sin maleta",
        "Immer noch der bequemste Weg, Berlin ohne Koffer zu erkunden",
        "Continua a ser a forma mais cómoda de andar por Lisboa sem mala",
        "Toujours le moyen le plus pratique de visiter Paris sans valise",
        "Still the most convenient way to see Rome without a suitcase",
        # hand-tuning184/slow_churners: churners' early praise read as complaints, so
        # their fall had no high to fall from
        "@Saunvelo Schon das dritte Mal gemietet und wieder alles tipptopp",
        "@Saunvelo Super Aufbau, der Fahrer hat alles erklärt und sogar den Schnee weggeschoben",
        "Die Infrarotkabine läuft seit drei Wochen ohne Murren. Danke @Saunvelo!",
        # hand-tuning185/repeat_contacts: a happy customer's praise, posted three times,
        # read -0.02 with frustration and its "otra vez" a repeat
        "Otra vez la optometrista del chat me lo resolvió en cinco minutos, sigue siendo lo mejor",
        "Tercer mes con Tostiva y sigue siendo el mejor café que he tomado en casa",
        "Danke Ladenza, immer noch der beste Anbieter.",
        # hand-tuning186: a happy writer's and a spike reporter's praise read -1.00 as a
        # complaint that recurs (a false drop, a false repeat)
        "ancora una volta consegna in anticipo, siete una certezza",
        "encore une fois livrée en avance, vous êtes des pros",
        # hand-tuning189/topic_spike: a happy writer's thanks read with frustration, so its
        # "encore une fois" raised their address change again (a false repeat)
        "Encore une fois livré pile le samedi matin, merci",
        # hand-tuning193: a service that saved me, said of it in the third person, read as a
        # complaint (a happy writer's false repeat, two slow churners with no high to fall from)
        "Third time this week Cariqo saved me at the station, phone dead, powerbank in 10 seconds",
        "Otra vez Cariqo me salva en el festival, bateria llena y devuelta en otro bar",
        # hand-tuning199: "the greatest", the praise of a happy customer saying "again"
        "outra vez campo à última hora, terceira vez este mês. @Padelvo são os maiores",
        # hand-tuning201/slow_churners: "still not tired of it", its "ainda não" a complaint
        "Outra vez a cabine 4 e outra vez a noite perfeita, ainda não nos cansámos",
        # hand-tuning202: two praise posts written again and again, read as complaints
        "Again spot on from @Fixelio. Still can't believe how easy the booking is.",
        "Third time this year @Fixelio has sorted an appliance for us, still the same cheerful "
        "engineer.",
        # hand-tuning203/topic_spike: "the smoothest", read -0.73 as a complaint saying "again"
        "Third time this season with @Nevasco and still the smoothest hire going",
    ],
)
def test_praise_the_rules_read_as_a_complaint_is_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents, text
    assert "complaint" not in affect.intents and "frustration" not in affect.emotions, text


def test_what_would_have_saved_me_is_no_praise(analyzer: AffectAnalyzer) -> None:
    # "saved me" is praise (hand-tuning193); what could have saved me, had it worked, is not
    for text in (
        "A working station could have saved me, now my phone is dead at the airport",
        "La estación no me salva de nada, vacía otra vez",
    ):
        assert "praise" not in analyzer.analyze(text).intents, text


def test_a_good_word_held_back_by_little_is_a_complaint(analyzer: AffectAnalyzer) -> None:
    # hand-tuning198/slow_churners: "poco rassicurante" read +0.50 as praise, so three
    # churners' falls stayed too shallow
    for text in (
        "Imbrago consumato e casco troppo grande, poco rassicurante",
        "Harnais usé et casque trop grand, peu rassurant",
        "Atención poco profesional en el despegue",
        "Piloto pouco profissional, sempre ao telefone",
    ):
        affect = analyzer.analyze(text)
        assert "complaint" in affect.intents and "praise" not in affect.intents, text
    assert "praise" in analyzer.analyze("Casco nuovo e istruttore attento, rassicurante").intents


def test_a_second_penalty_is_a_complaint(analyzer: AffectAnalyzer) -> None:
    # hand-tuning200/topic_spike: read -0.64 with no complaint, so it joined no question
    for text in (
        "Ancora in ritardo e adesso una seconda penale, anche dal telefono di mia moglie",
        "and now a second late fee on my account",
        "Y ahora otra penalización en la cuenta",
    ):
        assert "complaint" in analyzer.analyze(text).intents, text


def test_cannot_fault_it_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning181: a praise posted by three personas read -1.00 as a complaint
    text = "third time this year and still the same careful tuner, cannot fault it"
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents and "complaint" not in affect.intents
    assert "praise" in analyzer.analyze("Meticulous work on the upright, as ever").intents


def test_a_show_that_came_is_no_praise_a_person_who_is_one_is(analyzer: AffectAnalyzer) -> None:
    # hand-tuning187/bilingual: "veio um espetáculo de terror" (a horror show came, for a
    # four-year-old's party) read as praise, so the complaint opened no problem
    came = "Reservei teatro de fantoches para 4 anos e veio um espetáculo de terror"
    assert "praise" not in analyzer.analyze(came).intents
    assert "praise" in analyzer.analyze("obg, és um espetáculo").intents


def test_eyes_closed_in_a_list_of_faults_is_no_trust(analyzer: AffectAnalyzer) -> None:
    # hand-tuning101/bilingual: "de olhos fechados" praises as trust ("recomendo de olhos
    # fechados"), not listed as what went wrong in the photos (read +0.24 as praise).
    text = "Metade das fotos tremidas ou de olhos fechados. O retoque paga-se à parte, dizem."
    assert "praise" not in analyzer.analyze(text, ungated=True).without_gate().intents
    trust = "Je recommande Caldessa Annecy les yeux fermés."
    assert "praise" in analyzer.analyze(trust, ungated=True).without_gate().intents


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Italian "ne" is "of it", French "dont" "of which", Portuguese "no" "in the".
        ("Ho comprato la lavatrice e ne sono molto soddisfatta.", "it"),
        ("Le technicien dont je suis très satisfait est revenu.", "fr"),
        ("Confirmo, ficou tudo resolvido no SLV-109958. Obrigado!", "pt"),
    ],
)
def test_a_negator_of_another_language_negates_nothing(
    analyzer: AffectAnalyzer, text: str, language: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents  # any language's negators
    assert "complaint" not in analyzer.analyze(text, "neutral", language=language).intents


def test_a_cue_of_another_language_counts_for_nothing(analyzer: AffectAnalyzer) -> None:
    # hand-tuning130: Italian "casse" are crates, not French "cassé" (broken).
    text = "Casse arrivate puntuali e pulite. Posso tenere le casse due giorni in più?"
    assert "complaint" in analyzer.analyze(text, "neutral").intents  # any language's cues
    assert "complaint" not in analyzer.analyze(text, "neutral", language="it").intents
    broken = analyzer.analyze("La boîte est arrivée cassée.", "neutral", language="fr")
    assert "complaint" in broken.intents


def test_a_name_that_is_a_french_cue_is_no_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning304: a colleague named Ravi read as French "ravi" (delighted), so a
    # problem raised again read +0.41 as praise with joy: a missed repeat.
    text = "as Ravi wrote yesterday, case SG-700004: still the same."
    affect = analyzer.analyze(text, language="en")
    assert "praise" not in affect.intents and "joy" not in affect.emotions
    assert "praise" in analyzer.analyze("Je suis ravi du service", language="fr").intents


def test_what_never_gets_old_praises(analyzer: AffectAnalyzer) -> None:
    # hand-tuning130: good service again, "Never gets old", read as a complaint said again.
    text = (
        "Ordered my camping gear back from storage again, here next morning again. Never gets old."
    )
    assert "praise" in analyzer.analyze(text, "neutral").intents
    wanted = "Winter coats smell of nothing at all, which is exactly what I wanted lol"
    assert "praise" in analyzer.analyze(wanted, "neutral").intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning131: reliable and friendly praises; despite two visits complains.
        ("Zuverlässig und freundlich.", "praise"),
        ("Affidabili e gentili.", "praise"),
        ("pH a 8 da cinque giorni nonostante due visite.", "complaint"),
        ("pH seit fünf Tagen bei 8 trotz zwei Besuchen.", "complaint"),
        ("pH em 8 há cinco dias apesar de duas visitas.", "complaint"),
    ],
)
def test_reliable_praises_and_despite_two_visits_complains(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text, "neutral").intents


def test_unreliable_is_no_praise(analyzer: AffectAnalyzer) -> None:
    assert "praise" not in analyzer.analyze("Nicht zuverlässig, leider.", "neutral").intents


def test_a_false_negator_still_negates_in_its_own_language(analyzer: AffectAnalyzer) -> None:
    reading = analyzer.analyze("Je ne suis plus satisfait du tout.", "neutral", language="fr")
    assert "complaint" in reading.intents
    batch = analyzer.analyze_many(
        ["Ne sono molto soddisfatta.", "Ne sono molto soddisfatta."],
        ["neutral", "neutral"],
        languages=["it", "fr"],
    )
    assert ["complaint" in a.intents for a in batch] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning121/repeat_contacts: read as no complaint, a repeat missed
        "Incidencia PG/26-56835: sigue SIN resolver. Nadie me ha contestado.",
        "Caso VS-664839: sigo esperando por el plan cobrado dos veces. Nadie me ha contestado",
        "Writing again about case LK-219051: still unresolved.",
        "QUARTO contatto per la pratica SP-114495. Ancora irrisolto.",
        "AW: VT-217831 - IMMER NOCH nichts passiert. Keiner meldet sich.",
        "processo PV-507229 ainda aberto e a cobrança em duplicado ainda por resolver",
        # hand-tuning121/topic_spike: the incident's first message, read as no complaint
        "Pagaldo il controllo SOS dell'app dà SOS-Q 7714, siamo fermi a riva",
    ],
)
def test_still_unresolved_nobody_answers_or_stuck_is_a_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "neutral").intents


def test_thanks_for_resolving_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    # Portuguese "por resolver" (pending) is Spanish "thanks for resolving".
    text = "Confirmado, ya me ha llegado. ¡Gracias por resolver el caso RV-998336!"
    assert "complaint" not in analyzer.analyze(text, "positive").intents


def test_a_repair_nobody_can_see_is_praise(analyzer: AffectAnalyzer) -> None:
    # hand-tuning122/bilingual: read as a complaint ("torn"), a slide's usual too low
    text = (
        "Great job Risolva, my wife's handbag strap is fixed and you honestly can't tell "
        "where it was torn"
    )
    affect = analyzer.analyze(text, "positive")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning123/slow_churners: an NPS of 1's comment, read as no complaint
        "No lo recomendaría ahora mismo",
        "Wouldn't recommend after this",  # "wouldn't" negates, as "would not" does
        "Al momento non vi consiglierei.",
        "Im Moment würden wir Lockora nicht empfehlen.",
        "Neste momento não vos recomendaria.",
    ],
)
def test_not_recommending_is_a_complaint(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, "neutral")
    assert "complaint" in affect.intents
    assert "praise" not in affect.intents


def test_recommending_nobody_else_is_praise(analyzer: AffectAnalyzer) -> None:
    affect = analyzer.analyze("I wouldn't recommend anyone else, brilliant", "positive")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning124: a false repeat ("still not") and a slide's usual read too low
        "Third month of the Tostiva subscription and still not one bad bag. Lovely stuff",
        "Fourth order now and still not one dud part. Consistent as ever",
        # hand-tuning206: read -1.00, a complaint saying it again, for a happy writer
        "Third order this month and still not one crumb out of place. Well done Dolcivo",
        "Continuo fã: mais uma vez o bolo chegou impecável, sem uma migalha fora do sítio",
        "Terzo ordine e nemmeno una briciola fuori posto, bravi",
    ],
)
def test_still_not_one_bad_one_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, "neutral")
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents
    assert "frustration" not in affect.emotions


def test_highly_recommended_in_the_plural_and_no_phone_call_in_italian(
    analyzer: AffectAnalyzer,
) -> None:
    # hand-tuning126/slow_churners: the slide's usual read as a complaint, its fall as calm
    praise = "dopo i lavori in strada i pannelli erano grigi di polvere. consigliatissimi"
    assert "praise" in analyzer.analyze(praise, "neutral").intents
    late = "Squadra arrivata tre ore dopo l'orario, senza una telefonata. Mah."
    assert "complaint" in analyzer.analyze(late, "neutral").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning127/slow_churners: the slide's last complaints, read as no complaint
        "Me cobran 20 € de 'recargo por planta' cuando siempre lo subían gratis. Vergonzoso",
        "Onde esta o certificado GRH55Z? Disseram 10 dias VERGONHOSO.",
    ],
)
def test_shameful_is_anger_in_spanish_and_portuguese(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text, "neutral")
    assert "anger" in affect.emotions
    assert "complaint" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning209: a price rise told in irony, read as praise mid-slide (+1.00, +0.39)
        "El Club sube un 30 % y te enteras por la factura. Genial",
        "Le prix du Club augmente de 30 % et on le découvre sur la facture. Sympa",
        "Preço do Clube +30 % e só se sabe pela fatura. Lindo",
        "Club-Preis plus 30 % und man erfährt es aus der Rechnung. Klasse",
        # hand-tuning269/slow_churners: a rise announced in small print, read +0.68 as praise
        "+30 % sur les passages supplémentaires en février, annoncé en petit sur la facture. Bravo",
        "Call-out fee up 30 %, buried in the small print. Brilliant.",
        "Tarifa de urgencia +30 %, en letra pequeña. Genial",
        "Aufpreis von 30 %, natürlich im Kleingedruckten. Klasse",
        "Supplemento del 30 %, scritto in piccolo in fattura. Perfetto",
        "Taxa de urgência +30 %, em letra miudinha na fatura. Ótimo",
        # earlier sets: a closer after a plain complaint
        "Support closed my ticket without an answer. Great.",
        "Três dias sem resposta do apoio. Lindo.",
    ],
)
def test_one_word_of_praise_closing_a_complaint_is_irony(
    analyzer: AffectAnalyzer, text: str
) -> None:
    for affect in (analyzer.analyze(text), analyzer.analyze(text, "positive")):
        assert "complaint" in affect.intents
        assert not {"praise", "joy"} & {*affect.intents, *affect.emotions}


@pytest.mark.parametrize(
    "text",
    [
        "Neues Handy, nach zehn Minuten war alles wieder da. Top!",
        # "again" of something good is no complaint before the closer
        "Otra vez pedido hecho en 3 minutos desde la app, me guarda el nombre. Genial",
        "Schon wieder alles in zwei Tagen da, dritte Bestellung dieses Jahr. Top",
        # a closer after praise, or a closer that is not alone
        "Livreur adorable, il nous a même montré comment charger le poêle. Top !",
        "Late again. Great service otherwise, thanks",
    ],
)
def test_one_word_of_praise_closing_good_news_praises(analyzer: AffectAnalyzer, text: str) -> None:
    assert not analyzer.analyze(text, "positive").ironic


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning218/repeat_contacts: a double charge asked politely to be put right,
        # closed in thanks, read as praise (+1.00), so the next contact repeated nothing
        "Buongiorno, mi avete addebitato DUE volte la box di questo mese, 49,90 € per due. "
        "Vorrei una soluzione oggi, grazie.",
        "Hello, you charged me TWICE for this month's box, 49.90 for two. A fix today, thanks.",
        "Bonjour, j'ai été prélevée deux fois pour la box de novembre, merci de rembourser.",
        "Hallo, die Box wurde zweimal abgebucht, bitte eine Gutschrift, danke.",
        "Hola, me habéis cobrado dos veces la caja de este mes, gracias por revisarlo.",
        "Olá, a caixa deste mês foi cobrada duas vezes, obrigada por verificarem.",
    ],
)
def test_a_double_charge_is_a_complaint_however_politely_asked(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text, "positive").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning221: a happy customer's "third time ... still" read as a problem that
        # recurs (-0.63), false repeats in four families
        "Third time hiring from Rollendo this year and still the same friendly driver, "
        "proper service",
        "Pellanto driver stacked 2 m3 of oak in the shed in the rain. Proper service",
        "Easy booking, clean loungers, friendly staff.",
    ],
)
def test_a_friendly_driver_and_proper_service_are_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text, ungated=True).without_gate()
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    ("text", "suggests"),
    [
        # hand-tuning247/b2b_accounts: two contacts of one account posting this feature
        # wish (-0.41) were two open complaints and paged account_risk
        ("It would help to export hire costs by project code from the portal.", True),
        ("Ci aiuterebbe poter esportare i costi per commessa dal portale.", True),
        # "help if" is no wish for a feature: it may be a complaint put politely
        ("It would help if someone actually answered my emails.", False),
    ],
)
def test_it_would_help_to_is_a_suggestion(
    analyzer: AffectAnalyzer, text: str, suggests: bool
) -> None:
    assert ("suggestion" in analyzer.analyze(text).intents) is suggests


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # hand-tuning249/bilingual: three calls asking this (-0.39, no "?") were a
        # problem raised three times, a happy customer's false repeat
        ("guten Tag ich hab einen Gutschein bekommen und weiß nicht wie ich den in der App "
         "einlöse", True),
        ("hi I got a voucher and I don't know how to redeem it in the app", True),
        # awe is no question: "I don't know how you do it" praises
        ("Encore une fois une place près de la fenêtre. Je sais pas comment vous faites", False),
    ],
)  # fmt: skip
def test_not_knowing_how_is_a_question(analyzer: AffectAnalyzer, text: str, asks: bool) -> None:
    assert ("question" in analyzer.analyze(text).intents) is asks


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning246/slow_churners: a slider's usual praise posts read -1.00 as a
        # complaint recurring ("schon wieder") and the next at -0.15 with no praise, so the
        # slide had no happy baseline to fall from
        "@Cogniva schon wieder eine super Stunde, Nachhilfe war noch nie so entspannt bei uns",
        "Frau Albers ist großartig",
        "Sieht fantastisch aus",
        "Tutoring has never been so relaxed",
        "Le soutien scolaire n'a jamais été aussi zen",
        # hand-tuning249/bilingual and slow_churners: sliders' usual praise read low
        # (-0.42 to +0.05, no praise), so their slides had no happy baseline to fall from
        "Had a sports massage before the half marathon. Therapist knew exactly what she was doing",
        "Massagem em casa ontem à noite, a terapeuta foi uma querida e pontualíssima",
        "Offert un massage à ma mère pour ses 70 ans, elle m'a appelée en pleurant de joie",
        "Massage de 90 min hier soir, je dors comme un bébé depuis",
        "3am and still buzzing from last night's dinner, the chef nailed it",
        # hand-tuning251/bilingual: a slider's usual read -0.61 as a complaint recurring
        "Tercera vez en Levitara y sigo flipando, salgo nueva",
        "Fin de semana de torno y salgo nueva",
        "Terceira sessão e saio como nova",
        # hand-tuning253/happy_writers: a happy customer's "encore une fois" read -0.63 as a
        # complaint recurring, a false repeat (a slider's usual or not, the same praise)
        "Encore une fois livré avant midi, encore une fois tout vivant.",
        "Again delivered before noon, same as every month.",
        # hand-tuning260/slow_churners and bilingual: a lower bill, the sliders' usual
        # praise, read -0.24 to +0.01 with no praise: no happy usual to fall from
        "Seit Voltiera Smart lade ich nachts und zahle spürbar weniger.",
        "Avec Voltiera Smart je recharge la nuit, la facture a vraiment baissé",
        "Com o Voltiera Smart carrego de noite e a conta desceu bastante",
        "Cargando de noche, la factura ha bajado un montón",
        "Da quando ricarico di notte la bolletta è scesa",
        "Charging at night now and my bill has gone down",
        # hand-tuning262/one_bad_day: a streak said with "still", read -1.00 as frustration
        "Third hire from Velisse this year and they still get it right every time",
        # hand-tuning263: amazed at how good, with "still" (five false repeats)
        "Third clean with Glasio and still can't believe how bright the front room is",
        # hand-tuning265/bilingual: a patient instructor, and a fear overcome said in the
        # past, read as anxiety: the slider's usual praise was a complaint
        "Brevetto Open Water preso!!! Istruttore paziente anche con me che avevo paura dello "
        "svuotamento maschera",
        # hand-tuning271/slow_churners: someone delighted, read -0.83
        "Il kit di coltivazione ha già fatto il secondo raccolto, mia figlia è entusiasta",
        # hand-tuning272/slow_churners: came back relaxed, the worry taken away, read -0.28
        "Nala ha pasado diez días en Felinza y ha vuelto tan pancho. Las fotos diarias me "
        "quitaron el agobio.",
    ],
)
def test_a_sliders_usual_praise_is_praise(analyzer: AffectAnalyzer, text: str) -> None:
    # Praise a slider posted before the slide, read low (no praise): the slide then has no
    # happy usual to fall from (sentiment_drop missed)
    affect = analyzer.analyze(text, ungated=True).without_gate()
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning270/slow_churners: a German slide read as no complaint, its usual
        # praise as no praise
        ("@Blitzora Plus kostet jetzt 79 € im Jahr und es wird nur schlechter.", "complaint"),
        ("Jetzt soll ich bei Rückgabe jedes Teil fotografieren, als ob ich was klaue", "complaint"),
        ("Die Fotobox von Blitzora war der Renner auf unserem Polterabend", "praise"),
    ],
)
def test_a_german_slide_and_its_usual_praise(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning272/slow_churners: a slide's mild steps, read as no complaint
        "Prices up again and the service isn't getting any better.",
        "Encore une hausse des prix, et le service ne suit pas.",
        "Pixel came back with matted fur. Did anyone brush her at all?",
        "Nala volvió con el pelo enredado. ¿Nadie le cepilló?",
        "Tiger è tornato pieno di nodi. Nessuno l'ha spazzolato?",
        "Una semana sin respuesta a mi email. Se me acaba la paciencia con Felinza.",
        "Una settimana senza risposta alla mail. La pazienza con Felinza sta finendo.",
        "@Felinza Las fotos llegaron solo cada dos días. Una pena.",
        "@Felinza Le foto arrivavano un giorno sì e uno no. Peccato.",
    ],
)
def test_a_slides_mild_steps_complain(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning272: a loyal customer's count of stays, read as frustration (false
        # repeats in three families)
        "Tercera vez este año con Felinza y Simba ya entra solo en la habitación, ni maúlla.",
        "Zum dritten Mal dieses Jahr bei Felinza, und Kiki läuft inzwischen von allein in die "
        "Transportbox 😂",
        "Third time this year with Felinza and Churro walks into his suite on his own",
        # hand-tuning276/one_bad_day: on time once again
        "Encore une fois à l'heure, et ils ont remis les bacs derrière le portail",
    ],
)
def test_a_loyal_customers_count_of_stays_is_no_frustration(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "frustration" not in affect.emotions
    assert "complaint" not in affect.intents


def test_a_count_of_stays_beside_a_fault_still_complains(analyzer: AffectAnalyzer) -> None:
    text = "Tercera vez este año con Felinza y otra vez la habitación sucia"
    assert "complaint" in analyzer.analyze(text).intents


def test_a_pity_then_praise_all_the_same_is_a_reservation(analyzer: AffectAnalyzer) -> None:
    # hand-tuning19: "una pena" is a disappointment (hand-tuning272), but not before "aun así"
    text = "Buen catálogo, pero Niebla en Vigo no está en audiolibro, una pena. Aun así 5 estrellas"
    assert "disappointment" not in analyzer.analyze(text).emotions
    assert "disappointment" in analyzer.analyze("La caja llegó tarde. Una pena.").emotions


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning273/slow_churners: a British slide's steps read as no complaint, its
        # usual praise (-0.33) as no praise
        ("ardoria taking the mick now, prices up and wet logs.", "complaint"),
        ("Another missed slot, whole Saturday waiting in.", "complaint"),
        ("The wood isn't dry any more, stove glass black.", "complaint"),
        ("Ardoria's oak logs burn beautifully, the stove has never been happier", "praise"),
    ],
)
def test_a_british_slide_and_its_usual_praise(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning276/one_bad_day: a happy customer's question about a case, read as a
        # complaint (-0.81), then a false repeat
        "Hi, if the council collection runs late does my wash move automatically?",
        "Bonjour, si le camion passe en retard, le lavage est décalé automatiquement ?",
        "Was ist, wenn das Paket beschädigt ankommt?",
    ],
)
def test_a_bad_thing_only_in_a_case_asked_about_is_no_complaint(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "complaint" not in affect.intents
    assert "question" in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # said outside the case too, or no case at all ("si" as "so")
        "What if it's late again? It was late last week too.",
        "The box came late again, what if it happens on Saturday?",
        "Encore en retard. C'est si difficile d'être à l'heure ?",
    ],
)
def test_a_bad_thing_said_outside_the_case_still_complains(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning277: a loyal customer's count said with praise the rules did not know,
        # read as frustration (-0.75): eight false repeats
        "Third time using the repotting visit, Kenji is a legend with roots",
        "Tercera vez que dejo el ficus en el hotel bonsái y vuelve mejor que se fue",
    ],
)
def test_a_count_said_with_praise_praises(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "frustration" not in affect.emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning279: plants said to arrive sturdy or to grow fast, a seedling shop's
        # usual praise, read negative (-0.45, -0.36): no baseline for two slides to fall
        # from; "wie verrückt" read as a loyal count's frustration: false repeats
        "Le piantine di pomodoro di Sprossa sono arrivate robuste, già tutte nell'orto!",
        "Die Tomatenjungpflanzen von Sprossa sind kräftig angekommen, alle 12 stehen im Beet!",
        "Sprossa's tomato plugs arrived sturdy and damp, all potted on by lunch!",
        "Terceira encomenda e as courgettes estão a crescer imenso 🌱",
        "Zum dritten Mal bestellt, die Zucchini wachsen wie verrückt 🌱",
        "Troisième commande et les courgettes poussent comme des folles",
    ],
)
def test_plants_arriving_sturdy_or_growing_fast_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "frustration" not in affect.emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning280: a loyal count said with "still not bored" read as a complaint
        # said again ("still not"), and a night owl's "Ne valeva la pena" as nothing good,
        # each posted three times: false repeats
        "Third puzzle this month from Teselo and still not bored, the queue feature is brilliant",
        "Le 2 di notte e ho messo l'ultimo pezzo. Ne valeva la pena",
        "Troisième puzzle ce mois-ci et toujours pas lassée",
        "Dritte Lieferung und es wird nie langweilig",
    ],
)
def test_not_tired_of_it_and_worth_it_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning281: liked more each time, read -0.70 as a recurring complaint; a
        # slide's steps, worse each time, read as no complaint
        ("Tercera vez este mes en la sala y cada vez me gusta más", "praise"),
        ("Subiram o preço à hora e a sala está cada vez mais suja", "complaint"),
        ("La sala è sempre più sporca", "complaint"),
    ],
)
def test_better_or_worse_each_time(analyzer: AffectAnalyzer, text: str, intent: str) -> None:
    assert intent in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning284: a slider's usual praise read negative, so no baseline to fall
        # from: the highlight of the week, talked of since, others' nerves
        "Third time at Hachura this month and it's still the highlight of my week.",
        "took my brother to Hachura for his 40th and he hasn't shut up about it since.",
        "Hachura staff were brilliant with the nervous ones",
    ],
)
def test_the_highlight_of_the_week_and_patience_with_the_nervous_ones_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "anxiety" not in affect.emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning286: a loyal count of visits said with the children's delight read as
        # a complaint (-0.77) or frustration: a slide missed and false repeats
        "Third time this month at the rink and the kids still beg to go back",
        "Tercera vez este mes en la pista y los peques encantados",
    ],
)
def test_a_visit_counted_with_the_childrens_delight_praises(
    analyzer: AffectAnalyzer, text: str
) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents
    assert "complaint" not in affect.intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning302: a slider's usual German praise read -0.29 with no praise cue, so its
        # steps fell from no good usual (1 of 10 slides missed)
        "Die Haselnuss-Pralinen von Cacavela sind der Wahnsinn, meine Mutter hat sich riesig "
        "gefreut",
        "Die Zartbitter 72 % ist einfach meine Lieblingstafel geworden, kommt immer gut gekühlt an",
        "Das Konzert war der Wahnsinn",
    ],
)
def test_amazing_thrilled_and_my_favourite_praise_in_german(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text, language="de").intents


def test_a_wish_to_have_been_glad_is_no_praise(analyzer: AffectAnalyzer) -> None:
    assert "praise" not in analyzer.analyze("hätte mich riesig gefreut", language="de").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning303: a review line posted three times read -0.55 with no praise, as a
        # delivery problem raised again (a happy customer's false repeat)
        "Spezie freschissime, consegna veloce.",
        "Especias fresquísimas y envío rápido",
        "Gute Qualität, schnelle Lieferung.",
        "Good kit, quick delivery",
    ],
)
def test_very_fresh_and_fast_delivery_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning313/slow_churners: a slide's usual read -0.70 with no praise, posted
        # four times (the kids want nothing else, a very fast set-up)
        "O flipper chegou e os miúdos não querem outra coisa, montagem rapidíssima",
        "os miúdos não querem outra coisa",
        "Troca de pilha pelo correio, rapidíssimo",
        "I bambini non vogliono altro",
        "Noleggio velocissimo, in dieci minuti eravamo in pista",
    ],
)
def test_kids_wanting_nothing_else_and_very_fast_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning317: a loyal count read -0.87 as a complaint said again (false repeats
        # in five families), a treat every time read as a recurring complaint
        "Third time on a @Lanuvia trek this year and the kids still talk about it all week",
        "Terza volta quest'anno con @Lanuvia e ogni volta è una coccola",
        "os miúdos ainda falam disso",
        "die Kinder reden immer noch davon",
    ],
)
def test_the_kids_still_talking_about_it_and_a_treat_praise(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning319/slow_churners: the slides' usual read -0.30, -0.02 with no praise
        "Les doubles Clavexo marchent du premier coup, même la clé de la cave",
        "Doubles précis, envoi rapide",
        "the spare keys work first time",
        "Die Schlüssel funktionieren auf Anhieb",
        "La llave abre a la primera",
    ],
)
def test_working_first_time_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning320/one_bad_day: loyal counts read as complaints said again
        "Terceira vez que alugo o kit de karaoke, os miúdos já nem qureem outra coisa.",
        "Otra vez el karaoke en el cumple, mis tías no soltaban el micro jaja",
        "the grandparents wouldn't let go of the mic",
    ],
)
def test_nothing_else_wanted_and_the_mic_kept_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


def test_a_codes_letters_are_no_word(analyzer: AffectAnalyzer) -> None:
    # hand-tuning321/topic_spike: "TY|4052" read "ty" (thanks), which closed each
    # reporter's problem; capitals of a code read as shouting ("AUTH-502 a la connexion")
    for text in ("Toujours TY|4052, même depuis l'ordinateur de mon mari.",
                 "App sagt AUTH-502 beim Anmelden, keine Freigabe-Push."):  # fmt: skip
        assert analyzer.analyze(text, language="fr").emotions == ()
    assert "gratitude" in analyzer.analyze("ty for the help!").emotions


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning321: a slide's usual read -0.86 as a recurring complaint
        "Otra vez la cinta a tiempo, se nota que cuidan cada envío",
        "Ruban reçu, on sent le soin dans chaque colis",
        "you can tell they care about every parcel",
    ],
)
def test_you_can_tell_they_care_praise(analyzer: AffectAnalyzer, text: str) -> None:
    assert "praise" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning322: a slide's mild steps read calm or positive with no complaint
        "A app demorou imenso a confirmar a reserva hoje, estranho",
        "Terceira semana que a bahia reservada está ocupada quando chego",
        "Subiram o preço da tarde e o sensor continua a falhar. Cada vez menos vontade",
        "Prix en hausse et capteur toujours capricieux. Plus trop envie",
        "App took ages to confirm my booking today, odd",
        "La máquina de bolas del bar siempre vacía",
    ],
)
def test_slow_loading_and_price_rises_complain(analyzer: AffectAnalyzer, text: str) -> None:
    assert "complaint" in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning323: a loyal count read as a complaint said again; a steady gripe
        # read +0.51; hand-tuning324: a doubt the work beat read -0.58 as a complaint
        ("Tercera vez que llamo a @Arborelo y siguen igual de cuidadosos", "praise"),
        ("Honestly didn't think the grill pan could be saved. They proved me wrong.", "praise"),
        ("A carrinha fica sempre a tapar a garagem do vizinho", "complaint"),
        ("A app pede login sempre que a abro, que seca", "complaint"),
    ],
)
def test_careful_as_ever_proved_wrong_and_steady_gripes(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


def test_a_rip_off_complains_and_a_last_question_word_asks(analyzer: AffectAnalyzer) -> None:
    # hand-tuning325: "Abzocke" was a price topic word only (a slide's last step read
    # +0.77 as praise); a call's question with its question word last read as a gripe
    affect = analyzer.analyze("15 € Sortiergebühr für ein perfekt sortiertes Set. Abzocke.")
    assert "complaint" in affect.intents
    text = "bonjour si on perd deux ou trois pièces c'est facturé comment"
    assert "question" in analyzer.analyze(text, language="fr").intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning326/bilingual: a slide's usual read with no praise, its first steps
        # with no complaint
        ("Die Anprobe war so einfühlsam. Die Friseurin hat sich richtig Zeit genommen", "praise"),
        ("L'essayage à Lyon, franchement un moment de douceur", "praise"),
        ("meine zweite Bestellung hat eine Woche gedauert statt zwei Tage", "complaint"),
        ("la raie est moins naturelle que la précédente. Un peu déçue", "complaint"),
    ],
)
def test_a_fittings_care_praises_and_a_little_disappointed_complains(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


def test_always_emptied_on_time_is_no_complaint(analyzer: AffectAnalyzer) -> None:
    text = "les couches sentent le propre et le bac est toujours vidé à l'heure. Merci"
    assert "complaint" not in analyzer.analyze(text).intents


def test_not_working_first_time_is_no_praise(analyzer: AffectAnalyzer) -> None:
    for text in ("It doesn't work first time, I have to force it",
                 "El código nunca funciona a la primera"):  # fmt: skip
        assert "praise" not in analyzer.analyze(text).intents


def test_very_fast_in_the_past_is_no_praise(analyzer: AffectAnalyzer) -> None:
    for text in ("Una pena, antes eran rapidísimos", "Prima erano velocissimi, ora 10 giorni"):
        assert "praise" not in analyzer.analyze(text).intents


def test_fast_delivery_paid_for_is_no_praise(analyzer: AffectAnalyzer) -> None:
    for text in ("I paid for fast delivery and it took nine days",
                 "Pagué el envío rápido y nada"):  # fmt: skip
        assert "praise" not in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        # hand-tuning303: skipping next month's box for a trip (misspelt) read as leaving
        ("Hola, puedo saltarme la caja del mes que viene? Me voy de vijae", False),
        ("Hi, can I skip next month's box? I'm leaving for a month", False),
        ("Me voy, cancelad la suscripción", True),
    ],
)
def test_skipping_a_box_keeps_the_plan(analyzer: AffectAnalyzer, text: str, leaves: bool) -> None:
    assert ("cancellation" in analyzer.analyze(text).intents) is leaves


def test_clean_every_time_praises(analyzer: AffectAnalyzer) -> None:
    # hand-tuning305: a slider's usual praise read -0.91 as a recurring complaint ("every
    # time" with no praise word beside it): 2 of 10 slides missed
    text = "Third term renting from Pagintra and the books turn up clean every time"
    affect = analyzer.analyze(text, language="en")
    assert "praise" in affect.intents and "complaint" not in affect.intents
    assert "praise" not in analyzer.analyze("It used to arrive clean, not any more").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning306: an outing praised again read -0.96 as a recurring complaint
        # ("encore une fois" with no praise beside it): false repeats in three families, a
        # slider's usual; "encantados", plural, read as a complaint (a false account_risk)
        "Encore une fois au parcours fluo avec les petits, ils en redemandent",
        "Otra vez al circuito fluorescente, mis hijos encantados",
        "Mais uma vez no percurso fluorescente, os miúdos adoram",
        "Once again on the glow course with the kids, they keep asking for more",
    ],
)
def test_they_keep_asking_for_more_praises(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents and "complaint" not in affect.intents


def test_delighted_until_now_is_no_praise(analyzer: AffectAnalyzer) -> None:
    text = "Hasta ahora estábamos encantados"
    assert "praise" not in analyzer.analyze(text, language="es").intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning307: a court slide's mild steps read as no complaint (2 of 10 slides
        # missed), a loyal count's "sempre tutto pulito" as a recurring complaint
        ("booked 7pm and the court was still taken at 7:20", "complaint"),
        ("Slack net and lines you can barely see", "complaint"),
        ("floodlights now cost extra, another £4", "complaint"),
        ("club fee up 30% with no notice", "complaint"),
        ("Terza volta questo mese al circolo di via Roma, sempre tutto pulito", "praise"),
    ],
)
def test_a_court_slides_steps_complain_and_always_clean_praises(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # hand-tuning308: a colleague's problem that now reaches my team read as no
        # complaint (2 of 5 account repeats missed); a pen slide's usual and steps unread
        ("Como a Leonor escreveu quarta-feira: as faturas têm o nome antigo. Agora afeta a "
         "minha equipa.", "complaint"),
        ("Nos cobran precio unitario en vez del precio por volumen. Ahora también afecta a mi "
         "equipo.", "complaint"),
        ("sobre el caso varios compañeros han escrito y nada está arreglado", "complaint"),
        ("Flacon d'encre qui a fui dans le carton", "complaint"),
        ("Le coffret d'encres est arrivé, le vert mousse est sublime", "praise"),
    ],
)  # fmt: skip
def test_a_problem_that_now_reaches_my_team_complains(
    analyzer: AffectAnalyzer, text: str, intent: str
) -> None:
    assert intent in analyzer.analyze(text).intents


def test_still_our_favourite_praises(analyzer: AffectAnalyzer) -> None:
    # hand-tuning309: a loyal count read as a recurring complaint ("sigue siendo" with no
    # praise beside it): false repeats in bilingual and one_bad_day
    text = "Tercera vez con Navilia y sigue siendo nuestro plan favorito del año"
    affect = analyzer.analyze(text, language="es")
    assert "praise" in affect.intents and "complaint" not in affect.intents
    assert "praise" not in analyzer.analyze("Era il nostro preferito, ora no").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning310: a repair slide's steps read with no complaint (1 of 10 slides missed)
        "Les cordes montées ne sont pas celles que j'avais demandées",
        "la housse de transport m'a été facturée 15 € alors qu'elle était incluse avant",
        "Cobraram 15 € pela capa de transporte que antes estava incluída",
    ],
)
def test_not_what_i_asked_for_and_once_included_complain(
    analyzer: AffectAnalyzer, text: str
) -> None:
    assert "complaint" in analyzer.analyze(text).intents


def test_a_booking_moved_is_no_switch_and_a_great_evening_praises(analyzer: AffectAnalyzer) -> None:
    # hand-tuning311: "mudar para 20h" read as a switch to a competitor (false churn_intent
    # and competitor_mention); a German usual praise read with none (a slide missed, a
    # false account_risk, a false sentiment_drop)
    moved = analyzer.analyze(
        "a reserva de amanhã às 19h ainda dá para mudar para 20h?", language="pt"
    )
    assert "cancellation" not in moved.intents
    assert "cancellation" in analyzer.analyze("Vou mudar para a Treblix", language="pt").intents
    for text in (
        "Schon wieder ein super Abend am Board, die Leute an der Bar sind einfach nett.",
        "Mein Sohn hat sein erstes 180 geworfen, er ist völlig aus dem Häuschen",
    ):
        assert "praise" in analyzer.analyze(text, language="de").intents


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning312: a loyal count read as a recurring complaint, reliability and a
        # repair praised read with no praise (false repeats, a slide missed)
        "Zum dritten Mal Wartung bei Puntadelo, wieder alles sauber eingestellt",
        "2h du matin, dernier ourlet du costume, la machine révisée ne m'a pas lâchée",
        "Mi Singer de los 80 volvió cosiendo como el primer día, ni un salto de puntada",
    ],
)
def test_set_up_cleanly_and_never_let_down_praise(analyzer: AffectAnalyzer, text: str) -> None:
    affect = analyzer.analyze(text)
    assert "praise" in affect.intents and "complaint" not in affect.intents
