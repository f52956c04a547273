# ruff: noqa: E501
"""Households' and agents' words for the heldout87 scenarios (Kassetto, home-media digitising).

Written from the stories, language by language: English and German first (most
customers, two to five variants of most tables), then French, Italian,
Portuguese and Spanish (one or two). Placeholders: {case}, {comp}, {amt}, {n},
{first}, {agent}, {name}, {brief}, {brief_cap}, {time}, {core}.
"""

from __future__ import annotations

Table = dict[str, list[str]]
Pairs = dict[str, list[tuple[str, str]]]

LANGS = ("en", "de", "fr", "it", "pt", "es")

AGENTS: Table = {
    "en": ["Hannah", "Tom", "Priya", "Callum"],
    "de": ["Jonas", "Miriam", "Kerstin", "Deniz"],
    "fr": ["Élodie", "Karim"],
    "it": ["Giulia", "Marco"],
    "pt": ["Inês", "Rui"],
    "es": ["Lucía", "Álvaro"],
}

# ---------------------------------------------------------------- problems
PROBLEMS = ("lost_box", "double_charge", "damaged", "missing_files", "refund", "wrong_price")

#: problem -> kind -> language -> variants. Kinds: topic (subject), short (e-mail
#: and web form), chat, social, phone (speech-to-text, no punctuation), brief
#: (restated on later contacts), fix (the agent's good news).
PROB: dict[str, dict[str, Table]] = {
    "lost_box": {
        "topic": {
            "en": ["box of tapes never arrived at the lab"],
            "de": ["Box nie im Labor angekommen"],
            "fr": ["box jamais arrivée au labo"],
            "it": ["scatola mai arrivata al laboratorio"],
            "pt": ["caixa nunca chegou ao laboratório"],
            "es": ["caja que nunca llegó al laboratorio"],
        },
        "short": {
            "en": [
                "I sent my Kassetto box with {n} VHS tapes two weeks ago. The courier tracking says delivered to your lab, your app has said 'waiting for your box' for eleven days. Those are our wedding and the kids' first years, there are no other copies. Where is it?",
                "Hello, my box of Hi8 tapes ({n} of them) was handed in at the drop-off shop two weeks ago, I have the receipt. You say you never got it, the shop says it was collected. Somebody has my family's videos. Please find them.",
                "Tracking for my box: delivered to Kassetto lab, signed for. Your app: waiting for your box. {n} tapes, the only copies of my parents' home movies. Can someone please walk over to wherever parcels get signed for and look.",
            ],
            "de": [
                "Ich habe meine Kassetto-Box mit {n} VHS-Kassetten vor zwei Wochen abgeschickt. Laut Sendungsverfolgung im Labor zugestellt, in der App steht seit elf Tagen 'Wir warten auf Ihre Box'. Das sind unsere Hochzeit und die ersten Jahre der Kinder, Kopien gibt es keine. Wo ist die Box?",
                "Guten Tag, ich habe die Box mit {n} Hi8-Kassetten im Annahmeshop abgegeben, mit Quittung. Sie sagen, sie ist nie angekommen, der Shop sagt, sie wurde abgeholt. Irgendwo liegen die Videos meiner Familie. Bitte suchen Sie sie.",
                "Sendungsverfolgung: zugestellt im Kassetto-Labor, unterschrieben. Ihre App: wir warten auf Ihre Box. {n} Kassetten, die einzigen Filme meiner Eltern. Kann bitte jemand dort nachsehen, wo die Pakete angenommen werden.",
            ],
            "fr": [
                "Bonjour, j'ai envoyé ma box Kassetto avec {n} cassettes VHS il y a deux semaines. Le suivi dit livrée à votre labo, l'appli dit toujours « en attente de votre box ». C'est notre mariage et les premières années des enfants, il n'y a pas d'autre copie. Où est-elle ?",
            ],
            "it": [
                "Buongiorno, ho spedito la scatola Kassetto con {n} cassette VHS due settimane fa. Il tracciamento dice consegnata al vostro laboratorio, l'app dice ancora 'in attesa della scatola'. Ci sono il nostro matrimonio e i primi anni dei bambini, non ho altre copie. Dov'è?",
            ],
            "pt": [
                "Bom dia, enviei a caixa Kassetto com {n} cassetes VHS há duas semanas. O seguimento diz entregue no vosso laboratório, a app continua a dizer 'à espera da sua caixa'. É o nosso casamento e os primeiros anos dos miúdos, não há outra cópia. Onde está?",
            ],
            "es": [
                "Hola, mandé la caja Kassetto con {n} cintas VHS hace dos semanas. El seguimiento dice entregada en vuestro laboratorio y la app sigue diciendo 'esperando tu caja'. Es nuestra boda y los primeros años de los niños, no hay otra copia. ¿Dónde está?",
            ],
        },
        "chat": {
            "en": [
                "hi, my box with {n} tapes shows delivered to your lab 11 days ago but the app still says waiting for box?? its our wedding video",
                "hello?? where is my box of tapes. tracking says you've had it since the 3rd, app says you haven't",
            ],
            "de": [
                "hallo, meine Box mit {n} Kassetten ist laut DHL seit 11 Tagen bei euch zugestellt, App sagt immer noch warten auf Box?? da ist unsere Hochzeit drauf",
                "wo ist meine Box?? Sendungsverfolgung sagt zugestellt, ihr sagt nix angekommen",
            ],
            "fr": [
                "bonjour, ma box avec {n} cassettes est livrée chez vous depuis 11 jours d'après le suivi mais l'appli dit toujours en attente ?? c'est notre mariage"
            ],
            "it": [
                "ciao, la mia scatola con {n} cassette risulta consegnata da voi da 11 giorni ma l'app dice ancora in attesa?? c'è il nostro matrimonio"
            ],
            "pt": [
                "olá, a minha caixa com {n} cassetes diz entregue aí há 11 dias mas a app diz à espera?? é o nosso casamento"
            ],
            "es": [
                "hola, mi caja con {n} cintas sale entregada en vuestro laboratorio hace 11 días pero la app sigue esperando?? es el vídeo de nuestra boda"
            ],
        },
        "social": {
            "en": [
                "Kassetto has LOST my box of {n} family tapes. Tracking: delivered to their lab. Them: never arrived. Our wedding. The kids as babies. No copies. Absolutely gutted and FURIOUS",
                "Sent Kassetto the only copies of my dad's home movies. 'Delivered' 11 days ago. They can't find them. How do you lose a box???",
            ],
            "de": [
                "Kassetto hat meine Box mit {n} Familienvideos VERLOREN. Laut Tracking im Labor zugestellt, laut Kassetto nie angekommen. Unsere Hochzeit, die Kinder als Babys. Keine Kopien. Ich bin fassungslos",
                "Die einzigen Filme meines Vaters an Kassetto geschickt. Seit 11 Tagen 'zugestellt'. Keiner findet sie. Wie verliert man eine BOX?",
            ],
            "fr": [
                "Kassetto a PERDU ma box avec {n} cassettes de famille. Livrée à leur labo selon le suivi, jamais arrivée selon eux. Notre mariage. Aucune copie. Je suis écœurée"
            ],
            "it": [
                "Kassetto ha PERSO la mia scatola con {n} cassette di famiglia. Consegnata secondo il tracking, mai arrivata secondo loro. Il nostro matrimonio. Nessuna copia. Sono furiosa"
            ],
            "pt": [
                "A Kassetto PERDEU a minha caixa com {n} cassetes da família. Entregue segundo o seguimento, nunca chegou segundo eles. O nosso casamento. Sem cópias. Estou revoltado"
            ],
            "es": [
                "Kassetto ha PERDIDO mi caja con {n} cintas familiares. Entregada según el seguimiento, nunca llegó según ellos. Nuestra boda. Sin copias. Estoy que echo humo"
            ],
        },
        "phone": {
            "en": [
                "hi yes I'm ringing about my box of tapes I sent it two weeks ago tracking says it was delivered to your lab but the app still says you're waiting for it it's {n} tapes our wedding and the children there's no other copy I need someone to actually look for it"
            ],
            "de": [
                "ja hallo ich rufe wegen meiner Box an die ist laut Sendungsverfolgung seit zwei Wochen bei Ihnen im Labor aber in der App steht immer noch dass Sie auf die Box warten da sind {n} Kassetten drin unsere Hochzeit die Kinder es gibt keine Kopie ich brauche jemanden der das sucht"
            ],
            "fr": [
                "oui bonjour j'appelle pour ma box de cassettes elle est livrée à votre labo depuis deux semaines d'après le suivi mais l'appli dit que vous l'attendez toujours il y a {n} cassettes notre mariage il n'y a pas de copie"
            ],
            "it": [
                "sì buongiorno chiamo per la mia scatola di cassette risulta consegnata al laboratorio da due settimane ma l'app dice che la state ancora aspettando ci sono {n} cassette il nostro matrimonio non ho copie"
            ],
            "pt": [
                "sim bom dia estou a ligar por causa da minha caixa de cassetes diz entregue no laboratório há duas semanas mas a app diz que ainda estão à espera são {n} cassetes o nosso casamento não há cópias"
            ],
            "es": [
                "sí hola llamo por mi caja de cintas según el seguimiento está entregada en el laboratorio hace dos semanas pero la app dice que todavía la esperáis son {n} cintas nuestra boda no hay copias"
            ],
        },
        "brief": {
            "en": [
                "the box with my {n} tapes, delivered to your lab according to the tracking, still hasn't been found"
            ],
            "de": [
                "die Box mit meinen {n} Kassetten, laut Tracking bei Ihnen zugestellt, ist immer noch nicht gefunden"
            ],
            "fr": [
                "la box avec mes {n} cassettes, livrée chez vous selon le suivi, est toujours introuvable"
            ],
            "it": [
                "la scatola con le mie {n} cassette, consegnata secondo il tracking, non è ancora stata trovata"
            ],
            "pt": [
                "a caixa com as minhas {n} cassetes, entregue segundo o seguimento, continua desaparecida"
            ],
            "es": [
                "la caja con mis {n} cintas, entregada según el seguimiento, sigue sin aparecer"
            ],
        },
        "fix": {
            "en": [
                "your box turned up on the wrong shelf at the lab and your tapes are being digitised now"
            ],
            "de": [
                "Ihre Box stand im Labor im falschen Regal, Ihre Kassetten werden jetzt digitalisiert"
            ],
            "fr": [
                "votre box était sur la mauvaise étagère du labo, vos cassettes sont en cours de numérisation"
            ],
            "it": [
                "la sua scatola era sullo scaffale sbagliato del laboratorio, le cassette sono in digitalizzazione"
            ],
            "pt": [
                "a sua caixa estava na prateleira errada do laboratório e as cassetes já estão a ser digitalizadas"
            ],
            "es": [
                "tu caja estaba en la estantería equivocada del laboratorio y ya estamos digitalizando las cintas"
            ],
        },
    },
    "double_charge": {
        "topic": {
            "en": ["charged twice for one order"],
            "de": ["doppelt abgebucht"],
            "fr": ["débitée deux fois"],
            "it": ["addebito doppio"],
            "pt": ["cobrado duas vezes"],
            "es": ["cobro duplicado"],
        },
        "short": {
            "en": [
                "You've charged my card {amt} twice for the same order (one box, {n} tapes). Two identical lines on my statement two days apart. Please refund the second one.",
                "I have ONE order with you and TWO payments of {amt}. My account went overdrawn because of it. Refund the duplicate please, today.",
            ],
            "de": [
                "Sie haben {amt} zweimal für dieselbe Bestellung abgebucht (eine Box, {n} Kassetten). Zwei identische Buchungen auf dem Kontoauszug, zwei Tage auseinander. Bitte erstatten Sie die zweite.",
                "EINE Bestellung, ZWEI Abbuchungen über je {amt}. Mein Konto ist deswegen im Minus. Bitte die doppelte Buchung heute zurückzahlen.",
            ],
            "fr": [
                "Vous avez débité {amt} deux fois pour la même commande ({n} cassettes). Deux lignes identiques sur mon relevé. Merci de rembourser la deuxième."
            ],
            "it": [
                "Mi avete addebitato {amt} due volte per lo stesso ordine ({n} cassette). Due righe uguali sull'estratto conto. Rimborsate la seconda per favore."
            ],
            "pt": [
                "Cobraram {amt} duas vezes pela mesma encomenda ({n} cassetes). Duas linhas iguais no extrato. Por favor devolvam a segunda."
            ],
            "es": [
                "Me habéis cobrado {amt} dos veces por el mismo pedido ({n} cintas). Dos cargos iguales en el extracto. Devolvedme el segundo, por favor."
            ],
        },
        "chat": {
            "en": [
                "hi, charged {amt} TWICE for the same order?? two lines in my bank app",
                "why have you taken {amt} from me twice, i only ordered once",
            ],
            "de": [
                "hallo, {amt} ZWEIMAL abgebucht für eine Bestellung?? steht doppelt in meiner Banking-App",
                "warum habt ihr {amt} doppelt abgebucht, ich hab einmal bestellt",
            ],
            "fr": ["bonjour, {amt} débités DEUX fois pour une seule commande ??"],
            "it": ["ciao, {amt} addebitati DUE volte per un solo ordine??"],
            "pt": ["olá, cobraram {amt} DUAS vezes por uma encomenda??"],
            "es": ["hola, me habéis cobrado {amt} DOS veces por un solo pedido??"],
        },
        "social": {
            "en": [
                "Kassetto took {amt} off me TWICE for one box of tapes and now my account's overdrawn. Brilliant",
                "One order. Two payments of {amt}. Kassetto, give me my money back",
            ],
            "de": [
                "Kassetto hat {amt} ZWEIMAL abgebucht für eine Box Kassetten, jetzt ist mein Konto im Minus. Ganz toll",
                "Eine Bestellung, zwei Abbuchungen über {amt}. Kassetto, ich will mein Geld zurück",
            ],
            "fr": [
                "Kassetto m'a prélevé {amt} DEUX fois pour une seule box. Mon compte est à découvert. Bravo"
            ],
            "it": [
                "Kassetto mi ha preso {amt} DUE volte per una sola scatola. Conto in rosso. Complimenti"
            ],
            "pt": [
                "A Kassetto cobrou-me {amt} DUAS vezes por uma caixa. Conta a descoberto. Parabéns"
            ],
            "es": [
                "Kassetto me ha cobrado {amt} DOS veces por una sola caja. Cuenta en números rojos. Genial"
            ],
        },
        "phone": {
            "en": [
                "yes hello I've been charged twice for the same order it's {amt} two times on my statement I only sent one box I want the second one back please"
            ],
            "de": [
                "ja guten Tag mir wurde dieselbe Bestellung zweimal abgebucht zweimal {amt} auf dem Kontoauszug ich habe nur eine Box geschickt ich möchte das zweite Geld zurück"
            ],
            "fr": [
                "oui bonjour on m'a débité deux fois la même commande deux fois {amt} je n'ai envoyé qu'une box je veux être remboursée"
            ],
            "it": [
                "sì buongiorno mi avete addebitato due volte lo stesso ordine due volte {amt} ho mandato una sola scatola voglio indietro il secondo"
            ],
            "pt": [
                "sim bom dia cobraram-me duas vezes a mesma encomenda duas vezes {amt} só mandei uma caixa quero a segunda devolvida"
            ],
            "es": [
                "sí hola me habéis cobrado dos veces el mismo pedido dos veces {amt} solo mandé una caja quiero que me devolváis el segundo"
            ],
        },
        "brief": {
            "en": ["the second charge of {amt} for the same order still hasn't been refunded"],
            "de": [
                "die zweite Abbuchung über {amt} für dieselbe Bestellung ist immer noch nicht erstattet"
            ],
            "fr": ["le deuxième prélèvement de {amt} n'est toujours pas remboursé"],
            "it": ["il secondo addebito di {amt} non è ancora stato rimborsato"],
            "pt": ["a segunda cobrança de {amt} ainda não foi devolvida"],
            "es": ["el segundo cargo de {amt} sigue sin devolverse"],
        },
        "fix": {
            "en": [
                "the second payment has been refunded and will show on your statement in two to three days"
            ],
            "de": [
                "die zweite Zahlung ist erstattet und erscheint in zwei bis drei Tagen auf Ihrem Konto"
            ],
            "fr": ["le deuxième paiement est remboursé, il apparaîtra sous deux à trois jours"],
            "it": ["il secondo pagamento è stato rimborsato, lo vedrà in due o tre giorni"],
            "pt": ["o segundo pagamento foi devolvido e aparece no extrato em dois a três dias"],
            "es": ["el segundo pago está devuelto y lo verás en el extracto en dos o tres días"],
        },
    },
    "damaged": {
        "topic": {
            "en": ["original returned damaged"],
            "de": ["Original beschädigt zurückgekommen"],
            "fr": ["original rendu abîmé"],
            "it": ["originale restituito danneggiato"],
            "pt": ["original devolvido danificado"],
            "es": ["original devuelto dañado"],
        },
        "short": {
            "en": [
                "My originals came back today and the Super 8 reel of my grandparents' wedding is snapped in two places and stuck together with sticky tape. It went to you whole. I want to know what happened and what you will do.",
                "The VHS of my son's christening came back with the tape pulled out of the cassette and crumpled. It played fine before I sent it. The digital copy stops at 14 minutes.",
            ],
            "de": [
                "Meine Originale sind heute zurückgekommen, und die Super-8-Rolle von der Hochzeit meiner Großeltern ist an zwei Stellen gerissen und mit Klebeband geflickt. Sie ging heil zu Ihnen. Was ist passiert und was tun Sie jetzt?",
                "Die VHS von der Taufe meiner Tochter kam mit herausgezogenem, zerknittertem Band zurück. Vorher lief sie einwandfrei. Die digitale Kopie bricht nach 14 Minuten ab.",
            ],
            "fr": [
                "Mes originaux sont revenus aujourd'hui et la bobine Super 8 du mariage de mes grands-parents est cassée à deux endroits, recollée au scotch. Elle était intacte quand je l'ai envoyée."
            ],
            "it": [
                "Sono tornati gli originali e la bobina Super 8 del matrimonio dei miei nonni è spezzata in due punti, riattaccata con lo scotch. Era intatta quando l'ho spedita."
            ],
            "pt": [
                "Chegaram os originais e a bobine Super 8 do casamento dos meus avós vem partida em dois sítios, colada com fita-cola. Foi inteira para vocês."
            ],
            "es": [
                "Me han llegado los originales y la bobina Super 8 de la boda de mis abuelos viene rota por dos sitios, pegada con celo. Os la mandé entera."
            ],
        },
        "chat": {
            "en": [
                "hi my super 8 reel came back snapped and taped together?? it was fine when i sent it",
                "the vhs of the christening came back with the tape hanging out all crumpled. what did you do to it",
            ],
            "de": [
                "hallo, meine Super-8-Rolle kam gerissen und mit Tesa geklebt zurück?? die war heil",
                "die Taufkassette kam mit rausgezogenem zerknittertem Band zurück. was habt ihr damit gemacht",
            ],
            "fr": [
                "bonjour ma bobine super 8 est revenue cassée et scotchée ?? elle était intacte"
            ],
            "it": ["ciao la mia bobina super 8 è tornata spezzata e con lo scotch?? era intatta"],
            "pt": ["olá a minha bobine super 8 voltou partida e com fita-cola?? estava inteira"],
            "es": ["hola mi bobina super 8 ha vuelto rota y con celo?? estaba entera"],
        },
        "social": {
            "en": [
                "Sent Kassetto my grandparents' 1962 wedding on Super 8. Got it back SNAPPED and stuck together with sellotape. Irreplaceable. I'm shaking",
                "Kassetto returned my son's christening tape with the tape ripped out and crumpled like a crisp packet. It played perfectly before. Never again",
            ],
            "de": [
                "Die Hochzeit meiner Großeltern von 1962 auf Super 8 an Kassetto geschickt. GERISSEN zurückbekommen, mit Tesafilm geklebt. Unersetzlich. Mir zittern die Hände",
                "Kassetto schickt die Taufkassette meiner Tochter mit herausgerissenem Band zurück, zerknittert wie Alufolie. Vorher lief sie perfekt",
            ],
            "fr": [
                "Envoyé à Kassetto le mariage de mes grands-parents en Super 8. Revenu CASSÉ et recollé au scotch. Irremplaçable"
            ],
            "it": [
                "Mandato a Kassetto il matrimonio dei nonni in Super 8. Tornato SPEZZATO e riattaccato con lo scotch. Insostituibile"
            ],
            "pt": [
                "Mandei à Kassetto o casamento dos meus avós em Super 8. Voltou PARTIDO e colado com fita-cola. Insubstituível"
            ],
            "es": [
                "Mandé a Kassetto la boda de mis abuelos en Super 8. Ha vuelto ROTA y pegada con celo. Irremplazable"
            ],
        },
        "phone": {
            "en": [
                "hello I've just opened the parcel with my originals and the super 8 reel of my grandparents wedding is snapped in two places someone has stuck it with sticky tape it was whole when I sent it I want to know what happened"
            ],
            "de": [
                "ja hallo ich habe gerade das Paket mit meinen Originalen aufgemacht und die Super 8 Rolle von der Hochzeit meiner Großeltern ist an zwei Stellen gerissen und mit Klebeband geflickt die war heil als ich sie geschickt habe"
            ],
            "fr": [
                "oui bonjour je viens d'ouvrir le colis avec mes originaux et la bobine super 8 du mariage de mes grands-parents est cassée à deux endroits recollée avec du scotch elle était intacte"
            ],
            "it": [
                "sì buongiorno ho appena aperto il pacco con gli originali e la bobina super 8 del matrimonio dei nonni è spezzata in due punti attaccata con lo scotch era intatta"
            ],
            "pt": [
                "sim bom dia acabei de abrir a encomenda com os originais e a bobine super 8 do casamento dos meus avós está partida em dois sítios colada com fita-cola estava inteira"
            ],
            "es": [
                "sí hola acabo de abrir el paquete con los originales y la bobina super 8 de la boda de mis abuelos está rota por dos sitios pegada con celo estaba entera"
            ],
        },
        "brief": {
            "en": ["my original that came back damaged, and nobody has told me what happened"],
            "de": [
                "mein Original, das beschädigt zurückkam, und niemand sagt mir, was passiert ist"
            ],
            "fr": ["mon original revenu abîmé, et personne ne m'explique ce qui s'est passé"],
            "it": ["il mio originale tornato danneggiato, e nessuno mi dice cosa è successo"],
            "pt": ["o meu original que voltou danificado, e ninguém me diz o que aconteceu"],
            "es": ["mi original que volvió dañado, y nadie me explica qué pasó"],
        },
        "fix": {
            "en": [
                "our film technician has repaired the damage properly, the missing minutes are digitised and the order is refunded"
            ],
            "de": [
                "unser Filmtechniker hat den Schaden fachgerecht repariert, die fehlenden Minuten sind digitalisiert und der Auftrag ist erstattet"
            ],
            "fr": [
                "notre technicien a réparé l'original dans les règles, les minutes manquantes sont numérisées et la commande remboursée"
            ],
            "it": [
                "il nostro tecnico ha riparato l'originale a regola d'arte, i minuti mancanti sono digitalizzati e l'ordine rimborsato"
            ],
            "pt": [
                "o nosso técnico reparou o original como deve ser, os minutos em falta estão digitalizados e a encomenda reembolsada"
            ],
            "es": [
                "nuestro técnico ha reparado el original como es debido, los minutos que faltaban están digitalizados y el pedido reembolsado"
            ],
        },
    },
    "missing_files": {
        "topic": {
            "en": ["tapes missing from my gallery"],
            "de": ["Kassetten fehlen in der Galerie"],
            "fr": ["cassettes manquantes dans la galerie"],
            "it": ["cassette mancanti nella galleria"],
            "pt": ["cassetes em falta na galeria"],
            "es": ["cintas que faltan en la galería"],
        },
        "short": {
            "en": [
                "I paid for {n} tapes and the gallery has 7 videos. The others, including my dad's 60th and our first holiday with the twins, are not there. The originals are back in the box, so you had them. Please digitise what's missing.",
                "Order finished, says the app. Gallery: 7 films. I sent {n}. I can tell you exactly which ones are missing, because I labelled every single tape.",
            ],
            "de": [
                "Ich habe {n} Kassetten bezahlt, in der Galerie sind 7 Videos. Der Rest fehlt, darunter der 60. meines Vaters und unser erster Urlaub mit den Zwillingen. Die Originale sind zurück, Sie hatten sie also. Bitte digitalisieren Sie den Rest.",
                "Auftrag abgeschlossen, sagt die App. In der Galerie: 7 Filme. Geschickt habe ich {n}. Jede Kassette war beschriftet, ich kann Ihnen genau sagen, welche fehlen.",
            ],
            "fr": [
                "J'ai payé {n} cassettes et la galerie n'a que 7 vidéos. Les autres, dont les 60 ans de mon père, n'y sont pas. Les originaux sont revenus, vous les aviez donc."
            ],
            "it": [
                "Ho pagato {n} cassette e nella galleria ci sono 7 video. Gli altri, compresi i 60 anni di mio padre, non ci sono. Gli originali sono tornati, quindi li avevate."
            ],
            "pt": [
                "Paguei {n} cassetes e a galeria tem 7 vídeos. Os outros, incluindo os 60 anos do meu pai, não estão lá. Os originais voltaram, portanto estiveram convosco."
            ],
            "es": [
                "Pagué {n} cintas y en la galería hay 7 vídeos. Los demás, incluido el 60 cumpleaños de mi padre, no están. Los originales han vuelto, así que los tuvisteis."
            ],
        },
        "chat": {
            "en": [
                "hi i sent {n} tapes, gallery only has 7 videos?? where are the rest",
                "order says finished but half my tapes arent in the gallery",
            ],
            "de": [
                "hallo ich hab {n} Kassetten geschickt, in der Galerie nur 7 Videos?? wo ist der rest",
                "Auftrag steht auf fertig aber die Hälfte meiner Kassetten fehlt in der Galerie",
            ],
            "fr": ["bonjour j'ai envoyé {n} cassettes et il n'y a que 7 vidéos dans la galerie ??"],
            "it": ["ciao ho mandato {n} cassette e nella galleria ci sono solo 7 video??"],
            "pt": ["olá mandei {n} cassetes e na galeria só há 7 vídeos??"],
            "es": ["hola mandé {n} cintas y en la galería solo hay 7 vídeos??"],
        },
        "social": {
            "en": [
                "Paid Kassetto for {n} tapes. Gallery has SEVEN. My dad's 60th just isn't there. 'Order complete' apparently",
                "Kassetto, where are the rest of my tapes? Paid for {n}, got 7. Labelled every one. Not impressed",
            ],
            "de": [
                "{n} Kassetten bei Kassetto bezahlt. In der Galerie: SIEBEN. Der 60. von Papa fehlt einfach. 'Auftrag abgeschlossen' angeblich",
                "Kassetto, wo ist der Rest? {n} bezahlt, 7 bekommen. Jede Kassette beschriftet. Echt jetzt",
            ],
            "fr": [
                "Payé {n} cassettes à Kassetto. Dans la galerie : SEPT. Les 60 ans de papa n'y sont pas"
            ],
            "it": [
                "Pagate {n} cassette a Kassetto. Nella galleria: SETTE. I 60 anni di papà non ci sono"
            ],
            "pt": [
                "Paguei {n} cassetes à Kassetto. Na galeria: SETE. Os 60 anos do meu pai não estão lá"
            ],
            "es": [
                "Pagué {n} cintas a Kassetto. En la galería: SIETE. El 60 cumpleaños de mi padre no está"
            ],
        },
        "phone": {
            "en": [
                "hi I'm calling about my order it says finished but I sent {n} tapes and there are only seven videos in the gallery my dad's sixtieth is missing and our holiday with the twins can someone check"
            ],
            "de": [
                "ja hallo es geht um meinen Auftrag der steht auf abgeschlossen aber ich habe {n} Kassetten geschickt und in der Galerie sind nur sieben Videos der sechzigste von meinem Vater fehlt können Sie das prüfen"
            ],
            "fr": [
                "oui bonjour c'est pour ma commande elle est terminée mais j'ai envoyé {n} cassettes et il n'y a que sept vidéos dans la galerie les soixante ans de mon père manquent"
            ],
            "it": [
                "sì buongiorno chiamo per il mio ordine risulta concluso ma ho mandato {n} cassette e nella galleria ci sono solo sette video mancano i sessant'anni di mio padre"
            ],
            "pt": [
                "sim bom dia é sobre a minha encomenda diz concluída mas mandei {n} cassetes e na galeria só há sete vídeos faltam os sessenta anos do meu pai"
            ],
            "es": [
                "sí hola llamo por mi pedido pone terminado pero mandé {n} cintas y en la galería solo hay siete vídeos falta el sesenta cumpleaños de mi padre"
            ],
        },
        "brief": {
            "en": ["the tapes missing from my gallery (paid for {n}, got 7) are still missing"],
            "de": [
                "die fehlenden Kassetten in meiner Galerie ({n} bezahlt, 7 bekommen) fehlen immer noch"
            ],
            "fr": ["les cassettes manquantes ({n} payées, 7 reçues) manquent toujours"],
            "it": ["le cassette mancanti ({n} pagate, 7 ricevute) mancano ancora"],
            "pt": ["as cassetes em falta ({n} pagas, 7 recebidas) continuam em falta"],
            "es": ["las cintas que faltan ({n} pagadas, 7 recibidas) siguen sin estar"],
        },
        "fix": {
            "en": ["the missing tapes are digitised and now in your gallery"],
            "de": ["die fehlenden Kassetten sind digitalisiert und jetzt in Ihrer Galerie"],
            "fr": ["les cassettes manquantes sont numérisées et dans votre galerie"],
            "it": ["le cassette mancanti sono digitalizzate e ora nella sua galleria"],
            "pt": ["as cassetes em falta estão digitalizadas e já na sua galeria"],
            "es": ["las cintas que faltaban están digitalizadas y ya en tu galería"],
        },
    },
    "refund": {
        "topic": {
            "en": ["refund for unreadable tapes"],
            "de": ["Erstattung für unlesbare Kassetten"],
            "fr": ["remboursement des cassettes illisibles"],
            "it": ["rimborso per cassette illeggibili"],
            "pt": ["reembolso das cassetes ilegíveis"],
            "es": ["reembolso de cintas ilegibles"],
        },
        "short": {
            "en": [
                "Two of my tapes couldn't be read (mould, you said) and you promised a refund of {amt}. Three weeks later, nothing. Every time I ask it's 'in processing'.",
                "Still waiting for the {amt} you owe me for the two tapes you couldn't digitise. Your e-mail said it would be back within five working days. That was three weeks ago.",
            ],
            "de": [
                "Zwei meiner Kassetten waren nicht lesbar (Schimmel, sagten Sie), und Sie haben mir eine Erstattung von {amt} zugesagt. Drei Wochen später: nichts. Jedes Mal heißt es 'in Bearbeitung'.",
                "Ich warte immer noch auf die {amt} für die zwei Kassetten, die Sie nicht digitalisieren konnten. 'Innerhalb von fünf Werktagen' stand in Ihrer Mail. Das ist drei Wochen her.",
            ],
            "fr": [
                "Deux cassettes étaient illisibles (moisissure) et vous m'avez promis un remboursement de {amt}. Trois semaines après, rien."
            ],
            "it": [
                "Due cassette erano illeggibili (muffa) e mi avete promesso un rimborso di {amt}. Dopo tre settimane, niente."
            ],
            "pt": [
                "Duas cassetes estavam ilegíveis (bolor) e prometeram-me um reembolso de {amt}. Três semanas depois, nada."
            ],
            "es": [
                "Dos cintas eran ilegibles (moho) y me prometisteis un reembolso de {amt}. Tres semanas después, nada."
            ],
        },
        "chat": {
            "en": [
                "hi still no refund for the 2 mouldy tapes, {amt}, promised 3 weeks ago",
                "where's my refund of {amt}? you said 5 working days, its been 3 weeks",
            ],
            "de": [
                "hallo, immer noch keine Erstattung für die 2 verschimmelten Kassetten, {amt}, vor 3 Wochen zugesagt",
                "wo bleibt meine Erstattung von {amt}? 5 Werktage hieß es, jetzt sind es 3 Wochen",
            ],
            "fr": [
                "bonjour toujours pas de remboursement pour les 2 cassettes moisies, {amt}, promis il y a 3 semaines"
            ],
            "it": [
                "ciao ancora nessun rimborso per le 2 cassette ammuffite, {amt}, promesso 3 settimane fa"
            ],
            "pt": [
                "olá ainda nada do reembolso das 2 cassetes com bolor, {amt}, prometido há 3 semanas"
            ],
            "es": [
                "hola sigo sin el reembolso de las 2 cintas con moho, {amt}, prometido hace 3 semanas"
            ],
        },
        "social": {
            "en": [
                "Three weeks waiting for Kassetto to refund {amt} for two tapes they couldn't even read. 'In processing'. Sure",
                "Kassetto are very quick to take money and VERY slow to give back the {amt} they owe me",
            ],
            "de": [
                "Drei Wochen warte ich, dass Kassetto mir {amt} für zwei Kassetten erstattet, die sie nicht mal lesen konnten. 'In Bearbeitung'. Klar",
                "Abbuchen geht bei Kassetto blitzschnell, die {amt} zurückzahlen dauert EWIG",
            ],
            "fr": [
                "Trois semaines que j'attends que Kassetto me rende {amt} pour deux cassettes qu'ils n'ont même pas pu lire"
            ],
            "it": [
                "Tre settimane che aspetto che Kassetto mi restituisca {amt} per due cassette che non sono nemmeno riusciti a leggere"
            ],
            "pt": [
                "Três semanas à espera que a Kassetto me devolva {amt} por duas cassetes que nem conseguiram ler"
            ],
            "es": [
                "Tres semanas esperando a que Kassetto me devuelva {amt} por dos cintas que ni pudieron leer"
            ],
        },
        "phone": {
            "en": [
                "hello I'm calling about a refund two of my tapes couldn't be read you promised me {amt} back three weeks ago and nothing has come every time I ask it's processing"
            ],
            "de": [
                "ja hallo es geht um eine Erstattung zwei meiner Kassetten konnten nicht gelesen werden mir wurden vor drei Wochen {amt} zugesagt und es ist nichts gekommen"
            ],
            "fr": [
                "oui bonjour c'est pour un remboursement deux cassettes étaient illisibles on m'a promis {amt} il y a trois semaines et rien"
            ],
            "it": [
                "sì buongiorno è per un rimborso due cassette erano illeggibili mi avete promesso {amt} tre settimane fa e niente"
            ],
            "pt": [
                "sim bom dia é por causa de um reembolso duas cassetes estavam ilegíveis prometeram-me {amt} há três semanas e nada"
            ],
            "es": [
                "sí hola es por un reembolso dos cintas eran ilegibles me prometisteis {amt} hace tres semanas y nada"
            ],
        },
        "brief": {
            "en": ["the {amt} refund for the two unreadable tapes still hasn't been paid"],
            "de": [
                "die Erstattung von {amt} für die zwei unlesbaren Kassetten ist immer noch nicht da"
            ],
            "fr": [
                "le remboursement de {amt} pour les deux cassettes illisibles n'est toujours pas arrivé"
            ],
            "it": ["il rimborso di {amt} per le due cassette illeggibili non è ancora arrivato"],
            "pt": ["o reembolso de {amt} das duas cassetes ilegíveis ainda não chegou"],
            "es": ["el reembolso de {amt} por las dos cintas ilegibles sigue sin llegar"],
        },
        "fix": {
            "en": ["the refund has gone out today"],
            "de": ["die Erstattung ist heute rausgegangen"],
            "fr": ["le remboursement est parti aujourd'hui"],
            "it": ["il rimborso è partito oggi"],
            "pt": ["o reembolso seguiu hoje"],
            "es": ["el reembolso ha salido hoy"],
        },
    },
    "wrong_price": {
        "topic": {
            "en": ["Plus member charged the standard price"],
            "de": ["Plus-Mitglied zahlt Normalpreis"],
            "fr": ["membre Plus facturée plein tarif"],
            "it": ["socio Plus con prezzo pieno"],
            "pt": ["membro Plus cobrado a preço normal"],
            "es": ["socio Plus cobrado a precio normal"],
        },
        "short": {
            "en": [
                "I've been a Kassetto Plus member since January and my last order was charged at the standard price per tape, {amt} more than it should be. Please correct it.",
                "Why am I paying for Plus if my order is billed at the normal rate? That's {amt} too much on one box.",
            ],
            "de": [
                "Ich bin seit Januar Kassetto-Plus-Mitglied, und meine letzte Bestellung wurde zum Normalpreis pro Kassette berechnet, {amt} zu viel. Bitte korrigieren Sie das.",
                "Wofür zahle ich Plus, wenn die Bestellung zum normalen Preis abgerechnet wird? Das sind {amt} zu viel für eine Box.",
            ],
            "fr": [
                "Je suis membre Kassetto Plus depuis janvier et ma dernière commande a été facturée au tarif normal, {amt} de trop. Merci de corriger."
            ],
            "it": [
                "Sono socio Kassetto Plus da gennaio e l'ultimo ordine è stato fatturato a prezzo pieno, {amt} in più. Correggete per favore."
            ],
            "pt": [
                "Sou membro Kassetto Plus desde janeiro e a última encomenda foi cobrada a preço normal, {amt} a mais. Corrijam, por favor."
            ],
            "es": [
                "Soy socio de Kassetto Plus desde enero y el último pedido me lo habéis cobrado a precio normal, {amt} de más. Corregidlo, por favor."
            ],
        },
        "chat": {
            "en": [
                "hi im a plus member but got charged the normal price per tape, {amt} too much?",
                "why is my order at the standard rate? i pay for plus every month",
            ],
            "de": [
                "hallo bin Plus-Mitglied aber mir wurde der Normalpreis pro Kassette berechnet, {amt} zu viel?",
                "warum ist meine Bestellung zum Normalpreis? ich zahl jeden Monat für Plus",
            ],
            "fr": [
                "bonjour je suis membre Plus mais on m'a facturé le plein tarif, {amt} de trop ?"
            ],
            "it": ["ciao sono socio Plus ma mi avete fatto pagare il prezzo pieno, {amt} in più?"],
            "pt": ["olá sou membro Plus mas cobraram-me o preço normal, {amt} a mais?"],
            "es": ["hola soy socio Plus y me habéis cobrado el precio normal, {amt} de más?"],
        },
        "social": {
            "en": [
                "Paying Kassetto every month for Plus so my tapes are cheaper, then they bill the normal price anyway. {amt} extra. Cheers",
                "What exactly is Kassetto Plus for if you get charged full price? Asking for myself",
            ],
            "de": [
                "Jeden Monat zahle ich Kassetto für Plus, damit die Kassetten billiger sind, und dann wird trotzdem der Normalpreis berechnet. {amt} extra. Danke auch",
                "Wofür genau ist Kassetto Plus, wenn man trotzdem den vollen Preis zahlt?",
            ],
            "fr": [
                "Je paie Kassetto Plus chaque mois pour payer moins, et on me facture le plein tarif. {amt} de plus. Merci"
            ],
            "it": [
                "Pago Kassetto Plus ogni mese per spendere meno e mi fanno pagare il prezzo pieno. {amt} in più. Grazie"
            ],
            "pt": [
                "Pago a Kassetto Plus todos os meses para pagar menos e cobram o preço normal. {amt} a mais. Obrigadinho"
            ],
            "es": [
                "Pago Kassetto Plus cada mes para que me salga más barato y me cobran el precio normal. {amt} de más. Gracias, eh"
            ],
        },
        "phone": {
            "en": [
                "hi yes I'm a plus member and my last order was charged at the normal price per tape that's {amt} more than it should be can you correct it"
            ],
            "de": [
                "ja hallo ich bin Plus Mitglied und meine letzte Bestellung wurde zum Normalpreis abgerechnet das sind {amt} zu viel können Sie das korrigieren"
            ],
            "fr": [
                "oui bonjour je suis membre plus et ma dernière commande a été facturée au plein tarif ça fait {amt} de trop"
            ],
            "it": [
                "sì buongiorno sono socio plus e l'ultimo ordine è stato fatturato a prezzo pieno sono {amt} in più"
            ],
            "pt": [
                "sim bom dia sou membro plus e a última encomenda foi cobrada a preço normal são {amt} a mais"
            ],
            "es": [
                "sí hola soy socio plus y el último pedido me lo cobrasteis a precio normal son {amt} de más"
            ],
        },
        "brief": {
            "en": ["my Plus discount is still missing from the last order ({amt} too much)"],
            "de": ["mein Plus-Rabatt fehlt immer noch auf der letzten Bestellung ({amt} zu viel)"],
            "fr": ["ma remise Plus manque toujours sur la dernière commande ({amt} de trop)"],
            "it": ["lo sconto Plus manca ancora sull'ultimo ordine ({amt} in più)"],
            "pt": ["o desconto Plus continua a faltar na última encomenda ({amt} a mais)"],
            "es": ["el descuento Plus sigue sin aplicarse al último pedido ({amt} de más)"],
        },
        "fix": {
            "en": ["the Plus price has been applied and the difference refunded"],
            "de": ["der Plus-Preis ist angewendet und die Differenz erstattet"],
            "fr": ["le tarif Plus est appliqué et la différence remboursée"],
            "it": ["il prezzo Plus è applicato e la differenza rimborsata"],
            "pt": ["o preço Plus foi aplicado e a diferença devolvida"],
            "es": ["el precio Plus está aplicado y la diferencia devuelta"],
        },
    },
}

