"""More kinds of a page's own lines, each a whole line of its kind's shape, in the page's
language:

- a byline with the writer's role after the name ("Dana Holt Staff writer", "Ana Ruiz Local
  Democracy Reporter"), a name and "writes" ("Jón Jónsson skrifar"), a writer and the outlet
  they report for ("Ana Ruiz reports for the Valley Ledger."), a post's "Written by A B, urban
  planner.";
- share, send and follow rows and a "more news" label in the page's language ("Deila á
  Facebook", "Senda á vin", "Del saken med andre", "Seko mums Telegram!", "Fleiri fréttir"), an
  ask to follow the site's channel for more news ("Больше новостей — в нашем канале в
  WhatsApp"), "read more on <site>" ("Lees meer op <domain>"), an app's alert prompt
  ("Meldingen van <Outlet>? Zet ze aan in onze app");
- a republishing notice ("Materiāla pārpublicēšana bez redakcijas atļaujas ir aizliegta.",
  "Reproduction without permission is prohibited."), a comment section's notes ("Comments are
  the responsibility of those who write them.", "Please keep replies respectful and on
  topic."), an opinion page's note ("Opinion pieces carry the named writer's views only.");
- a view counter ("Baxış sayı: 2 904"), a post's counters ("12 boosts 4 favourites"), an
  embed's link ("Open this post on <domain>") and a short video's caption ("@handle ... #tag ♬
  original sound - <Account>");
- a release's own rows: the forward-looking note and its heading ("Cautionary Note Regarding
  Forward-Looking Information", "... are forward-looking; outcomes may vary materially ..."),
  the distribution row, a disclosure duty's note ("This release contains information that <Co>
  is obliged to disclose under the EU Market Abuse Regulation.", in Nordic languages too), a
  Nordic release's header ("<Co> Oyj, Sisäpiiritieto, 12.6.2040 klo 8.00"), a wire page's stamp
  and source ("May 27, 2040 08:00 ET | Source: <Co>"), a research release's funder and its
  hub's note ("Releases appear as sent by the institution; ...");
- a newsletter's greeting ("Hello again, culture lovers —") and sign-off ("That's it from me
  until next Friday."), a forwarded copy's ask ("Someone shared this with you? ...",
  "Forwarded this? ..."), a briefing's free sign-up ("<Town>'s morning briefing is free —
  register to receive it"), a pitch to wake up with the outlet ("Despertá con <Outlet>: las
  noticias más importantes, antes de las 7");
- a transcript's note ("Transcript: machine-made, lightly checked by <Station> staff."), a
  station's listener-supported ask ("<Station> is listener-supported. Make your gift today
  ..."), a podcast's Patreon ask ("Apóyanos en Patreon ..."), an interview's translation note;
- a graphic's or box's label ("Map: how each canton voted", "Chart: ... since 2030",
  "Factbox: ...", "Scorecard: ..."), a teaser's label ("Go deeper: ...", "Listen again: ...",
  "More explainers: ...", "Most read on <Site>: ...", "Series continues Thursday: ...",
  "Mirá también"), a partner's "Read more at our news partner: <Outlet>", the page's own tools
  ("Check live border waiting times on our route planner", "Planning a trip? Compare lift
  passes in our resort guide", "Save this long read to your reading list ..."), a reader's ask
  ("Like this story? ..."), a subscriber's note ("Full text for <Paper> subscribers; ...",
  "E-edition readers: the full list is on page 4"), a widget's delay note ("Stock prices shown
  may lag by up to 20 minutes"), an affiliate note ("Products linked here may earn <Outlet> a
  commission."), a live page's clock note ("... · clock shows AEDT"), a live score ticker
  ("MLB: Royals 3, Twins 2 — Bot 7th"), a time ago with "about", a magazine's issue ("June
  2040 Issue"), and a wire's desk initials with the service's line ("HNS/fb/kl · Swiss news in
  English ...") or a service's line with its byline ("<Service> — health news from the Sahel ·
  Reporting by A B").

A sentence of news that opens alike stays: it goes on past the kind's shape, or has a verb the
shape has no room for ("Written by Ana Ruiz, the song became a hit.").
"""

from __future__ import annotations

import re

__all__ = ["is_page_kind", "is_profile_bio", "is_thread_prompt"]

_WORDS = 30
_NAME = r"(?:[A-ZÀ-ÞŁŚŻĆ][\w.'’-]*|(?:de|da|del|dos|van|von|der|al|el|bin|ibn|la|le))"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{1,3}}"
_PLATFORM = (
    r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|messenger|e-?mail|vk|vkontakte|threads"
    r"|bluesky|instagram|youtube|tiktok|viber|signal|reddit|pinterest|mastodon)"
)

# a byline with the role after the name: "Dana Holt Staff writer", "Ana Ruiz Live reporter"
# A person's name before a role: two or three capitalised words (a particle between them), none
# a function word: "Iran Frees Detained BBC Correspondent" and "Tribute To A Veteran Reporter"
# are headlines, not bylines.
_CAPITALISED = (
    r"(?!(?:To|A|An|The|Of|In|On|For|And|At|By|With|From|As|After)\b)[A-ZÀ-ÞŁŚŻĆ][\w.'’-]*"
)
_PARTICLE = r"(?:de|da|del|dos|van|von|der|al|el|bin|ibn|la|le)"
_PERSON = rf"{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)*{_CAPITALISED}){{1,2}}"
_ROLE_AFTER = re.compile(
    rf"^{_PERSON}\s+(?i:(?:staff|senior|chief|live|local\s+democracy|political|business|sports?"
    r"|health|courts?|crime|education|digital|trainee|junior|community|news|investigations?"
    r"|environment|transport|city\s+hall|data|breaking\s+news|general\s+assignment)\s+"
    r"(?:writer|reporter|correspondent|editor)|reporter|correspondent)$"
)
# a name and "writes" in a Nordic or Finnish page: "Jón Jónsson skrifar"
_WRITES = re.compile(rf"^{_NAMES}\s+(?i:skrifar|skriver|skriv|kirjoittaa|kirjoittanut)$")
# "Ana Ruiz reports for the Valley Ledger." (the present, a byline's: "Mr Evans wrote for the
# Financial Times." is an obituary's news)
_REPORTS_FOR = re.compile(
    rf"^{_NAMES}\s+(?:reports|writes)\s+for\s+(?:the\s+)?{_NAME}"
    rf"(?:\s+(?:{_NAME}|&|of)){{0,5}}\.?$"
)
# "Written by A B, urban planner and streetcar nerd." (a role's nouns after the comma, no clause:
# "Written by Paul Simon, it became a hit." is news)
_WRITTEN_BY = re.compile(
    rf"^(?i:written|posted|words)\s+(?i:by)\s+{_NAMES},\s+(?:(?:a|an)\s+)?"
    r"(?!(?:who|which|that|whose|whom|the|after|before|when|while|as|in|on|at|it|he|she|they|we"
    r"|its|his|her|their|this|these|those|there)\b)"
    r"[a-z][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[a-z][\w'’-]*){0,6}\.?$"
)

