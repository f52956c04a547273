"""Consumers' trouble with Parlavo in their own words, and the agents' replies to it.

The six consumer problems: ``late`` (express translation marked sent, never
received), ``double_charge`` (card charged twice for one order), ``errors``
(translation refused by an office: name misspelt, day and month swapped),
``refund`` (cancelled order, refund three weeks late), ``wrong_price`` (Pass
member charged the full rate), ``cancel_fee`` (fee kept for cancelling an hour
after ordering). Placeholders as in ``wording``, plus {case}, {issue} / {Issue}
(the problem in a few words), {fix}, {comp} (a competitor), {time}, {credit}.
"""

# ruff: noqa: E501

PROBLEMS = ("late", "double_charge", "errors", "refund", "wrong_price", "cancel_fee")

#: Euro amounts a problem's messages name (converted to the market's money).
AMOUNTS = {
    "late": (0.0,),
    "double_charge": (119.0, 89.0, 45.0, 84.0),
    "errors": (0.0,),
    "refund": (45.0, 39.0, 59.0, 64.0),
    "wrong_price": (18.0, 24.0, 31.0),
    "cancel_fee": (36.0, 27.0, 18.0),
}

MAIL = {
    "late": {
        "fr": (
            (
                "Traduction express toujours pas reçue !!",
                "Bonjour,\nJ'ai payé l'option express 24h mardi pour la traduction de mon acte de naissance, j'ai RDV à la préfecture demain 9h. L'appli dit \"envoyée\" depuis hier soir mais je n'ai RIEN, ni mail ni dans l'espace client. J'ai vérifié les spams trois fois.\nSi je rate ce rdv c'est 4 mois d'attente pour en avoir un autre. Merci de me l'envoyer aujourd'hui.\n{full}",
            ),
            (
                "commande en retard",
                'bonjour\njavais commandé la traduction du diplome pour le dossier de master, date limite vendredi. promis pour mercredi, on est jeudi et toujours "en cours". personne ne m\'a prevenu{e}. je fais comment moi ?\n{name}',
            ),
        ),
        "pt": (
            (
                "Tradução expresso NÃO chegou",
                'Bom dia,\nPaguei o expresso de 24h para a tradução do registo criminal porque começo a trabalhar segunda e a empresa precisa dele. A app diz "entregue" desde ontem mas não recebi nada, nem email nem na área de cliente. Já vi no spam.\nPreciso disto hoje, por favor.\n{full}',
            ),
            (
                "tradução atrasada",
                "boa tarde\nfiz o pedido da certidão de casamento há 5 dias, diziam 2 dias úteis. ninguém me diz nada e o casamento civil é sábado. isto é sério?\n{name}",
            ),
        ),
        "en": (
            (
                "Express translation not received",
                'Hi,\nI paid for 24h express on my degree translation on Tuesday, the app has said "delivered" since last night and there is nothing in my inbox or my account. Visa appointment is tomorrow morning. Please send it today.\n{full}',
            ),
        ),
        "de": (
            (
                "Express-Übersetzung nicht angekommen",
                'Hallo,\nich habe am Dienstag Express für die Geburtsurkunde bezahlt, in der App steht seit gestern "zugestellt", bei mir ist NICHTS angekommen, auch nicht im Spam. Termin beim Standesamt ist morgen früh. Bitte heute noch schicken.\n{full}',
            ),
        ),
        "es": (
            (
                "Traducción urgente sin llegar",
                'Hola,\npagué la urgente de 24h el martes, en la app pone "entregado" desde anoche y no tengo NADA, ni en el correo ni en la cuenta. Mañana tengo cita en el consulado. Por favor mandadla hoy.\n{full}',
            ),
        ),
        "it": (
            (
                "Traduzione espressa mai arrivata",
                "Buongiorno,\nho pagato l'espresso 24h martedì, l'app dice \"consegnata\" da ieri sera ma non ho ricevuto niente, nemmeno nello spam. Domattina ho l'appuntamento in comune. Mandatela oggi per favore.\n{full}",
            ),
        ),
    },
    "double_charge": {
        "fr": (
            (
                "Prélevé DEUX fois",
                "Bonjour,\nJe viens de voir sur mon relevé que ma commande de traduction a été débitée deux fois, {amount} et encore {amount} le lendemain. Une seule commande dans l'appli. Fin de mois serrée, merci de rembourser le doublon rapidement.\n{full}",
            ),
            (
                "double débit carte",
                "bjr,\nvous m'avez pris 2 fois {amount} pour la même traduction, capture en pj. j'attends le remboursement\n{name}",
            ),
        ),
        "pt": (
            (
                "Cobrança em DUPLICADO",
                "Bom dia,\nReparei no extrato que a tradução foi cobrada duas vezes, {amount} e outra vez {amount} no dia seguinte. Na app só há uma encomenda. Peço o reembolso do valor a mais o quanto antes, estou a contar os trocos até ao fim do mês.\n{full}",
            ),
            (
                "pagamento a dobrar",
                "boa tarde cobraram-me 2x {amount} pela mesma tradução. quero o dinheiro de volta pf\n{name}",
            ),
        ),
        "en": (
            (
                "Charged twice",
                "Hi,\nMy bank shows {amount} taken twice for one translation order. There's only one order in the app. Please refund the second one.\n{full}",
            ),
        ),
        "de": (
            (
                "Doppelt abgebucht",
                "Hallo,\nmir wurden ZWEIMAL {amount} für eine einzige Bestellung abgebucht. In der App steht nur eine. Bitte die doppelte Buchung erstatten.\n{full}",
            ),
        ),
        "es": (
            (
                "Cobrado dos veces",
                "Hola,\nme habéis cobrado DOS veces {amount} por el mismo pedido. En la app solo hay uno. Devolvedme el segundo cargo por favor.\n{full}",
            ),
        ),
        "it": (
            (
                "Addebito doppio",
                "Buongiorno,\nmi avete addebitato DUE volte {amount} per lo stesso ordine. Nell'app ce n'è uno solo. Chiedo il rimborso del secondo.\n{full}",
            ),
        ),
    },
    "errors": {
        "fr": (
            (
                "Traduction refusée par la mairie, erreurs",
                "Bonjour,\nLa mairie a refusé ce matin la traduction de mon acte de naissance : mon nom est mal écrit (une lettre en trop) et la date de naissance de ma mère a le jour et le mois inversés. Je me suis déplacé{e} pour rien, j'avais posé une demi-journée.\nJe veux une traduction corrigée en urgence, et sans frais évidemment.\n{full}",
            ),
            (
                "erreurs dans la traduction",
                "bonjour,\nsur la traduction de mon diplome il y a écrit \"licence\" alors que c'est un master, et mon prénom sans accent. l'université me l'a renvoyée. c'est un traducteur assermenté ou google trad ?\n{name}",
            ),
        ),
        "pt": (
            (
                "Tradução com ERROS recusada",
                "Boa tarde,\nA conservatória recusou hoje a tradução da certidão de casamento: o apelido está mal escrito e a data do casamento aparece com o dia e o mês trocados. Perdi a manhã de trabalho para lá ir.\nQuero a tradução corrigida com urgência e sem custos.\n{full}",
            ),
            (
                "erros na tradução",
                "olá\na tradução do meu diploma diz licenciatura quando é mestrado e o meu nome vem sem acento. a universidade devolveu-ma. isto é tradutor certificado ou tradutor do google?\n{name}",
            ),
        ),
        "en": (
            (
                "Translation rejected - errors",
                "Hi,\nThe registry office rejected my marriage certificate translation today: my surname is misspelt and the date has day and month swapped. I took a morning off for nothing. I need a corrected version urgently, free of charge.\n{full}",
            ),
        ),
        "de": (
            (
                "Übersetzung mit Fehlern abgelehnt",
                "Hallo,\ndas Standesamt hat die Übersetzung heute abgelehnt: mein Nachname ist falsch geschrieben und beim Datum sind Tag und Monat vertauscht. Ich hab mir extra freigenommen. Ich brauche dringend eine korrigierte Fassung, kostenlos.\n{full}",
            ),
        ),
        "es": (
            (
                "Traducción rechazada por errores",
                "Hola,\nel registro ha rechazado hoy la traducción: mi apellido está mal escrito y la fecha tiene el día y el mes al revés. Pedí la mañana libre para nada. Necesito la corrección urgente y sin coste.\n{full}",
            ),
        ),
        "it": (
            (
                "Traduzione rifiutata per errori",
                "Buongiorno,\nl'anagrafe ha rifiutato la traduzione: il mio cognome è sbagliato e nella data giorno e mese sono invertiti. Ho preso mezza giornata per niente. Voglio la correzione urgente e gratuita.\n{full}",
            ),
        ),
    },
    "refund": {
        "fr": (
            (
                "Remboursement toujours pas reçu",
                "Bonjour,\nJ'ai annulé ma commande il y a TROIS semaines (la préfecture a fini par accepter le document sans traduction). On m'a confirmé le remboursement de {amount} \"sous 5 jours\". Toujours rien sur mon compte. Ce n'est pas une fortune pour vous mais pour moi si.\n{full}",
            ),
            (
                "remboursement ???",
                "bonjour\n3 semaines que j'attends mes {amount}. commande annulée avant même que la traduction commence. merci de faire le virement\n{name}",
            ),
        ),
        "pt": (
            (
                "Reembolso que não chega",
                "Bom dia,\nCancelei a encomenda há TRÊS semanas porque a conservatória afinal aceitou o documento original. Disseram-me que o reembolso de {amount} chegava em 5 dias. Até hoje nada. Para vocês é pouco, para mim não é.\n{full}",
            ),
            (
                "reembolso",
                "boa tarde\nhá 3 semanas à espera dos {amount}. a encomenda foi cancelada antes de começarem. façam a transferência pf\n{name}",
            ),
        ),
        "en": (
            (
                "Refund still not received",
                "Hi,\nI cancelled my order THREE weeks ago before any work started and was told {amount} would be back within 5 days. Nothing yet.\n{full}",
            ),
        ),
        "de": (
            (
                "Erstattung immer noch nicht da",
                "Hallo,\nich habe vor DREI Wochen storniert, bevor irgendwas übersetzt war. {amount} sollten in 5 Tagen zurück sein. Bis heute nichts.\n{full}",
            ),
        ),
        "es": (
            (
                "Reembolso sin llegar",
                "Hola,\ncancelé hace TRES semanas, antes de que empezarais, y me dijisteis que los {amount} volvían en 5 días. Nada de nada.\n{full}",
            ),
        ),
        "it": (
            (
                "Rimborso mai arrivato",
                "Buongiorno,\nho annullato TRE settimane fa, prima che iniziaste, e mi avevate detto 5 giorni per i {amount}. Ancora niente.\n{full}",
            ),
        ),
    },
    "wrong_price": {
        "fr": (
            (
                "Tarif Pass non appliqué",
                "Bonjour,\nJe paie le Parlavo Pass tous les mois justement pour le tarif réduit, et ma dernière commande a été facturée plein pot, {amount} de plus que le prix Pass. Je veux bien payer l'abonnement mais alors appliquez-le.\nCordialement,\n{full}",
            ),
            (
                "mauvais tarif",
                "bonjour, abonné{e} Pass depuis janvier et facturé{e} au prix normal sur la traduction des fiches de paie, {amount} de trop. merci de corriger\n{name}",
            ),
        ),
        "pt": (
            (
                "Preço do Pass não aplicado",
                "Boa tarde,\nPago o Parlavo Pass todos os meses precisamente pelo preço reduzido e a última encomenda foi cobrada ao preço normal, {amount} a mais. Se pago a assinatura, apliquem-na.\nCumprimentos,\n{full}",
            ),
            (
                "cobrança errada",
                "olá tenho o Pass e cobraram-me o preço normal nos recibos de vencimento, {amount} a mais. corrijam pf\n{name}",
            ),
        ),
        "en": (
            (
                "Pass price not applied",
                "Hi,\nI pay for the Parlavo Pass every month and my last order was charged at the full price, {amount} more than it should be. Please fix.\n{full}",
            ),
        ),
        "de": (
            (
                "Pass-Preis nicht berechnet",
                "Hallo,\nich zahle jeden Monat für den Parlavo Pass und die letzte Bestellung wurde zum vollen Preis berechnet, {amount} zu viel. Bitte korrigieren.\n{full}",
            ),
        ),
        "es": (
            (
                "No me aplicáis el precio Pass",
                "Hola,\npago el Parlavo Pass cada mes y el último pedido me lo habéis cobrado a precio normal, {amount} de más. Corregidlo por favor.\n{full}",
            ),
        ),
        "it": (
            (
                "Prezzo Pass non applicato",
                "Buongiorno,\npago il Parlavo Pass ogni mese e l'ultimo ordine l'avete fatto pagare a prezzo pieno, {amount} in più. Correggete per favore.\n{full}",
            ),
        ),
    },
    "cancel_fee": {
        "fr": (
            (
                "Frais d'annulation injustifiés",
                "Bonjour,\nJ'ai annulé ma commande UNE heure après l'avoir passée, parce que j'avais envoyé le mauvais document, et vous avez retenu {amount} de \"frais d'annulation\". Rien n'avait été traduit, l'appli affichait encore \"en attente\". Je demande le remboursement de ces frais.\n{full}",
            ),
            (
                "frais d'annulation ??",
                "bjr\n{amount} de frais pour une commande annulée au bout de 40 minutes. sans blague. remboursez svp\n{name}",
            ),
        ),
        "pt": (
            (
                "Taxa de cancelamento injusta",
                'Bom dia,\nCancelei a encomenda UMA hora depois de a fazer porque enviei o documento errado e ficaram com {amount} de "taxa de cancelamento". Não tinha sido traduzido nada, a app ainda dizia "pendente". Quero esse valor de volta.\n{full}',
            ),
            (
                "taxa??",
                "olá\n{amount} de taxa por cancelar ao fim de 40 minutos?? devolvam pf\n{name}",
            ),
        ),
        "en": (
            (
                "Unfair cancellation fee",
                "Hi,\nI cancelled an hour after ordering because I'd uploaded the wrong document and you kept {amount} as a cancellation fee. Nothing had been translated. Please refund it.\n{full}",
            ),
        ),
        "de": (
            (
                "Stornogebühr ungerechtfertigt",
                "Hallo,\nich habe eine Stunde nach der Bestellung storniert, falsches Dokument hochgeladen, und Sie behalten {amount} Stornogebühr. Es war noch nichts übersetzt. Bitte zurückzahlen.\n{full}",
            ),
        ),
        "es": (
            (
                "Gastos de cancelación injustos",
                "Hola,\ncancelé una hora después de pedir porque subí el documento equivocado y os habéis quedado {amount} de gastos. No se había traducido nada. Devolvédmelos.\n{full}",
            ),
        ),
        "it": (
            (
                "Penale di annullamento ingiusta",
                "Buongiorno,\nho annullato un'ora dopo l'ordine perché avevo caricato il documento sbagliato e avete trattenuto {amount} di penale. Non era stato tradotto niente. Rimborsate per favore.\n{full}",
            ),
        ),
    },
}

