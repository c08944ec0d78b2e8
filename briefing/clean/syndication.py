"""Lines that publishing platforms and aggregators put around an article, in the wordings their
templates use (no one site's string: each is the default text of a platform many sites run on,
or a shape such lines share):

- a feed item's footer: "The post <title> appeared first on <site>." (a blog platform's default
  feed footer), "This article was originally published on <site>. Read the original article.",
  "This story originally appeared in <site>: ...", "Read the original article"; the same footer
  in the platform's translations ("L'article ... est apparu en premier sur <site>.", "O post ...
  apareceu primeiro em <site>.", "Запись ... впервые появилась <site>.");
- an aggregator's item rows: "Article URL: https://...", "Comments URL: ...", "Points: 12",
  "submitted by /u/name [link] [comments]";
- a player's or a page's fallback text: "This video can not be played", "Sorry, your browser
  does not support video.", "Please enable JavaScript to view ...";
- a blog's comment form and like widget: "Your email address will not be published. Required
  fields are marked *", "Like this: Like Loading...";
- a paywall said about the article: "This article is for subscribers only.", "You have reached
  your limit of free articles this month.";
- a developing story's note: "This is a developing story. Check back for updates.";
- a photo agency's credit alone on a line: "Getty Images", "AFP via Getty Images".

``clean.is_boilerplate`` asks :func:`is_syndication_note`; a feed footer goes even when the
title it quotes has an attribution verb in it ("The post Mayor says fares will rise appeared
first on ...").
"""

from __future__ import annotations

import re

from briefing.clean.matching import gated

__all__ = ["is_bare_stamp", "is_feed_footer", "is_syndication_note", "is_writer_note"]

MAX_WORDS = 40

