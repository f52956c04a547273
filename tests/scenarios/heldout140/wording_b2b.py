# ruff: noqa: E501
"""Wording of heldout140's business arm (company accounts) and of the spike."""

from __future__ import annotations

B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")
B2B_COMPLAINT: dict[str, dict[str, str]] = {
    "invoice": {
        "pt": "a fatura de outubro vem sem numero de encomenda e a contabilidade nao a aceita",
        "it": "la fattura di ottobre è senza numero d'ordine, l'amministrazione la rifiuta",
        "en": "October's invoice has no PO number, accounts won't pay it",
        "fr": "la facture d'octobre n'a pas de numéro de commande, la compta la refuse",
        "de": "Die Oktoberrechnung hat keine Bestellnummer, die Buchhaltung lehnt sie ab",
        "es": "la factura de octubre no lleva numero de pedido, contabilidad no la acepta",
    },
    "service_blocked": {
        "pt": "a conta da empresa aparece bloqueada e nao conseguimos levantar os jogos do evento",
        "it": "l'account aziendale risulta bloccato, non possiamo ritirare i giochi per l'evento",
        "en": "our company account shows as on stop, can't collect the games for the event",
        "fr": "le compte entreprise est bloqué, impossible de retirer les jeux de l'événement",
        "de": "Unser Firmenkonto ist gesperrt, wir können die Spiele fürs Event nicht abholen",
        "es": "la cuenta de empresa sale bloqueada y no podemos recoger los juegos del evento",
    },
    "portal": {
        "pt": "o portal de empresas nao mostra nenhum aluguer aberto, nao conseguimos devolver nada",
        "it": "il portale aziende non mostra nessun noleggio aperto, non riusciamo a fare i resi",
        "en": "the business portal shows no open loans, we can't book returns",
        "fr": "le portail entreprises n'affiche aucun prêt en cours",
        "de": "Das Firmenportal zeigt keine offenen Ausleihen",
        "es": "el portal de empresas no muestra ningun prestamo abierto",
    },
    "overbilled": {
        "pt": "cobraram tarifa diaria em vez da tarifa mensal do contrato",
        "it": "ci avete fatturato la tariffa giornaliera invece di quella mensile del contratto",
        "en": "we've been billed the daily rate instead of our contract's monthly rate",
        "fr": "facturés au tarif journalier au lieu du tarif mensuel du contrat",
        "de": "Uns wurde der Tagessatz statt des vertraglichen Monatssatzes berechnet",
        "es": "nos cobran tarifa diaria en vez de la mensual del contrato",
    },
}
B2B_FOLLOW: dict[str, str] = {
    "pt": "Escrevo tambem sobre o processo {ref} que a {first} abriu: {complaint}. Continua igual.",
    "it": "Scrivo anch'io per la pratica {ref} aperta da {first}: {complaint}. Ancora così.",
    "en": "Writing too about case {ref} that {first} opened: {complaint}. Still the same.",
    "fr": "J'écris aussi pour le dossier {ref} ouvert par {first} : {complaint}. Toujours pareil.",
    "de": "Ich schreibe auch zu Fall {ref}, den {first} eröffnet hat: {complaint}. Unverändert.",
    "es": "Escribo tambien por el caso {ref} que abrio {first}: {complaint}. Sigue igual.",
}
B2B_LAST: dict[str, str] = {
    "pt": "processo {ref} continua sem solucao e varios colegas ja escreveram. o meu chefe diz que mudamos de fornecedor se nao ficar resolvido esta semana",
    "it": "pratica {ref} ancora senza soluzione e diversi colleghi vi hanno scritto. il mio capo dice che cambiamo fornitore se non si risolve questa settimana",
    "en": "case {ref} still not fixed and several colleagues have written. my boss says we move the account if it isn't sorted this week",
    "fr": "dossier {ref} toujours pas réglé, plusieurs collègues ont écrit. mon chef veut changer de fournisseur si ce n'est pas fait cette semaine",
    "de": "Fall {ref} immer noch offen, mehrere Kollegen haben geschrieben. Mein Chef will wechseln, wenn es diese Woche nicht klappt",
    "es": "caso {ref} sin resolver y varios compañeros han escrito. mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_MILD: dict[str, str] = {
    "pt": "sugestao: exportar os alugueres por codigo de projeto",
    "it": "suggerimento: esportare i noleggi per centro di costo",
    "en": "suggestion: export loans by cost centre",
    "fr": "suggestion : exporter les prêts par centre de coût",
    "de": "Vorschlag: Ausleihen nach Kostenstelle exportieren",
    "es": "sugerencia: exportar los prestamos por centro de coste",
}
SITES = ("cafe", "school", "hotel", "library", "events", "coworking", "hospital", "university")

