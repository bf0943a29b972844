-- Users the administrator manages (issue 26 point 7): a disabled user cannot sign in; a password the administrator
-- hands out (a new user's, a reset one) is temporary and must be changed at the next sign-in.
alter table app_user
    add column disabled boolean not null default false,
    add column must_change_password boolean not null default false,
    add column password_changed_at timestamptz;
