"""Wording of heldout189/ (Linguora, language lessons by app and web), written from the stories.

Placeholders: {brand} {comp} {case} {tutor} {course} {price} {day} {first}. Every table has
every language; Italian and Portuguese carry the most variants.
"""

# ruff: noqa: E501

from __future__ import annotations

LANGS = ("it", "pt", "en", "fr", "de", "es")
T = dict[str, list[str]]

BRAND = "Linguora"
COMPETITORS = ("Parolix", "Dialekto")

COURSES: dict[str, list[str]] = {
    "it": ["inglese B2", "spagnolo per il lavoro", "tedesco A2", "preparazione IELTS"],
    "pt": ["inglês B2", "francês A1", "alemão para o trabalho", "preparação IELTS"],
    "en": ["Italian A2", "Spanish conversation", "Portuguese for travel"],
    "fr": ["anglais B1", "italien A1", "préparation TOEIC"],
    "de": ["Englisch C1", "Italienisch A2", "Spanisch Konversation"],
    "es": ["inglés B2", "alemán A1", "italiano para viajar"],
}

TUTORS = [
    "Giulia",
    "Rafael",
    "Aoife",
    "Margaux",
    "Jonas",
    "Lucía",
    "Tiago",
    "Chiara",
    "Ewan",
    "Inês",
]

PRAISE: T = {
    "it": [
        "Lezione di stamattina con {tutor} bellissima, finalmente parlo {course} senza bloccarmi. Grazie {brand}!",
        "Devo dirlo: {brand} mi ha fatto passare la paura di parlare. {tutor} pazientissima, lezioni sempre puntuali.",
        "Il corso di {course} su {brand} è la cosa migliore che ho fatto quest'anno, davvero.",
    ],
    "pt": [
        "Aula com o {tutor} hoje de manhã foi ótima, já consigo falar {course} sem travar. Obrigada {brand}!",
        "Tenho de dizer: o {brand} tirou-me o medo de falar. Professores pacientes e sempre a horas.",
        "Melhor investimento do ano, o curso de {course} no {brand}. Recomendo a toda a gente.",
    ],
    "en": [
        "Lovely lesson with {tutor} this morning, I actually held a whole conversation in {course}. Cheers {brand}!",
        "Six weeks into {course} with {brand} and I ordered dinner without pointing. Proud of myself.",
    ],
    "fr": [
        "Super cours avec {tutor} ce matin, je commence enfin à parler {course} sans paniquer. Merci {brand} !",
        "Franchement {brand} c'est top, les profs sont patients et toujours à l'heure.",
    ],
    "de": [
        "Tolle Stunde mit {tutor} heute früh, ich rede endlich {course} ohne ständig zu stocken. Danke {brand}!",
        "Muss mal gesagt werden: bei {brand} sind die Lehrer geduldig und immer pünktlich.",
    ],
    "es": [
        "Clase genial con {tutor} esta mañana, por fin hablo {course} sin bloquearme. ¡Gracias {brand}!",
        "Tengo que decirlo: {brand} me ha quitado el miedo a hablar. Profes con mucha paciencia.",
    ],
}

AGAIN_PRAISE: T = {
    "it": [
        "Terza volta che prenoto con {tutor} e di nuovo una lezione perfetta. Non cambio più.",
        "Ancora una volta {brand} non sbaglia un colpo: lezione preparata su misura per me.",
    ],
    "pt": [
        "Terceira vez com a {tutor} e outra vez uma aula impecável. Não troco.",
        "Mais uma vez o {brand} acertou em cheio, aula preparada à minha medida.",
    ],
    "en": [
        "Third time booking {tutor} and again a brilliant lesson. Still the best hour of my week."
    ],
    "fr": ["Troisième fois avec {tutor} et encore un cours parfait. Toujours aussi ravi."],
    "de": ["Zum dritten Mal bei {tutor} und wieder eine klasse Stunde. Immer noch begeistert."],
    "es": ["Tercera vez con {tutor} y otra vez una clase perfecta. Sigo encantada."],
}

PRAISE_GRIPE: T = {
    "it": [
        "Lezioni ottime e {tutor} bravissima, solo l'app ogni tanto mi scollega dal wifi. Per il resto 10.",
        "Tutto molto bene, peccato che le schede di esercizi siano solo in PDF. Comunque continuo!",
    ],
    "pt": [
        "Aulas muito boas, só o calendário da app é confuso para remarcar. De resto, nota 10.",
        "Gosto imenso, pena os exercícios virem só em PDF. Mas continuo!",
    ],
    "en": [
        "Brilliant tutors, only the homework page takes ages to load on my phone. Otherwise spot on."
    ],
    "fr": ["Très bons cours, seul le calendrier de l'appli est un peu confus. Sinon rien à dire."],
    "de": ["Super Stunden, nur der Kalender in der App ist etwas umständlich. Sonst top."],
    "es": [
        "Clases muy buenas, solo que el calendario de la app es un poco lioso. Por lo demás, genial."
    ],
}

QUESTION_CHAT: T = {
    "it": [
        "ciao, se sposto la lezione di domani alle 18 perdo il credito?",
        "Buongiorno, posso cambiare tutor a metà pacchetto?",
        "salve, il corso di {course} dà un certificato alla fine?",
    ],
    "pt": [
        "olá, se remarcar a aula de amanhã perco o crédito?",
        "Bom dia, posso mudar de professor a meio do pacote?",
        "boa tarde, o curso de {course} dá certificado no fim?",
    ],
    "en": ["hi, if I move tomorrow's lesson to Friday do I lose the credit?"],
    "fr": ["bonjour, si je décale le cours de demain je perds le crédit ?"],
    "de": ["Hallo, verliere ich das Guthaben, wenn ich die Stunde morgen verschiebe?"],
    "es": ["hola, si cambio la clase de mañana pierdo el crédito?"],
}

ANSWER_CHAT: T = {
    "it": ["Ciao! No, fino a 12 ore prima spostare è gratis e il credito resta. Buono studio!"],
    "pt": ["Olá! Não, até 12 horas antes remarcar é grátis e o crédito fica. Bons estudos!"],
    "en": ["Hi! No, up to 12 hours before it's free and the credit stays. Happy learning!"],
    "fr": ["Bonjour ! Non, jusqu'à 12 h avant c'est gratuit et le crédit reste. Bon courage !"],
    "de": [
        "Hallo! Nein, bis 12 Stunden vorher ist es kostenlos und das Guthaben bleibt. Viel Erfolg!"
    ],
    "es": ["¡Hola! No, hasta 12 horas antes es gratis y el crédito se mantiene. ¡Buen estudio!"],
}

