# ruff: noqa: E501
"""Consumer wording of heldout92 (Saltora, trampoline parks): stories first, then words.

Placeholders filled by make_heldout92.py: {park} (the park's town), {case} (case
reference), {amount} (money in the customer's market), {comp} (a competitor),
{agent} (an agent's first name), {first} (the customer's first name), {kid} (a
child's first name), {product}, {day} (a weekday).
"""

from __future__ import annotations

BRAND = "Saltora"
COMPETITORS = ("Trampolux", "Hopfeld")

# (English / local label, price in euros)
PRODUCTS: tuple[tuple[str, float], ...] = (
    ("Jump 60 min / Salto 60 min", 14.0),
    ("Jump 90 min / Salto 90 min", 18.5),
    ("Toddler jump 45 min / Mini salto 45 min", 9.5),
    ("Ninja course 60 min / Percurso ninja 60 min", 16.0),
    ("Dodgeball 60 min / Dodgeball 60 min", 15.0),
    ("Party Classic 12 kids / Festa Classic 12 crianças", 189.0),
    ("Party Mega 20 kids / Festa Mega 20 crianças", 289.0),
    ("Grip socks 2 pairs / Meias antiderrapantes 2 pares", 6.0),
    ("Family pass 4 x 60 min / Passe família 4 x 60 min", 48.0),
    ("Saltora Club monthly / Saltora Club mensal", 29.0),
)

PAGES = (
    "/sessions",
    "/parties",
    "/club",
    "/parks",
    "/socks",
    "/safety",
    "/opening-hours",
    "/gift-cards",
)

WEEKDAYS = {
    "pt": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}

KIDS = {
    "pt": ("Tomás", "Duarte", "Santiago", "Rodrigo", "Martim", "Afonso", "Gonçalo"),
    "it": ("Leonardo", "Tommaso", "Edoardo", "Pietro", "Lorenzo", "Riccardo", "Giacomo"),
    "en": ("Alfie", "Isla", "Oscar", "Freya", "Noah"),
    "es": ("Hugo", "Lucía", "Mateo", "Martina"),
    "fr": ("Léo", "Jade", "Gabriel", "Louise"),
    "de": ("Paul", "Emilia", "Finn", "Mila"),
}

# ---------------------------------------------------------------- happy acts

PRAISE = {
    "pt": (
        "Festa de anos do {kid} no {park} foi um sucesso, a monitora Rita incansável com 14 miúdos. Obrigada Saltora!",
        "Sábado de chuva resolvido: duas horas a saltar no parque de {park} e os miúdos dormiram às 21h 😄",
        "o percurso ninja de {park} é top, o {kid} já quer voltar amanhã",
        "Staff super simpático em {park}, explicaram as regras às crianças com paciência. Recomendo",
        "Fui eu que saltei mais que os miúdos lol. Saltora {park}, grande manhã",
    ),
    "it": (
        "Compleanno di {kid} al Saltora di {park}: animatori bravissimi, torta servita puntuale, 15 bambini felici. Grazie!",
        "Pomeriggio piovoso salvato, due ore a saltare a {park} e stasera tutti a letto presto 😂",
        "il percorso ninja di {park} è fantastico, {kid} non voleva più uscire",
        "Personale gentilissimo a {park}, hanno spiegato le regole di sicurezza ai piccoli con calma. Consigliato",
        "Ho saltato più io dei bambini ahah. Saltora {park} sempre una garanzia",
    ),
    "en": (
        "{kid}'s party at Saltora {park} was brilliant, the host kept 12 kids in line and fed. Thank you!",
        "Rainy Saturday sorted: two hours bouncing at {park} and everyone asleep by 8",
    ),
    "es": (
        "Cumple de {kid} en Saltora {park}, un exitazo. Los monitores geniales con 15 niños",
        "Tarde de lluvia salvada, dos horas saltando en {park} y a dormir pronto 😄",
    ),
    "fr": (
        "Anniversaire de {kid} chez Saltora {park}, super animatrice, 12 enfants ravis. Merci !",
        "Mercredi après-midi à {park}, les enfants ont adoré le parcours ninja",
    ),
    "de": (
        "Kindergeburtstag von {kid} bei Saltora {park}: tolle Betreuerin, 12 Kinder glücklich und müde. Danke!",
        "Regensonntag gerettet, zwei Stunden springen in {park}, alle fix und fertig 😄",
    ),
}

AGAIN = {
    "pt": (
        "Terceira festa de anos que fazemos na Saltora {park} e outra vez impecável",
        "Mais uma vez a equipa de {park} a tratar dos miúdos como se fossem deles. Sempre 5 estrelas",
        "Continuamos fãs, já vamos no segundo ano de Club e nunca houve um problema",
    ),
    "it": (
        "Terza festa di compleanno da Saltora {park} e ancora una volta tutto perfetto",
        "Di nuovo gli stessi animatori gentilissimi a {park}, sempre una certezza",
        "Ancora entusiasti dopo un anno di Club, i bambini ci andrebbero ogni giorno",
    ),
    "en": ("Third party at Saltora {park} and again spot on, same lovely host as last year",),
    "es": ("Tercera vez este año en Saltora {park} y otra vez de diez",),
    "fr": ("Encore une fois parfait à {park}, c'est la troisième fête qu'on y fait",),
    "de": (
        "Schon wieder ein super Nachmittag in {park}, dritter Geburtstag dort und immer noch begeistert",
    ),
}

GRIPE = {
    "pt": (
        "Adorámos a manhã em {park}, só o café do bar estava frio. De resto 5*",
        "Festa ótima, pena as meias antiderrapantes serem caras. Voltamos de certeza",
        "Tudo impecável em {park}, só o estacionamento é pequeno ao sábado",
    ),
    "it": (
        "Mattinata bellissima a {park}, solo gli armadietti sono pochi il sabato. Per il resto top",
        "Festa riuscitissima, peccato per la musica un po' troppo alta. Torneremo",
        "Tutto ok a {park}, solo i calzini antiscivolo costano un po' troppo",
    ),
    "en": ("Great morning at {park}, only wish the café did proper coffee. Still 5 stars",),
    "es": ("Genial en {park}, solo que las taquillas son pocas el sábado. Repetiremos",),
    "fr": ("Très bien à {park}, juste la musique un peu forte. On reviendra",),
    "de": ("Alles super in {park}, nur die Schließfächer sind samstags knapp. Kommen wieder",),
}

REVIEW = {
    "pt": (
        "Parque limpo, monitores atentos, miúdos felizes. Nada a apontar",
        "Ótimo para festas, tudo organizado pela app",
        "Vale cada euro, o percurso ninja é fantástico",
    ),
    "it": (
        "Parco pulito, animatori attenti, bambini felici",
        "Perfetto per le feste, si organizza tutto dall'app",
        "Vale ogni euro, il percorso ninja è stupendo",
    ),
    "en": ("Clean, safe and the staff actually watch the kids. Recommended",),
    "es": ("Limpio, seguro y monitores atentos. Recomendado",),
    "fr": ("Propre, sûr, animateurs attentifs. Je recommande",),
    "de": ("Sauber, sicher und aufmerksames Personal. Empfehlenswert",),
}

CHATQ = {
    "pt": (
        (
            "Boa tarde, a partir de que idade o miúdo pode saltar sozinho?",
            "Olá! A partir dos 6 anos pode saltar sem adulto na pista; até aí um adulto acompanha. Bons saltos!",
        ),
        (
            "ola posso levar bolo de casa para a festa?",
            "Olá! Pode sim, só pedimos que nos avise na reserva por causa das alergias. Obrigado!",
        ),
        (
            "As meias antiderrapantes do ano passado ainda servem?",
            "Olá! Servem sim, desde que sejam Saltora ou com sola antiderrapante. Até breve!",
        ),
        (
            "obg pela ajuda ontem, so mais uma coisa: o Club dá para 2 filhos?",
            "Olá! O Club é por criança, mas o segundo filho tem 40% de desconto. Qualquer dúvida diga!",
        ),
    ),
    "it": (
        (
            "Buongiorno, da che età i bambini possono saltare da soli?",
            "Ciao! Dai 6 anni possono saltare senza adulto in pista, prima serve un accompagnatore. Buoni salti!",
        ),
        (
            "ciao si può portare la torta da casa per la festa?",
            "Ciao! Certo, basta segnalarlo nella prenotazione per le allergie. Grazie!",
        ),
        (
            "I calzini antiscivolo dell'anno scorso vanno ancora bene?",
            "Ciao! Sì, se sono Saltora o hanno la suola antiscivolo. A presto!",
        ),
        (
            "grz x ieri, un'ultima cosa: il Club vale per 2 figli?",
            "Ciao! Il Club è per bambino, ma il secondo figlio ha il 40% di sconto. Per qualsiasi cosa siamo qui!",
        ),
    ),
    "en": (
        (
            "Hi, what age can kids jump without a grown up?",
            "Hi! From 6 they can jump on their own; younger ones need an adult on the court. Happy bouncing!",
        ),
    ),
    "es": (
        (
            "Hola, se puede llevar tarta de casa para el cumple?",
            "¡Hola! Sí, solo avísanos en la reserva por las alergias. ¡Gracias!",
        ),
    ),
    "fr": (
        (
            "Bonjour, à partir de quel âge les enfants sautent seuls ?",
            "Bonjour ! Dès 6 ans ils sautent sans adulte, avant il faut un accompagnateur. Bons sauts !",
        ),
    ),
    "de": (
        (
            "Hallo, darf man den Geburtstagskuchen selbst mitbringen?",
            "Hallo! Ja, bitte nur bei der Buchung wegen Allergien angeben. Danke!",
        ),
    ),
}

