"""Writes the labelled PII sets: streams/tools/data/pii_eval.jsonl and pii_tune.jsonl.

Both sets were written by hand, here, in inline markup (``[[type:value]]``),
before the redactor was extended; this script only turns the markup into
character offsets, so the files are reproducible (`python training/build_pii_eval.py`).

- ``pii_tune.jsonl`` (TUNE below) is the *tuning* set: the redactor's cues and
  patterns were adjusted while looking at it.
- ``pii_eval.jsonl`` (EVAL below) is the *scored* set that `voc eval pii` reads.
  It was written first and not looked at while tuning; its figures are the
  ones reported. Its names, numbers, addresses and phrasings differ from the
  tuning set's.

Each item is (language, field, marked text); field is ``text``, ``subject`` or
``attributes:<key>`` (the value of one free-form attribute). Types: email,
phone, iban, card, address, name. A name span holds the name without its title
("Herr [[name:Müller]]"); an address span holds the street line with its
postcode and city when they follow. Numbers that are not PII (orders, prices,
dates, tracking numbers) are left unmarked: redacting them counts against
precision.

All values are invented: IBANs and cards are random numbers with valid
checksums, phones use fictional or random subscriber numbers.
"""

# ruff: noqa: E501  (hand-written data: one item a line)
from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "streams" / "tools" / "data"
MARK = re.compile(r"\[\[(email|phone|iban|card|address|name):(.+?)\]\]", re.DOTALL)