THANKS: T = {
    "it": ["grz mille 🙏", "perfetto, grazie!", "ok top grazie"],
    "pt": ["obg!! 🙌", "boa, obrigado", "top, valeu"],
    "en": ["cheers, legend", "ta!"],
    "fr": ["merci, nickel 👌", "super merci"],
    "de": ["danke, passt 👍", "super, danke!"],
    "es": ["mil gracias crack", "genial, gracias!"],
}

CALL_QUESTION: T = {
    "it": [
        "si buongiorno volevo sapere se con il piano plus le lezioni di gruppo sono comprese o si pagano a parte grazie"
    ],
    "pt": [
        "sim bom dia queria saber se com o plano plus as aulas de grupo estão incluídas ou pagam-se à parte"
    ],
    "en": ["hi yeah just wondering if the group classes are included in plus or extra"],
    "fr": [
        "oui bonjour je voulais savoir si les cours collectifs sont compris dans plus ou en supplément"
    ],
    "de": ["ja hallo ich wollte fragen ob die gruppenkurse bei plus dabei sind oder extra kosten"],
    "es": [
        "sí hola quería saber si con plus las clases de grupo están incluidas o se pagan aparte"
    ],
}

CALL_FOLLOWUP: T = {
    "it": [
        "Come da telefonata: con {brand} Plus hai 4 lezioni di gruppo al mese incluse. A presto!"
    ],
    "pt": [
        "Como falámos ao telefone: com o {brand} Plus tem 4 aulas de grupo por mês incluídas. Até breve!"
    ],
    "en": ["As discussed on the phone: {brand} Plus includes 4 group classes a month. Speak soon!"],
    "fr": [
        "Comme convenu au téléphone : {brand} Plus inclut 4 cours collectifs par mois. À bientôt !"
    ],
    "de": ["Wie am Telefon besprochen: {brand} Plus enthält 4 Gruppenkurse im Monat. Bis bald!"],
    "es": [
        "Como hablamos por teléfono: {brand} Plus incluye 4 clases de grupo al mes. ¡Hasta pronto!"
    ],
}

REVIEW_GOOD: T = {
    "it": [
        "Tutor preparati, app semplice, prezzi onesti. Cinque stelle meritate.",
        "Mi ha salvato il colloquio in inglese. Consigliatissimo.",
    ],
    "pt": [
        "Professores preparados, app simples, preços justos. Cinco estrelas.",
        "Salvou-me a entrevista em inglês. Recomendo muito.",
    ],
    "en": ["Patient tutors, easy app, fair prices. Five stars."],
    "fr": ["Profs compétents, appli simple, prix honnêtes. Cinq étoiles."],
    "de": ["Geduldige Lehrer, einfache App, faire Preise. Fünf Sterne."],
    "es": ["Profes preparados, app sencilla, precios justos. Cinco estrellas."],
}

SURVEY_GOOD: T = {
    "it": ["ottimo", "👍", "tutto perfetto", ""],
    "pt": ["excelente", "🙂", "tudo ótimo", ""],
    "en": ["great", ""],
    "fr": ["parfait", ""],
    "de": ["sehr gut", ""],
    "es": ["genial", ""],
}

NIGHT_POST: T = {
    "it": [
        "sono le 2 e sto ripassando i verbi irregolari per la lezione di domani con {brand}, aiuto 😅",
        "turno di notte in ospedale, appena prenotato la lezione di sabato su {brand}. Sabato si parla tedesco!",
    ],
    "pt": [
        "são 2 da manhã e estou a rever verbos para a aula de amanhã no {brand}, socorro 😅",
        "turno da noite no hospital, acabei de marcar a aula de sábado no {brand}. Bora!",
    ],
    "en": ["can't sleep so doing my {brand} flashcards at 3am. worth it"],
    "fr": ["insomnie, je fais mes fiches {brand} à 3h du mat. au moins ça sert"],
    "de": ["kann nicht schlafen, also {brand}-Vokabeln um 3 Uhr nachts. Immerhin."],
    "es": ["son las 2 y repasando vocabulario de {brand} para mañana, no tengo remedio 😅"],
}

NIGHT_CHAT: T = {
    "it": ["domanda veloce: se prenoto adesso per le 8 di domattina trovo ancora un tutor?"],
    "pt": ["pergunta rápida: se marcar agora para as 8 da manhã ainda há professor?"],
    "en": ["quick one: can I still book an 8am lesson for tomorrow at this hour?"],
    "fr": ["petite question : je peux encore réserver un cours pour 8h demain ?"],
    "de": ["kurze Frage: kann ich jetzt noch eine Stunde für morgen 8 Uhr buchen?"],
    "es": ["pregunta rápida: si reservo ahora para las 8 de mañana hay profe?"],
}

NIGHT_ANSWER: T = {
    "it": ["Sì, fino a 4 ore prima trovi tutor liberi. Buonanotte!"],
    "pt": ["Sim, até 4 horas antes há professores livres. Boa noite!"],
    "en": ["Yes, slots stay open until 4 hours before. Night!"],
    "fr": ["Oui, jusqu'à 4 h avant il reste des créneaux. Bonne nuit !"],
    "de": ["Ja, bis 4 Stunden vorher gibt es freie Termine. Gute Nacht!"],
    "es": ["Sí, hasta 4 horas antes hay huecos. ¡Buenas noches!"],
}

