package extract

import "testing"

// TestUrduJoinedPrimeMinisterTitle: Urdu writes the prime minister's
// title joined ("وزیراعظم") as often as in two words; either, used bare,
// stands for the prime minister the article named, not for the last
// person named before it.
func TestUrduJoinedPrimeMinisterTitle(t *testing.T) {
	x := shipped(t)
	for _, pm := range []string{"وزیراعظم", "وزیر اعظم"} {
		text := "لیبیا کے وزیر اعظم عبدالحمید دبیبہ نے پیر کو طرابلس میں ایک اجلاس کی صدارت کی۔ منگل کو ترک صدر رجب طیب ایردوان نے یونانی وزیر خارجہ سے فون پر بات کی۔ بدھ کو " + pm + " نے الجزائر کا دورہ کیا جہاں الجزائری صدر عبدالمجید تبون نے ان کا استقبال کیا۔"
		f := factsOf(t, x, "ur", "Title\n\n"+text)
		if !meetingWithAll(allParts(f), []string{"abdul-hamid-dbeibah", "abdelmadjid-tebboune"}) {
			t.Errorf("ur %s: meetings %v, want Dbeibah with Tebboune", pm, allParts(f))
		}
	}
}
