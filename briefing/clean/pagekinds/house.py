"""The house's own notes to its reader, by kind, in the page's language (junk34):

- the comment box's rules: moderation, what is deleted, civility, where and when to comment
  ("Comentariile sunt moderate. Mesajele jignitoare vor fi șterse.", "Your say: the comment box
  closes two days after we publish.", "Maoni yako ni muhimu. Andika hapa chini.");
- the page paid for by its members or readers, and the ask to support its journalism ("No
  advertisers pay for these pages; our members do.", "Soutenez la presse régionale : ...",
  "Podpořte nezávislou žurnalistiku ...");
- a subscription or sign-up ask opening the line in the imperative ("Abonnez-vous à
  l'infolettre ...", "Abonează-te la canalul nostru de Telegram ..."), "<Letter> in your inbox:";
- "did you like this article?" and its ask ("Si le plaze este artikolo, partajeyalo ...");
- the page's own site, app, section or channel named as where more is ("Retrouvez toute
  l'actualité ... sur notre appli.", "Más noticias de ... en nuestra portada");
- where the piece was first published, in the languages the footers' list lacked ("Artikel ini
  telah tayang di ...", "Eli nqaku lipapashwe okokuqala kwi-...");
- the piece's own update at a clock ("Dieser Artikel wurde um 19.20 Uhr aktualisiert.");
- the funders' or reviewers' distance from the piece ("... its donors saw nothing before
  publication", "Checked before publication by two outside reviewers ..."), and the note that
  the interviewees' or writers' views are their own;
- a wire's desk slug ("ats-arp/jfb/lm") and its note that a dispatch went out unread;
- affiliate links in the languages the disclaimers lacked, "continues after the advertisement",
  "more articles on this topic", a release's signatory with a title in brackets.

Each is a whole line of the kind's shape; a line that reports (a verb of saying past its first
word) stays.
"""

from __future__ import annotations

import re

from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS"]

# the comment box: its word, then a rule (moderation, deletion, civility, where or when; an
# English "below" is the prompt ``clean.score`` weighs: "Have your say in the comments below")
_COMMENT_WORD = (
    r"(?:comments?|commenting|comment\s+(?:box|section|thread|field)|your\s+say|comentarios?"
    r"|comenta|comentários?|comente|commentaires?|commentez|commenti|commenta|kommentare?"
    r"|kommentieren|comentariile|comentariu\w*|komentarze|komentáře|komentar\w*|reacties"
    r"|yorumlar\w*|maoni|kòmantè|комментари\w*|تعليقات\w*)"
)
_COMMENT_RULE = (
    r"(?:moderat\w*|modérés?|moderad\w*|moderiert|deleted|removed|eliminad\w*|borrad\w*"
    r"|supprimé\w*|retiré\w*|gelöscht|entfernt|cancellat\w*|rimoss\w*|șters\w*|sterse|usunięt\w*"
    r"|smazán\w*|silin\w*|удал\w*|offensive|ofensiv\w*|injurieux|insultants?|beleidigend\w*"
    r"|jignitoare|respect\w*|respeto|rispetto|civil(?:ity)?|civilly|abajo"
    r"|ci-dessous|unten|sotto|abaixo|mai\s+jos|poniżej|hapa\s+chini|responsab\w*|responsibility|(?:opens?|closes?|closed)"
    r"\b[^\n]{0,40}\b(?:publish\w*|readers)|open\s+to\s+(?:registered\s+)?(?:readers|members"
    r"|subscribers)|registered\s+readers)"
)
# comments in the world's news, not the page's box (review34): comments aimed at someone or
# about something ("comentarios ofensivos contra la jueza", "Kommentare gegen die
# Bürgermeisterin", "the minister's comments on civil service pay", "300 comments from its
# Facebook page"), a consultation's ("the public comment period closes on Friday"), or a
# deletion told in the past ("... au fost șterse", "ont été supprimés")
_THIS_PAGE = (
    r"(?:this|these|our|its\s+(?:article|story|page|site)|esta|este|estas|estos|cet|cette|ce|ces"
    r"|notre|nos|dieser|diesem|diesen|unsere[mnr]?|questo|questa|acest|această|pe|bu|ini|hii"
    r"|yako|yetu|the\s+(?:article|story|piece|post|page|site|blog)|l['’]\s?article"
    r"|(?:la|el)\s+(?:noticia|nota|artículo|página|sitio|web))\b"
)
_COMMENT_TARGET = (
    r"(?:against|about|over|towards|contra|sobre|contre|visant|gegen|über|contro|la\s+adresa"
    r"|împotriva|despre|terhadap|tentang|dhidi|kuhusu|hakkında|(?:on|of|by|from|de|del|des|du"
    r"|do|da|dos|das|der|von|zu|di|dei|della|su|sur|ya|za|dari)\s+(?!" + _THIS_PAGE + r"))"
)
_COMMENTS_IN_NEWS = (
    r"(?![^\n]*?\b(?:public\s+comments?|comment\s+periods?)\b)"
    rf"(?![^\n]*?\b{_COMMENT_WORD}(?:\s+[^\W\d_]+)?\s+{_COMMENT_TARGET})"
    r"(?![^\n]*?\b(?:were|have\s+been|has\s+been|had\s+been|au\s+fost|ont\s+été|fueron"
    r"|han\s+sido|foram|wurden|sono\s+stati|furono|zostały|silindi|dihapus)\b)"
)
_COMMENT_RULES = unless_reported(
    re.compile(
        rf"^{_COMMENTS_IN_NEWS}(?=[^\n]*?\b{_COMMENT_WORD}\b)(?=[^\n]*?\b{_COMMENT_RULE}\b)"
        r"[^\n]{0,180}$"
        # "Argue the result with other readers underneath; keep it civil"
        r"|^[^\n]{0,120}\bkeep\s+it\s+(?:civil|polite|respectful|clean)\b[^\n]{0,20}$",
        re.I,
    )
)

