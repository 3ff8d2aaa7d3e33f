package crosscheck

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"crosswire"
	"crosswire/facts"
	"crosswire/internal/unionfind"
	"crosswire/text"
)

// Entity is one person, organisation, place or group of a story resolved
// across its versions: every surface form under one canonical name. It is
// the crosswire.StoryEntity the Checker stores in Story.Entities, which
// the report and the web UI use to show who is who ("NCSA" and "National
// Cyber Security Agency" are one agency; "Dana Kellner" is a misspelling of
// "Dana Keller").
type Entity = crosswire.StoryEntity

// entityCluster is an Entity under construction.
type entityCluster struct {
	kind        crosswire.FactKind
	ms          []*mention
	name        string
	role        string
	misspelt    bool
	conflicting bool
	formList    []string
}

// forms returns the distinct names of the cluster's mentions, canonical
// and as written.
func (c *entityCluster) forms() []string {
	if c.formList != nil {
		return c.formList
	}
	seen := map[string]bool{}
	for _, m := range c.ms {
		for _, n := range []string{entName(m), strings.TrimSpace(m.fact.Entity.Name)} {
			if n != "" && !seen[n] {
				seen[n] = true
				c.formList = append(c.formList, n)
			}
		}
	}
	return c.formList
}

// entityClass groups kinds that may name the same thing: a place and the
// group of its people ("Norland" / "Norlandic"), an organisation written
// as a place ("Norland" for its government). Persons only match persons.
func entityClass(k crosswire.FactKind) int {
	if k == crosswire.KindPerson {
		return 0
	}
	return 1
}

// entName is the name of an entity mention: the extractor's canonical form
// within its article (Fact.Value: the full name for a surname, the long
// form for a defined acronym, the country for a demonym), else the name as
// written.
func entName(m *mention) string {
	if v := strings.TrimSpace(m.fact.Value); v != "" {
		return v
	}
	return strings.TrimSpace(m.fact.Entity.Name)
}

// orgSame is the package orgSame with each name's tokens computed once
// per analysis.
func (w *work) orgSame(a, b string) bool {
	return orgSameTokens(a, b, w.orgTokens(a), w.orgTokens(b))
}

func (w *work) orgTokens(name string) []string {
	t, ok := w.tokenCache[name]
	if !ok {
		t = orgTokens(name)
		w.tokenCache[name] = t
	}
	return t
}

// sameName reports whether two mentions name the same entity for sure,
// without guessing at misspellings.
func (w *work) sameName(a, b *mention) bool {
	ea, eb := a.fact.Entity, b.fact.Entity
	if entityClass(a.fact.Kind) != entityClass(b.fact.Kind) {
		return false
	}
	na, nb := entName(a), entName(b)
	if strings.EqualFold(na, nb) {
		return true
	}
	if a.fact.Kind == crosswire.KindPerson {
		return personSame(na, nb)
	}
	if w.orgSame(na, nb) {
		return true
	}
	// The names as written, in case the extractor's canonical forms differ
	// where the mentions do not ("the BMI" defined in one article only).
	return w.orgSame(ea.Name, eb.Name) || w.orgSame(na, eb.Name) || w.orgSame(ea.Name, nb)
}

