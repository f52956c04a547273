# ruff: noqa: E501
"""Customer and agent sentences for the heldout19 set (Nubeo), written by hand.

Placeholders: {p} a problem, {ref} a case reference, {comp} a competitor.
Languages: pt, it (first), es, fr, de, en.
"""

from __future__ import annotations

COMPETITORS = ("Cirrio", "Stratobox")

PROBLEMS: dict[str, dict[str, str]] = {
    "photos": {
        "pt": "as fotos deixaram de fazer backup desde que atualizei o telemóvel",
        "it": "le foto non si salvano più in backup da quando ho aggiornato il telefono",
        "es": "las fotos han dejado de subirse desde que actualicé el móvil",
        "fr": "mes photos ne se sauvegardent plus depuis la mise à jour du téléphone",
        "de": "meine Fotos werden seit dem Handy-Update nicht mehr gesichert",
        "en": "my photos stopped backing up after the phone update",
    },
    "duplicates": {
        "pt": "o cliente de sincronização está a duplicar os ficheiros todos (foto (1), foto (2)...)",
        "it": "il programma di sincronizzazione mi duplica tutti i file (copia 1, copia 2...)",
        "es": "el cliente de sincronización me duplica todos los archivos",
        "fr": "le client de synchro duplique tous mes fichiers",
        "de": "der Sync-Client legt jede Datei doppelt an",
        "en": "the desktop sync client keeps duplicating my files",
    },
    "yearly": {
        "pt": "cobraram-me o plano anual depois de eu ter mudado para o mensal",
        "it": "mi avete addebitato il piano annuale dopo che ero passato al mensile",
        "es": "me habéis cobrado el plan anual después de cambiar al mensual",
        "fr": "vous m'avez prélevé l'abonnement annuel alors que je suis passé au mensuel",
        "de": "ihr habt mir den Jahresplan abgebucht, obwohl ich auf monatlich gewechselt habe",
        "en": "you charged me for the yearly plan after I switched to monthly",
    },
    "storage": {
        "pt": "diz que o armazenamento está cheio mas eu apaguei mais de 40 GB",
        "it": "dice che lo spazio è pieno ma ho cancellato più di 40 GB",
        "es": "dice que el almacenamiento está lleno y he borrado 40 GB",
        "fr": "l'espace est plein alors que j'ai supprimé 40 Go",
        "de": "der Speicher ist angeblich voll, obwohl ich 40 GB gelöscht habe",
        "en": "it says my storage is full although I deleted 40 GB",
    },
    "link": {
        "pt": "o link da pasta partilhada da família deixou de funcionar",
        "it": "il link della cartella condivisa di famiglia non funziona più",
        "es": "el enlace de la carpeta compartida de la familia ya no funciona",
        "fr": "le lien du dossier partagé de la famille ne marche plus",
        "de": "der Link zum geteilten Familienordner funktioniert nicht mehr",
        "en": "the link to our shared family folder stopped working",
    },
    "restore": {
        "pt": "não consigo restaurar os ficheiros apagados, dá sempre erro",
        "it": "il ripristino dei file cancellati fallisce ogni volta",
        "es": "no puedo restaurar los archivos borrados, siempre falla",
        "fr": "la restauration des fichiers supprimés échoue à chaque fois",
        "de": "die Wiederherstellung gelöschter Dateien schlägt jedes Mal fehl",
        "en": "restoring my deleted files fails every time",
    },
}