# "The post <title> appeared first on <site>." and the republication notes: "This article was
# originally published on The Conversation.", "This story originally appeared in Grist and is
# republished here ...", "Originally published at ...", "Read the original article."
_FOOTER = re.compile(
    # (a theme's "The entry <title> appeared first on <site>." too)
    r"^the\s+(?:post|entry)\s+.{1,300}?\s+(?:appeared\s+first|first\s+appeared)\s+on\s+"
    r"(?:the\s+)?(?-i:[A-Z0-9])"
    # "Continue reading <title> at <site>.", "Continue reading on <site> website »", a blog
    # platform's "Read more" in its feeds
    r"|^(?:continue|keep)\s+reading(?:\s*(?:…|\.{3}|[→»›>])|\s*$"
    r"|(?:\s.{1,200})?\s(?:at|on)\s+(?:the\s+)?(?-i:[A-Z0-9])[^.!?]{0,80}(?:\.|\s*[→»›>])?$)"
    # a publishing platform's footer naming the publication on it: "First posted in <Name>, a
    # Medium publication. Clap or respond there."
    r"|^(?:first|originally)\s+(?:published|posted|appeared)\s+in\s+[^.!?]{1,60},\s+a\s+"
    r"(?:medium|substack|ghost)\s+(?:publication|newsletter)\b"
    # "This entry was posted in <category> and tagged <tags>. Bookmark the permalink."
    r"|^this\s+entry\s+was\s+posted\s+in\b"
    # ... a publication after the preposition: a name or a site ("in 2015" is news)
    r"|^(?:this|the\s+above)\s+(?:article|story|post|piece|report|column|essay|content|item)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+|first\s+|also\s+)*(?:originally\s+|first\s+)"
    r"(?:published|appeared|ran|posted)\s+(?:on|in|by|at|with)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])|[\w-]+\.[a-z]{2,})"
    # "Originally published at site.example on 1 May." (not "Originally published in Spanish,
    # the novel ...": the note ends the line)
    r"|^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:on|in|at|by)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])|[\w-]+\.[a-z]{2,})[^,;]{0,60}$"
    r"|^(?:this\s+(?:article|story)\s+is\s+)?republished\s+(?:here\s+)?(?:from|with\s+permission"
    r"|under\s+a\s+creative\s+commons)\b"
    r"|^read\s+the\s+original\s+(?:article|story|post)\b"
    # ... in more languages: "Hierdie artikel het eerste verskyn in ...", "Artikel ini pada
    # asalnya diterbitkan oleh ...", "Makala hii ilichapishwa kwanza katika ...", "Ĉi tiu artikolo
    # aperis en ...", "Cyhoeddwyd yr erthygl hon yn ...", "ఈ వ్యాసం ... ప్రచురితమైంది" (junk49)
    r"|^hierdie\s+(?:artikel|berig|storie)\s+het\s+(?:eerste|eers)\s+(?:verskyn|gepubliseer)\b"
    r"|^(?:artikel|berita|rencana)\s+ini\s+(?:pada\s+asalnya\s+|asalnya\s+|pertama\s+kali\s+)"
    r"(?:diterbitkan|disiarkan|dimuat)\b"
    r"|^makala\s+hii\s+ilichapishwa\s+(?:kwanza|mara\s+ya\s+kwanza)\b"
    r"|^ĉi\s+tiu\s+artikolo\s+(?:unue\s+)?aperis\s+en\b"
    r"|^cyhoeddwyd\s+yr\s+erthygl\s+hon\s+(?:gyntaf\s+)?(?:yn|ar|gan)\b"
    r"|^ఈ\s+(?:వ్యాసం|కథనం)\s.{0,120}ప్రచురిత"
    # "This article is based on material from SWS with additional reporting by the Post."
    r"|^this\s+(?:article|story|report|piece)\s+(?:is|was)\s+based\s+on\s+(?:material|copy)\s+"
    r"(?:from|by|of)\b"
    # a wire's slug and licence: "SWS/ek/hl — Copyright Scandinavian Wire Service.
    # Redistribution by licence only."
    r"|^\S{0,20}\s*[—–-]?\s*copyright\b[^.]{0,80}\.\s*(?:re)?distribution\b",
    re.I,
)
# The same, said later in the line: "<title> was originally published in <publication> on
# <platform>, where people are continuing the conversation by highlighting and responding to this
# story.", "... Bookmark the permalink."
_FOOTER_TAIL = re.compile(
    r"\bcontinuing\s+the\s+conversation\s+by\s+highlighting\b|\bbookmark\s+the\s+permalink\b",
    re.I,
)
_FOOTER_TAIL_IN = gated(("conversation", "permalink"), _FOOTER_TAIL)
# The blog platform's feed footer in its translations: "<the post> <title> <appeared first on>
# <site>." in the words of its language files, ending the line after a short site name:
# "L'article ... est apparu en premier sur <site>.", "O post ... apareceu primeiro em <site>.",
# "La entrada ... se publicó primero en <site>.", "L'entrada ... ha aparegut primer a <site>.",
# "Der Beitrag ... erschien zuerst auf <site>.",
# "Het bericht ... verscheen eerst op <site>.", "Inlägget ... dök först upp på <site>.",
# "Pos ... muncul pertama kali di <site>.", "Postimi/Lajmi ... u shfaq së pari në <site>.",
# "A(z) ... bejegyzés először a(z) <site>-on jelent meg.", "Запись ... впервые появилась <site>.",
# "L'articolo ... proviene da <site>.", "... yazısı ilk önce <site> üzerinde ortaya çıktı.",
# "A entrada ... foi publicada primeiro em <site>.", "Публикацията ... се появи първо на <site>."
_FOOTER_ABROAD = re.compile(
    r"^(?:l['’]\s?article\s.{1,300}?\sest\s+apparu\s+en\s+premier\s+sur"
    r"|o\s+post\s.{1,300}?\sapareceu\s+primeiro\s+(?:em|no|na)"
    r"|(?:a\s+entrada|o\s+post|o\s+artigo|a\s+publicação)\s.{1,300}?\sfoi\s+publicad[ao]\s+"
    r"(?:primeiro|pela\s+primeira\s+vez)\s+(?:em|no|na)"
    r"|la\s+entrada\s.{1,300}?\sse\s+public[oó]\s+primero\s+en"
    r"|l['’]\s?entrada\s.{1,300}?\sha\s+aparegut\s+primer\s+a"
    r"|l['’]\s?articolo\s.{1,300}?\ssembra\s+essere\s+il\s+primo\s+su"
    r"|l['’]\s?articolo\s.{1,300}?\sproviene\s+da"
    r"|der\s+beitrag\s.{1,300}?\serschien\s+zuerst\s+auf"
    r"|het\s+bericht\s.{1,300}?\sverscheen\s+eerst\s+op"
    r"|die\s+(?:plasing|berig|artikel)\s.{1,300}?\shet\s+(?:eerste|eers)\s+op\s.{1,80}?\sverskyn[.!]?$"
    r"|inlägget\s.{1,300}?\sdök\s+(?:först\s+upp|upp\s+först)\s+på"
    r"|pos\s.{1,300}?\smuncul\s+pertama\s+kali\s+di"
    r"|(?:postimi|lajmi|artikulli)\s.{1,300}?\su\s+shfaq\s+(?:së|se)\s+pari\s+(?:në|ne)"
    r"|a\(z\)\s.{1,300}?\sbejegyzés\s+először\s+a\(z\)\s.{1,80}\sjelent\s+meg[.!]?$"
    r"|.{1,300}?\syazısı\s+ilk\s+(?:önce|olarak)\s.{1,80}?\s(?:üzerinde|sitesinde)\s+ortaya"
    r"\s+çıktı[.!]?$"
    r"|запись\s.{1,300}?\sвпервые\s+появилась(?:\s+на)?"
    r"|публикацията\s.{1,300}?\sсе\s+появи\s+(?:първо|за\s+първи\s+път)\s+(?:на|в)"
    r"|запис\s.{1,300}?\sспершу\s+з['’]явився(?:\s+на)?"
    # (hr, bs, sr, sl, pl, cs, sk, da, nb, fi: "Objava ... pojavila se prvi puta na <site>.")
    r"|objava\s.{1,300}?\s(?:pojavila\s+se\s+prvi\s+put[a]?|prvi\s+put[a]?\s+se\s+pojavila)\s+na"
    r"|prispevek\s.{1,300}?\sse\s+je\s+(?:najprej|prvič)\s+pojavil\s+na"
    r"|wpis\s.{1,300}?\s(?:pochodzi\s+z\s+serwisu|pojawił\s+się\s+po\s*raz\s+pierwszy\s+(?:w|na))"
    r"|příspěvek\s.{1,300}?\s(?:pochází\s+z|se\s+poprvé\s+objevil\s+na)"
    r"|príspevok\s.{1,300}?\s(?:pochádza\s+z|sa\s+prvýkrát\s+objavil\s+na)"
    r"|indlægget\s.{1,300}?\sdukkede\s+(?:først\s+op|op\s+først)\s+på"
    r"|innlegget\s.{1,300}?\sdukket\s+(?:først\s+opp|opp\s+først)\s+på"
    r"|artikkeli\s.{1,300}?\s(?:ilmestyi|julkaistiin)\s+(?:ensin|ensimmäisenä)\s+sivustolla"
    # (junk48: et, lv, lt, rw, sw: "Postitus ... ilmus esmakordselt <site>.", "Ieraksts ...
    # pirmo reizi parādījās <site>.", "Inkuru ... yagaragaye bwa mbere kuri <site>.")
    r"|postitus\s.{1,300}?\silmus\s+esmakordselt"
    r"|ieraksts\s.{1,300}?\s(?:pirmo\s+reizi\s+)?parādījās(?:\s+pirmo\s+reizi)?"
    r"|įrašas\s.{1,300}?\spirmą\s+kartą\s+pasirodė"
    r"|inkuru\s.{1,300}?\syagaragaye\s+bwa\s+mbere\s+kuri"
    r"|(?:makala|chapisho)\s.{1,300}?\silionekana\s+kwa\s+mara\s+ya\s+kwanza\s+(?:kwenye|katika)"
    # (ro, el, vi, ar, fa: "Articolul ... a apărut prima dată pe <site>.", "Το άρθρο ...
    # εμφανίστηκε πρώτα στο <site>.", "Bài viết ... xuất hiện đầu tiên vào ngày <site>.")
    r"|articolul\s.{1,300}?\sa\s+apărut\s+(?:prima\s+dată|pentru\s+prima\s+dată)\s+pe"
    r"|το\s+(?:άρθρο|post)\s.{1,300}?\sεμφανίστηκε\s+πρώτα\s+(?:στο|στην|στη)"
    r"|bài\s+viết\s.{1,300}?\sxuất\s+hiện\s+đầu\s+tiên\s+(?:vào\s+ngày|trên|tại)"
    r"|(?:ظهرت\s+المقالة|المقالة|التدوينة)\s.{1,300}?\s(?:ظهرت\s+)?أولاً?\s+(?:على|في)"
    r"|(?:نوشته|پست)\s.{1,300}?\sاولین\s+بار\s+در"
    # (junk49: be, sd: "Пасада ... упершыню з'явілася на <site>.", "پوسٽ ... پهريون ڀيرو <site>
    # تي ظاهر ٿي.")
    r"|пасада\s.{1,300}?\sупершыню\s+з['’]явілася(?:\s+на)?"
    r"|پوسٽ\s.{1,300}?\sپهريون\s+ڀيرو)\s*",
    re.I,
)
_SITE_WORDS = 10  # a site's name after the footer's words, not a sentence
_SITE_TAIL = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}\.?$|^[^.!?]+[.!]?$")


