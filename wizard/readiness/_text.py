"""Text quality for readiness: how specific each written answer is, boilerplate, copies, several
problems in one statement, and figures quoted in prose (no Qt, no model, nothing online).

Specificity is measured, not keyword matched: a written answer is specific when it carries
things a reader can check: quantities, dates, names of organisations, programmes or people,
and places.  These markers do not depend on the language, so text that mixes English with
Bahasa Indonesia, Vietnamese or Thai is measured the same way (digits in any script count,
Thai has no capitals so its names are found through Latin names, acronyms and the city's own
place names).  Generic phrasing ("improve the quality of life", "pembangunan berkelanjutan",
"phát triển bền vững", "การพัฒนาอย่างยั่งยืน") only adds to the evidence; it never decides alone.
"""

from __future__ import annotations

import functools
import json
import re
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from wizard import resources
from wizard.model import TEXT_MAX, Proposal

# --- prose fields --------------------------------------------------------------------------------------


def _is_text(info: typing.Any) -> bool:
    return any(getattr(m, "max_length", None) == TEXT_MAX for m in info.metadata)


@functools.cache
def prose_fields() -> tuple[tuple[str, str], ...]:
    """Every free-text answer of the proposal as ``(model path, title)``, in model order."""
    from pydantic import BaseModel

    from wizard.model import (
        CityProfile,
        DigitalRoadmap,
        EconomicEngine,
        Feasibility,
        FinancialCase,
        Implementation,
        JapanValueAdd,
        Problem,
        Team,
        Vision,
    )

    sections: tuple[tuple[str, type[BaseModel]], ...] = (
        ("city", CityProfile), ("team", Team), ("vision", Vision), ("problem", Problem),
        ("feasibility", Feasibility), ("economy", EconomicEngine), ("finance", FinancialCase),
        ("roadmap", DigitalRoadmap), ("japan", JapanValueAdd), ("implementation", Implementation),
    )
    found = []
    for prefix, model in sections:
        for name, info in model.model_fields.items():
            if info.annotation is str and _is_text(info):
                found.append((f"{prefix}.{name}", info.title or name))
    return tuple(found)


# --- words and markers ---------------------------------------------------------------------------------

_THAI = re.compile(r"[\u0E00-\u0E7F]")
_TOKEN = re.compile(r"[^\W\d_][\w'’&-]*|\d[\d.,]*", re.UNICODE)

_YEAR = re.compile(r"(?<![\d.,])(?:19\d\d|20\d\d|21[0-4]\d)(?!\d|[.,]\d|%)")
# Buddhist-era years as written in Thai text (2500-2699 BE is 1957-2156 CE).
_BE_YEAR = re.compile(r"(?<![\d.,])(?:25\d\d|26\d\d)(?!\d|[.,]\d|%)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\w+", re.UNICODE)

#: Capitalised words that name nothing in particular (sentence openers, generic nouns, titles).
_GENERIC_CAPITALS = frozenset(w.casefold() for w in (
    "The", "A", "An", "This", "That", "These", "Those", "Our", "We", "It", "Its", "Their", "They", "Each",
    "Every", "All", "Any", "In", "On", "At", "By", "For", "From", "With", "Within", "And", "Or", "But", "To",
    "Of", "As", "If", "When", "While", "After", "Before", "Through", "Over", "Under", "Between", "Both",
    "City", "Cities", "Smart", "Government", "Project", "Projects", "Programme", "Program", "Plan", "Plans",
    "Mayor", "Council", "Committee", "Board", "Office", "Agency", "Department", "Ministry", "Province",
    "Provincial", "National", "Local", "Public", "Private", "Sector", "Partner", "Partners", "Investor",
    "Investors", "Company", "Companies", "Team", "Vision", "Strategy", "Initiative", "Solutions", "Solution",
    "Digital", "Technology", "Technologies", "Innovation", "Sustainable", "Development", "Citizens",
    "Community", "Communities", "People", "Stakeholders", "Phase", "Phases", "Year", "Years", "Japan",
    "Japanese", "Asia", "Asian", "ASEAN", "Southeast", "Kota", "Thành", "Phố", "Ho", "Yes", "No",
    "Also", "Then", "Further", "Furthermore", "Moreover", "However", "Overall", "Together", "Key",
    "New", "Future", "World", "Global", "International", "Regional", "Economic", "Social", "Environmental",
))

