package group

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/cespare/xxhash/v2"

	"crosswire"
	"crosswire/internal/unionfind"
)

// LSH banding. The first Bands*Rows MinHash values are cut into Bands
// bands of Rows values; two articles become candidates when all Rows values
// of at least one band agree. For Jaccard similarity J,
//
//	P(candidate) = 1 - (1 - J^Rows)^Bands
//
// an S-curve whose steepest point is near t = (1/Bands)^(1/Rows). With
// 20 bands of 2 rows t ≈ 0.22:
//
//	J = 0.1 → 0.18   J = 0.2 → 0.56   J = 0.3 → 0.85
//	J = 0.4 → 0.97   J = 0.5 → 0.998  (copies, J ≥ 0.9: always)
//
// The threshold is low on purpose: banding must find excerpts and
// abridgements, whose Jaccard similarity with the full text is only their
// share of its length (an excerpt of a quarter of the text has J ≈ 0.25),
// and containment is what verification then checks. Unrelated articles
// have J ≈ 0.01, P ≈ 0.002 per pair, and verification discards them.
// Rewrites and translations share too few shingles for any banding and
// are found by the anchor index instead. All 128 values serve to estimate
// Jaccard similarity when verifying a candidate.
const (
	Bands = 20
	Rows  = 2
)

// MaxAnchors is the number of anchors the index keeps per article: the
// MaxAnchors/2 smallest fingerprints of its script-stable anchors
// (numbers, dates, acronyms) and the MaxAnchors/2 smallest of its names
// and quotations, leaving out anchors that are too common (two bottom-k
// sketches of the anchor set). Half and half because a translation into
// another script keeps only the first kind and a same-script rewrite is
// best told apart by the second. Bottom-k selection is consistent:
// an anchor two versions share and that is small enough to be kept by one
// tends to be kept by the other, so the kept anchors estimate the overlap
// of the full sets. 24 (was 20) is the largest sample that keeps an index
// of a million articles under 1 KiB per article (918 bytes presized):
// independent reports of one event share a handful of their dozens of
// anchors, and the larger the sample the likelier it holds three of them.
const MaxAnchors = 24

// Verification thresholds: a candidate pair becomes an edge of the story
// graph when one of these holds (see verify).
const (
	// EdgeJaccard is the estimated Jaccard similarity of shingles that
	// makes two articles versions of each other (copies with boilerplate,
	// abridgements).
	EdgeJaccard = 0.5
	// EdgeContainment is the estimated fraction of the smaller article's
	// shingles found in the larger one that makes it an excerpt.
	EdgeContainment = 0.8
	// MinSharedAnchors is the number of kept anchors two articles must
	// share before their anchor score is considered: one shared name or
	// number is what unrelated stories on one topic have.
	MinSharedAnchors = 3
	// EdgeAnchorCosine is the threshold on the IDF-weighted cosine of the
	// kept anchor sets.
	EdgeAnchorCosine = 0.5
	// EdgeAnchorContainment and EdgeAnchorCosineLow accept a short version
	// whose anchors are nearly all in a longer one (excerpts, briefs).
	EdgeAnchorContainment = 0.8
	EdgeAnchorCosineLow   = 0.25
	// MinSharedRare rare anchors — in at most RareDF articles of an
	// index of at least RareMinN — accept a pair whose cosine is only
	// EdgeAnchorCosineLow: independent reports of one event share few of
	// their anchors, but the ones they share (the people, the sums) are
	// in hardly any other article.
	MinSharedRare = 4
	RareDF        = 3
	RareMinN      = 100
	// UniqueMinN: in an index of at least UniqueMinN articles, an anchor
	// that only one article has weighs nothing.
	UniqueMinN = 50
	// CrossScriptContainment is the anchor containment that joins a CJK
	// article and a non-CJK one (see crossScriptEdge).
	CrossScriptContainment = 0.5
	// MaxGap is the publication-time distance beyond which anchors alone
	// do not join two articles: the same names and numbers two weeks apart
	// are a follow-up or another story. Near-copies join at any distance.
	MaxGapHours = 14 * 24
	// walkCap bounds how many entries of one bucket or anchor chain are
	// visited per insertion (newest first): it keeps an insertion into a
	// million-article index well under a millisecond even for common keys.
	walkCap = 32
	// walkDF: chains of anchors in more than walkDF articles are not
	// walked for candidates (they still count in scores): such an anchor
	// (a head of government, a big club) does not single out a story.
	walkDF = 1000
	// commonDF: anchors in more than this fraction of the index (once it
	// holds 50 articles) are neither kept nor walked.
	commonFraction = 0.05
)

// IndexOptions configures an Index. The zero value is ready to use.
type IndexOptions struct {
	// Capacity is the expected number of articles; it only presizes.
	Capacity int
	// OnVerify, when set, is called (under the index lock) for every
	// candidate pair the index verifies (candidates already in the new
	// article's story are not verified), with the signals that decided
	// it. For diagnostics; it must not call the index.
	OnVerify func(a, b string, e Edge)
	// AnchorCosine overrides EdgeAnchorCosine when not 0 (experiments).
	AnchorCosine float64
	// OnNear, when set, is called (under the index lock) for every
	// earlier article that shares at least NearAnchors of the new
	// article's kept anchors, or one in at most RareDF articles, but is
	// not verified (fewer than MinSharedAnchors shared): too little for
	// the pair rules, enough to be worth a look by the story-core rules
	// of a batch regrouping. It must not call the index.
	OnNear func(a, b string)
	// Background gives the anchor frequencies of a reference corpus that
	// the index's own counts are blended with (see Background): nil is
	// DefaultBackground(), NoBackground() the index's counts alone.
	Background *Background
}

// NearAnchors is how many kept anchors an earlier article must share with
// a new one to be reported to IndexOptions.OnNear.
const NearAnchors = 2

// Edge describes a verified pair of the story graph.
type Edge struct {
	// Jaccard and Containment are estimated from the 8-bit sketches.
	Jaccard, Containment float64
	// SharedAnchors is the number of kept anchors both articles have,
	// common ones (commonWeight) not counted; AnchorCosine and
	// AnchorContainment are their IDF-weighted overlaps, every shared
	// anchor weighed.
	SharedAnchors                   int
	AnchorCosine, AnchorContainment float64
	// ByAnchors is true when the anchors, not the shingles, decided.
	ByAnchors bool
	// Joined is true when the pair became an edge.
	Joined bool
	// GapHours is the publication-time distance, -1 when unknown.
	GapHours int
	// ByWire is true when the wire headers decided: one take continues or
	// replaces the other (see WireTake).
	ByWire bool
}

