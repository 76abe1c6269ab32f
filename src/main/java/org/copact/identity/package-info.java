/**
 * Who is calling: facilitators and administrators log in; stakeholders arrive from the personal
 * link in their emails; regions are the tenants that scope what a facilitator sees.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"common"})
package org.copact.identity;

import org.springframework.modulith.ApplicationModule;