def _feed_footer_abroad(line: str) -> bool:
    """The translated footer, ending the line on a site's name: a capital or a domain
    ("... apareceu primeiro em Rádio Índico.", "... erschien zuerst auf blog.example.")."""
    found = _FOOTER_ABROAD.match(line)
    if found is None:
        return False
    site = line[found.end() :].strip()
    if not site:
        return True
    # (a script without case names the site with any letter: "<سنڌو ڊائري> تي ظاهر ٿي.")
    caseless = site[0].isalpha() and not site[0].isupper() and not site[0].islower()
    return (
        (site[0].isupper() or site[0].isdigit() or caseless or "." in site.rstrip("."))
        and len(site.split()) <= _SITE_WORDS
        and bool(_SITE_TAIL.match(site))
    )


# An aggregator's rows: a label and a bare link, a label and a count, "submitted by /u/name".
# A page's label for its writer, publication or source: "Written by Ana Ruiz", "Published in
# Brightline Engineering", "Author: KRVN Staff", "From: Ministry of Transport", "Posted inLocal
# News" (glued by the extractor), "News provided by".
_LABELLED = re.compile(
    r"^(?:[|·•]\s*)?(?:written\s+by|story\s+by|published\s+in|posted\s+in|filed\s+in|authors?\s*:"
    r"|from\s*:|source\s*:|writer\s+for"
    r"|news\s+provided\s+by)\s*(?:(?:(?-i:[A-Z0-9])[\w&.'’-]*|of|the|and|for|&)(?:\s+|$)){1,7}$"
    r"|^news\s+provided\s+by$",
    re.I,
)
_ITEM_ROW = re.compile(
    r"^[#\w][\w #'’-]{0,24}:\s*<?https?://\S+>?$"
    r"|^(?:#\s*)?(?:points|score|votes|upvotes|comments)\s*:\s*\d[\d,]*$"
    r"|^submitted\s+by\s+/?u/\S+"
    # a newsletter platform's age of the letter: "Launched 2 years ago" (junk49)
    r"|^launched\s+\d{1,2}\s+(?:years?|months?|weeks?|days?)\s+ago$",
    re.I,
)
# A player's own words: "This video can not be played", "This content is not available" (a
# line of its own); not "The video could not be independently verified."
_FALLBACK = re.compile(
    r"\b(?:this|the)\s+(?:video|audio|embed|content|clip)\s+(?:can\s*not|could\s+not|cannot"
    r"|can'?t)\s+(?:be\s+)?(?:played|loaded|displayed|shown)\b"
    r"|^(?:sorry,?\s+)?(?:this|the)\s+(?:video|audio|media|content|embed|clip)\s+is\s+(?:not"
    r"|no\s+longer)\s+available\b[^.]{0,40}\.?$|^(?:this|the)\s+(?:video|clip)\s+is\s+unavailable\.?$"
    r"|\byour\s+(?:browser|device)\s+(?:does\s*(?:n[o']t)|doesn['’]t|can\s*not|cannot)\s+"
    r"(?:support|play|display)\b"
    r"|\b(?:please\s+)?(?:enable|turn\s+on)\s+javascript\b"
    r"|^(?:please\s+)?use\s+(?:the\s+)?\w+\s+browser\s+for\b"
    r"|\bto\s+view\s+this\s+(?:video|content|media|embed)\b",
    re.I,
)
_BLOG_WIDGET = re.compile(
    r"\byour\s+e-?mail\s+(?:address\s+)?will\s+not\s+be\s+(?:published|shared)\b"
    r"|^no\s+spam\b|\byou\s+can\s+unsubscribe\s+(?:at\s+)?any\s*time\b|^unsubscribe\s+any\s*time\b"
    r"|\bcomments?\s+(?:below\s+|here\s+)?(?:have|has)\s+not\s+been\s+(?:moderated|checked)\b"
    r"|\bwe(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+hear\s+what\s+you\s+think\b"
    # a press release's or a science wire's small print: "Materials provided by X. Note:
    # Content may be edited for style and length."
    r"|\bcontent\s+may\s+be\s+edited\s+for\s+(?:style|length)\b|^materials\s+provided\s+by\b"
    r"|\brequired\s+fields\s+are\s+marked\b"
    r"|^like\s+this:\s*(?:like\b|loading)|^(?:like\s+)?loading\s*(?:\.\.\.|…)$",
    re.I,
)
_PAYWALL = re.compile(
    r"^(?:(?:only\s+)?available\s+)?(?:only\s+)?(?:to|for)\s+(?:paying\s+|paid\s+|premium\s+)?"
    r"subscribers(?:\s+only)?\.?$"
    r"|^this\s+(?:article|story|content|post|piece)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+"
    r"(?:paying\s+|paid\s+|premium\s+)?(?:subscribers|members)\b"
    r"|\blimit\s+of\s+(?:\w+\s+)?free\s+(?:articles|stories|reads)\b"
    r"|\bsubscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading\b"
    r"|^(?:sign\s+in|log\s+in|subscribe|to)\s+(?:to\s+)?(?:continue|keep)\s+reading\b",
    re.I,
)
_DEVELOPING = re.compile(
    r"^this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story\b"
    r"|^this\s+(?:story|article|report|post)\s+(?:is\s+developing|will\s+be\s+updated"
    r"|(?:is|will\s+be)\s+updated\s+as\s+(?:more\s+)?(?:information|details|news))\b"
    r"|^(?:please\s+)?check\s+back\s+(?:later\s+|soon\s+)?for\s+(?:updates|more)\b",
    re.I,
)
# Photo agencies' names, as credits print them after "via" (an industry's, no site's).
_AGENCIES = r"(?:AP|AFP|EPA|UPI|PA|ANP|DPA|SIPA|ABACA|Reuters|Getty|Shutterstock|Alamy|Bloomberg)"
# A photo agency's credit: "Getty Images", "AFP via Getty Images", "SOPA Images/LightRocket via
# Getty Images", "Jane Doe via AFP": capitalised words only, ending in "<Name> Images" or "via"
# an agency's initials (not a subheading: "Travel via Eurostar").
_PHOTO_AGENCY = re.compile(
    r"^(?:(?:[A-Z][\w&.'’-]*|via)[\s/]+){0,5}via\s+(?:[A-Z][\w&.'’-]*\s+Images|" + _AGENCIES + r")$"
    r"|^[A-Z][\w&.'’-]*\s+Images$"
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTHS}\.?\s*\d|\d\s+{_MONTHS}\b",
    re.I,
)
# A row of share buttons: "Share on Facebook Share on X Share via Email".
_SHARE_ROW = re.compile(
    r"^(?:(?:share|post|send|pin|save)\s+(?:on|to|via|by)\s+[\w.-]+\s*){2,}$", re.I
)
# How to reach the writer: "She can be reached at jroe@example.com.", "Email the author at ...".
_CONTACT = re.compile(
    r"\b(?:can\s+be\s+reached|reach\s+(?:him|her|them|the\s+(?:author|writer|reporter)"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+at)"
    r"|e-?mail\s+(?:him|her|them|the\s+(?:author|writer|reporter|newsroom|desk))"
    r"|contact\s+(?:him|her|them|the\s+(?:author|writer|reporter)))\b[^@]{0,40}@",
    re.I,
)
# More of a page's furniture and small print, anywhere in a line: a comment form ("Save my name,
# email, and website in this browser ...", "This site uses <tool> to reduce spam.", "Please enter
# your comment!"), a comment thread's head ("2 thoughts on “<title>”"), a breadcrumb ("Home »
# News » <title>"), a byline with the writer's beat ("By Ana Ruiz, a reporter covering ..."), a
# writer's link ("... More about Elena Marsh"), a print-edition note, a disclosure ("Ana Ruiz
# receives funding from ..."), a press release's forward-looking statements, a newsletter
# form's privacy notice, a caption's position marker ("Ana Ruiz (left) and ...").
_CAP = r"(?-i:[A-Z])"  # a capital letter, under re.I too
# Tried with ``match`` (each from a line's start) ...
_FURNITURE_START = re.compile(
    "|".join(
        [
            r"please\s+enter\s+your\s+(?:comment|name|e-?mail)\b",
            r"\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[“\"‘']",
            r"home\s*[»›>|/]\s*\S",
            # "By Ana Ruiz, a reporter covering ...", "Analysis | by Morten Lund, regional affairs
            # editor"
            rf"(?:{_CAP}\w+\s*[|·•:–—-]\s*)?by\s+(?:{_CAP}[\w.'’-]*\s+){{1,3}}{_CAP}[\w.'’-]*,\s+"
            r"(?:(?:a|an|the|our)\s+)?[^.]{0,60}\b(?:reporter|correspondent|editor|writer"
            r"|columnist|contributor|journalist)\b",
            r"this\s+press\s+release\s+contains\b",
            r"privacy\s+(?:notice|policy)\s*:",
            # a photo's credit alone: "Kellen Ash/Brandmoor Sentinel", "(Shutterstock)", "Emma
            # Lusk for the Courier"; a staff line: "Marcus Delray, Sports West Staff Writer"
            rf"(?:{_CAP}[\w.'’-]+\s+){{1,3}}{_CAP}[\w.'’-]*\s*/\s*{_CAP}[\w&.'’ -]{{1,40}}$",
            rf"\({_CAP}[\w .&/'’-]{{1,40}}\)$",
            rf"(?:{_CAP}[\w.'’-]+\s+){{1,3}}{_CAP}[\w.'’-]+,\s+(?:{_CAP}[\w&.'’-]*\s+){{0,4}}"
            r"(?:staff\s+)?(?:writer|reporter|correspondent|editor)$",
            # a wire's note to editors: "(ATTN: ADDS details in paras 3-4)"
            r"\((?:attn|editors?['’]?\s+note|eds?\s*:)",
            # a wire's advisory on what an update changed: "(Adds rising toll, suspensions,
            # survivor accounts)", "(Updates with minister's comments)"; a correction's note
            # ("(Corrects the number evacuated ...)") tells the reader a fact and stays (junk49)
            r"\((?:adds|updates|recasts|rewrites|refiles|releads|tops|writes\s+through)\b[^().!?]{0,120}\)$",
            # a market widget's cell: "$21.48", "-3.12%"; not a live page's entry time alone
            # ("11.42", "09.31": a clock's hour and minutes, with no sign, currency or percent)
            r"(?!(?:[01]?\d|2[0-3])\.[0-5]\d$)[+\-−]?[$€£¥]?\d[\d,.]*\s*%?$",
            # a profile's counters, a recipe's prompt
            r"[\d.,]+\s*[km]?\s+(?:followers|subscribers|likes|views)$",
            r"did\s+you\s+(?:make|try|cook|bake)\s+this\b",
            r"updated\s+continuously\b",
            r"support\s+(?:our|independent|the\s+\w+['’]s|\w+['’]s)\s+(?:[\w-]+\s+){0,2}"
            r"(?:journalism|reporting|newsroom)\b",
            r"(?:read|open)\s+(?:today['’]s\s+|the\s+)?e-?paper\b",
        ]
    ),
    re.I,
)
# ... and with ``search``, each from a word's start.
_FURNITURE_ANY = re.compile(
    "|".join(
        [
            r"\bsave\s+my\s+name,?\s+e-?mail\b",
            r"\bthis\s+site\s+uses\s+\w+\s+to\s+reduce\s+spam\b",
            r"\bhow\s+your\s+comment\s+data\s+is\s+processed\b",
            rf"\bmore\s+about\s+{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+){{0,3}}$",
            r"^(?:this\s+(?:article|story|piece)\s+)?(?:appears?|appeared|was\s+published|published"
            r"|ran)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}print\s+edition\b",
            r"\b(?:contains?|these|such|certain)\s+forward-looking\s+statements\b",
            r"^forward-looking\s+statements?$",
            r"\bnewsletter\s+promotion$",
            r"\bwe\s+use\s+your\s+sign-?up\b",
            r"\btag\s+@\w+",
            # a live page's state: "Auto-updating feed · latest entry on top"
            r"\bauto-?updating\s+(?:feed|page|blog|live|coverage)\b|^auto-?updat",
            r"\blatest\s+(?:entry|entries|post|posts|update|updates)\s+(?:on\s+top|first)\b",
            # the outlet selling itself: "upgrade your plan", "Today's e-paper is ready to read",
            # "Join 18,000 readers."
            r"\bupgrade\s+your\s+(?:plan|subscription|account|membership)\b",
            r"\be-?paper\s+is\s+(?:ready|available|out)\b",
            r"\bjoin\s+(?:more\s+than\s+|over\s+)?[\d,.]+\s*k?\s+(?:other\s+)?(?:readers|subscribers)\b",
            # a reader prompt's button: "Tap "Submit" below.", "Click the button above"
            r"\b(?:tap|click)\s+(?:on\s+)?(?:the\s+)?(?:[\"“'‘][\w ]{1,20}[\"”'’]\s+"
            r"(?:button\s+|link\s+)?|(?:[\w-]+\s+)?(?:button|link|form)\s+)(?:below|above)\b",
        ]
    ),
    re.I,
)
# The phrases above are searched in lines of up to 25 words (furniture is short; a paragraph
# that holds one is news), these few templates in lines of up to 80: a letters page's call, a
# comment form, a newsletter's consent.
_SEARCH_WORDS = 25
_LONG_TEMPLATE = re.compile(
    r"\bwe(?:['’]d|\s+would)\s+like\s+to\s+hear\s+what\s+you\s+think\s+about\s+this\b"
    r"|\bsave\s+my\s+name,?\s+e-?mail\b|\bwe\s+use\s+your\s+sign-?up\b"
    r"|\bthis\s+site\s+uses\s+\w+\s+to\s+reduce\s+spam\b",
    re.I,
)
# Notes on the writer or the piece's funding, read only after the article's text (``clean_text``
# asks them there, as of an author's bio): "Our columnist is an urban hydrologist ...", "Tashi
# Wangmo is The Himalayan Review's Bhutan correspondent.", "Ana Ruiz receives funding from ...",
# "... does not work for, consult, own shares in ..."; before or inside the text such lines are
# news ("The correspondent is a dual citizen ...", "Harbour Hospital has received funding ...").
_WRITER_NOTE = re.compile(
    r"^our\s+(?:columnist|author|writer|correspondent|contributor|reviewer)\s+is\s+(?:an?|the)\s"
    rf"|^(?!(?:the|a|an)\s)(?:{_CAP}[\w'’-]+\s+){{1,3}}(?:receives?|has\s+received)\s+funding\s+from\b"
    rf"|^(?:{_CAP}[\w'’-]+\s+){{1,3}}is\s+(?:the\s+)?(?:{_CAP}[\w'’-]*\s+){{1,4}}\S*['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}(?:correspondent|reporter|editor|columnist|writer)\b(?!\s+(?:and|who)\b)"
    r"|\bdoes\s+not\s+work\s+for,\s+consult,\s+own\s+shares\b"
    r"|[.!]\s+(?:she|he|they)\s+writes?\s+for\s+[\w&-]+(?:\s+[\w&-]+)?\s+(?:weekly|monthly"
    r"|regularly|every\s+\w+)\b",
    re.I,
)
# "For the latest news visit: https://...": a line that sends the reader to a link.
_VISIT = re.compile(
    r"\b(?:visit|go\s+to)\s*:?\s*<?https?://\S+>?\s*\.?$"
    r"|^follow\s+.{0,60}\bcoverage\b.{0,40}\bat\s+<?https?://\S+>?\s*\.?$",
    re.I,
)
_ROW_SEP = re.compile(r"\s*[•·|]\s*")
# Relative times and reading times ("2h", "3 days ago", "2 min read"); not a match's minute
# alone ("63 min", a live page's entry label).
# ... and a post's age in the page's language, its unit short or whole, its "ago" after or
# before it ("5 ч. назад", "3 godz. temu", "2 t siden", "vor 4 Std.", "il y a 2 h"; a forum's row)
_UNIT_ABROAD = (
    r"(?:ч|час\w*|мин\w*|дн\w*|год\w*|хв\w*|godz\w*|min\w*|h|t|óra\w*|perc\w*|std|stunden?"
    r"|tag(?:e|en)?|heures?|jours?|horas?|d[ií]as?|ore|giorni|uur|dagen|tim(?:me|mar)?|timer?|dag(?:ar|e)?"
    r"|tuntia|päivää|tundi|päeva|saat|gün|jam|hari|giờ|ngày|hod\w*|dn[iy]|dní)"
)
_RELATIVE = re.compile(
    r"^(?:\d+\s*(?:h|d|hrs?\.?|hours?|days?)(?:\s+ago)?|\d+\s*(?:m|mins?\.?|minutes?)\s+ago"
    r"|\d+\s*(?:min(?:ute)?s?|m)\s+(?:read|listen|watch)"
    rf"|\d+\s*{_UNIT_ABROAD}\.?\s+(?:назад|тому|temu|geleden|sedan|siden|sitten|tagasi|önce|lalu"
    r"|fa|atrás|zuvor|trước|ezelőtt)"
    rf"|(?:vor|il\s+y\s+a|hace|há|před|pirms|prieš)\s+\d+\s*{_UNIT_ABROAD}\.?)$",
    re.I,
)
_READ_MAX = 20
_READ_MIN = re.compile(r"^(\d+)\s*(?:min(?:ute)?s?)(?:\s+(?:read|listen|watch))?$", re.I)
_ISO_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
# A stamp run into the next by the extractor: "August 3, 20335:42 PM UTCUpdated 2 hours ago".
_GLUED_STAMP = re.compile(r"(?<=[\w.])(?=(?:Updated|Published|Posted|Last\s+updated)\b)")
# Between paragraphs, a date row is a page's stamp when it opens with the date ("September 3,
# 2033 at 6:12 p.m. EDT"), not with a clock (a live page's entry: "7:58 p.m. ET, Sept 3") nor
# a word ("By Friday March 14", a deadline).
_DATE_FIRST = re.compile(
    rf"^(?:\d{{1,2}}\s+{_MONTHS}\b|{_MONTHS}\.?\s+\d|\d{{4}}-\d{{2}}-\d{{2}}|(?:mon|tues?|wed(?:nes)?"
    r"|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)",
    re.I,
)
_STAMP_LABEL = re.compile(
    r"\b(?:updated|published|posted|modified|edited|issued|revised|amended)\b", re.I
)
# (or a blog's user name: "Posted on April 6, 2034 by plot17", or its desk: "... by the road
# desk")
_BY_NAMES = re.compile(
    r"\s+by\s+(?:(?:[A-Z][\w.'’-]*\s*){1,6}|[a-z][\w.-]{2,30}\d[\w.-]*"
    r"|the\s+(?:[\w'’-]+\s+){0,3}(?:desk|team|editors?|newsroom|staff))$"
)
# A time stamp row: "Updated: 01 Aug 2033, 10:42 BST", "Published 3 hours ago", "Posted on
# Monday, August 1, 2033 at 9:00 am", "Edited Mar 11, 2034 11:02 am", "Last revised 2 hrs ago",
# "Issued at 2:48 pm EST on
# Friday 10 March 2034.", a board's bare labels ("Write: 2034-01-12 14:30:05", "Update date:
# January 15, 2034", "Date 2034-06-05"): only a stamp's words follow.
_STAMP_HEAD = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified|first\s+published|created|edited|issued"
    r"|revised|amended"
    r"|(?:(?:last\s+)?update|publication|posting|revision)(?:\s+date)?|date|write|written)"
    r"(?:\s+(?:on|at))?\s*[:\-–—|·]?\s*",
    re.I,
)
_STAMP_WORD = re.compile(
    r"^(?:\d[\d:./,-]*(?:am|pm|h|st|nd|rd|th)?|[ap]\.?m\.?|on|at|and|by|ago|just|now|hours?|hrs?"
    r"|(?:last\s+)?(?:updated|published|posted|modified):?|last"
    r"|minutes?|mins?|seconds?|days?|weeks?|months?|years?|an?|yesterday|today"
    rf"|{_MONTHS}\.?"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    r"|(?-i:[A-Z]{2,5})|utc[+-]?\d*|gmt[+-]?\d*|[|·•,–—-])$",
    re.I,
)