// Index groups articles incrementally: each Add verifies the new article
// against candidates from LSH bands and the anchor index, and joins it to
// the story (connected component of the verified-similarity graph, kept in
// a union-find) of every candidate that passes by shingles, and of the
// best candidate (highest anchor cosine) that passes by anchors only,
// unless that candidate's story refuses it (bridges, storyClaims). When
// a new version bridges two stories by shared wording they merge; one
// article naming the people of several stories cannot chain them. When
// an article joined by anchors later gains a body of its own, its story
// is joined again as the batch would join it (streamstory.go), so that a
// reprint's story does not depend on whether its copies came first. A story's ID derives from its smallest member
// article ID, so the same set of articles yields the same story IDs in any
// order.
//
// Memory per article is about 0.9 KiB: band keys and chains, an 8-bit
// sketch of each MinHash value (b-bit minwise hashing, Li & König 2010) to
// verify candidates, the kept anchors and their chains, and union-find
// links. Full signatures are not kept; store them elsewhere if needed.
// An Index is safe for concurrent use.
type Index struct {
	mu sync.Mutex

	n      int
	ids    []byte
	idOff  []uint32 // n+1 offsets into ids
	idHash []uint32
	idTab  chainTable
	idNext []uint32

	sets   unionfind.Forest
	minDoc []uint32 // at roots: member with the smallest ID
	worded []bool   // at roots: the story has a body (see unionWorded)

	shingles []uint32
	hours    []uint32 // publication hour since 1970 + 1; 0 when unknown
	outlets  []uint32 // Fingerprint.Outlet
	sketch   []byte   // NumPerm per article
	cjk      []bool   // mostly CJK text

	bandKeys []uint32 // Bands per article; entry = doc*Bands + band
	bandNext []uint32
	bandTab  chainTable

	// wire takes (wire.go): one entry per take with a slug and a filing
	// time, chained by the key of the slug's first word; wireOf is each
	// doc's entry + 1, 0 for none
	wire      []wireEntry
	wireHeads []uint32
	wireNext  []uint32
	wireTab   chainTable
	wireOf    []uint32

	anchorOff  []uint32 // n+1 offsets into anchors
	anchors    []uint32
	anchorDoc  []uint32
	anchorNext []uint32
	anchorTab  chainTable

	// frozen, when set, gives anchor document frequencies and the
	// collection size for weights instead of the live counts: the Grouper
	// freezes the batch's frequencies so its result cannot depend on
	// input order.
	frozen  map[uint32]int32
	frozenN int
	// frozenOwn and frozenOwnN are the collection's own counts (frozen
	// holds them blended with the background): chain walks are limited
	// by how many articles of the index have an anchor.
	frozenOwn  map[uint32]int32
	frozenOwnN int
	// bg, when not nil, is blended into every document frequency.
	bg *Background
	// frozenW[df] is the weight of an anchor in df articles of the frozen
	// collection, for the df values up to len(frozenW): weights are read
	// for every anchor of every verified pair, and a logarithm each time
	// was a tenth of the batch's time.
	frozenW []float64
	// full, when set (by the Grouper, which holds every fingerprint),
	// gives each doc's full anchor list for verification instead of the
	// kept bottom-k sketch.
	full [][]uint32
	// fullW holds the weights of full's anchors, doc d's at
	// fullWOff[d]:fullWOff[d+1], once the batch's counts are final
	// (fullweights.go)
	fullW    []float64
	fullWOff []int32
	// detailRoots and details are each doc's story root and each
	// detail's docs outside stories of copies, by story root, while
	// joinByDetails runs (detail.go)
	detailRoots []uint32
	details     *detailTable
	// boundCheck is Options.boundCheck (tests only)
	boundCheck func(a, b uint32, joined bool)
	// storyRare holds the anchors rare by stories while rareByStories
	// runs (storyrare.go), nil otherwise
	storyRare map[uint32]bool
	// zhNames holds the batch's names in characters (zhnames.go)
	zhNames  *cjkNameTable
	keepFull bool
	// leads, with full, gives each doc's lead (eventday.go) for the day
	// rule of verify
	leads []lead
	// months: the months the leads of a story's members name, kept at
	// the story's root (leadmonth.go), with leads
	months []uint16
	// acts: what the leads of a story's members tell and name, at the
	// story's root, read from the pair pass's first undated edge on
	// (reaction.go); nil before and after; actsOn while that pass runs
	acts   map[uint32]*storyActs
	actsOn bool
	// keep is how many anchors of each class an article keeps in the
	// anchor index: MaxAnchors/2, or every one that is not common when
	// the Grouper holds the full lists anyway (more candidate pairs: two
	// independent reports sharing five of their sixty anchors rarely
	// share three of a twenty-anchor sample)
	keep int

	// anchorEdges collects the batch's verified anchor edges (insertBatch)
	// for joinBestAnchorEdges.
	anchorEdges []anchorEdge
	// thinEdges collects the batch's refused pairs that are thin links
	// (thinsupport.go) for joinThinSupported.
	thinEdges []anchorEdge
	// quotedEdges collects the batch's pairs quoting one statement alike,
	// for joinQuoted (quoted.go)
	quotedEdges []anchorEdge
	// nearPairs collects the batch's candidate pairs with anchor evidence
	// of one affair (pairScore.affair), joined or not, for relatedStories,
	// when related is set (by Grouper.Group and GroupWith; Partition and
	// the streaming index need no related stories and skip the work)
	nearPairs []anchorEdge
	related   bool
	// topics, when set (by the Grouper's batch), gives each doc's topic
	// words for the topic rule of verify
	topics *topics

	cands    candidates
	dfs      []int32   // insert's scratch: kept anchors' frequencies
	verdicts []verdict // insert's scratch: each verified candidate's verdict (storyClaims)
	onNear   func(a, b string)
	cosine   float64
	onVerify func(a, b string, e Edge)
	// stream, set by the first insert, keeps what a stream story's
	// rebuild reads (streamstory.go); nil in the batch
	stream *streamStories
}

// NewIndex returns an empty index.
func NewIndex(opts IndexOptions) *Index {
	c := max(opts.Capacity, 16)
	ix := &Index{
		idTab:     newChainTable(c, false),
		bandTab:   newChainTable(c*Bands, false),
		anchorTab: newChainTable(c*MaxAnchors/2, true),
		wireTab:   newChainTable(16, false),
		idOff:     make([]uint32, 1, c+1),
		anchorOff: make([]uint32, 1, c+1),
		onVerify:  opts.OnVerify,
		onNear:    opts.OnNear,
		cosine:    EdgeAnchorCosine,
		keep:      MaxAnchors / 2,
		bg:        resolveBackground(opts.Background),
	}
	if opts.Capacity > 0 {
		// reserve the per-article arrays too, so that a long-running
		// index never copies hundreds of megabytes in one Add
		ix.idHash, ix.idNext = make([]uint32, 0, c), make([]uint32, 0, c)
		ix.sets.Grow(c)
		ix.minDoc = make([]uint32, 0, c)
		ix.worded = make([]bool, 0, c)
		ix.shingles, ix.hours, ix.cjk = make([]uint32, 0, c), make([]uint32, 0, c), make([]bool, 0, c)
		ix.outlets, ix.wireOf = make([]uint32, 0, c), make([]uint32, 0, c)
		ix.sketch = make([]byte, 0, c*NumPerm)
		ix.bandKeys, ix.bandNext = make([]uint32, 0, c*Bands), make([]uint32, 0, c*Bands)
		a := c * MaxAnchors * 3 / 4
		ix.anchors, ix.anchorDoc, ix.anchorNext = make([]uint32, 0, a), make([]uint32, 0, a), make([]uint32, 0, a)
		ix.ids = make([]byte, 0, c*16)
	}
	if opts.AnchorCosine != 0 {
		ix.cosine = opts.AnchorCosine
	}
	return ix
}

// Len is the number of indexed articles.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.n
}

// Bytes is the memory held by the index's arrays and tables.
func (ix *Index) Bytes() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	b := cap(ix.ids) + 4*(cap(ix.idOff)+cap(ix.idHash)+cap(ix.idNext)+cap(ix.minDoc)+
		cap(ix.shingles)+cap(ix.hours)+cap(ix.outlets)+cap(ix.bandKeys)+cap(ix.bandNext)+cap(ix.anchorOff)+
		cap(ix.anchors)+cap(ix.anchorDoc)+cap(ix.anchorNext)) + ix.sets.Bytes() + cap(ix.sketch) + cap(ix.cjk) + cap(ix.worded)
	b += 40*cap(ix.wire) + 4*(cap(ix.wireHeads)+cap(ix.wireNext)+cap(ix.wireOf))
	if ix.stream != nil {
		b += ix.stream.bytes()
	}
	return b + ix.idTab.bytes() + ix.bandTab.bytes() + ix.anchorTab.bytes() + ix.wireTab.bytes()
}

// Add fingerprints the article, indexes it and returns the ID of its
// story. Adding an ID already indexed returns its story unchanged.
func (ix *Index) Add(ctx context.Context, a crosswire.Article) (string, error) {
	return ix.AddFingerprint(ctx, NewFingerprint(&a))
}

// AddFingerprint indexes a fingerprint computed by NewFingerprint (which
// can run in parallel, outside the index lock) and returns its story ID.
func (ix *Index) AddFingerprint(ctx context.Context, f *Fingerprint) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("index %s: %w", f.ID, err)
	}
	if f.ID == "" {
		return "", fmt.Errorf("index: article without ID")
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	doc, _ := ix.insert(f)
	return ix.storyID(ix.find(doc)), nil
}

func (ix *Index) docID(d uint32) string { return string(ix.idBytes(d)) }

// idBytes is a doc's article ID as stored: compared without a string
// allocated (bytes.Compare orders as strings.Compare does).
func (ix *Index) idBytes(d uint32) []byte { return ix.ids[ix.idOff[d]:ix.idOff[d+1]] }

// lookup returns the doc number of an ID already indexed.
func (ix *Index) lookup(id string, h uint32) (uint32, bool) {
	e, _, ok := ix.idTab.head(ix.idHash, h)
	for n := 0; ok && n < 1<<20; n++ {
		if ix.docID(e) == id {
			return e, true
		}
		nx := ix.idNext[e]
		if nx == 0 {
			break
		}
		e = nx - 1
	}
	return 0, false
}

// insert indexes f and joins it to verified candidates; it returns the doc
// number and whether the article was new.
func (ix *Index) insert(f *Fingerprint) (uint32, bool) {
	dfs := ix.dfs[:0]
	doc, isNew := ix.addDoc(f, &dfs)
	ix.dfs = dfs
	if !isNew {
		return doc, false
	}
	ix.streamAdd(doc)
	alone := true // no take or shingle edge joined it yet (storyClaims)
	if e := ix.wireOf[doc]; e != 0 {
		// the take it continues or replaces, takes that continue it,
		// its package
		for _, d := range ix.joinWire(e - 1) {
			ix.rebody(doc, d)
			alone = false
			if ix.onVerify != nil {
				ix.onVerify(f.ID, ix.docID(d), Edge{ByWire: true, Joined: true, GapHours: -1})
			}
		}
	}
	cands := &ix.cands
	ix.collect(doc, cands, dfs)

	// verify each distinct candidate: band candidates always, anchor
	// candidates when they share MinSharedAnchors kept anchors. Shingle
	// edges (copies, excerpts) join at once; of the anchor edges only the
	// best (highest anchor cosine) joins, so one article that mentions
	// the names of several stories cannot chain them into one.
	best, bestCos := -1, 0.0
	ix.verdicts = ix.verdicts[:0]
	for _, c := range cands.list {
		d, hits, band := c.doc, c.hits, c.band
		if ix.onNear != nil && !band && (hits >= NearAnchors || c.rare) && hits < MinSharedAnchors && d != doc {
			ix.onNear(f.ID, ix.docID(d))
		}
		// a candidate already in the new article's story needs no
		// verification: an edge inside a component changes nothing
		if (band || hits >= MinSharedAnchors) && d != doc && ix.find(d) != ix.find(doc) {
			ok, ps := ix.verify(doc, d)
			ix.verdicts = append(ix.verdicts, verdict{d, ok})
			if ix.onVerify != nil {
				ix.onVerify(f.ID, ix.docID(d), Edge{Jaccard: ps.jaccard, Containment: ps.containment,
					SharedAnchors: ps.shared, AnchorCosine: ps.cosine, AnchorContainment: ps.anchorCont,
					ByAnchors: ps.byAnchors, Joined: ok, GapHours: ps.gap})
			}
			switch {
			case !ok:
			case !ps.byAnchors:
				ix.rebody(doc, d)
				alone = false
			default:
				if r := ps.rankFor(ix.cjk[doc]); best < 0 || r > bestCos || r == bestCos && ix.docID(d) < ix.docID(uint32(best)) {
					best, bestCos = int(d), r
				}
			}
		}
	}
	if best >= 0 && (!alone || ix.storyClaims(doc, uint32(best))) {
		ix.joinArrival(doc, uint32(best), bestCos)
	}
	return doc, true
}

