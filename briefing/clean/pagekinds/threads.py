"""A comment section's and an opinion page's notes: "Comments are the responsibility of those who
write them.", "Please keep replies respectful and on topic.", "Be the first to comment", "Your
comment will be published after moderation", "Opinion pieces carry the named writer's views
only.", and a thread's prompt ("What do you think?", ``is_thread_prompt``).
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "LONG_KINDS", "is_thread_prompt"]

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

# a thread's and a comment form's notes
_THREAD = re.compile(
    r"^(?:be\s+the\s+first\s+to\s+comment|your\s+comment\s+will\s+be\s+(?:published|posted"
    r"|visible)\s+after\s+(?:moderation|approval|review)(?:\.\s+please\s+keep\s+it\s+"
    r"(?:civil|respectful|polite))?|comments\s+(?:will\s+be|are)\s+moderated(?:\.\s+[^?]{0,200})?"
    r"|if\s+you\s+(?:notice|spot|find|see)\s+an?\s+(?:error|mistake|typo)\b[^!?]{0,80}\bctrl\s*\+"
    r"\s*enter\b[^!?]{0,60})[.!]?$",
    re.I,
)

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


# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _COMMENT_NOTE,
    _OPINION_NOTE,
)
# the kinds matched as a whole line of up to the longer word limit
LONG_KINDS: tuple[re.Pattern[str], ...] = (_THREAD,)
