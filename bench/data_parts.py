"""The parts of the offline days (bench/data/offline/days.jsonl) and which are kept aside: one
list for every script that reports per part (``eval_offline``, ``eval_cluster``,
``conflict_count``) and for the tests.

tune: used while tuning; aside: kept aside (looked at 3 times by 2026-12-01); fresh: written on
2026-12-01 and kept aside from all tuning; fresh2: d53-d66, written on 2026-12-01 by a writer who
never saw ours' output on them; fresh3: d67-d84, written on 2026-12-02 the same way, before
anything was run on them; fresh4: d85-d104, written on 2026-12-02 after fresh3's look by a writer
who never ran ours or the grouping on them; fresh5: d105-d124, after fresh4's look by another
such writer; fresh6: d125-d148, after fresh5's look; fresh7: d149-d172, after fresh6's look;
fresh8: d173-d196, after fresh7's look; fresh9: d197-d220, the same way before fresh8's look;
fresh10: d221-d244, the same way before fresh9's look; fresh11: d245-d268, written on 2026-12-02
the same way before fresh10's look; fresh12: d269-d292, written on 2026-12-02 the same way while
fresh11 was still kept aside, by a writer who never read fresh11's texts; fresh13: d293-d316,
written on 2026-12-02 the same way while fresh12 was still kept aside, by a writer who never read
fresh11's or fresh12's texts; fresh14: d317-d340, written on 2026-12-02 the same way while fresh13
was still kept aside, by a writer who never read fresh11's, fresh12's or fresh13's texts; fresh15:
d341-d364, written on 2026-12-02 the same way while fresh14 was still kept aside, by a writer who
never read fresh14's texts; fresh16: d365-d388, written on 2026-12-03 the same way while fresh15
was still kept aside, by a writer who never read fresh15's texts; fresh17: d389-d412, written on
2026-12-03 the same way while fresh16 was still kept aside, by a writer who never read fresh16's
texts; fresh18: d413-d436, written on 2026-12-03 the same way while fresh17 was still kept aside,
by a writer who never read fresh16's or fresh17's texts; fresh19: d437-d460, written on 2026-12-03
the same way, begun while fresh18 was still kept aside, by a writer who never read fresh16's,
fresh17's or fresh18's texts; fresh20: d461-d484, written on 2026-12-03 the same way while
fresh19 was still kept aside, by a writer who never read fresh17's, fresh18's or fresh19's texts;
fresh21: d485-d508, written on 2026-12-03 the same way while fresh20 was still kept aside, by a
writer who never read fresh18's, fresh19's or fresh20's texts; fresh22: d509-d532, written on
2026-12-03 the same way while fresh21 was still kept aside, by a writer who never read fresh19's,
fresh20's or fresh21's texts; fresh23: d533-d556, written on 2026-12-03 the same way while
fresh22 was still kept aside, by a writer who never read fresh20's, fresh21's or fresh22's texts;
fresh24: d557-d580, written on 2026-12-03 the same way, begun while fresh23 was still kept aside,
by a writer who never read fresh21's, fresh22's or fresh23's texts; fresh25: d581-d604, written
on 2026-12-03 the same way after fresh24's blind look, by a writer (``days25``) who never read
fresh22's, fresh23's or fresh24's texts, with a broader mix of topics (politics, courts, business,
health, science, sport, diplomacy beside local incidents); fresh26: d605-d628, written on
2026-12-04 the same way after fresh25's blind look, by a writer (``days26``) who never read
fresh23's, fresh24's or fresh25's texts, on energy, labour, transport, farming, schools,
environment, science, sport, culture and regional politics, mostly outside Europe; fresh27:
d629-d652, written on 2026-12-04 the same way after fresh26's blind look, by a writer
(``days27``) who never read fresh24's, fresh25's or fresh26's texts, on health systems, courts and
policing, housing, telecoms, public finance, weather, aviation, tourism, elections and water in
the Middle East, Central Asia, Eastern Europe, the Nordic countries, the Caribbean, East Asia and
West Africa; fresh28: d653-d676, written on 2026-12-04 the same way after fresh27's blind look, by
a writer (``days28``) who never read fresh25's, fresh26's or fresh27's texts, on shipping and
ports, mining, pensions, universities, space, food prices, public transport, cybercrime,
religion, migration and arts funding in Central America, the Andes, the Balkans, the Horn of
Africa, the Pacific, the Baltics, Southeast Asia, Canada and Australia; fresh29: d677-d700, written
on 2026-12-04 the same way after fresh28's blind look, by a writer (``days29``) who never read
fresh26's, fresh27's or fresh28's texts, on fisheries, wildfires, power grids, chemical leaks,
nurses' pay, prisons, recalls, esports, heritage, bridges, remittances and water utilities in the
Maghreb, the Sahel, Southern Africa, the Caucasus, Iberia, the Low Countries, South Asia, the
Philippines, Mexico's states, the US Midwest, Turkey and New Zealand; fresh30: d701-d724, written
on 2026-12-04 the same way while fresh29 had its blind look, by a writer (``days30``) who never
read fresh27's, fresh28's or fresh29's texts, on air quality, rents, rail timetables and strikes,
pensions, aviation safety, tourist taxes, university fees, museum restitution, vaccination,
launches, cybercrime, road tolls, mayoral races, royalties and public broadcasters in the
Balkans, Ireland, the Nordics, Brazil's states, the Andes, Indonesia's provinces, Quebec, the Horn
of Africa, Turkey, Japan and Korea, Central Europe, the Caucasus, Canada's prairies and the Gulf;
fresh31: d725-d748, written on 2026-12-04 the same way while fresh30 had its blind look, by a
writer (``days31``) who never read fresh28's, fresh29's or fresh30's texts, on fuel prices,
ferries, minimum wages, volcanic ash, vanilla exports, organ donation, currency, a census, a dzud,
glacier hazards, motorbike bans, teachers' pay, pilots' strikes, elections, sugar, coastal
retreat, an earthquake swarm, cocoa, working hours and packaging bans in East Africa, Sicily,
Scotland's islands, Romania and Moldova, Madagascar and the Mascarenes, Germany and Austria,
Cuba, Mongolia, Switzerland, Vietnam, Mozambique, Taiwan, Malawi, France, Ghana, Gozo, Nigeria,
Canada and Cameroon; fresh32: d749-d772, written on 2026-12-04 the same way after fresh31's
blind look, by a writer (``days32``) who never read fresh29's, fresh30's or fresh31's texts, on
data-protection fines, heat waves, election recounts, central-bank rates, poaching, transit
fares, stadium safety, language laws, hospital waiting lists, ride-hailing rules, water tariffs,
teacher shortages, strikes, court rulings, kava, coral, steel and a refinery in the Baltics,
Bangladesh, Samoa, Hungary, Guatemala, Senegal, Malaysia, Wales, the Dominican Republic, Cape
Verde, Australia, Kazakhstan, Chile, Honduras, Vanuatu, Fiji, Ontario, Bermuda, Egypt, Lebanon,
Paraguay, Benin and Trinidad; fresh33: d773-d796, written on 2026-12-04 the same way after
fresh32's blind look, by a writer (``days33``) who never read fresh30's, fresh31's or fresh32's
texts, on sardine quotas, hydropower, e-scooter bans, bridge inspections, bird flu, dengue, power
cuts, a tax amnesty, school phone bans, wildfire smoke, locusts, transit strikes, landslides,
cork, a typhoon, viaducts, salt in rice fields, a blackout, mining consent, quake claims, floods,
high-speed rail, night flights and uranium in Morocco, Nepal, the Netherlands, Portugal, the
Philippines, Burkina Faso, Zambia, Tunisia, Catalonia, Yakutia, Bhutan, Niger, South Africa,
Sikkim, Jamaica, Cambodia, Mauritania, the Azores, Brunei, Spain, Venezuela, Lesotho, Kerala,
Eswatini, Namibia, Belgium, Luxembourg and the Gambia; fresh34: d797-d820, written on 2026-12-05
the same way after fresh33's blind look, by a writer (``days34``) who never read fresh31's,
fresh32's or fresh33's texts, on pension ages, port automation, rent caps, lithium permits,
measles, wolf culls, coffee rust, drought insurance, a satellite launch, museum restitution, a
bank failure, public-broadcaster funding, paper and meatpacking strikes, a tram, apricot frost,
a wind-farm ruling, an earthquake, a metro, a harbour, hospital trolleys, a court nominee, heat
rules for workers, elections, a sugary-drinks levy, a reactor injunction, frankincense, a
causeway, seabed mining, salmon lice and an undersea tunnel in Greece, Korea, Ireland, Bolivia,
Quebec, Poland, Colombia, Turkey, Indonesia, Denmark and Greenland, Kyrgyzstan, New Zealand,
Finland, Uruguay, Georgia, Armenia, the Balkans, Sweden, Iceland, Peru, Córdoba (Argentina and
Spain), Ecuador, Croatia, Japan, Oman, Bahrain, the Cook Islands, Norway and the Faroes; fresh35:
d821-d844, written on 2026-12-05 the same way after fresh34's blind look, by a writer (``days35``)
who never read fresh32's, fresh33's or fresh34's texts, on a ferry sinking, a glacier lake, a seed
bank, racehorse doping, a solar auction, a hospital cyber attack, a wreck's salvage, expressway
tolls, night trains, grounded island flights, a teachers' strike, cotton quotas, floods, water
rationing, a date-palm gene bank, a rail washout, a museum gallery, motorway tolls, motorcycle
taxis, a fuel spill, a flamenco club, toll and renewables rulings, a factory blast, a school
robotics team, dock and nurses' strikes, a football coach, elections, a fishing ban and cane
prices in Tanzania, Tajikistan, Saskatchewan, the UAE, Panama, Brno, Patagonia, Vietnam,
Slovakia, Kiribati, Liberia, Uzbekistan, Kenya, Slovenia, Qatar, Indochina, Churchill (Manitoba),
Uganda, Algeciras, Brazil, Sardinia, Hyderabad (India) and Hyderabad (Pakistan), Mombasa, Nova
Scotia, Mongolia, Timor-Leste, Burundi, Rwanda, El Salvador and Belize; fresh36: d845-d868,
written on 2026-12-05 the same way after fresh35's blind look, by a writer (``days36``) who never
read fresh33's, fresh34's or fresh35's texts, on a refinery fire, a mobile licence, milk prices, a
cut undersea cable, a volcano, a wooden church's fire, cocoa prices, park car reservations,
cholera, durian exports, elephants on railways, vanilla prices, bus and truckers' strikes, a
wrestling stable, a new railway, an icebreaker, a mud spa, a port's dredging, a festival, a
resort, a grain backlog, a diamond mine, a runway, kava, a wildfire, a funicular, marina and
holiday-let rulings, a silo fire, an airport, elections, a crane collapse, a drum school, wages,
a red tide, a gondola, lake methane and a cannery in Kazakhstan, Ethiopia, Lithuania, Tonga,
Guatemala, Romania, Ghana, Alberta, Mozambique, Malaysia, Sri Lanka, Madagascar, Senegal,
Paraguay, Estonia, Latvia, Togo, Benin, Sierra Leone, the Prairies, the Northwest Territories,
Fiji, Valparaíso, Costa Rica, Vienna, Tripoli (Lebanon) and Tripoli (Libya), Malawi, Samoa,
Honduras, Nicaragua, Galicia, Andorra, Bukavu and the Seychelles; fresh37: d869-d892, written on
2026-12-05 the same way after fresh36's blind look, by a writer (``days37``) who never read
fresh34's, fresh35's or fresh36's texts, on a hailstorm in rose fields, foot-and-mouth disease, a
falling sea at a ferry port, malaria in gold fields, bear attacks, a leaning tower block, tobacco
auctions, turtle nesting, a flash flood at an ancient site, a carp virus, an olive-tree disease,
sargassum seaweed, taxi and grid strikes, a guitar workshop, a cruise cap, a theatre, miners' pay, a
sea pool, a polar ship, a faience works, a water pipeline, festival hammers, a cante choir, an early
flood, an abattoir, a museum, a gas explosion, a watchmaker, a market fire, a coach ban, reclamation
and quarry rulings, elections, a balcony collapse, cloves, a taarab club, cashew prices, iron ore, a
nickel smelter, pearls, island games and honey in Bulgaria, Cyprus, Azerbaijan, Suriname, Japan,
Albania, Zimbabwe, Odisha, Jordan, South Bohemia, Apulia, Barbados, Angola, Puerto Rico, Montenegro,
Kosovo, Brittany, Portugal, Botswana, Łódź, Georgetown (Guyana) and George Town (Penang), the
Philippines, Gotland, São Tomé and Príncipe, the Isle of Man, Zanzibar, Guinea-Bissau, Guinea, New
Caledonia, French Polynesia, Palau and Niue; fresh38: d893-d916, written on 2026-12-05 the same
way while fresh37 had its blind look, by a writer (``days38``) who never read fresh35's,
fresh36's or fresh37's texts, on a paprika blight, a motorway rockslide, a sinkhole, a mine-waste
spill, a jellyfish swarm, a harbour boat fire, a saltwater wedge, insect stains on marble,
thawing permafrost, a heritage roof fire, a ship grounding, a dry river's cracked bridge,
tram and truckers' strikes, a dam's sediment flush, rice prices, a bridge, a harbour, a trail, a
cheese shortage, flood gates, an oarlock carver, a crocodile, a ship lift, a grain-terminal
blast, a bandoneon repairer, desalination cuts, a wharf, dune and mine-permit rulings, elections,
a ticket system crash, the Nazca lines, a han fire, a tackle maker, hazelnuts, a derailment,
gorillas, a ferry and a port in Hungary, Tyrol, Bangkok, eastern Serbia, Jeju, Malta, Louisiana,
Agra, the Yukon, Chernivtsi, the Solomon Islands, Isfahan, Melbourne, Lagos, Laos, Cambodia,
Hanoi, Corsica, Venice, Darwin, Rosario, Santa Cruz de Tenerife and Santa Cruz (California), Goa,
Lapland, Liechtenstein, Tuvalu, Peru, Istanbul, Gabon, Congo, Equatorial Guinea and Cameroon;
fresh39: d917-d940, written on 2026-12-05 the same way while fresh38 had its blind look, by a
writer (``days39``) who never read fresh36's, fresh37's or fresh38's texts, on a frost in mastic
groves, a sewer burst into an ancient lake, a pu'er tea warehouse fire, a crane barge striking a
high bridge, a pilot whale stranding, a jasmine price spike, an irrigation channel's collapse, a
minibus through lake ice, a bamboo scaffold collapse, a castle's cliff fall, a crab fleet's
tie-up and a cracked waterfall lip, street cleaners' and river boat crews' strikes, a fan painter,
helicopter-landing and motorboat rulings, elections, a cracked lock gate, a saltie, grain, a
museum's cladding, a pintxo price cap, an oak, condemned homes, a kennel, a terminal, a boat
fire, a road, a box office, a building fire, a loom, a flooded concert hall, a shark barrier,
parrots, a burned hut, a wartime bomb, job cuts, a collapsed facade, a lift and a capoeira school
in Chios, Ohrid, Yunnan, Curaçao, Tasmania, Madurai, Madeira, Baikal, Hong Kong, Cornwall,
Newfoundland, Bosnia, Seville, Manaus, Nepal, Lake Como, Åland, San Marino, the Great Lakes, the
Basque Country, Svalbard, the Highlands, Lyon, Perth (Scotland) and Perth (Western Australia),
New Zealand, Bavaria and Salvador; fresh40: d941-d964, written on 2026-12-05 the same way while
fresh39 had its blind look, by a writer (``days40``) who never read fresh37's, fresh38's or
fresh39's texts, on a burst geothermal main, a drowned chapel bared by drought, a wrecked
breakwater, divers adrift, a mineral-water recall, escaped farm trout, a brandy cellar theft, a
lobster pound's die-off, a debris flow, a brine leak in a salt mine, smuggled tortoises and mudflat
walkers caught by the tide, then subway and baggage handlers' strikes, a tango shoemaker, a tram
delay, a leaking market roof, a koala, baboon and balloon rulings, elections, a barge collision, a
swimming season, a hydrogen berth, a footbridge vote, a town's last evictions, a choir, a rocket, a
stockfish fire, runway closures, a cruise ship's norovirus, an ice-cream maker, a breached sea wall,
a studio roof, a storm-hit landing, a flood bridge, a recycling fire, fruit pickers, two collapses
and a crib maker in Akureyri, north Wales, Ulleungdo, Koh Tao, Borjomi, the Soča valley, Yerevan,
Deer Isle, Zermatt, Wieliczka, the Galápagos, the Wadden Sea, Buenos Aires, Brussels, Adelaide,
Monaco, Baja California Sur, Cape Town, Cappadocia, the Rhine, Kiruna, Tromsø, Dubrovnik, Alexandria
(Egypt) and Alexandria (Virginia), Kerry, Wexford, Catalonia and Naples; fresh41: d965-d988,
written on 2026-12-05 the same way while fresh40 had its blind look, by a writer (``days41``) who
never read fresh38's, fresh39's or fresh40's texts, on a dust storm, a false tsunami alert, a
waterbird die-off, a vandalised chapel, a customs computer crash, a bird's-nest import halt, seal
pups in nets, a fuel barge turned back by ice, a hop harvest slump, containers lost overboard,
river erosion and off-roaders in a desert bloom, library and air-traffic strikes, a typewriter
repairer, bullfight and jet-ski rulings, a torta stand, elections, a harbour squall, a ferry's
winter break, a library's reopening, a water-main break, pools, snow, a lighthouse's automation,
penguins, a vape ban, a rescue, an emergency landing and the same airline's fares, a saimin
counter, a drifting coal ship, a bridge's repairs, a drone and a minaret's stairs, marble lorries,
boulevard trees, two fires and a watchmaker in Eilat, Kochi, Sambhar, Orkney, Moldova, Sabah,
Saimaa, Nome, Žatec, Mauritius, Shariatpur, the Atacama, Toronto, Aix-en-Provence, Mexico City,
Nazaré, Bermuda, Aruba, Lake Balaton, Winnipeg, Cape Horn, Gibraltar, Maui, Newcastle (New South
Wales) and Newcastle upon Tyne, Hampi, Delhi, Carrara, Pistoia and Lviv; fresh42: d989-d1012
(the first four-digit day names), written on 2026-12-05 the same way after fresh41's blind look,
by a writer (``days42``) who never read fresh39's, fresh40's or fresh41's texts, on water hyacinth
sealing a fishing harbour, a firefighting-foam spill in a border river, a seaplane fleet grounded
by water in its fuel, fog shutting an island airport, a meteorite through a roof, norovirus in
farmed oysters, an avalanche on a ski-resort road, a freighter's belly landing, a hot spring's
failing flow, a stock exchange's outage, a burst heating main in a deep freeze and a banana wilt,
then museum guards' and lift staff's strikes, a bookbinder, beach-vendor and parking-fee rulings,
a band tailor, elections, an airport's fuel shortage, a mountain road's closure, a catamaran,
island ferries in ice, student flats, a whale in a river, stilt houses' evacuation, a bridge's
delay, a cliff fall, bus passes, a chemistry-building leak and the same university's fee freeze,
a bakery, water cuts and a ferry breakdown in two Kingstons, a dredging suspension and a manatee
release by one agency, legionella and job cuts with one count, two closures and a cobbler in
Bandar Anzali, the Neisse at Görlitz and Zgorzelec, the Maldives, Jersey, Central Java,
Tongyeong, Gulmarg, Sint Maarten, Pamukkale, Kuwait, Harbin, Kagera, Athens, Chamonix,
Cartagena, Skye, Saint Lucia, Vorarlberg, Mallorca, Gothenburg, Chiloé, the Isle of Wight,
Stellenbosch, Kingston (Jamaica) and Kingston (Ontario), Itajaí, Amanã, Maastricht, Venlo and
Belgrade; fresh43: d1013-d1036, written on 2026-12-06 after fresh42's blind look, by a writer
(``days43``) who never read fresh40's, fresh41's or fresh42's texts, on a sunken ghat stairway, a
fertiliser convoy aground on a low river, an ice storm in wine country, reed islands torn loose
by a squall, anthrax in herds, a river ferry's capsize, a snowbound train, dead seals on a
desert coast, ice fishers adrift on a floe, volcanic gas on a hiking trail, a burst lager tank
and a limb fallen from an ancient cypress, then strikes, court rulings, elections, a newsletter,
teasers, a long read, one site's chrome, a live blog, a substation fire and the same company's
fine, two Hamiltons, an avalanche and a beluga by one agency, job cuts and an evacuation with one
count, two fires, a rowing club, a milliner, a boatyard and a tile painter in Varanasi, Mohács
and Vukovar, Kakheti, Puno, Turkana, Majuli, the Prahova valley, Türkmenbaşy, Oulu and Hailuoto,
Dominica, Plzeň, Santa María del Tule, Milan, Busan, Salzburg, Byron Bay, the Cayman Islands,
Burgenland, Cork, Vancouver, the Danakil, Guernsey, Bristol, Hamilton (Ontario) and Hamilton (New
Zealand), the Rockies, the Saguenay, Prato, Lucca and Porto; fresh44: d1037-d1060, written on
2026-12-06 after fresh43's blind look, by a writer (``days44``) who never read fresh41's, fresh42's
or fresh43's texts, on a tornado, a lorry fire in an undersea tunnel, a tiger straying into a
village, a mud mosque's fallen wall, a pilgrim truck's rollover, bison on a motorway, a nutmeg
station's fire, an oil leak above a border city's water intake, collapsed rice terraces, a dismasted
tall ship, water buffalo killed by salt and a trekking bridge swept away, then postal and hotel
strikes, hawker-rent and lake-water rulings, elections, a newsletter led by a lake's closure,
teasers, a long read on salt farmers, one site's chrome, a live blog on a ferry fire and the same
company's fares, two roof collapses, two Richmonds, one minister in a pass's reopening and a pier's
wreck, one amount for a mill's boiler and a ferry terminal, a ramen counter, a barber, a
photographer and a florist in Cullman County, the Øresund, Gabura, Djenné, Kyaiktiyo, Kaišiadorys,
Gouyave, Narva, Batad, Cape Peñas, Chibayish, the Kokoda Track, Sapporo, Tiong Bahru, Naivasha,
Bremen, the Turks and Caicos, Denver, Leeds, the Little Rann of Kutch, the Falklands, Mumbai,
Richmond (North Yorkshire) and Richmond (British Columbia), Los Libertadores and Coquimbo, Mackay
and Townsville, Oslo and Cancún; fresh45: d1061-d1084, written on 2026-12-06 after fresh44's
blind look, by a writer (``days45``) who never read fresh42's, fresh43's or fresh44's texts, on a
stalled cable car, tainted rice spirit, a mud volcano's eruption, an ore train's derailment, a
burning container ship's pellets, a gas main's blast, a toxic algal bloom, a cave river's rise,
pneumonic plague, a border market's fire, a mountain heath fire and an iceberg's wave, then tram
and pharmacists' strikes, fireworks and carriage rulings, elections, a newsletter led by elm
disease, teasers, a long read on a mining family, one site's chrome, a live blog on a stalled
monorail and the same operator's contract, two Victorias, one minister in a landslip and a signal
failure, one count for capsized boats and a food poisoning, two gas leaks, an umbrella mender, a
noodle maker, a kopitiam and a bakery in Tirana, Kampong Speu, Lökbatan, Choum, Negombo, Aqjar
near Shymkent, Lake Sevan, Postojna, Ambositra, Dongxing and Móng Cái, Kilimanjaro, Ilulissat,
Zagreb, Ghana, Yanshui, Quebec City, Reykjavík, Sardinia, Halifax, Bergen, Potosí, the Isle of
Man, Kuala Lumpur, Victoria (British Columbia) and Victoria (Seychelles), the Douro and Lisbon,
Vizhinjam and Kottayam and Tbilisi; fresh46: d1085-d1108, written on 2026-12-06 after fresh45's
blind look, by a writer (``days46``) who never read fresh43's, fresh44's or fresh45's texts, on a
coal-lorry queue frozen by a blizzard, a chemical reactor's blast, barnacle gatherers swept off
rocks, a temple chariot's crowd crush, a rabid jackal, a lost radioactive capsule, a data centre's
fire, an arms depot's blasts, a mine cage's fall, a fireworks factory's blast, death-cap
poisonings and a bog slide, then transit drivers' and jeepney strikes, church-bell and market
rulings, elections, a newsletter led by a barrage's jammed lock, teasers, a long read on a sponge
diver, one site's chrome, a live blog on a flooded metro station and the same operator's tram
order, two Portlands, one parks agency in a rescue and a wildfire, one count for cannery job
cuts and a school's gas leak, two bomb evacuations, an accordion restorer, a clockmaker, a
puppet carver and a Köbes in the South Gobi and Ganqimaodu, Lote near Chiplun, Corme, Tiruvarur,
Tando Jam, Arandis and Walvis Bay, Bissen, Kazanlak, Carletonville, Mqabba, Zakarpattia, Recess,
Riga, Manila, Trogen, Suva, Tasmania, Corsica, Cardiff, Tallinn, Kalymnos, St Helena, Prague,
Portland (Oregon) and Portland (Dorset), Fitz Roy and Villa La Angostura, Douarnenez and
Lannion and Cologne; fresh47: d1109-d1132, written on 2026-12-06 after fresh46's blind look, by
a writer (``days47``) who never read fresh44's, fresh45's or fresh46's texts, on a hot-air
balloon's fire, a fuel-tanker fire at a border dry port, an ammonia leak at a tuna plant, a shark
bite, a fair's swing ride breaking, a wind turbine's fall onto a road, an ice-jam flood, a
chlorine leak at a water works, a river's fish kill, an escalator running backwards, a hailstorm
on greenhouses and a tyre dump's fire, then lifeguards' and bakers' strikes, landing-cap and
hotel-permit rulings, elections, a newsletter led by a bridge's fallen parapet, teasers, a long
read on a ship cutter's family, one site's chrome, a live blog on a warehouse fire and the same
company's barge purchase, two Birminghams, one minister in a wildfire and a rockfall, one count
for job cuts and a stranded train, two sinkholes, an ice-cream maker, a sandal maker, a coffee
roaster and a bookseller in Luxor, Islam Qala and Taybad, Bitung, L'Étang-Salé, Gdańsk, Çeşme,
Ilmajoki, Brăila, the Tisza at Tiszakécske, Daegu, Almería's Poniente, Skopje, Tel Aviv, Algiers,
Capri, Easter Island, Valencia, Gagauzia, Edinburgh, Thessaloniki, Sitakunda, Norfolk Island,
Hamburg, Birmingham (England) and Birmingham (Alabama), Evia and Zakynthos, Studénka and Třinec
and Naples; fresh48: d1133-d1156, written on 2026-12-06 after fresh47's blind look, by a writer
(``days48``) who never read fresh45's, fresh46's or fresh47's texts, on an elephant camp's
footbridge falling into a river, a slurry lagoon's burst wall, a fog pileup, skaters through lake
ice, a mezcal warehouse's fire, a lantern workshop's fire, a tour bus's plunge, a diesel barge
aground, a school dormitory's fire, a quick-clay slide, a kabaddi stand's collapse and a mussel
cutter's capsize, then bus drivers' and refuse collectors' strikes, a wood-stove ban's and a
beach-access ruling, regional elections, a newsletter led by a seawall's breach, teasers, a long
read on a stilt-fishing family, one site's chrome, a live blog on a sugar shed's fire and the same
company's terminal purchase, two Newcastles, one coast guard in a trawler fire and an airlift, one
count for job cuts and a mouldy school, two fires in one city, a bow maker, a frame builder, a
ship chandler and a record shop in Mae Taeng, Pasvalys and Bauska, the Serra da Esperança, Lake
Runn, Santiago Matatlán, Hội An, Lishan, San Cristóbal (Galápagos), Kilosa, Midtre Gauldal, Moga,
the Oosterschelde and Yerseke, Ljubljana, Osaka, Aarhus, Lima's Costa Verde, the Basque Country,
Sabah, Wellington, Sofia, Koggala and Galle, Saint-Pierre and Miquelon, Durban and Beira,
Newcastle (New South Wales) and Newcastle upon Tyne, the Westfjords and Thórsmörk, Považská
Bystrica and Ružomberok and Montreal; fresh49: d1157-d1180, written on 2026-12-06 after fresh48's
blind look, by a writer (``days49``) who never read fresh46's, fresh47's or fresh48's
texts, on a market hall's roof falling under snow, a brick kiln's chimney toppled by a storm, a
river dike's breach at a border crossing, a summer storm's power cut, a tea estate's mudslide, a
phosphate-sludge pipeline's burst onto a beach, a jade mine's waste slide, generator fumes at a
hunting lodge, a cracked reservoir spillway, a hydrogen station's blast, a flash flood through a
weekly souk and a dam's spillway release, in Nowy Targ, Sirajdikhan, Kastanies and Edirne,
Kainuu, Pangalengan, Gabès, Hpakant, Počitelj near Gospić, the Nantlle valley, Chuncheon, the
Ourika valley and Bajina Bašta, then hospital orderlies' and tug crews' strikes, a car-ban and a
water-rights ruling, regional elections, a newsletter led by a ferry pontoon torn loose, teasers,
a long read on a bull-raising family, one site's chrome, a live blog on a university building's
fire and the same university's grant, two Frankfurts, one minister in swine fever and hail aid,
one count for job cuts and a flooded hospital wing, two burst mains in one city, a letterpress,
a gingerbread baker, a tailor and a mask maker in Cluj-Napoca and Trieste, Pécs and Mendoza,
Styria and Catalonia, Brisbane, Kathmandu, the Camargue, Orkney, Tartu, Frankfurt (Oder) and
Frankfurt am Main, Liberec and Žatec, Charleroi and Namur and Guadalajara (see the README beside
the data).
"""