// resolveEntities clusters the entity mentions of the story. It is done in
// two passes with union–find:
//
//  1. sure matches, within and across versions: equal names, a surname
//     with or without given names, an organisation's acronym, reordered
//     or shortened name, a demonym and its country;
//  2. probable misspellings, across articles only: two clusters that never
//     occur in the same article (an article that writes both "Dana Keller"
//     and "Dana Kellner" is talking about two people) whose fullest names
//     are a near miss, and whose titles do not exclude each other.
//
// Pairwise comparison is quadratic in the mentions of one story, which is
// tens to a few hundred: cheaper than any index would be to build.
func (w *work) resolveEntities() {
	var ms []*mention
	for _, k := range []crosswire.FactKind{crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup} {
		for _, m := range w.byKind[k] {
			if m.fact.Entity != nil && entName(m) != "" {
				ms = append(ms, m)
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].idx < ms[j].idx })
	uf := unionfind.New(len(ms))
	// Mentions written alike are one name: compare each distinct written
	// form once (a story repeats its names dozens of times).
	first := map[string]int{}
	var reps []int
	for i, m := range ms {
		k := strconv.Itoa(entityClass(m.fact.Kind)) + "\x00" + strings.ToLower(entName(m)) + "\x00" + strings.ToLower(strings.TrimSpace(m.fact.Entity.Name))
		if j, ok := first[k]; ok {
			uf.Union(uint32(j), uint32(i))
			continue
		}
		first[k] = i
		reps = append(reps, i)
	}
	reps = w.capForms(reps)
	lone := loneChoices(ms)
	for x := range reps {
		if x%32 == 0 && w.stopped() {
			return
		}
		for y := x + 1; y < len(reps); y++ {
			i, j := reps[x], reps[y]
			if uf.Find(uint32(i)) == uf.Find(uint32(j)) {
				continue
			}
			same, decided := lone.join(ms[i], ms[j])
			if !decided {
				same = w.sameName(ms[i], ms[j])
			}
			if same {
				uf.Union(uint32(i), uint32(j))
			}
		}
	}
	// Pass 2: misspellings between clusters.
	groups := uf.Sets()
	type cl struct {
		root     int
		ms       []*mention
		versions map[string]bool
		full     string
		roles    []string
	}
	var cls []*cl
	for _, g := range groups {
		c := &cl{root: g[0], versions: map[string]bool{}}
		for _, i := range g {
			m := ms[i]
			c.ms = append(c.ms, m)
			c.versions[m.art.ID] = true
			if len(text.Words(entName(m))) > len(text.Words(c.full)) {
				c.full = entName(m)
			}
			if m.fact.Entity.Role != "" {
				c.roles = append(c.roles, m.fact.Entity.Role)
			}
		}
		cls = append(cls, c)
	}
	disjoint := func(a, b map[string]bool) bool {
		for v := range a {
			if b[v] {
				return false
			}
		}
		return true
	}
	rolesAgree := func(a, b []string) bool {
		for _, x := range a {
			for _, y := range b {
				if roleConflict(x, y) == crosswire.SeverityHigh {
					return false
				}
			}
		}
		return true
	}
	// runInPossessive: long's name is short's with a possessive run in
	// and short is written as a possessive — one name, not misspelt.
	runInPossessive := func(long, short *cl) bool {
		if !possessiveRunIn(long.full, short.full) {
			return false
		}
		for _, m := range short.ms {
			if possessiveAt(m.art.Text, m.fact.Span.End) {
				return true
			}
		}
		return false
	}
	var merged []int
	for i := range cls[:min(len(cls), maxNameForms)] {
		for j := i + 1; j < min(len(cls), maxNameForms); j++ {
			a, b := cls[i], cls[j]
			if uf.Find(uint32(a.root)) == uf.Find(uint32(b.root)) || entityClass(a.ms[0].fact.Kind) != entityClass(b.ms[0].fact.Kind) {
				continue
			}
			if !disjoint(a.versions, b.versions) || !rolesAgree(a.roles, b.roles) {
				continue
			}
			var near bool
			if a.ms[0].fact.Kind == crosswire.KindPerson {
				near = personMisspelt(a.full, b.full)
			} else {
				near = orgMisspelt(a.full, b.full)
			}
			if near {
				uf.Union(uint32(a.root), uint32(b.root))
				if !runInPossessive(a, b) && !runInPossessive(b, a) {
					merged = append(merged, a.root)
				}
			}
		}
	}
	misspelt := map[uint32]bool{}
	for _, r := range merged {
		misspelt[uf.Find(uint32(r))] = true
	}
	for _, g := range uf.Sets() {
		c := &entityCluster{kind: ms[g[0]].fact.Kind, misspelt: misspelt[uf.Find(uint32(g[0]))]}
		for _, i := range g {
			c.ms = append(c.ms, ms[i])
		}
		// A cluster mixing kinds takes the kind most mentions give it.
		kinds := map[crosswire.FactKind]int{}
		for _, m := range c.ms {
			kinds[m.fact.Kind]++
		}
		for k, n := range kinds {
			if n > kinds[c.kind] || n == kinds[c.kind] && k < c.kind {
				c.kind = k
			}
		}
		c.name = canonicalForm(c.ms, entName)
		c.role = canonicalForm(c.ms, func(m *mention) string { return m.fact.Entity.Role })
		idx := len(w.entities)
		for _, m := range c.ms {
			m.entity = idx
		}
		w.entities = append(w.entities, c)
	}
}

// loneNames maps a one-word person name of a story that is the surname
// of one person and the given name of another ("Ada" beside "Ivo Ada" and
// "Ada Quist") to the full name (lower case) it joins: the person stated
// more firmly than every other candidate (given a role, then named in full
// by more versions, then more often), "" when none is.
type loneNames map[string]string