# The spike (topic_spike only).
SPIKE_CODE = "LDV~KID.12"
SPIKE: dict[str, list[str]] = {
    "pt": [
        "a app passou a minha conta para perfil CRIANCA e escondeu todos os jogos 12+, incluindo o que tenho em casa. erro LDV~KID.12",
        "socorro tenho 41 anos e a ludovara diz que sou crianca lol. nao consigo prolongar o aluguer, LDV~KID.12",
        "perfil infantil ativado sozinho, a lista de emprestimos vazia e o erro LDV~KID.12 quando tento mudar",
    ],
    "it": [
        "l'app mi ha messo il profilo BAMBINO e sono spariti tutti i giochi 12+, anche quello che ho in prestito. errore LDV~KID.12",
        "ho 38 anni e Ludovara pensa che sia un bambino. non posso prolungare il prestito: LDV~KID.12",
        "profilo junior attivato da solo, prestiti spariti, errore LDV~KID.12 se provo a cambiarlo",
    ],
    "en": [
        "app switched my account to a KIDS profile, every 12+ game gone incl. the one I have at home. error LDV~KID.12"
    ],
    "fr": ["l'appli m'a mis en profil ENFANT, tous les jeux 12+ ont disparu, erreur LDV~KID.12"],
    "de": [
        "Die App hat mein Konto auf KINDERPROFIL gestellt, alle Spiele ab 12 weg, Fehler LDV~KID.12"
    ],
    "es": [
        "la app me ha puesto perfil INFANTIL y han desaparecido todos los juegos +12, error LDV~KID.12"
    ],
}
SPIKE_AGAIN: dict[str, str] = {
    "pt": "continua LDV~KID.12, agora tambem na conta do meu marido",
    "it": "ancora LDV~KID.12, ora anche sul telefono di mia moglie",
    "en": "still LDV~KID.12, my partner's account too now",
    "fr": "toujours LDV~KID.12, sur le compte de mon mari aussi",
    "de": "immer noch LDV~KID.12, jetzt auch im Konto meiner Frau",
    "es": "sigue LDV~KID.12, ahora tambien en la cuenta de mi pareja",
}
SPIKE_CHAT: dict[str, str] = {
    "pt": "Sim, há contas a passar para perfil infantil neste momento, a equipa técnica está a tratar.",
    "it": "Sì, alcuni account passano al profilo bambino in questo momento, i tecnici ci stanno lavorando.",
    "en": "Yes, accounts are switching to kids profiles right now, our engineers are on it.",
    "fr": "Oui, des comptes passent en profil enfant en ce moment, nos techniciens s'en occupent.",
    "de": "Ja, Konten werden gerade auf Kinderprofil gestellt, unsere Technik ist dran.",
    "es": "Sí, hay cuentas pasando a perfil infantil ahora mismo, el equipo técnico está en ello.",
}
SPIKE_FIXED: dict[str, str] = {
    "pt": "Os perfis voltaram ao normal. Prolongámos o seu empréstimo uma semana, sem custos.",
    "it": "I profili sono tornati normali. Abbiamo prolungato il prestito di una settimana, gratis.",
    "en": "Profiles are back to normal. We've extended your loan a week, free.",
    "fr": "Les profils sont rétablis. Votre prêt est prolongé d'une semaine, offert.",
    "de": "Die Profile sind wieder normal. Ihre Ausleihe ist eine Woche kostenlos verlängert.",
    "es": "Los perfiles vuelven a estar bien. Te ampliamos el préstamo una semana gratis.",
}
LONE_Q: dict[str, str] = {
    "pt": "ola, posso criar um perfil para o meu filho de 9 anos na mesma conta?",
    "it": "ciao, posso aggiungere un profilo per mia figlia di 10 anni allo stesso account?",
}
LONE_A: dict[str, str] = {
    "pt": "Pode sim, em Conta > Perfis. Os jogos 12+ ficam escondidos só no perfil dele.",
    "it": "Certo, da Account > Profili. I giochi 12+ restano nascosti solo nel suo profilo.",
}