# fmt: off
EVAL: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- French
    ("fr", "text", "Bonjour [[name:Marie]],\nmerci pour votre retour rapide."),
    ("fr", "text", "Bonjour,\nma commande 48213977 n'est jamais arrivée.\nCordialement,\n[[name:Jean Dupont]]"),
    ("fr", "text", "Vous pouvez me joindre au [[phone:06 12 45 78 90]] après 18h."),
    ("fr", "text", "Mon numéro : [[phone:+33 6 71 22 90 13]], ou le fixe [[phone:01 42 68 53 07]]."),
    ("fr", "text", "appelez moi au [[phone:07.81.44.23.19]] svp"),
    ("fr", "text", "Tel [[phone:0033 1 45 22 67 80]] (bureau)"),
    ("fr", "text", "Rappel au [[phone:+33 (0)4 78 62 11 09]] demandé"),
    ("fr", "text", "mon portable [[phone:0698123457]] ne reçoit pas les SMS"),
    ("fr", "text", "Écrivez plutôt à [[email:c.lefebvre@laposte.net]], je ne lis pas l'autre adresse."),
    ("fr", "text", "Merci de rembourser sur mon IBAN [[iban:FR66 4423 2322 1834 0629 0421 476]]."),
    ("fr", "text", "IBAN: [[iban:FR6124537896565159478927782]] (compte joint)"),
    ("fr", "text", "J'ai payé avec la carte [[card:4398 9186 8269 6344]] et j'ai été débité deux fois de 89,90 €."),
    ("fr", "text", "Livraison au [[address:14 rue des Lilas, 69003 Lyon]] et pas ailleurs !"),
    ("fr", "text", "Nouvelle adresse : [[address:3 bis avenue Jean Jaurès, 31000 Toulouse]]."),
    ("fr", "text", "Le colis est resté au [[address:27, boulevard Voltaire]], chez le gardien."),
    ("fr", "text", "Bonsoir [[name:Thomas]], la facture FA-2026-00412 est fausse."),
    ("fr", "text", "Bonjour Madame [[name:Girard]],\nje reviens vers vous concernant le dossier 2026-118."),
    ("fr", "text", "Bien à vous,\n[[name:Sophie Marchand]]\n[[phone:06 33 21 98 54]]"),
    ("fr", "text", "Merci d'avance.\nCordialement\n[[name:Luc Bernard]]"),
    ("fr", "text", "Bonjour à tous, le service est en panne depuis le 12/11/2026 à 14h30."),
    ("fr", "text", "Bonjour, commande n° 2026112345 du 23/11/2026, montant 1 299,90 €, 3 articles."),
    ("fr", "text", "Bonjour Madame, Monsieur, je souhaite résilier mon abonnement Pro à 49 € par mois."),
    ("fr", "text", "Le livreur a laissé le colis 6A18459023117 devant la porte, code 4521B."),
    ("fr", "text", "SIRET 552 100 554 00025, TVA FR40552100554, merci de corriger la facture."),
    ("fr", "subject", "Remboursement - [[name:Camille Roux]]"),
    ("fr", "subject", "Commande 559812 jamais reçue"),
    ("fr", "subject", "Changement d'adresse : [[address:8 place Bellecour, 69002 Lyon]]"),
    ("fr", "attributes:adresse_livraison", "[[address:5 impasse des Tilleuls, 44000 Nantes]]"),
    ("fr", "attributes:commentaire", "rappeler Mme [[name:Petit]] au [[phone:06 58 47 12 30]]"),
    ("fr", "attributes:order_value", "1299.90"),
    ("fr", "attributes:plan", "pro"),
    # --------------------------------------------------------------- English
    ("en", "text", "Hi [[name:John]],\nthanks for getting back to me."),
    ("en", "text", "Hello [[name:Emily Watson]], my order #A-99812 is still missing."),
    ("en", "text", "Dear Mr [[name:Patel]],\nI am writing about invoice 2026-0031."),
    ("en", "text", "Thanks for nothing.\nBest,\n[[name:Sarah Connor]]"),
    ("en", "text", "Kind regards,\n[[name:Michael O'Brien]]\nHead of Operations"),
    ("en", "text", "Cheers, [[name:Dave]]"),
    ("en", "text", "Call me on [[phone:(212) 555-0147]] or at work [[phone:212-555-0199]]."),
    ("en", "text", "My cell is [[phone:+1 415 555 0132]], text only please."),
    ("en", "text", "US support line [[phone:1-800-555-0199]] kept me on hold for 40 minutes."),
    ("en", "text", "Reach me at [[phone:617.555.0123]] after 5pm."),
    ("en", "text", "UK mobile [[phone:07700 900461]], landline [[phone:020 7946 0321]]."),
    ("en", "text", "You can call [[phone:+44 7700 900 982]] or [[phone:+44 (0)161 496 0755]]."),
    ("en", "text", "International: [[phone:0044 20 7946 0111]]"),
    ("en", "text", "Please send the replacement to [[address:221B Baker Street, London NW1 6XE]]."),
    ("en", "text", "Ship to [[address:1600 Pennsylvania Avenue NW, Washington, DC 20500]] please."),
    ("en", "text", "I moved to [[address:42 Elm Road]] last month and the bill still goes to the old place."),
    ("en", "text", "Refund to [[iban:GB39 NWBK 4370 9135 8809 75]] please."),
    ("en", "text", "Card [[card:5120-8244-0977-1463]] was charged $1,299.00 twice on 11/23/2026."),
    ("en", "text", "amex [[card:347741401683785]] declined"),
    ("en", "text", "Email me at [[email:j.smith+orders@outlook.com]] instead."),
    ("en", "text", "Hi there, the app crashes on version 4.12.3 (build 20261123)."),
    ("en", "text", "Hello team, order 100234567 shipped on 2026-11-20, tracking 1Z999AA10123456784."),
    ("en", "text", "I paid £49.99 on 23.11.2026 for 2 x 500 ml and got 1 bottle."),
    ("en", "text", "Thanks, Support Team"),
    ("en", "subject", "Complaint from [[name:Robert Miller]]"),
    ("en", "subject", "Order 8812345 - wrong size"),
    ("en", "attributes:shipping_address", "[[address:77 Maple Avenue, Springfield, IL 62704]]"),
    ("en", "attributes:contact_name", "[[name:Laura Chen]]"),
    ("en", "attributes:note", "customer asked to be called back on [[phone:(646) 555-0178]]"),
    ("en", "attributes:role", "buyer"),
    ("en", "attributes:mrr", "2400"),
    # ---------------------------------------------------------------- German
    ("de", "text", "Hallo Herr [[name:Müller]],\nleider ist die Lieferung unvollständig."),
    ("de", "text", "Sehr geehrte Frau [[name:Schneider]],\nich widerspreche der Rechnung 2026-4471."),
    ("de", "text", "Liebe [[name:Anna]], vielen Dank für die schnelle Hilfe!"),
    ("de", "text", "Mit freundlichen Grüßen\n[[name:Klaus Becker]]"),
    ("de", "text", "Viele Grüße, [[name:Jonas Weber]]"),
    ("de", "text", "Rufen Sie mich unter [[phone:030 98765432]] an."),
    ("de", "text", "Handy: [[phone:0171 2345678]], dienstlich [[phone:089-54321098]]"),
    ("de", "text", "Meine Nummer ist [[phone:+49 151 23456789]]."),
    ("de", "text", "Erreichbar unter [[phone:+49 (0)40 1234 5678]] oder [[phone:0049 171 9876543]]."),
    ("de", "text", "Tel. [[phone:030/2345678]]"),
    ("de", "text", "Bitte an [[address:Goethestraße 12, 10115 Berlin]] liefern."),
    ("de", "text", "Neue Anschrift: [[address:Lindenweg 3a, 80331 München]]"),
    ("de", "text", "Das Paket liegt bei [[address:Hauptstr. 45]] im Erdgeschoss."),
    ("de", "text", "Erstattung bitte auf [[iban:DE37 9099 0599 5243 2813 21]]."),
    ("de", "text", "Kreditkarte [[card:4701 7732 4073 8498]] wurde belastet."),
    ("de", "text", "Schreiben Sie an [[email:k.becker@web.de]]."),
    ("de", "text", "Hallo zusammen, Bestellnummer 4501234567 vom 03.11.2026, Betrag 1.299,00 €."),
    ("de", "text", "Guten Tag, die Rechnung vom 12.10.2026 über 249,00 € ist doppelt."),
    ("de", "text", "Kundennummer 10045678, Vertrag 2026/118, seit 14:30 Uhr kein Internet."),
    ("de", "subject", "Reklamation [[name:Petra Hoffmann]] - Auftrag 778812"),
    ("de", "attributes:lieferadresse", "[[address:Bahnhofstraße 7, 50667 Köln]]"),
    ("de", "attributes:notiz", "Kunde bittet um Rückruf: [[phone:0221 4567890]]"),
    ("de", "attributes:annual_value", "12000"),
    # --------------------------------------------------------------- Spanish
    ("es", "text", "Hola [[name:Lucía]], gracias por la respuesta."),
    ("es", "text", "Estimado Sr. [[name:García]]:\nle escribo por el pedido 77812."),
    ("es", "text", "Un saludo,\n[[name:Carlos Fernández]]"),
    ("es", "text", "Atentamente, [[name:María López]]"),
    ("es", "text", "Mi móvil es [[phone:612 34 56 78]], llámeme por la tarde."),
    ("es", "text", "Teléfono: [[phone:+34 622 418 937]]"),
    ("es", "text", "El fijo es [[phone:91 123 45 67]] y el otro [[phone:0034 93 412 56 78]]."),
    ("es", "text", "Contacto [[phone:654321987]]"),
    ("es", "text", "Envíenlo a [[address:Calle Mayor 10, 28013 Madrid]], por favor."),
    ("es", "text", "Vivo en [[address:Avenida de la Constitución 45]], 3º B."),
    ("es", "text", "Dirección: [[address:C/ Alcalá 123, 28009 Madrid]]"),
    ("es", "text", "Devuelvan el dinero a [[iban:ES14 6056 7110 9043 7786 5048]]."),
    ("es", "text", "La tarjeta [[card:4730152033459684]] fue rechazada."),
    ("es", "text", "Mi correo es [[email:maria.lopez87@gmail.com]]."),
    ("es", "text", "Hola a todos, el pedido 2026-55123 llegó el 23/11/2026 y costó 1.299,00 €."),
    ("es", "text", "Buenos días, la factura 20260045 tiene un importe de 89,90 €."),
    ("es", "subject", "Reclamación pedido 881245"),
    ("es", "attributes:direccion", "[[address:Paseo de Gracia 43, 08007 Barcelona]]"),
    ("es", "attributes:observaciones", "llamar a [[phone:+34 91 234 56 78]]"),
    # --------------------------------------------------------------- Italian
    ("it", "text", "Ciao [[name:Giulia]], grazie mille!"),
    ("it", "text", "Gentile Sig.ra [[name:Bianchi]],\nle scrivo per l'ordine 558812."),
    ("it", "text", "Cordiali saluti,\n[[name:Marco Rossi]]"),
    ("it", "text", "Distinti saluti, [[name:Francesca Romano]]"),
    ("it", "text", "Il mio cellulare è [[phone:333 123 4567]]."),
    ("it", "text", "Chiamatemi al [[phone:+39 347 765 4321]] o in ufficio al [[phone:02 1234 5678]]."),
    ("it", "text", "Numero fisso [[phone:+39 06 8765 4321]]"),
    ("it", "text", "tel [[phone:3281234567]]"),
    ("it", "text", "Spedire a [[address:Via Roma 12, 20121 Milano]]."),
    ("it", "text", "Abito in [[address:Corso Vittorio Emanuele II 84]], scala B."),
    ("it", "text", "Indirizzo: [[address:Piazza Garibaldi 5, 80142 Napoli]]"),
    ("it", "text", "Rimborso sull'IBAN [[iban:IT80 X864 2844 1500 2018 4156 294]]"),
    ("it", "text", "Carta [[card:5510 9147 1795 4790]] addebitata due volte."),
    ("it", "text", "Scrivetemi a [[email:marco.rossi@libero.it]]"),
    ("it", "text", "Ciao a tutti, ho ricevuto l'ordine 2026/8812 il 23/11/2026, pagato 1.299,00 €."),
    ("it", "text", "L'ho ricevuto via corriere dopo 12 giorni, codice 4412."),
    ("it", "subject", "Ordine 778123 non ricevuto"),
    ("it", "attributes:indirizzo", "[[address:Viale Monza 140, 20127 Milano]]"),
    ("it", "attributes:nome_cliente", "[[name:Alessandro Conti]]"),
    # ------------------------------------------------------------ Portuguese
    ("pt", "text", "Olá [[name:João]], obrigado pela ajuda."),
    ("pt", "text", "Prezada Sra. [[name:Costa]],\nescrevo sobre a encomenda 44512."),
    ("pt", "text", "Cumprimentos,\n[[name:Ana Ferreira]]"),
    ("pt", "text", "Atenciosamente, [[name:Pedro Santos]]"),
    ("pt", "text", "O meu telemóvel é [[phone:912 345 678]]."),
    ("pt", "text", "Liguem para [[phone:+351 21 123 4567]] ou [[phone:00351 935 112 233]]."),
    ("pt", "text", "Morada: [[address:Rua Augusta 100, 1100-053 Lisboa]]"),
    ("pt", "text", "Entreguem na [[address:Avenida da Liberdade 245]], 4º andar."),
    ("pt", "text", "Reembolso para o IBAN [[iban:PT04 8456 1356 9176 4076 6790 1]]"),
    ("pt", "text", "O cartão [[card:6011 5454 2766 5532]] foi cobrado duas vezes."),
    ("pt", "text", "O meu email é [[email:ana.ferreira@sapo.pt]]"),
    ("pt", "text", "Bom dia, a encomenda 2026-7781 chegou a 23/11/2026, paguei 1.299,00 €."),
    ("pt", "subject", "Encomenda 99812 danificada"),
    ("pt", "attributes:morada", "[[address:Rua de Santa Catarina 312, 4000-443 Porto]]"),
    ("pt", "attributes:journey_stage", "onboarding"),
    # ---------------------------------------------------------------- mixed
    ("en", "text", "Hi [[name:Nora]], my email is [[email:nora.k@proton.me]] and phone [[phone:+1 (303) 555-0148]]."),
    ("fr", "text", "Bonjour [[name:Hugo]], carte [[card:5294 2669 6421 5140]], IBAN [[iban:FR97 4328 5457 4946 2978 3933 521]], merci."),
    ("en", "text", "Best, [[name:Sarah Connor]]"),
    ("en", "text", "I bought it at Best Buy on Black Friday for $399."),
    ("en", "text", "Hi Zentrio, your app logs me out every day."),
    ("en", "text", "I tried via email 2 times and via chat 3 times."),
    ("fr", "text", "Merci Beaucoup pour rien. J'ai réservé 2 places pour le 14 juillet."),
    ("de", "text", "Mein Arbeitsplatz 3 ist seit Montag ohne Netz, Ticket 88123."),
    ("es", "text", "Saludos cordiales a todo el equipo, el pedido 5512 llegó bien."),
    ("de", "text", "Hallo Frau [[name:Wagner]], die Gutschrift über 49,90 € bitte auf [[iban:DE85698807518024164499]]. Gruß, [[name:Tim]]"),
]