THANKS = {
    "pt": ("Obrigada!", "obg 👍", "Perfeito, obrigado", "Ótimo, obrigada pela rapidez"),
    "it": ("Grazie mille!", "grz 👍", "Perfetto, grazie", "Ottimo, grazie della velocità"),
    "en": ("Brilliant, thanks!", "cheers"),
    "es": ("¡Gracias!", "genial, gracias"),
    "fr": ("Merci !", "parfait merci"),
    "de": ("Danke!", "super, danke"),
}

MAILQ = {
    "pt": (
        (
            "Festa de anos em dezembro",
            "Bom dia,\n\nQueria saber se a festa Mega dá para 20 crianças com idades diferentes (4 a 10 anos) ou se é melhor separar. Obrigada,\n{first}",
            "Olá {first},\n\nDá perfeitamente: os mais pequenos ficam na zona mini com um monitor. Qualquer dúvida estamos aqui.\n\n{agent}, Saltora",
        ),
        (
            "Vale de oferta",
            "Olá, os vales de oferta têm validade? Comprei um no Natal passado. Cumprimentos, {first}",
            "Olá {first},\n\nOs vales valem 2 anos a partir da compra, o seu ainda está válido. Bons saltos!\n\n{agent}, Saltora",
        ),
    ),
    "it": (
        (
            "Festa di compleanno a dicembre",
            "Buongiorno,\n\nvolevo sapere se la festa Mega va bene per 20 bambini di età diverse (4-10 anni) o se conviene dividerli. Grazie,\n{first}",
            "Ciao {first},\n\nva benissimo: i più piccoli stanno nella zona mini con un animatore. Per qualsiasi dubbio siamo qui.\n\n{agent}, Saltora",
        ),
        (
            "Buono regalo",
            "Salve, i buoni regalo hanno una scadenza? Ne ho comprato uno lo scorso Natale. Saluti, {first}",
            "Ciao {first},\n\ni buoni valgono 2 anni dall'acquisto, il suo è ancora valido. Buoni salti!\n\n{agent}, Saltora",
        ),
    ),
    "en": (
        (
            "Gift card",
            "Hi, do gift cards expire? I bought one last Christmas. Thanks, {first}",
            "Hi {first},\n\nGift cards are valid for two years from purchase, so yours is fine. Happy bouncing!\n\n{agent}, Saltora",
        ),
    ),
    "es": (
        (
            "Tarjeta regalo",
            "Hola, ¿las tarjetas regalo caducan? Compré una las Navidades pasadas. Gracias, {first}",
            "Hola {first}:\n\nValen dos años desde la compra, la tuya sigue válida. ¡A saltar!\n\n{agent}, Saltora",
        ),
    ),
    "fr": (
        (
            "Carte cadeau",
            "Bonjour, les cartes cadeaux ont-elles une date limite ? J'en ai acheté une à Noël. Merci, {first}",
            "Bonjour {first},\n\nElles sont valables deux ans après l'achat, la vôtre est encore valable. Bons sauts !\n\n{agent}, Saltora",
        ),
    ),
    "de": (
        (
            "Gutschein",
            "Hallo, sind Gutscheine befristet? Ich habe letztes Weihnachten einen gekauft. Danke, {first}",
            "Hallo {first},\n\nGutscheine gelten zwei Jahre ab Kauf, Ihrer ist noch gültig. Viel Spaß beim Springen!\n\n{agent}, Saltora",
        ),
    ),
}

PHONEQ = {
    "pt": (
        (
            "sim bom dia queria saber se ao domingo de manhã o parque de {park} abre às nove ou às dez",
            "Olá {first}, como falámos ao telefone: ao domingo {park} abre às 9h30. Até breve! {agent}, Saltora",
        ),
        (
            "olá é só para perguntar se os pais também precisam de meias ou só as crianças",
            "Olá {first}, como falámos: só quem salta precisa de meias antiderrapantes. Bons saltos! {agent}, Saltora",
        ),
    ),
    "it": (
        (
            "sì buongiorno volevo sapere se la domenica mattina il parco di {park} apre alle nove o alle dieci",
            "Ciao {first}, come detto al telefono: la domenica {park} apre alle 9:30. A presto! {agent}, Saltora",
        ),
        (
            "salve solo una domanda anche i genitori devono avere i calzini o solo i bambini",
            "Ciao {first}, come detto: i calzini antiscivolo servono solo a chi salta. Buoni salti! {agent}, Saltora",
        ),
    ),
    "en": (
        (
            "hiya just wondering does the {park} park open at nine or ten on a sunday",
            "Hi {first}, as we said on the phone: {park} opens at 9:30 on Sundays. See you soon! {agent}, Saltora",
        ),
    ),
    "es": (
        (
            "hola buenos días quería saber si el parque de {park} abre a las nueve o a las diez el domingo",
            "Hola {first}, como hablamos: el domingo {park} abre a las 9:30. ¡Hasta pronto! {agent}, Saltora",
        ),
    ),
    "fr": (
        (
            "oui bonjour je voulais savoir si le parc de {park} ouvre à neuf heures ou dix heures le dimanche",
            "Bonjour {first}, comme convenu au téléphone : le dimanche {park} ouvre à 9h30. À bientôt ! {agent}, Saltora",
        ),
    ),
    "de": (
        (
            "ja hallo ich wollte fragen ob der Park in {park} sonntags um neun oder um zehn aufmacht",
            "Hallo {first}, wie am Telefon besprochen: sonntags öffnet {park} um 9:30. Bis bald! {agent}, Saltora",
        ),
    ),
}

NIGHT_POST = {
    "pt": (
        "3 da manhã, bebé acordado e eu a marcar a festa dos 5 anos do {kid} na app da Saltora. Vida de mãe",
        "Turno da noite no hospital e a única coisa que me anima é a manhã de sábado em {park} com os miúdos",
        "insónia outra vez... pelo menos já comprei o passe família da Saltora para o Natal",
    ),
    "it": (
        "Le 3 di notte, neonato sveglio e io che prenoto la festa dei 5 anni di {kid} sull'app Saltora",
        "Turno di notte in ospedale, l'unica cosa che mi tiene su è il sabato a {park} con i bimbi",
        "insonnia di nuovo... almeno ho preso il pass famiglia Saltora per Natale",
    ),
    "en": ("2am, teething baby, and I've just booked {kid}'s party at Saltora {park}. Winning",),
    "es": ("Las 3 de la mañana y yo reservando el cumple de {kid} en la app de Saltora",),
    "fr": ("3h du matin, bébé réveillé, et je réserve l'anniversaire de {kid} chez Saltora",),
    "de": ("3 Uhr nachts, Baby wach, und ich buche {kid}s Geburtstag bei Saltora",),
}