_SHARE = re.compile(
    r"^(?:share\s+on|deila\s+á|del\s+på|dela\s+på|teilen\s+auf|auf\s+\w+\s+teilen|delen\s+op"
    r"|partager\s+sur|compartir\s+en|compartilhar\s+no|condividi\s+su|udostępnij\s+na"
    r"|jaa\s+palvelussa)\s+" + _PLATFORM + r"$"
    # send it to a friend, share the story with others
    r"|^(?:send\s+to\s+a\s+friend|senda\s+á\s+vin|send\s+til\s+en\s+venn|skicka\s+till\s+en\s+vän"
    r"|an\s+einen\s+freund\s+senden|envoyer\s+à\s+un\s+ami|enviar\s+a\s+un\s+amigo"
    r"|del\s+(?:saken|artikkelen|historien)(?:\s+med\s+andre)?|dela\s+(?:artikeln|nyheten)"
    r"|del\s+artiklen|deila\s+(?:frétt(?:inni)?|greininni))$",
    re.I,
)
_FOLLOW = re.compile(
    r"^(?:seko\s+mums|sekite\s+mus|jälgi\s+meid|seuraa\s+meitä|folge\s+uns|folgt\s+uns"
    r"|volg\s+ons|suivez-nous|síguenos|seguinos|siga-nos|seguici|obserwuj\s+nas|fylgdu\s+okkur"
    r"|følg\s+oss|følg\s+os|följ\s+oss|подписывайтесь\s+на\s+нас|подписывайтесь"
    r"|bizi\s+takip\s+edin|izlemeye\s+devam)\s+(?:(?:on|in|auf|op|sur|en|no|su|na|á|på|в|i)\s+)?"
    + _PLATFORM
    + r"[-a-zA-Zа-я]*\s*[!.]?$",
    re.I,
)
_MORE_NEWS = (
    r"(?:more\s+news|fleiri\s+fréttir|flere\s+nyheter|fler\s+nyheter|flere\s+nyheder"
    r"|weitere\s+nachrichten|meer\s+nieuws|plus\s+d['’]actualités|más\s+noticias|mais\s+notícias"
    r"|altre\s+notizie|więcej\s+wiadomości|больше\s+новостей|більше\s+новин|više\s+vijesti"
    r"|lisää\s+uutisia|vairāk\s+ziņu|daugiau\s+naujienų|rohkem\s+uudiseid|digər\s+xəbərlər)"
)
_MORE = re.compile(
    rf"^{_MORE_NEWS}$"
    # "Больше новостей Алматы — в нашем канале в WhatsApp", "More news from the valley on our
    # Telegram channel"
    # (the platform where the news is, not how it will come: "More news on the recall will
    # come by email" is news)
    rf"|^{_MORE_NEWS}\b[^.!?]{{0,50}}\b(?:on|in|via|at|through|from|в|на|em|en|auf|sur|su|op|på)"
    rf"\s+(?:[\w'’]+\s+){{0,3}}{_PLATFORM}[.!]?$",
    re.I,
)
_READ_ON = re.compile(
    r"^(?:read\s+more\s+(?:on|at)|lees\s+(?:meer|verder)\s+op|läs\s+mer\s+på|les\s+mer\s+på"
    r"|læs\s+mere\s+på|lue\s+lisää|lire\s+la\s+suite\s+sur|lee\s+más\s+en|leer\s+más\s+en"
    r"|leia\s+mais\s+em|leggi\s+(?:di\s+più|tutto)\s+su|mehr\s+(?:dazu\s+)?(?:auf|bei))\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}/?$"
    r"|^read\s+more\s+at\s+our\s+(?:news\s+|media\s+)?partner\s*:\s+[^.!?]{2,60}$",
    re.I,
)
# "Meldingen van <Outlet>? Zet ze aan in onze app", "Alerts from <Outlet>? Turn them on in our
# app"
_ALERTS = re.compile(
    r"^(?:meldingen|pushmeldingen|pushberichten|notificaties|benachrichtigungen|push-mitteilungen"
    r"|notifications|alerts|breaking\s+news\s+alerts|notificaciones|notifiche|varsler|aviseringar"
    r"|notifikationer|ilmoitukset)\b[^.!?]{0,50}\?\s+"
    r"(?:zet\s+ze\s+aan|schakel\s+ze\s+in|aktivieren\s+sie\s+sie|turn\s+them\s+on|switch\s+them"
    r"\s+on|actívalas|attivale|slå\s+dem\s+på|aktivera\s+dem|ota\s+ne\s+käyttöön)"
    r"\s+(?:in|op|auf|en|nella|i|på|sovelluksessa)\s+(?:onze|our|unserer|nuestra|la\s+nostra"
    r"|vår|vores|the)?\s*app\.?$",
    re.I,
)
_REPRINT = (
    r"(?:republishing|republication|reproduction|reprinting|reposting|pārpublicēšana"
    r"|перепечатка|копирование|nachdruck|vervielfältigung|reproducción|riproduzione"
    r"|reprodução|przedruk|kopiowanie|eftertryk|ettertrykk|eftertryck|kopiointi)"
)
# What a republishing notice forbids to copy, or whose leave it needs: the page's own material,
# or its editors' or publisher's, or nothing named ("Reproduction of banknotes without
# authorisation is prohibited." is a law story's line).
_REPRINTED = (
    r"(?=.*?\b(?:material\w*|content\w*|articles?|texts?|photos?|pictures?|images?|this|these"
    r"|our|materiāl\w*|материал\w*|inhalt\w*|contenu\w*|contenido\w*|contenuto\w*|conteúdo\w*"
    r"|treści\w*|artykuł\w*|innehåll\w*|sisällö\w*|stoff\w*|redak\w*|редакц\w*|rédaction"
    r"|redacción|redazione|redação|editor\w*|publisher\w*|verlag\w*|udgiver\w*|utgiver\w*"
    r"|utgivar\w*|julkaisija\w*|wydawc\w*|издател\w*)\b"
    # or names nothing: "Reproduction without written permission is prohibited."
    rf"|(?:[\w'’-]+\s+){{0,2}}{_REPRINT}\s+(?:without|bez|без|ohne|sans|sin|senza|sem|uden|uten"
    r"|utan|ilman)\b)"
)
_REPUBLISH = re.compile(
    rf"^(?:{_REPRINTED}(?:[\w'’-]+\s+){{0,2}}{_REPRINT}\b[^.!?]{{0,60}}\b(?:without|bez|без|ohne|sans|sin|senza|sem"
    r"|uden|uten|utan|ilman)\b[^.!?]{0,50}\b(?:prohibited|forbidden|not\s+permitted|aizliegta"
    r"|aizliegts|запрещен[оа]?|untersagt|verboten|interdite?|prohibida|vietata|proibida"
    r"|zabronion[ey]|forbudt|förbjudet|kielletty)[.!]?"
    # a Chinese page's original-work notice: "本文由 <Outlet> 原创，转载请注明出处。"
    r"|(?:本文(?:由|系).{1,20}原创[，,。]?\s*)?(?:转载|轉載)请?(?:注明|註明)(?:出处|来源|出處|來源)[。.]?"
    r"|未经(?:授权|许可).{0,10}(?:禁止|不得)(?:转载|轉載)[。.]?)$",
    re.I,
)
_COMMENT_NOTE = re.compile(
    r"^(?:comments|replies|posts)\s+(?:are|remain)\s+(?:the\s+)?(?:sole\s+)?responsibility\s+of"
    r"\s+(?:those\s+who\s+(?:write|post)\s+them|(?:their|the)\s+(?:authors?|writers?|posters?))"
    r"\.?$"
    r"|^athugasemdir\s+eru\s+á\s+ábyrgð\s+þeirra\s+sem\s+þær\s+skrifa\.?$"
    r"|^(?:kommentarer|kommentare|kommentit|commentaires|comentarios)\s+(?:er|geben|ovat|sont"
    r"|son|reflejan)\b[^.!?]{0,40}\b(?:ansvar|verfasser|vastuulla|auteurs|autores)\b[^.!?]{0,30}"
    r"\.?$"
    r"|^please\s+(?:keep|be)\s+(?:(?:your\s+)?(?:replies|comments|posts|the\s+discussion)\s+)?"
    r"(?:respectful|civil|courteous|polite|kind|on[- ]topic)(?:\s+and\s+(?:respectful|civil"
    r"|courteous|polite|kind|on[- ]topic))?\.?$",
    re.I,
)
_OPINION_NOTE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}opinion\s+(?:pieces|columns|articles|essays)\s+(?:carry|reflect"
    r"|represent|express)\s+(?:only\s+)?(?:the\s+)?(?:named\s+)?(?:writer|author|columnist)s?"
    r"['’]?s?\s+(?:own\s+)?views(?:\s+only)?\.?$"
    # "【免责声明】本文仅代表作者个人观点，与本网无关。"
    r"|^[【\[]?免责声明[】\]]?.{0,60}$|^本文仅代表作者(?:个人)?观点.{0,30}$",
    re.I,
)
_VIEWS = re.compile(
    r"^(?:baxış\s+sayı|baxış|ko['’ʻ]rishlar\s+soni|просмотров|просмотры|переглядів|перегляди|wyświetleń|görüntülenme"
    r"|okunma|views|näyttökertoja|skatījumi|peržiūros|vaatamisi|zhlédnutí|megtekintés)\s*[:：]?\s*"
    r"\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*$",
    re.I,
)
_COUNTER_WORD = (
    r"(?:boosts?|reblogs?|favou?rites?|likes?|replies|reposts?|retweets?|quotes?|shares?"
    r"|comments?|views?)"
)
_COUNTERS = re.compile(
    rf"^\d[\d,.]*[KkMm]?\s+{_COUNTER_WORD}(?:(?:\s*[·|,]\s*|\s+)\d[\d,.]*[KkMm]?\s+{_COUNTER_WORD})+$"
    # a Korean portal's "추천 12 댓글 4" (recommend, comments, likes)
    r"|^(?:(?:추천|댓글|공감|좋아요|조회)\s*\d[\d,]*\s*){2,}$",
    re.I,
)
_EMBED_LINK = re.compile(
    r"^(?:open|view|see)\s+(?:this\s+)?(?:post|toot|thread|video|reel|tweet|status)\s+on\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*$",
    re.I,
)
# a short video's caption: its account, its words and hashtags, and the sound's note
_VIDEO_CAPTION = re.compile(r"^@[\w.]+\s.*♬.*$")