B2B_PROBLEMS: dict[str, dict[str, str]] = {
    "leavers": {
        "pt": "continuamos a pagar as licenças de três pessoas que já saíram da empresa",
        "it": "continuiamo a pagare le licenze di tre persone che hanno lasciato l'azienda",
        "es": "seguimos pagando las licencias de tres personas que ya no están en la empresa",
        "fr": "nous payons toujours les licences de trois personnes parties",
        "de": "wir zahlen immer noch die Lizenzen von drei ausgeschiedenen Mitarbeitern",
        "en": "we are still billed for the licences of three people who left",
    },
    "usage": {
        "pt": "a consola de administração mostra um uso errado, 2 TB quando usamos 300 GB",
        "it": "la console di amministrazione mostra un utilizzo sbagliato, 2 TB invece di 300 GB",
        "es": "la consola de administración muestra un uso equivocado, 2 TB en vez de 300 GB",
        "fr": "la console d'administration affiche une utilisation fausse, 2 To au lieu de 300 Go",
        "de": "die Admin-Konsole zeigt eine falsche Nutzung, 2 TB statt 300 GB",
        "en": "the admin console shows the wrong usage, 2 TB when we use 300 GB",
    },
    "invoice": {
        "pt": "as faturas vêm com o nome de outra empresa",
        "it": "le fatture arrivano intestate a un'altra azienda",
        "es": "las facturas llegan con el nombre de otra empresa",
        "fr": "les factures portent le nom d'une autre société",
        "de": "auf den Rechnungen steht der Name einer anderen Firma",
        "en": "the invoices carry another company's name",
    },
    "sso": {
        "pt": "o login por SSO entra num ciclo e volta sempre à página inicial",
        "it": "l'accesso SSO va in loop e torna sempre alla pagina di login",
        "es": "el inicio de sesión con SSO entra en bucle",
        "fr": "la connexion SSO tourne en boucle",
        "de": "der SSO-Login hängt in einer Schleife",
        "en": "the SSO login goes round in a loop",
    },
}

PRAISE: dict[str, list[str]] = {
    "pt": [
        "Adoro o Nubeo, as fotos dos miúdos estão todas seguras 😊",
        "Mudei de telemóvel e tinha tudo lá em 10 minutos. Excelente!",
        "a pasta partilhada da família é mesmo prática, obrigada Nubeo",
    ],
    "it": [
        "Nubeo è fantastico, tutte le foto dei bambini al sicuro",
        "Cambiato telefono e in dieci minuti avevo tutto. Bravissimi!",
        "la cartella condivisa di famiglia è comodissima, grazie",
    ],
    "es": [
        "Me encanta Nubeo, las fotos de los peques siempre a salvo",
        "Cambié de móvil y en 10 minutos tenía todo. Genial",
    ],
    "fr": [
        "Super service, toutes les photos des enfants sont à l'abri",
        "Changé de téléphone, tout était là en dix minutes. Bravo Nubeo",
    ],
    "de": [
        "Nubeo ist klasse, alle Kinderfotos sicher",
        "Neues Handy, nach zehn Minuten war alles wieder da. Top!",
    ],
    "en": [
        "Love Nubeo, all the kids' photos safe and sound",
        "New phone, everything back in ten minutes. Brilliant service",
    ],
}

GRIPE_PRAISE: dict[str, list[str]] = {
    "pt": [
        "Gosto muito do serviço, só era bom que a app deixasse ordenar as fotos por local",
        "Tudo 5 estrelas, só o cliente de PC podia gastar menos bateria",
    ],
    "it": [
        "Servizio ottimo, peccato che l'app non permetta di ordinare per luogo",
        "tutto perfetto, solo il client per PC potrebbe consumare meno",
    ],
    "es": ["Muy contento, solo echo de menos ordenar las fotos por lugar"],
    "fr": ["Très contente, il manque juste le tri des photos par lieu"],
    "de": ["Sehr zufrieden, nur eine Sortierung nach Ort fehlt mir noch"],
    "en": ["Really happy with it, just wish I could sort photos by place"],
}

