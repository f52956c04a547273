"""Hand-written wording for the eighth blind set: Fitora, a gym chain (heldout7).

Written for this set from the stories, in six languages (Spanish and German
first). Follow-ups ("again") avoid repeating the problem's own words on purpose.
"""

# ruff: noqa: E501  (hand-written lines of data, kept whole)
from __future__ import annotations

from typing import Any

#: B2C problems: key -> a short description (for the truth file).
PROBLEMS = {
    "double_debit": "monthly fee (34.90 EUR) debited twice in the same month",
    "freeze": "membership pause for an injury accepted but the fee still taken",
    "cancel_ignored": "cancelled with notice in summer, still debited",
    "trainer": "personal trainer did not show up twice, sessions deducted from the pack",
    "locker": "locker forced open in the club, wallet taken, staff shrugged",
    "aircon": "ventilation broken in the cycling studio for weeks (31 degrees)",
    "joining_fee": "49 EUR joining fee charged despite a 'no joining fee' offer",
}
#: B2B problems (Fitora Corporate).
B2B_PROBLEMS = {
    "leavers": "corporate invoice still bills seven employees who left",
    "cards_off": "employees' membership cards deactivated, staff turned away at entry",
    "discount": "the 20 % corporate discount is missing from the renewal",
    "portal": "HR portal no longer lets the company add new hires",
}
COMPETITORS = ("Kinetra", "Pulsaro")
SPIKE_ABOUT = "a 9.90 EUR 'no-show fee' charged overnight for classes people attended"

W: dict[str, dict[str, Any]] = {}

W["es"] = {
    "praise": [
        "Clase de body pump hoy brutal, la monitora Carla es un 10",
        "me encanta el club nuevo de Chamberi, todo limpisimo",
        "Por fin una app de gimnasio q funciona, reservar clases en 2 segundos",
        "Llevo 3 meses y he bajado 6 kg, gracias equipo!!",
        "la sauna despues de entrenar... gloria bendita",
        "El entrenador me corrigió la sentadilla y ya no me duele la rodilla. Top",
        "Buen ambiente, buena musica, buenas maquinas. Nada que decir",
    ],
    "question": [
        "Hola, ¿puedo llevar a un amigo un dia gratis?",
        "una pregunta: el club de Gracia abre los festivos?",
        "¿Cómo cambio la cuenta bancaria de la domiciliación?",
        "Se puede reservar la clase de yoga con mas de 48h?",
    ],
    "agent_answer": [
        "¡Hola! Sí, desde la app en Perfil > Invitar tienes un pase de un dia al mes. Un saludo, Fitora",
        "Hola, te lo confirmamos: abrimos de 8 a 14h los festivos. ¡Buen entreno!",
        "Hola, lo puedes cambiar en Perfil > Pagos. Cualquier duda, aquí estamos.",
        "Hola, las reservas abren 48h antes de cada clase, ni un minuto mas 😉 Fitora",
    ],
    "thanks": [
        "genial, gracias!",
        "Perfecto, mil gracias 🙌",
        "ok gracias",
        "vale, apuntado. gracias",
    ],
    "survey_word": ["genial", "todo bien", "👍", "nada", "10"],
    "night_post": [
        "entrenando a las 2 de la mañana en el 24h, nadie en las maquinas, paraiso",
        "turno de noche y luego gym, el club 24h me salva la vida",
        "¿a qué hora limpian la zona de pesas por la noche? no molesta eh, curiosidad",
    ],
    "complaint": {
        "double_debit": "Me habeis cobrado DOS VECES la cuota de 34,90 este mes. Quiero la devolucion ya.",
        "freeze": "Pedi pausar la cuota por lesion de rodilla, me dijeron q si, y me habeis cobrado igual. No entiendo nada",
        "cancel_ignored": "Me di de baja en julio con el preaviso y me seguis cobrando. Esto es un robo.",
        "trainer": "El entrenador personal no se presento. Otra vez. Y me descontais la sesion del bono. Increible",
        "locker": "Me han forzado la taquilla en el club y se han llevado la cartera. En recepcion ni caso.",
        "aircon": "La sala de ciclo a 31 grados, la ventilacion rota desde hace semanas. Es insoportable",
        "joining_fee": "La oferta decia SIN matricula y me cobrais 49 €. ¿En serio?",
    },
    "again": [
        "Sigo esperando respuesta a lo que os escribi. Nada resuelto.",
        "RE: mi reclamacion - ¿alguien lo va a mirar o no?",
        "Vuelvo a escribir porque sigue igual. Nadie me ha contestado",
        "Os llamo otra vez por lo mismo, seguimos sin solucion",
    ],
    "third": [
        "Es la TERCERA vez que os escribo. SIGO SIN solucion.",
        "Tercera vez. Ya no se como decirlo.",
    ],
    "agent_holding": [
        "Hola, sentimos las molestias. Lo hemos pasado al equipo de socios y te decimos algo en 48h. Fitora",
        "Hola, gracias por avisar, lo estamos revisando. Un saludo.",
    ],
    "agent_fixed": [
        "Hola, ya está corregido y verás el abono en 3-5 días. Disculpa las molestias. Fitora",
        "Hola, solucionado: te hemos devuelto el importe. ¡Gracias por tu paciencia!",
    ],
    "sorted": [
        "Visto, ya esta todo bien. Gracias!",
        "Recibido el abono, perfecto, gracias",
        "ok, solucionado. gracias x la rapidez",
    ],
    "sorry": [
        "Perdon por el tono de ayer, estaba de mal humor. Gracias por la ayuda",
        "ayer me pase un poco, sorry 🙏",
    ],
    "slide": [
        "Ultimamente las clases estan muy llenas, cuesta reservar",
        "Un poco decepcionado, la maquina de remo lleva rota dos semanas",
        "Estoy bastante harto, siempre hay algo que no funciona",
        "El servicio ha bajado muchisimo. Nadie contesta, nadie arregla nada",
        "Vergonzoso. Pago 34,90 al mes por esto?? Estoy muy enfadado",
        "Ya esta. Me he cansado. Estoy mirando {comp}, alli al menos funciona todo",
    ],
    "cancel_mail": [
        "Quiero darme de baja a final de mes. ¿Como lo hago? No quiero mas cargos.",
        "Hola, por favor tramitad mi baja. Me mudo y no voy a seguir.",
    ],
    "cancel_web": "Baja solicitada desde la web",
    "sarcasm": [
        "Ah genial, otra vez sin agua caliente en las duchas. Maravilloso 🙃 por lo demas bien"
    ],
    "grumpy": [
        "las clases empiezan tarde siempre",
        "Otra vez la maquina de agua sin funcionar. Como siempre",
        "la app se cuelga cada dos por tres",
        "musica altisima, no hay quien piense",
        "¿Para que pago si nunca hay sitio en spinning?",
    ],
    "spike": [
        "Me habeis cobrado 9,90 de 'no presentado' por una clase a la que FUI. ¿Que es esto?",
        "cargo de 9,90 esta noche x no asistir a pilates... estuve alli!!",
        "¿Por qué me cobrais una penalizacion de 9,90€? Fui a todas mis clases",
        "Penalizacion de no-show injusta en mi cuenta, devolvedla",
    ],
    "spike_again": [
        "Sigo con el cargo de 9,90 en el banco, nadie dice nada",
        "RE: ¿y lo de esta mañana? sigue ahi",
    ],
    "agent_spike": "Hola, un error en el sistema de reservas cobró esta noche penalizaciones por error. Las devolvemos todas en 3-5 días. Disculpa. Fitora",
    "b2b_routine": [
        "Hola, os paso el listado de altas de octubre para Fitora Corporate.",
        "¿Podeis enviarnos la factura de septiembre en PDF? Gracias",
        "Os confirmo la jornada de bienestar del dia 15 para 30 personas.",
        "Gracias por la clase de estiramientos en la oficina, gusto a todos",
    ],
    "b2b_complaint": {
        "leavers": "La factura corporativa sigue cobrando a 7 empleados que ya no estan. Revisadlo ya.",
        "cards_off": "Esta mañana no han dejado entrar a varios compañeros, dicen q la tarjeta esta desactivada.",
        "discount": "La renovacion viene sin el 20% de descuento pactado. Asi no.",
        "portal": "El portal de RRHH no nos deja dar de alta a los nuevos. Llevamos dias asi.",
    },
    "b2b_complaint2": {
        "leavers": "Otra vez la factura con gente que ya no trabaja aqui. ¿Quien la revisa?",
        "cards_off": "Yo tampoco he podido entrar hoy, torno en rojo. Somos varios",
        "discount": "Desde finanzas: el precio de la renovacion no cuadra con el contrato",
        "portal": "tampoco puedo añadir a los 3 nuevos del lunes, error al guardar",
    },
    "b2b_again": [
        "Seguimos igual, sin respuesta. Estamos valorando otros proveedores.",
        "RE: sigue sin resolverse. Si esto continua, cambiamos de proveedor.",
    ],
    "b2b_mild": [
        "Todo bien en general, solo que la factura llega un poco tarde",
        "La app corporativa es algo lenta, nada grave",
    ],
    "b2b_agent": "Hola, gracias por la informacion, lo gestionamos hoy mismo. Equipo Fitora Corporate",
}

