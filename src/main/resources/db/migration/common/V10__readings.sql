-- How each read file was read, part by part, for the receipt (kvitto) the nämnd gets: where nämnd, year and period
-- were read, the sheets and header rows, what was skipped, warnings, and why the reading should be checked. Files
-- read before this migration have none; their receipt shows the stored message instead.
-- The job's own reading of nämnd, year and period; namnd, report_year and period_code hold what counts, which a
-- whole-file correction of the economy office may have changed.
ALTER TABLE submission ADD COLUMN read_namnd VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE submission ADD COLUMN read_namnd_in_register BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE submission ADD COLUMN read_year INT;
ALTER TABLE submission ADD COLUMN read_period_code VARCHAR(10) NOT NULL DEFAULT '';
UPDATE submission SET read_namnd = namnd, read_namnd_in_register = namnd_in_register, read_year = report_year,
    read_period_code = period_code;

ALTER TABLE submission ADD COLUMN namnd_source VARCHAR(2000);
ALTER TABLE submission ADD COLUMN year_source VARCHAR(2000);
ALTER TABLE submission ADD COLUMN period_source VARCHAR(2000);
ALTER TABLE submission ADD COLUMN status_sources VARCHAR(2000);
ALTER TABLE submission ADD COLUMN is_document BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE reading_sheet (
    submission_id BIGINT         NOT NULL REFERENCES submission (id),
    seq           INT            NOT NULL,
    name          VARCHAR(1000)  NOT NULL,
    header_row    INT            NOT NULL,
    columns_read  VARCHAR(20000) NOT NULL,
    rows_read     VARCHAR(20000) NOT NULL,
    PRIMARY KEY (submission_id, seq)
);

-- kind: SKIPPED (a sheet skipped, with why), FILE (encoding, separator), WARNING, CHECK (why to check the reading).
CREATE TABLE reading_note (
    submission_id BIGINT         NOT NULL REFERENCES submission (id),
    seq           INT            NOT NULL,
    kind          VARCHAR(10)    NOT NULL,
    text          VARCHAR(20000) NOT NULL,
    PRIMARY KEY (submission_id, seq)
);