QUESTIONS: dict[str, list[tuple[str, str, str]]] = {
    "pt": [
        (
            "Olá, como partilho um álbum com a minha mãe?",
            "Olá! Abra o álbum, toque em Partilhar e escolha o contacto. Qualquer dúvida, estamos aqui.",
            "Consegui, muito obrigada!",
        ),
        (
            "boa tarde, o plano anual tem desconto?",
            "Boa tarde! Sim, o plano anual sai dois meses mais barato.",
            "Perfeito, obg",
        ),
    ],
    "it": [
        (
            "Ciao, come condivido un album con mia madre?",
            "Ciao! Apri l'album, tocca Condividi e scegli il contatto.",
            "Fatto, grazie mille!",
        ),
        (
            "buongiorno, il piano annuale costa meno?",
            "Buongiorno! Sì, con l'annuale risparmia due mesi.",
            "Perfetto grazie",
        ),
    ],
    "es": [
        (
            "Hola, ¿cómo comparto un álbum con mi madre?",
            "¡Hola! Abre el álbum, pulsa Compartir y elige el contacto.",
            "¡Hecho, gracias!",
        )
    ],
    "fr": [
        (
            "Bonjour, comment partager un album avec ma mère ?",
            "Bonjour ! Ouvrez l'album, touchez Partager et choisissez le contact.",
            "C'est fait, merci beaucoup",
        )
    ],
    "de": [
        (
            "Hallo, wie teile ich ein Album mit meiner Mutter?",
            "Hallo! Album öffnen, auf Teilen tippen und den Kontakt wählen.",
            "Hat geklappt, danke!",
        )
    ],
    "en": [
        (
            "Hi, how do I share an album with my mum?",
            "Hi! Open the album, tap Share and pick the contact.",
            "Done, thanks a lot!",
        )
    ],
}

NIGHT_POST: dict[str, list[str]] = {
    "pt": [
        "3 da manhã e o backup das fotos das férias acabou, boa noite Nubeo",
        "sem sono, a organizar álbuns antigos no Nubeo. que paz",
    ],
    "it": [
        "Le 3 di notte e il backup delle foto delle vacanze è finito, buonanotte",
        "non riesco a dormire, sistemo gli album vecchi su Nubeo",
    ],
    "es": ["Las 3 de la mañana y el backup de las vacaciones terminado, buenas noches"],
    "fr": ["3h du mat et la sauvegarde des photos de vacances est finie, bonne nuit"],
    "de": ["3 Uhr nachts und das Urlaubsfoto-Backup ist durch, gute Nacht"],
    "en": ["3am and the holiday photo backup is done, night night"],
}

ANGRY: dict[str, list[str]] = {
    "pt": [
        "Estou FARTA: {p}. Pago todos os meses para isto??",
        "isto é inacreditável, {p}. RESOLVAM",
        "Nubeo, {p}. Que vergonha de serviço",
    ],
    "it": [
        "Sono ARRABBIATISSIMO: {p}. Pago ogni mese per questo?",
        "incredibile, {p}. SISTEMATE SUBITO",
        "Nubeo, {p}. Vergognoso",
    ],
    "es": ["Estoy HARTA: {p}. ¿Pago cada mes para esto?", "increíble, {p}. ARREGLADLO"],
    "fr": ["Je suis FURIEUX : {p}. Je paie tous les mois pour ça ?", "c'est inadmissible, {p}"],
    "de": ["Ich bin SAUER: {p}. Dafür zahle ich jeden Monat?", "unglaublich, {p}. Sofort beheben!"],
    "en": ["I am FURIOUS: {p}. I pay every month for this?", "unbelievable, {p}. FIX IT"],
}

LONG_EMAIL: dict[str, str] = {
    "pt": "Bom dia,\n\nSou cliente há três anos e sempre recomendei o Nubeo aos meus amigos e à família. O plano familiar tem sido muito útil e as fotos dos netos estão todas lá.\n\nAcontece que {p}. Já tentei reiniciar, reinstalar e até fui à loja de telemóveis, e nada. Isto deixou-me muito irritada, porque são memórias que não quero perder.\n\nAgradecia uma resposta rápida.\n\nCumprimentos",
    "it": "Buongiorno,\n\nsono cliente da tre anni e ho sempre consigliato Nubeo ad amici e parenti. Il piano famiglia ci è stato molto utile.\n\nPurtroppo {p}. Ho provato a riavviare, reinstallare, niente da fare. Sono davvero arrabbiato, sono ricordi che non voglio perdere.\n\nAttendo una risposta rapida.\n\nCordiali saluti",
    "es": "Buenos días:\n\nSoy cliente desde hace tres años y siempre he recomendado Nubeo. El plan familiar nos ha venido muy bien.\n\nPero {p}. He reiniciado, reinstalado, y nada. Estoy muy enfadada, son recuerdos que no quiero perder.\n\nEspero una respuesta rápida.\n\nUn saludo",
    "fr": "Bonjour,\n\nJe suis client depuis trois ans et j'ai toujours recommandé Nubeo autour de moi. Le forfait famille nous rend bien service.\n\nMais {p}. J'ai redémarré, réinstallé, rien à faire. Je suis très en colère, ce sont des souvenirs que je ne veux pas perdre.\n\nMerci de me répondre vite.\n\nCordialement",
    "de": "Guten Tag,\n\nich bin seit drei Jahren Kunde und habe Nubeo immer weiterempfohlen. Der Familientarif ist uns sehr nützlich.\n\nAber {p}. Neustart, Neuinstallation, nichts hilft. Ich bin wirklich verärgert, das sind Erinnerungen, die ich nicht verlieren will.\n\nIch bitte um schnelle Antwort.\n\nMit freundlichen Grüßen",
    "en": "Hello,\n\nI've been a customer for three years and always recommended Nubeo to friends. The family plan has been great for us.\n\nBut {p}. I restarted, reinstalled, nothing. I'm really upset, these are memories I don't want to lose.\n\nPlease reply quickly.\n\nKind regards",
}

