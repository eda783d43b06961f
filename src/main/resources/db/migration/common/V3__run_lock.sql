-- One row, locked FOR UPDATE by the run in progress: the lock dies with the run's database session, so a run that
-- was killed never leaves a stale lock behind.
CREATE TABLE run_lock (
    id INT PRIMARY KEY
);
INSERT INTO run_lock (id) VALUES (1);