// verdict is one candidate of insert and whether it verified.
type verdict struct {
	doc uint32
	ok  bool
}

// storyClaims reports whether the story of best, which a new article doc
// matched best by anchors, claims the article. insert asks it only while
// doc is alone (no take or shingle edge joined it), and it asks the story
// only when the two are not both dated (as bridges: two dated articles
// have time as a second signal) and best's story has a body (its members
// are versions of one text, joined by their wording); then the
// story's members that insert verified doc against are its witnesses,
// and the story refuses the article when its fullest witness (the longest
// text: the one that holds the most of what the story tells; a tie goes
// to a refusal) refuses it and more witnesses refuse than verify it.
// Every version of one text repeats that text's names and figures, so a
// new version of it (a rewrite, a translation) verifies with most of them
// and with the whole text; a follow-up of the affair on another day
// shares the cast and a figure or two, and one member (a version in
// another script, holding only digits and acronyms; an excerpt, holding
// the lead's names) may pass it where the text itself and its other
// versions refuse it. One pair verified is one pair's evidence: without
// times, at the reprint benchmark's scale, a base's best anchor match was
// a member of another base's story three times in four, and that one pair
// brought both families of versions into one story. A part of the text
// (an excerpt, an abridgement) refusing while the whole text verifies is
// not the story refusing: it holds less than the article tells. A story
// without a body (reports joined by anchors alone) is not asked:
// independent reports of one event share few anchors with any single
// other report, and its members' refusals are what the story cores exist
// to overrule.
func (ix *Index) storyClaims(doc, best uint32) bool {
	if ix.hours[doc] > 0 && ix.hours[best] > 0 {
		return true
	}
	rb := ix.find(best)
	if !ix.worded[rb] {
		return true
	}
	yes, no := 0, 0
	fullest, fullestOK := uint32(0), true
	for _, v := range ix.verdicts {
		if ix.find(v.doc) != rb {
			continue
		}
		if v.ok {
			yes++
		} else {
			no++
		}
		if n := ix.shingles[v.doc]; n > fullest || n == fullest && !v.ok {
			fullest, fullestOK = n, v.ok
		}
	}
	return fullestOK || yes >= no
}

// addDoc appends f's data, band entries and kept anchor entries to the
// index without looking for candidates; it returns the doc number and
// whether the article was new. When dfs is not nil it receives the
// document frequency each kept anchor had before this article (for
// collect's walk limit).
func (ix *Index) addDoc(f *Fingerprint, dfs *[]int32) (uint32, bool) {
	h := uint32(xxhash.Sum64String(f.ID))
	if d, ok := ix.lookup(f.ID, h); ok {
		return d, false
	}
	doc := uint32(ix.n)
	ix.n++
	ix.ids = append(ix.ids, f.ID...)
	ix.idOff = append(ix.idOff, uint32(len(ix.ids)))
	ix.idHash = append(ix.idHash, h)
	ix.idNext = append(ix.idNext, 0)
	ix.idNext[doc] = ix.idTab.push(ix.idHash, doc)

	ix.sets.Add()
	ix.minDoc = append(ix.minDoc, doc)
	ix.worded = append(ix.worded, false)
	ix.shingles = append(ix.shingles, f.Signature.Shingles)
	var hr uint32
	if !f.Published.IsZero() {
		hr = uint32(max(f.Published.Unix()/3600, 0)) + 1
	}
	ix.hours = append(ix.hours, hr)
	ix.outlets = append(ix.outlets, f.Outlet)
	if ix.keepFull {
		ix.full = append(ix.full, f.Anchors)
		ix.leads = append(ix.leads, f.lead)
		ix.months = append(ix.months, f.lead.months)
	}
	ix.cjk = append(ix.cjk, 2*f.CJK > f.Words)
	for _, v := range f.Signature.Mins {
		ix.sketch = append(ix.sketch, byte(v))
	}

	// LSH bands
	for b := 0; b < Bands; b++ {
		if f.Signature.Shingles == 0 {
			ix.bandKeys = append(ix.bandKeys, 0)
			ix.bandNext = append(ix.bandNext, 0)
			continue
		}
		key := bandKey(b, f.Signature.Mins[b*Rows:(b+1)*Rows])
		entry := uint32(len(ix.bandKeys))
		ix.bandKeys = append(ix.bandKeys, key)
		_, slot, _ := ix.bandTab.head(ix.bandKeys, key)
		ix.bandNext = append(ix.bandNext, ix.bandTab.pushAt(ix.bandKeys, slot, entry))
	}
	// anchors: keep the MaxAnchors/2 smallest script-stable anchors and
	// the MaxAnchors/2 smallest names and quotes that are not common
	keptStable, keptNames := 0, 0
	for _, fp := range f.Anchors {
		stable := fp&stableBit == 0
		if stable && keptStable == ix.keep || !stable && keptNames == ix.keep {
			if !stable {
				break
			}
			continue
		}
		entry := uint32(len(ix.anchors))
		ix.anchors = append(ix.anchors, fp)
		_, slot, _ := ix.anchorTab.head(ix.anchors, fp)
		df := ix.anchorTab.count(slot)
		if ix.commonDF(ix.blendedDF(fp, df)) {
			ix.anchors = ix.anchors[:entry]
			continue
		}
		if stable {
			keptStable++
		} else {
			keptNames++
		}
		if dfs != nil {
			*dfs = append(*dfs, int32(df))
		}
		ix.anchorDoc = append(ix.anchorDoc, doc)
		ix.anchorNext = append(ix.anchorNext, ix.anchorTab.pushAt(ix.anchors, slot, entry))
	}
	ix.anchorOff = append(ix.anchorOff, uint32(len(ix.anchors)))
	ix.addWire(doc, f.Wire)
	return doc, true
}

// collect gathers doc's candidates into cands: the articles indexed before
// it on each of its band and kept-anchor chains, newest first, at most
// walkCap per chain; anchors in more than walkDF articles are not walked.
// dfs holds the kept anchors' frequencies from addDoc; when nil they are
// read from the frozen frequencies. collect only reads the index, so the
// batch runs it for many articles at once.
func (ix *Index) collect(doc uint32, cands *candidates, dfs []int32) {
	cands.reset()
	if ix.shingles[doc] > 0 {
		for b := 0; b < Bands; b++ {
			nx := ix.bandNext[int(doc)*Bands+b]
			for n := 0; nx != 0 && n < walkCap; n++ {
				e := nx - 1
				cands.add(e/Bands, true)
				nx = ix.bandNext[e]
			}
		}
	}
	for k, e := 0, ix.anchorOff[doc]; e < ix.anchorOff[doc+1]; k, e = k+1, e+1 {
		var df int // articles of the index with the anchor, this one included
		fp := ix.anchors[e]
		if dfs != nil {
			df = int(dfs[k]) + 1
		} else {
			df = int(ix.frozenOwn[fp])
		}
		if df > walkDF {
			continue
		}
		nx := ix.anchorNext[e]
		if nx == 0 {
			continue // no article before this one has the anchor
		}
		rare := ix.blendedDF(fp, df) <= ix.rareDF()
		for n := 0; nx != 0 && n < walkCap; n++ {
			x := nx - 1
			cands.addAnchor(ix.anchorDoc[x], rare)
			nx = ix.anchorNext[x]
		}
	}
}

