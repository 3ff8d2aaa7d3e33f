package group

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// Names across scripts (issue 14, session 12). A Chinese report and an
// English or Malay report of one event share only what no script changes
// — figures, dates, acronyms, a Latin name an outlet gives in brackets —
// so a Chinese report that writes its people in characters shares one or
// two anchors with the event's other reports and stays alone
// (crossScriptEdge needs MinSharedAnchors). But a foreign name in Chinese
// is written by sound, in a small set of characters the transliteration
// tables use for syllables (特 te, 雷 lei, 斯 si: a surname Tress is
// 特雷斯): each character's initial consonant stands for a
// consonant of the name, and a syllable with no vowel of its own (斯 si,
// 特 te, 克 ke, 尔 er) stands for a bare consonant. So a run of two or more
// such characters read as its consonants (the classes of soundKey:
// voiced and voiceless stops together, l and r together, the sibilants
// together; a nasal ending as n) is the name as a consonant skeleton, and
// a capitalised name of the other report read the same way (silent h, an
// r before a consonant or at the end not spoken, ng as n) is the same
// skeleton when it is that name. Measured on every pair of a Chinese and
// a Latin-script article of mmds2025-dev: the skeletons matched are the
// event's people and places (the envoy, the contractor's names, the
// prime minister and her finance minister, a storm's islands, an
// exchange), and, in pairs of two events, mostly the same names (a
// president, a war's countries, the capital) that recur across events,
// which the background weighs as common.
//
// The rule (soundNameEdges, batch only: it reads the articles): a pair of
// a mostly-CJK doc and a Latin-script one that every rule refused is
// judged again by crossScriptEdge with the Latin report's name anchors
// whose skeleton the Chinese report writes counted as anchors the Chinese
// report holds — the name written in characters is that anchor, so the
// collection holds it once more than it counts — when they are names the
// background hardly knows (rare as a pair alone counts it: rareAloneCount)
// and of at least minSoundNames skeletons, and the leads name no
// different days (a follow-up). With its names written in, the Chinese
// report holds what crossScriptEdge excuses it from holding, so the pair
// must also reach the anchor rules' low floor, anchor cosine ≥
// EdgeAnchorCosineLow (scaled as anchorEdge scales it): a report whose
// many runs of characters meet two of the other's names by chance (the
// reprint benchmark's pseudo-script versions, every word random
// characters: cosine 0.13–0.17 with an unrelated story's versions) shares
// little else with it. A name the background knows (a country, a
// president, a common first name) is shared by other events of the
// region, and its skeleton by other names: on mmds2025-dev the Chinese
// report of one arrest wrote a contractor's names that read as a country
// and its adjective in an English report of a prime minister's trip. The
// rarity is the background's, not the batch's, so two reports checked
// alone are judged as among the whole file. Candidates are the pairs
// sharing minSoundNames skeletons or more of such names, walked as an
// anchor's chain (walkDF, walkCap) but not left out as common in the
// batch (the names are ones the background hardly knows: a batch holding
// one in many reports holds one event's reports); a candidate pair that
// verifies as it is joins as cjkNameEdges' do. Only
// pairs of a CJK and a Latin-script doc can change: batches in one script
// are untouched.
//
// Fragile: a name translated rather than transliterated (an airline, a
// ministry), a dialect's romanisation of a Chinese name (Hokkien,
// Cantonese: Mandarin readings give another skeleton), traditional
// characters (the table is of simplified ones), and a run of
// transliteration characters that is a common word (基本) reading as a
// name.

// minSoundKey is the fewest consonants of a skeleton that counts: two
// consonant classes (ten or so each) match some capitalised word of a
// long report by chance; three is the shortest foreign surname written in
// characters (特雷斯 for Tress, or two characters with a nasal ending,
// 班登 for Bandon).
const minSoundKey = 3

// minSoundNames is the fewest names of the other report a Chinese report
// must write by sound: one skeleton of three consonants meets some rare
// name of a long report by chance (a contractor's name in a Chinese
// report and a rare name of another event's English report read alike on
// mmds2025-dev), two of one report rarely.
const minSoundNames = 2

