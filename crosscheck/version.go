package crosscheck

import "crosswire"

// versions maps every article ID of a story to the ID of the independent
// version it belongs to. A copy is a verbatim reprint: it counts with what
// it copies, so the chain copy → copy → original collapses onto its first
// non-copy ancestor. Rewrites, translations and excerpts are versions of
// their own: someone wrote (or chose) those words. A DerivedFrom that
// leaves the story, or a cycle, stops the walk at the last article seen.
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
		for cur.Role == crosswire.RoleCopy && cur.DerivedFrom != nil {
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