#: Base amounts in euros, per problem (refund owed, double charge, Plus difference).
AMOUNTS = {
    "double_charge": 89,
    "refund": 36,
    "wrong_price": 28,
    "lost_box": 0,
    "damaged": 0,
    "missing_files": 0,
}

COMPLAINT_SUBJECT: Table = {
    "en": ["Complaint: {topic}", "{topic}"],
    "de": ["Beschwerde: {topic}", "{topic}"],
    "fr": ["Réclamation : {topic}"],
    "it": ["Reclamo: {topic}"],
    "pt": ["Reclamação: {topic}"],
    "es": ["Reclamación: {topic}"],
}

REPLY_SUBJECT: Table = {
    "en": ["Re: Case {case}"],
    "de": ["AW: Ihr Vorgang {case}"],
    "fr": ["RE : Dossier {case}"],
    "it": ["R: Pratica {case}"],
    "pt": ["RE: Processo {case}"],
    "es": ["RE: Caso {case}"],
}

#: Long e-mails: the complaint ({core}) inside a letter.
LONG_LETTER: Table = {
    "en": [
        "Dear Kassetto team,\n\nI'm writing this on the train home after a night shift, so forgive the length. Since Mum died in February my brother and I have been clearing her house, and in the loft we found a suitcase of tapes: christenings, Dad's allotment, the caravan summers. We thought having them digitised would be one nice thing to come out of a very hard spring, and my brother's girls have never seen their grandad move.\n\n{core}\n\nI don't want a voucher. I want this put right, and I'd like someone to tell me honestly what happened.\n\nYours sincerely,\n{name}",
        "Hello,\n\nI'm sitting in the hospital car park waiting for my wife's scan, so I finally have time to write this properly instead of shouting at a chat window. We've been customers for over a year and until now I've recommended you to everyone in my running club, some of them twice.\n\n{core}\n\nI've been patient, but this has gone on long enough. Please reply to me directly rather than with a template.\n\nRegards,\n{name}",
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen in der Mittagspause im Lehrerzimmer, zwischen zwei Stapeln Klassenarbeiten. Meine Eltern feiern bald Goldene Hochzeit, und ich wollte ihnen aus ihren alten Kassetten einen Film zusammenschneiden, als Überraschung; meine Geschwister wissen Bescheid, alle haben Fotos beigesteuert, sogar der Onkel aus Kanada.\n\n{core}\n\nDie Feier ist in wenigen Wochen. Ich erwarte eine Antwort, die nicht aus Textbausteinen besteht.\n\nMit freundlichen Grüßen\n{name}",
        "Hallo liebes Kassetto-Team,\n\nich sitze gerade auf dem Campingplatz am Gardasee, das WLAN ist schlecht, deshalb schreibe ich per Mail statt im Chat. Wir haben vor der Abfahrt die Kassetten meiner verstorbenen Schwiegermutter zu Ihnen geschickt, damit mein Mann sie nach dem Urlaub in Ruhe anschauen kann. Er hat seit der Beerdigung kaum über sie gesprochen.\n\n{core}\n\nIch bin seit zwei Jahren Kundin und habe Sie oft weiterempfohlen, aber so geht das nicht.\n\nViele Grüße\n{name}",
    ],
}

