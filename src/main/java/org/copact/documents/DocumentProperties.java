package org.copact.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Document settings ({@code copact.documents.*}); the default sits beside COPACT_DOCUMENT_MAX_SIZE
 * in {@code application.yml}.
 *
 * @param maxSize a document above it is refused, whichever way it came
 */
@ConfigurationProperties("copact.documents")
public record DocumentProperties(DataSize maxSize) {

    public DocumentProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "copact.documents.max-size (COPACT_DOCUMENT_MAX_SIZE) must be positive, not " + maxSize);
        }
    }
}