// translitReadings are the characters of the transliteration tables that
// write foreign names by sound, each with its pinyin reading (written out
// from go-pinyin v0.21.0's first reading; 什 as shi, as in names).
const translitReadings = "阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 巴ba 拜bai 班ban 邦bang 鲍bao 贝bei 本ben 比bi 彼bi 毕bi 宾bin 滨bin 波bo 伯bo 博bo 布bu 查cha 彻che 达da 戴dai 丹dan 道dao 德de 登deng 迪di 蒂di 丁ding 东dong 杜du 多duo 厄e 恩en 尔er 法fa 范fan 菲fei 费fei 芬fen 丰feng 冯feng 佛fo 弗fu 福fu 夫fu 富fu 盖gai 甘gan 冈gang 高gao 戈ge 哥ge 格ge 葛ge 根gen 古gu 圭gui 哈ha 海hai 汉han 豪hao 赫he 黑hei 亨heng 洪hong 胡hu 华hua 怀huai 惠hui 霍huo 基ji 吉ji 加jia 贾jia 杰jie 金jin 久jiu 卡ka 凯kai 坎kan 康kang 考kao 柯ke 科ke 克ke 肯ken 库ku 夸kua 奎kui 昆kun 拉la 莱lai 赖lai 兰lan 朗lang 劳lao 勒lei 雷lei 蕾lei 里li 利li 莉li 丽li 理li 列lie 林lin 琳lin 卢lu 鲁lu 路lu 伦lun 罗luo 洛luo 吕lv 马ma 玛ma 迈mai 麦mai 曼man 芒mang 毛mao 梅mei 门men 蒙meng 孟meng 米mi 密mi 敏min 明ming 摩mo 莫mo 默mo 姆mu 穆mu 内nei 纳na 娜na 南nan 尼ni 妮ni 涅nie 宁ning 纽niu 努nu 诺nuo 欧ou 帕pa 潘pan 庞pang 佩pei 彭peng 皮pi 普pu 奇qi 齐qi 契qi 恰qia 乔qiao 琴qin 丘qiu 萨sa 塞sai 赛sai 桑sang 瑟se 森sen 沙sha 莎sha 尚shang 舍she 申shen 圣sheng 施shi 什shi 史shi 舒shu 斯si 松song 苏su 索suo 塔ta 泰tai 坦tan 汤tang 唐tang 陶tao 特te 滕teng 提ti 图tu 托tuo 瓦wa 万wan 旺wang 威wei 韦wei 维wei 温wen 文wen 沃wo 乌wu 伍wu 武wu 西xi 希xi 锡xi 夏xia 谢xie 辛xin 休xiu 雅ya 亚ya 扬yang 耶ye 叶ye 伊yi 因yin 英ying 尤you 约yue 泽ze 扎zha 詹zhan 兹zi 祖zu 佐zuo 茨ci 奈nai 延yan"

// translitFirst and translitEnd bound the block of CJK ideographs that
// holds every transliteration character.
const translitFirst, translitEnd = 0x4E00, 0xA000

// translit is each transliteration character's skeleton part
// (pinyinSound): sounds[at[c-translitFirst]-1] for a character c of the
// block whose at is not 0 (an index by character: a look-up for every
// character of a text).
type translit struct {
	at     []uint8
	sounds []string
}

// translitTable is the translit of translitReadings, built once and never
// changed.
var translitTable = sync.OnceValue(func() *translit {
	t := &translit{at: make([]uint8, translitEnd-translitFirst)}
	for _, f := range strings.Fields(translitReadings) {
		c, size := utf8.DecodeRuneInString(f)
		t.sounds = append(t.sounds, pinyinSound(f[size:]))
		t.at[c-translitFirst] = uint8(len(t.sounds))
	}
	return t
})

// sound is character c's skeleton part; ok is false when c is not a
// transliteration character.
func (t *translit) sound(c rune) (s string, ok bool) {
	if c < translitFirst || c >= translitEnd || t.at[c-translitFirst] == 0 {
		return "", false
	}
	return t.sounds[t.at[c-translitFirst]-1], true
}

