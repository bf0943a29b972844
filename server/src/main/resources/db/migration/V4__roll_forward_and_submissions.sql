-- A rolled-forward draft names the parts that still hold last year's content (comma-separated part names, emptied
-- as each part is checked and saved); every submission keeps the model submitted, so a reviewer sees what changed
-- since the previous submission.
alter table disclosure add column to_review text not null default '';

create table submission (
    id bigserial primary key,
    disclosure_id bigint not null references disclosure (id),
    submitted_at timestamptz not null default now(),
    model jsonb not null
);
create index submission_by_disclosure on submission (disclosure_id, id);
