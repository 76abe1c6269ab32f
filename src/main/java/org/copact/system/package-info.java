/**
 * How Copact runs: the embedded PostgreSQL and mail server of the default start, the demo data,
 * and the answers to wrong input as problem details.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {"common", "identity", "mail", "round"})
package org.copact.system;

import org.springframework.modulith.ApplicationModule;
