"""More of a platform's template lines in the page's own language (after ``clean.translated``),
each a whole line of the template's shape:

- a live page's controls and notes: it updates itself ("Liveticker aktualisiert sich
  automatisch"), show the key events only ("Vis bare viktige hendelser"), load older entries
  ("Ältere Einträge anzeigen", "Last inn flere oppdateringer"), turn on push alerts ("Sie
  möchten keine Eilmeldung verpassen? Aktivieren Sie Push-Benachrichtigungen."), and its
  comments' moderation note ("Our live blogs are moderated. Read our community standards.");
- a forum's topic map and closing note ("erstellt 12. März", "letzte Antwort 1 Std.", "6
  Antworten", "Dieses Thema wird 60 Tage nach der letzten Antwort automatisch geschlossen.");
- a podcast's credits, each sentence a role and a name ("Conducción: Tomás Vergara. Edición de
  sonido: Paula Riquelme.", "Presented by Ciarán Mac Giolla. Produced by Aoife Burke."), its
  host's "Support this podcast: <link>" and its list of apps ("Gwrandewch ar Spotify, Apple
  Podcasts neu ap BBC Sounds");
- a note that a summary or a translation was made by AI ("Résumé généré par IA", "Ce résumé a
  été produit à l'aide de l'intelligence artificielle ...", "AI-generated takeaways may contain
  errors.", "Translated from the Spanish original by an AI tool; an editor checked this
  version.");
- a consent dialog in the page's language: its opening ("Yksityisyytesi on meille tärkeää"), its
  sentence in the site's voice ("Me ja kumppanimme käsittelemme henkilötietojasi ...") and its
  buttons ("Hyväksy kaikki evästeet", "Vain välttämättömät");
- a page's notes and asks (``_NOTES``): a free subscriber's upgrade prompt, an offer, the issue
  the piece ran in, a fact-checker's tip line and programme, the link to the full site, the
  comment form's "save my name", a newsletter's greeting, poll and sign-off, a press release's
  wire ("Original-Inhalt von: <Company>, verbreitet über <Wire>") and contact row ("<Company>,
  Unternehmenskommunikation, Telefon 040 1234-0"), a news reader's full coverage link in Turkish
  or German, Apple News+'s audio tab, a call for tips ("Tipsa redaktionen: ring ...", "Seen
  something? Bring it by the office."), a county site's "<Name> – Official Website" and
  account prompt, a video page's views row ("48,216 views 13 Mar 2036 #Flood"), the
  e-edition for subscribers, and "Prices ... checked on the date of publication.";
- "we use cookies" in the page's language with the rest of its sentence, and a Greek dialog's
  buttons ("ΣΥΜΦΩΝΩ", "ΠΕΡΙΣΣΟΤΕΡΕΣ ΕΠΙΛΟΓΕΣ"); an ad slot's label with the note that the
  article goes on below it ("Hirdetés – a cikk lent folytatódik"); another article's teaser
  under a "read also" label in the page's language ("Citește și: <a headline>"); Google News's
  "Full coverage of this story".

A sentence of news that opens alike, or goes on past the template, stays.
"""

from __future__ import annotations

import re

from briefing.clean.vocabulary import READ_ALSO_MORE

__all__ = ["is_template_abroad"]

_SHORT = 12  # a button, a label and its value
_ASK_WORDS = 25  # a prompt of one or two sentences
_CREDIT_WORDS = 30
_CONSENT_WORDS = 80

