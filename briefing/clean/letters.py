"""A newsletter's own lines around its items: its greeting, its sign-off, its forward prompt and
its settings line, in any outlet's wording.

No site's string is written here. Kinds:

- the greeting that names the desk or the read it opens ("Hello from the Relay desk - your
  five-minute read for people on the move.", "Good morning from all of us at the business
  team.", "Hi, and welcome to your Friday briefing.");
- the sign-off that says when the next issue comes ("Relay signs off here; tomorrow's issue
  lands at 6:30.", "Our next newsletter arrives on Monday.", "See you tomorrow.", "That's the
  tray cleared. Back tomorrow at six.", "Until next week,");
- the question to a reader who got the issue from someone else ("Did someone pass this issue
  along?", "A colleague sent this on?", "Was this email forwarded to you?", "Got this from a
  friend?");
- a farewell for now signed by the desk ("Bye for now from the business team!"), and a
  greeting's line that ends in the issue's number ("... You're reading issue 1,211.");
- the pitch for the letter: its title, when it comes and what it costs or takes ("Get the
  Money Letter each Monday: ... in five minutes", "Business Briefing: Fridays, no charge, one
  click to join");
- a greeting from the writer's town with what the issue holds or the new readers it welcomes
  ("Good morning from Manama. Here is what moved markets yesterday, in four minutes."), the
  question of a reader who does not know why the issue came ("Why did I get this? You signed up
  at ..."), the link to the issue in a browser ("View this issue in a web browser", "Read in
  browser") and the close before the forward prompt ("That's it for this week. If someone
  forwarded this to you, ...");
- more of the frame (``_FRAME``): the link for a reader who cannot see the mail, a greeting to
  the readers by a name for them ("Hey there, builders —"), a word on the issue's length, the
  editors' lead-in ("Here's what caught our eye this week."), why the reader gets it, the
  sign-up form's answers ("You're in. ...", "Hmm, that email didn't go through — try again?"), a
  forward prompt and the letter's pitch as a question;
- (kept, not a line of the frame) the heading of the issue's items above its first one ("In
  this issue", "Today's rundown"): ``is_contents_head``, which ``clean_text`` leaves above the
  first paragraph, where a page's short labels go;
- the settings line, where the page (we, us, or its imperative: "Update ...", "Change ...")
  tells its reader how to write less or leave
  ("Change how often we write to you, or leave the list, in your Relay settings.",
  "Unsubscribe at any time in your account preferences.").

Each kind needs its own words together (a greeting and a desk or a read of the reader's; an
issue and its arrival; a forward and this issue; leaving and the reader's settings), on a short
line: "The next edition of the festival arrives in 2035", "Did someone pass this document to the
press?" and "To opt out, update your preferences on the NHS website." are news and stay.
``clean.is_boilerplate`` keeps a line with an attribution verb.
"""

from __future__ import annotations

import re

__all__ = ["is_contents_head", "is_letter_line"]

MAX_WORDS = 30