TUNE: list[tuple[str, str, str]] = [
    ("fr", "text", "Bonjour [[name:Élodie]],\nje vous remercie."),
    ("fr", "text", "Cordialement,\n[[name:Pierre Martin]]"),
    ("fr", "text", "Mon tel [[phone:06 98 76 54 32]] ou [[phone:+33 1 23 45 67 89]]"),
    ("fr", "text", "adresse : [[address:12 rue de la Paix, 75002 Paris]]"),
    ("fr", "text", "Livrez au [[address:45 avenue Foch]] svp"),
    ("fr", "text", "Bonjour Monsieur [[name:Lambert]], ma facture 2026-77 est fausse."),
    ("fr", "text", "Bonjour, commande 123456789 livrée le 23/11/2026 pour 49,90 €."),
    ("fr", "text", "Salut [[name:Julie]] !"),
    ("fr", "attributes:adresse", "[[address:9 chemin des Vignes, 13100 Aix-en-Provence]]"),
    ("en", "text", "Hi [[name:Mark]], call me on [[phone:(415) 555-0101]]."),
    ("en", "text", "Regards,\n[[name:Jennifer Lopez]]"),
    ("en", "text", "Best regards, [[name:Tom Hanks]]"),
    ("en", "text", "Dear Ms [[name:Clarke]], about order 99812."),
    ("en", "text", "Send it to [[address:10 Downing Street, London SW1A 2AA]]."),
    ("en", "text", "My address is [[address:350 Fifth Avenue, New York, NY 10118]]."),
    ("en", "text", "UK [[phone:07700 900077]] and [[phone:+44 20 7946 0000]]"),
    ("en", "text", "Hello everyone, version 2.1.0 broke sync."),
    ("en", "text", "Thanks,\n[[name:Alex]]"),
    ("en", "attributes:customer_name", "[[name:Peter Parker]]"),
    ("de", "text", "Hallo [[name:Stefan]], danke!"),
    ("de", "text", "Sehr geehrter Herr [[name:Schmidt]],"),
    ("de", "text", "Beste Grüße\n[[name:Maria Fischer]]"),
    ("de", "text", "Adresse: [[address:Berliner Allee 10, 40212 Düsseldorf]]"),
    ("de", "text", "Ich wohne in der [[address:Schillerstraße 8]]."),
    ("de", "text", "Nummer [[phone:0176 98765432]] oder [[phone:+49 30 1234567]]"),
    ("de", "text", "Guten Tag, Bestellung 4500012345 vom 01.12.2026."),
    ("es", "text", "Hola [[name:Pablo]]:"),
    ("es", "text", "Saludos,\n[[name:Javier Ruiz]]"),
    ("es", "text", "Vivo en [[address:Calle de Serrano 41, 28001 Madrid]]"),
    ("es", "text", "Teléfono [[phone:699 88 77 66]] o [[phone:+34 93 123 45 67]]"),
    ("es", "text", "Buenas tardes, pedido 8812345 del 12/11/2026."),
    ("it", "text", "Buongiorno [[name:Luca]],"),
    ("it", "text", "Saluti,\n[[name:Paolo Ricci]]"),
    ("it", "text", "Indirizzo [[address:Via Garibaldi 7, 10122 Torino]]"),
    ("it", "text", "Cellulare [[phone:339 876 5432]], fisso [[phone:06 1234 5678]]"),
    ("it", "text", "Ho pagato via PayPal 2 volte."),
    ("pt", "text", "Bom dia [[name:Rita]],"),
    ("pt", "text", "Obrigado,\n[[name:Miguel Sousa]]"),
    ("pt", "text", "Morada [[address:Rua do Ouro 50, 1100-060 Lisboa]]"),
    ("pt", "text", "Telemóvel [[phone:961 234 567]]"),
    ("pt", "text", "Olá equipa, encomenda 2026-1123."),
    ("en", "text", "Card [[card:4257 3947 8654 6258]], iban [[iban:NL55ABNA8329606656]], mail [[email:peter@example.org]]"),
    ("fr", "text", "Carte [[card:376621794627280]] IBAN [[iban:BE48 0986 2737 5510]]"),
]
# fmt: on


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text and its spans (offsets into the plain text)."""
    text: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARK.finditer(marked):
        before = marked[position : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append({"start": length, "end": length + len(value), "type": kind, "value": value})
        text.append(value)
        length += len(value)
        position = match.end()
    text.append(marked[position:])
    plain = "".join(text)
    if "[[" in plain:
        raise ValueError(f"unparsed markup in {marked!r}")
    return plain, spans


def write(items: list[tuple[str, str, str]], prefix: str, path: Path) -> int:
    with path.open("w", encoding="utf-8") as out:
        for number, (language, field, marked) in enumerate(items, 1):
            text, spans = parse(marked)
            where, _, key = field.partition(":")
            record = {
                "id": f"{prefix}{number:03d}",
                "lang": language,
                "field": where,
                "key": key or None,
                "text": text,
                "spans": spans,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(items)


if __name__ == "__main__":
    scored = write(EVAL, "e", OUT / "pii_eval.jsonl")
    tuning = write(TUNE, "t", OUT / "pii_tune.jsonl")
    print(f"pii_eval.jsonl: {scored} items; pii_tune.jsonl: {tuning} items")
