"""A page in another language joins the story whose names and figures it says: a step of
grouping (``briefing.cluster``), after the lone pairs.

The grouping's similarity reads words, and words do not cross languages: a Spanish local
paper's report of a prison riot ("Motín en el Cereso de Cajeme deja nueve muertos") shares
almost no word with the English wire's ("Seven killed, 19 escape in riot at Mexican state
prison"), and a French page on a capital's dry taps ("Eau : les quartiers de la rive droite à
sec") none with "Bamako begins water rationing". What survives translation is names ("Cajeme",
"Kalaban Coro") and figures ("capacidad para 1,200 internos y alberga a 2,080" and "built for
about 1,200 inmates, held 2,080"; "le fût de 200 litres ... 1 000 francs" and "1,000 CFA
francs for a 200-litre barrel").

So a piece whose language differs from the day's (the language most of the day's articles are
written in: its text's, ``article_language``, or only its headline's,
``headline_in_another_language``; a lone article, or a group all of whose articles are: a local
page and its teaser that the earlier steps grouped) joins the one group with which it shares,
said by no other article of the day, a name and a figure:

- a name: a run of capitalised words (``_names``) one of whose words the group says written
  with a capital too, a word of four letters or more, accents aside, that is no stop word,
  month or weekday and that the day never writes in lower case ("Governor", "Hasta" opening a
  sentence). A person's first name and surname are one name, and so are the runs that share a
  word ("Tomás Arguedas" and "Arguedas"); the names of countries, languages and regions alone
  do not count (two events of one country share its name). A word is read as the other
  languages write it (``_keys``): without a Turkish ending after an apostrophe ("Van'da",
  "İstanbul'un"), and meeting its other cases when a stem of five letters or more is left
  without a case ending ("Kolariin" and "Kolari", "z Konina" and "Konin", "w Świecku" and
  "Świecko"), not a name that only begins another ("Mariano" is no "Maria", "Janek" no "Jan",
  a short name counts only as written);
- a figure: a number of 100 or more written in digits, separators of thousands aside ("1,200",
  "1 000", "12.000"), times a magnitude written after it in the wires' or the local papers'
  words ("1,200 million" and "1.200 millones" are one figure, not "1.200 agentes"; "200 bin"
  is 200,000, "4,5 tys." 4,500, "11 miljoonaa" 11,000,000, a decimal comma or point read only
  with such a word; Swahili writes the word first, "milioni 7.9"), that is no year (1900-2099
  in four plain digits): a day's date, a count of hours or a small tally ("nine dead", "seven
  killed" when the toll was updated) is no figure here.

Names alone are not enough: review30's probe day (an English San José ransomware story beside
Spanish reports of other San José events, a park opening, a market fire, the city's budget, a
cycle lane, a phishing warning) names its mayor, its city hall and its cyber-security chief in
every report, and group29's first step (two shared names) joined three of them wrongly. What
another event of the same city or kind does not share is the story's own figures. Yet one round
figure recurs too (review31's probe: a city's "1,200 million euro budget" and a Spanish report
of its police's "1.200 agentes"; a firm's "400,000 euros" fine and "400.000 euros de ayudas"
to it elsewhere), so a name and a figure need a third piece of evidence: a second name or a
second figure. And a local paper counts with its own sources: fresh30's four local pages give
other figures than their English stories (58,000 passengers for 62,000, 200,000 children for
180,000, 260 operations for 300, 4,500 lorries a day for 3,000), so four names without a figure
are enough too (the Czech page of the Brno hospital attack names its director, the minister
and the two towns its ambulances go to); another event of the same city shares the city and an
official or two, three names at most in review30's probe. Two figures without a name are
enough too (group32): a local page names its places and offices in its own language ("La
Habana", "el Banco Central"; a town the wire never names) but gives the story's own figures
(fresh31's Spanish page of a currency reform: the old rate of 120 pesos a dollar and the new one
of 250; its Romanian page of a minimum wage: 4,700 and 5,200 lei); one round figure recurs in
another event of the city, two that no other article of the day says have not in the probes or
the bench. "Said by no other article" leaves out the pieces of the day's language left on their
own: an angle piece ("Antalaha, the town that vanilla built") says the story's places but is no
other story (fresh31's French vanilla page names Antalaha, Sambava and the Sava region with the
wire and two English features); a lone page of another language still counts (review30's probe
day). When two groups or more qualify, the piece stays on its own.

Measured with the offline days split into fold A (odd day numbers, tuned on) and fold B (even,
held out; ``/work/notes/group30_folds.py``): it joins fresh29's d682 (the Sonora paper's Spanish
report of the Cajeme riot) and d688 (the Bamako paper's French page), both rightly, both fold B
days whose splits were read to design it; nothing on fold A, whose other-language pieces (d671's
ransom report among them: "5 millones") share a name but no figure of 100 or more with their
story. No lone gold story is joined on either fold (fold B: 2 of 193 before and after, both by
earlier rules). ``bench/foreign_piece.py``: see docs/BENCHMARKS.md ("After fresh29's look").
The names in their cases, the local magnitudes and the four names alone (group31) join fresh30's
d711 (the Czech page, by four names: a fold A day read to design them) and, in fold B's pooled
batch, fresh29's d686 Turkish page (rightly); fold B's days on their own are unchanged, and
fresh30's Finnish, Turkish and Polish pages stay apart (one, two and three names, and their own
figures): docs/BENCHMARKS.md ("After fresh30's look"). The two figures alone, the angles left
out of the count and the pieces of several articles (group32) join fresh31's d731 (Spanish, two
figures) and d729 (French, four names and a figure: fold A days read to design them), d728
(Romanian, two figures) and d734 (a French page and its teaser, four names: fold B days whose
failures were read too) and, in fold A's pooled batch, fresh30's d707 French page; all rightly,
nothing else on either fold: docs/BENCHMARKS.md ("After fresh31's look").

A page in another script shares no written name with an English wire, and Devanagari, Arabic or
Hebrew write no capitals to tell a name by. So the words of a script that is not Latin are read
in Latin letters (``_latin``, the ``anyascii`` package: "Якутск" is "Yakutsk", "भूटान" "bhutan")
and its magnitudes with them ("2,1 млн" is "2,1 mln", 2,100,000; "95 अरब" 95,000,000,000). A
capitalised word of Cyrillic or Greek is a name's word as a Latin one is; a word of a script
without capitals is one only when it meets a name the day writes with a capital in Latin letters,
and side by side such words are one name ("प्रमोद श्रेष्ठले", "Pramod Shrestha"). A word meets a name
as written, in its cases (``_keys``: "Якутии" and "Yakutia") or by its consonants
(``_Spellings``: four or more, at most two more after them for a case ending or a postposition
written on the name, the same first letter: "sindhupalcokma" is "in Sindhupalchok", "dramgme"
"Drangme", "Iakutsk" "Yakutsk"), but not a given name alone, a word the day writes only before
a surname of four consonants or more: "प्रमोदिनी" (Pramodini) is another person than Pramod
Sawant, and "प्रशासन" (prashasan, the administration) has Prasanna's consonants (review38). The
evidence asked is the same as for a page in Latin letters: a Russian page of another event of
the town (a rink opened in the district, the plant's director at the ceremony) names three of
the story's names and none of its figures and stays apart. A name after an elided article or
preposition is the name ("d'Agadez", "l'UGTT"; ``_plain``). And a piece of several articles
moves only when each of them says one of the names or figures that tell it: two local pages of
two events, paired by the words of their language (a Hindi page on Bhutan's plant beside a Nepali
page on a Nepali plant's flood, in a batch of many days), are
no page and its teaser. Measured (group34, after fresh33's look): docs/BENCHMARKS.md ("After
fresh33's look").

Korean and Chinese write a name inside a longer word: a compound ("부산신항", Busan New Port;
"한빛항만터미널", Hanbit Port Terminals), a particle on it ("부산항은", "부산시가") or, in Chinese,
a whole sentence without spaces. Their words are read syllable by syllable (Hangul in the
Revised Romanization Korea writes its names in: "빛" is "bit"), and two to four syllables side
by side meet a name (``_Spellings.syllables``). They count in ten thousands ("1,200만 원" is the
wire's 12 million won, "300만 TEU" its 3 million, "1200万元" 12 million yuan: ``_myriads``). And a
page may write "one million" in words ("до одного миллиона сомов", "un millón de dólares") where
the wire writes "1 million": the word for one before a million or a billion is read as the
figure; one million and one billion, the roundest figures, count only beside three of the
story's names (a mural's "un millón" of another event in the same two towns is no evidence).
A short page of Korean or Chinese is no English teaser (``language.plainly_english``). Measured
(group36, after fresh34's look): docs/BENCHMARKS.md ("After fresh34's look").

A local page counts with its own sources (fresh37's thirteen pages left apart, read after its
look): most share two or three of the story's names and no figure of 100 or more, but they state
its numbers of two digits, a share of the vote, an age, a count of days (``_tallies``: "34,6
Prozent" and "34.6%"). Such a number, stated by the piece and the story and by no other article
of the day, counts as a name does toward the third piece of evidence and toward the four of
names alone, a name among them. And a name is read in the letters no accent makes as the wires
write them ("Ələt" is "Alat", "Łódź" "Lodz": ``_LETTERS``), a name of four letters in its case
("w Łodzi") and a town in the adjective or the region a Slavic language makes of it
("Třeboňsko", "poznański"). Measured (lang39, after fresh37's look): docs/BENCHMARKS.md ("After
fresh37's look").

And a local page that counts with its own sources and names two of the story's places says the
story's event in words its language shares with English (fresh38's d893: a Hungarian page of a
paprika blight names two of its villages, gives 2,100 hectares for the wire's 1,800 and forty per
cent for thirty, but says "baktériumos" and "hektáron" for "bacterial" and "hectares"). Such words
(``_cognate``: the first six letters, folded, "c" as "k", a doubled letter as one) that the story
writes in lower case, its headline one of them, and no other article of the day says, two of
them beside two names, tell the story (``_COGNATES``). Another event of the same places says the
story's everyday words ("hektarów", "ministerstwa" of a village fair), not its headline's; and a
newsletter's round-up line that names another event's places and words is no headline. Measured
(lang40, after fresh38's look): docs/BENCHMARKS.md ("After fresh38's look").

A local page names the story's places in its own cases (fresh39's d928: a Bosnian page's "simbol
Jajca" for the wire's "Jajce"; d917: a Greek page's "νότιας Χίου" for "Chios"): a name of five
letters meets its other last vowel (``_VOWEL_CHANGED``), a Greek genitive its nominative
(``_GENITIVE``), and Greek "ου" is read "ou". A word of Cyrillic or Greek read in Latin letters
is a cognate as a Latin word is ("μαστίχας" and "mastic"). Measured (lang41, after fresh39's
look): docs/BENCHMARKS.md ("After fresh39's look").

And a local page may name none of the story's names, the city in its own language
("Bruxelles-National" for "Brussels Airport") and places the wire never names, yet state one of
the story's figures and say its event in the story's words (fresh40's d953: a French page of an
airport's baggage strike, "120 recrutements", "bagages", "départs", "handling"): a figure and
three cognates, one of them the headline's (``_FIGURE_COGNATES``), tell the story. Measured
(lang42, after fresh40's look): docs/BENCHMARKS.md ("After fresh40's look").

A figure is read as its script and language write it: South Asian grouping ("१,२०,०००" and
"1,20,000" are 120,000), a full-width comma between thousands ("１，３００人"), a figure of several
myriad parts ("４万５千人" is 45,000), Spanish thousands in a word and hundreds in digits ("2 mil
500" is 2,500, no 2,000 and 500: fresh41's d978 page read so met the wire's 2,000 by chance), and
the magnitude words of Bengali, Urdu, Tamil and Persian read in Latin letters. Measured (lang43,
after fresh41's look): docs/BENCHMARKS.md ("After fresh41's look").

Two events of one country or city, each told by a wire and a local page, can be paired across
by the earlier steps: the two wires by their words (one agency and its president, "closed" and
the city), the two pages by theirs (fresh42's d1010: an environment agency's dredging
suspension and its manatee release; d1012: a bridge closed to cars and a school closed for its
roof). Each page then says its own event's names and figures with the pair of wires, and the
pair of pages moved into it: four articles of two events in one section. The two pairs cross
(``_crossed``): each page says a name, a figure or a number of two digits of the move's evidence
with one of the wires that no other article of the four says, the other page with the other
wire, and no wire is tied so to both pages. Then each page goes with the article it is tied to,
and the two stories stand apart. One story's page and teaser joining its wire and feature are
no crossing: the teaser and the feature say the story's names with everyone (fresh31's d734, the
one such move of d1-d1012 but the two). Measured (join44, after fresh42's look):
docs/BENCHMARKS.md ("After fresh42's look").

Georgian gives its letters capitals (Mtavruli) only to set a word in capitals throughout: no
word begins with one, so it is read as a script without capitals (fresh43's d1015: no name of
its page was read), and it writes a name's case on the name ("თელავის", "telavis", of Telavi;
"კახეთში", "kakhetshi", in Kakheti): a word of another script meets a name of five letters or
more, whole or without its last vowel, that it begins with, three letters at most after it
(``_CASE_TAIL``). Devanagari leaves a consonant's short "a" unwritten ("जानकी" is read "janki" for
"Janaki", "अनुपमा" "anupma" for "Anupama": three consonants, too few to be read by them alone), so
a word meets a name without the "a"s of both (``_unwritten``), four letters or more, three
consonants and another vowel among them. A word the day writes before a word it also writes in
lower case ("Sir Sunderlal Hospital") is no given name. Hungarian writes a case of three letters
on a name of four too ("Linzből"). And a name the piece, the story and a page of a third language
say (neither the day's nor the piece's: fresh43's d1014, a barge convoy aground on the Danube
told by the Hungarian town's paper and the Croatian one across the border, both naming the
village) is the story's: a place's other news is told in its own language. Measured (join45,
after fresh43's look): docs/BENCHMARKS.md ("After fresh43's look").

Some scripts are read in Latin letters in a way no wire spells a name (fresh45's look: none of
its eight pages in another script joined its story). Armenian writes "u" with two letters, read
"ow" ("Նորատուսի" is "Noratusi", of Noratus: ``_ARMENIAN_U``). An abjad (Arabic, Persian, Urdu,
Hebrew) writes a word's consonants and its long vowels as letters that are consonants too
("نواكشوط", "nwkshwt", is Nouakchott): its word meets a name by the consonants both write
(``_abjad_form``: four or more, "w", "y" and "h" aside, a digraph as one), perhaps after the
article or a conjunction ("الطرابلسي", "ltrblsy", is Trabelsi). Khmer, Thai, Lao and Myanmar write
no space between a phrase's words: a name stands inside a longer word ("ខេត្តកំពង់ស្ពឺ",
"khettkampngaspeu": Kampong Speu province), which meets every name whose consonants it writes in
a row (``_Spellings.inside``). Chinese and Japanese write figures in their numerals too ("一萬支"
is 10,000 rockets, "逾十萬人" more than 100,000 people: ``_cjk_numerals``). And a word of another
script written with a hyphen ("ვაჟა-ფშაველას", Vazha-Pshavela's) is one word, not a Chinese or
Korean word's syllables. The evidence asked is the same. Measured (script48, after fresh45's
look): docs/BENCHMARKS.md ("After fresh45's look").

And a local page writes the story's names as its language inflects them or its script spells
them (fresh46's look: five single-story days split, each by one such page). Maltese joins the
article, or a preposition with it, to a name with a hyphen, and a vowel before a name's two
consonants ("l-Imqabba u l-Qrendi" for Mqabba and Qrendi): the name is what follows the hyphen
(``_HYPHENED_BEFORE``) and meets the name without that vowel (``_PROTHETIC``). An abjad writes a
name of several words word for word, each too short to meet a name alone ("ٹنڈو جام", "tndw jm",
is Tando Jam): words side by side that write a name's words in its order, five consonants or
more in all, write it (``_Spellings.phrase``). A road's or a flight's code ("an N59") is written
as it is in every language: a name (``_CODE``). Tamil and Malayalam write the lakh as "லட்சம்"
and "ലക്ഷം". And a wire's report and its other language service's are filed from one city, named
in their datelines only, which cleaning drops with their lines: the place of ``Article.dateline``
is read as a line of the text (``_filed_at``), a dateline in another script too
(``clean.dateline.opening_dateline``: "<نواكشوط> (<agency>) –"). The evidence asked is the same.
Measured (script49, after fresh46's look): docs/BENCHMARKS.md ("After fresh46's look").

And a local page names the story's places in forms the step did not read (fresh48's look: four
of its five split single-story days were split by such a page). Vietnamese writes a name in
syllables of two or three letters, each too short to be a name's word ("Hội An", "Hoi An"): side
by side they are one word (``_short_names``). A Latvian paper across the border writes a
Lithuanian village in its plural's case ("pie Saločiem" for Saločiai: ``_ENDINGS``' "-ai",
"-iem"), a Finnish one a town's name without its last "k" ("Ilmajoen", of Ilmajoki: ``_GRADATED``;
fresh47's d1115). Devanagari doubles a consonant the wires write once ("ढुड्डीके", "dhuddike", for
Dhudike: ``_single``). The evidence asked is the same. Measured (script51, after fresh48's
look): docs/BENCHMARKS.md ("After fresh48's look"). Not kept (review55): names read in Chinese
characters beside one number of two digits the story says, and a short teaser's two names on a
day the story holds whole. A Chinese page on a rockfall closing the highway a tour bus left names
the district's places as the bus's wire does and shares a two-digit number by chance; a Hindi
teaser for a kabaddi final in the flooded district's town names the town and the state; and
whether a teaser joined hung on whether the day held one more unrelated article.

The day's language is read only when an article is not plainly English (a batch of English
articles loads no language model: ``bench/bench_scale.py``'s varied shape). The work is linear
in the day's words: each article is read once, a word's or a figure's count of articles tells
what outside a group says it, and a piece is weighed only against the groups that say one of
its names or are the one group to state one of its figures.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from babel import Locale

from briefing.angles import is_place, is_region
from briefing.features import CALENDAR_WORDS, STOP_WORDS, content_word
from briefing.language import (
    DEFAULT_LANGUAGE,
    article_language,
    headline_in_another_language,
    plainly_english,
)
from briefing.models import Article
from briefing.partition import join_groups

__all__ = ["attach_other_language"]

_MIN_LENGTH = 4  # a name's word of four letters or more ("Cajeme", "Coro" of "Kalaban Coro")
_MIN_FIGURE = 100  # a figure of 100 or more: not a date's day, an hour or a small tally
_YEARS = range(1900, 2100)
# A name and a figure are not enough alone: a round figure recurs in the same city's or firm's
# other news ("1,200 million euro budget" beside "desplegará 1.200 agentes"; a "400,000 euros"
# fine beside "400.000 euros de ayudas"): review31's probe joined three such reports. Three
# pieces of evidence are: a name and two figures (the Cajeme riot's 1,200 and 2,080), or two
# names and a figure ("Kalaban Coro" and "Bamako"; the mayor's and the cyber chief's names).
_EVIDENCE = 3
# Or four names without a figure: a local paper counts with its own sources (fresh30's Czech
# page of the Brno hospital attack: "260 operací", a "120 milionů korun" ransom, beside the wire's
# 300 operations and $4 million) but names the story's director, minister and the towns its
# ambulances go to. Another event of the same city shares the city and an official or two
# (review30's probe: the mayor, the cyber-security chief, San José: three at most), not four.
_NAMES_ALONE = 4
# Names read in Chinese characters are no names alone: read without their tones, the syllables
# of an everyday word spell a city ("背景", background, is "bei-jing"; "程度", degree,
# "cheng-du"; "伤害", harm, "shang-hai"; "倾倒", dumping, "qing-dao": review39's probe of a page
# on river dumping beside a wire on a Chengdu-Qingdao rail line). Beside a figure they count.
# Or two figures without a name: a local page names its places and institutions in its own
# language ("La Habana", "el Banco Central"; a town the wire never names) but gives the story's
# own figures (fresh31's Spanish page of a currency reform: the old rate of 120 pesos a dollar
# and the new single rate of 250, both the wire's). One round figure recurs in another event of
# the city (review31's probe), two that no other article of the day says do not. The two are
# one fact, stated in one sentence of the page ("de la 4.700 la 5.200 de lei", "la tasa oficial
# de 120 pesos ... una tasa única de 250"): a page of another event that shares two round
# figures with a story of the day says them apart ("shilingi milioni 120" for cranes, "250"
# workers; "5.200 de lei" a rent, "1.500" flats; "300" families, "911": review33's probes).
_FIGURES_ALONE = 2
# One million and one billion are the roundest figures, written "1 million" or "one million"
# ("до одного миллиона сомов", "un millón de dólares"): a deposit guarantee, a fine, a fund of
# another event of the city says it too (a mural "financiado con un millón de dólares" beside
# a utility's fine of "1 million dollars" in Valparaíso and Viña del Mar). Such a figure counts
# only beside three names of the story's (a bank's, its regulator's and a lawmaker's).
_ROUND = frozenset({1_000_000, 1_000_000_000})
# A number of two digits (``_tallies``: a victim's age, a share of the vote, a count of days)
# that the piece and the story both state and no other article of the day says counts as a name
# does toward the third piece of evidence beside a name and a figure, and toward the four of
# names alone (a name among them): a local page counts with its own sources and names its own
# people, but states the story's small numbers with its places and officials (fresh31's d738,
# a Tyrol page: a name and the parties' 34.1, 24.8 and 16.2 per cent; fresh36's d857, a
# Paraguayan page of the truckers' blockade: three names and one such number). Another event of
# the same city shares its names (review30's probe: three at most), not a number with them.
# Or two names and two cognates (``_cognate``): words the page says in its own spelling that the
# story writes in lower case, one of them in its headline, and no other article of the day says
# (fresh38's d893: "baktériumos" and "hektáron" beside Kalocsa and Foktő). Two names alone are
# every report's of a town (review30's probe); a story's headline word is its event's.
_COGNATE_NAMES = 2
_COGNATES = 2
# Or a figure and three cognates, one of them the story's headline's, without a name: a local
# page names the places by its own language's names ("Bruxelles-National" for the wire's
# "Brussels Airport") or by places the wire never names ("Zaventem"), and counts with its own
# sources, but states one of the story's figures and says its event in the story's words
# (fresh40's d953: a French page of an airport's baggage strike, "120 recrutements" for the
# wire's 120 workers, "bagages", "départs", "handling"). What another event of the same place
# does not share is the story's own figure (group30); one round figure recurs there, but not
# with the story's headline word and two more of its words said by no other article of the day.
_FIGURE_COGNATES = 3
# A page in Cyrillic or Greek letters of another event of the same city names its governor and
# mayor too, and its officialdom's words read as the story's ("эвакуация", "операция", "регион":
# review46's probe of two evacuations in one city): cognates read from those scripts count
# only beside a third name.
_TRANSLITERATED_NAMES = 3
_ROUNDS = 3  # the step is asked again while pieces move, as the stories they join grow
# A word: letters, with an inner apostrophe or hyphen ("O'Neill", "Saint-Louis").
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
# A case ending written after an apostrophe, as Turkish writes one on a name ("Van'da",
# "İstanbul'un", "Tuşba'da"): lower case, five letters at most, no English contraction's
# ("Don't", "We'll", "They're" keep theirs; "O'Neill", "D'Alembert" are capitalised after it).
_APOSTROPHE_ENDING = re.compile(r"['’]([^\W\d_]{1,5})$")
_CONTRACTIONS = frozenset({"t", "ll", "re", "ve", "d", "m"})
# A number in digits, its thousands grouped by a comma, a point or a (thin, no-break) space,
# or grouped as South Asia writes them, the last three digits and then by two ("1,20,000" is
# 120,000, "12,50,000" 1,250,000: Hindi, Bengali, Nepali pages and the region's English press),
# and a decimal part of one or two digits after a comma or a point ("4,5 tys.", "1.25
# billion"), read only before a magnitude word.
_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:(?:,|\.|[ \u00a0\u202f])\d{3})+|\d+)"
    r"(?:[.,](\d{1,2}))?(?![\d]|[.,]\d)"
)


# Latin letters that no accent makes (Unicode gives them no decomposition), written as the wires
# write them in English: Azerbaijani "ə" as "a" ("Ələt" is "Alat", "Gəncə" "Ganja"), Polish "ł"
# as "l" ("Łódź" is "Lodz"), Turkish "ı" as "i", Danish and Norwegian "ø" as "o", "đ" as "d".
_LETTERS = str.maketrans(
    {"ə": "a", "ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ß": "ss", "æ": "ae"}
    | {"œ": "oe", "þ": "th"}
)


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """``word`` in lower case without accents: "Solís" is "solis", "José" is "jose", "Łódź"
    "lodz", "Ələt" "alat" (``_LETTERS``)."""
    plain = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in plain if not unicodedata.combining(c)).translate(_LETTERS)


# A word that a language shares with English or borrowed from it, spelt its own way: Hungarian
# "baktériumos" and "bacterial", "hektáron" and "hectares", Turkish "elektrik" and "electrical",
# Spanish "asociaciones" and "associations". Read by its first six letters, folded (``_fold``),
# "c" and "q" as "k", "y" as "i", "w" as "v", "ph" as "f", a doubled letter as one: a shorter
# word is too often another's beginning ("polis", "police"; "parque", "parking").
_COGNATE = 6
_COGNATE_LETTERS = str.maketrans({"c": "k", "q": "k", "y": "i", "w": "v"})


@lru_cache(maxsize=1 << 16)
def _cognate(word: str) -> str | None:
    """The first six letters of a folded word as cognates share them (see ``_COGNATE``), or
    ``None`` for a shorter word: "bakteriumos" and "bacterial" are "bakter", "asociaciones" and
    "associations" "asokia"."""
    spelt = word.replace("ph", "f").translate(_COGNATE_LETTERS)
    out: list[str] = []
    for c in spelt:
        if not c.isalpha():
            return None
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:_COGNATE]) if len(out) >= _COGNATE else None


# An article or a preposition elided before a name, as French, Italian and Catalan write one
# ("l'UGTT", "d'Agadez", "L'ARP", "dell'Aquila", "jusqu'à Tahoua"): the name is what follows.
_ELISION = re.compile(
    r"^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|dell|dall|nell|sull|all|coll|quell|un|pel)['’]"
    r"(?=[^\W\d_]{2})",
    re.I,
)


# An article or a preposition (with the article) written before a name with a hyphen, in lower
# case, as Maltese and Arabic names are written ("l-Imqabba", "tal-Qrendi", "mill-Qrendi",
# "al-Hudaydah"): the name is what follows, capitalised.
_HYPHENED_BEFORE = re.compile(r"^([^\W\d_]{1,5})-(?=[^\W\d_]{2})")


def _plain(token: str) -> str:
    """``token`` without an English possessive ("Kolari's"), a case ending written after an
    apostrophe ("Van'da" is "Van", "İstanbul'un" "İstanbul"), an article or a preposition
    elided before it ("d'Agadez" is "Agadez", "l'UGTT" "UGTT") or written before it with a
    hyphen ("l-Imqabba" is "Imqabba", ``_HYPHENED_BEFORE``)."""
    token = _POSSESSIVE.sub("", token)
    elided = _ELISION.match(token)
    if elided and token[elided.end()].isupper():
        token = token[elided.end() :]
    before = _HYPHENED_BEFORE.match(token)
    if before and before.group(1).islower() and token[before.end()].isupper():
        token = token[before.end() :]
    ending = _APOSTROPHE_ENDING.search(token)
    if ending and ending.group(1).islower() and ending.group(1) not in _CONTRACTIONS:
        return token[: ending.start()]
    return token


# Case endings a name takes in the languages whose local papers the step reads (folded, accents
# aside), written after its nominative or in place of its last vowel: Finnish ("Kolariin",
# "Kolarin"), Estonian, Hungarian ("Debrecenben"), Polish ("Konina", "Lublinie", "Świecku"),
# Czech and Slovak ("Jihlavy", "Ostravě"), the South Slavic languages ("Zagrebu"). A vowel is an
# ending too: the nominative's last ("Świecko", "Jihlava") gives way to another. No "-s": an
# English name's ("Williams" is no "William", "Carlos" no "Carlo").
_ENDINGS = frozenset(
    "a e i o u y n"  # one letter: a vowel's change, the Finnish genitive's -n
    " an en in on un yn ie iu em om ou ow ej ego emu ach ami ovi owi ich ech um ima ama"
    " iin hin han hen seen ssa sta lla lta lle ksi na ta tta lt le st sse ks ga ni"
    " ban ben bol rol tol ba be ra re nak nek hoz hez val vel ig"
    # the adjective or the region a Slavic language makes of a town's name: "Třeboňsko" (the
    # country round Třeboň), "poznański", "Košický"
    " sko ska ski sky ske sku skie"
    # the Baltic languages' plural and its cases on a village's name: Lithuanian "Saločiai",
    # Latvian "pie Saločiem" (at Saločiai), read by a paper across the border (fresh48's d1134)
    " ai iem".split()
)
_MIN_STEM = 5  # a stem of five letters or more: "Konin" for "Konina"; no "Jan" for "Janek"
# A name of four letters takes a case ending of one letter too ("w Łodzi" is "Łódź"): "i", "u"
# or "y", none of the vowels that make a given name of another ("Paula" is no "Paul", "Marie" no
# "Mari").
_SHORT_STEM = 4
_SHORT_ENDINGS = frozenset("iuy")
# And the cases of three letters that Hungarian writes on any name ("Linzből", read "linzbol":
# from Linz; "Kölkednél"): a four-letter name's case too, an ending no given name ends in
# ("Sandra" is no "Sand": no case of two letters).
_SHORT_CASES = frozenset("ban ben bol rol tol nak nek hoz hez val vel nal nel".split())
# A name of five letters that ends in a vowel after a consonant meets the same four letters
# before another vowel, as a Slavic case changes the last ("Jajca", "u Tuzli", "Tuzle" are
# "Jajce" and "Tuzla": fresh39's d928), under a form of its own (the four letters and
# ``_VOWEL_CHANGED``) that no name of four letters has ("Paula" is still no "Paul"); a vowel
# before the last keeps a given name apart ("Mario" is no "Maria"). A longer word whose stem is
# such a name has that form too ("Listen" as "Liste"), so that a form is said wherever its
# five letters are (fresh31's pooled batch: two German pages' "Liste" would otherwise be a
# name no other article says, while "Listen" of a third is).
_VOWELS_AT_END = frozenset("aeiou")
_VOWEL_CHANGED = "~"
# A Greek name in its genitive, "-ου" ("-ou" in Latin letters) for the nominative's "-ος"
# ("-os") that the wires keep ("Χίου" is "Chios", "Αμοργού" "Amorgos": fresh39's d917).
_GENITIVE, _NOMINATIVE = "ou", "os"
# Finnish drops a name's last "k" between vowels when it takes a case ending (consonant
# gradation: "Ilmajoki", in the genitive "Ilmajoen", "Seinäjoen" of Seinäjoki): a name of
# seven letters or more ending in a vowel and "ki" meets its stem without the "ki" ("ilmajo",
# which "ilmajoen" leaves without its ending "en"). Not after a consonant ("Helsinki" is
# "Helsingin", "Kowalski" no case of this).
_GRADATED_KI = "ki"
_GRADATED = re.compile(r"[aeiouy]ki$")
# A name that begins with two consonants takes a vowel before them when an article is written
# on it, as Maltese writes one ("l-Imqabba", "fl-Imdina" for Mqabba and Mdina): a word of six
# letters or more that begins with "i" and two consonants meets the name without the "i".
_PROTHETIC = re.compile(r"^i[b-df-hj-np-tv-z]{2}[a-z]{3}")


@lru_cache(maxsize=1 << 16)
def _keys(word: str) -> frozenset[str]:
    """The forms under which a name's word (folded) meets its other cases: itself, and what is
    left of it without a case ending (``_ENDINGS``) if five letters or more remain. "kolariin",
    "kolarin" and "kolari" meet at "kolari", "swiecku" and "swiecko" at "swieck", "konina" and
    "konin" at "konin"; "mariano" ("marian") does not meet "maria", nor "janek" "jan". A name
    of five letters meets its other last vowel ("jajca" and "jajce", ``_VOWEL_CHANGED``), a Greek
    genitive its nominative ("chiou" and "chios", ``_GENITIVE``)."""
    out = {word}
    for cut in range(1, 5):
        if len(word) - cut >= _MIN_STEM and word[-cut:] in _ENDINGS:
            out.add(word[:-cut])
    if len(word) == _SHORT_STEM + 1 and word[-1] in _SHORT_ENDINGS:
        out.add(word[:-1])
    if len(word) == _SHORT_STEM + 3 and word[-3:] in _SHORT_CASES:
        out.add(word[:-3])
    if _GRADATED.search(word) and len(word) - len(_GRADATED_KI) >= _MIN_STEM + 1:
        out.add(word.removesuffix(_GRADATED_KI))  # "ilmajoki" as "ilmajo", of "Ilmajoen"
    out.update(
        k[:-1] + _VOWEL_CHANGED
        for k in list(out)
        if len(k) == _SHORT_STEM + 1 and k[-1] in _VOWELS_AT_END and k[-2] not in _VOWELS_AT_END
    )
    if word.endswith(_GENITIVE) and len(word) >= _MIN_LENGTH + 1:
        out.add(word.removesuffix(_GENITIVE) + _NOMINATIVE)
    if _PROTHETIC.match(word):  # "imqabba" (of "l-Imqabba") and "mqabba"
        out.add(word[1:])
    return frozenset(out)


@dataclass(frozen=True)
class _Read:
    """What an article says, for this step: every word (folded), the runs of capitalised words
    (each a tuple of folded words), the words it writes in lower case, and its figures; and,
    written in a script without capitals (Devanagari, Arabic, ...), the runs of its words
    (``loose``, transliterated: any of them may be a name) and, in another script with capitals
    (Cyrillic, Greek), the capitalised words transliterated (``foreign``)."""

    words: frozenset[str]
    runs: tuple[tuple[str, ...], ...]
    small: frozenset[str]
    figures: frozenset[int]
    together: frozenset[frozenset[int]]  # two figures stated in one sentence
    loose: tuple[tuple[str, ...], ...] = ()
    foreign: frozenset[str] = frozenset()
    hangul: frozenset[str] = frozenset()  # its words of Hangul, read syllable by syllable
    tallies: frozenset[str] = frozenset()  # its numbers of two digits (``_tallies``)
    # its words in Latin letters (Cyrillic and Greek read in them) as cognates (``_cognate``)
    cognates: frozenset[str] = frozenset()
    # those of them it writes only in another script's letters (Cyrillic, Greek ...)
    transliterated: frozenset[str] = frozenset()
    # a figure and a cognate it states in one sentence: "120 recrutements" beside "handling"
    beside: frozenset[tuple[int, str]] = frozenset()
    # its words of an abjad (Arabic, Hebrew) and of a script without spaces (Thai, Khmer)
    abjad: frozenset[str] = frozenset()
    glued: frozenset[str] = frozenset()
    hyphened: frozenset[str] = frozenset()  # its words of another script with a hyphen


# Particles inside a name ("Brisa de Omoa", "Ciudad de México", "Jan van Dijk"): a name's two
# runs would count as two names.
_PARTICLES = frozenset("de del della di da do dos das du des la le van von der den ten ter".split())

# A word of a script that is not Latin (Cyrillic, Greek, Devanagari, Arabic, Hebrew, CJK, ...):
# no ASCII, Latin-1, Latin Extended or general punctuation character, no space. Such a word is
# read in Latin letters (``anyascii``: "Якутск" is "Yakutsk", "भूटान" "bhutan"), so that it can
# meet the name an English wire writes; the danda ends a sentence as a stop does, and so do the
# stops and commas of Chinese and Japanese.
_NOT_LATIN = re.compile(
    r"[^\x00-\u036f\u1e00-\u1eff\u2000-\u2bff\u2c60-\u2c7f\ua720-\ua7ff\ufb00-\ufb06\s]+"
)
_DANDA = str.maketrans(
    {
        "\u0964": ".",
        "\u0965": ".",
        # Chinese and Japanese stops and commas end a word and a sentence as a stop does
        "\u3002": ". ",
        "\uff0c": ", ",
        "\u3001": ", ",
        "\uff01": "! ",
        "\uff1f": "? ",
        "\uff1a": ": ",
        "\uff1b": "; ",
    }
)

# Korean and Chinese write a word's syllables without spaces, a name and what follows it in one
# word: a compound ("부산신항", Busan New Port; "한빛항만터미널", Hanbit Port Terminals) or a
# particle written on the name ("부산항은", "부산시가"; "北京市", Beijing city). Such a word is read
# syllable by syllable, the syllables joined by hyphens ("bu-san-sin-hang"), so that its first
# syllables can meet a name (``_Spellings.syllables``). Hangul is read in the Revised
# Romanization that Korea's own names are written in ("Busan", "Gangseo", "Hanbit": a syllable's
# last consonant as it is said, "빛" is "bit", not the letters' "bich"); a Chinese character as
# ``anyascii`` reads it (pinyin: "北京" is "bei-jing").
_NAME_SYLLABLES = 4  # a name of Korea or China is written in two to four syllables
_HANGUL_FIRST = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_HANGUL_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_HANGUL_LAST = ["", *"k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()]


def _syllable(c: str) -> str:
    """A Hangul syllable or a Chinese character in Latin letters ("부" is "bu", "빛" "bit",
    "北" "bei")."""
    index = ord(c) - 0xAC00
    if 0 <= index < 11172:
        first, vowel, last = index // 588, index % 588 // 28, index % 28
        lead = _HANGUL_FIRST[first].replace("_", "")
        return lead + _HANGUL_VOWEL[vowel] + _HANGUL_LAST[last]
    return anyascii(c).lower()


# A word of Hangul: Korean writes spaces between its words, and a name begins its word (a
# compound's other word or a particle after it: "부산신항", "강서구에서"); what stands before a name
# in a word is no name ("세계대전", the world war, is "se-gye-dae-jeon", no "Daejeon").
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")


def _syllabic(c: str) -> bool:
    """Whether ``c`` is a Hangul syllable or a Chinese character (CJK unified ideographs)."""
    return "\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


# Korean, Chinese and Japanese count in ten thousands: "1,200만 원" is 12,000,000 won, "300만
# TEU" 3,000,000, "1.8조 원" 1,800,000,000,000, "3천 명" 3,000 people, "5천만" 50,000,000; "1200万"
# and "3億" likewise. The unit is written on the figure (no space); "제5조" is an article 5 of a
# law, no trillion. The figure is written out in digits before the words are read.
_MYRIAD_UNITS = {
    "만": 10**4,
    "万": 10**4,
    "萬": 10**4,
    "억": 10**8,
    "億": 10**8,
    "亿": 10**8,
    "조": 10**12,
    "兆": 10**12,
}
_MYRIAD_PART = (
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,3}))?"
    r"(?:([천千])([만万萬억億亿조兆])?|([만万萬억億亿조兆]))"
)
_MYRIAD = re.compile(_MYRIAD_PART)
# A figure of several parts, each smaller than the last ("4万5千人" is 45,000 people, "1億2000万
# 円" 120,000,000 yen, "3만 5천 명" 35,000), the last one's units perhaps in bare digits ("4万
# 5000"): the parts add up (each written out alone, "4万5千" would read "400005000").
_PART = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,3})?(?:[천千][만万萬억億亿조兆]?|[만万萬억億亿조兆])"
_MYRIAD_RUN = re.compile(
    rf"(?<![\d.,제第]){_PART}(?:[ ]?{_PART})*"
    r"(?:\d{1,4}(?![\d.,]))?"
)


def _myriad_value(match: re.Match[str]) -> int:
    """The value of one part of ``_MYRIAD`` ("1,200만" is 12,000,000, "5千" 5,000)."""
    whole, decimals = match.group(1).replace(",", ""), match.group(2) or ""
    times = (1000 if match.group(3) else 1) * _MYRIAD_UNITS.get(
        match.group(4) or match.group(5) or "", 1
    )
    return int(whole + decimals) * times // int(10 ** len(decimals))


# Chinese and Japanese write a figure in their numerals too, counting in ten thousands ("一萬支"
# is 10,000 rockets, "逾十萬人" more than 100,000 people, "约七万饼" some 70,000 cakes): a run of
# numerals that opens with a digit's ("一" to "九", "两", "十") and holds a unit of a thousand
# or more is written out in digits. A unit alone is no figure ("千万", by all means; "万一",
# just in case; "百余年", a century and more).
_CJK_DIGITS = {
    c: k
    for k, cs in enumerate(("〇零", "一", "二两兩", "三", "四", "五", "六", "七", "八", "九"))
    for c in cs
}
_CJK_SMALL = {"十": 10, "百": 100, "千": 1000}
_CJK_LARGE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
_CJK_NUMERALS = re.compile(
    "[一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万萬亿億兆]*[千万萬亿億兆]"
    "[〇零一二两兩三四五六七八九十百千]*"
)


def _cjk_value(run: str) -> int:
    """The value of a run of Chinese numerals (``_CJK_NUMERALS``): "十萬" is 100,000, "三千五百"
    3,500, "一億二千万" 120,000,000."""
    total = section = number = 0
    for c in run:
        if c in _CJK_DIGITS:
            number = _CJK_DIGITS[c]
        elif c in _CJK_SMALL:
            section += (number or 1) * _CJK_SMALL[c]
            number = 0
        else:
            total += (section + number) * _CJK_LARGE[c]
            section = number = 0
    return total + section + number


def _cjk_numerals(line: str) -> str:
    """``line`` with its figures in Chinese numerals written out in digits (``_CJK_NUMERALS``)."""
    return _CJK_NUMERALS.sub(lambda m: str(_cjk_value(m.group(0))), line)


def _myriads(line: str) -> str:
    """``line`` with its figures counted in ten thousands written out in digits ("1,200만" is
    "12000000": no separator, so that a figure after it is no group of its thousands), a figure
    of several parts added up when each part is smaller than the last (``_MYRIAD_RUN``)."""

    def value(run: re.Match[str]) -> str:
        text = run.group(0)
        parts = list(_MYRIAD.finditer(text))
        values = [_myriad_value(m) for m in parts]
        tail = text[parts[-1].end() :]
        if tail.isdigit():
            values.append(int(tail))
        if len(values) > 1 and all(a > b for a, b in itertools.pairwise(values)):
            return str(sum(values))
        out = [str(v) for v in values[: len(parts)]]
        joins = [text[a.end() : b.start()] for a, b in itertools.pairwise(parts)] + [tail]
        return "".join(o + j for o, j in zip(out, joins, strict=True))

    return _MYRIAD_RUN.sub(value, line)


# Greek "ου" is "ou" in Latin letters, as every romanization and the wires write it ("Χίου" is
# "Chiou", "τουρίστες" "touristes"); ``anyascii`` reads its "υ" as "y" ("Chioy").
_GREEK_OU = re.compile("[οΟ][υύΥΎ]")
_OU = str.maketrans({"ο": "o", "Ο": "O", "υ": "u", "ύ": "u", "Υ": "U", "Ύ": "U"})


def _ou(match: re.Match[str]) -> str:
    """Greek "ου" (``_GREEK_OU``) in Latin letters, in its case: "ou", "Ou", "OU"."""
    return match.group(0).translate(_OU)


# Armenian writes "u" with two letters, "ու" ("Նորատուս" is Noratus, "Գեղարքունիք" Gegharkunik);
# ``anyascii`` reads them letter by letter, "ow" ("Noratows"), a spelling no wire writes.
_ARMENIAN_U = re.compile("[ոՈ][ւՒ]")


def _armenian_u(match: re.Match[str]) -> str:
    """Armenian "ու" (``_ARMENIAN_U``) as "u", in its case."""
    return "U" if match.group(0)[0] == "Ո" else "u"


# Scripts that write no short vowels (Arabic, Persian, Urdu, Hebrew: an abjad) and scripts that
# write no space between the words of a phrase (Thai, Lao, Khmer, Myanmar, Tibetan): their words
# are read in Latin letters as others are, but meet a name in their own way (``_Spellings.abjad``,
# ``_Spellings.inside``).
_ABJAD = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)
_GLUED = re.compile("[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]")


# A word of another script written with a hyphen ("ვაჟა-ფშაველას", Vazha-Pshavela's): read in
# Latin letters, it is one word with a hyphen, as a Chinese or Korean word read syllable by
# syllable is ("bu-san-sin-hang"), but a name's whole, to meet as written.
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _script_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of ``text`` written in an abjad and those written in a script without spaces
    between words (``_ABJAD``, ``_GLUED``), and its words of another script written with a
    hyphen and no Chinese or Korean syllable (``_HYPHENED``), as ``_latin`` reads them."""
    abjad: set[str] = set()
    glued: set[str] = set()
    for match in _NOT_LATIN.finditer(text):
        word = match.group(0)
        into = abjad if _ABJAD.search(word) else glued if _GLUED.search(word) else None
        if into is not None:
            latin = anyascii(word).replace("'", "").lower()
            into.update(_fold(_plain(t)) for t in _TOKEN.findall(latin))
    hyphened = {
        _fold(_plain(anyascii(m.group(0)).replace("'", "").lower()))
        for m in _HYPHENED.finditer(text)
        if _NOT_LATIN.search(m.group(0)) and not any(map(_syllabic, m.group(0)))
    }
    return frozenset(abjad), frozenset(glued), frozenset(hyphened)


