package crosscheck

import "crosswire"

// versions maps every article ID of a story to the ID of the independent
// version it belongs to. A copy is a verbatim reprint and an excerpt a
// verbatim part of one: they count with what they derive from, so the
// chain excerpt → copy → original collapses onto its first ancestor that
// is neither. Rewrites and translations are versions of their own:
// someone wrote those words. A DerivedFrom that leaves the story stops
// the walk at the last article seen; a cycle collapses onto its article
// first in story order (walkBack).
func versions(arts []crosswire.Article) map[string]string {
	return walkBack(arts, verbatim)
}

// lineages maps every article ID of a story to the ID of the first
// version of its lineage: every derived version (copy, excerpt, rewrite,
// translation) counts with what it derives from, so two rewrites of one
// wire story are one source, not two that corroborate each other; only
// an original and an independent report (no DerivedFrom) start a
// lineage. A DerivedFrom that leaves the story stops the walk at the
// last article seen; a cycle collapses onto its article first in story
// order (walkBack).
func lineages(arts []crosswire.Article) map[string]string {
	return walkBack(arts, func(crosswire.Role) bool { return true })
}

// walkBack maps every article ID to the article reached by following
// DerivedFrom while follow accepts the current article's role (an ID
// written twice is walked from its last article, as the map keeps it).
// Each article is walked once, whatever the chains' length: an article
// off a cycle ends where the article it derives from ends (the walk from
// it passes through that one's walk, which never comes back to it). A
// cycle (a derived from b, b from a: bad input, no article of it the
// first) is one lineage whichever article the walk starts from: every
// article of it, and every one leading into it, ends at its article first
// in story order, so its versions are never counted as sources that
// corroborate each other.
func walkBack(arts []crosswire.Article, follow func(crosswire.Role) bool) map[string]string {
	byID := make(map[string]*crosswire.Article, len(arts))
	order := make(map[string]int, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
		order[arts[i].ID] = i
	}
	next := func(a *crosswire.Article) *crosswire.Article {
		if !follow(a.Role) || a.DerivedFrom == nil {
			return nil
		}
		return byID[*a.DerivedFrom]
	}
	out := make(map[string]string, len(byID))
	// ID → its place on the path being walked; an entry of an earlier
	// walk is never read again (its article is in out by then)
	onPath := map[string]int{}
	var path []*crosswire.Article
	for i := range arts {
		if _, done := out[arts[i].ID]; done {
			continue
		}
		path = path[:0]
		cur := byID[arts[i].ID]
		end := ""
		for {
			if e, done := out[cur.ID]; done {
				end = e
				break
			}
			if at, ok := onPath[cur.ID]; ok {
				// a cycle: path[at:], all of it ending at its first
				// article in story order
				cyc := path[at:]
				first := cyc[0]
				for _, c := range cyc[1:] {
					if order[c.ID] < order[first.ID] {
						first = c
					}
				}
				for _, c := range cyc {
					out[c.ID] = first.ID
				}
				path = path[:at]
				end = out[cur.ID]
				break
			}
			onPath[cur.ID] = len(path)
			path = append(path, cur)
			n := next(cur)
			if n == nil {
				end = cur.ID
				break
			}
			cur = n
		}
		for _, p := range path {
			if _, done := out[p.ID]; !done {
				out[p.ID] = end
			}
		}
	}
	return out
}

// verbatim reports whether a role reuses its source's words unchanged.
func verbatim(r crosswire.Role) bool { return r == crosswire.RoleCopy || r == crosswire.RoleExcerpt }

// Versions maps every article ID of a story to the ID of the independent
// version it counts as, copies and excerpts collapsed onto what they
// derive from: the one rule behind every support count (the JSON
// report's facts and entities, the attribution claims and their STIX
// confidence).
func Versions(arts []crosswire.Article) map[string]string { return versions(arts) }

// Lineages maps every article ID of a story to the first version of its
// lineage, every derived version (rewrites and translations too)
// collapsed onto what it derives from: the rule behind the independent
// support counts (StoryFact.IndependentSupport,
// StoryEntity.IndependentSupport).
func Lineages(arts []crosswire.Article) map[string]string { return lineages(arts) }

// LineagesOf is the number of lineages (lin, from Lineages) the spans'
// articles belong to: the independent support of a fact from its sources
// (one span per article) or of an entity from its mentions, for reports
// written before IndependentSupport was (where it reads 0). A span whose
// article is not in lin counts as a lineage of its own, but never more
// than versions when versions is known (> 0): lineages are versions
// collapsed further. With no span, it is versions (the support the report
// gives: nothing shows a lineage to collapse).
func LineagesOf(spans []crosswire.Span, lin map[string]string, versions int) int {
	if len(spans) == 0 {
		return versions
	}
	seen := map[string]bool{}
	for _, sp := range spans {
		root, ok := lin[sp.Article]
		if !ok {
			root = sp.Article
		}
		seen[root] = true
	}
	if versions > 0 {
		return min(len(seen), versions)
	}
	return len(seen)
}

// IndependentOf returns a fact's independent support: the field as the
// report gives it, or, in a report written before it (0), the lineages
// of its sources' articles (LineagesOf).
func IndependentOf(f crosswire.StoryFact, lin map[string]string) int {
	if f.IndependentSupport > 0 {
		return f.IndependentSupport
	}
	return LineagesOf(f.Sources, lin, f.Support)
}

// EntityIndependentOf returns an entity's independent support: the field
// as the report gives it, or, in a report written before it (0), the
// lineages of its mentions' articles (LineagesOf).
func EntityIndependentOf(e crosswire.StoryEntity, lin map[string]string) int {
	if e.IndependentSupport > 0 {
		return e.IndependentSupport
	}
	return LineagesOf(e.Mentions, lin, e.Support)
}

// Repeated reports whether a fact is corroborated (support ≥ 2) by
// versions of one text only — a report and its rewrites, excerpts or
// translations: its independent support (IndependentOf) is below 2. Text,
// Markdown and the web UI show such a fact as repeated, not corroborated;
// the JSON report keeps status corroborated beside independent_support.
func Repeated(f crosswire.StoryFact, lin map[string]string) bool {
	return f.Status == crosswire.StatusCorroborated && IndependentOf(f, lin) < 2
}
