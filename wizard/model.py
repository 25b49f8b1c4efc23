"""The proposal document model: the single source of truth for a CityPitch proposal.

Everything the wizard edits, the readiness rules judge, the financial case computes and the deck
shows lives here, as pydantic v2 models with no Qt in them.

Design rules:
- A draft is legal: every field may be empty (``""``, ``None`` or ``[]``) while a team works.
  Completeness is judged by the readiness rules, never by the loader.
- What is present must be valid: numbers are numbers, years are years, percentages are 0-100,
  currencies are ISO 4217 codes.  Each field carries a ``title`` in a planner's words, used by
  :func:`wizard.errors.explain` to name the field in messages.
- Money is ``Decimal`` (serialised as a string in JSON), never a binary float.
- Every model keeps unknown keys (``extra="allow"``) so that a file written by a newer minor version,
  or hand-edited, loses nothing when it is saved again.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 2
"""Version of the proposal schema written by this build (see :mod:`wizard.migrations`)."""

YEAR_MIN = 1900
YEAR_MAX = 2150
TEXT_MAX = 20_000
LINE_MAX = 300


class Choice(str, Enum):
    """A closed set of values with a human label for each (shown in the wizard and the deck).

    A member whose label is too long for a drop-down (Qt cannot wrap one, and a 40% longer language
    would make a 1024-pixel page scroll sideways) also has a ``short`` label: the wizard's drop-down
    shows it, with the full label as the choice's tooltip; everything else says the full label.
    """

    label: str
    short: str

    def __new__(cls, value: str, label: str | None = None, short: str | None = None) -> "Choice":
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value.replace("_", " ").capitalize()
        obj.short = short or obj.label
        return obj

    def __str__(self) -> str:
        return str(self.value)


# --- text and numbers at the boundary ---------------------------------------------------------

#: Characters that break a line in some program (CR, vertical tab and form feed from Word and PowerPoint,
#: the Unicode line and paragraph separators, NEL, the information separators): each becomes "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Other control characters (no visible meaning, not allowed in XML, so not in a PDF's metadata): a space.
_INVISIBLE = re.compile("[\x01-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_ANY_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Text as every output can carry it: line breaks made "\n", invisible controls made spaces.

    A NUL character (a zero byte) or half of a UTF-16 surrogate pair is refused, naming the field: both
    mean the data is damaged, and dropping them silently would join the words around them.  Tabs and
    "\n" stay.  After this, every string of the model is valid in XML (PDF metadata) and in UTF-8.
    """
    if not _ANY_CONTROL.search(value):
        return value
    if "\x00" in value:
        raise PydanticCustomError(
            "text_nul", "contains a NUL character (a zero byte) at position {position}, which text cannot hold: "
            "the file is damaged or not text there; remove it", {"position": value.index("\x00") + 1})
    broken = _SURROGATE.search(value)
    if broken:
        raise PydanticCustomError(
            "text_surrogate", "contains a broken character (half of a UTF-16 pair) at position {position}: "
            "the text was damaged on the way; type that part again", {"position": broken.start() + 1})
    return _INVISIBLE.sub(" ", _LINE_BREAKS.sub("\n", value))


def _tidy_decimal(places: int) -> Callable[[Decimal], Decimal]:
    """A validator writing an accepted Decimal plainly: no exponent, at most ``places`` decimals, no -0.

    The digit checks see through trailing zeros and exponents (``1E+3``, ``0E-1000000000``,
    ``20.000...000``), which are accepted; written as they came, such a value would print as thousands of
    digits or cost memory to format.  Only zeros are dropped, so the value is the same.
    """

    def tidy(value: Decimal) -> Decimal:
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and (exponent > 0 or exponent < -places):
            value = value.quantize(Decimal(1).scaleb(-places if exponent < -places else 0))
        return value.copy_abs() if value.is_zero() else value

    return tidy


#: A KPI's baseline or target and a headline target's value: any quantity in any unit, within
#: +-10^15, at most 6 decimals.
MEASURE_MAX = 10**15

# --- reusable field types ------------------------------------------------------------------

Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]
Text = Annotated[str, Field(max_length=TEXT_MAX), AfterValidator(clean_text)]
Line = Annotated[str, Field(max_length=LINE_MAX), AfterValidator(clean_text)]
Money = Annotated[Decimal, Field(ge=0, max_digits=24, decimal_places=2, allow_inf_nan=False), AfterValidator(_tidy_decimal(2))]
Percent = Annotated[Decimal, Field(ge=0, le=100, max_digits=8, decimal_places=4, allow_inf_nan=False),
                    AfterValidator(_tidy_decimal(4))]
