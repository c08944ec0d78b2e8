"""Junk kinds in any language or script (junk45, second batch): each removed line has a news
line of a like shape beside it that stays.

- a wire's end slug in any script, its time in the script's digits ("ΝΕΑ/κπ/λμ-14:20");
  a sentence naming a route with slashes stays;
- a forum user's handle and the post's age in the page's word for its unit ("Postat av
  u/fika_fan · 3 tim", "u/kanelbulle99 · 2 tim") with the comment under it; a sentence naming
  the handle stays;
- a blog's comment count on the post it answers, the title in quotes ("2 commentaires sur
  « ... »"), heads the thread: the commenter's line and comment go; a sentence of news about
  comments on a plan stays;
- a share button per network, twins but for the network's name, in the page's language; a
  last news line naming one network stays.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text


def _kept(text: str) -> list[str]:
    return clean_text(text).split("\n")


_WIRE = (
    "ΗΡΑΚΛΕΙΟ, 3 Μαρτίου (ΝΕΑ) - Το λιμάνι του Ηρακλείου θα δέχεται από τον Απρίλιο δύο νέα"
    " πλοία την εβδομάδα, ανακοίνωσε ο οργανισμός λιμένος.\n"
    "Τα πλοία θα εκτελούν το δρομολόγιο Πειραιάς/Ηράκλειο/Ρόδος κάθε Τρίτη και Παρασκευή από τις"
    " 14:20.\n"
    "Η πρώτη αναχώρηση έχει προγραμματιστεί για τις 4 Απριλίου.\n"
    "ΝΕΑ/κπ/λμ-14:20\n"
    "(Το κείμενο δημοσιεύεται αυτόματα από τη ροή του πρακτορείου.)\n"
)


def test_slug_in_any_script_goes() -> None:
    kept = _kept(_WIRE)
    assert "ΝΕΑ/κπ/λμ-14:20" not in kept
    assert any("Πειραιάς/Ηράκλειο/Ρόδος" in line for line in kept)


_FORUM = (
    "r/Vasteras\n"
    "Postat av u/fika_fan · 3 tim\n"
    "Kommunen säger att den nya cykelgaraget vid stationen öppnar på måndag med 1 800 platser,"
    " gratis första dygnet. Jag gick förbi i morse och grindarna var redan öppna.\n"
    "Moderatorn u/fika_fan har låst den gamla tråden om garaget.\n"
    "Edit: öppet sedan 12.00, ingång från Kopparbergsvägen.\n"
    "38 poäng · 11 kommentarer\n"
    "Dela · Spara · Dölj · Rapportera\n"
    "u/kanelbulle99 · 2 tim\n"
    "Min cykel stod där redan i går kväll, ingången på baksidan.\n"
)


def test_forum_rows_in_the_page_language_go() -> None:
    kept = _kept(_FORUM)
    assert "Postat av u/fika_fan · 3 tim" not in kept
    assert "u/kanelbulle99 · 2 tim" not in kept
    assert "Min cykel stod där redan i går kväll, ingången på baksidan." not in kept
    assert "Moderatorn u/fika_fan har låst den gamla tråden om garaget." in kept


_BLOG = (
    "jeudi 8 avril 2057\n"
    "La commune de Landerneau ouvrira le 1er mai un marché couvert de vingt étals sur le quai de"
    " Cornouaille, fermé depuis 1998.\n"
    "{news}\n"
    "Publié par Pennti Landerne à 18:42\n"
    "2 commentaires sur « Le marché couvert rouvre sur le quai »\n"
    "Pierrick a dit…\n"
    "Enfin ! On y sera le premier samedi avec les enfants.\n"
    "8 avril 2057 à 21:05\n"
    "‹ Article plus récent · Accueil · Article plus ancien ›\n"
)
_BLOG_NEWS = (
    "40 commentaires sur « le plan du marché » ont été déposés en mairie pendant l'enquête"
    " publique, selon l'adjoint au commerce."
)


def test_comment_count_on_title_heads_the_thread() -> None:
    kept = _kept(_BLOG.format(news=_BLOG_NEWS))
    assert "Pierrick a dit…" not in kept
    assert "Enfin ! On y sera le premier samedi avec les enfants." not in kept
    assert _BLOG_NEWS in kept


_SHARE = (
    "Halmashauri ya Jiji la Tanga imezindua programu mpya ya simu inayowaonyesha abiria mahali"
    " basi lilipo kwa wakati halisi.\n"
    "Programu hiyo ni bure na inapatikana kwa Kiswahili na Kiingereza.\n"
    "{last}\n"
    "Deil hetta:\n"
    "Trýst fyri at deila á WhatsApp (Letur upp í nýggjum glugga)\n"
    "Trýst fyri at deila á Facebook (Letur upp í nýggjum glugga)\n"
)
_SHARE_LAST = "Abiria wanaweza pia kuuliza ratiba kupitia WhatsApp."


def test_share_buttons_per_network_go() -> None:
    kept = _kept(_SHARE.format(last=_SHARE_LAST))
    assert "Trýst fyri at deila á WhatsApp (Letur upp í nýggjum glugga)" not in kept
    assert "Trýst fyri at deila á Facebook (Letur upp í nýggjum glugga)" not in kept
    assert "Deil hetta:" not in kept
    assert _SHARE_LAST in kept
