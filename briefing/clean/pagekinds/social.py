"""A page's share, follow and counter lines, each a whole line of its shape, in the page's
language: share and send rows ("Deila á Facebook", "Senda á vin", "Del saken med andre"), follow
asks ("Seko mums Telegram!", "Больше новостей — в нашем канале в WhatsApp"), a "more news" label,
"read more on <site>" ("Lees meer op <domain>"), an app's alert prompt ("Meldingen van <Outlet>?
Zet ze aan in onze app"), a view counter ("Baxış sayı: 2 904"), a post's counters ("12 boosts 4
favourites"), an embed's link ("Open this post on <domain>"), a short video's caption ("@handle
... ♬ original sound - <Account>"), a live page's "follow it play by play" and a link to the piece
in another language ("Lue tämä juttu suomeksi.").
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import PLATFORM

__all__ = ["KINDS"]

_SHARE = re.compile(
    r"^(?:share\s+on|deila\s+á|del\s+på|dela\s+på|teilen\s+auf|auf\s+\w+\s+teilen|delen\s+op"
    r"|partager\s+sur|compartir\s+en|compartilhar\s+no|condividi\s+su|udostępnij\s+na"
    r"|jaa\s+palvelussa)\s+" + PLATFORM + r"$"
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
    + PLATFORM
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
    rf"\s+(?:[\w'’]+\s+){{0,3}}{PLATFORM}[.!]?$",
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

# a live page's "follow the game play by play" in its language
_FOLLOW_LIVE = re.compile(
    r"^(?:sigue|seguí|segui|follow|suivez|acompanhe|volg|verfolgen\s+sie|folgen\s+sie)\s+"
    r"[^.!?]{1,40}?\s+(?:jugada\s+a\s+jugada|minuto\s+a\s+minuto|en\s+directo|en\s+vivo"
    r"|play[- ]by[- ]play|minute[- ]by[- ]minute|en\s+direct|in\s+diretta|ao\s+vivo"
    r"|minuut\s+voor\s+minuut|live\s+im\s+ticker|im\s+liveticker)$",
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

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _SHARE,
    _FOLLOW,
    _MORE,
    _READ_ON,
    _ALERTS,
    _VIEWS,
    _COUNTERS,
    _EMBED_LINK,
    _VIDEO_CAPTION,
    _FOLLOW_LIVE,
    _OTHER_LANGUAGE,
)
