# ruff: noqa: E501
"""Trouble wording for heldout52: the six consumer problems, agents' replies,
later contacts, the slide, leavers, grumbles, sarcasm and the planted spike.

Hand-written for this set. Placeholders are filled by ``make_heldout52.py``:
{town}, {stylist}, {first}, {last}, {sign}, {case}, {amt} (the problem's amount
in the customer's money), {paid} and {should} (wrong price), {day} (a weekday),
{comp} (a competitor), {restate}, {fix}, {manager}, {topic}, {m_club},
{m_tone}, {m_long}, {fixed}, {credit}, and the gender endings {o} / {e}.
Phone transcripts are speech to text: no punctuation, lower case but for names,
codes, numbers and German nouns.
"""

from __future__ import annotations

PROBLEMS = ("lost_booking", "double_charge", "colour_damage", "refund", "wrong_price", "late_fee")

# The amount each problem is about, in euros (converted for UK and Swiss
# customers by the generator); wrong_price uses 68 charged against 58.
AMOUNT = {
    "lost_booking": 15,
    "double_charge": 20,
    "colour_damage": 149,
    "refund": 20,
    "wrong_price": 68,
    "late_fee": 25,
}

ABOUT = {
    "lost_booking": "booking confirmed in the app, unknown at the salon; deposit gone",
    "double_charge": "booking deposit taken twice",
    "colour_damage": "balayage came out orange, hair breaking, scalp burned",
    "refund": "deposit not refunded three weeks after the salon cancelled",
    "wrong_price": "Club member charged the non-member price",
    "late_fee": "no-show fee charged although cancelled four days ahead",
}

