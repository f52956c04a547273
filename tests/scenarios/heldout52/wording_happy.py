# ruff: noqa: E501
"""Happy wording for heldout52: praise, questions, bookings, surveys, night posts.

Hand-written for this set. Placeholders are filled by ``make_heldout52.py``:
{town}, {stylist}, {first}, {last}, {agent}, and the gender endings {o}
(Italian, Spanish, Portuguese: o/a) and {e} (French: empty or e).
"""

from __future__ import annotations

BRAND = "Tagliora"
CLUB = "Tagliora Club"
COMPETITORS = ("Pettinix", "Frisalto")

LANGS = ("de", "it", "en", "fr", "es", "pt")

# Services and shop items: (label, price in euros, page). Labels are English /
# Italian whatever the market, as the booking system writes them.
PRODUCTS = [
    ("Cut & blow-dry / Taglio e piega", 58, "/book/cut-blowdry"),
    ("Men's cut / Taglio uomo", 32, "/book/mens-cut"),
    ("Men's cut + beard / Taglio uomo + barba", 45, "/book/mens-cut-beard"),
    ("Full colour / Colore completo", 89, "/book/colour"),
    ("Balayage / Balayage", 149, "/book/balayage"),
    ("Highlights, half head / Colpi di sole, mezza testa", 95, "/book/highlights"),
    ("Kids' cut / Taglio bambini", 22, "/book/kids"),
    ("Blow-dry / Piega", 29, "/book/blowdry"),
    ("Keratin smoothing / Trattamento alla cheratina", 179, "/book/keratin"),
    ("Updo trial / Prova acconciatura", 29, "/book/updo-trial"),
    ("Repair mask 250 ml / Maschera riparatrice 250 ml", 24, "/shop/repair-mask"),
    ("Argan hair oil 100 ml / Olio di argan 100 ml", 19, "/shop/argan-oil"),
    ("Gift voucher / Buono regalo", 50, "/shop/gift-voucher"),
]

PAGES = [
    "/salons/finder",
    "/book",
    "/club",
    "/shop",
    "/offers",
    "/stylists",
    "/inspiration/colour",
    "/inspiration/short-cuts",
    "/my-appointments",
    "/help/deposit",
    "/help/cancel-or-move",
    "/gift-vouchers",
]

REVIEW_PAGES = ["/salons/reviews", "/shop/repair-mask/reviews", "/shop/argan-oil/reviews"]

STYLISTS = {
    "de": ["Jana", "Mehmet", "Steffi", "Luca", "Katrin", "Nico", "Bianca", "Dragana"],
    "it": ["Vale", "Ilaria", "Samuele", "Debora", "Marco", "Chiara", "Gianni", "Sonia"],
    "en": ["Becky", "Aoife", "Tom", "Priya", "Callum"],
    "fr": ["Léa", "Karim", "Manon", "Sébastien", "Inès"],
    "es": ["Nerea", "Álex", "Rocío", "Javi"],
    "pt": ["Inês", "Tiago", "Marta", "Rui"],
}

AGENTS = {
    "de": ["Svenja", "Tobias", "Melanie", "Jonas"],
    "it": ["Giulia", "Andrea", "Federica", "Matteo"],
    "en": ["Hannah", "Declan"],
    "fr": ["Camille", "Hugo"],
    "es": ["Lucía", "Pablo"],
    "pt": ["Beatriz", "Miguel"],
}

SIGN = {
    "de": "{agent}, Tagliora Kundenservice",
    "it": "{agent}, Servizio clienti Tagliora",
    "en": "{agent}, Tagliora customer care",
    "fr": "{agent}, service client Tagliora",
    "es": "{agent}, atención al cliente de Tagliora",
    "pt": "{agent}, apoio ao cliente Tagliora",
}

WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

