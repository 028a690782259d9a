"""Who the demo members are: names from the communities California nurses serve, in the members' own
spelling; the languages they prefer; fictional streets in real cities; phones in the 555-01XX range
that telephone companies reserve for fiction."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from app.model.enums import Sex


@dataclass(frozen=True, slots=True)
class Culture:
    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    language: str = "en"
    language_share: float = 0.0  # how many prefer ``language`` over English
    interpreter_share: float = 0.0  # of those, how many need an interpreter
    cities: tuple[str, ...] = ()


def _t(words: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split(",") if w.strip())


CULTURES: tuple[Culture, ...] = (
    Culture(
        "latino", 0.42,
        _t("María, Guadalupe, Sofía, Lucía, Verónica, Inés, Maribel, Rosa, Araceli, Yolanda, Leticia, "
           "Socorro, Ana, Beatriz, Josefina, Marisol, Dolores, Esperanza, Catalina, Itzel"),
        _t("José, Jesús, Juan, Ramón, Héctor, Andrés, Martín, Raúl, Luis, Efraín, Joaquín, Rogelio, "
           "Francisco, Miguel, Óscar, Rubén, Arturo, Ignacio, Tomás, Alejandro"),
        _t("García, Hernández, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Flores, "
           "Gómez, Díaz, Cruz, Morales, Reyes, Gutiérrez, Ortiz, Chávez, Ruiz, Álvarez, Mendoza, "
           "Castillo, Jiménez, Vásquez, Romero, Herrera, Medina, Aguilar, Vargas, Navarro, Peña, Ibarra, "
           "Cervantes, Zúñiga, Muñoz, Ochoa, Núñez, Benítez, Espinoza, Villaseñor"),
        "es", 0.8, 0.55,
        _t("Fresno, Bakersfield, Salinas, Oxnard, El Centro, Santa Ana, Los Angeles, Madera, Delano, "
           "Watsonville, Porterville, Visalia, Merced"),
    ),
    Culture(
        "vietnamese", 0.08,
        _t("Hương, Lan, Thảo, Mai, Linh, Hạnh, Trinh, Ngọc, Phượng, Hoa, Tuyết, Xuân"),
        _t("Minh, Hùng, Dũng, Tuấn, Phúc, Quang, Bảo, Long, Thanh, Việt, Khánh, Sơn"),
        _t("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Võ, Đặng, Bùi, Đỗ, Ngô, Dương, Lý"),
        "vi", 0.6, 0.85, _t("Westminster, Garden Grove, San Jose, Santa Ana"),
    ),
    Culture(
        "chinese", 0.07,
        _t("Mei, Xiu Ying, Li Na, Hong, Yan, Hui, Fang, Grace, Shu Fen, Ling"),
        _t("Wei, Jun, Ming, Jian, Hao, Kevin, Zhi Qiang, Guo Liang, Tak Wing, Kwok Keung"),
        _t("Chen, Wang, Li, Zhang, Liu, Huang, Wong, Chan, Lam, Lin, Wu, Zhou, Ng, Leung"),
        "zh", 0.5, 0.8, _t("Monterey Park, Oakland, San Jose, Sacramento"),
    ),
    Culture(
        "filipino", 0.07,
        _t("Maria Luz, Teresita, Erlinda, Marites, Lourdes, Jocelyn, Rowena, Editha, Corazon, Analyn"),
        _t("Rodrigo, Danilo, Rogelio, Ferdinand, Jose, Romeo, Ernesto, Renato, Arnel, Bienvenido"),
        _t("Santos, Reyes, Bautista, Ocampo, Dela Cruz, Villanueva, Aquino, Ramos, Manalo, Dizon, "
           "Pascual, Mercado, Tolentino, Macaraeg"),
        "tl", 0.3, 0.5, _t("Daly City, Stockton, Long Beach, Vallejo"),
    ),
    Culture(
        "black", 0.10,
        _t("LaToya, Keisha, Tamika, Shanice, Ebony, Yvonne, Gwendolyn, Loretta, Denise, Imani, Bernice"),
        _t("Darnell, Andre, Marcus, DeShawn, Terrence, Jerome, Cornelius, Reginald, Curtis, Malik"),
        _t("Washington, Jackson, Johnson, Williams, Brown, Jones, Davis, Robinson, Harris, Coleman, "
           "Freeman, Banks, Brooks, Simmons, Jefferson"),
        cities=_t("Oakland, Los Angeles, Sacramento, Long Beach, Stockton, San Bernardino, Vallejo"),
    ),
    Culture(
        "white", 0.14,
        _t("Linda, Barbara, Carol, Zoë, Janet, Ruth, Debra, Renée, Sharon, Judith, Brenda, Chloé"),
        _t("Robert, Dale, Gary, Wayne, Harold, Kenneth, Randy, Dennis, Clifford, Earl, Gene"),
        _t("Miller, Anderson, Thompson, O'Brien, Sullivan, Peterson, Olson, Schmidt, Murphy, Walker, "
           "Hughes, Becker, McAllister, Fischer, Lindqvist"),
        cities=_t("Redding, Eureka, Bakersfield, Riverside, Modesto, Sacramento"),
    ),
    Culture(
        "south_asian", 0.04,
        _t("Priya, Sunita, Anjali, Harpreet, Lakshmi, Ayesha, Manjit, Deepa"),
        _t("Rajesh, Arjun, Gurpreet, Deepak, Vikram, Farhan, Sukhwinder, Anil"),
        _t("Patel, Singh, Sharma, Gupta, Reddy, Iyer, Khan, Chaudhry, Desai, Menon, Sandhu, Gill"),
        "pa", 0.2, 0.7, _t("Stockton, Fresno, San Jose, Sacramento"),
    ),
    Culture(
        "armenian", 0.03,
        _t("Anahit, Siranush, Lusine, Nune, Gayane, Armine, Hasmik"),
        _t("Armen, Gevorg, Tigran, Hovhannes, Aram, Vartan, Sarkis"),
        _t("Petrosyan, Hakobyan, Sargsyan, Grigoryan, Avetisyan, Karapetyan, Harutyunyan, Mkrtchyan"),
        "hy", 0.4, 0.8, _t("Glendale, Fresno"),
    ),
    Culture(
        "korean", 0.03,
        _t("Seo-yeon, Young-hee, Eun-ji, Hye-jin, Mi-kyung, Soon-ja"),
        _t("Min-jun, Ji-ho, Sung-min, Dong-hyun, Jae-won, Young-soo"),
        _t("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim"),
        "ko", 0.45, 0.85, _t("Los Angeles, Garden Grove"),
    ),
    Culture(
        "somali", 0.02,
        _t("Fadumo, Hodan, Ayaan, Khadra, Sahra, Halima, Ubah"),
        _t("Abdirahman, Mahad, Abdullahi, Liban, Abdi, Yusuf, Mohamed"),
        _t("Mohamed, Ali, Hassan, Abdi, Warsame, Farah, Omar, Yusuf, Ahmed, Hersi"),
        "so", 0.5, 0.9, _t("San Diego"),
    ),
)

NICKNAMES = {
    "Guadalupe": "Lupe", "Jesús": "Chuy", "Josefina": "Josie", "Socorro": "Coco", "Francisco": "Pancho",
    "Robert": "Bob", "Kenneth": "Ken", "Barbara": "Barb", "Rodrigo": "Rudy", "Teresita": "Tess",
    "Bienvenido": "Ben", "Cornelius": "Neil", "Reginald": "Reggie", "Alejandro": "Alex",
    "Gwendolyn": "Gwen", "Hovhannes": "John", "Abdirahman": "Abdi", "Corazon": "Cora",
}

# City → (area code, ZIP codes). Real cities and ZIPs; the streets below are made up.
CITIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Fresno": ("559", _t("93701, 93702, 93703, 93704, 93705, 93706, 93722, 93726, 93727")),
    "Bakersfield": ("661", _t("93301, 93304, 93305, 93306, 93307, 93309")),
    "Stockton": ("209", _t("95202, 95203, 95204, 95205, 95206, 95207")),
    "Modesto": ("209", _t("95350, 95351, 95354, 95355")),
    "Visalia": ("559", _t("93277, 93291, 93292")),
    "Merced": ("209", _t("95340, 95348")),
    "Madera": ("559", _t("93637, 93638")),
    "Porterville": ("559", _t("93257")),
    "Delano": ("661", _t("93215")),
    "Salinas": ("831", _t("93901, 93905, 93906")),
    "Watsonville": ("831", _t("95076")),
    "Sacramento": ("916", _t("95815, 95817, 95820, 95822, 95823, 95824, 95828")),
    "Oakland": ("510", _t("94601, 94603, 94605, 94606, 94621")),
    "Vallejo": ("707", _t("94589, 94590, 94591")),
    "Daly City": ("650", _t("94014, 94015")),
    "San Jose": ("408", _t("95111, 95116, 95122, 95127")),
    "Los Angeles": ("323", _t("90011, 90022, 90033, 90044, 90006, 90020")),
    "Long Beach": ("562", _t("90805, 90806, 90813")),
    "Monterey Park": ("626", _t("91754, 91755")),
    "Glendale": ("818", _t("91204, 91205, 91206")),
    "Santa Ana": ("714", _t("92701, 92703, 92704, 92707")),
    "Westminster": ("714", _t("92683")),
    "Garden Grove": ("714", _t("92840, 92843, 92844")),
    "Riverside": ("951", _t("92503, 92504, 92507")),
    "San Bernardino": ("909", _t("92404, 92405, 92410")),
    "San Diego": ("619", _t("92105, 92113, 92115")),
    "Oxnard": ("805", _t("93030, 93033")),
    "El Centro": ("760", _t("92243")),
    "Eureka": ("707", _t("95501, 95503")),
    "Redding": ("530", _t("96001, 96002, 96003")),
}

STREETS = _t(
    "Almond Blossom, Quail Hollow, Mariposa Vista, Tule Fog, Sunbonnet, Cottonwood Bend, Calle Serena, "
    "Vineyard Gate, Orchard Crest, Poppy Meadow, Sycamore Run, Juniper Hollow, Harvest Moon, Cinder Creek, "
    "Blue Oak Ridge, Larkspur Glen, Persimmon Grove, Redtail Hawk, Saddle Horn, Valley Lark, Winnowing, "
    "Jacaranda Bloom, Camino Paloma Blanca, Tumbleweed, Fig Orchard, Lupine Hill"
)
STREET_KINDS = _t("St, Ave, Ln, Dr, Ct, Way, Blvd, Pl, Cir")


def pick_culture(rng: random.Random) -> Culture:
    return rng.choices(CULTURES, weights=[c.weight for c in CULTURES])[0]


def first_name(rng: random.Random, culture: Culture, sex: Sex) -> str:
    return rng.choice(culture.female if sex == Sex.FEMALE else culture.male)


def middle_name(rng: random.Random, culture: Culture, sex: Sex) -> str:
    """Follows each community's habit: Văn/Thị, the mother's surname, the father's given name."""
    if culture.key == "vietnamese":
        return "Thị" if sex == Sex.FEMALE else "Văn"
    if culture.key == "filipino":
        return rng.choice(culture.last)
    if culture.key == "somali":
        return rng.choice(culture.male)
    if culture.key in {"white", "black"} and rng.random() < 0.6:
        return rng.choice(("Ann", "Marie", "Lee", "James", "Louise", "Ray", "Jean", "Allen"))
    return ""


