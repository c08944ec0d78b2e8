"""A local site's chrome in its own language (``clean.foreign``), by the evidence this file's rules
add: a line in another script or under a label in another script, a photo credit labelled in a
Latin-script language, a line whose words are all another language's with letters English never
writes, and a site's words alone on a line (an ad slot, a share button, related stories, back to
top).

Every line is written for the test; each kind has news look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The regional council voted 31-12 on Tuesday to close the Varna ferry terminal by 2035."
_NEXT = "Shipping companies said they would appeal, and the port's 400 workers were told to wait."


@pytest.mark.parametrize(
    "line",
    [
        # another script, the whole line or its label
        "Абонирайте се за нашия бюлетин - най-важното за деня",
        "Коментарите са изключени от редакцията.",
        "ВАРНА - 14.03.2034 - Иван Петров",
        "Последвайте ни във Facebook",
        "Фото: Иван Петров. The ferry terminal at dawn, 14 March.",
        "Прочетете още: Varna port hires 40 pilots | Black Sea ferry fares rise",
        "ภาพ: สมชาย ใจดี. The terminal's car park, seen from the harbour wall.",
        "Διαβάστε επίσης",
        # a photo credit labelled in a Latin-script language
        "Fotos: Marta Ruiz Gil. The terminal's ramp in the rain, 12 March.",
        "Picha: Juma Mwangi. Ferries at the quay, March 2034.",
        "Fotografija: Ivo Horvat. Workers outside the port gate.",
        "Fot. Jan Kowalski. The empty car deck.",
        # all another language's words, in letters English never writes
        "Yorum yazmak için üye girişi gereklidir.",
        "Haberin tüm hakları saklıdır; izinsiz kullanılamaz.",
        "Los comentarios están sujetos a moderación previa.",
        "Iscriviti alla newsletter della città: ogni mattina le notizie del porto",
        # the Scandinavian function words "kan", "våre", "uten", "alle"
        "Abonnenter kan lese alle nyhetene våre uten reklame.",
        "Medlemmer kan lese alle våre saker uten annonser.",
        # a site's words alone on a line, and its related stories' label
        "Reklam",
        "Sdílet",
        "Související články",
        "Bumalik sa itaas",
        "Berita terkait: Varna port hires 40 pilots",
    ],
)
def test_a_sites_line_in_another_language_or_script_goes(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "last")) == ["mid", "last"]


@pytest.mark.parametrize(
    "line",
    [
        # a name or a word of another script in an English sentence
        "Ivan Petrov (Иван Петров), the port's director, resigned on Wednesday.",
        "The ferry's name, Αθηνά, was painted over after the sale to a Greek owner.",
        "Слава Україні: the slogan was chanted by 2,000 people outside the port.",
        # names and places with letters English never writes
        "Kadıköy residents protested on Sunday against a 40% rise in ferry fares.",
        "Erdoğan's party won 12 of the 39 districts, including Üsküdar and Beşiktaş.",
        "Dydd Gŵyl Dewi hapus i bawb o'r porthladd.",
        # "photo" and a site's words in English news
        "Photo finish: the Varna crew won the regatta by 0.2 seconds.",
        "Fotos of the terminal's ramp, a local blog, first reported the crack in 2033.",
        "Annonce of the closure came on Tuesday, a week after the vote.",
        "Relacionados, the band from Seville, cancelled its Varna concert.",
        "Alle Kan, the Norwegian skipper, said the crossing was safe.",
    ],
)
def test_news_with_another_scripts_or_languages_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


def test_the_headlines_under_a_related_heading_in_another_language_go() -> None:
    items = ["Varna ferry fares to rise 20% from April", "Black Sea rail freight hits a record"]
    text = "\n".join([_LEAD, _NEXT, "İlgili Haberler", *items])
    cleaned = clean_text(text).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned
    assert not set(items) & set(cleaned)


def test_a_subheading_under_no_related_heading_stays() -> None:
    text = "\n".join([_LEAD, "Ferry fares to rise", _NEXT])
    assert "Ferry fares to rise" in clean_text(text).split("\n")


@pytest.mark.parametrize("line", ["Redacción Costa Hoy con ACA", "Rédaction", "Redazione Varna"])
def test_a_newsrooms_byline_in_its_language_goes(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "last")) == ["mid", "last"]


@pytest.mark.parametrize(
    "line",
    [
        "Redacción of the new law took the ministry two years, the minister said.",
        "Redaktion Varna, the local paper, first reported the closure.",
    ],
)
def test_news_that_opens_with_a_newsrooms_word_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        # a dateline or a section's name in another script before the English lede (review16 M6)
        "БИШКЕК — The city council voted on Tuesday to raise bus fares to 30 som from March.",
        "Київ: Ukraine's parliament passed the 2027 budget on Thursday with 257 votes.",
        "Београд — Serbia's president said early elections would be held in June.",
        "北京 — China's central bank cut its benchmark lending rate by 10 basis points on Monday.",
        "Ташкент, 12 марта — Uzbekistan will raise the minimum wage by 15% from April.",
        "Алматы: Kazakhstan's central bank held its key rate at 16.5%.",
        "Тбилиси — Georgia's ruling party won 54% of the vote, the election commission said.",
        "Ереван: Armenia and Azerbaijan signed the border demarcation deal.",
        "ΑΘΗΝΑ — Greece's government approved a 1 billion euro wildfire plan.",
        "Новости: Kyrgyzstan's parliament approved the new media law in a second reading.",
    ],
)
def test_an_english_lede_under_a_label_in_another_script_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        # a photo's label, a name, a read-also phrase or a row under a label in another script
        "Фото: Ivan Petrov. The ferry terminal at dawn, 14 March.",
        "Фото: The ferry terminal at dawn on Tuesday.",
        "Прочетете още: Varna port hires 40 pilots",
        "Читайте также: Varna port hires 40 pilots to cope with the cruise boom.",
    ],
)
def test_a_label_in_another_script_before_english_chrome_goes(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "last")) == ["mid", "last"]


@pytest.mark.parametrize(
    "line",
    [
        # another language's word for photo before a sentence, not a credit (review16 S7)
        "Imagen: Spain's satellite agency released pictures of the flooded towns.",
        "Fot. Marek Konkol's picture of the flood won the Grand Press Photo.",
        "Picha ya mwaka: Tanzania's photo of the year went to a Zanzibar fisherman.",
        "Kılıçdaroğlu için: the opposition's slogan, 'Hak, hukuk, adalet', filled the square.",
        # a German press review's lines
        "Bild: Germany's biggest tabloid said the chancellor had lost his party's trust.",
        "BILD: Scholz to call confidence vote in December",
        "Foto: the image that won the World Press Photo award shows a boy in Gaza.",
    ],
)
def test_a_sentence_after_another_languages_word_for_photo_stays(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]), outlet="Harbour Ledger")
    assert line in cleaned.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Bild: dpa",
        "Foto: Ana Lučić/Pixsell",
        "Foto: picture alliance/dpa",
        "Bild: privat",
        "Foto: REUTERS",
    ],
)
def test_a_credit_after_another_languages_word_for_photo_goes(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "last")) == ["mid", "last"]
