-- Regions (行政区划), departments, users, disclosures (department x year x version) and the audit log.
create table region (
    code varchar(12) primary key,
    name text not null
);

create table department (
    code varchar(9) primary key,
    name text not null,
    region_code varchar(12) not null references region (code)
);

create table app_user (
    username varchar(64) primary key,
    password_hash text not null,
    role varchar(16) not null check (role in ('DEPARTMENT', 'REVIEWER', 'ADMIN')),
    department_code varchar(9) references department (code),
    region_code varchar(12) references region (code),
    created_at timestamptz not null default now()
);

create table disclosure (
    id bigserial primary key,
    department_code varchar(9) not null references department (code),
    year int not null check (year between 1949 and 2999),
    version int not null,
    status varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    model jsonb not null,
    lock_version int not null default 0,
    warning_explanation text,
    review_comment text,
    correction_reason text,
    superseded boolean not null default false,
    approved_at timestamptz,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (department_code, year, version)
);

create table audit_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor varchar(64) not null,
    disclosure_id bigint references disclosure (id),
    action varchar(32) not null,
    summary text not null
);

create index audit_log_disclosure on audit_log (disclosure_id, at);

-- A published version is immutable: its model and its status never change again (only the superseded flag may).
create function refuse_changing_published() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' and (new.model is distinct from old.model or new.status <> old.status) then
        raise exception '已公开的版本不可修改（披露 %）', old.id;
    end if;
    return new;
end $$;

create trigger published_is_immutable before update on disclosure
    for each row execute function refuse_changing_published();
