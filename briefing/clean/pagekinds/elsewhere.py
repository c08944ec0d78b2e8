"""The page's lines that send its reader somewhere else, in the page's language, each a whole line
of its kind's shape:

- a share ask ("Sdílejte tento článek s kamarády:", "La wadaag qoraalkan:", "Ẹ pín ìròyìn yìí
  fún àwọn ọ̀rẹ́ yín"): a verb of sharing, "this article" or "this news", to whom;
- a follow or join ask with its channel ("Nagala soco Facebook iyo X si aad u hesho ...", "Ku
  biyo mu a Facebook da X domin ...", "<Platform> पर <Outlet>: अभी जुड़िए", "Следете го нашиот
  блог во живо ..."), an app's download ask ("... डाउनलोड करें <Outlet> ऐप"), an alerts ask
  ("Get daily price alerts by email", "לחצו כאן לקבלת התראות ...") and a "click here" row;
- where the rest is: "read the full story" on the site or in print ("Karanta cikakken labarin a
  shafinmu na intanet", "Celý článek si přečtete v tištěném vydání ...", "Waosan jangkep wonten
  ing kalawarti cithak ...", "Register free for the complete market report"), a subscriber's
  label ("Premium story: ..."), a print edition's and an issue's note ("Version papier : ...",
  "Vyšlo v čísle 23/2043", "<Town> edition | Page 3"), a subscription's offer ("Abonnez-vous et
  recevez six numéros par année ..."), more photos in an album;
- a page's tools: a print version ("Версія для друку"), an error report ("Якщо ви знайшли
  помилку на сторінці, повідомте ..."), a live page's auto-refresh note, a betting warning;
- a letter's forward and unsubscribe asks abroad ("Ja tev patika šis numurs, pārsūti to
  kolēģim.", "Vairs nevēlies saņemt šīs vēstules? Atrakstīties var šeit.") and its greeting
  with the issue's number ("Sveiki! Šis ir vēstuļu sērijas 48. numurs.");
- a link post's rows: a headline with its bare domain in brackets, "Discuss this link ...".

A sentence of news that opens alike goes on past the shape, names a figure where the shape has
none, or reports ("Share prices fell ...", "Read the full statement, the minister said.").
"""

from __future__ import annotations

import re

from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS"]

_SHARE = re.compile(
    r"^(?:sdílejte|sdílet|zdieľajte|zdieľať|podijelite|podijeli|podelite|споделете|oszd\s+meg"
    r"|ossza\s+meg|distribuie|distribuiți|dalies|dalinkitės|pasidalinkite|dalintis|поділіться"
    r"|поширте|поделитесь|la\s+wadaag|ku\s+wadaag|ẹ\s+pín|e\s+pin|raba|yabelana|zarao|pataje"
    r"|bagikan|nuduhake|chia\s+sẻ|แชร์|שתפו|שתף|शेयर\s+करें|साझा\s+करें|deila|deildu|jaga"
    r"|teile|teilen\s+sie|partagez|comparte|compartilhe|condividi|deel|udostępnij|dela|del"
    r"|share)\s+(?:\S+\s+){0,2}?(?:článek|článok|članak|чланак|статия|cikket|cikk|articol\w*"
    r"|rakstu|straipsni\w*|новин\w*|статт\w*|статьей|статьёй|qoraal\w*|warkan|ìròyìn|labari\w*"
    r"|ndaba|lahatsoratra|atik|artikel|berita|bài\s+viết|tin\s+này|บทความ|הכתבה|खबर|frétt\w*"
    r"|grein\w*|article|artículo|artigo|articolo|artykuł|story|news|post|this)\b[^.!?\d]{0,50}"
    r"[:.!]?$",
    re.I,
)