LONG_SUBJECT: Table = {
    "en": ["Our tapes - please read", "Complaint about my order"],
    "de": ["Unsere Kassetten - bitte lesen", "Beschwerde zu meinem Auftrag"],
}

# ---------------------------------------------------------------- repeat contacts
FOLLOWUP: dict[int, Table] = {
    2: {
        "en": [
            "Case {case}: still not sorted. {brief_cap}.",
            "Writing again about {case}. Nothing has happened: {brief}.",
        ],
        "de": [
            "Vorgang {case}: immer noch nicht erledigt. {brief_cap}.",
            "Ich schreibe noch einmal wegen {case}. Es ist nichts passiert: {brief}.",
        ],
        "fr": ["Dossier {case} : toujours pas réglé. {brief_cap}."],
        "it": ["Pratica {case}: ancora niente. {brief_cap}."],
        "pt": ["Processo {case}: continua por resolver. {brief_cap}."],
        "es": ["Caso {case}: sigue sin resolver. {brief_cap}."],
    },
    3: {
        "en": [
            "Third time about {case}: {brief}. A colleague sent her tapes to {comp} and they sorted something like this the same day.",
            "This is the third time I'm writing about {case}. {brief_cap}. To be honest I've looked at what {comp} charges.",
        ],
        "de": [
            "Zum dritten Mal wegen {case}: {brief}. Eine Kollegin lässt ihre Kassetten bei {comp} machen, die haben so etwas am selben Tag gelöst.",
            "Das ist jetzt das dritte Mal wegen {case}. {brief_cap}. Ich habe mir ehrlich gesagt schon angeschaut, was {comp} verlangt.",
        ],
        "fr": [
            "Troisième fois pour le dossier {case} : {brief}. Une collègue passe par {comp}, eux règlent ça dans la journée."
        ],
        "it": [
            "Terza volta per la pratica {case}: {brief}. Una collega usa {comp} e lì risolvono in giornata."
        ],
        "pt": [
            "Terceira vez sobre o processo {case}: {brief}. Uma colega usa a {comp} e lá resolvem no mesmo dia."
        ],
        "es": [
            "Tercera vez por el caso {case}: {brief}. Una compañera usa {comp} y allí lo arreglan en el día."
        ],
    },
    4: {
        "en": ["FOURTH time. Case {case}. {brief_cap}. Is anyone actually reading these?"],
        "de": ["Zum VIERTEN Mal. Vorgang {case}. {brief_cap}. Liest das überhaupt jemand?"],
        "fr": ["QUATRIÈME fois. Dossier {case}. {brief_cap}. Quelqu'un lit ces messages ?"],
        "it": ["QUARTA volta. Pratica {case}. {brief_cap}. Qualcuno legge?"],
        "pt": ["QUARTA vez. Processo {case}. {brief_cap}. Alguém lê isto?"],
        "es": ["CUARTA vez. Caso {case}. {brief_cap}. ¿Alguien lee esto?"],
    },
}

