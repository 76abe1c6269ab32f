-- A draft belongs to the person who typed it, named as the record names who acts (Caller.actor()):
-- a staff member by their username, a stakeholder as 'stakeholder:' and their participation's id.
-- Drafts of staff were kept as 'staff:' and the username; they are renamed so they are still found.
-- A username never holds a colon, so no renamed draft meets another person's.
update task_draft set owner = substring(owner from length('staff:') + 1) where owner like 'staff:%';
