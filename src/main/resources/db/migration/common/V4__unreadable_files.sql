-- A file the job may not read (no permission, an I/O error) has no checksum, but is still recorded with its reason.
ALTER TABLE submission ALTER COLUMN sha256 DROP NOT NULL;
