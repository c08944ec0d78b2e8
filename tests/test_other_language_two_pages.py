"""Two local pages of one event in two languages join its story together.

fresh44's d1038: a lorry fire shut a link between two countries, told by English wires, by a
local page on one side in its language and by a paper on the other side in its own. Each page
says the story's names with the wires (the link, the towns, the police spokesman), and the
two pages also say the local names the wires do not (the detour's bridge and village, the
border town's mayor): each page fits the story and the other page, two groups, so each stayed
on its own (``briefing.other_language``: a piece that fits two groups stays). A piece that
fits one story and pages that fit that story and it only joins the story with them.

The lookalike: two events of one border town, each with an English wire and a local page,
the two pages naming the town's places and mayor; each page fits its own story and the other
page, no story fits both, and nothing moves across.

The articles are fictional, written for these tests (the events, people and figures invented).
"""

from __future__ import annotations

from test_other_language_scripts import _day

from briefing.other_language import attach_other_language

_FILLER = (
    "Copper exports rise as mine output recovers",
    """Copper exports rose 8 percent in October from a year earlier as output at the country's
    largest mine recovered from a strike, the central bank said on Friday.""",
)

_WIRE = (
    "Lorry fire shuts Tornio-Haparanda border bridge until at least Friday",
    """TORNIO, Finland (Nordlys News Service) - A lorry carrying paper rolls from the Stora Botnia
    mill caught fire on the Rajajoki bridge between Tornio and Haparanda early on Tuesday, and
    police closed the border crossing to all traffic until at least Friday while engineers check the
    deck. Nobody was hurt; the driver escaped before the cab was engulfed. "The heat was intense
    enough that we cannot say yet whether the steel is sound," Lapland police spokesman Mikko
    Rantala said. About 1,400 lorries and 9,000 cars use the bridge on a normal weekday, and
    hauliers were told to expect long detours through Kemi.""",
)
_TEASER = (
    "Border bridge shut after lorry fire",
    """The Rajajoki bridge between Tornio and Haparanda is closed until at least Friday after a
    lorry fire, Lapland police said; hauliers face detours through Kemi.""",
)
_PAGE_FI = (
    "Rajajoen silta suljettu perjantaihin asti rekkapalon jälkeen",
    """Tornion ja Haaparannan välinen Rajajoki-silta on suljettu kaikelta liikenteeltä ainakin
    perjantaihin asti, kun Stora Botnian tehtaalta paperirullia kuljettanut rekka syttyi
    tiistaiaamuna palamaan keskellä siltaa. Rekka oli matkalla Kemistä Haparandaan. Kuljettaja ehti
    ulos ennen kuin ohjaamo syttyi. Poliisin tiedottaja Mikko Rantala kertoi, että teräsrakenteiden
    kunto selviää vasta tarkastuksessa. Liikenne ohjataan Aavasaksan kautta Pellon ja Matarengin
    siltaa pitkin, mikä pidentää matkaa noin 150 kilometriä. Haaparannan kunnanjohtaja Lena Nyström
    toivoi, että silta avataan ennen viikonloppua. Tornion kauppiaat pelkäävät menettävänsä
    ruotsalaiset asiakkaansa.""",
)
_PAGE_SV = (
    "Pendlarkaos när bron till Torneå är stängd",
    """Rajajoki-bron mellan Haparanda och Torneå är stängd efter att en lastbil med pappersrullar
    från Stora Botnia brann på bron natten till tisdag. Lastbilen var på väg från Kemi. Polisens
    talesperson Mikko Rantala säger att stålet måste undersökas innan trafiken släpps på. Pendlarna
    får köra omvägen via Aavasaksa, Pello och Matarengi, och bussbolaget har ställt in
    morgonturerna. Kommunalrådet Lena Nyström säger att hon har kontaktat Trafikverket om en
    tillfällig färjeled. "Det är hundratals människor som jobbar på andra sidan," säger hon.""",
)


def test_two_pages_of_one_event_that_fit_its_story_and_each_other_join_it() -> None:
    arts = _day(_WIRE, _TEASER, _PAGE_FI, _PAGE_SV, _FILLER)
    groups = attach_other_language([[0, 1], [2], [3], [4]], arts)
    assert sorted(map(sorted, groups)) == [[0, 1, 2, 3], [4]]


# The lookalike: two events of the border town, each a wire and a page; the pages name the
# town's places and its mayor, as the two pages of one event do.
_MARKET_WIRE = (
    "Fire guts Haparanda market hall; stalls lost days before Christmas fair",
    """HAPARANDA, Sweden (Nordlys News Service) - A fire destroyed the old market hall in Haparanda
    overnight on Tuesday, taking with it the stalls of 42 traders who had stocked up for the
    Christmas fair, the rescue service said. Nobody was hurt. Fire chief Sven Alatalo said the blaze
    started in the oven of Bageri Lindholm, baking for Lucia Day, and spread through the wooden
    roof. Losses were put at 3,500,000 kronor. The fair, which draws about 20,000 visitors from both
    sides of the border, will move to the Stadshotellet square.""",
)
_MARKET_SV = (
    "Saluhallen i Haparanda totalförstörd i natt",
    """Den gamla saluhallen i Haparanda brann ner till grunden i natt. Räddningschefen Sven Alatalo
    säger att branden startade i Bageri Lindholms ugn, som bakade inför Luciadagen. 42 handlare
    förlorade sina varor inför julmarknaden. Kommunalrådet Lena Nyström lovar hjälp och säger att
    marknaden flyttas till torget vid Stadshotellet. Många besökare brukar komma från Torneå,
    Aavasaksa och Pello.""",
)
_CLINIC_WIRE = (
    "Tornio opens cross-border children's clinic with Haparanda",
    """TORNIO, Finland (Baltic Wire) - A children's clinic serving families on both sides of the
    border opened in Tornio on Tuesday, the first health service run jointly by Finnish and Swedish
    municipalities, the Lapland welfare region said. Doctor Aino Peltonen will lead a team of 14
    staff, with funding from the Interreg Nord programme. The clinic expects about 6,000 visits a
    year and cost 2,800,000 euros, shared between the two towns.""",
)
_CLINIC_FI = (
    "Tornioon avattiin yhteinen lastenklinikka Haaparannan kanssa",
    """Tornioon avattiin tiistaina lastenklinikka, jota Tornio ja Haaparanta pyörittävät yhdessä.
    Klinikkaa johtaa lääkäri Aino Peltonen, ja rahoitusta tulee Interreg Nord -ohjelmasta.
    Haaparannan kunnanjohtaja Lena Nyström kiitti yhteistyötä. Perheitä tulee myös Aavasaksalta ja
    Pellosta, ja klinikalle odotetaan noin 6 000 käyntiä vuodessa.""",
)


def test_pages_of_two_events_of_one_town_each_with_its_story_stay_apart() -> None:
    arts = _day(_MARKET_WIRE, _CLINIC_WIRE, _MARKET_SV, _CLINIC_FI, _FILLER)
    groups = attach_other_language([[0], [1], [2], [3], [4]], arts)
    for group in groups:
        assert not ({0, 3} <= set(group) or {1, 2} <= set(group)), groups
        assert not {2, 3} <= set(group), groups