def is_feed_footer(text: str) -> bool:
    """A feed item's footer or a republication note ("The post ... appeared first on ...")."""
    line = text.strip()
    return len(line.split()) <= 2 * MAX_WORDS and bool(
        _FOOTER.match(line) or _feed_footer_abroad(line) or _FOOTER_TAIL_IN(line, line.lower())
    )


_FURNITURE_IN = gated(
    (
        "save my", "reduce spam", "comment data", "more about", "print edition", "own shares",
        "forward-looking", "promotion", "sign", "tag @", "updat", "latest", "upgrade",
        "paper", "join", "below", "above",
    ),
    _FURNITURE_ANY,
)  # fmt: skip
_BLOG_WIDGET_IN = gated(
    (
        "will not be", "spam", "unsubscribe", "moderated", "checked", "hear", "edited for",
        "materials provided", "required fields", "like this", "loading",
    ),
    _BLOG_WIDGET,
)  # fmt: skip
_PAYWALL_IN = gated(("subscri", "member", "free", "reading"), _PAYWALL)
_FALLBACK_IN = gated(
    ("video", "media", "audio", "content", "embed", "player", "browser", "device", "javascript"),
    _FALLBACK,
)
_CONTACT_IN = gated(("@",), _CONTACT)
_VISIT_IN = gated(("http",), _VISIT)