# A live page's controls, whole lines.
_LIVE = re.compile(
    # it updates itself
    r"(?:der\s+)?(?:live-?ticker|live-?blog|diese\s+seite|la\s+page|cette\s+page|esta\s+página"
    r"|la\s+página|questa\s+pagina|deze\s+pagina|this\s+page|the\s+live\s+blog|siden|sidan)\s+"
    r"(?:aktualisiert\s+sich\s+automatisch|wird\s+automatisch\s+aktualisiert|se\s+met\s+à\s+jour"
    r"\s+automatiquement|se\s+actualiza\s+automáticamente|si\s+aggiorna\s+automaticamente"
    r"|wordt\s+automatisch\s+bijgewerkt|(?:updates|refreshes)\s+automatically|oppdateres"
    r"\s+automatisk|uppdateras\s+automatiskt|opdateres\s+automatisk)\.?"
    # the key events only
    r"|(?:vis|visa|nur|afficher|mostrar|mostra|toon|näytä|pokaż|prikaži|show)\s+(?:bare\s+|endast"
    r"\s+|kun\s+|uniquement\s+|solo\s+|solamente\s+|apenas\s+|alleen\s+|vain\s+|tylko\s+"
    r"|samo\s+|only\s+)?(?:de\s+|les\s+|los\s+|gli\s+|os\s+)?(?:viktige\s+hendelser|viktiga"
    r"\s+händelser|vigtige\s+begivenheder|wichtige\s+ereignisse|wichtigsten\s+ereignisse"
    r"|moments\s+clés|temps\s+forts|eventos\s+clave|momentos\s+clave|momenti\s+chiave"
    r"|eventi\s+principali|momentos[- ]chave|belangrijke\s+momenten|tärkeimmät\s+tapahtumat"
    r"|najważniejsze\s+wydarzenia|ključne\s+događaje|ključni\s+trenuci|key\s+(?:events|moments))"
    r"(?:\s+(?:anzeigen|only|only))?"
    # older entries
    r"|(?:ältere|weitere|mehr)\s+(?:einträge|beiträge|meldungen)\s+(?:anzeigen|laden)"
    r"|(?:last\s+inn|ladda|indlæs|indlaes)\s+(?:flere|fler|mere)\s+(?:oppdateringer|uppdateringar"
    r"|opdateringer|innlegg|inlägg)"
    r"|(?:voir|afficher|charger)\s+(?:plus\s+de|les)\s+(?:mises\s+à\s+jour|entrées|messages)"
    r"(?:\s+précédent(?:e|es|s)?)?"
    r"|(?:cargar|ver|mostrar)\s+(?:más|anteriores)\s+(?:actualizaciones|entradas)?"
    r"|(?:carica|mostra)\s+(?:altri|più)\s+(?:aggiornamenti|post)"
    r"|(?:laad|toon)\s+(?:meer|oudere)\s+(?:updates|berichten)"
    r"|(?:učitaj|prikaži)\s+(?:više|starije)(?:\s+(?:objava|vijesti|unosa))?"
    r"|(?:load|show)\s+(?:older|earlier|previous)\s+(?:entries|posts|updates)",
    re.I,
)
# a post's buttons: share it, copy its link ("Beitrag teilen", "Kopiraj poveznicu", "Lien copié")
_BUTTON = re.compile(
    r"(?:beitrag|artikel|eintrag|post|link)\s+(?:teilen|kopieren)"
    r"|(?:kopiraj|kopiuj|kopioi|kopiera|kopier|kopieer|copiar|copia|copier\s+le|copy)\s+"
    r"(?:poveznicu|link|linkki|länk(?:en)?|lenke(?:n)?|enlace|el\s+enlace|o\s+link|il\s+link"
    r"|lien|link\s+to\s+(?:this\s+)?(?:post|entry|update))"
    r"|(?:link\s+kopiert|lien\s+copié|enlace\s+copiado|link\s+copiato|link\s+copied"
    r"|poveznica\s+kopirana)!?",
    re.I,
)
# a live page's entry buttons and marker in the page's language: "Compartir esta entrada",
# "Enlace a esta entrada", "Condividi questo momento", "Neuer Eintrag"
_ENTRY = re.compile(
    r"(?:compartir|comparte|partager|teilen|condividi|compartilhar|partilhar|delen|dela|del|jaa"
    r"|udostępnij|sdílet|deli|podijeli|share)\s+(?:esta|este|cette|ce|diesen|dieses|questo"
    r"|quest['’]|deze|dit|detta|denna|dette|tämä|ten|ta|to|this)\s*(?:entrada|publicación"
    r"|momento|mise\s+à\s+jour|entrée|post|message|eintrag|beitrag|aggiornamento|update|entry"
    r"|bericht|inlägg|innlegg|indlæg|päivitys|wpis|příspěvek|objavo|objavu|moment)"
    r"|(?:diesen\s+(?:eintrag|beitrag)\s+teilen)"
    r"|(?:enlace|link|lien|lenke|länk|permalink|ligação|collegamento|odkaz|povezava|poveznica)\s+"
    r"(?:a|to|zu|vers|naar|till|til|do|na|para|al|alla|k|na)\s+(?:esta|este|this|diesem|dieser"
    r"|cette|ce|questo|quest['’]|deze|dit|denna|detta|dette|ten|tento|ta|to|esta)\s*"
    r"(?:entrada|entry|post|eintrag|beitrag|entrée|aggiornamento|update|bericht|inlägg|innlegg"
    r"|indlæg|wpis|příspěvek|objavo|objavu|momento|publicación|publicação)"
    r"|(?:neuer|neuester|jüngster)\s+(?:eintrag|beitrag)|nouvelle\s+entrée|nueva\s+entrada"
    r"|nova\s+entrada|nuovo\s+aggiornamento|nieuwe\s+update|ny\s+(?:uppdatering|oppdatering"
    r"|opdatering)|nowy\s+wpis|nový\s+příspěvek|new\s+(?:entry|update)",
    re.I,
)
# a button to listen to the article, in the page's language, its length after it: "Artikel
# anhören (2 Min.)", "Ascolta questo articolo ora...", "Lyssna på artikeln", "Beluister dit
# artikel (3 min)"
_LISTEN = re.compile(
    r"(?:(?:artikel|beitrag|text|nachricht)\s+(?:anhören|vorlesen(?:\s+lassen)?)"
    r"|(?:ascolta|escucha|escuchar|escuche|ouvir|ouça|oiça|écouter|écoutez|luister(?:\s+naar)?"
    r"|beluister|lyssna(?:\s+på)?|lytt(?:\s+til)?|lyt(?:\s+til)?|kuuntele|posłuchaj|poslechněte"
    r"(?:\s+si)?|poslušajte|poslušaj|poslušaj|ακούστε|dinle|dengarkan|listen\s+to)\s+"
    r"(?:(?:questo|quest['’]|este|esta|la|el|o|a|l['’]|cet|dit|deze|het|den|dette|denne|tego|tento"
    r"|ta|to|this|the|bu|το)\s*)?(?:articolo|artículo|nota|noticia|artigo|notícia|matéria"
    r"|article|artikel|artikeln|artikkelen|artiklen|artikkeli|artikkelin|artykułu|artykuł|článek"
    r"|članek|članak|άρθρο|haberi|berita|artikel\s+ini|story))"
    r"(?:\s+(?:ora|ahora|agora|now|nu|jetzt|maintenant))?"
    r"(?:\s*[(·|-]?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:min(?:\.|uti|utos|uten|uter|utter|utes|uut"
    r"|ut)?|mins?|dk|menit|λεπτά)\.?\s*\)?)?\s*(?:\.{3}|…)?",
    re.I,
)
# a page's note that its comments are moderated, or on what terms, in its language:
# "Kommentare zu diesem Artikel werden erst nach Prüfung durch die Redaktion freigeschaltet.",
# "Comments are moderated; be kind to the neighbours.", "Comments on <Outlet> stories require a
# verified name.", "Reader remarks here are screened by an editor before showing up"
_MODERATION = re.compile(
    r"^(?:kommentare|leserkommentare|beiträge)\s+(?:zu\s+diese[mn]\s+(?:artikel|beitrag|text)\s+)?"
    r"werden\s+(?:erst\s+)?(?:nach|vor\s+der\s+veröffentlichung)\s+[^!?]{0,80}"
    r"\b(?:freigeschaltet|geprüft|moderiert|veröffentlicht)\s*[.!]?$"
    r"|^(?:(?:les|los|las|i|gli|die|de|the|os|as)\s+)?(?:(?:reader|readers['’]|user)\s+)?"
    r"(?:comments|remarks|comentarios|commentaires"
    r"|commenti|reacties|kommentarer|komentarze|komentáře|komentarji|comentários|yorumlar)"
    r"(?:\s+(?:here|on\s+(?:this|our|[\w'’-]+)(?:\s+[\w'’-]+){0,2}\s+(?:stories|articles"
    r"|posts|pages|site)))?\s+(?:are|is|get|son|sont|sono|worden|modereras|modereres|bliver"
    r"|są|são|jsou|so)\s+(?:pre-?|post-?)?(?:moderated|modérés|moderados|moderadas|moderati"
    r"|gemodereerd|moderowane|moderovány|moderirani|screened|checked|reviewed|approved)"
    r"(?:\s+by\s+(?:an?\s+|our\s+|the\s+)?(?:editor|moderator|desk|team)s?)?"
    r"(?:\s*[;.,]\s*[^!?]{0,60}|\s+before\s+[^!?]{0,60})?[.!]?$"
    r"|^comments\s+on\s+(?:[\w'’-]+\s+){1,4}(?:stories|articles|posts|pages)\s+(?:require|need)\s+"
    r"(?:a\s+)?(?:verified|real|full)\s+names?\b[^!?]{0,40}$",
    re.I,
)
# the reason the reader gets these messages: "Sie erhalten diese E-Mail, weil Sie sich auf
# unserer Website angemeldet haben.", "Sie erhalten diese Push-Nachrichten, weil Sie den Ticker
# abonniert haben.", "Recibes este correo porque ..."
_BECAUSE = re.compile(
    r"^(?:you(?:['’]re|\s+are)\s+(?:receiving|getting)|you\s+(?:get|receive)|sie\s+erhalten"
    r"|du\s+erhältst|du\s+bekommst|vous\s+recevez|tu\s+reçois|recibes|recibe|usted\s+recibe"
    r"|estás\s+recibiendo|você\s+(?:está\s+)?rece\w+|recebes|ricevi|riceve|stai\s+ricevendo"
    r"|je\s+ontvangt|u\s+ontvangt|du\s+får|du\s+modtager|otrzymujesz|dostáváte|dostáváš"
    r"|prejemate|primate)\s+(?:this|these|diese[nrs]?|ce(?:tte|s|t)?|este|esta|estos|estas|esse"
    r"|essa|questa|queste|questo|deze|dit|detta|dessa|denna|dette|disse|denne|tę|ten|tento|tyto"
    r"|to|ta)\s+(?=[^.!?]{0,40}(?:e-?mail|mail|newsletter|nachricht|push|benachrichtigung|correo"
    r"|mensaje|message|notifica|alert|courriel|lettre|messaggi|bericht|melding|nyhetsbrev|brev"
    r"|wiadomoś|zpráv|sporočil|poruk|letter|issue|update|aviso|notícia|boletín|boletim|bollettino"
    r"|ticker))[^.!?]{0,40}\b(?:because|weil|da|car|parce\s+que|porque|perché|poiché|omdat"
    r"|eftersom|fordi|ponieważ|protože|ker|jer)\b[^!?]{0,120}$",
    re.I,
)
# a blog template's comment form and post links in its language (as English's "Leave a reply",
# "Your email address will not be published. Required fields are marked *", "Previous post")
_BLOG_FORM = re.compile(
    r"(?:dodaj\s+odgovor|pusti\s+odgovor|ostavite\s+odgovor|dodaj\s+komentarz|napsat\s+komentář"
    r"|deja\s+una\s+respuesta|deixe\s+uma\s+resposta|laisser\s+un\s+commentaire"
    r"|lascia\s+un\s+commento|schreibe\s+einen\s+kommentar|hinterlasse\s+einen\s+kommentar"
    r"|laat\s+een\s+reactie\s+achter|lämna\s+ett\s+svar|legg\s+igjen\s+en\s+kommentar"
    r"|skriv\s+en\s+kommentar|jätä\s+kommentti"
    r"|(?:prejšnji|naslednji|prethodni|sljedeći|następny|poprzedni|předchozí|další|vorheriger"
    r"|nächster|précédent|suivant|anterior|siguiente|próximo|precedente|successivo|vorige"
    r"|volgende|föregående|nästa|forrige|neste|næste|edellinen|seuraava)\s+(?:prispevek"
    r"|članak|post|wpis|příspěvek|beitrag|article|artículo|artigo|articolo|bericht|inlägg|innlegg"
    r"|indlæg|artikkeli))\s*:?"
    r"|(?:vaš|váš|twój|tu|seu|votre|la\s+tua|il\s+tuo|ihre|deine|je|uw|din|di)\s+"
    r"(?:e-?naslov|e-?mail\w*|e-?adresa|adres\s+e-?mail|dirección\s+de\s+correo(?:\s+electrónico)?"
    r"|endereço\s+de\s+e-?mail|adresse\s+(?:e-?mail|de\s+messagerie)|indirizzo\s+(?:e-?mail"
    r"|email)|e-?mail-?adres(?:se)?|e-?postadress|e-?postadresse)\s+[^!?]{0,60}"
    r"(?:objavljen|publicad[ao]|publiée|pubblicato|veröffentlicht|gepubliceerd|publicerad|publisert"
    r"|offentliggjort|zveřejněn|opublikowany|objavljena)\b[^!?]{0,80}",
    re.I,
)
# a prompt to turn on push alerts: a sentence that asks it, after at most a question
_PUSH = re.compile(
    r"^(?:[^.!?]{0,80}\?\s+)?(?:aktivieren\s+sie|aktiviere|activez|activa|active|attiva|ative"
    r"|aktiver|slå\s+på|aktivera|schakel|turn\s+on|enable|włącz|uključite)\b[^.!?]{0,50}"
    r"\bpush\b[^.!?]{0,40}[.!]?$",
    re.I,
)
# a live page's or a site's note that its comments are moderated
_MODERATED = re.compile(
    r"^(?:our|this|the)\s+(?:live\s+blogs?|blogs?|comments?(?:\s+sections?)?|discussions?)\s+"
    r"(?:is|are)\s+(?:pre-?|post-?)?moderated\.?(?:\s+(?:please\s+)?read\s+our\s+(?:community"
    r"|house)\s+(?:standards|guidelines|rules)\.?)?$",
    re.I,
)