_FORWARD_HEAD = re.compile(
    r"^(?:cautionary\s+(?:note|statement|language)s?\s+(?:regarding|concerning|about|on|for)\s+)?"
    r"forward[- ]looking\s+(?:information|statements?)$|^safe\s+harbou?r\s+statement$",
    re.I,
)
_FORWARD = re.compile(r"\bforward[- ]looking\b[^!?]{0,200}\b(?:vary|differ)\s+materially\b", re.I)
_DISTRIBUTION = re.compile(
    r"^(?:distribution|jakelu|distribution\s+list)\s*:\s+[^!?]{2,120}"
    r"(?:\bmedia\b|\bwww\.|\bnasdaq\b|\bexchange\b|\bbörs\w*|\bpörssi\w*)[^!?]{0,80}$",
    re.I,
)
_DUTY = re.compile(
    r"^(?:this|tämä|denna|dette|diese)\s+(?:information|release|announcement|tiedote|tieto"
    r"|informasjon|meddelelse|meddelande|mitteilung)\b[^!?]{0,160}\b(?:market\s+abuse\s+regulation"
    r"|markkinoiden\s+väärinkäyttöasetu\w*|marknadsmissbruksförordning\w*|markedsmisbrugs"
    r"forordning\w*|markedsmisbruksforordning\w*|marktmissbrauchsverordnung)\b[^!?]{0,80}$",
    re.I,
)
_NORDIC_RELEASE = re.compile(
    r"^[^,.!?]{2,60},\s+(?:sisäpiiritieto|pörssitiedote|lehdistötiedote|yhtiötiedote|tiedote"
    r"|insiderinformation|pressmeddelande|börsmeddelande|inside\s+information|stock\s+exchange"
    r"\s+release|press\s+release|company\s+announcement|børsmelding|pressemelding"
    r"|selskabsmeddelelse)\s*,\s+\d{1,2}\.\d{1,2}\.\d{4}"
    r"(?:\s+(?:klo|kl\.?|at)\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s+[A-Z]{3,4})?)?$",
    re.I,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_SOURCE_STAMP = re.compile(
    rf"^{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?(?:\s+[A-Z]{{2,4}})?"
    r"\s*\|\s*Source\s*:\s*[^|!?]{2,60}$"
)
_FUNDER = re.compile(r"^(?:funders?|funded\s+by)\s*:\s+[^.!?;:]{2,80}$", re.I)
_HUB_NOTE = re.compile(
    r"^(?:news\s+)?releases?\s+(?:appear|are\s+(?:posted|published|shown|distributed|displayed))"
    r"\s+as\s+(?:sent|received|submitted|provided|supplied)\b[^!?]{0,120}$",
    re.I,
)

_GREETING = re.compile(
    r"^(?:hello|hi|hey|howdy|greetings|good\s+(?:morning|afternoon|evening)|welcome\s+back)"
    r"(?:\s+again)?,?\s+(?:(?:my\s+)?(?:dear\s+)?[\w'’-]+\s+){0,2}(?:lovers|readers|friends"
    r"|fans|folks|everyone|everybody|all|subscribers|builders|nerds|neighbou?rs|people"
    r"|listeners|members|enthusiasts|watchers|insiders|y['’]all)\s*[—–-]?\s*[!.,]?$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^that['’]s\s+(?:it|all)\s+(?:from\s+(?:me|us)|for\s+(?:this\s+(?:week|issue|edition)"
    r"|now))(?:\s+(?:until|till|for)\s+(?:next\s+\w+|tomorrow|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|\s+this\s+week)?\s*[.!—–-]?$",
    re.I,
)
_FORWARDED = re.compile(
    r"^(?:(?:someone|a\s+friend|somebody)\s+(?:shared|forwarded|sent|passed)\s+this"
    r"(?:\s+(?:on|along))?(?:\s+(?:with|to)\s+you)?|forwarded\s+this|was\s+this\s+forwarded\s+to"
    r"\s+you)\s*\?\s+\S[^!?]{0,120}[.!]?$",
    re.I,
)
_FREE_BRIEFING = re.compile(
    r"\b(?:briefing|newsletter|e-?mail|digest|bulletin)\s+is\s+free\s*[—–:,-]\s*"
    r"(?:register|sign\s+up|subscribe)\s+(?:here\s+)?(?:to\s+(?:receive|get)\s+it|now|here)\.?$",
    re.I,
)
_WAKE_UP = re.compile(
    r"^(?:despertá|despierta|despiértate|wake\s+up)\s+(?:con|with|to)\s+[^:]{2,50}:\s+[^.!?]{0,40}"
    r"\b(?:noticias|news|stories|headlines)\b[^.!?]{0,50}$",
    re.I,
)
_TRANSCRIPT = re.compile(
    r"^(?:this\s+)?transcripts?\s*(?::|\s+(?:is|was|has\s+been))\s*[^!?]{0,30}\b(?:machine"
    r"|automated|automatically|auto-generated|computer|ai|speech-to-text|lightly\s+(?:checked"
    r"|edited)|not\s+(?:been\s+)?(?:checked|edited|proofread))\b[^!?]{0,80}$",
    re.I,
)
_LISTENER_ASK = re.compile(
    r"^[\w .&'’-]{2,40}\s+is\s+(?:listener|reader|viewer|member|community)[- ](?:supported"
    r"|funded|powered)\.\s+(?:make|give|donate|support\s+(?:us|our|the|\w+\s+today)|become|chip"
    r"|please|join)\b[^?]{0,120}$",
    re.I,
)
_PATREON = re.compile(
    r"^(?:support\s+us|apóyanos|apoyanos|soutenez-nous|unterstütze\s+uns|unterstützt\s+uns"
    r"|steun\s+ons|sostienici|apoie-nos|wesprzyj\s+nas|tue\s+meitä|stöd\s+oss|støtt\s+oss)\s+"
    r"(?:on|en|sur|auf|op|su|no|na|via|через)\s+(?:patreon|ko-fi|buy\s+me\s+a\s+coffee|steady"
    r"|apoia\.se|substack|liberapay)\b[^?]{0,80}$",
    re.I,
)
_TRANSLATED = re.compile(
    r"^(?:the\s+)?interview\s+(?:was\s+)?conducted\s+in\s+[A-Z][\w-]+\s+and\s+translated\b"
    r"[^!?]{0,60}$",
    re.I,
)
_BOX_LABEL = re.compile(
    r"^(?:map|chart|table|factbox|fact\s+box|scorecard|timeline|interactive|infographic"
    r"|data\s+table)\s*:\s+[^.!?]{3,100}$"
    # a statistics box's source; with figures it is a box score, the game's facts
    r"|^stats\s*:\s+[^.!?\d]{3,100}$",
    re.I,
)
_TEASER = re.compile(
    r"^(?:go\s+deeper|dig\s+deeper|listen\s+again|watch\s+again|catch\s+up|keep\s+reading"
    r"|more\s+(?:explainers|stories|coverage|analysis|features|interviews|videos?|podcasts?"
    r"|reading)|(?:the\s+)?series\s+continues\s+(?:on\s+)?(?:\w+day|tomorrow|next\s+week)"
    r"|most\s+(?:read|popular|viewed|shared)\s+(?:on|at|in)\s+[^:]{2,40}|newsletter)\s*:\s+"
    r"[^.!?]{3,120}$"
    # a label and where the list is: "Teams and scorers: full line-ups below"
    r"|^[^.!?:]{2,40}:\s+full\s+(?:line-?ups?|teams|squads|results|scorecard|table|list"
    r"|details)\s+(?:below|above)\.?$"
    # the desk to write to: "Corrections or tips: the desk on <Street> answers weekdays",
    # "Letters: write to the editor at ..."; a service page: "... opening times: see the
    # <Paper> service page"
    r"|^(?:corrections?\s+(?:or|and|&)\s+tips?|tips?\s+(?:or|and|&)\s+corrections?)\s*:\s"
    r"[^!?]{3,100}$"
    r"|^(?:letters(?:\s+to\s+the\s+editor)?|leserbriefe|lettres|cartas(?:\s+al\s+director)?"
    r"|insändare)\s*:\s+(?:write|send|e-?mail)\s+(?:to|us)\b[^!?]{0,100}$"
    r"|^[^.!?:]{3,60}:\s+see\s+(?:the|our)\s+[^.!?:]{0,40}\b(?:service|help|information|info)"
    r"\s+page\.?$",
    re.I,
)
_OUR_TOOL = (
    r"our\s+(?:[\w-]+\s+){0,2}(?:guide|planner|tool|map|calculator|tracker|database|finder"
    r"|checker|explorer)s?"
)
_TOOLS = re.compile(
    rf"^(?:check|compare|find|see|browse|track|search)\b[^.!?]{{0,60}}\b(?:on|in|with|using)\s+"
    rf"{_OUR_TOOL}\.?$"
    rf"|^[^.!?]{{3,50}}\?\s+(?:check|compare|find|see|browse|track|search)\b[^.!?]{{0,60}}\b"
    rf"(?:on|in|with|using)\s+{_OUR_TOOL}\.?$"
    r"|^save\s+this\s+(?:long\s+read|article|story|piece|feature)\b[^!?]{0,50}\b(?:reading\s+list"
    r"|later|bookmarks?)\b[^!?]{0,20}$",
    re.I,
)
_LIKED = re.compile(
    r"^(?:did\s+you\s+)?(?:like|enjoy|enjoyed|liked|love|loved)\s+this\s+(?:story|article|piece"
    r"|post|newsletter|read)\?\s+\S[^!?]{0,100}$",
    re.I,
)
_SUBSCRIBERS = re.compile(
    r"^full\s+(?:text|story|article|version)\s+(?:for|is\s+for|available\s+to)\s+[^;.!?]{0,40}"
    r"\bsubscribers\b[^!?]{0,60}$"
    r"|^[^.!?:]{0,40}\be-?edition\s+readers\s*:\s+[^!?]{3,80}$",
    re.I,
)
_DELAYED = re.compile(
    r"^(?:stock\s+|share\s+)?(?:prices?|quotes?|market\s+data|figures)\s+(?:shown\s+)?"
    r"(?:may\s+)?(?:be\s+)?(?:lag|delayed)\b[^!?]{0,30}\b\d+\s+minutes\b"
    r"(?:[;,.]\s*[^!?]{0,60}|\s+or\s+more\.?)?\.?$",
    re.I,
)
_AFFILIATE = re.compile(
    r"^(?:products?|items?|links?|purchases?)\s+(?:linked|listed|featured|mentioned)\s+(?:here"
    r"|on\s+this\s+page|in\s+this\s+(?:article|story|post))\s+may\s+earn\s+[^!?]{1,60}"
    r"\bcommission\.?$",
    re.I,
)
_AFFILIATE_ABROAD = re.compile(
    r"^[^!?]{0,80}\b(?:may\s+(?:earn|receive)|può\s+ricevere|puede\s+recibir|peut\s+recevoir"
    r"|pode\s+receber|kann\s+(?:eine\s+)?provision\s+erhalten)\s+(?:a\s+|una\s+|une\s+|uma\s+)?"
    r"(?:commission|commissione|comisión|provision|comissão)\b[^!?]{0,40}\b(?:links?|purchases"
    r"|acquisti|compras|achats|käufe)\b[^!?]{0,40}$",
    re.I,
)
_CLOCK_NOTE = re.compile(
    r"^[^.!?·|]{3,80}\s+[·|]\s+(?:the\s+)?(?:clock|times?)\s+(?:shows?|shown\s+in|are\s+in|in)"
    r"\s+[A-Z]{2,5}$"
)
# a live score ticker: a league, two teams and their scores, the inning or period (a game still
# on: "NBA: Celtics 112, Knicks 104 — final" is a result, news in a results story)
_TICKER = re.compile(
    r"^[A-Z]{2,5}\s*:\s+[A-Z][\w.'’ -]{1,30}\s+\d{1,3},\s+[A-Z][\w.'’ -]{1,30}\s+\d{1,3}\s+[—–-]\s+"
    r"(?:(?:top|bot|bottom|mid|end|middle)\s+\d{1,2}(?:st|nd|rd|th)|(?:q|p)\d|\d(?:st|nd|rd|th)"
    r"\s+(?:quarter|period|half)|ht|half-?time)$",
    re.I,
)
_ABOUT_AGO = re.compile(
    r"^(?:about|around|roughly|nearly|over|almost)\s+(?:an?|\d{1,2})\s+(?:minutes?|hours?|days?"
    r"|mins?|hrs?)\s+ago$",
    re.I,
)
_ISSUE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Spring|Summer|Autumn|Fall|Winter)(?:/(?:[A-Z][a-z]+))?\s+\d{4}\s+Issue)$"
)
_DESK_INITIALS = re.compile(r"^[A-Za-z]{2,5}(?:/[a-z]{2,4}){1,4}\s+[·|]\s+[^.!?]{3,60}$")
_SERVICE_BYLINE = re.compile(
    rf"^[^.!?·|]{{2,70}}\s+[·|]\s+(?:reporting|words|text|story)\s+by\s+{_NAMES}$", re.I
)