#: Stock phrases in English, Bahasa Indonesia / Malay, Vietnamese and Thai that say nothing checkable.
GENERIC_PHRASES: tuple[str, ...] = (
    # English
    "quality of life", "sustainable development", "sustainable growth", "economic growth", "best practice",
    "best practices", "stakeholders", "various", "a better future", "better future", "smart solutions",
    "innovative solutions", "holistic", "enhance efficiency", "improve efficiency", "increase efficiency",
    "for all", "for everyone", "all citizens", "significant impact", "many benefits", "numerous benefits",
    "in line with", "where possible", "as appropriate", "as needed", "to be determined", "state-of-the-art",
    "world-class", "cutting-edge", "seamless", "synergies", "leverage", "empower", "transformative",
    "liveable", "livable", "vibrant", "resilient city", "smart city", "next generation", "game-changing",
    "modern infrastructure", "digital transformation", "value creation", "win-win", "etc",
    # Bahasa Indonesia / Malay
    "kualitas hidup", "kualiti hidup", "pembangunan berkelanjutan", "pembangunan mampan", "kota pintar",
    "kota cerdas", "bandar pintar", "solusi inovatif", "pertumbuhan ekonomi", "masyarakat luas", "berbagai",
    "kesejahteraan masyarakat", "lebih baik",
    # Vietnamese
    "chất lượng cuộc sống", "phát triển bền vững", "thành phố thông minh", "giải pháp sáng tạo",
    "tăng trưởng kinh tế", "hiện đại", "người dân",
    # Thai
    "คุณภาพชีวิต", "การพัฒนาอย่างยั่งยืน", "เมืองอัจฉริยะ", "นวัตกรรม", "ยั่งยืน",
)
_LATIN_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(re.findall(r"\w+", p.casefold())) for p in GENERIC_PHRASES if not _THAI.search(p))
_THAI_PHRASES: tuple[str, ...] = tuple(p for p in GENERIC_PHRASES if _THAI.search(p))
_PHRASE_LENGTHS: tuple[int, ...] = tuple(sorted({len(p) for p in _LATIN_PHRASES}, reverse=True))


_PHRASE_FIRST_WORDS = frozenset(p[0] for p in _LATIN_PHRASES)


def generic_phrases(text: str, words: list[str] | None = None) -> int:
    """How many stock phrases ``text`` uses (word runs matched on word boundaries; Thai anywhere)."""
    if words is None:
        words = _WORD.findall(text.casefold())
    count, i = 0, 0
    while i < len(words):
        if words[i] in _PHRASE_FIRST_WORDS:
            for n in _PHRASE_LENGTHS:
                if tuple(words[i:i + n]) in _LATIN_PHRASES:
                    count += 1
                    i += n - 1
                    break
        i += 1
    if _THAI.search(text):
        count += sum(text.count(p) for p in _THAI_PHRASES)
    return count


#: Words that promise without naming anything (English, Bahasa Indonesia / Malay, Vietnamese); their
#: share among a text's content words measures how generic its vocabulary is.
VAGUE_WORDS = frozenset("""
improve improved improves improving improvement improvements enhance enhanced enhances enhancing better best
sustainable sustainability quality life lives development develop developing innovative innovation innovations
solution solutions smart efficient efficiency effective effectively stakeholder stakeholders citizen citizens
community communities various strategic strategy ensure ensures support supports promote promotes growth economic
future modern holistic empower empowering opportunity opportunities benefit benefits value key important
significant significantly comprehensive integrated capacity framework world-class vibrant liveable livable
resilient resilience transform transforms transformation transformative digital excellence leading world global
synergy synergies leverage leveraging potential overall greatly highly wide range everyone appropriate relevant
necessary aim aims goal goals vision approach approaches initiative initiatives partnership partnerships
prosperity prosperous inclusive wellbeing well-being people society environment environmental social help helps
create creates creating provide provides providing bring brings achieve achieving foster fostering boost
cutting-edge state-of-the-art seamless seamlessly next-generation advanced enable enables enabling ecosystem
meningkatkan peningkatan kualitas hidup pembangunan berkelanjutan inovatif solusi masyarakat pertumbuhan ekonomi
berbagai kesejahteraan pintar cerdas lebih baik mendukung
nâng cao chất lượng cuộc sống phát triển bền vững thông minh giải pháp sáng tạo tăng trưởng kinh tế hiện đại
""".split())