_PLATFORM = (
    r"(?:facebook|telegram|whatsapp|instagram|twitter|x|youtube|tiktok|linkedin|viber|threads"
    r"|google\s+(?:news|hírek\w*|notícias|noticias|nachrichten|actualités|haberler|news\w*|berita"
    r"|wiadomości|zprávy|správy|naujienos|ziņas|uudised|uutiset|nyheter|notizie)|व्हाट्सऐप"
    r"|व्हाट्सएप|टेलीग्राम|फेसबुक|ვაცაპი|вайбер|телеграм\w*|фейсбук\w*)"
)
_FOLLOW = re.compile(
    # a verb of following, our channels, what for
    r"^(?:seko\s+mums|sekojiet\s+mums|nagala\s+soco|nala\s+soco|ku\s+biyo\s+mu|ku\s+bi\s+mu|biyo\s+mu|следете|следи(?:те)?"
    r"|sekojiet|sekite|sekite\s+mus|sledujte|sleduj|követ\w*|kövess\w*|ẹ\s+(?:máa\s+)?tẹ̀lé"
    r"|fylgstu|landela|swiv|suiv|follow|ikuti|tindakake|theo\s+dõi|עקבו|फॉलो\s+करें"
    r"|අපව\s+අනුගමනය)\b(?!-)"
    # (the channel after the ask, a colon at most before it: "Follow the money: investigators
    # traced the payments through Facebook ads" is a sentence)
    r"[^.!?:]{0,60}?(?::\s*)?(?:" + _PLATFORM + r"|блог\w*|blog\w*|kanal\w*|канал\w*"
    r"|page\w*|sahifa\w*|shafin\w*|bogga|sociālajos\s+tīklos|social\s+(?:media|networks)"
    r"|redes\s+sociales|réseaux\s+sociaux|sociálních\s+sítích|socialiniuose\s+tinkluose"
    r"|соцмережах|соцсетях|közösségi\s+médiában)\b[^!?]{0,80}$"
    # a channel, the outlet and "join now": "<Platform> पर <Outlet>: अभी जुड़िए"
    rf"|^{_PLATFORM}\s+(?:पर|on|en|na|di|sa|ላይ)\s+[^.!?]{{2,40}}\s*[:\-–—|]\s*(?:अभी\s+)?"
    r"(?:जुड़िए|जुड़ें|join(?:\s+now|\s+us)?|únete|rejoignez|entre|gabung|bergabung)\s*[.!]?$",
    re.I,
)

_APP = re.compile(
    # an imperative that opens the line, or Hindi's polite one anywhere ("... के लिए डाउनलोड करें
    # <Outlet> ऐप"); not a report of advice ("Pinayuhan ang mga pasahero na mag-download ng app")
    r"^(?:(?:download|descargue|descarga|baixe|téléchargez|завантажуйте|завантажте|скачайте|tải"
    r"|ดาวน์โหลด|unduh|pakua|sauke|zazzage|töltse\s+le|descărcați|stáhněte|stiahnite|pobierz"
    r"|atsisiųskite|lejupielādē)\b|(?=[^\n]{0,160}डाउनलोड\s+करें))"
    r"[^.!?\d]{0,140}\b(?:app|ऐप|एप|aplicación|aplicativo|application|застосунок|додаток"
    r"|приложение|ứng\s+dụng|แอป|aplikasi|programu|manhaja|alkalmazás\w*|aplicați\w*"
    r"|aplikaci\w*|aplikacj\w*|programėl\w*|lietotn\w*)\b[^.!?\d]{0,40}[.!]?$",
    re.I,
)

_ALERTS = re.compile(
    r"^get\s+(?:(?:daily|weekly|instant|free|breaking)\s+)?(?:[\w-]+\s+){0,4}(?:alerts|updates"
    r"|notifications)\s+(?:by|via|on|in\s+your|straight\s+to\s+your)\s+(?:e-?mail|sms|text"
    r"|whatsapp|telegram|phone|inbox)\b[^.!?]{0,30}[.!]?$"
    r"|^(?:לחצו|לחץ)\s+כאן\s+(?:לקבלת|להרשמה)\b[^.!?]{0,60}$",
    re.I,
)