# a picture's credit after a slash: "Mynd/Vilhelm", "Foto/Anna Berg"
_SLASH_CREDIT = re.compile(
    r"^(?:mynd|myndir|ljósmynd|foto|photo|bild|kuva|billede|zdjęcie)\s*/\s*[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?$",
    re.I,
)
# a republished post's note: "Originally published at <domain> on June 4, 2040."
_ORIGINALLY = re.compile(
    r"^(?:originally\s+(?:published|posted|appeared)|first\s+published)\s+(?:at|on|in)\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}\S*(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},"
    r"\s+\d{4}|\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\.?$",
    re.I,
)
# a writer's post paid by a scheme: "A B's post is part of a <body>-funded scheme placing
# reporters in councils." (a reporter's: "Dr A B's post is funded by a national scheme to bring
# doctors to rural clinics." is news)
_SCHEME = re.compile(
    r"^(?=.*\b(?i:reporters?|reporting|journalis\w+|newsrooms?)\b)"
    rf"{_NAMES}['’]s?\s+(?:post|role|job|position|reporting)\s+is\s+(?:part\s+of|funded"
    r"\s+(?:by|through))\s+(?:a|an|the)\s+[^!?]{0,80}\bscheme\b[^!?]{0,80}\.?$"
)
# a live page's "follow the game play by play" in its language
_FOLLOW_LIVE = re.compile(
    r"^(?:sigue|seguí|segui|follow|suivez|acompanhe|volg|verfolgen\s+sie|folgen\s+sie)\s+"
    r"[^.!?]{1,40}?\s+(?:jugada\s+a\s+jugada|minuto\s+a\s+minuto|en\s+directo|en\s+vivo"
    r"|play[- ]by[- ]play|minute[- ]by[- ]minute|en\s+direct|in\s+diretta|ao\s+vivo"
    r"|minuut\s+voor\s+minuut|live\s+im\s+ticker|im\s+liveticker)$",
    re.I,
)
# an event page's state and calendar buttons, an obituary's actions and its run of dates
_EVENT = re.compile(
    r"^this\s+event\s+(?:has\s+(?:passed|ended|been\s+cancell?ed)|is\s+over)\.?$"
    r"|^\+?\s*(?:add\s+to\s+)?(?:google\s+calendar|icalendar|ical|outlook(?:\s+calendar)?"
    r"|apple\s+calendar|my\s+calendar)$|^export\s+(?:\.ics|ics|event)(?:\s+file)?$",
    re.I,
)
_OBITUARY = re.compile(
    r"^(?:send\s+flowers|light\s+a\s+candle|sign\s+(?:the\s+)?guest\s*book|plant\s+(?:a\s+)?trees?"
    r"|share\s+a\s+memory|leave\s+a\s+condolence|send\s+(?:a\s+)?condolences?|view\s+(?:the\s+)?"
    r"guest\s*book|offer\s+condolences)$"
    rf"|^published\s+(?:by|in|on)\s+[^.!?]{{2,60}}?\s+from\s+{_MONTH}\s+\d{{1,2}}"
    rf"(?:,\s+\d{{4}})?\s+to\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$"
    r"|^to\s+(?:plant\s+(?:a\s+)?trees?|send\s+flowers)\s+in\s+memory\b[^!?]{0,80}\bplease\s+"
    r"visit\b[^!?]{0,60}$",
    re.I,
)