NIGHT_CHAT = {
    "pt": (
        (
            "ainda há alguém? amanhã é preciso levar a reserva impressa ou basta a app?",
            "Olá! Basta a app, mostra o código na receção. Boa noite e bons saltos!",
        ),
        (
            "Desculpem a hora, o Club renova sozinho no dia 1?",
            "Olá! Sim, renova no dia da adesão, e pode cancelar quando quiser na app. Boa noite!",
        ),
    ),
    "it": (
        (
            "c'è qualcuno? domani serve la prenotazione stampata o basta l'app?",
            "Ciao! Basta l'app, mostri il codice alla reception. Buonanotte e buoni salti!",
        ),
        (
            "Scusate l'ora, il Club si rinnova da solo il primo del mese?",
            "Ciao! Si rinnova il giorno dell'iscrizione e si può disdire quando vuole dall'app. Buonanotte!",
        ),
    ),
    "en": (
        (
            "anyone about? do I need the booking printed tomorrow or is the app fine",
            "Hi! The app is fine, just show the code at reception. Night!",
        ),
    ),
    "es": (
        (
            "¿hay alguien? mañana hace falta la reserva impresa o vale la app",
            "¡Hola! Vale con la app, enseña el código en recepción. ¡Buenas noches!",
        ),
    ),
    "fr": (
        (
            "il y a quelqu'un ? demain il faut la réservation imprimée ou l'appli suffit",
            "Bonsoir ! L'appli suffit, montrez le code à l'accueil. Bonne nuit !",
        ),
    ),
    "de": (
        (
            "ist noch wer da? brauch ich morgen die Buchung ausgedruckt oder reicht die App",
            "Hallo! Die App reicht, einfach den Code am Empfang zeigen. Gute Nacht!",
        ),
    ),
}

SURVEY_WORDS = {
    "pt": ("Excelente", "tudo ótimo", "👍", "Muito bom, obrigada", ""),
    "it": ("Ottimo", "tutto perfetto", "👍", "Bravissimi, grazie", ""),
    "en": ("Great", "👍", ""),
    "es": ("Genial", "👍", ""),
    "fr": ("Parfait", "👍", ""),
    "de": ("Super", "👍", ""),
}

# ---------------------------------------------------------------- problems

PROBLEMS = ("no_host", "double_charge", "unsafe", "refund", "wrong_price", "cancel_fee")

PROBLEM = {
    "pt": {
        "no_host": (
            "Reservámos e pagámos a festa do {kid} em {park} para as 15h e não havia monitor nem sala. 14 crianças à espera 40 minutos, ninguém sabia de nada",
            "Chegámos à festa marcada em {park} e a sala estava ocupada por outra festa, monitor nenhum. Os miúdos ficaram a olhar uns para os outros",
        ),
        "double_charge": (
            "O sinal da festa ({amount}) foi cobrado DUAS vezes no cartão",
            "Vejo dois débitos iguais de {amount} do sinal da festa, a app só mostra uma reserva",
        ),
        "unsafe": (
            "A tela do trampolim 7 em {park} estava rasgada e com molas soltas, a minha filha torceu o pé e o funcionário encolheu os ombros",
            "Trampolim com molas à vista em {park}, o {kid} magoou o tornozelo e ninguém preencheu sequer um registo",
        ),
        "refund": (
            "O parque de {park} fechou para manutenção no dia da nossa sessão e o reembolso de {amount} ainda não chegou, já lá vão TRÊS semanas",
            "Disseram que o reembolso de {amount} da sessão cancelada era em 5 dias. Três semanas depois, nada",
        ),
        "wrong_price": (
            "Sou sócia do Club e cobraram-me o preço normal, {amount} a mais",
            "Pago o Club todos os meses e na reserva de sábado fui cobrado como não sócio",
        ),
        "cancel_fee": (
            "Mudei a festa com 10 dias de antecedência e cobraram {amount} de taxa de alteração",
            "Cobraram-me {amount} por mudar a data da festa quando avisei com DEZ dias",
        ),
    },
    "it": {
        "no_host": (
            "Abbiamo prenotato e pagato la festa di {kid} a {park} per le 15 e non c'era né animatore né sala. 15 bambini ad aspettare 40 minuti, nessuno sapeva niente",
            "Arrivati alla festa prenotata a {park}, la sala era occupata da un'altra festa e animatore zero. I bambini fermi a guardarsi",
        ),
        "double_charge": (
            "L'acconto della festa ({amount}) mi è stato addebitato DUE volte sulla carta",
            "Vedo due addebiti uguali di {amount} per l'acconto della festa, l'app mostra una sola prenotazione",
        ),
        "unsafe": (
            "Il telo del trampolino 7 a {park} era strappato con le molle scoperte, mia figlia si è storta la caviglia e il ragazzo ha alzato le spalle",
            "Trampolino con le molle a vista a {park}, {kid} si è fatto male alla caviglia e nessuno ha nemmeno scritto un rapporto",
        ),
        "refund": (
            "Il parco di {park} ha chiuso per manutenzione il giorno della nostra sessione e il rimborso di {amount} non è ancora arrivato, sono TRE settimane",
            "Mi avevate detto rimborso di {amount} in 5 giorni per la sessione annullata. Tre settimane dopo, niente",
        ),
        "wrong_price": (
            "Sono socia del Club e mi avete fatto pagare il prezzo pieno, {amount} in più",
            "Pago il Club ogni mese e nella prenotazione di sabato mi avete trattato da non socio",
        ),
        "cancel_fee": (
            "Ho spostato la festa con 10 giorni di anticipo e mi avete addebitato {amount} di penale",
            "{amount} di penale per cambiare data alla festa avvisando DIECI giorni prima",
        ),
    },
    "en": {
        "no_host": (
            "We booked and paid for {kid}'s party at {park} for 3pm and there was no host and no room. 12 kids waiting 40 minutes",
        ),
        "double_charge": ("The party deposit ({amount}) has been taken TWICE from my card",),
        "unsafe": (
            "The mat on trampoline 7 at {park} was torn with springs showing, my daughter twisted her ankle and the lad just shrugged",
        ),
        "refund": (
            "{park} closed for maintenance on the day of our session and the {amount} refund still hasn't come, THREE weeks now",
        ),
        "wrong_price": ("I'm a Club member and got charged the full price, {amount} extra",),
        "cancel_fee": ("I moved the party ten days ahead and got charged a {amount} change fee",),
    },
    "es": {
        "no_host": (
            "Reservamos y pagamos el cumple de {kid} en {park} a las 15h y no había ni monitor ni sala. 14 niños esperando 40 minutos",
        ),
        "double_charge": ("La señal del cumple ({amount}) me la habéis cobrado DOS veces",),
        "unsafe": (
            "La lona del trampolín 7 en {park} estaba rota con los muelles a la vista, mi hija se torció el tobillo y el chico ni caso",
        ),
        "refund": (
            "{park} cerró por mantenimiento el día de nuestra sesión y el reembolso de {amount} sigue sin llegar, TRES semanas ya",
        ),
        "wrong_price": ("Soy socia del Club y me cobrasteis el precio normal, {amount} de más",),
        "cancel_fee": (
            "Cambié el cumple con diez días de antelación y me cobrasteis {amount} de penalización",
        ),
    },
    "fr": {
        "no_host": (
            "On avait réservé et payé l'anniversaire de {kid} à {park} pour 15h, ni animateur ni salle. 12 enfants à attendre 40 minutes",
        ),
        "double_charge": ("L'acompte de l'anniversaire ({amount}) a été prélevé DEUX fois",),
        "unsafe": (
            "La toile du trampoline 7 à {park} était déchirée, ressorts apparents, ma fille s'est tordu la cheville et personne n'a réagi",
        ),
        "refund": (
            "{park} a fermé pour maintenance le jour de notre séance et le remboursement de {amount} n'est toujours pas arrivé, TROIS semaines",
        ),
        "wrong_price": ("Je suis membre du Club et j'ai payé le plein tarif, {amount} de trop",),
        "cancel_fee": (
            "J'ai déplacé l'anniversaire dix jours avant et on m'a facturé {amount} de frais",
        ),
    },
    "de": {
        "no_host": (
            "Wir hatten den Geburtstag von {kid} in {park} für 15 Uhr gebucht und bezahlt, keine Betreuerin, kein Raum. 12 Kinder haben 40 Minuten gewartet",
        ),
        "double_charge": ("Die Anzahlung für den Geburtstag ({amount}) wurde ZWEIMAL abgebucht",),
        "unsafe": (
            "Die Matte von Trampolin 7 in {park} war gerissen, Federn lagen frei, meine Tochter hat sich den Knöchel verdreht und der Mitarbeiter zuckte nur mit den Schultern",
        ),
        "refund": (
            "{park} war am Tag unserer Session wegen Wartung zu und die Erstattung von {amount} ist nach DREI Wochen immer noch nicht da",
        ),
        "wrong_price": (
            "Ich bin Club-Mitglied und habe den vollen Preis bezahlt, {amount} zu viel",
        ),
        "cancel_fee": (
            "Ich habe den Geburtstag zehn Tage vorher verschoben und {amount} Änderungsgebühr bezahlt",
        ),
    },
}

