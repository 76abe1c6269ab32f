/**
 * The audit record of each round: append-only and hash-chained, fed by the modules' events, each
 * append covered by an Ed25519-signed checkpoint (a Merkle root, RFC 9162) kept in the database and,
 * the latest, outside it; the round's timeline joins it with Camunda's history; verification (online
 * or offline, from an evidence export) checks it, the pact versions and the documents at any time.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"common", "identity", "round", "consultation", "pact", "signing", "mail", "stakeholder", "documents"})
package org.copact.audit;

import org.springframework.modulith.ApplicationModule;