FOLLOWUP_PHONE: dict[int, Table] = {
    2: {
        "en": ["hello I'm ringing about case {case} nothing has happened {brief}"],
        "de": ["ja hallo ich rufe wegen Vorgang {case} an es ist nichts passiert {brief}"],
        "fr": ["oui bonjour j'appelle pour le dossier {case} rien n'a bougé {brief}"],
        "it": ["sì buongiorno chiamo per la pratica {case} non è successo niente {brief}"],
        "pt": ["sim bom dia ligo por causa do processo {case} não aconteceu nada {brief}"],
        "es": ["sí hola llamo por el caso {case} no ha pasado nada {brief}"],
    },
    3: {
        "en": [
            "this is the third time I'm getting in touch about case {case} {brief} a colleague uses {comp} and they sort this sort of thing the same day"
        ],
        "de": [
            "das ist jetzt das dritte Mal wegen Vorgang {case} {brief} eine Kollegin geht zu {comp} und da wird so was am selben Tag geklärt"
        ],
        "fr": [
            "c'est la troisième fois pour le dossier {case} {brief} une collègue va chez {comp} et eux règlent ça dans la journée"
        ],
        "it": [
            "è la terza volta per la pratica {case} {brief} una collega va da {comp} e lì risolvono in giornata"
        ],
        "pt": [
            "é a terceira vez por causa do processo {case} {brief} uma colega usa a {comp} e lá resolvem no mesmo dia"
        ],
        "es": [
            "es la tercera vez por el caso {case} {brief} una compañera va a {comp} y allí lo arreglan en el día"
        ],
    },
    4: {
        "en": ["it's the fourth time now case {case} {brief} is anybody dealing with this at all"],
        "de": [
            "das ist jetzt das vierte Mal Vorgang {case} {brief} kümmert sich überhaupt jemand darum"
        ],
        "fr": ["c'est la quatrième fois dossier {case} {brief} est-ce que quelqu'un s'en occupe"],
        "it": ["è la quarta volta pratica {case} {brief} se ne occupa qualcuno"],
        "pt": ["é a quarta vez processo {case} {brief} alguém está a tratar disto"],
        "es": ["es la cuarta vez caso {case} {brief} alguien se está ocupando de esto"],
    },
}

