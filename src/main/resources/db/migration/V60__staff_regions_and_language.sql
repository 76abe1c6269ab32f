-- A facilitator may run the rounds of several regions (issue 12, item 4): the one region each
-- account had moves into a join table, and a staff account may keep a language of its own.
create table staff_region (
    staff_user_id uuid        not null references staff_user (id) on delete cascade,
    region_id     varchar(40) not null references region (id),
    primary key (staff_user_id, region_id)
);

insert into staff_region (staff_user_id, region_id)
select id, region_id from staff_user where region_id is not null;

-- dropping the column drops the check that tied it to the role; the application keeps that rule
alter table staff_user drop column region_id;

alter table staff_user add column language varchar(2);