Rate = Annotated[Decimal, Field(gt=0, max_digits=24, decimal_places=10, allow_inf_nan=False), AfterValidator(_tidy_decimal(10))]
Measure = Annotated[Decimal, Field(ge=-MEASURE_MAX, le=MEASURE_MAX, max_digits=22, decimal_places=6, allow_inf_nan=False),
                    AfterValidator(_tidy_decimal(6))]
Score = Annotated[int, Field(ge=1, le=5)]
Count = Annotated[int, Field(ge=0, le=10_000_000_000)]
Colour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Section(BaseModel):
    """Base for every part of the proposal: draft-friendly, validated on assignment, lossless."""

    model_config = ConfigDict(
        extra="allow",
        validate_assignment=True,
        validate_default=False,
        str_strip_whitespace=False,
        use_enum_values=False,
    )


# --- choices ---------------------------------------------------------------------------------


class Country(Choice):
    BRUNEI = "BN", "Brunei Darussalam"
    CAMBODIA = "KH", "Cambodia"
    INDONESIA = "ID", "Indonesia"
    LAOS = "LA", "Lao PDR"
    MALAYSIA = "MY", "Malaysia"
    MYANMAR = "MM", "Myanmar"
    PHILIPPINES = "PH", "Philippines"
    SINGAPORE = "SG", "Singapore"
    THAILAND = "TH", "Thailand"
    TIMOR_LESTE = "TL", "Timor-Leste"
    VIETNAM = "VN", "Viet Nam"


class Currency(Choice):
    """ISO 4217 codes: the local currencies of the ASEAN states, plus USD and JPY."""

    BND = "BND", "Brunei dollar (BND)"
    KHR = "KHR", "Cambodian riel (KHR)"
    IDR = "IDR", "Indonesian rupiah (IDR)"
    LAK = "LAK", "Lao kip (LAK)"
    MYR = "MYR", "Malaysian ringgit (MYR)"
    MMK = "MMK", "Myanmar kyat (MMK)"
    PHP = "PHP", "Philippine peso (PHP)"
    SGD = "SGD", "Singapore dollar (SGD)"
    THB = "THB", "Thai baht (THB)"
    VND = "VND", "Vietnamese dong (VND)"
    USD = "USD", "US dollar (USD)"
    JPY = "JPY", "Japanese yen (JPY)"


#: The currency each member state uses locally (Timor-Leste uses the US dollar).
LOCAL_CURRENCY: dict[Country, Currency] = {
    Country.BRUNEI: Currency.BND,
    Country.CAMBODIA: Currency.KHR,
    Country.INDONESIA: Currency.IDR,
    Country.LAOS: Currency.LAK,
    Country.MALAYSIA: Currency.MYR,
    Country.MYANMAR: Currency.MMK,
    Country.PHILIPPINES: Currency.PHP,
    Country.SINGAPORE: Currency.SGD,
    Country.THAILAND: Currency.THB,
    Country.TIMOR_LESTE: Currency.USD,
    Country.VIETNAM: Currency.VND,
}


class NumberLocale(Choice):
    """How the team's own files write numbers (Latin digits; each language's CLDR separators): numbers
    written as text in an imported spreadsheet are read this way.

    The window writes and reads numbers in its interface language's convention
    (:func:`wizard.money.reader_locale`); exported documents follow their own output language
    (:mod:`wizard.export.numbers`).
    """

    EN = "en", "English: 1,234,567.8"
    ID = "id", "Indonesian: 1.234.567,8"
    VI = "vi", "Vietnamese: 1.234.567,8"
    TH = "th", "Thai: 1,234,567.8"
    KM = "km", "Khmer: 1,234,567.8"
    LO = "lo", "Lao: 1.234.567,8"
    MY = "my", "Burmese: 1,234,567.8"
    MS = "ms", "Malay: 1,234,567.8"
    FIL = "fil", "Filipino: 1,234,567.8"
    JA = "ja", "Japanese: 1,234,567.8"


class LocalLanguage(Choice):
    """A language the team may write some fields in besides English (BCP 47 tags, as the PDF's /Lang takes)."""

    ID = "id", "Indonesian"
    MS = "ms", "Malay"
    VI = "vi", "Vietnamese"
    TH = "th", "Thai"
    KM = "km", "Khmer"
    LO = "lo", "Lao"
    MY = "my", "Burmese"
    FIL = "fil", "Filipino"
    TET = "tet", "Tetum"


#: The language a city's team most likely writes local texts in, preset from the country (Singapore works
#: in English, so it presets none).
COUNTRY_LANGUAGE: dict[Country, LocalLanguage] = {
    Country.BRUNEI: LocalLanguage.MS,
    Country.CAMBODIA: LocalLanguage.KM,
    Country.INDONESIA: LocalLanguage.ID,
    Country.LAOS: LocalLanguage.LO,
    Country.MALAYSIA: LocalLanguage.MS,
    Country.MYANMAR: LocalLanguage.MY,
    Country.PHILIPPINES: LocalLanguage.FIL,
    Country.THAILAND: LocalLanguage.TH,
    Country.TIMOR_LESTE: LocalLanguage.TET,
    Country.VIETNAM: LocalLanguage.VI,
}


