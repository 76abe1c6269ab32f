/**
 * The documents of a round: kept once per content (SHA-256), their type detected from their bytes
 * by Apache Tika, programs refused, under safe names; the documents API, a stakeholder's documents
 * page, the scan folder (a Camel file route), and the files of forms' filepickers.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {"common", "forms", "identity", "round", "tasks"})
package org.copact.documents;

import org.springframework.modulith.ApplicationModule;
