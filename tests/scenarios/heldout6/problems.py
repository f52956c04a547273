"""The problems Tandemo customers raise, one phrase per language (hand-written)."""

#: Consumer problems (never the digital key, which is the spike's).
PROBLEMS: dict[str, dict[str, str]] = {
    "scratch": {
        "en": "you charged me 340 for a scratch that was there at delivery",
        "fr": "vous m'avez facture 340 EUR pour une rayure deja la a la livraison",
        "de": "Sie haben mir 340 EUR für einen Kratzer berechnet, der schon bei Lieferung da war",
        "es": "me cobrais 340 EUR por un arañazo que ya estaba en la entrega",
        "pt": "cobraram-me 340 EUR por um risco que ja existia na entrega",
        "it": "mi avete addebitato 340 EUR per un graffio gia presente alla consegna",
    },
    "deposit": {
        "en": "my deposit still hasn't been refunded 6 weeks after returning the car",
        "fr": "ma caution n'est toujours pas remboursee 6 semaines apres le retour",
        "de": "meine Kaution ist 6 Wochen nach Rückgabe nicht erstattet",
        "es": "la fianza no me la habeis devuelto 6 semanas despues",
        "pt": "a caucao nao foi devolvida 6 semanas depois de entregar o carro",
        "it": "il deposito non mi e' stato rimborsato dopo 6 settimane",
    },
    "tolls": {
        "en": "toll fees billed twice on my invoice",
        "fr": "les peages factures deux fois",
        "de": "Mautgebühren doppelt abgerechnet",
        "es": "los peajes cobrados dos veces",
        "pt": "portagens cobradas duas vezes",
        "it": "pedaggi addebitati due volte",
    },
    "service": {
        "en": "the garage cancelled my service appointment twice",
        "fr": "le garage a annule mon rdv d'entretien deux fois",
        "de": "die Werkstatt hat meinen Servicetermin zweimal abgesagt",
        "es": "el taller me ha cancelado la revision dos veces",
        "pt": "a oficina cancelou a revisao duas vezes",
        "it": "l'officina ha annullato il tagliando due volte",
    },
    "mileage": {
        "en": "the mileage overage fee is wrong, I drove under my allowance",
        "fr": "les frais de km supplementaires sont faux, je suis sous le forfait",
        "de": "die Mehrkilometer-Gebühr ist falsch, ich bin unter dem Limit",
        "es": "el cargo por km extra esta mal, no me pase",
        "pt": "a taxa de km extra esta errada, fiquei abaixo do limite",
        "it": "il costo km extra e' sbagliato, sono sotto il limite",
    },
}

#: Business (Tandemo Fleet) problems.
B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "returned_billed": {
        "en": "the fleet invoice still bills 3 cars we returned in March",
        "fr": "la facture flotte compte encore 3 voitures rendues en mars",
        "de": "die Flottenrechnung enthält noch 3 im März zurückgegebene Autos",
        "es": "la factura de flota sigue cobrando 3 coches devueltos en marzo",
        "pt": "a fatura da frota ainda cobra 3 carros devolvidos em marco",
        "it": "la fattura flotta addebita ancora 3 auto restituite a marzo",
    },
    "no_replacement": {
        "en": "no replacement car for 6 days while ours is in the body shop",
        "fr": "pas de vehicule de remplacement depuis 6 jours",
        "de": "seit 6 Tagen kein Ersatzwagen",
        "es": "6 dias sin coche de sustitucion",
        "pt": "6 dias sem carro de substituicao",
        "it": "nessuna auto sostitutiva da 6 giorni",
    },
    "portal": {
        "en": "the fleet portal won't let us assign drivers any more",
        "fr": "le portail flotte ne permet plus d'affecter les conducteurs",
        "de": "im Flottenportal kann man keine Fahrer mehr zuweisen",
        "es": "el portal de flota ya no deja asignar conductores",
        "pt": "o portal da frota ja nao deixa atribuir condutores",
        "it": "il portale flotta non permette piu di assegnare i conducenti",
    },
    "renewal": {
        "en": "the renewal quote is 30% higher with no explanation",
        "fr": "le devis de renouvellement est 30% plus cher sans explication",
        "de": "das Verlängerungsangebot ist 30% teurer ohne Begründung",
        "es": "la renovacion sube un 30% sin explicacion",
        "pt": "a renovacao esta 30% mais cara sem explicacao",
        "it": "il rinnovo costa il 30% in piu senza spiegazioni",
    },
}
