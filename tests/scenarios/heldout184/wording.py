"""Wording of heldout184 (Ottivo: glasses and contact lenses by app and web). Blind set.

Every table has every language; Spanish and Portuguese carry two or three variants.
Placeholders: case, comp, product, code (filled by make_heldout184.py).
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "pt", "en", "fr", "de", "it")
BRAND = "Ottivo"
COMPETITORS = ("Vistaro", "Lunetix")
CODE = "OTV-529"

PRODUCTS = {
    "es": ["gafas graduadas Milo", "lentillas mensuales", "gafas de sol graduadas"],
    "pt": ["óculos graduados Milo", "lentes de contacto mensais", "óculos de sol graduados"],
    "en": ["Milo prescription glasses", "monthly contact lenses"],
    "fr": ["lunettes de vue Milo", "lentilles mensuelles"],
    "de": ["Brille Milo mit Stärke", "Monatslinsen"],
    "it": ["occhiali da vista Milo", "lenti a contatto mensili"],
}

PRAISE = {
    "es": [
        "Me llegaron las {product} en dos días y veo perfecto. Ottivo, sois unos cracks",
        "Contentísima con las {product}, la montura pesa nada y el pedido fue facilísimo",
        "Probador virtual de Ottivo acertó de pleno, todo el mundo me pregunta por las gafas",
    ],
    "pt": [
        "Recebi os {product} em dois dias e vejo lindamente. Obrigada Ottivo!",
        "Muito contente com os {product}, a armação é levíssima e a encomenda foi simples",
        "A prova virtual da Ottivo acertou em cheio, toda a gente pergunta pelos óculos",
    ],
    "en": ["Got my {product} from Ottivo in two days and everything is sharp. Love them"],
    "fr": ["Reçu mes {product} en deux jours, je vois nettement. Merci Ottivo"],
    "de": ["Meine {product} von Ottivo kamen in zwei Tagen, alles gestochen scharf. Top"],
    "it": ["Arrivati gli {product} in due giorni, ci vedo benissimo. Grazie Ottivo"],
}

AGAIN = {
    "es": [
        "Tercera vez que pido las lentillas con Ottivo y otra vez perfecto",
        "Otra vez la optometrista del chat me lo resolvió en cinco minutos, sigue siendo lo mejor",
    ],
    "pt": [
        "Terceira vez que encomendo as lentes e outra vez tudo impecável",
        "Outra vez a optometrista do chat resolveu em cinco minutos, continua a ser o melhor",
    ],
    "en": ["Third time ordering lenses here and still spot on every time"],
    "fr": ["Troisième commande de lentilles et toujours impeccable"],
    "de": ["Schon wieder so schnell geliefert, dritte Bestellung und immer noch top"],
    "it": ["Terza volta che ordino le lenti e ancora tutto perfetto"],
}

GRIPE = {
    "es": [
        "Gafas geniales, solo que el estuche es un poco cutre. Por lo demás de diez",
        "Muy contenta, aunque el correo de envío llegó dos días tarde. Repetiré",
    ],
    "pt": [
        "Óculos ótimos, só o estojo é um bocado fraquinho. De resto impecável",
        "Muito contente, só o email de envio chegou atrasado. Vou repetir",
    ],
    "en": ["Great glasses, only the cleaning cloth is tiny. Otherwise perfect"],
    "fr": ["Super lunettes, seul l'étui est un peu léger. Sinon parfait"],
    "de": ["Tolle Brille, nur das Etui ist etwas billig. Sonst alles bestens"],
    "it": ["Occhiali ottimi, solo la custodia è un po' misera. Per il resto perfetto"],
}

THANKS = {
    "es": ["mil gracias crack", "grasias!! sois top"],
    "pt": ["obg, és um espetáculo", "valeu, top!"],
    "en": ["cheers mate, legend"],
    "fr": ["merci, au top"],
    "de": ["danke dir, mega"],
    "it": ["grazie mille, grandi"],
}

QUESTION = {
    "es": [
        "¿Puedo cambiar la montura si no me convence en 30 días?",
        "¿El plan Ottivo Plus incluye la revisión de vista anual?",
    ],
    "pt": [
        "Posso trocar a armação se não gostar em 30 dias?",
        "O Ottivo Plus inclui o exame de vista anual?",
    ],
    "en": ["Can I swap the frame within 30 days if I don't like it?"],
    "fr": ["Je peux changer de monture sous 30 jours si elle ne me plaît pas ?"],
    "de": ["Kann ich die Fassung innerhalb von 30 Tagen tauschen?"],
    "it": ["Posso cambiare montatura entro 30 giorni se non mi piace?"],
}

ANSWER = {
    "es": ["Hola, sí, tienes 30 días para cambiarla sin coste. Un saludo, equipo Ottivo"],
    "pt": ["Olá, sim, tem 30 dias para trocar sem custos. Cumprimentos, equipa Ottivo"],
    "en": ["Hi, yes, you have 30 days to swap it at no cost. Best, the Ottivo team"],
    "fr": ["Bonjour, oui, vous avez 30 jours pour l'échanger sans frais. L'équipe Ottivo"],
    "de": ["Hallo, ja, Sie haben 30 Tage für einen kostenlosen Tausch. Ihr Ottivo-Team"],
    "it": ["Ciao, sì, hai 30 giorni per cambiarla gratis. Il team Ottivo"],
}

PROBLEMS = {
    "es": [
        "Me habéis cobrado DOS veces el pedido de las {product}, caso {case}. Necesito el dinero ya",
        "Las {product} llegaron con la graduación equivocada, no veo nada. Caso {case}",
    ],
    "pt": [
        "Cobraram-me DUAS vezes a encomenda dos {product}, caso {case}. Preciso do dinheiro",
        "Os {product} chegaram com a graduação errada, não vejo nada. Caso {case}",
    ],
    "en": ["You charged me TWICE for the {product}, case {case}. I need that money back"],
    "fr": ["Vous m'avez débité DEUX fois pour les {product}, dossier {case}. Remboursez-moi"],
    "de": ["Sie haben die {product} ZWEIMAL abgebucht, Vorgang {case}. Ich will mein Geld"],
    "it": ["Mi avete addebitato DUE volte gli {product}, pratica {case}. Rivoglio i soldi"],
}

STILL = {
    "es": [
        "Sigue sin resolverse el caso {case}, ya es la segunda vez que escribo",
        "Caso {case} TODAVÍA abierto. Nadie me contesta",
    ],
    "pt": [
        "O caso {case} continua por resolver, é a segunda vez que escrevo",
        "Caso {case} AINDA aberto. Ninguém me responde",
    ],
    "en": ["Case {case} is STILL open, second time I'm writing about this"],
    "fr": ["Le dossier {case} n'est TOUJOURS pas réglé, je relance encore"],
    "de": ["Vorgang {case} ist IMMER NOCH offen, ich schreibe schon wieder"],
    "it": ["La pratica {case} è ANCORA aperta, scrivo di nuovo"],
}

THIRD = {
    "es": [
        "Tercera vez con el caso {case}. Una amiga pide en {comp} y allí lo arreglan el mismo día"
    ],
    "pt": ["Terceira vez com o caso {case}. Uma amiga compra na {comp} e resolvem no mesmo dia"],
    "en": ["Third time about case {case}. A friend orders from {comp} and they fix this same day"],
    "fr": ["Troisième fois pour le dossier {case}. Chez {comp} ils règlent ça le jour même"],
    "de": ["Dritte Nachricht zu {case}. Bei {comp} wird sowas am selben Tag erledigt"],
    "it": ["Terza volta per la pratica {case}. Da {comp} lo risolvono in giornata"],
}

CONFIRM = {
    "es": [
        "Confirmo que el caso {case} está resuelto, ya tengo el reembolso. Gracias",
        "todo bien con el caso {case}, ya está",
    ],
    "pt": [
        "Confirmo que o caso {case} está resolvido, já recebi o reembolso. Obrigado",
        "tudo certo com o caso {case}, já está",
    ],
    "en": ["Confirming case {case} is sorted, refund received. Thanks"],
    "fr": ["Je confirme, dossier {case} réglé, remboursement reçu. Merci"],
    "de": ["Bestätige: Vorgang {case} ist erledigt, Geld ist da. Danke"],
    "it": ["Confermo, pratica {case} risolta, rimborso arrivato. Grazie"],
}

ANGRY = {
    "es": [
        "ES UNA VERGÜENZA. Las lentillas no han llegado y me voy de viaje mañana. Caso {case}",
        "llevo una semana sin gafas, YA ESTÁ BIEN. Caso {case}",
    ],
    "pt": [
        "É UMA VERGONHA. As lentes não chegaram e viajo amanhã. Caso {case}",
        "uma semana sem óculos, JÁ CHEGA. Caso {case}",
    ],
    "en": ["ABSOLUTELY USELESS. My lenses never arrived and I fly tomorrow. Case {case}"],
    "fr": [
        "C'EST INADMISSIBLE. Mes lentilles ne sont pas arrivées et je pars demain. Dossier {case}"
    ],
    "de": ["UNFASSBAR. Die Linsen sind nicht da und ich fliege morgen. Vorgang {case}"],
    "it": ["È UNA VERGOGNA. Le lenti non sono arrivate e parto domani. Pratica {case}"],
}

APOLOGY = {
    "es": [
        "Perdón por el tono de ayer, estaba agobiada. Ya llegaron, gracias",
        "siento lo de ayer, mal día. Todo bien ya",
    ],
    "pt": [
        "Desculpem o tom de ontem, estava stressada. Já chegaram, obrigada",
        "peço desculpa por ontem, dia mau. Já está tudo bem",
    ],
    "en": ["Sorry for my tone yesterday, rough day. They arrived, thanks"],
    "fr": ["Désolée pour hier, mauvaise journée. Tout est arrivé, merci"],
    "de": ["Sorry für gestern, war ein schlechter Tag. Ist angekommen, danke"],
    "it": ["Scusate per ieri, giornataccia. Sono arrivate, grazie"],
}

SARCASM = {
    "es": ["Genial, el envío 'exprés' de Ottivo tardó solo nueve días 👏"],
    "pt": ["Fantástico, o envio 'expresso' da Ottivo demorou só nove dias 👏"],
    "en": ["Love how Ottivo 'next day' means next week 👏"],
    "fr": ["Bravo, la livraison 'express' d'Ottivo en neuf jours 👏"],
    "de": ["Super, Ottivos 'Express' hat nur neun Tage gedauert 👏"],
    "it": ["Fantastico, la spedizione 'express' di Ottivo in soli nove giorni 👏"],
}

JOKE = {
    "es": [
        "Con las gafas nuevas por fin veo lo desordenada que está mi casa 😂 gracias Ottivo supongo"
    ],
    "pt": ["Com os óculos novos finalmente vejo a casa desarrumada 😂 obrigado Ottivo acho eu"],
    "en": ["New glasses from Ottivo, now I can see the dust everywhere 😂"],
    "fr": ["Avec mes nouvelles lunettes Ottivo je vois enfin la poussière 😂"],
    "de": ["Mit der neuen Ottivo-Brille sehe ich endlich den Staub 😂"],
    "it": ["Con gli occhiali nuovi Ottivo finalmente vedo la polvere 😂"],
}

NIGHT = {
    "es": ["las 3 y sin dormir, mirando monturas en la app de Ottivo, la de carey me tiene loca"],
    "pt": ["3 da manhã sem sono, a ver armações na app da Ottivo, aquela tartaruga é linda"],
    "en": ["3am and I'm browsing frames on the Ottivo app again, night shift life"],
    "fr": ["3h du mat, je regarde des montures sur l'appli Ottivo, insomnie"],
    "de": ["3 Uhr nachts, Nachtschicht vorbei, stöbere in der Ottivo-App nach Fassungen"],
    "it": ["le 3 di notte e guardo montature sull'app Ottivo, insonnia"],
}

NIGHT_CHAT = {
    "es": ["¿a qué hora sale hoy el pedido si lo hago ahora?"],
    "pt": ["a que horas sai a encomenda se pedir agora?"],
    "en": ["if I order now when does it ship?"],
    "fr": ["si je commande maintenant ça part quand ?"],
    "de": ["wenn ich jetzt bestelle, wann geht es raus?"],
    "it": ["se ordino adesso quando parte?"],
}

CALL_HAPPY = {
    "es": [
        "hola llamo para saber si el plan plus incluye lentillas de repuesto vale perfecto gracias"
    ],
    "pt": ["olá liguei para saber se o plano plus inclui lentes de reserva ok perfeito obrigada"],
    "en": ["hi just calling to check the plus plan covers spare lenses okay great thanks"],
    "fr": [
        "bonjour j'appelle pour savoir si le plus couvre les lentilles de rechange d'accord merci"
    ],
    "de": ["hallo ich wollte fragen ob Plus Ersatzlinsen abdeckt alles klar danke"],
    "it": ["salve chiamo per sapere se il plus copre le lenti di ricambio va bene grazie"],
}

CALL_STILL = {
    "es": ["hola llamo otra vez por el caso {case} sigue sin resolverse y ya no sé qué hacer"],
    "pt": ["olá volto a ligar por causa do caso {case} continua sem resolução"],
    "en": ["hi calling again about case {case} it's still not fixed"],
    "fr": ["bonjour je rappelle pour le dossier {case} toujours rien"],
    "de": ["hallo ich rufe wieder wegen {case} an es ist immer noch nicht erledigt"],
    "it": ["salve richiamo per la pratica {case} ancora niente"],
}

LONG = {
    "es": [
        "Buenas tardes:\n\nLes escribo desde la sala de espera del pediatra, con el pequeño con fiebre, así que perdonen si voy al grano. Hace tres semanas pedí unas {product} y me cobraron dos veces, caso {case}. Desde entonces he escrito y nadie responde. Este mes vamos justos con la reforma de la cocina.\n\nLes pido que devuelvan el cargo duplicado esta semana.\n\nUn saludo"
    ],
    "pt": [
        "Boa tarde,\n\nEscrevo do carro, à espera que a minha filha saia do treino. Há três semanas encomendei uns {product} e cobraram-me duas vezes, caso {case}. Ninguém responde e este mês as contas estão apertadas.\n\nPeço que devolvam o valor esta semana.\n\nCumprimentos"
    ],
    "en": [
        "Hello,\n\nWriting from the train, so forgive the brevity. I ordered {product} three weeks ago and was charged twice, case {case}. Nobody replies. Please refund the duplicate this week.\n\nRegards"
    ],
    "fr": [
        "Bonjour,\n\nJe vous écris du bureau entre deux réunions. J'ai commandé des {product} il y a trois semaines, débitées deux fois, dossier {case}. Aucune réponse. Merci de rembourser cette semaine.\n\nCordialement"
    ],
    "de": [
        "Guten Tag,\n\nich schreibe aus der Mittagspause. Vor drei Wochen habe ich {product} bestellt und zweimal bezahlt, Vorgang {case}. Keine Antwort. Bitte erstatten Sie das diese Woche.\n\nMit freundlichen Grüßen"
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del dentista. Tre settimane fa ho ordinato {product} e mi avete addebitato due volte, pratica {case}. Nessuno risponde. Vi prego di rimborsare entro la settimana.\n\nCordiali saluti"
    ],
}

SLIDE = {
    "es": [
        "El último pedido tardó un poco más, nada grave",
        "Otra vez retraso con las lentillas, qué raro en vosotros",
        "La atención del chat ha empeorado, tardan mucho",
        "Me cobraron el envío siendo de Plus, no lo entiendo",
        "Cada mes peor, ya no me fío de Ottivo",
        "Mi hermana pide en {comp} y le llega en un día. Me lo estoy pensando",
    ],
    "pt": [
        "A última encomenda demorou um pouco mais, nada de grave",
        "Outra vez atraso com as lentes, estranho em vocês",
        "O chat está pior, demoram imenso",
        "Cobraram-me portes sendo Plus, não percebo",
        "Cada mês pior, já não confio na Ottivo",
        "A minha irmã compra na {comp} e chega num dia. Estou a pensar",
    ],
    "en": [
        "Last order took a bit longer, no big deal",
        "Late again with my lenses, odd for you",
        "Chat support has got slow",
        "Charged shipping though I'm Plus?",
        "Worse every month, losing trust in Ottivo",
        "My sister uses {comp} and gets hers next day. Thinking about it",
    ],
    "fr": [
        "La dernière commande a un peu traîné",
        "Encore du retard sur mes lentilles",
        "Le chat est devenu lent",
        "Frais de port facturés alors que je suis Plus ?",
        "De pire en pire, je n'ai plus confiance",
        "Ma sœur commande chez {comp}, livrée en un jour. J'hésite",
    ],
    "de": [
        "Letzte Bestellung hat etwas länger gedauert",
        "Schon wieder Verspätung bei den Linsen",
        "Der Chat ist langsam geworden",
        "Versand berechnet, obwohl ich Plus habe?",
        "Jeden Monat schlechter, ich vertraue Ottivo nicht mehr",
        "Meine Schwester bestellt bei {comp}, am nächsten Tag da. Ich überlege",
    ],
    "it": [
        "L'ultimo ordine ci ha messo un po' di più",
        "Di nuovo ritardo con le lenti",
        "La chat è diventata lenta",
        "Spedizione addebitata anche se sono Plus?",
        "Ogni mese peggio, non mi fido più di Ottivo",
        "Mia sorella ordina da {comp}, arriva in un giorno. Ci penso",
    ],
}

CANCEL = {
    "es": [
        "Quiero darme de baja de Ottivo Plus y cerrar la cuenta, me operé de la vista y ya no necesito nada",
        "Cancelad mi Plus y borrad la cuenta por favor",
    ],
    "pt": [
        "Quero cancelar o Ottivo Plus e fechar a conta, fui operada à vista e já não preciso",
        "Cancelem o meu Plus e apaguem a conta por favor",
    ],
    "en": ["Please cancel my Ottivo Plus and close my account, had laser surgery"],
    "fr": ["Merci d'annuler mon Ottivo Plus et de fermer mon compte, je me suis fait opérer"],
    "de": ["Bitte Ottivo Plus kündigen und Konto schließen, ich wurde gelasert"],
    "it": ["Vorrei disdire Ottivo Plus e chiudere l'account, mi sono operato agli occhi"],
}

SURVEY_LOW = {
    "es": ["mal, muy lento todo"],
    "pt": ["mau, tudo muito lento"],
    "en": ["poor, everything slow"],
    "fr": ["décevant, tout est lent"],
    "de": ["schlecht, alles langsam"],
    "it": ["male, tutto lento"],
}

SURVEY_HIGH = {
    "es": ["todo genial", "de diez"],
    "pt": ["tudo ótimo", "impecável"],
    "en": ["all great"],
    "fr": ["parfait"],
    "de": ["alles super"],
    "it": ["tutto ottimo"],
}

AGENT_OPEN = {
    "es": [
        "Hola, sentimos lo ocurrido. Hemos abierto el caso {case} y lo revisamos hoy. Equipo Ottivo"
    ],
    "pt": ["Olá, lamentamos. Abrimos o caso {case} e vamos analisar hoje. Equipa Ottivo"],
    "en": [
        "Hi, sorry about this. We've opened case {case} and are looking at it today. Ottivo team"
    ],
    "fr": [
        "Bonjour, désolés. Nous avons ouvert le dossier {case}, traité aujourd'hui. L'équipe Ottivo"
    ],
    "de": [
        "Hallo, das tut uns leid. Vorgang {case} ist eröffnet, wir prüfen heute. Ihr Ottivo-Team"
    ],
    "it": ["Ciao, ci dispiace. Abbiamo aperto la pratica {case}, la vediamo oggi. Il team Ottivo"],
}

AGENT_FIXED = {
    "es": [
        "Buenas noticias: el caso {case} está resuelto y el importe devuelto. ¿Nos lo confirmas?"
    ],
    "pt": ["Boas notícias: o caso {case} está resolvido e o valor devolvido. Pode confirmar?"],
    "en": ["Good news: case {case} is resolved and refunded. Could you confirm?"],
    "fr": ["Bonne nouvelle : dossier {case} réglé et remboursé. Pouvez-vous confirmer ?"],
    "de": ["Gute Nachricht: Vorgang {case} ist erledigt und erstattet. Können Sie bestätigen?"],
    "it": ["Buone notizie: pratica {case} risolta e rimborsata. Ci confermi?"],
}

AGENT_BYE = {
    "es": ["Sentimos que te vayas. Tu Plus queda cancelado y la cuenta cerrada"],
    "pt": ["Lamentamos que saia. O seu Plus foi cancelado e a conta fechada"],
    "en": ["Sorry to see you go. Your Plus is cancelled and the account closed"],
    "fr": ["Désolés de vous voir partir. Plus annulé, compte fermé"],
    "de": ["Schade, dass Sie gehen. Plus gekündigt, Konto geschlossen"],
    "it": ["Ci dispiace vederti andare. Plus disdetto e account chiuso"],
}

B2B_HAPPY = {
    "es": [
        "Pedido de gafas de seguridad graduadas para el equipo de almacén hecho en el portal, todo correcto"
    ],
    "pt": ["Encomenda de óculos de proteção graduados para o armazém feita no portal, tudo certo"],
    "en": ["Ordered prescription safety glasses for the warehouse team on the portal, all fine"],
    "fr": ["Commande de lunettes de sécurité correctrices passée sur le portail, tout va bien"],
    "de": ["Schutzbrillen mit Stärke fürs Lager im Portal bestellt, alles gut"],
    "it": ["Ordinati occhiali di sicurezza graduati per il magazzino dal portale, tutto ok"],
}

B2B_COMPLAINT = {
    "es": [
        "Las facturas de Ottivo Empresas salen sin número de pedido y contabilidad las rechaza. Caso {case}"
    ],
    "pt": [
        "As faturas da Ottivo Empresas vêm sem número de encomenda e a contabilidade rejeita. Caso {case}"
    ],
    "en": [
        "Ottivo Business invoices carry no PO number and accounts keep rejecting them. Case {case}"
    ],
    "fr": [
        "Les factures Ottivo Entreprises n'ont pas de numéro de commande, la compta les rejette. Dossier {case}"
    ],
    "de": [
        "Die Rechnungen von Ottivo Business haben keine Bestellnummer, die Buchhaltung lehnt ab. Vorgang {case}"
    ],
    "it": [
        "Le fatture Ottivo Business non hanno numero d'ordine, l'amministrazione le rifiuta. Pratica {case}"
    ],
}

B2B_MILD = {
    "es": ["Sería útil poder descargar todas las facturas del mes en un zip desde el portal"],
    "pt": ["Dava jeito descarregar todas as faturas do mês num zip no portal"],
    "en": ["Would be handy to download all the month's invoices as one zip from the portal"],
    "fr": ["Ce serait pratique de télécharger toutes les factures du mois en zip"],
    "de": ["Praktisch wäre ein Zip mit allen Monatsrechnungen im Portal"],
    "it": ["Sarebbe comodo scaricare tutte le fatture del mese in uno zip"],
}

SPIKE = {
    "es": [
        "La app no me deja pagar, dice error {code} al subir la receta",
        "no puedo terminar el pedido, la receta sale con los números al revés!!",
        "Error {code} en Ottivo cada vez que escaneo la receta. ¿Qué pasa?",
    ],
    "pt": [
        "A app não me deixa pagar, dá erro {code} ao carregar a receita",
        "não consigo acabar a encomenda, a receita aparece com os valores trocados",
        "Erro {code} na Ottivo sempre que digitalizo a receita",
    ],
    "en": [
        "Ottivo app rejects my prescription scan with {code}, can't check out",
        "checkout stuck, my prescription shows the wrong sign??",
    ],
    "fr": ["L'appli refuse mon ordonnance, erreur {code}, impossible de payer"],
    "de": ["App lehnt mein Rezept ab, Fehler {code}, Bestellung geht nicht"],
    "it": ["L'app rifiuta la ricetta, errore {code}, non riesco a pagare"],
}

SPIKE_AGAIN = {
    "es": [
        "Sigo igual, la receta sigue fallando en la web también",
        "OTRA VEZ el mismo error, ahora desde el ordenador",
    ],
    "pt": [
        "Continua igual, a receita também falha no site",
        "OUTRA VEZ o mesmo erro, agora no computador",
    ],
    "en": ["Still the same on the website too, prescription rejected"],
    "fr": ["Toujours pareil sur le site, ordonnance refusée"],
    "de": ["Auf der Website immer noch das gleiche, Rezept abgelehnt"],
    "it": ["Ancora uguale anche sul sito, ricetta rifiutata"],
}

SPIKE_FIXED = {
    "es": ["Ya funciona de nuevo la subida de recetas. Perdón por las molestias"],
    "pt": ["O carregamento de receitas já funciona. Pedimos desculpa"],
    "en": ["Prescription uploads work again. Sorry for the trouble"],
    "fr": ["L'envoi d'ordonnances fonctionne à nouveau. Désolés"],
    "de": ["Rezept-Upload funktioniert wieder. Entschuldigung"],
    "it": ["Il caricamento delle ricette funziona di nuovo. Ci scusiamo"],
}

LONE_QUESTION = {
    "es": ["¿La app acepta recetas escaneadas o hay que teclearlas? Me funcionó bien escaneando"],
    "pt": ["A app aceita receitas digitalizadas? A mim funcionou bem"],
    "en": ["Does the app take scanned prescriptions? Mine worked fine"],
    "fr": ["L'appli accepte les ordonnances scannées ? Ça a marché pour moi"],
    "de": ["Nimmt die App gescannte Rezepte? Bei mir hat es geklappt"],
    "it": ["L'app accetta ricette scansionate? A me ha funzionato"],
}
