"""The words of the generated corpus (bench/corpus.py): name pools, sentence forms, headlines, background.

`Writer` writes one article about one event: a dateline, a lead sentence in one of several forms per
event type, then paragraphs that name the people again the way news does (surname, "the Russian foreign
minister", "he"/"she"), a quotation, a future trip and background. Every choice is drawn from the
writer's seeded random generator, so the same seed writes the same article.
"""
from __future__ import annotations

import datetime as dt
import random

EVENT_TYPES = ("Meeting", "Meeting", "Talks", "PhoneCall", "Visit", "Summit", "AgreementSigning", "Statement")
SUMMIT_HOLDERS = ("sco", "brics", "asean", "g20", "g7", "african-union", "arab-league", "apec", "gcc", "eaeu",
                  "csto", "cis", "oas", "ecowas", "mercosur", "eu", "nato")
SURNAME_FIRST = frozenset("CN JP KR KP VN MN".split())      # generated names written family name first
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Generated officials: (given names, family names), by the countries that use the pool.
EAST_ASIAN = ("Wei Min Jun Hua Lei Yan Ying Hao Tao Jie Mei Xin Ming Kenji Hiroshi Yuki Min-jun Seo-yeon Ji-ho "
              "Duc Minh Anh".split(),
              "Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo Lin Tanaka Suzuki Watanabe Kim Park "
              "Choi Nguyen Tran Pham".split())
ARABIC = ("Ahmed Mohammed Khalid Omar Youssef Hassan Karim Tariq Faisal Nabil Samir Layla Fatima Amina Rania "
          "Salma Nour Hana".split(),
          "Al-Mansouri Haddad Khoury Nasser Saleh Farouk Hamdan Qasim Rahman Aziz Mansour Sabbagh Darwish "
          "Bakri Habib Jaber".split())
GENERAL = ("Anna Maria Elena Sofia Ingrid Marta Clara Amara Chiara Lucia Nadia Olga Priya Ananya Zanele Adaeze "
           "Camila Valentina Thomas Lukas Pieter Jonas Mateo Diego Carlos Rafael Pavel Andrei Marek Tomas Ravi "
           "Arjun Kwame Tendai Oluwaseun Juma Emeka Mikael Henrik Stefan".split(),
           "Novak Kowalski Horvat Petrov Ivanova Jansen Lindqvist Nielsen Moreau Dubois Rossi Ferreira "
           "Santos Oliveira Gonzalez Herrera Castillo Mendoza Okafor Mensah Banda Mwangi Dlamini Sharma Patel "
           "Reddy Iyer Kapoor Hoffmann Weber Fischer Bauer Costa Silva Romero Vargas Aydin Demir".split())
FEMININE = frozenset("Mei Ying Yan Yuki Seo-yeon Anh Layla Fatima Amina Rania Salma Nour Hana Anna Maria Elena "
                     "Sofia Ingrid Marta Clara Amara Chiara Lucia Nadia Olga Priya Ananya Zanele Adaeze Camila "
                     "Valentina".split())
ARABIC_COUNTRIES = frozenset("AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE".split())
OFFICIAL_TITLES = ("Deputy Foreign Minister", "Trade Minister", "Energy Minister", "Finance Minister",
                   "Economy Minister", "Interior Minister", "Health Minister", "Special Envoy",
                   "Agriculture Minister", "Culture Minister", "Ambassador", "Defence Minister")

TOPICS = ("trade and investment", "energy cooperation", "regional security", "the situation in the Middle East",
          "climate change", "the war in Ukraine", "infrastructure and connectivity", "food security",
          "nuclear energy", "visa facilitation", "maritime cooperation", "counter-terrorism", "public health",
          "the digital economy", "agriculture", "education and cultural exchanges", "debt relief",
          "migration", "arms control", "critical minerals", "tourism", "space cooperation")
