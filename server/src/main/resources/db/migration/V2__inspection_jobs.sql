-- Batch inspections: who started which upload, how far it got, and the finished report (JSON), so reports outlive a restart.
create table inspection_job (
    id bigserial primary key,
    owner varchar(64) not null references app_user (username),
    file_name text not null,
    state varchar(16) not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total int not null default 0,
    done int not null default 0,
    error text,
    report jsonb,
    submitted_at timestamptz not null default now(),
    finished_at timestamptz
);

create index inspection_job_owner on inspection_job (owner, id desc);