# A full-width comma between digits groups a number's thousands ("１，３００人" is 1,300 people):
# no comma ending a word as ``_DANDA`` reads it elsewhere.
_WIDE_COMMA = re.compile(r"(?<=\d)\uff0c(?=\d{3}(?!\d))")


def _latin(line: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """``line`` with its words of other scripts written in Latin letters (``_NOT_LATIN``,
    apostrophes for soft signs aside), and where they stand in it: each word's span and whether
    its script has no capitals (then it is written in lower case: any of them may be a name)."""
    if not _NOT_LATIN.search(line):
        return line, []
    line = _myriads(_cjk_numerals(_WIDE_COMMA.sub(",", line).translate(_DANDA)))
    out: list[str] = []
    spans: list[tuple[int, int, bool]] = []
    end = size = 0
    for match in _NOT_LATIN.finditer(line):
        out.append(line[end : match.start()])
        size += match.start() - end
        word = match.group(0)
        if not any(c.isalnum() for c in word):  # a symbol, an emoji: no word
            out.append(word)
            size += len(word)
            end = match.end()
            continue
        # no capitals in its script to tell a name by: none at all (Devanagari, Arabic), or only
        # for writing a word in capitals throughout (Georgian's Mtavruli: a word begins with no
        # capital of its own, "კახეთში" is "kakhetshi", in Kakheti)
        caseless = word.lower() == word.upper() or word[0].title() == word[0].lower()
        if all(map(_syllabic, word)):  # "부산신항" is "bu-san-sin-hang"
            latin = "-".join(_syllable(c) for c in word)
        else:
            latin = anyascii(_ARMENIAN_U.sub(_armenian_u, _GREEK_OU.sub(_ou, word)))
            latin = latin.replace("'", "")
            if caseless:
                latin = latin.lower()
        out.append(latin)
        spans.append((size, size + len(latin), caseless))
        size += len(latin)
        end = match.end()
    out.append(line[end:])
    return "".join(out), spans


# A code of capitals and digits, as a road, a line or a flight is named ("the N59", "an N59",
# "M50", "MH17"): every language writes it as it is, so it is a name to meet across them. One
# or two capitals and two to four digits: no "A1" or "Q3" (a quarter, a paper size, a grade).
_CODE = re.compile(r"(?<![\w.,/-])[A-Z]{1,2}\d{2,4}(?![\w-]|[.,/]\d)")
# A capitalised word right before a code, which the text never writes in lower case: a maker
# whose model the code names ("Airbus A320", "Westinghouse AP1000"), a kind shared by other
# events of the day (review53's probe: two A320 incidents in two languages, one "180
# passengers" each, were joined by the code). Not "the N59", nor "Route PY02" in a text that
# writes "the route".
_MAKER = re.compile(r"(?<![\w'’])([A-Z][^\W\d_]+)[ \u00a0]+$")
_CODE_WORD = re.compile(r"[a-z]{1,2}\d{2,4}")


# The place of an article's dateline (``Article.dateline``: "NOUAKCHOTT, May 13 (TSP) -",
# "<نواكشوط> (<agency>) –"), which cleaning drops when it stands on a line of its own: the words
# before its first comma, bracket, slash or dash.
_DATELINE_PLACE = re.compile(r"^[^,(/—–\n]*?(?=\s*(?:[,(/—–]|\s-|$))")


def _filed_at(art: Article) -> str:
    """The place ``art``'s dateline names, read as a line of its text (a wire's report and its
    other language service's are filed from one city: fresh44's d1064), or nothing."""
    found = _DATELINE_PLACE.match(art.dateline.strip()) if art.dateline else None
    place = found.group(0).strip() if found else ""
    return "" if any(c.isdigit() for c in place) else place  # "July 23 (Reuters) -": no place


def _read(art: Article) -> _Read:
    words: set[str] = set()
    small: set[str] = set()
    runs: list[tuple[str, ...]] = []
    loose: list[tuple[str, ...]] = []
    foreign: set[str] = set()
    cognates: set[str] = set()
    spelt_in_latin: set[str] = set()  # the cognates of its words written in Latin letters
    lines = [_latin(line) for line in f"{art.title}\n{_filed_at(art)}\n{art.text}".splitlines()]
    text = "\n".join(line for line, _ in lines)
    for line, spans in lines:
        first_run = len(runs)  # the line's first run
        run: list[str] = []
        bare: list[str] = []  # a run of words without capitals
        end = 0
        joining = False  # a particle after a run's word: "Brisa de Omoa" is one name
        for match in _TOKEN.finditer(line):
            token = _plain(match.group(0))
            word = _fold(token)
            words.add(word)
            close = not line[end : match.start()].strip()
            script = next((c for a, b, c in spans if a <= match.start() < b), None)
            if script:  # a word of a script without capitals
                if run:
                    runs.append(tuple(run))
                    run = []
                if bare and not close:
                    loose.append(tuple(bare))
                    bare = []
                bare.append(word)
                end = match.end()
                continue
            if bare:
                loose.append(tuple(bare))
                bare = []
            # a word of Latin letters, or of Cyrillic or Greek read in them ("лаборатория",
            # "laboratoriya"; "μαστίχα", "masticha"), is a cognate; a word of a script without
            # capitals is read as a name only
            if not script and (key := _cognate(word)):
                cognates.add(key)
                if not any(a < match.end() and match.start() < b for a, b, _ in spans):
                    spelt_in_latin.add(key)  # no letter of it read from another script
            capital = token[0].isupper()
            if not capital and script is None:
                small.add(word)  # (a word of another script is no word of the day's language)
            elif capital and script is not None:  # "Якутск", read "Yakutsk"
                foreign.add(word)
            if run and close and not capital and not joining and word in _PARTICLES:
                joining, end = True, match.end()
                continue
            joining = False
            if run and (not capital or not close):
                runs.append(tuple(run))  # a lower-case word or a comma, a point ends a run
                run = []
            if capital:
                run.append(word)
            end = match.end()
        if run:
            runs.append(tuple(run))
        if bare:
            loose.append(tuple(bare))
        for joined in _short_names(runs[first_run:]):  # "Hội An" and "Hoi An": "hoian"
            words.add(joined)
            runs.append((joined,))
        for found in _CODE.finditer(line):  # "N59": a name of its own
            before = _MAKER.search(line, 0, found.start())
            maker = before.group(1).lower() if before else ""
            if maker and maker not in STOP_WORDS and not re.search(rf"\b{maker}\b", text):
                continue  # "Airbus A320": a maker's model, said by its maker's name
            words.add(found.group(0).lower())
            runs.append((found.group(0).lower(),))
    together: set[frozenset[int]] = set()
    beside: set[tuple[int, str]] = set()  # a figure and a cognate of one sentence
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(line):
            stated = _figures(sentence)
            if not stated:
                continue
            together.update(map(frozenset, itertools.combinations(sorted(stated), 2)))
            keys = {_cognate(_fold(_plain(t))) for t in _TOKEN.findall(sentence)} - {None}
            beside.update((n, k) for n in stated for k in keys if k)
    return _Read(
        frozenset(words),
        tuple(runs),
        frozenset(small),
        _figures(text),
        frozenset(together),
        tuple(loose),
        frozenset(foreign),
        frozenset(
            "-".join(map(_syllable, word))
            for word in _HANGUL_WORD.findall(f"{art.title}\n{art.text}")
        ),
        _tallies(text),
        frozenset(cognates),
        frozenset(cognates - spelt_in_latin),
        frozenset(beside),
        *_script_words(f"{art.title}\n{_filed_at(art)}\n{art.text}"),
    )


# A name of several short words, each of two or three letters, as Vietnamese writes its places
# and people syllable by syllable ("Hội An", "Hoi An"): each word is too short to be a name's
# word (``_MIN_LENGTH``), but the words side by side are one, read as one word ("hoian"), four
# letters or more, not all of them stop words ("Of The" in a headline's capitals).
_SHORT_WORD = range(2, _MIN_LENGTH)
_SHORT_NAME = 2  # two words or more


def _short_names(runs: Iterable[Sequence[str]]) -> set[str]:
    """The names of several short words in ``runs`` (runs of capitalised words, folded), each
    read as one word: its words side by side, the longest such stretch of a run."""
    out: set[str] = set()
    for run in runs:
        stretch: list[str] = []
        for word in [*run, ""]:
            if len(word) in _SHORT_WORD and word.isalpha():
                stretch.append(word)
                continue
            joined = "".join(stretch)
            if (
                len(stretch) >= _SHORT_NAME
                and len(joined) >= _MIN_LENGTH
                and not all(w in STOP_WORDS for w in stretch)
            ):
                out.add(joined)
            stretch = []
    return out


# Where a sentence ends inside a line: a stop and a space before a capital or a quote ("5.200"
# and "4,5 tys." stay whole; "U.S. dollar" splits, which only loses a pair).
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘'¿¡]?[^\W\d_])")


# A magnitude written after a figure, in the languages of the wires and local papers the step
# reads: "1,200 million euros" is 1,200,000,000, no 1,200 ("1.200 agentes"); "1.200 millones"
# is the same budget (review31); "200 bin" (Turkish) is 200,000, "4,5 tys." (Polish) 4,500,
# "11 miljoonaa" (Finnish) 11,000,000. A word or its abbreviation with a point.
def _magnitude(words: str, points: str = "") -> re.Pattern[str]:
    tail = rf"|(?:{points})\." if points else ""
    return re.compile(rf"[ \u00a0\u202f]*(?:(?:{words})\b{tail})", re.I)


# The words of other scripts are read in Latin letters (``_latin``): Russian "млн", "млрд" and
# "тыс." are "mln", "mlrd" and "tys.", Ukrainian "мільйонів" "milyoniv", Hindi and Nepali "अरब"
# (a thousand million) "arb", "करोड़" (crore) "krod", "लाख" "lakh", "हज़ार" "hjar"; Greek
# "χιλιάδες" (thousands) "chiliades", "εκατ." (million) "ekat.", "δισ." (billion) "dis."; Arabic
# "ألف" and "آلاف" (thousand) "lf" and "alf", "مليون" "mlywn", "مليار" "mlyr" (review38's probe:
# "700 χιλιάδες επιβάτες" of a metro strike was read 700 and met a wildfire's 700 firefighters).
_BILLION = _magnitude(
    r"billions?|bn|bln|mld|mrd|mlrd|milliard\w*|miliar\w*|miljard\w*|milyar\w*"
    r"|mil\s+mill[oó]n(?:es)?|mil\s+milh(?:ão|ões)|bilh(?:ão|ões)|arb|disekatomm?yri\w*|mlyr\w*"
    r"|mylyrd\w*",
    "mld|mrd|mlrd|dis",
)
_MILLION = _magnitude(
    r"million\w*|mill[oó]n(?:es)?|milh(?:ão|ões)|miljoen(?:en)?|mil[ij]on\w*|milyon\w*|miljoon\w*"
    r"|mln|juta|ekatomm?yri\w*|mlywn|mlyyn|mylywn",
    "mln|milj|mio|mill|ekat",
)
# 100,000 and 10,000,000 (South Asian English; Bengali "লক্ষ" and Urdu "لاکھ" read "lks" and
# "lkh", Tamil "லட்சம்" "ltcm", Malayalam "ലക്ഷം" "lksm"; Bengali and Tamil "কোটি", "கோடி" read
# "koti", Urdu "کروڑ" "krwr")
_LAKH = _magnitude(r"lakhs?|lacs?|lks|lkh|ltcm|lksm")
_CRORE = _magnitude(r"crores?|krod|koti|krwr")
# Lithuanian and Latvian write "38 tūkst." for 38,000, Russian "тыс." and "тысяч"; Bengali
# "হাজার" is read "hajar", Urdu "ہزار" "hzr", Tamil "ஆயிரம்" "ayirm".
_THOUSAND = _magnitude(
    r"thousands?|tysi[aąę]c\w*|tis[ií]c\w*|tuhat\w*|bin|mil|mila|mille|ribu|tausend|duizend"
    r"|tusen|tusind|ezer|ngh[iì]n|ng[aà]n|t[uū]kstan\w*|tysyach\w*|hjar|hajar|hazar|hzr|ayirm"
    r"|chiliad\w*|alf|lf",
    "tys|tis|tsd|t[uū]kst|chil",
)
_MAGNITUDES = (
    (_BILLION, 1_000_000_000),
    (_MILLION, 1_000_000),
    (_CRORE, 10_000_000),
    (_LAKH, 100_000),
    (_THOUSAND, 1_000),
)


# A magnitude written before a figure, as Swahili writes one ("milioni 7.9" is 7,900,000, "bilioni
# 41" 41,000,000,000, "shilingi elfu 10" 10,000).
_BEFORE = (
    (re.compile(r"\b(?:bilioni)[ \u00a0]*$", re.I), 1_000_000_000),
    (re.compile(r"\b(?:milioni)[ \u00a0]*$", re.I), 1_000_000),
    (re.compile(r"\b(?:elfu)[ \u00a0]*$", re.I), 1_000),
)
_BEFORE_REACH = 12  # how far back a magnitude word before a figure is looked for

# Numbers that are no quantities: a label names what they number (review33's probe: a bus crash
# "en la ruta 101, a la altura del kilómetro 140" joined a landslide on "Route 101 at kilometre
# 140"). A route or road, a line, a bus or a flight, a kilometre post, a platform or an exit, a
# room or a seat, a street's house, a law's article, a phone, a postcode, a code or "number",
# in the languages of the wires and local papers the step reads; a label's adjective may stand
# between ("ruta nacional 14", "strada statale 106", "droga krajowa nr 7").
_LABELS = (
    r"routes?|ruta|rota|rodovia|road|rd|highway|hwy|freeway|motorway|interstate|autopista"
    r"|autov[ií]a|carretera|autoroute|autostrada|strada|drum|drumul|droga|drogi|drodze|trasa"
    r"|trasie|silnice|d[aá]lnice|autobahn|\w*stra(?:ß|ss)e|\w*gasse|allee|barabara|yolu"
    r"|line|linie|linia|linii|l[ií]nea|linea|ligne|linha|lijn|linka|bus|autob[uú]s|[oô]nibus"
    r"|tram|tranv[ií]a|tramwaj|flight|vuelo|vol|volo|voo|flug|lotu?|vlucht|zborul|sefer"
    r"|gate|platform|and[eé]n|quai|voie|gleis|peron|exit|salida|sortie|ausfahrt|zjazd|junction"
    r"|km|kilomet(?:re|er|r|ru)|kil[oó]metro|kilom[eè]tre|chilometro|quil[oô]metro|milepost"
    r"|mile\s+marker|room|habitaci[oó]n|chambre|camera|pok[oó]j|zimmer|apartment|apt|piso"
    r"|seat|row|pier|berth|gati|plot|box|apdo|calle|avenida|av\.|avenue|ave|rue|boulevard|bd"
    r"|viale|piazza|rua|ulica|ul|aleja|article|art[ií]culo|articolo|artigo|artyku[lł]"
    r"|art|section|secci[oó]n|paragraph|chapter|code|c[oó]digo|kod|postcode|zip|c\.p|plz"
    r"|phone|tel|telephone|tel[eé]fono|t[eé]l[eé]phone|telefone?|mobile|fax|whatsapp|hotline"
    r"|simu|(?<!now\s)(?<!still\s)(?<!already\s)(?<!to\s)number|n[uú]mero|num[eé]ro|nummer"
    r"|numer|numeru|num[aă]rul|numara|namba|nambari"
    r"|[cč][ií]slo"
)
_LABEL_ADJECTIVES = (
    r"nacional|nationale?|national|krajow[aeyj]|wojew[oó]dzk[aiej]+|statale|provinciale"
    r"|regional|r[eé]gionale|departamental|d[eé]partementale|federal|estatal|estadual|state"
    r"|county|provincial|municipal|europ[eé]enne|european|europea|express|expresa|rapide"
)
_NUMBERED = r"n[°º]|n\.[ºo]|no\.|nr\.?|n[uú]m\.|[cč]\.|[#№]"
_LABELLED = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_LABELS})\.?(?:\s+(?:{_LABEL_ADJECTIVES}))?(?:\s*(?:{_NUMBERED}))?"
    rf"|{_NUMBERED})\s*[:-]?\s*$",
    re.I,
)
_LABEL_REACH = 40  # how far back a label is looked for
# A code written on a number: capitals before it ("BR-116", "I-405", "A303", "MH370", "A320"),
# or a number in a run of digit groups that is no grouping of thousands: a phone ("+254 722
# 000 000", "(555) 123-4567") or a date ("04.12.2026"). A currency's capitals before a
# magnitude are money ("R120 million", "RM1.2 billion").
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z]{1,3}[-\u2011]?$")
_DIGIT_RUN = re.compile(r"\+?\(?\d+\)?(?:[ \u00a0./-]\(?\d+\)?){2,}")
_THOUSANDS = re.compile(r"\d{1,3}(?:([ \u00a0.,])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?")
# A postcode's or a phone's second group after one led by a zero ("00-950 Warszawa").
_ZERO_GROUP_BEFORE = re.compile(r"(?<![\d.,])0\d*[-/]$")
# A street's name between its label and the house's number ("Calle Mayor 120", "ul.
# Marszałkowska 140"): capitalised words (or a name's particles), three at most.
_STREET = re.compile(
    r"(?<![^\W\d_])(?:calle|avenida|avda\.|av\.|ul\.|ulica|ulicy|aleja|al\.|viale|piazza"
    r"|corso|rua|avenue|boulevard|str\.|strada|stra[tț]a|bulevardul|caddesi|sokak)"
    r"((?:\s+[^\W\d_][\w'’.-]*){1,3})\s*,?\s*$",
    re.I,
)
# The emergency numbers said bare ("llamar al 911", "call 112", "dial 999"): no tally. A call's
# verb or the service's word must stand before them, or a call's word after ("911 calls", "the
# 112 line"): "112 dead", "911 homes" and "Watu 112 wamefariki" are tallies (review34).
_EMERGENCY = frozenset({911, 112, 999})
_CALL_BEFORE = re.compile(
    r"\b(?:call\w*|dial\w*|ring|phone|phoning|contact|llam(?:ar|e|en|a|ó)|marcar?|marque"
    r"|appel(?:er|ez|le|lez)|compos(?:er|ez)|chiam(?:are|ate|a)|lig(?:ue|ar|uem|ou)|ruf(?:en|t|e)?"
    r"|anruf\w*|wähl(?:en|t|e)|aray\w*|aramak|piga|zadzwo\w+|dzwo\w+|sunați|sunat|suna"
    r"|hubungi|telepon|bel|bellen|emergenc\w+|urgencias|urgences?|emergenza|emergência|notruf\w*"
    r"|dharura|darurat|acil|hotline|simu|number|n[uú]mero|num[eé]ro|nummer|numer)\b[^.!?\d]{0,25}$",
    re.I,
)
_CALL_AFTER = re.compile(
    r"[ \u00a0]*(?:calls?|call-?cent\w+|line|lines|service|operators?|dispatch\w*|system"
    r"|llamadas?|l[ií]nea|servicio|operador\w*|appels?|ligne|service|anrufe?|leitstelle"
    r"|chiamat\w*|chamadas?|linha)\b",
    re.I,
)
# A length after a label's number is the thing's length ("a road 101 kilometres long", "a line
# 1,200 km long", "una ruta 320 km de largo"), no post's number.
_LENGTH_AFTER = re.compile(
    r"[ \u00a0]*(?:km|kilomet\w*|kil[oó]metros?|kilom[eè]tres?|chilometri|quil[oó]metros?|miles?"
    r"|m|metres?|meters?|metros?|mètres?)\.?[ \u00a0]+(?:long|lang|de\s+(?:largo|longitud|long"
    r"|extensi[oó]n|extens[aã]o|comprimento|lungime)|di\s+lunghezza)\b",
    re.I,
)
# A time: "2100 GMT", "0830 hrs" (a number led by a zero is a time, a phone or a postcode).
_TIME_AFTER = re.compile(r"[ \u00a0]*(?:GMT|UTC|CET|EST|hrs|hours|h|Uhr|horas|heures)\b")