# A forum's topic map in the forum's language: "erstellt 12. März", "letzte Antwort 1 Std.",
# "6 Antworten", "1,2 Tsd. Aufrufe"; and the note that closes the topic after a while.
_TOPIC_MAP = re.compile(
    r"^(?:erstellt|créé|creado|creato|aangemaakt|criado|skapad|opprettet|oprettet|luotu"
    r"|utworzony|letzte\s+antwort|dernière\s+réponse|última\s+respuesta|ultima\s+risposta"
    r"|laatste\s+(?:reactie|antwoord)|última\s+resposta|senaste\s+svar|siste\s+svar|seneste\s+svar"
    r"|viimeisin\s+vastaus|ostatnia\s+odpowiedź|last\s+reply)\s+[\w .,:]{1,20}$"
    r"|^\d[\d.,]*\s*(?:tsd\.|k|mio\.)?\s+(?:antworten|réponses|respuestas|risposte|reacties"
    r"|antwoorden|respostas|svar|vastausta|odpowiedzi|aufrufe|vues|vistas|visualizzazioni"
    r"|weergaven|visualizações|visningar|visninger|näyttökertaa|wyświetle\w*|benutzer"
    r"|utilisateurs|usuarios|utenti|gebruikers|usuários)$",
    re.I,
)
_TOPIC_CLOSES = re.compile(
    r"^(?:this\s+topic|dieses\s+thema|ce\s+sujet|este\s+tema|questo\s+argomento|dit\s+onderwerp"
    r"|este\s+tópico|det\s+här\s+ämnet|dette\s+emnet|tämä\s+ketju|ten\s+temat)\b"
    # a count of days or hours, before or after the verb
    r"(?=[^.!?]*\b\d+\s+(?:days?|tage?n?|jours|días|giorni|dagen|dias|dagar|dager|päivä\w*|dni"
    r"|hours?|stunden|heures|horas|ore)\b)[^.!?]{0,80}?"
    r"\b(?:close[sd]?|geschlossen|fermé|ferm\w+|cerr\w+|chius\w+|chiuder\w+|gesloten|fech\w+"
    r"|stängs|stänger|lukitaan|suljetaan|stenges|lukket|zamknięty|zamknie)\b[^.!?]{0,80}[.!]?$",
    re.I,
)

# A podcast's credits: every sentence is a role, then a name (or a title and its maker for the
# music). The roles in the languages of the hosts' pages.
_ROLE = (
    r"(?i:(?:executive\s+)?(?:host|hosts|presenter|producer|produced|presented|hosted|edited|mixed"
    r"|editor|sound|sound\s+design|music|theme\s+music|original\s+music|artwork|research|writer"
    r"|written)|conducción|conduce|presenta|presentación|producción|produce|edición(?:\s+de\s+sonido)?"
    r"|guion|realización|música|música\s+original|diseño\s+sonoro|apresentação|produção|edição"
    r"|roteiro|présentation|production|réalisation|montage|musique|mixage|moderation|produktion"
    r"|redaktion|schnitt|musik|sprecher(?:in)?|conduzione|produzione|montaggio|musica|regia"
    r"|presentatie|productie|montage|muziek|cyflwynydd|cyflwyno|cynhyrchydd|cynhyrchu|golygydd"
    r"|golygu|cerddoriaeth|láithreoir|léiritheoir)"
)
_NAME = r"(?:[A-ZÀ-ÞŁŚŻĆ][\w'’.-]*|(?:de|da|do|dos|van|von|der|del|la|le|mac|ó|ní|ap)\b)"
_CREDIT = re.compile(
    rf"^{_ROLE}(?:\s+(?:and|y|e|et|und|en|a|&)\s+{_ROLE})?\s*(?::|\s+by|\s+von|\s+par|\s+por"
    rf"|\s+de|\s+da|\s+di|\s+door|\s+gan)\s+(?:{_NAME}(?:\s+|,\s+|\s+(?:and|y|e|et|und|en|a|&)"
    rf"\s+)){{0,6}}{_NAME}$"
)
_MUSIC = re.compile(
    r"^(?:theme\s+music|music|música|musique|musik|musica|muziek|cerddoriaeth)\s*:\s+[^.!?;]{1,60}"
    r"\s+(?:by|de|von|di|door|gan)\s+[^.!?;]{1,40}$",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[^\s.]{2})\.\s+|;\s+|\s+[|·]\s+")