// insertBatch indexes fingerprints whose anchor frequencies are frozen
// (the Grouper's batch) and joins the verified pairs: every article is
// added to the tables first, then each article's candidates — the
// articles before it on its chains, as insert finds them — are verified by
// workers goroutines at once (verification only reads the index), then
// shingle edges are joined and anchor edges collected for
// joinBestAnchorEdges in article order. Unlike insert it verifies
// candidates already in the article's story too, so each article's best
// anchor match is its best over all its candidates. It returns each
// fingerprint's doc number.
func (ix *Index) insertBatch(ctx context.Context, fps []*Fingerprint, workers int) ([]uint32, error) {
	docs := make([]uint32, len(fps))
	fresh := make([]bool, len(fps))
	for i, f := range fps {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("group: %w", err)
			}
		}
		docs[i], fresh[i] = ix.addDoc(f, nil)
	}
	ix.weighFull(workers)
	ix.readCJKNames(workers)
	type found struct {
		shingle  []uint32
		parallel []uint32
		anchor   []anchorEdge
		near     []anchorEdge
		quoted   []anchorEdge
		window   []anchorEdge // refused by the batch's count (windowrare.go)
		thin     []anchorEdge // refused, a thin link (thinsupport.go)
	}
	edges := make([]found, len(fps))
	var next atomic.Int64
	var wg sync.WaitGroup
	const chunk = 256
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var cands candidates
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= len(fps) || ctx.Err() != nil {
					return
				}
				for i := lo; i < min(lo+chunk, len(fps)); i++ {
					if !fresh[i] {
						continue
					}
					doc := docs[i]
					ix.collect(doc, &cands, nil)
					for _, c := range cands.list {
						// candidateFloor is between 2 and MinSharedAnchors:
						// only a pair of two hits reads the lists' lengths
						if !c.band && c.hits < MinSharedAnchors && (c.hits < 2 || c.hits < ix.candidateFloor(doc, c.doc)) || c.doc == doc {
							continue
						}
						ok, ps := ix.verify(doc, c.doc)
						if ok && !c.band && c.hits < MinSharedAnchors {
							// verified under the floor for the parallel
							// rule alone (shortparallel.go)
							ok = ps.parallel
						}
						if ix.related && ps.affair() {
							edges[i].near = append(edges[i].near, anchorEdge{a: doc, b: c.doc, cos: ps.cosine})
						}
						switch {
						case !ok:
							if ix.windowPair(&ps, doc, c.doc) {
								edges[i].window = append(edges[i].window, anchorEdge{a: doc, b: c.doc})
							}
							if ix.thinPair(doc, c.doc, &ps) {
								edges[i].thin = append(edges[i].thin, anchorEdge{a: doc, b: c.doc, cos: ps.cosine})
								// one count of one thing: joined by the
								// last pass as a quoted pair (count.go)
								if ix.countEdge(doc, c.doc) {
									edges[i].quoted = append(edges[i].quoted, anchorEdge{a: doc, b: c.doc, cos: ps.cosine})
								}
							}
						case ps.parallel:
							edges[i].parallel = append(edges[i].parallel, c.doc)
						case ps.byQuote || ps.byProtagonist:
							// joined by the last pass (quoted.go)
							edges[i].quoted = append(edges[i].quoted, anchorEdge{a: doc, b: c.doc, cos: ps.cosine})
						case !ps.byAnchors:
							edges[i].shingle = append(edges[i].shingle, c.doc)
						default:
							edges[i].anchor = append(edges[i].anchor, anchorEdge{a: doc, b: c.doc, cos: ps.cosine, cjkCos: ps.cjkRank()})
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("group: %w", err)
	}
	for i, e := range edges {
		for _, d := range e.shingle {
			ix.unionWorded(docs[i], d)
		}
		// parallel texts join as copies do, but share no wording: no body
		for _, d := range e.parallel {
			ix.union(docs[i], d)
		}
		ix.anchorEdges = append(ix.anchorEdges, e.anchor...)
		ix.quotedEdges = append(ix.quotedEdges, e.quoted...)
		ix.nearPairs = append(ix.nearPairs, e.near...)
		ix.thinEdges = append(ix.thinEdges, e.thin...)
	}
	var window []anchorEdge
	for _, e := range edges {
		window = append(window, e.window...)
	}
	if err := ix.joinWindowRare(ctx, window); err != nil {
		return nil, err
	}
	return docs, nil
}

// anchorEdge is a verified pair decided by anchors.
type anchorEdge struct {
	a, b uint32
	cos  float64
	// cjkCos, when not 0, is how the CJK side of a pair across scripts
	// ranks it (pairScore.rankFor)
	cjkCos float64
}

// rankFor is the edge's cosine as its article d compares its matches.
func (ix *Index) rankFor(e anchorEdge, d uint32) float64 {
	if e.cjkCos != 0 && ix.cjk[d] {
		return e.cjkCos
	}
	return e.cos
}

// joinBestAnchorEdges joins every article to its best anchor match (the
// highest cosine, ties to the smaller ID) among the deferred edges, in
// either direction: an article whose matches all arrived after it, and
// each preferred another, is no longer left alone. With a wire guard
// (wire.go), an article joins its best match whose story the guard does
// not keep apart from its own (joinGuardedAnchorEdges).
func (ix *Index) joinBestAnchorEdges(g *wireGuard) {
	ix.actsOn = true
	defer func() { ix.acts, ix.actsOn = nil, false }()
	if g != nil {
		ix.joinGuardedAnchorEdges(g)
		return
	}
	type best struct {
		to  uint32
		cos float64
		ok  bool
	}
	bests := make([]best, ix.n)
	consider := func(a, b uint32, cos float64) {
		x := &bests[a]
		if !x.ok || cos > x.cos || cos == x.cos && ix.docID(b) < ix.docID(x.to) {
			*x = best{b, cos, true}
		}
	}
	for _, e := range ix.anchorEdges {
		consider(e.a, e.b, ix.rankFor(e, e.a))
		consider(e.b, e.a, ix.rankFor(e, e.b))
	}
	// best edges first: which of two bridging edges is refused does not
	// depend on the input order (see bridges)
	order := make([]uint32, 0, len(bests))
	for d, x := range bests {
		if x.ok {
			order = append(order, uint32(d))
		}
	}
	slices.SortFunc(order, func(a, b uint32) int { return ix.anchorOrder(a, b, bests[a].cos, bests[b].cos) })
	for _, d := range order {
		if x := bests[d]; !ix.bridges(d, x.to) {
			ix.union(d, x.to)
		}
	}
	ix.joinParallelAnchorEdges()
	ix.anchorEdges = nil
}

// candidates collects the distinct candidate articles of one insertion
// with their anchor hits: a small open-addressing table cleared after use,
// cheaper than sorting the hundreds of chain entries a common key yields.
type candidates struct {
	slots []int32 // index into list + 1; 0 when empty
	list  []candidate
}

type candidate struct {
	doc  uint32
	hits int
	band bool
	rare bool // one of the shared anchors is in at most RareDF articles
}

// reset empties the table. No entry is removed between resets, so an
// entry's probe run holds only entries added before it (a rebuild places
// them in list order too): cleared from the last back, each is found on
// its run and none has to move.
func (c *candidates) reset() {
	mask := uint32(len(c.slots) - 1)
	for k := len(c.list) - 1; k >= 0; k-- {
		i := mix32(c.list[k].doc) & mask
		for c.slots[i] != int32(k+1) {
			i = (i + 1) & mask
		}
		c.slots[i] = 0
	}
	c.list = c.list[:0]
	if c.slots == nil {
		c.slots = make([]int32, 4096)
	}
}

func (c *candidates) place(doc uint32, k int32) {
	mask := uint32(len(c.slots) - 1)
	i := mix32(doc) & mask
	for c.slots[i] != 0 {
		i = (i + 1) & mask
	}
	c.slots[i] = k
}

// addAnchor counts a shared kept anchor, rare or not.
func (c *candidates) addAnchor(doc uint32, rare bool) {
	x := c.add(doc, false)
	x.rare = x.rare || rare
}

// add records a band candidate, or counts an anchor hit, and returns the
// candidate.
func (c *candidates) add(doc uint32, band bool) *candidate {
	if len(c.list)*2 >= len(c.slots) {
		// keep the load under one half: rebuild twice as large
		c.slots = make([]int32, 2*len(c.slots))
		for k, x := range c.list {
			c.place(x.doc, int32(k+1))
		}
	}
	mask := uint32(len(c.slots) - 1)
	i := mix32(doc) & mask
	for c.slots[i] != 0 {
		x := &c.list[c.slots[i]-1]
		if x.doc == doc {
			if band {
				x.band = true
			} else {
				x.hits++
			}
			return x
		}
		i = (i + 1) & mask
	}
	x := candidate{doc: doc, band: band}
	if !band {
		x.hits = 1
	}
	c.list = append(c.list, x)
	c.slots[i] = int32(len(c.list))
	return &c.list[len(c.list)-1]
}

func mix32(x uint32) uint32 {
	x ^= x >> 16
	x *= 0x7feb352d
	x ^= x >> 15
	x *= 0x846ca68b
	x ^= x >> 16
	return x
}

// bandKey hashes one band's values with the band's number, so equal values
// in different bands do not share a bucket.
func bandKey(b int, vals []uint32) uint32 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, v := range vals {
		h = mix64(h ^ uint64(v))
	}
	return uint32(h)
}

