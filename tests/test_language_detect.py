"""An article's or a briefing's language: plain English prose is told without py3langid's model
(about 0.6 s of CPU to load, once per process); everything else goes to the model."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import py3langid
import pytest

from briefing.language import _clearly_english, article_language

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = (
    "The city council voted on Tuesday to close the old harbour bridge to lorries from March, "
    "after engineers said that its steel frame had corroded faster than expected. Drivers "
    "will be sent through the ring road, which the council said would add about ten minutes "
    "to the trip."
)
WITH_NAMES = (
    "Rescuers in Łódź and Kraków said on Sunday that they had found the last of the missing "
    "hikers, who were trapped by snow near the border with Slovakia for two nights before a "
    "helicopter could reach them."
)
OTHERS = {
    "de": "Die Stadt hat am Dienstag beschlossen, die alte Hafenbrücke ab März für Lastwagen zu "
    "sperren, nachdem Ingenieure festgestellt hatten, dass der Stahlrahmen schneller "
    "korrodiert ist als erwartet. Der Verkehr wird über die Ringstraße umgeleitet.",
    "fr": "Le conseil municipal a voté mardi la fermeture du vieux pont du port aux camions à "
    "partir de mars, après que des ingénieurs ont constaté que sa structure en acier "
    "s'était corrodée plus vite que prévu. Les camions passeront par le périphérique.",
    "es": "El ayuntamiento votó el martes cerrar el viejo puente del puerto a los camiones a "
    "partir de marzo, después de que los ingenieros dijeran que su estructura de acero se "
    "había corroído más rápido de lo previsto. El tráfico irá por la circunvalación.",
    "nl": "De gemeenteraad heeft dinsdag besloten de oude havenbrug vanaf maart te sluiten voor "
    "vrachtwagens, nadat ingenieurs hadden vastgesteld dat het stalen frame sneller was "
    "gecorrodeerd dan verwacht. Het verkeer wordt via de ringweg omgeleid.",
    # German reporting with an English quote in it is still German.
    "de-quote": "Der Konzernchef sagte, the company would not comment on the plan. Die Aktie "
    "fiel danach um vier Prozent, weil die Anleger eine schwächere Prognose für das zweite "
    "Halbjahr und weitere Kosten für den Umbau der Werke fürchteten.",
}


@pytest.mark.parametrize("text", [ENGLISH, WITH_NAMES])
def test_plain_english_prose_needs_no_model_and_agrees_with_it(text: str) -> None:
    assert _clearly_english(text)
    assert article_language("", text) == py3langid.classify(text)[0] == "en"


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_other_languages_go_to_the_model(language: str) -> None:
    text = OTHERS[language]
    assert not _clearly_english(text)
    assert article_language("", text) == language.split("-")[0]


def test_a_short_text_goes_to_the_model() -> None:
    assert not _clearly_english("The bridge is closed to lorries from March.")


def test_telling_english_prose_loads_no_model_in_a_new_process() -> None:
    script = (
        "import sys\nfrom briefing.language import article_language\n"
        f"assert article_language('', {ENGLISH!r}) == 'en'\n"
        "print('py3langid' in sys.modules, 'numpy' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["False", "False"]