# the issue's own names, and when it comes
_ISSUE = r"(?:issue|newsletter|briefing|bulletin|dispatch|digest|e-?mail|letter)"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_GREETING = re.compile(
    r"^(?:hello|hi|hey|greetings|(?:good\s+)?(?:morning|mornin(?=['’])|afternoon|evening)"
    r"|welcome(?:\s+back)?)\b"
    r"[^.!?]{0,60}?(?:\bfrom\s+(?:all\s+of\s+us\s+at\s+)?(?:the\s+)?(?:[\w'’&-]+\s+){0,3}"
    r"(?:desk|team|newsroom)\b|\bfrom\s+(?:all\s+of\s+us|everyone|everybody)\s+at\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}"
    r"|\byour\s+(?:[\w'’-]+\s+){0,3}(?:read|briefing|newsletter|digest"
    r"|round-?up|dispatch|inbox|catch-?up)\b"
    # "welcome to the Business Briefing", "welcome to The Week Ahead, your guide to ...": the
    # letter's title, ending in a letter's name or followed by the reader's read
    r"|\bwelcome\s+to\s+(?:the\s+|this\s+week['’]s\s+|today['’]s\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}?(?:\s+(?-i:Briefing|Newsletter|Letter|Digest|Bulletin"
    r"|Dispatch|Roundup|Round-up|Brief|Memo|Edition|Weekly|Daily)\b|(?=,\s+your\s)))",
    re.I,
)
# ... and the greeting ends the line, with at most a short phrase of what it holds ("for the
# commute", "on the energy transition") and the reader's read after a dash ("- your five-minute
# read"): "Hi from the newsroom in Kyiv, where the sirens sounded ..." and "Greetings from the
# campaign team were replaced ..." are news
_GREETING_END = re.compile(
    r"^(?:\s+(?:for|on|of|in|at|about|with)\s+[^,;:.!?]{1,40})?"
    r"(?:\s*[-–—,:]\s*your\s+[^,;:.!?]{1,60}"
    # ... or the day's date and what the issue holds: "— Friday, 25 August: three items, five
    # minutes."
    r"|\s*[-–—]\s*[^.!?:]{3,30}:\s*(?:\w+\s+(?:items|stories|things|links|headlines|reads)"
    r"(?:\s*[,·]\s*\w+[- ]minutes?(?:\s+read)?)?|(?:an?\s+)?\w+[- ]minutes?(?:\s+read)?))?"
    r"\s*[.!]?\s*$",
    re.I,
)
# A greeting from the writer's town, then what the issue holds or the new readers it welcomes
# ("Good morning from Manama. Here is what moved markets yesterday, in four minutes.", "Hello
# from Telavi, and welcome to the 41 new readers who joined after last week's piece."): the
# greeting alone is no letter's ("Hello from Kyiv, the mayor wrote ..." is news)
_GREETING_FROM = re.compile(
    r"^(?:hello|hi|hey|greetings|(?:good\s+)?(?:morning|afternoon|evening))\s+from\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s*){1,3}"
    r"(?:[.!]\s+here(?:['’]s|\s+is|\s+are)\s+what\s+(?:moved|happened|matters|mattered|changed"
    r"|you\s+missed)\b[^.!?]{0,80}[.!]?$"
    r"|,?\s+and\s+(?:a\s+(?:warm\s+)?)?welcome\s+to\s+(?:the|our|all)\s+(?:\d[\d,]*\s+)?new\s+"
    r"(?:readers|subscribers|members)\b[^.!?]{0,80}[.!]?$)",
    re.I,
)
# The frame's link to the issue on the web: "View this issue in a web browser", "Read in
# browser" (the whole line)
_BROWSER = re.compile(
    rf"^(?:view|read|open|see)\s+(?:this\s+(?:{_ISSUE}|edition|post|message)\s+|it\s+)?"
    r"(?:in|on)\s+(?:(?:your|a|the)\s+)?(?:web\s+)?browser\s*[.!]?$"
    # ... in the mailing platforms' translations: "Ver no navegador", "Voir dans le navigateur",
    # "Im Browser ansehen", "Visualizza nel browser", "Bekijk in je browser", "Lihat di browser"
    r"|^(?:ver|abrir|visualizar|voir|afficher|ouvrir|visualizza|apri|bekijk|lihat|buka)\s+"
    r"(?:(?:esta|este|cette|ce|questa|deze)\s+\w+\s+)?(?:no|na|en|el|dans|nel|in|di)\s+"
    r"(?:(?:le|la|o|el|je|uw|seu|votre|il|tu|su)\s+)?(?:navegador|navigateur|browser)\s*[.!]?$"
    r"|^im\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)\s*[.!]?$",
    re.I,
)
# "That's it for this week. If someone forwarded this to you, you can get the next one in your
# inbox ...": the letter's close, then its forward prompt or its inbox
_CLOSE_THEN = re.compile(
    r"^that(?:['’]s|\s+is)\s+(?:it|all)\s+for\s+(?:this\s+week|today|now|this\s+issue)[.!]\s+"
    r"(?=.*\b(?:forwarded\s+this|in\s+your\s+inbox|reply\s+to\s+this\s+e-?mail"
    r"|sign(?:ed)?\s+up|subscribe)\b)",
    re.I,
)
# a verb in what follows a greeting makes it a sentence
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|said|says|began)\b",
    re.I,
)

