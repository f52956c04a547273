"""The planted incident of heldout154's topic_spike, and the lone questions before it."""
# ruff: noqa: E501

from __future__ import annotations

REPORT = {
    "pt": [
        "a pré-visualização da minha foto emoldurada na app da Cornisola sai toda a preto e branco com 'ICC-7Q'. a foto é a cores!!",
        "Alguém mais? Todas as provas de impressão na app estão cinzentas, erro ICC-7Q, não consigo aprovar a encomenda de Natal",
        "bom dia as provas das fotos para emoldurar aparecem sem cor e diz ICC-7Q. nao aprovo isto assim",
    ],
    "de": [
        "Die Druckvorschau meiner Fotos in der Cornisola App ist komplett grau, Fehler ICC-7Q. Das Original ist farbig!",
        "geht das nur mir so? alle Fotoabzüge im Auftrag nur noch schwarzweiß, unten steht ICC-7Q",
        "Kann die Weihnachtsbilder nicht freigeben, Vorschau ohne Farbe, Meldung 'Farbprofil fehlt (ICC-7Q)'",
    ],
    "en": [
        "every proof in the Cornisola app has lost its colour, just grey with ICC-7Q at the bottom"
    ],
    "fr": ["Toutes mes épreuves photo dans l'app Cornisola sont en noir et blanc, erreur ICC-7Q"],
    "it": ["Le anteprime delle foto nell'app Cornisola sono tutte in bianco e nero, errore ICC-7Q"],
    "es": ["Las pruebas de mis fotos en la app de Cornisola salen en blanco y negro, error ICC-7Q"],
}
REPEAT = {
    "pt": "continua ICC-7Q, tentei noutro telemóvel e as provas continuam cinzentas",
    "de": "immer noch ICC-7Q, auch am Laptop ist die Vorschau grau",
    "en": "still ICC-7Q, tried on the laptop too, proofs still grey",
    "fr": "toujours ICC-7Q, même sur l'ordinateur",
    "it": "ancora ICC-7Q, anche dal computer",
    "es": "sigue ICC-7Q, también desde el ordenador",
}
AGENT_CHAT = {
    "pt": "Sim, as provas estão a sair sem cor neste momento (ICC-7Q). Não aprove ainda, a equipa técnica está a tratar.",
    "de": "Ja, die Vorschauen kommen gerade ohne Farbe (ICC-7Q). Bitte noch nicht freigeben, die Technik ist dran.",
    "en": "Yes, proofs are coming out without colour right now (ICC-7Q). Please don't approve yet, engineers are on it.",
    "fr": "Oui, les épreuves sortent sans couleur en ce moment (ICC-7Q). N'approuvez pas encore, nous corrigeons.",
    "it": "Sì, le anteprime escono senza colore (ICC-7Q). Non approvi ancora, ci stiamo lavorando.",
    "es": "Sí, las pruebas salen sin color ahora mismo (ICC-7Q). No apruebe todavía, lo estamos arreglando.",
}
FIXED = {
    "pt": "As provas voltaram a ter cor desde as 12:10. Nenhuma encomenda aprovada a cinzento será impressa; oferecemos o vidro museu.",
    "de": "Die Vorschauen sind seit 13:10 wieder farbig. Kein grau freigegebener Auftrag wird gedruckt; Museumsglas geht aufs Haus.",
    "en": "Proofs show colour again since 12:10. Nothing approved in grey will be printed; museum glass is on us.",
    "fr": "Les épreuves sont de nouveau en couleur depuis 13h10. Le verre musée vous est offert.",
    "it": "Le anteprime sono di nuovo a colori dalle 13:10. Il vetro museale è offerto da noi.",
    "es": "Las pruebas vuelven a tener color desde las 13:10. El cristal de museo corre de nuestra cuenta.",
}
LONE_Q = {
    "pt": (
        "a prova da minha foto parecia escura no telemovel, fica assim impressa?",
        "Não, o ecrã com pouco brilho escurece a prova; a impressão sai com as cores do original.",
    ),
    "de": (
        "Die Vorschau wirkte gestern am Handy etwas dunkel, wird der Druck auch so?",
        "Nein, das liegt an der Bildschirmhelligkeit, gedruckt wird mit den Originalfarben.",
    ),
}