FOLLOWUP_SUBJECT: Table = {
    "en": ["Re: Case {case}", "Case {case} - still open"],
    "de": ["AW: Vorgang {case}", "Vorgang {case} - immer noch offen"],
    "fr": ["RE : Dossier {case}"],
    "it": ["R: Pratica {case}"],
    "pt": ["RE: Processo {case}"],
    "es": ["RE: Caso {case}"],
}

# ---------------------------------------------------------------- agents
CASE_OPENED: Table = {
    "en": [
        "Hello {first}, thank you for getting in touch and I'm sorry about this. I've opened case {case} and passed it to the team that handles it; we'll come back to you within two working days. {agent}, Kassetto customer care",
        "Hi {first}, sorry for the trouble. Your case number is {case}; a colleague from our lab team is looking into it and will reply by e-mail. Kind regards, {agent}",
    ],
    "de": [
        "Hallo {first}, danke für Ihre Nachricht, und es tut mir leid. Ich habe den Vorgang {case} angelegt und an das zuständige Team gegeben; Sie hören innerhalb von zwei Werktagen von uns. {agent}, Kassetto Kundenservice",
        "Guten Tag {first}, entschuldigen Sie die Umstände. Ihre Vorgangsnummer ist {case}; eine Kollegin aus dem Labor kümmert sich und meldet sich per Mail. Viele Grüße, {agent}",
    ],
    "fr": [
        "Bonjour {first}, merci de votre message et désolés pour ce souci. J'ai ouvert le dossier {case}, l'équipe concernée revient vers vous sous deux jours ouvrés. {agent}, service client Kassetto"
    ],
    "it": [
        "Buongiorno {first}, grazie del messaggio e ci scusi. Ho aperto la pratica {case}; il team competente le risponderà entro due giorni lavorativi. {agent}, assistenza Kassetto"
    ],
    "pt": [
        "Olá {first}, obrigado pela mensagem e pedimos desculpa. Abri o processo {case}; a equipa responsável responde-lhe em dois dias úteis. {agent}, apoio ao cliente Kassetto"
    ],
    "es": [
        "Hola {first}, gracias por escribirnos y perdona las molestias. He abierto el caso {case}; el equipo correspondiente te contestará en dos días laborables. {agent}, atención al cliente Kassetto"
    ],
}

CHAT_CASE: Table = {
    "en": [
        "I'm sorry about that. I've opened case {case} and flagged it to the lab team; you'll get an e-mail from us.",
        "Sorry, that shouldn't happen. Case {case} is open and with the right team now.",
    ],
    "de": [
        "Das tut mir leid. Ich habe den Vorgang {case} angelegt und ans Labor gegeben, Sie bekommen eine Mail von uns.",
        "Entschuldigung, das darf nicht passieren. Vorgang {case} ist angelegt und beim richtigen Team.",
    ],
    "fr": ["Désolée. J'ai ouvert le dossier {case} pour le labo, vous recevrez un e-mail."],
    "it": ["Mi dispiace. Ho aperto la pratica {case} per il laboratorio, riceverà una mail."],
    "pt": ["Lamento. Abri o processo {case} para o laboratório, vai receber um e-mail."],
    "es": ["Lo siento. He abierto el caso {case} para el laboratorio, te llegará un correo."],
}

QUALITY_LEAD: Table = {
    "en": [
        "Hello {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. I'm sorry this needed more than one message from you. {agent}, Kassetto customer care"
    ],
    "de": [
        "Guten Tag {first}, Ihr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. Es tut mir leid, dass es dafür mehr als eine Nachricht gebraucht hat. {agent}, Kassetto Kundenservice"
    ],
    "fr": [
        "Bonjour {first}, votre dossier {case} est maintenant entre les mains de notre responsable qualité, qui vous appellera avant vendredi midi. {agent}"
    ],
    "it": [
        "Buongiorno {first}, la pratica {case} è ora in mano alla nostra responsabile qualità, che la chiamerà entro venerdì a pranzo. {agent}"
    ],
    "pt": [
        "Olá {first}, o processo {case} está agora com a nossa responsável de qualidade, que lhe liga até sexta à hora de almoço. {agent}"
    ],
    "es": [
        "Hola {first}, tu caso {case} lo lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
    ],
}

URGENT_ADDED: Table = {
    "en": [
        "I've added this to case {case} and marked it urgent.",
        "Noted on case {case}, marked urgent; I'm sorry you've had to come back.",
    ],
    "de": [
        "Ich habe das zum Vorgang {case} hinzugefügt und als dringend markiert.",
        "Im Vorgang {case} vermerkt und als dringend markiert; tut mir leid, dass Sie nachfragen müssen.",
    ],
    "fr": ["J'ai ajouté ceci au dossier {case} et l'ai marqué urgent."],
    "it": ["Ho aggiunto questo alla pratica {case} e l'ho segnata come urgente."],
    "pt": ["Acrescentei isto ao processo {case} e marquei como urgente."],
    "es": ["Lo he añadido al caso {case} y lo he marcado como urgente."],
}

GOOD_NEWS: Table = {
    "en": [
        "Hello {first}, good news on case {case}: {fix}. Could you confirm that everything is fine on your side? {agent}, Kassetto customer care"
    ],
    "de": [
        "Guten Tag {first}, gute Nachrichten zum Vorgang {case}: {fix}. Könnten Sie kurz bestätigen, dass bei Ihnen alles passt? {agent}, Kassetto Kundenservice"
    ],
    "fr": [
        "Bonjour {first}, bonne nouvelle pour le dossier {case} : {fix}. Pouvez-vous confirmer que tout est en ordre de votre côté ? {agent}"
    ],
    "it": [
        "Buongiorno {first}, buone notizie sulla pratica {case}: {fix}. Può confermarci che è tutto a posto? {agent}"
    ],
    "pt": [
        "Olá {first}, boas notícias sobre o processo {case}: {fix}. Pode confirmar que está tudo bem do seu lado? {agent}"
    ],
    "es": [
        "Hola {first}, buenas noticias sobre el caso {case}: {fix}. ¿Nos confirmas que todo está bien por tu parte? {agent}"
    ],
}

CONFIRM: Table = {
    "en": [
        "Confirmed, case {case} is sorted. Thanks for fixing it.",
        "Just checked: all good now with {case}. Thank you!",
    ],
    "de": [
        "Bestätigt, Vorgang {case} ist erledigt. Danke fürs Lösen.",
        "Gerade geprüft: mit {case} ist jetzt alles in Ordnung. Danke!",
    ],
    "fr": ["C'est confirmé, le dossier {case} est réglé. Merci."],
    "it": ["Confermo, la pratica {case} è risolta. Grazie."],
    "pt": ["Confirmo, o processo {case} está resolvido. Obrigada."],
    "es": ["Confirmado, el caso {case} está resuelto. Gracias."],
}

APOLOGY: Table = {
    "en": [
        "Sorry for my message yesterday, I was really upset. Thanks for sorting it so fast.",
        "Apologies for the tone of my e-mail yesterday. Those tapes mean a lot to us. Thank you for the quick help.",
    ],
    "de": [
        "Entschuldigung für meine Nachricht gestern, ich war sehr aufgebracht. Danke, dass es so schnell ging.",
        "Sorry für den Ton gestern. Die Kassetten bedeuten uns viel. Danke für die schnelle Hilfe.",
    ],
    "fr": ["Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça si vite."],
    "it": ["Scusate per il messaggio di ieri, ero molto arrabbiata. Grazie per la rapidità."],
    "pt": ["Desculpem a mensagem de ontem, estava mesmo chateado. Obrigado pela rapidez."],
    "es": [
        "Perdón por el mensaje de ayer, estaba muy enfadada. Gracias por arreglarlo tan rápido."
    ],
}

SORRY_GO: Table = {
    "en": [
        "Hello {first}, sorry to see you go, and thank you for trusting us with your family's films. You can cancel Kassetto Plus yourself in the app or on the website under Account > Membership; your gallery stays downloadable for 90 days. {agent}"
    ],
    "de": [
        "Guten Tag {first}, schade, dass Sie gehen, und danke für Ihr Vertrauen in all den Jahren Familienfilm. Sie können Kassetto Plus selbst in der App oder auf der Website unter Konto > Mitgliedschaft kündigen; Ihre Galerie bleibt 90 Tage zum Herunterladen. {agent}"
    ],
    "fr": [
        "Bonjour {first}, dommage de vous voir partir, et merci de votre confiance. Vous pouvez résilier Kassetto Plus vous-même dans l'appli ou sur le site (Compte > Abonnement) ; la galerie reste téléchargeable 90 jours. {agent}"
    ],
    "it": [
        "Buongiorno {first}, ci dispiace vederla andare via, grazie della fiducia. Può disdire Kassetto Plus da sola nell'app o sul sito (Account > Abbonamento); la galleria resta scaricabile per 90 giorni. {agent}"
    ],
    "pt": [
        "Olá {first}, temos pena que saia, obrigado pela confiança. Pode cancelar o Kassetto Plus na app ou no site (Conta > Assinatura); a galeria fica disponível para descarregar 90 dias. {agent}"
    ],
    "es": [
        "Hola {first}, sentimos que te vayas y gracias por confiarnos tus películas. Puedes cancelar Kassetto Plus tú mismo en la app o en la web (Cuenta > Suscripción); la galería se puede descargar durante 90 días. {agent}"
    ],
}

AGENT_MAIL: Table = {
    "en": ["Hello {first},\n\n{answer}\n\nBest wishes,\n{agent}, Kassetto"],
    "de": ["Hallo {first},\n\n{answer}\n\nViele Grüße\n{agent}, Kassetto"],
    "fr": ["Bonjour {first},\n\n{answer}\n\nBien à vous,\n{agent}, Kassetto"],
    "it": ["Buongiorno {first},\n\n{answer}\n\nCordiali saluti,\n{agent}, Kassetto"],
    "pt": ["Olá {first},\n\n{answer}\n\nCumprimentos,\n{agent}, Kassetto"],
    "es": ["Hola {first},\n\n{answer}\n\nUn saludo,\n{agent}, Kassetto"],
}

QUESTION_SUBJECT: Table = {
    "en": ["Question", "Quick question about my order"],
    "de": ["Frage", "Kurze Frage zur Bestellung"],
    "fr": ["Question"],
    "it": ["Domanda"],
    "pt": ["Pergunta"],
    "es": ["Pregunta"],
}

# ---------------------------------------------------------------- happy acts
PRAISE: Table = {
    "en": [
        "Just watched my parents' wedding from 1978 on the telly for the first time in decades. Mum cried, Dad pretended not to. Thank you Kassetto",
        "Kassetto turned 14 dusty VHS tapes into a gallery I can actually share with my sisters. Clear picture, sensible titles, originals back safe. Really impressed",
        "Found my grandad's Super 8 reels in the shed, sent them to Kassetto, and now I've seen him young for the first time. Lovely job on the colour",
        "Shout out to Kassetto: my slides came back scanned, cleaned up and in the right order, with the handwritten labels copied into the titles",
        "The kids watched themselves as toddlers all evening. Best money I've spent this year, Kassetto",
    ],
    "de": [
        "Gestern zum ersten Mal seit Jahrzehnten die Hochzeit meiner Eltern von 1978 auf dem Fernseher gesehen. Mama hat geweint, Papa hat so getan, als ob nicht. Danke, Kassetto",
        "Kassetto hat 14 verstaubte VHS-Kassetten in eine Galerie verwandelt, die ich endlich mit meinen Geschwistern teilen kann. Gutes Bild, sinnvolle Titel, Originale heil zurück",
        "Die Super-8-Rollen von Opa aus dem Keller an Kassetto geschickt, und jetzt sehe ich ihn zum ersten Mal jung. Die Farben sind toll geworden",
        "Meine Dias kamen gescannt, entstaubt und in der richtigen Reihenfolge zurück, sogar die handschriftlichen Beschriftungen sind als Titel drin. Klasse, Kassetto",
        "Die Kinder haben sich den ganzen Abend als Kleinkinder angeschaut. Bestes Geld dieses Jahr, Kassetto",
    ],
    "fr": [
        "Regardé hier le mariage de mes parents de 1978 à la télé, pour la première fois depuis des années. Maman a pleuré. Merci Kassetto",
        "Mes diapos sont revenues numérisées, nettoyées et dans le bon ordre. Du beau travail, Kassetto",
    ],
    "it": [
        "Ieri sera abbiamo rivisto il matrimonio dei miei del 1978 in tv, dopo decenni. Mamma ha pianto. Grazie Kassetto",
        "Le diapositive sono tornate scansionate, pulite e in ordine. Lavoro bellissimo, Kassetto",
    ],
    "pt": [
        "Ontem vimos na televisão o casamento dos meus pais de 1978, pela primeira vez em décadas. A minha mãe chorou. Obrigada Kassetto",
        "Os diapositivos vieram digitalizados, limpos e pela ordem certa. Excelente trabalho, Kassetto",
    ],
    "es": [
        "Anoche vimos en la tele la boda de mis padres de 1978, por primera vez en décadas. Mi madre lloró. Gracias Kassetto",
        "Las diapositivas han vuelto escaneadas, limpias y en orden. Un trabajo precioso, Kassetto",
    ],
}

