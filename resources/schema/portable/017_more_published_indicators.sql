-- Indicators the published children in need and workforce files carry that the catalogue
-- did not yet read: referrals per 10,000 children, and social workers' sickness absence.
-- Written once for both stores.

INSERT INTO indicator (key, name, unit, polarity, definition, source, measured) VALUES
 ('referrals_rate', 'Referrals to children''s social care, rate per 10,000', 'rate_per_10000', 'neither',
  'Referrals received in the year per 10,000 children under 18.', 'DfE Children in need statistics', 'in'),
 ('sw_absence_pct', 'Social worker sickness absence', 'percent', 'lower_better',
  'Working days lost to sickness absence as a share of working days available to children''s social workers (FTE).',
  'DfE Children''s social work workforce', 'in');
