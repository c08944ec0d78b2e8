"""An East Asian portal's rows around an article, each a whole line:

- a publication stamp with its source and writer ("2040-05-16 09:21:07 来源: <Paper> 作者:
  <Name>"), a Japanese stamp with its update ("2040年5月22日 6:00 (5月22日 9:15 更新)"), a Korean
  portal's entered and revised times ("입력 2040.05.19. 오전 10:14 수정 2040.05.19. 오전 11:02");
- the font-size buttons ("字号 大 中 小", "文字サイズ 小 中 大"), a share row ("分享到： 微信 微博
  QQ空间"), a picture's source ("图片来源：<Site> 摄影 <Name>"), the responsible editor with
  the desk's code ("责任编辑：<Name>_NBJ1234");
- a Korean portal's note on which section the outlet filed the story under ("※ 이 기사는
  언론사에서 <section> 섹션으로 분류했습니다.").

A sentence of news (with a full stop of its own and a verb) stays: none of these rows has room
for one.
"""

from __future__ import annotations

import re

__all__ = ["is_east_asian_row"]

_LABEL = r"(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|出处|出處)"
_STAMP = re.compile(
    r"^\d{4}[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?"
    rf"(?:\s+{_LABEL}\s*[:：]\s*[^\s:：。！？]{{1,20}}(?:\s[^\s:：。！？]{{1,4}})?)+$"
    rf"|^(?:{_LABEL}\s*[:：]\s*[^\s:：。！？]{{1,20}}\s*){{2,}}$"
)
_JAPANESE_STAMP = re.compile(
    # (a year of the Gregorian calendar or of an era: "令和37年", "平成元年"; a clock with its
    # colon or its signs: "15時20分")
    r"^(?:\d{4}|[^\W\d_]{2}(?:\d{1,2}|元))年\d{1,2}月\d{1,2}日\s*(?:[(（][月火水木金土日][)）]\s*)?"
    r"\d{1,2}(?::\d{2}|時(?:\d{1,2}分)?)"
    r"(?:\s*[(（]\s*(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}\s*(?:更新|最終更新)\s*[)）])?$"
)
_KOREAN_STAMP = re.compile(
    r"^(?:(?:입력|수정|승인|등록|업데이트|기사입력|최종수정)\s*(?::\s*)?\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?"
    r"\s*(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*)+$"
)
_FONT_SIZE = re.compile(
    r"^(?:字号|字號|字体|字體|文字サイズ|글자\s*크기)\s*[:：]?\s*(?:[大中小]\s*){2,3}$"
)
_SHARE = re.compile(
    r"^(?:分享到|分享至|分享|共有|공유하기)\s*[:：]?\s*(?:(?:微信|微博|QQ空间|QQ|朋友圈|抖音|豆瓣|知乎"
    r"|LINE|X|Facebook|카카오톡|페이스북|트위터)\s*){2,}$"
)
_PICTURE = re.compile(
    r"^(?:图片来源|圖片來源|图片|圖片|摄影|攝影)\s*[:：]\s*[^。！？:：]{1,30}"
    r"(?:\s+(?:摄影|攝影|记者|記者)\s+[^。！？:：]{1,10})?$"
)
_EDITOR = re.compile(
    r"^(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*[^\s。！？]{1,8}(?:_[A-Za-z]+\d+)?$"
)
_SECTION_NOTE = re.compile(
    r"^※?\s*이\s*기사는\s*언론사에서\s*\S{1,12}\s*섹션으로\s*분류했습니다\.?$"
)

_ROWS = (
    _STAMP,
    _JAPANESE_STAMP,
    _KOREAN_STAMP,
    _FONT_SIZE,
    _SHARE,
    _PICTURE,
    _EDITOR,
    _SECTION_NOTE,
)


# Every row is short; a longer line is never one, and is not matched at all: East Asian text has
# no spaces to count words by, so a paragraph is one long "word", and a long run of stamps or
# labels would cost the rows' repeated groups time that grows with each repeat.
_ROW_CHARS = 120


def is_east_asian_row(text: str) -> bool:
    """Whether ``text`` is one of the module's rows, whole."""
    line = " ".join(text.split())
    return bool(line) and len(line) <= _ROW_CHARS and any(row.match(line) for row in _ROWS)
