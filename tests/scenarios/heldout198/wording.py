# ruff: noqa: E501
"""Wording of heldout198 (Padelvo: padel clubs by app and web, and Padelvo Empresa).

Every table has its own wording in every language (es, de, en, fr, it, pt); Spanish
and German have two or three variants of most tables. Placeholders are filled with
``str.format``: case, comp, first, colleague, agent, day, time, code, amount.
"""

from __future__ import annotations

BRAND = "Padelvo"
COMPETITORS = ("Raquetia", "Smashvia")
LANGS = ("es", "de", "en", "fr", "it", "pt")

PROBLEMS = (
    "double_booked",
    "double_charge",
    "refund",
    "wrong_price",
    "cancel_fee",
    "coach_no_show",
)
B2B_PROBLEMS = ("invoice", "account_hold", "portal", "overbilled")

W: dict[str, dict[str, list[str]]] = {
    "es": {
        "praise": [
            "Pistas nuevas en Padelvo Chamberí, cristal impecable y bolas nuevas. Qué gusto jugar así",
            "Reservar con la app de Padelvo es cosa de diez segundos. Partidazo esta mañana",
            "El monitor de Padelvo por fin me ha corregido la bandeja, gracias Rubén!!",
        ],
        "again": [
            "Tercera vez este mes que encuentro pista a última hora en Padelvo, sois unos cracks",
            "Otra vez el torneo social de Padelvo de diez, ya van tres seguidos",
        ],
        "gripe": [
            "Muy contenta con el club, solo que las duchas tardan en coger agua caliente. Por lo demás genial",
            "Todo perfecto, aunque la máquina de bolas sigue sin devolver cambio jaja",
        ],
        "qa": [
            "Hola, ¿puedo cambiar la pista de mañana de las 19 a las 20:30 sin pagar nada?|Hola {first}, sí: hasta 24 h antes el cambio es gratis. Ya te la he movido a las 20:30.",
            "una pregunta, ¿el alquiler de pala está incluido con Padelvo Club?|Hola {first}, con Padelvo Club el alquiler de pala es gratis dos veces al mes. Que disfrutes del partido.",
            "¿Hay clases para niños de 8 años los sábados?|Hola {first}, sí, escuela infantil sábados de 10 a 11. Te dejo el enlace para apuntarle.",
        ],
        "thanks": ["Genial, mil gracias!", "perfecto, gracias crack", "Vale, gracias 🙌"],
        "night_post": [
            "Salgo del turno de noche del hospital y ya tengo la pista de las 9 reservada. Padelvo salvando mis mañanas",
            "3 de la mañana, sin dormir, viendo vídeos de víboras. Mañana lo pruebo en Padelvo",
        ],
        "night_qa": [
            "hola, ¿a qué hora abre la reserva de pistas del domingo?|Hola {first}, las pistas se abren siete días antes a las 8:00. ¡Buenas noches!",
            "¿Se puede dejar la pala olvidada en recepción para recogerla mañana?|Hola {first}, sí, la guardamos en recepción con tu nombre hasta el domingo.",
        ],
        "call_q": [
            "hola buenas llamaba para preguntar si el bono de diez clases se puede compartir con mi marido",
            "sí hola mire quería saber si con el Club tengo descuento en el torneo del mes que viene",
        ],
        "call_a": [
            "Hola {first}, como hablamos por teléfono: el bono de clases se puede compartir con un acompañante. Un saludo, {agent}",
        ],
        "review": [
            "Club limpio, pistas muy bien iluminadas y la app funciona de lujo",
            "Buen ambiente y monitores majos. Repetiré",
        ],
        "survey_word": ["genial", "todo bien", "👍", ""],
        "csat_word": ["mal", "fatal", ""],
        "complaint.double_booked": [
            "Llegamos los cuatro a la pista 5 a las 19:00 y había OTRO grupo con la misma reserva. La app dice confirmada. Nos hemos quedado sin jugar y sin explicación",
            "Pista doble reservada otra vez no, la primera. Pagué 32 € y al llegar la pista estaba ocupada por otra reserva. YA ESTÁ BIEN",
        ],
        "complaint.double_charge": [
            "Me habéis cobrado DOS veces la pista del jueves, 36 € y 36 €. El banco lo confirma. Quiero que me devolváis uno ya",
            "Cargo duplicado en mi tarjeta por la misma reserva. No es la primera vez que lo veo en otros, pero a mí no me había pasado",
        ],
        "complaint.refund": [
            "Cancelé la clase con tres días de antelación y TRES semanas después sigo sin el reembolso de 45 €",
            "Me dijisteis que el reembolso tardaba 5 días. Han pasado diecinueve. Dónde está mi dinero",
        ],
        "complaint.wrong_price": [
            "Soy socia de Padelvo Club desde hace dos años y me habéis cobrado la tarifa de no socio, 14 € más por pista",
            "La app me cobra precio de no socio aunque pago el Club cada mes. Esto es de risa",
        ],
        "complaint.cancel_fee": [
            "Cancelé el martes una pista del sábado y me cobráis penalización por cancelación tardía. CUATRO días antes!",
            "Penalización de 20 € por cancelar con cuatro días de margen. Las condiciones dicen 24 horas",
        ],
        "complaint.coach_no_show": [
            "Pagamos una clase particular de 55 € y el monitor NO apareció. Cuarenta minutos esperando en la pista",
            "Clase reservada a las 18:00, ni monitor ni aviso. Nadie en recepción sabía nada",
        ],
        "topic": [
            "pista reservada dos veces|cobro duplicado|reembolso pendiente|tarifa de no socio|penalización por cancelación|clase sin monitor"
        ],
        "long_open": [
            "Buenas tardes:\n\nLes escribo desde el coche, esperando a que mi hija salga del conservatorio, porque no encuentro otro rato. Llevo cuatro años jugando en sus clubes y siempre les he recomendado a compañeros de trabajo, así que esto me duele especialmente.\n\n",
            "Hola:\n\nPerdonen la extensión. Estoy en la sala de espera del fisio con la rodilla vendada (no de pádel, de una mudanza) y aprovecho para contarles lo que nos pasó.\n\n",
        ],
        "long_close": [
            "\n\nSé que un error lo tiene cualquiera, pero necesito una respuesta y una solución esta semana.\n\nUn saludo,\n{first}",
            "\n\nEspero noticias pronto. Si no, tendré que plantearme muchas cosas.\n\nAtentamente,\n{first}",
        ],
        "case_opened": [
            "Hola {first}, sentimos lo ocurrido. Hemos abierto la incidencia {case} y la revisa el equipo hoy mismo. Un saludo, {agent} (Padelvo)",
        ],
        "chat_case": [
            "Lo siento mucho, {first}. He abierto la incidencia {case}, te escribimos por correo en cuanto esté revisada."
        ],
        "good_news": [
            "Hola {first}, buenas noticias sobre la incidencia {case}: ya está corregido en tu cuenta. ¿Nos confirmas que lo ves bien? Gracias, {agent}",
        ],
        "apology": [
            "Perdón por el tono de ayer, estaba muy quemada. Gracias por arreglarlo tan rápido",
            "Ayer me pasé un poco en el mensaje, disculpad. Ya está todo bien",
        ],
        "confirm": [
            "Confirmado, la incidencia {case} está resuelta. Gracias!",
            "sí, ya lo veo bien en la app, {case} resuelto. gracias",
        ],
        "quality_lead": [
            "Hola {first}, tu incidencia {case} ya la lleva nuestra responsable de calidad, que te llamará antes del viernes a mediodía. Un saludo, {agent}",
        ],
        "still_open": [
            "Sigo esperando. Incidencia {case} y nadie me dice nada, sigue abierta",
            "Vuelvo a escribir por la incidencia {case}. Sigue igual, sin solución",
            "Incidencia {case}: todavía sin resolver. Ya he explicado todo antes",
        ],
        "third": [
            "Una compañera juega en {comp} y allí esto se arregla en el día.",
            "He mirado lo que cobra {comp} por la pista, por cierto.",
        ],
        "fourth": ["Es la CUARTA vez que escribo por esto."],
        "urgent": ["Lo he añadido a tu incidencia {case} y la he marcado como urgente, {first}."],
        "slide": [
            "Pista reservada a las 20:00 y nos hacen esperar 25 minutos porque la anterior se alarga. Nadie avisa",
            "Bolas de alquiler sin presión y la red de la pista 3 descolgada. Bajando el nivel, Padelvo",
            "Ahora piden depósito de 20 € por la pala de alquiler y tardan una semana en devolverlo",
            "La app se cae justo cuando abren las reservas del sábado. Me quedo sin pista por tercera semana",
            "Me cobran 6 € de limpieza por dejar botellas en el banco de la pista. De verdad???",
            "Mi cuñado juega en {comp} y ya he reservado allí lo del sábado. Me canso",
        ],
        "cancel_req": [
            "Hola, me mudo a un pueblo sin club cerca y quiero darme de baja de Padelvo Club y cerrar la cuenta. Gracias por todo",
            "Buenas, me he operado del hombro y no voy a jugar en meses. Quiero cancelar Padelvo Club y cerrar mi cuenta",
        ],
        "sorry_go": [
            "Hola {first}, sentimos que te vayas. Puedes cancelar tú misma en la app o en la web, en Mi cuenta > Club. Un saludo, {agent}"
        ],
        "grumble": [
            "La app me vuelve a pedir la contraseña cada vez que la abro. Qué pesadez",
            "Aparcar en el club un martes a las 19 es imposible",
            "Los vestuarios siguen sin perchas suficientes",
            "El aviso de 'tu partido empieza en 1 hora' me llega cuando ya estoy en la pista",
        ],
        "sarcasm": [
            "Qué maravilla que la pista cubierta tenga goteras justo encima de la red 👏",
            "Me encanta pagar iluminación y jugar a oscuras la última media hora 😂",
        ],
        "mild": [
            "El buscador de clubes me sale en otra ciudad, ¿es normal?",
            "Las notificaciones me llegan en inglés, ¿se puede cambiar?",
        ],
        "mild_ack": [
            "Hola {first}, gracias por avisar. Ya lo hemos pasado al equipo de la app. Un saludo, {agent}"
        ],
        "spike": [
            "No puedo pagar mi parte del partido de las 19:00, me sale error {code} y ahora la pista aparece CANCELADA",
            "Los cuatro hemos intentado pagar la pista dividida y a todos nos da {code}. Se ha anulado la reserva. Qué pasa?",
            "El pago dividido no funciona, la app dice que ha fallado y me han quitado la pista de esta noche",
        ],
        "spike_repeat": [
            "Sigo igual, otra vez {code} y la pista sigue cancelada. Jugamos en una hora",
            "Lo he probado desde el móvil de mi pareja y nada, sigue fallando el pago dividido",
        ],
        "spike_chat": [
            "Hola {first}, sí: ahora mismo falla el pago dividido en todos los clubes y anula las reservas. Los técnicos están en ello."
        ],
        "spike_fixed": [
            "Hola {first}, el pago dividido vuelve a funcionar desde las {time} y hemos restaurado tu reserva. Te hemos añadido {amount} de saldo. Disculpa las molestias, {agent}"
        ],
        "lone_qa": [
            "anoche al dividir el pago de la pista me pidió confirmar dos veces con el banco, luego fue bien. ¿es normal?|Hola {first}, sí, a veces el banco pide doble confirmación. El pago quedó hecho, tu reserva está bien.",
        ],
        "b2b.invoice": [
            "Las facturas de este mes siguen saliendo con el nombre antiguo de la empresa y sin número de pedido. Contabilidad no puede pagarlas",
        ],
        "b2b.account_hold": [
            "Nuestros empleados han llegado a la liga de empresa y en recepción les dicen que la cuenta está bloqueada. Está todo pagado",
        ],
        "b2b.portal": [
            "El portal de empresa no muestra ninguna reserva activa y no podemos cancelar las pistas de la semana que viene. Se nos seguirán cobrando",
        ],
        "b2b.overbilled": [
            "Nos estáis facturando tarifa de hora punta en vez de la tarifa pactada en el contrato. Son más de 600 € de diferencia",
        ],
        "b2b_follow": [
            "Escribo en nombre de {colleague}, que ya os avisó el {day} (incidencia {case}). Seguimos igual: ",
            "Como ya os explicó {colleague} el {day}, incidencia {case}, el problema sigue: ",
        ],
        "b2b_last": [
            "Incidencia {case}: nada resuelto y ya os han escrito varios compañeros. Compras ha pedido tarifas a {comp}."
        ],
        "b2b_last_call": [
            "hola llamo por la incidencia {case} de la cuenta de empresa no está arreglado ya os han escrito varios compañeros y mi jefa dice que si no se arregla esta semana nos vamos a otro proveedor"
        ],
        "b2b_suggest": [
            "Sería útil poder exportar las reservas por centro de coste",
            "¿Podríais poner el nombre del empleado en cada línea de la factura?",
        ],
        "b2b_qa": [
            "¿Podemos añadir dos pistas más a la liga del jueves?|Hola {first}, sí, ya las tenéis en el portal para el jueves. Un saludo, {agent}",
            "¿Cómo doy de alta a un empleado nuevo en la cuenta?|Hola {first}, desde el portal, en Empleados > Añadir. Tarda un minuto.",
        ],
        "b2b_praise": [
            "La liga interna de los jueves en Padelvo ha unido muchísimo al equipo. Gracias!"
        ],
        "subject_case": ["RE: Incidencia {case}"],
        "subject_complaint": ["Reclamación: {topic}"],
        "subject_q": ["Consulta"],
        "call_lead": ["hola buenas mire le llamo porque "],
    },
    "de": {
        "praise": [
            "Neue Courts bei Padelvo in Schwabing, das Glas blitzt und die Bälle sind frisch. So macht das Spaß",
            "Buchen mit der Padelvo App dauert zehn Sekunden. Super Match heute früh",
            "Der Trainer hat mir endlich die Bandeja beigebracht, danke Jonas!!",
        ],
        "again": [
            "Schon wieder kurzfristig einen Platz bekommen, dritte Woche in Folge. Padelvo, ihr seid top",
            "Immer noch begeistert vom Mixed-Turnier am Freitag, zum dritten Mal dabei",
        ],
        "gripe": [
            "Sehr zufrieden mit dem Club, nur die Duschen brauchen ewig bis sie warm werden. Sonst klasse",
            "Alles super, nur der Ballautomat gibt immer noch kein Wechselgeld raus",
        ],
        "qa": [
            "Hallo, kann ich den Platz morgen von 19 auf 20:30 Uhr verlegen ohne Gebühr?|Hallo {first}, ja: bis 24 Stunden vorher ist das kostenlos. Ich habe ihn auf 20:30 Uhr verlegt.",
            "kurze Frage, ist der Schlägerverleih im Padelvo Club dabei?|Hallo {first}, mit Padelvo Club ist der Schlägerverleih zweimal im Monat gratis. Viel Spaß beim Spiel!",
            "Gibt es Kinderkurse für 9-Jährige am Samstag?|Hallo {first}, ja, samstags 10 bis 11 Uhr. Hier der Link zur Anmeldung.",
        ],
        "thanks": ["Super, danke!", "top, danke dir", "Passt, vielen Dank 🙏"],
        "night_post": [
            "Nachtschicht an der Tankstelle vorbei, Platz für 9 Uhr schon gebucht. Padelvo rettet meinen Samstag",
            "Kann nicht schlafen, schaue Padel-Videos um 3 Uhr. Morgen probiere ich die Vibora",
        ],
        "night_qa": [
            "hallo, ab wann kann man die Plätze für Sonntag buchen?|Hallo {first}, sieben Tage vorher ab 8 Uhr. Gute Nacht!",
            "Kann ich meinen vergessenen Schläger morgen am Empfang abholen?|Hallo {first}, ja, er liegt mit deinem Namen am Empfang bis Sonntag.",
        ],
        "call_q": [
            "ja hallo ich wollte fragen ob man die Zehnerkarte für Trainerstunden mit meiner Frau teilen kann",
            "guten Tag ich hätte eine Frage gibt es mit dem Club Rabatt auf das Turnier nächsten Monat",
        ],
        "call_a": [
            "Hallo {first}, wie am Telefon besprochen: die Zehnerkarte kann mit einer Begleitperson geteilt werden. Viele Grüße, {agent}"
        ],
        "review": [
            "Sauberer Club, gutes Licht auf allen Plätzen und die App läuft",
            "Nette Trainer, gute Stimmung. Gerne wieder",
        ],
        "survey_word": ["super", "alles gut", "👍", ""],
        "csat_word": ["schlecht", "mies", ""],
        "complaint.double_booked": [
            "Wir standen zu viert um 19 Uhr auf Platz 5 und da spielte eine ANDERE Gruppe mit derselben Buchung. Die App sagt bestätigt. Kein Spiel, keine Erklärung",
            "Platz doppelt vergeben. 32 € bezahlt und der Court war belegt. JETZT REICHTS",
        ],
        "complaint.double_charge": [
            "Ihr habt den Platz vom Donnerstag ZWEIMAL abgebucht, 36 € und 36 €. Die Bank bestätigt es. Bitte sofort einen zurück",
            "Doppelte Abbuchung auf meiner Karte für dieselbe Buchung. Das darf nicht passieren",
        ],
        "complaint.refund": [
            "Trainerstunde drei Tage vorher storniert und nach DREI Wochen immer noch keine 45 € zurück",
            "Erstattung sollte 5 Tage dauern. Jetzt sind es neunzehn. Wo ist mein Geld",
        ],
        "complaint.wrong_price": [
            "Ich bin seit zwei Jahren im Padelvo Club und mir wurde der Nichtmitglieder-Preis berechnet, 14 € mehr pro Platz",
            "Die App berechnet mir Nichtmitglieder-Preis obwohl ich jeden Monat den Club zahle. Lächerlich",
        ],
        "complaint.cancel_fee": [
            "Am Dienstag einen Platz für Samstag storniert und ihr berechnet Spätstornogebühr. VIER Tage vorher!",
            "20 € Stornogebühr bei vier Tagen Vorlauf. In den AGB stehen 24 Stunden",
        ],
        "complaint.coach_no_show": [
            "Privatstunde für 55 € bezahlt und der Trainer ist NICHT gekommen. Vierzig Minuten auf dem Platz gewartet",
            "Trainerstunde um 18 Uhr, kein Trainer, keine Nachricht. Am Empfang wusste keiner was",
        ],
        "topic": [
            "Platz doppelt gebucht|doppelte Abbuchung|Erstattung fehlt|Nichtmitglieder-Preis|Stornogebühr|Trainer nicht erschienen"
        ],
        "long_open": [
            "Guten Tag,\n\nich schreibe Ihnen aus dem Wartezimmer beim Tierarzt, weil ich sonst keine ruhige Minute finde. Ich spiele seit vier Jahren in Ihren Clubs und habe Sie im Büro immer empfohlen, deshalb ärgert mich das besonders.\n\n",
            "Hallo,\n\nentschuldigen Sie die Länge. Ich sitze auf der Bank vor der Musikschule meines Sohnes und will das endlich loswerden.\n\n",
        ],
        "long_close": [
            "\n\nFehler passieren, aber ich erwarte diese Woche eine Antwort und eine Lösung.\n\nMit freundlichen Grüßen\n{first}",
            "\n\nIch hoffe auf eine schnelle Rückmeldung, sonst überlege ich mir einiges.\n\nGruß\n{first}",
        ],
        "case_opened": [
            "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} angelegt und das Team prüft ihn heute. Viele Grüße, {agent} (Padelvo)"
        ],
        "chat_case": [
            "Das tut mir sehr leid, {first}. Ich habe den Vorgang {case} angelegt, du bekommst eine Mail, sobald er geprüft ist."
        ],
        "good_news": [
            "Hallo {first}, gute Nachrichten zum Vorgang {case}: es ist in deinem Konto korrigiert. Kannst du kurz bestätigen, dass alles passt? Danke, {agent}"
        ],
        "apology": [
            "Sorry für den Ton gestern, war echt auf 180. Danke fürs schnelle Lösen",
            "Gestern war ich etwas ruppig, entschuldigt bitte. Jetzt passt alles",
        ],
        "confirm": [
            "Bestätigt, Vorgang {case} ist erledigt. Danke!",
            "ja passt jetzt in der App, {case} erledigt. danke",
        ],
        "quality_lead": [
            "Hallo {first}, dein Vorgang {case} liegt jetzt bei unserer Qualitätsleiterin, sie ruft dich bis Freitagmittag an. Viele Grüße, {agent}"
        ],
        "still_open": [
            "Ich warte immer noch. Vorgang {case} ist weiter offen und keiner meldet sich",
            "Ich schreibe nochmal wegen Vorgang {case}. Nichts passiert, immer noch offen",
            "Vorgang {case}: noch immer nicht gelöst. Alles schon erklärt",
        ],
        "third": [
            "Eine Kollegin spielt bei {comp}, da wird sowas am selben Tag geklärt.",
            "Hab mir übrigens angeschaut, was {comp} für einen Platz nimmt.",
        ],
        "fourth": ["Das ist jetzt das VIERTE Mal, dass ich deswegen schreibe."],
        "urgent": [
            "Ich habe es zu deinem Vorgang {case} hinzugefügt und als dringend markiert, {first}."
        ],
        "slide": [
            "Platz um 20 Uhr gebucht und 25 Minuten gewartet, weil die Gruppe davor überzieht. Keiner sagt was",
            "Leihbälle ohne Druck und das Netz auf Platz 3 hängt durch. Padelvo lässt nach",
            "Jetzt 20 € Kaution für den Leihschläger und eine Woche bis zur Rückzahlung",
            "Die App stürzt genau dann ab, wenn die Samstagsplätze freigeschaltet werden. Dritte Woche ohne Platz",
            "6 € Reinigungsgebühr weil Flaschen auf der Bank standen. Im Ernst???",
            "Mein Schwager spielt bei {comp}, hab den Samstag dort gebucht. Mir reichts",
        ],
        "cancel_req": [
            "Hallo, ich ziehe aufs Land ohne Club in der Nähe und möchte Padelvo Club kündigen und mein Konto schließen. Danke für alles",
            "Guten Tag, nach meiner Schulter-OP spiele ich monatelang nicht. Bitte Padelvo Club kündigen und Konto schließen",
        ],
        "sorry_go": [
            "Hallo {first}, schade, dass du gehst. Du kannst selbst in der App oder auf der Website unter Mein Konto > Club kündigen. Viele Grüße, {agent}"
        ],
        "grumble": [
            "Die App will schon wieder bei jedem Öffnen das Passwort. Nervig",
            "Parken am Club dienstags um 19 Uhr ist unmöglich",
            "In den Umkleiden gibt es immer noch zu wenige Haken",
            "Die Erinnerung 'dein Spiel beginnt in 1 Stunde' kommt, wenn ich schon auf dem Platz stehe",
        ],
        "sarcasm": [
            "Toll, dass es in der Halle genau über dem Netz reintropft 👏",
            "Ich liebe es, für Licht zu zahlen und die letzte halbe Stunde im Dunkeln zu spielen 😂",
        ],
        "mild": [
            "Die Clubsuche zeigt mir eine andere Stadt an, ist das normal?",
            "Die Benachrichtigungen kommen auf Englisch, kann man das ändern?",
        ],
        "mild_ack": [
            "Hallo {first}, danke für den Hinweis. Wir haben es ans App-Team weitergegeben. Viele Grüße, {agent}"
        ],
        "spike": [
            "Ich kann meinen Anteil fürs 19-Uhr-Match nicht zahlen, Fehler {code} und jetzt steht der Platz auf STORNIERT",
            "Wir haben zu viert versucht, den Platz geteilt zu zahlen, bei allen kommt {code}. Buchung weg. Was ist los?",
            "Geteilte Zahlung geht nicht, App sagt fehlgeschlagen und mein Platz heute Abend ist weg",
        ],
        "spike_repeat": [
            "Immer noch, wieder {code} und der Platz bleibt storniert. Wir spielen in einer Stunde",
            "Hab es vom Handy meiner Frau probiert, nichts, geteilte Zahlung geht weiter nicht",
        ],
        "spike_chat": [
            "Hallo {first}, ja: die geteilte Zahlung fällt gerade in allen Clubs aus und storniert Buchungen. Die Technik ist dran."
        ],
        "spike_fixed": [
            "Hallo {first}, die geteilte Zahlung funktioniert seit {time} Uhr wieder und deine Buchung ist wiederhergestellt. Wir haben dir {amount} Guthaben gutgeschrieben. Entschuldige, {agent}"
        ],
        "lone_qa": [
            "gestern wollte die Bank beim geteilten Zahlen zweimal eine Bestätigung, dann ging es. ist das normal?|Hallo {first}, ja, manchmal fragt die Bank doppelt nach. Die Zahlung ist durch, deine Buchung passt."
        ],
        "b2b.invoice": [
            "Die Rechnungen kommen weiter mit dem alten Firmennamen und ohne Bestellnummer. Die Buchhaltung kann sie nicht bezahlen"
        ],
        "b2b.account_hold": [
            "Unsere Mitarbeitenden kamen zur Firmenliga und am Empfang hieß es, das Konto sei gesperrt. Alles ist bezahlt"
        ],
        "b2b.portal": [
            "Das Firmenportal zeigt keine aktiven Buchungen, wir können die Plätze nächste Woche nicht stornieren. Das wird weiter berechnet"
        ],
        "b2b.overbilled": [
            "Ihr berechnet uns den Spitzenzeit-Tarif statt des vertraglichen Firmentarifs. Das sind über 600 € Unterschied"
        ],
        "b2b_follow": [
            "Ich schreibe für {colleague}, die euch schon am {day} informiert hat (Vorgang {case}). Weiter dasselbe: ",
            "Wie {colleague} am {day} schon geschrieben hat, Vorgang {case}, das Problem besteht weiter: ",
        ],
        "b2b_last": [
            "Vorgang {case}: nichts gelöst und mehrere Kollegen haben schon geschrieben. Der Einkauf hat bei {comp} Preise angefragt."
        ],
        "b2b_last_call": [
            "ja hallo ich rufe wegen Vorgang {case} vom Firmenkonto an das ist immer noch nicht gelöst mehrere Kollegen haben schon geschrieben und mein Chef sagt wenn das diese Woche nicht klappt wechseln wir den Anbieter"
        ],
        "b2b_suggest": [
            "Es wäre praktisch, die Buchungen nach Kostenstelle exportieren zu können",
            "Könntet ihr den Namen der Mitarbeiterin auf jede Rechnungszeile schreiben?",
        ],
        "b2b_qa": [
            "Können wir zwei Plätze mehr für die Donnerstagsliga dazunehmen?|Hallo {first}, ja, die sind jetzt im Portal für Donnerstag. Viele Grüße, {agent}",
            "Wie lege ich einen neuen Mitarbeiter im Konto an?|Hallo {first}, im Portal unter Mitarbeitende > Hinzufügen. Dauert eine Minute.",
        ],
        "b2b_praise": [
            "Die Donnerstagsliga bei Padelvo hat unser Team richtig zusammengeschweißt. Danke!"
        ],
        "subject_case": ["AW: Vorgang {case}"],
        "subject_complaint": ["Beschwerde: {topic}"],
        "subject_q": ["Frage"],
        "call_lead": ["ja hallo ich rufe an weil "],
    },
    "en": {
        "praise": [
            "New courts at Padelvo Clapham, spotless glass and fresh balls. Lovely morning match",
            "Booking on the Padelvo app takes ten seconds. Cracking game tonight",
        ],
        "again": ["Third time this month I've grabbed a last-minute court at Padelvo, legends"],
        "gripe": [
            "Really happy with the club, only the showers take ages to warm up. Otherwise great"
        ],
        "qa": [
            "Hi, can I move tomorrow's court from 7pm to 8:30 for free?|Hi {first}, yes: up to 24 hours before it's free. I've moved it to 8:30pm for you."
        ],
        "thanks": ["Brilliant, cheers!", "ta very much 👍"],
        "night_post": [
            "Off a night shift at the hospital and the 9am court is booked. Padelvo saving my weekends"
        ],
        "night_qa": [
            "hi, when do Sunday's courts open for booking?|Hi {first}, seven days ahead from 8am. Good night!"
        ],
        "call_q": [
            "hi yeah just calling to ask if the ten lesson pass can be shared with my partner"
        ],
        "call_a": [
            "Hi {first}, as discussed on the phone: the lesson pass can be shared with one partner. Best, {agent}"
        ],
        "review": ["Clean club, great lighting, app works a treat"],
        "survey_word": ["great", "👍", ""],
        "csat_word": ["poor", ""],
        "complaint.double_booked": [
            "Four of us turned up at court 5 at 7pm and ANOTHER group had the same booking. App says confirmed. No game, no explanation"
        ],
        "complaint.double_charge": [
            "You charged me TWICE for Thursday's court, £31 and £31. My bank confirms it. I want one back now"
        ],
        "complaint.refund": [
            "Cancelled a lesson three days ahead and THREE weeks later still no £39 refund"
        ],
        "complaint.wrong_price": [
            "I've been a Padelvo Club member for two years and got charged the non-member rate, £12 more per court"
        ],
        "complaint.cancel_fee": [
            "Cancelled Saturday's court on Tuesday and you charged a late cancellation fee. FOUR days ahead!"
        ],
        "complaint.coach_no_show": [
            "Paid £47 for a private lesson and the coach NEVER showed. Forty minutes waiting on court"
        ],
        "topic": [
            "court double-booked|charged twice|refund missing|non-member rate|cancellation fee|coach no-show"
        ],
        "long_open": [
            "Hello,\n\nI'm writing from the car park outside my son's football practice, as it's the only quiet moment I get. I've played at your clubs for four years and recommended you at work, so this really stings.\n\n"
        ],
        "long_close": [
            "\n\nMistakes happen, but I need an answer and a fix this week.\n\nKind regards,\n{first}"
        ],
        "case_opened": [
            "Hi {first}, sorry about this. We've opened case {case} and the team is looking at it today. Best, {agent} (Padelvo)"
        ],
        "chat_case": [
            "So sorry, {first}. I've opened case {case}; we'll email you once it's checked."
        ],
        "good_news": [
            "Hi {first}, good news on case {case}: it's corrected on your account. Could you confirm it looks right? Thanks, {agent}"
        ],
        "apology": ["Sorry for the tone yesterday, I was fuming. Thanks for sorting it so quickly"],
        "confirm": ["Confirmed, case {case} is sorted. Thanks!"],
        "quality_lead": [
            "Hi {first}, your case {case} is now with our quality lead, who will call you before Friday lunchtime. Best, {agent}"
        ],
        "still_open": [
            "Still waiting. Case {case} is still open and nobody gets back to me",
            "Writing again about case {case}. Nothing has changed, still open",
        ],
        "third": [
            "A colleague plays at {comp} and they sort this the same day.",
            "I've looked at what {comp} charges for a court, by the way.",
        ],
        "fourth": ["This is the FOURTH time I'm writing about this."],
        "urgent": ["I've added this to your case {case} and marked it urgent, {first}."],
        "slide": [
            "Booked the 8pm court and waited 25 minutes because the group before overran. Nobody said a thing",
            "Flat rental balls and the net on court 3 sagging. Slipping, Padelvo",
            "Now a £17 deposit for a rental racket and a week to get it back",
            "App crashes exactly when Saturday courts open. Third week without a court",
            "£5 cleaning fee for bottles left on the bench. Seriously???",
            "My brother-in-law plays at {comp}, I've booked Saturday there. Done",
        ],
        "cancel_req": [
            "Hi, I'm moving somewhere with no club nearby and want to cancel Padelvo Club and close my account. Thanks for everything"
        ],
        "sorry_go": [
            "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website under My account > Club. Best, {agent}"
        ],
        "grumble": [
            "The app logs me out every single time again. Tiresome",
            "Parking at the club on a Tuesday at 7pm is impossible",
        ],
        "sarcasm": ["Love that the indoor court leaks right above the net 👏"],
        "mild": ["The club finder shows me another city, is that normal?"],
        "mild_ack": [
            "Hi {first}, thanks for letting us know. We've passed it to the app team. Best, {agent}"
        ],
        "spike": [
            "Can't pay my share for the 7pm match, error {code} and now the court shows CANCELLED",
            "Split payment keeps failing and my court tonight is gone",
        ],
        "spike_repeat": [
            "Still the same, {code} again and the court is still cancelled. We play in an hour"
        ],
        "spike_chat": [
            "Hi {first}, yes: split payments are failing at every club right now and cancelling bookings. Our engineers are on it."
        ],
        "spike_fixed": [
            "Hi {first}, split payments work again since {time} and your booking is restored. We've added {amount} credit. Sorry, {agent}"
        ],
        "lone_qa": [
            "last night the bank asked me to confirm twice when splitting the court, then it went through. is that normal?|Hi {first}, yes, banks sometimes ask twice. The payment went through and your booking is fine."
        ],
        "b2b.invoice": [
            "Invoices still carry our old company name and no PO number. Accounts can't pay them"
        ],
        "b2b.account_hold": [
            "Our staff turned up for the company league and reception said the account is on hold. Everything is paid"
        ],
        "b2b.portal": [
            "The company portal shows no active bookings so we can't cancel next week's courts. We'll keep being billed"
        ],
        "b2b.overbilled": [
            "You're billing us peak rate instead of our contract rate. That's over £500 difference"
        ],
        "b2b_follow": [
            "Writing on behalf of {colleague}, who told you on {day} (case {case}). Still the same: "
        ],
        "b2b_last": [
            "Case {case}: nothing fixed and several colleagues have written. Procurement has asked {comp} for their rates."
        ],
        "b2b_last_call": [
            "hi calling about case {case} on the company account it still isn't fixed several colleagues have written and my boss says we move the account if it isn't fixed this week"
        ],
        "b2b_suggest": ["It would help to export bookings by cost centre"],
        "b2b_qa": [
            "Can we add two more courts to Thursday's league?|Hi {first}, yes, they're in the portal for Thursday now. Best, {agent}"
        ],
        "b2b_praise": ["Thursday league at Padelvo has really brought the team together. Cheers!"],
        "subject_case": ["Re: Your case {case}"],
        "subject_complaint": ["Complaint: {topic}"],
        "subject_q": ["Question"],
        "call_lead": ["hi yeah I'm calling because "],
    },
    "fr": {
        "praise": [
            "Nouveaux terrains chez Padelvo à Lyon, vitres nickel et balles neuves. Un bonheur",
            "Réserver avec l'appli Padelvo prend dix secondes. Super match ce matin",
        ],
        "again": [
            "Encore une fois un terrain trouvé à la dernière minute, troisième fois ce mois-ci. Bravo Padelvo"
        ],
        "gripe": [
            "Très contente du club, seulement les douches mettent du temps à chauffer. Sinon top"
        ],
        "qa": [
            "Bonjour, je peux décaler le terrain de demain de 19h à 20h30 sans frais ?|Bonjour {first}, oui : jusqu'à 24 h avant c'est gratuit. Je l'ai déplacé à 20h30."
        ],
        "thanks": ["Super, merci !", "parfait merci 🙏"],
        "night_post": [
            "Sortie de garde à l'hôpital et le terrain de 9h est réservé. Padelvo sauve mes samedis"
        ],
        "night_qa": [
            "bonsoir, à quelle heure ouvrent les réservations du dimanche ?|Bonjour {first}, sept jours avant à partir de 8h. Bonne nuit !"
        ],
        "call_q": [
            "oui bonjour je voulais savoir si la carte de dix cours peut être partagée avec mon mari"
        ],
        "call_a": [
            "Bonjour {first}, comme vu au téléphone : la carte de cours peut être partagée avec une personne. Bien à vous, {agent}"
        ],
        "review": ["Club propre, bon éclairage et l'appli marche bien"],
        "survey_word": ["top", "👍", ""],
        "csat_word": ["nul", ""],
        "complaint.double_booked": [
            "On est arrivés à quatre sur le terrain 5 à 19h et un AUTRE groupe avait la même réservation. L'appli dit confirmé. Pas de match, aucune explication"
        ],
        "complaint.double_charge": [
            "Vous m'avez débité DEUX fois le terrain de jeudi, 36 € et 36 €. La banque le confirme. Je veux un remboursement tout de suite"
        ],
        "complaint.refund": [
            "Cours annulé trois jours avant et TROIS semaines après toujours pas mes 45 €"
        ],
        "complaint.wrong_price": [
            "Membre Padelvo Club depuis deux ans et on me facture le tarif non-membre, 14 € de plus par terrain"
        ],
        "complaint.cancel_fee": [
            "Annulé mardi un terrain de samedi et vous me facturez des frais d'annulation tardive. QUATRE jours avant !"
        ],
        "complaint.coach_no_show": [
            "Cours particulier payé 55 € et le coach n'est JAMAIS venu. Quarante minutes à attendre sur le terrain"
        ],
        "topic": [
            "terrain réservé deux fois|double débit|remboursement manquant|tarif non-membre|frais d'annulation|coach absent"
        ],
        "long_open": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente du dentiste, seul moment calme de ma journée. Je joue dans vos clubs depuis quatre ans et je vous ai recommandés au bureau, alors ça me contrarie vraiment.\n\n"
        ],
        "long_close": [
            "\n\nUne erreur peut arriver, mais j'attends une réponse et une solution cette semaine.\n\nCordialement,\n{first}"
        ],
        "case_opened": [
            "Bonjour {first}, désolés. Nous avons ouvert la demande {case}, l'équipe la traite aujourd'hui. Bien à vous, {agent} (Padelvo)"
        ],
        "chat_case": [
            "Je suis vraiment désolée, {first}. J'ai ouvert la demande {case}, on vous écrit dès qu'elle est vérifiée."
        ],
        "good_news": [
            "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est corrigé sur votre compte. Pouvez-vous confirmer que tout est bon ? Merci, {agent}"
        ],
        "apology": ["Désolé pour le ton d'hier, j'étais à bout. Merci d'avoir réglé ça si vite"],
        "confirm": ["Confirmé, la demande {case} est réglée. Merci !"],
        "quality_lead": [
            "Bonjour {first}, votre demande {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi. Bien à vous, {agent}"
        ],
        "still_open": [
            "J'attends toujours. Demande {case} toujours ouverte et personne ne répond",
            "Je réécris pour la demande {case}. Rien n'a bougé, toujours ouverte",
        ],
        "third": ["Une collègue joue chez {comp} et là-bas c'est réglé le jour même."],
        "fourth": ["C'est la QUATRIÈME fois que j'écris pour ça."],
        "urgent": ["Je l'ai ajouté à votre demande {case} et marquée urgente, {first}."],
        "slide": [
            "Terrain réservé à 20h et 25 minutes d'attente parce que le groupe d'avant déborde. Personne ne dit rien",
            "Balles de location sans pression et filet du terrain 3 qui pend. Padelvo baisse",
            "Maintenant 20 € de caution pour la raquette et une semaine pour la récupérer",
            "L'appli plante pile à l'ouverture des terrains du samedi. Troisième semaine sans terrain",
            "6 € de frais de nettoyage pour des bouteilles sur le banc. Sérieux ???",
            "Mon beau-frère joue chez {comp}, j'ai réservé samedi là-bas. Ras le bol",
        ],
        "cancel_req": [
            "Bonjour, je déménage loin de tout club et je voudrais résilier Padelvo Club et fermer mon compte. Merci pour tout"
        ],
        "sorry_go": [
            "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site, Mon compte > Club. Bien à vous, {agent}"
        ],
        "grumble": [
            "L'appli me redemande le mot de passe à chaque ouverture. Pénible",
            "Se garer au club un mardi à 19h, mission impossible",
        ],
        "sarcasm": ["Génial, la salle couverte a une fuite pile au-dessus du filet 👏"],
        "mild": ["La recherche de clubs m'affiche une autre ville, c'est normal ?"],
        "mild_ack": [
            "Bonjour {first}, merci du signalement. C'est transmis à l'équipe de l'appli. Bien à vous, {agent}"
        ],
        "spike": [
            "Impossible de payer ma part du match de 19h, erreur {code} et le terrain est ANNULÉ",
            "Le paiement partagé ne marche pas et mon terrain de ce soir a disparu",
        ],
        "spike_repeat": [
            "Toujours pareil, encore {code} et le terrain reste annulé. On joue dans une heure"
        ],
        "spike_chat": [
            "Bonjour {first}, oui : le paiement partagé échoue dans tous les clubs en ce moment et annule les réservations. Nos techniciens sont dessus."
        ],
        "spike_fixed": [
            "Bonjour {first}, le paiement partagé fonctionne à nouveau depuis {time} et votre réservation est rétablie. Nous avons ajouté {amount} de crédit. Désolés, {agent}"
        ],
        "lone_qa": [
            "hier soir la banque m'a demandé de confirmer deux fois en partageant le terrain, puis ça a marché. c'est normal ?|Bonjour {first}, oui, la banque demande parfois deux fois. Le paiement est passé, votre réservation est bonne."
        ],
        "b2b.invoice": [
            "Les factures portent toujours l'ancien nom de la société et aucun numéro de commande. La compta ne peut pas les payer"
        ],
        "b2b.account_hold": [
            "Nos salariés sont venus pour la ligue d'entreprise et l'accueil dit que le compte est bloqué. Tout est payé"
        ],
        "b2b.portal": [
            "Le portail entreprise n'affiche aucune réservation active, impossible d'annuler les terrains de la semaine prochaine"
        ],
        "b2b.overbilled": [
            "Vous nous facturez le tarif heures pleines au lieu du tarif du contrat. Plus de 600 € d'écart"
        ],
        "b2b_follow": [
            "J'écris pour {colleague}, qui vous a prévenus le {day} (demande {case}). Toujours pareil : "
        ],
        "b2b_last": [
            "Demande {case} : rien de réglé et plusieurs collègues vous ont écrit. Les achats ont demandé les tarifs de {comp}."
        ],
        "b2b_last_call": [
            "bonjour j'appelle pour la demande {case} du compte entreprise ce n'est toujours pas réglé plusieurs collègues ont écrit et mon patron dit qu'on change de fournisseur si ce n'est pas réglé cette semaine"
        ],
        "b2b_suggest": ["Ce serait pratique d'exporter les réservations par centre de coûts"],
        "b2b_qa": [
            "On peut ajouter deux terrains à la ligue du jeudi ?|Bonjour {first}, oui, ils sont dans le portail pour jeudi. Bien à vous, {agent}"
        ],
        "b2b_praise": ["La ligue du jeudi chez Padelvo a vraiment soudé l'équipe. Merci !"],
        "subject_case": ["RE : Demande {case}"],
        "subject_complaint": ["Réclamation : {topic}"],
        "subject_q": ["Question"],
        "call_lead": ["oui bonjour j'appelle parce que "],
    },
    "it": {
        "praise": [
            "Campi nuovi da Padelvo a Milano, vetri puliti e palline nuove. Che bello giocare così",
            "Prenotare con l'app Padelvo è questione di dieci secondi. Partitona stamattina",
        ],
        "again": [
            "Ancora una volta campo trovato all'ultimo, terza volta questo mese. Grandi Padelvo"
        ],
        "gripe": [
            "Molto contenta del club, solo le docce ci mettono tanto a scaldarsi. Per il resto top"
        ],
        "qa": [
            "Ciao, posso spostare il campo di domani dalle 19 alle 20:30 senza costi?|Ciao {first}, sì: fino a 24 ore prima è gratis. L'ho spostato alle 20:30."
        ],
        "thanks": ["Perfetto, grazie!", "grz mille 🙌"],
        "night_post": [
            "Finito il turno di notte in ospedale e il campo delle 9 è già prenotato. Padelvo mi salva il sabato"
        ],
        "night_qa": [
            "ciao, da che ora si prenotano i campi di domenica?|Ciao {first}, sette giorni prima dalle 8. Buonanotte!"
        ],
        "call_q": [
            "sì buongiorno volevo sapere se il carnet da dieci lezioni si può dividere con mia moglie"
        ],
        "call_a": [
            "Ciao {first}, come detto al telefono: il carnet si può condividere con una persona. Un saluto, {agent}"
        ],
        "review": ["Club pulito, ottima illuminazione e l'app funziona benissimo"],
        "survey_word": ["ottimo", "👍", ""],
        "csat_word": ["pessimo", ""],
        "complaint.double_booked": [
            "Siamo arrivati in quattro al campo 5 alle 19 e c'era un ALTRO gruppo con la stessa prenotazione. L'app dice confermata. Niente partita, nessuna spiegazione"
        ],
        "complaint.double_charge": [
            "Mi avete addebitato DUE volte il campo di giovedì, 36 € e 36 €. La banca lo conferma. Rimborsatemene uno subito"
        ],
        "complaint.refund": [
            "Lezione annullata tre giorni prima e dopo TRE settimane ancora niente rimborso di 45 €"
        ],
        "complaint.wrong_price": [
            "Sono socio Padelvo Club da due anni e mi avete applicato la tariffa non soci, 14 € in più a campo"
        ],
        "complaint.cancel_fee": [
            "Annullato martedì un campo del sabato e mi addebitate la penale per cancellazione tardiva. QUATTRO giorni prima!"
        ],
        "complaint.coach_no_show": [
            "Lezione privata pagata 55 € e il maestro NON si è presentato. Quaranta minuti ad aspettare in campo"
        ],
        "topic": [
            "campo prenotato due volte|doppio addebito|rimborso mancante|tariffa non soci|penale di cancellazione|maestro assente"
        ],
        "long_open": [
            "Buongiorno,\n\nvi scrivo dalla sala d'attesa del pediatra, unico momento tranquillo della giornata. Gioco nei vostri club da quattro anni e vi ho sempre consigliati in ufficio, quindi mi dispiace davvero.\n\n"
        ],
        "long_close": [
            "\n\nGli errori capitano, ma mi aspetto una risposta e una soluzione entro questa settimana.\n\nCordiali saluti,\n{first}"
        ],
        "case_opened": [
            "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e il team la controlla oggi. Un saluto, {agent} (Padelvo)"
        ],
        "chat_case": [
            "Mi dispiace molto, {first}. Ho aperto la segnalazione {case}, ti scriviamo appena è verificata."
        ],
        "good_news": [
            "Ciao {first}, buone notizie sulla segnalazione {case}: è corretto sul tuo conto. Ci confermi che è tutto a posto? Grazie, {agent}"
        ],
        "apology": [
            "Scusate per il tono di ieri, ero furiosa. Grazie per aver risolto così in fretta"
        ],
        "confirm": ["Confermo, segnalazione {case} risolta. Grazie!"],
        "quality_lead": [
            "Ciao {first}, la tua segnalazione {case} ora è in mano alla nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo. Un saluto, {agent}"
        ],
        "still_open": [
            "Sto ancora aspettando. Segnalazione {case} ancora aperta e nessuno risponde",
            "Riscrivo per la segnalazione {case}. Niente di nuovo, ancora aperta",
        ],
        "third": ["Una collega gioca da {comp} e lì si risolve in giornata."],
        "fourth": ["È la QUARTA volta che scrivo per questo."],
        "urgent": [
            "L'ho aggiunto alla tua segnalazione {case} e l'ho segnata come urgente, {first}."
        ],
        "slide": [
            "Campo prenotato alle 20 e 25 minuti di attesa perché il gruppo prima sfora. Nessuno avvisa",
            "Palline a noleggio sgonfie e la rete del campo 3 che pende. Padelvo in calo",
            "Adesso 20 € di cauzione per la racchetta e una settimana per riaverli",
            "L'app si blocca proprio quando aprono i campi del sabato. Terza settimana senza campo",
            "6 € di pulizia per delle bottiglie sulla panchina. Davvero???",
            "Mio cognato gioca da {comp}, ho prenotato lì il sabato. Basta",
        ],
        "cancel_req": [
            "Ciao, mi trasferisco dove non c'è un club vicino e vorrei disdire Padelvo Club e chiudere l'account. Grazie di tutto"
        ],
        "sorry_go": [
            "Ciao {first}, ci dispiace vederti andare. Puoi disdire da solo nell'app o sul sito, Il mio account > Club. Un saluto, {agent}"
        ],
        "grumble": [
            "L'app mi chiede di nuovo la password ogni volta. Che noia",
            "Parcheggiare al club il martedì alle 19 è impossibile",
        ],
        "sarcasm": ["Bellissimo che il campo coperto goccioli proprio sopra la rete 👏"],
        "mild": ["La ricerca club mi mostra un'altra città, è normale?"],
        "mild_ack": [
            "Ciao {first}, grazie della segnalazione. L'abbiamo girata al team dell'app. Un saluto, {agent}"
        ],
        "spike": [
            "Non riesco a pagare la mia quota per la partita delle 19, errore {code} e ora il campo risulta ANNULLATO",
            "Il pagamento diviso non va e il mio campo di stasera è sparito",
        ],
        "spike_repeat": [
            "Sempre uguale, di nuovo {code} e il campo resta annullato. Giochiamo tra un'ora"
        ],
        "spike_chat": [
            "Ciao {first}, sì: in questo momento il pagamento diviso non funziona in tutti i club e annulla le prenotazioni. I tecnici ci stanno lavorando."
        ],
        "spike_fixed": [
            "Ciao {first}, il pagamento diviso funziona di nuovo dalle {time} e la tua prenotazione è ripristinata. Ti abbiamo aggiunto {amount} di credito. Scusaci, {agent}"
        ],
        "lone_qa": [
            "ieri sera la banca mi ha chiesto di confermare due volte dividendo il campo, poi è andata. è normale?|Ciao {first}, sì, a volte la banca chiede due conferme. Il pagamento è passato, la prenotazione è a posto."
        ],
        "b2b.invoice": [
            "Le fatture riportano ancora la vecchia ragione sociale e nessun numero d'ordine. L'amministrazione non può pagarle"
        ],
        "b2b.account_hold": [
            "I nostri dipendenti sono arrivati per la lega aziendale e alla reception dicono che l'account è bloccato. È tutto pagato"
        ],
        "b2b.portal": [
            "Il portale aziendale non mostra prenotazioni attive e non possiamo annullare i campi della settimana prossima"
        ],
        "b2b.overbilled": [
            "Ci fatturate la tariffa di punta invece di quella del contratto. Più di 600 € di differenza"
        ],
        "b2b_follow": [
            "Scrivo per conto di {colleague}, che vi ha avvisato {day} (segnalazione {case}). Ancora uguale: "
        ],
        "b2b_last": [
            "Segnalazione {case}: niente risolto e diversi colleghi vi hanno scritto. Gli acquisti hanno chiesto le tariffe a {comp}."
        ],
        "b2b_last_call": [
            "buongiorno chiamo per la segnalazione {case} dell'account aziendale non è ancora risolto diversi colleghi hanno scritto e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
        ],
        "b2b_suggest": ["Sarebbe utile esportare le prenotazioni per centro di costo"],
        "b2b_qa": [
            "Possiamo aggiungere due campi alla lega del giovedì?|Ciao {first}, sì, sono nel portale per giovedì. Un saluto, {agent}"
        ],
        "b2b_praise": ["La lega del giovedì da Padelvo ha unito tantissimo la squadra. Grazie!"],
        "subject_case": ["R: Segnalazione {case}"],
        "subject_complaint": ["Reclamo: {topic}"],
        "subject_q": ["Domanda"],
        "call_lead": ["sì buongiorno chiamo perché "],
    },
    "pt": {
        "praise": [
            "Campos novos na Padelvo em Lisboa, vidros impecáveis e bolas novas. Que prazer",
            "Reservar na app Padelvo leva dez segundos. Jogão esta manhã",
        ],
        "again": ["Outra vez campo à última hora, terceira vez este mês. Padelvo são os maiores"],
        "gripe": ["Muito contente com o clube, só os duches demoram a aquecer. De resto ótimo"],
        "qa": [
            "Olá, posso mudar o campo de amanhã das 19h para as 20h30 sem custos?|Olá {first}, sim: até 24 h antes é grátis. Já mudei para as 20h30."
        ],
        "thanks": ["Top, obrigado!", "obg 🙌"],
        "night_post": [
            "Saí do turno da noite no hospital e o campo das 9h já está reservado. Padelvo salva-me os sábados"
        ],
        "night_qa": [
            "olá, a que horas abrem as reservas de domingo?|Olá {first}, sete dias antes a partir das 8h. Boa noite!"
        ],
        "call_q": [
            "sim bom dia queria saber se o pacote de dez aulas pode ser partilhado com a minha mulher"
        ],
        "call_a": [
            "Olá {first}, como falámos ao telefone: o pacote de aulas pode ser partilhado com uma pessoa. Cumprimentos, {agent}"
        ],
        "review": ["Clube limpo, boa iluminação e a app funciona muito bem"],
        "survey_word": ["ótimo", "👍", ""],
        "csat_word": ["mau", ""],
        "complaint.double_booked": [
            "Chegámos os quatro ao campo 5 às 19h e estava OUTRO grupo com a mesma reserva. A app diz confirmada. Sem jogo e sem explicação"
        ],
        "complaint.double_charge": [
            "Cobraram-me DUAS vezes o campo de quinta, 36 € e 36 €. O banco confirma. Quero um devolvido já"
        ],
        "complaint.refund": [
            "Cancelei a aula três dias antes e TRÊS semanas depois ainda sem o reembolso de 45 €"
        ],
        "complaint.wrong_price": [
            "Sou sócia do Padelvo Club há dois anos e cobraram-me a tarifa de não sócio, mais 14 € por campo"
        ],
        "complaint.cancel_fee": [
            "Cancelei na terça um campo de sábado e cobram-me taxa de cancelamento tardio. QUATRO dias antes!"
        ],
        "complaint.coach_no_show": [
            "Aula particular paga 55 € e o treinador NÃO apareceu. Quarenta minutos à espera no campo"
        ],
        "topic": [
            "campo reservado duas vezes|cobrança duplicada|reembolso em falta|tarifa de não sócio|taxa de cancelamento|treinador faltou"
        ],
        "long_open": [
            "Boa tarde,\n\nescrevo da sala de espera do centro de saúde, o único momento calmo do dia. Jogo nos vossos clubes há quatro anos e recomendei-vos no trabalho, por isso isto custa-me.\n\n"
        ],
        "long_close": [
            "\n\nErros acontecem, mas preciso de uma resposta e de uma solução esta semana.\n\nCumprimentos,\n{first}"
        ],
        "case_opened": [
            "Olá {first}, lamentamos. Abrimos o pedido {case} e a equipa analisa hoje. Cumprimentos, {agent} (Padelvo)"
        ],
        "chat_case": [
            "Lamento muito, {first}. Abri o pedido {case}, escrevemos por e-mail quando estiver verificado."
        ],
        "good_news": [
            "Olá {first}, boas notícias sobre o pedido {case}: já está corrigido na sua conta. Pode confirmar que está tudo bem? Obrigado, {agent}"
        ],
        "apology": [
            "Desculpem o tom de ontem, estava passada. Obrigada por resolverem tão depressa"
        ],
        "confirm": ["Confirmado, pedido {case} resolvido. Obrigado!"],
        "quality_lead": [
            "Olá {first}, o seu pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço. Cumprimentos, {agent}"
        ],
        "still_open": [
            "Continuo à espera. Pedido {case} ainda aberto e ninguém diz nada",
            "Volto a escrever pelo pedido {case}. Nada mudou, continua aberto",
        ],
        "third": ["Uma colega joga na {comp} e lá resolvem isto no mesmo dia."],
        "fourth": ["É a QUARTA vez que escrevo por isto."],
        "urgent": ["Acrescentei ao seu pedido {case} e marquei como urgente, {first}."],
        "slide": [
            "Campo reservado às 20h e 25 minutos à espera porque o grupo anterior se estica. Ninguém avisa",
            "Bolas de aluguer sem pressão e a rede do campo 3 descaída. Padelvo a piorar",
            "Agora 20 € de caução pela raquete e uma semana para devolver",
            "A app vai abaixo mesmo quando abrem os campos de sábado. Terceira semana sem campo",
            "6 € de limpeza por garrafas no banco. A sério???",
            "O meu cunhado joga na {comp}, já reservei lá o sábado. Chega",
        ],
        "cancel_req": [
            "Olá, vou mudar-me para longe de qualquer clube e quero cancelar o Padelvo Club e fechar a conta. Obrigado por tudo"
        ],
        "sorry_go": [
            "Olá {first}, lamentamos vê-lo partir. Pode cancelar na app ou no site, em A minha conta > Club. Cumprimentos, {agent}"
        ],
        "grumble": [
            "A app pede-me outra vez a palavra-passe sempre que a abro. Chato",
            "Estacionar no clube à terça às 19h é impossível",
        ],
        "sarcasm": ["Adoro que o campo coberto pingue mesmo em cima da rede 👏"],
        "mild": ["A pesquisa de clubes mostra outra cidade, é normal?"],
        "mild_ack": [
            "Olá {first}, obrigado pelo aviso. Já passámos à equipa da app. Cumprimentos, {agent}"
        ],
        "spike": [
            "Não consigo pagar a minha parte do jogo das 19h, dá erro {code} e agora o campo aparece CANCELADO",
            "O pagamento dividido não funciona e o meu campo de hoje à noite desapareceu",
        ],
        "spike_repeat": [
            "Continua igual, outra vez {code} e o campo continua cancelado. Jogamos daqui a uma hora"
        ],
        "spike_chat": [
            "Olá {first}, sim: neste momento o pagamento dividido está a falhar em todos os clubes e a cancelar reservas. Os técnicos estão a tratar disso."
        ],
        "spike_fixed": [
            "Olá {first}, o pagamento dividido voltou a funcionar desde as {time} e a sua reserva foi reposta. Acrescentámos {amount} de crédito. Desculpe, {agent}"
        ],
        "lone_qa": [
            "ontem o banco pediu para confirmar duas vezes ao dividir o campo, depois passou. é normal?|Olá {first}, sim, às vezes o banco pede duas vezes. O pagamento passou e a reserva está certa."
        ],
        "b2b.invoice": [
            "As faturas continuam com o nome antigo da empresa e sem número de encomenda. A contabilidade não as consegue pagar"
        ],
        "b2b.account_hold": [
            "Os nossos colaboradores chegaram para a liga da empresa e na receção disseram que a conta está bloqueada. Está tudo pago"
        ],
        "b2b.portal": [
            "O portal da empresa não mostra reservas ativas e não conseguimos cancelar os campos da próxima semana"
        ],
        "b2b.overbilled": [
            "Estão a faturar tarifa de hora de ponta em vez da tarifa do contrato. São mais de 600 € de diferença"
        ],
        "b2b_follow": [
            "Escrevo em nome de {colleague}, que já avisou na {day} (pedido {case}). Continua igual: "
        ],
        "b2b_last": [
            "Pedido {case}: nada resolvido e vários colegas já escreveram. As compras pediram preços à {comp}."
        ],
        "b2b_last_call": [
            "bom dia ligo por causa do pedido {case} da conta da empresa ainda não está resolvido vários colegas já escreveram e o meu chefe diz que se não ficar resolvido esta semana mudamos de fornecedor"
        ],
        "b2b_suggest": ["Dava jeito exportar as reservas por centro de custo"],
        "b2b_qa": [
            "Podemos juntar mais dois campos à liga de quinta?|Olá {first}, sim, já estão no portal para quinta. Cumprimentos, {agent}"
        ],
        "b2b_praise": ["A liga de quinta na Padelvo uniu imenso a equipa. Obrigado!"],
        "subject_case": ["RE: Pedido {case}"],
        "subject_complaint": ["Reclamação: {topic}"],
        "subject_q": ["Pergunta"],
        "call_lead": ["sim bom dia estou a ligar porque "],
    },
}