W["de"] = {
    "praise": [
        "Der neue Kursplan ist super, endlich Yoga auch abends",
        "Trainer Jonas hat mir heute die Kreuzheben-Technik erklärt. Klasse!",
        "Studio in Friedrichshain ist echt sauber, Respekt",
        "Hab seit Juni 5 kg runter. Danke Fitora 💪",
        "Die App funktioniert einwandfrei, Kurs buchen in Sekunden",
        "sauna nach dem training = bester teil vom tag",
    ],
    "question": [
        "Hallo, kann ich meine Mitgliedschaft auf ein anderes Studio übertragen?",
        "Hat das Studio in Altona am Feiertag offen?",
        "wie ändere ich die IBAN für den Einzug?",
        "Gibt es einen Rabatt für Studierende?",
    ],
    "agent_answer": [
        "Hallo! Ja, das geht in der App unter Profil > Studio wechseln. Sportliche Grüße, Fitora",
        "Hallo, am Feiertag haben wir von 9 bis 15 Uhr geöffnet. Viel Spaß beim Training!",
        "Hallo, die IBAN änderst du unter Profil > Zahlungen. Bei Fragen sind wir da.",
        "Hallo, ja: mit Studienbescheinigung 20 % Rabatt, einfach am Empfang zeigen. Fitora",
    ],
    "thanks": ["super, danke!", "Alles klar, vielen Dank", "danke 👍", "perfekt, dank euch"],
    "survey_word": ["passt", "alles gut", "👍", "top", "-"],
    "night_post": [
        "3 Uhr nachts im 24h-Studio, ganz allein an der Langhantel. Herrlich",
        "nach der Spätschicht noch schnell trainieren, danke dass ihr 24h offen habt",
        "wann wird nachts eigentlich geputzt? nur neugierig",
    ],
    "complaint": {
        "double_debit": "Ihr habt den Beitrag von 34,90 diesen Monat ZWEIMAL abgebucht. Ich will mein Geld zurück.",
        "freeze": "Ich hab wegen Knie-OP pausiert, wurde bestätigt, und trotzdem abgebucht. Was soll das?",
        "cancel_ignored": "Fristgerecht im Juli gekündigt und ihr bucht immer noch ab. Unverschämt.",
        "trainer": "Personal Trainer ist schon wieder nicht erschienen und die Stunde wird trotzdem abgezogen",
        "locker": "Mein Spind wurde aufgebrochen, Geldbeutel weg. Am Empfang hat das keinen interessiert.",
        "aircon": "Im Cycling-Raum 31 Grad, Lüftung seit Wochen kaputt. Unzumutbar.",
        "joining_fee": "Angebot war OHNE Anmeldegebühr und jetzt 49 € abgebucht?!",
    },
    "again": [
        "Ich warte immer noch auf eine Antwort. Nichts ist passiert.",
        "AW: meine Beschwerde - kümmert sich da jemand drum?",
        "Schreibe nochmal, weil sich nichts getan hat.",
        "Rufe wieder an wegen derselben Sache, immer noch nicht gelöst",
    ],
    "third": [
        "Das ist jetzt das DRITTE Mal. IMMER NOCH keine Lösung.",
        "Dritter Versuch. Langsam reicht's.",
    ],
    "agent_holding": [
        "Hallo, das tut uns leid. Wir haben es an das Mitgliederteam gegeben und melden uns in 48 h. Fitora",
        "Hallo, danke für den Hinweis, wir prüfen das gerade.",
    ],
    "agent_fixed": [
        "Hallo, ist korrigiert, die Gutschrift kommt in 3-5 Tagen. Entschuldige die Umstände. Fitora",
        "Hallo, erledigt: Betrag ist erstattet. Danke für deine Geduld!",
    ],
    "sorted": [
        "Gesehen, passt jetzt. Danke!",
        "Gutschrift ist da, danke euch",
        "ok, erledigt. danke für die schnelle Hilfe",
    ],
    "sorry": [
        "Sorry für den Ton gestern, war ein mieser Tag. Danke für die Hilfe",
        "gestern war ich etwas zu harsch, sorry",
    ],
    "slide": [
        "Die Kurse sind in letzter Zeit ziemlich voll, schwer einen Platz zu kriegen",
        "Bin etwas enttäuscht, das Rudergerät ist seit zwei Wochen defekt",
        "Langsam nervt es, irgendwas ist immer kaputt",
        "Der Service ist deutlich schlechter geworden. Keiner antwortet, keiner repariert",
        "Peinlich. 34,90 im Monat für das hier?? Ich bin echt sauer",
        "Mir reicht's. Ich schau mir gerade {comp} an, da funktioniert wenigstens alles",
    ],
    "cancel_mail": [
        "Ich möchte zum Monatsende kündigen. Bitte bestätigen, keine weiteren Abbuchungen.",
        "Hallo, bitte Kündigung bearbeiten, ich ziehe um.",
    ],
    "cancel_web": "Kündigung über die Website",
    "sarcasm": ["Ah toll, wieder kein warmes Wasser in der Dusche. Wunderbar 🙃 sonst aber gut"],
    "grumpy": [
        "Kurse fangen immer zu spät an",
        "Wasserspender mal wieder leer. Wie immer",
        "die app stürzt ständig ab",
        "Musik viel zu laut, man versteht sein eigenes Wort nicht",
        "Wozu zahle ich, wenn Spinning immer ausgebucht ist?",
    ],
    "spike": [
        "Mir wurden 9,90 'No-Show-Gebühr' abgebucht für einen Kurs, bei dem ich WAR. Was ist da los?",
        "heute nacht 9,90 Strafgebühr für Pilates... ich war doch da!!",
        "Warum bucht ihr eine No-Show-Gebühr von 9,90 € ab? War bei allen Kursen",
        "Ungerechtfertigte Strafgebühr auf meinem Konto, bitte zurückbuchen",
    ],
    "spike_again": [
        "Die 9,90 sind immer noch auf dem Konto, keiner meldet sich",
        "AW: und das von heute früh? immer noch da",
    ],
    "agent_spike": "Hallo, ein Fehler im Buchungssystem hat heute Nacht falsche Gebühren abgebucht. Wir erstatten alles in 3-5 Tagen. Entschuldigung! Fitora",
    "b2b_routine": [
        "Hallo, anbei die Neuzugänge für Oktober für Fitora Corporate.",
        "Könnt ihr uns die Rechnung September als PDF schicken? Danke",
        "Bestätige den Gesundheitstag am 15. für 30 Personen.",
        "Danke für die Rückenschule im Büro, kam super an",
    ],
    "b2b_complaint": {
        "leavers": "Die Firmenrechnung enthält immer noch 7 Mitarbeitende, die längst weg sind. Bitte korrigieren.",
        "cards_off": "Heute früh wurden mehrere Kollegen am Eingang abgewiesen, Karte angeblich deaktiviert.",
        "discount": "Die Verlängerung kommt ohne die vereinbarten 20 % Rabatt. So nicht.",
        "portal": "Im HR-Portal können wir keine neuen Mitarbeitenden anlegen. Seit Tagen.",
    },
    "b2b_complaint2": {
        "leavers": "Schon wieder Leute auf der Rechnung, die nicht mehr bei uns sind. Wer prüft das?",
        "cards_off": "Ich kam heute auch nicht rein, Drehkreuz rot. Wir sind mehrere",
        "discount": "Aus der Buchhaltung: der Verlängerungspreis passt nicht zum Vertrag",
        "portal": "kann die 3 Neuen von Montag auch nicht anlegen, Fehler beim Speichern",
    },
    "b2b_again": [
        "Immer noch keine Lösung und keine Antwort. Wir schauen uns andere Anbieter an.",
        "AW: weiterhin offen. Wenn das so bleibt, wechseln wir den Anbieter.",
    ],
    "b2b_mild": [
        "Insgesamt gut, nur die Rechnung kommt etwas spät",
        "Die Firmen-App ist etwas langsam, nichts Schlimmes",
    ],
    "b2b_agent": "Hallo, danke für die Info, wir kümmern uns heute darum. Team Fitora Corporate",
}

