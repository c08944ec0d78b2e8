"""Kinds of a page's lines addressed to its reader, told by a shape that holds across languages
(junk36), each a whole line; the small vocabularies are the kind's own words written for many
languages at once:

- a follow/join prompt for a messaging or video channel: a platform's name in any script and a
  verb of following, joining or subscribing in the imperative ("Follow <Outlet> on WhatsApp",
  "<Outlet>'i WhatsApp kanalından takip edin", "... व्हाट्सऐप पर, अभी फॉलो करें");
- a broadcast frequency offered to the listener: a frequency ("89.8 FM", "103.6 MHz") in a short
  line with no full stop of its own and no figure but the frequency ("Listen to us on 89.8 FM or
  online");
- a price for a period with an ask to the reader to subscribe ("Become a subscriber for 4,99 €
  per month and read without limits", "$5/month: subscribe");
- "this article is for our subscribers/members" ("Dieser Artikel ist nur für Abonnenten");
- a ban on reproducing the site's material ("Reproduction of materials ... prohibited");
- a letter's greeting or sign-off alone on a short line ending in a comma ("Dear readers,",
  "Best regards,"), or with a comma inside and a "!" at its end ("Hello, friends!");
- a live page's note on its reporters at work ("Our reporters ... are tracking the speech");
- "this e-mail" with a word of signing up (why the letter came);
- a share row naming two or more platforms after a verb of sharing;
- a row of two counts of a thread's things ("96 points and 57 replies");
- a consent banner: cookies, the site's own voice and a click or "by continuing";
- a font-size tool's row; "more for you" and "how do you like this content?" heads;
- a row of a name and the story's age ("Story by <Name> • 6 hrs", "<Outlet> · 3 h");
- (round two) a letter's "forwarded by a friend?" question, an unsubscribe note to the reader,
  "pass this along", a donation ask of a sum ("Give $20 to keep the newsroom going");
- contacts for journalists: "journalists/media can contact/call ..." with a number or address.

A line that reports (a verb of saying past its first word) stays.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import DespacedRule, Matcher, Rule
from briefing.clean.vocabulary import REPORTED, unless_reported

__all__ = ["KINDS", "LONG_KINDS", "is_age_row", "is_users_greeting"]

# -- a channel's follow/join prompt ------------------------------------------------------------
_PLATFORM = (
    r"(?:whats\s?app|telegram|viber|signal|line|kakao\s?talk|wechat|youtube|tiktok|instagram"
    r"|facebook|threads|bluesky|dzen|дзен|vk|вконтакте|одноклассник\w*|max"
    r"|ватсап\w*|вотсап\w*|вацап\w*|телеграм\w*|телеграмм\w*|ютуб\w*|واتساب|واتس\s?اب|تلغرام"
    r"|تيليجرام|تليجرام|يوتيوب|تلگرام|واتس‌اپ|व्हाट्सऐप|व्हाट्सएप|व्हॉट्सऐप|वॉट्सऐप|टेलीग्राम"
    r"|यूट्यूब|വാട്സ്ആപ്പ്|ടെലിഗ്രാം|வாட்ஸ்அப்|ওয়াটসঅ্যাপ|হোয়াটসঅ্যাপ|ワッツアップ|ライン|ＬＩＮＥ"
    r"|微信|微博|抖音|カカオトーク|카카오톡|텔레그램|유튜브|ยูทูบ|ไลน์)"
)
_FOLLOW = (
    r"(?:follow|join|subscribe|suivez|rejoignez|abonnez-vous|síguenos|sigue|síganos|únete"
    r"|únase|suscríbete|suscríbase|siga|sigam|segue|inscreva-se|entre|folge|folgen|abonniere"
    r"|abonnieren|segui|seguici|seguite|unisciti|iscriviti|takip|katılın|katıl|abone"
    r"|подпишитесь|подписывайтесь|присоединяйтесь|следите|читайте|ikuti|gabung|bergabung"
    r"|obserwuj|dołącz|volg|abonneer|följ|følg|seuraa|liity|انضم|انضموا|تابع|تابعوا|تابعونا"
    r"|اشترك|اشتركوا|دنبال|عضو|फॉलो|फ़ॉलो|ज्वाइन|जॉइन|जुड़ें|जुड़िए|सब्सक्राइब|ഫോളോ|ജോയിൻ"
    r"|ഫോളോ|பின்தொடர|関注|关注|關注|加入|订阅|訂閱|フォロー|友だち追加|登録|参加|구독|팔로우|팔로"
    r"|theo\s+dõi|tham\s+gia|đăng\s+ký|ติดตาม|เข้าร่วม|sundan|sumali|fuata|jiunge)"
)
_CHANNEL_PROMPT = unless_reported(
    re.compile(
        # (no run of figures: a number to send a message to, a date or a count belongs to news
        # of an alert service: "Residents can join the ministry's WhatsApp alerts by sending Hi
        # to 90000 12345")
        rf"^(?![^\n]*\d{{3}})(?=[^\n]*(?<![\w-]){_PLATFORM}(?!\w))"
        rf"(?=[^\n]*(?<!\w){_FOLLOW}(?!\w[\w-]{{6}}))"
        # the ask opens or closes the line, or the platform's channel or "us" is named
        # (or a clause of five words at most after it: "... kanalından takip edin, gelişmeleri
        # ilk siz öğrenin"; not "Police asked residents to follow the city's Telegram channel")
        # (no colon after an opening ask: "Follow the money: investigators traced the payments
        # through Facebook ads ..." is a label and its headline)
        rf"(?:(?:[^\n]{{0,60}}[,:،—–-]\s*)?{_FOLLOW}\b[^\n:]{{0,160}}|[^\n]{{0,160}}\b{_FOLLOW}"
        r"(?:\s+[^\s,]+){0,4}(?:\s*[,،]\s*(?:[^\s,]+\s+){0,4}[^\s,]+)?\s*[.!।。]?)$",
        re.I,
    )
)

# -- a broadcast frequency offered to the listener --------------------------------------------
_FREQUENCY = re.compile(
    r"(?<![\d.,])(?:\d{2,3}[.,]\d{1,2}\s*(?:FM|MHz|Mhz|mhz|fm)|\d{3,4}\s*(?:AM|kHz|KHz|khz))\b"
    r"|\b(?:FM|UKW|MW|OUC|УКВ)\s*\d{2,3}[.,]\d{1,2}(?![\d.,])"
)
_FREQUENCY_WORDS = 18


class _FrequencyAsk:
    """A short line naming a broadcast frequency, no other figure, and no full stop of its
    own ("Listen to us on 89.8 FM or online", "Sintonízanos en el 101.5 FM"); a station's news
    of a new frequency is a sentence ("Radio Kahu moves to 89.8 FM from Monday.")."""

    def match(self, line: str) -> bool:
        text = line.strip()
        if len(text.split()) > _FREQUENCY_WORDS or text.endswith((".", "?", "。", "।")):
            return False
        found = _FREQUENCY.search(text)
        if found is None:
            return False
        rest = text[: found.start()] + text[found.end() :]
        return not re.search(r"\d", rest) and not REPORTED.search(text, 1)


# -- a price for a period and an ask to subscribe ----------------------------------------------
_PER = r"(?:/|per|a|an|por|par|pro|al|il|ao|à|la|je|за|в|sur|每|／)"
_PERIOD = (
    r"(?:month|week|year|mo|yr|mois|semaine|an|année|mes|semana|año|mês|ano|monat|woche|jahr"
    r"|mese|settimana|anno|ay|hafta|yıl|месяц|неделю|год|bulan|minggu|tahun|miesiąc|tydzień"
    r"|rok|maand|week|jaar|månad|måned|kuukausi|月|周|週|年|월|माह|महीना|महीने|شهر|شهريا)"
)
_PRICE = (
    r"(?:(?:€|\$|£|¥|₹|₺|₦|R\$|US\$|CHF|Rp|zł|kr|руб\.?|₽|EUR|USD|GBP|INR)\s*\d[\d.,]*"
    r"|\d[\d.,]*\s*(?:€|\$|£|¥|₹|₺|₦|euros?|dollars?|pounds?|reais|pesos|CHF|zł|kr|руб\w*|₽|лир\w*"
    r"|TL|lira|rupees?|Rs\.?|Rp|円|元|원|EUR|USD|GBP|INR))"
)
_SUBSCRIBE = (
    r"(?:subscri\w*|suscri\w*|abon\w*|abbon\w*|assin\w*|member\w*|membre\w*|miembro\w*|mitglied\w*"
    r"|sóci\w*|socio\w*|üye\w*|подпис\w*|подписчик\w*|berlangganan|langganan|pelanggan"
    r"|prenumer\w*|subskryp\w*|lidmaatschap|premium|会員|購読|订阅|訂閱|会员|구독|회원|सदस्य"
    r"|سبسکرایب|اشترك|اشتراك)"
)
# (a clause giving the offer to someone else: "..., the ferry company now tells commuters",
# "..., the carrier's new plan promises")
_OTHERS_OFFER = (
    r"(?:tells|told|promises|promised|urges|urged|announces|announced|claims|offers|offered"
    r"|says|said|argues|insists|complained|complains)"
)
_PRICE_PER_PERIOD = unless_reported(
    re.compile(
        rf"^(?![^\n]*,\s+(?:the|its|their|a|an)\s[^\n,]{{0,50}}\b{_OTHERS_OFFER}\b)"
        rf"(?=[^\n]*(?<!\w){_SUBSCRIBE})(?=[^\n]*{_PRICE}\s*{_PER}\s*(?:(?:one|un|une|um|uma"
        rf"|ein|einen|1)\s+)?{_PERIOD}(?!\w))"
        # (the reader asked: a second person or a verb in the imperative opening a clause, not
        # the paper's news: "Subscriptions rise to €4.99 a month from May" is news)
        r"(?=[^\n]*(?:\b(?:jetzt|now|ahora|maintenant|agora|ora|şimdi|сейчас|sekarang|teraz|nu)"
        r"\s+(?:subscri\w*|suscr\w*|abonn\w*|abbona\w*|assin\w*|abone|подпи\w*|langgan\w*"
        r"|berlangganan|zasubskrybuj|abonneer)\b"
        r"|\b(?:you|your|vous|votre|vos|tu|te|ti|tú|usted|você|sie|ihr|du|dich|dir"
        r"|anda|kamu|siz|sen|вы|вас|ты|u|je|jij|ni|du|dig)\b|(?:^|[.!:;]\s+)(?:become|get|try"
        r"|join|subscribe|start|unlock|read|enjoy|sign\s+up|torne-se|assine|seja|devenez"
        r"|abonnez-vous|profitez|suscríbete|suscríbase|hazte|hágase|werden|abonnieren|lesen"
        r"|sichern|abbonati|diventa|abone\s+olun|üye\s+olun|подпишитесь|оформите|langganan"
        r"|berlangganan|dołącz|zostań|word|neem|bli|tilaa|ryhdy)\b))"
        r"[^\n]{0,300}$",
        re.I,
    )
)

# -- this article is for subscribers -----------------------------------------------------------
_THIS = (
    r"(?:this|these|ce|cet|cette|ces|este|esta|estos|aqueste|aquesta|aquest|aquesta|questo"
    r"|questa|dieser|diesen|dieses|diese|dit|deze|этот|эту|этого|цей|цю|bu|ini|ten|tento|tę"
    r"|ta|denne|dette|detta|tämä|sa|ez|acest|această|αυτό|το\s+παρόν|l['’]|el\s+presente)"
)
_PIECE = (
    r"(?:article|articles|artículo|artigo|articolo|artikel|artykuł|artikkel|artikkeli|cikk"
    r"|articol|άρθρο|статья|статью|статьи|материал\w*|стаття|статтю|makale|haber|story|content"
    r"|contenu|contenido|conteúdo|contenuto|inhalt|beitrag|nota|reportage|reportaje|reportagem"
    r"|post|tekst|text|texte|texto|testo|berita|tulisan|zprávu|článek|wpis|iнфармацыя)"
)
_SUBSCRIBERS = (
    r"(?:subscri\w+|suscri\w+|abon\w+|abbona\w+|assinant\w*|member\w*|membre\w*|miembro\w*"
    r"|mitglied\w*|sóci\w+|soci\b|abonent\w*|подписчик\w*|передплатник\w*|pelanggan|üye\w*"
    r"|prenumerant\w*|abonné\w*|premium|plus-\w+|paying\s+readers|registered\s+users)"
)
# a word of "for", "only" or "reserved" before the subscribers ("This content is the subject of a
# court case brought by two subscribers" is news)
_ONLY_FOR = (
    r"(?:for|only|reserved|exclusive|exclusively|available|para|pour|réservée?s?|exclusi\w+|für"
    r"|nur|vorbehalten|per|riservat\w+|solo|só|apenas|только|для|khusus|untuk|hanya|yalnızca"
    r"|sadece|tà|per\s+a|voor|alleen|för|bara|dla|tylko|pro|jen|csak|aux|à|a|ai|agli|alle|aos|às"
    r"|a\s+los|a\s+las|zu|abonelere|üyelere)"
)
_FOR_SUBSCRIBERS = unless_reported(
    re.compile(
        rf"^(?:[^\n]{{0,30}}\s)?{_THIS}\s*{_PIECE}\b[^\n]{{0,60}}?(?<!\w){_ONLY_FOR}\s+"
        rf"(?:[^\s]+\s+){{0,3}}?{_SUBSCRIBERS}"
        # (no figure, no date, no "was": "This article about the paper's subscribers was
        # written in 2046" is no gate)
        r"(?![^\n]*\b(?:was|were|had|fue|fueron|a\s+été|wurde|è\s+stato|foi)\b)[^\n\d]{0,160}$",
        re.I,
    )
)

# -- a ban on reproducing the site's material ---------------------------------------------------
_REPRODUCE = (
    r"(?:reproduc\w+|reprodu[cç]\w+|republish\w*|republication|reprint\w*|riproduz\w+"
    r"|reproducción|vervielfältig\w+|nachdruck\w*|weiterverbreit\w+|воспроизвед\w+|перепечат\w+"
    r"|відтворен\w+|передрук\w*|перадрук\w*|узнаўлен\w+|przedruk\w*|powielan\w*|çoğalt\w+"
    r"|kopyalan\w+|memperbanyak|mengutip|转载|轉載|転載|無断|複製|复制|무단|전재|reproducere"
    r"|eftertryck|ettertrykk|kopiering|overname)"
)
_BANNED = (
    r"(?:prohibited|forbidden|not\s+(?:permitted|allowed)|strictly|запрещ\w+|забороне\w*"
    r"|забаронен\w*|interdit\w*|prohibid\w+|proibid\w+|vietat\w*|verboten|untersagt"
    r"|nicht\s+gestattet|nur\s+mit|zabronion\w*|yasak\w*|yasaktır|dilarang|禁止|禁じ|금지|interzis\w*"
    r"|förbjud\w*|forbudt|verboden|без\s+согласия|без\s+дозволу|без\s+згоды|sin\s+(?:el\s+)?"
    r"(?:consentimiento|permiso)|sans\s+(?:l['’])?accord|ohne\s+zustimmung|without\s+(?:the\s+)?"
    r"(?:consent|permission))"
)
_NO_REPRODUCTION = unless_reported(
    re.compile(
        rf"^(?=[^\n]*{_REPRODUCE})(?=[^\n]*{_BANNED})"
        # (the page's own material, not a thing of the world: "Reproduction of the painting is
        # prohibited by the museum" has no word of the site's material)
        r"(?=[^\n]*\b(?:materials?|materia\w*|articles?|artículos?|artigos?|articoli|artikel\w*"
        r"|contents?|contenus?|contenidos?|conteúdos?|contenuti|inhalte?|texts?|textes?|textos?"
        r"|testi|photos?|fotos?|news|noticias|notícias|notizie|nachrichten|материал\w*|статей"
        r"|матеріал\w*|матэрыял\w*|публикаци\w*|haber\w*|içerik\w*|berita|artykuł\w*|treści"
        r"|site|sitio|sito|website|сайта?|информаци\w*)\b|[转轉転]载|記事|기사"
        # or any reproduction at all ("Toute reproduction, même partielle, est interdite")
        r"|^(?:any|all|toute|tout|cualquier|toda|jede|jegliche|qualsiasi|ogni|qualquer|любое"
        r"|любая|всякое|her\s+türlü|segala|wszelkie)\s+\w+(?:\s*,|\s+(?:même|even|incluso|auch"
        # (alone, not of a thing named: "Any reproduction of the ballot papers is prohibited
        # under the new rules" is news)
        r"|anche|mesmo|даже|bahkan|partielle|parcial|partial|totale?)\b|\s+(?:is|est|es|ist|è|é"
        r"|запрещ\w+)\s))[^\n]{0,400}$",
        re.I,
    )
)

# -- a letter's greeting or sign-off alone ------------------------------------------------------
# ("Dear readers,", "Hi Jozi,", "Best regards,", "Saludos desde Rosario,"): a short line with no
# figure that ends in a comma, and no list (one comma inside at most)
# A notice's greeting to the people its news is for is the notice's own first line ("Dear
# guests,", "Liebe Fahrgäste,", "Chers voyageurs,"): a hotel's, a railway's or a clinic's message
# to its guests, passengers or patients, run as the text; a letter to the page's own readers,
# friends, members or neighbours is the page's ("Dear readers,", "Hi friends,").
_USERS_GREETING = (
    r"(?i:(?:my\s+)?(?:dear(?:est)?|liebe|sehr\s+geehrte|chers?|chères|estimad[oa]s|querid[oa]s"
    r"|car[ie]|gentili|prezad[oa]s|car[oa]s|beste|geachte|kære|kjære|kära|hyvät|drodzy|szanowni"
    r"|sayın|уважаемые|дорогие)\s+(?:[\w'’-]+\s+){0,2}?(?:guests|passengers|customers|patients"
    r"|visitors|travell?ers|riders|commuters|holidaymakers|gäste|fahrgäste|kund(?:en|innen)"
    r"|besucher(?:innen)?|patient(?:en|innen)|reisende|clients?|clientes?|voyageurs|passagers"
    r"|visiteurs|patients|hôtes|huéspedes|pasajeros|visitantes|pacientes|viajeros|ospiti|clienti"
    r"|passeggeri|visitatori|viaggiatori|pazienti|passageiros|hóspedes|gasten|reizigers|klanten"
    r"|bezoekers|passagiers|gæster|gjester|gäster|resenärer|passagerare|vieraat|matkustajat"
    r"|goście|pasażerowie|misafirler|yolcular|гости|пассажиры"
    # (junk48) a notice's to the residents, an open letter's to an office and its holders
    # ("Dear residents,", "Dear Mayor, dear members of the government,", "Sir,")
    r"|residents|citizens|mayor|minister|prime\s+minister|president|governor|councillors"
    r"|commissioner|secretary|excellency|members\s+of\s+(?:the\s+)?(?:government|council"
    r"|parliament|cabinet|board|assembly|committee)|anwohner(?:innen)?|bürger(?:innen)?"
    r"|bürgermeister(?:in)?|habitants|citoyens|maire|ministre|vecinos|ciudadanos|alcalde(?:sa)?"
    r"|bewoners|burgemeester|beboere|innbyggere|invånare|asukkaat|mieszkańcy|жители)\b"
    r"|(?:sir|madam|sir\s+or\s+madam|madam\s+or\s+sir)(?=\s*,$))"
)
_USERS_GREETING_LINE = re.compile(rf"^{_USERS_GREETING}[^\d.!?\n]{{0,50}}[,!:]$")
_LETTER_COMMA = re.compile(
    rf"^(?!\s*[-–•*])(?!{_USERS_GREETING})[^\W\d_][^\d,\n]{{0,60}}(?:,[^\d,\n]{{1,40}})?,$"
)
_LETTER_WORDS = 7


def is_users_greeting(line: str) -> bool:
    """A notice's greeting to the people its news is for, alone on its line ("Dear guests,",
    "Liebe Fahrgäste,"): the notice's first line, not a page's label."""
    text = line.strip()
    return len(text.split()) <= _LETTER_WORDS and bool(_USERS_GREETING_LINE.match(text))


# the same with its "!": "<greeting>, <readers>!" ("Dydh da dhywgh hwi oll, a gothmans!",
# "Magandang umaga, mga ka-Pasada!"); no quotation opens it (a quoted cry is a story's)
_LETTER_CRY = re.compile(r"^[¡]?[^\W\d_][^\d,!?\n\"“”«»„]{0,40},[^\d,!?\n\"“”«»„]{1,40}!$")

# -- a live page's note on its reporters at work -------------------------------------------------
# ("Our reporters <Name> and <Name> are tracking the speech from <Place>", "Notre journaliste
# <Name> est en direct de la gare"); not news of them ("Our reporter <Name> is being held ...")
_LIVE_NOTE = unless_reported(
    re.compile(
        r"^(?:our|notre|nos|nuestr[oa]s?|unser\w*|il\s+nostro|i\s+nostri|la\s+nostra|o\s+nosso"
        r"|os\s+nossos|a\s+nossa|bizim|наш\w*|kami)\s+(?:\w+\s+)?(?:reporters?|correspondents?"
        r"|journalists?|team|crew|journalistes?|envoyés?\s+spéciaux|envoyée?\s+spéciale?"
        r"|correspondant\w*|reporter\w*|periodistas?|corresponsal\w*|enviad[oa]s?|equipo"
        r"|korrespondent\w*|giornalist[ai]|inviat[oi]|jornalistas?|repórter\w*|muhabir\w*"
        r"|корреспондент\w*|журналист\w*|wartawan)"
        # (names only between the role and the verb: "Our reporter <Name> explains who is
        # winning" is the story's own line)
        r"(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-ŽА-Я][\w'’.-]*)|and|et|y|und|e|и|,))+\s+(?:is|are|est|sont|está"
        r"|están|ist|sind|è|sono|estão|şu\s+anda)\s+(?!being\b|among\b|parmi\b|unter\b|entre\b)"
        r"(?:\w+ing\b|live\b|en\s+direct|en\s+vivo|en\s+directo|in\s+diretta|ao\s+vivo"
        r"|live\s+(?:dabei|vor\s+ort)|sur\s+place|on\s+the\s+ground|vor\s+ort|sul\s+posto"
        r"|no\s+local|en\s+el\s+lugar)[^\n]{0,120}$",
        re.I,
    )
)

# -- "this e-mail" and a word of signing up ----------------------------------------------------
_EMAIL = (
    r"(?:e-?mails?|imel|imèl|imeil|courriels?|correos?|newsletter|infolettre|boletín|letter"
    r"|lettre|e-?mailu?|mailen|письмо|рассылк\w*|лист|ліст|eposta|e-?postası|surel|surat"
    r"|メール|邮件|郵件|이메일|ईमेल|ای‌میل|بريد|رسالة)"
)
_SIGNED_UP = (
    r"(?:subscri\w*|suscri\w*|inscri\w*|enskri\w*|iscri\w*|abonn\w*|abone\w*|abona\w*|assin\w*"
    r"|anmeld\w*|angemeld\w*|registr\w*|regjistr\w*|daftar|mendaftar|langgan\w*|signed\s+up"
    r"|sign\s+up|opted\s+in|подписа\w*|падпіса\w*|підписа\w*|zapisa\w*|kayıt|登録|订阅|訂閱|구독"
    r"|सब्सक्राइब|اشترك\w*|ثبت)"
)
_THIS_EMAIL = unless_reported(
    re.compile(
        rf"^(?![^\n]*\d)(?=[^\n]*(?<!\w)(?:{_THIS}|この|此|本|이)\s*{_EMAIL}(?!\w))"
        rf"(?=[^\n]*(?<!\w){_SIGNED_UP})[^\n]{{0,240}}$",
        re.I,
    )
)

# -- a share row naming platforms ---------------------------------------------------------------
_SHARE = (
    r"(?:share|partilh\w*|compart\w*|partag\w*|teil\w*|condivid\w*|paylaş\w*|подел\w*|падзял\w*"
    r"|поділ\w*|bagikan|kongsi|udostępnij|deel|dela|del|jaa|sdílej\w*|zdieľaj\w*|megoszt\w*"
    r"|distribuie|podijeli|分享|シェア|共有|공유|शेयर|شارك|مشاركة"
    # (junk48) "Send this live page to WhatsApp or Telegram"
    r"|send\s+this)"
)
_SHARE_PLATFORMS = re.compile(
    rf"^{_SHARE}\b[^\n]{{0,40}}?(?:[:：]|\bon\b|\ben\b|\bsur\b|\bauf\b|\bem\b|\bsu\b|\bno\b|\bna\b"
    r"|\bto\b)"
    rf"[^\n]{{0,10}}{_PLATFORM}(?:\s*(?:,|/|\||·|•|\bor\b|\bou\b|\bo\b|\boder\b|\band\b|\bet\b|\by\b"
    rf"|\be\b|\bund\b)\s*(?:{_PLATFORM}|x|e-?mail|\S+)){{1,8}}[^\n]{{0,40}}$",
    re.I,
)

# -- two counts of a thread's things -------------------------------------------------------------
_THREAD_THING = (
    r"(?:points?|replies|reply|comments?|upvotes?|votes?|responses|claps|likes|shares|reposts"
    r"|reactions|views|puntos|respuestas|comentarios|réponses|commentaires|punkte|antworten"
    r"|kommentare|punti|risposte|commenti|pontos|respostas|comentários|yanıt|yorum|балл\w*"
    r"|ответ\w*|комментари\w*|poin|balasan|komentar)"
)
_TWO_COUNTS = re.compile(
    rf"^(?:[^\W\d_][^:\n]{{0,30}}[:：]\s*)?\d[\d.,]*\s*{_THREAD_THING}\s*(?:,|and|y|et|und|e|ve"
    rf"|и|dan|·|•|\|)\s*\d[\d.,]*\s*{_THREAD_THING}\b(?:\s+(?:so\s+far|hasta\s+ahora"
    r"|jusqu['’]ici|bisher|finora|até\s+agora|şimdiye\s+kadar|пока|sejauh\s+ini))?[.]?$",
    re.I,
)

# -- a site's consent banner -------------------------------------------------------------------
_COOKIES = (
    r"(?:cookies?|témoins|galletas|çerez\w*|куки|файлы\s+cookie|ciasteczk\w*|kolačić\w*|sütik"
    # (junk48: ca, is, fi, et, lv, lt)
    r"|galetes|vafrakök\w*|evästei\w*|küpsis\w*|sīkdatn\w*|slapuk\w*"
    r"|クッキー|쿠키|كوكيز)"
)
_SITE_VOICE = (
    r"(?:this\s+(?:site|website|page|app)|our\s+(?:site|website|partners|vendors)|we\s+use"
    r"|we\s+and\s+our|we\s+and\s+(?:selected\s+)?(?:third\s+parties|partners)|noi\s+e\s+(?:terze"
    r"\s+parti|i\s+nostri\s+partner)|nous\s+et\s+(?:des\s+)?(?:tiers|nos\s+partenaires)|nosotros\s+y"
    r"|wir\s+und\s+(?:ausgewählte|unsere)|nós\s+e|wij\s+en\s+(?:geselecteerde|onze)|ce\s+site|notre\s+site|nous\s+utilisons|nos\s+partenaires|este\s+(?:sitio"
    r"|sitio\s+web|portal|site)|nuestro\s+sitio|utilizamos|usamos|diese\s+(?:website|seite)"
    r"|unsere\s+(?:website|seite)|wir\s+(?:verwenden|nutzen|setzen)|questo\s+sito|il\s+nostro"
    r"\s+sito|utilizziamo|o\s+nosso\s+site|bu\s+(?:site|web\s+sitesi)|sitemiz|kullanıyoruz"
    r"|этот\s+сайт|наш\s+сайт|мы\s+используем|situs\s+ini|kami\s+menggunakan|ta\s+strona"
    r"|używamy|deze\s+(?:site|website)|wij\s+gebruiken|当サイト|本サイト|本网站|本網站|이\s*사이트"
    r"|aquest\s+(?:web|lloc)|utilitzem|við\s+notum|käytämme|kasutame|izmantojam|naudojame)"
)
_CONSENT = (
    r"(?:click|tap|select|cliquez|cliquer|clique|haga\s+clic|haz\s+clic|pulse|pulsa|klicken"
    r"|klick|clicca|cliccando|tıkla\w*|нажм\w*|нажимая|klik|kliknij|klikając|by\s+continuing"
    r"|if\s+you\s+continue|en\s+poursuivant|en\s+continuant|al\s+continuar|si\s+contin[uú]a"
    r"|wenn\s+sie\s+(?:weiter|fortfahren)|durch\s+die\s+weitere|continuando|proseguendo"
    r"|ao\s+continuar|devam\s+ederek|продолжая|dengan\s+melanjutkan|kontynuując|door\s+verder"
    r"|accept\s+all|tout\s+accepter|aceptar\s+todo|alle\s+akzeptieren|accetta\s+tutto"
    r"|aceitar\s+tudo|manage\s+(?:options|preferences|settings)|同意する|동의"
    # (junk37) the reader's consent named: "with your consent", "con il tuo consenso"
    r"|your\s+consent|votre\s+consentement|(?:su|tu)\s+consentimiento|(?:il\s+)?tuo\s+consenso"
    r"|(?:il\s+)?suo\s+consenso|(?:ihrer|deiner)\s+(?:einwilligung|zustimmung)"
    r"|(?:seu|teu)\s+consentimento|uw\s+toestemming|вашего\s+согласия|onayınız\w*|izniniz\w*"
    r"|persetujuan\s+anda|twojej\s+zgody|pańskiej\s+zgody"
    r"|accepta-les|configura-les|accepteu|samþykkir|hyväksy\w*|nõustu\w*|piekrīt\w*|sutink\w*)"
)
_CONSENT_BANNER = unless_reported(
    re.compile(
        rf"^(?=[^\n]*(?<!\w){_COOKIES})(?=[^\n]*{_SITE_VOICE})(?=[^\n]*(?<!\w){_CONSENT})"
        r"[^\n]{0,500}$",
        re.I,
    )
)

# -- a font-size tool's row; "more for you"; "how do you like this content?" -------------------
_FONT_SIZE = re.compile(
    r"^[\[【(（]?\s*(?:font\s+size|text\s+size|taille\s+(?:du\s+texte|de\s+(?:la\s+)?police)"
    r"|tamaño\s+de\s+(?:letra|fuente|texto)|schriftgröße|textgröße|dimensione\s+(?:del\s+testo"
    r"|carattere)|tamanho\s+da\s+(?:letra|fonte)|yazı\s+boyutu|размер\s+шрифта|ukuran\s+(?:huruf"
    r"|font|teks)|字体|字號|字号|字體|文字サイズ|文字の大きさ|글자\s*크기|글씨\s*크기)\s*[:：]"
    r"(?:\s*[^\s\d.!?]{1,4}){1,6}\s*[\]】)）]?$",
    re.I,
)
_FOR_YOU = re.compile(
    r"^(?:more|recommended|picked|selected|plus|más|mehr|empfohlen|di\s+più|mais|daha\s+fazla"
    r"|ещё|еще|lebih\s+banyak|więcej|meer)\s+(?:for\s+you|pour\s+vous|para\s+(?:ti|usted|você"
    r"|vos)|für\s+(?:sie|dich)|per\s+te|senin\s+için|для\s+вас|untuk\s+anda|dla\s+ciebie"
    r"|voor\s+jou)$",
    re.I,
)
_HOW_DO_YOU_LIKE = re.compile(
    r"^(?:[^\n?]{0,30}[:：]\s*)?(?:how\s+do\s+you\s+like|what\s+do\s+you\s+think\s+of|did\s+you"
    r"\s+(?:like|enjoy)|wie\s+gefällt\s+(?:ihnen|dir)|hat\s+(?:ihnen|dir)\s+gefallen"
    r"|que\s+pensez-vous\s+de|avez-vous\s+aimé|(?:qué|que)\s+te\s+parece|te\s+gustó|le\s+gustó"
    r"|cosa\s+ne\s+pensi\s+di|ti\s+è\s+piaciuto|o\s+que\s+(?:achou|você\s+achou)\s+d"
    r"|gostou\s+d|bu\s+içeriği|как\s+вам|вам\s+понравил\w*)\s+(?:[^\s?]+\s+){0,2}?(?:this|ce"
    r"|cet|cette|diese[rnms]?|este|esta|questo|questa|deste|desta|essa|esse|этот|эта|эту|bu)"
    r"?\s*(?:content|article|story|page|post|contenu|article|inhalt|artikel|beitrag|contenido"
    r"|artículo|nota|contenuto|articolo|conteúdo|artigo|matéria|içerik|haber|материал|статья"
    r")?\s*[?？]?$",
    re.I,
)

# -- contacts for journalists ---------------------------------------------------------------------
_PRESS = (
    r"(?:journalists|reporters|media|press|newsdesks|journalistes|médias|presse|periodistas"
    r"|prensa|medios|journalisten|medienvertreter\w*|giornalisti|stampa|jornalistas|imprensa"
    r"|gazeteciler|basın|журналист\w*|сми|пресс|wartawan|dziennikarze|media-?enquiries)"
)
_REACH = (
    r"(?:contact|call|ring|email|e-mail|write\s+to|reach|phone|contacter|joindre|appeler"
    r"|llamar|contactar|escribir|kontaktieren|anrufen|wenden|contattare|chiamare|scrivere"
    r"|ligar|contatar|contactar|ulaşabilir|arayabilir|обращаться|звонить|связаться"
    r"|menghubungi|kontaktować|dzwonić)"
)
_PRESS_CONTACT = unless_reported(
    re.compile(
        rf"^(?:[^\n]{{0,20}}\s)?{_PRESS}\b[^\n]{{0,60}}?\b{_REACH}\b[^\n]{{0,120}}"
        r"(?:\+?\d[\d ()-]{6,}\d|[\w.-]+@[\w-]+\.[\w.]+)[^\n]{0,40}$",
        re.I,
    )
)
_NOTES_TO_EDITORS = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:editors|the\s+editor|newsdesks)(?:\s+and\s+\w+){0,1}"
    r"|notes?\s+aux\s+rédactions|hinweise?\s+für\s+(?:redaktionen|die\s+redaktion)"
    r"|notas?\s+(?:para|a)\s+(?:los\s+)?(?:editores|redacciones|redações))\s*:?$",
    re.I,
)

# the rest of the piece behind a members' gate, in CJK ("この記事の続きは会員登録で
# お読みいただけます")
# (a reading word too, and not "手続き": "市は登録の手続きを続けると発表した。" is news)
_CJK_WALL = re.compile(
    r"^(?=[^\n]*(?:(?<!手)続き|全文|残り|余下|剩余|後續|后续|나머지|전문))(?=[^\n]*(?:会員|有料|購読"
    r"|登録|订阅|會員|会员|付费|付費|訂閱|회원|구독|유료))(?=[^\n]*(?:読|閲覧|阅读|閱讀|限定|可看"
    r"|보기|읽))[^\n]{0,80}$"
)

# (junk36) a row of a name or label and the story's age after a bullet ("Geschichte von <Name> •
# 6 Std.", "<Outlet> · 3 h", "Story by <Name> • 2 hours ago", "<Name> • hace 3 horas")
_AGE = re.compile(
    r"^(?:(?:vor|il\s+y\s+a|hace|há|fa|před|pred|πριν|преди|prieš|pirms|לפני|منذ|قبل)\s+)?"
    r"\d{1,2}\s*(?:std|h|hrs?|hours?|min|mins|minutes?"
    r"|tage?|d|days?|horas?|heures?|ore|minuti|saat|dk|gün|jam|menit|hari|ч|час\w*|мин|дн\w*"
    # (junk48: the units of more languages, short and long: "2 godz.", "5 u", "1 t", "3 tim.",
    # "4 óra", "2 hod.", "לפני 3 שעות")
    r"|godz|godzin\w*|dni|u|uur|dagen?|t|tim|timer|timmar|dag|døgn|tuntia|tunti|pv|óra|órája"
    r"|perc\w*|nap\w*|hod|hodin\w*|dny|dní|ώρ\w*|λεπτ\w*|ημέρ\w*|val|dien\w*|stund\w*"
    r"|ore|zile|sat[ia]?|dana|saat|שעות|שעה|דקות|ימים|ساعات|ساعة|دقائق|دقيقة|أيام|يوم"
    r"|小时|小時|時間|分|天|日|시간|분|일)\.?"
    r"(?:\s*(?:ago|前|전|önce|lalu|назад|atrás|fa|temu|siden|sedan|geleden|sitten|óta|ezelőtt"
    r"|tagasi|zpět|în\s+urmă|prije|dozadu))?$",
    re.I,
)
_AGE_SPLIT = re.compile(r"\s+[•·|]\s+")


_AGO = re.compile(
    r"^(?:vor|il\s+y\s+a|hace|há|fa|před|pred|πριν|преди|prieš|pirms|לפני|منذ|قبل)\s"
    r"|(?:ago|前|전|önce|lalu|назад|atrás|fa|temu|siden|sedan|geleden|sitten|óta|ezelőtt|tagasi"
    r"|zpět|în\s+urmă|prije|dozadu)$",
    re.I,
)
_BY = re.compile(
    r"(?:^|\s)(?:by|von|de|par|por|di|da|oleh|door|av|af|от|od|przez|autorstwa|van|från|fra"
    r"|kirjoittanut|από|autor|autora|מאת|بقلم|بواسطة)\s",
    re.I,
)


# a forum user's handle ("u/sjeng_vaan_wiek", "@ana_r") and after it the post's age in the
# page's own word for its unit ("3 u", "2 ч", "5 tim."): the handle says what the row is
_HANDLE = re.compile(r"(?:^|\s)(?:u/|@)[\w.-]{3,30}$")
_ANY_AGE = re.compile(r"^\d{1,3}\s*[^\W\d_]{1,6}\.?(?:\s+[^\W\d_]{2,10})?$")


def is_age_row(line: str) -> bool:
    """A row of a name or a label and the story's age after a bullet: the age with its word
    for "ago", or the row naming a writer after a word for "by" ("Goal · 63 min", "Ferry
    delayed · 40 min" are a match's and a timetable's rows); a forum user's handle and any
    short age ("Geplaatst door u/sjeng_vaan_wiek · 3 u")."""
    parts = [p.strip() for p in _AGE_SPLIT.split(line) if p.strip()]
    if (
        len(parts) == 2
        and _HANDLE.search(parts[0])
        and len(parts[0].split()) <= 4
        and _ANY_AGE.match(parts[1])
    ):
        return True
    if len(parts) < 2 or not _AGE.match(parts[-1]):
        return False
    if not (_AGO.search(parts[-1]) or any(_BY.search(p) for p in parts[:-1])):
        return False
    return all(len(p.split()) <= 6 and not re.search(r"[.!?]$", p) for p in parts[:-1])


class _AgeRow:
    def match(self, line: str) -> bool:
        return is_age_row(line.strip())


# -- (round two) a letter's forwarded question, unsubscribe note, pass-it-on ask; a donation ask
# a question of whether the letter was forwarded, then at most a sign-up ask ("Forwarded by a
# friend? Sign up here", "¿Te reenviaron este correo?", "Wurde Ihnen dieser Newsletter
# weitergeleitet?")
_FORWARDED = unless_reported(
    re.compile(
        # (to the reader, or of the letter: "Inoltrata la denuncia alla procura?" is a headline)
        r"^(?=[^\n?]*\b(?:you|your|ti|te|vous|sie|ihnen|dir|tu|você|lhe|вам|тебе|anda|kamu|size"
        r"|u|je|this|ce|cette|este|esta|questa|questo|dieser|diese|esto|isto|someone|somebody"
        r"|friend|ami|amigo|amico|freund|alguien|qualcuno|jemand|e-?mail|newsletter|letter|lettre"
        r"|correo|courriel|lettera|carta|boletín|письмо|рассылк\w*)\b[^\n?]*[?？])"
        r"(?:[^\n?]{0,40}\s)?(?:forwarded|forward(?:ed)?\s+(?:to\s+)?you|reenviad[oa]|reenviaron"
        r"|reenvió|transféré\w*|transmis\w*|weitergeleitet|inoltrat[oa]|encaminhad[oa]"
        r"|repassad[oa]|переслал\w*|пересланн\w*|diteruskan|przekazan\w*|doorgestuurd"
        r"|vidarebefordrat|videresendt|iletildi|yönlendirildi)\b[^\n?]{0,40}[?？]"
        # (then a sign-up ask or a word of the letter's readers: "Forwarded this email by mistake?
        # The ministry's chief of staff did, and it spread" is news)
        r"(?:\s+(?=[^\n]*\b(?:sign|subscri|get|join|inscri|suscr|abonn|anmeld|iscri|assin|registr"
        r"|here|aquí|ici|hier|qui|aqui|readers|lectores|lecteurs|leser|lettori|leitores|подпиш"
        r"|daftar)\w*)[^\n?]{0,140})?$",
        re.I,
    )
)
_UNSUBSCRIBE = (
    r"(?:unsubscribe|désabonn\w*|désinscri\w*|darse\s+de\s+baja|date\s+de\s+baja"
    r"|darte\s+de\s+baja|cancelar\s+(?:la\s+)?suscripción|abbestell\w*|disiscriv\w*"
    r"|cancellarti|descadastr\w*|cancelar\s+(?:a\s+)?inscrição|отписаться|отписк\w*"
    r"|berhenti\s+berlangganan|abonelikten\s+çık\w*|wypisz|afmelden|avsluta\s+prenumeration"
    r"|退订|取消订阅|配信停止|구독\s*취소|dezabon\w*)"
)
_YOUR = (
    r"(?:you|your|vous|votre|vos|tu|te|tus|usted|su|sus|sie|ihre?n?|du|dich|deine?n?|ti|tuo"
    r"|você|seu|sua|вы|вас|ваш\w*|ты|anda|kamu|siz|sizin|jij|je|jouw|u|uw|din|ditt|dig|twój"
    r"|ciebie)"
)
_LETTER_WORD = (
    r"(?:list|letter|newsletter|e-?mails?|mailing|settings|preferences|lettre|liste|courriel"
    r"|infolettre|correo|boletín|lista|carta|einstellungen|präferenzen|preferencias"
    r"|préférences|preferenze|preferências|lettera|письм\w*|рассылк\w*|buletin|bülten\w*|here"
    r"|ici|aquí|hier|qui|aqui|link|lien|enlace|ссылк\w*|tautan|bağlantı)"
)
_UNSUBSCRIBE_NOTE = unless_reported(
    re.compile(
        # (no run of figures: "You can unsubscribe from the flood alerts by texting STOP to
        # 60060" is a service's news)
        rf"^(?![^\n]*\d{{3}})(?=[^\n]*(?<!\w){_UNSUBSCRIBE})(?=[^\n]*(?<!\w){_YOUR}(?!\w))"
        # (and a word of the letter, its list, settings or link: "To opt out of the new scheme,
        # your account must be closed" is news)
        rf"(?=[^\n]*(?<!\w){_LETTER_WORD})"
        r"[^\n]{0,240}$",
        re.I,
    )
)
_PASS_ON = unless_reported(
    re.compile(
        r"^(?:[^\n]{0,80}[.!]\s+)?(?:please\s+)?(?:pass|send)\s+(?:this|it)\s+(?:along|on)\b"
        r"[^\n]{0,80}$",
        re.I,
    )
)
_DONATE = (
    r"(?:give|donate|chip\s+in|gift|spende|spenden\s+sie|donnez|faites\s+un\s+don\s+de|dona"
    r"|doná|done|doe|bağışla\w*|пожертвуйте|donasikan|wesprzyj|geef|ge|gi|changia)"
)
_DONATION_ASK = unless_reported(
    re.compile(
        rf"^(?:[^\n]{{0,60}}[.!:]\s+)?{_DONATE}\s+(?:just\s+|only\s+|nur\s+|seulement\s+|solo\s+)?"
        rf"(?:{_PRICE}|(?:R|KSh|Ksh|GH₵|₵|₱|₩|₫|৳|RM|S/|Bs\.?|Kč|Ft)\s?\d[\d.,]*)\b[^\n]{{0,120}}$",
        re.I,
    )
)

# a letter's welcome to its readers ("Bonjour à tous et bienvenue dans la lettre du jeudi",
# "Good morning and welcome to the Friday briefing")
_WELCOME_LETTER = unless_reported(
    re.compile(
        r"^(?:[^\n:]{0,40}\s)?(?:welcome\s+to|bienvenue\s+dans|bienvenid[oa]s?\s+a|willkommen"
        r"\s+(?:zu|zur|zum|im|in)|benvenut[oi]\s+(?:a|in|nel|nella)|bem-vind[oa]s?\s+(?:a|à|ao)"
        r"|добро\s+пожаловать\s+в|selamat\s+datang\s+di|hoş\s+geldiniz)\s+(?:[^\s:]+\s+){0,2}?"
        r"(?:letter|newsletter|briefing|brief|digest|lettre|infolettre|carta|boletín|newsletter"
        r"|lettera|rassegna|edição|rassylk\w*|рассылк\w*|buletin|bülten\w*)\b"
        # (a few words after it: "Hello and welcome to the Daily Briefing was how the press
        # secretary opened" is a story's line)
        r"(?:\s+[^\s:]+){0,4}\s*[.!]?$",
        re.I,
    )
)


KINDS: tuple[Matcher, ...] = (
    Rule(_CHANNEL_PROMPT, 25),
    _FrequencyAsk(),
    _PRICE_PER_PERIOD,
    _FOR_SUBSCRIBERS,
    Rule(_LETTER_COMMA, _LETTER_WORDS),
    Rule(_LETTER_CRY, _LETTER_WORDS),
    Rule(_LIVE_NOTE, 30),
    _AgeRow(),
    _THIS_EMAIL,
    Rule(_SHARE_PLATFORMS, 16),
    Rule(_TWO_COUNTS, 12),
    _FONT_SIZE,
    DespacedRule(_CJK_WALL),
    _FOR_YOU,
    _HOW_DO_YOU_LIKE,
    _PRESS_CONTACT,
    _NOTES_TO_EDITORS,
    _FORWARDED,
    _UNSUBSCRIBE_NOTE,
    _PASS_ON,
    _DONATION_ASK,
    _WELCOME_LETTER,
)
LONG_KINDS: tuple[Matcher, ...] = (_NO_REPRODUCTION, _CONSENT_BANNER)
