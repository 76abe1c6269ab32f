/**
 * Signatures: each signatory signs or declines, with a reason, the version named by its SHA-256;
 * the signing rule says when the pact is in force.
 */
@ApplicationModule(displayName = "Signing", allowedDependencies = {"common", "pact"})
package org.copact.signing;

import org.springframework.modulith.ApplicationModule;