# a paywall's lines in the page's language
_PAYWALL = re.compile(
    r"^(?:this\s+(?:content|article|story)\s+is\s+(?:exclusive\s+to|reserved\s+for|only\s+for"
    r"|for)\s+[^.!?]{0,40}\bsubscribers|cet\s+article\s+est\s+réservé\s+(?:à\s+nos|aux)\s+abonnés"
    r"|denne\s+artikkelen\s+er\s+(?:kun\s+)?for\s+abonnenter|denna\s+artikel\s+är\s+(?:endast\s+)?"
    r"för\s+prenumeranter|dieser\s+artikel\s+ist\s+(?:nur\s+)?für\s+abonnenten|este\s+(?:contenido"
    r"|artículo)\s+es\s+exclusivo\s+para\s+suscriptores|kjøp\s+abonnement\s+for\s+å\s+lese"
    r"(?:\s+hele\s+saken)?)\b[^!?]{0,20}[.!]?(?:\s+(?:déjà\s+abonné|already\s+a\s+subscriber"
    r"|allerede\s+abonnent|redan\s+prenumerant|schon\s+abonnent|ya\s+eres\s+suscriptor)\s*\?"
    r"[^!?]{0,30})?$"
    r"|^(?:déjà\s+abonné|allerede\s+abonnent|redan\s+prenumerant|schon\s+abonnent(?:in)?"
    r"|ya\s+eres\s+suscriptor|já\s+é\s+assinante|già\s+abbonato)\s*\?(?:\s+[^!?]{0,30})?$",
    re.I,
)
# a link to the piece in another language: "Lue tämä juttu suomeksi.", "Darllenwch yn
# Gymraeg", "Baca dalam Bahasa Malaysia", "Svensk version av artikeln finns här", "Read this
# story in French"
_OTHER_LANGUAGE = re.compile(
    r"^(?:lue\s+(?:tämä\s+)?(?:juttu|artikkeli|uutinen)\s+(?:suomeksi|ruotsiksi|englanniksi)"
    r"|darllenwch\s+(?:hwn\s+)?yn\s+gymraeg|read\s+(?:this\s+(?:story|article)\s+)?in\s+welsh"
    r"|baca\s+(?:dalam|dalam\s+versi)\s+bahasa\s+(?:malaysia|melayu|inggeris|indonesia|inggris)"
    r"|(?:svensk|norsk|dansk|finsk|engelsk)\s+version\s+av\s+(?:artikeln|artikkelen|artiklen)"
    r"\s+finns\s+här|read\s+this\s+(?:story|article|piece)\s+in\s+[A-Z][a-z]+"
    r"|lee\s+(?:esta\s+nota|este\s+artículo)\s+en\s+(?:inglés|español|portugués)"
    r"|lire\s+cet\s+article\s+en\s+(?:anglais|français))\.?$",
    re.I,
)
# a thread's and a comment form's notes
_THREAD = re.compile(
    r"^(?:be\s+the\s+first\s+to\s+comment|your\s+comment\s+will\s+be\s+(?:published|posted"
    r"|visible)\s+after\s+(?:moderation|approval|review)(?:\.\s+please\s+keep\s+it\s+"
    r"(?:civil|respectful|polite))?|comments\s+(?:will\s+be|are)\s+moderated(?:\.\s+[^?]{0,200})?"
    r"|if\s+you\s+(?:notice|spot|find|see)\s+an?\s+(?:error|mistake|typo)\b[^!?]{0,80}\bctrl\s*\+"
    r"\s*enter\b[^!?]{0,60})[.!]?$",
    re.I,
)
# a release's own notes: its republishing licence, its machine translation, its distributor,
# its end, its press contact and its label with the date
_RELEASE_NOTES = re.compile(
    r"^(?:republish\s+this\s+(?:article|story|piece)\b[^!?]{0,100}"
    r"|this\s+is\s+an?\s+(?:machine|automatic|automated)\s+translation\s+of\s+[^!?]{2,80}"
    # "Distributed by <Wire> on behalf of <Company>." (names only)
    r"|distributed\s+by\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,4}\s+on\s+behalf\s+of"
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|of|&|and)){0,6}"
    r"|distribution\s+channels\s*:\s+[^!?]{2,160}"
    r"|[-–—#]*\s*ends\s*[-–—#]*"
    r"|for\s+(?:media|press)\s+(?:enquiries|inquiries)\s*,?\s+(?:contact|call|e-?mail|write\s+to)"
    r"\b[^!?]{2,100}"
    r"|(?:nieuwsbericht|persbericht|news\s+item|press\s+release|pressemitteilung|communiqué"
    r"|tiedote|pressmeddelande)\s*[|·]\s*\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    r")\.?$"
    # a contact row naming an office, no sentence: "Inquiries: Parks Division, City Bureau"
    r"|^(?:inquiries|enquiries|contact|media\s+contact|press\s+contact)\s*:\s+[^.!?]{0,80}\b"
    r"(?:division|department|office|bureau|team|unit|section|secretariat|desk)\b[^.!?]{0,60}$",
    re.I,
)
# a sponsor's label and its line, in the page's language
_SPONSORED = re.compile(
    r"^(?:contenido\s+patrocinado|contenu\s+sponsorisé|conteúdo\s+patrocinado|contenuto"
    r"\s+sponsorizzato|gesponserter\s+inhalt|sponsored\s+content)$"
    r"|^(?:publicité|publicidad|anzeige|annonse|reklame|mainos)\s*:\s+[^!?]{2,100}$"
    r"|^(?:partenaire|sponsor|partner)\s+(?:de\s+cette\s+(?:édition|infolettre)|of\s+(?:this|today['’]s)"
    r"\s+(?:edition|issue|newsletter))\s*:\s+[^!?]{2,120}$",
    re.I,
)
# a newsletter's or a story's ask, in the page's language: "Infolettre : recevez chaque matin
# ...", "Vous avez aimé cet article ? Partagez-le !", "Vous aimez nos reportages ? Soutenez le
# journalisme indépendant.", "Thanks for following <Station> news."
_ASKS_ABROAD = re.compile(
    r"^(?:infolettre|newsletter|boletín|bulletin)\s*:\s+(?:recevez|inscrivez-vous|abonnez-vous"
    r"|recibe|suscríbete|get|sign\s+up|subscribe)\b[^!?]{0,120}$"
    r"|^(?:vous\s+avez\s+aimé\s+cet\s+article|vous\s+aimez\s+nos\s+(?:reportages|articles"
    r"|contenus)|¿te\s+gustó\s+(?:esta\s+nota|este\s+artículo)|hat\s+ihnen\s+(?:dieser|der)"
    r"\s+artikel\s+gefallen|gostou\s+(?:desta\s+matéria|deste\s+artigo))\s*\?\s+[^?]{2,80}$"
    r"|^(?:thanks?|thank\s+you|fa['’]afetai|merci|gracias|danke|obrigad[oa])\s+for\s+(?:following"
    r"|reading|watching|listening\s+to)\s+[^.!?]{2,40}\b(?:news|updates|coverage|newsletter)"
    r"[.!]?$"
    r"|^[^.!?]{2,50}\s+is\s+free\s+to\s+read\s+(?:because|thanks\s+to)\s+[^.!?]{2,80}\.\s+"
    r"(?:give|donate|chip\s+in|support|join)\b[^?]{0,60}$",
    re.I,
)
# a reference's label before an author-year entry: "Original publication: Hofer, L. et al.
# (2034). ...", "Referencia: Díaz, M., ... (2034). ..."; an image's label with its credit
_REFERENCE = re.compile(
    r"^(?:original\s+publication|publication|referencia|référence|referenz|riferimento"
    r"|referência)\s*:\s+[^!?]{2,200}\(\d{4}\)[^!?]{0,160}$"
    r"|^(?:imagen|image|imagem|immagine|bild)\s*:\s+[^!?]{2,120}\b(?:crédito|credit|crédit"
    r"|créditos|credito)\s*:\s*[^!?]{2,60}$",
    re.I,
)
_MORE_BYLINES = re.compile(
    # "By our Avissawella correspondent", "Staff writer, with CNA", "Local Democracy
    # Reporter·<Paper>·", "EXPRESS NEWS SERVICE @ Chennai"
    r"^(?i:by\s+our)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:correspondent|reporter|staff\s+writer)$"
    r"|^(?i:staff\s+(?:writer|reporter)|reporter|correspondent)s?,?\s+(?i:with)\s+[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*){0,3}$"
    r"|^(?i:(?:local\s+democracy|staff|senior|chief)\s+(?:reporter|writer|correspondent))\s*·"
    r"\s*[^.!?·]{2,40}·?$"
    r"|^(?:[A-Z]+\s+){0,3}NEWS\s+SERVICE\s*(?:@|,|-|–)\s*[A-Z][\w ]{1,30}$"
    # an app's "short by A B / 10:14 am on 13 Mar 2034,Monday"
    rf"|^[a-z]+\s+by\s+{_NAMES}\s*/\s*\d{{1,2}}:\d{{2}}\s*[ap]m\s+on\s+\d{{1,2}}\s+[A-Z][a-z]{{2}}"
    r"\s+\d{4}\b[^.!?]{0,12}$"
    # "Mar 9, 2034 - 2 mins read"
    rf"|^{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*[-–·|]\s*\d{{1,2}}\s*mins?\.?\s+read$"
    r"|^(?i:flipped\s+(?:by|into))\s+[^.!?]{2,40}$"
    r"|^(?i:(?:conozca|conheça|découvrez|learn\s+more\s+about|about)\s+the\s+trust\s+project)$"
)
# a newsletter's sign-off with its extra words: "That's the lot for this week — tips go straight
# to me if you hit reply. — Yulia", "That's it for this week. If someone forwarded this to you,
# ..."
_SIGN_OFF_LONG = re.compile(
    r"^that['’]s\s+(?:it|all|the\s+lot|a\s+wrap)\s+for\s+(?:this\s+(?:week|issue|edition)"
    r"|today)\s*[.!—–-]\s+[^?]{0,100}\b(?:reply|forwarded|inbox|subscribe|sign\s+up|next\s+"
    r"(?:week|one|issue))\b[^?]{0,140}$",
    re.I,
)

