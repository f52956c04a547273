"""Wording of heldout261 (Velisse: evening and wedding-guest dress hire by post). Written blind."""

# ruff: noqa: E501
from __future__ import annotations

from typing import Any

W: dict[str, dict[str, Any]] = {
    "praise": {
        "fr": [
            "Robe reçue hier, elle tombe parfaitement, merci {brand} !",
            "Troisième location chez {brand} et toujours aussi impeccable, la housse sentait le propre",
            "Mariage de ma cousine ce week-end, tout le monde m'a demandé où j'avais trouvé la robe verte. Merci {brand}",
            "Franchement la robe bleue nuit était encore plus belle qu'en photo, bravo",
        ],
        "de": [
            "Kleid kam pünktlich am Donnerstag, sitzt wie angegossen. Danke {brand}!",
            "Schon wieder so ein schönes Kleid von {brand}, die Hochzeit meiner Schwester war perfekt",
            "Das dritte Mal bei {brand} gemietet, immer noch begeistert, Rücksendung total easy",
            "Hab auf dem Abiball drei Komplimente bekommen, das Samtkleid war ein Traum",
        ],
        "en": [
            "Dress arrived two days early and fits like it was made for me, thank you {brand}",
            "Third hire from {brand} this year and they still get it right every time",
        ],
        "es": [
            "El vestido llegó perfecto y planchado, gracias {brand}",
            "Segunda boda del verano con un vestido de {brand}, encantada",
        ],
        "it": [
            "Abito arrivato puntuale e perfetto per il matrimonio, grazie {brand}",
            "Terzo noleggio con {brand}, sempre impeccabili",
        ],
        "pt": [
            "O vestido chegou a tempo e ficou lindo, obrigada {brand}",
            "Já é o terceiro aluguer na {brand}, tudo sempre certinho",
        ],
    },
    "gripe_praise": {
        "fr": [
            "Robe superbe, seul bémol le carton de retour un peu fragile. Je reloue sans hésiter",
            "Très contente de la robe, juste l'ourlet un poil long mais avec des talons ça passait",
        ],
        "de": [
            "Tolles Kleid, nur der Rückversandkarton war etwas labbrig. Trotzdem gerne wieder",
            "Sehr schön, nur die Größentabelle könnte genauer sein, M passte aber dann doch",
        ],
        "en": ["Lovely dress, only wish the return bag had a proper seal. Will hire again"],
        "es": ["Vestido precioso, solo que la caja de devolución venía algo rota. Repetiré"],
        "it": ["Abito bellissimo, solo la scatola per il reso era un po' debole"],
        "pt": ["Vestido lindo, só a caixa de devolução vinha um pouco amassada"],
    },
    "question": {
        "fr": [
            "Bonjour, est-ce que je peux garder la robe un jour de plus si le mariage est un dimanche ?",
            "Salut, vous avez la robe longue bordeaux en 38 pour le 12 ?",
            "Bonjour, comment on fait pour échanger la taille avant l'envoi ?",
        ],
        "de": [
            "Hallo, kann ich das Kleid auch einen Tag länger behalten, die Feier ist am Sonntag?",
            "Gibt es das lange Satinkleid in Smaragd auch in 40?",
            "Wie funktioniert der Größentausch, wenn das Kleid schon unterwegs ist?",
        ],
        "en": [
            "Hi, can I swap to a size 12 before it ships?",
            "Is the navy maxi available for the 14th?",
        ],
        "es": [
            "Hola, ¿puedo cambiar la talla antes del envío?",
            "¿Tenéis el vestido largo verde en la 40 para el sábado 12?",
        ],
        "it": [
            "Buongiorno, posso tenere l'abito un giorno in più?",
            "Avete il lungo blu notte in 42?",
        ],
        "pt": [
            "Olá, posso trocar o tamanho antes do envio?",
            "Têm o vestido comprido verde em 38 para dia 12?",
        ],
    },
    "answer": {
        "fr": [
            "Bonjour, oui bien sûr, c'est fait, vous avez une journée de plus sans frais. Belle fête ! {agent}",
            "Bonjour, oui, je vous l'ai réservée. Bonne journée, {agent}",
        ],
        "de": [
            "Hallo, ja, das habe ich für Sie eingetragen, ohne Aufpreis. Viel Spaß beim Fest! {agent}",
            "Hallo, ja, ist reserviert. Schönen Tag, {agent}",
        ],
        "en": ["Hi, yes, done for you, no extra charge. Have a lovely day! {agent}"],
        "es": ["Hola, sí, ya está hecho, sin coste. ¡Que lo disfrutes! {agent}"],
        "it": ["Buongiorno, sì, fatto, senza costi aggiuntivi. {agent}"],
        "pt": ["Olá, sim, já está feito, sem custos. {agent}"],
    },
    "thanks": {
        "fr": ["Super merci !", "Parfait, merci beaucoup", "top merci 🙏"],
        "de": ["Super, danke!", "Perfekt, vielen Dank", "danke euch 🙂"],
        "en": ["Brilliant, thanks!"],
        "es": ["¡Genial, gracias!"],
        "it": ["Perfetto, grazie!"],
        "pt": ["Ótimo, obrigada!"],
    },
    "night_post": {
        "fr": [
            "3h du mat, je sors du mariage, pieds morts mais la robe {brand} a survécu à la piste de danse",
            "Insomnie, je fais défiler les robes {brand} pour le gala de mars, trop de choix",
        ],
        "de": [
            "Zwei Uhr nachts, Nachtschicht in der Klinik, und ich suche schon das Kleid für die Taufe bei {brand} aus",
            "Kann nicht schlafen und scrolle durch die neuen Kleider bei {brand}, gefährlich",
        ],
        "en": [
            "Back from the reception at 2am, the {brand} dress survived everything including the chocolate fountain"
        ],
        "es": ["Las 3 de la mañana y yo eligiendo vestido en {brand} para la boda de mayo"],
        "it": ["Le due di notte e sto scegliendo l'abito su {brand} per la cresima"],
        "pt": ["Três da manhã e eu a escolher vestido na {brand} para o casamento"],
    },
    "night_q": {
        "fr": ["Bonsoir, si je poste le retour demain dimanche, c'est compté à temps ?"],
        "de": ["Hallo, zählt die Rückgabe noch, wenn ich am Sonntag in die Packstation lege?"],
        "en": ["Hi, if I drop the return at a locker on Sunday does that count as on time?"],
        "es": ["Hola, si dejo la devolución el domingo en el punto, ¿cuenta a tiempo?"],
        "it": ["Ciao, se spedisco il reso domenica va bene?"],
        "pt": ["Olá, se deixar a devolução no domingo conta a tempo?"],
    },
    "night_a": {
        "fr": ["Bonsoir, oui, le dépôt du dimanche compte, pas de souci. {agent}"],
        "de": ["Hallo, ja, Sonntag zählt, kein Problem. {agent}"],
        "en": ["Hi, yes, Sunday counts, no problem. {agent}"],
        "es": ["Hola, sí, el domingo cuenta, sin problema. {agent}"],
        "it": ["Ciao, sì, la domenica vale. {agent}"],
        "pt": ["Olá, sim, domingo conta. {agent}"],
    },
    "review": {
        "fr": [
            "Service nickel, robe propre et bien emballée",
            "Rien à redire, la location la plus simple que j'ai faite",
        ],
        "de": [
            "Alles top, Kleid sauber und schön verpackt",
            "Unkompliziert und zuverlässig, gerne wieder",
        ],
        "en": ["Easy, clean, on time. Recommended"],
        "es": ["Todo perfecto, vestido limpio y bien embalado"],
        "it": ["Tutto perfetto, abito pulito"],
        "pt": ["Tudo perfeito, vestido limpo e bem embalado"],
    },
    "survey_word": {
        "fr": ["Parfait", "top", "", "😍"],
        "de": ["Sehr gut", "super", "", "👍"],
        "en": ["Great", ""],
        "es": ["Genial", ""],
        "it": ["Ottimo", ""],
        "pt": ["Ótimo", ""],
    },
    "problem": {
        "fr": {
            "no_show": [
                "la robe n'est jamais arrivée alors que le suivi dit livrée vendredi, le mariage était samedi",
                "colis marqué livré, rien dans la boîte aux lettres ni chez la gardienne, j'ai dû aller au mariage en jean presque",
            ],
            "wrong_size": [
                "j'ai commandé un 38 et reçu un 44, impossible à porter",
                "mauvaise taille envoyée, un 44 au lieu du 38, la veille du baptême",
            ],
            "deposit": [
                "ma caution de {amt} n'est toujours pas remboursée trois semaines après le retour",
                "la caution de {amt} est toujours bloquée alors que la robe est revenue depuis 20 jours",
            ],
            "stain_fee": [
                "on me facture {amt} de frais de détachage alors que j'ai rendu la robe impeccable",
                "{amt} de « nettoyage spécial » pour une robe rendue propre, avec photos",
            ],
        },
        "de": {
            "no_show": [
                "das Kleid ist nie angekommen, obwohl die Sendung seit Freitag als zugestellt gilt, die Hochzeit war Samstag",
                "laut Tracking zugestellt, im Briefkasten nichts, beim Nachbarn nichts, und ich stand ohne Kleid da",
            ],
            "wrong_size": [
                "bestellt war 38, gekommen ist 44, das kann man nicht tragen",
                "falsche Größe, 44 statt 38, und das einen Tag vor der Taufe",
            ],
            "deposit": [
                "meine Kaution von {amt} ist drei Wochen nach der Rückgabe immer noch nicht zurück",
                "die {amt} Kaution hängen seit 20 Tagen fest, obwohl das Kleid längst bei euch ist",
            ],
            "stain_fee": [
                "ihr berechnet mir {amt} Fleckenreinigung, obwohl das Kleid sauber zurückging",
                "{amt} Sonderreinigung für ein Kleid, das ich sauber und mit Fotos zurückgeschickt habe",
            ],
        },
        "en": {
            "no_show": [
                "the dress never arrived though tracking says delivered Friday, the wedding was Saturday"
            ],
            "wrong_size": ["I ordered a 10 and got an 18"],
            "deposit": ["my {amt} deposit still isn't back three weeks after the return"],
            "stain_fee": ["you charged me {amt} for stain removal on a dress I sent back spotless"],
        },
        "es": {
            "no_show": [
                "el vestido nunca llegó aunque el seguimiento dice entregado el viernes, la boda era el sábado"
            ],
            "wrong_size": ["pedí una 38 y me llegó una 44"],
            "deposit": ["la fianza de {amt} sigue sin devolverse tres semanas después"],
            "stain_fee": [
                "me cobráis {amt} de limpieza de manchas por un vestido devuelto impecable"
            ],
        },
        "it": {
            "no_show": [
                "l'abito non è mai arrivato anche se il tracking dice consegnato venerdì, il matrimonio era sabato"
            ],
            "wrong_size": ["ho ordinato una 42 e mi è arrivata una 48"],
            "deposit": ["la cauzione di {amt} non mi è ancora stata resa dopo tre settimane"],
            "stain_fee": [
                "mi avete addebitato {amt} di smacchiatura per un abito restituito pulito"
            ],
        },
        "pt": {
            "no_show": [
                "o vestido nunca chegou apesar de o seguimento dizer entregue na sexta, o casamento era sábado"
            ],
            "wrong_size": ["pedi um 38 e recebi um 44"],
            "deposit": ["a caução de {amt} ainda não foi devolvida três semanas depois"],
            "stain_fee": ["cobraram-me {amt} de limpeza de nódoas por um vestido devolvido limpo"],
        },
    },
    "complain": {
        "fr": [
            "C'est inadmissible : {prob}. Je veux une solution aujourd'hui.",
            "Franchement déçue, {prob}. Personne ne répond.",
            "Bonjour, {prob}. C'est vraiment pas sérieux.",
        ],
        "de": [
            "Das ist eine Frechheit: {prob}. Ich erwarte heute eine Lösung.",
            "Ich bin echt sauer, {prob}. Niemand meldet sich.",
            "Hallo, {prob}. So geht das nicht.",
        ],
        "en": ["This is unacceptable: {prob}. I want it sorted today."],
        "es": ["Es inaceptable: {prob}. Quiero una solución hoy."],
        "it": ["Inaccettabile: {prob}. Voglio una soluzione oggi."],
        "pt": ["Inaceitável: {prob}. Quero uma solução hoje."],
    },
    "subject": {
        "fr": ["Réclamation : {topic}"],
        "de": ["Beschwerde: {topic}"],
        "en": ["Complaint: {topic}"],
        "es": ["Reclamación: {topic}"],
        "it": ["Reclamo: {topic}"],
        "pt": ["Reclamação: {topic}"],
    },
    "letter": {
        "fr": [
            "Bonjour,\n\nJe vous écris depuis la salle d'attente du kiné de ma fille, entre deux rendez-vous, parce que je n'ai pas eu une minute à moi cette semaine. Nous préparons le mariage de mon frère, ma mère s'occupe des fleurs, moi des faire-part et du plan de table, et j'avais loué chez vous la robe pour la cérémonie en me disant qu'au moins ça, ce serait simple.\n\nMalheureusement, {prob}. J'ai appelé, j'ai écrit dans le chat, et on m'a répondu de patienter. J'ai été cliente fidèle, j'ai recommandé {brand} à mes collègues, mais là je suis vraiment fâchée.\n\nJe vous demande de régler cela rapidement et de me dire clairement ce que vous comptez faire.\n\nCordialement,\n{name}",
            "Madame, Monsieur,\n\nJe profite d'une pause au marché, où je tiens le stand de fromages de mon oncle le samedi, pour vous écrire enfin. Les semaines ont été longues : déménagement, rentrée des enfants, et la communion de ma nièce dimanche dernier.\n\nJe dois pourtant vous signaler que {prob}. Je n'ai reçu aucune explication, seulement des messages automatiques.\n\nJ'aimais beaucoup votre service, mais ce genre de chose me fait douter. Merci de me répondre sérieusement.\n\n{name}",
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen aus dem Auto vor der Musikschule meines Sohnes, weil ich sonst einfach keine ruhige Minute finde. Seit Wochen renovieren wir die Wohnung meiner Schwiegermutter, nebenher organisiere ich den 60. Geburtstag meines Vaters, und das Kleid für die Feier wollte ich mir wenigstens bequem bei Ihnen mieten.\n\nLeider {prob}. Ich habe angerufen, im Chat geschrieben und wurde vertröstet. Ich habe {brand} vielen Freundinnen empfohlen, aber das hier ärgert mich wirklich.\n\nIch bitte Sie, das zügig zu klären und mir verbindlich zu sagen, wie es weitergeht.\n\nMit freundlichen Grüßen\n{name}",
            "Hallo liebes {brand}-Team,\n\nich sitze gerade in der Mittagspause auf einer Bank vor dem Amt, zwischen zwei Terminen für den Bauantrag unseres Gartenhauses, und nutze die Zeit endlich für diese Mail.\n\nEs geht um Folgendes: {prob}. Bisher habe ich nur automatische Antworten bekommen.\n\nIch war bisher wirklich gern Kundin, aber so macht das keinen Spaß. Bitte melden Sie sich zeitnah.\n\nViele Grüße\n{name}",
        ],
        "en": [
            "Hello,\n\nI'm writing from the hospital car park while my dad has his check-up, because it's the only quiet half hour I get this week. We're in the middle of moving house and organising my sister's hen do, and the dress for her wedding was the one thing I thought was sorted.\n\nUnfortunately {prob}. I called and chatted and was told to wait.\n\nI've recommended {brand} to friends for two years, but I'm really upset about this. Please sort it out quickly.\n\nRegards,\n{name}"
        ],
        "es": [
            "Hola,\n\nOs escribo desde la sala de espera del dentista de mi hijo, porque esta semana no he tenido ni un minuto: obras en la cocina, la comunión de mi sobrina y el trabajo.\n\nPor desgracia, {prob}. He llamado y escrito por chat y solo me dicen que espere.\n\nHe recomendado {brand} a muchas amigas, pero esto me ha enfadado mucho. Os pido que lo solucionéis ya.\n\nUn saludo,\n{name}"
        ],
        "it": [
            "Buongiorno,\n\nvi scrivo dal parcheggio della palestra di mia figlia, l'unico momento libero della settimana tra trasloco e battesimo del nipote.\n\nPurtroppo {prob}. Ho chiamato e scritto in chat, mi dicono di aspettare.\n\nHo consigliato {brand} a tante amiche, ma sono davvero arrabbiata. Vi chiedo di risolvere subito.\n\nCordiali saluti,\n{name}"
        ],
        "pt": [
            "Olá,\n\nescrevo da sala de espera do pediatra, porque esta semana não tive um minuto: obras em casa, o batizado do meu sobrinho e o trabalho.\n\nInfelizmente {prob}. Liguei, escrevi no chat e só me dizem para esperar.\n\nRecomendei a {brand} a muitas amigas, mas estou mesmo chateada. Peço que resolvam isto já.\n\nCumprimentos,\n{name}"
        ],
    },
    "case_opened": {
        "fr": [
            "Bonjour {first}, nous sommes désolés. Votre demande {case} est ouverte, nous revenons vers vous rapidement. {agent}"
        ],
        "de": [
            "Hallo {first}, das tut uns leid. Ihr Vorgang {case} ist angelegt, wir melden uns schnell. {agent}"
        ],
        "en": [
            "Hi {first}, we're sorry. Your case {case} is open and we'll be back to you shortly. {agent}"
        ],
        "es": [
            "Hola {first}, lo sentimos. Tu incidencia {case} está abierta, te contestamos pronto. {agent}"
        ],
        "it": [
            "Ciao {first}, ci dispiace. La segnalazione {case} è aperta, ti rispondiamo presto. {agent}"
        ],
        "pt": [
            "Olá {first}, lamentamos. O seu pedido {case} está aberto, respondemos em breve. {agent}"
        ],
    },
    "case_subj": {
        "fr": ["RE : Demande {case}"],
        "de": ["AW: Vorgang {case}"],
        "en": ["Re: Your case {case}"],
        "es": ["RE: Incidencia {case}"],
        "it": ["R: Segnalazione {case}"],
        "pt": ["RE: Pedido {case}"],
    },
    "good_news": {
        "fr": [
            "Bonjour {first}, bonne nouvelle pour la demande {case} : c'est réglé de notre côté. Pouvez-vous nous confirmer ? {agent}"
        ],
        "de": [
            "Hallo {first}, gute Nachricht zu {case}: das ist bei uns erledigt. Können Sie das kurz bestätigen? {agent}"
        ],
        "en": [
            "Hi {first}, good news on {case}: it's fixed on our side. Could you confirm? {agent}"
        ],
        "es": [
            "Hola {first}, buenas noticias sobre {case}: ya está resuelto. ¿Nos lo confirmas? {agent}"
        ],
        "it": ["Ciao {first}, buone notizie su {case}: risolto. Ce lo confermi? {agent}"],
        "pt": ["Olá {first}, boas notícias sobre {case}: está resolvido. Pode confirmar? {agent}"],
    },
    "confirm": {
        "fr": [
            "C'est bon pour {case}, tout est réglé, merci",
            "Confirmé pour {case}, merci pour la rapidité",
        ],
        "de": [
            "Passt, {case} ist erledigt, danke",
            "Bestätigt für {case}, danke für die schnelle Hilfe",
        ],
        "en": ["Confirmed, {case} is sorted, thanks"],
        "es": ["Confirmado, {case} resuelto, gracias"],
        "it": ["Confermo, {case} risolto, grazie"],
        "pt": ["Confirmo, {case} resolvido, obrigada"],
    },
    "apology": {
        "fr": [
            "Désolée pour mon message d'hier, j'étais à bout. Merci d'avoir réglé ça",
            "Je m'excuse pour le ton d'hier, c'était la panique avant le mariage",
        ],
        "de": [
            "Sorry für meine Nachricht gestern, ich war echt am Ende. Danke fürs Klären",
            "Entschuldigung für den Ton gestern, war Panik vor der Feier",
        ],
        "en": [
            "Sorry about my message yesterday, I was at the end of my rope. Thanks for sorting it"
        ],
        "es": ["Perdón por el mensaje de ayer, estaba desbordada. Gracias"],
        "it": ["Scusate per ieri, ero nel panico. Grazie"],
        "pt": ["Desculpem a mensagem de ontem, estava em pânico. Obrigada"],
    },
    "still_open": {
        "fr": [
            "Demande {case} toujours pas réglée : {prob}. Je relance.",
            "Je reviens vers vous pour {case}, rien n'a bougé : {prob}.",
        ],
        "de": [
            "Vorgang {case} ist immer noch offen: {prob}. Ich melde mich erneut.",
            "Nochmal wegen {case}, es hat sich nichts getan: {prob}.",
        ],
        "en": ["Case {case} is still open: {prob}. Chasing again."],
        "es": ["La incidencia {case} sigue abierta: {prob}. Vuelvo a escribir."],
        "it": ["La segnalazione {case} è ancora aperta: {prob}."],
        "pt": ["O pedido {case} continua aberto: {prob}."],
    },
    "third": {
        "fr": [
            "Une amie loue chez {comp} et eux règlent ça le jour même.",
            "J'ai regardé les tarifs de {comp}, je me pose des questions.",
        ],
        "de": [
            "Eine Kollegin mietet bei {comp}, da wird sowas am selben Tag geklärt.",
            "Ich habe mir die Preise von {comp} angesehen.",
        ],
        "en": ["A friend hires from {comp} and they sort this the same day."],
        "es": ["Una amiga alquila en {comp} y allí lo arreglan en el día."],
        "it": ["Un'amica noleggia da {comp} e lì lo risolvono in giornata."],
        "pt": ["Uma amiga aluga na {comp} e lá resolvem no mesmo dia."],
    },
    "fourth": {
        "fr": ["C'est la QUATRIÈME fois que j'écris."],
        "de": ["Das ist jetzt das VIERTE Mal, dass ich schreibe."],
        "en": ["This is the FOURTH time I've written."],
        "es": ["Es la CUARTA vez que escribo."],
        "it": ["È la QUARTA volta che scrivo."],
        "pt": ["É a QUARTA vez que escrevo."],
    },
    "urgent": {
        "fr": ["Ajouté à votre demande {case}, marquée urgente. {agent}"],
        "de": ["Zu {case} hinzugefügt und als dringend markiert. {agent}"],
        "en": ["Added to your case {case}, marked urgent. {agent}"],
        "es": ["Añadido a {case}, marcado urgente. {agent}"],
        "it": ["Aggiunto a {case}, urgente. {agent}"],
        "pt": ["Adicionado a {case}, urgente. {agent}"],
    },
    "quality": {
        "fr": [
            "Bonjour {first}, votre demande {case} est chez notre responsable qualité, qui vous appelle avant vendredi midi. {agent}"
        ],
        "de": [
            "Hallo {first}, Ihr Vorgang {case} liegt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft. {agent}"
        ],
        "en": [
            "Hi {first}, your case {case} is with our quality lead, who will call you before Friday lunchtime. {agent}"
        ],
        "es": [
            "Hola {first}, tu incidencia {case} está con nuestra responsable de calidad, que te llamará antes del viernes a mediodía. {agent}"
        ],
        "it": [
            "Ciao {first}, la segnalazione {case} è alla nostra responsabile qualità, che ti chiama entro venerdì. {agent}"
        ],
        "pt": [
            "Olá {first}, o pedido {case} está com a nossa responsável de qualidade, que liga antes de sexta. {agent}"
        ],
    },
    "slide": {
        "fr": [
            "Robe arrivée la veille au soir seulement, un peu juste",
            "La fermeture éclair accrochait et il manquait la ceinture",
            "Pourquoi faut-il maintenant photographier chaque couture au retour ?",
            "Caution doublée sans prévenir et une semaine pour la libérer, sérieusement ?",
            "35 € de « détachage » pour une robe rendue nickel, vos propres photos le montrent. Furieuse.",
            "Ma sœur loue chez {comp}, j'ai réservé là-bas pour le gala de samedi.",
        ],
        "de": [
            "Kleid kam erst am Vorabend, ganz schön knapp",
            "Der Reißverschluss hakte und der Gürtel fehlte",
            "Warum soll ich jetzt jede Naht bei der Rückgabe fotografieren?",
            "Kaution ohne Ankündigung verdoppelt und eine Woche bis zur Freigabe, echt jetzt?",
            "35 € „Fleckenreinigung“ für ein sauberes Kleid, eure eigenen Fotos zeigen es. Ich bin wütend.",
            "Meine Schwester mietet bei {comp}, ich habe dort fürs Fest am Samstag gebucht.",
        ],
        "en": [
            "Dress only came the evening before, cutting it fine",
            "Zip kept catching and the belt was missing",
            "Why do I now have to photograph every seam on return?",
            "Deposit doubled without warning and a week to release it?",
            "£30 'stain removal' for a spotless dress, your own photos show it. Furious.",
            "My sister hires from {comp}, I've booked there for Saturday's gala.",
        ],
        "es": [
            "El vestido llegó la noche antes, muy justo",
            "La cremallera se enganchaba y faltaba el cinturón",
            "¿Ahora hay que fotografiar cada costura al devolver?",
            "Fianza doblada sin avisar y una semana para liberarla",
            "35 € de 'limpieza' por un vestido impecable, vuestras fotos lo demuestran. Furiosa.",
            "Mi hermana alquila en {comp}, he reservado allí para la gala del sábado.",
        ],
        "it": [
            "Abito arrivato solo la sera prima",
            "La zip si incastrava e mancava la cintura",
            "Perché ora devo fotografare ogni cucitura al reso?",
            "Cauzione raddoppiata senza avviso e una settimana per sbloccarla",
            "35 € di smacchiatura per un abito pulito, lo mostrano le vostre foto. Furiosa.",
            "Mia sorella noleggia da {comp}, ho prenotato lì per sabato.",
        ],
        "pt": [
            "O vestido só chegou na véspera à noite",
            "O fecho prendia e faltava o cinto",
            "Agora tenho de fotografar cada costura na devolução?",
            "Caução dobrada sem aviso e uma semana para libertar",
            "35 € de limpeza por um vestido impecável, as vossas fotos mostram. Furiosa.",
            "A minha irmã aluga na {comp}, reservei lá para a gala de sábado.",
        ],
    },
    "cancel": {
        "fr": [
            "Bonjour, j'ai acheté deux robes à moi avec ma prime, je n'ai plus besoin du {plan}. Merci de résilier et de fermer mon compte."
        ],
        "de": [
            "Hallo, ich habe mir von der Prämie eigene Kleider gekauft und brauche {plan} nicht mehr. Bitte kündigen und mein Konto schließen.",
            "Hallo, wir ziehen ins Ausland, bitte {plan} kündigen und das Konto schließen.",
        ],
        "en": ["Hi, I've bought my own dresses now, please cancel {plan} and close my account."],
        "es": ["Hola, ya me he comprado mis vestidos, cancelad {plan} y cerrad mi cuenta."],
        "it": ["Ciao, ho comprato i miei abiti, annullate {plan} e chiudete l'account."],
        "pt": ["Olá, comprei os meus vestidos, cancelem o {plan} e fechem a conta."],
    },
    "sorry_go": {
        "fr": [
            "Bonjour {first}, dommage de vous voir partir. Vous pouvez résilier vous-même dans l'appli ou sur le site. {agent}"
        ],
        "de": [
            "Hallo {first}, schade, dass Sie gehen. Sie können selbst in der App oder auf der Website kündigen. {agent}"
        ],
        "en": [
            "Hi {first}, sorry to see you go. You can cancel yourself in the app or on the website. {agent}"
        ],
        "es": ["Hola {first}, sentimos que te vayas. Puedes cancelar en la app o la web. {agent}"],
        "it": ["Ciao {first}, ci dispiace. Puoi annullare dall'app o dal sito. {agent}"],
        "pt": ["Olá {first}, lamentamos. Pode cancelar na app ou no site. {agent}"],
    },
    "grumble": {
        "fr": [
            "L'appli me déconnecte à chaque fois, pénible",
            "Encore le SMS de rappel de retour à 6h du matin",
            "Les housses de retour sont toujours trop petites",
        ],
        "de": [
            "Die App loggt mich jedes Mal aus, nervig",
            "Schon wieder die Rückgabe-Erinnerung um 6 Uhr früh",
            "Die Rückgabehüllen sind immer zu klein",
        ],
        "en": ["App logs me out every single time"],
        "es": ["La app me cierra sesión cada vez"],
        "it": ["L'app mi disconnette ogni volta"],
        "pt": ["A app desliga-me sempre a sessão"],
    },
    "sarcasm": {
        "fr": ["Livraison « express » à 20h la veille du mariage, j'adore vivre dangereusement 👏"],
        "de": ["„Express“-Lieferung um 20 Uhr am Vorabend, ich liebe Nervenkitzel 👏"],
        "en": ["'Express' delivery at 8pm the night before, love a bit of suspense 👏"],
        "es": ["Entrega 'exprés' a las 20h la víspera, me encanta el suspense 👏"],
        "it": ["Consegna 'express' alle 20 la sera prima, adoro il brivido 👏"],
        "pt": ["Entrega 'expresso' às 20h na véspera, adoro suspense 👏"],
    },
    "mild": {
        "fr": [
            "Petite remarque : la recherche affiche les robes d'une autre ville",
            "Les notifications arrivent en anglais",
        ],
        "de": [
            "Kleine Anmerkung: die Suche zeigt Kleider aus der falschen Stadt",
            "Die Benachrichtigungen kommen auf Englisch",
        ],
        "en": ["Small thing: notifications come in the wrong language"],
        "es": ["Detalle: las notificaciones llegan en otro idioma"],
        "it": ["Piccola cosa: le notifiche arrivano in un'altra lingua"],
        "pt": ["Pormenor: as notificações chegam noutra língua"],
    },
    "mild_ack": {
        "fr": ["Merci pour la remarque, on transmet à l'équipe. {agent}"],
        "de": ["Danke für den Hinweis, wir geben ihn weiter. {agent}"],
        "en": ["Thanks, passed to the team. {agent}"],
        "es": ["Gracias, lo pasamos al equipo. {agent}"],
        "it": ["Grazie, lo passiamo al team. {agent}"],
        "pt": ["Obrigado, passamos à equipa. {agent}"],
    },
    "spike": {
        "fr": [
            "Impossible de payer la location dans l'appli, erreur {code} à chaque essai",
            "Paiement refusé avec {code}, ma carte marche partout ailleurs",
            "L'appli {brand} bloque au paiement : {code}. Je dois réserver pour ce soir !",
        ],
        "de": [
            "Bezahlen in der App geht nicht, Fehler {code} bei jedem Versuch",
            "Zahlung schlägt fehl mit {code}, Karte funktioniert überall sonst",
            "{brand} App hängt beim Bezahlen: {code}. Brauche das Kleid für heute Abend!",
        ],
        "en": ["Can't pay for my hire in the app, error {code} every time"],
        "es": ["No puedo pagar el alquiler en la app, error {code}"],
        "it": ["Non riesco a pagare nell'app, errore {code}"],
        "pt": ["Não consigo pagar na app, erro {code}"],
    },
    "spike_again": {
        "fr": ["Toujours {code}, même sur le téléphone de mon mari"],
        "de": ["Immer noch {code}, auch am Handy meines Mannes"],
        "en": ["Still {code}, on my partner's phone too"],
        "es": ["Sigue {code}, también en el móvil de mi pareja"],
        "it": ["Ancora {code}, anche col telefono di mio marito"],
        "pt": ["Continua {code}, também no telemóvel do meu marido"],
    },
    "spike_chat": {
        "fr": [
            "Oui, le paiement échoue pour tout le monde en ce moment, nos équipes sont dessus. {agent}"
        ],
        "de": ["Ja, das Bezahlen fällt gerade bei allen aus, unser Team ist dran. {agent}"],
        "en": [
            "Yes, payments are failing for everyone right now, our engineers are on it. {agent}"
        ],
        "es": ["Sí, los pagos fallan ahora mismo para todos, estamos en ello. {agent}"],
        "it": ["Sì, i pagamenti falliscono per tutti, ci stiamo lavorando. {agent}"],
        "pt": ["Sim, os pagamentos falham para todos, estamos a tratar. {agent}"],
    },
    "works": {
        "fr": [
            "Bonjour {first}, le paiement fonctionne de nouveau depuis 12h40. La livraison express de cette location est offerte. {agent}"
        ],
        "de": [
            "Hallo {first}, das Bezahlen geht seit 12:40 Uhr wieder. Der Expressversand dieser Miete geht auf uns. {agent}"
        ],
        "en": [
            "Hi {first}, payments work again since 11:40. Express delivery on this hire is on us. {agent}"
        ],
        "es": [
            "Hola {first}, los pagos funcionan de nuevo desde las 12:40. El envío exprés va por nuestra cuenta. {agent}"
        ],
        "it": [
            "Ciao {first}, i pagamenti funzionano di nuovo dalle 12:40. Spedizione express offerta. {agent}"
        ],
        "pt": [
            "Olá {first}, os pagamentos funcionam de novo desde as 11:40. Envio expresso por nossa conta. {agent}"
        ],
    },
    "lone": {
        "fr": [
            "Hier soir le bouton payer est resté gris une minute puis ça a marché, c'est normal ?"
        ],
        "de": [
            "Gestern Abend war der Bezahlen-Knopf kurz grau, dann ging es doch. Ist das normal?"
        ],
        "en": ["Last night the pay button stayed grey for a minute then worked, is that normal?"],
        "es": ["Anoche el botón de pagar se quedó gris un minuto y luego funcionó, ¿es normal?"],
        "it": ["Ieri sera il tasto paga è rimasto grigio un minuto, poi ha funzionato. Normale?"],
        "pt": ["Ontem o botão pagar ficou cinzento um minuto e depois funcionou, é normal?"],
    },
    "lone_a": {
        "fr": ["Oui, c'est le temps de vérifier la carte, rien d'anormal. {agent}"],
        "de": ["Ja, das ist die Kartenprüfung, alles normal. {agent}"],
        "en": ["Yes, that's the card check, nothing wrong. {agent}"],
        "es": ["Sí, es la verificación de la tarjeta, todo normal. {agent}"],
        "it": ["Sì, è la verifica della carta, tutto normale. {agent}"],
        "pt": ["Sim, é a verificação do cartão, normal. {agent}"],
    },
    "b2b_problem": {
        "fr": {
            "invoice": [
                "les factures portent encore l'ancien nom de la société et pas notre numéro de commande",
                "nos factures n'ont toujours pas de numéro de bon de commande",
            ],
            "blocked": [
                "le retrait au showroom nous est refusé, « compte bloqué », alors que tout est payé"
            ],
            "overbilled": [
                "on nous facture au tarif journalier au lieu du forfait hebdomadaire du contrat"
            ],
        },
        "de": {
            "invoice": [
                "auf den Rechnungen steht immer noch der alte Firmenname und keine Bestellnummer",
                "unsere Rechnungen haben weiterhin keine Bestellnummer",
            ],
            "blocked": [
                "die Abholung im Showroom wird verweigert, ‚Konto gesperrt‘, obwohl alles bezahlt ist"
            ],
            "overbilled": ["es wird Tagessatz statt des vereinbarten Wochensatzes berechnet"],
        },
        "en": {
            "invoice": ["invoices still carry our old company name and no PO number"],
            "blocked": [
                "collection at the showroom is refused, 'account on stop', though everything is paid"
            ],
            "overbilled": ["we're billed the day rate instead of our contract weekly rate"],
        },
        "es": {
            "invoice": ["las facturas siguen con el nombre antiguo y sin número de pedido"],
            "blocked": ["nos niegan la recogida, 'cuenta bloqueada', aunque está todo pagado"],
            "overbilled": ["nos cobran tarifa diaria en vez de la semanal del contrato"],
        },
        "it": {
            "invoice": ["le fatture hanno ancora il vecchio nome e nessun numero d'ordine"],
            "blocked": ["ci rifiutano il ritiro, 'conto bloccato', anche se è tutto pagato"],
            "overbilled": ["ci addebitano la tariffa giornaliera invece di quella settimanale"],
        },
        "pt": {
            "invoice": ["as faturas ainda têm o nome antigo e nenhum número de encomenda"],
            "blocked": ["recusam-nos a recolha, 'conta bloqueada', apesar de tudo pago"],
            "overbilled": ["cobram-nos a tarifa diária em vez da semanal do contrato"],
        },
    },
    "b2b_first": {
        "fr": ["Bonjour, pour notre compte {acct} : {prob}. Merci de corriger rapidement."],
        "de": [
            "Guten Tag, zu unserem Konto {acct}: {prob}. Bitte zeitnah korrigieren.",
            "Hallo, Konto {acct}: {prob}. Das muss dringend geklärt werden.",
        ],
        "en": ["Hello, on account {acct}: {prob}. Please correct this."],
        "es": ["Hola, sobre la cuenta {acct}: {prob}. Corregidlo, por favor."],
        "it": ["Buongiorno, conto {acct}: {prob}. Correggete per favore."],
        "pt": ["Olá, conta {acct}: {prob}. Corrijam por favor."],
    },
    "b2b_more": {
        "fr": [
            "Ma collègue {prev} vous a déjà écrit {when} (demande {case}) : {prob}. Toujours rien."
        ],
        "de": [
            "Meine Kollegin {prev} hat Ihnen schon {when} geschrieben (Vorgang {case}): {prob}. Immer noch nichts."
        ],
        "en": ["My colleague {prev} already wrote {when} (case {case}): {prob}. Still nothing."],
        "es": ["Mi compañera {prev} ya os escribió {when} ({case}): {prob}. Nada todavía."],
        "it": ["La mia collega {prev} vi ha già scritto {when} ({case}): {prob}. Ancora niente."],
        "pt": ["A minha colega {prev} já escreveu {when} ({case}): {prob}. Ainda nada."],
    },
    "b2b_last": {
        "fr": [
            "demande {case} toujours pas réglée plusieurs collègues vous ont écrit mon directeur dit qu'on change de fournisseur si ce n'est pas corrigé cette semaine"
        ],
        "de": [
            "Vorgang {case} ist immer noch nicht erledigt mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht behoben ist"
        ],
        "en": [
            "case {case} still isn't fixed several colleagues have written my boss says we move the account if it isn't sorted this week"
        ],
        "es": [
            "la incidencia {case} sigue sin resolver varios compañeros han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
        ],
        "it": [
            "la segnalazione {case} non è risolta diversi colleghi hanno scritto il mio capo dice che cambiamo fornitore se non si risolve questa settimana"
        ],
        "pt": [
            "o pedido {case} continua por resolver vários colegas escreveram o meu chefe diz que mudamos de fornecedor se não ficar resolvido esta semana"
        ],
    },
    "b2b_suggest": {
        "fr": ["Suggestion : pourriez-vous exporter les coûts de location par production ?"],
        "de": ["Vorschlag: Könnten Sie die Mietkosten nach Produktion exportierbar machen?"],
        "en": ["Suggestion: could hire costs be exported by production code?"],
        "es": ["Sugerencia: ¿podríais exportar los costes por producción?"],
        "it": ["Suggerimento: potreste esportare i costi per produzione?"],
        "pt": ["Sugestão: podiam exportar os custos por produção?"],
    },
    "when": {
        "fr": ["lundi", "mardi", "ce matin"],
        "de": ["am Montag", "am Dienstag", "heute Morgen"],
        "en": ["on Monday", "this morning"],
        "es": ["el lunes", "esta mañana"],
        "it": ["lunedì", "stamattina"],
        "pt": ["na segunda", "esta manhã"],
    },
}

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Inès",
        "Julie",
        "Sarah",
        "Pauline",
        "Océane",
        "Élodie",
        "Margaux",
        "Anaïs",
        "Nadia",
        "Hélène",
        "Thomas",
        "Karim",
    ],
    "de": [
        "Anna",
        "Lena",
        "Katrin",
        "Miriam",
        "Sabine",
        "Jana",
        "Franziska",
        "Johanna",
        "Nina",
        "Ulrike",
        "Svenja",
        "Carla",
        "Bettina",
        "Yvonne",
        "Jonas",
        "Felix",
    ],
    "en": ["Emma", "Chloe", "Hannah", "Sophie", "Grace", "Megan", "Aoife", "Ciara"],
    "es": ["Lucía", "Marta", "Paula", "Irene", "Nerea", "Carmen", "Alba", "Rocío"],
    "it": ["Giulia", "Chiara", "Sara", "Francesca", "Elena", "Martina", "Silvia", "Marta"],
    "pt": ["Inês", "Beatriz", "Mariana", "Catarina", "Joana", "Rita", "Sofia", "Filipa"],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Moreau",
        "Lefèvre",
        "Garnier",
        "Rousseau",
        "Faure",
        "Blanchard",
        "Gauthier",
        "Perrin",
        "Masson",
        "Lemaire",
    ],
    "de": [
        "Krüger",
        "Hoffmann",
        "Schäfer",
        "Vogel",
        "Brandt",
        "Lehmann",
        "Seidel",
        "Hartmann",
        "Kühn",
        "Winkler",
    ],
    "en": ["Walsh", "Turner", "Byrne", "Hughes", "Doyle", "Ward"],
    "es": ["Ortega", "Navarro", "Gil", "Serrano", "Molina", "Castro"],
    "it": ["Ricci", "Greco", "Conti", "Ferri", "Galli", "Rinaldi"],
    "pt": ["Pereira", "Sousa", "Lopes", "Marques", "Pinto", "Ramos"],
}
MARKETS: dict[str, list[tuple[str, str, int]]] = {
    "fr": [("FR", "+33 6", 8), ("BE", "+32 47", 7), ("CH", "+41 79", 7)],
    "de": [("DE", "+49 15", 9), ("AT", "+43 66", 8), ("CH", "+41 78", 7)],
    "en": [("UK", "+44 7", 9), ("IE", "+353 8", 8)],
    "es": [("ES", "+34 6", 8)],
    "it": [("IT", "+39 3", 9)],
    "pt": [("PT", "+351 9", 8)],
}
AGENTS = ["Aurélie", "Maike", "Tom", "Nuria", "Paola", "Rui", "Bastien", "Henrike"]
PRODUCTS = [
    "Robe longue satin émeraude",
    "Midikleid Samt bordeaux",
    "Navy chiffon maxi",
    "Vestido largo lino",
    "Abito lungo blu notte",
    "Vestido cetim champanhe",
]
TOPIC = {
    "no_show": "robe jamais reçue / Kleid nicht angekommen",
    "wrong_size": "mauvaise taille / falsche Größe",
    "deposit": "caution / Kaution",
    "stain_fee": "frais de détachage / Reinigungsgebühr",
}