# Consumer problems: a short phrase per language.
PROBLEMS: dict[str, dict[str, str]] = {
    "no_show": {
        "it": "il tutor non si è mai collegato alla lezione di ieri e il credito me l'avete scalato lo stesso",
        "pt": "o professor nunca entrou na aula de ontem e o crédito foi descontado na mesma",
        "en": "the tutor never turned up to yesterday's lesson and you still took the credit",
        "fr": "le prof ne s'est jamais connecté hier et le crédit a quand même été débité",
        "de": "der Lehrer ist gestern nie in die Stunde gekommen und das Guthaben ist trotzdem weg",
        "es": "el profe nunca se conectó ayer y me habéis descontado el crédito igual",
    },
    "double_charge": {
        "it": "l'abbonamento Plus mi è stato addebitato DUE volte questo mese, 2 x 29,90",
        "pt": "a mensalidade Plus foi cobrada DUAS vezes este mês, 2 x 29,90",
        "en": "Plus was charged TWICE this month, 2 x £26",
        "fr": "l'abonnement Plus a été prélevé DEUX fois ce mois-ci",
        "de": "Plus wurde diesen Monat ZWEIMAL abgebucht",
        "es": "me habéis cobrado el Plus DOS veces este mes",
    },
    "lost_credits": {
        "it": "avevo 10 lezioni nel pacchetto e ne sono sparite 4 senza che le usassi",
        "pt": "tinha 10 aulas no pacote e desapareceram 4 sem as usar",
        "en": "I had 10 lessons in my pack and 4 just vanished without me using them",
        "fr": "j'avais 10 cours dans mon pack et 4 ont disparu sans que je les utilise",
        "de": "ich hatte 10 Stunden im Paket und 4 sind einfach verschwunden",
        "es": "tenía 10 clases en el bono y han desaparecido 4 sin usarlas",
    },
    "refund": {
        "it": "aspetto da TRE settimane il rimborso del corso di gruppo che avete annullato voi",
        "pt": "estou há TRÊS semanas à espera do reembolso do curso de grupo que vocês cancelaram",
        "en": "I've waited THREE weeks for the refund of the group course you cancelled",
        "fr": "j'attends depuis TROIS semaines le remboursement du cours collectif que vous avez annulé",
        "de": "ich warte seit DREI Wochen auf die Erstattung für den Gruppenkurs, den ihr abgesagt habt",
        "es": "llevo TRES semanas esperando el reembolso del curso de grupo que cancelasteis vosotros",
    },
    "wrong_price": {
        "it": "sono socia Plus e il pacchetto esame mi è stato fatto pagare a prezzo pieno",
        "pt": "sou sócia Plus e paguei o pacote de exame a preço normal",
        "en": "I'm a Plus member and was charged the full non-member price for the exam pack",
        "fr": "je suis membre Plus et on m'a facturé le pack examen au prix normal",
        "de": "ich bin Plus-Mitglied und musste für das Prüfungspaket den vollen Preis zahlen",
        "es": "soy socia Plus y me habéis cobrado el pack de examen a precio normal",
    },
    "cancel_fee": {
        "it": "mi avete addebitato la penale di cancellazione per una lezione annullata TRE giorni prima",
        "pt": "cobraram-me a taxa de cancelamento de uma aula desmarcada com TRÊS dias de antecedência",
        "en": "you charged me a late-cancellation fee for a lesson I cancelled THREE days ahead",
        "fr": "vous m'avez facturé des frais d'annulation tardive pour un cours annulé TROIS jours avant",
        "de": "ihr habt mir eine Stornogebühr berechnet, obwohl ich DREI Tage vorher abgesagt habe",
        "es": "me habéis cobrado penalización por cancelar una clase con TRES días de antelación",
    },
}

COMPLAINT_SHORT: T = {
    "it": [
        "Buongiorno, {problem}. Vorrei una spiegazione e una soluzione, grazie.",
        "Scusate ma non ci siamo: {problem}. Sistemate per favore.",
    ],
    "pt": [
        "Bom dia, {problem}. Quero uma explicação e uma solução.",
        "Desculpem mas assim não dá: {problem}. Resolvam por favor.",
    ],
    "en": ["Hi, {problem}. Please sort it out."],
    "fr": ["Bonjour, {problem}. Merci de régler ça rapidement."],
    "de": ["Hallo, {problem}. Bitte klären Sie das."],
    "es": ["Hola, {problem}. Quiero una solución ya."],
}

COMPLAINT_ANGRY: T = {
    "it": ["BASTA. {problem}. È INACCETTABILE.", "ma è possibile?? {problem}. nessuno risponde"],
    "pt": ["JÁ CHEGA. {problem}. É INACEITÁVEL.", "a sério?? {problem}. ninguém responde"],
    "en": ["UNBELIEVABLE. {problem}. Nobody answers."],
    "fr": ["C'EST PAS POSSIBLE. {problem}. Personne ne répond."],
    "de": ["JETZT REICHTS. {problem}. Keiner meldet sich."],
    "es": ["YA ESTÁ BIEN. {problem}. Nadie contesta."],
}

COMPLAINT_LONG: T = {
    "it": [
        "Gentile servizio clienti,\n\nvi scrivo dalla sala d'attesa del pediatra, con mio figlio in braccio, quindi perdonate la forma. Da quando ho ripreso a studiare per il concorso uso {brand} quasi ogni sera, dopo cena, ed ero contenta. Però questa volta {problem}, e per me che conto ogni euro non è una cosa da poco.\n\nVi chiedo di controllare e di rispondermi per iscritto.\n\nCordiali saluti",
        "Buonasera,\n\nscrivo dal treno di ritorno dal lavoro. Sto preparando il trasferimento a Monaco e le lezioni sono diventate una priorità. Purtroppo {problem}. Ho già perso una serata a cercare di capire cosa sia successo nell'app.\n\nAttendo un riscontro.\n\nGrazie",
    ],
    "pt": [
        "Exmos. senhores,\n\nescrevo do carro, à porta do treino de futebol do meu filho, por isso desculpem a pressa. Uso o {brand} há meses para preparar a mudança para Lyon e sempre gostei. Desta vez, porém, {problem}, e com as contas apertadas isto pesa.\n\nPeço que verifiquem e me respondam por escrito.\n\nCumprimentos",
        "Boa noite,\n\nentre dois turnos no restaurante tento tratar disto. Estou a estudar para o exame de inglês do trabalho e as aulas são essenciais. Infelizmente {problem}. Já perdi uma noite a tentar perceber na app.\n\nAguardo resposta.\n\nObrigada",
    ],
    "en": [
        "Hello,\n\nwriting this on my lunch break from the depot. I've used {brand} for months to get ready for a job in Milan and was happy. This time though {problem}, and money is tight.\n\nPlease check and reply in writing.\n\nThanks"
    ],
    "fr": [
        "Bonjour,\n\nje vous écris depuis la salle d'attente du kiné. J'utilise {brand} depuis des mois pour préparer mon départ à Turin. Mais cette fois {problem}, et ce n'est pas rien pour moi.\n\nMerci de vérifier et de me répondre par écrit.\n\nCordialement"
    ],
    "de": [
        "Sehr geehrte Damen und Herren,\n\nich schreibe aus der Mittagspause in der Werkstatt. Ich nutze {brand} seit Monaten für meinen Umzug nach Porto und war zufrieden. Diesmal aber {problem}, und das Geld ist knapp.\n\nBitte prüfen Sie das und antworten Sie schriftlich.\n\nMit freundlichen Grüßen"
    ],
    "es": [
        "Hola,\n\nos escribo desde el coche esperando a mi hija en natación. Llevo meses con {brand} preparando el traslado a Lisboa y estaba contenta. Pero esta vez {problem}, y no me sobra el dinero.\n\nOs pido que lo reviséis y me contestéis por escrito.\n\nUn saludo"
    ],
}

CALL_COMPLAINT: T = {
    "it": ["si buongiorno chiamo perché {problem} e vorrei sapere cosa fate"],
    "pt": ["sim bom dia ligo porque {problem} e queria saber o que vão fazer"],
    "en": ["yeah hi calling because {problem} what are you doing about it"],
    "fr": ["oui bonjour j'appelle parce que {problem} qu'est-ce que vous faites"],
    "de": ["ja hallo ich rufe an weil {problem} was machen Sie jetzt"],
    "es": ["sí hola llamo porque {problem} qué vais a hacer"],
}