_STOPWORDS = frozenset("""
the a an and or of to in on for with by at from as is are be will would can could should may might must our its
their this that these those it we they which who whom whose into than then also more most such each every not no
nor has have had was were been being over under between through within while after before about across per via
both either any some other others own same so very just only there here what when where how why up down out off
yang dan di ke dari untuk dengan pada oleh ini itu akan adalah dalam
và của các cho với là được những một trong này để có
""".split())

@dataclass(frozen=True)
class Specificity:
    """What a reader could check in a text: counts of each kind of marker, and its length in words."""

    words: int
    quantities: int
    dates: int
    names: int
    places: int
    generic: int
    vague_share: float = 0.0

    @property
    def score(self) -> int:
        """Checkable content, capped per kind so that one long list of numbers does not carry a text."""
        return min(self.quantities, 3) + min(self.dates, 2) + min(self.names, 3) + min(self.places, 1)

    @property
    def is_generic(self) -> bool:
        """Boilerplate: nothing (or almost nothing) a reader could check, for the text's length."""
        if self.words < 5:
            return False  # too short to judge; emptiness and thinness have rules of their own
        wordy = self.vague_share >= 0.2 or self.generic >= 2
        if self.score == 0:
            return wordy or self.vague_share >= 0.15 or self.generic >= 1
        if self.score == 1:
            return wordy
        return self.score == 2 and self.generic >= 3


def word_count(text: str) -> int:
    """Words in ``text``; Thai, written without spaces, counts about one word per six letters."""
    if _THAI.search(text) is None:
        return len(text.split())
    thai = len(_THAI.findall(text))
    return len(_THAI.sub(" ", text).split()) + thai // 6


def _quantities(text: str) -> int:
    count = 0
    for match in _NUMBER.finditer(text):
        token = match.group(0)
        start, end = match.span()
        bare = token.rstrip(".,")
        if len(bare) == 4 and bare.isdigit() and (1900 <= int(bare) <= 2150 or 2500 <= int(bare) <= 2699):
            continue  # a year is a date, counted there
        if start > 0 and text[start - 1].isalpha() and not _THAI.match(text[start - 1]):
            continue  # a label such as G20, Q3, ISO27001
        count += 1
    return count


def _sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence (or a bracket), so its capital names nothing."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?;:\n(\"'“‘"


def _names(text: str) -> int:
    count = 0
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        first = token[0]
        if not first.isupper():
            continue
        if token.casefold() in _GENERIC_CAPITALS:
            continue
        letters = [c for c in token if c.isalpha()]
        acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
        if not acronym and _sentence_start(text, match.start()):
            continue  # a capital that only opens a sentence
        count += 1
    return count


_SPELLED_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million millions billion trillion half double twice triple dozen dozens dua tiga
empat lima ribu juta miliar hai ba bốn năm trăm nghìn triệu tỷ""".split())
_FREQUENCY_WORDS = frozenset("daily weekly monthly quarterly annual annually yearly hourly".split())
_FREQUENCY_PAIRS = frozenset({("each", "year"), ("every", "year"), ("a", "year"), ("per", "year"), ("a", "month"),
                              ("per", "month"), ("a", "day"), ("per", "day"), ("per", "tahun"), ("hằng", "năm"),
                              ("hàng", "năm"), ("mỗi", "năm")})
_MONTH_WORDS = frozenset("""jan january januari feb february februari mar march maret apr april may mei jun june juni
jul july juli aug august agustus sep sept september oct october okt oktober nov november dec december des desember
q1 q2 q3 q4""".split())
_THAI_DATES = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "ทุกปี", "รายเดือน")


@functools.lru_cache(maxsize=1024)
def specificity(text: str, places: tuple[str, ...] = ()) -> Specificity:
    """How specific ``text`` is (cached: the wizard reassesses on every edit, most answers unchanged)."""
    folded = text.casefold()
    words = _WORD.findall(folded)
    thai = _THAI.search(text) is not None
    place_hits = sum(1 for p in places if p and len(p) >= 3 and p.casefold() in folded)
    dates = len(_YEAR.findall(text)) + (len(_BE_YEAR.findall(text)) if thai else 0)
    dates += sum(1 for w in words if w in _MONTH_WORDS or w in _FREQUENCY_WORDS)
    dates += sum(1 for a, b in zip(words, words[1:]) if (a, b) in _FREQUENCY_PAIRS or (a == "tháng" and b.isdigit()))
    if thai:
        dates += sum(text.count(d) for d in _THAI_DATES)
    spelled = sum(1 for w in words if w in _SPELLED_WORDS)
    content = [w for w in words if len(w) > 2 and w not in _STOPWORDS and not w.isdigit()]
    vague = sum(1 for w in content if w in VAGUE_WORDS)
    return Specificity(
        words=word_count(text), quantities=_quantities(text) + spelled, dates=dates,
        names=_names(text), places=place_hits, generic=generic_phrases(text, words),
        vague_share=vague / len(content) if content else 0.0,
    )


@functools.lru_cache(maxsize=1024)
def is_boilerplate(text: str, places: tuple[str, ...] = ()) -> bool:
    """:attr:`Specificity.is_generic`, with a fast path: a text with three figures or dates is never generic
    (cached, as :func:`specificity` is)."""
    if min(_quantities(text), 3) + min(len(_YEAR.findall(text)), 2) >= 3:
        return False
    return specificity(text, places).is_generic


def places_of(proposal: Proposal) -> tuple[str, ...]:
    """Names of the proposal's own places, which count as specific wherever they are mentioned."""
    city = proposal.city
    names = [city.name, city.region, city.country.label if city.country else ""]
    for part in (city.region or "").replace("(", " ").replace(")", " ").split(","):
        names.append(part.strip())
    return tuple(n.strip() for n in names if n and n.strip())


