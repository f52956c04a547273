"""Hand-written lines for Tandemo (car subscriptions), per language.

Written for this set only. ``{p}`` is a problem phrase, ``{c}`` a competitor.
Typos, dropped accents and abbreviations are on purpose.
"""

import random

LANGS = ("en", "fr", "de", "es", "pt", "it")
COMPETITORS = ("Autarco", "Rodavia")

W: dict[str, dict[str, list[str]]] = {
    "en": {
        "praise": [
            "Car was delivered spotless and on time, brilliant service",
            "loving the subscription tbh, no hassle at all",
            "Swapped to the estate for the holidays, dead easy. cheers",
            "Great chat with your agent, sorted in 2 mins",
            "really happy w the new hybrid, thanks Tandemo",
        ],
        "question": [
            "Can I add my partner as a second driver?",
            "how do I change the delivery address for next month?",
            "Is winter tyre swap included in my plan?",
            "What's the mileage allowance if I upgrade?",
        ],
        "reply": [
            "Hi, thanks for getting in touch, that's done on our side. Kind regards, Tandemo",
            "Hello, we've updated this for you, anything else, just ask. Tandemo team",
        ],
        "thanks": ["thanks, perfect", "cheers, all good", "brill ta"],
        "word": ["great", "spot on", "👍", "10/10", "-", "grand"],
        "complain": [
            "Really annoyed: {p}. Sort it out please",
            "This is not ok, {p}. Nobody answers",
            "{p}!! absolutely ridiculous",
        ],
        "again": [
            "Third time I'm writing: {p}. STILL not fixed",
            "RE: still waiting, {p}. any news??",
            "me again. {p}, nothing has happened since my last msg",
        ],
        "fixed": ["All sorted now, thank you for fixing it", "fixed, thanks a lot"],
        "slide": [
            "hmm the app is a bit slower than it used to be",
            "bit disappointed the car came late again",
            "getting fed up, delivery slots keep moving",
            "poor service lately, nobody calls back",
            "Really angry now, this is a mess every single week",
            "had enough, looking at {c} instead",
        ],
        "cancel": ["I want to cancel my subscription at the end of the month. Please confirm."],
        "sorry": ["sorry for the rant yesterday, all fine now :)", "apologies for my tone yday"],
        "sarcasm": ["Oh great, the car smells like wet dog. Fantastic. 🙃 otherwise lovely"],
        "night": [
            "cant sleep, just checking my next delivery, looks fine 👍",
            "late q: is the charging cable in the boot?",
        ],
        "mild": ["fleet portal a bit slow today, otherwise all good"],
        "routine": ["Please add driver J. Walsh to car 4, thanks", "Invoice received, thank you"],
        "looking": ["We are now looking at other providers."],
        "spike": [
            "digital key not working, app says error K-77, car won't unlock",
            "Stuck outside my car, K-77 error on the app key!!",
            "app key broken? K-77 every time I tap unlock",
        ],
        "spike_again": ["still K-77, still locked out, called nobody picks up"],
    },
    "fr": {
        "praise": [
            "Voiture livree pile a l'heure, nickel",
            "super abonnement, rien a redire",
            "Echange pour le break fait en 2 min, merci bcp",
            "conseillere tres sympa au tel, top",
            "tres contente de la nouvelle citadine, merci Tandemo",
        ],
        "question": [
            "Est-ce que je peux ajouter mon mari comme conducteur ?",
            "comment changer l'adresse de livraison svp ?",
            "Les pneus hiver sont inclus dans mon forfait ?",
            "c'est combien de km si je passe a l'offre sup ?",
        ],
        "reply": [
            "Bonjour, merci pour votre message, c'est fait de notre cote. Cordialement, Tandemo",
            "Bonjour, nous avons mis a jour votre dossier. Bonne journee, l'equipe Tandemo",
        ],
        "thanks": ["merci, parfait", "super merci", "top merci bcp"],
        "word": ["RAS", "nickel", "parfait", "👍", "-", "top"],
        "complain": [
            "Franchement pas content: {p}. Reglez ca svp",
            "inadmissible, {p}. personne ne repond",
            "{p} !! c'est n'importe quoi",
        ],
        "again": [
            "RE : toujours rien, {p}. Deja signale 2 fois",
            "Toujours pas regle !! {p}, je relance encore",
            "je reecris car {p}, aucune nouvelle depuis",
        ],
        "fixed": ["C'est regle, merci beaucoup", "probleme resolu, merci"],
        "slide": [
            "bof, l'appli est plus lente qu'avant",
            "un peu decue, encore une livraison en retard",
            "ca commence a m'agacer, les creneaux changent tout le temps",
            "service mediocre ces temps ci, personne ne rappelle",
            "vraiment en colere, chaque semaine c'est le bazar",
            "j'en ai marre, je regarde chez {c}",
        ],
        "cancel": ["Je souhaite resilier mon abonnement a la fin du mois. Merci de confirmer."],
        "sorry": ["desolee pour mon message d'hier, tout va bien :)", "pardon pour le ton hier"],
        "sarcasm": ["Genial, la voiture sent le tabac froid. Bravo 🙃 sinon ok"],
        "night": [
            "insomnie, je verifie ma prochaine livraison, tout est bon",
            "question tardive : le cable de recharge est dans le coffre ?",
        ],
        "mild": ["portail flotte un peu lent aujourd'hui, sinon RAS"],
        "routine": [
            "Merci d'ajouter le conducteur M. Petit sur le vehicule 2",
            "Facture bien recue, merci",
        ],
        "looking": ["Nous etudions d'autres prestataires."],
        "spike": [
            "cle digitale HS, erreur K-77 dans l'appli, impossible d'ouvrir la voiture",
            "bloquee devant ma voiture, appli = erreur K-77 !!",
            "la cle de l'appli marche plus?? K-77 a chaque fois",
        ],
        "spike_again": ["toujours K-77, toujours bloque dehors, personne au tel"],
    },
    "de": {
        "praise": [
            "Auto pünktlich geliefert und blitzsauber, super",
            "bin echt zufrieden mit dem Abo",
            "Wechsel auf den Kombi ging ratzfatz, danke",
            "sehr nette Beratung am Telefon",
            "top, der neue Hybrid fährt sich klasse",
        ],
        "question": [
            "Kann ich meine Frau als zweite Fahrerin eintragen?",
            "wie ändere ich die Lieferadresse für nächsten Monat?",
            "Sind Winterreifen im Tarif drin?",
            "wie viele km hab ich beim größeren Paket?",
        ],
        "reply": [
            "Hallo, danke für Ihre Nachricht, wir haben das erledigt. Viele Grüße, Tandemo",
            "Guten Tag, das ist angepasst. Melden Sie sich gern wieder. Ihr Tandemo-Team",
        ],
        "thanks": ["danke, passt", "super, danke", "vielen dank!"],
        "word": ["passt", "super", "👍", "10/10", "-", "top"],
        "complain": [
            "Sehr ärgerlich: {p}. Bitte klären",
            "unmöglich, {p}. Keiner meldet sich",
            "{p}!! echt eine Frechheit",
        ],
        "again": [
            "AW: IMMER NOCH nicht gelöst, {p}",
            "schreibe zum dritten Mal: {p}. gibt es was neues?",
            "nochmal: {p}, seit meiner letzten Nachricht passiert nix",
        ],
        "fixed": ["Ist jetzt erledigt, danke!", "hat geklappt, danke fürs Lösen"],
        "slide": [
            "naja, die App ist langsamer als früher",
            "etwas enttäuscht, Auto wieder zu spät",
            "langsam nervt es, die Lieferfenster ändern sich dauernd",
            "schwacher Service in letzter Zeit, kein Rückruf",
            "jetzt richtig sauer, jede Woche das gleiche Chaos",
            "mir reichts, ich schau mir {c} an",
        ],
        "cancel": ["Hiermit kündige ich mein Abo zum Monatsende. Bitte bestätigen."],
        "sorry": ["sorry für den Ton gestern, alles gut jetzt :)", "entschuldigung für gestern"],
        "sarcasm": ["Toll, das Auto riecht nach nassem Hund. Klasse 🙃 sonst ok"],
        "night": [
            "kann nicht schlafen, schau nur nach meiner Lieferung, passt alles",
            "späte Frage: liegt das Ladekabel im Kofferraum?",
        ],
        "mild": ["Flottenportal heute etwas langsam, sonst alles gut"],
        "routine": ["Bitte Fahrer K. Braun für Fahrzeug 3 eintragen", "Rechnung erhalten, danke"],
        "looking": ["Wir schauen uns jetzt andere Anbieter an."],
        "spike": [
            "digitaler Schlüssel geht nicht, App zeigt Fehler K-77, Auto bleibt zu",
            "stehe vor meinem Auto, K-77 Fehler in der App!!",
            "App-Schlüssel kaputt? K-77 bei jedem Entriegeln",
        ],
        "spike_again": ["immer noch K-77, komme nicht ins Auto, Hotline nicht erreichbar"],
    },
    "es": {
        "praise": [
            "Coche entregado puntual y limpisimo, genial",
            "muy contenta con la suscripcion",
            "cambio al familiar en 2 min, gracias!",
            "el agente del chat super amable",
            "encantado con el hibrido nuevo, gracias Tandemo",
        ],
        "question": [
            "Puedo añadir a mi pareja como segundo conductor?",
            "como cambio la direccion de entrega para el mes q viene?",
            "Los neumaticos de invierno estan incluidos?",
            "cuantos km tengo si subo de plan?",
        ],
        "reply": [
            "Hola, gracias por escribirnos, ya esta hecho. Un saludo, Tandemo",
            "Hola, lo hemos actualizado. Cualquier cosa nos dices. Equipo Tandemo",
        ],
        "thanks": ["gracias, perfecto", "genial, gracias", "mil gracias"],
        "word": ["genial", "perfecto", "👍", "nada", "-", "10"],
        "complain": [
            "Muy molesto: {p}. Solucionenlo por favor",
            "esto no es normal, {p}. nadie contesta",
            "{p}!! una verguenza",
        ],
        "again": [
            "RE: SIGO SIN solucion, {p}",
            "tercera vez que escribo: {p}. alguna novedad?",
            "otra vez yo, {p}, sigue igual que la ultima vez",
        ],
        "fixed": ["Ya esta resuelto, gracias", "solucionado, muchas gracias"],
        "slide": [
            "meh, la app va mas lenta que antes",
            "algo decepcionada, otra vez tarde el coche",
            "empiezo a estar harta, cambian las franjas siempre",
            "servicio flojo ultimamente, nadie devuelve la llamada",
            "muy enfadada ya, cada semana un desastre",
            "estoy harta, me voy a mirar {c}",
        ],
        "cancel": ["Quiero cancelar mi suscripcion a final de mes. Confirmenmelo por favor."],
        "sorry": ["perdon por lo de ayer, ya todo bien :)", "disculpas por el tono de ayer"],
        "sarcasm": ["Genial, el coche huele a tabaco. Fantastico 🙃 por lo demas bien"],
        "night": [
            "no puedo dormir, mirando mi proxima entrega, todo ok",
            "pregunta tarde: el cable de carga va en el maletero?",
        ],
        "mild": ["el portal de flota va un poco lento hoy, por lo demas bien"],
        "routine": [
            "Por favor añadan al conductor L. Ruiz al coche 5",
            "Factura recibida, gracias",
        ],
        "looking": ["Estamos mirando otros proveedores."],
        "spike": [
            "la llave digital no va, error K-77 en la app, el coche no abre",
            "me he quedado fuera del coche, error K-77!!",
            "llave de la app rota? K-77 cada vez",
        ],
        "spike_again": ["sigo con K-77, sigo sin poder abrir, nadie coge el tel"],
    },
    "pt": {
        "praise": [
            "Carro entregue a horas e impecavel, top",
            "muito satisfeita com a subscricao",
            "troca para a carrinha foi rapidissima, obg",
            "atendimento no chat 5 estrelas",
            "adoro o hibrido novo, obrigado Tandemo",
        ],
        "question": [
            "Posso juntar o meu marido como segundo condutor?",
            "como mudo a morada de entrega p/ o proximo mes?",
            "Os pneus de inverno estao incluidos?",
            "quantos km tenho se mudar de plano?",
        ],
        "reply": [
            "Ola, obrigado pelo contacto, ja esta tratado. Cumprimentos, Tandemo",
            "Ola, atualizamos o seu pedido. Qualquer coisa diga. Equipa Tandemo",
        ],
        "thanks": ["obg, perfeito", "otimo, obrigado", "obrigada!"],
        "word": ["otimo", "5 estrelas", "👍", "-", "tudo bem", "10"],
        "complain": [
            "Muito chateado: {p}. Resolvam por favor",
            "isto nao pode ser, {p}. ninguem responde",
            "{p}!! uma vergonha",
        ],
        "again": [
            "RES: continua sem solucao, {p}",
            "terceira vez que escrevo: {p}. alguma novidade?",
            "outra vez eu, {p}, tudo igual desde a ultima msg",
        ],
        "fixed": ["Ja ficou resolvido, obrigado", "resolvido, obg"],
        "slide": [
            "hmm a app esta mais lenta do que era",
            "um pouco desiludida, o carro chegou atrasado outra vez",
            "ja estou farta, os horarios mudam sempre",
            "servico fraco ultimamente, ninguem liga de volta",
            "muito irritada, todas as semanas e uma confusao",
            "chega, vou ver a {c}",
        ],
        "cancel": ["Quero cancelar a minha subscricao no fim do mes. Confirmem por favor."],
        "sorry": [
            "desculpem o desabafo de ontem, ja esta tudo bem :)",
            "peço desculpa pelo tom ontem",
        ],
        "sarcasm": ["Que maravilha, o carro cheira a cao molhado. Otimo 🙃 de resto tudo bem"],
        "night": [
            "sem sono, a ver a proxima entrega, esta tudo certo",
            "pergunta tardia: o cabo de carga vem na mala?",
        ],
        "mild": ["portal da frota um bocado lento hoje, de resto tudo bem"],
        "routine": [
            "Por favor adicionem o condutor R. Costa ao carro 1",
            "Fatura recebida, obrigado",
        ],
        "looking": ["Estamos a ver outros fornecedores."],
        "spike": [
            "chave digital nao funciona, erro K-77 na app, carro nao abre",
            "fiquei fora do carro, erro K-77 na app!!",
            "chave da app avariada? K-77 sempre",
        ],
        "spike_again": ["continua K-77, continuo sem entrar no carro, ninguem atende"],
    },
    "it": {
        "praise": [
            "Auto consegnata puntuale e pulitissima, ottimo",
            "contentissima dell'abbonamento",
            "cambio con la station wagon in 2 min, grazie mille",
            "operatore in chat gentilissimo",
            "la nuova ibrida e' fantastica, grazie Tandemo",
        ],
        "question": [
            "Posso aggiungere mia moglie come seconda guidatrice?",
            "come cambio l'indirizzo di consegna x il mese prox?",
            "Le gomme invernali sono incluse?",
            "quanti km ho se passo al piano superiore?",
        ],
        "reply": [
            "Buongiorno, grazie per averci scritto, abbiamo sistemato. Cordiali saluti, Tandemo",
            "Salve, abbiamo aggiornato la sua pratica. Il team Tandemo",
        ],
        "thanks": ["grazie, perfetto", "ottimo grazie", "grazie mille!"],
        "word": ["ottimo", "perfetto", "👍", "-", "tutto ok", "10"],
        "complain": [
            "Molto seccato: {p}. Risolvete per favore",
            "non e' accettabile, {p}. nessuno risponde",
            "{p}!! una vergogna",
        ],
        "again": [
            "R: ANCORA non risolto, {p}",
            "terza volta che scrivo: {p}. novita?",
            "di nuovo io, {p}, tutto come prima",
        ],
        "fixed": ["Adesso e' risolto, grazie", "sistemato, grazie mille"],
        "slide": [
            "mah, l'app e' piu lenta di prima",
            "un po' delusa, auto di nuovo in ritardo",
            "comincio a stufarmi, le fasce orarie cambiano sempre",
            "servizio scarso ultimamente, nessuno richiama",
            "davvero arrabbiata, ogni settimana un casino",
            "basta, guardo {c}",
        ],
        "cancel": ["Voglio disdire l'abbonamento a fine mese. Confermate per favore."],
        "sorry": ["scusate lo sfogo di ieri, ora tutto ok :)", "scusate il tono di ieri"],
        "sarcasm": ["Fantastico, l'auto puzza di fumo. Bravissimi 🙃 per il resto ok"],
        "night": [
            "non dormo, controllo la prossima consegna, tutto ok",
            "domanda tarda: il cavo di ricarica e' nel baule?",
        ],
        "mild": ["portale flotta un po' lento oggi, per il resto tutto ok"],
        "routine": [
            "Per favore aggiungete il conducente G. Conti all'auto 2",
            "Fattura ricevuta, grazie",
        ],
        "looking": ["Stiamo valutando altri fornitori."],
        "spike": [
            "chiave digitale non va, errore K-77 nell'app, l'auto non si apre",
            "sono chiusa fuori dall'auto, errore K-77!!",
            "chiave dell'app rotta? K-77 ogni volta",
        ],
        "spike_again": ["ancora K-77, ancora chiuso fuori, al tel non risponde nessuno"],
    },
}

#: Words that make an "again" line count earlier contacts (only from the third on).
THIRD = ("third", "2 fois", "dritten", "tercera", "terceira", "terza")


def again(rng: random.Random, lang: str, n: int, used: set[str] | None = None) -> str:
    """The line of contact ``n`` (0 = first) about one open problem, in ``lang``.

    Lines in ``used`` are not said twice (a copy would not say "again" anew).
    """
    if n == 0:
        return rng.choice(W[lang]["complain"])
    used = set() if used is None else used
    lines = [line for line in W[lang]["again"] if line not in used]
    if n == 1:
        lines = [line for line in lines if not any(t in line for t in THIRD)]
    line = rng.choice(lines)
    used.add(line)
    return line