def _no_quantity(text: str, match: re.Match[str], times: int) -> bool:
    """Whether the number ``match`` of ``text`` numbers a thing rather than counts one: a
    label before it (``_LABELLED``), capitals written on it (``_CODE_BEFORE``, no currency's
    before a magnitude: ``times``), a phone's or a date's run of digit groups, a leading
    zero, a bare emergency number or a time."""
    whole = match.group(1)
    start = match.start()
    lead = max(0, start - 20)
    if _LABELLED.search(text, max(0, start - _LABEL_REACH), start) and not _LENGTH_AFTER.match(
        text, match.end()
    ):
        return True
    if times == 1 and _CODE_BEFORE.search(text, max(0, start - 4), start):
        return True
    if (whole.startswith("0") and len(whole) > 1) or _ZERO_GROUP_BEFORE.search(text, lead, start):
        return True
    street = _STREET.search(text, max(0, start - _LABEL_REACH), start)
    if street and all(w[0].isupper() or w in _PARTICLES for w in street.group(1).split()):
        return True
    if times == 1 and whole.isdigit():
        if int(whole) in _EMERGENCY and (
            _CALL_BEFORE.search(text, max(0, start - 30), start)
            or _CALL_AFTER.match(text, match.end())
        ):
            return True
        if len(whole) == 4 and int(whole) <= 2359 and _TIME_AFTER.match(text, match.end()):
            return True
    for run in _DIGIT_RUN.finditer(text, lead, min(len(text), match.end() + 20)):
        if run.start() <= start < run.end() and not _THOUSANDS.fullmatch(run.group(0)):
            return True
    return False