SUBJECT_COMPLAINT: dict[str, str] = {
    "it": "Reclamo: {topic}",
    "pt": "Reclamação: {topic}",
    "en": "Complaint: {topic}",
    "fr": "Réclamation : {topic}",
    "de": "Beschwerde: {topic}",
    "es": "Reclamación: {topic}",
}

SUBJECT_RE: dict[str, str] = {
    "it": "R: Segnalazione {case}",
    "pt": "RE: Pedido {case}",
    "en": "Re: Your case {case}",
    "fr": "RE : Demande {case}",
    "de": "AW: Vorgang {case}",
    "es": "RE: Incidencia {case}",
}

AGENT_CASE: T = {
    "it": [
        "Ciao {first}, ci dispiace. Abbiamo aperto la segnalazione {case} e ti aggiorniamo entro 24 ore."
    ],
    "pt": ["Olá {first}, lamentamos. Abrimos o pedido {case} e damos notícias em 24 horas."],
    "en": [
        "Hi {first}, sorry about this. We've opened case {case} and will update you within 24 hours."
    ],
    "fr": [
        "Bonjour {first}, désolés. Nous avons ouvert la demande {case} et revenons vers vous sous 24 h."
    ],
    "de": [
        "Hallo {first}, das tut uns leid. Wir haben den Vorgang {case} eröffnet und melden uns binnen 24 Stunden."
    ],
    "es": [
        "Hola {first}, lo sentimos. Hemos abierto la incidencia {case} y te contamos algo en 24 horas."
    ],
}

AGENT_GOOD_NEWS: T = {
    "it": [
        "Buone notizie sulla segnalazione {case}: abbiamo corretto e riaccreditato. Ci confermi che ora torna tutto?"
    ],
    "pt": [
        "Boas notícias sobre o pedido {case}: corrigimos e devolvemos. Pode confirmar que agora está tudo certo?"
    ],
    "en": [
        "Good news on case {case}: fixed and credited back. Could you confirm it all looks right now?"
    ],
    "fr": [
        "Bonne nouvelle pour la demande {case} : corrigé et recrédité. Pouvez-vous confirmer que tout est en ordre ?"
    ],
    "de": [
        "Gute Nachrichten zu Vorgang {case}: korrigiert und gutgeschrieben. Können Sie bestätigen, dass alles stimmt?"
    ],
    "es": [
        "Buenas noticias sobre la incidencia {case}: corregido y devuelto. ¿Nos confirmas que ya está todo bien?"
    ],
}

AGENT_QUALITY: T = {
    "it": [
        "La segnalazione {case} è ora con la nostra responsabile qualità, che ti chiamerà entro venerdì a pranzo."
    ],
    "pt": [
        "O pedido {case} está agora com a nossa responsável de qualidade, que lhe liga antes de sexta ao almoço."
    ],
    "en": ["Case {case} is now with our quality lead, who will call you before Friday lunchtime."],
    "fr": [
        "La demande {case} est maintenant chez notre responsable qualité, qui vous appellera avant vendredi midi."
    ],
    "de": [
        "Vorgang {case} liegt jetzt bei unserer Qualitätsleitung, die Sie bis Freitagmittag anruft."
    ],
    "es": [
        "La incidencia {case} está ahora con nuestra responsable de calidad, que te llamará antes del viernes a mediodía."
    ],
}

AGENT_URGENT: T = {
    "it": ["Aggiunto alla segnalazione {case} e segnato come urgente."],
    "pt": ["Acrescentado ao pedido {case} e marcado como urgente."],
    "en": ["Added to case {case} and marked urgent."],
    "fr": ["Ajouté à la demande {case}, marqué urgent."],
    "de": ["Zu Vorgang {case} hinzugefügt und als dringend markiert."],
    "es": ["Añadido a la incidencia {case} y marcado como urgente."],
}

AGENT_SORRY_GO: T = {
    "it": [
        "Ci dispiace vederti andare, {first}. Puoi disdire {brand} Plus da solo nell'app o sul sito, in Profilo > Abbonamento."
    ],
    "pt": [
        "Lamentamos vê-lo partir, {first}. Pode cancelar o {brand} Plus na app ou no site, em Perfil > Subscrição."
    ],
    "en": [
        "Sorry to see you go, {first}. You can cancel {brand} Plus yourself in the app or on the website, under Profile > Membership."
    ],
    "fr": [
        "Dommage de vous voir partir, {first}. Vous pouvez résilier {brand} Plus dans l'appli ou sur le site, Profil > Abonnement."
    ],
    "de": [
        "Schade, dass Sie gehen, {first}. Sie können {brand} Plus selbst in der App oder auf der Website kündigen, unter Profil > Mitgliedschaft."
    ],
    "es": [
        "Sentimos que te vayas, {first}. Puedes cancelar {brand} Plus tú mismo en la app o en la web, en Perfil > Suscripción."
    ],
}

CONFIRM: T = {
    "it": [
        "Confermo, segnalazione {case} risolta, ora torna tutto. Grazie!",
        "tutto ok per la {case}, grazie mille",
    ],
    "pt": [
        "Confirmo, pedido {case} resolvido, agora está tudo certo. Obrigada!",
        "tudo ok com o {case}, obg",
    ],
    "en": ["Confirmed, case {case} sorted, all good now. Thanks!"],
    "fr": ["Je confirme, demande {case} réglée. Merci !"],
    "de": ["Bestätigt, Vorgang {case} ist erledigt. Danke!"],
    "es": ["Confirmado, incidencia {case} resuelta. ¡Gracias!"],
}

APOLOGY: T = {
    "it": ["Scusate per il tono di ieri, ero stanca morta. Grazie per la pazienza."],
    "pt": ["Peço desculpa pelo tom de ontem, estava exausto. Obrigado pela paciência."],
    "en": ["Sorry for my tone yesterday, long day. Thanks for bearing with me."],
    "fr": ["Désolé pour mon ton d'hier, journée difficile. Merci de votre patience."],
    "de": ["Sorry für meinen Ton gestern, war ein langer Tag. Danke für die Geduld."],
    "es": ["Perdón por el tono de ayer, estaba agotada. Gracias por la paciencia."],
}