_SUPPORT = re.compile(
    r"^(?:-{2,}\s*)?(?:support\s+this\s+podcast|apoya\s+este\s+p[óo]dcast|apoie\s+este\s+podcast"
    r"|soutenez\s+ce\s+podcast|unterstütze\s+diesen\s+podcast|sostieni\s+questo\s+podcast"
    r"|steun\s+deze\s+podcast)\s*:\s*https?://\S+$",
    re.I,
)
_APPS = re.compile(
    r"\b(?:spotify|apple\s+podcasts|google\s+podcasts|pocket\s+casts|overcast|bbc\s+sounds"
    r"|deezer|amazon\s+music|youtube\s+music|ivoox|podimo|castbox|rté\s+radio\s+player)\b",
    re.I,
)
_APPS_LINE = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}(?:on|ar|en|auf|sur|su|em|no|op|på|w|na|in|bei)\s+(?:ap\s+)?"
    r"(?:spotify|apple\s+podcasts|google\s+podcasts|pocket\s+casts|bbc\s+sounds|deezer|ivoox"
    r"|podimo)\b[^.!?]{0,80}[.!]?$",
    re.I,
)

# A note that a summary or a translation was made by AI, in the page's language.
_AI = r"(?:ai|ia|ki|ki-|tekoäly\w*|sztuczn\w+\s+inteligencj\w+|artificial\s+intelligence)"
_AI_NOTE = re.compile(
    r"^(?:résumé|resumen|resumo|riassunto|zusammenfassung|samenvatting|sammanfattning"
    r"|sammendrag|yhteenveto|podsumowanie|sažetak|shrnutí|summary)\s+(?:généré|generado|gerado"
    r"|generato|generiert|gegenereerd|genererad|generert|wygenerowane|generirani|vygenerované"
    r"|generated)\s+(?:par\s+l['’]\s*|par|por|pela|por\s+la|dall['’]\s*|durch|door|av|przez|by)"
    r"\s*(?:une\s+|la\s+)?(?:ia|ai|ki|kunstmatige\s+intelligentie|intelligence\s+artificielle"
    r"|inteligencia\s+artificial|inteligência\s+artificial|intelligenza\s+artificiale"
    r"|künstliche\s+intelligenz|artificial\s+intelligence)\s*[.:]?$"
    r"|^(?:ce|este|esta|questo|diese|deze|this)\s+(?:résumé|resumen|resumo|riassunto"
    r"|zusammenfassung|samenvatting|summary)\s+(?:a\s+été|fue|foi|è\s+stat[oa]|wurde|is|was)\s+"
    r"(?:produit|généré|rédigé|generado|producido|elaborado|gerado|produzido|generato|prodotto"
    r"|erstellt|generiert|gegenereerd|gemaakt|generated|produced|written)\s+(?:à\s+l['’]aide\s+de"
    r"|avec|par|con|por|com|mit|met|with|by|using|mithilfe|dall['’]\s*)\s*(?:l['’]\s*|la\s+|une\s+"
    rf"|an?\s+|einer\s+)?(?:{_AI}|intelligence\s+artificielle|inteligencia\s+artificial"
    r"|inteligência\s+artificial|intelligenza\s+artificiale|künstliche[rn]?\s+intelligenz"
    r"|kunstmatige\s+intelligentie)\b[^!?;]{0,80}[.!]?$"
    r"|^(?:ai|machine)[- ]generated\s+(?:summaries|summary|takeaways|key\s+points|highlights)\s+"
    r"(?:may|can|might)\s+contain\s+(?:errors|mistakes|inaccuracies)\.?(?:\s+(?:read|see)\s+"
    r"the\s+(?:full\s+)?(?:article|story)[^.!?]{0,30}\.?)?$"
    r"|^(?:translated|machine[- ]translated)\s+from\s+(?:the\s+)?[A-Z]\w+(?:\s+original)?\s+"
    r"(?:by|with|using)\s+(?:an?\s+)?(?:ai|machine|automated|automatic)\b[^.!?,]{0,60}[.;]?"
    r"(?:\s*(?:an?\s+|our\s+)?(?:editor|journalist|translator)s?\s+(?:checked|reviewed|edited)"
    r"\s+(?:this|the)\s+(?:version|translation|text)\.?)?$"
    # a page's AI disclosure under its label, or said of this story: "<Outlet> AI disclosure: An
    # editor reviewed this story, which was drafted with the help of an AI tool."
    r"|^(?:[\w'’&.-]+\s+){0,3}ai\s+(?:disclosure|notice|note|statement)\s*:\s+[^!?]{1,200}$"
    r"|^(?=[^!?]{0,200}\bthis\s+(?:story|article|report|piece|summary|text)\b)"
    r"(?:an?\s+(?:editor|journalist)\s+(?:reviewed|checked|edited)|this\s+(?:story|article|report"
    r"|piece|summary|text)\s+was)\b[^!?]{0,100}\b(?:drafted|written|generated|produced|created)\s+"
    rf"(?:with\s+the\s+help\s+of|with|using|by)\s+(?:an?\s+)?(?:{_AI})\b[^!?]{{0,60}}$",
    re.I,
)