# --- copies --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1024)
def shingles(text: str, n: int = 5) -> frozenset[tuple[str, ...]]:
    """The runs of ``n`` consecutive words of ``text``, case-folded (the whole text if it is shorter)."""
    return _runs([w.casefold() for w in _WORD.findall(text)], n)


def _runs(words: list[str], n: int) -> frozenset[tuple[str, ...]]:
    if len(words) < n:
        return frozenset({tuple(words)}) if words else frozenset()
    # zip builds the runs in C: the same tuples as words[i:i + n] for every i, in about a third of the time.
    return frozenset(zip(*(words[i:] for i in range(n))))


def overlap(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """Share of ``a``'s word runs that also appear in ``b``."""
    return len(a & b) / len(a) if a else 0.0


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@functools.cache
def guidance_shingles() -> frozenset[tuple[str, ...]]:
    """Word runs of every example and explanation in the wizard's guidance (``steps.json``)."""
    path = resources.guidance_dir() / "steps.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    runs: set[tuple[str, ...]] = set()
    for text in _strings(data):
        words = _WORD.findall(text)
        if len(words) >= 8:  # the words found once, and the guidance's texts kept out of shingles' cache
            runs |= _runs([w.casefold() for w in words], 5)
    return frozenset(runs)


#: Share of a text's five-word runs found in the guidance above which it counts as copied.
COPIED_SHARE = 0.5
#: Share of shared five-word runs above which two answers count as the same text.
DUPLICATE_SHARE = 0.6
#: Answers shorter than this many words are not compared for copies.
COPY_MIN_WORDS = 8


@functools.lru_cache(maxsize=1024)
def copied_from_guidance(text: str) -> bool:
    if word_count(text) < COPY_MIN_WORDS:
        return False
    return overlap(shingles(text), guidance_shingles()) >= COPIED_SHARE


def duplicate_groups(texts: list[tuple[str, str]]) -> list[list[str]]:
    """Groups of field paths whose answers are (nearly) the same text, from ``(path, text)`` pairs."""
    return [list(group) for group in _duplicate_groups(tuple(texts))]


@functools.lru_cache(maxsize=64)
def _duplicate_groups(texts: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], ...]:
    prepared = [(path, shingles(text)) for path, text in texts if word_count(text) >= COPY_MIN_WORDS]
    groups: list[tuple[str, ...]] = []
    placed: set[str] = set()
    for i, (path, runs) in enumerate(prepared):
        if path in placed:
            continue
        group = [path]
        for other, other_runs in prepared[i + 1:]:
            if other in placed:
                continue
            shared = len(runs & other_runs) / max(1, min(len(runs), len(other_runs)))
            if shared >= DUPLICATE_SHARE:
                group.append(other)
        if len(group) > 1:
            placed.update(group)
            groups.append(tuple(group))
    return tuple(groups)


# --- several problems in one -------------------------------------------------------------------------------