CHAT = {
    "late": {
        "fr": (
            "bonjour ma traduction express devait arriver hier, l'appli dit envoyée mais j'ai rien. rdv préfecture demain matin, vous pouvez me la renvoyer ??",
            "Allo ?? 2 jours de retard sur ma commande de diplome et personne me previent. la date limite c'est vendredi",
        ),
        "pt": (
            "boa tarde a tradução expresso diz entregue mas não recebi nada, começo a trabalhar segunda e preciso dela",
            "olá!! o pedido era para 2 dias e já vai em 5. o casamento é sábado, alguém me responde?",
        ),
        "en": (
            "hi my express translation says delivered but I've got nothing and my visa appointment is tomorrow",
        ),
        "de": (
            "hallo, Express-Übersetzung steht auf zugestellt, ist aber nicht da. Termin morgen früh!",
        ),
        "es": (
            "hola la traducción urgente pone entregada pero no me ha llegado nada, mañana tengo cita",
        ),
        "it": (
            "ciao la traduzione espressa risulta consegnata ma non mi è arrivato niente, domani ho l'appuntamento",
        ),
    },
    "double_charge": {
        "fr": (
            "bonjour on m'a débité 2 fois {amount} pour la même commande ?? je veux un remboursement",
            "slt, double prélèvement sur ma carte pour une seule traduction, c'est quoi ce bazar",
        ),
        "pt": (
            "olá fui cobrad{o} 2 vezes {amount} pela mesma encomenda!",
            "boa tarde pagamento em duplicado no cartão, só fiz um pedido",
        ),
        "en": ("hi I've been charged {amount} twice for one order",),
        "de": ("hallo, wurde zweimal mit {amount} belastet für eine Bestellung",),
        "es": ("hola me habéis cobrado dos veces {amount} por un pedido",),
        "it": ("ciao mi avete addebitato due volte {amount} per un solo ordine",),
    },
    "errors": {
        "fr": (
            "bonjour la mairie vient de refuser votre traduction, mon nom est mal écrit et la date est à l'envers. je fais comment ??",
            "sérieux la traduction dit licence au lieu de master, l'université me l'a renvoyée",
        ),
        "pt": (
            "olá a conservatória recusou a tradução, apelido mal escrito e data trocada. e agora?",
            "a tradução diz licenciatura em vez de mestrado!! a universidade devolveu",
        ),
        "en": (
            "hi the registry office just rejected your translation, surname misspelt and date wrong",
        ),
        "de": (
            "hallo, Standesamt hat die Übersetzung abgelehnt, Name falsch und Datum vertauscht",
        ),
        "es": ("hola me han rechazado la traducción, apellido mal y fecha al revés",),
        "it": ("ciao l'anagrafe ha rifiutato la traduzione, cognome sbagliato e data invertita",),
    },
    "refund": {
        "fr": (
            "bonjour j'attends un remboursement de {amount} depuis 3 semaines, commande annulée. c'est normal ??",
            "coucou, commande annulée y a 3 semaines et pas vu la couleur de mes {amount}",
        ),
        "pt": (
            "olá estou há 3 semanas à espera do reembolso de {amount}, encomenda cancelada",
            "boa tarde ainda não recebi o reembolso e já lá vão 3 semanas",
        ),
        "en": ("hi still waiting for a {amount} refund, cancelled three weeks ago",),
        "de": ("hallo, warte seit 3 Wochen auf {amount} Erstattung",),
        "es": ("hola llevo 3 semanas esperando el reembolso de {amount}",),
        "it": ("ciao aspetto da 3 settimane il rimborso di {amount}",),
    },
    "wrong_price": {
        "fr": (
            "bonjour j'ai le Pass et ma commande est facturée au prix normal, {amount} de trop",
            "pk je paie le plein tarif alors que j'ai le Pass ???",
        ),
        "pt": (
            "olá tenho o Pass e cobraram o preço normal, {amount} a mais",
            "porque é que paguei o preço cheio se tenho o Pass??",
        ),
        "en": ("hi I've got the Pass but was charged full price, {amount} extra",),
        "de": ("hallo, hab den Pass, wurde aber voll berechnet, {amount} zu viel",),
        "es": ("hola tengo el Pass y me habéis cobrado precio normal, {amount} de más",),
        "it": ("ciao ho il Pass ma mi avete fatto pagare prezzo pieno, {amount} in più",),
    },
    "cancel_fee": {
        "fr": (
            "bonjour vous m'avez pris {amount} de frais d'annulation alors que j'ai annulé 1h après ?",
            "c'est quoi ces {amount} de frais d'annulation, rien n'était commencé",
        ),
        "pt": (
            "olá cobraram-me {amount} de taxa de cancelamento e cancelei 1h depois?",
            "que taxa de {amount} é esta? não tinham começado nada",
        ),
        "en": ("hi why was I charged {amount} for cancelling an hour after ordering?",),
        "de": ("hallo, warum {amount} Stornogebühr, hab nach einer Stunde storniert?",),
        "es": ("hola por qué me cobráis {amount} por cancelar a la hora de pedir?",),
        "it": ("ciao perché {amount} di penale se ho annullato dopo un'ora?",),
    },
}