class FocusArea(Choice):
    """The six focus areas of the ASEAN Smart Cities Network."""

    CIVIC_SOCIAL = "civic_social", "Civic and social services"
    ENVIRONMENT = "environment", "Quality environment"
    BUILT_INFRASTRUCTURE = "built_infrastructure", "Built infrastructure"
    INDUSTRY_INNOVATION = "industry_innovation", "Industry and innovation"
    SAFETY_SECURITY = "safety_security", "Safety and security"
    HEALTH_WELLBEING = "health_wellbeing", "Health and well-being"


class ProblemCategory(Choice):
    MOBILITY = "mobility", "Mobility and congestion"
    WASTE = "waste", "Waste management"
    ENERGY = "energy", "Energy efficiency"
    PUBLIC_SERVICES = "public_services", "Public service delivery"
    FLOODING = "flooding", "Flooding and drainage"
    WATER = "water", "Water supply and quality"
    HOUSING = "housing", "Housing"
    HEALTH = "health", "Public health"
    EDUCATION = "education", "Education"
    AIR_QUALITY = "air_quality", "Air quality"
    OTHER = "other", "Other"


class StudyStatus(Choice):
    NOT_STARTED = "not_started", "Not started"
    PRE_FEASIBILITY = "pre_feasibility", "Pre-feasibility done"
    IN_PROGRESS = "in_progress", "Full feasibility in progress"
    COMPLETED = "completed", "Full feasibility completed"


class PermitStatus(Choice):
    NOT_NEEDED = "not_needed", "Not needed"
    NOT_STARTED = "not_started", "Not started"
    APPLIED = "applied", "Applied for"
    GRANTED = "granted", "Granted"


class LandStatus(Choice):
    NOT_NEEDED = "not_needed", "No new land needed"
    IDENTIFIED = "identified", "Identified"
    ACQUIRING = "acquiring", "Being acquired"
    SECURED = "secured", "Secured"


class EnvCategory(Choice):
    """JBIC environmental and social screening categories (A needs a full EIA)."""

    A = "A", "Category A (significant impact: full EIA)", "Category A (significant impact)"
    B = "B", "Category B (limited impact)"
    C = "C", "Category C (minimal impact)"
    FI = "FI", "Category FI (through a financial intermediary)", "Category FI (financial intermediary)"


class EiaStatus(Choice):
    NOT_REQUIRED = "not_required", "Not required"
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    APPROVED = "approved", "Approved"


class FundingType(Choice):
    PUBLIC_BUDGET = "public_budget", "City / provincial budget"
    NATIONAL_GOVERNMENT = "national_government", "National government"
    ODA_JICA = "oda_jica", "ODA / JICA"
    MULTILATERAL = "multilateral", "Multilateral development bank"
    JOIN_EQUITY = "join_equity", "JOIN equity"
    JBIC_LOAN = "jbic_loan", "JBIC loan"
    PRIVATE_EQUITY = "private_equity", "Private equity"
    COMMERCIAL_DEBT = "commercial_debt", "Commercial debt"
    GREEN_BOND = "green_bond", "Green bond"
    OTHER = "other", "Other"


class Instrument(Choice):
    GRANT = "grant", "Grant"
    BUDGET = "budget", "Budget allocation"
    EQUITY = "equity", "Equity"
    LOAN = "loan", "Loan"
    CONCESSIONAL_LOAN = "concessional_loan", "Concessional loan"
    BOND = "bond", "Bond"
    GUARANTEE = "guarantee", "Guarantee"
    OTHER = "other", "Other"


class FundingStatus(Choice):
    COMMITTED = "committed", "Committed"
    IN_DISCUSSION = "in_discussion", "In discussion"
    SOUGHT = "sought", "Sought"


class RepaymentProfile(Choice):
    """How a loan's principal is paid back after its grace period."""

    ANNUITY = "annuity", "Annuity (equal yearly payments)"
    STRAIGHT_LINE = "straight_line", "Straight line (equal principal)"


class InvestorType(Choice):
    """Who holds a share of the project company."""

    SPONSOR = "sponsor", "Sponsor"
    JOIN = "join", "JOIN"
    CITY = "city", "City or city-owned company"
    FUND = "fund", "Fund"
    OTHER = "other", "Other"


class TerminalValueMethod(Choice):
    """How the value left at the end of the appraisal period is counted."""

    NONE = "none", "None"
    PERPETUITY_GROWTH = "perpetuity_growth", "Growing cash flow (perpetuity, or to the end of the concession)", "Growing cash flow"
    EXIT_MULTIPLE = "exit_multiple", "Exit multiple of the last year's EBITDA", "Exit multiple of EBITDA"


