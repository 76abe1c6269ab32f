package org.copact.documents;

import java.nio.file.Path;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.round.RoundService;
import org.springframework.stereotype.Component;

/** A file from the scan folder, checked and kept by {@link DocumentService} like any other document. */
@Component
class FileDrops {

    static final String SOURCE_FOLDER = "folder";

    private final DocumentService documents;
    private final RoundService rounds;

    FileDrops(DocumentService documents, RoundService rounds) {
        this.documents = documents;
        this.rounds = rounds;
    }

    void take(Exchange exchange) {
        String folder = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class)).getFileName().toString();
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        UUID roundId;
        try {
            roundId = rounds.round(UUID.fromString(folder)).id();
        } catch (IllegalArgumentException | NotFoundException e) {
            throw new RefusedFile("The folder " + folder + " is not the id of a round: put the file in <round id>/");
        }
        byte[] content = exchange.getIn().getBody(byte[].class);
        try {
            documents.add(new DocumentService.NewDocument(roundId, null, null, name, content, SOURCE_FOLDER,
                    SOURCE_FOLDER));
        } catch (InvalidInputException e) {
            throw new RefusedFile("The file " + e.errors().get(0).message());
        }
    }

    /** A file Copact will not keep, with the reason its sender reads in error/. */
    static class RefusedFile extends RuntimeException {
        RefusedFile(String reason) {
            super(reason);
        }
    }
}