AGAIN_PRAISE: Table = {
    "en": [
        "Third box sent to Kassetto this year and they're still as careful as the first time. Every tape back in its sleeve",
        "Again a lovely job from Kassetto, this time Dad's cine films. Still amazed how clean they got them",
    ],
    "de": [
        "Dritte Box dieses Jahr an Kassetto und immer noch so sorgfältig wie beim ersten Mal. Jede Kassette zurück in ihrer Hülle",
        "Schon wieder top von Kassetto, diesmal Papas Schmalfilme. Immer noch erstaunt, wie sauber die geworden sind",
    ],
    "fr": ["Troisième box envoyée cette année et toujours le même soin. Bravo Kassetto"],
    "it": ["Terza scatola quest'anno e sempre la stessa cura. Brava Kassetto"],
    "pt": ["Terceira caixa este ano e sempre o mesmo cuidado. Parabéns Kassetto"],
    "es": ["Tercera caja este año y siempre el mismo cuidado. Bien por Kassetto"],
}

GRIPE_PRAISE: Table = {
    "en": [
        "Really pleased with the films, only the download-all zip comes in about thirty parts. Otherwise spot on",
        "Great scans of our slides. Tiny gripe: the return parcel took a week. Would still recommend",
    ],
    "de": [
        "Mit den Filmen sehr glücklich, nur der Alles-herunterladen-Zip kommt in dreißig Teilen. Sonst top",
        "Super Scans von unseren Dias. Kleiner Wermutstropfen: die Rücksendung hat eine Woche gedauert. Trotzdem gerne wieder",
    ],
    "fr": ["Très contente des films, seul bémol : le zip arrive en trente morceaux"],
    "it": ["Molto contenta dei film, unico neo: lo zip arriva in trenta pezzi"],
    "pt": ["Muito contente com os filmes, só o zip vem em trinta partes"],
    "es": ["Muy contenta con los vídeos, solo una pega: el zip llega en treinta partes"],
}

QUESTIONS: Pairs = {
    "en": [
        (
            "hi, can you do Betamax as well as VHS?",
            "Yes, we digitise Betamax too, same price as VHS. Just put them in the same box.",
        ),
        (
            "can I send audio cassettes in the same box as my videos?",
            "You can, just tick audio cassettes in the order so the lab knows.",
        ),
        (
            "how long do you keep the files in the gallery?",
            "A year with a normal order, and for as long as you're a member with Kassetto Plus. You can download everything at any time.",
        ),
        (
            "do I get the original tapes back?",
            "Always, in the same box, about a week after the files are ready.",
        ),
    ],
    "de": [
        (
            "hallo, macht ihr auch Video2000 oder nur VHS?",
            "Video2000 machen wir auch, zum VHS-Preis. Einfach mit in die Box legen.",
        ),
        (
            "kann ich Tonbandkassetten mit in die Box legen?",
            "Ja, kreuzen Sie in der Bestellung nur Audiokassetten an, damit das Labor Bescheid weiß.",
        ),
        (
            "wie lange bleiben die Videos in der Galerie?",
            "Ein Jahr bei einer normalen Bestellung, mit Kassetto Plus solange Sie Mitglied sind. Herunterladen geht jederzeit.",
        ),
        (
            "bekomme ich die Originale zurück?",
            "Immer, in derselben Box, etwa eine Woche nachdem die Dateien fertig sind.",
        ),
    ],
    "fr": [
        (
            "bonjour, vous faites aussi les cassettes Hi8 ?",
            "Oui, Hi8 et Video8 au même prix que les VHS.",
        ),
        (
            "je récupère les originaux ?",
            "Toujours, dans la même box, environ une semaine après les fichiers.",
        ),
    ],
    "it": [
        ("ciao, fate anche le Hi8?", "Sì, Hi8 e Video8 allo stesso prezzo delle VHS."),
        (
            "gli originali tornano indietro?",
            "Sempre, nella stessa scatola, circa una settimana dopo i file.",
        ),
    ],
    "pt": [
        ("olá, também fazem cassetes Hi8?", "Sim, Hi8 e Video8 ao mesmo preço das VHS."),
        (
            "os originais são devolvidos?",
            "Sempre, na mesma caixa, cerca de uma semana depois dos ficheiros.",
        ),
    ],
    "es": [
        ("hola, ¿hacéis también cintas Hi8?", "Sí, Hi8 y Video8 al mismo precio que las VHS."),
        (
            "¿me devolvéis los originales?",
            "Siempre, en la misma caja, más o menos una semana después de los archivos.",
        ),
    ],
}

THANKS: Table = {
    "en": ["great, thanks!", "perfect thank you", "brilliant, cheers", "ah ok thanks"],
    "de": ["super, danke!", "perfekt, vielen Dank", "alles klar, danke", "ok danke dir"],
    "fr": ["parfait, merci !"],
    "it": ["perfetto, grazie!"],
    "pt": ["ótimo, obrigada!"],
    "es": ["genial, gracias!"],
}

PHONE_QUESTIONS: Pairs = {
    "en": [
        (
            "hi I've got about twenty tapes and some of them are the small camcorder ones do I need a different box or can they all go in together",
            "as promised on the phone: all tapes can go in one box, big and small; choose 'mixed formats' when you order.",
        ),
        (
            "hello yes my mother has a lot of slides in those round carousel things do I have to take them out or do you do that",
            "as we said on the phone, leave the slides in their carousels, the lab takes them out and puts them back in order.",
        ),
    ],
    "de": [
        (
            "ja hallo ich habe ungefähr zwanzig Kassetten und ein paar davon sind die kleinen Camcorder Kassetten brauche ich dafür eine andere Box oder kann alles zusammen rein",
            "wie am Telefon besprochen: Alle Kassetten können in eine Box, groß und klein; wählen Sie bei der Bestellung 'gemischte Formate'.",
        ),
        (
            "guten Tag meine Mutter hat ganz viele Dias in diesen runden Magazinen muss ich die rausnehmen oder machen Sie das",
            "wie am Telefon gesagt: Lassen Sie die Dias in den Magazinen, das Labor nimmt sie heraus und sortiert sie wieder ein.",
        ),
    ],
    "fr": [
        (
            "oui bonjour j'ai une vingtaine de cassettes dont des petites de caméscope est-ce que tout peut aller dans la même box",
            "comme convenu au téléphone : toutes les cassettes vont dans la même box, choisissez 'formats mixtes' à la commande.",
        )
    ],
    "it": [
        (
            "sì buongiorno ho una ventina di cassette alcune piccole della videocamera possono andare tutte nella stessa scatola",
            "come detto al telefono: tutte le cassette vanno nella stessa scatola, scelga 'formati misti' nell'ordine.",
        )
    ],
    "pt": [
        (
            "sim bom dia tenho umas vinte cassetes algumas pequenas da câmara podem ir todas na mesma caixa",
            "como combinado ao telefone: todas as cassetes podem ir na mesma caixa, escolha 'formatos mistos' na encomenda.",
        )
    ],
    "es": [
        (
            "sí hola tengo unas veinte cintas algunas pequeñas de la cámara pueden ir todas en la misma caja",
            "como te dije por teléfono: todas las cintas pueden ir en la misma caja, elige 'formatos mixtos' al pedir.",
        )
    ],
}

REVIEWS: Table = {
    "en": [
        "Careful with the tapes, good picture, fair price. 5 stars",
        "Took three weeks but the result is lovely. Four stars only because I was impatient",
        "Every slide scanned and named. Couldn't ask for more",
    ],
    "de": [
        "Sorgfältig, gutes Bild, fairer Preis. 5 Sterne",
        "Hat drei Wochen gedauert, aber das Ergebnis ist wunderschön. Vier Sterne, weil ich ungeduldig war",
        "Jedes Dia gescannt und benannt. Mehr kann man nicht verlangen",
    ],
    "fr": ["Soigneux, belle image, prix correct. 5 étoiles"],
    "it": ["Attenti con le cassette, bella immagine, prezzo giusto. 5 stelle"],
    "pt": ["Cuidadosos com as cassetes, boa imagem, preço justo. 5 estrelas"],
    "es": ["Cuidadosos con las cintas, buena imagen, precio justo. 5 estrellas"],
}

SURVEY_WORDS: Table = {
    "en": ["great", "lovely job", "👍", "", "very happy", "", "spot on"],
    "de": ["super", "sehr gut", "👍", "", "top", "", "gerne wieder"],
    "fr": ["très bien", ""],
    "it": ["ottimo", ""],
    "pt": ["excelente", ""],
    "es": ["genial", ""],
}

NIGHT_POSTS: Table = {
    "en": [
        "3am and I'm watching my nan's 80th from 1994. Can't sleep, don't want to. Thanks Kassetto",
        "Night shift done, sat in the car park watching the kids' first steps on my phone. The Kassetto gallery is the best thing on it",
        "Insomnia plus a gallery full of old family holidays = a very happy 2am",
    ],
    "de": [
        "3 Uhr nachts und ich schaue den 80. von Oma aus dem Jahr 1994. Schlafen kann ich eh nicht. Danke Kassetto",
        "Nachtschicht vorbei, im Auto auf dem Parkplatz die ersten Schritte der Kinder auf dem Handy angeschaut. Die Kassetto-Galerie ist das Beste auf dem Ding",
        "Schlaflos, aber mit einer Galerie voller alter Familienurlaube. Schöne Nacht",
    ],
    "fr": ["3h du matin, je regarde les 80 ans de ma grand-mère en 1994. Merci Kassetto"],
    "it": ["Le 3 di notte e guardo gli 80 anni della nonna del 1994. Grazie Kassetto"],
    "pt": ["3 da manhã e estou a ver os 80 anos da minha avó em 1994. Obrigado Kassetto"],
    "es": ["Las 3 de la mañana viendo el 80 cumpleaños de mi abuela en 1994. Gracias Kassetto"],
}

NIGHT_QUESTIONS: Pairs = {
    "en": [
        (
            "still up, quick one: can I download the whole gallery to a hard drive or only film by film?",
            "Both: 'Download all' on the gallery page gives you everything, or pick single films.",
        ),
        (
            "can I share one film with my sister without her seeing the rest?",
            "Yes, open the film and choose 'Share this film'; she only sees that one.",
        ),
    ],
    "de": [
        (
            "noch wach, kurze Frage: kann ich die ganze Galerie auf eine Festplatte laden oder nur einzeln?",
            "Beides: 'Alles herunterladen' auf der Galerieseite, oder einzelne Filme auswählen.",
        ),
        (
            "kann ich einen Film mit meiner Schwester teilen, ohne dass sie den Rest sieht?",
            "Ja, im Film auf 'Diesen Film teilen' tippen, dann sieht sie nur den.",
        ),
    ],
    "fr": [
        (
            "encore debout : je peux partager un film avec ma sœur sans qu'elle voie le reste ?",
            "Oui, ouvrez le film et choisissez 'Partager ce film'.",
        )
    ],
    "it": [
        (
            "ancora sveglia: posso condividere un film con mia sorella senza che veda il resto?",
            "Sì, apra il film e scelga 'Condividi questo film'.",
        )
    ],
    "pt": [
        (
            "ainda acordado: posso partilhar um filme com a minha irmã sem ela ver o resto?",
            "Sim, abra o filme e escolha 'Partilhar este filme'.",
        )
    ],
    "es": [
        (
            "sigo despierta: ¿puedo compartir una película con mi hermana sin que vea el resto?",
            "Sí, abre la película y elige 'Compartir esta película'.",
        )
    ],
}