class RiskCategory(Choice):
    POLITICAL = "political", "Political"
    COUNTERPARTY = "counterparty", "Counterparty / contractor"
    DEMAND = "demand", "Demand / revenue"
    CONSTRUCTION = "construction", "Construction"
    TECHNOLOGY = "technology", "Technology"
    FINANCIAL = "financial", "Financial / currency"
    REGULATORY = "regulatory", "Regulatory / legal"
    LAND_PERMITS = "land_permits", "Land and permits"
    ENVIRONMENTAL_SOCIAL = "environmental_social", "Environmental and social"
    OPERATIONAL = "operational", "Operational"
    CYBER = "cyber", "Cyber and data"
    FORCE_MAJEURE = "force_majeure", "Force majeure / climate"
    OTHER = "other", "Other"


class RiskBearer(Choice):
    CITY = "city", "City government"
    NATIONAL_GOVERNMENT = "national_government", "National government"
    SPC = "spc", "Project company (SPC)"
    PRIVATE_PARTNER = "private_partner", "Private partner"
    CONTRACTOR = "contractor", "EPC contractor"
    OPERATOR = "operator", "Operator"
    LENDERS = "lenders", "Lenders"
    INSURER = "insurer", "Insurer"
    USERS = "users", "Users"
    SHARED = "shared", "Shared"


class PhaseKind(Choice):
    LIGHT = "light", "Light (digital layer)"
    HEAVY = "heavy", "Heavy (physical investment)"


class MilestoneKind(Choice):
    """The step on the path from today to operation that a milestone marks (the deck's delivery timeline)."""

    STUDY = "study", "Study"
    PERMIT = "permit", "Permit or approval"
    LAND = "land", "Land"
    PROCUREMENT = "procurement", "Procurement or agreement"
    FINANCIAL_CLOSE = "financial_close", "Financial close"
    CONSTRUCTION = "construction", "Construction"
    OPERATION = "operation", "Start of operation"
    OTHER = "other", "Other"


class PartnerType(Choice):
    JAPANESE_COMPANY = "japanese_company", "Japanese company"
    JAPANESE_AGENCY = "japanese_agency", "Japanese public agency"
    LOCAL_COMPANY = "local_company", "Local company"
    GOVERNMENT = "government", "Government body"
    MULTILATERAL = "multilateral", "Multilateral institution"
    ACADEMIC = "academic", "University / research"
    CIVIL_SOCIETY = "civil_society", "Civil society"
    OTHER = "other", "Other"


class PartnerStatus(Choice):
    CONFIRMED = "confirmed", "Confirmed"
    IN_DISCUSSION = "in_discussion", "In discussion"
    TARGET = "target", "Target"


class ProjectStructure(Choice):
    SPC = "spc", "Special purpose company (SPC)"
    JV = "jv", "Joint venture (JV)"
    PPP_CONCESSION = "ppp_concession", "PPP concession"
    AVAILABILITY_PPP = "availability_ppp", "Availability-payment PPP"
    PUBLIC_PROCUREMENT = "public_procurement", "Public procurement"
    OTHER = "other", "Other"


class GreenFocus(Choice):
    """The environmental aims JBIC's smart-city line targets."""

    GHG_REDUCTION = "ghg_reduction", "GHG reduction"
    RENEWABLE_ENERGY = "renewable_energy", "Renewable energy"
    AIR_POLLUTION = "air_pollution", "Air pollution prevention"
    WATER_POLLUTION = "water_pollution", "Water pollution prevention"


# --- sections -----------------------------------------------------------------------------------


class Meta(Section):
    project_name: Line = Field("", title="Project name")
    subtitle: Line = Field("", title="Subtitle")
    prepared_by: Line = Field("", title="Prepared by")
    prepared_on: _dt.date | None = Field(None, title="Date of the proposal")
    confidentiality: Line = Field(
        "Confidential: prepared for discussion with prospective investors", title="Confidentiality note"
    )
    illustrative: bool = Field(False, title="Illustrative example")
    number_locale: NumberLocale = Field(NumberLocale.EN, title="Spreadsheet number format")
    # Per-field language (issue 14): the exports put lang="..." on the marked fields' text, so PDF/UA
    # output carries /Lang on each such passage.  Fields are patterns without list indices
    # ("problem.statement", "risks.description": a table column counts for every row).
    local_language: LocalLanguage | None = Field(None, title="Local language")
    local_language_fields: list[Line] = Field(default_factory=list, title="Fields written in the local language")


class Contact(Section):
    name: Line = Field("", title="Name")
    role: Line = Field("", title="Role")
    organisation: Line = Field("", title="Organisation")
    email: Line = Field("", title="E-mail")
    phone: Line = Field("", title="Phone")


