"""Syntax helpers shared by events and quotations: who a phrase names, who a pronoun means.

A `Frame` wraps one analysed article (spaCy Doc + entity mentions) and answers:
  entities(token)     the people, organisations and countries a noun phrase names ("his Russian
                      counterpart Sergey Lavrov" -> Lavrov; "leaders of Brazil and Chile" -> both)
  places(token)       the places a phrase names ("the northern city of Tianjin" -> Tianjin)
  subjects(verb)      the subject phrases of a verb, inherited through xcomp / conj / participles /
                      relative clauses when the verb has none of its own
  antecedent(token)   the person a singular pronoun or possessive ("he", "his") refers to
The lists of words these walks rely on live in patterns/cues.json.
"""
from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache
from pathlib import Path

from newsgraph.ingest import nlp
from newsgraph.ingest.descriptions import kb_holder
from newsgraph.ingest.entities import cased
from newsgraph.ingest.knowledge import countries, fold, squash
from newsgraph.ingest.model import Entity, Mention, Span
from newsgraph.ingest.spans import CAMPUS_NOUNS, KIN_NOUNS, MISSION, MISSIONS, kin_of_another
from newsgraph.ingest.titles import HONORIFICS, TITLE_WORDS, country_words, is_title_token, role_of, roles, title_run
from newsgraph.iris import slug

PATTERNS = Path(__file__).resolve().parent / "patterns"
AGENTS = ("person", "organization", "country")
PLACES = ("place", "country")
NAMED_AFTER_COUNTRY = re.compile(
    r"\b(?:of|to)\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})$")
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "fly", "set", "travel"})