_CLICK = (
    r"(?:click\s+here|tap\s+here|spauskite\s+čia|spustelėkite\s+čia|klikšķiniet\s+šeit"
    r"|noklikšķiniet\s+šeit|kattintson\s+ide|kattints\s+ide|klikněte\s+(?:zde|sem)|kliknite\s+"
    r"(?:sem|tu|ovdje|ovde)|натисніть\s+тут|нажмите\s+(?:здесь|сюда)|притиснете\s+тук"
    r"|cliquez\s+ici|haga\s+clic\s+aquí|pulse\s+aquí|clique\s+aqui|klik\s+di\s+sini"
    r"|לחצו\s+כאן|לחץ\s+כאן|यहां\s+क्लिक\s+करें|यहाँ\s+क्लिक\s+करें|คลิกที่นี่|bấm\s+vào\s+đây"
    r"|nhấn\s+vào\s+đây|hier\s+klicken|klik\s+hier|kliknij\s+tutaj|smelltu\s+hér)"
)
_CLICK_ROW = re.compile(
    rf"^[^.!?\d]{{2,80}}\s*[–—:|-]\s*{_CLICK}\s*[.!]?$|^{_CLICK}\b[^.!?]{{0,80}}[.!]?$", re.I
)

_READ = (
    r"(?:read|karanta|vakio|waosan|waos|lestu|olvassa|olvasd|skaitykite|lasiet|lasi|читайте"
    r"|прочитайте|читати|đọc|อ่าน|पढ़ें|वाचा|akhri|lee|lea|lisez|leia|leggi|lies|lesen\s+sie"
    r"|baca|maca|soma|funda|basahin|čítajte|čtěte|citește|citiți|see|view|ver|voir|xem"
    r"|register|sign\s+up|subscribe|log\s+in)"
)
_FULL = (
    r"(?:full|complete|whole|entire|rest\s+of|cikakken|tohiny|jangkep|celý|celé|celou|celý"
    r"|complet\w*|intégral\w*|suite|vollständig\w*|volledig\w*|lengkap|kamili|teljes|visą"
    r"|pilną|повн\w*|полн\w*|đầy\s+đủ|toàn\s+văn|ฉบับเต็ม|पूरी|संपूर्ण|buuxda|dhammaan"
    r"|heild\w*|pilno|pilnu|cobertura\s+completa|tonga)"
)
_WHERE = (
    r"(?:site|website|web|intanet|internet|online|print\w*|tištěn\w*|tlačen\w*|cithak|kalawarti"
    r"|vydání|wydani\w*|edition|édition|edición|edição|ausgabe|e-?shop\w*|app|notre|our|nuestr\w*"
    r"|nosso|unser\w*|shafin\w*|tranonkala|eto|here|aquí|ici|hier|zde|tu|ide|čia|šeit|тут|здесь"
    r"|đây|ที่นี่|यहां|google|report|tables|paper|papier|papel|magazine|revista|revue)"
)
_FULL_STORY = re.compile(
    # an imperative "read" (or "see", "register") and "full" or "the rest", and where
    rf"^{_READ}\b[^.!?\d]{{0,40}}\b{_FULL}\b[^!?\d]{{0,100}}\b{_WHERE}\b[^!?\d]{{0,60}}[.!]?$"
    # "the whole article you read in print": "Celý článek si přečtete v tištěném vydání ..."
    r"|^(?:celý|celé|celou|the\s+full|the\s+whole|a\s+teljes|visą|cały|całą|весь|всю|повну"
    r"|полную|l['’]article\s+complet|el\s+artículo\s+completo|o\s+artigo\s+completo)\s+"
    r"(?:článek|článok|article|story|cikket|straipsnį|artykuł|text|текст|статтю|статью|materiál)"
    r"\s+(?:si\s+)?(?:přečtete|prečítate|you\s+(?:can\s+)?read|olvashatja|perskaitysite"
    r"|przeczytasz|прочитаете|прочитаєте|is\s+(?:in|on))\b[^!?\d]{0,100}[.!]?$"
    # a subscriber's label over the cut: "Premium story: subscribers read beyond ..."
    r"|^(?:premium|subscriber(?:s['’])?|members?(?:['’]s?)?|paid)(?:\s+only)?\s+(?:story|article"
    r"|content|piece)\s*[:·|–—-]\s+[^.!?\d]{0,80}$",
    re.I,
)