// pinyinSound is the skeleton part of one pinyin syllable: the class of its
// initial consonant (none for y and a vowel), then N for a nasal ending or
// L for er (尔 writes a final l or r).
func pinyinSound(p string) string {
	var b []byte
	switch {
	case p == "er":
		return "L"
	case strings.HasPrefix(p, "zh"), strings.HasPrefix(p, "ch"), strings.HasPrefix(p, "sh"):
		b = append(b, 'S')
	case p != "":
		switch p[0] {
		case 'b', 'p':
			b = append(b, 'P')
		case 'd', 't':
			b = append(b, 'T')
		case 'g', 'k':
			b = append(b, 'K')
		case 'f':
			b = append(b, 'F')
		case 'j', 'q', 'x', 'z', 'c', 's':
			b = append(b, 'S')
		case 'l', 'r':
			b = append(b, 'L')
		case 'm':
			b = append(b, 'M')
		case 'n':
			b = append(b, 'N')
		case 'h':
			b = append(b, 'H')
		case 'w':
			b = append(b, 'W')
		}
	}
	if strings.HasSuffix(p, "n") || strings.HasSuffix(p, "ng") {
		b = append(b, 'N')
	}
	return string(b)
}

// soundKey is the key of a skeleton: its consonant classes with repeats
// collapsed (兰纳 and nn are one n), hashed; ok is false below minSoundKey
// classes.
func soundKey(classes []byte) (key uint32, ok bool) {
	out := classes[:0]
	for _, c := range classes {
		if len(out) == 0 || out[len(out)-1] != c {
			out = append(out, c)
		}
	}
	if len(out) < minSoundKey {
		return 0, false
	}
	return uint32(xxhash.Sum64(out)), true
}

// soundReader reads skeletons (cjk, latin) into buffers it only appends
// to: what it returns for one text is the tail read for it, which the
// next text's reading leaves as it is (no copy per text).
type soundReader struct {
	// keep reports whether a name anchor counts: one the background
	// hardly knows (see above); nil keeps every name
	keep func(fp uint32) bool
	// want is the sorted keys a name's skeleton must be one of (the keys
	// a candidate can share); nil keeps every key
	want         []uint32
	buf, classes []byte
	keys         []uint32
	names        []soundName
	table        *translit
	runChars     int
}

// cjk returns the sorted distinct skeleton keys of the runs of two or
// more transliteration characters in a headline and body (nil when there
// are none).
func (r *soundReader) cjk(title, text string) []uint32 {
	if r.table == nil {
		r.table = translitTable()
	}
	from := len(r.keys)
	for _, s := range [2]string{title, text} {
		r.readCJK(s)
	}
	return distinctTail(&r.keys, from, cmp.Compare[uint32])
}

// distinctTail sorts what *buf holds from from on by order, drops its
// repeats from *buf and returns it, capped at its length so that what is
// appended to *buf later never overwrites it; nil when there is none.
func distinctTail[T comparable](buf *[]T, from int, order func(a, b T) int) []T {
	tail := (*buf)[from:]
	if len(tail) == 0 {
		return nil
	}
	slices.SortFunc(tail, order)
	tail = slices.Compact(tail)
	*buf = (*buf)[:from+len(tail)]
	return tail[:len(tail):len(tail)]
}

// readCJK appends the keys of text's runs to r.keys.
func (r *soundReader) readCJK(text string) {
	for _, c := range text {
		if s, ok := r.table.sound(c); ok {
			r.buf = append(r.buf, s...)
			r.runChars++
			continue
		}
		if r.runChars > 0 {
			r.endRun()
		}
	}
	r.endRun()
}

// endRun appends the key of the run read into r.buf, if it is one.
func (r *soundReader) endRun() {
	if r.runChars >= 2 {
		if k, ok := soundKey(r.buf); ok {
			r.keys = append(r.keys, k)
		}
	}
	r.buf, r.runChars = r.buf[:0], 0
}