WEEKDAY: dict[str, list[str]] = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Irene",
        "Pablo",
        "Carmen",
        "Diego",
        "Elena",
        "Raúl",
        "Beatriz",
        "Hugo",
        "Noelia",
        "Íñigo",
    ],
    "de": [
        "Lena",
        "Matthias",
        "Sabine",
        "Jonas",
        "Katrin",
        "Florian",
        "Anja",
        "Tobias",
        "Miriam",
        "Jörg",
        "Svenja",
        "Lukas",
        "Petra",
        "Niklas",
        "Ute",
        "Felix",
    ],
    "en": ["Emma", "Oliver", "Sophie", "Callum", "Aoife", "Jack", "Hannah", "Rory"],
    "fr": ["Camille", "Julien", "Manon", "Théo", "Élodie", "Bastien", "Chloé", "Mathis"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Federica", "Matteo", "Sara", "Davide"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Duarte"],
}

LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Torres",
        "Fuentes",
        "Navarro",
        "Ruiz",
        "Morales",
        "Ortega",
        "Castro",
        "Iglesias",
        "Vidal",
        "Serrano",
        "Prieto",
    ],
    "de": [
        "Brandt",
        "Zimmermann",
        "Krüger",
        "Hofmann",
        "Lange",
        "Vogel",
        "Schäfer",
        "Becker",
        "Wolff",
        "Seidel",
        "Huber",
        "Gruber",
    ],
    "en": ["Walsh", "Hughes", "Turner", "Byrne", "Clarke", "Murphy"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Dubois", "Fontaine", "Lambert"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Greco", "Marino", "Conti"],
    "pt": ["Silva", "Costa", "Ferreira", "Almeida", "Sousa", "Carvalho"],
}

AGENTS = ("Noa", "Adrián", "Hanna", "Malte", "Chloé", "Paolo", "Leonor", "Sam")

COMPANIES: dict[str, list[str]] = {
    "es": [
        "Reformas Alcázar",
        "Colegio Santa Brígida",
        "Hoteles Miramar",
        "Consultora Vértice",
        "Logística Duero",
    ],
    "de": [
        "Stadtwerke Lindenau",
        "Bau Hoffmann",
        "Facility Nord",
        "Kanzlei Breuer",
        "Klinik am See",
    ],
    "en": ["Harbour Events"],
    "fr": ["Toitures Girard"],
    "it": ["Studio Greco Architetti"],
    "pt": ["Construções Tejo", "Hotel Ribeira"],
}