W["en"] = {
    "praise": [
        "Spin class with Priya this morning was unreal, best instructor",
        "new Leeds club is spotless, well done",
        "booking a class in the app takes 2 taps. love it",
        "down 4kg since July, cheers Fitora",
        "steam room after legs day... heaven",
        "coach fixed my squat and my knee stopped hurting. brilliant",
    ],
    "question": [
        "hi, can I bring a mate for a free day?",
        "Is the Didsbury club open on bank holiday Monday?",
        "how do I change the bank account for my direct debit?",
        "can you book yoga more than 48h ahead?",
    ],
    "agent_answer": [
        "Hi! Yes, in the app under Profile > Invite you get one free guest day a month. Fitora",
        "Hi, we're open 9am-3pm on bank holidays. Enjoy your workout!",
        "Hi, you can change it under Profile > Payments. Any questions, just ask.",
        "Hi, bookings open 48h before each class, so not yet I'm afraid. Fitora",
    ],
    "thanks": ["great, thanks!", "perfect ta", "cheers 👍", "sorted, thank you"],
    "survey_word": ["grand", "all good", "👍", "10/10", "-"],
    "night_post": [
        "2am at the 24h club, whole weights floor to myself. bliss",
        "night shift then gym, the 24h club is a lifesaver",
        "what time do you clean the free weights area at night? just curious",
    ],
    "complaint": {
        "double_debit": "You've taken my 34.90 fee TWICE this month. I want it back now.",
        "freeze": "I froze my membership for a knee injury, you confirmed, and still took the fee. Explain?",
        "cancel_ignored": "Cancelled in July with notice and you're STILL taking money. Disgraceful.",
        "trainer": "PT didn't turn up. Again. And the session's gone from my pack. Unbelievable",
        "locker": "My locker got forced at the club and my wallet's gone. Reception couldn't care less.",
        "aircon": "Cycle studio is 31 degrees, ventilation broken for weeks. Unbearable",
        "joining_fee": "Offer said NO joining fee and you've charged me 49. Seriously?",
    },
    "again": [
        "still waiting on a reply to my message. nothing's been done",
        "RE: my complaint - is anyone actually looking at this?",
        "writing again because nothing has changed. no answer",
        "calling again about the same thing, still not fixed",
    ],
    "third": ["This is the THIRD time. STILL nothing.", "third time asking. honestly."],
    "agent_holding": [
        "Hi, sorry about this. We've passed it to our members team and will update you within 48h. Fitora",
        "Hi, thanks for flagging, we're looking into it.",
    ],
    "agent_fixed": [
        "Hi, that's corrected and you'll see the refund in 3-5 days. Sorry for the hassle. Fitora",
        "Hi, done: we've refunded the amount. Thanks for your patience!",
    ],
    "sorted": [
        "seen it, all fine now. thanks!",
        "refund's in, cheers",
        "ok sorted, thanks for being quick",
    ],
    "sorry": [
        "sorry for my tone yesterday, bad day. thanks for the help",
        "was a bit harsh yesterday tbh, sorry",
    ],
    "slide": [
        "classes are pretty packed lately, hard to get a spot",
        "bit disappointed, the rowing machine's been broken two weeks",
        "getting fed up, there's always something not working",
        "service has gone right downhill. nobody answers, nobody fixes anything",
        "Shameful. 34.90 a month for this?? really angry now",
        "That's it. Had enough. Looking at {comp}, at least their stuff works",
    ],
    "cancel_mail": [
        "I'd like to cancel at the end of the month. How do I do it? No more payments please.",
        "Hi, please process my cancellation, I'm moving away.",
    ],
    "cancel_web": "Cancellation requested on the website",
    "sarcasm": ["Oh lovely, no hot water in the showers again. Fantastic 🙃 otherwise fine"],
    "grumpy": [
        "classes always start late",
        "water fountain broken again. as usual",
        "app crashes every other day",
        "music way too loud, can't hear yourself think",
        "why do I pay if spin is always full?",
    ],
    "spike": [
        "You've charged me a 9.90 'no-show fee' for a class I WENT to. What's going on?",
        "9.90 penalty overnight for pilates... I was there!!",
        "why have I been charged a 9.90 no-show fee? attended every class",
        "unfair no-show charge on my account, refund it pls",
    ],
    "spike_again": [
        "still got the 9.90 on my bank, no one's said anything",
        "RE: and this morning's charge? still there",
    ],
    "agent_spike": "Hi, a booking system error charged no-show fees by mistake overnight. We're refunding all of them within 3-5 days. Sorry! Fitora",
    "b2b_routine": [
        "Hi, attached are October's new starters for Fitora Corporate.",
        "Could you send September's invoice as a PDF? Thanks",
        "Confirming the wellbeing day on the 15th for 30 people.",
        "Thanks for the desk-stretch session at the office, everyone loved it",
    ],
    "b2b_complaint": {
        "leavers": "Our corporate invoice is still billing 7 employees who left months ago. Please fix.",
        "cards_off": "Several colleagues were turned away this morning, cards apparently deactivated.",
        "discount": "The renewal has come without the agreed 20% discount. Not acceptable.",
        "portal": "The HR portal won't let us add new starters. It's been days.",
    },
    "b2b_complaint2": {
        "leavers": "Invoice lists people who don't work here any more. Who checks these?",
        "cards_off": "I couldn't get in today either, gate flashing red. There are a few of us",
        "discount": "From finance: the renewal price doesn't match our contract",
        "portal": "can't add Monday's 3 new starters either, error on save",
    },
    "b2b_again": [
        "Still no fix and no reply. We're looking at other providers.",
        "RE: still open. If this carries on we'll switch provider.",
    ],
    "b2b_mild": [
        "all good overall, just the invoice comes a bit late",
        "corporate app is a bit slow, nothing major",
    ],
    "b2b_agent": "Hi, thanks for letting us know, we'll sort it today. Fitora Corporate team",
}

