-- A region inspection on the web: the roster uploaded with the batch (who must publish), kept with its job like the dates
-- table, and each checked document's findings with the page where each was found (the per-document report on screen).
alter table inspection_job
    add column roster bytea,
    add column roster_name text,
    add column located jsonb;
