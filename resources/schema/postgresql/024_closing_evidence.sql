-- What shows a closed recommendation is met, when the user gives it: one document (an audit,
-- a visit's letter, the minutes that agreed it), kept as an action's evidence is, at a web
-- address or in a file known by its path and SHA-256. It belongs to the recommendation,
-- saved and conflict-checked with its inspection as its closing date and note are. The
-- recommendation's grants, audit and notify triggers cover the new columns.

ALTER TABLE recommendation ADD COLUMN closed_evidence_title TEXT
    CHECK (closed_evidence_title IS NULL OR length(trim(closed_evidence_title)) > 0);
ALTER TABLE recommendation ADD COLUMN closed_evidence_kind TEXT
    CHECK (closed_evidence_kind IS NULL OR closed_evidence_kind IN
           ('audit', 'case_file_audit', 'minutes', 'survey', 'report', 'data', 'other'));
ALTER TABLE recommendation ADD COLUMN closed_evidence_dated_on TEXT
    CHECK (closed_evidence_dated_on IS NULL OR is_iso_date(closed_evidence_dated_on));
ALTER TABLE recommendation ADD COLUMN closed_evidence_location TEXT
    CHECK (closed_evidence_location IS NULL OR length(trim(closed_evidence_location)) > 0);
ALTER TABLE recommendation ADD COLUMN closed_evidence_sha256 TEXT
    CHECK (closed_evidence_sha256 IS NULL OR closed_evidence_sha256 ~ '^[0-9a-f]{64}$');
