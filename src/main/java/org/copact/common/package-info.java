/**
 * What every module shares: the base entity, the errors that become problem details, and the
 * languages Copact speaks.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package org.copact.common;

import org.springframework.modulith.ApplicationModule;