APOLOGY: dict[str, str] = {
    "pt": "Peço desculpa pela mensagem de ontem, estava mesmo nervosa. Entretanto já funciona, obrigada",
    "it": "Scusate per il messaggio di ieri, ero nervoso. Adesso funziona, grazie",
    "es": "Perdón por el mensaje de ayer, estaba muy nerviosa. Ya funciona, gracias",
    "fr": "Désolé pour mon message d'hier, j'étais énervé. Ça remarche, merci",
    "de": "Sorry für meine Nachricht gestern, war genervt. Jetzt geht es wieder, danke",
    "en": "Sorry about my message yesterday, I was wound up. It works now, thanks",
}

FOLLOW_UP: dict[str, list[str]] = {
    "pt": [
        "RE: pedido {ref} - continua igual, {p}. Ninguém me respondeu",
        "Volto a escrever sobre o {ref}: AINDA não está resolvido",
    ],
    "it": [
        "R: pratica {ref} - ancora niente, {p}. Nessuno mi ha risposto",
        "Scrivo di nuovo per la pratica {ref}: ANCORA non risolto",
    ],
    "es": [
        "RE: caso {ref} - sigue igual, {p}",
        "Vuelvo a escribir por el caso {ref}: TODAVÍA sin resolver",
    ],
    "fr": [
        "RE : dossier {ref} - toujours pareil, {p}",
        "Je relance pour le dossier {ref} : TOUJOURS pas réglé",
    ],
    "de": [
        "AW: Fall {ref} - immer noch dasselbe, {p}",
        "Ich melde mich wieder wegen {ref}: IMMER NOCH nicht gelöst",
    ],
    "en": ["RE: case {ref} - still the same, {p}", "Writing again about {ref}: STILL not fixed"],
}

THIRD: dict[str, str] = {
    "pt": "Terceira vez que contacto por causa do {ref}. Continua sem funcionar. Estou a pensar seriamente no {comp}",
    "it": "Terza volta che vi contatto per la pratica {ref}. Non funziona ancora. Sto pensando seriamente a {comp}",
    "es": "Tercera vez que escribo por el caso {ref}. Sigue sin funcionar. Me lo estoy pensando con {comp}",
    "fr": "Troisième fois que je vous contacte pour {ref}. Toujours rien. Je regarde sérieusement {comp}",
    "de": "Zum dritten Mal wegen {ref}. Geht immer noch nicht. Ich schaue mir ernsthaft {comp} an",
    "en": "Third time contacting you about {ref}. Still broken. Seriously looking at {comp}",
}

FOURTH: dict[str, str] = {
    "pt": "Quarta vez!!! {ref} continua por resolver. Isto é ridículo",
    "it": "Quarta volta!!! {ref} ancora aperta. Ridicolo",
    "es": "¡¡Cuarta vez!! {ref} sigue sin resolver. Ridículo",
    "fr": "Quatrième fois !!! {ref} toujours pas résolu. Ridicule",
    "de": "Zum vierten Mal!!! {ref} ist immer noch offen. Lächerlich",
    "en": "Fourth time!!! {ref} still open. Ridiculous",
}