# when the next issue comes: "at 7:00", "on Tuesday", "tomorrow morning", "in your inbox at 7am"
_WHEN = (
    r"(?:\s+(?:in\s+your\s+inbox|with\s+you|(?:on|at|by|from|around|early|later?)"
    r"|tomorrow|tonight|next\s+week|this\s+week(?:end)?|(?:the\s+)?(?:morning|afternoon|evening"
    rf"|weekend)|noon|midday|{_DAY}|\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?))*"
)
_SIGN_OFF = re.compile(
    # "<Name> signs off here", "That's us signing off for today": the letter's own name or its
    # writers before it, and nothing after it but a new clause ("... after 33 years on Today" is
    # a presenter's news)
    r"(?:^|[.;!]\s+)(?:[\w'’]+,?\s+){0,3}sign(?:s|ing)?\s+off\s+(?:here|for\s+(?:today|now"
    r"|this\s+week|the\s+week))\s*(?:[.!;,]|$)"
    # "tomorrow's issue lands at 6:30", "Our next newsletter arrives on Monday", with nothing after
    # when it comes ("The next bulletin will go out at 11 p.m. as Hurricane Milton nears ..." and
    # "Tomorrow's briefing will be with you from the Pentagon podium" are news)
    rf"|(?:^|[.;,]\s+|\b(?:and|but)\s+)(?:tomorrow['’]s|{_DAY}['’]s|next\s+week['’]s|the\s+next"
    rf"|our\s+next)\s+{_ISSUE}\s+(?:lands|arrives|drops|hits|is\s+out|goes\s+out"
    rf"|will\s+(?:land|arrive|drop|hit|go\s+out|be\s+(?:in|with)\s+you)){_WHEN}\s*[.!]?\s*$"
    # a sign-off alone: "See you tomorrow.", "See you on Monday!"
    rf"|^see\s+you\s+(?:tomorrow|next\s+week|on\s+{_DAY}|(?:again\s+)?(?:then|soon))\s*[.!]?$"
    # "Back tomorrow at six.", "We'll be back on Friday.", alone or after the letter's close
    # ("That's the tray cleared.", "Thanks for reading."): "Parliament rises on Thursday. Back on
    # Monday, the Speaker said." is news
    r"|^(?:(?:that['’]s|that\s+is|that\s+was|thanks|thank\s+you)\b[^.!?]{0,40}[.!]\s+)?"
    rf"(?:we['’]ll\s+be\s+|we\s+will\s+be\s+|we['’]re\s+)?back\s+(?:tomorrow|next\s+week"
    rf"|on\s+{_DAY}|{_DAY}|in\s+your\s+inbox\s+(?:tomorrow|on\s+{_DAY}))(?:\s+(?:morning"
    r"|at\s+[\w:.]+(?:\s*[ap]\.?m\.?)?|with\s+more|same\s+time))?\s*[.!]?$"
    # "Bye for now from the business team!", "Servus for now - bis morgen from the Danube
    # desk!": a farewell for now, signed by the desk alone
    r"|^[^.!?]{0,30}\bfor\s+now\b[^.!?]{0,40}\bfrom\s+(?:all\s+of\s+us\s+at\s+)?(?:the|your|our)\s+"
    r"(?:[\w'’&-]+\s+){0,3}(?:desk|team|newsroom)\s*[.!]*$"
    # a greeting's line that ends in the issue's number: "... You're reading issue 1,211."
    r"|(?:^|[.!]\s+)you(?:['’]re|\s+are)\s+reading\s+(?:issue|edition|number|no\.)\s*(?:no\.\s*)?#?"
    r"\d[\d,]*\s*[.!]?$"
    # a letter's closing words alone: "Until next week," "Until tomorrow!"
    rf"|^until\s+(?:next\s+(?:week|time)|tomorrow|{_DAY})\s*[,.!]?$",
    re.I,
)