// freeze makes the index weigh anchors with the frequencies of a
// collection, blended with the background, instead of its live counts.
func (ix *Index) freeze(freq Frequencies) {
	ix.frozenOwn, ix.frozenOwnN = freq.DF, freq.N
	if ix.frozenOwn == nil {
		ix.frozenOwn = map[uint32]int32{}
	}
	ix.frozen, ix.frozenN = ix.frozenOwn, freq.N
	if ix.bg != nil {
		ix.frozen = make(map[uint32]int32, len(freq.DF))
		for a, df := range freq.DF {
			d, _ := ix.bg.blend(int(df), freq.N, ix.bg.anchors.get(a))
			ix.frozen[a] = int32(min(d, math.MaxInt32))
		}
		_, ix.frozenN = ix.bg.blend(0, freq.N, 0)
	}
	top := 0 // the largest frequency: a pair's table need not hold 65,537 logarithms
	for _, df := range ix.frozen {
		top = max(top, int(df))
	}
	size := min(max(ix.frozenN, 0), top, 1<<16) + 1
	if 4*len(ix.frozen) < size {
		// a small batch: fewer anchors than the table would hold
		// logarithms; weight computes each one
		ix.frozenW = nil
		return
	}
	ix.frozenW = make([]float64, size)
	for df := range ix.frozenW {
		ix.frozenW[df] = idf(df, ix.frozenN)
	}
}

// df returns the document frequency of an anchor and the collection size,
// blended with the background.
func (ix *Index) df(fp uint32) (int, int) {
	if ix.frozen != nil {
		if df, ok := ix.frozen[fp]; ok || ix.bg == nil {
			return int(df), ix.frozenN
		}
		return ix.bg.blend(0, ix.frozenOwnN, ix.bg.anchors.get(fp))
	}
	_, slot, ok := ix.anchorTab.head(ix.anchors, fp)
	df := 0
	if ok {
		df = ix.anchorTab.count(slot)
	}
	if ix.bg == nil {
		return df, ix.n
	}
	return ix.bg.blend(df, ix.n, ix.bg.anchors.get(fp))
}

// blendedDF is the document frequency of an anchor that own articles of
// the index have, blended with the background.
func (ix *Index) blendedDF(fp uint32, own int) int {
	if ix.frozen != nil {
		df, _ := ix.df(fp)
		return df
	}
	if ix.bg == nil {
		return own
	}
	df, _ := ix.bg.blend(own, ix.n, ix.bg.anchors.get(fp))
	return df
}

// commonDF reports whether an anchor with document frequency df is too
// common to keep: in more than commonFraction of an index of 50 or more.
func (ix *Index) commonDF(df int) bool {
	return common(df, ix.collectionSize())
}

// common reports whether df articles of a collection of n are many: more
// than commonFraction of a collection of 50 or more (commonDF; notCommon
// reads the anchor's own blended count, commonNameAlone a pair's own).
func common(df, n int) bool {
	return n >= 50 && float64(df) > commonFraction*float64(n)
}

// commonWeight is the largest weight of a common anchor (commonDF: in
// more than commonFraction of a collection of 50 or more), 0 in a smaller
// one. Candidates and verification agree on what counts as a shared
// anchor: a common anchor is neither indexed nor walked (no candidate
// comes from it), so it does not count towards MinSharedAnchors either —
// the floor asks how many facts that single out a story the pair shares,
// and a name in one of every twenty articles (the broadcaster, the
// capital, the year) is shared by unrelated stories of one topic. It
// still weighs in the cosine, by its IDF weight, as every anchor does:
// there it is weighed, not counted.
func (ix *Index) commonWeight() float64 {
	n := ix.collectionSize()
	if n < 50 {
		return 0
	}
	return idf(int(commonFraction*float64(n))+1, n)
}

// WalkDF is the most articles of a collection that may hold an anchor
// whose chain is walked for candidates, and that a batch rule counting
// the stories holding an anchor (rarity counted by stories, details
// weighed by stories) reads: an anchor held more often is common to them.
func WalkDF() int { return walkDF }

// rareDF is the largest document frequency of a rare anchor: RareDF, and
// with a background one more — an anchor in RareDF articles of the
// collection that the background saw once is as rare as it can tell.
func (ix *Index) rareDF() int {
	if ix.bg == nil {
		return RareDF
	}
	df, _ := ix.bg.blend(RareDF, ix.collectionOwnSize(), 1)
	return df
}

// collectionOwnSize is the number of articles of the collection itself.
func (ix *Index) collectionOwnSize() int {
	if ix.frozen != nil {
		return ix.frozenOwnN
	}
	return ix.n
}

// collectionSize is the size of the collection weights are computed in:
// the frozen or live count of articles, blended with the background.
func (ix *Index) collectionSize() int {
	if ix.frozen != nil {
		return ix.frozenN
	}
	if ix.bg == nil {
		return ix.n
	}
	_, n := ix.bg.blend(0, ix.n, 0)
	return n
}

// weight is the IDF weight of an anchor: ln((N+1)/df), and 0 for an
// anchor only one article has once the index holds UniqueMinN articles:
// such an anchor is evidence for no pair, and every independent report has
// dozens of details no other outlet mentions, which at full weight drown
// the few anchors two reports share (min_df = 2, as in document
// clustering). Below UniqueMinN frequencies say too little to tell a
// detail from a shared anchor not seen yet.
func (ix *Index) weight(fp uint32) float64 {
	return ix.weightOf(ix.df(fp))
}

// weightOf is weight for an anchor in df articles of a collection of n.
func (ix *Index) weightOf(df, n int) float64 {
	if df < len(ix.frozenW) {
		return ix.frozenW[df]
	}
	return idf(df, n)
}

// idf is the weight of an anchor in df articles of a collection of n.
func idf(df, n int) float64 {
	if df <= 1 && n >= UniqueMinN {
		return 0
	}
	df = max(df, 1)
	n = max(n, df)
	return math.Log(float64(n+1) / float64(df))
}

// Verification is the documented score that turns a candidate pair into an
// edge of the story graph. For articles a and b with Ĵ the Jaccard
// similarity estimated from their 8-bit sketches (corrected for chance
// agreement, 1/256 per value) and Ĉ the estimated containment of the
// smaller in the larger, the pair is an edge when
//
//  1. Ĵ ≥ EdgeJaccard (copies, copies with boilerplate, abridgements), or
//  2. Ĉ ≥ EdgeContainment and Ĵ ≥ 0.05 (excerpts: the floor keeps chance
//     agreements of a tiny text out), or
//  3. their anchor sets (the kept bottom-k sketches, cut to the range both
//     cover; every anchor in the batch Grouper) share at least
//     MinSharedAnchors anchors that are not common (commonWeight), the articles are not more than MaxGapHours
//     apart when both dates are known, and, with IDF weights
//     w = ln((N+1)/df), S the weight of the shared anchors and Wa, Wb the
//     weights of each set, one of
//     - cos = S/√(Wa·Wb) ≥ EdgeAnchorCosine (rewrites, translations);
//     - more than MinSharedAnchors shared, S/min(Wa,Wb) ≥
//     EdgeAnchorContainment and cos ≥ EdgeAnchorCosineLow (a short version
//     whose anchors are nearly all in a longer one);
//     - at least MinSharedRare shared anchors that are rare (in at most
//     RareDF articles of an index of RareMinN or more) and cos ≥
//     EdgeAnchorCosineLow (independent reports of one event); in the
//     batch only when the two leads agree (leadsAgree, leadwho.go: one
//     lead told in the other article, or MinSharedAnchors anchors in both
//     leads) and, for two English texts whose leads name events, one
//     lead's event is told in the other (leadevent.go) — a subject's cast
//     is rare to a background that does not know the subject, and two
//     stories of one topic share it;
//     Articles published within two days of each other get 10% lower
//     cosine thresholds: publication-time proximity is evidence of one
//     event. When either date is unknown, two leads that each name a
//     date (month and day) more than MaxGapHours apart are two occasions,
//     as two publication times that far apart are (leaddate.go). When
//     either date is unknown and both articles come from one outlet,
//     anchors join them only when the smaller anchor set is mostly
//     (EdgeAnchorContainment) in the other: an outlet does not
//     write two independent reports of one event, and its reports that
//     share a few names are follow-ups of one affair (with dates, the
//     MaxGapHours gate and the cosine tell them apart).
//     In the batch (Grouper), a pair the anchor rules refuse is an edge by
//     the first of the rules after them that joins it, asked in order:
//     parallel texts (parallel.go); MinSharedAnchors shared, one rare, at
//     cos ≥ EdgeAnchorCosineLow (lowFloor) with topic words' cosine at
//     least TopicCosine (topic.go), or one day named in both leads and one
//     lead told (eventday.go), either unless figures or tallies tell
//     another occasion (occasion.go); one affair (pairScore.affair) whose headlines
//     share a name and a word at HeadlineTold (headline.go); two languages
//     whose leads are each told in the other report (leadstold.go); a
//     small batch's name in every article (smallbatch.go); leads told in
//     the same words, and the headline rule for two articles in a language
//     the background does not cover in a collection of RareMinN or more
//     (eventjoin.go); a wire client retelling its take's lead (leadwho.go).
//  4. across scripts (one article mostly CJK, the other not): at least
//     MinSharedAnchors shared and S/min(Wa,Wb) ≥ CrossScriptContainment.
//
// A rewrite keeps most names, numbers, dates and quotes, a translation the
// names, numbers and dates; two stories on one topic share a few common
// names and small numbers, which IDF weights down and the count floor
// excludes.
func (ix *Index) verify(a, b uint32) (bool, pairScore) {
	return ix.verifyCounting(a, b, rareInBatch)
}

// rarity is how verifyCounting counts a pair's shared anchors rare.
type rarity bool

