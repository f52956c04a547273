# ruff: noqa: E501
"""Wording of heldout57's calm week and its one incident (the booking checkout failing).

Local times in the agents' e-mails are written per market; {code} is the error the
app shows, {time} the local time bookings worked again, {credit} the credit added.
"""

from __future__ import annotations

CODE = "E4907"

# First reports: the app's checkout fails, nothing can be booked.
REPORT: dict[str, list[str]] = {
    "de": [
        "Wollte gerade den Big Bag für heute Nachmittag buchen, bei 'Zahlung bestätigen' dreht sich das Rad und dann 'Buchung fehlgeschlagen ({code})'. Dreimal probiert. Geht bei euch was nicht?",
        "@{brand} eure App zeigt nur noch Fehler {code} beim Bezahlen, ich krieg keine Mulde gebucht. Samstagmorgen, genau dann wenn man entrümpeln will 🙄",
        "Buchung der Sperrmüllabholung bricht immer mit {code} ab. Karte ist in Ordnung, hab's mit zwei probiert",
        "Kommt bei noch jemandem {code}? Ich komme nicht über die Zahlungsseite hinaus",
        "Fehler {code} in der App, Buchung unmöglich. Auf der Website dasselbe. Was ist da los?",
        "Seit einer halben Stunde versuche ich, eine Abholung zu buchen. Jedes Mal {code}. Bitte beheben!",
    ],
    "pt": [
        "Estou a tentar marcar a recolha do sofá e quando carrego em pagar dá 'Reserva falhada ({code})'. Já tentei três vezes. Está tudo em baixo?",
        "@{brand} a app só dá erro {code} no pagamento, não consigo reservar o contentor. Sábado de manhã, logo hoje 🙄",
        "A reserva do saco fica sempre no erro {code}. O cartão está bom, experimentei com outro",
        "Mais alguém com o erro {code}? Não passo da página de pagamento",
        "Erro {code} na app e no site, impossível reservar seja o que for. O que se passa?",
        "Há meia hora que tento marcar uma recolha. Sempre {code}. Resolvam isso por favor!",
    ],
    "es": [
        "Intento reservar la recogida y al pagar sale 'Reserva fallida ({code})'. Tres veces ya. ¿Se ha caído algo?",
        "@{brand} error {code} al pagar, no hay manera de reservar el contenedor. Sábado por la mañana, justo hoy",
    ],
    "en": [
        "Trying to book a collection and at payment it just says 'Booking failed ({code})'. Tried three times. Is something down?",
        "@{brand} app keeps throwing error {code} at checkout, can't book a skip. Saturday morning of all times",
    ],
    "fr": [
        "J'essaie de réserver un enlèvement et au paiement : 'Réservation échouée ({code})'. Trois essais. Il y a une panne ?",
        "@{brand} erreur {code} au paiement, impossible de réserver la benne. Un samedi matin, bravo",
    ],
    "it": [
        "Provo a prenotare il ritiro e al pagamento esce 'Prenotazione non riuscita ({code})'. Tre tentativi. C'è un guasto?",
        "@{brand} errore {code} al pagamento, non riesco a prenotare il cassone. Proprio sabato mattina",
    ],
}

# Second message within the hour, on another channel.
REPEAT: dict[str, list[str]] = {
    "de": [
        "Immer noch {code}, jetzt auch am Laptop über die Website. Meine Karte wurde übrigens trotzdem mit 79 € reserviert",
        "Nochmal: {code}, auch mit dem Handy meines Mannes. Die Jungs mit dem Anhänger warten schon",
    ],
    "pt": [
        "Continua o {code}, agora também no computador pelo site. E o cartão ficou com 79 € cativos na mesma",
        "Outra vez {code}, também no telemóvel do meu marido. Tenho o pessoal à espera",
    ],
    "es": ["Sigue el {code}, también desde el ordenador. Y me han retenido 79 € en la tarjeta"],
    "en": ["Still {code}, on the laptop too now. And my card's had £68 held anyway"],
    "fr": ["Toujours {code}, sur l'ordinateur aussi. Et 79 € bloqués sur ma carte quand même"],
    "it": ["Ancora {code}, anche dal computer. E mi hanno bloccato 79 € sulla carta"],
}