# A letter's pitch: its title (capitalised words ending in a letter's name), when it comes and
# what it costs or takes ("Get the Central Europe Money Letter each Monday: ... in five
# minutes", "Copperbelt Business Briefing: Fridays, no charge, one click to join"). "The Treasury
# Bulletin, published every Monday, showed debt at $36 trillion." offers nothing.
_TITLE = (
    r"(?-i:(?:[A-Z][\w&'’-]*\s+){1,5}(?:Letter|Newsletter|Briefing|Bulletin|Digest|Dispatch"
    r"|Brief|Roundup|Round-up|Wrap|Memo|Note|Weekly))\b"
)
_SCHEDULE = re.compile(
    rf"\b(?:(?:each|every)\s+(?:{_DAY}|morning|evening|week(?:day)?|day|month)|{_DAY}s"
    r"|daily|weekly|fortnightly|monthly)\b",
    re.I,
)
_OFFER = re.compile(
    # "free" of the letter itself ("Fridays, free", "free to join"), not of what a notice offers
    # ("free garden waste for a year")
    r"\bfree(?=\s*(?:[.,;:!·|]|$|to\s+(?:join|read|subscribe)|of\s+charge|(?:on|every|each)\s+"
    rf"{_DAY}s?\b))|\b(?:for\s+free"
    r"|no\s+charge|at\s+no\s+cost|one\s+click|(?:to\s+)?join|sign\s*up|subscribe"
    r"|in\s+your\s+inbox|in\s+(?:\w+|\d+)\s+minutes)\b|^(?:get|receive)\b",
    re.I,
)
_PITCH = re.compile(rf"^(?:(?:get|receive|join)\s+(?:the\s+|our\s+)?)?{_TITLE}", re.I)
_PITCH_WORDS = 25
# ... and right after the title, what it is: "The Morning Briefing moves to Fridays and will be
# free" is news
_PITCH_REST = re.compile(rf"\s*[:—–-]\s|\s+(?:each|every|daily|weekly|on\s+{_DAY}|{_DAY}s)\b", re.I)

_FORWARD = re.compile(
    # "Did someone pass this issue along?", "Did a friend forward you this?"
    r"^(?:(?:did|has)\s+)?(?:someone|somebody|a\s+(?:friend|colleague))\s+(?:pass(?:ed)?|forward(?:ed)?"
    rf"|sen[dt]|share[d]?)\s+(?:you\s+)?this(?:\s+{_ISSUE})?(?:\s+(?:along|on|to\s+you))?\s*\?"
    # "Was this email forwarded to you?", "Got this from a friend?"
    rf"|^(?:was|is)\s+this\s+(?:{_ISSUE}\s+)?(?:forwarded|passed\s+(?:on|along)|sent|shared)"
    r"(?:\s+(?:to\s+you|by\s+a\s+(?:friend|colleague)))?\s*\?"
    r"|^(?:got|received|reading)\s+(?:this|it)\s+(?:from|via|through)\s+a\s+(?:friend|colleague)\s*\?"
    # "Forward this to someone who should be reading it. Got it from a friend? ..."
    rf"|^(?:please\s+)?forward\s+(?:this|it|this\s+{_ISSUE})\s+to\s+(?:someone|anyone|a\s+friend"
    r"|a\s+colleague|friends|colleagues)\b[^.!?]{0,50}[.!]\s+(?:got|received)\s+(?:this|it)\s+"
    r"(?:from|via)\s+a\s+(?:friend|colleague)\s*\?"
    # "Enjoyed this? <Letter> mails five headlines before breakfast, Monday to Friday."
    rf"|^(?:enjoyed|liked|loved|like|love)\s+(?:this|it|reading\s+this|this\s+{_ISSUE})\s*\?"
    # "Why did I get this? You signed up at ...", "Why am I receiving this email?"
    rf"|^why\s+(?:did|do)\s+i\s+(?:get|receive)\s+this(?:\s+{_ISSUE})?\s*\?"
    rf"|^why\s+am\s+i\s+(?:getting|receiving)\s+this(?:\s+{_ISSUE})?\s*\?",
    re.I,
)
# ... and nothing after the question but the way to one's own copy ("Sign up below.", "Get your
# own."): "Did someone send this email? Investigators traced it to a server in Minsk." is news
_OWN_COPY_WORDS = 12
# when the letter comes, as a run of days: "Monday to Friday", "Mon-Fri"
_DAYS = re.compile(
    rf"\b(?:{_DAY}|mon|tue|wed|thu|fri|sat|sun)\s*(?:to|through|thru|-|–)\s*(?:{_DAY}|mon|tue|wed|thu"
    r"|fri|sat|sun)\b",
    re.I,
)
_OWN_COPY = re.compile(
    r"\b(?:sign(?:ed)?(?:\s+|-)?up|subscrib(?:e|ed|ing)|register|join\s+(?:us|the\s+list)|your\s+own"
    r"|get\s+(?:it|the\s+newsletter|ours)|for\s+free|here|below|one\s+click)\b",
    re.I,
)