QUOTES = ("deepen practical cooperation in every field", "open a new chapter in our relations",
          "stand together against unilateralism and protectionism", "work for a just and lasting peace",
          "expand trade and investment for the benefit of both peoples", "respect each other's core interests",
          "keep close communication on international and regional issues", "build a future of shared prosperity",
          "support each other on the path of development", "turn our friendship into concrete results")
AGREED = ("maintain close communication", "expand cooperation in {topic}", "set up a joint working group on {topic}",
          "hold the next round of consultations next year", "increase the number of direct flights")
BACKGROUND = (
    "{host} and {guest} established diplomatic relations in {year}.",
    "Bilateral trade between the two countries reached {billions} billion dollars last year, according to official figures.",
    "The two sides also exchanged views on {topic2}.",
    "{guest} is one of {host}'s largest trading partners in the region.",
    "The visit comes {months} months after the two countries agreed to upgrade their ties.",
    "Officials from both sides said more agreements were expected later this year.",
    "Analysts said the talks signalled a warming of relations between {host} and {guest}.",
    "The {host_adj} side said it was ready to work with {guest} on {topic2}.",
    "Neither side gave details of any agreements on {topic2}.",
    "Relations between the two countries have deepened over the past decade.",
    "{host} has sought to expand its diplomatic reach in recent years, hosting a series of foreign leaders.",
    "The meeting was the first of its kind since {year2}, when the two governments set up a joint commission.",
    "{guest_adj} companies have invested heavily in {host_adj} ports, railways and power plants.",
    "Both governments have called for a ceasefire and a return to negotiations in the region.",
    "Opposition politicians in {guest} criticised the timing of the trip, citing concerns over {topic2}.",
    "Diplomats said the two sides were still divided over {topic2} but had narrowed their differences.",
    "The {guest_adj} delegation included officials responsible for {topic2} and representatives of business groups.",
    "{host} will host an international conference on {topic2} later this year.",
    "According to the {host_adj} foreign ministry, the two sides reviewed progress on projects agreed last year.",
    "Tourism between the two countries has recovered strongly, with direct flights resuming in {year2}.",
)