SOCIAL = {
    "late": {
        "fr": (
            "@Parlavo payé l'express 24h, 'envoyée' depuis hier, rien reçu. rdv préfecture DEMAIN. merci de répondre aux messages svp",
            "48h de retard et pas un mail pour prévenir. Sympa Parlavo quand on a une date limite",
        ),
        "pt": (
            "@Parlavo paguei expresso e a app diz entregue. Não recebi NADA. Começo a trabalhar segunda!",
            "5 dias para uma tradução de 2 dias e ninguém responde. Obrigadinho Parlavo",
        ),
        "en": (
            "paid Parlavo for 24h express, app says delivered, nothing arrived. Visa appointment TOMORROW",
        ),
        "de": (
            "Express bezahlt, App sagt zugestellt, nichts da. Termin ist MORGEN. Danke Parlavo",
        ),
        "es": ("Pagué la urgente a Parlavo, pone entregada y no tengo nada. Cita MAÑANA",),
        "it": (
            "Pagato l'espresso a Parlavo, risulta consegnata ma non c'è niente. Appuntamento DOMANI",
        ),
    },
    "double_charge": {
        "fr": (
            "@Parlavo débité DEUX fois pour une traduction. {amount} x2. J'attends vos explications",
            "Parlavo qui prélève 2 fois la même commande en fin de mois, merci pour le découvert",
        ),
        "pt": (
            "@Parlavo cobraram-me DUAS vezes {amount} pela mesma tradução. Expliquem lá isso",
            "Fim do mês e a Parlavo resolve cobrar a tradução duas vezes. Lindo",
        ),
        "en": ("Parlavo took {amount} TWICE for one translation. Sort it out",),
        "de": ("Parlavo bucht einfach ZWEIMAL {amount} ab. Für EINE Übersetzung",),
        "es": ("Parlavo me cobra DOS veces {amount} por una traducción. Genial",),
        "it": ("Parlavo mi addebita DUE volte {amount} per una traduzione. Bravi",),
    },
    "errors": {
        "fr": (
            '@Parlavo traduction "assermentée" refusée par la mairie : nom mal écrit, date à l\'envers. Demi-journée de congé à la poubelle',
            "Parlavo a transformé mon master en licence dans la traduction. Merci, l'université a adoré",
        ),
        "pt": (
            "@Parlavo a tradução certificada foi recusada: apelido errado e data trocada. Manhã de trabalho perdida",
            "A Parlavo transformou o meu mestrado em licenciatura. Obrigadinho",
        ),
        "en": (
            "Parlavo misspelt my surname on a CERTIFIED translation. Rejected. Morning off wasted",
        ),
        "de": (
            "Parlavo schreibt meinen Namen falsch in einer BEGLAUBIGTEN Übersetzung. Abgelehnt.",
        ),
        "es": ("Parlavo escribe mal mi apellido en una traducción JURADA. Rechazada.",),
        "it": ("Parlavo sbaglia il mio cognome in una traduzione GIURATA. Rifiutata.",),
    },
    "refund": {
        "fr": (
            "@Parlavo 3 semaines pour rembourser {amount} d'une commande annulée. Vous êtes plus rapides pour encaisser",
            "Chez Parlavo le remboursement 'sous 5 jours' c'est 3 semaines et toujours rien",
        ),
        "pt": (
            "@Parlavo 3 semanas para devolver {amount} de uma encomenda cancelada. Para cobrar são rapidíssimos",
            "Reembolso 'em 5 dias' da Parlavo já vai em 3 semanas",
        ),
        "en": (
            "Three weeks waiting for Parlavo to refund {amount}. Quick enough to take it though",
        ),
        "de": ("Drei Wochen wartet man bei Parlavo auf {amount}. Abbuchen geht schneller",),
        "es": ("Tres semanas esperando que Parlavo devuelva {amount}. Para cobrar sí son rápidos",),
        "it": (
            "Tre settimane per un rimborso di {amount} da Parlavo. Per incassare sono velocissimi",
        ),
    },
    "wrong_price": {
        "fr": (
            "@Parlavo je paie le Pass chaque mois et vous me facturez plein tarif. {amount} de trop. Il sert à quoi ce Pass ?",
            "Abonnement Parlavo Pass payé, réduction jamais appliquée. Logique",
        ),
        "pt": (
            "@Parlavo pago o Pass todos os meses e cobram-me o preço cheio. Para que serve o Pass?",
            "Pass da Parlavo pago, desconto nem vê-lo",
        ),
        "en": (
            "Paying Parlavo for the Pass every month and still charged full price. What's the point",
        ),
        "de": ("Jeden Monat Parlavo Pass bezahlen und trotzdem voller Preis. Wozu?",),
        "es": ("Pago el Pass de Parlavo cada mes y me cobran precio normal. ¿Para qué?",),
        "it": ("Pago il Pass di Parlavo ogni mese e mi fanno pagare prezzo pieno. A cosa serve?",),
    },
    "cancel_fee": {
        "fr": (
            "@Parlavo {amount} de frais pour annuler une commande au bout d'une heure, rien de traduit. Belle arnaque",
            "Parlavo garde {amount} quand on annule au bout de 40 minutes. A savoir avant de commander",
        ),
        "pt": (
            "@Parlavo {amount} de taxa por cancelar uma encomenda ao fim de uma hora. Nada traduzido. Lindo serviço",
            "A Parlavo fica com {amount} se cancelares ao fim de 40 minutos. Fica o aviso",
        ),
        "en": (
            "Parlavo kept {amount} because I cancelled an hour after ordering. Nothing translated. Nice",
        ),
        "de": (
            "Parlavo behält {amount}, weil ich nach einer Stunde storniert hab. Nichts übersetzt.",
        ),
        "es": ("Parlavo se queda {amount} por cancelar a la hora. Nada traducido. Ojo",),
        "it": (
            "Parlavo si tiene {amount} perché ho annullato dopo un'ora. Niente tradotto. Attenzione",
        ),
    },
}

FORM = {
    "late": {
        "fr": 'Commande de traduction (acte de naissance, express 24h) indiquée "envoyée" depuis hier mais non reçue, ni par mail ni dans l\'espace client. Rendez-vous en préfecture demain matin. Merci de me la transmettre au plus vite.',
        "pt": "Encomenda de tradução (registo criminal, expresso 24h) aparece como entregue mas não a recebi por email nem na área de cliente. Preciso dela até segunda-feira para o novo emprego.",
        "en": "Express order (degree certificate) shows as delivered but I have not received it by email or in my account. Appointment tomorrow morning.",
        "de": "Express-Bestellung (Geburtsurkunde) als zugestellt markiert, aber nicht erhalten, weder per Mail noch im Kundenkonto. Termin morgen früh.",
        "es": "Pedido urgente (certificado) marcado como entregado pero no recibido ni por correo ni en la cuenta. Tengo cita mañana.",
        "it": "Ordine espresso (certificato) segnato come consegnato ma non ricevuto né via mail né nell'account. Appuntamento domani.",
    },
    "double_charge": {
        "fr": "Double débit de {amount} sur ma carte pour une seule commande de traduction. Merci de rembourser le second prélèvement.",
        "pt": "Cobrança em duplicado de {amount} no cartão para uma única encomenda. Peço o reembolso da segunda cobrança.",
        "en": "Charged {amount} twice for a single order. Please refund the duplicate.",
        "de": "Zweimal {amount} für eine Bestellung abgebucht. Bitte die doppelte Abbuchung erstatten.",
        "es": "Cobro duplicado de {amount} por un solo pedido. Solicito la devolución del segundo.",
        "it": "Addebito doppio di {amount} per un solo ordine. Chiedo il rimborso del secondo.",
    },
    "errors": {
        "fr": "Traduction de l'acte de mariage refusée par la mairie : nom de famille mal orthographié et date avec jour et mois inversés. Je demande une version corrigée en urgence, sans frais.",
        "pt": "Tradução da certidão recusada: apelido com erro e data com dia e mês trocados. Peço correção urgente sem custos.",
        "en": "Translation rejected: surname misspelt, day and month swapped in the date. Please correct urgently at no cost.",
        "de": "Übersetzung abgelehnt: Nachname falsch, Tag und Monat vertauscht. Bitte dringend kostenlos korrigieren.",
        "es": "Traducción rechazada: apellido mal escrito y día y mes al revés. Pido corrección urgente sin coste.",
        "it": "Traduzione rifiutata: cognome sbagliato, giorno e mese invertiti. Chiedo correzione urgente gratuita.",
    },
    "refund": {
        "fr": "Commande annulée il y a trois semaines avant le début de la traduction. Remboursement de {amount} annoncé sous 5 jours, non reçu à ce jour.",
        "pt": "Encomenda cancelada há três semanas antes do início da tradução. Reembolso de {amount} anunciado em 5 dias, ainda não recebido.",
        "en": "Order cancelled three weeks ago before work began. Refund of {amount} promised within 5 days, not received.",
        "de": "Bestellung vor drei Wochen storniert. Erstattung von {amount} in 5 Tagen zugesagt, nicht erhalten.",
        "es": "Pedido cancelado hace tres semanas. Reembolso de {amount} prometido en 5 días, no recibido.",
        "it": "Ordine annullato tre settimane fa. Rimborso di {amount} promesso in 5 giorni, non ricevuto.",
    },
    "wrong_price": {
        "fr": "Abonnement Parlavo Pass actif mais dernière commande facturée au tarif normal ({amount} de différence). Merci de rembourser l'écart.",
        "pt": "Parlavo Pass ativo mas última encomenda cobrada ao preço normal ({amount} de diferença). Peço o reembolso da diferença.",
        "en": "Active Parlavo Pass but last order charged at full price ({amount} difference). Please refund the difference.",
        "de": "Aktiver Parlavo Pass, letzte Bestellung aber voll berechnet ({amount} Differenz). Bitte erstatten.",
        "es": "Parlavo Pass activo pero último pedido a precio normal ({amount} de diferencia). Solicito la devolución.",
        "it": "Parlavo Pass attivo ma ultimo ordine a prezzo pieno ({amount} di differenza). Chiedo il rimborso.",
    },
    "cancel_fee": {
        "fr": "Commande annulée une heure après sa création (mauvais document envoyé), avant tout début de traduction. {amount} de frais d'annulation retenus. Merci de les rembourser.",
        "pt": "Encomenda cancelada uma hora depois de criada (documento errado), antes de qualquer tradução. Retidos {amount} de taxa. Peço o reembolso.",
        "en": "Order cancelled one hour after placing it, before any work. {amount} fee kept. Please refund.",
        "de": "Bestellung eine Stunde nach Aufgabe storniert, vor Arbeitsbeginn. {amount} Gebühr einbehalten. Bitte erstatten.",
        "es": "Pedido cancelado una hora después, antes de empezar. {amount} de gastos retenidos. Solicito devolución.",
        "it": "Ordine annullato dopo un'ora, prima di iniziare. Trattenuti {amount} di penale. Chiedo il rimborso.",
    },
}