_PRINT = re.compile(
    # a print edition's label: "Version papier : <Magazine>, édition de juin-juillet 2043"
    r"^(?:version\s+(?:papier|imprimée)|édition\s+papier|print\s+(?:edition|version)|in\s+print"
    r"|tištěná\s+verze|tlačená\s+verzia|druckausgabe|printausgabe|edición\s+impresa"
    r"|versión\s+impresa|edição\s+impressa|nyomtatott\s+kiadás|друкована\s+версія"
    r"|печатная\s+версия|wydanie\s+papierowe)\s*:\s+"
    # (a title and its issue, no verb: "Print edition: the Gazette will close ..." is news)
    r"(?![^!?]*\b(?:will|is|are|was|were|has|have|had|to|sera|est|va|ont|wird|ist|hat|será|es"
    r"|fue|ha|vai|foi)\b)[^!?]{2,100}$"
    # an issue's note: "Vyšlo v čísle 23/2043", "Published in issue 23/2043"
    r"|^(?:vyšlo|vyšiel|vyšel|vyšla|published|appeared|paru|parue|erschienen|publicado|publicada"
    r"|pubblicato|megjelent|opublikowano|objavljeno|izašlo|ukazało\s+się|вийшло|вышло)\s+"
    r"(?:in|v|vo|ve|dans|na|en|nel|a|w|u|в|у)\s+(?:\S+\s+){0,2}?(?:issue|čísle|čísla|vydání"
    r"|numéro|numero|número|ausgabe|heft|edição|edición|számban|numerze|broju|wydaniu|номері"
    r"|номере|випуску|выпуске)\s+(?:no\.?\s*|nr\.?\s*|č\.\s*|#)?\d[\d/.\-]*\.?$"
    # an e-paper's edition and page: "<Town> edition | Page 3", "नाशिक आवृत्ती । पान क्रमांक ३"
    r"|^[^.!?|।]{2,30}\s+(?:edition|édition|ausgabe|आवृत्ती|आवृत्ति|संस्करण|vydání|kiadás)\s*"
    r"[|।·•,–—-]\s*(?:page|p\.|seite|pagina|página|पान|पृष्ठ|strana|oldal)\s*(?:क्रमांक|no\.?"
    r"|nr\.?|#)?\s*\d{1,3}$"
    # a subscription's offer with what it brings: "Abonnez-vous et recevez six numéros ..."
    r"|^(?:abonnez-vous|abonne-toi|subscribe|suscríbase|suscríbete|assine|abonnieren\s+sie"
    r"|abonneer|előfizet\w*|předplaťte|predplaťte|prenumeruj|abonează-te|передплатіть"
    r"|подпишитесь)\b[^.!?\d]{0,30}\s+(?:et|and|y|e|und|en|és|a|i|и|і|și)\s+(?:recevez|receive"
    r"|get|reciba|recibe|receba|erhalten\s+sie|ontvang|kapja|získejte|získate|otrzymuj\w*"
    r"|primiți|отримуйте|получайте)\b[^!?]{0,100}$"
    # more photos in an album: "Ďalšie fotky z túry nájdete v albume na mojom Instagrame."
    r"|^(?:more|ďalšie|další|további|більше|больше|mais|más|plus\s+de|weitere|więcej|daugiau"
    r"|vairāk|flere|fler)\s+(?:\S+\s+){0,1}(?:photos|pictures|fotky|fotek|fotografií|fotók|képek"
    r"|фото\w*|fotos|bilder|zdjęć|nuotraukų|fotogrāfij\w*|foto)\b[^!?\d]{0,80}\b(?:instagram\w*"
    r"|facebook\w*|album\w*|galéri\w*|galeri\w*|галере\w*|gallery|flickr)\b[^!?\d]{0,20}[.!]?$",
    re.I,
)

