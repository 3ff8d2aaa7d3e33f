package group

import (
	"testing"

	"crosswire"
)

// A fictional event told in English and in Malay: the Malay report shares
// the names and figures of the English one, and none of its words.
const (
	quakeTitleEn = "Strong earthquake hits Tessaly, Borvane Dam damaged"
	quakeTextEn  = "TESSALY: An earthquake of magnitude 6.8 struck Tessaly near the Borvane Dam, killing at least 4 people, officials from the Orlan Agency said. " +
		"The quake was felt in Kestrel Bay and Dunmere, where buildings swayed and power failed. " +
		"Engineers said the dam held, though cracks were found in its spillway, and 1,200 residents were moved to schools."
	quakeTitleMs = "Gempa bumi kuat landa Tessaly, Empangan Borvane rosak"
	quakeTextMs  = "TESSALY: Gempa bumi berukuran 6.8 melanda Tessaly berhampiran Empangan Borvane dan mengorbankan sekurang-kurangnya 4 orang, kata pegawai Orlan Agency. " +
		"Gegaran turut dirasai di Kestrel Bay dan Dunmere, dan bekalan elektrik terputus. " +
		"Seramai 1,200 penduduk telah dipindahkan ke sekolah yang berdekatan, menurut jurutera yang memeriksa empangan itu."
)

// TestLeadsTold: an English report and a Malay one whose leads are each
// told in the other are one event by their leads; not when one lead is
// about something else, when the leads name different days, when the
// figures differ, nor for two English reports (the topic and headline
// rules weigh their words) or two Malay ones.
func TestLeadsTold(t *testing.T) {
	other := "Orlan Agency opens office in Kestrel Bay. " +
		"Orlan Agency akan membuka pejabat baharu di Kestrel Bay pada tahun depan untuk membantu penduduk yang terjejas, kata pengarahnya. " +
		"Pejabat itu akan mempunyai 40 kakitangan dan dibiayai oleh kerajaan Tessaly."
	tests := []struct {
		name        string
		a, b        crosswire.Article
		told, edged bool
	}{
		{"one event in two languages", crosswire.Article{ID: "a", Title: quakeTitleEn, Text: quakeTextEn}, crosswire.Article{ID: "b", Title: quakeTitleMs, Text: quakeTextMs}, true, true},
		{"a lead about something else", crosswire.Article{ID: "a", Title: quakeTitleEn, Text: quakeTextEn}, crosswire.Article{ID: "b", Title: "Pejabat baharu di Kestrel Bay", Text: other}, false, false},
		{"leads name other days", crosswire.Article{ID: "a", Title: quakeTitleEn, Text: replaceFirst(quakeTextEn, "struck Tessaly", "struck Tessaly on Monday")},
			crosswire.Article{ID: "b", Title: quakeTitleMs, Text: replaceFirst(quakeTextMs, "melanda Tessaly", "melanda Tessaly pada Khamis")}, false, false},
		{"other figures", crosswire.Article{ID: "a", Title: quakeTitleEn, Text: quakeTextEn},
			crosswire.Article{ID: "b", Title: quakeTitleMs, Text: replaceFirst(replaceFirst(replaceFirst(quakeTextMs, "6.8", "5.1"), "4 orang", "11 orang"), "1,200", "3,500")}, false, false},
		{"two English reports", crosswire.Article{ID: "a", Title: quakeTitleEn, Text: quakeTextEn},
			crosswire.Article{ID: "b", Title: "Tessaly quake damages Borvane Dam", Text: "The Orlan Agency said a magnitude 6.8 quake near the Borvane Dam in Tessaly killed at least 4 people; 1,200 residents of Kestrel Bay and Dunmere left their homes."}, false, false},
		{"two Malay reports", crosswire.Article{ID: "a", Title: quakeTitleMs, Text: quakeTextMs},
			crosswire.Article{ID: "b", Title: "Empangan Borvane rosak selepas gempa", Text: "Orlan Agency berkata gempa bumi 6.8 berhampiran Empangan Borvane di Tessaly mengorbankan 4 orang, dan 1,200 penduduk Kestrel Bay dan Dunmere telah meninggalkan rumah mereka."}, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, _ := partitionIndex(t, []crosswire.Article{tc.a, tc.b}, nil)
			ps := pairScore{byLeads: ix.leadsTold(0, 1)}
			if ps.byLeads != tc.told {
				t.Errorf("leadsTold = %v, want %v", ps.byLeads, tc.told)
			}
			if got := ix.leadsEdge(0, 1, &ps); got != tc.edged {
				t.Errorf("leadsEdge = %v, want %v", got, tc.edged)
			}
		})
	}
}