# one or two words naming the problem, for subjects and later contacts
TOPIC = {
    "pt": {
        "no_host": "festa sem monitor",
        "double_charge": "sinal cobrado duas vezes",
        "unsafe": "trampolim danificado",
        "refund": "reembolso em falta",
        "wrong_price": "preço de sócio",
        "cancel_fee": "taxa de alteração",
    },
    "it": {
        "no_host": "festa senza animatore",
        "double_charge": "acconto addebitato due volte",
        "unsafe": "trampolino danneggiato",
        "refund": "rimborso mancante",
        "wrong_price": "prezzo soci",
        "cancel_fee": "penale cambio data",
    },
    "en": {
        "no_host": "party with no host",
        "double_charge": "deposit taken twice",
        "unsafe": "damaged trampoline",
        "refund": "missing refund",
        "wrong_price": "member price",
        "cancel_fee": "change fee",
    },
    "es": {
        "no_host": "cumple sin monitor",
        "double_charge": "señal cobrada dos veces",
        "unsafe": "trampolín roto",
        "refund": "reembolso pendiente",
        "wrong_price": "precio de socio",
        "cancel_fee": "penalización por cambio",
    },
    "fr": {
        "no_host": "anniversaire sans animateur",
        "double_charge": "acompte prélevé deux fois",
        "unsafe": "trampoline abîmé",
        "refund": "remboursement manquant",
        "wrong_price": "tarif membre",
        "cancel_fee": "frais de modification",
    },
    "de": {
        "no_host": "Geburtstag ohne Betreuung",
        "double_charge": "Anzahlung doppelt abgebucht",
        "unsafe": "beschädigtes Trampolin",
        "refund": "fehlende Erstattung",
        "wrong_price": "Mitgliederpreis",
        "cancel_fee": "Änderungsgebühr",
    },
}

# the wrappers around a problem sentence {p}; {t} is its topic
COMPLAINT_SUBJECT = {
    "pt": ("Reclamação: {t}", "RECLAMAÇÃO - {t}", "{t}!!"),
    "it": ("Reclamo: {t}", "RECLAMO - {t}", "{t}!!"),
    "en": ("Complaint: {t}",),
    "es": ("Reclamación: {t}",),
    "fr": ("Réclamation : {t}",),
    "de": ("Beschwerde: {t}",),
}

EMAIL_BAD = {
    "pt": (
        "Boa tarde,\n\n{p}. Isto não é admissível. Quero uma resposta hoje.\n\n{first}",
        "{p}.\nJá liguei e ninguém atende. Resolvam isto por favor.\n{first}",
        "Exmos. Senhores,\n\n{p}. Aguardo esclarecimento e a devolução do que é devido.\n\nCumprimentos,\n{first}",
    ),
    "it": (
        "Buonasera,\n\n{p}. Non è accettabile. Voglio una risposta oggi.\n\n{first}",
        "{p}.\nHo chiamato e non risponde nessuno. Sistemate per favore.\n{first}",
        "Spett.le Saltora,\n\n{p}. Attendo chiarimenti e la restituzione di quanto dovuto.\n\nCordiali saluti,\n{first}",
    ),
    "en": ("Hi,\n\n{p}. Not acceptable. I want this sorted today.\n\n{first}",),
    "es": ("Hola,\n\n{p}. Esto no puede ser. Quiero una solución hoy.\n\n{first}",),
    "fr": ("Bonjour,\n\n{p}. C'est inadmissible. J'attends une réponse aujourd'hui.\n\n{first}",),
    "de": ("Guten Tag,\n\n{p}. Das geht so nicht. Ich erwarte heute eine Antwort.\n\n{first}",),
}

LONG_EMAIL = {
    "pt": (
        "Bom dia,\n\nescrevo-vos da sala de espera do centro de saúde, onde estou com a minha mãe que anda com a tensão alta, por isso desculpem se isto sair desorganizado. Somos clientes há três anos, já fizemos lá duas festas e sempre gostámos. Mas desta vez não. {p}. Eu trabalho por turnos, tirei o dia para isto, e tive de explicar a crianças de 7 anos porque é que não havia festa. Já nem falo do dinheiro. Queria saber o que aconteceu e o que vão fazer.\n\nCom os melhores cumprimentos,\n{first}",
        "Olá,\n\nestou a escrever do carro, à porta do treino de futebol do mais velho, entre uma chamada do trabalho e outra, porque se não for agora não é nunca. Temos o Club desde o ano passado e sempre recomendei a toda a gente da escola. {p}. Tenho a casa em obras, a cozinha sem bancada há um mês, e não tenho tempo nem paciência para andar atrás disto. Por favor respondam-me por escrito.\n\nObrigada,\n{first}",
    ),
    "it": (
        "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, con il piccolo in braccio, quindi scusate se sono un po' confusa. Siamo clienti da tre anni, abbiamo fatto da voi due feste e ci siamo sempre trovati bene. Questa volta no. {p}. Io lavoro a turni in farmacia, avevo preso il giorno apposta, e ho dovuto spiegare a bambini di 7 anni perché la festa non c'era. Per non parlare dei soldi. Vorrei sapere cosa è successo e cosa intendete fare.\n\nCordiali saluti,\n{first}",
        "Salve,\n\nscrivo dalla macchina, fuori dalla piscina del più grande, tra una telefonata di lavoro e l'altra, perché se non lo faccio adesso non lo faccio più. Abbiamo il Club dall'anno scorso e vi ho sempre consigliato a tutti i genitori della classe. {p}. Ho la casa in ristrutturazione, la cucina senza piano da un mese, e non ho né tempo né pazienza per rincorrere questa cosa. Vi prego di rispondermi per iscritto.\n\nGrazie,\n{first}",
    ),
}

CHAT_BAD = {
    "pt": (
        "{p}. Quero falar com alguém JÁ",
        "Olá. {p}. Como é que resolvem isto?",
        "{p}!!! inacreditável",
    ),
    "it": (
        "{p}. Voglio parlare con qualcuno SUBITO",
        "Salve. {p}. Come risolvete?",
        "{p}!!! incredibile",
    ),
    "en": ("{p}. I want to speak to someone NOW",),
    "es": ("{p}. Quiero hablar con alguien YA",),
    "fr": ("{p}. Je veux parler à quelqu'un MAINTENANT",),
    "de": ("{p}. Ich will SOFORT mit jemandem sprechen",),
}

SOCIAL_BAD = {
    "pt": ("{p}. Obrigadinha Saltora 😡", "Saltora {park}: {p}. Vergonha", "{p}. Nunca mais"),
    "it": ("{p}. Grazie tante Saltora 😡", "Saltora {park}: {p}. Vergogna", "{p}. Mai più"),
    "en": ("{p}. Cheers Saltora 😡",),
    "es": ("{p}. Gracias por nada Saltora 😡",),
    "fr": ("{p}. Merci Saltora 😡",),
    "de": ("{p}. Danke für nichts, Saltora 😡",),
}

FORM_BAD = {
    "pt": ("{p}. Peço resposta urgente.", "Assunto: {t}. {p}. Aguardo contacto."),
    "it": ("{p}. Chiedo risposta urgente.", "Oggetto: {t}. {p}. Attendo contatto."),
    "en": ("{p}. Please get back to me urgently.",),
    "es": ("{p}. Pido respuesta urgente.",),
    "fr": ("{p}. Merci de me répondre rapidement.",),
    "de": ("{p}. Bitte um dringende Rückmeldung.",),
}

PHONE_BAD = {
    "pt": ("sim olá estou a ligar porque {p} e isto não pode ser quero que me resolvam isto hoje",),
    "it": ("sì pronto chiamo perché {p} e non va bene voglio che me lo risolviate oggi",),
    "en": ("yeah hi I'm calling because {p} and it's not on I want it sorted today",),
    "es": ("sí hola llamo porque {p} y esto no puede ser quiero que me lo solucionéis hoy",),
    "fr": (
        "oui bonjour j'appelle parce que {p} et ça ne va pas je veux que ce soit réglé aujourd'hui",
    ),
    "de": (
        "ja hallo ich rufe an weil {p} und das geht so nicht ich will dass das heute geklärt wird",
    ),
}

# ---------------------------------------------------------------- agents