LOW_CSAT_WORD: T = {
    "it": ["pessimo", ""],
    "pt": ["mau", ""],
    "en": ["poor", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "es": ["fatal", ""],
}

LATER_STILL: T = {
    "it": [
        "Riscrivo per la segnalazione {case}: ancora niente, {problem}.",
        "segnalazione {case} ancora aperta. {problem}, e nessuno mi ha richiamato",
    ],
    "pt": [
        "Volto a escrever sobre o pedido {case}: ainda nada, {problem}.",
        "pedido {case} continua aberto. {problem}, e ninguém me ligou",
    ],
    "en": ["Writing again about case {case}: still nothing, {problem}."],
    "fr": ["Je relance la demande {case} : toujours rien, {problem}."],
    "de": ["Ich melde mich nochmal wegen Vorgang {case}: immer noch nichts, {problem}."],
    "es": ["Vuelvo a escribir por la incidencia {case}: sigue igual, {problem}."],
}

LATER_THIRD: T = {
    "it": [
        "Terzo contatto per la {case}, ancora aperta. Una collega studia con {comp} e lì queste cose le risolvono in giornata."
    ],
    "pt": [
        "Terceiro contacto sobre o {case}, ainda aberto. Uma colega estuda no {comp} e lá resolvem isto no próprio dia."
    ],
    "en": [
        "Third contact about {case}, still open. A colleague learns with {comp} and they sort this the same day."
    ],
    "fr": [
        "Troisième relance pour {case}, toujours ouverte. Une collègue est chez {comp}, eux règlent ça dans la journée."
    ],
    "de": [
        "Dritter Kontakt wegen {case}, immer noch offen. Eine Kollegin lernt bei {comp}, die klären so was am selben Tag."
    ],
    "es": [
        "Tercer contacto por la {case}, sigue abierta. Una compañera estudia con {comp} y allí lo arreglan en el día."
    ],
}

LATER_FOURTH: T = {
    "it": ["QUARTA volta che scrivo per la {case}. Ancora aperta."],
    "pt": ["É a QUARTA vez que escrevo sobre o {case}. Continua aberto."],
    "en": ["FOURTH time writing about {case}. Still open."],
    "fr": ["QUATRIÈME fois que j'écris pour {case}. Toujours ouverte."],
    "de": ["Zum VIERTEN Mal wegen {case}. Immer noch offen."],
    "es": ["CUARTA vez que escribo por la {case}. Sigue abierta."],
}

LATER_CALL: T = {
    "it": ["si chiamo per la segnalazione {case} è ancora aperta {problem}"],
    "pt": ["sim ligo por causa do pedido {case} continua aberto {problem}"],
    "en": ["hi calling about case {case} still open {problem}"],
    "fr": ["oui j'appelle pour la demande {case} toujours ouverte {problem}"],
    "de": ["ja ich rufe wegen Vorgang {case} an immer noch offen {problem}"],
    "es": ["sí llamo por la incidencia {case} sigue abierta {problem}"],
}

SLIDE: T = {
    "it": [
        "Lezione iniziata con 20 minuti di ritardo e nessun avviso. Peccato.",
        "Secondo tutor di fila che non aveva letto i miei obiettivi. Mah.",
        "Adesso per spostare una lezione devo scrivere in chat e aspettare un giorno. Prima era un click.",
        "Il pacchetto costa di più e le lezioni sono di 45 minuti invece di 50. Chi se ne accorge, eh.",
        "FURIOSA: 15 € di penale per una lezione annullata da voi. Con tanto di screenshot.",
        "Mia sorella studia con {comp}, ho già prenotato lì la prova di sabato.",
    ],
    "pt": [
        "Aula começou 20 minutos atrasada e sem aviso. Pena.",
        "Segundo professor seguido que não leu os meus objetivos. Enfim.",
        "Agora para remarcar tenho de escrever no chat e esperar um dia. Antes era um clique.",
        "O pacote ficou mais caro e as aulas passaram de 50 para 45 minutos. Ninguém repara, não é?",
        "FARTA: 15 € de multa por uma aula que VOCÊS cancelaram. Tenho print.",
        "A minha irmã estuda no {comp}, já marquei lá a aula experimental de sábado.",
    ],
    "en": [
        "Lesson started 20 minutes late, no heads-up. Shame.",
        "Second tutor in a row who hadn't read my goals. Hmm.",
        "Moving a lesson now means a chat and a day's wait. Used to be one tap.",
        "Pack costs more and lessons are 45 minutes instead of 50. Sneaky.",
        "FURIOUS: £13 penalty for a lesson YOU cancelled. Have the screenshot.",
        "My sister learns with {comp}, I've booked their trial for Saturday.",
    ],
    "fr": [
        "Cours commencé avec 20 minutes de retard, sans prévenir. Dommage.",
        "Deuxième prof d'affilée qui n'avait pas lu mes objectifs. Bof.",
        "Maintenant pour décaler un cours il faut écrire au chat et attendre un jour.",
        "Le pack coûte plus cher et les cours font 45 minutes au lieu de 50. Discret.",
        "FURIEUX : 15 € de pénalité pour un cours que VOUS avez annulé.",
        "Ma sœur est chez {comp}, j'ai réservé leur cours d'essai samedi.",
    ],
    "de": [
        "Stunde hat 20 Minuten zu spät angefangen, ohne Info. Schade.",
        "Zweiter Lehrer in Folge, der meine Ziele nicht gelesen hatte. Naja.",
        "Verschieben geht jetzt nur noch per Chat mit einem Tag Wartezeit.",
        "Paket teurer und Stunden nur noch 45 statt 50 Minuten. Merkt ja keiner.",
        "STINKSAUER: 15 € Strafe für eine Stunde, die IHR abgesagt habt.",
        "Meine Schwester lernt bei {comp}, ich hab dort für Samstag eine Probestunde gebucht.",
    ],
    "es": [
        "La clase empezó 20 minutos tarde y sin avisar. Una pena.",
        "Segundo profe seguido que no había leído mis objetivos. En fin.",
        "Ahora para cambiar una clase hay que escribir al chat y esperar un día.",
        "El bono cuesta más y las clases son de 45 minutos en vez de 50. Qué casualidad.",
        "HARTA: 15 € de penalización por una clase que cancelasteis VOSOTROS.",
        "Mi hermana estudia con {comp}, ya he reservado allí la prueba del sábado.",
    ],
}

CANCEL_ASK: T = {
    "it": [
        "Buongiorno, ho passato l'esame e mi trasferisco, non mi servono più le lezioni. Vorrei disdire {brand} Plus e chiudere l'account. Grazie di tutto."
    ],
    "pt": [
        "Bom dia, passei no exame e já não preciso das aulas. Quero cancelar o {brand} Plus e fechar a conta. Obrigado por tudo."
    ],
    "en": [
        "Hi, passed my exam and the new job pays for a course, so please cancel {brand} Plus and close my account. Thanks for everything."
    ],
    "fr": [
        "Bonjour, examen réussi, je n'ai plus besoin des cours. Je souhaite résilier {brand} Plus et fermer mon compte. Merci pour tout."
    ],
    "de": [
        "Hallo, Prüfung bestanden, ich brauche die Stunden nicht mehr. Bitte {brand} Plus kündigen und mein Konto schließen. Danke für alles."
    ],
    "es": [
        "Hola, aprobé el examen y ya no necesito las clases. Quiero cancelar {brand} Plus y cerrar la cuenta. Gracias por todo."
    ],
}

GRUMBLE: T = {
    "it": [
        "l'app mi fa rifare il login ogni volta, che noia",
        "il promemoria della lezione alle 6 di mattina anche no",
        "le lezioni di gruppo sono sempre piene",
    ],
    "pt": [
        "a app pede login todas as vezes, que seca",
        "o lembrete da aula às 6 da manhã não dá",
        "as aulas de grupo estão sempre cheias",
    ],
    "en": ["app logs me out every single time", "lesson reminder at 6am, really?"],
    "fr": ["l'appli me déconnecte à chaque fois", "le rappel de cours à 6h du matin, sérieux"],
    "de": ["App loggt mich jedes Mal aus", "Erinnerung an die Stunde um 6 Uhr früh, echt jetzt"],
    "es": [
        "la app me saca de la sesión cada vez",
        "el recordatorio a las 6 de la mañana, en serio",
    ],
}

SARCASM: T = {
    "it": [
        "Lezione di conversazione dove il tutor ha parlato 50 minuti su 50. Bravissimo lui 👏",
        "Wow, il wifi dell'aula virtuale è più lento del mio italiano 😂",
    ],
    "pt": [
        "Aula de conversação em que o professor falou 50 dos 50 minutos. Parabéns a ele 👏",
        "Uau, a aula virtual é mais lenta do que o meu inglês 😂",
    ],
    "en": ["Conversation class where the tutor talked for 50 of the 50 minutes. Great for him 👏"],
    "fr": ["Cours de conversation où le prof a parlé 50 minutes sur 50. Bravo à lui 👏"],
    "de": ["Konversationsstunde, in der der Lehrer 50 von 50 Minuten geredet hat. Toll für ihn 👏"],
    "es": ["Clase de conversación en la que el profe habló 50 de los 50 minutos. Bravo por él 👏"],
}

MILD: T = {
    "it": ["piccola cosa: il calendario mostra l'ora di Londra invece della mia"],
    "pt": ["pequena coisa: o calendário mostra a hora de Londres e não a minha"],
    "en": ["small thing: the calendar shows the wrong time zone"],
    "fr": ["petit détail : le calendrier affiche le mauvais fuseau horaire"],
    "de": ["Kleinigkeit: der Kalender zeigt die falsche Zeitzone"],
    "es": ["una cosita: el calendario muestra otra zona horaria"],
}

ACK: T = {
    "it": ["Grazie della segnalazione, l'abbiamo passata al team dell'app."],
    "pt": ["Obrigado pelo aviso, passámos à equipa da app."],
    "en": ["Thanks for flagging, passed to the app team."],
    "fr": ["Merci du signalement, transmis à l'équipe de l'appli."],
    "de": ["Danke für den Hinweis, ist an das App-Team weitergeleitet."],
    "es": ["Gracias por avisar, lo pasamos al equipo de la app."],
}

# The planted incident (topic_spike only).
SPIKE_CODE = "AULA-742"
SPIKE: T = {
    "it": [
        "ma che succede?? entro nella lezione e mi ritrovo nella lezione di un'altra persona, con un altro tutor che insegna giapponese",
        "{brand} mi butta nella classe sbagliata, errore {code}, e intanto la mia lezione scorre",
        "Aiuto, cliccando Entra nell'aula finisco in una lezione di sconosciuti. Il mio tutor dov'è?",
    ],
    "pt": [
        "o que se passa?? entro na aula e caio na aula de outra pessoa, com outro professor a ensinar japonês",
        "o {brand} mete-me na sala errada, erro {code}, e a minha aula a passar",
        "Socorro, carrego em Entrar na sala e vou parar a uma aula de desconhecidos. Onde está a minha professora?",
    ],
    "en": [
        "joined my lesson and landed in a stranger's class with another tutor, error {code}. what is going on {brand}",
        "Clicked join and I'm in someone else's lesson?? Where's my tutor",
    ],
    "fr": [
        "je rejoins mon cours et j'atterris dans le cours de quelqu'un d'autre, erreur {code}",
        "{brand} m'envoie dans la mauvaise salle, mon cours passe et je suis avec des inconnus",
    ],
    "de": [
        "ich komme in die Stunde von jemand anderem, anderer Lehrer, Fehler {code}. Was ist da los {brand}?",
        "Beim Beitreten lande ich in einer fremden Stunde, mein Lehrer ist nirgends",
    ],
    "es": [
        "entro a mi clase y acabo en la clase de otra persona con otro profe, error {code}",
        "{brand} me mete en la sala equivocada y mi clase corriendo, qué pasa",
    ],
}

SPIKE_AGAIN: T = {
    "it": [
        "Ancora {code}, anche dal computer di mio marito. Finisco sempre in un'altra lezione.",
        "ancora nella classe sbagliata, ho provato anche dal sito",
    ],
    "pt": [
        "Continua {code}, também no portátil do meu marido. Vou sempre parar a outra aula.",
        "ainda na sala errada, tentei também pelo site",
    ],
    "en": ["still {code}, tried the laptop too, still someone else's lesson"],
    "fr": ["toujours {code}, même depuis l'ordinateur, toujours le cours d'un autre"],
    "de": ["immer noch {code}, auch am Laptop, wieder fremde Stunde"],
    "es": ["sigue {code}, también desde el portátil, otra vez en la clase de otro"],
}

SPIKE_CHAT_ANSWER: T = {
    "it": [
        "Sì, in questo momento l'ingresso nelle aule porta nelle lezioni sbagliate, ci stiamo lavorando. Le lezioni perse saranno riaccreditate."
    ],
    "pt": [
        "Sim, neste momento a entrada nas salas leva às aulas erradas, estamos a tratar. As aulas perdidas serão devolvidas."
    ],
    "en": [
        "Yes, joining lessons is sending people to the wrong rooms right now, engineers are on it. Missed lessons will be credited back."
    ],
    "fr": [
        "Oui, en ce moment l'accès aux salles envoie dans les mauvais cours, nos équipes y travaillent. Les cours perdus seront recrédités."
    ],
    "de": [
        "Ja, gerade landen Teilnehmer in falschen Räumen, wir arbeiten daran. Verpasste Stunden schreiben wir gut."
    ],
    "es": [
        "Sí, ahora mismo el acceso a las aulas lleva a clases equivocadas, estamos en ello. Las clases perdidas se devolverán."
    ],
}

SPIKE_FIXED: T = {
    "it": [
        "Le aule funzionano di nuovo dalle 12:30 (ora italiana). La lezione di oggi ti è stata riaccreditata, più una lezione in omaggio."
    ],
    "pt": [
        "As salas funcionam de novo desde as 11:30 (hora de Lisboa). A aula de hoje foi devolvida, mais uma aula oferecida."
    ],
    "en": [
        "Lesson rooms work again since 11:30 (UK time). Today's lesson is credited back plus one free lesson."
    ],
    "fr": [
        "Les salles fonctionnent à nouveau depuis 12h30. Le cours d'aujourd'hui est recrédité, plus un cours offert."
    ],
    "de": [
        "Die Räume funktionieren seit 12:30 Uhr wieder. Die heutige Stunde ist gutgeschrieben, plus eine Gratisstunde."
    ],
    "es": [
        "Las aulas funcionan otra vez desde las 12:30. La clase de hoy está devuelta, más una clase de regalo."
    ],
}

LONE_QUESTION: T = {
    "it": [
        "domanda: ieri sera l'aula mi ha chiesto di aggiornare l'app prima di entrare, poi è andato tutto bene. domani devo farlo di nuovo?"
    ],
    "pt": [
        "pergunta: ontem a sala pediu para atualizar a app antes de entrar, depois correu tudo bem. amanhã tenho de voltar a fazer isso?"
    ],
    "en": [
        "quick question: last night the room asked me to update the app first, then it was fine. do I need to do that again?"
    ],
    "fr": [
        "question : hier la salle m'a demandé de mettre à jour l'appli, ensuite tout allait bien. je dois le refaire ?"
    ],
    "de": [
        "Frage: gestern wollte der Raum erst ein App-Update, danach lief alles. Muss ich das morgen wieder machen?"
    ],
    "es": [
        "pregunta: ayer el aula me pidió actualizar la app antes de entrar, luego fue bien. mañana tengo que hacerlo otra vez?"
    ],
}

LONE_ANSWER: T = {
    "it": ["No, l'aggiornamento si fa una volta sola. Buona lezione!"],
    "pt": ["Não, a atualização é só uma vez. Boa aula!"],
    "en": ["No, it's a one-off update. Enjoy the lesson!"],
    "fr": ["Non, la mise à jour ne se fait qu'une fois. Bon cours !"],
    "de": ["Nein, das Update ist einmalig. Viel Spaß!"],
    "es": ["No, la actualización es solo una vez. ¡Buena clase!"],
}

# Business arm (Linguora Business): staff courses on account.
B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "invoice": {
        "it": "le fatture arrivano senza numero d'ordine e con il centro di costo sbagliato, la contabilità le respinge",
        "pt": "as faturas chegam sem número de encomenda e com o centro de custo errado, a contabilidade devolve-as",
        "en": "invoices come without our PO number and on the wrong cost centre, accounts reject them",
        "fr": "les factures arrivent sans numéro de commande et sur le mauvais centre de coûts",
        "de": "die Rechnungen kommen ohne Bestellnummer und auf der falschen Kostenstelle",
        "es": "las facturas llegan sin número de pedido y con el centro de coste equivocado",
    },
    "seats_blocked": {
        "it": "i nostri dipendenti non entrano più, licenza scaduta, anche se abbiamo pagato",
        "pt": "os nossos colaboradores não conseguem entrar, licença expirada, e está pago",
        "en": "our staff are locked out with 'licence expired' although we've paid",
        "fr": "nos salariés sont bloqués, licence expirée, alors que c'est payé",
        "de": "unsere Mitarbeitenden sind gesperrt, Lizenz abgelaufen, obwohl bezahlt",
        "es": "nuestros empleados no pueden entrar, licencia caducada, y está pagado",
    },
    "portal": {
        "it": "il portale non mostra i progressi e non ci lascia assegnare i posti",
        "pt": "o portal não mostra o progresso e não deixa atribuir lugares",
        "en": "the portal shows no progress reports and won't let us assign seats",
        "fr": "le portail n'affiche aucun suivi et ne permet pas d'attribuer les places",
        "de": "das Portal zeigt keine Fortschritte und lässt uns keine Plätze zuweisen",
        "es": "el portal no muestra el progreso y no deja asignar plazas",
    },
    "overbilled": {
        "it": "ci fatturate a lezione invece della tariffa forfettaria del contratto",
        "pt": "estão a faturar por aula em vez da tarifa fixa do contrato",
        "en": "you bill us per lesson instead of the contract's flat rate",
        "fr": "vous facturez au cours au lieu du forfait du contrat",
        "de": "ihr rechnet pro Stunde ab statt der Pauschale aus dem Vertrag",
        "es": "nos facturáis por clase en vez de la tarifa plana del contrato",
    },
}