# leaving the list or writing less ...
_LEAVE = re.compile(
    r"\b(?:unsubscribe|opt\s+out|leave\s+(?:the|this|our)\s+(?:mailing\s+)?list"
    r"|change\s+how\s+often\s+(?:we|you)|hear\s+from\s+us\s+less|(?:manage|update)\s+your\s+"
    r"(?:e-?mail\s+)?(?:subscription|preferences))\b",
    re.I,
)
# ... in the reader's settings ...
_SETTINGS = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+){0,2}?(?:settings|preferences|account|profile|subscription)\b", re.I
)
# "To stop receiving these emails, unsubscribe here."
_STOP_RECEIVING = re.compile(
    rf"^to\s+stop\s+(?:receiving|getting)\s+(?:these|this|our)\s+(?:{_ISSUE}s?|e-?mails|messages"
    r"|alerts)\b",
    re.I,
)
# ... said by the page: "we", "us", "our", or the imperative "Unsubscribe ..." opening the line
_PAGE = re.compile(r"\b(?:we|us|our)\b|^(?:unsubscribe|update|change|manage|edit)\b", re.I)

# A mailing's footer and frame in the letter's language (as English's "Want to change how you
# receive these emails? You can update your preferences or unsubscribe from this list.", "Was
# this forwarded to you? Subscribe here.", "Thanks for reading <Letter>. If you liked it, forward
# it to a friend.", "Hi, everyone!"):
_MAILING_ABROAD = re.compile(
    # changing how the mails come
    r"^¿?\s*(?:want\s+to|would\s+you\s+like\s+to|möchten\s+sie|willst\s+du|möchtest\s+du"
    r"|souhaitez-vous|voulez-vous|vous\s+souhaitez|quieres|querés|desea|deseas|quer|deseja|vuoi"
    r"|desideri|wil\s+je|wilt\s+u|vill\s+du|ønsker\s+du|vil\s+du|chcesz|chcete|želite)\s+"
    r"(?:ändern|change|modifier|changer|cambiar|modificar|alterar|mudar|modificare|cambiare"
    r"|wijzigen|veranderen|ändra|endre|ændre|zmienić|změnit|spremeniti|promijeniti)\b[^.!?]{0,60}"
    r"\b(?:e-?mails?|mails?|correos?|courriels?|newsletters?|boletines|boletim|nyhetsbrev"
    r"|wiadomości|zprávy|sporočila)\b[^.!?]{0,20}\?$"
    # unsubscribing: "Sie können Ihre Einstellungen aktualisieren oder sich von dieser Liste
    # abmelden."
    r"|^(?:you\s+can|sie\s+können|du\s+kannst|vous\s+pouvez|tu\s+peux|puedes|podés|puede|può"
    r"|puoi|je\s+kunt|u\s+kunt|du\s+kan|możesz|můžete|pode|podes|lahko)\s+"
    r"(?=[^.!?]{0,120}\b(?:liste|list|lista|listy|seznamu|newsletter|e-?mails?|correos?|courriels?"
    r"|boletín|boletim|mailing|lijst|listan|listen|nyhetsbrev|einstellungen|preferences"
    r"|préférences|preferencias|preferências|preferenze|voorkeuren|inställningar|innstillinger"
    r"|indstillinger|ustawienia|nastavení)\b)[^.!?]{0,80}"
    r"\b(?:unsubscribe|abmelden|austragen|désabonner|désinscrire|darte\s+de\s+baja|darse\s+de"
    r"\s+baja|desuscribirte|desuscribirse|cancelar\s+(?:tu\s+|la\s+|a\s+)?(?:suscripción"
    r"|subscrição|assinatura)|disiscriverti|disiscriversi|annullare\s+l['’]iscrizione|afmelden"
    r"|uitschrijven|avregistrera|avsluta\s+prenumerationen|melde\s+deg\s+av|afmelde|wypisać"
    r"|odhlásit|odjaviti|descadastrar|descadastrar-se)\b[^!?]{0,60}$"
    # forwarded to the reader, then the way to subscribe
    r"|^¿?\s*(?:te\s+(?:reenviaron|reenvió|han\s+reenviado|pasaron|mandaron)|alguien\s+te\s+"
    r"(?:reenvió|pasó)|on\s+(?:vous|t['’])\s*a\s+transféré|wurde\s+(?:ihnen|dir)\s+"
    r"(?:diese|dieser|dieses)\b|hat\s+(?:ihnen|dir)\s+jemand|ti\s+hanno\s+(?:inoltrato"
    r"|girato)|te\s+encaminharam|alguém\s+te\s+encaminhou|(?:is\s+)?(?:deze|dit)\s+\w+\s+"
    r"(?:naar\s+je\s+)?doorgestuurd|fick\s+du\s+(?:det\s+här|detta)|har\s+du\s+fått\s+"
    r"(?:dette|denne)|was\s+this\s+(?:email|newsletter|letter)?\s*forwarded)[^?]{0,60}\?\s*"
    r"[^!?.]{0,30}\b(?:suscríbete|suscribite|suscribirte|abonnez-vous|abonne-toi|abonniere"
    r"|abonnieren|melde\s+dich\s+an|iscriviti|inscreva-se|assine|meld\s+je\s+aan|abonneer"
    r"|prenumerera|abonner|subscribe|sign\s+up)\b[^!?]{0,40}$"
    # thanks for reading, and pass it on
    r"|^(?:gracias|muchas\s+gracias|obrigad[oa]|merci|danke|vielen\s+dank|grazie|bedankt"
    r"|dank\s+je|tack|takk|tak|dziękuję|dziękujemy|děkujeme|děkuji|hvala|thanks|thank\s+you)"
    r"\s+(?:por|pela|pelo|pour|fürs|für\s+(?:das|die|deine|ihre)|per|voor\s+het|för\s+att"
    r"|for\s+å|for\s+at|za|for)\s+(?:leer(?:me|nos)?|a\s+leitura|ler|la\s+lecture|votre\s+lecture"
    r"|lesen|la\s+lettura|aver\s+letto|leggere|lezen|läsa|lese|læse|przeczytanie|čtení|branje"
    r"|reading)\b[^!?]{0,60}[.!]\s+(?:si|se|wenn|falls|if|als|om|hvis|jeśli|pokud|če)\b[^!?]{0,60}"
    r"\b(?:reenv\w+|comp[aá]rt\w+|reencaminh\w+|encaminh\w+|partage\w*|transf[eé]r\w+"
    r"|weiterleit\w*|leite\w*|teile\w*|inoltr\w+|condivid\w+|door\w*stur\w+|deel|vidarebefordra|dela"
    r"|videresend\w*|del|przekaż|sdílej|prepošlji|forward|share|pass)\b[^!?]{0,40}[.!]?$"
    # a greeting to the readers by a name for them, or asking how they are
    r"|^[¡]?\s*(?:hola|buenas|buenos\s+días|buen\s+día|olá|oi|bom\s+dia|bonjour|salut|hallo"
    r"|moin|servus|grüezi|ciao|buongiorno|hoi|goedemorgen|hej|hei|god\s+morgen|dzień\s+dobry"
    r"|ahoj|dobro\s+jutro|zdravo|merhaba|halo)\s*,\s*(?:(?-i:[a-zà-ÿ])[\w'’-]*(?:\s+"
    r"(?-i:[a-zà-ÿ])[\w'’-]*)?|¿\s*(?:cómo\s+(?:están|estás|andan|andás|les\s+va|te\s+va|va)"
    r"|qué\s+tal)|(?:wie\s+geht['’]s|ça\s+va|come\s+state|come\s+va|como\s+vão|como\s+estão"
    r"|tudo\s+bem|hoe\s+gaat\s+het|hur\s+mår\s+ni|hvordan\s+går\s+det|jak\s+się\s+macie)"
    r"\s*\??)\s*[!?.]?$",
    re.I,
)
_MAILING_WORDS = 30

