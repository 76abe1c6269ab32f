-- A signed copy is signed on paper: the signatory's own address and user agent are unknown. What is
-- known is who recorded the act on Copact, and from where: the facilitator who confirmed the copy,
-- by the name their account had then, and the address and user agent of that confirmation. Kept in
-- columns of their own, so that nobody reads them as the signatory's.
alter table signature add column recorded_by_name varchar(200);
alter table signature add column recorder_ip_address varchar(45);
alter table signature add column recorder_user_agent varchar(500);