B2B_FIRST: T = {
    "it": ["Buongiorno, scrivo per {company}: {problem}. Chiediamo una correzione rapida."],
    "pt": ["Bom dia, escrevo pela {company}: {problem}. Pedimos correção rápida."],
    "en": ["Hello, writing for {company}: {problem}. Please correct this quickly."],
    "fr": ["Bonjour, je vous écris pour {company} : {problem}. Merci de corriger rapidement."],
    "de": ["Guten Tag, ich schreibe für {company}: {problem}. Bitte zeitnah korrigieren."],
    "es": ["Buenos días, escribo por {company}: {problem}. Pedimos que se corrija rápido."],
}

B2B_LATER: T = {
    "it": [
        "Buongiorno, come vi ha già scritto {first} {day} (segnalazione {case}): {problem}. Anche il mio reparto è bloccato."
    ],
    "pt": [
        "Bom dia, como a {first} já escreveu {day} (pedido {case}): {problem}. O meu departamento também está parado."
    ],
    "en": [
        "Hello, as {first} already wrote {day} (case {case}): {problem}. My team is affected too."
    ],
    "fr": [
        "Bonjour, comme {first} vous l'a écrit {day} (demande {case}) : {problem}. Mon service aussi."
    ],
    "de": [
        "Guten Tag, wie {first} schon {day} geschrieben hat (Vorgang {case}): {problem}. Meine Abteilung auch."
    ],
    "es": [
        "Buenos días, como ya os escribió {first} {day} (incidencia {case}): {problem}. Mi departamento también."
    ],
}