#: Keyword families used to tell whether a problem names several distinct challenges (with words in
#: Bahasa Indonesia, Vietnamese and Thai for the commonest ones).
CHALLENGE_FAMILIES: dict[str, tuple[str, ...]] = {
    "mobility": ("congestion", "congested", "traffic", "traffic jams", "gridlock", "commute", "commutes", "commuters",
                 "commuting", "mobility",
                 "public transport", "transit", "macet", "kemacetan", "ùn tắc", "kẹt xe", "รถติด", "การจราจร"),
    "waste": ("waste", "garbage", "rubbish", "trash", "landfill", "litter", "sampah", "rác", "ขยะ"),
    "energy": ("energy", "electricity", "power cuts", "blackouts", "street lighting", "lighting", "listrik",
               "điện", "ไฟฟ้า"),
    "flooding": ("flood", "floods", "flooding", "flooded", "drainage", "inundation", "storm water", "stormwater",
                 "banjir", "rob", "ngập", "lụt", "น้ำท่วม"),
    "water": ("water supply", "drinking water", "piped water", "water loss", "non-revenue water", "water shortage",
              "air bersih", "nước sạch", "น้ำประปา"),
    "housing": ("housing", "slum", "slums", "homelessness", "affordable homes", "perumahan", "kumuh", "nhà ở"),
    "health": ("health", "disease", "diseases", "hospital", "hospitals", "clinic", "clinics", "kesehatan",
               "y tế", "สุขภาพ"),
    "education": ("education", "school", "schools", "learning", "pendidikan", "giáo dục", "การศึกษา"),
    "air quality": ("air quality", "air pollution", "smog", "pm2.5", "haze", "polusi udara", "ô nhiễm không khí",
                    "มลพิษทางอากาศ", "ฝุ่น"),
    "public services": ("permits", "public services", "e-government", "paperwork", "pelayanan publik"),
}
_FAMILY_RE = {
    name: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
    for name, words in CHALLENGE_FAMILIES.items()
}


def challenge_families(text: str) -> list[str]:
    """The challenge families named in ``text``, in table order."""
    return [name for name, _ in _family_counts(text)]


def family_counts(text: str) -> dict[str, int]:
    """How often each challenge family is named in ``text`` (families not named are left out)."""
    return dict(_family_counts(text))


@functools.lru_cache(maxsize=512)
def _family_counts(text: str) -> tuple[tuple[str, int], ...]:
    counts = ((name, len(pattern.findall(text))) for name, pattern in _FAMILY_RE.items())
    return tuple((name, n) for name, n in counts if n)


def several_problems(text: str) -> list[str]:
    """The families of a text that names three or more challenges with none of them its clear subject
    (no family has half the mentions); empty when the text is about one problem."""
    counts = family_counts(text)
    if len(counts) < 3 or max(counts.values()) * 2 >= sum(counts.values()):
        return []
    return list(counts)


# --- figures quoted in prose --------------------------------------------------------------------------------

_SCALE = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "m": Decimal(10) ** 6, "juta": Decimal(10) ** 6,
    "triệu": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "miliar": Decimal(10) ** 9,
    "milyar": Decimal(10) ** 9, "tỷ": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "t": Decimal(10) ** 12, "triliun": Decimal(10) ** 12,
}
_CURRENCIES = "BND|KHR|IDR|LAK|MYR|MMK|PHP|SGD|THB|USD|VND|JPY|US\\$|Rp|RM|₱|฿|¥|\\$"
MONEY = re.compile(
    r"(?P<cur>" + _CURRENCIES + r")\s?(?P<num>\d[\d.,]*)\s?(?P<scale>thousand|million|billion|trillion|mn|bn|tn|"
    r"juta|miliar|milyar|triliun|triệu|tỷ|[kKmMbBtT](?![\w]))?",
)


def parse_number(token: str) -> Decimal | None:
    """``1,150`` -> 1150, ``4.1`` -> 4.1, ``3.200.000`` -> 3200000 (dots as thousands when grouped by three)."""
    token = token.rstrip(".,")
    if not token:
        return None
    if token.count(".") > 1 or (token.count(".") == 1 and "," not in token
                                and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token) and len(token.split(".")[-1]) == 3
                                and token.split(".")[0] != "0" and len(token) > 5):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", "")
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def money_amounts(text: str) -> list[tuple[int, int, str, Decimal]]:
    """Amounts written with a currency: ``(start, end, currency, value)``."""
    return list(_money_amounts(text))


