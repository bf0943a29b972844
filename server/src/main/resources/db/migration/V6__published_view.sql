-- What a published version needs on the portal, computed once when it is published (a published version never
-- changes): the headline figures and amounts by class, the nine tables as generated, and the findings. The portal
-- reads these instead of regenerating every table and rerunning every rule of every disclosure.
create table published_view (
    disclosure_id bigint primary key references disclosure (id),
    summary jsonb not null,
    tables jsonb not null,
    findings jsonb not null,
    errors int not null,
    warnings int not null,
    computed_at timestamptz not null default now()
);

create index disclosure_published on disclosure (year, department_code) where status = 'PUBLISHED';
