package quotes_test
import ("testing";"fmt";"github.com/rasid/rasid/quotes")
func TestZZDbg(t *testing.T){
	quotes.SetSpeakerModel(nil); defer quotes.ResetSpeakerModel()
	for _, text := range []string{
		"من جهته وصف سالم الغامدي شاطئ \" نصف القمر \" بأنه المكان المفضل لعائلته.",
		"من جهته وصف سالم الغامدي الشاطئ بأنه المكان المفضل لعائلته.",
		"ووصف المواطن سالم الغامدي شاطئ نصف القمر بأنه المكان المفضل لعائلته.",
		"وانتقد المواطن علي الشهري اقتصار المهرجان على العائلات.",
	}{
		d, qs := findFull(t, text)
		for _, e := range d.Entities { fmt.Println("E", text[e.Start:e.End], e.Type) }
		for _, tk := range d.Tokens { for _, w := range tk.Words { fmt.Print(w.Form, "/", w.UPOS, " ") } }
		fmt.Println()
		for _, q := range qs { fmt.Printf("Q %q -> %q cue %q\n", text[q.Start:q.End], q.Speaker.Name, text[q.Cue.Start:q.Cue.End]) }
	}
}