# ---------------------------------------------------------------- slow churners
SLIDE: Table = {
    "en": [
        "Files were promised for last Friday. Nothing, no e-mail. Bit disappointed, Kassetto",
        "Gallery's finally up but the dates are all wrong and half the titles just say 'Tape 1'. Didn't used to be like this",
        "Kassetto now want me to send two tapes AGAIN because they 'couldn't confirm the format'. They're VHS. It says so on them",
        "Asked three times when my originals come back. Three different answers. Getting really fed up with Kassetto",
        "And now a {amt} 'mould treatment fee' for tapes that sat in a dry cupboard for 30 years. I have photos. This is a joke",
        "Done. My sister uses {comp}, I've posted the rest of our tapes to them this morning",
    ],
    "de": [
        "Die Dateien waren für letzten Freitag versprochen. Nichts, keine Mail. Etwas enttäuscht, Kassetto",
        "Galerie endlich da, aber die Daten stimmen alle nicht und die Hälfte heißt nur 'Kassette 1'. Früher war das anders",
        "Jetzt soll ich zwei Kassetten NOCHMAL schicken, weil Kassetto 'das Format nicht bestätigen konnte'. Es sind VHS. Steht drauf",
        "Dreimal gefragt, wann meine Originale zurückkommen. Drei verschiedene Antworten. Langsam reicht es mir mit Kassetto",
        "Und jetzt {amt} 'Schimmelbehandlung' für Kassetten, die 30 Jahre im trockenen Schrank lagen. Ich habe Fotos. Das ist eine Frechheit",
        "Schluss. Meine Schwester nimmt {comp}, ich habe den Rest unserer Kassetten heute früh dorthin geschickt",
    ],
    "fr": [
        "Les fichiers étaient promis pour vendredi dernier. Rien, pas un mail. Un peu déçue, Kassetto",
        "La galerie est enfin là mais les dates sont fausses et la moitié des titres dit 'Cassette 1'",
        "Kassetto veut que je renvoie DEUX cassettes parce qu'ils n'ont 'pas pu confirmer le format'. Ce sont des VHS. C'est écrit dessus",
        "Trois fois demandé quand reviennent mes originaux. Trois réponses différentes. J'en ai marre de Kassetto",
        "Et maintenant {amt} de 'traitement anti-moisissure' pour des cassettes rangées au sec depuis 30 ans. C'est une blague",
        "Terminé. Ma sœur passe par {comp}, je leur ai envoyé le reste de nos cassettes ce matin",
    ],
    "it": [
        "I file erano promessi per venerdì scorso. Niente, nemmeno una mail. Un po' delusa, Kassetto",
        "La galleria finalmente c'è ma le date sono sbagliate e metà dei titoli dice 'Cassetta 1'",
        "Kassetto vuole che rimandi DUE cassette perché 'non hanno potuto confermare il formato'. Sono VHS. C'è scritto sopra",
        "Chiesto tre volte quando tornano gli originali. Tre risposte diverse. Comincio ad averne abbastanza di Kassetto",
        "E adesso {amt} di 'trattamento antimuffa' per cassette tenute all'asciutto per 30 anni. Ridicolo",
        "Basta. Mia sorella usa {comp}, stamattina ho spedito a loro il resto delle nostre cassette",
    ],
    "pt": [
        "Os ficheiros estavam prometidos para sexta passada. Nada, nem um e-mail. Um bocado desiludida, Kassetto",
        "A galeria finalmente apareceu mas as datas estão todas erradas e metade dos títulos diz 'Cassete 1'",
        "A Kassetto quer que eu mande DUAS cassetes outra vez porque 'não conseguiram confirmar o formato'. São VHS. Diz lá",
        "Perguntei três vezes quando voltam os originais. Três respostas diferentes. Estou a ficar farta da Kassetto",
        "E agora {amt} de 'tratamento de bolor' por cassetes guardadas num armário seco há 30 anos. É uma piada",
        "Acabou. A minha irmã usa a {comp}, mandei-lhes hoje de manhã o resto das nossas cassetes",
    ],
    "es": [
        "Los archivos estaban prometidos para el viernes pasado. Nada, ni un correo. Un poco decepcionada, Kassetto",
        "Por fin está la galería pero las fechas están mal y la mitad de los títulos pone 'Cinta 1'",
        "Kassetto quiere que mande OTRA VEZ dos cintas porque 'no pudieron confirmar el formato'. Son VHS. Lo pone encima",
        "Tres veces he preguntado cuándo vuelven mis originales. Tres respuestas distintas. Me estoy hartando de Kassetto",
        "Y ahora {amt} de 'tratamiento antimoho' por cintas que llevan 30 años en un armario seco. De risa",
        "Se acabó. Mi hermana usa {comp}, esta mañana les he mandado el resto de nuestras cintas",
    ],
}

GRUMBLES: Table = {
    "en": [
        "The Kassetto app logs me out every single time I open it. Every time",
        "Why does the 'download all' zip come in 40 parts? Who thought that was a good idea",
        "Return label can only be printed. I don't own a printer, Kassetto",
        "Daily newsletter from Kassetto. DAILY. Unsubscribed twice already",
        "Gallery thumbnails take forever to load, again",
        "Three stars. The films are fine but the app is a pain to use",
    ],
    "de": [
        "Die Kassetto-App meldet mich bei jedem Öffnen ab. Jedes Mal",
        "Warum kommt 'Alles herunterladen' in 40 Teilen? Wer hat sich das ausgedacht",
        "Rücksendeetikett nur zum Ausdrucken. Ich habe keinen Drucker, Kassetto",
        "Jeden Tag ein Newsletter von Kassetto. JEDEN Tag. Zweimal abgemeldet",
        "Die Vorschaubilder in der Galerie laden mal wieder ewig",
        "Drei Sterne. Die Filme sind ok, aber die App nervt",
    ],
    "fr": [
        "L'appli Kassetto me déconnecte à chaque ouverture. À chaque fois",
        "Le zip 'tout télécharger' en 40 morceaux, sérieusement ?",
    ],
    "it": [
        "L'app di Kassetto mi disconnette ogni volta che la apro. Ogni volta",
        "Lo zip 'scarica tutto' in 40 pezzi, davvero?",
    ],
    "pt": [
        "A app da Kassetto termina a sessão sempre que a abro. Sempre",
        "O zip 'descarregar tudo' em 40 partes, a sério?",
    ],
    "es": [
        "La app de Kassetto me cierra la sesión cada vez que la abro. Cada vez",
        "¿El zip de 'descargar todo' en 40 partes? En serio",
    ],
}

SARCASM: Table = {
    "en": [
        "Love that Kassetto took seven weeks to digitise four tapes. My kids will have kids by the next order 👏",
        "Thanks Kassetto for titling my wedding video 'Tape 3 (2)'. So romantic 😂",
    ],
    "de": [
        "Toll, dass Kassetto sieben Wochen für vier Kassetten braucht. Bis zur nächsten Bestellung haben meine Kinder Kinder 👏",
        "Danke Kassetto, dass mein Hochzeitsvideo jetzt 'Kassette 3 (2)' heißt. Wie romantisch 😂",
    ],
    "fr": [
        "Merci Kassetto d'avoir appelé notre vidéo de mariage 'Cassette 3 (2)'. Tellement romantique 😂"
    ],
    "it": [
        "Grazie Kassetto per aver chiamato il video del nostro matrimonio 'Cassetta 3 (2)'. Che romantico 😂"
    ],
    "pt": [
        "Obrigada Kassetto por chamar ao vídeo do nosso casamento 'Cassete 3 (2)'. Tão romântico 😂"
    ],
    "es": ["Gracias Kassetto por llamar al vídeo de nuestra boda 'Cinta 3 (2)'. Qué romántico 😂"],
}

LEAVE: Table = {
    "en": [
        "Hello, the last of our tapes are done and there's nothing left in the loft to digitise, so please cancel my Kassetto Plus membership and close my account. Thanks for everything. {name}",
        "Hi, we're moving in with our daughter in Canada and the tapes have gone to my brother. Please cancel Plus and close the account. {name}",
    ],
    "de": [
        "Guten Tag, unsere letzten Kassetten sind fertig, auf dem Dachboden ist nichts mehr übrig. Bitte kündigen Sie meine Kassetto-Plus-Mitgliedschaft und schließen Sie mein Konto. Danke für alles. {name}",
        "Hallo, wir ziehen zu unserer Tochter nach Kanada, die Kassetten hat mein Bruder übernommen. Bitte Plus kündigen und das Konto schließen. {name}",
    ],
    "fr": [
        "Bonjour, toutes nos cassettes sont faites, il ne reste rien au grenier. Merci de résilier mon abonnement Kassetto Plus et de fermer mon compte. {name}"
    ],
    "it": [
        "Buongiorno, abbiamo finito tutte le cassette, in soffitta non c'è più niente. Vorrei disdire Kassetto Plus e chiudere l'account. {name}"
    ],
    "pt": [
        "Bom dia, as nossas cassetes estão todas feitas, já não há nada no sótão. Queria cancelar o Kassetto Plus e fechar a conta. {name}"
    ],
    "es": [
        "Hola, ya están todas nuestras cintas, no queda nada en el trastero. Quiero cancelar Kassetto Plus y cerrar la cuenta. {name}"
    ],
}

LEAVE_SUBJECT: Table = {
    "en": ["Cancel Plus and close account"],
    "de": ["Kündigung Plus und Konto"],
    "fr": ["Résiliation Plus et compte"],
    "it": ["Disdetta Plus e account"],
    "pt": ["Cancelar Plus e conta"],
    "es": ["Cancelar Plus y cuenta"],
}

# ---------------------------------------------------------------- quiet hours and the calm week
MILD: Pairs = {
    "en": [
        (
            "the drop-off shop finder shows shops in Leeds, I'm in Bristol?",
            "Sorry about that, the finder sometimes uses your billing address; type your postcode in the search box and it shows the shops near you.",
        ),
        (
            "my gallery's suddenly in Dutch, how do i switch it back",
            "Sorry! Account > Language, pick English and it switches straight back.",
        ),
    ],
    "de": [
        (
            "die Annahmeshop-Suche zeigt mir Läden in Kiel, ich wohne in Freiburg?",
            "Entschuldigung, die Suche nimmt manchmal die Rechnungsadresse; geben Sie Ihre PLZ ins Suchfeld ein, dann sehen Sie die Läden in Ihrer Nähe.",
        ),
        (
            "meine Galerie ist plötzlich auf Niederländisch, wie stelle ich das zurück",
            "Entschuldigung! Konto > Sprache, Deutsch wählen, dann ist es sofort wieder da.",
        ),
    ],
    "fr": [
        (
            "la recherche de points de dépôt m'affiche Lille, j'habite à Lyon ?",
            "Désolés, tapez votre code postal dans la recherche et vous verrez les points proches.",
        )
    ],
    "it": [
        (
            "la ricerca dei punti di consegna mi mostra Torino, abito a Bari?",
            "Ci scusi, scriva il CAP nella ricerca e vedrà i punti vicini.",
        )
    ],
    "pt": [
        (
            "a pesquisa de lojas de entrega mostra-me Braga, moro em Faro?",
            "Pedimos desculpa, escreva o código postal na pesquisa e aparecem as lojas perto.",
        )
    ],
    "es": [
        (
            "el buscador de tiendas de entrega me saca Bilbao, vivo en Sevilla?",
            "Perdona, escribe tu código postal en el buscador y verás las tiendas cercanas.",
        )
    ],
}

FORM_ACK: Table = {
    "en": [
        "Hello {first}, thanks for letting us know; we've passed it on and it should be sorted this week. {agent}"
    ],
    "de": [
        "Hallo {first}, danke für den Hinweis; wir haben es weitergegeben, es sollte diese Woche behoben sein. {agent}"
    ],
    "fr": [
        "Bonjour {first}, merci du signalement, c'est transmis et devrait être corrigé cette semaine. {agent}"
    ],
    "it": [
        "Buongiorno {first}, grazie della segnalazione, l'abbiamo inoltrata e dovrebbe essere risolta in settimana. {agent}"
    ],
    "pt": [
        "Olá {first}, obrigado pelo aviso, já passámos a informação e deve ficar resolvido esta semana. {agent}"
    ],
    "es": [
        "Hola {first}, gracias por avisar, lo hemos pasado al equipo y debería quedar resuelto esta semana. {agent}"
    ],
}