# A consent dialog in the page's language.
_CONSENT = re.compile(
    r"^(?:yksityisyytesi\s+on\s+meille\s+tärkeää|ihre\s+privatsphäre\s+ist\s+uns\s+wichtig"
    r"|votre\s+vie\s+privée\s+(?:nous\s+)?(?:est\s+importante|importe)(?:\s+pour\s+nous)?"
    r"|tu\s+privacidad\s+es\s+importante(?:\s+para\s+nosotros)?|la\s+tua\s+privacy\s+è\s+importante"
    r"(?:\s+per\s+noi)?|(?:uw|jouw)\s+privacy\s+is\s+belangrijk(?:\s+voor\s+ons)?|din\s+integritet"
    r"\s+är\s+viktig\s+för\s+oss|personvernet\s+ditt\s+er\s+viktig\s+for\s+oss|twoja\s+prywatność"
    r"\s+jest\s+dla\s+nas\s+ważna|a\s+sua\s+privacidade\s+é\s+importante(?:\s+para\s+nós)?"
    r"|your\s+privacy\s+(?:is\s+important\s+to\s+us|matters(?:\s+to\s+us)?))\s*[.!]?$"
    r"|^(?:hyväksy\s+kaikki(?:\s+evästeet)?|alle\s+(?:cookies\s+)?akzeptieren|tout\s+accepter"
    r"|accepter\s+tous\s+les\s+cookies|aceptar\s+todas?(?:\s+las\s+cookies)?|accetta\s+tutti"
    r"(?:\s+i\s+cookie)?|alles\s+accepteren|(?:godkänn|acceptera)\s+alla(?:\s+cookies)?"
    r"|godta\s+alle(?:\s+informasjonskapsler)?|akceptuj\s+wszystkie|aceitar\s+todos"
    r"|vain\s+välttämättömät(?:\s+evästeet)?|nur\s+notwendige(?:\s+cookies)?|(?:uniquement\s+les"
    r"|seulement\s+les)\s+cookies\s+nécessaires|solo\s+(?:las\s+)?necesarias|solo\s+necessari"
    r"|alleen\s+noodzakelijke(?:\s+cookies)?|endast\s+nödvändiga(?:\s+cookies)?"
    r"|kun\s+nødvendige|hylkää\s+kaikki|alle\s+ablehnen|tout\s+refuser|rechazar\s+todas?"
    r"|rifiuta\s+tutti|alles\s+weigeren|avvisa\s+alla"
    # the same buttons in cs, sk, sl, hr, pl, hu, ro, tr, id, sv's "kakor", and a settings button
    r"|přijmout\s+vše|odmítnout\s+vše|prijať\s+všetko|odmietnuť\s+všetko|sprejmi\s+vse"
    r"|zavrni\s+vse|prihvati\s+sve|odbij\s+sve|zaakceptuj\s+wszystk\w+|odrzuć\s+wszystk\w+"
    r"|(?:az\s+)?összes\s+elfogadása|mindet\s+elfogadom|acceptă\s+tot(?:ul)?|respinge\s+tot(?:ul)?"
    r"|tümünü\s+(?:kabul\s+et|reddet)|terima\s+semua|tolak\s+semua"
    r"|(?:godkänn|acceptera|avvisa)\s+alla\s+kakor|(?:godta|avvis)\s+alle|(?:accepter|afvis)\s+alle"
    r"|upravit\s+předvolby|nastavení\s+cookies|einstellungen\s+(?:anpassen|verwalten)"
    r"|(?:gérer|personnaliser)\s+(?:mes\s+)?(?:préférences|choix)|(?:gestionar|configurar)"
    r"\s+(?:preferencias|cookies)|gestisci\s+(?:preferenze|opzioni)|voorkeuren\s+(?:aanpassen"
    r"|beheren)|(?:anpassa|hantera)\s+(?:inställningar|val)|tilpass\s+(?:innstillinger|valg)"
    r"|uredi\s+nastavitve|ustawienia\s+(?:plików\s+)?cookie\w*|manage\s+(?:preferences|choices"
    r"|cookies))\s*$"
    r"|^(?:me\s+ja\s+kumppanimme|wir\s+und\s+unsere\s+partner|nous\s+et\s+nos\s+partenaires"
    r"|nosotros\s+y\s+nuestros\s+socios|noi\s+e\s+i\s+nostri\s+partner|wij\s+en\s+onze\s+partners"
    r"|vi\s+og\s+våre\s+partnere|vi\s+och\s+våra\s+partner\w*|my\s+i\s+nasi\s+partnerzy"
    r"|nós\s+e\s+os\s+nossos\s+parceiros)\s+(?=[^.!?]*(?:henkilötiet|evästei|tunniste|daten"
    r"|cookies|kakor|données|datos|dati|gegevens|uppgifter|opplysninger|dane|dados|ip))"
    # "we use cookies" in the page's language, and what follows it in the dialog's sentence
    # ("Χρησιμοποιούμε cookies. Πατώντας «ΣΥΜΦΩΝΩ» δέχεστε ...")
    r"|^(?:χρησιμοποιούμε|wir\s+verwenden|nous\s+utilisons|utilizamos|usamos|utilizziamo|usiamo"
    r"|we\s+gebruiken|wij\s+gebruiken|vi\s+använder|vi\s+bruker|vi\s+bruger|używamy|käytämme"
    r"|folosim|koristimo|používáme|uporabljamo|kullanıyoruz|kami\s+menggunakan)\s+"
    r"(?:(?:i|des|los|as|plików|de|soubory|piškotke)\s+)?(?:cookies?|kolačiće|evästeitä|kakor"
    r"|piškotke|çerezler\w*)\b[^!?]{0,300}$"
    # the site said to use them, or "we use" after "on this site": "Ο ιστότοπος χρησιμοποιεί
    # cookies. Συνεχίζοντας ...", "Na tomto webu používáme soubory cookies ..."
    r"|^(?:ο\s+ιστότοπος|η\s+ιστοσελίδα|this\s+(?:web)?site|diese\s+(?:website|webseite|seite)"
    r"|ce\s+site|este\s+(?:sitio|site|portal)(?:\s+web)?|questo\s+sito|deze\s+(?:website|site)"
    r"|denna\s+webbplats|dette\s+nettstedet|denne\s+hjemmeside|tento\s+web|ta\s+spletna\s+stran"
    r"|bu\s+(?:web\s+)?site(?:si)?|situs\s+ini|o\s+site)\s+(?:χρησιμοποιεί|uses|verwendet|nutzt"
    r"|utilise|utiliza|usa|utilizza|gebruikt|använder|bruker|bruger|používá|uporablja|kullanır"
    r"|kullanmaktadır|menggunakan)\s+(?:soubory\s+)?(?:cookies?|kakor|piškotke|çerez\w*)\b"
    r"[^!?]{0,300}$"
    r"|^(?:na\s+tomto\s+webu|auf\s+dieser\s+(?:website|webseite|seite)|sur\s+ce\s+site"
    r"|en\s+este\s+sitio(?:\s+web)?|su\s+questo\s+sito|op\s+deze\s+(?:website|site)"
    r"|på\s+(?:denna|den\s+här)\s+webbplats|on\s+this\s+(?:web)?site|neste\s+site)\s*,?\s+"
    r"(?:používáme|verwenden\s+wir|nutzen\s+wir|nous\s+utilisons|utilizamos|usamos"
    r"|utilizziamo|usiamo|gebruiken\s+we|gebruiken\s+wij|använder\s+vi|we\s+use)\s+"
    r"(?:soubory\s+)?(?:cookies?|kakor)\b[^!?]{0,300}$"
    # the dialog's buttons in Greek, capitals or not: agree, accept, reject, more options
    r"|^(?:συμφων[ωώ]|αποδοχ[ηή](?:\s+[οό]λων)?|απ[οό]ρριψη(?:\s+[οό]λων)?"
    r"|περισσ[οό]τερες\s+επιλογ[εέ]ς|ρυθμ[ιί]σεις(?:\s+cookies)?)\s*$",
    re.I,
)
# An ad slot's label and the note that the article goes on below it, in the page's language
# ("Hirdetés – a cikk lent folytatódik", "Anzeige – Artikel geht unten weiter").
_AD_SLOT = re.compile(
    r"^(?:hirdetés|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie"
    r"|reklama|reklam|annonse|annons|mainos|διαφήμιση|реклама|advertisement)\s*[–—:|-]\s*"
    r"[^.!?]{0,50}?\b(?:folytatódik|weiter|continue\w*|continúa|prosegue|gaat\s+verder"
    r"|fortsätter|fortsetter|fortsætter|jatkuu|ciąg\s+dalszy|devam\s+ediyor|συνεχίζεται"
    r"|продолжается)\b[^.!?]{0,20}[.!]?$",
    re.I,
)
# A teaser of another article under a "read also" label in the page's language, whatever the
# text's language ("Citește și: <a headline>", "Leggi anche: <a headline>").
_TEASER = re.compile(
    r"^(?:citește\s+(?:și|mai\s+mult)|citeste\s+si|(?:à\s+)?lire\s+aussi|lisez\s+aussi"
    r"|leia\s+(?:também|mais)|le[ae]\s+también|leggi\s+anche|lesen\s+sie\s+(?:auch|mehr)"
    r"|läs\s+(?:också|mer)|les\s+også|læs\s+(?:også|mere)|lue\s+myös|czytaj\s+(?:także|też"
    r"|również)|přečtěte\s+si\s+(?:také|též)|pročitajte\s+(?:i|još)|baca\s+juga|lees\s+ook"
    r"|читайте\s+(?:также|тоже)|δείτε\s+(?:ακόμη|επίσης)|διαβάστε\s+(?:ακόμη|επίσης)"
    r"|ayrıca\s+okuyun|preberite\s+(?:tudi|še)|ये\s+भी\s+पढ़ें"
    # (Urdu, Tagalog, Swahili, Hausa, Arabic, Persian, Bengali, Turkish, English)
    r"|یہ\s+(?:خبر\s+|خبریں\s+)?بھی\s+پڑھیں|basahin\s+(?:din|rin|pa)|soma\s+(?:pia|zaidi)"
    r"|karanta\s+(?:kuma|wannan)|اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|(?:این\s+خبر\s+را\s+)?بیشتر\s+بخوانید"
    r"|আরও\s+পড়ুন|ilgili\s+haber|also\s+(?:check|read|see)|xem\s+thêm|đọc\s+thêm|อ่านเพิ่มเติม"
    r"|akhriso\s+(?:sidoo\s+kale|kale)|soma\s+pia|kara\s+karatu|ka\s+siwaju|loe\s+ka|lasi\s+arī"
    r"|taip\s+pat\s+skaitykite|skaitykite\s+taip\s+pat|olvassa\s+el\s+ezt\s+is|olvasd\s+el\s+ezt\s+is"
    r"|延伸阅读|延伸閱讀|相关阅读|相關閱讀|関連記事|관련\s*기사"
    rf"|zobacz\s+(?:też|także|również)|{READ_ALSO_MORE})"
    # (a breadcrumb's arrow for the colon, and one question in the headline: "Leggi anche ›
    # ...", "Leia também: Como fica a sua aposentadoria? Simule ...")
    r"\s*[:：›»]\s*\S[^!?]{0,150}(?:\?[^!?]{0,80})?$",
    re.I,
)
# Google News's link under an item: "Full coverage of this story"
_FULL_COVERAGE = re.compile(
    r"^(?:view\s+|see\s+)?full\s+coverage\s+of\s+this\s+story(?:\s+on\s+google\s+news)?$",
    re.I,
)
# ... in the aggregator's translations: its name ("Google" and its word for news, either side)
# ending a short line without a sentence's end, and its words for full coverage ("Zobraziť celé
# pokrytie v Správach Google", "Voir la couverture complète sur Google Actualités"); not a
# headline that makes the aggregator its subject ("Google News drops full coverage feature")
_NEWS_WORD = (
    r"(?:news|nachrichten|actualités|noticias|notícias|notizie|nieuws|nyheter|nyheder|uutiset"
    r"|uutisissa|hírek\w*|știri|berita|haberler\w*|новост\w*|новин\w*|wiadomości\w*|zpráv\w*"
    r"|správ\w*|vijesti|novice|vesti|ειδήσεις|ειδήσεων)"
)
_COVERAGE_ABROAD = re.compile(
    rf"^(?=[^.!?]*(?:\bgoogle\s+{_NEWS_WORD}|\b{_NEWS_WORD}\s+google)\W*$)"
    r"(?=[^.!?]*\b(?:coverage|couverture|cobertura|copertura|dekking|berichterstattung|pokryt\w*"
    r"|pokrytí|bevakning|dækning|dekning|uutisointi\w*|lefedettség\w*|acoperire\w*|liputan"
    r"|kapsam\w*|висвітлення|освещени\w*|relacj\w*|pokrivenost\w*|pokritost\w*|κάλυψη\w*)\b)"
    r"(?=[^.!?]*\b(?:full|complete|whole|celé|celá|celou|complète|complet|completa|completo"
    r"|vollständige|volledige|fullständig|fuld|kattava|teljes|completă|lengkap|tam|полное|повне"
    r"|pełne|pełną|cijelu|potpunu|celotno|πλήρη\w*)\b)[^.!?]{3,100}$",
    re.I,
)
_COVERAGE_WORDS = 10