CASE_OPENED = {
    "pt": (
        "Re: {t} - Pedido {case}",
        "Olá {first},\n\nlamentamos muito. Abrimos o pedido {case} e a equipa do parque vai analisar hoje mesmo. Damos notícias em breve.\n\n{agent}, Apoio Saltora",
    ),
    "it": (
        "R: {t} - Segnalazione {case}",
        "Ciao {first},\n\nci dispiace molto. Abbiamo aperto la segnalazione {case} e il parco la esaminerà oggi stesso. Ti aggiorniamo presto.\n\n{agent}, Assistenza Saltora",
    ),
    "en": (
        "Re: {t} - Your case {case}",
        "Hi {first},\n\nreally sorry about this. We've opened case {case} and the park team will look at it today. We'll be in touch shortly.\n\n{agent}, Saltora Support",
    ),
    "es": (
        "RE: {t} - Incidencia {case}",
        "Hola {first}:\n\nlo sentimos mucho. Hemos abierto la incidencia {case} y el parque la revisa hoy. Te escribimos pronto.\n\n{agent}, Atención Saltora",
    ),
    "fr": (
        "RE : {t} - Demande {case}",
        "Bonjour {first},\n\nnous sommes désolés. Nous avons ouvert la demande {case}, le parc l'examine aujourd'hui. Nous revenons vers vous rapidement.\n\n{agent}, Service client Saltora",
    ),
    "de": (
        "AW: {t} - Vorgang {case}",
        "Hallo {first},\n\ndas tut uns sehr leid. Wir haben den Vorgang {case} angelegt, der Park prüft ihn heute noch. Wir melden uns bald.\n\n{agent}, Saltora Kundenservice",
    ),
}

CHAT_CASE = {
    "pt": "Lamento imenso, {first}. Abri o pedido {case} e passei já ao responsável do parque. Damos notícias por e-mail.",
    "it": "Mi dispiace moltissimo, {first}. Ho aperto la segnalazione {case} e l'ho passata al responsabile del parco. Ti aggiorniamo via e-mail.",
    "en": "I'm so sorry, {first}. I've opened case {case} and passed it to the park manager. We'll update you by e-mail.",
    "es": "Lo siento mucho, {first}. He abierto la incidencia {case} y se la he pasado al responsable del parque. Te escribimos por e-mail.",
    "fr": "Je suis vraiment désolée, {first}. J'ai ouvert la demande {case} et l'ai transmise au responsable du parc. Nous vous écrivons par e-mail.",
    "de": "Das tut mir sehr leid, {first}. Ich habe den Vorgang {case} angelegt und an die Parkleitung gegeben. Wir melden uns per E-Mail.",
}

GOOD_NEWS = {
    "pt": (
        "Pedido {case}: boas notícias",
        "Olá {first},\n\nboas notícias sobre o pedido {case}: tratámos do assunto e o valor foi regularizado (ou a festa remarcada sem custos, como preferir). Pode confirmar-nos que ficou tudo bem?\n\n{agent}, Apoio Saltora",
    ),
    "it": (
        "Segnalazione {case}: buone notizie",
        "Ciao {first},\n\nbuone notizie sulla segnalazione {case}: abbiamo sistemato e l'importo è stato regolarizzato (o la festa riprogrammata gratis, come preferisci). Ci confermi che è tutto a posto?\n\n{agent}, Assistenza Saltora",
    ),
    "en": (
        "Case {case}: good news",
        "Hi {first},\n\ngood news on case {case}: it's sorted and the amount has been put right (or the party rebooked free, as you prefer). Could you confirm all is well?\n\n{agent}, Saltora Support",
    ),
    "es": (
        "Incidencia {case}: buenas noticias",
        "Hola {first}:\n\nbuenas noticias sobre la incidencia {case}: está resuelta y el importe regularizado. ¿Nos confirmas que todo bien?\n\n{agent}, Atención Saltora",
    ),
    "fr": (
        "Demande {case} : bonne nouvelle",
        "Bonjour {first},\n\nbonne nouvelle pour la demande {case} : c'est réglé et le montant a été régularisé. Pouvez-vous nous confirmer que tout est en ordre ?\n\n{agent}, Service client Saltora",
    ),
    "de": (
        "Vorgang {case}: gute Nachrichten",
        "Hallo {first},\n\ngute Nachrichten zu Vorgang {case}: erledigt, der Betrag wurde korrigiert. Können Sie kurz bestätigen, dass alles passt?\n\n{agent}, Saltora Kundenservice",
    ),
}

CONFIRM = {
    "pt": (
        "Confirmo, pedido {case} resolvido. Obrigada",
        "Sim, já recebi, o {case} está ok. Obg pela rapidez",
    ),
    "it": (
        "Confermo, segnalazione {case} risolta. Grazie",
        "Sì, ricevuto, la {case} è a posto. Grz per la velocità",
    ),
    "en": ("Confirmed, case {case} is sorted. Thanks",),
    "es": ("Confirmado, incidencia {case} resuelta. Gracias",),
    "fr": ("Je confirme, demande {case} réglée. Merci",),
    "de": ("Bestätige, Vorgang {case} ist erledigt. Danke",),
}

APOLOGY = {
    "pt": (
        "Peço desculpa pelo tom de ontem, estava mesmo nervosa com a festa. Obrigada por terem resolvido",
        "desculpem a forma como escrevi ontem, não era nada convosco pessoalmente",
    ),
    "it": (
        "Scusate per il tono di ieri, ero davvero agitata per la festa. Grazie per aver risolto",
        "scusate come ho scritto ieri, non ce l'avevo con voi personalmente",
    ),
    "en": (
        "Sorry for my tone yesterday, I was really wound up about the party. Thanks for sorting it",
    ),
    "es": (
        "Perdón por el tono de ayer, estaba muy nerviosa con el cumple. Gracias por solucionarlo",
    ),
    "fr": ("Désolée pour mon ton d'hier, j'étais vraiment à bout. Merci d'avoir réglé ça",),
    "de": ("Entschuldigung für meinen Ton gestern, ich war echt geladen. Danke fürs Klären",),
}

QUALITY_LEAD = {
    "pt": (
        "Pedido {case}",
        "Olá {first},\n\no seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta à hora de almoço.\n\n{agent}, Apoio Saltora",
    ),
    "it": (
        "Segnalazione {case}",
        "Ciao {first},\n\nla tua segnalazione {case} è ora in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo.\n\n{agent}, Assistenza Saltora",
    ),
    "en": (
        "Your case {case}",
        "Hi {first},\n\nyour case {case} is now with our quality lead, who will call you before Friday lunchtime.\n\n{agent}, Saltora Support",
    ),
    "es": (
        "Incidencia {case}",
        "Hola {first}:\n\ntu incidencia {case} la lleva ahora nuestra responsable de calidad, que te llamará antes del viernes a mediodía.\n\n{agent}, Atención Saltora",
    ),
    "fr": (
        "Demande {case}",
        "Bonjour {first},\n\nvotre demande {case} est maintenant suivie par notre responsable qualité, qui vous appellera avant vendredi midi.\n\n{agent}, Service client Saltora",
    ),
    "de": (
        "Vorgang {case}",
        "Hallo {first},\n\nIhr Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie vor Freitagmittag anruft.\n\n{agent}, Saltora Kundenservice",
    ),
}

URGENT_CHAT = {
    "pt": "Acrescentei ao pedido {case} e marquei como urgente. Peço desculpa pela demora.",
    "it": "Ho aggiunto tutto alla segnalazione {case} e l'ho segnata come urgente. Scusi il ritardo.",
    "en": "I've added this to case {case} and marked it urgent. Sorry for the wait.",
    "es": "Lo he añadido a la incidencia {case} y la he marcado como urgente. Perdona la espera.",
    "fr": "J'ai ajouté cela à la demande {case} et l'ai marquée urgente. Désolée pour l'attente.",
    "de": "Ich habe das zu Vorgang {case} hinzugefügt und als dringend markiert. Sorry für die Wartezeit.",
}