class CityProfile(Section):
    name: Line = Field("", title="City")
    country: Country | None = Field(None, title="Country")
    region: Line = Field("", title="Province or region")
    # Where the location map puts the city (WGS84 degrees; wizard.geo draws it).
    latitude: Annotated[Decimal, Field(ge=-90, le=90, decimal_places=6, allow_inf_nan=False),
                        AfterValidator(_tidy_decimal(6))] | None = Field(
        None, title="Latitude"
    )
    longitude: Annotated[Decimal, Field(ge=-180, le=180, decimal_places=6, allow_inf_nan=False),
                         AfterValidator(_tidy_decimal(6))] | None = Field(
        None, title="Longitude"
    )
    population: Count | None = Field(None, title="Population")
    population_year: Year | None = Field(None, title="Population year")
    population_growth_pct: Annotated[Decimal, Field(ge=-20, le=20, max_digits=5, decimal_places=3),
                                     AfterValidator(_tidy_decimal(3))] | None = Field(
        None, title="Population growth (% a year)"
    )
    area_km2: Annotated[Decimal, Field(gt=0, le=100_000, max_digits=8, decimal_places=2),
                        AfterValidator(_tidy_decimal(2))] | None = Field(
        None, title="Area (km²)"
    )
    gdp_per_capita_usd: Money | None = Field(None, title="GDP per head (USD)")
    ascn_member: bool = Field(False, title="ASCN member city")
    focus_areas: list[FocusArea] = Field(default_factory=list, title="ASCN focus areas")
    scap_reference: Line = Field("", title="Smart City Action Plan reference")
    context: Text = Field("", title="City context")


class Team(Section):
    lead_agency: Line = Field("", title="Lead agency")
    champion_name: Line = Field("", title="Project champion")
    champion_title: Line = Field("", title="Champion's title")
    contacts: list[Contact] = Field(default_factory=list, title="Contacts")
    capability: Text = Field("", title="Team capability and track record")


class VisionTarget(Section):
    kpi: Line = Field("", title="KPI")
    description: Line = Field("", title="Target")
    value: Measure | None = Field(None, title="Target value")
    unit: Line = Field("", title="Unit")
    year: Year | None = Field(None, title="Target year")


class Vision(Section):
    statement: Text = Field("", title="Vision statement")
    horizon_year: Year | None = Field(None, title="Horizon year")
    alignment_social: Text = Field("", title="Social priorities served")
    alignment_economic: Text = Field("", title="Economic priorities served")
    alignment_environmental: Text = Field("", title="Environmental priorities served")
    citizen_benefits: list[Line] = Field(default_factory=list, title="Benefits for citizens")
    business_benefits: list[Line] = Field(default_factory=list, title="Benefits for businesses")
    targets: list[VisionTarget] = Field(default_factory=list, title="Headline targets")


class Evidence(Section):
    claim: Line = Field("", title="Finding")
    source: Line = Field("", title="Source")
    year: Year | None = Field(None, title="Year of the data")
    link: Line = Field("", title="Reference (link or document)")


class KPI(Section):
    name: Line = Field("", title="KPI")
    unit: Line = Field("", title="Unit")
    baseline: Measure | None = Field(None, title="Baseline")
    baseline_year: Year | None = Field(None, title="Baseline year")
    baseline_source: Line = Field("", title="Baseline source")
    target: Measure | None = Field(None, title="Target")
    target_year: Year | None = Field(None, title="Target year")


class Problem(Section):
    category: ProblemCategory | None = Field(None, title="Problem category")
    title: Line = Field("", title="Problem in one line")
    statement: Text = Field("", title="Problem statement")
    affected_population: Count | None = Field(None, title="People affected")
    affected_groups: Text = Field("", title="Who is affected")
    root_causes: Text = Field("", title="Root causes")
    why_now: Text = Field("", title="Why now")
    community_needs: Text = Field("", title="Community needs")
    consultation: Text = Field("", title="Citizen consultation")
    evidence: list[Evidence] = Field(default_factory=list, title="Evidence")
    kpis: list[KPI] = Field(default_factory=list, title="KPIs")


class Feasibility(Section):
    study_status: StudyStatus | None = Field(None, title="Feasibility study status")
    study_by: Line = Field("", title="Study prepared by")
    study_year: Year | None = Field(None, title="Study year")
    options_considered: Text = Field("", title="Options considered")
    technical_justification: Text = Field("", title="Technical justification")
    demand_forecast: Text = Field("", title="Demand forecast")
    demand_forecast_source: Line = Field("", title="Demand forecast prepared by")
    demand_forecast_independent: bool = Field(False, title="Forecast prepared independently")
    permits_status: PermitStatus | None = Field(None, title="Permits")
    land_status: LandStatus | None = Field(None, title="Land")
    environmental_category: EnvCategory | None = Field(None, title="Environmental category")
    eia_status: EiaStatus | None = Field(None, title="Environmental impact assessment")