# Praise posts (social mentions and community posts).
PRAISE = {
    "de": [
        "Frisch aus dem Salon in {town} und ich könnte heulen vor Freude 😍 {stylist} hat endlich kapiert, was ich mit 'nur die Spitzen' meine. Danke Tagliora!",
        "Samstag früh spontan über die App noch nen Termin bekommen, um 9 auf dem Stuhl, um 10 beim Brunch. So muss das laufen, Tagliora {town} 👍",
        "Mein Sohn (6) hasst Haareschneiden. Heute hat er {stylist} beim Rausgehen gewunken. Keine Ahnung wie ihr das macht bei Tagliora, aber bitte genau so weiter",
        "Nach zwei Jahren rauswachsen lassen endlich wieder Balayage und es sieht natürlich aus und nicht nach Zebra. Riesenlob ans Team in {town}!",
        "Vorm Vorstellungsgespräch noch schnell Bart und Nacken bei Tagliora. 20 Minuten, sitzt. Den Job hab ich übrigens 😎",
        "Meine Oma (89) wollte 'einmal im Leben' Strähnchen. {stylist} hat sich eine Stunde Zeit genommen und ihr Kaffee gebracht. Sie erzählt es jedem im Heim. Danke Tagliora {town} ❤️",
    ],
    "it": [
        "Uscita ora dal salone di {town} e mi sento un'altra persona ✨ {stylist} coi ricci fa magie, finalmente qualcuno che non me li stira. Grazie Tagliora!",
        "Prenotato ieri sera dall'app, stamattina alle 8:30 ero già sulla poltrona. Piega perfetta per la laurea di mia nipote. Tagliora {town} sempre top",
        "Mio marito non ci voleva andare 'tanto è uguale ovunque'. È tornato col taglio più bello degli ultimi dieci anni e adesso chiede lui quando torniamo 😂 Tagliora",
        "Colore nuovo, castano caldo, e per la prima volta non mi ritrovo la fronte e le orecchie macchiate. Grazie {stylist}, grazie Tagliora",
        "Tagliora {town}: ambiente tranquillo, caffè buono, e il taglio dopo sei settimane sta ancora in piedi. Cosa volere di più",
        "Mia figlia voleva la frangia 'come la cantante'. {stylist} le ha spiegato con pazienza perché coi suoi capelli non sta su, e le ha fatto una cosa ancora più carina. Lei felicissima. Tagliora 🙌",
    ],
    "en": [
        "Walked into Tagliora {town} looking like a hedge, walked out looking like I have my life together. {stylist} you absolute star",
        "Booked at 7am on the app, in the chair by 9, at my sister's engagement party by 12 with hair I didn't have to apologise for. Cheers Tagliora",
        "First barber in years who asked how I actually wear my hair before picking up the clippers. Tagliora {town}, I'm converted",
    ],
    "fr": [
        "Sorti{e} du salon Tagliora de {town} et je n'arrête pas de me regarder dans les vitrines 😅 {stylist} a enfin compris mes cheveux ondulés. Merci !",
        "Réservé le matin même sur l'appli, coupe impeccable à midi, retour au bureau à 13h. Tagliora {town}, vous êtes mes héros",
    ],
    "es": [
        "Salgo de Tagliora {town} y parezco otra persona. {stylist} me ha hecho el corte que llevaba meses guardando en capturas de pantalla 😍",
        "Mi hijo odia la peluquería y hoy ha salido diciendo que quiere volver. No sé qué le habéis dado, Tagliora, pero gracias",
    ],
    "pt": [
        "Saí agora da Tagliora em {town} e estou apaixonad{o} pelo corte. {stylist} percebeu logo o que eu queria, sem eu ter de explicar três vezes",
        "Marquei pela app às 8h, às 10h estava sentad{o} e ao meio-dia no casamento da minha prima com o cabelo perfeito. Obrigad{o} Tagliora!",
    ],
}

# Good things said to recur ("again", "third time", "every time").
PRAISE_AGAIN = {
    "de": [
        "Zum dritten Mal bei {stylist} und zum dritten Mal genau der Schnitt, den ich wollte. Tagliora {town}, ihr habt mich.",
        "Wieder mal im Stau gestanden, wieder mal den Termin in der App eine halbe Stunde nach hinten geschoben, wieder mal kein Problem. Danke Tagliora {town}",
        "Jeden Monat dasselbe Ritual: Club-Föhnen am Freitag und raus mit Wochenendlaune. Tagliora, ich bleib euch treu",
    ],
    "it": [
        "Terza volta da {stylist} e terza volta che esco esattamente come volevo. Tagliora {town}, mi avete conquistat{o}.",
        "Di nuovo in ritardo per colpa del treno, di nuovo spostato l'appuntamento dall'app all'ultimo, di nuovo nessun problema. Grazie Tagliora",
        "Ogni venerdì la piega del Club e il weekend parte bene. Anche questa settimana, Tagliora {town} non sbaglia un colpo",
    ],
    "en": [
        "Third cut with {stylist} at Tagliora {town} and third time it's exactly what I asked for. Not changing now",
        "Once again ran late, once again moved my slot in the app from the bus, once again no fuss. Tagliora you get me",
    ],
    "fr": [
        "Troisième fois chez {stylist} et troisième fois que je ressors exactement comme je voulais. Tagliora {town}, je reste !",
    ],
    "es": [
        "Tercera vez con {stylist} en Tagliora {town} y otra vez exactamente lo que pedí. Ya no me cambio",
    ],
    "pt": [
        "Terceira vez com {stylist} e outra vez exatamente o corte que pedi. Tagliora {town}, já não saio daqui",
    ],
}