W["fr"] = {
    "praise": [
        "Cours de body combat ce matin avec Ines, genial",
        "le nouveau club de Lyon est nickel, bravo",
        "reserver un cours dans l'appli en 2 clics, top",
        "-3 kg depuis la rentree, merci Fitora",
        "le hammam apres la seance... le bonheur",
        "le coach a corrige mon squat, plus mal au genou. Merci bcp",
    ],
    "question": [
        "Bonjour, je peux venir avec un ami pour une seance d'essai ?",
        "le club de Nantes est ouvert le 1er novembre ?",
        "comment changer le RIB du prelevement svp ?",
        "on peut reserver le yoga plus de 48h avant ?",
    ],
    "agent_answer": [
        "Bonjour ! Oui, dans l'appli > Profil > Inviter, un pass invite par mois. Sportivement, Fitora",
        "Bonjour, nous sommes ouverts de 9h a 15h les jours feries. Bonne seance !",
        "Bonjour, c'est dans Profil > Paiements. N'hesitez pas si besoin.",
        "Bonjour, les reservations ouvrent 48h avant chaque cours. Fitora",
    ],
    "thanks": ["super merci !", "parfait, merci bcp", "merci 👍", "top, merci"],
    "survey_word": ["RAS", "nickel", "👍", "bien", "-"],
    "night_post": [
        "2h du mat au club 24/24, personne aux haltères, le reve",
        "apres ma garde de nuit, un peu de sport, merci le 24h",
        "vous nettoyez la salle a quelle heure la nuit ? simple curiosite",
    ],
    "complaint": {
        "double_debit": "Vous m'avez preleve DEUX FOIS les 34,90 ce mois-ci. Je veux etre rembourse.",
        "freeze": "J'ai suspendu pour une blessure au genou, c'etait valide, et vous prelevez quand meme ?!",
        "cancel_ignored": "Resilie en juillet avec preavis et vous prelevez toujours. Scandaleux.",
        "trainer": "Le coach perso n'est pas venu. Encore. Et la seance est decomptee. Incroyable",
        "locker": "Mon casier a ete force au club, portefeuille vole. A l'accueil, zero reaction.",
        "aircon": "31 degres dans la salle de cycling, ventilation en panne depuis des semaines",
        "joining_fee": "L'offre disait SANS frais d'inscription et vous me prenez 49 € ?",
    },
    "again": [
        "J'attends toujours une reponse. Rien n'a bouge.",
        "RE : ma reclamation - quelqu'un s'en occupe ?",
        "je relance car c'est toujours pareil. aucune reponse",
        "je rappelle pour la meme chose, toujours pas regle",
    ],
    "third": ["C'est la TROISIEME fois. TOUJOURS rien.", "3e relance. Franchement."],
    "agent_holding": [
        "Bonjour, desoles. Nous avons transmis a l'equipe adherents, retour sous 48h. Fitora",
        "Bonjour, merci du signalement, nous regardons.",
    ],
    "agent_fixed": [
        "Bonjour, c'est corrige, le remboursement arrive sous 3-5 jours. Desoles. Fitora",
        "Bonjour, c'est fait : montant rembourse. Merci de votre patience !",
    ],
    "sorted": [
        "vu, tout est ok. merci !",
        "remboursement recu, merci",
        "ok regle, merci pr la rapidite",
    ],
    "sorry": [
        "desole pour le ton hier, mauvaise journee. merci",
        "j'ai ete un peu sec hier, pardon",
    ],
    "slide": [
        "les cours sont tres pleins en ce moment, dur de reserver",
        "un peu decu, le rameur est en panne depuis 2 semaines",
        "ca commence a m'agacer, il y a toujours un truc qui marche pas",
        "le service s'est vraiment degrade. personne ne repond, rien n'est repare",
        "Honteux. 34,90 par mois pour ca ?? je suis vraiment en colere",
        "C'est bon, j'en ai marre. Je regarde {comp}, au moins chez eux tout marche",
    ],
    "cancel_mail": [
        "Je souhaite resilier a la fin du mois. Comment faire ? Plus de prelevement svp.",
        "Bonjour, merci de traiter ma resiliation, je demenage.",
    ],
    "cancel_web": "Resiliation demandee sur le site",
    "sarcasm": ["Ah super, encore pas d'eau chaude aux douches. Genial 🙃 sinon ca va"],
    "grumpy": [
        "les cours commencent toujours en retard",
        "fontaine a eau encore en panne. comme d'hab",
        "l'appli plante tout le temps",
        "musique beaucoup trop forte",
        "pourquoi je paie si le cycling est toujours complet ?",
    ],
    "spike": [
        "Vous m'avez preleve 9,90 de 'frais d'absence' pour un cours ou j'ETAIS. C'est quoi ?",
        "9,90 de penalite cette nuit pour le pilates... j'y etais !!",
        "pourquoi des frais de no-show de 9,90 € ? j'ai fait tous mes cours",
        "penalite injustifiee sur mon compte, remboursez svp",
    ],
    "spike_again": [
        "toujours les 9,90 sur mon compte, aucune nouvelle",
        "RE : et ce matin ? toujours la",
    ],
    "agent_spike": "Bonjour, une erreur du systeme de reservation a preleve des penalites cette nuit. Tout est rembourse sous 3-5 jours. Desoles ! Fitora",
    "b2b_routine": [
        "Bonjour, voici les nouveaux arrivants d'octobre pour Fitora Corporate.",
        "Pouvez-vous nous envoyer la facture de septembre en PDF ? Merci",
        "Je confirme la journee bien-etre du 15 pour 30 personnes.",
        "Merci pour l'atelier etirements au bureau, tres apprecie",
    ],
    "b2b_complaint": {
        "leavers": "La facture entreprise compte encore 7 salaries partis depuis longtemps. Merci de corriger.",
        "cards_off": "Plusieurs collegues refuses a l'entree ce matin, carte soi-disant desactivee.",
        "discount": "Le renouvellement arrive sans la remise de 20 % convenue. Inacceptable.",
        "portal": "Le portail RH ne permet plus d'ajouter les nouveaux. Depuis des jours.",
    },
    "b2b_complaint2": {
        "leavers": "Encore des gens sur la facture qui ne sont plus chez nous. Qui verifie ?",
        "cards_off": "Moi non plus je n'ai pas pu entrer, portique rouge. On est plusieurs",
        "discount": "Cote compta : le prix du renouvellement ne correspond pas au contrat",
        "portal": "impossible d'ajouter les 3 arrivees de lundi non plus, erreur a l'enregistrement",
    },
    "b2b_again": [
        "Toujours rien, aucune reponse. Nous regardons d'autres prestataires.",
        "RE : toujours ouvert. Si ca continue, nous changeons de prestataire.",
    ],
    "b2b_mild": [
        "globalement bien, juste la facture un peu tardive",
        "l'appli entreprise est un peu lente, rien de grave",
    ],
    "b2b_agent": "Bonjour, merci pour l'info, on s'en occupe aujourd'hui. Equipe Fitora Corporate",
}

