-- A document's bytes are read a slice at a time when verification recomputes their SHA-256
-- (DocumentDigests): kept out of line without compression, a slice is read from its TOAST chunks
-- alone instead of decompressing the whole value for each one. Documents (PDFs, images, office
-- files) are compressed already. Applies to documents stored from now on.
alter table document alter column content set storage external;