# Praise with a small gripe.
PRAISE_GRIPE = {
    "de": [
        "Schnitt super, {stylist} top, nur der Kaffee aus dem Automaten ist echt ne Zumutung 😅 Sonst alles bestens bei Tagliora {town}",
        "Farbe genau wie auf dem Foto. Einziger Minuspunkt: die Erinnerungs-SMS kam erst eine Stunde vorher. Ansonsten gern wieder, Tagliora",
        "Tolles Ergebnis, aber die Parkplatzsuche in {town} ist ein Albtraum. Dafür könnt ihr nix, Tagliora, aber vielleicht ein Tipp auf der Website?",
    ],
    "it": [
        "Taglio perfetto e tutti gentilissimi con me, unico neo la musica un po' alta. Per il resto Tagliora {town} promossa",
        "Colore bellissimo, però 20 minuti di attesa col colore in testa e nessuno che passava. Detto questo torno, Tagliora",
        "Tutto ottimo, solo che il phon della postazione 3 fa un rumore da aereo 😅 Tagliora {town} comunque sempre la mia scelta",
    ],
    "en": [
        "Great cut, lovely team at Tagliora {town}. Only gripe: the card machine took three goes. Still coming back",
    ],
    "fr": [
        "Super coupe chez Tagliora {town}, seul bémol : le rappel SMS arrive la veille à 23h. Sinon parfait",
    ],
    "es": [
        "Corte genial en Tagliora {town}, pero la música estaba altísima. Aun así, repetiré",
    ],
    "pt": [
        "Corte impecável na Tagliora {town}, só o café da máquina é que é fraquinho 😅 de resto tudo ótimo",
    ],
}

# Reviews: (rating, text).
REVIEWS = {
    "de": [
        (
            5,
            "Pünktlich dran, ehrliche Beratung (sie hat mir vom Blondieren abgeraten und hatte recht), sauberer Schnitt. Gerne wieder.",
        ),
        (
            5,
            "Herrenschnitt mit Bart für unter 50 Euro und ohne Wartezeit. Mehr muss ich nicht sagen.",
        ),
        (
            4,
            "Schöner Salon, freundliches Team. Ein Stern Abzug, weil der Föhn so laut war, dass ich {stylist} kaum verstanden hab.",
        ),
        (
            5,
            "Die Reparaturmaske riecht nicht nach Chemie und meine Spitzen sind nach zwei Wochen deutlich weicher. Kauf ich nach.",
        ),
    ],
    "it": [
        (
            5,
            "Puntuali, consulenza onesta (mi hanno sconsigliato la decolorazione e avevano ragione), taglio pulito. Tornerò.",
        ),
        (
            5,
            "L'olio di argan non unge e profuma di buono. Ne basta pochissimo. Riordinato due volte.",
        ),
        (
            4,
            "Salone accogliente e personale cordiale. Tolgo una stella per l'attesa alla cassa, ma il taglio era perfetto.",
        ),
    ],
    "en": [
        (
            5,
            "On time, honest advice, and a fade that still looks sharp two weeks on. Will book again.",
        ),
        (
            4,
            "Lovely cut and friendly staff, knocked a star off because parking nearby is impossible.",
        ),
    ],
    "fr": [
        (5, "Accueil adorable, conseils honnêtes et une couleur qui tient. Je recommande."),
    ],
    "es": [
        (5, "Puntuales, buen consejo y un corte que aguanta. Volveré seguro."),
    ],
    "pt": [
        (5, "Pontuais, simpáticos e o corte aguenta bem. Recomendo."),
    ],
}