# P[problem][lang] = dict(topic, mail, chat, social, form, call, restate, fix)
P: dict[str, dict[str, dict[str, str]]] = {
    "lost_booking": {
        "de": {
            "topic": "Termin nicht im System",
            "mail": "Guten Tag,\nich stand heute um 9 Uhr pünktlich in Ihrem Salon in {town}, Termin in der App bestätigt, Anzahlung bezahlt. Am Empfang hieß es, ich sei nicht im System und {stylist} habe heute frei. Ich hatte mir extra den Vormittag freigenommen. Wie kann das sein?\n{first} {last}",
            "chat": "Hallo, ich steh grad im Salon in {town} und die sagen, mein Termin existiert nicht. In der App steht BESTÄTIGT. Was soll ich jetzt machen??",
            "social": "Termin in der App bestätigt, Anzahlung weg, hingefahren, Salon sagt: kein Termin. Halben Tag Urlaub verschwendet. Danke für nichts, Tagliora",
            "form": "Mein bestätigter Termin heute um 9:00 in {town} war im Salon nicht bekannt, ich wurde wieder nach Hause geschickt. Bitte um Rückmeldung und Erstattung der Anzahlung von {amt}.",
            "call": "ja guten Tag {first} {last} ich war heute früh in {town} für meinen Termin und die hatten mich nicht im Kalender obwohl die App sagt bestätigt ich hab mir extra freigenommen und steh jetzt da mit ungewaschenen Haaren",
            "restate": "mein bestätigter Termin war im Salon nicht da und die Anzahlung ist auch weg",
            "fix": "der Fehler bei der Übertragung der Termine an den Salon ist behoben, Ihre Anzahlung von {amt} ist erstattet und Ihr neuer Termin steht fest im Kalender",
        },
        "it": {
            "topic": "Appuntamento inesistente",
            "mail": "Buongiorno,\nstamattina alle 9 ero puntuale nel vostro salone di {town}, appuntamento confermato nell'app e acconto pagato. Alla reception mi hanno detto che non risultavo e che {stylist} era di riposo. Avevo preso mezza giornata di permesso. Come è possibile?\n{first} {last}",
            "chat": "Ciao, sono in salone a {town} e mi dicono che il mio appuntamento non esiste. Nell'app c'è scritto CONFERMATO. Che faccio adesso??",
            "social": "Appuntamento confermato nell'app, acconto pagato, arrivo in salone: 'non c'è nessuna prenotazione'. Mezza giornata di ferie buttata. Grazie Tagliora",
            "form": "Il mio appuntamento confermato di oggi alle 9:00 a {town} non risultava in salone e sono stat{o} rimandat{o} a casa. Chiedo una risposta e il rimborso dell'acconto di {amt}.",
            "call": "sì buongiorno sono {first} {last} stamattina sono andat{o} a {town} per l'appuntamento e non mi avevano in agenda però nell'app è confermato avevo preso il permesso apposta",
            "restate": "il mio appuntamento confermato in salone non c'era e l'acconto non l'ho più visto",
            "fix": "l'errore nel passaggio delle prenotazioni al salone è stato corretto, l'acconto di {amt} le è stato rimborsato e il nuovo appuntamento è fissato",
        },
        "en": {
            "topic": "Booking not on the system",
            "mail": "Hi,\nI turned up at 9 this morning at your {town} salon, booking confirmed in the app, deposit paid. Reception said I wasn't on the system and {stylist} was off today. I'd taken the morning off work for this. How does that happen?\n{first} {last}",
            "chat": "hi I'm standing in the {town} salon and they're saying my appointment doesn't exist. App says CONFIRMED. what do I do??",
            "social": "Booking confirmed in the app, deposit taken, turn up and 'you're not in the book'. Half a day's leave wasted. Cheers Tagliora",
            "form": "My confirmed 9:00 booking today in {town} wasn't known at the salon and I was sent home. Please get back to me and refund the {amt} deposit.",
            "call": "hi yeah it's {first} {last} I went to {town} this morning for my appointment and they didn't have me in the book but the app says confirmed I took the morning off for it",
            "restate": "my confirmed booking wasn't there at the salon and the deposit's gone",
            "fix": "the fault passing bookings to the salon is fixed, your {amt} deposit is refunded and your new appointment is in the book",
        },
        "fr": {
            "topic": "Rendez-vous introuvable",
            "mail": "Bonjour,\nce matin à 9h j'étais à l'heure au salon de {town}, rendez-vous confirmé dans l'appli, acompte payé. À l'accueil on m'a dit que je n'étais pas dans le planning et que {stylist} était en repos. J'avais posé ma matinée. Comment c'est possible ?\n{first} {last}",
            "chat": "Bonjour, je suis au salon de {town} et on me dit que mon rdv n'existe pas. Dans l'appli c'est marqué CONFIRMÉ. Je fais quoi ??",
            "social": "Rdv confirmé dans l'appli, acompte payé, j'arrive au salon : 'vous n'êtes pas dans le planning'. Matinée de congé gâchée. Merci Tagliora",
            "form": "Mon rendez-vous confirmé aujourd'hui à 9h00 à {town} n'était pas connu du salon, on m'a renvoyé{e} chez moi. Merci de me répondre et de rembourser l'acompte de {amt}.",
            "call": "oui bonjour c'est {first} {last} je suis allé{e} à {town} ce matin pour mon rendez-vous et ils m'avaient pas dans le planning alors que l'appli dit confirmé j'avais posé ma matinée",
            "restate": "mon rendez-vous confirmé n'existait pas au salon et l'acompte a disparu",
            "fix": "l'erreur de transmission des rendez-vous au salon est corrigée, votre acompte de {amt} est remboursé et votre nouveau rendez-vous est bien dans le planning",
        },
        "es": {
            "topic": "Cita inexistente",
            "mail": "Hola,\nesta mañana a las 9 estaba puntual en vuestro salón de {town}, cita confirmada en la app y señal pagada. En recepción me dicen que no estoy en la agenda y que {stylist} libraba. Había pedido la mañana libre en el trabajo. ¿Cómo puede ser?\n{first} {last}",
            "chat": "Hola, estoy en el salón de {town} y me dicen que mi cita no existe. En la app pone CONFIRMADA. ¿Qué hago??",
            "social": "Cita confirmada en la app, señal pagada, llego al salón y 'no tienes cita'. Media mañana de permiso a la basura. Gracias Tagliora",
            "form": "Mi cita confirmada de hoy a las 9:00 en {town} no constaba en el salón y me mandaron a casa. Pido respuesta y la devolución de la señal de {amt}.",
            "call": "hola buenas soy {first} {last} esta mañana fui a {town} a mi cita y no me tenían en la agenda y en la app pone confirmada me pedí la mañana libre para esto",
            "restate": "mi cita confirmada no estaba en el salón y la señal ha desaparecido",
            "fix": "el error al pasar las citas al salón está corregido, te hemos devuelto la señal de {amt} y tu nueva cita ya está en la agenda",
        },
        "pt": {
            "topic": "Marcação inexistente",
            "mail": "Olá,\nhoje às 9h estava no vosso salão de {town} à hora certa, marcação confirmada na app e sinal pago. Na receção disseram-me que não estava na agenda e que {stylist} estava de folga. Tinha tirado a manhã no trabalho. Como é possível?\n{first} {last}",
            "chat": "Olá, estou no salão de {town} e dizem que a minha marcação não existe. Na app diz CONFIRMADA. O que faço??",
            "social": "Marcação confirmada na app, sinal pago, chego ao salão e 'não tem marcação'. Manhã de folga deitada fora. Obrigadinho Tagliora",
            "form": "A minha marcação confirmada de hoje às 9:00 em {town} não existia no salão e mandaram-me para casa. Peço resposta e a devolução do sinal de {amt}.",
            "call": "olá bom dia fala {first} {last} hoje de manhã fui a {town} para a marcação e não me tinham na agenda e na app diz confirmada tirei a manhã para isto",
            "restate": "a minha marcação confirmada não existia no salão e o sinal desapareceu",
            "fix": "o erro na passagem das marcações para o salão está corrigido, o sinal de {amt} foi devolvido e a nova marcação já está na agenda",
        },
    },
    "double_charge": {
        "de": {
            "topic": "Anzahlung doppelt abgebucht",
            "mail": "Hallo,\nfür meinen Termin am Donnerstag wurde die Anzahlung von {amt} ZWEIMAL von meiner Karte abgebucht, beide mit derselben Uhrzeit. Ich habe nur einmal gebucht. Bitte buchen Sie die zweite zurück.\nGruß {first} {last}",
            "chat": "hi, ihr habt mir die anzahlung zweimal abgezogen, {amt} und nochmal {amt}, gleiche Uhrzeit. einmal reicht doch",
            "social": "Einmal gebucht, ZWEIMAL Anzahlung abgebucht. Natürlich kurz vor Monatsende. Tagliora, bitte zurück damit",
            "form": "Die Anzahlung für meinen Termin wurde doppelt belastet ({amt} zweimal, gleicher Zeitstempel). Bitte um Rückbuchung der zweiten Belastung.",
            "call": "hallo ja es geht um eine doppelte Abbuchung ich hab einmal gebucht aber die Anzahlung ist zweimal runter {amt} und nochmal {amt} das sehen Sie doch bei sich",
            "restate": "die Anzahlung ist immer noch doppelt abgebucht",
            "fix": "die doppelte Anzahlung von {amt} ist storniert und sollte in zwei bis drei Werktagen wieder auf Ihrer Karte sein",
        },
        "it": {
            "topic": "Acconto addebitato due volte",
            "mail": "Buongiorno,\nper l'appuntamento di giovedì l'acconto di {amt} mi è stato addebitato DUE volte sulla carta, due movimenti alla stessa ora. Ho prenotato una volta sola. Vi chiedo di stornare il secondo.\nSaluti, {first} {last}",
            "chat": "ciao mi avete preso l'acconto due volte, {amt} e poi ancora {amt}, stesso orario. una basta no?",
            "social": "Prenoto una volta, l'acconto me lo prendono DUE volte. E proprio a fine mese. Tagliora ridatemeli per favore",
            "form": "L'acconto del mio appuntamento è stato addebitato due volte ({amt} x2, stesso orario). Chiedo lo storno del secondo addebito.",
            "call": "pronto sì chiamo per un doppio addebito ho prenotato una volta ma l'acconto me l'avete preso due volte {amt} e ancora {amt} lo vedete anche voi",
            "restate": "l'acconto risulta ancora addebitato due volte",
            "fix": "il secondo addebito di {amt} è stato annullato e tornerà sulla carta in due o tre giorni lavorativi",
        },
        "en": {
            "topic": "Deposit taken twice",
            "mail": "Hi,\nthe {amt} deposit for Thursday's appointment has come off my card TWICE, same time on both. I only booked once. Please refund the second one.\nThanks, {first} {last}",
            "chat": "hiya you've taken my deposit twice, {amt} and another {amt}, same time. once is plenty",
            "social": "Booked once, deposit taken TWICE. Right before payday too. Tagliora can I have that back please",
            "form": "Deposit for my booking charged twice ({amt} x2, same timestamp). Please reverse the second charge.",
            "call": "hi yeah it's about a double charge I booked once but the deposit's come out twice {amt} and another {amt} you can see that on your side",
            "restate": "the deposit is still taken twice",
            "fix": "the second {amt} deposit is cancelled and should be back on your card in two to three working days",
        },
        "fr": {
            "topic": "Acompte prélevé deux fois",
            "mail": "Bonjour,\npour mon rendez-vous de jeudi, l'acompte de {amt} a été prélevé DEUX fois sur ma carte, à la même heure. Je n'ai réservé qu'une fois. Merci de rembourser le second.\n{first} {last}",
            "chat": "bjr vous m'avez pris l'acompte deux fois, {amt} et encore {amt}, même heure. une fois ça suffit non ?",
            "social": "Une réservation, acompte prélevé DEUX fois. En fin de mois bien sûr. Tagliora rendez-moi ça svp",
            "form": "Acompte de ma réservation débité deux fois ({amt} x2, même horodatage). Merci d'annuler le second débit.",
            "call": "oui bonjour c'est pour un double prélèvement j'ai réservé une fois et l'acompte est parti deux fois {amt} et encore {amt} vous le voyez de votre côté",
            "restate": "l'acompte est toujours prélevé deux fois",
            "fix": "le second acompte de {amt} est annulé et sera de retour sur votre carte d'ici deux ou trois jours ouvrés",
        },
        "es": {
            "topic": "Señal cobrada dos veces",
            "mail": "Hola,\nla señal de {amt} de mi cita del jueves me la habéis cobrado DOS veces, a la misma hora. Solo reservé una vez. Devolvedme la segunda, por favor.\n{first} {last}",
            "chat": "hola me habéis cobrado la señal dos veces, {amt} y otros {amt}, misma hora. con una vale no?",
            "social": "Reservo una vez y me cobran la señal DOS veces. A final de mes, claro. Tagliora devolvédmelo porfa",
            "form": "Señal de mi reserva cobrada dos veces ({amt} x2, misma hora). Solicito la anulación del segundo cargo.",
            "call": "hola buenas es por un cobro doble reservé una vez y la señal me la han cobrado dos veces {amt} y otros {amt} ustedes lo tienen que ver",
            "restate": "la señal sigue cobrada dos veces",
            "fix": "el segundo cargo de {amt} está anulado y volverá a tu tarjeta en dos o tres días hábiles",
        },
        "pt": {
            "topic": "Sinal cobrado duas vezes",
            "mail": "Olá,\no sinal de {amt} da minha marcação de quinta foi cobrado DUAS vezes no cartão, à mesma hora. Só marquei uma vez. Por favor devolvam o segundo.\n{first} {last}",
            "chat": "olá cobraram-me o sinal duas vezes, {amt} e mais {amt}, mesma hora. uma chega né?",
            "social": "Marco uma vez, cobram-me o sinal DUAS vezes. E no fim do mês. Tagliora devolvam isso pf",
            "form": "Sinal da marcação cobrado duas vezes ({amt} x2, mesma hora). Peço a anulação da segunda cobrança.",
            "call": "olá bom dia é por uma cobrança a dobrar marquei uma vez e o sinal saiu duas vezes {amt} e mais {amt} vocês conseguem ver isso",
            "restate": "o sinal continua cobrado duas vezes",
            "fix": "a segunda cobrança de {amt} foi anulada e volta ao seu cartão em dois a três dias úteis",
        },
    },
    "colour_damage": {
        "de": {
            "topic": "Verfärbung nach Blondierung",
            "mail": "Guten Tag,\nich war am Samstag zum Balayage bei Ihnen ({amt}). Statt Karamell hab ich jetzt orange Strähnen und die Spitzen brechen beim Kämmen ab. So trau ich mich nicht ins Büro. Ich möchte, dass das korrigiert wird, aber nicht von derselben Person.\n{first} {last}",
            "chat": "Hallo, meine Haare sind nach dem Färben ORANGE. nicht kupfer, orange. und fühlen sich an wie Stroh. was jetzt?",
            "social": "{amt} für Balayage bezahlt und seh jetzt aus wie ne Karotte 🥕 und die Spitzen brechen ab. Tagliora {town}, das war nix",
            "form": "Nach der Blondierung am Samstag sind meine Haare stark orange und brüchig, die Kopfhaut hat zwei Tage gebrannt. Ich bitte um eine kostenlose Korrektur bei einer anderen Coloristin und eine Erklärung.",
            "call": "ja hallo ich war am Samstag zum Färben in {town} und jetzt sind die Haare orange und brechen ab die Kopfhaut hat gebrannt ich hab {amt} bezahlt und kann so nicht arbeiten gehen",
            "restate": "meine Haare sind immer noch orange und brechen ab und niemand hat sich wegen der Korrektur gemeldet",
            "fix": "für Sie ist eine kostenlose Farbkorrektur bei unserer Coloristin in {town} reserviert und die {amt} für das Balayage werden erstattet",
        },
        "it": {
            "topic": "Colore sbagliato e capelli rovinati",
            "mail": "Buongiorno,\nsabato ho fatto il balayage da voi ({amt}). Doveva essere caramello, invece ho ciocche arancioni e le punte si spezzano appena pettino. Così in ufficio non ci vado. Voglio che venga corretto, ma non dalla stessa persona.\n{first} {last}",
            "chat": "Salve, dopo il colore i miei capelli sono ARANCIONI. non ramati, arancioni. e sembrano paglia. e adesso?",
            "social": "{amt} di balayage e sembro una carota 🥕 con le punte che si spezzano. Tagliora {town}, così no",
            "form": "Dopo la decolorazione di sabato i capelli sono molto arancioni e fragili, la cute mi ha bruciato per due giorni. Chiedo una correzione gratuita con un'altra colorista e una spiegazione.",
            "call": "sì buongiorno sabato ho fatto il colore a {town} e adesso i capelli sono arancioni e si spezzano la cute mi bruciava ho pagato {amt} e così non posso andare a lavorare",
            "restate": "i capelli sono ancora arancioni e si spezzano e nessuno mi ha chiamato per la correzione",
            "fix": "le abbiamo riservato una correzione gratuita con la nostra colorista di {town} e i {amt} del balayage le vengono rimborsati",
        },
        "en": {
            "topic": "Colour gone wrong",
            "mail": "Hi,\nI had a balayage with you on Saturday ({amt}). It was meant to be caramel, I've got orange streaks and the ends snap when I brush. I can't go into work like this. I want it corrected, but not by the same person.\n{first} {last}",
            "chat": "Hi my hair is ORANGE after the colour. not copper. orange. and it feels like straw. what now?",
            "social": "{amt} on a balayage and I look like a satsuma 🍊 with the ends snapping off. Tagliora {town} not good enough",
            "form": "After Saturday's bleach my hair is very orange and brittle and my scalp burned for two days. I'd like a free correction with a different colourist and an explanation.",
            "call": "hi I had my colour done in {town} on Saturday and now it's orange and it's snapping my scalp was burning I paid {amt} and I can't go to work like this",
            "restate": "my hair is still orange and snapping and nobody's called about fixing it",
            "fix": "we've booked you a free colour correction with our senior colourist in {town} and the {amt} for the balayage is being refunded",
        },
        "fr": {
            "topic": "Couleur ratée",
            "mail": "Bonjour,\nsamedi j'ai fait un balayage chez vous ({amt}). Ça devait être caramel, j'ai des mèches orange et les pointes cassent quand je me coiffe. Je ne peux pas aller au bureau comme ça. Je veux une correction, mais pas par la même personne.\n{first} {last}",
            "chat": "Bonjour, après la couleur mes cheveux sont ORANGE. pas cuivrés, orange. et secs comme de la paille. je fais quoi ?",
            "social": "{amt} de balayage et je ressemble à une carotte 🥕 avec les pointes qui cassent. Tagliora {town}, non",
            "form": "Après la décoloration de samedi, mes cheveux sont très orange et cassants, le cuir chevelu m'a brûlé deux jours. Je demande une correction gratuite avec une autre coloriste et une explication.",
            "call": "oui bonjour j'ai fait ma couleur samedi à {town} et maintenant c'est orange et ça casse le cuir chevelu me brûlait j'ai payé {amt} je peux pas aller travailler comme ça",
            "restate": "mes cheveux sont toujours orange et cassent et personne ne m'a rappelé{e} pour la correction",
            "fix": "une correction couleur gratuite vous attend chez notre coloriste de {town} et les {amt} du balayage vous sont remboursés",
        },
        "es": {
            "topic": "Color estropeado",
            "mail": "Hola,\nel sábado me hice unas mechas balayage con vosotros ({amt}). Tenía que ser caramelo y tengo mechones naranjas y las puntas se rompen al peinarme. Así no voy a la oficina. Quiero que me lo corrijan, pero no la misma persona.\n{first} {last}",
            "chat": "Hola, después del color tengo el pelo NARANJA. no cobrizo, naranja. y como paja. ¿y ahora qué?",
            "social": "{amt} en mechas y parezco una zanahoria 🥕 con las puntas rotas. Tagliora {town}, así no",
            "form": "Tras la decoloración del sábado tengo el pelo muy naranja y quebradizo, el cuero cabelludo me ardió dos días. Pido una corrección gratuita con otra colorista y una explicación.",
            "call": "hola buenas el sábado me hice el color en {town} y ahora lo tengo naranja y se rompe me ardía la cabeza pagué {amt} y así no puedo ir a trabajar",
            "restate": "sigo con el pelo naranja y roto y nadie me ha llamado para corregirlo",
            "fix": "te hemos reservado una corrección de color gratuita con nuestra colorista de {town} y te devolvemos los {amt} de las mechas",
        },
        "pt": {
            "topic": "Cor estragada",
            "mail": "Olá,\nno sábado fiz madeixas balayage convosco ({amt}). Era para ficar caramelo e tenho madeixas cor de laranja e as pontas partem quando penteio. Assim não vou trabalhar. Quero correção, mas não pela mesma pessoa.\n{first} {last}",
            "chat": "Olá, depois da cor tenho o cabelo LARANJA. não acobreado, laranja. e parece palha. e agora?",
            "social": "{amt} em madeixas e pareço uma cenoura 🥕 com as pontas a partir. Tagliora {town}, assim não",
            "form": "Depois da descoloração de sábado tenho o cabelo muito laranja e quebradiço, o couro cabeludo ardeu dois dias. Peço correção gratuita com outra colorista e uma explicação.",
            "call": "olá bom dia no sábado fiz a cor em {town} e agora está laranja e parte o couro cabeludo ardia paguei {amt} e assim não posso ir trabalhar",
            "restate": "o cabelo continua laranja e a partir e ninguém me ligou para corrigir",
            "fix": "reservámos-lhe uma correção de cor gratuita com a nossa colorista de {town} e os {amt} das madeixas vão ser devolvidos",
        },
    },
    "refund": {
        "de": {
            "topic": "Anzahlung nicht erstattet",
            "mail": "Hallo,\nSie haben meinen Termin vor drei Wochen selbst abgesagt (Friseurin krank, kein Problem). Aber die Anzahlung von {amt} ist bis heute nicht zurück. Laut App 'in Bearbeitung'. Seit drei Wochen?\n{first} {last}",
            "chat": "Hallo, ihr habt meinen Termin abgesagt, nicht ich. Die Anzahlung {amt} ist seit DREI Wochen nicht zurück. Wann kommt das Geld?",
            "social": "Tagliora sagt meinen Termin ab, behält aber seit drei Wochen meine {amt} Anzahlung. Status 'in Bearbeitung'. Ja ne, is klar",
            "form": "Der Termin wurde vom Salon abgesagt, die Anzahlung ({amt}) ist nach drei Wochen noch nicht erstattet. Bitte um Überweisung.",
            "call": "guten Tag ich ruf an wegen meiner Anzahlung Sie haben meinen Termin abgesagt vor drei Wochen und die {amt} sind immer noch nicht zurück in der App steht seit Wochen in Bearbeitung",
            "restate": "meine Anzahlung ist immer noch nicht zurück obwohl Sie den Termin abgesagt haben",
            "fix": "die Anzahlung von {amt} ist heute an Sie zurücküberwiesen worden",
        },
        "it": {
            "topic": "Acconto non rimborsato",
            "mail": "Buongiorno,\ntre settimane fa avete disdetto voi il mio appuntamento (parrucchiera malata, capita). Però l'acconto di {amt} non mi è mai tornato. Nell'app c'è scritto 'in lavorazione'. Da tre settimane?\n{first} {last}",
            "chat": "Ciao, l'appuntamento l'avete annullato voi, non io. L'acconto di {amt} dopo TRE settimane non è ancora tornato. Quando arriva?",
            "social": "Tagliora mi annulla l'appuntamento ma si tiene da tre settimane i miei {amt} di acconto. Stato: 'in lavorazione'. Ma certo",
            "form": "Appuntamento annullato dal salone, l'acconto ({amt}) dopo tre settimane non è ancora rimborsato. Chiedo il bonifico.",
            "call": "buongiorno chiamo per l'acconto avete annullato voi il mio appuntamento tre settimane fa e i {amt} non sono ancora tornati nell'app c'è scritto in lavorazione da settimane",
            "restate": "l'acconto non mi è ancora tornato anche se l'appuntamento l'avete annullato voi",
            "fix": "l'acconto di {amt} le è stato riaccreditato oggi",
        },
        "en": {
            "topic": "Deposit not refunded",
            "mail": "Hi,\nyou cancelled my appointment three weeks ago (stylist off sick, fair enough). But the {amt} deposit still hasn't come back. The app says 'processing'. For three weeks?\n{first} {last}",
            "chat": "Hi, YOU cancelled my appointment, not me. The {amt} deposit has been 'processing' for THREE weeks. When do I get it?",
            "social": "Tagliora cancels my appointment then keeps my {amt} deposit for three weeks. Status: 'processing'. Right.",
            "form": "Appointment cancelled by the salon, {amt} deposit still not refunded after three weeks. Please pay it back.",
            "call": "hi I'm ringing about my deposit you cancelled my appointment three weeks ago and the {amt} still isn't back the app just says processing",
            "restate": "my deposit still isn't back even though you cancelled",
            "fix": "your {amt} deposit was refunded today",
        },
        "fr": {
            "topic": "Acompte non remboursé",
            "mail": "Bonjour,\nc'est vous qui avez annulé mon rendez-vous il y a trois semaines (coiffeuse malade, ça arrive). Mais l'acompte de {amt} n'est toujours pas revenu. L'appli dit 'en cours'. Depuis trois semaines ?\n{first} {last}",
            "chat": "Bonjour, c'est VOUS qui avez annulé mon rdv. L'acompte de {amt} est 'en cours' depuis TROIS semaines. Il arrive quand ?",
            "social": "Tagliora annule mon rdv et garde mon acompte de {amt} depuis trois semaines. Statut : 'en cours'. Bien sûr.",
            "form": "Rendez-vous annulé par le salon, acompte de {amt} toujours pas remboursé après trois semaines. Merci de le virer.",
            "call": "bonjour j'appelle pour mon acompte vous avez annulé mon rendez-vous il y a trois semaines et les {amt} sont toujours pas revenus l'appli dit en cours depuis des semaines",
            "restate": "mon acompte n'est toujours pas revenu alors que c'est vous qui avez annulé",
            "fix": "votre acompte de {amt} vous a été remboursé aujourd'hui",
        },
        "es": {
            "topic": "Señal no devuelta",
            "mail": "Hola,\nhace tres semanas me anulasteis vosotros la cita (peluquera enferma, pasa). Pero la señal de {amt} no me ha vuelto. En la app pone 'en trámite'. ¿Tres semanas?\n{first} {last}",
            "chat": "Hola, la cita la anulasteis VOSOTROS. La señal de {amt} lleva TRES semanas 'en trámite'. ¿Cuándo me llega?",
            "social": "Tagliora me anula la cita y se queda tres semanas con mis {amt} de señal. Estado: 'en trámite'. Ya, claro",
            "form": "Cita anulada por el salón, la señal de {amt} sigue sin devolverse tras tres semanas. Solicito la transferencia.",
            "call": "hola llamo por mi señal me anularon la cita hace tres semanas y los {amt} no han vuelto en la app pone en trámite desde hace semanas",
            "restate": "la señal sigue sin volver aunque la cita la anulasteis vosotros",
            "fix": "hoy te hemos devuelto la señal de {amt}",
        },
        "pt": {
            "topic": "Sinal não devolvido",
            "mail": "Olá,\nhá três semanas foram vocês que cancelaram a minha marcação (cabeleireira doente, acontece). Mas o sinal de {amt} nunca voltou. Na app diz 'em processamento'. Há três semanas?\n{first} {last}",
            "chat": "Olá, foram VOCÊS que cancelaram. O sinal de {amt} está 'em processamento' há TRÊS semanas. Quando chega?",
            "social": "A Tagliora cancela-me a marcação e fica três semanas com os meus {amt} de sinal. Estado: 'em processamento'. Pois.",
            "form": "Marcação cancelada pelo salão, sinal de {amt} por devolver há três semanas. Peço a transferência.",
            "call": "olá ligo por causa do sinal cancelaram-me a marcação há três semanas e os {amt} nunca voltaram na app diz em processamento há semanas",
            "restate": "o sinal continua sem voltar apesar de terem sido vocês a cancelar",
            "fix": "o sinal de {amt} foi-lhe devolvido hoje",
        },
    },
    "wrong_price": {
        "de": {
            "topic": "Club-Preis nicht berechnet",
            "mail": "Guten Tag,\nich bin seit Januar im Tagliora Club, zahle jeden Monat brav, und gestern wurden mir für Schnitt und Föhnen {paid} berechnet statt {should}. Der Club-Rabatt fehlt. An der Kasse hieß es, das sei 'ein App-Thema'.\nMit freundlichen Grüßen\n{first} {last}",
            "chat": "Hi, ich bin im Club, aber die Rechnung von heute ist zum normalen Preis, {paid} statt {should}. Wozu zahl ich dann den Beitrag?",
            "social": "Monatlich Club-Beitrag zahlen und dann trotzdem den vollen Preis an der Kasse. {paid} statt {should}. Tagliora, erklärt mir das mal",
            "form": "Trotz aktiver Club-Mitgliedschaft wurde der Normalpreis berechnet ({paid} statt {should}). Bitte die Differenz erstatten.",
            "call": "hallo ich bin im Club und mir wurde gestern der volle Preis berechnet {paid} statt {should} und an der Kasse meinte man das ist ein App-Thema",
            "restate": "mir wird immer noch der Normalpreis statt des Club-Preises berechnet",
            "fix": "Ihre Club-Mitgliedschaft hing an einem alten Kundenkonto, das ist korrigiert und die Differenz ist gutgeschrieben",
        },
        "it": {
            "topic": "Prezzo Club non applicato",
            "mail": "Buongiorno,\nsono nel Tagliora Club da gennaio e pago regolarmente ogni mese, ma ieri per taglio e piega mi avete fatto pagare {paid} invece di {should}. Lo sconto Club non c'era. In cassa mi hanno detto che è 'una cosa dell'app'.\nCordiali saluti\n{first} {last}",
            "chat": "Ciao, sono iscritt{o} al Club ma lo scontrino di oggi è a prezzo pieno, {paid} invece di {should}. E allora la quota a cosa serve?",
            "social": "Pago il Club ogni mese e alla cassa prezzo pieno lo stesso. {paid} invece di {should}. Tagliora me lo spiegate?",
            "form": "Nonostante l'iscrizione al Club attiva mi è stato applicato il prezzo normale ({paid} invece di {should}). Chiedo il rimborso della differenza.",
            "call": "pronto sono iscritt{o} al Club e ieri mi avete fatto pagare prezzo pieno {paid} invece di {should} e in cassa dicono che è un problema dell'app",
            "restate": "mi fate ancora pagare il prezzo pieno invece del prezzo Club",
            "fix": "la sua iscrizione al Club era collegata a un vecchio account, l'abbiamo corretta e la differenza le è stata accreditata",
        },
        "en": {
            "topic": "Club price not applied",
            "mail": "Hi,\nI've been in the Tagliora Club since January and pay every month, but yesterday I was charged {paid} for a cut and blow-dry instead of {should}. No Club discount. At the till they said it's 'an app thing'.\nRegards\n{first} {last}",
            "chat": "Hi, I'm a Club member but today's receipt is full price, {paid} instead of {should}. What am I paying the fee for then?",
            "social": "Paying for the Club every month and still charged full price at the till. {paid} not {should}. Tagliora explain please",
            "form": "Charged the normal price despite an active Club membership ({paid} instead of {should}). Please refund the difference.",
            "call": "hi I'm a Club member and I got charged full price yesterday {paid} instead of {should} and the till said it's an app problem",
            "restate": "I'm still being charged full price instead of the Club price",
            "fix": "your Club membership was linked to an old account, that's fixed and the difference has been credited",
        },
        "fr": {
            "topic": "Tarif Club non appliqué",
            "mail": "Bonjour,\nje suis membre du Tagliora Club depuis janvier et je paie chaque mois, mais hier on m'a facturé {paid} pour coupe et brushing au lieu de {should}. Pas de remise Club. À la caisse on m'a dit que c'est 'un souci de l'appli'.\nCordialement\n{first} {last}",
            "chat": "Bonjour, je suis membre du Club mais le ticket d'aujourd'hui est au plein tarif, {paid} au lieu de {should}. Je paie l'abonnement pour quoi alors ?",
            "social": "Je paie le Club tous les mois et à la caisse plein tarif quand même. {paid} au lieu de {should}. Tagliora expliquez-moi",
            "form": "Plein tarif appliqué malgré un abonnement Club actif ({paid} au lieu de {should}). Merci de rembourser la différence.",
            "call": "bonjour je suis membre du Club et hier on m'a fait payer plein tarif {paid} au lieu de {should} et à la caisse ils disent que c'est l'appli",
            "restate": "on me facture toujours le plein tarif au lieu du tarif Club",
            "fix": "votre abonnement Club était rattaché à un ancien compte, c'est corrigé et la différence vous a été créditée",
        },
        "es": {
            "topic": "Precio Club no aplicado",
            "mail": "Hola,\nsoy del Tagliora Club desde enero y pago todos los meses, pero ayer me cobrasteis {paid} por corte y peinado en vez de {should}. Sin descuento Club. En caja me dijeron que es 'cosa de la app'.\nUn saludo\n{first} {last}",
            "chat": "Hola, soy del Club pero el tique de hoy es a precio normal, {paid} en vez de {should}. ¿Para qué pago la cuota entonces?",
            "social": "Pago el Club cada mes y en caja precio completo igual. {paid} en vez de {should}. Tagliora explicádmelo",
            "form": "Se me aplicó el precio normal a pesar de tener el Club activo ({paid} en vez de {should}). Solicito la devolución de la diferencia.",
            "call": "hola soy soci{o} del Club y ayer me cobraron el precio completo {paid} en vez de {should} y en caja dicen que es cosa de la app",
            "restate": "me siguen cobrando el precio normal en vez del precio Club",
            "fix": "tu Club estaba ligado a una cuenta antigua, ya está corregido y te hemos abonado la diferencia",
        },
        "pt": {
            "topic": "Preço Club não aplicado",
            "mail": "Olá,\nsou do Tagliora Club desde janeiro e pago todos os meses, mas ontem cobraram-me {paid} por corte e brushing em vez de {should}. Sem desconto Club. Na caixa disseram que é 'coisa da app'.\nCumprimentos\n{first} {last}",
            "chat": "Olá, sou do Club mas o talão de hoje é a preço normal, {paid} em vez de {should}. Então pago a quota para quê?",
            "social": "Pago o Club todos os meses e na caixa preço cheio na mesma. {paid} em vez de {should}. Tagliora expliquem lá",
            "form": "Foi-me cobrado o preço normal apesar do Club ativo ({paid} em vez de {should}). Peço a devolução da diferença.",
            "call": "olá sou sóci{o} do Club e ontem cobraram-me o preço todo {paid} em vez de {should} e na caixa dizem que é da app",
            "restate": "continuam a cobrar-me o preço normal em vez do preço Club",
            "fix": "o seu Club estava ligado a uma conta antiga, já corrigimos e a diferença foi creditada",
        },
    },
    "late_fee": {
        "de": {
            "topic": "Ausfallgebühr trotz Absage",
            "mail": "Hallo,\nich habe meinen Termin am Montag schon am Freitag davor in der App abgesagt, die Bestätigung hab ich per Mail. Trotzdem wurden mir heute {amt} Ausfallgebühr abgebucht, als wäre ich nicht erschienen. Bitte zurückbuchen.\n{first} {last}",
            "chat": "Warum bekomm ich eine Ausfallgebühr von {amt}?? Ich hab VIER Tage vorher abgesagt, die Bestätigung hab ich hier",
            "social": "Termin 4 Tage vorher abgesagt, Bestätigung bekommen, trotzdem {amt} 'No-Show-Gebühr' kassiert. Ernsthaft, Tagliora?",
            "form": "Mir wurde eine Ausfallgebühr ({amt}) berechnet, obwohl ich den Termin vier Tage vorher in der App storniert habe. Die Bestätigungsmail liegt vor. Bitte erstatten.",
            "call": "ja hallo mir wurde eine Ausfallgebühr abgebucht {amt} obwohl ich vier Tage vorher abgesagt habe ich hab die Mail mit der Bestätigung noch",
            "restate": "die Ausfallgebühr ist immer noch nicht zurückgebucht obwohl ich rechtzeitig abgesagt habe",
            "fix": "die Ausfallgebühr von {amt} ist storniert, Ihre Absage war rechtzeitig",
        },
        "it": {
            "topic": "Penale nonostante la disdetta",
            "mail": "Buongiorno,\nho disdetto l'appuntamento di lunedì già il venerdì prima dall'app e ho anche la mail di conferma. Oggi però mi avete addebitato {amt} di penale come se non mi fossi presentat{o}. Vi chiedo di stornarla.\n{first} {last}",
            "chat": "Perché mi arriva una penale di {amt}?? Ho disdetto QUATTRO giorni prima, ho la conferma qui davanti",
            "social": "Disdetto 4 giorni prima, conferma ricevuta, e Tagliora mi addebita lo stesso {amt} di 'mancata presentazione'. Sul serio?",
            "form": "Mi è stata addebitata una penale ({amt}) anche se ho disdetto l'appuntamento dall'app quattro giorni prima. Ho la mail di conferma. Chiedo il rimborso.",
            "call": "sì pronto mi avete addebitato una penale di {amt} ma io ho disdetto quattro giorni prima ho ancora la mail di conferma",
            "restate": "la penale non è ancora stata stornata anche se ho disdetto in tempo",
            "fix": "la penale di {amt} è stata annullata: la sua disdetta era nei tempi",
        },
        "en": {
            "topic": "No-show fee after cancelling",
            "mail": "Hi,\nI cancelled Monday's appointment in the app on the Friday before and I've got the confirmation e-mail. Today you've charged me a {amt} no-show fee anyway. Please refund it.\n{first} {last}",
            "chat": "Why have I been charged a {amt} no-show fee?? I cancelled FOUR days before, I've got the confirmation right here",
            "social": "Cancelled 4 days ahead, got the confirmation, still charged a {amt} 'no-show fee'. Seriously Tagliora?",
            "form": "I was charged a {amt} no-show fee although I cancelled in the app four days before. I have the confirmation e-mail. Please refund.",
            "call": "hi yeah you've charged me a no-show fee {amt} but I cancelled four days before I've still got the confirmation e-mail",
            "restate": "the no-show fee still hasn't been refunded even though I cancelled in time",
            "fix": "the {amt} no-show fee is cancelled, your cancellation was in time",
        },
        "fr": {
            "topic": "Frais d'absence malgré l'annulation",
            "mail": "Bonjour,\nj'ai annulé mon rendez-vous de lundi dès le vendredi d'avant dans l'appli, j'ai même le mail de confirmation. Aujourd'hui vous m'avez quand même prélevé {amt} de frais d'absence. Merci de rembourser.\n{first} {last}",
            "chat": "Pourquoi j'ai des frais d'absence de {amt} ?? J'ai annulé QUATRE jours avant, j'ai la confirmation sous les yeux",
            "social": "Annulé 4 jours avant, confirmation reçue, et Tagliora me prélève quand même {amt} de 'frais d'absence'. Sérieusement ?",
            "form": "On m'a facturé des frais d'absence ({amt}) alors que j'ai annulé dans l'appli quatre jours avant. J'ai le mail de confirmation. Merci de rembourser.",
            "call": "oui bonjour vous m'avez prélevé des frais d'absence {amt} alors que j'ai annulé quatre jours avant j'ai encore le mail de confirmation",
            "restate": "les frais d'absence ne sont toujours pas remboursés alors que j'ai annulé à temps",
            "fix": "les frais d'absence de {amt} sont annulés, votre annulation était dans les délais",
        },
        "es": {
            "topic": "Penalización pese a cancelar",
            "mail": "Hola,\ncancelé la cita del lunes el viernes anterior desde la app y tengo el correo de confirmación. Aun así hoy me habéis cobrado {amt} de penalización por no presentarme. Devolvédmelo, por favor.\n{first} {last}",
            "chat": "¿¿Por qué me cobráis {amt} de penalización?? Cancelé CUATRO días antes, tengo la confirmación aquí",
            "social": "Cancelo con 4 días, me llega la confirmación y Tagliora me cobra igual {amt} por 'no presentarme'. ¿En serio?",
            "form": "Me cobraron una penalización ({amt}) aunque cancelé desde la app cuatro días antes. Tengo el correo de confirmación. Solicito la devolución.",
            "call": "hola me han cobrado una penalización de {amt} pero yo cancelé cuatro días antes tengo el correo de confirmación",
            "restate": "la penalización sigue sin devolverse aunque cancelé a tiempo",
            "fix": "la penalización de {amt} está anulada, cancelaste a tiempo",
        },
        "pt": {
            "topic": "Taxa de falta apesar de cancelar",
            "mail": "Olá,\ncancelei a marcação de segunda na sexta anterior pela app e tenho o e-mail de confirmação. Mesmo assim hoje cobraram-me {amt} de taxa de falta. Peço que devolvam.\n{first} {last}",
            "chat": "Porque é que me cobraram {amt} de taxa de falta?? Cancelei QUATRO dias antes, tenho aqui a confirmação",
            "social": "Cancelo com 4 dias, recebo confirmação e a Tagliora cobra-me na mesma {amt} de 'falta'. A sério?",
            "form": "Foi-me cobrada uma taxa de falta ({amt}) apesar de ter cancelado pela app quatro dias antes. Tenho o e-mail de confirmação. Peço a devolução.",
            "call": "olá cobraram-me uma taxa de falta de {amt} mas eu cancelei quatro dias antes ainda tenho o e-mail de confirmação",
            "restate": "a taxa de falta continua por devolver apesar de ter cancelado a tempo",
            "fix": "a taxa de falta de {amt} foi anulada, o cancelamento foi feito a tempo",
        },
    },
}

