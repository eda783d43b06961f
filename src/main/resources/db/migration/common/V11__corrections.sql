-- The economy office's corrections from its workbook (rattelser.xlsx), as last read: a control's status, or that a
-- row is no control, keyed by the file's SHA-256, sheet and row; or a whole file's nämnd, year or period (sheet ''
-- and row 0). The job's own reading stays where it is (control, submission.read_*); a correction stands beside it.
CREATE TABLE correction (
    sha256        CHAR(64)      NOT NULL,
    sheet         VARCHAR(500)  NOT NULL,
    source_row    INT           NOT NULL,
    file_name     VARCHAR(1000) NOT NULL,
    status        VARCHAR(20),
    not_a_control BOOLEAN       NOT NULL DEFAULT FALSE,
    namnd         VARCHAR(500),
    report_year   INT,
    period_code   VARCHAR(10),
    comment       VARCHAR(4000) NOT NULL DEFAULT '',
    signature     VARCHAR(500)  NOT NULL DEFAULT '',
    changed_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (sha256, sheet, source_row)
);

-- The corrections workbook as last applied (its SHA-256): a run with nothing new in the inbox still runs when the
-- economy office has saved an edited one since.
CREATE TABLE correction_file (
    id         INT       PRIMARY KEY,
    sha256     CHAR(64)  NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