AGENT_PASSED: dict[str, str] = {
    "pt": "Olá, lamentamos o incómodo. Abrimos o pedido {ref} e passámo-lo à equipa técnica. Daremos notícias.",
    "it": "Salve, ci scusiamo. Abbiamo aperto la pratica {ref} e l'abbiamo passata al team tecnico.",
    "es": "Hola, sentimos las molestias. Hemos abierto el caso {ref} y lo hemos pasado al equipo técnico.",
    "fr": "Bonjour, désolés pour la gêne. Nous avons ouvert le dossier {ref} et l'avons transmis à l'équipe technique.",
    "de": "Hallo, entschuldigen Sie. Wir haben den Fall {ref} eröffnet und an die Technik weitergegeben.",
    "en": "Hello, sorry for the trouble. We opened case {ref} and passed it to the technical team.",
}

AGENT_FIXED: dict[str, str] = {
    "pt": "Olá, o problema do pedido {ref} foi corrigido. Pode confirmar se já está tudo bem?",
    "it": "Salve, il problema della pratica {ref} è stato risolto. Può confermare?",
    "es": "Hola, el problema del caso {ref} está corregido. ¿Puede confirmarlo?",
    "fr": "Bonjour, le problème du dossier {ref} est corrigé. Pouvez-vous confirmer ?",
    "de": "Hallo, das Problem im Fall {ref} ist behoben. Können Sie das bestätigen?",
    "en": "Hello, the issue in case {ref} is fixed. Could you confirm?",
}

SORTED: dict[str, str] = {
    "pt": "Confirmo, o {ref} está resolvido. Obrigada pela ajuda!",
    "it": "Confermo, la pratica {ref} è risolta. Grazie!",
    "es": "Confirmado, el caso {ref} está resuelto. ¡Gracias!",
    "fr": "Je confirme, {ref} est réglé. Merci !",
    "de": "Bestätigt, {ref} ist gelöst. Danke!",
    "en": "Confirmed, {ref} is sorted. Thanks!",
}

FIRST_REPORT: dict[str, str] = {
    "pt": "Olá, {p}. Podem ajudar?",
    "it": "Salve, {p}. Potete aiutarmi?",
    "es": "Hola, {p}. ¿Me ayudáis?",
    "fr": "Bonjour, {p}. Vous pouvez m'aider ?",
    "de": "Hallo, {p}. Könnt ihr helfen?",
    "en": "Hi, {p}. Can you help?",
}

SLIDE: dict[str, list[str]] = {
    "pt": [
        "A app anda um bocadinho lenta a carregar as fotos ultimamente",
        "Um pouco desiludida, o backup demora cada vez mais",
        "Estou a ficar farta, a app bloqueia constantemente",
        "O serviço está cada vez pior, nem sei para que pago",
        "Estou furiosa, perdi uma tarde inteira por causa do Nubeo",
        "Chega. Já estou a ver o {comp}",
    ],
    "it": [
        "L'app è un po' lenta a caricare le foto ultimamente",
        "Un po' deluso, il backup ci mette sempre di più",
        "Mi sto stufando, l'app si blocca di continuo",
        "Il servizio peggiora, non so più per cosa pago",
        "Sono furioso, un pomeriggio perso per colpa di Nubeo",
        "Basta. Sto già guardando {comp}",
    ],
    "es": [
        "La app va un poco lenta cargando fotos últimamente",
        "Algo decepcionada, el backup tarda cada vez más",
        "Me estoy hartando, la app se cuelga todo el rato",
        "El servicio va a peor, no sé para qué pago",
        "Estoy furiosa, una tarde perdida por Nubeo",
        "Se acabó. Ya estoy mirando {comp}",
    ],
    "fr": [
        "L'appli est un peu lente à charger les photos ces temps-ci",
        "Un peu déçu, la sauvegarde prend de plus en plus de temps",
        "J'en ai marre, l'appli plante sans arrêt",
        "Le service se dégrade, je ne sais plus pourquoi je paie",
        "Furieux, un après-midi perdu à cause de Nubeo",
        "Ras le bol. Je regarde déjà {comp}",
    ],
    "de": [
        "Die App lädt Fotos in letzter Zeit etwas langsam",
        "Etwas enttäuscht, das Backup dauert immer länger",
        "Langsam reicht es, die App stürzt ständig ab",
        "Der Service wird immer schlechter, wofür zahle ich eigentlich",
        "Ich bin wütend, ein ganzer Nachmittag verloren wegen Nubeo",
        "Mir reicht es. Ich schaue mir schon {comp} an",
    ],
    "en": [
        "The app has been a bit slow loading photos lately",
        "A bit disappointed, backups take longer and longer",
        "Getting fed up, the app keeps freezing",
        "Service getting worse, not sure what I'm paying for",
        "Furious, lost a whole afternoon to Nubeo",
        "Had enough. Already looking at {comp}",
    ],
}