# Chat questions with the agent's answer.
CHAT_Q = {
    "de": [
        (
            "Hallo, darf ich beim Kinderhaarschnitt mit im Raum bleiben? Meine Kleine ist 3",
            "Hallo! Na klar, Eltern bleiben immer dabei, und bei den Kleinen nehmen wir uns etwas mehr Zeit. Soll ich das bei deinem Termin vermerken?",
        ),
        (
            "Kann ich meinen Gutschein auch im Shop einlösen oder nur für Termine?",
            "Beides geht: im Shop gibst du den Code im Warenkorb ein, im Salon zeigst du ihn einfach an der Kasse.",
        ),
        (
            "Wie lange vorher muss ich absagen, damit ich die Anzahlung zurückbekomme?",
            "Bis 24 Stunden vor dem Termin ist die Absage in der App kostenlos, die Anzahlung geht automatisch zurück, meistens in 2-3 Werktagen.",
        ),
        (
            "Macht ihr auch Hochsteckfrisuren für Hochzeiten? Meine Schwester heiratet bald 🙈",
            "Ja, in {town} haben wir zwei Kolleginnen, die darauf spezialisiert sind. Am besten buchst du vorher ein Probestecken, das dauert etwa 45 Minuten.",
        ),
        (
            "gibts bei euch auch termine nach 19 uhr? ich arbeite bis 18:30",
            "Donnerstags und freitags hat der Salon in {town} bis 21 Uhr offen, der letzte Termin ist um 20 Uhr.",
        ),
    ],
    "it": [
        (
            "Buongiorno, posso portare il cane in salone? È piccolo e sta in borsa",
            "Buongiorno! I cani piccoli in borsa o in braccio sono i benvenuti, basta avvisare alla reception.",
        ),
        (
            "Il buono regalo che mi hanno fatto vale anche per i prodotti dello shop?",
            "Sì, vale sia per gli appuntamenti sia per lo shop online: inserisci il codice nel carrello.",
        ),
        (
            "Ciao, quanto tempo prima devo disdire per riavere l'acconto?",
            "Ciao! Fino a 24 ore prima la disdetta dall'app è gratuita e l'acconto torna in automatico, di solito in 2-3 giorni lavorativi.",
        ),
        (
            "Fate anche acconciature da sposa con prova a casa?",
            "La prova si fa in salone a {town}, il giorno del matrimonio invece una collega può venire a casa. Ti mando il listino?",
        ),
        (
            "ma il sabato pomeriggio siete aperti? sul sito non si capisce",
            "Sì, a {town} il sabato siamo aperti fino alle 19, l'ultimo appuntamento è alle 18.",
        ),
    ],
    "en": [
        (
            "Hi, can I bring my own hair colour photo to show the stylist? Not sure how to describe it",
            "Absolutely, photos help a lot. You can also add them to your booking in the app under 'Notes'.",
        ),
        (
            "Do you do skin fades at the {town} salon or just classic cuts?",
            "Yes, fades are on the menu in {town}, pick 'Men's cut' and mention it in the notes.",
        ),
    ],
    "fr": [
        (
            "Bonjour, est-ce que je peux venir avec ma fille de 4 ans pendant ma coupe ?",
            "Bonjour ! Oui bien sûr, nous avons un petit coin jeux dans le salon de {town}.",
        ),
        (
            "Le bon cadeau marche aussi sur la boutique en ligne ?",
            "Oui, il suffit d'entrer le code dans le panier.",
        ),
    ],
    "es": [
        (
            "Hola, ¿puedo cambiar la cita de mañana a por la tarde sin pagar nada?",
            "¡Hola! Sí, hasta 24 horas antes es gratis, y por esta vez te lo cambio yo. Te he puesto a las 17:30.",
        ),
        (
            "¿El bono regalo vale también para la tienda online?",
            "Sí, vale para citas y para la tienda: mete el código en el carrito.",
        ),
    ],
    "pt": [
        (
            "Olá, posso levar o meu filho de 5 anos comigo enquanto corto o cabelo?",
            "Olá! Claro, temos um cantinho para crianças no salão de {town}.",
        ),
        (
            "O vale de oferta também dá para a loja online?",
            "Sim, dá para marcações e para a loja: basta pôr o código no carrinho.",
        ),
    ],
}

THANKS = {
    "de": [
        "Super, danke!",
        "Perfekt, vielen Dank 🙏",
        "ok danke dir",
        "Top, dann buch ich gleich",
        "Danke, das hilft mir sehr",
    ],
    "it": [
        "Perfetto grazie!",
        "Gentilissimi, grazie 🙏",
        "ok grazie mille",
        "Ottimo, allora prenoto",
        "grz!",
    ],
    "en": ["Brilliant, thanks!", "cheers", "Perfect, thank you"],
    "fr": ["Merci beaucoup !", "Super merci", "ok merci bcp"],
    "es": ["¡Genial, gracias!", "vale, gracias", "Perfecto 🙏"],
    "pt": ["Obrigad{o}!", "Ótimo, obg", "Perfeito, muito obrigad{o}"],
}