# Subjects of first complaint e-mails, and reply prefixes.
SUBJECT = {
    "de": ["{topic}", "{topic} – bitte um Klärung", "Dringend: {topic}"],
    "it": ["{topic}", "{topic}, chiedo spiegazioni", "URGENTE - {topic}"],
    "en": ["{topic}", "{topic} - please sort"],
    "fr": ["{topic}", "{topic}, merci de régler"],
    "es": ["{topic}", "{topic}, por favor"],
    "pt": ["{topic}", "{topic}, por favor"],
}
REPLY = {"de": "AW: ", "it": "R: ", "en": "Re: ", "fr": "RE : ", "es": "RE: ", "pt": "RE: "}

# Long e-mails (German and Italian): an opening with the writer's moment, the
# complaint as a paragraph, a closing.
LONG_OPEN = {
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Pausenraum der Klinik, zwischen zwei Patienten habe ich gerade zehn Minuten Ruhe, also verzeihen Sie, wenn das etwas durcheinander ist. Ich komme seit fast vier Jahren zu Ihnen nach {town} und habe Sie im Kollegenkreis immer empfohlen.",
        "Hallo liebes Tagliora-Team,\n\nich sitze auf der Terrasse, der Hund schläft endlich, neben mir liegt die Steuererklärung, die ich eigentlich machen sollte. Stattdessen schreibe ich Ihnen, weil mich die Sache nicht loslässt. Vorweg: Ich mag Ihren Salon in {town}, und {stylist} ist großartig.",
        "Hallo,\n\nentschuldigen Sie die lange Nachricht, ich tippe sie in der Pause im Lager der Buchhandlung, in der ich arbeite, zwischen zwei Kisten Schulbücher. Ich bin seit Jahren bei Ihnen in {town} und war immer gern da.",
    ],
    "it": [
        "Buongiorno,\n\nvi scrivo dal treno Bologna-Milano, ho un'ora e mezza davanti e finalmente il tempo di mettere per iscritto quello che mi è successo. Premetto che vengo da voi a {town} da anni e vi ho sempre consigliato a colleghi e amici.",
        "Buongiorno,\n\nvi scrivo dal retro del forno, tra un'infornata e l'altra, e prima che arrivi la gente voglio togliermi questo peso. Scusate se sarò lung{o}. Premetto che {stylist} per me è il top e che il salone di {town} mi è sempre piaciuto.",
        "Gentile servizio clienti,\n\nvi scrivo dal divano con il polso ingessato, quindi con una mano sola e tanta pazienza, perdonate gli errori. Sono vostr{o} cliente da cinque anni, prima a Verona e adesso a {town}.",
    ],
}