CANCEL: dict[str, str] = {
    "pt": "Boa tarde, quero cancelar a minha subscrição do Nubeo e fechar a conta. Como faço?",
    "it": "Buongiorno, voglio disdire l'abbonamento Nubeo e chiudere l'account. Come si fa?",
    "es": "Hola, quiero cancelar mi suscripción de Nubeo y cerrar la cuenta.",
    "fr": "Bonjour, je veux résilier mon abonnement Nubeo et fermer mon compte.",
    "de": "Hallo, ich möchte mein Nubeo-Abo kündigen und das Konto schließen.",
    "en": "Hi, I want to cancel my Nubeo subscription and close my account.",
}

GRUMBLE: dict[str, list[str]] = {
    "pt": [
        "O preço subiu outra vez, não gosto nada disto",
        "a pesquisa de fotos nunca encontra nada",
        "o cliente de PC é pesado demais",
    ],
    "it": [
        "Il prezzo è aumentato di nuovo, non mi piace",
        "la ricerca delle foto non trova mai niente",
        "il client per PC è troppo pesante",
    ],
    "es": ["Otra subida de precio, no me gusta nada", "la búsqueda de fotos no encuentra nada"],
    "fr": ["Encore une hausse de prix, ça m'agace", "la recherche de photos ne trouve jamais rien"],
    "de": ["Schon wieder teurer, das nervt", "die Fotosuche findet nie etwas"],
    "en": ["Price went up again, not impressed", "photo search never finds anything"],
}

SARCASM: dict[str, str] = {
    "pt": "Que maravilha, a app decidiu terminar a sessão a meio do upload 🙃",
    "it": "Che bello, l'app mi ha fatto logout a metà caricamento 🙃",
    "es": "Genial, la app me cierra sesión a mitad de la subida 🙃",
    "fr": "Génial, l'appli me déconnecte en plein envoi 🙃",
    "de": "Super, die App meldet mich mitten im Upload ab 🙃",
    "en": "Great, the app logged me out halfway through the upload 🙃",
}

SPIKE: dict[str, list[str]] = {
    "pt": [
        "O cliente de sincronização deixou de funcionar esta manhã, dá erro SX-5012",
        "erro SX-5012 no Nubeo desde hoje de manhã, não sincroniza nada",
    ],
    "it": [
        "Il client di sincronizzazione da stamattina dà errore SX-5012",
        "errore SX-5012 su Nubeo, non sincronizza più niente",
    ],
    "es": ["El cliente de sincronización da error SX-5012 desde esta mañana"],
    "fr": ["Le client de synchro affiche l'erreur SX-5012 depuis ce matin"],
    "de": ["Der Sync-Client zeigt seit heute früh Fehler SX-5012"],
    "en": ["Sync client failing with error SX-5012 since this morning"],
}

SPIKE_AGAIN: dict[str, str] = {
    "pt": "Continua o erro SX-5012, ainda não sincroniza",
    "it": "Ancora errore SX-5012, non sincronizza",
    "es": "Sigue el error SX-5012, nada sincroniza",
    "fr": "Toujours l'erreur SX-5012, rien ne se synchronise",
    "de": "Immer noch Fehler SX-5012, nichts synchronisiert",
    "en": "Still SX-5012, nothing syncing",
}