# "One million" is 1,000,000 as "1 million" is: a local page writes the word ("до одного миллиона
# сомов", up to one million som; "un millón de pesos", "um milhão") where the wire writes the
# digit ("up to 1 million som"). The word for one, in the languages of the wires and the local
# papers the step reads (Russian and Ukrainian read in Latin letters, in their cases), before a
# million or a billion: a thousand is too common a round figure to tell a story by.
_ONE = re.compile(
    r"\b(?:one|un|una|um|uma|une|ein|eine|einer|einem|einen|een|jeden|jedna|jednego|jednej"
    r"|jednoho|odin|odna|odnogo|odnoi|odnoy|odnu|odnim|odnom|odnomu|odyn|odnoho|bir|satu|egy)\b",
    re.I,
)


# Spanish writes a figure's thousands in a word and its hundreds in digits after it ("unos 2
# mil 500 empleos" is 2,500 jobs, "42 mil 300" 42,300): the thousands and what follows are one
# figure, neither 2,000 nor 500 (d978's bullfight page read "2 mil 500" as the wire's 2,000).
# Never after "y": Spanish writes no "and" between thousands and hundreds ("dos mil quinientos"),
# so "3 mil y 200 más" is 3,000 and 200 more (review48).
_MIL_REST = re.compile(r"[ \u00a0]+mil[ \u00a0]+(\d{1,3})(?![\d]|[.,]\d)")