#: Speech-to-text calls; {amount} is spoken ("119 euros").
CALL = {
    "late": {
        "fr": "oui bonjour j'ai payé l'express pour la traduction de mon acte de naissance l'appli me dit envoyée depuis hier soir et j'ai rien du tout j'ai rendez-vous à la préfecture demain à 9 heures vous pouvez me la renvoyer là maintenant",
        "pt": "bom dia olhe eu paguei a tradução expresso do registo criminal a aplicação diz que foi entregue mas eu não recebi nada e começo a trabalhar na segunda preciso disso hoje",
        "en": "hi I paid for the express translation it says delivered on the app but I haven't got anything and my visa appointment is tomorrow morning can you send it now please",
        "de": "ja hallo ich hab Express bezahlt für die Geburtsurkunde in der App steht zugestellt aber ich hab nichts bekommen und der Termin ist morgen früh",
        "es": "hola buenas pagué la traducción urgente y en la aplicación pone entregada pero no tengo nada y mañana tengo la cita en el consulado",
        "it": "pronto buongiorno ho pagato la traduzione espressa nell'app risulta consegnata ma non ho ricevuto niente e domani ho l'appuntamento",
    },
    "double_charge": {
        "fr": "oui bonjour je vous appelle parce qu'on m'a débité deux fois {amount} pour la même traduction sur ma carte et j'ai qu'une commande dans l'appli",
        "pt": "boa tarde estou a ligar porque me cobraram duas vezes {amount} pela mesma tradução no cartão e na aplicação só tenho um pedido",
        "en": "hi there I've been charged twice {amount} for the same order and there's only one order on the app",
        "de": "ja guten Tag mir wurde zweimal {amount} abgebucht für eine Bestellung",
        "es": "hola mire me han cobrado dos veces {amount} por el mismo pedido",
        "it": "pronto salve mi avete addebitato due volte {amount} per lo stesso ordine",
    },
    "errors": {
        "fr": "bonjour écoutez je sors de la mairie ils ont refusé la traduction parce que mon nom est mal écrit et la date est à l'envers j'ai posé une demi-journée pour ça il me faut une version corrigée vite",
        "pt": "bom dia olhe acabei de sair da conservatória recusaram a tradução porque o apelido está mal escrito e a data está trocada preciso disto corrigido com urgência",
        "en": "hi I've just come out of the registry office they rejected the translation my surname's spelt wrong and the date's the wrong way round",
        "de": "hallo ich komm grad vom Standesamt die haben die Übersetzung abgelehnt weil mein Name falsch geschrieben ist und das Datum vertauscht",
        "es": "hola acabo de salir del registro y me han rechazado la traducción porque el apellido está mal y la fecha al revés",
        "it": "pronto buongiorno esco adesso dall'anagrafe mi hanno rifiutato la traduzione il cognome è sbagliato e la data invertita",
    },
    "refund": {
        "fr": "oui bonjour c'est pour un remboursement j'ai annulé une commande il y a trois semaines on m'a dit cinq jours et j'ai toujours pas mes {amount}",
        "pt": "bom dia é por causa de um reembolso cancelei uma encomenda há três semanas disseram cinco dias e ainda não tenho os {amount}",
        "en": "hi it's about a refund I cancelled three weeks ago and still haven't had the {amount} back",
        "de": "hallo es geht um eine Erstattung ich hab vor drei Wochen storniert und die {amount} sind immer noch nicht da",
        "es": "hola es por un reembolso cancelé hace tres semanas y todavía no tengo los {amount}",
        "it": "pronto è per un rimborso ho annullato tre settimane fa e non ho ancora i {amount}",
    },
    "wrong_price": {
        "fr": "bonjour je vous appelle j'ai le Pass depuis des mois et la dernière commande a été facturée au prix normal j'ai payé {amount} de trop",
        "pt": "boa tarde eu tenho o Pass há meses e a última encomenda foi cobrada ao preço normal paguei {amount} a mais",
        "en": "hi I've had the Pass for months and my last order was charged full price I've paid {amount} too much",
        "de": "hallo ich hab seit Monaten den Pass und die letzte Bestellung wurde voll berechnet {amount} zu viel",
        "es": "hola tengo el Pass desde hace meses y el último pedido me lo cobraron a precio normal {amount} de más",
        "it": "pronto ho il Pass da mesi e l'ultimo ordine me l'avete fatto pagare pieno {amount} in più",
    },
    "cancel_fee": {
        "fr": "oui bonjour j'ai annulé une commande une heure après parce que j'avais mis le mauvais papier et vous m'avez gardé {amount} de frais alors que rien était traduit",
        "pt": "bom dia cancelei uma encomenda uma hora depois porque mandei o papel errado e ficaram com {amount} de taxa sem terem traduzido nada",
        "en": "hi I cancelled an order an hour after because I'd sent the wrong document and you've kept {amount} as a fee",
        "de": "ja hallo ich hab nach einer Stunde storniert falsches Dokument und Sie haben {amount} Gebühr behalten",
        "es": "hola cancelé un pedido a la hora porque subí el papel equivocado y os habéis quedado {amount}",
        "it": "pronto ho annullato un ordine dopo un'ora perché avevo caricato il documento sbagliato e avete trattenuto {amount}",
    },
}

#: The problem in a few words (German: nominative with its article).
ISSUE = {
    "late": {
        "fr": "la traduction express jamais reçue",
        "pt": "a tradução expresso que nunca chegou",
        "en": "the express translation that never arrived",
        "de": "die Express-Übersetzung, die nie angekommen ist",
        "es": "la traducción urgente que nunca llegó",
        "it": "la traduzione espressa mai arrivata",
    },
    "double_charge": {
        "fr": "le double prélèvement",
        "pt": "a cobrança em duplicado",
        "en": "the double charge",
        "de": "die doppelte Abbuchung",
        "es": "el cobro duplicado",
        "it": "l'addebito doppio",
    },
    "errors": {
        "fr": "la traduction refusée à cause des erreurs",
        "pt": "a tradução recusada por causa dos erros",
        "en": "the translation rejected for errors",
        "de": "die wegen Fehlern abgelehnte Übersetzung",
        "es": "la traducción rechazada por errores",
        "it": "la traduzione rifiutata per errori",
    },
    "refund": {
        "fr": "le remboursement jamais arrivé",
        "pt": "o reembolso que nunca chegou",
        "en": "the refund that never came",
        "de": "die ausstehende Erstattung",
        "es": "el reembolso que no llega",
        "it": "il rimborso mai arrivato",
    },
    "wrong_price": {
        "fr": "le tarif Pass pas appliqué",
        "pt": "o preço do Pass que não foi aplicado",
        "en": "the Pass price not being applied",
        "de": "der nicht berechnete Pass-Preis",
        "es": "el precio Pass sin aplicar",
        "it": "il prezzo Pass non applicato",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation",
        "pt": "a taxa de cancelamento",
        "en": "the cancellation fee",
        "de": "die Stornogebühr",
        "es": "los gastos de cancelación",
        "it": "la penale di annullamento",
    },
}

#: What the agent says was done ("good news: ...").
FIX = {
    "late": {
        "fr": "la traduction vient de vous être renvoyée par mail et elle est dans votre espace client",
        "pt": "a tradução foi reenviada por email e já está na sua área de cliente",
        "en": "the translation has been re-sent by email and is now in your account",
        "de": "die Übersetzung wurde erneut per Mail geschickt und liegt jetzt in Ihrem Konto",
        "es": "te hemos reenviado la traducción por correo y ya está en tu cuenta",
        "it": "la traduzione è stata rinviata via mail ed è ora nel suo account",
    },
    "double_charge": {
        "fr": "le second prélèvement a été remboursé, comptez 3 à 5 jours sur votre compte",
        "pt": "a segunda cobrança foi reembolsada, conte 3 a 5 dias na sua conta",
        "en": "the duplicate charge has been refunded, allow 3-5 days",
        "de": "die doppelte Abbuchung wurde erstattet, 3-5 Tage bis zur Gutschrift",
        "es": "el cargo duplicado está devuelto, de 3 a 5 días en tu cuenta",
        "it": "il secondo addebito è stato rimborsato, 3-5 giorni sul conto",
    },
    "errors": {
        "fr": "la traduction corrigée (nom et date) est dans votre espace client, sans frais",
        "pt": "a tradução corrigida (apelido e data) já está na sua área de cliente, sem custos",
        "en": "the corrected translation (name and date) is in your account, free of charge",
        "de": "die korrigierte Übersetzung (Name und Datum) liegt kostenlos in Ihrem Konto",
        "es": "la traducción corregida (apellido y fecha) ya está en tu cuenta, sin coste",
        "it": "la traduzione corretta (cognome e data) è nel suo account, senza costi",
    },
    "refund": {
        "fr": "le remboursement est parti ce matin, 3 à 5 jours selon votre banque",
        "pt": "o reembolso saiu esta manhã, 3 a 5 dias conforme o banco",
        "en": "the refund went out this morning, 3-5 days depending on your bank",
        "de": "die Erstattung ist heute Morgen raus, 3-5 Tage je nach Bank",
        "es": "el reembolso ha salido esta mañana, de 3 a 5 días según tu banco",
        "it": "il rimborso è partito stamattina, 3-5 giorni a seconda della banca",
    },
    "wrong_price": {
        "fr": "le tarif Pass a été appliqué et la différence vous est remboursée",
        "pt": "o preço do Pass foi aplicado e a diferença reembolsada",
        "en": "the Pass price has been applied and the difference refunded",
        "de": "der Pass-Preis wurde angewendet und die Differenz erstattet",
        "es": "se ha aplicado el precio Pass y te devolvemos la diferencia",
        "it": "il prezzo Pass è stato applicato e la differenza rimborsata",
    },
    "cancel_fee": {
        "fr": "les frais d'annulation ont été annulés et vous sont remboursés",
        "pt": "a taxa de cancelamento foi anulada e reembolsada",
        "en": "the cancellation fee has been waived and refunded",
        "de": "die Stornogebühr wurde storniert und erstattet",
        "es": "los gastos de cancelación se han anulado y devuelto",
        "it": "la penale è stata annullata e rimborsata",
    },
}

#: Long e-mails (French and Portuguese): an opening (the second one written at lunchtime), the problem, a closing.
LONG_OPEN = {
    "fr": (
        "Bonjour,\n\nJe vous écris depuis le train, entre le boulot et les enfants, le seul moment de la journée où j'ai deux minutes à moi, donc pardon si c'est un peu décousu.\n\nNous sommes en pleine demande de regroupement familial pour ma mère, qui vit encore à Porto, et chaque papier compte, chaque date compte. Jusqu'ici j'avais trouvé votre service pratique, c'est pour ça que je suis revenu{e} vers vous.",
        "Madame, Monsieur,\n\nJe profite de ma pause déjeuner (en cuisine, debout, pardon pour les fautes) pour vous écrire, parce que je n'arrive jamais à joindre quelqu'un au téléphone aux heures où je suis libre.\n\nMon conjoint et moi préparons notre mariage à la mairie, et entre la mairie, le consulat et son employeur on court partout depuis deux mois. Vos traductions devaient être la partie simple.",
    ),
    "pt": (
        "Boa tarde,\n\nEscrevo-vos do carro, à porta da escola da minha filha, enquanto espero que ela saia, por isso desculpem algum erro.\n\nEstamos a tratar da nacionalidade francesa cá de casa e cada papel tem prazo. Até agora o vosso serviço tinha sido uma ajuda, foi por isso que voltei a usá-lo.",
        "Exmos. Senhores,\n\nAproveito a hora de almoço na obra (sentad{o} num balde, não se riam) para escrever, porque ao telefone nunca consigo falar com ninguém às horas em que estou livre.\n\nA minha mãe vem viver connosco para o Luxemburgo e estamos a juntar os documentos para a residência dela. Foi por isso que recorri a vocês.",
    ),
}