# E-mail questions: (subject, body, answer body).
MAIL_Q = {
    "de": [
        (
            "Frage zum Club",
            "Hallo,\nich überlege, in den Tagliora Club zu gehen. Gilt das Föhnen auch in anderen Städten? Ich bin beruflich oft in Köln.\nGruß {first}",
            "Hallo {first},\n\ndanke für Ihre Frage! Ja, die Club-Vorteile gelten in allen Tagliora-Salons, also auch in Köln. Das Föhnen buchen Sie in der App unter 'Club'.\n\nViele Grüße\n{sign}",
        ),
        (
            "Allergie gegen Haarfarbe?",
            "Guten Tag,\nich hatte vor Jahren eine Reaktion auf eine Haarfarbe (Kopfhaut rot und juckend). Kann man bei Ihnen vorher einen Test machen?\nDanke und viele Grüße\n{first} {last}",
            "Guten Tag {first} {last},\n\ndas empfehlen wir sogar: Der Verträglichkeitstest ist kostenlos, dauert fünf Minuten und sollte 48 Stunden vor dem Färbetermin sein. Sie können ihn in der App als eigenen Termin buchen.\n\nFreundliche Grüße\n{sign}",
        ),
        (
            "Rechnung für Arbeitgeber",
            "Hallo,\nmein Arbeitgeber übernimmt einmal im Jahr einen Friseurbesuch (Kundenkontakt). Kann ich eine Rechnung mit Firmenadresse bekommen?\nLG {first}",
            "Hallo {first},\n\nja, gerne. In der App finden Sie unter 'Meine Termine' bei jedem Termin 'Rechnung', dort können Sie eine Firmenadresse eintragen.\n\nViele Grüße\n{sign}",
        ),
    ],
    "it": [
        (
            "Domanda sul Club",
            "Buongiorno,\nvorrei iscrivermi al Tagliora Club. La piega inclusa vale anche nei saloni di altre città? Per lavoro sono spesso a Torino.\nGrazie, {first}",
            "Buongiorno {first},\n\ngrazie per la domanda! Sì, i vantaggi del Club valgono in tutti i saloni Tagliora, anche a Torino. La piega si prenota dall'app, alla voce 'Club'.\n\nCordiali saluti\n{sign}",
        ),
        (
            "Test allergia colore",
            "Salve,\nanni fa ho avuto una reazione a una tinta (cute arrossata). Da voi si può fare un test prima?\nGrazie\n{first} {last}",
            "Gentile {first} {last},\n\nanzi, lo consigliamo: il test di tollerabilità è gratuito, dura cinque minuti e va fatto 48 ore prima del colore. Lo trova nell'app come appuntamento a sé.\n\nCordiali saluti\n{sign}",
        ),
        (
            "Fattura per la ditta",
            "Buongiorno,\nla mia azienda mi rimborsa il parrucchiere per gli eventi con i clienti. Potete intestare la fattura alla ditta?\nSaluti, {first}",
            "Buongiorno {first},\n\ncerto. Nell'app, in 'I miei appuntamenti', accanto a ogni appuntamento trova 'Fattura': lì può inserire i dati dell'azienda.\n\nCordiali saluti\n{sign}",
        ),
    ],
    "en": [
        (
            "Club question",
            "Hi,\nthinking of joining the Club. Does the free blow-dry work in other cities? I'm in Manchester for work a lot.\nThanks, {first}",
            "Hi {first},\n\nthanks for asking! Yes, Club benefits work in every Tagliora salon. Book the blow-dry in the app under 'Club'.\n\nBest wishes\n{sign}",
        ),
    ],
    "fr": [
        (
            "Question sur le Club",
            "Bonjour,\nle brushing offert du Club marche aussi dans les autres villes ? Je suis souvent à Lyon pour le travail.\nMerci, {first}",
            "Bonjour {first},\n\nmerci pour votre question ! Oui, les avantages du Club valent dans tous les salons Tagliora. Le brushing se réserve dans l'appli, rubrique « Club ».\n\nBien cordialement,\n{sign}",
        ),
    ],
    "es": [
        (
            "Pregunta sobre el Club",
            "Hola,\n¿el peinado gratis del Club vale en otras ciudades? Viajo mucho a Valencia por trabajo.\nGracias, {first}",
            "Hola {first}:\n\n¡gracias por escribirnos! Sí, las ventajas del Club valen en todos los salones Tagliora. El peinado se reserva en la app, en 'Club'.\n\nUn saludo,\n{sign}",
        ),
    ],
    "pt": [
        (
            "Dúvida sobre o Club",
            "Olá,\no brushing do Club também dá noutras cidades? Vou muito ao Porto em trabalho.\nObrigad{o}, {first}",
            "Olá {first},\n\nobrigado pela pergunta! Sim, as vantagens do Club valem em todos os salões Tagliora. O brushing marca-se na app, em 'Club'.\n\nCumprimentos,\n{sign}",
        ),
    ],
}