@functools.lru_cache(maxsize=512)
def _money_amounts(text: str) -> tuple[tuple[int, int, str, Decimal], ...]:
    found = []
    for match in MONEY.finditer(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        scale = match.group("scale")
        if scale:
            value *= _SCALE[scale.casefold()]
        found.append((match.start(), match.end(), match.group("cur"), value))
    return tuple(found)


_DIGIT = re.compile(r"\d")
_NOT_PROJECT = re.compile(r"economic|equity|eirr|enpv|social", re.IGNORECASE)
_IRR = re.compile(r"(?<![\w])(?:F?IRR|internal rate of return)(?![\w])", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
_NPV = re.compile(r"(?<![\w])(?:F?NPV|net present value)(?![\w])", re.IGNORECASE)
_CAPEX = re.compile(r"(?<![\w])(?:total capex|total capital cost|total investment|total project cost|capex of|"
                    r"capital cost of|investment of)(?![\w])", re.IGNORECASE)


def _qualified(text: str, start: int) -> bool:
    """The figure named at ``start`` is the project's own financial one, not an economic or equity figure."""
    return not _NOT_PROJECT.search(text[max(0, start - 25):start + 4])


@functools.lru_cache(maxsize=512)
def quoted_figures(text: str) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...], tuple[Decimal, ...]]:
    """IRRs, NPVs and capex amounts quoted in ``text`` (cached per text)."""
    if _DIGIT.search(text) is None:
        return (), (), ()
    folded = text.casefold()
    irrs = tuple(quoted_irrs(text)) if "irr" in folded or "internal rate" in folded else ()
    npvs = tuple(quoted_npvs(text)) if "npv" in folded or "net present" in folded else ()
    capex = tuple(quoted_capex(text)) if any(w in folded for w in ("capex", "capital cost", "investment of",
                                                                    "total investment", "project cost")) else ()
    return irrs, npvs, capex


def quoted_irrs(text: str) -> list[Decimal]:
    values = []
    for match in _IRR.finditer(text):
        if not _qualified(text, match.start()):
            continue
        window = text[match.end():match.end() + 45]
        pct = _PERCENT.search(window)
        if pct:
            value = parse_number(pct.group(1).replace(",", "."))
            if value is not None:
                values.append(value)
    return values


def _amount_after(pattern: re.Pattern[str], text: str, reach: int) -> list[Decimal]:
    values = []
    amounts = money_amounts(text)
    for match in pattern.finditer(text):
        if not _qualified(text, match.start()):
            continue
        for start, _end, _cur, value in amounts:
            if match.end() <= start <= match.end() + reach:
                values.append(value)
                break
    return values


_REVENUE = re.compile(r"(?<![\w])(?:revenue|revenues|fares|fare revenue|fare income|income|fees|tariffs|sales)"
                      r"(?![\w])", re.IGNORECASE)
_IN_YEAR = re.compile(r"[^.;]{0,40}?\b(?:in|by|for)\s+((?:19|20|21)\d\d)\b")
#: Scale words of a large sum: a unit price (a fare, a fee) is never quoted in millions.
_LARGE_SCALE = re.compile(r"(?:million|billion|trillion|mn|bn|tn|juta|miliar|milyar|triliun|triệu|tỷ|[mMbBtT])$")


def is_large_sum(text: str, start: int, end: int) -> bool:
    """The amount written at ``text[start:end]`` carries a scale word of millions or more."""
    return bool(_LARGE_SCALE.search(text[start:end].rstrip()))


@functools.lru_cache(maxsize=512)
def quoted_revenues(text: str) -> tuple[tuple[Decimal, int], ...]:
    """Revenue quoted for a given year ('fares of PHP 2.4 billion in 2031'): (amount, year) pairs; only sums
    written in millions or more, right after a revenue word, with a year in the same clause."""
    found = []
    amounts = money_amounts(text)
    for match in _REVENUE.finditer(text):
        for start, end, _cur, value in amounts:
            if match.end() <= start <= match.end() + 12 and is_large_sum(text, start, end):
                year = _IN_YEAR.match(text, end)
                if year:
                    found.append((value, int(year.group(1))))
                break
    return tuple(found)


def quoted_npvs(text: str) -> list[Decimal]:
    return _amount_after(_NPV, text, 45)


def quoted_capex(text: str) -> list[Decimal]:
    return _amount_after(_CAPEX, text, 30)