LONG_PARA = {
    "late": {
        "fr": "Le problème : j'ai payé l'option express 24 h pour la traduction de l'acte de naissance, commandée mardi matin. L'appli affiche \"envoyée\" depuis mercredi soir. Je n'ai rien reçu, ni par mail (j'ai regardé les spams, les promotions, tout), ni dans l'espace client où la commande apparaît vide. Le rendez-vous à la préfecture est demain matin, obtenu après quatre mois d'attente. Si je ne l'ai pas ce soir, tout est à refaire.",
        "pt": 'O problema: paguei o expresso de 24 horas pela tradução da certidão de nascimento, pedida na terça de manhã. A app diz "entregue" desde quarta à noite. Não recebi nada, nem no email (vi o spam, as promoções, tudo), nem na área de cliente, onde a encomenda aparece vazia. A marcação é amanhã de manhã e esperei quatro meses por ela.',
    },
    "double_charge": {
        "fr": "Le problème : en regardant mes comptes hier soir, j'ai vu que la traduction avait été débitée DEUX fois, {amount} puis encore {amount} le lendemain, alors qu'il n'y a qu'une commande dans l'appli. En fin de mois, avec le loyer qui passe le 5, ce n'est pas un détail pour nous.",
        "pt": "O problema: ao ver as contas ontem à noite reparei que a tradução foi cobrada DUAS vezes, {amount} e outra vez {amount} no dia seguinte, e na app só há uma encomenda. No fim do mês, com a renda a sair dia 5, não é um pormenor.",
    },
    "errors": {
        "fr": "Le problème : la traduction que vous m'avez livrée a été refusée ce matin au guichet. Le nom de famille est mal orthographié (une lettre de trop) et dans la date de naissance le jour et le mois sont inversés. La dame au guichet m'a regardé{e} comme si j'avais fabriqué le document moi-même. J'avais posé une demi-journée pour ça.",
        "pt": "O problema: a tradução que me entregaram foi recusada hoje de manhã no balcão. O apelido está mal escrito (uma letra a mais) e na data de nascimento o dia e o mês estão trocados. A senhora do balcão olhou para mim como se eu tivesse falsificado o documento. Tinha pedido meio dia no trabalho para isto.",
    },
    "refund": {
        "fr": "Le problème : j'ai annulé une commande il y a trois semaines, avant qu'elle soit commencée, parce que finalement la mairie acceptait l'original. Votre service m'a confirmé par écrit le remboursement de {amount} sous 5 jours. Trois semaines plus tard, je ne vois aucune trace de ce remboursement sur mon compte.",
        "pt": "O problema: cancelei uma encomenda há três semanas, antes de começarem, porque a câmara afinal aceitava o original. Confirmaram-me por escrito o reembolso de {amount} em 5 dias. Três semanas depois, nada na conta.",
    },
    "wrong_price": {
        "fr": "Le problème : je paie le Parlavo Pass chaque mois précisément pour le tarif réduit, et la dernière commande (trois fiches de paie pour le dossier) a été facturée au tarif normal, soit {amount} de plus. Je n'ai pas le temps de vérifier chaque facture, je comptais sur vous pour ça.",
        "pt": "O problema: pago o Parlavo Pass todos os meses precisamente pelo preço reduzido, e a última encomenda (três recibos de vencimento) foi cobrada ao preço normal, {amount} a mais. Não tenho tempo para verificar cada fatura, contava convosco para isso.",
    },
    "cancel_fee": {
        "fr": "Le problème : j'ai annulé une commande une heure après l'avoir passée, parce que j'avais photographié la mauvaise page du livret de famille. Rien n'était commencé, l'appli disait \"en attente\". Vous avez pourtant retenu {amount} de frais d'annulation. Je trouve ça franchement abusé.",
        "pt": 'O problema: cancelei uma encomenda uma hora depois de a fazer, porque fotografei a página errada do livro de família. Nada tinha começado, a app dizia "pendente". Mesmo assim ficaram com {amount} de taxa de cancelamento. Acho um abuso.',
    },
}

LONG_CLOSE = {
    "fr": (
        "\n\nJe ne demande pas la lune : que ce soit réglé, et qu'on me dise clairement quand. Je suis client{e} depuis l'an dernier et j'en ai parlé autour de moi, j'aimerais continuer à le faire.\n\nMerci de votre retour,\n{full}",
        "\n\nJe compte sur une réponse rapide, par mail de préférence, je ne peux pas décrocher au travail.\n\nBien cordialement,\n{full}\n\nPS : désolé{e} pour le pavé.",
    ),
    "pt": (
        "\n\nNão peço nada do outro mundo: que resolvam e me digam quando. Sou cliente desde o ano passado e recomendei-vos a meia família, gostava de continuar a fazê-lo.\n\nAguardo resposta,\n{full}",
        "\n\nConto com uma resposta rápida, de preferência por email, que no trabalho não posso atender.\n\nCumprimentos,\n{full}\n\nPS: desculpem o testamento.",
    ),
}

LONG_SUBJECT = {
    "fr": "Réclamation : {topic}",
    "pt": "Reclamação: {topic}",
}

LONG_TOPIC = {
    "late": {"fr": "traduction express non reçue", "pt": "tradução expresso não recebida"},
    "double_charge": {"fr": "double prélèvement", "pt": "cobrança em duplicado"},
    "errors": {"fr": "traduction refusée (erreurs)", "pt": "tradução recusada (erros)"},
    "refund": {"fr": "remboursement non reçu", "pt": "reembolso não recebido"},
    "wrong_price": {"fr": "tarif Pass non appliqué", "pt": "preço do Pass não aplicado"},
    "cancel_fee": {"fr": "frais d'annulation", "pt": "taxa de cancelamento"},
}

# --- agents' replies -----------------------------------------------------------

CASE_OPENED = {
    "fr": (
        "Votre demande {case}",
        "Bonjour {name},\nNous avons bien reçu votre message concernant {issue}. Votre dossier porte la référence {case} ; une personne de l'équipe s'en occupe aujourd'hui.\n{agent}, Parlavo",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {name},\nRecebemos a sua mensagem sobre {issue}. O seu processo tem a referência {case} e alguém da equipa trata dele hoje.\n{agent}, Parlavo",
    ),
    "en": (
        "Your case {case}",
        "Hi {name},\nThanks for getting in touch about {issue}. Your case reference is {case}; someone on the team is on it today.\n{agent}, Parlavo",
    ),
    "de": (
        "Ihr Anliegen {case}",
        "Hallo {name},\nwir haben Ihre Nachricht erhalten (Thema: {issue}). Ihre Vorgangsnummer ist {case}; jemand aus dem Team kümmert sich heute darum.\n{agent}, Parlavo",
    ),
    "es": (
        "Tu caso {case}",
        "Hola {name},\nhemos recibido tu mensaje sobre {issue}. Tu caso tiene la referencia {case} y alguien del equipo lo mira hoy.\n{agent}, Parlavo",
    ),
    "it": (
        "La sua pratica {case}",
        "Buongiorno {name},\nabbiamo ricevuto il suo messaggio per {issue}. La sua pratica ha il numero {case} e qualcuno del team se ne occupa oggi.\n{agent}, Parlavo",
    ),
}

CHAT_CASE = {
    "fr": "Toutes nos excuses. J'ai ouvert le dossier {case}, on s'en occupe aujourd'hui et je vous tiens au courant ici ou par mail.",
    "pt": "Lamentamos muito. Abri o processo {case}, tratamos disso hoje e damos notícias por aqui ou por email.",
    "en": "So sorry about that. I've opened case {case}, we'll sort it today and update you here or by email.",
    "de": "Das tut uns leid. Ich habe den Vorgang {case} angelegt, wir kümmern uns heute darum und melden uns hier oder per Mail.",
    "es": "Lo sentimos mucho. He abierto el caso {case}, lo miramos hoy y te avisamos por aquí o por correo.",
    "it": "Ci dispiace molto. Ho aperto la pratica {case}, ce ne occupiamo oggi e la aggiorniamo qui o via mail.",
}

GOOD_NEWS = {
    "fr": (
        "Bonne nouvelle pour le dossier {case}",
        "Bonjour {name},\nBonne nouvelle : {fix}. Pouvez-vous nous confirmer que tout est bon de votre côté ? Une réponse à ce mail suffit.\n{agent}, Parlavo",
    ),
    "pt": (
        "Boas notícias sobre o processo {case}",
        "Olá {name},\nBoas notícias: {fix}. Pode confirmar-nos que está tudo bem do seu lado? Basta responder a este email.\n{agent}, Parlavo",
    ),
    "en": (
        "Good news on case {case}",
        "Hi {name},\nGood news: {fix}. Could you confirm everything's fine on your side? Just reply to this email.\n{agent}, Parlavo",
    ),
    "de": (
        "Gute Nachricht zu Vorgang {case}",
        "Hallo {name},\ngute Nachricht: {fix}. Können Sie uns kurz bestätigen, dass alles passt? Eine Antwort auf diese Mail genügt.\n{agent}, Parlavo",
    ),
    "es": (
        "Buenas noticias sobre el caso {case}",
        "Hola {name},\nbuenas noticias: {fix}. ¿Nos confirmas que todo está bien? Basta con responder a este correo.\n{agent}, Parlavo",
    ),
    "it": (
        "Buone notizie sulla pratica {case}",
        "Buongiorno {name},\nbuone notizie: {fix}. Può confermarci che è tutto a posto? Basta rispondere a questa mail.\n{agent}, Parlavo",
    ),
}

QUALITY_LEAD = {
    "fr": (
        "Dossier {case} transmis",
        "Bonjour {name},\nVotre dossier {case} concernant {issue} est désormais suivi par notre responsable qualité, qui vous rappellera sous 48 h. Toutes nos excuses pour ces désagréments.\n{agent}, Parlavo",
    ),
    "pt": (
        "Processo {case} encaminhado",
        "Olá {name},\nO seu processo {case}, sobre {issue}, está agora com a nossa responsável de qualidade, que lhe liga nas próximas 48 horas. As nossas desculpas pelo incómodo.\n{agent}, Parlavo",
    ),
    "en": (
        "Case {case} passed on",
        "Hi {name},\nYour case {case} about {issue} is now with our quality lead, who will call you within 48 hours. Sorry for the trouble.\n{agent}, Parlavo",
    ),
    "de": (
        "Vorgang {case} weitergegeben",
        "Hallo {name},\nIhr Vorgang {case} (Thema: {issue}) liegt jetzt bei unserer Qualitätsverantwortlichen, die Sie innerhalb von 48 Stunden anruft. Entschuldigen Sie die Umstände.\n{agent}, Parlavo",
    ),
    "es": (
        "Caso {case} escalado",
        "Hola {name},\ntu caso {case} sobre {issue} lo lleva ahora nuestra responsable de calidad, que te llamará en 48 horas. Perdona las molestias.\n{agent}, Parlavo",
    ),
    "it": (
        "Pratica {case} inoltrata",
        "Buongiorno {name},\nla sua pratica {case} per {issue} è ora seguita dalla nostra responsabile qualità, che la chiamerà entro 48 ore. Ci scusiamo per il disagio.\n{agent}, Parlavo",
    ),
}