def _figures(text: str) -> frozenset[int]:
    """The numbers of 100 or more a text writes in digits (``_NUMBER``), years aside, times the
    magnitude written after one ("1,200 million" is 1,200,000,000, "4,5 tys." 4,500, "11
    miljoonaa" 11,000,000) or, in Swahili, before it ("milioni 7.9" is 7,900,000); a decimal
    number counts only with its magnitude; thousands in a word and hundreds after it one figure
    ("2 mil 500" is 2,500: ``_MIL_REST``)."""
    out: set[int] = set()
    rest = -1  # where the hundreds after "mil" ended: no figure of their own
    for match in _NUMBER.finditer(text):
        if match.start() < rest:
            continue
        whole, decimals = match.group(1), match.group(2) or ""
        hundreds = None if decimals else _MIL_REST.match(text, match.end())
        if hundreds and not any(p.match(text, hundreds.end()) for p, _ in _MAGNITUDES):
            rest = hundreds.end()
            value = int(re.sub(r"\D", "", whole)) * 1000 + int(hundreds.group(1))
            if value >= _MIN_FIGURE and not _no_quantity(text, match, 1000):
                out.add(value)
            continue
        times = next((m for pattern, m in _MAGNITUDES if pattern.match(text, match.end())), 1)
        if times == 1:
            before = text[max(0, match.start() - _BEFORE_REACH) : match.start()]
            times = next((m for pattern, m in _BEFORE if pattern.search(before)), 1)
        if decimals and times == 1:
            continue  # "4.5 m", "12,50 euros": no figure here
        value = int(re.sub(r"\D", "", whole) + decimals) * times // 10 ** len(decimals)
        if value < _MIN_FIGURE or (times == 1 and whole.isdigit() and value in _YEARS):
            continue
        if _no_quantity(text, match, times):
            continue
        out.add(value)
    for match in _ONE.finditer(text):  # "one million", "одного миллиона"
        times = next((m for pattern, m in _MAGNITUDES[:2] if pattern.match(text, match.end())), 1)
        if times > 1:
            out.add(times)
    return frozenset(out)


