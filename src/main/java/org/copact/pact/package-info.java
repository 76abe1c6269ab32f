/**
 * The pact: immutable versions with their SHA-256, and the reviewers' verdicts on each version.
 */
@ApplicationModule(displayName = "Pact", allowedDependencies = {"common"})
package org.copact.pact;

import org.springframework.modulith.ApplicationModule;
