-- issue 11 item 5: an accession may end without a signature (its sheet refused, the invitation
-- cancelled, or lapsed at its due date), and each edition of the signed pact keeps whom it named
alter table accession add column due_at timestamptz;
alter table accession add column ended_reason text;
alter table accession add column ended_by varchar(200);
alter table accession add column ended_at timestamptz;
-- one open or signed accession per organisation and pact: an ended one may be followed by a new invitation
drop index accession_once;
create unique index accession_once on accession (pact_version_id, participation_id)
    where status not in ('REFUSED', 'CANCELLED', 'LAPSED');

-- the organisations an edition names as signatories (the withdrawn left out), as it was sealed
alter table sealed_pact add column signatories jsonb;