def is_syndication_note(text: str) -> bool:
    """A platform's or an aggregator's line around the article (see the module's docstring)."""
    line = text.strip()
    low = line.lower()
    words = len(line.split())
    if _FURNITURE_START.match(line) or _BLOG_WIDGET_IN(line, low) or _FURNITURE_IN(line, low):
        long = words <= 2 * MAX_WORDS and _LONG_TEMPLATE.search(line) is not None
        return words <= _SEARCH_WORDS or long
    if words > MAX_WORDS:
        return False
    if words <= 25 and _VISIT_IN(line, low):
        return True
    if words <= 8 and _LABELLED.match(line) and not line.endswith("."):
        return True
    if _ITEM_ROW.match(line) or (words <= 8 and _PHOTO_AGENCY.match(line)):
        return True
    if words <= 16 and (_SHARE_ROW.match(line) or _is_stamp(line)):
        return True
    if _CONTACT_IN(line, low):
        return True
    if words <= 20 and _FALLBACK_IN(line, low):
        return True
    if _by_and_date(line):
        return True
    return words <= 25 and bool(_PAYWALL_IN(line, low) or _DEVELOPING.match(line))


def _is_stamp(line: str, *, bare: bool = False) -> bool:
    """A row that says when the page was published or updated and nothing else: after a
    label ("Updated: ..."), or with ``bare``, a date with a month's name and no label ("Aug 18,
    2033, 08:00 ET", "Saturday, 2 August 2033": asked only above the first paragraph, as
    between entries such a row is a live page's entry time; never a bare "10:42"), a machine's time
    ("2033-08-19T09:12:04Z"), or a row of relative times and reading times ("• 2h • 2 min
    read"); run into the next stamp ("...UTCUpdated 2 hours ago") or followed by its writer
    ("Posted on August 5, 2033 by Staff") all the same."""
    if not any(ch.isdigit() for ch in line):
        return False
    if _ISO_TIME.match(line):
        return True
    items = [item for item in _ROW_SEP.split(line) if item]
    if items and all(_RELATIVE.match(item) for item in items):
        return True
    timed = [item for item in items if _RELATIVE.match(item) or _read_minutes(item)]
    if (
        timed
        and len(timed) < len(items) <= 4
        and all(  # "Background · 4 min", "Analysis | 6 min read"
            item in timed or (len(item.split()) <= 2 and item[:1].isupper()) for item in items
        )
    ):
        return True
    line = _BY_NAMES.sub("", _GLUED_STAMP.sub(" ", line))
    head = _STAMP_HEAD.match(line)
    rest = line[head.end() if head else 0 :].replace(",", " , ").split()
    if not rest:
        return False
    labelled = head is not None or _STAMP_LABEL.search(line) is not None
    dated = _MONTH_DAY.search(line) is not None
    if not labelled and not (dated and (bare or _DATE_FIRST.match(line))):
        return False
    return all(_STAMP_WORD.match(w) for w in rest)


