-- Other names an authority goes by in Ofsted's reports and in the press, and when each was
-- in use: a short form ("East Riding"), a former name, or a name a reorganisation brought.
-- The report reader matches these, as whole words, beside the authority's own name. From
-- Ofsted's published reports and the councils' own usage (Open Government Licence v3.0).
-- Written once for both stores.

CREATE TABLE authority_alias (
    authority_id  BIGINT NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    valid_from    TEXT CHECK (valid_from IS NULL OR valid_from LIKE '____-__-__'),
    valid_until   TEXT CHECK (valid_until IS NULL OR valid_until LIKE '____-__-__'),
    PRIMARY KEY (authority_id, name),
    CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until)
);

INSERT INTO authority_alias (authority_id, name, valid_from, valid_until)
SELECT a.id, v.name, v.valid_from, v.valid_until
FROM (SELECT 'E06000011' AS code, 'East Riding' AS name, NULL AS valid_from, NULL AS valid_until UNION ALL
      SELECT 'E06000010', 'Hull', NULL, NULL UNION ALL
      SELECT 'E06000010', 'Kingston upon Hull', NULL, NULL UNION ALL
      SELECT 'E08000021', 'Newcastle', NULL, NULL UNION ALL
      SELECT 'E06000047', 'County Durham', NULL, NULL UNION ALL
      SELECT 'E06000055', 'Bedford', NULL, NULL UNION ALL
      SELECT 'E06000021', 'Stoke', NULL, NULL UNION ALL
      SELECT 'E06000033', 'Southend', NULL, NULL UNION ALL
      SELECT 'E06000058', 'BCP', '2019-04-01', NULL UNION ALL
      SELECT 'E06000059', 'Dorset Council', '2019-04-01', NULL UNION ALL
      SELECT 'E10000009', 'Dorset County Council', NULL, '2019-04-01') v
JOIN authority a ON a.ons_code = v.code AND a.synthetic = 0;