LONG_CORE = {
    "de": {
        "lost_booking": "Jetzt zur Sache: Am {day} hatte ich um 9 Uhr einen Termin in {town}, in der App bestätigt, Anzahlung {amt} bezahlt. Ich stand pünktlich da, und die junge Frau am Empfang hat mich angeschaut, als hätte ich mich in der Tür geirrt. Kein Termin im System, {stylist} hatte frei. Sie war sehr nett und hat sich entschuldigt, aber helfen konnte sie mir nicht, der Tag war voll. Ich hatte mir dafür extra den Vormittag freigenommen, den ich jetzt nacharbeiten darf, und die Anzahlung ist auch weg.",
        "double_charge": "Es geht um Folgendes: Für meinen Termin am {day} wurde die Anzahlung von {amt} zweimal abgebucht, beide Buchungen mit derselben Uhrzeit auf meinem Kontoauszug. Ich habe nur einmal auf 'Buchen' gedrückt, da bin ich mir sicher, ich habe ja auch nur eine Bestätigung bekommen. Das klingt nach wenig, aber bei mir ist am Monatsende jeder Betrag verplant, und deswegen ist mir schon eine Lastschrift geplatzt.",
        "colour_damage": "Nun zum Grund meiner Mail: Am {day} war ich zum Balayage in {town}, {amt}. Ich hatte Fotos dabei, Karamell, warm, dezent. Herausgekommen ist ein Orange, über das meine Kinder lachen mussten, und das Schlimmere: die Spitzen brechen beim Kämmen ab, im Waschbecken liegen ganze Büschel. Meine Kopfhaut hat zwei Tage gebrannt. Ich hatte vorher gefragt, ob meine Haare das aushalten, und man hat mir gesagt, kein Problem.",
        "refund": "Worum es geht: Sie haben vor drei Wochen meinen Termin abgesagt, weil die Friseurin krank war. Das ist niemandem vorzuwerfen. Aber die Anzahlung von {amt} ist bis heute nicht zurück. In der App steht 'in Bearbeitung', seit drei Wochen, und am Telefon hieß es zweimal, das komme 'in den nächsten Tagen'.",
        "wrong_price": "Zur Sache: Ich bin seit Januar im Tagliora Club und zahle jeden Monat den Beitrag. Am {day} sollte ich für Schnitt und Föhnen {paid} zahlen statt des Club-Preises von {should}. An der Kasse hieß es, das liege an der App, man könne da nichts machen, ich solle mich an den Service wenden. Das tue ich hiermit.",
        "late_fee": "Der Anlass: Ich habe meinen Termin am Montag schon am Freitag davor in der App abgesagt, die Bestätigung habe ich per Mail bekommen und noch vorliegen. Heute finde ich trotzdem eine Ausfallgebühr von {amt} auf meiner Karte, als wäre ich einfach nicht gekommen. Ich bin in meinem Leben noch nie unentschuldigt zu einem Termin nicht erschienen.",
    },
    "it": {
        "lost_booking": "Ecco il punto: avevo appuntamento {day} alle 9 a {town}, confermato nell'app, acconto di {amt} pagato. Arrivo puntuale e la ragazza alla reception mi guarda come se avessi sbagliato porta. Nessun appuntamento, {stylist} era di riposo. Gentilissima, si è scusata, ma non poteva fare niente, la giornata era piena. Io avevo chiesto mezza giornata di permesso apposta, che adesso devo recuperare, e l'acconto è sparito.",
        "double_charge": "Il problema è questo: per l'appuntamento di {day} l'acconto di {amt} mi è stato addebitato due volte, due movimenti alla stessa ora sull'estratto conto. Ho premuto 'Prenota' una volta sola, ne sono sicur{o}, e ho ricevuto una sola conferma. Sembra poco, ma a fine mese io i conti li faccio all'euro e per colpa di questo mi è tornato indietro l'addebito della bolletta.",
        "colour_damage": "Ora, il motivo della mail: {day} scorso ho fatto il balayage a {town}, {amt}. Avevo portato le foto, caramello, caldo, naturale. È uscito un arancione che ha fatto ridere i miei figli, e la cosa peggiore: le punte si spezzano quando pettino, nel lavandino trovo ciuffi interi. La cute mi è bruciata per due giorni. Avevo chiesto prima se i miei capelli reggevano e mi avevano detto nessun problema.",
        "refund": "Di cosa si tratta: tre settimane fa avete annullato voi il mio appuntamento perché la parrucchiera era malata. Capita, nessuna colpa. Ma l'acconto di {amt} non mi è mai tornato. Nell'app c'è scritto 'in lavorazione' da tre settimane e al telefono mi hanno detto due volte che arriva 'nei prossimi giorni'.",
        "wrong_price": "Veniamo al dunque: sono nel Tagliora Club da gennaio e pago la quota tutti i mesi, ma {day} scorso per taglio e piega mi avete chiesto {paid} invece del prezzo Club di {should}. In cassa mi hanno detto che è colpa dell'app, che loro non possono farci niente e che devo scrivere al servizio clienti. Ecco, scrivo.",
        "late_fee": "Il fatto è questo: ho disdetto l'appuntamento di lunedì già il venerdì prima, dall'app, e ho la mail di conferma. Oggi però trovo sulla carta una penale di {amt}, come se non mi fossi presentat{o}. In vita mia non ho mai saltato un appuntamento senza avvisare.",
    },
}

