-- Batch inspections as a durable queue in PostgreSQL: the uploaded zip is kept as a large object with its job, so any
-- server's worker can claim a queued job (FOR UPDATE SKIP LOCKED), and a job whose worker stopped beating is queued
-- again. Progress is written as it goes, so any server can show it.
alter table inspection_job
    add column zip oid,
    add column dates bytea,
    add column worker text,
    add column started_at timestamptz,
    add column heartbeat_at timestamptz,
    add column attempts int not null default 0;

create index inspection_job_queued on inspection_job (id) where state = 'QUEUED';