# Phone questions: (transcript, follow-up subject, follow-up body). The
# transcripts are speech to text: no punctuation.
CALL_Q = {
    "de": [
        (
            "ja hallo hier ist {first} {last} ich wollte fragen ob ich meinen Termin am Samstag auf meine Mutter übertragen kann die braucht den dringender als ich",
            "Ihr Termin am Samstag",
            "Hallo {first} {last},\n\nwie am Telefon besprochen haben wir den Termin am Samstag auf Ihre Mutter umgeschrieben. Die Anzahlung bleibt bestehen.\n\nViele Grüße\n{sign}",
        ),
        (
            "guten Tag ich hab einen Gutschein zum Geburtstag bekommen aber der Code geht in der App nicht ich glaub ich tipp den falsch ab können Sie mal schauen",
            "Ihr Gutschein",
            "Hallo {first} {last},\n\ndanke für Ihren Anruf. Der Gutschein ist jetzt Ihrem Konto gutgeschrieben (es war ein O statt einer Null). Sie sehen ihn in der App unter 'Guthaben'.\n\nViele Grüße\n{sign}",
        ),
        (
            "hallo ähm ich hab eine Frage meine Tochter hat Locken und wir suchen jemanden der sich damit auskennt gibt es in {town} jemanden für Locken",
            "Lockenspezialistin in {town}",
            "Hallo {first} {last},\n\nwie versprochen: In {town} schneidet {stylist} am liebsten Locken. In der App können Sie {stylist} unter 'Stylisten' direkt auswählen.\n\nViele Grüße\n{sign}",
        ),
    ],
    "it": [
        (
            "pronto buongiorno sono {first} {last} volevo sapere se posso cedere il mio appuntamento di sabato a mia madre perché lei ne ha più bisogno di me",
            "Il suo appuntamento di sabato",
            "Gentile {first} {last},\n\ncome d'accordo al telefono abbiamo intestato l'appuntamento di sabato a sua madre. L'acconto resta valido.\n\nCordiali saluti\n{sign}",
        ),
        (
            "sì buongiorno mi hanno regalato un buono ma il codice nell'app non va forse sbaglio io a scriverlo può controllare",
            "Il suo buono regalo",
            "Gentile {first} {last},\n\ngrazie della telefonata. Il buono è ora caricato sul suo account (c'era una O al posto dello zero). Lo vede nell'app in 'Credito'.\n\nCordiali saluti\n{sign}",
        ),
        (
            "salve volevo chiedere se a {town} c'è qualcuno bravo con i capelli ricci perché mia figlia li ha ricci e nessuno li sa tagliare",
            "Taglio per capelli ricci a {town}",
            "Gentile {first} {last},\n\ncome promesso: a {town} i ricci li segue {stylist}. Nell'app può scegliere {stylist} direttamente, alla voce 'Stylist'.\n\nCordiali saluti\n{sign}",
        ),
    ],
    "en": [
        (
            "hi yeah it's {first} {last} I wanted to ask can I give my Saturday appointment to my mum she needs it more than me to be honest",
            "Your Saturday appointment",
            "Hi {first} {last},\n\nas we said on the phone, Saturday's appointment is now in your mum's name. The deposit stays as it is.\n\nBest wishes\n{sign}",
        ),
    ],
    "fr": [
        (
            "oui bonjour c'est {first} {last} je voulais savoir si je peux donner mon rendez-vous de samedi à ma mère elle en a plus besoin que moi",
            "Votre rendez-vous de samedi",
            "Bonjour {first} {last},\n\ncomme convenu au téléphone, le rendez-vous de samedi est maintenant au nom de votre mère. L'acompte reste valable.\n\nBien cordialement,\n{sign}",
        ),
    ],
    "es": [
        (
            "hola buenas soy {first} {last} quería saber si puedo pasarle mi cita del sábado a mi madre que la necesita más que yo",
            "Tu cita del sábado",
            "Hola {first}:\n\ncomo hablamos por teléfono, la cita del sábado ya está a nombre de tu madre. La señal se mantiene.\n\nUn saludo,\n{sign}",
        ),
    ],
    "pt": [
        (
            "olá bom dia fala {first} {last} queria saber se posso passar a minha marcação de sábado para a minha mãe que precisa mais do que eu",
            "A sua marcação de sábado",
            "Olá {first} {last},\n\ncomo combinámos ao telefone, a marcação de sábado está agora em nome da sua mãe. O sinal mantém-se.\n\nCumprimentos,\n{sign}",
        ),
    ],
}

# Words left with a happy survey answer (or nothing, chosen in the generator).
SURVEY_WORDS = {
    "de": {
        "nps": ["Immer wieder gern", "👍", "Top Team", "Weiter so!"],
        "csat": ["Alles gut", "Sehr nett", "😊"],
        "ces": ["Ging schnell", "Einfach", "easy"],
    },
    "it": {
        "nps": ["Sempre bene", "👍", "Bravissimi", "Continuate così"],
        "csat": ["Tutto ok", "Gentili", "😊"],
        "ces": ["Velocissimo", "Facile", "Nessun problema"],
    },
    "en": {
        "nps": ["Love it", "👍", "Great team"],
        "csat": ["All good", "😊"],
        "ces": ["Quick", "Easy"],
    },
    "fr": {
        "nps": ["Top", "👍", "Équipe adorable"],
        "csat": ["Parfait", "😊"],
        "ces": ["Rapide", "Facile"],
    },
    "es": {
        "nps": ["Genial", "👍", "Muy majos"],
        "csat": ["Todo bien", "😊"],
        "ces": ["Rápido", "Fácil"],
    },
    "pt": {
        "nps": ["Adoro", "👍", "Equipa top"],
        "csat": ["Tudo ótimo", "😊"],
        "ces": ["Rápido", "Fácil"],
    },
}