class Writer:
    def __init__(self, rng: random.Random, cast, event, published: dt.date):
        self.rng, self.cast, self.e, self.published = rng, cast, event, published
        self.named: set[str] = set()
        host_name, host_adj = cast.countries[event.host.country]
        guest_name, guest_adj = cast.countries[event.guest.country]
        self.slots = {"host": host_name, "guest": guest_name, "host_adj": host_adj, "guest_adj": guest_adj,
                      "city": event.city, "topic": event.topic, "when": self.when(),
                      "org": event.organisation[0] if event.organisation else "",
                      "org_short": event.organisation[1] if event.organisation else ""}

    # -- names ---------------------------------------------------------------------------------------

    def full(self, p) -> str:
        """First mention: a title before the name or an apposition after it."""
        self.named.add(p.name)
        country, adjective = self.cast.countries[p.country]
        forms = [f"{adjective} {p.title} {p.name}", f"{adjective} {p.title} {p.name}", f"{country}'s {p.title} {p.name}",
                 f"{p.name}, the {p.title.lower()} of {country},", f"{p.name}, {country}'s {p.title.lower()},"]
        return self.rng.choice(forms)

    def again(self, p, start: bool = False) -> str:
        """A later mention: the surname, a description, or a pronoun at the start of a sentence."""
        if p.name not in self.named:
            return self.full(p)
        adjective = self.cast.countries[p.country][1]
        forms = [p.surname, p.surname, f"the {adjective} {p.title.lower()}"]
        if start and p.pronoun:
            forms.append(p.pronoun)
        form = self.rng.choice(forms)
        return form[0].upper() + form[1:] if start else form

    def when(self) -> str:
        days = (self.published - self.e.date).days
        day = self.e.date
        forms = [f"on {day:%B} {day.day}", f"on {day.day} {day:%B}"]
        if 0 <= days <= 6:
            forms += [f"on {WEEKDAYS[day.weekday()]}"] * 2
        if days == 0:
            forms.append("today")
        return self.rng.choice(forms)

    # -- the article ----------------------------------------------------------------------------------

    def body(self, credit: str) -> str:
        paragraphs = [self.dateline(credit) + self.lead()]
        paragraphs.append(self.quotation())
        paragraphs.append(self.follow_up())
        background = list(BACKGROUND)
        self.rng.shuffle(background)
        for line in background[:self.rng.randint(4, 9)]:
            paragraphs.append(self.fill(line))
        if self.rng.random() < 0.6:
            paragraphs.insert(self.rng.randint(2, len(paragraphs)), self.quotation())
        if self.rng.random() < 0.5:
            paragraphs.append(self.trip())
        return "\n\n".join(paragraphs)

    def dateline(self, credit: str) -> str:
        city, day = self.e.city, self.published
        forms = [f"{city.upper()}, {day:%B} {day.day} ({credit}) -- ", f"{city.upper()}, {day:%B} {day.day} ({credit}) - ",
                 f"{city.upper()} ({credit}) — ", f"{city}, {day:%B} {day.day}, {credit}\n\n",
                 f"{city.upper()}, {day:%B} {day.day} — ", ""]
        return self.rng.choice(forms)

    def lead(self) -> str:
        a, b = self.e.host, self.e.guest
        forms = LEADS[self.e.type]
        form = self.rng.choice(forms)
        names = {}
        for slot, person in (("A", a), ("B", b)) if form.index("{A}") < form.index("{B}") else (("B", b), ("A", a)):
            names[slot] = self.full(person)
        sentence = self.fill(form, **names)
        return sentence[0].upper() + sentence[1:]

    def quotation(self) -> str:
        quote = self.rng.choice(QUOTES)
        speaker = self.rng.choice((self.e.host, self.e.guest))
        forms = [f'"The two countries should {quote}," {self.again(speaker)} said.',
                 f'{self.again(speaker, start=True)} said the two countries should "{quote}".',
                 f'"We are ready to {quote}," said {self.again(speaker)}.',
                 f'{self.again(speaker, start=True)} told reporters that both sides were determined to "{quote}".']
        return self.rng.choice(forms)

    def follow_up(self) -> str:
        person = self.rng.choice((self.e.host, self.e.guest))
        agreed = self.rng.choice(AGREED).format(topic=self.e.topic)
        forms = [f"{self.again(person, start=True)} also said the two sides had agreed to {agreed}.",
                 f"They also discussed {self.topic2()}.", f"The two sides agreed to {agreed}."]
        return self.rng.choice(forms)

    def trip(self) -> str:
        guest = self.e.guest
        city, _ = self.rng.choice(self.cast.cities[self.rng.choice(sorted(self.cast.countries))])
        forms = [f"{self.again(guest, start=True)} will travel to {city} next week.",
                 f"{self.again(guest, start=True)} arrived in {self.e.city} from {city}, where talks ended the day before.",
                 f"After {self.e.city}, {self.again(guest)} is scheduled to visit {city}."]
        return self.rng.choice(forms)

    def headline(self) -> str:
        a, b = self.e.host, self.e.guest
        form = self.rng.choice(HEADLINES[self.e.type])
        return self.fill(form, A=a.surname, B=b.surname, B_title=b.title)

    def topic2(self) -> str:
        return self.rng.choice([t for t in TOPICS if t != self.e.topic])

    def fill(self, form: str, **names) -> str:
        values = {**self.slots, "topic2": self.topic2(), "year": self.rng.randint(1950, 1995),
                  "billions": self.rng.randint(2, 180), "months": self.rng.randint(2, 11),
                  "year2": self.rng.randint(2005, 2018), **names}
        sentence = form.format(**values)
        return sentence.replace(",,", ",").replace(",.", ".")


