"""Grouping reads content words in every language: another language's function words ("de",
"la", "que") are no evidence that two articles tell one story."""

from __future__ import annotations

import datetime as dt

from briefing.cluster import cluster
from briefing.language import function_words
from briefing.models import Article
from briefing.stories import FUNCTION, article_features, vectorise

WHEN = dt.datetime(2040, 3, 2, 9, 0, tzinfo=dt.UTC)


def _article(source: str, title: str, text: str, outlet: str) -> Article:
    return Article.create(title=title, text=text, source=source, outlet=outlet, published_at=WHEN)


# Four reports in Spanish of four different events on one day, each from its own paper.
FLIGHTS = _article(
    "es-1",
    "Suspenden los vuelos regionales de Aerolíneas del Sur por fallas en los motores",
    "La autoridad de aviación civil suspendió el lunes la flota de Aerolíneas del Sur después "
    "de que dos aviones presentaran fallas en los motores durante la misma semana. Según el "
    "comunicado, la medida se mantendrá hasta que la empresa entregue los registros de "
    "mantenimiento. Los pasajeros de Pasto y Tumaco quedaron sin conexión con la capital, y la "
    "aerolínea dijo que devolverá el dinero de los boletos en un plazo de diez días.",
    "El Heraldo de Nariño",
)
FLATS = _article(
    "es-2",
    "El Ayuntamiento congela las licencias de pisos turísticos en el casco histórico",
    "El pleno del Ayuntamiento aprobó el martes una moratoria de un año para nuevas licencias "
    "de viviendas de uso turístico en el casco histórico. La concejala de Urbanismo explicó que "
    "el número de pisos turísticos se ha triplicado desde 2035 y que los alquileres de larga "
    "duración han subido un 18 por ciento. Las asociaciones vecinales celebraron la decisión, "
    "mientras que los propietarios anunciaron que recurrirán la medida en los tribunales.",
    "Diario de la Judería",
)
PORT = _article(
    "es-3",
    "Paro de estibadores en el puerto contra las grúas automáticas",
    "Los estibadores del puerto iniciaron el miércoles un paro de 24 horas en protesta por la "
    "instalación de grúas automáticas en la terminal de contenedores. El sindicato afirma que la "
    "automatización eliminará 300 puestos de trabajo en los próximos dos años. La empresa "
    "concesionaria sostuvo que la inversión es necesaria para competir con los puertos vecinos y "
    "que ofrecerá cursos de formación a los trabajadores afectados.",
    "La Voz de la Bahía",
)
HAIL = _article(
    "es-4",
    "Granizo: comenzaron los pagos del seguro a los productores de uva",
    "El gobierno provincial comenzó a pagar el seguro agrícola a los productores de uva afectados "
    "por la granizada de enero, que dañó unas 9.000 hectáreas de viñedos en el oasis sur. El "
    "ministro de Producción dijo que los pagos llegarán a todos los beneficiarios antes de la "
    "vendimia. Los bodegueros advirtieron que la cosecha será la más baja de la década y que el "
    "precio del vino a granel subirá en los próximos meses.",
    "Los Andes del Sur",
)


def test_another_languages_function_words_are_known() -> None:
    spanish = function_words("es")
    assert {"de", "la", "que", "los"} <= spanish
    assert "granizo" not in spanish
    assert function_words("es-AR") == spanish  # a tag reads as its base language


def test_turkish_function_words_are_read_in_turkish_letters() -> None:
    # the package's Turkish list is Windows-1254 read as Latin-1 ("altý", "birþey")
    turkish = function_words("tr")
    assert {"altı", "birşey", "kırk", "bir", "çok"} <= turkish
    assert not any(c in word for word in turkish for c in "ýþð")


def test_english_and_unknown_languages_have_none_here() -> None:
    assert function_words("en") == frozenset()  # features.STOP_WORDS covers English
    assert function_words("zz") == frozenset()
    # no list in the package for Croatian: none (Wikipedia's commonest words, "godine",
    # "grad", held a Serbian page apart from its teaser)
    assert function_words("hr") == frozenset()


def test_article_features_set_the_given_words_apart() -> None:
    text = "La guerra de los precios sigue en la frontera de Gales."
    plain = article_features(text)
    skipped = article_features(text, function_words("es"))
    assert "de" in plain and "la" in plain  # not English stop words
    assert "de" not in skipped and "la" not in skipped
    assert skipped[FUNCTION + "de"] == plain["de"]  # kept apart, for the article's length
    content = {k for k in skipped if not k.startswith(FUNCTION)}
    assert content and content < set(plain)  # the content words stay


def test_function_words_match_nothing_but_weigh_in_the_length() -> None:
    spanish = _article("es-9", "Paro en el puerto", "El paro de los estibadores en el puerto.", "X")
    vectors = vectorise([spanish, PORT])
    assert not any(k.startswith(FUNCTION) for v in vectors.mixed for k in v)
    assert "de" not in vectors.mixed[0] and "el" not in vectors.mixed[0]
    assert 0.0 < sum(w * w for w in vectors.mixed[0].values()) < 1.0  # not renormalised


def test_german_function_words_are_not_read_into_english_text() -> None:
    # "war", "die" and "man" are German function words and English news words: an English
    # article keeps them.
    text = "The war in the valley goes on. Many die each week, said a man from the city."
    english = _article("en-1", "War in the valley: many die each week", text, "Valley Herald")
    vector = vectorise([english, PORT]).mixed[0]
    assert any(key.startswith("war") for key in vector)
    assert any(key.startswith("die") for key in vector)
    assert not any(key.startswith(FUNCTION) for key in article_features(text))


