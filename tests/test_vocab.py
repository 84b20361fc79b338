"""The authority and exemption vocabularies are data the parser trusts blindly, so check them here."""

import csv
import re

import pytest

from ncnd import vocab

AUTHORITY_COLUMNS = ["id", "name", "short_name", "aliases", "country", "kind", "foi_regime", "police_uk_id", "domains"]
EXEMPTION_COLUMNS = ["id", "section", "title", "ncnd_provision", "exemption_type", "description"]

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# The shape of the ids the parser emits: "s24", "s22A", "s24(2)", "s40(5A)", "s31(1)(a)".
EXEMPTION_ID = re.compile(r"^s\d+[A-Z]?(\(\d+[A-Z]?\))?(\([a-z]\))?$")
# "police.uk", "kent.police.uk", "devon-cornwall.police.uk", "foi.scot"
DOMAIN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")

TERRITORIAL_FORCES = {
    # England
    "avon-and-somerset-constabulary", "bedfordshire-police", "cambridgeshire-constabulary",
    "cheshire-constabulary", "city-of-london-police", "cleveland-police", "cumbria-constabulary",
    "derbyshire-constabulary", "devon-and-cornwall-police", "dorset-police", "durham-constabulary",
    "essex-police", "gloucestershire-constabulary", "greater-manchester-police",
    "hampshire-and-isle-of-wight-constabulary", "hertfordshire-constabulary", "humberside-police",
    "kent-police", "lancashire-constabulary", "leicestershire-police", "lincolnshire-police",
    "merseyside-police", "metropolitan-police-service", "norfolk-constabulary", "north-yorkshire-police",
    "northamptonshire-police", "northumbria-police", "nottinghamshire-police", "south-yorkshire-police",
    "staffordshire-police", "suffolk-constabulary", "surrey-police", "sussex-police",
    "thames-valley-police", "warwickshire-police", "west-mercia-police", "west-midlands-police",
    "west-yorkshire-police", "wiltshire-police",
    # Wales
    "dyfed-powys-police", "gwent-police", "north-wales-police", "south-wales-police",
    # Scotland, Northern Ireland
    "police-scotland", "police-service-of-northern-ireland",
}

# Words that occur in ordinary prose about a place and must never identify a police body on their own.
BARE_PLACE_NAMES = {
    "london", "england", "wales", "scotland", "northern ireland", "ireland", "britain", "united kingdom", "uk",
    "manchester", "birmingham", "liverpool", "leeds", "sheffield", "newcastle", "cardiff", "belfast",
    "glasgow", "edinburgh", "yorkshire", "cornwall", "devon", "somerset", "avon", "powys", "dyfed",
    "isle of wight", "isle of man", "jersey", "guernsey", "the city", "city", "metropolis", "home",
}


def _territorial_place_names():
    """"Kent Police" -> "kent": the place part of every force name is ordinary text, not an identifier."""
    places = set()
    for row in vocab.authorities():
        if row["kind"] == "territorial_police":
            place = re.sub(r"\b(police service of|police|constabulary)\b", "", row["name"].lower())
            place = " ".join(place.split())
            if place:
                places.add(place)
                places.add(place.replace(" and ", " & "))
    return places


def _all_identifiers(row):
    return [row["name"], *row["aliases"]]


def _find_authority(text):
    """Longest alias that appears as whole words: the rule a notice matcher needs so that
    "Northamptonshire Police, Fire and Crime Commissioner" is not read as the force."""
    best = None
    for row in vocab.authorities():
        for alias in _all_identifiers(row):
            if re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text, re.IGNORECASE):
                if best is None or len(alias) > len(best[0]):
                    best = (alias, row["id"])
    return best and best[1]