class EconomicEngine(Section):
    business_conditions: Text = Field("", title="Conditions for business")
    enabling_infrastructure: Text = Field("", title="Enabling infrastructure")
    regulation: Text = Field("", title="Regulation and enabling law")
    market_access: Text = Field("", title="Market access and demand")
    revenue_model: Text = Field("", title="Revenue model")
    jobs_direct: Count | None = Field(None, title="Direct jobs")
    jobs_indirect: Count | None = Field(None, title="Indirect jobs")
    scalability: Text = Field("", title="Scalability and replication")


class YearLine(Section):
    """One year of the financial case, in the proposal's currency."""

    year: Year | None = Field(None, title="Year")
    capex: Money | None = Field(None, title="Capex")
    opex: Money | None = Field(None, title="Opex")
    rev_user_fees: Money | None = Field(None, title="User fees")
    rev_availability: Money | None = Field(None, title="Availability payments")
    rev_land_value: Money | None = Field(None, title="Land value capture")
    rev_energy_savings: Money | None = Field(None, title="Energy savings")
    rev_data_services: Money | None = Field(None, title="Data services")
    rev_advertising: Money | None = Field(None, title="Advertising")
    rev_other: Money | None = Field(None, title="Other revenue")


#: Revenue stream field names of :class:`YearLine`, in display order.
REVENUE_FIELDS: tuple[str, ...] = (
    "rev_user_fees",
    "rev_availability",
    "rev_land_value",
    "rev_energy_savings",
    "rev_data_services",
    "rev_advertising",
    "rev_other",
)


#: Yearly change of a rate or a growth, in percent (negative allowed).
SignedPercent = Annotated[Decimal, Field(ge=-100, le=100, max_digits=8, decimal_places=4, allow_inf_nan=False),
                          AfterValidator(_tidy_decimal(4))]
#: A change applied to an amount in a scenario, in percent (-100% removes it; up to ten times more).
ChangePercent = Annotated[Decimal, Field(ge=-100, le=1000, max_digits=8, decimal_places=4, allow_inf_nan=False),
                          AfterValidator(_tidy_decimal(4))]
Tenor = Annotated[int, Field(ge=1, le=100)]
Grace = Annotated[int, Field(ge=0, le=100)]


class FundingSource(Section):
    """One source of money: its amount in the case's currency, and its terms (a loan's or a shareholder's)."""

    source_type: FundingType | None = Field(None, title="Source")
    name: Line = Field("", title="Funder")
    amount: Money | None = Field(None, title="Amount")
    instrument: Instrument | None = Field(None, title="Instrument")
    terms: Line = Field("", title="Terms")
    status: FundingStatus | None = Field(None, title="Status")
    japanese: bool = Field(False, title="Japanese investor")
    # Debt terms (loans, concessional loans and bonds).
    currency: Currency | None = Field(None, title="Loan currency")
    interest_rate_pct: Percent | None = Field(None, title="Interest rate (% a year)")
    tenor_years: Tenor | None = Field(None, title="Tenor (years)")
    grace_years: Grace | None = Field(None, title="Grace period (years)")
    repayment: RepaymentProfile | None = Field(None, title="Repayment")
    upfront_fee_pct: Percent | None = Field(None, title="Upfront fee (%)")
    # Equity terms.
    shareholding_pct: Percent | None = Field(None, title="Shareholding (%)")
    investor_type: InvestorType | None = Field(None, title="Investor type")


class AskItem(Section):
    """One part of the ask to Japanese investors: an amount in one instrument."""

    instrument: Instrument | None = Field(None, title="Instrument")
    amount: Money | None = Field(None, title="Amount")
    asked_of: Line = Field("", title="Asked of")
    terms: Line = Field("", title="Terms")


class ScenarioCase(Section):
    """A named case the team runs beside the base case: changes applied to the base case's numbers."""

    name: Line = Field("", title="Scenario")
    description: Line = Field("", title="What it assumes")
    capex_change_pct: ChangePercent | None = Field(None, title="Capex change (%)")
    opex_change_pct: ChangePercent | None = Field(None, title="Opex change (%)")
    revenue_change_pct: ChangePercent | None = Field(None, title="Revenue change (%)")
    delay_years: Annotated[int, Field(ge=0, le=20)] | None = Field(None, title="Delay (years)")
    interest_rate_change_pct: SignedPercent | None = Field(None, title="Interest rate change (points)")
    fx_depreciation_pct: SignedPercent | None = Field(None, title="Local currency depreciation (% a year)")


