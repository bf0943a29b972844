-- At most one open version (draft, submitted, returned or approved) and one current published version per
-- department-year, held by the database itself so that no interleaving of requests can create a second one.
-- Versions that an older server let pile up are settled first: the newest open version stays open and the older
-- ones are withdrawn (kept, readable, no longer workable); the newest publication stays current.
alter table disclosure drop constraint disclosure_status_check;
alter table disclosure add constraint disclosure_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'));

update disclosure d set status = 'WITHDRAWN'
where status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')
  and exists (select 1 from disclosure n where n.department_code = d.department_code and n.year = d.year
              and n.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED') and n.version > d.version);

update disclosure d set superseded = true
where status = 'PUBLISHED' and not superseded
  and exists (select 1 from disclosure n where n.department_code = d.department_code and n.year = d.year
              and n.status = 'PUBLISHED' and n.version > d.version);

create unique index disclosure_one_open on disclosure (department_code, year)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');
create unique index disclosure_one_current on disclosure (department_code, year)
    where status = 'PUBLISHED' and not superseded;