W["pt"] = {
    "praise": [
        "aula de cycling hoje com a Rita, espetacular",
        "o ginasio novo do Porto esta impecavel, parabens",
        "reservar aulas na app e super rapido, adoro",
        "menos 4 kg desde julho, obg Fitora",
        "sauna depois do treino... que maravilha",
        "o PT corrigiu o meu agachamento e o joelho ja nao doi. 5 estrelas",
    ],
    "question": [
        "Ola, posso levar um amigo um dia gratis?",
        "o ginasio de Benfica abre no feriado?",
        "como altero o IBAN do debito direto?",
        "da para reservar yoga com mais de 48h?",
    ],
    "agent_answer": [
        "Ola! Sim, na app em Perfil > Convidar tens um dia gratis por mes. Fitora",
        "Ola, no feriado abrimos das 9h as 15h. Bom treino!",
        "Ola, alteras em Perfil > Pagamentos. Qualquer duvida, diz.",
        "Ola, as reservas abrem 48h antes de cada aula. Fitora",
    ],
    "thanks": ["otimo, obrigado!", "perfeito obg", "obg 👍", "ok, obrigada"],
    "survey_word": ["otimo", "tudo bem", "👍", "nada", "10"],
    "night_post": [
        "2 da manha no ginasio 24h, a sala toda so para mim",
        "turno da noite e depois treino, o 24h salva-me",
        "a que horas limpam a sala de pesos a noite? so curiosidade",
    ],
    "complaint": {
        "double_debit": "Cobraram-me a mensalidade de 34,90 DUAS VEZES este mes. Quero o dinheiro de volta.",
        "freeze": "Pedi suspensao por lesao, foi aceite, e cobraram na mesma. Como assim?",
        "cancel_ignored": "Cancelei em julho com pre-aviso e continuam a cobrar. Vergonha.",
        "trainer": "O personal trainer nao apareceu. Outra vez. E descontaram a sessao do pack",
        "locker": "Arrombaram o meu cacifo no ginasio e levaram a carteira. Na rececao ninguem quis saber.",
        "aircon": "31 graus na sala de cycling, ventilacao avariada ha semanas. Insuportavel",
        "joining_fee": "A promo dizia SEM inscricao e cobraram-me 49 €?",
    },
    "again": [
        "Continuo a espera de resposta. Nada resolvido.",
        "RES: a minha reclamacao - alguem esta a ver isto?",
        "volto a escrever pq esta tudo igual. ninguem responde",
        "ligo outra vez pelo mesmo, continua sem solucao",
    ],
    "third": ["E a TERCEIRA vez que escrevo. CONTINUA sem solucao.", "terceira vez. a serio."],
    "agent_holding": [
        "Ola, lamentamos. Passamos a equipa de socios e respondemos em 48h. Fitora",
        "Ola, obrigado pelo aviso, estamos a verificar.",
    ],
    "agent_fixed": [
        "Ola, ja esta corrigido, o reembolso chega em 3-5 dias. Desculpa. Fitora",
        "Ola, feito: valor reembolsado. Obrigado pela paciencia!",
    ],
    "sorted": [
        "visto, ja esta tudo ok. obg!",
        "reembolso recebido, obrigado",
        "ok resolvido, obg pela rapidez",
    ],
    "sorry": ["desculpem o tom de ontem, mau dia. obg pela ajuda", "ontem exagerei, desculpa"],
    "slide": [
        "as aulas andam muito cheias, dificil reservar",
        "um bocado desiludido, a maquina de remo avariada ha 2 semanas",
        "estou farto, ha sempre alguma coisa que nao funciona",
        "o servico piorou muito. ninguem responde, ninguem arranja nada",
        "Vergonhoso. 34,90 por mes para isto?? estou mesmo chateado",
        "Chega. Estou a ver o {comp}, la pelo menos funciona",
    ],
    "cancel_mail": [
        "Quero cancelar no fim do mes. Como faco? Nao quero mais cobrancas.",
        "Ola, por favor tratem do meu cancelamento, vou mudar de cidade.",
    ],
    "cancel_web": "Cancelamento pedido no site",
    "sarcasm": [
        "Ah otimo, outra vez sem agua quente nos balnearios. Maravilha 🙃 de resto tudo bem"
    ],
    "grumpy": [
        "as aulas comecam sempre atrasadas",
        "bebedouro avariado outra vez. como sempre",
        "a app vai abaixo a toda a hora",
        "musica altissima",
        "para que pago se o cycling esta sempre cheio?",
    ],
    "spike": [
        "Cobraram-me 9,90 de 'falta' por uma aula onde EU FUI. O que e isto?",
        "penalizacao de 9,90 esta noite pelo pilates... eu estive la!!",
        "porque me cobraram uma taxa de no-show de 9,90€? fui a todas",
        "taxa de falta injusta na minha conta, devolvam p.f.",
    ],
    "spike_again": [
        "continuo com os 9,90 no banco, ninguem diz nada",
        "RES: e a de hoje de manha? continua la",
    ],
    "agent_spike": "Ola, um erro no sistema de reservas cobrou taxas de falta esta noite. Reembolsamos todas em 3-5 dias. Desculpa! Fitora",
    "b2b_routine": [
        "Ola, seguem as entradas de outubro para a Fitora Corporate.",
        "Podem enviar a fatura de setembro em PDF? Obg",
        "Confirmo o dia de bem-estar a 15 para 30 pessoas.",
        "Obrigado pela aula de alongamentos no escritorio, todos gostaram",
    ],
    "b2b_complaint": {
        "leavers": "A fatura empresarial continua a cobrar 7 colaboradores que ja sairam. Corrijam p.f.",
        "cards_off": "Varios colegas foram barrados a entrada hoje, cartao desativado.",
        "discount": "A renovacao veio sem os 20% de desconto acordados. Assim nao.",
        "portal": "O portal de RH nao deixa adicionar novos colaboradores. Ha dias.",
    },
    "b2b_complaint2": {
        "leavers": "Outra vez a fatura com pessoas que ja nao trabalham ca. Quem verifica?",
        "cards_off": "Eu tambem nao consegui entrar hoje, torniquete vermelho. Somos varios",
        "discount": "Da contabilidade: o preco da renovacao nao bate com o contrato",
        "portal": "tambem nao consigo adicionar os 3 novos de segunda, erro ao gravar",
    },
    "b2b_again": [
        "Continua tudo igual, sem resposta. Estamos a avaliar outros fornecedores.",
        "RES: continua por resolver. Se continuar, mudamos de fornecedor.",
    ],
    "b2b_mild": [
        "no geral bem, so a fatura chega um pouco tarde",
        "a app empresarial e um pouco lenta, nada de grave",
    ],
    "b2b_agent": "Ola, obrigado pela info, tratamos hoje. Equipa Fitora Corporate",
}