_TOOLS = re.compile(
    # a print version's link
    r"^(?:версія\s+для\s+друку|версия\s+для\s+печати|print(?:able)?\s+version|print\s+this"
    r"\s+(?:page|article)|verze\s+(?:pro\s+tisk|k\s+tisku)|verzia\s+na\s+tlač|wersja\s+do\s+druku"
    r"|druckversion|version\s+imprimable|versión\s+para\s+imprimir|versão\s+para\s+impressão"
    r"|nyomtatható\s+változat|nyomtatható\s+verzió|versiune\s+(?:de\s+)?(?:imprimare|printabilă)"
    r"|verzija\s+za\s+ispis|верзија\s+за\s+печатење|spausdinti|drukāt|drukas\s+versija"
    r"|prentvæn\s+útgáfa|printvennlig\s+versjon|bản\s+in)\s*$"
    # an error report's ask
    r"|^(?:якщо\s+ви\s+(?:знайшли|помітили)\s+помилку|если\s+вы\s+(?:нашли|заметили)\s+ошибку"
    r"|(?:found|spotted|noticed)\s+(?:a|an)\s+(?:error|mistake|typo)|if\s+you\s+(?:found|spot"
    r"|notice|see)\s+(?:a|an)\s+(?:error|mistake|typo)|našli\s+jste\s+chybu|našli\s+ste\s+chybu"
    r"|znalazłeś\s+błąd|vous\s+avez\s+(?:trouvé|repéré)\s+une\s+(?:erreur|faute)|¿?encontró"
    r"\s+un\s+error|encontrou\s+um\s+erro|hibát\s+talált\w*|ai\s+găsit\s+o\s+greșeală"
    r"|pastebėjote\s+klaidą|ievērojāt\s+kļūdu|уочили\s+сте\s+грешка)\b"
    # (an error on the page, not in a bill: "Якщо ви знайшли помилку в рахунку, зверніться ...")
    r"(?=[^!]{0,60}(?:сторінц|сайт|текст|page|article|site|stránce|stránke|stronie|oldalon"
    r"|pagina|página|puslapyje|lapā|статт|стать|typo))[^!]{0,120}$"
    # a live page's auto-refresh note
    r"|^(?:this\s+page\s+|the\s+page\s+|page\s+)?(?:updates?|refreshes|reloads|atnaujinama"
    r"|aktualizuje\s+się|se\s+actualiza|se\s+met\s+à\s+jour|wird\s+(?:automatisch\s+)?aktualisiert"
    r"|frissül|обновляется|оновлюється|tiek\s+atjaunināta|atjauninās|uuendatakse|päivittyy"
    r"|se\s+aktualizuje|osvježava\s+se|се\s+ажурира)\s+(?:\S+\s+){0,1}?(?:automatically"
    r"|automatiškai|automatycznie|automáticamente|automatiquement|automatisch|automatikusan"
    r"|автоматически|автоматично|automātiski|automaatselt|automaattisesti|automaticky"
    r"|automatski|автоматски)\b[^.!?]{0,40}$"
    r"|^auto-?(?:refresh|update)s?\b[^.!?]{0,40}$"
    # a betting warning: adults only, and addiction
    r"|^(?=[^\n]{0,160}(?:18\+|pilnamečiams|for\s+(?:adults|over-18s)|only\s+(?:for\s+)?adults"
    r"|dla\s+pełnoletnich|pro\s+dospělé|nur\s+für\s+volljährige|solo\s+para\s+mayores|réservé"
    r"\s+aux\s+majeurs|тільки\s+для\s+повнолітніх|только\s+для\s+совершеннолетних|csak\s+nagykorúak))"
    r"[^\n]{0,160}\b(?:addict\w*|priklausomyb\w*|závislost\w*|dependen\w*|függőség\w*|залежн\w*"
    r"|зависимост\w*|süchtig\w*|sucht\w*|adicci\w*|bağımlılı\w*|uzależni\w*|atkarīb\w*)"
    r"[^\n]{0,40}$",
    re.I,
)