# A number of two digits, or one with a decimal under 100 ("36", "34,6" and "34.6"): an age, a
# percentage, a count of days or of villages. Too common to tell a story by alone (a date's
# day, "24 hours"), but beside three of the story's names that no other article of the day
# says, one the page and the story both state is the evidence that names alone lack.
_TALLY = re.compile(r"(?<![\d.,:/])(\d{2})(?:[.,](\d))?(?![\d]|[.,:/]\d)")


def _tallies(text: str) -> frozenset[str]:
    """The numbers of ``text`` from 10 to 99 written in digits, a decimal kept ("34,6" is
    "34.6"), none that numbers a thing (``_no_quantity``: "route 15") or stands in a time or
    a date ("10:30", "12/05", "Nov 20", "viernes 20 de noviembre", "11月20日": ``_in_date``).
    A day's date is every article's of the day: a wire's dateline and a page's header share
    it whatever they report (review44's probe)."""
    out: set[str] = set()
    for match in _TALLY.finditer(text):
        if _no_quantity(text, match, 1) or _in_date(text, match):
            continue
        out.add(match.group(1) + (f".{match.group(2)}" if match.group(2) else ""))
    return frozenset(out)


# A date's day beside its month: a month's name in any language Babel knows, next to the number
# or one short word away ("20 de noviembre", "15. listopadu", "Nov. 20", "the 20th of
# November"), or a CJK date's suffix ("20日", "11月", "20일").
_DATE_SUFFIX = re.compile(r"\s*(?:月|日|年|일|월|년)")
_NEAR_WORD = re.compile(r"[^\W\d_]+\.?")
_DATE_GLUE = frozenset({"de", "del", "of", "the", "du", "di", "do", "da", "th", "st", "nd", "rd"})
_DATE_SPAN = 24  # characters either side read for the month's name


# The languages whose month names are read beside a number: those of the pages the tool meets
# most (Latin, Cyrillic, Greek, Arabic, Hebrew, Indic and Thai scripts; CJK dates are told by
# their suffixes). Not every language Babel knows: some abbreviate a month as a word other
# languages use ("was", "de", "la").
_MONTH_LOCALES = (
    "en es fr de it pt nl pl cs sk sl hr sr bs ro hu fi sv da nb is et lv lt tr az id ms fil sq "
    "el ru uk bg mk be ka hy ar fa he hi bn ur th vi sw ca gl eu ga cy mt af"
).split()


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names, full and abbreviated (three letters or more), in ``_MONTH_LOCALES``' languages
    (lower case, letters only)."""
    names: set[str] = set()
    for ident in _MONTH_LOCALES:
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in months.get(context, {}).get(width, {}).values():
                    word = name.lower().strip(".")
                    if len(word) >= 3 and word.isalpha() and word not in STOP_WORDS:
                        names.add(word)
    return frozenset(names)


def _in_date(text: str, match: re.Match[str]) -> bool:
    """Whether the number ``match`` is a date's day or month (see ``_DATE_SUFFIX``)."""
    if _DATE_SUFFIX.match(text, match.end()) or text[max(0, match.start() - 1) : match.start()] in (
        "月",
        "월",
    ):
        return True
    months = _month_names()
    after = [
        w.lower().strip(".")
        for w in _NEAR_WORD.findall(text[match.end() : match.end() + _DATE_SPAN])[:3]
    ]
    before = [
        w.lower().strip(".")
        for w in _NEAR_WORD.findall(text[max(0, match.start() - _DATE_SPAN) : match.start()])[-3:]
    ][::-1]
    for near in (after, before):
        for word in near:
            if word in months:
                return True
            if word not in _DATE_GLUE:
                break
    return False


def _name_word(word: str, lower: set[str]) -> bool:
    """Whether a capitalised word (folded) can be a name's: four letters or more, no stop word
    ("Some", "When" opening a sentence), month or weekday ("Wednesdays"), and never written in
    lower case that day (``lower``: "governor", "hasta"); or a code (``_CODE``: "n59")."""
    return (
        (len(word) >= _MIN_LENGTH or _CODE_WORD.fullmatch(word) is not None)
        and word not in STOP_WORDS
        and word.removesuffix("s") not in CALENDAR_WORDS
        and word not in lower
    )


def _backdrop(word: str) -> bool:
    """Whether a word names a country, language or region ("mali", "french", "europe")."""
    stem = content_word(word)
    return stem is not None and (is_place(stem) or is_region(stem))


def _met(word: str, shared: set[str]) -> bool:
    """Whether ``word`` meets a ``shared`` name under a form other than its last vowel changed
    (``_VOWEL_CHANGED``). Inside a name of several words a word of five letters that differs from
    the story's only in its last vowel is another word ("Santo Domingo" is no "Santa Isabel",
    "Monti" no "Monte"); a case is written on a name that stands alone ("u Tuzli", "Jajca")."""
    return any(not k.endswith(_VOWEL_CHANGED) for k in _keys(word) & shared)


def _names(runs: Sequence[Sequence[str]], shared: set[str]) -> int:
    """How many names the ``shared`` forms (``_keys``) make in ``runs``: the runs that hold one,
    those that share a form counted once ("tomas arguedas" and "arguedas", "kolariin" and
    "kolarin"), and a run whose shared words are all countries', languages' or regions' names
    not counted; a word of a run of several counts only by a form other than its last vowel
    changed (``_met``)."""
    names: list[set[str]] = []
    for run in runs:
        words = [w for w in run if _keys(w) & shared and (len(run) == 1 or _met(w, shared))]
        if not words or all(map(_backdrop, words)):
            continue
        forms = {k for w in words for k in _keys(w) & shared}
        touching = [n for n in names if n & forms]
        names = [n for n in names if not n & forms] + [forms.union(*touching)]
    return len(names)


# How a word of another script, read in Latin letters, meets the name a wire writes: spellings
# differ ("Iakutsk" and "Yakutsk"; Hindi "द्रांगमे" is read "dramgme" for "Drangme", Nepali
# "प्रमोद श्रेष्ठ" "prmod shressth" for "Pramod Shrestha") and a case ending or a postposition is
# written on the name ("सिन्धुपाल्चोकमा", "sindhupalcokma": in Sindhupalchok). So a word meets a
# name whose consonants it writes (vowels, "h" and doubled letters aside; "m" and "n", "c", "k"
# and "q", "v" and "w" alike), four of them or more, with at most two more after them (the
# ending's), and the same first letter.
_SKELETON = str.maketrans({"m": "n", "c": "k", "q": "k", "w": "v"})
_VOWELS = frozenset("aeiouyh")
_MIN_SKELETON = 4
_ENDING_CONSONANTS = 2


# A name written with its case after it, as Georgian writes one (read in Latin letters: "telavis",
# of Telavi; "kakhetshi", in Kakheti; "gurjaanisa"): the word begins with the name, whole or
# without its last vowel, five letters or more, and an ending of three letters at most follows.
# Vowels and all, so a name of few consonants meets it too ("Telavi" has three, too few to be
# read by its consonants alone: ``_MIN_SKELETON``); a word of the same first letters with a
# longer tail is another word.
_CASE_TAIL = 3


def _unwritten(word: str) -> str:
    """A folded word without the short "a" that Devanagari and its kin leave unwritten after a
    consonant (read in Latin letters: "जानकी" is "janki" for "Janaki", "अनुपमा" "anupma" for
    "Anupama", "भदैनी" "bhdaini" for "Bhadaini"), "m" as "n" (the nasal written before a
    consonant): the name and the word meet without their "a"s."""
    return word.replace("a", "").translate(_SKELETON)


# Without its "a"s a name still has four letters or more, three consonants and another vowel
# ("jnki", "nupn", "bhdini"): a shorter form, or one of consonants alone, is too many words'.
_MIN_UNWRITTEN = 4
_UNWRITTEN_CONSONANTS = 3


def _unwritten_form(word: str) -> str | None:
    """``_unwritten`` of a name when it is specific enough to meet (``_MIN_UNWRITTEN``)."""
    form = _unwritten(word)
    consonants = sum(1 for c in form if c not in _VOWELS)
    if (
        len(form) >= _MIN_UNWRITTEN
        and consonants >= _UNWRITTEN_CONSONANTS
        and any(c in _VOWELS and c != "h" for c in form)
    ):
        return form
    return None


@lru_cache(maxsize=1 << 16)
def _single(word: str) -> str:
    """``word`` with each doubled letter written once: a script that marks a doubled consonant
    (Devanagari's and Gurmukhi's conjuncts, "ढुड्डीके", read "dhuddike") writes a village's
    name with one that the wires write single ("Dhudike"), and the other way round."""
    return "".join(c for k, c in enumerate(word) if k == 0 or word[k - 1] != c)


def _skeleton(word: str) -> str:
    """The consonants of a folded word as a transliteration keeps them: "sindhupalchok" and
    "sindhupalcok" are "sndplk", "drangme" and "dramgme" "drngn", "yakutsk" and "iakutsk"
    "ktsk"."""
    out: list[str] = []
    for c in word.translate(_SKELETON):
        if c in _VOWELS or not c.isalpha() or (out and out[-1] == c):
            continue
        out.append(c)
    return "".join(out)


# An abjad writes a word's consonants and its long vowels only, as letters that are consonants
# too ("نواكشوط" is read "nwkshwt" for Nouakchott, "الزويرات" "lzwyrt" for Zouérat): a word and a
# name meet by their consonants without "w", "y" and "h" (a long vowel's letters, or a sound the
# Latin spelling leaves out), a digraph read as one ("sh", "ch" and "sch" alike, "kh" as "k",
# "dh" as "d", "th" as "t", "gh" as "g"), "q" and "c" as "k", "p" as "b", "v" as "f", four of
# them or more, and may be written with the article or a conjunction before it ("l", "wl", "w",
# "b", "bl"). Three are too few: most Arabic words are of three consonants, and pages of other
# days read so met a Caribbean island's "Saint", "Fort" and "Micoud" (script48's probe).
_ABJAD_DIGRAPHS = tuple(
    pair.split(":") for pair in "sch:s sh:s ch:s kh:k gh:g dh:d th:t ph:f zh:z".split()
)
_ABJAD_LETTERS = str.maketrans({"q": "k", "c": "k", "p": "b", "v": "f", "x": "ks"})
_ABJAD_SILENT = frozenset("aeiouwyh")
_ABJAD_BEFORE = ("wl", "bl", "fl", "kl", "l", "w", "b")
_MIN_ABJAD = 4


@lru_cache(maxsize=1 << 16)
def _abjad_form(word: str) -> str:
    """The consonants of a folded word as an abjad writes them (see ``_ABJAD_DIGRAPHS``):
    "nouakchott" and "nwkshwt" are "nkst"."""
    for digraph, one in _ABJAD_DIGRAPHS:
        word = word.replace(digraph, one)
    out: list[str] = []
    for c in word.translate(_ABJAD_LETTERS):
        if c in _ABJAD_SILENT or not c.isalpha() or (out and out[-1] == c):
            continue
        out.append(c)
    return "".join(out)


