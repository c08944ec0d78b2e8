"""Junk kinds left by fresh47's and aside35's looks (junk50), each beside a lookalike that does
not change:

- a transcript's accuracy note goes; a story about a court's transcript stays;
- a machine translation's note with "The translation may contain errors." goes;
- a live page's refresh note in any language goes; a line on a machine's seconds stays;
- a catch-up prompt ("Listen again to <show> on the <station> app") goes;
- a blog platform's rows: its archive widget, its "BlogThis!" share row, a commenter's header
  ("<name> said...", "<name> says: <date> at <time>"), its "posted by <name> at <time>" line in
  the template's languages, its labels in more languages go; a sentence quoting someone after
  "said" and a post office's hours stay;
- a funder's note that it had no say over the text, an "information only" note, a
  fact-checker's "How we check:", an ask for whom to write about, "About the author:", a
  newsletter's "Trouble reading this?", a blog's reactions widget, pager and profile box, a
  feature's credits in capitals go; a fund with no say over a bridge, a party's seats, a
  headline of acronyms and an "About the bridge:" line stay.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text, is_boilerplate


def _kept(text: str) -> list[str]:
    return [line for line in clean_text(text).split("\n") if line]


_LEAD = (
    "The regional council opened the new footbridge over the Varna creek on Tuesday, two"
    " months later than planned, its engineer said."
)
_SECOND = "The bridge is 64 metres long and cost 2.3 million euros."

_HI = (
    "नगर परिषद ने मंगलवार को नदी पर बना नया पैदल पुल खोल दिया, जो तय समय से दो महीने देर से बना।",
    "पुल 64 मीटर लंबा है और इस पर 2.3 करोड़ रुपये खर्च हुए।",
)
_TL = (
    "Binuksan ng konseho noong Martes ang bagong tulay sa ibabaw ng ilog, dalawang buwang huli sa"
    " plano.",
    "Ang tulay ay 64 metro ang haba at nagkakahalaga ng 23 milyong piso.",
)
_DE = (
    "Der Gemeinderat hat am Dienstag die neue Fußgängerbrücke über den Bach eröffnet, zwei Monate"
    " später als geplant.",
    "Die Brücke ist 64 Meter lang und hat 2,3 Millionen Euro gekostet.",
)
_ES = (
    "El ayuntamiento inauguró el martes la nueva pasarela sobre el arroyo, dos meses más tarde de"
    " lo previsto.",
    "La pasarela mide 64 metros y costó 2,3 millones de euros.",
)
_EN = (_LEAD, _SECOND)

_JUNK = (
    (
        _EN,
        "This is an automated transcript and may contain errors. Please check the recording"
        " before quoting.",
    ),
    (
        _EN,
        "This transcript was produced from a live radio programme and may contain transcription"
        " mistakes.",
    ),
    (
        _EN,
        "This article was automatically translated from Estonian. The translation may contain"
        " errors.",
    ),
    (_EN, "Original: Harju Weekly, 3 May 2061"),
    (_DE, "Der Liveticker lädt neue Beiträge automatisch alle 30 Sekunden"),
    (_EN, "This page refreshes its entries automatically every 2 minutes"),
    (_EN, "Listen again to Coast at Seven on the Harbour FM app"),
    (_EN, "Watch it again on the Valley TV player"),
    (_ES, "Archivo del blog ▼ 2061 (44) ► diciembre (3) ▼ noviembre (7) Nueva pasarela"),
    (_EN, "Email This BlogThis! Share to X Share to Facebook"),
    (_EN, "Kalani Morita said..."),
    (_EN, "Priya N. says: April 2, 2061 at 7:15 pm"),
    (_EN, "Posted by Lena Varga at 9:41 AM"),
    (_ES, "Publicado por Marta Ibarra a las 18:20"),
    (_HI, "द्वारा पोस्ट किया गया सुनीता राठौर पर 6:05 pm"),
    (_TL, "Ipinost ni Jonel Cruz sa 11:20 AM"),
    (_HI, "लेबल: पुल, नगर परिषद, नदी"),
    (_TL, "Mga Label: tulay, konseho, ilog"),
    (_EN, "Supported by the Lakeside Civic Fund, which had no say over what we published"),
    (
        _EN,
        "Grant-funded: the Harbour Reporting Trust paid for our reporter's ferry and never saw"
        " the text.",
    ),
    (_EN, "Information only: talk to your pharmacist about your own medicines."),
    (_EN, "How we check: we pick claims that spread widely and could cause harm. Read our method."),
    (_EN, "Know someone we should write about? Email the community desk"),
    (_EN, "About the author: Tane Rewi writes about rivers and small towns for the paper."),
    (_EN, "Having trouble reading this email? Open it in your browser"),
    (_EN, "Reactions: useful (4) sad (1) angry (0)"),
    (_TL, "Mas Bagong Post Mas Lumang Post Home"),
    (_TL, "Tungkol sa Akin: Jonel Cruz, Laoag · Tingnan ang aking kumpletong profile"),
    (_ES, "TEXTO Ana Ruiz FOTOS Luis Mora"),
)

_NEWS = (
    "The fund, which had no say over the bridge's design, paid for the lights.",
    "Seats: Labour (12) Greens (3) Liberals (1)",
    "NASA Chief Meets ESA Director",
    "Washington Post buys New York Post stake",
    "About the bridge: the council wants to finish the cycle lane by June.",
    "Information about the closures will be posted at the bridge, the council said.",
    "The court's transcript of the hearing may contain errors, the defence lawyer told reporters.",
    "The new pump switches off automatically after 30 seconds, the engineer said.",
    "The mayor said the bridge would carry 4,000 cyclists a day by 2062.",
    "The post office reopens on Monday at 9:30.",
    "The council said it would post the new timetable on Facebook and Telegram on Friday.",
    "Residents asked the council on WhatsApp groups why the bridge was late.",
    "Listen to the engineer: the bridge will stand for a hundred years, she said.",
    # review54: a study story's funder is news of the study, not the page's funding note
    "The health ministry, which funded the research, had no role in the report.",
    "The foundation, which paid for the survey, had no say over the report and did not see its"
    " findings before publication.",
    "The utility, which paid for the inspection, never saw the report before it was published.",
)


def test_each_junk_line_goes() -> None:
    for (lead, second), line in _JUNK:
        kept = _kept("\n".join([lead, line, second]))
        assert line not in kept, line
        assert kept == [lead, second], line


def test_each_lookalike_stays() -> None:
    for line in _NEWS:
        kept = _kept("\n".join([_LEAD, line, _SECOND]))
        assert kept == [_LEAD, line, _SECOND], line
        assert not is_boilerplate(line), line