# A page's notes and asks in its language, whole lines: a free subscriber's upgrade prompt
# ("Você é assinante gratuito do <Letter>. Para a experiência completa, faça upgrade ..."), an
# offer ("Abbonati a 1 euro al mese ..."), the issue the piece ran in ("Dieser Artikel erschien
# in Ausgabe 11/2036 des <Magazine>.", "Questo articolo è uscito sul numero 11 de <Magazine>,
# in edicola dal 13 marzo."), a fact-checker's tip line ("¿Has recibido un bulo? Mándanoslo a
# nuestro WhatsApp.") and its programme ("Este artículo forma parte del programa de verificación
# independiente de Meta."), the AMP page's link to the full site, the comment form's "save my
# name ... in this browser", a newsletter's greeting ("Hi friend,"), its poll ("How was today's
# <Letter>?") and its sign-off with the writer's name ("Bis nächste Woche, eure Jana").
_NOTE_WORDS = 40
_NOTES = re.compile(
    r"^(?:você\s+é\s+(?:um\s+)?assinante\s+gratuito|eres\s+(?:un\s+)?suscriptor\s+gratuito"
    r"|vous\s+êtes\s+(?:un\s+)?abonné\s+gratuit|du\s+bist\s+(?:ein\s+)?kostenlose[rn]?\s+abonnent"
    r"|sei\s+un\s+abbonato\s+gratuito|you['’]re\s+a\s+free\s+subscriber)\b[^.!?]{0,60}\.\s+"
    r"[^.!?]{0,60}\b(?:upgrade|actualiza|mejora|passez|aggiorna|abonnement\s+payant)\b[^.!?]{0,40}[.!]?$"
    r"|^(?:abbonati|abonnez-vous|suscríbete|assine|abonnieren\s+sie|abonniere|subscribe)\s+(?:a|à"
    r"|pour|por|para|per|für|for)\s+(?:solo\s+|seulement\s+|nur\s+|only\s+|just\s+)?[\d€$£,.]+\s*"
    r"(?:€|euros?|\$|£|dollars?|reais)?\s*(?:al|par|por|pro|ao|a|per|each|un|im)\s+(?:mese|mois|mes"
    r"|mês|monat|month|week|semaine|settimana)\b[^.!?]{0,50}[.!]?$"
    r"|^(?:dieser\s+(?:artikel|text|beitrag)\s+erschien\s+(?:zuerst\s+)?in\s+(?:der\s+)?ausgabe"
    r"|questo\s+articolo\s+è\s+(?:uscito|apparso|stato\s+pubblicato)\s+sul\s+numero"
    r"|cet\s+article\s+est\s+paru\s+dans\s+le\s+numéro|este\s+artículo\s+(?:apareció|se\s+publicó)"
    r"\s+en\s+el\s+número|este\s+artigo\s+foi\s+publicado\s+na\s+edição|dit\s+artikel\s+verscheen"
    r"\s+in\s+(?:nummer|editie)|this\s+(?:article|story)\s+(?:appeared|appears)\s+in\s+issue)\s+"
    r"[^.!?,;]{1,80}(?:,\s+(?:in\s+edicola|en\s+kiosque|am\s+kiosk|im\s+handel|en\s+quiosco"
    r"|nas\s+bancas|in\s+de\s+winkel|on\s+sale)\b[^.!?,;]{0,40})?\.?$"
    r"|^¿?\s*(?:has\s+recibido|te\s+ha\s+llegado|ai\s+văzut|avez-vous\s+(?:reçu|vu)|recebeu|viu"
    r"|hai\s+ricevuto|have\s+you\s+(?:seen|received|spotted)|haben\s+sie|heb\s+je)\b[^?]{0,80}\?"
    r"\s+(?:mándanoslo|mándalo|envíanoslo|envíalo|trimite-ne-o|trimite-ne|envoyez-la-nous"
    r"|envoyez-le-nous|envoyez-nous|envie-nos|envia-nos|mandacelo|inviacelo|send\s+it\s+(?:to\s+us"
    r"|our\s+way)|schicken\s+sie\s+(?:sie|es|ihn)\s+uns|stuur)\b[^.!?]{0,60}[.!]?$"
    r"|^(?=.*\b(?:verifica\w*|fact-?check\w*|vérification|verificação|faktencheck\w*"
    r"|verificare)\b)(?:este\s+artículo|this\s+(?:article|fact-check)|cet\s+article|este\s+artigo"
    r"|questo\s+articolo|dieser\s+artikel|acest\s+articol)\s+(?:forma\s+parte|is\s+part|fait"
    r"\s+partie|faz\s+parte|fa\s+parte|ist\s+teil|face\s+parte)\b[^.!?]{0,80}\b(?:meta|facebook"
    r"|tiktok)\b[^.!?]{0,30}\.?$"
    r"|^(?:go\s+to|view)\s+(?:the\s+)?full\s+(?:site|version)|^ver\s+(?:la\s+)?versión\s+completa$"
    r"|^zur\s+vollversion$|^version\s+complète\s+du\s+site$"
    r"|^(?=[^.!?]*\b(?:e-?pos|e-?mail|correo|courriel|naam|nombre|nom|name|nome|navn|namn|imię)\b)"
    r"(?:stoor|guarda|guardar|enregistrer|salvar|salva|sla|meinen|mijn|spara|lagre|zapisz)\b"
    r"[^.!?]{0,100}\b(?:blaaier|navegador|navigateur|browser|nettleser|webbläsare|przeglądarce)\b"
    r"[^.!?]{0,80}\.?$"
    r"|^original-(?:inhalt|content)\s+von\s*:\s*[^.!?]{1,80}?(?:,\s+(?:verbreitet|übermittelt)\s+"
    r"(?:über|durch)\s+[^.!?]{1,60})?\.?$"
    r"|^(?:(?-i:[A-ZÀ-Þ])[^,.!?:;\d]{1,40},\s+){1,3}(?:telefon|tel\.|phone|tél\.|téléphone|teléfono|tfno\."
    r"|telefone|telefono|puh\.|tlf\.)\s*:?\s*\+?\d[\d\s()/.-]{4,}$"
    r"|^tam\s+haber\s+kapsamını\s+google\s+haberler['’]de\s+görüntüleyin$"
    r"|^vollständige\s+berichterstattung\s+(?:in|bei)\s+google\s+news\s+(?:ansehen|anzeigen)$"
    r"|^[^.!?|]{1,60}\s[–—|-]\s+official\s+(?:website|web\s+site|site)$"
    r"|^\d[\d,.]*\s*[km]?\s+views\s+(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d+\s+\w+\s+ago|premiered\b[^#]{0,30})(?:\s+#[\w-]+)*$"
    r"|^create\s+an?\s+(?:website\s+)?account\s*[-–—:]\s+manage\b[^.!?]{0,100}\.?$"
    r"|^(?:[\w'’]+\s+){0,3}subscribers\s+can\s+(?:read|browse|download)\s+the\s+(?:e-?edition"
    r"|digital\s+edition|e-?paper|print\s+replica)\b[^!?,;]{0,40}$"
    r"|^(?:[\w'’]+\s+){1,5}(?:were\s+)?(?:checked|correct|accurate|verified)\s+(?:on|at|as\s+of)\s+"
    r"(?:the\s+)?(?:date|time)\s+of\s+(?:publication|writing|going\s+to\s+press)\.?$"
    r"|^apple\s+news\+?\s+subscribers\s+can\s+listen\b[^.!?]{0,80}\baudio\s+tab\.?$"
    r"|^(?:hi|hello|hey|dear)\s+(?:friends?|readers?|all|everyone|folks|there)\s*[,!]?$"
    r"|^how\s+(?:was|did\s+you\s+like)\s+today['’]s\s+(?-i:[A-Z])[^.!?]{0,40}\?$",
    re.I,
)
# A newsroom's call for tips: "Tipsa redaktionen: ring 018-123 45 eller svara på detta mejl",
# "Seen something on the river? Bring it by the Front Street office.", "Got a tip? Email the
# desk.", "Write to the desk at 4 Harbour Road; short notes preferred.", "Reader line: leave a
# message after the tone"
_TIP_VERB = (
    r"(?:call|ring|e-?mail|write|bring|send|tell|reply|message|svara|contact|drop|text|whatsapp"
    r"|schreiben|schreib|rufen|ruf|écrivez|appelez|envoyez|escríbenos|llámanos|escreva|ligue"
    r"|scrivi|chiama|bel|mail)\b"
)
_TIPS = re.compile(
    # the newsroom named in the opening
    r"^(?:tipsa\s+(?:redaktionen|oss)|tips\s+(?:oss|redaksjonen|redaktionen)|tip\s+(?:us|the\s+desk"
    rf"|the\s+newsroom)(?:\s+off)?|tippen\s+sie\s+uns)\s*[:?!.,]?\s*{_TIP_VERB}[^!?,]{{0,80}}$"
    # a question, then the ask to bring it to the newsroom itself ("Have a tip? Call the FBI's
    # tip line ..." sends the reader elsewhere: it stays)
    r"|^(?:got\s+a\s+(?:news\s+)?tip|have\s+a\s+(?:news\s+)?tip|(?:seen|spotted|know|heard|found"
    rf"|witnessed)\s+[^.!?]{{1,40}})\?\s*{_TIP_VERB}\s*(?:it\s+)?(?:(?:to|by|in\s+to)\s+)?(?:us\b"
    r"|our\b|the\s+(?:news\s*)?desk\b|the\s+newsroom\b|the\s+editors?\b|(?:the|our)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:office|newsroom|desk)\b)[^!?,]{0,80}$"
    # "Tips and photos can be sent to the <Outlet> newsroom at the ferry terminal office"
    r"|^(?:news\s+)?(?:tips|photos|pictures|letters|stories|videos)(?:\s+(?:and|or|&)\s+(?:tips"
    r"|photos|pictures|letters|stories|videos))?\s+(?:can|may|should)\s+be\s+(?:sent|e-?mailed"
    r"|brought|dropped\s+off|posted|messaged)\s+to\s+(?:the|our)\s+[^.!?]{0,40}\b(?:newsroom|desk"
    r"|editors?|office)\b[^!?]{0,60}$"
    # the same ask in the page's language: "Envie sua foto da seca pelo WhatsApp do jornal"
    r"|^(?:envie|mande|envía|envíe|manda|envoyez|envoie|inviate|invia|schicken\s+sie|senden\s+sie)"
    r"\s+(?:sua|seu|a\s+sua|o\s+seu|tu|tus|su|sus|vos|votre|tes|la\s+tua|le\s+tue|ihre?|uns\s+ihre?)"
    r"\s+(?:fotos?|vídeos?|videos?|photos?|denúncia|sugest\w+|historia|histoire|bilder?|tipps?)\b"
    r"[^.!?]{0,50}\b(?:whatsapp|e-?mail|correo|courriel|redação|redacción|rédaction|redazione"
    r"|redaktion|jornal|periódico|journal|giornale|zeitung)\b[^!?]{0,30}$"
    r"|^write\s+to\s+(?:the|our)\s+(?:desk|newsroom|editors?|letters\s+editor)\s+(?:at|via|on|c/o)\s+"
    r"[^!?,]{1,80}$"
    r"|^[^.!?:]{1,40}\b(?:line|hotline)\s*:\s*(?:leave\s+(?:us\s+)?a\s+message|call\s+us)\b[^.!?]{0,60}$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^(?:bis\s+nächste\s+woche|bis\s+bald|à\s+la\s+semaine\s+prochaine|à\s+bientôt"
    r"|hasta\s+la\s+próxima(?:\s+semana)?|alla\s+prossima(?:\s+settimana)?|até\s+para\s+a\s+semana"
    r"|até\s+à\s+próxima|tot\s+volgende\s+week|vi\s+ses\s+nästa\s+vecka|see\s+you\s+next\s+week"
    r"|until\s+next\s+week)\s*[,!.—–-]\s*(?i:eure?|euer|votre|ta|ton|tu|vuestra|vostr[oa]|jullie"
    r"|your|love|cheers|besos|abrazos|bises)?\s*,?\s*(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+))?"
    r"\s*[.!]?$",
    re.I,
)