# a letter's greeting with its number, and its forward and unsubscribe asks
_LETTER = re.compile(
    r"^(?:sveiki|labdien|labas|tere|hello|hi|hola|bonjour|hallo|ahoj|szia|cześć|привіт|привет"
    r"|dobrý\s+den|dzień\s+dobry|kia\s+ora)\s*[!,.]\s+(?:this\s+is|šis\s+ir|tai|c['’]est|esta"
    r"\s+es|dies\s+ist|to\s+je|ez\s+a|это|це|see\s+on|tämä\s+on|to\s+jest)\b[^?]{0,60}?"
    r"(?:\d+\.?\s*(?:numurs|issue|edition|numéro|número|ausgabe|číslo|szám|выпуск|випуск|numer"
    r"|numeris|number|letter)|(?:issue|edition|numéro|número|ausgabe|číslo|выпуск|випуск|numer"
    r"|number|nr\.?|no\.?)\s*#?\d+)\b[^?]{0,40}$"
    r"|^(?:if\s+you\s+(?:liked|enjoyed)|ja\s+tev\s+patika|si\s+(?:te|le)\s+gustó|si\s+vous\s+avez"
    r"\s+aimé|wenn\s+(?:dir|ihnen)\s+\S+\s+\S+\s+gefallen\s+hat|jeśli\s+(?:ci\s+)?(?:się\s+)?"
    r"podoba\w*|pokud\s+se\s+vám\s+líbil\w*|jei\s+(?:jums\s+)?patiko|kui\s+(?:sulle|teile)"
    r"\s+meeldis|якщо\s+вам\s+сподобав\w*|если\s+вам\s+понравил\w*|ha\s+tetszett)\b[^?]{0,40},"
    r"\s+(?:\S+\s+){0,2}?(?:forward|pārsūti|pārsūtiet|reenvíal\w*|transférez|transmettez|leite"
    r"|prześlij|przekaż|přepošlete|pošlete|persiųskite|persiųsk|saada|перешліть|перешлите"
    r"|share|dalies|dalieties|comparte|partagez|teilen|küldd|küldje)\b[^?]{0,60}$"
    r"|^(?:no\s+longer\s+want|don['’]t\s+want|vairs\s+nevēlies|vairs\s+nevēlaties|ya\s+no\s+quieres"
    r"|vous\s+ne\s+souhaitez\s+plus|möchten\s+sie\s+(?:\S+\s+){0,3}nicht\s+mehr|už\s+nechcete"
    r"|nie\s+chcesz\s+już|nebenorite|больше\s+не\s+хотите|більше\s+не\s+хочете|nem\s+szeretné"
    r"|ei\s+soovi)\b"
    # (to receive the letter: "Vairs nevēlies braukt ar auto? ..." is a report's question)
    r"(?=[^?]{0,30}\b(?:saņemt|receive|get|recibir|recevoir|erhalten|bekommen|dostávat|otrzymywać"
    r"|gauti|получать|отримувати|kapni|saada))[^?]{0,60}\?\s+[^?]{0,60}$",
    re.I,
)

# a link post's rows: its headline with the bare domain, the thread's ask
_LINK_POST = re.compile(
    r"^[^.!?]{10,200}\s+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\)$"
    r"|^link\s*:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$"
    r"|^discuss\s+(?:this|the)\s+(?:link|post|story|article)\b[^?]{0,100}$",
    re.I,
)

# a consent banner in the page's language: the site uses cookies, going on is consent
_CONSENT = re.compile(
    r"^(?=[^\n]{0,200}(?:משתמש(?:ים|ת)?\s+ב(?:עוגיות|קובצי\s+cookie)|folose(?:ște|şte|sc|ște)\s+"
    r"(?:module\s+)?cookie|utilizează\s+cookie|používá\s+(?:soubory\s+)?cookies|používa\s+"
    r"(?:súbory\s+)?cookies|sütiket\s+használ|használ\s+sütiket|naudoja\s+slapuk|izmanto\s+"
    r"sīkdatnes|використовує\s+(?:файли\s+)?cookie|использует\s+(?:файлы\s+)?cookie|koristi"
    r"\s+kolačiće|користи\s+колачиња|notar\s+vafrakökur|sử\s+dụng\s+cookie|ใช้คุกกี้"
    r"|कुकीज़\s+का\s+(?:उपयोग|इस्तेमाल)|uses\s+cookies))"
    r"(?=[^\n]{0,200}(?:המשך\s+הגלישה|continuarea\s+navigării|pokračováním|pokračovaním|további"
    r"\s+böngész|tęsdami|turpinot|продовжуючи|продолжая|nastavkom|continuing\s+to\s+(?:browse"
    r"|use)|by\s+continuing|áframhaldandi|tiếp\s+tục|ใช้งานต่อ|जारी\s+रखने))[^\n]{10,300}$",
    re.I,
)