# A script that writes no space between a phrase's words (Thai, Lao, Khmer) writes a name inside
# a longer word: the province's, district's or hospital's word before it ("ខេត្តកំពង់ស្ពឺ",
# "khettkampngaspeu": Kampong Speu province). Such a word meets every name whose consonants
# (``_skeleton``, four or more) it writes in a row anywhere in its own.
_MIN_INSIDE = 4


# A name of several words ("Tando Jam", "Goth Allah Bachayo") is written in an abjad word for
# word, each word's consonants as few as three or one ("ٹنڈو جام", "tndw jm"): too few to meet
# one name's word alone (``_MIN_ABJAD``), but words side by side that write the words of one
# name in its order, five consonants or more in all, write that name.
_PHRASE_WORDS = 4
_MIN_PHRASE = 5


class _Spellings:
    """The names the day writes in Latin letters with a capital, for the words of other scripts
    to meet: as written, in their cases (``_keys``) and by their consonants (``_skeleton``);
    and its names of several words (``runs``), for words of an abjad side by side to meet
    (``phrase``)."""

    def __init__(self, names: set[str], runs: Iterable[Sequence[str]] = ()) -> None:
        self.names = names
        # the consonants of two to four words of a name side by side -> those words
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for run in sorted({tuple(run) for run in runs}):
            for size in range(2, _PHRASE_WORDS + 1):
                for start in range(len(run) - size + 1):
                    words = run[start : start + size]
                    forms = tuple(_abjad_form(w) for w in words)
                    if all(forms) and sum(map(len, forms)) >= _MIN_PHRASE:
                        self.phrases.setdefault(forms, words)
        self.forms: dict[str, str] = {}
        self.consonants: dict[str, str] = {}
        self.stems: dict[str, str] = {}  # a name and its stem without its last vowel
        self.unwritten: dict[str, str] = {}  # a name without its "a"s (``_unwritten``)
        self.abjads: dict[str, str] = {}  # a name's consonants as an abjad writes them
        self.single: dict[str, str] = {}  # a name with its doubled letters written once
        for name in sorted(names):
            if len(single := _single(name)) >= _MIN_STEM:
                self.single.setdefault(single, name)
            for k in _keys(name):
                self.forms.setdefault(k, name)
            for stem in (name, name[:-1] if name[-1] in _VOWELS_AT_END else name):
                if len(stem) >= _MIN_STEM:
                    self.stems.setdefault(stem, name)
            if (form := _unwritten_form(name)) is not None:
                self.unwritten.setdefault(form, name)
            bones = _skeleton(name)
            if len(bones) >= _MIN_SKELETON:
                self.consonants.setdefault(bones, name)
            if len(abjad := _abjad_form(name)) >= _MIN_ABJAD:
                self.abjads.setdefault(abjad, name)

    @lru_cache(maxsize=1 << 12)  # noqa: B019 - one instance a day, dropped with it
    def meet(self, word: str) -> str | None:
        """The name that ``word`` (folded, of another script read in Latin letters) writes."""
        if len(word) < _MIN_LENGTH:
            return None
        if word in self.names:
            return word
        for k in sorted(_keys(word)):
            if k in self.forms:
                return self.forms[k]
        for cut in range(1, _CASE_TAIL + 1):  # "telavis", "kakhetshi" (``_CASE_TAIL``)
            if len(word) - cut >= _MIN_STEM and word[:-cut] in self.stems:
                return self.stems[word[:-cut]]
        if (form := _unwritten_form(word)) is not None and form in self.unwritten:
            return self.unwritten[form]  # "janki", "anupma" (``_unwritten``)
        if len(single := _single(word)) >= _MIN_STEM and single in self.single:
            return self.single[single]  # "dhuddike", "Dhudike" (``_single``)
        bones = _skeleton(word)
        for cut in range(_ENDING_CONSONANTS + 1):
            stem = bones[: len(bones) - cut]
            name = self.consonants.get(stem) if len(stem) >= _MIN_SKELETON else None
            if name and (name[0] == word[0] or (name[0] in _VOWELS and word[0] in _VOWELS)):
                return name
        return None

    def abjad(self, word: str) -> str | None:
        """The name that ``word`` (of an abjad read in Latin letters: ``_abjad_form``) writes,
        perhaps after the article or a conjunction (``_ABJAD_BEFORE``)."""
        if (met := self.meet(word)) is not None:
            return met
        for before in ("", *_ABJAD_BEFORE):
            if word.startswith(before):
                form = _abjad_form(word[len(before) :])
                if len(form) >= _MIN_ABJAD and form in self.abjads:
                    return self.abjads[form]
        return None

    def phrase(self, words: Sequence[str]) -> tuple[str, ...]:
        """The words of a name of several words that ``words`` (of an abjad read in Latin
        letters, side by side) write from their first, the longest such (``_PHRASE_WORDS``),
        the first perhaps after the article or a conjunction; none if they write none."""
        if not self.phrases:
            return ()
        for size in range(min(_PHRASE_WORDS, len(words)), 1, -1):
            rest = tuple(_abjad_form(w) for w in words[1:size])
            for before in ("", *_ABJAD_BEFORE):
                if words[0].startswith(before):
                    forms = (_abjad_form(words[0][len(before) :]), *rest)
                    if forms in self.phrases:
                        return self.phrases[forms]
        return ()

    def inside(self, word: str) -> tuple[str, ...]:
        """The names that ``word`` (of a script without spaces read in Latin letters) writes
        by their consonants (``_skeleton``) anywhere in it, one after another, each the longest
        that starts where the last ended or after."""
        bones = _skeleton(word)
        names: list[str] = []
        start = 0
        while start <= len(bones) - _MIN_INSIDE:
            for end in range(len(bones), start + _MIN_INSIDE - 1, -1):
                if (name := self.consonants.get(bones[start:end])) is not None:
                    names.append(name)
                    start = end
                    break
            else:
                start += 1
        return tuple(names)

    def syllables(self, word: str, *, anywhere: bool = True) -> tuple[str, ...]:
        """The name that ``word`` (Korean or Chinese syllables read in Latin letters, joined by
        hyphens: ``_syllable``) writes whole or in two to four of its syllables side
        by side, before a compound's other word or a particle ("bu-san-sin-hang" and
        "bu-san-hang-eun" are "busan", "han-bit-hang-man-teo-mi-neol" "hanbit") or, as Chinese
        writes a sentence without spaces, anywhere in it ("xia-yue-qi-heng-qin-da-qiao" says
        "hengqin"): as written, neither in a case's stem nor by its consonants (``meet``), which
        read a European page's inflected name: Korean and Chinese write the name whole, its
        particle after it, and a stem's syllables are an everyday word ("강세", a strong trend,
        is "gang-se" of "Gangseo"; "附加费", a surcharge, "fu-jia" of "Fujian": review39); the
        names one after another, each the longest that starts where the last ended or after
        (``anywhere``) or, in a Korean word (a name begins its word: ``_HANGUL_WORD``), where
        the last ended."""
        whole = word.replace("-", "")
        if whole in self.names:
            return (whole,)
        parts = word.split("-")
        names: list[str] = []
        start = 0
        while start < len(parts) - 1:
            for size in range(min(_NAME_SYLLABLES, len(parts) - start), 1, -1):
                head = "".join(parts[start : start + size])
                if len(head) >= _MIN_LENGTH and head in self.names:
                    names.append(head)
                    start += size
                    break
            else:
                if not anywhere:
                    break
                start += 1
        return tuple(names)


def _phrased(words: Sequence[str], abjad: Set[str], spellings: _Spellings) -> dict[int, str]:
    """Where ``words`` (a run of words of a script without capitals) write a name of several
    words in an abjad (``_Spellings.phrase``): each such word's place -> the name's word."""
    out: dict[int, str] = {}
    at = 0
    while at < len(words) - 1:
        end = at
        while end < len(words) and words[end] in abjad:
            end += 1
        said = spellings.phrase(words[at:end]) if end - at > 1 else ()
        out.update((at + k, w) for k, w in enumerate(said))
        at += len(said) or 1
    return out


def _spelt_runs(
    read: Sequence[_Read], lower: set[str], plain: list[list[tuple[str, ...]]] | None = None
) -> list[list[tuple[str, ...]]]:
    """Each article's runs of names, its words of other scripts read as the day's names they
    meet (``_Spellings``): a capitalised word of Cyrillic or Greek ("Iakutsk") as the name it
    writes, and in a script without capitals (Devanagari, Arabic) the words that meet a name,
    side by side, as one name's run ("प्रमोद श्रेष्ठले", "Pramod Shrestha"). The same runs
    without the names read in Chinese characters (no names alone: ``_NAMES_ALONE``) are added
    to ``plain`` when it is given."""
    if not any(r.loose or r.foreign for r in read):
        if plain is not None:
            plain.extend(list(r.runs) for r in read)
        return [list(r.runs) for r in read]
    names = {
        w
        for r in read
        for run in r.runs
        for w in run
        if w not in r.foreign and _name_word(w, lower)
    }
    spellings = _Spellings(
        names,
        (
            run
            for r in read
            if not (r.loose or r.foreign)
            for run in r.runs
            if len(run) > 1
            and all(
                w not in STOP_WORDS and (_name_word(w, lower) or len(w) < _MIN_LENGTH) for w in run
            )
        ),
    )
    # A given name: a word the day writes only before a surname that a page in another script
    # can be read to write, four consonants or more ("Pramod" of "Pramod Sawant", "Prasanna" of
    # "Prasanna Kulkarni"; not "Drangme" of "Drangme Chhu"). Alone, a word of a script without
    # capitals that meets one is another person ("प्रमोदिनी", Pramodini) or no name
    # ("प्रशासन", prashasan, the administration, has Prasanna's consonants): review38's probe.
    given = set(names)
    for r in read:
        for written in r.runs:
            given.difference_update(
                w
                for w, after in itertools.zip_longest(written, written[1:])
                if after is None
                or len(_skeleton(after)) < _MIN_SKELETON
                or not _name_word(after, lower)  # "Sir Sunderlal Hospital": no surname
            )
    out: list[list[tuple[str, ...]]] = []
    for r in read:
        han: list[tuple[str, ...]] = []  # the names read in Chinese characters
        runs = [
            tuple((spellings.meet(w) or w) if w in r.foreign else w for w in run) for run in r.runs
        ]
        for words in r.loose:
            run: list[str] = []
            phrased = _phrased(words, r.abjad, spellings)
            for at, word in enumerate(words):
                syllables = "-" in word and word not in r.hyphened
                met = (
                    None
                    if syllables
                    else phrased.get(at) or spellings.abjad(word)
                    if word in r.abjad
                    else spellings.meet(word)
                )
                said = (
                    spellings.syllables(word, anywhere=word not in r.hangul)
                    if syllables
                    else (met,)
                    if met
                    else spellings.inside(word)
                    if word in r.glued
                    else ()
                )
                glued = not met and word in r.glued
                syllabic = syllables or glued
                if (syllabic or not said) and run:
                    if not given.issuperset(run):
                        runs.append(tuple(run))
                    run = []
                if glued:  # one phrase's word: the names in it are one name's words
                    if said and not given.issuperset(said):
                        runs.append(said)
                elif syllabic:  # a Korean word is one name's ("동해제철은 포항제철소": two names)
                    runs.extend((name,) for name in said if name not in given)
                    if word not in r.hangul:
                        han.extend((name,) for name in said if name not in given)
                elif said:
                    run.append(said[0])
            if run and not given.issuperset(run):
                runs.append(tuple(run))
        out.append(runs)
        if plain is not None:
            rest = Counter(runs) - Counter(han)
            plain.append([run for run in runs if rest[run] > 0])
    return out


def _enough(
    names: int,
    figures: int,
    *,
    together: bool = False,
    alone: int | None = None,
    tallies: int = 0,
    cognates: int = 0,
    transliterated: int = 0,
    beside: bool = False,
) -> bool:
    """Whether a piece's shared names and figures tell its story: a name, a figure and a third
    piece of evidence (``_EVIDENCE``: a name, a figure or a number of two digits, ``_tallies``),
    four names without a figure (``_NAMES_ALONE``), or as many names and numbers of two digits,
    a name among them, two figures without a name (``_FIGURES_ALONE``) that the piece states
    ``together``, in one sentence, or two names and two ``cognates`` (``_COGNATES``; names read in
    Chinese characters aside, as for names alone), or a figure and three cognates
    (``_FIGURE_COGNATES``), the figure stated ``beside`` one of them, in one sentence, by the
    piece and the story, or three names when some of the cognates are ``transliterated``, read
    from the piece's Cyrillic or Greek words."""
    spelt = names if alone is None else alone
    return (
        (names >= 1 and figures >= 1 and names + figures + tallies >= _EVIDENCE)
        or (spelt >= 1 and spelt + tallies >= _NAMES_ALONE)
        or (figures >= _FIGURES_ALONE and together)
        or (spelt >= _COGNATE_NAMES and cognates >= _COGNATES)
        or (figures >= 1 and cognates >= _FIGURE_COGNATES and beside)
        or (spelt >= _TRANSLITERATED_NAMES and cognates + transliterated >= _COGNATES)
    )