def _is_credits(line: str) -> bool:
    parts = [part.strip(" .") for part in _SENTENCE.split(line.strip()) if part.strip(" .")]
    return bool(parts) and all(
        _CREDIT.match(part) is not None or _MUSIC.match(part) is not None for part in parts
    )


# The reason for a mail in Turkish, its verb last: "Bu e-postayı <Letter> bültenine
# kaydolduğunuz için alıyorsunuz."; a comment box's empty state: "Bu habere henüz yorum
# yapılmamış. İlk yorumu sen yap!", "No comments yet. Be the first to comment!"
_TURKISH_REASON = re.compile(
    r"^bu\s+(?:e-?postayı|e-?maili|bülteni|mesajı|bildirimi)\s+[^.!?]{1,80}\s(?:için|nedeniyle"
    r"|dolayı)\s+(?:alıyorsunuz|alıyorsun|aldınız)\s*[.!]?$",
    re.I,
)
_NO_COMMENTS = re.compile(
    r"^(?:bu\s+habere\s+henüz\s+yorum\s+yapılmamış|henüz\s+yorum\s+yok|no\s+comments\s+yet"
    r"|aucun\s+commentaire(?:\s+pour\s+l['’]instant)?|sin\s+comentarios(?:\s+todavía)?"
    r"|ainda\s+não\s+há\s+comentários|noch\s+keine\s+kommentare|belum\s+ada\s+komentar"
    r"|hakuna\s+maoni)\s*[.!]?(?:\s+[^.!?]{0,40}\b(?:ilk\s+yorumu|first\s+to\s+comment"
    r"|premier\s+à\s+commenter|primero\s+en\s+comentar|primeiro\s+a\s+comentar|erste[rn]?\b)"
    r"[^.!?]{0,30}[.!]?)?$",
    re.I,
)


