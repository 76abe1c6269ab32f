-- The consultation looks, for each participant right after their invitation went out, for a reply
-- that came before the answer task (Replies.firstSince): the latest mail of a kind sent to one
-- participation. Without this index that is a scan of every mail sent, once per participant.
create index sent_mail_participation_idx on sent_mail (participation_id, kind, sent_at);
