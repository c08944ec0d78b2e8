"""A broadcaster's page around its story: its listings, its teasers and its weather widget.

- a schedule: rows of a clock and a programme's title, two or more in a row ("6:00 PM All
  Things Considered" / "7:00 PM Marketplace", "6:00pm Top End Seven News" / "7:00pm Better
  Homes Darwin"), and its heading in the station's words ("Tonight on <Channel>");
- a teaser for the next newscast ("Coming up on <Station> News at 6: the school board's vote
  on bus routes.") and the station's tune-in line ("<Station> · tune in for the evening news at
  six"), and its prompt to watch or listen at an hour or on a frequency ("Watch <Channel>
  Evening News at 6pm on channel 2", "Listen to the bulletin on the hour, every hour, on 104.6
  FM.", "Escucha nuestro noticiero ... a las 6 p.m.");
- the station's app prompt ("Get live radar on the <Station> Weather app");
- the weather widget's readings ("Hi 71° Lo 48°", "Humidity 74% · Wind 14 km/h") and its
  labelled row ("Weather: 31°C Muscat · wind NE 12 km/h").

A live page's entry ("14:05 Police close the coast road") has a clause, not a title, and a
timeline of two title rows is rare enough to need its rows in a row; a sentence of news that
opens alike goes on past the template ("Coming up on Tuesday, the council will vote ..." names
no station).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["drop_schedule", "is_broadcast_line"]

# a programme's title: capitalised words, small words between them, no sentence
_TITLE = (
    r"(?:[A-Z0-9][\w'’&!?:.+-]*)(?:\s+(?:[A-Z0-9][\w'’&!?:.+-]*|of|the|and|a|an|at|in|on|with"
    r"|for|to|&|de|la|le|el|y|et|und)){0,7}"
)
_ROW = re.compile(
    r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)\s+" + _TITLE + r"$"
    r"|^\d{1,2}[:.]\d{2}\s+" + _TITLE + r"$"
)
_ROW_WORDS = 9
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\b"
)
_BROADCAST = re.compile(
    # "Tonight on <Channel>", "Up next on <Station>"
    r"^(?:tonight|today|this\s+(?:week|weekend)|coming\s+up|up\s+next|next|later)\s+on\s+"
    rf"(?!{_WEEKDAY})(?-i:[A-Z0-9])[\w'’&+.-]*(?:\s+(?-i:[A-Z0-9])[\w'’&+.-]*){{0,5}}$"
    # "Coming up on <Station> News at 6: ..."
    r"|^(?:coming\s+up|still\s+to\s+come|up\s+next|next|tonight|later)\s+(?:on|at)\s+"
    rf"(?!{_WEEKDAY})(?-i:[A-Z0-9])[^:.!?]{{1,40}}?(?:\s+at\s+\d{{1,2}}(?::\d{{2}})?\s*"
    r"(?:[ap]\.?m\.?)?)?\s*:\s+[^!?]{1,120}$"
    # "<Station> · tune in for the evening news at six"
    r"|^(?:[^.!?·|]{1,40}\s*[·|—–-]\s*)?tune\s+in\s+(?:for|to|at|on|every|weeknights|tonight)\b"
    r"[^.!?]{0,50}[.!]?$"
    # "Get live radar on the <Station> Weather app"
    r"|^(?:get|download|see)\s+(?:live\s+|real-time\s+|breaking\s+|the\s+latest\s+|interactive\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:on|with|in)\s+the\s+(?-i:[A-Z0-9])[^.!?]{1,50}\s+app\s*[.!]?$"
    # a station's tune-in prompt, when and where on the dial: "Watch <Channel> Evening News at
    # 6pm on channel 2", "Listen to the bulletin on the hour, every hour, on 104.6 FM.", "Escucha
    # nuestro noticiero en la radio comunitaria a las 6 p.m."
    r"|^(?:watch|listen\s+to|catch|hear|escuch[ae]|escuchen|sintoniza|ouça|ouve|écoutez|regardez"
    r"|écoute|ascolta|hören\s+sie|sehen\s+sie)\s+(?:the\s+|our\s+|nuestro\s+|nuestra\s+|el\s+|la\s+"
    r"|o\s+|le\s+|notre\s+)?[^.!?]{0,50}?\b(?:news|bulletin|newscast|noticiero|noticias|informativo"
    r"|journal|notiziario|nachrichten|programme|program|show)\b[^.!?]{0,60}?"
    r"(?:\b(?:at|a\s+las|à|às|alle|um)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|uhr)?"
    r"|\bon\s+the\s+hour|\bon\s+(?:channel\s+\d+|\d{2,3}(?:[.,]\d)?\s*(?:fm|am|mhz)))"
    r"[^!?]{0,40}?[.!]?$"
    # a weather widget's row: a label or an icon, a temperature, a place, a reading ("Weather:
    # 31°C Muscat · wind NE 12 km/h")
    r"|^(?:weather|météo|wetter|clima|tiempo|tempo|hava\s+durumu|cuaca|hali\s+ya\s+hewa)\s*:\s*"
    r"-?\d{1,2}\s*°\s*[CF]?\s+[^.!?·|]{1,30}(?:\s*[·|]\s*[^.!?·|]{1,30}){0,3}$",
    re.I,
)
_BROADCAST_WORDS = 30
# one reading of a weather widget: "Hi 71°", "Humidity 74%", "Wind 14 km/h", "UV 6", "AQI 118
# Moderate", "Sunrise 06:19"
_READING = (
    r"(?:hi|lo|high|low|humidity|wind|gusts?|feels\s+like|uv(?:\s+index)?|aqi|precip(?:itation)?"
    r"|rain|chance\s+of\s+rain|pressure|visibility|dew\s+point|sunrise|sunset)\s*:?\s*"
    r"(?:\d+(?:[.,]\d+)?\s*(?:°\s*[CF]?|%|km/h|kph|mph|m/s|hpa|mb|mm|km|mi)?(?:\s+[NSEW]{1,3})?"
    r"|\d{1,2}:\d{2}\s*(?:[ap]m)?)(?:\s+(?:good|moderate|poor|unhealthy|low|high|very\s+high))?"
)
_READINGS = re.compile(rf"^{_READING}(?:\s*[·|,/•]?\s*{_READING}){{0,5}}$", re.I)


def is_broadcast_line(text: str) -> bool:
    """A station's schedule heading, newscast teaser, app prompt or weather readings."""
    line = text.strip()
    if not line or len(line.split()) > _BROADCAST_WORDS:
        return False
    return bool(_BROADCAST.match(line) or _READINGS.match(line))


def _row(line: str) -> bool:
    text = line.strip()
    return 2 <= len(text.split()) <= _ROW_WORDS and _ROW.match(text) is not None


def drop_schedule(lines: Sequence[str], keep: list[bool]) -> None:
    """Unmark (``keep[i] = False``) a schedule's rows: two or more lines in a row (blank lines
    aside), each a clock and a programme's title."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and _row(lines[i]):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                keep[j] = False
        run = []
