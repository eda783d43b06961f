-- A file is a follow-up or a nämnd's internkontrollplan for the year. A plan's controls are what the follow-ups are
-- held to, never counted as follow-up controls; a new plan replaces the nämnd's earlier plan for the year.
ALTER TABLE submission ADD COLUMN kind VARCHAR(12) DEFAULT 'FOLLOW_UP' NOT NULL;
