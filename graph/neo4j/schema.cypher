// Parley's schema. Applied at every start; every statement is idempotent.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path);
CREATE INDEX article_sha256 IF NOT EXISTS FOR (n:Article) ON (n.sha256);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
// /statements lists the newest first off this index instead of sorting all.
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
// "At least N independent sources" is selective: most meetings have one.
CREATE INDEX meeting_origins IF NOT EXISTS FOR (n:Meeting) ON (n.origins);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases, n.search]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// The loader finds articles of the same story through the day of the
// events they report (REPORTS.anchor, "--MM-DD"), and re-links affiliations.
CREATE INDEX reports_anchor IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.anchor);
CREATE INDEX actor_affiliation IF NOT EXISTS FOR (n:Actor) ON (n.affiliation);
CREATE INDEX article_lang IF NOT EXISTS FOR (n:Article) ON (n.lang);
// The loader finds the meetings two actors attended in one month and mode
// class through ATTENDED.key (graph.AttendKey); edges written before the
// key existed get it here.
CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key);
// (Migrations run in batches: one transaction over a large graph would
// exceed the transaction memory limit.)
MATCH (a:Actor)-[r:ATTENDED]->(m:Meeting) WHERE r.key IS NULL
  CALL (a, r, m) { SET r.key = a.id + '|' + toString(coalesce(m.month, 0)) + '|' + CASE WHEN m.mode IN ['call', 'video'] THEN 'remote' ELSE 'meet' END }
  IN TRANSACTIONS OF 10000 ROWS;
// An actor's newest meetings, in order, through ATTENDED.at (graph.AttendAt);
// edges written before it existed get it here.
CREATE INDEX attended_at IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.at);
MATCH (a:Actor)-[r:ATTENDED]->(m:Meeting) WHERE r.at IS NULL
  CALL (a, r, m) { SET r.at = a.id + '|' + coalesce(m.date, '') } IN TRANSACTIONS OF 10000 ROWS;
// A speaker's newest statements, in order, through SAID.at (graph.SaidAt);
// edges written before it existed get it here.
CREATE INDEX said_at IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.at);
MATCH (a:Actor)-[r:SAID]->(s:Statement) WHERE r.at IS NULL
  CALL (a, r, s) { SET r.at = a.id + '|' + coalesce(s.date, '') + ' ' + s.id } IN TRANSACTIONS OF 10000 ROWS;
// The network's input: the meetings of a date with a number of origins (of
// one participant, or of all), in columns (days.go). The loader keeps them (updateDays); a graph written
// before they existed gets them after this file runs (fillDays).
CREATE CONSTRAINT meeting_day_key IF NOT EXISTS FOR (n:MeetingDay) REQUIRE n.key IS UNIQUE;
// One marker of a fill of the days under way or cut short (fillDays).
CREATE CONSTRAINT meeting_day_fill_id IF NOT EXISTS FOR (n:MeetingDayFill) REQUIRE n.id IS UNIQUE;
DROP INDEX meeting_day_date IF EXISTS;
CREATE INDEX meeting_day_actor_date IF NOT EXISTS FOR (n:MeetingDay) ON (n.actor, n.date, n.origins);
// Meeting.actors, the participants' ids (graph.MeetingGraph), for meetings
// written before it existed.
MATCH (m:Meeting) WHERE m.actors IS NULL
  CALL (m) {
    WITH m, COLLECT { MATCH (a:Actor)-[:ATTENDED]->(m) RETURN DISTINCT a.id AS id ORDER BY id } AS ids WHERE size(ids) > 0
    SET m.actors = ids
  } IN TRANSACTIONS OF 10000 ROWS;