def test_four_spanish_reports_of_four_events_are_four_stories() -> None:
    result = cluster([FLIGHTS, FLATS, PORT, HAIL])
    assert len(result.stories) == 4


def test_two_spanish_reports_of_one_event_are_one_story() -> None:
    second = _article(
        "es-5",
        "Estibadores paran 24 horas contra las grúas automáticas de la terminal",
        "Un paro de 24 horas de los estibadores paralizó el miércoles la terminal de contenedores "
        "del puerto. El sindicato rechaza las grúas automáticas y calcula que se perderán 300 "
        "puestos de trabajo. La concesionaria defendió la automatización de la terminal y "
        "prometió formación para los estibadores.",
        "Noticias del Litoral",
    )
    result = cluster([FLIGHTS, FLATS, PORT, HAIL, second])
    assert len(result.stories) == 4
    together = [s for s in result.stories if len(s.article_ids) == 2]
    assert len(together) == 1
    assert set(together[0].article_ids) == {PORT.id, second.id}


def test_modern_greek_function_words_are_known() -> None:
    # the package's Greek list is of Ancient Greek, in polytonic letters ("τοῦ", "καί"): a
    # modern page's "και", "το", "του" met none of it
    greek = function_words("el")
    assert {"και", "το", "του", "την", "με", "σε", "από", "δεν", "στην", "οι"} <= greek
    assert not {"φωτιά", "πλοίο", "λιμάνι"} & greek


def test_hebrew_function_words_are_read_without_their_quotes() -> None:
    # the package's Hebrew list writes each word in quotes with a comma ('"אבל",')
    hebrew = function_words("he")
    assert {"אבל", "את", "גם", "הוא", "אשר"} <= hebrew
    assert not any(c in word for word in hebrew for c in '",')


# One day in Greece: a wire's two reports in English and two local pages in Greek, each of its
# own event (a fire on a hillside in Crete, a ferry's engine failure at Piraeus).
FIRE_WIRE = _article(
    "gr-1",
    "Wildfire near Chania forces evacuation of two villages",
    "ATHENS, July 14 - A wildfire broke out on Monday afternoon on a hillside above the village "
    "of Vatolakkos, west of Chania on the island of Crete, and firefighters evacuated two "
    "villages as strong winds pushed the flames toward olive groves, the fire service said. "
    "About 80 firefighters, 25 fire engines and four water-dropping helicopters were fighting "
    "the blaze. Residents of Vatolakkos and Skoutelonas were told to leave by a 112 alert. No "
    "injuries were reported, the regional governor said.",
    "Hellenic Wire",
)
FIRE_PAGE = _article(
    "gr-2",
    "Φωτιά πάνω από τον Βατόλακκο: εκκενώθηκαν δύο χωριά",
    "Σε εξέλιξη βρίσκεται από το μεσημέρι η πυρκαγιά που ξέσπασε σε χορτολιβαδική έκταση πάνω "
    "από τον Βατόλακκο. Με μήνυμα του 112 οι κάτοικοι του Βατόλακκου και του Σκουτελώνα "
    "κλήθηκαν να απομακρυνθούν προς τα Χανιά. Στο σημείο επιχειρούν 85 πυροσβέστες με 27 "
    "οχήματα και τέσσερα ελικόπτερα. Οι κάτοικοι λένε ότι ο αέρας δεν έπεσε όλη την ημέρα και "
    "ότι η φωτιά έφτασε στα πρώτα σπίτια του χωριού μέσα σε μία ώρα.",
    "Χανιώτικα Νέα Τώρα",
)
FERRY_WIRE = _article(
    "gr-3",
    "Ferry with 600 passengers stranded off Piraeus after engine failure",
    "ATHENS, July 14 - A ferry carrying about 600 passengers and 120 vehicles lost power in "
    "both engines shortly after leaving Piraeus for Syros on Monday and was towed back to port "
    "by two tugboats, the coast guard said. Nobody was hurt. The coast guard barred the ship "
    "from sailing until its engines are repaired, and the company said passengers would travel "
    "on a later sailing. The shipping ministry has ordered an inspection.",
    "Hellenic Wire",
)
FERRY_PAGE = _article(
    "gr-4",
    "Ακινητοποιήθηκε πλοίο με 640 επιβάτες έξω από τον Πειραιά",
    "Με τη βοήθεια δύο ρυμουλκών επέστρεψε στο λιμάνι του Πειραιά το πλοίο που είχε αναχωρήσει "
    "για τη Σύρο, μετά από βλάβη και στις δύο μηχανές του. Στο πλοίο επέβαιναν 640 επιβάτες "
    "και 115 οχήματα. Το Λιμενικό απαγόρευσε τον απόπλου του μέχρι την επισκευή της βλάβης. "
    "Οι επιβάτες λένε ότι δεν τους ενημέρωσε κανείς για μία ώρα και ότι η εταιρεία θα τους "
    "μεταφέρει με το επόμενο δρομολόγιο.",
    "Πειραϊκή Ενημέρωση",
)


def test_two_greek_pages_of_two_events_are_not_one_story() -> None:
    # fresh47's d1130: two Greek pages of two events were one story on "το", "και", "με", "από"
    result = cluster([FIRE_WIRE, FIRE_PAGE, FERRY_WIRE, FERRY_PAGE])
    assert not any(
        FIRE_PAGE.id in s.article_ids and FERRY_PAGE.id in s.article_ids for s in result.stories
    )