LONG_CLOSE = {
    "de": [
        "Ich war wirklich immer gern bei Ihnen und habe Sie weiterempfohlen. Aber so kann ich das nicht stehen lassen. Ich erwarte eine Antwort bis Ende der Woche.\n\nMit freundlichen Grüßen\n{first} {last}",
        "Ich hoffe, Sie verstehen, dass ich nach all den Jahren enttäuscht bin. Bitte melden Sie sich, am besten per Mail, tagsüber erreichen Sie mich schlecht.\n\nViele Grüße\n{first} {last}",
    ],
    "it": [
        "Non è da voi, o almeno non lo era. Resto in attesa di una risposta seria, non del solito messaggio automatico.\n\nCordiali saluti\n{first} {last}",
        "Vi chiedo solo di sistemare la cosa in fretta e di farmi sapere. Dopo tanti anni mi dispiace davvero dovervi scrivere così.\n\nSaluti\n{first} {last}",
    ],
}

LONG_SUBJECT = {
    "de": "{topic} – ausführlich, bitte lesen",
    "it": "{topic}: vi racconto cosa è successo",
}

# Agents' replies.
CASE_OPENED = {
    "de": (
        "Ihr Anliegen {case}",
        "Hallo {first} {last},\n\nes tut uns leid, dass das passiert ist. Wir haben Ihr Anliegen unter {case} aufgenommen und melden uns spätestens morgen mit einer Lösung.\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "La sua segnalazione {case}",
        "Gentile {first} {last},\n\nci dispiace per quanto successo. Abbiamo registrato la sua segnalazione con il numero {case} e le daremo una soluzione entro domani.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Your case {case}",
        "Hi {first} {last},\n\nsorry this happened. We've logged it as case {case} and we'll come back to you with a fix by tomorrow at the latest.\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "Votre demande {case}",
        "Bonjour {first} {last},\n\nnous sommes désolés. Votre demande est enregistrée sous le numéro {case}, nous revenons vers vous au plus tard demain avec une solution.\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "Tu incidencia {case}",
        "Hola {first}:\n\nsentimos lo ocurrido. Hemos abierto la incidencia {case} y te daremos una solución como muy tarde mañana.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "O seu pedido {case}",
        "Olá {first} {last},\n\nlamentamos o sucedido. Registámos o seu pedido com o número {case} e damos-lhe uma solução até amanhã.\n\nCumprimentos,\n{sign}",
    ),
}

CHAT_CASE = {
    "de": "Oh nein, das tut mir wirklich leid. Ich hab das unter {case} aufgenommen und direkt an den Salon und die Buchhaltung gegeben, du hörst spätestens morgen von uns.",
    "it": "Mi dispiace davvero. Ho aperto la segnalazione {case} e l'ho passata subito al salone e all'amministrazione, entro domani ti ricontattiamo.",
    "en": "I'm really sorry about that. I've opened case {case} and sent it straight to the salon and our accounts team, you'll hear from us by tomorrow.",
    "fr": "Je suis vraiment désolée. J'ai ouvert la demande {case} et je l'ai transmise au salon et à la comptabilité, vous aurez une réponse demain au plus tard.",
    "es": "Lo siento muchísimo. He abierto la incidencia {case} y se la he pasado al salón y a administración, mañana como tarde te decimos algo.",
    "pt": "Lamento imenso. Abri o pedido {case} e passei-o logo ao salão e à contabilidade, até amanhã damos notícias.",
}

ESCALATED = {
    "de": (
        "{case}: an die Gebietsleitung weitergegeben",
        "Hallo {first} {last},\n\nwir nehmen das sehr ernst. Ihr Anliegen {case} liegt jetzt bei {manager}, Gebietsleitung für {town}, und {manager} ruft Sie innerhalb von zwei Werktagen persönlich an.\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "{case}: passata alla direzione di zona",
        "Gentile {first} {last},\n\nprendiamo la cosa molto sul serio. La sua segnalazione {case} è ora nelle mani di {manager}, responsabile di zona per {town}, che la chiamerà personalmente entro due giorni lavorativi.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Case {case}: passed to your area manager",
        "Hi {first} {last},\n\nwe're taking this seriously. Case {case} is now with {manager}, area manager for {town}, who'll ring you personally within two working days.\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "{case} : transmis à la direction régionale",
        "Bonjour {first} {last},\n\nnous prenons cela très au sérieux. La demande {case} est maintenant entre les mains de {manager}, responsable régional pour {town}, qui vous appellera personnellement sous deux jours ouvrés.\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "{case}: pasada a dirección de zona",
        "Hola {first}:\n\nnos lo tomamos muy en serio. La incidencia {case} la lleva ahora {manager}, responsable de zona de {town}, que te llamará personalmente en dos días hábiles.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "{case}: encaminhado para a direção regional",
        "Olá {first} {last},\n\nlevamos isto muito a sério. O pedido {case} está agora com {manager}, responsável regional para {town}, que lhe vai ligar pessoalmente dentro de dois dias úteis.\n\nCumprimentos,\n{sign}",
    ),
}

MANAGERS = {
    "de": ["Frau Kessler", "Herr Brandl", "Frau Yilmaz"],
    "it": ["Elena Fabbri", "Stefano Rota", "Marta Giordano"],
    "en": ["Siobhan Walsh", "Gareth Hughes"],
    "fr": ["Nathalie Perrin", "Olivier Marchand"],
    "es": ["Marisa Ortega", "Raúl Pons"],
    "pt": ["Sandra Lopes", "Nuno Carvalho"],
}

GOOD_NEWS = {
    "de": (
        "Gute Nachrichten zu {case}",
        "Hallo {first} {last},\n\ngute Nachrichten zu {case}: {fix}. Könnten Sie uns kurz bestätigen, dass bei Ihnen alles passt?\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "Buone notizie sulla segnalazione {case}",
        "Gentile {first} {last},\n\nbuone notizie sulla segnalazione {case}: {fix}. Può confermarci che da parte sua è tutto a posto?\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Good news on {case}",
        "Hi {first} {last},\n\ngood news on {case}: {fix}. Could you confirm it all looks right your end?\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "Bonne nouvelle pour {case}",
        "Bonjour {first} {last},\n\nbonne nouvelle concernant {case} : {fix}. Pouvez-vous nous confirmer que tout est en ordre de votre côté ?\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "Buenas noticias sobre {case}",
        "Hola {first}:\n\nbuenas noticias sobre {case}: {fix}. ¿Nos confirmas que por tu parte está todo bien?\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "Boas notícias sobre o pedido {case}",
        "Olá {first} {last},\n\nboas notícias sobre o pedido {case}: {fix}. Pode confirmar-nos que está tudo bem do seu lado?\n\nCumprimentos,\n{sign}",
    ),
}