# the page paid for by its members, readers or pledges, with the page's work or an ask: "Cream
# City Radio runs on member pledges · pledge today", "Herald reporting from the provinces is
# supported by readers' subscriptions.", "No advertisers pay for these pages; our members do."
_MEMBER_FUNDED = unless_reported(
    re.compile(
        # (the funding in a relative clause or a time clause is news of the outlet: "A local
        # newsroom that relies on readers' donations laid off five reporters", "... is funded by
        # readers' donations since the chain pulled out in March.")
        r"^(?![^\n]*?\b(?:that|which|who)\s+(?:runs?|relies|is|are|was|were|has\s+been)\s)"
        r"(?![^\n]*?\b(?:since|until|till|after)\s+(?:the|a|an|its|their|it|they)\s)"
        r"(?=[^\n]*?\b(?:reporting|journalism|pages|newsroom|this\s+(?:site|newsletter|page"
        r"|station|podcast)|our\s+work|we|pledge\s+today|join|donate|become\s+a\s+member"
        r"|support\s+(?:us|\w+\s+reporting)|coverage)\b)[^\n]{0,120}?\b(?:runs?\s+on|(?:is|are|was"
        r"|were)\s+(?:funded|paid\s+for|supported|financed|made\s+possible)\s+(?:by|through)"
        r"|relies\s+on)\s+(?:(?:our|its|the)\s+)?(?:members?['’]?|readers?['’]?|listeners?['’]?"
        r"|pledges|subscribers?['’]?|donations|donors)(?:\s+(?:contributions|donations|pledges"
        r"|subscriptions))?\b[^\n]{0,120}$"
        r"|^no\s+(?:advertisers?|advertising|ads)\s+(?:pays?|funds?)\s+(?:for\s+)?(?:these\s+pages"
        r"|this\s+\w+|us|our\s+\w+)\s*[;,.:—–-]\s*(?:our|its)\s+(?:members|readers|subscribers)"
        r"\s+do\b[^\n]{0,80}$"
        # "Wir finanzieren uns über unsere Mitglieder.", "Nous sommes financés par nos lecteurs"
        r"|^(?:[^\n]{0,80}[.!]\s+)?(?:wir\s+finanzieren\s+uns|nous\s+sommes\s+financés"
        r"|nos\s+financiamos|somos\s+financiados|ci\s+finanziamo|we\s+are\s+funded)\s+"
        r"(?:\w+\s+){0,3}?(?:(?:unsere|nos|nuestros|nuestras|nossos|nossas|i\s+nostri|our)\s+)?"
        r"(?:mitglieder|leser\w*|abonnenten|membres|lecteurs|abonnés|socios|lectores|membros"
        r"|leitores|soci|lettori|members|readers)\b[^\n]{0,60}$",
        re.I,
    )
)
# the ask to support the page's journalism, maybe after a question: "Soutenez la presse
# régionale : ...", "Líbil se vám článek? Podpořte nezávislou brněnskou žurnalistiku ...",
# "Support independent local journalism", "Apoya el periodismo local"
_SUPPORT_ASK = unless_reported(
    re.compile(
        r"^(?:[^\n]{3,80}[.?!]\s+)?(?:support(?!\s+for\b)|soutenez|apoya|apoye|apoyá|apoie|unterstützen\s+sie"
        r"|unterstütze|sostieni|sostenete|podpořte|podpoř|wspieraj|wesprzyj|поддержите"
        r"|підтримайте|destek\s+olun|steun|susține|sprijină)\s+"
        # (no preposition before the press: "Support grows for local journalism fund", "Steun
        # voor lokale journalistiek verdubbeld"; no subject after the verb: "Apoya el Gobierno el
        # periodismo local con ..." is a headline)
        r"(?!(?:el|la|los|las|o|os|as|le|les|il|lo|gli)\s+(?-i:[A-ZÀ-ÞĀ-Ž]))"
        r"(?:(?!(?:for|voor|für|pour|para|per|to|of|from|in|on|with)\b)\w+\s+){0,3}?(?:journalism"
        r"|reporting|press|news(?:room)?|journalisme|presse|information|periodismo|prensa"
        r"|jornalismo|imprensa|\w*journalismus|giornalismo|informazione|žurnalistik\w*"
        r"|novinařin\w*|dziennikarstw\w*|журналисти\w*|журналіст\w*|gazetecilik\w*|journalistiek"
        r"|jurnalism\w*|presa)\b[^\n]{0,120}$"
        r"|^(?:[^\n]{0,60}[.!?]\s+)?(?:help\s+)?keep\s+(?:\w+\s+){0,2}(?:journalism|reporting"
        r"|news)\s+alive\b[^\n]{0,80}$",
        re.I,
    )
)

# a subscription or sign-up ask opening the line in the imperative, after a question maybe:
# "Abonnez-vous au <Letter> : l'édition numérique dès 6 heures ...", "Abonează-te la canalul
# nostru de Telegram ...", "U ratile sengoloa sena? Ingolise ho fumana litaba ..."
_SUBSCRIBE_ASK = unless_reported(
    re.compile(
        r"^(?:[^?!\n]{3,60}[?!]\s+)?(?:abonnez-vous|abonne-toi|inscrivez-vous|suscríbete|suscribite"
        r"|suscríbase|inscríbete|assine|inscreva-se|iscriviti|abbonati|abbonatevi|abonnieren\s+sie"
        r"|abonniere|abonează-te|abonați-vă|zapisz\s+się|subskrybuj|zaprenumeruj|přihlaste\s+se"
        r"|předplaťte|подпишитесь|підпишіться|abone\s+olun|abonneer\s+je|schrijf\s+je\s+in"
        r"|ingolise|ngolisa|bhalisa|jisajili|jiunge|berlangganan(?:lah)?|iratkozzon\s+fel"
        r"|iratkozz\s+fel|užsiprenumeruok|užsiprenumeruokite|bliv\s+abonnent|prenumerera|tilaa"
        r"|abonnér|abonner\s+deg|pretplatite\s+se|naročite\s+se|predplaťte\s+si)\b"
        r"[^\n]{0,160}$",
        re.I,
    )
)
# "<Letter> in your inbox: ...", "Newsletter <topic>: recibí los precios ... cada lunes"
_INBOX = re.compile(
    r"^[^\n:]{1,40}\b(?:in\s+your\s+inbox|dans\s+votre\s+boîte(?:\s+(?:courriel|mail|aux\s+lettres))?"
    r"|en\s+tu\s+(?:correo|bandeja|casilla)|in\s+ihr(?:em)?\s+postfach|na\s+sua\s+caixa)\s*[:·—–]"
    r"[^\n]{0,100}$"
    r"|^(?:newsletter|boletín|infolettre|lettre\s+d['’]information)\b[^:\n]{0,40}:\s*(?:recib\w+"
    r"|receive|get|recevez|receba|ricevi|erhalten\s+sie)\b[^\n]{0,100}$",
    re.I,
)
# "did you like this article?" and its ask: "Si le plaze este artikolo, partajeyalo kon sus
# amigos", "Did you enjoy this story? ...", "Vous avez aimé cet article ? ..."
_PIECE = (
    r"(?:article|story|piece|post|read|artículo|nota|artigo|matéria|articolo|artikel|článek"
    r"|artykuł|tekst|статья|материал|artikolo|sengoloa|makala|nqaku|haber|yazı|cet\s+article"
    r"|cette\s+\w+)"
)
_LIKED = unless_reported(
    re.compile(
        r"^(?:(?:did\s+you\s+|if\s+you\s+)?(?:like|liked|enjoy|enjoyed)\s+(?:this|the)\s+"
        r"|(?:¿\s*)?(?:si\s+)?te\s+gust[óo]\s+(?:esta|este)\s+|(?:si\s+)?vous\s+avez\s+aimé\s+"
        r"|(?:se\s+)?gostou\s+d(?:esta|este|a|o)\s+|(?:se\s+)?ti\s+è\s+piaciut[oa]\s+(?:questo|"
        r"questa)?\s*|(?:hat|wenn)\s+ihnen\s+(?:dieser|der|dieses)\s+|líbil[ao]?\s+se\s+vám\s+"
        r"|podobał\s+ci\s+się\s+|понравил\w+\s+(?:ли\s+)?(?:вам\s+)?(?:эта\s+|этот\s+)?"
        r"|u\s+ratile\s+|si\s+(?:te|le|vos)\s+plaze\s+(?:este|esta)\s+)" + _PIECE + r"\b"
        r"[^\n]{0,160}$"
        # "Vous aimez nous lire ? La version numérique coûte ...", "Enjoy reading us? ..."
        r"|^(?:vous\s+aimez\s+nous\s+lire|tu\s+aimes\s+nous\s+lire|(?:do\s+you\s+)?enjoy\s+reading"
        r"\s+us|(?:¿\s*)?te\s+gusta\s+leernos|gosta\s+de\s+nos\s+ler|lesen\s+sie\s+uns\s+gern)"
        r"\s*\?[^\n]{0,160}$",
        re.I,
    )
)

