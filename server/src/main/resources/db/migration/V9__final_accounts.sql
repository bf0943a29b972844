-- A disclosure is a budget (部门预算) or, a year later, the final accounts (部门决算) of the same department-year. Both
-- go through the same workflow and are versioned on their own: a 决算 and the budget of its year each have their
-- version 1, their one open version and their one current publication.
alter table disclosure add column kind varchar(20) not null default 'BUDGET'
    constraint disclosure_kind_check check (kind in ('BUDGET', 'FINAL_ACCOUNTS'));

alter table disclosure drop constraint disclosure_department_code_year_version_key;
alter table disclosure add constraint disclosure_version_of_kind unique (department_code, year, kind, version);

drop index disclosure_one_open;
create unique index disclosure_one_open on disclosure (department_code, year, kind)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');
drop index disclosure_one_current;
create unique index disclosure_one_current on disclosure (department_code, year, kind)
    where status = 'PUBLISHED' and not superseded;