SLOW_MONDAY: Pairs = {
    "en": [
        (
            "gallery thumbnails are crawling this morning, is something up?",
            "Thanks, we've seen it: the thumbnails are slow this morning after a maintenance job, the films themselves open normally.",
        )
    ],
    "de": [
        (
            "die Vorschaubilder in der Galerie laden heute früh ewig, ist was los?",
            "Danke, bekannt: nach einer Wartung laden die Vorschaubilder heute früh langsam, die Filme selbst öffnen normal.",
        )
    ],
}

LONE_QUESTIONS: Pairs = {
    "en": [
        (
            "quick question, last night one of my films was very quiet until I turned the TV right up, then it was fine. is that the tape or the file?",
            "That's the tape: old VHS sound is often quiet. The file is fine; we don't boost the level so nothing gets distorted.",
        )
    ],
    "de": [
        (
            "kurze Frage, gestern Abend war der Ton bei einem Film sehr leise, bis ich den Fernseher lauter gemacht habe, dann ging's. liegt das an der Kassette oder an der Datei?",
            "Das liegt an der Kassette: alter VHS-Ton ist oft leise. Die Datei ist in Ordnung; wir heben den Pegel nicht an, damit nichts verzerrt.",
        )
    ],
}

# ---------------------------------------------------------------- the spike (Saturday 14 November 2026)
SPIKE_CODE = "AUD_4417"

SPIKE: dict[str, Table] = {
    "social": {
        "en": [
            "every video in my Kassetto gallery is SILENT this morning. 'Audio track unavailable (AUD_4417)'. Was going to show Mum her wedding today",
            "Kassetto no sound on any of my films, just AUD_4417. Tried phone, laptop, telly. Anyone else?",
            "Saturday morning, grandparents on the sofa, and Kassetto plays our videos like silent films. AUD_4417. Great timing",
        ],
        "de": [
            "Kassetto alle Videos in meiner Galerie sind heute früh STUMM. 'Tonspur nicht verfügbar (AUD_4417)'. Wollte heute Mama ihre Hochzeit zeigen",
            "Kein Ton bei keinem einzigen Film, nur AUD_4417. Handy, Laptop, Fernseher probiert. Noch jemand? Kassetto",
            "Samstagmorgen, Oma und Opa auf dem Sofa, und Kassetto spielt unsere Videos als Stummfilm ab. AUD_4417. Super Timing",
        ],
        "fr": [
            "Kassetto toutes mes vidéos sont MUETTES ce matin, 'piste audio indisponible (AUD_4417)'"
        ],
        "it": [
            "Kassetto tutti i miei video sono MUTI stamattina, 'traccia audio non disponibile (AUD_4417)'"
        ],
        "pt": [
            "Kassetto todos os meus vídeos estão SEM SOM esta manhã, 'faixa de áudio indisponível (AUD_4417)'"
        ],
        "es": [
            "Kassetto todos mis vídeos están SIN SONIDO esta mañana, 'pista de audio no disponible (AUD_4417)'"
        ],
    },
    "chat": {
        "en": [
            "hi, none of my videos have sound this morning?? error AUD_4417",
            "all my films play with no sound, says audio track unavailable AUD_4417",
        ],
        "de": [
            "hallo, keins meiner Videos hat heute früh Ton?? Fehler AUD_4417",
            "alle Filme laufen ohne Ton, da steht Tonspur nicht verfügbar AUD_4417",
        ],
        "fr": ["bonjour, aucune de mes vidéos n'a de son ce matin ?? erreur AUD_4417"],
        "it": ["ciao, nessun video ha l'audio stamattina?? errore AUD_4417"],
        "pt": ["olá, nenhum vídeo tem som esta manhã?? erro AUD_4417"],
        "es": ["hola, ninguno de mis vídeos tiene sonido esta mañana?? error AUD_4417"],
    },
    "community": {
        "en": [
            "Anyone else's gallery silent this morning? Every film plays without sound, error AUD_4417. Kassetto app and website both",
            "No audio on any video since about 8, error AUD_4417. Checked on two devices",
        ],
        "de": [
            "Ist bei noch jemandem die Galerie heute früh stumm? Jeder Film ohne Ton, Fehler AUD_4417. App und Website",
            "Seit ca. 9 kein Ton mehr bei keinem Video, Fehler AUD_4417. Auf zwei Geräten probiert",
        ],
        "fr": [
            "Quelqu'un d'autre a la galerie muette ce matin ? Erreur AUD_4417 sur toutes les vidéos"
        ],
        "it": ["Anche a voi la galleria è muta stamattina? Errore AUD_4417 su tutti i video"],
        "pt": ["Mais alguém com a galeria sem som esta manhã? Erro AUD_4417 em todos os vídeos"],
        "es": [
            "¿A alguien más le sale la galería sin sonido esta mañana? Error AUD_4417 en todos los vídeos"
        ],
    },
    "email": {
        "en": [
            "Hello, since this morning every film in my gallery plays without sound and shows 'audio track unavailable, error AUD_4417'. We have family coming today to watch Dad's 70th. Please help."
        ],
        "de": [
            "Guten Morgen, seit heute früh laufen alle Filme in meiner Galerie ohne Ton, es erscheint 'Tonspur nicht verfügbar, Fehler AUD_4417'. Heute kommt die Familie, um Papas 70. anzuschauen. Bitte helfen Sie."
        ],
        "fr": [
            "Bonjour, depuis ce matin toutes les vidéos de ma galerie sont sans son, message « piste audio indisponible, erreur AUD_4417 »."
        ],
        "it": [
            "Buongiorno, da stamattina tutti i video della galleria sono senza audio, compare 'traccia audio non disponibile, errore AUD_4417'."
        ],
        "pt": [
            "Bom dia, desde esta manhã todos os vídeos da galeria estão sem som, aparece 'faixa de áudio indisponível, erro AUD_4417'."
        ],
        "es": [
            "Buenos días, desde esta mañana todos los vídeos de mi galería salen sin sonido, con 'pista de audio no disponible, error AUD_4417'."
        ],
    },
    "web": {
        "en": [
            "All videos in my gallery play silently, message 'Audio track unavailable' (AUD_4417), in the app and on the website."
        ],
        "de": [
            "Alle Videos in meiner Galerie ohne Ton, Meldung 'Tonspur nicht verfügbar' (AUD_4417), in der App und auf der Website."
        ],
        "fr": ["Toutes les vidéos sans son, message 'piste audio indisponible' (AUD_4417)."],
        "it": ["Tutti i video senza audio, messaggio 'traccia audio non disponibile' (AUD_4417)."],
        "pt": ["Todos os vídeos sem som, mensagem 'faixa de áudio indisponível' (AUD_4417)."],
        "es": ["Todos los vídeos sin sonido, mensaje 'pista de audio no disponible' (AUD_4417)."],
    },
}

SPIKE_SUBJECT: Table = {
    "en": ["No sound on any video (AUD_4417)"],
    "de": ["Kein Ton in allen Videos (AUD_4417)"],
    "fr": ["Vidéos sans son (AUD_4417)"],
    "it": ["Video senza audio (AUD_4417)"],
    "pt": ["Vídeos sem som (AUD_4417)"],
    "es": ["Vídeos sin sonido (AUD_4417)"],
}

SPIKE_REPEAT: Table = {
    "en": [
        "Still no sound, AUD_4417 on my daughter's tablet too",
        "Same on the smart TV app now, still AUD_4417. Is anyone on it?",
    ],
    "de": [
        "Immer noch kein Ton, AUD_4417 auch auf dem Tablet meiner Tochter",
        "Jetzt auch in der Fernseher-App, weiterhin AUD_4417. Kümmert sich jemand?",
    ],
    "fr": ["Toujours pas de son, AUD_4417 aussi sur la tablette de ma fille"],
    "it": ["Ancora niente audio, AUD_4417 anche sul tablet di mia figlia"],
    "pt": ["Continua sem som, AUD_4417 também no tablet da minha filha"],
    "es": ["Sigue sin sonido, AUD_4417 también en la tablet de mi hija"],
}

SPIKE_CHAT_ANSWER: Table = {
    "en": [
        "Yes, videos are playing without sound across the gallery right now (AUD_4417); our engineers are on it. Your films themselves are safe."
    ],
    "de": [
        "Ja, gerade laufen die Videos in der ganzen Galerie ohne Ton (AUD_4417); unsere Technik ist dran. Ihre Filme selbst sind sicher."
    ],
    "fr": [
        "Oui, les vidéos sont sans son dans toute la galerie en ce moment (AUD_4417) ; nos ingénieurs s'en occupent. Vos films ne sont pas touchés."
    ],
    "it": [
        "Sì, in questo momento i video sono senza audio in tutta la galleria (AUD_4417); i tecnici ci stanno lavorando. I film sono al sicuro."
    ],
    "pt": [
        "Sim, neste momento os vídeos estão sem som em toda a galeria (AUD_4417); a equipa técnica está a tratar. Os filmes estão seguros."
    ],
    "es": [
        "Sí, ahora mismo los vídeos salen sin sonido en toda la galería (AUD_4417); los técnicos están en ello. Tus películas están a salvo."
    ],
}

SPIKE_FIXED: Table = {
    "en": [
        "Hello {first}, sound is back on every film since {time} this morning. Your films were never affected, only playback. We've added a free month of Kassetto Plus to your account. Sorry for spoiling your Saturday morning. {agent}"
    ],
    "de": [
        "Hallo {first}, seit {time} Uhr ist der Ton bei allen Filmen wieder da. Ihre Filme selbst waren nie betroffen, nur die Wiedergabe. Wir haben Ihnen einen Monat Kassetto Plus gutgeschrieben. Entschuldigung für den verdorbenen Samstagmorgen. {agent}"
    ],
    "fr": [
        "Bonjour {first}, le son est revenu sur tous les films depuis {time} ce matin. Vos films n'ont jamais été touchés. Nous vous offrons un mois de Kassetto Plus. {agent}"
    ],
    "it": [
        "Buongiorno {first}, dalle {time} l'audio è tornato su tutti i film. I film non sono mai stati toccati. Le regaliamo un mese di Kassetto Plus. {agent}"
    ],
    "pt": [
        "Olá {first}, desde as {time} o som voltou em todos os filmes. Os seus filmes nunca foram afetados. Oferecemos-lhe um mês de Kassetto Plus. {agent}"
    ],
    "es": [
        "Hola {first}, desde las {time} vuelve a haber sonido en todas las películas. Tus películas nunca se vieron afectadas. Te regalamos un mes de Kassetto Plus. {agent}"
    ],
}

SPIKE_FIXED_SUBJECT: Table = {
    "en": ["Sound is back in your gallery"],
    "de": ["Der Ton ist zurück"],
    "fr": ["Le son est de retour"],
    "it": ["L'audio è tornato"],
    "pt": ["O som voltou"],
    "es": ["Ha vuelto el sonido"],
}

# ---------------------------------------------------------------- products
#: (label, page, price in euros)
PRODUCTS: list[tuple[str, str, int]] = [
    ("VHS digitising, box of 5 tapes / VHS-Digitalisierung, 5 Kassetten", "/order/vhs", 59),
    ("VHS digitising, box of 10 tapes / VHS-Digitalisierung, 10 Kassetten", "/order/vhs", 109),
    ("Camcorder tapes Hi8/MiniDV, 5 tapes / Camcorder-Kassetten, 5 Stück", "/order/camcorder", 69),
    ("Super 8 film, up to 4 reels / Super-8-Film, bis 4 Rollen", "/order/film", 89),
    ("Slide scanning, 200 slides / Dia-Scan, 200 Dias", "/order/slides", 49),
    ("Photo album scanning, 2 albums / Fotoalbum-Scan, 2 Alben", "/order/albums", 65),
    ("Audio cassettes, 10 tapes / Audiokassetten, 10 Stück", "/order/audio", 45),
    ("Gallery copy on USB stick / Galerie auf USB-Stick", "/gallery/usb", 19),
]

PAGES = [
    "/gallery",
    "/how-it-works",
    "/prices",
    "/plus",
    "/faq/formats",
    "/drop-off-shops",
    "/gallery/share",
]

LOW_SURVEY: Table = {
    "en": ["", "disappointed", "not good", "poor"],
    "de": ["", "enttäuscht", "schlecht", "mangelhaft"],
    "fr": ["", "déçue"],
    "it": ["", "deluso"],
    "pt": ["", "desiludido"],
    "es": ["", "decepcionada"],
}