// latinSound appends the skeleton classes of a lower-case ASCII word: the
// consonants by sound (ph and v as f, th and a soft c or g as s, ck and
// hard c as k, x as ks), an h only at the start, an r only before a
// vowel, a w only before one, ng as n.
func latinSound(dst []byte, w []byte) []byte {
	vowel := func(i int) bool { return i < len(w) && strings.IndexByte("aeiouy", w[i]) >= 0 }
	soft := func(i int) bool { return i < len(w) && strings.IndexByte("eiy", w[i]) >= 0 }
	for i := 0; i < len(w); i++ {
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c := w[i]; c {
		case 'p':
			if next == 'h' {
				dst = append(dst, 'F')
				i++
			} else {
				dst = append(dst, 'P')
			}
		case 'b':
			dst = append(dst, 'P')
		case 't', 'd':
			if next == 'h' {
				dst = append(dst, 'S')
				i++
			} else {
				dst = append(dst, 'T')
			}
		case 'g':
			if soft(i + 1) {
				dst = append(dst, 'S')
			} else {
				dst = append(dst, 'K')
			}
		case 'k', 'q':
			dst = append(dst, 'K')
		case 'c':
			switch {
			case next == 'h':
				dst = append(dst, 'S')
				i++
			case soft(i + 1):
				dst = append(dst, 'S')
			case next == 'k':
				dst = append(dst, 'K')
				i++
			default:
				dst = append(dst, 'K')
			}
		case 'x':
			dst = append(dst, 'K', 'S')
		case 'f', 'v':
			dst = append(dst, 'F')
		case 's', 'z', 'j':
			if c == 's' && next == 'h' {
				i++
			}
			dst = append(dst, 'S')
		case 'l':
			dst = append(dst, 'L')
		case 'r':
			if vowel(i + 1) {
				dst = append(dst, 'L')
			}
		case 'm':
			dst = append(dst, 'M')
		case 'n':
			if next == 'g' {
				i++
			}
			dst = append(dst, 'N')
		case 'h':
			if i == 0 {
				dst = append(dst, 'H')
			}
		case 'w':
			if vowel(i + 1) {
				dst = append(dst, 'W')
			}
		}
	}
	return dst
}

// soundName is a Latin-script name anchor and its skeleton key.
type soundName struct {
	key, fp uint32
}

// latin returns the name anchors of a headline and body (those in
// anchors, a doc's sorted anchor list, that r.keep keeps, whose key r.want
// holds) with their skeleton keys, sorted by anchor (nil when there are
// none): each capitalised ASCII word, not all capitals, hashed as the
// anchors hash a name.
func (r *soundReader) latin(title, text string, anchors []uint32) []soundName {
	from := len(r.names)
	r.readLatin(title, anchors)
	r.readLatin(text, anchors)
	return distinctTail(&r.names, from, func(a, b soundName) int {
		return cmp.Or(cmp.Compare(a.fp, b.fp), cmp.Compare(a.key, b.key))
	})
}

// readLatin appends the names of text to r.names.
func (r *soundReader) readLatin(text string, anchors []uint32) {
	for i := 0; i < len(text); {
		// to the next capital, eight bytes at a time
		if i+8 <= len(text) {
			if k := capitalAt(text, i); k > 0 {
				i += k
				continue
			}
		} else if c := text[i]; c < 'A' || c > 'Z' {
			i++
			continue
		}
		j, caps := i, 0
		r.buf = r.buf[:0]
		for ; j < len(text); j++ {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				caps++
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				break
			}
			r.buf = append(r.buf, c)
		}
		start := i
		i = j
		if start > 0 && isASCIIWordByte(text[start-1]) || caps == len(r.buf) {
			continue
		}
		// the cheaper tests first: hashing a word and looking it up costs
		// less than reading its sound
		fp := anchorFPHash(anchorName, xxhash.Sum64(r.buf))
		if _, found := slices.BinarySearch(anchors, fp); !found || r.keep != nil && !r.keep(fp) {
			continue
		}
		r.classes = latinSound(r.classes[:0], r.buf)
		k, ok := soundKey(r.classes)
		if _, found := slices.BinarySearch(r.want, k); ok && (found || r.want == nil) {
			r.names = append(r.names, soundName{key: k, fp: fp})
		}
	}
}