SPIKE_FIXED: dict[str, str] = {
    "pt": "Olá, o erro SX-5012 foi corrigido no servidor. Reinicie o cliente. Pedimos desculpa.",
    "it": "Salve, l'errore SX-5012 è stato corretto sul server. Riavvii il client. Ci scusiamo.",
    "es": "Hola, el error SX-5012 está corregido en el servidor. Reinicie el cliente.",
    "fr": "Bonjour, l'erreur SX-5012 est corrigée côté serveur. Redémarrez le client.",
    "de": "Hallo, Fehler SX-5012 ist serverseitig behoben. Bitte Client neu starten.",
    "en": "Hello, error SX-5012 is fixed on our servers. Please restart the client.",
}

LONE_SYNC: dict[str, str] = {
    "pt": "o cliente de PC parou de sincronizar a meio, sem mensagem nenhuma",
    "it": "il client PC si è fermato a metà sincronizzazione, nessun messaggio",
    "es": "el cliente de PC se paró a mitad de sincronizar",
    "fr": "le client PC s'est arrêté en pleine synchro",
    "de": "der PC-Client hat mitten im Sync aufgehört",
    "en": "desktop client stopped mid-sync, no message",
}

B2B_COMPLAINT: dict[str, str] = {
    "pt": "Bom dia, sou {role} na {company}. {p}. Precisamos de uma solução urgente.",
    "it": "Buongiorno, sono {role} presso {company}. {p}. Serve una soluzione urgente.",
    "es": "Buenos días, soy {role} en {company}. {p}. Necesitamos una solución urgente.",
    "fr": "Bonjour, je suis {role} chez {company}. {p}. Il nous faut une solution rapide.",
    "de": "Guten Tag, ich bin {role} bei {company}. {p}. Wir brauchen schnell eine Lösung.",
    "en": "Hello, I'm {role} at {company}. {p}. We need this sorted urgently.",
}

B2B_THIRD: dict[str, str] = {
    "pt": "RE: {ref} - nada foi corrigido, os meus colegas também já reportaram. Estamos a pedir propostas ao {comp}.",
    "it": "R: {ref} - non è stato risolto nulla, anche i colleghi l'hanno segnalato. Stiamo chiedendo preventivi a {comp}.",
    "es": "RE: {ref} - nada resuelto, mis compañeros también lo han reportado. Estamos pidiendo presupuesto a {comp}.",
    "fr": "RE : {ref} - rien n'est corrigé, mes collègues l'ont signalé aussi. Nous demandons des devis à {comp}.",
    "de": "AW: {ref} - nichts behoben, die Kollegen haben es auch gemeldet. Wir holen Angebote von {comp} ein.",
    "en": "RE: {ref} - nothing fixed, my colleagues reported it too. We're getting quotes from {comp}.",
}

B2B_ACK: dict[str, str] = {
    "pt": "Obrigado pelo contacto. Registámos o pedido {ref} e a equipa Nubeo Business está a analisar.",
    "it": "Grazie. Abbiamo registrato la pratica {ref}, il team Nubeo Business la sta analizzando.",
    "es": "Gracias. Hemos registrado el caso {ref}, el equipo Nubeo Business lo está revisando.",
    "fr": "Merci. Le dossier {ref} est enregistré, l'équipe Nubeo Business l'examine.",
    "de": "Danke. Fall {ref} ist erfasst, das Nubeo-Business-Team prüft ihn.",
    "en": "Thanks. Case {ref} is logged and the Nubeo Business team is looking at it.",
}

B2B_MILD: dict[str, str] = {
    "pt": "Pequena nota: a fatura não tem campo para o número de encomenda",
    "it": "Piccola nota: in fattura manca il campo per il numero d'ordine",
    "es": "Una cosita: la factura no tiene campo para el número de pedido",
    "fr": "Petite remarque : pas de champ numéro de commande sur la facture",
    "de": "Kleine Anmerkung: auf der Rechnung fehlt ein Feld für die Bestellnummer",
    "en": "Small thing: the invoice has no field for a PO number",
}