from __future__ import annotations

__all__ = ["KEPT_ASIDE", "SPLITS", "tuning"]

SPLITS: tuple[str, ...] = (
    "tune",
    "aside",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
)
"""Every part, tune first, in the order they were written."""

KEPT_ASIDE: tuple[str, ...] = ("fresh49",)
"""The parts nobody has looked at ours' output on: ``--tune-only`` hides them. Each earlier part
got one blind look when it was new (figures in docs/BENCHMARKS.md) and is tuning material since;
fresh8 had its look on 2026-12-02 (the session after fresh7's), fresh9 in the next session,
fresh10 (written before fresh9's look) in the session after (2026-12-02, twelfth session),
fresh11 (written before fresh10's look) in the next (2026-12-02, thirteenth session), and
fresh12 (written while fresh11 was kept aside) at that session's end, fresh13 (written while
fresh12 was kept aside) in the next (2026-12-02, fourteenth session), fresh14 (written while
fresh13 was kept aside) at the fifteenth session's start, fresh15 (written while fresh14 was
kept aside) at the sixteenth session's start (2026-12-03), fresh16 (written while fresh15 was
kept aside) at the seventeenth session's start (2026-12-03), fresh17 (written while fresh16 was
kept aside) at the eighteenth session's start (2026-12-03), fresh18 (written while fresh17 was
kept aside, without reading it or fresh16) at the nineteenth session's start (2026-12-03), and
fresh19 (begun while fresh18 was still kept aside, without reading fresh16, fresh17 or fresh18)
at the nineteenth session's end, and fresh20 (written while fresh19 was still kept aside,
without reading fresh17, fresh18 or fresh19) at the twentieth session (2026-12-03), and
fresh21 (written while fresh20 was still kept aside, without reading fresh18, fresh19 or
fresh20) at the twenty-first session's start (2026-12-03), and fresh22 (written while fresh21
was still kept aside, without reading fresh19, fresh20 or fresh21) in the same session, for its
long copy, and fresh23 (written while fresh22 was still kept aside, without reading fresh20,
fresh21 or fresh22) at the twenty-second session's start (2026-12-03). fresh24 (begun while
fresh23 was still kept aside, without reading fresh21, fresh22 or fresh23) at the twenty-third
session's start (2026-12-03). fresh25 (written on 2026-12-03 after fresh24's look by ``days25``,
without reading fresh22, fresh23 or fresh24) at the twenty-fourth session's start (2026-12-04).
fresh26 (written on 2026-12-04 after fresh25's look by ``days26``, without reading fresh23,
fresh24 or fresh25) at the twenty-fifth session's start (2026-12-04). fresh27 (written on
2026-12-04 after fresh26's look by ``days27``, without reading fresh24, fresh25 or fresh26) at
the twenty-sixth session's start (2026-12-04). fresh28 (written on 2026-12-04 after fresh27's
look by ``days28``, without reading fresh25, fresh26 or fresh27) at the twenty-seventh
session's start (2026-12-04). fresh29 (written on 2026-12-04 after fresh28's look by ``days29``,
without reading fresh26, fresh27 or fresh28) at the twenty-eighth session's start (2026-12-04).
fresh30 (written on 2026-12-04 while fresh29 had its look, by ``days30``, without reading
fresh27, fresh28 or fresh29) at the twenty-ninth session's start (2026-12-04). fresh31 (written on
2026-12-04 while fresh30 had its look, by ``days31``, without reading fresh28, fresh29 or
fresh30) at the thirtieth session's start (2026-12-04). fresh32 (written on 2026-12-04 after
fresh31's look, by ``days32``, without reading fresh29, fresh30 or fresh31) at the thirty-first
session's start (2026-12-04). fresh33 (written on 2026-12-04 after fresh32's look, by
``days33``, without reading fresh30, fresh31 or fresh32) at the thirty-second session's start
(2026-12-05). fresh34 (written on 2026-12-05 after fresh33's look, by ``days34``, without
reading fresh31, fresh32 or fresh33) at the thirty-third session's start (2026-12-05). fresh35
(written on 2026-12-05 after fresh34's look, by ``days35``, without reading fresh32, fresh33 or
fresh34) at the thirty-fourth session's start (2026-12-05). fresh36 (written on 2026-12-05 after
fresh35's look, by ``days36``, without reading fresh33, fresh34 or fresh35) at the thirty-fifth
session's start (2026-12-05). fresh37 (written on 2026-12-05 after fresh36's look, by ``days37``,
without reading fresh34, fresh35 or fresh36) at the thirty-sixth session's start (2026-12-05).
fresh38 (written on 2026-12-05 while fresh37 had its look, by ``days38``, without reading fresh35,
fresh36 or fresh37) at the thirty-seventh session's start (2026-12-05). fresh39 (written on
2026-12-05 while fresh38 had its look, by ``days39``, without reading fresh36, fresh37 or
fresh38) at the thirty-eighth session's start (2026-12-05). fresh40
(written on 2026-12-05 while fresh39 had its look, by ``days40``, without reading fresh37, fresh38
or fresh39) at the thirty-ninth session's start (2026-12-05). fresh41
(written on 2026-12-05 while fresh40 had its look, by ``days41``, without reading fresh38, fresh39
or fresh40) at the fortieth session's start (2026-12-05). fresh42 (written on 2026-12-05 after
fresh41's look, by ``days42``, without reading fresh39, fresh40 or fresh41) at the forty-first
session's start (2026-12-05). fresh43 (written on 2026-12-06 after fresh42's look, by ``days43``,
without reading fresh40, fresh41 or fresh42) at the forty-second session's start (2026-12-06).
fresh44 (written on 2026-12-06 after fresh43's look, by ``days44``, without reading fresh41, fresh42
or fresh43) at the forty-third session's start (2026-12-06). fresh45 (written on 2026-12-06 after
fresh44's look, by ``days45``, without reading fresh42, fresh43 or fresh44) at the forty-fourth
session's start (2026-12-06). fresh46 (written on 2026-12-06 after fresh45's look, by
``days46``, without reading fresh43, fresh44 or fresh45) at the forty-fifth session's start
(2026-12-06). fresh47 (written on 2026-12-06 after fresh46's look, by ``days47``, without
reading fresh44, fresh45 or fresh46) at the forty-sixth session's start (2026-12-06). fresh48
(written on 2026-12-06 after fresh47's look, by ``days48``, without reading fresh45, fresh46 or
fresh47) at the forty-seventh session's start (2026-12-06). fresh49 (written on 2026-12-06 after
fresh48's look, by ``days49``, without reading fresh46, fresh47 or fresh48) is kept aside until its
own blind look (the next session's start)."""


def tuning(split: str) -> bool:
    """Whether a part may be run while tuning: one ``SPLITS`` names and ``KEPT_ASIDE`` does not.
    A part this module does not name counts as kept aside: a new part that lands while a run
    is reading the data (the module loaded before it, the data read after) is not run. That
    happened once (the twenty-eighth session: a fold runner started before fresh30's first
    half landed grouped its even days)."""
    return split in SPLITS and split not in KEPT_ASIDE