// loneChoices finds the ambiguous one-word person names among ms.
func loneChoices(ms []*mention) loneNames {
	type weight struct {
		typed              bool
		versions           map[string]bool
		mentions           int
		surname, givenName string
	}
	fulls := map[string]*weight{}
	var order []string
	loneWords := map[string]bool{}
	for _, m := range ms {
		if m.fact.Kind != crosswire.KindPerson {
			continue
		}
		t := personTokens(entName(m))
		switch {
		case len(t) == 1:
			loneWords[t[0]] = true
		case len(t) >= 2:
			k := strings.Join(t, " ")
			f := fulls[k]
			if f == nil {
				f = &weight{versions: map[string]bool{}, surname: t[len(t)-1], givenName: t[0]}
				fulls[k] = f
				order = append(order, k)
			}
			f.typed = f.typed || m.fact.Entity.Role != ""
			f.versions[m.version] = true
			f.mentions++
		}
	}
	firmer := func(a, b *weight) bool {
		if a.typed != b.typed {
			return a.typed
		}
		if len(a.versions) != len(b.versions) {
			return len(a.versions) > len(b.versions)
		}
		return a.mentions > b.mentions
	}
	out := loneNames{}
	for word := range loneWords {
		var cands []string
		asSurname, asGiven := false, false
		for _, k := range order {
			f := fulls[k]
			if sameSurname(word, f.surname) {
				asSurname = true
				cands = append(cands, k)
			} else if f.givenName == word {
				asGiven = true
				cands = append(cands, k)
			}
		}
		if !asSurname || !asGiven {
			continue // not ambiguous: the surname rule decides
		}
		best := cands[0]
		for _, k := range cands[1:] {
			if firmer(fulls[k], fulls[best]) {
				best = k
			}
		}
		for _, k := range cands {
			if k != best && !firmer(fulls[best], fulls[k]) {
				best = ""
				break
			}
		}
		out[word] = best
	}
	return out
}

// join decides whether two mentions are one person when one is an
// ambiguous lone name: it joins the full name chosen for it, or its own
// word written again, and nothing else. decided is false when neither is
// such a name.
func (l loneNames) join(a, b *mention) (same, decided bool) {
	if len(l) == 0 || a.fact.Kind != crosswire.KindPerson || b.fact.Kind != crosswire.KindPerson {
		return false, false
	}
	ta, tb := personTokens(entName(a)), personTokens(entName(b))
	if len(ta) != 1 {
		ta, tb = tb, ta
	}
	if len(ta) != 1 {
		return false, false
	}
	choice, ok := l[ta[0]]
	if !ok {
		return false, false
	}
	if len(tb) == 1 {
		return tb[0] == ta[0], true
	}
	return choice != "" && strings.Join(tb, " ") == choice, true
}

// voteEntityKinds gives every mention of one name in the story one kind:
// the kind the most versions give it ("Orvik Ferries said" typed a
// person in one version, an organisation in two: the organisation). A
// reader sees one company listed as an organisation and as a person as an
// error, and persons never cluster with other kinds (entityClass), so
// without the vote one name would become two entities. A tie between a
// person and an organisation or group goes to the organisation when no
// version gives the person a sign of being one (personEvidence): "Ostmark
// Kestrels said" is a person only for want of anything else, while
// "Ostmark Kestrels manager Tomas Brandt" is read as a body by its
// grammar. Any other tie leaves each version's kind ("Jordan said" /
// "in Jordan"). Facts gave one kind per name within an article already.
func (w *work) voteEntityKinds() {
	entityKinds := []crosswire.FactKind{crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup}
	type tally map[crosswire.FactKind]map[string]bool // kind → versions
	votes := map[string]tally{}
	for _, k := range entityKinds {
		for _, m := range w.byKind[k] {
			if m.fact.Entity == nil {
				continue
			}
			key := strings.ToLower(entName(m))
			t := votes[key]
			if t == nil {
				t = tally{}
				votes[key] = t
			}
			if t[k] == nil {
				t[k] = map[string]bool{}
			}
			t[k][m.version] = true
		}
	}
	changed := false
	bodies := map[string]crosswire.FactKind{} // a tie's settlement, once per name key
	for _, k := range entityKinds {
		for _, m := range w.byKind[k] {
			if m.fact.Entity == nil {
				continue
			}
			key := strings.ToLower(entName(m))
			t := votes[key]
			if len(t) < 2 {
				continue
			}
			top, best, atTop := 0, k, 0
			for _, kk := range entityKinds { // fixed order: deterministic
				switch n := len(t[kk]); {
				case n > top:
					top, best, atTop = n, kk, 1
				case n == top && n > 0:
					atTop++
				}
			}
			if atTop == 2 && len(t[crosswire.KindPerson]) == top {
				b, ok := bodies[key]
				if !ok {
					b = w.bodyOverBarePerson(t, top, key)
					bodies[key] = b
				}
				if b != "" {
					best, atTop = b, 1
				}
			}
			if atTop == 1 && best != k {
				m.fact.Kind = best
				changed = true
			}
		}
	}
	if !changed {
		return
	}
	for _, k := range entityKinds {
		delete(w.byKind, k)
	}
	for _, m := range w.mentions {
		switch m.fact.Kind {
		case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
			w.byKind[m.fact.Kind] = append(w.byKind[m.fact.Kind], m)
		}
	}
}

