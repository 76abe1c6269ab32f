package org.copact.forms;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the files of a form's filepickers are kept: implemented by the documents module, so that
 * the form engine checks and names files without knowing how they are stored.
 */
public interface FormDocuments {

    /**
     * Keeps a posted file as a document of the holder's round, held by them.
     *
     * @throws Refused when the file is not kept, with the reason to show on its field
     */
    Kept keep(Holder holder, String fileName, byte[] content) throws Refused;

    /** The document, if it is one of the holder's round that the holder may name in a form. */
    Optional<Kept> usable(Holder holder, UUID documentId);

    /**
     * Who fills in the form, as far as its files go: their round and participation (none for
     * staff), who they are for the record, and whether they may name only the documents they brought.
     */
    record Holder(UUID roundId, UUID participationId, String actor, boolean ownDocumentsOnly) {
    }

    /** A kept document as a filepicker's value names it. */
    record Kept(UUID documentId, String fileName, String sha256) {
    }

    /** A file that is not kept; {@code limitBytes} is the size limit for {@link Reason#TOO_LARGE}. */
    final class Refused extends Exception {

        public enum Reason { EMPTY, TOO_LARGE, PROGRAM }

        private final Reason reason;
        private final long limitBytes;

        public Refused(Reason reason, long limitBytes, String message) {
            super(message);
            this.reason = reason;
            this.limitBytes = limitBytes;
        }

        public Reason reason() {
            return reason;
        }

        public long limitBytes() {
            return limitBytes;
        }
    }
}
