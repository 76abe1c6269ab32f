/**
 * What every module shares: the base entity, the errors that become problem details, and the
 * languages Copact speaks.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.copact.common;