B2B_QUESTION: dict[str, tuple[str, str, str]] = {
    "pt": (
        "Como adiciono um novo utilizador a uma drive partilhada?",
        "Na consola: Drives > Membros > Adicionar. Qualquer dúvida diga.",
        "Feito, obrigado",
    ),
    "it": (
        "Come aggiungo un utente a un drive condiviso?",
        "Dalla console: Drive > Membri > Aggiungi.",
        "Fatto, grazie",
    ),
    "es": (
        "¿Cómo añado un usuario a una unidad compartida?",
        "En la consola: Unidades > Miembros > Añadir.",
        "Hecho, gracias",
    ),
    "fr": (
        "Comment ajouter un utilisateur à un drive partagé ?",
        "Dans la console : Drives > Membres > Ajouter.",
        "C'est fait, merci",
    ),
    "de": (
        "Wie füge ich einen Nutzer zu einem geteilten Laufwerk hinzu?",
        "In der Konsole: Laufwerke > Mitglieder > Hinzufügen.",
        "Erledigt, danke",
    ),
    "en": (
        "How do I add a user to a shared drive?",
        "In the console: Drives > Members > Add.",
        "Done, thanks",
    ),
}

B2B_PRAISE: dict[str, str] = {
    "pt": "As drives partilhadas do Nubeo Business facilitaram imenso o trabalho da equipa",
    "it": "I drive condivisi di Nubeo Business ci hanno semplificato il lavoro",
    "es": "Las unidades compartidas de Nubeo Business nos facilitan mucho el trabajo",
    "fr": "Les drives partagés de Nubeo Business nous simplifient la vie",
    "de": "Die geteilten Laufwerke von Nubeo Business erleichtern uns die Arbeit sehr",
    "en": "Nubeo Business shared drives have made the team's life much easier",
}

ROLES: dict[str, str] = {
    "pt": "responsável de TI",
    "it": "responsabile IT",
    "es": "responsable de TI",
    "fr": "responsable informatique",
    "de": "IT-Leiter",
    "en": "the IT lead",
}

HAPPY_WORDS: dict[str, list[str]] = {
    "pt": ["Ótimo", "top", "5 estrelas", ""],
    "it": ["Ottimo", "perfetto", ""],
    "es": ["Genial", "todo bien", ""],
    "fr": ["Parfait", "top", ""],
    "de": ["Super", "alles gut", ""],
    "en": ["Great", "spot on", ""],
}

LOW_WORDS: dict[str, list[str]] = {
    "pt": ["péssimo", "mau", ""],
    "it": ["pessimo", "male", ""],
    "es": ["fatal", ""],
    "fr": ["nul", ""],
    "de": ["schlecht", ""],
    "en": ["awful", ""],
}

SUBJECTS: dict[str, str] = {
    "pt": "Problema com a conta",
    "it": "Problema con l'account",
    "es": "Problema con la cuenta",
    "fr": "Problème avec mon compte",
    "de": "Problem mit meinem Konto",
    "en": "Problem with my account",
}

NAMES: dict[str, list[str]] = {
    "pt": ["joana", "rui", "ines", "tiago", "marta", "joao", "beatriz", "nuno"],
    "it": ["giulia", "marco", "chiara", "luca", "francesca", "matteo", "sara", "paolo"],
    "es": ["lucia", "javier", "carmen", "pablo", "elena"],
    "fr": ["camille", "louis", "chloe", "hugo", "manon"],
    "de": ["anna", "lukas", "lena", "jonas", "katrin"],
    "en": ["emma", "oliver", "sophie", "jack", "amelia"],
}

COMPANIES: dict[str, list[str]] = {
    "pt": ["Atelier Ribeira", "Contabilidade Sousa", "Clínica Boavista", "Tipografia Lusa"],
    "it": ["Studio Ferri", "Ottica Mancini", "Geometri Riuniti", "Forno Bellini"],
    "es": ["Gestoría Ruiz", "Taller Ortega"],
    "fr": ["Cabinet Morel", "Agence Lumière"],
    "de": ["Praxis Weber", "Büro Schulz"],
    "en": ["Hartley Design", "Fenwick Lettings"],
}
