"""News kept and junk kinds in any language (junk49): each case has a lookalike beside it that
does not change.

- a blog's comment thread: its count ("<n> <comments>:") over a commenter's "<name> said..."
  line heads it, and the thread and what follows it go; the count over a paragraph stays;
- a labelled line after the text with the page's chrome right under it (a read-also teaser, a
  caption, a trending row) goes; a labelled line between paragraphs stays;
- what a page prints above its breadcrumb (a skip link, a ticker's headline) goes;
- a newsletter platform's thanks naming the outlet ("<Thanks for reading> <Letter>! ...") goes;
- a row of the page's fields above the text (a byline and a reading time, a date and a view
  count, a release's number) goes; a row with a figure in the text stays;
- a wire's dateline with a suffixed day, in a caseless script or in an Indic one goes;
- a byline on the text's first line over the page's date goes; a title there stays;
- "(c)" as a list's third item stays; as a copyright sign it goes;
- a wire's advisory "(Adds ...)" goes; a correction's note stays;
- notes of a newsletter and a fact-checker, a funding note, a machine translation's note with
  its report link, a digest's lead-in after a greeting in another language go;
- an office's advice naming its own website and app stays;
- a blog platform's feed footer and a "first published in" note in more languages go;
- a live page's reload prompt and app prompt in borrowed words go; a headline with the two
  words stays.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.dateline import is_bare_dateline


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return [line for line in clean_text(text, outlet=outlet).split("\n") if line]


_LEAD = (
    "Kommunen åpner en ny gang- og sykkelbro over Strandelva 1. juni, opplyste byggeleder Lars"
    " Vikmo fredag."
)
_SECOND = "Brua er 84 meter lang og har kostet 31 millioner kroner."


def test_a_blog_thread_under_its_count_and_a_said_line_goes() -> None:
    for count, said, comment, stamp in (
        ("3 kommentarer:", "Anonym sa...", "Endelig kommer brua!", "2. mai 2061 kl. 21:04"),
        ("2 ulasan:", "Siti Hajar berkata...", "Syukurlah, lama kami tunggu.", "3 Mei 2061"),
        ("4 comentaris:", "Pere de Vilanova va dir…", "Ja era hora.", "3 de maig 2061"),
    ):
        text = "\n".join(
            [_LEAD, _SECOND, "Etiketter: bro, sykkel", count, said, comment, stamp, "Om meg: Kari"]
        )
        kept = _kept(text)
        assert kept == [_LEAD, _SECOND], count


def test_a_count_over_a_paragraph_stays() -> None:
    text = f"{_LEAD}\n3 kommentarer:\n{_SECOND}"
    kept = _kept(text)
    assert _SECOND in kept and _LEAD in kept


def test_a_labelled_line_over_the_page_s_chrome_goes() -> None:
    for line in (
        "Faitau foi: O le a tatalaina le alalaupapa fou i Apia",
        "Bala hape: Borokho bo bocha bo tla buloa Mphalane",
        "Ata: O le alalaupapa fou i Apia (Le Tala o Apia)",
        "Setšoantšo: Borokho bo bocha pele bo buloa (Lesedi la Maseru)",
        "TRENDING IN THE HERALD: Harbour toll rises | Ferry timetable changes",
    ):
        text = f"{_LEAD}\n{_SECOND}\n{line}\nShare: Facebook · X · WhatsApp\n© 2061 Valley Courier"
        kept = _kept(text)
        assert line not in kept, line
        assert _LEAD in kept and _SECOND in kept


def test_a_labelled_line_between_paragraphs_stays() -> None:
    line = "Kostnad: 31 millioner kroner fra fylket og staten"
    kept = _kept(f"{_LEAD}\n{line}\n{_SECOND}")
    assert line in kept


def test_what_a_page_prints_above_its_breadcrumb_goes() -> None:
    for top in (
        "Hoppa till huvudinnehållet",
        "Seneste: Regn ventes i hele landsdelen i dag",
        "Gammel versjon av nettstedet · Versjon for svaksynte",
    ):
        kept = _kept(f"{top}\nForside › Nyheter › Strandvik\n{_LEAD}\n{_SECOND}")
        assert top not in kept, top
        assert kept[0] == _LEAD


def test_a_newsletter_platform_s_thanks_naming_the_outlet_goes() -> None:
    for thanks, outlet in (
        (
            "Fa'afetai mo le faitau i le Tusi o Apia! Lesitala fua e maua ai tusi fou.",
            "Tusi o Apia",
        ),
        (
            "Mauruuru no te taio i te Rata no Papeete! A tapa'o i te i'oa ma te aufau ore.",
            "rata no Papeete",
        ),
    ):
        kept = _kept(f"{_LEAD}\n{_SECOND}\n{thanks}", outlet=outlet)
        assert thanks not in kept, thanks
        assert _LEAD in kept and _SECOND in kept


def test_a_sentence_naming_the_outlet_later_stays() -> None:
    line = "Over two hundred readers of the town wrote in this week to thank Strandbrevet!"
    kept = _kept(f"{_LEAD}\n{line}\n{_SECOND}", outlet="Strandbrevet")
    assert line in kept


def test_a_row_of_the_page_s_fields_above_the_text_goes() -> None:
    for row in (
        "Na Ingrid Vikmo · 4 minutter lesing",
        "Dato: 2061-05-02 · Visninger: 1 904",
        "Pressemelding 2061-112 · For umiddelbar publisering",
        "Mai 2061 utgave · Reise",
    ):
        kept = _kept(f"{row}\n{_LEAD}\n{_SECOND}")
        assert row not in kept, row
        assert kept == [_LEAD, _SECOND]


def test_a_row_with_a_figure_in_the_text_stays() -> None:
    row = "Ferje forsinket · 40 min"
    kept = _kept(f"{_LEAD}\n{row}\n{_SECOND}")
    assert row in kept


def test_wire_datelines_of_more_shapes_are_bare() -> None:
    for line in (
        "Balkanabat, 3-nji maý (TDH).",
        "Нарын, 14-май (НКА).",
        "ბათუმი, 11 მაისი (აჟს).",
        "මාතර, මැයි 6 (දපුසේ) -",
    ):
        assert is_bare_dateline(line), line
    assert not is_bare_dateline("Naryn, 12-year-old (girl).")
    assert not is_bare_dateline("ბათუმი, 11 მაისი (აჟს). ახალი ხიდი გაიხსნა.")


def test_a_byline_on_the_first_line_over_the_date_goes() -> None:
    for byline, stamp in (
        ("Geschriwwe vum Claude Marx", "Aktualiséiert: 02.05.2061 um 09:10"),
        ("Le Máire Ní Bhriain", "Foilsithe: 02/05/2061"),
    ):
        kept = _kept(f"{byline}\n{stamp}\n{_LEAD}\n{_SECOND}")
        assert byline not in kept and stamp not in kept, byline
        assert kept == [_LEAD, _SECOND]


def test_a_title_on_the_first_line_over_the_date_stays() -> None:
    title = "Strandvik Bridge Opens Soon"
    kept = _kept(f"{title}\nFoilsithe: 02/05/2061\n{_LEAD}\n{_SECOND}")
    assert title in kept


def test_c_as_a_list_s_third_item_stays() -> None:
    item = "(c) the company has paid for the families to travel to the inquiry."
    assert not is_boilerplate(item)
    assert is_boilerplate("(c) 2061 Valley Courier")
    assert is_boilerplate("(c) Valley Courier")


def test_a_wire_advisory_goes_and_a_correction_stays() -> None:
    for advisory in (
        "(Adds minister's comments, rescue details)",
        "(Updates with death toll in paragraph 2)",
    ):
        assert is_boilerplate(advisory), advisory
    assert not is_boilerplate("(Corrects the number evacuated in paragraph 3 to 900, not 1,900)")
    assert not is_boilerplate("(Adds to pressure on the minister, with two more MPs against her.)")


def test_notes_of_the_page_go() -> None:
    for line in (
        "Written by Aled Morgan. Send tips to news@valleymorning.example",
        "How we rate: Check Desk rates claims as Accurate, Partly accurate or Wrong. Read our"
        " methodology.",
        "Reporting for this story was paid for by the Valley Journalism Fund; republishing is"
        " welcome with a credit.",
        "This article was automatically translated from Latvian. Report a translation error",
        "Shwmae, and good morning. Here's what you need to know today.",
    ):
        assert is_boilerplate(line), line


def test_an_office_s_advice_naming_its_own_website_and_app_stays() -> None:
    line = (
        "If you live near the works, check the council's website for closures; you can also get"
        " alerts through the council's travel app."
    )
    assert not is_boilerplate(line)
    assert is_boilerplate("Get alerts in our app: set your location in your account settings.")


def test_feed_footers_and_first_published_notes_in_more_languages_go() -> None:
    for line in (
        "Пасада Новы мост адкрыюць у чэрвені упершыню з'явілася на Палескі веснік.",
        "پوسٽ ٺٽي ۾ نئين پل پهريون ڀيرو سنڌ ڊائري تي ظاهر ٿي.",
        "Hierdie artikel het eerste verskyn in die Mei-uitgawe van Karoo Kroniek.",
        "Artikel ini pada asalnya diterbitkan oleh Berita Sungai. Baca artikel asal.",
        "Makala hii ilichapishwa kwanza katika toleo la Mei la jarida la Habari za Ziwa.",
        "Ĉi tiu artikolo aperis en la presita numero 5/2061 de Revuo Ponto.",
        "Cyhoeddwyd yr erthygl hon yn rhifyn Haf 2061 o Llais y Cwm.",
    ):
        assert is_boilerplate(line), line
    news = "Hierdie artikel in die wet is verlede jaar gewysig, het die minister gesê."
    assert not is_boilerplate(news)


def test_a_live_page_s_prompts_in_borrowed_words_go() -> None:
    for line in (
        "I-refresh ang pahina para sa mga bagong update",
        "I-download ang aming app para sa mga alerto",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The update will refresh the fleet")


def test_a_contact_line_after_the_text_goes_and_a_draw_s_numbers_stay() -> None:
    for line in (
        "Growers' office: Strandvik, 9 Kaiveien; phone +47 712 3 45 67",
        "Bite advice line (free, day and night): 0 800 61 62 63",
    ):
        kept = _kept(f"{_LEAD}\n{_SECOND}\n{line}")
        assert line not in kept, line
        assert _LEAD in kept and _SECOND in kept
    draw = "Vinnertallene i lørdagens trekning i Strandvik ble: 04 12 19 27 33 41"
    assert draw in _kept(f"{_LEAD}\n{_SECOND}\n{draw}")


def test_a_field_row_over_a_text_with_headed_parts_goes() -> None:
    text = "\n".join(
        [
            "Na Ingrid Vikmo · 3 minutter lesing",
            _LEAD,
            _SECOND,
            "Kun for medlemmer",
            "Bli medlem for å lese hele saken og hele arkivet vårt.",
        ]
    )
    kept = _kept(text)
    assert "Na Ingrid Vikmo · 3 minutter lesing" not in kept
    assert kept[0] == _LEAD


def test_a_labelled_line_last_under_a_share_row_goes() -> None:
    line = "Faitau foi: O le a tatalaina le alalaupapa fou i Apia"
    kept = _kept(f"{_LEAD}\n{_SECOND}\nFaasoa: Facebook · X · WhatsApp\n{line}")
    assert line not in kept
    assert _LEAD in kept and _SECOND in kept


def test_a_newsletter_platform_s_age_goes() -> None:
    assert is_boilerplate("Launched 3 years ago")
    assert not is_boilerplate("Launched 3 years ago, the line now carries 40,000 riders a day.")