const (
	// rareInBatch counts them by the batch's count pooled with the
	// background: every pass but the window pass.
	rareInBatch rarity = false
	// rareAsPair counts them also as the pair alone counts them, each
	// shared anchor not common in the batch (aloneRareShared): the window
	// pass's dated pairs the batch's count refused (windowrare.go).
	rareAsPair rarity = true
)

// verifyCounting is verify with the shared anchors' rarity counted as r
// says.
func (ix *Index) verifyCounting(a, b uint32, r rarity) (bool, pairScore) {
	ps := pairScore{gap: -1, jaccard: ix.jaccard(a, b)}
	na, nb := ix.shingles[a], ix.shingles[b]
	if na > 0 && nb > 0 {
		if na <= nb {
			ps.containment = containment(ps.jaccard, na, nb)
		} else {
			ps.containment = containment(ps.jaccard, nb, na)
		}
	}
	// two takes of one wire slug: the headers say how they relate
	// (wire.go); what they leave apart joins only as a copy, not as an
	// excerpt or by anchors — the next day's take repeats the previous
	// day's paragraphs as background
	ps.sameSlug = len(ix.wire) > 0 && ix.sameSlug(a, b)
	// an empty text's signature is all 0xFFFFFFFF: two headline-only
	// articles are not copies of each other
	// two reports cast in one template share their wording, not their
	// names (templateapart.go): no rule joins them
	apart := ps.jaccard >= wordingFloor && ix.templateApart(a, b)
	if !apart && na > 0 && nb > 0 && (ps.jaccard >= EdgeJaccard || !ps.sameSlug && ps.containment >= EdgeContainment && ps.jaccard >= wordingFloor) {
		return true, ps
	}
	ha, hb := ix.hours[a], ix.hours[b]
	gap := -1
	if ha > 0 && hb > 0 {
		gap = int(max(ha, hb) - min(ha, hb))
		ps.gap = gap
		if gap > MaxGapHours && !ix.related {
			return false, ps
		}
	}
	A, B := ix.anchorList(a), ix.anchorList(b)
	if !ix.keepFull {
		A, B = bottomK(A, B)
	}
	if n := ix.collectionSize(); n >= RareMinN {
		ps.rareW = math.Log(float64(n+1) / float64(ix.rareDF()))
	}
	ps.commonW = ix.commonWeight()
	if wA, wB, ok := ix.fullWeights(a, b); ok && ix.detailRoots == nil {
		ps.anchorScoreAt(A, B, wA, wB, wA)
	} else if ix.detailRoots != nil {
		ix.anchorScoreByDetails(a, b, A, B, &ps)
	} else {
		ps.anchorScore(A, B, ix.weight)
	}
	if r == rareAsPair {
		// rarity as the pair alone counts it (windowrare.go)
		ps.rare = max(ps.rare, ix.aloneRareShared(A, B, &ps))
	}
	ix.uncoveredRare(a, b, A, B, &ps)
	ix.storyRareShared(a, b, A, B, &ps)
	ps.byAnchors = true
	if apart || gap > MaxGapHours || gap < 0 && ix.leadDatesApart(a, b) || ix.codesApart(a, b) || ix.nextStep(a, b) {
		// scored all the same when related stories are wanted: a report
		// of one affair weeks later is a related story
		// (pairScore.affair), not a version; two reports writing codes
		// of one scheme and none in common tell two things it numbers
		// (codes.go), dated or not; a report leading with the step the
		// other told ahead, or recalling the other's event days before,
		// is the affair's next step (nextstep.go)
		return false, ps
	}
	if gap < 0 && ix.outlets[a] != 0 && ix.outlets[a] == ix.outlets[b] && ps.anchorCont < EdgeAnchorContainment {
		// one outlet, no dates: an outlet does not write two
		// independent reports of one event, so its two reports that
		// share some names but not most of their anchors are two
		// stories of one affair (a follow-up), not versions
		ps.sameOutlet = true
		return false, ps
	}
	if ps.sameSlug {
		return false, ps
	}
	if ix.cjk[a] != ix.cjk[b] {
		ok := ps.crossScriptEdge()
		if ok {
			// the weights by position where weighFull keeps them,
			// else each anchor's as the merge reads it (no list of
			// weights made per pair)
			wA, wB, full := ix.fullWeights(a, b)
			if full && len(wA) == len(A) && len(wB) == len(B) {
				ps.crossCosine(A, B, func(i int) float64 { return wA[i] }, func(j int) float64 { return wB[j] }, ix.cjk[a])
			} else {
				ps.crossCosine(A, B, func(i int) float64 { return ix.weight(A[i]) }, func(j int) float64 { return ix.weight(B[j]) }, ix.cjk[a])
			}
		}
		return ok, ps
	}
	// the rare-anchor rule needs the pair to tell one lead (leadwho.go):
	// a subject's cast is rare to a background that does not know it
	// (asked only of a pair the rule could join: persons are counted per
	// pair)
	ps.leadsApart = ix.keepFull && ps.shared >= MinSharedAnchors && ps.rare >= MinSharedRare && len(ix.leads) > int(max(a, b)) &&
		!leadsAgree(&ix.leads[a], &ix.leads[b], ix.full[a], ix.full[b], ix.notCommon)
	// nor when neither lead's event is told in the other (leadevent.go),
	// asked only when the rare-anchor clause alone would join the pair:
	// reading two texts' events costs more than every other clause
	if !ps.leadsApart && ps.rareDecides(gap, ix.cosine) && ix.readsArticles() {
		ps.leadsApart = ix.eventsUntold(a, b)
	}
	// another occasion of one subject: the cosine and rare clauses need
	// figures that do not disagree when the background does not know the
	// subject, and tallies that do not disagree (occasion.go, tally.go);
	// the contained clause (a brief inside a longer text) asks only that
	// neither headline's person be left unwritten by the other
	// (headperson.go): a brief of a story names its who; and, when it
	// alone joins, that the brief write a person of the other's lead
	// (briefwho.go)
	// and none when the pair shares one name alone and no word of an
	// account (subjectonly.go)
	if ps.anchorEdge(gap, ix.cosine) && !(ps.containedOnly(gap, ix.cosine) && ix.briefWhoUntold(a, b)) && !ix.subjectOnly(a, b, A, B, &ps) && (ps.containedEdge(anchorScale(gap)) && !ix.personApart(a, b, &ps) || !ix.occasionApart(a, b, A, B, &ps)) {
		// unless one leads with an act the other tells only ahead
		// (actstage.go): asked of a pair the rules join, as it reads
		// both whole texts
		return !ix.stageApart(a, b), ps
	}
	// the rules after the anchor rules, in order: the first that joins
	// the pair decides it and marks on its score how (later passes read
	// the marks: a parallel text joins as a copy, leads told across
	// languages as a union, …); a rule further down reads more of the
	// pair (articles, leads, headlines) and is asked only of a pair every
	// rule before it refused. One case a rule, called directly: a rule
	// called through a func value would move the score to the heap on
	// every verification.
	switch {
	// one text in other words: its words shared and in place (see
	// ParallelDrift); joined like a copy, not as one best match
	case ix.parallelEdge(a, b, &ps):
		ps.byTopic, ps.parallel = true, true
	// same-language independent reports: a few shared anchors, one of
	// them rare, and the event's words (see TopicCosine)
	case ix.topicEdge(a, b, &ps) && !ix.occasionApart(a, b, A, B, &ps):
		ps.byTopic = true
	// independent reports of one event: a few shared anchors, one of
	// them rare, the same day named in both leads, and one lead told in
	// the other report (eventday.go), unless figures or tallies tell
	// another occasion, as for the topic rule: one affair's next step
	// falls on the same weekday a week on, or a month on the same date
	case ix.dayEdge(a, b, &ps) && !ix.occasionApart(a, b, A, B, &ps):
		ps.byDay = true
	// independent reports of one event quoting one statement alike
	// (quoted.go)
	case ix.quoteEdge(a, b, &ps):
		ps.byQuote = true
	// independent reports of one event whose headlines tell one who and
	// one what (headline.go)
	case ix.headlinesTold(a, b, &ps):
		ps.byHeadline = true
	// independent reports of one event in two languages, each lead told
	// in the other report (leadstold.go)
	case ix.leadsToldEdge(a, b, &ps):
		ps.byLeads = true
	// a small batch's reports of one event: a name the background
	// hardly knows in every article, each lead told in the other
	// (smallbatch.go)
	case ix.batchNameEdge(a, b, &ps):
		ps.byBatchName = true
	// independent reports of one event whose leads tell it in the same
	// words (eventjoin.go), unless tallies or headlines tell two
	// (tally.go, headapart.go)
	case ix.leadWordsTold(a, b, &ps) && !ix.tallyApart(a, b) && !ix.headlinesApart(a, b):
		ps.byLeadWords = true
	// in a language the background does not cover, headlines that tell
	// one event alike in a large collection (eventjoin.go)
	case ix.uncoveredHeadlinesTold(a, b, &ps):
		ps.byHeadline = true
	// a client's version of a wire take: one of the pair is a take, the
	// other not, and the take's lead is retold (leadwho.go)
	case ix.clientEdge(a, b, &ps):
		ps.byLead = true
	// dated reports of one event whose names are rare as the pair
	// alone counts them and whose leads name one event (pairrare.go)
	case ix.pairRareEdge(a, b, &ps):
		ps.byPairRare = true
	// dated reports of one event naming one rare protagonist in both
	// headlines (protagonist.go)
	case ix.protagonistEdge(a, b, A, B, &ps):
		ps.byProtagonist = true
	// two Chinese reports of one event, names in characters standing in
	// for anchors (zhnames.go); marked as the topic rule it stands for
	case ix.cjkNamesEdge(a, b, &ps):
		ps.byTopic = true
	default:
		return false, ps
	}
	return !ix.stageApart(a, b), ps
}