# a later contact on the same open case: {case}, {t} (topic), {p} (the problem again)
STILL_OPEN = {
    "pt": (
        "Pedido {case}: continua tudo por resolver. {p}. Ninguém me disse nada",
        "Volto a escrever sobre o {case} ({t}). Continua sem solução",
        "outra vez eu, {case}, {t}. AINDA nada",
    ),
    "it": (
        "Segnalazione {case}: è ancora tutto fermo. {p}. Nessuno mi ha detto niente",
        "Riscrivo per la {case} ({t}). Ancora nessuna soluzione",
        "di nuovo io, {case}, {t}. ANCORA niente",
    ),
    "en": ("Case {case}: still not sorted. {p}. Nobody has told me anything",),
    "es": ("Incidencia {case}: sigue sin resolver. {p}. Nadie me ha dicho nada",),
    "fr": ("Demande {case} : toujours rien de réglé. {p}. Personne ne m'a rien dit",),
    "de": ("Vorgang {case}: immer noch nicht erledigt. {p}. Niemand hat sich gemeldet",),
}

THIRD = {
    "pt": (
        "Terceira vez que escrevo sobre o {case}. Uma colega leva os filhos à {comp} e lá resolvem isto no próprio dia",
        "Terceiro contacto, {case}. Já fui ver os preços da {comp}",
    ),
    "it": (
        "Terza volta che scrivo per la {case}. Una collega porta i figli da {comp} e lì risolvono in giornata",
        "Terzo contatto, {case}. Ho già guardato i prezzi di {comp}",
    ),
    "en": (
        "Third time about case {case}. A friend takes her kids to {comp} and they sort this the same day",
    ),
    "es": (
        "Tercera vez que escribo por la {case}. Una compañera lleva a sus hijos a {comp} y allí lo arreglan en el día",
    ),
    "fr": (
        "Troisième fois pour la demande {case}. Une collègue va chez {comp} et eux règlent ça dans la journée",
    ),
    "de": (
        "Zum dritten Mal wegen {case}. Eine Kollegin geht mit ihren Kindern zu {comp}, die klären sowas am selben Tag",
    ),
}

FOURTH = {
    "pt": "QUARTA vez. Pedido {case}, {t}. Alguém lê estas mensagens?",
    "it": "QUARTA volta. Segnalazione {case}, {t}. Qualcuno legge questi messaggi?",
    "en": "FOURTH time. Case {case}, {t}. Does anyone read these?",
    "es": "CUARTA vez. Incidencia {case}, {t}. ¿Alguien lee esto?",
    "fr": "QUATRIÈME fois. Demande {case}, {t}. Quelqu'un lit ces messages ?",
    "de": "VIERTES Mal. Vorgang {case}, {t}. Liest das überhaupt jemand?",
}

NPS_LOW_WORDS = {
    "pt": ("Péssimo", "desiludida", "", "não recomendo"),
    "it": ("Pessimo", "delusa", "", "non consiglio"),
    "en": ("Poor", ""),
    "es": ("Fatal", ""),
    "fr": ("Décevant", ""),
    "de": ("Enttäuschend", ""),
}

CSAT_LOW_WORDS = {
    "pt": ("mau", ""),
    "it": ("male", ""),
    "en": ("bad", ""),
    "es": ("mal", ""),
    "fr": ("mauvais", ""),
    "de": ("schlecht", ""),
}

# ---------------------------------------------------------------- slide, leavers, grumpy

SLIDE = {
    "pt": (
        "Hoje em {park} a fila para entrar era de 35 minutos com reserva feita. Estranho",
        "As meias novas que comprámos lá rasgaram à primeira. E o bar sem água fresca",
        "Festa boa mas a monitora passou metade do tempo ao telemóvel. Não é o costume",
        "Mudaram as regras: agora os pais pagam 5 € para entrar a ver. A sério?",
        "Cobraram {amount} de 'limpeza' porque um miúdo entornou um sumo. Temos fotos da mesa limpa. FARTA",
        "A minha cunhada leva os filhos à {comp}, já marquei lá o próximo sábado",
    ),
    "it": (
        "Oggi a {park} 35 minuti di coda per entrare con prenotazione. Strano",
        "I calzini nuovi comprati lì si sono bucati al primo utilizzo. E al bar niente acqua fresca",
        "Festa carina ma l'animatrice metà del tempo al telefono. Non è da voi",
        "Regole nuove: ora i genitori pagano 5 € per entrare a guardare. Davvero?",
        "{amount} di 'pulizia' perché un bambino ha rovesciato un succo. Abbiamo le foto del tavolo pulito. BASTA",
        "Mia cognata porta i figli da {comp}, ho già prenotato lì per sabato prossimo",
    ),
    "en": (
        "35 minute queue at {park} today with a booking. Odd",
        "The new socks we bought there ripped first time. And no cold water at the café",
        "Party OK but the host was on her phone half the time. Not like you",
        "New rule: parents pay £4 to come in and watch. Really?",
        "Charged {amount} 'cleaning' because a kid spilt a juice. We have photos of the clean table. DONE",
        "My sister-in-law takes hers to {comp}, I've booked there for next Saturday",
    ),
    "es": (
        "Hoy en {park} 35 minutos de cola para entrar con reserva. Raro",
        "Los calcetines nuevos se rompieron a la primera. Y en el bar sin agua fría",
        "Cumple bien pero la monitora medio rato con el móvil. No es lo normal",
        "Nueva norma: los padres pagan 5 € por entrar a mirar. ¿En serio?",
        "{amount} de 'limpieza' porque un niño tiró un zumo. Tenemos fotos de la mesa limpia. HARTA",
        "Mi cuñada lleva a los suyos a {comp}, ya he reservado allí para el sábado",
    ),
    "fr": (
        "35 minutes de queue à {park} aujourd'hui avec réservation. Bizarre",
        "Les chaussettes neuves achetées là-bas trouées dès la première fois",
        "Anniversaire correct mais l'animatrice sur son téléphone la moitié du temps",
        "Nouvelle règle : les parents paient 5 € pour regarder. Sérieux ?",
        "{amount} de 'nettoyage' pour un jus renversé. On a les photos de la table propre. MARRE",
        "Ma belle-sœur va chez {comp}, j'ai réservé là-bas pour samedi",
    ),
    "de": (
        "35 Minuten Schlange in {park} heute, trotz Buchung. Komisch",
        "Die neuen Socken von dort gleich beim ersten Mal kaputt",
        "Geburtstag ok, aber die Betreuerin die halbe Zeit am Handy",
        "Neue Regel: Eltern zahlen 5 € fürs Zuschauen. Echt jetzt?",
        "{amount} 'Reinigung' weil ein Kind Saft verschüttet hat. Wir haben Fotos vom sauberen Tisch. REICHT",
        "Meine Schwägerin geht mit ihren Kindern zu {comp}, hab dort für Samstag gebucht",
    ),
}

LEAVE = {
    "pt": (
        (
            "Cancelar Club",
            "Olá,\n\nos miúdos já estão crescidos e agora só querem futebol, por isso quero cancelar o Saltora Club e fechar a conta. Obrigada por estes anos.\n\n{first}",
        ),
        (
            "Cancelamento",
            "Boa tarde,\n\nvamos mudar-nos para os Açores e não há parque perto. Quero cancelar o Club e encerrar a conta.\n\n{first}",
        ),
    ),
    "it": (
        (
            "Disdetta Club",
            "Buongiorno,\n\ni ragazzi sono cresciuti e ora vogliono solo il calcio, quindi vorrei disdire il Saltora Club e chiudere l'account. Grazie di questi anni.\n\n{first}",
        ),
        (
            "Disdetta",
            "Salve,\n\nci trasferiamo in Sardegna e non c'è un parco vicino. Vorrei disdire il Club e chiudere l'account.\n\n{first}",
        ),
    ),
    "en": (
        (
            "Cancel Club",
            "Hi,\n\nwe've put a big trampoline in the garden, so I'd like to cancel Saltora Club and close the account. Thanks for everything.\n\n{first}",
        ),
    ),
    "es": (
        (
            "Baja Club",
            "Hola:\n\nnos mudamos a un pueblo sin parque cerca, quiero dar de baja el Club y cerrar la cuenta.\n\n{first}",
        ),
    ),
    "fr": (
        (
            "Résiliation Club",
            "Bonjour,\n\nles enfants ont grandi et ne veulent plus y aller, je souhaite résilier le Club et fermer le compte.\n\n{first}",
        ),
    ),
    "de": (
        (
            "Kündigung Club",
            "Hallo,\n\nwir haben jetzt ein großes Trampolin im Garten, ich möchte den Club kündigen und das Konto schließen.\n\n{first}",
        ),
    ),
}