CHAT_ANSWER: dict[str, str] = {
    "de": "Sie sind nicht allein, gerade schlagen alle Buchungen mit {code} fehl. Unsere Technik arbeitet daran, eventuelle Reservierungen auf Ihrer Karte verfallen von selbst.",
    "pt": "Não é só consigo, neste momento todas as reservas falham com {code}. A equipa técnica já está a tratar, eventuais cativos no cartão são libertados automaticamente.",
    "es": "No eres el único, ahora mismo todas las reservas fallan con {code}. El equipo técnico ya está en ello.",
    "en": "It's not just you, all bookings are failing with {code} right now. Our tech team are on it; any holds on your card will drop off by themselves.",
    "fr": "Ce n'est pas que vous, toutes les réservations échouent en ce moment avec {code}. L'équipe technique est dessus.",
    "it": "Non è solo lei, in questo momento tutte le prenotazioni falliscono con {code}. Il team tecnico ci sta lavorando.",
}

# Agent's e-mail once bookings work again (subject, body).
FIXED: dict[str, tuple[str, str]] = {
    "de": (
        "Buchen funktioniert wieder",
        "Hallo {name},\n\nseit {time} Uhr lassen sich Abholungen wieder buchen. Für den Ärger haben wir Ihnen {credit} gutgeschrieben, das wird bei der nächsten Buchung automatisch abgezogen. Reservierungen von heute Morgen auf Ihrer Karte verfallen innerhalb weniger Tage.\n\nViele Grüße\n{agent}",
    ),
    "pt": (
        "As reservas já funcionam",
        "Olá {name},\n\ndesde as {time} já é possível reservar outra vez. Pelo incómodo creditámos {credit} na sua conta, descontados na próxima reserva. Os cativos desta manhã no cartão desaparecem em poucos dias.\n\nCumprimentos,\n{agent}",
    ),
    "es": (
        "Ya se puede reservar",
        "Hola {name},\n\ndesde las {time} se puede reservar de nuevo. Por las molestias te hemos abonado {credit} para la próxima reserva.\n\nUn saludo,\n{agent}",
    ),
    "en": (
        "Bookings are working again",
        "Hi {name},\n\nbookings have been working again since {time}. For the hassle we've added {credit} to your account, taken off your next booking automatically.\n\nBest,\n{agent}",
    ),
    "fr": (
        "Les réservations fonctionnent à nouveau",
        "Bonjour {name},\n\ndepuis {time}, les réservations fonctionnent à nouveau. Pour la gêne, nous avons crédité {credit} sur votre compte.\n\nCordialement,\n{agent}",
    ),
    "it": (
        "Le prenotazioni funzionano di nuovo",
        "Buongiorno {name},\n\ndalle {time} si può prenotare di nuovo. Per il disagio le abbiamo accreditato {credit} sul conto.\n\nCordiali saluti,\n{agent}",
    ),
}

# Lone questions on the day before: a payment that took a moment, then worked.
LONE: dict[str, tuple[str, str]] = {
    "de": (
        "Hallo, gestern Abend stand beim Bezahlen kurz 'Zahlung wird geprüft', dann kam doch die Bestätigung. Ist meine Abholung am Samstag jetzt sicher gebucht?",
        "Hallo! Ja, Ihre Abholung steht fest für Samstag. 'Wird geprüft' erscheint manchmal kurz, wenn die Bank eine Bestätigung verlangt.",
    ),
    "pt": (
        "Boa tarde, ontem ao pagar apareceu 'pagamento em verificação' uns segundos e depois confirmou. A recolha de sábado está mesmo marcada?",
        "Boa tarde! Está sim, sábado confirmado. Essa mensagem aparece às vezes quando o banco pede confirmação.",
    ),
}

# Calm week: two who grumble once, answered.
CALM_GRUMBLE: dict[str, tuple[str, str]] = {
    "de": (
        "Das Rechnungs-PDF in der App lädt bei mir ewig, fast eine Minute. Geht das schneller?",
        "Danke für den Hinweis, das PDF wird gerade bei jedem Abruf neu erzeugt. Wir arbeiten dran, bis dahin finden Sie es auch in Ihrer Bestätigungsmail.",
    ),
    "pt": (
        "O PDF da fatura na app demora imenso a abrir, quase um minuto. Dá para melhorar?",
        "Obrigado pelo aviso, estamos a melhorar isso. Entretanto a fatura também vem no email de confirmação.",
    ),
}
