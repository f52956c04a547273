# ruff: noqa: E501
"""Business-arm wording of heldout145 (Bildaro Pro: brochures, calendars, cards on account)."""

from __future__ import annotations

from typing import Any

B: dict[str, dict[str, Any]] = {
    "complaint": {
        "de": [
            "Beschwerde: {prob}. Bitte dringend klären.",
            "Guten Tag, {prob}. Wir brauchen das diese Woche gelöst.",
        ],
        "fr": ["Reclamation : {prob}. Merci de regler rapidement."],
        "en": ["Complaint: {prob}. Please sort this urgently."],
        "it": ["Reclamo: {prob}. Da risolvere subito."],
        "pt": ["Reclamação: {prob}. Resolvam por favor."],
        "es": ["Reclamación: {prob}. Necesitamos solución."],
    },
    "follow": {
        "de": ["Wie {first} schon am {day} geschrieben hat ({case}): {prob}."],
        "fr": ["Comme {first} l'a ecrit {day} ({case}) : {prob}."],
        "en": ["As {first} wrote on {day} ({case}): {prob}."],
        "it": ["Come ha scritto {first} {day} ({case}): {prob}."],
        "pt": ["Como a {first} escreveu {day} ({case}): {prob}."],
        "es": ["Como escribió {first} el {day} ({case}): {prob}."],
    },
    "last": {
        "de": [
            "{case}: es ist immer noch nichts behoben, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
        ],
        "fr": [
            "{case} : toujours rien de corrige, plusieurs collegues vous ont ecrit. Mon chef veut changer de fournisseur si rien cette semaine."
        ],
        "en": [
            "{case}: still nothing fixed, several colleagues wrote. My boss says we move the account if it isn't fixed this week."
        ],
        "it": ["{case}: ancora niente, il capo vuole cambiare fornitore."],
        "pt": ["{case}: continua tudo igual, o chefe quer mudar de fornecedor."],
        "es": ["{case}: sigue sin arreglarse, mi jefe quiere cambiar de proveedor."],
    },
    "prob": {
        "de": {
            "invoice": "die Rechnungen tragen noch den alten Firmennamen und keine Bestellnummer",
            "proof": "freigegebene Korrekturabzüge werden ignoriert, gedruckt wird die alte Version",
            "overbilled": "uns wird der Einzelpreis statt des Rahmenvertragspreises berechnet",
            "portal": "im Portal sind keine offenen Aufträge sichtbar",
        },
        "fr": {
            "invoice": "les factures portent l'ancien nom et pas de numero de commande",
            "proof": "les BAT valides sont ignores, c'est l'ancienne version qui est imprimee",
            "overbilled": "on nous facture le prix unitaire au lieu du tarif contrat",
            "portal": "le portail n'affiche aucune commande en cours",
        },
        "en": {
            "invoice": "invoices carry the old company name and no PO number",
            "proof": "approved proofs are ignored and the old version is printed",
            "overbilled": "we are billed list price instead of the contract rate",
            "portal": "the portal shows no open orders",
        },
        "it": {
            "invoice": "le fatture hanno il vecchio nome e nessun numero d'ordine",
            "proof": "le bozze approvate vengono ignorate",
            "overbilled": "ci fatturate il prezzo pieno invece del contratto",
            "portal": "il portale non mostra ordini aperti",
        },
        "pt": {
            "invoice": "as faturas têm o nome antigo e sem número de encomenda",
            "proof": "as provas aprovadas são ignoradas",
            "overbilled": "cobram o preço de tabela e não o do contrato",
            "portal": "o portal não mostra encomendas",
        },
        "es": {
            "invoice": "las facturas llevan el nombre antiguo y sin número de pedido",
            "proof": "las pruebas aprobadas se ignoran y se imprime la versión vieja",
            "overbilled": "nos cobran precio de tarifa en vez del contrato",
            "portal": "el portal no muestra pedidos abiertos",
        },
    },
    "mild": {
        "de": ["Vorschlag: könnten Sie die Kosten nach Projektcode exportierbar machen?"],
        "fr": ["Suggestion : pourriez-vous exporter les couts par code projet ?"],
        "en": ["Suggestion: could costs be exported by project code?"],
        "it": ["Suggerimento: export dei costi per codice progetto?"],
        "pt": ["Sugestão: exportar custos por código de projeto?"],
        "es": ["Sugerencia: ¿exportar costes por código de proyecto?"],
    },
    "routine": {
        "de": ["Können Sie uns 500 Visitenkarten bis Donnerstag liefern?"],
        "fr": ["Pouvez-vous livrer 300 brochures d'ici jeudi ?"],
        "en": ["Can you deliver 500 flyers by Thursday?"],
        "it": ["Potete consegnare 300 brochure entro giovedì?"],
        "pt": ["Conseguem entregar 300 folhetos até quinta?"],
        "es": ["¿Podéis entregar 300 folletos el jueves?"],
    },
    "praise": {
        "de": ["Die Firmenkalender von Bildaro Pro sind super angekommen, alle begeistert."],
        "fr": ["Les brochures Bildaro Pro sont superbes, merci."],
        "en": ["Bildaro Pro brochures look great, thanks."],
        "it": ["Le brochure Bildaro Pro sono ottime."],
        "pt": ["Os folhetos Bildaro Pro estão ótimos."],
        "es": ["Los folletos de Bildaro Pro son geniales."],
    },
}