// capitalAt is the place of the first ASCII capital among the eight
// bytes of s from i on, 8 when there is none: of the bytes b < 0x80 with
// 'A' <= b <= 'Z', each byte's top bit set by 218-b ≥ 128 (b ≤ 'Z') and
// b+63 ≥ 128 (b ≥ 'A') with no carry into the next byte (Bit Twiddling
// Hacks' hasbetween), so each byte's bit is its own.
func capitalAt(s string, i int) int {
	s = s[i : i+8]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, low7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	t := x & low7
	return bits.TrailingZeros64((ones*(127+'Z'+1)-t)&^x&(t+ones*(127-('A'-1)))&(ones*0x80)) / 8
}

// soundDoc is one doc's skeletons: a CJK doc's keys or a Latin-script
// doc's names.
type soundDoc[T any] struct {
	d uint32
	s []T
}

// soundTable holds a batch's skeletons, sorted by doc: the keys of each
// CJK doc that writes any, and the names of each Latin-script doc whose
// key a CJK doc of minSoundNames keys or more writes — the only keys a
// candidate pair can share (a CJK doc of fewer shares fewer with any
// doc), so no other name can make or change a candidate.
type soundTable struct {
	cjk   []soundDoc[uint32]
	latin []soundDoc[soundName]
}

// soundsOf is doc d's skeletons in docs, nil when it has none.
func soundsOf[T any](docs []soundDoc[T], d uint32) []T {
	i, found := slices.BinarySearchFunc(docs, d, func(x soundDoc[T], d uint32) int { return cmp.Compare(x.d, d) })
	if !found {
		return nil
	}
	return docs[i].s
}

// readSounds reads the skeletons of the batch's docs on workers
// goroutines: the CJK docs' first, then the Latin-script docs' names of
// the keys a candidate can share. It is nil when the batch has no CJK doc
// or no other, or no CJK doc writes minSoundNames keys.
func (ix *Index) readSounds(workers int) *soundTable {
	docs := ix.cjk[:ix.n]
	if !ix.readsArticles() || !slices.Contains(docs, true) || !slices.Contains(docs, false) {
		return nil
	}
	t := &soundTable{cjk: readSoundDocs(ix, workers, true, soundReader{}, func(r *soundReader, d uint32) []uint32 {
		return r.cjk(ix.topics.arts[d].Title, ix.topics.arts[d].Text)
	})}
	var want []uint32
	for _, c := range t.cjk {
		if len(c.s) >= minSoundNames {
			want = append(want, c.s...)
		}
	}
	if len(want) == 0 {
		return nil
	}
	slices.Sort(want)
	rd := ix.rareDF()
	r := soundReader{want: slices.Compact(want), keep: func(fp uint32) bool { return ix.rareAloneCount(ix.aloneCount(fp), rd) }}
	t.latin = readSoundDocs(ix, workers, false, r, func(r *soundReader, d uint32) []soundName {
		return r.latin(ix.topics.arts[d].Title, ix.topics.arts[d].Text, ix.anchorList(d))
	})
	return t
}

// readSoundDocs reads the skeletons of the batch's docs of one script
// (CJK or not) that hold an article, with read, on workers goroutines each
// with a reader like r; it returns the docs read some, sorted by doc.
func readSoundDocs[T any](ix *Index, workers int, cjk bool, r soundReader, read func(r *soundReader, d uint32) []T) []soundDoc[T] {
	workers = max(workers, 1)
	parts := make([][]soundDoc[T], workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			r := r
			for d := w; d < ix.n; d += workers {
				if ix.cjk[d] != cjk || ix.topics.arts[d] == nil {
					continue
				}
				if s := read(&r, uint32(d)); len(s) > 0 {
					parts[w] = append(parts[w], soundDoc[T]{d: uint32(d), s: s})
				}
			}
		})
	}
	wg.Wait()
	all := slices.Concat(parts...)
	slices.SortFunc(all, func(a, b soundDoc[T]) int { return cmp.Compare(a.d, b.d) })
	return all
}