def _header(name):
    with open(vocab.VOCAB_DIR / name, newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


# --- authorities -----------------------------------------------------------------------------------


def test_authorities_header_is_exactly_the_contract():
    assert _header("authorities.csv") == AUTHORITY_COLUMNS


def test_authority_ids_are_unique_slugs_of_the_name():
    ids = [row["id"] for row in vocab.authorities()]
    assert len(ids) == len(set(ids))
    for row in vocab.authorities():
        assert SLUG.match(row["id"]), row["id"]
        expected = re.sub(r"[^a-z0-9]+", "-", row["name"].lower().replace("&", "and").replace("'", "")).strip("-")
        assert row["id"] == expected, row["name"]


def test_all_45_territorial_forces_are_present():
    territorial = {row["id"] for row in vocab.authorities() if row["kind"] == "territorial_police"}
    assert territorial == TERRITORIAL_FORCES
    assert len(territorial) == 45


@pytest.mark.parametrize(
    "authority_id, name, short_name, country, kind, foi_regime, police_uk_id",
    [
        ("metropolitan-police-service", "Metropolitan Police Service", "Met", "England", "territorial_police", "FOIA", "metropolitan"),
        ("kent-police", "Kent Police", "Kent", "England", "territorial_police", "FOIA", "kent"),
        ("northamptonshire-police", "Northamptonshire Police", "Northamptonshire", "England", "territorial_police", "FOIA", "northamptonshire"),
        ("northumbria-police", "Northumbria Police", "Northumbria", "England", "territorial_police", "FOIA", "northumbria"),
        ("devon-and-cornwall-police", "Devon and Cornwall Police", "Devon and Cornwall", "England", "territorial_police", "FOIA", "devon-and-cornwall"),
        ("greater-manchester-police", "Greater Manchester Police", "Greater Manchester", "England", "territorial_police", "FOIA", "greater-manchester"),
        ("city-of-london-police", "City of London Police", "City of London", "England", "territorial_police", "FOIA", "city-of-london"),
        ("dyfed-powys-police", "Dyfed-Powys Police", "Dyfed-Powys", "Wales", "territorial_police", "FOIA", "dyfed-powys"),
        ("north-wales-police", "North Wales Police", "North Wales", "Wales", "territorial_police", "FOIA", "north-wales"),
        ("police-scotland", "Police Scotland", "Police Scotland", "Scotland", "territorial_police", "FOISA", None),
        ("police-service-of-northern-ireland", "Police Service of Northern Ireland", "PSNI", "Northern Ireland", "territorial_police", "FOIA", "northern-ireland"),
        ("british-transport-police", "British Transport Police", "BTP", "UK", "special_police", "FOIA", "btp"),
        ("civil-nuclear-constabulary", "Civil Nuclear Constabulary", "CNC", "UK", "special_police", "FOIA", None),
        ("ministry-of-defence-police", "Ministry of Defence Police", "MDP", "UK", "special_police", "FOIA", None),
        ("information-commissioners-office", "Information Commissioner's Office", "ICO", "UK", "regulator", "FOIA", None),
        ("home-office", "Home Office", "Home Office", "UK", "government", "FOIA", None),
        ("mayors-office-for-policing-and-crime", "Mayor's Office for Policing and Crime", "MOPAC", "England", "pcc", "FOIA", None),
        ("states-of-jersey-police", "States of Jersey Police", "Jersey Police", "Jersey", "crown_dependency", "other", None),
        ("isle-of-man-constabulary", "Isle of Man Constabulary", "Isle of Man Constabulary", "Isle of Man", "crown_dependency", "other", None),
    ],
)
def test_known_authority_rows(authority_id, name, short_name, country, kind, foi_regime, police_uk_id):
    row = vocab.by_id(vocab.authorities())[authority_id]
    assert (row["name"], row["short_name"], row["country"], row["kind"], row["foi_regime"], row["police_uk_id"]) == (
        name, short_name, country, kind, foi_regime, police_uk_id
    )


def test_enumerated_columns_stay_in_their_vocabulary():
    countries = {"England", "Wales", "Scotland", "Northern Ireland", "UK", "Isle of Man", "Jersey", "Guernsey"}
    kinds = {"territorial_police", "special_police", "national_agency", "government", "regulator", "pcc",
             "crown_dependency", "former_police", "other"}
    for row in vocab.authorities():
        assert row["country"] in countries, row["id"]
        assert row["kind"] in kinds, row["id"]
        assert row["foi_regime"] in {"FOIA", "FOISA", "other"}, row["id"]
        assert row["name"] and row["short_name"], row["id"]


def test_scottish_bodies_and_only_they_answer_under_foisa():
    for row in vocab.authorities():
        if row["country"] == "Scotland":
            assert row["foi_regime"] == "FOISA", row["id"]
        if row["foi_regime"] == "FOISA":
            assert row["country"] == "Scotland", row["id"]


def test_crown_dependencies_have_their_own_regime():
    dependencies = [row for row in vocab.authorities() if row["kind"] == "crown_dependency"]
    assert {row["country"] for row in dependencies} == {"Isle of Man", "Jersey", "Guernsey"}
    assert all(row["foi_regime"] == "other" for row in dependencies)


def test_police_uk_ids_are_unique_and_every_force_outside_scotland_has_one():
    ids = [row["police_uk_id"] for row in vocab.authorities() if row["police_uk_id"]]
    assert len(ids) == len(set(ids))
    for row in vocab.authorities():
        if row["kind"] == "territorial_police" and row["id"] != "police-scotland":
            assert row["police_uk_id"] and SLUG.match(row["police_uk_id"]), row["id"]


def test_no_alias_is_claimed_by_two_authorities():
    owner = {}
    for row in vocab.authorities():
        for alias in set(a.casefold() for a in _all_identifiers(row)):
            assert alias not in owner, f"{alias!r} is claimed by {owner[alias]} and {row['id']}"
            owner[alias] = row["id"]


def test_no_alias_is_a_bare_place_name():
    forbidden = BARE_PLACE_NAMES | _territorial_place_names()
    assert "kent" in forbidden and "devon & cornwall" in forbidden
    for row in vocab.authorities():
        for alias in row["aliases"]:
            assert alias.casefold() not in forbidden, f"{row['id']}: {alias!r}"
            assert alias == alias.strip() and "  " not in alias, f"{row['id']}: {alias!r}"


@pytest.mark.parametrize(
    "ordinary_text",
    [
        "The officers drove from Kent to Essex and then on to Durham.",
        "A resident of Devon and Cornwall asked about doorbells in London and Manchester.",
        "Footage was shared across Northern Ireland, Scotland and Wales.",
        "The city council met the home owners association in Surrey.",
        "Trains between Cumbria and Lancashire were delayed near Cleveland Street.",
        "She moved from Jersey to Guernsey and later to the Isle of Man.",
    ],
)
def test_ordinary_place_text_names_no_authority(ordinary_text):
    assert _find_authority(ordinary_text) is None


@pytest.mark.parametrize(
    "notice_text, authority_id",
    [
        ("Public Authority: Chief Constable of Kent Police", "kent-police"),
        ("Public authority: Commissioner of Police of the Metropolis", "metropolitan-police-service"),
        ("Your request to the MPS has now been considered.", "metropolitan-police-service"),
        ("Freedom of Information Request from the Met Police", "metropolitan-police-service"),
        ("Northamptonshire Police can neither confirm nor deny", "northamptonshire-police"),
        ("Northants Police FOI team", "northamptonshire-police"),
        ("Northamptonshire Police, Fire and Crime Commissioner", "northamptonshire-police-fire-and-crime-commissioner"),
        ("Police and Crime Commissioner for Kent", "kent-police-and-crime-commissioner"),
        ("Information Rights Unit, Northumbria Police", "northumbria-police"),
        ("Heddlu De Cymru / South Wales Police", "south-wales-police"),
        ("Heddlu Gogledd Cymru", "north-wales-police"),
        ("Heddlu Dyfed-Powys", "dyfed-powys-police"),
        ("Heddlu Gwent", "gwent-police"),
        ("The Police Service of Scotland (PSoS) received your request", "police-scotland"),
        ("Chief Constable of the Police Service of Northern Ireland", "police-service-of-northern-ireland"),
        ("GMP has applied section 24(2)", "greater-manchester-police"),
        ("Devon & Cornwall Police", "devon-and-cornwall-police"),
        ("Hampshire Constabulary (now Hampshire and Isle of Wight Constabulary)", "hampshire-and-isle-of-wight-constabulary"),
        ("Request to the BTP about cameras at stations", "british-transport-police"),
        ("Commissioner of the City of London Police", "city-of-london-police"),
        ("States of Jersey Police", "states-of-jersey-police"),
        ("Mayor's Office for Policing and Crime (MOPAC)", "mayors-office-for-policing-and-crime"),
    ],
)
def test_notice_phrases_identify_the_right_authority(notice_text, authority_id):
    assert _find_authority(notice_text) == authority_id


@pytest.mark.parametrize(
    "authority_id, welsh_name",
    [
        ("dyfed-powys-police", "Heddlu Dyfed-Powys"),
        ("gwent-police", "Heddlu Gwent"),
        ("north-wales-police", "Heddlu Gogledd Cymru"),
        ("south-wales-police", "Heddlu De Cymru"),
    ],
)
def test_welsh_forces_carry_their_welsh_names(authority_id, welsh_name):
    assert welsh_name in vocab.by_id(vocab.authorities())[authority_id]["aliases"]


def _domains(row):
    value = row["domains"]
    return value if isinstance(value, list) else [d for d in (value or "").split("|") if d]


def test_domains_are_well_formed_and_unique():
    owner = {}
    for row in vocab.authorities():
        for domain in _domains(row):
            assert DOMAIN.match(domain), f"{row['id']}: {domain!r}"
            assert domain not in {"police.uk", "gov.uk", "org.uk", "gov.scot"}, row["id"]
            assert domain not in owner, f"{domain} is claimed by {owner[domain]} and {row['id']}"
            owner[domain] = row["id"]
    for row in vocab.authorities():
        if row["kind"] == "territorial_police":
            assert any(d.endswith(".police.uk") for d in _domains(row)), row["id"]


@pytest.mark.parametrize(
    "authority_id, domain",
    [
        ("metropolitan-police-service", "met.police.uk"),
        ("kent-police", "kent.police.uk"),
        ("northamptonshire-police", "northants.police.uk"),
        ("northumbria-police", "northumbria.police.uk"),
        ("police-scotland", "scotland.police.uk"),
        ("police-service-of-northern-ireland", "psni.police.uk"),
        ("information-commissioners-office", "ico.org.uk"),
    ],
)
def test_known_domains(authority_id, domain):
    assert domain in _domains(vocab.by_id(vocab.authorities())[authority_id])


def test_loader_round_trip_parses_aliases_as_lists():
    met = vocab.by_id(vocab.authorities())["metropolitan-police-service"]
    assert isinstance(met["aliases"], list)
    assert {"MPS", "the Met", "Commissioner of Police of the Metropolis"} <= set(met["aliases"])
    assert vocab.by_id(vocab.authorities())["police-scotland"]["police_uk_id"] is None


@pytest.mark.xfail(
    "domains" not in vocab.LIST_COLUMNS,
    reason="vocab.LIST_COLUMNS does not list 'domains' yet, so the loader returns the raw string",
    strict=True,
)
def test_loader_parses_domains_as_lists():
    devon = vocab.by_id(vocab.authorities())["devon-and-cornwall-police"]
    assert devon["domains"] == ["devon-cornwall.police.uk", "dc.police.uk"]
    assert vocab.by_id(vocab.authorities())["ministry-of-defence-police"]["domains"] == []


# --- exemptions ------------------------------------------------------------------------------------

NCND_PROVISIONS = {
    "s12(2)", "s22(2)", "s22A(2)", "s23(5)", "s24(2)", "s26(3)", "s27(4)", "s28(3)", "s29(2)", "s30(3)",
    "s31(3)", "s32(3)", "s33(3)", "s34(2)", "s35(3)", "s36(3)", "s37(2)", "s38(2)", "s39(2)", "s40(5)",
    "s40(5A)", "s40(5B)", "s41(2)", "s42(2)", "s43(3)", "s44(2)",
}


def _section_number(exemption_id):
    return int(re.match(r"s(\d+)", exemption_id).group(1))


def test_exemptions_header_is_exactly_the_contract():
    assert _header("exemptions.csv") == EXEMPTION_COLUMNS


def test_exemption_ids_are_unique_and_shaped_like_parser_output():
    ids = [row["id"] for row in vocab.exemptions()]
    assert len(ids) == len(set(ids))
    for exemption_id in ids:
        assert EXEMPTION_ID.match(exemption_id), exemption_id


@pytest.mark.parametrize("not_an_id", ["s24 (2)", "S24(2)", "section 24", "s31(1)(a)(i)", "s31(a)(1)", "24(2)"])
def test_exemption_id_pattern_rejects_other_spellings(not_an_id):
    assert not EXEMPTION_ID.match(not_an_id)


def test_every_subsection_row_has_its_bare_section_row():
    rows = vocab.by_id(vocab.exemptions())
    for row in vocab.exemptions():
        bare = re.match(r"s\d+[A-Z]?", row["id"]).group(0)
        assert row["section"] == bare, row["id"]
        assert bare in rows, f"{row['id']} has no {bare} row"


def test_the_act_from_s21_to_s44_plus_cost_and_vexatious_is_covered():
    bare = {row["id"] for row in vocab.exemptions() if row["id"] == row["section"]}
    expected = {f"s{n}" for n in range(21, 45) if n != 25} | {"s22A", "s12", "s14"}
    assert expected <= bare


@pytest.mark.parametrize(
    "seed_exemption", ["s24", "s31", "s24(1)", "s24(2)", "s31(1)(a)", "s31(3)", "s40(2)", "s23(5)", "s30(3)", "s43(2)", "s12"]
)
def test_exemptions_the_parser_emits_for_seed_notices_exist(seed_exemption):
    assert seed_exemption in vocab.by_id(vocab.exemptions())


def test_ncnd_provisions_are_exactly_the_confirm_or_deny_subsections():
    flagged = {row["id"] for row in vocab.exemptions() if row["ncnd_provision"] is True}
    assert flagged == NCND_PROVISIONS
    for row in vocab.exemptions():
        assert isinstance(row["ncnd_provision"], bool)
        if row["id"] == row["section"]:
            assert row["ncnd_provision"] is False, row["id"]


@pytest.mark.parametrize(
    "exemption_id, exemption_type",
    [
        ("s24", "qualified"), ("s24(1)", "qualified"), ("s24(2)", "qualified"),
        ("s31", "qualified"), ("s31(1)(a)", "qualified"), ("s31(3)", "qualified"),
        ("s30(3)", "qualified"), ("s38(2)", "qualified"), ("s43(2)", "qualified"), ("s42", "qualified"),
        ("s21", "absolute"), ("s23(5)", "absolute"), ("s32", "absolute"), ("s34", "absolute"),
        ("s40(1)", "absolute"), ("s40(2)", "absolute"), ("s41", "absolute"), ("s44(2)", "absolute"),
        ("s12", "procedural"), ("s12(2)", "procedural"), ("s14(1)", "procedural"),
    ],
)
def test_exemption_types_follow_the_act(exemption_id, exemption_type):
    assert vocab.by_id(vocab.exemptions())[exemption_id]["exemption_type"] == exemption_type


def test_cost_and_vexatious_rows_are_procedural_and_nothing_else_is():
    for row in vocab.exemptions():
        procedural = _section_number(row["id"]) in {12, 14}
        assert (row["exemption_type"] == "procedural") == procedural, row["id"]
        assert row["exemption_type"] in {"absolute", "qualified", "procedural"}, row["id"]


@pytest.mark.parametrize(
    "exemption_id, title",
    [
        ("s24", "National security"),
        ("s31", "Law enforcement"),
        ("s40", "Personal information"),
        ("s38", "Health and safety"),
        ("s30", "Investigations and proceedings conducted by public authorities"),
        ("s23", "Information supplied by, or relating to, bodies dealing with security matters"),
        ("s43", "Commercial interests"),
        ("s12", "Cost of compliance exceeds appropriate limit"),
    ],
)
def test_section_titles(exemption_id, title):
    assert vocab.by_id(vocab.exemptions())[exemption_id]["title"] == title


def test_descriptions_are_single_plain_sentences():
    for row in vocab.exemptions():
        description = row["description"]
        assert description and description[0].isupper() and description.endswith("."), row["id"]
        assert description.count(". ") == 0, row["id"]
        assert len(description) < 220, row["id"]