// bodyOverBarePerson settles a tie between a person and one other kind
// for the name key, each given by top versions (t): the organisation or
// group when no person mention of the name carries personEvidence, else
// the person. A tie with a place is not settled (""): places name people
// ("Jordan", "Georgia") as often as the reverse.
func (w *work) bodyOverBarePerson(t map[crosswire.FactKind]map[string]bool, top int, key string) crosswire.FactKind {
	var other crosswire.FactKind
	for _, k := range []crosswire.FactKind{crosswire.KindOrg, crosswire.KindGroup} {
		if len(t[k]) == top {
			other = k
		}
	}
	if other == "" {
		return ""
	}
	for _, m := range w.byKind[crosswire.KindPerson] {
		if m.fact.Entity != nil && strings.ToLower(entName(m)) == key && personEvidence(m) {
			return crosswire.KindPerson
		}
	}
	return other
}

// personEvidence reports whether a person mention gives the name a sign
// of a person beyond a verb after it: a role ("manager Tomas Brandt") or
// an honorific ("Mr Tomas Brandt"). A name written alone ("Brandt") is
// none: firms and products are shortened too. (bodyOverBarePerson asks it
// of every person mention of the name, so a version gives the sign when
// one of its mentions does, in one pass over the mentions.)
func personEvidence(m *mention) bool {
	return m.fact.Entity.Role != "" || honorificBefore(m.art.Text, m.fact.Span.Start)
}

// honorificBefore reports whether the word ending right before offset i
// of t (a space between) is an honorific: "Mr", "Mrs.", "Dr".
func honorificBefore(t string, i int) bool {
	if i <= 0 || i > len(t) {
		return false
	}
	before := strings.TrimRight(t[:i], " ")
	if len(before) == i {
		return false // no space: inside a word
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	return honorifics[strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))]
}

// canonicalForm picks, among the non-empty forms of the mentions, the one
// stated by the most versions, preferring fuller forms (more words) and
// then the earliest.
func canonicalForm(ms []*mention, form func(*mention) string) string {
	type stat struct {
		vers  map[string]bool
		first int
	}
	st := map[string]*stat{}
	var forms []string
	for _, m := range ms {
		f := strings.TrimSpace(form(m))
		if f == "" {
			continue
		}
		s, ok := st[f]
		if !ok {
			s = &stat{vers: map[string]bool{}, first: m.idx}
			st[f] = s
			forms = append(forms, f)
		}
		s.vers[m.version] = true
	}
	if len(forms) == 0 {
		return ""
	}
	// The fullest forms first: a surname alone is never canonical when
	// the full name is written.
	maxWords := 0
	for _, f := range forms {
		maxWords = max(maxWords, len(text.Words(f)))
	}
	best := ""
	for _, f := range forms {
		if len(text.Words(f)) < maxWords && maxWords >= 2 && len(text.Words(f)) < 2 {
			continue
		}
		if best == "" {
			best = f
			continue
		}
		sf, sb := st[f], st[best]
		switch {
		case len(sf.vers) != len(sb.vers):
			if len(sf.vers) > len(sb.vers) {
				best = f
			}
		case len(text.Words(f)) != len(text.Words(best)):
			if len(text.Words(f)) > len(text.Words(best)) {
				best = f
			}
		case sf.first < sb.first:
			best = f
		}
	}
	return best
}

// entityID is the public ID of the entity at index i of work.entities.
func entityID(i int) string { return "e" + strconv.Itoa(i+1) }