# Night posts (22-04 UTC).
NIGHT_POST = {
    "de": [
        "Mitten in der Nacht, das Baby schläft endlich, und ich buch mir heimlich ein Föhnen für Freitag. Ein bisschen Mensch sein 🥲 Tagliora",
        "Nachtschicht fast rum, morgen um 11 zu {stylist}. Das Einzige, worauf ich mich diese Woche freu. Tagliora",
        "Kann nicht schlafen und scroll durch die Balayage-Fotos von Tagliora. Gefährlich. Sehr gefährlich.",
        "Gerade spontan beschlossen: der Pony muss weg. Termin für morgen früh in {town} ist gebucht, bevor ichs mir anders überlege. Tagliora",
    ],
    "it": [
        "Notte fonda e il piccolo finalmente dorme. Ne approfitto per prenotarmi una piega per venerdì. Un po' di umanità 🥲 Tagliora",
        "Fine turno in pronto soccorso, domani alle 11 ho {stylist}. L'unica cosa bella della settimana. Tagliora",
        "Insonnia + foto dei balayage di Tagliora = decisione presa nel cuore della notte. Domani prenoto",
        "Ho appena deciso che la frangia se ne va. Prenotato a {town} per domattina prima di ripensarci. Tagliora",
    ],
    "en": [
        "Middle of the night, baby finally asleep, sneakily booking myself a blow-dry for Friday. Tagliora you're my self care",
        "Can't sleep, scrolling Tagliora's colour inspiration page. This will end in a balayage",
    ],
    "fr": [
        "En pleine nuit, le bébé dort enfin, je me réserve un brushing pour vendredi en cachette. Merci Tagliora de me rendre un peu humain{e} 🥲",
        "Insomnie + photos de balayage sur l'appli Tagliora = décision prise. Je réserve demain",
    ],
    "es": [
        "En plena noche, el bebé por fin dormido y yo reservando un peinado para el viernes a escondidas. Gracias Tagliora",
        "Sin poder dormir y mirando mechas en la app de Tagliora. Esto acaba en cita, lo sé",
    ],
    "pt": [
        "A meio da noite, o bebé finalmente a dormir e eu a marcar um brushing para sexta às escondidas. Obrigad{o} Tagliora",
        "Insónia e fotos de madeixas na app da Tagliora. Isto vai acabar em marcação",
    ],
}

# Night chat questions with the agent's answer.
NIGHT_CHAT = {
    "de": [
        (
            "Hallo, ist noch jemand da? Kann ich jetzt noch für morgen früh buchen oder ist das zu kurzfristig?",
            "Hallo, ja! Solange in der App ein Zeitfenster frei ist, kannst du es auch nachts buchen. In {town} sind morgen um 8:30 und 9:15 noch frei.",
        ),
        (
            "Hab mich beim Termin vertippt, 7:30 statt 17:30 🙈 kann ich das noch ändern ohne Gebühr?",
            "Kein Problem, ich hab dir 17:30 eingetragen. Die Anzahlung bleibt, es kostet nichts extra.",
        ),
        (
            "Noch wach? Ich weiß nicht ob ich für Strähnchen Mittel- oder Langhaar wählen soll, gehen bis zur Schulter",
            "Ich bin da 🙂 Bis zur Schulter ist Mittellang. Wenn's am Ende mehr Arbeit ist, sagt dir {stylist} das vorher.",
        ),
    ],
    "it": [
        (
            "Ciao, c'è qualcuno? Posso ancora prenotare per domattina o è troppo tardi?",
            "Ciao, sì! Finché nell'app c'è uno slot libero puoi prenotare anche di notte. A {town} domattina ci sono ancora le 8:30 e le 9:15.",
        ),
        (
            "Ho sbagliato orario, ho messo 7:30 invece di 17:30 🙈 posso cambiare senza pagare?",
            "Nessun problema, ti ho spostat{o} alle 17:30. L'acconto resta quello.",
        ),
        (
            "Sveglia anche tu? Per i colpi di sole devo scegliere capelli medi o lunghi? Arrivano alle spalle",
            "Sono qui 🙂 Alle spalle sono medi. Se dovesse servire più lavoro, {stylist} te lo dice prima.",
        ),
    ],
    "en": [
        (
            "Anyone there? Can I still book for first thing tomorrow?",
            "Hi! Yes, if there's a slot in the app you can book it any time. {town} has 8:30 and 9:15 free tomorrow.",
        ),
    ],
    "fr": [
        (
            "Bonsoir, quelqu'un ? Je peux encore réserver pour demain matin ?",
            "Bonsoir ! Oui, tant qu'un créneau est libre dans l'appli. À {town}, il reste 8h30 et 9h15 demain.",
        ),
    ],
    "es": [
        (
            "¿Hay alguien? ¿Puedo reservar todavía para mañana a primera hora?",
            "¡Hola! Sí, mientras haya hueco en la app puedes reservar a cualquier hora. En {town} quedan las 8:30 y las 9:15.",
        ),
    ],
    "pt": [
        (
            "Está alguém aí? Ainda dá para marcar para amanhã de manhã?",
            "Olá! Sim, enquanto houver vaga na app pode marcar a qualquer hora. Em {town} ainda há 8:30 e 9:15.",
        ),
    ],
}

