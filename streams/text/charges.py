"""A charge the customer doubts (affect rule 5b, streams/text/affect.py): its name put
in quotation marks or shouted in capitals, or a fee named plainly on a thing returned
or sent in in good order (an amount alone too, beside a shout). Praise beside such a
charge is irony, and the charge is a complaint."""

from __future__ import annotations

import re

from streams.text.marks import CAPS_WORD_RE, QUOTE_MARKS

#: A charge whose name is put in quotation marks (rule 5b): an amount of money or the
#: word for a fee, then, after at most a "for" or "of" of any of the six languages, an
#: opening quotation mark ("35 € de 'limpeza'", "35 € 'Reinigung' für ein Klavier",
#: "$40 "restocking fee"", "25 € de « frais de recyclage »", "Frais de 'départ tardif'
#: pour 3 minutes", "Gebühr für 'verspätetes Verlassen'"); or shouted instead, after a
#: "for" or "of" ("35 € di PULIZIA per un proiettore reso perfetto", "30 € para
#: REENVIAR uma cópia"). Scare quotes on what we billed say the customer doubts it was
#: owed; so does its name in capitals.
_AMOUNT = r"(?:[£$€]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|£|\$|eur\b|euros?\b|chf\b|gbp\b|usd\b))"
_FEE_NAMES = (
    r"(?:fees?|charge|surcharge|penalty|frais|suppl[ée]ment|p[ée]nalit[ée]|geb[üu]hr|"
    r"geb[üu]hren|zuschlag|cargo|recargo|tasa|suplemento|penalizaci[óo]n|supplemento|penale|"
    r"tassa|taxa|multa|penaliza[çc][ãa]o)"
)
_FEE_WORD = rf"\b{_FEE_NAMES}"
#: "for" or "of" in the six languages, before a charge's name.
_FOR_OF = r"(?:for|of|de|d|du|des|für|fuer|per|pour|por|para|di|da|del|do)"
_QUOTED_CHARGE_RE = re.compile(
    rf"(?:{_AMOUNT}|{_FEE_WORD})\s+"
    rf"(?:(?:{_FOR_OF}\s+)?(?:«\s?|['\"‘“„‚])(?=\w)"
    rf"|{_FOR_OF}\s+(?-i:{CAPS_WORD_RE.pattern})\b)",
    re.IGNORECASE,
)
#: The word for a fee, then after at most three words "for" or "on" in any of the six
#: languages, and within its sentence what it was charged on said returned or sent in in
#: good order (rule 5b): "35 € de frais de nettoyage pour un coffre rendu impeccable",
#: "£30 cleaning fee for a box I returned spotless", "Reinigungsgebühr für eine Box,
#: die ich sauber zurückgegeben habe". The customer doubts the fee as with its name in
#: quotation marks; an amount alone is no fee said calmly ("35 € di pulizia per un
#: proiettore reso perfetto, grazie"), but is beside a shout (below).
_RETURNED = (
    r"(?:returned|brought\s+back|rendue?s?|retourn[ée]e?s?|restitu[ée]e?s?|res[oaie]|"
    r"riconsegnat[oaie]|restituit[oaie]|devuelt[oa]s?|devolvid[oa]s?|entregad[oa]s?|"
    r"zur[üu]ckgegeben|zur[üu]ckgebracht|abgegeben|"
    # ... or sent in, for a repair or a service by post ("£30 cleaning fee for a phone I
    # sent spotless")
    r"sent|posted|shipped|envoy[ée]e?s?|exp[ée]di[ée]e?s?|spedit[oaie]|inviat[oaie]|"
    r"enviad[oa]s?|mandad[oa]s?|geschickt|eingeschickt|verschickt)"
)
_IN_GOOD_ORDER = (
    r"(?:spotless|clean|perfect|immaculate|pristine|impeccable|nickel|propre|parfait|"
    r"intact|perfett[oa]|pulit[oa]|impeccabile|intatt[oa]|impecable|limpi[oa]|perfect[oa]|"
    r"impec[áa]vel|limp[oa]|perfeit[oa]|sauber|einwandfrei|makellos|tadellos|"
    r"like\s+new|comme\s+neuf|come\s+nuov[oa]|como\s+nuev[oa]|como\s+nov[oa]|wie\s+neu)"
)
#: The cheap pre-test of the patterns below: a word for returned or sent in.
_RETURNED_RE = re.compile(rf"\b{_RETURNED}\b", re.IGNORECASE)