# A live page's prompt to reload it, in any language whose pages borrow the two words: a short
# line, no sentence, with "refresh" and then "update" in Latin or another script ("I-refresh ang
# pahinang ito para makita ang mga pinakabagong update", "<page> ರಿಫ್ರೆಶ್ <do> <new> ಅಪ್‌ಡೇಟ್<s>
# <see>"), and a short prompt to get the page's app ("I-download ang aming app para sa mga
# breaking news alert"; junk49)
_REFRESH = re.compile(r"refresh|ರಿಫ್ರೆಶ್|रिफ्रेश|রিফ্রেশ|ریفریش|ரிஃப்ரெஷ்|రిఫ్రెష్|റിഫ്രഷ്", re.I)
_UPDATE = re.compile(r"update|ಅಪ್‌ಡೇಟ್|अपडेट|আপডেট|اپڈیٹ|அப்டேட்|అప్‌డేట్|അപ്ഡേറ്റ്", re.I)
_GET_APP = re.compile(r"\bdownload\b.{1,40}\bapp\b", re.I)
_PROMPT_WORDS = 16


def _loan_prompt(text: str, words: int) -> bool:
    if words > _PROMPT_WORDS or text.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    refresh = _REFRESH.search(text)
    return bool(refresh and _UPDATE.search(text, refresh.end())) or bool(
        words <= _SHORT and _GET_APP.search(text) and not re.search(r"['’]s\s", text)
    )


def is_template_abroad(line: str) -> bool:
    """A platform's template line in the page's language (see the module's kinds)."""
    text = line.strip()
    words = len(text.split())
    if not text or words > _CONSENT_WORDS:
        return False
    if _loan_prompt(text, words):
        return True
    if words <= _SHORT and (
        _LIVE.fullmatch(text)
        or _BUTTON.fullmatch(text)
        or _TOPIC_MAP.match(text)
        or _ENTRY.fullmatch(text)
        or _LISTEN.fullmatch(text)
        or _BLOG_FORM.fullmatch(text)
    ):
        return True
    if words <= _ASK_WORDS and (
        _PUSH.match(text)
        or _MODERATED.match(text)
        or _TOPIC_CLOSES.match(text)
        or _SUPPORT.match(text)
        or (_APPS_LINE.match(text) and len(_APPS.findall(text)) >= 2)
        or _AI_NOTE.match(text)
        or _MODERATION.match(text)
        or _BECAUSE.match(text)
        or (words <= _NOTE_WORDS and _BLOG_FORM.fullmatch(text))
    ):
        return True
    if words <= _NOTE_WORDS and (_NOTES.match(text) or _SIGN_OFF.match(text) or _TIPS.match(text)):
        return True
    if words <= _CREDIT_WORDS and _is_credits(text):
        return True
    if words <= _SHORT and (_AD_SLOT.match(text) or _FULL_COVERAGE.match(text)):
        return True
    if words <= _COVERAGE_WORDS and "oogle" in text and _COVERAGE_ABROAD.match(text):
        return True
    if words <= _NOTE_WORDS and _TEASER.match(text):
        return True
    if words <= _ASK_WORDS and (_TURKISH_REASON.match(text) or _NO_COMMENTS.match(text)):
        return True
    return _CONSENT.match(text) is not None
