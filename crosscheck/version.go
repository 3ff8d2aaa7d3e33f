package crosscheck

import "crosswire"

// versions maps every article ID of a story to the ID of the independent
// version it belongs to. A copy is a verbatim reprint and an excerpt a
// verbatim part of one: they count with what they derive from, so the
// chain excerpt → copy → original collapses onto its first ancestor that
// is neither. Rewrites and translations are versions of their own:
// someone wrote those words. A DerivedFrom that leaves the story, or a
// cycle, stops the walk at the last article seen.
func versions(arts []crosswire.Article) map[string]string {
	byID := make(map[string]*crosswire.Article, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	out := make(map[string]string, len(arts))
	for i := range arts {
		a := &arts[i]
		cur := a
		seen := map[string]bool{cur.ID: true}
		for verbatim(cur.Role) && cur.DerivedFrom != nil {
			next, ok := byID[*cur.DerivedFrom]
			if !ok || seen[next.ID] {
				break
			}
			seen[next.ID] = true
			cur = next
		}
		out[a.ID] = cur.ID
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