SORRY_GO = {
    "pt": "Olá {first},\n\ntemos pena de a ver partir. Pode cancelar o Club diretamente na app ou no site, em Conta > Club. Obrigado por estes anos!\n\n{agent}, Apoio Saltora",
    "it": "Ciao {first},\n\nci dispiace vederti andare via. Puoi disdire il Club direttamente dall'app o dal sito, in Account > Club. Grazie di questi anni!\n\n{agent}, Assistenza Saltora",
    "en": "Hi {first},\n\nsorry to see you go. You can cancel Club yourself in the app or on the website, under Account > Club. Thanks for everything!\n\n{agent}, Saltora Support",
    "es": "Hola {first}:\n\nsentimos que te vayas. Puedes dar de baja el Club en la app o en la web, en Cuenta > Club. ¡Gracias!\n\n{agent}, Atención Saltora",
    "fr": "Bonjour {first},\n\ndommage de vous voir partir. Vous pouvez résilier le Club dans l'appli ou sur le site, Compte > Club. Merci !\n\n{agent}, Service client Saltora",
    "de": "Hallo {first},\n\nschade, dass Sie gehen. Sie können den Club selbst in der App oder auf der Website kündigen, unter Konto > Club. Danke!\n\n{agent}, Saltora Kundenservice",
}

GRUMPY = {
    "pt": (
        "A app pede o login sempre que a abro. Sempre.",
        "Mensagem 'a sua sessão começa em 1 hora' às 7 da manhã de domingo. Obrigadinha",
        "Fila de 20 minutos para os cacifos ao sábado, como sempre",
        "Os cacifos continuam com metade das chaves partidas",
        "Música aos berros na zona mini, os bebés a chorar",
        "Estacionamento de {park} cheio outra vez, dei três voltas",
        "Mudaram o horário de sábado e ninguém avisa nada",
    ),
    "it": (
        "L'app chiede il login ogni volta che la apro. Ogni volta.",
        "Messaggio 'la tua sessione inizia tra 1 ora' alle 7 di domenica mattina. Grazie eh",
        "Coda di 20 minuti per gli armadietti il sabato, come sempre",
        "Gli armadietti hanno ancora metà delle chiavi rotte",
        "Musica a palla nella zona mini, i piccoli piangono",
        "Parcheggio di {park} pieno di nuovo, tre giri",
        "Cambiato l'orario del sabato e nessuno avvisa",
    ),
    "en": (
        "App asks me to log in every single time.",
        "Locker queue 20 minutes on a Saturday as usual",
        "Music blaring in the toddler zone again",
        "{park} car park full again",
        "Changed Saturday hours and told nobody",
    ),
    "es": (
        "La app me pide el login cada vez que la abro.",
        "20 minutos de cola para las taquillas el sábado, como siempre",
        "Música a tope en la zona mini otra vez",
        "Parking de {park} lleno otra vez",
        "Cambian el horario del sábado y no avisan",
    ),
    "fr": (
        "L'appli me redemande de me connecter à chaque fois.",
        "20 minutes de queue aux casiers le samedi, comme d'hab",
        "Musique à fond dans l'espace mini encore",
        "Parking de {park} plein encore",
        "Horaires du samedi changés sans prévenir",
    ),
    "de": (
        "Die App will jedes Mal einen neuen Login.",
        "20 Minuten Schlange an den Schließfächern, wie jeden Samstag",
        "Musik im Kleinkindbereich wieder viel zu laut",
        "Parkplatz in {park} schon wieder voll",
        "Samstagszeiten geändert, ohne Bescheid zu sagen",
    ),
}

SARCASM = {
    "pt": (
        "Adorei pagar 6 € por meias que duraram uma hora. Grande negócio 👏",
        "Festa às 15h, monitor às 15h25. Pontualidade Saltora 😂",
    ),
    "it": (
        "Che bello pagare 6 € per calzini durati un'ora. Affarone 👏",
        "Festa alle 15, animatore alle 15:25. Puntualità Saltora 😂",
    ),
    "en": ("Love paying £5 for socks that last an hour. Bargain 👏",),
    "es": ("Qué bien pagar 6 € por unos calcetines que duran una hora. Chollazo 👏",),
    "fr": ("Trop bien, 6 € les chaussettes qui tiennent une heure. Super affaire 👏",),
    "de": ("Toll, 6 € für Socken, die eine Stunde halten. Schnäppchen 👏",),
}

MILD = {
    "pt": (
        (
            "a app mostra o horário do parque de Lisboa quando escolho {park}, é normal?",
            "Olá! Obrigado pelo aviso, é um erro no filtro da app, já reportámos. O horário certo está no site.",
        ),
        (
            "Os lembretes chegam-me em inglês, tenho a app em português",
            "Olá! Lamentamos, vamos corrigir. Entretanto pode escolher o idioma em Conta > Preferências.",
        ),
    ),
    "it": (
        (
            "l'app mi mostra gli orari del parco di Milano quando scelgo {park}, è normale?",
            "Ciao! Grazie della segnalazione, è un errore nel filtro dell'app, l'abbiamo già segnalato. L'orario giusto è sul sito.",
        ),
        (
            "I promemoria mi arrivano in inglese, ho l'app in italiano",
            "Ciao! Ci scusiamo, lo correggiamo. Intanto puoi scegliere la lingua in Account > Preferenze.",
        ),
    ),
    "en": (
        (
            "app shows the Leeds opening hours when I pick {park}, is that right?",
            "Hi! Thanks for flagging, it's a filter bug we've reported. The right hours are on the website.",
        ),
    ),
    "es": (
        (
            "La app me enseña el horario de Madrid cuando elijo {park}",
            "¡Hola! Gracias por avisar, es un fallo del filtro, ya está reportado. El horario correcto está en la web.",
        ),
    ),
    "fr": (
        (
            "Les rappels arrivent en anglais alors que l'appli est en français",
            "Bonjour ! Désolés, on corrige. En attendant, la langue se choisit dans Compte > Préférences.",
        ),
    ),
    "de": (
        (
            "Die Erinnerungen kommen auf Englisch, obwohl die App auf Deutsch ist",
            "Hallo! Sorry, wird korrigiert. Bis dahin können Sie die Sprache unter Konto > Einstellungen wählen.",
        ),
    ),
}

FORM_ACK = {
    "pt": (
        "Re: a sua mensagem",
        "Olá {first}, obrigado pela mensagem, já passámos à equipa da app. {agent}, Apoio Saltora",
    ),
    "it": (
        "R: il tuo messaggio",
        "Ciao {first}, grazie del messaggio, l'abbiamo passato al team dell'app. {agent}, Assistenza Saltora",
    ),
    "en": (
        "Re: your message",
        "Hi {first}, thanks for the message, we've passed it to the app team. {agent}, Saltora Support",
    ),
    "es": (
        "RE: tu mensaje",
        "Hola {first}, gracias por el mensaje, lo hemos pasado al equipo de la app. {agent}, Atención Saltora",
    ),
    "fr": (
        "RE : votre message",
        "Bonjour {first}, merci du message, transmis à l'équipe de l'appli. {agent}, Service client Saltora",
    ),
    "de": (
        "AW: Ihre Nachricht",
        "Hallo {first}, danke für die Nachricht, ist an das App-Team weitergegeben. {agent}, Saltora Kundenservice",
    ),
}

# ---------------------------------------------------------------- the spike (Saturday 14 November 2026)

SPIKE_CODE = "WB-05X"
SPIKE_TOPIC = "trampoline-park sessions booked in the app cut to five minutes: wristbands run out and children are sent off the trampolines, error WB-05X"

