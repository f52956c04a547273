"""Wording of heldout292 (Andarilo: mobility scooter and wheelchair hire), six languages."""
# ruff: noqa: E501

from __future__ import annotations

LANGS = ("es", "pt", "de", "en", "fr", "it")
WEIGHTS = (30, 30, 10, 10, 10, 10)

W: dict[str, dict[str, list[str]]] = {
    "praise": {
        "es": [
            "La scooter llegó al hotel antes de las diez y mi madre pudo ir al paseo marítimo sola. Gracias Andarilo",
            "Tercera vez que alquilamos la silla plegable con vosotros y siempre impecable",
            "El repartidor le explicó a mi padre todos los mandos con paciencia, un detalle",
        ],
        "pt": [
            "A scooter chegou ao apartamento à hora marcada e a minha avó voltou a ir ao mercado sozinha",
            "Já é a terceira vez que alugamos a cadeira elétrica e está sempre limpinha e com a bateria cheia",
            "O senhor da entrega ajustou o assento ao meu pai sem pressa nenhuma, obrigado",
        ],
        "de": [
            "Der Scooter stand pünktlich an der Rezeption, meine Mutter konnte endlich mit an die Promenade",
            "Zum dritten Mal den Faltrollstuhl gemietet, alles bestens",
        ],
        "en": [
            "Scooter was waiting at the cruise terminal exactly where they said, made Dad's whole trip",
            "Third hire of the folding wheelchair and it's spotless every time",
        ],
        "fr": [
            "Le scooter était à l'hôtel dès notre arrivée, ma mère a pu suivre toute la famille en ville",
            "Troisième location du fauteuil pliant, toujours nickel",
        ],
        "it": [
            "Lo scooter era già in hotel quando siamo arrivati, mia nonna ha girato tutto il lungomare",
            "Terza volta che noleggiamo la carrozzina pieghevole, sempre perfetta",
        ],
    },
    "gripe": {
        "es": [
            "Todo bien, solo que el cargador tiene el cable cortísimo. Por lo demás repetiremos",
            "Muy contentos, aunque la cesta delantera se suelta un poco",
        ],
        "pt": [
            "Tudo ótimo, só o carregador tem o fio muito curto. De resto voltamos a alugar",
            "Muito bom, mas o cesto da frente abana um bocadinho",
        ],
        "de": ["Alles gut, nur das Ladekabel ist sehr kurz. Sonst gerne wieder"],
        "en": ["All good, only the charger lead is really short. Would hire again"],
        "fr": ["Très bien, seul le câble du chargeur est un peu court"],
        "it": ["Tutto bene, solo il cavo del caricatore è cortissimo"],
    },
    "question": {
        "es": [
            "¿Se puede dejar la scooter en la recepción del hotel el último día?",
            "¿La silla eléctrica cabe en el maletero de un coche pequeño?",
            "¿Cuánto dura la batería si vamos al casco antiguo y volvemos?",
        ],
        "pt": [
            "Posso deixar a scooter na receção do hotel no último dia?",
            "A cadeira elétrica cabe na mala de um carro pequeno?",
            "Quantos quilómetros faz a bateria com uma carga?",
        ],
        "de": [
            "Kann ich den Scooter am letzten Tag an der Hotelrezeption lassen?",
            "Passt der E-Rollstuhl in einen kleinen Kofferraum?",
        ],
        "en": [
            "Can we leave the scooter at hotel reception on the last day?",
            "Does the power chair fold small enough for a hatchback?",
        ],
        "fr": [
            "Peut-on laisser le scooter à la réception de l'hôtel le dernier jour ?",
            "Le fauteuil électrique rentre-t-il dans un petit coffre ?",
        ],
        "it": [
            "Posso lasciare lo scooter alla reception dell'hotel l'ultimo giorno?",
            "La carrozzina elettrica entra nel bagagliaio di una utilitaria?",
        ],
    },
    "answer": {
        "es": ["Sí, la recogemos allí mismo a la hora que nos indiques. ¡Buen viaje!"],
        "pt": ["Sim, recolhemos aí mesmo à hora que nos indicar. Boas férias!"],
        "de": ["Ja, wir holen ihn dort zur gewünschten Uhrzeit ab. Schöne Reise!"],
        "en": ["Yes, we collect it right there at the time you choose. Enjoy the trip!"],
        "fr": ["Oui, nous le récupérons sur place à l'heure choisie. Bon séjour !"],
        "it": ["Sì, lo ritiriamo lì all'orario che preferisce. Buon viaggio!"],
    },
    "thanks": {
        "es": ["Perfecto, muchas gracias", "Genial, gracias por la rapidez"],
        "pt": ["Perfeito, muito obrigado", "Ótimo, obrigada pela rapidez"],
        "de": ["Super, danke"],
        "en": ["Brilliant, thanks"],
        "fr": ["Parfait, merci"],
        "it": ["Perfetto, grazie"],
    },
    "complaint_late": {
        "es": [
            "La scooter tenía que estar en el hotel a las 9 y son las 13. Mi padre lleva toda la mañana sentado en el vestíbulo. Nadie coge el teléfono",
            "Marcado como entregado y aquí no ha llegado nada. Hemos perdido la excursión del día",
        ],
        "pt": [
            "A scooter devia estar no hotel às 9 e já são 13h. O meu pai está a manhã toda parado na receção e ninguém atende",
            "Diz entregue na app e não chegou nada. Perdemos o passeio do dia",
        ],
        "de": [
            "Der Scooter sollte um 9 im Hotel sein, jetzt ist es 13 Uhr. Mein Vater sitzt seit Stunden in der Lobby"
        ],
        "en": [
            "Scooter was due at the hotel at 9, it's 1pm. Dad has sat in the lobby all morning and nobody answers the phone"
        ],
        "fr": [
            "Le scooter devait être à l'hôtel à 9 h, il est 13 h. Mon père attend dans le hall depuis ce matin"
        ],
        "it": [
            "Lo scooter doveva arrivare in hotel alle 9, sono le 13. Mio padre è fermo nella hall da stamattina"
        ],
    },
    "complaint_battery": {
        "es": [
            "La batería se murió a mitad del paseo y tuvimos que empujar la scooter dos kilómetros con mi madre encima. Inaceptable",
            "Nos dieron la silla con la batería a la mitad y se paró en una cuesta. Mi tía pasó mucho miedo",
        ],
        "pt": [
            "A bateria morreu a meio do passeio e tivemos de empurrar a scooter dois quilómetros com a minha mãe em cima. Inaceitável",
            "Entregaram a cadeira com a bateria a meio e parou numa subida. A minha tia ficou em pânico",
        ],
        "de": [
            "Der Akku war mitten auf der Promenade leer, wir mussten meine Mutter zwei Kilometer schieben"
        ],
        "en": [
            "Battery died halfway along the seafront and we pushed Mum two kilometres. Not acceptable"
        ],
        "fr": [
            "La batterie a lâché au milieu de la promenade, on a poussé ma mère sur deux kilomètres"
        ],
        "it": [
            "La batteria si è scaricata a metà lungomare, abbiamo spinto mia madre per due chilometri"
        ],
    },
    "complaint_deposit": {
        "es": [
            "Devolvimos la silla hace diez días y la fianza de 150 € sigue bloqueada en mi tarjeta",
            "La fianza sigue sin liberarse y ya van dos semanas. ¿Dónde está mi dinero?",
        ],
        "pt": [
            "Devolvemos a cadeira há dez dias e a caução de 150 € continua cativa no cartão",
            "A caução ainda não foi libertada e já lá vão duas semanas",
        ],
        "de": [
            "Rollstuhl vor zehn Tagen zurückgegeben, die Kaution von 150 € ist immer noch gesperrt"
        ],
        "en": ["Returned the chair ten days ago and the £130 deposit is still held on my card"],
        "fr": ["Fauteuil rendu il y a dix jours et la caution de 150 € est toujours bloquée"],
        "it": ["Carrozzina restituita da dieci giorni e la cauzione di 150 € è ancora bloccata"],
    },
    "complaint_charge": {
        "es": [
            "Me habéis cobrado el alquiler dos veces, 84 € y otra vez 84 €. Soy socia de Andarilo Sempre y esto no puede ser"
        ],
        "pt": [
            "Cobraram-me o aluguer duas vezes, 84 € e outra vez 84 €. Sou sócio do Andarilo Sempre, isto não pode ser",
            "Dois débitos iguais pelo mesmo aluguer. Quero o dinheiro de volta já",
        ],
        "de": ["Sie haben die Miete zweimal abgebucht, zweimal 84 €"],
        "en": ["You've charged me twice for the same hire, £74 two times"],
        "fr": ["Vous m'avez débité deux fois la même location, 84 € deux fois"],
        "it": ["Mi avete addebitato due volte lo stesso noleggio, 84 € due volte"],
    },
    "long_open": {
        "es": [
            "Buenos días:\n\nLes escribo en nombre de mi madre, que tiene 81 años y alquila con ustedes cada verano."
        ],
        "pt": [
            "Bom dia,\n\nEscrevo em nome da minha mãe, que tem 79 anos e aluga convosco todos os verões."
        ],
        "de": [
            "Sehr geehrte Damen und Herren,\n\nich schreibe für meinen Vater, 83, der jedes Jahr bei Ihnen mietet."
        ],
        "en": [
            "Dear Andarilo,\n\nI'm writing for my father, who is 83 and has hired from you every spring."
        ],
        "fr": ["Madame, Monsieur,\n\nJe vous écris pour ma mère, 80 ans, cliente chaque été."],
        "it": ["Buongiorno,\n\nvi scrivo per mio padre, 82 anni, che noleggia da voi ogni estate."],
    },
    "long_close": {
        "es": [
            "Hasta ahora siempre habíamos quedado contentos, pero esto no se puede repetir.\n\nUn saludo"
        ],
        "pt": [
            "Até agora tínhamos sempre ficado contentes, mas isto não pode voltar a acontecer.\n\nCumprimentos"
        ],
        "de": [
            "Bisher waren wir immer zufrieden, aber so geht das nicht.\n\nMit freundlichen Grüßen"
        ],
        "en": ["We've always been happy until now, but this can't happen again.\n\nRegards"],
        "fr": [
            "Nous étions toujours satisfaits jusqu'ici, mais cela ne doit pas se reproduire.\n\nCordialement"
        ],
        "it": ["Finora eravamo sempre contenti, ma così non va.\n\nCordiali saluti"],
    },
    "ack": {
        "es": ["Lo sentimos mucho. Hemos abierto el caso {ref} y lo revisamos hoy mismo."],
        "pt": ["Lamentamos muito. Abrimos o processo {ref} e vamos tratar hoje."],
        "de": ["Das tut uns leid. Wir haben den Fall {ref} eröffnet und kümmern uns heute."],
        "en": ["So sorry about this. We've opened case {ref} and will look at it today."],
        "fr": ["Nous sommes désolés. Le dossier {ref} est ouvert, nous le traitons aujourd'hui."],
        "it": ["Ci dispiace molto. Abbiamo aperto la pratica {ref} e la seguiamo oggi."],
    },
    "good_news": {
        "es": ["Buenas noticias sobre el caso {ref}: ya está resuelto. ¿Nos lo puedes confirmar?"],
        "pt": ["Boas notícias sobre o processo {ref}: já está resolvido. Pode confirmar-nos?"],
        "de": ["Gute Nachricht zu Fall {ref}: erledigt. Können Sie das bestätigen?"],
        "en": ["Good news on case {ref}: it's sorted. Could you confirm on your side?"],
        "fr": ["Bonne nouvelle pour le dossier {ref} : c'est réglé. Pouvez-vous confirmer ?"],
        "it": ["Buone notizie sulla pratica {ref}: risolta. Può confermarci?"],
    },
    "apology": {
        "es": [
            "Perdón por el tono de ayer, estaba muy nerviosa con mi madre. Gracias por solucionarlo"
        ],
        "pt": ["Desculpem o tom de ontem, estava aflito com o meu pai. Obrigado por resolverem"],
        "de": ["Entschuldigung für gestern, ich war sehr aufgeregt. Danke fürs Lösen"],
        "en": ["Sorry for my tone yesterday, I was stressed. Thanks for sorting it"],
        "fr": ["Pardon pour mon ton d'hier, j'étais à bout. Merci d'avoir réglé ça"],
        "it": ["Scusate il tono di ieri, ero agitata. Grazie per aver risolto"],
    },
    "later": {
        "es": [
            "Vuelvo a escribir por el caso {ref}. Sigue sin resolverse y nadie me dice nada",
            "Es la tercera vez que os escribo por el caso {ref}. Mi cuñado ya alquila en {comp}",
            "Cuarta vez con el caso {ref}. Sigue igual",
        ],
        "pt": [
            "Volto a escrever pelo processo {ref}. Continua por resolver e ninguém diz nada",
            "É a terceira vez que escrevo sobre o processo {ref}. O meu cunhado já aluga na {comp}",
            "Quarta vez com o processo {ref}. Tudo igual",
        ],
        "de": [
            "Ich schreibe wieder wegen Fall {ref}. Immer noch nicht gelöst",
            "Zum dritten Mal wegen Fall {ref}. Mein Schwager mietet schon bei {comp}",
            "Zum vierten Mal: Fall {ref}, nichts passiert",
        ],
        "en": [
            "Writing again about case {ref}. Still not sorted and no word from anyone",
            "Third time about case {ref}. My brother-in-law hires from {comp} now",
            "Fourth time, case {ref}. Nothing has changed",
        ],
        "fr": [
            "Je reviens vers vous pour le dossier {ref}. Toujours rien",
            "Troisième fois pour le dossier {ref}. Mon beau-frère loue chez {comp}",
            "Quatrième fois, dossier {ref}, rien n'a bougé",
        ],
        "it": [
            "Vi riscrivo per la pratica {ref}. Ancora niente",
            "Terza volta per la pratica {ref}. Mio cognato noleggia da {comp}",
            "Quarta volta, pratica {ref}, tutto fermo",
        ],
    },
    "escalated": {
        "es": ["Hemos pasado el caso {ref} a la responsable de calidad, te llamará mañana."],
        "pt": ["Passámos o processo {ref} à responsável de qualidade, que lhe liga amanhã."],
        "de": ["Fall {ref} liegt jetzt bei unserer Qualitätsleitung, sie ruft morgen an."],
        "en": ["We've passed case {ref} to our quality lead, who will call you tomorrow."],
        "fr": ["Le dossier {ref} est transmis à notre responsable qualité, appel demain."],
        "it": ["La pratica {ref} è passata alla responsabile qualità, la chiama domani."],
    },
    "confirm": {
        "es": ["Confirmo, el caso {ref} ya está resuelto. Gracias"],
        "pt": ["Confirmo, o processo {ref} já está resolvido. Obrigada"],
        "de": ["Bestätigt, Fall {ref} ist erledigt. Danke"],
        "en": ["Confirmed, case {ref} is sorted. Thanks"],
        "fr": ["Je confirme, dossier {ref} réglé. Merci"],
        "it": ["Confermo, pratica {ref} risolta. Grazie"],
    },
    "slide": {
        "es": [
            "Esta vez la scooter llegó con dos horas de retraso, bueno, pasa",
            "Otra vez tarde y el asiento roto. Empiezo a cansarme",
            "Me pedís fotos de cada pieza al devolverla, como si fuéramos ladrones",
            "La fianza tardó tres semanas. Ya no es el servicio de antes",
            "Un mes pagando Andarilo Sempre para esto. Muy decepcionada",
            "Mi vecina alquila en {comp} y a ella le llega a su hora. Harta",
        ],
        "pt": [
            "Desta vez a scooter chegou com duas horas de atraso, enfim, acontece",
            "Outra vez atrasada e com o assento partido. Começo a ficar farto",
            "Pedem fotos de cada peça na devolução, como se fôssemos ladrões",
            "A caução demorou três semanas. Já não é o serviço de antes",
            "Um mês a pagar o Andarilo Sempre para isto. Muito desiludido",
            "A minha vizinha aluga na {comp} e a dela chega a horas. Estou farto",
        ],
        "de": [
            "Diesmal zwei Stunden zu spät, naja",
            "Wieder zu spät und der Sitz kaputt",
            "Fotos von jedem Teil bei der Rückgabe, als wären wir Diebe",
            "Kaution drei Wochen blockiert. Nicht mehr wie früher",
            "Einen Monat Andarilo Sempre bezahlt für das hier",
            "Meine Nachbarin mietet bei {comp}, da kommt alles pünktlich. Reicht mir",
        ],
        "en": [
            "Two hours late this time, these things happen",
            "Late again and the seat is broken",
            "Photos of every part on return, like we're thieves",
            "Deposit took three weeks. Not what it used to be",
            "A month of Andarilo Sempre for this. Really disappointed",
            "My neighbour uses {comp} and hers turns up on time. Fed up",
        ],
        "fr": [
            "Deux heures de retard cette fois, bon",
            "Encore en retard et le siège cassé",
            "Des photos de chaque pièce au retour, comme des voleurs",
            "Caution bloquée trois semaines. Ce n'est plus pareil",
            "Un mois d'Andarilo Sempre payé pour ça",
            "Ma voisine loue chez {comp}, tout arrive à l'heure. J'en ai assez",
        ],
        "it": [
            "Due ore di ritardo stavolta, capita",
            "Di nuovo in ritardo e sedile rotto",
            "Foto di ogni pezzo alla riconsegna, come fossimo ladri",
            "Cauzione bloccata tre settimane. Non è più come prima",
            "Un mese di Andarilo Sempre pagato per questo",
            "La mia vicina noleggia da {comp}, arriva sempre puntuale. Basta",
        ],
    },
    "cancel": {
        "es": ["Quiero cancelar Andarilo Sempre y cerrar mi cuenta. No voy a seguir"],
        "pt": ["Quero cancelar o Andarilo Sempre e fechar a minha conta. Não continuo"],
        "de": ["Bitte Andarilo Sempre kündigen und mein Konto schließen"],
        "en": ["Please cancel my Andarilo Sempre and close my account"],
        "fr": ["Je veux résilier Andarilo Sempre et fermer mon compte"],
        "it": ["Voglio disdire Andarilo Sempre e chiudere il mio account"],
    },
    "cancel_ack": {
        "es": ["Sentimos que te vayas. La suscripción queda cancelada y la cuenta cerrada."],
        "pt": ["Lamentamos a sua saída. A subscrição foi cancelada e a conta fechada."],
        "de": ["Schade, dass Sie gehen. Abo gekündigt, Konto geschlossen."],
        "en": ["Sorry to see you go. Your plan is cancelled and the account closed."],
        "fr": ["Désolés de vous voir partir. Abonnement résilié, compte fermé."],
        "it": ["Ci dispiace. Abbonamento disdetto e account chiuso."],
    },
    "grumpy": {
        "es": [
            "Otra vez la app pidiendo la fecha de nacimiento. Qué pesadez",
            "El repartidor siempre llega en el último minuto de la franja",
            "Los precios de agosto son un abuso",
        ],
        "pt": [
            "Outra vez a app a pedir a data de nascimento. Que seca",
            "O estafeta chega sempre no último minuto",
            "Os preços de agosto são um abuso",
        ],
        "de": [
            "Schon wieder fragt die App nach dem Geburtsdatum",
            "Augustpreise sind eine Frechheit",
        ],
        "en": [
            "The app asks for my date of birth again, every single time",
            "August prices are daylight robbery",
        ],
        "fr": ["L'appli redemande ma date de naissance, encore", "Les prix d'août sont abusés"],
        "it": ["L'app chiede di nuovo la data di nascita", "I prezzi di agosto sono un furto"],
    },
    "sarcasm": {
        "es": ["Qué maravilla, la cesta llegó sin tornillos. Justo lo que necesitaba"],
        "pt": ["Que maravilha, o cesto veio sem parafusos. Mesmo o que eu precisava"],
        "de": ["Toll, der Korb kam ohne Schrauben. Genau was ich brauchte"],
        "en": ["Lovely, the basket came with no screws. Just what I needed"],
        "fr": ["Génial, le panier est arrivé sans vis. Exactement ce qu'il fallait"],
        "it": ["Fantastico, il cestino senza viti. Proprio quello che serviva"],
    },
    "mild": {
        "es": ["El buscador de hoteles no encuentra el mío, tuve que poner la dirección a mano"],
        "pt": ["A pesquisa de hotéis não encontra o meu, tive de escrever a morada"],
        "de": ["Die Hotelsuche findet mein Hotel nicht, musste die Adresse eintippen"],
        "en": ["Hotel search doesn't find mine, had to type the address"],
        "fr": ["La recherche d'hôtel ne trouve pas le mien"],
        "it": ["La ricerca hotel non trova il mio"],
    },
    "night": {
        "es": [
            "No puedo dormir, reservo ya la scooter para el viernes",
            "¿La entrega del sábado puede ser antes de las nueve?",
        ],
        "pt": [
            "Sem sono, aproveito para reservar a cadeira para sexta",
            "A entrega de sábado pode ser antes das nove?",
        ],
        "de": ["Kann nicht schlafen, buche schon mal den Scooter für Freitag"],
        "en": ["Can't sleep, booking the scooter for Friday now"],
        "fr": ["Insomnie, je réserve le scooter pour vendredi"],
        "it": ["Non dormo, prenoto lo scooter per venerdì"],
    },
    "spike": {
        "es": [
            "La app no desbloquea la scooter, sale error {code} y estamos parados en la puerta del hotel",
            "No arranca la silla, la app dice {code}. ¿Qué hacemos?",
            "Error {code} al desbloquear, imposible moverse",
        ],
        "pt": [
            "A app não desbloqueia a scooter, dá erro {code} e estamos parados à porta do hotel",
            "A cadeira não liga, a app diz {code}. E agora?",
            "Erro {code} a desbloquear, não dá para sair",
        ],
        "de": ["App entsperrt den Scooter nicht, Fehler {code}, wir stehen vor dem Hotel"],
        "en": ["App won't unlock the scooter, error {code}, we're stuck outside the hotel"],
        "fr": ["L'appli ne déverrouille pas le scooter, erreur {code}"],
        "it": ["L'app non sblocca lo scooter, errore {code}, siamo fermi"],
    },
    "spike_again": {
        "es": ["Sigue el {code}, también con el móvil de mi hija"],
        "pt": ["Continua o {code}, também no telemóvel da minha filha"],
        "de": ["Immer noch {code}, auch mit dem Handy meiner Tochter"],
        "en": ["Still {code}, on my daughter's phone too"],
        "fr": ["Toujours {code}, même avec le téléphone de ma fille"],
        "it": ["Ancora {code}, anche col telefono di mia figlia"],
    },
    "spike_chat_answer": {
        "es": [
            "Sí, el desbloqueo falla ahora mismo en todas las ciudades, el equipo técnico está en ello."
        ],
        "pt": [
            "Sim, o desbloqueio está a falhar em todo o lado, a equipa técnica já está a tratar."
        ],
        "de": ["Ja, das Entsperren fällt gerade überall aus, die Technik ist dran."],
        "en": ["Yes, unlocking is failing everywhere right now, our engineers are on it."],
        "fr": ["Oui, le déverrouillage échoue partout, nos techniciens s'en occupent."],
        "it": ["Sì, lo sblocco non funziona ovunque, i tecnici ci stanno lavorando."],
    },
    "works_again": {
        "es": [
            "El desbloqueo funciona de nuevo desde las {t}. Hoy el alquiler corre de nuestra cuenta."
        ],
        "pt": [
            "O desbloqueio volta a funcionar desde as {t}. O aluguer de hoje fica por nossa conta."
        ],
        "de": ["Das Entsperren geht seit {t} Uhr wieder. Die heutige Miete übernehmen wir."],
        "en": ["Unlocking works again since {t}. Today's hire is on us."],
        "fr": ["Le déverrouillage refonctionne depuis {t}. La location du jour est offerte."],
        "it": ["Lo sblocco funziona di nuovo dalle {t}. Il noleggio di oggi è offerto."],
    },
    "lone_q": {
        "es": ["Anoche la app tardó un minuto en desbloquear, luego bien. ¿Es normal?"],
        "pt": ["Ontem a app demorou um minuto a desbloquear, depois funcionou. É normal?"],
        "de": ["Gestern brauchte die App eine Minute zum Entsperren, dann ging es. Normal?"],
        "en": ["Last night the app took a minute to unlock, then fine. Normal?"],
        "fr": ["Hier l'appli a mis une minute à déverrouiller, puis ça a marché. Normal ?"],
        "it": ["Ieri l'app ci ha messo un minuto a sbloccare, poi ok. Normale?"],
    },
    "lone_a": {
        "es": ["Sí, con poca cobertura tarda un poco más. Todo en orden."],
        "pt": ["Sim, com pouca rede demora um pouco mais. Está tudo bem."],
        "de": ["Ja, bei schwachem Netz dauert es etwas. Alles in Ordnung."],
        "en": ["Yes, with weak signal it takes a little longer. All fine."],
        "fr": ["Oui, avec peu de réseau c'est plus long. Tout va bien."],
        "it": ["Sì, con poco segnale ci mette di più. Tutto a posto."],
    },
    "b2b": {
        "es": [
            "La factura de Andarilo Frota de este mes cobra {n} scooters y en el hotel solo tenemos {m}. Necesito que lo corrijan"
        ],
        "pt": [
            "A fatura da Andarilo Frota deste mês cobra {n} scooters e no lar só temos {m}. Preciso de correção"
        ],
        "de": ["Die Andarilo-Frota-Rechnung berechnet {n} Scooter, wir haben nur {m}"],
        "en": ["This month's Andarilo Frota invoice bills {n} scooters, we only have {m} on site"],
        "fr": ["La facture Andarilo Frota compte {n} scooters, nous n'en avons que {m}"],
        "it": ["La fattura Andarilo Frota conta {n} scooter, ne abbiamo solo {m}"],
    },
    "b2b_later": {
        "es": ["Como ya escribió {first}, la factura del caso {ref} sigue mal"],
        "pt": ["Como a {first} já escreveu, a fatura do processo {ref} continua errada"],
        "de": ["Wie {first} schon schrieb: Rechnung zu Fall {ref} ist immer noch falsch"],
        "en": ["As {first} already wrote, the invoice on case {ref} is still wrong"],
        "fr": ["Comme {first} l'a écrit, la facture du dossier {ref} est toujours fausse"],
        "it": ["Come ha già scritto {first}, la fattura della pratica {ref} è ancora sbagliata"],
    },
    "b2b_last": {
        "es": [
            "Caso {ref}: nada arreglado y ya os hemos escrito varios. Compras ha pedido precios a {comp}"
        ],
        "pt": [
            "Processo {ref}: nada resolvido e já escrevemos vários. As compras pediram preços à {comp}"
        ],
        "de": [
            "Fall {ref}: nichts behoben, mehrere von uns haben geschrieben. Der Einkauf fragt bei {comp} an"
        ],
        "en": [
            "Case {ref}: nothing fixed and several of us have written. Procurement has asked {comp} for rates"
        ],
        "fr": [
            "Dossier {ref} : rien de réglé, plusieurs d'entre nous ont écrit. Les achats consultent {comp}"
        ],
        "it": [
            "Pratica {ref}: niente risolto, vi abbiamo scritto in tanti. Gli acquisti hanno chiesto prezzi a {comp}"
        ],
    },
    "b2b_mild": {
        "es": ["Sería útil que el portal exportara los alquileres por planta del hotel"],
        "pt": ["Dava jeito o portal exportar os alugueres por piso"],
        "de": ["Schön wäre ein Export der Mieten nach Station"],
        "en": ["It would help if the portal exported hires by ward"],
        "fr": ["Un export des locations par étage serait utile"],
        "it": ["Sarebbe utile esportare i noleggi per reparto"],
    },
}