// topicEdge is the topic rule (TopicCosine): a pair at the low floor
// (lowFloor) with an anchor rare by articles or by stories whose topic
// words' cosine is at least TopicCosine, in the batch and as the pair
// alone weighs them (topicTold).
func (ix *Index) topicEdge(a, b uint32, ps *pairScore) bool {
	return ix.topics != nil && ps.lowFloor() && (ps.rare >= 1 || ps.storyRare >= 1) && ix.topicTold(a, b, ps, TopicCosine)
}

// anchorList is a doc's anchors as verification reads them: every one in
// the batch Grouper (keepFull), else the kept bottom-k sketch.
func (ix *Index) anchorList(d uint32) []uint32 {
	if ix.keepFull {
		return ix.full[d]
	}
	return ix.anchors[ix.anchorOff[d]:ix.anchorOff[d+1]]
}

// jaccard estimates the Jaccard similarity of two articles' shingles from
// their 8-bit sketches, corrected for chance agreement (1/256 per value).
func (ix *Index) jaccard(a, b uint32) float64 {
	eq := equalBytes(ix.sketch[int(a)*NumPerm:int(a+1)*NumPerm], ix.sketch[int(b)*NumPerm:int(b+1)*NumPerm])
	m := float64(eq) / NumPerm
	return max((m-1.0/256)/(1-1.0/256), 0)
}

// equalBytes is the number of places i where sa[i] == sb[i] (len(sb) ≥
// len(sa)), eight at a time: a byte of the XOR of eight is zero where
// they agree (its low seven bits plus 0x7f carry into its high bit
// unless all zero, and no byte's sum carries into the next).
func equalBytes(sa, sb []byte) int {
	eq, i := 0, 0
	for ; i+8 <= len(sa); i += 8 {
		x := binary.LittleEndian.Uint64(sa[i:]) ^ binary.LittleEndian.Uint64(sb[i:])
		eq += swarCount(^((x&^swarHigh + ^uint64(swarHigh)) | x) & swarHigh)
	}
	for ; i < len(sa); i++ {
		if sa[i] == sb[i] {
			eq++
		}
	}
	return eq
}

// bottomK cuts two kept anchor lists (sorted bottom-k sketches, one of
// script-stable anchors and one of names, each of MaxAnchors/2) to the
// values both sketches cover: within each class, below the smaller of
// their largest values when a list is full. Only there is an anchor's
// absence from one list evidence that the article lacks it (Cohen &
// Kaplan's bottom-k estimators); without the cut, an excerpt whose few
// anchors all lie above the original's cutoff would look unrelated.
func bottomK(A, B []uint32) ([]uint32, []uint32) {
	as, an := splitStable(A)
	bs, bn := splitStable(B)
	as, bs = cutPair(as, bs)
	an, bn = cutPair(an, bn)
	return append(as[:len(as):len(as)], an...), append(bs[:len(bs):len(bs)], bn...)
}

// splitStable splits a sorted anchor list into its script-stable part and
// its names (the stable ones sort first: their top bit is clear).
func splitStable(L []uint32) ([]uint32, []uint32) {
	i := 0
	for i < len(L) && L[i]&stableBit == 0 {
		i++
	}
	return L[:i], L[i:]
}

func cutPair(A, B []uint32) ([]uint32, []uint32) {
	cut := ^uint32(0)
	if len(A) >= MaxAnchors/2 {
		cut = A[len(A)-1]
	}
	if len(B) >= MaxAnchors/2 {
		cut = min(cut, B[len(B)-1])
	}
	trim := func(L []uint32) []uint32 {
		n := len(L)
		for n > 0 && L[n-1] > cut {
			n--
		}
		return L[:n]
	}
	return trim(A), trim(B)
}

// affair reports whether a verified pair, joined or not, shows that its
// articles report one affair: MinSharedAnchors shared anchors, one of
// them rare, or an anchor cosine of at least EdgeAnchorCosineLow. Stories
// holding such a pair that stay apart (a follow-up: the next hearing, the
// raised bid) are related stories.
func (ps *pairScore) affair() bool {
	return ps.byAnchors && ps.shared >= MinSharedAnchors && (ps.rare >= 1 || ps.cosine >= EdgeAnchorCosineLow)
}

// lowFloor reports whether a pair is at the low floor of the rules after
// the anchor rules: MinSharedAnchors shared anchors that are not common,
// at anchor cosine ≥ EdgeAnchorCosineLow.
func (ps *pairScore) lowFloor() bool {
	return ps.shared >= MinSharedAnchors && ps.cosine >= EdgeAnchorCosineLow
}

// pairScore holds the signals of one verified pair.
type pairScore struct {
	jaccard, containment float64
	shared               int
	cosine, anchorCont   float64
	byAnchors            bool
	gap                  int
	rareW                float64 // weight from which a shared anchor counts as rare
	rare                 int
	storyRare            int     // shared anchors rare by stories (storyrare.go)
	commonW              float64 // weight up to which a shared anchor is common: not counted in shared (commonWeight)
	sameOutlet           bool    // refused: one outlet, undated, anchors mostly not shared
	byTopic              bool    // joined by the topic rule or as parallel texts
	topic                float64 // topic-word cosine (topicCosine), when topicSet
	topicSet             bool
	topicAlone           float64 // topic-word cosine as the pair alone weighs it (aloneTopicCosine), when topicAloneSet
	topicAloneSet        bool
	parallel             bool // joined as parallel texts (parallel.go): a union, as a copy
	byDay                bool // joined by the day rule: one day, one lead told in both (eventday.go)
	byHeadline           bool // joined by the headline rule (headline.go)
	byLeads              bool // joined by leads told each in the other (leadstold.go)
	sameSlug             bool // refused: two takes of one wire slug (wire.go)
	byLead               bool // joined as a client's version of a wire take that retells its lead (leadwho.go)
	leadsApart           bool // batch: the leads tell different news, so rare anchors alone do not join (leadwho.go, leadevent.go)
	byBatchName          bool // joined by a name every article of a small batch holds, each lead told in the other (smallbatch.go)
	byLeadWords          bool // joined by leads told in the same words (eventjoin.go)
	occasionRead         bool // occasionApart has been read (occasion.go)
	occasionApart        bool // batch: another occasion of one subject, by figures or tallies (occasion.go)
	personRead           bool // personApart has been read (headperson.go)
	personApart          bool // batch: a headline's person the other article never writes (headperson.go)
	byPairRare           bool // joined by rarity as the pair alone counts it, dated, one lead event (pairrare.go)
	byQuote              bool // joined by one statement quoted alike (quoted.go)
	byProtagonist        bool // joined by one rare protagonist in both headlines, dated (protagonist.go)
	// crossCos is a cross-script pair's cosine over what can cross
	// scripts (crossCosine), when crossSet: the pair's rank among an
	// article's matches (rank)
	crossCos float64
	crossSet bool
}

// anchorScore fills the anchor signals from two sorted anchor lists.
func (ps *pairScore) anchorScore(A, B []uint32, weight func(uint32) float64) {
	ps.anchorScoreApart(A, B, weight, nil)
}

// anchorScoreApart is anchorScore with the anchors only one of the two
// lists holds weighed by apart (inA: the anchor is A's) when not nil.
func (ps *pairScore) anchorScoreApart(A, B []uint32, weight func(uint32) float64, apart func(x uint32, inA bool) float64) {
	var wa, wb, s float64
	i, j := 0, 0
	for i < len(A) || j < len(B) {
		switch {
		case j >= len(B) || i < len(A) && A[i] < B[j]:
			if apart != nil {
				wa += apart(A[i], true)
			} else {
				wa += weight(A[i])
			}
			i++
		case i >= len(A) || B[j] < A[i]:
			if apart != nil {
				wb += apart(B[j], false)
			} else {
				wb += weight(B[j])
			}
			j++
		default:
			ps.addShared(weight(A[i]), &wa, &wb, &s)
			i++
			j++
		}
	}
	ps.setAnchorScore(wa, wb, s)
}

// addShared adds a shared anchor of weight w to the sums and counts.
func (ps *pairScore) addShared(w float64, wa, wb, s *float64) {
	*wa += w
	*wb += w
	*s += w
	if w > ps.commonW {
		ps.shared++
	}
	if ps.rareW > 0 && w >= ps.rareW {
		ps.rare++
	}
}

// setAnchorScore sets the cosine and containment from the sums.
func (ps *pairScore) setAnchorScore(wa, wb, s float64) {
	if wa > 0 && wb > 0 {
		ps.cosine = s / math.Sqrt(wa*wb)
		ps.anchorCont = s / min(wa, wb)
	}
}