B2B_LAST_EMAIL: T = {
    "it": [
        "Segnalazione {case}: ancora nulla risolto e ormai vi hanno scritto in diversi. L'ufficio acquisti ha già chiesto le tariffe a {comp}."
    ],
    "pt": [
        "Pedido {case}: continua tudo por resolver e já vos escreveram vários colegas. As compras já pediram preços à {comp}."
    ],
    "en": [
        "Case {case}: still nothing fixed and several of us have written. Procurement has already asked {comp} for their rates."
    ],
    "fr": [
        "Demande {case} : toujours rien de réglé, plusieurs collègues ont écrit. Les achats ont demandé les tarifs de {comp}."
    ],
    "de": [
        "Vorgang {case}: immer noch nichts gelöst, mehrere Kollegen haben geschrieben. Der Einkauf hat schon bei {comp} angefragt."
    ],
    "es": [
        "Incidencia {case}: sigue sin resolver y os han escrito varios compañeros. Compras ya ha pedido tarifas a {comp}."
    ],
}

B2B_LAST_CALL: T = {
    "it": [
        "si buongiorno chiamo per la segnalazione {case} non è cambiato niente hanno scritto in tanti e il mio capo dice che se non si risolve questa settimana cambiamo fornitore"
    ],
    "pt": [
        "sim bom dia ligo por causa do pedido {case} não mudou nada já escreveram vários e o meu chefe diz que se não resolverem esta semana mudamos de fornecedor"
    ],
    "en": [
        "yes hello calling about case {case} nothing has changed several of us wrote and my boss says we move the account if it isnt fixed this week"
    ],
    "fr": [
        "oui bonjour j'appelle pour la demande {case} rien n'a changé plusieurs collègues ont écrit et mon chef dit qu'on change de prestataire si ce n'est pas réglé cette semaine"
    ],
    "de": [
        "ja guten Tag ich rufe wegen Vorgang {case} an es hat sich nichts geändert mehrere haben geschrieben und mein Chef sagt wir wechseln wenn das diese Woche nicht gelöst ist"
    ],
    "es": [
        "sí buenos días llamo por la incidencia {case} no ha cambiado nada han escrito varios y mi jefe dice que cambiamos de proveedor si no se arregla esta semana"
    ],
}