# More of a letter's frame, whole lines: the link for a reader who cannot see the mail ("Trouble
# viewing? Open this email online"), a greeting to the readers by a name for them ("Hey there,
# builders —"), a word on the issue's length ("Quick one this week, because it's been busy."),
# the editors' lead-in ("Here's what caught our eye this week."), why the reader gets it
# ("You're getting this because you joined <Letter> at a gig or online.", "Sent to <Letter>
# readers who opted in. ..."), the sign-up form's answers ("You're in. Look out for Friday's
# edition.", "Hmm, that email didn't go through — try again?"), a forward prompt ("Forward this
# brief to a neighbour who missed it") and the letter's pitch as a question ("Want the grids
# letter? Every other Thursday, without advertising").
_FRAME = re.compile(
    rf"^(?:having\s+)?trouble\s+(?:viewing|reading|seeing)(?:\s+(?:this|the)\s+{_ISSUE})?\s*\?"
    r"\s*[^.!?]{0,50}\b(?:online|browser|web)\b[^.!?]{0,20}[.!]?$"
    r"|^(?:hi|hello|hey|dear|howdy)(?:\s+there)?\s*,\s*(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*))"
    r"{0,3}\s*[,!—–-]*$"
    r"|^(?:a\s+)?(?:quick|short|brief|shorter|long|longer|packed|big)\s+(?:one|issue|edition|letter"
    r"|note)\s+(?:this\s+(?:week|time|morning)|today|tonight)\b[^!?]{0,60}[.!]?$"
    r"|^here(?:['’]s|\s+is|\s+are)\s+what\s+(?:caught|grabbed|has\s+caught)\s+(?:our|my)\s+"
    r"(?:eye|attention)\b[^!?]{0,30}[.:!]?$"
    rf"|^you(?:['’]re|\s+are)\s+(?:getting|receiving)\s+this(?:\s+{_ISSUE})?\s+because\s+you\s+"
    r"(?:joined|signed\s+up|subscribed|registered|opted\s+in|asked|gave|bought|donated)\b"
    r"[^!?]{0,80}[.!]?$"
    r"|^sent\s+to\s+[^.!?]{1,60}\b(?:readers|subscribers|members)\s+who\s+(?:opted\s+in|signed\s+up"
    r"|subscribed|asked)\b[^!?]{0,80}$"
    r"|^you(?:['’]re|\s+are)\s+(?:in|subscribed|on\s+the\s+list|all\s+set|signed\s+up)\s*[.!]\s+"
    r"(?:look\s+out\s+for|watch\s+(?:out\s+)?for|check\s+your\s+inbox|expect|see\s+you)\b"
    r"[^!?]{0,50}[.!]?$"
    r"|^(?:hmm|oops|sorry|uh-oh)?[,.!]?\s*(?:that|this|your)\s+e-?mail(?:\s+address)?\s+"
    r"(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|won['’]t)\s+(?:go\s+through|work|look\s+right"
    r"|seem\s+right)\b[^.!]{0,30}\??$"
    rf"|^(?:p\.?s\.?\s+)?(?:please\s+)?(?:forward|pass)\s+this(?:\s+(?:{_ISSUE}|brief|note|copy"
    r"|edition))?\s+(?:along\s+|on\s+)?to\s+(?:a|an|your|someone|anyone)\s+[^.!?]{1,40}[.!]?$"
    rf"|^want\s+(?:the|our)\s+(?:[\w'’-]+\s+){{0,3}}{_ISSUE}\s*\?\s*[^!?]{{0,60}}$",
    re.I,
)