CONFIRM = {
    "de": [
        "Bestätigt: {case} ist erledigt, alles angekommen. Danke!",
        "Hallo, kurze Rückmeldung zu {case}: jetzt passt alles. Danke fürs Kümmern.",
    ],
    "it": [
        "Confermo: {case} risolta, tutto a posto. Grazie!",
        "Buongiorno, per la segnalazione {case} vi confermo che adesso è tutto sistemato. Grazie dell'aiuto.",
    ],
    "en": ["Confirmed, {case} is sorted, all arrived. Thanks!"],
    "fr": ["Je confirme : {case} réglé, tout est bon. Merci !"],
    "es": ["Confirmado: {case} resuelta, todo bien. ¡Gracias!"],
    "pt": ["Confirmo: o pedido {case} está resolvido, está tudo certo. Obrigad{o}!"],
}

APOLOGY = {
    "de": [
        "Hallo nochmal, sorry für meinen Ton gestern. War einfach ein blöder Tag. Danke, dass ihr euch so schnell gekümmert habt.",
        "Ich muss mich für meine Nachricht von gestern entschuldigen, das war nicht fair. Danke für die schnelle Lösung.",
    ],
    "it": [
        "Ciao, scusate per il tono di ieri. Giornata storta. Grazie per esservi mossi così in fretta.",
        "Vi devo delle scuse per il messaggio di ieri, non è stato giusto. Grazie per la soluzione rapida.",
    ],
    "en": [
        "Hi again, sorry for my tone yesterday, it was just one of those days. Thanks for sorting it so quickly."
    ],
    "fr": [
        "Re bonjour, désolé{e} pour mon ton d'hier, mauvaise journée. Merci d'avoir réglé ça si vite."
    ],
    "es": [
        "Hola otra vez, perdón por el tono de ayer, fue un mal día. Gracias por resolverlo tan rápido."
    ],
    "pt": [
        "Olá outra vez, desculpem o tom de ontem, foi um mau dia. Obrigad{o} por resolverem tão depressa."
    ],
}

# The agent's answer to an apology in chat.
APOLOGY_ANSWER = {
    "de": "Alles gut, das verstehen wir total. Schönen Tag!",
    "it": "Nessun problema, capiamo benissimo. Buona giornata!",
    "en": "No worries at all, glad it's sorted!",
    "fr": "Aucun souci, on comprend tout à fait. Bonne journée !",
    "es": "No pasa nada, lo entendemos perfectamente. ¡Buen día!",
    "pt": "Não faz mal, percebemos perfeitamente. Bom dia!",
}

# The agent's answer to a confirmation in chat.
CONFIRM_ANSWER = {
    "de": "Danke für die Rückmeldung, schönen Tag noch!",
    "it": "Grazie del riscontro, buona giornata!",
    "en": "Thanks for letting us know, have a lovely day!",
    "fr": "Merci du retour, bonne journée !",
    "es": "¡Gracias por confirmar, buen día!",
    "pt": "Obrigado pela confirmação, bom dia!",
}

LOW_NPS = {
    "de": ["So nicht.", "Enttäuschend", "Leider nein", "Erst mal nicht mehr"],
    "it": ["Così no.", "Deludente", "Purtroppo no", "Per ora no"],
    "en": ["Not like this.", "Disappointing"],
    "fr": ["Pas comme ça.", "Décevant"],
    "es": ["Así no.", "Decepcionante"],
    "pt": ["Assim não.", "Dececionante"],
}
LOW_CSAT = {
    "de": ["Schlecht", "Nicht gelöst"],
    "it": ["Male", "Non risolto"],
    "en": ["Poor", "Not sorted"],
    "fr": ["Mauvais", "Pas réglé"],
    "es": ["Mal", "Sin resolver"],
    "pt": ["Mau", "Por resolver"],
}

# Later contacts about the same open case: LATER[lang][n] for the n-th contact
# (2, 3, 4), written; LATER_CALL the same said on the phone. {restate} is the
# problem's restatement (capitalised in writing).
LATER = {
    "de": {
        2: [
            "Zu {case}: Es ist immer noch nichts passiert. {restate}.",
            "Ich melde mich nochmal wegen {case}. {restate}. Was ist da los?",
        ],
        3: [
            "Zum dritten Mal {case}. {restate}. Meine Nachbarin hat mir schon die {comp}-App aufs Handy geladen.",
            "Dritte Nachricht zu {case}. {restate}. Bei {comp} um die Ecke hätte ich morgen einen Termin.",
        ],
        4: [
            "Das VIERTE Mal wegen {case}. {restate}. Ich erklär das jetzt nicht nochmal von vorn.",
            "VIERTE Nachricht, {case}. {restate}. Langsam fühl ich mich veräppelt.",
        ],
    },
    "it": {
        2: [
            "Segnalazione {case}: ancora niente. {restate}.",
            "Vi riscrivo per la segnalazione {case}. {restate}. Possibile?",
        ],
        3: [
            "Terza volta per {case}. {restate}. La mia vicina mi ha già scaricato l'app di {comp} sul telefono.",
            "Terzo messaggio per {case}. {restate}. Da {comp} sotto casa avrei posto domani.",
        ],
        4: [
            "È la QUARTA volta per {case}. {restate}. Non lo rispiego da capo.",
            "QUARTO messaggio, {case}. {restate}. Comincio a sentirmi pres{o} in giro.",
        ],
    },
    "en": {
        2: ["Re {case}: still nothing. {restate}."],
        3: [
            "Third time about {case}. {restate}. My neighbour's already put the {comp} app on my phone."
        ],
        4: ["FOURTH time, {case}. {restate}. I'm not explaining it from scratch again."],
    },
    "fr": {
        2: ["Pour {case} : toujours rien. {restate}."],
        3: [
            "Troisième fois pour {case}. {restate}. Ma voisine m'a déjà installé l'appli {comp} sur mon téléphone."
        ],
        4: ["QUATRIÈME fois, {case}. {restate}. Je ne réexplique pas tout depuis le début."],
    },
    "es": {
        2: ["Sobre {case}: sigue sin hacerse nada. {restate}."],
        3: [
            "Tercera vez por {case}. {restate}. Mi vecina ya me ha bajado la app de {comp} al móvil."
        ],
        4: ["CUARTA vez, {case}. {restate}. No pienso volver a explicarlo desde el principio."],
    },
    "pt": {
        2: ["Sobre o pedido {case}: continua tudo igual. {restate}."],
        3: [
            "Terceira vez por causa do {case}. {restate}. A minha vizinha já me instalou a app da {comp} no telemóvel."
        ],
        4: ["QUARTA vez, {case}. {restate}. Não volto a explicar tudo do início."],
    },
}

LATER_CALL = {
    "de": {
        2: "ja hallo {first} {last} nochmal wegen Vorgang {case} {restate} und es hat sich keiner gemeldet",
        3: "hallo hier ist {first} {last} ich ruf jetzt zum dritten Mal an wegen {case} {restate} bei {comp} hätt ich morgen einen Termin ehrlich gesagt",
        4: "ja {first} {last} das vierte Mal wegen {case} {restate} ich weiß nicht was ich noch machen soll",
    },
    "it": {
        2: "pronto sono {first} {last} richiamo per la segnalazione {case} {restate} e nessuno mi ha richiamato",
        3: "pronto è la terza volta che chiamo per {case} {restate} guardi che da {comp} avrei posto domani",
        4: "sì sono {first} {last} quarta volta per {case} {restate} non so più cosa fare",
    },
    "en": {
        2: "hi it's {first} {last} again about case {case} {restate} and nobody's rung me",
        3: "hi it's {first} {last} third time I'm calling about {case} {restate} honestly {comp} could see me tomorrow",
        4: "yeah it's {first} {last} fourth time about {case} {restate} I don't know what else to do",
    },
    "fr": {
        2: "oui bonjour c'est {first} {last} je rappelle pour la demande {case} {restate} et personne ne m'a rappelé{e}",
        3: "bonjour c'est la troisième fois que j'appelle pour {case} {restate} franchement chez {comp} j'aurais un rendez-vous demain",
        4: "oui c'est {first} {last} quatrième fois pour {case} {restate} je sais plus quoi faire",
    },
    "es": {
        2: "hola soy {first} {last} otra vez por la incidencia {case} {restate} y nadie me ha llamado",
        3: "hola es la tercera vez que llamo por {case} {restate} la verdad es que en {comp} me darían cita mañana",
        4: "sí soy {first} {last} cuarta vez por {case} {restate} ya no sé qué hacer",
    },
    "pt": {
        2: "olá fala {first} {last} outra vez por causa do pedido {case} {restate} e ninguém me ligou",
        3: "olá é a terceira vez que ligo por causa do {case} {restate} sinceramente na {comp} davam-me vaga amanhã",
        4: "sim fala {first} {last} quarta vez por causa do {case} {restate} já não sei o que fazer",
    },
}

LATER_CHAT_ANSWER = {
    "de": "Danke, ich hab's zu {case} dazugeschrieben und für heute als dringend markiert. Der Salon meldet sich heute noch bei dir.",
    "it": "Grazie, l'ho aggiunto alla segnalazione {case} e l'ho segnata come urgente per oggi. Il salone ti ricontatta in giornata.",
    "en": "Thanks, I've added that to {case} and flagged it urgent for today. The salon will get back to you today.",
    "fr": "Merci, je l'ai ajouté à {case} et marqué urgent pour aujourd'hui. Le salon vous recontacte dans la journée.",
    "es": "Gracias, lo he añadido a {case} y lo he marcado como urgente para hoy. El salón te llama hoy mismo.",
    "pt": "Obrigado, juntei isto ao pedido {case} e marquei como urgente para hoje. O salão entra em contacto ainda hoje.",
}