# an issue's greeting with its number: "Hi friends 👋 Welcome to issue 48 of <Letter>, ..."
_ISSUE_GREETING = re.compile(
    r"^(?:hi|hello|hey|howdy|good\s+morning)\s+(?:friends|all|everyone|folks|readers)\b[^\w]{0,6}"
    r"welcome\s+to\s+(?:issue|edition|no\.?)\s*#?\d+\b[^?]{0,300}$",
    re.I,
)
_APP_READ = re.compile(
    r"^continue\s+reading\s+(?:this\s+(?:post|article|story)\s+)?(?:for\s+free\s+)?(?:in|on)\s+"
    r"(?:the|our)\s+[\w-]+\s+app\.?$",
    re.I,
)
# a greeting to the letter's readers in the page's language: "Magandang umaga, mga ka-Pasada!",
# "Buenos días, queridos lectores", "Bonjour chers abonnés"
_GREETING_ABROAD = re.compile(
    r"^(?:buenos\s+días|buenas\s+(?:tardes|noches)|bonjour|bonsoir|guten\s+(?:morgen|tag|abend)"
    r"|bom\s+dia|boa\s+tarde|buongiorno|buonasera|goedemorgen|goedenavond|god\s+morgen"
    r"|magandang\s+(?:umaga|hapon|gabi)|selamat\s+(?:pagi|siang|sore)|dzień\s+dobry|hyvää"
    r"\s+huomenta|dobro\s+jutro)\s*,?\s+(?:(?:queridos?|queridas?|chers?|chères?|liebe|caros?"
    r"|caras?|cari|care|beste|mga|kära|drodzy)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*[!,.—–-]?$",
    re.I,
)
# a picture's note that it only illustrates, in the page's language
_ILLUSTRATIVE = re.compile(
    r"^(?:(?:our\s+)?(?:featured|main|top)\s+(?:image|photo|picture)\s+is\s+(?:an?\s+)?"
    r"illustrat\w+|kiemelt\s+képünk\s+illusztráció|illustrative\s+(?:image|photo|picture)"
    r"|(?:image|photo|picture)\s+(?:is\s+)?(?:for\s+illustration(?:\s+purposes)?(?:\s+only)?"
    r"|used\s+for\s+illustration)|imagen\s+ilustrativa|foto\s+ilustrativa|image\s+d['’]illustration"
    r"|photo\s+d['’]illustration|symbolbild|foto\s+di\s+repertorio|ilustračn[ií]\s+foto"
    r"|zdjęcie\s+ilustracyjne|illustratiebeeld|illustrasjonsfoto|arkivbild)\.?$",
    re.I,
)
# a topic page's labels: "Part of: Transport, Islands", "Themes: Agriculture, Food"
_TOPICS = re.compile(
    r"^(?:part\s+of|themes?|topics?|filed\s+under|categories|category)\s*:\s+[^.!?]{2,80}$",
    re.I,
)
_OFFERS = re.compile(
    r"^(?:découvrez|see|discover|descubre|conheça|entdecken\s+sie|scopri)\s+(?:nos|our|nuestras"
    r"|nossas|unsere|le\s+nostre)\s+(?:offres|offers|ofertas|angebote|offerte)\b[^!?]{0,60}$"
    r"|^(?:give|donate)\s+(?:now|today)$"
    r"|^you\s+(?:are|['’]re)\s+receiving\s+this\s+(?:e-?mail\s+|newsletter\s+)?because\b[^?]{0,200}$"
    r"|^the\s+(?:article|post)\s+[^\n]{5,200}?\s+was\s+first\s+published\s+on\s+[^.!?]{2,60}\.?$"
    r"|^[^?]{5,200}\.\s+book\s+your\s+(?:pass|passes|ticket|tickets|seat|place|spot)\s+(?:now"
    r"|today)[.!]?$",
    re.I,
)
# a writing platform's pledge footer: "... you can tell <Letter> that their writing is valuable
# by pledging a future subscription."
_PLEDGE = re.compile(
    r"^[^?]{0,160}\bthat\s+(?:their|his|her|your)\s+writing\s+is\s+valuable\s+by\s+pledging\s+a"
    r"\s+(?:future\s+)?subscription\b[^?]{0,80}$",
    re.I,
)
_LONG_KINDS = (_PLEDGE, _OFFERS, _APP_READ, _SIGN_OFF_LONG, _THREAD, _ISSUE_GREETING)
_LONG_WORDS = 70