// exportEntities returns the clusters as Entities, in order of first
// mention.
func (w *work) exportEntities() []Entity {
	out := make([]Entity, 0, len(w.entities))
	for i, c := range w.entities {
		e := Entity{ID: entityID(i), Kind: c.kind, Name: c.name, Support: len(versionsOf(c.ms)), IndependentSupport: w.lineageCount(c.ms), Misspelt: c.misspelt}
		seenF, seenR := map[string]bool{c.name: true}, map[string]bool{}
		e.Forms = append(e.Forms, c.name)
		for _, m := range c.ms {
			for _, n := range []string{entName(m), strings.TrimSpace(m.fact.Entity.Name)} {
				if n != "" && !seenF[n] {
					seenF[n] = true
					e.Forms = append(e.Forms, n)
				}
			}
			// Titles differing only in case ("Mayor" at the start of a
			// sentence, "mayor" after the name) are one title.
			if r := strings.TrimSpace(m.fact.Entity.Role); r != "" && !seenR[strings.ToLower(r)] {
				seenR[strings.ToLower(r)] = true
				e.Roles = append(e.Roles, r)
			}
			e.Mentions = append(e.Mentions, m.fact.Span)
		}
		sort.SliceStable(e.Mentions, func(i, j int) bool {
			a, b := e.Mentions[i], e.Mentions[j]
			if oa, ob := w.order[a.Article], w.order[b.Article]; oa != ob {
				return oa < ob
			}
			return a.Start < b.Start
		})
		out = append(out, e)
	}
	return out
}

// checkNames reports two kinds of name discrepancy:
//
//   - a misspelt name: one entity whose versions write incompatible forms
//     ("Dana Keller" / "Dana Kellner"); high, since a wrong name points at
//     a different (possibly real) person;
//   - a different holder of one office: two persons never mentioned by the
//     same version, given the same specific title ("Interior Minister")
//     by different versions. Different people with different names and
//     no shared title are not a discrepancy.
func (w *work) checkNames() {
	for _, e := range w.entities {
		if !e.misspelt {
			continue
		}
		// Group the versions by their fullest form; forms that are the same
		// name written more or less fully share a group.
		type formGroup struct {
			rep string
			ms  []*mention
		}
		var groups []*formGroup
		for _, m := range e.ms {
			n := entName(m)
			var g *formGroup
			for _, x := range groups {
				if sameEntityName(e.kind, x.rep, n) {
					g = x
					break
				}
			}
			if g == nil {
				g = &formGroup{rep: n}
				groups = append(groups, g)
			}
			g.ms = append(g.ms, m)
			if len(text.Words(n)) > len(text.Words(g.rep)) {
				g.rep = n
			}
		}
		if e.kind == crosswire.KindPerson {
			// A version naming two full forms of one surname with two given
			// names ("Ada Quist" and her father "Ivo Quist") tells two
			// people apart: the lesser form is a relative, not a spelling.
			groups = slices.DeleteFunc(groups, func(g *formGroup) bool {
				return slices.ContainsFunc(groups, func(x *formGroup) bool {
					return x != g && len(x.ms) >= len(g.ms) && otherGivenName(x.rep, g.rep) && shareArticle(x.ms, g.ms)
				})
			})
		}
		if len(groups) < 2 {
			// Merged as a near miss, but every form turned out to be the
			// same name written more or less fully: not misspelt.
			e.misspelt = false
			continue
		}
		subject := "name of " + e.name
		if e.role != "" {
			subject = "name of the " + e.role
		}
		// Spellings that differ only as transliterations do ("Hallbersky" /
		// "Hallberskyy") are a house-style difference more than an error.
		sev := crosswire.SeverityHigh
		allTranslit := true
		for _, g := range groups[1:] {
			if !transliterated(groups[0].rep, g.rep) {
				allTranslit = false
			}
		}
		if allTranslit {
			sev = crosswire.SeverityMedium
		}
		f := &finding{kind: crosswire.DiscName, sev: sev, subject: subject}
		for _, g := range groups {
			f.sides = append(f.sides, w.sideOf(g.rep, g.ms))
		}
		e.conflicting = true
		w.discs = append(w.discs, f)
	}
	w.checkOfficeHolders()
	w.checkTitledSurnames()
}

// otherGivenName reports whether two person names are full names (given
// name and surname) with one surname and two different given names.
func otherGivenName(a, b string) bool {
	wa, wb := text.Words(a), text.Words(b)
	if len(wa) < 2 || len(wb) < 2 {
		return false
	}
	return strings.EqualFold(wa[len(wa)-1], wb[len(wb)-1]) && !strings.EqualFold(wa[0], wb[0])
}

// shareArticle reports whether an article holds mentions of both lists.
func shareArticle(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.art.ID == y.art.ID {
				return true
			}
		}
	}
	return false
}

func sameEntityName(k crosswire.FactKind, a, b string) bool {
	if strings.EqualFold(a, b) || strings.EqualFold(withoutAccents(a), withoutAccents(b)) || strings.EqualFold(usSpelling(a), usSpelling(b)) {
		// "Anaïs" and "Anais": one spelling with and without its accents
		return true
	}
	if k == crosswire.KindPerson {
		return personSame(a, b)
	}
	return orgSame(a, b)
}

