/**
 * The audit record of each round: append-only and hash-chained, fed by the modules' events; the
 * round's timeline joins it with Camunda's history; the chain can be verified at any time.
 */
package org.copact.audit;
