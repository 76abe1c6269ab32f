-- a staff member's profile language: the pages speak it in every session until they switch; none
-- until they first choose one, when the browser's language is used
alter table staff_user add column language varchar(2);