def is_letter_line(text: str) -> bool:
    """Whether the line ``text`` is a newsletter's greeting, sign-off, forward prompt or
    settings line (see the module's kinds)."""
    if len(text.split()) > MAX_WORDS:
        return False
    if len(text.split()) <= _MAILING_WORDS and (
        _MAILING_ABROAD.match(text.strip()) or _FRAME.match(text.strip())
    ):
        return True
    greeting = _GREETING.search(text)
    if greeting:
        rest = text[greeting.end() :]
        if _GREETING_END.match(rest) and not _CLAUSE.search(rest):
            return True
    if _SIGN_OFF.search(text):
        return True
    if _GREETING_FROM.match(text) or _BROWSER.match(text) or _CLOSE_THEN.match(text):
        return True
    forward = _FORWARD.search(text)
    if forward:
        rest = text[forward.end() :].strip()
        # the way to one's own copy, or when the letter comes, with no clause of news
        when = (_SCHEDULE.search(rest) or _DAYS.search(rest)) and not _CLAUSE.search(rest)
        if not rest or (len(rest.split()) <= _OWN_COPY_WORDS and (_OWN_COPY.search(rest) or when)):
            return True
    if _STOP_RECEIVING.match(text):
        return True
    pitch = _PITCH.match(text)
    if pitch and len(text.split()) <= _PITCH_WORDS:
        rest = text[pitch.end() :]
        offered = _SCHEDULE.search(rest) and _OFFER.search(text) and not _CLAUSE.search(rest)
        if offered and _PITCH_REST.match(rest):
            return True
    return bool(_LEAVE.search(text) and _SETTINGS.search(text) and _PAGE.search(text))