W["it"] = {
    "praise": [
        "lezione di spinning con Giulia stamattina, fantastica",
        "la nuova palestra di Milano e pulitissima, complimenti",
        "prenotare un corso dall'app in 2 tap, comodissimo",
        "-4 kg da luglio, grazie Fitora",
        "sauna dopo l'allenamento... il paradiso",
        "il PT mi ha corretto lo squat e il ginocchio non fa piu male. Top",
    ],
    "question": [
        "Ciao, posso portare un amico per un giorno gratis?",
        "la palestra di Bologna e aperta il 1 novembre?",
        "come cambio l'IBAN per l'addebito?",
        "si puo prenotare yoga con piu di 48 ore?",
    ],
    "agent_answer": [
        "Ciao! Si, nell'app in Profilo > Invita hai un ingresso ospite al mese. Fitora",
        "Ciao, nei festivi siamo aperti dalle 9 alle 15. Buon allenamento!",
        "Ciao, lo cambi in Profilo > Pagamenti. Per qualsiasi cosa scrivici.",
        "Ciao, le prenotazioni aprono 48 ore prima di ogni corso. Fitora",
    ],
    "thanks": ["ottimo, grazie!", "perfetto grazie mille", "grazie 👍", "ok grazie"],
    "survey_word": ["ottimo", "tutto ok", "👍", "niente", "-"],
    "night_post": [
        "alle 2 di notte nella palestra 24h, tutta per me",
        "turno di notte e poi palestra, il 24h mi salva",
        "a che ora pulite la sala pesi di notte? curiosita",
    ],
    "complaint": {
        "double_debit": "Mi avete addebitato DUE VOLTE la quota di 34,90 questo mese. Rivoglio i soldi.",
        "freeze": "Ho sospeso per infortunio, confermato, e avete addebitato lo stesso. Ma come?",
        "cancel_ignored": "Disdetto a luglio col preavviso e continuate ad addebitare. Vergogna.",
        "trainer": "Il personal trainer non si e presentato. Di nuovo. E la seduta scalata dal pacchetto",
        "locker": "Mi hanno scassinato l'armadietto in palestra, portafoglio sparito. Alla reception niente.",
        "aircon": "31 gradi nella sala spinning, ventilazione rotta da settimane",
        "joining_fee": "L'offerta diceva SENZA quota d'iscrizione e mi prendete 49 €?",
    },
    "again": [
        "Sto ancora aspettando una risposta. Niente di risolto.",
        "R: il mio reclamo - qualcuno lo guarda?",
        "riscrivo xke e tutto come prima. nessuna risposta",
        "richiamo per la stessa cosa, ancora niente",
    ],
    "third": ["E la TERZA volta che scrivo. ANCORA niente.", "terza volta. ma dai."],
    "agent_holding": [
        "Ciao, ci dispiace. Abbiamo passato al team soci, ti aggiorniamo entro 48 ore. Fitora",
        "Ciao, grazie della segnalazione, stiamo verificando.",
    ],
    "agent_fixed": [
        "Ciao, e stato corretto, il rimborso arriva in 3-5 giorni. Scusa. Fitora",
        "Ciao, fatto: importo rimborsato. Grazie della pazienza!",
    ],
    "sorted": [
        "visto, ora tutto ok. grazie!",
        "rimborso arrivato, grazie",
        "ok risolto, grazie x la velocita",
    ],
    "sorry": ["scusate il tono di ieri, giornataccia. grazie", "ieri ho esagerato, scusa"],
    "slide": [
        "i corsi ultimamente sono pienissimi, difficile prenotare",
        "un po' deluso, il vogatore e rotto da due settimane",
        "comincio a essere stufo, c'e sempre qualcosa che non va",
        "il servizio e peggiorato tantissimo. nessuno risponde, nessuno ripara",
        "Vergognoso. 34,90 al mese per questo?? sono davvero arrabbiato",
        "Basta. Sto guardando {comp}, almeno li funziona tutto",
    ],
    "cancel_mail": [
        "Vorrei disdire a fine mese. Come faccio? Niente piu addebiti.",
        "Ciao, per favore gestite la mia disdetta, mi trasferisco.",
    ],
    "cancel_web": "Disdetta richiesta dal sito",
    "sarcasm": [
        "Ah bene, di nuovo niente acqua calda nelle docce. Meraviglioso 🙃 per il resto ok"
    ],
    "grumpy": [
        "i corsi iniziano sempre in ritardo",
        "distributore d'acqua di nuovo rotto. come sempre",
        "l'app si blocca di continuo",
        "musica troppo alta",
        "perche pago se lo spinning e sempre pieno?",
    ],
    "spike": [
        "Mi avete addebitato 9,90 di 'mancata presenza' per un corso dove C'ERO. Cos'e?",
        "penale di 9,90 stanotte per pilates... ero li!!",
        "perche una penale no-show di 9,90€? sono andato a tutti i corsi",
        "penale ingiusta sul mio conto, rimborsate pls",
    ],
    "spike_again": [
        "ancora i 9,90 sul conto, nessuno dice niente",
        "R: e quella di stamattina? ancora li",
    ],
    "agent_spike": "Ciao, un errore del sistema prenotazioni ha addebitato penali stanotte. Rimborsiamo tutto in 3-5 giorni. Scusa! Fitora",
    "b2b_routine": [
        "Ciao, in allegato i nuovi ingressi di ottobre per Fitora Corporate.",
        "Potete mandarci la fattura di settembre in PDF? Grazie",
        "Confermo la giornata benessere del 15 per 30 persone.",
        "Grazie per la sessione di stretching in ufficio, piaciuta a tutti",
    ],
    "b2b_complaint": {
        "leavers": "La fattura aziendale addebita ancora 7 dipendenti usciti da mesi. Correggete.",
        "cards_off": "Stamattina diversi colleghi respinti all'ingresso, tessera disattivata.",
        "discount": "Il rinnovo e arrivato senza lo sconto del 20% concordato. Cosi no.",
        "portal": "Il portale HR non ci fa aggiungere i nuovi assunti. Da giorni.",
    },
    "b2b_complaint2": {
        "leavers": "Di nuovo in fattura persone che non lavorano piu qui. Chi controlla?",
        "cards_off": "Nemmeno io sono riuscito a entrare oggi, tornello rosso. Siamo in tanti",
        "discount": "Dall'amministrazione: il prezzo del rinnovo non corrisponde al contratto",
        "portal": "non riesco ad aggiungere nemmeno i 3 nuovi di lunedi, errore al salvataggio",
    },
    "b2b_again": [
        "Ancora nulla, nessuna risposta. Stiamo valutando altri fornitori.",
        "R: ancora aperto. Se continua cambiamo fornitore.",
    ],
    "b2b_mild": [
        "tutto bene in generale, solo la fattura arriva un po' tardi",
        "l'app aziendale e un po' lenta, niente di grave",
    ],
    "b2b_agent": "Ciao, grazie dell'info, ce ne occupiamo oggi. Team Fitora Corporate",
}