LEADS = {
    "Meeting": ("{A} met {B} in {city} {when}.",
                "{A} met with {B} in {city} {when}, as the two countries seek closer ties on {topic}.",
                "{B} was received by {A} in {city} {when}.",
                "{A} held a meeting with {B} in {city} {when} to discuss {topic}.",
                "{A} and {B} met in {city} {when} and discussed {topic}."),
    "Talks": ("{A} held talks with {B} in {city} {when} on {topic}.",
              "{A} and {B} held talks in {city} {when}, focusing on {topic}.",
              "Talks between {A} and {B} were held in {city} {when}.",
              "{B} and {A} discussed {topic} during talks in {city} {when}."),
    "PhoneCall": ("{A} spoke by phone with {B} {when}, discussing {topic}.",
                  "{A} held a phone call with {B} {when}.",
                  "{A} and {B} spoke by telephone {when} about {topic}.",
                  "In a phone call {when}, {A} told {B} that the two countries should strengthen cooperation on {topic}."),
    "Visit": ("{B} arrived in {city} {when} for an official visit to {host}, at the invitation of {A}.",
              "{A} hosted {B} in {city} {when}.",
              "{B} visited {host} {when}, meeting {A} in {city}.",
              "{B} paid a state visit to {host} {when} and was welcomed by {A} in {city}."),
    "Summit": ("{A} and {B} attended the {org_short} summit in {city} {when}.",
               "The {org} summit opened in {city} {when}, with {A} and {B} among the leaders attending.",
               "{A} hosted a summit of the {org} in {city} {when}, attended by {B}.",
               "{A} met {B} on the sidelines of the {org_short} summit in {city} {when}."),
    "AgreementSigning": ("{A} and {B} signed an agreement on {topic} in {city} {when}.",
                         "An agreement on {topic} was signed by {A} and {B} in {city} {when}.",
                         "{host} and {guest} signed a deal on {topic} {when}, as {A} met {B} in {city}."),
    "Statement": ("{host} and {guest} issued a joint statement {when} after talks between {A} and {B} in {city}.",
                  "In a joint statement released in {city} {when}, {A} and {B} pledged to deepen cooperation on {topic}.",
                  "{A} and {B} issued a joint statement in {city} {when} on {topic}."),
}
HEADLINES = {
    "Meeting": ("{A} meets {B} in {city}", "{host}, {guest} leaders meet in {city}", "{A} and {B} discuss {topic}"),
    "Talks": ("{host} and {guest} hold talks on {topic}", "{A}, {B} hold talks in {city}"),
    "PhoneCall": ("{A}, {B} discuss {topic} by phone", "{A} holds phone call with {B}"),
    "Visit": ("{guest_adj} {B_title} visits {host}", "{B} arrives in {city} for talks", "{A} hosts {B} in {city}"),
    "Summit": ("{org_short} summit opens in {city}", "{A} and {B} meet at {org_short} summit"),
    "AgreementSigning": ("{host}, {guest} sign agreement on {topic}", "{A} and {B} sign deal in {city}"),
    "Statement": ("{host} and {guest} issue joint statement", "Joint statement after {A}-{B} talks"),
}


def officials(rng: random.Random, alpha2: str, count: int) -> list[tuple[str, str, str]]:
    """`count` generated officials of one country: (distinct name, title, pronoun)."""
    given, family = (EAST_ASIAN if alpha2 in SURNAME_FIRST else ARABIC if alpha2 in ARABIC_COUNTRIES else GENERAL)
    people, names = [], set()
    titles = list(OFFICIAL_TITLES)
    rng.shuffle(titles)
    while len(people) < count:
        first, last = rng.choice(given), rng.choice(family)
        name = f"{last} {first}" if alpha2 in SURNAME_FIRST else f"{first} {last}"
        if name in names:
            continue
        names.add(name)
        people.append((name, titles[len(people) % len(titles)], "she" if first in FEMININE else "he"))
    return people