# a station's ask to listen to it, its frequency named
_LISTEN = re.compile(
    r"^(?:listen\s+to\s+us|tune\s+in\s+to\s+us|ẹ\s+(?:máa\s+)?tẹ́tí\s+sí\s+wa|e\s+ma\s+teti\s+si\s+wa"
    r"|ku\s+saurare\s+mu|ku\s+kasance\s+tare\s+da\s+mu|écoutez-nous|escúchanos|ouça-nos"
    r"|hören\s+sie\s+uns|слухайте\s+нас|слушайте\s+нас|klausykitės\s+mūsų|klausieties\s+mūs"
    r"|hallgasson\s+minket|ascultați-ne|poslouchejte\s+nás|počúvajte\s+nás|slušajte\s+nas"
    r"|naga\s+dhageyso|tusikilize|sisilalele|mihainoa\s+anay|koute\s+nou)\b[^!?]{0,60}?"
    r"(?:\d{2,3}(?:[.,]\d)?\s*(?:fm|mhz|am)\b|radio|rédíò|redio|rediyo|raadiyo|радіо|радио"
    r"|frequency|frekvenc\w*)[^!?]{0,40}$",
    re.I,
)

# a press office's sign-off, alone: "Прес-служба <міської ради>", "Press office, <University>"
_PRESS_OFFICE = re.compile(
    r"^(?:прес-служба|пресс-служба|прес-центр|пресс-центр|press\s+(?:office|service|team)"
    r"|tiskové\s+oddělení|tlačové\s+oddelenie|biuro\s+prasowe|pressestelle|service\s+de\s+presse"
    r"|oficina\s+de\s+prensa|gabinete\s+de\s+prensa|assessoria\s+de\s+imprensa"
    r"|axborot\s+xizmati|matbuot\s+xizmati|sajtóiroda|biroul\s+de\s+presă|spaudos\s+tarnyba"
    r"|preses\s+dienests|služba\s+za\s+odnose\s+s\s+javnošću)\b,?\s+(?!.*\b(?:said|says"
    r"|повідомила|повідомляє|заявила|сообщила|сообщает|заявила)\b)[^.!?\d]{2,70}$",
    re.I,
)

# a story's provenance on a portal: "Poveste de la <Outlet>", "Story from <Outlet>"
_STORY_FROM = re.compile(
    r"^(?:story|poveste|articol|știre|článek|cikk|historia|artículo|article|artigo|storia"
    r"|bericht|стаття|статья|straipsnis|raksts)\s+(?:from|de\s+la|od|de|da|von|van|z|з|из|iš|no)"
    r"\s+(?-i:[A-ZÀ-ÞĀ-Ž])[^.!?:]{2,50}$",
    re.I,
)

# a caption with its photo's credit in brackets or after its label: "Pohľad z ... (foto: autor
# blogu)", "Сонячні панелі на даху ліцею №12. Фото: <Outlet>"
_CAPTION_CREDIT = re.compile(
    r"^[^.!?()]{3,140}\((?:foto|photo|fotó|фото|ảnh|ภาพ|zdjęcie|fot\.|nuotr\.|kuva|bild|credit)"
    r"\s*:\s*[^()]{2,40}\)$"
    r"|^[^.!?]{3,140}\.\s+(?:фото|foto|fotó|ảnh|zdjęcie|nuotr\.|kuva|bild|ภาพ)\s*:\s*"
    r"[^.!?]{2,40}$",
    re.I,
)

# the makers' row, each by its label: "เรื่อง: <name> | ภาพ: <name>", "Text: A · Photos: B"
_MAKERS_ROW = re.compile(
    r"^(?:[^\s:|·•]{1,15}(?:\s+[^\s:|·•]{1,15})?\s*:\s*[^:|·•\d]{2,40}?\s*[|·•]\s*){1,3}"
    r"[^\s:|·•]{1,15}(?:\s+[^\s:|·•]{1,15})?\s*:\s*[^:|·•\d]{2,40}$"
)