#: Display names (first, last) per language, for e-mails and handles.
NAMES = {
    "es": (
        [
            "lucia",
            "javier",
            "marta",
            "sergio",
            "ainhoa",
            "pablo",
            "nuria",
            "diego",
            "irene",
            "alvaro",
        ],
        ["moreno", "ruiz", "navarro", "ortega", "serrano", "castillo", "vidal", "romero"],
    ),
    "de": (
        ["lena", "jonas", "mia", "felix", "hannah", "lukas", "clara", "tobias", "sophie", "niklas"],
        ["becker", "wagner", "hoffmann", "schulz", "koch", "richter", "wolf", "neumann"],
    ),
    "en": (
        ["olivia", "jack", "amelia", "harry", "isla", "george", "ava", "oscar", "freya", "leo"],
        ["evans", "walsh", "hughes", "patel", "murphy", "clarke", "ward", "khan"],
    ),
    "fr": (
        ["chloe", "hugo", "lea", "louis", "manon", "arthur", "camille", "theo", "jade", "jules"],
        ["bernard", "petit", "durand", "leroy", "moreau", "girard", "faure", "roux"],
    ),
    "pt": (
        [
            "ines",
            "joao",
            "beatriz",
            "tiago",
            "mariana",
            "diogo",
            "carolina",
            "rui",
            "sofia",
            "miguel",
        ],
        ["silva", "santos", "ferreira", "costa", "oliveira", "rodrigues", "martins", "sousa"],
    ),
    "it": (
        [
            "giulia",
            "marco",
            "chiara",
            "luca",
            "sara",
            "matteo",
            "elena",
            "davide",
            "alice",
            "paolo",
        ],
        ["rossi", "bianchi", "ferrari", "esposito", "romano", "colombo", "ricci", "greco"],
    ),
}