# the page's own site, app, section or channel named as where more is: "Retrouvez toute
# l'actualité de l'Ouest sur notre appli.", "Más noticias de Córdoba y provincia en nuestra
# portada", "Haberin devamı ... için sitemizi takip edin", "Funda ngakumbi kwiwebhusayithi
# yethu", "Lisin di nyuz na wi rediyo ɔnlayn"
_OUR_VENUE = (
    r"(?:(?:notre|nos|nuestra|nuestro|nuestras|nossa|nosso|our|unsere[mnr]?|la\s+nostra|il\s+nostro"
    r"|onze|naszej|naszym|naše|naší)\s+(?:\w+\s+)?(?:site|website|appli|application|app|portada"
    r"|página|rubrique|section|rubrica|rubriek|homepage|page|canal|channel|chaîne|seite|webseite"
    r"|sitio|portal|web|strona|stronie|aplikacji|radio|rádio)|sitemiz\w*|web\s+sitemiz\w*"
    r"|kwiwebhusayithi\s+yethu|iwebhusayithi\s+yethu|wi\s+(?:rediyo|websayt)|tovuti\s+yetu"
    r"|blogu\s+yetu|ukurasa\s+wetu|aming\s+(?:website|pahina|app)|(?:canalul|pagina|site-ul"
    r"|aplicația)\s+(?:nostru|noastră))"
)
_OUR_ELSEWHERE = unless_reported(
    re.compile(
        r"^(?:retrouvez|découvrez|suivez|consultez|más\s+noticias|mas\s+noticias|more\s+(?:news"
        r"|stories)|find|follow|visit|read\s+more|listen|lisin|funda|encuentra|sigue|síguenos"
        r"|visita|consulta|acompanhe|confira|veja|mais\s+notícias|trovi|segui|leggi|mehr|lesen"
        r"|folgen|haberin|takip|dinle|soma\s+zaidi|urmăriți|urmărește|urmareste|bisitahin"
        r"|para\s+sa\s+iba\s+pang\s+balita|usikose|tembelea)\b[^\n]{0,120}?\b" + _OUR_VENUE + r"\b"
        r"[^\n]{0,60}$",
        re.I,
    )
)
# more news on a portal or site, a broadcast on an app: "Mais notícias do Paraná no portal da
# <TV>", "Tonton siaran langsung <TV> di aplikasi <App>"
_MORE_THERE = unless_reported(
    re.compile(
        r"^(?:mais\s+notícias|más\s+noticias|more\s+news|plus\s+d['’]\s?actualités|mehr\s+"
        r"nachrichten)\b[^\n]{0,60}?\b(?:no|na|en|on|sur|auf|im)\s+(?:o\s+|el\s+|the\s+|la\s+|le\s+"
        r"|dem\s+)?(?:portal|site|sitio|portada|homepage|app|appli|website)\b[^\n]{0,60}$"
        r"|^(?:tonton|saksikan|watch|regardez|mira|assista|guarda|schauen\s+sie)\b[^\n]{0,60}?\b"
        r"(?:di|on|sur|en|no|na|in|auf|su)\s+(?:the\s+|l['’]\s?|la\s+|el\s+|o\s+|der\s+)?"
        r"(?:aplikasi|app|appli|application|aplicación|aplicativo|applicazione)\b[^\n]{0,60}$",
        re.I,
    )
)
# a channel on a messenger, with an ask or the page's own: "Entre no canal da <Gazeta> no zap e
# acompanhe ...", "Platform updates from Times staff through the paper's KakaoTalk channel"
_MESSENGER = r"(?:whatsapp|zap|telegram|kakaotalk|viber|signal|line)"
_CHANNEL_ASK = unless_reported(
    re.compile(
        r"^(?:entre|join|únete|unite|rejoignez|tritt|segue|siga|sigue|follow|abonează-te|iscriviti"
        r"|inscreva-se|recibe|recibí|receba|ricevi|receive|get|recevez)\b[^\n]{0,60}?\b(?:canal\w*|channel|chaîne|kanal|gruppo|grupo|group|noticias|news"
        r"|notícias|notizie|nouvelles|actualités)\b"
        rf"[^\n]{{0,40}}?\b{_MESSENGER}\b[^\n]{{0,80}}$"
        # "<Outlet> ya está en WhatsApp: únete aquí", "<Outlet> is now on WhatsApp"
        rf"|^[^\n]{{1,40}}?\s(?:ya\s+está|está|is\s+now|est\s+(?:maintenant|désormais)|já\s+está"
        rf"|ist\s+jetzt)\s+(?:en|on|sur|no|na|auf)\s+{_MESSENGER}\b[^\n]{{0,60}}$"
        rf"|^[^\n]{{0,80}}?\b(?:the\s+paper['’]s|our|the\s+site['’]s|the\s+station['’]s)\s+"
        rf"{_MESSENGER}\s+(?:channel|group)\s*[.!]?$",
        re.I,
    )
)

