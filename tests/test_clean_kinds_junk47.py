"""News kept and junk kinds in any language (junk47): each case has a lookalike beside it that
does not change.

- an organisation's own text opens with its name and its news (a release's or a notice's lead:
  a long sentence with a figure that is no year, or "... the <Cooperative> informs all
  members:"); a tagline on the lead that opens with the name stays chrome;
- a lede in the local language under its dateline, in a release whose other paragraphs are
  English, stays; a line in that language with no dateline still goes;
- a wire's dateline alone on its line with no year (the month's word before or after the day,
  the agency between slashes, in brackets or after a dash) goes; one that opens a sentence of
  news, and a date and a dash before an event's name, stay;
- a market desk's note that it gives no trading advice goes; a regulator's warning so stays;
- a statement's "Issued by the association chair, <City> and <City>" goes; a sentence that
  opens so stays;
- a press contact whose number has a short label and is written in pairs, and a press release's
  number in the release's language, go; a sentence giving the reader a number stays;
- a row of counts set apart by "∙" goes;
- a blog feed's "the post ... appeared first on ..." footer in another translation, and a page's
  last-change stamp with a long date, go; sentences that open with the same words stay;
- a series' name in capitals above the first paragraph goes; the same line between paragraphs
  (a section's head), a newsletter's first head in capitals when more follow, and a score's row
  in capitals stay;
- a comment section's dated rows in a script that writes names in small letters go under their
  count.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.dateline import is_bare_dateline


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return clean_text(text, outlet=outlet).split("\n")


_RELEASE = (
    "MEDIA RELEASE | For immediate release\n"
    "Prairie Hands Relief is sending three water trucks and a team of 40 trained volunteers to"
    " Dalton County, Kansas, after Saturday's hailstorm and flash flooding.\n"
    "The trucks, based in Salina and Hays, carry 12,000 litres each and will park at the county"
    " fairgrounds from Monday morning.\n"
    '"Clean water comes first," said the group\'s field director, Marta Oyelaran.\n'
    "Media contact: Jon Belmar, communications, +1 785 555 0199\n"
)


def test_an_organisations_lead_with_its_name_and_figures_stays() -> None:
    kept = _kept(_RELEASE, outlet="Prairie Hands Relief")
    assert any(line.startswith("Prairie Hands Relief is sending three") for line in kept)
    assert not any(line.startswith("Media contact:") for line in kept)


_TAGLINE_LEAD = (
    "The Lakeshore Sentinel is reader-supported: when you book through links on this page we"
    " may earn a small commission, at no extra cost to you and 0 to us.\n"
    "The ferry to Oak Island will run twice a day from 1 June, the port authority said on"
    " Tuesday, after a winter of single sailings.\n"
    "Tickets stay at 4 dollars for adults and are free for children under 12.\n"
)


def test_a_tagline_opening_with_the_name_on_the_lead_still_goes() -> None:
    kept = _kept(_TAGLINE_LEAD, outlet="The Lakeshore Sentinel")
    assert not any(line.startswith("The Lakeshore Sentinel is reader-supported") for line in kept)
    assert any(line.startswith("The ferry to Oak Island") for line in kept)


_NOTICE = (
    "NOTICE TO ALL MEMBERS\n"
    "Following the flood at the Riverbend Packing Shed on the night of Friday 3 May, the"
    " Tamarind Valley Growers' Union informs all members:\n"
    "1. All fruit delivered before the flood will be paid for at the current rates.\n"
    "2. Until further notice, members should deliver to the Hillside shed.\n"
    "By order of the Board\n"
)


def test_a_notice_that_informs_its_members_keeps_its_lead() -> None:
    kept = _kept(_NOTICE, outlet="Tamarind Valley Growers' Union")
    assert any(line.startswith("Following the flood at the Riverbend") for line in kept)


_MIXED = (
    "SAN MIGUEL CITY – Simula Agosto 1, napulo (10) ka bag-o nga bus ang mabiyahe sa Coastal"
    " Road halin sa Pantalan pakadto sa Plaza, suno sa City Transport Office.\n"
    "The route will run from 6 a.m. to 9 p.m. with a fare of 12 pesos, and students get a 20"
    " percent discount on showing their IDs.\n"
    "Commuters are reminded to board only at the marked stops near the market and the pier.\n"
    "Ipaambit ini nga balita sa imo mga abyan kag kaupod.\n"
)


def test_a_dated_lede_in_the_local_language_stays_and_its_chrome_goes() -> None:
    kept = _kept(_MIXED)
    assert any(line.startswith("SAN MIGUEL CITY – Simula Agosto 1") for line in kept)
    assert any(line.startswith("The route will run") for line in kept)
    assert not any(line.startswith("Ipaambit ini nga balita") for line in kept)


def test_a_wires_dateline_alone_without_a_year_goes() -> None:
    assert is_bare_dateline("ԱՐՏԱՇԱՏ, մայիսի 7. /Արարատ-Լուր/.")
    assert is_bare_dateline("ТАЛАС, 12 марта — Талас Пресс.")
    assert is_bare_dateline("Alytus, gegužės 9 d. (DZNA)")
    assert is_bare_dateline("GAO (Mali), 4 avril (Agence Niger-Est) -")


def test_a_dated_sentence_and_an_events_date_are_no_bare_dateline() -> None:
    assert not is_bare_dateline("ТАЛАС, 12 марта — Городской совет утвердил новый бюджет.")
    assert not is_bare_dateline("Harbourton, 4 May — Concert in the park.")
    assert not is_bare_dateline("Opening hours, May 5 (closed)")


def test_a_desks_no_advice_note_goes_and_a_regulators_warning_stays() -> None:
    assert is_boilerplate(
        "Metals notes from this desk are commentary; readers should seek their own advice"
        " before trading."
    )
    assert is_boilerplate(
        "Grain notes are published for information and carry no trading recommendation."
    )
    assert not is_boilerplate(
        "Investors should seek their own advice before trading, the regulator said on Monday."
    )


def test_a_statements_issuer_with_two_cities_goes() -> None:
    text = (
        "MEDIA STATEMENT\n"
        "The Ridge Trail Guides Association confirms that all walkers booked with member"
        " companies have been accounted for after the landslide.\n"
        "Walks departing before 9 May are postponed. Customers will be offered new dates.\n"
        "Issued by the association chair, Port Alder and Kestrel Bay\n"
    )
    kept = _kept(text, outlet="Ridge Trail Guides Association")
    assert "Issued by the association chair, Port Alder and Kestrel Bay" not in kept
    assert not is_boilerplate(
        "Issued by the chair on Monday, the order closes the ridge road to walkers until June."
    )


def test_a_contact_with_a_labelled_number_in_pairs_and_a_release_number_go() -> None:
    assert is_boilerplate("Kontaktperson: pressesjef Ingrid Solvang, tlf. 71 44 00 00")
    assert is_boilerplate("NOTA DE PRENSA N.° 342-2059-GRL-OCI")
    assert not is_boilerplate(
        "Residents can call the flood line, tel. 71 44 00 00, for help with sandbags."
    )
    assert not is_boilerplate("La nota de prensa n.° 14 anunció el cierre del puente el lunes.")


def test_a_row_of_counts_set_apart_by_dots_goes() -> None:
    assert is_boilerplate("27 ∙ 5 comments ∙ Share this post")
    assert not is_boilerplate("Route 5 ∙ Harbour to Airport ∙ every 20 minutes from 6 a.m.")


_BLOG = (
    "ხუთშაბათი, 3 ივნისი, 2059\n"
    "ლენტეხის ხიდის შეკეთება ივლისის ბოლომდე დასრულდება, განაცხადა რეგიონულმა სამსახურმა.\n"
    "სამუშაოების დროს ხიდი დღისით ყოველ საათში 15 წუთით იკეტება.\n"
    "ადგილობრივმა მცხოვრებლებმა თქვეს, რომ ახალი ხიდი ზამთარშიც გამოადგებათ.\n"
    "3 კომენტარი:\n"
    "ნიკა ფარჯიანი 3 ივნისი, 2059, 18:20\n"
    "როდის დაიწყება სკოლის ავტობუსი?\n"
)


def test_dated_comment_rows_in_small_letters_go_under_their_count() -> None:
    kept = _kept(_BLOG)
    assert "3 კომენტარი:" not in kept
    assert "ნიკა ფარჯიანი 3 ივნისი, 2059, 18:20" not in kept
    assert "როდის დაიწყება სკოლის ავტობუსი?" not in kept
    assert any(line.startswith("ადგილობრივმა მცხოვრებლებმა") for line in kept)


def test_a_count_over_a_paragraph_in_small_letters_stays() -> None:
    text = (
        "ლენტეხის ხიდის შეკეთება ივლისის ბოლომდე დასრულდება, განაცხადა სამსახურმა.\n"
        "3 ცვლილება:\n"
        "ხიდი დღისით ყოველ საათში 15 წუთით იკეტება, ღამით კი სრულად.\n"
    )
    kept = _kept(text)
    assert any(line.startswith("ხიდი დღისით") for line in kept)


_FEATURE = (
    "FARMS AND THEIR FAMILIES\n"
    "Text and photos: Mira Tamm\n"
    "In the Kask farmhouse near Lake Peipsi, four generations talk about onions the way other"
    " families talk about the weather.\n"
    "The onions go to the Tartu market every Saturday from August to October.\n"
)


def test_a_series_name_in_capitals_above_the_text_goes_and_a_section_head_stays() -> None:
    kept = _kept(_FEATURE)
    assert "FARMS AND THEIR FAMILIES" not in kept
    assert any(line.startswith("The onions go to") for line in kept)
    text = (
        "In the Kask farmhouse near Lake Peipsi, four generations talk about onions.\n"
        "HARVEST AND MARKET\n"
        "The onions go to the Tartu market every Saturday from August to October.\n"
    )
    assert "HARVEST AND MARKET" in _kept(text)


def test_a_score_row_in_capitals_above_the_text_stays() -> None:
    text = (
        "HARBOUR TOWN 2 MILLFIELD ROVERS 1\n"
        "Harbour Town won the county cup on Saturday with a late header from their captain.\n"
    )
    assert "HARBOUR TOWN 2 MILLFIELD ROVERS 1" in _kept(text)


def test_a_feed_footer_and_a_last_change_stamp_abroad_go() -> None:
    assert is_boilerplate(
        "Публикацията Общината ремонтира моста край Чепеларе се появи първо на Родопски глас."
    )
    assert is_boilerplate("Última modificación: 3 de agosto de 2059 a las 09:40")
    assert not is_boilerplate(
        "Última modificación del horario: el consejo aprobó el cambio el 3 de agosto."
    )
    assert not is_boilerplate("Публикацията на доклада беше отложена до 3 август, каза кметът.")


def test_a_newsletters_first_head_in_capitals_stays_when_more_heads_follow() -> None:
    text = (
        "Good morning from the islands. Here is what you need to know on Friday.\n"
        "ORCHID ISLAND GOES ON RATIONS\n"
        "A pipeline that carries fresh water to Orchid Island split this week, and the island went"
        " on alternate-day rationing on Friday.\n"
        "ALSO TODAY\n"
        "The Lanyu ferry runs again from Saturday after a week of swells.\n"
    )
    kept = _kept(text)
    assert "ORCHID ISLAND GOES ON RATIONS" in kept