# The heading of an issue's items, alone on its line: "In this issue", "Inside today's edition",
# "Today's rundown", "This week's stories".
_CONTENTS = re.compile(
    r"(?:in(?:side)?\s+(?:this|today['’]s|this\s+week['’]s)\s+(?:issue|edition|newsletter|letter"
    r"|briefing|brief)|(?:today['’]s|this\s+week['’]s)\s+(?:rundown|stories|items|round-?up)"
    r"|what['’]s\s+inside"
    # ... and the week's or the day's items "in" a place, in the letter's language: "Esta semana
    # en la ciudad:", "This week in the borough:", "Diese Woche in Basel:"
    r"|(?:this\s+week|today|esta\s+semana|hoy|cette\s+semaine|aujourd['’]hui|diese\s+woche"
    r"|heute|questa\s+settimana|oggi|esta\s+semana|hoje|deze\s+week|vandaag|denna\s+vecka"
    r"|i\s+dag|denne\s+uken|denne\s+uge|w\s+tym\s+tygodniu|tento\s+týden|ta\s+teden)\s+"
    r"(?:in|en|à|au|a|em|no|na|i|w|v)\s+(?:[^\W\d][\w'’-]*\s*){1,4})\s*:?",
    re.I,
)


def is_contents_head(text: str) -> bool:
    """Whether ``text`` is the heading of an issue's items ("In this issue", "Today's
    rundown"): the letter's own heading, kept above its first item."""
    return _CONTENTS.fullmatch(text.strip()) is not None
