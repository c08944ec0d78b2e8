"""A page's furniture in the translations of the platforms' templates, in the article's own
language: the live page's "updated N minutes ago" and its share button under each entry.

``clean.foreign`` drops another language's chrome from an English article; this module reads
an article in any language, so it takes only whole lines of a template's shape:

- an update or publication stamp: the template's word for "updated" or "published", then only a
  time ("Mis à jour il y a 12 minutes", "Diperbarui 7 menit lalu", "Ažurirano prije 4 minute",
  "Actualizado hace 3 minutos", "Publié le 05/10/2034 à 16:20", "Mis à jour à 8 h 15"): a few
  short words with a clock, a date or a count of time units, and no sentence;
- a follow prompt: the word for "follow us" opening the line, then a network ("Suivez-nous
  sur Telegram et Facebook ...", "Kövesd a blogot a Facebookon!", "Baca berita lainnya di
  Google News", "ما را در تلگرام دنبال کنید");
- a date row in any language, above the first paragraph only ("11. Juli 2034, 06:00",
  "sobota, 10. junij 2034", "Mar 18, 2034 ∙ Paid");
- where the text ran in print or first ran ("A version of this story appears in today's print
  edition.", "Paru dans le numéro d'avril 2034", "Cet article est paru sur <Site>. <Portal>
  n'est pas responsable de son contenu.");
- a share button: the word for "share", with at most "this post/article" and a network
  ("Partager ce post", "Podijeli objavu", "Bagikan", "Partilhe este artigo", "Partager sur
  LinkedIn").

A sentence that opens with the same word stays ("Mis à jour en 2034, le plan prévoit ...",
"Partager ce post a valu une amende à l'élu, a dit le juge.").
"""

from __future__ import annotations

import re

from briefing.clean.foreign import is_related_head

__all__ = ["is_date_row", "is_translated_chrome"]

_STAMP_WORDS = 8  # the time after the label ("14 de julio de 2059 a las 16:05"; junk47)
_UPDATED = re.compile(
    r"^(?:mis\s+à\s+jour|publié|actualizad[oa]|publicad[oa]|atualizad[oa]|aggiornat[oa]"
    r"|pubblicat[oa]|aktualisiert|veröffentlicht|bijgewerkt|gepubliceerd|uppdaterad|publicerad"
    r"|oppdatert|publisert|opdateret|publiceret|päivitetty|julkaistu|zaktualizowano|opublikowano"
    r"|aktualizováno|publikováno|ažurirano|objavljeno|actualizat|publicat|frissítve|frissítés"
    r"|güncellendi|güncelleme|yayınlandı|diperbarui|diperbaharui|dipublikasikan|diterbitkan"
    r"|dikemas\s+kini|diterbitkan|обновлено|опубликовано|оновлено|опубліковано"
    # the last update's label, and more languages' (lv, lt, et, fo, sw)
    r"|última\s+actualización|última\s+atualização|ultimo\s+aggiornamento|dernière\s+mise\s+à\s+jour"
    # ... and its last change's (junk47)
    r"|última\s+modificaci[oó]n|última\s+modificação|ultima\s+modifica|dernière\s+modification"
    r"|letzte\s+aktualisierung|laatst\s+bijgewerkt|atjaunots|publicēts|atnaujinta|paskelbta"
    r"|uuendatud|avaldatud|skrivað|dagført|imechapishwa|imesasishwa"
    # (hi)
    r"|अपडेटेड|अपडेट|प्रकाशित|अद्यतन"
    # the latest update (no, sv, da, hr, en)
    r"|sist\s+oppdatert|senast\s+uppdaterad|sidst\s+opdateret|zadnje\s+ažuriranje"
    r"|latest\s+update|last\s+updated?)"
    r"(?:\s+(?:el|le|em|il|am|op|on|for|för|for))?\s*:?\s+",
    re.I,
)
# what a time is made of: a clock ("16:20", "8 h 15", "06h00"), a date ("05/10/2034",
# "17. 9. 2034"), or a count of time units ("12 minutes", "7 menit", "4 minute", "2 sati")
_TIME = re.compile(
    r"\d{1,2}\s?[:h.]\s?\d{2}\b|\b(?:19|20)\d{2}\b|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}"
    r"|\d+\s*(?:min\w*|menit|minut\w*|sek\w*|sec\w*|seg\w*|second\w*|h\b|heure\w*|hora\w*|ore\b"
    r"|ora\b|uur|stunde\w*|tim\w*|timer|tunti\w*|godzin\w*|hodin\w*|sat[ia]?\b|saat|jam\b"
    r"|óra\w*|perc\w*|час\w*|мин\w*|день|дн\w*|day\w*|jour\w*|día\w*|dia\w*|giorn\w*|tag\w*|hari)"
    # a unit before its count (sw: "saa 3 zilizopita", three hours ago)
    r"|\b(?:saa|dakika|siku|wiki)\s+\d+",
    re.I,
)
_SHARE = re.compile(
    r"^(?:partager|partagez|partage|compartir|compartilhar|compartilhe|partilhar|partilhe"
    r"|condividi|teilen|delen|deel|dela|del|jaa|udostępnij|sdílet|podijeli|podijelite|podeli"
    r"|paylaş|bagikan|kongsi|ibahagi|megosztás|distribuie|поделиться|поділитися|dalīties"
    r"|dalintis|jaga|deil|deila|shiriki)"
    r"(?:\s+(?:ce|cet|cette|este|esta|isto|questo|quest['’]|dieses|diesen|deze|den|detta|tämä|ten"
    r"|to|ovaj|ovu|ovo|bu|la|le|l['’]|el|o|a|il|lo|tento|tuto|toto|tę|ezt|acest|această"
    r"|šo|šį)?\s*(?:post|article|artigo|artículo|articolo"
    r"|artikel|artikkel|objavu|objavo|objava|članak|vijest|berita|haber|publicación|publicação"
    r"|nota|notícia|noticia|beitrag|bericht|inlägg|innlegg|opslag|příspěvek|wpis|postingan"
    r"|inlägget|innlegget|opslaget|indlæg|indlægget|artikkelen|artikeln|artiklen|poveznicu"
    r"|grein|greinina|rakstu|straipsnį|makala|habari\s+hii)\b"
    r"(?:\s+(?:ini|itu))?)?"
    r"(?:\s+(?:sur|en|no|na|on|auf|su|op|på|di|ke|via|em|ke)\s+(?:facebook|x|twitter|whatsapp"
    r"|telegram|linkedin|bluesky|threads|reddit|e-?mail))?\s*[:!]?$",
    re.I,
)

