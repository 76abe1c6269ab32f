/**
 * The audit record of each round: append-only and hash-chained, fed by the modules' events; the
 * round's timeline joins it with Camunda's history; the chain can be verified at any time.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"common", "identity", "round", "consultation", "pact", "signing", "mail", "stakeholder", "documents"})
package org.copact.audit;

import org.springframework.modulith.ApplicationModule;