// soundNameEdges judges again the pairs of a CJK and a Latin-script doc
// that share a name's skeleton (see above) and adds the joined ones to
// the batch's anchor edges. Batch only.
func (ix *Index) soundNameEdges(workers int) {
	t := ix.readSounds(workers)
	if t == nil {
		return
	}
	// key<<33 | doc<<1 | 1 for a CJK holder, 0 for a Latin one
	size := 0
	for _, c := range t.cjk {
		size += len(c.s)
	}
	for _, l := range t.latin {
		size += len(l.s)
	}
	held := make([]uint64, 0, size)
	for _, c := range t.cjk {
		for _, k := range c.s {
			held = append(held, uint64(k)<<33|uint64(c.d)<<1|1)
		}
	}
	for _, l := range t.latin {
		from := len(held)
		for _, s := range l.s {
			held = append(held, uint64(s.key)<<33|uint64(l.d)<<1)
		}
		// a skeleton once a doc (two names may read alike)
		distinctTail(&held, from, cmp.Compare[uint64])
	}
	slices.Sort(held)
	var pairs []uint64 // cjk<<32 | latin
	var cjk, latin []uint32
	for i := 0; i < len(held); {
		j := i + 1
		for j < len(held) && held[j]>>33 == held[i]>>33 {
			j++
		}
		cjk, latin = cjk[:0], latin[:0]
		for _, h := range held[i:j] {
			if d := uint32(h>>1) & (1<<32 - 1); h&1 == 1 {
				cjk = append(cjk, d)
			} else {
				latin = append(latin, d)
			}
		}
		// as an anchor's chain: a skeleton in more than walkDF docs gives
		// no candidate, and each doc pairs with at most walkCap of the
		// others (the nearest); the names are ones the background hardly
		// knows, so a batch holding one often holds one event's reports
		// (not common, as an anchor in many of a batch is)
		if j-i <= walkDF {
			for _, c := range cjk {
				k, _ := slices.BinarySearch(latin, c)
				for _, l := range latin[max(0, k-walkCap/2):min(len(latin), k+walkCap/2)] {
					pairs = append(pairs, uint64(c)<<32|uint64(l))
				}
			}
		}
		i = j
	}
	// a pair is listed once for each skeleton it shares: one that shares
	// fewer than minSoundNames is never joined by the rule
	slices.Sort(pairs)
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		c, l := uint32(pairs[i]>>32), uint32(pairs[i])
		if j-i >= minSoundNames {
			if cos, ok := ix.soundEdge(c, l, t); ok {
				ix.anchorEdges = append(ix.anchorEdges, anchorEdge{a: min(c, l), b: max(c, l), cos: cos})
			}
		}
		i = j
	}
}

// soundEdge reports whether CJK doc c and Latin-script doc l are one
// event: verified as they are, or by crossScriptEdge and the anchor
// rules' low floor with the names of l whose skeleton c writes counted as
// anchors c holds, their leads naming no different days. It returns the
// pair's anchor cosine.
func (ix *Index) soundEdge(c, l uint32, t *soundTable) (float64, bool) {
	ok, ps := ix.verify(c, l)
	if ok {
		return ps.cosine, ps.byAnchors && !ps.parallel && !ps.byQuote
	}
	if !ps.byAnchors || ps.sameOutlet || ps.sameSlug || ps.gap > MaxGapHours || !ix.keepFull ||
		int(max(c, l)) >= len(ix.leads) || ix.leadsOtherDay(c, l) {
		return 0, false
	}
	A := ix.anchorList(c)
	var written []uint32
	keys := 0
	cjk, names := soundsOf(t.cjk, c), soundsOf(t.latin, l)
	for i, s := range names {
		if _, found := slices.BinarySearch(cjk, s.key); !found {
			continue
		}
		written = append(written, s.fp)
		if !slices.ContainsFunc(names[:i], func(o soundName) bool { return o.key == s.key && slices.Contains(written, o.fp) }) {
			keys++
		}
	}
	if keys < minSoundNames {
		return 0, false
	}
	A = sortedAnchors(append(slices.Clone(A), written...))
	sc := pairScore{rareW: ps.rareW, commonW: ps.commonW}
	// a name written in characters is that anchor, held by one more
	// article than the collection counts
	sc.anchorScore(A, ix.anchorList(l), func(fp uint32) float64 {
		if slices.Contains(written, fp) {
			df, n := ix.df(fp)
			return ix.weightOf(df+1, n)
		}
		return ix.weight(fp)
	})
	return sc.cosine, sc.crossScriptEdge() && sc.cosine >= EdgeAnchorCosineLow*anchorScale(ps.gap)
}