class FinancialCase(Section):
    currency: Currency | None = Field(None, title="Currency")
    local_per_usd: Rate | None = Field(None, title="Local currency per 1 USD")
    local_per_jpy: Rate | None = Field(None, title="Local currency per 1 JPY")
    rates_date: _dt.date | None = Field(None, title="Exchange rates taken on")
    base_year: Year | None = Field(None, title="Base year")
    horizon_years: Annotated[int, Field(ge=1, le=100)] | None = Field(None, title="Horizon (years)")
    discount_rate_pct: Annotated[Decimal, Field(gt=-100, le=100, max_digits=7, decimal_places=4),
                                 AfterValidator(_tidy_decimal(4))] | None = Field(
        None, title="Discount rate (%)"
    )
    lines: list[YearLine] = Field(default_factory=list, title="Yearly cash flows")
    funding: list[FundingSource] = Field(default_factory=list, title="Funding sources")
    asks: list[AskItem] = Field(default_factory=list, title="The ask to Japanese investors")
    ask_use_of_funds: Text = Field("", title="Use of the funds asked for")
    assumptions: Text = Field("", title="Key assumptions")
    # The investor's view: operation, the end of the concession, value left at the end, tax, returns.
    operations_start_year: Year | None = Field(None, title="Commercial operation starts (year)")
    concession_end_year: Year | None = Field(None, title="Concession or asset life ends (year)")
    terminal_method: TerminalValueMethod | None = Field(None, title="Terminal value method")
    terminal_growth_pct: Annotated[
        Decimal, Field(ge=-20, le=20, max_digits=8, decimal_places=4, allow_inf_nan=False), AfterValidator(_tidy_decimal(4))
    ] | None = Field(None, title="Terminal growth (% a year)")
    terminal_exit_multiple: Annotated[
        Decimal, Field(gt=0, le=100, max_digits=8, decimal_places=2, allow_inf_nan=False), AfterValidator(_tidy_decimal(2))
    ] | None = Field(None, title="Exit multiple (x EBITDA)")
    tax_rate_pct: Percent | None = Field(None, title="Profit tax rate (%)")
    depreciation_years: Tenor | None = Field(None, title="Depreciation period (years)")
    cost_of_equity_pct: Percent | None = Field(None, title="Cost of equity (%)")
    min_dscr: Annotated[Decimal, Field(gt=0, le=10, max_digits=6, decimal_places=2, allow_inf_nan=False),
                        AfterValidator(_tidy_decimal(2))] | None = Field(
        None, title="Lenders' minimum DSCR (x)"
    )
    development_costs: Money | None = Field(None, title="Development costs")
    reserves: Money | None = Field(None, title="Reserve accounts funded at financial close")
    fx_depreciation_pct: SignedPercent | None = Field(
        None, title="Local currency depreciation against the loan currency (% a year)"
    )
    scenarios: list[ScenarioCase] = Field(default_factory=list, title="Scenarios")

    @property
    def ask_amount(self) -> Decimal | None:
        """The whole ask: the sum of the ask's amounts (None when no part has an amount)."""
        amounts = [a.amount for a in self.asks if a.amount is not None]
        return sum(amounts, Decimal(0)) if amounts else None

    @property
    def ask_instrument(self) -> Instrument | None:
        """The instrument of the ask's largest part (None when no part names one)."""
        named = [a for a in self.asks if a.instrument is not None]
        if not named:
            return None
        return max(named, key=lambda a: a.amount if a.amount is not None else Decimal(-1)).instrument


class Risk(Section):
    category: RiskCategory | None = Field(None, title="Category")
    description: Line = Field("", title="Risk")
    likelihood: Score | None = Field(None, title="Likelihood (1-5)")
    impact: Score | None = Field(None, title="Impact (1-5)")
    mitigation: Line = Field("", title="Mitigation")
    bearer: RiskBearer | None = Field(None, title="Borne by")


class RoadmapPhase(Section):
    name: Line = Field("", title="Phase")
    kind: PhaseKind | None = Field(None, title="Light or heavy")
    components: Line = Field("", title="Components")
    start_year: Year | None = Field(None, title="Start year")
    end_year: Year | None = Field(None, title="End year")
    cost: Money | None = Field(None, title="Cost")
    depends_on: Line = Field("", title="Depends on (phase names, comma-separated)")
    outcomes: Line = Field("", title="Outcomes")


class DigitalRoadmap(Section):
    phases: list[RoadmapPhase] = Field(default_factory=list, title="Phases")
    digital_readiness: Text = Field("", title="Digital readiness today")
    data_governance: Text = Field("", title="Data governance")
    cybersecurity: Text = Field("", title="Cybersecurity")


class Partner(Section):
    name: Line = Field("", title="Partner")
    partner_type: PartnerType | None = Field(None, title="Type")
    contribution: Line = Field("", title="Contribution")
    status: PartnerStatus | None = Field(None, title="Status")


