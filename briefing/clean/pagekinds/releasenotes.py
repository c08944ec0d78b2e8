"""A release's own rows: the forward-looking note and its heading ("Cautionary Note Regarding
Forward-Looking Information", "... are forward-looking; outcomes may vary materially ..."), the
distribution row, a disclosure duty's note ("This release contains information that <Co> is
obliged to disclose under the EU Market Abuse Regulation.", in Nordic languages too), a Nordic
release's header ("<Co> Oyj, Sisäpiiritieto, 12.6.2040 klo 8.00"), a wire page's stamp and source
("May 27, 2040 08:00 ET | Source: <Co>"), a research release's funder and its hub's note
("Releases appear as sent by the institution; ..."), its republishing licence, machine
translation note, distributor, end mark and press contact, and a reference's label before an
author-year entry.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import MONTH

__all__ = ["FORWARD", "KINDS"]

_FORWARD_HEAD = re.compile(
    r"^(?:cautionary\s+(?:note|statement|language)s?\s+(?:regarding|concerning|about|on|for)\s+)?"
    r"forward[- ]looking\s+(?:information|statements?)$|^safe\s+harbou?r\s+statement$",
    re.I,
)

FORWARD = re.compile(r"\bforward[- ]looking\b[^!?]{0,200}\b(?:vary|differ)\s+materially\b", re.I)

_DISTRIBUTION = re.compile(
    r"^(?:distribution|jakelu|distribution\s+list)\s*:\s+[^!?]{2,120}"
    r"(?:\bmedia\b|\bwww\.|\bnasdaq\b|\bexchange\b|\bbörs\w*|\bpörssi\w*)[^!?]{0,80}$",
    re.I,
)

_DUTY = re.compile(
    r"^(?:this|tämä|denna|dette|diese)\s+(?:information|release|announcement|tiedote|tieto"
    r"|informasjon|meddelelse|meddelande|mitteilung)\b[^!?]{0,160}\b(?:market\s+abuse\s+regulation"
    r"|markkinoiden\s+väärinkäyttöasetu\w*|marknadsmissbruksförordning\w*|markedsmisbrugs"
    r"forordning\w*|markedsmisbruksforordning\w*|marktmissbrauchsverordnung)\b[^!?]{0,80}$",
    re.I,
)

_NORDIC_RELEASE = re.compile(
    r"^[^,.!?]{2,60},\s+(?:sisäpiiritieto|pörssitiedote|lehdistötiedote|yhtiötiedote|tiedote"
    r"|insiderinformation|pressmeddelande|börsmeddelande|inside\s+information|stock\s+exchange"
    r"\s+release|press\s+release|company\s+announcement|børsmelding|pressemelding"
    r"|selskabsmeddelelse)\s*,\s+\d{1,2}\.\d{1,2}\.\d{4}"
    r"(?:\s+(?:klo|kl\.?|at)\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s+[A-Z]{3,4})?)?$",
    re.I,
)

_SOURCE_STAMP = re.compile(
    rf"^{MONTH}\s+\d{{1,2}},\s+\d{{4}}\s+\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?(?:\s+[A-Z]{{2,4}})?"
    r"\s*\|\s*Source\s*:\s*[^|!?]{2,60}$"
)

_FUNDER = re.compile(r"^(?:funders?|funded\s+by)\s*:\s+[^.!?;:]{2,80}$", re.I)

_HUB_NOTE = re.compile(
    r"^(?:news\s+)?releases?\s+(?:appear|are\s+(?:posted|published|shown|distributed|displayed))"
    r"\s+as\s+(?:sent|received|submitted|provided|supplied)\b[^!?]{0,120}$",
    re.I,
)

# a release's own notes: its republishing licence, its machine translation, its distributor,
# its end, its press contact and its label with the date
_RELEASE_NOTES = re.compile(
    r"^(?:republish\s+this\s+(?:article|story|piece)\b[^!?]{0,100}"
    r"|this\s+is\s+an?\s+(?:machine|automatic|automated)\s+translation\s+of\s+[^!?]{2,80}"
    # "Distributed by <Wire> on behalf of <Company>." (names only)
    r"|distributed\s+by\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,4}\s+on\s+behalf\s+of"
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|of|&|and)){0,6}"
    r"|distribution\s+channels\s*:\s+[^!?]{2,160}"
    r"|[-–—#]*\s*ends\s*[-–—#]*"
    r"|for\s+(?:media|press)\s+(?:enquiries|inquiries)\s*,?\s+(?:contact|call|e-?mail|write\s+to)"
    r"\b[^!?]{2,100}"
    r"|(?:nieuwsbericht|persbericht|news\s+item|press\s+release|pressemitteilung|communiqué"
    r"|tiedote|pressmeddelande)\s*[|·]\s*\d{1,2}[-./]\d{1,2}[-./]\d{4}"
    r")\.?$"
    # a contact row naming an office, no sentence: "Inquiries: Parks Division, City Bureau"
    r"|^(?:inquiries|enquiries|contact|media\s+contact|press\s+contact)\s*:\s+[^.!?]{0,80}\b"
    r"(?:division|department|office|bureau|team|unit|section|secretariat|desk)\b[^.!?]{0,60}$",
    re.I,
)

# a reference's label before an author-year entry: "Original publication: Hofer, L. et al.
# (2034). ...", "Referencia: Díaz, M., ... (2034). ..."; an image's label with its credit
_REFERENCE = re.compile(
    r"^(?:original\s+publication|publication|referencia|référence|referenz|riferimento"
    r"|referência)\s*:\s+[^!?]{2,200}\(\d{4}\)[^!?]{0,160}$"
    r"|^(?:imagen|image|imagem|immagine|bild)\s*:\s+[^!?]{2,120}\b(?:crédito|credit|crédit"
    r"|créditos|credito)\s*:\s*[^!?]{2,60}$",
    re.I,
)

# An office's page rows in its language (each a whole line):
# - a date under its field's label ("Fecha de publicación: 19/09/2041", "Ultima modifica:
#   29-04-2041", "Datum objave: 3. 5. 2041.", "Last modified: 2041-04-29");
_DATE_LABEL = (
    r"(?:fecha(?:\s+de\s+(?:publicación|actualización|modificación))?|última\s+(?:actualización"
    r"|modificación)|ultima\s+modifica|ultimo\s+aggiornamento|data\s+(?:di\s+)?pubblicazione"
    r"|data\s+(?:de\s+)?publica(?:ção|ção)|data\s+publicării|ultima\s+actualizare"
    r"|date\s+de\s+(?:publication|mise\s+à\s+jour)|mis\s+à\s+jour\s+le|publié\s+le"
    r"|veröffentlicht\s+am|zuletzt\s+(?:aktualisiert|geändert)|stand|datum(?:\s+objave)?"
    r"|data\s+publikacji|data\s+aktualizacji|zaktualizowano|opublikowano|datum\s+(?:vydání"
    r"|zveřejnění|publikace)|aktualizováno|publikováno|közzétéve|frissítve|utolsó\s+módosítás"
    r"|publicerad|uppdaterad|senast\s+(?:uppdaterad|ändrad)|publiceret|opdateret|publisert"
    r"|oppdatert|julkaistu|päivitetty|gepubliceerd(?:\s+op)?|laatst\s+(?:bijgewerkt|gewijzigd)"
    r"|last\s+(?:updated|modified|reviewed|changed)|page\s+(?:last\s+)?updated|date\s+published"
    r"|published(?:\s+on)?|posted\s+on|updated(?:\s+on)?)"
)
_DATE_FIELD = re.compile(
    rf"^{_DATE_LABEL}\s*:?\s+(?:\d{{1,4}}[-./]\s?\d{{1,2}}[-./]\s?\d{{2,4}}\.?|\d{{1,2}}\.?\s+"
    r"[^\W\d_]{3,10}\.?\s+\d{4})(?:,?\s+(?:(?:at|um|à|alle|a\s+las|kl\.?|klo|o)\s+)?\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:uhr|h))?)?$",
    re.I,
)
# - an office's press desk with its phone ("Servicio de Comunicación. Ayuntamiento de <City>.
#   Tfno: 976 ...", "Ufficio stampa del Comune di <City> - tel. 051 ...", "Media contact: <Name>,
#   University press office, +44 ..."): a press office's name and a phone's label and number;
_PRESS_DESK = re.compile(
    r"^(?=[^\n]{0,120}\b(?:comunicaci[oó]n|prensa|press|presse|stampa|comunicazione|media"
    r"|communication|tiskov\w+|prasow\w+|sajtó\w*|komunikacij\w+|pressetjeneste|presstjänst"
    r"|viestintä|pers|imprensa|comunicação)\b)"
    r"[^!?]{2,120}\b(?:tfno|tel|tél|telf|teléfono|telefon|telefono|telefone|tlf|puh|phone|ph)"
    r"\.?\s*:?\s*\+?\d[\d\s().-]{5,20}\d(?:\s*[,;·|]\s*[^!?]{2,60})?$",
    re.I,
)
# - a market letter's note that it gives no advice ("<Letter> offers no buying or selling
#   counsel.", "<Notes> offers market colour only; phone your elevator for today's bid ..."),
#   said of itself by its name or as "this letter", "our notes" (not "The leaflet offers no
#   advice on what to do if the water turns brown.", news of a leaflet);
_NO_ADVICE = re.compile(
    r"^(?![^\n]{0,200}\b(?:said|says|told|regulator|court|ruled)\b)(?:[^!?;.]{0,100}[;.]\s+)?"
    r"(?:(?:this|our|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:letter|newsletter|notes?|article|content|information|material"
    r"|commentary|publication|site|website|page|column|report|analysis|service|bulletin|e-?mail)"
    r"|(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,4}(?=offers?|gives?|provides?|is|are|constitutes?))\s*"
    r"\b(?:offers?"
    r"|gives?|provides?|is|are|constitutes?)\s+(?:no|not)\s+(?:[\w-]+\s+){0,4}(?:advice|counsel"
    r"|recommendations?)\b[^!?]{0,80}$"
    r"|^[^!?]{0,60}\b(?:offers?|gives?|provides?)\s+(?:market\s+)?(?:colou?r|commentary"
    r"|information|background)\s+only\b[^!?]{0,100}$",
    re.I,
)
# - a grant's note that it paid for the piece ("A grant for reporting on informal work paid for
#   this piece; its giver never saw the draft."), an editor's note on names ("Names of some
#   pullers are shortened at their request.");
_PAID_FOR = re.compile(
    r"^(?:an?\s+|the\s+|our\s+)?(?:grant|fellowship|bursary|stipend|fund|donation|award)\b[^!?]{0,80}"
    r"\b(?:paid\s+for|funded|supported|made\s+possible|underwrote)\s+this\s+(?:piece|story"
    r"|article|report|reporting|series|feature)\b[^!?]{0,80}$"
    r"|^(?:some\s+|the\s+)?names(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s+"
    r"(?:have\s+been\s+|are\s+|were\s+)?(?:changed|shortened|withheld|abbreviated)\s+(?:at\s+"
    r"(?:their|the\s+\w+['’]?s?)\s+request|to\s+protect\s+(?:their|the)\s+\w+"
    r"|for\s+(?:their|the)\s+(?:safety|privacy))\.?$",
    re.I,
)
# - the outlet's own description ("<Paper> is an independently owned paper serving the North
#   Coast since 1911.").
_ABOUT_OUTLET = re.compile(
    r"^(?:[\w&'’.-]+\s+){1,5}is\s+an?\s+(?:independent(?:ly[- ]owned)?|locally[- ]owned"
    r"|family[- ]owned|employee[- ]owned|reader[- ]funded|non-?profit|not-for-profit|community"
    r"|volunteer[- ]run)\s+(?:\w+\s+){0,2}(?:paper|newspaper|news\s+site|newsroom|publication"
    r"|magazine|weekly|daily|outlet|news\s+organi[sz]ation|broadcaster|station)\b[^!?]{0,100}"
    r"\b(?:serving|covering|since|founded|published|based)\b[^!?]{0,80}$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _PAID_FOR,
    _DATE_FIELD,
    _PRESS_DESK,
    _NO_ADVICE,
    _ABOUT_OUTLET,
    _FORWARD_HEAD,
    _DISTRIBUTION,
    _DUTY,
    _NORDIC_RELEASE,
    _SOURCE_STAMP,
    _FUNDER,
    _HUB_NOTE,
    _RELEASE_NOTES,
    _REFERENCE,
)