// checkOfficeHolders finds versions naming different persons as the holder
// of one specific office.
func (w *work) checkOfficeHolders() {
	type holder struct {
		e        *entityCluster
		role     string
		versions map[string]bool
		ms       []*mention
		past     bool
		owners   map[string]bool // whose office: "japan" of "Japan's Prime Minister"
	}
	var hs []holder
	for _, e := range w.entities {
		if e.kind != crosswire.KindPerson {
			continue
		}
		h := holder{e: e, versions: map[string]bool{}, owners: map[string]bool{}}
		for _, m := range e.ms {
			h.versions[m.art.ID] = true
			if r := m.fact.Entity.Role; specificRole(r) && singleHolderTitle(r) && len(roleTokens(r)) > len(roleTokens(h.role)) {
				h.role = r
			}
			if m.fact.Entity.Role != "" {
				h.past = h.past || pastHolder(m)
				if o := officeOwner(m); o != "" {
					h.owners[o] = true
				}
			}
		}
		if h.role == "" || h.past || introducedAsOneOfMany(e, h.role) {
			// a former (or outgoing, incoming) holder is not the one in
			// office: another version's holder is another person
			continue
		}
		for _, m := range e.ms {
			if m.fact.Entity.Role != "" && roleConflict(m.fact.Entity.Role, h.role) == "" {
				h.ms = append(h.ms, m)
			}
		}
		hs = append(hs, h)
	}
	for i := range hs {
		for j := i + 1; j < len(hs); j++ {
			a, b := hs[i], hs[j]
			shared := false
			for v := range a.versions {
				if b.versions[v] {
					shared = true
				}
			}
			if shared {
				continue
			}
			ta, tb := setFrom(roleTokens(a.role)), setFrom(roleTokens(b.role))
			if !(subset(ta, tb) && subset(tb, ta)) || rankOf(ta) != rankOf(tb) || otherOwners(a.owners, b.owners) {
				continue
			}
			a.e.conflicting, b.e.conflicting = true, true
			w.discs = append(w.discs, &finding{
				kind: crosswire.DiscName, sev: crosswire.SeverityHigh,
				subject: "name of the " + a.role,
				sides:   []side{w.sideOf(a.e.name, a.ms), w.sideOf(b.e.name, b.ms)},
			})
		}
	}
}

// checkTitledSurnames finds one titled person given two given names by
// different versions: the same surname under one title of office
// ("Detective Inspector John Marsh" / "Detective Inspector Jim Marsh"),
// neither version naming both — a name discrepancy, medium. Given names
// that may be one name's forms (a prefix, or the same first three
// letters: "Sam" / "Samuel", "Dave" / "David") are not told apart, nor a
// former holder from a current one.
func (w *work) checkTitledSurnames() {
	type titled struct {
		e           *entityCluster
		given, role string
		past        bool
		versions    map[string]bool
		ms          []*mention
	}
	bySur := map[string][]*titled{}
	for _, e := range w.entities {
		ws := strings.Fields(e.name)
		if e.kind != crosswire.KindPerson || e.conflicting || len(ws) < 2 {
			continue
		}
		t := &titled{e: e, given: strings.ToLower(withoutAccents(ws[0])), versions: map[string]bool{}}
		for _, m := range e.ms {
			t.versions[m.art.ID] = true
			r := m.fact.Entity.Role
			if r == "" || !hasAny(setFrom(roleTokens(r)), officeWords) {
				continue
			}
			t.ms = append(t.ms, m)
			t.past = t.past || pastHolder(m)
			if len(roleTokens(r)) > len(roleTokens(t.role)) {
				t.role = r
			}
		}
		if t.role != "" {
			sur := strings.ToLower(withoutAccents(ws[len(ws)-1]))
			bySur[sur] = append(bySur[sur], t)
		}
	}
	for _, ts := range bySur {
		for i := range ts {
			for j := i + 1; j < len(ts); j++ {
				a, b := ts[i], ts[j]
				if a.e.conflicting || b.e.conflicting || a.past != b.past || oneGivenName(a.given, b.given) ||
					roleConflict(a.role, b.role) != "" || rankOf(setFrom(roleTokens(a.role))) != rankOf(setFrom(roleTokens(b.role))) ||
					hasAny(a.versions, b.versions) {
					continue
				}
				a.e.conflicting, b.e.conflicting = true, true
				w.discs = append(w.discs, &finding{
					kind: crosswire.DiscName, sev: crosswire.SeverityMedium,
					subject: "given name of the " + a.role + " " + strings.Fields(a.e.name)[len(strings.Fields(a.e.name))-1],
					sides:   []side{w.sideOf(a.e.name, a.ms), w.sideOf(b.e.name, b.ms)},
				})
			}
		}
	}
}