# where the piece was first published, in more languages: "Artikel ini telah tayang di <Site>.
# Dilarang mengutip tanpa menyebut sumber.", "Eli nqaku lipapashwe okokuqala kwi-<Site>.", "The
# story <title> was first seen on <Site>.", "Este artículo fue publicado originalmente en ..."
_FIRST_PUBLISHED = re.compile(
    r"^artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)\s+(?:di|pada)\s[^\n]{2,160}$"
    r"|^(?:eli|le|lo)\s+(?:nqaku|phepha|ndaba|sihloko)\s+\w*(?:papashwe|shicilelwe)\s+okokuqala"
    r"\b[^\n]{0,120}$"
    r"|^the\s+(?:story|article|piece)\s+.{1,300}?\s+(?:was\s+first\s+(?:seen|published|posted)"
    r"|first\s+appeared|appeared\s+first)\s+(?:on|in|at)\s+(?:the\s+)?"
    # (the outlet's name ends the line: "The story of the flood was first published in the
    # Herald in 1953 and won a prize." is news)
    r"(?-i:[A-Z0-9][\w&'’.-]*)(?:\s+(?:(?-i:[A-Z0-9&][\w&'’.-]*)|of|de|du|da|do|the|and|&)){0,6}"
    r"\s*[.!]?$"
    r"|^(?:este\s+artículo|esta\s+nota|este\s+artigo|esta\s+matéria|cet\s+article|questo\s+articolo"
    r"|dieser\s+(?:artikel|beitrag))\s+(?:fue|foi|a\s+été|è\s+stato|wurde|erschien)\s+"
    r"(?:publicad[oa]\s+(?:originalmente|por\s+primera\s+vez)|publié\s+(?:initialement"
    r"|originellement|d['’]abord)|pubblicato\s+(?:originariamente|per\s+la\s+prima\s+volta)"
    r"|(?:ursprünglich|zuerst)(?:\s+veröffentlicht)?)\s+(?:en|em|no|na|dans|sur|par|su|in|auf"
    r"|bei|von)\s[^\n]{2,120}$",
    re.I,
)

# the piece's own update or correction at a clock: "Hinweis: Dieser Artikel wurde um 19.20 Uhr
# aktualisiert.", "This page was corrected at 3.55pm. See that entry.", "Cet article a été mis à
# jour à 19h20."
_CLOCK = r"\d{1,2}(?:[.:h]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)?"
_UPDATED_AT = re.compile(
    r"^(?:(?:hinweis|note|nota|update|mise\s+à\s+jour|actualización|aggiornamento)\s*:\s*)?"
    r"(?:this\s+(?:page|article|story|piece|post)\s+was\s+(?:last\s+)?(?:updated|corrected"
    r"|amended)\s+(?:at|on)\s+" + _CLOCK + r"|dieser\s+(?:artikel|beitrag|text)\s+wurde\s+"
    r"(?:zuletzt\s+)?um\s+" + _CLOCK + r"\s+(?:aktualisiert|korrigiert|ergänzt)"
    r"|cet\s+article\s+a\s+été\s+(?:mis\s+à\s+jour|corrigé|modifié)\s+à\s+" + _CLOCK + r""
    r"|(?:este\s+artículo|esta\s+nota)\s+(?:fue|ha\s+sido)\s+(?:actualizad[oa]|corregid[oa])"
    r"\s+a\s+las\s+" + _CLOCK + r"|questo\s+articolo\s+è\s+stato\s+(?:aggiornato|corretto)\s+"
    r"alle\s+" + _CLOCK + r")\s*[.!]?(?:\s+[^\n]{0,40})?$",
    re.I,
)

# the funders' or the reviewers' distance from the piece: "A rural-reporting grant helped pay
# for this trip; its donors saw nothing before publication", "Travel to <place>: paid from a
# regional bursary, whose trustees read nothing in advance.", "Checked before publication by two
# outside reviewers ...", "Two climate scientists checked this explainer"
_FUNDERS_APART = unless_reported(
    re.compile(
        r"^(?=[^\n]*?\b(?:grant|bursary|fellowship|fund|funders?|donors?|trustees|sponsors?)\b)"
        r"[^\n]{0,160}?\b(?:saw|see|read|reviewed|had)\s+(?:nothing|no\s+(?:say|input|control"
        r"|part))\b[^\n]{0,30}?\b(?:before\s+publication|in\s+advance|before\s+it\s+ran"
        r"|beforehand)\b[^\n]{0,40}$"
        # (in the present, or opening the line: "Comments made by the minister were reviewed by
        # lawyers before publication." is news)
        r"|^(?:[^\n]{0,60}\b(?:is|are)\s+)?(?:checked|reviewed|fact-checked)\s+(?:by\s+[^\n]{0,60}?\s+)?"
        r"before\s+publication\b[^\n]{0,80}$"
        r"|^(?:\w+\s+){0,3}\w+(?:ists|ers|ors|ians|experts)\s+(?:checked|reviewed|fact-checked)"
        r"\s+this\s+"
        r"(?:explainer|article|piece|story|guide|report|primer)\s*[.!]?$",
        re.I,
    )
)
# the views are the interviewees' or writers' own: "Las opiniones de los entrevistados no
# representan necesariamente a la redacción.", "Diarists speak only for themselves here", "each
# signed piece speaks for its writer"
_OWN_VIEWS = unless_reported(
    re.compile(
        r"^(?:las\s+|les\s+|the\s+|as\s+|le\s+|gli\s+|die\s+)?(?:opiniones|opinions|opiniões"
        r"|opinioni|views|meinungen|puntos\s+de\s+vista)\s+(?:de|des|of|dos|das|degli|delle|der"
        r"|expressed\s+by)\s+[^\n]{0,40}?\b(?:no|ne|do\s+not|don['’]t|não|non|nicht|are\s+not)\s+"
        r"(?:\w+\s+){0,2}?(?:representan|reflejan|représentent|reflètent|engagent|represent"
        r"|reflect|representam|refletem|rappresentano|riflettono|entsprechen|wiedergeben|necessarily)"
        r"\b[^\n]{0,80}$"
        r"|^[^\n]{0,80}?\b(?:speaks?\s+(?:only\s+)?for\s+(?:its|their|the)\s+(?:writer|author)s?"
        r"|speak\s+only\s+for\s+themselves|(?:editors|the\s+editors)\s+take\s+no\s+side"
        r"|compromete\s+(?:solo|sólo|solamente|únicamente)\s+a\s+quien\s+lo\s+(?:escribe|firma))"
        r"\b[^\n]{0,60}$",
        re.I,
    )
)

# a wire's desk slug of initials, lower case, set apart by "/" or "-": "ats-arp/jfb/lm"
_DESK_SLUG = re.compile(r"^[a-z]{2,5}(?:[-/][a-z]{1,5}){2,6}$")
# a dispatch that went out unread: "Cette dépêche a été publiée automatiquement. Elle n'a pas
# été relue par la rédaction.", "This story has not been edited by our staff and is
# auto-generated from a syndicated feed."
_UNREAD = re.compile(
    r"^[^\n]{0,60}?\b(?:publiée?\s+automatiquement|published\s+automatically|automatically"
    r"\s+published|auto-generated\s+from|automatisch\s+veröffentlicht|publicad[ao]\s+"
    r"automáticamente|pubblicat[ao]\s+automaticamente)\b[^\n]{0,140}$"
    r"|^[^\n]{0,60}?\b(?:n['’]a\s+pas\s+été\s+relue?|has\s+not\s+been\s+(?:edited|reviewed)"
    r"\s+by\s+(?:our|the|\w+)\s+(?:staff|editors|newsroom|desk))\b[^\n]{0,120}$",
    re.I,
)