// Ranking a cross-script match (scale, session 17). An article joins its
// best verified match, by anchor cosine. A pair across scripts is verified
// by containment (crossScriptEdge), because the non-CJK side's names
// cannot appear in the CJK side, and its plain cosine is low for that very
// reason: ranked by it, a CJK version lost to any same-script article
// sharing a few of its numbers (cosine high: two short lists of digits and
// acronyms), so it joined its base alone but another base's CJK version
// among thousands (20,193 reprints, no times: 471 of 2,750 script versions
// apart from their base at every size of the collection, 17 % of those of
// 168 bases as of 3,649). Ranked by the cosine over what could have
// crossed, the two kinds of match are weighed on one footing and the
// choice no longer depends on which other articles the batch holds; the
// verdict (containment) is unchanged.

// crossCosine sets crossCos: the cosine of two sorted anchor lists of a
// cross-script pair (aCJK: A is the CJK side) in which the non-CJK side's
// names and quotations the CJK side does not share are left out of its
// norm — a text in another script could not have written them — while
// its script-stable anchors (numbers, dates, acronyms, codes) all count.
// wA(i) and wB(j) are the weights of A[i] and B[j] (weighFull's, or the
// index's weight), each asked only when it counts.
func (ps *pairScore) crossCosine(A, B []uint32, wA, wB func(int) float64, aCJK bool) {
	var wa, wb, s float64
	counts := func(x uint32, cjkSide bool) bool { return cjkSide || x&stableBit == 0 }
	i, j := 0, 0
	for i < len(A) || j < len(B) {
		switch {
		case j >= len(B) || i < len(A) && A[i] < B[j]:
			if counts(A[i], aCJK) {
				wa += wA(i)
			}
			i++
		case i >= len(A) || B[j] < A[i]:
			if counts(B[j], !aCJK) {
				wb += wB(j)
			}
			j++
		default:
			w := wA(i)
			wa, wb, s = wa+w, wb+w, s+w
			i++
			j++
		}
	}
	if wa > 0 && wb > 0 {
		ps.crossCos, ps.crossSet = s/math.Sqrt(wa*wb), true
	}
}

// rankFor is the pair's cosine as one of its articles (cjk: the CJK one)
// compares its matches: the CJK side of a pair across scripts weighs it by
// what could have crossed (crossCos); the other side by the anchor
// cosine, since a CJK version holds only a part of what a text in its own
// script could share with it, as an excerpt does.
func (ps *pairScore) rankFor(cjk bool) float64 {
	if cjk && ps.crossSet {
		return ps.crossCos
	}
	return ps.cosine
}

// cjkRank is the CJK side's rank of a cross-script pair, 0 for a pair in
// one script (anchorEdge.cjkCos).
func (ps *pairScore) cjkRank() float64 {
	if ps.crossSet {
		return ps.crossCos
	}
	return 0
}

// crossScriptEdge decides a pair written in different scripts (CJK and
// not): only digits, dates, acronyms and Latin-script names carry across,
// so the CJK side has few anchors and most of the other side's anchors
// cannot appear in it. Cosine would punish that; the pair is judged by how
// much of the smaller anchor set is in the larger.
func (ps *pairScore) crossScriptEdge() bool {
	return ps.shared >= MinSharedAnchors && ps.anchorCont >= CrossScriptContainment
}

func (ps *pairScore) anchorEdge(gapHours int, cosine float64) bool {
	if ps.shared < MinSharedAnchors {
		return false
	}
	scale := anchorScale(gapHours)
	return ps.cosine >= cosine*scale || ps.rareEdge(scale) || ps.containedEdge(scale)
}

// rareEdge is anchorEdge's rare-anchor clause.
func (ps *pairScore) rareEdge(scale float64) bool {
	return ps.rare >= MinSharedRare && !ps.leadsApart && ps.cosine >= EdgeAnchorCosineLow*scale
}

// anchorScale is the factor of anchorEdge's cosine bars: a pair filed
// within two days needs a tenth less.
func anchorScale(gapHours int) float64 {
	if gapHours >= 0 && gapHours <= 48 {
		return 0.9
	}
	return 1
}

// containedOnly reports whether anchorEdge joins the pair by its
// containment clause alone: the cosine and rare-anchor clauses fail.
func (ps *pairScore) containedOnly(gapHours int, cosine float64) bool {
	scale := anchorScale(gapHours)
	return ps.containedEdge(scale) && ps.cosine < cosine*scale && !ps.rareEdge(scale)
}

// containedEdge is anchorEdge's containment clause.
func (ps *pairScore) containedEdge(scale float64) bool {
	return ps.shared > MinSharedAnchors && ps.anchorCont >= EdgeAnchorContainment && ps.cosine >= EdgeAnchorCosineLow*scale
}

// rareDecides reports whether anchorEdge would join the pair by its
// rare-anchor clause alone (the other clauses fail, that one passes
// unless leadsApart): the only case leadsApart changes.
func (ps *pairScore) rareDecides(gapHours int, cosine float64) bool {
	scale := anchorScale(gapHours)
	return ps.shared >= MinSharedAnchors && ps.rare >= MinSharedRare && ps.cosine < cosine*scale &&
		ps.cosine >= EdgeAnchorCosineLow*scale && !ps.containedEdge(scale)
}

func (ix *Index) find(d uint32) uint32 { return ix.sets.Find(d) }

// union joins the stories of a and b, keeping at the root the member with
// the smallest ID (the story's name).
func (ix *Index) union(a, b uint32) {
	ra, rb, merged := ix.sets.Union(a, b)
	if merged && ix.docID(ix.minDoc[rb]) < ix.docID(ix.minDoc[ra]) {
		ix.minDoc[ra] = ix.minDoc[rb]
	}
	if merged && ix.worded[rb] {
		ix.worded[ra] = true
	}
	if merged && int(max(ra, rb)) < len(ix.months) {
		ix.months[ra] |= ix.months[rb]
	}
	if merged && ix.stream != nil {
		ix.stream.joined(ra, rb)
	}
	if merged && ix.acts != nil {
		if y := ix.acts[rb]; y != nil {
			if x := ix.acts[ra]; x != nil {
				x.merge(y)
			} else {
				ix.acts[ra] = y
			}
			delete(ix.acts, rb)
		}
	}
}

// Story bodies (issue 14, scale). A story whose articles share wording
// (a copy, an excerpt, an abridgement: a shingle edge) or a wire slug (a
// page, a substitute) has a body: those articles are versions of one text
// by their own account. An anchor edge is one pair's names and figures;
// the follow-ups of one affair (the raised bid, the next hearing) name the
// same people, firms and places, so at scale some version of one follow-
// up always finds its best anchor match among the versions of another,
// and one such pair joined two stories with their versions (reprint
// benchmark of all shared corpora without times, 20,193 articles:
// clusters of 24–52 articles holding 2–6 stories). So, when the pair's
// publication times are not both known, an anchor edge joins an article
// to a story, never two stories that each have a body: whether two such
// stories are one is decided by what all their members share
// (mergeCores: mutual best cores), not by one bridging pair. Two dated
// articles within MaxGapHours have a second signal, time, as the pair
// rules say; refusing their edges too cost more true joins than false
// ones (independent reports of one event, each reprinted: with times,
// batch recall 0.623 → 0.602, streaming 0.881 → 0.796).

// unionWorded joins the stories of a and b by wording or a wire header:
// the story has a body.
func (ix *Index) unionWorded(a, b uint32) {
	ix.union(a, b)
	ix.worded[ix.find(a)] = true
}

// bridges reports whether an anchor edge between a and b, not both dated,
// would join two different stories that each have a body, or two whose
// members' leads name months apart (monthsApart, leadmonth.go: the story
// cores' stand-in for publication times, asked of the edge too), or an act
// and a reaction to it (reactsAcross, reaction.go).
func (ix *Index) bridges(a, b uint32) bool {
	if ix.hours[a] > 0 && ix.hours[b] > 0 {
		return false
	}
	ra, rb := ix.find(a), ix.find(b)
	if ra != rb && int(max(ra, rb)) < len(ix.months) && monthsApart(ix.months[ra], ix.months[rb]) {
		return true
	}
	return ra != rb && (ix.worded[ra] && ix.worded[rb] || ix.reactsAcross(a, b))
}

// storyID names the story rooted at r after its smallest member ID.
func (ix *Index) storyID(r uint32) string { return StoryID(ix.docID(ix.minDoc[r])) }

// StoryID is the ID of the story whose smallest member article ID is
// minArticleID: "s" and the first 12 hex digits of its SHA-256. It does not
// depend on input order or on the other members.
func StoryID(minArticleID string) string {
	sum := sha256.Sum256([]byte(minArticleID))
	return "s" + hex.EncodeToString(sum[:6])
}

// StoryOf returns the current story ID of an indexed article.
func (ix *Index) StoryOf(articleID string) (string, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	d, ok := ix.lookup(articleID, uint32(xxhash.Sum64String(articleID)))
	if !ok {
		return "", false
	}
	return ix.storyID(ix.find(d)), true
}

// Stories returns every story, keyed by story ID, as its member article
// IDs in insertion order.
func (ix *Index) Stories() map[string][]string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	out := make(map[string][]string)
	for d := 0; d < ix.n; d++ {
		id := ix.storyID(ix.find(uint32(d)))
		out[id] = append(out[id], ix.docID(uint32(d)))
	}
	return out
}