# A follow prompt: the word for "follow us" (or "read us", "more news") opening the line, then
# a network ("Suivez-nous sur Telegram et Facebook pour ne rien rater de l'actualité.", "Kövesd
# a blogot a Facebookon!", "Baca berita lainnya di Google News", "ما را در تلگرام دنبال کنید")
_FOLLOW_WORDS = 20
_FOLLOW = re.compile(
    r"^(?:suivez[- ]nous|suivez|siga[- ]nos|sigam[- ]nos|síguenos|siguenos|seguici|seguiteci"
    r"|folgen\s+sie\s+uns|folge\s+uns|volg\s+ons|følg\s+oss|följ\s+oss|følg\s+os|seuraa\s+meitä"
    r"|obserwuj\s+nas|sledujte\s+nás|sledujte\s+nas|pratite\s+nas|(?:na\s+)?ndiqni|kövess(?:en)?"
    r"|kövesd|kövesse|theo\s+dõi|bizi\s+takip\s+edin|ikuti(?:\s+kami)?|baca\s+berita\s+lainnya|dapatkan\s+berita"
    r"|читайте\s+нас|подписывайтесь|підписуйтесь|следите\s+за\s+нами|تابعونا|تابعوا)\b"
    r"[^.!?]{0,80}?(?:facebook|telegram|whatsapp|instagram|twitter|youtube|tiktok|linkedin"
    r"|google\s+news|threads|bluesky|viber|vk|тел[еє]грам|telegram|تلگرام|تلغرام|اینستاگرام)"
    r"|^(?:برای\s+[^.!?]{0,60})?ما\s+را\s+در\s+(?:تلگرام|اینستاگرام|ایکس|توییتر|واتساپ)\s+دنبال\s+کنید",
    re.I,
)