def _crossed(
    piece: Sequence[int],
    group: Sequence[int],
    told: Mapping[int, Set[Hashable]],
    says: Mapping[int, Set[Hashable]],
) -> list[list[int]] | None:
    """The halves of a piece of several pages and a group of several articles that cross, if
    they do: each page says a name, a figure or a number of two digits (``told``: those that
    count for the move) with some of the group's articles that no other article of the two says
    (``says``: everything each says), no group's article is so tied to two pages, and every one
    is to one. Each half is a page with the articles tied to it, in the order of ``group``."""
    everyone = [*piece, *group]
    ties: dict[int, list[int]] = {}
    for j in piece:
        ties[j] = []
        for i in group:
            both = told[j] & told[i]
            for x in everyone:
                if x not in (i, j):
                    both -= says[x]
            if both:
                ties[j].append(i)
        if not ties[j]:
            return None
    tied = [i for j in piece for i in ties[j]]
    if len(tied) != len(set(tied)) or set(tied) != set(group):
        return None
    return [sorted([j, *ties[j]]) for j in piece]


def attach_other_language(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], joined: set[int] | None = None
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every piece written in another
    language than the day's (a lone article, or a group all of whose articles are: a local page
    and its teaser) moved into the one group whose names and figures it says (the module's
    rule). The articles of the pieces moved are added to ``joined`` when it is given.

    Asked again, up to ``_ROUNDS`` times, while pieces move: two local pages of one story in
    two languages each say the story's names and figures, so each counts as the other's
    "said outside" the story until one of them joins it (fresh36's d847: a Lithuanian page
    joins by a name and two figures; the Polish page then says the minister's name and the
    12 million euros with the wire and that page, no longer outside)."""
    out = [list(g) for g in groups]
    earlier: set[int] = set()
    for _ in range(_ROUNDS):
        moved = _attach_once(out, arts, earlier)
        if moved == out:  # nothing moved (a move makes one group fewer, a crossing none)
            break
        out = moved
    if joined is not None:
        joined.update(earlier)
    return out


def _attach_once(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], earlier: set[int]
) -> list[list[int]]:
    """One round of ``attach_other_language``: the pages moved in earlier rounds (``earlier``,
    to which the pages this round moves are added after it) are no longer outside their story,
    but what they say is no evidence of it: a name or a figure counts when one of the story's
    other members says it (two local pages in German share the capitalised nouns of their language,
    "Prozent", "Stimmen", with a page of another event: fresh31's pooled batch)."""
    out = [list(g) for g in groups]
    if len(out) < 2:
        return out

    def other(j: int, main: str) -> bool:
        if main == DEFAULT_LANGUAGE and plainly_english(arts[j].title, arts[j].text):
            return False  # no model read for an English teaser
        return article_language(arts[j].title, arts[j].text) != main or (
            headline_in_another_language(arts[j].title, main)
        )

    if not any(other(j, DEFAULT_LANGUAGE) for g in out for j in g):
        return out  # every article in English: no other article's language is read
    main = Counter(article_language(a.title, a.text) for a in arts).most_common(1)[0][0]
    lone = [k for k, g in enumerate(out) if all(other(j, main) for j in g)]
    if not lone:
        return out
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    plain_of: list[list[tuple[str, ...]]] = []  # the runs but the names read in Chinese
    runs_of = _spelt_runs(read, lower, plain_of)
    # a word's forms (``_keys``): "Konina" meets "Konin", "Van'da" "Van" (read as "van"); a
    # word of another script is read as the name it meets ("Iakutsk", "sindhupalcokma")
    forms = [
        {k for w in r.words.union(*runs) for k in _keys(w)}
        for r, runs in zip(read, runs_of, strict=True)
    ]
    said = Counter(k for f in forms for k in f)  # in how many articles each form is
    stated = Counter(n for r in read for n in r.figures)
    counted_tallies = Counter(t for r in read for t in r.tallies)
    # The same counts without the pieces of the day's language left on their own. Such a piece
    # (an angle: "In the Sava hills, the guards come out before the harvest", "Antalaha, the
    # town that vanilla built") says the story's places, but it is no other story: what it says
    # makes a name or a figure no less a story's own (fresh31's French page of Madagascar's
    # vanilla rule names Antalaha, Sambava and the Sava region with the wire, and so do two
    # English features left apart). A lone page of another language is counted (review30's
    # probe day: Spanish reports of other San José events name the mayor too).
    others = {j for k in lone for j in out[k]}
    angles = {g[0] for g in out if len(g) == 1 and g[0] not in others}
    said_by_stories = said - Counter(k for i in angles for k in forms[i])
    # The languages of the pieces' pages: a page in a third language, neither the day's nor the
    # piece's, is no other news of the piece's place (fresh43's d1014: a barge convoy aground
    # on the Danube, told by the Hungarian town's paper and by the Croatian one across the
    # border, both naming the village where it ran aground). A place's other news is told in
    # its own language (review30's probe: Spanish pages of a city's other events, all naming
    # its mayor), so a name the two pages and the story say is the story's own.
    tongue = {j: article_language(arts[j].title, arts[j].text) for j in others}
    by_tongue: dict[str, Counter[str]] = {}  # what the pages of each language say
    for j in others:
        by_tongue.setdefault(tongue[j], Counter()).update(forms[j])
    pages_say = sum(by_tongue.values(), Counter())
    stated_by_stories = stated - Counter(n for i in angles for n in read[i].figures)
    tallied_by_stories = counted_tallies - Counter(t for i in angles for t in read[i].tallies)
    # the cognates: each article's words (``_Read.cognates``), and the words an article in the
    # day's language writes in lower case, no stop word, month or weekday (a page of the piece's
    # language in the group shares its everyday words: "depuis", "heures")
    keyed = Counter(k for r in read for k in r.cognates)
    keyed_by_stories = keyed - Counter(k for i in angles for k in read[i].cognates)
    lower_keys = [
        set()
        if other(i, main)
        else {
            k
            for w in r.small
            if w not in STOP_WORDS and w.removesuffix("s") not in CALENDAR_WORDS
            for k in (_cognate(w),)
            if k
        }
        for i, r in enumerate(read)
    ]
    # and those of them its headline says: the story's event, told in its words ("Bacterial
    # blight ruins swathes of Hungary's paprika crop"), not an item of a newsletter's round-up
    headline_keys = [
        {k for t in _TOKEN.findall(a.title) for k in (_cognate(_fold(_plain(t))),) if k} & keys
        for a, keys in zip(arts, lower_keys, strict=True)
    ]
    home = {i: g for g, members in enumerate(out) for i in members}
    capital = [{w for run in runs for w in run if _name_word(w, lower)} for runs in runs_of]
    held = [{k for w in names for k in _keys(w)} for names in capital]  # their forms
    saying: dict[str, list[int]] = {}  # a name's form -> the articles that write it capitalised
    wanted = {k for j in others for k in held[j]}
    for i, names in enumerate(held):
        for k in names & wanted:
            saying.setdefault(k, []).append(i)
    # a piece's figure -> the groups that state it, and those of them that are no angle: a
    # figure counts only for the one group that states it (angles aside when that group has two
    # articles or more), so a figure many groups state brings no group to weigh
    stating: dict[int, set[int]] = {}
    stories_stating: dict[int, set[int]] = {}
    figures_wanted = {n for j in others for n in read[j].figures}
    for i, r in enumerate(read):
        for n in r.figures & figures_wanted:
            stating.setdefault(n, set()).add(home[i])
            if i not in angles:
                stories_stating.setdefault(n, set()).add(home[i])

    def stated_by_one(n: int, piece: int) -> set[int]:
        """The one group besides ``piece`` for which figure ``n`` can count, if any."""
        for homes in (stating[n], stories_stating.get(n, set())):
            if len(homes) - (piece in homes) == 1:
                return homes - {piece}
        return set()

    moves: list[tuple[int, int]] = []
    crossings: dict[tuple[int, int], list[list[int]]] = {}
    fits_of: dict[int, list[int]] = {}
    for piece in lone:
        members = out[piece]
        names_held = set().union(*(held[j] for j in members))
        figures_held = set().union(*(read[j].figures for j in members))
        pairs_held = set().union(*(read[j].together for j in members))
        runs = [run for j in members for run in runs_of[j]]
        plain_runs = [run for j in members for run in plain_of[j]]
        # what the piece's own articles say: a page and its teaser both say the village's name
        mine = Counter(k for j in members for k in forms[j] & names_held)
        mine_stated = Counter(n for j in members for n in read[j].figures)
        mine_tongues = {tongue[j] for j in members}

        def third(k: str, tongues: Set[str] = mine_tongues) -> int:
            """How many pages of a third language (``tongue``) say ``k``."""
            return pages_say[k] - sum(by_tongue[t][k] for t in tongues)

        near = {home[i] for k in names_held for i in saying.get(k, ())}
        for n in figures_held:
            near |= stated_by_one(n, piece)
        near.discard(piece)
        fits = []
        for h in sorted(near):
            group = out[h]
            inside = Counter(k for i in group for k in forms[i] & names_held)
            own = [i for i in group if i not in earlier]
            theirs = set().union(*(held[i] for i in own)) & names_held
            # said by none outside (but the angles, when weighed against a story of two or more)
            names_said, figures_said = (
                (said_by_stories, stated_by_stories) if len(group) > 1 else (said, stated)
            )
            shared = {
                k
                for k in theirs
                if names_said[k] == inside[k] + mine[k]
                or names_said[k] == inside[k] + mine[k] + third(k) > inside[k] + mine[k]
            }
            counted = Counter(n for i in group for n in read[i].figures & figures_held)
            figures = {
                n
                for n, c in counted.items()
                if figures_said[n] == c + mine_stated[n] and any(n in read[i].figures for i in own)
            }
            told = _names(runs, shared)
            if told < _EVIDENCE:  # one million or one billion counts beside three names
                figures -= _ROUND
            together = any(pair <= figures for pair in pairs_held)
            # a piece of several articles is one story's when each of them says its names or
            # figures (a page and its teaser), no other-language pages of two events paired
            # (a Hindi page on a Bhutan plant beside a Nepali page on a Nepal plant's flood, in
            # a batch of many days)
            apart = len(members) > 1 and any(
                not (held[j] & shared or read[j].figures & figures) for j in members
            )
            alone = _names(plain_runs, shared)  # four names alone, none read in Chinese
            tallies_said = tallied_by_stories if len(group) > 1 else counted_tallies
            mine_tallies = Counter(t for j in members for t in read[j].tallies)
            theirs_tallies = Counter(t for i in group for t in read[i].tallies)
            tallies = {
                t
                for t, c in theirs_tallies.items()
                if mine_tallies[t]
                and tallies_said[t] == c + mine_tallies[t]
                and any(t in read[i].tallies for i in own)
            }
            keys_said = keyed_by_stories if len(group) > 1 else keyed
            mine_keys = Counter(k for j in members for k in read[j].cognates)
            inside_keys = Counter(k for i in group for k in read[i].cognates)
            cognates = {
                k
                for k in set().union(*(lower_keys[i] for i in own))
                if mine_keys[k] and keys_said[k] == inside_keys[k] + mine_keys[k]
            }
            if not cognates & set().union(*(headline_keys[i] for i in own)):
                cognates = set()  # none is the story's headline's
            read_in = {
                k
                for k in cognates
                if all(k in read[j].transliterated for j in members if k in read[j].cognates)
            }
            # a figure and a cognate in one sentence of the piece and of one of the story's own
            # articles: the fact itself told in both languages ("120 recrutements" and
            # "handling"; "120 additional workers" and "the handling companies")
            facts = {(n, k) for n in figures for k in cognates - read_in}
            beside = any(facts & read[j].beside for j in members) and any(
                facts & read[j].beside & read[i].beside for j in members for i in own
            )
            if not apart and _enough(
                told,
                len(figures),
                together=together,
                alone=alone,
                tallies=len(tallies),
                cognates=len(cognates - read_in),
                transliterated=len(read_in),
                beside=beside,
            ):
                fits.append(h)
                if len(members) > 1 and len(group) > 1:
                    told_by = {
                        j: {("n", k) for k in held[j] & shared}
                        | {("f", n) for n in read[j].figures & figures}
                        | {("t", t) for t in read[j].tallies & tallies}
                        for j in [*members, *group]
                    }
                    halves = _crossed(
                        members,
                        group,
                        told_by,
                        {
                            j: {("n", k) for k in forms[j]}
                            | {("f", n) for n in read[j].figures}
                            | {("t", t) for t in read[j].tallies}
                            for j in [*members, *group]
                        },
                    )
                    if halves is not None:
                        crossings[(piece, h)] = halves
        fits_of[piece] = fits
    # A piece fits one story and other pieces, each of which fits that story and this piece
    # only: pages of one event in two languages (fresh44's d1038: a Danish page and a Swedish
    # paper of the closure across the strait, each naming the link, its tunnel and its towns
    # with the wires and with the other) join it together. Pages of two events of one place
    # each fit their own story (and one another): no story fits both, and they stay apart.
    pieces = set(lone)
    for piece, fits in fits_of.items():
        stories = [h for h in fits if h not in pieces]
        if len(fits) == 1 or (
            len(stories) == 1
            and all(
                piece in fits_of[q] and set(fits_of[q]) - pieces == set(stories)
                for q in fits
                if q in pieces
            )
        ):
            moves.append((piece, stories[0] if stories else fits[0]))
    # a piece of two events' pages that crosses a pair of the same two events: each page with
    # its own report, not the four together
    touched = Counter(g for move in moves for g in move)
    regrouped = {
        move: crossings[move]
        for move in moves
        if move in crossings and touched[move[0]] == 1 and touched[move[1]] == 1
    }
    moves = [move for move in moves if move not in regrouped]
    earlier.update(j for piece, _ in moves for j in out[piece])
    earlier.update(j for piece, _ in regrouped for j in out[piece])
    out = [list(g) for g in out]
    for (piece, h), halves in regrouped.items():
        out[h], out[piece] = halves[0], halves[1]
        out.extend(halves[2:])
    return [g for g in join_groups(out, moves) if g]