URGENT_CHAT = {
    "fr": "C'est ajouté au dossier {case} et marqué urgent. Toutes nos excuses pour l'attente.",
    "pt": "Acrescentei ao processo {case} e marquei como urgente. Pedimos desculpa pela espera.",
    "en": "Added to case {case} and marked urgent. Sorry for the wait.",
    "de": "Zum Vorgang {case} hinzugefügt und als dringend markiert. Entschuldigen Sie die Wartezeit.",
    "es": "Añadido al caso {case} y marcado como urgente. Perdona la espera.",
    "it": "Aggiunto alla pratica {case} e segnato come urgente. Ci scusi per l'attesa.",
}

#: The customer confirms a fix: (subject, e-mail text), chat text.
CONFIRM = {
    "fr": (
        (
            "RE : Bonne nouvelle pour le dossier {case}",
            "C'est bon pour moi, bien reçu. Merci d'avoir réglé le dossier {case} aussi vite.\n{name}",
        ),
        "re, c'est confirmé pour le dossier {case}, tout est ok merci",
    ),
    "pt": (
        (
            "RE: Boas notícias sobre o processo {case}",
            "Confirmo, está tudo certo. Obrigad{o} por resolverem o processo {case}.\n{name}",
        ),
        "confirmo o processo {case}, já está tudo bem, obg",
    ),
    "en": (
        (
            "RE: Good news on case {case}",
            "Confirmed, all sorted. Thanks for fixing case {case}.\n{name}",
        ),
        "just confirming case {case} is sorted, thanks",
    ),
    "de": (
        (
            "AW: Gute Nachricht zu Vorgang {case}",
            "Bestätigt, alles passt. Danke für die schnelle Lösung von {case}.\n{name}",
        ),
        "kurz zur Bestätigung: Vorgang {case} ist erledigt, danke",
    ),
    "es": (
        (
            "RE: Buenas noticias sobre el caso {case}",
            "Confirmado, todo bien. Gracias por resolver el caso {case}.\n{name}",
        ),
        "confirmo el caso {case}, ya está todo bien, gracias",
    ),
    "it": (
        (
            "R: Buone notizie sulla pratica {case}",
            "Confermo, tutto a posto. Grazie per aver risolto la pratica {case}.\n{name}",
        ),
        "confermo la pratica {case}, ora è tutto ok, grazie",
    ),
}

#: The day after anger: (e-mail subject, text).
APOLOGY = {
    "fr": (
        "Désolé{e} pour hier",
        "Bonjour, je voulais m'excuser pour mon message d'hier, j'étais sur les nerfs avec toute cette paperasse. Merci d'avoir fait le nécessaire.",
    ),
    "pt": (
        "Desculpem a mensagem de ontem",
        "Bom dia, queria pedir desculpa pela mensagem de ontem, estava com os nervos à flor da pele com a papelada toda. Obrigad{o} por terem tratado do assunto.",
    ),
    "en": (
        "Sorry about yesterday",
        "Hi, sorry for my message yesterday, the paperwork had me at the end of my rope. Thanks for sorting it.",
    ),
    "de": (
        "Entschuldigung wegen gestern",
        "Hallo, sorry für meinen Ton gestern, der ganze Papierkram hat mich fertig gemacht. Danke fürs Erledigen.",
    ),
    "es": (
        "Perdón por lo de ayer",
        "Hola, perdón por el mensaje de ayer, estaba de los nervios con tanto papeleo. Gracias por solucionarlo.",
    ),
    "it": (
        "Scuse per ieri",
        "Buongiorno, scusate il tono di ieri, ero esasperat{o} da tutte queste carte. Grazie per aver risolto.",
    ),
}

LOW_CSAT_WORDS = {
    "fr": ("nul", "", "déçu{e}", "aucune réponse claire"),
    "pt": ("péssimo", "", "desiludid{o}"),
    "en": ("poor", ""),
    "de": ("schlecht", ""),
    "es": ("fatal", ""),
    "it": ("pessimo", ""),
}

LOW_NPS_WORDS = {
    "fr": ("Je ne recommanderai pas", "", "trop de galères pour un simple papier"),
    "pt": ("não recomendo", "", "uma desilusão"),
    "en": ("wouldn't recommend", ""),
    "de": ("nicht zu empfehlen", ""),
    "es": ("no lo recomiendo", ""),
    "it": ("non lo consiglio", ""),
}

# --- repeat contacts -------------------------------------------------------------

#: Subjects of a customer's later e-mails on a case.
FOLLOW_SUBJECT = {
    "fr": ("RE : Votre demande {case}", "Dossier {case} TOUJOURS ouvert"),
    "pt": ("RE: O seu pedido {case}", "Processo {case} continua aberto"),
    "en": ("RE: Your case {case}",),
    "de": ("AW: Ihr Anliegen {case}",),
    "es": ("RE: Tu caso {case}",),
    "it": ("R: La sua pratica {case}",),
}

SECOND = {
    "fr": (
        "Bonjour, je reviens vers vous pour le dossier {case} : {issue}, toujours rien de réglé. On m'avait dit aujourd'hui. Merci de me répondre.",
        "dossier {case} toujours ouvert, {issue} toujours pas réglé. quelqu'un s'en occupe vraiment ?",
    ),
    "pt": (
        "Boa tarde, volto a escrever sobre o processo {case}: {issue}, continua tudo na mesma. Disseram-me que era hoje.",
        "processo {case} ainda aberto e {issue} ainda por resolver. alguém está a tratar disto?",
    ),
    "en": ("Hi, following up on case {case}: {issue}, still nothing. I was told today.",),
    "de": (
        "Hallo, ich melde mich wegen Vorgang {case}: {issue}, immer noch nichts passiert. Mir wurde heute zugesagt.",
    ),
    "es": (
        "Hola, vuelvo a escribir por el caso {case}: {issue}, sigue sin resolver. Me dijisteis que hoy.",
    ),
    "it": (
        "Buongiorno, riscrivo per la pratica {case}: {issue}, ancora niente. Mi avevate detto oggi.",
    ),
}

SECOND_CALL = {
    "fr": "oui bonjour je rappelle pour {issue} dossier {case} c'est toujours pas réglé on m'avait dit que quelqu'un s'en occupait",
    "pt": "bom dia volto a ligar é sobre {issue} processo {case} continua sem estar resolvido",
    "en": "hi I'm calling again about {issue} case {case} it's still not sorted",
    "de": "hallo ich ruf nochmal an wegen Vorgang {case} {issue} ist immer noch nicht erledigt",
    "es": "hola llamo otra vez por el caso {case} {issue} sigue sin resolver",
    "it": "pronto richiamo per la pratica {case} {issue} ancora niente",
}

THIRD = {
    "fr": (
        "Troisième fois que j'écris pour le dossier {case}. {Issue} : toujours rien. Une collègue passe par {comp} et chez eux ce genre de truc est réglé dans la journée. Je commence à comprendre pourquoi.",
        "3e message pour {case}. {Issue}, toujours rien. j'ai regardé les prix chez {comp}, franchement ça me tente de plus en plus",
    ),
    "pt": (
        "Terceira vez que escrevo sobre o processo {case}. {Issue}: nada. Uma colega usa a {comp} e lá resolvem isto no próprio dia.",
        "3ª mensagem sobre o {case}. {Issue}, nada. já fui ver os preços da {comp}, estou quase",
    ),
    "en": (
        "Third time writing about case {case}. {Issue}: still nothing. A mate uses {comp} and they sort this sort of thing the same day.",
    ),
    "de": (
        "Zum dritten Mal wegen Vorgang {case}. {Issue}: nichts. Eine Kollegin nimmt {comp}, da ist sowas am selben Tag erledigt.",
    ),
    "es": (
        "Tercera vez que escribo por el caso {case}. {Issue}: nada. Una compañera usa {comp} y allí lo arreglan en el día.",
    ),
    "it": (
        "Terza volta che scrivo per la pratica {case}. {Issue}: niente. Una collega usa {comp} e lì lo risolvono in giornata.",
    ),
}

THIRD_CALL = {
    "fr": "bonjour c'est la troisième fois que je vous contacte pour le dossier {case} toujours rien une collègue à moi passe par {comp} et eux ils règlent ça dans la journée",
    "pt": "boa tarde é a terceira vez que vos contacto por causa do processo {case} continua tudo igual uma colega minha usa a {comp} e eles resolvem no mesmo dia",
    "en": "hi this is the third time about case {case} still nothing a mate of mine uses {comp} and they sort it same day",
    "de": "hallo das ist jetzt das dritte Mal wegen Vorgang {case} immer noch nichts eine Kollegin nimmt {comp} die machen das am selben Tag",
    "es": "hola es la tercera vez por el caso {case} y nada una compañera usa {comp} y allí lo resuelven en el día",
    "it": "pronto è la terza volta per la pratica {case} ancora niente una collega usa {comp} e loro risolvono in giornata",
}

FOURTH = {
    "fr": (
        "QUATRIÈME message pour le dossier {case}. Rien n'a bougé. Je ne sais plus comment vous le dire.",
    ),
    "pt": ("QUARTA vez. Processo {case}. Continua tudo por resolver. Já não sei como dizer isto.",),
    "en": ("FOURTH time. Case {case}. Still not sorted. I don't know how else to say it.",),
    "de": ("ZUM VIERTEN MAL. Vorgang {case}. Immer noch nicht erledigt.",),
    "es": ("CUARTA vez. Caso {case}. Sigue sin resolver. Ya no sé cómo decirlo.",),
    "it": ("QUARTA volta. Pratica {case}. Ancora tutto fermo. Non so più come dirlo.",),
}

FOURTH_CALL = {
    "fr": "c'est la quatrième fois que je vous contacte pour le dossier {case} quatre fois et toujours rien je comprends pas",
    "pt": "é a quarta vez que vos contacto pelo processo {case} quatro vezes e nada",
    "en": "this is the fourth time I've been in touch about case {case} four times and nothing",
    "de": "das ist das vierte Mal wegen Vorgang {case} viermal und nichts passiert",
    "es": "es la cuarta vez que contacto por el caso {case} cuatro veces y nada",
    "it": "è la quarta volta che vi contatto per la pratica {case} quattro volte e niente",
}