_KINDS = (
    _GREETING_ABROAD,
    _ILLUSTRATIVE,
    _TOPICS,
    _PAYWALL,
    _OTHER_LANGUAGE,
    _RELEASE_NOTES,
    _SPONSORED,
    _ASKS_ABROAD,
    _REFERENCE,
    _MORE_BYLINES,
    _AFFILIATE_ABROAD,
    _SLASH_CREDIT,
    _ORIGINALLY,
    _SCHEME,
    _FOLLOW_LIVE,
    _EVENT,
    _OBITUARY,
    _ROLE_AFTER,
    _WRITES,
    _REPORTS_FOR,
    _WRITTEN_BY,
    _SHARE,
    _FOLLOW,
    _MORE,
    _READ_ON,
    _ALERTS,
    _REPUBLISH,
    _COMMENT_NOTE,
    _OPINION_NOTE,
    _VIEWS,
    _COUNTERS,
    _EMBED_LINK,
    _VIDEO_CAPTION,
    _FORWARD_HEAD,
    _DISTRIBUTION,
    _DUTY,
    _NORDIC_RELEASE,
    _SOURCE_STAMP,
    _FUNDER,
    _HUB_NOTE,
    _GREETING,
    _SIGN_OFF,
    _FORWARDED,
    _WAKE_UP,
    _TRANSCRIPT,
    _LISTENER_ASK,
    _PATREON,
    _TRANSLATED,
    _BOX_LABEL,
    _TEASER,
    _TOOLS,
    _LIKED,
    _SUBSCRIBERS,
    _DELAYED,
    _AFFILIATE,
    _CLOCK_NOTE,
    _TICKER,
    _ABOUT_AGO,
    _ISSUE,
    _DESK_INITIALS,
    _SERVICE_BYLINE,
)
_NOTE_WORDS = 45  # a release's forward-looking sentence