// oneGivenName reports whether two lower-case given names may be forms of
// one: equal, one a prefix of the other, or the same first three letters.
func oneGivenName(a, b string) bool {
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3]
}

// pastTitleWords before a title say its holder is not (or not yet) the
// one in office.
var pastTitleWords = setOf(`former ex then late outgoing incoming elect designate previous onetime`)

// pastHolder reports whether a person's mention gives the title as one
// held before or after now: a time word in the title or right before it
// ("former Vice President Carl Benton", "Former Secretary of State …").
func pastHolder(m *mention) bool {
	for _, w := range text.Words(m.fact.Entity.Role) {
		if pastTitleWords[w] {
			return true
		}
	}
	ws := text.Words(m.art.Text[max(0, roleStart(m)-24):roleStart(m)])
	return len(ws) > 0 && pastTitleWords[ws[len(ws)-1]]
}

// roleStart is where a person mention's title begins (its span when the
// title has no span of its own).
func roleStart(m *mention) int {
	if rs := m.fact.Entity.RoleSpan; rs != nil && rs.Start <= m.fact.Span.Start {
		return rs.Start
	}
	return m.fact.Span.Start
}

// ownerBefore is a capitalised word, possessive or not, right before a
// title ("Japan's Prime Minister", "Japanese Prime Minister"), and
// ownerAfter a capitalised word after "of" right after the name ("Prime
// Minister Kenji Arakawa of Japan").
var (
	ownerBefore = regexp.MustCompile(`([\p{Lu}][\p{L}-]+)(?:'s|’s)?\s+$`)
	ownerAfter  = regexp.MustCompile(`^,?\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}-]+)`)
)

// officeOwner returns whose office a person's title names, lower case: the
// country, body or company written with it, as a name or a demonym; ""
// when none is written.
func officeOwner(m *mention) string {
	t := m.art.Text
	st := roleStart(m)
	if g := ownerBefore.FindStringSubmatch(t[max(0, st-40):st]); g != nil {
		// a capitalised word opening the sentence is an owner only as a
		// possessive or a demonym ("Australia's …", "Japanese …"), not
		// "The" or "Yesterday"
		w := strings.ToLower(g[1])
		if g[1] != strings.TrimSpace(g[0]) || !sentenceStart(t, st-len(g[0])) || demonymWord(w) {
			return w
		}
	}
	if end := m.fact.Span.End; end <= len(t) {
		if g := ownerAfter.FindStringSubmatch(t[end:min(len(t), end+60)]); g != nil {
			return strings.ToLower(g[1])
		}
	}
	return ""
}

// sentenceStart reports whether offset i of a text begins a sentence: only
// spaces, quotes or a paragraph's start before it after a full stop.
func sentenceStart(t string, i int) bool {
	j := strings.TrimRight(t[:max(0, i)], " \t\n\"“‘'(")
	return j == "" || strings.HasSuffix(j, ".") || strings.HasSuffix(j, "!") || strings.HasSuffix(j, "?") || strings.HasSuffix(j, "\n")
}

// demonymWord reports whether a lower-case word is written like a
// demonym: an irregular one, or a suffix of nationality.
func demonymWord(w string) bool {
	if _, ok := irregularDemonyms[w]; ok {
		return true
	}
	return len(facts.DemonymBase(w)) > 0
}

// otherOwners reports whether two holders' titles name the offices of
// different owners ("Japan's Prime Minister" / "Prime Minister … of
// Australia"): two offices, two people. A country and its demonym are one
// owner.
func otherOwners(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for x := range a {
		for y := range b {
			if sameToken(x, y) {
				return false
			}
		}
	}
	return true
}

// sharedOffices are titles that many people hold at once: an
// organisation has many spokespeople, officers, inspectors and judges, so
// two reports quoting two different ones name two people, not one person
// two ways.
var sharedOffices = roleWordSet(`spokesperson officer official inspector superintendent representative mp senator
judge attorney prosecutor editor manager member lawyer analyst researcher investigator agent`)

// singleHolderTitle reports whether a title names an office one person
// holds at a time ("Interior Minister", "Prime Minister", "chief executive
// of Acme"), so that two different names for it are a discrepancy; not a
// title whose office is a shared one ("a spokesman for the police").
func singleHolderTitle(role string) bool {
	for _, t := range roleTokens(role) {
		if sharedOffices[t] {
			return false
		}
	}
	return true
}

