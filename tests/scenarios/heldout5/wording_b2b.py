"""Hand-written wording for Zampa Pro: dog daycares, kennels, breeders and vet clinics."""

from __future__ import annotations

COMPANIES = (
    ("de", "Hundetagesstätte Waldpfote"),
    ("de", "Tierklinik am Anger"),
    ("it", "Pensione Quattro Zampe"),
    ("it", "Allevamento Colle Verde"),
    ("es", "Guarderia Canina El Pinar"),
    ("es", "Clinica Veterinaria Sol"),
    ("fr", "Pension Canine des Tilleuls"),
    ("fr", "Clinique Veterinaire du Port"),
    ("pt", "Hotel Canino Alfama"),
    ("en", "Paws & Co Daycare"),
)

#: An account's shared problem -> language -> phrase.
B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "group_invoice": {
        "de": "die Sammelrechnung listet 14 Hunde, wir haben 9",
        "it": "la fattura cumulativa riporta 14 cani, ne abbiamo 9",
        "es": "la factura colectiva pone 14 perros, tenemos 9",
        "fr": "la facture groupee compte 14 chiens, on en a 9",
        "pt": "a fatura de grupo tem 14 caes, temos 9",
        "en": "the group invoice lists 14 dogs, we have 9",
    },
    "payouts": {
        "de": "die Auszahlungen an unsere Klinik sind seit 5 Wochen offen",
        "it": "i pagamenti alla clinica sono fermi da 5 settimane",
        "es": "los pagos a la clinica llevan 5 semanas pendientes",
        "fr": "les versements a la clinique sont bloques depuis 5 semaines",
        "pt": "os pagamentos a clinica estao parados ha 5 semanas",
        "en": "payouts to our clinic have been outstanding for 5 weeks",
    },
    "renewal": {
        "de": "das Verlängerungsangebot ist 40 % teurer",
        "it": "il preventivo di rinnovo e piu caro del 40%",
        "es": "la oferta de renovacion es un 40% mas cara",
        "fr": "le devis de renouvellement est 40% plus cher",
        "pt": "a proposta de renovacao e 40% mais cara",
        "en": "the renewal quote is 40% higher",
    },
    "portal": {
        "de": "das Pro-Portal lässt uns keine Schäden mehr melden",
        "it": "il portale Pro non ci fa piu aprire sinistri",
        "es": "el portal Pro no nos deja abrir siniestros",
        "fr": "le portail Pro ne nous laisse plus declarer de sinistre",
        "pt": "o portal Pro nao deixa abrir sinistros",
        "en": "the Pro portal won't let us file claims any more",
    },
}

B2B_COMPLAINT: dict[str, tuple[str, ...]] = {
    "de": (
        "Guten Tag, {p}. Das ist für uns als Betrieb nicht tragbar.",
        "Bitte dringend klären: {p}. Sehr ärgerlich.",
    ),
    "it": (
        "Buongiorno, {p}. Per noi come struttura e inaccettabile.",
        "Urgente: {p}. Molto seccante.",
    ),
    "es": (
        "Buenos dias, {p}. Para nuestro negocio es inaceptable.",
        "Urgente: {p}. Muy molesto.",
    ),
    "fr": (
        "Bonjour, {p}. Pour notre structure c'est inacceptable.",
        "Urgent: {p}. Tres agacant.",
    ),
    "pt": (
        "Bom dia, {p}. Para o nosso negocio e inaceitavel.",
        "Urgente: {p}. Muito aborrecido.",
    ),
    "en": (
        "Hello, {p}. As a business this is not acceptable.",
        "Urgent: {p}. Very frustrating.",
    ),
}

B2B_STILL: dict[str, str] = {
    "de": "Immer noch keine Lösung: {p}. Wir prüfen andere Anbieter.",
    "it": "Ancora nessuna soluzione: {p}. Valutiamo altre offerte.",
    "es": "Sigo sin solucion: {p}. Estamos mirando otras ofertas.",
    "fr": "Toujours aucune solution: {p}. On regarde d'autres offres.",
    "pt": "Continua sem solucao: {p}. Estamos a ver outras ofertas.",
    "en": "Still no fix: {p}. We're looking at other providers.",
}

B2B_ROUTINE: dict[str, tuple[str, ...]] = {
    "de": (
        "Neuer Hund für die Gruppenpolice: Chip 276098100123456. Danke!",
        "Rechnung erhalten, passt.",
    ),
    "it": (
        "Nuovo cane da aggiungere alla polizza di gruppo, grazie!",
        "fattura ricevuta, tutto ok",
    ),
    "es": ("Alta de un perro nuevo en la poliza de grupo, gracias!", "factura recibida, todo bien"),
    "fr": ("Ajout d'un chien au contrat de groupe svp, merci!", "facture recue, ok pour nous"),
    "pt": ("Novo cao para a apolice de grupo, obrigado!", "fatura recebida, tudo certo"),
    "en": ("New dog to add to the group policy please, thanks!", "invoice received, all fine"),
}

#: One mild remark (not a complaint worth an account alert).
B2B_MILD: dict[str, str] = {
    "de": "Das Portal ist etwas langsam, sonst alles gut.",
    "it": "Il portale e un po' lento, per il resto tutto bene.",
    "es": "El portal va algo lento, por lo demas todo bien.",
    "fr": "Le portail est un peu lent, sinon tout va bien.",
    "pt": "O portal esta um pouco lento, de resto tudo bem.",
    "en": "Portal's a bit slow, otherwise all good.",
}