# the page asking its readers for tips, photos and stories, in Spanish, Portuguese, French and
# Vietnamese: "¿Tiene fotos o videos? Escríbanos al WhatsApp de la redacción.", "Envíenos sus
# fotos ... por mensaje a la redacción.", "Ảnh, tin của bạn đọc xin gửi cho <Outlet> qua Zalo."
_TIPS = re.compile(
    r"^(?:¿[^?]{2,80}\?\s+)?(?:escríbanos|escríbenos|envíenos|envíanos|cuéntenos|cuéntanos"
    r"|escreva-nos|envie-nos|conte-nos|écrivez-nous|envoyez-nous|racontez-nous)\b[^!?]{0,100}$"
    r"|^(?:ảnh|tin|ảnh,\s+tin)[^.!?]{0,30}\bbạn\s+đọc\b[^.!?]{0,30}\bgửi\b[^!?]{0,60}$",
    re.I,
)

# a live page's and a thread's closing notes, an audio edition's player label
_LIVE_END = re.compile(
    r"^we['’]ve\s+(?:stopped|paused|finished|ended)\s+(?:posting|updating|our\s+live)\b[^?]{0,120}$"
    r"|^no\s+(?:reader\s+)?comments\s+(?:under|on|below)\s+(?:live|this)\b[^?]{0,40}$"
    r"|^(?:les\s+commentaires\s+sont\s+modérés|los\s+comentarios\s+(?:son|están)\s+moderados"
    r"|kommentare\s+werden\s+moderiert|os\s+comentários\s+são\s+moderados|i\s+commenti\s+sono"
    r"\s+moderati)\b[^?]{0,100}$"
    r"|^audio\s+(?:edition|version)\s*:\s*(?:play|listen\s+to)\b[^.!?]{0,30}$"
    r"|^(?:cet\s+article\s+vous\s+a\s+(?:été\s+utile|plu)|podobał\s+(?:ci|wam)?\s*się\s+(?:ten\s+)?"
    r"artykuł|¿le\s+(?:fue|resultó)\s+útil\s+este\s+artículo)\s*\?\s+[^?]{2,80}$",
    re.I,
)

# a blog's count of comments on the post by its title: "12 komentářů k „Nová cyklostezka ...“",
# "3 thoughts on “...”", "5 commentaires sur « ... »"
_TITLED_COUNT = re.compile(
    r"^\d{1,4}\s+(?:comments?|responses?|replies|thoughts|komentářů|komentáře|komentář"
    r"|komentárov|komentáre|komentár|komentara|komentari|komentar|komentarzy|komentarze|komentarz"
    r"|kommentare?|kommentarer|commentaires?|comentarios?|comentários?|commenti|commento"
    r"|hozzászólás|коментар\w*|комментари\w*|komentarų|komentarai|komentāri|komentārs"
    r"|kommentit?|yorum)\s+(?:on|to|k|ke|ku|na|za|zu|sur|à|a|em|en|su|do|до|к|на|для|for|o)\s+"
    r"[„\"“«‘'‚»]\s*[^\"”“«»]{2,150}[\"”“»’'«]\s*:?$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
# (an ask a story reports stays: "Escríbanos, pidió la madre del niño ...", "Version papier :
# le quotidien cessera de paraître en janvier, a annoncé la direction.")
KINDS: tuple[re.Pattern[str], ...] = (
    *(
        unless_reported(kind)
        for kind in (_SHARE, _FOLLOW, _APP, _ALERTS, _CLICK_ROW, _FULL_STORY, _PRINT, _TIPS)
    ),
    _TOOLS,
    _LETTER,
    _LINK_POST,
    _CONSENT,
    _LISTEN,
    _PRESS_OFFICE,
    _STORY_FROM,
    _CAPTION_CREDIT,
    _MAKERS_ROW,
    _LIVE_END,
    _TITLED_COUNT,
)