# A date row in any language: a year, another number (a day, a clock) and at most two words of
# letters (a month's or a weekday's name, a time of day: "11. Juli 2034, 06:00", "26 iunie 2034,
# 12:30", "sobota, 10. junij 2034", "25 Jun 2034, 8:30 pagi", "17. 9. 2034 16:40"), with a
# post's access after a dot ("Mar 18, 2034 ∙ Paid").
_DATE_ROW_TOKENS = 7
_DATE_ROW_WORDS = 2
_NUMBER = re.compile(r"^\d{1,4}(?:[.:/,-]\d{1,4})*[.,:]?$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME_WORD = re.compile(r"^[^\W\d_]{2,11}[.,]?$")
_ACCESS = re.compile(r"\s*[∙·•|]\s*(?:paid|free|premium|subscribers?\s+only)\s*$", re.I)


def is_date_row(line: str) -> bool:
    """A date row in any language (``clean.clean_text`` asks only above the first paragraph,
    as between entries such a row is a live page's entry time)."""
    text = _ACCESS.sub("", line.strip())
    tokens = text.replace("∙", " ").replace("·", " ").replace("|", " ").split()
    if not 2 <= len(tokens) <= _DATE_ROW_TOKENS or not _YEAR.search(text):
        return False
    numbers = [t for t in tokens if _NUMBER.match(t)]
    words = [t for t in tokens if not _NUMBER.match(t)]
    years = [t for t in numbers if _YEAR.fullmatch(t.strip(".,:"))]  # "2030 and 2034": none
    return (
        len(numbers) >= 2
        and len(years) <= 1
        and len(words) <= _DATE_ROW_WORDS
        and all(_NAME_WORD.match(w) for w in words)
    )


# A blog's comment form in its platform's translations: "Votre adresse e-mail ne sera pas
# publiée.", "Tu dirección de correo electrónico no será publicada.", "O seu endereço de email
# não será publicado.", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Il tuo indirizzo
# email non sarà pubblicato.", "Je e-mailadres wordt niet gepubliceerd.", "Alamat email Anda
# tidak akan dipublikasikan."
_COMMENT_FORM = re.compile(
    r"^(?:votre\s+adresse\s+(?:e-?mail|de\s+messagerie|courriel)\s+ne\s+sera\s+pas\s+publiée"
    r"|tu\s+(?:dirección\s+de\s+)?correo\s+electrónico\s+no\s+será\s+publicad[oa]"
    r"|o\s+seu\s+endereço\s+de\s+e-?mail\s+não\s+será\s+publicado"
    r"|(?:deine|ihre)\s+e-?mail-adresse\s+wird\s+nicht\s+veröffentlicht"
    r"|il\s+tuo\s+indirizzo\s+e-?mail\s+non\s+sarà\s+pubblicato"
    r"|je\s+e-?mailadres\s+wordt\s+niet\s+gepubliceerd"
    r"|alamat\s+e-?mail\s+anda\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan)"
    r"|barua\s+pepe\s+yako\s+haitachapishwa|twój\s+adres\s+e-?mail\s+nie\s+zostanie\s+opublikowany"
    r"|jūsu\s+e-pasta\s+adrese\s+netiks\s+publicēta|din\s+e-?postadress\s+kommer\s+inte\s+"
    r"publiceras|din\s+e-?postadresse\s+vil\s+ikke\s+bli\s+publisert)\s*(?:\.|$)",
    re.I,
)
# A newsletter's frame in its platform's or writer's language: the row to leave the list
# ("Se désabonner · Gérer vos préférences"), the prompt to forward it ("Ce brief vous a plu ?
# Transférez-le à un ami.", "Se gostou, reencaminhe para um colega."), the greeting that names
# the issue ("Salut à tous, voici votre brief de la semaine !", "Olá! Esta é a edição 112 da
# ..."), the sign-off ("Até para a semana.", "À la semaine prochaine !")
_LETTER_WORDS = 25
_LETTER = re.compile(
    r"^(?:se\s+désabonner|désinscription|désabonnement|cancelar\s+(?:a\s+)?(?:subscrição|assinatura"
    r"|suscripción)|darse\s+de\s+baja|abmelden|abbestellen|uitschrijven|annulla\s+iscrizione"
    r"|berhenti\s+berlangganan)\b[^.!?]{0,60}$"
    r"|\b(?:transférez|transférer|transmettez|partagez|reencaminhe|encaminhe|reenvíal[oa]|reenvía"
    r"|reenvie|inoltral[oa]|inoltra|leite|stuur)[- ]?(?:le|la|lo|-la|-le)?\b[^.!?]{0,40}?"
    r"\b(?:à|a|para|ad?|an|naar)\s+(?:un|una|um|uma|une|ein(?:e[nm]?)?|een|vos|seus?|tes|tus)?"
    r"(?:[·\s]+\w+)?\s*(?:ami|amie|ami·e|collègue|colega|amigo|amiga|amico|amica|freund\w*"
    r"|kolleg\w*|vriend\w*|collega)"
    r"|^(?:salut|bonjour|olá|ola|hola|buenos\s+días|hallo|ciao|buongiorno)\b[^.!?]{0,40}?[,!.]?\s*"
    r"(?:voici\s+(?:votre|ta|ton|la|le)|esta\s+é\s+a\s+(?:edição|newsletter)|aqui\s+está\s+(?:a|o)"
    r"|esta\s+es\s+la\s+(?:edición|newsletter)|aquí\s+(?:está|tienes)\s+(?:tu|la|el)"
    r"|hier\s+ist\s+(?:deine|ihre|die)|ecco\s+(?:la|il)\s+(?:tua|vostra|nuova)?)\b[^!?]{0,80}[.!]?$"
    r"|^(?:até\s+(?:para\s+a\s+semana|à\s+próxima(?:\s+semana)?|amanhã)|à\s+la\s+semaine\s+"
    r"prochaine|à\s+demain|hasta\s+la\s+próxima(?:\s+semana)?|bis\s+nächste\s+woche"
    r"|alla\s+prossima(?:\s+settimana)?)\s*[.!]",
    re.I,
)

# Where the text ran in print, or first ran, said by the page: "A version of this story appears
# in today's print edition.", "Paru dans le numéro d'avril 2034", "Ce texte est paru dans le
# numéro de mai 2034 du magazine.", "Cet article est paru sur <Site>. <Portal> n'est pas
# responsable de son contenu.", "Publicado na edição impressa de ...", "Dieser Artikel erschien
# in der Printausgabe ..." (the whole line, a clause of its own)
_EDITION_WORDS = 25
_NO_CLAUSE = r"(?:\d+\.|[^.!?,;])"  # no second clause after the note ("3. März" is a date)
_EDITION = re.compile(
    r"^(?:a\s+version\s+of\s+this\s+(?:story|article|piece|report)\s+(?:appears|appeared|ran"
    rf"|will\s+appear)\s+in\s+{_NO_CLAUSE}{{0,60}}\b(?:print|edition|issue|paper|magazine)\b"
    rf"{_NO_CLAUSE}{{0,40}}"
    r"|(?:(?:ce\s+texte|cet\s+article|cette\s+chronique|ce\s+reportage)\s+(?:est\s+)?)?paru\s+"
    rf"dans\s+(?:le\s+numéro|l['’]édition|notre\s+édition|le\s+magazine)\b{_NO_CLAUSE}{{0,60}}"
    r"|(?:ce\s+texte|cet\s+article)\s+est\s+(?:paru|publié|initialement\s+paru)\s+sur\s+"
    rf"(?-i:[A-Z0-9]){_NO_CLAUSE}{{0,60}}(?:\.\s+(?-i:[A-Z])[^.!?]{{0,40}}\s+n['’]est\s+pas\s+"
    r"responsable\s+de\s+(?:son|ce)\s+contenu)?"
    r"|(?:este\s+(?:artigo|texto|artículo)\s+)?(?:foi\s+)?publicad[oa]\s+(?:na|en\s+la)\s+"
    rf"(?:edição\s+impressa|edición\s+impresa)\b{_NO_CLAUSE}{{0,60}}"
    r"|dieser\s+(?:artikel|text|beitrag)\s+erschien\s+(?:zuerst\s+)?in\s+der\s+"
    rf"(?:print|gedruckten|samstags|sonntags)\w*\b{_NO_CLAUSE}{{0,60}})\s*[.!]?$",
    re.I,
)


# An app or radio prompt in the page's own language, one sentence with no second clause:
# "Téléchargez l'appli <Name> pour recevoir nos alertes.", "Descarga nuestra app", "Baixe o
# aplicativo ...", "Laden Sie unsere App herunter", "Écoutez <Station> en direct sur 98.4 FM",
# "Escucha <Radio> en vivo", "Ouça a <Rádio> ao vivo" ("Téléchargez l'application, a exhorté le
# ministre." has a clause: it stays)
_PROMPT_WORDS = 18
_APP_PROMPT = re.compile(
    r"^(?:téléchargez|télécharger|descarga|descargue|descárgate|baixe|baixa|scarica|scaricate"
    r"|laden\s+sie|lade|unduh|muat\s+turun|pobierz|stáhněte|preuzmite|indirin|скачайте"
    r"|завантажте)\s+(?:(?:l['’]\s*|la\s+|le\s+|notre\s+|nuestra\s+|la\s+nostra\s+|o\s+|a\s+"
    r"|nosso\s+|nossa\s+|unsere\s+|die\s+|gratuitement\s+|gratis\s+)+)?(?:appli(?:cation)?|app"
    r"|aplicación|aplicativo|aplicação|applicazione|aplikasi|aplikację|aplikaci|aplikaciju"
    r"|uygulama\w*|приложение|застосунок)\b[^.!?,;]{0,80}[.!]?$"
    r"|^(?:écoutez|écouter|escuche|escucha|escuchen|ouça|ouve|ascolta|ascoltate|hören\s+sie"
    r"|hört|luister\s+naar|lyssna\s+på|dengarkan|słuchaj|koute)\b[^.!?,;]{0,60}?\b(?:en\s+direct"
    r"|en\s+vivo|ao\s+vivo|in\s+diretta|live|langsung|na\s+żywo|direkt|an\s+dirèk)\b(?:\d+[.,]\d|[^.!?,;]){0,60}"
    r"[.!]?$",
    re.I,
)

# A related story's label with its headline on the same line ("Lexo edhe: <headline>?", "À
# lire aussi : <headline>", "Lee también: <headline>"): the label is ``is_related_head``'s, and
# one short headline follows
_RELATED_TAIL_WORDS = 16
_RELATED_TAIL = re.compile(r"^[^.!?]+[.!?]?$")

# The next issue's teaser: a time word and the publication or event the page covers, then a
# colon and what is coming ("Next week in <Magazine>: the salt pans of ...", "Tomorrow in the
# <Paper>: ...", "More from the <Festival> tomorrow: ...", "La semaine prochaine dans <Revue> :
# ...", "Mwy o'r <Maes> yfory: ..."); the teaser has no figure (a live page's "Tomorrow: polls
# open at 7 a.m." is news, and has no publication's name)
_NEXT_TIME = (
    r"(?:next\s+(?:week|time|issue|month|edition)|tomorrow|la\s+semaine\s+prochaine|demain"
    r"|la\s+(?:semana\s+próxima|próxima\s+semana)|la\s+semana\s+que\s+viene|mañana"
    r"|(?:na\s+)?próxima\s+semana|amanhã|nächste\s+woche|morgen|volgende\s+week|domani"
    r"|la\s+prossima\s+settimana|(?:yr\s+)?wythnos\s+nesaf|yfory|besok|minggu\s+depan)"
)
_CAPITAL_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z&][\w'’-]*)){0,2}"
_NEXT_ISSUE = re.compile(
    rf"^(?:{_NEXT_TIME}\s+(?:in|dans|en|em|no|na|im|yn|su|di)\s+(?:the\s+|le\s+|la\s+|el\s+|o\s+"
    rf"|a\s+|der\s+|die\s+|das\s+|y\s+|yr\s+|il\s+)?{_CAPITAL_NAME}"
    r"|(?:more\s+from|plus\s+de|más\s+de|mais\s+d[aoe]|mehr\s+(?:aus|von|vom)|altro\s+da"
    rf"|mwy\s+o['’]r|mwy\s+o)\s+(?:the\s+|la\s+|le\s+|el\s+|der\s+|dem\s+)?{_CAPITAL_NAME}"
    rf"\s+{_NEXT_TIME})\s*:\s+[^\d.!?]{{1,120}}[.!]?$",
    re.I,
)


# A newsletter platform's button to share the publication, by its capitalised name: "Comparte
# Cuaderno de Caracas", "Partilhe Notas do Porto", "Condividi Conti Pubblici".
_SHARE_NAMED = re.compile(
    r"^(?:comparte|compartir|compartilhe|partilhe|partage[rz]?|condividi|teilen|deel|del"
    r"|udostępnij|bagikan)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?:de|del|da|do|das|dos|di|du|des|van"
    r"|von|la|el|le|il|o|a)\s+)?(?-i:[A-Z0-9][\w'’-]*)){0,3}$",
    re.I,
)
# The page's channel or social pages: "Siga o canal do <Portal> no WhatsApp e receba ...",
# "Tufuatilie kwenye mitandao ya kijamii", "Síguenos en redes sociales".
_FOLLOW_MORE = re.compile(
    r"^(?:siga|sigam|sigue|siguen|segui|seguite|suivez|suis|folgen\s+sie|folge|volg|følg|följ"
    r"|obserwuj|ikuti)\s+(?:(?:o|a|el|la|il|le|lo|dem|den|het|unseren?|nuestro|nosso|notre|nostro"
    r"|kanał|kami)\s+)?(?:canal|canale|chaîne|kanal|kanaal|kanał|channel|página|pagina|page|seite)\b"
    r"[^.!?]{0,80}?\b(?:whatsapp|telegram|youtube|instagram|facebook|tiktok|viber|google\s+news)\b"
    r"|^(?:tufuatilie|tufuate|síguenos|siguenos|siga-nos|sigam-nos|suivez-nous|seguici|folgen\s+sie"
    r"\s+uns|volg\s+ons|obserwuj\s+nas|ikuti\s+kami)\s+(?:kwenye|en|nas|sur|sui|auf|op|na|di|w)\s+"
    r"(?:(?:las|les|os|i|den)\s+)?(?:mitandao\s+ya\s+kijamii|redes\s+sociales|redes\s+sociais"
    r"|réseaux\s+sociaux|social(?:\s+media|\s+network)?|sozialen\s+(?:medien|netzwerken)"
    r"|sociale\s+media|mediach\s+społecznościowych|media\s+sosial)\s*[.!]?$",
    re.I,
)
# A comment form's heading or button in the page's language, alone on its line: "Acha Maoni",
# "Deja un comentario", "Zostaw odpowiedź Anuluj odpowiedź", "Wpisz swój komentarz!".
_COMMENT_HEAD = re.compile(
    r"^(?:acha\s+maoni|andika\s+maoni|deja\s+(?:un|tu)\s+(?:comentario|respuesta)"
    r"|deixe\s+(?:um|seu|o\s+seu)\s+(?:comentário|recado)|laisse[rz]?\s+un\s+commentaire"
    r"|lascia\s+un\s+commento|schreibe?\s+einen\s+kommentar|hinterlasse\s+einen\s+kommentar"
    r"|laat\s+een\s+reactie\s+achter|zostaw\s+(?:odpowiedź|komentarz)|wpisz\s+swój\s+komentarz"
    r"|napisz\s+komentarz|tinggalkan\s+(?:komentar|balasan)|atstāj(?:iet)?\s+komentāru"
    r"|skriv\s+ein\s+viðmerking|legg\s+igjen\s+en\s+kommentar|lämna\s+en\s+kommentar)"
    r"(?:\s+(?:anuluj\s+odpowiedź|cancelar\s+(?:respuesta|resposta)|annuler\s+la\s+réponse"
    r"|annulla\s+risposta|antwort\s+abbrechen))?\s*[!:.]?$",
    re.I,
)
# Comments said to be closed, in the page's language, and nothing more: "Kommentarer sinn op
# dësem Artikel ausgeschalt.", "Los comentarios están cerrados.", "Reacties zijn gesloten."
_COMMENTS_OFF_WORDS = 10
_COMMENTS_OFF = re.compile(
    r"^(?:les\s+|los\s+|os\s+|die\s+|i\s+)?(?:commentaires|comentarios|comentários|kommentare|kommentarer"
    r"|commenti|reacties|komentarze|komentar|maoni|komentāri)\b[^.!?,;]{0,60}?\b(?:fermés|désactivés"
    r"|cerrados|desactivados|fechados|desativados|geschlossen|deaktiviert|ausgeschalt(?:et)?|chiusi"
    r"|disattivati|gesloten|uitgeschakeld|wyłączone|zamknięte|ditutup|dinonaktifkan|imefungwa"
    r"|stengt|stängda|lukket|slēgti|atslēgti)\s*[.!]?$",
    re.I,
)


# The site's terms for reusing its texts, said as a sentence of its own in the page's language:
# credit or link us ("При использовании материалов ссылка на сайт обязательна.", "Матеріали
# сайту можна використовувати з посиланням на джерело.", "Se autoriza la reproducción citando a
# la agencia.", "... hyperlinks ... to the agency are obligatory"), or its licence ("Contenido
# publicado bajo licencia CC BY-NC 4.0.").
_REUSE_WORDS = 40
_REUSE = re.compile(
    r"^(?![^.!?]*\b(?:said|says|told|dijo|afirmó|declaró|disse|a\s+dit|sagte|заявил|сказал|заявив"
    r"|сказав)\b)(?:при\s+(?:любом\s+)?(?:использовании|цитировании|копировании)\s+(?:материалов"
    r"|информации)|при\s+використанні\s+матеріалів|матеріали\s+(?:сайту|агентства)\s+можна"
    r"\s+використовувати|(?:материалы|информация)\s+(?:сайта|агентства)\s+(?:можно|могут)"
    r"|se\s+(?:autoriza|permite)\s+(?:la\s+)?reproducción|reprodução\s+(?:autorizada|permitida)"
    r"|(?:è\s+)?consentita\s+la\s+riproduzione|la\s+reproduction\s+est\s+autorisée"
    r"|(?:when|while)\s+(?:citing|quoting|using)\b[^.]{0,80}?\bmaterials?\b"
    r"|(?:full\s+or\s+partial\s+)?(?:use|reproduction)\s+of\s+(?:the\s+)?(?:site['’]s\s+|agency['’]s\s+)?"
    r"materials?\b)"
    r"[^.!?]{0,160}?(?:ссылк\w*|гиперссылк\w*|посилання\w*|гіперпосилання\w*|citando|cita\w*"
    r"|mencionando|indicando\s+la\s+fuente|citação|citando\s+la\s+fonte|citant|hyperlinks?"
    r"|links?|attribution|reference)\b[^.!?]{0,80}[.!]?$"
    r"|^(?:(?:este\s+)?contenido|conteúdo|contenu|contenuto|inhalt|content|this\s+(?:article|work"
    r"|story))\s+(?:publicado|publié|pubblicato|veröffentlicht|published|is\s+published|is"
    r"\s+licensed|licenciado)\s+(?:bajo|sob|sous|sotto|unter|under)\s+(?:(?:la|una|a|une|la|einer"
    r"|a|the)\s+)?(?:licencia|licença|licence|licenza|lizenz|license)?\s*(?:creative\s+commons"
    r"|CC)\b(?:[^.!?]|\.\d){0,40}[.!]?$",
    re.I,
)


# A paywall's lines in the page's language: its meter ("Has llegit 3 dels 5 articles gratuïts
# d'aquest mes."), the text said to be for paying readers only ("Dit bericht is alleen voor
# betalende leden"), the call to pay to read on ("Word lid om verder te lezen ...", "Subscriu-te
# ... i llegeix sense límits"), and what is left for members ("Members can read the remaining 420
# words of this report.", "Not yet a member? ...", "The full tables ... are available to
# subscribers.").
_PAYWALL_WORDS = 30
_READERS = (
    r"(?:betalende\s+)?(?:leden|abonnees|membres|abonnés|miembros|suscriptores|subscriptors|assinantes"
    r"|membri|abbonati|mitglieder|abonnenten|prenumeranter|abonnenter|subscribers|members"
    r"|paying\s+(?:members|subscribers|readers))"
)
_PAYWALL = re.compile(
    r"^(?:has\s+llegit|has\s+leído|você\s+leu|vous\s+avez\s+lu|hai\s+letto|sie\s+haben|je\s+hebt"
    r"|du\s+har\s+läst|du\s+har\s+lest)\s+\d+\s+(?:de|dels|des|di|von|van|av|of)\s+(?:(?:tus|els|les"
    r"|vos|i|seus|ihren|je)\s+)?\d+\s+(?:gratis\s+|free\s+)?(?:articles?|artículos|artigos|articoli|artikel\w*|notícies"
    r"|noticias|notizie|stories)\b[^,;]*$"
    r"|^(?:dit\s+(?:bericht|artikel|stuk)|cet\s+article|ce\s+contenu|este\s+(?:artículo|artigo|contenido"
    r"|conteúdo)|questo\s+(?:articolo|contenuto)|dieser\s+(?:artikel|beitrag)|aquest\s+article"
    r"|this\s+(?:post|article|story|report))\s+(?:is|es|é|est|è|ist|és)\s+(?:alleen|uniquement"
    r"|solo|sólo|só|exclusivo|riservato|nur|only|exclusively|réservé|reservado|reservat)\s+(?:voor"
    r"|pour|para|per|für|for|à|aux|a|als|agli|ai|alle)\s+"
    r"(?:(?:nos|nuestros|nossos|i\s+nostri|unsere|our|els)\s+)?"
    rf"{_READERS}(?:\s+(?:di|de|du|do|da|del|van|von|of)\s+[^.!?,;]{{1,40}})?\s*[.!]?$"
    r"|^(?:word\s+lid|devenez\s+membre|abonnez-vous|hazte\s+(?:miembro|socio)|suscríbete|assine"
    r"|abbonati|diventa\s+(?:socio|abbonato|membro)|werden\s+sie\s+mitglied|subscriu-te|fes-te\s+subscriptor|become\s+a\s+member)\b"
    r"[^.!?]{0,60}?\b(?:om\s+verder\s+te\s+lezen|pour\s+lire\s+la\s+suite|para\s+seguir\s+leyendo"
    r"|para\s+continuar\s+lendo|per\s+continuare\s+a\s+leggere|um\s+weiterzulesen"
    r"|sense\s+límits|sin\s+límites|sem\s+limites|senza\s+limiti|ohne\s+limit|to\s+(?:keep"
    r"|continue)\s+reading|to\s+read\s+(?:on|the\s+rest))\b[^,;]*$"
    rf"|^(?:[\w'’]+\s+){{0,3}}{_READERS}\s+can\s+read\s+the\s+(?:remaining|rest|full)\b"
    r"[^.!?,]{0,40}?\b(?:this\s+(?:report|article|story|post|piece)|words)\s*\.?$"
    r"|^not\s+(?:yet\s+)?a\s+(?:member|subscriber)\?\s+(?:request|start|get|try|sign|join|subscribe|become)\b"
    rf"|^{_READERS}\s+get\b[^.!?]{{0,120}}\.\s+(?:start|begin|take\s+out)\s+your\s+(?:membership"
    r"|subscription)\b"
    rf"|^the\s+(?:full|complete)\b[^.!?]{{0,80}}\b(?:are|is)\s+available\s+(?:only\s+)?to\s+"
    rf"(?:our\s+)?{_READERS}\s*\.?$",
    re.I,
)


# A newsletter platform's close in the letter's language: thanks for reading it, then subscribe
# ("Gracias por leer <Letter>. Suscríbete gratis ...", "Grazie per aver letto <Letter>! Iscriviti
# ..."), or the letter said to be its readers' ("<Letter> es una publicación apoyada por sus
# lectores. ...").
_PLATFORM_CLOSE = re.compile(
    r"^(?:gracias\s+por\s+leer|grazie\s+per\s+(?:aver\s+)?letto|obrigad[oa]\s+por\s+ler"
    r"|merci\s+d['’]avoir\s+lu|danke\s+(?:fürs|für\s+das)\s+lesen(?:\s+von)?|dank\s+voor\s+het"
    r"\s+lezen\s+van)\b[^.!?]{0,60}[.!]\s+(?:suscríbete|suscribite|iscriviti|inscreva-se|assine"
    r"|abonnez-vous|abonniere|abonnieren\s+sie|abonneer)\b"
    r"|^(?:\S+\s+){1,5}(?:es\s+una\s+publicación\s+(?:apoyada|sostenida|financiada)\s+por\s+(?:sus"
    r"|los)\s+lectores|è\s+una\s+pubblicazione\s+sostenuta\s+dai\s+(?:suoi\s+)?lettori|é\s+uma"
    r"\s+publicação\s+apoiada\s+pel[oa]s\s+(?:seus\s+)?leitores|est\s+une\s+publication\s+soutenue"
    r"\s+par\s+ses\s+lecteurs|ist\s+eine\s+(?:von\s+lesern\s+finanzierte|leserfinanzierte)"
    r"\s+publikation|is\s+een\s+door\s+lezers\s+gesteunde\s+publicatie)\b",
    re.I,
)
_PLATFORM_CLOSE_WORDS = 45


# A page's own buttons and asks in its language, each alone on its line: read the whole piece on
# the site it came from ("Leia a matéria completa no <Site>", "Continuar leyendo en <Site>"), read
# or hear it otherwise ("Lees dit artikel in het Nederlands", "Luister naar dit artikel"), was it
# useful ("Este conteúdo foi útil? Deixe sua avaliação."), found a typo ("Ai observat o greșeală?
# Selectează textul și apasă Ctrl+Enter."), the blog's like button ("Mi piace Caricamento..."),
# the skip link ("Ga direct naar de inhoud"), the text size ("Text size: A A+ A++"), and the news
# reader's full coverage link ("Ver cobertura completa no Google Notícias").
_PAGE_ASK_WORDS = 20
_PAGE_ASK = re.compile(
    r"^(?:leia\s+(?:a\s+)?(?:matéria|reportagem|notícia)\s+completa|continu(?:ar|e|a)\s+(?:a\s+)?"
    r"(?:leyendo|lendo|leggere)|sigue\s+leyendo|lee\s+la\s+nota\s+completa|lire\s+la\s+suite"
    r"|continuer\s+la\s+lecture|leggi\s+l['’]articolo\s+completo|weiterlesen|lees\s+verder"
    r"|lees\s+het\s+volledige\s+artikel|read\s+the\s+full\s+(?:story|article))\s+(?:no|na|em|en"
    r"|sur|su|auf|bij|op|in|on|at)\s+[^.!?]{1,50}$"
    r"|^(?:lees|lea|leia|lisez|lies|leggi|read)\s+(?:dit|este|esta|cet|diesen|questo|this)\s+(?:artikel"
    r"|artículo|artigo|article|articolo|nota|story)\s+(?:in\s+het|en|em|in|auf)\s+[^\W\d]+$"
    r"|^(?:luister\s+naar|escucha|escuche|ouça|écoutez|écouter|hören\s+sie|hör\s+dir|ascolta"
    r"|lyssna\s+på)\s+(?:dit|deze|este|esta|cet|cette|diesen|questo|den|l['’]\s*)\s*(?:artikel"
    r"|artículo|artigo|article|articolo|nota|notícia|beitrag|bericht)$"
    r"|^(?:este\s+conteúdo\s+foi\s+útil|esta\s+(?:información|nota)\s+(?:fue|te\s+fue|le\s+fue)"
    r"\s+útil|cet\s+article\s+vous\s+a-t-il\s+été\s+utile|war\s+dieser\s+(?:artikel|beitrag)"
    r"\s+hilfreich|was\s+(?:dit\s+artikel|deze\s+informatie|deze\s+pagina)\s+nuttig"
    r"|questo\s+articolo\s+(?:ti\s+)?è\s+stato\s+utile)\s*\?(?:\s+[^.!?,]{0,60}[.!]?)?$"
    r"|^(?:ai\s+observat\s+o\s+greșeală|нашли\s+ошибку|знайшли\s+помилку|vous\s+avez\s+(?:repéré"
    r"|trouvé)\s+une\s+(?:coquille|erreur|faute)|(?:encontraste|has\s+visto)\s+un\s+error"
    r"|encontrou\s+um\s+erro|hai\s+trovato\s+un\s+errore|(?:haben\s+sie\s+(?:einen\s+)?)?fehler"
    r"\s+(?:gefunden|entdeckt)|zie\s+je\s+een\s+fout(?:\s+in\s+dit\s+(?:artikel|bericht))?"
    r"|(?:een\s+)?fout\s+gezien|(?:har\s+du\s+)?hittat\s+(?:ett\s+)?fel(?:\s+i\s+artikeln)?"
    r"|har\s+du\s+(?:funnet|sett)\s+en\s+feil|har\s+du\s+fundet\s+en\s+fejl"
    r"|znalazł(?:eś|aś|eś/aś)?\s+błąd|huomasitko\s+virheen|did\s+you\s+spot\s+an?\s+(?:error"
    r"|mistake))\s*\?"
    r"(?:\s+[^.!?]{0,80}(?:ctrl\s*\+\s*enter|écrivez-nous|escríbenos|escreva-nos|scrivici"
    r"|schreiben\s+sie\s+uns|mail\s+(?:de|ons|uns)|e-?mail|meld\s+het|laat\s+het\s+(?:ons\s+)?weten"
    r"|mejla|skriv\s+till?|napisz\s+do|kirjoita|redactie|redaktion|redaktionen|redazione"
    r"|redacción|rédaction)[^.!?]{0,40}[.!]?)?$"
    # the blog's share and related heads in its language ("Deel dit:", "Soortgelyk")
    r"|^(?:deel\s+dit|deel\s+hierdie|del\s+dette|dela\s+detta|jaa\s+tämä|podijeli\s+ovo"
    r"|compartilhe\s+isso|comparte\s+esto|partager\s+ceci|teilen\s+mit)\s*:$"
    r"|^(?:soortgelyk|verwant|gerelateerd|ähnliche\s+beiträge|similaire|relacionado|relacionados"
    r"|correlati|relaterade|relaterte|relaterede|aiheeseen\s+liittyvät|powiązane|související)$"
    r"|^(?:mi\s+piace|j['’]aime|me\s+gusta|gefällt\s+mir|curtir|vind\s+ik\s+leuk)(?:\s*:"
    r"|\s+(?:caricamento|chargement|cargando|wird\s+geladen|carregando|laden)\s*(?:\.{3}|…)?)$"
    r"|^(?:ga\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud|aller\s+au\s+contenu(?:\s+principal)?"
    r"|passer\s+au\s+contenu|saltar\s+al\s+contenido(?:\s+principal)?|ir\s+al\s+contenido"
    r"|ir\s+para\s+o\s+conteúdo|(?:zum|direkt\s+zum)\s+inhalt(?:\s+springen)?|vai\s+al\s+contenuto"
    r"|hoppa\s+till\s+innehåll(?:et)?|przejdź\s+do\s+(?:treści|zawartości))$"
    r"|^(?:text\s+size|font\s+size|taille\s+du\s+texte|tamaño\s+(?:de\s+(?:la\s+)?)?(?:letra|texto"
    r"|fuente)|tamanho\s+d[ao]\s+(?:letra|texto|fonte)|schriftgröße|tekstgrootte"
    r"|dimensione\s+(?:del\s+)?testo)\s*:?\s*(?:A[+-]*\s*){1,4}$"
    r"|^(?:ver|veja|see|view|voir)\s+(?:a\s+|la\s+)?(?:cobertura\s+completa|full\s+coverage"
    r"|couverture\s+complète)\s+(?:no|on|en|in|sur)\s+google\s+(?:news|notícias|noticias"
    r"|actualités|nachrichten)$",
    re.I,
)


def _is_prompt(line: str) -> bool:
    return len(line.split()) <= _PROMPT_WORDS and _APP_PROMPT.match(line) is not None


def _is_related_with_headline(line: str) -> bool:
    label, colon, rest = line.partition(":")
    rest = rest.strip()
    return bool(
        colon
        and rest
        and len(rest.split()) <= _RELATED_TAIL_WORDS
        and is_related_head(label)
        and _RELATED_TAIL.match(rest)
    )


def _is_edition(line: str) -> bool:
    return len(line.split()) <= _EDITION_WORDS and _EDITION.match(line) is not None


def _is_letter(line: str) -> bool:
    return len(line.split()) <= _LETTER_WORDS and _LETTER.search(line) is not None


def _is_follow(line: str) -> bool:
    return len(line.split()) <= _FOLLOW_WORDS and _FOLLOW.search(line) is not None


# a second clause after the stamp, not a date's ordinal point ("12. oktober 2034 kl. 10:44") nor
# a year's ("13. 3. 2036. u 10:46")
_CLAUSE = re.compile(r"[!?;]|,\s+\D|(?<!\b\d)(?<!\b\d\d)(?<!\b\d{4})\.\s+\D")


def _is_stamp(line: str) -> bool:
    label = _UPDATED.match(line)
    if label is None:
        return False
    rest = line[label.end() :].rstrip(". ")
    words = rest.split()
    return (
        0 < len(words) <= _STAMP_WORDS
        and _TIME.search(rest) is not None
        and not _CLAUSE.search(rest)
    )


def is_translated_chrome(line: str) -> bool:
    """A template's stamp or share button in any language, alone on its line."""
    text = line.strip()
    return bool(text) and (
        _SHARE.match(text) is not None
        or _is_stamp(text)
        or _is_follow(text)
        or _COMMENT_FORM.match(text) is not None
        or _is_letter(text)
        or _is_edition(text)
        or is_related_head(text)
        or _is_prompt(text)
        or _is_related_with_headline(text)
        or _NEXT_ISSUE.match(text) is not None
        or _SHARE_NAMED.match(text) is not None
        or (len(text.split()) <= _FOLLOW_WORDS and _FOLLOW_MORE.match(text) is not None)
        or _COMMENT_HEAD.match(text) is not None
        or (len(text.split()) <= _PAGE_ASK_WORDS and _PAGE_ASK.match(text) is not None)
        or (len(text.split()) <= _PLATFORM_CLOSE_WORDS and _PLATFORM_CLOSE.match(text) is not None)
        or (len(text.split()) <= _PAYWALL_WORDS and _PAYWALL.match(text) is not None)
        or (len(text.split()) <= _REUSE_WORDS and _REUSE.match(text) is not None)
        or (len(text.split()) <= _COMMENTS_OFF_WORDS and _COMMENTS_OFF.match(text) is not None)
    )
