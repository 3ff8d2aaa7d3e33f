package group

import (
	"context"
	"slices"
	"testing"

	"crosswire"
)

func TestCJKNames(t *testing.T) {
	known := knownCJKWords()
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a person's name the dictionary does not know", "市长严柏霖昨天宣布。", []string{"严柏霖"}},
		{"two names, punctuation between", "严柏霖、邝颂铭。", []string{"严柏霖", "邝颂铭"}},
		{"a place, read by its first characters", "洛瑟尔湾。", []string{"洛瑟尔"}},
		{"a one-character word written after the name", "严柏霖说，", []string{"严柏霖"}},
		{"a quoted nickname", "人称“铁算盘”的他", []string{"铁算盘"}},
		{"a foreign name the dictionary knows, written by sound", "记者阿诺德昨天宣布。", []string{"阿诺德"}},
		{"a known word of two sound characters", "马丁昨天宣布。", nil},
		{"a quotation too short", "所谓“好”的", nil},
		{"known words only", "政府宣布新的预算。", nil},
		{"latin text", "The mayor said.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want []uint32
			for _, w := range tc.want {
				want = append(want, wordHash(w))
			}
			slices.Sort(want)
			if got := cjkNames(tc.text, known); !slices.Equal(got, want) {
				t.Errorf("cjkNames(%q) = %v, want %v (%v)", tc.text, got, want, tc.want)
			}
		})
	}
}

// TestCJKNamesJoin groups fictional Chinese reports: two of one event that
// name its people and place in characters the dictionary does not know,
// and a report of another event of the same kind.
func TestCJKNamesJoin(t *testing.T) {
	// a, b: one port opening; c: a port strike elsewhere; d, e: one flood
	// told twice in other words, one day named in both leads; f: the
	// place's flood of another day
	reports := map[string][2]string{ // ID: headline, body
		"a": {"洛瑟尔湾新码头启用 严柏霖称货运量将倍增",
			"洛瑟尔湾的新码头星期二（3月4日）正式启用。港务局局长严柏霖在启用仪式上表示：“新码头每年可处理的货运量将是旧码头的两倍，并为当地创造数百个就业机会。”工程由邝颂铭领导的承包团队负责，历时三年完成。严柏霖说，港务局下一步将改善通往码头的道路。"},
		"b": {"严柏霖主持洛瑟尔湾码头启用仪式",
			"港务局局长严柏霖星期二（3月4日）为洛瑟尔湾新码头主持启用仪式。他说：“新码头每年可处理的货运量将是旧码头的两倍，并为当地创造数百个就业机会。”负责工程的邝颂铭指出，码头建设花了三年时间。居民对新码头普遍表示欢迎，但也担心交通问题。"},
		"c": {"甘镇潼港口罢工进入第三天",
			"甘镇潼港口的码头工人星期五（6月13日）的罢工进入第三天，货运几乎全面停顿。工会代表翟咏琪表示，工人要求提高工资和改善工作条件。港口管理层说，双方将于下周恢复谈判。"},
		"d": {"洛瑟尔湾暴雨成灾",
			"洛瑟尔湾星期一（6月2日）遭遇“百年一遇”的暴雨，市区多处积水，数百户居民被迫撤离。防灾署署长蔺雪珩说，救援人员整夜在低洼地区搜救。"},
		"e": {"蔺雪珩：全力协助受灾居民",
			"周一（6月2日）的大雨被气象部门形容为“百年一遇”。蔺雪珩在记者会上表示，洛瑟尔湾的临时避难所已开放，政府会拨款帮助商家修复店面。"},
		"f": {"洛瑟尔湾再遇暴雨",
			"洛瑟尔湾星期一（6月9日）再次遭遇暴雨，一周内第二次出现严重积水。蔺雪珩说，排水工程将提前动工。"},
		// g, h: one arrest, its people named by transliterations the
		// dictionary knows (no unknown stretch, no anchor in common)
		"g": {"“红狐狸”斯坦利在边境被捕",
			"绰号“红狐狸”的走私集团首领斯坦利星期三在北部边境被捕，他当时正准备搭乘渡轮离境。警方说，斯坦利与同伙阿诺德潜逃了两个月，当局曾悬赏通缉他们。"},
		"h": {"走私集团首领斯坦利落网",
			"警方表示，外号“红狐狸”的斯坦利在边境口岸准备登上渡轮时被逮捕。他的同伙阿诺德仍然在逃。斯坦利被控走私和行贿，他在上个月保释期间潜逃。"},
	}
	for _, tc := range []struct {
		name string
		ids  [2]string
		one  bool
	}{
		{"two reports of one event", [2]string{"a", "b"}, true},
		{"one event told in other words, one day", [2]string{"d", "e"}, true},
		{"the place's news of another day", [2]string{"d", "f"}, false},
		{"reports of two events of one kind", [2]string{"a", "c"}, false},
		{"the other report with the other event", [2]string{"b", "c"}, false},
		{"one event, its people named by known transliterations", [2]string{"g", "h"}, true},
		{"the arrest and the port strike", [2]string{"g", "c"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var arts []crosswire.Article
			for _, id := range tc.ids {
				arts = append(arts, crosswire.Article{ID: id, Title: reports[id][0], Text: reports[id][1]})
			}
			cl, err := New(Options{}).Partition(context.Background(), arts)
			if err != nil {
				t.Fatal(err)
			}
			if one := cl.StoryOf[0] == cl.StoryOf[1]; one != tc.one {
				t.Errorf("one story: %v, want %v", one, tc.one)
			}
		})
	}
}