# affiliate links in more languages: "Algunos de los enlaces de este artículo son afiliados y
# pueden reportar un beneficio a <Site>.", "Certains liens de cet article sont affiliés ..."
_AFFILIATE = unless_reported(
    re.compile(
        r"^[^\n]{0,40}?\b(?:enlaces|links?|liens|ligações|collegamenti|link)\b[^\n]{0,40}?\b"
        r"(?:afiliad\w*|affili\w*|partnerlinks?)\b[^\n]{0,140}$"
        r"|^[^\n]{0,40}?\b(?:affiliate-links?|partner-links?|provisions-links?)\b[^\n]{0,140}$",
        re.I,
    )
)
# "continues after the advertisement": "Continua após a publicidade", "Continúa después de la
# publicidad", "Story continues after the ad"
_AFTER_AD = re.compile(
    r"^(?:(?:the\s+)?(?:story|article|text)\s+)?(?:continua|continúa|continues?|la\s+suite)\s+"
    r"(?:após|depois\s+d[ao]|después\s+de|tras|after|below|après|sotto|dopo)\s+(?:a\s+|la\s+"
    r"|the\s+|l['’]\s?|o\s+)?(?:publicidade|publicidad|advert\w*|ad|ads|anúncio|anuncio"
    r"|publicité|pubblicità)\s*[.!]?$",
    re.I,
)
# an aggregator's "more articles on this topic": "Afficher plus d'articles sur ce sujet"
_MORE_ON_TOPIC = re.compile(
    r"^(?:afficher|voir|ver|mostrar|show|see|view|mehr|more|altri|mais|leggi)\s+(?:plus\s+"
    r"d['’]\s?|más\s+|more\s+|mais\s+|altri\s+)?(?:articles?|artículos|artigos|articoli|artikel"
    r"|stories|noticias|notícias|notizie|news)\s+(?:sur|sobre|on|about|zu|su|über|zum)\s+"
    r"(?:ce|este|esse|this|diesem|questo|esta|dem)\s+(?:sujet|tema|topic|thema|argomento|assunto"
    r"|subject)\s*$",
    re.I,
)
# the piece read aloud: "Hear this piece read aloud", "Voiced by artificial intelligence",
# "Artikel anhören • 3 Minuten", "Klausytis straipsnio (3 min.)", "Écouter cet article"
_READ_ALOUD = re.compile(
    r"^(?:(?:hear|listen\s+to)\s+this\s+(?:piece|article|story|report)(?:\s+read\s+aloud)?"
    r"|voiced\s+by\s+(?:artificial\s+intelligence|ai|an?\s+(?:ai|synthetic)\s+voice)"
    r"|(?:artikel|beitrag)\s+(?:anhören|vorlesen\s+lassen)|klausytis\s+straipsnio"
    r"|(?:écouter|écoutez)\s+(?:cet\s+article|l['’]\s?article)|(?:escuchar|escucha)\s+(?:este"
    r"\s+artículo|esta\s+nota)|ouvir\s+(?:este\s+artigo|esta\s+matéria)|ascolta\s+"
    r"(?:l['’]\s?articolo|questo\s+articolo)|(?:artikel|berita)\s+ini\s+dibacakan)"
    r"\s*(?:[•·|(—–-]\s*\d{1,2}\s*(?:min\w*|minuten|minutes)\.?\s*\)?)?$",
    re.I,
)
# a release's "Signed" alone, or with the signatory and a role: "Signed: <Name>, <role>"
_SIGNED = re.compile(
    r"^(?:signed|signé|firmado|assinado|gezeichnet|sgd\.?)(?:\s*:\s*[^\n]{3,160})?$", re.I
)
# the ask to follow or see the outlet on Google News: "Kövesse a <Lap>ot a Google Hírekben!",
# "Alle Artikel zum Thema in Google News ansehen", "Xem toàn bộ tin bài ... trên Google Tin tức"
_GOOGLE_NEWS = unless_reported(
    re.compile(
        r"^(?=[^\n]*\bgoogle\s+(?:news|hírek\w*|tin\s+tức|noticias|notícias|actualités|nachrichten"
        r"|notizie|nieuws|wiadomości|zprávy|haberler|berita|balita)\b)(?=[^\n]*\b(?:kövesse|kövess"
        r"|ansehen|xem|follow|see|view|voir|afficher|siga|segui|sigue|síguenos|volg|folgen|bekijk"
        r"|lihat|ikuti|takip|obserwuj|sledujte|urmăriți|alle\s+artikel|read|lesen)\b)[^\n]{0,140}$",
        re.I,
    )
)
# a syndicating page's note that the views are the publisher's: "<Site> carries this story from
# a partner publisher; the views are the publisher's own."
_PARTNER_VIEWS = re.compile(
    r"^[^\n]{0,100}\b(?:the\s+)?(?:views|opinions)\s+(?:expressed\s+)?are\s+(?:the\s+"
    r"(?:publisher|partner|author|writer)['’]s|their|its)\s+own\b[^\n]{0,40}$",
    re.I,
)
# a share or related label of the languages the lists had least: "Sparte quessu:", "Articuli
# in relazione", "Kabola nsango oyo", "مشاركة عبر:"
_SHARE_LABEL = re.compile(
    r"^(?:sparte\s+quessu|spartite|articuli\s+in\s+relazione|articuli\s+cunnessi|kabola\s+nsango"
    r"\s+oyo|shiriki\s+(?:habari|makala)\s+hii|مشاركة\s+عبر|شارك\s+عبر|ikkondividi|artikli\s+relatati"
    r")\s*:?$",
    re.I,
)
# a blog template's permalink line in any language: "Sta publicazione hè stata publicata in
# <category>. Aghjunghjite u permalink à i vostri favuriti."
_PERMALINK = re.compile(r"^[^\n]{0,160}\bpermalink\b[^\n]{0,80}$", re.I)
# the app named with alerts on the reader's phone: "L'appli de <Outlet> : les alertes de <town>
# sur votre téléphone"
_APP_LABEL = re.compile(
    r"^(?:l['’]\s?appli(?:cation)?|la\s+app|the\s+app|die\s+app|o\s+app|el\s+app|l['’]\s?app)\b"
    r"[^\n]{0,40}[:·—–-]\s*[^\n]{0,80}\b(?:votre|your|tu|su|ihr\w*|seu|sua|il\s+tuo)\s+"
    r"(?:téléphone|phone|smartphone|móvil|celular|handy|teléfono|telemóvel|portable|mobile"
    r"|telefono|cellulare)\b[^\n]{0,20}$",
    re.I,
)
# a byline's label in the languages the lists had least, and a name: "Imeandikwa na <Name>",
# "Yanditswe na <Name>", "Miktub minn <Name>", "Hakerek na'in: <Name>", "Текст: <Name>, <role>";
# a name and the writer's handle: "<Name> @handle"
_NAME = (
    r"(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w'’.-]+)(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w'’.-]+)|da|de|di|do"
    r"|dos|van|von|bin|ibn)){1,3}"
)
_BYLINE_MORE = re.compile(
    r"^(?:imeandikwa\s+na|yanditswe\s+na|miktub\s+minn|hakerek\s+na['’]in\s*:|escrito\s+por"
    r"|escrita\s+por|écrit\s+par|scritto\s+da|geschrieben\s+von|текст\s*:|автор\s*:|tekst\s*:"
    r"|napisał[a]?|napsal[a]?|ekiwandiikiddwa|wanda\s+ya\s+rubuta|kirjoittanut|rubutawa)\s+"
    rf"{_NAME}(?:\s*,\s*[^\n.!?]{{1,60}})?$"
    rf"|^{_NAME}\s+@\w{{2,30}}$",
    re.I,
)
# a credit for more reporting: "Text by <Name>; additional reporting by <Name>", "With extra
# reporting from <Name> in Galway; edited by <Name>", "<Name> reported from Lisbon, with <Name>
# contributing from Madrid"
_MORE_REPORTING = re.compile(
    r"^[^\n]{0,60}?\b(?:additional|extra|further)\s+reporting\s+(?:by|from)\s+"
    + _NAME
    + r"[^\n.!?]{0,80}[.]?$"
    r"|^"
    + _NAME
    + r"\s+reported\s+from\s+"
    + _NAME.replace("{1,3}", "{0,2}")
    + r"\s*[,;]\s+(?:with\s+)?"
    + _NAME
    + r"\s+(?:contribut\w+|(?:in\s+[^\n]{1,30}\s+)?also"
    r"\s+reported)\b[^\n.!?]{0,40}[.]?$",
    re.I,
)
# the consent banner in more languages: "Wir und unsere Partner speichern Informationen auf
# Ihrem Gerät ...", "Avec nos partenaires, nous utilisons des traceurs ...", "Ne pasă de
# confidențialitatea ta. Folosim cookie-uri ...", its buttons ("Accepter et fermer", "Paramétrer
# mes choix") and its head ("Nous respectons votre vie privée")
_CONSENT = re.compile(
    r"^(?:wir\s+und\s+unsere\s+partner|avec\s+nos\s+partenaires|nosotros\s+y\s+nuestros\s+"
    r"(?:socios|partners)|noi\s+e\s+i\s+nostri\s+partner|nós\s+e\s+os\s+nossos\s+parceiros"
    r"|wij\s+en\s+onze\s+partners)\b[^\n]{0,300}\b(?:gerät|appareil|dispositivo|apparaat"
    r"|traceurs|cookies?|akzeptieren|accepter|aceptar|accetta|aceitar|accepteren)\b[^\n]{0,300}$"
    r"|^(?:[^\n]{0,60}[.!?]\s+)?(?:folosim|utilizăm|nous\s+utilisons|wij\s+(?:vragen|gebruiken)"
    r"|usamos|utilizamos|wir\s+verwenden|wir\s+nutzen|używamy|používáme|kullanıyoruz)\b[^\n]{0,60}"
    r"\b(?:cookie-uri|cookies?|traceurs|koekies|çerez\w*|ciasteczk\w*)\b[^\n]{0,200}$"
    r"|^(?:nous\s+respectons\s+votre\s+vie\s+privée|respetamos\s+tu\s+privacidad|wir\s+"
    r"respektieren\s+ihre\s+privatsphäre|rispettiamo\s+la\s+tua\s+privacy|respeitamos\s+a\s+"
    r"sua\s+privacidade|ne\s+pasă\s+de\s+confidențialitatea\s+ta)\s*[.!]?$"
    r"|^(?:accepter\s+et\s+fermer|tout\s+accepter|tout\s+refuser|paramétrer\s+mes\s+choix"
    r"|alle\s+akzeptieren|alle\s+ablehnen|aceptar\s+todo|aceptar\s+y\s+cerrar|rechazar\s+todo"
    r"|accetta\s+tutto|rifiuta\s+tutto|aceitar\s+tudo|rejeitar\s+tudo|alles\s+accepteren"
    r"|accept\s+all|reject\s+all|acceptă\s+tot|sunt\s+de\s+acord\s+cu\s+toate)$",
    re.I,
)
# a most-read list's head behind a label: "Ranking: mais acessadas hoje"; a release's "For more
# information: Questions and answers on ..."
_MOST_READ = re.compile(
    r"^(?:ranking|top)\s*:\s*(?:mais\s+(?:acessad[ao]s|lid[ao]s)|más\s+leíd[ao]s|most\s+(?:read"
    r"|popular)|les\s+plus\s+lus|meistgelesen|più\s+lett[ie])\b[^\n]{0,20}$"
    r"|^for\s+more\s+information\s*:\s+(?:questions\s+and\s+answers|q\s*&\s*a|(?:a\s+)?fact\s*sheet"
    r"|memo|see|visit|contact|go\s+to|please)\b[^\n]{0,140}$",
    re.I,
)
# a reading time in words: "About six minutes' reading", "A Longform feature · about 14
# minutes' reading", "<Name>, text and pictures · about 14 minutes", "Approx. three minutes'
# read"
_NUMBER_WORD = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty)"
)
_READING_WORDS = re.compile(
    r"^(?:[^\n·|]{0,60}[·|]\s*)?(?:about|approx\.?|approximately|around|some|roughly|under)?\s*"
    + _NUMBER_WORD
    + r"\s+minutes?['’]?\s+(?:read|reading|listen(?:ing)?)\s*$"
    r"|^[^\n·|]{0,60}\b(?:text|words)\s+and\s+(?:pictures|photos|photographs)\s*[·|]\s*"
    r"(?:about|approx\.?|around|some)?\s*" + _NUMBER_WORD + r"\s+minutes?\s*$",
    re.I,
)
# when the page appears: "<Outlet> business pages appear Tuesdays and Fridays.", "<Letter> goes
# out before sunrise, Monday through Friday", "The printed <Outlet> reaches subscribing farms
# early every month.", "<Topics> in Nairobi, every Thursday."
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SCHEDULE = (
    rf"(?:(?:every|each)\s+(?:other\s+)?(?:day|weekday|week|month|morning|evening|{_DAY_NAME})"
    rf"|{_DAY_NAME}s?\s+(?:through|to)\s+{_DAY_NAME}|{_DAY_NAME}s\s+and\s+{_DAY_NAME}s"
    r"|(?:early|late)\s+(?:every|each)\s+month|daily|weekly|monthly|quarterly)"
)
_APPEARS = unless_reported(
    re.compile(
        r"^(?:the\s+)?[^\n]{0,50}?\b(?:pages|columns?|editions?|letter|newsletter|pull-out"
        r"|supplement|issues?|bulletin|podcast|digest|briefing|memo)\s+(?:appears?|goes\s+out"
        r"|lands?\s+in\s+inboxes|reaches|arrives?|comes?\s+(?:out|free))\b[^\n]{0,60}?"
        rf"\b{_SCHEDULE}\b[^\n]{{0,60}}$"
        # a letter's name going out ("<Letter> goes out before sunrise, Monday through Friday";
        # "Harbour Ledger is published every Wednesday." may be another outlet's news)
        r"|^(?:the\s+)?(?:printed\s+)?(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\s+(?:goes\s+out"
        r"|lands\s+in\s+inboxes|reaches\s+subscrib\w+)\b[^\n]{0,60}?"
        rf"\b{_SCHEDULE}\b[^\n]{{0,60}}$"
        # (a tagline has no verb: "Free buses run in the centre, every Sunday." is news)
        r"|^(?![^\n]*\b(?:is|are|was|were|will|runs?|opens?|closes?|has|have|had|can|must)\b)"
        rf"[^\n.!?]{{3,70}},\s+(?:every|each)\s+(?:weekday|day|morning|evening|{_DAY_NAME})\s*[.]?$"
        rf"|^(?:put\s+out|published|produced|written)\s+{_SCHEDULE}\s+by\b[^\n]{{0,80}}$",
        re.I,
    )
)
# a correspondent's byline: "De notre correspondant à <Place>, <Name>", "From our correspondent
# in <Place>", "By <Name>, in <Place>", "By <Name> in <Place> provinces"
_CORRESPONDENT = re.compile(
    r"^(?:de|par)\s+(?:notre|nos)\s+(?:correspondante?s?|envoyée?s?\s+spéciale?s?)\s+(?:à|au|en"
    r"|aux|dans)\s+[^\n.!?]{1,60}$"
    r"|^from\s+(?:our|a)\s+(?:own\s+)?(?:correspondent|staff\s+reporter)\s+in\s+[^\n.!?]{1,60}$"
    r"|^(?:de|por)\s+nuestr[oa]\s+(?:corresponsal|enviad[oa]\s+especial)\s+en\s+[^\n.!?]{1,60}$"
    r"|^(?:von\s+unserem|von\s+unserer)\s+(?:korrespondent\w*)\s+in\s+[^\n.!?]{1,60}$"
    r"|^(?:by|par|por|von)\s+" + _NAME + r"\s*,?\s+in\s+(?-i:[A-ZÀ-ÞĀ-Ž])[^\n.!?]{0,50}$",
    re.I,
)
# the page is no advice for the reader's own case: "Nothing here replaces a solicitor's view of
# your own lease", "<Guide> answers are general; a solicitor can judge your particular booking.",
# "Conversions use the month's reference rate; check payroll rules with an adviser."
_ADVICE = r"(?:solicitor|lawyer|attorney|adviser|advisor|accountant|notary|pharmacist)['’]?s?"
_NO_ADVICE = unless_reported(
    re.compile(
        rf"^(?=[^\n]*\b{_ADVICE}\b)(?=[^\n]*\b(?:nothing\s+here|this\s+page|are\s+general"
        r"|general\s+information|your\s+own|your\s+particular|any\s+individual|check\s+[^\n]{0,30}"
        r"\bwith\s+an?\s|should\s+be\s+consulted)\b)[^\n]{0,200}$",
        re.I,
    )
)
# how the figures were made: "Exchange rates used in this article: ...", "Amounts shown reflect
# rules in force when this page went up", "Price figures shown run fifteen minutes late"
_FIGURES_NOTE = re.compile(
    r"^(?:the\s+)?(?:exchange\s+rates?|conversions?|amounts?|figures|prices?|price\s+figures"
    r"|price\s+notes|data)\s+(?:used\s+(?:in\s+this\s+(?:article|piece|story|page)|here)"
    r"|shown(?:\s+here)?\s+(?:reflect|run|are)|use\s+the\s+(?:month|day|week|year)['’]s)\b"
    r"[^\n]{0,140}$",
    re.I,
)
# a newsletter's forward ask and greeting: "Know someone who'd like this? Pass it along.",
# "Colleague missing out? Send them the sign-up link.", "Morning, lakeshore readers, and happy
# Saturday.", "Good morning from <places>. Here is what ... this Wednesday."
_FORWARD_ASK = re.compile(
    r"^(?:[^\n?]{0,60}[.!]\s+)?(?:know\s+(?:someone|a\s+friend|a\s+colleague)\s+who['’]?d"
    r"\s+(?:like|enjoy)\s+this|(?:a\s+)?(?:colleague|friend)s?\s+missing\s+out)\s*\?[^\n]{0,100}$"
    r"|^(?:good\s+)?(?:morning|evening|afternoon),\s+(?:\w+\s+){0,2}readers\b[^\n]{0,50}$"
    r"|^good\s+(?:morning|evening|afternoon)\s+from\s+[^\n.!?]{1,80}[.!]\s+(?:here\s+is|here['’]s)"
    r"\s+what\b[^\n]{0,100}$",
    re.I,
)
# the rules for reusing the page's copy or pictures: "Photographs © the author; no reuse
# without written consent", "Any reuse of <Agency> copy must credit the agency ...", "All rights
# to images in this article remain with their lenders."
_REUSE = unless_reported(
    re.compile(
        r"^(?=[^\n]*\b(?:copy|photographs?|photos?|images?|pictures?|text|articles?|content"
        r"|material|stories)\b)[^\n]{0,120}?\b(?:no\s+reuse|any\s+reuse|reuse\s+(?:of|without)"
        r"|quoting\s+[^\n]{1,30}\s+copy\s+is|may\s+not\s+be\s+(?:reproduced|republished|reused)"
        r"|must\s+credit|remain\s+with\s+their\s+(?:lenders|owners|authors))\b[^\n]{0,120}$",
        re.I,
    )
)
# a live page's legend, the series going on next week: "Clock: CEST · newest entry first", "Who
# pays for what: the series continues next week with transit."
_PAGE_LEGEND = re.compile(
    r"^[^\n]{0,40}\b(?:newest|latest)\s+(?:entries|entry|posts?|updates?)\s+(?:first|on\s+top)"
    r"\s*[.]?$"
    r"|^[^\n]{0,60}\bthe\s+series\s+continues\s+(?:next|on)\b[^\n]{0,60}$",
    re.I,
)
# the wall's other rows: "... in Thursday's PDF, for paying readers", "The association's full
# briefing sits behind the <Bulletin>'s trade login.", "Members can read the full speech on the
# union's website after logging in.", "Abonné(e) ? Partagez gratuitement ce récit ..."
_PAYING_ONLY = unless_reported(
    re.compile(
        r"^[^\n]{0,100}\bfor\s+paying\s+(?:readers|subscribers|members)(?:\s+only)?\s*[.]?$"
        r"|^[^\n]{0,80}\b(?:sits|is|are)\s+behind\s+(?:the|our|a)\s+(?:[\w'’]+\s+){0,2}(?:paywall"
        r"|login|log-in)\s*[.]?$"
        r"|^(?:members|subscribers)\s+can\s+read\b[^\n]{0,80}\bafter\s+logging\s+in\s*[.]?$"
        r"|^[^\n]{0,30}\?\s+(?:partagez|offrez)\s+gratuitement\b[^\n]{0,80}$"
        r"|^(?:advertising\s*:\s*reach|[^\n]{0,80}·\s*media\s+kit\s+on\s+request)\b[^\n]{0,80}$",
        re.I,
    )
)
# a commenter's row: a handle and how long ago ("<handle> · 2 ore fa", "<handle> 10 hours ago",
# "u/<name> · 2h", "<name> | منذ ساعتين", "214 points by <handle> 11 hours ago")
_AGO_WORDED = (
    r"(?:\d{1,3}\s*(?:h|hr|hrs|min|m|d|w)\s+ago|\d{1,3}\s+(?:hours?|minutes?|days?|weeks?)\s+ago"
    r"|\d{1,3}\s+(?:ore|ora|minuti|giorni)\s+fa|hace\s+\d{1,3}\s+\w+|il\s+y\s+a\s+\d{1,3}\s+\w+"
    r"|vor\s+\d{1,3}\s+\w+|há\s+\d{1,3}\s+\w+|منذ\s+\S+(?:\s+\S+)?)"
)
# (a bare "7h" only after the row's dot or bar, never minutes: "Goal · 63 min" is a marker)
_AGO_SHORT = r"[·|•]\s*\d{1,3}\s*(?:h|hr|hrs|d)"
_COMMENTER_ROW = unless_reported(
    re.compile(
        r"^(?:\d{1,5}\s+points\s+by\s+)?(?:u/)?(?=\S*[^\W\d_])(?:[\w.-]*[_.\d][\w.-]*"
        r"|[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*(?:(?:[·|•—–-]\s*)?"
        + _AGO_WORDED
        + r"|"
        + _AGO_SHORT
        + r")\s*$",
        re.I,
    )
)
# a "trending" label before a row of headlines: "Trending now: snow forecast for ..., ramen
# rankings", "Trending in Americas: <headline>"
_TRENDING = re.compile(
    r"^trending(?:\s+(?:now|today|in\s+\w+|on\s+\w+))?\s*:\s+[^\n]{3,140}$", re.I
)
# readers paying for the page: "Readers pay for our reportage, never the firms in it.", "Who
# pays for the <Herald>? Readers and three charities, ...", "Reader-funded local news for ..."
_READERS_PAY = unless_reported(
    re.compile(
        r"^(?:[^\n]{0,40}\b)?readers\s+pay\s+for\s+(?:our|this|these)\b[^\n]{0,100}$"
        # a tagline: what and for whom ("Reader-funded local news for East Hawaii"), not a
        # headline ("Reader-funded news site The Lantern wins national press award")
        r"|^reader-(?:funded|supported)\s+(?:[\w'’-]+\s+){0,3}?(?:for|in|from|across|on|about)"
        r"\s+[^\n.!?]{1,40}$"
        r"|^who\s+pays\s+for\s+(?:the\s+)?[^\n?]{1,40}\?\s+(?:our\s+)?readers\b[^\n]{0,100}$",
        re.I,
    )
)
# a reader's tip sent to the newsroom in Vietnamese ("Bạn đọc gửi tin, ảnh về tòa soạn qua
# Zalo ...", "Bạn đọc có thể gửi ý kiến về đường dây nóng ..."), headlines by SMS, a form below
_SEND_IN = re.compile(
    r"^bạn\s+đọc\s+(?:có\s+thể\s+)?gửi\b[^\n]{0,140}$"
    r"|^[^\n]{0,60}\bheadlines\s+by\s+sms\b[^\n]{0,80}$"
    r"|^[^\n]{0,100}[:;]\s*(?:inscríbete|suscríbete|subscribe|sign\s+up|abonnez-vous|inscrivez-vous)"
    r"\s+(?:abajo|below|here|aquí|ici|ci-dessous)\s*[.!]?$",
    re.I,
)
# the copy's licence and a wire's note that more follows: "Not for rebroadcast. <Agency> content
# is licensed per outlet.", "... the agency keeps all rights.", "Nota de la agencia: este
# despacho puede ampliarse.", "... further figures will follow in a new take."
_WIRE_TERMS = unless_reported(
    re.compile(
        r"^[^\n]{0,80}\b(?:not\s+for\s+(?:rebroadcast|republication|redistribution)|licensed\s+per"
        r"\s+outlet|keeps\s+all\s+rights|este\s+despacho\s+puede\s+ampliarse|will\s+follow\s+in\s+a"
        r"\s+new\s+take|cette\s+dépêche\s+(?:sera|pourra\s+être)\s+(?:complétée|actualisée))\b"
        r"[^\n]{0,80}$",
        re.I,
    )
)
# a release's signatory with a title in brackets: "<Name> (Mr.)", "<Name> (Mrs.)"
_SIGNATORY = re.compile(
    r"^(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,4}\s+\((?:mr|mrs|ms|dr|hon|esq|rev)\.?\)$",
    re.I,
)