def _read_minutes(item: str) -> bool:
    """A reading or listening time: "4 min", "6 min read" (a few minutes; "63 min" beside
    "Goal" is a match's minute)."""
    found = _READ_MIN.match(item)
    return found is not None and (int(found.group(1)) <= _READ_MAX or "read" in item)


def _by_and_date(line: str) -> bool:
    """A byline run into its date: "by Tess Okafor August 26, 2033"."""
    words = line.split()
    if len(words) < 3 or words[0].lower() != "by":
        return False
    for k in range(1, min(4, len(words) - 2) + 1):
        names = words[1 : 1 + k]
        named = all(w[:1].isupper() and not _STAMP_WORD.match(w) for w in names)
        if named and _is_stamp(" ".join(words[1 + k :]), bare=True):
            return True
    return False


def is_bare_stamp(line: str) -> bool:
    """A date row with no label ("Aug 18, 2033, 08:00 ET"): the page's publication date above
    the first paragraph (``clean.clean_text`` asks only there)."""
    text = line.strip()
    return len(text.split()) <= 16 and _is_stamp(text, bare=True)


def is_writer_note(line: str) -> bool:
    """A note on the piece's writer or funding (``_WRITER_NOTE``): furniture only after the
    article's text, where ``clean.clean_text`` asks it."""
    text = line.strip()
    return len(text.split()) <= MAX_WORDS and _WRITER_NOTE.search(text) is not None