class JapanValueAdd(Section):
    technologies_sought: Text = Field("", title="Japanese technologies sought")
    operational_expertise: Text = Field("", title="Operational expertise sought")
    partners: list[Partner] = Field(default_factory=list, title="Partners")
    investor_role: Text = Field("", title="Role offered to the investor beyond capital")
    join_fit: Text = Field("", title="Fit with JOIN")
    jbic_fit: Text = Field("", title="Fit with JBIC")
    smart_jamp_fit: Text = Field("", title="Fit with Smart JAMP")
    green_focus: list[GreenFocus] = Field(default_factory=list, title="Environmental aims")
    ghg_reduction_tco2e: Annotated[Decimal, Field(ge=0, le=100_000_000, max_digits=11, decimal_places=2),
                                   AfterValidator(_tidy_decimal(2))] | None = Field(
        None, title="GHG reduction (tCO2e a year)"
    )
    project_structure: ProjectStructure | None = Field(None, title="Project structure")
    structure_description: Text = Field("", title="Structure and shareholders")
    management_structure: Text = Field("", title="Management structure")
    investment_recovery: Text = Field("", title="How the investment is recovered")
    exit_strategy: Text = Field("", title="Exit strategy")
    exit_agreed: bool = Field(False, title="Exit discussed with the parties in advance")
    environmental_social: Text = Field("", title="Environmental and social considerations")


class Milestone(Section):
    name: Line = Field("", title="Milestone")
    year: Year | None = Field(None, title="Year")
    description: Line = Field("", title="What is delivered")
    kind: MilestoneKind | None = Field(None, title="Kind of step")


class Implementation(Section):
    implementing_agency: Line = Field("", title="Implementing agency")
    governance: Text = Field("", title="Governance")
    procurement: Text = Field("", title="Procurement route")
    monitoring: Text = Field("", title="Monitoring and reporting")
    milestones: list[Milestone] = Field(default_factory=list, title="Milestones")


class Photo(Section):
    asset: Line = Field("", title="Image")
    caption: Line = Field("", title="Caption")
    credit: Line = Field("", title="Credit")


class Branding(Section):
    accent_colour: Colour = Field("#0F6E8C", title="Accent colour")
    logo: Line = Field("", title="Logo")
    photos: list[Photo] = Field(default_factory=list, title="Photos")


class Acknowledgement(Section):
    """A readiness warning answered with a written justification (blockers cannot be)."""

    rule: Line = Field("", title="Check")
    field: Line = Field("", title="Field")
    justification: Text = Field("", title="Justification")
    by: Line = Field("", title="Acknowledged by")
    on: _dt.date | None = Field(None, title="Acknowledged on")


class SlideTitle(Section):
    """A title the team wrote for one slide of the exported pitch, in place of the generated one.

    ``slide`` is the slide's stable id (see :func:`wizard.export.titles.slide_titles`), not its position.
    """

    slide: Line = Field("", title="Slide")
    title: Line = Field("", title="Title")


class Proposal(Section):
    """A whole smart-city investment proposal."""

    schema_version: int = Field(SCHEMA_VERSION, title="Schema version")
    meta: Meta = Field(default_factory=Meta, title="Proposal")
    city: CityProfile = Field(default_factory=CityProfile, title="City profile")
    team: Team = Field(default_factory=Team, title="Team")
    vision: Vision = Field(default_factory=Vision, title="Vision")
    problem: Problem = Field(default_factory=Problem, title="Problem")
    feasibility: Feasibility = Field(default_factory=Feasibility, title="Feasibility")
    economy: EconomicEngine = Field(default_factory=EconomicEngine, title="Economic engine")
    finance: FinancialCase = Field(default_factory=FinancialCase, title="Financial case")
    risks: list[Risk] = Field(default_factory=list, title="Risks")
    roadmap: DigitalRoadmap = Field(default_factory=DigitalRoadmap, title="Digital roadmap")
    japan: JapanValueAdd = Field(default_factory=JapanValueAdd, title="Japanese value-add")
    implementation: Implementation = Field(default_factory=Implementation, title="Implementation")
    branding: Branding = Field(default_factory=Branding, title="Branding")
    acknowledgements: list[Acknowledgement] = Field(default_factory=list, title="Acknowledged warnings")
    slide_titles: list[SlideTitle] = Field(default_factory=list, title="Slide titles written by the team")

    def to_json_data(self) -> dict[str, Any]:
        """The proposal as JSON-ready primitives (Decimals as strings, dates as ISO text)."""
        return self.model_dump(mode="json")

    def frozen_copy(self) -> "Proposal":
        """An independent deep copy, safe to hand to a worker while the user keeps editing."""
        return self.model_copy(deep=True)


def new_proposal() -> Proposal:
    """An empty proposal, dated today."""
    proposal = Proposal()
    proposal.meta.prepared_on = _dt.date.today()
    return proposal
