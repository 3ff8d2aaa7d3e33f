package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

func TestEnglishShortcut(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"english prose", "The Varn bridge in Ostmark reopened on Tuesday after a nine-month repair, the city council said. About 40,000 vehicles cross it every day, and the work cost 12 million crowns, which was paid from the budget of the city with help from the state.", "en"},
		{"too short to tell", "The bridge reopened.", "next"},
		{"german", "Die Varn-Brücke in Ostmark wurde am Dienstag nach einer neunmonatigen Reparatur wieder eröffnet, teilte der Stadtrat mit. Etwa 40.000 Fahrzeuge überqueren sie jeden Tag, und die Arbeiten kosteten 12 Millionen Kronen aus dem Haushalt der Stadt.", "next"},
		{"malay", "Jambatan Varn di Ostmark dibuka semula pada hari Selasa selepas kerja pembaikan selama sembilan bulan, kata majlis bandar. Kira-kira 40,000 kenderaan melintasinya setiap hari dan kerja itu menelan belanja 12 juta kroner daripada bajet bandar.", "next"},
		{"english words in french", "Le pont de la Varn à Ostmark a rouvert mardi après une réparation de neuf mois, a déclaré le conseil municipal, qui a parlé du the de la ville et du festival of lights organisé avec la région et les habitants du quartier.", "next"},
	}
	d := EnglishShortcut{Next: fixedLanguage("next")}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := d.Detect(tc.text); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLanguageOnSharedData checks detection on real multilingual news when
// ../shared/data is present: the MMDS articles are English, Malay, Chinese
// (and a few Indonesian), and the English shortcut never overrules a
// whatlanggo answer other than English.
func TestLanguageOnSharedData(t *testing.T) {
	f, err := os.Open("../../shared/data/mmds2025-dev.jsonl")
	if err != nil {
		t.Skip("shared data not present")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	counts := map[string]int{}
	full, short := Whatlang{}, EnglishShortcut{Next: Whatlang{}}
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		got := full.Detect(r.Text)
		counts[got]++
		if s := short.Detect(r.Text); s != got {
			t.Errorf("%s: shortcut says %q, whatlanggo %q", r.ID, s, got)
		}
	}
	t.Logf("languages: %v", counts)
	for lang, n := range counts {
		switch lang {
		case "en", "ms", "zh", "id":
		default:
			t.Errorf("%d articles detected as %q", n, lang)
		}
	}
	if counts["en"] < 100 || counts["zh"] < 20 || counts["ms"] < 20 {
		t.Errorf("unexpected language mix: %v", counts)
	}
}

// TestShortTextLanguage checks the language of a short report (a flash, a
// one-line item: under englishProse's 30 words): trigrams of a few words
// are thin evidence, and a confident-looking wrong answer ("es" for an
// English line) made fact extraction skip the whole report, while an
// unknown language ("") is read with the default rules. A short line the
// detector is sure of keeps its language. Fictional lines.
func TestShortTextLanguage(t *testing.T) {
	tests := []struct {
		text string
		want []string // any of these
	}{
		{"Storm closes Kessel port.", []string{"", "en"}},
		{"Fire at Kessel harbour warehouse.", []string{"", "en"}},
		{"Minister resigns over radio contract.", []string{"", "en"}},
		{"Mayor Elsa Dunmore said on Tuesday that <img src=x> 36 boats sank near Marrowby.", []string{"", "en"}},
		{"Police in Ostravel arrested 3 men on Friday.", []string{"en"}},
		{"Der Bürgermeister ist am Dienstag zurückgetreten.", []string{"de"}},
		{"El alcalde dimitió el martes.", []string{"es"}},
		{"Le maire a démissionné mardi.", []string{"fr"}},
	}
	d := EnglishShortcut{}
	for _, tc := range tests {
		if got := d.Detect(tc.text); !slices.Contains(tc.want, got) {
			t.Errorf("Detect(%q) = %q, want one of %q", tc.text, got, tc.want)
		}
	}
}