// introducedAsOneOfMany reports whether a mention of the entity gives it
// the role (or a compatible one) after an indefinite article: "an
// adviser", "a deputy director" is one of several.
func introducedAsOneOfMany(e *entityCluster, role string) bool {
	for _, m := range e.ms {
		rs := m.fact.Entity.RoleSpan
		if rs == nil || rs.Start > len(m.art.Text) || roleConflict(m.fact.Entity.Role, role) != "" {
			continue
		}
		before := text.Words(m.art.Text[max(0, rs.Start-8):rs.Start])
		if n := len(before); n > 0 && (before[n-1] == "a" || before[n-1] == "an" || before[n-1] == "one") {
			return true
		}
	}
	return false
}

// spanKey identifies a span by article and offsets.
type spanKey struct {
	article    string
	start, end int
}

func keyOf(sp crosswire.Span) spanKey { return spanKey{sp.Article, sp.Start, sp.End} }

// entitySpans maps spans to the indices of the entities they belong to.
type entitySpans map[spanKey][]int

func (es entitySpans) add(sp crosswire.Span, e int) {
	k := keyOf(sp)
	for _, x := range es[k] {
		if x == e {
			return
		}
	}
	es[k] = append(es[k], e)
}

// covering returns the lowest-indexed entity every span belongs to and
// that ok accepts, or -1 when there is none (or no span).
func (es entitySpans) covering(spans []crosswire.Span, ok func(int) bool) int {
	if len(spans) == 0 {
		return -1
	}
	count := map[int]int{}
	for _, sp := range spans {
		for _, e := range es[keyOf(sp)] {
			count[e]++
		}
	}
	best := -1
	for e, n := range count {
		if n == len(spans) && ok(e) && (best < 0 || e < best) {
			best = e
		}
	}
	return best
}

// linkEntities points the story's facts and discrepancies at the entities
// exportEntities numbered. The link goes through provenance rather than
// through names, so it cannot be fooled by two people with one surname:
// every span an entity fact or a name discrepancy quotes is the span of a
// mention, every span a role discrepancy quotes is a title written next to
// a mention (or the mention itself), and every mention belongs to one
// entity; a quote belongs to the entity its speaker resolves to. A fact or
// discrepancy is linked to an entity only when all its spans belong to
// that entity. A name discrepancy between two persons given one office
// links each variant to its person instead.
func (w *work) linkEntities(facts []crosswire.StoryFact, discs []crosswire.Discrepancy) {
	names, titles, quotes := entitySpans{}, entitySpans{}, entitySpans{}
	for i, e := range w.entities {
		for _, m := range e.ms {
			names.add(m.fact.Span, i)
			titles.add(m.fact.Span, i)
			if rs := m.fact.Entity.RoleSpan; rs != nil {
				titles.add(*rs, i)
			}
		}
	}
	for _, m := range w.byKind[crosswire.KindQuote] {
		if m.fact.Quote == nil {
			continue
		}
		// As quoteSubject: a "speaker" of many words is a clause taken
		// for a name.
		sp := strings.TrimSpace(m.fact.Quote.Speaker)
		if sp == "" || len(strings.Fields(sp)) > 5 {
			continue
		}
		if e := w.entityOf(sp); e >= 0 {
			quotes.add(m.fact.Span, e)
		}
	}
	everyEntity := func(int) bool { return true }
	person := func(e int) bool { return w.entities[e].kind == crosswire.KindPerson }

	for i := range facts {
		f := &facts[i]
		switch f.Kind {
		case crosswire.KindPerson, crosswire.KindOrg, crosswire.KindPlace, crosswire.KindGroup:
			kind := f.Kind
			if e := names.covering(f.Sources, func(e int) bool { return w.entities[e].kind == kind }); e >= 0 {
				f.Entity = entityID(e)
			}
		}
	}
	for i := range discs {
		d := &discs[i]
		var all []crosswire.Span
		for _, v := range d.Variants {
			all = append(all, v.Sources...)
		}
		switch d.Kind {
		case crosswire.DiscName:
			if e := names.covering(all, everyEntity); e >= 0 {
				d.Entity = entityID(e)
				continue
			}
			for j := range d.Variants {
				if e := names.covering(d.Variants[j].Sources, everyEntity); e >= 0 {
					d.Variants[j].Entity = entityID(e)
				}
			}
		case crosswire.DiscRole:
			if e := titles.covering(all, person); e >= 0 {
				d.Entity = entityID(e)
			}
		case crosswire.DiscQuote:
			if e := quotes.covering(all, everyEntity); e >= 0 {
				d.Entity = entityID(e)
			}
		}
	}
}