# --- the slide of six steps -------------------------------------------------------

SLIDE = {
    "fr": (
        (
            "Un jour de retard sur la traduction cette fois, sans prévenir. Bon, ça arrive",
            "Mon prénom écrit de deux façons différentes sur deux pages de la même traduction. Il a fallu demander une correction. Hmm",
            "Copie papier reçue dans une enveloppe déchirée, le tampon à moitié effacé. Je sais pas si la mairie va l'accepter",
            "Deux heures pour avoir un humain dans le chat Parlavo, le robot me renvoyait toujours à la FAQ. Ça commence à faire beaucoup",
            "{amount} de 'frais de re-certification' pour corriger LEUR faute de prénom. VOUS VOUS MOQUEZ DE QUI ???",
            "Ma cousine passe par {comp} depuis des mois, j'ai envoyé les papiers de mon frère chez eux. Fini Parlavo pour nous",
        ),
        (
            "Traduction livrée le lendemain du délai annoncé. Pas grave mais bon",
            "La date sur la traduction ne correspond pas à l'acte, obligé{e} de redemander. Moins carré qu'avant Parlavo",
            "Copie papier arrivée pliée en quatre dans une enveloppe normale, pas en recommandé. Bof",
            "Personne au téléphone, le chat tourne en boucle. Je perds patience",
            "Et maintenant on me facture {amount} pour corriger une erreur qui est LA VÔTRE. Inadmissible",
            "Un collègue m'a conseillé {comp}, j'ai fait traduire mon permis chez eux. On verra bien",
        ),
        (
            "Traduction reçue, mais il manquait la 2e page du livret de famille. Ils l'ont ajoutée, bon",
            "Le tampon du traducteur est illisible sur le PDF, la mairie a tiqué. Faut redemander un scan propre",
            "Copie papier 'en préparation' depuis 6 jours. Il suffit de la poster pourtant...",
            "Le service client Parlavo répond avec des messages tout faits. On sent que plus personne ne lit",
            "On me réclame {amount} pour RENVOYER une copie qu'ils n'ont jamais postée. C'EST UNE BLAGUE ???",
            "Ma voisine m'a fait découvrir {comp}, mon acte de mariage est parti chez eux ce matin. Parlavo c'est terminé",
        ),
    ),
    "pt": (
        (
            "Desta vez a tradução chegou um dia depois, sem aviso. Acontece",
            "O meu nome escrito de duas maneiras em duas páginas da mesma tradução. Tive de pedir correção. Hmm",
            "Cópia em papel chegou num envelope rasgado e o carimbo meio apagado. Não sei se a câmara aceita",
            "Duas horas para falar com uma pessoa no chat da Parlavo, o robô manda sempre para as perguntas frequentes. Já chega",
            "{amount} de 'taxa de recertificação' para corrigir um erro QUE É VOSSO. ESTÃO A GOZAR COMIGO???",
            "A minha prima usa a {comp} há meses, mandei os papéis do meu irmão para lá. Acabou a Parlavo cá em casa",
        ),
        (
            "Tradução entregue um dia depois do prazo. Pronto",
            "A data na tradução não bate com a certidão, tive de pedir outra vez. Já não é o que era, Parlavo",
            "A cópia em papel veio dobrada num envelope normal, nada de registado. Enfim",
            "Ninguém atende o telefone e o chat anda às voltas. Estou a perder a paciência",
            "E agora cobram-me {amount} para corrigir um erro VOSSO. Inadmissível",
            "Um colega falou-me da {comp}, fiz lá a tradução da carta de condução. Logo se vê",
        ),
        (
            "Tradução recebida mas faltava a 2.ª página do livro de família. Acrescentaram, pronto",
            "O carimbo do tradutor está ilegível no PDF, a mairie torceu o nariz. Tive de pedir outro",
            "Cópia em papel 'em preparação' há 6 dias. É só pôr no correio...",
            "O apoio da Parlavo responde com mensagens feitas. Já ninguém lê o que escrevemos",
            "Pedem-me {amount} para REENVIAR uma cópia que nunca enviaram. ISTO É PIADA???",
            "A minha vizinha mostrou-me a {comp}, a certidão de casamento foi para lá hoje de manhã. Parlavo nunca mais",
        ),
    ),
    "en": (
        (
            "Translation a day late this time, no heads-up. Happens I suppose",
            "My first name spelt two different ways on two pages of the same translation. Had to ask for a fix",
            "Paper copy turned up in a ripped envelope with the stamp half rubbed off. Not sure the council will take it",
            "Two hours to get a human on the Parlavo chat, the bot kept sending me to the FAQ",
            "{amount} 'recertification fee' to fix THEIR spelling mistake. Are you having a laugh???",
            "My cousin's been using {comp} for ages, sent my brother's documents to them. Done with Parlavo",
        ),
    ),
    "de": (
        (
            "Übersetzung diesmal einen Tag zu spät, ohne Bescheid. Kann passieren",
            "Mein Vorname auf zwei Seiten derselben Übersetzung unterschiedlich geschrieben. Musste Korrektur anfordern",
            "Papierkopie kam im zerrissenen Umschlag, Stempel halb verwischt. Mal sehen ob das Amt das nimmt",
            "Zwei Stunden bis im Parlavo-Chat ein Mensch antwortet, der Bot schickt einen immer zu den FAQ",
            "{amount} 'Nachbeglaubigungsgebühr' um IHREN Fehler zu korrigieren. Geht's noch???",
            "Meine Cousine nutzt seit Monaten {comp}, die Unterlagen meines Bruders sind jetzt dort. Parlavo ist für uns durch",
        ),
    ),
    "es": (
        (
            "Esta vez la traducción llegó un día tarde, sin avisar. Bueno, pasa",
            "Mi nombre escrito de dos formas en dos páginas de la misma traducción. Tuve que pedir corrección",
            "La copia en papel llegó en un sobre roto y el sello medio borrado. A ver si el ayuntamiento la acepta",
            "Dos horas para hablar con una persona en el chat de Parlavo, el bot te manda siempre a las preguntas frecuentes",
            "{amount} de 'tasa de recertificación' para corregir SU error. ¿PERO QUÉ ES ESTO?",
            "Mi prima usa {comp} desde hace meses, los papeles de mi hermano ya los he mandado allí. Se acabó Parlavo",
        ),
    ),
    "it": (
        (
            "Stavolta la traduzione è arrivata un giorno in ritardo, senza avvisare. Capita",
            "Il mio nome scritto in due modi diversi su due pagine della stessa traduzione. Ho dovuto chiedere la correzione",
            "Copia cartacea arrivata in una busta strappata col timbro mezzo cancellato. Vediamo se il comune la prende",
            "Due ore per parlare con una persona nella chat di Parlavo, il bot rimanda sempre alle FAQ",
            "{amount} di 'costo di ricertificazione' per correggere un errore LORO. MA STIAMO SCHERZANDO???",
            "Mia cugina usa {comp} da mesi, i documenti di mio fratello li ho mandati lì. Basta Parlavo",
        ),
    ),
}

#: Euro amount of the slide's fee (step five), converted to the market's money.
SLIDE_FEE = (25.0, 30.0, 35.0)

# --- leavers --------------------------------------------------------------------------

LEAVE = {
    "fr": (
        (
            "Résiliation Pass et fermeture du compte",
            "Bonjour,\nBonne nouvelle de notre côté : la naturalisation est passée, on a enfin fini avec les papiers ! Du coup je n'ai plus besoin du Parlavo Pass. Merci de le résilier et de fermer mon compte.\nMerci pour tout,\n{full}",
        ),
        (
            "résilier le Pass",
            "Bonjour,\nJe rentre définitivement au Portugal le mois prochain, je n'aurai plus de traductions à faire. Je voudrais résilier le Parlavo Pass et supprimer mon compte svp.\n{full}",
        ),
    ),
    "pt": (
        (
            "Cancelar Pass e fechar conta",
            "Bom dia,\nJá temos a nacionalidade, acabou a papelada! Não vou precisar mais do Parlavo Pass. Peço que cancelem a assinatura e fechem a minha conta.\nObrigad{o} por tudo,\n{full}",
        ),
        (
            "cancelamento",
            "Boa tarde,\nvou voltar para Portugal de vez e já não preciso de traduções. Quero cancelar o Parlavo Pass e apagar a conta pf.\n{full}",
        ),
    ),
    "en": (
        (
            "Cancel Pass and close account",
            "Hi,\nMy residency came through so the paperwork is finally over. Please cancel my Parlavo Pass and close my account.\nThanks for everything,\n{full}",
        ),
    ),
    "de": (
        (
            "Pass kündigen und Konto schließen",
            "Hallo,\ndie Einbürgerung ist durch, der Papierkram vorbei. Bitte kündigen Sie meinen Parlavo Pass und schließen Sie mein Konto.\nDanke für alles,\n{full}",
        ),
    ),
    "es": (
        (
            "Cancelar Pass y cerrar cuenta",
            "Hola,\nya tengo la residencia, se acabó el papeleo. Por favor cancelad mi Parlavo Pass y cerrad mi cuenta.\nGracias por todo,\n{full}",
        ),
    ),
    "it": (
        (
            "Disdetta Pass e chiusura account",
            "Buongiorno,\nla pratica di cittadinanza è chiusa, finalmente niente più carte. Vorrei disdire il Parlavo Pass e chiudere l'account.\nGrazie di tutto,\n{full}",
        ),
    ),
}

SORRY_GO = {
    "fr": (
        "Votre demande de résiliation",
        "Bonjour {name},\nFélicitations pour la suite ! Nous sommes désolés de vous voir partir. Vous pouvez résilier le Pass et fermer le compte vous-même dans l'appli ou sur le site (Compte > Pass > Résilier) ; vos traductions restent téléchargeables 30 jours.\n{agent}, Parlavo",
    ),
    "pt": (
        "O seu pedido de cancelamento",
        "Olá {name},\nParabéns pela novidade! Temos pena que nos deixe. Pode cancelar o Pass e fechar a conta na app ou no site (Conta > Pass > Cancelar); as traduções ficam disponíveis 30 dias.\n{agent}, Parlavo",
    ),
    "en": (
        "Your cancellation request",
        "Hi {name},\nCongratulations, and sorry to see you go. You can cancel the Pass and close the account yourself in the app or on the website (Account > Pass > Cancel); your translations stay downloadable for 30 days.\n{agent}, Parlavo",
    ),
    "de": (
        "Ihre Kündigung",
        "Hallo {name},\nherzlichen Glückwunsch, und schade, dass Sie gehen. Sie können den Pass in der App oder auf der Website selbst kündigen und das Konto schließen (Konto > Pass > Kündigen); Ihre Übersetzungen bleiben 30 Tage abrufbar.\n{agent}, Parlavo",
    ),
    "es": (
        "Tu solicitud de baja",
        "Hola {name},\n¡enhorabuena! Sentimos que te vayas. Puedes cancelar el Pass y cerrar la cuenta desde la app o la web (Cuenta > Pass > Cancelar); tus traducciones siguen disponibles 30 días.\n{agent}, Parlavo",
    ),
    "it": (
        "La sua richiesta di disdetta",
        "Buongiorno {name},\ncomplimenti, e ci dispiace vederla andare via. Può disdire il Pass e chiudere l'account dall'app o dal sito (Account > Pass > Disdici); le traduzioni restano scaricabili per 30 giorni.\n{agent}, Parlavo",
    ),
}