B2B_SUGGEST: T = {
    "it": [
        "Suggerimento: sarebbe utile esportare le ore di lezione per progetto.",
        "Si potrebbe mostrare il livello CEFR nei report mensili?",
    ],
    "pt": [
        "Sugestão: seria útil exportar as horas de aula por projeto.",
        "Podiam mostrar o nível CEFR nos relatórios mensais?",
    ],
    "en": ["Suggestion: exporting lesson hours by project code would help."],
    "fr": ["Suggestion : exporter les heures de cours par code projet serait utile."],
    "de": ["Vorschlag: Export der Stunden nach Projektcode wäre hilfreich."],
    "es": ["Sugerencia: exportar las horas de clase por proyecto sería útil."],
}

B2B_QUESTION: T = {
    "it": ["Buongiorno, come aggiungo un nuovo collega al corso di inglese aziendale?"],
    "pt": ["Bom dia, como acrescento um colega novo ao curso de inglês da empresa?"],
    "en": ["Morning, how do I add a new starter to our company English course?"],
    "fr": ["Bonjour, comment ajouter un nouveau collègue au cours d'anglais de l'entreprise ?"],
    "de": ["Guten Morgen, wie füge ich einen neuen Kollegen zum Firmenkurs hinzu?"],
    "es": ["Buenos días, ¿cómo añado a un compañero nuevo al curso de inglés de la empresa?"],
}

B2B_ANSWER: T = {
    "it": ["Dal portale, Posti > Assegna: inserisci l'e-mail e arriva l'invito."],
    "pt": ["No portal, Lugares > Atribuir: põe o e-mail e o convite segue."],
    "en": ["In the portal, Seats > Assign: enter the e-mail and the invite goes out."],
    "fr": ["Dans le portail, Places > Attribuer : saisissez l'e-mail, l'invitation part."],
    "de": ["Im Portal unter Plätze > Zuweisen die E-Mail eintragen, die Einladung geht raus."],
    "es": ["En el portal, Plazas > Asignar: pones el e-mail y sale la invitación."],
}

B2B_PRAISE: T = {
    "it": [
        "Il corso aziendale con {brand} sta andando benissimo, il team ora fa le call in inglese senza ansia."
    ],
    "pt": [
        "O curso da empresa com o {brand} está a correr muito bem, a equipa já faz reuniões em inglês."
    ],
    "en": [
        "Our company course with {brand} is going really well, the team runs calls in English now."
    ],
    "fr": [
        "Le cours d'entreprise avec {brand} se passe très bien, l'équipe fait ses réunions en anglais."
    ],
    "de": [
        "Der Firmenkurs bei {brand} läuft richtig gut, das Team telefoniert jetzt entspannt auf Englisch."
    ],
    "es": ["El curso de empresa con {brand} va genial, el equipo ya hace reuniones en inglés."],
}

DAYNAMES: dict[str, list[str]] = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "pt": ["na segunda", "na terça", "na quarta", "na quinta", "na sexta"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
}

NAMES: dict[str, tuple[list[str], list[str]]] = {
    "it": (
        [
            "Giulia",
            "Marco",
            "Chiara",
            "Luca",
            "Sara",
            "Matteo",
            "Elena",
            "Davide",
            "Francesca",
            "Paolo",
            "Alessia",
            "Simone",
        ],
        [
            "Rossi",
            "Bianchi",
            "Ferri",
            "Galli",
            "Conti",
            "Marino",
            "Greco",
            "Lombardi",
            "Barbieri",
            "Fontana",
            "Rinaldi",
            "Caruso",
        ],
    ),
    "pt": (
        [
            "Ana",
            "João",
            "Inês",
            "Tiago",
            "Mariana",
            "Rui",
            "Beatriz",
            "Pedro",
            "Carla",
            "Nuno",
            "Sofia",
            "Miguel",
        ],
        [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Costa",
            "Martins",
            "Sousa",
            "Fernandes",
            "Gomes",
            "Lopes",
            "Marques",
            "Ribeiro",
        ],
    ),
    "en": (
        ["Emma", "Liam", "Chloe", "Owen", "Grace", "Ciaran", "Holly", "Jack"],
        ["Walsh", "Murphy", "Taylor", "Brennan", "Hughes", "Doyle", "Clarke", "Byrne"],
    ),
    "fr": (
        ["Camille", "Hugo", "Léa", "Julien", "Manon", "Antoine", "Claire", "Théo"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert"],
    ),
    "de": (
        ["Anna", "Lukas", "Lea", "Jonas", "Marie", "Felix", "Sophie", "Tobias"],
        ["Müller", "Schmidt", "Weber", "Becker", "Hoffmann", "Keller", "Wagner", "Richter"],
    ),
    "es": (
        ["Lucía", "Pablo", "Marta", "Javier", "Carmen", "Diego", "Elena", "Sergio"],
        ["García", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"],
    ),
}

COMPANIES: dict[str, list[str]] = {
    "it": [
        "Tessiture Valbruna",
        "Logistica Ponente",
        "Studio Arcadi",
        "Farmaceutica Lirio",
        "Cantieri Moretta",
        "Ottica Selvini",
    ],
    "pt": [
        "Conservas Atlântida",
        "Moldes do Lis",
        "Hotel Ribamar",
        "Cortiças Serrado",
        "Têxteis Vale do Ave",
        "Clínica Sol Nascente",
    ],
    "en": ["Harbourline Freight", "Kestrel Software"],
    "fr": ["Ateliers Daumier", "Transports Villeneuve"],
    "de": ["Brenner Maschinenbau", "Kanzlei Falkner"],
    "es": ["Conservas Albora", "Clínica Montalvo"],
}
