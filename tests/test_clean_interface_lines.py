"""The page's interface lines (``clean.interface``): a skip link in the page's language, a share
button, a follow prompt on a messaging app, a form's "remember me", the terms of a sign-up, an
account's notice, the page asking how it did and a letter's close with a wish. A sentence of
news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.interface import is_interface_line

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main navigation",
        "Aller au contenu principal",
        "Zum Hauptinhalt springen",
        "Lompat ke konten utama",
        "Email this story to a friend",
        "Chia sẻ qua Facebook",
        "Coast headlines on Telegram: tap to join",
        "Live: follow our coverage on the Post's app",
        "Liked this story? Follow us on Instagram.",
        "Remember me on this computer",
        "By signing up you agree to our Terms of Use and Privacy Policy.",
        "Your account has been verified.",
        "Was this page useful?",
        "How did we do this week?",
        "Until next time, keep warm.",
        "Pinned post",
        "Key developments",
        "Live updates: Storm Kai",
        "98% of precincts reporting",
        "41 / 60 seats declared",
        "Results provided by Civic Tally",
        "Search for your district",
        "Information for the media",
        "Facebook X WhatsApp Email Print Copy link",
        "Email ThisBlogThis!Share to XShare to Facebook",
        "Envoyer par e-mailBlogger ce billetPartager sur XPartager sur Facebook",
        "Newsletter Nantes Matin : recevez l'essentiel chaque jour à 7 h",
        "Téléchargez notre appli : alertes météo et trafic",
        "Commentez cet article (4)",
        "Ai o întrebare? Scrie-ne pe WhatsApp: 0740 000 000",
        "Your ad blocker hides our sponsors. Please turn off your ad blocker for this site.",
        "Hit the bell for a ping when we go live.",
        "Harbour Post has wrapped up this live blog; later updates are on the front page.",
        "Read our election coverage, all in one place, at our election hub",
    ],
)
def test_an_interface_line_goes(line: str) -> None:
    assert is_interface_line(line)
    assert is_boilerplate(line)
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}").splitlines() if x]
    assert kept == [_LEAD, _BODY]


@pytest.mark.parametrize(
    "news",
    [
        "Jump to main content of the report: the council's budget gap doubled.",
        "Send this to a friend, the scammers wrote, and you will win a prize.",
        "Follow our updates, the police told drivers, as the road stays shut.",
        "Remember me as a teacher, the retiring head said.",
        "Signing up took the union three months, its leader said.",
        "Your account has been hacked, the bank's fake text message said.",
        "How did we get here? Ten years of delays explain it.",
        "Key developments in the case came on Friday, when the judge recused herself.",
        "Results provided by the lab showed lead levels twice the limit.",
        "98% of precincts reporting gave the mayor a clear lead.",
        "Share the link on Facebook, the police asked, to help find the boy.",
        "Ad blockers cost publishers millions, the study found.",
        "The station has ended its live coverage of council meetings to save money.",
        "Téléchargez l'appli, a dit le maire, elle est gratuite.",
    ],
)
def test_a_sentence_that_opens_alike_stays(news: str) -> None:
    assert not is_interface_line(news)
