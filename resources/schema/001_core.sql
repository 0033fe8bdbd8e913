-- Authorities, the documents figures come from, and Ofsted inspections with their
-- judgements and recommendations. Dates are ISO 8601 text (YYYY-MM-DD); the CHECKs
-- refuse anything else so a wrong date never reaches the tables.

CREATE TABLE authority (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    ons_code    TEXT    UNIQUE,
    la_number   INTEGER UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('local_authority', 'region', 'country')),
    region_id   INTEGER REFERENCES authority(id) ON DELETE SET NULL,
    synthetic   INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);

CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    publisher    TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('inspection_report', 'inspection_letter', 'board_report',
                                                'press_release', 'statistics', 'synthetic', 'user_entry')),
    issued_on    TEXT CHECK (issued_on IS NULL OR date(issued_on) IS issued_on),
    reference    TEXT
);

-- A place in a document: "paragraph 44", "Recommendations, 3", a file's row.
CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    locator      TEXT NOT NULL,
    excerpt      TEXT
);
CREATE INDEX source_document ON source(document_id);

CREATE TABLE inspection (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    framework       TEXT    NOT NULL CHECK (framework IN ('safeguarding_looked_after', 'sif', 'ilacs_standard',
                                                          'ilacs_short', 'focused_visit', 'monitoring_visit',
                                                          'jtai')),
    start_date      TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
    end_date        TEXT CHECK (end_date IS NULL OR date(end_date) IS end_date),
    date_precision  TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month')),
    published_on    TEXT CHECK (published_on IS NULL OR date(published_on) IS published_on),
    theme           TEXT,
    summary         TEXT,
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    CHECK (start_date IS NOT NULL OR published_on IS NOT NULL),
    CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date)),
    CHECK (published_on IS NULL OR start_date IS NULL OR published_on >= coalesce(end_date, start_date))
);
CREATE INDEX inspection_authority ON inspection(authority_id, start_date);

CREATE TABLE judgement (
    id              INTEGER PRIMARY KEY,
    inspection_id   INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    area            TEXT    NOT NULL CHECK (area IN ('overall', 'help_and_protection',
                                                     'looked_after_and_permanence', 'adoption',
                                                     'care_leavers', 'leadership', 'lscb',
                                                     'children_in_care_and_care_leavers',
                                                     'children_in_care', 'safeguarding_services',
                                                     'looked_after_services')),
    area_title      TEXT    NOT NULL,
    grade           TEXT    NOT NULL CHECK (grade IN ('outstanding', 'good', 'requires_improvement',
                                                      'inadequate')),
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    UNIQUE (inspection_id, area)
);

-- Recommendations of a report, and focused visits' "areas for improvement".
CREATE TABLE recommendation (
    id              INTEGER PRIMARY KEY,
    inspection_id   INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number > 0),
    kind            TEXT    NOT NULL DEFAULT 'recommendation'
                            CHECK (kind IN ('recommendation', 'area_for_improvement')),
    text            TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    UNIQUE (inspection_id, number)
);
