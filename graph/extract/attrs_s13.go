package extract

// topicCue tells whether the planned or cancelled cue h stands inside the
// phrase that says what the meeting was about, where it belongs to the
// noun it modifies, not to the meeting: "hat am Dienstag mit X über die
// geplante Libyen-Konferenz telefoniert", "spoke about the planned
// conference", "ont discuté de la conférence prévue", "говорили о
// предстоящей конференции", "حول المؤتمر المرتقب", and, with the topic
// word after its noun, "planlanan konferans hakkında görüştü". The cue
// follows a topic or discuss phrase by at most three words with no
// punctuation between (precedes a topic_after phrase in the same way),
// and the meeting's trigger main is not the noun it modifies.
func (d *doc) topicCue(h, main hit, hs []hit) bool {
	if h.tok0 <= main.tok0 && main.tok0 < h.tok1 {
		return false
	}
	for _, t := range hs {
		switch t.p.kind {
		case pTopic, pDiscuss:
			if t.tok1 > h.tok0 || h.tok0-t.tok1 > 3 || d.punctIn(t.tok1, h.tok0, ",;:.") {
				continue
			}
			// (the cue modifies the trigger noun right after it: "über
			// das geplante Treffen" tells the planned meeting itself)
			if main.tok0 >= t.tok1 && main.tok0 <= h.tok1+1 {
				continue
			}
			return true
		case pTopicAfter:
			if t.tok0 < h.tok1 || t.tok0-h.tok1 > 4 || d.punctIn(h.tok1, t.tok0, ",;:.،") || main.tok0 < t.tok1 {
				continue
			}
			if main.tok0 >= h.tok1 && main.tok0 < t.tok0 {
				continue
			}
			return true
		}
	}
	return false
}
