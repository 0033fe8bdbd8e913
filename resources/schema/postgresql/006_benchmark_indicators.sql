-- The PostgreSQL form of ../006_benchmark_indicators.sql.
--
-- The measures LAIT and the DfE children's social care outcomes and enablers dashboard show,
-- so published files fill them without a mapping step; polarity as LAIT gives it. Care
-- leaver figures are for those aged 19 to 21 unless the key says otherwise. 'k' (rounds
-- to zero) is stored as 'low', its older name.

INSERT INTO indicator (key, name, unit, polarity, definition, source, measured) VALUES
 ('cla_started_count', 'Children starting to be looked after', 'count', 'neither',
  'Children who started to be looked after during the year to 31 March.', 'DfE Children looked after statistics', 'in'),
 ('cla_started_rate', 'Children starting to be looked after, rate per 10,000', 'rate_per_10000', 'neither',
  'Children who started to be looked after during the year, per 10,000 children under 18.', 'DfE Children looked after statistics', 'in'),
 ('cla_ceased_count', 'Children ceasing to be looked after', 'count', 'neither',
  'Children who ceased to be looked after during the year to 31 March.', 'DfE Children looked after statistics', 'in'),
 ('care_leavers_in_touch_17_18_pct', 'Care leavers aged 17 to 18 the authority is in touch with', 'percent', 'higher_better',
  'Care leavers aged 17 to 18 with whom the authority is in touch.', 'DfE Children looked after statistics', 'at'),
 ('care_leavers_eet_17_18_pct', 'Care leavers aged 17 to 18 in education, employment or training', 'percent', 'higher_better',
  'Care leavers aged 17 to 18 in education, employment or training.', 'DfE Children looked after statistics', 'at'),
 ('cla_three_placements_pct', 'Children looked after with 3 or more placements in the year', 'percent', 'lower_better',
  'Children looked after at 31 March who had three or more placements during the year.', 'DfE Children looked after statistics', 'at'),
 ('cla_long_term_stability_pct', 'Long-term placement stability', 'percent', 'higher_better',
  'Children under 16 looked after for at least 2.5 years who had lived in the same placement for at least 2 years.', 'DfE Children looked after statistics', 'at'),
 ('cla_missing_pct', 'Children looked after who went missing', 'percent', 'lower_better',
  'Children looked after during the year who had a missing incident.', 'DfE Children looked after statistics', 'in'),
 ('referrals_repeat_pct', 'Re-referrals within 12 months', 'percent', 'lower_better',
  'Referrals in the year within 12 months of a previous referral.', 'DfE Children in need statistics', 'in'),
 ('assessments_45_days_pct', 'Assessments completed within 45 working days', 'percent', 'higher_better',
  'Assessments completed in the year within 45 working days of referral.', 'DfE Children in need statistics', 'in'),
 ('sw_vacancy_pct', 'Social worker vacancy rate', 'percent', 'lower_better',
  'Vacancies for children''s social workers (FTE) as a share of vacancies and filled posts.', 'DfE Children''s social work workforce', 'at')
ON CONFLICT DO NOTHING;

UPDATE indicator SET name = 'Care leavers aged 19 to 21 in education, employment or training',
    definition = 'Care leavers aged 19 to 21 in education, employment or training.'
WHERE key = 'care_leavers_eet_pct';
UPDATE indicator SET name = 'Care leavers aged 19 to 21 the authority is in touch with',
    definition = 'Care leavers aged 19 to 21 with whom the authority is in touch.'
WHERE key = 'care_leavers_in_touch_pct';
UPDATE indicator SET name = 'Care leavers aged 19 to 21 in suitable accommodation',
    definition = 'Care leavers aged 19 to 21 living in accommodation judged suitable.'
WHERE key = 'care_leavers_accommodation_pct';
UPDATE indicator SET definition = 'Child protection plans starting in the year that were a second or subsequent plan.'
WHERE key = 'cpp_repeat_pct';
