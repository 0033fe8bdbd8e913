-- The PostgreSQL form of ../007_figure_lines.sql. PostgreSQL changes the table in place
-- where SQLite has to rebuild it: each figure keeps the line of the file it came from, and
-- the first UNIQUE constraint and the series index, which repeated indicator_value_once,
-- go.

ALTER TABLE indicator_value
    ADD COLUMN source_line integer CHECK (source_line IS NULL OR source_line > 0);
ALTER TABLE indicator_value DROP CONSTRAINT indicator_value_first_unique;
DROP INDEX indicator_value_series;