THANKS = frozenset({"gratitude", "thanks", "appreciation"})  # "expressed gratitude to X for visiting"


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Word lists (patterns/cues.json): {name: frozenset of lower-case words}."""
    data = json.loads((PATTERNS / "cues.json").read_text(encoding="utf-8"))
    return {k: frozenset(v["words"]) for k, v in data.items() if not k.startswith("_")}


TOPIC_NOUNS = frozenset({"issue", "affair", "matter", "question", "policy", "cooperation", "relation", "security",
                         "development", "trade", "investment", "problem", "conflict", "crisis"})


class Frame:
    def __init__(self, doc, mentions: list[Mention], resolver=None, date=None, headline: list[Mention] = (),
                 byline: str | None = None, dateline: Entity | None = None):
        self.doc = doc
        self.dateline = dateline                # the dateline's place, named before all the text
        self.byline = byline                    # the name of the article's byline: whose "I" the text is, at last
        self.resolver = resolver                # names places (and countries) the mentions missed
        self.date = date                        # the article's: whose office a description means
        self.headline = headline                # mentions in the article's headline (offsets into it)
        self.text = nlp.doc_text(doc)
        self.mentions = mentions
        self._labels = None                     # transcript speaker labels (in_label), found when first asked
        self._quoted = None                     # (start, end, speaker) of the quotations, found when first asked
        self._quotation_spans = None            # (start, end) of the quotations' text, found when first asked
        self._members: dict[str, list[Entity]] = {}  # a delegation noun's listed members, found when first asked
        self._genders = None                    # person key -> "f" / "m" from their styles, found when first asked
        self.sents = list(doc.sents)            # computed once: spaCy recomputes them on every access
        self._sent_of = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self._sent_of[i] = n
        self.sent_ents: list[list] = [[] for _ in self.sents]
        for ent in doc.ents:
            self.sent_ents[self._sent_of[ent.start]].append(ent)
        self.by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.span.end - m.span.start):
            for tok in _tokens_in(doc, m.span.start, m.span.end):
                self.by_token.setdefault(tok.i, m)  # the shortest mention wins a token

    def sent(self, tok):
        """The sentence (a Span) holding `tok`."""
        return self.sents[self._sent_of[tok.i]]

    def ents_of(self, tok) -> list:
        """The named-entity spans of the sentence holding `tok` (DATE included)."""
        return self.sent_ents[self._sent_of[tok.i]]

    def span(self, tok):
        """The evidence span of the sentence holding `tok`."""
        return sentence_span(self.text, self.sent(tok))

    # ---- what a token names --------------------------------------------------------------------

    def mention(self, tok) -> Mention | None:
        return self.by_token.get(tok.i)

    def entity(self, tok, kinds=AGENTS) -> Entity | None:
        m = self.by_token.get(tok.i)
        return m.entity if m and m.entity.kind in kinds else None

    def entities(self, tok, kinds=AGENTS, depth: int = 0) -> list[Entity]:
        """The entities the phrase headed by `tok` names, with its conjuncts."""
        found = self._phrase(tok, kinds, depth)
        # "President A and Foreign Minister B": the parser may hang the second item on the name A
        named_appos = [c for c in tok.children if c.dep_ == "appos" and self.entity(c, kinds) in found]
        # "Rwanda's Minister of Foreign Affairs and Cooperation, A, and his counterpart, B": the list hung on the
        # name inside the title's "of" chain
        named_inside = [t for t in tok.subtree if t.dep_ == "conj" and t.head.dep_ in ("pobj", "conj") and t.i > tok.i
                        and self.entity(t, ("person",)) in found] if "person" in kinds else []
        for conj in [*tok.children, *(c for a in named_appos + named_inside for c in a.children if c.dep_ == "conj")]:
            if conj.dep_ == "conj" and (_after_list(conj) and _parted_name(conj) is None
                                        or _parted_title(conj) is not None or _reporter(conj)):
                continue
            if conj.dep_ == "conj" and depth < 6:
                found += self.entities(conj, kinds, depth + 1) or self._name_after(conj, kinds)
            elif conj.dep_ == "appos" and conj.lower_ in TITLE_WORDS and "person" in kinds:
                # "A, Chairman of the Commission B, and C": an appositive title that ends in another
                # person's name is the next item of the list, not a description of A
                other = self.entity(conj.right_edge, ("person",))
                served = any(a.lower_ == "to" and a.dep_ == "prep" for a in conj.right_edge.ancestors if a.i > conj.i)
                if other is not None and other not in found and not served:  # (not "advisor to President X")
                    found.append(other)
                # "A, Minister of Foreign Affairs of the Maldives and Mr B, Minister ...": B hung on the country
                found += [e for t in conj.subtree if t.dep_ == "conj" and t.head.dep_ == "pobj"
                          for e in [self.entity(t, ("person",))] if e is not None and e not in found]
        return _unique(found)

    def _name_after(self, title, kinds) -> list[Entity]:
        """"met with President A and Foreign Minister B" where the parser hung B elsewhere (on the verb):
        the person named right after a title conjunct that names nobody."""
        if title.lower_ not in TITLE_WORDS or "person" not in kinds:
            return []
        for tok in title.doc[title.i + 1:title.i + 5]:
            if tok.pos_ != "PROPN":
                return []
            e = self.entity(tok, ("person",))
            if e is not None:
                return [e]
        return []

    def _phrase(self, tok, kinds, depth) -> list[Entity]:
        if tok.lower_ in PLURAL_STYLES and depth < 6:  # "Their Majesties the King and Queen": the King and Queen
            return [e for c in tok.children if c.dep_ == "appos" for e in self.entities(c, kinds, depth + 1)]
        if tok.lower_ in SINGULAR_STYLES and depth < 6 and self.by_token.get(tok.i) is None:
            # "Her Majesty[,] the Queen Mother[,] Norodom Monineath Sihanouk": the one person set beside the style
            found = [e for c in tok.children if c.dep_ == "appos" for e in self.entities(c, kinds, depth + 1)]
            if len(set(found)) == 1:
                return found[:1]
        if tok.lower_ in ("former", "latter") and "person" in kinds \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            pair = self._last_two_people(tok)  # "A and B met during the former's visit": A
            return [pair[0] if tok.lower_ == "former" else pair[1]] if pair else []
        if pronoun(tok):
            if tok.lower_ in cues()["singular_pronouns"] and "person" in kinds:
                e = self.antecedent(tok)
                return [e] if e else []
            if tok.lower_ in ("it", "its"):  # "the SDF announced it had entered into an agreement"
                verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                group = next((h for h in self.subjects(verb) if h.lemma_.lower() in cues()["delegation_nouns"]),
                             None) if verb is not None else None
                leaders = self._leaders(group, depth) if group is not None else []
                if leaders:  # "a delegation, led by X, returned from its trip": X's trip
                    return leaders
                e = self.antecedent(tok, ("organization", "country"))
                return [e] if e else []
            if tok.lower_ in FIRST_PERSON and "person" in kinds:
                e = self.speaker(tok)
                return [e] if e else []
            if tok.lower_ in SECOND_PERSON and "person" in kinds:
                e = self.addressee(tok)
                return [e] if e else []
            if tok.lower_ in ("we", "us", "our") and "person" in kinds:
                pair = [self.speaker(tok), self.addressee(tok)]  # "our telephone conversation": the two speakers'
                if all(pair):
                    return pair
                # in a quotation outside a transcript, "our visit" is the speaker's (and their party's)
                return [pair[0]] if pair[0] is not None and not self.labels() else []
            return []
        if depth > 6:
            return []
        named, modifiers = self._core(tok, kinds)
        if "person" in kinds and self.by_token.get(tok.i) is None and _description(tok) and not any(  # "the
                c.dep_ == "appos" and self.entity(c, ("person",)) for c in _before_company(tok)):  # Minister, Wang Yi"
            # "the Chilean Minister of Energy X" names X (parsed under "of"); "the Minister" alone, the one before
            # "the President of the ICRC, X,": X, not the president named before (but "the Foreign Secretary and
            # Prime Minister X" are two)
            coordinated = any(c.dep_ == "cc" for c in tok.children)
            e = self._named_in_title(tok) or self._holder_of(tok) \
                or (None if coordinated else self._named_after_title(tok)) or self.described(tok)
            if e is not None:
                return [e]
        if named and _indefinite_office(tok) and not any(e.kind == "person" for e in named):
            # "a New Zealand Minister": that country's minister the article names, never the country
            return [h for c in named if c.kind == "country" for h in [self.holder(tok.lower_, c)] if h]
        head = (self._organisation_head(tok, named) or self._head_of(tok)) if "person" in kinds else None
        if head is not None:  # "NATO Secretary General visits Washington": the person in that office
            return [head]
        leaders = self._leaders(tok, depth) if not any(e.kind == "person" for e in named) else []
        if leaders:  # "a (U.S.) delegation led by Senator X": X is the party
            return leaders
        listed = tok.lower_ in cues()["group_nouns"] and not any(e.kind == "person" for e in named)
        if named and not any(e.kind == "person" for e in named) and "person" in kinds and tok.tag_ in ("NN", "NNP") \
                and is_title_token(tok) and not _indefinite_office(tok):
            person = self._named_after_title(tok)  # "met US Special Envoy to the Middle East X" (X parsed under "to")
            if person is not None:
                return _unique(named + [person])
        if named and not listed:
            return named
        if tok.lemma_.lower() in KIN_NOUNS:  # "met with the widow and daughter of X": not X
            return []
        members = [e for child in tok.children if child.dep_ == "prep" and child.lower_ in cues()["member_preps"]
                   for obj in _objects(child) for e in self.entities(obj, kinds, depth + 1)]
        if named:  # "the Presidents of the Commission, the ECB and ...": one list
            return _unique(members + named) if members else named
        if "person" in kinds and tok.tag_ in ("NN", "NNP") and is_title_token(tok) and not _indefinite_office(tok):
            # "the President of the United States' visit": the holder, where no name follows the title
            person = self._named_after_title(tok) or self._holder_of(tok)
            if person is not None:
                return [person]
        holders = self._holders_of_countries(tok, members) if "person" in kinds else []
        if holders:  # "the prime ministers of Denmark and France": the two the article names so
            return holders
        # "leaders of Brazil", "ministers from the SCO", "including Modi"
        found = members + [e for c in tok.children if c.dep_ == "compound" for e in [self.entity(c, kinds)]
                           if e and not (e.kind == "person" and leads_body(c))]
        if found:
            return found
        if "person" in kinds and tok.lower_ not in cues()["group_nouns"]:  # "Chinh's visit to attend": Chinh acts
            people = [e for c in tok.children if c.dep_ == "poss" for e in self.entities(c, ("person",))]
            if people:
                return people
        if tok.lower_ in cues()["group_nouns"] or tok.lemma_.lower() in cues()["group_nouns"]:
            for child in tok.children:  # "Russian officials" -> Russia; "Russia's delegation" -> Russia
                if child.dep_ == "amod":  # "the Mexican and United States governments": both
                    found += _unique([e for e in self.entities(child, kinds) if e.kind != "person"]
                                     + self.demonyms(child))
                elif child.dep_ in ("poss", "nmod") and self.entity(child, kinds):
                    found.append(self.entity(child, kinds))
            office = tok.lemma_.lower() if tok.lemma_.lower() in cues()["office_words"] else tok.lower_.removesuffix("s")
            qualified = self._office_phrase(tok)
            office = qualified if roles().get(fold(qualified)) else office  # "the top U.S. and Polish diplomats"
            if "person" in kinds and (office in cues()["office_words"] or roles().get(fold(office))):
                holders = [self.holder(office, c) for c in found if c.kind == "country"]
                if holders and all(holders):  # "the Brazilian and South Korean Presidents"
                    return holders
                if _indefinite_office(tok):  # "a Swedish minister": the country is not the party
                    return [h for h in holders if h]
        return found

    def _last_two_people(self, tok) -> tuple[Entity, Entity] | None:
        """The last two people named before `tok`, in text order ("the former", "the latter")."""
        people = []
        for m in sorted((m for m in self.mentions if m.span.end <= tok.idx and m.entity.kind == "person"),
                        key=lambda m: -m.span.start):
            if m.entity not in people:
                people.append(m.entity)
            if len(people) == 2:
                return people[1], people[0]
        return None

    def _leaders(self, tok, depth: int) -> list[Entity]:
        """The people who lead the delegation `tok` names: "a delegation led by X"; "the delegation" of X
        named before; "a delegation of experts ... The delegation was headed by X" in the next sentence."""
        lemma = tok.lemma_.lower()
        if lemma not in cues()["delegation_nouns"]:
            return []
        heads = self._heads_of_delegation(tok, lemma, depth)
        members = self.delegation_members(lemma) if tok.tag_ != "NNS" else []
        return _unique(heads + members) if heads or len(members) > 1 else []

    def _heads_of_delegation(self, tok, lemma: str, depth: int) -> list[Entity]:
        own = self.led_by(tok, depth)
        if own:
            return own
        if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "agent" \
                and tok.head.head.head.lemma_.lower() in LEAD_VERBS:
            return self.entities(tok.head, ("person",), depth + 1)  # "Led by X, the delegation met ..."
        n = self.sents.index(self.sent(tok))
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):  # the latest one led by someone
            before = (t for t in reversed(self.doc[:tok.i]) if t.lemma_.lower() == lemma)
            found = next((found for t in before for found in [self.led_by(t, depth)] if found), [])
            if found:
                return found
        # else the one a sentence soon after says who leads ("The US delegation is led by X", two sentences on)
        after = (t for sent in self.sents[n + 1:n + 4] for t in sent)
        return next((found for t in after if t.lemma_.lower() == lemma and t.dep_ == "nsubjpass"
                     for found in [self.led_by(t, depth)] if found), [])

    def delegation_members(self, lemma: str) -> list[Entity]:
        """The people of the one delegation whose members the article lists ("The delegation also comprises
        A, B and C", "Senators on the delegation include ...", "was composed of the following persons:")."""
        if lemma not in self._members:
            self._members[lemma] = self._listed_members(lemma)
        return self._members[lemma]

    def _listed_members(self, lemma: str) -> list[Entity]:
        lists = []
        for verb in (t for t in self.doc if t.lemma_.lower() in MEMBERSHIP_VERBS):
            group = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            # "A delegation paid a visit to Athens. It comprised A, B and C": "it", the delegation just named
            group += [h for s in group if s.lower_ == "it" and self.sent(verb).start > 0
                      for h in self.subjects(self.sents[self.sents.index(self.sent(verb)) - 1].root)]
            # "Other members of the delegation", "Senators on the delegation" (plural: not "its programme")
            group += [o for s in group if s.tag_ in ("NNS", "NNPS") for c in s.children
                      if c.lower_ in ("of", "on", "in") for o in _objects(c)]
            if any(s.lemma_.lower() == lemma for s in group):
                end = self.sent(verb).end_char
                lists.append([m.entity for m in self.mentions
                              if m.entity.kind == "person" and verb.idx < m.span.start < end])
        return _unique(lists[0]) if len(lists) == 1 else []

    def led_by(self, tok, depth: int) -> list[Entity]:
        """"[delegation] led by X", "[The delegation] was headed by X", "a [delegation] from Y led by X" (the
        parser hangs "led" on Y, or on a phrase of Y's): X."""
        heads, k = [tok], 0
        while k < len(heads) and k < 3:  # "a delegation of leaders of the X movement headed by Y": hung deeper
            heads += [o for c in heads[k].children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                      for o in _objects(c)]
            k += 1
        verbs = [c for h in heads for c in h.children if c.dep_ == "acl"]
        verbs += [tok.head] if tok.dep_ == "nsubjpass" else []
        found = [e for v in verbs if v.lemma_.lower() in LEAD_VERBS
                 for by in v.children if by.dep_ == "agent" for o in _objects(by)
                 for e in self.entities(o, ("person",), depth + 1)]
        if not found and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LEAD_VERBS:
            # "X led a delegation that visited Taiwan"
            found = [e for s in self.subjects(tok.head) if s.pos_ != "PRON"
                     for e in self.entities(s, ("person",), depth + 1)]
        if not found and tok.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                    for c in tok.children):
            found = self.entities(tok.head, ("person",), depth + 1)  # "X and his delegation visited"
        return found

    def _named_in_title(self, tok) -> Entity | None:
        """The person the title phrase headed by `tok` itself names ("the Chilean Minister of Energy X",
        X parsed under "of"; "the President of Ukraine, X"), not one coordinated with it ("the Foreign
        Secretary and Minister X")."""
        for t in tok.subtree:
            m = self.by_token.get(t.i)
            if m is not None and m.entity.kind == "person" and t != tok:
                path = [t, *[a for a in t.ancestors if a.i != tok.i and tok in a.ancestors]]
                if not any(a.dep_ in ("conj", "relcl", "acl") for a in path[_apposed_conjunct(t):]):
                    return m.entity
        return None

    def _holder_of(self, tok) -> Entity | None:
        """"the President of Ukraine": the holder of that office for the country or body named after it
        (not the president named last, who may be another country's)."""
        if _office(tok) not in cues()["office_words"]:
            return None
        bodies = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in _objects(c)
                  for e in [self.entity(o, ("country", "organization"))] if e is not None]
        return self.holder(_office(tok), bodies[0]) if len(bodies) == 1 else None

    def _named_after_title(self, tok) -> Entity | None:
        """The person named right after the title `tok` heads, however the parser attached the name:
        "French Ambassador to the United States Philippe Etienne", "the Secretary General of the Arab
        League, Mr. Aboul Gheit". Only title words, names and their connectors may stand between, and a
        body's abbreviation in brackets ("Secretary-General of the Organization of X (OX) Y")."""
        sent = self.sent(tok)
        for t in self.doc[tok.i + 1:min(sent.end, tok.i + 16)]:
            m = self.by_token.get(t.i)
            if m is not None and m.entity.kind == "person":
                return m.entity
            if not (t.is_title or t.lower_ in TITLE_CONNECTORS or t.text in (",", "(", ")") or t.is_upper
                    or is_title_token(t)):
                return None
        return None

    def demonyms(self, tok) -> list[Entity]:
        """Countries named by adjectives the entity mentions left out: "Brazilian and South Korean"."""
        if self.resolver is None:
            return []
        found = []
        for t in (tok, *[c for c in tok.subtree if c.dep_ == "conj"]):
            words = " ".join(w.text for w in t.subtree if w.dep_ in ("compound", "amod", "npadvmod") and w.i < t.i
                             or w == t) if t != tok else " ".join(w.text for w in tok.lefts if w.dep_ == "compound") + " " + t.text
            key = country_words().get(fold(words.strip())) or country_words().get(fold(t.text))
            entity = self.resolver.entity(key) if key else None
            if entity is not None:
                found.append(entity)
        return found

    def holder(self, office: str, body: Entity) -> Entity | None:
        """The person holding `office` for `body`, a country or organisation ("President of Brazil"): the
        one the article names so, else the one the knowledge base has in that office on the article's date."""
        names = [n.lower() for n in (body.name, *body.aliases, *_adjectives(body))]  # "Danish Prime Minister X"
        offices = _office_phrases(office)  # "Prime Minister X" or "PM X"
        for m in self.mentions:
            if m.entity.kind != "person":
                continue
            before = title_run(self.text[max(0, m.span.start - 60):m.span.start])
            after = OF_BODY_AFTER.match(self.text, m.span.end)  # "President X of the Republic of Ghana"
            context = " ".join((m.entity.title or "", before, after[0] if after else "")).lower()
            if any(re.search(rf"(?<!\w){re.escape(n)}", context) for n in offices) \
                    and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", context) for n in names):
                return m.entity
        if self.resolver is None or not hasattr(self.resolver, "actors"):
            return None
        return kb_holder(roles().get(fold(office)), body.key, self.date, self.resolver.actors)

    def _organisation_head(self, tok, named: list[Entity]) -> Entity | None:
        """The holder of the office a phrase names by an organisation and an office alone ("the NATO
        Secretary General", "WHO Director-General"), when the phrase names no person."""
        if self.by_token.get(tok.i) is not None or len(named) != 1 or named[0].kind != "organization":
            return None
        joined = "-" in _office(tok)  # "Secretary-General": one office word of three tokens
        words = [t for t in tok.lefts if t.dep_ == "compound" and is_title_token(t)
                 and not (joined and t.i == tok.i - 2)] + [tok]
        office = " ".join(_office(t) for t in words)
        if office in HEAD_WORDS:  # "the OIC chief": whoever the article names at the head of that body
            return next((p for o in BODY_HEADS for p in [self.holder(o, named[0])] if p), None)
        return self.holder(office, named[0]) if roles().get(fold(office)) else None

    def _holders_of_countries(self, tok, members: list[Entity]) -> list[Entity]:
        """"the prime ministers of Denmark and France" (a plural office, countries after "of"): the holder of
        that office in each, when the article or the knowledge base names every one."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in cues()["office_words"] or len(members) < 2 \
                or any(e.kind != "country" for e in members):
            return []
        holders = [self.holder(self._office_phrase(tok), c) for c in members]
        return holders if all(holders) else []

    def _office_phrase(self, tok) -> str:
        """The office a plural noun names with its modifiers, countries and bodies left out: "prime minister"
        ("the prime ministers of A and B"), "top diplomat" ("the top Chilean and Peruvian diplomats")."""
        return " ".join([c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and not self.demonyms(c)
                         and not self.entity(c, ("country", "organization"))] + [tok.lemma_.lower()])

    def _head_of(self, tok) -> Entity | None:
        """"the head of the WHO": whoever heads that body; "the head of the Russian Foreign Ministry": its minister."""
        if tok.lower_ not in HEAD_WORDS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        bodies = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in _objects(c)
                  for e in [self.entity(o, ("organization",))] if e]
        if len(bodies) != 1:
            return None
        ministry = re.fullmatch(r"organization/(foreign|defence)-ministry-([a-z]{2})", bodies[0].key)
        if ministry is None:
            return next((p for o in BODY_HEADS for p in [self.holder(o, bodies[0])] if p), None)
        return self.holder(f"{ministry[1]} minister", countries()[ministry[2].upper()].entity())

    def _core(self, tok, kinds) -> tuple[list[Entity], list[Entity]]:
        """Entities named in the core of a noun phrase — the head, its appositions, coordinated names
        and name compounds, never its prepositional or clausal parts — as (names, modifiers).
        Non-person compounds ("SCO foreign ministers", "US President Trump") count as names only
        when no person is named; adjectives and possessors ("Chinese", "Russia's") are modifiers."""
        names, weak, modifiers, stack, seen = [], [], [], [(tok, "head")], set()
        while stack:
            t, how = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            m = self.by_token.get(t.i)
            if m is not None and how == "compound" and m.entity.kind == "person" \
                    and tok.lower_ in cues()["led_bodies"]:
                continue  # "the Trump Administration": not Trump himself
            if m is not None and m.entity.kind in kinds and not pronoun(t):
                if how == "modifier" or t.pos_ == "ADJ":
                    modifiers.append(m.entity)
                elif how == "compound" and m.entity.kind != "person":
                    weak.append(m.entity)
                else:
                    names.append(m.entity)
            for c in t.children:
                if (c.dep_ == "conj" and (_after_list(c) or _reporter(c))) or (
                        c.dep_ == "appos" and m is not None and m.entity.kind == "person" and self._organisation(c)):
                    continue  # "between A and B, Australia's foreign ministry said": no third party, no apposition
                if c.dep_ == "appos" and kin_of_another(c.doc, c.left_edge.i):
                    continue  # "X, daughter of the late president, Y,": Y is named as X's kin
                if c.dep_ in ("appos", "conj", "flat", "dep"):
                    stack.append((c, how if how == "modifier" else "head"))
                elif c.dep_ in ("compound", "nmod"):
                    stack.append((c, how if how == "modifier" else "compound"))
                elif c.dep_ in ("amod", "poss"):
                    stack.append((c, "modifier"))
        names = _unique(names)
        if not any(e.kind == "person" for e in names):
            names = _unique(names + weak)
        return [e for e in names if e.kind != "country" or not any(n.kind == "person" for n in names)], \
            _unique(modifiers)

    def _organisation(self, tok) -> bool:
        m = self.by_token.get(tok.i)
        return m is not None and m.entity.kind == "organization"

    def _seat(self, m: Mention) -> list[Entity]:
        """"met Trump at the White House": a body named after its building is, where a place is
        expected, that building, when the knowledge base curates it as a place (never a city that
        shares a company's name)."""
        if self.resolver is None:
            return []
        place = self.resolver.place(m.text)
        curated = place is not None and place.kind == "place" and not place.key.removeprefix("place/").isdigit()
        return [place] if curated else []

    def country_of_body(self, tok) -> list[Entity]:
        """Where a trip to the body `tok` names goes: "visited the Academy of Sciences of the Republic of Uzbekistan",
        "the University of Ghana", "the first day of the Trade Mission to China" (a body named after its country lies
        in it, or goes there; not a mission abroad: "the Embassy of Japan"). Not where a person of such a body is."""
        m = self.by_token.get(tok.i)
        if m is None or m.entity.kind != "organization" or self.resolver is None:
            return []
        match = NAMED_AFTER_COUNTRY.search(m.entity.name)
        key = country_words().get(fold(match.group(1))) if match and not MISSION.search(m.entity.name) else None
        entity = self.resolver.entity(key) if key else None
        return [entity] if entity is not None and entity.kind == "country" else []

    def places(self, tok, depth: int = 0) -> list[Entity]:
        """The places a phrase names: "Beijing", "the city of Tianjin", "Niamey, Niger's capital"."""
        m = self.by_token.get(tok.i)
        capital = self._capital(tok) if m is None and tok.lower_ == "capital" else None
        if capital is not None:  # "the Qatari capital", "the capital of Qatar" (not "the capital Nairobi")
            return [capital]
        city = self._city_named_before(tok) if m is None and tok.lower_ in ("city", "town") else None
        if city is not None:  # "arrived in the Brazilian city Sunday" after "Rio de Janeiro: ..."
            return [city]
        land = self._dateline_country(tok) if m is None and tok.lower_ == "country" else None
        if land is not None:  # "WELLINGTON - ... X has arrived in the country": New Zealand
            return [land]
        if m is not None and m.entity.kind == "organization":  # (or the city after it: "at State House, Nairobi")
            return self._seat(m) or [e for c in tok.children if c.dep_ == "appos"
                                     for e in [self.entity(c, PLACES)] if e]
        if m is not None:
            return [m.entity] if m.entity.kind in PLACES else []
        found = self._listed_after_colon(tok)  # "five Balkan countries: Montenegro, Serbia and Kosovo"
        if depth < 3 and tok.lemma_.lower() in SETTLEMENTS and any(c.dep_ == "det" and c.lower_ == "the"
                                                                   for c in tok.children):
            # "the Red Sea resort town of Sharm el-Sheikh": the town (but "Ramallah city of the West Bank": Ramallah)
            found = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for obj in _objects(c) for e in self.places(obj, depth + 1) if e.kind == "place"]
        if depth < 3 and not found:
            for child in tok.children:
                if child.dep_ in ("compound", "appos") or child.dep_ == "nmod" and tok.lemma_.lower() in CAMPUS_NOUNS:
                    # (nmod: "the University of X (UC) campus"; not "the Indo-U.S. talks")
                    e = self.entity(child, PLACES)
                    m = self.by_token.get(child.i)
                    if e and e.kind == "country" and (tok.lemma_.lower() in MISSIONS or tok.lower_ in TITLE_WORDS):
                        continue  # "at the US embassy", "a visit to the US Ambassador": whose, not where
                    if e and tok.lemma_.lower() in TOPIC_NOUNS:
                        continue  # "cooperation in Arctic issues": what about, not where
                    if e:
                        found.append(e)
                    elif m is not None and m.entity.kind == "organization":
                        found += self._seat(m)  # "in the White House Cabinet Room": in the White House
                elif child.dep_ == "poss" and tok.lemma_.lower() in CAMPUS_NOUNS:
                    found += [e for e in [self.entity(child, PLACES)] if e]  # "Chattanooga's Volkswagen plant"
            # "the city of Tianjin" (not "the embassy of Norway", "the portrait of X"); "Ramallah city of X": Ramallah
            if not found and tok.lemma_.lower() not in MISSIONS | MEMORIALS:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        found += [e for obj in _objects(child) for e in self.places(obj, depth + 1)]
        return _unique(found)

    def _listed_after_colon(self, tok) -> list[Entity]:
        """"three countries: Peru, Chile and Bolivia": the places listed after the colon (read along the words: the
        parser hangs the list anywhere)."""
        doc = tok.doc
        if tok.lemma_.lower() not in LAND_NOUNS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ":":
            return []
        found = []
        for t in doc[tok.i + 2:self.sent(tok).end]:
            e = self.entity(t, PLACES)
            if e is not None:
                found.append(e)
            elif not (t.is_punct or t.dep_ == "cc" or self.by_token.get(t.i) is not None or t.dep_ == "compound"):
                break
        return _unique(found)

    def _capital(self, tok) -> Entity | None:
        """The national capital of the one country a "capital" phrase names by adjective, possessor or "of"."""
        if any(c.dep_ in ("appos", "compound") for c in tok.children) or not hasattr(self.resolver, "places"):
            return None
        lands = [e for c in tok.children if c.dep_ in ("amod", "poss")
                 for e in (self.entities(c, ("country",)) or self.demonyms(c))]
        lands += [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in _objects(c) for e in self.entities(o, ("country",))]
        lands = _unique(lands)
        return self.resolver.places.capital(lands[0].key.removeprefix("country/")) if len(lands) == 1 else None

    def _dateline_country(self, tok) -> Entity | None:
        """"the country", when the sentence names no country before it but in a title ("New Zealand Prime Minister
        X announced that his Fijian counterpart Y has arrived in the country"): the dateline's."""
        if self.dateline is None or [c.lower_ for c in tok.children] != ["the"] \
                or not hasattr(self.resolver, "places"):
            return None
        sent = self.sent(tok)
        before = (self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand") for m in self.mentions
                  if m.entity.kind in PLACES and not m.span.in_headline and sent.start_char <= m.span.start < tok.idx)
        if any(span is not None and span.root.dep_ not in ("compound", "amod", "poss") for span in before):
            return None
        if self.dateline.kind == "country":
            return self.dateline
        return self.resolver.places.get(self.dateline.contained_in or "")

    def _city_named_before(self, tok) -> Entity | None:
        """"the Brazilian city": the latest city the text (or its dateline) names before, when it lies in that
        country."""
        if any(c.dep_ in ("appos", "compound") for c in tok.children) or not hasattr(self.resolver, "places") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        lands = _unique([e for c in tok.children if c.dep_ == "amod" for e in self.demonyms(c)])
        if len(lands) != 1:
            return None
        named = [*([self.dateline] if self.dateline is not None else []),
                 *(m.entity for m in self.mentions if m.span.end <= tok.idx and m.entity.kind == "place")]
        return next((e for e in reversed(named)
                     if lands[0].key in {p.key for p in self.resolver.place_chain(e)}), None)

    # ---- clauses ---------------------------------------------------------------------------------

    def subjects(self, verb, depth: int = 0) -> list:
        """Subject phrase heads of `verb` (the agent of a passive), inherited when it has none."""
        own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not self.destination_subject(verb, c)]
        if len(own) > 1:  # "According to X's spokesperson, Y, the president will depart": Y is the spokesperson
            own = [c for c in own if not _named_source(c)] or own
        if _expletive_report(verb) and any(c.dep_ == "attr" and c.lower_.endswith("ing") for c in verb.children):
            return self.subjects(verb.head, depth + 1)  # (the parser's "a pleasure meeting" as one noun)
        if not own:  # a passive: its agent; its patient only as the subject of an xcomp ("is expected to")
            own = passive_agents(verb)
            # (and "X is expected in Damascus for meetings with Y": X, a name, is the one expected there)
            if not own and (depth > 0 or verb.lemma_.lower() == "expect"):
                own = [c for c in verb.children if c.dep_ == "nsubjpass" and (depth > 0 or c.pos_ in ("PROPN", "PRON"))]
        # "X has today 10 December paid a call on Y": the parser hangs X on the auxiliary
        own = own or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]
        if own:
            return [self.relative(t) for t in own]
        if depth > 4 or verb.head == verb:
            return []
        head, dep = verb.head, verb.dep_
        if dep in ("xcomp", "advcl") and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "pobj" \
                and verb.doc[verb.i - 1].head.lower_ == "with" and verb.doc[verb.i - 1].head.head == head:
            return [self.relative(verb.doc[verb.i - 1])]  # "started with King X having an audience with Y": X
        if dep == "xcomp":  # "sent Pompeo to join": the object controls; "wants to visit": the subject
            controller = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
            return controller or self.subjects(head, depth + 1)
        if dep == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in cues()["thanking_verbs"]:
            thanked = [c for c in head.head.children if c.dep_ == "dobj"]
            if thanked:
                return thanked  # "thanked her for visiting Rome": she visited
        if dep == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in THANKS:
            thanked = [o for c in head.head.children if c.dep_ == "prep" and c.lower_ == "to" for o in objects(c)]
            if thanked:
                return thanked  # "expressed his gratitude to X for visiting Sierra Leone": X visited
        if dep == "pcomp" and head.pos_ == "ADP":  # "In addition to meeting X, Y will meet Z": Y
            clause = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return self.subjects(clause, depth + 1) if clause is not None else []
        if dep == "attr" and _expletive_report(head):
            return self.subjects(head.head, depth + 1)  # "X said it was a great pleasure meeting Y": X met Y
        if dep == "conj" and head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children):
            return [c for c in head.children if c.dep_ == "poss"]  # "X's visit to the US and meeting with Y": X
        if dep == "advcl" and verb.tag_ == "VBG" and verb.i < head.i:
            patient = [c for c in head.children if c.dep_ == "nsubjpass"]
            if patient:  # "Arriving in X on Tuesday, Y was received by Z": Y arrived (the passive's subject)
                return [self.relative(t) for t in patient]
        if dep in ("conj", "advcl", "pcomp", "acomp"):  # "she was pleased to be here": she
            inherited = self.subjects(head, depth + 1)  # (but not the "It" of "It was a scene of pomp as X
            return [] if dep == "conj" and inherited and all(t.lower_ == "it" for t in inherited) else inherited
            # paid a call", the parser joining "paid" to "was")
        infinitive = dep in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and head.dep_ == "attr" and any(c.lower_ == "first" for c in head.children):
            return self.subjects(head.head, depth + 1)  # "X will become the first foreign leader to visit Y": X
        if infinitive and head.dep_ == "nsubj" and head.head.lemma_ == "be" and any(
                c.lower_ in ORDINAL_WORDS for c in head.children):  # "The second ambassador to present his
            return [c for c in head.head.children if c.dep_ == "attr"]  # letters was the Ambassador of X, Y": Y
        if infinitive and head.lower_ in cues()["group_nouns"]:  # "X will lead a delegation to attend": X
            return self.subjects(head.head, depth + 1) if head.head.lemma_.lower() in LEAD_VERBS else [head]
        if infinitive:
            # "X and Y confirmed their agreement to meet", "I took this opportunity to meet": the
            # possessor, else the subject of the clause the noun is an argument of
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss and poss[0].pos_ != "PRON":
                return poss
            return self.subjects(head.head, depth + 1) if head.dep_ in ("dobj", "pobj", "attr") else poss
        if dep == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            place = head  # "X drove to the Chancellor's office, where talks with Y were continued": X's talks
            while place.dep_ in ("pobj", "prep") and place.head != place:
                place = place.head
            return self.subjects(place, depth + 1) if place.pos_ in ("VERB", "AUX") else []
        if dep in ("relcl", "acl"):
            return [head]
        if dep == "pobj" or (dep == "prep" and head.pos_ in ("VERB", "AUX")):
            return self.subjects(head, depth + 1)
        if dep == "prep" and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "X will have the honour of meeting Y": X
        return []

    def destination_subject(self, verb, subject) -> bool:
        """"X left on Monday for Venezuela to hold talks with Y": the parser reads "for Venezuela to hold" as a
        clause whose subject is Venezuela; a place after "for" under a verb of leaving is where X went. So is
        the country after a city in "X traveled to Bogota, Colombia to meet with Y" (no infinitive has a subject)."""
        if verb.dep_ != "advcl" or subject.i > verb.i or self.entity(subject, PLACES) is None:
            return False
        leaving = verb.head.lemma_.lower() in DEPARTURE_VERBS and any(c.dep_ == "mark" and c.lower_ == "for"
                                                                       for c in verb.children)
        return leaving or subject.i > 0 and subject.doc[subject.i - 1].text == "," \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def relative(self, tok):
        """A relative pronoun subject ("who", "which") stands for the noun its clause modifies."""
        if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
            noun = tok.head.head  # "X, Foreign Minister who is on a visit": X, whose title the clause hangs on
            return noun.head if noun.dep_ == "appos" and noun.lower_ in TITLE_WORDS and self.mention(noun) is None \
                and self.mention(noun.head) is not None else noun
        return tok

    def named_elsewhere(self, text: str) -> Entity | None:
        """The entity a mention with this exact text stands for elsewhere in the article."""
        folded = text.strip().lower()
        for m in self.mentions:
            if m.text.strip().lower() == folded or m.entity.name.lower() == folded:
                return m.entity
        return None

    def described(self, tok) -> Entity | None:
        """The person "the Secretary" / "the president" refers to: the latest person named before
        whose title, or the words just before whose name, hold that office word; of several such, the one
        the headline names so ("Foreign Minister X to visit India ... X will meet Minister for External Affairs
        Y ... The Minister will call on Z": X)."""
        word = _office(tok)
        # "the Vice President" is not the President named before, nor "the President" a Vice President
        qualifier = next((t.lower_ for t in tok.lefts if t.lower_ in QUALIFIER_WORDS), None)
        sent = self.sent(tok)  # "the Minister will hold talks with his counterpart X": not X
        later = {m.entity.key for m in self.mentions if tok.idx < m.span.start < sent.end_char}
        holders: list[Entity] = []  # latest first
        foreign: set[str] = set()  # holders the text names with a country of their own ("X, Prime Minister of Y")
        for m in sorted((m for m in self.mentions if m.span.end <= tok.idx and m.entity.kind == "person"
                         and m.entity.key not in later), key=lambda m: -m.span.start):
            before = self.text[max(0, m.span.start - 40):m.span.start]
            parts = re.split(r"[,;.]|\band\b|\bwith\b", before)  # "Secretary X and Ambassador Y": Y's own words
            comma_title = len(parts) > 1 and not parts[-1].strip() and before.rstrip().endswith(",")
            before = parts[-2] if comma_title else parts[-1]          # "Nigeria's Foreign Minister, X"
            before = title_run(before).lower()  # not "the Chairperson also briefed President X": X's is "President"
            # the title's own office, before its first preposition: "Special Assistant to the Minister" is no Minister
            title = re.split(r"\b(?:of|for|to|on|at|in)\b", (m.entity.title or "").lower())[0]
            words = (title + " " + before).replace("-", " ").split()
            held = [i for i, w in enumerate(words) if w == word]
            if not held and not ("-" in word and word in title + " " + before):
                continue
            before_word = [words[i - 1] if i > 0 else None for i in held]
            # "the Vice Foreign Minister": a Vice Foreign Minister, the qualifier a few words before the office
            qualified = qualifier and all(qualifier in words[max(0, i - 3):i] for i in held)
            if qualified if qualifier else not set(before_word) & set(QUALIFIER_WORDS):
                holders.append(m.entity)
                apposed = re.match(r",\s*([^,.;]{3,60})", self.text[m.span.end:m.span.end + 62])
                if role_of(f"{before} {apposed[1] if apposed else ''}")[1]:
                    foreign.add(m.entity.key)
        headline = self._headline_holder(tok)
        keys = [e.key for e in holders]
        if headline is not None and headline.key in keys and len(set(keys)) > 1:
            return holders[keys.index(headline.key)]
        home = [e for e in holders if e.key not in foreign]
        if home and foreign and not any(c.dep_ in ("amod", "compound", "poss") and role_of(c.text)[1]
                                        for c in tok.lefts):
            return home[0]  # a readout's "the Prime Minister" is its own, named with no country ("X, Prime
            #                 Minister, held a meeting with Y, Prime Minister of Cambodia. The Prime Minister ...": X)
        return next(iter(holders), None) or headline or self._named_next(tok) or self._monarch_named_later(tok, word)

    def _monarch_named_later(self, tok, word: str) -> Entity | None:
        """"The King and Queen hosted a luncheon ... King Harald granted X an audience": a monarch, one to a
        country, is often named only after the title alone; the first person named later with that title."""
        if word not in MONARCHS:
            return None
        return next((m.entity for m in self.mentions  # (in text order)
                     if m.span.start > tok.idx and m.entity.kind == "person"
                     and re.search(rf"\b{word}\s+$", self.text[max(0, m.span.start - 20):m.span.start], re.I)), None)

    def _named_next(self, tok) -> Entity | None:
        """"The Secretary General met on 15 December with X. Thorbjørn Jagland and X agreed ...": an office
        the text names only in the next sentence, where its holder and a person of the first act together."""
        n = self.sents.index(self.sent(tok))
        if n + 1 >= len(self.sents) or "\n" in self.text[self.sent(tok).end_char:self.sents[n + 1].start_char]:
            return None
        sent = self.sent(tok)
        here = {m.entity.key for m in self.mentions if m.entity.kind == "person"
                and sent.start_char <= m.span.start < sent.end_char}
        after, root = self.sents[n + 1], self.sents[n + 1].root
        pair = list(dict.fromkeys(m.entity for m in self.mentions if m.entity.kind == "person"
                                  and after.start_char <= m.span.start < root.idx))  # the subjects, however parsed
        if len(pair) == 2 and len({e.key for e in pair} & here) == 1:
            return next(e for e in pair if e.key not in here)
        return None

    def _headline_holder(self, tok) -> Entity | None:
        """"The Vice President met X" under the headline "Readout of Vice President Biden's Meeting with
        X": the person the headline names with the same office words (not with a qualifier more or less),
        not one the sentence names itself."""
        office = " ".join([t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod") and t.lower_ != "then"]
                          + [tok.lower_])
        named_here = {m.entity.key for m in self.mentions if self.sent(tok).start_char <= m.span.start
                      < self.sent(tok).end_char}
        for m in self.headline:
            before = m.span.sentence[:m.span.start - m.span.sentence_start].lower().split()
            words = office.split()
            if m.entity.kind == "person" and m.entity.key not in named_here and before[-len(words):] == words \
                    and (len(before) == len(words) or before[-len(words) - 1] not in QUALIFIER_WORDS):
                return m.entity
        return None

    def in_quotation(self, tok) -> bool:
        """`tok` stands inside a quotation (of MIN_WORDS words or more: not a scare-quoted name)."""
        if self._quotation_spans is None:
            from newsgraph.ingest.quotes import MIN_WORDS, QUOTE
            self._quotation_spans = [m.span() for m in QUOTE.finditer(self.text)
                                     if len(re.findall(r"\w+", m.group())) >= MIN_WORDS]
        return any(start < tok.idx < end for start, end in self._quotation_spans)

    def in_label(self, tok) -> bool:
        """`tok` is part of a transcript's speaker label ("Penny Wong, Foreign Minister:")."""
        return any(start <= tok.idx < end for start, end, _, _ in self.labels())

    def labels(self) -> list[tuple[int, int, str, Entity | None]]:
        """The transcript's speaker labels, in text order: (start, end, text, person). A label opens a
        line: "Name, Title:" before the words, or "Name (Constituency, Party)" alone on its line (a
        parliamentary answer). A label with a title only ("Foreign Minister:") is the person an earlier
        label gave that title; a label naming nobody ("Journalist:") is nobody we know."""
        if self._labels is None:
            found = sorted([m.span(1) for regex in (SPEAKER_LABEL, LINE_LABEL, DASH_LABEL)
                            for m in regex.finditer(self.text)])
            self._labels, titled = [], {}
            for start, end in found:
                text = self.text[start:end]
                person = next((x.entity for x in self.mentions if x.entity.kind == "person"
                               and start <= x.span.start < end), None)
                words = [w for w in re.split(r"[,\s()]+", text.lower()) if w in TITLE_WORDS]
                if person is not None:
                    titled.update({w: person for w in words})
                person = person or next((titled[w] for w in words if w in titled), None) or self._label_person(text)
                self._labels.append((start, end, text, person))
        return self._labels

    def _label_person(self, text: str) -> Entity | None:
        """The person a label names that NER did not tag ("JULIE BISHOP", "Mr. MOTEGI Toshimitsu,
        Minister for Foreign Affairs"): the knowledge base's, else a person of that name."""
        words = [w for w in re.split(r"[,(]", text)[0].split() if w.lower() not in HONORIFICS]
        styled = text.split()[0].lower() in HONORIFICS  # "Mr HOWARD (Prime Minister)": a surname after a style
        if not (1 if styled else 2) <= len(words) <= 4 or not all(w.replace("-", "").isalpha() for w in words) \
                or all(w.lower() in TITLE_WORDS or w.lower() == "the" for w in words) \
                or words[-1][:1].islower() or words[0].lower() in PRONOUN_GENDERS:  # not "He added: ..."
            return None
        name = cased(" ".join(words))
        key = self.resolver.alias_index.get(squash(name)) if self.resolver is not None else None
        if key is not None and key.startswith("person/"):
            return self.resolver.entity(key)
        return Entity(key=f"person/{slug(name)}", kind="person", name=name)

    def speaker(self, tok) -> Entity | None:
        """Who says "I": in a transcript, the person of the latest label before `tok`; in a quotation
        ("Chairman Zhao and I also had the opportunity to meet," X said), its speaker."""
        before = [person for start, _, _, person in self.labels() if start < tok.idx]
        if before:
            return before[-1]
        if self._quoted is None:
            from newsgraph.ingest.quotes import quotations
            self._quoted = []  # no quotation is asked for its own "I" while they are being found
            self._quoted = [(q.span.start, q.span.end, q.speaker) for q in quotations(self)]
        quoted = next((who for start, end, who in self._quoted if start <= tok.idx < end), None)
        return quoted or self._statement_of(tok) or self._reporter_of(tok) or self.author

    @cached_property
    def author(self) -> Entity | None:
        """Whose words a whole text is: the person of a speech's title ("Remarks by His Majesty King X at the
        State Banquet", "Address by President X at ...", as headline or first line), else of its byline ("Margaret
        Thatcher\n\nPrime Minister\n\nLadies and Gentlemen ...", "By Anna Berg")."""
        first = self.text.split("\n\n", 1)[0]
        for m in [*self.headline, *(m for m in self.mentions if m.span.start < len(first))]:
            title = m.span.sentence[:m.span.start - m.span.sentence_start]
            if m.entity.kind == "person" and SPEECH_TITLE.search(title):
                return m.entity
        return self._label_person(self.byline) if self.byline else None

    def _reporter_of(self, tok) -> Entity | None:
        """"An opportunity for me to discuss ... with X, Y said", "'I received X ...'. Y wrote this on social
        media": words without double quotes are the person's who reports them, later in their paragraph."""
        n = self._sent_of[tok.i]
        for sent in self.sents[n:n + 4]:
            if sent.start > tok.i and "\n" in self.text[tok.idx:sent.start_char]:
                break  # another paragraph
            for t in sent:
                if t.i > tok.i and t.pos_ == "VERB" and t.lemma_.lower() in cues()["reporting_verbs"]:
                    said = [e for h in self.subjects(t) if h.lower_ not in FIRST_PERSON
                            for e in [self.entity(h, ("person",))] if e is not None]
                    if said:
                        return said[0]
        return None

    def _statement_of(self, tok) -> Entity | None:
        """"Following is the text of the Prime Minister's statement", "X issued the following statement": whose
        words the text after it is."""
        for sent in reversed(self.sents[:self._sent_of[tok.i]]):
            nouns = [t for t in sent if t.lemma_.lower() in STATEMENT_NOUNS]
            following = [t for t in nouns if any(c.lower_ == "following" for c in t.children)]
            if not (STATEMENT_INTRO.search(sent.text) and nouns or following):
                continue
            for t in nouns:
                owner = [e for c in t.children if c.dep_ == "poss"  # "Prime Minister's": the one named so
                         for e in self.entities(c, ("person",)) or [self.described(c)] if e is not None]
                if not owner and t in following and t.dep_ == "dobj":  # "X issued the following statement"
                    owner = [e for h in self.subjects(t.head) for e in self.entities(h, ("person",))]
                if owner:
                    return owner[0]
            return None
        return None

    def addressee(self, tok) -> Entity | None:
        """Whom "you" means in a transcript of two or more speakers: the latest other speaker before
        `tok`, else the next one after it."""
        me = self.speaker(tok)
        others = [(start, person) for start, _, _, person in self.labels() if person is not None and person != me]
        before = [person for start, person in others if start < tok.idx]
        after = [person for start, person in others if start > tok.idx]
        return before[-1] if before else after[0] if after else None

    def named_before(self, tok, kinds) -> Entity | None:
        """The entity named right before `tok` (a relative "who": "Secretary X who is in ...", "X, with whom")."""
        before = reversed(self.doc[max(0, tok.i - 3):tok.i])
        return next((e for t in before for e in [self.entity(t, kinds)] if e), None)

    def antecedent(self, pron, kinds=("person",), depth: int = 0) -> Entity | None:
        """What 'he' / 'his' / 'she' (a person) or 'it' (an organisation or country) refers to: the
        nearest such subject of an enclosing clause, else the last such subject before it (a "he" subject: whom
        that one means), else the last one named before it."""
        own = pron.head if pron.dep_ in ("dobj", "dative", "nsubjpass") else None  # "X hosted him": him is not X,
        # nor "he was welcomed by X", nor "X met with her"
        if pron.dep_ == "pobj" and pron.head.lower_ in cues()["partner_preps"] and pron.head.head.pos_ == "VERB":
            own = pron.head.head
        # nor is he the subject his verb inherits: "X met Y, thanking him" (him: Y)
        not_him = {e.key for s in self.subjects(own) if s.pos_ != "PRON"  # (a pronoun would ask this again)
                   for e in self.entities(s, kinds)} if own is not None else set()
        not_him |= self._other_gender(pron)  # "X was presented with it by Ms. Y on her visit": Y's visit
        if pron.dep_ == "nsubj" and pron.head.pos_ == "VERB":  # "He met President X": not X (but "She continued
            not_him |= {e.key for c in pron.head.children if c.pos_ != "PRON" and (  # her visit": her visit's owner)
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in cues()["partner_preps"])
                for o in ([c] if c.dep_ == "dobj" else _objects(c)) for e in [self.entity(o, kinds)] if e}
        guest = self._hosted_guest(pron, kinds) or self._arriving_guest(pron, kinds) \
            or self._listed_possessor(pron, kinds)
        if guest is not None and guest.key not in not_him:
            return guest
        for anc in pron.ancestors:
            who = next((c for c in anc.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
            described = self.named_before(who, kinds) if anc.dep_ == "relcl" and who is not None else None
            if described is not None and described.key not in not_him:
                return described  # "X met Y who is in Nairobi on his tour": Y's tour
            if anc.pos_ in ("VERB", "AUX") and anc != own:
                fronted = [e for c in anc.children
                           if c.dep_ == "nsubjpass" and (c.i > pron.i or pron.dep_ in SUBJECTS)
                           for e in [self.entity(c, kinds)] if e and e.key not in not_him]
                if fronted:  # "On his visit, the minister was received by X": the minister's visit (not X's); "X is
                    return fronted[0]  # greeted by Y after he arrived in Canberra": X arrived
                for subj in self.subjects(anc):
                    if subj.i != pron.i and subj not in pron.subtree and subj.lower_ not in FIRST_PERSON:
                        # "his counterpart X has arrived, marking his visit": X, the subject's apposition
                        e = self.entity(subj, kinds) or next((self.entity(a, kinds) for a in subj.children
                                                              if a.dep_ == "appos" and self.entity(a, kinds)), None)
                        if e and e.key not in not_him:
                            return e
        best_subject = best_any = None
        outside = not self.in_quotation(pron)
        for tok in reversed(self.doc[max(0, pron.i - 400):pron.i]):
            if tok.lower_ in FIRST_PERSON or self.in_label(tok):
                continue  # the speaker of a transcript is "I", never "he"
            if outside and self.in_quotation(tok):
                continue  # "“I spoke with the Secretary, X,” he said": the quoted are not whom the text means
            e = self.entity(tok, kinds)
            if e is None and PRONOUN_GENDERS.get(tok.lower_, "") == PRONOUN_GENDERS.get(pron.lower_):
                e = self._arriving_guest(tok, kinds)  # "Y welcomed X. He was to arrive at six ... He visited Z": X
                if e is not None and e.key not in not_him:
                    best_subject = e
                    break
            if e is None and tok.pos_ == "PRON" and tok.dep_ in SUBJECTS and depth < 2 \
                    and PRONOUN_GENDERS.get(tok.lower_, "") == PRONOUN_GENDERS.get(pron.lower_, "?"):
                e = self.antecedent(tok, kinds, depth + 1)  # "During his trip he met X and Y. In the evening he
                if e is not None and e.key not in not_him:  # visited Z": who the "he" before means
                    best_subject = e
                    break
            if not e or e.key in not_him:
                continue
            if best_any is None:
                best_any = e
            if tok.dep_ in SUBJECTS or (tok.head.dep_ in SUBJECTS and tok.dep_ in ("compound", "appos")) \
                    or self._agent_of_a_thing(tok, kinds) \
                    or (tok.dep_ == "appos" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")) \
                    or _named_in_subject_title(tok):
                best_subject = e  # (the last: the parser may make a title the root, "The Director, X, called on Y")
                break
        return best_subject or best_any or self._named_after(pron, kinds)

    def _agent_of_a_thing(self, tok, kinds) -> bool:
        """"The conversation was confirmed by [X]": the agent of a passive whose subject names no one is the
        clause's actor (not in "Y was received by X" nor "She was accompanied by X", where Y, she, is)."""
        noun = tok
        for _ in range(4):  # "by former president of Turkey, [Y]" (Y parsed as Turkey's apposition)
            if noun.dep_ in ("appos", "compound"):
                noun = noun.head
            elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
                noun = noun.head.head
            else:
                break
        verb = noun.head.head
        return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(s.pos_ == "PRON" or self.entity(s, kinds) for s in verb.children if s.dep_ == "nsubjpass")

    def _listed_possessor(self, pron, kinds) -> Entity | None:
        """"X details President Y's visit to Z, his meetings with W": "his" opening a listed phrase is the possessor
        of the phrase listed before it (however the parser hangs the list), not the clause's subject."""
        if pron.dep_ != "poss" or pron.i == 0 or self.doc[pron.i - 1].text != ",":
            return None
        for tok in reversed(self.doc[self.sent(pron).start:pron.i]):
            if tok.pos_ in ("VERB", "AUX"):
                return None
            owner = self.entity(tok, kinds) if tok.dep_ == "poss" and not pronoun(tok) else None
            if owner is not None:
                return owner
        return None

    def _named_after(self, pron, kinds) -> Entity | None:
        """"Following his first visit to A, the newspaper interviewed X": a possessive in a phrase before its
        clause ("his visit", not "his counterpart X" nor a subject) that no one before it can mean is the first one
        named after that phrase in the sentence."""
        sent, phrase = self.sent(pron), pron.head
        if pron.dep_ != "poss" or phrase.i > sent.root.i or phrase.dep_ in SUBJECTS:
            return None
        end = max(t.i for t in phrase.subtree) + 1
        return next((e for t in self.doc[end:sent.end] for e in [self.entity(t, kinds)] if e), None)

    def _other_gender(self, pron) -> set[str]:
        """People a pronoun cannot mean: those the text styles as the other gender ("Ms.", "Her
        Excellency", "Sir"); and for "she" or "her" after a woman so styled in its sentence, everyone not
        styled as one (most officials in the news are men: "X was presented with it by Ms. Y on her visit")."""
        wanted = PRONOUN_GENDERS.get(pron.lower_)
        if wanted is None:
            return set()
        if self._genders is None:
            self._genders = self._styled_genders()
        sent = self.sent(pron)
        people = [m for m in self.mentions if m.entity.kind == "person"]
        if wanted == "f" and any(sent.start_char <= m.span.start < pron.idx and self._genders.get(m.entity.key) == "f"
                                 for m in people):
            return {m.entity.key for m in people if self._genders.get(m.entity.key) != "f"}
        return {key for key, gender in self._genders.items() if gender != wanted}

    def _styled_genders(self) -> dict[str, str]:
        """Person key -> "f" or "m" from the styles written right before their names; none where they differ."""
        styles = {**{w: "f" for w in cues()["female_styles"]}, **{w: "m" for w in cues()["male_styles"]}}
        seen: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.entity.kind != "person":
                continue
            words = [w.lower() for w in re.findall(r"[\w']+\.?", self.text[max(0, m.span.start - 40):m.span.start])]
            for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
                if words[k] in styles:
                    seen.setdefault(m.entity.key, set()).add(styles[words[k]])
                elif words[k] in ("excellency", "majesty", "highness") and k and words[k - 1] in ("his", "her"):
                    seen.setdefault(m.entity.key, set()).add(PRONOUN_GENDERS[words[k - 1]])
                elif words[k] not in HONORIFICS:
                    break
        return {key: genders.pop() for key, genders in seen.items() if len(genders) == 1}

    def _hosted_guest(self, pron, kinds) -> Entity | None:
        """"X hosted Y during his first visit", "welcomed Y on her trip": the possessor of what the
        host's verb is about is the guest (the verb's object), not the host."""
        if pron.dep_ != "poss" or pron.lower_ not in ("his", "her"):
            return None
        verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_.lower() not in cues()["host_verbs"]:
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON"  # (which would
                   and not c.left_edge.i <= pron.i <= c.right_edge.i]  # ask this again) (not "welcomed [his guest]")
        return next((e for c in objects  # "received the Speaker of X, Y, during his visit": Y
                     for e in (self.entity(c, kinds), *self.entities(c, kinds)) if e is not None), None)

    def _arriving_guest(self, pron, kinds) -> Entity | None:
        """"X welcomed Y at the airport. He was scheduled to arrive at six": who arrives, in the sentence after a
        welcome, is the guest welcomed (the object of the host's verb), not the host."""
        if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in ("he", "she"):
            return None
        verb = pron.head
        if not {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp")} \
                & {"arrive", "land"}:
            return None
        n = self.sents.index(self.sent(pron))
        host = self.sents[n - 1].root if n > 0 else None
        if host is None or host.lemma_.lower() not in cues()["host_verbs"]:
            return None
        return next((e for c in host.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                     for e in (self.entity(c, kinds), *self.entities(c, kinds)) if e is not None), None)


SETTLEMENTS = frozenset({"town", "city", "village", "port", "resort"})  # named by an "of" phrase: "the town of X"
MEMBERSHIP_VERBS = ("include", "comprise", "consist", "compose")  # "the delegation comprised A and B"
LEAD_VERBS = ("lead", "head")  # "a delegation led by X", "headed by X"
MONARCHS = frozenset({"king", "queen", "emir", "sultan"})
PLURAL_STYLES = frozenset({"majesties", "highnesses", "excellencies"})
SINGULAR_STYLES = frozenset({"majesty", "highness", "excellency", "holiness"})
FIRST_PERSON = ("i", "me", "my", "myself")
# the title of one person's speech, up to the name: "Remarks by His Majesty King", "SPEECH BY SHRI", "Address by"
SPEECH_TITLE = re.compile(r"(?i)\b(?:remarks|speech|address|toast|message|statement)\s+(?:delivered\s+)?by\b[^,.:;]*$")
PRONOUN_GENDERS = {**dict.fromkeys(("he", "him", "his", "himself"), "m"),
                   **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
# "Penny Wong, Foreign Minister: I have just ..." — a transcript's speaker label at the start of a line
OF_BODY_AFTER = re.compile(r",?\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*")
SPEAKER_LABEL = re.compile(r"(?m)^((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Amb)\.\s)?[A-Z][^\n:.?!]{1,80}):\s")
# "Simon Coveney (Cork South Central, Fine Gael)" alone on its line: who answers in a parliamentary record
LINE_LABEL = re.compile(r"(?m)^([A-Z][^\n:.?!()]{1,60}\([^\n()]{1,80}\))[ \t]*$")
# "Mr HOWARD (Prime Minister) —I thank the member ...": Hansard's label, a dash after it
DASH_LABEL = re.compile(r"(?m)^((?:Mr|Mrs|Ms|Dr|Senator)\.?\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3}"
                        r"(?:\s\([^\n()]{1,60}\))?)\s?[—–]")
STATEMENT_INTRO = re.compile(r"\b(?:text|transcript|full text)\s+of\b", re.I)
STATEMENT_NOUNS = ("statement", "remark", "speech", "address", "message")
SECOND_PERSON = ("you", "your", "yourself")
QUALIFIER_WORDS = ("vice", "deputy", "former", "assistant", "under", "acting", "prime")  # "the Minister" is no Prime Minister
LAND_NOUNS = frozenset({"country", "nation", "city", "capital", "state", "island", "destination", "stop"})
MEMORIALS = frozenset({"portrait", "statue", "bust", "tomb", "grave", "mausoleum", "monument", "memorial"})  # of whom
TITLE_CONNECTORS = ("of", "to", "for", "the", "and", "on", "at")  # "Minister of State at the Foreign Office X"
HEAD_WORDS = ("chief", "head", "boss")  # news words for whoever heads a body: "the WHO chief"
BODY_HEADS = ("secretary-general", "secretary general", "director-general", "director general", "executive director",
              "managing director", "high commissioner", "executive secretary", "president", "chairman",
              "chairperson", "chair", "head", "chief")


ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next".split())


def _named_in_subject_title(tok) -> bool:
    """"Speaker of the Parliament of Bangladesh X left ...": the parser hangs the name X in the title's "of" phrase,
    and the title is the subject."""
    while tok.dep_ in ("pobj", "prep", "compound") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in SUBJECTS and tok.lower_ in TITLE_WORDS


def _expletive_report(verb) -> bool:
    """"X said [it was a pleasure meeting Y]": a reported clause with an empty "it" for subject."""
    return verb.lemma_ == "be" and verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ == "it"
                                                                for c in verb.children)


def _named_source(tok) -> bool:
    """A name right after "According to X's spokesperson," (the parser makes it a second subject of the clause)."""
    start = tok.left_edge.i
    doc = tok.doc
    if start < 3 or doc[start - 1].text != ",":
        return False
    opening = doc[doc[start - 2].sent.start:start - 1].text.lower()
    return opening.startswith(("according to", "as reported by")) and "," not in opening


def _after_list(conj) -> bool:
    """A conjunct after the list was closed by "and X": "between Xi and Lavrov, Russia's foreign ministry
    said" (the parser made the ministry, the subject of "said", a third item)."""
    head = conj.head
    cc = min((c.i for c in head.children if c.dep_ == "cc"), default=None)
    closing = min((c.i for c in head.children if c.dep_ == "conj" and cc is not None and c.i > cc), default=None)
    return closing is not None and conj.i > closing


def _reporter(conj) -> bool:
    """"... with President Erdogan, TDH reports": the parser made the agency, the subject of "reports", an
    item of the list before it."""
    after = conj.right_edge.i + 1
    return after < len(conj.doc) and conj.doc[after].pos_ == "VERB" \
        and conj.doc[after].lemma_.lower() in ("report", "say", "write", "announce")


def _parted_title(title):
    """"A and U.K. Secretary of State for Defence Grant Shapps": the parser may make a title and its name
    two conjuncts (or the name an apposition); the name comes next, with no comma or "and" between them."""
    if title.dep_ != "conj" or title.lower_ not in TITLE_WORDS:
        return None
    name = next((c for c in title.head.children if c.dep_ in ("conj", "appos") and c.i > title.i), None)
    if name is None or name.pos_ != "PROPN":
        return None
    return name if not any(t.dep_ in ("cc", "punct") for t in title.doc[title.i + 1:name.left_edge.i]) else None


def _parted_name(name):
    """The name of a title the parser made the conjunct before it (see _parted_title)."""
    title = max((c for c in name.head.children if c.dep_ == "conj" and c.i < name.i), key=lambda c: c.i, default=None)
    return title if title is not None and _parted_title(title) == name else None


def leads_body(tok) -> bool:
    """"Trump" in "the Trump Administration": a leader's name on the body they lead, not that person."""
    return tok.dep_ == "compound" and tok.head.lower_ in cues()["led_bodies"]


def intended(verb) -> bool:
    """"their agreement to meet", "his intention to visit": an infinitive planned by the noun it hangs on."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in cues()["intention_nouns"] and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _apposed_conjunct(t) -> bool:
    """"The mayor of Palma, X, and ...": the name set off by a comma after the title's "of" phrase, parsed as a
    conjunct of its object, is the title holder's (no "and" before it)."""
    return t.dep_ == "conj" and t.head.dep_ == "pobj" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," \
        and not any(c.dep_ == "cc" and c.i < t.i for c in t.head.children)


def passive_agents(verb) -> list:
    """The objects of a passive verb's "by": under the verb, or hung on its topic ("was briefed on conditions by X"),
    on its moment ("was received upon arrival by X") or on its object ("was granted an audience by X")."""
    found = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
    empty = next((c for c in verb.children if c.dep_ == "agent" and not found), None)
    if empty is not None:  # "was attended by, among others, X, Y and Z" (the names parsed apart from "by")
        found = [c for c in verb.children if c.i > empty.i and c.dep_ in ("npadvmod", "dobj", "dep", "appos", "attr")
                 and c.pos_ in ("PROPN", "NOUN")]
    if not found and any(c.dep_ == "nsubjpass" for c in verb.children):
        found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "upon") for t in _objects(p)
                 for by in t.children if by.dep_ == "prep" and by.lower_ == "by" for o in _objects(by)] \
            or [o for d in verb.children if d.dep_ == "dobj" for by in d.children
                if by.dep_ == "prep" and by.lower_ == "by" for o in _objects(by)] \
            or [s for c in verb.children if c.dep_ == "advcl" and _when(c) for s in c.children if s.dep_ == "nsubj"]
    return found


def _when(clause) -> bool:
    """"The agreements were signed at X when A and B concluded the commission": who did it is the clause's subject."""
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children)


def _adjectives(body: Entity) -> tuple[str, ...]:
    """A country's adjectives ("Danish"), by which a title names it."""
    info = countries().get(body.key.removeprefix("country/")) if body.kind == "country" else None
    return info.adjectives if info is not None else ()


@lru_cache(maxsize=256)
def _office_phrases(office: str) -> tuple[str, ...]:
    """The title phrases of one office: "prime minister", "pm" (and "premier": "the French premier")."""
    role = roles().get(fold(office))
    kin = {"prime minister", "premier"} if role in ("prime minister", "premier") else {role}
    return (office, *(phrase for phrase, r in roles().items() if role is not None and r in kin and phrase != office))


def pronoun(tok) -> bool:
    """A pronoun, but not a country or body written in capitals ("Pakistan and the US met": not "us")."""
    if tok.text.isupper() and len(tok.text) > 1:
        return False
    return tok.pos_ == "PRON" or tok.lower_ in cues()["pronouns"]


def _office(tok) -> str:
    """The office word a token ends: "minister", or "secretary-general" for "Secretary-General" (and "pope" for
    "pontiff", the office news names it by once it has named the Pope)."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}"
    return "pope" if tok.lower_ == "pontiff" else tok.lower_


def _before_company(tok) -> list:
    """The children of `tok` before a "with" phrase: "President of X Y together with spouse Z": Z, set beside the
    title by the parser, is the company, not the name of the title's holder."""
    company = next((c.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"), len(tok.doc))
    return [c for c in tok.children if c.i < company]


def _description(tok) -> bool:
    """"the Secretary", "the Foreign Minister", "the Secretary and Foreign Minister": a definite
    office word standing for a person (not "the Chinese president": the entities name that one)."""
    spaced = tok.i >= 1 and (tok.lower_ == "general" and tok.doc[tok.i - 1].lower_ in ("secretary", "director")
                             or tok.lower_ in ("lady", "gentleman") and tok.doc[tok.i - 1].lower_ == "first")
    if _office(tok) not in cues()["office_words"] and not spaced:  # "the Secretary General", "the First Lady"
        return False
    if any(c.dep_ in ("amod", "poss", "nmod") and c.lower_ not in ("then", "current", "incumbent", *HONORIFICS)
           or (c.dep_ == "compound" and not c.is_title) for c in tok.children):
        return False  # but "the then Foreign Secretary" is the one named before
    head = tok.head if tok.dep_ == "conj" else tok
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or _after_honorific(head) \
        or _bare_office_of_a_country(head)


def _bare_office_of_a_country(tok) -> bool:
    """"Chief Prosecutor of Georgia met X": a capitalised office of a country as a subject, no article before it
    (the release's own style for the one named before)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.is_title and not any(c.dep_ == "det" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of"
                and any(t.ent_type_ == "GPE" for o in c.children for t in o.subtree)
                for c in tok.children)  # ("President of Greece X": the name parsed as the object, the country in it)


def _after_honorific(tok) -> bool:
    """"Hon. Minister for Foreign Affairs will hold talks", "Hon’ble State Minister participated": an honorific in
    place of "the"."""
    before = tok.doc[max(0, tok.i - 2):tok.i].text.replace(" ", "").lower()
    return any(before.endswith(h) or before.endswith(h + ".") for h in HONORIFICS if len(h) > 2) \
        or any(c.dep_ == "amod" and c.i < tok.i and c.lower_ in HONORIFICS for c in tok.children)


def _indefinite_office(tok) -> bool:
    """"a New Zealand Minister": one office holder the phrase does not name."""
    return tok.tag_ in ("NN", "NNP") and tok.lower_ in cues()["office_words"] and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _objects(prep) -> list:
    """The object phrases of a preposition ("with X", "with visiting X")."""
    out = []
    for c in prep.children:
        if c.dep_ in ("pobj", "dobj"):
            out.append(c)
        elif c.dep_ == "pcomp":
            out += [g for g in c.children if g.dep_ in ("dobj", "pobj")] or [c]
        elif c.dep_ == "prep":  # "according to X", "such as X"
            out += _objects(c)
    return out


def objects(prep) -> list:
    return _objects(prep)


def _tokens_in(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def leading(node) -> bool:
    """"a delegation [led] by X": a participle whose "at" and "on" phrases the parser takes from the clause."""
    return node.dep_ == "acl" and node.lemma_.lower() in LEAD_VERBS and any(c.dep_ == "agent" for c in node.children)


def _unique(entities: list[Entity]) -> list[Entity]:
    seen, out = set(), []
    for e in entities:
        if e.key not in seen:
            seen.add(e.key)
            out.append(e)
    return out


def sentence_span(doc_text: str, sent) -> Span:
    """The evidence span of sentence `sent` (a spaCy Span) of the text `doc_text`."""
    start, end = sent.start_char, sent.end_char
    text = doc_text[start:end]
    stripped = text.rstrip()
    return Span(start, start + len(stripped), stripped, start, start + len(stripped))
