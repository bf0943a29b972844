-- Official 政府收支分类科目 loaded by an administrator from a finance bureau's file. Every version is kept (its codes
-- with it); a version is PENDING until its differences have been seen and it is applied; at most one is IN_FORCE per
-- budget year and region ('' = every region without a list of its own).
create table catalog_version (
    id bigserial primary key,
    year int not null check (year between 2016 and 2030),
    region_code varchar(12) not null default '',
    file_name text not null,
    sha256 char(64) not null,
    state varchar(12) not null check (state in ('PENDING', 'IN_FORCE', 'SUPERSEDED', 'DISCARDED')),
    function_count int not null,
    economic_count int not null,
    file_summary text not null,
    loaded_by varchar(64) not null,
    loaded_at timestamptz not null default now(),
    decided_by varchar(64),
    decided_at timestamptz
);
create unique index one_catalog_in_force on catalog_version (year, region_code) where state = 'IN_FORCE';

create table catalog_version_entry (
    version_id bigint not null references catalog_version (id),
    code varchar(7) not null,
    name text not null,
    glossary text not null default '',
    primary key (version_id, code)
);
