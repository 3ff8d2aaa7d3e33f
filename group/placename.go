package group

import (
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"
)

// A place is the setting, not the who (issue 14, session 21). leadsAgree
// asks two leads for a person in common, and a person there is an anchor
// ending a name (isPerson): a name that ends in a place head ("Hollis
// Street", "Kelby Park", "the River Tamsin") ends that way too, and two
// stories set in one street, one park or one programme named like a street
// share it in their leads as if it were their who. A name of two words or
// more whose last word is a place head of the facts lexicon
// (lexicon/place_heads.txt) names a place: leadsAgree does not count it as
// a person. A head word standing alone is not read so (a band or a firm
// may be called by one: it is then the who). No threshold: a name ends in
// a head word or not.

// placeHeadAnchors returns the name anchors of the facts lexicon's place
// heads (the anchor a capitalised word gives: anchorFPHash of its
// lower-cased hash), built once; nil when the extractor does not load.
var placeHeadAnchors = sync.OnceValue(func() map[uint32]bool {
	x, err := personExtractor()
	if err != nil {
		return nil
	}
	m := map[uint32]bool{}
	for _, w := range x.PlaceHeads() {
		m[anchorFPHash(anchorName, xxhash.Sum64String(strings.ToLower(w)))] = true
	}
	return m
})

// endsPlace reports whether anchor x is a place head that ends a name of
// two words or more in one of the leads ls (the second anchor of one of
// their name links).
func endsPlace(x uint32, ls ...*lead) bool {
	if !placeHeadAnchors()[x] {
		return false
	}
	for _, l := range ls {
		for _, k := range l.names {
			if uint32(k) == x {
				return true
			}
		}
	}
	return false
}