# A writing platform's profile after a post: a role without a verb, maybe where, then a short
# tagline ("Staff engineer at Brightline. Builds things that build things.", "Backend engineer
# in Kharkiv. Writing about public transport software.", "Co-founder, operations lead.
# Kigali."); asked only of a line after the text with nothing but chrome after it.
_PROFILE = re.compile(
    r"^(?:(?:senior|staff|lead|principal|chief|backend|frontend|front-end|full-stack|software"
    r"|data|urban|transport|freelance|former|product|climate|policy)\s+)*(?:engineer|developer"
    r"|designer|urbanist|co-?founder|founder|researcher|planner|economist|analyst|scientist"
    r"|consultant|manager|maker|builder|hacker|tinkerer)(?:,\s+[a-z][\w\s-]{2,30})?"
    r"(?:\s+(?:at|in|from)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?\."
    r"(?:\s+[^.!?]{2,60}[.!])?$",
    re.I,
)
_PROFILE_WORDS = 16


# a thread's prompt, asked like a label: after the text, with only chrome after it
_THREAD_PROMPT = re.compile(
    r"^(?:what\s+do\s+you\s+think|what['’]s\s+your\s+(?:view|take|opinion)|have\s+your\s+say"
    r"|join\s+the\s+(?:conversation|discussion)|¿qué\s+opinas|qu['’]en\s+pensez-vous"
    r"|was\s+meinen\s+sie|wat\s+vind\s+jij|o\s+que\s+você\s+acha)\s*[?!.]?$",
    re.I,
)


def is_thread_prompt(text: str) -> bool:
    """A comment thread's prompt ("What do you think?"), by its words alone; where it sits is for
    the caller to judge (an essay may ask its reader so between paragraphs)."""
    return bool(_THREAD_PROMPT.match(text.strip()))


def is_profile_bio(text: str) -> bool:
    """A writing platform's profile of the writer (see ``_PROFILE``), by its shape alone; where it
    sits is for the caller to judge."""
    line = text.strip()
    return len(line.split()) <= _PROFILE_WORDS and bool(_PROFILE.match(line))


def is_page_kind(text: str) -> bool:
    """Whether ``text`` is a whole line of one of the module's kinds."""
    line = text.strip()
    if not line:
        return False
    words = len(line.split())
    if words <= _NOTE_WORDS and _FORWARD.search(line):
        return True
    if _FREE_BRIEFING.search(line) and words <= _WORDS:
        return True
    if words <= _LONG_WORDS and any(kind.match(line) for kind in _LONG_KINDS):
        return True
    if words > _WORDS:
        return False
    return any(kind.match(line) for kind in _KINDS)
