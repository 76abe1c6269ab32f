/**
 * Signatures: each signatory signs or declines, with a reason, the version named by its SHA-256;
 * the signing rule says when the pact is in force.
 */
package org.copact.signing;
