"""Kinds of a page's own lines after aside19's look (junk34): each rule's line goes, and a news
line of a like shape stays.

- the house's notes to its reader (``clean.pagekinds.house``): the comment box's rules, member
  funding and the ask to support the page's journalism, subscribe asks, "did you like this
  article?", the page's own site or app, where the piece first ran, its update at a clock,
  funders' and reviewers' distance, the views being the interviewees' own, a wire's desk slug and
  unread note, affiliate links, "continues after the ad", "more articles on this topic", a
  release's signatory, the piece read aloud, Google News asks, a consent banner in more
  languages, bylines' labels in the languages the lists had least, credits for more reporting;
- walls in more languages (``clean.pagekinds.rest``), and "read also" with an arrow or a
  question (``clean.abroad``);
- rows above the first paragraph (``clean.toprows``): a date alone in any language, an
  Arabic-script place-and-name byline, a byline whose "by" is a common word, "published <date>
  by <name>".

Every line is written for the test; outlets' names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.toprows import is_top_row

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        # the comment box's rules
        (
            "Comentariile sunt verificate de moderatori. Mesajele jignitoare vor fi șterse.",
            "Comentariile primarului despre buget au fost criticate de opoziție luni.",
        ),
        (
            "Your say: comments on this piece close a week after we publish.",
            "Public comments on the quarry plan close on Friday, the county's notice shows.",
        ),
        (
            "Comenta con respeto: los mensajes ofensivos serán eliminados.",
            "El alcalde pidió respeto a los vecinos tras la protesta del domingo.",
        ),
        (
            "Maoni yako ni muhimu kwetu. Andika hapa chini.",
            "Maoni ya wananchi yalikusanywa katika mikutano mitano ya kata.",
        ),
        (
            "Debate the decision with fellow readers below; keep it civil.",
            "The judge asked both sides to keep their submissions short.",
        ),
        # member funding and the ask to support the page's journalism
        (
            "No advertisers pay for this newsletter; our readers do. Join from £3 a month.",
            "No advertisers were found for the stadium's naming rights this season.",
        ),
        (
            "Harbour Radio runs on listener pledges · pledge today",
            "The museum is funded by members and a small city grant.",
        ),
        (
            "Unterstützen Sie unabhängigen Lokaljournalismus mit einem kleinen Beitrag.",
            "Der Verein unterstützt seit 2030 Familien in der Altstadt.",
        ),
        (
            "Die Zeitung ist werbefrei. Wir finanzieren uns über unsere Leserinnen und Leser.",
            "Die Stadtwerke finanzieren den Ausbau über einen Kredit der Landesbank.",
        ),
        # subscribe asks
        (
            "Abonnez-vous à notre lettre du matin : la vallée dans votre boîte chaque jour.",
            "Les abonnés du réseau de chaleur paieront 4 % de plus dès janvier.",
        ),
        (
            "Abonează-te la canalul nostru de Telegram pentru știrile zilei",
            "Abonații rețelei de gaze vor primi facturi mai mici din martie.",
        ),
        (
            "Seasons in your inbox: one long read, every other Saturday",
            "Scam texts are landing in more inboxes, the regulator warned on Monday.",
        ),
        # did you like this article?
        (
            "Vous avez aimé cet article ? Partagez-le avec vos voisins.",
            "Les habitants ont aimé la nouvelle place, selon un sondage de la mairie.",
        ),
        # the page's own site or app, a messenger channel
        (
            "Retrouvez toutes les nouvelles du canton sur notre appli.",
            "Les nouvelles règles du canton entrent en vigueur le 1er mars.",
        ),
        (
            "Más noticias de la comarca en nuestra portada",
            "Más de 300 vecinos firmaron la petición en una semana.",
        ),
        (
            "Entre no canal do Jornal no WhatsApp e receba as notícias do dia",
            "O governo lançou um canal no WhatsApp para agricultores em março.",
        ),
        # where the piece first ran, a wire's slug and unread note
        (
            "Artikel ini telah tayang di Warta Pesisir. Dilarang mengutip tanpa izin.",
            "Artikel tentang banjir itu dibaca lebih dari 20.000 orang dalam sehari.",
        ),
        (
            "The story Ferry fares to rise in May was first seen on Island Notes.",
            "The story of the lost ferry bell was first told by a fisherman in 1952.",
        ),
        ("sda-gnr/abc/xy", "Ticino-Zürich 3-1"),
        (
            "Cette dépêche a été publiée automatiquement et n'a pas été relue.",
            "La dépêche de l'agence a été reprise par plusieurs journaux lundi.",
        ),
        # the piece's update at a clock
        (
            "Hinweis: Dieser Beitrag wurde um 18.05 Uhr aktualisiert.",
            "Der Fahrplan wurde um zwei Verbindungen am Abend ergänzt.",
        ),
        # funders' and reviewers' distance; the views are the interviewees' own
        (
            "A coastal grant paid for this trip; its donors saw nothing before publication",
            "The grant paid for three new classrooms, the school's head said.",
        ),
        (
            "Two hydrologists checked this explainer",
            "Two hydrologists checked the dam after the quake on Tuesday.",
        ),
        (
            "Las opiniones de los entrevistados no representan necesariamente al diario.",
            "Las opiniones de los vecinos se recogieron en tres asambleas.",
        ),
        (
            "Contributors speak only for themselves here; some names are shortened",
            "Residents spoke for two hours at the hearing on Tuesday.",
        ),
        # affiliate links, the ad break, more on the topic, a release's signatory
        (
            "Algunos enlaces de esta nota son afiliados y pueden reportar una comisión.",
            "Los enlaces ferroviarios con Valencia se reanudarán en junio.",
        ),
        ("Continua após a publicidade", "Continua a greve dos professores em Minas"),
        ("Afficher plus d'articles sur ce sujet", "Afficher les prix sera obligatoire dès mai"),
        ("Abena Mensah-Boateng (Mrs.)", "Abena Mensah-Boateng (Accra Central)"),
        ("Signed", "Signed and sealed"),
        # the piece read aloud, Google News asks
        ("Listen to this article read aloud", "Listen to the council's debate on Radio Vale"),
        (
            "Kövesse a Dunai Hírlapot a Google Hírekben!",
            "A Google Hírek magyar kiadása tíz éve indult.",
        ),
        # a consent banner in more languages
        (
            "Folosim cookie-uri pentru a măsura audiența și a personaliza reclamele.",
            "Folosim apa din fântână doar pentru grădină, spune primarul.",
        ),
        ("Accepter et fermer", "Accepter la défaite"),
        # bylines' labels, a name and a handle, more reporting
        ("Imeandikwa na Zawadi Mrema", "Imeandikwa kwenye kitabu cha wageni wa kijiji."),
        ("Miktub minn Carmen Borg", "Miktub fuq il-ħajt tal-knisja"),
        ("Lucía Ferrer Sanz @lferrers", "Lucía Ferrer Sanz won the regional prize"),
        (
            "Words by Ama Boateng; additional reporting by Kofi Asante",
            "Reporting by schools on absences rose by a third this year.",
        ),
        # a reading time in words, when the page appears
        ("About nine minutes' reading", "About nine minutes' walk from the station"),
        (
            "Lagoon Letter goes out before dawn, Monday through Friday",
            "The ferry goes out twice a day from the north pier.",
        ),
        (
            "Harbour business pages appear Mondays and Thursdays.",
            "Harbour seals appeared on the slipway on Monday.",
        ),
        (
            "Markets, money and port life in Tema, every Friday.",
            "Free buses run in the centre of Tema, every Sunday.",
        ),
        # a correspondent's byline
        (
            "De notre correspondant à Ouargla, Karim Belkacem",
            "Notre correspondant a été libéré lundi, a annoncé le journal.",
        ),
        ("By Anna Kowalska, in Zakopane", "By noon, in Zakopane, the snow had stopped."),
        # no advice, how the figures were made
        (
            "Nothing here replaces an accountant's view of your own tax return",
            "The accountant's report was sent to the council in March.",
        ),
        (
            "Exchange rates used in this article: the central bank's monthly averages",
            "Exchange rates fell sharply after the central bank's decision.",
        ),
        # a newsletter's forward ask and greeting
        (
            "That's all for today. Know someone who'd like this? Forward it on.",
            "That's all the money the town has left, the treasurer said.",
        ),
        (
            "Morning, harbour readers, and happy Friday.",
            "Morning trains will run every ten minutes from Friday.",
        ),
        # reuse rules, a live page's legend, a genre and its series
        (
            "Photographs © the photographer; no reuse without written permission",
            "Photographs of the flood were shown at the inquiry on Monday.",
        ),
        ("Times: CET · newest entry first", "Times Square reopened on Monday."),
        # the wall's other rows
        (
            "The full price table is in Friday's PDF, for paying readers",
            "Paying readers of the print edition fell by 4% last year.",
        ),
        (
            "The union's full report sits behind the Gazette's member login.",
            "The union's full report was published on Monday.",
        ),
        # member funding after a sentence, "did you like reading us?"
        (
            "Our coverage was made possible by readers' donations.",
            "The new roof was made possible by a lottery grant.",
        ),
        (
            "Vous aimez nous lire ? L'édition numérique coûte 3 $ par semaine.",
            "Vous aimez la nouvelle piscine ? La mairie lance une consultation.",
        ),
        # a commenter's row, a trending label, readers paying, a tip sent in, wire terms
        ("river_watcher · 3 ore fa", "63 min"),
        ("tamar_k 5 hours ago", "Police said 5 hours ago"),
        (
            "Trending now: tide tables, ferry delays, a whale in the bay",
            "Trending upward: ferry fares rose 4% in March.",
        ),
        (
            "Readers pay for our reporting, never the councils in it.",
            "Readers paid £40,000 into the library appeal, the trust said.",
        ),
        (
            "Bạn đọc gửi tin, ảnh về tòa soạn qua Zalo của báo.",
            "Bạn đọc ở Phan Thiết cho biết nước đã rút vào sáng nay.",
        ),
        (
            "Not for rebroadcast. Agency content is licensed per outlet.",
            "The broadcaster's licence was not renewed by the regulator.",
        ),
        (
            "Lo firmado en esta columna compromete solo a quien lo escribe.",
            "El acuerdo firmado compromete al municipio a pagar en junio.",
        ),
        # walls in more languages
        (
            "Questo articolo continua per chi sostiene il giornale. Diventa socio.",
            "Questo articolo del regolamento continua a dividere il consiglio.",
        ),
        (
            "Ta prispevek je samo za naročnike. Prijavite se.",
            "Ta prispevek k proračunu je potrdil mestni svet.",
        ),
    ],
)
def test_a_house_note_goes_and_a_news_line_of_its_shape_stays(junk: str, news: str) -> None:
    assert is_page_kind(junk) or is_boilerplate(junk)
    assert not is_page_kind(news) and not is_boilerplate(news)


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        (
            "Your say: comments on this piece close a week after we publish.",
            "Public comments on the quarry plan close on Friday, the county's notice shows.",
        ),
        (
            "Valley reporting is supported by readers' subscriptions. Support it from $5 a month.",
            "The valley's bus service is supported by a state grant until 2040.",
        ),
        ("Signed", "Signed and sealed"),
        (
            "Two hydrologists checked this explainer",
            "Two hydrologists checked the dam after the quake on Tuesday.",
        ),
    ],
)
def test_in_an_english_text_the_note_goes_and_the_news_stays(junk: str, news: str) -> None:
    kept = _lines(clean_text(f"{_P1}\n{news}\n{_P2}\n{junk}"))
    assert junk not in kept
    assert news in kept


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        ("Leggi anche › Mense universitarie, prezzi fermi fino a giugno", "Leggi la delibera"),
        (
            "Leia também: Quanto custa o ônibus? Veja a nova tabela",
            "Leia o relatório completo da comissão na página da assembleia.",
        ),
        ("Zobacz także: Tramwaje wracają na Kazimierz", "Zobacz, jak głosowali radni."),
    ],
)
def test_read_also_with_an_arrow_or_a_question_goes(junk: str, news: str) -> None:
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


@pytest.mark.parametrize(
    ("row", "heading"),
    [
        ("Alhamis, 9 ga Maris, 2045", "Zaben 2045: mutane 12 sun tsaya takara"),
        ("מיטוואָך, 3טן מײַ 2046", "Harbour Board results, 12 May 2037"),
        ("Il-Ħamis 4 ta' Mejju 2045, 10:20", "Opening: March 17, 2036"),
        ("الرباط - سعاد بنعلي", "الرباط تستضيف مؤتمرا للمياه"),
        ("Pa Mariyon Dujardin, li 3 di may 2046", "Pont des Arches rouvert"),
        ("Publicatu u 2 di maghju 2046 da Petru Santoni", "Publicatu u rapportu annuale"),
    ],
)
def test_a_row_above_the_first_paragraph_goes_and_a_heading_stays(row: str, heading: str) -> None:
    assert is_top_row(row)
    assert not is_top_row(heading)


def test_a_top_row_goes_only_above_the_first_paragraph() -> None:
    row = "Alhamis, 9 ga Maris, 2045"
    kept = _lines(clean_text(f"{row}\n{_P1}\n{_P2}"))
    assert row not in kept and _P1 in kept
    heading = "Harbour Board results, 12 May 2037"
    assert heading in _lines(clean_text(f"{heading}\n{_P1}\n{_P2}"))
    # below the first paragraph (a live page's dated marker) it stays
    assert row in _lines(clean_text(f"{_P1}\n{row}\n{_P2}"))