SPIKE = {
    "pt": (
        "Pagámos 90 minutos e ao fim de 5 a pulseira apitou vermelha e mandaram os miúdos sair dos trampolins. A app diz 'Sessão terminada' erro WB-05X. Estão a gozar?",
        "{park} agora: TODAS as sessões marcadas pela app acabam aos 5 minutos, pulseira vermelha, erro WB-05X. Crianças a chorar na receção",
        "erro WB-05X na app, sessão de 60 min acabou em 5 minutos e o monitor tirou o {kid} da pista. o que se passa??",
        "Saltora {park}: pulseiras a ficarem vermelhas aos 5 minutos, staff diz que é do sistema. Código WB-05X. Paguei 18,50 por isto",
        "A app mostra 'Sessão terminada - WB-05X' 5 minutos depois de entrarmos. Fila enorme de pais na receção",
        "bom dia, reservei 60 min para 2 filhos, passados 5 min as pulseiras acabaram e tiveram de sair. erro WB-05X",
    ),
    "it": (
        "Pagato 90 minuti, dopo 5 il braccialetto ha suonato rosso e hanno fatto scendere i bambini dai trampolini. L'app dice 'Sessione terminata' errore WB-05X. Scherziamo?",
        "{park} adesso: TUTTE le sessioni prenotate dall'app finiscono dopo 5 minuti, braccialetto rosso, errore WB-05X. Bambini in lacrime alla reception",
        "errore WB-05X sull'app, sessione da 60 min finita in 5 e l'animatore ha fatto uscire {kid} dalla pista. che succede??",
        "Saltora {park}: braccialetti rossi dopo 5 minuti, lo staff dice che è il sistema. Codice WB-05X. Pagato 18,50 per questo",
        "L'app mostra 'Sessione terminata - WB-05X' 5 minuti dopo l'ingresso. Coda di genitori alla reception",
        "buongiorno, prenotato 60 min per 2 figli, dopo 5 minuti i braccialetti sono scaduti e sono dovuti uscire. errore WB-05X",
    ),
    "en": (
        "Paid for 90 minutes, after 5 the wristband beeped red and they made the kids get off. App says 'Session ended' error WB-05X. Seriously?",
        "{park} right now: every app booking ends after 5 minutes, red wristbands, WB-05X. Kids crying at reception",
    ),
    "es": (
        "Pagamos 90 minutos y a los 5 la pulsera pitó en rojo y bajaron a los niños de las camas elásticas. La app dice 'Sesión terminada' error WB-05X",
        "{park} ahora mismo: TODAS las sesiones de la app acaban a los 5 minutos, error WB-05X. Niños llorando en recepción",
    ),
    "fr": (
        "Payé 90 minutes, au bout de 5 le bracelet a bipé rouge et on a fait descendre les enfants. L'appli affiche 'Séance terminée' erreur WB-05X",
        "{park} en ce moment : toutes les séances réservées par l'appli s'arrêtent au bout de 5 minutes, erreur WB-05X",
    ),
    "de": (
        "90 Minuten bezahlt, nach 5 hat das Armband rot gepiept und die Kinder mussten runter. App zeigt 'Session beendet' Fehler WB-05X",
        "{park} gerade: ALLE App-Buchungen enden nach 5 Minuten, rotes Armband, Fehler WB-05X. Kinder weinen am Empfang",
    ),
}

SPIKE_SUBJECT = {
    "pt": "Sessão terminada aos 5 minutos - WB-05X",
    "it": "Sessione finita dopo 5 minuti - WB-05X",
    "en": "Session ended after 5 minutes - WB-05X",
    "es": "Sesión terminada a los 5 minutos - WB-05X",
    "fr": "Séance terminée après 5 minutes - WB-05X",
    "de": "Session nach 5 Minuten beendet - WB-05X",
}

SPIKE_CHAT_ANSWER = {
    "pt": "Sim, neste momento as sessões marcadas pela app estão a terminar aos 5 minutos em todos os parques. A equipa técnica já está a tratar. Pedimos imensa desculpa.",
    "it": "Sì, in questo momento le sessioni prenotate dall'app finiscono dopo 5 minuti in tutti i parchi. I tecnici ci stanno lavorando. Ci scusiamo tantissimo.",
    "en": "Yes, sessions booked in the app are ending after 5 minutes at every park right now. Our engineers are on it. We're so sorry.",
    "es": "Sí, ahora mismo las sesiones de la app terminan a los 5 minutos en todos los parques. El equipo técnico está en ello. Lo sentimos mucho.",
    "fr": "Oui, en ce moment les séances réservées par l'appli s'arrêtent après 5 minutes dans tous les parcs. Nos techniciens s'en occupent. Toutes nos excuses.",
    "de": "Ja, gerade enden in allen Parks die per App gebuchten Sessions nach 5 Minuten. Unsere Technik ist dran. Es tut uns sehr leid.",
}

SPIKE_AGAIN = {
    "pt": (
        "Continua! Voltámos a entrar com nova pulseira e 5 minutos depois outra vez vermelha, WB-05X",
        "ainda WB-05X, tentei marcar pela app do meu marido e igual, 5 minutos e fora",
        "Já é a segunda pulseira que fica vermelha, WB-05X outra vez. Alguém me explica?",
    ),
    "it": (
        "Ancora! Rientrati con un braccialetto nuovo e dopo 5 minuti di nuovo rosso, WB-05X",
        "sempre WB-05X, provato a prenotare dall'app di mio marito, uguale, 5 minuti e fuori",
        "Secondo braccialetto e di nuovo rosso, ancora WB-05X. Qualcuno mi spiega?",
    ),
    "en": ("Still happening, new wristband and red again after 5 minutes, WB-05X",),
    "es": ("Sigue pasando, pulsera nueva y a los 5 minutos otra vez roja, WB-05X",),
    "fr": ("Toujours WB-05X, nouveau bracelet et encore rouge après 5 minutes",),
    "de": ("Immer noch WB-05X, neues Armband und nach 5 Minuten wieder rot",),
}

WORKS_AGAIN = {
    "pt": (
        "Sessões de hoje - WB-05X",
        "Olá {first},\n\nas sessões marcadas pela app voltaram a durar o tempo certo desde as 11h40. A sessão de hoje foi reembolsada e oferecemos uma sessão de 90 minutos ({credit}) na sua conta. Pedimos desculpa aos miúdos!\n\n{agent}, Apoio Saltora",
    ),
    "it": (
        "Sessioni di oggi - WB-05X",
        "Ciao {first},\n\nle sessioni prenotate dall'app durano di nuovo il tempo giusto dalle 12:40. La sessione di oggi è rimborsata e ti abbiamo regalato una sessione da 90 minuti ({credit}) sul tuo account. Scusaci con i bambini!\n\n{agent}, Assistenza Saltora",
    ),
    "en": (
        "Today's sessions - WB-05X",
        "Hi {first},\n\nsessions booked in the app run their full length again since {fixed}. Today's session is refunded and we've added a free 90-minute session ({credit}) to your account. Sorry to the kids!\n\n{agent}, Saltora Support",
    ),
    "es": (
        "Sesiones de hoy - WB-05X",
        "Hola {first}:\n\nlas sesiones de la app vuelven a durar lo que deben desde las 12:40. Te devolvemos la de hoy y te regalamos una sesión de 90 minutos ({credit}). ¡Perdón a los peques!\n\n{agent}, Atención Saltora",
    ),
    "fr": (
        "Séances d'aujourd'hui - WB-05X",
        "Bonjour {first},\n\nles séances réservées par l'appli durent de nouveau le temps prévu depuis 12h40. La séance d'aujourd'hui est remboursée et une séance de 90 minutes ({credit}) est offerte sur votre compte. Toutes nos excuses aux enfants !\n\n{agent}, Service client Saltora",
    ),
    "de": (
        "Heutige Sessions - WB-05X",
        "Hallo {first},\n\nper App gebuchte Sessions laufen seit 12:40 Uhr wieder in voller Länge. Die heutige Session ist erstattet und eine 90-Minuten-Session ({credit}) ist Ihrem Konto gutgeschrieben. Entschuldigung an die Kinder!\n\n{agent}, Saltora Kundenservice",
    ),
}

LONE_Q = {
    "pt": (
        "Olá, no sábado passado o contador da sessão na app saltou de 60 para 59 e depois para 55 de repente, mas a sessão durou a hora toda. Amanhã vai correr bem?",
        "Olá! O contador da app só atualiza de tempos a tempos, a pulseira é que conta e a sessão dura sempre o tempo todo. Bons saltos amanhã!",
    ),
    "it": (
        "Ciao, sabato scorso il contatore della sessione nell'app è saltato da 60 a 59 e poi a 55 di colpo, però la sessione è durata tutta l'ora. Domani andrà bene?",
        "Ciao! Il contatore dell'app si aggiorna ogni tanto, conta il braccialetto e la sessione dura sempre tutto il tempo. Buoni salti domani!",
    ),
}

TS_GRUMBLE = {
    "pt": (
        "A tabela de tamanhos das meias desapareceu da app, como sei que número levo?",
        "Olá! Obrigado, já reportámos. Tamanho S até ao 30, M do 31 ao 38, L a partir do 39.",
    ),
    "it": (
        "La tabella taglie dei calzini è sparita dall'app, come faccio a sapere che misura prendere?",
        "Ciao! Grazie, l'abbiamo segnalato. Taglia S fino al 30, M dal 31 al 38, L dal 39.",
    ),
}