# Mild grumbles, once, in chat (with the answer) or in a web form (with the
# acknowledging e-mail's subject and body): quiet_hours and topic_spike.
MILD_CHAT = {
    "de": [
        (
            "Kleine Sache: der Salonfinder zeigt für {town} eine Hausnummer an, die es nicht gibt. Bin einmal ums Karree gelaufen 😅",
            "Danke für den Hinweis! Da waren zwei Ziffern vertauscht, ich hab's ans Web-Team gegeben, bis Montag ist es korrigiert.",
        ),
        (
            "Die Bilder auf den Salonseiten laden bei mir ewig, auch im WLAN. Nur damit ihr's wisst",
            "Danke dir! Das Team weiß schon davon, die Bilder werden diese Woche verkleinert.",
        ),
    ],
    "it": [
        (
            "Piccola cosa: nella mappa dei saloni la puntina di {town} è sulla via sbagliata, ho fatto il giro dell'isolato 😅",
            "Grazie della segnalazione! Ho passato tutto al team web, entro lunedì è sistemato.",
        ),
        (
            "Le foto delle pagine dei saloni ci mettono una vita a caricare, anche col wifi. Giusto per dirvelo",
            "Grazie! Il team lo sa già, questa settimana le immagini vengono alleggerite.",
        ),
    ],
    "en": [
        (
            "Small thing: the salon finder pin for {town} is on the wrong street, walked round the block twice",
            "Thanks for flagging! Passed to the web team, it'll be fixed by Monday.",
        )
    ],
    "fr": [
        (
            "Petit détail : sur la carte, le salon de {town} est placé dans la mauvaise rue",
            "Merci du signalement ! C'est transmis à l'équipe web, corrigé d'ici lundi.",
        )
    ],
    "es": [
        (
            "Una cosita: en el mapa el salón de {town} sale en la calle equivocada",
            "¡Gracias por avisar! Lo paso al equipo web, estará corregido el lunes.",
        )
    ],
    "pt": [
        (
            "Uma coisa pequena: no mapa o salão de {town} aparece na rua errada",
            "Obrigado pelo aviso! Passei à equipa web, fica corrigido até segunda.",
        )
    ],
}

MILD_FORM = {
    "de": [
        "Die App zeigt mir die Preise in Franken an, obwohl ich in Deutschland wohne. Nicht schlimm, aber verwirrend.",
        "In der Erinnerungsmail steht das Datum von gestern. Der Termin selbst stimmt, nur die Mail nicht.",
    ],
    "it": [
        "L'app mi mostra i prezzi in franchi anche se abito in Italia. Niente di grave, ma confonde.",
        "Nella mail di promemoria c'è la data di ieri. L'appuntamento è giusto, la mail no.",
    ],
    "en": [
        "The reminder e-mail shows yesterday's date. The booking itself is right, just the e-mail isn't."
    ],
    "fr": [
        "L'appli m'affiche les prix en francs suisses alors que j'habite en France. Pas grave, mais ça prête à confusion."
    ],
    "es": ["En el correo de recordatorio sale la fecha de ayer. La cita está bien, el correo no."],
    "pt": ["O e-mail de lembrete mostra a data de ontem. A marcação está certa, o e-mail não."],
}

MILD_ACK = {
    "de": (
        "Ihr Hinweis",
        "Hallo {first} {last},\n\ndanke für Ihren Hinweis, wir haben ihn an unser App-Team weitergegeben.\n\nViele Grüße\n{sign}",
    ),
    "it": (
        "La sua segnalazione",
        "Gentile {first} {last},\n\ngrazie della segnalazione, l'abbiamo girata al team dell'app.\n\nCordiali saluti\n{sign}",
    ),
    "en": (
        "Your note",
        "Hi {first} {last},\n\nthanks for letting us know, we've passed it to our app team.\n\nBest wishes\n{sign}",
    ),
    "fr": (
        "Votre remarque",
        "Bonjour {first} {last},\n\nmerci pour votre remarque, nous l'avons transmise à l'équipe de l'appli.\n\nBien cordialement,\n{sign}",
    ),
    "es": (
        "Tu aviso",
        "Hola {first}:\n\ngracias por avisarnos, lo hemos pasado al equipo de la app.\n\nUn saludo,\n{sign}",
    ),
    "pt": (
        "O seu aviso",
        "Olá {first} {last},\n\nobrigado pelo aviso, já o passámos à equipa da app.\n\nCumprimentos,\n{sign}",
    ),
}