def _on_good_return(words: int) -> str:
    """After at most ``words`` words, "for" or "on" in any of the six languages, then within
    its sentence what was charged said returned or sent in in good order."""
    return (
        rf"(?:\s+[\w']+){{0,{words}}}?\s+(?:for|on|pour|sur|per|su|por|para|f[üu]r|fuer|auf)\b"
        rf"[^.!?\n]{{0,60}}?(?:\b{_RETURNED}(?:\s+[\w']+){{0,2}}?\s+{_IN_GOOD_ORDER}"
        rf"|\b{_IN_GOOD_ORDER}\s+{_RETURNED})\b"
    )


_ON_GOOD_RETURN = _on_good_return(3)
_FEE_ON_GOOD_RETURN_RE = re.compile(
    rf"(?<!\bno )(?<!\bsans )(?<!\bsin )(?<!\bsem )(?<!\bkeine )"
    rf"\w*{_FEE_NAMES}\b{_ON_GOOD_RETURN}",
    re.IGNORECASE,
)
#: An amount alone, charged on a thing returned in good order, is a doubted charge when
#: the text shouts too ("35 euro di pulizia per un telefono spedito perfetto. BASTA.");
#: said calmly it may be a thanks ("35 € di pulizia per un proiettore reso perfetto,
#: grazie").
_AMOUNT_ON_GOOD_RETURN_RE = re.compile(rf"{_AMOUNT}{_ON_GOOD_RETURN}", re.IGNORECASE)
#: ... said calmly too, when the customer says we charged it ("me cobráis 80 € de limpieza
#: de manchas por un vestido devuelto impecable", "you charged me £37 for stain removal on
#: a dress I sent back spotless": hand-tuning262/repeat_contacts, "impecable" read as
#: praise that closed the case it repeats): a verb of charging, at most two words, an
#: amount, then what it was charged on, after at most four words, said returned in good
#: order.
_CHARGED = (
    r"(?:charged|billed|cobr[áa]is|cobraron|cobrasteis|cobraram|cobraste|cobrou|"
    r"factur[ée]e?s?|pr[ée]lev[ée]e?s?|berechnet|abgebucht|verrechnet|addebitat[oaie]|"
    r"fatturat[oaie])"
)
_CHARGED_ON_GOOD_RETURN_RE = re.compile(
    rf"\b{_CHARGED}(?:\s+[\w']+){{0,2}}?\s+{_AMOUNT}{_on_good_return(4)}", re.IGNORECASE
)


def doubts_a_charge(text: str) -> bool:
    """Whether ``text`` names a charge the customer doubts was owed: "£30 'cleaning
    fee' for a piano I returned spotless", "35 € di PULIZIA per un proiettore reso
    perfetto", "35 € de frais de nettoyage pour un coffre rendu impeccable", "35 euro
    di pulizia per un telefono spedito perfetto. BASTA."."""
    quoted = (
        not QUOTE_MARKS.isdisjoint(text) or CAPS_WORD_RE.search(text) is not None
    ) and _QUOTED_CHARGE_RE.search(text) is not None
    if quoted:
        return True
    if _RETURNED_RE.search(text) is None:
        return False
    return (
        _FEE_ON_GOOD_RETURN_RE.search(text) is not None
        or _CHARGED_ON_GOOD_RETURN_RE.search(text) is not None
        or (
            CAPS_WORD_RE.search(text) is not None
            and _AMOUNT_ON_GOOD_RETURN_RE.search(text) is not None
        )
    )