# --- the steadily grumpy, sarcasm, mild grumbles ---------------------------------------

GRUMBLES = {
    "fr": (
        "L'appli Parlavo me déconnecte à chaque fois que je passe sur une autre appli. Chaque. Fois.",
        "Pourquoi le recadrage automatique coupe toujours le tampon en bas de page ? Je dois reprendre la photo 4 fois",
        "Notifications Parlavo en anglais alors que tout mon compte est en français. Bravo",
        "Le verso vide compté comme une page. Sérieusement ?",
        "Le chatbot qui répond 'je n'ai pas compris' à chaque question. Super utile",
        "Suivi du recommandé jamais à jour dans l'appli, faut aller voir sur le site de la poste",
        "Les factures en PDF avec l'adresse coupée. Ma mutuelle les refuse à chaque fois",
    ),
    "pt": (
        "A app da Parlavo faz logout sempre que mudo de aplicação. Sempre.",
        "O recorte automático corta sempre o carimbo no fundo da página, tenho de tirar a foto 4 vezes",
        "Notificações em inglês com a conta toda em português. Boa",
        "O verso em branco contado como página. A sério?",
        "O chatbot responde 'não percebi' a tudo. Muito útil",
        "O seguimento do registado nunca atualiza na app",
        "As faturas em PDF com a morada cortada, o seguro nunca as aceita",
    ),
    "en": (
        "Parlavo app logs me out every time I switch apps. Every time.",
        "Auto-crop always cuts the stamp off the bottom of the page",
        "Blank back page counted as a page. Seriously?",
        "The chatbot says 'I didn't understand' to literally everything",
        "Tracking for the paper copy never updates in the app",
        "Invoice PDFs with half the address cut off",
        "Why does the price only show AFTER uploading everything",
    ),
    "de": (
        "Parlavo-App loggt mich jedes Mal aus, wenn ich die App wechsle.",
        "Der automatische Zuschnitt schneidet immer den Stempel unten ab",
        "Leere Rückseite als Seite berechnet. Echt jetzt?",
        "Der Chatbot versteht grundsätzlich nichts",
        "Sendungsverfolgung der Papierkopie aktualisiert sich nie",
        "Rechnungs-PDF mit abgeschnittener Adresse",
        "Preis erst NACH dem Hochladen sichtbar. Warum?",
    ),
    "es": (
        "La app de Parlavo me cierra sesión cada vez que cambio de app",
        "El recorte automático siempre corta el sello de abajo",
        "Una página en blanco cobrada como página. ¿En serio?",
        "El chatbot no entiende nada de nada",
        "El seguimiento del envío nunca se actualiza",
        "Facturas en PDF con la dirección cortada",
        "¿Por qué el precio sale DESPUÉS de subirlo todo?",
    ),
    "it": (
        "L'app di Parlavo mi disconnette ogni volta che cambio app",
        "Il ritaglio automatico taglia sempre il timbro in fondo",
        "Retro bianco contato come pagina. Sul serio?",
        "Il chatbot non capisce niente",
        "Il tracciamento della copia cartacea non si aggiorna mai",
        "Fatture PDF con l'indirizzo tagliato",
        "Perché il prezzo compare solo DOPO aver caricato tutto?",
    ),
}

SARCASM = {
    "fr": (
        "Super l'express 24h, arrivé en 4 jours, pile le lendemain du rdv 👏👏",
        "J'adore que ma traduction 'certifiée' appelle mon père 'Madame'. Merci Parlavo 😂",
    ),
    "pt": (
        "Adoro o expresso de 24h que chega em 4 dias, mesmo no dia a seguir à entrevista 👏",
        "Que bom que a minha tradução certificada chama 'senhora' ao meu pai. Obrigad{o} Parlavo 😂",
    ),
    "en": (
        "Love that the 24h express took four days, arrived the morning after my appointment 👏",
        "Nice of Parlavo to translate my dad as 'Mrs'. Very progressive 😂",
    ),
    "de": (
        "Toll, Express 24h in vier Tagen, pünktlich einen Tag nach dem Termin 👏",
        "Schön, dass Parlavo meinen Vater zur 'Frau' macht. Sehr modern 😂",
    ),
    "es": (
        "Me encanta la urgente de 24h que tarda 4 días, justo al día siguiente de la cita 👏",
        "Qué bonito que Parlavo traduzca a mi padre como 'señora' 😂",
    ),
    "it": (
        "Adoro l'espresso 24h arrivato in 4 giorni, giusto il giorno dopo l'appuntamento 👏",
        "Che bello, Parlavo ha tradotto mio padre come 'signora' 😂",
    ),
}

#: Mild remarks (chat question and answer, or a web form).
MILD = {
    "fr": (
        (
            "petite remarque : dans la liste des langues le portugais est rangé dans 'Autres', c'est un peu bizarre pour un service qui en traduit autant",
            "Bonjour, bien vu, c'est remonté à l'équipe de l'appli. Merci !",
        ),
        (
            "le prix estimé a changé une fois les photos envoyées, 4 € de plus. pas grave mais c'est perturbant",
            "Bonjour, l'estimation se met à jour avec le nombre réel de pages ; on va rendre ça plus clair.",
        ),
    ),
    "pt": (
        (
            "pequena nota: na lista de línguas o português está em 'Outras', é estranho",
            "Olá, bem visto, já passámos à equipa da app. Obrigado!",
        ),
        (
            "o preço estimado mudou depois de enviar as fotos, mais 4 €. não é grave mas confunde",
            "Olá, a estimativa atualiza com o número real de páginas; vamos tornar isso mais claro.",
        ),
    ),
    "en": (
        (
            "small thing: the app keeps suggesting a registry office in the wrong town",
            "Hi, thanks, passed to the app team.",
        ),
        (
            "the estimate went up after uploading, bit confusing",
            "Hi, the estimate updates with the real page count; we'll make it clearer.",
        ),
    ),
    "de": (
        (
            "kleine Anmerkung: die App schlägt immer das Standesamt einer anderen Stadt vor",
            "Hallo, danke, ist an das App-Team weitergegeben.",
        ),
        (
            "Preis nach dem Hochladen 4 € höher, etwas verwirrend",
            "Hallo, die Schätzung passt sich der echten Seitenzahl an; wir machen das klarer.",
        ),
    ),
    "es": (
        (
            "una cosa: la app me sugiere siempre el registro civil de otra ciudad",
            "Hola, gracias, lo pasamos al equipo de la app.",
        ),
        (
            "el precio subió 4 € al subir las fotos, confunde un poco",
            "Hola, la estimación se ajusta a las páginas reales; lo haremos más claro.",
        ),
    ),
    "it": (
        (
            "piccola cosa: l'app propone sempre l'anagrafe di un'altra città",
            "Ciao, grazie, girato al team dell'app.",
        ),
        (
            "il prezzo è salito di 4 € dopo il caricamento, confonde un po'",
            "Ciao, la stima si aggiorna con le pagine reali; lo renderemo più chiaro.",
        ),
    ),
}

FORM_ACK = {
    "fr": (
        "Merci pour votre remarque",
        "Bonjour {name},\nMerci pour votre retour, il est transmis à l'équipe de l'appli.\n{agent}, Parlavo",
    ),
    "pt": (
        "Obrigado pela sua sugestão",
        "Olá {name},\nObrigado pelo comentário, já seguiu para a equipa da app.\n{agent}, Parlavo",
    ),
    "en": (
        "Thanks for your feedback",
        "Hi {name},\nThanks, it's been passed to the app team.\n{agent}, Parlavo",
    ),
    "de": (
        "Danke für Ihr Feedback",
        "Hallo {name},\ndanke, ist an das App-Team weitergegeben.\n{agent}, Parlavo",
    ),
    "es": (
        "Gracias por tu comentario",
        "Hola {name},\ngracias, lo hemos pasado al equipo de la app.\n{agent}, Parlavo",
    ),
    "it": (
        "Grazie per il suggerimento",
        "Buongiorno {name},\ngrazie, l'abbiamo girato al team dell'app.\n{agent}, Parlavo",
    ),
}

#: Monday's grumble in the spike week: chat question and answer.
WEEK_MILD = {
    "fr": (
        "l'historique des commandes n'affiche que les 10 dernières, j'en cherche une de l'an dernier pour les impôts",
        "Bonjour, tapez le numéro de commande dans la recherche en haut, elle cherche dans tout l'historique.",
    ),
    "pt": (
        "o histórico de encomendas só mostra as últimas 10, procuro uma do ano passado para o IRS",
        "Olá, escreva o número da encomenda na pesquisa em cima, procura no histórico todo.",
    ),
    "en": (
        "order history only shows the last 10, looking for one from last year",
        "Hi, type the order number in the search bar, it searches everything.",
    ),
    "de": (
        "Bestellverlauf zeigt nur die letzten 10, suche eine vom letzten Jahr",
        "Hallo, Bestellnummer oben in die Suche, die durchsucht alles.",
    ),
    "es": (
        "el historial solo enseña los 10 últimos pedidos, busco uno del año pasado",
        "Hola, pon el número en el buscador de arriba, busca en todo el historial.",
    ),
    "it": (
        "lo storico mostra solo gli ultimi 10 ordini, ne cerco uno dell'anno scorso",
        "Ciao, scrivi il numero nella ricerca in alto, cerca in tutto lo storico.",
    ),
}

#: The agent's short answer to an apology, and to a confirmation in chat.
APOLOGY_REPLY = {
    "fr": "Aucun souci, bonne journée !",
    "pt": "Não faz mal, bom dia!",
    "en": "No worries at all, have a good day!",
    "de": "Kein Problem, schönen Tag noch!",
    "es": "¡No pasa nada, buen día!",
    "it": "Nessun problema, buona giornata!",
}

WELCOME = {
    "fr": "Merci pour votre retour, bonne journée !",
    "pt": "Obrigado pela confirmação, bom dia!",
    "en": "Thanks for confirming, have a good day!",
    "de": "Danke für die Rückmeldung, schönen Tag!",
    "es": "¡Gracias por confirmar, buen día!",
    "it": "Grazie della conferma, buona giornata!",
}