KINDS: tuple[re.Pattern[str], ...] = (
    _COMMENT_RULES,
    _MEMBER_FUNDED,
    _SUPPORT_ASK,
    _SUBSCRIBE_ASK,
    _INBOX,
    _LIKED,
    _OUR_ELSEWHERE,
    _CHANNEL_ASK,
    _FIRST_PUBLISHED,
    _UPDATED_AT,
    _FUNDERS_APART,
    _OWN_VIEWS,
    _DESK_SLUG,
    _UNREAD,
    _AFFILIATE,
    _AFTER_AD,
    _MORE_ON_TOPIC,
    _SIGNATORY,
    _MORE_THERE,
    _READ_ALOUD,
    _SIGNED,
    _GOOGLE_NEWS,
    _PARTNER_VIEWS,
    _SHARE_LABEL,
    _PERMALINK,
    _APP_LABEL,
    _BYLINE_MORE,
    _MORE_REPORTING,
    _CONSENT,
    _MOST_READ,
    _READING_WORDS,
    _APPEARS,
    _CORRESPONDENT,
    _NO_ADVICE,
    _FIGURES_NOTE,
    _FORWARD_ASK,
    _REUSE,
    _PAGE_LEGEND,
    _PAYING_ONLY,
    _COMMENTER_ROW,
    _TRENDING,
    _READERS_PAY,
    _SEND_IN,
    _WIRE_TERMS,
)