# The slide: six steps, from a small letdown to booking elsewhere.
SLIDE = {
    "de": [
        "Heute 25 Minuten gewartet, obwohl ich den ersten Termin des Tages hatte. Keiner hat was gesagt. Tagliora {town}, das kenn ich anders",
        "Andere Friseurin statt {stylist}, ohne Vorwarnung. Pony schief, links einen Zentimeter kürzer. Ja, ich hab nachgemessen.",
        "Club-Föhnen gestrichen, Beitrag rauf auf {m_club}. Schöne Mail am Montagmorgen, Tagliora.",
        "Farbe nach zehn Tagen schon ausgewaschen, und fürs Nachtönen wollen sie nochmal {m_tone}. Ich bin echt sauer.",
        "{m_long} 'Langhaarzuschlag' für schulterlange Haare. SCHULTERLANG. Ich hab Fotos. Tagliora, das ist Abzocke!!",
        "Meine Schwester geht seit Jahren zu {comp}. Hab mir für Samstag dort einen Termin geholt. Mal sehen, ob ich zurückkomme.",
    ],
    "it": [
        "Oggi 25 minuti di attesa e avevo il primo appuntamento della giornata. Nessuno che dicesse niente. Tagliora {town}, non eravate così",
        "Un'altra parrucchiera al posto di {stylist}, senza avvisare. Frangia storta, a sinistra un centimetro più corta. Sì, l'ho misurata.",
        "Piega del Club tolta e quota alzata a {m_club}. Bella mail del lunedì mattina, Tagliora.",
        "Il colore dopo dieci giorni è già sbiadito e per il tonalizzante mi chiedono altri {m_tone}. Sono veramente arrabbiat{o}.",
        "{m_long} di 'supplemento capelli lunghi' per capelli alle spalle. ALLE SPALLE. Ho le foto. Tagliora, questa è una presa in giro!!",
        "Mia sorella va da {comp} da anni. Ho prenotato lì per sabato. Vediamo se torno.",
    ],
    "en": [
        "Waited 25 minutes today and I had the first slot of the day. Nobody said a word. Tagliora {town}, you used to be better",
        "Different stylist instead of {stylist}, no warning. Fringe wonky, a centimetre shorter on the left. Yes I measured.",
        "Club blow-dry scrapped and the fee up to {m_club}. Lovely Monday morning e-mail, Tagliora.",
        "Colour washed out after ten days and they want another {m_tone} for a toner. Properly annoyed now.",
        "{m_long} 'long hair supplement' for shoulder-length hair. SHOULDER LENGTH. I have photos. Tagliora this is a rip-off!!",
        "My sister's been going to {comp} for years. Booked in there for Saturday. We'll see if I come back.",
    ],
    "fr": [
        "25 minutes d'attente aujourd'hui alors que j'avais le premier rdv de la journée. Personne n'a rien dit. Tagliora {town}, c'était mieux avant",
        "Une autre coiffeuse à la place de {stylist}, sans prévenir. Frange de travers, un centimètre de moins à gauche. Oui j'ai mesuré.",
        "Brushing Club supprimé et abonnement passé à {m_club}. Joli mail du lundi matin, Tagliora.",
        "Couleur délavée au bout de dix jours et on me demande encore {m_tone} pour une patine. Je suis vraiment en colère.",
        "{m_long} de 'supplément cheveux longs' pour des cheveux aux épaules. AUX ÉPAULES. J'ai les photos. Tagliora c'est du vol !!",
        "Ma sœur va chez {comp} depuis des années. J'ai réservé là-bas pour samedi. On verra si je reviens.",
    ],
    "es": [
        "Hoy 25 minutos de espera teniendo la primera cita del día. Nadie dijo nada. Tagliora {town}, antes no erais así",
        "Otra peluquera en vez de {stylist}, sin avisar. Flequillo torcido, un centímetro más corto a la izquierda. Sí, lo he medido.",
        "Quitan el peinado del Club y suben la cuota a {m_club}. Bonito correo de lunes por la mañana, Tagliora.",
        "El color desteñido a los diez días y por el matiz me piden otros {m_tone}. Estoy muy enfadad{o}.",
        "{m_long} de 'suplemento pelo largo' por un pelo por los hombros. POR LOS HOMBROS. Tengo fotos. Tagliora esto es un robo!!",
        "Mi hermana va a {comp} desde hace años. He pedido cita allí para el sábado. Ya veremos si vuelvo.",
    ],
    "pt": [
        "Hoje 25 minutos à espera e tinha a primeira marcação do dia. Ninguém disse nada. Tagliora {town}, já foram melhores",
        "Outra cabeleireira em vez de {stylist}, sem aviso. Franja torta, um centímetro mais curta à esquerda. Sim, medi.",
        "Acabaram com o brushing do Club e a quota subiu para {m_club}. Belo e-mail de segunda de manhã, Tagliora.",
        "A cor desbotou ao fim de dez dias e pelo tonalizante querem mais {m_tone}. Estou mesmo chatead{o}.",
        "{m_long} de 'suplemento cabelo comprido' por cabelo pelos ombros. PELOS OMBROS. Tenho fotos. Tagliora isto é um roubo!!",
        "A minha irmã vai à {comp} há anos. Marquei lá para sábado. Vamos ver se volto.",
    ],
}
SLIDE_RATINGS = (3, 3, 2, 2, 1, 1)
# Amounts in the slide, in euros: the new Club fee, the toner, the surcharge.
SLIDE_AMOUNTS = {"m_club": 24, "m_tone": 35, "m_long": 20}

# Leavers: (subject, body) asking to end the Club and close the account.
CANCEL = {
    "de": [
        (
            "Club kündigen",
            "Hallo,\nwir ziehen nächsten Monat nach Kanada, ich habe dort eine Stelle bekommen. Bitte beenden Sie meine Club-Mitgliedschaft und schließen Sie mein Kundenkonto. Es war schön bei Ihnen, {stylist} werde ich vermissen.\n{first} {last}",
        ),
        (
            "Kündigung Mitgliedschaft",
            "Guten Tag,\nmeine Tochter hat gerade ihre Ausbildung zur Friseurin abgeschlossen und schneidet jetzt die ganze Familie, gratis und mit Begeisterung. Ich möchte daher den Tagliora Club kündigen und mein Kundenkonto schließen.\nViele Grüße\n{first} {last}",
        ),
    ],
    "it": [
        (
            "Disdetta Club",
            "Buongiorno,\nil mese prossimo mi trasferisco in Canada per lavoro. Vi chiedo di chiudere la mia iscrizione al Club e il mio account. Mi sono trovat{o} bene, {stylist} mi mancherà.\n{first} {last}",
        ),
        (
            "Chiusura account e Club",
            "Salve,\nmia figlia ha appena preso il diploma da parrucchiera e adesso taglia i capelli a tutta la famiglia, gratis e con entusiasmo. Vorrei quindi disdire il Tagliora Club e chiudere l'account.\nGrazie, {first} {last}",
        ),
    ],
    "en": [
        (
            "Cancel Club",
            "Hi,\nI've decided to grow my hair out properly and I'll only need a trim twice a year, so the Club doesn't make sense any more. Please cancel my membership and close my account.\nThanks, {first} {last}",
        )
    ],
    "fr": [
        (
            "Résiliation Club",
            "Bonjour,\nje déménage à la campagne le mois prochain, le salon le plus proche sera à 60 km. Merci de résilier mon abonnement Club et de fermer mon compte.\n{first} {last}",
        )
    ],
    "es": [
        (
            "Baja del Club",
            "Hola,\nme mudo a un pueblo el mes que viene y el salón más cercano queda a una hora. Quiero darme de baja del Club y cerrar mi cuenta.\n{first} {last}",
        )
    ],
    "pt": [
        (
            "Cancelar Club",
            "Olá,\nvou viver para o estrangeiro no próximo mês. Peço que cancelem o meu Club e fechem a minha conta. Gostei muito, vou ter saudades de {stylist}.\n{first} {last}",
        )
    ],
}

SORRY_GO = {
    "de": (
        "Ihre Club-Kündigung",
        "Hallo {first} {last},\n\nschade, dass Sie gehen! Sie können den Club jederzeit selbst in der App oder auf der Website unter 'Mein Club' beenden, er läuft dann bis zum Monatsende. Ihr Kundenkonto schließen Sie dort unter 'Konto löschen'. Wenn Sie irgendwann wiederkommen, freuen wir uns.\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "La disdetta del Club",
        "Gentile {first} {last},\n\nci dispiace vederla andare via! Può chiudere il Club in qualsiasi momento dall'app o dal sito, alla voce 'Il mio Club': resta attivo fino a fine mese. L'account si chiude lì, da 'Elimina account'. Se un giorno tornerà, ci farà piacere.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Your Club cancellation",
        "Hi {first} {last},\n\nwe're sad you're leaving! You can end the Club yourself any time in the app or on the website under 'My Club', it runs to the end of the month. Close your account there under 'Delete account'. You're always welcome back.\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "Votre résiliation Club",
        "Bonjour {first} {last},\n\nnous regrettons votre départ ! Vous pouvez résilier le Club vous-même à tout moment dans l'appli ou sur le site, rubrique « Mon Club » ; il reste actif jusqu'à la fin du mois. Le compte se ferme au même endroit, « Supprimer le compte ». Vous serez toujours bienvenu{e}.\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "Tu baja del Club",
        "Hola {first}:\n\n¡qué pena que te vayas! Puedes dar de baja el Club tú mism{o} cuando quieras en la app o en la web, en 'Mi Club'; sigue activo hasta final de mes. La cuenta se cierra ahí mismo, en 'Eliminar cuenta'. Aquí nos tienes si vuelves.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "O cancelamento do Club",
        "Olá {first} {last},\n\ntemos pena que vá embora! Pode cancelar o Club a qualquer momento na app ou no site, em 'O meu Club'; fica ativo até ao fim do mês. A conta fecha-se no mesmo sítio, em 'Apagar conta'. Se voltar, será sempre bem-vind{o}.\n\nCumprimentos,\n{sign}",
    ),
}

# Steadily grumpy: seven grumbles a language.
GRUMBLES = {
    "de": [
        "Die App loggt mich jedes Mal aus, wenn ich sie schließe. Jedes. Mal. Tagliora",
        "Warum kommt die Terminerinnerung um 5:45 Uhr morgens? Ich hatte frei.",
        "Musik im Salon in {town} so laut, dass man sich anschreien muss. Entspannung sieht anders aus.",
        "Die Shampooflasche aus dem Shop kam halb ausgelaufen an. Karton voller Schaum.",
        "Wieder 10 Minuten gewartet, obwohl ich pünktlich war. Scheint hier normal zu sein.",
        "Karte an der Kasse erst ab 20 Euro? Im Jahr 2026?",
        "Die Fotos in der App zeigen Schnitte, die im Salon keiner kann oder machen will.",
    ],
    "it": [
        "L'app mi fa uscire ogni volta che la chiudo. Ogni. Volta. Tagliora",
        "Perché il promemoria dell'appuntamento arriva alle 5:45 di mattina? Ero di riposo.",
        "Musica così alta nel salone di {town} che bisogna urlare per parlare. Rilassante proprio.",
        "La bottiglia di shampoo dallo shop è arrivata mezza vuota, scatola piena di schiuma.",
        "Di nuovo 10 minuti di attesa anche se ero puntuale. Ormai è normale, pare.",
        "Carta accettata in cassa solo sopra i 20 euro? Nel 2026?",
        "Le foto nell'app mostrano tagli che in salone nessuno sa o vuole fare.",
    ],
    "en": [
        "The app logs me out every single time I close it. Every. Time. Tagliora",
        "Why does the appointment reminder arrive at 5:45am? It was my day off.",
        "Music in the {town} salon so loud you have to shout. Very relaxing.",
        "Shampoo from the shop arrived half leaked, box full of foam.",
        "Another 10 minutes waiting despite being on time. Apparently that's normal now.",
        "Card only over a tenner at the till? In 2026?",
        "The photos in the app show cuts nobody in the salon can or will do.",
    ],
    "fr": [
        "L'appli me déconnecte à chaque fois que je la ferme. À chaque fois. Tagliora",
        "Pourquoi le rappel de rdv arrive à 5h45 du matin ? J'étais en repos.",
        "Musique tellement forte au salon de {town} qu'il faut crier. Très relaxant.",
        "Le shampoing de la boutique est arrivé à moitié renversé, carton plein de mousse.",
        "Encore 10 minutes d'attente alors que j'étais à l'heure. C'est normal maintenant apparemment.",
        "Carte acceptée seulement au-dessus de 20 € à la caisse ? En 2026 ?",
        "Les photos de l'appli montrent des coupes que personne au salon ne sait ou ne veut faire.",
    ],
    "es": [
        "La app me cierra la sesión cada vez que la cierro. Cada. Vez. Tagliora",
        "¿Por qué el recordatorio de la cita llega a las 5:45 de la mañana? Libraba.",
        "Música tan alta en el salón de {town} que hay que gritar. Relajante total.",
        "El champú de la tienda llegó medio derramado, la caja llena de espuma.",
        "Otra vez 10 minutos esperando aunque llegué puntual. Ya es lo normal, parece.",
        "¿Tarjeta solo a partir de 20 € en caja? ¿En 2026?",
        "Las fotos de la app enseñan cortes que nadie en el salón sabe o quiere hacer.",
    ],
    "pt": [
        "A app faz logout sempre que a fecho. Sempre. Tagliora",
        "Porque é que o lembrete da marcação chega às 5:45 da manhã? Estava de folga.",
        "Música tão alta no salão de {town} que é preciso gritar. Super relaxante.",
        "O champô da loja chegou meio entornado, caixa cheia de espuma.",
        "Outra vez 10 minutos à espera apesar de chegar a horas. Já é normal, pelos vistos.",
        "Cartão só acima de 20 € na caixa? Em 2026?",
        "As fotos da app mostram cortes que ninguém no salão sabe ou quer fazer.",
    ],
}

