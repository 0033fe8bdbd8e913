-- Key indicators: the catalogue, values for authorities and aggregates, local targets and
-- each authority's statistical neighbours. A value is either a number or a suppression code
-- ("c", "x", "z", "low", "u"...), never both and never a 0 standing in for "withheld".

CREATE TABLE indicator (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL CHECK (unit IN ('count', 'rate_per_10000', 'percent', 'days')),
    polarity    TEXT NOT NULL CHECK (polarity IN ('higher_better', 'lower_better', 'neither')),
    definition  TEXT,
    source      TEXT
);

CREATE TABLE indicator_value (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    period_kind     TEXT NOT NULL CHECK (period_kind IN ('at', 'in')),
    period_start    TEXT CHECK (period_start IS NULL OR date(period_start) IS period_start),
    period_end      TEXT NOT NULL CHECK (date(period_end) IS period_end),
    period_label    TEXT NOT NULL,
    value           REAL,
    suppression     TEXT CHECK (suppression IN ('c', 'x', 'z', 'low', 'u', 'blank')),
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    CHECK ((value IS NULL) <> (suppression IS NULL)),
    CHECK ((period_kind = 'at') = (period_start IS NULL)),
    CHECK (period_start IS NULL OR period_start <= period_end),
    UNIQUE (authority_id, indicator_id, period_kind, period_end, period_start)
);
-- The panels ask for one authority's series of one indicator, in time order.
CREATE INDEX indicator_value_series ON indicator_value(authority_id, indicator_id, period_end);

CREATE TABLE target (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    period_end      TEXT NOT NULL CHECK (date(period_end) IS period_end),
    period_label    TEXT NOT NULL,
    value           REAL NOT NULL,
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    UNIQUE (authority_id, indicator_id, period_end)
);

CREATE TABLE statistical_neighbour (
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    neighbour_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    PRIMARY KEY (authority_id, neighbour_id),
    CHECK (authority_id <> neighbour_id)
);

-- The catalogue every database starts with (see the domain notes for the list and units).
INSERT INTO indicator (key, name, unit, polarity, definition, source) VALUES
 ('child_population', 'Children under 18 living in the area', 'count', 'neither',
  'Resident population aged under 18; the denominator of every rate per 10,000.', 'ONS mid-year estimates; inspection reports'),
 ('cin_count', 'Children in need', 'count', 'neither',
  'Children identified through assessment as in need of a specialist children''s service.', 'DfE Children in need statistics; inspection reports'),
 ('cin_rate', 'Children in need, rate per 10,000', 'rate_per_10000', 'neither',
  'Children in need per 10,000 children under 18.', 'DfE Children in need statistics'),
 ('cpp_count', 'Children subject to a child protection plan', 'count', 'neither',
  'Children who are the subject of a child protection plan.', 'DfE Children in need statistics; inspection reports'),
 ('cpp_rate', 'Child protection plans, rate per 10,000', 'rate_per_10000', 'neither',
  'Children subject to a child protection plan per 10,000 children under 18.', 'DfE Children in need statistics; inspection reports'),
 ('cpp_repeat_pct', 'Repeat child protection plans', 'percent', 'lower_better',
  'Child protection plans starting in the year that were a second or subsequent plan.', 'DfE Children in need statistics'),
 ('icpc_15_days_pct', 'Initial child protection conferences within 15 days', 'percent', 'higher_better',
  'Initial child protection conferences held within 15 working days of the strategy discussion.', 'DfE Children in need statistics'),
 ('private_fostering_count', 'Children in private fostering arrangements', 'count', 'neither',
  'Children living in a privately arranged fostering placement.', 'Inspection reports'),
 ('cla_count', 'Children looked after', 'count', 'neither',
  'Children looked after by the local authority.', 'DfE Children looked after statistics; inspection reports'),
 ('cla_rate', 'Children looked after, rate per 10,000', 'rate_per_10000', 'neither',
  'Children looked after per 10,000 children under 18.', 'DfE Children looked after statistics; inspection reports'),
 ('cla_outside_authority_pct', 'Children looked after living outside the authority', 'percent', 'lower_better',
  'Children looked after who live outside the local authority area.', 'Inspection reports'),
 ('cla_reviews_in_time_pct', 'Statutory reviews of children looked after in time', 'percent', 'higher_better',
  'Reviews of children looked after held within statutory timescales.', 'Inspection reports; local data'),
 ('cla_review_participation_pct', 'Children participating in their reviews', 'percent', 'higher_better',
  'Children looked after who participated in their reviews.', 'Inspection reports; local data'),
 ('pep_completed_pct', 'Personal education plans completed', 'percent', 'higher_better',
  'Children looked after with a completed personal education plan.', 'Inspection reports; local data'),
 ('cla_school_attendance_pct', 'School attendance of children looked after', 'percent', 'higher_better',
  'Attendance of children looked after at school.', 'Inspection reports; DfE statistics'),
 ('foster_carer_reviews_pct', 'Foster carer reviews in time', 'percent', 'higher_better',
  'Foster carers'' annual reviews completed on time.', 'Inspection reports; local data'),
 ('adoptions_count', 'Adoptions in the year', 'count', 'higher_better',
  'Children looked after who were adopted.', 'DfE Children looked after statistics; inspection reports'),
 ('sgo_count', 'Special guardianship orders in the year', 'count', 'neither',
  'Children who left care or became subject to a special guardianship order.', 'DfE Children looked after statistics; inspection reports'),
 ('adoption_a1_days', 'Days from entering care to moving in with an adoptive family (A1)', 'days', 'lower_better',
  'Average days between a child entering care and moving in with its adoptive family (adoption scorecard A1).', 'DfE Adoption scorecards'),
 ('care_leavers_eet_pct', 'Care leavers in education, employment or training', 'percent', 'higher_better',
  'Care leavers aged 18 to 21 in education, employment or training.', 'DfE Children looked after statistics; inspection reports'),
 ('care_leavers_in_touch_pct', 'Care leavers the authority is in touch with', 'percent', 'higher_better',
  'Care leavers aged 18 to 21 with whom the authority is in touch.', 'DfE Children looked after statistics'),
 ('care_leavers_accommodation_pct', 'Care leavers in suitable accommodation', 'percent', 'higher_better',
  'Care leavers living in accommodation judged suitable.', 'DfE Children looked after statistics; inspection reports'),
 ('sw_caseload', 'Average social worker caseload', 'count', 'lower_better',
  'Average number of cases held by a children''s social worker (FTE).', 'DfE Children''s social work workforce'),
 ('sw_agency_pct', 'Agency social workers', 'percent', 'lower_better',
  'Agency social workers as a share of all children''s social workers (FTE).', 'DfE Children''s social work workforce'),
 ('sw_turnover_pct', 'Social worker turnover', 'percent', 'lower_better',
  'Children''s social workers (FTE) leaving in the year as a share of those in post.', 'DfE Children''s social work workforce');