def last_name(rng: random.Random, culture: Culture) -> str:
    if culture.key == "latino" and rng.random() < 0.25:
        first, second = rng.sample(culture.last, 2)
        return f"{first} {second}"
    return rng.choice(culture.last)


def phone(rng: random.Random, area_code: str) -> str:
    return f"({area_code}) 555-01{rng.randint(0, 99):02d}"


def street_address(rng: random.Random) -> str:
    return f"{rng.randint(100, 9899)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"


def unit(rng: random.Random) -> str:
    return rng.choice((f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f"Unit {rng.randint(1, 220)}",
                       f"Space {rng.randint(1, 90)}"))


def city_for(rng: random.Random, culture: Culture) -> str:
    if culture.cities and rng.random() < 0.6:
        return rng.choice(culture.cities)
    return rng.choice(tuple(CITIES))


def ascii_handle(*parts: str) -> str:
    """'Nguyễn Thị', 'Đặng' → 'nguyenthi.dang' for made-up e-mail addresses."""
    def fold(text: str) -> str:
        text = text.replace("Đ", "D").replace("đ", "d")
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(ch for ch in plain.lower() if ch.isalnum())

    return ".".join(fold(p) for p in parts if fold(p))


def npi(rng: random.Random) -> str:
    """A 10-digit NPI with a correct Luhn check digit over the 80840 prefix (fields.npi accepts it)."""
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    digits = [int(ch) for ch in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit will sit at position 0
        doubled = d * 2 if i % 2 == 0 else d
        total += doubled - 9 if doubled > 9 else doubled
    return body + str((10 - total % 10) % 10)