SARCASM = {
    "de": [
        "Toll, das 'Express-Föhnen' hat 70 Minuten gedauert. Ich hatte Zeit für ein zweites Frühstück 👏 Tagliora",
        "Danke Tagliora für die SMS, die mich erinnert, dass mein Termin vor einer Stunde war 🙃 sehr hilfreich",
    ],
    "it": [
        "Fantastico, la 'piega express' è durata 70 minuti. Ho fatto in tempo a fare una seconda colazione 👏 Tagliora",
        "Grazie Tagliora per l'SMS che mi ricorda che l'appuntamento era un'ora fa 🙃 utilissimo",
    ],
    "en": [
        "Love that the 'express blow-dry' took 70 minutes. Had time for a second breakfast 👏 Tagliora"
    ],
    "fr": [
        "Génial, le 'brushing express' a duré 70 minutes. J'ai eu le temps de prendre un deuxième petit-déj 👏 Tagliora"
    ],
    "es": [
        "Genial, el 'peinado exprés' ha durado 70 minutos. Me ha dado tiempo a desayunar dos veces 👏 Tagliora"
    ],
    "pt": [
        "Adoro que o 'brushing expresso' tenha demorado 70 minutos. Deu para tomar o pequeno-almoço duas vezes 👏 Tagliora"
    ],
}

# The planted spike: booking fails everywhere with one error code, and booked
# appointments vanish from the list.
SPIKE_CODE = "AGD-815"
SPIKE_TOPIC = "salon booking app and website: every salon shown fully booked, booking fails with error AGD-815, booked appointments missing from the list"

SPIKE_REPORT = {
    "de": [
        "App zeigt bei JEDEM Salon 'ausgebucht' und beim Antippen einer Uhrzeit kommt Fehler AGD-815. Mein Termin morgen ist auch aus 'Meine Termine' verschwunden. Gilt der noch?? Tagliora",
        "Wollte gerade für Samstag buchen: Fehler AGD-815. Website genauso. Tagliora, was ist da los?",
        "Hallo, bei mir kommt seit ein paar Minuten nur noch 'Fehler AGD-815', wenn ich einen Termin buchen will, egal welcher Salon",
        "Mein Färbetermin morgen um 8 ist aus der App weg, und neu buchen geht nicht: AGD-815. Soll ich morgen einfach hingehen und hoffen?",
        "AGD-815 bei jedem Versuch, auch nach Neuinstallation der App. Alle Salons angeblich voll bis Dezember. Kann ja wohl nicht sein",
        "Guten Abend, ich bekomme beim Buchen ständig 'Fehler AGD-815, bitte später erneut versuchen'. Seit einer halben Stunde. Und meine gebuchten Termine sehe ich nicht mehr.",
    ],
    "it": [
        "L'app dice 'tutto esaurito' in TUTTI i saloni e se tocco un orario esce errore AGD-815. E l'appuntamento di domani è sparito da 'I miei appuntamenti'. È ancora valido?? Tagliora",
        "Stavo prenotando per sabato: errore AGD-815. Dal sito uguale. Tagliora che succede?",
        "Buonasera, da qualche minuto quando provo a prenotare mi esce solo 'errore AGD-815', qualsiasi salone scelga",
        "Il mio colore di domani alle 9 non c'è più nell'app e non riesco a riprenotare: AGD-815. Domani vado lì e spero?",
        "AGD-815 a ogni tentativo, anche dopo aver reinstallato l'app. Tutti i saloni pieni fino a dicembre, dice. Ma dai",
        "Salve, continuo a ricevere 'Errore AGD-815, riprova più tardi' quando prenoto. Da mezz'ora. E non vedo più gli appuntamenti già presi.",
    ],
    "en": [
        "Every salon in the Tagliora app says 'fully booked' and tapping a time gives error AGD-815. My appointment for tomorrow has vanished from My appointments too. Is it still on??",
        "Trying to book for Saturday and just getting error AGD-815, website as well. Anyone else?",
    ],
    "fr": [
        "L'appli Tagliora affiche 'complet' pour TOUS les salons et quand je choisis un horaire : erreur AGD-815. Et mon rdv de demain a disparu de 'Mes rendez-vous'. Il tient toujours ??",
        "Impossible de réserver, erreur AGD-815 à chaque fois, sur le site aussi. Il se passe quoi ?",
    ],
    "es": [
        "La app de Tagliora dice 'completo' en TODOS los salones y al tocar una hora sale el error AGD-815. Y mi cita de mañana ha desaparecido de 'Mis citas'. ¿Sigue en pie??",
        "Intentando reservar para el sábado y solo sale error AGD-815, en la web también. ¿Qué pasa?",
    ],
    "pt": [
        "A app da Tagliora diz 'esgotado' em TODOS os salões e ao escolher uma hora dá erro AGD-815. E a minha marcação de amanhã desapareceu de 'As minhas marcações'. Ainda está de pé??",
        "Estou a tentar marcar para sábado e só dá erro AGD-815, no site também. O que se passa?",
    ],
}

SPIKE_SUBJECT = {
    "de": "Fehler AGD-815 beim Buchen",
    "it": "Errore AGD-815 in prenotazione",
    "en": "Error AGD-815 when booking",
    "fr": "Erreur AGD-815 à la réservation",
    "es": "Error AGD-815 al reservar",
    "pt": "Erro AGD-815 ao marcar",
}

SPIKE_REPEAT = {
    "de": [
        "Immer noch AGD-815, jetzt auch am Rechner im Büro. Mein Termin morgen früh ist weiterhin nicht zu sehen.",
        "Nachtrag: am Tablet probiert, gleicher Fehler AGD-815. Gelten die Termine für morgen jetzt oder nicht?",
    ],
    "it": [
        "Ancora AGD-815, adesso anche dal computer dell'ufficio. L'appuntamento di domattina continua a non vedersi.",
        "Aggiornamento: provato dal tablet, stesso errore AGD-815. Gli appuntamenti di domani valgono o no?",
    ],
    "en": [
        "Still AGD-815, tried the website on my work laptop too. Tomorrow's appointment still not showing."
    ],
    "fr": [
        "Toujours AGD-815, même sur l'ordi du bureau. Mon rdv de demain n'apparaît toujours pas."
    ],
    "es": [
        "Sigue el AGD-815, también desde el ordenador del trabajo. La cita de mañana sigue sin aparecer."
    ],
    "pt": [
        "Continua o AGD-815, também no computador do trabalho. A marcação de amanhã continua sem aparecer."
    ],
}

SPIKE_CHAT_ANSWER = {
    "de": "Ja, das Buchen ist gerade in allen Salons gestört, unser Technikteam ist dran. Schon gebuchte Termine sind nicht verloren und gelten, sie werden im Moment nur nicht angezeigt.",
    "it": "Sì, in questo momento le prenotazioni non funzionano in nessun salone, i tecnici ci stanno lavorando. Gli appuntamenti già presi non sono persi e valgono, al momento solo non si vedono.",
    "en": "Yes, booking is down across all salons right now and our tech team is on it. Appointments you already have aren't lost and still stand, they just aren't showing at the moment.",
    "fr": "Oui, la réservation est en panne dans tous les salons en ce moment, l'équipe technique est dessus. Vos rendez-vous déjà pris ne sont pas perdus et sont maintenus, ils ne s'affichent simplement pas pour l'instant.",
    "es": "Sí, ahora mismo las reservas fallan en todos los salones y el equipo técnico está en ello. Las citas que ya tienes no se han perdido y siguen en pie, solo que ahora no se ven.",
    "pt": "Sim, neste momento as marcações estão em baixo em todos os salões e a equipa técnica está a tratar disso. As marcações que já tem não se perderam e mantêm-se, só não aparecem agora.",
}

SPIKE_FIXED = {
    "de": (
        "Buchen funktioniert wieder",
        "Hallo {first} {last},\n\ndanke für Ihre Meldung gestern Abend. Seit {fixed} Uhr lässt sich in der App und auf der Website wieder buchen, der Fehler AGD-815 ist behoben. Ihre Termine waren die ganze Zeit gespeichert und gelten unverändert. Für den Ärger haben wir Ihnen {credit} Guthaben gutgeschrieben.\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "Le prenotazioni funzionano di nuovo",
        "Gentile {first} {last},\n\ngrazie della segnalazione di ieri sera. Dalle {fixed} si può di nuovo prenotare dall'app e dal sito, l'errore AGD-815 è risolto. I suoi appuntamenti sono sempre rimasti salvati e restano validi. Per il disagio le abbiamo accreditato {credit}.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Booking works again",
        "Hi {first} {last},\n\nthanks for letting us know last night. Booking in the app and on the website has worked again since {fixed}, error AGD-815 is fixed. Your appointments were saved all along and still stand. We've added {credit} credit to your account for the trouble.\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "La réservation fonctionne à nouveau",
        "Bonjour {first} {last},\n\nmerci pour votre message d'hier soir. Depuis {fixed}, on peut de nouveau réserver dans l'appli et sur le site, l'erreur AGD-815 est corrigée. Vos rendez-vous sont restés enregistrés et sont maintenus. Pour la gêne, nous vous avons crédité {credit}.\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "Ya se puede reservar",
        "Hola {first}:\n\ngracias por avisarnos anoche. Desde las {fixed} se puede volver a reservar en la app y en la web, el error AGD-815 está resuelto. Tus citas estuvieron guardadas todo el tiempo y siguen en pie. Por las molestias te hemos abonado {credit}.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "As marcações voltaram a funcionar",
        "Olá {first} {last},\n\nobrigado pelo aviso de ontem à noite. Desde as {fixed} já é possível marcar na app e no site, o erro AGD-815 está resolvido. As suas marcações estiveram sempre guardadas e mantêm-se. Pelo incómodo creditámos {credit} na sua conta.\n\nCumprimentos,\n{sign}",
    ),
}

# Two lone questions on the calm day before the spike, about an app that
# worked (a new login, a slow list), each answered.
LONE_QUESTION = {
    "de": (
        "Kurze Frage: die App hat mich heute früh abgemeldet, und danach hat 'Meine Termine' ewig geladen. Jetzt ist alles wieder da. Ist mein Termin am Freitag sicher noch gebucht?",
        "Ja, dein Termin am Freitag ist gebucht. Nach dem Update heute Morgen mussten sich alle einmal neu anmelden, beim ersten Laden dauert es dann etwas länger.",
    ),
    "it": (
        "Domanda veloce: stamattina l'app mi ha fatto rifare il login e poi 'I miei appuntamenti' caricava lentissimo. Adesso si vede tutto. L'appuntamento di venerdì è ancora prenotato, vero?",
        "Sì, l'appuntamento di venerdì è prenotato. Dopo l'aggiornamento di stamattina tutti hanno dovuto rifare il login, e il primo caricamento è un po' più lento.",
    ),
}
